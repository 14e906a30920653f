"""The command line for people reading its output: --speakers, --width, --no-truncate,
and a progress bar with a total that never shares a line with the output."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest

import quoteattr
from quoteattr import Span, Speaker, _cli
from quoteattr._cli import main
from quoteattr._corpus import UNRESOLVED

ROOT = Path(__file__).resolve().parent.parent
SAID = re.compile(r"sagte ((?:[A-ZÄÖÜ]\w+ ?)+|er|sie)")

LONG = "Wir werden alle Möglichkeiten sorgfältig prüfen und erst dann entscheiden"
ARTICLES = {
    "a.txt": f"„{LONG}“, sagte Donald Trump. „Ja“, sagte er.",
    "b.txt": "„Nein“, sagte Trump.",
    "c.txt": "„Vielleicht“, sagte Angela Merkel.",
}


class SaidExtractor:
    """Stands in for QuoteExtractor: quotations by their marks, the speaker from the
    first „sagte NAME“ after each, no model."""

    made: ClassVar[list[SaidExtractor]] = []

    def __init__(self, nlp: Any = None, **options: Any) -> None:
        self.calls: list[dict[str, Any]] = []
        SaidExtractor.made.append(self)

    def extract_many(self, texts: Iterable[str], **options: Any) -> Iterator[quoteattr.Quotes]:
        self.calls.append(options)
        for text in texts:
            quotes = []
            for q in quoteattr.find_quotes(text):
                said = SAID.search(text, q.outer.end)
                speaker = None
                if said is not None:
                    name = said.group(1).strip()
                    mention = Span.of(text, said.start(1), said.start(1) + len(name))
                    # as attribution marks them: a name resolved, a pronoun not
                    speaker = Speaker(name, mention, "person", resolved=name[:1].isupper())
                quotes.append(attrs.evolve(q, speaker=speaker))
            yield quoteattr.Quotes(quotes, text=text)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> type[SaidExtractor]:
    SaidExtractor.made = []
    monkeypatch.setattr(_cli, "QuoteExtractor", SaidExtractor)
    return SaidExtractor


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_speakers_prints_one_row_per_speaker_over_all_inputs(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, articles, "--speakers", "--width", "200")
    assert (code, err) == (0, "")
    header, rule, *rows = out.splitlines()
    assert header.split() == ["quotes", "documents", "kind", "speaker", "variants"]
    assert set(rule) <= {"-", " "}
    assert [re.split(r"\s{2,}", row.strip()) for row in rows] == [
        ["2", "2", "person", "Donald Trump", "Donald Trump; Trump"],
        ["1", "1", "person", "Angela Merkel", "Angela Merkel"],
        ["1", "1", "unresolved", UNRESOLVED, "er"],
    ]
    assert len({row.index("person") if "person" in row else -1 for row in rows[:2]}) == 1


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl"])
def test_speakers_in_every_format(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, _ = run(capsys, articles, "--speakers", "--format", fmt)
    assert code == 0
    if fmt == "csv":
        records = list(csv.DictReader(io.StringIO(out)))
        assert records[0] == {
            "name": "Donald Trump",
            "kind": "person",
            "quotes": "2",
            "documents": "2",
            "variants": "Donald Trump; Trump",
        }
    else:
        records = json.loads(out) if fmt == "json" else [json.loads(x) for x in out.splitlines()]
        assert records[0] == {
            "name": "Donald Trump",
            "kind": "person",
            "quotes": 2,
            "documents": 2,
            "variants": ["Donald Trump", "Trump"],
        }
    assert [r["name"] for r in records] == ["Donald Trump", "Angela Merkel", UNRESOLVED]


def test_width_sets_the_table_width(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, articles / "a.txt", "--width", "60")
    source, *lines = out.splitlines()  # the file name line is as long as the name
    assert source.endswith("a.txt: 2 quotations")
    assert max(len(line) for line in lines) <= 60
    row = next(line for line in lines if "Wir werden" in line)
    assert len(row) - row.index("„") >= 30  # the quotation keeps half the line
    _, wide, _ = run(capsys, articles / "a.txt", "--width", "200")
    assert f"„{LONG}“" in wide


def test_no_truncate_shows_the_whole_quotation(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(capsys, articles / "a.txt", "--width", "40", "--no-truncate")
    assert f"„{LONG}“" in out
    assert "…" not in out


@pytest.mark.parametrize("bad", ["0", "-3", "wide"])
def test_a_bad_width_is_a_usage_error(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main([str(articles), "--width", bad])
    assert info.value.code == 2
    assert "--width" in capsys.readouterr().err


def test_the_progress_bar_knows_the_total_and_moves_often(
    fake: type[SaidExtractor], articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, articles, "--progress")
    (call,) = fake.made[0].calls
    assert call == {"progress": True, "total": 3, "batch_size": 1}
    run(capsys, articles, "--no-progress")
    assert fake.made[1].calls[0]["batch_size"] == 32
    assert _cli._batch_size(1000) == 20
    assert _cli._batch_size(100000) == 32


def test_progress_and_output_never_share_a_line(tmp_path: Path, model_dir: Path) -> None:
    # The real command, stdout and stderr in one stream as on a terminal. Texts without
    # quotation marks need no parse, so no model is loaded.
    for k in range(3):
        (tmp_path / f"t{k}.txt").write_text("Kein Zitat hier.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quoteattr", str(tmp_path), "--progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "STANZA_RESOURCES_DIR": str(model_dir)},
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    lines = done.stdout.split("\n")
    shown = [line.rsplit("\r", 1)[-1] for line in lines]  # what a terminal leaves visible
    outputs = [s for s in shown if "quotations" in s]
    assert len(outputs) == 3
    assert all(s.startswith(str(tmp_path)) for s in outputs), shown
    assert "3/3" in done.stdout
    assert "100%" in done.stdout
