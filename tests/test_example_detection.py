"""Detection on the example article examples/trump-ma-2017.de.txt."""

from __future__ import annotations

from quoteattr import find_quotes

EXPECTED = [
    "großen Dingen",
    "großartigen und aufgeschlossenem Treffen",
    "großartigen, großartigen Unternehmer; einen der besten der Welt",
    "Er liebt dieses Land und er liebt China",
    "Jack und ich werden einige große Dinge vollbringen. Kleinunternehmen, nicht wahr?",
    "Bestie",
    "produktiven Treffen",
    "Wir haben darüber gesprochen, kleinen amerikanischen Unternehmen dabei zu helfen, "
    "Waren über die Alibaba-Plattform in China zu verkaufen",
]


def test_example_article_yields_the_eight_quotations(example_text: str) -> None:
    quotes = find_quotes(example_text)
    assert [q.text for q in quotes] == EXPECTED
    assert [q.depth for q in quotes] == [0] * 8
    assert all(q.closed for q in quotes)
    assert all((q.part, q.n_parts, q.group) == (0, 1, q.start) for q in quotes)


def test_example_article_offsets_match_the_text(example_text: str) -> None:
    for q in find_quotes(example_text):
        assert example_text[q.start : q.end] == q.text
        # The outer span is the content plus one mark on each side.
        assert (q.outer.start, q.outer.end) == (q.start - 1, q.end + 1)
        assert example_text[q.outer.start : q.outer.end] == q.outer.text
        assert q.outer.text == q.open_mark + q.text + q.close_mark


def test_example_article_marks(example_text: str) -> None:
    quotes = find_quotes(example_text)
    # The second quotation opens with an ASCII " and closes with “.
    assert (quotes[1].open_mark, quotes[1].close_mark) == ('"', "“")
    others = quotes[:1] + quotes[2:]
    assert {(q.open_mark, q.close_mark) for q in others} == {("„", "“")}


def test_example_article_paragraphs(example_text: str) -> None:
    assert [q.paragraph for q in find_quotes(example_text)] == [0, 0, 3, 3, 3, 3, 5, 5]
