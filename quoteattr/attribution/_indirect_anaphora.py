"""Indirect rules that read the sentence before: a sentence taken up by das/dies and a
speech verb (:func:`anaphoric_frame`: … Das teilte ein Sprecher mit.), and a sentence
whose "demnach" stands for the source named before it (:func:`anaphoric_source`). Their
order among the other indirect rules is :data:`quoteattr.attribution._indirect.INDIRECT_RULES`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._model import Cue
from quoteattr._parse import Parse, Word
from quoteattr.attribution._indirect_syntax import (
    Context,
    Finding,
    is_acceptable,
    is_parsed,
    marked_source,
    message_runs,
)
from quoteattr.attribution._syntax import anaphoric_cue, span_of
from quoteattr.attribution._syntax import can_speak as speaks

__all__ = ["anaphoric_frame", "anaphoric_source"]


def anaphoric_frame(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Die Polizei hat drei Männer festgenommen. Das teilte ein Sprecher mit. / Der Plan
    sei gescheitert. Dies bestätigte die Ministerin am Abend. / … Das wurde vom Amt
    bekannt gegeben. / … Dies geht aus dem Jahresbericht hervor.

    A sentence that opens with das/dies and whose verb is a speech verb takes up the
    sentence before it: that sentence is the message, the speaker the verb's subject (the
    von-agent of a passive; with hervorgehen, the document it comes from).
    """
    if sent == 0 or not is_parsed(parse, sent - 1):
        return []
    found = anaphoric_cue(parse, sent) or _document_frame(parse, sent)
    if found is None:
        return []
    _, cue, speaker = found
    if speaker is None:
        return []
    before = parse.sentence_words(sent - 1)
    if any(
        q.start < before[-1].end and before[0].start < q.end
        for q in ctx.statements
        if q.kind == "indirect"
    ):
        return []  # already a statement of its own
    message = message_runs(parse, sent - 1, {w.i for w in before})
    if not is_acceptable(parse, message, ctx):
        return []
    if 2 * sum(ctx.in_direct(a, b) for a, b in message) > sum(b - a for a, b in message):
        return []  # „…“ Das sagte X: the direct quotation's speaker, not a statement
    return [Finding("anaphoric_frame", "clause", message, speaker, cue, 0.75)]


def _document_frame(parse: Parse, sent: int) -> tuple[Word, Cue, Word] | None:
    """Dies geht aus dem Bericht hervor: the verb and the document."""
    words = [w for w in parse.sentence_words(sent) if w.upos != "PUNCT"]
    if len(words) < 3 or words[0].text.lower() not in parse.lang.anaphoric_objects:
        return None
    for verb in (w for w in words if w.deprel == "root"):
        particles = "".join(k.text.lower() for k in parse.kids(verb.i, "compound:prt"))
        if particles + verb.lemma.lower() not in parse.lang.document_verbs:
            continue
        for obl in parse.kids(verb.i, "obl"):
            if any(c.lemma.lower() == "aus" for c in parse.kids(obl.i, "case")):
                return verb, Cue(particles + verb.lemma.lower(), span_of(parse, verb)), obl
    return None


def anaphoric_source(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Die Polizei legte ihren Bericht vor. Demnach war der Fahrer betrunken.

    A sentence opening with "demnach" says what the source named just before says: the
    statement in the sentence before (its speaker goes on), else the source a marker
    names there (laut X, X zufolge, nach Angaben von X), else a document it comes from
    (geht aus dem Urteil hervor), else that sentence's subject. The message is the
    sentence without "demnach"; "demnach" is the speaker's mention.
    """
    words = parse.sentence_words(sent)
    first = words[0] if words else None
    if first is None or first.text.lower() not in parse.lang.anaphoric_sources or sent == 0:
        return []
    message = message_runs(parse, sent, {w.i for w in words[1:]})
    if not is_acceptable(parse, message, ctx):
        return []
    before = parse.sentence_words(sent - 1)
    statements = [
        q
        for q in ctx.statements
        if q.speaker is not None and before and before[0].start <= q.start < before[-1].end
    ]
    cue = Cue(first.text.lower(), span_of(parse, first))
    if statements:
        prev = statements[-1]
        return [
            Finding(
                "anaphoric_source", "marker", message, None, cue, 0.6, continues=prev, mention=first
            )
        ]
    source = _source_in(parse, before, ctx)
    if source is None:
        return []
    return [Finding("anaphoric_source", "marker", message, source, cue, 0.6, mention=first)]


def _source_in(parse: Parse, words: Sequence[Word], ctx: Context) -> Word | None:
    """The source a sentence names: the noun a marker marks, the document of
    hervorgehen, or its subject if that can speak."""
    for w in words:
        if w.lemma.lower() in parse.lang.according_markers:
            source = marked_source(parse, w)
            if source is not None:
                return source
    if words:
        found = _document_frame(parse, words[0].sent)
        if found is not None:
            return found[2]
        for root in (w for w in words if w.deprel == "root"):
            for subject in parse.kids(root.i, "nsubj", "nsubj:pass"):
                if subject.upos in {"NOUN", "PROPN"} and (
                    speaks(parse, subject)
                    or parse.lang.noun_kind(subject.lemma or subject.text) == "document"
                    or subject.text in ctx.surnames
                ):
                    return subject
    return None
