"""Reading the package's sectioned word lists (``quoteattr/data/*.txt``).

Format: UTF-8, one entry per line; ``#`` starts a comment; blank lines are ignored; a
line ``[name]`` starts a section, each section once; entries are single tokens.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Iterable

__all__ = ["parse_sections", "read_data"]


def read_data(filename: str) -> str:
    """The text of ``quoteattr/data/<filename>`` (works from a wheel or a zip too)."""
    resource = importlib.resources.files("quoteattr").joinpath("data").joinpath(filename)
    return resource.read_text(encoding="utf-8")


def parse_sections(
    text: str, filename: str, allowed: Iterable[str], *, unique: bool = False
) -> dict[str, list[str]]:
    """Entries per section, in file order. Raises ``ValueError`` naming the file and
    line for an unknown or repeated section, an entry before the first section, an
    entry with whitespace, or (with ``unique``) an entry listed twice in the file."""
    allowed = frozenset(allowed)
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if name not in allowed:
                raise ValueError(f"{filename}:{lineno}: unknown section [{name}]")
            if name in sections:
                raise ValueError(f"{filename}:{lineno}: section [{name}] appears twice")
            current = sections[name] = []
            continue
        if current is None:
            raise ValueError(f"{filename}:{lineno}: entry {line!r} before the first section")
        if any(ch.isspace() for ch in line):
            raise ValueError(f"{filename}:{lineno}: entry {line!r} contains whitespace")
        if unique:
            key = line.casefold()
            if key in seen:
                raise ValueError(
                    f"{filename}:{lineno}: {line!r} is listed already (line {seen[key]})"
                )
            seen[key] = lineno
        current.append(line)
    return sections
