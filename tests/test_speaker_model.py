"""The speaker model on the small model's own parses: canonical names, kind, resolved.

The fixtures ``tests/data/conllu/name_*``, ``kind_*`` and ``role_*`` are the small test model's
parses as it produces them, not corrected by hand (see tests/data/conllu/README.md):
speaker resolution must survive its usual slips (a surname tagged NOUN, particles parsed
as a preposition, a given name as an apposition of the role before it).
"""

from __future__ import annotations

import pytest
from _conllu_tools import conllu, parse_of

from quoteattr._marks import find_quotes
from quoteattr.attribution import attribute_quotes

#: (fixture, text, Speaker.name, Speaker.kind, Speaker.resolved) of the text's quotation
CASES = [
    (
        "role_gender_ministerin",
        "Innenministerin Nancy Faeser traf Finanzminister Christian Lindner. "
        "„Wir sind uns einig“, sagte die Ministerin.",
        "Nancy Faeser",
        "person",
        True,
    ),
    (
        "role_gender_minister",
        "Innenministerin Nancy Faeser traf Finanzminister Christian Lindner. "
        "„Wir sind uns einig“, sagte der Minister.",
        "Christian Lindner",
        "person",
        True,
    ),
    (
        "role_gender_sprecherin",
        "Sprecherin Jana Roth und Sprecher Tim Ott kamen zusammen. "
        "„Kein Kommentar“, sagte die Sprecherin.",
        "Jana Roth",
        "person",
        True,
    ),
    (
        "role_unlinked_age",
        "Ein Mann wurde festgenommen. „Ich war es nicht“, sagte der 39-Jährige.",
        "der 39-Jährige",
        "person",
        False,
    ),
    (
        "name_title_stadtraetin",
        "„Wir brauchen mehr Radwege“, sagte Stadträtin Marlene Voss am Dienstag.",
        "Marlene Voss",
        "person",
        True,
    ),
    (
        "name_title_dezernent",
        "„Das Budget reicht nicht“, erklärte Finanzdezernent Jens Petersen.",
        "Jens Petersen",
        "person",
        True,
    ),
    (
        "name_title_landraetin",
        "„Die Straße bleibt gesperrt“, so Landrätin Petra Ulbrich.",
        "Petra Ulbrich",
        "person",
        True,
    ),
    (
        "name_noun_koch",
        "„Die Zahlen sind gut“, sagte Bäckermeister Thomas Koch in Kassel.",
        "Thomas Koch",
        "person",
        True,
    ),
    (
        "name_noun_fischer",
        "„Ich bin zufrieden“, sagte Trainerin Birgit Fischer nach dem Spiel.",
        "Birgit Fischer",
        "person",
        True,
    ),
    (
        "name_noun_kaiser",
        "Anna Kaiser leitet das Amt seit Mai. „Wir sind knapp besetzt“, sagte sie.",
        "Anna Kaiser",
        "person",
        True,
    ),
    (
        "name_particle_von_der",
        "„Es gibt keine Alternative“, sagte Ursula von der Heide, die Vorsitzende des Vereins.",
        "Ursula von der Heide",
        "person",
        True,
    ),
    ("name_particle_van", "„Wir gewinnen“, sagte Ruud van Dijk.", "Ruud van Dijk", "person", True),
    (
        "name_particle_zu",
        "„Das ist falsch“, sagte Karl-Theodor zu Guttenberg.",
        "Karl-Theodor zu Guttenberg",
        "person",
        True,
    ),
    (
        "name_particle_de_la",
        "„Wir bleiben“, sagte Luis de la Fuente.",
        "Luis de la Fuente",
        "person",
        True,
    ),
    (
        "name_particle_bin",
        "„Wir kommen“, sagte Osama bin Laden.",
        "Osama bin Laden",
        "person",
        True,
    ),
    (
        "name_apposition_role",
        "„Die Preise steigen“, sagte Bahn-Chefin Ilka Brahms.",
        "Ilka Brahms",
        "person",
        True,
    ),
    # An academic title (Dr., Prof.) is no part of the canonical name.
    (
        "name_academic_olsen",
        "„Nein“, sagte Polizeipräsidentin Dr. Maren Olsen in Kiel.",
        "Maren Olsen",
        "person",
        True,
    ),
    (
        "name_academic_kowalewski",
        "Chefarzt Dr. Jan Kowalewski sagte: „Die Station bleibt offen.“",
        "Jan Kowalewski",
        "person",
        True,
    ),
    (
        "name_academic_brandl",
        "„Wir bauen weiter“, erklärte Bürgermeisterin Dr. Ute Brandl am Montag.",
        "Ute Brandl",
        "person",
        True,
    ),
    (
        "name_academic_schaefer",
        "„Das Dach ist dicht“, so Landeskonservatorin Dr. Renate Schäfer.",
        "Renate Schäfer",
        "person",
        True,
    ),
    (
        "name_academic_lindner",
        "„Die Werte sind gut“, betonte der Forscher Dr. Petra Lindner.",
        "Petra Lindner",
        "person",
        True,
    ),
    # A listed given name starts the name whatever the tagger made of it.
    (
        "name_given_hofmann",
        "Die Vorsitzende Sabine Hofmann sagte: „Wir bleiben.“",
        "Sabine Hofmann",
        "person",
        True,
    ),
    (
        "name_given_pohl",
        "Fraktionsvize Jürgen Pohl sagte: „Das reicht.“",
        "Jürgen Pohl",
        "person",
        True,
    ),
    (
        "name_given_strauss",
        "„Wir klagen“, kündigte die Sprecherin Helene Strauß an.",
        "Helene Strauß",
        "person",
        True,
    ),
    (
        "name_given_krause",
        "„Das ist ein Skandal“, rief Stadtrat Martin Krause.",
        "Martin Krause",
        "person",
        True,
    ),
    (
        "name_given_becker",
        "„Zu spät“, meinte Trainerin Anna Becker nach dem Spiel.",
        "Anna Becker",
        "person",
        True,
    ),
    # A hyphenated East Asian given name keeps its lower-case second syllable, however the
    # tokenizer cut it (Ki- + moon, Jong + -un, Ji - yeon).
    (
        "name_syllable_ban_ki_moon",
        "„Die Gefahren sind real“, sagte UN-Generalsekretär Ban Ki-moon am Montag.",
        "Ban Ki-moon",
        "person",
        True,
    ),
    (
        "name_syllable_kim_jong_un",
        "Nordkoreas Machthaber Kim Jong-un erklärte: „Wir werden nicht nachgeben.“",
        "Kim Jong-un",
        "person",
        True,
    ),
    (
        "name_syllable_park_ji_yeon",
        "„Wir sind stolz auf das Team“, sagte Trainerin Park Ji-yeon.",
        "Park Ji-yeon",
        "person",
        True,
    ),
    (
        "name_syllable_wang_xiao_long",
        "„Das ist ein Anfang“, sagte Außenminister Wang Xiao-long in Peking.",
        "Wang Xiao-long",
        "person",
        True,
    ),
    # er/sie prefers the subject among the persons named in its sentence or the one before
    # (not the object named last); a demonstrative (dieser) points at the one named last.
    (
        "salience_roth",
        "Die Ministerin Anna Roth traf am Montag die Kollegin Maria Vogt. Beim Treffen sagte sie:"
        " „Wir arbeiten zusammen.“",
        "Anna Roth",
        "person",
        True,
    ),
    (
        "salience_ohlsen",
        "Trainer Jens Ohlsen lobte den Torwart Paul Krüger. Nach dem Spiel sagte er: „Das war"
        " eine starke Leistung.“",
        "Jens Ohlsen",
        "person",
        True,
    ),
    (
        "salience_berger",
        "Der Angeklagte Tim Berger beschuldigte seinen Nachbarn Olaf Wendt. Im Prozess erklärte"
        " er: „Ich bin unschuldig.“",
        "Tim Berger",
        "person",
        True,
    ),
    (
        "salience_lind",
        "Die Bürgermeisterin Eva Lind begrüßte die Ministerin Clara Hahn am Bahnhof. „Wir freuen"
        " uns“, sagte sie.",
        "Eva Lind",
        "person",
        True,
    ),
    (
        "salience_meier",
        "Der Kandidat der Partei, Jonas Meier, kritisierte den Kanzler Peter Brandt scharf. „Das"
        " ist unverantwortlich“, sagte er.",
        "Jonas Meier",
        "person",
        True,
    ),
    (
        "salience_neg_dieser",
        "Der Sänger Tom Rieger sprach mit dem Anwalt Karl Pohl. „Wir klagen“, sagte dieser.",
        "Karl Pohl",
        "person",
        True,
    ),
    # A hyphenated double given name stays whole, whatever the tagger made of its halves
    # (Jean/PROPN - Louis/PROPN/appos, Marie - Luise/NOUN): the name runs on to the surname.
    (
        "name_hyph_borloo",
        "Der Umweltminister der Französischen Republik, Jean-Louis Borloo, hat die Berichte"
        " als „reine Erfindung“ zurückgewiesen.",
        "Jean-Louis Borloo",
        "person",
        True,
    ),
    (
        "name_hyph_lemaire",
        "Die Präsidentin des Verbandes, Anne-Sophie Lemaire, sagte: „Wir sind zufrieden.“",
        "Anne-Sophie Lemaire",
        "person",
        True,
    ),
    (
        "name_hyph_dumont",
        "„Das Ergebnis ist enttäuschend“, sagte der Chef der Partei, Jean-Pierre Dumont.",
        "Jean-Pierre Dumont",
        "person",
        True,
    ),
    (
        "name_hyph_wollny",
        "Der Kapitän der Mannschaft, Hans-Peter Wollny, erklärte: „Wir geben nicht auf.“",
        "Hans-Peter Wollny",
        "person",
        True,
    ),
    (
        "name_hyph_brandt",
        "„Wir brauchen mehr Zeit“, sagte die Ministerin des Landes, Marie-Luise Brandt.",
        "Marie-Luise Brandt",
        "person",
        True,
    ),
    (
        "name_hyph_oberle",
        "Der Direktor des Museums, Karl-Heinz Oberle, betonte: „Die Sammlung bleibt hier.“",
        "Karl-Heinz Oberle",
        "person",
        True,
    ),
    # After a given name, a hyphenated double surname stays whole, whatever its tags.
    (
        "name_double_otte_laubner",
        "„Wir warten“, sagte Präsidentin Maren Otte-Laubner.",
        "Maren Otte-Laubner",
        "person",
        True,
    ),
    (
        "name_double_kuehn_hartmann",
        "„Wir sind zufrieden“, sagte Direktor Jens Kühn-Hartmann am Abend.",
        "Jens Kühn-Hartmann",
        "person",
        True,
    ),
    (
        "name_double_berg_schroeder",
        "„Ich bleibe“, sagte Landrätin Ute Berg-Schröder.",
        "Ute Berg-Schröder",
        "person",
        True,
    ),
    (
        "name_double_becker_luedemann",
        "Verlagsleiterin Claudia Becker-Lüdemann sagte: „Der Druck steigt.“",
        "Claudia Becker-Lüdemann",
        "person",
        True,
    ),
    (
        "name_double_wolf_heinrich",
        "„Es wird teuer“, warnte Kämmerer Thomas Wolf-Heinrich.",
        "Thomas Wolf-Heinrich",
        "person",
        True,
    ),
    (
        "name_neg_von_der_partei",
        "„Das ist gut“, sagte Merkel von der CDU.",
        "Merkel",
        "person",
        True,
    ),
    (
        "name_neg_vom_verband",
        "„Das reicht nicht“, sagte Schulz vom Verband.",
        "Schulz",
        "person",
        True,
    ),
    # A named organisation or medium is one entity: its name is the noun with the name (the
    # name alone for a medium or a firm with its legal form); a later definite mention by
    # the same noun or the end of its compound refers to it. A synonym (das Blatt after die
    # Zeitung Nordkurier) is not followed.
    (
        "kind_body_polizei_ort",
        "„Die Straße bleibt gesperrt“, teilte die Polizei Warendorf am Sonntag mit.",
        "Polizei Warendorf",
        "organisation",
        True,
    ),
    (
        "kind_body_reederei_later",
        "Die Reederei Nordwatt stellt den Verkehr ein. "
        "„Wir können die Sicherheit nicht garantieren“, erklärte die Reederei.",
        "Reederei Nordwatt",
        "organisation",
        True,
    ),
    (
        "kind_body_verein_compound",
        "Der Verbraucherverein Mittelelbe bleibt skeptisch. "
        "„Die Preise sind gestiegen“, sagte der Verein.",
        "Verbraucherverein Mittelelbe",
        "organisation",
        True,
    ),
    (
        "kind_body_legal_form",
        "„Die Leitung ist dicht“, teilte die Betreiberfirma Ostpipe GmbH mit.",
        "Ostpipe GmbH",
        "organisation",
        True,
    ),
    (
        "kind_body_sender",
        "„Der Flughafen braucht Geld“, berichtete der Sender Radio Hanse Mitte.",
        "Radio Hanse Mitte",
        "media",
        True,
    ),
    (
        "kind_body_gericht_later",
        "Das Arbeitsgericht Oldenburg wies die Klage ab. "
        "„Die Kündigung war rechtens“, sagte das Gericht.",
        "Arbeitsgericht Oldenburg",
        "organisation",
        True,
    ),
    (
        "kind_body_person_keeps_name",
        "„Wir prüfen die Vorwürfe“, sagte der Sprecher der Stadtwerke Emsland, Jan Gerdes.",
        "Jan Gerdes",
        "person",
        True,
    ),
    (
        "kind_body_gewerkschaft",
        "„Das Werk bleibt offen“, sagte die Gewerkschaft IG Metall am Montag.",
        "Gewerkschaft IG Metall",
        "organisation",
        True,
    ),
    (
        "kind_body_blatt_later",
        "Die Zeitung Nordkurier berichtete über den Fall. "
        "„Der Bürgermeister wusste Bescheid“, schrieb das Blatt.",
        "das Blatt",
        "media",
        False,
    ),
    (
        "kind_polizei",
        "„Die Lage ist ruhig“, teilte die Polizei am Abend mit.",
        "die Polizei",
        "organisation",
        False,
    ),
    (
        "kind_ministerium",
        "„Wir prüfen den Fall“, erklärte das Ministerium.",
        "das Ministerium",
        "organisation",
        False,
    ),
    (
        "kind_zeitung",
        "„Der Plan ist gescheitert“, schrieb die Zeitung am Montag.",
        "die Zeitung",
        "media",
        False,
    ),
    (
        "kind_bericht",
        "„Die Zahl der Fälle steigt“, heißt es in dem Bericht.",
        "dem Bericht",
        "document",
        False,
    ),
    (
        "kind_sprecherin",
        "„Kein Kommentar“, sagte eine Sprecherin.",
        "eine Sprecherin",
        "person",
        False,
    ),
    ("kind_pronoun_unresolved", "„Ja“, sagte er.", "er", "person", False),
    (
        "kind_pronoun_resolved",
        "Peter Brandt kam spät. „Ja“, sagte er.",
        "Peter Brandt",
        "person",
        True,
    ),
]

#: a name in brackets after a person's name is a party or place, never the person a
#: pronoun refers to; a feminine role formed from an adjective gives its gender by its
#: article; a masculine role form yields to a listed given name; a club is no person
BRACKETS_AND_GENDER = [
    (
        "name_bracket_party",
        "Bundeskanzler Olaf Brandt (SPD) besuchte das Werk. „Wir stehen zu dem Standort“, "
        "sagte er.",
        "Olaf Brandt",
        "person",
        True,
    ),
    (
        "name_bracket_town",
        "Landrat Heiko Brunner (Meppen) eröffnete die Brücke. „Endlich ist sie fertig“, rief er.",
        "Heiko Brunner",
        "person",
        True,
    ),
    (
        "role_gender_abgeordnete",
        "Die Abgeordnete Jana Vogt (Grüne) stellte den Antrag vor. „Die Zeit drängt“, sagte sie.",
        "Jana Vogt",
        "person",
        True,
    ),
    (
        "name_club_vorstand",
        "Vorstand Ilka Brandt stellte den neuen Trainer des SV Lindenau vor. "
        "„Er kennt die Liga“, sagte sie.",
        "Ilka Brandt",
        "person",
        True,
    ),
]

#: a role of an organisation (ein Sprecher von X, die Präsidentin des Y) is a person
#: the text does not name: the mention, unresolved — not the organisation's name; a
#: given name after the role's genitive is the person's, and so is a name the parser
#: hung on the role without an article
ROLE_OF_A_BODY = [
    (
        "kind_role_of_org_von",
        "„Dazu äußern wir uns nicht“, sagte ein Sprecher von Nordwind.",
        "ein Sprecher von Nordwind",
        "person",
        False,
    ),
    (
        "kind_role_of_org_gen",
        "„Die Lage ist ernst“, so die Präsidentin des DRK.",
        "die Präsidentin des DRK",
        "person",
        False,
    ),
    (
        "kind_role_of_org_nested",
        "„Wir prüfen das“, sagte der Leiter des Bundesamts für Katastrophenschutz.",
        "der Leiter des Bundesamts für Katastrophenschutz",
        "person",
        False,
    ),
    (
        "name_role_of_org_given",
        "„Das reicht nicht“, sagte der Chef des Verwaltungsrats Ulrich Brenner.",
        "Ulrich Brenner",
        "person",
        True,
    ),
    (
        "name_nmod_no_article",
        "„Das ist echt“, schrieb der Technologieexperte Adrian Kingsley-Hughes.",
        "Adrian Kingsley-Hughes",
        "person",
        True,
    ),
]
CASES += BRACKETS_AND_GENDER + ROLE_OF_A_BODY


@pytest.mark.parametrize(
    ("fixture", "text", "name", "kind", "resolved"), CASES, ids=[c[0] for c in CASES]
)
def test_speaker_name_kind_and_resolution(
    fixture: str, text: str, name: str, kind: str, resolved: bool
) -> None:
    [quote] = attribute_quotes(parse_of(text, conllu(fixture)), find_quotes(text))
    assert quote.speaker is not None, quote.rule
    assert (quote.speaker.name, quote.speaker.kind, quote.speaker.resolved) == (
        name,
        kind,
        resolved,
    )
    mention = quote.speaker.mention
    assert text[mention.start : mention.end] == mention.text


#: (fixture, text, Speaker.name, Speaker.resolved) of the text's last quotation: with a
#: cue that goes on with the last speaker's words (fügte hinzu, ergänzte, fuhr fort), a
#: pronoun or role noun of a fitting gender is the previous quotation's speaker.
GOING_ON = [
    (
        "cont_cue_fuegte_sie",
        "„Wir sind bereit“, sagte Anna Berg nach dem Treffen mit Lisa Kern. "
        "„Das gilt auch morgen“, fügte sie hinzu.",
        "Anna Berg",
        True,
    ),
    (
        "cont_cue_ergaenzte_role",
        "„Der Haushalt steht“, sagte Jan Vogt. „Wir sparen trotzdem“, ergänzte der Bürgermeister.",
        "Jan Vogt",
        True,
    ),
    (
        "cont_cue_fuhr_fort",
        "„Wir kommen zurück“, sagte Eva Lind vor Journalisten. „Und zwar bald“, fuhr sie fort.",
        "Eva Lind",
        True,
    ),
    (
        "cont_cue_neg_gender",
        "„Der Plan steht“, sagte Jan Vogt. „Wir sparen“, ergänzte die Ministerin.",
        "die Ministerin",
        False,
    ),
]

#: (fixture, text, Speaker.name, Speaker.resolved) of the last quotation, whose pronoun
#: or role noun passes over a body's name (dem Sender Radio Nordwelle: not the
#: 58-Jährige's name, nor a person) and over a role only coordinated with a name
#: (Bürgermeister Jan Roth und Planerin Eva Lenz: the Planerin is Eva Lenz)
LAST_SPEAKER = [
    (
        "name_pron_after_media",
        "Die Moderatorin Ute Kramer hört auf. „Es reicht“, hat die 58-Jährige dem Sender "
        "Radio Nordwelle gesagt. Auf Instagram schrieb sie: „Danke für alles.“",
        "Ute Kramer",
        True,
    ),
    (
        "role_conj_planerin",
        "Bürgermeister Jan Roth und Planerin Eva Lenz stellten den Plan vor. „Wie teuer wird "
        "es?“, fragte ein Reporter. Die Planerin sagte: „Zwei Millionen.“",
        "Eva Lenz",
        True,
    ),
]
GOING_ON_AND_LAST = GOING_ON + LAST_SPEAKER


@pytest.mark.parametrize(
    ("fixture", "text", "name", "resolved"),
    GOING_ON_AND_LAST,
    ids=[c[0] for c in GOING_ON_AND_LAST],
)
def test_the_last_quotation_goes_to_the_right_person(
    fixture: str, text: str, name: str, resolved: bool
) -> None:
    quotes = attribute_quotes(parse_of(text, conllu(fixture)), find_quotes(text))
    last = quotes[-1].speaker
    assert last is not None, quotes[-1].rule
    assert (last.name, last.resolved) == (name, resolved)


#: (fixture, text, Speaker.name, Speaker.mention) where the small model hangs the name, or
#: its surname, apart from the role before it: the mention still runs from the role to
#: the end of the name, and the name is the person's.
WHOLE_NAME_CASES = [
    (
        "name_adjacent_teamchef",
        "„Das reicht nicht“, sagte Teamchef Reto Gasser.",
        "Reto Gasser",
        "Teamchef Reto Gasser",
    ),
    (
        "name_adjacent_abgeordnete",
        "„Wir stimmen dagegen“, erklärte die Abgeordnete Franziska Hartmann am Abend.",
        "Franziska Hartmann",
        "die Abgeordnete Franziska Hartmann",
    ),
    (
        "name_adjacent_title",
        "„Das Angebot ist zu niedrig“, sagte Arbeitgebervertreterin Dr. Eva Lindholm.",
        "Eva Lindholm",
        "Arbeitgebervertreterin Dr. Eva Lindholm",
    ),
    (
        "name_adjacent_planerin",
        "„Die Straße ist zu gefährlich“, kritisierte die Verkehrsplanerin Dr. Johanna Steenbergen.",
        "Johanna Steenbergen",
        "die Verkehrsplanerin Dr. Johanna Steenbergen",
    ),
    (
        "name_adjacent_kapitaenin",
        "„Wir haben gewonnen“, jubelte Kapitänin Lena Oberg.",
        "Lena Oberg",
        "Kapitänin Lena Oberg",
    ),
    (
        "name_end_olsen",
        "„Nein“, sagte Polizeipräsidentin Dr. Maren Olsen in Kiel.",
        "Maren Olsen",
        "Polizeipräsidentin Dr. Maren Olsen",
    ),
    (
        "name_bracket_appos_end",
        "„Die Gefahr wächst“, warnte der Präsident des Bundesamts für Katastrophenschutz "
        "(BBK), Ralf Kessler.",
        "Ralf Kessler",
        "der Präsident des Bundesamts für Katastrophenschutz (BBK), Ralf Kessler",
    ),
    (
        "name_end_kaiser",
        "„Das Bad bleibt zu“, sagte Amtsärztin Dr. Sabine Kaiser am Montag.",
        "Sabine Kaiser",
        "Amtsärztin Dr. Sabine Kaiser",
    ),
]


@pytest.mark.parametrize(
    ("fixture", "text", "name", "mention"), WHOLE_NAME_CASES, ids=[c[0] for c in WHOLE_NAME_CASES]
)
def test_a_mention_runs_over_the_whole_name_after_its_role(
    fixture: str, text: str, name: str, mention: str
) -> None:
    [quote] = attribute_quotes(parse_of(text, conllu(fixture)), find_quotes(text))
    assert quote.speaker is not None, quote.rule
    assert (quote.speaker.name, quote.speaker.mention.text) == (name, mention)
    assert quote.speaker.resolved
