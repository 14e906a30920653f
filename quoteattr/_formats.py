"""Output formats: quotations as flat records, JSON Lines, CSV and a terminal table.

- :func:`quote_record`: one flat ``dict`` per quotation (the CSV columns, in
  :data:`RECORD_FIELDS` order);
- :func:`write_jsonl` / :func:`read_jsonl`: the JSON Lines format, one quotation per
  line as ``{"source": ..., "quote": Quote.to_dict()}``; reading gives back equal
  ``Quote`` objects;
- :func:`write_csv`: flat records as CSV;
- :func:`format_table`: an aligned table for the terminal.

The schemas are documented field by field in ``docs/formats.md``.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, Any, Final, Literal, TypeAlias, overload

import regex

from quoteattr._jsonl import describe, read_records
from quoteattr._model import Quote
from quoteattr._quote_json import quote_from_json

__all__ = [
    "RECORD_FIELDS",
    "format_speakers",
    "format_table",
    "json_document",
    "json_text",
    "printable",
    "quote_record",
    "read_jsonl",
    "write_csv",
    "write_jsonl",
]

#: A file name, or a text stream opened by the caller (left open).
PathOrFile: TypeAlias = str | os.PathLike[str] | IO[str]

#: The keys of :func:`quote_record`, in order: the columns of the CSV output.
RECORD_FIELDS: Final[tuple[str, ...]] = (
    "source",
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "speaker_kind",
    "speaker_resolved",
    "cue",
    "cue_text",
    "cue_start",
    "cue_end",
    "rule",
    "confidence",
    "paragraph",
    "group",
    "part",
    "n_parts",
    "closed",
    "depth",
    "open_mark",
    "close_mark",
    "outer_start",
    "outer_end",
)


def quote_record(quote: Quote, source: str | None = None) -> dict[str, Any]:
    """One quotation as a flat ``dict`` with the keys of :data:`RECORD_FIELDS`.

    ``source`` names where the text came from (a file name, an id); ``speaker`` is
    the speaker's canonical name and ``mention`` the text it was attributed to
    (``"Donald Trump"`` and ``"er"``), ``speaker_kind`` and ``speaker_resolved`` its
    ``Speaker.kind`` and ``Speaker.resolved``; ``cue`` is the cue's lemma (``"sagen"``) and
    ``cue_text`` the word as written (``"sagte"``). The speaker and cue fields are
    ``None`` when the quotation has no speaker or no cue.
    """
    speaker, cue = _checked(quote, "quote_record()").speaker, quote.cue
    return {
        "source": source,
        "kind": quote.kind,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker": speaker.name if speaker is not None else None,
        "mention": speaker.mention.text if speaker is not None else None,
        "mention_start": speaker.mention.start if speaker is not None else None,
        "mention_end": speaker.mention.end if speaker is not None else None,
        "speaker_kind": speaker.kind if speaker is not None else None,
        "speaker_resolved": speaker.resolved if speaker is not None else None,
        "cue": cue.lemma if cue is not None else None,
        "cue_text": cue.span.text if cue is not None else None,
        "cue_start": cue.span.start if cue is not None else None,
        "cue_end": cue.span.end if cue is not None else None,
        "rule": quote.rule,
        "confidence": quote.confidence,
        "paragraph": quote.paragraph,
        "group": quote.group,
        "part": quote.part,
        "n_parts": quote.n_parts,
        "closed": quote.closed,
        "depth": quote.depth,
        "open_mark": quote.open_mark,
        "close_mark": quote.close_mark,
        "outer_start": quote.outer.start,
        "outer_end": quote.outer.end,
    }


def json_document(quotes: Iterable[Quote], source: str | None = None) -> dict[str, Any]:
    """One text's quotations as JSON-ready data: ``{"source": ..., "quotes": [...]}``,
    each quotation as :meth:`Quote.to_dict` gives it (the ``--format json`` layout)."""
    return {"source": source, "quotes": [_checked(q).to_dict() for q in quotes]}


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------


def write_jsonl(quotes: Iterable[Quote], file: PathOrFile, *, source: str | None = None) -> int:
    """Write quotations as JSON Lines, one per line: ``{"source": ..., "quote": {...}}``.

    ``file`` is a path (created or overwritten) or an open text stream (written at its
    current position and left open, so several texts can share one file, each with
    its own ``source``). Returns the number of lines written.
    :func:`read_jsonl` reads the quotations back unchanged.
    """
    n = 0
    with _opened(file, "w") as out:
        for quote in quotes:
            line = {"source": source, "quote": _checked(quote).to_dict()}
            out.write(json_text(line) + "\n")
            n += 1
    return n


@overload
def read_jsonl(file: PathOrFile, *, by_source: Literal[False] = False) -> list[Quote]: ...


@overload
def read_jsonl(file: PathOrFile, *, by_source: Literal[True]) -> dict[str | None, list[Quote]]: ...


def read_jsonl(
    file: PathOrFile, *, by_source: bool = False
) -> list[Quote] | dict[str | None, list[Quote]]:
    """Read quotations written by :func:`write_jsonl` (or ``quoteattr --format jsonl``).

    Returns the quotations in file order, or with ``by_source=True`` a ``dict`` from
    each ``source`` (in order of first appearance) to its quotations. Blank lines are
    skipped. Raises :class:`FileNotFoundError` for a missing file and
    :class:`ValueError` naming the file, the line and the problem for anything that
    is not a quotation record.
    """
    records = list(read_records(file, _parse_jsonl_line))
    if not by_source:
        return [quote for _, quote in records]
    grouped: dict[str | None, list[Quote]] = {}
    for source, quote in records:
        grouped.setdefault(source, []).append(quote)
    return grouped


def json_text(data: object, indent: int | None = None) -> str:
    """``data`` as JSON, non-ASCII characters as they are, but a lone surrogate (which
    no UTF-8 file can hold) as its ``\\udXXX`` escape, which JSON readers turn back
    into the same string."""
    out = json.dumps(data, ensure_ascii=False, indent=indent)
    return str(_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", out))


_SURROGATE = regex.compile("[\ud800-\udfff]")


def _parse_jsonl_line(obj: dict[str, Any], _lineno: int) -> tuple[str | None, Quote]:
    unknown = sorted(set(obj) - {"source", "quote"})
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(map(repr, unknown))}")
    source = obj.get("source")
    if source is not None and not isinstance(source, str):
        raise ValueError(f'"source" must be a string or null, got {describe(source)}')
    if "quote" not in obj:
        raise ValueError('missing "quote" (a JSON object)')
    data = obj["quote"]
    if not isinstance(data, dict):
        raise ValueError(f'"quote" must be an object, got {describe(data)}')
    return source, quote_from_json(data)


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def write_csv(
    quotes: Iterable[Quote],
    file: PathOrFile,
    *,
    source: str | None = None,
    header: bool = True,
) -> int:
    """Write quotations as CSV, one row per :func:`quote_record`, columns in
    :data:`RECORD_FIELDS` order.

    ``None`` becomes an empty cell, booleans ``true``/``false``; rows end in ``\\n``.
    ``file`` is a path (created or overwritten) or an open text stream (left open):
    to put several texts in one file, write the first with ``header=True`` and the
    rest with ``header=False``. Returns the number of rows written, header excluded.
    """
    n = 0
    with _opened(file, "w", newline="") as out:
        if header:
            out.write(_csv_row(RECORD_FIELDS))
        for quote in quotes:
            record = quote_record(_checked(quote), source)
            out.write(_csv_row([record[field] for field in RECORD_FIELDS]))
            n += 1
    return n


def _csv_row(values: Iterable[object]) -> str:
    """One CSV row ending in ``\\n``. A field is quoted when it holds a comma, a double
    quote, ``\\n`` or ``\\r`` (Python's ``csv`` module leaves a bare ``\\r`` unquoted
    when rows end in ``\\n``, and readers then split the row)."""
    return ",".join(_csv_cell(value) for value in values) + "\n"


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    cell = str(value)
    if any(c in cell for c in _CSV_SPECIAL):
        return '"' + cell.replace('"', '""') + '"'
    return cell


_CSV_SPECIAL: Final = frozenset(',"\r\n')


# ---------------------------------------------------------------------------
# Terminal table
# ---------------------------------------------------------------------------

_GAP: Final = "  "
_NO_SPEAKER: Final = "—"
_HEADERS: Final = ("speaker", "mention", "rule", "offsets", "quote")
_OFFSETS: Final = 3
#: Layouts tried in turn, until the quote column gets at least its minimum width:
#: (the columns shown, the widest each may grow (0: no limit), the quote's minimum).
#: The metadata gives way first: shortened, then the mention left out, then the rule.
_LAYOUTS: Final = (
    ((0, 1, 2, 3), (0, 0, 0, 0), 40),
    ((0, 1, 2, 3), (20, 14, 16, 0), 30),
    ((0, 2, 3), (16, 12, 0), 28),
    ((0, 3), (14, 0), 16),
)


def format_table(
    quotes: Sequence[Quote], *, width: int | None = None, truncate: bool = True
) -> str:
    """An aligned, plain-text table of quotations: speaker, mention, rule, offsets of
    the content, and the quotation with its marks, shortened with ``…`` to fit.

    ``width`` is the line width in terminal columns (default: the terminal's width,
    or ``COLUMNS``, or 100). Where the line is narrow, the other columns give way to
    the quotation: long speakers, mentions and rules are shortened first, then the
    mention column is left out, then the rule; the quotation keeps at least 16
    columns, so below about 40 columns lines can run longer than ``width``.
    ``truncate=False`` shortens nothing: every column as wide as its longest entry,
    the quotation in full, whatever the width.
    Wide characters (CJK, emoji) count as two columns and combining marks as none;
    line breaks in a quotation show as spaces and control characters as ``�``.
    No quotations give ``"(no quotations)"``. The result ends without a newline.
    """
    if not isinstance(quotes, Sequence) or isinstance(quotes, str):
        raise TypeError(f"format_table() expects a sequence of Quote, got {type(quotes).__name__}")
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    if not quotes:
        return "(no quotations)"
    rows = [_table_row(_checked(q)) for q in quotes]
    longest_quote = max(_display_width(_shown_quote(q, 10**9)) for q in quotes)
    layouts = _LAYOUTS[:1] if not truncate else _LAYOUTS
    for columns, caps, min_quote in layouts:
        widths = {}
        for col, cap in zip(columns, caps, strict=True):
            natural = max(_display_width(r[col]) for r in [*rows, _HEADERS])
            widths[col] = min(natural, cap) if cap else natural
        room = width - sum(widths.values()) - len(_GAP) * len(widths)
        if room >= min(min_quote, longest_quote):
            break
    quote_width = max(room, min_quote) if truncate else longest_quote
    lines = [_table_line(_HEADERS, widths, quote_width)]
    lines.append(_GAP.join("-" * w for w in [*widths.values(), min(quote_width, 5)]))
    for row, quote in zip(rows, quotes, strict=True):
        lines.append(_table_line((*row, _shown_quote(quote, quote_width)), widths, quote_width))
    return "\n".join(line.rstrip() for line in lines)


_SPEAKER_HEADERS: Final = ("quotes", "documents", "kind", "speaker", "variants")


def format_speakers(rows: Sequence[Any], *, width: int | None = None, truncate: bool = True) -> str:
    """The speaker table of a corpus (rows of ``quoteattr._corpus.speaker_rows``) as
    aligned text: quotations, documents, kind, name, and the merged name variants,
    shortened with ``…`` to ``width`` columns (default: the terminal's) unless
    ``truncate`` is false. No rows give ``"(no speakers)"``; no newline at the end."""
    if width is None:
        width = shutil.get_terminal_size((100, 24)).columns
    if not rows:
        return "(no speakers)"
    cells = [
        (str(r.quotes), str(r.documents), r.kind, _clean(r.name), _clean("; ".join(r.variants)))
        for r in rows
    ]
    widths = [max(_display_width(c[k]) for c in [*cells, _SPEAKER_HEADERS]) for k in range(4)]
    lines = []
    for k, line in enumerate([_SPEAKER_HEADERS, None, *cells]):
        if line is None:
            lines.append(_GAP.join("-" * w for w in [*widths, 8]))
            continue
        shown = [
            (" " * (w - _display_width(c)) + c)
            if i < 2 and k
            else c + " " * (w - _display_width(c))
            for i, (c, w) in enumerate(zip(line[:4], widths, strict=True))
        ]
        text = _GAP.join([*shown, line[4]])
        lines.append(_truncate(text, width) if truncate else text)
    return "\n".join(line.rstrip() for line in lines)


def _table_row(q: Quote) -> tuple[str, str, str, str]:
    speaker = _clean(q.speaker.name) if q.speaker is not None else _NO_SPEAKER
    mention = _clean(q.speaker.mention.text) if q.speaker is not None else ""
    return speaker, mention, q.rule or "", f"{q.start}-{q.end}"


def _table_line(cells: Sequence[str], widths: dict[int, int], quote_width: int) -> str:
    """One line: the chosen columns padded (offsets right-aligned), then the quote."""
    out = []
    for col, w in widths.items():
        shown = _truncate(cells[col], w)
        pad = " " * (w - _display_width(shown))
        out.append(pad + shown if col == _OFFSETS else shown + pad)
    out.append(_truncate(cells[-1], quote_width))
    return _GAP.join(out)


def _shown_quote(q: Quote, width: int) -> str:
    """The quotation with its marks, its content shortened so that the whole fits."""
    marks = _clean(q.open_mark) + _clean(q.close_mark)
    content = _truncate(_clean(q.text), max(1, width - _display_width(marks)))
    return _clean(q.open_mark) + content + _clean(q.close_mark)


def _clean(text: str) -> str:
    """One line of printable text: white space runs as one space, controls as �."""
    return printable(" ".join(text.split()))


def printable(text: str) -> str:
    """``text`` safe to show on a terminal: control characters (ESC, ...) and the
    bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069), which reorder
    what follows on the screen, as �."""
    return "".join("\ufffd" if _unprintable(c) else c for c in text)


def _unprintable(c: str) -> bool:
    return unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS


_BIDI_CONTROLS: Final = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _char_width(c: str) -> int:
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def _display_width(text: str) -> int:
    """How many terminal columns ``text`` takes."""
    return sum(_char_width(c) for c in text)


def _truncate(text: str, width: int) -> str:
    """``text`` shortened with ``…`` to at most ``width`` columns."""
    if _display_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = _char_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out).rstrip() + "…"


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def _checked(quote: object, where: str = "") -> Quote:
    if not isinstance(quote, Quote):
        what = f"{where} expects a Quote" if where else "expected Quote objects"
        raise TypeError(f"{what}, got {type(quote).__name__}")
    return quote


@contextmanager
def _opened(file: PathOrFile, mode: str, newline: str | None = None) -> Iterator[IO[str]]:
    """Open a path (and close it afterwards), or pass a caller's stream through.

    A file written here that fails half-way (text no UTF-8 file can hold, a full disk)
    is removed, so no truncated file is left behind; the error is raised."""
    if isinstance(file, (str, os.PathLike)):
        with open(file, mode, encoding="utf-8", newline=newline) as handle:
            try:
                yield handle
            except BaseException as exc:
                if mode == "w":
                    handle.close()
                    remove_regular_file(file)
                    if isinstance(exc, UnicodeEncodeError):
                        raise ValueError(
                            f"cannot write {os.fspath(file)!r} as UTF-8: the text holds a "
                            f"lone surrogate (U+{ord(exc.object[exc.start]):04X}); nothing "
                            "was written"
                        ) from None
                raise
    elif hasattr(file, "read" if mode == "r" else "write"):
        yield file
    else:
        wanted = "read from" if mode == "r" else "written to"
        raise TypeError(
            f"file must be a path or a text stream to be {wanted}, got {type(file).__name__}"
        )


def remove_regular_file(path: str | os.PathLike[str]) -> None:
    """Remove ``path`` if it is a regular file (never a device, a FIFO or a link's
    target): the cleanup after a failed write."""
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except OSError:
        pass
