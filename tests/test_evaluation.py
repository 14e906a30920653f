"""Tests for quoteattr.evaluation and the HTML error report (no Stanza needed)."""

from __future__ import annotations

import json
import re
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from quoteattr._model import Quote, Span, Speaker
from quoteattr.evaluation import (
    ERROR_KINDS,
    GoldDoc,
    GoldQuote,
    evaluate,
    is_partial_quote,
    load_gold,
    main,
    name_tokens,
    render_errors_html,
    score,
    spans_match,
    speaker_correct,
)

SHARED_DEV = (
    Path(__file__).resolve().parents[2] / "shared" / "eval" / "wikinews-quotes-de" / "dev.jsonl"
)

# ---------------------------------------------------------------------------
# helpers: offsets always come from str.index, never by hand
# ---------------------------------------------------------------------------


def find(text: str, sub: str, *, last: bool = False) -> Span:
    """The span of the first (or last) occurrence of ``sub`` in ``text``."""
    start = text.rindex(sub) if last else text.index(sub)
    return Span.of(text, start, start + len(sub))


def gold(text: str, content: str, speaker: str | None = None, *, nested: bool = False) -> GoldQuote:
    """A gold quote whose content is the first occurrence of ``content``."""
    inner = find(text, content)
    outer = Span.of(text, inner.start - 1, inner.end + 1)
    mention = find(text, speaker) if speaker is not None else None
    return GoldQuote(
        inner.start, inner.end, inner.text, speaker=mention, is_nested=nested, outer=outer
    )


def quote(
    text: str,
    content: str | Span,
    speaker: str | Span | None = None,
    *,
    name: str | None = None,
    rule: str | None = None,
) -> Quote:
    """A predicted quote; ``speaker`` is the mention (text or span), ``name`` its name."""
    inner = find(text, content) if isinstance(content, str) else content
    spk = None
    if speaker is not None:
        mention = find(text, speaker) if isinstance(speaker, str) else speaker
        spk = Speaker(name if name is not None else mention.text, mention)
    return Quote(
        inner.text,
        inner.start,
        inner.end,
        outer=inner,
        open_mark="„",
        close_mark="“",
        closed=True,
        speaker=spk,
        rule=rule,
    )


def sub_span(span: Span, text: str, start: int, end: int) -> Span:
    """``span`` narrowed to its characters ``[start:end]`` (relative offsets)."""
    return Span.of(text, span.start + start, span.start + end)


# ---------------------------------------------------------------------------
# the hand-computable example
# ---------------------------------------------------------------------------

TEXT = (
    "Bundeskanzler Olaf Scholz sagte am Montag: „Wir werden die Krise gemeinsam meistern.“ "
    "„Das Paket ist solide finanziert“, betonte der Finanzminister Christian Lindner. "
    "Die Opposition sagte, das sei „reiner Aktionismus“. "
    "Ein Sprecher der Regierung erklärte: „Die Gespräche laufen weiter.“ "
    "Der Film „Das Boot“ lief am Abend im Fernsehen. "
    "Die Zeitung nannte den Plan einen „großen Wurf“. "
    "Lindner verwies auf die Schuldenbremse. "
    "„Wir bleiben auf jeden Fall dran“, sagte sie."
)

G1 = "Wir werden die Krise gemeinsam meistern."
G2 = "Das Paket ist solide finanziert"
G3 = "reiner Aktionismus"
G4 = "Die Gespräche laufen weiter."
G5 = "großen Wurf"
G6 = "Wir bleiben auf jeden Fall dran"


def example_doc() -> GoldDoc:
    """Six gold quotes; five with a speaker; G3 nested and partial, G5 partial."""
    sie = find(TEXT, "sie", last=True)
    g6 = gold(TEXT, G6)
    g6 = GoldQuote(g6.start, g6.end, g6.text, speaker=sie, outer=g6.outer)
    return GoldDoc(
        "doc-1",
        TEXT,
        (
            gold(TEXT, G1, "Bundeskanzler Olaf Scholz"),
            gold(TEXT, G2, "der Finanzminister Christian Lindner"),
            gold(TEXT, G3, "Die Opposition", nested=True),
            gold(TEXT, G4, "Ein Sprecher der Regierung"),
            gold(TEXT, G5),
            g6,
        ),
    )


def example_predictions() -> list[Quote]:
    """P1 exact+right speaker (span); P2 overlap+right speaker (name); P3 no speaker;
    P4 exact+wrong speaker; P5 spurious; P6 matches the speakerless gold G5."""
    g2 = find(TEXT, G2)
    return [
        quote(TEXT, G1, "Olaf Scholz", rule="colon"),
        quote(
            TEXT,
            sub_span(g2, TEXT, 0, len("Das Paket ist solide")),
            find(TEXT, "Lindner", last=True),
            name="Christian Lindner",
            rule="postposed",
        ),
        quote(TEXT, G3, rule="no_cue"),
        quote(TEXT, G4, "Olaf Scholz", rule="colon"),
        quote(TEXT, "Das Boot", "Die Zeitung", rule="nominal"),
        quote(TEXT, G5, "Die Zeitung", rule="nominal"),
    ]


@pytest.fixture
def example() -> Any:
    doc = example_doc()
    return doc, score([doc], [example_predictions()])


def test_counts_of_the_example(example: Any) -> None:
    _, r = example
    assert (r.n_docs, r.n_gold, r.n_gold_with_speaker) == (1, 6, 5)
    assert (r.n_predicted, r.n_predicted_speech) == (6, 5)


def test_detection_overlap_and_exact(example: Any) -> None:
    _, r = example
    assert (r.detection.tp, r.detection.n_pred, r.detection.n_gold) == (5, 6, 6)
    assert r.detection.precision == pytest.approx(5 / 6)
    assert r.detection.recall == pytest.approx(5 / 6)
    assert r.detection.f1 == pytest.approx(5 / 6)
    # P2 covers only part of G2: it matches by overlap, not exactly
    assert r.detection_exact.tp == 4
    assert r.detection_exact.precision == pytest.approx(4 / 6)
    assert r.detection_exact.f1 == pytest.approx(4 / 6)


def test_speech_quotes(example: Any) -> None:
    _, r = example
    assert (r.speech.tp, r.speech.n_pred, r.speech.n_gold) == (4, 5, 6)
    assert r.speech.precision == pytest.approx(0.8)
    assert r.speech.recall == pytest.approx(4 / 6)
    assert r.speech.f1 == pytest.approx(8 / 11)


def test_speaker_accuracy_and_end_to_end(example: Any) -> None:
    _, r = example
    # judged: G1 (span overlap, right), G2 (name token, right), G4 (wrong); G5 has no speaker
    assert (r.speaker.correct, r.speaker.total) == (2, 3)
    assert r.speaker.value == pytest.approx(2 / 3)
    # end-to-end: 2 right; gold with speaker: 5; predictions judged: 5 speech - P6 (on G5) = 4
    assert (r.end_to_end.tp, r.end_to_end.n_pred, r.end_to_end.n_gold) == (2, 4, 5)
    assert r.end_to_end.precision == pytest.approx(0.5)
    assert r.end_to_end.recall == pytest.approx(0.4)
    assert r.end_to_end.f1 == pytest.approx(4 / 9)


def test_speaker_accuracy_counting_a_missing_speaker_as_wrong(example: Any) -> None:
    _, r = example
    # found gold quotes with a gold speaker: G1, G2, G4 (with a speaker) and G3 (P3, found
    # without one: wrong); G6 is not found at all and G5 has no gold speaker
    assert (r.speaker_found.correct, r.speaker_found.total) == (2, 4)
    assert r.speaker_found.value == pytest.approx(0.5)
    assert r.speaker_found.total == r.speaker.total + r.error_counts()["no_speaker"]


def test_breakdown_by_rule(example: Any) -> None:
    _, r = example
    rules = {s.rule: s for s in r.by_rule}
    assert set(rules) == {"colon", "postposed", "no_cue", "nominal"}
    colon = rules["colon"]
    assert (colon.count, colon.speech, colon.matched, colon.precision) == (2, 2, 2, 1.0)
    assert (colon.speaker.correct, colon.speaker.total) == (1, 2)
    nominal = rules["nominal"]
    assert (nominal.count, nominal.speech, nominal.matched) == (2, 2, 1)
    assert nominal.precision == pytest.approx(0.5)
    assert nominal.speaker.total == 0
    no_cue = rules["no_cue"]
    assert (no_cue.count, no_cue.speech, no_cue.no_speaker_on_gold) == (1, 0, 1)
    assert (rules["postposed"].speaker.correct, rules["postposed"].speaker.total) == (1, 1)


def test_breakdown_by_gold_kind(example: Any) -> None:
    _, r = example
    kinds = {k.kind: k for k in r.by_kind}
    full, partial = kinds["full sentence"], kinds["partial"]
    assert (full.n_gold, full.detected, full.recalled) == (4, 3, 3)
    assert full.recall == pytest.approx(0.75)
    assert (full.speaker.correct, full.speaker.total) == (2, 3)
    assert (partial.n_gold, partial.detected, partial.recalled) == (2, 2, 1)
    assert partial.speaker.total == 0
    nested, flat = kinds["nested"], kinds["not nested"]
    assert (nested.n_gold, nested.detected, nested.recalled, nested.recall) == (1, 1, 0, 0.0)
    assert (flat.n_gold, flat.recalled) == (5, 4)
    assert flat.recall == pytest.approx(0.8)


def test_error_records(example: Any) -> None:
    _, r = example
    assert r.error_counts() == {"missed": 1, "no_speaker": 1, "wrong_speaker": 1, "spurious": 1}
    by_kind = {e.kind: e for e in r.errors}
    assert by_kind["missed"].gold == find(TEXT, G6)
    assert by_kind["missed"].predicted is None
    assert by_kind["no_speaker"].gold == find(TEXT, G3)
    assert by_kind["no_speaker"].predicted == find(TEXT, G3)
    assert by_kind["no_speaker"].rule == "no_cue"
    wrong = by_kind["wrong_speaker"]
    assert wrong.gold_speaker == find(TEXT, "Ein Sprecher der Regierung")
    assert wrong.predicted_speaker == find(TEXT, "Olaf Scholz")
    assert wrong.predicted_speaker_name == "Olaf Scholz"
    assert (wrong.rule, wrong.doc_id) == ("colon", "doc-1")
    spurious = by_kind["spurious"]
    assert spurious.gold is None
    assert spurious.predicted == find(TEXT, "Das Boot")


def test_format_and_to_dict(example: Any) -> None:
    _, r = example
    table = r.format()
    for label in ("quote detection (exact)", "speech quotes", "speaker accuracy", "by rule"):
        assert label in table
    assert "0.727" in table  # speech F1 = 8/11
    data = json.loads(json.dumps(r.to_dict()))
    assert data["speech"]["f1"] == pytest.approx(8 / 11)
    assert data["speaker_accuracy"] == {"correct": 2, "total": 3, "accuracy": pytest.approx(2 / 3)}
    assert data["speaker_accuracy_found"] == {"correct": 2, "total": 4, "accuracy": 0.5}
    assert "speaker accuracy (given)      0.667  (2 of 3 found gold quotes" in table
    assert "speaker accuracy (all found)  0.500  (2 of 4 found gold quotes" in table
    assert len(data["errors"]) == 4


def test_evaluate_calls_predict_per_document() -> None:
    doc = example_doc()
    seen: list[str] = []

    def predict(text: str) -> Sequence[Quote]:
        seen.append(text)
        return example_predictions()

    result = evaluate([doc], predict, progress=True)
    assert seen == [TEXT]
    assert result == score([doc], [example_predictions()])


# ---------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------

MATCH_TEXT = "Sie sagte: „Wir haben die Wahl gewonnen und feiern heute.“ Dann ging sie."


def _one_quote_doc(text: str, content: str) -> GoldDoc:
    return GoldDoc("d", text, (gold(text, content, "Sie"),))


def test_overlap_of_60_percent_matches_40_does_not() -> None:
    content = "Wir haben die Wahl gewonnen und feiern heute."
    g = find(MATCH_TEXT, content)
    doc = _one_quote_doc(MATCH_TEXT, content)
    n60, n40 = round(len(content) * 0.6), round(len(content) * 0.4)
    p60 = quote(MATCH_TEXT, sub_span(g, MATCH_TEXT, 0, n60), "Sie")
    p40 = quote(MATCH_TEXT, sub_span(g, MATCH_TEXT, 0, n40), "Sie")
    assert score([doc], [[p60]]).speech.tp == 1
    assert score([doc], [[p60]]).detection_exact.tp == 0
    assert score([doc], [[p40]]).speech.tp == 0
    assert score([doc], [[p40]]).detection.tp == 0


def test_half_of_the_longer_span_counts() -> None:
    # a prediction much longer than the gold quote does not match, although it covers it
    assert spans_match((10, 20), (10, 20))
    assert spans_match((10, 20), (10, 15))  # exactly half of the longer one
    assert not spans_match((10, 20), (10, 14))
    assert not spans_match((0, 30), (10, 20))  # gold is a third of the prediction
    assert not spans_match((0, 10), (10, 20))  # touching is not overlapping


def test_matching_is_one_to_one_by_largest_overlap() -> None:
    content = "Wir haben die Wahl gewonnen und feiern heute."
    g = find(MATCH_TEXT, content)
    doc = _one_quote_doc(MATCH_TEXT, content)
    partial = quote(MATCH_TEXT, sub_span(g, MATCH_TEXT, 0, len(content) - 5), "Sie")
    exact = quote(MATCH_TEXT, content, "Sie")
    r = score([doc], [[partial, exact]])
    assert (r.speech.tp, r.speech.n_pred, r.detection_exact.tp) == (1, 2, 1)
    spurious = [e for e in r.errors if e.kind == "spurious"]
    assert [e.predicted for e in spurious] == [partial.span]  # the exact one won


def test_one_prediction_cannot_match_two_gold_quotes() -> None:
    text = "„Ja“, sagte er. „Nein“, sagte sie."
    doc = GoldDoc("d", text, (gold(text, "Ja", "er"), gold(text, "Nein", "sie")))
    both = quote(text, find(text, "Ja“, sagte er. „Nein"), "er")
    assert score([doc], [[both]]).speech.tp == 0  # too long for either
    r = score([doc], [[quote(text, "Ja", "er"), quote(text, "Nein", "sie")]])
    assert r.speech.tp == 2
    assert r.speaker.value == 1.0


def test_same_span_annotated_twice_counts_once_and_accepts_either_speaker() -> None:
    text = "Der Verband teilte in einer Presseerklärung mit: „Wir sind zufrieden.“"
    content = "Wir sind zufrieden."
    doc = GoldDoc(
        "d",
        text,
        (gold(text, content, "Der Verband"), gold(text, content, "einer Presseerklärung")),
    )
    for mention in ("Der Verband", "Presseerklärung"):
        r = score([doc], [[quote(text, content, mention)]])
        assert (r.n_gold, r.n_gold_annotations) == (1, 2)
        assert (r.speech.tp, r.speech.recall, r.speaker.value) == (1, 1.0, 1.0)


def test_predictions_must_fit_the_text() -> None:
    doc = _one_quote_doc(MATCH_TEXT, "Wir haben die Wahl gewonnen und feiern heute.")
    at = find(MATCH_TEXT, "Wir")
    bad = Span(at.start, at.end, "Wxx")
    wrong = Quote(bad.text, bad.start, bad.end, bad, open_mark="", close_mark="", closed=False)
    with pytest.raises(ValueError, match="does not match the document"):
        score([doc], [[wrong]])
    with pytest.raises(ValueError, match="1 gold documents but 2"):
        score([doc], [[], []])


# ---------------------------------------------------------------------------
# speakers
# ---------------------------------------------------------------------------


def test_speaker_by_span_overlap() -> None:
    text = "Bundeskanzler Olaf Scholz sagte: „Wir schaffen das schon irgendwie.“"
    gold_mention = find(text, "Bundeskanzler Olaf Scholz")
    # the name shares nothing, but the mention overlaps the gold mention
    assert speaker_correct(Speaker("Kanzler", find(text, "Scholz")), [gold_mention])
    assert not speaker_correct(Speaker("Kanzler", find(text, "sagte")), [gold_mention])


def test_speaker_by_name_token() -> None:
    text = "Merkel kam spät. „Wir schaffen das“, sagte die Kanzlerin Angela Merkel dann."
    gold_mention = find(text, "die Kanzlerin Angela Merkel")
    elsewhere = find(text, "Merkel")  # the first "Merkel", outside the gold mention
    assert speaker_correct(Speaker("Angela Merkel", elsewhere), [gold_mention])
    assert speaker_correct(Speaker("Merkel-Regierung", elsewhere), [gold_mention])
    # shares only an article: not a name token
    assert not speaker_correct(Speaker("die Opposition", elsewhere), [gold_mention])


def test_pronoun_gold_is_matched_by_mention_span_only() -> None:
    text = "Sie kam spät. Dann sagte sie: „Ich bin müde.“"
    gold_mention = find(text, "sie", last=True)
    at_gold = Speaker("Angela Merkel", gold_mention)
    other_sie = Speaker("Sie", find(text, "Sie"))
    assert speaker_correct(at_gold, [gold_mention])
    assert not speaker_correct(other_sie, [gold_mention])


def test_name_tokens() -> None:
    assert name_tokens("RTL-Chefin Anke Schäferkordt") == {"rtl", "chefin", "anke", "schäferkordt"}
    # case-folded, so "ß" becomes "ss"
    assert name_tokens("Der Sprecher des Weißen Hauses") == {"weissen", "hauses"}
    assert name_tokens("er") == frozenset()
    assert name_tokens("Herr Dr. Müller,") == {"müller"}


def test_is_partial_quote() -> None:
    assert is_partial_quote("Gesindel")
    assert is_partial_quote("reine Spekulation")
    assert is_partial_quote("bewusst und gewollt stranguliert")
    assert is_partial_quote("nicht ernst genommen worden, sagte er.")
    assert not is_partial_quote("Der Anblick dieses Wasserfalls ist einfach spektakulär.")
    assert not is_partial_quote("Wir bleiben auf jeden Fall dran")


# ---------------------------------------------------------------------------
# HTML report
# ---------------------------------------------------------------------------


def test_html_report_escapes_and_shows_every_error(example: Any) -> None:
    doc, r = example
    page = render_errors_html([doc], r)
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('class="error"') == len(r.errors) == 4
    assert "0.667 (2/3) on quotes that got a speaker, 0.500 (2/4) on all found quotes" in page
    for kind in ERROR_KINDS:
        assert f'id="{kind}"' in page
        assert f'href="#{kind}"' in page
    for css in ("gq", "pq", "gs", "ps"):
        assert f'class="key {css}"' in page  # the legend
    for external in ("http", "<script", "<link"):
        assert external not in page


def test_html_report_escapes_document_text() -> None:
    text = "Der Hacker schrieb: „<script>alert('x')</script> & mehr“."
    content = "<script>alert('x')</script> & mehr"
    doc = GoldDoc("<b>id</b>", text, (gold(text, content, "Der Hacker"),))
    r = score([doc], [[quote(text, content, "schrieb", name="<i>Name</i>")]])
    page = render_errors_html([doc], r)
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    assert "<b>id</b>" not in page
    assert "&lt;b&gt;id&lt;/b&gt;" in page
    assert "<i>Name</i>" not in page
    assert page.count('class="error"') == 1


def test_html_report_excerpt_highlights_context(example: Any) -> None:
    doc, r = example
    page = render_errors_html([doc], r)
    wrong = page[page.index('id="wrong_speaker-1"') :]
    wrong = wrong[: wrong.index("</article>")]
    excerpt = wrong[wrong.index('class="ctx"') :]
    assert re.search(r'<span class="[^"]*gq[^"]*">Die Gespräche', excerpt)
    assert re.search(r'<span class="[^"]*gs[^"]*">Ein Sprecher der Regierung', excerpt)


# ---------------------------------------------------------------------------
# load_gold
# ---------------------------------------------------------------------------


def gold_record(text: str, content: str, speaker: str | None) -> dict[str, Any]:
    """A quote in the dataset's schema (outer span includes the marks)."""
    inner = find(text, content)
    record: dict[str, Any] = {
        "start": inner.start - 1,
        "end": inner.end + 1,
        "text": text[inner.start - 1 : inner.end + 1],
        "inner_start": inner.start,
        "inner_end": inner.end,
        "speaker": None,
        "speaker_start": None,
        "speaker_end": None,
        "cue": None,
        "is_nested": False,
        "type": "Direct",
    }
    if speaker is not None:
        mention = find(text, speaker)
        record.update(speaker=speaker, speaker_start=mention.start, speaker_end=mention.end)
    return record


def write_jsonl(path: Path, records: Sequence[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CLI_TEXT = "Olaf Scholz sagte: „Wir schaffen das.“ Die Opposition sprach von „Unsinn“."


def cli_record() -> dict[str, Any]:
    return {
        "id": "a1",
        "title": "Test",
        "text": CLI_TEXT,
        "quotes": [gold_record(CLI_TEXT, "Wir schaffen das.", "Olaf Scholz")],
        "other_quotes": [],
    }


def _span_fields(span: Span) -> dict[str, int]:
    return {"start": span.start, "end": span.end}


def test_load_gold_reads_the_dataset_schema(tmp_path: Path) -> None:
    rec = cli_record()
    cue = find(CLI_TEXT, "sagte")
    rec["quotes"][0]["cue"] = {"start": cue.start, "end": cue.end, "text": "sagte"}
    docs = load_gold(write_jsonl(tmp_path / "g.jsonl", [rec, ""]))
    assert len(docs) == 1
    (q,) = docs[0].quotes
    assert (docs[0].id, docs[0].title) == ("a1", "Test")
    assert q.text == "Wir schaffen das."
    assert q.outer.text == "„Wir schaffen das.“"
    assert q.speaker == find(CLI_TEXT, "Olaf Scholz")
    assert (q.cue, q.is_nested, q.is_partial, q.part, q.n_parts) == ("sagte", False, True, 0, 1)


def test_load_gold_minimal_record_derives_inner_span(tmp_path: Path) -> None:
    outer = find(CLI_TEXT, "„Unsinn“")
    rec = {"text": CLI_TEXT, "quotes": [{"start": outer.start, "end": outer.end}]}
    (doc,) = load_gold(write_jsonl(tmp_path / "g.jsonl", [rec]))
    assert doc.id == "g.jsonl:1"
    assert doc.quotes[0].text == "Unsinn"
    assert doc.quotes[0].speaker is None


def test_load_gold_rejects_bad_json(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", [cli_record(), '{"text": "x", '])
    with pytest.raises(ValueError, match=r"bad\.jsonl, line 2: invalid JSON"):
        load_gold(path)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"inner_end": 10_000}, "not a span of the text"),
        ({"inner_start": 0}, "not within start/end"),
        ({"text": "„Wir schaffen es.“"}, '"text" .* differs'),
        ({"speaker": "Scholz"}, '"speaker" .* differs'),
        ({"speaker_end": None}, "must both be integers"),
        ({"part": 2, "n_parts": 2}, "part/n_parts"),
        ({"cue": {**_span_fields(find(CLI_TEXT, "Olaf")), "text": "sagte"}}, '"cue" .* differs'),
    ],
)
def test_load_gold_rejects_bad_offsets(
    tmp_path: Path, change: dict[str, Any], problem: str
) -> None:
    rec = cli_record()
    rec["quotes"][0].update(change)
    path = write_jsonl(tmp_path / "bad.jsonl", [cli_record(), rec])
    with pytest.raises(ValueError, match=rf"bad\.jsonl, line 2: quote 0: .*{problem}"):
        load_gold(path)


def test_load_gold_rejects_inner_span_that_cuts_words(tmp_path: Path) -> None:
    rec = cli_record()
    rec["quotes"][0]["inner_start"] += 2
    with pytest.raises(ValueError, match="cuts words off"):
        load_gold(write_jsonl(tmp_path / "bad.jsonl", [rec]))


def test_load_gold_rejects_missing_text(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"line 1: missing \"text\""):
        load_gold(write_jsonl(tmp_path / "bad.jsonl", [{"id": "x", "quotes": []}]))


# ---------------------------------------------------------------------------
# command line
# ---------------------------------------------------------------------------


class FakeExtractor:
    """Finds „…“ pairs; attributes every quote to the first "Olaf Scholz"."""

    model_dirs: list[object] = []  # noqa: RUF012 - records calls across instances

    def __init__(
        self,
        nlp: object = None,
        *,
        use_gpu: object = None,
        model_dir: object = None,
        kinds: object = ("direct",),
    ):
        FakeExtractor.model_dirs.append(model_dir)

    def extract(self, text: str) -> list[Quote]:
        quotes = []
        for m in re.finditer(r"„([^“]*)“", text):
            inner = Span.of(text, m.start(1), m.end(1))
            quotes.append(quote(text, inner, "Olaf Scholz", rule="fake"))
        return quotes


@pytest.fixture
def fake_extractor(monkeypatch: pytest.MonkeyPatch) -> type[FakeExtractor]:
    module = types.ModuleType("quoteattr._extractor")
    module.QuoteExtractor = FakeExtractor  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "quoteattr._extractor", module)
    FakeExtractor.model_dirs = []
    return FakeExtractor


def test_cli_prints_metrics_and_writes_outputs(
    tmp_path: Path, fake_extractor: type[FakeExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [cli_record()])
    out_json, out_html = tmp_path / "r.json", tmp_path / "e.html"
    argv = [str(path), "--model-dir", "models", "--json", str(out_json), "--errors", str(out_html)]
    assert main([*argv, "--no-progress"]) == 0
    stdout = capsys.readouterr().out
    assert "speech quotes" in stdout
    assert "speaker accuracy" in stdout
    assert fake_extractor.model_dirs == ["models"]
    data = json.loads(out_json.read_text(encoding="utf-8"))
    # „Unsinn“ is predicted with a speaker but not gold: one spurious
    assert (data["speech"]["tp"], data["speech"]["n_pred"]) == (1, 2)
    assert data["error_counts"]["spurious"] == 1
    assert "Unsinn" in out_html.read_text(encoding="utf-8")


def test_cli_limit(
    tmp_path: Path, fake_extractor: type[FakeExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "gold.jsonl", [cli_record(), cli_record()])
    assert main([str(path), "--limit", "1", "--no-progress"]) == 0
    assert "documents: 1 " in capsys.readouterr().out


def test_cli_missing_file_is_one_line(
    tmp_path: Path, fake_extractor: type[FakeExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "nope.jsonl")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "nope.jsonl" in err


def test_cli_bad_gold_is_one_line(
    tmp_path: Path, fake_extractor: type[FakeExtractor], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_jsonl(tmp_path / "bad.jsonl", ["[1, 2]"])
    assert main([str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "line 1" in err


@pytest.mark.parametrize("argv", [[], ["g.jsonl", "--limit", "0"], ["g.jsonl", "--bogus"]])
def test_cli_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2


# ---------------------------------------------------------------------------
# the shared Wikinews data (skipped where it is absent)
# ---------------------------------------------------------------------------


def _gold_as_predictions(doc: GoldDoc) -> list[Quote]:
    """One predicted speech quote per distinct gold span, with the first gold speaker
    (an empty placeholder mention where the gold quote has none)."""
    seen: dict[tuple[int, int], Quote] = {}
    for g in doc.quotes:
        if (g.start, g.end) in seen:
            continue
        mention = g.speaker if g.speaker is not None else Span(g.start, g.start, "")
        speaker = Speaker(mention.text or "unbekannt", mention)
        seen[(g.start, g.end)] = Quote(
            g.text,
            g.start,
            g.end,
            outer=g.outer,
            open_mark="„",
            close_mark="“",
            closed=True,
            speaker=speaker,
        )
    return list(seen.values())


@pytest.mark.skipif(not SHARED_DEV.exists(), reason="shared evaluation data is absent")
def test_shared_dev_set_scores_perfectly_against_itself() -> None:
    docs = load_gold(SHARED_DEV)
    assert len(docs) == 150
    assert sum(len(d.quotes) for d in docs) == 136
    result = score(docs, [_gold_as_predictions(d) for d in docs])
    assert result.detection_exact.f1 == 1.0
    assert result.speech.f1 == 1.0
    assert result.speaker.value == 1.0
    assert result.end_to_end.f1 == 1.0
    assert result.errors == ()
