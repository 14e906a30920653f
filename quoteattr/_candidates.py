"""The candidate stage: every stretch of text that may be someone's words, before parsing.

The extractor runs this stage first, on raw text, and attribution decides afterwards
which candidates are speech and whose. A *finder* is a function ``text -> list[Quote]``
that needs no parser (it must be cheap: it decides which paragraphs selective parsing
sends to Stanza at all) and returns speaker-less :class:`~quoteattr.Quote` candidates in
document order, with offsets into the text. Finders are registered by the kind of speech
they find:

- ``"direct"``: quotations in quotation marks, :func:`quoteattr.find_quotes`;
- ``"indirect"``: sentences that may hold indirect speech (a speech cue, a
  Konjunktiv-I form or a source marker), :func:`quoteattr._indirect_finder.find_indirect`.
  Attribution narrows each to its message (:mod:`quoteattr.attribution._indirect`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from quoteattr._indirect_finder import find_indirect
from quoteattr._marks import find_quotes
from quoteattr._model import Quote

__all__ = ["DEFAULT_KINDS", "FINDERS", "check_kinds", "find_candidates"]

Finder = Callable[[str], list[Quote]]

#: The candidate finders by kind of speech, in the order their results are merged.
FINDERS: dict[str, Finder] = {"direct": find_quotes, "indirect": find_indirect}
#: What the extractor finds unless told otherwise.
DEFAULT_KINDS: tuple[str, ...] = ("direct",)


def check_kinds(kinds: Iterable[str]) -> tuple[str, ...]:
    """``kinds`` as a tuple without repeats, or a ``ValueError`` naming an unknown kind."""
    if isinstance(kinds, str):
        raise TypeError(f"kinds must be a sequence of kinds, got the str {kinds!r}")
    out = tuple(dict.fromkeys(kinds))
    unknown = [k for k in out if k not in FINDERS]
    if unknown or not out:
        raise ValueError(
            f"kinds must be one or more of {', '.join(map(repr, FINDERS))}, got {list(kinds)!r}"
        )
    return out


def find_candidates(text: str, kinds: tuple[str, ...] = DEFAULT_KINDS) -> list[Quote]:
    """The candidates of every finder in ``kinds`` (checked by :func:`check_kinds`), in
    document order (by outer start; a finder's own order is kept for equal starts)."""
    if len(kinds) == 1:
        return FINDERS[kinds[0]](text)
    found = [q for kind in kinds for q in FINDERS[kind](text)]
    return sorted(found, key=lambda q: q.outer.start)
