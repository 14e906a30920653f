"""Bounds on what reaches Stanza: over-long sentences are cut before the tokenizer.

Stanza's dependency parser costs time and memory that grow faster than the square of
a sentence's length (2,000 words: 8 GB), and its tokenizer is slow on very long
tokens. Real sentences are far below the limits here, but scraped lists, tables and
text without punctuation are not. So, before tokenization, :func:`cut_gaps` finds
the stretches of a paragraph that run longer than :data:`MAX_SENTENCE_TOKENS` tokens
or :data:`MAX_SENTENCE_CHARS` characters without a sentence end (``.``, ``!``,
``?``) and cuts them into pieces at token boundaries; callers send each piece to
Stanza as a paragraph of its own, so no sentence crosses a cut, and map offsets back.

Cuts keep clear of quotation marks: no cut falls within :data:`QUOTE_MARGIN` tokens of
a quotation's opening or closing mark unless the piece would otherwise grow past twice
the limit. Text that needs no cut is passed on unchanged.
"""

from __future__ import annotations

import bisect
import warnings
from collections.abc import Sequence

import regex

from quoteattr._errors import LongSentenceWarning

__all__ = [
    "MAX_SENTENCE_CHARS",
    "MAX_SENTENCE_TOKENS",
    "MAX_TOKEN_CHARS",
    "QUOTE_MARGIN",
    "cut_gaps",
    "warn_cut",
]

#: Tokens (words and punctuation, counted by a regular expression) a stretch of text
#: may have without a sentence end before it is cut.
MAX_SENTENCE_TOKENS = 200
#: Characters such a stretch may span before it is cut.
MAX_SENTENCE_CHARS = 2000
#: Longer runs of letters, digits or symbols without a space are cut into pieces of
#: this many characters.
MAX_TOKEN_CHARS = 200
#: Tokens on either side of a quotation mark where no cut is made if it can be helped.
QUOTE_MARGIN = 25

_TOKEN = regex.compile(r"\w+(?:[-'’.]\w+)*|\S")
_SENTENCE_END = frozenset({".", "!", "?"})


def cut_gaps(text: str, start: int, end: int, marks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """Where to cut ``text[start:end]`` (one paragraph): ``(gap_start, gap_end)``
    ranges, in order, each the white space between two tokens (or an empty range
    inside a run of characters without spaces). The pieces between the gaps have at
    most :data:`MAX_SENTENCE_TOKENS` tokens and :data:`MAX_SENTENCE_CHARS` characters
    between sentence ends (twice that where a cut would fall next to a quotation mark
    at ``marks``, the character offsets of opening and closing marks). No gaps for
    ordinary text.
    """
    if end - start <= MAX_SENTENCE_TOKENS:
        return []  # fast path: too short to need a cut
    tokens = _tokens(text, start, end)
    if not tokens:
        return []
    tokens_at = [s for s, _ in tokens]
    protected: set[int] = set()
    for mark in marks:
        if start <= mark < end:
            k = bisect.bisect_right(tokens_at, mark) - 1
            protected.update(range(k - QUOTE_MARGIN, k + QUOTE_MARGIN + 2))
    gaps: list[tuple[int, int]] = []
    count, piece_start = 0, tokens[0][0]
    for i, (s, e) in enumerate(tokens):
        if i and text[tokens[i - 1][0] : tokens[i - 1][1]] in _SENTENCE_END:
            count, piece_start = 0, s  # a sentence may end here: count anew
        over = count >= MAX_SENTENCE_TOKENS or e - piece_start > MAX_SENTENCE_CHARS
        hard = count >= 2 * MAX_SENTENCE_TOKENS or e - piece_start > 2 * MAX_SENTENCE_CHARS
        if i and over and (hard or i not in protected):
            gaps.append((tokens[i - 1][1], s))
            count, piece_start = 0, s
        count += 1
    return gaps


def _tokens(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Token spans by regular expression, runs longer than :data:`MAX_TOKEN_CHARS`
    split into pieces of that length."""
    out: list[tuple[int, int]] = []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        while e - s > MAX_TOKEN_CHARS:
            out.append((s, s + MAX_TOKEN_CHARS))
            s += MAX_TOKEN_CHARS
        out.append((s, e))
    return out


def warn_cut(n_cuts: int, stacklevel: int = 2) -> None:
    """Warn once for a document whose over-long stretches were cut ``n_cuts`` times."""
    warnings.warn(
        f"quoteattr cut {n_cuts} over-long stretch(es) of text without a sentence end "
        f"(more than {MAX_SENTENCE_TOKENS} tokens or {MAX_SENTENCE_CHARS} characters) "
        "into pieces before parsing; see docs/limitations.md",
        LongSentenceWarning,
        stacklevel=stacklevel + 1,
    )
