"""Build ``tests/data/blind.jsonl``: a blind gold set of German direct quotations.

The passages below were written for this project (all people, firms, clubs, places
other than real cities and countries, and all quotations are invented), *blind*:
without running quoteattr on them and without looking at its rules, the way a German
news writer would write them. The set is meant to be scored once, at the end of a
round of rule work, never used to tune the rules.

The authoring notation is that of ``build_handwritten.py`` (``P``, ``Q`` and the
builder functions are imported from there; see its docstring and
``tests/data/README.md``). Three additions:

- ``tags`` name the construction a quotation exercises, so results can be broken
  down by it: ``title-name`` (speaker with a title or role word before the name),
  ``noun-surname`` (a surname that is a common noun or given name: Koch, Bauer,
  Paul), ``particle-name`` (von der, van, de, zu), ``multipart-name`` (Nguyen Van An,
  al-Masri, double-barrelled names), ``role-apposition`` (role and name in
  apposition), ``compound-role`` (``Bahn-Chefin``), ``linebreak-name`` (a name
  across a line break), ``nbsp-name`` (a no-break space inside the name),
  ``role-anaphor`` / ``gender-anaphor`` / ``age-anaphor`` (the mention is a role
  noun, a pronoun chosen by gender among two people, ``der 63-Jährige``),
  ``cue-wissen``, ``cue-vorwerfen``, ``cue-noun-colon`` (``Die Antwort der
  Behörde: „…“``), ``cue-hiess-es``, ``cue-social``, ``cue-mitteilung``, ``media``,
  ``after-indirect`` (a quote right after indirect speech), ``interview``,
  ``perfekt`` / ``plusquamperfekt`` (a cue in a compound tense), and ``wrapped``
  (added by :func:`wrapped` to every quote of a passage whose paragraphs are broken
  into lines of about 72 columns).
- the cue is one word: the finite verb (``fügte`` for *fügte … hinzu*, ``wollte``
  for *wollte X wissen*), but the participle in the compound tenses (``gesagt`` for
  *hat X gesagt*), the noun of a noun introduction (``Antwort``).
- :func:`wrapped` checks such a passage: every line at most 76 characters, and
  single line breaks inside its paragraphs.

Run ``python tests/data/build_blind.py`` after editing it; it prints the counts
(passages, speech quotations, non-speech pairs, records per tag).
``tests/test_blind_data.py`` checks that ``blind.jsonl`` is up to date.
"""

from __future__ import annotations

import collections
import dataclasses
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

HERE = Path(__file__).resolve().parent
OUT_PATH = HERE / "blind.jsonl"
SPLIT = "blind"

_hw = builder("handwritten")
P = _hw.P
Q = _hw.Q
AuthoringError = _hw.AuthoringError


def lines(*parts: str) -> str:
    """A text written line by line; an empty part is a paragraph break."""
    return "\n".join(parts)


NB = "\u00a0"  # no-break space, written out so that it stays visible here
MAX_LINE = 76


def wrapped(p: Any) -> Any:
    """``p`` with ``wrapped`` added to every quote's tags, after checking its lines."""
    paragraphs = p.text.split("\n\n")
    if not any("\n" in para for para in paragraphs):
        raise AuthoringError(f"{p.slug}: a wrapped passage needs line breaks inside paragraphs")
    for line in p.text.split("\n"):
        if len(line) > MAX_LINE:
            raise AuthoringError(f"{p.slug}: line longer than {MAX_LINE}: {line!r}")
    quotes = [dataclasses.replace(q, tags=(*q.tags, "wrapped")) for q in p.quotes]
    return dataclasses.replace(p, quotes=quotes)


# --------------------------------------------------------------------------------------
# Pattern numbers as in build_handwritten.py / README.md:
#  P1 cue after the quote          P2 cue before with colon / headline "X: „…“"
#  P3 split quote „A“, sagte X, „B“ P4 so / laut / zufolge / nach Angaben
#  P5 partial quote in a clause    P6 continuation without cue
#  P7 speaker introduced just before, no cue
#  P8 pronoun / nominal anaphora as the mention
#  P9 non-speech pair (title, name, scare quote, inner quote): speaker null
# --------------------------------------------------------------------------------------


# --- agency news ----------------------------------------------------------------------

AGENCY: list[Any] = [
    P(
        "hafen-warnstreik",
        "Warnstreik legt Hamburger Hafen lahm",
        "Im Hamburger Hafen ist am Mittwoch die Arbeit an mehreren Terminals zum Erliegen "
        "gekommen. Die Gewerkschaft hatte die Beschäftigten zu einem 24-stündigen Warnstreik "
        "aufgerufen. „Die Beteiligung übertrifft unsere Erwartungen“, sagte "
        "Gewerkschaftssekretärin Jana Petersen am Vormittag. Der Arbeitgeberverband nannte den "
        "Ausstand „unverhältnismäßig“ und forderte eine Rückkehr an den Verhandlungstisch.",
        [
            Q(
                "Die Beteiligung",
                "Gewerkschaftssekretärin Jana Petersen",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q("unverhältnismäßig", "Der Arbeitgeberverband", "nannte", "P5", ("org",)),
        ],
    ),
    P(
        "oder-hochwasser",
        "Höchste Warnstufe an der Oder",
        "Das Landesamt für Umwelt hat für die Oder die höchste Hochwasserwarnstufe ausgerufen. "
        "„Wir rechnen in der Nacht zu Freitag mit einem Scheitel von knapp sieben Metern“, hieß "
        "es aus der Behörde. Landrat Piotr Nowakowski rief die Bewohner der Uferdörfer auf, "
        "Sandsäcke bereitzuhalten. „Niemand muss in Panik geraten, aber jeder sollte vorbereitet "
        "sein.“",
        [
            Q("Wir rechnen", "aus {der Behörde}", "{hieß} es", "P1", ("org", "cue-hiess-es")),
            Q(
                "Niemand muss",
                "Landrat Piotr Nowakowski",
                pat="P6",
                tags=("after-indirect", "title-name"),
            ),
        ],
    ),
    P(
        "regionalbahn-puenktlichkeit",
        "Regionalbahn bleibt unpünktlich",
        "Die Regionalbahn Mitteldeutschland kommt bei der Pünktlichkeit nicht voran. Im Oktober "
        "erreichten nur 71 Prozent der Züge ihr Ziel mit weniger als sechs Minuten Verspätung. "
        "„Das ist nicht das, was unsere Fahrgäste erwarten dürfen“, räumte Bahn-Chefin Ilka "
        "Brahms am Donnerstag in Leipzig ein. Schuld seien vor allem Baustellen und fehlendes "
        "Personal in den Stellwerken. „Wir stellen im kommenden Jahr 140 Fahrdienstleiter ein.“"
        "\n\nDer Fahrgastverband hält wenig vom Programm „Pünktlich 2030“ und zeigte sich "
        "skeptisch. „Solche Ankündigungen hören wir seit "
        "Jahren“, sagte Verbandssprecher Lutz Wagner.",
        [
            Q(
                "Das ist nicht das",
                "Bahn-Chefin Ilka Brahms",
                "räumte",
                "P1",
                ("compound-role", "title-name"),
            ),
            Q(
                "Wir stellen",
                "Bahn-Chefin Ilka Brahms",
                pat="P6",
                tags=("after-indirect", "compound-role"),
            ),
            Q("Pünktlich 2030", None, pat="P9", tags=("name",)),
            Q(
                "Solche Ankündigungen",
                "Verbandssprecher Lutz Wagner",
                "sagte",
                "P1",
                ("compound-role", "title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "krankenhausreform-einigung",
        "Einigung bei der Krankenhausreform",
        "Nach wochenlangem Streit haben sich Gesundheitsministerin Derya Aksoy und "
        "Finanzminister Henrik Falk auf die Finanzierung der Krankenhausreform geeinigt. Die "
        "Länder sollen bis 2030 insgesamt 18 Milliarden Euro erhalten. „Das ist ein guter Tag "
        "für die Patientinnen und Patienten“, sagte die Ministerin am Abend in Berlin. Ihr "
        "Kabinettskollege klang zurückhaltender. „Jeder Euro, den wir hier ausgeben, fehlt an "
        "anderer Stelle“, gab der Minister zu bedenken. Beide wollen das Gesetz noch vor der "
        "Sommerpause in den Bundestag einbringen.",
        [
            Q(
                "Das ist ein guter Tag",
                "die Ministerin",
                "sagte",
                "P1+P8",
                ("nominal", "gender-anaphor", "role-anaphor"),
            ),
            Q(
                "Jeder Euro",
                "der Minister",
                "gab",
                "P1+P8",
                ("nominal", "gender-anaphor", "role-anaphor"),
            ),
        ],
    ),
    P(
        "geldautomat-gesprengt",
        "Geldautomat in Gelsenkirchen gesprengt",
        "In der Nacht zum Dienstag haben Unbekannte in Gelsenkirchen einen Geldautomaten "
        "gesprengt. „Die Detonation war so stark, dass in den umliegenden Häusern Scheiben zu "
        "Bruch gingen“, teilte die Polizei mit. Verletzt wurde niemand. Ein Anwohner sagte dem "
        "Lokalsender Radio Emscherland, er habe zwei Motorräder davonrasen sehen. „Das war wie "
        "im Krieg.“",
        [
            Q("Die Detonation", "teilte {die Polizei}", "teilte", "P1", ("org",)),
            Q("Das war wie", "Ein Anwohner", pat="P6", tags=("after-indirect",)),
        ],
    ),
    P(
        "hitzewelle-norden",
        "Hitzewelle erreicht den Norden",
        "Norddeutschland steht eine Hitzewelle bevor. Hamburg hat seine „Hitzeampel“ bereits "
        "auf Rot geschaltet. Dem Wetterdienst Meteo Nord zufolge könnte "
        "der Donnerstag „der heißeste Junitag seit Beginn der Aufzeichnungen“ werden. In Bremen "
        "und Hamburg werden bis zu 38 Grad erwartet. „Trinken Sie ausreichend und meiden Sie die "
        "Mittagssonne“, riet Amtsärztin Dr. Sabine Kaiser älteren Menschen.",
        [
            Q("Hitzeampel", None, pat="P9", tags=("term",)),
            Q(
                "der heißeste",
                "Dem Wetterdienst Meteo Nord",
                "zufolge",
                "P4+P5",
                ("org", "cue-zufolge"),
            ),
            Q(
                "Trinken Sie",
                "Amtsärztin Dr. Sabine Kaiser",
                "riet",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "polen-besuch",
        "Polnische Regierungschefin in Berlin",
        "Die polnische Regierungschefin Katarzyna Wiśniewska-Nowak hat bei ihrem Antrittsbesuch "
        "in Berlin eine engere Zusammenarbeit bei der Energieversorgung angeboten. „Polen bleibt "
        "ein verlässlicher Partner, auch wenn wir nicht immer einer Meinung sind“, sagte "
        "Wiśniewska-Nowak nach dem Treffen im Kanzleramt. Ihr deutscher Amtskollege sprach von "
        "einem „neuen Kapitel“ in den Beziehungen beider Länder.",
        [
            Q(
                "Polen bleibt",
                "sagte {Wiśniewska-Nowak}",
                "sagte",
                "P1",
                ("multipart-name",),
            ),
            Q("neuen Kapitel", "Ihr deutscher Amtskollege", "sprach", "P5", ("nominal",)),
        ],
    ),
    P(
        "erdbeben-ostanatolien",
        "Schweres Erdbeben im Osten der Türkei",
        "Nach dem Erdbeben im Osten der Türkei ist die Zahl der Toten auf 41 gestiegen. "
        "„Die Suche nach Verschütteten geht die ganze Nacht weiter“, erklärte Behördensprecher "
        "Mehmet Yıldırım in Ankara. Der Bürgermeister der besonders betroffenen Kleinstadt "
        "Karaçam, Osman Kaya, sprach im Fernsehen von „Szenen, die ich nie vergessen werde“.",
        [
            Q(
                "Die Suche nach",
                "Behördensprecher Mehmet Yıldırım",
                "erklärte",
                "P1",
                ("compound-role", "title-name"),
            ),
            Q("Szenen, die", "Osman Kaya", "sprach", "P5", ("role-apposition",)),
        ],
    ),
    P(
        "fragestunde-pflege",
        "Schlagabtausch in der Fragestunde",
        "In der Fragestunde des Bundestags ist es am Mittwoch zu einem Schlagabtausch über die "
        "Pflegeversicherung gekommen. „Wer soll die Beitragserhöhung am Ende bezahlen?“, wollte "
        "die Abgeordnete Franziska Hartmann wissen. „Das klären wir im Herbst mit den Ländern“, "
        "antwortete Staatssekretär Bernd ten Brink ausweichend.",
        [
            Q(
                "Wer soll die",
                "die Abgeordnete Franziska Hartmann",
                "wollte",
                "P1",
                ("cue-wissen", "noun-surname", "title-name"),
            ),
            Q(
                "Das klären wir",
                "Staatssekretär Bernd ten Brink",
                "antwortete",
                "P1",
                ("particle-name", "title-name"),
            ),
        ],
    ),
    P(
        "geburtsstationen-landtag",
        "Streit um Geburtsstationen im Landtag",
        "Im Landtag in Schwerin ist der Streit um die Schließung von Geburtsstationen eskaliert. "
        "Oppositionsführerin Ayla Demir-Schulte warf der Landesregierung „gebrochene "
        "Versprechen“ vor. „Vor der Wahl haben Sie jeder Klinik eine Zukunft zugesagt.“ "
        "Gesundheitsminister Olaf Neumann wies das zurück. „Wir retten die Standorte, die "
        "medizinisch zu retten sind“, sagte der 61-Jährige.",
        [
            Q(
                "gebrochene",
                "Oppositionsführerin Ayla Demir-Schulte",
                "warf",
                "P5",
                ("cue-vorwerfen", "multipart-name", "title-name"),
            ),
            Q(
                "Vor der Wahl",
                "Oppositionsführerin Ayla Demir-Schulte",
                pat="P6",
                tags=("multipart-name",),
            ),
            Q("Wir retten", "der 61-Jährige", "sagte", "P1+P8", ("nominal", "age-anaphor")),
        ],
    ),
    P(
        "faehre-ruegen",
        "Fähre vor Rügen auf Grund gelaufen",
        "Vor der Küste von Rügen ist am Sonntagmorgen die Fähre „Nordlicht II“ auf Grund "
        "gelaufen. Die 212 Passagiere blieben unverletzt. Der schwedische Kapitän des Schiffes, "
        "Lars Ekström, sprach von einem Navigationsfehler. „Ich übernehme dafür die volle "
        "Verantwortung.“ Die Reederei Baltic Line teilte mit, man prüfe, ob das Schiff den "
        "Hafen „aus eigener Kraft“ erreichen könne.",
        [
            Q("Nordlicht II", None, pat="P9", tags=("name",)),
            Q(
                "Ich übernehme",
                "Lars Ekström",
                pat="P6",
                tags=("after-indirect", "role-apposition"),
            ),
            Q(
                "aus eigener Kraft",
                "Die Reederei Baltic Line",
                "teilte",
                "P5",
                ("org",),
                nested=True,
            ),
        ],
    ),
    P(
        "schlafstudie",
        "Jugendliche schlafen zu wenig",
        "Jugendliche in Deutschland schlafen immer weniger. Das geht aus einer Studie der "
        "Hochschule Ostholstein hervor. „Fast jeder dritte Schüler schläft unter der Woche "
        "weniger als sieben Stunden“, sagte Studienleiterin Prof. Henrike Vogel. Laut Vogel ist "
        "das Smartphone „der größte Schlafräuber“.",
        [
            Q(
                "Fast jeder dritte",
                "Studienleiterin Prof. Henrike Vogel",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q(
                "der größte",
                "Laut {Vogel}",
                "{Laut} Vogel",
                "P4+P5",
                ("noun-surname", "cue-laut"),
            ),
        ],
    ),
]


# --- local news -----------------------------------------------------------------------

LOCAL: list[Any] = [
    P(
        "voss-schwimmbaeder",
        "Voss: „Kein Bad wird geschlossen“",
        "Voss: „Kein Bad wird geschlossen“\n\n"
        "Stadträtin Marlene Voss hat Berichte über die Schließung städtischer Schwimmbäder "
        "zurückgewiesen. „Solange ich Sportdezernentin bin, bleibt jedes Bad geöffnet“, sagte "
        "Voss am Dienstag im Sportausschuss. Der Kämmerer hatte zuvor eine Liste mit "
        "Sparvorschlägen vorgelegt. Die Antwort der Dezernentin: „Sparen ja, aber nicht bei den "
        "Kindern.“",
        [
            Q("Kein Bad", "{Voss}: „Kein", pat="P2", tags=("headline",)),
            Q("Solange ich", "sagte {Voss}", "sagte", "P1"),
            Q(
                "Sparen ja",
                "der Dezernentin",
                "Antwort",
                "P2+P8",
                ("nominal", "cue-noun-colon", "role-anaphor"),
            ),
        ],
    ),
    P(
        "pho-wiedereroeffnung",
        "Vietnamesisches Restaurant öffnet wieder",
        "In der Leipziger Eisenbahnstraße hat das vietnamesische Restaurant „Pho Hanoi“ drei "
        "Monate nach dem Brand wiedereröffnet. Inhaber Nguyen Van An stand am Samstag selbst am "
        "Herd. „Die Nachbarn haben uns so viel geholfen, das vergessen wir nie“, sagte Nguyen. "
        "Seine Tochter Nguyen Thi Lan, die das Lokal mit ihm führt, ergänzte: „Zum Dank gibt es "
        "eine Woche lang jede Suppe zum halben Preis.“",
        [
            Q("Pho Hanoi", None, pat="P9", tags=("name",)),
            Q("Die Nachbarn", "sagte {Nguyen}", "sagte", "P1", ("multipart-name",)),
            Q("Zum Dank", "Seine Tochter Nguyen Thi Lan", "ergänzte", "P2", ("multipart-name",)),
        ],
    ),
    P(
        "kita-beitraege-kiel",
        "Kita-Beiträge in Kiel steigen",
        "Die Elternbeiträge für Kitas in Kiel steigen ab August um durchschnittlich 15 Prozent. "
        "„Wir haben lange gerungen, aber ohne die Erhöhung fehlen uns drei Millionen Euro“, "
        f"sagte Sozialdezernentin Birte{NB}Jessen am Montag. Der Gesamtelternbeirat kündigte "
        f"Widerstand an. „Wir sammeln ab sofort Unterschriften“, sagte Elternsprecher "
        f"Tarek{NB}Haddad.",
        [
            Q(
                "Wir haben lange",
                f"Sozialdezernentin Birte{NB}Jessen",
                "{sagte} Sozialdezernentin",
                "P1",
                ("nbsp-name", "title-name"),
            ),
            Q(
                "Wir sammeln",
                f"Elternsprecher Tarek{NB}Haddad",
                "{sagte} Elternsprecher",
                "P1",
                ("nbsp-name", "title-name"),
            ),
        ],
    ),
    P(
        "platanen-stadtpark",
        "Streit um Platanen im Stadtpark",
        "Im Stadtpark von Krefeld sollen 30 Platanen gefällt werden. Der Gutachter Joost van Dijk "
        "hält die Bäume für nicht mehr standsicher. „Bei jedem Sturm könnten Äste auf die Wege "
        "stürzen“, sagte der Niederländer. Die Bürgerinitiative „Rettet die Platanen“ verlangt "
        "ein zweites Gutachten. „Ein einziges Gutachten reicht uns nicht, wenn es um hundert Jahre "
        "alte Bäume geht“, erklärte Initiativensprecherin Hanna de Boer.",
        [
            Q("Bei jedem Sturm", "der Niederländer", "sagte", "P1+P8", ("nominal", "role-anaphor")),
            Q("Rettet die", None, pat="P9", tags=("name",)),
            Q(
                "Ein einziges",
                "Initiativensprecherin Hanna de Boer",
                "erklärte",
                "P1",
                ("particle-name", "title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "scheunenbrand-grossenrode",
        "Scheune in Großenrode abgebrannt",
        "In Großenrode ist in der Nacht zum Samstag eine Scheune mit 400 Strohballen "
        "niedergebrannt. „Als wir ankamen, stand das Gebäude bereits in Vollbrand“, sagte "
        "Einsatzleiter Tobias Fischer. Ein Übergreifen der Flammen auf das benachbarte Wohnhaus "
        "konnten die 60 Einsatzkräfte verhindern. „Die Familie hatte großes Glück“, sagte Fischer.",
        [
            Q(
                "Als wir ankamen",
                "Einsatzleiter Tobias Fischer",
                "{sagte} Einsatzleiter",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q("Die Familie", "sagte {Fischer}", "{sagte} Fischer", "P1", ("noun-surname",)),
        ],
    ),
    P(
        "marktplatz-weissenfels",
        "Marktplatz-Umbau dauert länger",
        "Der Umbau des Marktplatzes in Weißenfels dauert länger als geplant. »Wir haben unter dem "
        "Pflaster Reste einer mittelalterlichen Mauer gefunden«, sagte Bauamtsleiterin Petra "
        "Bauer, »und die müssen erst dokumentiert werden.« Der Wochenmarkt zieht deshalb bis "
        "Oktober auf den Schulhof um. »Das ist ärgerlich, aber machbar«, meinte der Sprecher der "
        "Marktbeschicker, Halil Öztürk.",
        [
            Q(
                "Wir haben unter",
                "Bauamtsleiterin Petra Bauer",
                "sagte",
                "P3",
                ("title-name", "compound-role", "noun-surname"),
                part=(0, 2),
            ),
            Q(
                "und die müssen",
                "Bauamtsleiterin Petra Bauer",
                "sagte",
                "P3",
                ("title-name", "compound-role", "noun-surname"),
                part=(1, 2),
            ),
            Q("Das ist ärgerlich", "Halil Öztürk", "meinte", "P1", ("role-apposition",)),
        ],
    ),
    P(
        "ortsumgehung-moor",
        "Ortsumgehung soll durchs Moor führen",
        "Der Bau der Ortsumgehung von Kirchbrak ist beschlossene Sache. „Die Umgehung kommt, "
        "daran gibt es nichts mehr zu rütteln“, so Bürgermeisterin Dr. Ute Brandl. Kritik kam vom "
        "Naturschutzbund: Die Trasse zerschneide „eines der letzten intakten Moore im Landkreis“, "
        "sagte Kreisvorsitzender Jürgen Ackermann. „Wir prüfen eine Klage.“",
        [
            Q(
                "Die Umgehung",
                "Bürgermeisterin Dr. Ute Brandl",
                "so",
                "P4",
                ("title-name", "cue-so"),
            ),
            Q(
                "eines der letzten",
                "Kreisvorsitzender Jürgen Ackermann",
                "sagte",
                "P5",
                ("title-name", "noun-surname"),
                nested=True,
            ),
            Q("Wir prüfen", "Kreisvorsitzender Jürgen Ackermann", pat="P6", tags=("noun-surname",)),
        ],
    ),
    P(
        "schulamt-lehrerstellen",
        "Schulamt: „Alle Lehrerstellen besetzt“",
        "Schulamt: „Alle Lehrerstellen besetzt“\n\n"
        "„Zum ersten Mal seit Jahren starten wir ohne Lücken ins neue Schuljahr“, teilte die "
        "Behörde am Freitag mit. Die Lehrergewerkschaft sieht das anders. Viele Stellen seien nur "
        "mit Quereinsteigern besetzt, sagte die Landesvorsitzende Gül Yılmaz-Becker. „Die Zahlen "
        "sind geschönt.“",
        [
            Q("Alle Lehrerstellen", "Schulamt", pat="P2", tags=("headline", "org")),
            Q("Zum ersten Mal", "die Behörde", "teilte", "P1+P8", ("org", "nominal")),
            Q(
                "Die Zahlen",
                "die Landesvorsitzende Gül Yılmaz-Becker",
                pat="P6",
                tags=("after-indirect", "multipart-name", "title-name"),
            ),
        ],
    ),
    P(
        "stadtfest-lindenau",
        "Stadtfest mit Besucherrekord",
        "Unter dem Motto „Alle an einen Tisch“ hat am Wochenende das Stadtfest in Lindenau "
        "stattgefunden. Organisator Kai Zimmermann zog eine positive Bilanz. „Wir hatten rund "
        "25.000 Gäste, so viele wie nie“, sagte Zimmermann. Nur die Band „Die Kellerasseln“ "
        "musste wegen eines Gewitters ihren Auftritt abbrechen. „Wir kommen nächstes Jahr "
        "wieder“, versprach Sänger Ole Brandt dem Publikum.",
        [
            Q("Alle an einen", None, pat="P9", tags=("motto",)),
            Q("Wir hatten rund", "sagte {Zimmermann}", "sagte", "P1", ("noun-surname",)),
            Q("Die Kellerasseln", None, pat="P9", tags=("name",)),
            Q("Wir kommen", "Sänger Ole Brandt", "versprach", "P1", ("title-name",)),
        ],
    ),
    P(
        "buslinie-17",
        "Neue Buslinie wird gut angenommen",
        "Die neue Buslinie 17 zwischen Bahnhof und Klinikum ist ein Erfolg. Nach Angaben der "
        "Verkehrsbetriebe nutzen sie täglich 3000 Fahrgäste. „Das hätten wir in so kurzer Zeit "
        "nicht erwartet“, sagte Betriebsleiter Sven Friedrich. Anwohner beschweren sich "
        "allerdings über Lärm. „Der Bus fährt jetzt alle zehn Minuten direkt unter meinem "
        "Schlafzimmerfenster vorbei“, klagte die Rentnerin Waltraud Schmied.",
        [
            Q(
                "Das hätten wir",
                "Betriebsleiter Sven Friedrich",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q(
                "Der Bus fährt",
                "die Rentnerin Waltraud Schmied",
                "klagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "lebensretter-bremerhaven",
        "Handwerker rettet Frau aus brennendem Auto",
        "Ein 47 Jahre alter Handwerker hat in Bremerhaven eine Frau aus einem brennenden Auto "
        "gerettet. Grzegorz Kowalczyk war auf dem Weg zur Arbeit, als er die Flammen sah. „Ich "
        "habe nicht nachgedacht, ich habe einfach die Tür aufgerissen“, sagte der 47-Jährige. Die "
        "Fahrerin wurde leicht verletzt. „Er ist mein Schutzengel“, sagte die 82 Jahre alte Frau "
        "später im Krankenhaus.",
        [
            Q(
                "Ich habe nicht",
                "der 47-Jährige",
                "{sagte} der",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
            Q(
                "Er ist mein",
                "die 82 Jahre alte Frau",
                "{sagte} die",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "schloss-hohenried",
        "Schloss Hohenried wird Hotel",
        "Das leerstehende Schloss Hohenried soll ein Hotel werden. Eigentümer Ferdinand zu Salm "
        "hat dafür einen Investor gefunden. „Ein Schloss, in dem niemand wohnt, verfällt“, sagte "
        "zu Salm bei der Vorstellung der Pläne. Der Heimatverein ist gespalten. Die Vorsitzende "
        "des Vereins, Ingrid Paul, äußerte sich vorsichtig: „Wir wollen erst die Pläne sehen, "
        "bevor wir urteilen.“",
        [
            Q("Ein Schloss", "sagte {zu Salm}", "sagte", "P1", ("particle-name",)),
            Q(
                "Wir wollen erst",
                "Ingrid Paul",
                "äußerte",
                "P2",
                ("role-apposition", "noun-surname"),
            ),
        ],
    ),
    P(
        "rohrbruch-innenstadt",
        "Wasserrohrbruch legt Innenstadt lahm",
        "Ein Wasserrohrbruch hat am Dienstag die Fußgängerzone von Herford überflutet. Mehrere "
        "Geschäfte blieben geschlossen. Die Erklärung der Stadtwerke: „Das Rohr stammt aus dem "
        "Jahr 1912 und war ohnehin zum Austausch vorgesehen.“ Für die Geschäftsleute ist das "
        "kein Trost. „Ich habe heute keinen einzigen Kunden gehabt“, sagte Bäckermeister Anton "
        "Koch.",
        [
            Q("Das Rohr stammt", "der Stadtwerke", "Erklärung", "P2", ("org", "cue-noun-colon")),
            Q(
                "Ich habe heute",
                "Bäckermeister Anton Koch",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "stadtbibliothek-verzoegerung",
        "Stadtbibliothek öffnet später",
        "Die Eröffnung der neuen Stadtbibliothek in Neumarkt verschiebt sich um ein halbes Jahr. "
        "„Wir bedauern die Verzögerung, die auf Lieferengpässe bei den Regalen zurückgeht“, hieß "
        "es in einer Mitteilung der Stadtverwaltung. Der Förderverein hatte bereits eine Feier mit "
        "der Autorin Selma Lindqvist geplant, deren Roman „Die Insel der Zugvögel“ in der Stadt "
        "spielt. „Die Feier holen wir nach“, versprach Vereinschef Rüdiger Wolf.",
        [
            Q(
                "Wir bedauern",
                "der Stadtverwaltung",
                "hieß",
                "P1",
                ("org", "cue-hiess-es", "cue-mitteilung"),
            ),
            Q("Die Insel der", None, pat="P9", tags=("title",)),
            Q(
                "Die Feier holen",
                "Vereinschef Rüdiger Wolf",
                "versprach",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
]


# --- sports ---------------------------------------------------------------------------

SPORTS: list[Any] = [
    P(
        "vfl-hohenstein-niederlage",
        "VfL Hohenstein chancenlos",
        "Der VfL Hohenstein hat sein Heimspiel gegen den SC Borkum mit 0:3 verloren. „Wir waren "
        "heute in allen Belangen unterlegen“, sagte der Trainer des VfL, Marco Steiner, nach dem "
        "Abpfiff. Besonders mit der ersten Halbzeit haderte er. „Da standen wir völlig neben "
        "uns.“ Gästetrainer Henk de Jong war zufrieden: „Genau so hatten wir uns das vorgestellt.“",
        [
            Q("Wir waren", "Marco Steiner", "sagte", "P1", ("role-apposition",)),
            Q("Da standen", "haderte {er}", pat="P7+P8", tags=("pronoun",)),
            Q(
                "Genau so",
                "Gästetrainer Henk de Jong",
                pat="P2",
                tags=("particle-name", "compound-role", "title-name"),
            ),
        ],
    ),
    P(
        "biathlon-oberhof",
        "Haugen gewinnt Sprint in Oberhof",
        "Die Norwegerin Ingrid Haugen hat den Biathlon-Sprint in Oberhof gewonnen. „Ich hatte "
        "heute einfach perfekte Ski“, sagte die 24-Jährige im Ziel. Zweite wurde Laura Brenner, "
        "die im Stehendschießen zwei Fehler hatte. „Zwei Fehler sind zu viel, wenn Ingrid so "
        "läuft“, sagte sie.",
        [
            Q(
                "Ich hatte heute",
                "die 24-Jährige",
                "{sagte} die",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
            Q("Zwei Fehler", "sagte {sie}", "{sagte} sie", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "handball-pokal-moorfleet",
        "Moorfleet im Pokalfinale",
        "Die Handballerinnen des TSV Moorfleet stehen im Pokalfinale. Nach dem 29:27 gegen "
        'Titelverteidiger Blau-Weiß Lübben sagte Trainerin Mette Hansen: "Ich bin unglaublich '
        'stolz auf diese Mannschaft." Matchwinnerin war Kreisläuferin Aylin Doğan mit neun Toren. '
        '"Die letzten fünf Minuten waren die längsten meines Lebens", sagte die 21-Jährige.',
        [
            Q(
                "Ich bin unglaublich",
                "Trainerin Mette Hansen",
                "{sagte} Trainerin",
                "P2",
                ("title-name",),
            ),
            Q(
                "Die letzten fünf",
                "die 21-Jährige",
                "{sagte} die",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "neuzugang-zielinski",
        "Stürmer aus Polen verstärkt den FC Auental",
        "Sportdirektorin Lea Jansen und Cheftrainer Dirk Wolf haben am Montag den ersten "
        "Neuzugang des FC Auental vorgestellt. Der 19 Jahre alte Stürmer Kacper Zieliński kommt "
        "von einem polnischen Erstligisten. „Er passt perfekt in unser System“, sagte sie. „Ich "
        "kenne ihn seit seiner Zeit in der Jugend“, ergänzte er. „Ich will hier den nächsten "
        "Schritt machen“, sagte der Pole selbst.",
        [
            Q("Er passt", "sagte {sie}", "{sagte} sie", "P1+P8", ("pronoun", "gender-anaphor")),
            Q("Ich kenne ihn", "ergänzte {er}", "ergänzte", "P1+P8", ("pronoun", "gender-anaphor")),
            Q("Ich will hier", "der Pole", "{sagte} der", "P1+P8", ("nominal",)),
        ],
    ),
    P(
        "marathon-dortmund",
        "Kiprono gewinnt Stadtmarathon",
        "Den Stadtmarathon von Dortmund hat der Kenianer Daniel Kiprono in 2:09:41 Stunden "
        "gewonnen. „Die Strecke war schnell, aber auf den letzten zehn Kilometern hat mich der "
        "Wind gebremst“, so der Sieger. Laut Renndirektor Thomas Becker war es mit 14.000 "
        "Teilnehmern „ein Rekordjahr in jeder Hinsicht“.",
        [
            Q("Die Strecke", "der Sieger", "so", "P4+P8", ("nominal", "cue-so")),
            Q(
                "ein Rekordjahr",
                "Renndirektor Thomas Becker",
                "Laut",
                "P4+P5",
                ("title-name", "noun-surname", "cue-laut"),
            ),
        ],
    ),
    P(
        "tennis-bjoerklund",
        "Björklund trotzt Knieschmerzen",
        "Nach ihrem Erstrundensieg in Stuttgart wurde Malin Björklund vor allem nach ihrem Knie "
        "gefragt. „Spielen Sie noch mit Schmerzen?“, wollte ein Journalist wissen. „Nur wenn ich "
        "lache“, antwortete die Schwedin und lachte.",
        [
            Q("Spielen Sie", "ein Journalist", "wollte", "P1", ("cue-wissen",)),
            Q("Nur wenn ich", "die Schwedin", "antwortete", "P1+P8", ("nominal",)),
        ],
    ),
    P(
        "eishockey-altmark",
        "Grizzlys Altmark verlieren erneut",
        "Die Grizzlys Altmark haben das dritte Spiel in Folge verloren. Nach dem 1:4 in Kassel war "
        "die Stimmung in der Kabine gedrückt. Das Fazit von Kapitän Jannik Neumann: „So steigen "
        "wir ab, wenn wir nichts ändern.“ Geschäftsführer Tomasz Wróbel kündigte Konsequenzen an. "
        "„Wir werden am Montag mit dem Trainerteam zusammensitzen.“",
        [
            Q(
                "So steigen",
                "Kapitän Jannik Neumann",
                "Fazit",
                "P2",
                ("cue-noun-colon", "title-name", "noun-surname"),
            ),
            Q("Wir werden am", "Geschäftsführer Tomasz Wróbel", pat="P7", tags=("title-name",)),
        ],
    ),
    P(
        "schwimm-em-bronze",
        "Bronze für al-Rashidi",
        "Der für Deutschland startende Schwimmer Yousef Ali al-Rashidi hat bei der "
        "Europameisterschaft Bronze über 200 Meter Brust gewonnen. Der 26-Jährige war vor neun "
        "Jahren aus Syrien geflohen. „Diese Medaille widme ich meiner Mutter, die heute zum ersten "
        "Mal im Stadion war“, sagte al-Rashidi unter Tränen. Bundestrainerin Kerstin Lohmann "
        "sprach von einem „Rennen für die Geschichtsbücher“.",
        [
            Q("Diese Medaille", "sagte {al-Rashidi}", "sagte", "P1", ("multipart-name",)),
            Q(
                "Rennen für",
                "Bundestrainerin Kerstin Lohmann",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "tour-de-suisse-zurbriggen",
        "Zurbriggen gewinnt Königsetappe",
        "Der Berner Nico Zurbriggen hat die Königsetappe der Tour de Suisse gewonnen. «Ich habe "
        "am letzten Anstieg wirklich gelitten», sagte der 29-Jährige im Ziel, «aber genau dafür "
        "fährt man Velo.» Teamchef Reto Gasser sprach von einem «Sieg mit Ansage».",
        [
            Q(
                "Ich habe am",
                "der 29-Jährige",
                "sagte",
                "P3+P8",
                ("nominal", "age-anaphor"),
                part=(0, 2),
            ),
            Q(
                "aber genau",
                "der 29-Jährige",
                "sagte",
                "P3+P8",
                ("nominal", "age-anaphor"),
                part=(1, 2),
            ),
            Q("Sieg mit", "Teamchef Reto Gasser", "sprach", "P5", ("title-name", "compound-role")),
        ],
    ),
    P(
        "schach-meisterin",
        "Schülerin wird Schachmeisterin",
        f"Die 15 Jahre alte Schülerin Mai Linh{NB}Tran aus Chemnitz ist deutsche Meisterin im "
        "Schach. „Ich habe nicht damit gerechnet, ich wollte nur unter die ersten zehn“, sagte "
        f"Mai Linh{NB}Tran nach der letzten Runde. Trainer Stefan Kühn nannte sie „das größte "
        "Talent, das ich je trainiert habe“.",
        [
            Q(
                "Ich habe nicht",
                f"sagte {{Mai Linh{NB}Tran}}",
                "sagte",
                "P1",
                ("nbsp-name", "multipart-name"),
            ),
            Q("das größte", "Trainer Stefan Kühn", "nannte", "P5", ("title-name",)),
        ],
    ),
    P(
        "golf-wannsee",
        "Van den Berg führt am Wannsee",
        "Der Niederländer Pieter van den Berg führt nach zwei Runden beim Golfturnier am Wannsee. "
        "„Auf diesem Platz musst du vor allem geduldig sein“, erklärte van den Berg nach seiner "
        "66er-Runde. Laut Caddie Tom Visser war es „die beste Runde seiner Karriere“.",
        [
            Q("Auf diesem Platz", "erklärte {van den Berg}", "erklärte", "P1", ("particle-name",)),
            Q("die beste Runde", "Caddie Tom Visser", "Laut", "P4+P5", ("title-name", "cue-laut")),
        ],
    ),
]


# --- business -------------------------------------------------------------------------

BUSINESS: list[Any] = [
    P(
        "brenntal-stellenabbau",
        "Zulieferer Brenntal streicht 1200 Stellen",
        "Der Autozulieferer Brenntal streicht bis 2028 rund 1200 Stellen in Deutschland. „Dieser "
        "Schritt fällt uns unendlich schwer“, sagte Vorstandschef Günther Müller am Donnerstag in "
        "Stuttgart. Betroffen sind vor allem die Werke in Baden-Württemberg. „Ohne den Umbau wäre "
        "in fünf Jahren jeder Arbeitsplatz gefährdet“, sagte der Konzernchef. Der Betriebsrat "
        "warf dem Vorstand „jahrelanges Missmanagement“ vor und kündigte Proteste an.",
        [
            Q(
                "Dieser Schritt",
                "Vorstandschef Günther Müller",
                "{sagte} Vorstandschef",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q(
                "Ohne den Umbau",
                "der Konzernchef",
                "{sagte} der",
                "P1+P8",
                ("nominal", "role-anaphor"),
            ),
            Q("jahrelanges", "Der Betriebsrat", "warf", "P5", ("org", "cue-vorwerfen")),
        ],
    ),
    P(
        "kiezkiste-finanzierung",
        "Berliner Start-up sammelt Millionen ein",
        "Das Berliner Start-up „Kiezkiste“, das Lebensmittel von Höfen aus Brandenburg liefert, "
        "hat 14 Millionen Euro von Investoren eingesammelt. „Wir wachsen jeden Monat um zehn "
        f"Prozent“, sagte Mitgründerin Leyla{NB}Aydın. Mitgründer Jonas Hartwig ergänzte: „Als "
        "Nächstes kommen Hamburg und München.“",
        [
            Q("Kiezkiste", None, pat="P9", tags=("name",)),
            Q(
                "Wir wachsen",
                f"Mitgründerin Leyla{NB}Aydın",
                "sagte",
                "P1",
                ("nbsp-name", "title-name"),
            ),
            Q("Als Nächstes", "Mitgründer Jonas Hartwig", "ergänzte", "P2", ("title-name",)),
        ],
    ),
    P(
        "chemie-tarif",
        "Tarifeinigung in der Chemieindustrie",
        "Die Tarifparteien der Chemieindustrie in Rheinland-Pfalz haben sich geeinigt. Die Löhne "
        "steigen in zwei Stufen um insgesamt 6,5 Prozent. “Das ist ein Abschluss mit Augenmaß”, "
        "sagte Verhandlungsführer Karsten Hoffmann von der Gewerkschaft. Arbeitgebervertreterin "
        "Dr. Eva Lindholm sprach von einer “schmerzhaften, aber tragbaren” Einigung.",
        [
            Q(
                "Das ist ein Abschluss",
                "Verhandlungsführer Karsten Hoffmann",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "schmerzhaften",
                "Arbeitgebervertreterin Dr. Eva Lindholm",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "nordhafen-bank-quartal",
        "Nordhafen Bank überrascht mit Gewinn",
        "Die Nordhafen Bank hat im dritten Quartal einen Gewinn von 312 Millionen Euro erzielt. "
        "„Wir haben in einem schwierigen Umfeld geliefert“, erklärte Finanzvorständin Birgit "
        "Achterberg in einer Mitteilung. Analysten zeigten sich überrascht. Aktienhändler Jakob "
        "Weiß von der Privatbank Reuss & Lang: „Damit hatte am Markt niemand gerechnet.“",
        [
            Q(
                "Wir haben in einem",
                "Finanzvorständin Birgit Achterberg",
                "erklärte",
                "P1",
                ("title-name", "compound-role", "cue-mitteilung"),
            ),
            Q(
                "Damit hatte",
                "Aktienhändler Jakob Weiß",
                pat="P2",
                tags=("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
    P(
        "chipfabrik-grundstein",
        "Grundstein für Chipfabrik gelegt",
        "In der Lausitz ist der Grundstein für eine Chipfabrik des taiwanischen Konzerns Formosa "
        "Microtech gelegt worden. „Die Region hat uns mit ihren Fachkräften überzeugt“, sagte "
        "Vorstand Chen Wei-ming bei der Feier. Wirtschaftsminister Frank Seidel sprach von einem "
        "„Jahrhundertprojekt“. „Die ersten Chips sollen 2029 vom Band laufen“, hieß es aus dem "
        "Unternehmen.",
        [
            Q(
                "Die Region",
                "Vorstand Chen Wei-ming",
                "sagte",
                "P1",
                ("multipart-name", "title-name"),
            ),
            Q(
                "Jahrhundertprojekt",
                "Wirtschaftsminister Frank Seidel",
                "sprach",
                "P5",
                ("title-name",),
            ),
            Q("Die ersten Chips", "dem Unternehmen", "hieß", "P1", ("org", "cue-hiess-es")),
        ],
    ),
    P(
        "moebelhaus-insolvenz",
        "Möbelkette meldet Insolvenz an",
        "Die Möbelkette Wohnwelt Sauerland hat Insolvenz angemeldet. Der Insolvenzverwalter Dr. "
        "Klaus-Peter Brandt sagte, der Geschäftsbetrieb laufe vorerst weiter. „Die Löhne für "
        "November und Dezember sind gesichert.“ Für die 340 Beschäftigten beginnt dennoch eine "
        "Zeit des Wartens. „Wir suchen einen Investor, der alle Filialen übernimmt“, fügte der "
        "Insolvenzverwalter hinzu.",
        [
            Q(
                "Die Löhne für",
                "Der Insolvenzverwalter Dr. Klaus-Peter Brandt",
                pat="P6",
                tags=("after-indirect", "title-name", "multipart-name"),
            ),
            Q(
                "Wir suchen",
                "fügte {der Insolvenzverwalter} hinzu",
                "fügte",
                "P1+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "frischkauf-kassen",
        "Supermarktkette will Kassen abschaffen",
        "Die Supermarktkette Frischkauf will in 200 Filialen die klassischen Kassen abschaffen. "
        "Das berichtet die Wirtschaftszeitung „Der Marktbote“ unter Berufung auf interne "
        "Unterlagen. „Bis 2027 soll in jeder zweiten Filiale nur noch an Automaten bezahlt "
        "werden“, schrieb das Blatt. Ein Sprecher von Frischkauf wollte den Bericht nicht "
        "kommentieren. „Zu Spekulationen äußern wir uns grundsätzlich nicht.“",
        [
            Q("Der Marktbote", None, pat="P9", tags=("name",)),
            Q("Bis 2027", "das Blatt", "schrieb", "P1+P8", ("media", "nominal")),
            Q("Zu Spekulationen", "Ein Sprecher von Frischkauf", pat="P7", tags=("org",)),
        ],
    ),
    P(
        "windpark-nordvind",
        "Dänischer Konzern baut Windpark vor Sylt",
        "Der dänische Energiekonzern Nordvind baut vor Sylt einen Windpark mit 90 Turbinen. „Wir "
        "investieren hier vier Milliarden Euro“, sagte Konzernchefin Sofie Kjærgaard in Husum. "
        "Sorgen bereitet ihr der Netzausbau an Land. „Die Anbindung ans Netz ist der "
        "Flaschenhals, nicht die Technik“, betonte die Dänin.",
        [
            Q(
                "Wir investieren",
                "Konzernchefin Sofie Kjærgaard",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Die Anbindung", "die Dänin", "betonte", "P1+P8", ("nominal",)),
        ],
    ),
    P(
        "milchpreis-protest",
        "Milchbauern protestieren vor Molkerei",
        "Rund 150 Landwirte haben am Montag mit Traktoren die Zufahrt zur Molkerei Ammerland "
        "blockiert. „Für 38 Cent pro Liter kann kein Hof überleben“, sagte Landwirtin Anke "
        "Wernersdorf. Der Bauernverband kritisierte die Molkereien scharf: „Die Lieferverträge "
        "sind einseitig und gehören neu verhandelt.“",
        [
            Q(
                "Für 38 Cent",
                "Landwirtin Anke Wernersdorf",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q("Die Lieferverträge", "Der Bauernverband", "kritisierte", "P2", ("org",)),
        ],
    ),
]


# --- culture --------------------------------------------------------------------------

CULTURE: list[Any] = [
    P(
        "filmfest-solheim",
        "Norwegischer Film gewinnt in Lübeck",
        "Der Film »Die Stille nach dem Sturm« der norwegischen Regisseurin Kari Solheim hat beim "
        "Filmfest in Lübeck den Hauptpreis gewonnen. »Ich habe diesen Film für meine Großmutter "
        "gemacht«, sagte Solheim bei der Preisverleihung. Jurypräsident Bart Verhoeven nannte das "
        "Werk »mutig, leise und unbequem«.",
        [
            Q("Die Stille nach", None, pat="P9", tags=("title",)),
            Q("Ich habe diesen", "sagte {Solheim}", "sagte", "P1"),
            Q(
                "mutig, leise",
                "Jurypräsident Bart Verhoeven",
                "nannte",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "literaturpreis-arslan",
        "Literaturpreis für Zeynep Arslan",
        "Die Autorin Zeynep Arslan erhält den Literaturpreis der Stadt Mainz für ihren Roman „Das "
        "Haus am Bosporus“. Die Jury lobte „eine Sprache von großer Zärtlichkeit“. Arslan zeigte "
        "sich überwältigt. „Ich schreibe seit zwanzig Jahren, und zum ersten Mal fühlt es sich an, "
        "als hätte mir jemand zugehört.“",
        [
            Q("Das Haus am", None, pat="P9", tags=("title",)),
            Q("eine Sprache", "Die Jury", "lobte", "P5", ("org",)),
            Q("Ich schreibe", "{Arslan} zeigte", pat="P7"),
        ],
    ),
    P(
        "nachtfalter-konzert",
        "Nachtfalter begeistern in der Stadthalle",
        "Zum Abschluss ihrer Tournee hat die Band „Nachtfalter“ in der ausverkauften Stadthalle "
        "gespielt. Als Zugabe gab es den Hit „Grauer Morgen“. „Als mein Vater das Lied zum ersten "
        "Mal hörte, sagte er nur ‚Viel zu laut‘“, erzählte Frontfrau Femke Bakker lachend. Nach "
        "zwei Stunden war Schluss.",
        [
            Q("Nachtfalter", None, pat="P9", tags=("name",)),
            Q("Grauer Morgen", None, pat="P9", tags=("title",)),
            Q(
                "Als mein Vater",
                "Frontfrau Femke Bakker",
                "erzählte",
                "P1",
                ("title-name", "contains-inner"),
            ),
            Q("Viel zu laut", None, pat="P9", tags=("inner",)),
        ],
    ),
    P(
        "ausstellung-flandern",
        "Flämische Meister im Kunstmuseum",
        "Das Kunstmuseum Winterthal zeigt ab Sonntag die Ausstellung „Licht über Flandern“ mit 80 "
        "Gemälden aus dem 17. Jahrhundert. Kuratorin Dr. Annelies Vermeulen erklärt den Ansatz: "
        "„Wir zeigen nicht die Meister, sondern die Werkstätten dahinter.“ Kritiker werfen dem "
        "Museum vor, zu sehr auf „Publikumsmagneten“ zu setzen.",
        [
            Q("Licht über", None, pat="P9", tags=("title",)),
            Q(
                "Wir zeigen nicht",
                "Kuratorin Dr. Annelies Vermeulen",
                "erklärt",
                "P2",
                ("title-name",),
            ),
            Q("Publikumsmagneten", "Kritiker", "werfen", "P5", ("cue-vorwerfen",), nested=True),
        ],
    ),
    P(
        "krimiserie-abschied",
        "Serienkommissar steigt aus",
        "Nach zwölf Jahren steigt der Schauspieler Emre Şahin aus der Krimiserie „Mord am Deich“ "
        "aus. „Letzter Drehtag. Ich werde euch alle vermissen“, schrieb der 52-Jährige auf "
        "Instagram. Der Sender bestätigte den Abschied. Eine Nachfolgerin stehe bereits fest, "
        "teilte eine Sprecherin mit, ohne einen Namen zu nennen.",
        [
            Q("Mord am Deich", None, pat="P9", tags=("title",)),
            Q(
                "Letzter Drehtag",
                "der 52-Jährige",
                "schrieb",
                "P1+P8",
                ("nominal", "age-anaphor", "cue-social"),
            ),
        ],
    ),
    P(
        "stadttheater-thunau",
        "Stadttheater Thunau spart",
        "Das Stadttheater Thunau muss in der nächsten Spielzeit 1,2 Millionen Franken einsparen. "
        "«Wir müssen sparen, aber nicht an der Kunst», sagte Intendant Beat Imhof an der "
        "Medienkonferenz. Gestrichen wird deshalb vor allem in der Verwaltung. «Die "
        "Zuschauerzahlen sind so hoch wie nie, das gibt uns Rückenwind», so Imhof.",
        [
            Q("Wir müssen sparen", "Intendant Beat Imhof", "sagte", "P1", ("title-name",)),
            Q("Die Zuschauerzahlen", "so {Imhof}", "{so} Imhof", "P4", ("cue-so",)),
        ],
    ),
    P(
        "hamlet-premiere",
        "Hamlet als Influencer",
        "Am Staatstheater hatte am Samstag „Hamlet“ Premiere, inszeniert als Tragödie eines "
        "Influencers. „Wir wollten zeigen, wie einsam man sein kann“, sagte Regisseurin Johanna "
        "von der Heide, „auch mit zwei Millionen Followern.“ Ein Teil des Publikums buhte. „Das "
        "ist doch kein Shakespeare mehr“, rief ein Zuschauer beim Hinausgehen.",
        [
            Q("Hamlet", None, pat="P9", tags=("title",)),
            Q(
                "Wir wollten zeigen",
                "Regisseurin Johanna von der Heide",
                "sagte",
                "P3",
                ("title-name", "particle-name"),
                part=(0, 2),
            ),
            Q(
                "auch mit zwei",
                "Regisseurin Johanna von der Heide",
                "sagte",
                "P3",
                ("title-name", "particle-name"),
                part=(1, 2),
            ),
            Q("Das ist doch", "ein Zuschauer", "rief", "P1"),
        ],
    ),
    P(
        "rapperin-album",
        "Rapperin Amira Khalil legt nach",
        'Die Hamburger Rapperin Amira Khalil hat ihr zweites Album "Beton und Blumen" '
        'veröffentlicht. "Jeder Song erzählt von einer Frau aus meinem Viertel", sagte Khalil im '
        'Gespräch mit dieser Zeitung. Kritiker loben die Platte als "das reifste deutsche '
        'Rap-Album des Jahres".',
        [
            Q("Beton und", None, pat="P9", tags=("title",)),
            Q("Jeder Song", "sagte {Khalil}", "sagte", "P1"),
            Q("das reifste", "Kritiker", "loben", "P5"),
        ],
    ),
    P(
        "gurkenglas-denkmal",
        "Bürohochhaus wird Denkmal",
        "Das im Volksmund „Gurkenglas“ genannte Bürohochhaus am Hafen steht jetzt unter "
        "Denkmalschutz. „Man muss es nicht schön finden, aber es ist ein wichtiges Zeugnis der "
        "Siebzigerjahre“, begründete Landeskonservatorin Dr. Renate Schäfer die Entscheidung. Der "
        "Eigentümer hatte einen Abriss erwogen.",
        [
            Q("Gurkenglas", None, pat="P9", tags=("scare",)),
            Q(
                "Man muss es",
                "Landeskonservatorin Dr. Renate Schäfer",
                "begründete",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "lesung-drache",
        "Kinderbuchautor liest in der Stadtbücherei",
        "Rund 60 Kinder sind am Mittwoch zur Lesung von Ole Sandvik in die Stadtbücherei gekommen. "
        "Der norwegische Autor las aus seinem Buch „Der Drache, der nicht fliegen wollte“. "
        "„Warum ist der Drache grün?“, wollte ein Mädchen in der ersten Reihe wissen. „Weil er zu "
        "viel Spinat isst“, antwortete Sandvik.",
        [
            Q("Der Drache, der", None, pat="P9", tags=("title",)),
            Q(
                "Warum ist",
                "ein Mädchen in der ersten Reihe",
                "{wollte} ein",
                "P1",
                ("cue-wissen",),
            ),
            Q("Weil er zu", "antwortete {Sandvik}", "antwortete", "P1"),
        ],
    ),
]


# --- court reports --------------------------------------------------------------------

COURT: list[Any] = [
    P(
        "pflegedienst-betrug",
        "Prozess gegen Pflegedienst-Inhaberin",
        "Vor dem Landgericht Essen muss sich seit Dienstag die Inhaberin eines Pflegedienstes "
        "verantworten. Die Anklage wirft der 56-Jährigen vor, Leistungen abgerechnet zu haben, "
        "die nie erbracht wurden. Staatsanwalt Florian Pohl sprach von einem „System organisierter "
        "Gier“. Die Angeklagte schwieg zum Auftakt. Verteidiger Mustafa Erdem erklärte, seine "
        "Mandantin werde sich „zu gegebener Zeit“ äußern. „Die Vorwürfe sind in weiten Teilen "
        "haltlos.“",
        [
            Q("System organisierter", "Staatsanwalt Florian Pohl", "sprach", "P5", ("title-name",)),
            Q(
                "zu gegebener",
                "Verteidiger Mustafa Erdem",
                "erklärte",
                "P5",
                ("title-name",),
                nested=True,
            ),
            Q(
                "Die Vorwürfe sind",
                "Verteidiger Mustafa Erdem",
                pat="P6",
                tags=("after-indirect", "title-name"),
            ),
        ],
    ),
    P(
        "raser-urteil",
        "Raser muss ins Gefängnis",
        "Das Landgericht Hagen hat einen 23 Jahre alten Autofahrer nach einem tödlichen Rennen "
        "zu sechs Jahren Haft verurteilt. Die Vorsitzende Richterin Heike Brandstätter fand "
        "deutliche Worte. „Sie haben Ihr Auto als Waffe benutzt“, sagte sie bei der "
        "Urteilsbegründung. Der Angeklagte nahm das Urteil regungslos auf. Zuvor hatte er sich bei "
        "der Familie des Opfers entschuldigt: „Ich würde alles dafür geben, diesen Abend "
        "ungeschehen zu machen.“",
        [
            Q("Sie haben Ihr", "sagte {sie}", "sagte", "P1+P8", ("pronoun", "gender-anaphor")),
            Q(
                "Ich würde alles",
                "hatte {er}",
                "entschuldigt",
                "P2+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "hecke-amtsgericht",
        "Streit um eine Hecke vor Gericht",
        "Eine drei Meter hohe Thujahecke beschäftigt das Amtsgericht Bergheim. „Die Hecke steht "
        "seit 1987 genau so da“, sagte der Beklagte Herbert Schneider. Die Klägerin Dorota Maj "
        "sah das anders: „Seit zwei Jahren sehe ich in meinem Garten keine Sonne mehr.“ „Einigen "
        "Sie sich, sonst entscheide ich“, riet Richter Knut Sörensen den Parteien.",
        [
            Q(
                "Die Hecke steht",
                "der Beklagte Herbert Schneider",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q("Seit zwei Jahren", "Die Klägerin Dorota Maj", pat="P2", tags=("title-name",)),
            Q("Einigen Sie", "Richter Knut Sörensen", "riet", "P1", ("title-name",)),
        ],
    ),
    P(
        "geldtransporter-prozess",
        "Geständnis im Geldtransporter-Prozess",
        "Im Prozess um den Überfall auf einen Geldtransporter hat der Hauptangeklagte Khaled "
        "Ibrahim al-Zein seine Beteiligung eingeräumt. „Ich war dabei, aber ich habe nicht "
        "geschossen“, ließ der 31-Jährige über seinen Anwalt erklären. Staatsanwältin Lena Marić "
        "hält das für eine Schutzbehauptung. „Die Spuren am Tatort sprechen eine andere "
        "Sprache.“",
        [
            Q("Ich war dabei", "der 31-Jährige", "ließ", "P1+P8", ("nominal", "age-anaphor")),
            Q(
                "Die Spuren am",
                "Staatsanwältin Lena Marić",
                pat="P6",
                tags=("after-indirect", "title-name"),
            ),
        ],
    ),
    P(
        "arbeitsgericht-kassiererin",
        "Gericht: „Kündigung war rechtens“",
        "Gericht: „Kündigung war rechtens“\n\n"
        "Das Arbeitsgericht Oldenburg hat die Klage einer Kassiererin gegen ihre Kündigung "
        "abgewiesen. Die Frau hatte Pfandbons im Wert von 4,80 Euro eingelöst. „Das "
        "Vertrauensverhältnis war unwiederbringlich zerstört“, heißt es in der Begründung der "
        "Kammer. Anwalt Pekka Virtanen kündigte Berufung an: „Wir gehen notfalls bis zum "
        "Bundesarbeitsgericht.“",
        [
            Q("Kündigung war", "Gericht", pat="P2", tags=("headline", "org")),
            Q("Das Vertrauens", "der Kammer", "heißt", "P1", ("org", "cue-hiess-es")),
            Q("Wir gehen", "Anwalt Pekka Virtanen", "kündigte", "P2", ("title-name",)),
        ],
    ),
    P(
        "paketdienst-prozess",
        "Teilgeständnis im Drogenprozess",
        "Vor dem Landgericht Wuppertal stehen ein 41 Jahre alter Mann und eine 34 Jahre alte Frau, "
        "die über einen Paketdienst Kokain verschickt haben sollen. Während die Frau ein "
        "Teilgeständnis ablegte, schwieg ihr Mitangeklagter. „Ich habe die Pakete nur "
        "angenommen“, sagte sie. „Was darin war, wusste ich nicht.“ „Das nehme ich Ihnen nicht "
        "ab“, entgegnete der Vorsitzende Richter Albrecht Schuster.",
        [
            Q(
                "Ich habe die Pakete",
                "sagte {sie}",
                "sagte",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
            Q("Was darin war", "sagte {sie}", pat="P6+P8", tags=("pronoun", "gender-anaphor")),
            Q(
                "Das nehme ich",
                "der Vorsitzende Richter Albrecht Schuster",
                "entgegnete",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "tieraerztin-klage",
        "Tierärztin gewinnt gegen Landkreis",
        "Eine Tierärztin aus Celle hat vor dem Verwaltungsgericht gegen den Landkreis gewonnen. "
        "Laut Gerichtssprecherin Anke Hollmann ist das Urteil „noch nicht rechtskräftig“. Die "
        "Klägerin zeigte sich erleichtert: „Ich wollte nur, dass jemand anerkennt, dass ich "
        "korrekt gearbeitet habe.“",
        [
            Q(
                "noch nicht",
                "Gerichtssprecherin Anke Hollmann",
                "Laut",
                "P4+P5",
                ("title-name", "compound-role", "cue-laut"),
            ),
            Q("Ich wollte nur", "Die Klägerin", pat="P2+P8", tags=("nominal",)),
        ],
    ),
]


# --- interviews and dialogue ------------------------------------------------------------

INTERVIEWS: list[Any] = [
    P(
        "vogt-jahresbilanz",
        "Ein Jahr im Amt",
        "Ein Jahr nach ihrer Wahl zieht Oberbürgermeisterin Katrin Vogt im Gespräch mit dieser "
        "Zeitung Bilanz. Was ist gelungen? „Wir haben die Verwaltung digitaler gemacht, das merkt "
        "jeder, der einen Pass beantragt.“ Und was nicht? „Beim Wohnungsbau sind wir zu langsam, "
        "das gebe ich offen zu.“ Ob sie noch einmal antreten würde, ließ die 49-Jährige offen. "
        "„Fragen Sie mich in drei Jahren.“",
        [
            Q(
                "Wir haben die Verwaltung",
                "Oberbürgermeisterin Katrin Vogt",
                pat="P7",
                tags=("interview", "title-name", "noun-surname"),
            ),
            Q(
                "Beim Wohnungsbau",
                "Oberbürgermeisterin Katrin Vogt",
                pat="P6",
                tags=("interview", "title-name", "noun-surname"),
            ),
            Q(
                "Fragen Sie mich",
                "die 49-Jährige",
                pat="P7+P8",
                tags=("interview", "nominal", "age-anaphor", "after-indirect"),
            ),
        ],
    ),
    P(
        "buergerversammlung-baustelle",
        "Hitzige Bürgerversammlung zur Baustelle",
        "Die Sanierung der Hauptstraße sorgt in Wettenbach für Unmut. „Wann ist die Straße endlich "
        "fertig?“, fragte eine Anwohnerin bei der Bürgerversammlung. „Im Mai, wenn das Wetter "
        "mitspielt“, antwortete Tiefbauamtsleiter Norbert Krüger. „Das haben Sie letztes Jahr auch "
        "gesagt“, rief ein Mann aus den hinteren Reihen. „Diesmal stimmt es“, versicherte Krüger.",
        [
            Q("Wann ist die", "eine Anwohnerin", "fragte", "P1", ("interview",)),
            Q(
                "Im Mai",
                "Tiefbauamtsleiter Norbert Krüger",
                "antwortete",
                "P1",
                ("interview", "title-name", "compound-role", "noun-surname"),
            ),
            Q("Das haben Sie", "ein Mann aus den hinteren Reihen", "rief", "P1", ("interview",)),
            Q(
                "Diesmal stimmt",
                "versicherte {Krüger}",
                "versicherte",
                "P1",
                ("interview", "noun-surname"),
            ),
        ],
    ),
    P(
        "doppelinterview-visser-kowalski",
        "Doppelinterview vor dem Derby",
        "Vor dem Derby sprechen Trainerin Sanne Visser und Stürmerin Julia Kowalski über die "
        "Saison.\n\n"
        "Visser: „Wir sind weiter, als viele denken.“\n\n"
        "Kowalski: „Das spüre ich auch in der Kabine. Jede will spielen.“\n\n"
        "Visser: „Aber gewonnen haben wir noch gar nichts.“",
        [
            Q("Wir sind weiter", "{Visser}: „Wir", pat="P2", tags=("interview",)),
            Q("Das spüre ich", "{Kowalski}: „Das", pat="P2", tags=("interview",)),
            Q("Aber gewonnen", "{Visser}: „Aber", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "halvorsen-radiointerview",
        "Umweltministerin verteidigt Wolfsverordnung",
        "Im Radiosender Welle Nord hat Umweltministerin Grete Halvorsen die neue Wolfsverordnung "
        "verteidigt. „Wir schützen den Wolf, aber wir schützen auch die Weidetiere“, sagte die "
        "Ministerin. Auf die Frage, ob künftig mehr Tiere abgeschossen werden, antwortete sie: "
        "„Nur dort, wo ein Wolf gelernt hat, Zäune zu überwinden.“ Über Einzelfälle entscheide "
        "aber nicht sie allein. „Das prüfen Fachleute vor Ort“, fügte Halvorsen hinzu.",
        [
            Q(
                "Wir schützen den",
                "die Ministerin",
                "sagte",
                "P1+P8",
                ("interview", "nominal", "role-anaphor"),
            ),
            Q("Nur dort", "antwortete {sie}", "antwortete", "P2+P8", ("interview", "pronoun")),
            Q("Das prüfen", "fügte {Halvorsen} hinzu", "fügte", "P1", ("interview",)),
        ],
    ),
    P(
        "podcast-stadtgespraech",
        "Streitgespräch über das Heizungsgesetz",
        "Im Podcast „Stadtgespräch“ haben der Unternehmer Piet de Vries und die Klimaaktivistin "
        "Noor Haddad über das Heizungsgesetz gestritten. „Die Handwerker kommen mit den Aufträgen "
        "schon jetzt nicht hinterher“, sagte er. „Dann müssen wir eben mehr Handwerker ausbilden, "
        "statt das Gesetz aufzuweichen“, hielt sie dagegen. Einig waren sich beide nur in einem "
        "Punkt: Die Förderung müsse einfacher werden.",
        [
            Q("Stadtgespräch", None, pat="P9", tags=("name",)),
            Q(
                "Die Handwerker",
                "sagte {er}",
                "sagte",
                "P1+P8",
                ("interview", "pronoun", "gender-anaphor"),
            ),
            Q(
                "Dann müssen",
                "hielt {sie}",
                "hielt",
                "P1+P8",
                ("interview", "pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "landrat-rechnungshof",
        "Landrat lehnt Rücktritt ab",
        "Nach dem Bericht des Rechnungshofs hat sich Landrat Eberhard Hahn am Donnerstag den "
        "Fragen der Presse gestellt. „Treten Sie zurück?“, wollte eine Reporterin "
        "wissen. „Nein“, sagte "
        "der Landrat knapp. „Ich werde die Fehler aufarbeiten, die in meiner Amtszeit passiert "
        "sind.“ Ob er von den überhöhten Rechnungen gewusst habe? „Nicht im Einzelnen.“",
        [
            Q("Treten Sie", "eine Reporterin", "wollte", "P1", ("interview", "cue-wissen")),
            Q("Nein", "der Landrat", "sagte", "P1+P8", ("interview", "nominal", "role-anaphor")),
            Q(
                "Ich werde die",
                "der Landrat",
                pat="P6+P8",
                tags=("interview", "nominal", "role-anaphor"),
            ),
            Q("Nicht im", "Ob {er}", pat="P6+P8", tags=("interview", "pronoun", "after-indirect")),
        ],
    ),
    P(
        "pham-thi-hoa-portraet",
        "Vom Imbiss zum Catering-Unternehmen",
        "„Meine Eltern kamen 1987 als Vertragsarbeiter nach Rostock“, erzählt Pham Thi Hoa. Sie "
        "selbst eröffnete mit 25 einen kleinen Imbiss am Hafen. „Heute beschäftige ich 40 Leute "
        "und beliefere drei Kantinen.“ Ob sie je ans Aufhören gedacht hat? „Jeden Winter "
        "einmal“, sagt die 52-Jährige und lacht.",
        [
            Q("Meine Eltern", "Pham Thi Hoa", "erzählt", "P1", ("interview", "multipart-name")),
            Q("Heute beschäftige", "{Sie} selbst", pat="P7+P8", tags=("interview", "pronoun")),
            Q(
                "Jeden Winter",
                "die 52-Jährige",
                "sagt",
                "P1+P8",
                ("interview", "nominal", "age-anaphor"),
            ),
        ],
    ),
]


# --- press releases -------------------------------------------------------------------

PRESS: list[Any] = [
    P(
        "polizei-verkehrsbilanz",
        "Weniger Verkehrstote im Regierungsbezirk",
        "Das Polizeipräsidium Nordhessen hat seine Verkehrsbilanz für das vergangene Jahr "
        "vorgelegt. „Die Zahl der Verkehrstoten ist zum dritten Mal in Folge gesunken“, erklärte "
        "Polizeipräsidentin Dr. Maren Olsen in einer Mitteilung. Als Grund nannte das Präsidium "
        "„die konsequenten Geschwindigkeitskontrollen auf den Landstraßen“.",
        [
            Q(
                "Die Zahl der",
                "Polizeipräsidentin Dr. Maren Olsen",
                "erklärte",
                "P1",
                ("title-name", "compound-role", "cue-mitteilung"),
            ),
            Q("die konsequenten", "das Präsidium", "nannte", "P5+P8", ("org", "nominal")),
        ],
    ),
    P(
        "hochschule-stipendien",
        "Hochschule verlängert Stipendienprogramm",
        "Die Hochschule Ostholstein verlängert ihr Stipendienprogramm für Studierende aus "
        "Nichtakademikerfamilien. Einer Mitteilung der Hochschule zufolge war die erste Runde "
        "„ein voller Erfolg“. „Jeder Euro, den wir hier investieren, kommt doppelt zurück“, "
        "betonte Rektorin Prof. Dr. Aylin Karaca.",
        [
            Q(
                "ein voller",
                "der Hochschule",
                "zufolge",
                "P4+P5",
                ("org", "cue-zufolge", "cue-mitteilung"),
            ),
            Q(
                "Jeder Euro, den wir hier",
                "Rektorin Prof. Dr. Aylin Karaca",
                "betonte",
                "P1",
                ("title-name",),
            ),
        ],
    ),
    P(
        "stadtwerke-emsland-versorgung",
        "Stadtwerke Emsland: „Versorgung ist gesichert“",
        "Stadtwerke Emsland: „Versorgung ist gesichert“\n\n"
        "Nach dem Ausfall eines Umspannwerks haben die Stadtwerke Emsland Entwarnung gegeben. "
        "„Alle Haushalte sind seit 6 Uhr wieder am Netz“, teilte das Unternehmen am Morgen mit. "
        "„Die Ursache war ein Fehler in unserer Steuerungssoftware“, räumte Technikvorstand Rolf "
        "Hartmann ein.",
        [
            Q(
                "Versorgung ist",
                "{Stadtwerke Emsland}: „Versorgung",
                pat="P2",
                tags=("headline", "org"),
            ),
            Q("Alle Haushalte", "das Unternehmen", "teilte", "P1+P8", ("org", "nominal")),
            Q(
                "Die Ursache",
                "Technikvorstand Rolf Hartmann",
                "räumte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
    P(
        "tierheim-oberland",
        "Tierheim Oberland nimmt keine Tiere mehr auf",
        'Der Tierschutzverein Oberland teilt mit: "Unser Tierheim ist bis auf den letzten Platz '
        'belegt." Vor allem Hunde, die während der Pandemie angeschafft wurden, werden abgegeben. '
        '"Wir bitten alle, sich die Anschaffung eines Tieres gut zu überlegen", so die '
        "Vorsitzende Gudrun Fuchs.",
        [
            Q("Unser Tierheim", "Der Tierschutzverein Oberland", "teilt", "P2", ("org",)),
            Q(
                "Wir bitten alle",
                "die Vorsitzende Gudrun Fuchs",
                "so",
                "P4",
                ("title-name", "noun-surname", "cue-so"),
            ),
        ],
    ),
    P(
        "ministerium-schulbau",
        "Mehr Geld für Schulbau",
        "Das Land stellt den Kommunen in den nächsten fünf Jahren zwei Milliarden Euro für den "
        "Schulbau zur Verfügung. Aus dem Kultusministerium hieß es: „Kein Kind soll mehr in einem "
        "Container lernen müssen.“ Der Städtetag begrüßte das Programm, gab aber zu bedenken: "
        "„Die Baupreise steigen schneller als jeder Fördertopf.“",
        [
            Q("Kein Kind", "dem Kultusministerium", "hieß", "P2", ("org", "cue-hiess-es")),
            Q("Die Baupreise", "Der Städtetag", "gab", "P2", ("org",)),
        ],
    ),
    P(
        "klinikum-neubau",
        "Klinikum eröffnet neue Notaufnahme",
        "Das Klinikum Sankt Marien hat seine neue Notaufnahme in Betrieb genommen. „Wir können "
        "jetzt doppelt so viele Patienten gleichzeitig versorgen“, sagt Chefarzt Dr. "
        f"Jan{NB}Kowalewski. Pflegedirektorin Ebru{NB}Kaya ergänzt: „Und unsere Teams haben "
        "endlich Räume, in denen sie sich zwischen zwei Einsätzen erholen können.“",
        [
            Q(
                "Wir können",
                f"Chefarzt Dr. Jan{NB}Kowalewski",
                "sagt",
                "P1",
                ("title-name", "nbsp-name"),
            ),
            Q(
                "Und unsere Teams",
                f"Pflegedirektorin Ebru{NB}Kaya",
                "ergänzt",
                "P2",
                ("title-name", "nbsp-name", "compound-role"),
            ),
        ],
    ),
    P(
        "verpackungswerk-bleibt",
        "Verpackungswerk bleibt in Minden",
        "Der Verpackungshersteller Kartonia verlegt sein Werk in Minden nicht ins Ausland. “Wir "
        "setzen ein klares Zeichen für den Standort”, erklärte Geschäftsführer Lars van Beek am "
        "Freitag. Betriebsratschefin Sabine Roth begrüßte die Entscheidung als “überfälligen "
        "Schritt”.",
        [
            Q(
                "Wir setzen",
                "Geschäftsführer Lars van Beek",
                "erklärte",
                "P1",
                ("title-name", "particle-name"),
            ),
            Q(
                "überfälligen",
                "Betriebsratschefin Sabine Roth",
                "begrüßte",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "chemieunfall-warnung",
        "Rauchwolke über dem Industriegebiet",
        "Nach einem Brand in einer Lagerhalle im Industriegebiet Nord zieht eine Rauchwolke über "
        "die Stadt. „Bitte halten Sie Fenster und Türen geschlossen“, schrieb die Feuerwehr auf X. "
        "Die Stadt erklärte in einer Mitteilung: „Nach ersten Messungen besteht keine Gefahr für "
        "die Gesundheit.“",
        [
            Q("Bitte halten", "die Feuerwehr", "schrieb", "P1", ("org", "cue-social")),
            Q("Nach ersten", "Die Stadt", "erklärte", "P2", ("org", "cue-mitteilung")),
        ],
    ),
    P(
        "moorschutz-vorwurf",
        "Grüne werfen Regierung Untätigkeit vor",
        "Die Landtagsfraktion der Grünen hat der Landesregierung „Untätigkeit beim Moorschutz“ "
        "vorgeworfen. „Jedes Jahr, das wir verlieren, setzt Tonnen von CO2 frei“, erklärte die "
        "umweltpolitische Sprecherin Svenja Lindgren. Das Umweltministerium wies die Kritik "
        "zurück: „Wir haben in diesem Jahr mehr Geld für den Moorschutz bereitgestellt als je "
        "zuvor.“",
        [
            Q(
                "Untätigkeit",
                "Die Landtagsfraktion der Grünen",
                "vorgeworfen",
                "P5",
                ("org", "cue-vorwerfen"),
            ),
            Q(
                "Jedes Jahr",
                "die umweltpolitische Sprecherin Svenja Lindgren",
                "erklärte",
                "P1",
                ("title-name",),
            ),
            Q("Wir haben in diesem", "Das Umweltministerium", "wies", "P2", ("org",)),
        ],
    ),
]


# --- articles wrapped at about 72 columns (single line breaks inside sentences) --------

WRAPPED: list[Any] = [
    wrapped(
        P(
            "hafenfest-emden",
            "Emden ist bereit für das Hafenfest",
            lines(
                "Die Vorbereitungen für das Hafenfest in Emden laufen auf Hochtouren.",
                "Rund 200 Schausteller haben sich angemeldet. „Wir sind bereit“,",
                "sagte Festleiterin Angela Kern am Montag. Neu ist in diesem Jahr eine",
                "Bühne auf dem Museumsschiff „Amrumbank“. Auch die Polizei plant mehr",
                "Kontrollen. „Wir zeigen deutlich mehr Präsenz“, sagte Einsatzleiter Jörn",
                "Haller. Das Fest beginnt am Freitag um 18 Uhr mit dem traditionellen",
                "Fassanstich durch die Festleiterin.",
            ),
            [
                Q(
                    "Wir sind bereit",
                    "Festleiterin Angela Kern",
                    "{sagte} Festleiterin",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
                Q("Amrumbank", None, pat="P9", tags=("name",)),
                Q(
                    "Wir zeigen deutlich",
                    "Einsatzleiter Jörn\nHaller",
                    "{sagte} Einsatzleiter",
                    "P1",
                    ("title-name", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "haushalt-rheinfeld",
            "Rheinfeld beschließt Haushalt",
            lines(
                "Der Stadtrat von Rheinfeld hat am Donnerstagabend nach sechsstündiger",
                "Debatte den Haushalt für das kommende Jahr beschlossen. Er sieht",
                "Investitionen von 84 Millionen Euro vor, vor allem in Schulen und",
                "Radwege. Kämmerer Friedhelm Bauer sprach von einem „Haushalt der",
                "Vernunft“. „Wir machen keine neuen Schulden, und trotzdem bauen wir",
                "so viel wie seit zwanzig Jahren nicht“, sagte der 63-Jährige.",
                "",
                "Die Opposition sah das anders. Die Fraktionsvorsitzende der Grünen, Mira",
                "Lindqvist-Oberg, warf der Mehrheit vor, die Sanierung der Schwimmbäder",
                "„auf den Sankt-Nimmerleins-Tag“ zu verschieben. „Jedes Jahr wird es",
                "teurer“, sagte sie, „und jedes Jahr schieben Sie es weiter.“",
                "Oberbürgermeister Stefan Auer wies das zurück. „Die Bäder kommen 2027",
                "dran, das steht so im Plan“, sagte er. „Wer etwas anderes behauptet,",
                "hat den Plan nicht gelesen.“",
            ),
            [
                Q(
                    "Haushalt der",
                    "Kämmerer Friedhelm Bauer",
                    "sprach",
                    "P5",
                    ("title-name", "noun-surname"),
                ),
                Q(
                    "Wir machen keine",
                    "der 63-Jährige",
                    "{sagte} der",
                    "P1+P8",
                    ("nominal", "age-anaphor"),
                ),
                Q(
                    "auf den Sankt",
                    "Mira\nLindqvist-Oberg",
                    "warf",
                    "P5",
                    ("role-apposition", "linebreak-name", "multipart-name", "cue-vorwerfen"),
                    nested=True,
                ),
                Q(
                    "Jedes Jahr wird",
                    "sagte {sie}",
                    "{sagte} sie",
                    "P3+P8",
                    ("pronoun", "gender-anaphor"),
                    part=(0, 2),
                ),
                Q(
                    "und jedes Jahr",
                    "sagte {sie}",
                    "{sagte} sie",
                    "P3+P8",
                    ("pronoun", "gender-anaphor"),
                    part=(1, 2),
                ),
                Q(
                    "Die Bäder kommen",
                    "sagte {er}",
                    "{sagte} er",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
                Q(
                    "Wer etwas anderes",
                    "sagte {er}",
                    pat="P6+P8",
                    tags=("pronoun", "gender-anaphor"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "fahrradstrasse-kiel",
            "Streit um Fahrradstraße",
            lines(
                "Die geplante Fahrradstraße durch die Kieler Innenstadt spaltet die",
                "Anwohner. Bei einer Info-Veranstaltung im Rathaus wollte Ladenbesitzer",
                "Ahmet Yıldız wissen: „Wo sollen meine Kunden denn künftig parken?“",
                "Die Antwort der Verkehrsplanerin Dr. Johanna Steenbergen: „Das neue",
                "Parkhaus liegt keine 300 Meter entfernt.“ Das überzeugte nicht alle.",
                "„300 Meter sind für eine 80-Jährige mit Rollator eine Weltreise“,",
                "rief eine Frau aus dem Publikum.",
            ),
            [
                Q(
                    "Wo sollen",
                    "Ladenbesitzer\nAhmet Yıldız",
                    "wollte",
                    "P2",
                    ("title-name", "cue-wissen"),
                ),
                Q(
                    "Das neue",
                    "der Verkehrsplanerin Dr. Johanna Steenbergen",
                    "Antwort",
                    "P2",
                    ("title-name", "cue-noun-colon"),
                ),
                Q("300 Meter", "eine Frau aus dem Publikum", "rief", "P1", ("linebreak-cue",)),
            ],
        )
    ),
    wrapped(
        P(
            "buergerliste-parteitag",
            "Brinkmann: „Wir gehen nicht in die Opposition“",
            lines(
                "Brinkmann: „Wir gehen nicht in die Opposition“",
                "",
                "Die Bürgerliste Wesermarsch hat auf ihrem Parteitag in Brake den Weg",
                "für eine Koalition freigemacht. Landesvorsitzender Hauke Brinkmann",
                "warb eindringlich für das Bündnis, das viele nur „Ampel light“ nennen.",
                "„Wer regieren will, muss Kompromisse machen“, rief er den rund 300",
                "Delegierten zu. „Das ist kein Verrat, das ist Demokratie.“",
                "",
                "Widerspruch kam von der Jugendorganisation. Ihre Vorsitzende, Lotte",
                "Janssen, sprach von einem „Ausverkauf unserer Werte“. Am Ende stimmten",
                "dennoch 78 Prozent der Delegierten für die Koalition. „Ich bin",
                "erleichtert“, sagte Brinkmann nach der Abstimmung.",
            ),
            [
                Q("Wir gehen nicht", "{Brinkmann}: „Wir", pat="P2", tags=("headline",)),
                Q("Ampel light", None, pat="P9", tags=("scare",)),
                Q("Wer regieren", "rief {er}", "rief", "P1+P8", ("pronoun",)),
                Q("Das ist kein", "rief {er}", pat="P6+P8", tags=("pronoun",)),
                Q(
                    "Ausverkauf",
                    "Lotte\nJanssen",
                    "sprach",
                    "P5",
                    ("role-apposition", "linebreak-name"),
                ),
                Q("Ich bin", "sagte {Brinkmann}", "sagte", "P1"),
            ],
        )
    ),
    wrapped(
        P(
            "auswanderermuseum",
            "Auswanderermuseum eröffnet",
            lines(
                "Bei der Eröffnung des Auswanderermuseums in Bremerhaven erinnerte",
                "Museumsdirektorin Prof. Dr. Ingeborg Aalto an die Millionen Menschen,",
                "die von hier aus nach Amerika aufgebrochen waren:",
                "",
                "„Sie hatten oft nicht mehr als einen Koffer und eine Adresse auf",
                "einem Zettel. Viele haben ihre Familien nie wiedergesehen.",
                "",
                "„Dieses Museum erzählt ihre Geschichten, damit sie nicht vergessen",
                "werden.“",
                "",
                "Die Ausstellung „Koffer und Hoffnung“ ist ab Sonntag täglich von 10",
                "bis 18 Uhr geöffnet.",
            ),
            [
                Q(
                    "Sie hatten oft",
                    "Museumsdirektorin Prof. Dr. Ingeborg Aalto",
                    "erinnerte",
                    "P2",
                    ("title-name", "multi-paragraph"),
                    part=(0, 2),
                    closed=False,
                ),
                Q(
                    "Dieses Museum",
                    "Museumsdirektorin Prof. Dr. Ingeborg Aalto",
                    "erinnerte",
                    "P2",
                    ("title-name", "multi-paragraph"),
                    part=(1, 2),
                ),
                Q("Koffer und", None, pat="P9", tags=("title",)),
            ],
        )
    ),
    wrapped(
        P(
            "windpark-lerchenberg",
            "Bürgerentscheid über Windpark",
            lines(
                "Im Streit um den Windpark auf dem Lerchenberg hat der Gemeinderat von",
                "Altenstein einen Bürgerentscheid beschlossen. Der Investor reagierte",
                "prompt. „Wir respektieren das Votum der Bürger, werden aber unsere",
                "Argumente vortragen“, hieß es aus der Firmenzentrale in Aurich. Das",
                "Fazit der Bürgerinitiative fiel kürzer aus: „Endlich dürfen die",
                "Menschen mitreden.“ Die Abstimmung findet am 14. Juni statt.",
                "Bürgermeister Volker Grimm rief alle Bürger zur Teilnahme auf. „Egal",
                "wie es ausgeht: Hauptsache, viele gehen hin.“",
            ),
            [
                Q("Wir respektieren", "der Firmenzentrale", "hieß", "P1", ("org", "cue-hiess-es")),
                Q(
                    "Endlich dürfen",
                    "der Bürgerinitiative",
                    "Fazit",
                    "P2",
                    ("org", "cue-noun-colon"),
                ),
                Q(
                    "Egal",
                    "Bürgermeister Volker Grimm",
                    pat="P7",
                    tags=("title-name", "noun-surname"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "tankstelle-hanau",
            "Festnahme nach Tankstellenüberfall",
            lines(
                "Die Polizei hat nach dem Überfall auf eine Tankstelle in Hanau einen",
                "20 Jahre alten Tatverdächtigen festgenommen. „Der Mann wurde in der",
                "Wohnung seiner Freundin angetroffen und leistete keinen Widerstand“,",
                "teilte ein Sprecher des Polizeipräsidiums mit. Die Kassiererin, die",
                "bei dem Überfall mit einem Messer bedroht worden war, arbeitet",
                "inzwischen wieder. „Ich will mich von so etwas nicht unterkriegen",
                "lassen“, sagte die 58-Jährige der Lokalzeitung „Kinzigbote“.",
            ),
            [
                Q(
                    "Der Mann wurde",
                    "ein Sprecher des Polizeipräsidiums",
                    "teilte",
                    "P1",
                    ("org", "linebreak-cue"),
                ),
                Q("Ich will mich", "die 58-Jährige", "sagte", "P1+P8", ("nominal", "age-anaphor")),
                Q("Kinzigbote", None, pat="P9", tags=("name", "cue-without-speaker")),
            ],
        )
    ),
    wrapped(
        P(
            "elbstrand-trainerwechsel",
            "FC Elbstrand trennt sich von van der Linden",
            lines(
                "Der FC Elbstrand hat sich nach nur vier Monaten von Trainer Ruud van",
                "der Linden getrennt. „Die Entwicklung der letzten Wochen hat uns keine",
                "andere Wahl gelassen“, sagte Sportvorstand Kai-Uwe Stamm am Sonntag.",
                "Der Niederländer selbst äußerte sich enttäuscht. „Man hat mir keine",
                "Zeit gegeben“, sagte van der Linden dem Vereinssender „Elbstrand TV“.",
                "",
                "Sein Nachfolger wird vorerst Co-Trainer Emil Sandberg. Der 38 Jahre",
                "alte Schwede kennt die Mannschaft seit Jahren. „Ich muss jetzt",
                "niemandem etwas beweisen“, sagte Sandberg, „ich muss nur die Köpfe",
                "frei bekommen.“ Das nächste Spiel steht am Samstag in Kiel an.",
            ),
            [
                Q(
                    "Die Entwicklung",
                    "Sportvorstand Kai-Uwe Stamm",
                    "{sagte} Sportvorstand",
                    "P1",
                    ("title-name", "compound-role", "noun-surname"),
                ),
                Q("Man hat mir", "sagte {van der Linden}", "{sagte} van", "P1", ("particle-name",)),
                Q("Elbstrand TV", None, pat="P9", tags=("name",)),
                Q("Ich muss jetzt", "sagte {Sandberg}", "{sagte} Sandberg", "P3", (), part=(0, 2)),
                Q("ich muss nur", "sagte {Sandberg}", "{sagte} Sandberg", "P3", (), part=(1, 2)),
            ],
        )
    ),
    wrapped(
        P(
            "hitzeschutz-bielefeld",
            "Bielefeld plant Hitzeschutz",
            lines(
                "Mit einem Hitzeschutzplan will die Stadt Bielefeld ältere Menschen",
                "besser schützen. Geplant sind kühle Räume in Bibliotheken und",
                "Gemeindezentren sowie ein Telefondienst. „Wir rufen allein lebende",
                "Menschen an heißen Tagen an“, erklärte Gesundheitsdezernentin Inga",
                "Marie Wolff. Die Idee stammt aus Frankreich, wo solche Pläne seit",
                "Jahren üblich sind. Der Seniorenbeirat lobte den Plan. Sein Chef, Henryk",
                "Nowak, sagte: „Das hätte es schon vor zehn Jahren geben müssen.“",
            ),
            [
                Q(
                    "Wir rufen",
                    "Gesundheitsdezernentin Inga\nMarie Wolff",
                    "erklärte",
                    "P1",
                    ("title-name", "compound-role", "linebreak-name", "noun-surname"),
                ),
                Q(
                    "Das hätte es",
                    "Henryk\nNowak",
                    "sagte",
                    "P2",
                    ("role-apposition", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "nachtfluege-hunsrueck",
            "Nachtflüge am Flughafen Hunsrück-West erlaubt",
            lines(
                "Der Flughafen Hunsrück-West darf künftig auch nachts angeflogen",
                "werden. Das Verkehrsministerium genehmigte am Dienstag bis zu zwölf",
                "Landungen zwischen 23 und 6 Uhr. „Ohne Nachtflüge hat der Standort",
                "keine Zukunft“, hatte Flughafenchef Dr. Magnus Ellingsen vor der",
                "Entscheidung gesagt. Die Bürgerinitiative „Nachtruhe jetzt“ warf dem",
                "Ministerium „Wortbruch“ vor. Im Koalitionsvertrag habe gestanden, es",
                "werde keine Ausweitung geben. Sprecherin Monika Zimmermann kündigte",
                "eine Klage an. „Das Geld dafür haben wir schon gesammelt.“ Aus dem",
                "Ministerium hieß es, man habe alle Interessen „sorgfältig",
                "abgewogen“.",
            ),
            [
                Q(
                    "Ohne Nachtflüge",
                    "Flughafenchef Dr. Magnus Ellingsen",
                    "gesagt",
                    "P1",
                    ("title-name", "compound-role", "plusquamperfekt"),
                ),
                Q("Nachtruhe jetzt", None, pat="P9", tags=("name",)),
                Q(
                    "Wortbruch",
                    "{Die Bürgerinitiative} „Nachtruhe",
                    "warf",
                    "P5",
                    ("org", "cue-vorwerfen"),
                ),
                Q(
                    "Das Geld dafür",
                    "Sprecherin Monika Zimmermann",
                    pat="P7",
                    tags=("title-name", "noun-surname"),
                ),
                Q(
                    "sorgfältig",
                    "Aus {dem\nMinisterium}",
                    "hieß",
                    "P5",
                    ("org", "cue-hiess-es"),
                    nested=True,
                ),
            ],
        )
    ),
    wrapped(
        P(
            "winterberg-literaturpreis",
            "Literaturpreis für Jonas Winterberg",
            lines(
                "Der Schriftsteller Jonas Winterberg hat für seinen Roman »Die",
                "Vermessung des Nebels« den Rheinischen Literaturpreis erhalten. In",
                "seiner Dankesrede erinnerte er an seine erste Lektorin. »Sie schrieb",
                "unter mein erstes Manuskript nur ›Weiter so‹, und davon habe ich zehn",
                "Jahre lang gelebt«, sagte der 44-Jährige. Die Laudatorin, die",
                "Kritikerin Agnieszka Lewandowska-Brandt, lobte den Roman als »ein",
                "Buch, das man nicht vergisst«.",
            ),
            [
                Q("Die\nVermessung", None, pat="P9", tags=("title",)),
                Q(
                    "Sie schrieb",
                    "der 44-Jährige",
                    "sagte",
                    "P1+P8",
                    ("nominal", "age-anaphor", "contains-inner"),
                ),
                Q("Weiter so", None, pat="P9", tags=("inner",)),
                Q(
                    "ein\nBuch",
                    "Agnieszka Lewandowska-Brandt",
                    "lobte",
                    "P5",
                    ("role-apposition", "multipart-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "buergerdialog-innenministerin",
            "Innenministerin stellt sich Fragen",
            lines(
                "Beim Bürgerdialog in der Stadthalle stellte sich Innenministerin Dr.",
                "Hülya Aksoy-Brenner den Fragen der Besucher. „Warum dauert ein Termin",
                "beim Bürgeramt sechs Wochen?“, wollte ein junger Mann wissen. „Weil",
                "uns 200 Leute fehlen“, antwortete die Ministerin offen. „Wir stellen",
                "ein, aber der Arbeitsmarkt ist leer.“ Eine Rentnerin fragte nach der",
                "Polizeiwache im Ortsteil. „Die bleibt“, versprach Aksoy-Brenner.",
            ),
            [
                Q("Warum dauert", "ein junger Mann", "wollte", "P1", ("cue-wissen", "interview")),
                Q(
                    "Weil",
                    "die Ministerin",
                    "antwortete",
                    "P1+P8",
                    ("nominal", "role-anaphor", "interview"),
                ),
                Q(
                    "Wir stellen",
                    "die Ministerin",
                    pat="P6+P8",
                    tags=("nominal", "role-anaphor", "interview"),
                ),
                Q(
                    "Die bleibt",
                    "versprach {Aksoy-Brenner}",
                    "versprach",
                    "P1",
                    ("multipart-name", "interview"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "kita-warnstreik-bremen",
            "Kitas in Bremen erneut bestreikt",
            lines(
                "Zum dritten Mal in diesem Monat bleiben in Bremen zahlreiche Kitas",
                "geschlossen. Die Gewerkschaft hat die Erzieherinnen und Erzieher zu",
                "einem zweitägigen Warnstreik aufgerufen. Auf den Transparenten stand",
                "„Gute Kita braucht gute Leute“. Verhandlungsführerin Dagmar",
                "Kowalczyk sagte, die Arbeitgeber hätten sich keinen Millimeter bewegt.",
                "„Wir streiken nicht gern, denn am Ende trifft es die Eltern.“",
                "",
                "Finanzsenator Thorsten Lund hielt dagegen. Die Forderungen würden",
                "den Haushalt mit 40 Millionen Euro im Jahr belasten. „Das Geld haben",
                "wir schlicht nicht“, sagte er. Viele Eltern reagierten gereizt. „Ich",
                "habe keinen Urlaub mehr übrig“, sagte eine Mutter vor der",
                "geschlossenen Kita Sonnenblume. Die nächste Verhandlungsrunde ist für",
                "Donnerstag angesetzt.",
            ),
            [
                Q("Gute Kita", None, pat="P9", tags=("motto",)),
                Q(
                    "Wir streiken",
                    "Verhandlungsführerin Dagmar\nKowalczyk",
                    pat="P6",
                    tags=("after-indirect", "title-name", "linebreak-name"),
                ),
                Q(
                    "Das Geld haben",
                    "sagte {er}",
                    "{sagte} er",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
                Q("Ich\nhabe", "eine Mutter", "{sagte} eine", "P1"),
            ],
        )
    ),
    wrapped(
        P(
            "stichwahl-lindenfels",
            "Öztürk gewinnt Stichwahl in Lindenfels",
            lines(
                "Die Bürgermeisterwahl in Lindenfels hat Serkan Öztürk gewonnen. Der",
                "parteilose Kandidat, der mit dem Slogan „Lindenfels kann mehr“",
                "angetreten war, setzte sich in der Stichwahl mit 54,2 Prozent gegen",
                "Amtsinhaberin Gisela Born durch. „Ich danke allen, die mir ihr",
                "Vertrauen geschenkt haben“, sagte Öztürk im Rathaus, „und ich werde",
                "auch für die arbeiten, die mich nicht gewählt haben.“ Born gratulierte",
                "ihrem Nachfolger noch am Abend. „Er hat einen fairen Wahlkampf",
                "geführt.“ Die Wahlbeteiligung lag bei 61 Prozent.",
            ),
            [
                Q("Lindenfels kann", None, pat="P9", tags=("motto",)),
                Q("Ich danke", "sagte {Öztürk}", "sagte", "P3", (), part=(0, 2)),
                Q("und ich werde", "sagte {Öztürk}", "sagte", "P3", (), part=(1, 2)),
                Q("Er hat einen", "{Born} gratulierte", pat="P7", tags=("noun-surname",)),
            ],
        )
    ),
]


# --- passages rich in non-speech pairs (names, titles, scare quotes) --------------------

NAMES_AND_TITLES: list[Any] = [
    P(
        "razzia-morgenrot",
        "Razzia gegen Autoschieber",
        "Bei der Operation „Morgenrot“ haben Ermittler am Dienstag in sechs Bundesländern 40 "
        "Wohnungen und Werkstätten durchsucht. Die Bande, die sich intern „die Spediteure“ nannte, "
        "soll mehr als 300 gestohlene Autos nach Osteuropa gebracht haben. „Wir haben ein Netzwerk "
        "zerschlagen, das seit Jahren hochprofessionell gearbeitet hat“, sagte Oberstaatsanwalt "
        "Reinhard Fink in Potsdam. Neun Verdächtige wurden festgenommen.",
        [
            Q("Morgenrot", None, pat="P9", tags=("operation",)),
            Q("die Spediteure", None, pat="P9", tags=("name", "cue-without-speaker")),
            Q(
                "Wir haben ein Netzwerk",
                "Oberstaatsanwalt Reinhard Fink",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "schiffstaufe-wolgast",
        "Forschungsschiff in Wolgast getauft",
        "Auf der Werft in Wolgast ist am Freitag das neue Forschungsschiff „Seeadler“ getauft "
        "worden. Es ersetzt die 40 Jahre alte „Poseidon II“, die im Herbst außer Dienst geht. "
        "„Ich wünsche dir allzeit eine Handbreit Wasser unter dem Kiel“, sagte Taufpatin Britta "
        "Sørensen, bevor die Flasche am Bug zerschellte. Das Schiff sei „das modernste seiner "
        "Klasse in Europa“, so Werftchef Ole Petersen-Kahl.",
        [
            Q("Seeadler", None, pat="P9", tags=("name",)),
            Q("Poseidon II", None, pat="P9", tags=("name",)),
            Q("Ich wünsche dir", "Taufpatin Britta Sørensen", "sagte", "P1", ("title-name",)),
            Q(
                "das modernste",
                "Werftchef Ole Petersen-Kahl",
                "so",
                "P4+P5",
                ("title-name", "compound-role", "multipart-name", "cue-so"),
                nested=True,
            ),
        ],
    ),
    P(
        "nordseebaeder-saison",
        "Nordseebäder melden Rekordsaison",
        "Die Nordseebäder blicken auf eine starke Saison zurück. Im Gespräch mit dem "
        "„Küstenblatt“ sagte Kurdirektorin Ines Lemke: „Wir sind bis Ende Oktober praktisch "
        "ausgebucht.\n\n"
        "Auch die Fernsehsendung „Hallo Nordsee“ berichtete über den Andrang. Ein Hotelier aus "
        "Büsum klagte dort über fehlendes Personal: „Wir könnten mehr Gäste aufnehmen, wenn wir "
        "die Leute dafür hätten.“",
        [
            Q("Küstenblatt", None, pat="P9", tags=("name",)),
            Q(
                "Wir sind bis",
                "Kurdirektorin Ines Lemke",
                "sagte",
                "P2",
                ("title-name", "compound-role"),
                closed=False,
            ),
            Q("Hallo Nordsee", None, pat="P9", tags=("title",)),
            Q("Wir könnten", "Ein Hotelier aus Büsum", "klagte", "P2"),
        ],
    ),
    P(
        "bestseller-holm",
        "Dänischer Roman an der Spitze",
        "Der Roman “Der letzte Sommer am See” der Dänin Ida Holm steht seit zwölf Wochen auf Platz "
        "eins der Bestsellerliste. “Damit hat im Verlag niemand gerechnet”, räumte "
        "Verlagsleiterin Claudia Becker-Lüdemann ein. Die Filmrechte hat sich bereits ein "
        "Streamingdienst gesichert. Holm selbst nimmt den Erfolg gelassen. “Ich schreibe schon am "
        "nächsten Buch”, sagte sie dem Radiosender “Kultur Eins”.",
        [
            Q("Der letzte Sommer", None, pat="P9", tags=("title",)),
            Q(
                "Damit hat im",
                "Verlagsleiterin Claudia Becker-Lüdemann",
                "räumte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q("Ich schreibe schon", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
            Q("Kultur Eins", None, pat="P9", tags=("name",)),
        ],
    ),
]


# --- cues in the perfect tenses, social media and broadcasters --------------------------

COMPOUND_TENSES: list[Any] = [
    P(
        "einbrueche-sachsen",
        "Weniger Wohnungseinbrüche in Sachsen",
        "Die Zahl der Wohnungseinbrüche in Sachsen ist im vergangenen Jahr um ein Fünftel "
        "gesunken. „Das ist kein Zufall, sondern das Ergebnis konsequenter Ermittlungsarbeit“, hat "
        "Innenminister Reinhard Vogelsang am Dienstag in Dresden gesagt. Die Polizeigewerkschaft "
        "hat dem Minister allerdings „Schönfärberei“ vorgeworfen. Viele Betroffene zeigten "
        "Einbrüche gar nicht mehr an, hat Landesvorsitzender Murat Kılıç erklärt. „Die "
        "Dunkelziffer ist hoch.“",
        [
            Q(
                "Das ist kein Zufall",
                "Innenminister Reinhard Vogelsang",
                "gesagt",
                "P1",
                ("title-name", "noun-surname", "perfekt"),
            ),
            Q(
                "Schönfärberei",
                "Die Polizeigewerkschaft",
                "vorgeworfen",
                "P5",
                ("org", "cue-vorwerfen", "perfekt"),
            ),
            Q(
                "Die Dunkelziffer",
                "Landesvorsitzender Murat Kılıç",
                pat="P6",
                tags=("after-indirect", "title-name"),
            ),
        ],
    ),
    P(
        "fliegerbombe-kiel",
        "Fliegerbombe in Kiel entschärft",
        "In der Kieler Innenstadt ist am Sonntag eine Fliegerbombe aus dem Zweiten Weltkrieg "
        "entschärft worden. Rund 8000 Menschen mussten ihre Wohnungen verlassen. Bereits am "
        "Vormittag hatte Oberbürgermeister Arne Johannsen auf Twitter geschrieben: „Bitte meidet "
        "heute die Innenstadt und habt Geduld mit den Einsatzkräften.“ Gegen 15 Uhr kam die "
        "Entwarnung. „Der Zünder ist raus, die Bombe ist sicher“, meldete der "
        "Kampfmittelräumdienst. Sprengmeister Henning Kühl hatte die Bombe zuvor als "
        "„ungewöhnlich gut erhalten“ beschrieben.",
        [
            Q(
                "Bitte meidet",
                "Oberbürgermeister Arne Johannsen",
                "geschrieben",
                "P2",
                ("title-name", "cue-social", "plusquamperfekt"),
            ),
            Q("Der Zünder", "der Kampfmittelräumdienst", "meldete", "P1", ("org",)),
            Q(
                "ungewöhnlich",
                "Sprengmeister Henning Kühl",
                "beschrieben",
                "P5",
                ("title-name", "compound-role", "plusquamperfekt"),
            ),
        ],
    ),
    P(
        "datalux-rueckzug",
        "Softwarekonzern verlässt Dortmund",
        "Der Softwarekonzern Datalux zieht sich aus Dortmund zurück. „Die Entscheidung ist uns "
        "nicht leichtgefallen“, schrieb Deutschlandchefin Marit Solberg auf LinkedIn. Dem "
        "Betriebsrat zufolge sind „mindestens 430 Familien“ betroffen. Wie der Sender Ruhr TV "
        "berichtete, soll ein Teil der Stellen nach Polen verlagert werden. „Wir werden um jeden "
        "Arbeitsplatz kämpfen“, sagte Betriebsratschef Dariusz Kamiński dem Sender.",
        [
            Q(
                "Die Entscheidung",
                "Deutschlandchefin Marit Solberg",
                "schrieb",
                "P1",
                ("title-name", "compound-role", "cue-social"),
            ),
            Q("mindestens", "Dem Betriebsrat", "zufolge", "P4+P5", ("org", "cue-zufolge")),
            Q(
                "Wir werden um",
                "Betriebsratschef Dariusz Kamiński",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "tourabsage-marquardt",
        "Popsängerin sagt Tournee ab",
        "Die Popsängerin Lina Marquardt hat ihre „Leuchtfeuer-Tour“ abgesagt. „Ich brauche eine "
        "Pause, für meinen Körper und für meinen Kopf“, hat die 34-Jährige ihren Fans in einem "
        "Video erklärt. Ihr Management hatte zuvor nur von „gesundheitlichen Gründen“ gesprochen. "
        "Bereits gekaufte Karten behalten ihre Gültigkeit für die Ersatztermine im Herbst.",
        [
            Q("Leuchtfeuer", None, pat="P9", tags=("name",)),
            Q(
                "Ich brauche",
                "die 34-Jährige",
                "erklärt",
                "P1+P8",
                ("nominal", "age-anaphor", "perfekt"),
            ),
            Q("gesundheitlichen", "Ihr Management", "gesprochen", "P5", ("org", "plusquamperfekt")),
        ],
    ),
]


PASSAGES: list[Any] = AGENCY + LOCAL + SPORTS + BUSINESS + CULTURE + COURT + INTERVIEWS + PRESS
PASSAGES += WRAPPED + NAMES_AND_TITLES + COMPOUND_TENSES


def build_records() -> list[dict[str, Any]]:
    """All blind passages as JSON-ready records (raises ``AuthoringError``)."""
    records: list[dict[str, Any]] = _hw.build_records(PASSAGES, SPLIT)
    return records


def render_jsonl() -> str:
    """The exact content of ``blind.jsonl``."""
    content: str = _hw.render_jsonl(PASSAGES, SPLIT)
    return content


def counts(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Passages, records, speech quotations (parts counted once), non-speech pairs, tags."""
    quotes = [q for rec in records for q in rec["quotes"]]
    speech = [q for q in quotes if q["is_speech"]]
    tags: collections.Counter[str] = collections.Counter()
    for q in quotes:
        tags.update(q["pattern"].split("|")[2:])
    return {
        "passages": len(records),
        "records": len(quotes),
        "speech_records": len(speech),
        "speech_quotations": sum(q["part"] == 0 for q in speech),
        "non_speech": len(quotes) - len(speech),
        "patterns": _hw.pattern_counts(records),
        "marks": dict(collections.Counter(q["marks"] for q in quotes)),
        "tags": dict(sorted(tags.items())),
    }


def main() -> int:
    OUT_PATH.write_text(render_jsonl(), encoding="utf-8")
    c = counts(build_records())
    print(
        f"wrote {OUT_PATH}: {c['passages']} passages, {c['records']} quote records "
        f"({c['speech_records']} speech, {c['non_speech']} non-speech), "
        f"{c['speech_quotations']} speech quotations"
    )
    for section in ("patterns", "marks", "tags"):
        print(f"{section}:")
        for key, n in c[section].items():
            print(f"  {key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
