"""speaker_table: who is quoted how often across documents, on hand-made corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import quoteattr
from quoteattr import Quote, Quotes, Span, Speaker
from quoteattr._corpus import UNRESOLVED, classify_speaker, speaker_rows

#: One quotation of a hand-made document: (its words, the speaker's name or None).
Said = tuple[str, str | None]

#: The speakers of these corpora whose name is no name (an unresolved pronoun or a
#: description): what attribution marks Speaker.resolved=False.
UNNAMED = {
    "er",
    "sie",
    "Ersterer",
    "das Ministerium",
    "eine Sprecherin des Ministeriums",
    "der Minister",
    "Innenministerium",
}


def document(*said: Said, split: bool = False) -> Quotes:
    """A text of one sentence per quotation, „words“, sagte NAME., with real offsets.
    With ``split``, the first two quotations are the two parts of one quotation."""
    text, quotes = "", []
    for k, (words, name) in enumerate(said):
        start = len(text) + 1
        text += f"„{words}“, sagte {name or 'jemand'}. "
        mention_start = text.rindex(name or "jemand")
        speaker = (
            Speaker(
                name,
                Span(mention_start, mention_start + len(name), name),
                "organisation" if "inisterium" in name else "person",
                resolved=name not in UNNAMED,
            )
            if name is not None
            else None
        )
        parts = {"part": k, "n_parts": 2, "group": quotes[0].start if k else start}
        quotes.append(
            Quote(
                words,
                start,
                start + len(words),
                Span(start - 1, start + len(words) + 1, f"„{words}“"),
                "„",
                "“",
                True,
                speaker=speaker,
                **(parts if split and k < 2 else {}),
            )
        )
    for q in quotes:
        assert text[q.start : q.end] == q.text
    return Quotes(quotes, text=text)


def table(corpus: object) -> list[tuple[str, str, int, int, str]]:
    frame = quoteattr.speaker_table(corpus)  # type: ignore[arg-type]
    assert list(frame.columns) == ["name", "kind", "quotes", "documents", "variants"]
    return [tuple(row) for row in frame.itertuples(index=False)]  # type: ignore[misc]


def test_a_surname_alone_joins_the_one_full_name_it_fits() -> None:
    corpus = [
        document(("Wir bauen eine Mauer", "Donald Trump")),
        document(("Das ist falsch", "Trump"), ("Sehr falsch", "Trump")),
        document(("Nein", "Angela Merkel"), ("Doch", "Trump")),
    ]
    assert table(corpus) == [
        ("Donald Trump", "person", 4, 3, "Donald Trump; Trump"),
        ("Angela Merkel", "person", 1, 1, "Angela Merkel"),
    ]


def test_an_ambiguous_surname_stays_apart() -> None:
    corpus = [
        document(("Eins", "Donald Trump")),
        document(("Zwei", "Ivanka Trump")),
        document(("Drei", "Trump"), ("Vier", "Trump")),
    ]
    assert table(corpus) == [
        ("Trump", "person", 2, 1, "Trump"),
        ("Donald Trump", "person", 1, 1, "Donald Trump"),
        ("Ivanka Trump", "person", 1, 1, "Ivanka Trump"),
    ]


def test_white_space_variants_are_one_name() -> None:
    corpus = [document(("A", "Angela  Merkel")), document(("B", "Angela\nMerkel"))]
    assert table(corpus) == [("Angela Merkel", "person", 2, 2, "Angela Merkel")]


def test_pronouns_and_descriptions_stay_out_of_the_names() -> None:
    corpus = [
        document(("A", "Olaf Scholz"), ("B", "er"), ("C", "das Ministerium")),
        document(("D", "eine Sprecherin des Ministeriums"), ("E", "Ersterer")),
        document(("F", "der Minister"), ("G", "Minister Peter Altmaier"), ("H", "Scholz")),
        document(("I", "Innenministerium"), ("J", "sie")),
    ]
    rows = table(corpus)
    assert rows[-1] == (
        UNRESOLVED,
        "unresolved",
        7,
        4,
        "Ersterer; Innenministerium; das Ministerium; der Minister; "
        "eine Sprecherin des Ministeriums; er; sie",
    )
    named = {name for name, kind, *_ in rows if kind != "unresolved"}
    assert named == {"Olaf Scholz", "Minister Peter Altmaier"}
    assert ("Olaf Scholz", "person", 2, 2, "Olaf Scholz; Scholz") in rows


def test_quotations_without_a_speaker_are_not_counted() -> None:
    corpus = [document(("A", None), ("B", "Anna Weber")), document(("C", None))]
    assert table(corpus) == [("Anna Weber", "person", 1, 1, "Anna Weber")]


def test_a_quotation_in_two_parts_counts_once() -> None:
    doc = document(
        ("Erst", "Anna Weber"), ("dann", "Anna Weber"), ("Neu", "Anna Weber"), split=True
    )
    assert [q.group for q in doc][:2] == [doc[0].start, doc[0].start]
    assert table([doc]) == [("Anna Weber", "person", 2, 1, "Anna Weber")]


@pytest.mark.parametrize("shape", ["quotes", "pairs", "mapping", "generator"])
def test_every_corpus_shape_gives_the_same_table(shape: str) -> None:
    docs = [document(("A", "Donald Trump")), document(("B", "Trump"))]
    corpus: object = {
        "quotes": docs,
        "pairs": [("a.txt", docs[0]), ("b.txt", docs[1])],
        "mapping": {"a.txt": docs[0], "b.txt": docs[1]},
        "generator": (d for d in docs),
    }[shape]
    assert table(corpus) == [("Donald Trump", "person", 2, 2, "Donald Trump; Trump")]


def test_one_documents_quotes_alone_and_an_empty_corpus() -> None:
    doc = document(("A", "Trump"), ("B", "Donald Trump"))
    assert table(doc) == [("Donald Trump", "person", 2, 1, "Donald Trump; Trump")]
    assert table([]) == []
    assert table([Quotes(text="")]) == []


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("„Ja“, sagte er.", "expects an iterable of Quotes"),
        (42, "expects an iterable of Quotes"),
        ([document(("A", "X Y")), 7], "item 1 is a int"),
        ([[document(("A", "X Y"))[0], "x"]], "item 1 of document 0 is a str"),
    ],
)
def test_bad_input_says_what_is_wrong(bad: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        quoteattr.speaker_table(bad)  # type: ignore[arg-type]


def test_the_columns_have_plain_dtypes() -> None:
    frame = quoteattr.speaker_table([document(("A", "Anna Weber"))])
    assert [str(t) for t in frame.dtypes] == ["string", "string", "int64", "int64", "string"]


def test_the_row_kind_is_the_speakers_kind_or_unresolved() -> None:
    mention = Span(0, 2, "er")
    assert classify_speaker(Speaker("er", mention, "person")) == "unresolved"
    assert classify_speaker(Speaker("SPD", mention, "organisation", resolved=True)) == (
        "organisation"
    )
    corpus = [document(("A", "Olaf Scholz")), document(("B", "das Ministerium"))]
    assert [(name, kind) for name, kind, *_ in table(corpus)] == [
        ("Olaf Scholz", "person"),
        (UNRESOLVED, "unresolved"),
    ]


def test_speaker_rows_need_no_pandas() -> None:
    (row,) = speaker_rows([document(("A", "Anna Weber"))])
    assert (row.name, row.quotes, row.variants) == ("Anna Weber", 1, ("Anna Weber",))


def test_quotes_speakers_and_to_dataframe() -> None:
    doc = document(("A", "Anna Weber"), ("B", None), ("C", "er"), ("D", "Anna Weber"))
    assert doc.speakers == ["Anna Weber", "er"]
    frame = doc.to_dataframe()
    assert frame["text"].tolist() == ["A", "B", "C", "D"]
    assert frame.equals(quoteattr.to_dataframe(list(doc)))


@pytest.mark.e2e
def test_end_to_end_on_three_small_articles(model_dir: Path) -> None:
    texts = [
        "„Wir sind bereit“, sagte Gewerkschaftschef Frank Werneke am Montag.",
        "Die Gespräche gingen weiter. „Wir streiken“, sagte Werneke.",
        "„Das reicht nicht“, sagte er. „Das prüfen wir“, teilte das Ministerium mit.",
    ]
    results = list(quoteattr.QuoteExtractor(model_dir=model_dir).extract_many(texts))
    assert [r.speakers for r in results] == [
        ["Frank Werneke"],
        ["Werneke"],
        ["er", "das Ministerium"],
    ]
    assert table(zip(["a", "b", "c"], results, strict=True)) == [
        ("Frank Werneke", "person", 2, 2, "Frank Werneke; Werneke"),
        (UNRESOLVED, "unresolved", 2, 1, "das Ministerium; er"),
    ]
