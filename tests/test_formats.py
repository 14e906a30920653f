"""Output formats: flat records, JSON Lines round trip, CSV and the terminal table (no model)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

import attrs
import pytest

import quoteattr
from quoteattr import Cue, Quote, Span, Speaker
from quoteattr._formats import RECORD_FIELDS, json_document

TEXT = (
    "„Wir sind bereit“, sagte Gewerkschaftschef Frank Werneke am Montag. Er sprach von "
    "einem „harten Winter“.\n\nDie Zeitung »Der Bote« berichtete. „Unvollendet"
)


def span(text: str, sub: str) -> Span:
    start = text.index(sub)
    return Span.of(text, start, start + len(sub))


@pytest.fixture
def quotes() -> list[Quote]:
    """The quotes of TEXT: the first with speaker and cue, the second with a speaker and
    no cue, the title and the unclosed one with neither."""
    found = quoteattr.find_quotes(TEXT)
    assert [q.text for q in found] == [
        "Wir sind bereit",
        "harten Winter",
        "Der Bote",
        "Unvollendet",
    ]
    first = Quote(
        **{
            **found[0].to_dict(),
            "outer": found[0].outer,
            "speaker": Speaker("Frank Werneke", span(TEXT, "Gewerkschaftschef Frank Werneke")),
            "cue": Cue("sagen", span(TEXT, "sagte")),
            "rule": "cue_after_quote",
            "confidence": 0.95,
        }
    )
    second = Quote(
        **{
            **found[1].to_dict(),
            "outer": found[1].outer,
            "speaker": Speaker("Frank Werneke", span(TEXT, "Er")),
            "rule": "quote_in_speech_clause",
            "confidence": 0.8,
        }
    )
    return [first, second, found[2], found[3]]


# ---------------------------------------------------------------------------
# flat records
# ---------------------------------------------------------------------------


def test_record_has_the_documented_fields_in_order(quotes: list[Quote]) -> None:
    assert list(quoteattr.quote_record(quotes[0])) == list(RECORD_FIELDS)


def test_record_of_a_quote_with_speaker_and_cue(quotes: list[Quote]) -> None:
    q = quotes[0]
    record = quoteattr.quote_record(q, source="a.txt")
    assert record["source"] == "a.txt"
    assert TEXT[record["start"] : record["end"]] == record["text"] == "Wir sind bereit"
    assert record["speaker"] == "Frank Werneke"
    assert record["mention"] == "Gewerkschaftschef Frank Werneke"
    assert TEXT[record["mention_start"] : record["mention_end"]] == record["mention"]
    assert (record["cue"], record["cue_text"]) == ("sagen", "sagte")
    assert TEXT[record["cue_start"] : record["cue_end"]] == "sagte"
    assert (record["rule"], record["confidence"]) == ("cue_after_quote", 0.95)
    assert TEXT[record["outer_start"] : record["outer_end"]] == "„Wir sind bereit“"
    assert (record["open_mark"], record["close_mark"], record["closed"]) == ("„", "“", True)
    assert (record["paragraph"], record["group"], record["part"], record["n_parts"]) == (
        0,
        q.start,
        0,
        1,
    )


def test_record_without_speaker_or_cue_has_none(quotes: list[Quote]) -> None:
    record = quoteattr.quote_record(quotes[3])
    none_fields = [
        "source",
        "speaker",
        "mention",
        "mention_start",
        "mention_end",
        "cue",
        "cue_text",
        "cue_start",
        "cue_end",
        "rule",
    ]
    assert {k: record[k] for k in none_fields} == dict.fromkeys(none_fields)
    assert (record["closed"], record["close_mark"], record["paragraph"]) == (False, "", 1)


def test_json_document_round_trips(quotes: list[Quote]) -> None:
    doc = json.loads(json.dumps(json_document(quotes, "a.txt")))
    assert doc["source"] == "a.txt"
    assert [Quote.from_dict(d) for d in doc["quotes"]] == quotes


# ---------------------------------------------------------------------------
# JSON Lines
# ---------------------------------------------------------------------------


def test_jsonl_round_trip_through_a_file(quotes: list[Quote], tmp_path: Path) -> None:
    path = tmp_path / "quotes.jsonl"
    assert quoteattr.write_jsonl(quotes, path, source="a.txt") == len(quotes)
    back = quoteattr.read_jsonl(path)
    assert back == quotes
    assert back[2].speaker is None
    assert back[2].cue is None
    assert back[1].speaker is not None
    assert back[1].cue is None


def test_jsonl_is_one_object_per_line_with_source_and_quote(
    quotes: list[Quote], tmp_path: Path
) -> None:
    path = tmp_path / "quotes.jsonl"
    quoteattr.write_jsonl(quotes, path)
    raw = path.read_text(encoding="utf-8")
    assert "„Wir sind bereit“" in raw  # written as UTF-8, not \u escapes
    lines = [json.loads(line) for line in raw.splitlines()]
    assert [set(line) for line in lines] == [{"source", "quote"}] * len(quotes)
    assert [line["source"] for line in lines] == [None] * len(quotes)
    assert [line["quote"] for line in lines] == [q.to_dict() for q in quotes]


def test_jsonl_several_sources_in_one_stream(quotes: list[Quote]) -> None:
    stream = io.StringIO()
    quoteattr.write_jsonl(quotes[:2], stream, source="a.txt")
    quoteattr.write_jsonl([], stream, source="empty.txt")
    quoteattr.write_jsonl(quotes[2:], stream, source="b.txt")
    assert not stream.closed
    stream.seek(0)
    grouped = quoteattr.read_jsonl(stream, by_source=True)
    assert grouped == {"a.txt": quotes[:2], "b.txt": quotes[2:]}
    assert list(grouped) == ["a.txt", "b.txt"]


def test_read_jsonl_skips_blank_lines(quotes: list[Quote], tmp_path: Path) -> None:
    stream = io.StringIO()
    quoteattr.write_jsonl(quotes, stream)
    path = tmp_path / "q.jsonl"
    path.write_text("\n" + stream.getvalue().replace("\n", "\n\n"), encoding="utf-8")
    assert quoteattr.read_jsonl(path) == quotes


def test_read_jsonl_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        quoteattr.read_jsonl(tmp_path / "nope.jsonl")


def _good_line(quotes: list[Quote]) -> dict[str, object]:
    return {"source": "a.txt", "quote": quotes[0].to_dict()}


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("{not json", "invalid JSON"),
        ("[1, 2]", "expected a JSON object, got array"),
        ('{"source": "a.txt"}', 'missing "quote"'),
        ('{"source": 3, "quote": {}}', '"source" must be a string or null'),
        ('{"source": null, "quote": {}, "extra": 1}', "unknown field(s) 'extra'"),
        ('{"source": null, "quote": {"text": "x"}}', "quote: missing field(s) 'start'"),
    ],
)
def test_read_jsonl_names_file_line_and_problem(
    quotes: list[Quote], tmp_path: Path, line: str, problem: str
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(_good_line(quotes)) + "\n" + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="line 2: ") as info:
        quoteattr.read_jsonl(path)
    message = str(info.value)
    assert message.startswith(f"{path}, line 2: ")
    assert problem in message


def test_read_jsonl_rejects_a_quote_that_does_not_fit(quotes: list[Quote]) -> None:
    data = quotes[0].to_dict()
    data["end"] += 3  # the text no longer fits the span
    stream = io.StringIO(json.dumps({"source": None, "quote": data}) + "\n")
    with pytest.raises(ValueError, match=r"line 1: quote: text has 15 characters"):
        quoteattr.read_jsonl(stream)


def test_writers_reject_what_is_not_a_quote() -> None:
    with pytest.raises(TypeError, match="expected Quote objects, got str"):
        quoteattr.write_jsonl(["„x“"], io.StringIO())  # type: ignore[list-item]
    with pytest.raises(TypeError, match="expected Quote objects, got dict"):
        quoteattr.write_csv([{}], io.StringIO())  # type: ignore[list-item]


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def test_csv_rows_match_the_records(quotes: list[Quote], tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    assert quoteattr.write_csv(quotes, path, source="a.txt") == len(quotes)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == RECORD_FIELDS
        rows = list(reader)
    assert len(rows) == len(quotes)
    for row, q in zip(rows, quotes, strict=True):
        record = quoteattr.quote_record(q, "a.txt")
        expected = {
            k: "" if v is None else str(v).lower() if isinstance(v, bool) else str(v)
            for k, v in record.items()
        }
        assert row == expected
    assert rows[0]["closed"] == "true"
    assert rows[3]["closed"] == "false"
    assert rows[2]["speaker"] == ""
    assert rows[2]["cue"] == ""


def test_csv_keeps_line_breaks_inside_a_quote() -> None:
    text = "„Erster Absatz.\nZweite Zeile, mit Komma“"
    stream = io.StringIO()
    quoteattr.write_csv(quoteattr.find_quotes(text), stream)
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["text"] for r in rows] == ["Erster Absatz.\nZweite Zeile, mit Komma"]


def test_csv_header_only_once_across_sources(quotes: list[Quote]) -> None:
    stream = io.StringIO()
    quoteattr.write_csv(quotes[:1], stream, source="a.txt")
    quoteattr.write_csv(quotes[1:], stream, source="b.txt", header=False)
    lines = stream.getvalue().splitlines()
    assert lines[0] == ",".join(RECORD_FIELDS)
    assert sum(line == lines[0] for line in lines) == 1
    rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert [r["source"] for r in rows] == ["a.txt", "b.txt", "b.txt", "b.txt"]


def test_csv_of_no_quotes_is_the_header() -> None:
    stream = io.StringIO()
    assert quoteattr.write_csv([], stream) == 0
    assert stream.getvalue() == ",".join(RECORD_FIELDS) + "\n"


# ---------------------------------------------------------------------------
# terminal table
# ---------------------------------------------------------------------------


def width_of(line: str) -> int:
    """Terminal columns, counted independently of the implementation."""
    total = 0
    for c in line:
        if unicodedata.category(c) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1
    return total


def test_table_shows_speaker_mention_rule_offsets_and_quote(quotes: list[Quote]) -> None:
    table = quoteattr.format_table(quotes, width=200)
    header, rule, *rows = table.splitlines()
    assert header.split() == ["speaker", "mention", "rule", "offsets", "quote"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == len(quotes)
    assert rows[0].split("  ")[0] == "Frank Werneke"
    assert "Gewerkschaftschef Frank Werneke" in rows[0]
    assert "cue_after_quote" in rows[0]
    assert f"{quotes[0].start}-{quotes[0].end}" in rows[0]
    assert rows[0].endswith("„Wir sind bereit“")
    assert rows[2].startswith("—")
    assert rows[2].endswith("»Der Bote«")
    assert rows[3].endswith("„Unvollendet")  # unclosed: no closing mark


def test_table_columns_are_aligned(quotes: list[Quote]) -> None:
    lines = quoteattr.format_table(quotes, width=200).splitlines()
    # The offsets column is right-aligned: every line's offsets end in the same column.
    ends = [line.index("offsets") + len("offsets") for line in lines[:1]]
    for line, q in zip(lines[2:], quotes, strict=True):
        offsets = f"{q.start}-{q.end}"
        ends.append(line.index(offsets) + len(offsets))
    assert len(set(ends)) == 1
    quote_cols = {line.index(q.open_mark) for line, q in zip(lines[2:], quotes, strict=True)}
    assert quote_cols == {lines[0].index("quote")}


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_table_fits_the_width_and_shortens_quotes(width: int) -> None:
    text = "„" + "Das ist ein sehr langer Satz, der nicht in eine Zeile passt. " * 4 + "“"
    quotes = quoteattr.find_quotes(text)
    lines = quoteattr.format_table(quotes, width=width).splitlines()
    assert all(width_of(line) <= width for line in lines), lines
    assert lines[2].endswith("…“")
    shown = lines[2][lines[0].index("quote") :]
    assert shown.startswith("„Das ist ein")


def test_table_gives_way_to_the_quote_on_narrow_lines(quotes: list[Quote]) -> None:
    wide = quoteattr.format_table(quotes, width=200).splitlines()
    assert wide[0].split() == ["speaker", "mention", "rule", "offsets", "quote"]
    assert "Gewerkschaftschef Frank Werneke" in wide[2]  # room enough: nothing shortened
    medium = quoteattr.format_table(quotes, width=90).splitlines()
    assert medium[0].split() == ["speaker", "mention", "rule", "offsets", "quote"]
    assert "Gewerkschafts…" in medium[2]  # the mention is shortened first
    assert medium[2].endswith("„Wir sind bereit“")
    narrow = quoteattr.format_table(quotes, width=70).splitlines()
    assert narrow[0].split() == ["speaker", "rule", "offsets", "quote"]  # then left out
    assert "Gewerkschafts" not in narrow[2]
    assert all(width_of(line) <= 70 for line in narrow)


def test_at_60_columns_the_metadata_gives_way_before_the_quote(quotes: list[Quote]) -> None:
    # A long rule name and a long quotation: the quotation must not be squeezed to a
    # stub while the metadata keeps its full width.
    long = "„" + "Wir werden alle Möglichkeiten prüfen und dann entscheiden. " * 2 + "“"
    found = quoteattr.find_quotes(long)[0]
    speaker = quotes[0].speaker
    q = attrs.evolve(found, speaker=speaker, rule="reported_speech_in_clause_x")
    lines = quoteattr.format_table([q], width=60).splitlines()
    assert all(width_of(line) <= 60 for line in lines), lines
    quote_column = width_of(lines[2]) - width_of(lines[2][: lines[0].index("quote")])
    assert quote_column >= 35, lines
    assert "reported_speech_in_clause_x" not in lines[2]


def test_no_truncate_shows_everything_in_full(quotes: list[Quote]) -> None:
    long = "„" + "Ein langer Satz, der weitergeht. " * 5 + "“"
    q = quoteattr.find_quotes(long)[0]
    lines = quoteattr.format_table([*quotes, q], width=40, truncate=False).splitlines()
    assert lines[0].split() == ["speaker", "mention", "rule", "offsets", "quote"]
    assert "…" not in "\n".join(lines)
    assert lines[-1].endswith("„" + " ".join(q.text.split()) + "“")
    assert "Gewerkschaftschef Frank Werneke" in lines[2]


def test_table_counts_wide_characters_as_two_columns() -> None:
    text = "Er rief »東京は大きい都市です、とても大きい« und »Kurz«, dann „x“."
    quotes = quoteattr.find_quotes(text)
    lines = quoteattr.format_table(quotes, width=50).splitlines()
    assert all(width_of(line) <= 50 for line in lines), lines
    assert "東京" in lines[2]
    assert lines[2].endswith("…«")
    assert width_of(lines[2]) >= 49  # filled up to the last wide character that fits


def test_table_of_combining_marks_stays_aligned() -> None:
    # "Zoe\u0308" (e + combining diaeresis) takes three columns, not four.
    text = "„Zoe\u0308 kommt“ und „Ende“."
    lines = quoteattr.format_table(quoteattr.find_quotes(text), width=80).splitlines()
    starts = {width_of(line[: line.index(m)]) for line, m in zip(lines[2:], "„„", strict=True)}
    assert len(starts) == 1


def test_table_puts_each_quote_on_one_line_without_control_characters() -> None:
    text = "„Erste Zeile\nzweite\tZeile \x1b[31mrot“"
    lines = quoteattr.format_table(quoteattr.find_quotes(text), width=100).splitlines()
    assert len(lines) == 3
    assert lines[2].endswith("„Erste Zeile zweite Zeile \ufffd[31mrot“")


def test_table_of_no_quotes() -> None:
    assert quoteattr.format_table([]) == "(no quotations)"


def test_table_width_defaults_to_the_terminal(
    quotes: list[Quote], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "70")
    lines = quoteattr.format_table(quotes).splitlines()
    assert max(width_of(line) for line in lines) <= 70
    assert quoteattr.format_table(quotes) == quoteattr.format_table(quotes, width=70)
    monkeypatch.setenv("COLUMNS", "300")
    assert quoteattr.format_table(quotes) == quoteattr.format_table(quotes, width=300)
