"""How much of extract() is quoteattr's own work, against the Stanza pipeline call.

    python benchmarks/bench_overhead.py [--repeat N] [--model-dir DIR] [ARTICLE ...]

Times, in one process and on the same text, (a) the Stanza pipeline call alone and
(b) everything quoteattr adds around it: mark detection, reading the parse, the
attribution rules and speaker resolution. Prints both and their ratio; the target is
under 10 %. Compare ratios, not seconds: the machine is shared and noisy.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from quoteattr._marks import find_quotes
from quoteattr._parse import build_pipeline, parse_document
from quoteattr.attribution import attribute_quotes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_ARTICLE = ROOT / "examples" / "trump-ma-2017.de.txt"
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, default=[DEFAULT_ARTICLE])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--model-dir", type=Path, default=SMALL_MODEL)
    args = parser.parse_args()

    nlp = build_pipeline(model_dir=args.model_dir)
    for path in args.articles:
        text = path.read_text(encoding="utf-8")
        doc = nlp(text)  # warm-up, and the parse the library's own work reads

        def ours(text: str = text, doc: object = doc) -> object:
            return attribute_quotes(parse_document(doc, text), find_quotes(text))

        t_stanza = best_of(args.repeat, lambda text=text: nlp(text))
        t_ours = best_of(args.repeat * 4, ours)
        print(f"{path.name}: {len(text):,} chars, {len(ours())} quotations")  # type: ignore[arg-type]
        print(f"  stanza pipeline   {t_stanza * 1000:9.1f} ms")
        print(f"  quoteattr's work  {t_ours * 1000:9.1f} ms")
        print(f"  ratio ours/stanza {t_ours / t_stanza:9.1%}   (target < 10%)")


if __name__ == "__main__":
    main()
