"""Reading back what ``quoteattr.render`` wrote: a strict parse of the HTML with the
standard library, for tests/test_render.py and tests/test_browser.py."""

from __future__ import annotations

from collections import defaultdict
from html.parser import HTMLParser

import attrs

# Elements the HTML serializer writes without an end tag.
_VOID = {"meta", "br", "img", "hr", "link", "input"}


@attrs.define
class Element:
    """One element of the parsed page, with the text inside it (entities resolved)."""

    tag: str
    attrs: dict[str, str | None]
    text: str = ""

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class PageReader(HTMLParser):
    """Collects every element with its text and checks that end tags match start tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in _VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self._open, f"</{tag}> closes nothing"
        top = self._open.pop()
        assert top.tag == tag, f"</{tag}> closes <{top.tag}>: the tags do not nest"

    def handle_data(self, data: str) -> None:
        # A speaker label (span.qa-label) is the view's own text, not the document's:
        # it counts for the label itself only, not for the elements around it.
        labels = [k for k, e in enumerate(self._open) if "qa-label" in e.classes]
        for element in self._open[labels[-1] if labels else 0 :]:
            element.text += data

    def close(self) -> None:
        super().close()
        assert not self._open, f"unclosed: {[e.tag for e in self._open]}"

    def having_class(self, name: str) -> list[Element]:
        return [e for e in self.elements if name in e.classes]

    def one(self, name: str) -> Element:
        found = self.having_class(name)
        assert len(found) == 1, f"{len(found)} elements with class {name!r}"
        return found[0]


def read_page(html: str) -> PageReader:
    reader = PageReader()
    reader.feed(html)
    reader.close()
    return reader


def joined_by(elements: list[Element], key: str) -> dict[str, str]:
    """The text of the elements with attribute ``key``, fragments joined, by its value."""
    texts: dict[str, str] = defaultdict(str)
    for e in elements:
        value = e.attrs.get(key)
        assert value is not None, f"{e.tag} {e.attrs} has no {key}"
        texts[value] += e.text
    return dict(texts)


def first_fragments(elements: list[Element]) -> list[Element]:
    """The elements that are not continuation fragments."""
    return [e for e in elements if "qa-cont" not in e.classes]
