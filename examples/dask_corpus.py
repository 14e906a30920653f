"""A corpus of articles on a Dask cluster: one JSON line per quotation, in quoteattr's
JSON Lines format (``quoteattr.write_jsonl``), so ``quoteattr.read_jsonl`` reads it back.

    python examples/dask_corpus.py FOLDER [--out quotes.jsonl] [--workers 2]
                                   [--scheduler tcp://host:8786] [--model-dir DIR]

Each ``*.txt`` file in FOLDER is one article. The articles become a ``dask.bag``; each
partition runs ``QuoteExtractor.extract_many`` over its texts. The extractor is pickled
to the workers without its Stanza pipeline, and each worker process builds the
pipeline once, on first use, and reuses it for every later partition.

Without ``--scheduler`` the script starts a ``LocalCluster`` of ``--workers`` processes
on this machine. On a real cluster, start a scheduler and workers there
(``dask scheduler`` and ``dask worker tcp://host:8786 --nthreads 1`` on each machine,
or dask-jobqueue / dask-kubernetes), make sure every worker has quoteattr and the
Stanza models installed (``stanza.download("de")``, or ``--model-dir`` pointing at a
folder all workers can read), and pass the scheduler's address with ``--scheduler``.
One thread per worker: a Stanza pipeline is used by one task at a time.

Needs the ``dask`` extra: ``pip install "quoteattr[dask]"``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from quoteattr import Quote, QuoteExtractor, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"


def read_articles(folder: Path) -> list[tuple[str, str]]:
    """(file name, text) of every ``*.txt`` article in ``folder``, sorted by name."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


#: One article's result: its file name and its quotations.
Result = tuple[str, list[Quote]]


def extract_partition(
    articles: Iterable[tuple[str, str]], extractor: QuoteExtractor
) -> list[Result]:
    """(file name, quotations) of each of a partition's articles (runs on a worker;
    ``Quote`` objects pickle, so they travel back as they are)."""
    articles = list(articles)
    results = extractor.extract_many((text for _, text in articles), batch_size=16)
    return [(name, list(quotes)) for (name, _), quotes in zip(articles, results, strict=True)]


def write_results(results: Iterable[Result], out: IO[str]) -> int:
    """Every quotation as one JSON line, ``{"source": file name, "quote": {...}}``:
    ``quoteattr.write_jsonl``'s format. Returns the number of lines."""
    return sum(write_jsonl(quotes, out, source=name) for name, quotes in results)


def run_on_dask(
    articles: list[tuple[str, str]],
    extractor: QuoteExtractor,
    *,
    scheduler: str | None = None,
    workers: int = 2,
) -> list[Result]:
    """(file name, quotations) of every article, computed on a Dask cluster, in input
    order."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        bag = db.from_sequence(articles, npartitions=max(1, min(len(articles), 4 * workers)))
        results: list[Result] = bag.map_partitions(extract_partition, extractor).compute()
        return results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--out", type=Path, help="JSONL file (default: standard output)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--model-dir", type=Path, default=SMALL_MODEL)
    args = parser.parse_args()

    articles = read_articles(args.folder)
    extractor = QuoteExtractor(model_dir=args.model_dir)
    results = run_on_dask(articles, extractor, scheduler=args.scheduler, workers=args.workers)
    if args.out:
        with args.out.open("w", encoding="utf-8") as out:
            n = write_results(results, out)
        print(f"{n} quotations from {len(articles)} articles -> {args.out}")
    else:
        write_results(results, sys.stdout)


if __name__ == "__main__":
    main()
