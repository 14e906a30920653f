"""The plain-text summary of an :class:`EvaluationResult` (its ``format()``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the result types call this module, so it imports them for types only
    from quoteattr.evaluation._results import Accuracy, EvaluationResult, KindStats, RuleStats

__all__ = ["format_result"]


def format_result(r: EvaluationResult) -> str:
    """A readable plain-text summary: the metrics table and the breakdowns."""
    return "\n".join(
        [
            *_format_header(r),
            "",
            *_format_metrics(r),
            "",
            *_format_rules(r.by_rule),
            "",
            *_format_kinds(r.by_kind),
            "",
            _format_errors(r.error_counts()),
        ]
    )


def _fmt(value: float, defined: bool = True) -> str:
    return f"{value:.3f}" if defined else "    -"


def _fmt_acc(acc: Accuracy) -> str:
    return f"{_fmt(acc.value, acc.total > 0)} ({acc.correct}/{acc.total})"


def _format_header(r: EvaluationResult) -> list[str]:
    return [
        f"documents: {r.n_docs}   gold quotes: {r.n_gold} ({r.n_gold_with_speaker} with a speaker)"
        f"   predicted: {r.n_predicted} ({r.n_predicted_speech} with a speaker)"
    ]


def _format_metrics(r: EvaluationResult) -> list[str]:
    head = f"{'metric':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'pred':>7}{'gold':>7}"
    lines = [head, "-" * len(head)]
    for label, prf in (
        ("quote detection (exact)", r.detection_exact),
        ("quote detection (overlap)", r.detection),
        ("speech quotes", r.speech),
        ("end-to-end (quote+speaker)", r.end_to_end),
    ):
        lines.append(
            f"{label:<28}{_fmt(prf.precision):>7}{_fmt(prf.recall):>7}{_fmt(prf.f1):>7}"
            f"{prf.tp:>7}{prf.n_pred:>7}{prf.n_gold:>7}"
        )
    for label, acc, which in (
        ("speaker accuracy (given)", r.speaker, " that got one"),
        ("speaker accuracy (all found)", r.speaker_found, "; no speaker = wrong"),
    ):
        lines.append(
            f"{label:<28}{_fmt(acc.value, acc.total > 0):>7}"
            f"  ({acc.correct} of {acc.total} found gold quotes with a speaker{which})"
        )
    return lines


def _format_rules(rules: Sequence[RuleStats]) -> list[str]:
    head = f"{'by rule':<28}{'count':>7}{'speech':>7}{'match':>7}{'prec':>7}  speaker acc."
    lines = [head, "-" * len(head)]
    for s in rules:
        lines.append(
            f"{s.rule:<28}{s.count:>7}{s.speech:>7}{s.matched:>7}"
            f"{_fmt(s.precision, s.speech > 0):>7}  {_fmt_acc(s.speaker)}"
            + (f"  no speaker on gold: {s.no_speaker_on_gold}" if s.no_speaker_on_gold else "")
        )
    return lines


def _format_kinds(kinds: Sequence[KindStats]) -> list[str]:
    head = f"{'by gold kind':<28}{'gold':>7}{'det.':>7}{'recall':>7}  speaker acc."
    lines = [head, "-" * len(head)]
    for k in kinds:
        lines.append(
            f"{k.kind:<28}{k.n_gold:>7}{k.detected:>7}{_fmt(k.recall, k.n_gold > 0):>7}"
            f"  {_fmt_acc(k.speaker)}"
        )
    return lines


def _format_errors(counts: Mapping[str, int]) -> str:
    return "errors: " + ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
