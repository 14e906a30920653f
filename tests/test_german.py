"""The German resources: one object, loaded from data files, and no word lists in rule code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from quoteattr import _german
from quoteattr._german import German, german
from quoteattr._parse import parse_conllu

PACKAGE = Path(_german.__file__).resolve().parent


def test_every_list_is_loaded_and_lowercase() -> None:
    lang = german()
    for name in _german._WORD_SECTIONS:
        entries = getattr(lang, name)
        assert entries, name
        assert all(e == e.lower() and " " not in e for e in entries), name


@pytest.mark.parametrize(
    ("check", "expected"),
    [
        (lambda g: g.ordinal_anaphors["letzterer"], -1),
        (lambda g: g.ordinal_anaphors["ersteren"], 0),
        (lambda g: g.demonstratives["diese"], "sie"),
        (lambda g: "begründen" in g.content_prepositions_by_verb["mit"], True),
        (lambda g: "worte" in g.words_nouns and "parolen" in g.words_nouns, True),
        (lambda g: "hinzu" in g.particles and "zurück" in g.particles, True),
        (lambda g: g.is_so_called("die so genannten "), True),
        (lambda g: g.is_so_called("die genannten "), False),
        (lambda g: g.speech_verb_lemma("schrieb", "schrieb"), "schreiben"),
        (lambda g: g.first_name_gender("Angela"), "Fem"),
        (lambda g: g.is_role_noun("Polizeisprecherin"), True),
        (lambda g: "„" in g.opening_marks and "“" in g.closing_marks, True),
    ],
)
def test_german_answers_from_its_data_files(check: object, expected: object) -> None:
    assert callable(check)
    assert check(german()) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[skippable_adverbs]\nauch\n[bogus]\nx\n", "unknown section"),
        ("[skippable_adverbs]\nauch\n", "missing section"),
    ],
)
def test_a_malformed_word_file_names_the_problem(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _german._parse(text)


def test_a_pair_without_value_names_the_section() -> None:
    text = (PACKAGE / "data" / "german.txt").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"\[ordinal_anaphors\].*'ersterer'"):
        _german._parse(text.replace("ersterer:0", "ersterer"))


def test_a_parse_carries_the_language() -> None:
    parse = parse_conllu("1\tJa\tja\tINTJ\t_\t_\t0\troot\t_\t_\n")
    assert isinstance(parse.lang, German)
    assert parse.lang.code == "de"


#: Universal Dependencies relation names: the parse's vocabulary, not German.
_UD_RELATIONS = frozenset(
    {
        "acl",
        "advcl",
        "advmod",
        "amod",
        "appos",
        "aux",
        "case",
        "cc",
        "ccomp",
        "clf",
        "compound",
        "conj",
        "cop",
        "csubj",
        "dep",
        "det",
        "discourse",
        "dislocated",
        "expl",
        "fixed",
        "flat",
        "goeswith",
        "iobj",
        "list",
        "mark",
        "nmod",
        "nsubj",
        "nummod",
        "obj",
        "obl",
        "orphan",
        "parataxis",
        "punct",
        "reparandum",
        "root",
        "vocative",
        "xcomp",
    }
)


def _word_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """Literal collections of three or more lowercase words (not UD relations) in code."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            words = [
                e.value
                for e in node.elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and e.value.isalpha()
                and e.value.islower()
                and e.value not in _UD_RELATIONS
            ]
            if len(words) >= 3:
                found.append((node.lineno, words))
    return found


@pytest.mark.parametrize(
    "module",
    sorted(p.name for p in (PACKAGE / "attribution").glob("*.py")),
)
def test_rule_code_holds_no_german_word_lists(module: str) -> None:
    source = (PACKAGE / "attribution" / module).read_text(encoding="utf-8")
    lists = _word_lists(ast.parse(source))
    assert not lists, f"word lists belong in quoteattr/data: {lists}"
