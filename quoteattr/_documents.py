"""The documents of a corpus argument, as :func:`quoteattr.to_dataframe` and
:func:`quoteattr.speaker_table` take it.

Both accept one text's quotes (an iterable of :class:`~quoteattr.Quote`) or a corpus:
an iterable of quote lists, of ``(source, quotes)`` pairs, or a mapping
``{source: quotes}``. :func:`read_documents` reads that shape once for both; each caller
words its own errors (:class:`Wording`) and says what a mapping's keys are to it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

import attrs

from quoteattr._model import Quote

__all__ = ["Wording", "read_documents"]


@attrs.frozen
class Wording:
    """The ``TypeError`` messages of one public function, as ``str.format`` templates
    with the fields ``kind`` (the type name of what is wrong), ``i`` (the position of the
    document) and ``k`` (the position of the quote in it)."""

    #: the argument is no iterable, or a str: ``kind``
    corpus: str
    #: document ``i`` is no iterable of quotes: ``i``, ``kind``
    document: str
    #: item ``k`` of document ``i`` is no Quote: ``i``, ``k``, ``kind``
    quote: str
    #: a Quote among documents (``i``; ``kind`` is "Quote"); by default as ``document``
    quote_among_documents: str = attrs.field(
        default=attrs.Factory(lambda self: self.document, takes_self=True)
    )
    #: as ``document``, for the quotes of a ``(source, quotes)`` pair
    pair_document: str = attrs.field(
        default=attrs.Factory(lambda self: self.document, takes_self=True)
    )
    #: as ``quote``, for the quotes of a ``(source, quotes)`` pair
    pair_quote: str = attrs.field(default=attrs.Factory(lambda self: self.quote, takes_self=True))


def _is_pair(item: object) -> TypeGuard[tuple[Any, Any]]:
    return isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Quote)


def read_documents(
    data: object, wording: Wording, *, keys_are_sources: bool
) -> tuple[list[tuple[object, list[Quote]]], bool]:
    """The ``(source, quotes)`` of each document in ``data``, and whether ``data`` is a
    corpus (``False``: one text's quotes, given alone, as one document, none if empty).

    A document's source is the first of its ``(source, quotes)`` pair, else its position.
    A mapping is read as its ``(key, value)`` pairs where ``keys_are_sources``, else as
    the iterable of its values (its keys dropped). A tuple of two whose first is a Quote
    is a document, not a pair. Raises ``TypeError`` in the caller's ``wording``.
    """
    if isinstance(data, Mapping):
        data = list(data.items() if keys_are_sources else data.values())
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise TypeError(wording.corpus.format(kind=type(data).__name__))
    items = list(data)
    if all(isinstance(item, Quote) for item in items):
        return ([(0, items)] if items else []), False
    documents: list[tuple[object, list[Quote]]] = []
    for i, item in enumerate(items):
        if isinstance(item, Quote):
            raise TypeError(wording.quote_among_documents.format(i=i, kind="Quote"))
        source: object = i
        not_a_document, not_a_quote = wording.document, wording.quote
        if _is_pair(item):
            source, item = item
            not_a_document, not_a_quote = wording.pair_document, wording.pair_quote
        if isinstance(item, (str, bytes, Quote)) or not isinstance(item, Iterable):
            raise TypeError(not_a_document.format(i=i, kind=type(item).__name__))
        quotes = list(item)
        for k, q in enumerate(quotes):
            if not isinstance(q, Quote):
                raise TypeError(not_a_quote.format(i=i, k=k, kind=type(q).__name__))
        documents.append((source, quotes))
    return documents, True
