"""Mentions that refer back to a person: nouns of age and the nearest mention of a speaker.

- :func:`age_noun_gender`: a definite noun of age ("der 63-Jährige", "die 49-Jährige",
  "dem 63-Jährigen") names a person met before, of the gender its article gives.
- :func:`mention_gender`: the gender a pronoun, role noun or noun of age gives the person.
- :func:`latest_mention`: between two quotations of one speaker, the last word that
  refers to that speaker ("Besonders mit der ersten Halbzeit haderte er."), which is
  what a reader (and the Wikinews guideline) points to as the speaker of the second.

Word lists come from ``parse.lang`` (:mod:`quoteattr._german`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr._german import German, german
from quoteattr._name_mentions import is_title
from quoteattr._parse import Parse, Word

if TYPE_CHECKING:
    from quoteattr._speakers import People

__all__ = [
    "adjacent_name",
    "age_noun_gender",
    "is_age_noun",
    "is_definite",
    "is_plural",
    "is_role",
    "latest_mention",
    "mention_gender",
    "role_gender",
]


def is_age_noun(word: Word, parse: Parse) -> bool:
    """Is ``word`` a noun of age (63-Jährige, 63jährigen, Jähriger after "63-"), not the
    adjective of "der 63-jährige Rentner"?"""
    low = word.text.lower()
    return (
        low.endswith(parse.lang.age_noun_endings)
        and word.upos != "ADJ"
        and word.rel != "amod"
        and (word.text[:1].isupper() or word.text[:1].isdigit())
    )


def age_noun_gender(parse: Parse, word: Word) -> str | None:
    """ "Masc" or "Fem" for a definite singular noun of age, by its article and ending
    (der 63-Jährige, dem 63-Jährigen: Masc; die 49-Jährige, der 49-Jährigen: Fem);
    None for anything else (ein 63-Jähriger, die beiden 30-Jährigen)."""
    return article_gender(parse, word) if is_age_noun(word, parse) else None


def article_gender(parse: Parse, word: Word) -> str | None:
    """ "Masc" or "Fem" that the definite article of a noun formed from an adjective gives
    it, by the noun's ending: der 63-Jährige, die Abgeordnete (``[article_genders]``); dem
    63-Jährigen, der 49-Jährigen (``[oblique_article_genders]``); else None."""
    lang = parse.lang
    table = lang.oblique_article_genders if word.text.endswith("n") else lang.article_genders
    for det in parse.kids(word.i, "det"):
        gender = table.get(det.text.lower())
        if gender is not None:
            return gender
    return None


def is_role(word: Word, lang: German | None = None) -> bool:
    """Is ``word`` a role noun (Sprecherin, Innenminister), by lemma or, where a small
    model's lemma is off, by its form? ``lang``: the parse's resources (default
    :func:`~quoteattr._german.german`)."""
    lang = german() if lang is None else lang
    return lang.is_role_noun(word.lemma) or lang.is_role_noun(word.text)


def role_gender(word: Word, lang: German) -> str | None:
    """ "Fem" for a feminine role noun by its form (Ministerin), else None (a masculine
    form also names mixed groups and people of unknown gender)."""
    form = word.text.lower()
    if form.endswith("in") and lang.is_role_noun(word.text):
        return "Fem"
    return None


def mention_gender(parse: Parse, head: Word) -> str | None:
    """The gender a pronoun (er, ihm, sie), a singular role noun (die Ministerin, der
    Minister) or a noun of age (die 49-Jährige) gives its referent, or None."""
    if head.upos == "PRON":
        base = parse.lang.pronoun_forms.get(head.text.lower())
        return {"er": "Masc", "sie": "Fem"}.get(base or "")
    age = age_noun_gender(parse, head)
    if age is not None:
        return age
    feminine = role_gender(head, parse.lang)
    if feminine is not None:
        return feminine
    articles = {d.text.lower() for d in parse.kids(head.i, "det")}
    return "Masc" if articles & {"der", "ein", "dieser"} else None


def names_a_subject(parse: Parse, word: Word) -> bool:
    """Does the name starting at ``word`` name a subject, itself or as a role's apposition
    (Der Kandidat der MDC, Morgan Tsvangirai, analysierte …: the apposition hung on the
    role's genitive counts)? Not an object the parser labelled a subject, by its case
    (kritisierte den/Acc Kanzler/nsubj)."""
    w, apposed = word, False
    while w.rel in {"flat", "compound", "appos"} and w.head >= 0:
        apposed = apposed or w.rel == "appos"
        w = parse.words[w.head]
    if apposed and w.rel == "nmod" and w.head >= 0:
        w = parse.words[w.head]
    return w.rel.startswith("nsubj") and w.feat("Case") in {None, "Nom"}


def possessive_gender(parse: Parse, word: Word) -> str | None:
    """The gender of the one who owns, for a possessive determiner of a single third
    person (Seiner Ansicht nach: "Masc"; Ihrer Meinung nach: "Fem"), else None (a plural
    owner, any other word)."""
    if word.upos != "DET" or word.rel != "det" or word.feat("Number[psor]") == "Plur":
        return None
    first = parse.sentences[word.sent][0]
    if word.text[:1].isupper() and word.i != first:
        return None  # Ihrer Meinung nach mid-sentence: the polite form, the one asked
    genders = parse.lang.possessive_genders
    return genders.get(word.lemma.lower()) or genders.get(word.text.lower())


def is_definite(parse: Parse, word: Word) -> bool:
    """Does ``word`` have a definite article or demonstrative (der, dem, diese)?"""
    lang = parse.lang
    return any(
        d.text.lower() in lang.article_genders or d.text.lower() in lang.oblique_article_genders
        for d in parse.kids(word.i, "det")
    )


def is_plural(parse: Parse, word: Word) -> bool:
    """Is this sie plural, by its own Number or, as a subject, its verb's ("sagten
    sie")?"""
    if word.feat("Number") == "Plur":
        return True
    head = parse.words[word.head] if word.head >= 0 else None
    return (
        word.rel == "nsubj"
        and head is not None
        and head.upos in {"VERB", "AUX"}
        and head.feat("Number") == "Plur"
    )


def _refers_to_person(parse: Parse, w: Word) -> bool:
    """Can ``w`` refer back to a person: a form of er/sie (not the possessive ihr, not
    the polite Sie inside a sentence, not a plural), a definite role noun or a definite
    noun of age?"""
    if w.upos == "PRON":
        low = w.text.lower()
        if low not in parse.lang.pronoun_forms or w.rel == "det":
            return False
        if w.text[:1].isupper() and parse.words[w.i - 1].sent == w.sent and w.i > 0:
            return False  # Sie mid-sentence: the polite form
        return not (low == "ihr" and w.rel == "nsubj") and not is_plural(parse, w)
    if not w.rel.startswith("nsubj"):
        return False  # als der Bundeskanzler, den Minister: another person, as often
    if age_noun_gender(parse, w) is not None:
        return True
    # a group (Die Arbeitgeber hätten …) is not the one person speaking
    return is_role(w, parse.lang) and is_definite(parse, w) and not is_plural(parse, w)


def latest_mention(
    parse: Parse,
    people: People,
    words: list[Word],
    speaker: Word,
    cluster: int | None,
) -> Word | None:
    """Of ``words`` (the narrator text between two quotations of one speaker, in text
    order), the last that refers to that speaker: a name of the speaker's ``cluster``,
    or a pronoun, definite role noun or noun of age whose gender fits the speaker's
    (known from the cluster or from ``speaker``, the word that named them).

    „…“, sagte der Trainer des VfL, Marco Steiner. Besonders mit der ersten Halbzeit
    haderte er. „…“ → er."""
    known = people.gender(cluster) if cluster is not None else None
    if known is None:
        known = mention_gender(parse, speaker)
    for w in reversed(words):
        if w.i == speaker.i:
            return None
        if cluster is not None and people.name_cluster(w) == cluster:
            return _name_head(parse, people, w)
        if not _refers_to_person(parse, w):
            continue
        wanted = mention_gender(parse, w)
        if wanted is not None and known is not None and wanted != known:
            continue
        return w
    return None


def _name_head(parse: Parse, people: People, w: Word) -> Word:
    """The word heading the name ``w`` is part of (Marković for Jelena Marković, as its
    parse hangs it)."""
    cluster = people.name_cluster(w)
    while (
        w.head >= 0
        and w.rel in {"flat", "compound"}
        and people.name_cluster(parse.words[w.head]) == cluster
    ):
        w = parse.words[w.head]
    return w


def apposed_name(parse: Parse, people: People, head: Word, end: int) -> tuple[int, int] | None:
    """For a role noun ``head`` whose mention ends at offset ``end``, the person named in
    apposition right after it, between commas: (their cluster, where the name ends).

    Der Bürgermeister der Kleinstadt Karaçam, Osman Kaya, sprach … → Osman Kaya, not
    the town inside the role's phrase; Die Laudatorin, die Kritikerin Anna Brandt,
    lobte … → Anna Brandt. The name must be a person's full name (two words or more)."""
    if not is_role(head, parse.lang):
        return None
    words = parse.words
    k = next((w.i for w in parse.words_between(end, len(parse.text))), None)
    if k is None or words[k].text != "," or words[k].sent != head.sent:
        return None
    k += 1
    # an optional role phrase of its own before the name: die Kritikerin
    j = k
    while j < len(words) and words[j].upos in {"DET", "ADJ"} and j - k < 3:
        j += 1
    if j < len(words) and j > k and is_role(words[j], parse.lang):
        k = j + 1
    elif j < len(words) and is_role(words[j], parse.lang) and words[j].text[:1].isupper():
        k = j + 1  # Kritikerin Anna Brandt
    if k >= len(words) or words[k].sent != head.sent:
        return None
    found = people.full_name_at(k)
    if found is None:
        return None
    cluster, last = found
    after = last + 1
    if (
        after < len(words)
        and words[after].sent == head.sent
        and words[after].text not in _APPOS_END
    ):
        return None
    return cluster, words[last].end


#: What may follow a name in apposition: a comma or bracket, or the end of the sentence
#: („…“, warnte der Präsident des Bundesamts, Ralf Kessler.).
_APPOS_END = frozenset({",", "(", ".", "!", "?", ";"})


def adjacent_name(parse: Parse, people: People, head: Word, end: int) -> tuple[int, int] | None:
    """For a role noun ``head`` whose mention ends at offset ``end`` with the role word or
    a title, the person whose full name follows right after, where the parser hung it
    elsewhere: (their cluster, where the name ends).

    „…“, sagte Teamchef | Reto Gasser (the name made a second subject) → Reto Gasser; die
    Abgeordnete | Franziska Hartmann; Arbeitgebervertreterin Dr. | Eva Lindholm."""
    if not is_role(head, parse.lang):
        return None
    inside = parse.words_between(head.start, end)
    if inside and inside[-1].i != head.i and not is_title(inside[-1], parse.lang):
        return None
    words = parse.words
    k = next((w.i for w in parse.words_between(end, len(parse.text))), None)
    while k is not None and k < len(words) and is_title(words[k], parse.lang):
        k += 1
    if k is None or k >= len(words) or words[k].sent != head.sent:
        return None
    found = people.full_name_at(k)
    if found is None:
        return None
    cluster, last = found
    return cluster, words[last].end
