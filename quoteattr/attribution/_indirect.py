"""Indirect speech: who said what without quotation marks.

The candidate stage proposes sentences (:mod:`quoteattr._indirect_finder`); here the
parse of each decides whether it reports speech, narrows it to the *message* (the
clause without its frame) and finds the speaker. The data flow differs from direct
quotations, whose extent the marks fix before any rule runs: an indirect rule reads one
parsed sentence and returns a :class:`Finding` (the construction, the message as
character ranges, the speaker word, the cue), and :func:`attribute_indirect` turns it
into one :class:`~quoteattr.Quote` of kind ``"indirect"`` per message part, with the
speaker resolved by the document's :class:`~quoteattr._speakers.People`, the speaker
model of direct quotations. The rules never see direct quotations, and direct
quotations never pass through them.

The rules, tried in this order on each candidate sentence (the first that fires
decides): :func:`speech_clause` (a speech cue with its dass/ob/w-clause, Konjunktiv
clause or zu-infinitive), :func:`source_marker` (laut X, X zufolge, nach Angaben von X,
so X, wie X mitteilte) and :func:`continuation` (a Konjunktiv-I sentence continuing the
statement before it in the paragraph).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quoteattr._model import Cue, Quote, Span, Speaker
from quoteattr._parse import Parse, Word
from quoteattr._speakers import People, is_plausible_speaker
from quoteattr.attribution._markers import _according_source
from quoteattr.attribution._syntax import (
    cue_verb,
    noun_phrase,
    phrase_head,
    span_of,
    subject_of,
)

__all__ = [
    "INDIRECT_RULES",
    "Finding",
    "attribute_indirect",
    "continuation",
    "source_marker",
    "speech_clause",
]

#: Relations under which a speech verb's content clause hangs.
_CONTENT_RELS = ("ccomp", "xcomp", "parataxis", "advcl", "csubj", "acl", "conj")
#: Relations under which a speech verb hangs on the message it frames (…, sagte er).
_FRAME_RELS = ("parataxis", "ccomp", "advcl", "conj", "dep", "acl")
#: Sentences back that a continuation looks for the statement it continues.
_CONTINUATION_REACH = 3
#: A message shorter than this (in words, punctuation not counted) is no statement.
_MIN_WORDS = 3


@attrs.frozen
class Finding:
    """What an indirect rule found in one sentence."""

    #: the rule that found it
    rule: str
    #: the construction: "clause", "zu-infinitive", "marker", "continuation"
    construction: str
    #: the message as (start, end) character ranges, in order
    message: tuple[tuple[int, int], ...]
    #: the word heading the speaker mention, if the sentence names one
    speaker: Word | None
    cue: Cue | None
    confidence: float
    #: for a continuation: the statement it continues (its speaker is this one's)
    continues: Quote | None = None


@attrs.frozen
class Context:
    """What a rule needs besides the sentence: the document's direct quotations and the
    statements found so far (for continuations)."""

    direct: tuple[Quote, ...]
    statements: tuple[Quote, ...]

    def in_direct(self, start: int, end: int) -> int:
        """Characters of [start, end) inside a direct quotation."""
        return sum(
            max(0, min(end, q.outer.end) - max(start, q.outer.start))
            for q in self.direct
            if q.depth == 0
        )


IndirectRule = Callable[[Parse, int, Context], Finding | None]


# --- helpers ---------------------------------------------------------------------------


def _is_parsed(parse: Parse, sent: int) -> bool:
    return any(w.deprel == "root" for w in parse.sentence_words(sent))


def _is_subjunctive(parse: Parse, w: Word) -> bool:
    """A finite verb in Konjunktiv I (or II standing in for it)."""
    if w.text.lower() in parse.lang.subjunctive_forms and w.upos in {"VERB", "AUX"}:
        return True
    return w.upos in {"VERB", "AUX"} and w.feat("Mood") == "Sub"


def _clause_subjunctive(parse: Parse, head: Word) -> bool:
    """Is the clause headed by ``head`` in the subjunctive (its verb, auxiliary or
    copula)?"""
    words = [head, *parse.kids(head.i, "aux", "cop", "aux:pass")]
    return any(_is_subjunctive(parse, w) for w in words)


def _is_clause(parse: Parse, head: Word) -> bool:
    return head.upos in {"VERB", "AUX"} or bool(parse.kids(head.i, "cop", "aux", "nsubj"))


def _clause_kind(parse: Parse, head: Word) -> str | None:
    """Which content clause ``head`` heads: "clause" (dass/ob/w or Konjunktiv),
    "zu-infinitive", or None."""
    if not _is_clause(parse, head):
        return None
    first = parse.words[min(parse.subtree(head.i))]
    marks = [m.text.lower() for m in parse.kids(head.i, "mark")]
    if any(m in parse.lang.clause_words for m in marks) or (
        first.text.lower() in parse.lang.clause_words and first.i < head.i
    ):
        return "clause"
    if "zu" in marks or any(k.text.lower() == "zu" for k in parse.kids(head.i)):
        return "zu-infinitive"
    if head.text.lower().startswith("zu") and head.feat("VerbForm") == "Inf":
        return "zu-infinitive"  # vorzugehen: the zu inside the word
    if _clause_subjunctive(parse, head):
        return "clause"
    return None


def _runs(parse: Parse, sent: int, keep: set[int]) -> tuple[tuple[int, int], ...]:
    """The words of ``keep`` in sentence ``sent`` as contiguous character ranges, without
    punctuation at their edges; runs too short to say anything are dropped."""
    runs: list[list[Word]] = []
    prev = -2
    for w in parse.sentence_words(sent):
        if w.i not in keep:
            continue
        if w.i != prev + 1 or not runs:
            runs.append([])
        runs[-1].append(w)
        prev = w.i
    out = []
    for run in runs:
        while run and run[0].upos == "PUNCT" and run[0].text not in parse.lang.opening_marks:
            run.pop(0)
        while run and run[-1].upos == "PUNCT" and run[-1].text not in parse.lang.closing_marks:
            run.pop()
        if run:
            out.append(run)
    if len(out) > 1:
        out = [r for r in out if sum(w.upos != "PUNCT" for w in r) >= 2] or out
    return tuple((r[0].start, r[-1].end) for r in out)


def _words(parse: Parse, message: tuple[tuple[int, int], ...]) -> int:
    return sum(1 for a, b in message for w in parse.words_between(a, b) if w.upos != "PUNCT")


def _acceptable(parse: Parse, message: tuple[tuple[int, int], ...], ctx: Context) -> bool:
    """A message long enough to be a statement, and not a direct quotation again."""
    if not message or _words(parse, message) < _MIN_WORDS:
        return False
    size = sum(b - a for a, b in message)
    inside = sum(ctx.in_direct(a, b) for a, b in message)
    return 2 * inside < size


def _speech_verb(parse: Parse, w: Word) -> tuple[Word, Cue] | None:
    found = cue_verb(parse, w)
    if found is not None:
        return found
    if w.upos == "VERB" and w.lemma.lower() in parse.lang.opinion_verbs:
        return w, Cue(w.lemma.lower(), span_of(parse, w))
    return None


def _in_direct(ctx: Context, w: Word) -> bool:
    return ctx.in_direct(w.start, w.end) > 0


# --- the rules -------------------------------------------------------------------------


def speech_clause(parse: Parse, sent: int, ctx: Context) -> Finding | None:
    """Trump warf der Regierung vor, für den Verlust verantwortlich zu sein. / Sie sagte,
    dass sie kandidiere. / Er erklärte, die Lage sei ernst. / Die Lage sei ernst, sagte er.

    A speech verb with its content clause: a dass/ob/w-clause, a clause in Konjunktiv I
    (or II), or a zu-infinitive. The message is the clause; where the speech verb hangs
    on the message instead (…, sagte er), the sentence without the verb's frame.
    """
    words = parse.sentence_words(sent)
    for w in words:
        if _in_direct(ctx, w):
            continue
        found = _speech_verb(parse, w)
        if found is None:
            continue
        verb, cue = found
        # the verb's content clause, or one hung on its object noun (die Hoffnung, dass …)
        heads = [verb, *parse.kids(verb.i, "obj", "obl", "advmod", "expl")]
        for head in heads:
            for c in parse.kids(head.i, *_CONTENT_RELS):
                kind = _clause_kind(parse, c)
                if kind is None or (c.rel == "conj" and kind != "clause"):
                    continue
                keep = set(parse.subtree(c.i))
                message = _runs(parse, sent, keep)
                if not _acceptable(parse, message, ctx):
                    continue
                speaker = subject_of(parse, verb, exclude=frozenset(keep))
                return Finding("speech_clause", kind, message, speaker, cue, 0.8)
        # the verb frames the sentence's main clause: Die Lage sei ernst, sagte er.
        if verb.rel in _FRAME_RELS and verb.head >= 0:
            main = parse.words[verb.head]
            if main.deprel == "root" and _clause_subjunctive(parse, main):
                frame = set(parse.subtree(verb.i))
                keep = {x.i for x in words} - frame
                message = _runs(parse, sent, keep)
                if _acceptable(parse, message, ctx):
                    speaker = subject_of(parse, verb, exclude=frozenset(keep))
                    return Finding("speech_clause", "clause", message, speaker, cue, 0.75)
    return None


def source_marker(parse: Parse, sent: int, ctx: Context) -> Finding | None:
    """Eine Million Arbeitsplätze würden sich laut Ma ergeben. / Der Polizei zufolge … /
    Nach Angaben des Ministeriums … / …, so der Sprecher. / Wie die Polizei mitteilte, …

    A statement attached to its source by a marker: laut/zufolge/gemäß, nach + a cue
    noun (Angaben, Worten), a closing "so X", or a "wie X sagte" clause. The message is
    the sentence without the marker's phrase.
    """
    words = parse.sentence_words(sent)
    lang = parse.lang
    for k, w in enumerate(words):
        if _in_direct(ctx, w):
            continue
        lemma = w.lemma.lower()
        frame: set[int] | None = None
        speaker: Word | None = None
        if lemma in lang.according_markers:
            source = _according_source(parse, w)
            if source is None:
                continue
            frame = noun_phrase(parse, source) | {w.i}
            speaker = source
        elif lang.is_cue_noun(w.lemma) and any(
            c.lemma.lower() == "nach" for c in parse.kids(w.i, "case")
        ):
            frame = set(parse.subtree(w.i))
            speaker = next((s for s in parse.kids(w.i, "nmod") if is_plausible_speaker(s)), None)
        elif w.text.lower() == "so" and k > 0 and words[k - 1].text == ",":
            phrase = []
            for x in words[k + 1 :]:
                if x.upos == "PUNCT":
                    break
                phrase.append(x)
            if not phrase or any(x.upos in {"VERB", "AUX"} for x in phrase):
                continue
            speaker = phrase_head(parse, phrase)
            if speaker is None:
                continue
            frame = {w.i} | {x.i for x in phrase}
        elif w.text.lower() == "wie" and w.head >= 0:
            found = cue_verb(parse, parse.words[w.head])
            if found is None or parse.words[w.head].deprel == "root":
                continue
            verb = found[0]
            frame = set(parse.subtree(verb.i))
            speaker = subject_of(parse, verb, exclude=frozenset())
            cue = found[1]
        if frame is None:
            continue
        if w.text.lower() != "wie":
            cue = Cue(lemma, span_of(parse, w))
        keep = {x.i for x in words} - frame
        message = _runs(parse, sent, keep)
        if not _acceptable(parse, message, ctx):
            continue
        if not any(x.upos in {"VERB", "AUX"} for x in words if x.i in keep):
            continue  # a statement has a verb: laut Polizei drei Tote is a caption
        return Finding("source_marker", "marker", message, speaker, cue, 0.8)
    return None


def continuation(parse: Parse, sent: int, ctx: Context) -> Finding | None:
    """Der Minister verteidigte den Plan. Er sei notwendig, die Kosten seien gedeckt.

    A sentence whose main clause is in Konjunktiv I, without a frame of its own,
    continues the statement before it in its paragraph (at most three sentences back):
    its speaker is that statement's speaker.
    """
    words = parse.sentence_words(sent)
    roots = [w for w in words if w.deprel == "root"]
    if not roots or not _clause_subjunctive(parse, roots[0]):
        return None
    root = roots[0]
    finite = [root, *parse.kids(root.i, "aux", "cop", "aux:pass")]
    if not any(w.text.lower() in parse.lang.subjunctive_forms for w in finite):
        return None  # Konjunktiv II alone (wäre, würde) is a conditional, not reported
    start = words[0].start
    before = [
        q
        for q in ctx.statements
        if q.speaker is not None and q.end <= start and q.part == q.n_parts - 1
    ]
    if not before:
        return None
    prev = before[-1]
    first_prev = parse.word_before(prev.end)
    if first_prev is None or sent - first_prev.sent > _CONTINUATION_REACH:
        return None
    if parse.text.count("\n", prev.end, start):
        return None  # another paragraph
    message = _runs(parse, sent, {w.i for w in words})
    if not _acceptable(parse, message, ctx):
        return None
    return Finding("continuation", "continuation", message, None, None, 0.6, continues=prev)


#: The indirect rules, in the order they are tried on each candidate sentence.
INDIRECT_RULES: tuple[IndirectRule, ...] = (speech_clause, source_marker, continuation)


# --- the driver ------------------------------------------------------------------------


def attribute_indirect(
    parse: Parse,
    candidates: Sequence[Quote],
    direct: Sequence[Quote] = (),
    rules: Sequence[IndirectRule] = INDIRECT_RULES,
) -> list[Quote]:
    """Indirect speech in the parsed sentences that overlap a candidate, in order.

    ``direct`` are the document's attributed direct quotations: their words are never
    part of a frame, a message that is mostly a direct quotation is left to it, and a
    continuation can continue one.
    """
    if not candidates:
        return []
    people = People(parse, exclude=[(q.start, q.end) for q in direct if q.depth == 0])
    sents = sorted(
        {w.sent for c in candidates for w in parse.words_between(c.outer.start, c.outer.end)}
    )
    found: list[Quote] = []
    for sent in sents:
        if not _is_parsed(parse, sent):
            continue
        statements = sorted([*direct, *found], key=lambda q: q.start)
        ctx = Context(tuple(direct), tuple(statements))
        for rule in rules:
            finding = rule(parse, sent, ctx)
            if finding is not None:
                found.extend(_quotes(parse, finding, people))
                break
    return found


def _quotes(parse: Parse, finding: Finding, people: People) -> list[Quote]:
    """The finding as Quote parts sharing one speaker."""
    speaker: Speaker | None = None
    confidence = finding.confidence
    if finding.continues is not None:
        speaker = finding.continues.speaker
    elif finding.speaker is not None:
        resolved = people.resolve(finding.speaker)
        if resolved is not None:
            speaker, factor = resolved
            confidence *= factor
            m = speaker.mention
            if any(m.start < b and a < m.end for a, b in finding.message):
                own = span_of(parse, finding.speaker)
                speaker = Speaker(speaker.name, own)
    text = parse.text
    group = finding.message[0][0]
    n = len(finding.message)
    rule = finding.rule if speaker is not None else "no_speaker"
    out = []
    for part, (a, b) in enumerate(finding.message):
        span = Span.of(text, a, b)
        out.append(
            Quote(
                span.text,
                a,
                b,
                span,
                "",
                "",
                True,
                paragraph=_paragraph(text, a),
                part=part,
                n_parts=n,
                group=group,
                speaker=speaker,
                cue=finding.cue if speaker is not None else None,
                rule=rule,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
                kind="indirect",
            )
        )
    return out


def _paragraph(text: str, offset: int) -> int:
    from quoteattr._marks import _paragraphs

    return max(0, sum(1 for start, _ in _paragraphs(text) if start <= offset) - 1)
