"""The documentation site: it builds, lists every page, documents the whole public API,
and what its pages say about the code is true.

The e2e tests run the examples of the pages on the small model and compare what they
print with the output the pages show.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mkdocs.utils.yaml import yaml_load

import quoteattr
import quoteattr.evaluation
from quoteattr import _cli
from quoteattr.attribution import RULES, RULES_BY_NAME

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
MODEL_DIR = ROOT / "tests" / "models" / "stanza-de-small"

#: Pages whose Python examples run as they stand (on the small model).
RUNNABLE_PAGES = ["index.md", "quickstart.md", "notebook.md"]

_FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)


def _read(page: str) -> str:
    return (DOCS / page).read_text(encoding="utf-8")


def _nav_pages(nav: Any) -> list[str]:
    """Every page file named in a mkdocs ``nav`` tree."""
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    raise TypeError(f"unexpected nav entry {nav!r}")


def _config() -> dict[str, Any]:
    return yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))


def _fences(markdown: str) -> list[tuple[str, str]]:
    """The fenced code blocks of a page, as (language, body), in order."""
    return [(m["lang"], m["body"]) for m in _FENCE.finditer(markdown)]


# --- the site ----------------------------------------------------------------------------


def test_nav_lists_every_page_and_only_existing_ones() -> None:
    pages = [str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md") if "_ext" not in p.parts]
    nav = _nav_pages(_config()["nav"])
    assert sorted(nav) == sorted(pages)
    assert len(nav) == len(set(nav)), "a page is listed twice"


def test_api_page_documents_every_public_module_unfiltered() -> None:
    directives = re.findall(r"^::: ?(\S+)(.*?)(?=^::: |\Z)", _read("api.md"), re.S | re.M)
    assert [name for name, _ in directives] == [
        "quoteattr",
        "quoteattr.evaluation",
        "quoteattr.attribution",
    ]
    for name, options in directives:
        assert "members" not in options, f"{name}: a member list would drop new public names"


@pytest.fixture(scope="module")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return site


def test_site_builds_strictly(built_site: Path) -> None:
    assert (built_site / "index.html").is_file()
    for page in _nav_pages(_config()["nav"]):
        html = built_site / page.removesuffix(".md") / "index.html"
        if page == "index.md":
            html = built_site / "index.html"
        assert html.is_file(), page


@pytest.mark.parametrize(
    ("module", "names"),
    [
        pytest.param("quoteattr", quoteattr.__all__, id="quoteattr"),
        pytest.param("quoteattr.evaluation", quoteattr.evaluation.__all__, id="evaluation"),
    ],
)
def test_every_public_name_has_an_entry_in_the_api_reference(
    built_site: Path, module: str, names: list[str]
) -> None:
    html = (built_site / "api" / "index.html").read_text(encoding="utf-8")
    missing = [name for name in names if f'id="{module}.{name}"' not in html]
    assert missing == []


def test_api_reference_renders_docstrings_without_rest_markup(built_site: Path) -> None:
    html = (built_site / "api" / "index.html").read_text(encoding="utf-8")
    prose = re.sub(r'<div class="(?:doc-signature )?highlight">.*?</div>', "", html, flags=re.S)
    prose = re.sub(r"<[^>]+>", "", prose)
    for markup in (":class:`", ":func:`", ":meth:`", ":attr:`", ":data:`", "``", "&gt;&gt;&gt;"):
        assert markup not in prose, markup


# --- attribution.md: one example per rule ------------------------------------------------


def _rule_names() -> list[str]:
    """The rule names the registry can put into ``Quote.rule``, in the order tried."""
    return [r.name for r in RULES]


def _rule_table() -> dict[str, str]:
    """The attribution page's rule table: rule name -> example cell, markup removed."""
    rows = re.findall(r"^\| `(\w+)` \| (.*?) \|", _read("attribution.md"), re.M)
    return {rule: re.sub(r"\*+", "", cell).strip() for rule, cell in rows}


def test_the_attribution_page_lists_the_rules_in_the_registrys_order() -> None:
    table = [rule for rule in _rule_table() if rule not in {"nested_quote", "no_speaker"}]
    assert table == _rule_names()


@pytest.mark.parametrize("rule", _rule_names())
def test_each_rule_has_its_docstring_example_on_the_attribution_page(rule: str) -> None:
    table = _rule_table()
    assert rule in table, f"attribution.md has no table row for {rule}"
    assert table[rule] == RULES_BY_NAME[rule].example


@pytest.mark.parametrize("rule", ["nested_quote", "no_speaker"])
def test_the_attribution_page_shows_quotes_without_speaker(rule: str) -> None:
    assert _rule_table()[rule]


def test_the_attribution_page_lists_the_indirect_rules_in_order_with_their_examples() -> None:
    from quoteattr.attribution._indirect import INDIRECT_RULES

    rows = re.findall(r"^\| \*\*(\w+)\*\* \| (.*?) \|", _read("attribution.md"), re.M)
    assert [name for name, _ in rows] == [r.__name__ for r in INDIRECT_RULES]
    for (_, cell), func in zip(rows, INDIRECT_RULES, strict=True):
        doc = " ".join((func.__doc__ or "").split("\n\n", 1)[0].split())
        example = doc.split(" / ", 1)[0].split(" — ", 1)[0].strip()
        assert re.sub(r"\*+", "", cell).strip() == example


def test_the_quickstart_names_every_rule() -> None:
    page = _read("quickstart.md")
    for rule in [*_rule_names(), "nested_quote", "no_speaker"]:
        assert f"`{rule}`" in page, rule


# --- cli.md ------------------------------------------------------------------------------


def _cli_options(capsys: pytest.CaptureFixture[str]) -> list[str]:
    with pytest.raises(SystemExit) as exited:
        _cli.main(["--help"])
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    options_part = help_text.split("options:", 1)[1].split("\n\n", 1)[0]
    return sorted(set(re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", options_part)))


def test_the_command_line_page_describes_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    options = _cli_options(capsys)
    assert "--format" in options  # the help was parsed
    page = _read("cli.md")
    documented = set(re.findall(r"`(--?[a-z][\w-]*)[` ]", page))
    assert [opt for opt in options if opt not in documented] == []


# --- examples that run -------------------------------------------------------------------


def _run_python(block: str, namespace: dict[str, Any]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "<docs>", "exec"), namespace)
    return out.getvalue()


def _run_pycon(block: str, namespace: dict[str, Any], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(block, namespace, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report = io.StringIO()
    result = runner.run(test, out=report.write, clear_globs=False)
    assert result.failed == 0, report.getvalue()


@pytest.mark.e2e
@pytest.mark.parametrize("page", RUNNABLE_PAGES)
def test_page_examples_run_and_print_what_the_page_shows(
    page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, Any] = {"__name__": f"docs.{page}"}
    fences = _fences(_read(page))
    ran = 0
    for k, (lang, body) in enumerate(fences):
        if lang == "python":
            printed = _run_python(body, namespace)
            ran += 1
            follows = fences[k + 1] if k + 1 < len(fences) else None
            if follows is not None and follows[0] == "text":
                assert printed == follows[1], f"{page}, example {k}"
        elif lang == "pycon":
            _run_pycon(body, namespace, f"{page}, example {k}")
            ran += 1
    assert ran > 0


@pytest.mark.e2e
def test_the_command_line_example_prints_the_table_the_page_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    [session] = [body for lang, body in _fences(_read("cli.md")) if lang == "console"]
    lines = session.splitlines()
    write, run = lines[0], lines[1]
    shown = "\n".join(lines[2:]) + "\n"
    text = re.fullmatch(r'\$ echo "(.*)" > article\.txt', write)
    assert text is not None, write
    (tmp_path / "article.txt").write_text(text[1] + "\n", encoding="utf-8")
    argv = shlex.split(run.removeprefix("$ quoteattr "))
    at = argv.index("--model-dir") + 1
    argv[at] = str(ROOT / argv[at])
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "100")  # the table fits the terminal
    capsys.readouterr()
    assert _cli.main(argv) == 0
    assert capsys.readouterr().out == shown
