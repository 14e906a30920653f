"""Reported speech: a partial quotation in a Konjunktiv-I sentence with no cue of its own.

Michael Müller bezweifelte die Eignung Merkels: Er habe „nicht den Eindruck“. /
„Wir bleiben“, sagte Müller. Die Pläne seien „überzogen“, man würde „nie“ zustimmen.
"""

from __future__ import annotations

from quoteattr._anaphora import is_role
from quoteattr._mention_span import mention_span
from quoteattr._parse import Parse, Word
from quoteattr.attribution._cue_words import opinion_verb
from quoteattr.attribution._registry import rule
from quoteattr.attribution._syntax import (
    cue_verb,
    heads_subject,
    is_passive,
    named,
    subject_of,
)
from quoteattr.attribution._view import Attribution, Decided, QuoteView

__all__ = ["reported_speech"]

#: How many sentences before its own :func:`reported_speech` reads for a cue.
_REACH = 2
#: How far back it reads while every sentence in between is itself reported speech (a
#: chain of Konjunktiv-I sentences going on with one speaker's words).
_CHAIN_REACH = 4


def _is_reported(
    parse: Parse, sent: int, prev: Decided | None = None, said: frozenset[int] = frozenset()
) -> bool:
    """Is sentence ``sent`` reported speech: a finite verb in Konjunktiv I, or in
    Konjunktiv II standing in for it (würden, hätte) right after reported speech or after
    the sentence of an attributed quotation ``prev`` (alone, Konjunktiv II is a
    conditional)? A Konjunktiv II in someone's words (``said``) does not count."""
    if _has_konjunktiv_i(parse, sent):
        return True
    if sent == 0 or not _has_konjunktiv_ii(parse, sent, said):
        return False
    if prev is not None and prev.speaker is not None:
        last = parse.word_before(prev.quote.outer.end)
        if last is not None and last.sent == sent - 1:
            return True
    return _has_konjunktiv_i(parse, sent - 1)


def _has_konjunktiv_ii(parse: Parse, sent: int, said: frozenset[int] = frozenset()) -> bool:
    """Does sentence ``sent`` hold a Konjunktiv II form that can stand in for Konjunktiv I
    (not a modal of the present: er möchte), outside ``said``?"""
    lang = parse.lang
    return any(
        w.i not in said
        and w.upos in {"VERB", "AUX"}
        and w.text.lower() in lang.subjunctive_ii_forms
        and w.text.lower() not in lang.modal_subjunctives
        for w in parse.sentence_words(sent)
    )


def _has_konjunktiv_i(parse: Parse, sent: int, *, sure: bool = False) -> bool:
    """Does sentence ``sent`` hold a finite verb in Konjunktiv I? ``sure``: only by its
    form (sei, habe, Gebe; drohe), not by a tag that also fits sollte or könnte."""
    forms = parse.lang.subjunctive_forms  # distinctive forms, whatever a small model tags them
    return any(
        (w.text.lower() if sure else w.text) in forms
        or (
            not sure
            and w.upos in {"VERB", "AUX"}
            and w.feat("Mood") == "Sub"
            and w.text.endswith("e")
        )
        or _third_person_subjunctive(parse, w)
        for w in parse.sentence_words(sent)
    )


def _third_person_subjunctive(parse: Parse, w: Word) -> bool:
    """Es drohe „…“, so schütze sie Gott: a verb whose form is its infinitive less the
    final -n (drohen → drohe, ändern → ändere), with a subject that is not ich: the
    Konjunktiv I of the third person, which a small model tags as indicative."""
    if w.upos not in {"VERB", "AUX"} or not w.lemma.endswith("en") or w.text[:1].isupper():
        return False
    lemma = w.lemma.lower()
    if w.text.lower() not in {lemma[:-1], lemma[:-2] + "e"} or len(lemma) < 5:
        return False
    subjects = parse.kids(w.i, "nsubj", "expl")
    indicative = parse.lang.indicative_subjects
    return bool(subjects) and all(s.text.lower() not in indicative for s in subjects)


def _could_report(view: QuoteView) -> bool:
    """Could :func:`reported_speech` fire, given the sentences before? For a partial
    quotation (not a title) in a sentence of reported speech."""
    if view.quote.depth > 0 or view.first is None or view.is_standalone() or view.is_title:
        return False
    sent = view.parse.words[view.first].sent
    return _has_konjunktiv_i(view.parse, sent) or _has_konjunktiv_ii(view.parse, sent, view.said)


@rule(before=_CHAIN_REACH, on_titles=False, wants_more=_could_report)
def reported_speech(view: QuoteView) -> Attribution | None:
    """Michael Müller bezweifelte die Eignung Merkels: Er habe „nicht den Eindruck“. /
    Stoiber begründete seinen Rückzug. Damit seien „der Kurs und die Berechenbarkeit
    der SPD nicht mehr so klar“.

    Von der Leyen betonte, … „…“. Sie seien „gut geeignet“. Die Ämter würden „handeln“.

    A partial quotation in a sentence of reported speech (Konjunktiv I, or II standing in
    for it) with no cue of its own belongs to the speaker of the nearest speech verb
    outside quotation marks, or of the nearest attributed quotation, in this or the two
    sentences before (or up to four, while every sentence in between is reported speech
    too), while nobody else is named in between.
    """
    people = view.people
    if people is None or view.is_standalone() or view.first is None:
        return None
    parse = view.parse
    sent = parse.words[view.first].sent
    prev = view.prev
    if not _is_reported(parse, sent, prev, view.said):
        return None
    for s_idx in range(sent, max(-1, sent - _CHAIN_REACH - 1), -1):
        if s_idx < sent - _REACH and not all(
            _is_reported(parse, k) for k in range(s_idx + 1, sent)
        ):
            break  # beyond the near sentences only along a chain of reported ones
        for w in reversed(parse.sentence_words(s_idx)):
            if w.i in view.inside or w.start > view.quote.outer.start:
                continue
            if prev is not None and prev.speaker is not None and w.end <= prev.quote.outer.end:
                return _continued(view, prev)
            if w.i in view.said:
                continue  # a verb inside someone's words is no frame
            found = cue_verb(parse, w) or opinion_verb(parse, w, view)
            if found is None:
                continue
            verb, cue = found
            subject = subject_of(parse, verb, exclude=view.inside)
            if subject is None:
                continue
            # Another person as subject in between has taken over as the speaker (not the
            # speaker's own name in apposition: Der Fraktionschef Michael Müller …).
            end = max(subject.end, mention_span(parse, subject).end)
            own = people.name_cluster(named(parse, people, subject) or subject)
            others = people.person_words_between(end, view.quote.outer.start)
            if any(c != own and heads_subject(parse, o) for o, c in others):
                return None
            return Attribution(0.55, subject, cue)
        if s_idx == sent - 1:
            subject = _subject_before(view, sent)
            if subject is not None:
                return Attribution(0.5, subject, None)
    return None


def _subject_before(view: QuoteView, sent: int) -> Word | None:
    """Müller sieht das anders. Die Pläne seien „unausgegoren“. — with no frame nearer,
    the person that is the subject of the main clause of the sentence before ``sent``, in the
    same paragraph, is the one reported: a named person, a role or a personal pronoun,
    where this sentence has a sure Konjunktiv I (sei, habe, gebe; not sollte, könnte) and
    that one is the narrator's (not itself reported speech, not a passive)."""
    parse, people = view.parse, view.people
    words = parse.sentence_words(sent - 1)
    if people is None or not words or "\n" in parse.text[words[-1].end : view.quote.outer.start]:
        return None
    if not _has_konjunktiv_i(parse, sent, sure=True):
        return None  # sollte, könnte, würde: no sure sign of reported speech
    if _is_reported(parse, sent - 1):
        return None  # that sentence is itself reported: its subject is no reporter
    for root in (w for w in words if w.deprel == "root" and w.i not in view.said):
        if is_passive(parse, root):
            continue  # Er wurde verurteilt: the one a passive is about says nothing
        for subject in parse.kids(root.i, "nsubj"):
            if subject.i in view.said:
                continue
            span = mention_span(parse, subject)
            if (
                subject.upos == "PROPN"
                or people.person_words_between(span.start, span.end)
                or is_role(subject, parse.lang)
            ):
                return subject
            if subject.text.lower() in parse.lang.personal_pronouns:
                return subject
    return None


def _continued(view: QuoteView, prev: Decided) -> Attribution | None:
    """The speaker of the attributed quotation ``prev`` goes on, unless another person
    is the subject of a clause between it and this quotation."""
    att, people = prev.attribution, view.people
    if att is None or prev.speaker is None or people is None:
        return None
    others = people.person_words_between(prev.quote.outer.end, view.quote.outer.start)
    if any(c != prev.cluster and heads_subject(view.parse, o) for o, c in others):
        return None
    return Attribution(0.55, att.speaker, att.cue)
