"""Cues after the quotation: „…“, sagte X. — and „…“ Das sagte X. in the next sentence."""

from __future__ import annotations

from quoteattr.attribution._registry import rule
from quoteattr.attribution._surnames import particle_surname
from quoteattr.attribution._syntax import (
    anaphoric_cue,
    cue_verb,
    subject_of,
)
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["cue_after_quote", "cue_in_next_sentence"]


@rule(after=1, splits=True)
def cue_after_quote(view: QuoteView) -> Attribution | None:
    """„Er liebt dieses Land“, sagte Trump. / „…?“ fügte er hinzu.

    The first word after the closing mark (past a comma) is a speech verb; the speaker
    is its subject, which in this inverted order stands right after the verb.
    """
    after = [w for w in view.words_after() if w.upos != "PUNCT"]
    if not after or not _opens_clause_content(view):
        return None
    first = after[0]
    inverted = True
    if first.text.lower() == "wie" and first.head >= 0:
        # „…“, wie der Sprecher sagte / wie Hoyzer zitiert wird.
        first, inverted = view.parse.words[first.head], False
    found = cue_verb(view.parse, first)
    if found is None:
        return None
    verb, cue = found
    subject = subject_of(view.parse, verb, inverted=inverted, exclude=view.inside)
    if view.people is not None and (
        subject is None or subject.text.lower() in view.lang.name_particles
    ):
        # „…“, sagte zu Salm / erklärte van den Berg: a surname with its particles,
        # however tagged (zu/ADP Salm/obl; van/PRON nsubj, Berg/obj)
        subject = particle_surname(view.parse, first.i + 1, view.people.surnames) or subject
    if subject is None:
        return None
    return Attribution(0.95, subject, cue)


def _opens_clause_content(view: QuoteView) -> bool:
    """Can a verb right after this quotation take it as what was said? Yes when the
    quotation opens its sentence, or ends a reported clause and a comma follows
    (Die Lage sei „angespannt“, warnte X). Not for a name inside a phrase:
    In der „Bild am Sonntag“ schreibt Papier …"""
    before = [w for w in view.words_before() if w.upos != "PUNCT"]
    if not before and _starts_sentence(view):
        return True
    if view.is_title:
        return False
    follows = view.parse.text[view.quote.outer.end : view.quote.outer.end + 3].lstrip()
    return follows.startswith(",") and any(w.upos in {"VERB", "AUX"} for w in before)


def _starts_sentence(view: QuoteView) -> bool:
    """Does the quotation open a sentence in the text itself (not just in the tokenizer's
    view): nothing before it but the end of a sentence, a colon or a paragraph break?"""
    head = view.parse.text[: view.quote.outer.start].rstrip()
    return (
        not head
        or head[-1] in '.!?:;\n“”"«»)'
        or view.parse.text[len(head) : view.quote.outer.start].count("\n") > 0
    )


@rule(after=1)
def cue_in_next_sentence(view: QuoteView) -> Attribution | None:
    """„Ja, es gibt Zumutungen.“ Das musste Finanzminister Steinbrück einräumen. /
    „…“ Dies sagte die Ministerin am Montag.

    A quotation standing alone, followed by a sentence that opens with das/dies and whose
    main verb is a speech verb: "das" is the quotation, the speaker that verb's subject.
    """
    if not view.is_standalone() or view.last is None:
        return None
    parse = view.parse
    sent = parse.words[view.last].sent + 1
    if sent >= len(parse.sentences):
        return None
    found = anaphoric_cue(parse, sent)
    if found is None:
        return None
    _, cue, speaker = found
    return None if speaker is None else Attribution(0.8, speaker, cue)
