"""Build ``tests/data/handwritten.jsonl``: a small, original, hand-written gold set.

Every passage below was written for this project (all people, places, firms and
quotations are invented). The annotation is given by *marking*, never by offsets;
this script computes every offset and fails loudly when a marking is missing or
ambiguous.

Authoring notation
------------------

``P(slug, title, text, [Q(...), ...])`` is one passage. ``Q`` annotates one
quotation-mark pair (one *part* of a quotation):

- ``snippet``: the first characters of the quotation's content, right after its
  opening mark. ``open mark + snippet`` must occur exactly once in the text. The
  closing mark is found by scanning forward (a quote that meets a paragraph break
  or the end of the text first is *unclosed*; it must say ``closed=False``).
- ``speaker``: ``None`` for a non-speech pair (title, name, scare quote, inner
  quote), else the speaker mention. Either the mention itself (it must occur once
  as a whole word) or a context string with the mention in braces,
  ``"fügte {er} hinzu"`` (the context must occur once, at word boundaries).
- ``cue``: the speech cue in the same notation (``"{sagte} Brandt"``), or ``None``.
- ``pat``: the patterns of the brief, ``"P1+P8"`` (see ``tests/data/README.md``).
- ``tags``: free-form extra labels (``org``, ``pronoun``, ``title``, ...).
- ``nested``: ``is_nested`` (a partial quote inside indirect speech).
- ``part``: ``(k, n)`` for part ``k`` (from 0) of an ``n``-part quotation; the
  parts follow each other in the list and share speaker and cue.

Run ``python tests/data/build_handwritten.py`` to rewrite the JSONL file;
``tests/test_handwritten_data.py`` checks that the file is up to date.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

OUT_PATH = Path(__file__).resolve().parent / "handwritten.jsonl"

# opening mark -> (closing mark, convention name used in ``marks`` and ``pattern``)
OPENERS: dict[str, tuple[str, str]] = {
    "„": ("“", "german_low_high"),
    "‚": ("‘", "german_single_low_high"),
    "»": ("«", "guillemets_inward"),
    "›": ("‹", "guillemets_single_inward"),
    "«": ("»", "guillemets_swiss"),
    "“": ("”", "english_double"),
    '"': ('"', "ascii_double"),
}
# every character that can be a quotation mark; each one in a text must belong to
# an annotated pair (apostrophes are avoided in the texts on purpose)
MARK_CHARS = frozenset("„“”\"»«‚‘’›‹'")
PATTERNS = tuple(f"P{i}" for i in range(1, 10))


class AuthoringError(ValueError):
    """A marking that does not resolve to exactly one place in its text."""


@dataclass(frozen=True)
class Q:
    snippet: str
    speaker: str | None
    cue: str | None = None
    pat: str = ""
    tags: tuple[str, ...] = ()
    nested: bool = False
    part: tuple[int, int] = (0, 1)
    closed: bool = True


@dataclass(frozen=True)
class P:
    slug: str
    title: str
    text: str
    quotes: list[Q]


def _locate(text: str, marked: str, what: str, where: str) -> tuple[int, int]:
    """Offsets of the braced part of ``marked`` (or all of it) in ``text``."""
    if "{" in marked:
        m = re.fullmatch(r"(.*)\{(.+)\}(.*)", marked, flags=re.S)
        if m is None:
            raise AuthoringError(f"{where}: bad {what} marking {marked!r}")
        before, mention, after = m.groups()
    else:
        before, mention, after = "", marked, ""
    context = before + mention + after
    pattern = r"(?<!\w)" + re.escape(context) + r"(?!\w)"
    hits = [h.start() for h in re.finditer(pattern, text)]
    if len(hits) != 1:
        raise AuthoringError(
            f"{where}: {what} {marked!r} found {len(hits)} times (need exactly once)"
        )
    start = hits[0] + len(before)
    return start, start + len(mention)


def _find_quote(text: str, q: Q, where: str) -> tuple[int, int, int, int, str, bool]:
    """(start, end, inner_start, inner_end, marks, closed) of the pair ``q`` names."""
    hits = [
        i for i in range(1, len(text)) if text[i - 1] in OPENERS and text.startswith(q.snippet, i)
    ]
    if len(hits) != 1:
        raise AuthoringError(
            f"{where}: quote {q.snippet!r} found {len(hits)} times (need exactly once)"
        )
    inner_start = hits[0]
    opener = text[inner_start - 1]
    closer, marks = OPENERS[opener]
    j = inner_start
    while j < len(text):
        if text[j] == closer:
            if not q.closed:
                raise AuthoringError(f"{where}: quote {q.snippet!r} is closed, not closed=False")
            return inner_start - 1, j + 1, inner_start, j, marks, True
        if text.startswith("\n\n", j):
            break
        j += 1
    if q.closed:
        raise AuthoringError(f"{where}: quote {q.snippet!r} has no closing {closer!r}")
    # unclosed: the span runs to the end of its paragraph (the project's convention)
    return inner_start - 1, j, inner_start, j, marks, False


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def build_passage(p: P, split: str = "handwritten") -> dict[str, Any]:
    """One passage as a JSON-ready record with id ``<split>/<slug>``."""
    text = p.text
    where = p.slug
    records: list[dict[str, Any]] = []
    annotation_id = -1
    prev: dict[str, Any] | None = None
    for q in p.quotes:
        k, n = q.part
        if not 0 <= k < n:
            raise AuthoringError(f"{where}: bad part {q.part} for {q.snippet!r}")
        pats = q.pat.split("+") if q.pat else []
        if not pats or any(x not in PATTERNS for x in pats):
            raise AuthoringError(f"{where}: bad pattern {q.pat!r} for {q.snippet!r}")
        if (q.speaker is None) != ("P9" in pats):
            raise AuthoringError(f"{where}: P9 exactly for the non-speech pair {q.snippet!r}")
        start, end, inner_start, inner_end, marks, closed = _find_quote(text, q, where)
        speaker: str | None = None
        speaker_start: int | None = None
        speaker_end: int | None = None
        if q.speaker is not None:
            speaker_start, speaker_end = _locate(text, q.speaker, "speaker", where)
            speaker = text[speaker_start:speaker_end]
        cue = None
        if q.cue is not None:
            cue = _span(text, *_locate(text, q.cue, "cue", where))
        if k == 0:
            if prev is not None and prev["part"] != prev["n_parts"] - 1:
                raise AuthoringError(f"{where}: a quotation before {q.snippet!r} lacks parts")
            annotation_id += 1
        elif (
            prev is None
            or prev["part"] != k - 1
            or prev["n_parts"] != n
            or prev["speaker_start"] != speaker_start
            or prev["cue"] != cue
            or prev["start"] >= start
        ):
            raise AuthoringError(f"{where}: part {q.part} of {q.snippet!r} does not continue")
        depth = 0
        for other in records:
            if other["start"] < start and end <= other["end"] and other["closed"]:
                depth = max(depth, other["depth"] + 1)
                other["has_nested"] = True
        pattern = "+".join(pats) + "|" + marks + "".join("|" + t for t in q.tags)
        if not closed:
            pattern += "|unclosed"
        rec: dict[str, Any] = {
            "start": start,
            "end": end,
            "text": text[start:end],
            "inner_start": inner_start,
            "inner_end": inner_end,
            "speaker": speaker,
            "speaker_start": speaker_start,
            "speaker_end": speaker_end,
            "cue": cue,
            "frame": None,
            "addressee": None,
            "type": "Direct" if speaker is not None else "NonSpeech",
            "is_speech": speaker is not None,
            "is_nested": q.nested,
            "has_nested": False,
            "annotation_id": annotation_id,
            "part": k,
            "n_parts": n,
            "marks": marks,
            "closed": closed,
            "depth": depth,
            "pattern": pattern,
        }
        records.append(rec)
        prev = rec
    if prev is not None and prev["part"] != prev["n_parts"] - 1:
        raise AuthoringError(f"{where}: the last quotation lacks its final part")
    covered = set()
    for r in records:
        covered.add(r["start"])
        if r["closed"]:
            covered.add(r["end"] - 1)
    marks_in_text = {i for i, c in enumerate(text) if c in MARK_CHARS}
    if marks_in_text != covered:
        stray = sorted(marks_in_text - covered)
        raise AuthoringError(
            f"{where}: quotation marks not annotated at {stray}: "
            + ", ".join(repr(text[max(0, i - 20) : i + 20]) for i in stray)
        )
    return {
        "id": f"{split}/{p.slug}",
        "split": split,
        "title": p.title,
        "text": text,
        "quotes": records,
        "other_quotes": [],
    }


# --------------------------------------------------------------------------------------
# The passages. Pattern numbers (see README.md):
#  P1 cue after the quote          P2 cue before with colon / headline "X: „…“"
#  P3 split quote „A“, sagte X, „B“ P4 so / laut / zufolge / nach Angaben
#  P5 partial quote in a clause    P6 continuation without cue
#  P7 speaker introduced just before, no cue
#  P8 pronoun / nominal anaphora / ersterer-letzterer as the mention
#  P9 non-speech pair (title, name, scare quote, inner quote): speaker null
# --------------------------------------------------------------------------------------

PASSAGES: list[P] = [
    P(
        "verdi-warnstreiks",
        "Verdi droht mit Warnstreiks im Nahverkehr",
        "Im Tarifstreit des öffentlichen Nahverkehrs verschärft sich der Ton. Der Chef der "
        "Gewerkschaft Verdi, Frank Werneke, drohte am Dienstag mit flächendeckenden "
        "Warnstreiks. „Unsere Geduld ist am Ende.“ Die Arbeitgeber hätten in drei "
        "Verhandlungsrunden kein einziges verbessertes Angebot vorgelegt. „Wenn sich bis "
        "Freitag nichts bewegt, stehen Busse und Bahnen still.“\n\n"
        "Der Verband der kommunalen Arbeitgeber wies die Vorwürfe zurück. „Wir haben ein "
        "faires Angebot gemacht, das die Kassen der Städte nicht überfordert“, sagte "
        "Verhandlungsführerin Sabine Krüger.",
        [
            Q("Unsere Geduld", "Frank Werneke", pat="P7"),
            Q("Wenn sich bis", "Frank Werneke", pat="P6", tags=("after-indirect",)),
            Q("Wir haben ein faires", "Verhandlungsführerin Sabine Krüger", "sagte", "P1"),
        ],
    ),
    P(
        "scholz-lahnbruecke",
        "Scholz: „Die Brücke wird bis Ostern fertig“",
        "Scholz: „Die Brücke wird bis Ostern fertig“\n\n"
        "Die Sanierung der Lahnbrücke in Wetzlingen soll trotz des Frosts im Zeitplan "
        "bleiben. Bürgermeister Jens Scholz sagte am Montag bei einem Ortstermin: „Die "
        "Baufirma hat mir zugesichert, dass sie im Winter in zwei Schichten arbeitet.“ "
        "Anwohner hatten sich über Lärm in den Nachtstunden beschwert. „Diese Belastung "
        "nehmen wir ernst“, fügte er hinzu. „Ab März ruhen die Arbeiten nach 22 Uhr.“",
        [
            Q("Die Brücke wird", "{Scholz}: „Die", pat="P2", tags=("headline",)),
            Q("Die Baufirma", "Bürgermeister Jens Scholz", "{sagte} am Montag", "P2"),
            Q("Diese Belastung", "fügte {er} hinzu", "{fügte} er", "P1+P8", ("pronoun",)),
            Q("Ab März", "fügte {er} hinzu", pat="P6+P8", tags=("pronoun",)),
        ],
    ),
    P(
        "kassel-juwelier",
        "Einbruch in Juweliergeschäft",
        "Nach einem Einbruch in ein Juweliergeschäft in der Kasseler Innenstadt fahndet die "
        "Polizei nach zwei Männern. Die Täter hatten in der Nacht zum Sonntag die "
        "Schaufensterscheibe des Geschäfts „Goldstück“ eingeschlagen und Schmuck im Wert von "
        "mehreren Zehntausend Euro erbeutet. „Die Männer flüchteten auf einem dunklen "
        "Motorroller in Richtung Hauptbahnhof“, teilte die Polizei mit. Zeugen werden "
        "gebeten, sich unter der Rufnummer 0561 9100 zu melden.",
        [
            Q("Goldstück", None, pat="P9", tags=("name",)),
            Q("Die Männer", "teilte {die Polizei}", "teilte", "P1", ("org",)),
        ],
    ),
    P(
        "neuburg-fernwaerme",
        "Stadtwerke erhöhen Fernwärmepreise",
        "Die Stadtwerke Neuburg erhöhen zum 1. April die Preise für Fernwärme um "
        "durchschnittlich zwölf Prozent. „Wir geben damit nur einen Teil der gestiegenen "
        "Beschaffungskosten an unsere Kundinnen und Kunden weiter“, kündigte Geschäftsführer "
        "Thomas Lindner an. Der Mieterverein sprach von einem „Schlag ins Gesicht aller "
        "Haushalte mit kleinem Einkommen“.\n\n"
        "Auch im Stadtrat regt sich Widerstand. Die Erhöhung komme „zur völlig falschen "
        "Zeit“, so die Fraktionsvorsitzende der Grünen, Miriam Okafor.",
        [
            Q("Wir geben damit", "Geschäftsführer Thomas Lindner", "kündigte", "P1"),
            Q("Schlag ins Gesicht", "Der Mieterverein", "sprach", "P5", ("org",)),
            Q("zur völlig", "Miriam Okafor", "{so} die", "P4+P5", nested=True),
        ],
    ),
    P(
        "maut-ausschuss",
        "Verkehrsminister räumt Fehler bei Mautvergabe ein",
        "Im Untersuchungsausschuss zur Vergabe der Lkw-Maut hat Verkehrsminister Klaus "
        "Dorfmann erstmals Versäumnisse eingestanden. „Wir hätten die Verträge gründlicher "
        "prüfen müssen“, räumte Dorfmann ein. Die Opposition nannte den Auftritt einen "
        "„Offenbarungseid“.\n\n"
        "Einen Rücktritt lehnte der 58-Jährige ab. „Ich habe nicht vor, mich aus der "
        "Verantwortung zu stehlen“, sagte der Minister. „Ich will sie tragen, indem ich die "
        "Fehler aufkläre.“",
        [
            Q("Wir hätten die", "räumte {Dorfmann}", "räumte", "P1"),
            Q("Offenbarungseid", "Die Opposition", "nannte", "P5"),
            Q("Ich habe nicht vor", "der Minister", "sagte", "P1+P8", ("nominal",)),
            Q("Ich will sie", "der Minister", pat="P6+P8", tags=("nominal",)),
        ],
    ),
    P(
        "pokal-aus",
        "Trainer nach Pokal-Aus selbstkritisch",
        "Nach dem überraschenden Pokal-Aus beim Drittligisten aus Lindau hat Trainer Marco "
        "Bellini die Schuld auch bei sich gesucht. „Ich habe die Mannschaft falsch "
        "eingestellt“, gab Bellini nach dem Spiel zu. „Wir haben den Gegner unterschätzt, "
        "und das darf uns nicht passieren“, erklärte Kapitän Jonas Weber Reportern "
        "gegenüber.\n\n"
        "Sportdirektor Uwe Hartmann stellte sich hinter den Trainer: „Eine Niederlage ändert "
        "nichts an unserer Überzeugung.“",
        [
            Q("Ich habe die Mannschaft", "gab {Bellini}", "gab", "P1"),
            Q("Wir haben den Gegner", "Kapitän Jonas Weber", "erklärte", "P1"),
            Q("Eine Niederlage", "Sportdirektor Uwe Hartmann", "stellte", "P2"),
        ],
    ),
    P(
        "publikumspreis-brandt",
        "Regisseurin Lea Brandt gewinnt Publikumspreis",
        "Die Regisseurin Lea Brandt hat beim Filmfest in Oldenstadt den Publikumspreis "
        "gewonnen. Ihr Dokumentarfilm „Die letzten Fischer von Hiddensee“ begleitet drei "
        "Familien über ein Jahr. „Ich habe nicht damit gerechnet“, sagte Brandt bei der "
        "Preisverleihung, „aber ich freue mich vor allem für die Menschen, die uns ihr "
        "Vertrauen geschenkt haben.“",
        [
            Q("Die letzten Fischer", None, pat="P9", tags=("title",)),
            Q("Ich habe nicht damit", "sagte {Brandt}", "sagte", "P3", part=(0, 2)),
            Q("aber ich freue", "sagte {Brandt}", "sagte", "P3", part=(1, 2)),
        ],
    ),
    P(
        "bibliothek-sonntag",
        "Bibliothek öffnet auch sonntags",
        "Die Stadtbibliothek Hallstein öffnet ab Januar auch sonntags. Leiterin Petra "
        "Schönfeld sieht darin eine Antwort auf den Wunsch vieler Familien. »Viele Eltern "
        "haben unter der Woche schlicht keine Zeit«, sagte sie, »am Sonntag aber schon.« Das "
        "Pilotprojekt ist zunächst auf ein Jahr angelegt.\n\n"
        "Finanziert werden die zusätzlichen Stunden aus dem Förderprogramm »Offene Räume« "
        "des Landes. »Ohne dieses Geld wäre das nicht möglich gewesen«, räumte Schönfeld "
        "ein.",
        [
            Q("Viele Eltern", "sagte {sie}", "sagte", "P3+P8", ("pronoun",), part=(0, 2)),
            Q("am Sonntag", "sagte {sie}", "sagte", "P3+P8", ("pronoun",), part=(1, 2)),
            Q("Offene Räume", None, pat="P9", tags=("name",)),
            Q("Ohne dieses Geld", "räumte {Schönfeld}", "räumte", "P1"),
        ],
    ),
    P(
        "zuerich-tram",
        "Zürcher Tramlinie wird verlängert",
        "Die Zürcher Verkehrsbetriebe verlängern die Tramlinie 17 bis ins neue Quartier "
        "Lindenhof. «Damit erschliessen wir rund 4000 neue Wohnungen direkt mit dem Tram», "
        "sagte Stadträtin Claudia Meier am Mittwoch vor den Medien. Baubeginn ist im "
        "Herbst.\n\n"
        "Laut Meier ist das Projekt «das grösste Tramvorhaben seit zwanzig Jahren». Der "
        "Quartierverein bezeichnete die Pläne als «längst überfällig».",
        [
            Q("Damit erschliessen", "Stadträtin Claudia Meier", "sagte", "P1"),
            Q("das grösste", "Laut {Meier}", "Laut", "P4+P5"),
            Q("längst überfällig", "Der Quartierverein", "bezeichnete", "P5", ("org",)),
        ],
    ),
    P(
        "northbyte-stellen",
        "Softwarekonzern streicht Stellen in München",
        "Der US-Softwarekonzern Northbyte streicht in seinem Münchner Entwicklungszentrum rund "
        "300 Stellen. “We remain committed to Germany”, schrieb Konzernchefin Rachel Adams "
        "in einer internen Mitteilung. Dem Betriebsrat zufolge kam die Ankündigung “ohne "
        "jede Vorwarnung”.\n\n"
        "“Das ist ein schwerer Schlag für den Standort”, sagte Betriebsratschef Markus Feld.",
        [
            Q("We remain", "Konzernchefin Rachel Adams", "schrieb", "P1"),
            Q("ohne jede", "Dem Betriebsrat", "zufolge", "P4+P5", ("org",)),
            Q("Das ist ein schwerer", "Betriebsratschef Markus Feld", "sagte", "P1"),
        ],
    ),
    P(
        "lehrermangel-mainz",
        "Eltern klagen über Unterrichtsausfall",
        "Der Landeselternrat schlägt Alarm: An vielen Grundschulen fällt inzwischen jede "
        "zehnte Stunde aus. Die Vorsitzende Gabriele Hofmann sagte am Donnerstag in Mainz: "
        '"Wir verwalten den Mangel nur noch." Das Kultusministerium verweist auf sein '
        'Programm "Lehrkräfte plus", mit dem 800 zusätzliche Stellen geschaffen wurden. '
        '"Die Stellen gibt es auf dem Papier, aber nicht in den Klassenzimmern", kritisierte '
        "sie.",
        [
            Q("Wir verwalten", "Die Vorsitzende Gabriele Hofmann", "sagte", "P2"),
            Q("Lehrkräfte plus", None, pat="P9", tags=("name",)),
            Q("Die Stellen gibt", "kritisierte {sie}", "kritisierte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "kita-gebuehren",
        "Streit um Kita-Gebühren",
        "Im Streit um die Kita-Gebühren hat Sozialdezernentin Yvonne Albrecht die "
        "Landesregierung scharf angegriffen. „Wenn das Land von ‚gebührenfreier Bildung‘ "
        "spricht, dann muss es die Kommunen auch entsprechend ausstatten“, sagte Albrecht. "
        "Bislang trage die Stadt zwei Drittel der Kosten selbst.",
        [
            Q("Wenn das Land", "sagte {Albrecht}", "sagte", "P1", ("contains-inner",)),
            Q("gebührenfreier", None, pat="P9", tags=("inner",)),
        ],
    ),
    P(
        "kowalski-abschied",
        "Oberbürgermeisterin zieht Bilanz",
        "Zum Ende ihrer Amtszeit hat Oberbürgermeisterin Renate Kowalski in ihrer "
        "Abschiedsrede im Rathaus eine gemischte Bilanz gezogen. Sie sagte: „Wir haben in "
        "zwölf Jahren mehr als 3000 Wohnungen gebaut, die Schulden halbiert und den "
        "Busverkehr ausgebaut. Darauf bin ich stolz.\n\n"
        "„Aber ich sage auch offen: Beim Klimaschutz sind wir hinter unseren eigenen Zielen "
        "zurückgeblieben. Das muss meine Nachfolgerin besser machen.“\n\n"
        "Die Ratsmitglieder aller Fraktionen dankten Kowalski mit langem Applaus.",
        [
            Q(
                "Wir haben in zwölf",
                "{Sie} sagte",
                "sagte",
                "P2+P8",
                ("pronoun", "multi-paragraph"),
                part=(0, 2),
                closed=False,
            ),
            Q(
                "Aber ich sage",
                "{Sie} sagte",
                "sagte",
                "P2+P8",
                ("pronoun", "multi-paragraph"),
                part=(1, 2),
            ),
        ],
    ),
    P(
        "waldbrand-warnstufe",
        "Feuerwehr warnt vor Waldbränden",
        "Wegen der anhaltenden Trockenheit hat Kreisbrandmeister Stefan Roth die höchste "
        "Waldbrandwarnstufe ausgerufen. Roth warnte am Freitag: „Schon eine weggeworfene "
        "Zigarette kann in diesen Tagen einen Großbrand auslösen.\n\n"
        "Die Feuerwehr bittet Spaziergänger, auf Grillen und offenes Feuer im Wald zu "
        "verzichten.",
        [
            Q("Schon eine", "{Roth} warnte", "warnte", "P2", closed=False),
        ],
    ),
    P(
        "schuldenbremse-koalition",
        "Koalition streitet über Schuldenbremse",
        "In der Landesregierung wächst der Streit über die Schuldenbremse. Finanzminister "
        "Rolf Hagedorn und Wirtschaftsministerin Julia Sommer trafen sich am Mittwoch zu "
        "einem Krisengespräch; letztere sagte anschließend: „Wir brauchen mehr Spielraum für "
        "Investitionen, sonst verlieren wir den Anschluss.“ Hagedorn hält dagegen an seinem "
        "Sparkurs fest. „Wer heute Schulden macht, nimmt den Kindern von morgen die Luft zum "
        "Atmen“, betonte er.",
        [
            Q("Wir brauchen mehr", "letztere", "sagte", "P2+P8", ("ersterer-letzterer",)),
            Q("Wer heute Schulden", "betonte {er}", "betonte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "landessportbund-vorsitz",
        "Zwei Kandidaten für den Vorsitz",
        "Für den Vorsitz des Landessportbunds kandidieren der frühere Ruderer Tim Berg und "
        "die Unternehmerin Karin Vogt. Ersterer machte am Wochenende deutlich, worum es ihm "
        "geht: „Der Breitensport darf nicht länger das Stiefkind der Förderung sein.“ Vogt "
        "setzt dagegen auf Professionalisierung. Die Strukturen des Verbands seien „aus dem "
        "letzten Jahrhundert“, kritisierte sie.",
        [
            Q("Der Breitensport", "Ersterer", "machte", "P2+P8", ("ersterer-letzterer",)),
            Q(
                "aus dem letzten",
                "kritisierte {sie}",
                "kritisierte",
                "P5+P8",
                ("pronoun",),
                nested=True,
            ),
        ],
    ),
    P(
        "feldlerchen-kompromiss",
        "Landwirte und Naturschützer einigen sich",
        "Nach monatelangem Streit haben sich der Bauernverband und der Kreisnaturschutzring "
        "auf einen Kompromiss zum Schutz der Feldlerche geeinigt. Verbandspräsident Herbert "
        "Maier und Naturschutzsprecher Lukas Seidel stellten das Papier am Dienstag gemeinsam "
        "vor. „Keiner hat alles bekommen, aber alle können damit leben“, sagte letzterer.",
        [
            Q("Keiner hat alles", "letzterer", "sagte", "P1+P8", ("ersterer-letzterer",)),
        ],
    ),
    P(
        "brenner-verlagerung",
        "Autozulieferer verlagert Produktion",
        "Der Autozulieferer Brenner Antriebstechnik verlagert einen Teil seiner Produktion "
        "von Schweinfurt nach Tschechien. „Die Entscheidung ist uns nicht leichtgefallen“, "
        "teilte das Unternehmen am Montag mit. Betroffen sind rund 450 Arbeitsplätze.\n\n"
        "Die Branche steht insgesamt unter Druck. Laut Bundesamt für Statistik sank die "
        "Produktion im Fahrzeugbau im dritten Quartal „so stark wie seit der Finanzkrise "
        "nicht mehr“.",
        [
            Q("Die Entscheidung ist", "das Unternehmen", "teilte", "P1", ("org",)),
            Q("so stark wie", "Bundesamt für Statistik", "Laut", "P4+P5", ("org",)),
        ],
    ),
    P(
        "mulde-hochwasser",
        "Hochwasser an der Mulde",
        "Nach tagelangem Regen ist die Mulde in mehreren Orten über die Ufer getreten. Nach "
        "Angaben des Landeshochwasserzentrums ist der Höchststand „noch nicht erreicht“. In "
        "Grimmbach mussten 60 Menschen ihre Häuser verlassen.\n\n"
        "„Wir rechnen damit, dass der Pegel in der Nacht noch einmal um einen halben Meter "
        "steigt“, warnte Landrat Peter Hahn. Die Notunterkunft in der Turnhalle sei "
        "vorbereitet.",
        [
            Q(
                "noch nicht erreicht",
                "des Landeshochwasserzentrums",
                "Nach Angaben",
                "P4+P5",
                ("org",),
            ),
            Q("Wir rechnen damit", "Landrat Peter Hahn", "warnte", "P1"),
        ],
    ),
    P(
        "flughafen-rekord",
        "Flughafen meldet Passagierrekord",
        "Der Regionalflughafen Hohenwald hat im Sommer so viele Fluggäste abgefertigt wie nie "
        "zuvor. Nach Angaben von Flughafenchef Daniel Wolf nutzten zwischen Juni und August "
        "gut 410.000 Menschen den Airport, „ein Plus von fast einem Fünftel“. Die "
        "Ferienflieger nach Mallorca und Antalya seien fast immer ausgebucht gewesen.\n\n"
        "Umweltschützer sehen die Entwicklung kritisch. Sie sprechen von einem „Wachstum auf "
        "Kosten der Anwohner“.",
        [
            Q("ein Plus", "Flughafenchef Daniel Wolf", "Nach Angaben", "P4+P5"),
            Q("Wachstum auf", "{Sie} sprechen", "sprechen", "P5+P8", ("pronoun",)),
        ],
    ),
    P(
        "museum-restitution",
        "Museum gibt Gemälde zurück",
        "Das Landesmuseum Osterfeld gibt ein Gemälde an die Erben einer jüdischen "
        "Sammlerfamilie zurück. Das Bild „Sommerabend am See“ war 1938 unter Zwang verkauft "
        "worden. Museumsdirektorin Helene Strauß zufolge ist die Beweislage nach fast vier "
        "Jahren Provenienzforschung „eindeutig“.\n\n"
        "„Es ist unsere Pflicht, dieses Unrecht nicht nur zu benennen, sondern auch zu "
        "beheben“, so Strauß. Die Übergabe ist für den Herbst geplant.",
        [
            Q("Sommerabend", None, pat="P9", tags=("title",)),
            Q("eindeutig", "Museumsdirektorin Helene Strauß", "zufolge", "P4+P5"),
            Q("Es ist unsere Pflicht", "so {Strauß}", "{so} Strauß", "P4"),
        ],
    ),
    P(
        "buerokratieabbau",
        "Regierung will Bürokratie abbauen",
        "Die Bundesregierung will Unternehmen von Berichtspflichten entlasten. "
        "Wirtschaftsstaatssekretär Florian Reuter sagte, man werde „jede einzelne Vorschrift "
        "auf den Prüfstand stellen“. Bis zum Sommer solle ein Gesetzentwurf vorliegen.\n\n"
        "Der Mittelstandsverband begrüßte die Pläne, warnte aber vor „Ankündigungen ohne "
        "Folgen“. Die Lage vieler Betriebe sei „ernster, als es die Statistik zeigt“, sagte "
        "Verbandspräsidentin Ines Kramer.",
        [
            Q(
                "jede einzelne",
                "Wirtschaftsstaatssekretär Florian Reuter",
                "{sagte}, man",
                "P5",
                nested=True,
            ),
            Q("Ankündigungen", "Der Mittelstandsverband", "warnte", "P5", ("org",)),
            Q(
                "ernster, als",
                "Verbandspräsidentin Ines Kramer",
                "{sagte} Verbandspräsidentin",
                "P5",
                nested=True,
            ),
        ],
    ),
    P(
        "notaufnahmen-grippe",
        "Notaufnahmen am Limit",
        "Die Notaufnahmen in der Region Nordheide sind seit Tagen überlastet. Die Lage sei "
        "„angespannt, aber beherrschbar“, warnte der Ärztliche Direktor des Klinikums, Martin "
        "Elsner, am Mittwoch. Grund sei vor allem eine Grippewelle.\n\n"
        "Gesundheitsministerin Katrin Wolff kündigte zusätzliche Mittel an. „Niemand soll "
        "stundenlang auf dem Flur warten müssen“, sagte die Ministerin.",
        [
            Q("angespannt", "Martin Elsner", "warnte", "P5", nested=True),
            Q("Niemand soll", "die Ministerin", "sagte", "P1+P8", ("nominal",)),
        ],
    ),
    P(
        "messerverbot-bahnhof",
        "Innenministerin will Messerverbot an Bahnhöfen",
        "Innenministerin Anna Berger will das Mitführen von Messern an Bahnhöfen verbieten. "
        "Berger sagte am Montag in Berlin: „Wer mit einem Messer in den Zug steigt, gefährdet "
        "andere Menschen.“ Die Bundespolizei solle mehr Befugnisse für Kontrollen "
        "erhalten.\n\n"
        "Kritik kam von der Polizeigewerkschaft. Deren Vorsitzender Olaf Kern nannte das "
        "Vorhaben einen „Papiertiger“, weil es schlicht an Personal für Kontrollen fehle.",
        [
            Q("Wer mit einem Messer", "{Berger} sagte", "sagte", "P2"),
            Q("Papiertiger", "Deren Vorsitzender Olaf Kern", "nannte", "P5"),
        ],
    ),
    P(
        "schleuserring",
        "Ermittler zerschlagen Schleuserring",
        "Bei der „Operation Nordlicht“ haben Ermittler in vier Bundesländern Wohnungen und "
        "Büros durchsucht. Die Beschuldigten sollen Migranten für bis zu 8000 Euro pro Person "
        "nach Deutschland gebracht haben. Intern firmierte die Bande als "
        "„Reiseagentur“.\n\n"
        "Oberstaatsanwältin Birgit Lang sprach von einem „außergewöhnlich professionell "
        "organisierten Netzwerk“.",
        [
            Q("Operation Nordlicht", None, pat="P9", tags=("operation",)),
            Q("Reiseagentur", None, pat="P9", tags=("name",)),
            Q("außergewöhnlich", "Oberstaatsanwältin Birgit Lang", "sprach", "P5"),
        ],
    ),
    P(
        "heizungsgesetz",
        "Streit um Heizungsgesetz geht weiter",
        "Der Streit um das sogenannte „Heizungsgesetz“ beschäftigt den Bundestag erneut. Die "
        "Opposition will den Entwurf stoppen, die Koalition hält an ihm fest. Der viel "
        "beschworene „Wärmepumpen-Boom“ ist jedenfalls vorerst ausgeblieben.\n\n"
        "Fraktionsvize Jürgen Pohl kritisierte: „Dieses Gesetz verunsichert Millionen "
        "Eigentümer.“ Die Regierung habe es versäumt, „rechtzeitig und verständlich“ zu "
        "erklären, was auf die Menschen zukomme, fügte er hinzu.",
        [
            Q("Heizungsgesetz", None, pat="P9", tags=("term",)),
            Q("Wärmepumpen-Boom", None, pat="P9", tags=("scare",)),
            Q("Dieses Gesetz", "Fraktionsvize Jürgen Pohl", "kritisierte", "P2"),
            Q("rechtzeitig", "fügte {er}", "fügte", "P1+P5+P8", ("pronoun",), nested=True),
        ],
    ),
    P(
        "roman-deich",
        "Autorin stellt neuen Roman vor",
        "Die Schriftstellerin Nora Lindqvist hat in Leipzig ihren neuen Roman »Das Haus am "
        "Deich« vorgestellt. Das Buch erzählt von drei Generationen einer Familie an der "
        "Nordseeküste. Lindqvist sagte bei der Lesung: »Meine Großmutter hat immer gesagt: "
        "›Das Meer nimmt, und das Meer gibt.‹ Dieser Satz hat mich nicht mehr "
        "losgelassen.«\n\n"
        "Der Verlag hat die Erstauflage bereits auf 50.000 Exemplare erhöht.",
        [
            Q("Das Haus am", None, pat="P9", tags=("title",)),
            Q("Meine Großmutter", "{Lindqvist} sagte", "sagte", "P2", ("contains-inner",)),
            Q("Das Meer nimmt", None, pat="P9", tags=("inner",)),
        ],
    ),
    P(
        "bahn-generalsanierung",
        "Bahnstrecke wird monatelang gesperrt",
        "Die Bahnstrecke zwischen Hallenberg und Kornstadt wird im kommenden Jahr für fünf "
        "Monate komplett gesperrt. „Wir wissen, dass das für Pendler eine Zumutung ist“, "
        "erklärte Infrastrukturvorständin Silke Baumann, „aber nur so bekommen wir die "
        "Strecke wieder zuverlässig.“ Während der Sperrung sollen Ersatzbusse im "
        "Zehn-Minuten-Takt fahren. „Das haben wir mit den Landkreisen fest vereinbart.“",
        [
            Q(
                "Wir wissen, dass",
                "Infrastrukturvorständin Silke Baumann",
                "erklärte",
                "P3",
                part=(0, 2),
            ),
            Q(
                "aber nur so",
                "Infrastrukturvorständin Silke Baumann",
                "erklärte",
                "P3",
                part=(1, 2),
            ),
            Q("Das haben wir", "Infrastrukturvorständin Silke Baumann", pat="P6"),
        ],
    ),
    P(
        "schockanrufe",
        "Polizei warnt vor Schockanrufen",
        "Die Polizei in Bremerhaven warnt vor einer neuen Welle sogenannter Schockanrufe. "
        "„Die Betrüger geben sich als Angehörige in Not aus“, sagte eine Polizeisprecherin, "
        "„und setzen ihre Opfer massiv unter Zeitdruck.“ Allein in der vergangenen Woche "
        "seien elf Fälle angezeigt worden.\n\n"
        "„Legen Sie auf und rufen Sie Ihre Angehörigen unter der bekannten Nummer zurück“, "
        "riet die Sprecherin.",
        [
            Q("Die Betrüger", "eine Polizeisprecherin", "sagte", "P3", part=(0, 2)),
            Q("und setzen", "eine Polizeisprecherin", "sagte", "P3", part=(1, 2)),
            Q("Legen Sie auf", "die Sprecherin", "riet", "P1+P8", ("nominal",)),
        ],
    ),
    P(
        "mietenstopp",
        "Mieterbund fordert Mietenstopp",
        "Der Präsident des Mieterbunds, Lothar Siebert, hat einen bundesweiten Mietenstopp für "
        "sechs Jahre gefordert. „Die Mieten in den Großstädten sind in den vergangenen zehn "
        "Jahren um bis zu 60 Prozent gestiegen.“ Viele Familien müssten inzwischen fast die "
        "Hälfte ihres Einkommens für das Wohnen ausgeben. „Das ist sozialer "
        "Sprengstoff.“\n\n"
        "Der Eigentümerverband lehnte die Forderung ab.",
        [
            Q("Die Mieten in", "Lothar Siebert", pat="P7"),
            Q("Das ist sozialer", "Lothar Siebert", pat="P6", tags=("after-indirect",)),
        ],
    ),
    P(
        "hitzesommer",
        "Klimaforscherin rechnet mit mehr Hitzetagen",
        "Die Klimaforscherin Eva Lorenz vom Klimainstitut Nordost rechnet mit deutlich mehr "
        "Hitzetagen. Bei einer Anhörung im Landtag legte sie neue Modellrechnungen vor. „Was "
        "heute ein Extremsommer ist, wird um 2050 ein ganz normaler Sommer sein.“\n\n"
        "Die Abgeordneten zeigten sich betroffen. Der Umweltausschuss will im Frühjahr über "
        "ein Hitzeschutzprogramm beraten.",
        [
            Q("Was heute", "legte {sie}", pat="P7+P8", tags=("pronoun",)),
        ],
    ),
    P(
        "fake-shops",
        "Verbraucherschützer warnen vor Fake-Shops",
        "Die Verbraucherzentrale hat vor betrügerischen Online-Shops gewarnt, die vor "
        "Weihnachten gezielt mit Markenware zu Tiefstpreisen locken. „Ist ein Angebot zu gut, "
        "um wahr zu sein, ist es das in der Regel auch nicht.“ Verbraucher sollten vor allem "
        "bei Vorkasse misstrauisch werden.",
        [
            Q("Ist ein Angebot", "Die Verbraucherzentrale", pat="P7", tags=("org",)),
        ],
    ),
    P(
        "elefantenhaus",
        "Zoo plant neues Elefantenhaus",
        "Der Zoo Waldau will bis 2028 ein neues Elefantenhaus bauen. Zoodirektor Henrik "
        "Janssen betonte bei der Vorstellung der Pläne: „Die heutige Anlage entspricht längst "
        "nicht mehr dem, was wir den Tieren schuldig sind.“ Die Kosten werden auf 35 "
        "Millionen Euro geschätzt.\n\n"
        "„Ohne Spenden werden wir das nicht schaffen“, gab Janssen zu. „Wir starten deshalb "
        "im Mai eine große Kampagne“, kündigte er an.",
        [
            Q("Die heutige Anlage", "Zoodirektor Henrik Janssen", "betonte", "P2"),
            Q("Ohne Spenden", "gab {Janssen}", "gab", "P1"),
            Q("Wir starten", "kündigte {er}", "kündigte", "P1+P8", ("pronoun",)),
        ],
    ),
    P(
        "hartmann-ruecktritt",
        "Hartmann: „Wir brauchen einen Neuanfang“",
        "Hartmann: „Wir brauchen einen Neuanfang“\n\n"
        "Nach der schweren Wahlniederlage hat die Landesvorsitzende der Partei, Ulrike "
        "Hartmann, personelle Konsequenzen angekündigt. Sie werde auf dem Parteitag im März "
        "nicht erneut kandidieren, sagte Hartmann am Sonntagabend. „Die Wählerinnen und "
        "Wähler haben uns eine deutliche Botschaft geschickt“, erklärte sie. „Die haben wir "
        "verstanden.“",
        [
            Q("Wir brauchen einen", "{Hartmann}: „Wir", pat="P2", tags=("headline",)),
            Q("Die Wählerinnen", "erklärte {sie}", "erklärte", "P1+P8", ("pronoun",)),
            Q("Die haben wir", "erklärte {sie}", pat="P6+P8", tags=("pronoun",)),
        ],
    ),
    P(
        "bergheim-unfall",
        'Polizei: "Keine Hinweise auf Fremdverschulden"',
        'Polizei: "Keine Hinweise auf Fremdverschulden"\n\n'
        "Nach dem Tod eines 47-jährigen Mannes in einem Waldstück bei Bergheim gehen die "
        "Ermittler von einem Unfall aus. Der Mann war offenbar beim Holzfällen von einem Baum "
        'getroffen worden. "Nach derzeitigem Stand gibt es keine Hinweise auf '
        'Fremdverschulden", sagte ein Polizeisprecher am Dienstag.',
        [
            Q("Keine Hinweise", '{Polizei}: "Keine', pat="P2", tags=("headline", "org")),
            Q("Nach derzeitigem", "ein Polizeisprecher", "sagte", "P1"),
        ],
    ),
    P(
        "mosel-jahrgang",
        "Winzer erwarten guten Jahrgang",
        "Die Winzer an der Mosel rechnen trotz des verregneten Frühjahrs mit einem guten "
        "Jahrgang. »Die Trauben sind gesund und haben reichlich Zucker«, sagte "
        "Weinbaupräsident Albert Klein. Die Lese beginne in diesem Jahr rund eine Woche "
        "früher als üblich.\n\n"
        "Sorgen bereitet den Betrieben der Fachkräftemangel. Es werde »immer schwieriger, "
        "Erntehelfer zu finden«, so Klein.",
        [
            Q("Die Trauben", "Weinbaupräsident Albert Klein", "sagte", "P1"),
            Q("immer schwieriger", "so {Klein}", "{so} Klein", "P4+P5", nested=True),
        ],
    ),
    P(
        "stadtfest-gernsheim",
        "Stadtfest mit Rekordbesuch",
        "Rund 120.000 Menschen haben am Wochenende das Stadtfest in Gernsheim besucht. "
        "Höhepunkt war der Auftritt der Band „Die Kellerkinder“, die ihr neues Album "
        "„Hinterhof“ vorstellte. Unter dem Motto „Gernsheim feiert“ hatten mehr als 80 "
        "Vereine Stände aufgebaut.\n\n"
        "„So ein Fest hat es hier seit Jahrzehnten nicht gegeben“, schwärmte Organisator "
        "Peter Brandl. Die Polizei meldete einen weitgehend friedlichen Verlauf.",
        [
            Q("Die Kellerkinder", None, pat="P9", tags=("name",)),
            Q("Hinterhof", None, pat="P9", tags=("title",)),
            Q("Gernsheim feiert", None, pat="P9", tags=("motto",)),
            Q("So ein Fest", "Organisator Peter Brandl", "schwärmte", "P1"),
        ],
    ),
    P(
        "rettungsschiff",
        "Rettungsschiff läuft wieder aus",
        "Das private Rettungsschiff „Seeadler“ ist am Samstag zu einer neuen Mission im "
        "Mittelmeer ausgelaufen. Die Crew will vor der libyschen Küste nach Booten in Seenot "
        "suchen. Kapitänin Lena Hoff sagte vor dem Ablegen: „Solange Menschen im Meer "
        "ertrinken, werden wir hinausfahren.“ Die Behörden hatten das Schiff zuvor "
        "wochenlang im Hafen festgehalten; die Organisation spricht von einer „politisch "
        "motivierten Blockade“.",
        [
            Q("Seeadler", None, pat="P9", tags=("name",)),
            Q("Solange Menschen", "Kapitänin Lena Hoff", "sagte", "P2"),
            Q("politisch", "die Organisation", "spricht", "P5", ("org",)),
        ],
    ),
    P(
        "tafel-helfer",
        "Tafel sucht dringend Helfer",
        "Der Tafel in Steinbach gehen die Helfer aus. „Wie sollen wir mit zwölf "
        "Ehrenamtlichen 400 Familien versorgen?“, fragte die Vorsitzende Hannelore Brückner. "
        "Viele der Helfer seien über 70 Jahre alt.\n\n"
        "„Wir brauchen dringend junge Leute!“, appellierte sie. „Schon zwei Stunden in der "
        "Woche helfen uns weiter“, fügte Brückner hinzu.",
        [
            Q("Wie sollen wir", "die Vorsitzende Hannelore Brückner", "fragte", "P1"),
            Q("Wir brauchen dringend", "appellierte {sie}", "appellierte", "P1+P8", ("pronoun",)),
            Q("Schon zwei Stunden", "fügte {Brückner}", "fügte", "P1"),
        ],
    ),
    P(
        "dieselfahrverbot",
        "Gericht kippt Dieselfahrverbot",
        "Das Verwaltungsgericht Lindenau hat das Dieselfahrverbot in der Innenstadt "
        "aufgehoben. Die Richter bezeichneten die Messungen der Stadt als „methodisch nicht "
        "haltbar“. Umweltdezernent Karl Vogel kündigte an, in Berufung zu gehen. Der "
        "Dezernent sagte: „Das Urteil ändert nichts daran, dass unsere Luft zu schmutzig "
        "ist.“",
        [
            Q("methodisch", "Die Richter", "bezeichneten", "P5"),
            Q("Das Urteil", "Der Dezernent", "sagte", "P2+P8", ("nominal",)),
        ],
    ),
    P(
        "gletscherschwund",
        "Gletscher verlieren weiter an Eis",
        "Die Schweizer Gletscher haben im vergangenen Jahr rund vier Prozent ihres Volumens "
        "verloren. «Das ist der zweithöchste Wert seit Beginn der Messungen», sagte der "
        "Glaziologe Beat Aebischer, «und ein deutliches Warnsignal.» Besonders betroffen "
        "seien kleinere Gletscher in tiefen Lagen.\n\n"
        "Aebischer zufolge könnte bis Ende des Jahrhunderts «der allergrösste Teil des "
        "Eises» verschwunden sein.",
        [
            Q(
                "Das ist der zweithöchste",
                "der Glaziologe Beat Aebischer",
                "sagte",
                "P3",
                part=(0, 2),
            ),
            Q("und ein deutliches", "der Glaziologe Beat Aebischer", "sagte", "P3", part=(1, 2)),
            Q("der allergrösste", "{Aebischer} zufolge", "zufolge", "P4+P5"),
        ],
    ),
    P(
        "kaese-rueckruf",
        "Supermarktkette ruft Käse zurück",
        "Die Supermarktkette Frischkauf ruft einen Bergkäse wegen möglicher Listerien zurück. "
        '"Betroffen sind ausschließlich Packungen mit dem Mindesthaltbarkeitsdatum 14. '
        'März", teilte das Unternehmen mit, "andere Chargen können bedenkenlos verzehrt '
        'werden." Kunden erhalten den Kaufpreis auch ohne Kassenbon zurück.',
        [
            Q("Betroffen sind", "das Unternehmen", "teilte", "P3", ("org",), part=(0, 2)),
            Q("andere Chargen", "das Unternehmen", "teilte", "P3", ("org",), part=(1, 2)),
        ],
    ),
    P(
        "em-kader",
        "Bundestrainerin nominiert EM-Kader",
        "Bundestrainerin Sandra Keller hat ihren Kader für die Europameisterschaft "
        "bekanntgegeben. Überraschend fehlt Torhüterin Mia Schulte. Keller erklärte die "
        "Entscheidung am Donnerstag in Frankfurt: „Mia hatte eine schwierige Saison. Ich "
        "habe ihr das persönlich gesagt.“\n\n"
        "„Die Tür für sie bleibt aber offen.“ Das Turnier beginnt im Juli in der Schweiz.",
        [
            Q("Mia hatte", "{Keller} erklärte", "erklärte", "P2"),
            Q("Die Tür für sie", "{Keller} erklärte", pat="P6", tags=("new-paragraph",)),
        ],
    ),
    P(
        "sturmtief-bahn",
        "Bahnverkehr nach Sturm eingeschränkt",
        "Nach dem Sturmtief am Wochenende ist der Bahnverkehr in Norddeutschland weiterhin "
        "eingeschränkt. Auf vielen Strecken lägen laut einer Bahnsprecherin „noch umgestürzte "
        "Bäume im Gleis“. Der Wetterdienst warnte vor neuen Böen.\n\n"
        "Die Feuerwehr im Raum Hamburg rückte mehr als 600 Mal aus. Die Lage habe sich "
        "„deutlich entspannt“, sagte ein Feuerwehrsprecher am Abend.",
        [
            Q("noch umgestürzte", "einer Bahnsprecherin", "laut", "P4+P5", nested=True),
            Q("deutlich entspannt", "ein Feuerwehrsprecher", "sagte", "P5", nested=True),
        ],
    ),
    P(
        "organspende",
        "Ärztepräsident wirbt für Widerspruchslösung",
        "Der Präsident der Landesärztekammer, Wolfgang Reinhardt, hat sich für die "
        "Widerspruchslösung bei der Organspende ausgesprochen. „Jeden Tag sterben Menschen, "
        "die vergeblich auf ein Spenderorgan warten“, sagte Reinhardt der „Neuen "
        "Westfälischen Rundschau“. Die bisherige Regelung sei „gescheitert“.\n\n"
        "In der Talkshow „Klartext am Abend“ hatte zuvor auch die Patientenbeauftragte der "
        "Landesregierung für eine Reform geworben.",
        [
            Q("Jeden Tag", "sagte {Reinhardt}", "sagte", "P1"),
            Q("Neuen Westfälischen", None, pat="P9", tags=("name", "after-cue")),
            Q("gescheitert", "sagte {Reinhardt}", pat="P5+P6", nested=True),
            Q("Klartext am Abend", None, pat="P9", tags=("title",)),
        ],
    ),
    P(
        "theater-intendantin",
        "Neue Intendantin am Stadttheater",
        "Das Stadttheater Falkenberg bekommt eine neue Intendantin: Die Regisseurin Selin "
        "Aydın übernimmt das Haus zur Spielzeit 2026/27. Aydın stellte sich am Freitag dem "
        "Ensemble vor. „Ich möchte, dass dieses Theater ein Ort für die ganze Stadt wird.“ "
        "Ihre erste Premiere soll Schillers „Die Räuber“ sein.",
        [
            Q("Ich möchte", "{Aydın} stellte", pat="P7"),
            Q("Die Räuber", None, pat="P9", tags=("title",)),
        ],
    ),
    P(
        "buergerwindpark",
        "Bürgerwindpark geht ans Netz",
        "In Ostervelde ist der erste Bürgerwindpark des Landkreises ans Netz gegangen. Die "
        "fünf Anlagen gehören rund 600 Anwohnern, die sich mit Beträgen ab 500 Euro beteiligt "
        "haben. Lange galt der Ort als „gallisches Dorf“ der Windkraftgegner.\n\n"
        "„Wir haben gelernt, dass die Leute mitmachen, wenn sie auch etwas davon haben“, sagte "
        "Ortsbürgermeister Heiko Brandes. Von der einstigen „Verspargelung der Landschaft“ "
        "spricht im Dorf kaum noch jemand.",
        [
            Q("gallisches Dorf", None, pat="P9", tags=("scare",)),
            Q("Wir haben gelernt", "Ortsbürgermeister Heiko Brandes", "sagte", "P1"),
            Q("Verspargelung", None, pat="P9", tags=("term", "cue-without-speaker")),
        ],
    ),
    P(
        "pflege-demo",
        "Pflegekräfte demonstrieren in Hannover",
        "Mehrere Hundert Pflegekräfte haben am Samstag vor dem Sozialministerium in Hannover "
        "demonstriert. Auf ihren Plakaten stand „Zeit statt Applaus“. Die Stationen seien "
        "chronisch unterbesetzt, sagte die Betriebsrätin Monika Strehl. „Wir arbeiten seit "
        "Jahren am Limit, und niemand hört uns zu.“\n\n"
        "Das Ministerium verwies auf die geplante Pflegereform, die 2027 in Kraft treten soll.",
        [
            Q("Zeit statt Applaus", None, pat="P9", tags=("motto",)),
            Q(
                "Wir arbeiten seit",
                "die Betriebsrätin Monika Strehl",
                pat="P6",
                tags=("after-indirect",),
            ),
        ],
    ),
    P(
        "konzertabsage",
        "Sänger sagt Konzert kurzfristig ab",
        "Der britische Sänger Jack Morrow hat sein Konzert in der Arena Dornfeld kurzfristig "
        "abgesagt. “I am heartbroken”, schrieb Morrow am Samstag auf Instagram. Der "
        "Veranstalter sprach von einem “medizinischen Notfall” und kündigte einen "
        "Ersatztermin an.",
        [
            Q("I am heartbroken", "schrieb {Morrow}", "schrieb", "P1"),
            Q("medizinischen", "Der Veranstalter", "sprach", "P5", ("org",)),
        ],
    ),
]


def build_records(
    passages: list[P] | None = None, split: str = "handwritten"
) -> list[dict[str, Any]]:
    """All passages as JSON-ready records (raises :class:`AuthoringError`).

    ``split`` names the set: it is the ``split`` field and the ``id`` prefix.
    """
    passages = PASSAGES if passages is None else passages
    slugs = [p.slug for p in passages]
    if len(set(slugs)) != len(slugs):
        raise AuthoringError("duplicate passage slugs")
    return [build_passage(p, split) for p in passages]


def render_jsonl(passages: list[P] | None = None, split: str = "handwritten") -> str:
    """The exact content of ``handwritten.jsonl`` (or of another set's file)."""
    records = build_records(passages, split)
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in records)


def pattern_counts(records: list[dict[str, Any]]) -> dict[str, int]:
    """How many quote records carry each pattern P1..P9."""
    counts = dict.fromkeys(PATTERNS, 0)
    for rec in records:
        for q in rec["quotes"]:
            for pat in q["pattern"].split("|")[0].split("+"):
                counts[pat] += 1
    return counts


def main() -> int:
    content = render_jsonl()
    OUT_PATH.write_text(content, encoding="utf-8")
    records = build_records()
    n_quotes = sum(len(r["quotes"]) for r in records)
    n_speech = sum(q["is_speech"] for r in records for q in r["quotes"])
    print(
        f"wrote {OUT_PATH}: {len(records)} passages, {n_quotes} quote records "
        f"({n_speech} speech, {n_quotes - n_speech} non-speech)"
    )
    for pat, n in pattern_counts(records).items():
        print(f"  {pat}: {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
