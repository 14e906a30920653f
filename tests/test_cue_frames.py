"""Cue frames (german.txt [cue_frames]): per cue, which argument speaks, on the small
model's own slips (``slip_frame_*`` fixtures keep its parse; see
tests/data/conllu/README.md). No model at test time.

- wissen wollen takes no person as its object: the person the model made the object of
  *wissen* asks („…?“, wollte ein Journalist wissen).
- vorwerfen and its kin charge a dative: the model makes the dative a subject or an
  object and hangs the quoted charge on it; the subject speaks, the quotation is the
  charge, and a dative-marked "subject" never speaks.
- zitieren: the one quoted speaks, the medium quoting is the source: the object of the
  active (whatever its case, or the model's oblique without a preposition for it), the
  subject of the passive, never its von-agent.
"""

from __future__ import annotations

import pytest
from test_rules import Expect, check_row, none, row

from quoteattr.attribution._after_quote import cue_after_quote, cue_in_next_sentence
from quoteattr.attribution._clause import quote_in_speech_clause
from quoteattr.attribution._colon import colon_before_quote

WISSEN_WOLLEN_AFTER = [
    row(
        "slip_frame_wissen_journalist",
        "„Spielen Sie noch mit Schmerzen?“, wollte ein Journalist wissen.",
        Expect(
            "Journalist", "wissen wollen", "ein Journalist", "ein Journalist", "cue_after_quote"
        ),
    ),
    row(
        "slip_frame_wissen_journalistin",
        "„Wie viel Geld ist bisher verloren?“, wollte eine Journalistin wissen.",
        Expect(
            "Journalistin",
            "wissen wollen",
            "eine Journalistin",
            "eine Journalistin",
            "cue_after_quote",
        ),
    ),
    # present tense; the model hangs wissen on the quotation as its ccomp
    row(
        "slip_frame_wissen_will",
        "„Treten Sie zurück?“, will eine Reporterin wissen.",
        Expect(
            "Reporterin", "wissen wollen", "eine Reporterin", "eine Reporterin", "cue_after_quote"
        ),
    ),
    row(
        "slip_frame_wissen_moechte",
        "„Und was kostet das?“, möchte ein Zuschauer wissen.",
        Expect("Zuschauer", "wissen mögen", "ein Zuschauer", "ein Zuschauer", "cue_after_quote"),
    ),
]

WISSEN_WOLLEN_COLON = [
    row(
        "slip_frame_wissen_anwohnerin",
        "Bei einer Ortsbegehung wollte eine Anwohnerin wissen: „Warum gibt es hier keinen"
        " Wildzaun?“",
        Expect(
            "Anwohnerin",
            "wissen wollen",
            "eine Anwohnerin",
            "eine Anwohnerin",
            "colon_before_quote",
        ),
    ),
    row(
        "slip_frame_wissen_vater",
        "In der Sitzung wollte ein Vater wissen: „Wer soll das bezahlen?“",
        Expect("Vater", "wissen wollen", "ein Vater", "ein Vater", "colon_before_quote"),
    ),
    # the dative of vorwerfen, made a second subject, does not speak
    row(
        "slip_frame_dative_kleinaktionaer",
        "Ein Kleinaktionär warf Vorstandschef Alexander von Landsberg vor: „Sie haben den"
        " Konzern halbiert.“",
        Expect(
            "Kleinaktionär",
            "vorwerfen",
            "Ein Kleinaktionär",
            "Ein Kleinaktionär",
            "colon_before_quote",
        ),
    ),
    row(
        "slip_frame_dative_aktionaerin",
        "Eine Aktionärin warf Konzernchefin Maria Bauer vor: „Sie haben uns getäuscht.“",
        Expect(
            "Aktionärin",
            "vorwerfen",
            "Eine Aktionärin",
            "Eine Aktionärin",
            "colon_before_quote",
        ),
    ),
]

CHARGE = [
    row(
        "slip_frame_charge_liga",
        "Der Verein warf der Liga „Willkür“ vor.",
        Expect("Verein", "vorwerfen", "Der Verein", "Der Verein", "quote_in_speech_clause"),
    ),
    row(
        "slip_frame_charge_werfen",
        "Die Kläger werfen der Stadt „reine Willkür“ vor.",
        Expect("Kläger", "vorwerfen", "Die Kläger", "Die Kläger", "quote_in_speech_clause"),
    ),
    # perfect tense; the charge hung on the oblique before it
    row(
        "slip_frame_charge_vorgeworfen",
        "Der Landesrechnungshof hat der Landesregierung in Hannover „planloses Bauen“ vorgeworfen.",
        Expect(
            "Landesrechnungshof",
            "vorwerfen",
            "Der Landesrechnungshof",
            "Der Landesrechnungshof",
            "quote_in_speech_clause",
        ),
    ),
    # the role left as dep, the charge an apposition of the dative object
    row(
        "slip_frame_charge_two_subjects",
        "Oppositionsführerin Anna Berger warf der Landesregierung „gebrochene Versprechen“ vor.",
        Expect(
            "Anna",
            "vorwerfen",
            "Anna Berger",
            "Anna Berger",
            "quote_in_speech_clause",
        ),
    ),
    row(
        "slip_frame_charge_hielt_vor",
        "Der Betriebsrat hielt der Geschäftsführung „Wortbruch“ vor.",
        Expect(
            "Betriebsrat",
            "vorhalten",
            "Der Betriebsrat",
            "Der Betriebsrat",
            "quote_in_speech_clause",
        ),
    ),
    # the name in the speaker's own phrase is no charge; the one after the dative is
    row(
        "slip_frame_charge_named_initiative",
        "Die Bürgerinitiative „Nachtruhe jetzt“ warf dem Ministerium „Wortbruch“ vor.",
        none(),
    ),
    # after an article, a quoted name is the dative itself, not the charge
    row("slip_frame_charge_neg_bild", "Der Trainer warf der „Bild“ Lügen vor.", none()),
]


QUOTED_AFTER = [
    # the model's oblique for the accusative object
    row(
        "slip_frame_quoted_mitarbeiter",
        "„Die Stimmung im Werk ist auf dem Tiefpunkt“, zitiert die Zeitung einen Mitarbeiter"
        " des Konzerns.",
        Expect(
            "Mitarbeiter",
            "zitieren",
            "einen Mitarbeiter des Konzerns",
            "einen Mitarbeiter des Konzerns",
            "cue_after_quote",
        ),
    ),
    # passive: the subject is the one quoted, the von-agent the source
    row(
        "slip_frame_quoted_passive_after",
        "„Wowereit ist angeschlagen“, wird Volker Ratzmann von der „Netzeitung“ zitiert.",
        Expect("Volker", "zitieren", "Volker Ratzmann", "Volker Ratzmann", "cue_after_quote"),
    ),
]

QUOTED_COLON = [
    row(
        "slip_frame_quoted_augenzeuge",
        "Die Frankfurter Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann hat"
        " einen Fußgänger angefahren.“",
        Expect(
            "Augenzeugen",
            "zitieren",
            "einen Augenzeugen",
            "einen Augenzeugen",
            "colon_before_quote",
        ),
    ),
    row(
        "slip_frame_quoted_anwohnerin",
        "Das Lokalblatt zitierte eine Anwohnerin mit folgenden Worten: „Wir haben die ganze"
        " Nacht nicht geschlafen.“",
        Expect(
            "Anwohnerin", "zitieren", "eine Anwohnerin", "eine Anwohnerin", "colon_before_quote"
        ),
    ),
    row(
        "slip_frame_quoted_feuerwehrmann",
        "Der Sender zitierte einen Feuerwehrmann: „So etwas habe ich noch nie erlebt.“",
        Expect(
            "Feuerwehrmann",
            "zitieren",
            "einen Feuerwehrmann",
            "einen Feuerwehrmann",
            "colon_before_quote",
        ),
    ),
    row(
        "slip_frame_quoted_passive_colon",
        "Die Fraktionschefin Ilse Brandt wird von der Zeitung mit den Worten zitiert: „Das war"
        " ein Fehler.“",
        Expect(
            "Fraktionschefin",
            "zitieren",
            "Ilse Brandt",
            "Die Fraktionschefin Ilse Brandt",
            "colon_before_quote",
        ),
    ),
    # a name the small model tagged a noun, with no article (zitiert dazu Kowalczyk/NOUN)
    row(
        "slip_zitiert_noun_kirchner",
        "Die Nachrichtenagentur zitiert dazu Néstor Kirchner mit folgenden Worten: „Diese"
        " Banken haben ihren Zweck verloren.“",
        Expect("Kirchner", "zitieren", "Néstor Kirchner", "Néstor Kirchner", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_kowalczyk",
        "Der Sender zitierte dazu Kowalczyk mit folgenden Worten: „Wir bleiben bis zum Ende.“",
        Expect("Kowalczyk", "zitieren", "Kowalczyk", "Kowalczyk", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_mbeki",
        "Die Zeitung zitierte dazu Mbeki mit den Worten: „Wir werden verhandeln.“",
        Expect("Mbeki", "zitieren", "Mbeki", "Mbeki", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_haddad",
        "Der Rundfunk zitiert außerdem Haddad mit den Worten: „Die Grenze bleibt offen.“",
        Expect("Haddad", "zitieren", "Haddad", "Haddad", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_wroblewski",
        "Die Agentur zitierte zudem Wróblewski mit folgenden Worten: „Das war ein Fehler.“",
        Expect("Wróblewski", "zitieren", "Wróblewski", "Wróblewski", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_brankovic",
        "Das Magazin zitierte Brankovic mit den Worten: „Wir haben nichts zu verbergen.“",
        Expect("Brankovic", "zitieren", "Brankovic", "Brankovic", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_oyelaran",
        "Die Zeitung zitiert Oyelaran mit dem Satz: „Das Land braucht Reformen.“",
        Expect("Oyelaran", "zitieren", "Oyelaran", "Oyelaran", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_tuomainen",
        "Die Agentur zitiert Tuomainen mit den Worten: „Der Vertrag ist unterschrieben.“",
        Expect("Tuomainen", "zitieren", "Tuomainen", "Tuomainen", "colon_before_quote"),
    ),
    row(
        "slip_zitiert_noun_ngata",
        "Das Blatt zitierte Ngata: „Wir sind sehr enttäuscht.“",
        Expect("Ngata", "zitieren", "Ngata", "Ngata", "colon_before_quote"),
    ),
    # quoting from a document: no one quoted, the medium speaks
    row(
        "slip_frame_quoted_neg_aus_bericht",
        "Die Zeitung zitiert aus dem Bericht: „Die Mängel sind gravierend.“",
        Expect("Zeitung", "zitieren", "Die Zeitung", "Die Zeitung", "colon_before_quote"),
    ),
]


@pytest.mark.parametrize(("text", "conllu_text", "expect"), QUOTED_AFTER)
def test_the_one_quoted_speaks_after_the_quotation(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(cue_after_quote, text, conllu_text, expect)


@pytest.mark.parametrize(("text", "conllu_text", "expect"), QUOTED_COLON)
def test_the_one_quoted_speaks_before_a_colon(text: str, conllu_text: str, expect: Expect) -> None:
    check_row(colon_before_quote, text, conllu_text, expect)


@pytest.mark.parametrize(("text", "conllu_text", "expect"), WISSEN_WOLLEN_AFTER)
def test_a_person_made_the_object_of_wissen_wollen_asks(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(cue_after_quote, text, conllu_text, expect)


@pytest.mark.parametrize(("text", "conllu_text", "expect"), WISSEN_WOLLEN_COLON)
def test_the_frame_picks_the_speaker_before_a_colon(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(colon_before_quote, text, conllu_text, expect)


@pytest.mark.parametrize(("text", "conllu_text", "expect"), CHARGE)
def test_a_quoted_charge_is_the_words_of_the_one_who_charges(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(quote_in_speech_clause, text, conllu_text, expect)


def test_the_charge_after_a_named_subject_is_the_subjects() -> None:
    from _conllu_tools import conllu, parse_of

    from quoteattr._marks import find_quotes
    from quoteattr.attribution import attribute_quotes

    text = "Die Bürgerinitiative „Nachtruhe jetzt“ warf dem Ministerium „Wortbruch“ vor."
    parse = parse_of(text, conllu("slip_frame_charge_named_initiative"))
    name, charge = attribute_quotes(parse, find_quotes(text))
    assert name.speaker is None
    assert charge.rule == "quote_in_speech_clause"
    assert charge.speaker is not None
    assert charge.speaker.name.startswith("Die Bürgerinitiative")
    assert charge.cue is not None
    assert charge.cue.lemma == "vorwerfen"


# --- interview answers and headlines: Name: „…“ on a line of its own -------------------

LINE_NAME = [
    row(
        "slip_line_visser",
        "Vor dem Derby sprechen Trainerin Sanne Visser und Stürmerin Julia Kowalski über die"
        " Saison.\n\nVisser: „Wir sind weiter, als viele denken.“",
        Expect("Visser", None, "Sanne Visser", "Visser", "colon_before_quote"),
    ),
    # a double surname the model splits at the hyphen and tags as nouns
    row(
        "slip_line_lamprecht_osei",
        "Henriette Lamprecht-Osei ermittelt ab Sonntag im Vorabendprogramm.\n\nWie viel von"
        " Ihnen steckt in der Kommissarin?\n\nLamprecht-Osei: „Mehr, als mir lieb ist.“",
        Expect("Osei", None, "Henriette Lamprecht-Osei", "Lamprecht-Osei", "colon_before_quote"),
    ),
    row(
        "slip_line_brenneisen",
        "Im Podcast sprachen Moderatorin Jule Brenneisen und der frühere Nationalspieler"
        " Kevin Adebayo über den Fußball.\n\nBrenneisen: „Was läuft falsch?“\n\nAdebayo:"
        " „Wir bilden Spieler für Tabellen aus.“",
        Expect("Brenneisen", None, "Jule Brenneisen", "Brenneisen", "colon_before_quote"),
    ),
    # a headline, the name in full only further down
    row(
        "slip_line_headline_brinkmann",
        "Brinkmann: „Wir gehen nicht in die Opposition“\n\nDie Bürgerliste hat den Weg für"
        " eine Koalition freigemacht. Landesvorsitzender Hauke Brinkmann sprach von einem"
        " Neuanfang.",
        Expect("Brinkmann", None, "Hauke Brinkmann", "Brinkmann", "colon_before_quote"),
    ),
    # an organisation alone before the colon of a headline
    row(
        "slip_line_headline_gericht",
        "Gericht: „Kündigung war rechtens“\n\nDas Arbeitsgericht Oldenburg hat die Klage"
        " einer Kassiererin abgewiesen.",
        Expect("Gericht", None, "Gericht", "Gericht", "colon_before_quote"),
    ),
    row(
        "slip_line_headline_stadtwerke",
        "Stadtwerke Emsland: „Versorgung ist gesichert“\n\nNach dem Ausfall eines"
        " Umspannwerks haben die Stadtwerke Entwarnung gegeben.",
        Expect("Emsland", None, "Stadtwerke Emsland", "Stadtwerke Emsland", "colon_before_quote"),
    ),
    # a title noun names no one
    row(
        "slip_line_neg_motto",
        "Der Verein feierte sein Jubiläum.\n\nMotto: „Hundert Jahre und kein bisschen leise.“",
        none(),
    ),
]


@pytest.mark.parametrize(("text", "conllu_text", "expect"), LINE_NAME)
def test_a_name_or_body_alone_on_its_line_before_a_colon_speaks(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(colon_before_quote, text, conllu_text, expect, people=True)


# --- „…“ Dies teilte die Autobahngesellschaft mit: any definite body after das/dies ----

NEXT_SENTENCE_BODY = [
    row(
        "slip_next_autobahngesellschaft",
        "„Die Brücke ist ab sofort für Lastwagen gesperrt.“ Dies teilte die"
        " Autobahngesellschaft am Dienstag in Dortmund mit.",
        Expect(
            "Autobahngesellschaft",
            "mitteilen",
            "die Autobahngesellschaft",
            "die Autobahngesellschaft",
            "cue_in_next_sentence",
        ),
    ),
    # the body made a subject beside das/dies, the end of its name the object
    row(
        "slip_next_sternwarte",
        "„Die Beobachtung ist bestätigt worden.“ Dies teilte die Volkssternwarte"
        " Plauen-Reißig am Donnerstag mit.",
        Expect(
            "Reißig",
            "mitteilen",
            "Plauen",
            "die Volkssternwarte Plauen-Reißig",
            "cue_in_next_sentence",
        ),
    ),
    row(
        "slip_next_betreiber",
        "„Der Betrieb läuft weiter.“ Das bestätigte die Betreibergesellschaft am Abend.",
        Expect(
            "Betreibergesellschaft",
            "bestätigen",
            "die Betreibergesellschaft",
            "die Betreibergesellschaft",
            "cue_in_next_sentence",
        ),
    ),
    row(
        "slip_next_handelskette",
        "„Wir ziehen die Ware zurück.“ Dies gab die Handelskette am Freitag bekannt.",
        Expect(
            "Handelskette",
            "bekanntgeben",
            "die Handelskette",
            "die Handelskette",
            "cue_in_next_sentence",
        ),
    ),
    row(
        "slip_next_wohnungsbau",
        "„Die Preise steigen erneut.“ Das kündigte die Wohnungsbaugesellschaft am Montag an.",
        Expect(
            "Wohnungsbaugesellschaft",
            "ankündigen",
            "die Wohnungsbaugesellschaft",
            "die Wohnungsbaugesellschaft",
            "cue_in_next_sentence",
        ),
    ),
    # a time is no speaker, nor a noun whose article is no nominative (den Fahrgästen)
    row(
        "slip_next_neg_montag",
        "„Der Zug fällt aus.“ Das teilte der Montag den Fahrgästen mit.",
        none(),
    ),
]


@pytest.mark.parametrize(("text", "conllu_text", "expect"), NEXT_SENTENCE_BODY)
def test_a_definite_body_after_das_dies_and_a_speech_verb_speaks(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(cue_in_next_sentence, text, conllu_text, expect)


# --- a surname with its particles after the verb or opening the clause -----------------

PARTICLE_SURNAME = [
    # zu/ADP Salm/obl
    row(
        "slip_particle_zu_salm",
        "Eigentümer Ferdinand zu Salm hat einen Investor gefunden. „Ein Schloss verfällt“,"
        " sagte zu Salm bei der Vorstellung der Pläne.",
        Expect("Salm", "sagen", "Ferdinand zu Salm", "Salm", "cue_after_quote"),
    ),
    # van/PRON nsubj, Berg/obj; the given name untagged (Pieter/NOUN)
    row(
        "slip_particle_van_den_berg",
        "Der Niederländer Pieter van den Berg führt nach zwei Runden. „Du musst geduldig"
        " sein“, erklärte van den Berg nach seiner Runde.",
        Expect("Berg", "erklären", "Pieter van den Berg", "den Berg", "cue_after_quote"),
    ),
    # van/ADP der Linden/obl, with the dative hung on the name
    row(
        "slip_particle_van_der_linden",
        "Der Verein hat sich von Trainer Ruud van der Linden getrennt. „Man hat mir keine"
        " Zeit gegeben“, sagte van der Linden dem Vereinssender.",
        Expect(
            "Linden",
            "sagen",
            "Ruud van der Linden",
            "der Linden",
            "cue_after_quote",
        ),
    ),
    # ten/ADV Brink/nsubj after a separated particle verb
    row(
        "slip_particle_ten_brink",
        "Kapitän Jan ten Brink verlor das Finale. „Wir waren zu nervös“, gab ten Brink zu.",
        Expect("Brink", "zugeben", "Jan ten Brink", "Brink", "cue_after_quote"),
    ),
    # de/PROPN made the subject, la Cruz its name parts
    row(
        "slip_particle_de_la_cruz",
        "Die Sängerin Maria de la Cruz stellte ihr Album vor. „Es ist mein persönlichstes“,"
        " sagte de la Cruz am Abend.",
        Expect("Cruz", "sagen", "Maria de la Cruz", "Cruz", "cue_after_quote"),
    ),
    # zu Beginn: a particle before a word that is no surname of the document
    row(
        "slip_particle_neg_zu_beginn",
        "Trainer Jan Berger und Kapitän Tom Beck stellten das Team vor. „Wir sind bereit“,"
        " sagte zu Beginn der Trainer.",
        none(),
    ),
]


@pytest.mark.parametrize(("text", "conllu_text", "expect"), PARTICLE_SURNAME)
def test_a_known_surname_with_its_particles_after_the_verb_speaks(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(cue_after_quote, text, conllu_text, expect, people=True)


PARTICLE_SURNAME_COLON = [
    # Zu/ADP Eltzbach/obl of the quotation's verb, opening the clause before the colon
    row(
        "slip_particle_zu_eltzbach",
        "Eigentümer Leopold zu Eltzbach hat das Haus geerbt. Der Kreis hatte ihm"
        " „Verschleppung“ vorgeworfen. Zu Eltzbach wies das zurück: „Jeder Antrag lag"
        " monatelang beim Amt.“",
        Expect("Eltzbach", None, "Leopold zu Eltzbach", "Eltzbach", "colon_before_quote", quote=1),
    ),
]


@pytest.mark.parametrize(("text", "conllu_text", "expect"), PARTICLE_SURNAME_COLON)
def test_a_known_surname_with_its_particles_opening_the_clause_before_a_colon_speaks(
    text: str, conllu_text: str, expect: Expect
) -> None:
    check_row(colon_before_quote, text, conllu_text, expect, people=True)
