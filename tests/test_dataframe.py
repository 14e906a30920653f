"""``quoteattr.to_dataframe``: one row per quote, flat columns, missing values where a
quote has no speaker; corpora get a ``source`` column. pandas is optional."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import attrs
import pandas as pd
import pytest

from quoteattr import Cue, Quote, Quotes, Span, Speaker, find_quotes, to_dataframe

TEXT = "„Wir sind bereit“, sagte Frank Werneke. Sie sprach von „großen Dingen“. „Ja“, so er."

COLUMNS = [
    "kind",
    "text",
    "start",
    "end",
    "speaker",
    "mention",
    "mention_start",
    "mention_end",
    "speaker_kind",
    "speaker_resolved",
    "cue",
    "cue_text",
    "cue_start",
    "cue_end",
    "rule",
    "confidence",
    "paragraph",
    "group",
    "part",
    "n_parts",
    "closed",
    "depth",
    "open_mark",
    "close_mark",
    "outer_start",
    "outer_end",
]


def span_of(text: str, word: str) -> Span:
    start = text.index(word)
    return Span.of(text, start, start + len(word))


@pytest.fixture(scope="module")
def quotes() -> Quotes:
    first, second, third = find_quotes(TEXT)
    return Quotes(
        [
            attrs.evolve(
                first,
                speaker=Speaker(
                    "Frank Werneke", span_of(TEXT, "Frank Werneke"), "person", resolved=True
                ),
                cue=Cue("sagen", span_of(TEXT, "sagte")),
                rule="cue_after_quote",
                confidence=0.9,
            ),
            attrs.evolve(second, rule="no_speaker", confidence=0.4),
            attrs.evolve(
                third,
                speaker=Speaker("Frank Werneke", Span.of(TEXT, TEXT.rindex("er"), len(TEXT) - 1)),
                cue=Cue("so", span_of(TEXT, "so")),
                rule="so_after_quote",
                confidence=0.8,
            ),
        ],
        text=TEXT,
    )


def test_one_row_per_quote_with_flat_columns(quotes: Quotes) -> None:
    df = to_dataframe(quotes)
    assert list(df.columns) == COLUMNS
    assert len(df) == len(quotes)
    for row, q in zip(df.itertuples(index=False), quotes, strict=True):
        assert (row.text, row.start, row.end) == (q.text, q.start, q.end)
        assert TEXT[row.start : row.end] == row.text
        assert (row.outer_start, row.outer_end) == (q.outer.start, q.outer.end)
        assert (row.open_mark, row.close_mark, row.closed) == (q.open_mark, q.close_mark, True)
        assert (row.rule, row.confidence) == (q.rule, q.confidence)
        assert (row.paragraph, row.group, row.part, row.n_parts, row.depth) == (
            q.paragraph,
            q.group,
            q.part,
            q.n_parts,
            q.depth,
        )
        if q.speaker is not None and q.cue is not None:
            assert row.speaker == q.speaker.name
            assert (
                TEXT[row.mention_start : row.mention_end] == row.mention == q.speaker.mention.text
            )
            assert row.cue == q.cue.lemma
            assert TEXT[row.cue_start : row.cue_end] == row.cue_text == q.cue.span.text


def test_speaker_kind_and_resolved_are_columns(quotes: Quotes) -> None:
    df = to_dataframe(quotes)
    assert df["speaker_kind"].tolist()[::2] == ["person", "unknown"]
    assert df["speaker_resolved"].tolist()[::2] == [True, False]
    assert df["speaker_resolved"].isna().tolist() == [False, True, False]
    assert str(df["speaker_resolved"].dtype) == "boolean"


def test_no_speaker_gives_missing_values(quotes: Quotes) -> None:
    df = to_dataframe(quotes)
    missing = df.loc[1]
    for column in ("speaker", "mention", "mention_start", "mention_end", "cue", "cue_text"):
        assert pd.isna(missing[column]), column
    assert missing["rule"] == "no_speaker"
    assert df["speaker"].isna().tolist() == [False, True, False]
    assert df["speaker"].value_counts().to_dict() == {"Frank Werneke": 2}
    assert df["rule"].isna().tolist() == [False, False, False]


def test_rule_none_is_missing_too() -> None:
    df = to_dataframe(find_quotes(TEXT))
    assert df["rule"].isna().all()
    assert df["speaker"].isna().all()
    assert (df["confidence"] == 0.0).all()


def test_dtypes_hold_missing_values_without_turning_into_floats(quotes: Quotes) -> None:
    dtypes = to_dataframe(quotes).dtypes
    for column in ("text", "speaker", "mention", "cue", "cue_text", "rule", "open_mark"):
        assert pd.api.types.is_string_dtype(dtypes[column]), column
    for column in ("mention_start", "mention_end", "cue_start", "cue_end"):
        assert str(dtypes[column]) == "Int64", column
    for column in ("start", "end", "paragraph", "group", "part", "n_parts", "depth"):
        assert str(dtypes[column]) == "int64", column
    assert str(dtypes["confidence"]) == "float64"
    assert str(dtypes["closed"]) == "bool"


def test_empty_input_gives_an_empty_frame_with_the_columns() -> None:
    df = to_dataframe([])
    assert list(df.columns) == COLUMNS
    assert len(df) == 0
    assert str(df.dtypes["start"]) == "int64"


# --- corpora ----------------------------------------------------------------------------


def test_a_corpus_of_results_gets_the_document_position(quotes: Quotes) -> None:
    def results() -> Iterator[Quotes]:  # as extract_many yields them
        yield quotes
        yield Quotes(text="Kein Zitat.")
        yield Quotes(quotes[:1], text=TEXT)

    df = to_dataframe(results())
    assert list(df.columns) == ["source", *COLUMNS]
    assert df["source"].tolist() == [0, 0, 0, 2]
    assert str(df["source"].dtype) == "int64"
    assert df["text"].tolist() == [q.text for q in [*quotes, quotes[0]]]


def test_pairs_and_mappings_name_the_source(quotes: Quotes) -> None:
    pairs = [("a.txt", quotes), ("b.txt", []), ("c.txt", quotes[2:])]
    df = to_dataframe(pairs)
    assert df["source"].tolist() == ["a.txt"] * 3 + ["c.txt"]
    assert df.drop(columns="source").equals(to_dataframe([*quotes, quotes[2]]))
    assert to_dataframe(dict(pairs)).equals(df)
    per_source = df.groupby("source")["speaker"].count().to_dict()
    assert per_source == {"a.txt": 2, "c.txt": 1}


def test_a_corpus_without_quotes_still_has_the_source_column() -> None:
    df = to_dataframe([Quotes(text="a"), Quotes(text="b")])
    assert list(df.columns) == ["source", *COLUMNS]
    assert len(df) == 0


def test_a_tuple_of_quotes_is_a_document_not_a_pair(quotes: Quotes) -> None:
    df = to_dataframe([(quotes[0], quotes[1])])
    assert df["source"].tolist() == [0, 0]


# --- bad input ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (3, "expects quotes (an iterable of Quote) or a corpus"),
        ("„Text“", "got str"),
        ([[1, 2]], "item 0 of document 0 is a int, not a Quote"),
        ([("a", 5)], "the quotes of document 0 is a int, not a list of Quote"),
        ([("a", "b")], "the quotes of document 0 is a str"),
        ([7], "document 0 is a int, not a list of Quote"),
    ],
)
def test_wrong_input_is_named(data: object, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        to_dataframe(data)  # type: ignore[arg-type]


def test_quotes_and_documents_do_not_mix(quotes: Quotes) -> None:
    with pytest.raises(TypeError, match="item 1 is a Quote, but other items are documents"):
        to_dataframe([quotes, quotes[0]])


def test_missing_pandas_says_how_to_install_it(
    quotes: list[Quote], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match=re.escape('pip install "quoteattr[pandas]"')):
        to_dataframe(quotes)
