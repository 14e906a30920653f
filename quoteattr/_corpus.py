"""Who is quoted how often across a corpus: one row per speaker, name variants merged.

:func:`speaker_rows` counts the quotations and documents of each speaker over many
texts' results; :func:`speaker_table` returns the same as a pandas DataFrame.

- A speaker's name is :attr:`Speaker.name` (white space normalised: "Donald
  Trump" and "Donald  Trump" are one name).
- A name of one word joins the one longer name in the corpus whose last word it is
  ("Trump" joins "Donald Trump"); when two longer names end in it ("Donald Trump",
  "Ivanka Trump") it stays apart, as its own row.
- A speaker whose name is no name (``Speaker.resolved`` false: an unresolved pronoun
  such as "er", or a description such as "der Minister" or "das Ministerium") is counted
  in one row, :data:`UNRESOLVED`, with kind ``"unresolved"``; every other row has the
  speaker's ``kind`` ("person", "organisation", ...).
- Quotations without a speaker are not counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import attrs

from quoteattr._documents import Wording, read_documents
from quoteattr._model import Quote, Speaker

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SPEAKER_COLUMNS",
    "UNRESOLVED",
    "SpeakerRow",
    "classify_speaker",
    "speaker_rows",
    "speaker_table",
]

#: The name of the row that counts every unresolved pronoun and description.
UNRESOLVED: Final = "(unresolved: pronoun or description)"
#: The columns of :func:`speaker_table`, in order.
SPEAKER_COLUMNS: Final = ("name", "kind", "quotes", "documents", "variants")


@attrs.frozen
class SpeakerRow:
    """One speaker of a corpus: its ``name`` (the longest variant), ``kind``
    (the speakers' ``Speaker.kind``, or ``"unresolved"``), the number of
    ``quotes`` (a quotation in several parts counts once) and of ``documents`` it is
    quoted in, and the ``variants``: every name merged into this row, sorted (for the
    unresolved row, the mentions it holds)."""

    name: str
    kind: str
    quotes: int
    documents: int
    variants: tuple[str, ...]


def classify_speaker(speaker: Speaker) -> str:
    """The row kind of a speaker: its ``kind`` ("person", "organisation", ...), or
    ``"unresolved"`` when its name is no name (``Speaker.resolved`` is false)."""
    return speaker.kind if speaker.resolved else "unresolved"


_WORDING = Wording(
    corpus="speaker_table() expects an iterable of Quotes (one per document), of "
    "(source, quotes) pairs, or a mapping of them; got {kind}",
    document="speaker_table(): item {i} is a {kind}, not the quotes of a document (or a "
    "(source, quotes) pair); pass one entry per document",
    quote="speaker_table(): item {k} of document {i} is a {kind}, not a Quote",
)


def _documents(data: object) -> list[list[Quote]]:
    """The quote lists of a corpus (or of one text, given as its quotes); a mapping's
    keys and the sources of pairs are not needed here."""
    documents, _ = read_documents(data, _WORDING, keys_are_sources=False)
    return [quotes for _, quotes in documents]


def _merge_names(names: Iterable[str]) -> dict[str, str]:
    """Each name → the name of its row: a one-word name that is the last word of
    exactly one longer name joins it; every other name is its own row."""
    names = set(names)
    by_last: dict[str, set[str]] = {}
    for name in names:
        parts = name.split()
        if len(parts) > 1:
            by_last.setdefault(parts[-1], set()).add(name)
    merged = {}
    for name in names:
        fits = by_last.get(name, set()) if " " not in name else set()
        merged[name] = next(iter(fits)) if len(fits) == 1 else name
    return merged


def speaker_rows(results: Iterable[Any]) -> list[SpeakerRow]:
    """The speakers of a corpus, most quoted first (ties: more documents, then by name),
    the unresolved row last. ``results`` as for :func:`speaker_table`."""
    docs = _documents(results)
    # (row key, kind) → quotation keys (document, group) and variants
    seen: list[tuple[int, Quote, str, str]] = []  # (doc, quote, name, kind)
    for d, quotes in enumerate(docs):
        for q in quotes:
            if q.speaker is None:
                continue
            kind = classify_speaker(q.speaker)
            seen.append((d, q, q.speaker.name, kind))
    row_of = _merge_names(name for _, _, name, kind in seen if kind != "unresolved")
    quotes_of: dict[str, set[tuple[int, int]]] = {}
    docs_of: dict[str, set[int]] = {}
    variants_of: dict[str, set[str]] = {}
    kinds_of: dict[str, dict[str, int]] = {}
    for d, q, name, kind in seen:
        key = UNRESOLVED if kind == "unresolved" else row_of[name]
        quotes_of.setdefault(key, set()).add((d, q.group))
        docs_of.setdefault(key, set()).add(d)
        variants_of.setdefault(key, set()).add(name)
        kinds = kinds_of.setdefault(key, {})
        kinds[kind] = kinds.get(kind, 0) + 1
    rows = [
        SpeakerRow(
            name=key,
            kind=max(kinds_of[key].items(), key=lambda kv: (kv[1], kv[0]))[0],
            quotes=len(quotes_of[key]),
            documents=len(docs_of[key]),
            variants=tuple(sorted(variants_of[key])),
        )
        for key in quotes_of
    ]
    rows.sort(key=lambda r: (r.name == UNRESOLVED, -r.quotes, -r.documents, r.name))
    return rows


def speaker_table(results: Iterable[Any]) -> pd.DataFrame:
    """Who is quoted how often across a corpus: a pandas DataFrame, one row per speaker.

    ``results`` is an iterable of :class:`~quoteattr.Quotes` (one per document, as
    ``extractor.extract_many(texts)`` yields them), of ``(source, quotes)`` pairs, or a
    mapping ``{source: quotes}``; one document's quotes alone work too.

    Columns: ``name`` (the fullest variant), ``kind`` (``Speaker.kind``: ``"person"``,
    ``"organisation"``, ``"media"``, ``"document"``, ``"unknown"``; or
    ``"unresolved"`` for the one row that counts every unresolved pronoun and
    description, named ``"(unresolved: pronoun or description)"``), ``quotes`` (how many
    quotations; one in several parts counts once), ``documents`` (in how many documents)
    and ``variants`` (the names merged into the row, joined by ``"; "``). Rows are sorted
    by ``quotes``, then ``documents``, descending; the unresolved row comes last.
    Quotations without a speaker are not counted.

    Name variants are merged across documents: white space does not matter, and a
    one-word name joins the one longer name it is the last word of ("Trump" joins
    "Donald Trump"); if two longer names end in it, it stays a row of its own.

    Needs pandas: ``pip install "quoteattr[pandas]"``.

    >>> import quoteattr
    >>> from quoteattr import Quote, Span, Speaker
    >>> def said(text, name):
    ...     return quoteattr.Quotes([Quote(text, 1, 1 + len(text), Span(0, len(text) + 2,
    ...         f"„{text}“"), "„", "“", True, speaker=Speaker(name, Span(0, 1, "x")))],
    ...         text=f"„{text}“")
    >>> corpus = [said("Ja", "Donald Trump"), said("Nein", "Trump"), said("Gut", "er")]
    >>> quoteattr.speaker_table(corpus)[["name", "quotes", "documents"]].values.tolist()
    [['Donald Trump', 2, 2], ['(unresolved: pronoun or description)', 1, 1]]
    """
    from quoteattr._dataframe import _import_pandas

    pandas = _import_pandas("quoteattr.speaker_table()")
    rows = speaker_rows(results)
    frame = pandas.DataFrame(
        [
            {
                "name": r.name,
                "kind": r.kind,
                "quotes": r.quotes,
                "documents": r.documents,
                "variants": "; ".join(r.variants),
            }
            for r in rows
        ],
        columns=list(SPEAKER_COLUMNS),
    )
    dtypes = {"name": "string", "kind": "string", "quotes": "int64", "documents": "int64"}
    return frame.astype({**dtypes, "variants": "string"})  # type: ignore[no-any-return]
