"""A corpus of articles on a Dask cluster: one JSON line per quotation.

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
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quoteattr import QuoteExtractor

ROOT = Path(__file__).resolve().parent.parent
SMALL_MODEL = ROOT / "tests" / "models" / "stanza-de-small"


def read_articles(folder: Path) -> list[tuple[str, str]]:
    """(file name, text) of every ``*.txt`` article in ``folder``, sorted by name."""
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))]


def extract_partition(
    articles: Iterable[tuple[str, str]], extractor: QuoteExtractor
) -> list[dict[str, Any]]:
    """One record per quotation of a partition's articles (runs on a worker)."""
    articles = list(articles)
    results = extractor.extract_many((text for _, text in articles), batch_size=16)
    return [
        {"source": name, **quote.to_dict()}
        for (name, _), quotes in zip(articles, results, strict=True)
        for quote in quotes
    ]


def run_on_dask(
    articles: list[tuple[str, str]],
    extractor: QuoteExtractor,
    *,
    scheduler: str | None = None,
    workers: int = 2,
) -> list[dict[str, Any]]:
    """The records of every article, computed on a Dask cluster, in input order."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    else:
        cluster, client = None, Client(scheduler)
    try:
        bag = db.from_sequence(articles, npartitions=max(1, min(len(articles), 4 * workers)))
        records: list[dict[str, Any]] = bag.map_partitions(extract_partition, extractor).compute()
        return records
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
    records = run_on_dask(articles, extractor, scheduler=args.scheduler, workers=args.workers)
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if args.out:
        args.out.write_text(lines, encoding="utf-8")
        print(f"{len(records)} quotations from {len(articles)} articles -> {args.out}")
    else:
        print(lines, end="")


if __name__ == "__main__":
    main()
