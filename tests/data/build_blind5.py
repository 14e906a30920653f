"""Build ``tests/data/blind5.jsonl``: a fifth blind gold set of German direct quotations.

The passages below were written for the quoteattr project on 2026-12-01, *blind*, by a
helper who saw none of quoteattr's rules, their tests, its outputs or the Wikinews data:
without running quoteattr's extractor, attribution, evaluator or tests on them, without
reading its attribution rules (``quoteattr/attribution/``, ``_speakers.py``) or their
tests, and without reading the passages of the earlier gold sets (only the guidelines in
``tests/data/README.md`` and the notation and helper functions of the earlier builders
were studied). All people, firms, clubs, media, titles and quotations are invented; real
cities, countries, regions, parties and a few institutions appear only as background.

Unlike ``blind4.jsonl`` this set is no stress test: it imitates ordinary, unseen German
news the way a journalist would write it: agency news (dpa style), local news, sports,
business, politics, science, culture, court and police reports, interviews (Q&A with
*Name: „…“* answers, and press conferences told in prose), press releases, media quoting
media, and a few articles line-wrapped at about 72 columns or with no-break spaces in
names. Quotation marks are mostly „…“, with some »…« (and ›…‹ inside), «…» in Swiss
passages, “…” and "…".

The authoring notation is that of ``tests/data/build_blind4.py`` (``P``, ``Q`` and the
builder functions come from ``build_handwritten.py``; ``wrapped``, ``lines`` and ``NB``
from ``build_blind.py``; ``counts`` and ``report`` from ``build_blind2.py``), with the
tags of the earlier blind sets (see ``tests/data/README.md``: ``title-name``,
``compound-role``, ``noun-surname``, ``particle-name``, ``multipart-name``,
``role-apposition``, ``linebreak-name``, ``linebreak-cue``, ``nbsp-name``,
``role-anaphor``, ``gender-anaphor``, ``age-anaphor``, ``cue-…``, ``after-indirect``,
``interview``, ``media``, ``perfekt``, ``plusquamperfekt``, ``wrapped``, ``unattributed``,
``cue-addition``, ``cue-next-sentence``, ``cue-zitiert``, ``cue-reply``, ``cue-concede``,
and from ``build_blind4.py`` ``konj-cont`` / ``konj-after-direct`` /
``konj-after-indirect``, ``cue-stance`` with ``cue-nennen`` / ``cue-bezeichnen`` /
``cue-zurueckweisen``, ``via-media``, ``zitiert-passive``, ``coord-verbs``,
``after-question``, ``so-parenthetical``) plus the tags of the first set (``org``,
``pronoun``, ``nominal``, ``headline``, ``title``, ``name``, ``scare``, ``term``,
``motto``, ``operation``, ``inner``, ``contains-inner``, ``cue-without-speaker``), and
these new ones:

- ``document``: a document is the speaker (*heißt es in dem Bericht*, *In der
  Urteilsbegründung heißt es*, *heißt es in der Studie*, *wie es in der Mitteilung
  heißt*); the speaker is the document's mention with its article (``dem Bericht``), the
  cue ``heißt`` / ``hieß``. Where the document is named after its author (*In einer
  Mitteilung des Unternehmens heißt es*) the author is the speaker (``des
  Unternehmens``) and the tag is ``org``.
- ``cue-angaben``: *nach Angaben des Ministeriums / der Ermittler*; the speaker is the
  genitive (``des Ministeriums``), the cue the fixed phrase (``Nach Angaben`` /
  ``nach Angaben``), pattern ``P4``.
- ``cue-ueberzeugt`` (with ``cue-stance``): *X ist überzeugt: „…“*, *X zeigte sich
  überzeugt: „…“*; the cue is the finite verb (``ist``, ``zeigte``).

As in the earlier sets the cue is one word, the finite verb (``fügte`` for *fügte …
hinzu*, ``wollte`` for *wollte … wissen*, ``warf`` for *warf … vor*), the participle in
the compound tenses, and ``so``, ``laut``, ``zufolge``, ``Nach Angaben`` for those
constructions; ``is_nested`` marks partial quotations inside reported speech (Konjunktiv
I or II standing in for it, *sagte, man werde „…“*, zu-infinitives after *warf vor*,
*versprach*, *plädiert dafür*), not partial quotations in an indicative clause after
*laut*, *zufolge*, *nach Angaben* or *hält … für*.

It was written while the fifth round of speaker work went on and scored once, blind,
on 2026-12-01, at the end of that round (see ``tests/data/README.md`` and
docs/accuracy.md); it is no longer blind.

Run ``python tests/data/build_blind5.py`` after editing it; it writes
``tests/data/blind5.jsonl`` (split ``blind5``, ids ``blind5/<slug>``) and prints the
counts. ``tests/test_blind_data.py`` checks that ``blind5.jsonl`` is up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

HERE_DATA = Path(__file__).resolve().parent
OUT_PATH = HERE_DATA / "blind5.jsonl"
SPLIT = "blind5"


_hw = builder("handwritten")
_blind = builder("blind")
_blind2 = builder("blind2")
P = _hw.P
Q = _hw.Q
AuthoringError = _hw.AuthoringError
lines = _blind.lines
wrapped = _blind.wrapped
NB = _blind.NB  # no-break space

# tag names used below, to keep the Q(...) lines short
TN = "title-name"
CR = "compound-role"
NS = "noun-surname"
PN = "particle-name"
MP = "multipart-name"
RA = "role-apposition"
PR = "pronoun"
NOM = "nominal"
GA = "gender-anaphor"
RAN = "role-anaphor"
AA = "age-anaphor"
ORG = "org"
DOC = "document"
AI = "after-indirect"
INT = "interview"
KC = "konj-cont"
KD = "konj-after-direct"
KI = "konj-after-indirect"
ST = "cue-stance"
LBN = "linebreak-name"
LBC = "linebreak-cue"
NBN = "nbsp-name"
UN = "unattributed"

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
        "elbdeiche-verzoegerung",
        "Sanierung der Elbdeiche verzögert sich",
        "Magdeburg (dpa) - Die Sanierung der Elbdeiche in Sachsen-Anhalt verzögert sich um "
        "mindestens zwei Jahre. Grund seien fehlende Fachfirmen und gestiegene Baupreise, "
        "teilte das Umweltministerium am Donnerstag mit. „Wir können nur so schnell bauen, "
        "wie der Markt es zulässt“, sagte Umweltministerin Carola Brenninger. Der "
        "Umweltverband Auenwacht nannte die Verzögerung „fahrlässig“.",
        [
            Q("Wir können nur", "Umweltministerin Carola Brenninger", "sagte", "P1", (TN, CR)),
            Q(
                "fahrlässig",
                "Der Umweltverband Auenwacht",
                "nannte",
                "P5",
                (ORG, ST, "cue-nennen"),
            ),
        ],
    ),
    P(
        "bahnstrecke-fulda-hanau",
        "Bahnstrecke Fulda–Hanau wird im Sommer gesperrt",
        "Fulda (dpa) - Wegen Bauarbeiten wird die Bahnstrecke zwischen Fulda und Hanau im "
        "Sommer für sechs Wochen voll gesperrt. Fernzüge werden über Würzburg umgeleitet und "
        "brauchen bis zu 45 Minuten länger. „Wir wissen, dass das den Pendlerinnen und "
        "Pendlern viel abverlangt“, sagte Bahn-Sprecherin Annelie van Oordt am Mittwoch. Der "
        "Fahrgastverband Pro Schiene Hessen sprach von einem „Sommer des Stillstands“.",
        [
            Q(
                "Wir wissen, dass",
                "Bahn-Sprecherin Annelie van Oordt",
                "sagte",
                "P1",
                (TN, CR, PN),
            ),
            Q("Sommer des", "Der Fahrgastverband Pro Schiene Hessen", "sprach", "P5", (ORG,)),
        ],
    ),
    P(
        "lottogewinn-niederbayern",
        "Ehepaar aus Niederbayern gewinnt 14 Millionen",
        "Passau (dpa/lby) - Ein Ehepaar aus Niederbayern hat im Lotto knapp 14 Millionen Euro "
        "gewonnen. Die beiden hätten sechs Richtige und die Superzahl getippt, teilte die "
        "staatliche Lottogesellschaft mit. „Die Gewinner haben sich bereits bei uns gemeldet "
        "und wirken noch etwas fassungslos“, sagte Sprecher Anton Greimel. Ändern wollen die "
        "beiden vorerst nichts: „Wir fahren weiter mit unserem alten Kombi in den Urlaub“, "
        "zitierte die Lottogesellschaft den Ehemann.",
        [
            Q("Die Gewinner haben", "Sprecher Anton Greimel", "sagte", "P1", (TN,)),
            Q("Wir fahren weiter", "den Ehemann", "zitierte", "P1", ("cue-zitiert",)),
        ],
    ),
    P(
        "waldbrand-treuenbrietzen",
        "Waldbrand südlich von Berlin breitet sich aus",
        "Treuenbrietzen (dpa) - Ein Waldbrand südlich von Berlin hat sich über Nacht auf rund "
        "120 Hektar ausgedehnt. Laut Landkreis sind zwei Dörfer vorsorglich geräumt worden. "
        "„Der Wind dreht im Laufe des Tages, das macht uns große Sorgen“, sagte "
        "Kreisbrandmeister Holger Wendisch am Morgen. Die Lage sei „äußerst dynamisch“, fügte "
        "er hinzu. Anwohner sollten Fenster und Türen geschlossen halten.",
        [
            Q(
                "Der Wind dreht",
                "Kreisbrandmeister Holger Wendisch",
                "sagte",
                "P1",
                (TN, CR),
            ),
            Q(
                "äußerst dynamisch",
                "fügte {er} hinzu",
                "fügte",
                "P5+P8",
                (PR, "cue-addition"),
                nested=True,
            ),
        ],
    ),
    P(
        "sparkassen-rekordgewinn",
        "Sparkassen im Südwesten mit Rekordgewinn",
        "Stuttgart (dpa/lsw) - Die Sparkassen im Südwesten haben im vergangenen Jahr so viel "
        "verdient wie seit zwei Jahrzehnten nicht. Der Gewinn vor Steuern stieg nach Angaben "
        "des Sparkassenverbands auf 2,1 Milliarden Euro. Verbandspräsident Dietmar Koch sprach "
        "von einem „Ausnahmejahr, das sich so nicht wiederholen wird“. Die hohen Zinsen "
        "hätten die Ergebnisse nach oben getrieben. „Für die Kundinnen und Kunden heißt das: "
        "Die Zeit der Strafzinsen ist endgültig vorbei.“",
        [
            Q(
                "Ausnahmejahr",
                "Verbandspräsident Dietmar Koch",
                "sprach",
                "P5",
                (TN, CR, NS),
            ),
            Q("Für die Kundinnen", "Verbandspräsident Dietmar Koch", None, "P6", (TN, CR, NS, AI)),
        ],
    ),
    P(
        "rhein-havarie-bingen",
        "Rhein nach Havarie bei Bingen gesperrt",
        "Bingen (dpa) - Nach der Havarie eines Gütermotorschiffs ist der Rhein bei Bingen seit "
        "Sonntagabend für die Schifffahrt gesperrt. Das rund 110 Meter lange Schiff "
        "„Theodora“ war mit 2.400 Tonnen Kies beladen auf Grund gelaufen. „Verletzt wurde "
        "niemand, es tritt auch kein Öl aus“, sagte ein Sprecher der Wasserschutzpolizei. Wann "
        "die Bergung beginnen kann, war zunächst unklar. Nach Angaben des Wasserstraßen- und "
        "Schifffahrtsamts dauert die Sperrung voraussichtlich „mehrere Tage“.",
        [
            Q("Theodora", None, None, "P9", ("name",)),
            Q("Verletzt wurde", "ein Sprecher der Wasserschutzpolizei", "sagte", "P1"),
            Q(
                "mehrere Tage",
                "des Wasserstraßen- und Schifffahrtsamts",
                "Nach Angaben",
                "P4+P5",
                (ORG, "cue-angaben"),
            ),
        ],
    ),
    P(
        "kitas-mannheim-warnstreik",
        "Warnstreik: Mehr als 80 Kitas in Mannheim geschlossen",
        "Mannheim (dpa) - In Mannheim bleiben an diesem Donnerstag mehr als 80 "
        "Kindertagesstätten geschlossen. Die Gewerkschaft hat die Erzieherinnen und Erzieher "
        "zu einem ganztägigen Warnstreik aufgerufen. „Die Personalnot in den Kitas ist kein "
        "Naturgesetz, sondern eine Folge politischer Entscheidungen“, sagte "
        "Gewerkschaftssekretärin Birte Kaiser. Sozialdezernentin Hanne Osterloh-Mehmeti äußerte "
        "Verständnis, mahnte aber: „Ein Streik auf dem Rücken der Familien löst das Problem "
        "nicht.“",
        [
            Q(
                "Die Personalnot",
                "Gewerkschaftssekretärin Birte Kaiser",
                "sagte",
                "P1",
                (TN, CR, NS),
            ),
            Q(
                "Ein Streik auf",
                "Sozialdezernentin Hanne Osterloh-Mehmeti",
                "mahnte",
                "P2",
                (TN, CR, MP, "coord-verbs"),
            ),
        ],
    ),
    P(
        "hitzewelle-rheinebene",
        "Bis zu 38 Grad: Hitzewelle erreicht den Südwesten",
        "Offenbach (dpa) - Deutschland steht vor der ersten großen Hitzewelle des Sommers. "
        "„Es wird richtig heiß, und zwar nicht nur für einen Tag“, sagte Meteorologe Falk "
        "Riedesel vom Deutschen Wetterdienst in Offenbach. Bis Sonntag seien in der "
        "Rheinebene Höchstwerte von 38 Grad möglich. Nachts kühle es „kaum noch ab“. Der "
        "Meteorologe riet, viel zu trinken und die Mittagshitze zu meiden.",
        [
            Q("Es wird richtig", "Meteorologe Falk Riedesel", "sagte", "P1", (TN,)),
            Q(
                "kaum noch ab",
                "Meteorologe Falk Riedesel",
                None,
                "P5+P6",
                (TN, KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "taschenuhr-museum-goerlitz",
        "Wertvolle Taschenuhr aus Görlitzer Museum gestohlen",
        "Görlitz (dpa) - Unbekannte haben aus einem Museum in Görlitz eine wertvolle "
        "Taschenuhr aus dem 18. Jahrhundert gestohlen. Die Uhr war Teil der Ausstellung "
        "„Zeit in Gold“, die erst vor zwei Wochen eröffnet worden war. „Der Verlust ist für "
        "uns schmerzlich, der ideelle Wert ist kaum zu beziffern“, sagte Museumsdirektorin "
        "Dr. Halina Wierzbicka. Laut Polizei gibt es bislang keine Hinweise auf die Täter.",
        [
            Q("Zeit in Gold", None, None, "P9", ("title",)),
            Q(
                "Der Verlust ist",
                "Museumsdirektorin Dr. Halina Wierzbicka",
                "sagte",
                "P1",
                (TN, CR),
            ),
        ],
    ),
    P(
        "a7-stauende-unfall",
        "Drei Schwerverletzte bei Unfall auf der A7",
        "Hildesheim (dpa) - Bei einem Unfall auf der Autobahn 7 bei Hildesheim sind am "
        "Freitagmorgen drei Menschen schwer verletzt worden. Ein Kleintransporter war laut "
        "Polizei „ungebremst“ auf das Ende eines Staus aufgefahren. Die Autobahn war in "
        "Richtung Norden fast fünf Stunden gesperrt. „Die Rettungsgasse hat diesmal "
        "vorbildlich funktioniert“, lobte ein Sprecher der Feuerwehr.",
        [
            Q("ungebremst", "Polizei", "laut", "P4+P5", (ORG, "cue-laut")),
            Q("Die Rettungsgasse", "ein Sprecher der Feuerwehr", "lobte", "P1"),
        ],
    ),
    P(
        "pflegekraefte-umfrage",
        "Jede dritte Pflegekraft denkt an Berufswechsel",
        "Hannover (dpa) - Fast jede dritte Pflegekraft in Niedersachsen denkt darüber nach, "
        "den Beruf zu verlassen. Das geht aus einer Befragung des Instituts für "
        "Gesundheitsforschung Nord hervor, die am Montag vorgestellt wurde. „Die Zahlen sind "
        "ein Alarmsignal, das niemand überhören darf“, sagte Studienleiterin Prof. Ingrid "
        "Wolf. In dem Bericht heißt es: „Ohne spürbare Entlastung im Schichtdienst wird sich "
        "die Abwanderung beschleunigen.“",
        [
            Q(
                "Die Zahlen sind",
                "Studienleiterin Prof. Ingrid Wolf",
                "sagte",
                "P1",
                (TN, CR, NS),
            ),
            Q("Ohne spürbare", "dem Bericht", "heißt", "P2", (DOC, "cue-hiess-es")),
        ],
    ),
    P(
        "wolfsrisse-hagenow",
        "Nach Wolfsrissen: Schäfer fordern mehr Schutz",
        "Schwerin (dpa/mv) - Nach mehreren Wolfsrissen im Landkreis Ludwigslust-Parchim "
        "fordern Schäfer einen besseren Schutz ihrer Herden. In der Nacht zum Dienstag waren "
        "bei Hagenow elf Schafe getötet worden. „Wir stehen jeden Morgen mit einem mulmigen "
        "Gefühl auf“, sagte Schäferin Wiebke Thormählen. Agrarminister Jochen Kröpelin "
        "kündigte an, die Förderung für Schutzzäune aufzustocken. Ein Abschuss einzelner "
        "Tiere sei „kein Tabu mehr“, sagte er.",
        [
            Q("Wir stehen jeden", "Schäferin Wiebke Thormählen", "{sagte} Schäferin", "P1", (TN,)),
            Q(
                "kein Tabu mehr",
                "sagte {er}",
                "{sagte} er",
                "P5+P8",
                (PR, GA),
                nested=True,
            ),
        ],
    ),
]

# --- local news -----------------------------------------------------------------------

LOCAL: list[Any] = [
    P(
        "freibad-muehlenteich",
        "Freibad öffnet erst um zehn Uhr",
        "Das Freibad am Mühlenteich in Rietberg öffnet in diesem Sommer erst um 10 Uhr statt "
        "wie bisher um 7 Uhr. Grund ist der Mangel an Rettungsschwimmern. „Wir finden "
        "schlicht nicht genug Personal für die Frühschicht“, sagte Bäderleiter Sven Albers. "
        "Am Kassenhäuschen hängt bereits ein Zettel: „Öffnung ab 10 Uhr, wir bitten um "
        "Verständnis“. Frühschwimmer reagierten verärgert. „Seit 30 Jahren ziehe ich vor der "
        "Arbeit meine Bahnen, und jetzt soll damit Schluss sein?“, fragte Rentnerin Gisela "
        "Hupe. Der Bäderleiter verspricht zumindest eine Ausnahme: An zwei Tagen pro Woche "
        "soll das Bad „testweise“ früher öffnen.",
        [
            Q("Wir finden", "Bäderleiter Sven Albers", "sagte", "P1", (TN, CR)),
            Q("Öffnung ab", None, None, "P9", (UN,)),
            Q("Seit 30 Jahren", "Rentnerin Gisela Hupe", "fragte", "P1", (TN,)),
            Q("testweise", "Der Bäderleiter", "verspricht", "P5+P8", (NOM, RAN)),
        ],
    ),
    P(
        "linden-schillerpark",
        "Streit um 23 Linden im Schillerpark",
        "Für den Neubau einer Schulsporthalle sollen im Schillerpark in Wendlingen 23 alte "
        "Linden gefällt werden. Eine Bürgerinitiative hat dagegen mehr als 1.800 "
        "Unterschriften gesammelt. „Diese Bäume sind älter als alle Menschen, die jetzt über "
        "sie entscheiden“, sagte Initiativensprecherin Ruth Baumgärtner bei der Übergabe der "
        "Listen. Oberbürgermeister Frank Hellwig zeigte Verständnis, verwies aber auf den "
        "Zeitdruck. „Die Kinder brauchen die Halle, und zwar nicht erst in zehn Jahren.“ "
        "Ersatzpflanzungen seien bereits eingeplant, betonte er.",
        [
            Q(
                "Diese Bäume",
                "Initiativensprecherin Ruth Baumgärtner",
                "sagte",
                "P1",
                (TN, CR),
            ),
            Q("Die Kinder brauchen", "Oberbürgermeister Frank Hellwig", None, "P7", (TN, CR)),
        ],
    ),
    P(
        "parkgebuehren-kirchheim",
        "Parken in Kirchheim wird teurer",
        "Der Stadtrat von Kirchheim hat am Dienstagabend mit knapper Mehrheit höhere "
        "Parkgebühren in der Innenstadt beschlossen. Statt 1,50 Euro kostet die Stunde "
        "künftig 2,50 Euro. „Wer mit dem Auto in die Stadt kommt, soll sich an den Kosten für "
        "den Raum beteiligen, den er beansprucht“, sagte Stadträtin Hedwig Altmann (Grüne). "
        "Der Einzelhandelsverband befürchtet dagegen leere Läden. „Das ist ein "
        "Konjunkturprogramm für den Onlinehandel“, kritisierte Verbandschef Gerd Schneider. "
        "Die CDU-Fraktion hatte vergeblich eine „Brötchentaste“ mit 30 Freiminuten beantragt.",
        [
            Q("Wer mit dem Auto", "Stadträtin Hedwig Altmann", "sagte", "P1", (TN,)),
            Q(
                "Das ist ein Konjunktur",
                "Verbandschef Gerd Schneider",
                "kritisierte",
                "P1",
                (TN, CR, NS),
            ),
            Q("Brötchentaste", None, None, "P9", ("term",)),
        ],
    ),
    P(
        "wochenmarkt-eschwege",
        "Wochenmarkt zieht an den Stadtgraben",
        "Der Wochenmarkt in Eschwege zieht im April vom Kirchplatz an den Stadtgraben. Die "
        "Marktbeschicker sind gespalten. „Am Stadtgraben haben wir endlich Platz für die "
        "Kühlwagen“, sagt Metzgermeister Ulrich Fleischhauer. Gemüsehändlerin Derya Aslan "
        "sieht das anders: „Am Kirchplatz kommen die Leute nach dem Gottesdienst vorbei. Die "
        "verlieren wir.“ Am Kirchplatz kleben seit Tagen Zettel mit der Aufschrift „Der "
        "Markt gehört auf den Kirchplatz“. Die Stadt will den Umzug nach einem Jahr "
        "„ehrlich auswerten“, wie Ordnungsamtsleiterin Petra Sauer versicherte.",
        [
            Q(
                "Am Stadtgraben",
                "Metzgermeister Ulrich Fleischhauer",
                "sagt",
                "P1",
                (TN, CR),
            ),
            Q("Am Kirchplatz", "Gemüsehändlerin Derya Aslan", "sieht", "P2", (TN, CR)),
            Q("Der Markt gehört", None, None, "P9", (UN, "motto")),
            Q(
                "ehrlich auswerten",
                "Ordnungsamtsleiterin Petra Sauer",
                "versicherte",
                "P5",
                (TN, CR),
            ),
        ],
    ),
    P(
        "ampel-bahnhofstrasse-lohne",
        "Eltern fordern Ampel an der Bahnhofstraße",
        "Nach dem Unfall eines Grundschülers an der Bahnhofstraße in Lohne fordern Eltern "
        "eine Ampel. „Wir warten nicht, bis etwas Schlimmeres passiert“, sagte Elternsprecherin "
        "Anja Beckmann-Töpfer, deren Sohn dieselbe Schule besucht. Der Kreis verweist auf eine "
        "Verkehrszählung im Herbst. Erst danach könne man entscheiden, hieß es aus der "
        "Kreisverwaltung. Bürgermeister Tobias Lange nannte das „zu spät“. Er kündigte an, "
        "vorübergehend Schülerlotsen einzusetzen. „Zur Not stelle ich mich selbst an die "
        "Straße“, sagte der 41-Jährige.",
        [
            Q(
                "Wir warten nicht",
                "Elternsprecherin Anja Beckmann-Töpfer",
                "{sagte} Elternsprecherin",
                "P1",
                (TN, CR, MP),
            ),
            Q("zu spät", "Bürgermeister Tobias Lange", "nannte", "P5", (TN, ST, "cue-nennen")),
            Q("Zur Not", "der 41-Jährige", "{sagte} der", "P1+P8", (NOM, AA)),
        ],
    ),
    P(
        "feuerwehr-150-jahre",
        "Feuerwehr feiert 150-jähriges Bestehen",
        "Mit einem Festumzug hat die Freiwillige Feuerwehr Oberhausen-Rheinhausen am "
        "Wochenende ihr 150-jähriges Bestehen gefeiert. Mehr als 40 Wehren aus der Region "
        "zogen unter dem Motto „Gemeinsam für alle“ durch den Ort. „Ohne die Ehrenamtlichen "
        "wäre in unserem Dorf schon lange das Licht aus“, sagte Kommandant Bernd Zimmermann "
        "in seiner Festrede. Landrätin Dr." + NB + "Sabine von der Heydt überreichte eine "
        "Urkunde und lobte den „unermüdlichen Einsatz“ der Mitglieder.",
        [
            Q("Gemeinsam für alle", None, None, "P9", ("motto",)),
            Q("Ohne die Ehrenamtlichen", "Kommandant Bernd Zimmermann", "sagte", "P1", (TN, NS)),
            Q(
                "unermüdlichen",
                "Landrätin Dr." + NB + "Sabine von der Heydt",
                "lobte",
                "P5",
                (TN, PN, NBN, "coord-verbs"),
            ),
        ],
    ),
    P(
        "buergerbus-wettenberg",
        "Am Steuer des Bürgerbusses",
        "Seit fünf Jahren fährt in der Gemeinde Wettenberg ein Bürgerbus, gesteuert von "
        "Ehrenamtlichen. Einer von ihnen ist Horst Pflaum, 72 Jahre alt und früher "
        "Lkw-Fahrer. „Ich dachte, im Ruhestand fahre ich nie wieder“, sagt er und lacht, "
        "„aber jetzt sitze ich dreimal die Woche hinter dem Steuer.“ Die meisten Fahrgäste "
        "seien ältere Menschen ohne Auto. „Für manche ist die Fahrt zum Arzt der einzige "
        "Ausflug der Woche.“",
        [
            Q("Ich dachte", "sagt {er}", "sagt", "P3+P8", (PR,), part=(0, 2)),
            Q("aber jetzt sitze", "sagt {er}", "sagt", "P3+P8", (PR,), part=(1, 2)),
            Q("Für manche", "sagt {er}", None, "P6+P8", (PR, AI)),
        ],
    ),
    P(
        "kirchturm-grebenhain",
        "Kirchturm von St. Georg wird saniert",
        "Der Kirchturm von St. Georg in Grebenhain ist seit Montag eingerüstet. Die Sanierung "
        "soll 1,2 Millionen Euro kosten, ein Drittel davon muss die Gemeinde selbst "
        "aufbringen. „Jeder Euro hilft, und sei es nur das Kleingeld aus der Kaffeekasse“, "
        "sagte Pfarrer Matthias Bauer. Die Kirchengemeinde hat dafür die Spendenaktion „Ein "
        "Stein für St. Georg“ gestartet. Bauer zeigte sich überzeugt: „Bis Weihnachten läuten "
        "die Glocken wieder.“",
        [
            Q("Jeder Euro hilft", "Pfarrer Matthias Bauer", "sagte", "P1", (TN, NS)),
            Q("Ein Stein für", None, None, "P9", ("name",)),
            Q("Bis Weihnachten", "{Bauer} zeigte", "zeigte", "P2", (NS, ST, "cue-ueberzeugt")),
        ],
    ),
    P(
        "windraeder-eichelberg",
        "Gemeinderat stimmt für Windräder",
        "Der Gemeinderat von Ruppertsweiler hat den Weg für drei Windräder auf dem Eichelberg "
        "frei gemacht. Ortsbürgermeisterin Claudia Hess und ihr Stellvertreter Rainer Kiefhaber "
        "hatten monatelang für das Projekt geworben. „Die Pacht bringt uns jedes Jahr mehr "
        "ein als die gesamte Gewerbesteuer“, sagte sie nach der Abstimmung. Gegner kündigten "
        "eine Klage an. Der Sprecher der Initiative Gegenwind Eichelberg, Jürgen Pawlitzki, "
        "warf dem Rat vor, die Bedenken der Anwohner „einfach vom Tisch gewischt“ zu haben.",
        [
            Q("Die Pacht bringt", "sagte {sie}", "sagte", "P1+P8", (PR, GA)),
            Q(
                "einfach vom Tisch",
                "Jürgen Pawlitzki",
                "warf",
                "P5",
                (RA, "cue-vorwerfen"),
                nested=True,
            ),
        ],
    ),
    P(
        "tafel-aufnahmestopp",
        "Tafel verhängt Aufnahmestopp",
        "Bei der Tafel in Wolfenbüttel stehen jeden Donnerstag mehr Menschen an, als "
        "Lebensmittel da sind. „Wir mussten erstmals einen Aufnahmestopp verhängen“, sagte die "
        "Leiterin Elke Schmiedel. Das falle allen im Team „unendlich schwer“. Viele der neuen "
        "Kunden seien Rentnerinnen und Rentner. Supermärkte spendeten zudem weniger, weil sie "
        "ihre Ware inzwischen selbst günstiger abgäben. „Die Regale in den Märkten sind "
        "abends leerer als früher. Das merken wir sofort.“",
        [
            Q("Wir mussten erstmals", "die Leiterin Elke Schmiedel", "sagte", "P1", (TN,)),
            Q(
                "unendlich schwer",
                "die Leiterin Elke Schmiedel",
                None,
                "P5+P6",
                (TN, KC, KD),
                nested=True,
            ),
            Q("Die Regale", "die Leiterin Elke Schmiedel", None, "P6", (TN, AI)),
        ],
    ),
    P(
        "emsbruecke-rheine",
        "Neue Radbrücke über die Ems freigegeben",
        "Die neue Rad- und Fußgängerbrücke über die Ems in Rheine ist nach zweijähriger "
        "Bauzeit freigegeben worden. Baudezernentin Katrin Overbeck-Nolte sprach bei der "
        "Eröffnung von einem „Lückenschluss, auf den die Stadt 20 Jahre gewartet hat“. Kritik "
        "gab es an den Kosten, die von 4,8 auf 7,3 Millionen Euro gestiegen waren. „Das ärgert "
        "mich auch“, räumte die Dezernentin ein. „Aber Stahl und Beton sind nun einmal teurer "
        "geworden.“",
        [
            Q(
                "Lückenschluss",
                "Baudezernentin Katrin Overbeck-Nolte",
                "sprach",
                "P5",
                (TN, CR, MP),
            ),
            Q("Das ärgert", "die Dezernentin", "räumte", "P1+P8", (NOM, RAN, "cue-concede")),
            Q("Aber Stahl", "die Dezernentin", None, "P6+P8", (NOM, RAN)),
        ],
    ),
    P(
        "hundesteuer-achim",
        "Hundesteuer steigt um ein Viertel",
        "Hundehalter in Achim müssen ab Januar tiefer in die Tasche greifen. Die Steuer für "
        'den ersten Hund steigt von 96 auf 120 Euro im Jahr. "Wir haben die Steuer seit 2009 '
        'nicht angepasst", sagte Kämmerer Lutz Pieperhoff. Für sogenannte Listenhunde werden '
        'künftig 800 Euro fällig. Der örtliche Hundesportverein hält das für "reine '
        'Abzocke", so Vereinschefin Melanie Brockmann.',
        [
            Q("Wir haben die Steuer", "Kämmerer Lutz Pieperhoff", "sagte", "P1", (TN,)),
            Q(
                "reine",
                "Vereinschefin Melanie Brockmann",
                "so",
                "P4+P5",
                (TN, CR, "cue-so"),
            ),
        ],
    ),
]

# --- sports ---------------------------------------------------------------------------

SPORTS: list[Any] = [
    P(
        "handball-wetzlau-lindenfels",
        "HSG Wetzlau gewinnt Derby und bleibt vorn",
        "Die HSG Wetzlau hat das Derby gegen den TV Lindenfels mit 31:27 gewonnen und bleibt "
        "Tabellenführer der 3. Liga. Überragender Spieler war Torhüter Mikkel Sørensen mit 19 "
        "Paraden. „Mikkel hat uns heute den Sieg festgehalten“, sagte Trainer Heiko Dittmar. "
        "Lindenfels-Coach Zoran Petković haderte mit den Schiedsrichtern: „Drei Zeitstrafen "
        "in fünf Minuten, das kann man so nicht pfeifen.“",
        [
            Q("Mikkel hat uns", "Trainer Heiko Dittmar", "sagte", "P1", (TN,)),
            Q(
                "Drei Zeitstrafen",
                "Lindenfels-Coach Zoran Petković",
                "haderte",
                "P2",
                (TN, CR),
            ),
        ],
    ),
    P(
        "rhenania-kleve-trainer",
        "Rhenania Kleve trennt sich von Trainer Nowotny",
        "Der Zweitligist FC Rhenania Kleve hat sich nach sieben Spielen ohne Sieg von Trainer "
        "Dirk Nowotny getrennt. „Wir sind zu der Überzeugung gelangt, dass wir einen neuen "
        "Impuls brauchen“, erklärte Sportdirektorin Lena Bergkötter am Montag. Bis auf Weiteres "
        "übernimmt Co-Trainer Aleksandar Đokić. Nowotny selbst zeigte sich enttäuscht. Er habe "
        "„bis zuletzt an die Wende geglaubt“, sagte der 52-Jährige dem Lokalsender Radio "
        "Niederrheinwelle.",
        [
            Q(
                "Wir sind zu der",
                "Sportdirektorin Lena Bergkötter",
                "erklärte",
                "P1",
                (TN, CR),
            ),
            Q(
                "bis zuletzt",
                "der 52-Jährige",
                "sagte",
                "P5+P8",
                (NOM, AA),
                nested=True,
            ),
        ],
    ),
    P(
        "juniorinnen-offenbach",
        "Shin Ye-jin gewinnt Juniorinnenturnier",
        "Beim internationalen Juniorinnenturnier in Offenbach hat die 16-jährige Südkoreanerin "
        "Shin Ye-jin überraschend den Titel geholt. Im Finale besiegte sie die an Nummer "
        "eins gesetzte Französin Camille Duval-Arnaud mit 6:4, 7:6. „Ich habe einfach nicht "
        "an das Ergebnis gedacht“, sagte Shin nach dem Matchball. Trainer Kim Dong-hyun sprach "
        "von einem „Durchbruch“. Duval-Arnaud gratulierte fair: „Sie hat heute besser "
        "gespielt, so einfach ist das.“",
        [
            Q("Ich habe einfach", "{Shin} nach", "sagte", "P1", (MP,)),
            Q("Durchbruch", "Trainer Kim Dong-hyun", "sprach", "P5", (TN, MP)),
            Q("Sie hat heute", "{Duval-Arnaud} gratulierte", "gratulierte", "P2", (MP,)),
        ],
    ),
    P(
        "biathlon-weisshaupt-podium",
        "Weißhaupt erstmals auf dem Podium",
        "Biathletin Johanna Weißhaupt hat beim Weltcup in Ruhpolding ihr erstes Podium der "
        "Saison erreicht. Die 24-Jährige aus dem Allgäu wurde im Sprint Dritte. „Am "
        "Schießstand war ich heute die Ruhe selbst“, sagte Weißhaupt. Bundestrainer "
        "Kai-Uwe" + NB + "Reimerdes lobte: „Johanna hat im Sommer unglaublich hart gearbeitet, "
        "das zahlt sich jetzt aus.“ Am Sonntag steht die Verfolgung an.",
        [
            Q("Am Schießstand", "sagte {Weißhaupt}", "sagte", "P1"),
            Q(
                "Johanna hat im",
                "Bundestrainer Kai-Uwe" + NB + "Reimerdes",
                "lobte",
                "P2",
                (TN, CR, NBN),
            ),
        ],
    ),
    P(
        "baskets-ostholstein-halbfinale",
        "Baskets Ostholstein erstmals im Halbfinale",
        "Die Baskets Ostholstein stehen erstmals im Playoff-Halbfinale. Nach dem 88:79 im "
        "entscheidenden fünften Spiel gegen die Falcons Neustrelitz feierten rund 3.000 Fans "
        "in der ausverkauften Halle. Auf einem Transparent stand: „Ostholstein ist "
        "Basketball“. „Diese Mannschaft hat einen Charakter, den man nicht kaufen kann“, so "
        "Headcoach Tomás Echeverría. Kapitän Jannik Schuster zufolge war die Nervosität vor "
        "dem Spiel „mit Händen zu greifen“.",
        [
            Q("Ostholstein ist", None, None, "P9", (UN, "motto")),
            Q(
                "Diese Mannschaft",
                "Headcoach Tomás Echeverría",
                "so",
                "P4",
                (TN, CR, "cue-so"),
            ),
            Q(
                "mit Händen",
                "Kapitän Jannik Schuster",
                "zufolge",
                "P4+P5",
                (TN, NS, "cue-zufolge"),
            ),
        ],
    ),
    P(
        "hc-albula-cupsieg",
        "HC Albula gewinnt den Cup",
        "Der HC Albula hat zum ersten Mal in der Vereinsgeschichte den Schweizer Cup "
        "gewonnen. Im Final in Bern besiegten die Bündner den Favoriten Lausanne Rivière mit "
        "3:2 nach Verlängerung. «Das ist der grösste Tag meiner Karriere», sagte Captain "
        "Gian-Reto Caflisch nach dem Spiel. Trainer Urs Gisler sprach von einem «Märchen». "
        "Die Mannschaft wird am Montag in Tiefencastel empfangen.",
        [
            Q("Das ist der grösste", "Captain Gian-Reto Caflisch", "sagte", "P1", (TN,)),
            Q("Märchen", "Trainer Urs Gisler", "sprach", "P5", (TN,)),
        ],
    ),
    P(
        "sprinter-sperre-osei-bonsu",
        "Sprinter Osei-Bonsu für 18 Monate gesperrt",
        "Der Sprinter Malik Osei-Bonsu ist wegen eines verpassten Dopingtests für 18 Monate "
        "gesperrt worden. Der 27-Jährige bestreitet jedes Fehlverhalten. „Ich war an dem "
        "Morgen im Krankenhaus bei meiner Mutter, das kann jeder nachprüfen“, sagte er. Der "
        "Anwalt des Sprinters, Florian Ebeling, kündigte Einspruch an und warf der Agentur "
        "vor, „ohne jedes Augenmaß“ entschieden zu haben.",
        [
            Q("Ich war an dem", "sagte {er}", "sagte", "P1+P8", (PR,)),
            Q(
                "ohne jedes",
                "Florian Ebeling",
                "warf",
                "P5",
                (RA, "cue-vorwerfen", "coord-verbs"),
                nested=True,
            ),
        ],
    ),
    P(
        "sauerland-rundfahrt-etappe",
        "Van Leeuwenhoek gewinnt dritte Etappe",
        "Der Niederländer Joris van Leeuwenhoek hat die dritte Etappe der Rundfahrt durch das "
        "Sauerland gewonnen. Nach 187 Kilometern setzte sich der 25-Jährige im Sprint gegen "
        "Luca Ferrandi und Mads Kjærgaard durch. “Ich hatte auf den letzten Kilometern Krämpfe "
        "und dachte nur: durchhalten”, sagte van Leeuwenhoek im Ziel. Ferrandi ärgerte sich "
        "über eine “völlig chaotische” Zielkurve.",
        [
            Q("Ich hatte auf", "sagte {van Leeuwenhoek}", "sagte", "P1", (PN,)),
            Q("völlig chaotische", "{Ferrandi} ärgerte", "ärgerte", "P5"),
        ],
    ),
    P(
        "brenneke-rekord-schmetterling",
        "Brenneke schwimmt deutschen Rekord",
        "Schwimmerin Lotte Brenneke hat bei den deutschen Meisterschaften in Berlin den Rekord "
        "über 200 Meter Schmetterling verbessert. Ihre Trainerin Svetlana Morozova war am "
        "Beckenrand sichtlich gerührt. „Ich habe Lotte mit acht Jahren kennengelernt, da konnte "
        "sie kaum eine Bahn durchschwimmen“, sagte die Trainerin. Brenneke selbst gab sich "
        "bescheiden: „Die Zeit ist schön, aber bei Olympia zählt nur die Platzierung.“",
        [
            Q("Ich habe Lotte", "die Trainerin", "sagte", "P1+P8", (NOM, RAN)),
            Q("Die Zeit ist", "{Brenneke} selbst", "gab", "P2"),
        ],
    ),
    P(
        "skispringen-bischofsgruen-absage",
        "Skispringen in Bischofsgrün abgesagt",
        "Das Weltcup-Springen in Bischofsgrün ist wegen Sturmböen abgesagt worden. Viele "
        "Zuschauer waren bereits an der Schanze, als die Jury um 13.30 Uhr die Entscheidung "
        "verkündete. „Warum hat man das nicht schon am Vormittag gesagt?“, wollte ein "
        "verärgerter Fan aus Hof wissen. Renndirektor Arne Solbakken entgegnete: „Der Wind hat "
        "erst gegen Mittag so stark gedreht. Sicherheit geht vor.“",
        [
            Q("Warum hat man", "ein verärgerter Fan aus Hof", "wollte", "P1", ("cue-wissen",)),
            Q(
                "Der Wind hat",
                "Renndirektor Arne Solbakken",
                "entgegnete",
                "P2",
                (TN, CR, "cue-reply", "after-question"),
            ),
        ],
    ),
]

# --- business -------------------------------------------------------------------------

BUSINESS: list[Any] = [
    P(
        "kroener-stellenabbau",
        "Betriebsrat: „Wir kämpfen um jeden Job“",
        "Betriebsrat: „Wir kämpfen um jeden Job“\n\n"
        "Der Autozulieferer Kröner Antriebstechnik streicht an seinem Stammsitz in Schweinfurt "
        "650 Stellen. Das teilte das Unternehmen am Mittwoch mit. „Die Nachfrage nach "
        "Komponenten für Verbrennungsmotoren bricht schneller ein als erwartet“, sagte "
        "Vorstandschef Roland Eibl. Betriebsratsvorsitzende Sandra Kaczmarek nannte die Pläne "
        "„einen Schlag ins Gesicht der Belegschaft“ und kündigte Widerstand an. „Wir werden "
        "um jeden Arbeitsplatz kämpfen.“",
        [
            Q("Wir kämpfen um", "Betriebsrat", None, "P2", (ORG, "headline")),
            Q("Die Nachfrage", "Vorstandschef Roland Eibl", "sagte", "P1", (TN, CR)),
            Q(
                "einen Schlag",
                "Betriebsratsvorsitzende Sandra Kaczmarek",
                "nannte",
                "P5",
                (TN, CR, ST, "cue-nennen"),
            ),
            Q(
                "Wir werden",
                "Betriebsratsvorsitzende Sandra Kaczmarek",
                None,
                "P6",
                (TN, CR),
            ),
        ],
    ),
    P(
        "weidegold-milchpreis",
        "Biomolkerei zahlt mehr für Milch",
        "Die Biomolkerei Allgäuer Weidegold zahlt ihren Landwirten ab März vier Cent mehr pro "
        "Liter Milch. In einer Mitteilung des Unternehmens heißt es: „Faire Preise sind die "
        "Voraussetzung dafür, dass die Höfe in der Region eine Zukunft haben.“ "
        "Geschäftsführerin Theresa Hinterstoißer zufolge ist die Nachfrage nach Biomilch zuletzt "
        "wieder „spürbar“ gestiegen.",
        [
            Q(
                "Faire Preise",
                "des Unternehmens",
                "heißt",
                "P2",
                (ORG, "cue-hiess-es", "cue-mitteilung"),
            ),
            Q(
                "spürbar",
                "Geschäftsführerin Theresa Hinterstoißer",
                "zufolge",
                "P4+P5",
                (TN, CR, "cue-zufolge"),
            ),
        ],
    ),
    P(
        "voltera-grid-finanzierung",
        "Start-up Voltera Grid sammelt 40 Millionen ein",
        "Das Münchner Start-up Voltera Grid hat in einer neuen Finanzierungsrunde 40 Millionen "
        "Euro eingesammelt. Das Unternehmen entwickelt Software, mit der Stadtwerke ihre "
        "Stromnetze besser auslasten können. Mitgründerin María José García Ortega ist "
        "überzeugt: „In drei Jahren sind wir in ganz Europa vertreten.“ Mitgründer Benedikt "
        "Stohldreier ergänzte, man suche derzeit „händeringend“ Entwicklerinnen und Entwickler.",
        [
            Q(
                "In drei Jahren",
                "Mitgründerin María José García Ortega",
                "ist",
                "P2",
                (TN, CR, MP, ST, "cue-ueberzeugt"),
            ),
            Q(
                "händeringend",
                "Mitgründer Benedikt Stohldreier",
                "ergänzte",
                "P5",
                (TN, CR, "cue-addition"),
                nested=True,
            ),
        ],
    ),
    P(
        "wollweber-investor",
        "Investor übernimmt 34 Wollweber-Filialen",
        "Für die insolvente Modehauskette Wollweber gibt es einen Käufer. Ein Investor aus den "
        "Niederlanden übernimmt 34 der 52 Filialen, wie Insolvenzverwalter Dr. Konstantin Reuß "
        "am Freitag mitteilte. „Damit sind rund 900 Arbeitsplätze gesichert“, sagte der "
        "Insolvenzverwalter. Für die übrigen Standorte laufen noch Gespräche. „Ich bin nicht "
        "ohne Hoffnung, dass wir für einige weitere Häuser eine Lösung finden“, fügte Reuß "
        "hinzu.",
        [
            Q("Damit sind", "der Insolvenzverwalter", "sagte", "P1+P8", (NOM, RAN)),
            Q("Ich bin nicht ohne", "{Reuß} hinzu", "fügte", "P1", ("cue-addition",)),
        ],
    ),
    P(
        "hanseong-batteriewerk",
        "Batteriewerk in Sachsen-Anhalt kommt doch",
        "Der südkoreanische Batteriehersteller Hanseong Energy baut sein geplantes Werk in "
        "Sachsen-Anhalt nun doch. Das sagte Europachef Lee" + NB + "Min-seok am Dienstag in "
        "Magdeburg. Der Bau soll im Herbst beginnen, 1.200 Arbeitsplätze sollen entstehen. "
        "„Wir haben lange gerechnet, aber der Standort überzeugt uns“, sagte Lee. "
        "Wirtschaftsminister Armin Sturm sprach von einem „sehr guten Tag für das ganze Land“.",
        [
            Q("Wir haben lange", "sagte {Lee}", "{sagte} Lee.", "P1", (MP,)),
            Q(
                "sehr guten Tag",
                "Wirtschaftsminister Armin Sturm",
                "sprach",
                "P5",
                (TN, CR, NS),
            ),
        ],
    ),
    P(
        "brauerei-hofmuehle-verkauf",
        "Brauerei Hofmühle wird verkauft",
        "Die Familienbrauerei Hofmühle aus Oberfranken wird an den Getränkekonzern Nordquell "
        "verkauft. Seniorchef Wilhelm Hofmüller begründete den Schritt mit der fehlenden "
        "Nachfolge: »Meine Kinder haben andere Lebenspläne, und das respektiere ich.« Der "
        "Konzern versprach, die Marke »Hofmühle Dunkel« und alle 48 Arbeitsplätze zu "
        "erhalten. Die Gewerkschaft ist skeptisch. »Solche Versprechen haben wir schon oft "
        "gehört. Am Ende heißt es dann immer ›Synergien heben‹«, sagte Gewerkschaftssekretär "
        "Ralf Dörner.",
        [
            Q("Meine Kinder", "Seniorchef Wilhelm Hofmüller", "begründete", "P2", (TN, CR)),
            Q("Hofmühle Dunkel", None, None, "P9", ("name",)),
            Q(
                "Solche Versprechen",
                "Gewerkschaftssekretär Ralf Dörner",
                "sagte",
                "P1",
                (TN, CR, "contains-inner"),
            ),
            Q("Synergien heben", None, None, "P9", ("inner", "term")),
        ],
    ),
    P(
        "wohnungspreise-drittes-quartal",
        "Wohnungspreise steigen wieder",
        "Die Preise für Eigentumswohnungen in deutschen Großstädten sind im dritten Quartal "
        "erstmals seit zwei Jahren wieder gestiegen. Das geht aus einer Auswertung des "
        "Immobilienportals Wohnfinder hervor. „Die Talsohle ist durchschritten“, sagte "
        "Chefanalyst Moritz Engelhardt. Am stärksten legten die Preise in Leipzig zu, um 4,1 "
        "Prozent. Der Mieterschutzverein Rhein-Ruhr warnte dagegen vor einer „neuen Spirale“ "
        "bei den Mieten.",
        [
            Q("Die Talsohle", "Chefanalyst Moritz Engelhardt", "sagte", "P1", (TN, CR)),
            Q("neuen Spirale", "Der Mieterschutzverein Rhein-Ruhr", "warnte", "P5", (ORG,)),
        ],
    ),
    P(
        "handwerk-lehrstellen-thueringen",
        "Handwerk findet keine Lehrlinge",
        "Im Handwerk in Thüringen bleiben in diesem Jahr mehr als 1.400 Lehrstellen "
        "unbesetzt. „Wir haben Betriebe, die seit drei Jahren keinen einzigen Bewerber gesehen "
        "haben“, sagte Kammerpräsident Stefan Fischer. Vor allem im Lebensmittelhandwerk sei "
        "die Lage „dramatisch“. Fischer forderte, die Berufsorientierung an Gymnasien zu "
        "stärken: „Nicht jeder muss studieren, um glücklich zu werden.“",
        [
            Q("Wir haben Betriebe", "Kammerpräsident Stefan Fischer", "sagte", "P1", (TN, CR, NS)),
            Q(
                "dramatisch",
                "Kammerpräsident Stefan Fischer",
                None,
                "P5+P6",
                (TN, CR, NS, KC, KD),
                nested=True,
            ),
            Q("Nicht jeder", "{Fischer} forderte", "forderte", "P2", (NS,)),
        ],
    ),
    P(
        "flinkbox-kuriere-streik",
        "Kuriere von Flinkbox legen Arbeit nieder",
        "Fahrerinnen und Fahrer des Lieferdienstes Flinkbox haben in Köln ihre Arbeit "
        "niedergelegt. Die Kuriere, im Firmenjargon „Rider“ genannt, fordern einen "
        "Tarifvertrag. „Wir fahren bei jedem Wetter und bekommen dafür kaum mehr als den "
        "Mindestlohn“, sagte der Kurier Emeka Obiora. Deutschlandchef Jonathan Whitfield "
        "erklärte, das Unternehmen zahle „deutlich über dem Branchenschnitt“. Die Gewerkschaft "
        "bezeichnete das als „Schönfärberei“.",
        [
            Q("Rider", None, None, "P9", ("term",)),
            Q("Wir fahren bei", "der Kurier Emeka Obiora", "sagte", "P1", (TN,)),
            Q(
                "deutlich über",
                "Deutschlandchef Jonathan Whitfield",
                "erklärte",
                "P5",
                (TN, CR),
                nested=True,
            ),
            Q(
                "Schönfärberei",
                "Die Gewerkschaft",
                "bezeichnete",
                "P5",
                (ORG, ST, "cue-bezeichnen"),
            ),
        ],
    ),
]

# --- politics -------------------------------------------------------------------------

POLITICS: list[Any] = [
    P(
        "doppelhaushalt-landtag",
        "Lohfink verteidigt Doppelhaushalt",
        "Finanzministerin Dr. Karin Lohfink hat im Landtag den Entwurf für den "
        "Doppelhaushalt verteidigt. „Wir investieren so viel wie nie in Schulen und "
        "Straßen“, sagte sie, „und trotzdem halten wir die Schuldenbremse ein.“ "
        "Oppositionsführer Markus Bräutigam warf der Regierung vor, sich „die Zahlen "
        "schönzurechnen“. „Dieser Haushalt ist auf Sand gebaut“, rief er unter dem Beifall "
        "seiner Fraktion. Es folgten Zwischenrufe wie „Märchenstunde!“ und „Schämen Sie "
        "sich!“.",
        [
            Q("Wir investieren", "sagte {sie}", "sagte", "P3+P8", (PR, GA), part=(0, 2)),
            Q("und trotzdem", "sagte {sie}", "sagte", "P3+P8", (PR, GA), part=(1, 2)),
            Q(
                "die Zahlen",
                "Oppositionsführer Markus Bräutigam",
                "warf",
                "P5",
                (TN, CR, "cue-vorwerfen"),
                nested=True,
            ),
            Q("Dieser Haushalt", "rief {er}", "rief", "P1+P8", (PR, GA)),
            Q("Märchenstunde", None, None, "P9", (UN, "cue-without-speaker")),
            Q("Schämen Sie", None, None, "P9", (UN, "cue-without-speaker")),
        ],
    ),
    P(
        "stichwahl-hemmingen",
        "Stichwahl in Hemmingen",
        "In Hemmingen kommt es am 2. Juni zur Stichwahl um das Bürgermeisteramt. Amtsinhaber "
        "Peter Krause (SPD) erhielt 44,2 Prozent, seine Herausforderin Dr. Yasemin Kocabaş "
        "(parteilos) 38,9 Prozent. Krause sagte am Wahlabend, er sei „zufrieden, aber nicht "
        "euphorisch“. Kocabaş sprach von einer „Sensation“. Sie habe mit deutlich weniger "
        "Stimmen gerechnet. „Jetzt ist alles offen.“",
        [
            Q("zufrieden, aber", "{Krause} sagte", "sagte", "P5", nested=True),
            Q("Sensation", "{Kocabaş} sprach", "sprach", "P5"),
            Q("Jetzt ist alles", "{Sie} habe", None, "P6+P8", (PR, GA, AI)),
        ],
    ),
    P(
        "wehrpflicht-debatte",
        "Schlagabtausch über Wehrpflicht im Bundestag",
        "Die Debatte über eine Rückkehr zur Wehrpflicht hat im Bundestag für einen hitzigen "
        "Schlagabtausch gesorgt. Im Gespräch ist eine sogenannte „Auswahlwehrpflicht“ nach "
        "skandinavischem Vorbild. „Eine Armee, die ihre Stellen nicht besetzen kann, ist "
        "keine Abschreckung“, sagte der CDU-Abgeordnete Hendrik Terlinden. Die "
        "Grünen-Politikerin Mira Osterkamp entgegnete, junge Menschen bräuchten „Angebote "
        "statt Zwang“. Verteidigungsstaatssekretär Olaf Brinkhaus sagte, das Ministerium "
        "prüfe „alle Optionen“. Eine Entscheidung solle bis zum Sommer fallen.",
        [
            Q("Auswahlwehrpflicht", None, None, "P9", ("term",)),
            Q(
                "Eine Armee",
                "der CDU-Abgeordnete Hendrik Terlinden",
                "{sagte} der",
                "P1",
                (TN, CR),
            ),
            Q(
                "Angebote",
                "Die Grünen-Politikerin Mira Osterkamp",
                "entgegnete",
                "P5",
                (TN, CR, "cue-reply"),
                nested=True,
            ),
            Q(
                "alle Optionen",
                "Verteidigungsstaatssekretär Olaf Brinkhaus",
                "{sagte}, das",
                "P5",
                (TN, CR),
                nested=True,
            ),
        ],
    ),
    P(
        "sozialwohnungen-beschleunigungsgesetz",
        "Hartwig: „Wir müssen schneller bauen“",
        "Hartwig: „Wir müssen schneller bauen“\n\n"
        "Berlin will den Bau von Sozialwohnungen beschleunigen. Die Senatorin für "
        "Stadtentwicklung, Ines Hartwig, stellte am Dienstag ein Gesetz vor, das "
        "Genehmigungsverfahren auf sechs Monate begrenzen soll. „Wir können uns jahrelange "
        "Verfahren schlicht nicht mehr leisten“, sagte die Senatorin. Bauverbände begrüßten "
        "den Vorstoß. Der Berliner Mieterrat kritisierte, das Gesetz setze „falsche Anreize "
        "für Investoren“. Hartwig wies das zurück: „Jede neue Sozialwohnung ist ein Gewinn.“",
        [
            Q("Wir müssen schneller", "{Hartwig}: „Wir", None, "P2", ("headline",)),
            Q("Wir können uns", "die Senatorin", "sagte", "P1+P8", (NOM, RAN)),
            Q(
                "falsche Anreize",
                "Der Berliner Mieterrat",
                "kritisierte",
                "P5",
                (ORG,),
                nested=True,
            ),
            Q(
                "Jede neue",
                "{Hartwig} wies",
                "wies",
                "P2",
                (ST, "cue-zurueckweisen"),
            ),
        ],
    ),
    P(
        "staedtetag-altschulden",
        "Kommunen in NRW schlagen Alarm",
        "Die Kommunen in Nordrhein-Westfalen schlagen Alarm: Mehr als die Hälfte der Städte "
        "kann ihren Haushalt nicht mehr ausgleichen. „Wir sind am Ende unserer "
        "Möglichkeiten“, betonte der Präsident des Städtetags NRW, Oberbürgermeister Jochen "
        "Stratmann aus Hamm. Das Land müsse die Altschulden übernehmen. Aus dem "
        "Kommunalministerium hieß es, man sei „zu Gesprächen bereit“, könne aber keine "
        "Zusagen machen.",
        [
            Q(
                "Wir sind am Ende",
                "Oberbürgermeister Jochen Stratmann",
                "betonte",
                "P1",
                (RA, TN),
            ),
            Q(
                "zu Gesprächen",
                "dem Kommunalministerium",
                "hieß",
                "P5",
                (ORG, "cue-hiess-es"),
                nested=True,
            ),
        ],
    ),
    P(
        "eu-agrarhilfen-kuerzung",
        "Widerstand gegen Kürzung der Agrarhilfen",
        "Die geplante Kürzung der EU-Agrarhilfen stößt in Deutschland auf breiten Widerstand. "
        "Bundeslandwirtschaftsministerin Gesine Harms-Ruprecht schrieb auf der Plattform X: "
        "„Wer bei den Bauern spart, spart an der Zukunft unserer ländlichen Räume.“ Der "
        "Europaabgeordnete Pieter de" + NB + "Kloet (Grüne) hält die Pläne dagegen für "
        "„überfällig“. Die Subventionen nach Fläche begünstigten vor allem große Betriebe, "
        "sagte er.",
        [
            Q(
                "Wer bei den Bauern",
                "Bundeslandwirtschaftsministerin Gesine Harms-Ruprecht",
                "schrieb",
                "P2",
                (TN, CR, MP, "cue-social"),
            ),
            Q(
                "überfällig",
                "Der Europaabgeordnete Pieter de" + NB + "Kloet",
                "hält",
                "P5",
                (TN, CR, PN, NBN, ST),
            ),
        ],
    ),
    P(
        "landrat-unterbringung",
        "Landrat fordert mehr Geld vom Bund",
        "Der Landrat des Kreises Vorpommern-Rügen, Dr. Thomas Zühlsdorf, hat den Bund "
        "aufgefordert, mehr Geld für die Unterbringung Geflüchteter bereitzustellen. Die "
        "Turnhallen seien „keine Dauerlösung“, sagte Zühlsdorf am Freitag. Die Kommunen "
        "würden mit den Kosten „im Stich gelassen“. Schon jetzt fehlten im Kreishaushalt 14 "
        "Millionen Euro. „So kann es nicht weitergehen.“",
        [
            Q("keine Dauerlösung", "{Zühlsdorf} am", "sagte", "P5", nested=True),
            Q("im Stich", "{Zühlsdorf} am", None, "P5+P6", (KC, KD), nested=True),
            Q("So kann es", "{Zühlsdorf} am", None, "P6", (AI,)),
        ],
    ),
    P(
        "fusion-unterwilen",
        "Unterwilen und Rüttenen-Au fusionieren",
        "Die Stimmberechtigten von Unterwilen und Rüttenen-Au haben die Fusion ihrer Gemeinden "
        "deutlich angenommen. Der Ja-Anteil lag bei 71 Prozent. «Das ist ein klares Zeichen, "
        "dass die Leute vorwärts schauen», sagte Gemeindepräsidentin Regula Wyssbrod. Die "
        "Gegner hatten vor einem «Verlust der Dorfidentität» gewarnt. Komiteepräsident Beat "
        "Rüfenacht räumte die Niederlage ein: «Wir haben verloren, aber wir werden den Prozess "
        "kritisch begleiten.»",
        [
            Q(
                "Das ist ein klares",
                "Gemeindepräsidentin Regula Wyssbrod",
                "sagte",
                "P1",
                (TN, CR),
            ),
            Q("Verlust der", "Die Gegner", "gewarnt", "P5", ("plusquamperfekt",)),
            Q(
                "Wir haben verloren",
                "Komiteepräsident Beat Rüfenacht",
                "räumte",
                "P2",
                (TN, CR, "cue-concede"),
            ),
        ],
    ),
    P(
        "schul-wlan-sachsen",
        "Nur jede vierte Schule hat WLAN in allen Räumen",
        "Nur jede vierte Schule in Sachsen verfügt über schnelles WLAN in allen "
        "Klassenräumen. Bis 2028 soll sich das ändern. „Der Ausbau hat für uns oberste "
        "Priorität“, teilte das Kultusministerium mit. Lehrerverbandschefin Dagmar Kühnel hält "
        "das für „Zweckoptimismus“. An vielen Schulen funktioniere das Netz „an guten Tagen in "
        "zwei von fünf Etagen“.",
        [
            Q("Der Ausbau hat", "das Kultusministerium", "teilte", "P1", (ORG,)),
            Q(
                "Zweckoptimismus",
                "Lehrerverbandschefin Dagmar Kühnel",
                "hält",
                "P5",
                (TN, CR, ST),
            ),
            Q(
                "an guten Tagen",
                "Lehrerverbandschefin Dagmar Kühnel",
                None,
                "P5+P6",
                (TN, CR, KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "dorflaeden-foerderung",
        "Land fördert 14 neue Dorfläden",
        "Das Land Brandenburg fördert den Bau von 14 neuen Dorfläden mit insgesamt 3,2 "
        "Millionen Euro. Bewerben können sich Gemeinden mit weniger als 2.000 Einwohnern. "
        "„Ein Dorfladen ist mehr als ein Geschäft, er ist ein Treffpunkt“, erklärte "
        "Wirtschaftsministerin Dr. Anke Rohrbeck. Die Förderquote beträgt nach Angaben des "
        "Ministeriums bis zu 80 Prozent und ist damit „ein bundesweiter Spitzenwert“.",
        [
            Q(
                "Ein Dorfladen",
                "Wirtschaftsministerin Dr. Anke Rohrbeck",
                "erklärte",
                "P1",
                (TN, CR),
            ),
            Q(
                "ein bundesweiter",
                "des Ministeriums",
                "nach Angaben",
                "P4+P5",
                (ORG, "cue-angaben"),
            ),
        ],
    ),
]

# --- science and health ---------------------------------------------------------------

SCIENCE: list[Any] = [
    P(
        "schlafstudie-jugendliche",
        "Jugendliche schlafen immer weniger",
        "Jugendliche in Deutschland schlafen im Schnitt 50 Minuten weniger als vor 20 Jahren. "
        "Das zeigt eine Langzeitstudie der Universität Greifswald, die im Fachjournal „Sleep "
        "and Development Review“ erschienen ist. „Das Smartphone im Bett ist dabei der "
        "wichtigste, aber nicht der einzige Faktor“, sagte Studienleiter Prof. Dr. Henrik "
        "Aaltonen. „Chronischer Schlafmangel beeinträchtigt Konzentration, Stimmung und "
        "Immunsystem“, heißt es in der Studie. Auch der frühe Schulbeginn spiele eine Rolle. "
        "Aaltonen plädiert dafür, den Unterricht „frühestens um halb neun“ beginnen zu lassen.",
        [
            Q("Sleep", None, None, "P9", ("title",)),
            Q(
                "Das Smartphone",
                "Studienleiter Prof. Dr. Henrik Aaltonen",
                "sagte",
                "P1",
                (TN, CR),
            ),
            Q("Chronischer", "der Studie", "heißt", "P1", (DOC, "cue-hiess-es")),
            Q("frühestens", "{Aaltonen} plädiert", "plädiert", "P5", nested=True),
        ],
    ),
    P(
        "grab-quedlinburg",
        "4.500 Jahre altes Grab bei Quedlinburg entdeckt",
        "Archäologen haben bei Erdarbeiten am Rand von Quedlinburg ein rund 4.500 Jahre altes "
        "Grab entdeckt. Darin lagen die Überreste eines Mannes, ein Bernsteinanhänger und "
        "mehrere Pfeilspitzen aus Feuerstein. „Ein solcher Fund ist selbst für erfahrene "
        "Ausgräber ein Glücksfall“, sagte Grabungsleiterin Dr. Friederike Schäfer-Olmos vom "
        "Landesamt für Denkmalpflege. Der Anhänger deute auf Handelskontakte bis an die "
        "Ostsee hin. „Bernstein war damals so etwas wie eine Währung.“",
        [
            Q(
                "Ein solcher Fund",
                "Grabungsleiterin Dr. Friederike Schäfer-Olmos",
                "sagte",
                "P1",
                (TN, CR, MP, NS),
            ),
            Q(
                "Bernstein war",
                "Grabungsleiterin Dr. Friederike Schäfer-Olmos",
                None,
                "P6",
                (TN, CR, MP, NS, AI),
            ),
        ],
    ),
    P(
        "gletscherschwund-alpen",
        "Gletscher verlieren erneut drei Prozent",
        "Die Gletscher in den Schweizer Alpen haben im vergangenen Sommer erneut rund drei "
        "Prozent ihres Volumens verloren. Das zeigen Messungen des Glaziologischen Netzwerks "
        "Alpen. «Wir sehen eine Beschleunigung, die uns auch als Fachleute erschreckt», sagte "
        "Glaziologin Seraina Brunold von der ETH Zürich. Kleinere Gletscher würden bis Mitte "
        "des Jahrhunderts «praktisch verschwunden» sein, warnte sie.",
        [
            Q("Wir sehen eine", "Glaziologin Seraina Brunold", "sagte", "P1", (TN,)),
            Q(
                "praktisch verschwunden",
                "warnte {sie}",
                "warnte",
                "P5+P8",
                (PR,),
                nested=True,
            ),
        ],
    ),
    P(
        "immuvera-zulassungsantrag",
        "Marburger Firma beantragt Zulassung für Hantavirus-Impfstoff",
        "Das Marburger Biotech-Unternehmen Immuvera hat für seinen Impfstoff gegen das Hantavirus "
        "die Zulassung in der EU beantragt. In einer Studie mit 11.000 Teilnehmern habe der "
        "Impfstoff 78 Prozent der Erkrankungen verhindert, teilte das Unternehmen mit. Das "
        "Fachblatt Klinik aktuell zitiert den Infektiologen Prof. Emil Stankowski mit den "
        "Worten: „Wenn sich diese Daten bestätigen, ist das ein großer Schritt.“ Unabhängige "
        "Experten mahnten dennoch zur Vorsicht.",
        [
            Q(
                "Wenn sich diese",
                "den Infektiologen Prof. Emil Stankowski",
                "zitiert",
                "P2",
                (TN, "cue-zitiert", "via-media"),
            ),
        ],
    ),
    P(
        "komet-abendhimmel",
        "Komet mit bloßem Auge sichtbar",
        "Am Abendhimmel ist derzeit mit bloßem Auge ein Komet zu sehen. Am besten sei er kurz "
        "nach Sonnenuntergang tief im Westen zu beobachten, sagte Sternwartenleiter Dr. "
        "Tobias Stern aus Sonneberg. „Ein Fernglas hilft, aber selbst ohne erkennt man den "
        "Schweif gut.“ Der Himmelskörper kehrt erst in etwa 6.000 Jahren zurück. „Wer ihn "
        "jetzt verpasst, hat also Pech“, sagte Stern schmunzelnd.",
        [
            Q(
                "Ein Fernglas",
                "Sternwartenleiter Dr. Tobias Stern",
                None,
                "P6",
                (TN, CR, NS, AI),
            ),
            Q("Wer ihn", "{Stern} schmunzelnd", "{sagte} Stern", "P1", (NS,)),
        ],
    ),
    P(
        "elchkalb-hirschfelde",
        "Elchkalb im Tierpark geboren",
        "Im Tierpark Hirschfelde ist ein Elchkalb zur Welt gekommen. Das Jungtier sei gesund "
        "und trinke regelmäßig, teilte der Tierpark mit. Tierpflegerin Sonja Vogt war bei der "
        "Geburt dabei. „Nach zehn Minuten stand das Kleine schon auf wackeligen Beinen“, "
        "erzählte sie. Einen Namen hat das Kalb noch nicht, Besucher können bis Ende Mai "
        "Vorschläge einreichen. Der Favorit im Team sei „Ole“, verriet die Pflegerin.",
        [
            Q("Nach zehn", "erzählte {sie}", "erzählte", "P1+P8", (PR,)),
            Q("Ole", None, None, "P9", ("name",)),
        ],
    ),
    P(
        "drohne-rotorblaetter",
        "Drohne erkennt Schäden an Windrädern",
        "Ein Team der Universität Paderborn hat ein Verfahren entwickelt, mit dem sich Schäden "
        "an den Flügeln von Windrädern per Drohne und Software automatisch erkennen lassen. "
        "Die Trefferquote liege bei über 95 Prozent, sagte Projektleiter Dr. Jakob Fischer. "
        "„Bisher mussten Industriekletterer jeden Flügel abseilen und mit bloßem Auge prüfen. "
        "Das dauert Tage.“ Ein Windparkbetreiber aus Ostfriesland testet das System bereits.",
        [
            Q(
                "Bisher mussten",
                "Projektleiter Dr. Jakob Fischer",
                None,
                "P6",
                (TN, CR, NS, AI),
            ),
        ],
    ),
    P(
        "fleischkonsum-umfrage",
        "Immer mehr Menschen essen weniger Fleisch",
        "Immer mehr Menschen in Deutschland verzichten zumindest zeitweise auf Fleisch. Einer "
        "Umfrage des Meinungsforschungsinstituts Demoskopia zufolge essen 41 Prozent der "
        "Befragten höchstens zweimal pro Woche Fleisch. „Der Trend ist eindeutig und zieht "
        "sich durch alle Altersgruppen“, sagte Institutsleiterin Carmen Oyelaran-Weiß. Der "
        "Fleischerverband sieht dagegen „keinen Grund zur Panik“.",
        [
            Q(
                "Der Trend ist",
                "Institutsleiterin Carmen Oyelaran-Weiß",
                "sagte",
                "P1",
                (TN, CR, MP),
            ),
            Q("keinen Grund", "Der Fleischerverband", "sieht", "P5", (ORG, ST)),
        ],
    ),
]

# --- culture --------------------------------------------------------------------------

CULTURE: list[Any] = [
    P(
        "premiere-vermessung-des-schweigens",
        "Jubel für „Die Vermessung des Schweigens“",
        "Mit stehenden Ovationen hat das Publikum am Samstag die Premiere von „Die Vermessung "
        "des Schweigens“ am Staatstheater Kassel gefeiert. Regisseurin Johanna Liebig hat den "
        "Roman der Autorin Irene Castellano für die Bühne bearbeitet. „Ich wollte zeigen, wie "
        "laut das Ungesagte in einer Familie sein kann“, sagte Liebig nach der Vorstellung. "
        "Die Autorin, die eigens aus Triest angereist war, sprach von einer „kongenialen "
        "Übersetzung ins Theater“.",
        [
            Q("Die Vermessung", None, None, "P9", ("title",)),
            Q("Ich wollte zeigen", "{Liebig} nach", "sagte", "P1"),
            Q("kongenialen", "Die Autorin", "sprach", "P5+P8", (NOM, RAN)),
        ],
    ),
    P(
        "lindenthaler-literaturpreis",
        "Lindenthaler Literaturpreis für Aurel Mincu",
        "Der Schriftsteller Aurel Mincu hat den mit 25.000 Euro dotierten Lindenthaler "
        "Literaturpreis erhalten. Die Jury würdigte seinen Roman „Das Haus am Ende der "
        "Weiden“ als „leises, tief berührendes Buch über Herkunft und Verlust“. Mincu, 1979 "
        "in Timișoara geboren, lebt seit seinem zwölften Lebensjahr in Leipzig. „Ich schreibe "
        "in der Sprache, in der ich träume“, sagte er in seiner Dankesrede. „Und ich träume "
        "seit Langem auf Deutsch.“",
        [
            Q("Das Haus am Ende", None, None, "P9", ("title",)),
            Q("leises, tief", "Die Jury", "würdigte", "P5", (ORG,)),
            Q("Ich schreibe", "sagte {er}", "sagte", "P1+P8", (PR,)),
            Q("Und ich träume", "sagte {er}", None, "P6+P8", (PR,)),
        ],
    ),
    P(
        "kupferfarm-tournee-abgesagt",
        "Kupferfarm sagt Tournee ab",
        "Die Rockband Kupferfarm hat ihre Tournee kurzfristig abgesagt. Sänger Till Vosskuhl "
        "leide an einer Stimmbandentzündung, teilte das Management mit. Auf Instagram hat der "
        "Musiker geschrieben: „Es bricht mir das Herz, aber meine Stimme braucht jetzt Ruhe.“ "
        "Die Konzerte sollen im Herbst nachgeholt werden, bereits gekaufte Tickets behalten "
        "ihre Gültigkeit. Das neue Album „Rost und Regen“ erscheint wie geplant im Mai.",
        [
            Q(
                "Es bricht mir",
                "der Musiker",
                "geschrieben",
                "P2+P8",
                (NOM, "cue-social", "perfekt"),
            ),
            Q("Rost und Regen", None, None, "P9", ("title",)),
        ],
    ),
    P(
        "nordlicht-ausstellung",
        "Skandinavische Malerei in Wilhelmshaven",
        "Die Städtische Galerie Wilhelmshaven zeigt ab Sonntag die Ausstellung »Nordlicht. "
        "Malerei aus Skandinavien 1880 bis 1920«. Zu sehen sind mehr als 90 Werke, viele "
        "davon erstmals in Deutschland. »Wir wollten die großen Namen zeigen«, sagte "
        "Kuratorin Ingrid Aasheim, »aber auch die Frauen, die damals kaum jemand beachtet "
        "hat.« Die Schau läuft bis zum 14. September.",
        [
            Q("Nordlicht", None, None, "P9", ("title",)),
            Q(
                "Wir wollten die",
                "Kuratorin Ingrid Aasheim",
                "sagte",
                "P3",
                (TN,),
                part=(0, 2),
            ),
            Q(
                "aber auch die Frauen",
                "Kuratorin Ingrid Aasheim",
                "sagte",
                "P3",
                (TN,),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "generalsweg-umbenennung",
        "Streit um den Generalsweg",
        "Im Stadtrat von Bad Lemberg wird seit Monaten über die Umbenennung des "
        "„Generalswegs“ gestritten. Historiker Dr. Bernd Tjaden nennt den Namensgeber einen "
        "„glühenden Kolonialisten“. Anwohnerin Ilse Kuhlenkamp will die alten Schilder "
        "dagegen behalten: „Ich wohne hier seit 60 Jahren. Warum soll ich mich jetzt an eine "
        "neue Adresse gewöhnen?“ Eine Entscheidung soll im Herbst fallen.",
        [
            Q("Generalswegs", None, None, "P9", ("name",)),
            Q(
                "glühenden",
                "Historiker Dr. Bernd Tjaden",
                "nennt",
                "P5",
                (TN, ST, "cue-nennen"),
            ),
            Q("Ich wohne hier", "Anwohnerin Ilse Kuhlenkamp", "will", "P2", (TN,)),
        ],
    ),
    P(
        "grenzfall-neisse-dreh",
        "Dreh für zweite Staffel von „Grenzfall Neiße“",
        "In Görlitz haben die Dreharbeiten für die zweite Staffel der Krimiserie „Grenzfall "
        "Neiße“ begonnen. Hauptdarstellerin Mareike Lundqvist-Hoffmann spielt erneut die "
        "Kommissarin Jana Schwerdtfeger. „Diese Stadt ist eine Schauspielerin für sich“, schwärmte "
        "sie. Der Sender plant die Ausstrahlung für das Frühjahr. Produzent Elias Varga "
        "kündigte an, die neue Staffel werde „deutlich düsterer“.",
        [
            Q("Grenzfall", None, None, "P9", ("title",)),
            Q("Diese Stadt", "schwärmte {sie}", "schwärmte", "P1+P8", (PR,)),
            Q(
                "deutlich düsterer",
                "Produzent Elias Varga",
                "kündigte",
                "P5",
                (TN,),
                nested=True,
            ),
        ],
    ),
    P(
        "heideklang-rekord",
        "Heideklang-Festival mit Besucherrekord",
        "Das Open-Air-Festival Heideklang in Celle hat mit 38.000 Besuchern einen Rekord "
        "aufgestellt. „Drei Tage Sonne, keine größeren Zwischenfälle, besser geht es nicht“, "
        "bilanzierte Veranstalter Kai Großkopf. Die Polizei sprach von einem „weitgehend "
        "friedlichen“ Verlauf. Lediglich ein Besucher wurde mit Kreislaufproblemen ins "
        "Krankenhaus gebracht. Für das nächste Jahr ist bereits die Band „Die Nachtfalter“ "
        "bestätigt.",
        [
            Q("Drei Tage Sonne", "Veranstalter Kai Großkopf", "bilanzierte", "P1", (TN,)),
            Q("weitgehend", "Die Polizei", "sprach", "P5", (ORG,)),
            Q("Die Nachtfalter", None, None, "P9", ("name",)),
        ],
    ),
    P(
        "philharmonie-siegerland-chefdirigentin",
        "Neue Chefdirigentin für die Philharmonie Siegerland",
        "Die Philharmonie Siegerland hat eine neue Chefdirigentin: Die Wienerin Valerie zu "
        "Rabenau tritt ihr Amt im September an. „Dieses Orchester hat einen warmen, dunklen "
        "Klang, in den ich mich sofort verliebt habe“, sagte die 38-Jährige bei ihrer "
        "Vorstellung. Zum Antritt dirigiert sie die Uraufführung der Sinfonie „Gezeiten“ von "
        "Jonas Welling. Intendant Markus Hallberg sprach von einem „Glücksgriff“.",
        [
            Q("Dieses Orchester", "die 38-Jährige", "sagte", "P1+P8", (NOM, AA)),
            Q("Gezeiten", None, None, "P9", ("title",)),
            Q("Glücksgriff", "Intendant Markus Hallberg", "sprach", "P5", (TN,)),
        ],
    ),
]

# --- court ----------------------------------------------------------------------------

COURT: list[Any] = [
    P(
        "pflegedienst-abrechnungsbetrug",
        "Prozess um Abrechnungsbetrug beim Pflegedienst",
        "Vor dem Landgericht Osnabrück hat der Prozess gegen die frühere Chefin eines "
        "Pflegedienstes begonnen. Die 56-Jährige soll Leistungen abgerechnet haben, die nie "
        "erbracht wurden, der Schaden beträgt laut Anklage rund 1,3 Millionen Euro. Der "
        "Verteidiger der Frau, Ansgar von Hülsen, verlas eine Erklärung: „Meine Mandantin "
        "bedauert zutiefst, was geschehen ist.“ Der Vorsitzende Richter Gerald Hahn mahnte die "
        "Zeugen: „Ich erwarte hier die volle Wahrheit, auch wenn sie unangenehm ist.“",
        [
            Q("Meine Mandantin", "Ansgar von Hülsen", "verlas", "P2", (RA, PN)),
            Q(
                "Ich erwarte hier",
                "Der Vorsitzende Richter Gerald Hahn",
                "mahnte",
                "P2",
                (TN, NS),
            ),
        ],
    ),
    P(
        "raser-urteil-hagen",
        "Lebenslang für Raser",
        "Das Landgericht Hagen hat einen 24-Jährigen nach einem illegalen Autorennen wegen "
        "Mordes zu lebenslanger Haft verurteilt. Der Angeklagte habe den Tod anderer Menschen "
        "„billigend in Kauf genommen“, sagte die Vorsitzende Richterin Dr." + NB + "Astrid "
        "Kellinghusen in der Urteilsbegründung. Bei dem Rennen war im vergangenen Jahr eine "
        "61-jährige Radfahrerin ums Leben gekommen. Der Verteidiger kündigte Revision an. „Das "
        "Urteil ist juristisch nicht haltbar“, sagte er nach der Verhandlung.",
        [
            Q(
                "billigend",
                "die Vorsitzende Richterin Dr." + NB + "Astrid Kellinghusen",
                "{sagte} die",
                "P5",
                (TN, NBN),
                nested=True,
            ),
            Q("Das Urteil ist", "sagte {er}", "{sagte} er", "P1+P8", (PR, GA)),
        ],
    ),
    P(
        "thujahecke-gifhorn",
        "Nachbarn streiten vor Gericht um Hecke",
        "Ein jahrelanger Streit um eine Thujahecke hat am Mittwoch das Amtsgericht Gifhorn "
        "beschäftigt. Der Kläger, ein 71-jähriger Rentner, verlangte, dass sein Nachbar die "
        "Hecke auf 1,80 Meter kürzt. „Seit zehn Jahren sehe ich in meinem Wohnzimmer keine "
        "Sonne mehr“, klagte er. Der Nachbar entgegnete: „Die Hecke stand schon da, als er "
        "eingezogen ist.“ Richter Dominik Wolf schlug einen Vergleich vor: Die Hecke wird auf "
        "zwei Meter gestutzt. Beide Seiten stimmten zu, „zähneknirschend“, wie der Anwalt des "
        "Klägers sagte.",
        [
            Q("Seit zehn Jahren", "klagte {er}", "klagte", "P1+P8", (PR,)),
            Q("Die Hecke stand", "Der Nachbar", "entgegnete", "P2+P8", (NOM, "cue-reply")),
            Q("zähneknirschend", "der Anwalt des Klägers", "sagte", "P5"),
        ],
    ),
    P(
        "windraeder-klage-minden",
        "Klage gegen Windräder abgewiesen",
        "Das Verwaltungsgericht Minden hat die Klage einer Bürgerinitiative gegen zwei "
        "Windräder bei Preußisch Oldendorf abgewiesen. In der Urteilsbegründung heißt es: "
        "„Der Ausbau erneuerbarer Energien liegt im überragenden öffentlichen Interesse.“ Die "
        "Initiative will nun vor das Oberverwaltungsgericht ziehen. Initiativsprecher "
        "Hartmut Engel kündigte an: „Wir geben nicht auf.“",
        [
            Q(
                "Der Ausbau erneuerbarer",
                "der Urteilsbegründung",
                "heißt",
                "P2",
                (DOC, "cue-hiess-es"),
            ),
            Q(
                "Wir geben nicht",
                "Initiativsprecher Hartmut Engel",
                "kündigte",
                "P2",
                (TN, CR, NS),
            ),
        ],
    ),
    P(
        "geldautomaten-gestaendnis",
        "Geständnis im Prozess um Automatensprengungen",
        "Im Prozess um eine Serie von Geldautomatensprengungen hat einer der drei Angeklagten "
        "ein Geständnis abgelegt. „Ich wusste, dass es falsch war, aber ich hatte Schulden bei "
        "den falschen Leuten“, sagte der 29-Jährige aus Utrecht vor dem Landgericht Kleve. Die "
        "beiden Mitangeklagten schweigen bislang. Staatsanwältin Birgit Walter sprach von einer "
        "„hochprofessionell organisierten Bande“.",
        [
            Q("Ich wusste, dass", "der 29-Jährige aus Utrecht", "sagte", "P1+P8", (NOM, AA)),
            Q("hochprofessionell", "Staatsanwältin Birgit Walter", "sprach", "P5", (TN, NS)),
        ],
    ),
    P(
        "bgh-schimmel-mieter",
        "BGH stärkt Mieter bei Schimmel",
        "Der Bundesgerichtshof hat die Rechte von Mietern bei Schimmelbefall gestärkt. Ein "
        "Mieter müsse nicht beweisen, dass er ausreichend gelüftet habe, entschieden die "
        "Karlsruher Richter am Mittwoch. In der Pressemitteilung des Gerichts heißt es, es sei "
        "Sache des Vermieters, „bauliche Ursachen auszuschließen“. Der Eigentümerverband Haus "
        "& Heim nannte das Urteil „praxisfern“.",
        [
            Q(
                "bauliche Ursachen",
                "des Gerichts",
                "heißt",
                "P5",
                (ORG, "cue-hiess-es", "cue-mitteilung"),
                nested=True,
            ),
            Q(
                "praxisfern",
                "Der Eigentümerverband Haus & Heim",
                "nannte",
                "P5",
                (ORG, ST, "cue-nennen"),
            ),
        ],
    ),
]

# --- police ---------------------------------------------------------------------------

POLICE: list[Any] = [
    P(
        "lkw-grosskontrolle-helmstedt",
        "Großkontrolle: Fast jeder dritte Lkw mit Mängeln",
        "Bei einer Großkontrolle auf der A 2 bei Helmstedt hat die Polizei am Dienstag 214 "
        "Lastwagen überprüft. Fast jeder dritte hatte Mängel. „Wir haben Bremsen gesehen, bei "
        "denen man sich fragt, wie der Wagen überhaupt noch fahren konnte“, sagte "
        "Einsatzleiter Jörg Harmsen. Die Polizei teilte mit: „Gegen 41 Fahrer wurden "
        "Bußgeldverfahren eingeleitet, sieben Fahrzeuge mussten stehen bleiben.“",
        [
            Q("Wir haben Bremsen", "Einsatzleiter Jörg Harmsen", "sagte", "P1", (TN, CR)),
            Q("Gegen 41", "{Die Polizei} teilte", "teilte", "P2", (ORG,)),
        ],
    ),
    P(
        "kleingarten-einbrueche",
        "Einbrecher suchen Kleingartenanlage heim",
        "Unbekannte sind in der Nacht zum Sonntag in mindestens 14 Lauben der "
        "Kleingartenanlage „Sonnenwinkel“ in Hannover-Linden eingebrochen. Die Täter "
        "erbeuteten Werkzeug, Gartengeräte und in einem Fall einen Rasenmähroboter. „So eine "
        "Serie hatten wir hier noch nie“, sagte Vereinsvorsitzender Manfred Klose. Die Polizei "
        "bittet Zeugen, sich zu melden.",
        [
            Q("Sonnenwinkel", None, None, "P9", ("name",)),
            Q("So eine", "Vereinsvorsitzender Manfred Klose", "sagte", "P1", (TN, CR)),
        ],
    ),
    P(
        "vermisster-junge-gefunden",
        "Vermisster Achtjähriger wohlbehalten gefunden",
        "Der seit Mittwoch vermisste achtjährige Junge aus Bad Salzuflen ist wohlbehalten "
        "gefunden worden. Ein Spaziergänger hatte ihn am Donnerstagmorgen in einer "
        "Schutzhütte im Wald entdeckt. Das Kind war unterkühlt, aber unverletzt. „Wir sind "
        "unglaublich erleichtert.“ Das sagte Polizeisprecherin Nadine Große-Wortmann am "
        "Donnerstag. An der Suche hatten sich mehr als 300 Helfer beteiligt.",
        [
            Q(
                "Wir sind",
                "Polizeisprecherin Nadine Große-Wortmann",
                "sagte",
                "P1",
                (TN, CR, MP, "cue-next-sentence"),
            ),
        ],
    ),
    P(
        "enkeltrick-trier",
        "Polizei warnt vor Enkeltrick",
        "Mit einer neuen Masche versuchen Betrüger im Raum Trier, ältere Menschen um ihr "
        "Erspartes zu bringen. Die Anrufer geben sich als Enkel aus, der einen Unfall hatte. "
        "Ein typischer Satz: „Oma, ich brauche dringend Geld für die Kaution, sonst muss ich "
        "ins Gefängnis.“ Die Polizei warnt eindringlich. „Legen Sie einfach auf und rufen Sie "
        "Ihre Angehörigen unter der bekannten Nummer an“, rät Kriminalhauptkommissar Peter "
        "Lenz.",
        [
            Q("Oma, ich", None, None, "P9", (UN, "cue-without-speaker")),
            Q(
                "Legen Sie",
                "Kriminalhauptkommissar Peter Lenz",
                "rät",
                "P1",
                (TN, CR),
            ),
        ],
    ),
    P(
        "verfolgungsjagd-neubrandenburg",
        "19-Jähriger flieht ohne Führerschein vor der Polizei",
        "Ein 19-Jähriger hat sich in der Nacht zum Samstag in Neubrandenburg eine "
        "Verfolgungsjagd mit der Polizei geliefert. Laut Polizei war der junge Mann „mit bis "
        "zu 140 Sachen“ durch die Innenstadt gerast. Er hatte keinen Führerschein, das Auto "
        "gehörte seiner Mutter. „Es grenzt an ein Wunder, dass niemand verletzt wurde“, sagte "
        "ein Polizeisprecher. Der 19-Jährige muss sich nun wegen eines verbotenen "
        "Kraftfahrzeugrennens verantworten.",
        [
            Q("mit bis", "{Polizei} war", "Laut", "P4+P5", (ORG, "cue-laut")),
            Q("Es grenzt", "ein Polizeisprecher", "sagte", "P1"),
        ],
    ),
    P(
        "brand-mehrfamilienhaus-buer",
        "Zwölf Verletzte bei Brand in Mehrfamilienhaus",
        "Bei einem Brand in einem Mehrfamilienhaus in Gelsenkirchen-Buer sind in der Nacht zum "
        "Montag zwölf Menschen leicht verletzt worden. Das Feuer war nach ersten Erkenntnissen "
        "im Keller ausgebrochen. Eine Bewohnerin aus dem dritten Stock schilderte die "
        "dramatischen Minuten: „Der Flur war schwarz vor Rauch, wir sind über den Balkon "
        "raus.“ Die Feuerwehr rettete mehrere Menschen über Drehleitern. „Die "
        "Brandschutztüren haben Schlimmeres verhindert“, hieß es von der Feuerwehr.",
        [
            Q(
                "Der Flur war",
                "Eine Bewohnerin aus dem dritten Stock",
                "schilderte",
                "P2",
            ),
            Q("Die Brandschutztüren", "der Feuerwehr", "hieß", "P1", (ORG, "cue-hiess-es")),
        ],
    ),
    P(
        "kokain-bananen-hafen",
        "380 Kilogramm Kokain in Bananenkisten",
        "Zollfahnder haben im Hamburger Hafen 380 Kilogramm Kokain sichergestellt. Das "
        "Rauschgift war in einem Container mit Bananen aus Ecuador versteckt. „Das ist einer "
        "der größten Funde in diesem Jahr“, sagte eine Sprecherin des Zollfahndungsamts. Nach "
        "Angaben der Ermittler hat das Kokain einen Straßenverkaufswert von „deutlich über 20 "
        "Millionen Euro“. Die Ermittlungen führt eine eigens gegründete Ermittlungsgruppe mit "
        "dem Namen „Kühlkette“.",
        [
            Q("Das ist einer", "eine Sprecherin des Zollfahndungsamts", "sagte", "P1"),
            Q(
                "deutlich über 20",
                "der Ermittler",
                "Nach Angaben",
                "P4+P5",
                (ORG, "cue-angaben"),
            ),
            Q("Kühlkette", None, None, "P9", ("operation",)),
        ],
    ),
]

# --- interviews -----------------------------------------------------------------------

INTERVIEWS: list[Any] = [
    P(
        "interview-schaeferin-ohlendorf",
        "„Die Hunde sind das wichtigste Personal“",
        "Seit 25 Jahren zieht Margarete Brüggemeier mit ihrer Herde durch die Lüneburger Heide. "
        "Ein Gespräch über Wölfe, Nachwuchs und Einsamkeit.\n\n"
        "Frau Brüggemeier, wie viele Schafe haben Sie?\n\n"
        "Brüggemeier: „Derzeit 640, dazu zwölf Ziegen und drei Hunde. Die Hunde sind "
        "eigentlich das wichtigste Personal.“\n\n"
        "Haben Sie Angst vor dem Wolf?\n\n"
        "Brüggemeier: „Angst nicht. Aber Respekt. Seit wir die Herdenschutzhunde haben, ist "
        "Ruhe.“\n\n"
        "Finden Sie noch Nachwuchs?\n\n"
        "Brüggemeier: „Das ist das eigentliche Problem. Junge Leute finden den Beruf romantisch, "
        "bis sie den ersten Winter erlebt haben.“",
        [
            Q("Derzeit 640", "{Brüggemeier}: „Derzeit", None, "P2", (INT,)),
            Q("Angst nicht", "{Brüggemeier}: „Angst", None, "P2", (INT,)),
            Q("Das ist das eigentliche", "{Brüggemeier}: „Das", None, "P2", (INT,)),
        ],
    ),
    P(
        "aufstieg-rotenburg-pressekonferenz",
        "Rotenburgerinnen planen für die 2. Liga",
        "Nach dem Aufstieg in die 2. Bundesliga stellte sich Trainerin Alessia "
        "Cavallaro-Franke vom SV Rotenburg den Fragen der Presse. Ob der Kader reiche, wollte "
        "ein Reporter wissen. „Nein, wir brauchen noch zwei, drei erfahrene Spielerinnen“, "
        "antwortete die Trainerin. Und das Saisonziel? Cavallaro-Franke: „Klassenerhalt. "
        "Alles andere wäre vermessen.“ Kapitänin Merle Thiessen ergänzte: „Wir wissen, dass "
        "jetzt ein anderer Wind weht.“",
        [
            Q(
                "Nein, wir brauchen",
                "die Trainerin",
                "antwortete",
                "P1+P8",
                (NOM, RAN, INT, "cue-reply", "after-question"),
            ),
            Q(
                "Klassenerhalt",
                "{Cavallaro-Franke}: „Klassenerhalt",
                None,
                "P2",
                (MP, INT, "after-question"),
            ),
            Q(
                "Wir wissen, dass",
                "Kapitänin Merle Thiessen",
                "ergänzte",
                "P2",
                (TN, INT, "cue-addition"),
            ),
        ],
    ),
    P(
        "interview-polizeipraesidentin-behrendt",
        "„Da habe ich kein Verständnis, null“",
        "Die Bielefelder Polizeipräsidentin Dr. Susanne Behrendt ist seit einem Jahr im Amt. "
        "Im Gespräch mit unserer Zeitung zieht sie Bilanz.\n\n"
        "Frau Behrendt, was hat Sie im ersten Jahr am meisten überrascht?\n\n"
        "Behrendt: „Wie sehr sich die Kolleginnen und Kollegen gegenseitig tragen. Das sieht "
        "man von außen nicht.“\n\n"
        "Und was hat Sie geärgert?\n\n"
        "Behrendt: „Die Angriffe auf Rettungskräfte an Silvester. Da habe ich kein "
        "Verständnis, null.“",
        [
            Q("Wie sehr", "{Behrendt}: „Wie", None, "P2", (INT,)),
            Q("Die Angriffe", "{Behrendt}: „Die", None, "P2", (INT,)),
        ],
    ),
    P(
        "interview-sternekoch-koch",
        "Ein Stern für die Feldlerche",
        "Julian Koch führt seit drei Jahren das Restaurant „Feldlerche“ in Bad Saarow, seit "
        "November mit einem Stern. Wir haben ihn in seiner Küche besucht.\n\n"
        "Herr Koch, wie fühlt sich der Stern an?\n\n"
        "Koch: „Wie ein Marathon, bei dem man nach dem Ziel gleich weiterlaufen muss.“\n\n"
        "Stimmt es, dass Sie kein Fleisch mehr anbieten?\n\n"
        "Koch: „Fast. Wir haben noch ein Gericht mit Reh aus dem eigenen Revier. Mehr "
        "nicht.“",
        [
            Q("Feldlerche", None, None, "P9", ("name",)),
            Q("Wie ein Marathon", "{Koch}: „Wie", None, "P2", (NS, INT)),
            Q("Fast.", "{Koch}: „Fast", None, "P2", (NS, INT)),
        ],
    ),
    P(
        "interview-geschwister-hartkopf",
        "Zwei junge Landwirte und ein alter Hof",
        "Die Geschwister Lea und Finn Hartkopf haben mit 19 und 22 Jahren den elterlichen Hof "
        "in der Wesermarsch übernommen.\n\n"
        "Warum tut man sich das an?\n\n"
        "Lea Hartkopf: „Weil wir es lieben. Ehrlich, so einfach ist das.“\n\n"
        "Finn Hartkopf: „Und weil sonst niemand da gewesen wäre. Das gehört auch zur "
        "Wahrheit.“\n\n"
        "Was sagen Ihre Freunde?\n\n"
        "Lea Hartkopf: „Die kommen zur Ernte und helfen. Das ist unser Deal.“",
        [
            Q("Weil wir es", "{Lea Hartkopf}: „Weil", None, "P2", (INT,)),
            Q("Und weil sonst", "{Finn Hartkopf}: „Und", None, "P2", (INT,)),
            Q("Die kommen zur", "{Lea Hartkopf}: „Die", None, "P2", (INT,)),
        ],
    ),
    P(
        "pokal-pressekonferenz-elfmeter",
        "Wortgefecht auf der Pressekonferenz",
        "Bei der Pressekonferenz nach dem Pokalspiel ging es hoch her. „Haben Sie den "
        "Elfmeter gesehen?“, fragte ein Journalist. Trainer Uwe Kemmerich reagierte gereizt: "
        "„Ich habe ihn gesehen, und es war keiner.“ Sein Gegenüber, Luka Jurković vom FK "
        "Rheinstern, konterte: „Dann sollten Sie mal zum Augenarzt gehen.“ Beide lachten "
        "anschließend über den Schlagabtausch.",
        [
            Q("Haben Sie den", "ein Journalist", "fragte", "P1", (INT,)),
            Q(
                "Ich habe ihn",
                "Trainer Uwe Kemmerich",
                "reagierte",
                "P2",
                (TN, INT, "after-question"),
            ),
            Q(
                "Dann sollten",
                "Luka Jurković",
                "konterte",
                "P2",
                (RA, INT, "cue-reply"),
            ),
        ],
    ),
]

# --- press releases -------------------------------------------------------------------

PRESS: list[Any] = [
    P(
        "pm-stadtwerke-luenen-glasfaser",
        "Stadtwerke bauen Glasfasernetz aus",
        "Die Stadtwerke Lünen bauen das Glasfasernetz in den Ortsteilen Brambauer und "
        "Alstedde aus. Rund 6.500 Haushalte sollen bis Ende 2026 einen Anschluss erhalten. "
        "„Schnelles Internet ist heute so wichtig wie Strom und Wasser“, wird Geschäftsführer "
        "Achim Rautenberg in der Pressemitteilung zitiert. Für Kundinnen und Kunden, die sich "
        "bis zum 30. Juni entscheiden, ist der Hausanschluss kostenlos. Weitere Informationen "
        "gibt es unter dem Stichwort „Lünen digital“ auf der Internetseite der Stadtwerke.",
        [
            Q(
                "Schnelles Internet",
                "Geschäftsführer Achim Rautenberg",
                "zitiert",
                "P1",
                (TN, "cue-zitiert", "zitiert-passive", "cue-mitteilung"),
            ),
            Q("Lünen digital", None, None, "P9", ("name",)),
        ],
    ),
    P(
        "pm-innovationspreis-hoffmann-tan",
        "Innovationspreis für Werkstoffforscherin",
        "Die Technische Hochschule Ostwestfalen hat die Ingenieurin Dr." + NB + "Mei-Ling "
        "Hoffmann-Tan mit dem Innovationspreis der Region ausgezeichnet. In der Mitteilung "
        "der Hochschule heißt es: „Ihre Forschung zu recyclingfähigen Verbundwerkstoffen "
        "verbindet Exzellenz mit praktischem Nutzen.“ Die Preisträgerin erklärte: „Ich nehme "
        "den Preis stellvertretend für mein ganzes Team an.“",
        [
            Q(
                "Ihre Forschung",
                "der Hochschule",
                "heißt",
                "P2",
                (ORG, "cue-hiess-es", "cue-mitteilung"),
            ),
            Q("Ich nehme den", "Die Preisträgerin", "erklärte", "P2+P8", (NOM, RAN)),
        ],
    ),
    P(
        "pm-fahrradcodierung-goettingen",
        "Kostenlose Fahrradcodierung am Kiessee",
        "Die Polizeiinspektion Göttingen bietet am Samstag, 12. April, eine kostenlose "
        "Fahrradcodierung an. Die Aktion unter dem Motto „Mein Rad bleibt meins“ findet von "
        "10 bis 14 Uhr auf dem Parkplatz am Kiessee statt. „Ein codiertes Fahrrad ist für "
        "Diebe deutlich weniger attraktiv, weil es sich schlecht verkaufen lässt“, erklärt "
        "Präventionsbeamtin Jasmin Hartung. In der Mitteilung heißt es außerdem: „Codiert "
        "werden nur Räder, deren Eigentum zweifelsfrei nachgewiesen ist.“ Mitzubringen sind "
        "ein Personalausweis und ein Kaufbeleg.",
        [
            Q("Mein Rad bleibt", None, None, "P9", ("motto",)),
            Q("Ein codiertes", "Präventionsbeamtin Jasmin Hartung", "erklärt", "P1", (TN, CR)),
            Q(
                "Codiert",
                "der Mitteilung",
                "heißt",
                "P2",
                (DOC, "cue-hiess-es", "cue-mitteilung"),
            ),
        ],
    ),
    P(
        "pm-eintracht-dornheim-konzert",
        "Gesangverein lädt zum Jubiläumskonzert",
        "Der Gesangverein Eintracht Dornheim lädt zum Jubiläumskonzert am 5. Oktober in die "
        "Stadthalle ein. Auf dem Programm stehen Volkslieder, Schlager und Stücke aus dem "
        "Musical “Die Brücke von Berkhausen”. “Wir wollen zeigen, dass Chorsingen nichts "
        "Verstaubtes ist”, sagt die Vorsitzende Heike Brunnert. Karten gibt es im Vorverkauf "
        "für zwölf Euro.",
        [
            Q("Die Brücke von", None, None, "P9", ("title",)),
            Q("Wir wollen zeigen", "die Vorsitzende Heike Brunnert", "sagt", "P1", (TN,)),
        ],
    ),
    P(
        "pm-sparkasse-schulstarter",
        "Sparkasse verteilt Schulranzen",
        "Die Kreissparkasse Waldeck spendet in diesem Jahr 300 Schulranzen an Familien mit "
        "geringem Einkommen. Die Ranzen werden über die Tafeln und die Familienzentren im "
        "Landkreis verteilt. „Kein Kind soll sich am ersten Schultag schämen müssen“, erklärte "
        "Vorstandsvorsitzender Georg Wiegand. Die Aktion läuft unter dem Titel "
        "„Schulstart für alle“ bereits zum vierten Mal.",
        [
            Q(
                "Kein Kind soll",
                "Vorstandsvorsitzender Georg Wiegand",
                "erklärte",
                "P1",
                (TN, CR),
            ),
            Q("Schulstart für alle", None, None, "P9", ("name",)),
        ],
    ),
]

# --- media quoting media --------------------------------------------------------------

MEDIA: list[Any] = [
    P(
        "weissenfels-trainer-ruecktritt",
        "Kuczynski tritt in Weißenfels zurück",
        "Der Trainer des Drittligisten SC Weißenfels, Roman Kuczynski, hat seinen Rücktritt "
        "angekündigt. Der Mitteldeutschen Abendzeitung sagte der 61-Jährige: „Ich habe "
        "gemerkt, dass mir die Kraft fehlt, die diese Mannschaft braucht.“ Sein Nachfolger "
        "soll noch in dieser Woche vorgestellt werden. Der Verein bestätigte den Rücktritt am "
        "Abend.",
        [
            Q("Ich habe", "der 61-Jährige", "sagte", "P2+P8", (NOM, AA)),
        ],
    ),
    P(
        "helix-data-lammers",
        "Helix-Chef erwartet weitere Entlassungen",
        "Der Chef des Softwarekonzerns Helix Data, Dr. Frederik Lammers, rechnet mit weiteren "
        "Entlassungen in der Branche. „Künstliche Intelligenz wird viele Routinejobs "
        "überflüssig machen, auch bei uns“, sagte Lammers dem Wirtschaftsmagazin „Kapital & "
        "Köpfe“. Zugleich würden neue Stellen entstehen, allerdings „nicht im selben "
        "Umfang“.",
        [
            Q("Künstliche", "{Lammers} dem", "sagte", "P1"),
            Q("Kapital &", None, None, "P9", ("name",)),
            Q("nicht im selben", "{Lammers} dem", None, "P5+P6", (KC, KD), nested=True),
        ],
    ),
    P(
        "elbbruecke-radio-elbflorenz",
        "Bericht: Neue Elbbrücke wird verschoben",
        "Der Regionalsender Radio Elbflorenz berichtet unter Berufung auf Insider, die "
        "Landesregierung wolle den Bau der neuen Elbbrücke verschieben. „Das Geld ist "
        "schlicht nicht da, intern heißt das Projekt nur noch ‚Brücke nach Nirgendwo‘“, "
        "zitiert der Sender einen Mitarbeiter der Staatskanzlei. Ein Regierungssprecher wollte "
        "den Bericht nicht kommentieren. „Zu Spekulationen äußern wir uns grundsätzlich "
        "nicht.“",
        [
            Q(
                "Das Geld ist",
                "einen Mitarbeiter der Staatskanzlei",
                "zitiert",
                "P1",
                ("cue-zitiert", "via-media", "contains-inner"),
            ),
            Q("Brücke nach", None, None, "P9", ("inner", "name")),
            Q("Zu Spekulationen", "Ein Regierungssprecher", None, "P7"),
        ],
    ),
    P(
        "hallenbad-kommentare",
        "Hallenbad-Schließung: Kritik auch in den Medien",
        "Die Entscheidung des Stadtrats, das Hallenbad zu schließen, sorgt auch in den Medien "
        "für Kritik. Das Oberhessische Tageblatt schrieb in einem Kommentar: „Eine Stadt, die "
        "ihren Kindern nicht mehr das Schwimmen ermöglicht, spart am falschen Ende.“ Die "
        "Rundschau am Sonntag sprach von einem „Armutszeugnis“.",
        [
            Q("Eine Stadt, die", "Das Oberhessische Tageblatt", "schrieb", "P2", ("media",)),
            Q("Armutszeugnis", "Die Rundschau am Sonntag", "sprach", "P5", ("media",)),
        ],
    ),
    P(
        "podcast-halbtagsjobber",
        "Abgeordneter entschuldigt sich für Lehrer-Äußerung",
        "Mit einer Äußerung in einem Podcast hat der Landtagsabgeordnete Sebastian Kaiser "
        "für Empörung gesorgt. In der Sendung „Klartext mit Kerstin“ hatte er Lehrerinnen und "
        "Lehrer als „Halbtagsjobber“ bezeichnet. Die Vorsitzende des Lehrerverbands, Renate "
        "Auerswald, twitterte: „Wer so über Lehrkräfte redet, hat keine Ahnung vom "
        "Schulalltag.“ Kaiser ruderte am Montag zurück: „Das war eine dumme Formulierung, "
        "dafür entschuldige ich mich.“",
        [
            Q("Klartext mit", None, None, "P9", ("title",)),
            Q(
                "Halbtagsjobber",
                "hatte {er}",
                "bezeichnet",
                "P5+P8",
                (PR, "plusquamperfekt", ST, "cue-bezeichnen"),
            ),
            Q("Wer so über", "Renate Auerswald", "twitterte", "P2", (RA, "cue-social")),
            Q("Das war eine dumme", "{Kaiser} ruderte", "ruderte", "P2", (NS,)),
        ],
    ),
    P(
        "transit-tirol-pichlmayr",
        "Transitstreit: Tirol schlägt scharfe Töne an",
        "Im Streit um den Lkw-Transit durch Tirol verschärft sich der Ton. Der Tiroler "
        "Verkehrslandesrat Florian Pichlmayr wurde von der Nachrichtenagentur Alpenpresse mit "
        "den Worten zitiert: „Wir lassen uns von niemandem erpressen, auch nicht aus Berlin.“ "
        "Das Bundesverkehrsministerium wies die Vorwürfe als „absurd“ zurück.",
        [
            Q(
                "Wir lassen uns",
                "Der Tiroler Verkehrslandesrat Florian Pichlmayr",
                "zitiert",
                "P2",
                (TN, CR, "cue-zitiert", "via-media", "zitiert-passive"),
            ),
            Q(
                "absurd",
                "Das Bundesverkehrsministerium",
                "wies",
                "P5",
                (ORG, ST, "cue-zurueckweisen"),
            ),
        ],
    ),
]

# --- articles line-wrapped at about 72 columns ----------------------------------------

WRAPPED: list[Any] = [
    wrapped(
        P(
            "w-hafenfest-brake",
            "Hafenfest lockt 45.000 Besucher",
            lines(
                "Das Hafenfest in Brake hat am Wochenende nach Angaben der Veranstalter",
                "rund 45.000 Besucher angelockt. Höhepunkt war am Samstagabend das",
                "Feuerwerk über der Weser. „So voll war es hier seit Jahren nicht“, sagte",
                "Organisator Heino Friedrich.",
                "",
                "Weniger begeistert zeigten sich einige Anwohner der Hafenstraße. „Bis",
                "drei Uhr nachts Bässe im Schlafzimmer, das ist kein Spaß“, klagte",
                "Rentner Gerd Wilkens. Friedrich versprach, im nächsten Jahr die",
                "Lautstärke „strenger zu kontrollieren“.",
            ),
            [
                Q("So voll war", "Organisator Heino Friedrich", "sagte", "P1", (TN, NS, LBC)),
                Q("Bis", "Rentner Gerd Wilkens", "klagte", "P1", (TN, LBC)),
                Q(
                    "strenger zu",
                    "{Friedrich} versprach",
                    "versprach",
                    "P5",
                    (NS, LBC),
                    nested=True,
                ),
            ],
        )
    ),
    wrapped(
        P(
            "w-geburtsstation-ebermannstadt",
            "Geburtsstation in Ebermannstadt schließt",
            lines(
                "Die Geburtsstation des Kreiskrankenhauses in Ebermannstadt schließt zum",
                "30. Juni. Als Grund nannte der Klinikverbund Fränkische Schweiz fehlende",
                "Hebammen und Fachärzte. „Wir können eine sichere Versorgung rund um die",
                "Uhr nicht mehr gewährleisten“, sagte Geschäftsführerin Dr. Cornelia",
                "Wunderlich-Beck. Landrat Hermann Ziegler nannte die Entscheidung",
                "„bitter, aber nachvollziehbar“.",
                "",
                "Werdende Mütter müssen künftig bis zu 40 Minuten nach Forchheim oder",
                "Bamberg fahren. Die Hebamme Ruth Helmbrecht hält das für „unzumutbar“.",
                "„Bei einer Sturzgeburt zählt jede Minute.“",
            ),
            [
                Q(
                    "Wir können eine",
                    "Geschäftsführerin Dr. Cornelia\nWunderlich-Beck",
                    "sagte",
                    "P1",
                    (TN, CR, MP, LBN),
                ),
                Q(
                    "bitter, aber",
                    "Landrat Hermann Ziegler",
                    "{nannte} die Entscheidung",
                    "P5",
                    (TN, NS, ST, "cue-nennen", LBC),
                ),
                Q("unzumutbar", "Die Hebamme Ruth Helmbrecht", "hält", "P5", (TN, ST)),
                Q("Bei einer", "Die Hebamme Ruth Helmbrecht", None, "P6", (TN,)),
            ],
        )
    ),
    wrapped(
        P(
            "w-derby-grossaufgebot",
            "Großaufgebot der Polizei beim Derby",
            lines(
                "Vor dem Derby zwischen Eintracht Wolmirstedt und dem 1. FC Barleben am",
                "Sonntag hat die Polizei ein Großaufgebot angekündigt. Rund 400",
                "Beamtinnen und Beamte sollen im Einsatz sein. „Wir setzen auf",
                "Kommunikation, aber auch auf Konsequenz“, sagte der Leiter des",
                "Einsatzes, Polizeidirektor Ralf Steinbrecher.",
                "",
                "Beide Vereine riefen ihre Anhänger zu einem friedlichen Spiel auf. Der",
                "Präsident der Eintracht, Wolfgang Meister, sagte, Pyrotechnik habe „in",
                "unserem Stadion nichts verloren“. Wer Bengalos zünde, bekomme",
                "Stadionverbot, „und zwar ohne Wenn und Aber“.",
            ),
            [
                Q(
                    "Wir setzen",
                    "Polizeidirektor Ralf Steinbrecher",
                    "{sagte} der Leiter",
                    "P1",
                    (RA, TN, CR, LBC),
                ),
                Q(
                    "in\nunserem",
                    "Wolfgang Meister",
                    "{sagte}, Pyrotechnik",
                    "P5",
                    (RA, NS),
                    nested=True,
                ),
                Q(
                    "und zwar ohne",
                    "Wolfgang Meister",
                    None,
                    "P5+P6",
                    (RA, NS, KC, KD),
                    nested=True,
                ),
            ],
        )
    ),
    wrapped(
        P(
            "w-wildbienen-rheinhessen",
            "Weniger Wildbienen in Rheinhessen",
            lines(
                "Die Zahl der Wildbienenarten in Rheinhessen ist in den vergangenen 30",
                "Jahren um fast ein Viertel zurückgegangen. Das ist das Ergebnis einer",
                "Untersuchung der Universität Mainz, die am Donnerstag vorgestellt wurde.",
                "„Besonders betroffen sind Arten, die auf wenige Pflanzen spezialisiert",
                "sind“, erklärte die Biologin Dr. Lena Nguyen-Schultheiß.",
                "",
                "Sie fordert breitere Blühstreifen an den Rändern der Weinberge. Der",
                "Weinbauverband zeigte sich offen: „Wir wollen Teil der Lösung sein.“ Ein",
                "Pilotprojekt soll im Frühjahr bei Nierstein starten.",
            ),
            [
                Q(
                    "Besonders betroffen",
                    "die Biologin Dr. Lena Nguyen-Schultheiß",
                    "erklärte",
                    "P1",
                    (TN, MP),
                ),
                Q("Wir wollen Teil", "Der\nWeinbauverband", "zeigte", "P2", (ORG, LBN)),
            ],
        )
    ),
    wrapped(
        P(
            "w-tierschutz-cloppenburg",
            "Geldstrafe für Schweinehalter",
            lines(
                "Das Amtsgericht Cloppenburg hat einen Schweinehalter wegen Verstößen",
                "gegen das Tierschutzgesetz zu einer Geldstrafe von 18.000 Euro",
                "verurteilt. Kontrolleure hatten in seinem Stall verletzte und",
                "unterernährte Tiere gefunden. „Das war kein Versehen, das war ein",
                "System“, sagte Richterin Annika Grotelüschen.",
                "",
                "Der 58-Jährige nahm das Urteil regungslos auf. Sein Verteidiger sprach",
                "von einer „Vorverurteilung durch die Medien“ und kündigte an, Berufung",
                "einzulegen.",
            ),
            [
                Q("Das war kein", "Richterin Annika Grotelüschen", "sagte", "P1", (TN,)),
                Q(
                    "Vorverurteilung",
                    "Sein Verteidiger",
                    "sprach",
                    "P5",
                    (NOM, LBC, "coord-verbs"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "w-asiamarkt-eisenbahnstrasse",
            "Asia-Markt muss schließen",
            lines(
                "Die Lebensmittelhändlerin Dang Thi Lan betreibt seit 15 Jahren einen",
                "Asia-Markt in der Leipziger Eisenbahnstraße. Nun muss sie schließen,",
                "weil der Vermieter die Miete verdoppeln will. „Ich verstehe, dass er",
                "Geld verdienen will, aber das kann kein Laden hier bezahlen“, sagte",
                "Dang.",
                "",
                "Stammkunden haben eine Petition mit dem Titel „Rettet den Laden von Frau",
                "Dang“ gestartet. Bis Freitag kamen mehr als 2.000 Unterschriften",
                "zusammen. Der Eigentümer, die Grundstücksgesellschaft Ostwerk, wollte",
                "sich auf Anfrage nicht äußern.",
            ),
            [
                Q("Ich verstehe", "sagte\n{Dang}", "sagte", "P1", (MP, LBC)),
                Q("Rettet den Laden", None, None, "P9", ("title",)),
            ],
        )
    ),
    wrapped(
        P(
            "w-bibliothek-pirna-sonntags",
            "Bibliothek öffnet sonntags ohne Personal",
            lines(
                "Die Stadtbibliothek Pirna öffnet ab Januar auch sonntags, allerdings",
                "ohne Personal. Leserinnen und Leser können sich dann mit ihrem Ausweis",
                "selbst Zutritt verschaffen und Medien am Automaten ausleihen. „Die",
                "Bibliothek soll ein Wohnzimmer für die ganze Stadt sein, auch am",
                "Wochenende“, sagte Bibliotheksleiterin Katharina Nieswandt-Oehme.",
                "",
                "Skeptisch ist der Personalrat. Personalratschef Jens Apel befürchtet,",
                "dass die Technik „auf lange Sicht Stellen ersetzen“ soll. Die Leiterin",
                "widersprach: „Niemand verliert hier seinen Arbeitsplatz.“",
            ),
            [
                Q(
                    "Die\nBibliothek",
                    "Bibliotheksleiterin Katharina Nieswandt-Oehme",
                    "sagte",
                    "P1",
                    (TN, CR, MP),
                ),
                Q(
                    "auf lange Sicht",
                    "Personalratschef Jens Apel",
                    "befürchtet",
                    "P5",
                    (TN, CR, ST, LBC),
                    nested=True,
                ),
                Q("Niemand verliert", "Die Leiterin", "widersprach", "P2+P8", (NOM, RAN, LBC)),
            ],
        )
    ),
]


# --- more: a few ordinary reports -----------------------------------------------------

MORE: list[Any] = [
    P(
        "sv-haldern-pokalsensation",
        "Kreisligist Haldern wirft Oberligisten raus",
        "Der Kreisligist SV Haldern hat in der ersten Runde des Westfalenpokals den "
        "Oberligisten Rot-Weiß Attendorn mit 2:1 geschlagen. Den Siegtreffer erzielte in der "
        "89. Minute Noah Kettelhack, im Hauptberuf Dachdecker. Der 23-Jährige war nach dem "
        "Abpfiff kaum zu bremsen. „So ein Tor schießt man einmal im Leben, und heute war es "
        "so weit.“ Haldern-Trainerin Sabine Lüttgenau lobte: „Die Jungs haben 90 Minuten alles "
        "reingeworfen.“ Die Mannschaft sei, so Lüttgenau, „endlich eine Einheit“. Im Vereinsheim "
        "„Zum Anstoß“ wurde bis tief in die Nacht gefeiert.",
        [
            Q("So ein Tor", "Der 23-Jährige", None, "P7+P8", (NOM, AA)),
            Q("Die Jungs haben", "Haldern-Trainerin Sabine Lüttgenau", "lobte", "P2", (TN, CR)),
            Q(
                "endlich eine",
                "so {Lüttgenau}",
                "{so} Lüttgenau",
                "P4+P5",
                ("cue-so", "so-parenthetical"),
                nested=True,
            ),
            Q("Zum Anstoß", None, None, "P9", ("name",)),
        ],
    ),
    P(
        "baustelle-koelner-strasse",
        "Händler leiden unter Großbaustelle",
        "Seit Wochen ärgern sich Händler in der Kölner Straße in Wipperfürth über die "
        "Großbaustelle vor ihren Geschäften. Die Kunden blieben aus, die Umsätze seien um bis "
        "zu 40 Prozent eingebrochen, klagt Buchhändler Otto Pfingsten. Die Leiterin des "
        "Tiefbauamts, Carla Ludwig, bittet um Geduld. „Wir liegen im Zeitplan, und ab Oktober "
        "ist die Straße wieder frei.“ Eine Entschädigung für die Händler lehnt die Stadt ab. "
        "Dafür gebe es „keine rechtliche Grundlage“, so Ludwig.",
        [
            Q("Wir liegen im", "Carla Ludwig", None, "P7", (RA, NS)),
            Q(
                "keine rechtliche",
                "so {Ludwig}",
                "so",
                "P4+P5",
                (NS, "cue-so"),
                nested=True,
            ),
        ],
    ),
    P(
        "grundschule-neu-lindow",
        "Streit um Grundschule in Neu Lindow",
        "Im Streit um die Schließung der Grundschule in Neu Lindow hat Bürgermeister Detlef "
        "Warnstedt die Kreisverwaltung scharf angegriffen. Die „Lausitzer Post“ zitiert ihn mit "
        "den Worten: „Der Kreis hat uns nicht einmal vorher angerufen.“ Der Landrat wies die "
        "Kritik zurück, die Schülerzahlen seien seit Jahren bekannt. „Wir haben das Gespräch "
        "mehrfach angeboten“, sagte er der Zeitung.",
        [
            Q("Lausitzer Post", None, None, "P9", ("name",)),
            Q(
                "Der Kreis hat",
                "zitiert {ihn}",
                "zitiert",
                "P2+P8",
                (PR, "cue-zitiert", "via-media"),
            ),
            Q("Wir haben das", "sagte {er}", "sagte", "P1+P8", (PR,)),
        ],
    ),
    P(
        "vorteilsannahme-hunsrueck-neu",
        "Prozess gegen Ex-Bürgermeister wird neu aufgerollt",
        "Der Prozess gegen einen früheren Bürgermeister aus dem Hunsrück wegen Vorteilsannahme "
        "wird neu aufgerollt. Der Bundesgerichtshof hob das Urteil des Landgerichts Koblenz "
        "teilweise auf. „Die Kammer muss die Beweise zur Höhe der Zahlungen noch einmal "
        "würdigen“, so eine Sprecherin des Landgerichts. Der Angeklagte, der 67-jährige "
        "Reinhold Staudt, hatte stets seine Unschuld beteuert. Sein Anwalt sprach von einem "
        "„Etappensieg“, der zeige, dass die Ermittler „mit zweierlei Maß“ gemessen hätten.",
        [
            Q("Die Kammer muss", "eine Sprecherin des Landgerichts", "so", "P4", ("cue-so",)),
            Q("Etappensieg", "Sein Anwalt", "sprach", "P5", (NOM,)),
            Q("mit zweierlei", "Sein Anwalt", "sprach", "P5", (NOM,), nested=True),
        ],
    ),
]


PASSAGES: list[Any] = AGENCY + LOCAL + SPORTS + BUSINESS + POLITICS + SCIENCE + CULTURE
PASSAGES += COURT + POLICE + INTERVIEWS + PRESS + MEDIA + MORE + WRAPPED


def build_records() -> list[dict[str, Any]]:
    """All blind5 passages as JSON-ready records (raises ``AuthoringError``)."""
    records: list[dict[str, Any]] = _hw.build_records(PASSAGES, SPLIT)
    return records


def render_jsonl() -> str:
    """The exact content of ``blind5.jsonl``."""
    content: str = _hw.render_jsonl(PASSAGES, SPLIT)
    return content


#: ``build_blind2.counts``: ``build_blind.counts`` plus the pairs tagged ``unattributed``.
counts = _blind2.counts


def main() -> int:
    OUT_PATH.write_text(render_jsonl(), encoding="utf-8")
    records = build_records()
    c = counts(records)
    n_nested = sum(q["is_nested"] for rec in records for q in rec["quotes"])
    print(f"is_nested records: {n_nested}")
    return int(_blind2.report(OUT_PATH, c))


if __name__ == "__main__":
    sys.exit(main())
