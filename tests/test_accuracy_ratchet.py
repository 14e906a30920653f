"""The accuracy ratchet: the whole pipeline, scored on gold data, must not get worse.

Each floor is the number measured when the rules last changed (docs/accuracy.md), minus
TOLERANCE. A rule change that lowers accuracy beyond it fails here; one that raises it
should raise the floor too (regenerate docs/accuracy.md with the command given there).

The Wikinews dev split lives outside the repository (../shared/eval, non-commercial
licence): where it is absent the dev test fails under CI and is skipped, with a
message saying so, elsewhere; the hand-written set ships in tests/data and always runs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from quoteattr import QuoteExtractor
from quoteattr.evaluation import EvaluationResult, evaluate, load_gold, score_indirect

pytestmark = [pytest.mark.e2e, pytest.mark.accuracy]

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "wikinews-quotes-de" / "dev.jsonl"
HANDWRITTEN = ROOT / "tests" / "data" / "handwritten.jsonl"
BLIND = ROOT / "tests" / "data" / "blind.jsonl"
BLIND2 = ROOT / "tests" / "data" / "blind2.jsonl"
BLIND3 = ROOT / "tests" / "data" / "blind3.jsonl"
BLIND4 = ROOT / "tests" / "data" / "blind4.jsonl"
BLIND5 = ROOT / "tests" / "data" / "blind5.jsonl"

#: Room for noise-free but legitimate drift (a parse that changes with a Stanza release).
TOLERANCE = 0.02

#: Measured with the small model (tests/models/stanza-de-small); see docs/accuracy.md.
DEV_FLOORS = {"speech_f1": 0.917, "speaker_accuracy": 0.963, "speaker_accuracy_found": 0.847}
HANDWRITTEN_FLOORS = {"speech_f1": 0.995, "speaker_accuracy": 1.0, "speaker_accuracy_found": 0.990}
#: The first blind set, scored again after the third round of speaker work.
BLIND_FLOORS = {"speech_f1": 0.979, "speaker_accuracy": 0.996, "speaker_accuracy_found": 0.963}
#: The second blind set, scored again after the third round of speaker work.
BLIND2_FLOORS = {"speech_f1": 0.982, "speaker_accuracy": 0.995, "speaker_accuracy_found": 0.977}
#: The third blind set's first (blind) scoring (docs/accuracy.md), guarded from here on.
BLIND3_FLOORS = {"speech_f1": 0.966, "speaker_accuracy": 0.976, "speaker_accuracy_found": 0.922}
#: The fourth blind set, scored a second time after the rest of its round (docs/accuracy.md).
BLIND4_FLOORS = {"speech_f1": 0.944, "speaker_accuracy": 0.979, "speaker_accuracy_found": 0.876}
#: The fifth blind set's first (blind) scoring (docs/accuracy.md), guarded from here on.
BLIND5_FLOORS = {"speech_f1": 0.953, "speaker_accuracy": 0.991, "speaker_accuracy_found": 0.913}


def _numbers(result: EvaluationResult) -> dict[str, float]:
    return {
        "speech_f1": result.speech.f1,
        "speaker_accuracy": result.speaker.value,
        "speaker_accuracy_found": result.speaker_found.value,
    }


def _check(result: EvaluationResult, floors: dict[str, float]) -> None:
    numbers = _numbers(result)
    low = {k: (numbers[k], floors[k]) for k in floors if numbers[k] < floors[k] - TOLERANCE}
    assert not low, f"accuracy fell below its floor (value, floor): {low}\n{result.format()}"


def test_dev_split_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    if not DEV.is_file():
        # Said loudly: under CI the data must be there; elsewhere the skip is reported.
        message = f"Wikinews dev split not found at {DEV}: dev accuracy NOT checked"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    _check(evaluate(load_gold(DEV), extractor.extract), DEV_FLOORS)


def test_handwritten_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(HANDWRITTEN), extractor.extract), HANDWRITTEN_FLOORS)


def test_blind_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(BLIND), extractor.extract), BLIND_FLOORS)


def test_second_blind_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(BLIND2), extractor.extract), BLIND2_FLOORS)


def test_third_blind_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(BLIND3), extractor.extract), BLIND3_FLOORS)


def test_fourth_blind_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(BLIND4), extractor.extract), BLIND4_FLOORS)


def test_fifth_blind_set_accuracy_does_not_drop(extractor: QuoteExtractor) -> None:
    _check(evaluate(load_gold(BLIND5), extractor.extract), BLIND5_FLOORS)


INDIRECT = ROOT / "tests" / "data" / "indirect.jsonl"
#: Indirect speech on the hand-written indirect set (written before the rules, never tuned
#: on), small model; see docs/accuracy.md#indirect-speech.
INDIRECT_FLOORS = {"message_f1": 0.900, "message_speaker_f1": 0.866}


def test_indirect_set_accuracy_does_not_drop(pipeline: Any) -> None:
    gold = load_gold(INDIRECT)
    extractor = QuoteExtractor(pipeline, kinds=("direct", "indirect"))
    result = score_indirect([d.indirect for d in gold], [extractor.extract(d.text) for d in gold])
    numbers = {"message_f1": result.message.f1, "message_speaker_f1": result.message_speaker.f1}
    low = {k: (numbers[k], v) for k, v in INDIRECT_FLOORS.items() if numbers[k] < v - TOLERANCE}
    assert not low, (
        f"indirect accuracy fell below its floor (value, floor): {low}\n{result.format()}"
    )
