"""The ``quoteattr`` command line.

Most tests call ``quoteattr._cli.main`` in-process. Where the parse is not the point,
a stand-in extractor finds the quotations by their marks only (``find_quotes``), so
no model is loaded; the e2e tests share one real extractor on the small model, and a
few run the installed command as a subprocess.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import quoteattr
from quoteattr import _cli
from quoteattr._cli import main
from quoteattr._formats import RECORD_FIELDS

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "trump-ma-2017.de.txt"

A_TEXT = "„Guten Morgen“, sagte Anna Berg. Dann ging sie."
B_TEXT = "Kein Zitat hier."
C_TEXT = "Er sprach von »großen Plänen« und „Mut“."


class MarksOnlyExtractor:
    """Stands in for QuoteExtractor: quotations by their marks, no parser, no model."""

    made: ClassVar[list[MarksOnlyExtractor]] = []

    def __init__(self, nlp: Any = None, **options: Any) -> None:
        self.options = options
        self.progress: object = "not called"
        self.texts: list[str] = []
        MarksOnlyExtractor.made.append(self)

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 32,
        progress: bool | None = None,
        total: int | None = None,
    ) -> Iterator[list[quoteattr.Quote]]:
        self.progress = progress
        self.total = total
        for text in texts:
            self.texts.append(text)
            yield quoteattr.find_quotes(text)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> type[MarksOnlyExtractor]:
    MarksOnlyExtractor.made = []
    monkeypatch.setattr(_cli, "QuoteExtractor", MarksOnlyExtractor)
    return MarksOnlyExtractor


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder: two articles, one in a subfolder, plus files that must be skipped."""
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b.txt").write_text(B_TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(A_TEXT, encoding="utf-8")
    (tmp_path / "sub" / "c.txt").write_text(C_TEXT, encoding="utf-8")
    (tmp_path / "notes.md").write_text("„nicht lesen“", encoding="utf-8")
    (tmp_path / ".hidden" / "d.txt").write_text("„versteckt“", encoding="utf-8")
    (tmp_path / ".e.txt").write_text("„versteckt“", encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def stdin_with(monkeypatch: pytest.MonkeyPatch, data: bytes, *, tty: bool = False) -> None:
    stream = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(stream, "isatty", lambda: tty)
    monkeypatch.setattr(sys, "stdin", stream)


# ---------------------------------------------------------------------------
# inputs
# ---------------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, corpus, "--format", "jsonl")
    assert (code, err) == (0, "")
    assert fake.made[0].texts == [A_TEXT, B_TEXT, C_TEXT]  # hidden, *.md left out
    sources = [json.loads(line)["source"] for line in out.splitlines()]
    a, c = str(corpus / "a.txt"), str(corpus / "sub" / "c.txt")
    assert sources == [a, c, c]  # b.txt has no quotations


def test_files_keep_the_order_given(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, corpus / "sub" / "c.txt", corpus / "a.txt")
    assert code == 0
    titles = [line for line in out.splitlines() if line.endswith(("quotation", "quotations"))]
    assert titles == [
        f"{corpus / 'sub' / 'c.txt'}: 2 quotations",
        f"{corpus / 'a.txt'}: 1 quotation",
    ]


def test_missing_file_is_one_line_and_exit_1(
    fake: type[MarksOnlyExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "missing.txt")
    assert (code, out) == (1, "")
    assert err == "quoteattr: error: missing.txt: no such file\n"


def test_a_bad_file_does_not_stop_the_others(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (corpus / "b.txt").write_bytes("»Grüße«, sagte sie.".encode("latin-1"))
    code, out, err = run(capsys, corpus, "--format", "jsonl")
    assert code == 1
    assert fake.made[0].texts == [A_TEXT, C_TEXT]
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        str(corpus / "a.txt"),
        str(corpus / "sub" / "c.txt"),
        str(corpus / "sub" / "c.txt"),
    ]
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"quoteattr: error: {corpus / 'b.txt'}: not UTF-8 text (byte 0x")


@pytest.mark.parametrize(
    ("exc", "problem"),
    [
        (PermissionError(13, "Permission denied"), "permission denied"),
        (OSError(5, "Input/output error"), "input/output error"),
    ],
)
def test_unreadable_file_is_reported(
    fake: type[MarksOnlyExtractor],
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    exc: OSError,
    problem: str,
) -> None:
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "a.txt":
            raise exc
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, _, err = run(capsys, corpus / "a.txt", corpus / "b.txt")
    assert code == 1
    assert err == f"quoteattr: error: {corpus / 'a.txt'}: {problem}\n"
    assert fake.made[0].texts == [B_TEXT]


def test_folder_without_text_files(
    fake: type[MarksOnlyExtractor], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    code, out, err = run(capsys, tmp_path)
    assert (code, out) == (1, "")
    assert err == f"quoteattr: error: {tmp_path}: no .txt files in this folder\n"


def test_dash_reads_stdin(
    fake: type[MarksOnlyExtractor],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin_with(monkeypatch, A_TEXT.encode("utf-8"), tty=True)
    code, out, _ = run(capsys, "-", "--format", "jsonl")
    assert code == 0
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["source"] == "<stdin>"
    assert record["quote"]["text"] == "Guten Morgen"


def test_piped_stdin_is_read_without_arguments(
    fake: type[MarksOnlyExtractor],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin_with(monkeypatch, C_TEXT.encode("utf-8"))
    code, out, _ = run(capsys)
    assert code == 0
    assert out.splitlines()[0] == "<stdin>: 2 quotations"
    assert fake.made[0].texts == [C_TEXT]


def test_stdin_that_is_not_utf8(
    fake: type[MarksOnlyExtractor],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stdin_with(monkeypatch, b"caf\xe9")
    code, _, err = run(capsys, "-")
    assert code == 1
    assert err.startswith("quoteattr: error: <stdin>: not UTF-8 text (byte 0xe9 at offset 3)")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([], "no input: give files or folders, or pipe text on standard input"),
        (["-", "-"], "standard input (-) can be read only once"),
        (["--format", "xml", "a.txt"], "argument -f/--format: invalid choice: 'xml'"),
        (["--kinds", "direkt", "a.txt"], "argument --kinds: kinds must be one or more of"),
        (["--kinds", ",", "a.txt"], "argument --kinds: kinds must be one or more of"),
    ],
)
def test_usage_errors_exit_2(
    fake: type[MarksOnlyExtractor],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    stdin_with(monkeypatch, b"", tty=True)
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: quoteattr")
    assert err.splitlines()[-1].startswith(f"quoteattr: error: {message}")
    assert fake.made == []


# ---------------------------------------------------------------------------
# formats
# ---------------------------------------------------------------------------


def test_table_lists_each_file_with_its_quotations(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, corpus)
    assert code == 0
    blocks = out.split("\n\n")
    assert [b.splitlines()[0] for b in blocks] == [
        f"{corpus / 'a.txt'}: 1 quotation",
        f"{corpus / 'b.txt'}: 0 quotations",
        f"{corpus / 'sub' / 'c.txt'}: 2 quotations",
    ]
    c_quotes = quoteattr.find_quotes(C_TEXT)
    assert blocks[2].splitlines()[1:] == quoteattr.format_table(c_quotes).splitlines()


def test_json_is_one_array_of_documents(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, corpus, "--format", "json")
    assert code == 0
    docs = json.loads(out)
    assert [d["source"] for d in docs] == [
        str(corpus / "a.txt"),
        str(corpus / "b.txt"),
        str(corpus / "sub" / "c.txt"),
    ]
    texts = [A_TEXT, B_TEXT, C_TEXT]
    for doc, text in zip(docs, texts, strict=True):
        quotes = [quoteattr.Quote.from_dict(q) for q in doc["quotes"]]
        assert quotes == quoteattr.find_quotes(text)


def test_json_of_nothing_readable_is_an_empty_array(
    fake: type[MarksOnlyExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "missing.txt", "--format", "json")
    assert code == 1
    assert json.loads(out) == []


def test_jsonl_reads_back_with_read_jsonl(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, corpus, "-f", "jsonl")
    grouped = quoteattr.read_jsonl(io.StringIO(out), by_source=True)
    assert grouped == {
        str(corpus / "a.txt"): quoteattr.find_quotes(A_TEXT),
        str(corpus / "sub" / "c.txt"): quoteattr.find_quotes(C_TEXT),
    }


def test_csv_has_one_header_and_a_row_per_quotation(
    fake: type[MarksOnlyExtractor], corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, corpus, "--format", "csv")
    reader = csv.DictReader(io.StringIO(out))
    assert tuple(reader.fieldnames or ()) == RECORD_FIELDS
    rows = list(reader)
    assert [(Path(r["source"]).name, r["text"]) for r in rows] == [
        ("a.txt", "Guten Morgen"),
        ("c.txt", "großen Plänen"),
        ("c.txt", "Mut"),
    ]


# ---------------------------------------------------------------------------
# options
# ---------------------------------------------------------------------------


D = ("direct",)


@pytest.mark.parametrize(
    ("argv", "options", "progress"),
    [
        ([], {"use_gpu": None, "model_dir": None, "kinds": D}, False),  # stderr: no terminal
        (
            ["--no-gpu", "--model-dir", "models/de"],
            {"use_gpu": False, "model_dir": "models/de", "kinds": D},
            False,
        ),
        (["--progress"], {"use_gpu": None, "model_dir": None, "kinds": D}, True),
        (["--no-progress"], {"use_gpu": None, "model_dir": None, "kinds": D}, False),
        (
            ["--kinds", "direct,indirect"],
            {"use_gpu": None, "model_dir": None, "kinds": ("direct", "indirect")},
            False,
        ),
        (
            ["--kinds", "indirect"],
            {"use_gpu": None, "model_dir": None, "kinds": ("indirect",)},
            False,
        ),
    ],
)
def test_options_reach_the_extractor(
    fake: type[MarksOnlyExtractor],
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    options: dict[str, object],
    progress: bool | None,
) -> None:
    code, _, err = run(capsys, corpus / "a.txt", *argv)
    assert (code, err) == (0, "")
    (made,) = fake.made
    assert made.options == options
    assert made.progress is progress


@pytest.mark.e2e
def test_checkout_model_fallback_runs_the_example_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import stanza.resources.common as common

    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.setattr(common, "DEFAULT_MODEL_DIR", str(tmp_path / "stanza_resources"))
    code, out, err = run(capsys, ARTICLE)
    assert code == 0
    assert "8 quotations" in out
    assert out.count("Donald Trump") == 3
    assert err.startswith("quoteattr: note: no German Stanza models installed")
    assert err.count("\n") == 1


def test_missing_file_with_the_fallback_model_is_still_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import stanza.resources.common as common

    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.setattr(common, "DEFAULT_MODEL_DIR", str(tmp_path / "stanza_resources"))
    code, out, err = run(capsys, tmp_path / "missing.txt")
    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert "missing.txt: no such file" in err


def test_progress_by_default_when_stderr_is_a_terminal(
    fake: type[MarksOnlyExtractor],
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert main([str(corpus / "a.txt")]) == 0
    assert fake.made[0].progress is True


def test_gpu_without_cuda_warns_and_goes_on(
    fake: type[MarksOnlyExtractor],
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    code, out, err = run(capsys, corpus / "a.txt", "--gpu")
    assert code == 0
    assert fake.made[0].options["use_gpu"] is True
    assert err == "quoteattr: warning: --gpu: no CUDA GPU available, running on the CPU\n"
    assert "Guten Morgen" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out == f"quoteattr {quoteattr.__version__}\n"


def test_help_names_formats_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "{table,json,jsonl,csv}" in out
    assert "--model-dir DIR" in out
    assert "exit status" in out


# ---------------------------------------------------------------------------
# failures
# ---------------------------------------------------------------------------


def test_missing_model_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real extractor, pointed at an empty folder: it fails before loading anything.
    article = tmp_path / "a.txt"
    article.write_text(A_TEXT, encoding="utf-8")
    code, out, err = run(capsys, article, "--model-dir", tmp_path / "models")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"quoteattr: error: No German Stanza models in {tmp_path}")
    assert "stanza.download('de')" in lines[0]
    assert "--model-dir DIR" in lines[0]


def test_missing_model_midway_still_closes_the_json(
    corpus: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, corpus, "-f", "json", "--model-dir", tmp_path / "x")
    assert code == 1
    assert isinstance(json.loads(out), list)
    assert err.startswith("quoteattr: error: No German Stanza models in")


class ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away."""

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_ends_quietly(
    fake: type[MarksOnlyExtractor],
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([str(corpus), "--format", "jsonl"]) == 141
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------------------
# with the real model
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real_extractor(extractor: quoteattr.QuoteExtractor) -> quoteattr.QuoteExtractor:
    return extractor


@pytest.fixture
def shared_real(
    real_extractor: quoteattr.QuoteExtractor, monkeypatch: pytest.MonkeyPatch
) -> list[dict[str, Any]]:
    """Every extractor the CLI makes is the one real extractor (one model load)."""
    calls: list[dict[str, Any]] = []

    def make(**options: Any) -> quoteattr.QuoteExtractor:
        calls.append(options)
        return real_extractor

    monkeypatch.setattr(_cli, "QuoteExtractor", make)
    return calls


@pytest.mark.e2e
def test_example_article_as_a_table(
    shared_real: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, ARTICLE, "--format", "table")
    assert (code, err) == (0, "")
    assert shared_real == [{"use_gpu": None, "model_dir": None, "kinds": ("direct",)}]
    title, header, _, *rows = out.splitlines()
    assert title == f"{ARTICLE}: 8 quotations"
    assert header.split()[0] == "speaker"
    assert len(rows) == 8
    speakers = [row.split("  ")[0] for row in rows]
    assert speakers.count("Donald Trump") == 3
    assert speakers.count("Jack Ma") == 2
    assert "„Er liebt dieses Land und er liebt China“" in out


@pytest.mark.e2e
def test_kinds_direct_indirect_writes_indirect_speech(
    pipeline: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(
        capsys,
        ARTICLE,
        "--format",
        "jsonl",
        "--kinds",
        "direct,indirect",
        "--model-dir",
        str(ROOT / "tests" / "models" / "stanza-de-small"),
    )
    assert (code, err) == (0, "")
    quotes = quoteattr.read_jsonl(io.StringIO(out))
    kinds = {q.kind for q in quotes}
    assert kinds == {"direct", "indirect"}
    laut = [q for q in quotes if q.text == "Eine Million neue Arbeitsplätze würden sich"]
    assert len(laut) == 1
    assert laut[0].speaker is not None
    assert laut[0].speaker.name == "Jack Ma"
    # the direct quotations are those of the default run
    assert [q for q in quotes if q.kind == "direct"] == list(
        quoteattr.QuoteExtractor(pipeline).extract(ARTICLE.read_text(encoding="utf-8"))
    )


@pytest.mark.e2e
def test_examples_folder_as_jsonl(
    shared_real: list[dict[str, Any]], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, ROOT / "examples", "--format", "jsonl")
    assert code == 0
    grouped = quoteattr.read_jsonl(io.StringIO(out), by_source=True)
    expected_files = sorted((ROOT / "examples").rglob("*.txt"), key=lambda p: p.parts)
    assert list(grouped) == [str(p) for p in expected_files]  # each has quotations
    speakers = set()
    for source, quotes in grouped.items():
        assert source is not None
        text = Path(source).read_text(encoding="utf-8")
        assert all(text[q.start : q.end] == q.text for q in quotes)
        speakers |= {q.speaker.name for q in quotes if q.speaker is not None}
    assert {"Donald Trump", "Jack Ma", "Marta Albers", "Petra Lorenz"} <= speakers


# ---------------------------------------------------------------------------
# the installed command, as a subprocess
# ---------------------------------------------------------------------------


def command(*argv: str) -> list[str]:
    script = Path(sys.executable).with_name("quoteattr")
    assert script.exists(), f"{script} is missing: install the package (pip install -e .)"
    return [str(script), *argv]


def env_with_model(model_dir: Path) -> dict[str, str]:
    return {**os.environ, "STANZA_RESOURCES_DIR": str(model_dir)}


def test_python_m_missing_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "quoteattr", "missing.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=120,
    )
    assert (proc.returncode, proc.stdout) == (1, "")
    assert proc.stderr == "quoteattr: error: missing.txt: no such file\n"


@pytest.mark.e2e
def test_console_script_reads_stdin(model_dir: Path) -> None:
    proc = subprocess.run(
        command("--format", "jsonl"),
        input="„Die Brücke wird bis Ostern fertig“, sagte Bürgermeister Jens Scholz.",
        capture_output=True,
        text=True,
        env=env_with_model(model_dir),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    record = json.loads(line)
    assert record["source"] == "<stdin>"
    assert record["quote"]["text"] == "Die Brücke wird bis Ostern fertig"
    assert record["quote"]["speaker"]["name"] == "Jens Scholz"


def test_console_script_into_a_closed_pipe(model_dir: Path) -> None:
    # The reader is gone before anything is written (quoteattr ... | head, at its
    # extreme); a text without quotation marks needs no model.
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run(
            command("-"),
            input=b"Ganz ohne Zitat.",
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env_with_model(model_dir),
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert proc.stderr == b""
    assert proc.returncode == 141
