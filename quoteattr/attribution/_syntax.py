"""The syntax toolkit the rules share: speech verbs and their subjects in a UD parse.

- :func:`speech_cue` / :func:`cue_verb`: is a word a speech verb (particle reattached,
  auxiliaries and lassen/sich zeigen seen through), and its cue;
- :func:`subject_of`: the speaker word of a speech verb, robust to the small model's
  usual slips (inversion, passives, coordination, fronted objects);
- noun phrases (:func:`noun_phrase`, :func:`phrase_head`), clause shape
  (:func:`is_main_clause`, :func:`is_passive`) and person-likeness (:func:`person_like`).

Word lists come from ``parse.lang`` (:mod:`quoteattr._german`), never from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from quoteattr._anaphora import is_role
from quoteattr._mention_span import NP_RELS
from quoteattr._model import Cue, Span
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker, ordinal_anaphor, relative_antecedent
from quoteattr._speakers import People
from quoteattr.attribution._cue_words import (
    cue_frame,
    modal_cue,
    particle_slip,
    speech_cue,
    verb_tagged_adjective,
)
from quoteattr.attribution._filters import MAX_TITLE_WORDS

if TYPE_CHECKING:
    from quoteattr.attribution._view import QuoteView

__all__ = [
    "can_say",
    "can_speak",
    "cue_verb",
    "heads_subject",
    "is_bare_speaker",
    "is_main_clause",
    "is_passive",
    "named",
    "noun_phrase",
    "person_like",
    "phrase_head",
    "span_of",
    "subject_of",
]


def anaphoric_cue(parse: Parse, sent: int) -> tuple[Word, Cue, Word | None] | None:
    """The speech verb and speaker of sentence ``sent`` when it opens with das/dies taking
    up what was said just before it (Das sagte X. / Dies teilte X mit. / Das musste X
    einräumen.). The speaker is the verb's subject; where a parser made das/dies the
    subject, the person or body it labelled object after the verb (Das bestätigte die
    Organisation)."""
    words = [w for w in parse.sentence_words(sent) if w.upos != "PUNCT"]
    if len(words) < 3 or words[0].text.lower() not in parse.lang.anaphoric_objects:
        return None
    if words[0].rel == "det" or words[1].upos in {"NOUN", "PROPN", "ADJ"}:
        return None  # "Das Ministerium verwies …": an article, not what was said
    for w in words[1:4]:
        found = cue_verb(parse, w)
        if found is None and w.upos == "AUX":
            # Das musste X einräumen: the speech verb is the modal's infinitive.
            found = next(
                (
                    f
                    for v in words
                    if v.head == w.head or v.i == w.head
                    if (f := cue_verb(parse, v)) is not None
                ),
                None,
            )
        if found is None:
            continue
        verb, cue = found
        speaker = subject_of(parse, verb, inverted=True)
        if speaker is None or speaker.i == words[0].i:
            speaker = next(
                (
                    k
                    for k in parse.kids(verb.i, "obj", "nsubj")
                    if k.i > w.i and k.i != words[0].i and _speaks_after(parse, k)
                ),
                None,
            )
        return verb, cue, speaker
    return None


def _fronted_speaker(parse: Parse, subject: Word, verb: Word) -> bool:
    """A person or body before the verb, the parser's subject: a *sie* after the verb is
    then its object (Der Hauptgeschäftsführer nannte sie „fahrlässig“)."""
    return subject.i < verb.i and can_speak(parse, subject)


def _speaks_after(parse: Parse, w: Word) -> bool:
    """After das/dies and its speech verb, the other noun phrase is the one speaking: a
    person or body (:func:`can_speak`), or any definite noun phrase (Dies teilte die
    Autobahngesellschaft mit; Das bestätigte die Sternwarte)."""
    # The tagged case of "die" is no guide (the model tags it accusative where it made
    # the noun the object, taking das/dies for the subject); only an article form that
    # cannot be nominative (den Fahrgästen, dem Sender) rules a noun out.
    dets = parse.kids(w.i, "det")
    if any(d.text.lower() in parse.lang.object_articles for d in dets):
        return False
    return can_speak(parse, w) or (
        w.upos == "NOUN"
        and is_plausible_speaker(w, lang=parse.lang)
        and any(d.lemma.lower() in parse.lang.definite_articles for d in dets)
    )


def _quoted(parse: Parse, verb: Word, subjects: list[Word], exclude: frozenset[int]) -> Word | None:
    """For a cue whose object speaks (zitieren), the one quoted: the object of the active
    (Ein Sender zitierte Papandreou mit den Worten: „…“; „…“, zitiert die Zeitung einen
    Mitarbeiter), whatever its case or the small model's oblique without a preposition
    for it; the subject of the passive (Ratzmann wird von der
    „Netzeitung“ mit den Worten zitiert: the paper is the source, not the speaker)."""
    if is_passive(parse, verb):
        return subjects[0] if subjects else None
    for obj in parse.kids(verb.i, "obj", "obl"):
        if obj.rel == "obl" and parse.kids(obj.i, "case"):
            continue  # zitiert aus dem Bericht: a source, not the one quoted
        if obj.i not in exclude and (is_plausible_speaker(obj, parse) or obj.upos == "NOUN"):
            # a noun with its article (einen Augenzeugen), or a name the small model
            # tagged a noun (zitiert dazu Néstor/NOUN Kirchner/NOUN)
            return obj
    return None


def subject_of(
    parse: Parse, verb: Word, *, inverted: bool = False, exclude: frozenset[int] = frozenset()
) -> Word | None:
    """The speaker word of a speech verb: its subject, else an ersterer/letzterer
    attached to it, else the subject of the verb it is coordinated with.

    ``inverted``: the verb follows the quote („…“, erklärte Ma Reportern gegenüber),
    so the subject stands right after the verb; a name or pronoun there wins over a
    parser's odd choice of subject. Words in ``exclude`` (the quotation) never count.
    """
    if verb_tagged_adjective(verb) and verb.rel == "amod" and verb.head == verb.i + 1:
        # entgegnete/ADJ Suttner/NOUN empört: „…“ — the small model made the verb an
        # adjective of the name after it, its subject.
        noun = parse.words[verb.head]
        if noun.i not in exclude and (
            is_plausible_speaker(noun, parse)
            or (noun.upos in {"NOUN", "PROPN"} and not parse.kids(noun.i, "det"))
        ):
            return noun  # a bare capitalised noun right after the verb is a name
    frame = cue_frame(parse, verb)
    subjects = [
        w
        for w in parse.kids(verb.i, "nsubj")
        if is_plausible_speaker(w, parse) and w.i not in exclude and not _addressed(parse, w, frame)
    ]
    if len(subjects) > 1:
        # A compound split at its hyphen: "VW - Chef Martin Winterkorn" as two subjects.
        second_halves = {w.i - 2 for w in subjects}
        subjects = [
            w for w in subjects if not (w.i in second_halves and parse.hyphen_joined(w.i))
        ] or subjects
        # A fronted object labelled subject beside the real one: "Den Unmut brachte die
        # Sprecherin zum Ausdruck" — a person or body first, the first in the text among
        # those (Die Polizei beschrieb sie als „…“: sie is the object).
        subjects.sort(key=lambda w: not can_speak(parse, w))
    if subjects and _adverb_like(parse, subjects[0]):
        # "Ähnlich äußerte sich der US-Präsident": a sentence-initial adverb the small model
        # tagged as a name and made the subject; another subject, or the nominative after
        # the verb, speaks.
        rest = [w for w in subjects if not _adverb_like(parse, w)]
        after = None if rest else _nominative_after(parse, verb, exclude)
        if after is not None:
            return after
        subjects = rest or subjects
    if frame == "object":
        quoted = _quoted(parse, verb, subjects, exclude)
        if quoted is not None:
            return quoted
    if is_passive(parse, verb):
        # Passive: the von-agent speaks (von Kennern als „…“ bezeichnet); the subject is
        # what was spoken of, except for zitieren (X wird mit den Worten zitiert).
        agent = _passive_agent(parse, verb)
        if agent is not None and agent.i not in exclude:
            return agent
        if parse.lang.speech_verb_lemma(verb.lemma, verb.text) not in parse.lang.self_quoting_verbs:
            return None
    nxt = _next_content_word(parse, verb)
    if nxt is not None and nxt.i not in exclude:
        if inverted and any(s.i == nxt.i for s in subjects):
            return nxt
        # V2 order: a pronoun or name right after the finite verb is its subject, whatever
        # the parser says („…“, erklärte Ma Reportern gegenüber; Das lobte er: „…“).
        if (
            is_bare_speaker(nxt)
            and (
                not subjects
                or nxt.text.lower() == "er"
                or (subjects[0].upos == "NOUN" and not _fronted_speaker(parse, subjects[0], verb))
            )
            and (inverted or nxt.upos == "PRON")
            and not _addressed(parse, nxt, frame)
        ):
            # "er" can only be a subject; "sie" may be an object (fragte sie).
            return nxt
    if subjects:
        return subjects[0]
    if frame == "subject":
        # „…?“, wollte ein Journalist wissen — wissen wollen takes no person as its
        # object: a person the parser made its object is the one asking.
        for obj in parse.kids(verb.i, "obj", "iobj"):
            if obj.i not in exclude and can_speak(parse, obj):
                return obj
    for pron in parse.kids(verb.i, "nsubj"):
        # der Verband IGEB, der die Maßnahme als „Kapitulation“ sieht: the relative
        # pronoun speaks, for its antecedent (People.resolve names it)
        antecedent = relative_antecedent(parse, pron)
        if antecedent is not None and antecedent.i not in exclude and pron.i not in exclude:
            return pron
    source = _impersonal_source(parse, verb, exclude)
    if source is not None:
        return source
    for child in parse.kids(verb.i):
        if ordinal_anaphor(child, parse.lang) is not None:
            return child
    if verb.i > 0 and ordinal_anaphor(parse.words[verb.i - 1], parse.lang) is not None:
        return parse.words[verb.i - 1]  # "; letztere sagte", whatever it was attached to
    if verb.rel == "conj" and verb.head >= 0:
        head = parse.words[verb.head]
        if head.upos in {"VERB", "AUX"}:
            return subject_of(parse, head, exclude=exclude)
    # A passive auxiliary or modal: „…“, wird X zitiert.
    for aux in parse.kids(verb.i, "aux"):
        for w in parse.kids(aux.i, "nsubj"):
            if is_plausible_speaker(w, parse) and w.i not in exclude:
                return w
    return _shared_subject(parse, verb, exclude)


def _shared_subject(parse: Parse, verb: Word, exclude: frozenset[int]) -> Word | None:
    """Der Senator wollte sich nicht festlegen, sagte aber, … — two main clauses sharing
    a subject, the small model hanging the first (with the subject) on the second: the
    subject of the clause that ends in a comma right before the verb."""
    for clause in parse.kids(verb.i, "ccomp", "advcl", "parataxis"):
        if clause.i > verb.i or clause.upos not in {"VERB", "AUX"}:
            continue
        comma = parse.words[verb.i - 1]
        if comma.text != "," or comma.i not in parse.subtree(clause.i):
            continue
        if any(
            k.deprel == "aux:pass" and k.lemma.lower() == "werden" for k in parse.kids(clause.i)
        ):
            continue  # Der Redner wurde unterbrochen: „…“, rief jemand — not the Redner
        for w in parse.kids(clause.i, "nsubj"):
            if w.i not in exclude and is_plausible_speaker(w, parse):
                return w  # also the model's nsubj:pass of a state (wirkte enttäuscht)
    return None


def _addressed(parse: Parse, w: Word, frame: str | None) -> bool:
    """Is ``w`` marked as the argument a cue of this ``frame`` addresses or accuses, which
    never speaks: for "dative", a dative article (dem Ministerium; der Liga, a feminine
    noun) or a dative the tagger saw; for "accusative", an article only the accusative
    has (den Trainer, einen Spieler: singular)."""
    if frame not in {"dative", "accusative"} or w.upos not in {"NOUN", "PROPN"}:
        return False
    dets = [d.text.lower() for d in parse.kids(w.i, "det")]
    if frame == "dative":
        return (
            w.feat("Case") == "Dat"
            or any(d in parse.lang.object_articles and d.endswith("m") for d in dets)
            or (_feminine(parse, w) and any(d in {"der", "einer"} for d in dets))
        )
    return w.feat("Number") != "Plur" and any(
        d in parse.lang.object_articles and d.endswith("n") for d in dets
    )


def _feminine(parse: Parse, w: Word) -> bool:
    """Is the noun ``w`` feminine: by its ending (Regierung, Kommission, Universität), else
    as the tagger says?"""
    low = (w.lemma or w.text).lower()
    return low.endswith(parse.lang.feminine_endings) or w.feat("Gender") == "Fem"


def _adverb_like(parse: Parse, w: Word) -> bool:
    """Is ``w`` a lone capitalised adjective or adverb at the start of its sentence?"""
    low = w.text.lower()
    return (
        w.i == parse.sentences[w.sent][0]
        and (low.endswith(parse.lang.adverb_endings) or low in parse.lang.opening_adverbs)
        and not parse.kids(w.i, "flat", "appos", "det")
    )


def _nominative_after(parse: Parse, verb: Word, exclude: frozenset[int]) -> Word | None:
    """The first noun after ``verb`` in its sentence, if it can be a nominative speaker
    (skipping sich, adverbs, articles and adjectives)."""
    # In a compound tense the subject follows the finite auxiliary (Gestern hat eine
    # Sprecherin mitgeteilt, …).
    auxiliaries = [a.i for a in parse.kids(verb.i, "aux", "aux:pass") if a.i < verb.i]
    start = min(auxiliaries, default=verb.i)
    for w in parse.words[start + 1 : parse.sentences[verb.sent][1]]:
        if w.i == verb.i:
            return None
        if w.i in exclude:
            return None
        if (
            w.upos in {"PUNCT", "DET", "ADJ", "ADV", "PRON"}
            or w.text.lower() in parse.lang.skippable_adverbs
        ):
            if w.upos == "PRON" and w.text.lower() != "sich":
                return None
            continue
        while w.rel in {"compound", "flat"} and w.head > w.i:
            w = parse.words[w.head]  # US - Präsident: the compound's head
        if w.upos in {"NOUN", "PROPN"} and (
            w.feat("Case") in {None, "Nom"} or person_like(parse, w)
        ):
            return w if is_plausible_speaker(w, parse) else None
        return None
    return None


def is_passive(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` a passive participle (werden + participle, or an nsubj:pass)?

    A participle with haben is the perfect, whatever the parser labelled its subject:
    „…“, hatte VW-Chef Winterkorn erklärt.
    """
    kids = parse.kids(verb.i)
    if any(k.deprel == "aux:pass" for k in kids):
        return True
    if any(k.deprel == "aux" and k.lemma.lower() == "haben" for k in kids):
        return False
    return any(k.deprel == "nsubj:pass" for k in kids)


def _passive_agent(parse: Parse, verb: Word) -> Word | None:
    """The von-phrase of a passive (von Musikkennern), if it can be a speaker."""
    for obl in parse.kids(verb.i, "obl"):
        if any(c.lemma.lower() == "von" for c in parse.kids(obl.i, "case")) and (
            is_plausible_speaker(obl, lang=parse.lang)
        ):
            return obl
    return None


def _impersonal_source(parse: Parse, verb: Word, exclude: frozenset[int]) -> Word | None:
    """„…“, hieß es in der Mitteilung / vom Ministerium. — with impersonal heißen, the
    document, place or body the words come from (an in/auf/bei/von/aus oblique) stands in
    for the speaker."""
    if verb.lemma.lower() != "heißen" and not verb.text.lower().startswith(("heiß", "hieß")):
        return None
    for obl in parse.kids(verb.i, "obl"):
        if obl.i in exclude:
            continue  # „Die Pläne sind vom Tisch“, hieß es …: the quotation's own words
        if any(
            c.lemma.lower() in parse.lang.source_prepositions for c in parse.kids(obl.i, "case")
        ):
            return obl
    return None


def is_bare_speaker(w: Word) -> bool:
    return (w.upos == "PROPN" and w.rel not in {"flat", "compound"}) or (
        w.upos == "PRON" and w.text.lower() in {"er", "sie"}
    )


def _next_content_word(parse: Parse, verb: Word) -> Word | None:
    for w in parse.words[verb.i + 1 : parse.sentences[verb.sent][1]]:
        if w.text in _CLAUSE_ENDS:
            return None  # geschrieben, er müsse …: the word after the comma is the next clause's
        if w.upos == "PUNCT" or w.text.lower() in parse.lang.skippable_adverbs:
            continue
        return w
    return None


#: Marks after which the next word belongs to another clause.
_CLAUSE_ENDS = frozenset({",", ";"})


def cue_verb(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    """``word`` or, for an auxiliary, the verb it serves, if a speech verb."""
    cue = speech_cue(parse, word)
    if cue is not None:
        return word, cue
    if (
        word.lemma.lower() == "zeigen"
        and any(k.text.lower() == "sich" for k in parse.kids(word.i, "obj", "expl"))
        and any(person_like(parse, k) for k in parse.kids(word.i, "nsubj"))
    ):
        # Der Vizepräsident zeigte sich „sehr glücklich“ / zeigte sich zuversichtlich: „…“
        # (a person showing a state of mind; "zeigten sich die Vorbereitungen" is not)
        return word, Cue("sich zeigen", Span.of(parse.text, word.start, word.end))
    if word.lemma.lower() == "lassen":
        # ließ ein Sprecher verlauten / ließ mitteilen: the infinitive is the cue, and
        # lassen's subject the speaker.
        for inf in parse.kids(word.i, "xcomp"):
            cue = speech_cue(parse, inf)
            if cue is not None:
                return word, cue
    if word.upos == "AUX" and word.head >= 0:
        head = parse.words[word.head]
        cue = speech_cue(parse, head)
        if cue is not None:
            return head, cue
    return modal_cue(parse, word) or particle_slip(parse, word)


# --- the rules -------------------------------------------------------------------------


def phrase_head(parse: Parse, phrase: Sequence[Word]) -> Word | None:
    """The head of a noun phrase given as a run of words: the first word whose head is
    outside the run and that can be a speaker."""
    ids = {w.i for w in phrase}
    for w in phrase:
        if (
            w.head not in ids
            and is_plausible_speaker(w, lang=parse.lang)
            and (w.upos != "ADJ" or ordinal_anaphor(w, parse.lang) is not None)
        ):
            return w
    for w in phrase:
        if w.upos in {"PROPN", "NOUN"}:
            return w
    return None


def person_like(parse: Parse, w: Word) -> bool:
    """Could ``w`` be a person or organisation speaking? A name, er/sie, a role noun,
    or a noun with a name in apposition. Not "Seine Zuversicht", "Sein Werk"."""
    if (
        w.upos == "PROPN"
        or is_bare_speaker(w)
        or is_role(w, parse.lang)
        or ordinal_anaphor(w, parse.lang) is not None
    ):
        return True
    return any(k.upos == "PROPN" for k in parse.kids(w.i, "appos", "flat"))


def can_speak(parse: Parse, w: Word) -> bool:
    """A person (:func:`person_like`), or a body that speaks as one: an organisation or
    the media (Die Firma empfindet es so: „…“; Der Sender bezeichnete X als „…“)."""
    return person_like(parse, w) or (
        w.upos == "NOUN" and parse.lang.noun_kind(w.lemma or w.text) in {"organisation", "media"}
    )


def noun_phrase(parse: Parse, head: Word, stop: frozenset[int] = frozenset()) -> set[int]:
    """``head`` and the words of its noun phrase (not the clauses the parser hung on it),
    not going below the words in ``stop``."""
    keep = {head.i}
    stack = [head.i]
    while stack:
        for kid in parse.kids(stack.pop()):
            if kid.rel in NP_RELS and kid.i not in keep:
                keep.add(kid.i)
                if kid.i not in stop:
                    stack.append(kid.i)
    return keep


def span_of(parse: Parse, w: Word) -> Span:
    """The span of word ``w``."""
    return Span.of(parse.text, w.start, w.end)


def can_say(view: QuoteView, cue: Cue, subject: Word) -> bool:
    """Der Titel lautet: „Die Wand“ names a thing; Der Text lautete: „Wir sehen keine
    andere Lösung …“ or „…“, hieß es in der Mitteilung report words. With lauten/heißen,
    a subject that is no speaker needs a quotation that reads as a statement (a verb, or
    more words than a title has), or a source oblique; a title noun (Titel, Name, Motto)
    never says anything."""
    if cue.lemma not in view.lang.naming_cues or subject.rel == "obl":
        return True
    if person_like(view.parse, subject):
        return True
    if subject.lemma.lower() in view.lang.title_nouns:
        return False  # Der wissenschaftliche Name lautet „Tiktaalik roseae“: a name
    words = view.parse.words
    inner = [words[i] for i in view.inside if view.quote.start <= words[i].start < view.quote.end]
    return len(inner) > MAX_TITLE_WORDS or any(w.upos in {"VERB", "AUX"} for w in inner)


def heads_subject(parse: Parse, w: Word) -> bool:
    """Is ``w`` (or the name it is part of) the subject of a clause?"""
    while w.rel in {"flat", "compound", "appos"} and w.head >= 0:
        w = parse.words[w.head]
    return w.rel == "nsubj"


def is_main_clause(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` the root of its sentence, or coordinated with it (not in a relative
    or subordinate clause)?"""
    while verb.rel == "conj" and verb.head >= 0:
        verb = parse.words[verb.head]
    return verb.head < 0


def named(parse: Parse, people: People, w: Word) -> Word | None:
    """``w`` if it is a person's name, or the name in apposition to it."""
    if people.name_cluster(w) is not None and w.upos == "PROPN":
        return w
    for app in parse.kids(w.i, "appos"):
        if people.name_cluster(app) is not None:
            return app
    return None


# --- driver ----------------------------------------------------------------------------
