"""The built wheel: its metadata (the package's front page on PyPI) and its contents."""

from __future__ import annotations

import email
import re
import subprocess
import sys
import zipfile
from email.message import Message
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (built,) = out.glob("quoteattr-*.whl")
    return zipfile.ZipFile(built)


@pytest.fixture(scope="module")
def metadata(wheel: zipfile.ZipFile) -> Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.message_from_bytes(wheel.read(name))


def test_the_metadata_describes_the_project(metadata: Message) -> None:
    assert metadata["License-Expression"] == "MIT"
    assert metadata["Author"]
    classifiers = metadata.get_all("Classifier") or []
    assert "Natural Language :: German" in classifiers
    assert "Typing :: Typed" in classifiers
    urls = dict(u.split(", ", 1) for u in metadata.get_all("Project-URL") or [])
    assert {"Homepage", "Documentation", "Source", "Issues"} <= set(urls)
    assert all(u.startswith("https://") for u in urls.values())
    assert "quotations" in (metadata["Keywords"] or "")


def test_every_imported_package_is_declared(metadata: Message) -> None:
    required = {
        re.split(r"[ ;<>=\[]", r)[0].lower()
        for r in metadata.get_all("Requires-Dist") or []
        if "extra ==" not in r
    }
    assert {"stanza", "regex", "attrs", "tqdm"} <= required
    extras = set(metadata.get_all("Provides-Extra") or [])
    assert {"pandas", "notebook", "dask", "dev"} <= extras


def test_the_front_page_has_no_relative_links(metadata: Message) -> None:
    readme = metadata.get_payload()
    assert isinstance(readme, str)
    links = re.findall(r"\]\(([^)]+)\)", readme)
    assert [link for link in links if not link.startswith("https://")] == []


def test_the_wheel_holds_the_package_and_its_data(wheel: zipfile.ZipFile) -> None:
    names = set(wheel.namelist())
    for data in ("first_names.txt", "speech_cues.txt", "german.txt"):
        assert f"quoteattr/data/{data}" in names
    assert "quoteattr/py.typed" in names
    assert not any(n.startswith("tests/") for n in names)  # no test model in the wheel
