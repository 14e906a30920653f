"""Time on pathological input grows linearly: long sentences and many name mentions.

    python benchmarks/bench_long_sentence.py [--model-dir DIR] [--words N] [--names M]

Measures, in one process, so that the ratios hold on a busy machine:

- ``extract`` of issue 13's reproducer, ``"wort " * n + "„x“ sagte Merkel " + "wort " * n``,
  at n and 2n words, in both parsing modes (linear: the 2n/n ratio is about 2 for full
  parsing and about 1 for selective parsing, which reads only the pieces near the
  quotation);
- speaker clustering (``_name_mentions.cluster_names``) of m and 2m name mentions (linear: about 2;
  it was quadratic, about 4).

Peak memory is not measured here (it only grows within a process); see
``tests/test_limits.py`` and ``docs/performance.md`` for that.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from quoteattr import LongSentenceWarning, QuoteExtractor
from quoteattr._name_mentions import Name, cluster_names

ROOT = Path(__file__).resolve().parent.parent
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"


def seconds(fn: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def reproducer(n: int) -> str:
    return "wort " * n + "„x“ sagte Merkel " + "wort " * n


def names(m: int) -> list[Name]:
    return [
        Name((i,), ("angela", "merkel") if i % 3 == 0 else ("merkel",), 10 * i, 10 * i + 5)
        for i in range(m)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=SMALL_MODEL)
    parser.add_argument("--words", type=int, default=3000, help="n, words on each side")
    parser.add_argument("--names", type=int, default=20000, help="m, name mentions")
    args = parser.parse_args()
    warnings.simplefilter("ignore", LongSentenceWarning)

    selective = QuoteExtractor(model_dir=args.model_dir)
    full = QuoteExtractor(selective.nlp, parsing="full")
    selective.extract(reproducer(50))  # warm up
    n = args.words
    print(f"long sentence ({n} and {2 * n} words on each side of the quotation):")
    for name, extractor in (("selective", selective), ("full", full)):
        repeat = 3 if name == "selective" else 1
        one = seconds(lambda e=extractor: e.extract(reproducer(n)), repeat)
        two = seconds(lambda e=extractor: e.extract(reproducer(2 * n)), repeat)
        print(f"  {name:9}  {one:7.2f} s  {two:7.2f} s  ratio {two / one:.2f}")

    m = args.names
    one = seconds(lambda: cluster_names(names(m)))
    two = seconds(lambda: cluster_names(names(2 * m)))
    print(f"speaker clustering ({m} and {2 * m} mentions):")
    print(f"  {one:7.3f} s  {two:7.3f} s  ratio {two / one:.2f}")


if __name__ == "__main__":
    main()
