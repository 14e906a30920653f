"""examples/explore.ipynb: it runs from top to bottom on the small model, shows the
quotations as HTML and counts them by speaker, within one text and across articles; and
it is stored executed (so a code host shows it), without warnings or this machine's
paths in its outputs, and with the outputs a fresh run gives.

Store it again after a change: ``python tests/_notebook_tools.py``."""

from __future__ import annotations

import re
from typing import Any

import nbformat
import pytest
from _html_tools import first_fragments, read_page
from _notebook_tools import NOTEBOOK, execute

#: Paths of a machine, which must not show in stored outputs.
MACHINE_PATH = re.compile(r"(/work/|/tmp/|/home/|/root/|/Users/|site-packages|[A-Z]:\\)")


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


def test_the_notebook_is_stored_executed_and_clean() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    cells = code_cells(notebook)
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    for cell in cells:
        assert cell.outputs, f"no output stored for: {cell.source[:60]!r}"
        kinds = {output["output_type"] for output in cell.outputs}
        assert "error" not in kinds, cell.source[:60]
        streams = [o for o in cell.outputs if o["output_type"] == "stream"]
        assert all(o["name"] == "stdout" for o in streams), f"stderr in: {cell.source[:60]!r}"
        for mime, text in outputs_of(cell).items():
            assert "Warning" not in text, (cell.source[:60], mime)
            assert not MACHINE_PATH.search(text), (cell.source[:60], mime)


@pytest.fixture(scope="module")
def executed() -> Any:
    return execute()


@pytest.mark.e2e
def test_the_stored_outputs_are_what_a_fresh_run_gives(executed: Any) -> None:
    stored = nbformat.read(NOTEBOOK, as_version=4)
    for fresh, kept in zip(code_cells(executed), code_cells(stored), strict=True):
        assert fresh.source == kept.source
        fresh_out, kept_out = outputs_of(fresh), outputs_of(kept)
        assert fresh_out.keys() == kept_out.keys(), fresh.source[:60]
        assert fresh_out.get("text/plain") == kept_out.get("text/plain"), fresh.source[:60]
        assert fresh_out.get("stream") == kept_out.get("stream"), fresh.source[:60]


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
    table = next(out for source, out in cells if source.startswith("df = quotes.to_dataframe()"))
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

    # No warnings on the way (stderr), in any cell.
    assert not [source for source, out in cells if "Warning" in str(out)]
    for cell in code_cells(executed):
        assert all(o.get("name") != "stderr" for o in cell.outputs), cell.source[:60]

    # The speakers of the text, and who is quoted how often across the articles.
    speakers = next(out["text/plain"] for source, out in cells if source == "quotes.speakers")
    assert speakers == "['Donald Trump', 'Jack Ma']"
    table = next(out for source, out in cells if "quoteattr.speaker_table(" in source)
    header = table["text/plain"].splitlines()[0].split()
    assert header == ["name", "kind", "quotes", "documents", "variants"]
    assert "Donald Trump" in table["text/plain"]
    assert "<table" in table["text/html"]
