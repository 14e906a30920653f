"""The driver of indirect speech: candidate sentences through the indirect rules
(:mod:`quoteattr.attribution._indirect`), findings into :class:`~quoteattr.Quote`s of
kind ``"indirect"`` with speakers from the document's
:class:`~quoteattr._speakers.People`, the speaker model of direct quotations."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from quoteattr._model import Quote, Span, Speaker
from quoteattr._parse import Parse
from quoteattr._speakers import People
from quoteattr.attribution._indirect import INDIRECT_RULES
from quoteattr.attribution._indirect_syntax import Context, Finding, IndirectRule, is_parsed
from quoteattr.attribution._syntax import span_of

__all__ = ["attribute_indirect"]


def attribute_indirect(
    parse: Parse,
    candidates: Sequence[Quote],
    direct: Sequence[Quote] = (),
    rules: Sequence[IndirectRule] = INDIRECT_RULES,
) -> list[Quote]:
    """Indirect speech in the parsed sentences that overlap a candidate, in order.

    ``direct`` are the document's attributed direct quotations: their words are never
    part of a frame, a message that is mostly a direct quotation is left to it, and a
    continuation can continue one.
    """
    if not candidates:
        return []
    # Words said in quotation marks are never antecedents; a name in marks (die Zeitung
    # „The Guardian“) is, for indirect speech.
    said = [(q.start, q.end) for q in direct if q.depth == 0 and q.speaker is not None]
    people = People(parse, exclude=said)
    surnames = people.surnames
    sents = sorted(
        {w.sent for c in candidates for w in parse.words_between(c.outer.start, c.outer.end)}
    )
    found: list[Quote] = []
    for sent in sents:
        if not is_parsed(parse, sent):
            continue
        statements = sorted([*direct, *found], key=lambda q: q.start)
        ctx = Context(tuple(direct), tuple(statements), surnames)
        findings = _decide([rule(parse, sent, ctx) for rule in rules])
        if findings:
            for finding in findings:
                finding = attrs.evolve(finding, message=_through_quotes(finding.message, direct))
                quotes = _quotes(parse, finding, people)
                prev = finding.continues
                if (
                    prev is not None
                    and prev.rule == "continuation"
                    and prev in found
                    and "\n" not in parse.text[prev.end : finding.message[0][0]]
                ):
                    # A run of Konjunktiv-I sentences is one statement in parts.
                    found = _joined(found, prev.group, quotes)
                else:
                    found.extend(quotes)
    return found


def _through_quotes(
    message: tuple[tuple[int, int], ...], direct: Sequence[Quote]
) -> tuple[tuple[int, int], ...]:
    """The message ranges, each widened to whole quotations where it ends or begins inside
    one (Gillibrand sei „das Postergirl der NRA, und …“: the parser cut the clause at the
    comma inside the quotation)."""
    out: list[tuple[int, int]] = []
    for a, b in message:
        for q in direct:
            if q.depth == 0 and q.outer.start < b < q.outer.end:
                b = q.outer.end
            if q.depth == 0 and q.outer.start < a < q.outer.end:
                a = q.outer.start
        if out and a <= out[-1][1]:
            a = out.pop()[0]  # two parts around one quotation become one
        out.append((a, b))
    return tuple(out)


def _decide(answers: list[list[Finding]]) -> list[Finding]:
    """The findings of the first rule that fired, unless it names no speaker and a later
    one does (Wie ein Sprecher mitteilte, habe man informiert, dass …: the marker's)."""
    fired = [a for a in answers if a]
    if not fired:
        return []
    if all(f.speaker is None and f.continues is None for f in fired[0]):
        for later in fired[1:]:
            if any(f.speaker is not None or f.continues is not None for f in later):
                return later
    return fired[0]


def _joined(found: list[Quote], group: int, more: list[Quote]) -> list[Quote]:
    """``found`` with ``more`` added as further parts of the item ``group``."""
    members = [q for q in found if q.group == group]
    rest = [q for q in found if q.group != group]
    parts = members + [attrs.evolve(q, group=group) for q in more]
    n = len(parts)
    return rest + [attrs.evolve(q, part=k, n_parts=n) for k, q in enumerate(parts)]


def _quotes(parse: Parse, finding: Finding, people: People) -> list[Quote]:
    """The finding as Quote parts sharing one speaker."""
    speaker: Speaker | None = None
    confidence = finding.confidence
    if finding.continues is not None:
        speaker = finding.continues.speaker
    elif finding.speaker is not None:
        resolved = people.resolve(finding.speaker)
        if resolved is not None:
            speaker, factor = resolved
            confidence *= factor
            m = speaker.mention
            if any(m.start < b and a < m.end for a, b in finding.message):
                own = span_of(parse, finding.speaker)
                speaker = Speaker(speaker.name, own)
    if speaker is not None and finding.mention is not None:
        speaker = attrs.evolve(speaker, mention=span_of(parse, finding.mention))
    text = parse.text
    group = finding.message[0][0]
    n = len(finding.message)
    rule = finding.rule if speaker is not None else "no_speaker"
    out = []
    for part, (a, b) in enumerate(finding.message):
        span = Span.of(text, a, b)
        out.append(
            Quote(
                span.text,
                a,
                b,
                span,
                "",
                "",
                True,
                paragraph=_paragraph(text, a),
                part=part,
                n_parts=n,
                group=group,
                speaker=speaker,
                cue=finding.cue if speaker is not None else None,
                rule=rule,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
                kind="indirect",
            )
        )
    return out


def _paragraph(text: str, offset: int) -> int:
    from quoteattr._marks import paragraphs

    return max(0, sum(1 for start, _ in paragraphs(text) if start <= offset) - 1)
