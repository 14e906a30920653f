"""extract_many's progress bar: a total for generators, a step per text, no TqdmWarning."""

from __future__ import annotations

from typing import Any

import pytest

from quoteattr import QuoteExtractor
from quoteattr import _extractor as extractor_module


class Bar:
    def __init__(self) -> None:
        self.n = 0
        self.closed = False

    def update(self, k: int) -> None:
        self.n += k

    def close(self) -> None:
        self.closed = True


def test_the_bar_moves_as_each_text_is_handed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    bars: list[tuple[Bar, int | None]] = []

    def make(total: int | None, progress: bool | None) -> Bar:
        bars.append((Bar(), total))
        return bars[-1][0]

    monkeypatch.setattr(extractor_module, "_progress_bar", make)
    texts = (f"Kein Zitat {k}." for k in range(5))  # no marks: nothing to parse
    results = QuoteExtractor().extract_many(texts, batch_size=4, progress=True, total=5)
    seen = []
    for _ in results:
        seen.append(bars[0][0].n)
    assert seen == [0, 1, 2, 3, 4]  # one step per text, not one per batch
    assert (bars[0][0].n, bars[0][0].closed, bars[0][1]) == (5, True, 5)


def test_a_sized_input_gives_its_own_total(monkeypatch: pytest.MonkeyPatch) -> None:
    totals: list[int | None] = []
    monkeypatch.setattr(
        extractor_module, "_progress_bar", lambda total, progress: totals.append(total)
    )
    list(QuoteExtractor().extract_many(["a", "b", "c"], progress=True))
    assert totals == [3]


@pytest.mark.parametrize("bad", [-1, 1.5, True])
def test_a_bad_total_is_refused(bad: Any) -> None:
    with pytest.raises(ValueError, match="total"):
        list(QuoteExtractor().extract_many(["a"], total=bad))


def test_in_a_notebook_without_ipywidgets_no_tqdm_warning(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # tqdm.auto warns "IProgress not found" there; warnings are errors in this suite.
    monkeypatch.setattr(extractor_module, "_in_notebook", lambda: True)
    monkeypatch.setattr(extractor_module, "_has_ipywidgets", lambda: False)
    list(QuoteExtractor().extract_many(["a", "b"]))  # default: no bar without widgets
    assert capsys.readouterr().err == ""
    list(QuoteExtractor().extract_many(["a", "b"], progress=True))  # asked: a text bar
    err = capsys.readouterr().err
    assert "2/2" in err
    assert "100%" in err
