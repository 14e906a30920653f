"""The candidate stage: finders by kind, merged in document order, before attribution."""

from __future__ import annotations

import pytest

from quoteattr import _candidates
from quoteattr._candidates import check_kinds, find_candidates
from quoteattr._marks import find_quotes
from quoteattr._model import Quote, Span

TEXT = "Die Lage sei ernst, sagte Müller. „Wir handeln“, fügte er hinzu."


def _unmarked(text: str) -> list[Quote]:
    """A stand-in finder for speech without marks: the first clause of the text."""
    end = text.index(",")
    return [Quote(text[:end], 0, end, Span.of(text, 0, end), "", "", False, 0, 0)]


def test_direct_candidates_are_the_quotation_marks_pairs() -> None:
    assert find_candidates(TEXT) == find_quotes(TEXT)


def test_a_second_finder_plugs_in_beside_the_marks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_candidates.FINDERS, "unmarked", _unmarked)
    found = find_candidates(TEXT, check_kinds(["direct", "unmarked"]))
    assert [q.text for q in found] == ["Die Lage sei ernst", "Wir handeln"]
    assert all(TEXT[q.start : q.end] == q.text for q in found)


@pytest.mark.parametrize(
    ("kinds", "error", "message"),
    [
        (["direct", "gossip"], ValueError, "'gossip'"),
        ([], ValueError, "one or more"),
        ("direct", TypeError, "sequence of kinds"),
    ],
)
def test_unknown_kinds_are_refused_by_name(kinds: object, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        check_kinds(kinds)  # type: ignore[arg-type]


def test_repeated_kinds_count_once() -> None:
    assert check_kinds(["direct", "direct"]) == ("direct",)
