"""The German language as quoteattr knows it: one resources object the rules receive.

Everything language-specific that the attribution rules and speaker resolution read
comes from here, and all of it from data files in ``quoteattr/data/`` (a model of
spaCy's ``lang/de`` with its ``GermanDefaults``):

- ``speech_cues.txt``: speech verbs, particle verbs, cue nouns, cue prepositions, role
  nouns, separable particles and changed verb stems (read by :mod:`quoteattr._cues`);
- ``first_names.txt``: given names with their gender (read by :mod:`quoteattr._names`);
- ``german.txt``: the small closed word lists of grammar (skippable adverbs, Konjunktiv I
  forms, pronouns, title nouns, ...), one section each, read here.

Each file's header gives its format and licence note. The quotation-mark classes are
defined once, in :mod:`quoteattr._marks`, and offered here too. A :class:`German` is built
once (:func:`german`) and reaches every rule as ``view.lang`` and every helper as
``parse.lang``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

import attrs
import regex

from quoteattr import _cues, _names
from quoteattr._datafile import parse_sections, read_data
from quoteattr._marks import CLOSING_MARKS, OPENING_MARKS

__all__ = ["German", "german"]

_DATA_FILE = "german.txt"
#: A compound counts as a noun of a kind when it ends in a listed noun this long.
_MIN_SUFFIX = 4
_WORD_SECTIONS = (
    "skippable_adverbs",
    "self_quoting_verbs",
    "title_nouns",
    "naming_cues",
    "als_verbs",
    "opinion_verbs",
    "opinion_nouns",
    "opinion_noun_verbs",
    "naming_verbs",
    "charging_verbs",
    "slogan_nouns",
    "words_nouns",
    "according_markers",
    "definite_articles",
    "source_prepositions",
    "content_prepositions",
    "anaphoric_objects",
    "opening_adverbs",
    "object_articles",
    "anaphoric_sources",
    "modal_subjunctives",
    "document_verbs",
    "subjunctive_forms",
    "adverb_endings",
    "feminine_endings",
    "non_speakers",
    "time_nouns",
    "one_of",
    "personal_pronouns",
    "surname_nouns",
    "name_titles",
    "title_abbreviations",
    "inner_abbreviations",
    "name_particles",
    "name_prefixes",
    "foreign_name_particles",
    "organisation_nouns",
    "legal_forms",
    "club_prefixes",
    "media_nouns",
    "document_nouns",
    "indicative_subjects",
    "continuing_cues",
    "continuing_leads",
    "auxiliaries",
    "indirect_markers",
    "clause_words",
    "not_content_before_dass",
    "source_nouns",
    "subjunctive_ii_forms",
    "zu_cues",
    "adverbial_marks",
    "that_marks",
    "third_person_subjects",
    "agent_prepositions",
    "age_noun_endings",
)
_PAIR_SECTIONS = (
    "modal_cues",
    "cue_frames",
    "content_prepositions_by_verb",
    "demonstratives",
    "ordinal_anaphors",
    "pronoun_forms",
    "article_genders",
    "oblique_article_genders",
    "possessive_genders",
)

#: "so genannte", "sogenannten", "kurz" right before a quotation: a term, not speech.
_SO_CALLED = regex.compile(
    r"""(?ix)
    (?: \bso\s*genannt\w*      # so genannte „…“, sogenannten „…“
      | \bkurz,?                 # der Deutsche Fußball-Bund, kurz „DFB“
    ) \s*$"""
)


@attrs.frozen
class German:
    """Word lists and lexicon lookups for German. Entries are lowercase; see
    ``quoteattr/data/german.txt`` for what each list holds and why."""

    code: str
    skippable_adverbs: frozenset[str]
    self_quoting_verbs: frozenset[str]
    title_nouns: frozenset[str]
    naming_cues: frozenset[str]
    als_verbs: frozenset[str]
    opinion_verbs: frozenset[str]
    #: nouns of a view (Meinung, These) whose content clause is the holder's view
    opinion_nouns: frozenset[str]
    #: verbs whose subject holds the opinion noun object (vertreten, teilen)
    opinion_noun_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    #: verbs charging someone with what is said: vorwerfen, unterstellen, bescheinigen
    charging_verbs: frozenset[str]
    slogan_nouns: frozenset[str]
    #: the slogan nouns and the nouns that are words themselves (Worte)
    words_nouns: frozenset[str]
    according_markers: frozenset[str]
    definite_articles: frozenset[str]
    source_prepositions: frozenset[str]
    content_prepositions: frozenset[str]
    #: preposition -> the verb lemmas whose oblique with it is what was said
    content_prepositions_by_verb: Mapping[str, frozenset[str]]
    anaphoric_objects: frozenset[str]
    opening_adverbs: frozenset[str]
    object_articles: frozenset[str]
    anaphoric_sources: frozenset[str]
    modal_subjunctives: frozenset[str]
    document_verbs: frozenset[str]
    subjunctive_forms: frozenset[str]
    adverb_endings: tuple[str, ...]
    #: noun endings that make a noun feminine whatever a tagger says (-ung, -heit, -tät)
    feminine_endings: tuple[str, ...]
    non_speakers: frozenset[str]
    time_nouns: frozenset[str]
    one_of: frozenset[str]
    personal_pronouns: frozenset[str]
    #: demonstrative -> the personal pronoun it stands for (dieser -> er)
    demonstratives: Mapping[str, str]
    #: a modal -> the infinitive with which it asks or says (wollen -> wissen)
    modal_cues: Mapping[str, str]
    #: a cue lemma (spaces as _) -> which of its arguments speaks: "dative" or
    #: "accusative" (that argument is addressed or accused and never speaks), "object"
    #: (the accusative object speaks: zitieren), "subject" (no person object: wissen wollen)
    cue_frames: Mapping[str, str]
    #: ersterer -> 0, letzterer -> -1 (every inflection)
    ordinal_anaphors: Mapping[str, int]
    surname_nouns: frozenset[str]
    #: academic titles before a name, without their dot (dr, prof)
    name_titles: frozenset[str]
    #: abbreviated titles before a name (prof, mag), shown to the tokenizer without dot
    title_abbreviations: frozenset[str]
    #: abbreviations that never end a sentence (bzw, vgl, ca)
    inner_abbreviations: frozenset[str]
    #: lower-case words inside a name: von der, van, zu, de la, bin, al
    name_particles: frozenset[str]
    #: lower-case prefixes hyphened to a surname: al-Masri, el-Sisi
    name_prefixes: frozenset[str]
    #: the name particles that are no German word (van, de, bin): after any name
    foreign_name_particles: frozenset[str]
    organisation_nouns: frozenset[str]
    #: the last word of a firm's name that says it is one (gmbh, ag, e.v.)
    legal_forms: frozenset[str]
    #: the first word of a sports club's name (FC, SV, VfL): the name is a body's
    club_prefixes: frozenset[str]
    media_nouns: frozenset[str]
    document_nouns: frozenset[str]
    #: cues that go on with the last speaker's words (hinzufügen, ergänzen, fortfahren)
    continuing_cues: frozenset[str]
    #: a word alone before a colon leading on to the last speaker's words (Und: „…“)
    continuing_leads: frozenset[str]
    #: copulas and auxiliaries indeed (sein, werden, bleiben, haben)
    auxiliaries: frozenset[str]
    #: subject pronouns with which a form like drohe is no Konjunktiv I (ich, wir, sie)
    indicative_subjects: frozenset[str]
    #: words that attach a statement to a source (laut, zufolge, nach, so, wie ...)
    indirect_markers: frozenset[str]
    #: words opening a dass-, ob- or w-clause
    clause_words: frozenset[str]
    #: words before "dass" that make it no content clause (so dass, ohne dass)
    not_content_before_dass: frozenset[str]
    #: nouns that make "nach X" name a source (Angaben, Ansicht; compounds by their end)
    source_nouns: frozenset[str]
    #: Konjunktiv II forms standing in for Konjunktiv I (hätten, würden)
    subjunctive_ii_forms: frozenset[str]
    #: verbs whose zu-infinitive is content: beschließen, vorschlagen, drohen
    zu_cues: frozenset[str]
    #: conjunctions opening adverbial clauses (während, weil, wenn)
    adverbial_marks: frozenset[str]
    #: dass, daß
    that_marks: frozenset[str]
    #: er, sie, es, man: subjects that make a verb form in -e a Konjunktiv I
    third_person_subjects: frozenset[str]
    #: von, vom: the agent of a passive
    agent_prepositions: frozenset[str]
    #: endings of a noun of age (der 63-Jährige, dem 63-Jährigen)
    age_noun_endings: tuple[str, ...]
    #: ihm -> er, ihr -> sie: forms of er/sie that can name a person
    pronoun_forms: Mapping[str, str]
    #: definite article -> "Masc"/"Fem" before a noun in -e (der 63-Jährige)
    article_genders: Mapping[str, str]
    #: definite article -> "Masc"/"Fem" before a noun in -en (der 49-Jährigen: Fem)
    oblique_article_genders: Mapping[str, str]
    #: lemma of a possessive determiner -> the gender of its owner (sein -> "Masc")
    possessive_genders: Mapping[str, str]
    #: separable verb particles (hinzu, zurück, mit ...), from the cue lexicon
    particles: frozenset[str]
    opening_marks: frozenset[str] = OPENING_MARKS
    closing_marks: frozenset[str] = CLOSING_MARKS

    # --- lexicon lookups (quoteattr/data/speech_cues.txt, first_names.txt) ---------------

    @staticmethod
    def speech_verb_lemma(lemma: str, form: str) -> str | None:
        """The speech-verb lemma of a verb (by lemma, else by form), or ``None``."""
        return _cues.speech_verb_lemma(lemma, form)

    @staticmethod
    def particle_verb(stem_lemma: str, particle: str, form: str = "") -> str | None:
        """The joined lemma of a separated speech particle verb (fügen + hinzu); the
        stem's word ``form`` is tried where its lemma is wrong (strich: strechen)."""
        return _cues.particle_verb(stem_lemma, particle, form)

    @staticmethod
    def is_cue_noun(lemma: str) -> bool:
        """A noun that cues speech: nach Angaben, die Worte, Zitat."""
        return _cues.is_cue_noun(lemma)

    @staticmethod
    def is_role_noun(word: str) -> bool:
        """A noun naming a role that can speak (Sprecherin, SPD-Chef)."""
        return _cues.is_role_noun(word)

    @staticmethod
    def first_name_gender(token: str) -> _names.Gender | None:
        """``"Fem"``/``"Masc"`` for a listed given name, else ``None``."""
        return _names.first_name_gender(token)

    def noun_kind(self, lemma: str) -> str | None:
        """ "organisation", "media" or "document" for a noun of that kind (by lemma, or
        a compound ending in one: Bundesregierung, Tageszeitung), else ``None``."""
        word = lemma.casefold()
        for kind, nouns in (
            ("media", self.media_nouns),
            ("document", self.document_nouns),
            ("organisation", self.organisation_nouns),
        ):
            if word in nouns or any(word.endswith(n) for n in nouns if len(n) >= _MIN_SUFFIX):
                return kind
        return None

    def cue_frame(self, cue_lemma: str) -> str | None:
        """Which argument of the cue speaks ([cue_frames]): ``"dative"``,
        ``"accusative"``, ``"object"``, ``"subject"``, or ``None`` for an unlisted cue."""
        return self.cue_frames.get(cue_lemma.lower().replace(" ", "_"))

    def is_source_noun(self, word: str) -> bool:
        """Does ``word`` (a lemma or form) end in a source noun: Angaben, Polizeiangaben?"""
        low = word.lower()
        return any(low.endswith(n) for n in self.source_nouns)

    def is_so_called(self, text_before: str) -> bool:
        """Does ``text_before`` end in "so genannt" or "kurz", introducing a term?"""
        return _SO_CALLED.search(text_before) is not None


def _pairs(entries: list[str], section: str) -> list[tuple[str, str]]:
    out = []
    for entry in entries:
        key, sep, value = entry.partition(":")
        if not sep or not key or not value:
            raise ValueError(f"{_DATA_FILE}: [{section}] entry {entry!r} is not 'key:value'")
        out.append((key, value))
    return out


def _genders(entries: list[str], section: str) -> dict[str, str]:
    """article:masc/fem pairs as article -> "Masc"/"Fem" (the parse's feature values)."""
    return {k: v.capitalize() for k, v in _pairs(entries, section)}


_FRAMES = frozenset({"dative", "accusative", "object", "subject"})


def _frames(entries: list[str]) -> dict[str, str]:
    frames = dict(_pairs(entries, "cue_frames"))
    for cue, frame in frames.items():
        if frame not in _FRAMES:
            raise ValueError(f"{_DATA_FILE}: [cue_frames] {cue!r} has unknown frame {frame!r}")
    return frames


def _parse(text: str) -> German:
    sections = parse_sections(text, _DATA_FILE, _WORD_SECTIONS + _PAIR_SECTIONS)
    missing = [s for s in _WORD_SECTIONS + _PAIR_SECTIONS if s not in sections]
    if missing:
        raise ValueError(f"{_DATA_FILE}: missing section(s) {', '.join(missing)}")
    words = {name: frozenset(sections[name]) for name in _WORD_SECTIONS}
    by_verb: dict[str, set[str]] = {}
    for prep, verb in _pairs(sections["content_prepositions_by_verb"], "by_verb"):
        by_verb.setdefault(prep, set()).add(verb)
    return German(
        code="de",
        **{
            k: v
            for k, v in words.items()
            if k not in {"adverb_endings", "feminine_endings", "words_nouns", "age_noun_endings"}
        },
        age_noun_endings=tuple(sections["age_noun_endings"]),
        pronoun_forms=dict(_pairs(sections["pronoun_forms"], "pronoun_forms")),
        article_genders=_genders(sections["article_genders"], "article_genders"),
        oblique_article_genders=_genders(
            sections["oblique_article_genders"], "oblique_article_genders"
        ),
        possessive_genders=_genders(sections["possessive_genders"], "possessive_genders"),
        words_nouns=words["words_nouns"] | words["slogan_nouns"],
        adverb_endings=tuple(sections["adverb_endings"]),
        feminine_endings=tuple(sections["feminine_endings"]),
        content_prepositions_by_verb={k: frozenset(v) for k, v in by_verb.items()},
        demonstratives=dict(_pairs(sections["demonstratives"], "demonstratives")),
        modal_cues=dict(_pairs(sections["modal_cues"], "modal_cues")),
        cue_frames=_frames(sections["cue_frames"]),
        ordinal_anaphors={
            k: int(v) for k, v in _pairs(sections["ordinal_anaphors"], "ordinal_anaphors")
        },
        particles=frozenset(_cues.lexicon().particles),
    )


@functools.cache
def german() -> German:
    """The German resources, read from the package data on first use and cached."""
    return _parse(read_data(_DATA_FILE))
