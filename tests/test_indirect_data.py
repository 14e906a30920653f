"""The hand-written indirect-speech gold set tests/data/indirect.jsonl: well-formed, up to date.

No model is needed: these tests check the data and its builder, never an extractor.
"""

from __future__ import annotations

import collections
import itertools
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _data_tools import load_builder

from quoteattr.evaluation import load_gold

DATA_DIR = Path(__file__).resolve().parent / "data"
JSONL = DATA_DIR / "indirect.jsonl"
BUILDER = DATA_DIR / "build_indirect.py"
SPEECH_TYPES = ("Indirect", "IndirectFreeIndirect")


def _load_builder() -> ModuleType:
    return load_builder(BUILDER)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return _load_builder()


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    lines = JSONL.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _items(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(rec, o) for rec in records for o in rec["other_quotes"]]


def _constructions(o: dict[str, Any]) -> list[str]:
    pattern: str = o["pattern"]
    return pattern.split("|")[0].split("+")


def _tags(o: dict[str, Any]) -> list[str]:
    pattern: str = o["pattern"]
    return pattern.split("|")[1:]


def _messages(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """Each message with all its parts, in text order."""
    out = []
    for rec in records:
        groups: dict[int, list[dict[str, Any]]] = collections.defaultdict(list)
        for o in rec["other_quotes"]:
            groups[o["annotation_id"]].append(o)
        out.extend((rec, groups[k]) for k in sorted(groups))
    return out


def test_file_is_what_the_builder_writes_now(builder: ModuleType) -> None:
    assert JSONL.read_text(encoding="utf-8") == builder.render_jsonl(), (
        "tests/data/indirect.jsonl is stale: run python tests/data/build_indirect.py"
    )


def test_records_have_the_wikinews_layout(records: list[dict[str, Any]]) -> None:
    ids = [rec["id"] for rec in records]
    assert len(set(ids)) == len(ids)
    keys = {
        "start", "end", "text", "inner_start", "inner_end", "speaker", "speaker_start",
        "speaker_end", "cue", "frame", "addressee", "type", "is_speech", "is_nested",
        "has_nested", "annotation_id", "part", "n_parts", "marks", "pattern",
    }  # fmt: skip
    for rec in records:
        assert set(rec) == {"id", "split", "title", "text", "quotes", "other_quotes"}
        assert rec["split"] == "indirect"
        assert rec["id"].startswith("indirect/")
        assert rec["title"]
        assert rec["text"] == rec["text"].strip()
        assert "'" not in rec["text"]
        assert rec["other_quotes"], rec["id"]
        for o in rec["other_quotes"]:
            assert set(o) == keys, rec["id"]
            assert o["type"] in (*SPEECH_TYPES, "NonSpeech")
            assert o["marks"] == "none"
            assert o["addressee"] is None
            assert o["is_nested"] is False


def test_the_project_loader_reads_the_file() -> None:
    """load_gold reads the direct quotes of the file (it does not read other_quotes)."""
    docs = load_gold(JSONL)
    assert len(docs) == len(JSONL.read_text(encoding="utf-8").splitlines())
    assert all(doc.id.startswith("indirect/") for doc in docs)
    assert sum(len(doc.quotes) for doc in docs) >= 3


def test_every_quotation_mark_belongs_to_an_annotated_pair(records: list[dict[str, Any]]) -> None:
    """Direct quotes in the passages are annotated in ``quotes`` like handwritten.jsonl."""
    for rec in records:
        text = rec["text"]
        in_text = [m.start() for m in re.finditer("[„“”\"»«‚‘’›‹']", text)]
        annotated = sorted(p for q in rec["quotes"] for p in (q["start"], q["end"] - 1))
        assert annotated == in_text, rec["id"]
        for q in rec["quotes"]:
            assert text[q["start"] : q["end"]] == q["text"], rec["id"]


def test_offsets_are_consistent(records: list[dict[str, Any]]) -> None:
    for rec, o in _items(records):
        text = rec["text"]
        where = (rec["id"], o["text"][:30])
        assert 0 <= o["start"] < o["end"] <= len(text), where
        assert text[o["start"] : o["end"]] == o["text"], where
        assert (o["inner_start"], o["inner_end"]) == (o["start"], o["end"]), where
        assert o["text"] == o["text"].strip(), where
        assert o["text"][-1] not in ",;:", where
        assert "\n" not in o["text"], where
        if o["speaker"] is not None:
            assert text[o["speaker_start"] : o["speaker_end"]] == o["speaker"], where
            assert o["speaker_end"] <= o["start"] or o["speaker_start"] >= o["end"], where
        for key in ("cue", "frame"):
            span = o[key]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"], where
                assert span["end"] <= o["start"] or span["start"] >= o["end"], where
        if o["frame"] is not None:
            assert o["frame"]["start"] <= o["cue"]["start"] < o["cue"]["end"] <= o["frame"]["end"]
        inside = [q for q in rec["quotes"] if o["start"] <= q["start"] and q["end"] <= o["end"]]
        assert o["has_nested"] is bool(inside), where


def test_each_type_has_what_it_needs(records: list[dict[str, Any]]) -> None:
    for rec, o in _items(records):
        where = (rec["id"], o["text"][:30])
        text = rec["text"]
        cons = _constructions(o)
        assert o["is_speech"] is (o["type"] != "NonSpeech"), where
        if o["type"] == "NonSpeech":
            assert (o["speaker"], o["cue"], o["frame"]) == (None, None, None), where
            assert len(cons) == 1, where
            assert cons[0].startswith("not-"), where
        elif o["type"] == "Indirect":
            assert o["speaker"], where
            assert o["cue"], where
            assert o["frame"], where
            assert "cont" not in cons, where
            # the sentence-final period is not part of an indirect message
            assert o["text"][-1] not in ".!?", where
        else:
            assert o["speaker"], where
            assert o["cue"] is None, where
            assert o["frame"] is None, where
            assert "cont" in cons, where
            # a continuation is whole sentences: its final mark included, a sentence start
            assert o["text"][-1] in ".!?", where
            assert o["speaker_end"] <= o["start"], where
            assert "\n\n" not in text[o["speaker_start"] : o["start"]], where
            before = text[: o["start"]].rstrip()
            assert before == "" or before[-1] in ".!?:", where


def test_each_construction_looks_like_itself(records: list[dict[str, Any]]) -> None:
    """The message and frame fit the construction named in the pattern."""
    for rec, parts in _messages(records):
        first, last = parts[0], parts[-1]
        o = first
        where = (rec["id"], o["text"][:30])
        cons = _constructions(o)
        frame = (o["frame"] or {}).get("text", "")
        cue = (o["cue"] or {}).get("text", "")
        if "dass" in cons:
            assert re.match(r"[Dd]ass ", first["text"]), where
        if "ob" in cons:
            assert re.match(r"[Oo]b ", first["text"]), where
        if "w" in cons:
            assert re.match(r"(wie|warum|wann|wer|was|wo|welche|weshalb)\b", first["text"]), where
        if "zu" in cons:
            assert re.search(r"(\bzu \w+|\w+zu\w+)$", last["text"]), where
        if "laut" in cons:
            assert cue.lower() == "laut", where
            assert frame.lower().startswith("laut "), where
        if "zufolge" in cons:
            assert cue == "zufolge", where
            assert frame.endswith(" zufolge"), where
        if "angaben" in cons:
            assert re.fullmatch(r"[Nn]ach (Angaben|Ansicht)", cue), where
        if "wie" in cons:
            assert re.match(r"(, )?[Ww]ie ", frame), where
        if "so" in cons:
            assert cue == "so", where
            assert frame.startswith(", so "), where
        if "split" in cons:
            assert len(parts) >= 2, where
            assert first["start"] < o["frame"]["start"] < o["frame"]["end"] <= last["start"]
        else:
            assert len(parts) == 1, where
        if "cont" in cons:
            assert o["type"] == "IndirectFreeIndirect", where


def test_parts_belong_together(records: list[dict[str, Any]]) -> None:
    for rec, parts in _messages(records):
        n = parts[0]["n_parts"]
        assert [p["part"] for p in parts] == list(range(n)), rec["id"]
        fields = ("speaker_start", "cue", "frame", "type", "pattern", "n_parts")
        assert len({json.dumps([p[f] for f in fields]) for p in parts}) == 1, rec["id"]
        assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(parts))
    for rec in records:
        ids = [o["annotation_id"] for o in rec["other_quotes"]]
        assert sorted(set(ids)) == list(range(len(set(ids)))), rec["id"]


def test_a_continuation_continues_a_statement_of_its_speaker(
    records: list[dict[str, Any]],
) -> None:
    for rec, o in _items(records):
        if o["type"] != "IndirectFreeIndirect":
            continue
        statements = [
            s
            for s in [*rec["quotes"], *rec["other_quotes"]]
            if s.get("is_speech") and s["start"] < o["start"]
        ]
        assert any(s["speaker_start"] == o["speaker_start"] for s in statements), rec["id"]


def test_set_is_big_enough_and_covers_every_construction(
    builder: ModuleType, records: list[dict[str, Any]]
) -> None:
    assert len(records) >= 60
    messages = [parts[0] for _, parts in _messages(records)]
    speech = [o for o in messages if o["type"] in SPEECH_TYPES]
    assert len(speech) >= 130
    per_construction = collections.Counter(c for o in messages for c in _constructions(o))
    for construction in builder.CONSTRUCTIONS:
        assert per_construction[construction] >= 6, (construction, per_construction)
    per_tag = collections.Counter(t for o in speech for t in _tags(o))
    for tag in (*builder.SPEAKER_KINDS, "cue-before", "cue-after", "cue-inside"):
        assert per_tag[tag] >= 5, (tag, per_tag)
    negatives = [o for o in messages if o["type"] == "NonSpeech"]
    assert len(negatives) >= 25
    assert len({_constructions(o)[0] for o in negatives}) >= 6
    # the zu-infinitive after each cue verb the issue names
    zu_frames = " ".join(o["frame"]["text"] for o in speech if "zu" in _constructions(o))
    for verb in ("warf", "kündigt", "versprach", "bestr", "forder"):
        assert verb in zu_frames, verb
    counted = builder.counts(records)
    assert counted["construction"] == per_construction


def test_builder_fails_loudly(builder: ModuleType) -> None:
    passage, item, negative = builder.IP, builder.I, builder.N
    text = "Der Minister sagte, die Lage sei ernst. Er sagte, sie sei ernst."
    cue = "{sagte}, die"
    ok = item("die Lage sei ernst", "Der Minister", cue, "konj1", ("role",))
    rec = builder.build_records([passage("x", "t", text, [], [ok])])[0]["other_quotes"][0]
    assert rec["frame"]["text"] == "Der Minister sagte,"
    assert rec["pattern"] == "konj1|cue-before|role"
    assert (rec["start"], rec["end"]) == (20, 38)
    bad = [
        item("die Lage ist ernst", "Der Minister", cue, "konj1", ("role",)),  # not there
        item("sei ernst", "Der Minister", cue, "konj1", ("role",)),  # twice
        item("die Lage sei ernst", "Minister", "sagte", "konj1", ("role",)),  # cue twice
        item("die Lage sei ernst", "Der Minister", cue, "konj9", ("role",)),  # unknown
        item("die Lage sei ernst", "Der Minister", cue, "konj1"),  # no speaker kind
        item("die Lage sei ernst", "Der Minister", cue, "konj1", ("pronoun",)),  # not one
        item("die Lage sei ernst", "Der Minister", None, "konj1", ("role",)),  # no cue
        item("die Lage sei ernst", "Der Minister", cue, "cont", ("role",)),  # cue in cont
        item("die Lage sei ernst", "Der Minister", cue, "konj1+split", ("role",), (0, 2)),
        item("die Lage sei ernst", "Der Minister", cue, "not-dass"),  # speaker in look-alike
        negative("die Lage sei ernst", "konj1"),  # a look-alike needs a not- construction
        # a continuation must continue a statement of the same speaker mention
        item("Er sagte, sie sei ernst.", "Der Minister", None, "cont", ("role",)),
    ]
    for it in bad:
        with pytest.raises(builder.AuthoringError):
            builder.build_records([passage("x", "t", text, [], [it])])


def test_readme_counts_are_current(builder: ModuleType, records: list[dict[str, Any]]) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8").replace("\n", " ")
    c = builder.counts(records)
    headline = (
        f"{len(records)} passages, {c['type']['Indirect']} Indirect and "
        f"{c['type']['IndirectFreeIndirect']} IndirectFreeIndirect messages "
        f"({c['records']['Indirect'] + c['records']['IndirectFreeIndirect']} records), "
        f"{c['type']['NonSpeech']} look-alikes"
    )
    assert headline in readme, "update the indirect.jsonl counts in tests/data/README.md"
    for name, n in c["construction"].items():
        assert f"| `{name}` | {n} |" in readme, (name, n)
