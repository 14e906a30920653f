"""Speakers: from a speaker's head word to a :class:`Speaker` with a canonical name.

Three jobs, each a small function or method:

- :func:`~quoteattr._mention_span.mention_span` (its own module) grows a head word into
  the mention a reader would point to
  ("der Gründer der Handelsplattform", "Donald Trump", "er").
- :class:`People` gathers the document's names (:mod:`quoteattr._name_mentions`) and
  merges their variants: "Donald Trump", "Trump" and "Donald" are one person, named by
  the fullest form.
- :meth:`People.resolve` turns a mention into a Speaker: a name is looked up in its
  cluster; er/sie go to the most recent compatible person before them;
  ersterer/letzterer to the first/last conjunct of the latest coordination of
  people; a definite role noun ("der Minister") to the person last tied to that
  role by an apposition or title ("Innenminister Horst Seehofer"), of the role's gender
  (die Ministerin is never the man tied to Minister). Each speaker gets its kind
  (person, organisation, media, document, unknown) and whether it was resolved to a
  name.

Word lists come from the parse's ``lang`` (:mod:`quoteattr._german`). Which single words
can head a speaker mention at all is :mod:`quoteattr._speaker_words`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from quoteattr._anaphora import (
    adjacent_name,
    age_noun_gender,
    apposed_name,
    is_plural,
    is_role,
    mention_gender,
    names_a_subject,
    possessive_gender,
    role_gender,
)
from quoteattr._mention_span import mention_span
from quoteattr._model import Span, Speaker
from quoteattr._name_mentions import Name, cluster_names, collect_names
from quoteattr._organisations import Bodies, Body
from quoteattr._parse import Parse, Word
from quoteattr._role_links import own_phrase, role_key, role_links
from quoteattr._speaker_words import is_plausible_speaker, ordinal_anaphor, relative_antecedent

__all__ = ["People"]


class People:
    """The persons (and other named speakers) of one document."""

    def __init__(self, parse: Parse, exclude: Iterable[tuple[int, int]] = ()) -> None:
        self.parse = parse
        #: Character ranges (quotation contents) whose words are never antecedents.
        self._excluded = sorted(exclude)
        self._names = collect_names(parse)
        self._clusters = cluster_names(self._names)
        self._name_of_word: dict[int, int] = {}
        for n_idx, name in enumerate(self._names):
            for w in name.words:
                self._name_of_word[w] = n_idx
        #: the organisations and media named beside their noun (die Reederei Nordwatt)
        self._bodies = Bodies(parse, self._names, self._name_of_word)
        #: (offset, role noun lemma, person cluster) for every role tied to a name
        self._roles = [
            (offset, role, self._clusters[n_idx], gender)
            for offset, role, n_idx, gender in role_links(parse, self._name_of_word)
        ]
        # Per-cluster and per-name facts, computed once: resolve() runs for every quote.
        self._fullest_of: dict[int, Name] = {}
        for k, name in enumerate(self._names):
            best = self._fullest_of.get(self._clusters[k])
            if best is None or len(name.tokens) > len(best.tokens):
                self._fullest_of[self._clusters[k]] = name
        multiword = {
            self._clusters[k]
            for k, n in enumerate(self._names)
            if len(n.tokens) >= 2 and parse.words[n.words[0]].upos == "PROPN"
        }
        #: each cluster by its canonical name, to find a resolved speaker's person again
        self._cluster_named: dict[str, int] = {}
        for cluster in self._fullest_of:
            self._cluster_named.setdefault(self._canonical(cluster), cluster)
        self._person = [self._looks_like_person(k, multiword) for k in range(len(self._names))]
        #: clusters holding a name the document treats as a person's
        self._person_clusters = {self._clusters[k] for k, p in enumerate(self._person) if p}
        self._name_excluded = [self._is_excluded(parse.words[n.words[0]]) for n in self._names]
        #: the last word of each person's full name, to its cluster (None: two persons)
        self._surname_of: dict[str, int | None] = {}
        for k, name in enumerate(self._names):
            if len(name.tokens) >= 2 and self._person[k]:
                last = parse.words[name.words[-1]].text
                known = self._surname_of.get(last, self._clusters[k])
                self._surname_of[last] = known if known == self._clusters[k] else None

    # --- public --------------------------------------------------------------------

    def resolve(self, head: Word) -> tuple[Speaker, float] | None:
        """The Speaker for the mention headed by ``head`` and a confidence factor, or
        None where the mention can't be a speaker."""
        surname = self._surname_of.get(head.text)
        if surname is not None and head.upos not in {"NOUN", "PROPN"}:
            # a surname the tagger took for another word class (Merkel/ADV hob hervor)
            return self._named(
                surname, Span.of(self.parse.text, head.start, head.end), "person", 1.0, 1.0
            )
        lang = self.parse.lang
        owner = possessive_gender(self.parse, head)
        if owner is not None:
            # Seiner Ansicht nach „…“: the person the possessive refers to
            mention = Span.of(self.parse.text, head.start, head.end)
            cluster = self._person_before(head, owner, salient=True)
            return self._named(cluster, mention, "person", 0.85, 0.5)
        antecedent = relative_antecedent(self.parse, head)
        if antecedent is not None:
            # der Verband IGEB, der …: the pronoun is the mention, its antecedent the name
            found = self.resolve(antecedent)
            if found is None:
                return None
            speaker, factor = found
            mention = Span.of(self.parse.text, head.start, head.end)
            return attrs.evolve(speaker, mention=mention), factor * 0.9
        if not is_plausible_speaker(head, lang=lang):
            return None
        mention = mention_span(self.parse, head)
        ordinal = ordinal_anaphor(head, lang)
        if ordinal is not None:
            cluster = self._ordinal_antecedent(head, ordinal)
            return self._named(cluster, mention, "person", 0.85, 0.4)
        if head.text.lower() in lang.one_of:
            return Speaker(mention.text, mention, "person"), 0.9  # Einer der Feuerwehrmänner
        if head.upos == "PRON" or head.text.lower() in lang.demonstratives:
            if head.text.lower() not in lang.personal_pronouns | lang.demonstratives.keys():
                return None
            cluster = self._pronoun_antecedent(head)
            return self._named(cluster, mention, "person", 0.85, 0.5)
        body = self._body_of(head)
        if body is not None:
            return Speaker(body.name, mention, body.kind, resolved=True), 1.0
        apposed = apposed_name(self.parse, self, head, mention.end) or (
            adjacent_name(self.parse, self, head, mention.end)
            if self._cluster_in(mention) is None
            else None
        )
        if apposed is not None:
            # Der Bürgermeister der Kleinstadt Karaçam, Osman Kaya: the person, not the town
            cluster, end = apposed
            mention = Span.of(self.parse.text, mention.start, end)
            return self._named(cluster, mention, "person", 1.0, 1.0)
        cluster = self._cluster_in(mention, role=head)
        if cluster is None and mention.text == head.text:
            cluster = self._surname_of.get(head.text)  # a surname the tagger missed
            if cluster is not None:
                return self._named(cluster, mention, "person", 1.0, 1.0)
        if cluster is not None:
            mention = self._to_name_end(mention)
            return self._named(cluster, mention, self._head_kind(head), 1.0, 1.0)
        body = self._bodies.antecedent(head) if cluster is None else None
        if body is not None:
            return Speaker(body.name, mention, body.kind, resolved=True), 0.9
        age = age_noun_gender(self.parse, head)
        if age is not None:
            # der 63-Jährige: the last person named before, of the article's gender
            return self._named(self._person_before(head, age), mention, "person", 0.8, 0.8)
        if is_role(head, lang) and self._is_definite(head) and head.feat("Number") != "Plur":
            # (die Passagiere, die Minister: a group, never the one person tied to the role)
            linked = self._role_antecedent(head)
            if linked is not None:
                return self._named(linked, mention, "person", 0.8, 0.8)
        return Speaker(mention.text, mention, self._head_kind(head) or "unknown"), 0.9

    def continuing(self, head: Word, cluster: int) -> Speaker | None:
        """The speaker of name ``cluster`` for a pronoun or definite role noun ``head`` that
        can refer to it (of a compatible gender): „…“, fügte sie hinzu after a quotation of
        Anna Berg. ``None`` for any other mention."""
        if not (
            head.upos == "PRON"
            or (is_role(head, self.parse.lang) and self._is_definite(head))
            or age_noun_gender(self.parse, head) is not None
        ):
            return None
        if head.upos == "PRON" and head.text.lower() not in self.parse.lang.personal_pronouns:
            return None
        wanted, known = mention_gender(self.parse, head), self.gender(cluster)
        if wanted is not None and known is not None and wanted != known:
            return None
        mention = mention_span(self.parse, head)
        return Speaker(self._canonical(cluster), mention, "person", resolved=True)

    def _named(
        self, cluster: int | None, mention: Span, kind: str | None, found: float, not_found: float
    ) -> tuple[Speaker, float]:
        """The speaker for a mention that refers to name ``cluster`` (resolved), or, with
        no cluster, the mention itself (unresolved)."""
        if cluster is None:
            return Speaker(mention.text, mention, kind or "unknown"), not_found
        kind = kind or self._cluster_kind(cluster)
        return Speaker(self._canonical(cluster), mention, kind, resolved=True), found

    def _head_kind(self, head: Word) -> str | None:
        """What the head noun of a mention says the speaker is: a role noun a person
        (die Sprecherin), Polizei an organisation, Zeitung the media, Bericht a document."""
        if head.upos == "PROPN" and self.name_cluster(head) is not None:
            return None  # a name: its cluster decides
        if is_role(head, self.parse.lang) or age_noun_gender(self.parse, head) is not None:
            return "person"
        return self.parse.lang.noun_kind(head.lemma or head.text)

    def _cluster_kind(self, cluster: int) -> str:
        """A person where the document treats the name as one (a subject or apposition
        with a role, a listed given name, a PER entity), an organisation for an
        abbreviation in capitals (SPD) or an ORG entity, else unknown."""
        if cluster in self._person_clusters or self.gender(cluster) is not None:
            return "person"
        best = self._fullest(cluster)
        text = self.parse.text[best.start : best.end]
        kinds = {kind for s, e, kind in self.parse.entities if s <= best.start < e}
        if (
            "ORG" in kinds
            or (text.isupper() and len(text) >= 2)
            or best.tokens[0] in self.parse.lang.club_prefixes
        ):
            return "organisation"
        return "unknown"

    @property
    def surnames(self) -> frozenset[str]:
        """The surnames of the document's persons, each naming one person (Berninger,
        after Matthias Berninger): a word spelled so is a name wherever it stands,
        however a tagger took it."""
        return frozenset(k for k, v in self._surname_of.items() if v is not None)

    def cluster_of(self, speaker: Speaker) -> int | None:
        """The name cluster of a resolved speaker however it was mentioned (by name,
        pronoun or role noun: "sie" resolved to Anna Berg), or None."""
        return self._cluster_named.get(speaker.name) if speaker.resolved else None

    def name_cluster(self, word: Word) -> int | None:
        """The person cluster a word's name belongs to, or None."""
        n_idx = self._name_of_word.get(word.i)
        return None if n_idx is None else self._clusters[n_idx]

    def _to_name_end(self, mention: Span) -> Span:
        """``mention`` grown to the end of a name it cuts, where the parser hung the
        surname elsewhere (Polizeipräsidentin Dr. Maren | Olsen)."""
        words = self.parse.words_between(mention.start, mention.end)
        n_idx = self._name_of_word.get(words[-1].i) if words else None
        if n_idx is None or self._names[n_idx].end <= mention.end:
            return mention
        return Span.of(self.parse.text, mention.start, self._names[n_idx].end)

    def full_name_at(self, i: int) -> tuple[int, int] | None:
        """(cluster, index of its last word) for a person's name of two words or more
        starting at word ``i``, else None."""
        n_idx = self._name_of_word.get(i)
        if n_idx is None or not self._person[n_idx]:
            return None
        name = self._names[n_idx]
        if name.words[0] != i or len(name.tokens) < 2:
            return None
        return self._clusters[n_idx], name.words[-1]

    def person_words_between(self, start: int, end: int) -> list[tuple[Word, int]]:
        """Words that start a person mention in [start, end), with their cluster,
        leaving out quotation contents."""
        out = []
        seen: set[int] = set()
        for w in self.parse.words_between(start, end):
            n_idx = self._name_of_word.get(w.i)
            if n_idx is None or n_idx in seen or self._is_excluded(w):
                continue
            if self._is_person(n_idx):
                seen.add(n_idx)
                out.append((w, self._clusters[n_idx]))
        return out

    # --- name lookup ----------------------------------------------------------------

    def name_in(self, mention: Span) -> str | None:
        """The canonical name of the fullest name inside ``mention``, or None."""
        cluster = self._cluster_in(mention)
        return None if cluster is None else self._canonical(cluster)

    def _cluster_in(self, mention: Span, role: Word | None = None) -> int | None:
        """The cluster of the fullest name inside ``mention``, or None. With the mention's
        ``role`` noun, not a name of what the role is of (der Hauptgeschäftsführer des
        BPI: the role is not named)."""
        best: int | None = None
        for w in self.parse.words_between(mention.start, mention.end):
            n_idx = self._name_of_word.get(w.i)
            if n_idx is None or (role is not None and self._name_of_other(role, n_idx)):
                continue
            if best is None or len(self._names[n_idx].tokens) > len(self._names[best].tokens):
                best = n_idx
        return None if best is None else self._clusters[best]

    def _name_of_other(self, head: Word, n_idx: int) -> bool:
        """Does name ``n_idx`` in the mention of role noun ``head`` name what the role is
        of (der Sprecher des BPI, die Chefin von Siemens, der Präsident des Vereins SV
        Emsland), not the person? A name below the role through an nmod with its own
        article or preposition; never one after a comma (der Trainer des VfL, Marco
        Steiner: an apposition, wherever the parser hung it) or one opening with a given
        name (der Chef des Verwaltungsrats Ulrich Müller), nor der Technologieexperte
        Adrian Kingsley-Hughes, parsed as an nmod."""
        if not is_role(head, self.parse.lang):
            return False
        name = self._names[n_idx]
        if self.parse.text[: name.start].rstrip().endswith(",") or (
            self.parse.lang.first_name_gender(name.tokens[0]) is not None
        ):
            return False
        words = self.parse.words
        w = words[name.words[0]]
        while w.head >= 0 and w.i != head.i:
            if own_phrase(self.parse, w, name.words):
                return True
            w = words[w.head]
        return False

    def _body_of(self, head: Word) -> Body | None:
        """The named organisation or medium whose noun is ``head``, or whose name
        ``head`` starts (die Reederei Nordwatt, headed by either word); else None."""
        before = self.parse.words[head.i - 1] if head.i > 0 else None
        return self._bodies.named(head) or (
            self._bodies.named(before) if before is not None else None
        )

    def _canonical(self, cluster: int) -> str:
        best = self._fullest(cluster)
        return self.parse.text[best.start : best.end]

    def _fullest(self, cluster: int) -> Name:
        """The cluster's fullest name mention (most tokens; the first such)."""
        return self._fullest_of[cluster]

    def _is_person(self, n_idx: int) -> bool:
        return self._person[n_idx]

    def _looks_like_person(self, n_idx: int, multiword: set[int]) -> bool:
        """A subject or apposition, tied to a role, of a cluster with a two-word proper
        name, or a PER entity where the pipeline has NER."""
        name = self._names[n_idx]
        if self._bracketed_after_name(name):
            return False  # Gerhard Schröder (SPD): a party, a place, in brackets after a name
        if name.tokens[0] in self.parse.lang.club_prefixes or self._bodies.holds(n_idx):
            return False  # FC Auental, SV Emsland 09, der Sender Radio Nordwelle: a body
        for w_idx in name.words:
            w = self.parse.words[w_idx]
            if w.rel in {"nsubj", "appos"} or (
                w.head >= 0
                and self.parse.lang.is_role_noun(self.parse.words[w.head].lemma)
                and not own_phrase(self.parse, w, name.words)  # die 68-Jährige dem Sender X
            ):
                return True
        return self._clusters[n_idx] in multiword or any(
            start <= name.start < end and kind == "PER" for start, end, kind in self.parse.entities
        )

    def _bracketed_after_name(self, name: Name) -> bool:
        """Is ``name`` in brackets right after another name (Gerhard Schröder (SPD),
        Petra Hinz (Essen))? Not after a noun: die Schutzvereinigung (DSW) is named so."""
        text = self.parse.text
        before = text[: name.start].rstrip()
        if not before.endswith("(") or text[name.end :].lstrip()[:1] != ")":
            return False
        word = self.parse.word_before(len(before) - 1)
        return word is not None and word.i in self._name_of_word

    def _is_excluded(self, w: Word) -> bool:
        return any(s <= w.start < e for s, e in self._excluded)

    @staticmethod
    def _is_definite(head: Word) -> bool:
        return True if head.upos != "NOUN" else not head.text[:1].islower()

    # --- anaphora -------------------------------------------------------------------

    def _pronoun_antecedent(self, pron: Word) -> int | None:
        """er/sie → the name cluster of the most recent person before the pronoun, of a
        compatible gender."""
        word = self.parse.lang.demonstratives.get(pron.text.lower(), pron.text.lower())
        if word == "sie" and is_plural(self.parse, pron):
            return None  # „…“, sagten sie: a group, not the last woman named
        # A personal pronoun prefers the subject; a demonstrative (dieser) points at the
        # one named last (sprach mit dem Anwalt, Rainer Wittner, – sagte dieser).
        salient = pron.text.lower() in self.parse.lang.personal_pronouns
        return self._person_before(pron, {"er": "Masc", "sie": "Fem"}.get(word), salient)

    def _person_before(self, word: Word, gender: str | None, salient: bool = False) -> int | None:
        """The name cluster of the person before ``word`` (a pronoun, a noun of age) of a
        compatible ``gender``, not an argument of the same verb: the most recent. With
        ``salient``, the most recent subject among the persons with a full name named in
        its sentence or the one before comes first (Der Kandidat, Morgan Tsvangirai,
        analysierte die Lage. Die Regierung unter Robert Mugabe bezeichnete er als …: er
        is Tsvangirai)."""
        fitting = []
        for n_idx in self._names_before(word.start):
            if not self._is_person(n_idx) or self._coargument(n_idx, word):
                continue
            known = self.gender(self._clusters[n_idx])
            if gender and known and known != gender:
                continue
            fitting.append(n_idx)
        for n_idx in fitting if salient else []:  # nearest first
            first = self.parse.words[self._names[n_idx].words[0]]
            if first.sent < word.sent - 1:
                break
            if names_a_subject(self.parse, first) and self._full_name(n_idx):
                return self._clusters[n_idx]
        return self._clusters[fitting[0]] if fitting else None

    def _full_name(self, n_idx: int) -> bool:
        """Has name ``n_idx`` a full name in the document: two words or more, or a listed
        given name (not a lone capitalised word the tagger made a name: Besorgt)?"""
        tokens = self._canonical(self._clusters[n_idx]).split()
        return len(tokens) >= 2 or self.parse.lang.first_name_gender(tokens[0]) is not None

    def _coargument(self, n_idx: int, pron: Word) -> bool:
        """Does name ``n_idx`` hang on the same verb as the pronoun? Then it is not what
        the pronoun refers to ("Gegenüber NDR Info äußerte er sich", with the name
        parsed as a second subject)."""
        w = self.parse.words[self._names[n_idx].words[0]]
        while w.rel in {"flat", "compound", "appos"} and w.head >= 0:
            w = self.parse.words[w.head]
        return pron.head >= 0 and w.head == pron.head

    def _ordinal_antecedent(self, word: Word, which: int) -> int | None:
        """ersterer/letzterer → the name cluster of the first/last conjunct of the latest
        coordination of names."""
        for n_idx in self._names_before(word.start):
            first_word = self.parse.words[self._names[n_idx].words[0]]
            group = self._coordination(first_word)
            if len(group) >= 2:
                return self._clusters[group[which]]
        return None

    def _coordination(self, word: Word) -> list[int]:
        """Name indices coordinated with ``word`` ("Donald und Jack"), in text order."""
        root = word
        while root.rel == "conj" and root.head >= 0:
            root = self.parse.words[root.head]
        members = [root, *list(self.parse.kids(root.i, "conj"))]
        out = []
        for m in sorted(members, key=lambda w: w.i):
            n_idx = self._name_of_word.get(m.i)
            if n_idx is not None:
                out.append(n_idx)
        return out

    def _names_before(self, offset: int) -> list[int]:
        """Name mentions ending before ``offset``, nearest first, outside quotations."""
        out = [
            k for k, n in enumerate(self._names) if n.end <= offset and not self._name_excluded[k]
        ]
        return sorted(out, key=lambda k: -self._names[k].start)

    def _role_antecedent(self, head: Word) -> int | None:
        """der Minister → the person last tied before it to that role or a compound of it
        (Innenminister Horst Seehofer), of the role noun's gender: die Ministerin is never
        the man tied to Minister, even where the lemmatiser gives both as "Minister"."""
        role = role_key(head)
        gender = role_gender(head, self.parse.lang)
        best: int | None = None
        for offset, key, cluster, _ in self._roles:
            if offset < head.start and (key == role or key.endswith(role)):
                known = self.gender(cluster)
                if gender is None or known is None or known == gender:
                    best = cluster
        return best

    def gender(self, cluster: int) -> str | None:
        """Gender evidence for a person, "Fem", "Masc" or None.

        First from the first token of their fullest name when it is a listed given name
        (Anna Schmidt → Fem, see :func:`~quoteattr._names.first_name_gender`; only that
        first token counts, so "Rainer Maria Rilke" is Masc); else from a role noun tied
        to them, a feminine one first (Ministerin, die Abgeordnete → Fem; Minister →
        Masc, a form that also serves for women: Vorstand Ilka Brandt). A cluster named
        by a surname alone, with no role, gets None.
        """
        given = self.parse.lang.first_name_gender(self._fullest(cluster).tokens[0])
        if given is not None:
            return given
        genders = {gender for _, _, linked, gender in self._roles if linked == cluster}
        return "Fem" if "Fem" in genders else ("Masc" if "Masc" in genders else None)
