"""Scale-out: the extractor travels to worker processes without its pipeline, and the
Dask corpus example gives the same records as a single process."""

from __future__ import annotations

import importlib.util
import pickle
import shutil
from pathlib import Path
from types import ModuleType

import pytest

import quoteattr
from quoteattr import QuoteExtractor

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_corpus", EXAMPLES / "dask_corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_extractor_pickles_without_its_pipeline(model_dir: Path) -> None:
    extractor = QuoteExtractor(model_dir=model_dir, parsing="full")
    copy = pickle.loads(pickle.dumps(extractor))
    assert copy._nlp is None
    assert (copy.model_dir, copy.parsing) == (model_dir, "full")


@pytest.mark.e2e
def test_unpickled_copies_share_one_pipeline_per_process(model_dir: Path) -> None:
    blob = pickle.dumps(QuoteExtractor(model_dir=model_dir))
    first, second = pickle.loads(blob), pickle.loads(blob)
    assert first.nlp is second.nlp
    assert first.extract("„Ja“, sagte Müller.")[0].speaker is not None


@pytest.mark.e2e
def test_dask_example_on_two_worker_processes_equals_one_process(
    model_dir: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed", reason="needs the dask extra")
    folder = tmp_path / "articles"
    shutil.copytree(EXAMPLES / "articles", folder)
    shutil.copy(EXAMPLES / "trump-ma-2017.de.txt", folder / "trump.txt")
    example = _example()
    articles = example.read_articles(folder)
    extractor = QuoteExtractor(model_dir=model_dir)

    on_dask = example.run_on_dask(articles, extractor, workers=2)
    local = example.extract_partition(articles, extractor)

    assert sum(len(quotes) for _, quotes in local) >= 8 + len(articles) - 1
    assert on_dask == local
    assert [name for name, _ in on_dask] == [name for name, _ in articles]


@pytest.mark.e2e
def test_dask_example_output_is_read_back_by_read_jsonl(model_dir: Path, tmp_path: Path) -> None:
    example = _example()
    articles = example.read_articles(EXAMPLES / "articles")
    results = example.extract_partition(articles, QuoteExtractor(model_dir=model_dir))
    path = tmp_path / "quotes.jsonl"
    with path.open("w", encoding="utf-8") as out:
        n = example.write_results(results, out)
    assert n == sum(len(quotes) for _, quotes in results) > 0
    back = quoteattr.read_jsonl(path, by_source=True)
    assert back == {name: quotes for name, quotes in results if quotes}
