"""Malformed input to the two JSON Lines readers, ``quoteattr.read_jsonl`` and
``quoteattr.evaluation.load_gold``: every bad line gives one ``ValueError`` that names the
file, the line and the field (no model needed).

Each table row is one defect: the change that breaks a good record, and the parts the
message must contain.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import Cue, Quote, Span, Speaker
from quoteattr.evaluation import load_gold

TEXT = "Olaf Scholz sagte: „Wir schaffen das.“"

#: 100,000 nested brackets: more than the JSON decoder's recursion can take.
DEEP = "[" * 100_000 + "]" * 100_000

Change = Callable[[dict[str, Any]], object]


def _at(text: str, sub: str) -> Span:
    start = text.index(sub)
    return Span.of(text, start, start + len(sub))


def good_quote() -> dict[str, Any]:
    """A quotation record as ``write_jsonl`` writes it, with speaker and cue."""
    (found,) = quoteattr.find_quotes(TEXT)
    quote = Quote(
        **{
            **found.to_dict(),
            "outer": found.outer,
            "speaker": Speaker("Olaf Scholz", _at(TEXT, "Olaf Scholz")),
            "cue": Cue("sagen", _at(TEXT, "sagte")),
            "rule": "colon_before_quote",
            "confidence": 0.9,
        }
    )
    return json.loads(json.dumps(quote.to_dict()))


def good_gold() -> dict[str, Any]:
    """A gold document with one quote in the Wikinews schema."""
    inner, mention, cue = (
        _at(TEXT, "Wir schaffen das."),
        _at(TEXT, "Olaf Scholz"),
        _at(TEXT, "sagte"),
    )
    return {
        "id": "a1",
        "title": "Beispiel",
        "text": TEXT,
        "quotes": [
            {
                "start": inner.start - 1,
                "end": inner.end + 1,
                "inner_start": inner.start,
                "inner_end": inner.end,
                "speaker": mention.text,
                "speaker_start": mention.start,
                "speaker_end": mention.end,
                "cue": {"start": cue.start, "end": cue.end, "text": cue.text},
                "is_nested": False,
                "type": "Direct",
            }
        ],
    }


def _write(path: Path, good: dict[str, Any], bad: str) -> Path:
    """The good record on line 1, the bad one on line 2."""
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n" + bad + "\n", encoding="utf-8")
    return path


def _broken(good: dict[str, Any], change: Change | str) -> str:
    """The line ``change`` makes of ``good``: a raw line, or ``good`` changed in place."""
    if isinstance(change, str):
        return change
    record = copy.deepcopy(good)
    change(record)
    return json.dumps(record, ensure_ascii=False)


def _check_message(message: str, path: Path, parts: list[str]) -> None:
    assert message.startswith(f"{path}, line 2: "), message
    missing = [part for part in parts if part not in message]
    assert missing == [], message
    for internal in ("Attribute(", "<class", "Traceback", '"s"', '"e"'):
        assert internal not in message, message
    assert len(message) < len(str(path)) + 200, message


def _set(path: str, value: object) -> Change:
    """A change that sets the field at the dotted ``path`` of a quotation record."""
    *parents, last = path.split(".")

    def change(record: dict[str, Any]) -> None:
        target = record["quote"]
        for key in parents:
            target = target[key]
        target[last] = value

    return change


def _quote(change: Callable[[dict[str, Any]], object]) -> Change:
    return lambda record: change(record["quote"])


# ---------------------------------------------------------------------------
# read_jsonl
# ---------------------------------------------------------------------------

READ_JSONL_CASES = [
    pytest.param(_set("start", True), ['"start"', "integer", "got true"], id="start-true"),
    pytest.param(_set("start", "9"), ['"start"', "integer", 'got "9"'], id="start-string"),
    pytest.param(_set("depth", -1), ['"depth"', ">= 0", "got -1"], id="depth-negative"),
    pytest.param(_set("n_parts", 0), ['"n_parts"', ">= 1", "got 0"], id="n-parts-zero"),
    pytest.param(_set("outer.start", "0"), ['"outer.start"', 'got "0"'], id="outer-start-string"),
    pytest.param(
        _set("outer", None), ['"outer"', "must be an object", "got null"], id="outer-null"
    ),
    pytest.param(_set("closed", 1), ['"closed"', "true or false", "got 1"], id="closed-int"),
    pytest.param(_set("open_mark", 5), ['"open_mark"', "string", "got 5"], id="mark-number"),
    pytest.param(_set("rule", 5), ['"rule"', "string", "got 5"], id="rule-number"),
    pytest.param(
        _set("confidence", "high"), ['"confidence"', "number", 'got "high"'], id="confidence-text"
    ),
    pytest.param(
        _set("confidence", 2), ['"confidence"', "from 0 to 1", "got 2"], id="confidence-2"
    ),
    pytest.param(_set("cue", 5), ['"cue"', "must be an object", "got 5"], id="cue-number"),
    pytest.param(
        _set("cue.span.end", 100), ['"cue.span"', "[12:100]", "does not fit"], id="cue-span-misfit"
    ),
    pytest.param(
        _set("speaker.mention.text", "Olaf"),
        ['"speaker.mention"', "does not fit"],
        id="mention-misfit",
    ),
    pytest.param(
        _quote(lambda q: q["speaker"].pop("name")),
        ['"speaker"', "missing field(s) 'name'"],
        id="speaker-without-name",
    ),
    pytest.param(
        _set("speaker.kind", "people"),
        ['"speaker.kind"', "must be one of person, organisation", 'got "people"'],
        id="speaker-kind-unknown",
    ),
    pytest.param(
        _set("speaker.resolved", "yes"),
        ['"speaker.resolved"', "true or false", 'got "yes"'],
        id="speaker-resolved-str",
    ),
    pytest.param(_set("bogus", 1), ["quote: unknown field(s) 'bogus'"], id="unknown-field"),
    pytest.param(
        _set("end", 40), ["quote: text has 17 characters but the span [20:40]"], id="text-misfit"
    ),
    pytest.param(lambda r: r.update(quote=5), ['"quote" must be an object, got 5'], id="quote-5"),
    pytest.param(lambda r: r.update(source=3), ['"source"', "got 3"], id="source-number"),
    pytest.param("[1, 2]", ["expected a JSON object, got array"], id="array"),
    pytest.param('{"source": ', ["invalid JSON"], id="cut-off"),
    pytest.param(DEEP, ["invalid JSON", "nested too deeply"], id="deep-nesting"),
    pytest.param(
        '{"source": null, "quote": ' + "9" * 5000 + "}", ["invalid JSON"], id="huge-number"
    ),
]


@pytest.mark.parametrize(("change", "parts"), READ_JSONL_CASES)
def test_read_jsonl_names_file_line_and_field(
    tmp_path: Path, change: Change | str, parts: list[str]
) -> None:
    good = {"source": "a.txt", "quote": good_quote()}
    path = _write(tmp_path / "bad.jsonl", good, _broken(good, change))
    with pytest.raises(ValueError) as info:  # noqa: PT011 - the message is checked below
        quoteattr.read_jsonl(path)
    _check_message(str(info.value), path, parts)


def test_read_jsonl_reads_the_good_record_of_the_table(tmp_path: Path) -> None:
    good = {"source": "a.txt", "quote": good_quote()}
    path = _write(tmp_path / "good.jsonl", good, json.dumps(good))
    quotes = quoteattr.read_jsonl(path)
    assert [q.to_dict() for q in quotes] == [good["quote"]] * 2
    assert all(TEXT[q.start : q.end] == q.text for q in quotes)


def test_read_jsonl_reads_a_speaker_written_before_kind_and_resolved(tmp_path: Path) -> None:
    old = {"source": "a.txt", "quote": good_quote()}
    del old["quote"]["speaker"]["kind"], old["quote"]["speaker"]["resolved"]
    path = tmp_path / "old.jsonl"
    path.write_text(json.dumps(old, ensure_ascii=False) + "\n", encoding="utf-8")
    [quote] = quoteattr.read_jsonl(path)
    assert quote.speaker is not None
    assert (quote.speaker.kind, quote.speaker.resolved) == ("unknown", False)


# ---------------------------------------------------------------------------
# load_gold
# ---------------------------------------------------------------------------


def _gold_set(key: str, value: object) -> Change:
    return lambda doc: doc["quotes"][0].__setitem__(key, value)


def _cue_set(key: str, value: object) -> Change:
    return lambda doc: doc["quotes"][0]["cue"].__setitem__(key, value)


LOAD_GOLD_CASES = [
    pytest.param(
        _gold_set("speaker_spans", 5),
        ["quote 0: ", '"speaker_spans"', "list of [start, end] pairs", "got 5"],
        id="speaker-spans-5",
    ),
    pytest.param(
        _gold_set("speaker_spans", [[0, "x"]]),
        ["quote 0: ", "speaker_spans[0]", "pair of integers", 'got [0, "x"]'],
        id="speaker-spans-pair-string",
    ),
    pytest.param(
        _gold_set("speaker_spans", [[0, 10_000]]),
        ["speaker_spans[0] [0:10000]", "not a span of the text"],
        id="speaker-spans-out-of-text",
    ),
    pytest.param(
        lambda d: d["quotes"][0].update(
            speaker=None, speaker_start=None, speaker_end=None, speaker_spans=[[0, 4]]
        ),
        ['"speaker_spans" is given without speaker_start/speaker_end'],
        id="speaker-spans-without-speaker",
    ),
    pytest.param(
        _cue_set("end", 1000),
        ['quote 0: "cue" start/end [12:1000]', "not a span of the text"],
        id="cue-offsets-are-the-cues",
    ),
    pytest.param(
        _cue_set("start", "12"),
        ['"cue" start/end', "must both be integers", 'got "12" and 17'],
        id="cue-start-string",
    ),
    pytest.param(_cue_set("text", None), ['"cue" needs "text"'], id="cue-without-text"),
    pytest.param(
        _gold_set("start", True),
        ["quote 0: start/end", "must both be integers", "got true and 38"],
        id="start-true",
    ),
    pytest.param(
        _gold_set("inner_start", True), ["inner_start/inner_end", "got true"], id="inner-true"
    ),
    pytest.param(
        _gold_set("inner_end", 10**400),
        ["inner_start/inner_end [20:1000", "…]", "not a span of the text"],
        id="huge-offset",
    ),
    pytest.param(_gold_set("is_nested", "yes"), ['"is_nested"', 'got "yes"'], id="nested-string"),
    pytest.param(_gold_set("part", "1"), ['"part" must be an integer, got "1"'], id="part-string"),
    pytest.param(_gold_set("type", 5), ['"type" must be a string, got 5'], id="type-number"),
    pytest.param(
        _gold_set("speaker", 5), ['"speaker" must be a string or null, got 5'], id="speaker-5"
    ),
    pytest.param(_gold_set("text", 5), ['quote 0: "text" must be a string'], id="quote-text-5"),
    pytest.param(
        lambda d: d.update(quotes=[[1, 2]]),
        ["quote 0: expected a JSON object, got [1, 2]"],
        id="quote-array",
    ),
    pytest.param(
        lambda d: d.update(quotes={}), ['"quotes" must be a list, got {}'], id="quotes-object"
    ),
    pytest.param(lambda d: d.pop("quotes"), ['missing "quotes"'], id="quotes-missing"),
    pytest.param(lambda d: d.update(text=5), ['"text" must be a string, got 5'], id="text-5"),
    pytest.param(
        lambda d: d.update(id=True), ['"id" must be a string or an integer, got true'], id="id-true"
    ),
    pytest.param(lambda d: d.update(title=5), ['"title" must be a string, got 5'], id="title-5"),
    pytest.param("[1, 2]", ["expected a JSON object, got array"], id="array"),
    pytest.param(DEEP, ["invalid JSON", "nested too deeply"], id="deep-nesting"),
]


@pytest.mark.parametrize(("change", "parts"), LOAD_GOLD_CASES)
def test_load_gold_names_file_line_and_field(
    tmp_path: Path, change: Change | str, parts: list[str]
) -> None:
    good = good_gold()
    path = _write(tmp_path / "bad.jsonl", good, _broken(good, change))
    with pytest.raises(ValueError) as info:  # noqa: PT011 - the message is checked below
        load_gold(path)
    _check_message(str(info.value), path, parts)


def test_load_gold_reads_the_good_record_of_the_table(tmp_path: Path) -> None:
    good = good_gold()
    (doc, again) = load_gold(_write(tmp_path / "good.jsonl", good, json.dumps(good)))
    assert doc == again
    (quote,) = doc.quotes
    assert (quote.text, quote.cue, doc.title) == ("Wir schaffen das.", "sagte", "Beispiel")
    assert quote.speaker == _at(TEXT, "Olaf Scholz")


def test_load_gold_null_optional_fields_mean_absent(tmp_path: Path) -> None:
    good = good_gold()
    good.update(title=None)
    good["quotes"][0].update(is_nested=None, part=None, n_parts=None, speaker_spans=None)
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = load_gold(path)
    assert doc.title == ""
    assert (doc.quotes[0].is_nested, doc.quotes[0].part, doc.quotes[0].n_parts) == (False, 0, 1)


# ---------------------------------------------------------------------------
# files that are not UTF-8
# ---------------------------------------------------------------------------

READERS = [
    pytest.param(quoteattr.read_jsonl, id="read_jsonl"),
    pytest.param(load_gold, id="load_gold"),
]


@pytest.mark.parametrize("read", READERS)
def test_a_latin_1_file_is_named_with_line_and_byte(
    tmp_path: Path, read: Callable[[Path], object]
) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b"\n" + '{"text": "Müller", "quotes": []}'.encode("latin-1") + b"\n")
    with pytest.raises(ValueError, match="not UTF-8") as info:
        read(path)
    assert str(info.value) == (
        f"{path}, line 2: not UTF-8: byte 0xFC at column 12 (the file must be saved as UTF-8)"
    )


def test_a_stream_that_cannot_decode_is_named() -> None:
    good = json.dumps({"source": None, "quote": good_quote()}, ensure_ascii=False)
    raw = (good + "\n").encode("utf-8") + b'{"source": "M\xfcller"}\n'
    stream = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
    with pytest.raises(
        ValueError, match=r"^<stream>: not readable as text \(invalid start byte\)$"
    ):
        quoteattr.read_jsonl(stream)
