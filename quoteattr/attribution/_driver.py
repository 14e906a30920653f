"""The driver: every quotation of a document through the filters and rules, in order.

For each top-level quotation: the not-speech filters (:mod:`._filters`) first, then the
rules of :data:`~quoteattr.attribution.RULES` in order, the first that fires deciding
(:func:`~._resolve.resolve` makes its word a speaker); then parts of one quotation
share their speaker. A quotation inside a quotation gets none (``nested_quote``), one no
rule attributes gets none either (``no_speaker``).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr._model import Quote
from quoteattr._parse import Parse
from quoteattr._speakers import People
from quoteattr.attribution._context import split_quote
from quoteattr.attribution._filters import parenthetical_name
from quoteattr.attribution._registry import Rule
from quoteattr.attribution._resolve import resolve
from quoteattr.attribution._rules import RULES, RULES_BY_NAME
from quoteattr.attribution._view import Attribution, Decided, QuoteView

__all__ = ["attribute_quotes", "wants_earlier_sentences"]

#: A quotation of more words than this is someone's words, not a name.
_MAX_NAME_WORDS = 3


def attribute_quotes(
    parse: Parse, quotes: Sequence[Quote], rules: Sequence[Rule] = RULES
) -> list[Quote]:
    """Attribute every quotation of a document; returns new Quote objects in order."""
    people = People(parse, exclude=[(q.start, q.end) for q in quotes if q.depth == 0])
    said = frozenset(
        w.i
        for q in quotes
        if q.depth == 0 and len(q.text.split()) > _MAX_NAME_WORDS
        for w in parse.words_between(q.outer.start, q.outer.end)
    )
    decided: list[Decided] = []
    prev: Decided | None = None
    for quote in quotes:
        if quote.depth > 0:
            decided.append(Decided(quote, None, None, None, 0.9, None))
            continue
        view = QuoteView.of(parse, quote, said, people=people, prev=prev)
        if parenthetical_name(view):
            decided.append(Decided(quote, None, None, None, 0.8, None))
            continue
        item = resolve(view, _first_rule(view, rules), people)
        decided.append(item)
        prev = item
    decided = _share_across_parts(decided)
    return [_finish(d) for d in decided]


def _first_rule(view: QuoteView, rules: Sequence[Rule]) -> tuple[Rule, Attribution] | None:
    """The first rule, in order, that fires on ``view``, and what it found."""
    for rule in rules:
        att = rule(view)
        if att is not None:
            return rule, att
    return None


def wants_earlier_sentences(parse: Parse, quote: Quote, parsed_before: int) -> bool:
    """Could a rule that reads more than ``parsed_before`` sentences back decide
    attributed ``quote`` differently, given those sentences? Only when no rule before it
    decided the quotation, and its ``wants_more`` says it might fire. Selective parsing
    parses those sentences only then."""
    view: QuoteView | None = None
    for rule in RULES:
        if rule.before <= parsed_before or rule.wants_more is None:
            continue
        decided_by = RULES_BY_NAME.get(quote.rule or "")
        if quote.speaker is not None and (decided_by is None or decided_by.order < rule.order):
            continue
        view = view or QuoteView.of(parse, quote)
        if rule.wants_more(view):
            return True
    return False


def _share_across_parts(decided: list[Decided]) -> list[Decided]:
    """Parts of one quotation (over paragraphs, or split by a cue) share one speaker;
    split quotes become linked parts."""
    out = list(decided)
    # A split quote joins the group of the top-level quotation before it (inner quotes
    # of that one may stand in between).
    last_top: int | None = None
    for k, d in enumerate(out):
        if d.quote.depth > 0:
            continue
        if d.rule == split_quote.__name__ and last_top is not None:
            group = out[last_top].quote.group
            out[k] = attrs.evolve(d, quote=attrs.evolve(d.quote, group=group))
        last_top = k
    groups: dict[int, list[int]] = {}
    for k, d in enumerate(out):
        if d.quote.depth == 0:
            groups.setdefault(d.quote.group, []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        n = len(members)
        source = next((out[k] for k in members if out[k].speaker is not None), None)
        for part, k in enumerate(members):
            d = out[k]
            q = attrs.evolve(d.quote, part=part, n_parts=n)
            if d.speaker is None and source is not None and not _within(source, q):
                d = attrs.evolve(source, quote=q)
            else:
                d = attrs.evolve(d, quote=q)
            out[k] = d
    return out


def _within(source: Decided, part: Quote) -> bool:
    """Does ``source``'s speaker mention lie inside quotation ``part``? Then that part
    can't take it: a speaker is never inside the quotation it speaks."""
    mention = source.speaker.mention if source.speaker is not None else None
    return mention is not None and part.start <= mention.start and mention.end <= part.end


def _finish(d: Decided) -> Quote:
    att = d.attribution
    if d.quote.depth > 0:
        rule = "nested_quote"
    elif d.rule is None or d.speaker is None:
        rule = "no_speaker"
    else:
        rule = d.rule
    return attrs.evolve(
        d.quote,
        speaker=d.speaker,
        cue=att.cue if att is not None and d.speaker is not None else None,
        rule=rule,
        confidence=round(min(1.0, max(0.0, d.confidence)), 3),
    )
