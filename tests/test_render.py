"""``quoteattr.render``: the HTML view of a text with its quotations, and ``Quotes``, the
result list that remembers its text and shows itself that way in a notebook.

The HTML is read back with a strict parser (tests/_html_tools.py): tags must nest, and
the text of the ``qa-text`` element must be the original text, character for character.
"""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import attrs
import pytest
from _html_tools import first_fragments, joined_by, read_page
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import Cue, Quote, QuoteExtractor, Quotes, Span, Speaker, find_quotes, render

ARTICLE = (
    "„Wir sind bereit“, sagte Gewerkschaftschef Frank Werneke am Montag. "
    "Er sprach von einem „Angebot, das den Namen „Angebot“ nicht verdient“.\n\n"
    "Das Ministerium nannte den Streik „unnötig“.\n\n"
    "„Wir warten ab“, so Anna Schmidt."
)


def attributed(text: str, *who: tuple[str, str, str, str] | None) -> list[Quote]:
    """``find_quotes(text)`` with speakers and cues: one entry per quote, ``None`` or
    (speaker name, mention text, cue lemma, cue text); mention and cue are the first
    occurrences of those words in the text."""
    quotes = find_quotes(text)
    assert len(quotes) == len(who)
    out = []
    for i, (q, w) in enumerate(zip(quotes, who, strict=True)):
        if w is None:
            out.append(attrs.evolve(q, rule="no_speaker", confidence=0.5))
            continue
        name, mention, lemma, cue = w
        out.append(
            attrs.evolve(
                q,
                speaker=Speaker(name, Span.of(text, m := text.index(mention), m + len(mention))),
                cue=Cue(lemma, Span.of(text, c := text.index(cue), c + len(cue))),
                rule=f"rule_{i}",
                confidence=0.9 - i / 100,
            )
        )
    return out


@pytest.fixture(scope="module")
def article_quotes() -> list[Quote]:
    return attributed(
        ARTICLE,
        ("Frank Werneke", "Frank Werneke", "sagen", "sagte"),
        ("Frank Werneke", "Er", "sprechen", "sprach"),
        None,  # „Angebot“ inside the quote above
        None,
        ("Anna Schmidt", "Anna Schmidt", "so", "so"),
    )


def background(style: str | None) -> str:
    match = re.search(r"background: ([^;]+)", style or "")
    assert match, style
    return match.group(1)


# --- what the view shows ----------------------------------------------------------------


def test_every_quote_is_one_highlight_with_its_data(article_quotes: list[Quote]) -> None:
    page = read_page(render(ARTICLE, article_quotes).html)
    spans = first_fragments(page.having_class("qa-quote"))
    assert [s.attrs["data-quote"] for s in spans] == [str(i) for i in range(len(article_quotes))]
    for span, q in zip(spans, article_quotes, strict=True):
        assert span.attrs.get("data-speaker") == (q.speaker.name if q.speaker else None)
        assert ("qa-no-speaker" in span.classes) == (q.speaker is None)
        assert span.attrs["data-rule"] == q.rule
        assert float(span.attrs["data-confidence"] or "nan") == q.confidence
        assert span.attrs["data-start"] == str(q.start)
        assert span.attrs["data-end"] == str(q.end)
        assert span.attrs["data-depth"] == str(q.depth)
        title = span.attrs["title"] or ""
        assert f"rule: {q.rule}" in title
        assert f"confidence: {q.confidence:.2f}" in title
    texts = joined_by(page.having_class("qa-quote"), "data-quote")
    assert texts == {str(i): q.outer.text for i, q in enumerate(article_quotes)}
    assert first_fragments(page.elements) == page.elements  # all nested: nothing split


def test_one_colour_per_speaker_and_a_neutral_one(article_quotes: list[Quote]) -> None:
    spans = first_fragments(
        read_page(render(ARTICLE, article_quotes).html).having_class("qa-quote")
    )
    colour = [background(s.attrs["style"]) for s in spans]
    werneke_1, werneke_2, inner, unnoetig, schmidt = colour
    assert werneke_1 == werneke_2
    assert len({werneke_1, schmidt, inner}) == 3
    assert inner == unnoetig  # no speaker: the neutral style


def test_twelve_colours_then_other_underlines_and_always_labels() -> None:
    text = " ".join(f"„Satz {i}“, sagte Person{i}." for i in range(14))
    quotes = attributed(text, *((f"Person{i}", f"Person{i}.", "sagen", "sagte") for i in range(14)))
    page = read_page(render(text, quotes).html)
    spans = first_fragments(page.having_class("qa-quote"))
    colours = [background(s.attrs["style"]) for s in spans]
    assert len(set(colours[:12])) == 12
    assert colours[12:] == colours[:2]  # the palette repeats ...
    underline = [re.search(r"border-bottom: 1px (\w+)", s.attrs["style"] or "") for s in spans]
    assert [m.group(1) if m else None for m in underline] == ["solid"] * 12 + ["dashed"] * 2
    labels = page.having_class("qa-label")  # ... and the labels tell them apart
    assert [(e.attrs["data-speaker"], e.text) for e in labels] == [
        (f"Person{i}", f"Person{i}") for i in range(14)
    ]


def test_each_quotation_is_labelled_with_its_speaker_before_its_mark(
    article_quotes: list[Quote],
) -> None:
    html = render(ARTICLE, article_quotes).html
    labels = read_page(html).having_class("qa-label")
    assert [(e.attrs["data-quote"], e.text) for e in labels] == [
        ("0", "Frank Werneke"),
        ("1", "Frank Werneke"),
        ("4", "Anna Schmidt"),
    ]
    for e in labels:  # the label comes right before the quotation's own span
        label_at = html.index(f'class="qa-label" data-quote="{e.attrs["data-quote"]}"')
        quote_at = html.index(f'data-quote="{e.attrs["data-quote"]}"', label_at + 30)
        between = html[label_at:quote_at]
        assert between.count("</span>") == 1
        assert "aria-hidden" in between
    assert not read_page(render(ARTICLE, article_quotes, labels=False).html).having_class(
        "qa-label"
    )


def test_adjacent_quotations_are_set_apart() -> None:
    text = "„Eins“„Zwei“, sagte Anna Berg."
    quotes = attributed(
        text,
        ("Anna Berg", "Anna Berg", "sagen", "sagte"),
        ("Anna Berg", "Anna Berg", "sagen", "sagte"),
    )
    page = read_page(render(text, quotes, labels=False).html)
    spans = first_fragments(page.having_class("qa-quote"))
    assert len(spans) == 2
    assert all("border-left: 3px solid" in (s.attrs["style"] or "") for s in spans)


def test_only_the_speakers_asked_for(article_quotes: list[Quote]) -> None:
    page = read_page(render(ARTICLE, article_quotes, speakers=["Anna Schmidt"]).html)
    spans = first_fragments(page.having_class("qa-quote"))
    assert [(s.attrs["data-quote"], s.attrs["data-speaker"]) for s in spans] == [
        ("4", "Anna Schmidt")
    ]
    assert page.one("qa-text").text == ARTICLE
    assert [e.attrs["data-speaker"] for e in page.having_class("qa-legend-item")] == [
        "Anna Schmidt"
    ]
    with pytest.raises(ValueError, match=r"no quotation of 'Anna Schmid' .* 'Frank Werneke'"):
        render(ARTICLE, article_quotes, speakers=["Anna Schmid"])
    with pytest.raises(TypeError, match="one str"):
        render(ARTICLE, article_quotes, speakers="Anna Schmidt")


def test_cues_can_be_switched_off(article_quotes: list[Quote]) -> None:
    quotes = Quotes(article_quotes, text=ARTICLE)
    assert read_page(quotes.render().html).having_class("qa-cue")
    page = read_page(quotes.render(cues=False).html)
    assert not page.having_class("qa-cue")
    assert page.having_class("qa-mention")


def test_mentions_and_cues_are_marked(article_quotes: list[Quote]) -> None:
    page = read_page(render(ARTICLE, article_quotes).html)
    mentions = page.having_class("qa-mention")
    assert {(m.text, m.attrs["data-speaker"], m.attrs["data-quotes"]) for m in mentions} == {
        ("Frank Werneke", "Frank Werneke", "0"),
        ("Er", "Frank Werneke", "1"),
        ("Anna Schmidt", "Anna Schmidt", "4"),
    }
    cues = page.having_class("qa-cue")
    assert {(c.text, c.attrs["data-lemma"]) for c in cues} == {
        ("sagte", "sagen"),
        ("sprach", "sprechen"),
        ("so", "so"),
    }
    assert all("underline" in (c.attrs["style"] or "") for c in cues)
    assert all("bold" in (m.attrs["style"] or "") for m in mentions)


def test_a_mention_shared_by_two_quotes_is_marked_once() -> None:
    text = "„Eins“, sagte Ma. „Zwei“, sagte Ma."
    first = text.index("Ma")
    quotes = [
        attrs.evolve(q, speaker=Speaker("Jack Ma", Span.of(text, first, first + 2)))
        for q in find_quotes(text)
    ]
    mentions = read_page(render(text, quotes).html).having_class("qa-mention")
    assert [(m.text, m.attrs["data-quotes"]) for m in mentions] == [("Ma", "0 1")]


def test_legend_counts_quotes_per_speaker(article_quotes: list[Quote]) -> None:
    page = read_page(render(ARTICLE, article_quotes).html)
    items = page.having_class("qa-legend-item")
    assert [(i.attrs.get("data-speaker"), i.attrs["data-count"]) for i in items] == [
        ("Frank Werneke", "2"),
        ("Anna Schmidt", "1"),
        (None, "2"),
    ]
    legend = page.one("qa-legend").text
    assert "5 quotations" in legend
    assert "Frank Werneke (2)" in legend
    assert "no speaker (2)" in legend


def test_text_and_paragraph_breaks_come_back_exactly(article_quotes: list[Quote]) -> None:
    page = read_page(render(ARTICLE, article_quotes).html)
    shown = page.one("qa-text")
    assert shown.text == ARTICLE
    assert "\n\n" in shown.text
    assert "white-space: pre-wrap" in (shown.attrs["style"] or "")


def test_markup_in_the_text_stays_text() -> None:
    text = (
        '„<script>alert("x")</script>“, sagte <b>Eve</b> & „<img src=x onerror=alert(1)>“'
        " \"a\" 'b' &amp; &lt;"
    )
    quotes = attributed(text, ("Eve", "<b>Eve</b>", "sagen", "sagte"), *[None] * 4)
    view = render(text, quotes)
    assert "<script" not in view.html.lower()
    assert "<img" not in view.html.lower()
    assert "<b>Eve</b>" not in view.html
    page = read_page(view.html)
    assert page.one("qa-text").text == text
    assert {e.tag for e in page.elements} <= {"div", "span", "b", "i"}
    assert page.one("qa-mention").text == "<b>Eve</b>"
    assert page.one("qa-mention").attrs["data-speaker"] == "Eve"


def test_speaker_names_are_escaped_in_attributes() -> None:
    text = "„Hallo“, sagte X."
    name = '"><script>alert(1)</script>'
    (q,) = find_quotes(text)
    q = attrs.evolve(q, speaker=Speaker(name, Span.of(text, 15, 16)), rule='r"<&>')
    view = render(text, [q])
    assert "<script" not in view.html
    page = read_page(view.html)
    assert page.one("qa-quote").attrs["data-speaker"] == name
    assert page.one("qa-quote").attrs["data-rule"] == 'r"<&>'
    assert page.one("qa-mention").attrs["data-speaker"] == name


def test_the_html_is_self_contained(article_quotes: list[Quote]) -> None:
    view = render(ARTICLE, article_quotes)
    for html in (view.html, view.page):
        lowered = html.lower()
        for needle in ("<script", "<link", "<img", "src=", "href=", "url(", "@import", "//"):
            assert needle not in lowered, needle


def test_spans_that_cross_nest_as_fragments() -> None:
    # A mention that starts before a quote and ends inside it, and a cue that crosses
    # the end of the mention: the tags must still nest, each span's text stays whole.
    text = "Der Mann „Kurt“ sagte nichts."
    (q,) = find_quotes(text)
    mention = Span.of(text, 4, text.index("Kurt") + 2)  # "Mann „Ku"
    cue = Span.of(text, text.index("Kurt") + 1, text.index("sagte") + 2)  # "urt“ sa"
    q = attrs.evolve(q, speaker=Speaker("Kurt", mention), cue=Cue("sagen", cue))
    page = read_page(render(text, [q]).html)
    assert joined_by(page.having_class("qa-quote"), "data-quote") == {"0": "„Kurt“"}
    assert joined_by(page.having_class("qa-mention"), "data-quotes") == {"0": "Mann „Ku"}
    assert joined_by(page.having_class("qa-cue"), "data-quotes") == {"0": "urt“ sa"}
    assert len(first_fragments(page.having_class("qa-quote"))) == 1
    assert any("qa-cont" in e.classes for e in page.elements)
    assert page.one("qa-text").text == text


def test_no_quotes() -> None:
    text = "Kein Zitat hier.\n\nAuch hier nicht."
    view = render(text, [])
    page = read_page(view.html)
    assert page.having_class("qa-quote") == []
    assert page.one("qa-text").text == text
    assert "No quotations." in page.one("qa-legend").text
    assert read_page(render("", []).html).one("qa-text").text == ""


def test_page_save_and_notebook_display(tmp_path: Path, article_quotes: list[Quote]) -> None:
    view = render(ARTICLE, article_quotes)
    assert view._repr_html_() == view.html
    path = view.save(tmp_path / "view.html")
    assert path == tmp_path / "view.html"
    saved = path.read_text(encoding="utf-8")
    assert saved == view.page
    assert saved.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in saved
    assert view.html in saved
    assert read_page(saved).one("qa-text").text == ARTICLE
    assert repr(view) == "<Rendering: 5 quotations, 2 speakers>"


# --- bad input ---------------------------------------------------------------------------


def test_quotes_of_another_text_are_refused(article_quotes: list[Quote]) -> None:
    with pytest.raises(ValueError, match=r"quote 0: its outer span does not fit the text"):
        render("ganz anderer Text, lang genug für die Offsets " * 3, article_quotes)
    with pytest.raises(ValueError, match=r"does not fit the text: the text has only 4 char"):
        render("kurz", article_quotes)
    text = "„Hallo“, sagte X."
    (q,) = find_quotes(text)
    stray = attrs.evolve(q, speaker=Speaker("X", Span(15, 18, "Xyz")))
    with pytest.raises(ValueError, match=r"quote 0: its speaker mention does not fit"):
        render(text, [stray])
    stray_cue = attrs.evolve(q, cue=Cue("sagen", Span(0, 5, "sagte")))
    with pytest.raises(ValueError, match=r"quote 0: its cue does not fit"):
        render(text, [stray_cue])


@pytest.mark.parametrize(
    ("text", "quotes", "message"),
    [
        (b"bytes", [], "expects the text as a str, got bytes"),
        (None, [], "expects the text as a str, got NoneType"),
        ("text", "text", "expects an iterable of Quote objects, got str"),
        ("text", 3, "expects an iterable of Quote objects, got int"),
        ("text", [{"text": "x"}], "item 0 is a dict, not a Quote"),
    ],
)
def test_wrong_types_are_named(text: object, quotes: object, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        render(text, quotes)  # type: ignore[arg-type]


# --- property: any text, any quotes, any speakers and cues -------------------------------

_ALPHABET = list("ab Xy.,:\n\r„“‚‘»«›‹\"'<>&;é")


@st.composite
def text_with_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    text = draw(st.text(st.sampled_from(_ALPHABET), max_size=80))
    n = len(text)
    span = st.tuples(st.integers(0, n), st.integers(0, n)).map(sorted)
    quotes = []
    for q in find_quotes(text):
        if draw(st.booleans()):
            start, end = draw(span)
            name = draw(st.sampled_from(["A", "B", 'C "<&>"', "D"]))
            q = attrs.evolve(q, speaker=Speaker(name, Span.of(text, start, end)))
        if draw(st.booleans()):
            start, end = draw(span)
            q = attrs.evolve(
                q, cue=Cue(draw(st.sampled_from(["sagen", "so"])), Span.of(text, start, end))
            )
        q = attrs.evolve(
            q,
            rule=draw(st.none() | st.sampled_from(["r1", "r<2>"])),
            confidence=draw(st.floats(0, 1)),
        )
        quotes.append(q)
    return text, quotes


@settings(max_examples=300, deadline=None)
@given(text_with_quotes())
def test_rendering_keeps_the_text_and_every_span(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    page = read_page(render(text, quotes).html)  # raises if the tags do not nest
    assert page.one("qa-text").text == text
    spans = page.having_class("qa-quote")
    assert len(first_fragments(spans)) == len(quotes)
    assert joined_by(spans, "data-quote") == {str(i): q.outer.text for i, q in enumerate(quotes)}
    for kind, span_of in (
        ("qa-mention", lambda q: q.speaker.mention if q.speaker else None),
        ("qa-cue", lambda q: q.cue.span if q.cue else None),
    ):
        elements = page.having_class(kind)
        marked = joined_by(elements, "data-quotes")
        assert len(first_fragments(elements)) == len(marked)
        covered = []
        for indices, shown in marked.items():
            for i in map(int, indices.split()):
                assert shown == span_of(quotes[i]).text
                covered.append(i)
        assert sorted(covered) == [i for i, q in enumerate(quotes) if span_of(q) is not None]
    # Spans that nest (none starts inside another and ends after it) need no fragments.
    extents = {(q.outer.start, q.outer.end) for q in quotes}
    extents |= {(q.speaker.mention.start, q.speaker.mention.end) for q in quotes if q.speaker}
    extents |= {(q.cue.span.start, q.cue.span.end) for q in quotes if q.cue}
    crossing = any(a < c < b < d for a, b in extents for c, d in extents)
    if not crossing:
        assert not any("qa-cont" in e.classes for e in page.elements)


# --- Quotes: a list that remembers its text ---------------------------------------------


def test_quotes_is_a_list_that_keeps_its_text(article_quotes: list[Quote]) -> None:
    quotes = Quotes(article_quotes, text=ARTICLE)
    assert isinstance(quotes, list)
    assert quotes == article_quotes
    assert article_quotes == quotes
    assert quotes != article_quotes[:-1]
    assert quotes.text == ARTICLE
    assert len(quotes) == 5
    assert quotes[0] is article_quotes[0]
    assert list(quotes) == article_quotes
    assert type(quotes[1:]) is list
    assert Quotes(text="") == []
    assert Quotes(text="x").text == "x"


@pytest.mark.parametrize("protocol", range(pickle.HIGHEST_PROTOCOL + 1))
def test_quotes_pickle_with_their_text(article_quotes: list[Quote], protocol: int) -> None:
    back = pickle.loads(pickle.dumps(Quotes(article_quotes, text=ARTICLE), protocol))
    assert type(back) is Quotes
    assert back == article_quotes
    assert back.text == ARTICLE


def test_quotes_show_themselves_as_the_rendering(article_quotes: list[Quote]) -> None:
    quotes = Quotes(article_quotes, text=ARTICLE)
    assert quotes._repr_html_() == render(ARTICLE, article_quotes).html
    assert quotes.render().html == render(ARTICLE, article_quotes).html
    quotes.append(attrs.evolve(article_quotes[0], rule="added"))
    shown = first_fragments(read_page(quotes._repr_html_()).having_class("qa-quote"))
    assert {s.attrs["data-quote"]: s.attrs["data-rule"] for s in shown}["5"] == "added"


def test_quotes_need_a_str_text() -> None:
    with pytest.raises(TypeError, match="Quotes\\(\\) expects the text as a str, got bytes"):
        Quotes([], text=b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Quotes([])  # type: ignore[call-arg]


# --- what the extractor returns ----------------------------------------------------------


@pytest.mark.e2e
def test_extractor_results_are_quotes_with_their_text(extractor: QuoteExtractor) -> None:
    text = "„Wir sind bereit“, sagte Gewerkschaftschef Frank Werneke am Montag."
    result = extractor.extract(text)
    assert type(result) is Quotes
    assert result.text == text
    assert [q.speaker.name if q.speaker else None for q in result] == ["Frank Werneke"]
    page = read_page(result._repr_html_())
    assert page.one("qa-quote").attrs["data-speaker"] == "Frank Werneke"
    speaker = result[0].speaker
    assert speaker is not None
    assert page.one("qa-mention").text == speaker.mention.text
    assert page.one("qa-mention").text.endswith("Frank Werneke")

    empty = extractor.extract("Kein Zitat.")
    assert type(empty) is Quotes
    assert (empty, empty.text) == ([], "Kein Zitat.")

    many = list(extractor.extract_many([text, "Kein Zitat."]))
    assert [type(r) for r in many] == [Quotes, Quotes]
    assert [r.text for r in many] == [text, "Kein Zitat."]
    assert many[0] == result

    parsed = extractor.attribute(extractor.nlp(text))
    assert type(parsed) is Quotes
    assert parsed.text == text
    assert parsed == result


@pytest.mark.e2e
def test_module_level_extract_returns_quotes(
    extractor: QuoteExtractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quoteattr import _extractor

    monkeypatch.setattr(_extractor, "_default", extractor)
    result = quoteattr.extract("„Ja“, sagte sie.")
    assert type(result) is Quotes
    assert result.text == "„Ja“, sagte sie."
