"""The result types: frozen, validated, plain data."""

from __future__ import annotations

import json
import pickle

import attrs
import pytest

import quoteattr
from quoteattr import Cue, Quote, Span, Speaker, find_quotes

TEXT = "„Wir sind bereit“, sagte Müller."


def _quote(**changes: object) -> Quote:
    start = TEXT.index("Wir")
    end = TEXT.index("“")
    fields: dict[str, object] = {
        "text": TEXT[start:end],
        "start": start,
        "end": end,
        "outer": Span.of(TEXT, start - 1, end + 1),
        "open_mark": "„",
        "close_mark": "“",
        "closed": True,
        "speaker": Speaker("Müller", Span.of(TEXT, TEXT.index("Müller"), TEXT.index("."))),
        "cue": Cue("sagen", Span.of(TEXT, TEXT.index("sagte"), TEXT.index("sagte") + 5)),
        "rule": "cue_after_quote",
        "confidence": 0.95,
    }
    fields.update(changes)
    return Quote(**fields)  # type: ignore[arg-type]


def test_public_api_is_exactly_the_documented_names() -> None:
    assert sorted(quoteattr.__all__) == sorted(
        [
            "Cue",
            "LongSentenceWarning",
            "ModelNotFoundError",
            "PipelineError",
            "Quote",
            "QuoteExtractor",
            "QuoteattrError",
            "QuoteattrWarning",
            "Quotes",
            "Rendering",
            "Speaker",
            "Span",
            "extract",
            "find_quotes",
            "format_table",
            "quote_record",
            "read_jsonl",
            "render",
            "speaker_table",
            "to_dataframe",
            "write_csv",
            "write_jsonl",
        ]
    )
    missing = [name for name in quoteattr.__all__ if not hasattr(quoteattr, name)]
    assert not missing, f"quoteattr.__all__ names what the package lacks: {missing}"


@pytest.mark.parametrize(
    ("start", "end", "text", "message"),
    [
        (5, 3, "", "end"),
        (-1, 2, "abc", ">= 0"),
        (0, 2, "abc", "characters"),
        (0, 3, 7, "must be <class 'str'>"),
    ],
    ids=["end-before-start", "negative", "text-length", "text-not-str"],
)
def test_span_rejects_impossible_values(start: int, end: int, text: object, message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        Span(start, end, text)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"confidence": 1.5}, "confidence"),
        ({"closed": False}, "close_mark"),
        ({"part": 2, "n_parts": 2}, "part"),
        ({"depth": -1}, ">= 0"),
        ({"outer": Span.of(TEXT, 3, 6)}, "within outer"),
        ({"group": 50}, "group"),
    ],
    ids=["confidence", "closed-with-mark", "part-out-of-range", "depth", "outer", "group"],
)
def test_quote_rejects_impossible_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _quote(**changes)


def test_quote_is_frozen_hashable_and_picklable() -> None:
    q = _quote()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        q.start = 0  # type: ignore[misc]
    assert {q: 1}[_quote()] == 1
    assert pickle.loads(pickle.dumps(q)) == q


def test_quote_round_trips_through_dict_and_json() -> None:
    q = _quote()
    assert q.to_dict() == attrs.asdict(q)
    assert Quote.from_dict(json.loads(json.dumps(q.to_dict()))) == q
    bare = _quote(speaker=None, cue=None, rule=None, confidence=0.0)
    assert Quote.from_dict(json.loads(json.dumps(bare.to_dict()))) == bare


def test_quote_offsets_point_into_the_original_text() -> None:
    q = _quote()
    assert TEXT[q.start : q.end] == q.text
    assert TEXT[q.outer.start : q.outer.end] == "„Wir sind bereit“"
    assert q.group == q.start  # a standalone quote is its own group
    assert q.span == Span(q.start, q.end, q.text)


# --- Speaker: kind, resolved and the canonical name -------------------------------------


def test_speaker_name_is_plain_spaced_and_the_mention_exact() -> None:
    mention = Span(0, 14, "Angela\n\xa0Merkel")
    speaker = Speaker("Angela\n\xa0Merkel", mention, "person", resolved=True)
    assert speaker.name == "Angela Merkel"
    assert speaker.mention.text == "Angela\n\xa0Merkel"


@pytest.mark.parametrize("kind", ["person", "organisation", "media", "document", "unknown"])
def test_speaker_kinds_round_trip_through_dicts(kind: str) -> None:
    text = "„Ja“, sagte X."
    quote = attrs.evolve(
        find_quotes(text)[0], speaker=Speaker("X", Span(12, 13, "X"), kind, resolved=True)
    )
    assert Quote.from_dict(quote.to_dict()) == quote
    assert quote.to_dict()["speaker"]["kind"] == kind


@pytest.mark.parametrize(
    ("kind", "resolved", "error"),
    [("people", False, ValueError), ("person", 1, TypeError)],
)
def test_speaker_rejects_an_unknown_kind_or_a_non_bool_resolved(
    kind: str, resolved: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        Speaker("X", Span(0, 1, "X"), kind, resolved)  # type: ignore[arg-type]
