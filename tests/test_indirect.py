"""Indirect speech: Quote.kind, the kinds= argument, the candidate finder and, on the
small model, the rules of quoteattr.attribution._indirect end to end."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from quoteattr import Quote, QuoteExtractor, Span, read_jsonl, write_jsonl
from quoteattr._candidates import check_kinds, find_candidates
from quoteattr._indirect_finder import find_indirect, is_indirect_candidate

# --- Quote.kind ------------------------------------------------------------------------


def indirect_quote(text: str, part: str) -> Quote:
    start = text.index(part)
    span = Span.of(text, start, start + len(part))
    return Quote(span.text, span.start, span.end, span, "", "", True, kind="indirect")


def test_kind_defaults_to_direct_and_is_checked() -> None:
    span = Span.of("„Ja“", 0, 4)
    assert Quote("Ja", 1, 3, span, "„", "“", True).kind == "direct"
    with pytest.raises(ValueError, match="kind"):
        Quote("Ja", 1, 3, span, "„", "“", True, kind="reported")


def test_indirect_speech_has_no_marks() -> None:
    text = "Er sagte, es regne."
    q = indirect_quote(text, "es regne")
    assert (q.open_mark, q.close_mark, q.closed, q.outer) == ("", "", True, q.span)
    with pytest.raises(ValueError, match="no marks"):
        Quote("es regne", 10, 18, q.outer, "„", "", True, kind="indirect")
    with pytest.raises(ValueError, match="no marks"):
        Quote("es regne", 10, 18, q.outer, "", "", False, kind="indirect")


def test_kind_survives_dict_and_jsonl() -> None:
    text = "Er sagte, es regne."
    q = indirect_quote(text, "es regne")
    assert q.to_dict()["kind"] == "indirect"
    assert Quote.from_dict(q.to_dict()) == q
    buf = io.StringIO()
    write_jsonl([q], buf)
    buf.seek(0)
    (back,) = read_jsonl(buf)
    assert back == q


def test_jsonl_written_before_kind_existed_reads_as_direct() -> None:
    span = Span.of("„Ja“", 0, 4)
    data = Quote("Ja", 1, 3, span, "„", "“", True).to_dict()
    del data["kind"]
    buf = io.StringIO(json.dumps({"source": None, "quote": data}) + "\n")
    (back,) = read_jsonl(buf)
    assert back.kind == "direct"
    data["kind"] = "indirekt"
    buf = io.StringIO(json.dumps({"source": None, "quote": data}) + "\n")
    with pytest.raises(ValueError, match='"kind" must be one of direct, indirect'):
        read_jsonl(buf)


# --- kinds= ------------------------------------------------------------------------------


def test_kinds_are_checked() -> None:
    assert check_kinds(["indirect", "direct", "direct"]) == ("indirect", "direct")
    with pytest.raises(ValueError, match="'direct', 'indirect'"):
        check_kinds(["reported"])
    with pytest.raises(ValueError, match="one or more"):
        check_kinds([])
    with pytest.raises(TypeError, match="sequence of kinds"):
        check_kinds("direct")
    with pytest.raises(ValueError, match="kinds must be"):
        QuoteExtractor(kinds=("direkt",))


# --- the candidate finder ----------------------------------------------------------------

FINDER_CASES = [
    ("Die Ministerin sagte, die Schulen blieben offen.", True),  # a lexicon verb form
    ("Laut Polizei gab es drei Verletzte.", True),  # a source marker
    ("Die Lage sei ernst.", True),  # a Konjunktiv-I form
    ("Sie hätten keine Wahl gehabt.", True),  # Konjunktiv II standing in for it
    ("Er hatte ihr vorgeworfen, gelogen zu haben.", True),  # a particle verb's participle
    ("Er warf ihr vor, gelogen zu haben.", True),  # its particle alone before a comma
    ("Das Wetter war am Wochenende schön.", False),
    ("Der Zug erreichte Hamburg pünktlich.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), FINDER_CASES)
def test_surface_check(sentence: str, expected: bool) -> None:
    assert is_indirect_candidate(sentence) is expected


def test_finder_proposes_whole_sentences_in_order() -> None:
    text = "Das Wetter war schön. Der Sprecher sagte, es regne.\n\nDie Lage sei ernst."
    found = find_indirect(text)
    assert [q.text for q in found] == ["Der Sprecher sagte, es regne.", "Die Lage sei ernst."]
    assert all(text[q.start : q.end] == q.text and q.kind == "indirect" for q in found)
    assert [q.paragraph for q in found] == [0, 1]
    assert find_indirect("") == []
    with pytest.raises(TypeError, match="expects a str"):
        find_indirect(None)  # type: ignore[arg-type]


def test_candidates_of_both_kinds_are_merged_in_order() -> None:
    text = "Der Sprecher sagte, es regne. „Wir kommen“, sagte sie."
    kinds = [q.kind for q in find_candidates(text, ("direct", "indirect"))]
    assert kinds == ["indirect", "direct", "indirect"]  # equal starts: the finder order
    assert [q.kind for q in find_candidates(text)] == ["direct"]


# --- end to end on the small model ---------------------------------------------------------

#: (text, message, a word of the speaker's name or None for no speaker)
CASES = [
    # dass-, ob- and w-clauses
    (
        "Die Ministerin sagte am Montag, dass die Schulen geöffnet bleiben.",
        "dass die Schulen geöffnet bleiben",
        "Ministerin",
    ),
    (
        "Der Verband teilte mit, dass die Preise im Herbst steigen werden.",
        "dass die Preise im Herbst steigen werden",
        "Verband",
    ),
    (
        "Die Opposition fragte, ob die Regierung davon gewusst habe.",
        "ob die Regierung davon gewusst habe",
        "Opposition",
    ),
    # Konjunktiv-I clauses after the cue, and a frame after the message
    (
        "Der Bürgermeister erklärte, die Brücke sei sicher.",
        "die Brücke sei sicher",
        "Bürgermeister",
    ),
    (
        "Die Lage sei unter Kontrolle, sagte ein Sprecher der Feuerwehr.",
        "Die Lage sei unter Kontrolle",
        "Sprecher",
    ),
    # zu-infinitives after vorwerfen, ankündigen, versprechen
    (
        "Die Gewerkschaft kündigte an, den Streik fortzusetzen.",
        "den Streik fortzusetzen",
        "Gewerkschaft",
    ),
    ("Anna Berger hat versprochen, die Steuern zu senken.", "die Steuern zu senken", "Berger"),
    # source markers
    (
        "Laut Polizei wurden bei dem Unfall drei Menschen verletzt.",
        "wurden bei dem Unfall drei Menschen verletzt",
        "Polizei",
    ),
    (
        "Nach Angaben des Ministeriums stieg die Zahl der Arbeitslosen im Mai.",
        "stieg die Zahl der Arbeitslosen im Mai",
        "Ministeriums",
    ),
    (
        "Die Zahl der Opfer ist gestiegen, so der Bürgermeister.",
        "Die Zahl der Opfer ist gestiegen",
        "Bürgermeister",
    ),
]


def _indirect(quotes: Any) -> list[Quote]:
    return [q for q in quotes if q.kind == "indirect"]


@pytest.fixture(scope="module", params=["selective", "full"])
def both(request: pytest.FixtureRequest, pipeline: Any) -> QuoteExtractor:
    return QuoteExtractor(pipeline, parsing=request.param, kinds=("direct", "indirect"))


@pytest.mark.e2e
@pytest.mark.parametrize(("text", "message", "speaker"), CASES)
def test_indirect_speech_end_to_end(
    both: QuoteExtractor, text: str, message: str, speaker: str | None
) -> None:
    found = _indirect(both.extract(text))
    messages = [" ‖ ".join(q.text for q in found if q.group == g) for g in {q.group for q in found}]
    assert message in messages, messages
    (q,) = [q for q in found if q.text in message]
    assert all(text[x.start : x.end] == x.text for x in found)
    if speaker is None:
        assert q.speaker is None
    else:
        assert q.speaker is not None
        assert speaker in q.speaker.name or speaker in q.speaker.mention.text


@pytest.mark.e2e
def test_a_continuation_takes_the_speaker_of_the_statement_before(both: QuoteExtractor) -> None:
    text = (
        "Der Trainer sagte, die Mannschaft habe gut gespielt. "
        "Sie sei auf dem richtigen Weg und werde weiter hart arbeiten."
    )
    found = _indirect(both.extract(text))
    last = found[-1]
    assert last.text.startswith("Sie sei auf dem richtigen Weg")
    assert last.rule == "continuation"
    assert last.speaker is not None
    assert "Trainer" in last.speaker.name


@pytest.mark.e2e
def test_a_frame_inside_the_message_splits_it_into_parts(both: QuoteExtractor) -> None:
    text = "Die Preise würden laut der Bundesbank im Herbst weiter steigen."
    found = _indirect(both.extract(text))
    assert [q.text for q in found] == ["Die Preise würden", "im Herbst weiter steigen"]
    assert [(q.part, q.n_parts) for q in found] == [(0, 2), (1, 2)]
    assert found[0].group == found[1].group == found[0].start
    assert all(q.speaker is not None and "Bundesbank" in q.speaker.name for q in found)


@pytest.mark.e2e
@pytest.mark.parametrize(
    "text",
    [
        "Das Wetter war am Wochenende schön.",
        "Die Feuerwehr rückte am Abend mit drei Fahrzeugen aus.",
        "Nach dem Spiel fuhren die Fans nach Hause.",
    ],
)
def test_no_indirect_speech_in_plain_narration(both: QuoteExtractor, text: str) -> None:
    assert _indirect(both.extract(text)) == []


@pytest.mark.e2e
def test_default_kinds_find_no_indirect_speech(extractor: QuoteExtractor) -> None:
    assert _indirect(extractor.extract("Der Bürgermeister erklärte, die Brücke sei sicher.")) == []


@pytest.mark.e2e
@pytest.mark.parametrize("parsing", ["selective", "full"])
def test_direct_quotations_are_the_same_whatever_kinds(
    pipeline: Any, example_text: str, parsing: str
) -> None:
    texts = [example_text]
    with open("tests/data/handwritten.jsonl", encoding="utf-8") as f:
        texts += [json.loads(line)["text"] for line in f][:25]
    plain = QuoteExtractor(pipeline, parsing=parsing)
    more = QuoteExtractor(pipeline, parsing=parsing, kinds=("direct", "indirect"))
    for text, a, b in zip(texts, plain.extract_many(texts), more.extract_many(texts), strict=True):
        assert [q for q in b if q.kind == "direct"] == list(a), text[:60]


@pytest.mark.e2e
@pytest.mark.parametrize("parsing", ["selective", "full"])
def test_example_article_laut_ma_and_vorwerfen(
    pipeline: Any, example_text: str, parsing: str
) -> None:
    quotes = QuoteExtractor(pipeline, parsing=parsing, kinds=("direct", "indirect")).extract(
        example_text
    )
    by_text = {q.text: q for q in _indirect(quotes)}
    ma = by_text["Eine Million neue Arbeitsplätze würden sich"]
    trump = by_text["für den Verlust von Arbeitsplätzen in den USA verantwortlich zu sein"]
    assert ma.speaker is not None
    assert ma.speaker.name == "Jack Ma"
    assert trump.speaker is not None
    assert trump.speaker.name == "Donald Trump"
    assert ma.cue is not None
    assert ma.cue.lemma == "laut"
    assert trump.cue is not None
    assert trump.cue.lemma == "vorwerfen"
