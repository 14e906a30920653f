"""Scoring: :func:`score` predictions against gold documents, or :func:`evaluate` a
predictor on them."""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar, cast

import attrs

from quoteattr._model import Quote, Span, Speaker
from quoteattr.evaluation._gold import GoldDoc, GoldQuote
from quoteattr.evaluation._matching import greedy_match, speaker_correct
from quoteattr.evaluation._results import (
    KIND_LABELS,
    PRF,
    Accuracy,
    ErrorKind,
    ErrorRecord,
    EvaluationResult,
    KindStats,
    RuleStats,
)

__all__ = ["evaluate", "score"]

_T = TypeVar("_T")


@attrs.frozen
class _GoldUnit:
    """The gold quotes of one document that share one inner span (scored once)."""

    span: Span
    quotes: tuple[GoldQuote, ...]

    @property
    def speakers(self) -> tuple[Span, ...]:
        spans: list[Span] = []
        for q in self.quotes:
            spans.extend(s for s in q.speaker_spans if s not in spans)
        return tuple(spans)

    @property
    def kinds(self) -> tuple[str, str]:
        first = self.quotes[0]
        return (
            "partial" if first.is_partial else "full sentence",
            "nested" if first.is_nested else "not nested",
        )


def _gold_units(doc: GoldDoc) -> list[_GoldUnit]:
    groups: dict[tuple[int, int], list[GoldQuote]] = {}
    for q in doc.quotes:
        groups.setdefault((q.start, q.end), []).append(q)
    return [_GoldUnit(qs[0].span, tuple(qs)) for qs in groups.values()]


class _RuleTally:
    """Mutable per-rule counts while scoring."""

    def __init__(self) -> None:
        self.count = self.speech = self.matched = 0
        self.judged = self.correct = self.no_speaker_on_gold = 0

    def freeze(self, rule: str) -> RuleStats:
        return RuleStats(
            rule,
            self.count,
            self.speech,
            self.matched,
            Accuracy(self.correct, self.judged),
            self.no_speaker_on_gold,
        )


class _KindTally:
    """Mutable per-kind counts while scoring."""

    def __init__(self) -> None:
        self.n_gold = self.detected = self.recalled = self.judged = self.correct = 0

    def freeze(self, kind: str) -> KindStats:
        return KindStats(
            kind, self.n_gold, self.detected, self.recalled, Accuracy(self.correct, self.judged)
        )


class _Tally:
    """Mutable corpus-level counts while scoring."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.rules: dict[str, _RuleTally] = {}
        self.kinds: dict[str, _KindTally] = {k: _KindTally() for k in KIND_LABELS}
        self.errors: list[ErrorRecord] = []

    def rule(self, name: str | None) -> _RuleTally:
        return self.rules.setdefault("(none)" if name is None else name, _RuleTally())

    def freeze(self, n_docs: int) -> EvaluationResult:
        c = self.c
        by_rule = sorted(self.rules.items(), key=lambda kv: (-kv[1].count, kv[0]))
        return EvaluationResult(
            n_docs=n_docs,
            n_gold=c["gold"],
            n_gold_annotations=c["gold_annotations"],
            n_gold_with_speaker=c["gold_speaker"],
            n_predicted=c["pred"],
            n_predicted_speech=c["pred_speech"],
            detection_exact=PRF(c["exact_tp"], c["pred"], c["gold"]),
            detection=PRF(c["det_tp"], c["pred"], c["gold"]),
            speech=PRF(c["speech_tp"], c["pred_speech"], c["gold"]),
            speaker=Accuracy(c["speaker_correct"], c["speaker_judged"]),
            speaker_found=Accuracy(c["speaker_correct"], c["speaker_found"]),
            end_to_end=PRF(
                c["speaker_correct"], c["pred_speech"] - c["speech_on_unspoken"], c["gold_speaker"]
            ),
            by_rule=tuple(t.freeze(name) for name, t in by_rule),
            by_kind=tuple(self.kinds[k].freeze(k) for k in KIND_LABELS),
            errors=tuple(self.errors),
        )


def score(gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Quote]]) -> EvaluationResult:
    """Score ``predictions[i]`` (the quotes predicted for ``gold_docs[i].text``).

    Pure: no parsing happens here. Only direct quotations are scored here (indirect
    speech: :func:`~quoteattr.evaluation.score_indirect`). Raises :class:`ValueError`
    when the sequences differ in length or a predicted quote's offsets do not fit its
    document.
    """
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(predictions)} prediction lists")
    tally = _Tally()
    for index, (doc, preds) in enumerate(zip(gold_docs, predictions, strict=True)):
        _check_predictions(doc, preds)
        _score_doc(index, doc, [q for q in preds if q.kind == "direct"], tally)
    return tally.freeze(len(gold_docs))


def evaluate(
    gold_docs: Sequence[GoldDoc],
    predict: Callable[[str], Sequence[Quote]],
    *,
    progress: bool = False,
) -> EvaluationResult:
    """Run ``predict`` on every document's text and :func:`score` the results.

    With ``progress=True`` a tqdm progress bar is written to stderr (skipped
    quietly if tqdm is not installed).
    """
    predictions = [list(predict(doc.text)) for doc in _progress(gold_docs, progress)]
    return score(gold_docs, predictions)


def _progress(items: Sequence[_T], enabled: bool) -> Iterable[_T]:
    if not enabled:
        return items
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return items
    bar = tqdm.tqdm(items, total=len(items), desc="evaluating", unit="doc", file=sys.stderr)
    return cast(Iterable[_T], bar)


def _check_predictions(doc: GoldDoc, preds: Sequence[Quote]) -> None:
    for k, q in enumerate(preds):
        spans = [q.span] + ([q.speaker.mention] if q.speaker is not None else [])
        for span in spans:
            if doc.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"document {doc.id!r}, predicted quote {k}: span [{span.start}:{span.end}] "
                    f"{span.text!r} does not match the document text"
                )


def _score_doc(index: int, doc: GoldDoc, preds: list[Quote], tally: _Tally) -> None:
    units = _gold_units(doc)
    gold_spans = [(u.span.start, u.span.end) for u in units]
    pred_spans = [(q.start, q.end) for q in preds]
    speech_ids = [i for i, q in enumerate(preds) if q.speaker is not None]
    detected = greedy_match(pred_spans, gold_spans)
    speech = {
        speech_ids[k]: j
        for k, j in greedy_match([pred_spans[i] for i in speech_ids], gold_spans).items()
    }
    c = tally.c
    c["gold"] += len(units)
    c["gold_annotations"] += len(doc.quotes)
    c["gold_speaker"] += sum(1 for u in units if u.speakers)
    c["pred"] += len(preds)
    c["pred_speech"] += len(speech_ids)
    c["exact_tp"] += len(greedy_match(pred_spans, gold_spans, exact=True))
    c["det_tp"] += len(detected)
    c["speech_tp"] += len(speech)
    judged = _score_gold_units(index, doc, preds, units, detected, speech, tally)
    _score_predictions(index, doc, preds, detected, speech, judged, tally)


def _score_gold_units(
    index: int,
    doc: GoldDoc,
    preds: list[Quote],
    units: list[_GoldUnit],
    detected: dict[int, int],
    speech: dict[int, int],
    tally: _Tally,
) -> dict[int, bool]:
    """Count recall, speaker accuracy and gold-side errors; return {pred: speaker ok}."""
    gold_to_det = {j: i for i, j in detected.items()}
    gold_to_speech = {j: i for i, j in speech.items()}
    judged: dict[int, bool] = {}
    for j, unit in enumerate(units):
        kinds = [tally.kinds[k] for k in unit.kinds]
        for kt in kinds:
            kt.n_gold += 1
            kt.detected += j in gold_to_det
            kt.recalled += j in gold_to_speech
        if unit.speakers and (j in gold_to_det or j in gold_to_speech):
            tally.c["speaker_found"] += 1  # judged for speaker_found, with or without one
        if j not in gold_to_speech:
            tally.errors.append(_miss_record(index, doc, unit, preds, gold_to_det.get(j)))
            continue
        i = gold_to_speech[j]
        if not unit.speakers:
            tally.c["speech_on_unspoken"] += 1
            continue
        ok = speaker_correct(cast(Speaker, preds[i].speaker), unit.speakers)
        judged[i] = ok
        tally.c["speaker_judged"] += 1
        tally.c["speaker_correct"] += ok
        for kt in kinds:
            kt.judged += 1
            kt.correct += ok
        if not ok:
            tally.errors.append(_record("wrong_speaker", index, doc, unit, preds[i]))
    return judged


def _score_predictions(
    index: int,
    doc: GoldDoc,
    preds: list[Quote],
    detected: dict[int, int],
    speech: dict[int, int],
    judged: dict[int, bool],
    tally: _Tally,
) -> None:
    """Count per-rule numbers and spurious predictions."""
    for i, q in enumerate(preds):
        rt = tally.rule(q.rule)
        rt.count += 1
        if q.speaker is None:
            rt.no_speaker_on_gold += i in detected
            continue
        rt.speech += 1
        if i not in speech:
            tally.errors.append(_record("spurious", index, doc, None, q))
            continue
        rt.matched += 1
        if i in judged:
            rt.judged += 1
            rt.correct += judged[i]


def _miss_record(
    index: int, doc: GoldDoc, unit: _GoldUnit, preds: list[Quote], det: int | None
) -> ErrorRecord:
    if det is not None and preds[det].speaker is None:
        return _record("no_speaker", index, doc, unit, preds[det])
    return _record("missed", index, doc, unit, None)


def _record(
    kind: ErrorKind, index: int, doc: GoldDoc, unit: _GoldUnit | None, pred: Quote | None
) -> ErrorRecord:
    speaker = pred.speaker if pred is not None else None
    return ErrorRecord(
        kind=kind,
        doc_index=index,
        doc_id=doc.id,
        gold=unit.span if unit is not None else None,
        predicted=pred.span if pred is not None else None,
        gold_speakers=unit.speakers if unit is not None else (),
        predicted_speaker=speaker.mention if speaker is not None else None,
        predicted_speaker_name=speaker.name if speaker is not None else None,
        rule=pred.rule if pred is not None else None,
    )
