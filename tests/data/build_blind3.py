"""Build ``tests/data/blind3.jsonl``: a third blind gold set of German direct quotations.

The passages below were written for this project on 2026-11-30 (all people, firms,
clubs, media, titles and quotations are invented; real cities, countries and regions
appear only as background), *blind*: without running quoteattr's extractor or
attribution on them, without reading its attribution rules or their tests, and without
reading the passages of the earlier gold sets (only the notation of their builders and
the guidelines in ``tests/data/README.md`` were studied). They are written the way a
German journalist would write them: agency news, local news, sports, business, science
and health, culture, court and police reports, interviews, press releases, media
quoting media, and articles line-wrapped at about 72 columns. The set was scored once,
blind, on 2026-11-30 (see ``tests/data/README.md``); it is no longer blind.

The authoring notation is that of ``build_blind2.py`` (``P``, ``Q`` and the builder
functions come from ``build_handwritten.py``; ``wrapped``, ``lines``, ``NB`` and
``counts`` from ``build_blind.py``), with the tags of both earlier blind sets (see
``tests/data/README.md``) and three more, for cues the earlier sets did not tag:

- ``cue-zitiert``: the speaker is quoted by someone else, *wird X in der Mitteilung
  zitiert*, *Die Zeitung zitiert X mit den Worten: „…“*; the speaker is X, the cue the
  verb ``zitiert`` / ``zitierte``.
- ``cue-reply``: *entgegnete X*, *konterte X*, a reply to what was said before.
- ``cue-concede``: *räumte X ein*, *hat X eingeräumt*, *schränkte X ein*.

Run ``python tests/data/build_blind3.py`` after editing it; it prints the counts.
``tests/test_blind_data.py`` checks that ``blind3.jsonl`` is up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

HERE = Path(__file__).resolve().parent
OUT_PATH = HERE / "blind3.jsonl"
SPLIT = "blind3"


_hw = builder("handwritten")
_blind = builder("blind")
_blind2 = builder("blind2")
P = _hw.P
Q = _hw.Q
AuthoringError = _hw.AuthoringError
lines = _blind.lines
wrapped = _blind.wrapped
NB = _blind.NB  # no-break space


# --------------------------------------------------------------------------------------
# Pattern numbers as in build_handwritten.py / README.md:
#  P1 cue after the quote          P2 cue before with colon / interview "X: „…“"
#  P3 split quote „A“, sagte X, „B“ P4 so / laut / zufolge / nach Angaben
#  P5 partial quote in a clause    P6 continuation without cue
#  P7 speaker introduced just before, no cue
#  P8 pronoun / nominal anaphora as the mention
#  P9 non-speech pair (title, name, scare quote, unattributed words): speaker null
# --------------------------------------------------------------------------------------

# --- agency news ----------------------------------------------------------------------

AGENCY: list[Any] = [
    P(
        "sommerdeich-leer",
        "Sommerdeich bei Leer gebrochen",
        "Nach tagelangem Regen ist bei Leer ein Sommerdeich gebrochen. Rund 300 Menschen "
        "mussten ihre Häuser verlassen. „Wir rechnen damit, dass das Wasser noch zwei Tage "
        "steigt“, sagte Landrat Hinnerk Tammen am Dienstagmorgen. Der Deichverband räumte "
        "Versäumnisse ein. „Wir hätten die Schwachstelle früher verstärken müssen“, räumte "
        "Verbandsvorsteherin Frauke ten Brügge ein.",
        [
            Q("Wir rechnen damit", "Landrat Hinnerk Tammen", "sagte", "P1", ("title-name",)),
            Q(
                "Wir hätten die",
                "Verbandsvorsteherin Frauke ten Brügge",
                "{räumte} Verbandsvorsteherin",
                "P1",
                ("title-name", "compound-role", "particle-name", "cue-concede"),
            ),
        ],
    ),
    P(
        "warnstreik-nahverkehr",
        "Warnstreiks legen Nahverkehr in 14 Städten lahm",
        "Im Tarifstreit im kommunalen Nahverkehr hat die Gewerkschaft Verkehr und Dienste "
        "(GVD) für Donnerstag zu ganztägigen Warnstreiks aufgerufen. Betroffen sind Busse "
        "und Straßenbahnen in 14 Städten. GVD-Verhandlungsführerin Sabine Kaiser warf den "
        "Arbeitgebern „Verzögerungstaktik“ vor. Die Kommunen wiesen das zurück. „Wir haben "
        "ein Angebot vorgelegt, das deutlich über der Inflation liegt“, betonte der "
        "Verhandlungsführer der Arbeitgeber, Jörg Hallqvist. Das Angebot sei „vergiftet“, "
        "entgegnete Kaiser, weil es eine Laufzeit von drei Jahren vorsehe.",
        [
            Q(
                "Verzögerungstaktik",
                "GVD-Verhandlungsführerin Sabine Kaiser",
                "warf",
                "P5",
                ("title-name", "compound-role", "noun-surname", "cue-vorwerfen"),
            ),
            Q("Wir haben ein Angebot", "Jörg Hallqvist", "betonte", "P1", ("role-apposition",)),
            Q(
                "vergiftet",
                "entgegnete {Kaiser}",
                "entgegnete",
                "P5",
                ("noun-surname", "cue-reply"),
                nested=True,
            ),
        ],
    ),
    P(
        "aerolux-winterflugplan",
        "Aerolux streicht jeden fünften Flug ab Frankfurt",
        "Die Fluggesellschaft Aerolux streicht im Winter fast jeden fünften Flug ab "
        "Frankfurt. Das Sparprogramm trägt intern den Namen „Kurs 2027“. „Die Nachfrage "
        "auf Kurzstrecken hat sich nicht erholt“, erklärte das Unternehmen in einer "
        "Mitteilung vom Freitag. Der Betriebsrat sprach von einem „Kahlschlag auf Raten“. "
        "Aus Branchenkreisen hieß es, weitere Kürzungen seien wahrscheinlich.",
        [
            Q("Kurs 2027", None, pat="P9", tags=("name",)),
            Q(
                "Die Nachfrage",
                "das Unternehmen",
                "erklärte",
                "P1",
                ("org", "cue-mitteilung"),
            ),
            Q("Kahlschlag", "Der Betriebsrat", "sprach", "P5", ("org",)),
        ],
    ),
    P(
        "wolf-rinder-stade",
        "Wolf reißt zwölf Rinder",
        "Im Landkreis Stade hat ein Wolf nach Angaben des Landesamts für Umwelt zwölf "
        "Rinder gerissen. Ein Gentest habe das bestätigt. „Ein solcher Riss bei "
        "ausgewachsenen Rindern ist selten, aber nicht ausgeschlossen“, teilte das Landesamt "
        "mit. Der betroffene Landwirt Heiko Vogel fordert den Abschuss des Tieres. „Ich habe "
        "nachts keine ruhige Minute mehr“, sagte der 58-Jährige.",
        [
            Q("Ein solcher Riss", "das Landesamt", "teilte", "P1+P8", ("org", "nominal")),
            Q("Ich habe", "der 58-Jährige", "sagte", "P1+P8", ("age-anaphor",)),
        ],
    ),
    P(
        "vollsperrung-hamburg-berlin",
        "Strecke Hamburg–Berlin fünf Monate gesperrt",
        "Die Bahnstrecke zwischen Hamburg und Berlin wird im kommenden Sommer für fünf "
        "Monate voll gesperrt. Das teilte die Infrastrukturgesellschaft Netzbau Nord am "
        "Mittwoch mit. „Wir bauen lieber einmal richtig als zehnmal halb“, sagte "
        "Netzbau-Chefin Ricarda Oppermann-Sellin. Fahrgastverbände reagierten verärgert. "
        "„Fünf Monate sind für Pendler eine Zumutung“, kritisierte Pro-Schiene-Sprecher Malte "
        "Hoyer. Er wollte wissen: „Wo sollen die Ersatzbusse eigentlich herkommen?“",
        [
            Q(
                "Wir bauen lieber",
                "Netzbau-Chefin Ricarda Oppermann-Sellin",
                "sagte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q(
                "Fünf Monate",
                "Pro-Schiene-Sprecher Malte Hoyer",
                "kritisierte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Wo sollen", "Er", "wollte", "P2+P8", ("pronoun", "cue-wissen")),
        ],
    ),
    P(
        "rsv-impfstoff",
        "Neuer Impfstoff für Säuglinge empfohlen",
        "Die europäische Arzneimittelbehörde hat einen neuen Impfstoff gegen das RS-Virus "
        "für Säuglinge empfohlen. Entwickelt wurde er von dem Mainzer Unternehmen Vireon. "
        "Das Mittel senkt nach Angaben der Firma das Risiko eines Klinikaufenthalts um rund "
        "70 Prozent. „Das ist für die Kinderstationen im Winter eine echte Entlastung“, sagte "
        "Studienleiterin Prof. Dr. Hanna Schmied. Der Kinderarzt Dr." + NB + "Cem Aydın mahnt "
        "zur Geduld: „Bis der Impfstoff in den Praxen ankommt, wird es Herbst.“",
        [
            Q(
                "Das ist für die",
                "Studienleiterin Prof. Dr. Hanna Schmied",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q(
                "Bis der Impfstoff",
                "Der Kinderarzt Dr." + NB + "Cem Aydın",
                "mahnt",
                "P2",
                ("title-name", "nbsp-name"),
            ),
        ],
    ),
    P(
        "stauende-a7",
        "Drei Schwerverletzte bei Unfall am Stauende",
        "Bei einem Unfall auf der A7 bei Hildesheim sind am Sonntag drei Menschen schwer "
        "verletzt worden. Ein Kleinbus war nach Angaben der Polizei auf ein Stauende "
        "aufgefahren. „Der Fahrer hat offenbar viel zu spät gebremst“, sagte ein "
        "Polizeisprecher. Die Autobahn blieb bis zum Abend gesperrt. Der Verkehrsexperte des "
        "Automobilclubs Nord, Bernd Fuchs, forderte mehr Warnanlagen an Baustellen. "
        "„Stauenden sind die gefährlichsten Stellen auf der Autobahn.“",
        [
            Q("Der Fahrer hat", "ein Polizeisprecher", "sagte", "P1"),
            Q("Stauenden sind", "Bernd Fuchs", pat="P7", tags=("role-apposition", "noun-surname")),
        ],
    ),
    P(
        "gasspeicher-heizperiode",
        "Gasspeicher zu 94 Prozent gefüllt",
        "Die deutschen Gasspeicher sind vor Beginn der Heizperiode zu 94 Prozent gefüllt. "
        "„Eine Mangellage in diesem Winter halten wir für sehr unwahrscheinlich“, hieß es aus "
        "dem Wirtschaftsministerium. Verbraucherschützer warnen dennoch vor hohen "
        "Abschlagszahlungen. Der Energiereferent der Verbraucherzentrale, Tobias Neubauer, "
        "rät: „Prüfen Sie Ihren Vertrag, bevor der Versorger die Preise anhebt.“",
        [
            Q(
                "Eine Mangellage",
                "dem Wirtschaftsministerium",
                "hieß",
                "P1",
                ("org", "cue-hiess-es"),
            ),
            Q(
                "Prüfen Sie",
                "Tobias Neubauer",
                "rät",
                "P2",
                ("role-apposition", "noun-surname"),
            ),
        ],
    ),
    P(
        "reykjanes-beben",
        "Neue Erdbeben auf Reykjanes",
        "Auf der isländischen Halbinsel Reykjanes hat die Erde erneut gebebt. Das stärkste "
        "Beben erreichte eine Stärke von 4,8. Die Geologin Sigrún Ólafsdóttir vom "
        "Meteorologischen Amt sagte dem Rundfunk, ein Ausbruch in den nächsten Tagen sei "
        "möglich. „Wir sehen, dass sich unter der Oberfläche Magma sammelt.“ Der Ort "
        "Grindavík wurde vorsorglich geräumt.",
        [
            Q(
                "Wir sehen, dass",
                "Die Geologin Sigrún Ólafsdóttir",
                pat="P7",
                tags=("title-name", "after-indirect"),
            ),
        ],
    ),
    P(
        "stichwahl-bad-wessel",
        "Parteilose gewinnt Stichwahl in Bad Wessel",
        "In Bad Wessel hat die parteilose Kandidatin Henrike Baumgart die Stichwahl um das "
        "Bürgermeisteramt gewonnen. Sie setzte sich mit 54,3 Prozent gegen Amtsinhaber "
        "Klaus-Dieter Wenzel durch. „Das ist ein Auftrag, den ich sehr ernst nehme“, sagte "
        "sie am Wahlabend. Wenzel gratulierte und räumte Fehler im Wahlkampf ein. „Ich habe "
        "die Stimmung in den Ortsteilen unterschätzt“, sagte er.",
        [
            Q(
                "Das ist ein Auftrag",
                "sagte {sie}",
                "{sagte} sie",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
            Q("Ich habe", "sagte {er}", "{sagte} er", "P1+P8", ("pronoun", "gender-anaphor")),
        ],
    ),
]

# --- local news -----------------------------------------------------------------------

LOCAL: list[Any] = [
    P(
        "freibad-oberkirchen",
        "Freibad bleibt ein weiteres Jahr zu",
        "Das Freibad am Mühlenteich in Oberkirchen bleibt auch im kommenden Jahr geschlossen. "
        "Die Sanierung der Becken verzögert sich, weil eine Fachfirma abgesprungen ist. „Wir "
        "haben dreimal ausgeschrieben und nur ein einziges Angebot bekommen, das doppelt so "
        "teuer war wie geplant“, sagte Bürgermeisterin Dr. Anette Rosskamp im Bauausschuss. "
        "Die Schwimmvereine sind enttäuscht. „Unsere Kinder lernen im Moment nicht schwimmen, "
        "das ist die bittere Wahrheit“, sagte Doris Petersen vom Schwimmverein Oberkirchen. "
        "Die Bürgermeisterin versprach: „Im Frühjahr 2027 springt hier wieder jemand vom "
        "Dreier.“",
        [
            Q(
                "Wir haben dreimal",
                "Bürgermeisterin Dr. Anette Rosskamp",
                "{sagte} Bürgermeisterin",
                "P1",
                ("title-name",),
            ),
            Q("Unsere Kinder", "Doris Petersen", "{sagte} Doris", "P1", ("noun-surname",)),
            Q(
                "Im Frühjahr 2027",
                "Die Bürgermeisterin",
                "versprach",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "ampel-lindenallee",
        "Eltern fordern Ampel am Schulweg",
        "Nach dem Unfall eines Grundschülers an der Kreuzung Lindenallee/Bergstraße fordern "
        "Eltern in Wetterau-Nord eine Ampel. Die Stadt lehnt das bislang ab. „Die "
        "Verkehrszählung rechtfertigt keine Lichtsignalanlage“, hatte ein Sprecher der "
        "Verwaltung im Frühjahr erklärt. Elternsprecherin Melanie Koch hält das für "
        "„Zahlenspielerei“. Sie sagte: „Muss erst ein Kind sterben, bevor sich etwas bewegt?“",
        [
            Q(
                "Die Verkehrszählung",
                "ein Sprecher der Verwaltung",
                "erklärt",
                "P1",
                ("plusquamperfekt",),
            ),
            Q(
                "Zahlenspielerei",
                "Elternsprecherin Melanie Koch",
                "hält",
                "P5",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q("Muss erst", "Sie", "sagte", "P2+P8", ("pronoun",)),
        ],
    ),
    P(
        "bibliothek-sonntags",
        "Stadtbibliothek öffnet sonntags ohne Personal",
        "Die Stadtbibliothek in Kranichsfeld öffnet künftig auch sonntags. Möglich macht das "
        "ein Modell namens „Offene Bibliothek“, bei dem Leserinnen und Leser die Räume mit "
        "ihrem Ausweis betreten "
        "können, ohne dass Personal vor Ort ist. Bibliotheksleiter Ansgar van" + NB + "Dorsten "
        "nannte das Modell einen „Schritt in Richtung dritter Ort“. Kritik kommt von der "
        "Gewerkschaft: Wer sorge am Sonntag für die Sicherheit? Van Dorsten entgegnete: „Es "
        "gibt Kameras, einen Notrufknopf und einen Wachdienst in Rufbereitschaft.“",
        [
            Q("Offene Bibliothek", None, pat="P9", tags=("name",)),
            Q(
                "Schritt in Richtung",
                "Bibliotheksleiter Ansgar van" + NB + "Dorsten",
                "nannte",
                "P5",
                ("title-name", "compound-role", "particle-name", "nbsp-name"),
            ),
            Q(
                "Es gibt Kameras",
                "Van Dorsten",
                "entgegnete",
                "P2",
                ("particle-name", "cue-reply"),
            ),
        ],
    ),
    P(
        "windpark-hoher-kamm",
        "Mehrheit für Windpark auf dem Hohen Kamm",
        "Beim Bürgerentscheid über den Windpark auf dem Hohen Kamm haben 61 Prozent der "
        "Wählerinnen und Wähler mit Ja gestimmt. Die Bürgerinitiative «Gegenwind Hoher Kamm» "
        "zeigte sich enttäuscht. «Wir akzeptieren das Ergebnis, aber wir werden jede "
        "Genehmigung genau prüfen», sagte ihr Sprecher Rüdiger Hartmann. Ortsvorsteherin "
        "Eva-Maria Lüttke sprach dagegen von einem «klaren Signal für die Energiewende im "
        "Dorf». Die Betreiberfirma will im Herbst mit dem Bau beginnen.",
        [
            Q("Gegenwind Hoher Kamm", None, pat="P9", tags=("name",)),
            Q(
                "Wir akzeptieren",
                "ihr Sprecher Rüdiger Hartmann",
                "sagte",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q(
                "klaren Signal",
                "Ortsvorsteherin Eva-Maria Lüttke",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "weihnachtsmarkt-hafen",
        "Weihnachtsmarkt zieht an den Hafen",
        "Der Weihnachtsmarkt in Hellbrunn zieht in diesem Jahr vom Marktplatz an den Hafen. "
        "An den leeren Buden am Markt hängt ein Schild: „Wir sind umgezogen – bis gleich am "
        "Kai!“ Marktmeister Ole Jäger ist zufrieden. „Am Wasser haben wir doppelt so viel "
        "Platz, und die Schausteller sind begeistert“, sagte er. Nicht alle Händler am "
        "Marktplatz teilen die Freude. „Uns fehlt im Dezember ein Drittel vom Umsatz“, klagte "
        "Bäckermeisterin Ilse Winter.",
        [
            Q("Wir sind umgezogen", None, pat="P9", tags=("unattributed",)),
            Q("Am Wasser", "sagte {er}", "sagte", "P1+P8", ("pronoun",)),
            Q(
                "Uns fehlt",
                "Bäckermeisterin Ilse Winter",
                "klagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
    P(
        "parkgebuehren-altmuenden",
        "Altmünden verdoppelt Parkgebühren",
        "Der Stadtrat von Altmünden hat die Parkgebühren in der Innenstadt verdoppelt. Eine "
        "Stunde kostet künftig vier Euro. Stadträtin Johanna Brix (Grüne) verteidigte den "
        "Beschluss: „Wer in die Innenstadt will, hat mit Bus und Rad gute Alternativen.“ "
        "CDU-Fraktionschef Wilfried zu Lohrbach warf ihr vor, „den Einzelhandel sehenden "
        "Auges zu ruinieren“. Der Handelsverband kündigte eine Unterschriftenaktion an.",
        [
            Q(
                "Wer in die Innenstadt",
                "Stadträtin Johanna Brix",
                "verteidigte",
                "P2",
                ("title-name",),
            ),
            Q(
                "den Einzelhandel",
                "CDU-Fraktionschef Wilfried zu Lohrbach",
                "warf",
                "P5",
                ("title-name", "compound-role", "particle-name", "cue-vorwerfen"),
                nested=True,
            ),
        ],
    ),
    P(
        "feuerwehr-gronau-heide",
        "Feuerwehr feiert 150 Jahre",
        "Die Freiwillige Feuerwehr Gronau-Heide feiert ihr 150-jähriges Bestehen mit einem "
        "Festwochenende unter dem Motto „Einer für alle, seit 1876“. Zum Jubiläum erscheint "
        "eine Chronik mit dem Titel „Wasser marsch!“. Wehrführer Kai-Uwe Fischer blickt mit "
        "Sorge auf den Nachwuchs. „Tagsüber bekommen wir manchmal kaum eine Besatzung "
        "zusammen, weil alle auswärts arbeiten.“ Das sagte der 47-Jährige bei der "
        "Vorstellung des Programms.",
        [
            Q("Einer für alle", None, pat="P9", tags=("motto",)),
            Q("Wasser marsch", None, pat="P9", tags=("title",)),
            Q(
                "Tagsüber bekommen",
                "der 47-Jährige",
                "sagte",
                "P1+P8",
                ("age-anaphor", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "glocken-luedersen",
        "Kirchenglocken schweigen nachts",
        "Weil ein Anwohner sich über das nächtliche Stundenläuten beschwert hatte, schweigen "
        "die Glocken der Petrikirche in Lüdersen seit Montag zwischen 22 und 6 Uhr. „Wir "
        "wollten keinen jahrelangen Rechtsstreit“, hieß es in einer Erklärung des "
        "Kirchenvorstands. Im Dorf sorgt die Entscheidung für Unmut. Pastorin Christiane "
        "Abelmann sagte, man verstehe beide Seiten. „Aber eine Glocke, die nachts schweigt, "
        "ist für viele hier wie ein Stück Heimat, das fehlt.“",
        [
            Q(
                "Wir wollten",
                "des Kirchenvorstands",
                "hieß",
                "P1",
                ("org", "cue-hiess-es"),
            ),
            Q(
                "Aber eine Glocke",
                "Pastorin Christiane Abelmann",
                pat="P7",
                tags=("title-name", "after-indirect"),
            ),
        ],
    ),
    P(
        "tafel-rehberg",
        "Tafel führt Warteliste",
        "Die Tafel in Rehberg verzeichnet so viele Kundinnen und Kunden wie nie. Jede Woche "
        "kommen rund 420 Haushalte, vor zwei Jahren waren es 250. Leiterin Gisela Ackermann "
        "und ihr Stellvertreter Yusuf Demir sind am Limit. „Wir haben inzwischen eine "
        "Warteliste, das hätte ich mir nie vorstellen können“, sagte die 71-Jährige. Demir "
        "ergänzte: „Uns fehlen vor allem Fahrer, die morgens die Spenden bei den "
        "Supermärkten abholen.“",
        [
            Q(
                "Wir haben inzwischen",
                "die 71-Jährige",
                "sagte",
                "P1+P8",
                ("age-anaphor", "gender-anaphor"),
            ),
            Q("Uns fehlen", "{Demir} ergänzte", "ergänzte", "P2", ("cue-addition",)),
        ],
    ),
    P(
        "radweg-ahlbach",
        "Radweg zwischen Ahlbach und Neu-Tessin fertig",
        "Der Radweg zwischen Ahlbach und Neu-Tessin ist fertig. „Damit schließen wir eine der "
        "letzten Lücken im Radnetz des Kreises“, erklärte die Kreisverwaltung in einer "
        "Mitteilung. Die Baukosten lagen bei 2,1 Millionen Euro. Der Fahrradclub lobte das "
        "Projekt, kritisierte aber die Bauzeit. „Drei Jahre für vier Kilometer, das schafft "
        "man sonst nur beim Flughafenbau“, spottete Vorstand Henning Lüerßen.",
        [
            Q(
                "Damit schließen",
                "die Kreisverwaltung",
                "erklärte",
                "P1",
                ("org", "cue-mitteilung"),
            ),
            Q("Drei Jahre", "Vorstand Henning Lüerßen", "spottete", "P1", ("title-name",)),
        ],
    ),
    P(
        "kneipe-zum-anker",
        "Letzte Runde im Anker",
        "Seit 31 Jahren steht Gerda Zimmermann hinter dem Tresen der Dorfkneipe „Zum Anker“ "
        "in Wesselburen. Ende des Monats ist Schluss. „Ich bin 74, irgendwann muss man "
        "aufhören“, sagt sie. Einen Nachfolger hat sie nicht gefunden. „Junge Leute wollen "
        "keine Kneipe, in der man bis zwei Uhr nachts steht, für das bisschen Geld.“ Am "
        "letzten Abend spielt eine Band. Stammgast Horst Lemke kommt seit 1994 jeden Freitag. "
        "„Wo sollen wir denn jetzt hin?“, fragt er.",
        [
            Q("Zum Anker", None, pat="P9", tags=("name",)),
            Q("Ich bin 74", "sagt {sie}", "sagt", "P1+P8", ("pronoun",)),
            Q("Junge Leute", "hat {sie} nicht", pat="P7+P8", tags=("pronoun",)),
            Q("Wo sollen wir", "fragt {er}", "fragt", "P1+P8", ("pronoun", "gender-anaphor")),
        ],
    ),
]

# --- sports ---------------------------------------------------------------------------

SPORTS: list[Any] = [
    P(
        "kreispokal-gruenwalde",
        "Grünwalde gewinnt Derby in der Verlängerung",
        "Der TSV Grünwalde hat das Kreispokal-Derby gegen den FC Eichholz mit 3:2 nach "
        "Verlängerung gewonnen. Matchwinner war der eingewechselte Lennart Sommer, der in der "
        "113. Minute traf. „Ich habe den Ball einfach nur reingedrückt, den Rest hat Timo "
        "gemacht“, sagte der 19-Jährige. Eichholz-Trainer Mirko Stanković haderte mit dem "
        "Schiedsrichter. „Vor dem 2:2 war es klar Abseits, das sieht jeder.“",
        [
            Q("Ich habe den Ball", "der 19-Jährige", "sagte", "P1+P8", ("age-anaphor",)),
            Q(
                "Vor dem 2:2",
                "Eichholz-Trainer Mirko Stanković",
                pat="P7",
                tags=("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "handball-em-halbfinale",
        "Handballerinnen im EM-Halbfinale",
        "Die deutschen Handballerinnen haben bei der Europameisterschaft das Halbfinale "
        "erreicht. Gegen Norwegen gewann das Team von Bundestrainerin Katrin Oldenburg-Mayr "
        "mit 27:25. „Wir haben in der zweiten Halbzeit die Nerven behalten, das war der "
        "Unterschied“, sagte die Bundestrainerin. Torhüterin Lea Schmitz-Obi hielt 16 Würfe. "
        "Sie sagte: „Heute hat einfach alles gepasst.“ Im Halbfinale wartet am Freitag "
        "Frankreich.",
        [
            Q(
                "Wir haben in der zweiten",
                "die Bundestrainerin",
                "{sagte} die",
                "P1+P8",
                ("nominal", "role-anaphor"),
            ),
            Q("Heute hat", "Sie", "{sagte}: „Heute", "P2+P8", ("pronoun",)),
        ],
    ),
    P(
        "hallenturnier-stuttgart",
        "Park gewinnt in Stuttgart",
        "Die Weltranglistenvierte Park Ji-yeon hat das Hallenturnier in Stuttgart gewonnen. "
        "Im Finale besiegte die Südkoreanerin die Deutsche Nele Brandhorst 6:3, 7:5. „Das "
        "Publikum war unglaublich fair, auch zu mir“, sagte Park nach dem Matchball. "
        "Brandhorst war trotz der Niederlage zufrieden. „Vor einem Jahr war ich noch "
        "verletzt, jetzt stehe ich im Finale vor heimischem Publikum.“ Die 23-Jährige rückt "
        "in der Weltrangliste auf Platz 31 vor.",
        [
            Q("Das Publikum war", "sagte {Park}", "sagte", "P1", ("noun-surname",)),
            Q("Vor einem Jahr", "{Brandhorst} war", pat="P7"),
        ],
    ),
    P(
        "eisbaeren-trainer",
        "Kaltenbrunn trennt sich von Laaksonen",
        "Die Eisbären Kaltenbrunn haben sich nach sieben Niederlagen in Serie von Cheftrainer "
        "Petri Laaksonen getrennt. „Wir mussten handeln, bevor die Saison endgültig kippt“, "
        "sagte Sportdirektor Marcus Kaiser am Montag. Übergangsweise übernimmt der bisherige "
        "Co-Trainer Dennis Achterberg das Team. Der Finne Laaksonen schrieb auf Instagram: "
        "„Danke für zwei wunderbare Jahre. Kaltenbrunn bleibt in meinem Herzen.“",
        [
            Q(
                "Wir mussten handeln",
                "Sportdirektor Marcus Kaiser",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q(
                "Danke für zwei",
                "Der Finne Laaksonen",
                "schrieb",
                "P2",
                ("title-name", "cue-social"),
            ),
        ],
    ),
    P(
        "stadtmarathon-elbingerode",
        "Streckenrekord beim Stadtmarathon",
        "Beim Stadtmarathon in Elbingerode ist der Kenianer Daniel Kiprono Rotich in 2:06:41 "
        "Stunden Streckenrekord gelaufen. Schnellste Frau war die Äthiopierin Tigist Alemu "
        "Bekele. Renndirektor Sven Richter zeigte sich begeistert: „So ein Rennen hatten wir "
        "in 40 Jahren nicht.“ Rotich selbst sagte, der Wind habe am Ende geholfen. „Auf den "
        "letzten fünf Kilometern hatte ich Rückenwind, da wusste ich, dass es schnell wird.“",
        [
            Q(
                "So ein Rennen",
                "Renndirektor Sven Richter",
                "zeigte",
                "P2",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q("Auf den", "{Rotich} selbst", pat="P7", tags=("after-indirect",)),
        ],
    ),
    P(
        "interview-yilmaz-aufstieg",
        "„Wir brauchen eine Flutlichtanlage“",
        "Nach dem überraschenden Aufstieg in die Regionalliga spricht Trainerin Hatice Yılmaz "
        "über Geld, Druck und Rasenheizungen.\n\n"
        "Frau Yılmaz, haben Sie schon realisiert, was passiert ist?\n\n"
        "Yılmaz: „Ehrlich gesagt nein. Ich habe seit Sonntag vielleicht zehn Stunden "
        "geschlafen.“\n\n"
        "Was ändert sich jetzt für den Verein?\n\n"
        "Yılmaz: „Fast alles. Wir brauchen eine Flutlichtanlage, einen Sicherheitsdienst und "
        "einen größeren Etat. Der Vorstand ist dran.“",
        [
            Q("Ehrlich gesagt", "{Yılmaz}: „Ehrlich", pat="P2", tags=("interview",)),
            Q("Fast alles", "{Yılmaz}: „Fast", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "de-waele-gesperrt",
        "Radprofi de Waele vorläufig gesperrt",
        "Der Radprofi Julien de Waele ist wegen eines positiven Dopingtests vorläufig "
        "gesperrt worden. Sein Team Ardenne Cycling teilte am Dienstag mit, es habe den "
        "Vertrag ausgesetzt. „Wir tolerieren keinerlei Verstöße“, hieß es in der "
        "Stellungnahme. De Waele selbst bestreitet die Vorwürfe. Auf Instagram schrieb der "
        "27-Jährige: „Ich habe nie etwas Verbotenes genommen und werde das beweisen.“",
        [
            Q("Wir tolerieren", "der Stellungnahme", "hieß", "P1", ("org", "cue-hiess-es")),
            Q(
                "Ich habe nie",
                "der 27-Jährige",
                "schrieb",
                "P2+P8",
                ("age-anaphor", "cue-social"),
            ),
        ],
    ),
    P(
        "wolves-ausweichhalle",
        "Wolves müssen in die Schulsporthalle",
        "Die Basketballer der Oderstadt Wolves müssen ihre Heimspiele bis Februar in einer "
        "Schulsporthalle austragen. In der Arena am Hafen wurde bei einer Routineprüfung ein "
        "Schaden am Dachtragwerk entdeckt. „Es tut weh“, sagte Geschäftsführer Dirk "
        "Baumann-Sørensen, „aber die Sicherheit der Zuschauer geht vor.“ Nur 800 statt 3500 "
        "Fans passen in die Ausweichhalle. Der Geschäftsführer fuhr fort: „Wir werden jedem "
        "Dauerkarteninhaber ein Angebot machen.“",
        [
            Q(
                "Es tut weh",
                "Geschäftsführer Dirk Baumann-Sørensen",
                "sagte",
                "P3",
                ("title-name", "multipart-name"),
                part=(0, 2),
            ),
            Q(
                "aber die Sicherheit",
                "Geschäftsführer Dirk Baumann-Sørensen",
                "sagte",
                "P3",
                ("title-name", "multipart-name"),
                part=(1, 2),
            ),
            Q(
                "Wir werden jedem",
                "Der Geschäftsführer",
                "fuhr",
                "P2+P8",
                ("nominal", "role-anaphor", "cue-addition"),
            ),
        ],
    ),
    P(
        "schachopen-nguyen",
        "Nguyen Van Long gewinnt Schachopen",
        "Der vietnamesische Großmeister Nguyen Van Long hat das Schachopen in Bad Kissingen "
        "gewonnen. In der Schlussrunde reichte ihm ein Remis gegen den Ukrainer Oleh "
        "Marchenko. „Ich habe auf Remis gespielt und bin trotzdem Erster geworden, das "
        "passiert nicht oft“, sagte Nguyen" + NB + "Van Long nach der Siegerehrung. "
        "Turnierleiterin Rebecca Hollstein-Amadi sprach von einem Teilnehmerrekord: „Wir "
        "hatten 412 Spielerinnen und Spieler aus 38 Ländern.“",
        [
            Q(
                "Ich habe auf Remis",
                "Nguyen" + NB + "Van Long",
                "sagte",
                "P1",
                ("multipart-name", "nbsp-name"),
            ),
            Q(
                "Wir hatten",
                "Turnierleiterin Rebecca Hollstein-Amadi",
                "sprach",
                "P2",
                ("title-name", "compound-role", "multipart-name"),
            ),
        ],
    ),
    P(
        "oberhuber-soelden",
        "Oberhuber zurück auf dem Podest",
        "Die Skirennläuferin Vanessa Oberhuber hat beim Weltcup-Riesenslalom in Sölden ihren "
        "ersten Podestplatz seit ihrem Kreuzbandriss geholt. „Nach allem, was war, fühlt "
        "sich Platz drei an wie ein Sieg“, sagte die 26-Jährige im Zielraum. Ihr Trainer "
        "Georg Staudinger war gerührt. „Sie hat im Sommer jeden Tag gearbeitet, auch an den "
        "Tagen, an denen nichts ging“, sagte er.",
        [
            Q("Nach allem", "die 26-Jährige", "{sagte} die", "P1+P8", ("age-anaphor",)),
            Q(
                "Sie hat im Sommer",
                "sagte {er}",
                "{sagte} er",
                "P1+P8",
                ("pronoun", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "kosslowski-pressekonferenz",
        "Kosslowski denkt nicht an Rücktritt",
        "Nach dem 0:4 gegen Hansa Bergen stellte sich Trainer Uwe Kosslowski den Fragen der "
        "Journalisten. Auf die Frage, ob er an Rücktritt denke, antwortete der 57-Jährige "
        "knapp: „Nein.“ Ein Reporter wollte wissen: „Erreichen Sie die Mannschaft noch?“ "
        "Kosslowski: „Wenn ich das nicht glauben würde, säße ich nicht hier.“",
        [
            Q(
                "Nein.",
                "der 57-Jährige",
                "antwortete",
                "P2+P8",
                ("age-anaphor", "interview"),
            ),
            Q("Erreichen Sie", "Ein Reporter", "wollte", "P2", ("cue-wissen", "interview")),
            Q("Wenn ich das", "{Kosslowski}: „Wenn", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "fischer-pokalaus",
        "Fischer rechnet mit seiner Mannschaft ab",
        "Nach dem Aus in der ersten Pokalrunde hat Trainer Jonas Fischer seine Mannschaft "
        "scharf kritisiert. „Wer so auftritt“, sagte Fischer, „der hat in diesem Trikot "
        "nichts verloren.“ Kapitän Daniel Owusu nahm die Kritik an: „Er hat recht. Wir waren "
        "feige.“ Am Abend meldete sich das Team bei den Fans. „Wir haben nicht verdient, "
        "weiterzukommen, und wir wissen das.“ Das schrieb die Mannschaft in einem offenen "
        "Brief.",
        [
            Q("Wer so auftritt", "sagte {Fischer}", "sagte", "P3", ("noun-surname",), part=(0, 2)),
            Q("der hat in", "sagte {Fischer}", "sagte", "P3", ("noun-surname",), part=(1, 2)),
            Q("Er hat recht", "Kapitän Daniel Owusu", "nahm", "P2", ("title-name",)),
            Q(
                "Wir haben nicht",
                "die Mannschaft",
                "schrieb",
                "P1+P8",
                ("org", "nominal", "cue-next-sentence"),
            ),
        ],
    ),
]

# --- business -------------------------------------------------------------------------

BUSINESS: list[Any] = [
    P(
        "kessler-zwickau",
        "Zulieferer schließt Werk in Zwickau",
        "Der Autozulieferer Kessler Antriebstechnik schließt sein Werk in Zwickau. Rund 640 "
        "Beschäftigte verlieren ihre Arbeit, zwei Jahre nach dem Start des Umbauprogramms „Kessler "
        "2030“. Vorstandschef Dr. Matthias Brenner begründete "
        "den Schritt mit dem Einbruch bei Teilen für Verbrennungsmotoren. „Wir haben alles "
        "versucht, aber die Aufträge kommen nicht zurück.“ Die Gewerkschaft kündigte "
        "Widerstand an. Deren Bezirksleiterin Anja Hofstetter-Raab warf dem Management vor, "
        "„jahrelang die Augen vor dem Wandel verschlossen“ zu haben.",
        [
            Q("Kessler 2030", None, pat="P9", tags=("name",)),
            Q(
                "Wir haben alles",
                "Vorstandschef Dr. Matthias Brenner",
                pat="P7",
                tags=("title-name", "compound-role"),
            ),
            Q(
                "jahrelang",
                "Deren Bezirksleiterin Anja Hofstetter-Raab",
                "warf",
                "P5",
                ("title-name", "compound-role", "multipart-name", "cue-vorwerfen"),
                nested=True,
            ),
        ],
    ),
    P(
        "bankenfusion-wesertal",
        "Zwei Genossenschaftsbanken wollen fusionieren",
        "Die Genossenschaftsbank Wesertal und die Landbank Emmerthal wollen sich "
        "zusammenschließen. Die Vertreterversammlungen sollen im Juni abstimmen. „Allein sind "
        "wir beide zu klein für die Anforderungen der Aufsicht“, sagte Wesertal-Vorstand "
        "Jürgen de" + NB + "Buhr. Filialen sollen nach Angaben beider Häuser vorerst nicht "
        "geschlossen werden. Landbank-Chefin Marion Stöckl schränkte allerdings ein: "
        "„Vorerst heißt nicht für immer, das gehört zur Ehrlichkeit dazu.“",
        [
            Q(
                "Allein sind",
                "Wesertal-Vorstand Jürgen de" + NB + "Buhr",
                "sagte",
                "P1",
                ("title-name", "compound-role", "particle-name", "nbsp-name"),
            ),
            Q(
                "Vorerst heißt",
                "Landbank-Chefin Marion Stöckl",
                "schränkte",
                "P2",
                ("title-name", "compound-role", "cue-concede"),
            ),
        ],
    ),
    P(
        "flinkr-insolvenz",
        "Lieferdienst Flinkr ist insolvent",
        "Das Berliner Lieferdienst-Start-up Flinkr ist insolvent. Der vorläufige "
        "Insolvenzverwalter Dr. Konrad Vetter sieht dennoch Chancen. „Es gibt bereits drei "
        "ernsthafte Interessenten“, sagte Vetter am Donnerstag. „Für die rund 900 "
        "Fahrerinnen und Fahrer ist das Insolvenzgeld bis Ende Februar gesichert“, fügte der "
        "Insolvenzverwalter hinzu. Gründer Felix Amsel äußerte sich auf Linkedin: „Wir sind "
        "zu schnell gewachsen. Das ist meine Verantwortung und niemandes sonst.“",
        [
            Q("Es gibt bereits", "sagte {Vetter}", "sagte", "P1", ("noun-surname",)),
            Q(
                "Für die rund 900",
                "der Insolvenzverwalter",
                "fügte",
                "P1+P8",
                ("nominal", "role-anaphor", "cue-addition"),
            ),
            Q(
                "Wir sind",
                "Gründer Felix Amsel",
                "äußerte",
                "P2",
                ("title-name", "noun-surname", "cue-social"),
            ),
        ],
    ),
    P(
        "inflation-oktober",
        "Inflation steigt auf 2,6 Prozent",
        "Die Inflationsrate in Deutschland ist im Oktober auf 2,6 Prozent gestiegen. Teurer "
        "wurden vor allem Lebensmittel. Ökonomen hatten mit einem geringeren Anstieg "
        "gerechnet. „Das ist kein Grund zur Panik, aber ein Warnsignal“, sagte die "
        "Chefvolkswirtin der Hansabank, Dr. Leonie Strasser. Der Konjunkturforscher Prof. "
        "Aurelio Bianchi vom Institut für Wirtschaftsanalyse in Halle sieht das ähnlich. "
        "Bianchi zufolge dürfte die Teuerung „bis ins Frühjahr über der Zwei-Prozent-Marke "
        "bleiben“.",
        [
            Q(
                "Das ist kein Grund",
                "Dr. Leonie Strasser",
                "sagte",
                "P1",
                ("role-apposition",),
            ),
            Q(
                "bis ins Frühjahr",
                "{Bianchi} zufolge",
                "zufolge",
                "P4+P5",
                ("cue-zufolge",),
            ),
        ],
    ),
    P(
        "weihnachtsgeschaeft-umfrage",
        "Handel blickt skeptisch auf Weihnachten",
        "Der Einzelhandel blickt skeptisch auf das Weihnachtsgeschäft. Nach einer Umfrage des "
        "Handelsverbands Mitteldeutschland erwartet jeder zweite Händler weniger Umsatz als "
        "im Vorjahr. „Die Menschen kaufen bewusster und später“, so Verbandspräsidentin "
        "Christa Lohmeyer-Bach. Besonders schwer hätten es Modegeschäfte in kleinen Städten. "
        "„Wenn dort eins schließt, folgt oft das nächste.“",
        [
            Q(
                "Die Menschen kaufen",
                "Verbandspräsidentin Christa Lohmeyer-Bach",
                "so",
                "P4",
                ("title-name", "compound-role", "multipart-name", "cue-so"),
            ),
            Q(
                "Wenn dort",
                "Verbandspräsidentin Christa Lohmeyer-Bach",
                pat="P6",
                tags=("after-indirect",),
            ),
        ],
    ),
    P(
        "solwerk-quartal",
        "Solwerk schreibt schwarze Zahlen",
        "Die Solwerk AG aus Freiburg hat im dritten Quartal erstmals schwarze Zahlen "
        "geschrieben. Vor allem der Heimspeicher „Solbox“ verkaufte sich gut, der Umsatz stieg um "
        "38 Prozent auf 212 Millionen Euro. „Das Quartal "
        "zeigt, dass unser Geschäftsmodell trägt“, wird Vorstandsvorsitzende Dr. Elin "
        "Kvarnström in der Mitteilung des Unternehmens zitiert. Finanzvorstand Pascal Oberlin "
        "ergänzte: „Wir erhöhen die Prognose für das Gesamtjahr.“ An der Börse legte die "
        "Aktie um neun Prozent zu.",
        [
            Q("Solbox", None, pat="P9", tags=("name",)),
            Q(
                "Das Quartal",
                "Vorstandsvorsitzende Dr. Elin Kvarnström",
                "zitiert",
                "P1",
                ("title-name", "compound-role", "cue-zitiert", "cue-mitteilung"),
            ),
            Q(
                "Wir erhöhen",
                "Finanzvorstand Pascal Oberlin",
                "ergänzte",
                "P2",
                ("title-name", "compound-role", "cue-addition"),
            ),
        ],
    ),
    P(
        "mieten-grossstaedte",
        "Mieten steigen um fast sieben Prozent",
        "Die Angebotsmieten in deutschen Großstädten sind im vergangenen Jahr im Schnitt um "
        "6,8 Prozent gestiegen. Das geht aus einer Auswertung des Immobilienportals "
        "Wohnraumscout hervor. Am stärksten zogen die Preise in Leipzig an. Laut dem Portal "
        "sind „kleine Wohnungen unter 40 Quadratmetern inzwischen fast unbezahlbar“. Der "
        "Mieterbund Sachsen reagierte alarmiert. „Für Studierende und Auszubildende wird die "
        "Stadt zur Sperrzone“, sagte Landesgeschäftsführerin Jana Ostrowski.",
        [
            Q(
                "kleine Wohnungen",
                "dem Portal",
                "Laut",
                "P4+P5",
                ("org", "nominal", "cue-laut"),
            ),
            Q(
                "Für Studierende",
                "Landesgeschäftsführerin Jana Ostrowski",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "formosa-micro-absage",
        "Chiphersteller verzichtet auf Werk bei Magdeburg",
        "Der taiwanische Chiphersteller Formosa Micro verzichtet auf ein Werk bei Magdeburg. "
        "Die Entscheidung sei nach langer Prüfung gefallen, teilte das Unternehmen mit. „Die "
        "Förderzusagen haben sich zu lange hingezogen“, hat Unternehmenssprecher Lin "
        "Cheng-hao einer Wirtschaftszeitung in Taipeh gesagt. Landeswirtschaftsminister "
        "Rainer Wolf reagierte enttäuscht: „Wir haben jede Frist eingehalten, die man uns "
        "gesetzt hat.“",
        [
            Q(
                "Die Förderzusagen",
                "Unternehmenssprecher Lin Cheng-hao",
                "gesagt",
                "P1",
                ("title-name", "compound-role", "multipart-name", "perfekt"),
            ),
            Q(
                "Wir haben jede",
                "Landeswirtschaftsminister Rainer Wolf",
                "reagierte",
                "P2",
                ("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
    P(
        "traktoren-agrarministerium",
        "Bauern blockieren Agrarministerium",
        "Mehrere Hundert Landwirte haben am Mittwoch mit Traktoren die Zufahrten zum "
        "Agrarministerium in Hannover blockiert. Agrarministerin Wiebke Harms-Ohlsen kam zu "
        "den Demonstranten und sprach mit Bauernsprecher Heiner Gerdes. „Ich verstehe den "
        "Frust, aber die Düngeregeln kommen aus Brüssel“, sagte die Ministerin. Gerdes ließ "
        "das nicht gelten: „Dann soll sie in Brüssel für uns kämpfen und nicht hier Ausreden "
        "suchen.“ Er kündigte weitere Blockaden an.",
        [
            Q(
                "Ich verstehe den",
                "die Ministerin",
                "sagte",
                "P1+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
            Q("Dann soll sie", "{Gerdes} ließ", "ließ", "P2"),
        ],
    ),
    P(
        "kornmeyer-kaffeepreise",
        "Kaffee wird wieder teurer",
        "Kaffee wird erneut teurer. Die Hamburger Rösterei Kornmeyer & Söhne hebt ihre Preise "
        "zum 1. März um durchschnittlich zwölf Prozent an. Grund seien Missernten in "
        "Brasilien und Vietnam. „Wir können die Rohkaffeepreise nicht länger auffangen“, "
        "sagte Inhaber Ludger Kornmeyer dem Hamburger Wochenblatt. Das Fachmagazin Kaffee "
        "und Markt erwartet weitere Erhöhungen. „Das Ende der Fahnenstange ist noch lange "
        "nicht erreicht“, schrieb das Magazin in seiner aktuellen Ausgabe.",
        [
            Q("Wir können die", "Inhaber Ludger Kornmeyer", "sagte", "P1", ("title-name",)),
            Q(
                "Das Ende der",
                "das Magazin",
                "schrieb",
                "P1+P8",
                ("media", "nominal"),
            ),
        ],
    ),
    P(
        "ostwerke-strompreise",
        "Ostwerke senken Strompreise",
        "Der Energieversorger Ostwerke senkt zum Jahreswechsel seine Strompreise um "
        "durchschnittlich acht Prozent. „Wir geben die gesunkenen Einkaufspreise vollständig "
        "an unsere Kundinnen und Kunden weiter“, erklärte das Unternehmen am Montag in einer "
        "Mitteilung. Ein Haushalt mit einem Verbrauch von 3000 Kilowattstunden spart laut "
        "Ostwerke „rund 90 Euro im Jahr“. Verbraucherschützer sind zurückhaltend. „Das ist "
        "erfreulich, aber die Preise liegen immer noch deutlich über dem Niveau von 2021“, so "
        "Energieberaterin Nadja Krüger-Lindner.",
        [
            Q(
                "Wir geben die",
                "das Unternehmen",
                "erklärte",
                "P1",
                ("org", "cue-mitteilung"),
            ),
            Q("rund 90 Euro", "laut {Ostwerke}", "laut", "P4+P5", ("org", "cue-laut")),
            Q(
                "Das ist erfreulich",
                "Energieberaterin Nadja Krüger-Lindner",
                "so",
                "P4",
                ("title-name", "compound-role", "multipart-name", "cue-so"),
            ),
        ],
    ),
]

# --- science and health ---------------------------------------------------------------

SCIENCE: list[Any] = [
    P(
        "notaufnahme-seevetal",
        "Stundenlanges Warten in der Notaufnahme",
        "Die Notaufnahme des Klinikums Seevetal-Ost ist an Wochenenden regelmäßig überlastet. "
        "Patientinnen und Patienten warteten zuletzt bis zu neun Stunden. Klinikdirektor "
        "Prof. Dr. Ernst-August Lindemann macht dafür fehlende Hausarztpraxen verantwortlich. "
        "„Zu uns kommen Menschen mit Rückenschmerzen, die seit drei Wochen keinen Termin "
        "bekommen“, sagte Lindemann. Die Kassenärztliche Vereinigung wies den Vorwurf zurück. "
        "Die Versorgung im Landkreis sei „im Landesvergleich gut“, teilte eine Sprecherin mit.",
        [
            Q("Zu uns kommen", "sagte {Lindemann}", "sagte", "P1", ("noun-surname",)),
            Q("im Landesvergleich", "eine Sprecherin", "teilte", "P5", nested=True),
        ],
    ),
    P(
        "studie-ausschlafen",
        "Ausschlafen am Wochenende hilft nur wenig",
        "Wer am Wochenende lange schläft, gleicht verlorenen Schlaf nur teilweise aus. Das ist "
        "das Ergebnis der Studie „Schlafschuld im Alltag“ des Instituts für Schlafmedizin in "
        "Greifswald mit 3200 "
        "Teilnehmenden. „Der Körper merkt sich das Defizit länger, als viele glauben“, sagte "
        "Studienleiter Dr. Jonas Wilhelmi. Seine Kollegin Prof." + NB + "Mareike Sandvoß "
        "betont: „Zwei Stunden Ausschlafen am Sonntag machen eine Woche mit fünf Stunden "
        "Schlaf pro Nacht nicht wett.“",
        [
            Q("Schlafschuld im Alltag", None, pat="P9", tags=("title",)),
            Q(
                "Der Körper merkt",
                "Studienleiter Dr. Jonas Wilhelmi",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "Zwei Stunden",
                "Seine Kollegin Prof." + NB + "Mareike Sandvoß",
                "betont",
                "P2",
                ("title-name", "nbsp-name"),
            ),
        ],
    ),
    P(
        "hitzeschutzplan-wuerzfeld",
        "Würzfeld beschließt Hitzeschutzplan",
        "Die Stadt Würzfeld hat einen Hitzeschutzplan beschlossen. Dazu gehören kühle Räume "
        "in Bibliotheken und Trinkbrunnen in der Innenstadt. Gesundheitsdezernent Dr. Raphael "
        "Ehrenberg sagte, ältere Menschen seien besonders gefährdet. „Im vergangenen Sommer "
        "sind bei uns nach unseren Schätzungen rund 40 Menschen an den Folgen der Hitze "
        "gestorben.“ Herzstück des Plans ist ein Telefondienst, der alleinlebende Ältere an "
        "heißen Tagen anruft.",
        [
            Q(
                "Im vergangenen Sommer",
                "Gesundheitsdezernent Dr. Raphael Ehrenberg",
                pat="P7",
                tags=("title-name", "compound-role", "after-indirect"),
            ),
        ],
    ),
    P(
        "masern-vorderried",
        "Masernfälle an Grundschule",
        "Im Landkreis Vorderried sind an einer Grundschule fünf Masernfälle aufgetreten. Das "
        "Gesundheitsamt schloss nicht geimpfte Kinder vorerst vom Unterricht aus. „Masern sind "
        "keine harmlose Kinderkrankheit“, betonte Amtsärztin Dr. Sybille Ahrens-Kowalczyk. "
        "Mehrere Eltern kritisierten das Vorgehen als überzogen. Die Antwort des Amtes: „Das "
        "Infektionsschutzgesetz lässt uns hier keinen Spielraum.“",
        [
            Q(
                "Masern sind",
                "Amtsärztin Dr. Sybille Ahrens-Kowalczyk",
                "betonte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q(
                "Das Infektionsschutzgesetz",
                "des Amtes",
                "Antwort",
                "P2",
                ("org", "cue-noun-colon"),
            ),
        ],
    ),
    P(
        "satellit-aquila",
        "Umweltsatellit erfolgreich gestartet",
        "Der in Bremen gebaute Umweltsatellit „Aquila-3“ ist erfolgreich ins All gestartet. "
        "Eine Rakete brachte ihn am Dienstagmorgen von Französisch-Guayana aus in die "
        "Umlaufbahn. „Die ersten Signale sind da, und sie sehen hervorragend aus“, sagte "
        "Missionsleiterin Dr. Ingrid Kaufmann im Kontrollzentrum in Darmstadt. Der Satellit "
        "soll den Zustand der Ozeane vermessen. Nach Angaben der Projektleitung wird er "
        "„frühestens im Sommer erste wissenschaftlich verwertbare Daten“ liefern.",
        [
            Q("Aquila-3", None, pat="P9", tags=("name",)),
            Q(
                "Die ersten Signale",
                "Missionsleiterin Dr. Ingrid Kaufmann",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q(
                "frühestens",
                "der Projektleitung",
                "Nach Angaben",
                "P4+P5",
                ("org",),
            ),
        ],
    ),
    P(
        "fsme-sueden",
        "Mehr FSME-Fälle im Süden",
        "In Süddeutschland sind in diesem Jahr so viele Menschen an der von Zecken "
        "übertragenen Hirnhautentzündung FSME erkrankt wie seit Jahren nicht. „Die "
        "Risikogebiete wandern nach Norden“, so der Virologe Prof." + NB + "Dr. Torsten Engel "
        "von der Universitätsklinik Weidenau. Er rät zur Impfung: „Ein Piks schützt über "
        "Jahre, und die Nebenwirkungen sind gering.“",
        [
            Q(
                "Die Risikogebiete",
                "der Virologe Prof." + NB + "Dr. Torsten Engel",
                "{so} der",
                "P4",
                ("title-name", "noun-surname", "nbsp-name", "cue-so"),
            ),
            Q("Ein Piks", "Er", "rät", "P2+P8", ("pronoun",)),
        ],
    ),
    P(
        "fiebersaft-engpass",
        "Wieder Engpässe bei Fiebersäften",
        "Bei Fiebersäften für Kinder gibt es erneut Lieferengpässe. Apothekerin Beate "
        "Schulze-Wendland aus Ribnitz berichtet von „täglichen Diskussionen am Tresen“. Schon "
        "im Frühjahr hatte sie gewarnt: „Wenn im Herbst die Erkältungswelle kommt, stehen wir "
        "wieder mit leeren Regalen da.“ Die zuständige Bundesbehörde erklärte, die Versorgung "
        "sei insgesamt gesichert.",
        [
            Q(
                "täglichen Diskussionen",
                "Apothekerin Beate Schulze-Wendland",
                "berichtet",
                "P5",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Wenn im Herbst",
                "hatte {sie} gewarnt",
                "gewarnt",
                "P2+P8",
                ("pronoun", "plusquamperfekt"),
            ),
        ],
    ),
    P(
        "gletscher-messnetz",
        "Alpengletscher verlieren fast vier Prozent",
        "Die Gletscher in den Schweizer Alpen haben im vergangenen Sommer fast vier Prozent "
        "ihres Volumens verloren. Das teilte das Glaziologische Messnetz Alpen am Dienstag "
        "mit. «Ein solches Tempo hatten wir in unseren Modellen erst für 2040 erwartet», sagte "
        "Glaziologin Dr. Corinne Zbinden. Ihr Kollege Reto Imboden ergänzte: «Einige kleinere "
        "Gletscher werden wir in zehn Jahren nur noch auf Fotos sehen.»",
        [
            Q(
                "Ein solches Tempo",
                "Glaziologin Dr. Corinne Zbinden",
                "sagte",
                "P1",
                ("title-name",),
            ),
            Q(
                "Einige kleinere",
                "Ihr Kollege Reto Imboden",
                "ergänzte",
                "P2",
                ("title-name", "cue-addition"),
            ),
        ],
    ),
    P(
        "imker-varroa",
        "Imker warnen vor Bienensterben",
        "Der Landesverband der Imker hat vor einem Bienensterben durch die Varroamilbe "
        "gewarnt. „In manchen Regionen haben unsere Mitglieder im Winter jedes dritte Volk "
        "verloren“, erklärte der Verband in einer Mitteilung. Präsident Eckhard Honig "
        "forderte mehr Geld für die Forschung. „Ohne Bienen gibt es keine Äpfel, so einfach "
        "ist das.“ Das hat Honig bereits im Frühjahr dem Agrarausschuss gesagt. Geschehen sei "
        "seitdem nichts.",
        [
            Q(
                "In manchen Regionen",
                "der Verband",
                "erklärte",
                "P1+P8",
                ("org", "nominal", "cue-mitteilung"),
            ),
            Q(
                "Ohne Bienen",
                "hat {Honig} bereits",
                "gesagt",
                "P1",
                ("noun-surname", "cue-next-sentence", "perfekt"),
            ),
        ],
    ),
]

# --- culture --------------------------------------------------------------------------

CULTURE: list[Any] = [
    P(
        "literaturpreis-eichenrode",
        "Literaturpreis für Agnieszka Wróbel-Hahn",
        "Die Schriftstellerin Agnieszka Wróbel-Hahn erhält den Literaturpreis der Stadt "
        "Eichenrode für ihren Roman „Die Nacht der Fähren“. Die Jury lobte das Buch als "
        "„leise, genau und von großer Wärme“. Wróbel-Hahn zeigte sich überrascht. „Ich dachte, "
        "die Jury hätte mein Buch längst vergessen“, sagte die 44-Jährige am Telefon. Der "
        "Preis ist mit 15.000 Euro dotiert.",
        [
            Q("Die Nacht der Fähren", None, pat="P9", tags=("title",)),
            Q("leise, genau", "Die Jury", "lobte", "P5", ("org",)),
            Q("Ich dachte", "die 44-Jährige", "sagte", "P1+P8", ("age-anaphor",)),
        ],
    ),
    P(
        "intendant-neuweiler",
        "Intendant Kröger verlässt Neuweiler",
        "Das Stadttheater Neuweiler verliert seinen Intendanten. „Neuweiler war für mich eine "
        "Schule fürs Leben, aber nach acht Jahren ist es Zeit für etwas Neues“, sagte der "
        "Intendant des Hauses, Bastian Kröger, am Freitag. Er wechselt im Sommer an ein Haus "
        "in Hamburg. Der Kulturausschuss bedauerte den Weggang. Ausschussvorsitzende Heike "
        "Vollmer-Sanchez kündigte an, die Stelle bundesweit auszuschreiben. „Wir suchen "
        "jemanden, der mutig ist, aber das Publikum nicht vergrault.“",
        [
            Q("Neuweiler war", "Bastian Kröger", "sagte", "P1", ("role-apposition",)),
            Q(
                "Wir suchen",
                "Ausschussvorsitzende Heike Vollmer-Sanchez",
                pat="P7",
                tags=("title-name", "compound-role", "multipart-name", "after-indirect"),
            ),
        ],
    ),
    P(
        "glas-und-gold",
        "Landesmuseum zeigt Schätze aus dem Depot",
        "Das Landesmuseum in Hallstadt zeigt ab Sonntag die Ausstellung »Glas und Gold. "
        "Handwerk der Hanse«. Mehr als 300 Objekte sind zu sehen, viele davon erstmals. "
        "»Manche Stücke lagen hundert Jahre im Depot, ohne dass jemand wusste, was wir da "
        "haben«, sagte Kuratorin Dr. Mirjam Rosenbusch. Museumsdirektor Holger van Houten "
        "nannte die Schau »die wichtigste Ausstellung des Hauses seit der Wiedereröffnung«.",
        [
            Q("Glas und Gold", None, pat="P9", tags=("title",)),
            Q("Manche Stücke", "Kuratorin Dr. Mirjam Rosenbusch", "sagte", "P1", ("title-name",)),
            Q(
                "die wichtigste",
                "Museumsdirektor Holger van Houten",
                "nannte",
                "P5",
                ("title-name", "compound-role", "particle-name"),
            ),
        ],
    ),
    P(
        "sturmfrei-tourabsage",
        "Sturmfrei sagen Frühjahrstour ab",
        "Die Kölner Band „Sturmfrei“ hat ihre Frühjahrstour abgesagt. Grund ist eine "
        "Stimmbandoperation von Sängerin Mara Ekström-Beck. Auf Instagram schrieb die Band: "
        "„Wir sind genauso traurig wie ihr. Alle Tickets behalten ihre Gültigkeit.“ "
        "Ekström-Beck selbst meldete sich mit einem Video zu Wort. „In drei Monaten singe ich "
        "wieder, versprochen“, sagte sie darin.",
        [
            Q("Sturmfrei", None, pat="P9", tags=("name",)),
            Q("Wir sind genauso", "die Band", "schrieb", "P2+P8", ("org", "nominal", "cue-social")),
            Q("In drei Monaten", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "filmfest-oberhaven",
        "Hauptpreis für „Kaltes Ufer“",
        "Der Spielfilm “Kaltes Ufer” der Regisseurin Dilara Aksoy hat beim Filmfest Oberhaven "
        "den Hauptpreis gewonnen. “Ein Film, der einem nicht mehr aus dem Kopf geht”, "
        "begründete Jurypräsident Frederik Holmsen die Entscheidung. Aksoy widmete den Preis "
        "ihrer Mutter. “Sie hat mir beigebracht, genau hinzusehen”, sagte die Regisseurin bei "
        "der Gala.",
        [
            Q("Kaltes Ufer", None, pat="P9", tags=("title",)),
            Q(
                "Ein Film, der",
                "Jurypräsident Frederik Holmsen",
                "begründete",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "Sie hat mir",
                "die Regisseurin",
                "sagte",
                "P1+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "interview-takahashi-berger",
        "„Fünf Minuten vor der Zeit“",
        "Die Dirigentin Ayumi Takahashi-Berger übernimmt zur neuen Spielzeit die Philharmonie "
        "Rheinfels. Ein Gespräch über Proben, Publikum und Pünktlichkeit.\n\n"
        "Frau Takahashi-Berger, was haben Sie sich vorgenommen?\n\n"
        "Takahashi-Berger: „Ich möchte, dass die Menschen in Rheinfels ihr Orchester wieder "
        "als ihres empfinden. Wir spielen in Schulen, in Kirchen, in der Fabrikhalle.“\n\n"
        "Gilt in Ihren Proben die berühmte Pünktlichkeit?\n\n"
        "Takahashi-Berger: „Fünf Minuten vor der Zeit ist meine Zeit. Das hat mir mein Lehrer "
        "in Tokio beigebracht.“",
        [
            Q(
                "Ich möchte",
                "{Takahashi-Berger}: „Ich",
                pat="P2",
                tags=("multipart-name", "interview"),
            ),
            Q(
                "Fünf Minuten",
                "{Takahashi-Berger}: „Fünf",
                pat="P2",
                tags=("multipart-name", "interview"),
            ),
        ],
    ),
    P(
        "stadtgruender-tafel",
        "Streit um die Statue des Stadtgründers",
        "Um die Bronzestatue des Stadtgründers auf dem Rathausplatz in Bärenfels ist ein "
        "Streit entbrannt. Eine Initiative will eine Tafel anbringen, die auf seine Rolle im "
        "Kolonialhandel hinweist. „Wir wollen nichts abreißen, wir wollen erklären“, sagte "
        "Initiatorin Nomvula Becker. Der Heimatverein hält das für überflüssig. Sein "
        "Vorsitzender, Ewald Steinhauer, sagte: „Man kann Geschichte nicht nachträglich mit "
        "dem Zeigefinger korrigieren.“ Die Entscheidung soll im März fallen.",
        [
            Q(
                "Wir wollen nichts",
                "Initiatorin Nomvula Becker",
                "{sagte} Initiatorin",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q(
                "Man kann",
                "Ewald Steinhauer",
                "{sagte}: „Man",
                "P2",
                ("role-apposition",),
            ),
        ],
    ),
    P(
        "leuchtenberger-nachtbus",
        "Leuchtenberger stellt „Nachtbus“ vor",
        "Der Liedermacher Tom Leuchtenberger hat in der ausverkauften Stadthalle Bergheide "
        "sein neues Album „Nachtbus“ vorgestellt. Zwei Stunden lang sang er über Pendler, "
        "Kneipen und „die kleinen Fluchten“ des Alltags. Zwischen den Liedern erzählte er "
        "Anekdoten. „Diesen Song habe ich an einer Tankstelle in Thüringen geschrieben, um "
        "drei Uhr morgens“, sagte Leuchtenberger vor der Zugabe. Das Publikum dankte es ihm "
        "mit stehenden Ovationen.",
        [
            Q("Nachtbus", None, pat="P9", tags=("title",)),
            Q("die kleinen Fluchten", None, pat="P9", tags=("scare",)),
            Q("Diesen Song", "sagte {Leuchtenberger}", "sagte", "P1"),
        ],
    ),
]

# --- court reports --------------------------------------------------------------------

COURT: list[Any] = [
    P(
        "anlageberater-osnabrueck",
        "Anlageberater wegen Betrugs vor Gericht",
        "Vor dem Landgericht Osnabrück hat der Prozess gegen einen 52 Jahre alten "
        "Anlageberater begonnen. Er soll Anleger um 4,3 Millionen Euro gebracht haben. Die "
        "Staatsanwaltschaft wirft ihm gewerbsmäßigen Betrug in 87 Fällen vor. Der Angeklagte "
        "ließ über seinen Verteidiger erklären, er habe „nie jemanden täuschen wollen“. Als "
        "Zeugin sagte am Nachmittag eine 79 Jahre alte Rentnerin aus. „Er war so freundlich, "
        "er kam sogar zu meinem Geburtstag.“",
        [
            Q("nie jemanden", "Der Angeklagte", "ließ", "P5+P8", ("nominal",), nested=True),
            Q("Er war so", "eine 79 Jahre alte Rentnerin", pat="P7"),
        ],
    ),
    P(
        "autorennen-heilbronn",
        "Sieben Jahre Haft nach tödlichem Autorennen",
        "Das Landgericht Heilbronn hat einen 24-Jährigen nach einem tödlichen Autorennen zu "
        "sieben Jahren Haft verurteilt. Er war mit mehr als 160 Stundenkilometern durch eine "
        "Ortschaft gefahren und hatte eine Radfahrerin erfasst. „Sie hatte nicht den Hauch "
        "einer Chance“, sagte die Vorsitzende Richterin Gudrun Maltzahn-Reiß in der "
        "Urteilsbegründung. Der Verteidiger kündigte Revision an. „Mein Mandant bereut "
        "zutiefst, aber die Strafe ist zu hoch“, sagte Rechtsanwalt Dr." + NB + "Kilian Dreyer.",
        [
            Q(
                "Sie hatte nicht",
                "die Vorsitzende Richterin Gudrun Maltzahn-Reiß",
                "{sagte} die",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Mein Mandant",
                "Rechtsanwalt Dr." + NB + "Kilian Dreyer",
                "{sagte} Rechtsanwalt",
                "P1",
                ("title-name", "nbsp-name"),
            ),
        ],
    ),
    P(
        "seeadler-windraeder",
        "Gericht stoppt Windräder wegen Seeadlern",
        "Das Verwaltungsgericht Schleswig hat den Bau von vier Windrädern bei Husum gestoppt. "
        "Die Genehmigung sei fehlerhaft, weil der Schutz von Seeadlern nicht ausreichend "
        "geprüft worden sei. „Der Artenschutz ist kein Formalismus“, hieß es in der "
        "Begründung der Kammer. Gegner der Anlagen hatten vor einem „Vogelschredder“ am "
        "Wattenmeer gewarnt. Der Betreiber Nordwind Energie will Beschwerde einlegen. "
        "Geschäftsführer Sönke Thomsen sagte: „Wir haben jedes Gutachten geliefert, das "
        "verlangt wurde.“",
        [
            Q("Der Artenschutz", "der Kammer", "hieß", "P1", ("org", "cue-hiess-es")),
            Q("Vogelschredder", None, pat="P9", tags=("term",)),
            Q("Wir haben jedes", "Geschäftsführer Sönke Thomsen", "sagte", "P2", ("title-name",)),
        ],
    ),
    P(
        "amtsgericht-rentnerin",
        "Rentnerin stiehlt Lebensmittel für 37 Euro",
        "Weil sie in einem Supermarkt in Gelsenkirchen Lebensmittel im Wert von 37 Euro "
        "gestohlen hatte, musste sich eine 81-Jährige vor dem Amtsgericht verantworten. Die "
        "Rentnerin gab die Tat zu. „Meine Rente reicht nach der Miete nicht mehr für den "
        "ganzen Monat“, sagte die 81-Jährige leise. Richter Martin Schäfer stellte das "
        "Verfahren gegen eine Geldauflage von 50 Euro ein. „Ich hoffe, Sie gehen zur "
        "Schuldnerberatung“, sagte er zum Abschluss.",
        [
            Q("Meine Rente", "die 81-Jährige", "{sagte} die", "P1+P8", ("age-anaphor",)),
            Q("Ich hoffe", "sagte {er}", "{sagte} er", "P1+P8", ("pronoun", "gender-anaphor")),
        ],
    ),
    P(
        "lagerhalle-wittstedt",
        "Angeklagter schweigt im Brandprozess",
        "Im Prozess um den Brand einer Lagerhalle in Wittstedt hat der Angeklagte am dritten "
        "Verhandlungstag geschwiegen. Vor der Polizei hatte der 35-Jährige noch gesagt: „Ich "
        "wollte nur Spuren verwischen, nicht die ganze Halle abfackeln.“ Sein Anwalt Ferhat "
        "Öztürk hält diese Aussage für nicht verwertbar. „Mein Mandant wurde vor der "
        "Vernehmung nicht ordnungsgemäß belehrt“, sagte der Anwalt. Das Gericht will darüber "
        "am Montag entscheiden.",
        [
            Q(
                "Ich wollte",
                "der 35-Jährige",
                "gesagt",
                "P2+P8",
                ("age-anaphor", "plusquamperfekt"),
            ),
            Q(
                "Mein Mandant",
                "der Anwalt",
                "sagte",
                "P1+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "pflegegrad-detmold",
        "Familie gewinnt gegen Pflegekasse",
        "Das Sozialgericht Detmold hat einer Familie aus Lage recht gegeben, die für ihren "
        "schwerbehinderten Sohn einen höheren Pflegegrad verlangt hatte. Die Pflegekasse "
        "hatte den Antrag zweimal abgelehnt. „Das Gutachten der Kasse hat den tatsächlichen "
        "Hilfebedarf nicht ansatzweise erfasst“, sagte Richterin Annika von der Lühe. Die "
        "Mutter des Jungen, Svetlana Petrenko, kämpfte drei Jahre lang um die Einstufung. Sie "
        "sagte nach der Verhandlung: „Ich bin einfach nur müde, aber heute bin ich auch "
        "glücklich.“ Die Kasse kann Berufung einlegen.",
        [
            Q(
                "Das Gutachten",
                "Richterin Annika von der Lühe",
                "{sagte} Richterin",
                "P1",
                ("title-name", "particle-name"),
            ),
            Q("Ich bin einfach", "Sie", "{sagte} nach", "P2+P8", ("pronoun",)),
        ],
    ),
    P(
        "ausschuss-glanzwerk",
        "Früherer Klinikchef weist Verantwortung zurück",
        "Im Untersuchungsausschuss zur Vergabe von Reinigungsaufträgen an den städtischen "
        "Kliniken hat der frühere Geschäftsführer Bernd-Otto Kramer jede Verantwortung "
        "zurückgewiesen. „Ich habe keinen einzigen Vertrag allein unterschrieben“, sagte "
        "Kramer. Die Obfrau der Grünen, Lisa Marie Timm, wollte wissen: „Warum steht dann Ihre "
        "Unterschrift unter dem Vertrag mit Glanzwerk?“ Kramer entgegnete: „Das war eine "
        "Gegenzeichnung, keine Entscheidung.“ Der Linken-Abgeordnete Peter Nowitzki warf ihm "
        "„organisierte Vergesslichkeit“ vor.",
        [
            Q("Ich habe keinen", "sagte {Kramer}", "sagte", "P1", ("noun-surname",)),
            Q("Warum steht", "Lisa Marie Timm", "wollte", "P2", ("role-apposition", "cue-wissen")),
            Q(
                "Das war eine",
                "{Kramer} entgegnete",
                "entgegnete",
                "P2",
                ("noun-surname", "cue-reply"),
            ),
            Q(
                "organisierte",
                "Der Linken-Abgeordnete Peter Nowitzki",
                "warf",
                "P5",
                ("title-name", "compound-role", "cue-vorwerfen"),
            ),
        ],
    ),
    P(
        "abgaswerte-agrotec",
        "Ingenieur räumt Manipulation ein",
        "Im Prozess um manipulierte Abgaswerte bei Landmaschinen hat ein früherer "
        "Entwicklungsingenieur der Firma Agrotec Haldensleben Fehler eingeräumt. „Ja, wir "
        "wussten, dass die Werte auf dem Prüfstand nicht der Realität entsprachen“, räumte der "
        "61-Jährige ein. Er habe aber nur auf Anweisung gehandelt. Sein früherer Vorgesetzter, "
        "Hans-Jürgen Dietz, bestreitet das. Dessen Verteidigerin Ramona Keil sagte: „Mein "
        "Mandant hat nie eine solche Anweisung gegeben.“",
        [
            Q(
                "Ja, wir",
                "der 61-Jährige",
                "räumte",
                "P1+P8",
                ("age-anaphor", "cue-concede"),
            ),
            Q(
                "Mein Mandant",
                "Dessen Verteidigerin Ramona Keil",
                "sagte",
                "P2",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
]

# --- police reports -------------------------------------------------------------------

POLICE: list[Any] = [
    P(
        "kleingaerten-magdeburg",
        "Zwei Festnahmen nach Laubeneinbrüchen",
        "Nach einer Einbruchserie in Kleingärten in Magdeburg hat die Polizei zwei "
        "Tatverdächtige festgenommen. Die Männer im Alter von 19 und 23 Jahren sollen in mehr "
        "als 40 Lauben eingebrochen sein. „Die Hinweise aus der Bevölkerung waren "
        "entscheidend“, sagte Polizeisprecherin Franziska Nguyen-Hoffmann. Der Vorsitzende des "
        "Kleingartenvereins „Abendfrieden“, Detlef Krause, zeigte sich erleichtert. „Endlich "
        "können unsere Mitglieder wieder ruhig schlafen.“",
        [
            Q(
                "Die Hinweise",
                "Polizeisprecherin Franziska Nguyen-Hoffmann",
                "sagte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q("Abendfrieden", None, pat="P9", tags=("name",)),
            Q("Endlich", "Detlef Krause", pat="P7", tags=("role-apposition",)),
        ],
    ),
    P(
        "vermisste-schuelerin",
        "Polizei sucht 14-Jährige",
        "Die Polizei sucht seit Sonntag nach einem 14 Jahre alten Mädchen aus Bad Tennstedt. "
        "Die Schülerin war nach dem Training nicht nach Hause gekommen. „Wir schließen ein "
        "Verbrechen derzeit nicht aus, gehen aber eher davon aus, dass sie freiwillig weg "
        "ist“, hieß es aus dem Polizeipräsidium. Die Beamten setzten am Montag einen "
        "Hubschrauber ein. Die Mutter des Mädchens wandte sich über die Lokalzeitung an ihre "
        "Tochter: „Komm einfach nach Hause, niemand ist dir böse.“",
        [
            Q(
                "Wir schließen",
                "dem Polizeipräsidium",
                "hieß",
                "P1",
                ("org", "cue-hiess-es"),
            ),
            Q("Komm einfach", "Die Mutter des Mädchens", "wandte", "P2"),
        ],
    ),
    P(
        "schockanrufe-lippe",
        "Schockanrufe: 200.000 Euro Beute in einer Woche",
        "Mit sogenannten „Schockanrufen“ haben Betrüger im Kreis Lippe innerhalb einer Woche "
        "mehr als 200.000 Euro erbeutet. Die Täter geben sich am Telefon als Polizisten oder "
        "Verwandte aus. Kriminalhauptkommissar Uwe Reinecke warnt: „Die echte Polizei ruft "
        "niemals an, um Geld oder Schmuck abzuholen.“ Besonders häufig fällt am Telefon der "
        "Satz „Mama, ich hatte einen Unfall“. Reinecke rät, sofort aufzulegen.",
        [
            Q("Schockanrufen", None, pat="P9", tags=("scare",)),
            Q(
                "Die echte Polizei",
                "Kriminalhauptkommissar Uwe Reinecke",
                "warnt",
                "P2",
                ("title-name", "compound-role"),
            ),
            Q("Mama, ich hatte", None, pat="P9", tags=("unattributed",)),
        ],
    ),
    P(
        "tempo-30-ausrede",
        "Raser erfindet Geburt",
        "Mit 97 Stundenkilometern ist ein Autofahrer am Freitag durch eine Tempo-30-Zone in "
        "Lüneburg gefahren. Den Beamten erklärte der 42-Jährige, er sei auf dem Weg zu einer "
        "Geburt. „Meine Frau liegt in den Wehen“, habe er gesagt. Ein Anruf im Krankenhaus "
        "ergab: Dort war keine Frau dieses Namens bekannt. „Wir haben schon viele Ausreden "
        "gehört, aber diese war neu“, sagte ein Sprecher der Polizei. Den Mann erwartet ein "
        "Fahrverbot.",
        [
            Q(
                "Meine Frau",
                "habe {er} gesagt",
                "gesagt",
                "P1+P8",
                ("pronoun", "perfekt"),
            ),
            Q("Wir haben schon", "ein Sprecher der Polizei", "sagte", "P1", ("org",)),
        ],
    ),
    P(
        "brand-sterkrade",
        "Nachbar rettet Hausbewohner",
        "Bei einem Brand in einem Mehrfamilienhaus in Oberhausen sind in der Nacht zu "
        "Samstag zwei Menschen verletzt worden. Ein Nachbar hatte den Rauch bemerkt und die "
        "Bewohner geweckt. „Ohne ihn hätte es Tote gegeben“, sagte Einsatzleiter Jens "
        "Vogelpohl von der Berufsfeuerwehr. Der Nachbar, ein 29 Jahre alter Student, winkte "
        "ab: „Ich habe nur laut geklopft und gerufen, das hätte jeder gemacht.“ Die "
        "Brandursache ist noch unklar.",
        [
            Q(
                "Ohne ihn",
                "Einsatzleiter Jens Vogelpohl",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "Ich habe nur",
                "Der Nachbar",
                "winkte",
                "P2+P8",
                ("nominal", "role-anaphor"),
            ),
        ],
    ),
    P(
        "demo-dornhagen",
        "2000 Menschen gegen Logistikzentrum",
        "Rund 2000 Menschen haben am Samstag in Dornhagen gegen ein geplantes "
        "Logistikzentrum demonstriert. Auf Transparenten stand „Acker statt Asphalt“. Die "
        "Polizei sprach von einem „weitgehend friedlichen Verlauf“. Einzelne Teilnehmer "
        "hätten Pyrotechnik gezündet. Versammlungsleiterin Jasmin Okafor-Lenz sagte am Abend: "
        "„Das war die größte Demo, die dieses Dorf je gesehen hat.“",
        [
            Q("Acker statt", None, pat="P9", tags=("motto", "unattributed")),
            Q("weitgehend", "Die Polizei", "sprach", "P5", ("org",)),
            Q(
                "Das war die",
                "Versammlungsleiterin Jasmin Okafor-Lenz",
                "sagte",
                "P2",
                ("title-name", "compound-role", "multipart-name"),
            ),
        ],
    ),
    P(
        "kaenguru-fuerstenwalde",
        "Känguru hüpft durchs Dorf",
        "Ein aus einem Privatgehege entlaufenes Känguru hat am Dienstagmorgen in einem Dorf "
        "bei Fürstenwalde für einen Polizeieinsatz gesorgt. Eine Joggerin hatte das Tier "
        "gemeldet. „Ich dachte erst, ich hätte zu wenig geschlafen“, sagte die Frau dem "
        "Lokalsender Radio Spreewelle. Nach zwei Stunden konnte der Besitzer das Känguru "
        "einfangen. „Es heißt Bruno und ist sehr zutraulich“, sagte er. Die Polizei prüft, ob "
        "das Gehege ausreichend gesichert war.",
        [
            Q("Ich dachte erst", "die Frau", "{sagte} die", "P1+P8", ("nominal",)),
            Q("Es heißt Bruno", "sagte {er}", "{sagte} er", "P1+P8", ("pronoun", "gender-anaphor")),
        ],
    ),
    P(
        "gesamtschule-lindenhof",
        "Vandalismus an Gesamtschule",
        "Unbekannte haben in der Nacht zum Mittwoch an der Gesamtschule Lindenhof in "
        "Ahrensfelde mehrere Fenster eingeworfen und Wände beschmiert. Der Schaden liegt "
        "laut Polizei bei rund 30.000 Euro. „Wer in der Nacht verdächtige Personen auf dem "
        "Schulgelände bemerkt hat, wird gebeten, sich zu melden“, erklärte die "
        "Polizeidirektion Ost in einer Mitteilung. Schulleiterin Claudia Mertin ist "
        "fassungslos: „Die Kinder haben diese Wände im Sommer selbst gestaltet.“",
        [
            Q(
                "Wer in der Nacht",
                "die Polizeidirektion Ost",
                "erklärte",
                "P1",
                ("org", "cue-mitteilung"),
            ),
            Q(
                "Die Kinder haben",
                "Schulleiterin Claudia Mertin",
                pat="P2",
                tags=("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "fahrraddiebe-hollenstedt",
        "60 Fahrräder in einer Woche gestohlen",
        "In Bad Hollenstedt sind innerhalb einer Woche mehr als 60 Fahrräder vom "
        "Bahnhofsparkplatz gestohlen worden. „Die Täter haben es gezielt auf hochwertige "
        "E-Bikes abgesehen“, sagte Polizeioberkommissar Jan Ziegler. „Ein einfaches "
        "Kettenschloss knacken die in zehn Sekunden.“ Die Stadt will nun eine bewachte "
        "Fahrradstation bauen.",
        [
            Q(
                "Die Täter",
                "Polizeioberkommissar Jan Ziegler",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q("Ein einfaches", "Polizeioberkommissar Jan Ziegler", pat="P6"),
        ],
    ),
]

# --- interviews -----------------------------------------------------------------------

INTERVIEWS: list[Any] = [
    P(
        "interview-hallmann",
        "„Formulare fressen Zeit“",
        "Seit einem Jahr ist Torben Hallmann Bürgermeister von Friesenhagen. Ein Gespräch "
        "über leere Kassen und volle Kitas.\n\n"
        "Herr Hallmann, was hat Sie im ersten Jahr am meisten überrascht?\n\n"
        "Hallmann: „Wie viel Zeit Formulare fressen. Für einen neuen Spielplatz brauche ich "
        "sieben Unterschriften.“\n\n"
        "Und die Kitas?\n\n"
        "Hallmann: „Da sind wir auf einem guten Weg. Im Frühjahr eröffnen zwei neue Gruppen.“",
        [
            Q("Wie viel Zeit", "{Hallmann}: „Wie", pat="P2", tags=("noun-surname", "interview")),
            Q("Da sind wir", "{Hallmann}: „Da", pat="P2", tags=("noun-surname", "interview")),
        ],
    ),
    P(
        "radio-hanse-ommen",
        "„Sand statt Beton“",
        "Radio Watt sprach mit der Meeresforscherin Dr. Tjarda Ommen über den steigenden "
        "Meeresspiegel.\n\n"
        "Radio Watt: „Frau Ommen, müssen die Halligen aufgegeben werden?“\n\n"
        "Ommen: „Nein. Aber wir müssen sie anders schützen als bisher, mit Sand statt "
        "Beton.“\n\n"
        "Radio Watt: „Wie viel Zeit bleibt dafür?“\n\n"
        "Ommen: „Zwanzig, vielleicht dreißig Jahre. Das klingt lang, ist es aber nicht.“",
        [
            Q("Frau Ommen", "{Radio Watt}: „Frau", pat="P2", tags=("media", "interview")),
            Q("Nein. Aber", "{Ommen}: „Nein", pat="P2", tags=("interview",)),
            Q("Wie viel Zeit", "{Radio Watt}: „Wie", pat="P2", tags=("media", "interview")),
            Q("Zwanzig", "{Ommen}: „Zwanzig", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "interview-hagedorn",
        "»Wie ein zweites Debüt«",
        "Die Nationalspielerin Merle Hagedorn über ihr Comeback nach 14 Monaten Pause.\n\n"
        "Frau Hagedorn, wie fühlt sich das an?\n\n"
        "Hagedorn: »Wie ein zweites Debüt. Ich war nervöser als bei meinem ersten "
        "Länderspiel.«\n\n"
        "Hatten Sie Zweifel, ob Sie zurückkommen?\n\n"
        "Hagedorn: »Jeden Tag. Wer etwas anderes behauptet, lügt.«",
        [
            Q("Wie ein zweites", "{Hagedorn}: »Wie", pat="P2", tags=("interview",)),
            Q("Jeden Tag", "{Hagedorn}: »Jeden", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "borowski-videobeweis",
        "Ex-Schiedsrichter Borowski rechnet mit dem Videobeweis ab",
        "Der frühere Bundesliga-Schiedsrichter Achim Borowski hat den Videobeweis scharf "
        "kritisiert. Das Fachblatt Anpfiff zitierte ihn mit den Worten: „Der Videoassistent "
        "hat dem Schiedsrichter auf dem Platz die Autorität genommen.“ Der Verband Deutscher "
        "Unparteiischer reagierte gelassen. „Herr Borowski hat schon immer gern zugespitzt“, "
        "sagte Verbandssprecherin Katrin Lausberg. In seinem Podcast „Nachspielzeit“ legte "
        "Borowski nach: „Ich sage nur, was viele aktive Kollegen denken.“",
        [
            Q(
                "Der Videoassistent",
                "ihn",
                "zitierte",
                "P2+P8",
                ("pronoun", "cue-zitiert"),
            ),
            Q(
                "Herr Borowski",
                "Verbandssprecherin Katrin Lausberg",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q("Nachspielzeit", None, pat="P9", tags=("title",)),
            Q("Ich sage nur", "legte {Borowski}", "legte", "P2"),
        ],
    ),
    P(
        "interview-landarzt-wiesenfeld",
        "„Ich mache Hausbesuche mit dem Fahrrad“",
        "Dr. Ole Brandtner ist seit drei Jahren der einzige Hausarzt in Wiesenfeld. Unser "
        "Reporter hat ihn einen Tag lang begleitet.\n\n"
        "Frage: Herr Brandtner, wie viele Patienten sehen Sie am Tag?\n\n"
        "Brandtner: „An guten Tagen 60, an schlechten 90. Dann wird es Nacht, bis die "
        "Dokumentation fertig ist.“\n\n"
        "Frage: Warum tun Sie sich das an?\n\n"
        "Brandtner: „Weil es sonst niemand tut. Und weil ich hier aufgewachsen bin.“",
        [
            Q("An guten Tagen", "{Brandtner}: „An", pat="P2", tags=("interview",)),
            Q("Weil es sonst", "{Brandtner}: „Weil", pat="P2", tags=("interview",)),
        ],
    ),
    P(
        "interview-ferreira-wahl",
        "„Die Stadt braucht Ideen“",
        "Die Architektin Luísa Monteiro tritt bei der Oberbürgermeisterwahl in Kaltenbach als "
        "Parteilose an. Ein Gespräch über Baustellen, Bürgersinn und Bäume.\n\n"
        "Frau Monteiro, warum ausgerechnet das Rathaus?\n\n"
        "„Weil ich seit zwanzig Jahren Pläne für diese Stadt zeichne, die in Schubladen "
        "verschwinden. Ich will einmal erleben, dass einer gebaut wird.“\n\n"
        "Die Konkurrenz verweist auf fehlende Verwaltungserfahrung.\n\n"
        "„Die hat sie, und man sieht, wohin das geführt hat.“",
        [
            Q("Weil ich seit", "{Frau Monteiro}, warum", pat="P7", tags=("interview",)),
            Q("Die hat sie", "{Frau Monteiro}, warum", pat="P6", tags=("interview",)),
        ],
    ),
]

# --- media as speakers and media quoting media ----------------------------------------

MEDIA: list[Any] = [
    P(
        "geburtsklinik-presseschau",
        "Presseschau: Geburtsklinik Hallerbach",
        "Die Schließung der Geburtsklinik in Hallerbach beschäftigt die regionale Presse. "
        "„Wer auf dem Land Kinder bekommen will, braucht künftig ein gutes Auto und starke "
        "Nerven“, kommentierte das Weserbergland-Echo am Sonntag. Die Hallerbacher "
        "Nachrichten schrieben von einem „schwarzen Tag für die Region“. Der Landrat wies die "
        "Kritik zurück.",
        [
            Q("Wer auf dem Land", "das Weserbergland-Echo", "kommentierte", "P1", ("media",)),
            Q(
                "schwarzen Tag",
                "Die Hallerbacher Nachrichten",
                "schrieben",
                "P5",
                ("media",),
            ),
        ],
    ),
    P(
        "radio-mittelsachsen-bruecken",
        "Sender: Brückensanierung nicht finanzierbar",
        "Der Sender Radio Mittelsachsen hat nach eigenen Angaben Einblick in ein internes "
        "Papier des Landesamts für Straßenbau erhalten. Darin heißt es, die Sanierung von 40 "
        "Brücken bis 2030 sei nicht finanzierbar. „Das Land fährt seine Infrastruktur auf "
        "Verschleiß“, sagte Radio-Mittelsachsen-Reporterin Paula Nguyen im Morgenprogramm. Das "
        "Amt erklärte, das Papier sei ein Entwurf. Dem Sender zufolge wurde es aber „bereits "
        "zweimal im Kabinett beraten“.",
        [
            Q(
                "Das Land fährt",
                "Radio-Mittelsachsen-Reporterin Paula Nguyen",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "bereits",
                "Dem Sender",
                "zufolge",
                "P4+P5",
                ("media", "nominal", "cue-zufolge"),
            ),
        ],
    ),
    P(
        "laufwerk-zulieferer",
        "Bericht über Arbeitsbedingungen bei Zulieferer",
        "Das Wirtschaftsmagazin Kapital und Köpfe berichtet über schlechte Arbeitsbedingungen "
        "bei einem Zulieferer des Sportartikelherstellers Laufwerk in Kambodscha. „Die "
        "Näherinnen arbeiten bis zu 14 Stunden am Tag, oft ohne freien Sonntag“, heißt es in "
        "dem Bericht. Laufwerk wies die Vorwürfe zurück. „Wir kontrollieren unsere Zulieferer "
        "regelmäßig und unangekündigt“, erklärte eine Konzernsprecherin auf Anfrage.",
        [
            Q("Die Näherinnen", "dem Bericht", "heißt", "P1", ("media", "cue-hiess-es")),
            Q("Wir kontrollieren", "eine Konzernsprecherin", "erklärte", "P1"),
        ],
    ),
    P(
        "talkshow-pflege",
        "Wortgefecht in der Talkshow",
        "In der Talkshow „Klartext am Donnerstag“ ist es zwischen dem Abgeordneten Arne "
        "Lüdecke und der Pflegerin Samira Haddad zu einem heftigen Wortwechsel gekommen. "
        "Lüdecke sagte, die Pflege sei „besser als ihr Ruf“. Haddad unterbrach ihn: „Dann "
        "kommen Sie doch mal eine Nachtschicht zu uns auf die Station.“ Der Abgeordnete nahm "
        "die Einladung an. „Gern, nennen Sie mir einen Termin“, sagte er.",
        [
            Q("Klartext am Donnerstag", None, pat="P9", tags=("title",)),
            Q(
                "besser als ihr Ruf",
                "{Lüdecke} sagte",
                "Lüdecke {sagte}",
                "P5",
                nested=True,
            ),
            Q("Dann kommen", "{Haddad} unterbrach", "unterbrach", "P2"),
            Q("Gern, nennen", "sagte {er}", "{sagte} er", "P1+P8", ("pronoun", "gender-anaphor")),
        ],
    ),
    P(
        "emsland-09-insolvenz",
        "Regionalligist stellt Insolvenzantrag",
        "Der Präsident des Regionalligisten SV Emsland 09, Harald Brüning, hatte der "
        "Osnabrücker Abendpost vor einer Woche noch gesagt: „Wir sind finanziell "
        "kerngesund.“ Am Montag stellte der Verein Insolvenzantrag. Die Zeitung kommentierte "
        "trocken: „Kerngesund sieht anders aus.“",
        [
            Q(
                "Wir sind finanziell",
                "Harald Brüning",
                "gesagt",
                "P2",
                ("role-apposition", "plusquamperfekt"),
            ),
            Q("Kerngesund sieht", "Die Zeitung", "kommentierte", "P2+P8", ("media", "nominal")),
        ],
    ),
    P(
        "boerde-kurier-schulen",
        "Regierungschef: Keine Schule wird geschlossen",
        "Die Landeszeitung Börde-Kurier zitiert Regierungschef Lutz Hammerschmidt mit den "
        "Worten: „Wir werden keine einzige Schule auf dem Land schließen, solange ich im Amt "
        "bin.“ Die Opposition sprach von einem „billigen Wahlversprechen“. Deren "
        "Fraktionschefin Dr. Ilona Reißmann wird in derselben Zeitung mit dem Satz zitiert: "
        "„Vor zwei Jahren hat er noch das Gegenteil gesagt.“",
        [
            Q(
                "Wir werden keine",
                "Regierungschef Lutz Hammerschmidt",
                "{zitiert} Regierungschef",
                "P2",
                ("title-name", "compound-role", "cue-zitiert"),
            ),
            Q("billigen Wahlversprechen", "Die Opposition", "sprach", "P5", ("org",)),
            Q(
                "Vor zwei Jahren",
                "Deren Fraktionschefin Dr. Ilona Reißmann",
                "Satz {zitiert}",
                "P2",
                ("title-name", "compound-role", "cue-zitiert"),
            ),
        ],
    ),
    P(
        "wendlinger-abschied",
        "Kabarettistin Wendlinger hört auf",
        "Die Kabarettistin Rosi Wendlinger hat ihren Abschied von der Bühne angekündigt. "
        "„Nach 40 Jahren ist genug gelacht“, hat die 68-Jährige dem Sender Alpenwelle gesagt. "
        "Auf Facebook schrieb sie an ihre Fans: „Ein letztes Programm gibt es noch, "
        "versprochen.“ Ihr Manager Toni Hufnagl bestätigte die Pläne.",
        [
            Q(
                "Nach 40 Jahren",
                "die 68-Jährige",
                "gesagt",
                "P1+P8",
                ("age-anaphor", "perfekt"),
            ),
            Q(
                "Ein letztes",
                "schrieb {sie}",
                "schrieb",
                "P2+P8",
                ("pronoun", "cue-social"),
            ),
        ],
    ),
]

# --- quotations nobody is said to have spoken ------------------------------------------

UNATTRIBUTED: list[Any] = [
    P(
        "stadiondurchsage-verspaetung",
        "Anpfiff mit Verspätung",
        "Kurz vor dem Anpfiff kam aus den Lautsprechern die Durchsage: „Das Spiel beginnt "
        "wegen eines Sanitätseinsatzes mit zehn Minuten Verspätung.“ Auf der Tribüne brandete "
        "Applaus auf, als der Rettungswagen wieder abfuhr. Von den Rängen schallte es: „Gute "
        "Besserung!“ Stadionsprecher Heino Albers sagte später, der betroffene Zuschauer sei "
        "wohlauf.",
        [
            Q("Das Spiel beginnt", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Gute Besserung", None, pat="P9", tags=("unattributed",)),
        ],
    ),
    P(
        "dorfladen-oberwiesenbach",
        "Dorfladen kämpft ums Überleben",
        "In Oberwiesenbach glaubt kaum jemand an die Rettung des Dorfladens. Im Ort heißt es "
        "schon: „Wenn der Laden zu ist, ist auch das Dorf tot.“ Betreiberin Annegret Fuchs "
        "will trotzdem bis zum Sommer durchhalten. „Aufgeben kann ich immer noch“, sagt die "
        "66-Jährige.",
        [
            Q("Wenn der Laden", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Aufgeben kann", "die 66-Jährige", "sagt", "P1+P8", ("age-anaphor",)),
        ],
    ),
    P(
        "saalebruecke-schild",
        "Geduld am Ende",
        "An der Baustelle der Saalebrücke in Weißenfels hängt ein großes Schild: „Wir bauen "
        "für Ihre Zukunft. Danke für Ihre Geduld.“ Viele Pendler haben die Geduld längst "
        "verloren. „Seit zwei Jahren stehe ich jeden Morgen 40 Minuten im Stau“, sagt "
        "Lkw-Fahrer Gökhan Aslan. Das Landesamt für Straßenbau stellte die Freigabe für Ende "
        "Mai in Aussicht.",
        [
            Q("Wir bauen", None, pat="P9", tags=("unattributed",)),
            Q(
                "Seit zwei Jahren",
                "Lkw-Fahrer Gökhan Aslan",
                "sagt",
                "P1",
                ("title-name", "compound-role"),
            ),
        ],
    ),
    P(
        "drohbrief-tiefenbach",
        "Drohbrief an Gemeinderat",
        "Der Gemeinderat von Tiefenbach hat einen anonymen Drohbrief erhalten. Darin wurde "
        "ihm mitgeteilt: „Wer dem Windpark zustimmt, wird es bereuen.“ Die Polizei ermittelt. "
        "Bürgermeisterin Regina Hohlfeld sagte: „Wir lassen uns nicht einschüchtern, von "
        "niemandem.“",
        [
            Q("Wer dem Windpark", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Wir lassen", "Bürgermeisterin Regina Hohlfeld", "sagte", "P2", ("title-name",)),
        ],
    ),
    P(
        "schulreform-zwischenruf",
        "Zwischenrufe in der Schuldebatte",
        "Als Kultusministerin Dr. Susanne Achterkamp im Landtag erklärte, die Reform bringe "
        "mehr Lehrkräfte an die Schulen, kam aus den Reihen der Opposition der Zwischenruf: "
        "„Aus welchem Hut denn?“ Achterkamp konterte: „Aus dem, den Sie uns vor fünf Jahren "
        "leer hinterlassen haben.“ Ihr Parteifreund Jan-Ole Petersen nannte die Reform "
        "„überfällig“.",
        [
            Q("Aus welchem", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Aus dem, den", "{Achterkamp} konterte", "konterte", "P2", ("cue-reply",)),
            Q(
                "überfällig",
                "Ihr Parteifreund Jan-Ole Petersen",
                "nannte",
                "P5",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "bahnhof-bad-rodenau",
        "Stundenlang festgesessen",
        'Am Bahnhof von Bad Rodenau kam am Sonntagabend stundenlang dieselbe Ansage: "Wegen '
        "einer Störung im Betriebsablauf verzögert sich die Weiterfahrt auf unbestimmte "
        'Zeit." Hunderte Reisende saßen fest. "Niemand hat uns gesagt, was los ist", sagte die '
        "Studentin Lina Hüsing. Ein Sprecher der Mitteldeutschen Regionalbahn sprach von "
        "einem Schaden an der Oberleitung.",
        [
            Q("Wegen", None, pat="P9", tags=("unattributed", "cue-without-speaker")),
            Q("Niemand hat", "die Studentin Lina Hüsing", "sagte", "P1", ("title-name",)),
        ],
    ),
]

# --- articles line-wrapped at about 72 columns ------------------------------------------

WRAPPED: list[Any] = [
    wrapped(
        P(
            "kitagebuehren-ostereichen",
            "Kita-Gebühren steigen um 18 Prozent",
            lines(
                "Die Gemeinde Ostereichen erhöht zum 1. August die Gebühren für die",
                "Kinderbetreuung um durchschnittlich 18 Prozent. „Wir haben lange gerungen,",
                "aber ohne die Erhöhung können wir keine Erzieherin mehr einstellen“, sagte",
                "Bürgermeister Detlef Hollenbach am Dienstagabend. Elternvertreterin Sandra",
                "Yıldız-Kruse hält dagegen: „Familien mit zwei Kindern zahlen künftig mehr",
                "als 700 Euro im Monat. Das ist keine Kita mehr, das ist ein Luxusgut.“",
            ),
            [
                Q(
                    "Wir haben lange",
                    "Bürgermeister Detlef Hollenbach",
                    "sagte",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
                Q(
                    "Familien mit",
                    "Elternvertreterin Sandra\nYıldız-Kruse",
                    "hält",
                    "P2",
                    ("title-name", "compound-role", "multipart-name", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "sparkasse-hunteland",
            "Sparkasse schließt elf Filialen",
            lines(
                "Die Sparkasse Oberes Hunteland schließt bis zum Jahresende elf ihrer 29",
                "Filialen. Stattdessen sollen Geldautomaten und ein mobiler Beratungsbus",
                "die Dörfer versorgen. „Viele Filialen besuchen am Tag weniger als zehn",
                "Kundinnen und Kunden“, sagte Vorstandsmitglied Hauke",
                "Brinkmann-Oltmanns. Der Seniorenbeirat des Landkreises reagierte empört.",
                "„Ältere Menschen machen kein Onlinebanking, sie wollen ein Gesicht sehen“,",
                "sagte dessen Vorsitzende Helga Reimers. Sie kündigte Protest an.",
            ),
            [
                Q(
                    "Viele Filialen",
                    "Vorstandsmitglied Hauke\nBrinkmann-Oltmanns",
                    "{sagte} Vorstandsmitglied",
                    "P1",
                    ("title-name", "compound-role", "multipart-name", "linebreak-name"),
                ),
                Q(
                    "Ältere Menschen",
                    "dessen Vorsitzende Helga Reimers",
                    "{sagte} dessen",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "elefantenkalb-elsterau",
            "Elefantenkalb im Tierpark Elsterau geboren",
            lines(
                "Im Tierpark Elsterau ist ein Elefantenkalb zur Welt gekommen. Das",
                "Weibchen wog bei der Geburt 112 Kilogramm und stand nach einer Stunde auf",
                "eigenen Beinen. „Mutter und Kind sind wohlauf, wir sind alle sehr",
                "erleichtert“, sagte Tierparkdirektorin Dr. Heike Sommerfeld-",
                "Quast. Für das Kalb wird noch ein Name gesucht. Tierpfleger Enrico Lange,",
                "der die Geburt begleitet hat, war sichtlich gerührt: „Ich mache das seit",
                "26 Jahren, und es ist jedes Mal wieder ein Wunder.“",
            ),
            [
                Q(
                    "Mutter und Kind",
                    "Tierparkdirektorin Dr. Heike Sommerfeld-\nQuast",
                    "sagte",
                    "P1",
                    ("title-name", "compound-role", "multipart-name", "linebreak-name"),
                ),
                Q(
                    "Ich mache das",
                    "Tierpfleger Enrico Lange",
                    pat="P2",
                    tags=("title-name", "compound-role", "noun-surname", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "solarpark-kirchhorst",
            "Gemeinderat billigt Solarpark",
            lines(
                "Der Gemeinderat von Kirchhorst hat den Bebauungsplan für den Solarpark",
                "an der Kreisstraße 12 gebilligt. Der Sprecher der Bürgerinitiative,",
                "Wolfgang Reuter-Nissen, zeigte sich enttäuscht: „Hier werden 40 Hektar",
                "bester Ackerboden geopfert, obwohl es genug Dächer gibt.“ Der Investor,",
                "die Firma Sonnenfeld Projekte aus Hannover, will im Frühjahr mit dem Bau",
                "beginnen. „Wir haben jede Auflage erfüllt“, sagte Projektleiter Tim",
                "Ostermeyer. Der 38-Jährige betonte: „Zwischen den Modulen weiden Schafe,",
                "hier wird kein Quadratmeter versiegelt.“",
            ),
            [
                Q(
                    "Hier werden",
                    "Wolfgang Reuter-Nissen",
                    "zeigte",
                    "P2",
                    ("role-apposition", "multipart-name"),
                ),
                Q(
                    "Wir haben jede",
                    "Projektleiter Tim\nOstermeyer",
                    "sagte",
                    "P1",
                    ("title-name", "compound-role", "linebreak-name"),
                ),
                Q(
                    "Zwischen den",
                    "Der 38-Jährige",
                    "betonte",
                    "P2+P8",
                    ("age-anaphor",),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "hafenstreik-hamburg",
            "Streik legt Hamburger Hafen lahm",
            lines(
                "Im Hamburger Hafen haben am Freitag erneut Hunderte Beschäftigte die",
                "Arbeit niedergelegt. Die Abfertigung von Containerschiffen kam",
                "weitgehend zum Erliegen. „Wir streiken, bis ein Angebot auf dem Tisch",
                "liegt, über das man reden kann“, sagte GHL-Verhandlungsführer Mehmet",
                "Karakaya. Die Hafenbetriebe sprachen von einem „unverhältnismäßigen",
                "Arbeitskampf“. Ihr Verhandlungsführer, Christoph Adler, sagte: „Jeder Tag",
                "Streik treibt Reedereien nach Rotterdam und Antwerpen, und die kommen",
                "nicht zurück.“",
            ),
            [
                Q(
                    "Wir streiken",
                    "GHL-Verhandlungsführer Mehmet\nKarakaya",
                    "{sagte} GHL-Verhandlungsführer",
                    "P1",
                    ("title-name", "compound-role", "linebreak-name"),
                ),
                Q("unverhältnismäßigen", "Die Hafenbetriebe", "sprachen", "P5", ("org",)),
                Q(
                    "Jeder Tag",
                    "Christoph Adler",
                    "{sagte}: „Jeder",
                    "P2",
                    ("role-apposition", "noun-surname"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "schaeferhund-parchim",
            "Geldstrafe nach Hundebiss",
            lines(
                "Das Amtsgericht Parchim hat einen 45 Jahre alten Hundehalter zu einer",
                "Geldstrafe von 3600 Euro verurteilt. Sein nicht angeleinter Schäferhund",
                "hatte im Frühjahr eine Joggerin gebissen. „Sie haben Ihren Hund nicht im",
                "Griff, und das wussten Sie“, sagte Richterin Dr. Katharina",
                "Wendeborn-Ilić. Der Angeklagte hatte zuvor beteuert, das Tier sei",
                "„sonst lammfromm“. Die Joggerin, eine 34 Jahre alte Lehrerin, sagte nach",
                "dem Urteil: „Ich gehe seitdem nur noch mit Pfefferspray laufen.“",
            ),
            [
                Q(
                    "Sie haben Ihren",
                    "Richterin Dr. Katharina\nWendeborn-Ilić",
                    "{sagte} Richterin",
                    "P1",
                    ("title-name", "multipart-name", "linebreak-name"),
                ),
                Q(
                    "sonst lammfromm",
                    "Der Angeklagte",
                    "beteuert",
                    "P5+P8",
                    ("nominal", "plusquamperfekt", "linebreak-cue"),
                    nested=True,
                ),
                Q(
                    "Ich gehe",
                    "Die Joggerin",
                    "{sagte} nach",
                    "P2+P8",
                    ("nominal", "role-anaphor", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "mikroplastik-kuehlungsborn",
            "Doppelt so viel Mikroplastik in der Ostsee",
            lines(
                "Forschende des Meeresinstituts Kühlungsborn haben in der Ostsee",
                "ungewöhnlich große Mengen an Mikroplastik gefunden. An manchen",
                "Messstellen lag die Konzentration doppelt so hoch wie vor zehn Jahren.",
                "„Die Ostsee ist ein fast geschlossenes Meer. Was einmal drin ist, bleibt“,",
                "erklärte Projektleiter Dr." + NB + "Lasse Brodersen. Die Chemikerin Ewa",
                "Zielińska ergänzte: „Wir finden Fasern aus Kleidung bis in 200 Meter",
                "Tiefe.“",
            ),
            [
                Q(
                    "Die Ostsee ist",
                    "Projektleiter Dr." + NB + "Lasse Brodersen",
                    "erklärte",
                    "P1",
                    ("title-name", "compound-role", "nbsp-name", "linebreak-cue"),
                ),
                Q(
                    "Wir finden",
                    "Die Chemikerin Ewa\nZielińska",
                    "ergänzte",
                    "P2",
                    ("title-name", "linebreak-name", "cue-addition"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "ruderverein-bodenwerder",
            "Ruderverein feiert 125 Jahre",
            lines(
                "Der Ruderverein Germania Bodenwerder feiert in diesem Jahr sein",
                "125-jähriges Bestehen. Zum Auftakt ruderten am Sonntag 40 Boote in einer",
                "Parade über die Weser. „Wir sind älter als die Brücke, über die heute",
                "alle fahren“, so Vereinsvorsitzender Gustav Schmied. Auf Instagram",
                "schrieb der Verein am Abend: „Was für ein Tag! Danke an alle, die am Ufer",
                "gestanden und gewunken haben.“",
            ),
            [
                Q(
                    "Wir sind älter",
                    "Vereinsvorsitzender Gustav Schmied",
                    "so",
                    "P4",
                    ("title-name", "compound-role", "noun-surname", "cue-so"),
                ),
                Q(
                    "Was für ein Tag",
                    "der Verein",
                    "schrieb",
                    "P2+P8",
                    ("org", "nominal", "cue-social"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "welpen-b96",
            "23 Welpen in Kleintransporter entdeckt",
            lines(
                "Bei einer Verkehrskontrolle auf der B 96 bei Neubrandenburg hat die",
                "Polizei einen Kleintransporter mit 23 Hundewelpen gestoppt. Die Tiere",
                "waren bei der Kontrolle laut Polizeihauptkommissarin Bettina",
                "Kraus-Oyelaran „in einem erbärmlichen Zustand“. Der Fahrer, ein",
                "31 Jahre alter Mann, hatte keine Papiere für die Tiere. „Die jüngsten",
                "Welpen sind höchstens sechs Wochen alt“, sagte die Leiterin des",
                "Tierheims, Petra Kuhn, die die Hunde aufgenommen hat.",
            ),
            [
                Q(
                    "in einem",
                    "Polizeihauptkommissarin Bettina\nKraus-Oyelaran",
                    "laut",
                    "P4+P5",
                    (
                        "title-name",
                        "compound-role",
                        "multipart-name",
                        "linebreak-name",
                        "cue-laut",
                    ),
                ),
                Q(
                    "Die jüngsten",
                    "Petra Kuhn",
                    "sagte",
                    "P1",
                    ("role-apposition", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "schwestern-von-lindau",
            "Jubel für „Die Schwestern von Lindau“",
            lines(
                "Mit stehenden Ovationen hat das Publikum am Samstag die Uraufführung",
                'des Stücks "Die Schwestern von Lindau" im Stadttheater Marienbrunn',
                'gefeiert. "Ich habe selten erlebt, dass ein Saal so still war", sagte',
                "Regisseur Ben Ole Kaspersen nach der Vorstellung. Autorin Marit",
                'Ødegaard, die aus Norwegen angereist war, zeigte sich bewegt: "Ich',
                'verstehe kein Wort Deutsch, aber ich habe jede Szene verstanden."',
            ),
            [
                Q("Die Schwestern", None, pat="P9", tags=("title",)),
                Q(
                    "Ich habe selten",
                    "Regisseur Ben Ole Kaspersen",
                    "sagte",
                    "P1",
                    ("title-name", "multipart-name", "linebreak-cue"),
                ),
                Q(
                    "Ich\nverstehe",
                    "Autorin Marit\nØdegaard",
                    "zeigte",
                    "P2",
                    ("title-name", "linebreak-name"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "ob-wahl-kaltental",
            "Enges Duell um das Rathaus",
            lines(
                "Im Rennen um das Amt des Oberbürgermeisters in Kaltental liefern sich",
                "Amtsinhaber Reinhard Stöckel und Herausforderin Nadine Szymańska-Holz",
                "ein enges Duell. Bei der Podiumsdiskussion am Mittwoch warf die",
                "Herausforderin dem Amtsinhaber vor: „Sie verwalten die Stadt, aber Sie",
                "gestalten sie nicht.“ Stöckel hatte schon vor Wochen angekündigt: „Ich",
                "werde mich nicht auf persönliche Angriffe einlassen.“ Er blieb dabei.",
                "„Meine Bilanz spricht für sich“, sagte er nur.",
            ),
            [
                Q(
                    "Sie verwalten",
                    "die\nHerausforderin",
                    "warf",
                    "P2+P8",
                    ("nominal", "role-anaphor", "gender-anaphor", "cue-vorwerfen"),
                ),
                Q(
                    "Ich\nwerde",
                    "{Stöckel} hatte",
                    "angekündigt",
                    "P2",
                    ("plusquamperfekt",),
                ),
                Q(
                    "Meine Bilanz",
                    "sagte {er}",
                    "sagte",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "seilerei-brockmoeller",
            "Seilerei Brockmöller wird 200",
            lines(
                "Die Seilerei Brockmöller in Stadthagen wird 200 Jahre alt. Gegründet",
                "wurde sie 1826 von einem Schiffsbauer, heute führt Friederike von der",
                "Heyde-Brockmöller den Betrieb in siebter Generation. „Seile braucht man",
                "immer, nur halten sie heute Windräder statt Segel“, sagt die 49-Jährige.",
                "Ihr Vater Konrad Brockmöller, 81, kommt noch jeden Morgen in die",
                "Werkstatt. „Wer hier aufhört, wird alt“, sagt er und lacht.",
            ),
            [
                Q("Seile braucht", "die 49-Jährige", "{sagt} die", "P1+P8", ("age-anaphor",)),
                Q(
                    "Wer hier",
                    "sagt {er}",
                    "{sagt} er",
                    "P1+P8",
                    ("pronoun", "gender-anaphor"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "vfl-wolfsheim-trainer",
            "Wolfsheim trennt sich von Pinheiro",
            lines(
                "Der VfL Wolfsheim hat sich von Cheftrainer Sandro Pinheiro getrennt.",
                "Nach nur einem Sieg aus neun Spielen zog der Verein am Sonntag die",
                "Reißleine. „Wir haben Sandro viel zu verdanken, aber die Entwicklung der",
                "letzten Wochen ließ uns keine Wahl“, hat der Sportdirektor des VfL, Ingo",
                "Rademacher, am Abend gesagt. Pinheiro selbst äußerte sich zunächst",
                "nicht. Sein Berater Luís Carvalho sagte der Zeitung Sportblick lediglich:",
                "„Sandro ist enttäuscht, aber nicht überrascht.“",
            ),
            [
                Q(
                    "Wir haben Sandro",
                    "Ingo\nRademacher",
                    "gesagt",
                    "P1",
                    ("role-apposition", "linebreak-name", "perfekt"),
                ),
                Q(
                    "Sandro ist",
                    "Sein Berater Luís Carvalho",
                    "sagte",
                    "P2",
                    ("title-name", "linebreak-cue"),
                ),
            ],
        )
    ),
]

# --- more: councils, parliaments, statements ---------------------------------------------

MORE: list[Any] = [
    P(
        "haushalt-lauterbrunn",
        "Lauterbrunn macht 6,4 Millionen Euro neue Schulden",
        "Die Stadt Lauterbrunn muss im kommenden Jahr 6,4 Millionen Euro neue Schulden "
        "aufnehmen. „Wir sparen, wo wir können“, sagte Kämmerer Frank Paul am Donnerstag im "
        "Finanzausschuss, „aber die Pflichtaufgaben wachsen uns über den Kopf.“ Allein die "
        "Kosten der Jugendhilfe stiegen um 22 Prozent. Die Reaktion der Opposition: „Dieser "
        "Haushalt ist ein Offenbarungseid.“ Der Steuerzahlerverein Nordhessen sieht das "
        "ähnlich. Die Stadt lebe „seit Jahren über ihre Verhältnisse“, so dessen "
        "Landesvorsitzender Gernot Pichler.",
        [
            Q(
                "Wir sparen",
                "Kämmerer Frank Paul",
                "sagte",
                "P3",
                ("title-name", "noun-surname"),
                part=(0, 2),
            ),
            Q(
                "aber die Pflichtaufgaben",
                "Kämmerer Frank Paul",
                "sagte",
                "P3",
                ("title-name", "noun-surname"),
                part=(1, 2),
            ),
            Q("Dieser", "der Opposition", "Reaktion", "P2", ("org", "cue-noun-colon")),
            Q(
                "seit Jahren",
                "dessen Landesvorsitzender Gernot Pichler",
                "so",
                "P4+P5",
                ("title-name", "compound-role", "cue-so"),
                nested=True,
            ),
        ],
    ),
    P(
        "tempolimit-landtag",
        "Verkehrsminister lehnt Tempolimit ab",
        "„Ein Tempolimit auf Autobahnen wird es mit mir nicht geben.“ Das hat "
        "Landesverkehrsminister Albrecht Kühne am Mittwoch im Landtag in Dresden bekräftigt. "
        "Die Grünen-Abgeordnete Sina Hoffmann-Reiter wollte wissen: „Kennen Sie eigentlich die "
        "Unfallstatistik, Herr Minister?“ Kühne entgegnete: „Ich kenne sie besser als Sie.“ Die "
        "Abgeordnete reagierte mit einem Lachen: „Dann lesen Sie sie bitte noch einmal.“",
        [
            Q(
                "Ein Tempolimit",
                "Landesverkehrsminister Albrecht Kühne",
                "bekräftigt",
                "P1",
                ("title-name", "compound-role", "cue-next-sentence", "perfekt"),
            ),
            Q(
                "Kennen Sie",
                "Die Grünen-Abgeordnete Sina Hoffmann-Reiter",
                "wollte",
                "P2",
                ("title-name", "compound-role", "multipart-name", "cue-wissen"),
            ),
            Q("Ich kenne sie", "{Kühne} entgegnete", "entgegnete", "P2", ("cue-reply",)),
            Q(
                "Dann lesen",
                "Die Abgeordnete",
                "reagierte",
                "P2+P8",
                ("nominal", "role-anaphor", "gender-anaphor"),
            ),
        ],
    ),
    P(
        "heimaufsicht-lindenhof",
        "Heimaufsicht findet erhebliche Mängel",
        "Bei einer unangekündigten Prüfung im Seniorenheim Lindenhof in Bad Grauwald haben "
        "Kontrolleure erhebliche Mängel festgestellt. Laut Heimaufsicht waren „Medikamente "
        "teils falsch dosiert und Dokumentationen lückenhaft“. Geschäftsführerin Astrid "
        "Kellermann sagte, man habe zu wenig Personal gehabt. „Wir haben in einem Monat drei "
        "Pflegekräfte verloren.“ Inzwischen seien vier Stellen neu besetzt. „Die Angehörigen "
        "haben ein Recht darauf, dass wir das in Ordnung bringen.“ Dem Prüfbericht zufolge "
        "muss das Heim „binnen sechs Wochen“ nachbessern.",
        [
            Q("Medikamente", "Heimaufsicht", "Laut", "P4+P5", ("org", "cue-laut")),
            Q(
                "Wir haben in einem",
                "Geschäftsführerin Astrid Kellermann",
                pat="P7",
                tags=("title-name", "compound-role", "noun-surname", "after-indirect"),
            ),
            Q(
                "Die Angehörigen",
                "Geschäftsführerin Astrid Kellermann",
                pat="P6",
                tags=("title-name", "compound-role", "noun-surname", "after-indirect"),
            ),
            Q("binnen sechs", "Dem Prüfbericht", "zufolge", "P4+P5", ("cue-zufolge",)),
        ],
    ),
    P(
        "duerrehilfen-brandenburg",
        "Dürrehilfen lassen auf sich warten",
        "Seit Monaten warten Landwirte in Brandenburg auf die Auszahlung der Dürrehilfen. Eine "
        "Anfrage der Abgeordneten Kerstin Bauer-Ruhland ergab, dass erst ein Drittel der "
        "Anträge bearbeitet ist. Die Erklärung des Ministeriums: „Die Prüfung jedes einzelnen "
        "Antrags ist aufwendig und gesetzlich vorgeschrieben.“ Das Urteil der Abgeordneten: "
        "„Wer so lange braucht, hat die Bauern schon abgeschrieben.“",
        [
            Q(
                "Die Prüfung",
                "des Ministeriums",
                "Erklärung",
                "P2",
                ("org", "cue-noun-colon"),
            ),
            Q(
                "Wer so lange",
                "Urteil {der Abgeordneten}",
                "Urteil",
                "P2+P8",
                ("nominal", "role-anaphor", "cue-noun-colon"),
            ),
        ],
    ),
    P(
        "handyverbot-eberstadt",
        "Gesamtschule verbietet Handys",
        "Die Gesamtschule Am Mühlbach in Eberstadt will ab dem Sommer Handys im Unterricht "
        "und in den Pausen verbieten. Die Begründung von Schulleiter Dr. Gregor Wiesinger: "
        "„Seit wir es in der fünften Klasse ausprobiert haben, wird in den Pausen wieder "
        "Fußball gespielt.“ Im Schülerrat sind die Meinungen geteilt. „Ich verstehe das, aber "
        "wir sind doch keine Kinder mehr.“ So äußerte sich Schülersprecherin Mia Hoffmeister "
        "aus der zehnten Klasse. Der Schulleiter räumte ein: „Für die Oberstufe werden wir "
        "eine eigene Regel finden müssen.“",
        [
            Q(
                "Seit wir es",
                "Schulleiter Dr. Gregor Wiesinger",
                "Begründung",
                "P2",
                ("title-name", "compound-role", "cue-noun-colon"),
            ),
            Q(
                "Ich verstehe das",
                "Schülersprecherin Mia Hoffmeister",
                "äußerte",
                "P1",
                ("title-name", "compound-role", "cue-next-sentence"),
            ),
            Q(
                "Für die Oberstufe",
                "Der Schulleiter",
                "räumte",
                "P2+P8",
                ("nominal", "role-anaphor", "cue-concede"),
            ),
        ],
    ),
    P(
        "kochbuch-streit",
        "Streit um Haferflocken-Rezepte",
        "Ein Streit zwischen zwei Fitness-Bloggerinnen beschäftigt die Justiz. Jana "
        "„Jaybird“ Brockhaus wirft ihrer früheren Geschäftspartnerin Celina Ramadani vor, "
        "Rezepte aus ihrem Kochbuch kopiert zu haben. Auf Instagram schrieb Brockhaus: „Ich "
        "habe drei Jahre an diesem Buch gearbeitet, und sie veröffentlicht es als ihr "
        "eigenes.“ Ramadani konterte auf Tiktok: „Ein Rezept für Haferflocken mit Banane "
        "gehört niemandem.“ Der Anwalt von Brockhaus, Till Oberdorf, hat inzwischen Klage "
        "eingereicht.",
        [
            Q("Jaybird", None, pat="P9", tags=("name",)),
            Q("Ich habe drei", "schrieb {Brockhaus}", "schrieb", "P2", ("cue-social",)),
            Q(
                "Ein Rezept",
                "{Ramadani} konterte",
                "konterte",
                "P2",
                ("cue-social", "cue-reply"),
            ),
        ],
    ),
    P(
        "grundschule-hohenwarte",
        "Schulneubau fast doppelt so teuer",
        "Der Neubau der Grundschule in Hohenwarte wird fast doppelt so teuer wie geplant. "
        "Statt 9 werden nun 17 Millionen Euro fällig. „Das ist bitter“, hat Baudezernentin "
        "Katja Wintermantel am Dienstag eingeräumt, „aber wir haben beim Brandschutz und bei den "
        "Baupreisen schlicht falsch kalkuliert.“ Ein Baustopp komme nicht infrage. „Die Kinder "
        "sitzen seit zwei Jahren in Containern.“ Der Elternbeirat forderte eine unabhängige "
        "Prüfung. „Wir wollen wissen, wer diese Zahlen zu verantworten hat“, sagte dessen "
        "Sprecher Holger Dahms, „und zwar schriftlich.“",
        [
            Q(
                "Das ist bitter",
                "Baudezernentin Katja Wintermantel",
                "eingeräumt",
                "P3",
                ("title-name", "compound-role", "perfekt", "cue-concede"),
                part=(0, 2),
            ),
            Q(
                "aber wir haben",
                "Baudezernentin Katja Wintermantel",
                "eingeräumt",
                "P3",
                ("title-name", "compound-role", "perfekt", "cue-concede"),
                part=(1, 2),
            ),
            Q(
                "Die Kinder",
                "Baudezernentin Katja Wintermantel",
                pat="P6",
                tags=("title-name", "compound-role", "after-indirect"),
            ),
            Q(
                "Wir wollen wissen",
                "dessen Sprecher Holger Dahms",
                "sagte",
                "P3",
                ("title-name",),
                part=(0, 2),
            ),
            Q(
                "und zwar",
                "dessen Sprecher Holger Dahms",
                "sagte",
                "P3",
                ("title-name",),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "hallenbad-grevenbrock",
        "Hitzige Debatte um das Hallenbad",
        "Bei der Einwohnerversammlung zur Zukunft des Hallenbads in Grevenbrock, im Ort nur "
        "„die Wanne“ genannt, war kein "
        "Stuhl mehr frei. Eine ältere Frau wollte wissen: „Wo sollen unsere Enkel denn "
        "schwimmen lernen, im Baggersee?“ Bürgermeister Rolf Lehmann-Saß verwies auf die "
        "Kosten. Ein Mann aus der letzten Reihe wollte von ihm wissen: „Und warum war für den "
        "neuen Kreisverkehr Geld da?“ Lehmann-Saß zufolge sind Hallenbad und Kreisverkehr "
        "„zwei völlig verschiedene Töpfe“.",
        [
            Q("die Wanne", None, pat="P9", tags=("name",)),
            Q("Wo sollen", "Eine ältere Frau", "{wollte} wissen", "P2", ("cue-wissen",)),
            Q(
                "Und warum",
                "Ein Mann aus der letzten Reihe",
                "{wollte} von",
                "P2",
                ("cue-wissen",),
            ),
            Q(
                "zwei völlig",
                "{Lehmann-Saß} zufolge",
                "zufolge",
                "P4+P5",
                ("multipart-name", "cue-zufolge"),
            ),
        ],
    ),
    P(
        "sturmtief-ylvie",
        "Sturmtief legt Bahnverkehr im Norden lahm",
        "Das Sturmtief „Ylvie“ hat in der Nacht zum Montag im Norden Bäume entwurzelt und den "
        "Bahnverkehr lahmgelegt. Laut dem Wetterdienst Nordwetter erreichten die Böen auf "
        "Helgoland „orkanartige 130 Kilometer pro Stunde“. „Das Schlimmste ist vorbei, aber "
        "bis Dienstag bleibt es stürmisch.“ Das sagte Meteorologe Kai Wübbena am Morgen. "
        "Die Feuerwehr in Kiel zählte mehr als 300 Einsätze.",
        [
            Q("Ylvie", None, pat="P9", tags=("name",)),
            Q(
                "orkanartige",
                "dem Wetterdienst Nordwetter",
                "Laut",
                "P4+P5",
                ("org", "cue-laut"),
            ),
            Q(
                "Das Schlimmste",
                "Meteorologe Kai Wübbena",
                "sagte",
                "P1",
                ("title-name", "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "kirchenaustritte-hellweg",
        "Rekord bei Kirchenaustritten",
        "Im evangelischen Kirchenkreis Hellweg-Süd sind im vergangenen Jahr so viele Menschen "
        "aus der Kirche ausgetreten wie nie zuvor. Superintendentin Dr. Ruth Eggert zeigte "
        "sich besorgt. „Jeder Austritt tut weh, weil dahinter eine Geschichte steht.“ Die "
        "Kirche müsse zuhören lernen. „Wir haben zu lange geglaubt, die Menschen kommen schon "
        "von allein.“ Nun sollen Gemeinden zusammengelegt werden.",
        [
            Q("Jeder Austritt", "Superintendentin Dr. Ruth Eggert", pat="P7", tags=("title-name",)),
            Q(
                "Wir haben zu lange",
                "Superintendentin Dr. Ruth Eggert",
                pat="P6",
                tags=("title-name", "after-indirect"),
            ),
        ],
    ),
    P(
        "rathaus-kleinhausen",
        "Streit um teure Rathaussanierung",
        "Im Streit um die Sanierung des Rathauses in Kleinhausen wirft die Opposition der "
        "Stadtspitze Verschwendung vor. „Für das Geld“, warf Ratsherr Dirk Schumacher-Dönmez "
        "dem Bürgermeister vor, „hätten wir zwei Kitas bauen können.“ Bürgermeister Werner "
        "Hagemann wies das zurück: „Das Rathaus ist ein Denkmal, wir dürfen hier nicht mit "
        "Billigmaterial arbeiten.“",
        [
            Q(
                "Für das Geld",
                "Ratsherr Dirk Schumacher-Dönmez",
                "warf",
                "P3",
                ("title-name", "multipart-name", "cue-vorwerfen"),
                part=(0, 2),
            ),
            Q(
                "hätten wir",
                "Ratsherr Dirk Schumacher-Dönmez",
                "warf",
                "P3",
                ("title-name", "multipart-name", "cue-vorwerfen"),
                part=(1, 2),
            ),
            Q(
                "Das Rathaus",
                "Bürgermeister Werner Hagemann",
                "wies",
                "P2",
                ("title-name", "noun-surname"),
            ),
        ],
    ),
    P(
        "klinikverbund-rotenfels",
        "Kreiskliniken sollen fusionieren",
        "Die Kreiskliniken Rotenfels und Wiesental sollen zu einem Verbund fusionieren. „Nur "
        "gemeinsam sind wir groß genug, um Fachärzte zu halten“, so Landrat Achim Rosendahl. "
        "Den Plänen zufolge bleiben beide Standorte erhalten, die Geburtshilfe zieht aber nach "
        "Rotenfels. Die Sorge der Hebammen in Wiesental: „Dann fahren Schwangere im Winter "
        "eine Dreiviertelstunde über den Pass.“ Der Betriebsratsvorsitzende Kurt Zehnder wird "
        "im Wiesentaler Boten mit den Worten zitiert: „Kein Arbeitsplatz darf verloren gehen, "
        "das ist unsere rote Linie.“ Klinikgeschäftsführerin Sabine Lorch zufolge ist das "
        "„auch unser Ziel“.",
        [
            Q(
                "Nur gemeinsam",
                "Landrat Achim Rosendahl",
                "so",
                "P4",
                ("title-name", "cue-so"),
            ),
            Q("Dann fahren", "der Hebammen", "Sorge", "P2", ("cue-noun-colon",)),
            Q(
                "Kein Arbeitsplatz",
                "Der Betriebsratsvorsitzende Kurt Zehnder",
                "zitiert",
                "P2",
                ("title-name", "compound-role", "cue-zitiert"),
            ),
            Q(
                "auch unser",
                "Klinikgeschäftsführerin Sabine Lorch",
                "Lorch {zufolge}",
                "P4+P5",
                ("title-name", "compound-role", "cue-zufolge"),
            ),
        ],
    ),
]


PASSAGES: list[Any] = AGENCY + LOCAL + SPORTS + BUSINESS + SCIENCE + CULTURE + COURT + POLICE
PASSAGES += INTERVIEWS + MEDIA + UNATTRIBUTED + WRAPPED + MORE


def build_records() -> list[dict[str, Any]]:
    """All blind3 passages as JSON-ready records (raises ``AuthoringError``)."""
    records: list[dict[str, Any]] = _hw.build_records(PASSAGES, SPLIT)
    return records


def render_jsonl() -> str:
    """The exact content of ``blind3.jsonl``."""
    content: str = _hw.render_jsonl(PASSAGES, SPLIT)
    return content


#: ``build_blind2.counts``: ``build_blind.counts`` plus the pairs tagged ``unattributed``.
counts = _blind2.counts


def main() -> int:
    OUT_PATH.write_text(render_jsonl(), encoding="utf-8")
    return int(_blind2.report(OUT_PATH, counts(build_records())))


if __name__ == "__main__":
    sys.exit(main())
