"""Throughput of full vs selective parsing, linearity in article length, time outside
Stanza, and memory over a long stream — all in one process, so the ratios hold on a
shared, noisy machine.

    python benchmarks/bench_throughput.py [--model-dir DIR] [--gold DEV.jsonl] [--gpu]
                                          [--skip-stream] [--stream 1000,10000]

Prints, for the dev split (texts of ``--gold``) and for articles of 1, 10 and 100 KB
built from the example article: characters/s and articles/s for ``parsing="full"``
and ``parsing="selective"``, the ratio selective/full, the share of time spent outside
Stanza's processors, whether both modes give the same quotations, and the resident
memory after streaming 1,000 and 10,000 short articles through ``extract_many``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from quoteattr import QuoteExtractor
from quoteattr._results import Quotes

ROOT = Path(__file__).resolve().parent.parent
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"
DEV = ROOT.parent / "shared" / "eval" / "wikinews-quotes-de" / "dev.jsonl"
ARTICLE = ROOT / "examples" / "trump-ma-2017.de.txt"


class StanzaClock:
    """Adds up the time spent inside the pipeline's processors."""

    def __init__(self, nlp: Any) -> None:
        self.seconds = 0.0
        self.by_processor: dict[str, float] = {}
        self._depth = 0  # bulk_process may call process: count the outer call only
        for key, proc in nlp.processors.items():
            for name in ("process", "bulk_process"):
                setattr(proc, name, self._timed(key, getattr(proc, name)))

    def reset(self) -> None:
        self.seconds = 0.0
        self.by_processor = {}

    def _timed(self, key: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            t0 = time.perf_counter()
            self._depth += 1
            try:
                return fn(*args, **kwargs)
            finally:
                self._depth -= 1
                if self._depth == 0:
                    spent = time.perf_counter() - t0
                    self.seconds += spent
                    self.by_processor[key] = self.by_processor.get(key, 0.0) + spent

        return run


def run(
    extractor: QuoteExtractor, clock: StanzaClock, texts: Sequence[str]
) -> tuple[float, float, list[Quotes]]:
    """(wall seconds, seconds inside Stanza, results)."""
    clock.reset()
    t0 = time.perf_counter()
    results = list(extractor.extract_many(texts, batch_size=32))
    return time.perf_counter() - t0, clock.seconds, results


def sized_article(kilobytes: int) -> str:
    """An article of about ``kilobytes`` KB: the example article's paragraphs in turn."""
    paragraphs = [p for p in ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    parts: list[str] = []
    size = 0
    while size < kilobytes * 1000:
        parts.append(paragraphs[len(parts) % len(paragraphs)])
        size += len(parts[-1]) + 2
    return "\n\n".join(parts)


def report(
    label: str, texts: Sequence[str], extractors: dict[str, tuple[QuoteExtractor, StanzaClock]]
) -> None:
    chars = sum(len(t) for t in texts)
    out: dict[str, tuple[float, float, list[Quotes]]] = {}
    per_processor: dict[str, dict[str, float]] = {}
    for mode, (extractor, clock) in extractors.items():
        out[mode] = run(extractor, clock, texts)
        per_processor[mode] = dict(clock.by_processor)
    full_s = out["full"][0]
    print(f"{label}: {len(texts)} articles, {chars:,} chars")
    for mode, (wall, inside, _) in out.items():
        print(
            f"  {mode:<9} {chars / wall:9,.0f} chars/s {len(texts) / wall:8.2f} articles/s"
            f"   outside Stanza {1 - min(inside, wall) / wall:6.1%}"
        )
        shares = "  ".join(f"{k} {v / wall:4.0%}" for k, v in per_processor[mode].items())
        print(f"            time per processor: {shares}")
    same = sum(a == b for a, b in zip(out["full"][2], out["selective"][2], strict=True))
    quotes = sum(len(r) for r in out["full"][2])
    print(
        f"  selective/full throughput ratio {full_s / out['selective'][0]:5.2f}x"
        f"   identical results in {same}/{len(texts)} articles ({quotes} quotations)"
    )


def rss_mb() -> float:
    """Resident memory now, in MB (Linux /proc)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def stream(n: int) -> Iterator[str]:
    for k in range(n):
        yield f"„Wir liefern Teil {k}“, sagte Ministerin Anna Berg am Montag in Berlin."


def memory(extractor: QuoteExtractor, marks: Sequence[int]) -> None:
    print(f"memory while streaming {marks[-1]:,} short articles through extract_many:")
    at: dict[int, float] = {}
    results = extractor.extract_many(stream(marks[-1]), batch_size=64)
    for seen, _ in enumerate(results, start=1):
        if seen in marks:
            at[seen] = rss_mb()
            print(f"  after {seen:>6,} articles: {at[seen]:8.1f} MB resident")
    first, last = at[marks[0]], at[marks[-1]]
    growth = (last - first) / first
    print(f"  growth {marks[0]:,} -> {marks[-1]:,}: {growth:+.1%}   (target within 10%)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", type=Path, default=SMALL_MODEL)
    parser.add_argument("--gold", type=Path, default=DEV)
    parser.add_argument("--gpu", action="store_true", help="use_gpu=True")
    parser.add_argument("--skip-stream", action="store_true")
    parser.add_argument("--stream", default="1000,10000", help="article counts to report")
    args = parser.parse_args()

    base = QuoteExtractor(model_dir=args.model_dir, use_gpu=args.gpu or None)
    nlp = base.nlp
    print(f"device: {'GPU' if args.gpu else 'CPU'}; python {sys.version.split()[0]}")
    clock = StanzaClock(nlp)
    extractors = {
        "full": (QuoteExtractor(nlp, parsing="full"), clock),
        "selective": (QuoteExtractor(nlp, parsing="selective"), clock),
    }
    run(extractors["selective"][0], clock, [ARTICLE.read_text(encoding="utf-8")])  # warm-up

    if args.gold.is_file():
        texts = [json.loads(line)["text"] for line in args.gold.read_text("utf-8").splitlines()]
        report(f"dev split ({args.gold.name})", texts, extractors)
    else:
        print(f"(no {args.gold}: dev split skipped)")
    for kb in (1, 10, 100):
        report(f"one article of ~{kb} KB", [sized_article(kb)], extractors)
    if not args.skip_stream:
        memory(extractors["selective"][0], [int(n) for n in args.stream.split(",")])


if __name__ == "__main__":
    main()
