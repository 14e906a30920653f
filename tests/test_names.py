"""The given-name list (quoteattr/data/first_names.txt) and first_name_gender."""

from __future__ import annotations

import collections

import pytest

from quoteattr import _names
from quoteattr._datafile import parse_sections, read_data
from quoteattr._names import first_name_gender, first_names


def _raw_sections() -> dict[str, list[str]]:
    """The file's entries per section, as written, duplicates kept."""
    return parse_sections(read_data("first_names.txt"), "first_names.txt", ("female", "male"))


@pytest.mark.parametrize(
    "name",
    [
        "Angela",
        "Ursula",
        "Annalena",
        "Kamala",
        "Hillary",
        "Nancy",
        "Giorgia",
        "Anna",
        "Maria",
        "Marie",
        "Sahra",
        "Bärbel",
        "Simonetta",
        "Ayşe",
        "Ségolène",
    ],
)
def test_female_given_names(name: str) -> None:
    assert first_name_gender(name) == "Fem"


@pytest.mark.parametrize(
    "name",
    [
        "Olaf",
        "Emmanuel",
        "Joe",
        "Donald",
        "Wladimir",
        "Wolodymyr",
        "Recep",
        "Peter",
        "Jürgen",
        "Horst",
        "Ueli",
        "Rainer",
        "Cem",
        "Jean-Claude",
        "François",
    ],
)
def test_male_given_names(name: str) -> None:
    assert first_name_gender(name) == "Masc"


@pytest.mark.parametrize(
    "token",
    [
        # names given to women and men alike, left out on purpose
        "Kim",
        "Andrea",
        "Simone",
        "Jean",
        "Robin",
        "Sascha",
        # family names first, and words that are no given names
        "Xi",
        "Merkel",
        "Schmidt",
        "Minister",
        "sagte",
        "",
        "-",
        "Jean-",
    ],
)
def test_unknown_tokens_have_no_gender(token: str) -> None:
    assert first_name_gender(token) is None


@pytest.mark.parametrize(
    ("token", "gender"),
    [
        ("angela", "Fem"),
        ("ANGELA", "Fem"),
        ("aNgElA", "Fem"),
        ("olaf", "Masc"),
        ("OLAF", "Masc"),
        ("jürgen", "Masc"),
        ("JÜRGEN", "Masc"),
        ("ségolène", "Fem"),
        ("jean-claude", "Masc"),
    ],
)
def test_lookup_is_case_insensitive(token: str, gender: str) -> None:
    assert first_name_gender(token) == gender


@pytest.mark.parametrize(
    ("token", "gender"),
    [
        ("Hans-Peter", "Masc"),
        ("Karl-Heinz", "Masc"),
        ("Frank-Walter", "Masc"),
        ("Heinz-Christian", "Masc"),
        ("Marie-Luise", "Fem"),
        ("Marie-Agnes", "Fem"),
        ("Anne-Marie", "Fem"),
        ("hans-peter", "Masc"),
        # listed whole: the first part alone (Jean) is left out
        ("Jean-Luc", "Masc"),
        ("Jean-Marie", "Masc"),
        # an unknown first part decides, whatever follows
        ("Kim-Anna", None),
        ("Andrea-Maria", None),
    ],
)
def test_hyphenated_names_go_by_their_first_part(token: str, gender: str | None) -> None:
    assert first_name_gender(token) == gender


def test_the_list_holds_at_least_400_names() -> None:
    names = first_names()
    assert len(names.female) + len(names.male) >= 400
    assert len(names.female) >= 150
    assert len(names.male) >= 150


def test_the_file_has_exactly_the_two_sections() -> None:
    assert set(_raw_sections()) == {"female", "male"}


def test_no_name_is_listed_twice() -> None:
    for section, entries in _raw_sections().items():
        counts = collections.Counter(entry.casefold() for entry in entries)
        assert [e for e, n in counts.items() if n > 1] == [], section


def test_no_name_is_both_female_and_male() -> None:
    raw = _raw_sections()
    female = {e.casefold() for e in raw["female"]}
    male = {e.casefold() for e in raw["male"]}
    assert female & male == set()


def test_entries_are_single_capitalised_tokens() -> None:
    for section, entries in _raw_sections().items():
        for entry in entries:
            assert entry[:1].isupper(), (section, entry)
            assert not any(ch.isspace() for ch in entry), (section, entry)
            assert not entry.endswith("-"), (section, entry)


def test_ambiguous_names_are_left_out() -> None:
    names = first_names()
    listed = {n.casefold() for n in names.female | names.male}
    assert {"kim", "andrea", "simone", "jean", "nicola", "gabriele"} & listed == set()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Anna\n", "before the first section"),
        ("[female]\nAnna\n[female]\nLea\n", "appears twice"),
        ("[neutral]\nKim\n", "unknown section"),
        ("[female]\nAnna Lena\n", "contains whitespace"),
        ("[female]\nAnna\n[male]\nanna\n", "listed already"),
    ],
)
def test_malformed_files_are_rejected(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _names._parse(text)


def test_comments_and_blank_lines_are_ignored() -> None:
    parsed = _names._parse("# header\n\n[female]\nAnna  # a comment\n\n[male]\nPeter\n")
    assert parsed.female == frozenset({"Anna"})
    assert parsed.male == frozenset({"Peter"})


def test_the_list_is_read_once() -> None:
    assert first_names() is first_names()
