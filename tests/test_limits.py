"""Bounded parsing: over-long stretches of text are cut before Stanza sees them.

Unit tests of :func:`quoteattr._limits.cut_gaps` need no model; the rest run the small
model on scaled-down versions of issue 13's reproducer (a quotation in the middle of
thousands of words without a sentence end), in both parsing modes, and check that no
sentence longer than the limit reaches the parser, that offsets stay exact, that the
speaker is still found, and that peak memory does not grow with the text.
"""

from __future__ import annotations

import sys
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quoteattr import LongSentenceWarning, QuoteattrWarning, QuoteExtractor, find_quotes
from quoteattr._limits import (
    MAX_SENTENCE_CHARS,
    MAX_SENTENCE_TOKENS,
    QUOTE_MARGIN,
    cut_gaps,
)
from quoteattr._selective import _Plan

ARTICLE = (
    "Die Regierung legte am Montag ihren Plan vor. „Wir sind bereit“, sagte Merkel. "
    "Die Opposition kritisierte das Vorhaben scharf und kündigte Widerstand an."
)


def long_sentence(n: int) -> str:
    """Issue 13's reproducer: ``n`` words, a quotation with its speaker, ``n`` words."""
    return "wort " * n + "„Wir sind bereit“ sagte Merkel " + "wort " * n


def pieces(text: str, gaps: list[tuple[int, int]]) -> list[str]:
    out, at = [], 0
    for start, end in gaps:
        out.append(text[at:start])
        at = end
    out.append(text[at:])
    return out


# --- cut_gaps, no model --------------------------------------------------------------


def test_ordinary_text_is_never_cut() -> None:
    text = " ".join([ARTICLE] * 40)  # long, but with sentence ends
    assert cut_gaps(text, 0, len(text)) == []


def test_a_long_stretch_without_sentence_end_is_cut_into_bounded_pieces() -> None:
    text = "wort " * 1000
    gaps = cut_gaps(text, 0, len(text))
    assert len(gaps) >= 1000 // MAX_SENTENCE_TOKENS - 1
    for start, end in gaps:
        assert text[start:end].isspace()  # cut in the white space between words
    for piece in pieces(text, gaps):
        assert len(piece.split()) <= MAX_SENTENCE_TOKENS


def test_a_run_without_spaces_is_cut_by_length() -> None:
    text = "x" * 50_000
    gaps = cut_gaps(text, 0, len(text))
    assert all(start == end for start, end in gaps)  # cut inside the run: nothing dropped
    assert "".join(pieces(text, gaps)) == text
    assert max(len(p) for p in pieces(text, gaps)) <= MAX_SENTENCE_CHARS


def test_a_run_of_opening_marks_is_cut_by_token_count() -> None:
    text = "„" * 1000
    gaps = cut_gaps(text, 0, len(text))
    assert gaps
    assert max(len(p) for p in pieces(text, gaps)) <= 2 * MAX_SENTENCE_TOKENS


def test_cuts_keep_clear_of_quotation_marks() -> None:
    text = long_sentence(1000)
    marks = [m for q in find_quotes(text) for m in (q.outer.start, q.outer.end - 1)]
    gaps = cut_gaps(text, 0, len(text), marks)
    near = [p for p in pieces(text, gaps) if "„" in p]
    assert len(near) == 1
    words = near[0].split()
    at = words.index("„Wir")
    # The quotation keeps its words around it in one piece: its speaker among them.
    assert at >= QUOTE_MARGIN - 1
    assert len(words) - at > QUOTE_MARGIN
    assert "Merkel" in words


def test_cuts_apply_only_within_the_given_range() -> None:
    text = "Anfang. " + "wort " * 1000 + "\n" + "wort " * 10
    first_line = text.index("\n")
    gaps = cut_gaps(text, 0, first_line)
    assert gaps
    assert all(end <= first_line for _, end in gaps)


def test_the_selective_plan_maps_every_piece_back_exactly() -> None:
    text = "Vorspann.\n" + long_sentence(2000) + "\nNachsatz."
    quotes = find_quotes(text)
    plan = _Plan.of(text, quotes)
    assert plan.cuts > 0
    # Only pieces near the quotation go to the tokenizer, not the whole long line.
    assert len(plan.compact) < 3 * MAX_SENTENCE_CHARS
    for (start, end), at in zip(plan.pieces, plan.starts, strict=True):
        assert plan.compact[at : at + end - start] == text[start:end]
        assert plan.to_original(at) == start


def test_the_warning_is_a_quoteattr_warning() -> None:
    assert issubclass(LongSentenceWarning, QuoteattrWarning)
    assert issubclass(QuoteattrWarning, UserWarning)


# --- with the small model ------------------------------------------------------------


@pytest.fixture(scope="module")
def extractors(model_dir: Path) -> dict[str, QuoteExtractor]:
    selective = QuoteExtractor(model_dir=model_dir)
    full = QuoteExtractor(selective.nlp, parsing="full")
    return {"selective": selective, "full": full}


@pytest.fixture
def longest_parsed(extractors: dict[str, QuoteExtractor]) -> Iterator[list[int]]:
    """Records the length (in words) of the longest sentence each call of the
    dependency parser gets."""
    proc = extractors["selective"].nlp.processors["depparse"]
    seen: list[int] = []
    original = proc.bulk_process

    def spy(docs: Any) -> Any:
        seen.append(max((len(s.words) for d in docs for s in d.sentences), default=0))
        return original(docs)

    proc.bulk_process = spy
    try:
        yield seen
    finally:
        del proc.bulk_process


@pytest.mark.e2e
@pytest.mark.parametrize("mode", ["selective", "full"])
def test_a_long_sentence_is_cut_and_its_quotation_still_attributed(
    extractors: dict[str, QuoteExtractor], longest_parsed: list[int], mode: str
) -> None:
    text = long_sentence(600)
    with pytest.warns(LongSentenceWarning, match="cut"):
        quotes = extractors[mode].extract(text)
    assert [q.text for q in quotes] == ["Wir sind bereit"]
    q = quotes[0]
    assert text[q.start : q.end] == q.text
    assert q.speaker is not None
    assert q.speaker.name == "Merkel"
    assert text[q.speaker.mention.start : q.speaker.mention.end] == "Merkel"
    assert longest_parsed
    assert max(longest_parsed) <= 2 * 2 * MAX_SENTENCE_TOKENS


@pytest.mark.e2e
@pytest.mark.parametrize("mode", ["selective", "full"])
def test_ordinary_text_gives_no_warning(extractors: dict[str, QuoteExtractor], mode: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", QuoteattrWarning)
        quotes = extractors[mode].extract(ARTICLE)
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Merkel"


@pytest.mark.e2e
def test_a_huge_token_is_no_trouble(extractors: dict[str, QuoteExtractor]) -> None:
    text = "x" * 100_000 + " „Wir sind bereit“, sagte Merkel."
    start = time.perf_counter()
    with pytest.warns(LongSentenceWarning):
        quotes = extractors["selective"].extract(text)
    assert time.perf_counter() - start < 30  # was 92 s in the tokenizer alone
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Merkel"


def _peak_rss_since_reset() -> int | None:
    """Peak resident memory in bytes since the last reset, where Linux lets us reset it
    (``/proc/self/clear_refs``); None elsewhere."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def _rss() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


@pytest.mark.e2e
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="peak memory via /proc")
def test_peak_memory_of_a_long_sentence_does_not_grow_with_it(
    extractors: dict[str, QuoteExtractor],
) -> None:
    """Issue 13: 2,000 words without a sentence end took 8 GB. Memory growth over the
    process's resident size at n, 2n and 4n words stays small and at most linear."""
    extractor = extractors["selective"]
    extractor.extract(long_sentence(50))  # warm up
    growth = {}
    for n in (1000, 2000, 4000):
        if not _reset_peak_rss():
            pytest.skip("cannot reset the peak memory counter here")
        base = _rss()
        with pytest.warns(LongSentenceWarning):
            quotes = extractor.extract(long_sentence(n))
        peak = _peak_rss_since_reset()
        assert peak is not None
        assert quotes[0].speaker is not None
        growth[n] = max(0, peak - base)
    mb = 1024 * 1024
    assert growth[4000] < 400 * mb, growth
    # Linear at most (with 50 MB of slack for the allocator's noise).
    assert growth[4000] <= 4 * growth[1000] + 50 * mb, growth
