"""Without Chromium the browser tests skip with a one-line reason, but fail under CI.

README's test command must pass on a machine without a browser, and CI must not let
the browser tests quietly disappear. Each case runs ``tests/test_browser.py`` in a
fresh pytest with a ``PATH`` that holds no browser.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BROWSER_TESTS = len(
    re.findall(r"^def test_", (ROOT / "tests" / "test_browser.py").read_text("utf-8"), re.M)
)


def run_browser_tests(ci: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"CI", "QUOTEATTR_CHROMIUM"}}
    env.pop("QUOTEATTR_SKIP_BROWSER", None)
    env["PATH"] = str(Path(sys.executable).parent)  # the venv's tools, no browser
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            "tests/test_browser.py",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_without_chromium_the_browser_tests_skip_outside_ci() -> None:
    done = run_browser_tests(ci=None)
    assert done.returncode == 0, done.stdout[-2000:]
    assert f"{BROWSER_TESTS} skipped" in done.stdout
    assert "no Chromium found for the browser test" in done.stdout
    assert "skipped outside CI" in done.stdout


@pytest.mark.parametrize("value", ["true", "1"])
def test_without_chromium_the_browser_tests_fail_under_ci(value: str) -> None:
    done = run_browser_tests(ci=value)
    assert done.returncode == 1, done.stdout[-2000:]
    assert f"{BROWSER_TESTS} errors" in done.stdout
    assert "CI=true: a missing browser is a failure here" in done.stdout
