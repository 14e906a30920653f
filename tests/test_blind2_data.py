"""The second blind gold set tests/data/blind2.jsonl: well-formed, complete, up to date.

Only the file is checked here, never quoteattr's output on it (the set was scored once,
blind, in docs/accuracy.md; tests/test_accuracy_ratchet.py guards that score).
"""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _data_tools import load_builder

from quoteattr.evaluation import load_gold

DATA_DIR = Path(__file__).resolve().parent / "data"
JSONL = DATA_DIR / "blind2.jsonl"
BUILDER = DATA_DIR / "build_blind2.py"

OPENING = {"„": "“", "‚": "‘", "»": "«", "›": "‹", "«": "»", "“": "”", '"': '"'}
ANY_MARK = re.compile("[„“”\"»«‚‘’›‹']")
# constructions the set must cover, each with at least six quotation records
REQUIRED_TAGS = (
    "title-name",
    "compound-role",
    "noun-surname",
    "particle-name",
    "multipart-name",
    "role-apposition",
    "linebreak-name",
    "nbsp-name",
    "role-anaphor",
    "gender-anaphor",
    "age-anaphor",
    "pronoun",
    "nominal",
    "cue-addition",
    "cue-wissen",
    "cue-vorwerfen",
    "cue-noun-colon",
    "cue-hiess-es",
    "cue-next-sentence",
    "after-indirect",
    "org",
    "media",
    "perfekt",
    "interview",
    "wrapped",
)


def _load_builder() -> ModuleType:
    return load_builder(BUILDER, "_quoteattr_build_blind2")


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _load_builder()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in JSONL.read_text(encoding="utf-8").splitlines()]


def _quotes(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(rec, q) for rec in records for q in rec["quotes"]]


def _tags(q: dict[str, Any]) -> list[str]:
    pattern: str = q["pattern"]
    return pattern.split("|")[2:]


def test_file_is_what_the_builder_writes_now(builder: ModuleType) -> None:
    assert JSONL.read_text(encoding="utf-8") == builder.render_jsonl(), (
        "tests/data/blind2.jsonl is stale: run python tests/data/build_blind2.py"
    )


def test_records_have_the_wikinews_layout(records: list[dict[str, Any]]) -> None:
    ids = [rec["id"] for rec in records]
    assert len(set(ids)) == len(ids)
    for rec in records:
        assert set(rec) == {"id", "split", "title", "text", "quotes", "other_quotes"}
        assert rec["split"] == "blind2"
        assert rec["id"].startswith("blind2/")
        assert rec["other_quotes"] == []
        assert rec["title"]
        assert rec["text"] == rec["text"].strip()


def test_no_passage_is_shared_with_the_first_blind_set(records: list[dict[str, Any]]) -> None:
    first = DATA_DIR / "blind.jsonl"
    texts = {json.loads(line)["text"] for line in first.read_text(encoding="utf-8").splitlines()}
    slugs = {
        json.loads(line)["id"].split("/", 1)[1]
        for line in first.read_text(encoding="utf-8").splitlines()
    }
    for rec in records:
        assert rec["text"] not in texts, rec["id"]
        assert rec["id"].split("/", 1)[1] not in slugs, rec["id"]


def test_the_gold_loader_reads_every_speech_record(records: list[dict[str, Any]]) -> None:
    docs = load_gold(JSONL)
    assert [d.id for d in docs] == [rec["id"] for rec in records]
    n_speech = sum(q["type"] == "Direct" for _, q in _quotes(records))
    assert sum(len(d.quotes) for d in docs) == n_speech


def test_offsets_are_consistent(records: list[dict[str, Any]]) -> None:
    for rec, q in _quotes(records):
        text = rec["text"]
        where = (rec["id"], q["text"][:30])
        assert text[q["start"] : q["end"]] == q["text"], where
        assert q["inner_start"] == q["start"] + 1, where
        opener = text[q["start"]]
        assert opener in OPENING, where
        if q["closed"]:
            assert q["inner_end"] == q["end"] - 1, where
            assert text[q["end"] - 1] == OPENING[opener], where
        else:
            assert q["inner_end"] == q["end"], where
            assert text[q["end"] :] == "" or text.startswith("\n\n", q["end"]), where
        if q["speaker"] is None:
            assert q["speaker_start"] is None, where
            assert q["speaker_end"] is None, where
            assert q["cue"] is None, where
            assert q["type"] == "NonSpeech", where
        else:
            assert text[q["speaker_start"] : q["speaker_end"]] == q["speaker"], where
            assert q["speaker"] == q["speaker"].strip(), where
            assert q["speaker_end"] <= q["start"] or q["speaker_start"] >= q["end"], where
            assert q["type"] == "Direct", where
            assert q["is_speech"], where
        if q["cue"] is not None:
            cue = q["cue"]
            assert text[cue["start"] : cue["end"]] == cue["text"], where
            assert cue["end"] <= q["start"] or cue["start"] >= q["end"], where


def test_every_quotation_mark_pair_is_annotated(records: list[dict[str, Any]]) -> None:
    for rec in records:
        annotated = []
        for q in rec["quotes"]:
            annotated.append(q["start"])
            if q["closed"]:
                annotated.append(q["end"] - 1)
        in_text = [m.start() for m in ANY_MARK.finditer(rec["text"])]
        assert sorted(annotated) == in_text, rec["id"]


def test_parts_belong_together(records: list[dict[str, Any]]) -> None:
    for rec in records:
        groups: dict[int, list[dict[str, Any]]] = collections.defaultdict(list)
        for q in rec["quotes"]:
            groups[q["annotation_id"]].append(q)
        assert sorted(groups) == list(range(len(groups))), rec["id"]
        for parts in groups.values():
            assert [p["part"] for p in parts] == list(range(parts[0]["n_parts"])), rec["id"]
            assert len({(p["speaker_start"], str(p["cue"])) for p in parts}) == 1, rec["id"]


def test_unattributed_quotations_have_no_speaker(records: list[dict[str, Any]]) -> None:
    unattributed = [q for _, q in _quotes(records) if "unattributed" in _tags(q)]
    assert len(unattributed) >= 10
    assert all(q["speaker"] is None and q["type"] == "NonSpeech" for q in unattributed)
    no_speaker = [q for _, q in _quotes(records) if "cue-without-speaker" in _tags(q)]
    assert all(q["speaker"] is None for q in no_speaker)


def test_wrapped_passages_are_broken_into_lines(records: list[dict[str, Any]]) -> None:
    wrapped = [rec for rec in records if any("wrapped" in _tags(q) for q in rec["quotes"])]
    assert len(wrapped) >= 10
    for rec in wrapped:
        assert all("wrapped" in _tags(q) for q in rec["quotes"]), rec["id"]
        assert any("\n" in para for para in rec["text"].split("\n\n")), rec["id"]
        assert max(len(line) for line in rec["text"].split("\n")) <= 76, rec["id"]
    linebreak = [q for _, q in _quotes(records) if "linebreak-name" in _tags(q)]
    assert all("\n" in q["speaker"] for q in linebreak)
    nbsp = [q for _, q in _quotes(records) if "nbsp-name" in _tags(q)]
    assert all("\u00a0" in q["speaker"] for q in nbsp)


def test_set_is_big_enough_and_covers_the_constructions(
    builder: ModuleType, records: list[dict[str, Any]]
) -> None:
    counts = builder.counts(records)
    assert counts["passages"] >= 90
    assert counts["speech_quotations"] >= 170
    share = counts["non_speech"] / counts["records"]
    assert 0.10 <= share <= 0.25, share
    for tag in REQUIRED_TAGS:
        assert counts["tags"].get(tag, 0) >= 6, (tag, counts["tags"])
    for pattern, n in counts["patterns"].items():
        assert n >= 5, (pattern, n)
    marks = counts["marks"]
    assert marks["german_low_high"] > sum(marks.values()) / 2  # mostly „…“
    for convention in ("guillemets_inward", "guillemets_swiss", "english_double", "ascii_double"):
        assert marks.get(convention, 0) >= 3, (convention, marks)


def test_passages_are_short(records: list[dict[str, Any]]) -> None:
    for rec in records:
        assert len(rec["text"]) <= 700, (rec["id"], len(rec["text"]))


def test_readme_counts_are_current(builder: ModuleType, records: list[dict[str, Any]]) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8").replace("\n", " ")
    c = builder.counts(records)
    headline = (
        f"{c['passages']} passages, {c['records']} records ({c['speech_records']} speech, "
        f"{c['non_speech']} non-speech), {c['speech_quotations']} speech quotations, "
        f"{c['unattributed']} of the non-speech records unattributed"
    )
    assert headline in readme, "update the blind2.jsonl counts in tests/data/README.md"
