"""quoteattr: who said what in German text.

Find direct quotations in German text and attribute each one to its speaker,
from Stanza's Universal Dependencies parse::

    >>> import quoteattr
    >>> quoteattr.find_quotes("Sie sprach von „großen Dingen“.")[0].text
    'großen Dingen'

``find_quotes`` needs no parser; ``extract`` and ``QuoteExtractor`` add speakers.
"""

from __future__ import annotations

from quoteattr._errors import ModelNotFoundError, PipelineError, QuoteattrError
from quoteattr._extractor import QuoteExtractor, extract
from quoteattr._marks import find_quotes
from quoteattr._model import Cue, Quote, Span, Speaker

__all__ = [
    "Cue",
    "ModelNotFoundError",
    "PipelineError",
    "Quote",
    "QuoteExtractor",
    "QuoteattrError",
    "Span",
    "Speaker",
    "extract",
    "find_quotes",
]

__version__ = "0.1.0"
