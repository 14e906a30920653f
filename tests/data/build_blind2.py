"""Build ``tests/data/blind2.jsonl``: a second blind gold set of German direct quotations.

The passages below were written for this project (all people, firms, clubs, media,
titles and quotations are invented; real cities, countries and regions appear only as
background), *blind*: without running quoteattr on them and without reading its
attribution rules, the way a German journalist would write them (agency news, local
news, sports, business, science, culture, court and police reports, interviews). The
set is meant to be scored once, never used to tune the rules.

The authoring notation is that of ``build_blind.py`` (``P``, ``Q`` and the builder
functions come from ``build_handwritten.py``; ``wrapped``, ``lines``, ``NB`` and
``counts`` from ``build_blind.py``), with the same tags (see ``tests/data/README.md``)
and three more:

- ``cue-next-sentence``: the cue follows in a sentence of its own, *„…“ Das sagte X.*
  / *Dies teilte X mit.*
- ``cue-addition``: *fügte X hinzu*, *ergänzte X*, *fuhr X fort*.
- ``unattributed``: a quotation of words that nobody is said to have spoken or written
  (a shout from the audience, an announcement, a sign, a sentence "heard in the
  village"); like every pair without a speaker it is a ``P9`` / ``NonSpeech`` record,
  with ``cue-without-speaker`` where a speech word frames it.

Run ``python tests/data/build_blind2.py`` after editing it; it prints the counts.
``tests/test_blind_data.py`` checks that ``blind2.jsonl`` is up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

HERE = Path(__file__).resolve().parent
OUT_PATH = HERE / "blind2.jsonl"
SPLIT = "blind2"


_hw = builder("handwritten")
_blind = builder("blind")
P = _hw.P
Q = _hw.Q
AuthoringError = _hw.AuthoringError
lines = _blind.lines
wrapped = _blind.wrapped
NB = _blind.NB  # no-break space


# --------------------------------------------------------------------------------------
# Pattern numbers as in build_handwritten.py / README.md:
#  P1 cue after the quote          P2 cue before with colon / headline "X: „…“"
#  P3 split quote „A“, sagte X, „B“ P4 so / laut / zufolge / nach Angaben
#  P5 partial quote in a clause    P6 continuation without cue
#  P7 speaker introduced just before, no cue
#  P8 pronoun / nominal anaphora as the mention
#  P9 non-speech pair (title, name, scare quote, unattributed words): speaker null
# --------------------------------------------------------------------------------------

# --- agency news ----------------------------------------------------------------------

AGENCY: list[Any] = [
    P(
        "faehre-sueder-hoern",
        "Reederei stellt Fährverkehr nach Süderhörn ein",
        "Die Reederei Nordwatt stellt den Fährverkehr zur Insel Süderhörn vorerst ein. Grund "
        "sei die starke Versandung der Fahrrinne, teilte das Unternehmen am Montag in Emden "
        "mit. „Wir können die Sicherheit unserer Fahrgäste derzeit nicht garantieren“, sagte "
        "Reederei-Chefin Gesa Hinrichs. Die Inselgemeinde reagierte empört. „Man lässt uns "
        "im Stich“, sagte Bürgermeister Onno Feddersen.",
        [
            Q(
                "Wir können die Sicherheit",
                "Reederei-Chefin Gesa Hinrichs",
                "{sagte} Reederei-Chefin",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "Man lässt uns",
                "Bürgermeister Onno Feddersen",
                "{sagte} Bürgermeister",
                "P1",
                ("title-name",),
            ),
        ],
    ),
    P(
        "waldbrand-cottbus",
        "Waldbrand breitet sich auf 80 Hektar aus",
        "Ein Waldbrand südlich von Cottbus hat sich am Wochenende auf rund 80 Hektar "
        "ausgebreitet. Mehrere Dörfer wurden vorsorglich geräumt. Der Kreisbrandmeister Sven "
        "Kuhlmann sagte am Sonntagabend: „Wir haben das Feuer an der Ostflanke im Griff, im "
        "Westen aber noch lange nicht.“ Die Landrätin Dagmar Wendt-Ahrens fügte hinzu: "
        "„Niemand kehrt in sein Haus zurück, bevor wir es ausdrücklich erlauben.“",
        [
            Q(
                "Wir haben das Feuer",
                "Der Kreisbrandmeister Sven Kuhlmann",
                "sagte",
                "P2",
                ("title-name", "compound-role"),
            ),
            Q(
                "Niemand kehrt",
                "Die Landrätin Dagmar Wendt-Ahrens",
                "fügte",
                "P2",
                ("title-name", "multipart-name", "cue-addition"),
            ),
        ],
    ),
    P(
        "zugunglueck-gotha",
        "Staatsanwaltschaft ermittelt nach Zugunglück",
        "Nach dem Zusammenstoß zweier Regionalzüge bei Gotha ermittelt die Staatsanwaltschaft "
        "wegen fahrlässiger Körperverletzung. Oberstaatsanwalt Reinhold Fischer sagte, man "
        "prüfe vor allem die Signaltechnik. „Es gibt bisher keinen Hinweis auf menschliches "
        "Versagen.“ Bei dem Unfall waren am Freitag 14 Menschen leicht verletzt worden.",
        [
            Q(
                "Es gibt bisher",
                "Oberstaatsanwalt Reinhold Fischer",
                pat="P7",
                tags=("after-indirect", "title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "landtag-umgehungsstrasse",
        "Ministerin verteidigt Zeitplan für Umgehungsstraße",
        "„Die Menschen wollen wissen, wann die Umgehungsstraße kommt, und nicht, wer sie "
        "geplant hat.“ Das sagte die Verkehrsministerin des Landes, Ulrike Brammertz, am "
        "Mittwoch im Landtag in Mainz. Die Opposition warf ihr vor, das Projekt seit Jahren "
        "zu verschleppen. Der Abgeordnete Timo Paul wollte wissen: „Wo ist das Geld, das Sie "
        "vor zwei Jahren versprochen haben?“",
        [
            Q(
                "Die Menschen wollen",
                "Ulrike Brammertz",
                "sagte",
                "P1",
                ("role-apposition", "cue-next-sentence"),
            ),
            Q(
                "Wo ist das Geld",
                "Der Abgeordnete Timo Paul",
                "wollte",
                "P2",
                ("title-name", "noun-surname", "cue-wissen"),
            ),
        ],
    ),
    P(
        "hochwasser-trier",
        "Moselpegel steigt über acht Meter",
        "Der Pegel der Mosel in Trier ist in der Nacht auf über acht Meter gestiegen. „Der "
        "Scheitel kommt frühestens am Donnerstag“, hieß es aus dem Hochwassermeldezentrum. "
        "Die Stadt sperrte das Ufer. In einer Mitteilung der Feuerwehr hieß es: „Bitte "
        "betreten Sie keine überfluteten Keller, auch nicht, um Wertsachen zu retten.“",
        [
            Q(
                "Der Scheitel",
                "dem Hochwassermeldezentrum",
                "{hieß} es aus",
                "P1",
                ("org", "cue-hiess-es"),
            ),
            Q(
                "Bitte betreten",
                "der Feuerwehr",
                "{hieß} es:",
                "P2",
                ("org", "cue-hiess-es", "cue-mitteilung"),
            ),
        ],
    ),
    P(
        "umweltminister-tempolimit",
        "Umweltminister streiten über Tempolimit",
        "Beim Treffen der Umweltminister der Länder in Schwerin haben sich der bayerische "
        "Ressortchef Anton Gruber und die Hamburger Senatorin Lea Mertens öffentlich "
        "gestritten. Gruber nannte die Pläne für ein Tempolimit „reine Symbolpolitik“. "
        "„Damit rettet man kein einziges Klimaziel“, sagte er. Mertens hielt dagegen: „Wer "
        "nichts tut, weil eine Maßnahme allein nicht reicht, tut am Ende gar nichts.“ Sie "
        "fügte hinzu: „Das ist keine Politik, das ist Verweigerung.“",
        [
            Q("reine Symbolpolitik", "{Gruber} nannte", "nannte", "P5"),
            Q(
                "Damit rettet",
                "sagte {er}",
                "sagte",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
            Q("Wer nichts", "{Mertens} hielt", "hielt", "P2"),
            Q(
                "Das ist keine Politik",
                "{Sie} fügte",
                "fügte",
                "P2+P8",
                ("pronoun", "gender-anaphor", "cue-addition"),
            ),
        ],
    ),
]

AGENCY += [
    P(
        "tarif-pflegeheime",
        "Keine Einigung im Tarifstreit der Pflegeheime",
        "Im Tarifkonflikt der privaten Pflegeheime in Sachsen gibt es keine Einigung. Die "
        "Gewerkschaft fordert 9,5 Prozent mehr Lohn, die Arbeitgeber bieten 4 Prozent. Die "
        "Reaktion des Arbeitgeberverbandes Pflege Ost: „Diese Forderung würde jedes dritte "
        "Heim in die Insolvenz treiben.“ Verhandlungsführerin Silke Baumgart konterte: "
        "„Dieselbe Drohung hören wir seit fünfzehn Jahren, und kein einziges Heim hat "
        "deswegen geschlossen.“",
        [
            Q(
                "Diese Forderung",
                "des Arbeitgeberverbandes Pflege Ost",
                "Reaktion",
                "P2",
                ("org", "cue-noun-colon"),
            ),
            Q(
                "Dieselbe Drohung",
                "Verhandlungsführerin Silke Baumgart",
                "konterte",
                "P2",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "erdbeben-chile",
        "Nach Erdbeben in Chile: zwei Deutsche vermisst",
        "Nach dem Erdbeben der Stärke 6,8 im Süden Chiles werden noch 23 Menschen vermisst. "
        "Unter ihnen sind auch zwei deutsche Urlauber. Eine Sprecherin des Krisenstabs in "
        "Berlin sagte: „Wir stehen in engem Kontakt mit den Angehörigen.“ Mehr wollte sie "
        "nicht sagen. Der Bürgermeister der betroffenen Kleinstadt, Rodrigo Álvarez Peña, "
        "sagte im Radio: „Wir haben keine Straße mehr, die nicht aufgerissen ist.“",
        [
            Q(
                "Wir stehen in engem",
                "Eine Sprecherin des Krisenstabs",
                "Berlin {sagte}",
                "P2",
            ),
            Q(
                "Wir haben keine Straße",
                "Rodrigo Álvarez Peña",
                "{sagte} im Radio",
                "P2",
                ("role-apposition", "multipart-name"),
            ),
        ],
    ),
    P(
        "rechnungshof-polizeibauten",
        "Rechnungshof rügt Kostenexplosion bei Polizeibauten",
        "Der Landesrechnungshof hat der Landesregierung in Hannover „planloses Bauen“ "
        "vorgeworfen. Bei der Sanierung von drei Polizeidienststellen seien die Kosten um "
        "insgesamt 41 Millionen Euro gestiegen. Präsidentin Henrike Otte-Laubner sagte bei der "
        "Vorstellung des Jahresberichts: „Niemand hat gefragt, was das alles kosten wird.“ Das "
        "Finanzministerium wies die Kritik zurück. „Der Bericht bildet einen veralteten Stand "
        "ab“, sagte ein Sprecher. „Die Mehrkosten waren dem Parlament seit Langem bekannt.“",
        [
            Q(
                "planloses Bauen",
                "Der Landesrechnungshof",
                "vorgeworfen",
                "P5",
                ("org", "cue-vorwerfen", "perfekt"),
            ),
            Q(
                "Niemand hat gefragt",
                "Präsidentin Henrike Otte-Laubner",
                "{sagte} bei",
                "P2",
                ("title-name", "multipart-name"),
            ),
            Q("Der Bericht bildet", "ein Sprecher", "{sagte} ein", "P1"),
            Q("Die Mehrkosten", "ein Sprecher", pat="P6"),
        ],
    ),
    P(
        "bruecke-lkw-sperrung",
        "Autobahnbrücke für schwere Lastwagen gesperrt",
        "„Die Brücke ist ab sofort für Lastwagen über 7,5 Tonnen gesperrt.“ Dies teilte die "
        "Autobahngesellschaft am Dienstag in Dortmund mit. Bei einer Prüfung seien Risse in "
        "zwei Trägern entdeckt worden. Der Verband des Speditionsgewerbes sprach von einer "
        "„Katastrophe mit Ansage“.",
        [
            Q(
                "Die Brücke ist ab",
                "die Autobahngesellschaft",
                "teilte",
                "P1",
                ("org", "cue-next-sentence"),
            ),
            Q(
                "Katastrophe mit",
                "Der Verband des Speditionsgewerbes",
                "sprach",
                "P5",
                ("org",),
            ),
        ],
    ),
    P(
        "lehrermangel-thueringen",
        "Hunderte Lehrerstellen an Grundschulen unbesetzt",
        "An den Grundschulen in Thüringen fehlen zum neuen Schuljahr mehr als 600 Lehrkräfte. "
        "Dem Landeselternverband zufolge ist die Lage „so schlimm wie nie“. „Wir erleben "
        "Klassen mit 31 Kindern und einer Aushilfe, die gestern noch Verkäuferin war“, so "
        "Verbandschefin Claudia Jäger. Das Bildungsministerium kündigte ein Sofortprogramm an.",
        [
            Q(
                "so schlimm",
                "Dem Landeselternverband",
                "zufolge",
                "P4+P5",
                ("org", "cue-zufolge"),
            ),
            Q(
                "Wir erleben",
                "Verbandschefin Claudia Jäger",
                "{so} Verbandschefin",
                "P4",
                ("title-name", "compound-role", "noun-surname", "cue-so"),
            ),
        ],
    ),
    P(
        "oelleitung-leck",
        "Rohöl aus beschädigter Leitung ausgetreten",
        "Aus einer beschädigten Ölleitung bei Lindenhain sind rund 3000 Liter Rohöl "
        "ausgetreten. Die Betreiberfirma Ostpipe GmbH erklärte in einer Mitteilung: „Das Leck "
        "wurde innerhalb von 40 Minuten geschlossen.“ „Eine Gefahr für das Grundwasser besteht "
        "nach ersten Messungen nicht.“ Umweltschützer bezweifeln das.",
        [
            Q(
                "Das Leck",
                "Die Betreiberfirma Ostpipe GmbH",
                "erklärte",
                "P2",
                ("org", "cue-mitteilung"),
            ),
            Q("Eine Gefahr für", "Die Betreiberfirma Ostpipe GmbH", pat="P6", tags=("org",)),
        ],
    ),
]


# --- local news -----------------------------------------------------------------------

LOCAL: list[Any] = [
    P(
        "stadtrat-hallenbad",
        "Streit über marodes Hallenbad eskaliert",
        "Im Stadtrat von Meppenheim ist der Streit über das marode Hallenbad eskaliert. "
        "Stadträtin Ingrid Koch von der Bürgerliste warf der Verwaltung vor: „Sie haben das "
        "Bad zehn Jahre lang verfallen lassen, um es jetzt schließen zu können.“ Kämmerer "
        "Bernd Wolters wies das zurück. „Für eine Sanierung fehlen uns schlicht 14 Millionen "
        "Euro“, sagte er.",
        [
            Q(
                "Sie haben das",
                "Stadträtin Ingrid Koch",
                "warf",
                "P2",
                ("title-name", "noun-surname", "cue-vorwerfen"),
            ),
            Q(
                "Für eine Sanierung",
                "sagte {er}",
                "sagte",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "marktplatz-linden",
        "Petition gegen Fällung der Marktplatz-Linden",
        "Die geplante Fällung von elf Linden auf dem Marktplatz in Bad Sülzhausen sorgt für "
        "Unmut. Rund 1200 Menschen haben eine Petition unterschrieben. Die Antwort des "
        "Bauamtes: „Die Bäume sind krank und gefährden Passanten.“ Initiatorin Franziska "
        "Lange-Beermann will das nicht glauben. „Dann soll die Stadt uns das Gutachten "
        "zeigen“, sagte die 34-Jährige.",
        [
            Q("Die Bäume sind", "des Bauamtes", "Antwort", "P2", ("org", "cue-noun-colon")),
            Q(
                "Dann soll die Stadt",
                "die 34-Jährige",
                "sagte",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "kita-gebuehren-oberwinkel",
        "Kita-Gebühren steigen um 18 Prozent",
        "Die Gemeinde Oberwinkel erhöht die Kita-Gebühren zum 1. August um durchschnittlich 18 "
        "Prozent. In der Sitzung des Gemeinderats am Donnerstag wollte ein Vater wissen: „Wie "
        "soll eine Familie mit zwei Kindern das noch bezahlen?“ Bürgermeister Klaus Dietrich"
        f"{NB}Hahn antwortete: „Wir haben die Gebühren seit 2015 nicht angepasst, das holt uns "
        "jetzt ein.“",
        [
            Q("Wie soll eine Familie", "ein Vater", "wollte", "P2", ("cue-wissen",)),
            Q(
                "Wir haben die Gebühren",
                f"Bürgermeister Klaus Dietrich{NB}Hahn",
                "antwortete",
                "P2",
                ("title-name", "noun-surname", "nbsp-name"),
            ),
        ],
    ),
    P(
        "bahnhof-aufzug-nordhagen",
        "Aufzug am Bahnhof seit elf Wochen kaputt",
        "Seit elf Wochen steht der einzige Aufzug am Bahnhof Nordhagen still. Rollstuhlfahrer "
        "und Eltern mit Kinderwagen kommen nicht mehr auf den Bahnsteig. „Das ist für uns ein "
        "Hausverbot auf Raten.“ Das sagt Joost van Leeuwen vom örtlichen Behindertenbeirat. Die "
        "Bahn kündigte an, ein Ersatzteil sei bestellt.",
        [
            Q(
                "Das ist für uns",
                "Joost van Leeuwen",
                "sagt",
                "P1",
                ("particle-name", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "weihnachtsmarkt-kirchbruecken",
        "Kein Weihnachtsmarkt in Kirchbrücken",
        "Der Weihnachtsmarkt in Kirchbrücken fällt in diesem Jahr aus. „Wir haben bis zuletzt "
        "nach einem neuen Betreiber gesucht“, sagte Ortsvorsteherin Gabriele Schuster, „aber "
        "so kurzfristig wollte niemand das Risiko tragen.“ Stattdessen soll es am dritten "
        "Advent ein kleines Fest am Gemeindehaus geben.",
        [
            Q(
                "Wir haben bis zuletzt",
                "Ortsvorsteherin Gabriele Schuster",
                "sagte",
                "P3",
                ("title-name", "compound-role", "noun-surname"),
                part=(0, 2),
            ),
            Q(
                "aber so kurzfristig",
                "Ortsvorsteherin Gabriele Schuster",
                "sagte",
                "P3",
                ("title-name", "compound-role", "noun-surname"),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "radweg-hauptstrasse",
        "Schlagabtausch über neuen Radweg",
        "Auf der Hauptstraße in Kesselbrunn soll eine Autospur einem Radweg weichen. Die "
        "Verkehrsdezernentin Maren Thies und der Vorsitzende des Gewerbevereins, Holger Brink, "
        "lieferten sich am Dienstag einen offenen Schlagabtausch. „Jeder Parkplatz weniger "
        "kostet uns Kundschaft“, sagte der Vereinschef. Die Dezernentin entgegnete: „Ihre "
        "Kundschaft kommt längst zu Fuß und mit dem Rad, sie wird nur nie gezählt.“",
        [
            Q(
                "Jeder Parkplatz",
                "der Vereinschef",
                "sagte",
                "P1+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
            Q(
                "Ihre Kundschaft",
                "Die Dezernentin",
                "entgegnete",
                "P2+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "feuerwehr-hollerbach",
        "Feuerwehr Hollerbach feiert 150 Jahre",
        "Die Freiwillige Feuerwehr Hollerbach feiert ihr 150-jähriges Bestehen mit einem "
        "Festwochenende. Höhepunkt ist am Samstag die Vorführung der restaurierten "
        "Handdruckspritze, die von den Kameraden liebevoll „Die alte Berta“ genannt wird. „Die "
        "hat schon mehr Brände gesehen als wir alle zusammen“, sagte Wehrführer Mattis Engel "
        "lachend. Zum Abschluss spielt die Blaskapelle „Hollerbacher Musikanten“.",
        [
            Q("Die alte Berta", None, pat="P9", tags=("name",)),
            Q(
                "Die hat schon",
                "Wehrführer Mattis Engel",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q("Hollerbacher Musikanten", None, pat="P9", tags=("name",)),
        ],
    ),
    P(
        "fussgaengerzone-eschenrode",
        "Fußgängerzone wird später fertig",
        "Die Sanierung der Fußgängerzone in Eschenrode dauert länger als geplant. „Vor Ostern "
        "wird das nichts mehr“, hieß es am Freitag aus dem Rathaus. Die Händler sind "
        "verärgert. An vielen Schaufenstern hängen seit Tagen Zettel mit der Aufschrift „Wir "
        "haben trotzdem geöffnet!“",
        [
            Q("Vor Ostern", "dem Rathaus", "hieß", "P1", ("org", "cue-hiess-es")),
            Q("Wir haben trotzdem", None, pat="P9", tags=("motto",)),
        ],
    ),
    P(
        "buergerversammlung-ortsumgehung",
        "Tumult bei Bürgerversammlung zur Ortsumgehung",
        "Rund 300 Menschen kamen am Mittwochabend zur Bürgerversammlung über die Ortsumgehung "
        "von Haselfeld. Als der Planer die Trasse durch das Naturschutzgebiet zeigte, war aus "
        "den hinteren Reihen zu hören: „Nur über unsere Leiche!“ Landrat Eckhard Sommer "
        "versuchte zu beruhigen. „Noch ist überhaupt nichts entschieden“, sagte der "
        "58-Jährige.",
        [
            Q("Nur über", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q(
                "Noch ist überhaupt",
                "der 58-Jährige",
                "sagte",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "tafel-wittenmoor",
        "Tafel muss erstmals Bedürftige abweisen",
        "Die Tafel in Wittenmoor verzeichnet so viele Kunden wie nie. Jeden Dienstag stehen "
        "mehr als 200 Menschen vor der Ausgabe. „Wir mussten zum ersten Mal Leute nach Hause "
        "schicken“, hat die Leiterin Rosemarie Gerlach am Montag gesagt. „Das hat mir das "
        "Herz gebrochen.“ Der Verein sucht dringend Ehrenamtliche und Spender.",
        [
            Q(
                "Wir mussten zum",
                "die Leiterin Rosemarie Gerlach",
                "gesagt",
                "P1",
                ("title-name", "perfekt"),
            ),
            Q("Das hat mir", "die Leiterin Rosemarie Gerlach", pat="P6", tags=("title-name",)),
        ],
    ),
]


# --- sports ---------------------------------------------------------------------------

SPORTS: list[Any] = [
    P(
        "handball-derby-elbmarsch",
        "HSG Elbmarsch gewinnt das Derby",
        "Die HSG Elbmarsch hat das Derby gegen den TV Altland mit 31:27 gewonnen. Trainer Dirk "
        "Brauer war nach dem Spiel erleichtert. „Wir haben in der zweiten Hälfte endlich "
        "wieder so verteidigt, wie wir das können“, sagte er. „Und unser Torwart hat uns den "
        "Rest gesichert“, fügte er hinzu.",
        [
            Q("Wir haben in der zweiten", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
            Q(
                "Und unser Torwart",
                "fügte {er}",
                "fügte",
                "P1+P8",
                ("pronoun", "cue-addition"),
            ),
        ],
    ),
    P(
        "hasenwinkel-trainerwechsel",
        "Hasenwinkel trennt sich von Trainer Steinke",
        "Der SV Blau-Weiß Hasenwinkel hat sich nach sieben Niederlagen in Serie von Trainer "
        "Uwe Steinke getrennt. Der Sportdirektor des Vereins, Marcel Hoffbauer, sagte am "
        "Montag: „Wir mussten einen neuen Impuls setzen, so bitter das für Uwe ist.“ Laut "
        "„Sportkurier Nord“ ist der frühere Co-Trainer Ralf Menke der „Wunschkandidat“ für die "
        "Nachfolge.",
        [
            Q(
                "Wir mussten einen neuen",
                "Marcel Hoffbauer",
                "sagte",
                "P2",
                ("role-apposition",),
            ),
            Q("Sportkurier Nord", None, pat="P9", tags=("name",)),
            Q(
                "Wunschkandidat",
                "Sportkurier Nord",
                "Laut",
                "P4+P5",
                ("media", "cue-laut"),
            ),
        ],
    ),
    P(
        "biathlon-brandstaetter",
        "Brandstätter erstmals auf dem Podest",
        "Die Biathletin Lotta Brandstätter hat beim Weltcup in Ruhpolding ihren ersten "
        "Podestplatz erreicht. Die 22-Jährige aus dem Allgäu wurde im Sprint Dritte hinter der "
        "Norwegerin Ingrid Solheim-Aas und der Chinesin Sun Li-hua. „Ich habe am Schießstand "
        "einfach nicht nachgedacht“, sagte die 22-Jährige. Siegerin Solheim-Aas lobte die "
        "Deutsche: „Sie hat heute gezeigt, dass sie zur Weltspitze gehört.“",
        [
            Q(
                "Ich habe am Schießstand",
                "sagte {die 22-Jährige}",
                "sagte",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
            Q(
                "Sie hat heute",
                "Siegerin Solheim-Aas",
                "lobte",
                "P2",
                ("title-name", "multipart-name"),
            ),
        ],
    ),
    P(
        "rudern-vogt-interview",
        "Ruderer Vogt zum dritten Mal Weltmeister",
        "Der Ruderer Jonas Vogt ist in Belgrad zum dritten Mal Weltmeister im Einer geworden. "
        "Direkt nach dem Rennen sprachen wir mit ihm.\n\n"
        "Wann wussten Sie, dass es reicht?\n\n"
        "Vogt: „Erst auf den letzten 200 Metern, vorher habe ich nur auf mein eigenes Boot "
        "geschaut.“\n\n"
        "Und was kommt jetzt?\n\n"
        "Vogt: „Jetzt schlafe ich zwei Tage, dann sehen wir weiter.“",
        [
            Q(
                "Erst auf den",
                "{Vogt}: „Erst",
                pat="P2",
                tags=("interview", "noun-surname"),
            ),
            Q(
                "Jetzt schlafe",
                "{Vogt}: „Jetzt",
                pat="P2",
                tags=("interview", "noun-surname"),
            ),
        ],
    ),
    P(
        "eishockey-sperre-lindgren",
        "Sechs Spiele Sperre für Lindgren",
        "Die Disziplinarkommission der Eishockeyliga hat Verteidiger Mikael Lindgren von den "
        "Grizzlys Hohenfurt für sechs Spiele gesperrt. Lindgren hatte einem Gegenspieler mit "
        "dem Schläger ins Gesicht geschlagen. Die Begründung der Kommission: „Ein solcher "
        "Angriff hat mit Sport nichts mehr zu tun.“ Der Verein warf der Liga „Willkür“ vor und "
        "kündigte Einspruch an.",
        [
            Q(
                "Ein solcher",
                "der Kommission",
                "Begründung",
                "P2",
                ("org", "cue-noun-colon"),
            ),
            Q("Willkür", "Der Verein", "warf", "P5", ("org", "cue-vorwerfen")),
        ],
    ),
    P(
        "marathon-kassel",
        "Zwei Streckenrekorde beim Kassel-Marathon",
        "Der Stadtmarathon in Kassel hat zwei Streckenrekorde gebracht. Bei den Männern siegte "
        "Peter Kiprono in 2:07:41 Stunden, bei den Frauen Almaz Tesfaye in 2:22:10. „Der Wind "
        "auf den letzten Kilometern war brutal“, sagte die 27-Jährige im Ziel. Der 31-Jährige "
        "dagegen schwärmte: „Die Zuschauer haben mich bis ins Ziel getragen.“ Er ergänzte: "
        "„Nächstes Jahr komme ich wieder.“",
        [
            Q(
                "Der Wind",
                "die 27-Jährige",
                "sagte",
                "P1+P8",
                ("nominal", "age-anaphor", "gender-anaphor"),
            ),
            Q(
                "Die Zuschauer haben",
                "Der 31-Jährige",
                "schwärmte",
                "P2+P8",
                ("nominal", "age-anaphor", "gender-anaphor"),
            ),
            Q(
                "Nächstes Jahr",
                "{Er} ergänzte",
                "ergänzte",
                "P2+P8",
                ("pronoun", "cue-addition"),
            ),
        ],
    ),
    P(
        "pokal-aus-yildiz",
        "Pokal-Aus gegen den Drittligisten",
        "Für den FC Grünwalde ist der Pokal schon in der ersten Runde vorbei. „Wir sind heute "
        "an unserer eigenen Nervosität gescheitert“, sagte Kapitän Emre Yıldız nach dem 1:2 "
        "gegen den Drittligisten, „und das ärgert mich mehr als jede Niederlage gegen einen "
        "Großen.“ Die Mannschaft hat nun zwei Wochen Pause bis zum nächsten Ligaspiel.",
        [
            Q(
                "Wir sind heute",
                "Kapitän Emre Yıldız",
                "sagte",
                "P3",
                ("title-name",),
                part=(0, 2),
            ),
            Q(
                "und das ärgert",
                "Kapitän Emre Yıldız",
                "sagte",
                "P3",
                ("title-name",),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "tischtennis-de-winter",
        "De Winter im Viertelfinale",
        "Die Tischtennisspielerin Carla de Winter hat bei der Europameisterschaft in Warschau "
        "das Viertelfinale erreicht. „Das ist der größte Erfolg meiner Karriere, und ich bin "
        "noch nicht satt“, so de Winter nach dem Sieg über die an Nummer drei gesetzte "
        "Rumänin. Im Viertelfinale trifft sie auf Titelverteidigerin Anna Kowalczyk-Brandt.",
        [
            Q(
                "Das ist der größte",
                "so {de Winter}",
                "{so} de Winter",
                "P4",
                ("particle-name", "cue-so"),
            ),
        ],
    ),
    P(
        "regatta-abgebrochen",
        "Herbstregatta wegen Sturm abgebrochen",
        "„Bei diesem Wind hätte ich nicht einmal meinen Hund vor die Tür gelassen.“ Das sagte "
        f"Wettfahrtleiter Hauke{NB}Petersen, nachdem die Kieler Herbstregatta am Samstag "
        "abgebrochen worden war. Mehrere Boote waren gekentert, verletzt wurde niemand.",
        [
            Q(
                "Bei diesem Wind",
                f"Wettfahrtleiter Hauke{NB}Petersen",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname", "nbsp-name", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "skispringen-abgesagt",
        "Weltcup-Springen wegen Sturmböen abgesagt",
        "Das Weltcup-Springen in Willingen ist wegen Sturmböen abgesagt worden. „Die "
        "Sicherheit der Athleten geht vor“, hieß es in einer kurzen Erklärung des "
        "Veranstalters. Im Auslauf waren Pfiffe zu hören und immer wieder der Ruf: „Wir wollen "
        "springen!“",
        [
            Q(
                "Die Sicherheit der",
                "des Veranstalters",
                "hieß",
                "P1",
                ("org", "cue-hiess-es", "cue-mitteilung"),
            ),
            Q("Wir wollen", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
        ],
    ),
    P(
        "pokalfinale-lindholm",
        "Lindholm verabschiedet sich mit Niederlage",
        "„Natürlich tut das weh“, sagte Torhüterin Svea Lindholm nach dem 1:2 im Pokalfinale, "
        "„aber wir haben eine Saison gespielt, von der wir vor einem Jahr nur träumen "
        "konnten.“ Die 33-Jährige beendet nach dem Spiel ihre Karriere. „Ich gehe mit einem "
        "Lächeln.“",
        [
            Q(
                "Natürlich tut",
                "Torhüterin Svea Lindholm",
                "sagte",
                "P3",
                ("title-name",),
                part=(0, 2),
            ),
            Q(
                "aber wir haben eine Saison",
                "Torhüterin Svea Lindholm",
                "sagte",
                "P3",
                ("title-name",),
                part=(1, 2),
            ),
            Q("Ich gehe mit", "Die 33-Jährige", pat="P7+P8", tags=("nominal", "age-anaphor")),
        ],
    ),
    P(
        "abschiedsspiel-okafor",
        "Abschiedsspiel für Kapitän Okafor",
        "Beim Abschiedsspiel für den langjährigen Kapitän Dennis Okafor war das Stadion an der "
        "Kanalstraße ausverkauft. Minutenlang hallte es durch die Arena: „Nur ein Okafor!“ Der "
        "36-Jährige kämpfte mit den Tränen. „Ich habe hier 14 Jahre gespielt, und jedes "
        "einzelne war es wert“, sagte er.",
        [
            Q("Nur ein Okafor", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Ich habe hier 14", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
]


# --- business -------------------------------------------------------------------------

BUSINESS: list[Any] = [
    P(
        "brenntec-stellenabbau",
        "Brenntec streicht 850 Stellen in Heilbronn",
        "Der Autozulieferer Brenntec streicht an seinem Stammsitz in Heilbronn 850 Stellen. "
        "Konzernchef Matthias Kleinert begründete den Schritt mit der schwachen Nachfrage nach "
        "Verbrennerteilen. „Wir können nicht Werke für eine Welt betreiben, die es so nicht "
        "mehr gibt“, sagte Kleinert. Er fuhr fort: „Jeder Abbau wird sozialverträglich "
        "erfolgen, betriebsbedingte Kündigungen schließen wir aus.“ Betriebsratschefin Nadine "
        "Okonkwo sprach von einem „schwarzen Tag für die Region“.",
        [
            Q("Wir können nicht Werke", "sagte {Kleinert}", "sagte", "P1"),
            Q(
                "Jeder Abbau",
                "{Er} fuhr",
                "fuhr",
                "P2+P8",
                ("pronoun", "gender-anaphor", "cue-addition"),
            ),
            Q(
                "schwarzen Tag",
                "Betriebsratschefin Nadine Okonkwo",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "volksbank-halbjahr",
        "Nordrheinische Volksbank verdient deutlich mehr",
        "Die Nordrheinische Volksbank hat im ersten Halbjahr deutlich mehr verdient als "
        "erwartet. Der Überschuss stieg um 23 Prozent auf 412 Millionen Euro. „Das "
        "Zinsgeschäft trägt uns, aber wir machen uns keine Illusionen“, sagte Finanzvorständin "
        "Bettina Schröder-Kaya. Dem Branchendienst Bankenblick zufolge plant das Institut "
        "dennoch die Schließung von 40 Filialen.",
        [
            Q(
                "Das Zinsgeschäft",
                "Finanzvorständin Bettina Schröder-Kaya",
                "sagte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
        ],
    ),
    P(
        "lieferfix-insolvenz",
        "Lieferdienst Lieferfix ist insolvent",
        "Das Berliner Start-up Lieferfix hat Insolvenz angemeldet. Rund 300 Fahrerinnen und "
        "Fahrer verlieren ihre Arbeit. Der vorläufige Insolvenzverwalter Dr. Jan-Philipp Aumann "
        "hat am Mittwoch gesagt: „Ich sehe durchaus Interessenten für Teile des Geschäfts.“ "
        "Eine Fortführung bis Monatsende sei gesichert, sagte der Insolvenzverwalter. „Die "
        "Löhne für Juni sind über das Insolvenzgeld abgedeckt.“",
        [
            Q(
                "Ich sehe durchaus",
                "Der vorläufige Insolvenzverwalter Dr. Jan-Philipp Aumann",
                "gesagt",
                "P2",
                ("title-name", "perfekt"),
            ),
            Q(
                "Die Löhne",
                "der Insolvenzverwalter",
                pat="P7+P8",
                tags=("nominal", "role-anaphor", "after-indirect"),
            ),
        ],
    ),
    P(
        "frischkorb-preise",
        "Frischkorb senkt Preise für Eigenmarken",
        "Die Supermarktkette Frischkorb senkt die Preise für 400 Eigenmarkenprodukte. Der "
        "Verbraucherverein Mittelelbe bleibt skeptisch. Sein Urteil: „Ein Teil dieser Produkte "
        "ist vorher still und leise teurer geworden.“ Eine Frischkorb-Sprecherin sagte dazu: "
        "„Das weisen wir entschieden zurück.“",
        [
            Q(
                "Ein Teil dieser",
                "Sein",
                "Urteil",
                "P2+P8",
                ("org", "pronoun", "cue-noun-colon"),
            ),
            Q("Das weisen wir", "Eine Frischkorb-Sprecherin", "sagte", "P2"),
        ],
    ),
    P(
        "werft-forschungsschiffe",
        "Werft erhält Auftrag für zwei Forschungsschiffe",
        "Die Werft Hansen-Lührs in Wolgast hat den Auftrag für zwei Forschungsschiffe "
        "erhalten. Das erste soll 2027 unter dem Namen „Meridian“ vom Stapel laufen. „Das "
        "sichert uns Arbeit bis zum Ende des Jahrzehnts.“ Das erklärte Geschäftsführer Torben "
        "Krüger am Freitag vor der Belegschaft.",
        [
            Q("Meridian", None, pat="P9", tags=("name",)),
            Q(
                "Das sichert",
                "Geschäftsführer Torben Krüger",
                "erklärte",
                "P1",
                ("title-name", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "suedstrom-preiserhoehung",
        "Südstrom erhöht den Strompreis um elf Prozent",
        "Der Energieversorger Südstrom erhöht zum Jahreswechsel den Strompreis um elf Prozent. "
        "Der Bund der Energieverbraucher Hessen warf dem Unternehmen vor, gesunkene "
        "Einkaufspreise nicht weitergegeben zu haben. „Hier wird abkassiert, und zwar "
        "ungeniert“, so Geschäftsführer Lukas Schmied. Südstrom verweist auf gestiegene "
        "Netzentgelte.",
        [
            Q(
                "Hier wird abkassiert",
                "Geschäftsführer Lukas Schmied",
                "so",
                "P4",
                ("title-name", "noun-surname", "cue-so"),
            ),
        ],
    ),
    P(
        "valtheon-hauptversammlung",
        "Harte Fragen an den Valtheon-Vorstand",
        "Auf der Hauptversammlung des Chemiekonzerns Valtheon in Frankfurt musste sich der "
        "Vorstand harte Fragen anhören. „Wie lange wollen Sie die Aktionäre noch mit "
        "Versprechungen hinhalten?“, wollte Aktionärsschützerin Marion Weißgerber wissen. Ein "
        "Kleinaktionär warf Vorstandschef Alexander von Landsberg vor: „Sie haben den Konzern "
        "in drei Jahren halbiert.“ Von Landsberg blieb gelassen. „Wir haben den Konzern "
        "verkleinert, um ihn zu retten“, sagte er.",
        [
            Q(
                "Wie lange wollen",
                "Aktionärsschützerin Marion Weißgerber",
                "wollte",
                "P1",
                ("title-name", "compound-role", "noun-surname", "cue-wissen"),
            ),
            Q("Sie haben den Konzern", "Ein Kleinaktionär", "warf", "P2", ("cue-vorwerfen",)),
            Q(
                "Wir haben den Konzern",
                "sagte {er}",
                "sagte",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "ostseebaeder-rekord",
        "Rekordsommer in den Ostseebädern",
        "Die Ostseebäder in Vorpommern melden für den Sommer ein Rekordergebnis. Nach Angaben "
        "des Tourismusverbands stiegen die Übernachtungen um sechs Prozent. „Wir hatten zum "
        "ersten Mal seit Jahren keinen einzigen verregneten August“, sagte "
        f"Verbandsgeschäftsführerin Kirsten{NB}Albrecht. Sorgen bereite der Fachkräftemangel: "
        "Viele Hotels hätten Zimmer nicht vermieten können, weil Personal fehlte.",
        [
            Q(
                "Wir hatten zum",
                f"Verbandsgeschäftsführerin Kirsten{NB}Albrecht",
                "sagte",
                "P1",
                ("title-name", "compound-role", "nbsp-name"),
            ),
        ],
    ),
    P(
        "norrdal-werksschliessung",
        "Küchenhersteller schließt Werk per Rundmail",
        "Die rund 400 Beschäftigten des Küchenherstellers Norrdal in Lemgo haben am Freitag "
        "per E-Mail von der Schließung ihres Werks erfahren. Darin wurde ihnen mitgeteilt: "
        "„Die Produktion am Standort Lemgo wird zum 31. März eingestellt.“ Betriebsrätin "
        "Sandra Kühn sprach von einem „Schlag ins Gesicht“. „Nach 22 Jahren bekomme ich eine "
        "Rundmail“, sagte ein Schichtleiter.",
        [
            Q(
                "Die Produktion am",
                None,
                pat="P9",
                tags=("unattributed", "cue-without-speaker"),
            ),
            Q(
                "Schlag ins",
                "Betriebsrätin Sandra Kühn",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
            Q("Nach 22 Jahren", "ein Schichtleiter", "sagte", "P1"),
        ],
    ),
]


# --- science --------------------------------------------------------------------------

SCIENCE: list[Any] = [
    P(
        "meeresspiegel-husum",
        "Nordsee steigt schneller als angenommen",
        "Der Meeresspiegel an der deutschen Nordseeküste steigt schneller als bisher "
        "angenommen. Das geht aus einer Studie des Instituts für Küstenforschung in Husum "
        "hervor. „Wir haben mit einem Anstieg von drei Millimetern pro Jahr gerechnet, gemessen "
        "haben wir fast fünf“, sagte die Leiterin der Studie, Prof. Dr. Hanne Lorenzen. Die "
        "Küstenschutzbehörde des Landes will ihre Deichplanungen nun überprüfen.",
        [
            Q(
                "Wir haben mit einem Anstieg",
                "Prof. Dr. Hanne Lorenzen",
                "sagte",
                "P1",
                ("role-apposition", "title-name"),
            ),
        ],
    ),
    P(
        "borreliose-impfstoff",
        "Impfstoffkandidat gegen Borreliose an Mäusen getestet",
        "Ein Forschungsverbund aus Rostock und Kiel hat einen Impfstoffkandidaten gegen "
        "Borreliose an Mäusen getestet. „Die Ergebnisse sind ermutigend“, sagte Studienleiter "
        "Dr. Ferhat Aydın, „aber bis zu einem Impfstoff für Menschen vergehen noch mindestens "
        "acht Jahre.“ Die Arbeit erschien in der Fachzeitschrift „Vaccine Frontiers Europe“.",
        [
            Q(
                "Die Ergebnisse sind",
                "Studienleiter Dr. Ferhat Aydın",
                "sagte",
                "P3",
                ("title-name", "compound-role"),
                part=(0, 2),
            ),
            Q(
                "aber bis zu einem",
                "Studienleiter Dr. Ferhat Aydın",
                "sagte",
                "P3",
                ("title-name", "compound-role"),
                part=(1, 2),
            ),
            Q("Vaccine Frontiers", None, pat="P9", tags=("title",)),
        ],
    ),
    P(
        "komet-vogtland",
        "Hobbyastronom entdeckt Kometen",
        "Ein Hobbyastronom aus dem Vogtland hat einen bislang unbekannten Kometen entdeckt. "
        "„Die Beobachtung ist von drei Sternwarten unabhängig bestätigt worden.“ Dies teilte "
        "die Volkssternwarte Plauen-Reißig am Donnerstag mit. Der Finder, der 67-jährige "
        "Rentner Gerd Wolf, kann es noch kaum fassen. „Ich habe vierzig Jahre lang in den "
        "Himmel geschaut, und dann passiert das an einem Dienstag“, sagte er.",
        [
            Q(
                "Die Beobachtung ist",
                "die Volkssternwarte Plauen-Reißig",
                "teilte",
                "P1",
                ("org", "cue-next-sentence"),
            ),
            Q("Ich habe vierzig", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "gletscher-zurbriggen",
        "Glaziologin schreibt über das Ende der Gletscher",
        "Die Glaziologin Mirjam Zurbriggen von der Universität Bern hat ein Buch über das "
        "Verschwinden der Alpengletscher geschrieben. Es heisst «Das letzte Eis». Im Gespräch "
        "mit unserer Zeitung sagt sie: «Wer heute zehn Jahre alt ist, wird die meisten dieser "
        "Gletscher nur noch von Fotos kennen.» Hoffnung mache ihr die Jugend. «Die stellen die "
        "richtigen Fragen, lauter als wir damals.»",
        [
            Q("Das letzte Eis", None, pat="P9", tags=("title",)),
            Q("Wer heute zehn", "sagt {sie}", "sagt", "P2+P8", ("pronoun", "interview")),
            Q(
                "Die stellen die",
                "ihr",
                pat="P7+P8",
                tags=("pronoun", "after-indirect", "interview"),
            ),
        ],
    ),
    P(
        "graeberfeld-quedlinburg",
        "Bronzezeitliches Gräberfeld bei Quedlinburg entdeckt",
        "Bei Bauarbeiten für eine neue Umgehungsstraße bei Quedlinburg sind Archäologen auf "
        "ein Gräberfeld aus der Bronzezeit gestoßen. „Wir haben bisher 34 Gräber freigelegt, "
        "einige davon mit reichen Beigaben“, sagte Grabungsleiter Dr. Tobias Meißner-Ahrendt. "
        "Die Bauarbeiten ruhen vorerst. „Die Straße wird trotzdem gebaut, nur eben ein halbes "
        "Jahr später“, fügte der Archäologe hinzu.",
        [
            Q(
                "Wir haben bisher 34",
                "Grabungsleiter Dr. Tobias Meißner-Ahrendt",
                "sagte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q(
                "Die Straße wird",
                "der Archäologe",
                "fügte",
                "P1+P8",
                ("nominal", "role-anaphor", "cue-addition"),
            ),
        ],
    ),
    P(
        "sprachmodell-plattdeutsch",
        "Sprachmodell übersetzt Plattdeutsch",
        "Ein Team der Hochschule Nordwalde hat ein Sprachmodell vorgestellt, das plattdeutsche "
        "Texte übersetzen kann. Das Programm trägt den Namen „Snacker“. „Es macht noch Fehler, "
        "aber es lernt schnell“, sagte Projektleiter Ole Harms. Kritiker sprechen von einer "
        "„Spielerei“. Aus dem Wissenschaftsministerium hieß es: „Das Projekt wird bis 2026 "
        "weiter gefördert.“",
        [
            Q("Snacker", None, pat="P9", tags=("name",)),
            Q(
                "Es macht noch",
                "Projektleiter Ole Harms",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Spielerei", "Kritiker", "sprechen", "P5"),
            Q(
                "Das Projekt wird",
                "dem Wissenschaftsministerium",
                "hieß",
                "P2",
                ("org", "cue-hiess-es"),
            ),
        ],
    ),
    P(
        "homeoffice-schlaf",
        "Wer zu Hause arbeitet, schläft länger",
        "Wer im Homeoffice arbeitet, schläft im Schnitt 24 Minuten länger. Das ist das "
        "Ergebnis einer Befragung von 5000 Beschäftigten durch das Institut für "
        "Arbeitsforschung in Dortmund. Laut Studienautorin Jelena Marković ist der Effekt "
        "„erstaunlich stabil“. Marković betonte, die Daten sagten nichts über die "
        "Produktivität aus. „Mehr Schlaf heißt nicht automatisch bessere Arbeit.“",
        [
            Q(
                "erstaunlich",
                "Studienautorin Jelena Marković",
                "Laut",
                "P4+P5",
                ("title-name", "compound-role", "cue-laut"),
            ),
            Q("Mehr Schlaf", "{Marković} betonte", pat="P7", tags=("after-indirect",)),
        ],
    ),
    P(
        "woelfe-suedheide",
        "Fünf Wolfsrudel in der Südheide",
        "Im Naturpark Südheide leben inzwischen fünf Wolfsrudel. Der Wildbiologe Frederik ten "
        "Hoeve hatte bereits im Frühjahr gewarnt: „Die Population wächst schneller, als die "
        "Behörden zählen können.“ Schäferinnen und Schäfer fordern mehr Schutz für ihre "
        "Herden. „Wir haben in diesem Jahr schon 40 Schafe verloren“, hat die Schäferin Anke "
        "Bauer am Sonntag bei einer Kundgebung in Celle gesagt.",
        [
            Q(
                "Die Population",
                "Der Wildbiologe Frederik ten Hoeve",
                "gewarnt",
                "P2",
                ("title-name", "particle-name", "plusquamperfekt"),
            ),
            Q(
                "Wir haben in diesem Jahr",
                "die Schäferin Anke Bauer",
                "gesagt",
                "P1",
                ("title-name", "noun-surname", "perfekt"),
            ),
        ],
    ),
]


# --- culture --------------------------------------------------------------------------

CULTURE: list[Any] = [
    P(
        "premiere-rattenkoenigin",
        "Farce über den Immobilienmarkt eröffnet die Spielzeit",
        "Mit „Die Rattenkönigin“ hat das Landestheater Ostwestfalen am Samstag die Spielzeit "
        "eröffnet. Regisseurin Paula Schwan-Terhorst inszeniert das Stück als Farce über den "
        "Immobilienmarkt. „Ich wollte, dass das Publikum lacht“, sagte sie nach der Premiere, "
        "„und zwar so lange, bis es ihm im Hals stecken bleibt.“ Die Zuschauer applaudierten "
        "zwölf Minuten lang.",
        [
            Q("Die Rattenkönigin", None, pat="P9", tags=("title",)),
            Q(
                "Ich wollte, dass",
                "sagte {sie}",
                "sagte",
                "P3+P8",
                ("pronoun",),
                part=(0, 2),
            ),
            Q(
                "und zwar so lange",
                "sagte {sie}",
                "sagte",
                "P3+P8",
                ("pronoun",),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "museum-rueckgabe",
        "Museum gibt Gemälde an Erben zurück",
        "Das Museum für Angewandte Kunst in Kesselhagen gibt ein Gemälde an die Erben eines "
        "jüdischen Sammlers zurück. Der Anwalt der Familie, Daniel Rosenthal-Weiss, sagte: „Es "
        "hat 14 Jahre gedauert, bis das Museum die Wahrheit anerkannt hat.“ Er hat dem Haus "
        "„systematisches Verschleppen“ vorgeworfen. Museumsdirektor Lothar Kleinschmidt "
        "bedauerte die lange Dauer.",
        [
            Q(
                "Es hat 14",
                "Daniel Rosenthal-Weiss",
                "sagte",
                "P2",
                ("role-apposition", "multipart-name"),
            ),
            Q(
                "systematisches",
                "{Er} hat dem Haus",
                "vorgeworfen",
                "P5+P8",
                ("pronoun", "cue-vorwerfen", "perfekt"),
            ),
        ],
    ),
    P(
        "festival-sommerdeich",
        "Festival Sommerdeich ausverkauft",
        "Das Open-Air-Festival „Sommerdeich“ in Brake ist ausverkauft. Als Headliner stehen "
        "die Bands „Kaltfront“ und „Die Nebelhörner“ auf dem Plakat. „Wir hätten dreimal so "
        "viele Karten verkaufen können“, sagte Festivalchef Nico Ramdani. Eine Erweiterung des "
        "Geländes lehnt die Stadt ab. „Der Deich ist kein Konzertsaal“, hieß es aus der "
        "Verwaltung.",
        [
            Q("Sommerdeich", None, pat="P9", tags=("name",)),
            Q("Kaltfront", None, pat="P9", tags=("name",)),
            Q("Die Nebelhörner", None, pat="P9", tags=("name",)),
            Q(
                "Wir hätten dreimal",
                "Festivalchef Nico Ramdani",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Der Deich ist", "der Verwaltung", "hieß", "P1", ("org", "cue-hiess-es")),
        ],
    ),
    P(
        "literaturpreis-tasdemir",
        "Kranich-Preis für Merve Taşdemir",
        "Der Kranich-Literaturpreis geht in diesem Jahr an die Schriftstellerin Merve Taşdemir "
        "für ihren Roman „Zwölf Winter in Offenbach“. Die Jury lobte das Buch als „leise, aber "
        "unerbittlich“. Die Autorin sagte bei der Preisverleihung: „Ich habe dieses Buch für "
        "meine Mutter geschrieben, die es nie lesen wird.“",
        [
            Q("Zwölf Winter", None, pat="P9", tags=("title",)),
            Q("leise, aber", "Die Jury", "lobte", "P5", ("org",)),
            Q(
                "Ich habe dieses Buch",
                "Die Autorin",
                "sagte",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "philharmonie-van-der-meulen",
        "Neuer Chefdirigent für die Philharmonie Südwest",
        "„Dieses Orchester hat eine Seele, und ich will sie nicht verbiegen.“ Das sagte der "
        "neue Chefdirigent der Philharmonie Südwest, Laurens van der Meulen, bei seiner "
        "Vorstellung in Ludwigshafen. Der 44-jährige Niederländer tritt sein Amt im September "
        "an. „Ich werde Deutsch lernen, versprochen“, ergänzte er.",
        [
            Q(
                "Dieses Orchester",
                "Laurens van der Meulen",
                "sagte",
                "P1",
                ("role-apposition", "particle-name", "cue-next-sentence"),
            ),
            Q(
                "Ich werde Deutsch",
                "ergänzte {er}",
                "ergänzte",
                "P1+P8",
                ("pronoun", "cue-addition"),
            ),
        ],
    ),
    P(
        "dokfilm-grenzland",
        "Hauptpreis für Dokumentarfilm Grenzland",
        "Der Dokumentarfilm “Grenzland” der Regisseurin Aylin Sarı-Brenner hat beim "
        "Kurzfilmfestival in Oberhausen den Hauptpreis gewonnen. “Ich habe nicht damit "
        "gerechnet, ehrlich nicht”, sagte Sarı-Brenner bei der Preisverleihung. Die Jury "
        "nannte den Film “mutig und zärtlich zugleich”.",
        [
            Q("Grenzland", None, pat="P9", tags=("title",)),
            Q(
                "Ich habe nicht damit",
                "sagte {Sarı-Brenner}",
                "sagte",
                "P1",
                ("multipart-name",),
            ),
            Q("mutig und", "Die Jury", "nannte", "P5", ("org",)),
        ],
    ),
    P(
        "kriegerdenkmal-eichstetten",
        "Streit um das Kriegerdenkmal",
        "Soll das Kriegerdenkmal am Marktplatz von Eichstetten umgestaltet werden? Der "
        "Heimatverein ist dagegen, die Kulturbeauftragte der Stadt, Sabine Kranich, dafür. "
        "Ihre Begründung: „Ein Denkmal, das niemand mehr versteht, erinnert an gar nichts.“ "
        "Vereinsvorsitzender Rüdiger Zimmermann hält das für Unsinn. „Man kann Geschichte "
        "nicht nachträglich glattbügeln“, sagte er.",
        [
            Q(
                "Ein Denkmal, das",
                "Ihre",
                "Begründung",
                "P2+P8",
                ("pronoun", "cue-noun-colon", "gender-anaphor"),
            ),
            Q(
                "Man kann Geschichte",
                "sagte {er}",
                "sagte",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "marlow-tournee",
        "Lina Marlow sagt Tournee ab",
        "Die Sängerin Lina Marlow hat ihre komplette Herbsttournee abgesagt. „Mein Körper hat "
        "mir in den letzten Wochen sehr deutlich gesagt, dass er eine Pause braucht“, schrieb "
        "die 29-Jährige auf Instagram. „Ich komme wieder, versprochen.“ Bereits gekaufte "
        "Tickets sollen erstattet werden, "
        "teilte ihr Management mit.",
        [
            Q(
                "Mein Körper hat",
                "die 29-Jährige",
                "schrieb",
                "P1+P8",
                ("nominal", "age-anaphor", "cue-social"),
            ),
            Q("Ich komme wieder", "die 29-Jährige", pat="P6+P8", tags=("nominal", "age-anaphor")),
        ],
    ),
    P(
        "kunstpreis-lindemann",
        "Kunstpreis für Bildhauer Lindemann",
        "Der mit 25.000 Euro dotierte Kunstpreis der Stiftung Westmünsterland geht an den "
        f"Bildhauer Kaspar{NB}Lindemann. „Lindemann arbeitet mit dem, was andere wegwerfen, und "
        "macht daraus etwas, das bleibt“, heißt es in der Begründung der Jury. Der Künstler "
        "sagte: „Ich nehme den Preis für alle, die noch in Garagen arbeiten.“",
        [
            Q(
                "Lindemann arbeitet",
                "der Jury",
                "heißt",
                "P1",
                ("org", "cue-hiess-es"),
            ),
            Q(
                "Ich nehme den Preis",
                "Der Künstler",
                "sagte",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
]


# --- court reports --------------------------------------------------------------------

COURT: list[Any] = [
    P(
        "anlagebetrug-osnabrueck",
        "Anlageberater wegen Betrugs vor Gericht",
        "Vor dem Landgericht Osnabrück muss sich seit Dienstag ein 52-jähriger Anlageberater "
        "verantworten. Die Staatsanwaltschaft wirft ihm vor, 61 Kunden um insgesamt 3,4 "
        "Millionen Euro gebracht zu haben. Der Angeklagte schwieg zunächst. Sein Verteidiger "
        "Dr. Konrad Wiesel sagte: „Mein Mandant wird sich zu gegebener Zeit umfassend "
        "äußern.“ Eine Geschädigte, eine 78-jährige Rentnerin, schilderte unter Tränen: „Er "
        "war wie ein Sohn für mich.“",
        [
            Q(
                "Mein Mandant",
                "Sein Verteidiger Dr. Konrad Wiesel",
                "sagte",
                "P2",
                ("title-name", "noun-surname"),
            ),
            Q("Er war wie", "Eine Geschädigte", "schilderte", "P2"),
        ],
    ),
    P(
        "raserprozess-bielefeld",
        "Sechs Jahre Haft nach tödlichem Autorennen",
        "Das Landgericht Bielefeld hat einen 24-Jährigen wegen eines illegalen Autorennens mit "
        "Todesfolge zu sechs Jahren Haft verurteilt. Bei dem Rennen war im März eine "
        "Radfahrerin ums Leben gekommen. In seinem letzten Wort hatte der Angeklagte gesagt: "
        "„Ich denke jeden Tag an die Frau und ihre Familie.“ „Sie haben aus reiner Eitelkeit "
        "ein Menschenleben ausgelöscht“, sagte die Vorsitzende Richterin Gudrun"
        f"{NB}Feldmann in der Urteilsbegründung. Sein Anwalt kündigte Revision an.",
        [
            Q(
                "Ich denke jeden",
                "der Angeklagte",
                "gesagt",
                "P2+P8",
                ("nominal", "role-anaphor", "plusquamperfekt"),
            ),
            Q(
                "Sie haben aus",
                f"die Vorsitzende Richterin Gudrun{NB}Feldmann",
                "sagte",
                "P1",
                ("title-name", "nbsp-name"),
            ),
        ],
    ),
    P(
        "kassiererin-pfandbon",
        "Kündigung wegen Pfandbons unwirksam",
        "Das Arbeitsgericht Mannheim hat die fristlose Kündigung einer Kassiererin für "
        "unwirksam erklärt. Der Supermarkt hatte der Frau vorgeworfen, Pfandbons im Wert von "
        "1,30 Euro unberechtigt eingelöst zu haben. Das Gericht stellte fest: „Eine 24 Jahre "
        "dauernde beanstandungsfreie Beschäftigung wiegt schwerer als ein einmaliger "
        "Fehltritt im Centbereich.“ „Ich wollte nur meinen Namen reinwaschen“, sagte die "
        "57-Jährige nach der Verhandlung.",
        [
            Q("Eine 24 Jahre", "Das Gericht", "stellte", "P2", ("org",)),
            Q(
                "Ich wollte nur",
                "die 57-Jährige",
                "sagte",
                "P1+P8",
                ("nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "bundesgericht-oberaegerli",
        "Bundesgericht bestätigt knappe Abstimmung",
        "Das Bundesgericht in Lausanne hat die Beschwerde gegen die Gemeindeversammlung von "
        "Oberägerli abgewiesen. Die Abstimmung über den Neubau des Schulhauses war mit 212 zu "
        "209 Stimmen ausgegangen. «Wir sind enttäuscht, aber wir akzeptieren den Entscheid», "
        "sagte Initiant Beat Imhof-Zgraggen. Gemeindepräsidentin Ursula Kälin zeigte sich "
        "erleichtert. «Jetzt können wir endlich bauen», sagte sie.",
        [
            Q(
                "Wir sind enttäuscht",
                "Initiant Beat Imhof-Zgraggen",
                "{sagte} Initiant",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Jetzt können wir",
                "sagte {sie}",
                "{sagte} sie",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "kioskmord-zeugin",
        "Zeugin schildert Tatnacht",
        "Im Prozess um den Tod eines Kioskbetreibers in Duisburg hat am Mittwoch die "
        "wichtigste Zeugin ausgesagt. Die 41-jährige Nachbarin schilderte, sie habe in der "
        "Tatnacht zwei Schüsse gehört. „Dann sah ich einen Mann zum Auto rennen“, sagte die "
        "Zeugin, „er trug eine helle Jacke und hinkte.“ Auf Nachfrage des Verteidigers räumte "
        "sie ein, sein Gesicht nicht gesehen zu haben. „Es war dunkel, ich will hier "
        "niemanden falsch beschuldigen.“",
        [
            Q(
                "Dann sah ich",
                "die Zeugin",
                "sagte",
                "P3+P8",
                ("nominal", "role-anaphor"),
                part=(0, 2),
            ),
            Q(
                "er trug eine",
                "die Zeugin",
                "sagte",
                "P3+P8",
                ("nominal", "role-anaphor"),
                part=(1, 2),
            ),
            Q(
                "Es war dunkel",
                "räumte {sie} ein",
                pat="P7+P8",
                tags=("pronoun", "gender-anaphor", "after-indirect"),
            ),
        ],
    ),
    P(
        "motorsaege-amtsgericht",
        "Motorsäge unter der Jacke",
        "Ein 19-Jähriger, der in einem Baumarkt in Gelsenkirchen eine Motorsäge unter seiner "
        "Jacke hinausschmuggeln wollte, ist zu 60 Sozialstunden verurteilt worden. Richter "
        "Andreas Paul fragte den Angeklagten: „Wie haben Sie sich das eigentlich "
        "vorgestellt?“ Der junge Mann antwortete kleinlaut: „Ehrlich gesagt gar nicht.“",
        [
            Q(
                "Wie haben Sie sich",
                "Richter Andreas Paul",
                "fragte",
                "P2",
                ("title-name", "noun-surname"),
            ),
            Q(
                "Ehrlich gesagt",
                "Der junge Mann",
                "antwortete",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "katzenverbot-kiel",
        "Pauschales Katzenverbot ist unwirksam",
        "Das Landgericht Kiel hat einem Mieter aus Eckernförde recht gegeben, dem sein "
        "Vermieter die Haltung einer Katze verbieten wollte. „Ein pauschales Verbot im "
        "Mietvertrag benachteiligt den Mieter unangemessen.“ Dies teilte eine "
        "Gerichtssprecherin am Donnerstag mit. Der Vermieter kann noch Revision einlegen.",
        [
            Q(
                "Ein pauschales Verbot",
                "eine Gerichtssprecherin",
                "teilte",
                "P1",
                ("cue-next-sentence",),
            ),
        ],
    ),
    P(
        "klimaaktivisten-rollbahn",
        "Bewährungsstrafen für Klimaaktivisten gefordert",
        "Im Prozess gegen vier Klimaaktivisten, die sich am Flughafen Leipzig/Halle auf eine "
        "Rollbahn geklebt hatten, hat die Staatsanwaltschaft Bewährungsstrafen gefordert. Die "
        "Verteidigerin Leyla al-Khatib warf der Anklage vor, „politisch motivierte Härte“ zu "
        "zeigen. Das letzte Wort der Angeklagten: „Wir bereuen nichts, außer dass es nötig "
        "war.“",
        [
            Q(
                "politisch motivierte",
                "Die Verteidigerin Leyla al-Khatib",
                "warf",
                "P5",
                ("title-name", "multipart-name", "cue-vorwerfen"),
                nested=True,
            ),
            Q("Wir bereuen", "der Angeklagten", "Wort", "P2", ("cue-noun-colon",)),
        ],
    ),
]


# --- police reports -------------------------------------------------------------------

POLICE: list[Any] = [
    P(
        "juwelier-giessen",
        "Einbruch bei Juwelier in zwei Minuten",
        "Unbekannte sind in der Nacht zu Sonntag in ein Juweliergeschäft in der Innenstadt von "
        "Gießen eingebrochen. Die Polizei teilte mit: „Die Täter haben die Schaufensterscheibe "
        "mit einem Gullydeckel eingeschlagen und waren nach weniger als zwei Minuten wieder "
        "weg.“ Zeugen werden gebeten, sich zu melden. „Jeder noch so kleine Hinweis kann "
        "helfen“, sagte ein Polizeisprecher.",
        [
            Q("Die Täter haben", "Die Polizei", "teilte", "P2", ("org",)),
            Q("Jeder noch so", "ein Polizeisprecher", "sagte", "P1"),
        ],
    ),
    P(
        "vermisste-seniorin-paderborn",
        "Polizei sucht vermisste 83-Jährige",
        "Die Polizei in Paderborn sucht nach einer seit Freitag vermissten 83-jährigen Frau. "
        "Die demenzkranke Seniorin hatte ihr Pflegeheim am Nachmittag verlassen. „Sie ist "
        "möglicherweise orientierungslos und trägt nur Hausschuhe“, sagte "
        f"Polizeihauptkommissar Dennis{NB}Frerichs. Ein Hubschrauber und Spürhunde sind im "
        "Einsatz.",
        [
            Q(
                "Sie ist möglicherweise",
                f"Polizeihauptkommissar Dennis{NB}Frerichs",
                "sagte",
                "P1",
                ("title-name", "compound-role", "nbsp-name"),
            ),
        ],
    ),
    P(
        "a7-stauende",
        "Kleintransporter fährt auf Stauende",
        "„Der Fahrer des Kleintransporters ist vermutlich am Steuer eingeschlafen.“ Das teilte "
        "die Autobahnpolizei Soltau am Montag mit. Der Wagen war auf der A7 auf ein Stauende "
        "aufgefahren. Drei Menschen wurden schwer verletzt, die Autobahn war in Richtung "
        "Hamburg fünf Stunden gesperrt.",
        [
            Q(
                "Der Fahrer des",
                "die Autobahnpolizei Soltau",
                "teilte",
                "P1",
                ("org", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "schockanruf-halle",
        "Betrüger erbeuten 28.000 Euro mit Schockanruf",
        "Mit einem Schockanruf haben Betrüger eine Rentnerin in Halle um 28.000 Euro gebracht. "
        "Ein angeblicher Polizist hatte ihr erzählt, ihre Tochter habe einen tödlichen Unfall "
        f"verursacht. Kriminalhauptkommissarin Beate{NB}Fuchs warnt: „Die echte Polizei "
        "verlangt niemals Geld am Telefon.“ „Legen Sie einfach auf und rufen Sie Ihre "
        "Angehörigen an.“",
        [
            Q(
                "Die echte Polizei",
                f"Kriminalhauptkommissarin Beate{NB}Fuchs",
                "warnt",
                "P2",
                ("title-name", "compound-role", "noun-surname", "nbsp-name"),
            ),
            Q(
                "Legen Sie",
                f"Kriminalhauptkommissarin Beate{NB}Fuchs",
                pat="P6",
                tags=("title-name", "compound-role", "noun-surname", "nbsp-name"),
            ),
        ],
    ),
    P(
        "demo-geburtsstation",
        "Tausende demonstrieren für Geburtsstation",
        "Bei einer Demonstration gegen die Schließung der Geburtsstation in Bad Lehmfeld sind "
        "am Samstag rund 2000 Menschen durch die Innenstadt gezogen. Auf Transparenten stand: "
        "„Hier wird geboren, nicht gespart!“ Die Polizei sprach von einem „durchweg "
        "friedlichen Verlauf“. Ein Sprecher sagte: „Es gab keine einzige Festnahme.“",
        [
            Q("Hier wird geboren", None, pat="P9", tags=("motto", "unattributed")),
            Q("durchweg", "Die Polizei", "sprach", "P5", ("org",)),
            Q("Es gab keine", "Ein Sprecher", "sagte", "P2"),
        ],
    ),
    P(
        "kontrollaktion-lippe",
        "Motorradfahrer mit 121 km/h in der Ortschaft",
        "Bei der Aktion „Sicher durch den Herbst“ hat die Polizei im Kreis Lippe am Mittwoch "
        "mehr als 1400 Fahrzeuge kontrolliert. Spitzenreiter war ein Motorradfahrer, der "
        "innerorts mit 121 Stundenkilometern gemessen wurde. „So etwas macht selbst erfahrene "
        "Kollegen sprachlos“, hieß es von der Kreispolizeibehörde.",
        [
            Q("Sicher durch", None, pat="P9", tags=("operation",)),
            Q(
                "So etwas macht",
                "der Kreispolizeibehörde",
                "hieß",
                "P1",
                ("org", "cue-hiess-es"),
            ),
        ],
    ),
    P(
        "kuh-bundesstrasse",
        "Entlaufene Kuh legt Berufsverkehr lahm",
        "Eine entlaufene Kuh hat am Dienstagmorgen den Berufsverkehr auf der B 51 bei Telgte "
        "lahmgelegt. Die Polizei Warendorf schrieb auf der Plattform X: „Kollegin Elsa ist "
        "wohlbehalten wieder bei ihrem Bauern. Sie hat auf der Wache nichts ausgesagt.“ Der "
        "Landwirt Heinrich Schulte-Wermeling sagte: „Die muss über den Zaun gesprungen sein, "
        "anders kann ich mir das nicht erklären.“",
        [
            Q(
                "Kollegin Elsa",
                "Die Polizei Warendorf",
                "schrieb",
                "P2",
                ("org", "cue-social"),
            ),
            Q(
                "Die muss über",
                "Der Landwirt Heinrich Schulte-Wermeling",
                "sagte",
                "P2",
                ("title-name", "multipart-name"),
            ),
        ],
    ),
    P(
        "geldautomat-wuelfrath",
        "Geldautomat gesprengt, Wohnungen beschädigt",
        "Unbekannte haben in der Nacht zu Donnerstag in Wülfrath einen Geldautomaten "
        "gesprengt. Die Druckwelle beschädigte auch mehrere Wohnungen über der Bankfiliale. "
        "Ein Anwohner, der 70-jährige Klaus-Dieter Brandes, sagte, er habe zunächst an ein "
        "Erdbeben gedacht. „Das ganze Haus hat gewackelt, die Gläser sind aus dem Schrank "
        "gefallen.“ Die Polizei hatte erst im Sommer gewarnt: „Die Banden werden immer "
        "skrupelloser.“",
        [
            Q(
                "Das ganze Haus",
                "Klaus-Dieter Brandes",
                pat="P7",
                tags=("after-indirect", "role-apposition"),
            ),
            Q(
                "Die Banden",
                "Die Polizei",
                "gewarnt",
                "P2",
                ("org", "plusquamperfekt"),
            ),
        ],
    ),
    P(
        "wildunfaelle-kreisstrasse",
        "Drei Wildunfälle in einer Woche",
        "Auf der Kreisstraße zwischen Moosbach und Erlenried hat es binnen einer Woche drei "
        "schwere Wildunfälle gegeben. Revierförster Konrad Falke sagte, die Wildschweine "
        "würden von den Maisfeldern direkt an die Straße gelockt. „Die Tiere kommen genau dort "
        "raus, wo die Autos am schnellsten fahren.“ Bei einer Ortsbegehung wollte eine "
        "Anwohnerin wissen: „Warum gibt es hier keinen Wildzaun?“ Die Antwort des "
        "Straßenbauamts: „Ein Zaun ist auf dieser Strecke nicht vorgesehen.“",
        [
            Q(
                "Die Tiere kommen",
                "Revierförster Konrad Falke",
                pat="P7",
                tags=("after-indirect", "title-name", "compound-role", "noun-surname"),
            ),
            Q("Warum gibt es", "eine Anwohnerin", "wollte", "P2", ("cue-wissen",)),
            Q(
                "Ein Zaun ist",
                "des Straßenbauamts",
                "Antwort",
                "P2",
                ("org", "cue-noun-colon"),
            ),
        ],
    ),
]


# --- interviews -----------------------------------------------------------------------

INTERVIEWS: list[Any] = [
    P(
        "interview-fruehauf",
        "Hundert Tage Bürgermeisterin: Gespräch mit Nadja Frühauf",
        "Seit hundert Tagen ist Nadja Frühauf Bürgermeisterin von Kleinsassen. Ein Gespräch "
        "über Windräder, Schulden und volle Sitzungssäle.\n\n"
        "Frau Frühauf, wie waren die ersten hundert Tage?\n\n"
        "Frühauf: „Anstrengend und großartig zugleich, weil die Leute tatsächlich zu den "
        "Sitzungen kommen.“\n\n"
        "Ihr Vorgänger hat gesagt, der Haushalt sei nicht zu retten.\n\n"
        "Frühauf: „Das sehe ich anders: Wir müssen sparen, aber nicht an den Schulen.“",
        [
            Q("Anstrengend", "{Frühauf}: „Anstrengend", pat="P2", tags=("interview",)),
            Q("Das sehe ich", "{Frühauf}: „Das", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "podcast-abseitsfalle",
        "Podcast: Was läuft falsch im Nachwuchsfußball?",
        "Im Podcast „Abseitsfalle“ sprachen Moderatorin Jule Brenneisen und der frühere "
        "Nationalspieler Kevin Adebayo über den Zustand des deutschen Fußballs.\n\n"
        "Brenneisen: „Kevin, was läuft falsch in der Nachwuchsarbeit?“\n\n"
        "Adebayo: „Wir bilden Spieler für Tabellen aus, nicht für den Platz. Die Kinder lernen "
        "Taktik, bevor sie dribbeln können.“\n\n"
        "Brenneisen: „Das klingt nach einem harten Urteil.“\n\n"
        "Adebayo: „Es ist ein ehrliches.“",
        [
            Q("Abseitsfalle", None, pat="P9", tags=("title",)),
            Q("Kevin, was", "{Brenneisen}: „Kevin", pat="P2", tags=("interview",)),
            Q("Wir bilden", "{Adebayo}: „Wir", pat="P2", tags=("interview",)),
            Q("Das klingt", "{Brenneisen}: „Das", pat="P2", tags=("interview",)),
            Q("Es ist ein ehrliches", "{Adebayo}: „Es", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "mikroplastik-ostsee",
        "Plastik in jeder Probe",
        "Eine Meeresbiologin aus Rostock untersucht seit Jahren Mikroplastik in der Ostsee. Im "
        "Interview mit dieser Zeitung spricht sie über ihre neuesten Funde. „In jeder "
        "einzelnen Probe, die wir genommen haben, war Plastik“, sagt Dr. Tran Thi Mai. Die "
        "Frage, ob Fisch aus der Ostsee noch bedenkenlos gegessen werden kann, beantwortet sie "
        "vorsichtig: „Für Erwachsene ja, aber wir wissen viel zu wenig über die "
        "Langzeitfolgen.“",
        [
            Q(
                "In jeder",
                "Dr. Tran Thi Mai",
                "sagt",
                "P1",
                ("interview", "title-name", "multipart-name"),
            ),
            Q(
                "Für Erwachsene",
                "beantwortet {sie}",
                "beantwortet",
                "P2+P8",
                ("interview", "pronoun"),
            ),
        ],
    ),
    P(
        "dachdecker-lehrling",
        "Dachdecker findet keinen Lehrling",
        "Der Dachdeckermeister Bernd Zimmermann aus Wetzlar findet seit drei Jahren keinen "
        "Lehrling mehr. Als wir ihn fragen, woran das liegt, lacht er. „Die jungen Leute "
        "wollen nicht mehr aufs Dach, die wollen ins Büro.“ Ob er selbst Fehler gemacht habe, "
        "wollen wir wissen. „Vielleicht habe ich zu lange gewartet, bis ich Praktika angeboten "
        "habe“, räumt der 56-Jährige ein.",
        [
            Q("Die jungen Leute", "lacht {er}", pat="P7+P8", tags=("interview", "pronoun")),
            Q(
                "Vielleicht habe ich",
                "der 56-Jährige",
                "räumt",
                "P1+P8",
                ("interview", "nominal", "age-anaphor"),
            ),
        ],
    ),
    P(
        "interview-lamprecht-osei",
        "Am Set mit Henriette Lamprecht-Osei",
        "Die Schauspielerin Henriette Lamprecht-Osei ermittelt ab Sonntag als „Kommissarin "
        "Kamp“ im Vorabendprogramm. Wir haben sie am Set in Stralsund getroffen.\n\n"
        "Frau Lamprecht-Osei, wie viel von Ihnen steckt in der Kommissarin?\n\n"
        "Lamprecht-Osei: „Mehr, als mir lieb ist, denn sie ist ungeduldig, und ich bin es "
        "auch.“\n\n"
        "Fehlt Ihnen nach all den Jahren am Theater die Bühne?\n\n"
        "Lamprecht-Osei: „Jeden einzelnen Abend.“",
        [
            Q("Kommissarin", None, pat="P9", tags=("title",)),
            Q(
                "Mehr, als mir",
                "{Lamprecht-Osei}: „Mehr",
                pat="P2",
                tags=("interview", "multipart-name"),
            ),
            Q(
                "Jeden einzelnen",
                "{Lamprecht-Osei}: „Jeden",
                pat="P2",
                tags=("interview", "multipart-name"),
            ),
        ],
    ),
    P(
        "milchbauern-duerre",
        "Die Dürre und der Hof der Hinterhubers",
        "Die Dürre trifft die Milchbauern im Allgäu hart. „Wir haben im Juli zum ersten Mal "
        "Heu zukaufen müssen“, sagt Marlies Hinterhuber auf ihrem Hof bei Kempten. Ihr Mann "
        "nickt. „Mein Vater hätte das nie für möglich gehalten“, sagt Georg Hinterhuber, der "
        "den Hof in vierter Generation führt. Sie fügt hinzu: „Aufgeben ist trotzdem keine "
        "Option.“",
        [
            Q(
                "Wir haben im Juli",
                "Marlies Hinterhuber",
                "{sagt} Marlies",
                "P1",
                ("interview",),
            ),
            Q(
                "Mein Vater",
                "Georg Hinterhuber",
                "{sagt} Georg",
                "P1",
                ("interview",),
            ),
            Q(
                "Aufgeben ist",
                "{Sie} fügt",
                "fügt",
                "P2+P8",
                ("interview", "pronoun", "gender-anaphor", "cue-addition"),
            ),
        ],
    ),
    P(
        "pressekonferenz-stadion",
        "Unangenehme Fragen zum geplatzten Stadionneubau",
        "Bei der Pressekonferenz zum geplatzten Stadionneubau in Hohenlinden mussten sich "
        "Oberbürgermeister Ralf Diekmann und Stadionplanerin Ines Wegener unangenehmen Fragen "
        "stellen. „Wer hat die Bodengutachten eigentlich gelesen?“, wollte ein Reporter des "
        "Lokalradios wissen. Diekmann antwortete ausweichend. „Wie viel Geld ist bisher "
        "verloren?“, wollte eine Journalistin wissen. Die Planerin sagte: „Rund 2,3 Millionen "
        "Euro, Stand heute.“",
        [
            Q(
                "Wer hat die",
                "ein Reporter des Lokalradios",
                "{wollte} ein Reporter",
                "P1",
                ("interview", "cue-wissen"),
            ),
            Q(
                "Wie viel Geld",
                "eine Journalistin",
                "{wollte} eine Journalistin",
                "P1",
                ("interview", "cue-wissen"),
            ),
            Q(
                "Rund 2,3",
                "Die Planerin",
                "sagte",
                "P2+P8",
                ("interview", "nominal", "role-anaphor", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "elternabend-ganztag",
        "Elternabend zur Ganztagsschule",
        "Die Grundschule am Lindenweg in Hüttenfeld soll ab Herbst Ganztagsschule werden. Beim "
        "Elternabend hat Vater Mehmet Arslan wissen wollen: „Wer kocht eigentlich das "
        "Mittagessen?“ Schulleiterin Katja Hübner hat geantwortet: „Ein Caterer, den wir "
        "gemeinsam mit den Eltern auswählen.“",
        [
            Q(
                "Wer kocht",
                "Vater Mehmet Arslan",
                "wollen",
                "P2",
                ("interview", "title-name", "cue-wissen", "perfekt"),
            ),
            Q(
                "Ein Caterer",
                "Schulleiterin Katja Hübner",
                "geantwortet",
                "P2",
                ("interview", "title-name", "compound-role", "perfekt"),
            ),
        ],
    ),
]


# --- media as speakers ----------------------------------------------------------------

MEDIA: list[Any] = [
    P(
        "ermittlungen-ob-kesselhagen",
        "Ermittlungen gegen Oberbürgermeister",
        "Gegen den Oberbürgermeister von Kesselhagen wird wegen Vorteilsannahme ermittelt. Das "
        "berichtet die »Westliche Allgemeine«. »Der OB hat sich die Dachterrasse seines "
        "Privathauses von einem Bauunternehmer finanzieren lassen«, schreibt das Blatt unter "
        "Berufung auf Ermittlungskreise. Der Oberbürgermeister ließ über seinen Anwalt "
        "erklären: »Die Vorwürfe sind haltlos.«",
        [
            Q("Westliche Allgemeine", None, pat="P9", tags=("name",)),
            Q("Der OB hat", "das Blatt", "schreibt", "P1+P8", ("media", "nominal")),
            Q(
                "Die Vorwürfe sind",
                "Der Oberbürgermeister",
                "ließ",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "investor-kraehenfeld",
        "Investor steigt bei Eintracht Krähenfeld ein",
        "Der Zweitligist Eintracht Krähenfeld steht offenbar vor dem Verkauf an einen "
        "amerikanischen Finanzinvestor. Laut „Sportecho“ ist der Deal „so gut wie perfekt“. "
        "Der Verein wollte sich am Montag nicht äußern. Das Fanbündnis „Krähen für immer“ "
        "kündigte Proteste an: „Unser Verein ist nicht zu verkaufen.“",
        [
            Q("Sportecho", None, pat="P9", tags=("name",)),
            Q("so gut wie", "Sportecho", "Laut", "P4+P5", ("media", "cue-laut")),
            Q("Krähen für immer", None, pat="P9", tags=("name",)),
            Q("Unser Verein", "Das Fanbündnis", "kündigte", "P2", ("org",)),
        ],
    ),
    P(
        "flughafen-subventionen",
        "Land will Regionalflughafen nicht weiter stützen",
        "„Die Landesregierung wird den Flughafen nicht weiter subventionieren.“ Das meldete der "
        "Sender Radio Hanse Mitte am Dienstagmorgen unter Berufung auf ein internes Papier. Ein "
        "Regierungssprecher wollte das nicht bestätigen. „Wir kommentieren keine Entwürfe“, "
        "sagte er.",
        [
            Q(
                "Die Landesregierung",
                "der Sender Radio Hanse Mitte",
                "meldete",
                "P1",
                ("media", "cue-next-sentence"),
            ),
            Q("Wir kommentieren", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "hafenbote-eingestellt",
        "Hafenbote erscheint nicht mehr",
        'Die Lokalzeitung "Hafenbote" hat ihr Erscheinen nach 131 Jahren eingestellt. "Wir '
        'haben bis zuletzt gekämpft, aber die Zahlen lassen keinen anderen Weg zu", schrieb '
        "Chefredakteurin Margarete Hollmann in der letzten Ausgabe. Ein Leser kommentierte auf "
        'der Website: "Ohne euch wüsste ich nicht mal, wer im Stadtrat sitzt."',
        [
            Q("Hafenbote", None, pat="P9", tags=("name",)),
            Q(
                "Wir haben bis zuletzt",
                "Chefredakteurin Margarete Hollmann",
                "schrieb",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Ohne euch", "Ein Leser", "kommentierte", "P2", ("cue-social",)),
        ],
    ),
    P(
        "hallenbad-wilstermoor",
        "Kommentar zur Bad-Schließung verärgert Bürgermeister",
        "Die Schließung des Hallenbads in Wilstermoor sorgt weiter für Streit. Der "
        "„Marschen-Kurier“ kommentierte am Samstag: „Eine Stadt, die ihr Hallenbad schließt, "
        "gibt ein Stück ihrer Kinder auf.“ Bürgermeister Jens-Uwe Kramer reagierte verärgert. "
        "„Die Zeitung muss das Bad ja nicht bezahlen“, sagte er.",
        [
            Q("Marschen-Kurier", None, pat="P9", tags=("name",)),
            Q("Eine Stadt, die", "Marschen-Kurier", "kommentierte", "P2", ("media",)),
            Q("Die Zeitung muss", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "keimausbruch-klinikum",
        "Vorwürfe nach Keimausbruch",
        "Das Klinikum Sankt Ansgar in Bremerhaven steht wegen eines Keimausbruchs in der "
        "Kritik. „Die Klinikleitung hat die Hygienemängel monatelang verschwiegen“, berichtete "
        "das Onlineportal Nordlicht24 am Freitag. Die Klinik wies das zurück. In einer "
        "Stellungnahme hieß es: „Wir haben die Behörden zu jedem Zeitpunkt informiert.“",
        [
            Q(
                "Die Klinikleitung",
                "das Onlineportal Nordlicht24",
                "berichtete",
                "P1",
                ("media",),
            ),
            Q(
                "Wir haben die Behörden",
                "Die Klinik",
                "hieß",
                "P2",
                ("org", "cue-hiess-es", "cue-mitteilung"),
            ),
        ],
    ),
]


# --- quotations nobody is said to have spoken -----------------------------------------

UNATTRIBUTED: list[Any] = [
    P(
        "gasthaus-loewen",
        "Bangen um das letzte Gasthaus",
        "In Oberkirchberg wird seit Wochen über die Zukunft des letzten Gasthauses gerätselt. "
        "Die Wirtsleute schweigen. Im Ort heißt es nur noch: „Wenn der Löwen zumacht, stirbt "
        "das Dorf.“ Ortsvorsteher Armin Löffler will einen Bürgerverein gründen, der das Haus "
        "übernimmt. „Wir brauchen 200 Leute, die je 500 Euro geben“, sagte er.",
        [
            Q("Wenn der Löwen", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Wir brauchen 200", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "rathaus-fassade",
        "Schriftzug an frisch gestrichener Rathausfassade",
        "An der frisch gestrichenen Fassade des Rathauses von Trebnitz-Ost stand am "
        "Montagmorgen in roter Farbe: „Ihr habt uns vergessen.“ Die Polizei ermittelt wegen "
        "Sachbeschädigung. Bürgermeister Lutz Kretschmann sagte: „Wer etwas zu sagen hat, kann "
        "in meine Sprechstunde kommen, die Tür steht offen.“",
        [
            Q("Ihr habt uns", None, pat="P9", tags=("unattributed",)),
            Q(
                "Wer etwas zu sagen",
                "Bürgermeister Lutz Kretschmann",
                "sagte",
                "P2",
                ("title-name",),
            ),
        ],
    ),
    P(
        "landtag-musikschulen",
        "Tumult bei Haushaltsdebatte",
        "Die Debatte über den Landeshaushalt verlief am Donnerstag turbulent. Als "
        "Finanzministerin Doreen Stahlberg die geplanten Kürzungen bei den Musikschulen "
        "erläuterte, ertönte ein Zwischenruf: „Schämen Sie sich!“ Die Ministerin ließ sich "
        "nicht beirren. „Ich schäme mich nicht dafür, dass wir ehrlich rechnen“, sagte sie.",
        [
            Q("Schämen Sie", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Ich schäme mich", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "stellwerk-hannover",
        "Stellwerksausfall legt Hauptbahnhof lahm",
        "Am Hauptbahnhof Hannover ging am Sonntagabend nichts mehr. Ein Stellwerksausfall "
        "legte den Verkehr für vier Stunden lahm. Über die Lautsprecher hieß es immer wieder: "
        "„Bitte achten Sie auf weitere Durchsagen.“ Eine Reisende aus Göttingen sagte: "
        "„Weitere Durchsagen kamen aber nie, nur diese eine, hundertmal.“",
        [
            Q("Bitte achten", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Weitere Durchsagen", "Eine Reisende aus Göttingen", "sagte", "P2"),
        ],
    ),
    P(
        "kiessee-schild",
        "Zwei Tote am Kiessee",
        "Am Kiessee bei Gronau-Süd sind in diesem Sommer bereits zwei Menschen ertrunken. Am "
        "Ufer steht ein großes Schild: „Baden auf eigene Gefahr – Lebensgefahr durch "
        "Abbruchkanten!“ Genützt hat es wenig. Der Einsatzleiter der Wasserwacht, Florian "
        "Eckstein, sagte: „Die Leute lesen das, lachen und springen trotzdem rein.“",
        [
            Q("Baden auf eigene", None, pat="P9", tags=("unattributed",)),
            Q("Die Leute lesen", "Florian Eckstein", "sagte", "P2", ("role-apposition",)),
        ],
    ),
    P(
        "elbbruecke-doebritz",
        "Pendler warten auf neue Brücke",
        "Seit der Sperrung der Elbbrücke in Döbritz müssen Pendler einen Umweg von 38 "
        "Kilometern fahren. Auf den Versammlungen stellt sich immer dieselbe Frage: „Wann "
        "wird endlich gebaut?“ Eine Antwort gibt es bisher nicht. Der zuständige Landesbetrieb "
        "erklärte auf Anfrage lediglich: „Die Planungen laufen.“",
        [
            Q("Wann wird", None, pat="P9", tags=("unattributed",)),
            Q(
                "Die Planungen",
                "Der zuständige Landesbetrieb",
                "erklärte",
                "P2",
                ("org",),
            ),
        ],
    ),
    P(
        "ausbildung-ostfriesland",
        "Handwerk findet keinen Nachwuchs",
        "„Handwerk hat goldenen Boden“ – dieser Satz gilt in Ostfriesland offenbar nicht mehr. "
        "Die Handwerkskammer meldet für das neue Ausbildungsjahr 30 Prozent weniger "
        "Lehrverträge. „Wir haben Betriebe, die seit fünf Jahren keinen einzigen Bewerber "
        "hatten“, sagte Kammerpräsident Wilfried Eilers.",
        [
            Q("Handwerk hat", None, pat="P9", tags=("term",)),
            Q(
                "Wir haben Betriebe",
                "Kammerpräsident Wilfried Eilers",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
        ],
    ),
]


# --- line-wrapped articles ------------------------------------------------------------

WRAPPED: list[Any] = [
    wrapped(
        P(
            "fernwaerme-lindenau",
            "Fernwärme wird deutlich teurer",
            lines(
                "Die Stadtwerke Lindenau erhöhen den Preis für Fernwärme zum 1. Januar",
                "um 19 Prozent. Betroffen sind rund 14.000 Haushalte. „Wir geben nur die",
                "gestiegenen Kosten für Gas und Netz weiter“, sagte Vertriebsleiterin Anja",
                "Ruppert am Mittwoch. Der Mieterverein hält die Erhöhung für überzogen.",
                "„Die Stadtwerke haben im vergangenen Jahr einen Rekordgewinn gemacht“,",
                "sagte dessen Vorsitzender Gerd Holtkamp.",
            ),
            [
                Q(
                    "Wir geben nur",
                    "Vertriebsleiterin Anja\nRuppert",
                    "{sagte} Vertriebsleiterin",
                    "P1",
                    ("title-name", "compound-role", "linebreak-name"),
                ),
                Q(
                    "Die Stadtwerke haben",
                    "dessen Vorsitzender Gerd Holtkamp",
                    "{sagte} dessen",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "geburtshilfe-ostheide",
            "Kreistag beschließt Ende der Geburtshilfe",
            lines(
                "Der Kreistag des Landkreises Ostheide hat am Montag mit knapper Mehrheit",
                "die Schließung der Geburtshilfe am Kreiskrankenhaus in Heeslingen-Süd",
                "beschlossen. Landrat Friedhelm Baumann sprach von einer „bitteren, aber",
                "unausweichlichen Entscheidung“. Die Kreistagsabgeordnete Dr. Svenja",
                "Mahlstedt-Korkmaz hielt dagegen: „Sie schicken Schwangere künftig 50",
                "Kilometer über die Landstraße, und das nennen Sie Versorgung?“",
            ),
            [
                Q(
                    "bitteren, aber",
                    "Landrat Friedhelm Baumann",
                    "sprach",
                    "P5",
                    ("title-name",),
                ),
                Q(
                    "Sie schicken",
                    "Die Kreistagsabgeordnete Dr. Svenja\nMahlstedt-Korkmaz",
                    "hielt",
                    "P2",
                    ("title-name", "compound-role", "multipart-name", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "abstieg-wellingen",
            "Wellingen steht vor dem Abstieg",
            lines(
                "Nach dem 0:3 gegen den VfR Tannbach ist der Abstieg des SC Wellingen",
                "praktisch besiegelt. „Wir haben heute keine einzige Minute so gespielt,",
                "wie man spielen muss, wenn es um alles geht“, sagte Trainer Sascha",
                "Wagner. Kapitän Jannik Schreiber fand noch deutlichere Worte: „Das war",
                "peinlich, für jeden Einzelnen von uns.“",
            ),
            [
                Q(
                    "Wir haben heute keine",
                    "Trainer Sascha\nWagner",
                    "sagte",
                    "P1",
                    ("title-name", "noun-surname", "linebreak-name"),
                ),
                Q(
                    "Das war",
                    "Kapitän Jannik Schreiber",
                    "fand",
                    "P2",
                    ("title-name", "noun-surname"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "pflegedienst-wuerzburg",
            "Pflegedienst soll Tote abgerechnet haben",
            lines(
                "Vor dem Landgericht Würzburg hat der Prozess gegen die Inhaberin eines",
                "Pflegedienstes begonnen. Sie soll Leistungen für Patienten abgerechnet",
                "haben, die längst verstorben waren. Staatsanwalt Philipp von",
                "Rabenhorst sagte zum Auftakt: „Das System war auf Betrug angelegt,",
                "nicht auf Pflege.“ Die 49-Jährige bestreitet die Vorwürfe. Ihr Anwalt",
                "kündigte an: „Meine Mandantin wird sich ausführlich äußern.“",
            ),
            [
                Q(
                    "Das System",
                    "Staatsanwalt Philipp von\nRabenhorst",
                    "sagte",
                    "P2",
                    ("title-name", "particle-name", "linebreak-name"),
                ),
                Q("Meine Mandantin", "Ihr Anwalt", "kündigte", "P2"),
            ],
        )
    ),
    wrapped(
        P(
            "streik-mainlinie",
            "Streik bei der Mainlinie",
            lines(
                "Pendler im Rhein-Main-Gebiet müssen sich am Donnerstag auf massive",
                "Einschränkungen einstellen. Die Lokführergewerkschaft hat ihre Mitglieder",
                "bei der Regionalbahngesellschaft Mainlinie zu einem 20-stündigen Streik",
                "aufgerufen. „Wir bedauern die Folgen für die Fahrgäste, aber die",
                "Geschäftsführung lässt uns keine Wahl“, sagte Bezirksvorsitzender Ömer",
                "Çelik. Mainlinie-Chefin Birgitta Lohmann nannte den Streik",
                "„völlig überzogen“.",
            ),
            [
                Q(
                    "Wir bedauern",
                    "Bezirksvorsitzender Ömer\nÇelik",
                    "sagte",
                    "P1",
                    ("title-name", "linebreak-name"),
                ),
                Q(
                    "völlig",
                    "Mainlinie-Chefin Birgitta Lohmann",
                    "nannte",
                    "P5",
                    ("title-name", "compound-role"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "kinderbuchpreis-sonnleitner",
            "Preis für Kinderbuchautorin Sonnleitner",
            lines(
                "Die Kinderbuchautorin Frieda Sonnleitner ist mit dem Preis der",
                "Leseförderung Mitteldeutschland ausgezeichnet worden. Ihr Buch",
                "„Der Igel, der nicht schlafen wollte“ wurde in 14 Sprachen übersetzt.",
                "„Kinder merken sofort, wenn man sie nicht ernst nimmt“, sagte die",
                "78-Jährige bei der Verleihung in Leipzig. Laudator Henrik",
                "Stollberg nannte sie „die leiseste Revolutionärin der Kinderliteratur“.",
            ),
            [
                Q("Der Igel", None, pat="P9", tags=("title",)),
                Q(
                    "Kinder merken",
                    "die\n78-Jährige",
                    "sagte",
                    "P1+P8",
                    ("nominal", "age-anaphor", "linebreak-name"),
                ),
                Q(
                    "die leiseste",
                    "Laudator Henrik\nStollberg",
                    "nannte",
                    "P5",
                    ("title-name", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "verfolgungsjagd-rostock",
            "17-Jähriger flieht mit gestohlenem Auto",
            lines(
                "Ein 17-Jähriger ist in der Nacht zu Samstag in Rostock mit einem",
                "gestohlenen Auto vor der Polizei geflüchtet und hat dabei drei geparkte",
                "Wagen gerammt. „Der Jugendliche hatte weder einen Führerschein noch",
                "eine Erklärung“, sagte Polizeisprecherin Yvonne",
                "Kaminski am Sonntag. Die Mutter holte ihn auf der Wache ab. „Sie war",
                "nicht begeistert“, fügte Kaminski hinzu.",
            ),
            [
                Q(
                    "Der Jugendliche",
                    "Polizeisprecherin Yvonne\nKaminski",
                    "sagte",
                    "P1",
                    ("title-name", "compound-role", "linebreak-name"),
                ),
                Q(
                    "Sie war",
                    "fügte {Kaminski}",
                    "fügte",
                    "P1",
                    ("cue-addition",),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "hegemann-stellen",
            "Maschinenbauer stellt trotz Flaute ein",
            lines(
                "Der Maschinenbauer Hegemann & Töchter aus Bielefeld will trotz der",
                "schwachen Konjunktur 60 neue Stellen schaffen. „Wer jetzt nicht in",
                "Leute investiert, hat sie nicht, wenn es wieder anzieht“, sagte",
                "Geschäftsführerin Corinna Hegemann. Ihr Vater Ernst Hegemann, der das",
                "Unternehmen 30 Jahre lang geführt hatte, sitzt heute im Beirat. „Sie ist",
                "mutiger als ich“, sagte er.",
            ),
            [
                Q(
                    "Wer jetzt",
                    "Geschäftsführerin Corinna Hegemann",
                    "{sagte}\nGeschäftsführerin",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
                Q(
                    "Sie ist",
                    "sagte {er}",
                    "{sagte} er",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "mondgestein-wasser",
            "Wasser im Mondgestein",
            lines(
                "Ein Forscherteam aus Tübingen hat in Mondgestein, das 1972 zur Erde",
                "gebracht worden war, Spuren von Wasser nachgewiesen.",
                "„Das Wasser stammt nicht von der Erde, das können wir ausschließen“,",
                "sagte die Geochemikerin Dr. Ana Paula Ferreira dos Santos. Die",
                "Ergebnisse wurden in der Fachzeitschrift „Lunar Geoscience Letters“",
                "veröffentlicht.",
            ),
            [
                Q(
                    "Das Wasser stammt",
                    "die Geochemikerin Dr. Ana Paula Ferreira dos Santos",
                    "sagte",
                    "P1",
                    ("title-name", "multipart-name", "particle-name", "linebreak-cue"),
                ),
                Q("Lunar Geoscience", None, pat="P9", tags=("title",)),
            ],
        )
    ),
    wrapped(
        P(
            "kletterkirche-wiesmoor",
            "Kirche soll Kletterhalle werden",
            lines(
                "Die evangelische Kirchengemeinde Sankt Petri in Wiesmoor will ihre",
                "Kirche an eine Kletterhalle vermieten. Pastorin Elke van Dyken",
                "verteidigte den Plan: „Lieber klettern hier junge Leute, als dass das",
                "Gebäude leer steht.“ Nicht alle sind begeistert. „Das ist ein Gotteshaus",
                "und kein Turngerät“, sagte Kirchenvorsteher Hinrich Janssen. Die",
                "Entscheidung fällt im Frühjahr.",
            ),
            [
                Q(
                    "Lieber klettern",
                    "Pastorin Elke van Dyken",
                    "verteidigte",
                    "P2",
                    ("title-name", "particle-name"),
                ),
                Q(
                    "Das ist ein Gotteshaus",
                    "Kirchenvorsteher Hinrich Janssen",
                    "sagte",
                    "P1",
                    ("title-name", "compound-role"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "schwimmen-oldenburg",
            "Oldenburg verteidigt Titel trotz Fieber",
            lines(
                "Die Schwimmerin Marit Oldenburg hat bei den deutschen Meisterschaften in",
                "Berlin den Titel über 200 Meter Lagen verteidigt. Nach dem Rennen",
                "wirkte die 24-Jährige erschöpft. „Ich hatte die ganze Woche Fieber und",
                "wusste nicht, ob ich überhaupt starte“, sagte sie. Bundestrainer Olaf",
                "Tiedemann lobte: „Mit diesem Willen kann sie bei der WM eine Medaille",
                "holen.“",
            ),
            [
                Q(
                    "Ich hatte die ganze",
                    "sagte {sie}",
                    "sagte",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
                Q(
                    "Mit diesem Willen",
                    "Bundestrainer Olaf\nTiedemann",
                    "lobte",
                    "P2",
                    ("title-name", "compound-role", "linebreak-name"),
                ),
            ],
        )
    ),
]


# --- more names, tenses and anaphora --------------------------------------------------

MORE: list[Any] = [
    P(
        "solarpark-eschach",
        "Gemeinderat genehmigt Solarpark auf Ackerland",
        "Der Gemeinderat von Eschach hat den Bau eines Solarparks auf 30 Hektar Ackerland "
        "genehmigt. „Wir haben lange gerungen“, hat Bürgermeisterin Tanja Wiedemann nach der "
        "Abstimmung gesagt, „aber am Ende überwiegt der Nutzen für die Gemeindekasse.“ Die "
        "Landwirte im Ort sehen das anders. Ihr Sprecher Volker Imhoff hat von einem "
        "„Ausverkauf des Bodens“ gesprochen.",
        [
            Q(
                "Wir haben lange",
                "Bürgermeisterin Tanja Wiedemann",
                "gesagt",
                "P3",
                ("title-name", "perfekt"),
                part=(0, 2),
            ),
            Q(
                "aber am Ende",
                "Bürgermeisterin Tanja Wiedemann",
                "gesagt",
                "P3",
                ("title-name", "perfekt"),
                part=(1, 2),
            ),
            Q(
                "Ausverkauf",
                "Ihr Sprecher Volker Imhoff",
                "gesprochen",
                "P5",
                ("title-name", "perfekt"),
            ),
        ],
    ),
    P(
        "polizeireform-lindqvist",
        "Streit um die Polizeireform",
        "Im Streit um die Polizeireform hat Innenminister Gregor Lindqvist der "
        "Gewerkschaftschefin Ramona Theis „Panikmache“ vorgeworfen. Theis sagte daraufhin, der "
        "Minister kenne die Lage in den Revieren nicht. „Er war seit seinem Amtsantritt in "
        "keiner einzigen Nachtschicht.“ Der Minister konterte am Abend: „Ich brauche keine "
        "Nachtschicht, um Zahlen lesen zu können.“ „Und die Zahlen sprechen für die Reform.“",
        [
            Q(
                "Panikmache",
                "Innenminister Gregor Lindqvist",
                "vorgeworfen",
                "P5",
                ("title-name", "cue-vorwerfen", "perfekt"),
            ),
            Q("Er war seit", "{Theis} sagte", pat="P7", tags=("after-indirect",)),
            Q(
                "Ich brauche keine",
                "Der Minister",
                "konterte",
                "P2+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
            Q(
                "Und die Zahlen",
                "Der Minister",
                pat="P6+P8",
                tags=("nominal", "role-anaphor", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "wasserschloss-eltzbach",
        "Streit um die Sanierung des Wasserschlosses",
        "Das Wasserschloss Eltzbach im Westerwald soll für 12 Millionen Euro saniert werden. "
        "„Meine Familie hat dieses Haus durch zwei Kriege gebracht, da geben wir es jetzt "
        "nicht auf“, sagte Eigentümer Leopold zu Eltzbach am Samstag. Der Kreis hatte ihm "
        "zuvor „Verschleppung“ vorgeworfen. Zu Eltzbach wies das zurück: „Jeder Antrag, den "
        "wir gestellt haben, lag monatelang beim Amt.“",
        [
            Q(
                "Meine Familie",
                "Eigentümer Leopold zu Eltzbach",
                "sagte",
                "P1",
                ("title-name", "particle-name"),
            ),
            Q(
                "Verschleppung",
                "Der Kreis",
                "vorgeworfen",
                "P5",
                ("org", "cue-vorwerfen", "plusquamperfekt"),
            ),
            Q("Jeder Antrag", "Zu Eltzbach", "wies", "P2", ("particle-name",)),
        ],
    ),
    P(
        "fahrpreise-hellweg",
        "Fahrpreise steigen zum zweiten Mal",
        "Der Verkehrsverbund Hellweg-Lippe hat die Fahrpreise zum zweiten Mal in diesem Jahr "
        "erhöht. „Sie haben den Fahrgästen im Frühjahr versprochen, dass es dabei bleibt“, "
        "warf Fraktionschefin Meike Sandmann dem Verbandsvorsteher in der Sitzung vor. "
        "Verbandsvorsteher Günther Ostendorf hat erwidert: „Im Frühjahr kannten wir die "
        "Tarifabschlüsse noch nicht.“",
        [
            Q(
                "Sie haben den Fahrgästen",
                "Fraktionschefin Meike Sandmann",
                "warf",
                "P1",
                ("title-name", "compound-role", "cue-vorwerfen"),
            ),
            Q(
                "Im Frühjahr",
                "Verbandsvorsteher Günther Ostendorf",
                "erwidert",
                "P2",
                ("title-name", "compound-role", "perfekt"),
            ),
        ],
    ),
]


PASSAGES: list[Any] = AGENCY + LOCAL + SPORTS + BUSINESS + SCIENCE + CULTURE + COURT + POLICE
PASSAGES += INTERVIEWS + MEDIA + UNATTRIBUTED + WRAPPED + MORE


def build_records() -> list[dict[str, Any]]:
    """All blind2 passages as JSON-ready records (raises ``AuthoringError``)."""
    records: list[dict[str, Any]] = _hw.build_records(PASSAGES, SPLIT)
    return records


def render_jsonl() -> str:
    """The exact content of ``blind2.jsonl``."""
    content: str = _hw.render_jsonl(PASSAGES, SPLIT)
    return content


def counts(records: list[dict[str, Any]]) -> dict[str, Any]:
    """``build_blind.counts`` plus the pairs tagged ``unattributed``."""
    c: dict[str, Any] = _blind.counts(records)
    c["unattributed"] = c["tags"].get("unattributed", 0)
    return c


def main() -> int:
    OUT_PATH.write_text(render_jsonl(), encoding="utf-8")
    return report(OUT_PATH, counts(build_records()))


def report(out_path: Path, c: dict[str, Any]) -> int:
    """Print what a blind builder wrote (``counts``), for its ``main``."""
    print(
        f"wrote {out_path}: {c['passages']} passages, {c['records']} quote records "
        f"({c['speech_records']} speech, {c['non_speech']} non-speech), "
        f"{c['speech_quotations']} speech quotations, "
        f"{c['unattributed']} unattributed"
    )
    for section in ("patterns", "marks", "tags"):
        print(f"{section}:")
        for key, n in c[section].items():
            print(f"  {key}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
