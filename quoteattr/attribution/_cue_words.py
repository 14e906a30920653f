"""Which words are speech cues: a verb of saying with its particle rejoined
(*fügte … hinzu* → *hinzufügen*), a modal with its infinitive (*wollte … wissen*), a verb
of opinion before a partial quotation (*sieht darin einen „…“*), the small model's slips
over them (*entgegnete*/ADJ, *wies*/AUX *… zurück*), and per cue the argument that speaks
(german.txt [cue_frames]). Who speaks is :mod:`._syntax`'s job.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr._model import Cue, Span
from quoteattr._parse import Parse, Word

if TYPE_CHECKING:
    from quoteattr.attribution._view import QuoteView

__all__ = [
    "cue_frame",
    "modal_cue",
    "opinion_verb",
    "particle_slip",
    "speech_cue",
    "verb_tagged_adjective",
]

#: Relations under which the small model leaves a separated particle.
_PARTICLE_RELS = ("compound:prt", "advmod", "xcomp", "conj")


def speech_cue(parse: Parse, word: Word) -> Cue | None:
    """The cue if ``word`` is a speech verb, with a separable particle reattached:
    fügte … hinzu → hinzufügen; teilte … mit → mitteilen. A particle that makes another
    verb ("hielt sich zurück") is not a speech cue even when the stem is ("halten").
    """
    if word.upos not in {"VERB", "AUX"} and not verb_tagged_adjective(word):
        return None
    span = Span.of(parse.text, word.start, word.end)
    for prt in parse.kids(word.i, *_PARTICLE_RELS):
        particle = prt.text.lower()
        # A separated particle follows its verb in the same sentence ("fügte er hinzu").
        if particle not in parse.lang.particles or prt.i < word.i:
            continue
        joined = parse.lang.particle_verb(word.lemma, particle, word.text)
        if joined:
            return Cue(joined, span)
        if prt.rel == "compound":
            return None
    lemma = parse.lang.speech_verb_lemma(word.lemma, word.text)
    return Cue(lemma, span) if lemma else None


def verb_tagged_adjective(word: Word) -> bool:
    """entgegnete tagged ADJ by a small model: a lower-case past form."""
    return word.upos == "ADJ" and word.past_form


def cue_frame(parse: Parse, verb: Word) -> str | None:
    """Which argument of the speech ``verb`` speaks, from german.txt [cue_frames]: the
    frame of its cue (vorwerfen: "dative"), or of the modal cue it forms with its
    auxiliary or infinitive (wollte … wissen: "subject")."""
    cue = speech_cue(parse, verb)
    if cue is not None:
        return parse.lang.cue_frame(cue.lemma)
    modals = [(m, verb) for m in parse.kids(verb.i, "aux")]
    modals += [(verb, inf) for inf in parse.kids(verb.i, "xcomp")]
    for modal, inf in modals:
        wanted = parse.lang.modal_cues.get(modal.lemma.lower())
        if wanted is not None and wanted in {inf.lemma.lower(), inf.text.lower()}:
            return parse.lang.cue_frame(f"{wanted} {modal.lemma.lower()}")
    return None


def particle_slip(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    """Die Ministerin wies/AUX die Vorwürfe/root als „haltlos“ zurück — the small model
    makes the finite stem of a particle verb a copula or auxiliary of another word (the
    object, a participle) and hangs the particle on that word: ``word`` with the stem and
    the particle is the speech verb, its subject the stem's."""
    for cop in parse.kids(word.i, "cop", "aux"):
        if cop.lemma.lower() in parse.lang.auxiliaries:
            continue
        for prt in parse.kids(word.i, *_PARTICLE_RELS, "compound"):
            if prt.i < cop.i or prt.text.lower() not in parse.lang.particles:
                continue
            joined = parse.lang.particle_verb(cop.lemma, prt.text.lower(), cop.text)
            if joined:
                return word, Cue(joined, Span.of(parse.text, cop.start, cop.end))
    return None


def modal_cue(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    """„Wo ist meine Stimme?“, wollten die Demonstranten wissen. — a modal with an
    infinitive that together ask or say (wissen wollen, german.txt [modal_cues]). The
    clause's verb (the one the subject hangs on) comes back, with the modal as the cue."""
    wanted = parse.lang.modal_cues.get(word.lemma.lower())
    if wanted is None:
        return None
    candidates = [*parse.kids(word.i, "xcomp")]
    if word.head >= 0 and word.rel == "aux":
        candidates.append(parse.words[word.head])
    for inf in candidates:
        if inf.lemma.lower() == wanted or inf.text.lower() == wanted:
            verb = inf if word.rel == "aux" else word
            return verb, Cue(
                f"{wanted} {word.lemma.lower()}", Span.of(parse.text, word.start, word.end)
            )
    return None


def opinion_verb(parse: Parse, word: Word, view: QuoteView) -> tuple[Word, Cue] | None:
    """Osterloh sieht darin einen „Angriff gegen die Belegschaft“: a verb of opinion
    (sehen, halten, werten) frames a partial quotation as someone's words."""
    if (
        word.upos != "VERB"
        or view.is_standalone()
        or word.lemma.lower() not in parse.lang.opinion_verbs
    ):
        return None
    if parse.kids(word.i, "compound:prt"):
        return None  # hielt sich zurück, sah … vor: another verb
    return word, Cue(word.lemma.lower(), Span.of(parse.text, word.start, word.end))
