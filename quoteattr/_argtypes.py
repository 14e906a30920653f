"""The argparse argument types both command lines share: ``quoteattr``
(:mod:`quoteattr._cli`) and ``python -m quoteattr.evaluation``
(:mod:`quoteattr.evaluation._cli`)."""

from __future__ import annotations

import argparse

__all__ = ["positive_int", "speech_kinds"]


def positive_int(value: str) -> int:
    """A whole number of at least 1 (--width, --limit)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


def speech_kinds(value: str) -> tuple[str, ...]:
    """Kinds of speech, comma-separated (--kinds direct,indirect), checked by
    :func:`quoteattr._candidates.check_kinds`."""
    # Imported here: the evaluation package does not load the candidate finders at import.
    from quoteattr._candidates import check_kinds

    try:
        return check_kinds([k.strip() for k in value.split(",") if k.strip()])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
