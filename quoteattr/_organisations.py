"""Organisations and media as entities: one name for all their mentions in a document.

A *body* is named where the document writes a proper name right after the noun of its
kind: *die Reederei Nordwatt*, *die Polizei Warendorf*, *der Sender Radio Hanse Mitte*,
*des Arbeitgeberverbandes Pflege Ost*. Its canonical name is that noun and the name, without
the article (*Reederei Nordwatt*, *Polizei Warendorf*): the name alone would call the police
of Warendorf "Warendorf", a place. The noun is written as in the body's first mention in
the nominative, else in its dictionary form (*Arbeitgeberverband Pflege Ost*).

A later definite mention by the same noun, or by the last part of a compound noun,
refers to the latest such body before it: *die Reederei* to *Reederei Nordwatt*, *der
Verein* to *Verbraucherverein Mittelelbe*, *die Polizei* to *Polizei Warendorf*. Which
nouns name organisations and media: ``[organisation_nouns]`` and ``[media_nouns]`` in
``quoteattr/data/german.txt``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from quoteattr._name_mentions import Name
from quoteattr._parse import Parse, Word

__all__ = ["Bodies", "Body"]

#: The noun kinds (``German.noun_kind``) that make a body.
_BODY_KINDS = ("organisation", "media")


@attrs.frozen
class Body:
    """One organisation or medium the document names: where its first mention starts,
    the noun of its kind (as a key), its canonical name and its kind."""

    start: int
    key: str
    name: str
    kind: str
    #: the word index of the noun in each of its named mentions
    heads: frozenset[int]


class Bodies:
    """The named organisations and media of one document."""

    def __init__(self, parse: Parse, names: Sequence[Name], name_of_word: Mapping[int, int]):
        self._parse = parse
        found: dict[tuple[str, str], Body] = {}
        held: set[int] = set()
        for w in parse.words:
            kind = _body_kind(parse, w)
            if kind is None or w.i + 1 not in name_of_word:
                continue
            name = names[name_of_word[w.i + 1]]
            if name.words[0] != w.i + 1 or not _attached(parse, w, name):
                continue
            held.add(name_of_word[w.i + 1])
            proper = parse.text[name.start : name.end]
            key = _key(w)
            known = found.get((key, proper))
            if known is not None:
                found[(key, proper)] = attrs.evolve(
                    known,
                    heads=known.heads | {w.i},
                    name=_better_name(parse, known, w, proper),
                )
                continue
            found[(key, proper)] = Body(
                w.start, key, _canonical(parse, w, kind, proper, name), kind, frozenset({w.i})
            )
        self._bodies = sorted(found.values(), key=lambda b: b.start)
        self._by_head = {h: b for b in self._bodies for h in b.heads}
        self._held = frozenset(held)

    def holds(self, name: int) -> bool:
        """Is name mention number ``name`` (of the names given) a body's (Nordwatt in die
        Reederei Nordwatt), not a person's?"""
        return name in self._held

    def named(self, head: Word) -> Body | None:
        """The body whose named mention ``head`` is the noun of (die Reederei Nordwatt)."""
        return self._by_head.get(head.i)

    def antecedent(self, head: Word) -> Body | None:
        """For a definite organisation or media noun without a name (die Reederei, der
        Verein), the latest body before it whose noun is it or ends in it; else None."""
        if _body_kind(self._parse, head) is None or not _definite(self._parse, head):
            return None
        key = _key(head)
        best: Body | None = None
        for body in self._bodies:
            if body.start < head.start and (body.key == key or body.key.endswith(key)):
                best = body
        return best


def _attached(parse: Parse, noun: Word, name: Name) -> bool:
    """Is the name a part of the noun's phrase (or the noun of the name's), not a word of
    the clause that happens to follow it (die US-Regierung Georgien als … bezeichnet)?"""
    ids = set(name.words)
    first = parse.words[name.words[0]]
    return (first.head == noun.i and first.rel in _NAME_RELS) or (
        noun.head in ids and noun.rel in {"compound", "flat", "nmod", "appos"}
    )


#: How the parser attaches a name to the noun before it: die Reederei Nordwatt.
_NAME_RELS = frozenset({"appos", "flat", "compound", "nmod", "nk"})


def _body_kind(parse: Parse, w: Word) -> str | None:
    """ "organisation" or "media" for a common noun of that kind that is no role noun."""
    lang = parse.lang
    if w.upos != "NOUN" or lang.is_role_noun(w.lemma or w.text) or lang.is_role_noun(w.text):
        return None
    kind = lang.noun_kind(w.lemma or w.text)
    return kind if kind in _BODY_KINDS else None


def _definite(parse: Parse, w: Word) -> bool:
    """Has ``w`` a definite article or demonstrative (die Reederei, dieser Verein)?"""
    return any(
        d.text.lower() in parse.lang.definite_articles or d.lemma.lower() == "dieser"
        for d in parse.kids(w.i, "det")
    )


def _key(w: Word) -> str:
    return (w.lemma or w.text).casefold()


def _noun_form(w: Word) -> str:
    """The noun as a name part: as written in the nominative, else its dictionary form."""
    if w.feat("Case") in {None, "Nom"} or not w.lemma:
        return w.text
    return w.lemma[:1].upper() + w.lemma[1:]


def _canonical(parse: Parse, noun: Word, kind: str, proper: str, name: Name) -> str:
    """The canonical name of a body: the name alone for a medium (der Sender Radio Hanse
    Mitte: Radio Hanse Mitte), a firm with its legal form (die Betreiberfirma Ostpipe
    GmbH: Ostpipe GmbH) and a name the pipeline's NER marks as an organisation of its
    own; else the noun with the name (die Polizei Warendorf: Polizei Warendorf)."""
    last = proper.split()[-1].lower()
    whole = any(
        s <= name.start and name.end <= e and s > noun.start and label == "ORG"
        for s, e, label in parse.entities
    )
    if kind == "media" or last in parse.lang.legal_forms or whole:
        return proper
    return f"{_noun_form(noun)} {proper}"


def _better_name(parse: Parse, known: Body, w: Word, proper: str) -> str:
    """Keep the first nominative form of a body's name; a later nominative mention
    replaces a name built from a dictionary form."""
    first = parse.words[min(known.heads)]
    if (
        known.name.endswith(f" {proper}")
        and first.feat("Case") not in {None, "Nom"}
        and w.feat("Case") in {None, "Nom"}
    ):
        return f"{w.text} {proper}"
    return known.name
