"""The hand-written gold set tests/data/handwritten.jsonl: well-formed, complete, up to date."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _data_tools import load_builder

DATA_DIR = Path(__file__).resolve().parent / "data"
JSONL = DATA_DIR / "handwritten.jsonl"
BUILDER = DATA_DIR / "build_handwritten.py"

OPENING = {"„": "“", "‚": "‘", "»": "«", "›": "‹", "«": "»", "“": "”", '"': '"'}
ANY_MARK = re.compile("[„“”\"»«‚‘’›‹']")


def _load_builder() -> ModuleType:
    return load_builder(BUILDER)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _load_builder()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    lines = JSONL.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _quotes(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(rec, q) for rec in records for q in rec["quotes"]]


def _patterns(q: dict[str, Any]) -> list[str]:
    pattern: str = q["pattern"]
    return pattern.split("|")[0].split("+")


def test_file_is_what_the_builder_writes_now(builder: ModuleType) -> None:
    assert JSONL.read_text(encoding="utf-8") == builder.render_jsonl(), (
        "tests/data/handwritten.jsonl is stale: run python tests/data/build_handwritten.py"
    )


def test_records_have_the_wikinews_layout(records: list[dict[str, Any]]) -> None:
    ids = [rec["id"] for rec in records]
    assert len(set(ids)) == len(ids)
    for rec in records:
        assert set(rec) == {"id", "split", "title", "text", "quotes", "other_quotes"}
        assert rec["split"] == "handwritten"
        assert rec["id"].startswith("handwritten/")
        assert rec["other_quotes"] == []
        assert rec["title"]
        assert rec["text"] == rec["text"].strip()


def test_offsets_are_consistent(records: list[dict[str, Any]]) -> None:
    for rec, q in _quotes(records):
        text = rec["text"]
        where = (rec["id"], q["text"][:30])
        assert 0 <= q["start"] < q["end"] <= len(text), where
        assert text[q["start"] : q["end"]] == q["text"], where
        assert q["start"] < q["inner_start"] <= q["inner_end"] <= q["end"], where
        assert q["inner_start"] == q["start"] + 1, where
        opener = text[q["start"]]
        assert opener in OPENING, where
        if q["closed"]:
            assert q["inner_end"] == q["end"] - 1, where
            assert text[q["end"] - 1] == OPENING[opener], where
        else:
            # an unclosed quote runs to the end of its paragraph
            assert q["inner_end"] == q["end"], where
            assert text[q["end"] :] == "" or text.startswith("\n\n", q["end"]), where
        if q["speaker"] is None:
            assert q["speaker_start"] is None, where
            assert q["speaker_end"] is None, where
        else:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker"], where
            assert q["speaker"] == q["speaker"].strip(), where
            # the mention is outside the quotation it is the speaker of
            assert q["speaker_end"] <= q["start"] or q["speaker_start"] >= q["end"], where
        if q["cue"] is not None:
            cue = q["cue"]
            assert text[cue["start"] : cue["end"]] == cue["text"], where
            assert cue["end"] <= q["start"] or cue["start"] >= q["end"], where


def test_speech_and_non_speech_are_told_apart(records: list[dict[str, Any]]) -> None:
    for rec, q in _quotes(records):
        where = (rec["id"], q["text"][:30])
        speech = q["speaker"] is not None
        assert q["is_speech"] is speech, where
        assert q["type"] == ("Direct" if speech else "NonSpeech"), where
        assert ("P9" in _patterns(q)) is not speech, where
        if not speech:
            assert q["cue"] is None, where
            assert q["is_nested"] is False, where
            assert q["n_parts"] == 1, where
        if q["depth"] > 0:
            assert not speech, where  # an inner quote is never attributed (README)


def test_parts_belong_together(records: list[dict[str, Any]]) -> None:
    for rec in records:
        groups: dict[int, list[dict[str, Any]]] = collections.defaultdict(list)
        for q in rec["quotes"]:
            groups[q["annotation_id"]].append(q)
        assert sorted(groups) == list(range(len(groups))), rec["id"]
        for parts in groups.values():
            n = parts[0]["n_parts"]
            assert [p["part"] for p in parts] == list(range(n)), rec["id"]
            assert {p["n_parts"] for p in parts} == {n}, rec["id"]
            assert len({(p["speaker"], p["speaker_start"]) for p in parts}) == 1, rec["id"]
            assert [p["start"] for p in parts] == sorted(p["start"] for p in parts), rec["id"]


def test_pattern_positions_fit_the_pattern(records: list[dict[str, Any]]) -> None:
    """P1: cue after the quote; P2: speaker before; P6/P7: speaker before, no cue."""
    for rec, q in _quotes(records):
        where = (rec["id"], q["text"][:30])
        pats = _patterns(q)
        if "P1" in pats:
            assert q["cue"] is not None, where
            assert q["cue"]["start"] >= q["end"], where
        if "P2" in pats:
            assert q["speaker_end"] <= q["start"], where
        if "P3" in pats:
            assert q["n_parts"] == 2, where
        if "P6" in pats or "P7" in pats:
            assert q["cue"] is None, where
            assert q["speaker_end"] <= q["start"], where


def test_set_is_big_enough_and_covers_every_pattern(
    builder: ModuleType, records: list[dict[str, Any]]
) -> None:
    assert len(records) >= 35
    quotes = [q for _, q in _quotes(records)]
    assert len(quotes) >= 70
    counts = collections.Counter(p for q in quotes for p in _patterns(q))
    for i in range(1, 10):
        assert counts[f"P{i}"] >= 3, (f"P{i}", counts)
    assert counts == collections.Counter(builder.pattern_counts(records))
    assert sum(not q["is_speech"] for q in quotes) >= 12
    # every convention the brief asks for is there
    marks = collections.Counter(q["marks"] for q in quotes)
    for convention in (
        "german_low_high",
        "german_single_low_high",
        "guillemets_inward",
        "guillemets_single_inward",
        "guillemets_swiss",
        "english_double",
        "ascii_double",
    ):
        assert marks[convention] >= 1, (convention, marks)
    assert any(not q["closed"] and q["n_parts"] == 1 for q in quotes)  # unclosed
    assert any("multi-paragraph" in q["pattern"] for q in quotes)
    assert any("headline" in q["pattern"] for q in quotes)


def test_every_quotation_mark_pair_is_annotated(records: list[dict[str, Any]]) -> None:
    """Each quotation-mark character in a text opens or closes one annotated pair."""
    for rec in records:
        text = rec["text"]
        in_text = [m.start() for m in ANY_MARK.finditer(text)]
        annotated = []
        for q in rec["quotes"]:
            annotated.append(q["start"])
            if q["closed"]:
                annotated.append(q["end"] - 1)
        assert sorted(annotated) == in_text, rec["id"]


def test_opening_marks_outside_inner_quotes_are_counted(records: list[dict[str, Any]]) -> None:
    """The simple count: top-level opening marks equal top-level annotated pairs."""
    for rec in records:
        text = rec["text"]
        swiss = any(q["marks"] == "guillemets_swiss" for q in rec["quotes"])
        english = any(q["marks"] == "english_double" for q in rec["quotes"])
        n_open = (
            text.count("„")
            + (text.count("«") if swiss else text.count("»"))
            + (text.count("“") if english else 0)
            + text.count('"') // 2
            + text.count('"') % 2  # an unclosed ASCII quote
        )
        top_level = sum(q["depth"] == 0 for q in rec["quotes"])
        assert n_open == top_level, rec["id"]


def test_builder_fails_loudly(builder: ModuleType) -> None:
    P, Q = builder.P, builder.Q  # noqa: N806
    text = "„Ja“, sagte er, und er lachte."
    ok = P("x", "t", text, [Q("Ja", "sagte {er}", "sagte", "P1+P8")])
    assert builder.build_records([ok])[0]["quotes"][0]["speaker_start"] == 12
    bad = [
        P("x", "t", text, [Q("Nein", "sagte {er}", "sagte", "P1")]),  # quote not there
        P("x", "t", text, [Q("Ja", "er", "sagte", "P1")]),  # "er" twice: ambiguous
        P("x", "t", text, [Q("Ja", "sagte {sie}", "sagte", "P1")]),  # mention not there
        P("x", "t", text, [Q("Ja", None, pat="P1")]),  # null speaker needs P9
        P("x", "t", text, [Q("Ja", "sagte {er}", "sagte", "P1", closed=False)]),
        P("x", "t", text + " „Doch“", [Q("Ja", "sagte {er}", "sagte", "P1")]),  # missed pair
        P("x", "t", text, [Q("Ja", "sagte {er}", "sagte", "P3", part=(0, 2))]),  # lone part
    ]
    for p in bad:
        with pytest.raises(builder.AuthoringError):
            builder.build_records([p])


def test_readme_counts_are_current(records: list[dict[str, Any]]) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8")
    quotes = [q for _, q in _quotes(records)]
    n_speech = sum(q["is_speech"] for q in quotes)
    headline = (
        f"{len(records)} passages, {len(quotes)} records ({n_speech} speech, "
        f"{len(quotes) - n_speech} non-speech)"
    )
    assert headline in readme.replace("\n", " "), "update the counts in tests/data/README.md"
