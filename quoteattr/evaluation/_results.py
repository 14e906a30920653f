"""The result types of an evaluation: :class:`EvaluationResult` and its parts."""

from __future__ import annotations

from collections import Counter
from typing import Any, Final, Literal

import attrs

from quoteattr._model import Span
from quoteattr.evaluation._format import format_result

__all__ = [
    "ERROR_KINDS",
    "KIND_LABELS",
    "PRF",
    "Accuracy",
    "ErrorKind",
    "ErrorRecord",
    "EvaluationResult",
    "KindStats",
    "RuleStats",
]

ErrorKind = Literal["missed", "no_speaker", "wrong_speaker", "spurious"]

#: The error kinds, in the order the report lists them.
ERROR_KINDS: Final[tuple[ErrorKind, ...]] = ("missed", "no_speaker", "wrong_speaker", "spurious")

#: The gold-kind categories of :attr:`EvaluationResult.by_kind`, in order.
KIND_LABELS: Final[tuple[str, ...]] = ("full sentence", "partial", "not nested", "nested")


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@attrs.frozen
class PRF:
    """Precision, recall and F1 from counts (each 0.0 when undefined)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        """``tp / n_pred``."""
        return _ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        """``tp / n_gold``."""
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return _ratio(2 * self.tp, self.n_pred + self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates as plain data."""
        return {
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """``correct`` out of ``total`` (``value`` is 0.0 when ``total`` is 0)."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        """``correct / total``."""
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rate as plain data."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@attrs.frozen
class RuleStats:
    """How one attribution rule (``Quote.rule``; ``"(none)"`` for ``None``) did.

    - ``count``: predicted quotes with this rule; ``speech``: those with a speaker;
    - ``matched``: speech predictions matched to a gold quote (``precision`` =
      matched / speech);
    - ``speaker``: accuracy over matched predictions whose gold quote has a speaker;
    - ``no_speaker_on_gold``: predictions without speaker that matched a gold quote
      in quote detection (speech the rule left unattributed).
    """

    rule: str
    count: int
    speech: int
    matched: int
    speaker: Accuracy
    no_speaker_on_gold: int

    @property
    def precision(self) -> float:
        """``matched / speech``."""
        return _ratio(self.matched, self.speech)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "rule": self.rule,
            "count": self.count,
            "speech": self.speech,
            "matched": self.matched,
            "precision": self.precision,
            "speaker": self.speaker.to_dict(),
            "no_speaker_on_gold": self.no_speaker_on_gold,
        }


@attrs.frozen
class KindStats:
    """Recall and speaker accuracy on one kind of gold quote (see :data:`KIND_LABELS`).

    ``detected``: gold quotes matched by any prediction; ``recalled``: matched by a
    prediction with a speaker (``recall`` = recalled / n_gold); ``speaker``: accuracy
    over recalled gold quotes that have a gold speaker.
    """

    kind: str
    n_gold: int
    detected: int
    recalled: int
    speaker: Accuracy

    @property
    def recall(self) -> float:
        """``recalled / n_gold``."""
        return _ratio(self.recalled, self.n_gold)

    @property
    def detection_recall(self) -> float:
        """``detected / n_gold``."""
        return _ratio(self.detected, self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "kind": self.kind,
            "n_gold": self.n_gold,
            "detected": self.detected,
            "detection_recall": self.detection_recall,
            "recalled": self.recalled,
            "recall": self.recall,
            "speaker": self.speaker.to_dict(),
        }


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


@attrs.frozen
class ErrorRecord:
    """One error, for inspection and the HTML report.

    ``kind``:

    - ``"missed"``: a gold quote that no prediction matched (nor any prediction
      without a speaker in quote detection);
    - ``"no_speaker"``: a gold quote matched by a predicted quote without a speaker
      (``predicted``/``rule`` are that quote's); with ``"missed"``, these are the
      false negatives of speech-quote recall;
    - ``"wrong_speaker"``: a speech-matched gold quote whose speaker is wrong;
    - ``"spurious"``: a predicted quote with a speaker that matched no gold quote.

    ``gold``/``predicted`` are inner spans; ``gold_speakers`` the gold mention's
    spans (empty when none; several when the gold quote was annotated with more
    than one speaker).
    """

    kind: ErrorKind
    doc_index: int
    doc_id: str
    gold: Span | None
    predicted: Span | None
    gold_speakers: tuple[Span, ...] = ()
    predicted_speaker: Span | None = None
    predicted_speaker_name: str | None = None
    rule: str | None = None

    @property
    def gold_speaker(self) -> Span | None:
        """The first gold speaker mention, or ``None``."""
        return self.gold_speakers[0] if self.gold_speakers else None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "kind": self.kind,
            "doc_index": self.doc_index,
            "doc_id": self.doc_id,
            "gold": _span_dict(self.gold),
            "predicted": _span_dict(self.predicted),
            "gold_speakers": [_span_dict(s) for s in self.gold_speakers],
            "predicted_speaker": _span_dict(self.predicted_speaker),
            "predicted_speaker_name": self.predicted_speaker_name,
            "rule": self.rule,
        }


@attrs.frozen
class EvaluationResult:
    """All the numbers of one evaluation run, plus the error records.

    ``n_gold`` counts gold quotes after merging annotations of the same inner span
    (``n_gold_annotations`` counts them before); ``n_gold_with_speaker`` those with
    at least one gold speaker. ``n_predicted``/``n_predicted_speech`` count all
    predicted quotes and those with a speaker.

    The speaker figures, each over found gold quotes that have a gold speaker:

    - ``speaker``: among those that got a predicted speaker (matched by a speech
      prediction), the share with the right one;
    - ``speaker_found``: among all of them (matched by any prediction), the share with
      the right speaker; a quote found without a speaker counts as wrong;
    - ``end_to_end``: quote and right speaker together, as precision, recall and F1.
    """

    n_docs: int
    n_gold: int
    n_gold_annotations: int
    n_gold_with_speaker: int
    n_predicted: int
    n_predicted_speech: int
    detection_exact: PRF
    detection: PRF
    speech: PRF
    speaker: Accuracy
    speaker_found: Accuracy
    end_to_end: PRF
    by_rule: tuple[RuleStats, ...]
    by_kind: tuple[KindStats, ...]
    errors: tuple[ErrorRecord, ...]

    def error_counts(self) -> dict[str, int]:
        """How many errors of each kind, in :data:`ERROR_KINDS` order."""
        counts = Counter(e.kind for e in self.errors)
        return {kind: counts[kind] for kind in ERROR_KINDS}

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data (every number, the breakdowns and the errors)."""
        return {
            "n_docs": self.n_docs,
            "n_gold": self.n_gold,
            "n_gold_annotations": self.n_gold_annotations,
            "n_gold_with_speaker": self.n_gold_with_speaker,
            "n_predicted": self.n_predicted,
            "n_predicted_speech": self.n_predicted_speech,
            "detection_exact": self.detection_exact.to_dict(),
            "detection": self.detection.to_dict(),
            "speech": self.speech.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
            "speaker_accuracy_found": self.speaker_found.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "by_rule": [r.to_dict() for r in self.by_rule],
            "by_kind": [k.to_dict() for k in self.by_kind],
            "error_counts": self.error_counts(),
            "errors": [e.to_dict() for e in self.errors],
        }

    def format(self) -> str:
        """A readable plain-text summary: the metrics table and the breakdowns."""
        return format_result(self)
