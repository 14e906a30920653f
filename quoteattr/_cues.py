"""The speech-cue lexicon: German verba dicendi, cue nouns, cue prepositions and role nouns.

The lexicon lives in ``quoteattr/data/speech_cues.txt`` and is read once, lazily, through
:mod:`importlib.resources` (so it works from an installed wheel or a zip as well as from a
source checkout).

File format
-----------
- UTF-8 plain text, one entry per line.
- ``#`` starts a comment, on a line of its own or after an entry; blank lines are ignored.
- A line ``[name]`` starts a section. Sections: ``verbs``, ``particle_verbs``, ``nouns``,
  ``prepositions``, ``roles``, ``particles``, ``changed_stems``, ``past_endings``; each
  appears once.
- Entries are lemmas, single tokens without spaces: verbs, particles and prepositions in
  lowercase, nouns and roles capitalised.
- ``[particle_verbs]`` entries are written ``particle+stem`` (``hinzu+fügen``). A parser gives
  a separated particle verb as the stem's lemma (``fügen``) with the particle as a
  ``compound:prt`` dependent (``hinzu``); :func:`particle_verb` reassembles ``hinzufügen``.
- ``[changed_stems]`` entries are written ``form:infinitive`` (``schrieb:schreiben``).

Lookups are case-insensitive (both sides are compared ``str.casefold``-ed, so the Swiss
spelling ``gemäss`` matches ``gemäß``).
"""

from __future__ import annotations

import functools

import attrs

from quoteattr._datafile import parse_sections, read_data

__all__ = [
    "Lexicon",
    "is_cue_noun",
    "is_cue_preposition",
    "is_role_noun",
    "is_speech_verb",
    "lexicon",
    "particle_verb",
    "speech_verb_lemma",
]

_DATA_FILE = "speech_cues.txt"
_SECTIONS = (
    "verbs",
    "particle_verbs",
    "nouns",
    "prepositions",
    "roles",
    "particles",
    "changed_stems",
    "past_endings",
)
#: A compound counts as a role noun when it ends in a listed role at least this long.
_MIN_ROLE_SUFFIX = 4


@attrs.frozen
class Lexicon:
    """The speech-cue lexicon, one frozenset per section, entries as written in the file.

    ``particle_verbs`` holds ``(particle, stem)`` pairs, e.g. ``("hinzu", "fügen")``.
    """

    verbs: frozenset[str]
    particle_verbs: frozenset[tuple[str, str]]
    nouns: frozenset[str]
    prepositions: frozenset[str]
    roles: frozenset[str]
    #: separable particles (hinzu, zurück), longest first
    particles: tuple[str, ...] = ()
    #: a form with a changed stem -> its infinitive (schrieb -> schreiben)
    changed_stems: dict[str, str] = attrs.field(factory=dict)
    #: weak past endings, longest first (eten, ete, ten, te, et, t)
    past_endings: tuple[str, ...] = ()

    @property
    def particle_verb_lemmas(self) -> frozenset[str]:
        """The particle verbs joined into one lemma (``hinzufügen``)."""
        return frozenset(particle + stem for particle, stem in self.particle_verbs)

    @property
    def speech_verbs(self) -> frozenset[str]:
        """Every verb lemma :func:`is_speech_verb` accepts (as written, not casefolded)."""
        return self.verbs | self.particle_verb_lemmas


def _parse(text: str) -> Lexicon:
    sections = parse_sections(text, _DATA_FILE, _SECTIONS)

    pairs: set[tuple[str, str]] = set()
    for entry in sections.get("particle_verbs", []):
        particle, sep, stem = entry.partition("+")
        if not sep or not particle or not stem or "+" in stem:
            raise ValueError(f"{_DATA_FILE}: particle verb {entry!r} is not 'particle+stem'")
        pairs.add((particle, stem))

    return Lexicon(
        verbs=frozenset(sections.get("verbs", [])),
        particle_verbs=frozenset(pairs),
        nouns=frozenset(sections.get("nouns", [])),
        prepositions=frozenset(sections.get("prepositions", [])),
        roles=frozenset(sections.get("roles", [])),
        particles=tuple(sorted(set(sections.get("particles", [])), key=lambda p: (-len(p), p))),
        changed_stems=dict(_stem_pair(e) for e in sections.get("changed_stems", [])),
        past_endings=tuple(sections.get("past_endings", [])),
    )


def _stem_pair(entry: str) -> tuple[str, str]:
    form, sep, infinitive = entry.partition(":")
    if not sep or not form or not infinitive:
        raise ValueError(f"{_DATA_FILE}: changed stem {entry!r} is not 'form:infinitive'")
    return form, infinitive


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, read from the package data on first use and cached."""
    return _parse(read_data(_DATA_FILE))


@attrs.frozen
class _Index:
    """Casefolded lookup sets built from :func:`lexicon`."""

    speech_verbs: frozenset[str]
    #: casefolded (particle, stem) -> the joined lemma as spelled in the file
    particle_verbs: dict[tuple[str, str], str]
    #: casefolded verb -> the verb as spelled in the file
    verbs: dict[str, str]
    nouns: frozenset[str]
    prepositions: frozenset[str]
    roles: frozenset[str]
    role_suffixes: tuple[str, ...]


def _fold(words: frozenset[str]) -> frozenset[str]:
    return frozenset(word.casefold() for word in words)


@functools.cache
def _index() -> _Index:
    lex = lexicon()
    roles = _fold(lex.roles)
    return _Index(
        speech_verbs=_fold(lex.speech_verbs),
        particle_verbs={(p.casefold(), s.casefold()): p + s for p, s in lex.particle_verbs},
        verbs={verb.casefold(): verb for verb in lex.verbs},
        nouns=_fold(lex.nouns),
        prepositions=_fold(lex.prepositions),
        roles=roles,
        role_suffixes=tuple(sorted(r for r in roles if len(r) >= _MIN_ROLE_SUFFIX)),
    )


def is_speech_verb(lemma: str) -> bool:
    """Whether ``lemma`` is a speech verb: listed under [verbs] or a joined particle verb."""
    return lemma.casefold() in _index().speech_verbs


def particle_verb(stem_lemma: str, particle: str, form: str = "") -> str | None:
    """The lemma of a separated particle verb, or ``None`` if it is no speech verb.

    ``particle_verb("fügen", "hinzu") == "hinzufügen"``. Accepted when ``particle+stem`` is
    listed under [particle_verbs], or when the joined form is listed under [verbs]. The result
    is spelled as in the lexicon (lowercase). ``particle_verb("sagen", "ab")`` is ``None``:
    *absagen* means "cancel". Where the stem's lemma is none of these, the stem's word
    ``form`` is tried too, as :func:`speech_verb_lemma` does: a small model lemmatises
    *strich* (… heraus) as ``strechen``; the changed stem gives *streichen*.
    """
    prt = particle.casefold()
    index = _index()
    stems = [stem_lemma.casefold()]
    if form:
        stems += _simple_guesses(form.casefold())
    for stem in stems:
        found = index.particle_verbs.get((prt, stem)) or index.verbs.get(prt + stem)
        if found:
            return found
    return None


def is_cue_noun(lemma: str) -> bool:
    """Whether ``lemma`` is a cue noun (``Angabe`` in "nach Angaben von", ``Wort``, ``Ansicht``)."""
    return lemma.casefold() in _index().nouns


def is_cue_preposition(lemma: str) -> bool:
    """Whether ``lemma`` is a cue preposition (``laut``, ``zufolge``, ``so``, ``nach``, …)."""
    return lemma.casefold() in _index().prepositions


def is_role_noun(lemma: str) -> bool:
    """Whether ``lemma`` names a role that can speak (``Sprecherin``, ``Minister``).

    Also true for a compound ending in a listed role of at least four letters
    (``Polizeisprecher``, ``Bundesinnenminister``), and for a hyphenated compound whose last
    part is a role (``SPD-Chef``, ``RTL-Chefin``).
    """
    return _is_role_word(lemma.casefold())


@functools.lru_cache(maxsize=1 << 16)
def _is_role_word(word: str) -> bool:
    # Cached: speaker resolution asks about every word of a document.
    index = _index()
    if word in index.roles:
        return True
    if "-" in word:
        last = word.rsplit("-", 1)[1]
        if last and last != word:
            return _is_role_word(last)
    return word.endswith(index.role_suffixes)


def speech_verb_lemma(lemma: str, form: str) -> str | None:
    """The speech-verb lemma of a verb, or None.

    ``lemma`` is the parser's lemma; where it is not a listed speech verb, the word form
    is tried too: small models often return a past form unchanged (``sagten``) or invent a
    lemma (``unterstrechen``). Weak past endings are undone (sagten → sagen, lauteten →
    lauten) and changed stems looked up (schrieben → schreiben, rät → raten).
    """
    if is_speech_verb(lemma):
        return lemma
    word = form.casefold()
    for candidate in _infinitive_guesses(word):
        if is_speech_verb(candidate):
            return candidate
    return None


def _infinitive_guesses(word: str) -> list[str]:
    guesses = _simple_guesses(word)
    # A participle of a particle verb: zurück+ge+wiesen → zurückweisen,
    # hinzu+ge+fügt → hinzufügen.
    for particle in lexicon().particles:
        rest = word[len(particle) :]
        if word.startswith(particle) and rest.startswith("ge") and len(rest) > 4:
            guesses += [particle + g for g in _simple_guesses(rest[2:])]
        elif word.startswith(particle) and len(rest) > 3:
            # a particle verb joined in a subordinate clause: (der ihm) vorwarf, zurückwies
            guesses += [particle + g for g in _simple_guesses(rest)[1:]]
    return guesses


def _simple_guesses(word: str) -> list[str]:
    lex = lexicon()
    guesses = [word]
    for stem_end in ("en", "n", ""):
        stem = word[: -len(stem_end)] if stem_end and word.endswith(stem_end) else word
        if stem in lex.changed_stems:
            guesses.append(lex.changed_stems[stem])
    if word.startswith("ge") and word.endswith("t") and len(word) > 5:
        guesses.append(word[2:-1] + "en")  # gewarnt → warnen
        guesses.append(word[2:-1] + "n")  # gefordert → fordern, geäußert → äußern
        if word.endswith("et"):
            guesses.append(word[2:-2] + "en")  # gemeldet → melden
    for ending in lex.past_endings:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            guesses += [stem + "en", stem + "n"]
    return guesses
