"""The builder scripts of this folder as modules, for a builder that uses another's
helpers (``P``, ``Q``, ``wrapped``, ``counts``): each loaded once, under the name the tests
load it by, whether the builder runs as a script or the tests load it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent


def builder(stem: str) -> ModuleType:
    """``build_<stem>.py`` of this folder, loaded once as ``_quoteattr_build_<stem>``."""
    name = f"_quoteattr_build_{stem}"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, HERE / f"build_{stem}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look the module up while a class is built
        spec.loader.exec_module(module)
    return sys.modules[name]
