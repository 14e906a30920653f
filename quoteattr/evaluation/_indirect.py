"""Scoring indirect speech: gold items from ``other_quotes``, predictions of kind
``"indirect"``, matched by shared characters.

- A gold *item* is one annotation of type ``Indirect`` or ``IndirectFreeIndirect`` in a
  document's ``other_quotes``; its parts (records with the same ``annotation_id`` and
  type) are one item, its characters the union of theirs. A predicted item is one
  indirect quotation, its parts (same ``group``) together.
- A prediction *matches* a gold item when the characters they share are at least half
  of each; pairs are taken one-to-one, greedily by most shared characters.
- *Message* P/R/F1 counts matched items; *speaker accuracy* is judged on matched gold
  items with a speaker (:func:`~quoteattr.evaluation.speaker_correct`, a missing
  predicted speaker is wrong); *message + speaker* counts a matched item as right when
  its speaker is right (or, for a gold item without a speaker, when none is predicted).
- Every gold item has a *construction* (:func:`construction`), for a per-construction
  breakdown of recall and speaker accuracy.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from quoteattr._german import german
from quoteattr._model import Quote, Span, Speaker
from quoteattr.evaluation._matching import speaker_correct
from quoteattr.evaluation._results import PRF, Accuracy

__all__ = [
    "CONSTRUCTIONS",
    "INDIRECT_TYPES",
    "GoldIndirect",
    "IndirectResult",
    "construction",
    "gold_indirect",
    "score_indirect",
]

#: The ``other_quotes`` types scored as indirect speech.
INDIRECT_TYPES: tuple[str, ...] = ("Indirect", "IndirectFreeIndirect")
#: The constructions of the per-construction breakdown.
CONSTRUCTIONS: tuple[str, ...] = (
    "dass/ob/w-clause",
    "marker",
    "zu-infinitive",
    "other clause",
    "continuation",
)


@attrs.frozen
class GoldIndirect:
    """One gold indirect-speech item: its message parts, speaker spans and construction."""

    parts: tuple[Span, ...]
    speakers: tuple[Span, ...]
    type: str
    cue: str | None
    construction: str

    @property
    def chars(self) -> frozenset[int]:
        return frozenset(k for p in self.parts for k in range(p.start, p.end))


def construction(kind: str, message: str, cue: str | None) -> str:
    """The construction of a gold item, from its type, message and cue text."""
    if kind == "IndirectFreeIndirect":
        return "continuation"
    lang = german()
    words = message.split()
    first = words[0].lower().strip(",") if words else ""
    cue_words = (cue or "").lower().split()
    if first in lang.clause_words and first not in lang.indirect_markers:
        return "dass/ob/w-clause"
    if cue_words and (cue_words[0] in lang.indirect_markers or cue_words[-1] == "zufolge"):
        return "marker"
    if len(words) >= 2 and (words[-2].lower() == "zu" or words[-1].lower().startswith("zu")):
        return "zu-infinitive"
    return "other clause"


def gold_indirect(text: str, other_quotes: Sequence[Mapping[str, Any]]) -> list[GoldIndirect]:
    """The gold items of one document's ``other_quotes`` records (the other types are
    left out). Raises ``ValueError`` for a record whose offsets do not fit the text."""
    groups: dict[tuple[object, str], list[Mapping[str, Any]]] = {}
    for k, rec in enumerate(other_quotes):
        kind = rec.get("type")
        if kind not in INDIRECT_TYPES:
            continue
        start, end = rec.get("start"), rec.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)):
            raise ValueError(f"other_quotes[{k}]: start/end {start!r}/{end!r} do not fit the text")
        key = (rec.get("annotation_id", f"#{k}"), str(kind))
        groups.setdefault(key, []).append(rec)
    out = []
    for (_, kind), recs in groups.items():
        recs = sorted(recs, key=lambda r: int(r["start"]))
        parts = tuple(Span.of(text, int(r["start"]), int(r["end"])) for r in recs)
        speakers: list[Span] = []
        for r in recs:
            s, e = r.get("speaker_start"), r.get("speaker_end")
            if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text):
                span = Span.of(text, s, e)
                if span not in speakers:
                    speakers.append(span)
        cue = next((c.get("text") for r in recs if isinstance(c := r.get("cue"), Mapping)), None)
        message = " ".join(p.text for p in parts)
        out.append(
            GoldIndirect(parts, tuple(speakers), kind, cue, construction(kind, message, cue))
        )
    return sorted(out, key=lambda g: g.parts[0].start)


@attrs.frozen
class ConstructionStats:
    """Recall and speaker accuracy for one construction."""

    construction: str
    n_gold: int
    matched: int
    speaker: Accuracy


@attrs.frozen
class IndirectResult:
    """Scores for indirect speech over a set of documents."""

    n_gold: int
    n_predicted: int
    message: PRF
    speaker: Accuracy
    message_speaker: PRF
    by_construction: tuple[ConstructionStats, ...]

    def format(self) -> str:
        """The scores as a plain-text report."""
        lines = [
            f"Indirect speech: {self.n_gold} gold items, {self.n_predicted} predicted",
            f"  message            P {self.message.precision:.3f}  R {self.message.recall:.3f}"
            f"  F1 {self.message.f1:.3f}",
            f"  speaker accuracy   {self.speaker.value:.3f}"
            f" ({self.speaker.correct}/{self.speaker.total})",
            f"  message + speaker  P {self.message_speaker.precision:.3f}"
            f"  R {self.message_speaker.recall:.3f}  F1 {self.message_speaker.f1:.3f}",
            "  by construction (gold items, recall, speaker accuracy):",
        ]
        for c in self.by_construction:
            recall = c.matched / c.n_gold if c.n_gold else 0.0
            lines.append(
                f"    {c.construction:<18} {c.n_gold:5d}  {recall:.3f}  {c.speaker.value:.3f}"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


def _predicted_items(preds: Sequence[Quote]) -> list[list[Quote]]:
    groups: dict[int, list[Quote]] = {}
    for q in preds:
        if q.kind == "indirect":
            groups.setdefault(q.group, []).append(q)
    return [groups[g] for g in sorted(groups)]


def score_indirect(
    golds: Sequence[Sequence[GoldIndirect]], predictions: Sequence[Sequence[Quote]]
) -> IndirectResult:
    """Score the indirect quotations of ``predictions[i]`` against ``golds[i]``."""
    if len(golds) != len(predictions):
        raise ValueError(f"{len(golds)} gold documents but {len(predictions)} prediction lists")
    c: Counter[str] = Counter()
    per: dict[str, Counter[str]] = {k: Counter() for k in CONSTRUCTIONS}
    for gold, preds in zip(golds, predictions, strict=True):
        items = _predicted_items(preds)
        pchars = [frozenset(k for q in it for k in range(q.start, q.end)) for it in items]
        gchars = [g.chars for g in gold]
        pairs = []
        for i, pc in enumerate(pchars):
            for j, gc in enumerate(gchars):
                shared = len(pc & gc)
                if shared and 2 * shared >= len(pc) and 2 * shared >= len(gc):
                    pairs.append((-shared, i, j))
        pairs.sort()
        used_p: set[int] = set()
        matched: dict[int, int] = {}
        for _, i, j in pairs:
            if i not in used_p and j not in matched:
                used_p.add(i)
                matched[j] = i
        c["gold"] += len(gold)
        c["pred"] += len(items)
        for j, item in enumerate(gold):
            tally = per[item.construction]
            tally["gold"] += 1
            if j not in matched:
                continue
            c["tp"] += 1
            tally["tp"] += 1
            speaker: Speaker | None = items[matched[j]][0].speaker
            if item.speakers:
                ok = speaker is not None and speaker_correct(speaker, item.speakers)
                c["judged"] += 1
                c["correct"] += ok
                tally["judged"] += 1
                tally["correct"] += ok
            else:
                ok = speaker is None
            c["both"] += ok
    return IndirectResult(
        n_gold=c["gold"],
        n_predicted=c["pred"],
        message=PRF(c["tp"], c["pred"], c["gold"]),
        speaker=Accuracy(c["correct"], c["judged"]),
        message_speaker=PRF(c["both"], c["pred"], c["gold"]),
        by_construction=tuple(
            ConstructionStats(
                k, per[k]["gold"], per[k]["tp"], Accuracy(per[k]["correct"], per[k]["judged"])
            )
            for k in CONSTRUCTIONS
        ),
    )
