"""Reading JSON Lines: one JSON object per line of UTF-8 text.

Both readers of the project, :func:`quoteattr.read_jsonl` (quotations) and
:func:`quoteattr.evaluation.load_gold` (gold documents), read their files through
:func:`read_records`, so that every malformed line, whatever is wrong with it, raises
one :class:`ValueError` that names the file, the line and the problem.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any, Final, TypeAlias, TypeVar

__all__ = ["PathOrFile", "describe", "json_object", "name_of", "read_records"]

#: A file name, or a text stream opened by the caller (left open).
PathOrFile: TypeAlias = str | os.PathLike[str] | IO[str]

_T = TypeVar("_T")

#: Bytes that are not UTF-8 come through ``errors="surrogateescape"`` as these.
_ESCAPED_BYTE: Final = re.compile("[\udc80-\udcff]")
_SHOWN_MAX: Final = 40


def read_records(file: PathOrFile, parse: Callable[[dict[str, Any], int], _T]) -> Iterator[_T]:
    """``parse(obj, lineno)`` for the JSON object on each non-blank line of ``file``.

    A line that is not UTF-8, not JSON or not a JSON object, and any ``ValueError``
    that ``parse`` raises, ends the reading with ``ValueError("FILE, line N: ...")``.
    A missing file raises :class:`FileNotFoundError`.
    """
    name = name_of(file)
    lineno = 0
    try:
        with _opened(file) as handle:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = parse(json_object(line), lineno)
                except ValueError as exc:
                    raise ValueError(f"{name}, line {lineno}: {exc}") from None
                yield record
    except UnicodeDecodeError as exc:  # a caller's stream that decodes by itself
        where = f"{name}, after line {lineno}" if lineno else name
        raise ValueError(f"{where}: not readable as text ({exc.reason})") from None


def json_object(line: str) -> dict[str, Any]:
    """One line of JSON Lines as an object; ``ValueError`` saying what is wrong with it."""
    bad = _ESCAPED_BYTE.search(line)
    if bad is not None:
        byte = ord(bad.group()) - 0xDC00
        raise ValueError(
            f"not UTF-8: byte 0x{byte:02X} at column {bad.start() + 1} "
            "(the file must be saved as UTF-8)"
        )
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    except RecursionError:
        raise ValueError("invalid JSON: nested too deeply") from None
    except ValueError as exc:  # an integer with too many digits, for example
        raise ValueError(f"invalid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise ValueError(f"expected a JSON object, got {_json_type(obj)}")
    return obj


def describe(value: object) -> str:
    """``value`` as JSON writes it, shortened to about 40 characters, for messages."""
    try:
        shown = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        shown = repr(value)
    return shown if len(shown) <= _SHOWN_MAX else shown[: _SHOWN_MAX - 1] + "…"


def name_of(file: PathOrFile) -> str:
    """How messages name ``file``: its path, or a stream's ``name``."""
    if isinstance(file, (str, os.PathLike)):
        return os.fspath(file)
    return str(getattr(file, "name", "<stream>"))


def _json_type(value: object) -> str:
    names = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


@contextmanager
def _opened(file: PathOrFile) -> Iterator[IO[str]]:
    """A path opened as UTF-8 that lets bad bytes through (:func:`json_object` names
    them with their line), or a caller's stream, passed through and left open."""
    if isinstance(file, (str, os.PathLike)):
        with open(file, encoding="utf-8", errors="surrogateescape") as handle:
            yield handle
    else:
        yield file
