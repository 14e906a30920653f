"""The example scripts in examples/ run offline on the small model and print what they say."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr._formats import RECORD_FIELDS
from quoteattr.evaluation import load_gold

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.e2e


def run_example(name: str, *args: str | Path) -> str:
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_example_article() -> None:
    out = run_example("example_article.py", "--width", "100")
    title, blank, header, rule, *rows = out.splitlines()
    assert title == "trump-ma-2017.de.txt: 8 quotations, speakers: Donald Trump, Jack Ma"
    assert blank == ""
    assert header.split() == ["speaker", "mention", "rule", "offsets", "quote"]
    assert set(rule) <= {"-", " "}
    assert len(rows) == 8
    assert all(len(row) <= 100 for row in rows)
    assert [row.split("  ")[0] for row in rows].count("Donald Trump") == 3
    assert any(row.endswith("„Er liebt dieses Land und er liebt China“") for row in rows)


def test_folder_to_csv(tmp_path: Path) -> None:
    out_csv = tmp_path / "quotes.csv"
    out = run_example("folder_to_csv.py", out_csv)
    articles = sorted((EXAMPLES / "articles").glob("*.txt"))
    assert len(articles) == 3
    with out_csv.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == RECORD_FIELDS
        rows = list(reader)
    texts = {p.name: p.read_text(encoding="utf-8") for p in articles}
    assert sorted({r["source"] for r in rows}) == sorted(texts)
    for row in rows:
        text = texts[row["source"]]
        assert text[int(row["start"]) : int(row["end"])] == row["text"]
        if row["speaker"]:
            assert text[int(row["mention_start"]) : int(row["mention_end"])] == row["mention"]
    speakers = {r["speaker"] for r in rows}
    assert {"Marta Albers", "Petra Lorenz", "Thomas Kern"} <= speakers
    for name in texts:
        n = sum(r["source"] == name for r in rows)
        assert f"{name}: {n} quotations" in out.splitlines()
    assert out.splitlines()[-1] == f"wrote {len(rows)} rows to {out_csv}"


def test_own_pipeline() -> None:
    import torch

    out = run_example("own_pipeline.py")
    lines = out.splitlines()
    device = "GPU" if torch.cuda.is_available() else "CPU"
    assert lines[0] == f"running Stanza on the {device}"
    assert lines[1:] == [
        "Claudia Neumann: „Die gestiegenen Kosten für Gas können wir nicht länger auffangen“",
        "Paul Hagen: „Viele Haushalte wissen schon jetzt nicht, wie sie die Rechnung "
        "bezahlen sollen.“",
    ]


def test_evaluate_own_gold() -> None:
    gold = load_gold(EXAMPLES / "my_gold.jsonl")
    n_quotes = sum(len(doc.quotes) for doc in gold)
    assert len(gold) == 5
    assert n_quotes == 7  # the title „Licht und Schatten“ is NonSpeech, not gold
    out = run_example("evaluate_own_gold.py")
    lines = out.splitlines()
    assert lines[0].startswith(f"documents: {len(gold)}   gold quotes: {n_quotes} ")
    assert any(line.startswith("speech quotes ") for line in lines)
    summary = next(line for line in lines if line.startswith("speech quotes F1 "))
    f1 = float(summary.split()[3].rstrip(","))
    assert 0.5 <= f1 <= 1.0
    # Each error the report counts is listed with its document and quotation.
    counts = next(line for line in lines if line.startswith("errors: "))
    n_errors = sum(int(part.split()[0]) for part in counts.removeprefix("errors: ").split(", "))
    listed = lines[lines.index(summary) + 1 :]
    assert len(listed) == n_errors
    ids = {doc.id for doc in gold}
    assert all(line.split()[1] in ids for line in listed)
