"""Shared fixtures. The small Stanza model ships in tests/models, so no test needs the network."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from quoteattr import QuoteExtractor

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "tests" / "models" / "stanza-de-small"
EXAMPLE_ARTICLE = ROOT / "examples" / "trump-ma-2017.de.txt"
EVAL_DIR = ROOT.parent / "shared" / "eval" / "wikinews-quotes-de"


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def model_dir() -> Path:
    return MODEL_DIR


@pytest.fixture(scope="session", autouse=True)
def _offline_stanza() -> None:
    # Point Stanza at the shipped small model; never let a test reach for the network.
    os.environ.setdefault("STANZA_RESOURCES_DIR", str(MODEL_DIR))


@pytest.fixture(scope="session")
def pipeline(model_dir: Path) -> Any:
    """The one Stanza pipeline (small model) every end-to-end test shares."""
    from quoteattr._parse import build_pipeline

    return build_pipeline(model_dir=model_dir)


@pytest.fixture(scope="session")
def extractor(pipeline: Any) -> QuoteExtractor:
    """A default extractor (selective parsing) on the shared pipeline."""
    return QuoteExtractor(pipeline)


@pytest.fixture(scope="session")
def full_extractor(pipeline: Any) -> QuoteExtractor:
    """An extractor that parses every sentence, on the shared pipeline."""
    return QuoteExtractor(pipeline, parsing="full")
