"""The exceptions quoteattr raises.

    QuoteattrError                      base of everything raised on purpose
    ├── ModelNotFoundError (LookupError) no German Stanza model where Stanza looks
    └── PipelineError (ValueError)       a caller's pipeline lacks what attribution needs

    QuoteattrWarning (UserWarning)       base of the warnings quoteattr gives
    └── LongSentenceWarning              over-long text was cut into pieces before parsing

Bad *input text* never raises (beyond ``TypeError`` for a non-``str``): a quote the
rules cannot attribute comes back with ``speaker=None``.
"""

from __future__ import annotations

__all__ = [
    "LongSentenceWarning",
    "ModelNotFoundError",
    "PipelineError",
    "QuoteattrError",
    "QuoteattrWarning",
]


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class ModelNotFoundError(QuoteattrError, LookupError):
    """No German Stanza model could be loaded."""


class PipelineError(QuoteattrError, ValueError):
    """A Stanza pipeline or document lacks the annotations attribution needs."""


class QuoteattrWarning(UserWarning):
    """Base class of the warnings quoteattr gives."""


class LongSentenceWarning(QuoteattrWarning):
    """A text ran on too long without a sentence end, and was cut into pieces before
    Stanza saw it (see ``docs/limitations.md``). Given once per text."""
