"""The result types: frozen attrs classes that hold plain data only.

Nothing here refers to Stanza, so results hash, compare, pickle and turn into
dicts (``attrs.asdict``) and JSON without a parser in memory.

All offsets are Python ``str`` offsets into the caller's own text, half-open:
``original[start:end] == text``.
"""

from __future__ import annotations

from typing import Any

import attrs

__all__ = ["KINDS", "SPEAKER_KINDS", "Cue", "Quote", "Span", "Speaker"]

#: The kinds of speech a :class:`Quote` can be.
KINDS: tuple[str, ...] = ("direct", "indirect")
#: What a speaker can be: ``Speaker.kind``.
SPEAKER_KINDS: tuple[str, ...] = ("person", "organisation", "media", "document", "unknown")


def _non_negative(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _text_fits(inst: Span | Quote) -> None:
    if inst.end < inst.start:
        raise ValueError(f"end ({inst.end}) must be >= start ({inst.start})")
    if len(inst.text) != inst.end - inst.start:
        raise ValueError(
            f"text has {len(inst.text)} characters but the span "
            f"[{inst.start}:{inst.end}] has {inst.end - inst.start}"
        )


def _plain_spaced(name: object) -> object:
    """A name with each run of white space as one space (other values left to the
    validator)."""
    return " ".join(name.split()) if isinstance(name, str) else name


@attrs.frozen
class Span:
    """A stretch of the original text: ``original[start:end] == text``."""

    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))

    def __attrs_post_init__(self) -> None:
        _text_fits(self)

    @classmethod
    def of(cls, original: str, start: int, end: int) -> Span:
        """The span ``original[start:end]``."""
        return cls(start, end, original[start:end])


@attrs.frozen
class Cue:
    """The speech cue of a quotation: a verb (``sagte`` → ``sagen``, ``fügte … hinzu`` →
    ``hinzufügen``), or a preposition/noun (``so``, ``laut``, ``zufolge``, ``Angaben``).

    ``span`` covers the cue word itself (for a particle verb, the finite verb).
    """

    lemma: str = attrs.field(validator=attrs.validators.instance_of(str))
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))


@attrs.frozen
class Speaker:
    """Who said a quotation.

    - ``name`` is the canonical name: the fullest proper name the document gives
      ("Donald Trump", without titles, roles and articles), or, where the mention names
      nobody (an unresolved pronoun, a description such as "eine Sprecherin des
      Ministeriums"), the mention's text. White space is normalised: each run of spaces,
      line breaks or no-break spaces is one space ("Angela\\nMerkel" → "Angela Merkel").
    - ``mention`` is the span the quotation was attributed to: "er", "ersterer",
      "Trump", with its exact text and offsets.
    - ``kind``: "person", "organisation", "media", "document" or "unknown".
    - ``resolved``: ``name`` is a proper name the document gives this speaker (found
      directly, or through a pronoun, role noun or ersterer/letzterer). ``False`` for a
      pronoun nobody is named for and for a description: then ``name`` is no name.
    """

    name: str = attrs.field(converter=_plain_spaced, validator=attrs.validators.instance_of(str))
    mention: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    kind: str = attrs.field(default="unknown", validator=attrs.validators.in_(SPEAKER_KINDS))
    resolved: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))


def _confidence(_inst: object, _attribute: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"confidence must be within [0, 1], got {value}")


@attrs.frozen
class Quote:
    """One quotation: direct speech in quotation marks, or indirect speech.

    - ``text``/``start``/``end``: the content without its marks,
      ``original[start:end] == text``.
    - ``outer``: the span including the marks (for an unclosed quote, up to the end
      of its paragraph).
    - ``open_mark``/``close_mark``: the marks as written; ``close_mark`` is ``""``
      when the quote is never closed (``closed=False``).
    - ``depth``: 0 for a top-level quote, 1 for a quote inside a quote, ...
    - ``paragraph``: the 0-based index of the paragraph the quote opens in
      (paragraphs are separated by blank lines).
    - ``part``/``n_parts``/``group``: one quotation may come in parts: a quote that
      runs over several paragraphs, or one interrupted by narrator text
      („A“, sagte X, „B“). Every part is its own ``Quote``; all parts share
      ``group`` (the ``start`` of the first part), ``part`` counts from 0.
    - ``speaker``/``cue``: who said it and the speech cue, or ``None``.
    - ``rule``: the name of the attribution rule that decided the speaker (or that
      decided there is none); ``None`` for plain detection.
    - ``confidence``: how sure that rule is, in [0, 1].
    - ``kind``: ``"direct"`` for a quotation in quotation marks, ``"indirect"`` for
      indirect speech without marks (a dass-clause, a Konjunktiv-I clause, a statement
      attributed with laut/zufolge, ...). For indirect speech the mark fields have a
      fixed meaning: ``open_mark`` and ``close_mark`` are ``""``, ``closed`` is ``True``
      (the message is complete) and ``outer`` is the message itself (the same span as
      ``start``/``end``); ``depth`` is 0; a message interrupted by its frame comes in
      parts like a split direct quotation.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    end: int = attrs.field(validator=[attrs.validators.instance_of(int), _non_negative])
    outer: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    open_mark: str = attrs.field(validator=attrs.validators.instance_of(str))
    close_mark: str = attrs.field(validator=attrs.validators.instance_of(str))
    closed: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    depth: int = attrs.field(
        default=0, validator=[attrs.validators.instance_of(int), _non_negative]
    )
    paragraph: int = attrs.field(
        default=0, validator=[attrs.validators.instance_of(int), _non_negative]
    )
    part: int = attrs.field(default=0, validator=[attrs.validators.instance_of(int), _non_negative])
    n_parts: int = attrs.field(default=1, validator=attrs.validators.instance_of(int))
    group: int = attrs.field(default=-1, validator=attrs.validators.instance_of(int))
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    cue: Cue | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Cue))
    )
    rule: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )
    confidence: float = attrs.field(default=0.0, converter=float, validator=_confidence)
    kind: str = attrs.field(default="direct", validator=attrs.validators.in_(KINDS))

    def __attrs_post_init__(self) -> None:
        _text_fits(self)
        if self.group == -1:
            object.__setattr__(self, "group", self.start)
        if not self.outer.start <= self.start <= self.end <= self.outer.end:
            raise ValueError(
                f"content [{self.start}:{self.end}] must lie within outer "
                f"[{self.outer.start}:{self.outer.end}]"
            )
        if self.kind == "indirect":
            if self.open_mark or self.close_mark or not self.closed:
                raise ValueError(
                    "indirect speech has no marks: open_mark and close_mark must be empty "
                    "and closed True"
                )
        elif self.closed == (self.close_mark == ""):
            raise ValueError("close_mark must be empty exactly when closed is False")
        if not 0 <= self.part < self.n_parts:
            raise ValueError(f"part ({self.part}) must be within [0, n_parts={self.n_parts})")
        if self.group < 0 or self.group > self.start:
            raise ValueError(f"group ({self.group}) must be the start of the first part")

    @property
    def span(self) -> Span:
        """The content as a :class:`Span`."""
        return Span(self.start, self.end, self.text)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: ``Quote.from_dict(q.to_dict()) == q``."""
        return attrs.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output (for example after JSON).

        ``TypeError`` when ``data`` is not a dict, ``ValueError`` naming the first
        missing field."""
        if not isinstance(data, dict):
            raise TypeError(f"Quote.from_dict() expects a dict, got {type(data).__name__}")
        try:
            return cls._from_dict(data)
        except KeyError as exc:
            raise ValueError(f"missing field {exc}") from None

    @classmethod
    def _from_dict(cls, data: dict[str, Any]) -> Quote:
        missing = [
            f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING and f.name not in data
        ]
        if missing:
            raise KeyError(missing[0])
        d = dict(data)
        d["outer"] = Span(**d["outer"])
        if d.get("speaker") is not None:
            sp = d["speaker"]
            d["speaker"] = Speaker(**{**sp, "mention": Span(**sp["mention"])})
        if d.get("cue") is not None:
            cue = d["cue"]
            d["cue"] = Cue(cue["lemma"], Span(**cue["span"]))
        return cls(**d)
