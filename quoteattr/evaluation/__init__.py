"""Score quotation extraction and speaker attribution against gold annotation.

Gold data is JSON Lines, one article per line (see ``docs/evaluation.md``): the
German Wikinews quotation corpus ships in that form, and you can bring your own.

>>> gold = load_gold("dev.jsonl")                                    # doctest: +SKIP
>>> result = evaluate(gold, QuoteExtractor().extract, progress=True)  # doctest: +SKIP
>>> print(result.format())                                           # doctest: +SKIP

Scoring in short (the exact definitions are in ``docs/evaluation.md``):

- a predicted quote *matches* a gold quote when their inner spans (the content
  without quotation marks) overlap by at least half of the longer of the two;
  predictions and gold quotes are paired one-to-one, greedily by largest overlap;
- *quote detection* scores all predicted quotes, *speech quotes* only those that
  carry a speaker, both against all gold quotes;
- *speaker accuracy* is judged on speech-matched gold quotes that have a gold
  speaker: right when the predicted mention overlaps the gold mention, or when the
  predicted speaker's name shares a name token with the gold mention; *speaker
  accuracy (all found)* is judged on every found gold quote that has a gold speaker,
  and a quote found without a speaker counts as wrong;
- *end-to-end* needs both: a matched quote with the right speaker, counted over the
  gold quotes that have a speaker;
- indirect speech (``--kinds direct,indirect``) is scored apart, against the gold's
  ``other_quotes`` of types Indirect and IndirectFreeIndirect: :func:`score_indirect`.

:func:`render_errors_html` shows every error in its context, as one HTML page.
Run ``python -m quoteattr.evaluation GOLD.jsonl`` for the command line.
"""

from __future__ import annotations

from quoteattr.evaluation._cli import main
from quoteattr.evaluation._gold import GoldDoc, GoldQuote, is_partial_quote, load_gold
from quoteattr.evaluation._indirect import (
    CONSTRUCTIONS,
    INDIRECT_TYPES,
    GoldIndirect,
    IndirectResult,
    construction,
    gold_indirect,
    score_indirect,
)
from quoteattr.evaluation._matching import (
    NAME_STOPWORDS,
    name_tokens,
    overlap,
    spans_match,
    speaker_correct,
)
from quoteattr.evaluation._report import render_errors_html
from quoteattr.evaluation._results import (
    ERROR_KINDS,
    KIND_LABELS,
    PRF,
    Accuracy,
    ErrorKind,
    ErrorRecord,
    EvaluationResult,
    KindStats,
    RuleStats,
)
from quoteattr.evaluation._scoring import evaluate, score

__all__ = [
    "CONSTRUCTIONS",
    "ERROR_KINDS",
    "INDIRECT_TYPES",
    "KIND_LABELS",
    "NAME_STOPWORDS",
    "PRF",
    "Accuracy",
    "ErrorKind",
    "ErrorRecord",
    "EvaluationResult",
    "GoldDoc",
    "GoldIndirect",
    "GoldQuote",
    "IndirectResult",
    "KindStats",
    "RuleStats",
    "construction",
    "evaluate",
    "gold_indirect",
    "is_partial_quote",
    "load_gold",
    "main",
    "name_tokens",
    "overlap",
    "render_errors_html",
    "score",
    "score_indirect",
    "spans_match",
    "speaker_correct",
]
