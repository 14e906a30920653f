"""Quotations as a pandas DataFrame: one row per quote, flat columns.

pandas is optional (``pip install "quoteattr[pandas]"``); it is imported only when
:func:`to_dataframe` is called.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from quoteattr._documents import Wording, read_documents
from quoteattr._formats import RECORD_FIELDS, quote_record
from quoteattr._model import Quote

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe"]

_COUNTS = frozenset({"paragraph", "group", "part", "n_parts", "depth"})


def _dtype(column: str) -> str:
    """The pandas dtype of a record column. The nullable dtypes (string, Int64) hold
    <NA> where a quote has no speaker, cue or rule."""
    if column == "confidence":
        return "float64"
    if column == "closed":
        return "bool"
    if column == "speaker_resolved":
        return "boolean"  # nullable: <NA> for a quote without a speaker
    if column.endswith(("start", "end")) or column in _COUNTS:
        return "Int64" if column.startswith(("mention_", "cue_")) else "int64"
    return "string"


# The columns of to_dataframe(): the flat record of the other formats, without source.
_COLUMNS: dict[str, str] = {c: _dtype(c) for c in RECORD_FIELDS if c != "source"}


def _import_pandas(what: str = "quoteattr.to_dataframe()") -> Any:
    try:
        import pandas
    except ImportError as exc:
        raise ImportError(
            f"{what} needs pandas, which is not installed; "
            'install it with: pip install "quoteattr[pandas]"'
        ) from exc
    return pandas


def _row(q: Quote) -> dict[str, Any]:
    """The flat record of the other output formats, without its ``source``."""
    record = quote_record(q)
    del record["source"]
    return record


_WORDING = Wording(
    corpus="to_dataframe() expects quotes (an iterable of Quote) or a corpus (an iterable "
    "of quote lists or of (source, quotes) pairs), got {kind}",
    quote_among_documents="to_dataframe(): item {i} is a Quote, but other items are "
    "documents; pass either quotes or documents, not both",
    document="to_dataframe(): document {i} is a {kind}, not a list of Quote",
    quote="to_dataframe(): item {k} of document {i} is a {kind}, not a Quote",
    pair_document="to_dataframe(): the quotes of document {i} is a {kind}, not a list of Quote",
    pair_quote="to_dataframe(): item {k} of the quotes of document {i} is a {kind}, not a Quote",
)


def _rows(data: object) -> tuple[list[dict[str, Any]], bool]:
    """The rows, and whether they carry a ``source`` column (a corpus's do)."""
    documents, corpus = read_documents(data, _WORDING, keys_are_sources=True)
    if not corpus:
        return [_row(q) for _, quotes in documents for q in quotes], False
    return [{"source": source, **_row(q)} for source, quotes in documents for q in quotes], True


def to_dataframe(quotes: Iterable[Any]) -> pd.DataFrame:
    """The quotations as a pandas DataFrame, one row per :class:`~quoteattr.Quote`.

    Columns: ``text``, ``start``, ``end`` (content offsets), ``speaker`` (the
    canonical name), ``mention``, ``mention_start``, ``mention_end``, ``speaker_kind``,
    ``speaker_resolved``, ``cue`` (the
    lemma), ``cue_text``, ``cue_start``, ``cue_end``, ``rule``, ``confidence``,
    ``paragraph``, ``group``, ``part``, ``n_parts``, ``closed``, ``depth``,
    ``open_mark``, ``close_mark``, ``outer_start``, ``outer_end``. Text columns have
    the ``string`` dtype, offsets ``int64`` (``Int64`` for the speaker's and cue's, which
    may be missing), ``confidence`` is ``float64``, ``closed`` ``bool`` and
    ``speaker_resolved`` the nullable ``boolean``. A quote
    without speaker, cue or rule has ``<NA>`` in those columns, so
    ``df["speaker"].value_counts()`` counts attributed quotes only.

    ``quotes`` is one document's quotes (``extract(text)``, ``find_quotes(text)``, any
    iterable of ``Quote``), or a corpus; a corpus adds a first column ``source``:

    - an iterable of quote lists, as ``extractor.extract_many(texts)`` yields them:
      ``source`` is the position of the document (0, 1, ...);
    - an iterable of ``(source, quotes)`` pairs, for example
      ``zip(filenames, extractor.extract_many(texts))``, or a mapping
      ``{source: quotes}``: ``source`` is the given key.

    Needs pandas: ``pip install "quoteattr[pandas]"`` (``ImportError`` saying so if it
    is missing).

    >>> import quoteattr
    >>> df = quoteattr.to_dataframe(quoteattr.find_quotes("Sie sprach von „großen Dingen“."))
    >>> df[["text", "start", "end"]].values.tolist()
    [['großen Dingen', 16, 29]]
    """
    pandas = _import_pandas()
    rows, with_source = _rows(quotes)
    columns = ["source", *_COLUMNS] if with_source else list(_COLUMNS)
    frame = pandas.DataFrame(rows, columns=columns)
    return frame.astype(_COLUMNS)  # type: ignore[no-any-return]  # source: as pandas infers
