"""Every command in README.md runs as written, on a machine without German Stanza models
installed (an empty home folder): in a checkout, the API and the command line both fall
back to the shipped small model.

``.venv/bin/python`` and ``.venv/bin/quoteattr`` stand for the interpreter running the
tests, with this checkout first on ``PYTHONPATH``. Left out: the set-up command (it
installs), the test command (it is this suite) and ``stanza.download`` (network).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(?P<lang>\w+)\n(?P<body>.*?)^```", re.S | re.M)

SKIPPED = ("pip install", "-m pytest", "stanza.download")


def blocks(lang: str) -> list[str]:
    return [m["body"] for m in FENCE.finditer(README) if m["lang"] == lang]


COMMANDS = [
    line
    for body in blocks("bash")
    for line in body.splitlines()
    if line.strip() and not any(skip in line for skip in SKIPPED)
]


def test_readme_keeps_two_set_up_commands_and_the_main_example() -> None:
    set_up = blocks("bash")[0].strip().splitlines()
    assert set_up == [
        'python3 -m venv .venv && .venv/bin/pip install torch==2.13.0 -e ".[dev]"',
        ".venv/bin/python -m pytest",
    ]
    assert blocks("bash")[1].strip() == ".venv/bin/python examples/example_article.py"


def test_readme_links_are_absolute() -> None:
    # README is the package's front page on PyPI, where relative links lead nowhere.
    links = re.findall(r"\]\(([^)]+)\)", README)
    assert links
    assert [link for link in links if not link.startswith("https://")] == []
    assert "this project's machines" not in README


def test_readme_and_docs_show_the_view() -> None:
    # The picture: docs/images/render-example.png (tests/_screenshot_tools.py makes it).
    picture = ROOT / "docs" / "images" / "render-example.png"
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert "/main/docs/images/render-example.png)" in README
    notebook_page = (ROOT / "docs" / "notebook.md").read_text(encoding="utf-8")
    assert "](images/render-example.png)" in notebook_page


@pytest.fixture
def no_installed_models(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "STANZA_RESOURCES_DIR"}
    home = tmp_path / "home"
    home.mkdir()
    env.update(HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), PYTHONPATH=str(ROOT))
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def as_run_here(command: str) -> str:
    def tool(match: re.Match[str]) -> str:
        return sys.executable + (" -m quoteattr" if match[1] == "quoteattr" else "")

    return re.sub(r"(?<![\w/])\.venv/bin/(python|quoteattr)\b", tool, command)


@pytest.mark.e2e
@pytest.mark.parametrize("command", COMMANDS)
def test_every_readme_command_runs_as_written(
    command: str, no_installed_models: dict[str, str]
) -> None:
    written = ROOT / "quotes.jsonl"
    written.unlink(missing_ok=True)
    try:
        done = subprocess.run(
            ["bash", "-o", "pipefail", "-c", as_run_here(command)],
            cwd=ROOT,
            env=no_installed_models,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        if "> quotes.jsonl" in command:
            assert quoteattr.read_jsonl(written)  # the file reads back
        else:
            assert done.stdout.strip()
    finally:
        written.unlink(missing_ok=True)


@pytest.mark.e2e
def test_the_api_tour_runs_as_written(no_installed_models: dict[str, str]) -> None:
    (tour,) = [body for body in blocks("python") if "import quoteattr" in body]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            tour + "\nprint(quoteattr.speaker_table(extractor.extract_many(texts)).to_string())",
        ],
        cwd=ROOT,
        env=no_installed_models,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Wir sind bereit — Frank Werneke" in done.stdout
    table = done.stdout.splitlines()[-3:]
    assert "Frank Werneke" in table[1]
    assert "Frank Werneke; Werneke" in table[1]
    assert "unresolved" in table[2]
