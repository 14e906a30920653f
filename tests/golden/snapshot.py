"""The golden snapshot: what quoteattr says today about a fixed set of texts.

Refactoring must not change a single field of a single quotation. This module
computes, for the example article, the hand-written gold sets and a fixed sample of
Wikinews train articles, every ``Quote.to_dict()`` in both parsing modes, and
compares that with ``tests/golden/snapshot.json``.

The Wikinews texts stay outside the repository (non-commercial licence), and so do
their words: for those articles the snapshot keeps offsets, rule and confidence in
clear, and every string (quotation, speaker name, mention, cue) only as a digest.

Rebuild after a change that is meant to change results (and say why in the commit)::

    python tests/golden/snapshot.py
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).resolve().parent / "snapshot.json"
MODEL_DIR = ROOT / "tests" / "models" / "stanza-de-small"
EXAMPLE = ROOT / "examples" / "trump-ma-2017.de.txt"
HANDWRITTEN = ROOT / "tests" / "data" / "handwritten.jsonl"
TRAIN = ROOT.parent / "shared" / "eval" / "wikinews-quotes-de" / "train.jsonl"
#: every TRAIN_STEP-th train article that holds a quotation mark, TRAIN_COUNT of them
TRAIN_STEP = 2
TRAIN_COUNT = 300
MODES = ("selective", "full")


def texts() -> Iterator[tuple[str, str, bool]]:
    """(id, text, public) of every snapshot text; ``public`` texts are stored in clear."""
    yield "example/trump-ma-2017", EXAMPLE.read_text(encoding="utf-8"), True
    with HANDWRITTEN.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            yield doc["id"], doc["text"], True
    if TRAIN.exists():
        taken = 0
        with TRAIN.open(encoding="utf-8") as f:
            for k, line in enumerate(f):
                if k % TRAIN_STEP or taken == TRAIN_COUNT:
                    continue
                doc = json.loads(line)
                taken += 1
                yield f"wikinews/{doc['id']}", doc["text"], False


def _digest(value: str) -> str:
    return "sha1:" + hashlib.sha1(value.encode("utf-8")).hexdigest()[:12]


def _hide_strings(value: Any) -> Any:
    if isinstance(value, str):
        return _digest(value)
    if isinstance(value, dict):
        return {k: _hide_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_hide_strings(v) for v in value]
    return value


def compute(nlp: Any = None) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{mode: {text id: [quote dicts]}} as quoteattr computes them now, with the Stanza
    pipeline ``nlp`` (by default one on the small model)."""
    from quoteattr import QuoteExtractor
    from quoteattr._parse import build_pipeline

    nlp = nlp if nlp is not None else build_pipeline(model_dir=MODEL_DIR)
    docs = list(texts())
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for mode in MODES:
        extractor = QuoteExtractor(nlp, parsing=mode)
        results = extractor.extract_many([text for _, text, _ in docs])
        out[mode] = {}
        for (doc_id, _, public), quotes in zip(docs, results, strict=True):
            dicts = [q.to_dict() for q in quotes]
            out[mode][doc_id] = dicts if public else _hide_strings(dicts)
    return out


def main() -> int:
    if not TRAIN.exists():
        print(f"{TRAIN} is missing: the snapshot needs the Wikinews train split", file=sys.stderr)
        return 1
    snapshot = compute()
    SNAPSHOT.write_text(
        json.dumps(snapshot, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    n = sum(len(v) for v in snapshot["full"].values())
    print(f"wrote {SNAPSHOT}: {len(snapshot['full'])} texts, {n} quotations per mode")
    return 0


if __name__ == "__main__":
    sys.exit(main())
