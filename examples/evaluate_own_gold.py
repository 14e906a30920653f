"""Score quoteattr against gold data of your own.

    python examples/evaluate_own_gold.py [GOLD.jsonl] [--model-dir DIR]

GOLD defaults to ``examples/my_gold.jsonl``: five short passages annotated by hand,
one JSON object per line in the gold format of ``docs/evaluation.md`` (the text, and
for each quotation its offsets, its speaker mention and cue; ``"type": "NonSpeech"``
marks a title that is not speech). The model defaults to the small offline one in
``tests/models/stanza-de-small``. The command line does the same:
``python -m quoteattr.evaluation GOLD.jsonl --model-dir DIR``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import quoteattr
from quoteattr.evaluation import evaluate, load_gold

HERE = Path(__file__).resolve().parent
SMALL_MODEL = HERE.parent / "tests" / "models" / "stanza-de-small"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="?", default=HERE / "my_gold.jsonl", type=Path)
    parser.add_argument("--model-dir", default=SMALL_MODEL, type=Path)
    args = parser.parse_args()

    gold = load_gold(args.gold)  # ValueError naming the line if an offset does not fit
    extractor = quoteattr.QuoteExtractor(model_dir=args.model_dir)
    result = evaluate(gold, extractor.extract)
    print(result.format())

    # Every number is also plain data, and every error is listed with its offsets.
    print(f"\nspeech quotes F1 {result.speech.f1:.2f}, speaker accuracy {result.speaker.value:.2f}")
    texts = {doc.id: doc.text for doc in gold}
    for error in result.errors:
        span = error.gold or error.predicted
        shown = texts[error.doc_id][span.start : span.end] if span is not None else ""
        print(f"{error.kind:<14} {error.doc_id:<22} „{shown}“")


if __name__ == "__main__":
    main()
