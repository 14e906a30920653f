"""Selective parsing: run Stanza where attribution looks, and only there.

A news article holds a few quotations in many sentences, and almost all of
quoteattr's cost is the Stanza pipeline. So, per document:

1. **Paragraphs.** Only paragraphs (text between blank lines, as
   :func:`quoteattr._marks.paragraphs` defines them; a single line break inside a
   wrapped paragraph is no break) that hold a quotation, and the paragraph on either
   side of one (a speaker introduced in the paragraph before, a cue in the one after),
   go through Stanza's tokenizer, joined into one compact text.
2. **Sentences.** Of those, the sentences that touch a quotation and one on either
   side get the expensive processors (pos, lemma, depparse, and ner where the pipeline
   has it), and the rules run. A second pass parses only what that result asks for (the
   sentences reported speech looks back to, the first mention of a speaker's name) and
   attributes those documents again: :func:`attribute_selectively`.
3. **The rest** stays in the :class:`~quoteattr._parse.Parse` as words without tags
   (tokenized sentences), or as words split by a regular expression (paragraphs that
   never reached Stanza), so sentence order and offsets are those of the full text.
   Speaker resolution still finds a name there when it repeats a name token seen in a
   parsed sentence ("Trump" after "Donald Trump").

Documents are processed in batches: each stage runs once over all documents of a
batch through Stanza's ``bulk_process``, so a GPU sees large batches.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from quoteattr._abbreviations import tokenizer_text
from quoteattr._limits import cut_gaps, warn_cut
from quoteattr._marks import paragraphs as text_paragraphs
from quoteattr._model import Quote
from quoteattr._parse import Parse, Word, parse_document, sentence_words
from quoteattr._shallow import guess_names, shallow_sentences, shallow_words
from quoteattr.attribution import attribute_quotes, reach, wants_earlier_sentences

__all__ = [
    "SENTENCES_AFTER",
    "SENTENCES_BEFORE",
    "Selection",
    "attribute_selectively",
    "parse_full",
    "parse_more",
    "parse_selective",
    "tokenize",
]

#: Sentences before a quotation that the first pass parses (a speaker introduced just
#: before). Rules that read further back (``Rule.before`` larger) get more in the second
#: pass, where their ``wants_more`` asks for it.
SENTENCES_BEFORE = 1
#: Sentences after a quotation that every pass parses: as many as any rule reads
#: („…“ Das sagte X.).
SENTENCES_AFTER = reach()[1]
#: Processors that find tokens and sentences; every later one is run selectively.
_TOKENIZING = ("tokenize", "mwt")


@attrs.frozen
class _Plan:
    """Which stretches of one document go to Stanza's tokenizer."""

    text: str
    quotes: tuple[Quote, ...]
    #: (start, end) of the paragraphs sent to the tokenizer, in order.
    pieces: tuple[tuple[int, int], ...]
    #: (start, end) of the paragraphs that are only split by a regular expression.
    shallow: tuple[tuple[int, int], ...]
    compact: str
    #: compact-text offset where each piece starts.
    starts: tuple[int, ...]

    #: How many cuts split over-long stretches of text (:func:`~quoteattr._limits.cut_gaps`).
    cuts: int = 0

    @classmethod
    def of(cls, text: str, quotes: Sequence[Quote]) -> _Plan:
        # Paragraphs, over-long ones cut into pieces that go to Stanza separately.
        paragraphs, cuts = _cut(text, text_paragraphs(text), _marks(quotes))
        # The paragraphs each quotation overlaps, found by bisection on the (sorted,
        # disjoint) paragraph starts: O((paragraphs + quotations) log paragraphs).
        starts_at = [start for start, _ in paragraphs]
        touched: set[int] = set()
        for q in quotes:
            k = max(0, bisect.bisect_right(starts_at, q.outer.start) - 1)
            while k < len(paragraphs) and paragraphs[k][0] < q.outer.end:
                if q.outer.start < paragraphs[k][1]:
                    touched.add(k)
                k += 1
        chosen = {j for k in touched for j in (k - 1, k, k + 1) if 0 <= j < len(paragraphs)}
        pieces = tuple(paragraphs[k] for k in sorted(chosen))
        shallow = tuple(p for k, p in enumerate(paragraphs) if k not in chosen)
        compact, starts = _join(text, pieces)
        return cls(text, tuple(quotes), pieces, shallow, compact, starts, cuts)

    def to_original(self, offset: int) -> int:
        """Map an offset into the compact text back to the caller's text."""
        return _to_original(self.pieces, self.starts, offset)


def _join(text: str, pieces: Sequence[tuple[int, int]]) -> tuple[str, tuple[int, ...]]:
    """The ``pieces`` of ``text`` as one compact text, each a paragraph of its own, and
    the compact-text offset where each starts."""
    starts, parts, at = [], [], 0
    for start, end in pieces:
        starts.append(at)
        parts.append(text[start:end])
        at += end - start + 2
    return "\n\n".join(parts), tuple(starts)


def _to_original(pieces: Sequence[tuple[int, int]], starts: Sequence[int], offset: int) -> int:
    k = max(0, bisect.bisect_right(starts, offset) - 1)
    return pieces[k][0] + (offset - starts[k])


def _marks(quotes: Sequence[Quote]) -> list[int]:
    """Offsets of the quotations' opening and closing marks."""
    return [m for q in quotes for m in (q.outer.start, max(q.outer.start, q.outer.end - 1))]


def _cut(
    text: str, ranges: Sequence[tuple[int, int]], marks: Sequence[int]
) -> tuple[list[tuple[int, int]], int]:
    """``ranges`` with each over-long one cut into pieces at :func:`cut_gaps`; and how
    many cuts were made."""
    out: list[tuple[int, int]] = []
    cuts = 0
    for start, end in ranges:
        gaps = cut_gaps(text, start, end, marks)
        cuts += len(gaps)
        at = start
        for gap_start, gap_end in gaps:
            out.append((at, gap_start))
            at = gap_end
        out.append((at, end))
    return out, cuts


def parse_full(
    nlp: Any, texts: Sequence[str], quotes: Sequence[Sequence[Quote]] | None = None
) -> list[Parse]:
    """Every sentence of every text through the whole pipeline, in one bulk call.

    Over-long stretches without a sentence end are cut first (:mod:`quoteattr._limits`),
    away from the marks of ``quotes`` (each text's quotations) where possible, with a
    :class:`~quoteattr.LongSentenceWarning`."""
    from stanza.models.common.doc import Document

    layouts = []
    for k, text in enumerate(texts):
        marks = _marks(quotes[k]) if quotes is not None else []
        pieces, cuts = _cut(text, text_paragraphs(text), marks)
        if cuts:
            warn_cut(cuts, stacklevel=3)
            compact, starts = _join(text, pieces)
            layouts.append((compact, pieces, starts))
        else:
            layouts.append((text, [], ()))
    docs = nlp.bulk_process(
        [Document([], text=tokenizer_text(compact)) for compact, _, _ in layouts]
    )
    out = []
    for doc, text, (compact, pieces, starts) in zip(docs, texts, layouts, strict=True):
        parse = parse_document(doc, compact)
        if pieces:
            parse = _remapped(parse, text, pieces, starts)
        out.append(parse)
    return out


def _remapped(
    parse: Parse, text: str, pieces: Sequence[tuple[int, int]], starts: Sequence[int]
) -> Parse:
    """A parse of a compact text with its offsets mapped back to ``text``."""

    def back(offset: int) -> int:
        return _to_original(pieces, starts, offset)

    words = tuple(attrs.evolve(w, start=back(w.start), end=back(w.end)) for w in parse.words)
    entities = tuple((back(s), back(e), kind) for s, e, kind in parse.entities)
    return Parse(text=text, words=words, sentences=parse.sentences, entities=entities)


@attrs.define
class Selection:
    """One document on its way through selective parsing: tokenized once, then parsed
    sentence by sentence as attribution asks for more (:func:`parse_more`)."""

    plan: _Plan
    #: The compact text tokenized by Stanza (a ``stanza.Document``).
    doc: Any
    #: (start, end) of each tokenized sentence in the caller's text.
    spans: list[tuple[int, int]]
    #: Indices of the tokenized sentences that have the full parse.
    parsed: set[int] = attrs.field(factory=set)

    def window(self, quotes: Sequence[Quote], before: int, after: int) -> set[int]:
        """The sentences touching ``quotes``, with ``before``/``after`` on each side."""
        ends = [e for _, e in self.spans]
        chosen: set[int] = set()
        for q in quotes:
            first = bisect.bisect_right(ends, q.outer.start)  # first sentence ending after
            last = first
            while last < len(self.spans) and self.spans[last][0] < q.outer.end:
                last += 1
            if last > first:
                chosen.update(range(max(0, first - before), min(len(self.spans), last + after)))
        return chosen

    def first_mentions(self, names: Iterable[str]) -> set[int]:
        """Unparsed sentences holding the first mention of one of ``names`` (the tokens
        of speaker names): where a person is introduced in full (Die Regisseurin Selin
        Aydın …) before a quotation names them short (… sagte Aydın)."""
        wanted = set(names)
        out: set[int] = set()
        for k, sent in enumerate(self.doc.sentences):
            if not wanted:
                break
            found = wanted.intersection(w.text for w in sent.words)
            if found and k not in self.parsed:
                out.add(k)
            wanted -= found
        return out

    def parse(self) -> Parse:
        """The document's words in text order: parsed sentences, tokenized-only sentences
        and regex-split paragraphs, with offsets into the caller's text."""
        plan = self.plan
        units: list[tuple[int, Any, bool]] = []  # (start, sentence or tokens, parsed?)
        for k, sent in enumerate(self.doc.sentences):
            units.append((self.spans[k][0], sent, k in self.parsed))
        for start, end in plan.shallow:
            for tokens in shallow_sentences(plan.text, start, end):
                units.append((tokens[0][0], tokens, False))
        units.sort(key=lambda u: u[0])

        words: list[Word] = []
        bounds: list[tuple[int, int]] = []
        entities: list[tuple[int, int, str]] = []
        for s_idx, (_, unit, parsed) in enumerate(units):
            first = len(words)
            if isinstance(unit, list):
                words.extend(guess_names(shallow_words(plan.text, unit, s_idx, first)))
                bounds.append((first, len(words)))
                continue
            offsets = [
                (plan.to_original(t.start_char), plan.to_original(t.end_char)) for t in unit.tokens
            ]
            sent_words = sentence_words(unit, offsets, s_idx, first)
            if not parsed:  # tokenized only: no tags, no heads
                sent_words = guess_names(sent_words)
            words.extend(sent_words)
            for ent in (getattr(unit, "ents", None) or ()) if parsed else ():
                entities.append(
                    (plan.to_original(ent.start_char), plan.to_original(ent.end_char), ent.type)
                )
            bounds.append((first, len(words)))
        return Parse(
            text=plan.text, words=tuple(words), sentences=tuple(bounds), entities=tuple(entities)
        )


def tokenize(nlp: Any, jobs: Sequence[tuple[str, Sequence[Quote]]]) -> list[Selection]:
    """Stage one for a batch of ``(text, quotes)``: the paragraphs near quotations through
    the tokenizer (and mwt), in one bulk call per processor."""
    from stanza.models.common.doc import Document

    plans = [_Plan.of(text, quotes) for text, quotes in jobs]
    for plan in plans:
        if plan.cuts:
            warn_cut(plan.cuts, stacklevel=4)
    docs = [Document([], text=tokenizer_text(p.compact)) for p in plans]
    for name in _TOKENIZING:
        if name in nlp.processors:
            docs = nlp.processors[name].bulk_process(docs)
    out = []
    for plan, doc in zip(plans, docs, strict=True):
        spans = [
            (plan.to_original(s.tokens[0].start_char), plan.to_original(s.tokens[-1].end_char))
            for s in doc.sentences
        ]
        out.append(Selection(plan, doc, spans))
    return out


def parse_more(nlp: Any, selections: Sequence[Selection], wanted: Sequence[set[int]]) -> None:
    """Stage two: give the ``wanted`` sentences of each selection the full parse (every
    processor after the tokenizer), in one bulk call per processor. Sentences parsed
    before are not parsed again."""
    subs, todo = [], []
    for sel, want in zip(selections, wanted, strict=True):
        new = sorted(want - sel.parsed)
        if new:
            subs.append(_subdocument([sel.doc.sentences[k] for k in new]))
            todo.append((sel, new))
    if not subs:
        return
    for name, proc in nlp.processors.items():
        if name not in _TOKENIZING:
            subs = proc.bulk_process(subs)
    for sel, new in todo:
        sel.parsed.update(new)


def parse_selective(
    nlp: Any,
    jobs: Sequence[tuple[str, Sequence[Quote]]],
    *,
    before: int = SENTENCES_BEFORE,
    after: int = SENTENCES_AFTER,
) -> list[Parse]:
    """The first pass alone: one :class:`Parse` per ``(text, quotes)``, fully parsed
    ``before`` and ``after`` sentences around each quotation (by default
    :data:`SENTENCES_BEFORE` and :data:`SENTENCES_AFTER`; indirect speech asks for the
    candidate sentences and the one before each)."""
    if (before, after) == (SENTENCES_BEFORE, SENTENCES_AFTER):
        return [s.parse() for s in _first_pass(nlp, jobs)]
    selections = tokenize(nlp, jobs)
    parse_more(nlp, selections, [s.window(s.plan.quotes, before, after) for s in selections])
    return [s.parse() for s in selections]


def attribute_selectively(
    nlp: Any, jobs: Sequence[tuple[str, Sequence[Quote]]]
) -> list[list[Quote]]:
    """The attributed quotations of each ``(text, quotes)``, parsing no more than needed.

    The first pass parses the window around each quotation and attributes. Then, per
    document, only what that result asks for: the sentences further back for a quotation
    reported speech might still take (:func:`wants_earlier_sentences`), and the sentence
    where a speaker's name first appears (its full form); that document is attributed
    again. Texts without quotations need no parse at all; callers skip them.
    """
    selections = _first_pass(nlp, jobs)
    results: list[list[Quote]] = []
    again: list[tuple[int, set[int]]] = []
    for k, sel in enumerate(selections):
        parse = sel.parse()
        quotes = attribute_quotes(parse, sel.plan.quotes)
        results.append(quotes)
        unsure = [q for q in quotes if wants_earlier_sentences(parse, q, SENTENCES_BEFORE)]
        speakers = {
            token
            for q in quotes
            if q.speaker is not None
            for token in q.speaker.name.split()
            if token[:1].isupper()
        }
        more = sel.window(unsure, reach()[0], SENTENCES_AFTER)
        more |= sel.first_mentions(speakers)
        more -= sel.parsed
        if more:
            again.append((k, more))
    if again:
        parse_more(nlp, [selections[k] for k, _ in again], [more for _, more in again])
        for k, _ in again:
            results[k] = attribute_quotes(selections[k].parse(), selections[k].plan.quotes)
    return results


def _first_pass(nlp: Any, jobs: Sequence[tuple[str, Sequence[Quote]]]) -> list[Selection]:
    selections = tokenize(nlp, jobs)
    parse_more(
        nlp,
        selections,
        [s.window(s.plan.quotes, SENTENCES_BEFORE, SENTENCES_AFTER) for s in selections],
    )
    return selections


def _subdocument(sentences: list[Any]) -> Any:
    """A document of some of another's sentences, shared, not copied: the later
    processors annotate sentence objects (as Stanza's own bulk_process does)."""
    from stanza.models.common.doc import Document

    sub = Document([])
    sub.sentences = sentences
    sub.num_tokens = sum(len(s.tokens) for s in sentences)
    sub.num_words = sum(len(s.words) for s in sentences)
    return sub
