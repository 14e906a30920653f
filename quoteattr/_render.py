"""An HTML view of a text with its quotations, for notebooks and for saving as a page.

:func:`render` marks every quotation in its speaker's colour and labels it with the
speaker's name (a badge before its opening mark, so a printout reads without matching
colours), outlines the speaker's mention and underlines the cue; a legend lists the
speakers. Options choose the speakers to show and switch cues and labels off.

The markup is built from the sorted start and end points of all spans, so quotes inside
quotes, mentions inside quotes and spans that cross each other still nest properly: an
element that a closing element interrupts is closed and reopened as a continuation
fragment (``qa-cont``).

The HTML is self-contained (inline styles only, no scripts, fonts or URLs) and every
character of the text is escaped. Stripping the tags and the ``qa-label`` badges from
the ``qa-text`` element and unescaping gives back the original text exactly: it is
shown with ``white-space: pre-wrap``, so line and paragraph breaks stay as they were.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs

from quoteattr._model import Quote, Span

__all__ = ["Rendering", "render"]

# Twelve colours that stay apart for the common colour-vision deficiencies: Paul Tol's
# "muted" scheme and three of his "vibrant" ones (https://personal.sron.nl/~pault/).
# Each speaker gets one as the dark tone (label, outline, underline) and a light tint of
# it as the quotation's background. From the 13th speaker on, colours repeat with a
# different underline (dashed, then dotted), and the labels tell speakers apart.
_PALETTE_BASE = (
    "#332288",  # indigo
    "#EE7733",  # orange
    "#117733",  # green
    "#CC6677",  # rose
    "#88CCEE",  # cyan
    "#DDCC77",  # sand
    "#AA4499",  # purple
    "#44AA99",  # teal
    "#882255",  # wine
    "#0077BB",  # blue
    "#999933",  # olive
    "#EE3377",  # magenta
)
_UNDERLINES = ("solid", "dashed", "dotted")
_NEUTRAL = ("#ececec", "#6b6b6b")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def _tint(colour: str, keep: float = 0.3) -> str:
    """``colour`` mixed with white, ``keep`` of the colour."""
    return "#" + "".join(f"{round(255 - (255 - c) * keep):02x}" for c in _rgb(colour))


def _label_text_colour(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    r, g, b = (c / 255 for c in _rgb(colour))
    return "#1a1a1a" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.45 else "#ffffff"


_PALETTE = [(_tint(c), c) for c in _PALETTE_BASE]

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
    return _PALETTE[index % len(_PALETTE)]


def _underline(index: int | None) -> str:
    """The quotation's underline style: solid for the first twelve speakers, then
    dashed, then dotted (none for no speaker, which has its own dashed grey line)."""
    if index is None:
        return "dashed"
    return _UNDERLINES[min(index // len(_PALETTE), len(_UNDERLINES) - 1)]


@attrs.frozen
class _Element:
    """One span to mark: opened at ``start``, closed at ``end``."""

    start: int
    end: int
    rank: int  # at equal extent: quotes outside mentions outside cues
    tag: str  # the opening tag of the first fragment
    cont_tag: str  # the opening tag of a continuation fragment
    content: str = ""  # for an inserted label (start == end): its escaped text


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


_LABEL_STYLE = (
    "display: inline-block; font-family: system-ui, -apple-system, 'Segoe UI', Arial, "
    "sans-serif; font-size: 0.68em; font-weight: 600; line-height: 1.3; padding: 0 0.4em; "
    "margin: 0 0.3em 0 0.15em; border-radius: 0.6em; vertical-align: 0.15em; "
    "white-space: nowrap; user-select: none; -webkit-user-select: none; "
    "print-color-adjust: exact; -webkit-print-color-adjust: exact"
)


def _label(i: int, name: str, colour_index: int) -> _Element:
    """The badge with the speaker's name, before quotation ``i``'s opening mark."""
    _, dark = _colours(colour_index)
    style = f"{_LABEL_STYLE}; background: {dark}; color: {_label_text_colour(dark)}"
    tag = (
        f'<span class="qa-label"{_attributes([("data-quote", str(i)), ("data-speaker", name)])}'
        f' aria-hidden="true" style="{style}">'
    )
    return _Element(0, 0, -1, tag, tag, html.escape(name, quote=False))


def _labelled(shown: Sequence[tuple[int, Quote]]) -> set[int]:
    """The quotations that get a label: the first part of each, and a later part that
    opens another paragraph (a quotation over several paragraphs)."""
    first_paragraph: dict[int, int] = {}
    out = set()
    for i, q in shown:
        if q.speaker is None:
            continue
        new_paragraph = q.paragraph != first_paragraph.get(q.group, q.paragraph)
        if q.part == 0 or q.group not in first_paragraph or new_paragraph:
            first_paragraph[q.group] = q.paragraph
            out.add(i)
    return out


def _elements(
    shown: Sequence[tuple[int, Quote]],
    order: dict[str, int],
    *,
    cues_on: bool = True,
    labels_on: bool = True,
) -> list[_Element]:
    """The elements of the quotations ``shown`` (with their index in the quote list)."""
    elements = []
    mentions: dict[tuple[int, int, str], list[int]] = {}
    cues: dict[tuple[int, int], list[int]] = {}
    labelled = _labelled(shown) if labels_on else set()
    by_index = dict(shown)
    for i, q in shown:
        name = q.speaker.name if q.speaker is not None else None
        index = order[name] if name is not None else None
        background, dark = _colours(index)
        # A bar at the opening mark sets each quotation off from the one before.
        style = (
            f"background: {background}; border-radius: 3px; padding: 1px 0 1px 2px; "
            f"border-left: 3px solid {dark}; border-bottom: 1px {_underline(index)} {dark}"
        )
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
        if name is not None and index is not None and i in labelled:
            label = _label(i, name, index)
            elements.append(attrs.evolve(label, start=q.outer.start, end=q.outer.start))
        if q.speaker is not None:
            m = q.speaker.mention
            mentions.setdefault((m.start, m.end, q.speaker.name), []).append(i)
        if q.cue is not None and cues_on:
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
        q = by_index[indices[0]]
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
        # Labels (empty extent) first: a label stands before the quotation it names.
        starting.sort(key=lambda e: (e.end != e.start, -e.end, e.rank))
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
            if e.end == point:  # an empty span or a label: nothing to hold open
                out.append(e.content + "</span>")
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


def _selected(quotes: Sequence[Quote], speakers: Iterable[str] | None) -> list[tuple[int, Quote]]:
    """The quotations to show, with their index: all, or those of ``speakers``."""
    if speakers is None:
        return list(enumerate(quotes))
    if isinstance(speakers, str):
        raise TypeError("render(speakers=...) expects a list of names, got one str")
    wanted = list(speakers)
    for name in wanted:
        if not isinstance(name, str):
            raise TypeError(f"render(speakers=...): {name!r} is not a speaker name (a str)")
    known = _speaker_order(quotes)
    unknown = [name for name in wanted if name not in known]
    if unknown:
        raise ValueError(
            f"render(speakers=...): no quotation of {', '.join(map(repr, unknown))} in this "
            f"text; its speakers are {', '.join(map(repr, known)) or 'none'}"
        )
    return [(i, q) for i, q in enumerate(quotes) if q.speaker and q.speaker.name in wanted]


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
    hover. Before a quotation with a speaker, a ``span.qa-label`` badge (with
    ``data-quote`` and ``data-speaker``, ``aria-hidden``) shows the speaker's name; it
    is the only text the view adds. Speaker mentions are ``span.qa-mention`` and cues
    ``span.qa-cue``, both with ``data-quotes``: the indices of the quotations they
    belong to. A span that has to be split to nest properly continues in further spans
    with the class ``qa-cont``.

    The options are those of :func:`render`.
    """

    def __init__(
        self,
        text: str,
        quotes: Iterable[Quote],
        *,
        speakers: Iterable[str] | None = None,
        cues: bool = True,
        labels: bool = True,
    ) -> None:
        self.text, self.quotes = _checked_quotes(text, quotes)
        shown = _selected(self.quotes, speakers)
        order = _speaker_order([q for _, q in shown])
        body = _markup(self.text, _elements(shown, order, cues_on=cues, labels_on=labels))
        self._html = (
            f'<div class="qa-render" style="{_ROOT_STYLE}">'
            f"{_legend([q for _, q in shown], order)}"
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
        try:
            data = self.page.encode("utf-8")
        except UnicodeEncodeError as exc:
            # Checked before the file is opened: never a truncated or empty file.
            raise ValueError(
                f"cannot save the page as UTF-8: it holds a lone surrogate "
                f"(U+{ord(self.page[exc.start]):04X}) at character {exc.start}"
            ) from None
        target.write_bytes(data)
        return target

    def _repr_html_(self) -> str:
        return self._html

    def __repr__(self) -> str:
        speakers = len(_speaker_order(self.quotes))
        return f"<Rendering: {len(self.quotes)} quotations, {speakers} speakers>"


def render(
    text: str,
    quotes: Iterable[Quote],
    *,
    speakers: Iterable[str] | None = None,
    cues: bool = True,
    labels: bool = True,
) -> Rendering:
    """Show ``text`` with its ``quotes`` highlighted, as HTML.

    Each quotation is highlighted in its speaker's colour (one colour per
    ``speaker.name``; grey with a dashed underline when it has no speaker) and labelled
    with the speaker's name in a badge before its opening mark, so that a printout
    reads without the colours. A bar at each opening mark sets adjacent quotations
    apart. The speaker's mention is outlined in bold, the cue underlined, and a legend
    counts the quotations of each speaker. Hovering a quotation shows its speaker, cue,
    rule and confidence.

    The twelve colours are chosen to stay apart for colour-blind readers (Paul Tol's
    schemes); from the 13th speaker on they repeat with a dashed, then dotted underline,
    and the labels tell speakers apart.

    Options: ``speakers`` (names) shows only those speakers' quotations (a name with
    no quotation in the text raises ``ValueError`` listing the speakers there);
    ``cues=False`` leaves the cues unmarked; ``labels=False`` leaves out the badges.

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
    return Rendering(text, quotes, speakers=speakers, cues=cues, labels=labels)
