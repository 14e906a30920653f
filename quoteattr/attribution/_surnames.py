"""Surnames however the tagger read them: a speaker the small model took apart.

Where a clause's verb has no subject, the speaker may still stand there as a surname the
document names in full elsewhere, tagged an adverb or a noun (*Zypries sieht darin eine
Bestätigung: „…“*) or taken apart with its particles (*Von/ADP der Leyen betonte, …*;
*sagte zu Salm*). These lookups find that word; the rules decide what it says.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from quoteattr._parse import Parse, Word
from quoteattr.attribution._view import QuoteView

__all__ = ["particle_surname", "surname_kid", "surname_subject", "surname_word"]


def particle_surname(parse: Parse, k: int, surnames: Collection[str]) -> Word | None:
    """sagte zu Salm / erklärte van den Berg / Zu Eltzbach wies das zurück — from word
    ``k``, name particles (german.txt [name_particles], any case) and a word spelling one of
    the document's ``surnames``: that word, whatever the tagger made of the run."""
    words, start = parse.words, k
    while k < len(words) and words[k].text.lower() in parse.lang.name_particles:
        k += 1
    if k == start or k - start > _MAX_NAME_PARTICLES or k >= len(words):
        return None
    w = words[k]
    return w if w.text in surnames and w.sent == words[start].sent else None


#: At most this many particles stand before a surname (van der, de la).
_MAX_NAME_PARTICLES = 3


def surname_subject(view: QuoteView, verb: Word, start: int) -> Word | None:
    """For a verb with no subject, the document's surname that speaks: among the verb's
    own words however tagged (:func:`surname_kid`), else with its particles from word
    ``start``, the clause's first (Zu Eltzbach wies das zurück; Von der Leyen betonte)."""
    if view.people is None:
        return None
    return surname_kid(view, verb) or particle_surname(view.parse, start, view.people.surnames)


def surname_kid(view: QuoteView, verb: Word) -> Word | None:
    """Zypries sieht darin eine Bestätigung: „…“ — with no subject, a word of the verb's
    own outside the quotation that spells the surname of a person the document names in
    full, whatever the tagger made of it (Zypries tagged as an adverb)."""
    if view.people is None:
        return None
    # Bader wird deutlich: „…“ — a copula or auxiliary: the words hang on its head.
    heads = [verb.i] + ([verb.head] if verb.rel in {"cop", "aux", "aux:pass"} else [])
    return surname_word(view.parse, heads, view.people.surnames, view.inside, nominal=False)


def surname_word(
    parse: Parse,
    heads: Sequence[int],
    surnames: Collection[str],
    outside: Collection[int],
    *,
    nominal: bool,
) -> Word | None:
    """The first word hanging on one of ``heads``, not in ``outside``, that spells one of
    the document's ``surnames`` (Merkel hob hervor, …: Merkel tagged as an adverb), never
    a verb; ``nominal``: a noun or name may be one too (Berninger/NOUN sagte, …)."""
    skip = {"VERB", "AUX"} if nominal else {"VERB", "AUX", "NOUN", "PROPN"}
    for k in (k for h in heads for k in parse.kids(h)):
        if k.i not in outside and k.text in surnames and k.upos not in skip:
            return k
    return None
