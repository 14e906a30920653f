"""A quotation from its JSON form (``Quote.to_dict()`` read back from JSON), checked
field by field, so that a bad record gets a message naming the field.

The schema is the ``quote`` object of ``docs/formats.md``: every field of
:class:`~quoteattr.Quote` is required and no other field is allowed; a span is
``{"start", "end", "text"}``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, Final, TypeGuard

import attrs

from quoteattr._jsonl import describe
from quoteattr._model import KINDS, SPEAKER_KINDS, Cue, Quote, Span, Speaker

__all__ = ["quote_from_json"]

_QUOTE_FIELDS: Final = tuple(a.name for a in attrs.fields(Quote))
#: Fields a record may leave out (written before they existed), with their default.
_OPTIONAL_FIELDS: Final = {"kind": "direct"}
_SPAN_FIELDS: Final = ("start", "end", "text")
_SPEAKER_FIELDS: Final = ("name", "mention")
#: Fields a speaker may leave out (files written before quoteattr had them).
_SPEAKER_OPTIONAL: Final = ("kind", "resolved")
_CUE_FIELDS: Final = ("lemma", "span")


class _FieldError(ValueError):
    """A bad field; ``path`` is where it sits, for example ``cue.span.end``."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f'"{path}" {problem}')


def quote_from_json(data: object) -> Quote:
    """The :class:`Quote` that ``data`` describes; ``ValueError`` naming the field and
    the problem (``quote: "start" must be an integer >= 0, got true``) otherwise."""
    try:
        return _quote(data)
    except ValueError as exc:
        raise ValueError(f"quote: {exc}") from None


def _quote(data: object) -> Quote:
    if isinstance(data, dict):
        data = {**_OPTIONAL_FIELDS, **data}
    obj = _fields(data, "", _QUOTE_FIELDS)
    values: dict[str, Any] = {
        "text": _str(obj, "text"),
        "outer": _span(obj["outer"], "outer"),
        "open_mark": _str(obj, "open_mark"),
        "close_mark": _str(obj, "close_mark"),
        "closed": _bool(obj, "closed"),
        "speaker": _optional(obj, "speaker", _speaker),
        "cue": _optional(obj, "cue", _cue),
        "rule": _optional(obj, "rule", _string),
        "confidence": _confidence(obj),
        "kind": _kind(obj),
    }
    for name in ("start", "end", "depth", "paragraph", "part", "group"):
        values[name] = _count(obj, name)
    values["n_parts"] = _count(obj, "n_parts", least=1)
    return Quote(**values)  # its own checks (the text fits the span, ...) name their fields


def _kind(obj: Mapping[str, Any]) -> str:
    value = obj["kind"]
    if value not in KINDS:
        raise _FieldError("kind", f"must be one of {', '.join(KINDS)}, got {describe(value)}")
    return str(value)


def _fields(
    data: object, path: str, names: tuple[str, ...], optional: tuple[str, ...] = ()
) -> Mapping[str, Any]:
    """``data`` as an object with exactly the fields ``names``, and maybe ``optional``."""
    where = f'"{path}" ' if path else ""
    if not isinstance(data, dict):
        raise ValueError(f"{where}must be an object, got {describe(data)}")
    missing = [n for n in names if n not in data]
    if missing:
        raise ValueError(f"{where}missing field(s) {', '.join(map(repr, missing))}")
    unknown = sorted(set(data) - set(names) - set(optional))
    if unknown:
        raise ValueError(f"{where}unknown field(s) {', '.join(map(repr, unknown))}")
    return {f"{path}.{k}" if path else k: v for k, v in data.items()}


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _count(obj: Mapping[str, Any], key: str, *, least: int = 0) -> int:
    value = obj[key]
    if not (_is_int(value) and value >= least):
        raise _FieldError(key, f"must be an integer >= {least}, got {describe(value)}")
    return value


def _str(obj: Mapping[str, Any], key: str) -> str:
    return _string(obj[key], key)


def _string(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise _FieldError(path, f"must be a string, got {describe(value)}")
    return value


def _bool(obj: Mapping[str, Any], key: str) -> bool:
    value = obj[key]
    if not isinstance(value, bool):
        raise _FieldError(key, f"must be true or false, got {describe(value)}")
    return value


def _confidence(obj: Mapping[str, Any]) -> float:
    value = obj["confidence"]
    number = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not (number and math.isfinite(value) and 0 <= value <= 1):
        raise _FieldError("confidence", f"must be a number from 0 to 1, got {describe(value)}")
    return float(value)


def _optional(obj: Mapping[str, Any], key: str, parse: Callable[[Any, str], Any]) -> Any:
    value = obj[key]
    return None if value is None else parse(value, key)


def _span(data: object, path: str) -> Span:
    obj = _fields(data, path, _SPAN_FIELDS)
    start, end = _count(obj, f"{path}.start"), _count(obj, f"{path}.end")
    text = _str(obj, f"{path}.text")
    if end < start or len(text) != end - start:
        raise _FieldError(path, f"[{start}:{end}] does not fit its text ({len(text)} characters)")
    return Span(start, end, text)


def _speaker(data: object, path: str) -> Speaker:
    obj = _fields(data, path, _SPEAKER_FIELDS, optional=_SPEAKER_OPTIONAL)
    kind = obj.get(f"{path}.kind", "unknown")
    if kind not in SPEAKER_KINDS:
        raise _FieldError(
            f"{path}.kind", f"must be one of {', '.join(SPEAKER_KINDS)}, got {describe(kind)}"
        )
    resolved = obj.get(f"{path}.resolved", False)
    if not isinstance(resolved, bool):
        raise _FieldError(f"{path}.resolved", f"must be true or false, got {describe(resolved)}")
    name = _str(obj, f"{path}.name")
    return Speaker(name, _span(obj[f"{path}.mention"], f"{path}.mention"), kind, resolved)


def _cue(data: object, path: str) -> Cue:
    obj = _fields(data, path, _CUE_FIELDS)
    return Cue(_str(obj, f"{path}.lemma"), _span(obj[f"{path}.span"], f"{path}.span"))
