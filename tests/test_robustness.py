"""Whatever German-looking text goes in, extraction finishes with consistent results.

Hypothesis builds texts from the pieces the attribution rules react to (speech verbs,
quotation marks of every kind, colons, *laut*, *wie*, *mit den Worten*, hyphenated names,
paragraph breaks, unbalanced marks), joined by spaces, line breaks of every kind and odd
white space, and runs the real small-model pipeline on them, in
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


#: What separates the pieces: mostly a space, but also line breaks of every kind (``\r``
#: alone, U+2028), no-break and wide spaces, tabs and runs of spaces.
SEPARATORS = [" "] * 8 + ["\n", "\r\n", "\r", "\u2028", "\xa0", "\u2002", "\t", "  ", "\n \n"]


def joined(draw: st.DrawFn, parts: list[str]) -> str:
    """``parts`` joined, each gap a drawn separator."""
    out = parts[:1]
    for part in parts[1:]:
        out += [draw(st.sampled_from(SEPARATORS)), part]
    return "".join(out)


@st.composite
def sentence(draw: st.DrawFn) -> str:
    """Words, a quotation (of words around speech-cue pieces) and more words."""
    before = draw(st.lists(st.sampled_from(PIECES), max_size=6))
    opening, closing = draw(st.sampled_from(MARKS))
    inner = draw(st.lists(st.sampled_from(CONTENT + PIECES[:12]), min_size=1, max_size=8))
    after = draw(st.lists(st.sampled_from(PIECES), max_size=6))
    return joined(draw, [*before, opening + joined(draw, inner) + closing, *after])


@st.composite
def joined_list(draw: st.DrawFn, elements: st.SearchStrategy[list[str]]) -> str:
    return joined(draw, draw(elements))


texts = st.one_of(
    joined_list(st.lists(sentence(), min_size=1, max_size=4)),
    joined_list(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30)),
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
        # Names have plain single spaces, whatever white space the text had.
        assert q.speaker.name == " ".join(q.speaker.name.split())
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
