"""Who is quoted how often across a corpus: one row per speaker, name variants merged.

:func:`speaker_rows` counts the quotations and documents of each speaker over many
texts' results; :func:`speaker_table` returns the same as a pandas DataFrame.

- A speaker's name is :attr:`Speaker.name` with its white space normalised ("Donald
  Trump" and "Donald  Trump" are one name).
- A name of one word joins the one longer name in the corpus whose last word it is
  ("Trump" joins "Donald Trump"); when two longer names end in it ("Donald Trump",
  "Ivanka Trump") it stays apart, as its own row.
- A name that does not identify anyone beyond its own text, an unresolved pronoun
  ("er", "ersterer") or a description ("der Minister", "das Ministerium"), is not a name:
  all of them are counted in one row, :data:`UNRESOLVED`, with kind ``"unresolved"``.
  :func:`classify_speaker` decides, from the word lists in
  ``quoteattr/data/unresolved_speakers.txt`` and the role nouns of ``speech_cues.txt``;
  a speaker that carries its own ``kind``/``resolved`` attributes is taken at its word.
- Quotations without a speaker are not counted.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from quoteattr._cues import is_role_noun
from quoteattr._datafile import parse_sections, read_data
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

_DATA_FILE: Final = "unresolved_speakers.txt"
_SECTIONS: Final = ("pronouns", "determiners", "institutions")
_MIN_SUFFIX: Final = 5


@attrs.frozen
class SpeakerRow:
    """One speaker of a corpus: its ``name`` (the longest variant), ``kind``
    (``"named"``, ``"unresolved"``, or the speaker's own ``kind``), the number of
    ``quotes`` (a quotation in several parts counts once) and of ``documents`` it is
    quoted in, and the ``variants``: every name merged into this row, sorted (for the
    unresolved row, the mentions it holds)."""

    name: str
    kind: str
    quotes: int
    documents: int
    variants: tuple[str, ...]


@attrs.frozen
class _Words:
    pronouns: frozenset[str]
    determiners: frozenset[str]
    institutions: frozenset[str]
    suffixes: tuple[str, ...]


@functools.cache
def _words() -> _Words:
    sections = parse_sections(read_data(_DATA_FILE), _DATA_FILE, _SECTIONS)
    fold = {name: frozenset(w.casefold() for w in sections.get(name, [])) for name in _SECTIONS}
    return _Words(
        pronouns=fold["pronouns"],
        determiners=fold["determiners"],
        institutions=fold["institutions"],
        suffixes=tuple(sorted(w for w in fold["institutions"] if len(w) >= _MIN_SUFFIX)),
    )


def _is_description_noun(word: str) -> bool:
    """A role or institution noun, also in the genitive (des Ministeriums, des Ministers)."""
    words = _words()
    for form in _uninflected(word):
        folded = form.casefold()
        if folded in words.institutions or folded.endswith(words.suffixes) or is_role_noun(form):
            return True
    return False


def _uninflected(word: str) -> list[str]:
    forms = [word]
    for ending in ("es", "s", "n"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            forms.append(word[: -len(ending)])
    return forms


def normalise_name(name: str) -> str:
    """``name`` with white space runs as one space and none at the ends."""
    return " ".join(name.split())


def classify_speaker(speaker: Speaker) -> str:
    """``"unresolved"`` for a speaker that names nobody beyond its text (an unresolved
    pronoun or a description), else ``"named"``, or the speaker's own ``kind``.

    A speaker with a ``resolved`` attribute that is false is unresolved; one with a
    ``kind`` attribute keeps it. Otherwise the name is read: a pronoun alone, or
    capitalised words that are all role or institution nouns ("der Minister",
    "eine Sprecherin des Ministeriums"), mean unresolved.
    """
    if getattr(speaker, "resolved", True) is False:
        return "unresolved"
    kind = getattr(speaker, "kind", None)
    if isinstance(kind, str) and kind:
        return kind
    tokens = normalise_name(speaker.name).split()
    words = _words()
    if len(tokens) == 1 and tokens[0].casefold() in words.pronouns:
        return "unresolved"
    content = [t for t in tokens if t.casefold() not in words.determiners and t[:1].isupper()]
    if content and all(_is_description_noun(t) for t in content):
        return "unresolved"
    return "named"


def _documents(data: object) -> list[list[Quote]]:
    """The quote lists of a corpus (or of one text, given as its quotes)."""
    if isinstance(data, Mapping):
        data = list(data.values())
    if isinstance(data, (str, bytes)) or not isinstance(data, Iterable):
        raise TypeError(
            "speaker_table() expects an iterable of Quotes (one per document), of "
            f"(source, quotes) pairs, or a mapping of them; got {type(data).__name__}"
        )
    items = list(data)
    if all(isinstance(item, Quote) for item in items):
        return [items] if items else []
    docs: list[list[Quote]] = []
    for i, item in enumerate(items):
        if isinstance(item, tuple) and len(item) == 2 and not isinstance(item[0], Quote):
            item = item[1]
        if isinstance(item, (str, bytes, Quote)) or not isinstance(item, Iterable):
            raise TypeError(
                f"speaker_table(): item {i} is a {type(item).__name__}, not the quotes of "
                "a document (or a (source, quotes) pair); pass one entry per document"
            )
        quotes = list(item)
        for k, q in enumerate(quotes):
            if not isinstance(q, Quote):
                raise TypeError(
                    f"speaker_table(): item {k} of document {i} is a {type(q).__name__}, "
                    "not a Quote"
                )
        docs.append(quotes)
    return docs


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
            seen.append((d, q, normalise_name(q.speaker.name), kind))
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

    Columns: ``name`` (the fullest variant), ``kind`` (``"named"``, or
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
