"""The gold data: :class:`GoldQuote`, :class:`GoldDoc` and :func:`load_gold`, which
reads them from JSON Lines (the schema is in ``docs/evaluation.md``)."""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final, TypeGuard, cast

import attrs

from quoteattr._jsonl import describe, read_records
from quoteattr._model import Span
from quoteattr.evaluation._indirect import GoldIndirect, gold_indirect

__all__ = ["GoldDoc", "GoldQuote", "is_partial_quote", "load_gold"]

_QUOTE_MARKS: Final = "\"'„“”‚‘’«»‹›"


def is_partial_quote(text: str) -> bool:
    """Whether quote content looks like a fragment rather than a full sentence.

    A quote is *partial* when it has fewer than 4 words (whitespace-separated
    tokens containing a letter or digit), or when its first letter is lowercase
    („bewusst und gewollt stranguliert“, „nicht ernst genommen worden.“). German
    capitalises nouns, so a fragment opening with a noun („Totengräber der
    Demokratie“) counts as a full sentence unless it is shorter than 4 words.
    """
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if len(words) < 4:
        return True
    first_letter = next((c for c in text if c.isalpha()), "")
    return first_letter.islower()


def _partial_default(self: GoldQuote) -> bool:
    return is_partial_quote(self.text)


def _outer_default(self: GoldQuote) -> Span:
    return Span(self.start, self.end, self.text)


def _speaker_spans_default(self: GoldQuote) -> tuple[Span, ...]:
    return () if self.speaker is None else (self.speaker,)


def _span_tuple(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(spans)


@attrs.frozen
class GoldQuote:
    """One gold direct quotation.

    - ``start``/``end``/``text``: the content without quotation marks (the *inner*
      span), ``doc.text[start:end] == text``; ``outer`` includes the marks.
    - ``speaker``: the annotated local speaker mention ("RTL-Chefin Anke
      Schäferkordt", "er"), or ``None``; ``speaker_spans`` lists every span of the
      mention (``speaker`` first; more than one for a discontinuous mention).
    - ``cue``: the text of the annotated speech cue, or ``None``.
    - ``is_nested``: the quote sits inside indirect speech.
    - ``is_partial``: see :func:`is_partial_quote` (computed from ``text`` if not given).
    - ``part``/``n_parts``: the part index when narrator text interrupts the quotation.
    """

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    speaker: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    speaker_spans: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(_speaker_spans_default, takes_self=True), converter=_span_tuple
    )
    cue: str | None = None
    is_nested: bool = False
    is_partial: bool = attrs.field(default=attrs.Factory(_partial_default, takes_self=True))
    part: int = 0
    n_parts: int = 1
    outer: Span = attrs.field(default=attrs.Factory(_outer_default, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad quote span [{self.start}:{self.end}]")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text does not fit the span [{self.start}:{self.end}]")
        if not self.outer.start <= self.start <= self.end <= self.outer.end:
            raise ValueError("the inner span must lie within outer")
        if (self.speaker is None) != (not self.speaker_spans):
            raise ValueError("speaker_spans must be empty exactly when speaker is None")

    @property
    def span(self) -> Span:
        """The content as a :class:`Span`."""
        return Span(self.start, self.end, self.text)


def _quote_tuple(quotes: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(quotes)


def _indirect_tuple(items: Iterable[GoldIndirect]) -> tuple[GoldIndirect, ...]:
    return tuple(items)


def _check_quotes_fit(inst: GoldDoc, _attribute: object, quotes: tuple[GoldQuote, ...]) -> None:
    for k, q in enumerate(quotes):
        if inst.text[q.start : q.end] != q.text:
            raise ValueError(f"quote {k}: text does not match the document at [{q.start}:{q.end}]")
        for sp in q.speaker_spans:
            if inst.text[sp.start : sp.end] != sp.text:
                raise ValueError(f"quote {k}: speaker span [{sp.start}:{sp.end}] does not match")


@attrs.frozen
class GoldDoc:
    """One gold document: its ``text``, its gold direct ``quotes`` and its gold
    ``indirect`` speech (from ``other_quotes``, see
    :func:`~quoteattr.evaluation.gold_indirect`)."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = attrs.field(converter=_quote_tuple, validator=_check_quotes_fit)
    title: str = ""
    indirect: tuple[GoldIndirect, ...] = attrs.field(default=(), converter=_indirect_tuple)


class _GoldFormatError(ValueError):
    """A problem with one gold record (the reader adds file and line)."""


def load_gold(path: str | os.PathLike[str]) -> list[GoldDoc]:
    """Read gold documents from a JSON Lines file (schema: ``docs/evaluation.md``).

    Blank lines are skipped. Raises :class:`FileNotFoundError` for a missing file
    and :class:`ValueError` naming the file, the line, the field and the problem for
    anything else: bytes that are not UTF-8, bad JSON, a field of the wrong type, or
    offsets that do not fit the text.
    """
    path = Path(path)
    return list(read_records(path, lambda obj, n: _parse_doc(obj, default_id=f"{path.name}:{n}")))


def _parse_doc(obj: Mapping[str, Any], *, default_id: str) -> GoldDoc:
    text = obj.get("text")
    if not isinstance(text, str):
        raise _GoldFormatError(
            'missing "text"' if text is None else f'"text" must be a string, got {describe(text)}'
        )
    raw_quotes = obj.get("quotes")
    if not isinstance(raw_quotes, list):
        raise _GoldFormatError(
            'missing "quotes" (a list, possibly empty)'
            if raw_quotes is None
            else f'"quotes" must be a list, got {describe(raw_quotes)}'
        )
    doc_id = obj.get("id", default_id)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise _GoldFormatError(f'"id" must be a string or an integer, got {describe(doc_id)}')
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        raise _GoldFormatError(f'"title" must be a string, got {describe(title)}')
    quotes = []
    for k, raw in enumerate(raw_quotes):
        try:
            quote = _parse_quote(raw, text)
        except _GoldFormatError as exc:
            raise _GoldFormatError(f"quote {k}: {exc}") from None
        if quote is not None:
            quotes.append(quote)
    others = obj.get("other_quotes")
    if others is not None and not isinstance(others, list):
        raise _GoldFormatError(f'"other_quotes" must be a list, got {describe(others)}')
    if others and not all(isinstance(o, dict) for o in others):
        raise _GoldFormatError('"other_quotes" must be a list of objects')
    try:
        indirect = gold_indirect(text, others or [])
    except ValueError as exc:
        raise _GoldFormatError(str(exc)) from None
    return GoldDoc(str(doc_id), text, tuple(quotes), title or "", tuple(indirect))


def _offsets(x: object, y: object, label: str, n: int) -> tuple[int, int] | None:
    """The offsets ``x``, ``y`` (called ``label`` in messages), checked against a text
    of length ``n``; ``None`` when both are null."""
    if x is None and y is None:
        return None
    if not (_is_int(x) and _is_int(y)):
        raise _GoldFormatError(
            f"{label} must both be integers (or both null), got {describe(x)} and {describe(y)}"
        )
    if not 0 <= x <= y <= n:
        raise _GoldFormatError(
            f"{label} [{describe(x)}:{describe(y)}] is not a span of the text (length {n})"
        )
    return x, y


def _int_pair(obj: Mapping[str, Any], a: str, b: str, n: int) -> tuple[int, int] | None:
    """The offsets ``obj[a]``, ``obj[b]`` checked against a text of length ``n``."""
    return _offsets(obj.get(a), obj.get(b), f"{a}/{b}", n)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The inner span of ``text[start:end]``: without surrounding marks and spaces."""
    while start < end and (text[start] in _QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _parse_quote(obj: object, text: str) -> GoldQuote | None:
    """The gold quote ``obj`` describes, or ``None`` for a record that is not direct
    speech (a title, a scare quote)."""
    if not isinstance(obj, dict):
        raise _GoldFormatError(f"expected a JSON object, got {describe(obj)}")
    kind = obj.get("type", "Direct")
    if not isinstance(kind, str):
        raise _GoldFormatError(f'"type" must be a string, got {describe(kind)}')
    if kind != "Direct":
        return None
    outer = _int_pair(obj, "start", "end", len(text))
    inner = _int_pair(obj, "inner_start", "inner_end", len(text))
    if outer is None and inner is None:
        raise _GoldFormatError('needs "start"/"end" or "inner_start"/"inner_end"')
    if outer is None:
        outer = cast(tuple[int, int], inner)
    if inner is None:
        inner = _strip_marks(text, *outer)
    _check_text_field(obj, text, outer)
    _check_inner(text, outer, inner)
    speaker_spans = _parse_speaker(obj, text)
    part, n_parts = _parse_part(obj)
    is_nested = obj.get("is_nested")
    if is_nested is None:
        is_nested = False
    if not isinstance(is_nested, bool):
        raise _GoldFormatError(f'"is_nested" must be true or false, got {describe(is_nested)}')
    return GoldQuote(
        start=inner[0],
        end=inner[1],
        text=text[inner[0] : inner[1]],
        speaker=speaker_spans[0] if speaker_spans else None,
        speaker_spans=speaker_spans,
        cue=_parse_cue(obj.get("cue"), text),
        is_nested=is_nested,
        part=part,
        n_parts=n_parts,
        outer=Span.of(text, *outer),
    )


def _check_text_field(obj: Mapping[str, Any], text: str, outer: tuple[int, int]) -> None:
    given = obj.get("text")
    if given is not None and not isinstance(given, str):
        raise _GoldFormatError(f'"text" must be a string, got {describe(given)}')
    if given is not None and given != text[outer[0] : outer[1]]:
        raise _GoldFormatError(
            f'"text" {given!r} differs from the document at start/end [{outer[0]}:{outer[1]}]: '
            f"{text[outer[0] : outer[1]]!r}"
        )


def _check_inner(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> None:
    if not outer[0] <= inner[0] <= inner[1] <= outer[1]:
        raise _GoldFormatError(
            f"inner_start/inner_end [{inner[0]}:{inner[1]}] is not within "
            f"start/end [{outer[0]}:{outer[1]}]"
        )
    marks = text[outer[0] : inner[0]] + text[inner[1] : outer[1]]
    if any(c.isalnum() for c in marks):
        raise _GoldFormatError(
            f"inner_start/inner_end [{inner[0]}:{inner[1]}] cuts words off the quote "
            f"{text[outer[0] : outer[1]]!r} (only quotation marks may lie outside it)"
        )


def _parse_speaker(obj: Mapping[str, Any], text: str) -> tuple[Span, ...]:
    name = obj.get("speaker")
    if name is not None and not isinstance(name, str):
        raise _GoldFormatError(f'"speaker" must be a string or null, got {describe(name)}')
    offsets = _int_pair(obj, "speaker_start", "speaker_end", len(text))
    more = obj.get("speaker_spans")
    if more is not None and not isinstance(more, list):
        raise _GoldFormatError(
            f'"speaker_spans" must be a list of [start, end] pairs, got {describe(more)}'
        )
    if offsets is None:
        for field, value in (("speaker", name), ("speaker_spans", more)):
            if value:
                raise _GoldFormatError(f'"{field}" is given without speaker_start/speaker_end')
        return ()
    mention = Span.of(text, *offsets)
    if name is not None and name != mention.text:
        raise _GoldFormatError(
            f'"speaker" {name!r} differs from the document at speaker_start/speaker_end '
            f"[{offsets[0]}:{offsets[1]}]: {mention.text!r}"
        )
    spans = [mention]
    for k, pair in enumerate(more or ()):
        label = f"speaker_spans[{k}]"
        if not (isinstance(pair, list) and len(pair) == 2 and all(map(_is_int, pair))):
            raise _GoldFormatError(
                f"{label} must be a pair of integers [start, end], got {describe(pair)}"
            )
        start, end = cast(tuple[int, int], _offsets(pair[0], pair[1], label, len(text)))
        if Span.of(text, start, end) not in spans:
            spans.append(Span.of(text, start, end))
    return tuple(spans)


def _parse_part(obj: Mapping[str, Any]) -> tuple[int, int]:
    part = obj.get("part")
    n_parts = obj.get("n_parts")
    part = 0 if part is None else part
    n_parts = 1 if n_parts is None else n_parts
    for field, value in (("part", part), ("n_parts", n_parts)):
        if not _is_int(value):
            raise _GoldFormatError(f'"{field}" must be an integer, got {describe(value)}')
    if not 0 <= part < n_parts:
        raise _GoldFormatError(f"part/n_parts ({part}/{n_parts}) must satisfy 0 <= part < n_parts")
    return part, n_parts


def _parse_cue(cue: object, text: str) -> str | None:
    if cue is None or isinstance(cue, str):
        return cue
    if not isinstance(cue, dict):
        raise _GoldFormatError(
            f'"cue" must be null, a string or an object with "text", got {describe(cue)}'
        )
    cue_text = cue.get("text")
    if not isinstance(cue_text, str):
        raise _GoldFormatError(f'"cue" needs "text", a string, got {describe(cue_text)}')
    offsets = _offsets(cue.get("start"), cue.get("end"), '"cue" start/end', len(text))
    if offsets is not None and text[offsets[0] : offsets[1]] != cue_text:
        raise _GoldFormatError(
            f'"cue" text {cue_text!r} differs from the document at "cue" start/end '
            f"[{offsets[0]}:{offsets[1]}]: {text[offsets[0] : offsets[1]]!r}"
        )
    return cue_text
