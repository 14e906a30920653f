"""Score quotation extraction and speaker attribution against gold annotation.

Gold data is JSON Lines, one article per line (see ``docs/evaluation.md``): the
German Wikinews quotation corpus ships in that form, and you can bring your own.

>>> gold = load_gold("dev.jsonl")                                    # doctest: +SKIP
>>> result = evaluate(gold, QuoteExtractor().extract, progress=True)  # doctest: +SKIP
>>> print(result.format())                                           # doctest: +SKIP

Scoring in short (the exact definitions are in ``docs/evaluation.md``):

- a predicted quote *matches* a gold quote when their inner spans (the content
  without quotation marks) overlap by at least half of the longer of the two;
  predictions and gold quotes are paired one-to-one, greedily by largest overlap;
- *quote detection* scores all predicted quotes, *speech quotes* only those that
  carry a speaker, both against all gold quotes;
- *speaker accuracy* is judged on speech-matched gold quotes that have a gold
  speaker: right when the predicted mention overlaps the gold mention, or when the
  predicted speaker's name shares a name token with the gold mention;
- *end-to-end* needs both: a matched quote with the right speaker, counted over the
  gold quotes that have a speaker.

Run ``python -m quoteattr.evaluation GOLD.jsonl`` for the command line.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final, Literal, TypeGuard, TypeVar, cast

import attrs
import regex

from quoteattr._errors import QuoteattrError
from quoteattr._formats import json_object
from quoteattr._model import Quote, Span, Speaker

__all__ = [
    "ERROR_KINDS",
    "KIND_LABELS",
    "NAME_STOPWORDS",
    "PRF",
    "Accuracy",
    "ErrorKind",
    "ErrorRecord",
    "EvaluationResult",
    "GoldDoc",
    "GoldQuote",
    "KindStats",
    "RuleStats",
    "evaluate",
    "is_partial_quote",
    "load_gold",
    "main",
    "name_tokens",
    "overlap",
    "score",
    "spans_match",
    "speaker_correct",
]

_T = TypeVar("_T")

ErrorKind = Literal["missed", "no_speaker", "wrong_speaker", "spurious"]

#: The error kinds, in the order the report lists them.
ERROR_KINDS: Final[tuple[ErrorKind, ...]] = ("missed", "no_speaker", "wrong_speaker", "spurious")

#: The gold-kind categories of :attr:`EvaluationResult.by_kind`, in order.
KIND_LABELS: Final[tuple[str, ...]] = ("full sentence", "partial", "not nested", "nested")

#: Words that never count as a shared *name* token: articles, pronouns, prepositions
#: and conjunctions, forms of address and academic titles, and the generic role noun
#: "Sprecher". A gold "er" or "Der Sprecher" therefore has no name tokens at all and
#: is matched by the mention's span only.
NAME_STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        # articles
        "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "einer", "eines", "einem", "einen",
        # personal, possessive, demonstrative and relative pronouns
        "ich", "du", "er", "sie", "es", "wir", "ihr", "ihm", "ihn", "ihnen", "man", "sich",
        "mich", "mir", "uns", "euch", "sein", "seine", "seiner", "seinem", "seinen", "seines",
        "ihre", "ihrer", "ihrem", "ihren", "ihres", "unser", "unsere",
        "dieser", "diese", "dieses", "diesem", "diesen", "jener", "jene", "jenes",
        "derselbe", "dieselbe", "ersterer", "erstere", "letzterer", "letztere",
        "welcher", "welche", "welches", "wer",
        # prepositions and conjunctions
        "von", "vom", "zu", "zum", "zur", "in", "im", "an", "am", "auf", "aus", "bei", "beim",
        "mit", "für", "über", "gegenüber", "laut", "nach", "und", "oder", "sowie",
        # forms of address and titles
        "herr", "herrn", "frau", "dr", "prof", "professor", "professorin",
        "sir", "mr", "mrs", "ms", "monsieur", "madame",
        # generic role noun
        "sprecher", "sprecherin", "sprechers",
    }
)  # fmt: skip

_SENTENCE_END: Final = (".", "!", "?", "…")
_QUOTE_MARKS: Final = "\"'„“”‚‘’«»‹›"
_TOKEN_SPLIT: Final = regex.compile(r"[\s\-‐‑‒–—]+")
_EDGE_PUNCT: Final = regex.compile(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$")


# ---------------------------------------------------------------------------
# Gold data
# ---------------------------------------------------------------------------


def is_partial_quote(text: str) -> bool:
    """Whether quote content looks like a fragment rather than a full sentence.

    A quote is *partial* when it has fewer than 4 words (whitespace-separated
    tokens containing a letter or digit), or when its first letter is lowercase
    („bewusst und gewollt stranguliert“, „nicht ernst genommen worden.“). German
    capitalises nouns, so a fragment opening with a noun („Totengräber der
    Demokratie“) counts as a full sentence unless it is shorter than 4 words.
    """
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    if len(words) < 4:
        return True
    first_letter = next((c for c in text if c.isalpha()), "")
    return first_letter.islower()


def _partial_default(self: GoldQuote) -> bool:
    return is_partial_quote(self.text)


def _outer_default(self: GoldQuote) -> Span:
    return Span(self.start, self.end, self.text)


def _speaker_spans_default(self: GoldQuote) -> tuple[Span, ...]:
    return () if self.speaker is None else (self.speaker,)


def _span_tuple(spans: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(spans)


@attrs.frozen
class GoldQuote:
    """One gold direct quotation.

    - ``start``/``end``/``text``: the content without quotation marks (the *inner*
      span), ``doc.text[start:end] == text``; ``outer`` includes the marks.
    - ``speaker``: the annotated local speaker mention ("RTL-Chefin Anke
      Schäferkordt", "er"), or ``None``; ``speaker_spans`` lists every span of the
      mention (``speaker`` first; more than one for a discontinuous mention).
    - ``cue``: the text of the annotated speech cue, or ``None``.
    - ``is_nested``: the quote sits inside indirect speech.
    - ``is_partial``: see :func:`is_partial_quote` (computed from ``text`` if not given).
    - ``part``/``n_parts``: the part index when narrator text interrupts the quotation.
    """

    start: int = attrs.field(validator=attrs.validators.instance_of(int))
    end: int = attrs.field(validator=attrs.validators.instance_of(int))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    speaker: Span | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Span))
    )
    speaker_spans: tuple[Span, ...] = attrs.field(
        default=attrs.Factory(_speaker_spans_default, takes_self=True), converter=_span_tuple
    )
    cue: str | None = None
    is_nested: bool = False
    is_partial: bool = attrs.field(default=attrs.Factory(_partial_default, takes_self=True))
    part: int = 0
    n_parts: int = 1
    outer: Span = attrs.field(default=attrs.Factory(_outer_default, takes_self=True))

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad quote span [{self.start}:{self.end}]")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"text does not fit the span [{self.start}:{self.end}]")
        if not self.outer.start <= self.start <= self.end <= self.outer.end:
            raise ValueError("the inner span must lie within outer")
        if (self.speaker is None) != (not self.speaker_spans):
            raise ValueError("speaker_spans must be empty exactly when speaker is None")

    @property
    def span(self) -> Span:
        """The content as a :class:`Span`."""
        return Span(self.start, self.end, self.text)


def _quote_tuple(quotes: Iterable[GoldQuote]) -> tuple[GoldQuote, ...]:
    return tuple(quotes)


def _check_quotes_fit(inst: GoldDoc, _attribute: object, quotes: tuple[GoldQuote, ...]) -> None:
    for k, q in enumerate(quotes):
        if inst.text[q.start : q.end] != q.text:
            raise ValueError(f"quote {k}: text does not match the document at [{q.start}:{q.end}]")
        for sp in q.speaker_spans:
            if inst.text[sp.start : sp.end] != sp.text:
                raise ValueError(f"quote {k}: speaker span [{sp.start}:{sp.end}] does not match")


@attrs.frozen
class GoldDoc:
    """One gold document: its ``text`` and its gold direct ``quotes``."""

    id: str
    text: str
    quotes: tuple[GoldQuote, ...] = attrs.field(converter=_quote_tuple, validator=_check_quotes_fit)
    title: str = ""


class _GoldFormatError(ValueError):
    """A problem with one gold record (the loader adds file and line)."""


def load_gold(path: str | os.PathLike[str]) -> list[GoldDoc]:
    """Read gold documents from a JSON Lines file (schema: ``docs/evaluation.md``).

    Blank lines are skipped. Raises :class:`FileNotFoundError` for a missing file
    and :class:`ValueError` naming the file, the line and the problem for bad
    JSON, missing fields or offsets that do not fit the text.
    """
    path = Path(path)
    docs: list[GoldDoc] = []
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                docs.append(_parse_doc(_parse_json(line), default_id=f"{path.name}:{lineno}"))
            except _GoldFormatError as exc:
                raise ValueError(f"{path}, line {lineno}: {exc}") from None
    return docs


def _parse_json(line: str) -> dict[str, Any]:
    try:
        return json_object(line)
    except ValueError as exc:
        raise _GoldFormatError(str(exc)) from None


def _parse_doc(obj: Mapping[str, Any], *, default_id: str) -> GoldDoc:
    text = obj.get("text")
    if not isinstance(text, str):
        raise _GoldFormatError('missing or non-string "text"')
    raw_quotes = obj.get("quotes")
    if not isinstance(raw_quotes, list):
        raise _GoldFormatError('missing "quotes" (a list, possibly empty)')
    doc_id = obj.get("id", default_id)
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise _GoldFormatError('"id" must be a string')
    title = obj.get("title") or ""
    if not isinstance(title, str):
        raise _GoldFormatError('"title" must be a string')
    quotes = []
    for k, raw in enumerate(raw_quotes):
        if not isinstance(raw, dict):
            raise _GoldFormatError(f"quote {k}: expected a JSON object")
        if raw.get("type", "Direct") != "Direct":
            # Annotated but not direct speech (a title, a scare quote): not a gold quote.
            continue
        try:
            quotes.append(_parse_quote(raw, text))
        except _GoldFormatError as exc:
            raise _GoldFormatError(f"quote {k}: {exc}") from None
    return GoldDoc(str(doc_id), text, tuple(quotes), title)


def _int_pair(obj: Mapping[str, Any], a: str, b: str, n: int) -> tuple[int, int] | None:
    """The offsets ``obj[a]``, ``obj[b]`` checked against a text of length ``n``."""
    x, y = obj.get(a), obj.get(b)
    if x is None and y is None:
        return None
    if not (_is_int(x) and _is_int(y)):
        raise _GoldFormatError(f'"{a}" and "{b}" must both be integers (or both null)')
    if not 0 <= x <= y <= n:
        raise _GoldFormatError(f"{a}/{b} [{x}:{y}] is not a span of the text (length {n})")
    return x, y


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _strip_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """The inner span of ``text[start:end]``: without surrounding marks and spaces."""
    while start < end and (text[start] in _QUOTE_MARKS or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _QUOTE_MARKS or text[end - 1].isspace()):
        end -= 1
    return start, end


def _parse_quote(obj: Mapping[str, Any], text: str) -> GoldQuote:
    outer = _int_pair(obj, "start", "end", len(text))
    inner = _int_pair(obj, "inner_start", "inner_end", len(text))
    if outer is None and inner is None:
        raise _GoldFormatError('needs "start"/"end" or "inner_start"/"inner_end"')
    if outer is None:
        outer = cast(tuple[int, int], inner)
    if inner is None:
        inner = _strip_marks(text, *outer)
    _check_text_field(obj, text, outer)
    _check_inner(text, outer, inner)
    speaker_spans = _parse_speaker(obj, text)
    part, n_parts = _parse_part(obj)
    is_nested = obj.get("is_nested") or False
    if not isinstance(is_nested, bool):
        raise _GoldFormatError('"is_nested" must be true or false')
    return GoldQuote(
        start=inner[0],
        end=inner[1],
        text=text[inner[0] : inner[1]],
        speaker=speaker_spans[0] if speaker_spans else None,
        speaker_spans=speaker_spans,
        cue=_parse_cue(obj.get("cue"), text),
        is_nested=is_nested,
        part=part,
        n_parts=n_parts,
        outer=Span.of(text, *outer),
    )


def _check_text_field(obj: Mapping[str, Any], text: str, outer: tuple[int, int]) -> None:
    given = obj.get("text")
    if given is not None and given != text[outer[0] : outer[1]]:
        raise _GoldFormatError(
            f'"text" {given!r} differs from the document at start/end [{outer[0]}:{outer[1]}]: '
            f"{text[outer[0] : outer[1]]!r}"
        )


def _check_inner(text: str, outer: tuple[int, int], inner: tuple[int, int]) -> None:
    if not outer[0] <= inner[0] <= inner[1] <= outer[1]:
        raise _GoldFormatError(
            f"inner_start/inner_end [{inner[0]}:{inner[1]}] is not within "
            f"start/end [{outer[0]}:{outer[1]}]"
        )
    marks = text[outer[0] : inner[0]] + text[inner[1] : outer[1]]
    if any(c.isalnum() for c in marks):
        raise _GoldFormatError(
            f"inner_start/inner_end [{inner[0]}:{inner[1]}] cuts words off the quote "
            f"{text[outer[0] : outer[1]]!r} (only quotation marks may lie outside it)"
        )


def _parse_speaker(obj: Mapping[str, Any], text: str) -> tuple[Span, ...]:
    name = obj.get("speaker")
    offsets = _int_pair(obj, "speaker_start", "speaker_end", len(text))
    if offsets is None:
        if name is not None:
            raise _GoldFormatError('"speaker" is given without speaker_start/speaker_end')
        return ()
    mention = Span.of(text, *offsets)
    if name is not None and name != mention.text:
        raise _GoldFormatError(
            f'"speaker" {name!r} differs from the document at speaker_start/speaker_end '
            f"[{offsets[0]}:{offsets[1]}]: {mention.text!r}"
        )
    spans = [mention]
    for pair in obj.get("speaker_spans") or ():
        if not (isinstance(pair, list) and len(pair) == 2):
            raise _GoldFormatError('"speaker_spans" must be a list of [start, end] pairs')
        extra = _int_pair({"s": pair[0], "e": pair[1]}, "s", "e", len(text))
        if extra is not None and Span.of(text, *extra) not in spans:
            spans.append(Span.of(text, *extra))
    return tuple(spans)


def _parse_part(obj: Mapping[str, Any]) -> tuple[int, int]:
    part = obj.get("part")
    n_parts = obj.get("n_parts")
    part = 0 if part is None else part
    n_parts = 1 if n_parts is None else n_parts
    if not (_is_int(part) and _is_int(n_parts) and 0 <= part < n_parts):
        raise _GoldFormatError(f"part/n_parts ({part}/{n_parts}) must satisfy 0 <= part < n_parts")
    return part, n_parts


def _parse_cue(cue: object, text: str) -> str | None:
    if cue is None or isinstance(cue, str):
        return cue
    if not (isinstance(cue, dict) and isinstance(cue.get("text"), str)):
        raise _GoldFormatError('"cue" must be null, a string or an object with "text"')
    offsets = _int_pair(cue, "start", "end", len(text))
    if offsets is not None and text[offsets[0] : offsets[1]] != cue["text"]:
        raise _GoldFormatError(
            f'"cue" text {cue["text"]!r} differs from the document at [{offsets[0]}:{offsets[1]}]'
        )
    return cast(str, cue["text"])


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """The number of characters the half-open spans ``a`` and ``b`` share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def spans_match(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two (inner) spans match: identical, or overlapping by at least half
    of the longer one."""
    if a == b:
        return True
    shared = overlap(a, b)
    return shared > 0 and 2 * shared >= max(a[1] - a[0], b[1] - b[0])


def _greedy_match(
    preds: Sequence[tuple[int, int]], golds: Sequence[tuple[int, int]], *, exact: bool = False
) -> dict[int, int]:
    """Pair predictions with gold spans one-to-one: ``{pred index: gold index}``.

    Candidate pairs (identical spans if ``exact``, else :func:`spans_match`) are taken
    greedily by largest overlap; ties go to the smaller length difference, then to
    the earlier prediction and gold span.
    """
    candidates = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if (p == g) if exact else spans_match(p, g):
                size_gap = abs((p[1] - p[0]) - (g[1] - g[0]))
                candidates.append((-overlap(p, g), size_gap, i, j))
    candidates.sort()
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _neg, _gap, i, j in candidates:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def name_tokens(text: str) -> frozenset[str]:
    """The name tokens of a mention or name, for :func:`speaker_correct`.

    The text is split on whitespace and hyphens; punctuation is stripped from both
    ends of each token, which is then case-folded. Tokens shorter than 2 characters
    and :data:`NAME_STOPWORDS` are dropped: "RTL-Chefin Anke Schäferkordt" gives
    {"rtl", "chefin", "anke", "schäferkordt"}, "er" gives nothing.
    """
    tokens = set()
    for raw in _TOKEN_SPLIT.split(text):
        token = _EDGE_PUNCT.sub("", raw).casefold()
        if len(token) >= 2 and token not in NAME_STOPWORDS:
            tokens.add(token)
    return frozenset(tokens)


def speaker_correct(predicted: Speaker, gold: Sequence[Span]) -> bool:
    """Whether a predicted speaker fits the gold mention (given as its spans).

    Correct when the predicted mention span overlaps any gold span by at least one
    character, or when ``predicted.name`` shares a name token (:func:`name_tokens`)
    with the gold mention's text.
    """
    pred_span = (predicted.mention.start, predicted.mention.end)
    if any(overlap(pred_span, (g.start, g.end)) > 0 for g in gold):
        return True
    gold_tokens = frozenset().union(*(name_tokens(g.text) for g in gold))
    return bool(name_tokens(predicted.name) & gold_tokens)


# ---------------------------------------------------------------------------
# Result types
# ---------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


@attrs.frozen
class PRF:
    """Precision, recall and F1 from counts (each 0.0 when undefined)."""

    tp: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        """``tp / n_pred``."""
        return _ratio(self.tp, self.n_pred)

    @property
    def recall(self) -> float:
        """``tp / n_gold``."""
        return _ratio(self.tp, self.n_gold)

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        return _ratio(2 * self.tp, self.n_pred + self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rates as plain data."""
        return {
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class Accuracy:
    """``correct`` out of ``total`` (``value`` is 0.0 when ``total`` is 0)."""

    correct: int
    total: int

    @property
    def value(self) -> float:
        """``correct / total``."""
        return _ratio(self.correct, self.total)

    def to_dict(self) -> dict[str, Any]:
        """Counts and rate as plain data."""
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


@attrs.frozen
class RuleStats:
    """How one attribution rule (``Quote.rule``; ``"(none)"`` for ``None``) did.

    - ``count``: predicted quotes with this rule; ``speech``: those with a speaker;
    - ``matched``: speech predictions matched to a gold quote (``precision`` =
      matched / speech);
    - ``speaker``: accuracy over matched predictions whose gold quote has a speaker;
    - ``no_speaker_on_gold``: predictions without speaker that matched a gold quote
      in quote detection (speech the rule left unattributed).
    """

    rule: str
    count: int
    speech: int
    matched: int
    speaker: Accuracy
    no_speaker_on_gold: int

    @property
    def precision(self) -> float:
        """``matched / speech``."""
        return _ratio(self.matched, self.speech)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "rule": self.rule,
            "count": self.count,
            "speech": self.speech,
            "matched": self.matched,
            "precision": self.precision,
            "speaker": self.speaker.to_dict(),
            "no_speaker_on_gold": self.no_speaker_on_gold,
        }


@attrs.frozen
class KindStats:
    """Recall and speaker accuracy on one kind of gold quote (see :data:`KIND_LABELS`).

    ``detected``: gold quotes matched by any prediction; ``recalled``: matched by a
    prediction with a speaker (``recall`` = recalled / n_gold); ``speaker``: accuracy
    over recalled gold quotes that have a gold speaker.
    """

    kind: str
    n_gold: int
    detected: int
    recalled: int
    speaker: Accuracy

    @property
    def recall(self) -> float:
        """``recalled / n_gold``."""
        return _ratio(self.recalled, self.n_gold)

    @property
    def detection_recall(self) -> float:
        """``detected / n_gold``."""
        return _ratio(self.detected, self.n_gold)

    def to_dict(self) -> dict[str, Any]:
        """Plain data."""
        return {
            "kind": self.kind,
            "n_gold": self.n_gold,
            "detected": self.detected,
            "detection_recall": self.detection_recall,
            "recalled": self.recalled,
            "recall": self.recall,
            "speaker": self.speaker.to_dict(),
        }


def _span_dict(span: Span | None) -> dict[str, Any] | None:
    return None if span is None else {"start": span.start, "end": span.end, "text": span.text}


@attrs.frozen
class ErrorRecord:
    """One error, for inspection and the HTML report.

    ``kind``:

    - ``"missed"``: a gold quote that no prediction matched (nor any prediction
      without a speaker in quote detection);
    - ``"no_speaker"``: a gold quote matched by a predicted quote without a speaker
      (``predicted``/``rule`` are that quote's); with ``"missed"``, these are the
      false negatives of speech-quote recall;
    - ``"wrong_speaker"``: a speech-matched gold quote whose speaker is wrong;
    - ``"spurious"``: a predicted quote with a speaker that matched no gold quote.

    ``gold``/``predicted`` are inner spans; ``gold_speakers`` the gold mention's
    spans (empty when none; several when the gold quote was annotated with more
    than one speaker).
    """

    kind: ErrorKind
    doc_index: int
    doc_id: str
    gold: Span | None
    predicted: Span | None
    gold_speakers: tuple[Span, ...] = ()
    predicted_speaker: Span | None = None
    predicted_speaker_name: str | None = None
    rule: str | None = None

    @property
    def gold_speaker(self) -> Span | None:
        """The first gold speaker mention, or ``None``."""
        return self.gold_speakers[0] if self.gold_speakers else None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "kind": self.kind,
            "doc_index": self.doc_index,
            "doc_id": self.doc_id,
            "gold": _span_dict(self.gold),
            "predicted": _span_dict(self.predicted),
            "gold_speakers": [_span_dict(s) for s in self.gold_speakers],
            "predicted_speaker": _span_dict(self.predicted_speaker),
            "predicted_speaker_name": self.predicted_speaker_name,
            "rule": self.rule,
        }


@attrs.frozen
class EvaluationResult:
    """All the numbers of one evaluation run, plus the error records.

    ``n_gold`` counts gold quotes after merging annotations of the same inner span
    (``n_gold_annotations`` counts them before); ``n_gold_with_speaker`` those with
    at least one gold speaker. ``n_predicted``/``n_predicted_speech`` count all
    predicted quotes and those with a speaker.
    """

    n_docs: int
    n_gold: int
    n_gold_annotations: int
    n_gold_with_speaker: int
    n_predicted: int
    n_predicted_speech: int
    detection_exact: PRF
    detection: PRF
    speech: PRF
    speaker: Accuracy
    end_to_end: PRF
    by_rule: tuple[RuleStats, ...]
    by_kind: tuple[KindStats, ...]
    errors: tuple[ErrorRecord, ...]

    def error_counts(self) -> dict[str, int]:
        """How many errors of each kind, in :data:`ERROR_KINDS` order."""
        counts = Counter(e.kind for e in self.errors)
        return {kind: counts[kind] for kind in ERROR_KINDS}

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data (every number, the breakdowns and the errors)."""
        return {
            "n_docs": self.n_docs,
            "n_gold": self.n_gold,
            "n_gold_annotations": self.n_gold_annotations,
            "n_gold_with_speaker": self.n_gold_with_speaker,
            "n_predicted": self.n_predicted,
            "n_predicted_speech": self.n_predicted_speech,
            "detection_exact": self.detection_exact.to_dict(),
            "detection": self.detection.to_dict(),
            "speech": self.speech.to_dict(),
            "speaker_accuracy": self.speaker.to_dict(),
            "end_to_end": self.end_to_end.to_dict(),
            "by_rule": [r.to_dict() for r in self.by_rule],
            "by_kind": [k.to_dict() for k in self.by_kind],
            "error_counts": self.error_counts(),
            "errors": [e.to_dict() for e in self.errors],
        }

    def format(self) -> str:
        """A readable plain-text summary: the metrics table and the breakdowns."""
        return "\n".join(
            [
                *_format_header(self),
                "",
                *_format_metrics(self),
                "",
                *_format_rules(self.by_rule),
                "",
                *_format_kinds(self.by_kind),
                "",
                _format_errors(self.error_counts()),
            ]
        )


def _fmt(value: float, defined: bool = True) -> str:
    return f"{value:.3f}" if defined else "    -"


def _fmt_acc(acc: Accuracy) -> str:
    return f"{_fmt(acc.value, acc.total > 0)} ({acc.correct}/{acc.total})"


def _format_header(r: EvaluationResult) -> list[str]:
    return [
        f"documents: {r.n_docs}   gold quotes: {r.n_gold} ({r.n_gold_with_speaker} with a speaker)"
        f"   predicted: {r.n_predicted} ({r.n_predicted_speech} with a speaker)"
    ]


def _format_metrics(r: EvaluationResult) -> list[str]:
    head = f"{'metric':<28}{'P':>7}{'R':>7}{'F1':>7}{'TP':>7}{'pred':>7}{'gold':>7}"
    lines = [head, "-" * len(head)]
    for label, prf in (
        ("quote detection (exact)", r.detection_exact),
        ("quote detection (overlap)", r.detection),
        ("speech quotes", r.speech),
        ("end-to-end (quote+speaker)", r.end_to_end),
    ):
        lines.append(
            f"{label:<28}{_fmt(prf.precision):>7}{_fmt(prf.recall):>7}{_fmt(prf.f1):>7}"
            f"{prf.tp:>7}{prf.n_pred:>7}{prf.n_gold:>7}"
        )
    acc = r.speaker
    lines.append(
        f"{'speaker accuracy':<28}{_fmt(acc.value, acc.total > 0):>7}"
        f"  ({acc.correct} of {acc.total} matched gold quotes with a speaker)"
    )
    return lines


def _format_rules(rules: Sequence[RuleStats]) -> list[str]:
    head = f"{'by rule':<28}{'count':>7}{'speech':>7}{'match':>7}{'prec':>7}  speaker acc."
    lines = [head, "-" * len(head)]
    for s in rules:
        lines.append(
            f"{s.rule:<28}{s.count:>7}{s.speech:>7}{s.matched:>7}"
            f"{_fmt(s.precision, s.speech > 0):>7}  {_fmt_acc(s.speaker)}"
            + (f"  no speaker on gold: {s.no_speaker_on_gold}" if s.no_speaker_on_gold else "")
        )
    return lines


def _format_kinds(kinds: Sequence[KindStats]) -> list[str]:
    head = f"{'by gold kind':<28}{'gold':>7}{'det.':>7}{'recall':>7}  speaker acc."
    lines = [head, "-" * len(head)]
    for k in kinds:
        lines.append(
            f"{k.kind:<28}{k.n_gold:>7}{k.detected:>7}{_fmt(k.recall, k.n_gold > 0):>7}"
            f"  {_fmt_acc(k.speaker)}"
        )
    return lines


def _format_errors(counts: Mapping[str, int]) -> str:
    return "errors: " + ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())


# ---------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------


@attrs.frozen
class _GoldUnit:
    """The gold quotes of one document that share one inner span (scored once)."""

    span: Span
    quotes: tuple[GoldQuote, ...]

    @property
    def speakers(self) -> tuple[Span, ...]:
        spans: list[Span] = []
        for q in self.quotes:
            spans.extend(s for s in q.speaker_spans if s not in spans)
        return tuple(spans)

    @property
    def kinds(self) -> tuple[str, str]:
        first = self.quotes[0]
        return (
            "partial" if first.is_partial else "full sentence",
            "nested" if first.is_nested else "not nested",
        )


def _gold_units(doc: GoldDoc) -> list[_GoldUnit]:
    groups: dict[tuple[int, int], list[GoldQuote]] = {}
    for q in doc.quotes:
        groups.setdefault((q.start, q.end), []).append(q)
    return [_GoldUnit(qs[0].span, tuple(qs)) for qs in groups.values()]


class _RuleTally:
    """Mutable per-rule counts while scoring."""

    def __init__(self) -> None:
        self.count = self.speech = self.matched = 0
        self.judged = self.correct = self.no_speaker_on_gold = 0

    def freeze(self, rule: str) -> RuleStats:
        return RuleStats(
            rule,
            self.count,
            self.speech,
            self.matched,
            Accuracy(self.correct, self.judged),
            self.no_speaker_on_gold,
        )


class _KindTally:
    """Mutable per-kind counts while scoring."""

    def __init__(self) -> None:
        self.n_gold = self.detected = self.recalled = self.judged = self.correct = 0

    def freeze(self, kind: str) -> KindStats:
        return KindStats(
            kind, self.n_gold, self.detected, self.recalled, Accuracy(self.correct, self.judged)
        )


class _Tally:
    """Mutable corpus-level counts while scoring."""

    def __init__(self) -> None:
        self.c: Counter[str] = Counter()
        self.rules: dict[str, _RuleTally] = {}
        self.kinds: dict[str, _KindTally] = {k: _KindTally() for k in KIND_LABELS}
        self.errors: list[ErrorRecord] = []

    def rule(self, name: str | None) -> _RuleTally:
        return self.rules.setdefault("(none)" if name is None else name, _RuleTally())

    def freeze(self, n_docs: int) -> EvaluationResult:
        c = self.c
        by_rule = sorted(self.rules.items(), key=lambda kv: (-kv[1].count, kv[0]))
        return EvaluationResult(
            n_docs=n_docs,
            n_gold=c["gold"],
            n_gold_annotations=c["gold_annotations"],
            n_gold_with_speaker=c["gold_speaker"],
            n_predicted=c["pred"],
            n_predicted_speech=c["pred_speech"],
            detection_exact=PRF(c["exact_tp"], c["pred"], c["gold"]),
            detection=PRF(c["det_tp"], c["pred"], c["gold"]),
            speech=PRF(c["speech_tp"], c["pred_speech"], c["gold"]),
            speaker=Accuracy(c["speaker_correct"], c["speaker_judged"]),
            end_to_end=PRF(
                c["speaker_correct"], c["pred_speech"] - c["speech_on_unspoken"], c["gold_speaker"]
            ),
            by_rule=tuple(t.freeze(name) for name, t in by_rule),
            by_kind=tuple(self.kinds[k].freeze(k) for k in KIND_LABELS),
            errors=tuple(self.errors),
        )


def score(gold_docs: Sequence[GoldDoc], predictions: Sequence[Sequence[Quote]]) -> EvaluationResult:
    """Score ``predictions[i]`` (the quotes predicted for ``gold_docs[i].text``).

    Pure: no parsing happens here. Raises :class:`ValueError` when the sequences
    differ in length or a predicted quote's offsets do not fit its document.
    """
    if len(gold_docs) != len(predictions):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(predictions)} prediction lists")
    tally = _Tally()
    for index, (doc, preds) in enumerate(zip(gold_docs, predictions, strict=True)):
        _check_predictions(doc, preds)
        _score_doc(index, doc, list(preds), tally)
    return tally.freeze(len(gold_docs))


def evaluate(
    gold_docs: Sequence[GoldDoc],
    predict: Callable[[str], Sequence[Quote]],
    *,
    progress: bool = False,
) -> EvaluationResult:
    """Run ``predict`` on every document's text and :func:`score` the results.

    With ``progress=True`` a tqdm progress bar is written to stderr (skipped
    quietly if tqdm is not installed).
    """
    predictions = [list(predict(doc.text)) for doc in _progress(gold_docs, progress)]
    return score(gold_docs, predictions)


def _progress(items: Sequence[_T], enabled: bool) -> Iterable[_T]:
    if not enabled:
        return items
    try:
        tqdm = importlib.import_module("tqdm")
    except ImportError:
        return items
    bar = tqdm.tqdm(items, total=len(items), desc="evaluating", unit="doc", file=sys.stderr)
    return cast(Iterable[_T], bar)


def _check_predictions(doc: GoldDoc, preds: Sequence[Quote]) -> None:
    for k, q in enumerate(preds):
        spans = [q.span] + ([q.speaker.mention] if q.speaker is not None else [])
        for span in spans:
            if doc.text[span.start : span.end] != span.text:
                raise ValueError(
                    f"document {doc.id!r}, predicted quote {k}: span [{span.start}:{span.end}] "
                    f"{span.text!r} does not match the document text"
                )


def _score_doc(index: int, doc: GoldDoc, preds: list[Quote], tally: _Tally) -> None:
    units = _gold_units(doc)
    gold_spans = [(u.span.start, u.span.end) for u in units]
    pred_spans = [(q.start, q.end) for q in preds]
    speech_ids = [i for i, q in enumerate(preds) if q.speaker is not None]
    detected = _greedy_match(pred_spans, gold_spans)
    speech = {
        speech_ids[k]: j
        for k, j in _greedy_match([pred_spans[i] for i in speech_ids], gold_spans).items()
    }
    c = tally.c
    c["gold"] += len(units)
    c["gold_annotations"] += len(doc.quotes)
    c["gold_speaker"] += sum(1 for u in units if u.speakers)
    c["pred"] += len(preds)
    c["pred_speech"] += len(speech_ids)
    c["exact_tp"] += len(_greedy_match(pred_spans, gold_spans, exact=True))
    c["det_tp"] += len(detected)
    c["speech_tp"] += len(speech)
    judged = _score_gold_units(index, doc, preds, units, detected, speech, tally)
    _score_predictions(index, doc, preds, detected, speech, judged, tally)


def _score_gold_units(
    index: int,
    doc: GoldDoc,
    preds: list[Quote],
    units: list[_GoldUnit],
    detected: dict[int, int],
    speech: dict[int, int],
    tally: _Tally,
) -> dict[int, bool]:
    """Count recall, speaker accuracy and gold-side errors; return {pred: speaker ok}."""
    gold_to_det = {j: i for i, j in detected.items()}
    gold_to_speech = {j: i for i, j in speech.items()}
    judged: dict[int, bool] = {}
    for j, unit in enumerate(units):
        kinds = [tally.kinds[k] for k in unit.kinds]
        for kt in kinds:
            kt.n_gold += 1
            kt.detected += j in gold_to_det
            kt.recalled += j in gold_to_speech
        if j not in gold_to_speech:
            tally.errors.append(_miss_record(index, doc, unit, preds, gold_to_det.get(j)))
            continue
        i = gold_to_speech[j]
        if not unit.speakers:
            tally.c["speech_on_unspoken"] += 1
            continue
        ok = speaker_correct(cast(Speaker, preds[i].speaker), unit.speakers)
        judged[i] = ok
        tally.c["speaker_judged"] += 1
        tally.c["speaker_correct"] += ok
        for kt in kinds:
            kt.judged += 1
            kt.correct += ok
        if not ok:
            tally.errors.append(_record("wrong_speaker", index, doc, unit, preds[i]))
    return judged


def _score_predictions(
    index: int,
    doc: GoldDoc,
    preds: list[Quote],
    detected: dict[int, int],
    speech: dict[int, int],
    judged: dict[int, bool],
    tally: _Tally,
) -> None:
    """Count per-rule numbers and spurious predictions."""
    for i, q in enumerate(preds):
        rt = tally.rule(q.rule)
        rt.count += 1
        if q.speaker is None:
            rt.no_speaker_on_gold += i in detected
            continue
        rt.speech += 1
        if i not in speech:
            tally.errors.append(_record("spurious", index, doc, None, q))
            continue
        rt.matched += 1
        if i in judged:
            rt.judged += 1
            rt.correct += judged[i]


def _miss_record(
    index: int, doc: GoldDoc, unit: _GoldUnit, preds: list[Quote], det: int | None
) -> ErrorRecord:
    if det is not None and preds[det].speaker is None:
        return _record("no_speaker", index, doc, unit, preds[det])
    return _record("missed", index, doc, unit, None)


def _record(
    kind: ErrorKind, index: int, doc: GoldDoc, unit: _GoldUnit | None, pred: Quote | None
) -> ErrorRecord:
    speaker = pred.speaker if pred is not None else None
    return ErrorRecord(
        kind=kind,
        doc_index=index,
        doc_id=doc.id,
        gold=unit.span if unit is not None else None,
        predicted=pred.span if pred is not None else None,
        gold_speakers=unit.speakers if unit is not None else (),
        predicted_speaker=speaker.mention if speaker is not None else None,
        predicted_speaker_name=speaker.name if speaker is not None else None,
        rule=pred.rule if pred is not None else None,
    )


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------

_PROG: Final = "python -m quoteattr.evaluation"


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Score quoteattr's quotations and speakers against gold JSONL annotation.",
    )
    parser.add_argument("gold", type=Path, help="gold annotation, JSON Lines (one document a line)")
    parser.add_argument("--model-dir", help="directory with the Stanza German models")
    parser.add_argument("--errors", type=Path, metavar="OUT.html", help="write an error report")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write all numbers as JSON")
    parser.add_argument("--limit", type=_positive_int, metavar="N", help="first N documents only")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )
    return parser


def _fail(message: object) -> int:
    text = " ".join(str(message).split())
    print(f"{_PROG}: error: {text}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """The command line: evaluate quoteattr on a gold file; returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except FileNotFoundError:
        return _fail(f"no such file: {args.gold}")
    except (OSError, ValueError) as exc:
        return _fail(exc)
    if args.limit is not None:
        gold = gold[: args.limit]
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        from quoteattr._extractor import QuoteExtractor

        extractor = QuoteExtractor(model_dir=args.model_dir)
        result = evaluate(gold, extractor.extract, progress=progress)
    except QuoteattrError as exc:
        return _fail(exc)
    print(result.format())
    return _write_outputs(args, gold, result)


def _write_outputs(args: argparse.Namespace, gold: list[GoldDoc], result: EvaluationResult) -> int:
    try:
        if args.json is not None:
            payload = json.dumps(result.to_dict(), ensure_ascii=False, indent=2)
            args.json.write_text(payload + "\n", encoding="utf-8")
            print(f"wrote {args.json}", file=sys.stderr)
        if args.errors is not None:
            from quoteattr._report import render_errors_html

            args.errors.write_text(render_errors_html(gold, result), encoding="utf-8")
            print(f"wrote {args.errors}", file=sys.stderr)
    except OSError as exc:
        return _fail(exc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
