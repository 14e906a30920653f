"""Which words can head a speaker mention, seen one word at a time.

- :func:`is_plausible_speaker`: not es, man, das, a relative pronoun, a time noun or a
  bare common noun (a determined one, a role or a name the tagger missed can speak).
- :func:`relative_antecedent`: the noun a relative pronoun subject stands for
  (der Verband IGEB, der …).
- :func:`ordinal_anaphor`: ersterer / letzterer.

The document-level model that resolves such a word to a person is
:class:`~quoteattr._speakers.People`. Word lists come from ``lang``
(:mod:`quoteattr._german`), by default the package's.
"""

from __future__ import annotations

from quoteattr._anaphora import is_role
from quoteattr._german import German, german
from quoteattr._parse import Parse, Word

__all__ = ["is_plausible_speaker", "ordinal_anaphor", "relative_antecedent"]


def _or_german(lang: German | None) -> German:
    """``lang``, or the package's German resources for a caller that passes none (it
    should pass ``parse.lang`` where it has a parse)."""
    return german() if lang is None else lang


def ordinal_anaphor(word: Word, lang: German | None = None) -> int | None:
    """0 for ersterer, -1 for letzterer (any inflection), else None. ``lang``: the
    parse's resources (default :func:`~quoteattr._german.german`)."""
    return _or_german(lang).ordinal_anaphors.get(word.text.lower())


def is_plausible_speaker(
    word: Word, parse: Parse | None = None, *, lang: German | None = None
) -> bool:
    """Can this word head a speaker mention? Rules out es, man, das, relative pronouns.

    With ``parse``, a common noun must be a determined one and "einer" must have its
    group (``der Feuerwehrmänner``); without, both are taken as given. ``lang``: the
    resources to read, by default ``parse.lang`` (without a parse,
    :func:`~quoteattr._german.german`)."""
    if lang is None:
        lang = german() if parse is None else parse.lang
    if word.text.lower() in lang.demonstratives and word.rel == "nsubj":
        return True
    if word.text.lower() in lang.non_speakers and word.upos in {"PRON", "DET"}:
        return False
    if ordinal_anaphor(word, lang) is not None:
        return True
    if word.text.lower() in lang.one_of and word.upos in {"DET", "PRON", "NUM"}:
        # Einer der 13 beteiligten Feuerwehrmänner sagte: one of a named group (without a
        # parse to check the group, as a rule already did, taken as given).
        return parse is None or any(
            k.rel == "nmod" and k.upos in {"NOUN", "PROPN"} for k in parse.kids(word.i)
        )
    time_nouns = lang.time_nouns
    if word.lemma.casefold() in time_nouns or word.text.casefold() in time_nouns:
        return False  # "Wenige Stunden nach dem Putsch erklärte …": a time, parsed as subject
    if word.upos == "NOUN":
        return _determined_noun(parse, word, lang) if parse is not None else True
    return word.upos in {"PROPN", "PRON", "X"} or (word.upos == "ADJ" and word.text[:1].isupper())


def _determined_noun(parse: Parse, word: Word, lang: German) -> bool:
    """A common noun speaks only as a definite phrase, a role, or with a name:
    "die Bundesregierung", "Polizeisprecher Meier" — not "Beispiele", "Januar"."""
    if is_role(word, lang) or word.i == word.head + 1:
        # Right after its verb, a bare capitalised noun is a name the tagger missed
        # („…“, fügte Brückner hinzu).
        return True
    kids = parse.kids(word.i)
    if any(k.upos == "PROPN" or k.rel in {"appos", "flat"} for k in kids):
        return True
    if (
        not any(k.rel == "det" for k in kids)
        and word.rel == "nsubj"
        and word.feat("Number") == "Plur"
        and word.feat("Case") in {None, "Nom"}
    ):
        # A bare plural subject is a group of people: Anwohner sprachen von „…“.
        return True
    dets = [k for k in kids if k.rel == "det"]
    # Not case-marked as an object: "die Regierung", "ein Kommentator", but not a fronted
    # "Den Namen der Sendung gab das ZDF bekannt". (A thing in a passive, "so wird ein
    # Vorfall bewertet", is ruled out by the passive rule in subject_of.)
    return any(k.feat("Case") not in {"Acc", "Dat"} for k in dets)


def relative_antecedent(parse: Parse, pron: Word) -> Word | None:
    """For the relative pronoun subject ``pron`` (der Verband IGEB, der …), the noun it
    stands for: the one right before the comma that opens the relative clause (over a
    parenthesis: Willi Lemke (SPD), der …) or, where that is a genitive or name in a
    larger phrase, the phrase's head, whichever agrees with the pronoun, the outermost
    first (der oberste Führer Irans, der … → Führer; der Sprecher der Polizei, die … →
    Polizei). None for anything else, or for a noun that cannot speak."""
    if pron.deprel != "nsubj" or "Rel" not in (pron.feat("PronType") or ""):
        return None
    k = pron.i - 1
    if k < 1 or parse.words[k].text != ",":
        return None
    k -= 1
    if parse.words[k].text == ")":
        while k > 0 and parse.words[k].text != "(":
            k -= 1
        k -= 1
    if k < 0:
        return None
    chain = [parse.words[k]]
    while chain[-1].rel in {"nmod", "appos", "flat"} and 0 <= chain[-1].head < chain[-1].i:
        chain.append(parse.words[chain[-1].head])
    for ante in reversed(chain):
        if ante.sent != pron.sent or ante.upos not in {"NOUN", "PROPN"}:
            continue
        if _agrees(pron, ante):  # not „…“, das heißt …; not X und Liberalen (PL), das …
            return ante if is_plausible_speaker(ante, parse) else None
    return None


def _agrees(pron: Word, noun: Word) -> bool:
    """Do a pronoun and a noun agree in number and (in the singular) gender, where the
    parse says?"""
    number, noun_number = pron.feat("Number"), noun.feat("Number")
    if number and noun_number and number != noun_number:
        return False
    gender, noun_gender = pron.feat("Gender"), noun.feat("Gender")
    return number == "Plur" or not (gender and noun_gender and gender != noun_gender)
