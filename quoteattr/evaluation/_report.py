"""An HTML page that shows every evaluation error in its context.

The page is self-contained (inline CSS, no scripts, no external fonts) and every
piece of document text goes through :func:`html.escape`.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Sequence
from typing import Final

import regex

from quoteattr._model import Span
from quoteattr.evaluation._gold import GoldDoc
from quoteattr.evaluation._results import ERROR_KINDS, ErrorRecord, EvaluationResult

__all__ = ["render_errors_html"]

#: How far (characters) the excerpt reaches beyond the quotes before it looks for
#: a sentence boundary, and how much further it may go to find one.
_RADIUS: Final = 100
_SENTENCE_REACH: Final = 150
#: Speaker mentions this close to the quote are pulled into the excerpt.
_MENTION_REACH: Final = 300

_CLOSERS: Final = "\"'“”»«‘’)"
# A sentence ends at . ! ? … (plus closing marks) and white space; a full stop right
# after a digit ("am 1. Dezember") does not count.
_BOUNDARY: Final = regex.compile(r"((?:(?<!\d)\.|[!?…])[\"'“”»«‘’)]*)\s+|\n+")

_TITLES: Final[dict[str, tuple[str, str]]] = {
    "missed": ("Missed", "Gold quotes that no predicted quote matched."),
    "no_speaker": (
        "Found, but no speaker",
        "Gold quotes matched by a predicted quote that carries no speaker.",
    ),
    "wrong_speaker": (
        "Wrong speaker",
        "Matched gold quotes whose predicted speaker fits neither the gold mention's span "
        "nor its name.",
    ),
    "spurious": (
        "Spurious",
        "Predicted quotes with a speaker that match no gold quote.",
    ),
}

# Each highlight uses its own CSS property, so overlapping highlights stay visible.
_CSS: Final = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5;
  max-width: 62rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
h1 { font-size: 1.6rem; margin-bottom: .3rem; }
h2 { font-size: 1.25rem; border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.5rem; }
.summary { color: #444; margin-top: 0; }
.legend, nav { background: #f6f6f8; border: 1px solid #e2e2e6; border-radius: 6px;
  padding: .6rem 1rem; margin: 1rem 0; }
.legend span.key { margin-right: 1.2rem; padding: 0 .2rem; }
nav ul { margin: .3rem 0; padding-left: 1.2rem; }
.explain { color: #555; font-style: italic; }
.error { border: 1px solid #e2e2e6; border-radius: 6px; padding: .6rem 1rem; margin: 1rem 0; }
.error header { font-size: .9rem; color: #555; margin-bottom: .3rem; }
.error header b { color: #1d1d1f; }
.error table { font-size: .9rem; border-collapse: collapse; margin-bottom: .5rem; }
.error td { padding: .05rem .6rem .05rem 0; vertical-align: top; }
.error td.label { color: #666; white-space: nowrap; }
.ctx { white-space: pre-wrap; background: #fcfcfd; border-left: 3px solid #ccc;
  padding: .4rem .8rem; margin: 0; }
.off { color: #888; font-size: .85rem; }
.gq { background: #c9efc4; }
.pq { border-bottom: 3px solid #2f6fdf; }
.gs { background: #ffd27f; font-weight: bold; }
.ps { outline: 2px solid #c2185b; outline-offset: 1px; }
.none { color: #999; }
"""

_LEGEND: Final = (
    '<div class="legend"><b>Legend:</b> '
    '<span class="key gq">gold quote</span>'
    '<span class="key pq">predicted quote</span>'
    '<span class="key gs">gold speaker</span>'
    '<span class="key ps">predicted speaker</span></div>'
)


def render_errors_html(gold_docs: Sequence[GoldDoc], result: EvaluationResult) -> str:
    """The error report of ``result`` (scored on ``gold_docs``) as one HTML page.

    Errors are grouped by kind (with counts and a table of contents); each shows
    its document excerpt with the gold quote, the predicted quote, the gold and
    the predicted speaker mention highlighted, and the offsets in a small table.
    """
    groups: dict[str, list[ErrorRecord]] = {
        kind: [e for e in result.errors if e.kind == kind] for kind in ERROR_KINDS
    }
    parts = [
        "<!DOCTYPE html>",
        '<html lang="de"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>quoteattr: evaluation errors</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>quoteattr: evaluation errors</h1>",
        _summary(result),
        _LEGEND,
        _contents(groups),
    ]
    for kind, errors in groups.items():
        parts.append(_section(kind, errors, gold_docs))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _summary(r: EvaluationResult) -> str:
    return (
        f'<p class="summary">{r.n_docs} documents, {r.n_gold} gold quotes '
        f"({r.n_gold_with_speaker} with a speaker), {r.n_predicted} predicted "
        f"({r.n_predicted_speech} with a speaker). Speech quotes P/R/F1 "
        f"{r.speech.precision:.3f} / {r.speech.recall:.3f} / {r.speech.f1:.3f}; speaker "
        f"accuracy {r.speaker.value:.3f} ({r.speaker.correct}/{r.speaker.total}) on quotes "
        f"that got a speaker, {r.speaker_found.value:.3f} "
        f"({r.speaker_found.correct}/{r.speaker_found.total}) on all found quotes; "
        f"end-to-end F1 {r.end_to_end.f1:.3f}.</p>"
    )


def _contents(groups: dict[str, list[ErrorRecord]]) -> str:
    items = "".join(
        f'<li><a href="#{kind}">{html.escape(_TITLES[kind][0])}</a> ({len(errors)})</li>'
        for kind, errors in groups.items()
    )
    total = sum(len(e) for e in groups.values())
    return f"<nav><b>Contents</b> ({total} errors)<ul>{items}</ul></nav>"


def _section(kind: str, errors: list[ErrorRecord], gold_docs: Sequence[GoldDoc]) -> str:
    title, explain = _TITLES[kind]
    body = [
        f'<section id="{kind}"><h2>{html.escape(title)} ({len(errors)})</h2>',
        f'<p class="explain">{html.escape(explain)}</p>',
    ]
    if not errors:
        body.append('<p class="none">None.</p>')
    for n, error in enumerate(errors, start=1):
        body.append(_error_block(kind, n, error, gold_docs[error.doc_index].text))
    body.append("</section>")
    return "\n".join(body)


def _error_block(kind: str, n: int, e: ErrorRecord, text: str) -> str:
    rule = f" · rule <b>{html.escape(e.rule)}</b>" if e.rule is not None else ""
    return (
        f'<article class="error" id="{kind}-{n}">'
        f"<header><b>#{n}</b> · document <b>{html.escape(e.doc_id)}</b>{rule}</header>"
        f"{_details(e, text)}{_excerpt(e, text)}</article>"
    )


def _span_cell(span: Span | None, css: str, window: tuple[int, int] | None = None) -> str:
    if span is None:
        return '<span class="none">none</span>'
    shown = span.text if len(span.text) <= 160 else span.text[:157] + "…"
    outside = ""
    if window is not None and not (window[0] <= span.start and span.end <= window[1]):
        outside = " (outside the excerpt)"
    return (
        f'<span class="{css}">{html.escape(shown)}</span> '
        f'<span class="off">[{span.start}:{span.end}]{outside}</span>'
    )


def _details(e: ErrorRecord, text: str) -> str:
    window = _window(e, text)
    gold_speakers = " ".join(_span_cell(s, "gs", window) for s in e.gold_speakers)
    pred_speaker = _span_cell(e.predicted_speaker, "ps", window)
    if e.predicted_speaker_name is not None:
        pred_speaker = f"<b>{html.escape(e.predicted_speaker_name)}</b> — mention {pred_speaker}"
    rows = [
        ("gold quote", _span_cell(e.gold, "gq")),
        ("predicted quote", _span_cell(e.predicted, "pq")),
        ("gold speaker", gold_speakers or '<span class="none">none</span>'),
        ("predicted speaker", pred_speaker),
    ]
    cells = "".join(
        f'<tr><td class="label">{label}</td><td>{cell}</td></tr>' for label, cell in rows
    )
    return f"<table>{cells}</table>"


def _highlights(e: ErrorRecord) -> list[tuple[int, int, str]]:
    marks = [(s.start, s.end, "gs") for s in e.gold_speakers]
    if e.gold is not None:
        marks.append((e.gold.start, e.gold.end, "gq"))
    if e.predicted is not None:
        marks.append((e.predicted.start, e.predicted.end, "pq"))
    if e.predicted_speaker is not None:
        marks.append((e.predicted_speaker.start, e.predicted_speaker.end, "ps"))
    return marks


def _window(e: ErrorRecord, text: str) -> tuple[int, int]:
    """The excerpt: the quotes, nearby speaker mentions, ~100 characters either side,
    widened to sentence boundaries when one is near."""
    quotes = [s for s in (e.gold, e.predicted) if s is not None]
    start = min(s.start for s in quotes)
    end = max(s.end for s in quotes)
    mentions = [*e.gold_speakers, *([e.predicted_speaker] if e.predicted_speaker else [])]
    for m in mentions:
        if m.end >= start - _MENTION_REACH and m.start <= end + _MENTION_REACH:
            start, end = min(start, m.start), max(end, m.end)
    return _sentence_start(text, max(0, start - _RADIUS)), _sentence_end(
        text, min(len(text), end + _RADIUS)
    )


def _sentence_start(text: str, pos: int) -> int:
    if pos == 0:
        return 0
    lo = max(0, pos - _SENTENCE_REACH)
    found = [int(m.end()) for m in _BOUNDARY.finditer(text, lo, pos)]
    if found:
        return found[-1]
    if lo == 0:
        return 0
    space = text.find(" ", pos)
    return pos if space == -1 else space + 1


def _sentence_end(text: str, pos: int) -> int:
    if pos >= len(text):
        return len(text)
    m = _BOUNDARY.search(text, pos, min(len(text), pos + _SENTENCE_REACH))
    if m is not None:
        return int(m.end(1)) if m.group(1) else int(m.start())
    if pos + _SENTENCE_REACH >= len(text):
        return len(text)
    space = text.rfind(" ", 0, pos)
    return pos if space <= 0 else space


def _ends_sentence(before: str) -> bool:
    """Whether ``before`` (text up to a cut) ends with a sentence or a line."""
    before = before.rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    core = before.rstrip(_CLOSERS)
    if not core or core[-1] not in "!?….":
        return False
    return not (core[-1] == "." and core[:-1][-1:].isdigit())


def _cut_before(text: str, pos: int) -> bool:
    """Whether an excerpt starting at ``pos`` starts mid-sentence."""
    return not _ends_sentence(text[:pos])


def _cut_after(text: str, pos: int) -> bool:
    """Whether an excerpt ending at ``pos`` ends mid-sentence."""
    return pos < len(text) and text[pos] != "\n" and not _ends_sentence(text[:pos])


def _excerpt(e: ErrorRecord, text: str) -> str:
    lo, hi = _window(e, text)
    marks = [(max(s, lo), min(t, hi), c) for s, t, c in _highlights(e) if s < hi and t > lo]
    cuts = sorted({lo, hi, *(s for s, _, _ in marks), *(t for _, t, _ in marks)})
    out = ["…" if _cut_before(text, lo) else ""]
    for a, b in itertools.pairwise(cuts):
        classes = " ".join(c for s, t, c in marks if s <= a and b <= t)
        chunk = html.escape(text[a:b])
        out.append(f'<span class="{classes}">{chunk}</span>' if classes else chunk)
    out.append("…" if _cut_after(text, hi) else "")
    return f'<p class="ctx">{"".join(out)}</p>'
