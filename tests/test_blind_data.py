"""The blind gold sets tests/data/blind.jsonl, blind2.jsonl … blind5.jsonl: well-formed,
complete, up to date.

Only the files are checked here, never quoteattr's output on them: each set was written
blind (see tests/data/README.md) and scored once, at the end of a round of rule work
(docs/accuracy.md; tests/test_accuracy_ratchet.py guards those scores). Every check runs
on all sets; the later sets (blind2, blind3) add three of their own. The fourth is a
smaller set that stresses a few constructions (reported speech continuing a statement,
media quoting, stance cues, replies): it has its own sizes and no spread of marks. The
fifth imitates ordinary news again, with sizes and tags of its own.
"""

from __future__ import annotations

import collections
import dataclasses
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _data_tools import load_builder

from quoteattr.evaluation import load_gold

DATA_DIR = Path(__file__).resolve().parent / "data"

OPENING = {"„": "“", "‚": "‘", "»": "«", "›": "‹", "«": "»", "“": "”", '"': '"'}
ANY_MARK = re.compile("[„“”\"»«‚‘’›‹']")
# constructions both sets must cover
COMMON_TAGS = (
    "title-name",
    "noun-surname",
    "particle-name",
    "multipart-name",
    "role-apposition",
    "compound-role",
    "linebreak-name",
    "nbsp-name",
    "role-anaphor",
    "gender-anaphor",
    "age-anaphor",
    "cue-wissen",
    "cue-vorwerfen",
    "cue-noun-colon",
    "cue-hiess-es",
    "after-indirect",
    "wrapped",
)


@dataclasses.dataclass(frozen=True)
class BlindSet:
    """One blind set: its files and what it must cover."""

    name: str  #: the split and id prefix: blind, blind2
    tags: tuple[str, ...]  #: constructions it must cover ...
    min_per_tag: int  #: ... each with at least this many quotation records
    #: the end of the counts line its README section shows after "speech quotations"
    headline_extra: str = ""
    min_passages: int = 90
    min_speech: int = 170
    #: each pattern with at least this many records
    min_per_pattern: int = 5
    #: every quotation-mark convention represented (at least 3 records each)
    all_marks: bool = True
    #: passages line-wrapped at about 72 columns
    min_wrapped: int = 10

    @property
    def jsonl(self) -> Path:
        return DATA_DIR / f"{self.name}.jsonl"

    @property
    def builder(self) -> Path:
        return DATA_DIR / f"build_{self.name}.py"


FIRST = BlindSet("blind", COMMON_TAGS, 5)
SECOND = BlindSet(
    "blind2",
    (
        *COMMON_TAGS,
        "pronoun",
        "nominal",
        "cue-addition",
        "cue-next-sentence",
        "org",
        "media",
        "perfekt",
        "interview",
    ),
    6,
    ", {unattributed} of the non-speech records unattributed",
)


THIRD = BlindSet(
    "blind3",
    (
        *COMMON_TAGS,
        "pronoun",
        "nominal",
        "cue-addition",
        "cue-next-sentence",
        "org",
        "media",
        "perfekt",
        "plusquamperfekt",
        "interview",
        "linebreak-cue",
        "cue-so",
        "cue-laut",
        "cue-zufolge",
        "cue-social",
        "cue-mitteilung",
        "cue-zitiert",
        "cue-reply",
        "cue-concede",
        "unattributed",
    ),
    5,
    ", {unattributed} of the non-speech records unattributed",
)
FOURTH = BlindSet(
    "blind4",
    (
        "konj-cont",
        "konj-after-direct",
        "konj-after-indirect",
        "konj-chain",
        "narrator-konj2",
        "via-media",
        "cue-zitiert",
        "cue-davon-aus",
        "cue-zurueckweisen",
        "cue-bezeichnen",
        "cue-nennen",
        "cont-colon",
        "coord-verbs",
        "so-parenthetical",
        "after-question",
    ),
    4,
    min_passages=60,
    min_speech=150,
    min_per_pattern=1,
    all_marks=False,
    min_wrapped=4,
)
FIFTH = BlindSet(
    "blind5",
    (
        "title-name",
        "compound-role",
        "noun-surname",
        "particle-name",
        "multipart-name",
        "role-apposition",
        "nbsp-name",
        "role-anaphor",
        "gender-anaphor",
        "age-anaphor",
        "pronoun",
        "nominal",
        "org",
        "interview",
        "cue-hiess-es",
        "cue-vorwerfen",
        "cue-zitiert",
        "cue-nennen",
        "cue-reply",
        "cue-so",
        "cue-addition",
        "cue-angaben",
        "cue-stance",
        "after-indirect",
        "after-question",
        "coord-verbs",
        "konj-cont",
        "document",
        "via-media",
        "linebreak-cue",
        "wrapped",
    ),
    3,
    min_passages=100,
    min_speech=230,
    min_per_pattern=4,
    all_marks=False,
    min_wrapped=7,
)
#: the sets written after the first, with the checks of their own below
LATER = [SECOND, THIRD]


@pytest.fixture(scope="module", params=[FIRST, SECOND, THIRD, FOURTH, FIFTH], ids=lambda s: s.name)
def blind(request: pytest.FixtureRequest) -> BlindSet:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def builder(blind: BlindSet) -> ModuleType:
    return load_builder(blind.builder)


@pytest.fixture(scope="module")
def records(blind: BlindSet) -> list[dict[str, Any]]:
    return [json.loads(line) for line in blind.jsonl.read_text(encoding="utf-8").splitlines()]


def _quotes(records: list[dict[str, Any]]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(rec, q) for rec in records for q in rec["quotes"]]


def _tags(q: dict[str, Any]) -> list[str]:
    pattern: str = q["pattern"]
    return pattern.split("|")[2:]


def _set_records(blind: BlindSet) -> list[dict[str, Any]]:
    lines = blind.jsonl.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_file_is_what_the_builder_writes_now(blind: BlindSet, builder: ModuleType) -> None:
    assert blind.jsonl.read_text(encoding="utf-8") == builder.render_jsonl(), (
        f"tests/data/{blind.name}.jsonl is stale: run python tests/data/build_{blind.name}.py"
    )


def test_records_have_the_wikinews_layout(blind: BlindSet, records: list[dict[str, Any]]) -> None:
    ids = [rec["id"] for rec in records]
    assert len(set(ids)) == len(ids)
    for rec in records:
        assert set(rec) == {"id", "split", "title", "text", "quotes", "other_quotes"}
        assert rec["split"] == blind.name
        assert rec["id"].startswith(f"{blind.name}/")
        assert rec["other_quotes"] == []
        assert rec["title"]
        assert rec["text"] == rec["text"].strip()


def test_the_gold_loader_reads_every_speech_record(
    blind: BlindSet, records: list[dict[str, Any]]
) -> None:
    docs = load_gold(blind.jsonl)
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


def test_wrapped_passages_are_broken_into_lines(
    blind: BlindSet, records: list[dict[str, Any]]
) -> None:
    wrapped = [rec for rec in records if any("wrapped" in _tags(q) for q in rec["quotes"])]
    assert len(wrapped) >= blind.min_wrapped
    for rec in wrapped:
        assert all("wrapped" in _tags(q) for q in rec["quotes"]), rec["id"]
        assert any("\n" in para for para in rec["text"].split("\n\n")), rec["id"]
        assert max(len(line) for line in rec["text"].split("\n")) <= 76, rec["id"]
    # a line break inside a speaker mention, and between a quote and its cue
    linebreak = [q for _, q in _quotes(records) if "linebreak-name" in _tags(q)]
    assert all("\n" in q["speaker"] for q in linebreak)
    nbsp = [q for _, q in _quotes(records) if "nbsp-name" in _tags(q)]
    assert all("\u00a0" in q["speaker"] for q in nbsp)


def test_set_is_big_enough_and_covers_the_constructions(
    blind: BlindSet, builder: ModuleType, records: list[dict[str, Any]]
) -> None:
    counts = builder.counts(records)
    assert counts["passages"] >= blind.min_passages
    assert counts["speech_quotations"] >= blind.min_speech
    share = counts["non_speech"] / counts["records"]
    assert 0.10 <= share <= 0.25, share
    for tag in blind.tags:
        assert counts["tags"].get(tag, 0) >= blind.min_per_tag, (tag, counts["tags"])
    for pattern, n in counts["patterns"].items():
        assert n >= blind.min_per_pattern, (pattern, n)
    marks = counts["marks"]
    assert marks["german_low_high"] > sum(marks.values()) / 2  # mostly „…“
    if not blind.all_marks:
        return
    for convention in ("guillemets_inward", "guillemets_swiss", "english_double", "ascii_double"):
        assert marks.get(convention, 0) >= 3, (convention, marks)


def test_readme_counts_are_current(
    blind: BlindSet, builder: ModuleType, records: list[dict[str, Any]]
) -> None:
    readme = (DATA_DIR / "README.md").read_text(encoding="utf-8").replace("\n", " ")
    c = builder.counts(records)
    headline = (
        f"{c['passages']} passages, {c['records']} records ({c['speech_records']} speech, "
        f"{c['non_speech']} non-speech), {c['speech_quotations']} speech quotations"
        + blind.headline_extra.format(**c)
    )
    assert headline in readme, f"update the {blind.name}.jsonl counts in tests/data/README.md"


# --- the first set's builder -----------------------------------------------------------


def test_wrapped_checks_its_lines() -> None:
    builder = load_builder(FIRST.builder)
    P, Q = builder.P, builder.Q  # noqa: N806
    q = Q("Ja", "sagte {er}", "sagte", "P1+P8")
    ok = builder.wrapped(P("x", "t", "„Ja“, sagte er,\nund er lachte.", [q]))
    assert ok.quotes == [dataclasses.replace(q, tags=("wrapped",))]
    with pytest.raises(builder.AuthoringError, match="line breaks"):
        builder.wrapped(P("x", "t", "„Ja“, sagte er, und er lachte.", [q]))
    with pytest.raises(builder.AuthoringError, match="longer than"):
        builder.wrapped(P("x", "t", "„Ja“, sagte er,\n" + "und er lachte " * 8, [q]))


# --- what only the later sets have ----------------------------------------------------------


@pytest.mark.parametrize("later", [*LATER, FOURTH, FIFTH], ids=lambda s: s.name)
def test_no_passage_of_a_later_set_is_shared_with_an_earlier_one(later: BlindSet) -> None:
    order = [FIRST, SECOND, THIRD, FOURTH, FIFTH]
    earlier = order[: order.index(later)]
    texts = {rec["text"] for s in earlier for rec in _set_records(s)}
    slugs = {rec["id"].split("/", 1)[1] for s in earlier for rec in _set_records(s)}
    for rec in _set_records(later):
        assert rec["text"] not in texts, rec["id"]
        assert rec["id"].split("/", 1)[1] not in slugs, rec["id"]


@pytest.mark.parametrize("later", LATER, ids=lambda s: s.name)
def test_the_unattributed_quotations_have_no_speaker(later: BlindSet) -> None:
    quotes = _quotes(_set_records(later))
    unattributed = [q for _, q in quotes if "unattributed" in _tags(q)]
    assert len(unattributed) >= 10
    assert all(q["speaker"] is None and q["type"] == "NonSpeech" for q in unattributed)
    no_speaker = [q for _, q in quotes if "cue-without-speaker" in _tags(q)]
    assert all(q["speaker"] is None for q in no_speaker)


@pytest.mark.parametrize("later", LATER, ids=lambda s: s.name)
def test_the_passages_are_short(later: BlindSet) -> None:
    for rec in _set_records(later):
        assert len(rec["text"]) <= 700, (rec["id"], len(rec["text"]))


# --- what only the third set has --------------------------------------------------------------


def test_the_third_sets_cues_follow_the_convention() -> None:
    """One word; the verb of the tagged construction (the tags the third set adds)."""
    cue_words = {
        "cue-zitiert": {"zitiert", "zitierte"},
        "cue-so": {"so"},
        "cue-laut": {"laut", "Laut"},
        "cue-zufolge": {"zufolge"},
    }
    for rec, q in _quotes(_set_records(THIRD)):
        if q["cue"] is not None and q["cue"]["text"] != "Nach Angaben":
            assert " " not in q["cue"]["text"], (rec["id"], q["cue"])
        for tag, words in cue_words.items():
            if tag in _tags(q):
                assert q["cue"]["text"] in words, (rec["id"], tag, q["cue"])
