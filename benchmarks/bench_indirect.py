"""What indirect speech costs: extraction with ``kinds=("direct",)`` against
``kinds=("direct", "indirect")`` on the same texts, in one process, in both parsing
modes, so the ratio holds on a shared, noisy machine.

    python benchmarks/bench_indirect.py [--model-dir DIR] [--gold DEV.jsonl] [--limit N]

Prints seconds, characters/s and the ratio (indirect over direct-only) per mode, the
share of sentences the cheap surface check sends on as candidates, and whether the
direct quotations are the same with and without indirect speech.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import regex

from quoteattr import QuoteExtractor
from quoteattr._indirect_finder import find_indirect
from quoteattr._parse import build_pipeline

ROOT = Path(__file__).resolve().parent.parent
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"
DEV = ROOT.parent / "shared" / "eval" / "wikinews-quotes-de" / "dev.jsonl"
_SENTENCE = regex.compile(r"[^\n]+?(?:[.!?]+[“”\"»]?(?=\s)|$)", regex.M)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", default=str(SMALL_MODEL))
    parser.add_argument("--gold", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=60)
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"{args.gold} is missing", file=sys.stderr)
        return 1
    with args.gold.open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()][: args.limit]
    chars = sum(len(t) for t in texts)
    sentences = sum(1 for t in texts for m in _SENTENCE.finditer(t) if m.group().strip())
    candidates = sum(len(find_indirect(t)) for t in texts)
    print(f"{len(texts)} texts, {chars} characters, {sentences} sentences")
    print(f"surface check: {candidates} candidate sentences ({candidates / sentences:.0%})")
    nlp = build_pipeline(model_dir=args.model_dir)
    QuoteExtractor(nlp).extract(texts[0])  # warm up
    for mode in ("selective", "full"):
        times, results = {}, {}
        for kinds in (("direct",), ("direct", "indirect")):
            extractor = QuoteExtractor(nlp, parsing=mode, kinds=kinds)
            start = time.perf_counter()
            results[kinds] = list(extractor.extract_many(texts, batch_size=16))
            times[kinds] = time.perf_counter() - start
        direct, both = times[("direct",)], times[("direct", "indirect")]
        same = all(
            [q for q in b if q.kind == "direct"] == list(a)
            for a, b in zip(results[("direct",)], results[("direct", "indirect")], strict=True)
        )
        n_ind = sum(
            q.kind == "indirect" and q.part == 0 for r in results[("direct", "indirect")] for q in r
        )
        print(
            f"{mode:>9}: direct only {direct:6.1f} s ({chars / direct:6.0f} chars/s), "
            f"with indirect {both:6.1f} s ({chars / both:6.0f} chars/s), "
            f"ratio {both / direct:.2f}, {n_ind} indirect statements, direct unchanged: {same}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
