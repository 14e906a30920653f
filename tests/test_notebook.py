"""examples/explore.ipynb: it runs from top to bottom on the small model, shows the
quotations as HTML and counts them by speaker; and it is kept without outputs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import nbformat
import pytest
from _html_tools import first_fragments, read_page
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "examples" / "explore.ipynb"
CELL_TIMEOUT_S = 600


def outputs_of(cell: Any) -> dict[str, str]:
    """The cell's outputs by MIME type (text/plain, text/html, stream text)."""
    found: dict[str, str] = {}
    for output in cell.get("outputs", []):
        if output["output_type"] == "stream":
            found["stream"] = found.get("stream", "") + output["text"]
        for mime, value in output.get("data", {}).items():
            found[mime] = found.get(mime, "") + (value if isinstance(value, str) else "")
    return found


def code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_the_notebook_is_kept_without_outputs() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in code_cells(notebook):
        assert cell.outputs == [], f"outputs in the committed notebook: {cell.source[:60]!r}"
        assert cell.execution_count is None, f"execution count in: {cell.source[:60]!r}"


@pytest.fixture(scope="module")
def executed() -> Any:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},  # runs in examples/
    )
    client.execute()
    return notebook


@pytest.mark.e2e
def test_the_notebook_runs_and_shows_the_quotations(executed: Any) -> None:
    cells = [(cell.source, outputs_of(cell)) for cell in code_cells(executed)]
    # len(quotes) → the number of quotations
    counted = [out["text/plain"] for source, out in cells if source.endswith("len(quotes)")]
    assert len(counted) == 1
    n_quotes = int(counted[0])
    assert n_quotes >= 8

    # The Quotes result displays as the rendered text, one highlight per quotation.
    views = [out["text/html"] for _, out in cells if 'class="qa-quote' in out.get("text/html", "")]
    assert len(views) == 1
    page = read_page(views[0])
    highlighted = first_fragments(page.having_class("qa-quote"))
    assert len(highlighted) == n_quotes
    speakers = {q.attrs.get("data-speaker") for q in highlighted}
    assert {"Donald Trump", "Jack Ma"} <= speakers

    # Indirect speech: the laut-Ma and vorwerfen statements, with their speakers.
    ind = next(out for source, out in cells if source.startswith("both = quoteattr"))
    for expected in ("indirect", "Jack Ma", "Donald Trump", "laut", "vorwerfen"):
        assert expected in ind["text/plain"], expected

    # The DataFrame has a row per quotation.
    table = next(out for source, out in cells if source.startswith("df = quoteattr.to_dataframe"))
    assert "Donald Trump" in table["text/plain"]
    assert "<table" in table["text/html"]

    # value_counts: who is quoted how often, the counts agreeing with the highlights.
    counts = next(out["text/plain"] for source, out in cells if "value_counts()" in source)
    for speaker in ("Donald Trump", "Jack Ma"):
        n = sum(1 for q in highlighted if q.attrs.get("data-speaker") == speaker)
        assert re.search(rf"^{speaker}\s+{n}$", counts, re.MULTILINE), counts

    # The per-speaker aggregation and the cross-table name the speakers too.
    aggregated = next(out["text/plain"] for source, out in cells if ".agg(" in source)
    assert "Donald Trump" in aggregated
    assert "quotations" in aggregated
    crosstab = next(out["text/plain"] for source, out in cells if "crosstab" in source)
    assert "Donald Trump" in crosstab
