"""``render`` in a real browser: the example article with injected markup, loaded in
headless Chromium.

Chromium runs as a plain subprocess (``--dump-dom`` for the DOM after scripts had their
chance to run, ``--screenshot`` for a picture); that needs no WebDriver and no Python
package, only the browser. Without Chromium these tests are skipped with a one-line
reason, except under CI (``CI=true``), where a missing browser fails the run, saying how
to install it. ``QUOTEATTR_SKIP_BROWSER=1`` skips them anywhere. ``QUOTEATTR_CHROMIUM``
names the binary if it is not on the ``PATH`` as ``chromium``.

The screenshot and the page are kept in ``artifacts/`` (render-example.png/.html).
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import attrs
import pytest
from _html_tools import first_fragments, read_page

from quoteattr import QuoteExtractor, Quotes, Span, Speaker, find_quotes
from quoteattr._render import _PALETTE_BASE

pytestmark = pytest.mark.e2e

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
TIMEOUT_S = 120

# Each would leave a trace in the DOM if the browser ran it.
INJECTED = (
    '„<script>document.title = "pwned"; '
    "document.body.setAttribute('data-pwned', 'script')</script>“, sagte Mallory. "
    "Dann: <img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"> "
    "<svg onload=\"document.body.setAttribute('data-pwned', 'svg')\"></svg>"
)


def find_chromium() -> str | None:
    """The Chromium binary: ``QUOTEATTR_CHROMIUM``, else the first known name on the PATH."""
    candidates = [os.environ.get("QUOTEATTR_CHROMIUM", "")]
    candidates += ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
    for name in candidates:
        found = shutil.which(name) if name else None
        if found:
            return found
    return None


def under_ci() -> bool:
    """Is this a CI run (``CI`` set to true, as CI services do)?"""
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


NO_CHROMIUM = (
    "no Chromium found for the browser test: install it (Debian: apt-get install "
    "chromium), or set QUOTEATTR_CHROMIUM=/path/to/chromium"
)


@pytest.fixture(scope="module")
def chromium() -> str:
    if os.environ.get("QUOTEATTR_SKIP_BROWSER") == "1":
        pytest.skip("QUOTEATTR_SKIP_BROWSER=1: the browser test is switched off")
    found = find_chromium()
    if found is not None:
        return found
    if under_ci():
        pytest.fail(f"{NO_CHROMIUM} (CI=true: a missing browser is a failure here)")
    pytest.skip(f"{NO_CHROMIUM}; skipped outside CI")


def run_chromium(binary: str, page: Path, profile: Path, *args: str) -> str:
    """Run headless Chromium on ``page``; its stdout."""
    command = [
        binary,
        "--headless",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-extensions",
        "--hide-scrollbars",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",  # let onload/onerror handlers fire before the dump
        *args,
        page.resolve().as_uri(),
    ]
    if os.geteuid() == 0:
        command.insert(1, "--no-sandbox")  # Chromium's sandbox refuses to run as root
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S)
    assert done.returncode == 0, f"chromium failed ({done.returncode}):\n{done.stderr[-3000:]}"
    return done.stdout


def dom_of(binary: str, page: Path, tmp_path: Path) -> str:
    dom = run_chromium(binary, page, tmp_path / f"profile-{page.stem}", "--dump-dom")
    assert "</html>" in dom, f"no DOM came back: {dom[:500]!r}"
    return dom


@pytest.fixture(scope="module")
def article(example_text: str, extractor: QuoteExtractor) -> Quotes:
    return extractor.extract(f"{example_text.rstrip()}\n\n{INJECTED}\n")


def test_the_harness_sees_injected_code_run(chromium: str, tmp_path: Path) -> None:
    # The control: the same payload written into the page unescaped does run, and the
    # checks below would see it.
    page = tmp_path / "control.html"
    page.write_text(
        Quotes(text="").render().page.replace("</body>", f"{INJECTED}</body>"), encoding="utf-8"
    )
    dom = read_page(dom_of(chromium, page, tmp_path))
    body = next(e for e in dom.elements if e.tag == "body")
    assert body.attrs.get("data-pwned") in {"script", "img", "svg"}
    assert next(e for e in dom.elements if e.tag == "title").text == "pwned"


def test_the_article_in_chromium(chromium: str, article: Quotes, tmp_path: Path) -> None:
    assert len(article) >= 8
    assert any(q.speaker is not None for q in article)
    ARTIFACTS.mkdir(exist_ok=True)
    page = article.render().save(ARTIFACTS / "render-example.html")

    dom = read_page(dom_of(chromium, page, tmp_path))

    # Nothing injected ran, and it is all still there as text.
    body = next(e for e in dom.elements if e.tag == "body")
    assert "data-pwned" not in body.attrs
    assert next(e for e in dom.elements if e.tag == "title").text == (
        "quoteattr: quotations and speakers"
    )
    tags = {"html", "head", "meta", "title", "body", "div", "span", "b", "i"}
    assert {e.tag for e in dom.elements} <= tags
    shown = dom.one("qa-text").text
    assert shown == article.text
    assert INJECTED in shown

    # One highlight per quotation, each with its speaker.
    quotes = first_fragments(dom.having_class("qa-quote"))
    assert len(quotes) == len(article)
    assert [q.attrs.get("data-speaker") for q in quotes] == [
        q.speaker.name if q.speaker else None for q in article
    ]
    assert [q.attrs["data-rule"] for q in quotes] == [q.rule for q in article]
    mentions = {m.attrs["data-speaker"] for m in dom.having_class("qa-mention")}
    assert mentions == {q.speaker.name for q in article if q.speaker}

    # A picture for people: artifacts/render-example.png.
    picture = ARTIFACTS / "render-example.png"
    picture.unlink(missing_ok=True)
    run_chromium(
        chromium,
        page,
        tmp_path / "profile-shot",
        "--window-size=1100,2200",
        f"--screenshot={picture}",
    )
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1100, 2200)


def png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows (RGB or RGBA bytes) of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour_type, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert (depth, interlace) == (8, 0)
    channels = {2: 3, 6: 4}[colour_type]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                best = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + best) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, [bytes(r) for r in rows]


def test_labels_and_twelve_colours_on_screen(chromium: str, tmp_path: Path) -> None:
    # Thirteen speakers: each label is drawn in its speaker's colour, and the twelve
    # palette colours all appear on the screenshot.
    text = "\n\n".join(f"„Satz Nummer {i}“, sagte Person{i}." for i in range(13))
    quotes = []
    for i, q in enumerate(find_quotes(text)):
        at = text.index(f"Person{i}.")
        name = f"Person{i}"
        quotes.append(attrs.evolve(q, speaker=Speaker(name, Span.of(text, at, at + len(name)))))
    page = Quotes(quotes, text=text).render().save(tmp_path / "twelve.html")
    picture = tmp_path / "twelve.png"
    run_chromium(
        chromium,
        page,
        tmp_path / "profile-twelve",
        "--window-size=800,900",
        f"--screenshot={picture}",
    )
    width, _, rows = png_pixels(picture.read_bytes())
    channels = len(rows[0]) // width
    seen = set()
    for row in rows[::2]:
        for x in range(0, width * channels, channels * 2):
            seen.add(tuple(row[x : x + 3]))

    def on_screen(colour: str) -> bool:
        want = tuple(int(colour[k : k + 2], 16) for k in (1, 3, 5))
        return any(all(abs(a - b) <= 3 for a, b in zip(px, want, strict=True)) for px in seen)

    assert not on_screen("#123456")  # the check can tell
    missing = [c for c in _PALETTE_BASE if not on_screen(c)]
    assert not missing, f"label colours not drawn: {missing}"
