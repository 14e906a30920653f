"""The speech-cue lexicon (quoteattr/data/speech_cues.txt) and its accessors."""

from __future__ import annotations

import collections
import re

import attrs
import pytest

from quoteattr import _cues
from quoteattr._cues import (
    Lexicon,
    is_cue_noun,
    is_cue_preposition,
    is_role_noun,
    is_speech_verb,
    lexicon,
    particle_verb,
    speech_verb_lemma,
)
from quoteattr._datafile import parse_sections, read_data


def _raw_sections() -> dict[str, list[str]]:
    """The file's entries per section, as written, duplicates kept."""
    return parse_sections(
        read_data("speech_cues.txt"),
        "speech_cues.txt",
        _cues._SECTIONS,
    )


@pytest.mark.parametrize(
    "lemma",
    [
        "sagen",
        "erklären",
        "betonen",
        "meinen",
        "fordern",
        "warnen",
        "kritisieren",
        "schreiben",
        "antworten",
        "ergänzen",
        "fragen",
        "bekräftigen",
        "versichern",
        "behaupten",
        "unterstreichen",
        "mahnen",
        "loben",
        "bezeichnen",
        "nennen",
        "sprechen",
        "rufen",
        "twittern",
        "zitieren",
        "kommentieren",
        "urteilen",
        "bilanzieren",
        "resümieren",
        "prophezeien",
        "glauben",
        "hoffen",
        "befürchten",
        "äußern",
        "heißen",
        "lauten",
        "hinzufügen",
        "mitteilen",
        "ankündigen",
        "zugeben",
        "einräumen",
        "feststellen",
        "bekanntgeben",
        "fortfahren",
        "Sagen",
        "ERKLÄREN",
    ],
)
def test_speech_verbs(lemma: str) -> None:
    assert is_speech_verb(lemma)


@pytest.mark.parametrize(
    "lemma",
    ["essen", "fahren", "bauen", "haben", "sein", "werden", "gehen", "räumen", "fügen", "", "Haus"],
)
def test_not_speech_verbs(lemma: str) -> None:
    assert not is_speech_verb(lemma)


@pytest.mark.parametrize(
    ("stem", "particle", "expected"),
    [
        ("fügen", "hinzu", "hinzufügen"),
        ("teilen", "mit", "mitteilen"),
        ("kündigen", "an", "ankündigen"),
        ("geben", "zu", "zugeben"),
        ("räumen", "ein", "einräumen"),
        ("merken", "an", "anmerken"),
        ("führen", "aus", "ausführen"),
        ("stellen", "fest", "feststellen"),
        ("stellen", "klar", "klarstellen"),
        ("heben", "hervor", "hervorheben"),
        ("sichern", "zu", "zusichern"),
        ("wenden", "ein", "einwenden"),
        ("geben", "bekannt", "bekanntgeben"),
        ("streichen", "heraus", "herausstreichen"),
        ("prangern", "an", "anprangern"),
        ("werfen", "vor", "vorwerfen"),
        ("weisen", "zurück", "zurückweisen"),
        ("geben", "an", "angeben"),
        ("fahren", "fort", "fortfahren"),
        ("schätzen", "ein", "einschätzen"),
        ("Fügen", "Hinzu", "hinzufügen"),
        ("sagen", "ab", None),
        ("fahren", "ab", None),
        ("stellen", "her", None),
        ("geben", "auf", None),
        ("räumen", "auf", None),
        ("essen", "auf", None),
    ],
)
def test_particle_verb(stem: str, particle: str, expected: str | None) -> None:
    assert particle_verb(stem, particle) == expected


@pytest.mark.parametrize(
    ("lemma", "particle", "form", "expected"),
    [
        # the small model's lemmas of separated stems: invented, or the form itself
        ("strechen", "heraus", "strich", "herausstreichen"),  # strich Romney heraus
        ("warfen", "vor", "warfen", "vorwerfen"),  # warfen der Regierung „…“ vor
        ("wiesen", "hin", "wiesen", "hinweisen"),  # wiesen die Ärzte hin
        ("wiesen", "zurück", "wiesen", "zurückweisen"),
        ("gaben", "zu", "gaben", "zugeben"),  # gaben die Manager zu
        ("räumten", "ein", "räumten", "einräumen"),  # a weak past: räumten → räumen
        # the form guessed right gives no speech verb with this particle
        ("hielten", "zurück", "hielten", None),  # hielten sich zurück
        ("sagten", "ab", "sagten", None),  # sagten ab: cancelled
        ("gaben", "auf", "gaben", None),  # gaben auf: gave up
        ("strechen", "heraus", "", None),  # no form to go on
    ],
)
def test_particle_verb_tries_the_stems_form_where_its_lemma_is_wrong(
    lemma: str, particle: str, form: str, expected: str | None
) -> None:
    assert particle_verb(lemma, particle, form) == expected


def test_particle_verb_falls_back_to_joined_verbs() -> None:
    lex = lexicon()
    joined_only = [v for v in ("vorhersagen", "voraussagen") if v in lex.verbs]
    assert joined_only
    assert particle_verb("sagen", "vorher") == "vorhersagen"


@pytest.mark.parametrize(
    "lemma",
    ["Angabe", "Aussage", "Wort", "Auskunft", "Mitteilung", "Erklärung", "Ansicht", "angabe"],
)
def test_cue_nouns(lemma: str) -> None:
    assert is_cue_noun(lemma)


@pytest.mark.parametrize("lemma", ["Haus", "Sprecher", "sagen", "laut"])
def test_not_cue_nouns(lemma: str) -> None:
    assert not is_cue_noun(lemma)


@pytest.mark.parametrize("lemma", ["laut", "zufolge", "so", "nach", "gemäß", "Laut", "gemäss"])
def test_cue_prepositions(lemma: str) -> None:
    assert is_cue_preposition(lemma)


@pytest.mark.parametrize("lemma", ["in", "mit", "auf", "und"])
def test_not_cue_prepositions(lemma: str) -> None:
    assert not is_cue_preposition(lemma)


@pytest.mark.parametrize(
    "lemma",
    [
        "Sprecher",
        "Sprecherin",
        "Minister",
        "Kanzlerin",
        "Chef",
        "Vorsitzende",
        "Vorsitzender",
        "sprecherin",
        "Polizeisprecher",
        "Regierungssprecherin",
        "Bundesinnenminister",
        "Bundeskanzlerin",
        "Vizepräsident",
        "Oberbürgermeister",
        "Rechtsanwältin",
        "Bundestrainer",
        "SPD-Chef",
        "RTL-Chefin",
        "CDU-Generalsekretär",
        "Vereinschef",
        "Finanzvorstand",
        "Parteikollegin",
        "45-Jährige",
        "Augenzeugin",
    ],
)
def test_role_nouns(lemma: str) -> None:
    assert is_role_noun(lemma)


@pytest.mark.parametrize("lemma", ["Haus", "Fahrzeug", "Regierung", "Ministerium", "Mann", "-", ""])
def test_not_role_nouns(lemma: str) -> None:
    assert not is_role_noun(lemma)


def test_lexicon_is_cached_and_frozen() -> None:
    lex = lexicon()
    assert lex is lexicon()
    assert isinstance(lex, Lexicon)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lex.verbs = frozenset()  # type: ignore[misc]


def test_section_sizes() -> None:
    lex = lexicon()
    assert len(lex.verbs) >= 230
    assert len(lex.particle_verbs) >= 40
    assert len(lex.nouns) >= 20
    assert lex.prepositions >= {"laut", "zufolge", "so", "nach", "gemäß"}
    assert len(lex.roles) >= 40
    distinct = lex.speech_verbs | lex.nouns | lex.prepositions
    assert len(distinct) >= 250


def test_no_duplicates_within_a_section() -> None:
    sections = _raw_sections()
    assert set(sections) == set(_cues._SECTIONS)
    for name, entries in sections.items():
        dupes = [e for e, n in collections.Counter(entries).items() if n > 1]
        assert not dupes, f"[{name}] lists {dupes} more than once"


_LOWER = r"[a-zäöüß]+"
_CAPITALISED = r"[A-ZÄÖÜ][a-zäöüß]+"
_ENTRY_PATTERNS = {
    "verbs": _LOWER,
    "particle_verbs": rf"{_LOWER}\+{_LOWER}",
    "nouns": _CAPITALISED,
    "prepositions": _LOWER,
    "roles": _CAPITALISED,
    "particles": _LOWER,
    "changed_stems": rf"{_LOWER}:{_LOWER}",
    "past_endings": _LOWER,
}


@pytest.mark.parametrize("section", sorted(_ENTRY_PATTERNS))
def test_entry_shape(section: str) -> None:
    pattern = re.compile(_ENTRY_PATTERNS[section])
    bad = [e for e in _raw_sections()[section] if not pattern.fullmatch(e)]
    assert not bad, f"[{section}] entries of the wrong shape: {bad}"


def test_joined_particle_verbs_are_listed_as_verbs() -> None:
    lex = lexicon()
    assert lex.particle_verb_lemmas <= lex.verbs


def test_bare_stems_of_particle_only_cues_are_not_verbs() -> None:
    # räumen (clear), fahren (drive), fügen (join) are speech cues only with a particle.
    for stem in ("räumen", "fahren", "fügen", "teilen", "stellen", "kündigen"):
        assert not is_speech_verb(stem)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[verbs]\nsagen\n[bogus]\nx\n", "unknown section"),
        ("[verbs]\nsagen\n[verbs]\nmeinen\n", "appears twice"),
        ("sagen\n[verbs]\n", "before the first section"),
        ("[particle_verbs]\nhinzufügen\n", "particle+stem"),
        ("[particle_verbs]\n+fügen\n", "particle+stem"),
        ("[nouns]\nnach Angaben\n", "whitespace"),
    ],
)
def test_parse_rejects_malformed_files(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        _cues._parse(text)


def test_parse_comments_and_blank_lines() -> None:
    lex = _cues._parse(
        "# header\n\n[verbs]\nsagen  # the commonest\n\n[particle_verbs]\nmit+teilen\n"
    )
    assert lex.verbs == frozenset({"sagen"})
    assert lex.particle_verbs == frozenset({("mit", "teilen")})
    assert lex.nouns == frozenset()


def test_particle_verb_keeps_the_lexicon_spelling() -> None:
    for particle, stem in lexicon().particle_verbs:
        assert particle_verb(stem.upper(), particle.upper()) == particle + stem


@pytest.mark.parametrize(
    ("lemma", "form", "expected"),
    [
        ("sagten", "sagten", "sagen"),  # a past form left as the lemma
        ("unterstrechen", "unterstrich", "unterstreichen"),  # an invented lemma
        ("zurückgeweisen", "zurückgewiesen", "zurückweisen"),  # particle participle
        ("hinfügen", "hinzugefügt", "hinzufügen"),
        ("angekündigt", "angekündigt", "ankündigen"),
        ("karnen", "gewarnt", "warnen"),
        ("gefordert", "gefordert", "fordern"),  # a weak participle of a verb in -ern
        ("geschildert", "geschildert", "schildern"),
        ("gemeldet", "gemeldet", "melden"),  # ge…et after a stem in -d/-t
        ("gebadet", "gebadet", None),
        ("vorwarf", "vorwarf", "vorwerfen"),  # a particle verb joined in a subordinate clause
        ("zurückwiesen", "zurückwiesen", "zurückweisen"),
        ("ankam", "ankam", None),
        ("raben", "rät", "raten"),  # a present form with a changed stem vowel
        ("empfiehlen", "empfiehlt", "empfehlen"),
        ("Spricht", "spricht", "sprechen"),
        ("essen", "gegessen", None),  # not a speech verb, however spelled
        ("bauen", "baute", None),
    ],
)
def test_speech_verb_lemma_recovers_from_bad_lemmas(
    lemma: str, form: str, expected: str | None
) -> None:
    assert speech_verb_lemma(lemma, form) == expected
