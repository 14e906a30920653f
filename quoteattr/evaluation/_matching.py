"""Matching: when a predicted span matches a gold span, and when a predicted speaker
fits the gold mention."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

import regex

from quoteattr._model import Span, Speaker

__all__ = [
    "NAME_STOPWORDS",
    "greedy_match",
    "name_tokens",
    "overlap",
    "spans_match",
    "speaker_correct",
]

#: Words that never count as a shared *name* token: articles, pronouns, prepositions
#: and conjunctions, forms of address and academic titles, and the generic role noun
#: "Sprecher". A gold "er" or "Der Sprecher" therefore has no name tokens at all and
#: is matched by the mention's span only.
NAME_STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        # articles
        "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "einer", "eines", "einem", "einen",
        # personal, possessive, demonstrative and relative pronouns
        "ich", "du", "er", "sie", "es", "wir", "ihr", "ihm", "ihn", "ihnen", "man", "sich",
        "mich", "mir", "uns", "euch", "sein", "seine", "seiner", "seinem", "seinen", "seines",
        "ihre", "ihrer", "ihrem", "ihren", "ihres", "unser", "unsere",
        "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes",
        "derselbe", "dieselbe", "ersterer", "erstere", "letzterer", "letztere",
        "welcher", "welche", "welches", "wer",
        # prepositions and conjunctions
        "von", "vom", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "aus", "bei", "beim",
        "mit", "für", "über", "gegenüber", "laut", "nach", "und", "oder", "sowie",
        # forms of address and titles
        "herr", "herrn", "frau", "dr", "prof", "professor", "professorin",
        "sir", "mr", "mrs", "ms", "monsieur", "madame",
        # generic role noun
        "sprecher", "sprecherin", "sprechers",
    }
)  # fmt: skip

_TOKEN_SPLIT: Final = regex.compile(r"[\s\-‐‑‒–—]+")
_EDGE_PUNCT: Final = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The number of characters the half-open spans ``a`` and ``b`` share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (inner) spans match: identical, or overlapping by at least half
    of the longer one."""
    if a == b:
        return True
    shared = overlap(a, b)
    return shared > 0 and 2 * shared >= max(a[1] - a[0], b[1] - b[0])


def greedy_match(
    preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]], *, exact: bool = False
) -> dict[int, int]:
    """Pair predictions with gold spans one-to-one: ``{pred index: gold index}``.

    Candidate pairs (identical spans if ``exact``, else :func:`spans_match`) are taken
    greedily by largest overlap; ties go to the smaller length difference, then to
    the earlier prediction and gold span.
    """
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if (p == g) if exact else spans_match(p, g):
                size_gap = abs((p[1] - p[0]) - (g[1] - g[0]))
                candidates.append((-overlap(p, g), size_gap, i, j))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _neg, _gap, i, j in candidates:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def name_tokens(text: str) -> frozenset[str]:
    """The name tokens of a mention or name, for :func:`speaker_correct`.

    The text is split on whitespace and hyphens; punctuation is stripped from both
    ends of each token, which is then case-folded. Tokens shorter than 2 characters
    and :data:`NAME_STOPWORDS` are dropped: "RTL-Chefin Anke Schäferkordt" gives
    {"rtl", "chefin", "anke", "schäferkordt"}, "er" gives nothing.
    """
    tokens = set()
    for raw in _TOKEN_SPLIT.split(text):
        token = _EDGE_PUNCT.sub("", raw).casefold()
        if len(token) >= 2 and token not in NAME_STOPWORDS:
            tokens.add(token)
    return frozenset(tokens)


def speaker_correct(predicted: Speaker, gold: Sequence[Span]) -> bool:
    """Whether a predicted speaker fits the gold mention (given as its spans).

    Correct when the predicted mention span overlaps any gold span by at least one
    character, or when ``predicted.name`` shares a name token (:func:`name_tokens`)
    with the gold mention's text.
    """
    pred_span = (predicted.mention.start, predicted.mention.end)
    if any(overlap(pred_span, (g.start, g.end)) > 0 for g in gold):
        return True
    gold_tokens = frozenset().union(*(name_tokens(g.text) for g in gold))
    return bool(name_tokens(predicted.name) & gold_tokens)
