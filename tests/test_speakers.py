"""Speakers on hand-checked parses: mention spans, name variants, pronouns, ersterer /
letzterer and role nouns. No model at test time; the CoNLL-U fixtures are described in
tests/test_rules.py.
"""

from __future__ import annotations

import attrs
import pytest
from _conllu_tools import conllu, parse_of

from quoteattr._german import german
from quoteattr._marks import find_quotes
from quoteattr._mention_span import mention_span
from quoteattr._name_mentions import collect_names
from quoteattr._parse import Parse, Word, parse_conllu
from quoteattr._speaker_words import is_plausible_speaker, ordinal_anaphor
from quoteattr._speakers import People
from quoteattr.attribution import attribute_quotes

TEXTS = {
    "cue_sprecherin_des": "„Kein Kommentar“, sagte die Sprecherin des Ministeriums.",
    "cue_erklaerte_reportern": "„Das Angebot reicht nicht“, erklärte Werneke Reportern gegenüber.",
    "cue_kuendigte_an": "„Wir werden klagen“, kündigte die Gewerkschaft an.",
    "cue_neg_man": "„Ja“, sagte man.",
    "intro_appos": "Der Chef der Gewerkschaft, Frank Werneke, drohte mit Streiks. "
    "„Unsere Geduld ist am Ende.“",
    "intro_name": "Angela Merkel blieb gelassen. „Wir schaffen das.“",
    "intro_title": "Innenminister Horst Seehofer verteidigte den Plan. „Wir handeln jetzt.“",
    "so_bundesinnenminister": "„Die Lage ist ernst“, so Bundesinnenminister Horst Seehofer.",
    "qsc_neg_name": "Das Restaurant „Zur Post“ schließt im Sommer.",
    "qsc_bare_plural": "Anwohner sprachen von „Panikverkäufen“.",
    "spk_pron_er": "Kanzler Olaf Scholz traf Innenministerin Nancy Faeser. "
    "„Wir sind uns einig“, sagte er.",
    "spk_pron_sie": "Kanzler Olaf Scholz traf Innenministerin Nancy Faeser. "
    "„Wir sind uns einig“, sagte sie.",
    "spk_pron_sie_names": "Anna Schmidt traf Peter Müller. „Wir sind uns einig“, sagte sie.",
    "spk_pron_er_names": "Peter Müller traf Anna Schmidt. „Wir sind uns einig“, sagte er.",
    "spk_pron_sie_unknown_names": "Kim Schmidt traf Robin Müller. „Wir sind uns einig“, sagte sie.",
    "spk_pron_recent": "Olaf Scholz traf Robert Habeck in Berlin. „Wir sind uns einig“, sagte er.",
    "spk_pron_skips_quoted": "Olaf Scholz lobte die Rede. „Emmanuel Macron hat recht“, sagte er.",
    "spk_pron_none": "„Ja“, sagte er.",
    "spk_ersterer": "Donald und Jack sind Verbündete geworden und ersterer nannte den "
    "Milliardär einen „großartigen Unternehmer“.",
    "spk_letzterer": "Emmanuel Macron und Olaf Scholz trafen sich in Paris. "
    "Letzterer sagte: „Europa steht zusammen.“",
    "spk_minister": "Innenminister Horst Seehofer besuchte die Grenze. "
    "„Wir handeln“, sagte der Minister.",
    "spk_variants": "Donald Trump traf Jack Ma. „Er liebt dieses Land“, sagte Trump. "
    "„Wir werden große Dinge tun“, sagte Donald.",
}


def load(name: str) -> Parse:
    return parse_of(TEXTS[name], conllu(name))


def people_of(name: str) -> People:
    parse = load(name)
    quotes = find_quotes(parse.text)
    return People(parse, exclude=[(q.start, q.end) for q in quotes if q.depth == 0])


def word(parse: Parse, form: str, nth: int = 0) -> Word:
    """The ``nth`` word spelled ``form``."""
    found = [w for w in parse.words if w.text == form]
    assert len(found) > nth, f"no {form!r} number {nth} in {parse.text!r}"
    return found[nth]


# --- mention_span ---------------------------------------------------------------------------

MENTIONS = [
    pytest.param(
        "cue_sprecherin_des",
        "Sprecherin",
        "die Sprecherin des Ministeriums",
        id="noun-with-genitive",
    ),
    pytest.param("cue_kuendigte_an", "Gewerkschaft", "die Gewerkschaft", id="noun-with-article"),
    pytest.param("cue_erklaerte_reportern", "Werneke", "Werneke", id="name-without-oblique"),
    pytest.param("intro_appos", "Frank", "Frank Werneke", id="first-and-last-name"),
    pytest.param(
        "intro_appos", "Chef", "Der Chef der Gewerkschaft, Frank Werneke", id="noun-with-apposition"
    ),
    pytest.param("intro_name", "Angela", "Angela Merkel", id="flat-name"),
    pytest.param(
        "intro_title", "Innenminister", "Innenminister Horst Seehofer", id="title-and-name"
    ),
    pytest.param(
        "so_bundesinnenminister",
        "Bundesinnenminister",
        "Bundesinnenminister Horst Seehofer",
        id="compound-title-and-name",
    ),
    pytest.param("spk_pron_er", "er", "er", id="pronoun-alone"),
    pytest.param("spk_letzterer", "Letzterer", "Letzterer", id="ordinal-anaphor-alone"),
    pytest.param(
        "qsc_neg_name",
        "Restaurant",
        "Das Restaurant „Zur Post“",
        id="noun-with-quoted-name",
    ),
]


@pytest.mark.parametrize(("name", "head", "expected"), MENTIONS)
def test_mention_span_grows_the_head_into_its_noun_phrase(
    name: str, head: str, expected: str
) -> None:
    parse = load(name)
    span = mention_span(parse, word(parse, head))
    assert span.text == expected
    assert parse.text[span.start : span.end] == span.text


def test_plausible_speakers_exclude_impersonal_pronouns() -> None:
    parse = load("cue_neg_man")
    assert not is_plausible_speaker(word(parse, "man"))
    assert not is_plausible_speaker(word(parse, "sagte"))
    assert is_plausible_speaker(word(load("spk_pron_er"), "er"))
    assert is_plausible_speaker(word(load("spk_ersterer"), "ersterer"))


def test_a_bare_plural_subject_is_a_plausible_speaker_but_a_bare_singular_is_not() -> None:
    parse = load("qsc_bare_plural")
    assert is_plausible_speaker(word(parse, "Anwohner"), parse)
    assert not is_plausible_speaker(word(parse, "Panikverkäufen"), parse)


def test_ordinal_anaphors_point_to_the_first_or_last_conjunct() -> None:
    assert ordinal_anaphor(word(load("spk_ersterer"), "ersterer")) == 0
    assert ordinal_anaphor(word(load("spk_letzterer"), "Letzterer")) == -1
    assert ordinal_anaphor(word(load("spk_letzterer"), "Olaf")) is None


# --- People.resolve -------------------------------------------------------------------------

RESOLVE = [
    # name variants: the fullest form names the person
    pytest.param("spk_variants", "Trump", 1, "Donald Trump", "Trump", id="surname-to-full-name"),
    pytest.param(
        "spk_variants", "Donald", 1, "Donald Trump", "Donald", id="first-name-to-full-name"
    ),
    pytest.param("spk_variants", "Donald", 0, "Donald Trump", "Donald Trump", id="full-name"),
    pytest.param(
        "so_bundesinnenminister",
        "Bundesinnenminister",
        0,
        "Horst Seehofer",
        "Bundesinnenminister Horst Seehofer",
        id="title-with-name",
    ),
    pytest.param(
        "cue_sprecherin_des",
        "Sprecherin",
        0,
        "die Sprecherin des Ministeriums",
        "die Sprecherin des Ministeriums",
        id="role-noun-without-name",
    ),
    # er / sie: the last compatible person before the pronoun (the subject first)
    pytest.param("spk_pron_er", "er", 0, "Olaf Scholz", "er", id="er-skips-the-ministerin"),
    pytest.param("spk_pron_sie", "sie", 0, "Nancy Faeser", "sie", id="sie-to-the-ministerin"),
    # Olaf Scholz traf Robert Habeck in Berlin. „…“, sagte er: the subject before the
    # object named last (was Habeck, by recency alone)
    pytest.param(
        "spk_pron_recent", "er", 0, "Olaf Scholz", "er", id="er-to-the-subject-not-the-object"
    ),
    pytest.param(
        "spk_pron_skips_quoted", "er", 0, "Olaf Scholz", "er", id="er-skips-names-inside-quotes"
    ),
    pytest.param("spk_pron_none", "er", 0, "er", "er", id="er-without-antecedent"),
    pytest.param(
        "spk_pron_sie_names",
        "sie",
        0,
        "Anna Schmidt",
        "sie",
        id="sie-by-name-gender",
    ),
    pytest.param(
        "spk_pron_er_names", "er", 0, "Peter Müller", "er", id="er-skips-the-woman-named-last"
    ),
    # Kim and Robin are left out of the given-name list (used for women and men alike):
    # no gender evidence, so sie goes to the subject as er would (Kim Schmidt traf Robin
    # Müller), not to a woman only because her given name is unlisted.
    pytest.param(
        "spk_pron_sie_unknown_names",
        "sie",
        0,
        "Kim Schmidt",
        "sie",
        id="sie-without-name-gender-to-the-subject",
    ),
    # ersterer / letzterer: first / last conjunct of the latest coordination of names
    pytest.param("spk_ersterer", "ersterer", 0, "Donald", "ersterer", id="ersterer"),
    pytest.param("spk_letzterer", "Letzterer", 0, "Olaf Scholz", "Letzterer", id="letzterer"),
    # a definite role noun: the person last tied to that role
    pytest.param(
        "spk_minister",
        "Minister",
        0,
        "Horst Seehofer",
        "der Minister",
        id="der-minister-after-innenminister",
    ),
]


@pytest.mark.parametrize(("name", "head", "nth", "speaker", "mention"), RESOLVE)
def test_people_resolve_names_the_speaker(
    name: str, head: str, nth: int, speaker: str, mention: str
) -> None:
    people = people_of(name)
    resolved = people.resolve(word(people.parse, head, nth))
    assert resolved is not None
    found, factor = resolved
    assert (found.name, found.mention.text) == (speaker, mention)
    assert people.parse.text[found.mention.start : found.mention.end] == mention
    assert 0.0 < factor <= 1.0


def test_people_resolve_rejects_impersonal_subjects() -> None:
    people = people_of("cue_neg_man")
    assert people.resolve(word(people.parse, "man")) is None


def test_pronoun_without_antecedent_is_less_certain_than_a_name() -> None:
    alone = people_of("spk_pron_none")
    named = people_of("spk_variants")
    pron = alone.resolve(word(alone.parse, "er"))
    name = named.resolve(word(named.parse, "Trump", 1))
    assert pron is not None
    assert name is not None
    assert pron[1] < name[1]


def test_name_variants_share_one_cluster() -> None:
    people = people_of("spk_variants")
    parse = people.parse
    trump = {people.name_cluster(word(parse, "Trump", k)) for k in (0, 1)}
    donald = {people.name_cluster(word(parse, "Donald", k)) for k in (0, 1)}
    assert len(trump | donald) == 1
    assert None not in trump
    assert people.name_cluster(word(parse, "Jack")) not in trump
    assert people.name_cluster(word(parse, "traf")) is None


def test_person_words_between_skips_quotation_contents() -> None:
    people = people_of("spk_pron_skips_quoted")
    persons = [w.text for w, _ in people.person_words_between(0, len(people.parse.text))]
    assert persons == ["Olaf"]


def test_person_words_between_gives_one_word_per_mention() -> None:
    people = people_of("spk_variants")
    found = [
        (w.text, cluster) for w, cluster in people.person_words_between(0, len(people.parse.text))
    ]
    assert [w for w, _ in found] == ["Donald", "Jack", "Trump", "Donald"]
    assert found[0][1] == found[2][1] == found[3][1] != found[1][1]


# --- the same through attribute_quotes ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param(
            "spk_variants",
            [("Donald Trump", "Trump"), ("Donald Trump", "Donald")],
            id="name-variants",
        ),
        pytest.param("spk_pron_er", [("Olaf Scholz", "er")], id="er"),
        pytest.param("spk_pron_sie", [("Nancy Faeser", "sie")], id="sie"),
        pytest.param("spk_letzterer", [("Olaf Scholz", "Letzterer")], id="letzterer"),
        pytest.param("spk_ersterer", [("Donald", "ersterer")], id="ersterer"),
        pytest.param("intro_title", [("Horst Seehofer", "Horst Seehofer")], id="introduced"),
    ],
)
def test_attributed_quotes_carry_the_canonical_name_and_the_mention(
    name: str, expected: list[tuple[str, str]]
) -> None:
    parse = load(name)
    quotes = attribute_quotes(parse, find_quotes(parse.text))
    got = [(q.speaker.name, q.speaker.mention.text) for q in quotes if q.speaker is not None]
    assert got == expected
    for q in quotes:
        assert q.speaker is not None
        m = q.speaker.mention
        assert parse.text[m.start : m.end] == m.text


# --- the parse's language resources, not the package's ------------------------------------


def test_speakers_read_the_word_lists_of_the_parse() -> None:
    """A Parse built with other resources (``lang``) is read with those: here without
    ordinal anaphors, and with "man" as a speaker."""
    parse = load("spk_letzterer")
    lang = attrs.evolve(parse.lang, ordinal_anaphors={})
    other = attrs.evolve(parse, lang=lang)
    head = word(other, "Letzterer")
    assert ordinal_anaphor(head, other.lang) is None
    assert ordinal_anaphor(head) == -1  # without resources: the package's German
    people = People(other, exclude=[(q.start, q.end) for q in find_quotes(other.text)])
    assert people.resolve(head) is None  # a pronoun, no longer an ordinal one
    assert people_of("spk_letzterer").resolve(word(parse, "Letzterer")) is not None

    parse = load("cue_neg_man")
    lang = attrs.evolve(parse.lang, non_speakers=parse.lang.non_speakers - {"man"})
    assert not is_plausible_speaker(word(parse, "man"), parse)
    assert is_plausible_speaker(word(parse, "man"), attrs.evolve(parse, lang=lang))
    assert is_plausible_speaker(word(parse, "man"), lang=lang)


_ANNA_MEISTER = """\
1\tAnna\tAnna\tPROPN\t_\t_\t3\tnsubj\t_\t_
2\tMeister\tMeister\tPROPN\t_\t_\t1\tflat:name\t_\t_
3\tsagte\tsagen\tVERB\t_\t_\t0\troot\t_\t_
4\tnichts\tnichts\tPRON\t_\t_\t3\tobj\t_\t_
5\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

"""


def test_names_read_the_surname_nouns_of_the_parse() -> None:
    """Meister is a role noun and, listed in surname_nouns, a surname too; a Parse whose
    resources do not list it keeps it out of the name."""
    parse = parse_conllu(_ANNA_MEISTER, "Anna Meister sagte nichts.")
    assert parse.lang is german()
    assert [n.tokens for n in collect_names(parse)] == [("anna", "meister")]
    lang = attrs.evolve(german(), surname_nouns=german().surname_nouns - {"meister"})
    other = attrs.evolve(parse, lang=lang)
    assert [n.tokens for n in collect_names(other)] == [("anna",)]
