"""Given names and their gender: evidence for er/sie when no role noun says it.

The list lives in ``quoteattr/data/first_names.txt`` and is read once, lazily, through
:mod:`importlib.resources` (so it works from an installed wheel or a zip as well as from a
source checkout). The file's header says what is listed and what is left out on purpose
(names given to women and men alike, such as Kim or Andrea).

File format
-----------
- UTF-8 plain text, one given name a line.
- ``#`` starts a comment, on a line of its own or after an entry; blank lines are ignored.
- Sections ``[female]`` and ``[male]``, each appearing once; a name appears in one section,
  once.
- Entries are single tokens without spaces; a hyphenated entry (``Jean-Claude``) is matched
  as a whole.

Lookups are case-insensitive (both sides are compared ``str.casefold``-ed). The small
Stanza model's ``Gender`` feature on names is a guess, so this list is used instead.
"""

from __future__ import annotations

import functools
from typing import Literal

import attrs

from quoteattr._datafile import parse_sections, read_data

__all__ = ["FirstNames", "first_name_gender", "first_names"]

_DATA_FILE = "first_names.txt"
_SECTIONS = ("female", "male")

Gender = Literal["Fem", "Masc"]


@attrs.frozen
class FirstNames:
    """The given-name list, one frozenset per section, entries as written in the file."""

    female: frozenset[str]
    male: frozenset[str]


def _parse(text: str) -> FirstNames:
    sections = parse_sections(text, _DATA_FILE, _SECTIONS, unique=True)
    return FirstNames(
        female=frozenset(sections.get("female", [])),
        male=frozenset(sections.get("male", [])),
    )


@functools.cache
def first_names() -> FirstNames:
    """The given-name list, read from the package data on first use and cached."""
    return _parse(read_data(_DATA_FILE))


@functools.cache
def _index() -> dict[str, Gender]:
    names = first_names()
    index: dict[str, Gender] = {name.casefold(): "Fem" for name in names.female}
    index.update({name.casefold(): "Masc" for name in names.male})
    return index


def first_name_gender(token: str) -> Gender | None:
    """``"Fem"`` or ``"Masc"`` for a listed given name, else ``None``.

    Case-insensitive. A hyphenated double name is looked up whole first (``Jean-Claude``),
    then by its first part (``Hans-Peter`` → ``Hans`` → ``"Masc"``).

    >>> first_name_gender("Angela"), first_name_gender("OLAF"), first_name_gender("Kim")
    ('Fem', 'Masc', None)
    """
    index = _index()
    word = token.strip().casefold()
    found = index.get(word)
    if found is None and "-" in word:
        found = index.get(word.split("-", 1)[0])
    return found
