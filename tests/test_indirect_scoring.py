"""Scoring indirect speech (quoteattr.evaluation._indirect): gold items from other_quotes,
half-of-each character matching, speaker accuracy and the per-construction breakdown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quoteattr import Quote, Span, Speaker
from quoteattr.evaluation import construction, gold_indirect, load_gold, score_indirect

TEXT = (
    "Eine Million Arbeitsplätze würden sich laut Ma in den USA ergeben. "
    "Trump sagte, dass er zufrieden sei. Es gebe viel zu tun."
)


def rec(
    text: str,
    part: str,
    aid: int,
    kind: str = "Indirect",
    speaker: str | None = None,
    cue: str | None = None,
) -> dict[str, object]:
    start = text.index(part)
    out: dict[str, object] = {
        "start": start,
        "end": start + len(part),
        "text": part,
        "type": kind,
        "annotation_id": aid,
    }
    if speaker is not None:
        s = text.index(speaker)
        out.update(speaker=speaker, speaker_start=s, speaker_end=s + len(speaker))
    if cue is not None:
        c = text.index(cue)
        out["cue"] = {"start": c, "end": c + len(cue), "text": cue}
    return out


def gold() -> list[dict[str, object]]:
    return [
        rec(TEXT, "Eine Million Arbeitsplätze würden sich", 0, speaker="Ma", cue="laut"),
        rec(TEXT, "in den USA ergeben", 0, speaker="Ma", cue="laut"),
        rec(TEXT, "dass er zufrieden sei", 1, speaker="Trump", cue="sagte"),
        rec(TEXT, "Es gebe viel zu tun", 2, kind="IndirectFreeIndirect", speaker="Trump"),
        rec(TEXT, "Trump sagte", 3, kind="Reported"),  # another type: left out
    ]


def pred(
    part: str,
    name: str | None,
    mention: str | None = None,
    group: int | None = None,
    n: int = 1,
    k: int = 0,
) -> Quote:
    start = TEXT.index(part)
    span = Span.of(TEXT, start, start + len(part))
    speaker = None
    if name is not None:
        m = TEXT.index(mention or name)
        speaker = Speaker(name, Span.of(TEXT, m, m + len(mention or name)))
    return Quote(
        span.text,
        span.start,
        span.end,
        span,
        "",
        "",
        True,
        part=k,
        n_parts=n,
        group=start if group is None else group,
        speaker=speaker,
        kind="indirect",
    )


def test_parts_of_one_annotation_are_one_item_and_other_types_are_left_out() -> None:
    items = gold_indirect(TEXT, gold())
    assert [len(i.parts) for i in items] == [2, 1, 1]
    assert [i.construction for i in items] == ["marker", "dass/ob/w-clause", "continuation"]
    assert [s.text for s in items[0].speakers] == ["Ma"]


def test_matching_needs_half_of_each_and_speakers_are_judged() -> None:
    items = gold_indirect(TEXT, gold())
    whole = "Eine Million Arbeitsplätze würden sich laut Ma in den USA ergeben"
    preds = [
        pred(whole, "Ma"),  # covers both parts and the frame: over half of each
        pred("dass er zufrieden sei", "Ma"),  # right message, wrong speaker
        pred("Es gebe viel", "Donald Trump", "Trump"),  # 12 of 19 characters: matches
    ]
    r = score_indirect([items], [preds])
    assert (r.message.tp, r.message.n_pred, r.message.n_gold) == (3, 3, 3)
    assert (r.speaker.correct, r.speaker.total) == (2, 3)
    assert r.message_speaker.tp == 2
    by = {c.construction: c for c in r.by_construction}
    assert by["dass/ob/w-clause"].speaker.correct == 0
    assert by["marker"].matched == 1


def test_a_short_prediction_inside_a_long_gold_message_does_not_match() -> None:
    items = gold_indirect(TEXT, gold())
    r = score_indirect([items], [[pred("zufrieden", "Trump")]])
    assert r.message.tp == 0
    assert r.message.n_pred == 1


def test_predicted_parts_count_as_one_item_and_direct_quotes_are_ignored() -> None:
    items = gold_indirect(TEXT, gold())
    a = pred("Eine Million Arbeitsplätze würden sich", "Ma", n=2)
    b = pred("in den USA ergeben", "Ma", group=a.start, n=2, k=1)
    span = Span.of(TEXT, 0, 4)
    direct = Quote("Eine", 0, 4, span, "", "", False)
    r = score_indirect([items], [[a, b, direct]])
    assert (r.message.tp, r.n_predicted) == (1, 1)


def test_gold_without_speaker_is_right_only_without_a_predicted_speaker() -> None:
    recs = [rec(TEXT, "dass er zufrieden sei", 1)]
    items = gold_indirect(TEXT, recs)
    assert score_indirect([items], [[pred("dass er zufrieden sei", None)]]).message_speaker.tp == 1
    assert score_indirect([items], [[pred("dass er zufrieden sei", "Ma")]]).message_speaker.tp == 0


def test_constructions() -> None:
    assert construction("Indirect", "ob er komme", "fragte") == "dass/ob/w-clause"
    assert construction("Indirect", "für den Verlust verantwortlich zu sein", "vorgeworfen") == (
        "zu-infinitive"
    )
    assert construction("Indirect", "Es gebe Tote", "Nach") == "marker"
    assert construction("Indirect", "er sei krank", "sagte") == "other clause"


def test_load_gold_reads_other_quotes(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "a", "text": TEXT, "quotes": [], "other_quotes": gold()}))
    (doc,) = load_gold(path)
    assert len(doc.indirect) == 3


def test_bad_other_quotes_are_named(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    bad = [{"start": 5, "end": 999, "type": "Indirect"}]
    path.write_text(json.dumps({"id": "a", "text": TEXT, "quotes": [], "other_quotes": bad}))
    with pytest.raises(ValueError, match="other_quotes"):
        load_gold(path)
    with pytest.raises(ValueError, match="2 gold documents but 1"):
        score_indirect([[], []], [[]])
