"""The exceptions quoteattr raises.

    QuoteattrError                      base of everything raised on purpose
    ├── ModelNotFoundError (LookupError) no German Stanza model where Stanza looks
    └── PipelineError (ValueError)       a caller's pipeline lacks what attribution needs

Bad *input text* never raises (beyond ``TypeError`` for a non-``str``): a quote the
rules cannot attribute comes back with ``speaker=None``.
"""

from __future__ import annotations

__all__ = ["ModelNotFoundError", "PipelineError", "QuoteattrError"]


class QuoteattrError(Exception):
    """Base class of every error quoteattr raises on purpose."""


class ModelNotFoundError(QuoteattrError, LookupError):
    """No German Stanza model could be loaded."""


class PipelineError(QuoteattrError, ValueError):
    """A Stanza pipeline or document lacks the annotations attribution needs."""
