"""quoteattr: who said what in German text.

Find direct quotations in German text and attribute each one to its speaker,
from Stanza's Universal Dependencies parse::

    >>> import quoteattr
    >>> quoteattr.find_quotes("Sie sprach von „großen Dingen“.")[0].text
    'großen Dingen'

``find_quotes`` needs no parser; ``extract`` and ``QuoteExtractor`` add speakers.
"""

from __future__ import annotations

from quoteattr._corpus import speaker_table
from quoteattr._dataframe import to_dataframe
from quoteattr._errors import (
    LongSentenceWarning,
    ModelNotFoundError,
    PipelineError,
    QuoteattrError,
    QuoteattrWarning,
)
from quoteattr._extractor import QuoteExtractor, extract
from quoteattr._formats import format_table, quote_record, read_jsonl, write_csv, write_jsonl
from quoteattr._marks import find_quotes
from quoteattr._model import Cue, Quote, Span, Speaker
from quoteattr._render import Rendering, render
from quoteattr._results import Quotes

__all__ = [
    "Cue",
    "LongSentenceWarning",
    "ModelNotFoundError",
    "PipelineError",
    "Quote",
    "QuoteExtractor",
    "QuoteattrError",
    "QuoteattrWarning",
    "Quotes",
    "Rendering",
    "Span",
    "Speaker",
    "extract",
    "find_quotes",
    "format_table",
    "quote_record",
    "read_jsonl",
    "render",
    "speaker_table",
    "to_dataframe",
    "write_csv",
    "write_jsonl",
]

__version__ = "0.1.0"
