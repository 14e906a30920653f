"""Context rules: a quotation takes its speaker from the quotation or sentence before.

„A“, sagte X, „B.“ (split) · „A“, sagte X. „B.“ (continuation) ·
Der Chef, Frank Werneke, drohte mit Streiks. „…“ (introduced before) ·
Die Ministerin sagte, die Lage sei ernst. „…“ (after a reported statement).
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._anaphora import latest_mention
from quoteattr._marks import DOUBLE_OPENERS
from quoteattr._parse import Word
from quoteattr._speakers import People
from quoteattr.attribution._registry import rule
from quoteattr.attribution._syntax import (
    can_speak,
    cue_verb,
    heads_subject,
    is_main_clause,
    named,
    subject_of,
)
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["after_reported_statement", "continuation", "introduced_before", "split_quote"]


@rule(splits=True)
def split_quote(view: QuoteView) -> Attribution | None:
    """„Wir sind bereit“, sagte Müller, „aber nicht um jeden Preis.“

    The narrator text between the previous quotation and this one is nothing but the
    previous quotation's cue clause, ending in a comma: both parts share its speaker.
    """
    prev = view.prev
    att = prev.attribution if prev is not None else None
    if prev is None or att is None or not prev.splits or att.cue is None:
        return None
    between = view.parse.text[prev.quote.outer.end : view.quote.outer.start]
    if not between.rstrip().endswith(",") or any(c in between for c in ".!?:;\n"):
        return None
    if not (prev.quote.outer.end <= att.cue.span.start < view.quote.outer.start):
        return None
    return Attribution(att.confidence, att.speaker, att.cue)


@rule(before=1, continues=True)
def continuation(view: QuoteView) -> Attribution | None:
    """„Wir sind bereit“, sagte Müller. „Aber nicht um jeden Preis.“

    A quotation that is a sentence of its own (or led in by *Und:*, *Außerdem:*) and has
    no cue continues the previous quotation's speaker, as long as no other person is
    named in between. Its mention is the nearest one of that person: „…“, sagte der
    Trainer, Marco Steiner. Besonders mit der Halbzeit haderte er. „…“ → er (Marco
    Steiner).
    """
    prev, people = view.prev, view.people
    if prev is None or people is None or prev.attribution is None or prev.speaker is None:
        return None
    if not view.is_standalone() and not _after_lead(view):
        return None
    if prev.quote.paragraph < view.quote.paragraph - 1:
        return None
    # A new person is introduced as the subject of a clause; a name inside the previous
    # speaker's own phrase (der Oberrabbiner Israels, Yona Metzger) is not one.
    start = max(prev.quote.outer.end, prev.speaker.mention.end)
    between = people.person_words_between(start, view.quote.outer.start)
    if any(c != prev.cluster and heads_subject(view.parse, w) for w, c in between):
        return None
    att = prev.attribution
    if _another_speaker_between(view, start, att.speaker, prev.cluster):
        return None
    words = [
        w for w in view.parse.words_between(start, view.quote.outer.start) if w.i not in view.said
    ]
    nearer = latest_mention(view.parse, people, words, att.speaker, prev.cluster)
    return Attribution(0.7, nearer or att.speaker, None)


def _after_lead(view: QuoteView) -> bool:
    """Is the quotation a sentence of its own but for a leading word and a colon, *Und:
    „…“*, *Außerdem: „…“* ([continuing_leads])?"""
    outside = [w for w in view.sentence_words() if w.upos != "PUNCT"]
    if len(outside) != 1 or outside[0].text.lower() not in view.lang.continuing_leads:
        return False
    colon = view.parse.word_before(view.quote.outer.start)
    return colon is not None and colon.text == ":" and outside[0].end <= colon.start


def _another_speaker_between(
    view: QuoteView, start: int, speaker: Word, cluster: int | None
) -> bool:
    """Does a main clause between ``start`` and the quotation report someone else
    speaking (Die Ministerin sagte dagegen, …)? A pronoun is taken for the same speaker
    (Er fügte hinzu, …)."""
    parse, people = view.parse, view.people
    for w in parse.words_between(start, view.quote.outer.start):
        if w.i in view.said or not is_main_clause(parse, w):
            continue
        found = cue_verb(parse, w)
        if found is None:
            continue
        subject = subject_of(parse, found[0])
        if subject is None or subject.i == speaker.i or subject.upos == "PRON":
            continue
        if people is not None and cluster is not None and _same_person(people, subject, cluster):
            continue
        return True
    return False


def _same_person(people: People, subject: Word, cluster: int) -> bool:
    """Is ``subject`` a mention of person ``cluster``: their name, or a role noun or noun
    of age resolved to them (Innenministerin Nancy Berger … die Ministerin)?"""
    if people.name_cluster(subject) == cluster:
        return True
    resolved = people.resolve(subject)
    return resolved is not None and people.cluster_of(resolved[0]) == cluster


def _plain_sentence_before(view: QuoteView) -> Sequence[Word] | None:
    """For a quotation standing alone, the words of the sentence right before it, when
    that sentence holds no quotation of its own; else None."""
    if not view.is_standalone() or view.first is None:
        return None
    sent = view.parse.words[view.first].sent
    if sent == 0:
        return None
    prev = view.parse.sentence_words(sent - 1)
    if any(w.text in DOUBLE_OPENERS for w in prev):
        return None
    return prev


@rule(before=1)
def introduced_before(view: QuoteView) -> Attribution | None:
    """Der Chef der Gewerkschaft, Frank Werneke, drohte mit Streiks. „Unsere Geduld ist
    am Ende.“ — a quotation standing alone takes the subject of the sentence right
    before it, when that subject is a named person."""
    people, prev = view.people, _plain_sentence_before(view)
    if people is None or prev is None:
        return None
    parse = view.parse
    for w in prev:
        if w.rel == "nsubj" and is_main_clause(parse, parse.words[w.head]):
            name_word = named(parse, people, w)
            if name_word is not None:
                return Attribution(0.6, name_word, None)
    return None


@rule(before=1)
def after_reported_statement(view: QuoteView) -> Attribution | None:
    """Die Ministerin sagte, die Lage sei ernst. „Wir müssen jetzt handeln.“ — a quotation
    standing alone right after a sentence whose main clause reports someone speaking
    (a speech verb with its subject: a person, an organisation or the media) takes that
    speaker, where that sentence holds no quotation of its own."""
    prev = _plain_sentence_before(view)
    if prev is None:
        return None
    parse = view.parse
    for w in prev:
        if not is_main_clause(parse, w):
            continue
        found = cue_verb(parse, w)
        if found is None:
            continue
        subject = subject_of(parse, found[0])
        if subject is not None and can_speak(parse, subject):
            return Attribution(0.6, subject, None)
        return None
    return None
