"""Where the German Stanza models are: one lookup order for the API and the command line.

1. the folder passed explicitly (``QuoteExtractor(model_dir=...)``, ``--model-dir``);
2. ``STANZA_RESOURCES_DIR``;
3. Stanza's default resources folder, when it holds German models;
4. only in a source checkout of quoteattr (not in an installed wheel): the small test
   model in ``tests/models/stanza-de-small``, with a note saying so;
5. otherwise Stanza's default folder, where loading then fails with a
   :class:`~quoteattr.ModelNotFoundError` whose advice fits how quoteattr was installed.

``docs/installation.md`` documents this order; keep the two in step.
"""

from __future__ import annotations

import logging
import os
import warnings
from pathlib import Path
from typing import Any, Final

import attrs

__all__ = [
    "CHECKOUT_MODEL",
    "ModelLocation",
    "import_stanza",
    "locate_models",
    "missing_model_advice",
]

_PACKAGE: Final = Path(__file__).resolve().parent
#: The small offline model of a source checkout (the wheel does not include it).
CHECKOUT_MODEL: Final = _PACKAGE.parent / "tests" / "models" / "stanza-de-small"

_log = logging.getLogger("quoteattr")


@attrs.frozen
class ModelLocation:
    """A models folder and how it was chosen: ``"argument"``, ``"STANZA_RESOURCES_DIR"``,
    ``"stanza default"`` or ``"checkout"`` (the small test model of a source checkout)."""

    path: Path
    origin: str

    @property
    def is_checkout_model(self) -> bool:
        return self.origin == "checkout"


def import_stanza() -> Any:
    """``import stanza``, without the TqdmWarning ("IProgress not found") that Stanza's
    own ``tqdm.auto`` import raises in a Jupyter kernel without ipywidgets: it is about
    Stanza's download bars, which quoteattr never shows."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="IProgress not found")
        import stanza
        import stanza.resources.common
    return stanza


def _stanza_default() -> Path:
    stanza = import_stanza()
    return Path(stanza.resources.common.DEFAULT_MODEL_DIR)


def _has_german(folder: Path) -> bool:
    return (folder / "resources.json").is_file() and (folder / "de").is_dir()


def in_source_checkout() -> bool:
    """Is this quoteattr imported from a source checkout, with its test model beside it?"""
    return (_PACKAGE.parent / "pyproject.toml").is_file() and CHECKOUT_MODEL.is_dir()


def locate_models(model_dir: str | os.PathLike[str] | None = None) -> ModelLocation:
    """The folder to load German Stanza models from, in the order of the module doc."""
    if model_dir is not None:
        return ModelLocation(Path(model_dir), "argument")
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return ModelLocation(Path(env), "STANZA_RESOURCES_DIR")
    default = _stanza_default()
    if not _has_german(default) and in_source_checkout():
        _log.info("no German Stanza models in %s; using the checkout's small model", default)
        return ModelLocation(CHECKOUT_MODEL, "checkout")
    return ModelLocation(default, "stanza default")


def missing_model_advice() -> str:
    """What to do when no German models load, worded for how quoteattr was installed."""
    fetch = "Run python -c \"import stanza; stanza.download('de')\" to fetch Stanza's German models"
    where = (
        "or pass model_dir= (on the command line --model-dir DIR) or set STANZA_RESOURCES_DIR "
        "to a folder that holds German Stanza models"
    )
    advice = f"{fetch} (network needed, once), {where}."
    if in_source_checkout():
        advice += f" In this source checkout, the small offline model is in {CHECKOUT_MODEL}."
    return advice
