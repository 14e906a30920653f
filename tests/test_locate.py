"""One model lookup order for the API and the command line (docs/installation.md)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

import quoteattr
from quoteattr import ModelNotFoundError, QuoteExtractor, _locate
from quoteattr import _extractor as extractor_module
from quoteattr._locate import CHECKOUT_MODEL, locate_models


@pytest.fixture
def no_models(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No STANZA_RESOURCES_DIR and an empty Stanza default folder; returns that folder."""
    import stanza.resources.common as common

    default = tmp_path / "stanza_resources"
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.setattr(common, "DEFAULT_MODEL_DIR", str(default))
    return default


def test_an_explicit_folder_comes_first(
    no_models: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "env"))
    assert locate_models(tmp_path / "mine") == _locate.ModelLocation(tmp_path / "mine", "argument")


def test_then_the_environment_variable(
    no_models: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "env"))
    assert locate_models() == _locate.ModelLocation(tmp_path / "env", "STANZA_RESOURCES_DIR")


def test_then_stanzas_default_folder_when_it_holds_german_models(no_models: Path) -> None:
    (no_models / "de").mkdir(parents=True)
    (no_models / "resources.json").write_text("{}", encoding="utf-8")
    assert locate_models() == _locate.ModelLocation(no_models, "stanza default")


def test_then_the_checkout_model_in_a_source_checkout(no_models: Path) -> None:
    assert _locate.in_source_checkout()  # the tests run from a checkout
    location = locate_models()
    assert (location.path, location.is_checkout_model) == (CHECKOUT_MODEL, True)


def test_an_installed_package_never_falls_back(
    no_models: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_locate, "in_source_checkout", lambda: False)
    assert locate_models() == _locate.ModelLocation(no_models, "stanza default")


@pytest.mark.parametrize("checkout", [True, False], ids=["checkout", "pip-install"])
def test_the_missing_model_error_fits_the_installation(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, checkout: bool
) -> None:
    monkeypatch.setattr(_locate, "in_source_checkout", lambda: checkout)
    with pytest.raises(ModelNotFoundError) as info:
        QuoteExtractor(model_dir=tmp_path).extract("„Ja“, sagte er.")
    message = str(info.value)
    assert f"No German Stanza models in {tmp_path}" in message
    assert "stanza.download('de')" in message
    assert "STANZA_RESOURCES_DIR" in message
    assert "--model-dir" in message
    assert ("tests/models" in message) is checkout
    assert ("small offline model" in message) is checkout


@pytest.mark.e2e
def test_the_api_finds_the_checkout_model_like_the_cli(
    no_models: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # README's API tour: quoteattr.extract(text) with nothing installed, in a checkout.
    monkeypatch.setattr(extractor_module, "_default", None)
    text = "„Wir sind bereit“, sagte Gewerkschaftschef Frank Werneke am Montag."
    with caplog.at_level(logging.WARNING, logger="quoteattr"):
        quotes = quoteattr.extract(text)
    assert [q.text for q in quotes] == ["Wir sind bereit"]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Frank Werneke"
    (record,) = caplog.records
    assert "no German Stanza models installed" in record.getMessage()
    assert str(CHECKOUT_MODEL) in record.getMessage()
