"""Name mentions: the person and organisation names a parse holds, grouped by entity.

- :func:`collect_names`: runs of adjacent proper nouns joined by name relations (*Jack
  Ma*), a listed given name going on to the surname however it is tagged (*Thomas Koch*),
  over name particles (*Ursula von der Heide*, *Ruud van Dijk*) and hyphens
  (*Widmann-Mauz*), and capitalised words repeating a token of such a name elsewhere in
  the document (the small model tags *Donald* as a noun at times).
- :func:`cluster_names`: a shorter name joins the longest name holding all its tokens
  (*Trump* and *Donald* join *Donald Trump*), in time linear in the mentions.

Role nouns (*Stadträtin*, *Bahn-Chefin*) are never part of a name. Word lists come from
``parse.lang`` (:mod:`quoteattr._german`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from quoteattr._german import German
from quoteattr._parse import Parse, Word

__all__ = ["Name", "cluster_names", "collect_names", "is_title"]


@attrs.frozen
class Name:
    """One name mention: its words and its tokens (lower-cased)."""

    words: tuple[int, ...]
    tokens: tuple[str, ...]
    start: int
    end: int


def _is_role_word(w: Word, lang: German) -> bool:
    """A role noun that is no surname too (Trainer, Stadträtin; but Koch, Schneider)."""
    return lang.is_role_noun(w.text) and w.text.lower() not in lang.surname_nouns


def is_title(w: Word, lang: German) -> bool:
    """An academic title before a name (Dr., Prof.): never a part of the name."""
    return w.text.rstrip(".").lower() in lang.name_titles


def _is_name_word(parse: Parse, w: Word) -> bool:
    """A proper noun, but not a role noun or title a small model tagged PROPN ("Trainer
    Jürgen Klopp" names Jürgen Klopp, "Dr. Maren Olsen" Maren Olsen); or a listed given
    name tagged otherwise before a surname (:func:`_untagged_given_name`)."""
    lang = parse.lang
    if is_title(w, lang) or _is_role_word(w, lang) or not w.text[:1].isupper():
        return False
    return w.upos == "PROPN" or _untagged_given_name(parse, w) or _before_foreign_particle(parse, w)


def _untagged_given_name(parse: Parse, w: Word) -> bool:
    """A listed given name the tagger took for an adjective or noun (Die Vorsitzende
    Gabriele/ADJ Hofmann, Fraktionsvize Jürgen/NOUN Pohl), right before a word that can be
    a surname, and not after an article or preposition (im Mai Berlin)."""
    lang, words = parse.lang, parse.words
    if lang.first_name_gender(w.text) is None:
        return False
    # over name particles to the surname: Ferdinand/NOUN zu Salm
    k = _past_particles(parse, w.i + 1, lang.name_particles)
    if k >= len(words):
        return False
    nxt = words[k]
    if nxt.sent != w.sent or not (_surname_like(nxt, lang) or nxt.upos == "PROPN"):
        return False
    return not _after_article(parse, w)


def _past_particles(parse: Parse, k: int, allowed: frozenset[str]) -> int:
    """The index after the run of (at most three) name particles that starts at ``k``."""
    start = k
    while k < len(parse.words) and parse.words[k].text in allowed and k - start < _MAX_PARTICLES:
        k += 1
    return k


def _before_foreign_particle(parse: Parse, w: Word) -> bool:
    """A capitalised word before a particle that is no German word and a surname after it,
    however the tagger took it: Pieter/NOUN van den Berg, Jan/NOUN ten Brink."""
    lang, words = parse.lang, parse.words
    k = w.i + 1
    if k >= len(words) or words[k].text not in lang.foreign_name_particles:
        return False
    end = _past_particles(parse, k, lang.name_particles)
    return (
        end < len(words)
        and words[end].sent == w.sent
        and _surname_like(w, lang)
        and _surname_like(words[end], lang)
        and not _after_article(parse, w)
        # not inside a longer proper name (Union Générale Tunisienne du Travail)
        and not (w.i > 0 and words[w.i - 1].upos == "PROPN")
    )


def _after_article(parse: Parse, w: Word) -> bool:
    """Does an article or preposition of its sentence stand right before ``w`` (im Mai)?"""
    prev = parse.words[w.i - 1] if w.i > 0 else None
    return prev is not None and prev.sent == w.sent and prev.upos in {"DET", "ADP"}


def _given_names(run: Sequence[Word], lang: German) -> bool:
    """Is every word of ``run`` a listed given name (Henrike, Karl-Theodor)?"""
    return all(lang.first_name_gender(w.text) is not None for w in run)


def _continues_name(parse: Parse, run: Sequence[Word], w: Word) -> bool:
    """Does name word ``w`` extend the run of names just before it? Only when adjacent and
    joined by a name relation ("Jack Ma": flat), not merely side by side ("hatte Trump
    China angegriffen")."""
    prev = run[-1]
    if prev.i != w.i - 1 or prev.sent != w.sent:
        return False
    ids = {r.i for r in run}
    return (
        # a name word right after given names is their surname, however it is attached
        # (Präsidentin Henrike Otte-Laubner: Otte hung on Laubner)
        (_given_names(run, parse.lang) and not _after_article(parse, run[0]))
        or (w.head in ids and w.rel in {"flat", "compound"})
        or (prev.head == w.i and prev.rel in {"flat", "compound"})
        # both under one head, the second as a name part: "Bahn-Chefin Ilka Brahms"
        # parsed with Ilka as an apposition and Brahms as flat:name of the role
        or (w.head == prev.head and w.rel == "flat")
    )


def _hyphenated(parse: Parse, run: list[Word]) -> list[Word]:
    """A name run joined to what follows by a hyphen, as the tokenizer splits it: a double
    name goes on (Widmann-Mauz), a name that only modifies a role noun or a lower-case
    word is none (ein IWF-Sprecher, SPD-Politiker, CDU-geführt)."""
    words = parse.words
    k = run[-1].i
    # After a given name, a capitalised word is the second half of a double surname
    # whatever its tag (Henrike Otte-Laubner); after a surname alone it is not
    # (Trump-Regierung).
    person = parse.lang.first_name_gender(run[0].text) is not None and len(run) >= 2
    run = _syllables(parse, run)
    k = run[-1].i
    while parse.hyphen_joined(k):
        part = words[k + 2]
        if len(run) >= 2 and _syllable(part.text):
            run = [*run, part]  # Son Heung-min: a given name's second syllable
            k = part.i
            continue
        if not part.text[:1].isupper() or parse.lang.is_role_noun(part.text):
            return []
        if (
            part.upos != "PROPN"
            and not (person and _surname_like(part, parse.lang))
            and not _double_given_name(parse, words[k], part)
        ):
            break  # Trump-Regierung, or a name part the tagger missed: leave the run as it is
        run = [*run, part]
        k = part.i
    return run


def _double_given_name(parse: Parse, first: Word, second: Word) -> bool:
    """Are ``first`` and ``second`` the halves of a double given name, whatever the tagger
    made of them (Marie/PROPN-Luise/NOUN, Jean-Pierre)? The second is a listed given name,
    and so is the whole or its first half."""
    gender = parse.lang.first_name_gender
    return gender(second.text) is not None and gender(f"{first.text}-{second.text}") is not None


#: The second syllable of a hyphenated East Asian given name is short and lower-case
#: (Ki-moon, Jong-un, Heung-min): longer lower-case words after a hyphen are no name part
#: (CDU-geführt).
_MAX_SYLLABLE = 5


def _syllable(text: str) -> bool:
    return text.isalpha() and text.islower() and len(text) <= _MAX_SYLLABLE


def _syllables(parse: Parse, run: list[Word]) -> list[Word]:
    """A name of two or more words whose last is glued to a lower-case syllable, as the
    tokenizer splits it: Ban Ki- + moon, Kim Jong + -un. The syllable is part of the name
    (whatever its tag), the name no longer cut at the hyphen."""
    words = parse.words
    last = run[-1]
    if len(run) < 2 or last.i + 1 >= len(words):
        return run
    nxt = words[last.i + 1]
    glued = nxt.start == last.end and nxt.sent == last.sent
    if glued and last.text.endswith("-") and _syllable(nxt.text):
        return [*run, nxt]
    if glued and nxt.text.startswith("-") and _syllable(nxt.text[1:]):
        return [*run, nxt]
    return run


def _after_given_name(parse: Parse, run: list[Word]) -> list[Word]:
    """Listed given names alone in their run (Ursula, Karl-Theodor) go on to the surname
    after them,
    however the parser tagged that: a capitalised word (Thomas Koch, tagged NOUN), name
    particles and a capitalised word (Ursula von der Heide, Karl-Theodor zu Guttenberg,
    Ruud van Dijk), or a prefixed surname (Ali al-Masri)."""
    lang = parse.lang
    given = _given_names(run, lang)
    allowed = lang.name_particles if given else lang.foreign_name_particles
    words = parse.words
    k = run[-1].i + 1
    particles: list[Word] = []
    while (
        k < len(words)
        and words[k].sent == run[-1].sent
        and words[k].text in allowed
        and len(particles) < _MAX_PARTICLES
    ):
        particles.append(words[k])
        if words[k].text in lang.foreign_name_particles:
            allowed = lang.name_particles  # van der, van den, de la
        k += 1
    if k >= len(words) or words[k].sent != run[-1].sent:
        return run
    nxt = words[k]
    prefix, _, rest = nxt.text.partition("-")
    if not given and not particles:
        return run  # a surname alone (Merkel) goes on to no capitalised word
    if _surname_like(nxt, lang) or (prefix in lang.name_prefixes and rest[:1].isupper()):
        return [*run, *particles, nxt]
    return run


#: At most this many particles stand between a given name and the surname (von der).
_MAX_PARTICLES = 3


def _surname_like(w: Word, lang: German) -> bool:
    """A capitalised word that can be a surname: no role noun, no number or punctuation,
    no abbreviation in capitals (CDU)."""
    return (
        w.text[:1].isupper()
        and w.text[1:2].islower()
        and w.upos in {"PROPN", "NOUN", "X", "ADJ"}
        and not _is_role_word(w, lang)
    )


def _join_overlaps(runs: list[list[Word]]) -> list[list[Word]]:
    """A run that the hyphen carried onto the first word of the next run goes on with it:
    Jean- + Louis Borloo is one name, Jean-Louis Borloo, not Jean-Louis and Louis Borloo."""
    joined: list[list[Word]] = []
    for run in runs:
        if joined and joined[-1] and run and joined[-1][-1].i == run[0].i:
            joined[-1] = [*joined[-1], *run[1:]]
        else:
            joined.append(run)
    return joined


def collect_names(parse: Parse) -> list[Name]:
    """Runs of adjacent name words in one sentence, plus capitalised words repeating a
    token of such a run elsewhere (the small model tags "Donald" as NOUN at times)."""
    runs: list[list[Word]] = []
    for w in parse.words:
        if _is_name_word(parse, w):
            if runs and _continues_name(parse, runs[-1], w):
                runs[-1].append(w)
            else:
                runs.append([w])
    runs = _join_overlaps([_hyphenated(parse, run) for run in runs])
    runs = [_after_given_name(parse, run) for run in runs if run]
    # A surname reached after a given name may be a double one: Henriette/ADJ
    # Lamprecht/NOUN-Osei.
    runs = [_hyphenated(parse, run) or run for run in runs]
    tokens_seen = {w.text.lower() for run in runs for w in run}
    in_run = {w.i for run in runs for w in run}
    for w in parse.words:
        if (
            w.i not in in_run
            and w.text[:1].isupper()
            and w.upos in {"NOUN", "X", "ADJ"}
            and w.text.lower() in tokens_seen
        ):
            runs.append([w])
    runs.sort(key=lambda r: r[0].i)
    return [
        Name(tuple(w.i for w in run), tuple(w.text.lower() for w in run), run[0].start, run[-1].end)
        for run in runs
    ]


def cluster_names(names: Sequence[Name]) -> list[int]:
    """Cluster ids: a name joins the longest name whose tokens contain all of its own;
    where several do, the nearest one before it (else the nearest after it).

    Linear in the number of mentions for a given set of distinct name forms: names are
    grouped by form, each form's fuller forms are found through an index by token, and
    the nearest fuller mention by bisection."""
    cluster = list(range(len(names)))
    forms: dict[tuple[str, ...], list[int]] = {}
    for k, name in enumerate(names):
        forms.setdefault(name.tokens, []).append(k)
    forms_with: dict[str, list[tuple[str, ...]]] = {}
    for form in forms:
        for token in set(form):
            forms_with.setdefault(token, []).append(form)
    # For each form, the mentions of every longer form holding all of its tokens, by offset.
    fuller: dict[tuple[str, ...], tuple[list[int], list[int]]] = {}
    for form in forms:
        mine = set(form)
        rarest = min(mine, key=lambda token: len(forms_with[token]))
        members = sorted(
            (names[j].start, j)
            for other in forms_with[rarest]
            if len(other) > len(form) and mine <= set(other)
            for j in forms[other]
        )
        fuller[form] = ([start for start, _ in members], [j for _, j in members])
    # Longest first, so that the name joined is already in its final cluster.
    for k in sorted(range(len(names)), key=lambda k: -len(names[k].tokens)):
        starts, fullers = fuller[names[k].tokens]
        if fullers:
            before = bisect.bisect_right(starts, names[k].start)
            cluster[k] = cluster[fullers[before - 1] if before else fullers[0]]
    return cluster
