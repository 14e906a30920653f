"""Build ``tests/data/blind4.jsonl``: a fourth blind gold set of German direct quotations.

The passages below were written for the quoteattr project on 2026-12-01, *blind*:
without running quoteattr's extractor, attribution, evaluator or tests on them, without
reading its attribution rules (``quoteattr/attribution/``, ``_speakers.py``) or their
tests, and without reading the passages of the earlier gold sets or the Wikinews data
(only the guidelines in ``tests/data/README.md`` and the notation of the earlier
builders were studied). All people, firms, clubs, media, titles and quotations are
invented; real cities, countries, regions and a few platforms appear only as
background. They are written the way a German journalist would write them: agency
news, local news, sports, business, science, culture, court and police reports,
interviews, press releases, media quoting media, and a few articles line-wrapped at
about 72 columns.

The authoring notation is that of ``tests/data/build_blind3.py`` (``P``, ``Q`` and the
builder functions come from ``build_handwritten.py``; ``wrapped``, ``lines`` and ``NB``
from ``build_blind.py``; ``counts`` and ``report`` from ``build_blind2.py``), with the
tags of the earlier blind sets (see ``tests/data/README.md``) and these more, for the
constructions this set stresses:

- ``konj-cont``: a partial quotation inside reported speech (Konjunktiv I, or
  Konjunktiv II standing in for it) in a sentence with no speech verb of its own,
  continuing a statement made before (``P5+P6``, ``is_nested``; the speaker is the
  nearest preceding mention of the speaker, cue ``null``). With one of
  ``konj-after-direct`` (the statement before is a quotation with a cue),
  ``konj-after-indirect`` (the statement before is indirect speech after a speech
  verb), ``konj-chain`` (the second or third such sentence in a row) and
  ``konj-new-speaker`` (the sentence follows the introduction of another person than
  the one quoted before: the speaker is the new person).
- ``narrator-konj2``: a negative: the narrator's own Konjunktiv II conditional with a
  scare quote that nobody says (``P9``, speaker ``null``).
- ``via-media``: a medium quotes the speaker (``Die Zeitung zitiert X mit den
  Worten``); the speaker is X, the medium is not; usually with ``cue-zitiert``, and
  ``zitiert-passive`` for *X wird in der Mitteilung mit den Worten zitiert*.
- ``cue-stance`` with one of ``cue-davon-aus`` (*geht davon aus, dass …*; cue
  ``geht``), ``cue-zurueckweisen`` (*wies … als „…“ zurück*; cue ``wies`` or the
  participle), ``cue-stellung`` (*nahm … Stellung: „…“*; cue ``nahm``),
  ``cue-bezeichnen`` (*bezeichnete X als „…“*), ``cue-nennen`` (*nannte X „…“*).
- ``cont-colon``: *Und: „…“* / *Außerdem: „…“* after a quoted speaker (``P6``).
- ``coord-verbs``: two or more coordinated verbs share the speaker as subject
  (*schlug um sich und rief: „…“*).
- ``so-parenthetical``: *, so X,* in the middle of the sentence that holds the quote.
- ``after-question``: a reply (usually ``cue-reply``) to a question asked by another
  person, directly or in reported form; the speaker is the one who replies.

It is smaller than the earlier sets and stresses the constructions listed above; it was
written by a helper that saw none of quoteattr's rules, while rule work went on, and
scored once, blind, on 2026-12-01 (see ``tests/data/README.md`` and docs/accuracy.md); it
is no longer blind.

Run ``python tests/data/build_blind4.py`` after editing it; it writes
``tests/data/blind4.jsonl`` (split ``blind4``, ids ``blind4/<slug>``) and prints the
counts. ``tests/test_blind_data.py`` checks that ``blind4.jsonl`` is up to date.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

HERE_DATA = Path(__file__).resolve().parent
OUT_PATH = HERE_DATA / "blind4.jsonl"
SPLIT = "blind4"


_hw = builder("handwritten")
_blind = builder("blind")
_blind2 = builder("blind2")
P = _hw.P
Q = _hw.Q
AuthoringError = _hw.AuthoringError
lines = _blind.lines
wrapped = _blind.wrapped
NB = _blind.NB  # no-break space

# tag groups used below, to keep the Q(...) lines short
KC = "konj-cont"
KD = "konj-after-direct"
KI = "konj-after-indirect"
KCH = "konj-chain"
KN = "konj-new-speaker"
ST = "cue-stance"

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
        "talbruecke-wesselbach",
        "Talbrücke bei Wesselbach bleibt für Lastwagen gesperrt",
        "Die marode Talbrücke bei Wesselbach bleibt mindestens bis zum Frühjahr für "
        "Lastwagen gesperrt. „Die Prüfer haben Risse in drei Pfeilern gefunden“, sagte "
        "Verkehrsministerin Annegret Hollweg am Dienstag in Mainz. Ein Neubau sei "
        "„unausweichlich“. Die Kosten schätzt ihr Haus auf rund 180 Millionen Euro.",
        [
            Q(
                "Die Prüfer",
                "Verkehrsministerin Annegret Hollweg",
                "sagte",
                "P1",
                ("title-name", "compound-role"),
            ),
            Q(
                "unausweichlich",
                "Verkehrsministerin Annegret Hollweg",
                None,
                "P5+P6",
                ("title-name", "compound-role", KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "duengeregel-bauernverband",
        "Bauernverband läuft Sturm gegen neue Düngeregeln",
        "Der Präsident des Landesbauernverbands, Konrad Fischer, hat die geplanten "
        "Düngeregeln des Landes scharf kritisiert. Fischer sagte am Mittwoch in Hannover, "
        "die Vorgaben gingen an der Praxis vorbei. Viele Familienbetriebe würden „in den "
        "Ruin getrieben“. Das Agrarministerium habe die Landwirte „nicht einmal angehört“. "
        "Eine Sprecherin des Ministeriums wies das zurück.",
        [
            Q(
                "in den",
                "{Fischer} sagte",
                None,
                "P5+P6",
                ("noun-surname", KC, KI),
                nested=True,
            ),
            Q(
                "nicht einmal",
                "{Fischer} sagte",
                None,
                "P5+P6",
                ("noun-surname", KC, KI, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "skyvista-streichungen",
        "Skyvista-Chef droht mit weiteren Streichungen",
        "Der Chef der Fluggesellschaft Skyvista, Ruben Alcántara Vidal, schließt weitere "
        "Streichungen im Inlandsverkehr nicht aus. Der „Hellweger Bote“ zitiert ihn mit den "
        "Worten: „Wir fliegen nur noch dorthin, wo wir Geld verdienen.“ Die Vereinigung "
        "der Flugbegleiter nannte die Pläne „einen Kahlschlag auf Raten“.",
        [
            Q("Hellweger Bote", None, None, "P9", ("name", "media")),
            Q(
                "Wir fliegen",
                "{ihn} mit den Worten",
                "zitiert",
                "P2+P8",
                ("pronoun", "cue-zitiert", "via-media"),
            ),
            Q(
                "einen Kahlschlag",
                "Die Vereinigung der Flugbegleiter",
                "nannte",
                "P5",
                ("org", ST, "cue-nennen"),
            ),
        ],
    ),
    P(
        "lagerhalle-kestrup",
        "Großbrand in Lagerhalle in Kestrup",
        "Bei einem Großbrand in einer Lagerhalle in Kestrup sind am Sonntag zwei "
        "Feuerwehrleute leicht verletzt worden. Die Rauchsäule war kilometerweit zu sehen. "
        "Die Nachrichtenagentur Nordpress zitierte eine Augenzeugin mit den Worten: „Es hat "
        "zweimal laut geknallt, dann stand das ganze Dach in Flammen.“ Die Halle sei "
        "„nicht mehr zu retten“ gewesen, sagte ein Sprecher der Feuerwehr am Abend.",
        [
            Q(
                "Es hat zweimal",
                "eine Augenzeugin",
                "zitierte",
                "P2",
                ("cue-zitiert", "via-media"),
            ),
            Q(
                "nicht mehr",
                "ein Sprecher der Feuerwehr",
                "sagte",
                "P5",
                ("nominal",),
                nested=True,
            ),
        ],
    ),
    P(
        "orkan-hertha",
        "Orkan Hertha: Schäden in Milliardenhöhe erwartet",
        "Nach dem Orkan „Hertha“ rechnen die Versicherer mit Schäden in Milliardenhöhe. "
        "Die Landesstelle für Katastrophenschutz geht davon aus, dass die Schäden "
        "„deutlich über einer Milliarde Euro“ liegen. „So etwas haben wir in dieser Region "
        "noch nie erlebt“, sagte Präsidentin Magdalena Eze-Wittkamp. Allein in "
        "Ostfriesland seien „Zehntausende Bäume“ umgestürzt.",
        [
            Q("Hertha", None, None, "P9", ("name",)),
            Q(
                "deutlich über",
                "Die Landesstelle für Katastrophenschutz",
                "geht",
                "P5",
                ("org", ST, "cue-davon-aus"),
                nested=True,
            ),
            Q(
                "So etwas",
                "Präsidentin Magdalena Eze-Wittkamp",
                "sagte",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Zehntausende",
                "Präsidentin Magdalena Eze-Wittkamp",
                None,
                "P5+P6",
                ("title-name", "multipart-name", KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "regionalverkehr-betreiberwechsel",
        "Minister rechnet mit Ausfällen im Regionalverkehr",
        "Der Wechsel des Betreibers im Regionalverkehr droht im Dezember zum Fiasko zu "
        "werden. Die „Rheinische Abendpost“ zitiert Verkehrsminister Dieter Sandkühler mit "
        "den Worten: „Ich rechne in den ersten Wochen mit erheblichen Ausfällen.“ Dem neuen "
        "Betreiber fehlen nach Angaben des Ministeriums rund 90 Lokführer. Der "
        "Fahrgastverband Pro Schiene Rhein bezeichnete die Lage als „absehbares Desaster“.",
        [
            Q("Rheinische Abendpost", None, None, "P9", ("name", "media")),
            Q(
                "Ich rechne",
                "Verkehrsminister Dieter Sandkühler",
                "zitiert",
                "P2",
                ("title-name", "compound-role", "cue-zitiert", "via-media"),
            ),
            Q(
                "absehbares",
                "Der Fahrgastverband Pro Schiene Rhein",
                "bezeichnete",
                "P5",
                ("org", ST, "cue-bezeichnen"),
            ),
        ],
    ),
    P(
        "busunfall-huenfeld",
        "14 Verletzte bei Busunfall",
        "Bei einem Busunfall auf der A7 bei Hünfeld sind am Morgen 14 Menschen verletzt "
        "worden. „Der Bus kam ins Schleudern und kippte einfach um“, zitierte die Agentur "
        "Nordpress einen Fahrgast. Der Fahrer sei „viel zu schnell“ unterwegs gewesen, sagte "
        "eine Frau, die im Auto dahinter gefahren war. Die Polizei geht davon aus, dass "
        "überfrierende Nässe „eine entscheidende Rolle“ gespielt hat.",
        [
            Q("Der Bus", "einen Fahrgast", "zitierte", "P1", ("cue-zitiert", "via-media")),
            Q("viel zu", "eine Frau", "sagte", "P5", ("nominal",), nested=True),
            Q(
                "eine entscheidende",
                "Die Polizei",
                "geht",
                "P5",
                ("org", ST, "cue-davon-aus"),
                nested=True,
            ),
        ],
    ),
]

# --- local news -----------------------------------------------------------------------

LOCAL: list[Any] = [
    P(
        "hallenbad-obertal",
        "Hallenbad Obertal bleibt offen",
        "Das Hallenbad in Obertal bleibt trotz knapper Kassen geöffnet. Das hat der "
        "Gemeinderat am Donnerstagabend mit 14 zu 11 Stimmen beschlossen. Man werde, so "
        "Bürgermeisterin Gesine Rathgeber, „jeden Euro zweimal umdrehen“. Kämmerer Till "
        "Ohlendorf warnte dagegen vor einem „Haushaltsloch von historischer Dimension“. Die "
        "Rücklagen der Gemeinde seien „in spätestens zwei Jahren aufgebraucht“.",
        [
            Q(
                "jeden Euro",
                "Bürgermeisterin Gesine Rathgeber",
                "{so} Bürgermeisterin",
                "P4+P5",
                ("title-name", "cue-so", "so-parenthetical"),
                nested=True,
            ),
            Q("Haushaltsloch", "Kämmerer Till Ohlendorf", "warnte", "P5", ("title-name",)),
            Q(
                "in spätestens",
                "Kämmerer Till Ohlendorf",
                None,
                "P5+P6",
                ("title-name", KC, KN),
                nested=True,
            ),
        ],
    ),
    P(
        "kita-gebuehren-rehlingen",
        "Eltern protestieren gegen höhere Kita-Gebühren",
        "Die Stadt Rehlingen will die Kita-Gebühren zum Sommer um bis zu 30 Prozent "
        "anheben. Zu den Plänen nahm am Montag auch der Gesamtelternbeirat Stellung: "
        "„Familien dürfen nicht die Lücken im Stadthaushalt stopfen.“ Die Vorsitzende Aylin "
        "Demirci-Hoffmann kündigte Proteste vor dem Rathaus an. Man wolle „so lange laut "
        "bleiben, bis der Rat einlenkt“.",
        [
            Q(
                "Familien dürfen",
                "der Gesamtelternbeirat",
                "nahm",
                "P2",
                ("org", ST, "cue-stellung"),
            ),
            Q(
                "so lange",
                "Die Vorsitzende Aylin Demirci-Hoffmann",
                None,
                "P5+P6",
                ("title-name", "multipart-name", KC, KN),
                nested=True,
            ),
        ],
    ),
    P(
        "kreuzung-muehlentor",
        "Streit an der Kreuzung eskaliert",
        "An der Kreuzung am Mühlentor ist am Freitagnachmittag ein Streit zwischen einem "
        "Autofahrer und einer Radfahrerin eskaliert. Der 58-Jährige stieg aus seinem Wagen, "
        "trat gegen das Vorderrad und schrie: „Hier hast du nichts zu suchen!“ Die Frau "
        "blieb unverletzt, die Polizei ermittelt wegen Nötigung. „Solche Szenen erleben wir "
        "leider immer öfter“, sagte Polizeihauptkommissar Bernd Wolf.",
        [
            Q(
                "Hier hast",
                "Der 58-Jährige",
                "schrie",
                "P2+P8",
                ("age-anaphor", "coord-verbs"),
            ),
            Q(
                "Solche Szenen",
                "Polizeihauptkommissar Bernd Wolf",
                "sagte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
        ],
    ),
    P(
        "windpark-sandeler-forst",
        "Hitzige Debatte über Windpark im Sandeler Forst",
        "Bei der Bürgerversammlung zum geplanten Windpark im Sandeler Forst ging es am "
        "Dienstagabend hoch her. Auf Plakaten am Eingang der Halle stand: „Hände weg von "
        "unserem Wald“. Ein Anwohner wollte wissen, wer für den Wertverlust seines Hauses "
        "aufkomme. „Bisher hat niemand einen solchen Wertverlust nachweisen können“, "
        "entgegnete Projektleiterin Ines Szczepaniak von der Firma Aeolis Energie. Ein anderer "
        "Zuhörer rief dazwischen: „Dann kommen Sie doch mal zu uns ins Dorf!“",
        [
            Q(
                "Hände weg",
                None,
                None,
                "P9",
                ("motto", "unattributed", "cue-without-speaker"),
            ),
            Q(
                "Bisher hat",
                "Projektleiterin Ines Szczepaniak",
                "entgegnete",
                "P1",
                ("title-name", "compound-role", "cue-reply", "after-question"),
            ),
            Q("Dann kommen", "Ein anderer Zuhörer", "rief", "P2", ("nominal",)),
        ],
    ),
    P(
        "altes-rathaus-brueckwede",
        "Altes Rathaus in Brückwede wiedereröffnet",
        "Nach vier Jahren Bauzeit ist die Sanierung des Alten Rathauses in Brückwede "
        "abgeschlossen. „Das Haus ist wieder das Herz der Stadt“, sagte Bürgermeister "
        "Hartmut Pröbsting bei der Eröffnung am Samstag. Künftig sollen dort auch Trauungen "
        "stattfinden. Ohne die Fördermillionen des Landes wäre aus dem "
        "„Jahrhundertprojekt“ allerdings nichts geworden: Die Stadt selbst trug nur ein "
        "Zehntel der Kosten.",
        [
            Q("Das Haus", "Bürgermeister Hartmut Pröbsting", "sagte", "P1", ("title-name",)),
            Q("Jahrhundertprojekt", None, None, "P9", ("scare", "narrator-konj2")),
        ],
    ),
    P(
        "linden-friedhofsallee",
        "Ärger über gefällte Linden in Quernheim",
        "Die Fällung von 40 Linden an der Friedhofsallee in Quernheim sorgt für Ärger. Die "
        "Naturschutzinitiative „Grüne Lunge“ bezeichnete die Aktion als „Kahlschlag im "
        "Morgengrauen“. Das Grünflächenamt verweist auf ein Gutachten. Die Bäume seien "
        "„nicht mehr standsicher“ gewesen, sagte Amtsleiter Jürgen Bauer. Man werde im "
        "Herbst „mindestens genauso viele“ junge Bäume pflanzen.",
        [
            Q("Grüne Lunge", None, None, "P9", ("name",)),
            Q(
                "Kahlschlag",
                "Die Naturschutzinitiative",
                "bezeichnete",
                "P5",
                ("org", ST, "cue-bezeichnen"),
            ),
            Q(
                "nicht mehr",
                "Amtsleiter Jürgen Bauer",
                "sagte",
                "P5",
                ("title-name", "compound-role", "noun-surname"),
                nested=True,
            ),
            Q(
                "mindestens",
                "Amtsleiter Jürgen Bauer",
                None,
                "P5+P6",
                ("title-name", "compound-role", "noun-surname", KC, KI),
                nested=True,
            ),
        ],
    ),
    P(
        "strassenfest-weststadt",
        "Erstes Straßenfest in der Weststadt",
        "Unter dem Motto „Nachbarn für Nachbarn“ feiert die Weststadt am Samstag ihr "
        "erstes Straßenfest. Auf der gesperrten Gerberstraße sollen Tische und Bänke "
        "stehen, jeder Haushalt bringt etwas zu essen mit. „Wir wollen, dass sich die Leute "
        "wieder kennen“, sagt Organisatorin Maren Schuster. Und: „Für Kuchen ist schon "
        "jetzt mehr als genug gesorgt.“",
        [
            Q("Nachbarn für", None, None, "P9", ("motto",)),
            Q(
                "Wir wollen",
                "Organisatorin Maren Schuster",
                "sagt",
                "P1",
                ("title-name", "noun-surname"),
            ),
            Q(
                "Für Kuchen",
                "Organisatorin Maren Schuster",
                None,
                "P6",
                ("title-name", "noun-surname", "cont-colon"),
            ),
        ],
    ),
    P(
        "tramflotte-zuerichsee",
        "Neue Trams für die Verkehrsbetriebe Zürichsee-Ost",
        "Die Verkehrsbetriebe Zürichsee-Ost erneuern bis 2030 ihre gesamte Tramflotte. «Die "
        "ältesten Wagen sind über 40 Jahre alt», sagte Direktorin Regula Mettler-Baumgartner "
        "vor den Medien. Die neuen Fahrzeuge seien «leiser, breiter und endlich "
        "barrierefrei». Der Fahrgastverband Pro Tram begrüsste den Entscheid. Man habe "
        "«lange genug gewartet», so Präsident Urs Gmür.",
        [
            Q(
                "Die ältesten",
                "Direktorin Regula Mettler-Baumgartner",
                "sagte",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "leiser",
                "Direktorin Regula Mettler-Baumgartner",
                None,
                "P5+P6",
                ("title-name", "multipart-name", KC, KD),
                nested=True,
            ),
            Q(
                "lange genug",
                "Präsident Urs Gmür",
                "{so} Präsident",
                "P4+P5",
                ("title-name", "cue-so"),
                nested=True,
            ),
        ],
    ),
    P(
        "parkgebuehren-lauenstein",
        "Streit um Parkgebühren im Stadtrat",
        "Im Stadtrat von Lauenstein haben Oberbürgermeister Klaus Rieger und die "
        "Fraktionschefin der Bürgerliste, Ilse de Groot, heftig über die neuen Parkgebühren "
        "gestritten. Rieger verteidigte die Erhöhung als „längst überfällig“. Sie dagegen "
        "sprach von „Abzocke an den Pendlern“. Die Stadt habe, so de Groot, „jahrelang "
        "nichts für den Nahverkehr getan“.",
        [
            Q("längst", "{Rieger} verteidigte", "verteidigte", "P5", (ST, "cue-bezeichnen")),
            Q(
                "Abzocke",
                "{Sie} dagegen",
                "sprach",
                "P5+P8",
                ("pronoun", "gender-anaphor"),
            ),
            Q(
                "jahrelang",
                "so {de Groot}",
                "{so} de Groot",
                "P4+P5",
                ("particle-name", "cue-so", "so-parenthetical"),
                nested=True,
            ),
        ],
    ),
    P(
        "baeckerei-klingelhoefer",
        "Bäckerei Klingelhöfer schließt nach 112 Jahren",
        "Nach 112 Jahren schließt die Bäckerei Klingelhöfer in der Altstadt von Wernigsheim. "
        "Inhaberin Gisela Klingelhöfer und ihr Sohn Lukas haben keinen Nachfolger gefunden. "
        "„Das tut weh, aber es geht einfach nicht mehr“, sagte er. Sie fügte hinzu: „Wir "
        "haben 40 Jahre lang jeden Morgen um drei Uhr in der Backstube gestanden.“ Mit einem "
        "Nachfolger hätte die „Institution am Marktplatz“ wohl noch Jahrzehnte überlebt.",
        [
            Q("Das tut weh", "sagte {er}", "sagte", "P1+P8", ("pronoun", "gender-anaphor")),
            Q(
                "Wir haben",
                "{Sie} fügte",
                "fügte",
                "P2+P8",
                ("pronoun", "gender-anaphor", "cue-addition"),
            ),
            Q("Institution", None, None, "P9", ("scare", "narrator-konj2")),
        ],
    ),
]

# --- sports ---------------------------------------------------------------------------

SPORTS: list[Any] = [
    P(
        "pokal-birkenfeld",
        "Birkenfeld will im Pokal Druck machen",
        "Vor dem Pokalspiel gegen den FC Ostwall hat Trainer Dragan Petrović vom SV "
        "Birkenfeld Zuversicht verbreitet. Petrović betonte am Donnerstag, seine Mannschaft "
        "sei „so fit wie seit Monaten nicht“. Man werde „von der ersten Minute an“ Druck "
        "machen. Auf die Frage eines Reporters, ob ihm ein Unentschieden reiche, "
        "antwortete er: „Wir spielen nie auf Unentschieden.“",
        [
            Q("so fit", "{Petrović} betonte", "betonte", "P5", (), nested=True),
            Q("von der", "{Petrović} betonte", None, "P5+P6", (KC, KI), nested=True),
            Q(
                "Wir spielen",
                "antwortete {er}",
                "antwortete",
                "P2+P8",
                ("pronoun", "cue-reply", "after-question"),
            ),
        ],
    ),
    P(
        "handball-luehetal",
        "HSG Lühetal erstmals im Finale",
        "Die HSG Lühetal steht erstmals im Finale um die deutsche Meisterschaft. Nach dem "
        "Abpfiff riss Torhüterin Johanna van Gelderen die Arme hoch und rief: „Das ist für "
        "alle, die nicht an uns geglaubt haben!“ Sie hatte im Siebenmeterwerfen drei Würfe "
        "gehalten. „Wir haben uns das über die ganze Saison verdient“, sagte Trainerin "
        "Sabine Krüger-Altmann. Und: „Jetzt wollen wir auch den Pokal.“",
        [
            Q(
                "Das ist für",
                "Torhüterin Johanna van Gelderen",
                "rief",
                "P2",
                ("title-name", "particle-name", "coord-verbs"),
            ),
            Q(
                "Wir haben uns",
                "Trainerin Sabine Krüger-Altmann",
                "sagte",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Jetzt wollen",
                "Trainerin Sabine Krüger-Altmann",
                None,
                "P6",
                ("title-name", "multipart-name", "cont-colon"),
            ),
        ],
    ),
    P(
        "kaltenhusen-trainerfrage",
        "Kaltenhusen hält am Trainer fest",
        "Der Sportdirektor von Rot-Weiß Kaltenhusen, Patrick Nwachukwu, hat Gerüchte über "
        "einen bevorstehenden Trainerwechsel dementiert. Das Fachmagazin „Flanke Nord“ "
        "zitierte Nwachukwu am Montag mit den Worten, der Trainer sitze „so fest im Sattel "
        "wie nie“. Die Spekulationen in mehreren Internetforen wies er als „kompletten "
        "Unsinn“ zurück. Kaltenhusen hat die letzten fünf Spiele verloren.",
        [
            Q("Flanke Nord", None, None, "P9", ("name", "media")),
            Q(
                "so fest",
                "zitierte {Nwachukwu}",
                "zitierte",
                "P5",
                ("cue-zitiert", "via-media"),
                nested=True,
            ),
            Q(
                "kompletten",
                "wies {er}",
                "wies",
                "P5+P8",
                ("pronoun", ST, "cue-zurueckweisen"),
            ),
        ],
    ),
    P(
        "eisbaeren-talheim",
        "Eisbären Talheim verlieren erneut",
        "Die Eisbären Talheim haben das dritte Spiel in Folge verloren, 2:5 gegen die "
        "Falken Riedberg. Die Saison sei, so Kapitän Hannes Koch, „noch lange nicht "
        "gelaufen“. Man müsse aber „endlich wieder die einfachen Dinge“ richtig machen. "
        "Trainer Mikko Lehtinen wollte sich nach dem Spiel nicht äußern.",
        [
            Q(
                "noch lange",
                "Kapitän Hannes Koch",
                "so",
                "P4+P5",
                ("title-name", "noun-surname", "cue-so", "so-parenthetical"),
                nested=True,
            ),
            Q(
                "endlich wieder",
                "Kapitän Hannes Koch",
                None,
                "P5+P6",
                ("title-name", "noun-surname", KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "tennis-castellanos",
        "Castellanos-Weber: Titel als Belohnung",
        "Nach ihrem Finalsieg in Rotterdam stellte sich Mira Castellanos-Weber den Fragen "
        "des Senders Sportkanal Eins. „Wie fühlt sich dieser Titel an?“, fragte Moderator "
        "Jens Vollrath. „Wie eine Belohnung für ein sehr hartes Jahr“, antwortete die "
        "23-Jährige. Ob sie zwischendurch ans Aufhören gedacht habe? „Ehrlich gesagt: ja, "
        "mehr als einmal“, gab sie zu.",
        [
            Q(
                "Wie fühlt",
                "Moderator Jens Vollrath",
                "fragte",
                "P1",
                ("title-name", "interview"),
            ),
            Q(
                "Wie eine",
                "die 23-Jährige",
                "antwortete",
                "P1+P8",
                ("age-anaphor", "cue-reply", "after-question", "interview"),
            ),
            Q(
                "Ehrlich gesagt",
                "gab {sie} zu",
                "gab",
                "P1+P8",
                ("pronoun", "cue-concede", "after-question", "interview"),
            ),
        ],
    ),
    P(
        "skispringen-solberg",
        "Bundestrainer verteidigt Nominierung",
        "Bei der Pressekonferenz in Oberstdorf wollte ein Journalist von Bundestrainer "
        "Henrik Aasland wissen, warum er den Routinier Max Zimmermann nicht für die Tournee "
        "nominiert habe. „Weil die Leistung entscheidet und nicht der Name“, erwiderte "
        "Aasland knapp. Zimmermann selbst reagierte gelassen. Er wolle sich „über den "
        "Continental Cup zurückkämpfen“.",
        [
            Q(
                "Weil die",
                "erwiderte {Aasland}",
                "erwiderte",
                "P1",
                ("cue-reply", "after-question"),
            ),
            Q(
                "über den",
                "{Er} wolle",
                None,
                "P5+P6+P8",
                ("pronoun", KC, KN),
                nested=True,
            ),
        ],
    ),
    P(
        "pokal-weserhafen",
        "Weserhafen scheitert knapp am Bundesligisten",
        "Der Drittligist TuS Weserhafen ist im Achtelfinale des Pokals knapp am "
        "Bundesligisten Borussia Ahlheim gescheitert. „Wir können erhobenen Hauptes vom "
        "Platz gehen“, sagte Trainer Jörn Timmermann nach dem 1:2. Hätte der "
        "Videoschiedsrichter den späten Ausgleich nicht wegen Abseits zurückgenommen, wäre "
        "das „Wunder von der Weser“ perfekt gewesen. Ahlheims Trainer Sergio Montoya Ruiz "
        "räumte ein: „Wir hatten heute sehr viel Glück.“",
        [
            Q("Wir können", "Trainer Jörn Timmermann", "sagte", "P1", ("title-name",)),
            Q("Wunder von", None, None, "P9", ("scare", "narrator-konj2")),
            Q(
                "Wir hatten",
                "Ahlheims Trainer Sergio Montoya Ruiz",
                "räumte",
                "P2",
                ("title-name", "multipart-name", "cue-concede"),
            ),
        ],
    ),
]

# --- business -------------------------------------------------------------------------

BUSINESS: list[Any] = [
    P(
        "ferrotrax-altenhagen",
        "Ferrotrax schließt Werk in Altenhagen",
        "Der Autozulieferer Ferrotrax schließt sein Werk in Altenhagen, 640 Beschäftigte "
        "verlieren ihre Arbeit. Vorstandschef Ulrich von Hassel sprach von einer "
        "„schmerzhaften, aber unvermeidlichen Entscheidung“. Die Nachfrage nach Teilen für "
        "Verbrennungsmotoren sei „regelrecht eingebrochen“. Betriebsratschefin Petra "
        "Sjöholm nannte den Schritt „einen Schlag ins Gesicht der Belegschaft“. Der "
        "Vorstand habe „nie ernsthaft nach Alternativen gesucht“.",
        [
            Q(
                "schmerzhaften",
                "Vorstandschef Ulrich von Hassel",
                "sprach",
                "P5",
                ("title-name", "compound-role", "particle-name"),
            ),
            Q(
                "regelrecht",
                "Vorstandschef Ulrich von Hassel",
                None,
                "P5+P6",
                ("title-name", "compound-role", "particle-name", KC, KD),
                nested=True,
            ),
            Q(
                "einen Schlag",
                "Betriebsratschefin Petra Sjöholm",
                "nannte",
                "P5",
                ("title-name", "compound-role", ST, "cue-nennen"),
            ),
            Q(
                "nie ernsthaft",
                "Betriebsratschefin Petra Sjöholm",
                None,
                "P5+P6",
                ("title-name", "compound-role", KC, KN),
                nested=True,
            ),
        ],
    ),
    P(
        "sparbank-quartal",
        "Hanseatische Sparbank verdient gut am Zins",
        "„Das Zinsgeschäft trägt uns durch dieses Jahr“, sagte Finanzvorständin Claudia "
        "Wernicke-Ebel bei der Vorlage der Quartalszahlen der Hanseatischen Sparbank. Für "
        "das Gesamtjahr rechne das Institut mit einem Gewinn „am oberen Ende der Prognose“. "
        "Risiken sehe sie vor allem bei Gewerbeimmobilien. Dort sei die Lage „angespannt, "
        "aber beherrschbar“.",
        [
            Q(
                "Das Zinsgeschäft",
                "Finanzvorständin Claudia Wernicke-Ebel",
                "sagte",
                "P1",
                ("title-name", "compound-role", "multipart-name"),
            ),
            Q(
                "am oberen",
                "Finanzvorständin Claudia Wernicke-Ebel",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KD),
                nested=True,
            ),
            Q(
                "angespannt",
                "sehe {sie}",
                None,
                "P5+P6+P8",
                ("pronoun", KC, KD, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "voltaro-finanzierung",
        "Voltaro sammelt 40 Millionen Euro ein",
        "Das Kölner Start-up Voltaro hat in einer Finanzierungsrunde 40 Millionen Euro "
        "eingesammelt. „Damit können wir unsere Batteriespeicher erstmals in Serie bauen“, "
        "wird Gründerin Nuria Ferrández Soto in der Pressemitteilung zitiert. Der Investor "
        "Kai-Uwe Brandstetter sprach auf LinkedIn von einem „Meilenstein für die Energiewende "
        "in Europa“.",
        [
            Q(
                "Damit können",
                "Gründerin Nuria Ferrández Soto",
                "zitiert",
                "P1",
                (
                    "title-name",
                    "multipart-name",
                    "cue-zitiert",
                    "zitiert-passive",
                    "cue-mitteilung",
                ),
            ),
            Q(
                "Meilenstein",
                "Der Investor Kai-Uwe Brandstetter",
                "sprach",
                "P5",
                ("title-name", "cue-social"),
            ),
        ],
    ),
    P(
        "handel-weihnachtsgeschaeft",
        "Handel erwartet maues Weihnachtsgeschäft",
        "Der Handelsverband Mitteldeutschland geht davon aus, dass das Weihnachtsgeschäft "
        "in diesem Jahr „bestenfalls stagnieren“ wird. „Die Kunden kaufen, aber sie kaufen "
        "weniger“, erklärte Hauptgeschäftsführer Rainer Vogt am Donnerstag in Leipzig. "
        "Außerdem: „Der Onlinehandel frisst uns die Innenstädte weg.“ Besonders schwer "
        "hätten es kleine Modegeschäfte.",
        [
            Q(
                "bestenfalls",
                "Der Handelsverband Mitteldeutschland",
                "geht",
                "P5",
                ("org", ST, "cue-davon-aus"),
                nested=True,
            ),
            Q(
                "Die Kunden",
                "Hauptgeschäftsführer Rainer Vogt",
                "erklärte",
                "P1",
                ("title-name", "compound-role", "noun-surname"),
            ),
            Q(
                "Der Onlinehandel",
                "Hauptgeschäftsführer Rainer Vogt",
                None,
                "P6",
                ("title-name", "compound-role", "noun-surname", "cont-colon"),
            ),
        ],
    ),
    P(
        "eichtaler-insolvenz",
        "Eichtaler Möbelwerke produzieren vorerst weiter",
        "Der insolvente Küchenhersteller Eichtaler Möbelwerke produziert vorerst weiter. "
        "Insolvenzverwalter Dr. Matthias Hülsmann geht davon aus, dass der Betrieb „mindestens "
        "bis zum Sommer“ gesichert ist. Für die Marke gebe es „mehrere ernsthafte "
        "Interessenten“, sagte er am Dienstag vor der Belegschaft. Namen nannte er nicht.",
        [
            Q(
                "mindestens",
                "Insolvenzverwalter Dr. Matthias Hülsmann",
                "geht",
                "P5",
                ("title-name", "compound-role", ST, "cue-davon-aus"),
                nested=True,
            ),
            Q(
                "mehrere",
                "sagte {er}",
                "sagte",
                "P5+P8",
                ("pronoun",),
                nested=True,
            ),
        ],
    ),
    P(
        "nordstrom-abschlaege",
        "Streit um Abschläge bei Nordstrom Plus",
        "Der Energieversorger Nordstrom Plus hat die Kritik an seinen Abschlagszahlungen als "
        "„haltlos“ zurückgewiesen. „Wir halten uns an jede gesetzliche Vorgabe“, teilte das "
        "Unternehmen am Mittwoch mit. Verbraucherschützerin Hanne Jacobsen-Nwosu sieht das "
        "anders. Die Abschläge seien „systematisch zu hoch angesetzt“, viele Kunden würden "
        "dem Versorger „monatelang einen zinslosen Kredit“ gewähren.",
        [
            Q(
                "haltlos",
                "Der Energieversorger Nordstrom Plus",
                "zurückgewiesen",
                "P5",
                ("org", "perfekt", ST, "cue-zurueckweisen"),
            ),
            Q("Wir halten", "das Unternehmen", "teilte", "P1+P8", ("org", "nominal")),
            Q(
                "systematisch",
                "Verbraucherschützerin Hanne Jacobsen-Nwosu",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KN),
                nested=True,
            ),
            Q(
                "monatelang",
                "Verbraucherschützerin Hanne Jacobsen-Nwosu",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KN, KCH),
                nested=True,
            ),
        ],
    ),
]

# --- science and health ---------------------------------------------------------------

SCIENCE: list[Any] = [
    P(
        "boeden-greifenau",
        "Ackerböden verlieren Kohlenstoff",
        "Ackerböden in Norddeutschland haben in den vergangenen 30 Jahren fast ein Fünftel "
        "ihres Kohlenstoffs verloren. Das zeigt eine Studie der Universität Greifenau. "
        "Studienleiterin Prof. Dr. Yuki Tanaka-Berg sagte, die Ergebnisse seien „ein "
        "Weckruf“. Man müsse „die Böden endlich als Klimaspeicher begreifen“. Zugleich gebe "
        "es „noch große Wissenslücken“, etwa bei Moorböden. Diese Lücken wolle die "
        "Arbeitsgruppe „in den nächsten drei Jahren schließen“.",
        [
            Q(
                "ein",
                "Studienleiterin Prof. Dr. Yuki Tanaka-Berg",
                "sagte",
                "P5",
                ("title-name", "compound-role", "multipart-name"),
                nested=True,
            ),
            Q(
                "die Böden",
                "Studienleiterin Prof. Dr. Yuki Tanaka-Berg",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KI),
                nested=True,
            ),
            Q(
                "noch große",
                "Studienleiterin Prof. Dr. Yuki Tanaka-Berg",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KI, KCH),
                nested=True,
            ),
            Q(
                "in den",
                "Studienleiterin Prof. Dr. Yuki Tanaka-Berg",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KI, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "seegras-fehmarn",
        "Seegraswiesen vor Fehmarn erholen sich",
        "Die Seegraswiesen vor der Insel Fehmarn erholen sich schneller als erwartet. Der "
        "Meeresbiologe Dr. Sven-Ole Wiechers wird in der Fachzeitschrift „Coastal Ecosystems "
        "Letters“ mit den Worten zitiert: „Wir sehen dort heute doppelt so viel Seegras wie "
        "noch vor zehn Jahren.“ Wiechers führt das vor allem auf saubereres Wasser zurück. Die "
        "Entwicklung sei allerdings „kein Grund zur Entwarnung“.",
        [
            Q("Coastal", None, None, "P9", ("title",)),
            Q(
                "Wir sehen",
                "Der Meeresbiologe Dr. Sven-Ole Wiechers",
                "zitiert",
                "P2",
                ("title-name", "cue-zitiert", "zitiert-passive", "via-media"),
            ),
            Q(
                "kein Grund",
                "{Wiechers} führt",
                None,
                "P5+P6",
                (KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "op-roboter-irmgard",
        "Klinikum Sankt Irmgard operiert mit Roboter",
        "Das Klinikum Sankt Irmgard setzt als erstes Krankenhaus der Region einen "
        "Operationsroboter ein. „Die Eingriffe werden präziser, und die Patienten sind "
        "schneller wieder auf den Beinen“, sagte Chefarzt Dr. Emre Karabulut. Das Personal hat "
        "dem Gerät den Spitznamen „Hugo“ gegeben. Hätte die Bürgerstiftung nicht 2,4 "
        "Millionen Euro beigesteuert, stünde der „Kollege aus Stahl“ allerdings noch heute "
        "beim Hersteller.",
        [
            Q("Die Eingriffe", "Chefarzt Dr. Emre Karabulut", "sagte", "P1", ("title-name",)),
            Q("Hugo", None, None, "P9", ("name",)),
            Q("Kollege aus", None, None, "P9", ("scare", "narrator-konj2")),
        ],
    ),
    P(
        "tigermuecke-kehlingen",
        "Tigermücke breitet sich aus",
        "Die Asiatische Tigermücke breitet sich im Südwesten schneller aus als befürchtet. "
        "Das berichtet das Institut für Vektorforschung in Kehlingen. „Wir finden sie "
        "inzwischen in fast jedem zweiten Kleingarten“, sagte die Biologin Dr. Ana Lúcia "
        "Cavalcanti. Und: „Jeder Untersetzer mit Wasser ist eine Kinderstube.“ Das "
        "Gesundheitsamt bezeichnete das Risiko einer Übertragung von Krankheiten dennoch "
        "als „derzeit gering“.",
        [
            Q(
                "Wir finden",
                "die Biologin Dr. Ana Lúcia Cavalcanti",
                "sagte",
                "P1",
                ("title-name", "multipart-name"),
            ),
            Q(
                "Jeder Untersetzer",
                "die Biologin Dr. Ana Lúcia Cavalcanti",
                None,
                "P6",
                ("title-name", "multipart-name", "cont-colon"),
            ),
            Q(
                "derzeit gering",
                "Das Gesundheitsamt",
                "bezeichnete",
                "P5",
                ("org", ST, "cue-bezeichnen"),
            ),
        ],
    ),
    P(
        "meeresspiegel-ten-broecke",
        "Klimaforscher: Deiche zu niedrig",
        "Der Klimaforscher Prof. Maarten ten Broecke hat vor einem schnelleren Anstieg des "
        "Meeresspiegels an der Nordseeküste gewarnt. „Die Deiche von heute sind für das "
        "Wasser von 2080 zu niedrig.“ Bis zur Mitte des Jahrhunderts müssten die Länder "
        "„mindestens einen halben Meter“ aufstocken.",
        [
            Q(
                "Die Deiche",
                "Der Klimaforscher Prof. Maarten ten Broecke",
                None,
                "P7",
                ("title-name", "particle-name"),
            ),
            Q(
                "mindestens",
                "Der Klimaforscher Prof. Maarten ten Broecke",
                None,
                "P5+P6",
                ("title-name", "particle-name", KC, KD),
                nested=True,
            ),
        ],
    ),
]

# --- culture --------------------------------------------------------------------------

CULTURE: list[Any] = [
    P(
        "roman-blomqvist",
        "Neuer Roman von Hedda Blomqvist im März",
        "Der neue Roman von Hedda Blomqvist, „Die Stunde der Kraniche“, erscheint im März. "
        "Die Autorin bezeichnete das Buch im Gespräch mit dem Radiosender Welle Nord als "
        "„mein persönlichstes“. Ihr Verlag kündigte an, man werde „die größte Erstauflage "
        "der Verlagsgeschichte“ drucken.",
        [
            Q("Die Stunde", None, None, "P9", ("title",)),
            Q(
                "mein",
                "Die Autorin",
                "bezeichnete",
                "P5+P8",
                ("nominal", "role-anaphor", ST, "cue-bezeichnen"),
            ),
            Q("die größte", "Ihr Verlag", "kündigte", "P5", ("org",), nested=True),
        ],
    ),
    P(
        "stadttheater-wendrich",
        "Intendantin warnt vor kulturellem Brachland",
        "Die Intendantin des Stadttheaters Wendrich, Carola von Stetten, hat die Sparpläne "
        "des Stadtrats scharf kritisiert. „Wer beim Theater spart, spart an der "
        "Demokratie“, sagte sie am Montag. Der Rat riskiere „ein kulturelles Brachland“. "
        "Zudem würden „über Jahrzehnte gewachsene Strukturen“ mutwillig zerstört. Die "
        "Spielzeit 2027/28 stehe „auf der Kippe“.",
        [
            Q("Wer beim", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
            Q(
                "ein kulturelles",
                "sagte {sie}",
                None,
                "P5+P6+P8",
                ("pronoun", KC, KD),
                nested=True,
            ),
            Q(
                "über Jahrzehnte",
                "sagte {sie}",
                None,
                "P5+P6+P8",
                ("pronoun", KC, KD, KCH),
                nested=True,
            ),
            Q(
                "auf der",
                "sagte {sie}",
                None,
                "P5+P6+P8",
                ("pronoun", KC, KD, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "salz-und-asche",
        "Hauptpreis für Dokumentarfilm aus Polen",
        "Der Dokumentarfilm „Salz und Asche“ von Tomasz Wierzbicki hat beim Ostseefilmfest "
        "in Lübeck den Hauptpreis gewonnen. Die Jury nannte den Film „mutig, zärtlich und "
        "unbequem“. Wierzbicki widmete die Auszeichnung seiner Mutter und sagte: „Ohne sie "
        "hätte ich nie eine Kamera in die Hand genommen.“",
        [
            Q("Salz und", None, None, "P9", ("title",)),
            Q("mutig", "Die Jury", "nannte", "P5", ("org", ST, "cue-nennen")),
            Q("Ohne sie", "{Wierzbicki} widmete", "sagte", "P2", ("coord-verbs",)),
        ],
    ),
    P(
        "frostlinie-neonregen",
        "Frostlinie veröffentlicht Album ohne Ankündigung",
        "Die Band »Frostlinie« hat ihr drittes Album »Neonregen« ohne jede Ankündigung "
        "veröffentlicht. Sänger Finn Hadlaub schrieb auf Instagram: »Wir hatten einfach "
        "keine Lust mehr auf Marketingpläne.« Die erste Single »Glas« läuft schon seit "
        "Wochen im Radio.",
        [
            Q("Frostlinie", None, None, "P9", ("name",)),
            Q("Neonregen", None, None, "P9", ("title",)),
            Q(
                "Wir hatten",
                "Sänger Finn Hadlaub",
                "schrieb",
                "P2",
                ("title-name", "cue-social"),
            ),
            Q("Glas", None, None, "P9", ("title",)),
        ],
    ),
    P(
        "museum-lindwerder",
        "Museum Lindwerder will Objekte zurückgeben",
        "Bei der Eröffnung der Ausstellung „Geraubte Dinge“ im Völkerkundemuseum Lindwerder "
        "fragte eine Schülerin den Direktor, ob die Objekte zurückgegeben würden. „Einige "
        "davon schon im nächsten Jahr“, antwortete Museumsdirektor Dr. Kwame "
        "Asante-Brunner. Die Rückgabe sei „keine Geste, sondern eine Pflicht“.",
        [
            Q("Geraubte", None, None, "P9", ("title",)),
            Q(
                "Einige",
                "Museumsdirektor Dr. Kwame Asante-Brunner",
                "antwortete",
                "P1",
                ("title-name", "compound-role", "multipart-name", "cue-reply", "after-question"),
            ),
            Q(
                "keine Geste",
                "Museumsdirektor Dr. Kwame Asante-Brunner",
                None,
                "P5+P6",
                ("title-name", "compound-role", "multipart-name", KC, KD),
                nested=True,
            ),
        ],
    ),
]

# --- court ----------------------------------------------------------------------------

COURT: list[Any] = [
    P(
        "schrottimmobilien-prozess",
        "Teilgeständnis im Prozess um Schrottimmobilien",
        "Im Prozess um den Millionenbetrug mit Schrottimmobilien hat der Hauptangeklagte "
        "ein Teilgeständnis abgelegt. „Ich habe Fehler gemacht, aber ich bin kein "
        "Betrüger“, ließ Heiko Brandauer über seinen Verteidiger erklären. Die "
        "Staatsanwaltschaft wies die Darstellung als „reine Schutzbehauptung“ zurück. "
        "Oberstaatsanwältin Dr. Lena Marx sagte, der 52-Jährige habe „über Jahre ein "
        "System der Täuschung“ aufgebaut. Viele Anleger hätten „ihre gesamte "
        "Altersvorsorge“ verloren.",
        [
            Q("Ich habe Fehler", "Heiko Brandauer", "ließ", "P1", ()),
            Q(
                "reine",
                "Die Staatsanwaltschaft",
                "wies",
                "P5",
                ("org", ST, "cue-zurueckweisen"),
            ),
            Q(
                "über Jahre",
                "Oberstaatsanwältin Dr. Lena Marx",
                "sagte",
                "P5",
                ("title-name", "compound-role"),
                nested=True,
            ),
            Q(
                "ihre gesamte",
                "Oberstaatsanwältin Dr. Lena Marx",
                None,
                "P5+P6",
                ("title-name", "compound-role", KC, KI),
                nested=True,
            ),
        ],
    ),
    P(
        "zeugin-uelzenbrueck",
        "Hauptzeugin sagt im Uelzenbrücker Prozess aus",
        "Am dritten Verhandlungstag vor dem Landgericht Uelzenbrück hat die wichtigste Zeugin "
        "ausgesagt. Der Vorsitzende Richter Armin Kohlhaas fragte sie, warum sie erst nach "
        "drei Wochen zur Polizei gegangen sei. „Ich hatte Angst vor ihm“, antwortete die "
        "41-Jährige leise. „Warum haben Sie sich dann nicht Ihrer Schwester anvertraut?“, "
        "hakte Verteidiger Paul Engström nach. „Das habe ich doch“, gab die Zeugin zurück.",
        [
            Q(
                "Ich hatte Angst",
                "die 41-Jährige",
                "antwortete",
                "P1+P8",
                ("age-anaphor", "cue-reply", "after-question"),
            ),
            Q(
                "Warum haben",
                "Verteidiger Paul Engström",
                "hakte",
                "P1",
                ("title-name",),
            ),
            Q(
                "Das habe",
                "die Zeugin",
                "gab",
                "P1+P8",
                ("nominal", "role-anaphor", "cue-reply", "after-question"),
            ),
        ],
    ),
    P(
        "hundehalter-sollingen",
        "Geldstrafe für Hundehalter",
        "Das Amtsgericht Sollingen hat einen Hundehalter zu einer Geldstrafe von 3600 Euro "
        "verurteilt. Sein Rottweiler hatte im März eine Joggerin gebissen. Die Richterin "
        "hielt dem 47-Jährigen vor, er habe den Hund „wider besseres Wissen“ ohne Leine "
        "laufen lassen. Der Angeklagte nahm das Urteil an und sagte nur: „Es tut mir leid.“",
        [
            Q(
                "wider",
                "Die Richterin",
                "hielt",
                "P5+P8",
                ("nominal", "role-anaphor"),
                nested=True,
            ),
            Q(
                "Es tut",
                "Der Angeklagte",
                "sagte",
                "P2+P8",
                ("nominal", "role-anaphor", "coord-verbs"),
            ),
        ],
    ),
]

# --- police ---------------------------------------------------------------------------

POLICE: list[Any] = [
    P(
        "regionalzug-gerolzhausen",
        "Schwarzfahrer randaliert im Regionalzug",
        "Ein 34-Jähriger hat am Samstagabend in einem Regionalzug bei Gerolzhausen "
        "randaliert. Als die Zugbegleiterin ihn nach seinem Fahrschein fragte, schlug der "
        "Mann um sich und brüllte: „Ich zahle nicht für diesen Schrottzug!“ Beamte der "
        "Bundespolizei nahmen ihn am nächsten Bahnhof in Gewahrsam. „Die Kollegin blieb zum "
        "Glück unverletzt“, sagte ein Sprecher der Bundespolizei.",
        [
            Q(
                "Ich zahle",
                "der Mann",
                "brüllte",
                "P2+P8",
                ("nominal", "coord-verbs"),
            ),
            Q("Die Kollegin", "ein Sprecher der Bundespolizei", "sagte", "P1", ("nominal",)),
        ],
    ),
    P(
        "juwelier-halvern",
        "Überfall auf Juwelier in Halvern",
        "Nach dem Überfall auf ein Juweliergeschäft in der Lindenstraße fahndet die Polizei "
        "in Halvern nach zwei Männern. Die Täter flohen auf einem Motorroller. Die "
        "„Halverner Nachrichten“ zitieren den Inhaber mit den Worten: „Die hatten die "
        "Vitrine in zehn Sekunden leer.“ Nach Angaben der Polizei trugen beide Männer "
        "Motorradhelme.",
        [
            Q("Halverner", None, None, "P9", ("name", "media")),
            Q(
                "Die hatten",
                "den Inhaber",
                "zitieren",
                "P2+P8",
                ("nominal", "cue-zitiert", "via-media"),
            ),
        ],
    ),
    P(
        "razzia-nachtfalke",
        "Großrazzia gegen Autoschieber",
        "Bei der Großrazzia „Nachtfalke“ haben Ermittler in vier Bundesländern 23 Wohnungen "
        "und Werkstätten durchsucht. Die Bande soll mehr als 300 Autos gestohlen haben. "
        "LKA-Präsident Gregor Timmerbeil sprach von einem „empfindlichen Schlag gegen die "
        "organisierte Kriminalität“. Die Täter seien „hochprofessionell und arbeitsteilig“ "
        "vorgegangen. Die Autos hätten sie „binnen Stunden“ zerlegt.",
        [
            Q("Nachtfalke", None, None, "P9", ("operation",)),
            Q(
                "empfindlichen",
                "LKA-Präsident Gregor Timmerbeil",
                "sprach",
                "P5",
                ("title-name", "compound-role"),
            ),
            Q(
                "hochprofessionell",
                "LKA-Präsident Gregor Timmerbeil",
                None,
                "P5+P6",
                ("title-name", "compound-role", KC, KD),
                nested=True,
            ),
            Q(
                "binnen",
                "LKA-Präsident Gregor Timmerbeil",
                None,
                "P5+P6",
                ("title-name", "compound-role", KC, KD, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "schulweg-eschenau",
        "Polizei kontrolliert vor Grundschulen",
        "Mit der Aktion „Sicherer Schulweg“ kontrolliert die Polizei in Eschenau seit Montag "
        "verstärkt vor Grundschulen. Schon am ersten Tag seien, so Polizeioberrätin Dagmar "
        "Ritter-Sanchez, „erschreckend viele“ Autofahrer zu schnell gewesen. Eltern, die "
        "ihre Kinder bis vor das Schultor fahren, nannte sie „Teil des Problems“.",
        [
            Q("Sicherer", None, None, "P9", ("operation",)),
            Q(
                "erschreckend",
                "Polizeioberrätin Dagmar Ritter-Sanchez",
                "so",
                "P4+P5",
                ("title-name", "compound-role", "multipart-name", "cue-so", "so-parenthetical"),
                nested=True,
            ),
            Q(
                "Teil des",
                "nannte {sie}",
                "nannte",
                "P5+P8",
                ("pronoun", ST, "cue-nennen"),
            ),
        ],
    ),
    P(
        "brand-dornstetten",
        "Tödlicher Brand in Dornstetten",
        "Bei einem Brand in einem Mehrfamilienhaus in Dornstetten ist in der Nacht zum "
        "Mittwoch ein Bewohner ums Leben gekommen. Der Regionalsender TV Südwestblick "
        "zitierte einen Feuerwehrmann, der anonym bleiben wollte: „So etwas habe ich in 30 "
        "Dienstjahren nicht erlebt.“ Das Feuer habe sich „rasend schnell“ über das "
        "Treppenhaus ausgebreitet, so der Mann weiter. Die Kriminalpolizei ermittelt.",
        [
            Q(
                "So etwas",
                "einen Feuerwehrmann",
                "zitierte",
                "P2",
                ("cue-zitiert", "via-media"),
            ),
            Q(
                "rasend",
                "der Mann",
                "so",
                "P4+P5+P8",
                ("nominal", "cue-so"),
                nested=True,
            ),
        ],
    ),
]

# --- interviews and dialogue ----------------------------------------------------------

INTERVIEWS: list[Any] = [
    P(
        "landrat-lahnwelle",
        "Landrat schließt weitere Buskürzungen aus",
        "Im Gespräch mit Radio Lahnwelle fragte Moderatorin Svenja Kettler den Landrat, ob "
        "der Kreis die Busverbindungen weiter ausdünnen werde. „Das kann ich ausschließen“, "
        "entgegnete Landrat Friedhelm Oberdörfer. Kettler hakte nach: „Auch für die Dörfer "
        "im Westkreis?“ Oberdörfer antwortete: „Auch dort, darauf gebe ich Ihnen mein "
        "Wort.“",
        [
            Q(
                "Das kann",
                "Landrat Friedhelm Oberdörfer",
                "entgegnete",
                "P1",
                ("title-name", "cue-reply", "after-question", "interview"),
            ),
            Q("Auch für", "{Kettler} hakte", "hakte", "P2", ("interview",)),
            Q(
                "Auch dort",
                "{Oberdörfer} antwortete",
                "antwortete",
                "P2",
                ("cue-reply", "after-question", "interview"),
            ),
        ],
    ),
    P(
        "talkshow-auf-den-punkt",
        "Minister und Aktivistin streiten im Fernsehen",
        "In der Talkshow „Auf den Punkt gebracht“ geriet Wirtschaftsminister Bastian Mohr mit der "
        "Klimaaktivistin Leonie Baptiste aneinander. Der Minister nannte Straßenblockaden "
        "„kontraproduktiv“. Baptiste konterte: „Kontraproduktiv ist eine Regierung, die "
        "seit Jahren ihre eigenen Ziele verfehlt.“ Mohr warf ihr daraufhin "
        "„Schwarz-Weiß-Denken“ vor.",
        [
            Q("Auf den Punkt", None, None, "P9", ("title",)),
            Q(
                "kontraproduktiv",
                "Der Minister",
                "nannte",
                "P5+P8",
                ("nominal", "role-anaphor", ST, "cue-nennen"),
            ),
            Q(
                "Kontraproduktiv ist",
                "{Baptiste} konterte",
                "konterte",
                "P2",
                ("cue-reply", "interview"),
            ),
            Q("Schwarz", "{Mohr} warf", "warf", "P5", ("cue-vorwerfen",)),
        ],
    ),
    P(
        "virologe-oezdemirci",
        "Virologe: Für gesunde Kinder kaum gefährlich",
        "In der Sendung „Gesundheit heute“ ging es am Mittwoch um das neue Atemwegsvirus. "
        "„Herr Özdemirci, wie gefährlich ist das Virus für Kinder?“, wollte Moderatorin Katrin "
        "Rübsam wissen. „Für gesunde Kinder kaum, für Kinder mit Vorerkrankungen durchaus“, "
        "antwortete der Virologe Dr. Kerem Özdemirci. Eltern sollten „bei hohem Fieber nicht "
        "zögern“, einen Arzt aufzusuchen.",
        [
            Q("Gesundheit", None, None, "P9", ("title",)),
            Q(
                "Herr Özdemirci",
                "Moderatorin Katrin Rübsam",
                "wollte",
                "P1",
                ("title-name", "cue-wissen", "interview"),
            ),
            Q(
                "Für gesunde",
                "der Virologe Dr. Kerem Özdemirci",
                "antwortete",
                "P1",
                ("title-name", "cue-reply", "after-question", "interview"),
            ),
            Q(
                "bei hohem",
                "der Virologe Dr. Kerem Özdemirci",
                None,
                "P5+P6",
                ("title-name", KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "podcast-sobczak-lange",
        "Sobczak-Lange: Aus Verrissen lerne ich mehr",
        "Im Podcast „Zwischen den Zeilen“ sprach die Schriftstellerin Agnieszka "
        "Sobczak-Lange über ihr Schreiben. Auf die Frage von Gastgeber Tobias Reimann, ob "
        "sie Kritiken lese, erwiderte sie lachend: „Nur die schlechten. Den guten glaube ich "
        "sowieso nicht.“ Reimann: „Das müssen Sie erklären.“ Und sie: „Aus einem Verriss "
        "lerne ich mehr als aus zehn Lobeshymnen.“",
        [
            Q("Zwischen", None, None, "P9", ("title",)),
            Q(
                "Nur die",
                "erwiderte {sie}",
                "erwiderte",
                "P2+P8",
                ("pronoun", "cue-reply", "after-question", "interview"),
            ),
            Q("Das müssen", "{Reimann}:", None, "P2", ("interview",)),
            Q("Aus einem", "Und {sie}:", None, "P2+P8", ("pronoun", "interview")),
        ],
    ),
    P(
        "senatorin-rechnungshof",
        "Finanzsenatorin lehnt Rücktritt ab",
        "Nach dem Bericht des Rechnungshofs stand Finanzsenatorin Elif Taşkıran-Brandt am "
        "Donnerstag unter Druck. „Treten Sie zurück?“, rief ein Journalist in den Saal. "
        "„Nein“, entgegnete die Senatorin, „und ich sehe dafür auch keinen Grund.“ Der "
        "Bericht enthalte „keinen einzigen Vorwurf gegen mich persönlich“.",
        [
            Q("Treten Sie", "ein Journalist", "rief", "P1", ("nominal",)),
            Q(
                "Nein",
                "die Senatorin",
                "entgegnete",
                "P3+P8",
                ("nominal", "role-anaphor", "cue-reply", "after-question"),
                part=(0, 2),
            ),
            Q(
                "und ich",
                "die Senatorin",
                "entgegnete",
                "P3+P8",
                ("nominal", "role-anaphor", "cue-reply", "after-question"),
                part=(1, 2),
            ),
            Q(
                "keinen einzigen",
                "die Senatorin",
                None,
                "P5+P6+P8",
                ("nominal", "role-anaphor", KC, KD),
                nested=True,
            ),
        ],
    ),
]

# --- media quoting media --------------------------------------------------------------

MEDIA: list[Any] = [
    P(
        "faehre-ostsee-post",
        "Bericht: Fährlinie nach Klaipėda vor dem Aus",
        "Wie die „Ostsee-Post“ berichtet, will die Reederei Kurland Linie ihre "
        "Fährverbindung zwischen Kiel und Klaipėda im Frühjahr einstellen. Das Blatt zitiert "
        "einen Reederei-Sprecher mit den Worten, die Linie sei „seit Jahren defizitär“. "
        "Offiziell bestätigt ist das nicht. „Wir kommentieren keine Gerüchte“, hieß es am "
        "Abend aus dem Unternehmen.",
        [
            Q("Ostsee-Post", None, None, "P9", ("name", "media")),
            Q(
                "seit Jahren",
                "einen Reederei-Sprecher",
                "zitiert",
                "P5",
                ("compound-role", "cue-zitiert", "via-media"),
                nested=True,
            ),
            Q(
                "Wir kommentieren",
                "aus {dem Unternehmen}",
                "hieß",
                "P1",
                ("org", "cue-hiess-es"),
            ),
        ],
    ),
    P(
        "parteichefin-standpunkt",
        "Parteichefin kündigt Rückzug an",
        "Im Interview mit dem Magazin „Standpunkt“ hat sich Parteichefin Ricarda "
        "Vennemann-Ahrens erstmals zu ihrer Zukunft geäußert. „Ich trete 2027 nicht wieder an“, "
        "sagte sie dem Blatt. Das Magazin zitiert sie außerdem mit dem Satz: „Zwölf Jahre "
        "an der Spitze sind genug.“ Ihr Stellvertreter Jan-Hendrik Kroll wollte die "
        "Äußerungen nicht kommentieren.",
        [
            Q("Standpunkt", None, None, "P9", ("name", "media")),
            Q("Ich trete", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
            Q(
                "Zwölf Jahre",
                "zitiert {sie}",
                "zitiert",
                "P2+P8",
                ("pronoun", "cue-zitiert", "via-media"),
            ),
        ],
    ),
    P(
        "kirchwalde-buergermeister",
        "Kirchwaldes Bürgermeister tritt nicht mehr an",
        "Der Bürgermeister von Kirchwalde, Eberhard Schwalm, will bei der Wahl im Mai nicht "
        "mehr antreten. Das berichtet das „Kirchwalder Wochenblatt“. Die Zeitung zitiert den "
        "66-Jährigen mit den Worten: „Nach 18 Jahren ist es Zeit für frische Köpfe.“ Das Amt "
        "habe „viel Freude, aber auch schlaflose Nächte“ gebracht.",
        [
            Q("Kirchwalder", None, None, "P9", ("name", "media")),
            Q(
                "Nach 18",
                "den 66-Jährigen",
                "zitiert",
                "P2+P8",
                ("age-anaphor", "cue-zitiert", "via-media"),
            ),
            Q(
                "viel Freude",
                "den 66-Jährigen",
                None,
                "P5+P6+P8",
                ("age-anaphor", KC, KD),
                nested=True,
            ),
        ],
    ),
    P(
        "geburtsstation-auenried",
        "Streit um Geburtsstation in Auenried",
        "Der Streit um die Schließung der Geburtsstation in Auenried geht weiter. Die "
        "„Auenrieder Rundschau“ zitiert den Gesundheitsminister mit den Worten: „Eine "
        "Station mit 200 Geburten im Jahr ist nicht sicher.“ Landrätin Kerstin "
        "Bäcker-Lindemann widersprach am Dienstag. Die Zahlen des Ministers seien „schlicht "
        "veraltet“.",
        [
            Q("Auenrieder", None, None, "P9", ("name", "media")),
            Q(
                "Eine",
                "den Gesundheitsminister",
                "zitiert",
                "P2+P8",
                ("nominal", "cue-zitiert", "via-media"),
            ),
            Q(
                "schlicht",
                "Landrätin Kerstin Bäcker-Lindemann",
                None,
                "P5+P6",
                ("title-name", "multipart-name", KC, KN),
                nested=True,
            ),
        ],
    ),
]

# --- press releases -------------------------------------------------------------------

PRESS: list[Any] = [
    P(
        "fernwaerme-brackenau",
        "Stadtwerke Brackenau erhöhen Fernwärmepreise",
        "Die Stadtwerke Brackenau erhöhen zum 1. Januar die Preise für Fernwärme um elf "
        "Prozent. Geschäftsführerin Dörte Baumann wird in der Mitteilung des Unternehmens "
        "mit den Worten zitiert: „Wir geben nur die gestiegenen Einkaufskosten weiter.“ "
        "Außerdem: „Niemandem wird im Winter die Heizung abgestellt.“ Für Kunden mit "
        "geringem Einkommen richten die Stadtwerke einen Härtefonds ein.",
        [
            Q(
                "Wir geben",
                "Geschäftsführerin Dörte Baumann",
                "zitiert",
                "P2",
                (
                    "title-name",
                    "compound-role",
                    "noun-surname",
                    "cue-zitiert",
                    "zitiert-passive",
                    "cue-mitteilung",
                ),
            ),
            Q(
                "Niemandem",
                "Geschäftsführerin Dörte Baumann",
                None,
                "P6",
                ("title-name", "compound-role", "noun-surname", "cont-colon"),
            ),
        ],
    ),
    P(
        "tierheim-nordhaide",
        "Tierheim Nordhaide verhängt Aufnahmestopp",
        "Der Tierschutzverein Nordhaide teilte am Freitag mit, das Tierheim an der "
        "Moorstraße sei „bis auf den letzten Platz belegt“. Man müsse deshalb „vorerst "
        "einen Aufnahmestopp für Katzen“ verhängen. Viele Tiere seien nach der Pandemie "
        "„einfach ausgesetzt“ worden. Spenden würden dringend gebraucht.",
        [
            Q("bis auf", "Der Tierschutzverein Nordhaide", "teilte", "P5", ("org",), nested=True),
            Q(
                "vorerst",
                "Der Tierschutzverein Nordhaide",
                None,
                "P5+P6",
                ("org", KC, KI),
                nested=True,
            ),
            Q(
                "einfach",
                "Der Tierschutzverein Nordhaide",
                None,
                "P5+P6",
                ("org", KC, KI, KCH),
                nested=True,
            ),
        ],
    ),
    P(
        "messe-wendenburg",
        "Messe Wendenburg sagt Freizeitmesse ab",
        "Die Messe Wendenburg sagt die für April geplante Freizeitmesse „Draußen leben“ "
        "ab. In einer Mitteilung nahm Messechef Oliver Brückmann am Dienstag Stellung: „Zu "
        "viele Aussteller haben kurzfristig abgesagt, die Messe wäre nicht wirtschaftlich "
        "gewesen.“ Bereits gekaufte Tickets würden erstattet, hieß es weiter.",
        [
            Q("Draußen", None, None, "P9", ("name",)),
            Q(
                "Zu",
                "Messechef Oliver Brückmann",
                "nahm",
                "P2",
                ("title-name", "compound-role", ST, "cue-stellung", "cue-mitteilung"),
            ),
        ],
    ),
]

# --- articles line-wrapped at about 72 columns ----------------------------------------

WRAPPED: list[Any] = [
    wrapped(
        P(
            "feuerwehrhaus-hohenwiesach",
            "Hohenwiesach baut neues Feuerwehrhaus",
            lines(
                "Der Gemeinderat von Hohenwiesach hat am Mittwochabend den Bau eines neuen",
                "Feuerwehrhauses beschlossen. Die Kosten liegen bei 6,8 Millionen Euro.",
                "„Unsere Feuerwehr arbeitet seit Jahren unter unzumutbaren Bedingungen“,",
                "sagte Bürgermeisterin Henrike Altstätter. Das alte Gerätehaus sei „zu",
                "klein, zu alt und zu feucht“.",
                "",
                "Gemeinderat Vinzenz Obermaier von der Freien Liste fragte, ob man das",
                "alte Gebäude nicht sanieren könne. „Das haben wir dreimal",
                "durchgerechnet“, entgegnete Altstätter. „Ein Neubau ist am Ende",
                "billiger.“",
            ),
            [
                Q(
                    "Unsere Feuerwehr",
                    "Bürgermeisterin Henrike Altstätter",
                    "sagte",
                    "P1",
                    ("title-name", "linebreak-cue"),
                ),
                Q(
                    "zu",
                    "Bürgermeisterin Henrike Altstätter",
                    None,
                    "P5+P6",
                    ("title-name", KC, KD),
                    nested=True,
                ),
                Q(
                    "Das haben",
                    "entgegnete {Altstätter}",
                    "entgegnete",
                    "P3",
                    ("cue-reply", "after-question"),
                    part=(0, 2),
                ),
                Q(
                    "Ein Neubau",
                    "entgegnete {Altstätter}",
                    "entgegnete",
                    "P3",
                    ("cue-reply", "after-question"),
                    part=(1, 2),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "kliniken-oberems",
            "Kreiskliniken sollen fusionieren",
            lines(
                "Die Kreiskliniken in Oberems und Talstedt sollen bis 2028 zu einem",
                "Verbund fusionieren. Das berichtet die „Emstaler Zeitung“ unter",
                "Berufung auf ein internes Papier. Am Freitag bestätigte Landrätin",
                "Friederike Ostendorp die Pläne. „Zwei kleine Häuser mit roten Zahlen",
                "haben keine Zukunft“, sagte sie vor dem Kreistag. Und: „Niemand wird",
                "entlassen.“",
                "",
                "Der Betriebsrat des Talstedter Hauses reagierte skeptisch. Die Zusage",
                "sei „das Papier nicht wert, auf dem sie steht“, erklärte Betriebsratschef",
                "Hakan Çelikkaya. Man erwarte „schriftliche Garantien“ für alle",
                "Beschäftigten.",
            ),
            [
                Q("Emstaler", None, None, "P9", ("name", "media")),
                Q("Zwei kleine", "sagte {sie}", "sagte", "P1+P8", ("pronoun",)),
                Q("Niemand wird", "sagte {sie}", None, "P6+P8", ("pronoun", "cont-colon")),
                Q(
                    "das Papier",
                    "Betriebsratschef\nHakan Çelikkaya",
                    "erklärte",
                    "P5",
                    ("title-name", "compound-role", "linebreak-name"),
                    nested=True,
                ),
                Q(
                    "schriftliche",
                    "Betriebsratschef\nHakan Çelikkaya",
                    None,
                    "P5+P6",
                    ("title-name", "compound-role", "linebreak-name", KC, KI),
                    nested=True,
                ),
            ],
        )
    ),
    wrapped(
        P(
            "grotemeyer-prozess",
            "Prozess gegen früheren Baufirmenchef begonnen",
            lines(
                "Vor dem Landgericht Kaltenborn hat am Montag der Prozess gegen den",
                "früheren Chef der Baufirma Grotemeyer begonnen. Die Anklage wirft ihm",
                "vor, Subunternehmer um rund vier Millionen Euro geprellt zu haben.",
                "Sein Anwalt Dr. Benedikt Achenbach wies die Vorwürfe als „konstruiert“",
                "zurück. Sein Mandant habe „stets nach bestem Wissen“ gehandelt.",
                "",
                "Ob sich der Angeklagte selbst äußern werde, wollte die Vorsitzende",
                "Richterin wissen. „Zu einem späteren Zeitpunkt“, antwortete Achenbach.",
                "Der 61-Jährige saß regungslos neben ihm, stand dann aber auf und sagte:",
                "„Ich bin unschuldig.“",
            ),
            [
                Q(
                    "konstruiert",
                    "Sein Anwalt Dr. Benedikt Achenbach",
                    "wies",
                    "P5",
                    ("title-name", ST, "cue-zurueckweisen"),
                ),
                Q(
                    "stets",
                    "Sein Anwalt Dr. Benedikt Achenbach",
                    None,
                    "P5+P6",
                    ("title-name", KC, KD),
                    nested=True,
                ),
                Q(
                    "Zu einem",
                    "antwortete {Achenbach}",
                    "antwortete",
                    "P1",
                    ("cue-reply", "after-question"),
                ),
                Q(
                    "Ich bin",
                    "Der 61-Jährige",
                    "sagte",
                    "P2+P8",
                    ("age-anaphor", "coord-verbs", "linebreak-cue"),
                ),
            ],
        )
    ),
    wrapped(
        P(
            "tsv-moorwalde",
            "TSV Moorwalde vor dem finanziellen Aus",
            lines(
                "Der TSV Moorwalde steht vor dem finanziellen Aus. Der Verein habe, so",
                "Schatzmeister Ludger Kemper, „bestenfalls noch Geld bis Ende März“. Die",
                "Sponsoren seien „reihenweise abgesprungen“. Das „Moorwalder Tageblatt“",
                "zitierte Vereinspräsidentin Małgorzata Nowak-Scholz am Samstag mit den",
                "Worten: „Wir kämpfen um jeden Euro und um jedes Mitglied.“",
            ),
            [
                Q(
                    "bestenfalls",
                    "Schatzmeister Ludger Kemper",
                    "so",
                    "P4+P5",
                    ("title-name", "cue-so", "so-parenthetical"),
                    nested=True,
                ),
                Q(
                    "reihenweise",
                    "Schatzmeister Ludger Kemper",
                    None,
                    "P5+P6",
                    ("title-name", KC, KD),
                    nested=True,
                ),
                Q("Moorwalder", None, None, "P9", ("name", "media")),
                Q(
                    "Wir kämpfen",
                    "Vereinspräsidentin Małgorzata Nowak-Scholz",
                    "zitierte",
                    "P2",
                    ("title-name", "compound-role", "multipart-name", "cue-zitiert", "via-media"),
                ),
            ],
        )
    ),
]


PASSAGES: list[Any] = AGENCY + LOCAL + SPORTS + BUSINESS + SCIENCE + CULTURE + COURT
PASSAGES += POLICE + INTERVIEWS + MEDIA + PRESS + WRAPPED


def build_records() -> list[dict[str, Any]]:
    """All blind4 passages as JSON-ready records (raises ``AuthoringError``)."""
    records: list[dict[str, Any]] = _hw.build_records(PASSAGES, SPLIT)
    return records


def render_jsonl() -> str:
    """The exact content of ``blind4.jsonl``."""
    content: str = _hw.render_jsonl(PASSAGES, SPLIT)
    return content


#: ``build_blind2.counts``: ``build_blind.counts`` plus the pairs tagged ``unattributed``.
counts = _blind2.counts


def main() -> int:
    OUT_PATH.write_text(render_jsonl(), encoding="utf-8")
    c = counts(build_records())
    n_nested = sum(q["is_nested"] for rec in build_records() for q in rec["quotes"])
    print(f"is_nested records: {n_nested}")
    return int(_blind2.report(OUT_PATH, c))


if __name__ == "__main__":
    sys.exit(main())
