"""The toolkit of the indirect-speech rules (:mod:`quoteattr.attribution._indirect`):
what a rule returns (:class:`Finding`) and sees besides the sentence (:class:`Context`),
and the clause syntax they share — Konjunktiv forms, content clauses and their governing
verb, message ranges, the speaker of a cue.

Word lists come from ``parse.lang`` (``quoteattr/data/german.txt``), never from here.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from quoteattr._model import Cue, Quote
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker
from quoteattr.attribution._markers import according_source
from quoteattr.attribution._syntax import can_speak as speaks
from quoteattr.attribution._syntax import cue_verb, person_like, span_of, subject_of

__all__ = [
    "CONTENT_RELS",
    "CONTINUATION_REACH",
    "FRAME_RELS",
    "INDIRECT_BEFORE",
    "MIN_WORDS",
    "SUBORDINATE_RELS",
    "Context",
    "Finding",
    "IndirectRule",
    "can_speak",
    "clause_kind",
    "clause_subjunctive",
    "clause_words",
    "clauses_below",
    "count_words",
    "governor_of",
    "in_direct",
    "is_acceptable",
    "is_adverbial",
    "is_clause",
    "is_impersonal",
    "is_nach_source",
    "is_oblique",
    "is_parsed",
    "is_subjunctive",
    "marked_source",
    "message_runs",
    "open_cue",
    "speaker_of",
    "speech_verb",
    "speech_verb_before",
]

#: Relations under which a speech verb's content clause hangs.
CONTENT_RELS = ("ccomp", "xcomp", "parataxis", "advcl", "csubj", "acl", "conj")
#: Relations under which a speech verb hangs on the message it frames (…, sagte er).
FRAME_RELS = ("parataxis", "ccomp", "advcl", "conj", "dep", "acl")
#: Sentences back that a continuation looks for the statement it continues.
CONTINUATION_REACH = 4
#: Relations of a clause below another one (a marker inside it vouches for it alone).
SUBORDINATE_RELS = frozenset({"advcl", "acl:relcl"})
#: Sentences before a candidate that the indirect rules read (the subject of the sentence
#: before a continuation): selective parsing parses the candidates and this many before.
INDIRECT_BEFORE = 1
#: A message shorter than this (in words, punctuation not counted) is no statement.
MIN_WORDS = 3


@attrs.frozen
class Finding:
    """What an indirect rule found in one sentence."""

    #: the rule that found it
    rule: str
    #: the construction: "clause", "zu-infinitive", "marker", "continuation"
    construction: str
    #: the message as (start, end) character ranges, in order
    message: tuple[tuple[int, int], ...]
    #: the word heading the speaker mention, if the sentence names one
    speaker: Word | None
    cue: Cue | None
    confidence: float
    #: for a continuation: the statement it continues (its speaker is this one's)
    continues: Quote | None = None
    #: a word that stands for the speaker in the sentence (Demnach …): the mention of
    #: the speaker found through ``speaker`` or ``continues``
    mention: Word | None = None


@attrs.frozen
class Context:
    """What a rule needs besides the sentence: the document's direct quotations and the
    statements found so far (for continuations)."""

    direct: tuple[Quote, ...]
    statements: tuple[Quote, ...]
    #: the surnames of the document's persons (People.surnames)
    surnames: frozenset[str] = frozenset()

    def in_direct(self, start: int, end: int) -> int:
        """Characters of [start, end) inside a direct quotation."""
        return sum(
            max(0, min(end, q.outer.end) - max(start, q.outer.start))
            for q in self.direct
            if q.depth == 0
        )


IndirectRule = Callable[[Parse, int, Context], list[Finding]]


def is_parsed(parse: Parse, sent: int) -> bool:
    return any(w.deprel == "root" for w in parse.sentence_words(sent))


def is_subjunctive(parse: Parse, w: Word) -> bool:
    """A finite verb in Konjunktiv I (or II standing in for it): tagged so, a listed
    form (sei, habe; hätten, würden), or a third-person form in -e that the small model
    took for an indicative (die Entdeckung werfe; not the past in -te)."""
    if w.upos not in {"VERB", "AUX"}:
        return False
    low = w.text.lower()
    if low in parse.lang.modal_subjunctives:
        return False  # Er möchte zurück: a wish in the present, not reported speech
    if low in parse.lang.subjunctive_forms or low in parse.lang.subjunctive_ii_forms:
        return True
    if w.feat("Mood") == "Sub":
        return True
    if low.endswith("e") and not low.endswith("te") and len(low) > 3 and w.i > 0:
        subjects = parse.kids(w.i, "nsubj", "expl")
        return (
            bool(subjects)
            and all(
                k.upos in {"NOUN", "PROPN"} or k.text.lower() in parse.lang.third_person_subjects
                for k in subjects
            )
            and w.feat("VerbForm") not in {"Inf", "Part"}
        )
    return False


def clause_subjunctive(parse: Parse, head: Word) -> bool:
    """Is the clause headed by ``head`` in the subjunctive (its verb, auxiliary or
    copula)?"""
    words = [head, *parse.kids(head.i, "aux", "cop", "aux:pass")]
    return any(is_subjunctive(parse, w) for w in words)


def is_clause(parse: Parse, head: Word) -> bool:
    return head.upos in {"VERB", "AUX"} or bool(parse.kids(head.i, "cop", "aux", "nsubj"))


def clause_kind(parse: Parse, head: Word) -> str | None:
    """Which content clause ``head`` heads: "clause" (dass/ob/w or Konjunktiv),
    "zu-infinitive", or None."""
    first = next(
        (parse.words[i] for i in parse.subtree(head.i) if parse.words[i].upos != "PUNCT"),
        head,
    )
    if not is_clause(parse, head):
        if head.rel == "ccomp" and first.text.lower() in parse.lang.that_marks:
            return "clause"  # sagte, dass der Antrag „keine Vorentscheidung“ sei: a noun
            # the parser made the clause's head, its verb hung elsewhere
        return None
    marks = [m.text.lower() for m in parse.kids(head.i, "mark")]
    if (first.text.lower() == "wie" or "wie" in marks) and cue_verb(parse, head) is not None:
        return None  # wie die Zeitung berichtete: a frame, not content
    if any(m in parse.lang.clause_words for m in marks) or (
        first.text.lower() in parse.lang.clause_words and first.i < head.i
    ):
        return "clause"
    if "zu" in marks or any(k.text.lower() == "zu" for k in parse.kids(head.i)):
        return "zu-infinitive"
    low = head.text.lower()
    if low.endswith("en") and any(
        low.startswith(p + "zu") and len(low) > len(p) + 5 for p in parse.lang.particles
    ):
        return "zu-infinitive"  # vorzugehen, weiterzuleiten: the zu inside the word
    if clause_subjunctive(parse, head):
        return "clause"
    return None


def message_runs(parse: Parse, sent: int, keep: set[int]) -> tuple[tuple[int, int], ...]:
    """The words of ``keep`` in sentence ``sent`` as contiguous character ranges, without
    punctuation at their edges; runs too short to say anything are dropped."""
    runs: list[list[Word]] = []
    prev = -2
    for w in parse.sentence_words(sent):
        if w.i not in keep:
            continue
        if w.i != prev + 1 or not runs:
            runs.append([])
        runs[-1].append(w)
        prev = w.i
    out = []
    for run in runs:
        while run and run[0].upos == "PUNCT" and run[0].text not in parse.lang.opening_marks:
            run.pop(0)
        while run and run[-1].upos == "PUNCT" and run[-1].text not in parse.lang.closing_marks:
            run.pop()
        if run:
            out.append(run)
    if len(out) > 1:
        out = [r for r in out if sum(w.upos != "PUNCT" for w in r) >= 2] or out
    return tuple((r[0].start, r[-1].end) for r in out)


def count_words(parse: Parse, message: tuple[tuple[int, int], ...]) -> int:
    return sum(1 for a, b in message for w in parse.words_between(a, b) if w.upos != "PUNCT")


def is_acceptable(parse: Parse, message: tuple[tuple[int, int], ...], ctx: Context) -> bool:
    """A message long enough to be a statement, and not a direct quotation again: at
    least two of its words stand outside quotation marks (es sei „…“ is indirect speech
    holding a quotation; „…“ alone is the direct quotation's)."""
    if not message or count_words(parse, message) < MIN_WORDS:
        return False
    outside = sum(
        1
        for a, b in message
        for w in parse.words_between(a, b)
        if w.upos != "PUNCT" and ctx.in_direct(w.start, w.end) == 0
    )
    return outside >= 2


def speech_verb(parse: Parse, w: Word) -> tuple[Word, Cue] | None:
    found = cue_verb(parse, w)
    if found is not None:
        return found
    if w.upos == "VERB" and w.lemma.lower() in parse.lang.opinion_verbs:
        return w, Cue(w.lemma.lower(), span_of(parse, w))
    return None


def in_direct(ctx: Context, w: Word) -> bool:
    return ctx.in_direct(w.start, w.end) > 0


def clause_words(parse: Parse, head: Word) -> set[int]:
    """The words of the clause headed by ``head``, without a clause coordinated to it
    that has a subject of its own and is not in the subjunctive (…, und die Fraktion
    forderte …): that is the narrator again."""
    keep = set(parse.subtree(head.i))
    for conj in parse.kids(head.i, "conj"):
        if (
            is_clause(parse, conj)
            and parse.kids(conj.i, "nsubj")
            and not clause_subjunctive(parse, conj)
        ):
            cut = set(parse.subtree(conj.i))
            cut |= {k.i for k in parse.kids(conj.i, "cc")}
            keep -= cut
    return keep


def clauses_below(parse: Parse, w: Word) -> set[int]:
    """Words of the clauses hung below ``w`` (a parser's slip: the statement's verb
    attached to the source noun)."""
    out: set[int] = set()
    for k in parse.kids(w.i):
        if k.upos in {"VERB", "AUX"} or k.rel in {"acl", "ccomp", "advcl", "parataxis", "conj"}:
            out |= set(parse.subtree(k.i))
    return out


def is_nach_source(parse: Parse, w: Word) -> bool:
    """Is ``w`` a source noun after "nach" (nach Angaben der Polizei, nach
    Polizeiangaben): a statement's source, like laut X?"""
    lang = parse.lang
    return (
        w.upos in {"NOUN", "PROPN"}
        and (lang.is_source_noun(w.lemma) or lang.is_source_noun(w.text))
        and any(c.lemma.lower() == "nach" for c in parse.kids(w.i, "case"))
    )


def marked_source(parse: Parse, marker: Word) -> Word | None:
    """The noun laut/gemäß/zufolge marks; for zufolge (a postposition) the noun right
    before it, whatever the parser attached it to."""
    if marker.lemma.lower() == "zufolge" and marker.i > 0:
        before = parse.words[marker.i - 1]
        if before.sent == marker.sent and before.upos in {"NOUN", "PROPN", "PRON"}:
            return before
    found = according_source(parse, marker)
    if found is not None and found.lemma.lower() not in parse.lang.time_nouns:
        return found
    if marker.rel == "advmod":
        return None  # sich laut beschweren: an adverb, marking nobody
    # Laut einer am Dienstag veröffentlichten Pressemitteilung: the parser took the date
    # for the source; the first other noun after the marker is.
    for w in parse.sentence_words(marker.sent)[marker.i - parse.sentences[marker.sent][0] + 1 :]:
        if w.upos in {"VERB", "AUX", "PUNCT"} and w.feat("VerbForm") != "Part":
            break
        if w.upos in {"NOUN", "PROPN"} and w.lemma.lower() not in parse.lang.time_nouns:
            return w if is_plausible_speaker(w, lang=parse.lang) else None
    return None


def is_adverbial(parse: Parse, clause: Word) -> bool:
    """A relative clause, or a clause of purpose or manner (um/ohne/statt … zu, so dass):
    no content of speech."""
    if clause.deprel == "acl:relcl":
        that = parse.lang.that_marks
        return not any(m.text.lower() in that for m in parse.kids(clause.i, "mark"))
    first = parse.words[min(parse.subtree(clause.i))]
    if "Rel" in (first.feat("PronType") or "") and first.upos == "PRON":
        return True
    marks = parse.kids(clause.i, "mark")
    words = {m.text.lower() for m in marks}
    if words & (parse.lang.not_content_before_dass | parse.lang.adverbial_marks):
        return True
    for m in marks:  # so dass, ohne dass: the word before the mark
        before = parse.words[m.i - 1] if m.i > 0 else None
        if (
            before is not None
            and before.sent == m.sent
            and before.text.lower() in parse.lang.not_content_before_dass
        ):
            return True
    return False


def is_oblique(w: Word) -> bool:
    """A "subject" in the dative: the addressee a small model took for the
    subject (und der Regierung vorgeworfen, …)."""
    return w.feat("Case") == "Dat" and w.upos != "PROPN"


def is_impersonal(parse: Parse, verb: Word) -> bool:
    """A verb (not a copula) in the passive or with *man*/*es* as subject: wird gemeldet,
    es ist geplant, geht man davon aus."""
    if verb.upos != "VERB":
        return False
    if any(k.deprel in {"aux:pass", "expl"} for k in parse.kids(verb.i)):
        return True
    if verb.feat("VerbForm") == "Part" and any(
        k.rel == "aux" and k.lemma.lower() == "sein" for k in parse.kids(verb.i)
    ):
        return True  # es ist geplant (a stative passive)
    return any(
        k.text.lower() in parse.lang.third_person_subjects - parse.lang.personal_pronouns
        for k in parse.kids(verb.i, "nsubj", "expl")
    )


def can_speak(parse: Parse, w: Word) -> bool:
    """A person or organisation: a name, a role, a pronoun (not Gesetzesänderungen,
    Simulationen: they show, they do not say)."""
    return person_like(parse, w)


def _shares_perfect(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` a participle coordinated with one whose perfect auxiliary it shares
    (hatte X angegriffen und der Regierung vorgeworfen, …)? Then its subject is the
    first conjunct's, whatever the parser labelled subject here."""
    if verb.deprel != "conj" or verb.head < 0 or parse.kids(verb.i, "aux"):
        return False
    return any(a.lemma == "haben" for a in parse.kids(verb.head, "aux"))


def speaker_of(parse: Parse, verb: Word, message: frozenset[int]) -> Word | None:
    """The speaker word of the verb a content clause depends on: its subject, else the
    subject of the verb it complements (gab … bekannt, dass: bekannt hangs on gab)."""
    fallback: Word | None = None
    for _ in range(3):
        agent = von_agent(parse, verb, message)
        if agent is not None:
            return agent  # wurde vom LSVD aufgefordert, …: the agent of the passive
        speaker = subject_of(parse, verb, exclude=message)
        if speaker is not None and speaker.text.lower() in parse.lang.opening_adverbs:
            speaker = None  # Gestern/NOUN hat …: an adverb, with no nominative after it
        if speaker is not None and not is_oblique(speaker):
            return speaker
        fallback = fallback or speaker
        rels = {k.deprel for k in parse.kids(verb.i)}
        if {"aux:pass", "nsubj:pass"} <= rels:
            # X wird beschuldigt / wurde aufgefordert, … zu …: the passive's subject is the
            # one spoken to or of; only a von-agent speaks
            return None
        plain = [
            w
            for w in parse.kids(verb.i, "nsubj")
            if w.i not in message
            and not (w.deprel == "nsubj:pass" and _shares_perfect(parse, verb))
            and is_plausible_speaker(w, parse)
            and not is_oblique(w)
            and w.text.lower() not in parse.lang.opening_adverbs  # Gestern/NOUN hat …
        ]
        if plain:
            return plain[0]
        objects = parse.lang.object_articles
        after = [
            w
            for w in parse.kids(verb.i, "nsubj")
            if w.i > verb.i
            and w.i not in message
            and not any(d.text.lower() in objects for d in parse.kids(w.i, "det"))
            and speaks(parse, w)
        ]
        if after:
            # teilte das Unternehmen mit: a subject after its verb whose article a tagger
            # read as accusative (das, die are both)
            return after[0]
        if verb.deprel == "acl:relcl" and verb.head >= 0 and fallback is None:
            # eines Hackers, der behauptet, …: the relative pronoun's antecedent
            head = parse.words[verb.head]
            relative = any("Rel" in (k.feat("PronType") or "") for k in parse.kids(verb.i, "nsubj"))
            if relative and head.i not in message and is_plausible_speaker(head, parse):
                return head
        if verb.head < 0 or verb.rel not in {"xcomp", "compound", "conj", "aux"}:
            return fallback
        verb = parse.words[verb.head]
    return fallback


def von_agent(parse: Parse, verb: Word, message: frozenset[int]) -> Word | None:
    """The von-phrase of a passive verb (werden + participle), if it can speak."""
    if not any(k.deprel == "aux:pass" for k in parse.kids(verb.i)):
        return None
    for obl in parse.kids(verb.i, "obl", "nmod"):
        cases = {c.text.lower() for c in parse.kids(obl.i, "case")}
        if (
            cases & parse.lang.agent_prepositions
            and obl.i not in message
            and obl.upos in {"NOUN", "PROPN"}
            and is_plausible_speaker(
                obl, lang=parse.lang
            )  # (vom Verband: the article is inside "vom")
        ):
            return obl
    return None


def speech_verb_before(parse: Parse, clause: Word, ctx: Context) -> tuple[Word, Cue] | None:
    """For a Konjunktiv clause the parser coordinated (… und sagte, er freue sich): the
    nearest verb before it in the sentence, if a speech verb."""
    if not clause_subjunctive(parse, clause):
        return None
    first = min(parse.subtree(clause.i))
    lo = parse.sentences[clause.sent][0]
    for k in range(first - 1, lo - 1, -1):
        w = parse.words[k]
        if w.upos in {"VERB", "AUX"} and not in_direct(ctx, w):
            return speech_verb(parse, w)
    return None


def governor_of(parse: Parse, clause: Word) -> Word | None:
    """The verb a content clause depends on: its head, or, for a clause on a noun (die
    Aussage, dass …) or on a correlate (damit, dass …), the verb above that, or the
    opinion noun a copula predicates (ist der Meinung, dass …)."""
    head = parse.words[clause.head]
    for _ in range(3):
        if head.upos in {"VERB", "AUX"} or speech_verb(parse, head) is not None:
            return head
        if parse.kids(head.i, "cop") and parse.lang.is_source_noun(head.lemma or head.text):
            return head  # ist der Ansicht, dass …: an opinion noun as a copula's predicate
        if head.head < 0:
            return None
        head = parse.words[head.head]
    return None


def open_cue(parse: Parse, clause: Word, kind: str) -> bool:
    """Is the clause reported speech whatever verb it depends on: a dass/ob-clause (not
    so dass, ohne dass), or a clause whose verb is a distinctive Konjunktiv-I form?"""
    marks = list(parse.kids(clause.i, "mark"))
    if kind == "clause" and any(m.text.lower() in parse.lang.clause_words for m in marks):
        that = [m for m in marks if m.text.lower() in parse.lang.that_marks]
        if not that or parse.words[clause.head].upos in {"ADV", "PRON"}:
            return False  # dafür sorgen, dass …: a correlate, no statement
        k = that[0].i - 1
        while k >= 0 and parse.words[k].text == ",":
            k -= 1
        before = parse.words[k] if k >= 0 and parse.words[k].sent == clause.sent else None
        return before is None or before.text.lower() not in parse.lang.not_content_before_dass
    if kind == "clause" and clause.deprel != "acl:relcl":
        finite = [clause, *parse.kids(clause.i, "aux", "cop", "aux:pass")]
        return any(w.text.lower() in parse.lang.subjunctive_forms for w in finite)
    return False
