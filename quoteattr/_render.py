"""An HTML view of a text with its quotations, for notebooks and for saving as a page.

:func:`render` marks every quotation in its speaker's colour, outlines the speaker's
mention and underlines the cue; a legend lists the speakers. The markup is built from
the sorted start and end points of all spans, so quotes inside quotes, mentions inside
quotes and spans that cross each other still nest properly: an element that a closing
element interrupts is closed and reopened as a continuation fragment (``qa-cont``).

The HTML is self-contained (inline styles only, no scripts, fonts or URLs) and every
character of the text is escaped. Stripping the tags from the ``qa-text`` element and
unescaping gives back the original text exactly: it is shown with ``white-space:
pre-wrap``, so line and paragraph breaks stay as they were.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from quoteattr._model import Quote, Span

__all__ = ["Rendering", "render"]

# Pastel backgrounds for quotes and the matching dark tone for mentions, cues and the
# legend swatch; after these, colours continue around the hue circle.
_PALETTE = [
    ("#cfe3ff", "#1f5fbf"),
    ("#ffe0b8", "#b35900"),
    ("#d3f2d0", "#2e7d32"),
    ("#f8d0e4", "#ad1457"),
    ("#e3d7fa", "#5e35b1"),
    ("#fff2a8", "#8d6e00"),
    ("#c9f0ee", "#00796b"),
    ("#f5d5cc", "#a3402a"),
]
_NEUTRAL = ("#ececec", "#6b6b6b")

_ROOT_STYLE = (
    "font-family: Georgia, 'Times New Roman', serif; font-size: 15px; line-height: 1.75; "
    "color: #1a1a1a; background: #ffffff; max-width: 52em; padding: 0.5em 0.75em"
)
_LEGEND_STYLE = (
    "font-family: system-ui, -apple-system, 'Segoe UI', Arial, sans-serif; font-size: 13px; "
    "margin-bottom: 0.8em; padding-bottom: 0.5em; border-bottom: 1px solid #d0d0d0"
)
_TEXT_STYLE = "white-space: pre-wrap; overflow-wrap: break-word"


def _colours(index: int | None) -> tuple[str, str]:
    """(background, dark tone) of the speaker with this index; neutral for ``None``."""
    if index is None:
        return _NEUTRAL
    if index < len(_PALETTE):
        return _PALETTE[index]
    hue = round((index * 137.508) % 360)  # the golden angle spreads hues evenly
    return f"hsl({hue}, 75%, 86%)", f"hsl({hue}, 60%, 32%)"


@attrs.frozen
class _Element:
    """One span to mark: opened at ``start``, closed at ``end``."""

    start: int
    end: int
    rank: int  # at equal extent: quotes outside mentions outside cues
    tag: str  # the opening tag of the first fragment
    cont_tag: str  # the opening tag of a continuation fragment


def _attributes(attrs_: Sequence[tuple[str, str | None]]) -> str:
    return "".join(
        f' {name}="{html.escape(value, quote=True)}"' for name, value in attrs_ if value is not None
    )


def _open_tags(
    classes: str, style: str, attributes: Sequence[tuple[str, str | None]]
) -> tuple[str, str]:
    """The opening tags of an element's first fragment and of its continuations."""
    attrs_ = _attributes(attributes)
    first = f'<span class="{classes}"{attrs_} style="{style}">'
    cont = f'<span class="{classes} qa-cont"{attrs_} style="{style}">'
    return first, cont


def _quote_title(q: Quote) -> str:
    lines = [f"kind: {q.kind}"]
    if q.speaker is not None:
        lines.append(f"speaker: {q.speaker.name} (mention: {q.speaker.mention.text})")
    else:
        lines.append("speaker: none")
    if q.cue is not None:
        lines.append(f"cue: {q.cue.span.text} ({q.cue.lemma})")
    lines.append(f"rule: {q.rule if q.rule is not None else 'none'}")
    lines.append(f"confidence: {q.confidence:.2f}")
    if q.n_parts > 1:
        lines.append(f"part {q.part + 1} of {q.n_parts}")
    return "\n".join(lines)


def _check_span(text: str, span: Span, what: str, index: int) -> None:
    if span.end > len(text):
        found = f"the text has only {len(text)} characters"
    elif text[span.start : span.end] != span.text:
        found = f"text[{span.start}:{span.end}] is {text[span.start : span.end]!r}"
    else:
        return
    raise ValueError(
        f"quote {index}: its {what} does not fit the text: {found}, the {what} "
        f"[{span.start}:{span.end}] says {span.text!r}; render() needs the text the quotes "
        "were found in"
    )


def _checked_quotes(text: object, quotes: Iterable[Quote]) -> tuple[str, list[Quote]]:
    if not isinstance(text, str):
        raise TypeError(f"render() expects the text as a str, got {type(text).__name__}")
    if isinstance(quotes, (str, bytes)) or not isinstance(quotes, Iterable):
        raise TypeError(
            f"render() expects an iterable of Quote objects, got {type(quotes).__name__}"
        )
    checked = list(quotes)
    for i, q in enumerate(checked):
        if not isinstance(q, Quote):
            raise TypeError(f"render(): item {i} is a {type(q).__name__}, not a Quote")
        _check_span(text, q.outer, "outer span", i)
        _check_span(text, q.span, "content", i)
        if q.speaker is not None:
            _check_span(text, q.speaker.mention, "speaker mention", i)
        if q.cue is not None:
            _check_span(text, q.cue.span, "cue", i)
    return text, checked


def _speaker_order(quotes: Sequence[Quote]) -> dict[str, int]:
    """Speaker names in order of first appearance → colour index."""
    order: dict[str, int] = {}
    for q in quotes:
        if q.speaker is not None and q.speaker.name not in order:
            order[q.speaker.name] = len(order)
    return order


def _elements(quotes: Sequence[Quote], order: dict[str, int]) -> list[_Element]:
    elements = []
    mentions: dict[tuple[int, int, str], list[int]] = {}
    cues: dict[tuple[int, int], list[int]] = {}
    for i, q in enumerate(quotes):
        name = q.speaker.name if q.speaker is not None else None
        background, dark = _colours(order[name] if name is not None else None)
        style = f"background: {background}; border-radius: 3px; padding: 1px 0"
        if name is None:
            style += f"; border-bottom: 1px dashed {dark}"
        if q.depth > 0:
            style += f"; box-shadow: inset 0 -2px 0 {dark}"
        classes = "qa-quote" if name is not None else "qa-quote qa-no-speaker"
        if q.kind != "direct":
            # indirect speech has no marks of its own: a dotted frame shows its extent
            style += f"; outline: 1px dotted {dark}"
            classes += f" qa-{q.kind}"
        first, cont = _open_tags(
            classes,
            style,
            [
                ("data-quote", str(i)),
                ("data-kind", q.kind),
                ("data-speaker", name),
                ("data-rule", q.rule),
                ("data-confidence", repr(q.confidence)),
                ("data-start", str(q.start)),
                ("data-end", str(q.end)),
                ("data-group", str(q.group)),
                ("data-part", str(q.part)),
                ("data-depth", str(q.depth)),
                ("title", _quote_title(q)),
            ],
        )
        elements.append(_Element(q.outer.start, q.outer.end, 0, first, cont))
        if q.speaker is not None:
            m = q.speaker.mention
            mentions.setdefault((m.start, m.end, q.speaker.name), []).append(i)
        if q.cue is not None:
            cues.setdefault((q.cue.span.start, q.cue.span.end), []).append(i)
    for (start, end, name), indices in mentions.items():
        _, dark = _colours(order[name])
        first, cont = _open_tags(
            "qa-mention",
            f"font-weight: bold; outline: 2px solid {dark}; border-radius: 3px; padding: 0 2px",
            [
                ("data-speaker", name),
                ("data-quotes", " ".join(map(str, indices))),
                ("title", f"speaker: {name}"),
            ],
        )
        elements.append(_Element(start, end, 1, first, cont))
    for (start, end), indices in cues.items():
        q = quotes[indices[0]]
        lemma = q.cue.lemma if q.cue is not None else ""
        _, dark = _colours(order[q.speaker.name] if q.speaker is not None else None)
        first, cont = _open_tags(
            "qa-cue",
            f"text-decoration: underline {dark} 2px; text-underline-offset: 3px",
            [
                ("data-lemma", lemma),
                ("data-quotes", " ".join(map(str, indices))),
                ("title", f"cue: {lemma}"),
            ],
        )
        elements.append(_Element(start, end, 2, first, cont))
    return elements


def _markup(text: str, elements: Sequence[_Element]) -> str:
    """``text`` escaped, with every element's tags nested properly.

    Elements open in order of start, the longer (then the lower rank) first, so that
    an element contains the ones opened after it whenever the spans allow. When an
    element closes while elements opened after it are still open, those are closed
    first and reopened right after as continuation fragments.
    """
    opening: dict[int, list[_Element]] = {}
    for e in elements:
        opening.setdefault(e.start, []).append(e)
    for starting in opening.values():
        starting.sort(key=lambda e: (-e.end, e.rank))
    points = sorted({0, len(text)} | {e.start for e in elements} | {e.end for e in elements})
    out: list[str] = []
    stack: list[_Element] = []
    previous = 0
    for point in points:
        out.append(html.escape(text[previous:point], quote=False))
        previous = point
        if any(e.end == point for e in stack):
            reopen = []
            while any(e.end == point for e in stack):
                top = stack.pop()
                out.append("</span>")
                if top.end != point:
                    reopen.append(top)
            for e in reversed(reopen):
                out.append(e.cont_tag)
                stack.append(e)
        for e in opening.get(point, []):
            out.append(e.tag)
            if e.end == point:  # an empty span: nothing to hold open
                out.append("</span>")
            else:
                stack.append(e)
    return "".join(out)


def _legend(quotes: Sequence[Quote], order: dict[str, int]) -> str:
    if not quotes:
        return f'<div class="qa-legend" style="{_LEGEND_STYLE}">No quotations.</div>'
    counts = dict.fromkeys(order, 0)
    unattributed = 0
    for q in quotes:
        if q.speaker is None:
            unattributed += 1
        else:
            counts[q.speaker.name] += 1
    items = []
    entries: list[tuple[str | None, int]] = [*counts.items()]
    if unattributed:
        entries.append((None, unattributed))
    for name, count in entries:
        background, dark = _colours(order[name] if name is not None else None)
        label = html.escape(name) if name is not None else "<i>no speaker</i>"
        speaker_attr = _attributes([("data-speaker", name)])
        items.append(
            f'<span class="qa-legend-item"{speaker_attr} data-count="{count}" '
            'style="display: inline-block; margin: 0 1.2em 0.2em 0; white-space: nowrap">'
            f'<span style="display: inline-block; width: 0.9em; height: 0.9em; '
            f"vertical-align: -0.1em; margin-right: 0.35em; border-radius: 2px; "
            f'background: {background}; border: 2px solid {dark}"></span>'
            f'{label} <span style="color: #666">({count})</span></span>'
        )
    n = len(quotes)
    heading = f"<b>{n} quotation{'s' if n != 1 else ''}</b> · "
    return f'<div class="qa-legend" style="{_LEGEND_STYLE}">{heading}{"".join(items)}</div>'


class Rendering:
    """A text with its quotations as HTML; what :func:`render` returns.

    In a Jupyter notebook it displays itself (``_repr_html_``). :attr:`html` is the
    fragment to embed in a page, :attr:`page` a complete HTML document, and
    :meth:`save` writes that document to a file.

    The fragment is a ``div.qa-render`` holding a ``div.qa-legend`` and a
    ``div.qa-text``. In the text, every quotation (its marks included) is a
    ``span.qa-quote`` with ``data-quote`` (its index in the quote list),
    ``data-speaker`` (absent when nobody is said to have spoken it; the span then
    also has the class ``qa-no-speaker``), ``data-rule``, ``data-confidence``,
    ``data-start``/``data-end`` (content offsets), ``data-group``, ``data-part`` and
    ``data-depth``, and a ``title`` that shows speaker, cue, rule and confidence on
    hover. Speaker mentions are ``span.qa-mention`` and cues ``span.qa-cue``, both with
    ``data-quotes``: the indices of the quotations they belong to. A span that has to
    be split to nest properly continues in further spans with the class ``qa-cont``.
    """

    def __init__(self, text: str, quotes: Iterable[Quote]) -> None:
        self.text, self.quotes = _checked_quotes(text, quotes)
        order = _speaker_order(self.quotes)
        body = _markup(self.text, _elements(self.quotes, order))
        self._html = (
            f'<div class="qa-render" style="{_ROOT_STYLE}">'
            f"{_legend(self.quotes, order)}"
            f'<div class="qa-text" lang="de" style="{_TEXT_STYLE}">{body}</div></div>'
        )

    @property
    def html(self) -> str:
        """The HTML fragment: a self-contained ``div``, inline styles only."""
        return self._html

    @property
    def page(self) -> str:
        """A complete HTML document around :attr:`html`."""
        return (
            '<!DOCTYPE html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n'
            "<title>quoteattr: quotations and speakers</title>\n</head>\n"
            f'<body style="margin: 1em; background: #ffffff">\n{self._html}\n</body>\n</html>\n'
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write :attr:`page` to ``path`` (UTF-8) and return the path."""
        target = Path(path)
        target.write_text(self.page, encoding="utf-8")
        return target

    def _repr_html_(self) -> str:
        return self._html

    def __repr__(self) -> str:
        speakers = len(_speaker_order(self.quotes))
        return f"<Rendering: {len(self.quotes)} quotations, {speakers} speakers>"


def render(text: str, quotes: Iterable[Quote]) -> Rendering:
    """Show ``text`` with its ``quotes`` highlighted, as HTML.

    Each quotation is highlighted in its speaker's colour (one colour per
    ``speaker.name``; grey with a dashed underline when it has no speaker), the
    speaker's mention is outlined in bold, the cue underlined, and a legend counts the
    quotations of each speaker. Hovering a quotation shows its speaker, cue, rule and
    confidence.

    ``quotes`` are :class:`~quoteattr.Quote` objects for this very ``text`` (from
    :func:`~quoteattr.extract`, :func:`~quoteattr.find_quotes` or ``Quote.from_dict``);
    a quote whose offsets do not match the text raises ``ValueError``.

    >>> import quoteattr
    >>> text = "Sie sprach von „großen Dingen“."
    >>> view = quoteattr.render(text, quoteattr.find_quotes(text))
    >>> 'class="qa-quote qa-no-speaker"' in view.html
    True

    The result displays itself in Jupyter; ``view.save("quotes.html")`` writes a page.
    """
    return Rendering(text, quotes)
