"""From a rule's speaker word to the speaker of a quotation."""

from __future__ import annotations

import attrs

from quoteattr._mention_span import mention_span
from quoteattr._model import Span, Speaker
from quoteattr._speakers import People
from quoteattr.attribution._registry import Rule
from quoteattr.attribution._view import Attribution, Decided, QuoteView

__all__ = ["resolve"]


def resolve(view: QuoteView, found: tuple[Rule, Attribution] | None, people: People) -> Decided:
    """The decision for one quotation: the rule's speaker word made a :class:`Speaker`
    (a mention with a canonical name), or no speaker where it cannot be resolved or
    would contain the quotation itself."""
    quote = view.quote
    if found is None:
        return Decided(quote, None, None, None, 0.6, None)
    rule, att = found
    prev = view.prev
    if (
        rule.continues
        and prev is not None
        and prev.speaker is not None
        and (prev.attribution is None or att.speaker.i != prev.attribution.speaker.i)
    ):
        # the nearest mention of the previous speaker: their name, this mention
        speaker = attrs.evolve(prev.speaker, mention=mention_span(view.parse, att.speaker))
        return Decided(
            quote, att, rule.name, speaker, att.confidence, prev.cluster, splits=rule.splits
        )
    resolved = people.resolve(att.speaker)
    if resolved is None:
        return Decided(quote, None, None, None, 0.5, None)
    speaker, factor = resolved
    if (
        att.cue is not None
        and att.cue.lemma in view.lang.continuing_cues
        and prev is not None
        and prev.speaker is not None
        and prev.speaker.resolved
        and prev.cluster is not None
    ):
        # „…“, fügte sie hinzu: going on with the previous speaker's words
        continued = people.continuing(att.speaker, prev.cluster)
        if continued is not None:
            speaker, factor = continued, 0.85
    mention = speaker.mention
    if mention.start < quote.outer.end and quote.outer.start < mention.end:
        if view.is_title or att.speaker.end > quote.outer.start:
            # The "speaker" contains the quotation: die Nachrichtenagentur „Xinhua“.
            return Decided(quote, None, None, None, 0.5, None)
        # The words said hang on the speaker's phrase (die Richter „gravierende
        # Bedenken“): the mention ends before the quotation.
        end = end_before(view, att.speaker.end)
        trimmed = Span.of(view.parse.text, mention.start, end)
        if people.name_in(mention) is not None or not speaker.resolved:
            # A name, too, comes from the words before the quotation, not from inside it.
            name = people.name_in(trimmed)
            speaker = Speaker(name or trimmed.text, trimmed, speaker.kind, name is not None)
        else:
            # found through a pronoun or role noun
            speaker = attrs.evolve(speaker, mention=trimmed)
    cluster = people.name_cluster(att.speaker)
    if cluster is None:
        cluster = people.cluster_of(speaker)  # er, die Ministerin: the person resolved to
    return Decided(
        quote, att, rule.name, speaker, att.confidence * factor, cluster, splits=rule.splits
    )


def end_before(view: QuoteView, head_end: int) -> int:
    """Where a mention ends before the quotation: without the punctuation and the
    quotation's own article (laut einem Jury-Mitglied eine „…“), but never before the
    end of its head word at ``head_end``."""
    parse = view.parse
    end = len(parse.text[: view.quote.outer.start].rstrip(" ,;:-–\n"))
    w = parse.word_before(end)
    while (
        w is not None and w.start >= head_end and w.head in view.inside and w.upos in {"DET", "ADJ"}
    ):
        end = len(parse.text[: w.start].rstrip(" ,;:-–\n"))
        w = parse.word_before(end)
    return max(end, head_end)
