"""Quotation-mark detection: ``find_quotes`` on raw text, without a parser.

Expected values are content strings and ``(depth, closed)`` pairs; offsets are checked
through the invariants (``text[q.start:q.end] == q.text`` and so on), not hard-coded.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import Quote, _marks, find_quotes

# --- helpers -------------------------------------------------------------------------


def check_invariants(text: str, quotes: list[Quote]) -> None:
    """What every result must satisfy, whatever the input."""
    n = len(text)
    open_at_depth: list[Quote] = []  # the latest quote of each depth, outermost first
    previous = (-1, 0)
    for q in quotes:
        assert 0 <= q.outer.start <= q.start <= q.end <= q.outer.end <= n
        assert text[q.start : q.end] == q.text
        assert text[q.outer.start : q.outer.end] == q.outer.text
        assert q.outer.text.startswith(q.open_mark)
        assert q.outer.text.endswith(q.close_mark)
        assert q.closed == bool(q.close_mark)
        assert q.start == q.outer.start + len(q.open_mark)
        assert q.outer.end == q.end + len(q.close_mark)
        assert q.speaker is None
        assert q.cue is None
        assert q.rule is None
        assert q.confidence == 0.0
        assert 0 <= q.part < q.n_parts
        # Document order by outer start; a part without an opening mark may start where
        # its first inner quote starts, and comes first.
        assert (q.outer.start, q.depth) > previous, "quotes must come in document order"
        previous = (q.outer.start, q.depth)
        # Same depth never overlaps; an inner quote lies inside its parent's content.
        assert q.depth <= len(open_at_depth)
        if q.depth < len(open_at_depth):
            assert open_at_depth[q.depth].outer.end <= q.outer.start
        if q.depth > 0:
            parent = open_at_depth[q.depth - 1]
            assert parent.start <= q.outer.start
            assert q.outer.end <= parent.end
        del open_at_depth[q.depth :]
        open_at_depth.append(q)
    total = sum(len(q.outer.text) for q in quotes)
    assert total <= _marks._MAX_DEPTH * n, "the result must stay linear in the text"


def contents(text: str) -> list[str]:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    return [q.text for q in quotes]


def shapes(text: str) -> list[tuple[str, int, bool]]:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    return [(q.text, q.depth, q.closed) for q in quotes]


# --- conventions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sprach von „großen Dingen“.", [("großen Dingen", 0, True)]),
        (
            "„Er sagte ‚nein‘ und ging“, hieß es.",
            [("Er sagte ‚nein‘ und ging", 0, True), ("nein", 1, True)],
        ),
        ("„A“ und „B“", [("A", 0, True), ("B", 0, True)]),
        ("„“", [("", 0, True)]),
        ("Zitat:\n„Ja“", [("Ja", 0, True)]),
    ],
)
def test_marks_german_low_high_pair(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte »Hallo«.", [("Hallo", 0, True)]),
        (
            "»Er sagte ›nein‹ und ging«, hieß es.",
            [("Er sagte ›nein‹ und ging", 0, True), ("nein", 1, True)],
        ),
        ("»A« und »B«", [("A", 0, True), ("B", 0, True)]),
    ],
)
def test_marks_german_guillemets_pair(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Lokal hieß «Schweizerhaus».", [("Schweizerhaus", 0, True)]),
        (
            "«Er sagte ‹nein› und ging», hiess es.",
            [("Er sagte ‹nein› und ging", 0, True), ("nein", 1, True)],
        ),
        ("« Bonjour », dit-il.", [(" Bonjour ", 0, True)]),
        ("«Das kostet 10'000 Franken»", [("Das kostet 10'000 Franken", 0, True)]),
    ],
)
def test_marks_swiss_guillemets_pair(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “hello”.", [("hello", 0, True)]),
        (
            "“He said ‘no’ and left,” she wrote.",
            [("He said ‘no’ and left,", 0, True), ("no", 1, True)],
        ),
        ("Er nannte es “Bestie“.", [("Bestie", 0, True)]),
    ],
)
def test_marks_english_typographic_pair(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Er sagte "Hallo".', [("Hallo", 0, True)]),
        (
            "\"Er sagte 'nein' und ging\", hieß es.",
            [("Er sagte 'nein' und ging", 0, True), ("nein", 1, True)],
        ),
        ('Er sagte:"Hallo"', [("Hallo", 0, True)]),
        ('ein "rot-grünes" Lager', [("rot-grünes", 0, True)]),
        ('eine "Jamaika"-Koalition', [("Jamaika", 0, True)]),
        ("Medien sprachen von 'Flucht'.", [("Flucht", 0, True)]),
    ],
)
def test_marks_ascii_pair(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('„Das ist viel", sagte er.', ["Das ist viel"]),
        ("„Das ist viel”, sagte er.", ["Das ist viel"]),
        ('von einem "großartigen Treffen“ war die Rede', ["großartigen Treffen"]),
        ("“Das ist viel“, sagte er.", ["Das ist viel"]),
        ("„innere Angelegenheit‘ und ‚Zitat“", ["innere Angelegenheit‘ und ‚Zitat"]),
    ],
)
def test_marks_mismatched_but_evident_pair(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # “ closes after a word, opens before one.
        ("„Haus“ und “House”", [("Haus", "“"), ("House", "”")]),
        ("„Wort“-Kette", [("Wort", "“")]),
        ("„Ja.“Dann ging er.", [("Ja.", "“")]),  # a missing space: „ is pending
        ("Er sagte:“Ja”", [("Ja", "”")]),  # nothing pending: “ opens
        ("(“Ja”)", [("Ja", "”")]),
        ("„Er sagte “Hallo” zu mir“", [("Er sagte “Hallo” zu mir", "“"), ("Hallo", "”")]),
        # " opens before a word, closes after one.
        ('„Ja", "Nein"', [("Ja", '"'), ("Nein", '"')]),
        ('Er sagte "Ja."Dann', [("Ja.", '"')]),
        # A stray space before a closer.
        ("„Ja “, sagte er.", [("Ja ", "“")]),
        ("„Ja “ sagte er.", [("Ja ", "“")]),
        ('"…und dann", sagte er.', [("…und dann", '"')]),
        ("„[…] gehören geschützt“", [("[…] gehören geschützt", "“")]),
        # ‘ closes ‚ in German and opens in English.
        ("„Ein ‚Name‘ ist das“", [("Ein ‚Name‘ ist das", "“"), ("Name", "‘")]),
        ("“A ‘name’ it is”", [("A ‘name’ it is", "”"), ("name", "’")]),
        # » opens in German, closes in Swiss; « the other way round.
        ("»A« «B»", [("A", "«"), ("B", "»")]),
    ],
)
def test_marks_direction_from_context(text: str, expected: list[tuple[str, str]]) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert [(q.text, q.close_mark) for q in quotes] == expected


# --- what is not a quotation mark ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wie geht’s?",
        "Wie geht's?",
        "Thomas’ Bass und Klaus' Gitarre",
        "die Kant’sche Philosophie",
        "Das wär' schön.",
        "in's Kino",
        "Das ist 'n Ding.",
        "’s ist kalt und ’ne Menge los",
        "Rock ’n’ Roll",
        "Rock 'n' Roll",
        "Das kostet 10'000 Franken.",
        "die ’90er und die '80er",
        "McDonald's und O’Keefe",
        "'rein und 'raus",
        "Er sagte 'Hallo",  # an unpaired single opener is an apostrophe after all
        "Er sagte ‚Hallo",
        "Er kam‚ sah und siegte",  # ‚ after a word: a misplaced comma
        "‘Adi, östlich der Stadt",
    ],
)
def test_marks_apostrophe_is_no_quote(text: str) -> None:
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Wie geht’s dir?“", ["Wie geht’s dir?"]),
        ("„Thomas’ Bass ist laut“", ["Thomas’ Bass ist laut"]),
        ("„Rock ’n’ Roll“", ["Rock ’n’ Roll"]),
        ("„Das wär' schön“, sagte er.", ["Das wär' schön"]),
        ("„Das kostet 10'000 Franken“", ["Das kostet 10'000 Franken"]),
        ("„Ein ‚Zitat‘ und Thomas’ Bass“", ["Ein ‚Zitat‘ und Thomas’ Bass", "Zitat"]),
        ("„Sie sagte ‚Hallo und ging“", ["Sie sagte ‚Hallo und ging"]),
    ],
)
def test_marks_apostrophe_inside_quote(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Äpfel\t3 kg\t„Obst“\nBirnen\t„\t„\n", ["Obst"]),
        ("Montag   Frühschicht\nDienstag    „\nMittwoch    „", []),
        ("A „ B „ C", []),
        ("Er sagte „\n\nDann", []),
    ],
)
def test_marks_ditto_mark_is_no_quote(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


# --- nesting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„A ‚B‘ C“ und „D“",
            [("A ‚B‘ C", 0, True), ("B", 1, True), ("D", 0, True)],
        ),
        (
            "„A »B ‚C‘ B« A“",
            [("A »B ‚C‘ B« A", 0, True), ("B ‚C‘ B", 1, True), ("C", 2, True)],
        ),
        (
            "„Er sagte „Hallo“ zu mir“",  # sloppy nesting of „ in „, but closed
            [("Er sagte „Hallo“ zu mir", 0, True), ("Hallo", 1, True)],
        ),
        (
            "„‚Ja‘, ‚Nein‘“",
            [("‚Ja‘, ‚Nein‘", 0, True), ("Ja", 1, True), ("Nein", 1, True)],
        ),
        # An inner double opener still open when its parent closes ends there.
        ("„A »B“ C", [("A »B", 0, True), ("B", 1, False)]),
    ],
)
def test_marks_nesting_depth_and_order(text: str, expected: list[tuple[str, int, bool]]) -> None:
    assert shapes(text) == expected


def test_marks_inner_quote_lies_in_parent_content() -> None:
    text = "Sie sagte: „Er rief ‚Feuer!‘ und rannte.“"
    outer, inner = find_quotes(text)
    assert (outer.depth, inner.depth) == (0, 1)
    assert outer.start <= inner.outer.start < inner.outer.end <= outer.end
    assert inner.text == "Feuer!"


# --- unclosed quotes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte „Hallo und ging.", [("Hallo und ging.", 0, False)]),
        ("Er sagte „Hallo und ging.   \n\nNeuer Absatz.", [("Hallo und ging.", 0, False)]),
        (
            "Er sagte „Hallo.\n\nDann „Tschüss“.",  # no reopening: not linked
            [("Hallo.", 0, False), ("Tschüss", 0, True)],
        ),
        # An unclosed quote does not swallow a later quote with the same mark.
        (
            "Er sprach von „Frieden und „Freiheit“ heute.",
            [("Frieden und", 0, False), ("Freiheit", 0, True)],
        ),
        ("„A „B „C", [("A", 0, False), ("B", 0, False), ("C", 0, False)]),
        ('"A "B"', [("A", 0, False), ("B", 0, True)]),
        # ... but keeps a quote with another mark inside.
        ("„A ‚B‘ C", [("A ‚B‘ C", 0, False), ("B", 1, True)]),
        ("Ein Wort“ ohne Anfang", []),
        ("„A“ B“ C”", [("A", 0, True)]),
    ],
)
def test_marks_unclosed_quote_ends_at_paragraph(
    text: str, expected: list[tuple[str, int, bool]]
) -> None:
    assert shapes(text) == expected


def test_marks_unclosed_quote_fields() -> None:
    text = "Er sagte „Hallo und ging.  \n\nNeu."
    (q,) = find_quotes(text)
    assert q.closed is False
    assert q.close_mark == ""
    assert q.open_mark == "„"
    assert q.outer.text == "„Hallo und ging."
    assert q.end == q.outer.end == text.index(".") + 1


# --- paragraphs and multi-paragraph quotations ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„A“\n„B“", [0, 0]),  # one line break is no paragraph break
        ("„A“\n\n„B“", [0, 1]),
        ("„A“\r\n\r\n„B“", [0, 1]),
        ("„A“\n  \t\n\n „B“\n\n„C“", [0, 1, 2]),
        ("\n\n  \n„A“", [0]),  # blank paragraphs are not counted
        ("„A“\n\n\n\n\n\n„B“", [0, 1]),
    ],
)
def test_marks_paragraph_index(text: str, expected: list[int]) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert [q.paragraph for q in quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Erster Absatz.\n\n„Zweiter Absatz.\n\n„Dritter Absatz.“ Ende.",
            [
                ("Erster Absatz.", False, 0, 3, 0),
                ("Zweiter Absatz.", False, 1, 3, 1),
                ("Dritter Absatz.", True, 2, 3, 2),
            ],
        ),
        (
            "„Erster Absatz.\r\n\r\n  „Zweiter Absatz.“",
            [("Erster Absatz.", False, 0, 2, 0), ("Zweiter Absatz.", True, 1, 2, 1)],
        ),
        (
            "»Erster.\n\n»Zweiter.«",
            [("Erster.", False, 0, 2, 0), ("Zweiter.", True, 1, 2, 1)],
        ),
        (
            '"Erster.\n\n"Zweiter."',
            [("Erster.", False, 0, 2, 0), ("Zweiter.", True, 1, 2, 1)],
        ),
        # The last part may stay unclosed too.
        (
            "„Erster.\n\n„Zweiter.",
            [("Erster.", False, 0, 2, 0), ("Zweiter.", False, 1, 2, 1)],
        ),
        # Another family does not reopen the quotation.
        (
            "„Erster.\n\n»Anderes.«",
            [("Erster.", False, 0, 1, 0), ("Anderes.", True, 0, 1, 1)],
        ),
        # A paragraph that does not start with the opener does not continue it.
        (
            "„Erster.\n\nDann „Neues“.",
            [("Erster.", False, 0, 1, 0), ("Neues", True, 0, 1, 1)],
        ),
    ],
)
def test_marks_multi_paragraph_linked_parts(
    text: str, expected: list[tuple[str, bool, int, int, int]]
) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)
    assert [(q.text, q.closed, q.part, q.n_parts, q.paragraph) for q in quotes] == expected


def test_marks_multi_paragraph_parts_share_group() -> None:
    text = "Er sagte: „Eins.\n\n„Zwei.\n\n„Drei.“ Und „Vier“."
    quotes = find_quotes(text)
    first, second, third, fourth = quotes
    assert first.group == second.group == third.group == first.start
    assert [q.depth for q in quotes] == [0, 0, 0, 0]
    assert (fourth.group, fourth.part, fourth.n_parts) == (fourth.start, 0, 1)


def test_marks_multi_paragraph_without_reopening_mark() -> None:
    # No reopening mark, but a closing mark that closes nothing else: the quotation went
    # on; its second part has no opening mark.
    text = "„Wir sind überzeugt.\n\nBedenken Sie das.“ Sagte sie."
    first, second = find_quotes(text)
    assert (first.text, first.closed, first.part, first.n_parts) == (
        "Wir sind überzeugt.",
        False,
        0,
        2,
    )
    assert (second.text, second.open_mark, second.close_mark) == ("Bedenken Sie das.", "", "“")
    assert (second.closed, second.part, second.n_parts, second.group) == (True, 1, 2, first.start)


# --- any str ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   \n\t \r\n  ", []),
        ("Keine Anführungszeichen hier.", []),
        ("„Zeile eins\r\nZeile zwei“", ["Zeile eins\r\nZeile zwei"]),
        (unicodedata.normalize("NFD", "„Über Café“"), [unicodedata.normalize("NFD", "Über Café")]),
        ("„Cafe\u0301“ und „e\u0301“", ["Cafe\u0301", "e\u0301"]),
        ("„😀 Emoji 👍🏽“", ["😀 Emoji 👍🏽"]),
        ("𝔄 „𝔅 ‚𝔇‘“ 𝔈", ["𝔅 ‚𝔇‘", "𝔇"]),
        ("„\x00\ufeff“", ["\x00\ufeff"]),
        ("„", []),
        ("“", []),
        ("'", []),
    ],
)
def test_marks_any_str(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_marks_str_subclass_is_accepted() -> None:
    class Text(str):
        pass

    assert contents(Text("„Ja“")) == ["Ja"]


@pytest.mark.parametrize("value", [None, b"\xe2\x80\x9eJa\xe2\x80\x9c", 42, ["„Ja“"]])
def test_marks_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError, match=f"expects a str, got {type(value).__name__}"):
        find_quotes(value)  # type: ignore[arg-type]


def test_marks_bytes_error_suggests_decoding() -> None:
    with pytest.raises(TypeError, match="decode"):
        find_quotes(b"abc")  # type: ignore[arg-type]


# --- large and adversarial inputs ------------------------------------------------------

N = 100_000


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("„" * N, id="low-double"),
        pytest.param('"' * N, id="ascii-double"),
        pytest.param("'" * N, id="ascii-single"),
        pytest.param("„“" * (N // 2), id="alternating-german"),
        pytest.param("„" * (N // 2) + "“" * (N // 2), id="deep-nesting"),
        pytest.param("»«" * (N // 2), id="alternating-guillemets"),
        pytest.param("„a " * (N // 3), id="unclosed-openers"),
        pytest.param("„a\n\n" * (N // 4), id="paragraphs"),
        pytest.param(("„“”\"»«‚‘’'›‹" * N)[:N], id="all-marks"),
        pytest.param(" „ \n" * (N // 4), id="ditto"),
        pytest.param("\n" + " " * N, id="whitespace"),
    ],
)
def test_marks_adversarial_input_stays_linear(text: str) -> None:
    quotes = find_quotes(text)
    check_invariants(text, quotes)


def test_marks_one_megabyte_of_text(example_text: str) -> None:
    text = example_text * (1_000_000 // len(example_text) + 1)
    quotes = find_quotes(text)
    assert len(quotes) == 8 * (1_000_000 // len(example_text) + 1)
    assert all(text[q.start : q.end] == q.text for q in quotes)


def _work(text: str) -> int:
    return _marks._scan(text).work


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param("„a“ ", id="pairs"),
        pytest.param("„", id="openers"),
        pytest.param("„a ", id="unclosed"),
        pytest.param("„‚'»›", id="mixed-openers"),
        pytest.param("“”\"«»‹›’‘'", id="closers"),
        pytest.param("„a\n\n", id="paragraphs"),
        pytest.param("„a „b ‚c »d ‚e “ '", id="nesting-and-dropping"),
        pytest.param("a  \n", id="whitespace"),
    ],
)
def test_marks_work_grows_linearly(unit: str) -> None:
    """Count the pairing's elementary steps instead of timing: 100x the text, ~100x work."""
    small, medium, large = (unit * k for k in (100, 1_000, 10_000))
    work_small, work_medium, work_large = _work(small), _work(medium), _work(large)
    # At most a constant amount of work per character ...
    assert work_large <= (_marks._MAX_DEPTH + 2) * len(large)
    # ... and the work per character does not grow with the size.
    assert work_medium <= 10 * work_small + 100
    assert work_large <= 100 * work_small + 1_000


# --- properties ------------------------------------------------------------------------

MARKS = list("„“”\"»«‚‘’'›‹")
PIECES = [
    *MARKS,
    "a",
    "Wort",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    ".",
    ",",
    "(",
    "-",
    "7",
    "é",
    "\u0301",
    "😀",
]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_marks_property_arbitrary_unicode(text: str) -> None:
    check_invariants(text, find_quotes(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_marks_property_mixed_marks(text: str) -> None:
    check_invariants(text, find_quotes(text))


#: Every pair find_quotes may report: opener -> the closers that fit it.
FITS = {
    "„": '“”"',
    "“": '“”"',
    "”": '“”"',
    '"': '“”"',
    "»": "«",
    "«": "»",
    "‚": "‘’'",
    "‘": "‘’'",
    "'": "‘’'",
    "›": "‹",
    "‹": "›",
}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80).map("".join))
def test_marks_property_only_fitting_pairs(text: str) -> None:
    for q in find_quotes(text):
        if q.closed and q.open_mark:
            assert q.close_mark in FITS[q.open_mark]
        if not q.open_mark:  # a continued part without a reopening mark
            assert q.part > 0
