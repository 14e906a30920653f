"""Loading the builders of the hand-written gold sets (tests/data/build_*.py) in tests."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

DATA_DIR = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA_DIR))
from _builders import builder  # noqa: E402  (tests/data is no package)


def load_builder(path: Path) -> ModuleType:
    """The builder script ``tests/data/build_<stem>.py`` at ``path``, loaded once per
    session under the name the builders load each other by."""
    if path.parent != DATA_DIR or not path.stem.startswith("build_"):
        raise ValueError(f"not a builder of tests/data: {path}")
    return builder(path.stem.removeprefix("build_"))
