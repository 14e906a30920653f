"""Context rules: a quotation takes its speaker from the quotation or sentence before.

„A“, sagte X, „B.“ (split) · „A“, sagte X. „B.“ (continuation) ·
Der Chef, Frank Werneke, drohte mit Streiks. „…“ (introduced before).
"""

from __future__ import annotations

from quoteattr._marks import DOUBLE_OPENERS
from quoteattr.attribution._registry import rule
from quoteattr.attribution._syntax import heads_subject, is_main_clause, named
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["continuation", "introduced_before", "split_quote"]


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


@rule(before=1)
def continuation(view: QuoteView) -> Attribution | None:
    """„Wir sind bereit“, sagte Müller. „Aber nicht um jeden Preis.“

    A quotation that is a sentence of its own and has no cue continues the previous
    quotation's speaker, as long as no other person is named in between.
    """
    prev, people = view.prev, view.people
    if prev is None or people is None or prev.attribution is None or prev.speaker is None:
        return None
    if not view.is_standalone():
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
    return Attribution(0.7, att.speaker, None)


@rule(before=1)
def introduced_before(view: QuoteView) -> Attribution | None:
    """Der Chef der Gewerkschaft, Frank Werneke, drohte mit Streiks. „Unsere Geduld ist
    am Ende.“ — a quotation standing alone takes the subject of the sentence right
    before it, when that subject is a named person."""
    people = view.people
    if people is None or not view.is_standalone() or view.first is None:
        return None
    parse = view.parse
    sent = parse.words[view.first].sent
    if sent == 0:
        return None
    prev = parse.sentence_words(sent - 1)
    if any(w.text in DOUBLE_OPENERS for w in prev):
        return None
    for w in prev:
        if w.rel == "nsubj" and is_main_clause(parse, parse.words[w.head]):
            name_word = named(parse, people, w)
            if name_word is not None:
                return Attribution(0.6, name_word, None)
    return None
