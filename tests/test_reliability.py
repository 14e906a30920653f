"""Regression tests for issue 13 (reliability on real corpora), one or more per defect:
speaker clustering at scale, CSV with a bare carriage return, a damaged model file,
the command line's files and output, lone surrogates, argument checks, pickling,
partial batches and speaker names with odd white space. Bounded parsing of long
sentences (item 1) is in ``test_limits.py``.
"""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import pickle
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

import quoteattr
from quoteattr import (
    ModelNotFoundError,
    Quote,
    QuoteExtractor,
    _cli,
    find_quotes,
    format_table,
    quote_record,
    read_jsonl,
    render,
    write_csv,
    write_jsonl,
)
from quoteattr._cli import main
from quoteattr._name_mentions import Name as _Name
from quoteattr._name_mentions import cluster_names as _cluster
from quoteattr._parse import REQUIRED_PROCESSORS, build_pipeline

# --- item 2: speaker clustering is linear ------------------------------------------------


def _reference_cluster(names: list[_Name]) -> list[int]:
    """The former quadratic clustering, as the specification."""
    cluster = list(range(len(names)))
    order = sorted(range(len(names)), key=lambda k: -len(names[k].tokens))

    def distance(k: int, j: int) -> tuple[int, int]:
        return (0 if names[j].start <= names[k].start else 1, abs(names[k].start - names[j].start))

    for k in order:
        best: int | None = None
        for j in order:
            if j == k or len(names[j].tokens) <= len(names[k].tokens):
                continue
            if set(names[k].tokens) <= set(names[j].tokens) and (
                best is None or distance(k, j) < distance(k, best)
            ):
                best = j
        if best is not None:
            cluster[k] = cluster[best]
    return cluster


def _random_names(rng: random.Random, n: int) -> list[_Name]:
    vocab = ["angela", "merkel", "donald", "trump", "olaf", "scholz", "anna"]
    out, at = [], 0
    for i in range(n):
        at += rng.randint(1, 20)
        tokens = tuple(rng.choice(vocab) for _ in range(rng.randint(1, 3)))
        out.append(_Name((i,), tokens, at, at + 5))
    return out


def test_clustering_matches_the_pairwise_definition() -> None:
    rng = random.Random(13)
    for _ in range(300):
        names = _random_names(rng, rng.randint(1, 30))
        assert _cluster(names) == _reference_cluster(names)


def test_clustering_tens_of_thousands_of_mentions_is_quick() -> None:
    # Issue 13: 8,000 mentions took 2 s, quadratically; 60,000 would take about 2 minutes.
    names = [
        _Name((i,), ("angela", "merkel") if i % 3 == 0 else ("merkel",), 10 * i, 10 * i + 5)
        for i in range(60_000)
    ]
    start = time.perf_counter()
    cluster = _cluster(names)
    assert time.perf_counter() - start < 10
    assert cluster[1] == cluster[0]  # "Merkel" after "Angela Merkel" joins it
    assert cluster[59_999] == cluster[59_997]


# --- item 3: CSV with a bare carriage return --------------------------------------------


@pytest.mark.parametrize("newline", ["\r", "\n", "\r\n"])
def test_csv_quotes_fields_with_line_breaks_and_reads_back(newline: str) -> None:
    text = f"Er sagte „eins{newline}zwei, „drei“ vier“ und ging."
    quotes = find_quotes(text)
    out = io.StringIO()
    write_csv(quotes, out)
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == 1 + len(quotes)
    text_column = rows[0].index("text")
    assert [row[text_column] for row in rows[1:]] == [q.text for q in quotes]


def test_csv_with_a_bare_carriage_return_reads_back_in_pandas() -> None:
    pandas = pytest.importorskip("pandas")
    text = "Er sagte „eins\rzwei“."
    out = io.StringIO()
    write_csv(find_quotes(text), out)
    frame = pandas.read_csv(io.StringIO(out.getvalue()))
    assert list(frame["text"]) == ["eins\rzwei"]


# --- item 4: a damaged model file -------------------------------------------------------


@pytest.fixture
def damaged_model(model_dir: Path, tmp_path: Path) -> Path:
    """The small model with its tagger file cut short (links to the rest)."""
    target = tmp_path / "model"
    for path in model_dir.rglob("*"):
        if path.is_file():
            copy = target / path.relative_to(model_dir)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.symlink_to(path)
    broken = target / "de" / "pos" / "small.pt"
    data = (model_dir / "de" / "pos" / "small.pt").read_bytes()
    broken.unlink()
    broken.write_bytes(data[: len(data) // 3])
    return target


@pytest.mark.e2e
def test_a_truncated_model_file_is_named_in_a_model_not_found_error(damaged_model: Path) -> None:
    with pytest.raises(ModelNotFoundError) as info:
        build_pipeline(model_dir=damaged_model)
    message = str(info.value)
    assert str(damaged_model / "de" / "pos" / "small.pt") in message
    assert "damaged" in message
    assert "stanza.download('de')" in message


@pytest.mark.e2e
def test_a_truncated_model_file_is_one_line_in_the_cli(
    damaged_model: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("„Ja“, sagte Merkel.", encoding="utf-8")
    code = main([str(article), "--model-dir", str(damaged_model)])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    assert "small.pt is damaged" in err
    assert "Traceback" not in err


# --- item 5: the command line's files and output -------------------------------------------


class MarksOnlyExtractor:
    """Stands in for QuoteExtractor in CLI tests: quotations by their marks, no model."""

    def __init__(self, nlp: Any = None, **options: Any) -> None:
        self.texts: list[str] = []

    def extract_many(self, texts: Any, **options: Any) -> Iterator[list[Quote]]:
        for text in texts:
            self.texts.append(text)
            yield find_quotes(text)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_cli, "QuoteExtractor", MarksOnlyExtractor)


def _cli_run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names")
def test_a_file_name_that_is_not_utf8_is_written_with_escapes(
    fake: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    try:
        with open(raw, "w", encoding="utf-8") as handle:
            handle.write("„Ja“, sagte sie.")
    except OSError:
        pytest.skip("the file system refuses names that are not UTF-8")
    later = tmp_path / "later.txt"
    later.write_text("„Nein“, sagte er.", encoding="utf-8")
    code, out, err = _cli_run(capsys, os.fsdecode(raw), later, "--format", "jsonl")
    assert (code, err) == (0, "")
    out.encode("utf-8")  # no lone surrogates reach the output
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    assert sources == [str(tmp_path / "caf\\xe9.txt"), str(later)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_among_the_inputs_is_skipped_with_a_message(
    fake: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    article = tmp_path / "a.txt"
    article.write_text("„Ja“, sagte sie.", encoding="utf-8")
    code, out, err = _cli_run(capsys, tmp_path, "--format", "jsonl")  # would hang before
    assert code == 1
    assert (
        err == f"quoteattr: error: {fifo}: not a regular file (a FIFO, device or socket); skipped\n"
    )
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(article)]


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv"])
def test_a_full_disk_is_one_message_not_a_traceback(
    fake: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("„Ja“, sagte sie.", encoding="utf-8")
    monkeypatch.setattr(_cli, "_silence_stdout", lambda: None)
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    code = main([str(article), "--format", fmt])
    err = capsys.readouterr().err
    assert code == 1
    assert err == "quoteattr: error: cannot write the output: no space left on device\n"


def test_a_closed_standard_output_is_one_message(
    fake: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("„Ja“, sagte sie.", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    assert main([str(article)]) == 1
    assert "standard output is closed" in capsys.readouterr().err

    closed = io.StringIO()
    closed.close()
    monkeypatch.setattr(_cli, "_silence_stdout", lambda: None)
    monkeypatch.setattr(sys, "stdout", closed)
    assert main([str(article)]) == 1
    assert "cannot write the output" in capsys.readouterr().err


def test_control_and_bidi_characters_never_reach_the_terminal_raw(
    fake: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "a\x1b[31mred\u202ex.txt"
    name.write_text("„Rot\x1b[0m und \u202everkehrt“, sagte\u2066 Bert.", encoding="utf-8")
    code, out, err = _cli_run(capsys, name)
    assert (code, err) == (0, "")
    for raw in ("\x1b", "\u202e", "\u2066"):
        assert raw not in out
    assert "a\ufffd[31mred\ufffdx.txt: 1 quotation" in out


def test_a_utf8_bom_is_stripped_and_offsets_count_without_it(
    fake: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "bom.txt"
    article.write_bytes("\ufeff„Ja“, sagte sie.".encode())
    code, out, _ = _cli_run(capsys, article, "--format", "jsonl")
    assert code == 0
    quote = json.loads(out)["quote"]
    assert (quote["start"], quote["end"]) == (1, 3)
    assert "„Ja“, sagte sie."[quote["start"] : quote["end"]] == quote["text"]


# --- item 6: lone surrogates ----------------------------------------------------------


def test_text_with_a_lone_surrogate_is_rejected_early() -> None:
    text = "Er sagte „a\udce9b“."
    with pytest.raises(ValueError, match=r"lone surrogate \(U\+DCE9\) at offset 11"):
        find_quotes(text)
    with pytest.raises(ValueError, match="lone surrogate"):
        QuoteExtractor().extract(text)  # rejected before any model is needed


def _quote_with_surrogate() -> Quote:
    data = find_quotes("Er sagte „aXb“.")[0].to_dict()
    data["text"] = "a\udce9b"
    data["outer"]["text"] = "„a\udce9b“"
    return Quote.from_dict(data)


def test_jsonl_writes_a_lone_surrogate_escaped_and_reads_it_back(tmp_path: Path) -> None:
    quote = _quote_with_surrogate()
    path = tmp_path / "q.jsonl"
    assert write_jsonl([quote], path) == 1
    assert "\\udce9" in path.read_text(encoding="utf-8")
    assert read_jsonl(path) == [quote]


def test_csv_of_unsavable_text_raises_and_leaves_no_file(tmp_path: Path) -> None:
    good = find_quotes("Er sagte „gut“.")[0]
    path = tmp_path / "q.csv"
    with pytest.raises(ValueError, match="lone surrogate"):
        write_csv([good] * 5000 + [_quote_with_surrogate()], path)
    assert not path.exists()


def test_a_page_that_cannot_be_saved_leaves_no_file(tmp_path: Path) -> None:
    text = "Er sagte „a\udce9b“."
    rendering = render(text, [_quote_with_surrogate()])
    path = tmp_path / "page.html"
    with pytest.raises(ValueError, match="lone surrogate"):
        rendering.save(path)
    assert not path.exists()


# --- item 8: arguments ------------------------------------------------------------------


def _drain(results: Iterator[Any], into: list[Any]) -> None:
    for result in results:
        into.append(result)


def test_extract_many_checks_its_arguments_at_the_call() -> None:
    extractor = QuoteExtractor()
    with pytest.raises(ValueError, match="batch_size"):
        extractor.extract_many(["a"], batch_size=0)  # no next() needed
    with pytest.raises(TypeError, match="iterable of str, got int"):
        extractor.extract_many(42)  # type: ignore[arg-type]


def test_extract_many_names_the_item_by_its_place_in_the_whole_input() -> None:
    texts: list[Any] = ["Kein Zitat."] * 40 + [b"bytes"]
    results = QuoteExtractor().extract_many(texts, batch_size=8)
    got = []
    with pytest.raises(TypeError, match=r"got bytes \(item 40, counting from 0\)"):
        _drain(results, got)
    assert len(got) == 40


def test_bad_arguments_raise_errors_that_name_them() -> None:
    quotes = find_quotes("Er sagte „ja“.")
    with pytest.raises(TypeError, match="text must be a str or None, got int"):
        QuoteExtractor().attribute(object(), text=42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"quote_record\(\) expects a Quote, got NoneType"):
        quote_record(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"file must be a path or a text stream .*, got int"):
        write_jsonl(quotes, 42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"file must be a path or a text stream .*, got int"):
        write_csv(quotes, 42)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"format_table\(\) expects a sequence of Quote"):
        format_table(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="missing field 'text'"):
        Quote.from_dict({})
    with pytest.raises(TypeError, match="expects a dict, got list"):
        Quote.from_dict([])  # type: ignore[arg-type]


# --- item 9: pickling -------------------------------------------------------------------


class _Pipeline:
    """Passes check_pipeline; never run."""

    processors = dict.fromkeys(REQUIRED_PROCESSORS)


def test_an_extractor_with_the_callers_pipeline_refuses_to_pickle() -> None:
    extractor = QuoteExtractor(_Pipeline())
    with pytest.raises(TypeError, match=r"own Stanza pipeline.*QuoteExtractor\(model_dir=\.\.\.\)"):
        pickle.dumps(extractor)


def test_an_extractor_with_settings_still_pickles(model_dir: Path) -> None:
    copy = pickle.loads(pickle.dumps(QuoteExtractor(model_dir=model_dir, parsing="full")))
    assert (copy.model_dir, copy.parsing) == (model_dir, "full")
    assert pickle.loads(pickle.dumps(copy)).model_dir == model_dir  # and again


# --- item 10: partial batches -----------------------------------------------------------


def test_texts_read_before_a_failing_input_still_give_their_results() -> None:
    def texts() -> Iterator[str]:
        yield "Eins."
        yield "Zwei."
        yield "Drei."
        raise OSError("the source went away")

    got = []
    with pytest.raises(OSError, match="went away"):
        _drain(QuoteExtractor().extract_many(texts(), batch_size=32), got)
    assert [q.text for q in got] == ["Eins.", "Zwei.", "Drei."]


# --- item 11: speaker names and white space ---------------------------------------------


def test_speaker_names_are_normalised_and_mentions_kept_exact() -> None:
    text = "„Ja“, sagte Angela\nMerkel."
    quote = find_quotes(text)[0]
    mention = quoteattr.Span.of(text, text.index("Angela"), len(text) - 1)
    tidy = attrs.evolve(quote, speaker=quoteattr.Speaker(mention.text, mention), rule="x")
    assert tidy.speaker is not None
    assert tidy.speaker.name == "Angela Merkel"
    assert tidy.speaker.mention == mention
    assert text[tidy.speaker.mention.start : tidy.speaker.mention.end] == "Angela\nMerkel"


@pytest.mark.e2e
@pytest.mark.parametrize("space", ["\xa0", "\u2002", "  "])
@pytest.mark.parametrize("parsing", ["selective", "full"])
def test_extracted_speaker_names_have_plain_spaces(
    model_dir: Path, space: str, parsing: str
) -> None:
    text = f"„Wir schaffen das“, sagte Angela{space}Merkel."
    (quote,) = QuoteExtractor(model_dir=model_dir, parsing=parsing).extract(text)
    assert quote.speaker is not None
    assert quote.speaker.name == "Angela Merkel"
    assert quote.speaker.mention.text == f"Angela{space}Merkel"
