"""The candidate finder for indirect speech: sentences that may report what someone said.

No parser: a sentence is a candidate when one of its words is a speech cue of the
lexicon (sagte, erklärte, vorgeworfen, ...), a Konjunktiv-I form (sei, habe, werde ...),
or a source marker (laut, zufolge, gemäß, nach Angaben, wie, so, demnach). The check is
cheap and errs towards recall: it decides which paragraphs selective parsing sends to
Stanza at all. Attribution (:mod:`quoteattr.attribution._indirect`) reads the parse of
each candidate sentence and decides whether it holds indirect speech, which part is the
message and whose it is.

A candidate is a speaker-less :class:`~quoteattr.Quote` of kind ``"indirect"`` spanning
the whole sentence (``outer`` the same span, no marks).
"""

from __future__ import annotations

import bisect
import functools

import regex

from quoteattr import _cues
from quoteattr._german import german
from quoteattr._marks import paragraphs as text_paragraphs
from quoteattr._model import Quote, Span

__all__ = ["find_indirect", "is_indirect_candidate"]

#: A sentence, roughly: up to . ! ? before white space, or to the line break. Parsing
#: finds the real sentences; a rough split only decides which ones are looked at.
_SENTENCE = regex.compile(r"[^\n]+?(?:[.!?]+[“”\"»]?(?=\s)|$)", regex.M)
_WORD = regex.compile(r"\w+")


@functools.cache
def _surface() -> tuple[tuple[str, ...], frozenset[str]]:
    """Participle prefixes of the lexicon's particle verbs (vorgeworfen: "vorgew"; the
    stem vowel may change) and their particles (…, warf ihm vor, …)."""
    lex = _cues.lexicon()
    prefixes = {p + "ge" + stem[:1] for p, stem in lex.particle_verbs}
    # verbs with an inseparable prefix form their participle without ge- and may change
    # the stem vowel (versprechen: versprochen): the prefix and two letters
    for verb in lex.verbs:
        for prefix in _INSEPARABLE:
            if verb.startswith(prefix) and len(verb) > len(prefix) + 4:
                prefixes.add(verb[: len(prefix) + 2])
    return tuple(sorted(prefixes)), frozenset(p for p, _ in lex.particle_verbs)


#: Inseparable verb prefixes (grammar, not a word list of the domain).
_INSEPARABLE = ("ver", "be", "er", "ent", "emp", "zer", "miss")


def is_indirect_candidate(sentence: str) -> bool:
    """Does the sentence hold a speech cue, a Konjunktiv-I form, a source marker or a
    clause word (dass, ob)? A speech cue is a lexicon verb form, a particle verb's
    participle (vorgeworfen), or its particle standing alone before a comma or stop."""
    lang = german()
    prefixes, particles = _surface()
    for m in _WORD.finditer(sentence):
        word = m.group().lower()
        if word in lang.subjunctive_forms or word in lang.subjunctive_ii_forms:
            return True
        if word in lang.indirect_markers:
            return True
        if word in lang.clause_words and word in {"dass", "daß", "ob"}:
            return True
        if word.startswith(prefixes) or lang.speech_verb_lemma(word, word) is not None:
            return True
        if word in particles and sentence[m.end() : m.end() + 1] in {",", ".", ":", ";"}:
            return True
    return False


def find_indirect(text: str) -> list[Quote]:
    """Candidate sentences for indirect speech, in document order."""
    if not isinstance(text, str):
        raise TypeError(f"find_indirect() expects a str, got {type(text).__name__}")
    paragraphs = text_paragraphs(text)
    starts = [p[0] for p in paragraphs]
    out = []
    for m in _SENTENCE.finditer(text):
        raw = m.group()
        start = m.start() + len(raw) - len(raw.lstrip())
        end = m.start() + len(raw.rstrip())
        if end - start < 3 or not is_indirect_candidate(text[start:end]):
            continue
        span = Span.of(text, start, end)
        para = max(0, bisect.bisect_right(starts, start) - 1)
        out.append(
            Quote(span.text, start, end, span, "", "", True, paragraph=para, kind="indirect")
        )
    return out
