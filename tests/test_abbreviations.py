"""The text Stanza's tokenizer reads (quoteattr._abbreviations): no sentence end after an
abbreviation that never ends one, and every offset kept."""

from __future__ import annotations

import pytest

from quoteattr._abbreviations import tokenizer_text

ROWS = [
    # an abbreviated title before a name loses its dot
    ("Studienleiterin Prof. Henrike Vogel sagte", "Studienleiterin Prof  Henrike Vogel sagte"),
    ("Direktorin Prof. Dr. Ingeborg Aalto", "Direktorin Prof  Dr. Ingeborg Aalto"),
    ("Dazu sagte Mag. Stefan Huber", "Dazu sagte Mag  Stefan Huber"),
    ("sagte Univ.-Prof. Karl Ott", "sagte Univ.-Prof  Karl Ott"),
    ("sagte Kapt.\u00a0Jens Möller", "sagte Kapt \u00a0Jens Möller"),
    # an abbreviation that never ends a sentence, before a word or a number
    ("vor ca. 200 Zuhörern", "vor ca  200 Zuhörern"),
    ("der Landrat bzw. sein Vertreter", "der Landrat bzw  sein Vertreter"),
    ("die sog. Schuldenbremse", "die sog  Schuldenbremse"),
    # the price: a sentence ending in an abbreviated title is read on into the next (rare)
    ("Gefragt wurde der Prof. Dann ging er.", "Gefragt wurde der Prof  Dann ging er."),
    # left alone: an abbreviation that may end a sentence, a listed word inside a longer
    # word, a title before a lower-case word
    ("Es kostet 5 Mio. Die Stadt zahlt.", "Es kostet 5 Mio. Die Stadt zahlt."),
    ("Das Ergebnis: Ca. Hälfte.", "Das Ergebnis: Ca  Hälfte."),
    ("Der Zirkusprof. Otto kam.", "Der Zirkusprof. Otto kam."),
    ("ein Prof. aus Kiel", "ein Prof. aus Kiel"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:28] or "empty" for r in ROWS])
def test_tokenizer_text_drops_the_dot_only_where_no_sentence_can_end(
    text: str, expected: str
) -> None:
    out = tokenizer_text(text)
    assert out == expected
    assert len(out) == len(text)
