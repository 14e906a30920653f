"""Whatever German-looking text goes in, extraction finishes with consistent results.

Hypothesis builds texts from the pieces the attribution rules react to (speech verbs,
quotation marks of every kind, colons, *laut*, *wie*, *mit den Worten*, hyphenated names,
paragraph breaks, unbalanced marks) and runs the real small-model pipeline on them, in
both parsing modes. Every quotation must point at its own text, every speaker mention and
cue at theirs, and rule, speaker and confidence must agree.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quoteattr import Quote, QuoteExtractor

pytestmark = pytest.mark.e2e

PIECES = [
    "sagte",
    "erklärte",
    "fügte",
    "hinzu",
    "so",
    "laut",
    "zufolge",
    "Wie",
    "wie",
    "mit den Worten",
    "Parolen wie",
    "Für den Minister ist",
    "zeigte sich",
    "ließ",
    "verlauten",
    "hieß es vom",
    "Einer der Beamten",
    "Angela Merkel",
    "Merkel",
    "sie",
    "er",
    "ersterer",
    "VW-Chef",
    "Widmann-Mauz",
    "Ähnlich",
    "Stunden",
    "der",
    "die",
    "Sprecherin",
    "Regierung",
    "sei",
    "habe",
    "Titel",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "-",
    "(",
    ")",
    "\n\n",
    "„",
    "“",
    "‚",
    "‘",
    "»",
    "«",
    "›",
    "‹",
    '"',
    "”",
    "Das ist gut",
    "Wir schaffen das",
]

#: Opening and closing marks, well paired and not (a quotation never closed, mixed marks).
MARKS = [
    ("„", "“"),
    ("‚", "‘"),
    ("»", "«"),
    ("›", "‹"),
    ("«", "»"),
    ("“", "”"),
    ('"', '"'),
    ("„", '"'),
    ("»", "“"),
    ("„", ""),
    ("", "“"),
]
CONTENT = ["Wir", "sind", "bereit", "Das", "ist", "gut", "Gesindel", "nie", "Europa", "."]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Words, a quotation (of words around speech-cue pieces) and more words."""
    before = draw(st.lists(st.sampled_from(PIECES), max_size=6))
    opening, closing = draw(st.sampled_from(MARKS))
    inner = draw(st.lists(st.sampled_from(CONTENT + PIECES[:12]), min_size=1, max_size=8))
    after = draw(st.lists(st.sampled_from(PIECES), max_size=6))
    return " ".join([*before, opening + " ".join(inner) + closing, *after])


texts = st.one_of(
    st.lists(sentence(), min_size=1, max_size=4).map(" ".join),
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map(" ".join),
)


@pytest.fixture(scope="module")
def extractors(
    extractor: QuoteExtractor, full_extractor: QuoteExtractor
) -> dict[str, QuoteExtractor]:
    return {"selective": extractor, "full": full_extractor}


def check(text: str, quotes: list[Quote]) -> None:
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert text[q.outer.start : q.outer.end] == q.outer.text
        assert q.outer.start <= q.start <= q.end <= q.outer.end
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker is None:
            assert q.rule in {"no_speaker", "nested_quote"}
            assert q.cue is None
            continue
        assert q.rule not in {"no_speaker", "nested_quote"}
        mention = q.speaker.mention
        assert mention.text
        assert text[mention.start : mention.end] == mention.text
        assert q.speaker.name
        # A speaker is never found inside the quotation it speaks.
        assert not (q.start <= mention.start and mention.end <= q.end)
        if q.cue is not None:
            assert text[q.cue.span.start : q.cue.span.end] == q.cue.span.text


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=texts)
def test_any_text_gives_consistent_quotations(
    extractors: dict[str, QuoteExtractor], text: str
) -> None:
    for extractor in extractors.values():
        check(text, list(extractor.extract(text)))
