"""Build ``tests/data/indirect.jsonl``: a small, original gold set of *indirect* speech.

Every passage below was written for this project (all people, places, firms, media and
statements are invented). It was written before any rule for indirect speech existed and
must never be tuned on: it is a test set. The annotation follows the conventions of the
German Wikinews gold data (``other_quotes``), summarised in ``tests/data/README.md``.

The annotation is given by *marking*, never by offsets; this script computes every
offset and fails loudly when a marking is missing or ambiguous.

Authoring notation
------------------

``IP(slug, title, text, quotes, items)`` is one passage. ``quotes`` annotates the
quotation-mark pairs exactly as in ``build_handwritten.py`` (its ``Q``; every mark in a
text must belong to an annotated pair). ``items`` annotates speech without quotation
marks, and the look-alikes that are not speech, with ``I``:

- ``msg``: the message (the reported content without its frame). Either its full text,
  or ``"head … tail"``: from the only occurrence of ``head`` to the only occurrence of
  ``tail`` after it in the same paragraph (both at word boundaries).
- ``speaker``: the speaker mention, in the notation of ``build_handwritten.py`` (the
  mention itself, which must occur once as a whole word, or ``"sagte {er}"``), or
  ``None`` for a look-alike.
- ``cue``: the speech cue in the same notation (``"{sagte} Brandt"``), or ``None``.
- ``con``: the construction(s), joined by ``+`` (``CONSTRUCTIONS``); a look-alike has one
  ``not-…`` construction (``NEGATIVES``).
- ``tags``: the kind of speaker (exactly one of ``SPEAKER_KINDS`` for speech) and free tags.
- ``part``: ``(k, n)`` for part ``k`` (from 0) of a message in ``n`` parts (a frame inside
  the message); the parts follow each other and share speaker and cue.
- ``frame``: the frame (narrator text introducing the message). Normally left out and
  computed: the text between two parts when the cue stands between them, else from the
  start of the cue's sentence to the message (cue before), or from the message to the end
  of the cue's sentence without its final period (cue after). Give it explicitly (same
  notation as a mention) where that rule does not fit.

The type follows from ``con``: ``cont`` is ``IndirectFreeIndirect`` (a Konjunktiv-I sentence
continuing a reported statement, no frame and no cue), ``not-…`` is ``NonSpeech`` (speaker,
cue and frame ``None``), everything else ``Indirect``.

Run ``python tests/data/build_indirect.py`` to rewrite the JSONL file;
``tests/test_indirect_data.py`` checks that the file is up to date.
"""

from __future__ import annotations

import collections
import itertools
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _builders import builder  # this folder, whether run as a script or loaded

hw = builder("handwritten")

OUT_PATH = Path(__file__).resolve().parent / "indirect.jsonl"

AuthoringError = hw.AuthoringError
Q = hw.Q

# construction -> meaning (see README.md)
CONSTRUCTIONS: dict[str, str] = {
    "dass": "dass-clause after a cue (the message includes dass)",
    "ob": "ob-clause after a cue (the message includes ob)",
    "w": "w-clause after a cue (wie, warum, wann, wer, was, wo, welche …)",
    "konj1": "V2 clause in Konjunktiv I after or before a cue",
    "konj2": "V2 clause in Konjunktiv II standing in for Konjunktiv I (hätten, würden …)",
    "zu": "zu-infinitive after a cue (vorwerfen, ankündigen, versprechen, bestreiten, fordern …)",
    "laut": "laut X with a statement",
    "zufolge": "X zufolge with a statement",
    "angaben": "nach Angaben von X / nach Angaben des X with a statement",
    "wie": "wie X mitteilte / sagte / berichtete with a statement",
    "so": "statement, so X",
    "cont": "Konjunktiv-I sentence(s) continuing a reported statement, no frame of their own",
    "split": "message in parts: the frame stands inside it",
}
NEGATIVES: dict[str, str] = {
    "not-dass": "dass-clause that reports no speech (freute sich, dass; sorgte dafür, dass)",
    "not-ob": "ob-clause that reports no speech (unklar ist, ob; ob jung oder alt)",
    "not-w": "w-clause that reports no speech (niemand weiß, wann)",
    "not-konj1": "Konjunktiv I that reports no speech (formulas, man nehme, sei es)",
    "not-konj2": "Konjunktiv II that reports no speech (conditionals, wishes, als ob)",
    "not-zu": "zu-infinitive after a verb that is no speech cue (versuchte, begann, um … zu)",
    "not-wie": "wie that introduces no source (wie erwartet, wie im Vorjahr)",
    "not-laut": "laut as an adjective or adverb",
    "not-nach": "nach + noun that names no source (nach Angaben-like, but no speaker)",
}
SPEAKER_KINDS = ("person", "pronoun", "role", "org", "media", "document")
PRONOUNS = frozenset({"er", "Er", "sie", "Sie", "ihm", "Ihm", "ihr", "Ihr", "ihnen", "Ihnen"})
TYPES = ("Indirect", "IndirectFreeIndirect", "NonSpeech")

# a sentence ends at . ! ? before white space (texts avoid abbreviations in frames)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


@dataclass(frozen=True)
class I:  # noqa: E742  (short on purpose: the passages use it hundreds of times)
    msg: str
    speaker: str | None
    cue: str | None
    con: str
    tags: tuple[str, ...] = ()
    part: tuple[int, int] = (0, 1)
    frame: str | None = None


@dataclass(frozen=True)
class IP:
    slug: str
    title: str
    text: str
    quotes: list[hw.Q]
    items: list[I]


def N(msg: str, con: str, *tags: str) -> I:  # noqa: N802  (reads like I and Q)
    """A look-alike that is not speech."""
    return I(msg, None, None, con, tuple(tags))


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    end = text.find("\n\n", pos)
    return (0 if start < 0 else start + 2), (len(text) if end < 0 else end)


def _word_hits(text: str, s: str, lo: int = 0, hi: int | None = None) -> list[int]:
    pattern = r"(?<!\w)" + re.escape(s) + r"(?!\w)"
    hi = len(text) if hi is None else hi
    return [m.start() for m in re.compile(pattern).finditer(text, lo, hi)]


def _find_message(text: str, msg: str, where: str) -> tuple[int, int]:
    if " … " in msg:
        head, tail = msg.split(" … ", 1)
    else:
        head, tail = msg, ""
    hits = _word_hits(text, head)
    if len(hits) != 1:
        raise AuthoringError(f"{where}: message {head!r} found {len(hits)} times (need once)")
    start = hits[0]
    end = start + len(head)
    if tail:
        _, par_end = _paragraph(text, start)
        tails = _word_hits(text, tail, end, par_end)
        if len(tails) != 1:
            raise AuthoringError(
                f"{where}: message tail {tail!r} found {len(tails)} times after {head!r} "
                "in its paragraph (need once)"
            )
        end = tails[0] + len(tail)
    span = text[start:end]
    if span != span.strip() or not span:
        raise AuthoringError(f"{where}: message {msg!r} starts or ends with white space")
    return start, end


def _sentence_start(text: str, pos: int) -> int:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos)
    return len(text) if m is None else m.start()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _auto_frame(
    text: str, parts: list[tuple[int, int]], cue: tuple[int, int], where: str
) -> tuple[int, int]:
    for (_, a_end), (b_start, _) in itertools.pairwise(parts):
        if a_end <= cue[0] and cue[1] <= b_start:
            return _strip(text, a_end, b_start)
    if cue[1] <= parts[0][0]:
        return _strip(text, _sentence_start(text, cue[0]), parts[0][0])
    if cue[0] >= parts[-1][1]:
        return _strip(text, parts[-1][1], _sentence_end(text, cue[1]))
    raise AuthoringError(f"{where}: the cue lies inside the message; give the frame")


def _span(text: str, start: int, end: int) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text[start:end]}


def _kind(con: str, where: str) -> tuple[list[str], str]:
    cons = con.split("+")
    if len(cons) == 1 and cons[0] in NEGATIVES:
        return cons, "NonSpeech"
    if not cons or any(c not in CONSTRUCTIONS for c in cons) or len(set(cons)) != len(cons):
        raise AuthoringError(f"{where}: bad construction {con!r}")
    if "cont" in cons:
        return cons, "IndirectFreeIndirect"
    return cons, "Indirect"


def _check_item(item: I, kind: str, where: str) -> None:
    speaker_kinds = [t for t in item.tags if t in SPEAKER_KINDS]
    if kind == "NonSpeech":
        if item.speaker is not None or item.cue is not None or item.frame is not None:
            raise AuthoringError(f"{where}: a look-alike has no speaker, cue or frame")
        if speaker_kinds or item.part != (0, 1):
            raise AuthoringError(f"{where}: a look-alike has no speaker kind and no parts")
        return
    if item.speaker is None or len(speaker_kinds) != 1:
        raise AuthoringError(f"{where}: speech needs a speaker and one of {SPEAKER_KINDS}")
    if kind == "IndirectFreeIndirect" and (item.cue is not None or item.frame is not None):
        raise AuthoringError(f"{where}: a continuation has no cue and no frame")
    if kind == "Indirect" and item.cue is None:
        raise AuthoringError(f"{where}: indirect speech needs its cue")
    k, n = item.part
    if not 0 <= k < n or (n > 1) != ("split" in item.con.split("+")):
        raise AuthoringError(f"{where}: part {item.part} and construction {item.con!r} disagree")


def _build_items(text: str, items: list[I], where: str) -> list[dict[str, Any]]:
    # group the parts of one message
    groups: list[list[I]] = []
    for item in items:
        k, n = item.part
        if k == 0:
            if groups and groups[-1][-1].part[0] != groups[-1][-1].part[1] - 1:
                raise AuthoringError(f"{where}: a message before {item.msg!r} lacks parts")
            groups.append([item])
        elif not groups or groups[-1][-1].part != (k - 1, n):
            raise AuthoringError(f"{where}: part {item.part} of {item.msg!r} does not continue")
        else:
            first = groups[-1][0]
            if (item.speaker, item.cue, item.con, item.tags, item.frame) != (
                first.speaker,
                first.cue,
                first.con,
                first.tags,
                first.frame,
            ):
                raise AuthoringError(f"{where}: the parts of {first.msg!r} disagree")
            groups[-1].append(item)
    if groups and groups[-1][-1].part[0] != groups[-1][-1].part[1] - 1:
        raise AuthoringError(f"{where}: the last message lacks its final part")

    records: list[dict[str, Any]] = []
    for annotation_id, group in enumerate(groups):
        first = group[0]
        w = f"{where} {first.msg[:30]!r}"
        cons, kind = _kind(first.con, w)
        _check_item(first, kind, w)
        spans = [_find_message(text, it.msg, w) for it in group]
        if any(a[1] > b[0] for a, b in itertools.pairwise(spans)):
            raise AuthoringError(f"{w}: parts overlap or are out of order")
        speaker = speaker_start = speaker_end = None
        if first.speaker is not None:
            speaker_start, speaker_end = hw._locate(text, first.speaker, "speaker", w)
            speaker = text[speaker_start:speaker_end]
            if any(s < speaker_end and speaker_start < e for s, e in spans):
                raise AuthoringError(f"{w}: the speaker lies inside the message")
            if "pronoun" in first.tags and speaker not in PRONOUNS:
                raise AuthoringError(f"{w}: {speaker!r} is tagged pronoun")
        cue = frame = None
        if first.cue is not None:
            cue_span = hw._locate(text, first.cue, "cue", w)
            if any(s < cue_span[1] and cue_span[0] < e for s, e in spans):
                raise AuthoringError(f"{w}: the cue lies inside the message")
            cue = _span(text, *cue_span)
            if first.frame is not None:
                frame_span = hw._locate(text, first.frame, "frame", w)
            else:
                frame_span = _auto_frame(text, spans, cue_span, w)
            if not frame_span[0] <= cue_span[0] < cue_span[1] <= frame_span[1]:
                raise AuthoringError(f"{w}: the frame must contain the cue")
            if any(s < frame_span[1] and frame_span[0] < e for s, e in spans):
                raise AuthoringError(f"{w}: the frame overlaps the message")
            frame = _span(text, *frame_span)
        if kind == "IndirectFreeIndirect":
            if speaker_start is None or speaker_start >= spans[0][0]:
                raise AuthoringError(f"{w}: a continuation's speaker must come before it")
            if _paragraph(text, speaker_start) != _paragraph(text, spans[0][0]):
                raise AuthoringError(f"{w}: a continuation's speaker must be in its paragraph")
            if text[spans[-1][1] - 1] not in ".!?":
                raise AuthoringError(f"{w}: a continuation must end with its sentence mark")
        position = ""
        if cue is not None:
            if cue["end"] <= spans[0][0]:
                position = "cue-before"
            elif cue["start"] >= spans[-1][1]:
                position = "cue-after"
            else:
                position = "cue-inside"
        tags = [*([position] if position else []), *first.tags]
        pattern = "+".join(cons) + "".join("|" + t for t in tags)
        for k, (start, end) in enumerate(spans):
            records.append(
                {
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "inner_start": start,
                    "inner_end": end,
                    "speaker": speaker,
                    "speaker_start": speaker_start,
                    "speaker_end": speaker_end,
                    "cue": cue,
                    "frame": frame,
                    "addressee": None,
                    "type": kind,
                    "is_speech": kind != "NonSpeech",
                    "is_nested": False,
                    "has_nested": False,
                    "annotation_id": annotation_id,
                    "part": k,
                    "n_parts": len(spans),
                    "marks": "none",
                    "pattern": pattern,
                }
            )
    return records


def _check_continuations(records: list[dict[str, Any]], where: str) -> None:
    """A continuation's speaker is the mention of a speech item before it."""
    for rec in records:
        if rec["type"] != "IndirectFreeIndirect":
            continue
        before = [
            r for r in records if r["is_speech"] and r["start"] < rec["start"] and r is not rec
        ]
        if not any(r["speaker_start"] == rec["speaker_start"] for r in before):
            raise AuthoringError(
                f"{where}: continuation {rec['text'][:30]!r} continues no statement of "
                f"{rec['speaker']!r}"
            )


def build_passage(p: IP) -> dict[str, Any]:
    rec = hw.build_passage(hw.P(p.slug, p.title, p.text, p.quotes))
    rec["id"] = f"indirect/{p.slug}"
    rec["split"] = "indirect"
    others = _build_items(p.text, p.items, p.slug)
    direct = [q for q in rec["quotes"] if q["is_speech"]]
    _check_continuations([*direct, *others], p.slug)
    for o in others:
        inside = [q for q in rec["quotes"] if o["start"] <= q["start"] and q["end"] <= o["end"]]
        o["has_nested"] = bool(inside)
        for q in inside:
            if q["is_speech"] and not q["is_nested"]:
                raise AuthoringError(f"{p.slug}: {q['text']!r} in indirect speech is nested")
        for q in rec["quotes"]:
            if q["start"] < o["start"] < q["end"] or q["start"] < o["end"] < q["end"]:
                raise AuthoringError(f"{p.slug}: {o['text'][:30]!r} cuts a quotation in two")
    rec["other_quotes"] = sorted(others, key=lambda o: (o["start"], o["end"]))
    return rec


# --------------------------------------------------------------------------------------
# The passages.
# --------------------------------------------------------------------------------------

PASSAGES: list[IP] = [
    IP(
        "kita-warnstreik",
        "Erzieherinnen legen die Arbeit nieder",
        "In den städtischen Kitas von Lindenau bleiben am Donnerstag die Türen zu. Die "
        "Gewerkschaft teilte am Montag mit, dass sich rund 400 Beschäftigte an dem Warnstreik "
        "beteiligen wollen. Eltern sollten sich auf geschlossene Gruppen einstellen, sagte "
        "Streikleiterin Doris Kähler. Eine Notbetreuung gebe es nur für Kinder von "
        "Pflegekräften. Die Stadt bedauerte, dass die Gespräche gescheitert seien, und "
        "forderte die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren.\n\n"
        "Viele Eltern ärgerten sich, dass sie erst so spät informiert wurden.",
        [],
        [
            I("dass sich rund 400 … wollen", "Die Gewerkschaft", "teilte", "dass", ("org",)),
            I(
                "Eltern sollten … einstellen",
                "Streikleiterin Doris Kähler",
                "sagte",
                "konj2",
                ("person",),
            ),
            I(
                "Eine Notbetreuung gebe … Pflegekräften.",
                "Streikleiterin Doris Kähler",
                None,
                "cont",
                ("person",),
            ),
            I("dass die Gespräche gescheitert seien", "Die Stadt", "bedauerte", "dass", ("org",)),
            I(
                "an den Verhandlungstisch zurückzukehren",
                "Die Stadt",
                "forderte",
                "zu",
                ("org",),
                frame="und forderte die Gewerkschaft auf,",
            ),
            N("dass sie erst so spät informiert wurden", "not-dass", "emotion"),
        ],
    ),
    IP(
        "talbruecke-steinach",
        "Talbrücke bleibt gesperrt",
        "Die Talbrücke bei Steinach bleibt mindestens bis zum Sommer gesperrt. Landrat "
        "Wilfried Ohm erklärte am Dienstag, warum die Sanierung so lange dauert: Bei einer "
        "Prüfung seien Risse in zwei Pfeilern entdeckt worden. Ob die Brücke überhaupt zu "
        "retten sei, könne derzeit niemand sagen, fügte er hinzu.\n\n"
        "Für Pendler bedeutet das täglich bis zu 40 Minuten Umweg. Wie lange die Umleitung "
        "über Kirchberg bestehen bleibt, ist noch offen.",
        [],
        [
            I(
                "warum die Sanierung so lange dauert",
                "Landrat Wilfried Ohm",
                "erklärte",
                "w",
                ("person",),
            ),
            I(
                "Bei einer Prüfung … entdeckt worden.",
                "Landrat Wilfried Ohm",
                None,
                "cont",
                ("person", "after-colon"),
            ),
            I(
                "Ob die Brücke … niemand sagen",
                "fügte {er} hinzu",
                "fügte",
                "konj1",
                ("pronoun", "ob-topic"),
            ),
            N("Wie lange die Umleitung … bestehen bleibt", "not-w", "unclear"),
        ],
    ),
    IP(
        "museum-silberleuchter",
        "Silberleuchter aus Stadtmuseum gestohlen",
        "Aus dem Stadtmuseum Altburg sind in der Nacht zum Sonntag drei Silberleuchter "
        "gestohlen worden. Laut Polizei drangen die Täter über ein Kellerfenster ein. Die "
        "Alarmanlage war nach Angaben der Museumsleitung zu diesem Zeitpunkt abgeschaltet. "
        "Wie ein Sprecher der Stadt mitteilte, wird der Schaden auf rund 60.000 Euro "
        "geschätzt.\n\n"
        "Der Kurator Erwin Spahn ist erschüttert. Die Leuchter seien für die Ausstellung im "
        "Frühjahr vorgesehen gewesen, sagte er.",
        [],
        [
            I("drangen die Täter über ein Kellerfenster ein", "Polizei", "Laut", "laut", ("org",)),
            I(
                "Die Alarmanlage war",
                "der Museumsleitung",
                "nach Angaben",
                "angaben+split",
                ("org",),
                part=(0, 2),
            ),
            I(
                "zu diesem Zeitpunkt abgeschaltet",
                "der Museumsleitung",
                "nach Angaben",
                "angaben+split",
                ("org",),
                part=(1, 2),
            ),
            I(
                "wird der Schaden … geschätzt",
                "ein Sprecher der Stadt",
                "mitteilte",
                "wie",
                ("role",),
            ),
            I(
                "Die Leuchter seien … vorgesehen gewesen",
                "sagte {er}",
                "sagte",
                "konj1",
                ("pronoun",),
            ),
        ],
    ),
    IP(
        "kliniken-fusion",
        "Kreiskliniken fusionieren",
        "Die Kreiskliniken Hohenfels und Bramstedt fusionieren zum Jahreswechsel. "
        "Geschäftsführerin Anja Reuter versprach den Beschäftigten, keine betriebsbedingten "
        "Kündigungen auszusprechen. Zugleich kündigte sie an, die Geburtshilfe in Bramstedt "
        "bis 2028 zu erhalten. Der Betriebsrat bezweifelt, dass diese Zusagen halten. Die "
        "Beschäftigten hätten schon zu viele Versprechen gehört, sagte Betriebsrat Jürgen "
        "Fiebig.\n\n"
        "Der Kreistag hatte die Fusion im März mit knapper Mehrheit beschlossen.",
        [],
        [
            I(
                "keine betriebsbedingten Kündigungen auszusprechen",
                "Geschäftsführerin Anja Reuter",
                "versprach",
                "zu",
                ("person",),
            ),
            I(
                "die Geburtshilfe in Bramstedt … zu erhalten",
                "kündigte {sie}",
                "kündigte",
                "zu",
                ("pronoun",),
            ),
            I("dass diese Zusagen halten", "Der Betriebsrat", "bezweifelt", "dass", ("org",)),
            I(
                "Die Beschäftigten hätten … gehört",
                "Betriebsrat Jürgen Fiebig",
                "sagte",
                "konj2",
                ("person",),
            ),
        ],
    ),
    IP(
        "bahn-oberleitung",
        "Baum beschädigt Oberleitung",
        "Auf der Strecke zwischen Kassel und Göttingen ist es am Freitagmorgen zu erheblichen "
        "Verspätungen gekommen. Nach Angaben der Bahn hatte ein Baum die Oberleitung "
        "beschädigt. Einem Bericht des Regionalsenders Nordwelle zufolge saßen Reisende in "
        "einem Zug fast drei Stunden fest.\n\n"
        "Der Fahrgastverband warf dem Unternehmen vor, die Reisenden zu spät informiert zu "
        "haben. Sein Sprecher fragte, ob es für solche Fälle überhaupt einen Notfallplan gebe.",
        [],
        [
            I(
                "hatte ein Baum die Oberleitung beschädigt",
                "der Bahn",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            I(
                "saßen Reisende … fest",
                "Einem Bericht des Regionalsenders Nordwelle",
                "zufolge",
                "zufolge",
                ("media",),
            ),
            I(
                "die Reisenden zu spät informiert zu haben",
                "Der Fahrgastverband",
                "warf",
                "zu",
                ("org",),
            ),
            I("ob es für solche Fälle … gebe", "Sein Sprecher", "fragte", "ob", ("role",)),
        ],
    ),
    IP(
        "windpark-ostheim",
        "Streit um Windpark geht weiter",
        "Im Gemeinderat von Ostheim ist der geplante Windpark erneut Thema gewesen. "
        "Bürgermeisterin Sandra Vogel sagte, die Gemeinde werde an den Plänen festhalten. "
        "„Der Windpark ist unsere beste Einnahmequelle“, fügte sie hinzu. Die Anlagen brächten "
        "jährlich rund 200.000 Euro in die Kasse. Ohne diese Einnahmen müsse das Freibad "
        "schließen.\n\n"
        "Die Bürgerinitiative Gegenwind sieht das anders. Der Lärm sei für die Anwohner "
        "unzumutbar, erklärte ihr Sprecher Holger Brandt. Wäre der Windpark zehn Jahre früher "
        "geplant worden, hätte es kaum Widerstand gegeben.",
        [Q("Der Windpark ist", "fügte {sie} hinzu", "fügte", "P1+P8", ("pronoun",))],
        [
            I(
                "die Gemeinde werde an den Plänen festhalten",
                "Bürgermeisterin Sandra Vogel",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Die Anlagen brächten … schließen.",
                "fügte {sie} hinzu",
                None,
                "cont+konj2",
                ("pronoun", "after-direct", "multi-sentence"),
            ),
            I(
                "Der Lärm sei für die Anwohner unzumutbar",
                "ihr Sprecher Holger Brandt",
                "erklärte",
                "konj1",
                ("person",),
            ),
            N("Wäre der Windpark … Widerstand gegeben", "not-konj2", "conditional"),
        ],
    ),
    IP(
        "schlafstudie-freiburg",
        "Jugendliche schlafen immer weniger",
        "Die Universität Talstadt hat am Mittwoch eine Studie zum Schlaf von Jugendlichen "
        "veröffentlicht. Der Studie zufolge schlafen 14- bis 17-Jährige unter der Woche im "
        "Schnitt nur noch sechseinhalb Stunden. Das Smartphone im Schlafzimmer sei der "
        "wichtigste Grund, schreiben die Autorinnen. Laut Studienleiterin Maren Holt reicht es "
        "schon, das Gerät eine Stunde vor dem Einschlafen wegzulegen.\n\n"
        "Die Schulen könnten nach Ansicht der Forscherinnen helfen, indem der Unterricht später "
        "beginnt. Wie im Vorjahr beteiligten sich über 3000 Schülerinnen und Schüler an der "
        "Befragung. Um die Studie abzuschließen, brauchte das Team vier Jahre.",
        [],
        [
            I(
                "schlafen 14- … sechseinhalb Stunden",
                "Der Studie",
                "zufolge",
                "zufolge",
                ("document",),
            ),
            I(
                "Das Smartphone im Schlafzimmer sei der wichtigste Grund",
                "die Autorinnen",
                "schreiben",
                "konj1",
                ("role",),
            ),
            I(
                "reicht es schon … wegzulegen",
                "Studienleiterin Maren Holt",
                "Laut",
                "laut",
                ("person",),
            ),
            I(
                "Die Schulen könnten",
                "der Forscherinnen",
                "nach Ansicht",
                "angaben+split",
                ("role", "nach-ansicht"),
                part=(0, 2),
            ),
            I(
                "helfen, indem der Unterricht später beginnt",
                "der Forscherinnen",
                "nach Ansicht",
                "angaben+split",
                ("role", "nach-ansicht"),
                part=(1, 2),
            ),
            N("Wie im Vorjahr … an der Befragung", "not-wie", "comparison"),
            N("Um die Studie abzuschließen", "not-zu", "purpose"),
        ],
    ),
    IP(
        "untreue-bankangestellter",
        "Haftstrafe für früheren Bankangestellten",
        "Das Landgericht Weidenau hat einen früheren Bankangestellten zu drei Jahren Haft "
        "verurteilt. Der 52-Jährige hatte über Jahre Geld von Kundenkonten abgezweigt. In der "
        "Urteilsbegründung heißt es, der Angeklagte habe das Vertrauen seiner Kunden "
        "systematisch missbraucht. Der Vorsitzende Richter Konrad Wiese betonte, dass die "
        "Kammer das Geständnis strafmildernd berücksichtigt habe.\n\n"
        "Der Verteidiger kündigte an, Revision einzulegen. Ob sein Mandant die Strafe antreten "
        "muss, ist damit noch offen. Wie die Lokalzeitung Weidenauer Bote berichtete, hat die "
        "Bank den Schaden inzwischen ersetzt.",
        [],
        [
            I(
                "der Angeklagte habe … missbraucht",
                "Urteilsbegründung",
                "heißt",
                "konj1",
                ("document",),
            ),
            I(
                "dass die Kammer … berücksichtigt habe",
                "Der Vorsitzende Richter Konrad Wiese",
                "betonte",
                "dass",
                ("person",),
            ),
            I("Revision einzulegen", "Der Verteidiger", "kündigte", "zu", ("role",)),
            N("Ob sein Mandant die Strafe antreten muss", "not-ob", "unclear"),
            I(
                "hat die Bank den Schaden inzwischen ersetzt",
                "die Lokalzeitung Weidenauer Bote",
                "berichtete",
                "wie",
                ("media",),
            ),
        ],
    ),
    IP(
        "unfall-bundesstrasse",
        "Zwei Schwerverletzte nach Frontalzusammenstoß",
        "Bei einem Unfall auf der Bundesstraße 27 sind am Samstagabend zwei Menschen schwer "
        "verletzt worden. Nach Angaben der Polizei war ein Autofahrer in einer Kurve auf die "
        "Gegenspur geraten. Der Wagen stieß dort laut einem Polizeisprecher frontal mit einem "
        "Kleintransporter zusammen. Beide Fahrer wurden mit Rettungshubschraubern in Kliniken "
        "gebracht.\n\n"
        "Ein Zeuge berichtete der Polizei, der Autofahrer sei schon vorher in Schlangenlinien "
        "gefahren. Ob Alkohol im Spiel war, ist noch unklar.",
        [],
        [
            I(
                "war ein Autofahrer … Gegenspur geraten",
                "Angaben {der Polizei}",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            I(
                "Der Wagen stieß dort",
                "einem Polizeisprecher",
                "laut",
                "laut+split",
                ("role",),
                part=(0, 2),
            ),
            I(
                "frontal mit einem Kleintransporter zusammen",
                "einem Polizeisprecher",
                "laut",
                "laut+split",
                ("role",),
                part=(1, 2),
            ),
            I("der Autofahrer sei … gefahren", "Ein Zeuge", "berichtete", "konj1", ("role",)),
            N("Ob Alkohol im Spiel war", "not-ob", "unclear"),
        ],
    ),
    IP(
        "handyverbot-rodach",
        "Gymnasium verbietet Handys in den Pausen",
        "Am Lessing-Gymnasium in Rodenau gilt ab Montag ein Handyverbot in den Pausen. "
        "Schulleiter Bernd Kuhnert sagte, er habe lange gezögert. Am Ende hätten ihn die Klagen "
        "der Lehrkräfte überzeugt. Die Kinder bewegten sich in den Pausen kaum noch und redeten "
        "nicht mehr miteinander.\n\n"
        "Bei den Schülern kommt das Verbot weniger gut an. Man hätte die Schüler vorher fragen "
        "müssen, so Schülersprecher Till Ewald. Die Elternvertretung erklärte, dass sie das "
        "Verbot unterstütze.",
        [],
        [
            I("er habe lange gezögert", "Schulleiter Bernd Kuhnert", "sagte", "konj1", ("person",)),
            I(
                "Am Ende hätten … miteinander.",
                "Schulleiter Bernd Kuhnert",
                None,
                "cont+konj2",
                ("person", "multi-sentence"),
            ),
            I(
                "Man hätte die Schüler vorher fragen müssen",
                "Schülersprecher Till Ewald",
                "so",
                "so",
                ("person", "hypothetical"),
            ),
            I(
                "dass sie das Verbot unterstütze",
                "Die Elternvertretung",
                "erklärte",
                "dass",
                ("org",),
            ),
        ],
    ),
    IP(
        "strompreise-sueden",
        "Strom wird teurer",
        "Die Strompreise für Haushaltskunden in Süddeutschland steigen im Frühjahr erneut. Das "
        "Vergleichsportal Tarifblick teilte mit, viele Versorger würden ihre Preise um zehn bis "
        "15 Prozent anheben. Kunden sollten deshalb ihre Verträge prüfen, empfahl eine "
        "Sprecherin. Dem Magazin Geldwoche zufolge geben Haushalte inzwischen fast ein Zehntel "
        "ihres Einkommens für Energie aus.\n\n"
        "Die Verbraucherzentrale erklärte, wie man einen günstigeren Anbieter findet. Die Preise "
        "seien regional sehr unterschiedlich, wie der Energieexperte Paul Sander betonte.",
        [],
        [
            I(
                "viele Versorger würden … anheben",
                "Das Vergleichsportal Tarifblick",
                "teilte",
                "konj2",
                ("org",),
            ),
            I(
                "Kunden sollten deshalb ihre Verträge prüfen",
                "eine Sprecherin",
                "empfahl",
                "konj2",
                ("role",),
            ),
            I(
                "geben Haushalte … für Energie aus",
                "Dem Magazin Geldwoche",
                "zufolge",
                "zufolge",
                ("media",),
            ),
            I(
                "wie man einen günstigeren Anbieter findet",
                "Die Verbraucherzentrale",
                "erklärte",
                "w",
                ("org",),
            ),
            I(
                "Die Preise seien regional sehr unterschiedlich",
                "der Energieexperte Paul Sander",
                "betonte",
                "wie+konj1",
                ("person",),
            ),
        ],
    ),
    IP(
        "trainerwechsel-sandhofen",
        "Sandhofen trennt sich von Trainer Lenz",
        "Der Zweitligist Eintracht Sandhofen hat sich von Trainer Mirko Lenz getrennt. Die "
        "Entscheidung, sagte Sportvorstand Uli Berger am Sonntag, sei ihm nicht leichtgefallen. "
        "Nach fünf Niederlagen in Serie habe man aber handeln müssen. Einen Nachfolger wolle "
        "der Verein bis Mittwoch vorstellen.\n\n"
        "Lenz bestritt, die Kontrolle über die Kabine verloren zu haben. „Ich habe mir nichts "
        "vorzuwerfen“, sagte der 47-Jährige. Er sei überzeugt, dass die Mannschaft noch hinter "
        "ihm stehe, sagte er dem Sender Sportradio Süd.",
        [
            Q(
                "Ich habe mir nichts",
                "der 47-Jährige",
                "{sagte} der 47-Jährige",
                "P1+P8",
                ("nominal",),
            )
        ],
        [
            I(
                "Die Entscheidung",
                "Sportvorstand Uli Berger",
                "{sagte} Sportvorstand",
                "konj1+split",
                ("person",),
                part=(0, 2),
            ),
            I(
                "sei ihm nicht leichtgefallen",
                "Sportvorstand Uli Berger",
                "{sagte} Sportvorstand",
                "konj1+split",
                ("person",),
                part=(1, 2),
            ),
            I(
                "Nach fünf Niederlagen … vorstellen.",
                "Sportvorstand Uli Berger",
                None,
                "cont",
                ("person", "multi-sentence"),
            ),
            I(
                "die Kontrolle über die Kabine verloren zu haben",
                "{Lenz} bestritt",
                "bestritt",
                "zu",
                ("person",),
            ),
            I("Er sei überzeugt, dass … stehe", "sagte {er}", "{sagte} er", "konj1", ("pronoun",)),
        ],
    ),
    IP(
        "talsperre-gruenau",
        "Staumauer muss saniert werden",
        "Die Staumauer der Talsperre Grünau muss für rund 40 Millionen Euro saniert werden. Ein "
        "Gutachten des Landesamts für Wasserwirtschaft kommt zu dem Schluss, dass der Beton an "
        "mehreren Stellen porös ist. Eine akute Gefahr bestehe aber nicht, heißt es in dem "
        "Papier.\n\n"
        "Das Umweltministerium kündigte an, die Sanierung noch in diesem Jahr auszuschreiben. "
        "Die Arbeiten könnten laut Ministerium frühestens 2027 beginnen. Viele Anwohner haben "
        "versucht, über den Stand der Planung etwas zu erfahren.",
        [],
        [
            I(
                "dass der Beton an mehreren Stellen porös ist",
                "Ein Gutachten des Landesamts für Wasserwirtschaft",
                "kommt zu dem Schluss",
                "dass",
                ("document",),
            ),
            I(
                "Eine akute Gefahr bestehe aber nicht",
                "dem Papier",
                "heißt",
                "konj1",
                ("document",),
            ),
            I(
                "die Sanierung … auszuschreiben",
                "Das Umweltministerium",
                "kündigte",
                "zu",
                ("org",),
            ),
            I("Die Arbeiten könnten", "Ministerium", "laut", "laut+split", ("org",), part=(0, 2)),
            I(
                "frühestens 2027 beginnen",
                "Ministerium",
                "laut",
                "laut+split",
                ("org",),
                part=(1, 2),
            ),
            N("über den Stand der Planung etwas zu erfahren", "not-zu", "try"),
        ],
    ),
    IP(
        "tempolimit-landtag",
        "Opposition befragt Minister zum Tempolimit",
        "Im Landtag hat die Opposition Verkehrsminister Karl Heinemann zum Tempolimit befragt. "
        "Die Abgeordnete Lisa Wendt wollte wissen, wie viele Unfälle auf der Autobahn 7 auf "
        "überhöhte Geschwindigkeit zurückgehen. Heinemann antwortete, dazu gebe es keine "
        "belastbaren Zahlen. Ihr Fraktionskollege Omar Yilmaz fragte, ob der Minister ein "
        "Tempolimit zumindest auf Teilstrecken prüfen werde.\n\n"
        "Die Sitzung endete, ohne dass eine Entscheidung fiel.",
        [],
        [
            I(
                "wie viele Unfälle … zurückgehen",
                "Die Abgeordnete Lisa Wendt",
                "wollte wissen",
                "w",
                ("person",),
            ),
            I(
                "dazu gebe es keine belastbaren Zahlen",
                "{Heinemann} antwortete",
                "antwortete",
                "konj1",
                ("person",),
            ),
            I(
                "ob der Minister … prüfen werde",
                "Ihr Fraktionskollege Omar Yilmaz",
                "fragte",
                "ob",
                ("person",),
            ),
            N("ohne dass eine Entscheidung fiel", "not-dass", "circumstance"),
        ],
    ),
    IP(
        "elefantenkalb-ellern",
        "Elefantenkalb im Tierpark geboren",
        "Im Tierpark Ellern ist ein Elefantenkalb zur Welt gekommen. Tierpflegerin Jana Roth "
        "berichtete, die Geburt habe in der Nacht zum Dienstag nur eine knappe Stunde gedauert. "
        "Mutter und Kind seien wohlauf. Das Kalb trinke bereits regelmäßig.\n\n"
        "Zoodirektor Henrik Falk freute sich, dass nach sieben Jahren wieder Nachwuchs im "
        "Elefantenhaus lebt. Besucher können das Jungtier ab dem Wochenende sehen.",
        [],
        [
            I(
                "die Geburt habe … gedauert",
                "Tierpflegerin Jana Roth",
                "berichtete",
                "konj1",
                ("person",),
            ),
            I(
                "Mutter und Kind seien wohlauf. … regelmäßig.",
                "Tierpflegerin Jana Roth",
                None,
                "cont",
                ("person", "multi-sentence"),
            ),
            N("dass nach sieben Jahren … lebt", "not-dass", "emotion"),
        ],
    ),
    IP(
        "datenleck-kaufnetz",
        "Kundendaten von Onlinehändler abgeflossen",
        "Bei dem Onlinehändler Kaufnetz sind Kundendaten in falsche Hände geraten. Dass "
        "Unbekannte auf E-Mail-Adressen und Telefonnummern zugegriffen hätten, bestätigte das "
        "Unternehmen am Donnerstag. Zahlungsdaten seien nach bisherigem Stand nicht betroffen, "
        "sagte eine Sprecherin.\n\n"
        "Die Datenschutzbeauftragte des Landes, Ute Marquardt, forderte das Unternehmen auf, "
        "alle betroffenen Kunden umgehend zu informieren. Wie viele Menschen betroffen sind, "
        "weiß bisher niemand.",
        [],
        [
            I(
                "Dass Unbekannte … zugegriffen hätten",
                "bestätigte {das Unternehmen}",
                "bestätigte",
                "dass",
                ("org",),
            ),
            I(
                "Zahlungsdaten seien … nicht betroffen",
                "eine Sprecherin",
                "sagte",
                "konj1",
                ("role",),
            ),
            I(
                "alle betroffenen Kunden umgehend zu informieren",
                "Ute Marquardt",
                "forderte",
                "zu",
                ("person",),
            ),
            N("Wie viele Menschen betroffen sind", "not-w", "unclear"),
        ],
    ),
    IP(
        "traktoren-bremstedt",
        "Landwirte blockieren Innenstadt",
        "Mehrere Hundert Landwirte haben am Mittwoch mit ihren Traktoren die Innenstadt von "
        "Bremstedt blockiert. Nach Angaben der Veranstalter waren es rund 600 Fahrzeuge. Die "
        "Polizei zählte etwa 350. Der Kreisbauernverband erklärte, die Betriebe würden durch die "
        "neuen Auflagen in ihrer Existenz bedroht. Viele Höfe hätten schon aufgegeben.\n\n"
        "Die Blockade dauerte laut Stadtverwaltung knapp vier Stunden. Die Landwirte seien "
        "friedlich gewesen, so ein Polizeisprecher.",
        [],
        [
            I(
                "waren es rund 600 Fahrzeuge",
                "der Veranstalter",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            I(
                "die Betriebe würden … bedroht",
                "Der Kreisbauernverband",
                "erklärte",
                "konj2",
                ("org",),
            ),
            I(
                "Viele Höfe hätten schon aufgegeben.",
                "Der Kreisbauernverband",
                None,
                "cont+konj2",
                ("org",),
            ),
            I(
                "Die Blockade dauerte",
                "Stadtverwaltung",
                "laut",
                "laut+split",
                ("org",),
                part=(0, 2),
            ),
            I("knapp vier Stunden", "Stadtverwaltung", "laut", "laut+split", ("org",), part=(1, 2)),
            I(
                "Die Landwirte seien friedlich gewesen",
                "ein Polizeisprecher",
                "so",
                "so+konj1",
                ("role",),
            ),
        ],
    ),
    IP(
        "literaturpreis-santos",
        "Literaturpreis für Meret Santos",
        "Der Lindauer Literaturpreis geht in diesem Jahr an die Autorin Meret Santos. Die Jury "
        "lobte, dass ihr Roman Erinnerung und Gegenwart auf kunstvolle Weise verbinde. Santos "
        "sagte bei der Verleihung, sie habe mit der Auszeichnung nicht gerechnet, und dankte "
        "ihrem Verlag.\n\n"
        "Wie erwartet war der Festsaal bis auf den letzten Platz besetzt.",
        [],
        [
            I("dass ihr Roman … verbinde", "Die Jury", "lobte", "dass", ("org",)),
            I(
                "sie habe mit der Auszeichnung nicht gerechnet",
                "{Santos} sagte",
                "sagte",
                "konj1",
                ("person",),
            ),
            N("Wie erwartet … besetzt", "not-wie", "comparison"),
        ],
    ),
    IP(
        "rhein-pegel",
        "Rhein steigt weiter",
        "Der Rhein bei Kaub ist über Nacht um fast einen Meter gestiegen. Der Pegel werde, wie "
        "das Hochwassermeldezentrum am Morgen mitteilte, am Donnerstag seinen Höchststand "
        "erreichen. Die Schifffahrt sei bereits eingestellt worden. Anwohner der Uferstraße "
        "sollten ihre Keller räumen.\n\n"
        "Der aktuellen Prognose zufolge bleibt die Altstadt diesmal trocken. Dass sie verschont "
        "bleibt, liegt an der neuen Schutzmauer.",
        [],
        [
            I(
                "Der Pegel werde",
                "das Hochwassermeldezentrum",
                "mitteilte",
                "wie+split",
                ("org",),
                part=(0, 2),
            ),
            I(
                "am Donnerstag seinen Höchststand erreichen",
                "das Hochwassermeldezentrum",
                "mitteilte",
                "wie+split",
                ("org",),
                part=(1, 2),
            ),
            I(
                "Die Schifffahrt sei … räumen.",
                "das Hochwassermeldezentrum",
                None,
                "cont+konj2",
                ("org", "multi-sentence"),
            ),
            I(
                "bleibt die Altstadt diesmal trocken",
                "Der aktuellen Prognose",
                "zufolge",
                "zufolge",
                ("document",),
            ),
            N("Dass sie verschont bleibt", "not-dass", "fact"),
        ],
    ),
    IP(
        "moebelindustrie-tarif",
        "Einigung in der Möbelindustrie",
        "Nach drei Verhandlungsrunden haben sich die Gewerkschaft IG Holz und die Arbeitgeber "
        "der Möbelindustrie geeinigt. Die Löhne steigen laut der Gewerkschaft in zwei Stufen um "
        "insgesamt sieben Prozent. Verhandlungsführer Dieter Brenner sagte, beide Seiten hätten "
        "sich bewegt. Die Arbeitgeber betonten, mehr sei angesichts der schwachen Auftragslage "
        "nicht möglich gewesen.\n\n"
        "Die Beschäftigten erhalten zudem eine Einmalzahlung. Ob die Mitglieder dem Ergebnis "
        "zustimmen, entscheidet sich in einer Urabstimmung.",
        [],
        [
            I("Die Löhne steigen", "der Gewerkschaft", "laut", "laut+split", ("org",), part=(0, 2)),
            I(
                "in zwei Stufen um insgesamt sieben Prozent",
                "der Gewerkschaft",
                "laut",
                "laut+split",
                ("org",),
                part=(1, 2),
            ),
            I(
                "beide Seiten hätten sich bewegt",
                "Verhandlungsführer Dieter Brenner",
                "sagte",
                "konj2",
                ("person",),
            ),
            I("mehr sei … nicht möglich gewesen", "Die Arbeitgeber", "betonten", "konj1", ("org",)),
            N("Ob die Mitglieder dem Ergebnis zustimmen", "not-ob", "vote"),
        ],
    ),
    IP(
        "maskenaffaere-kranz",
        "Minister unter Druck",
        "Landesgesundheitsminister Tobias Kranz steht wegen einer Maskenaffäre unter Druck. Die "
        "Zeitung Morgenecho berichtete am Samstag, dass sein Ministerium einen Auftrag ohne "
        "Ausschreibung an die Firma eines Parteifreunds vergeben habe. Der Minister bestritt, "
        "von der Vergabe gewusst zu haben. Er habe von dem Vorgang erst aus der Zeitung erfahren, "
        "sagte er.\n\n"
        "Die Opposition verlangte, dass Kranz zurücktritt. Es sei „schlicht unglaubwürdig“, "
        "dass ein Minister von einem Auftrag über zwei Millionen Euro nichts wisse, sagte die "
        "Fraktionschefin der Grünen, Carla Mendes.",
        [
            Q(
                "schlicht unglaubwürdig",
                "Carla Mendes",
                "{sagte} die Fraktionschefin",
                "P5",
                nested=True,
            )
        ],
        [
            I(
                "dass sein Ministerium … vergeben habe",
                "Die Zeitung Morgenecho",
                "berichtete",
                "dass",
                ("media",),
            ),
            I("von der Vergabe gewusst zu haben", "Der Minister", "bestritt", "zu", ("role",)),
            I(
                "Er habe von dem Vorgang … erfahren",
                "sagte {er}",
                "{sagte} er",
                "konj1",
                ("pronoun",),
            ),
            I("dass Kranz zurücktritt", "Die Opposition", "verlangte", "dass", ("org",)),
            I(
                "Es sei „schlicht … nichts wisse",
                "Carla Mendes",
                "{sagte} die Fraktionschefin",
                "konj1",
                ("person", "contains-quote"),
            ),
        ],
    ),
    IP(
        "sturmtief-kueste",
        "Wetterdienst warnt vor Orkanböen",
        "Ein Sturmtief zieht am Wochenende über Norddeutschland. Der Wetterdienst warnte am "
        "Freitag, an der Küste seien Orkanböen mit bis zu 130 Kilometern pro Stunde möglich. "
        "Auch im Binnenland würden umstürzende Bäume den Verkehr behindern. Spaziergänge im "
        "Wald sollten unbedingt vermieden werden.\n\n"
        "Die Bahn kündigte an, den Fernverkehr in Schleswig-Holstein am Samstag vorsorglich "
        "einzustellen. Laut dem Bahnsprecher Ralf Timm sind Regionalzüge bisher nicht "
        "betroffen. Viele Reisende versuchten, noch am Freitagabend nach Hause zu kommen.",
        [],
        [
            I("an der Küste seien … möglich", "Der Wetterdienst", "warnte", "konj1", ("org",)),
            I(
                "Auch im Binnenland würden … vermieden werden.",
                "Der Wetterdienst",
                None,
                "cont+konj2",
                ("org", "multi-sentence"),
            ),
            I("den Fernverkehr … einzustellen", "Die Bahn", "kündigte", "zu", ("org",)),
            I(
                "sind Regionalzüge bisher nicht betroffen",
                "dem Bahnsprecher Ralf Timm",
                "Laut",
                "laut",
                ("person",),
            ),
            N("noch am Freitagabend nach Hause zu kommen", "not-zu", "try"),
        ],
    ),
    IP(
        "lieferfix-insolvenz",
        "Start-up Lieferfix ist pleite",
        "Das Berliner Start-up Lieferfix hat Insolvenz angemeldet. Gründer Malte Sommer "
        "erklärte in einem Schreiben an die Belegschaft, warum die letzte Finanzierungsrunde "
        "gescheitert ist: Zwei Investoren seien kurzfristig abgesprungen. Dem Branchendienst "
        "Gründerszene Ost zufolge arbeiten bei dem Unternehmen rund 250 Menschen.\n\n"
        "Der Insolvenzverwalter sagte, er prüfe, ob sich ein Käufer finde.",
        [],
        [
            I(
                "warum die letzte Finanzierungsrunde gescheitert ist",
                "Gründer Malte Sommer",
                "erklärte",
                "w",
                ("person",),
            ),
            I(
                "Zwei Investoren seien kurzfristig abgesprungen.",
                "Gründer Malte Sommer",
                None,
                "cont",
                ("person", "after-colon"),
            ),
            I(
                "arbeiten bei dem Unternehmen rund 250 Menschen",
                "Dem Branchendienst Gründerszene Ost",
                "zufolge",
                "zufolge",
                ("media",),
            ),
            I(
                "er prüfe, ob sich ein Käufer finde",
                "Der Insolvenzverwalter",
                "sagte",
                "konj1",
                ("role",),
            ),
        ],
    ),
    IP(
        "glocken-hollfeld",
        "Die Glocken läuten wieder",
        "Die Glocken der Marienkirche in Hollfeld läuten wieder. Gott sei Dank habe die "
        "Gemeinde die Reparatur ohne Kredit stemmen können, sagte Pfarrerin Ruth Albers bei der "
        "Feier am Sonntag. Gut 30.000 Euro hätten Spender in nur einem Jahr "
        "zusammengetragen.\n\n"
        "Der Kirchenvorstand hatte die Reparatur vor zwei Jahren beschlossen, koste es, was es "
        "wolle.",
        [],
        [
            I(
                "Gott sei Dank habe … stemmen können",
                "Pfarrerin Ruth Albers",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Gut 30.000 Euro hätten … zusammengetragen.",
                "Pfarrerin Ruth Albers",
                None,
                "cont+konj2",
                ("person",),
            ),
            N("koste es, was es wolle", "not-konj1", "formula"),
        ],
    ),
    IP(
        "kochkurse-talheim",
        "Kochkurse für Einsteiger",
        "Die Volkshochschule Talheim bietet im Herbst wieder Kochkurse für Einsteiger an. "
        "Kursleiterin Gisela Hahn sagte, die Kurse richteten sich vor allem an junge Leute, die "
        "noch nie selbst gekocht hätten. Viele wüssten nicht einmal, wie man Kartoffeln "
        "schält.\n\n"
        "Sei es beim Brotbacken oder beim Einkochen, die Teilnehmer lernen an acht Abenden die "
        "wichtigsten Grundtechniken. Die Anmeldung ist ab sofort möglich.",
        [],
        [
            I(
                "die Kurse richteten … gekocht hätten",
                "Kursleiterin Gisela Hahn",
                "sagte",
                "konj2",
                ("person",),
            ),
            I(
                "Viele wüssten nicht einmal, wie man Kartoffeln schält.",
                "Kursleiterin Gisela Hahn",
                None,
                "cont+konj2",
                ("person",),
            ),
            N("Sei es beim Brotbacken … Grundtechniken", "not-konj1", "formula"),
        ],
    ),
    IP(
        "nachtflug-wendlingen",
        "Gericht erlaubt Nachtflüge",
        "Der Flughafen Wendlingen darf künftig auch nach 23 Uhr Frachtmaschinen abfertigen. Das "
        "Verwaltungsgericht wies eine Klage von Anwohnern ab. Die Richter erklärten, die "
        "Interessen der Nachbarn seien ausreichend berücksichtigt worden. Die Bürgerinitiative "
        "Ruhige Nächte kündigte an, gegen das Urteil Beschwerde einzulegen.\n\n"
        "Am Flughafen starten nach Angaben der Betreibergesellschaft derzeit pro Nacht etwa "
        "zwölf Maschinen.",
        [],
        [
            I(
                "die Interessen der Nachbarn … berücksichtigt worden",
                "Die Richter",
                "erklärten",
                "konj1",
                ("role",),
            ),
            I(
                "gegen das Urteil Beschwerde einzulegen",
                "Die Bürgerinitiative Ruhige Nächte",
                "kündigte",
                "zu",
                ("org",),
            ),
            I(
                "Am Flughafen starten",
                "der Betreibergesellschaft",
                "nach Angaben",
                "angaben+split",
                ("org",),
                part=(0, 2),
            ),
            I(
                "derzeit pro Nacht etwa zwölf Maschinen",
                "der Betreibergesellschaft",
                "nach Angaben",
                "angaben+split",
                ("org",),
                part=(1, 2),
            ),
        ],
    ),
    IP(
        "lagerhallenbrand-kornstadt",
        "Fragen nach dem Großbrand",
        "Nach dem Brand in einer Lagerhalle in Kornstadt hatten Journalisten viele Fragen an "
        "die Feuerwehr. Ein Reporter des Radiosenders Welle Mitte fragte, ob die Halle "
        "überhaupt eine Brandmeldeanlage hatte. Kommandant Peter Lauer antwortete, die Anlage "
        "sei zwei Wochen vor dem Feuer gewartet worden. Ein anderer Journalist wollte wissen, "
        "wann die Anwohner wieder lüften dürfen. Lauer sagte, die Messwerte würden bis zum Abend "
        "vorliegen.\n\n"
        "Wie der Brand entstanden ist, untersucht nun die Kriminalpolizei.",
        [],
        [
            I(
                "ob die Halle … hatte",
                "Ein Reporter des Radiosenders Welle Mitte",
                "fragte",
                "ob",
                ("role",),
            ),
            I(
                "die Anlage sei … gewartet worden",
                "Kommandant Peter Lauer",
                "antwortete",
                "konj1",
                ("person",),
            ),
            I(
                "wann die Anwohner wieder lüften dürfen",
                "Ein anderer Journalist",
                "wollte wissen",
                "w",
                ("role",),
            ),
            I(
                "die Messwerte würden bis zum Abend vorliegen",
                "{Lauer} sagte",
                "sagte",
                "konj2",
                ("person",),
            ),
            N("Wie der Brand entstanden ist", "not-w", "unclear"),
        ],
    ),
    IP(
        "ermittlungen-ebert",
        "Ermittlungen gegen Bürgermeister",
        "Gegen den Bürgermeister von Altwiesen, Frank Ebert, wird wegen Vorteilsannahme "
        "ermittelt. Die Staatsanwaltschaft bestätigte am Montag, dass es ein Verfahren gebe. Der "
        "Sender Radio Altwiesen berichtete, Ebert habe sich von einem Bauunternehmer eine "
        "Urlaubsreise bezahlen lassen. Ebert erklärte, er habe die Reise selbst bezahlt und "
        "könne das belegen.\n\n"
        "Der Gemeinderat kommt am Donnerstag zu einer Sondersitzung zusammen.",
        [],
        [
            I(
                "dass es ein Verfahren gebe",
                "Die Staatsanwaltschaft",
                "bestätigte",
                "dass",
                ("org",),
            ),
            I(
                "Ebert habe sich … bezahlen lassen",
                "Der Sender Radio Altwiesen",
                "berichtete",
                "konj1",
                ("media",),
            ),
            I(
                "er habe die Reise selbst bezahlt und könne das belegen",
                "{Ebert} erklärte",
                "erklärte",
                "konj1",
                ("person",),
            ),
        ],
    ),
    IP(
        "ferienwohnungen-seestadt",
        "Mieterverein will Ferienwohnungen verbieten",
        "Der Mieterverein Seestadt fordert, Ferienwohnungen in der Altstadt zu verbieten. Jede "
        "vierte Wohnung werde dort inzwischen an Touristen vermietet, so der Vorsitzende Klaus "
        "Meinert. Für Familien gebe es kaum noch bezahlbaren Wohnraum.\n\n"
        "Die Stadtverwaltung prüft laut Oberbürgermeisterin Elke Brandl eine Obergrenze. Ein "
        "komplettes Verbot sei rechtlich kaum durchzusetzen, hieß es aus dem Rathaus. Bisher ist "
        "es der Stadt nicht gelungen, illegale Vermietungen wirksam zu verfolgen.",
        [],
        [
            I(
                "Ferienwohnungen in der Altstadt zu verbieten",
                "Der Mieterverein Seestadt",
                "fordert",
                "zu",
                ("org",),
            ),
            I(
                "Jede vierte Wohnung … vermietet",
                "der Vorsitzende Klaus Meinert",
                "so",
                "so+konj1",
                ("person",),
            ),
            I(
                "Für Familien gebe es kaum noch bezahlbaren Wohnraum.",
                "der Vorsitzende Klaus Meinert",
                None,
                "cont",
                ("person",),
            ),
            I(
                "Die Stadtverwaltung prüft",
                "Oberbürgermeisterin Elke Brandl",
                "laut",
                "laut+split",
                ("person",),
                part=(0, 2),
            ),
            I(
                "eine Obergrenze",
                "Oberbürgermeisterin Elke Brandl",
                "laut",
                "laut+split",
                ("person",),
                part=(1, 2),
            ),
            I("Ein komplettes Verbot … durchzusetzen", "dem Rathaus", "hieß", "konj1", ("org",)),
            N("illegale Vermietungen wirksam zu verfolgen", "not-zu", "manage"),
        ],
    ),
    IP(
        "hausarzt-birkach",
        "Letzte Hausarztpraxis schließt",
        "In der Gemeinde Birkach schließt Ende März die letzte Hausarztpraxis. Der 71-jährige "
        "Allgemeinmediziner Georg Lenhardt sagte, er habe fünf Jahre lang vergeblich einen "
        "Nachfolger gesucht. Ein Sprecher der Kassenärztlichen Vereinigung räumte ein, dass die "
        "Versorgung auf dem Land immer schwieriger werde.\n\n"
        "Die nächste Praxis liegt zwölf Kilometer entfernt, sodass viele ältere Patienten auf "
        "Fahrdienste angewiesen sind.",
        [],
        [
            I(
                "er habe fünf Jahre … gesucht",
                "Der 71-jährige Allgemeinmediziner Georg Lenhardt",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "dass die Versorgung … schwieriger werde",
                "Ein Sprecher der Kassenärztlichen Vereinigung",
                "räumte",
                "dass",
                ("role",),
            ),
            N("sodass viele ältere Patienten … angewiesen sind", "not-dass", "consequence"),
        ],
    ),
    IP(
        "umfrage-dornberg",
        "Amtsinhaber liegt in Umfrage vorn",
        "Vier Wochen vor der Kommunalwahl in Dornberg liegt Amtsinhaber Erik Pfeiffer in "
        "Umfragen vorn. Einer Umfrage des Instituts Meinungsbild zufolge käme er derzeit auf 41 "
        "Prozent der Stimmen. Seine Herausforderin Nadine Kurz von der Wählerliste Neues "
        "Dornberg erklärte, die Wahl sei noch lange nicht entschieden. Viele Wähler hätten sich "
        "noch nicht festgelegt.\n\n"
        "Pfeiffer sagte der Zeitung Dornberger Anzeiger, er werde sich auf die Zahlen nicht "
        "verlassen.",
        [],
        [
            I(
                "käme er derzeit auf 41 Prozent der Stimmen",
                "Einer Umfrage des Instituts Meinungsbild",
                "zufolge",
                "zufolge",
                ("document",),
            ),
            I(
                "die Wahl sei noch lange nicht entschieden",
                "Seine Herausforderin Nadine Kurz",
                "erklärte",
                "konj1",
                ("person",),
            ),
            I(
                "Viele Wähler hätten sich noch nicht festgelegt.",
                "Seine Herausforderin Nadine Kurz",
                None,
                "cont+konj2",
                ("person",),
            ),
            I(
                "er werde sich auf die Zahlen nicht verlassen",
                "{Pfeiffer} sagte",
                "sagte",
                "konj1",
                ("person",),
            ),
        ],
    ),
    IP(
        "erdbeben-provinz",
        "Erdbeben im Osten der Türkei",
        "Ein Erdbeben der Stärke 6,1 hat am Dienstag den Osten der Türkei erschüttert. Nach "
        "Angaben der Katastrophenschutzbehörde kamen mindestens zwölf Menschen ums Leben. Wie "
        "die Nachrichtenagentur Ostpress berichtete, stürzten in der Provinzhauptstadt mehrere "
        "Wohnhäuser ein. Rettungskräfte suchten die ganze Nacht nach Verschütteten.\n\n"
        "Der Gouverneur der Provinz sagte im Fernsehen, die Zahl der Toten könne noch steigen. "
        "Die Regierung habe Zelte und Decken in die Region geschickt.",
        [],
        [
            I(
                "kamen mindestens zwölf Menschen ums Leben",
                "der Katastrophenschutzbehörde",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            I(
                "stürzten in der Provinzhauptstadt mehrere Wohnhäuser ein",
                "die Nachrichtenagentur Ostpress",
                "berichtete",
                "wie",
                ("media",),
            ),
            I(
                "die Zahl der Toten könne noch steigen",
                "Der Gouverneur der Provinz",
                "sagte",
                "konj1",
                ("role",),
            ),
            I(
                "Die Regierung habe … geschickt.",
                "Der Gouverneur der Provinz",
                None,
                "cont",
                ("role",),
            ),
        ],
    ),
    IP(
        "hallenbad-lengfurt",
        "Hallenbad bleibt ein weiteres Jahr zu",
        "Das Hallenbad in Lengfurt bleibt wegen der Sanierung ein weiteres Jahr geschlossen. Der "
        "Bäderchef der Stadtwerke, Michael Sturm, sagte am Mittwoch: Bei der Prüfung der Decke "
        "seien gravierende Mängel aufgefallen. Er versprach, das Bad spätestens zum Schuljahr "
        "2027 wieder zu öffnen.\n\n"
        "Die Schwimmvereine sind enttäuscht. Es wäre schön, wenn die Kinder wenigstens im "
        "Sommer im Freibad trainieren könnten, hofft die Vorsitzende des SV Lengfurt, Bettina "
        "Roos.",
        [],
        [
            I(
                "Bei der Prüfung der Decke … aufgefallen",
                "Michael Sturm",
                "sagte",
                "konj1",
                ("person", "after-colon"),
            ),
            I(
                "das Bad spätestens … wieder zu öffnen",
                "{Er} versprach",
                "versprach",
                "zu",
                ("pronoun",),
            ),
            I(
                "Es wäre schön, wenn … trainieren könnten",
                "Bettina Roos",
                "hofft",
                "konj2",
                ("person", "hypothetical"),
            ),
        ],
    ),
    IP(
        "handball-halbfinale",
        "Auerbach scheidet knapp aus",
        "Die Handballerinnen des TV Auerbach sind im Pokal-Halbfinale knapp ausgeschieden. Wäre "
        "der letzte Wurf eine Handbreit tiefer gekommen, hätte es Verlängerung gegeben. Die "
        "Mannschaft habe trotzdem ein großartiges Spiel gemacht, sagte Trainerin Svenja Lutz. "
        "Sie sei stolz auf jede einzelne Spielerin.\n\n"
        "Kapitänin Mia Berger kündigte an, im nächsten Jahr wieder anzugreifen.",
        [],
        [
            N("Wäre der letzte Wurf … Verlängerung gegeben", "not-konj2", "conditional"),
            I(
                "Die Mannschaft habe … gemacht",
                "Trainerin Svenja Lutz",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Sie sei stolz auf jede einzelne Spielerin.",
                "Trainerin Svenja Lutz",
                None,
                "cont",
                ("person",),
            ),
            I(
                "im nächsten Jahr wieder anzugreifen",
                "Kapitänin Mia Berger",
                "kündigte",
                "zu",
                ("person",),
            ),
        ],
    ),
    IP(
        "baugenehmigungen",
        "Weniger Baugenehmigungen",
        "Die Zahl der Baugenehmigungen ist im ersten Halbjahr deutlich gesunken. Wie das "
        "Statistische Landesamt am Freitag mitteilte, wurden 18 Prozent weniger Wohnungen "
        "genehmigt als im Vorjahreszeitraum. Besonders stark sei der Rückgang bei "
        "Einfamilienhäusern gewesen.\n\n"
        "Der Verband der Bauindustrie warnte, dass in zwei Jahren Zehntausende Wohnungen fehlen "
        "würden. Den Unternehmen fehlten Aufträge, sagte Hauptgeschäftsführerin Petra Lang. Die "
        "hohen Zinsen sind laut Landesbank der wichtigste Grund für die Zurückhaltung der "
        "Bauherren.",
        [],
        [
            I(
                "wurden 18 Prozent … Vorjahreszeitraum",
                "das Statistische Landesamt",
                "mitteilte",
                "wie",
                ("org",),
            ),
            I(
                "Besonders stark sei … gewesen.",
                "das Statistische Landesamt",
                None,
                "cont",
                ("org",),
            ),
            I(
                "dass in zwei Jahren … fehlen würden",
                "Der Verband der Bauindustrie",
                "warnte",
                "dass",
                ("org",),
            ),
            I(
                "Den Unternehmen fehlten Aufträge",
                "Hauptgeschäftsführerin Petra Lang",
                "sagte",
                "konj2",
                ("person",),
            ),
            I("Die hohen Zinsen sind", "Landesbank", "laut", "laut+split", ("org",), part=(0, 2)),
            I(
                "der wichtigste Grund … der Bauherren",
                "Landesbank",
                "laut",
                "laut+split",
                ("org",),
                part=(1, 2),
            ),
        ],
    ),
    IP(
        "mieterhoehung-tessin",
        "Post von der Wohnungsgesellschaft",
        "Die Mieter der Lindenstraße in Tessin haben Post von der Wohnungsgesellschaft "
        "bekommen. In dem Schreiben kündigt das Unternehmen an, die Mieten zum Jahresbeginn um "
        "acht Prozent zu erhöhen. Die Modernisierung der Fenster sei seit Jahren überfällig, "
        "heißt es in dem Brief weiter.\n\n"
        "Mieterin Helga Strunz sagte, sie wisse nicht, wie sie das bezahlen solle. Die Rente "
        "reiche schon jetzt kaum.",
        [],
        [
            I(
                "die Mieten zum Jahresbeginn … zu erhöhen",
                "das Unternehmen",
                "kündigt",
                "zu",
                ("org",),
            ),
            I(
                "Die Modernisierung der Fenster sei seit Jahren überfällig",
                "dem Brief",
                "heißt",
                "konj1",
                ("document",),
            ),
            I(
                "sie wisse nicht, wie sie das bezahlen solle",
                "Mieterin Helga Strunz",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Die Rente reiche schon jetzt kaum.",
                "Mieterin Helga Strunz",
                None,
                "cont",
                ("person",),
            ),
        ],
    ),
    IP(
        "schneechaos-allgaeu",
        "Schneechaos im Allgäu",
        "Starker Schneefall hat am Montag im Allgäu für Chaos gesorgt. Auf der A7 standen "
        "Lastwagen quer, wie die Autobahnpolizei mitteilte. Nach Angaben des "
        "Landratsamts fiel an mehreren Schulen der Unterricht aus.\n\n"
        "Wie jedes Jahr waren viele Autofahrer noch mit Sommerreifen unterwegs.",
        [],
        [
            I(
                "Auf der A7 standen Lastwagen quer",
                "die Autobahnpolizei",
                "mitteilte",
                "wie",
                ("org",),
            ),
            I(
                "fiel an mehreren Schulen der Unterricht aus",
                "des Landratsamts",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            N("Wie jedes Jahr … unterwegs", "not-wie", "comparison"),
        ],
    ),
    IP(
        "intendantin-hollbach",
        "Intendantin verlässt das Stadttheater",
        "Die Intendantin des Stadttheaters Hollbach, Vera Lindqvist, verlässt das Haus nach "
        "zehn Jahren. Sie betonte, dass ihr der Abschied schwerfalle. Das Ensemble sei in dieser "
        "Zeit zu einer Familie geworden. Ob sie ein neues Haus übernimmt, ließ sie offen.\n\n"
        "Der Kulturdezernent kündigte an, die Stelle bundesweit auszuschreiben.",
        [],
        [
            I(
                "dass ihr der Abschied schwerfalle",
                "{Sie} betonte",
                "betonte",
                "dass",
                ("pronoun",),
            ),
            I("Das Ensemble sei … geworden.", "{Sie} betonte", None, "cont", ("pronoun",)),
            I("Ob sie ein neues Haus übernimmt", "ließ {sie}", "ließ", "ob", ("pronoun",)),
            I(
                "die Stelle bundesweit auszuschreiben",
                "Der Kulturdezernent",
                "kündigte",
                "zu",
                ("role",),
            ),
        ],
    ),
    IP(
        "abwassergebuehren-kellerbach",
        "Abwasser wird teurer",
        "Die Abwassergebühren in Kellerbach steigen im kommenden Jahr um ein Fünftel. Dass die "
        "Erhöhung so hoch ausfalle, sagte Kämmerer Jörg Pohl, liege an der neuen Kläranlage. Die "
        "Stadt müsse die Kredite dafür über die Gebühren finanzieren.\n\n"
        "Die Fraktion der Freien Wähler kritisierte, die Verwaltung habe die Kosten der Anlage "
        "jahrelang kleingerechnet.",
        [],
        [
            I(
                "Dass die Erhöhung so hoch ausfalle",
                "Kämmerer Jörg Pohl",
                "sagte",
                "konj1+split",
                ("person", "dass-topic"),
                part=(0, 2),
            ),
            I(
                "liege an der neuen Kläranlage",
                "Kämmerer Jörg Pohl",
                "sagte",
                "konj1+split",
                ("person", "dass-topic"),
                part=(1, 2),
            ),
            I("Die Stadt müsse … finanzieren.", "Kämmerer Jörg Pohl", None, "cont", ("person",)),
            I(
                "die Verwaltung habe … kleingerechnet",
                "Die Fraktion der Freien Wähler",
                "kritisierte",
                "konj1",
                ("org",),
            ),
        ],
    ),
    IP(
        "falsche-handwerker",
        "Falsche Handwerker bestehlen Senioren",
        "In Rehburg sind falsche Handwerker unterwegs. Laut einem Sprecher der "
        "Polizeiinspektion haben Betrüger in den vergangenen Wochen mindestens sieben ältere "
        "Menschen um ihr Erspartes gebracht. Die Männer gäben sich als Mitarbeiter der "
        "Wasserwerke aus, sagte er. Sie lenkten ihre Opfer ab, während ein Komplize die Wohnung "
        "durchsuche.\n\n"
        "Die Polizei rät, niemanden ohne Ausweis in die Wohnung zu lassen.",
        [],
        [
            I(
                "haben Betrüger … gebracht",
                "einem Sprecher der Polizeiinspektion",
                "Laut",
                "laut",
                ("role",),
            ),
            I("Die Männer gäben sich … aus", "sagte {er}", "sagte", "konj2", ("pronoun",)),
            I(
                "Sie lenkten ihre Opfer ab … durchsuche.",
                "sagte {er}",
                None,
                "cont+konj2",
                ("pronoun",),
            ),
            I(
                "niemanden ohne Ausweis in die Wohnung zu lassen",
                "Die Polizei",
                "rät",
                "zu",
                ("org",),
            ),
        ],
    ),
    IP(
        "ganztag-grundschulen",
        "Ministerin will Ganztag für alle",
        "Kultusministerin Hanna Petersen hat am Dienstag ihre Pläne für eine Reform der "
        "Grundschulen vorgestellt. Sie erläuterte, wie das Land bis 2030 jede Grundschule zur "
        "Ganztagsschule machen will. Petersen versprach, dafür 2000 zusätzliche Stellen zu "
        "schaffen. Lehrerverbände bezweifeln, dass sich genug Bewerber finden.\n\n"
        "Die Ministerin räumte ein, der Zeitplan sei ehrgeizig.",
        [],
        [
            I("wie das Land … machen will", "{Sie} erläuterte", "erläuterte", "w", ("pronoun",)),
            I(
                "dafür 2000 zusätzliche Stellen zu schaffen",
                "{Petersen} versprach",
                "versprach",
                "zu",
                ("person",),
            ),
            I("dass sich genug Bewerber finden", "Lehrerverbände", "bezweifeln", "dass", ("org",)),
            I("der Zeitplan sei ehrgeizig", "Die Ministerin", "räumte", "konj1", ("role",)),
        ],
    ),
    IP(
        "brauerei-kessler",
        "Traditionsbrauerei vor dem Verkauf",
        "Die Zeitung Wirtschaftskurier berichtete am Donnerstag, die Traditionsbrauerei Kessler "
        "aus Hofheim werde an einen dänischen Konzern verkauft. Der Kaufpreis liege bei rund 80 "
        "Millionen Euro.\n\n"
        "Ein Sprecher der Brauerei bestätigte am Abend, dass Gespräche geführt würden. Alle 140 "
        "Arbeitsplätze blieben erhalten, versicherte er.",
        [],
        [
            I(
                "die Traditionsbrauerei Kessler … verkauft",
                "Die Zeitung Wirtschaftskurier",
                "berichtete",
                "konj1",
                ("media",),
            ),
            I(
                "Der Kaufpreis liege bei rund 80 Millionen Euro.",
                "Die Zeitung Wirtschaftskurier",
                None,
                "cont",
                ("media",),
            ),
            I(
                "dass Gespräche geführt würden",
                "Ein Sprecher der Brauerei",
                "bestätigte",
                "dass",
                ("role",),
            ),
            I(
                "Alle 140 Arbeitsplätze blieben erhalten",
                "versicherte {er}",
                "versicherte",
                "konj2",
                ("pronoun",),
            ),
        ],
    ),
    IP(
        "doktortitel-roloff",
        "Universität entzieht Doktortitel",
        "Die Universität Bergheim hat dem Landtagsabgeordneten Sven Roloff den Doktortitel "
        "entzogen. Im Abschlussbericht der Prüfungskommission heißt es, Roloff habe in großem "
        "Umfang fremde Texte ohne Kennzeichnung übernommen. Dem Bericht zufolge finden sich auf "
        "120 von 200 Seiten Plagiate.\n\n"
        "Roloffs Anwalt kündigte an, gegen die Entscheidung zu klagen. Sein Mandant habe nie "
        "absichtlich getäuscht, sagte der Anwalt.",
        [],
        [
            I(
                "Roloff habe … übernommen",
                "Abschlussbericht der Prüfungskommission",
                "heißt",
                "konj1",
                ("document",),
            ),
            I(
                "finden sich auf 120 von 200 Seiten Plagiate",
                "Dem Bericht",
                "zufolge",
                "zufolge",
                ("document",),
            ),
            I("gegen die Entscheidung zu klagen", "Roloffs Anwalt", "kündigte", "zu", ("role",)),
            I(
                "Sein Mandant habe nie absichtlich getäuscht",
                "der Anwalt",
                "sagte",
                "konj1",
                ("role",),
            ),
        ],
    ),
    IP(
        "keuchhusten-impfstoff",
        "Neuer Impfstoff schützt Säuglinge besser",
        "Ein neuer Impfstoff gegen Keuchhusten schützt Säuglinge offenbar besser als bisherige "
        "Präparate. In einer Studie mit 4000 Kindern schreiben die Autoren, dass die Zahl der "
        "Erkrankungen um zwei Drittel gesunken sei. Nebenwirkungen seien selten und meist "
        "harmlos gewesen.\n\n"
        "Der Kinderarzt Tobias Grün aus Mellrich rechnet damit, dass der Impfstoff in zwei "
        "Jahren zugelassen wird.",
        [],
        [
            I(
                "dass die Zahl der Erkrankungen … gesunken sei",
                "die Autoren",
                "schreiben",
                "dass",
                ("role",),
            ),
            I(
                "Nebenwirkungen seien selten und meist harmlos gewesen.",
                "die Autoren",
                None,
                "cont",
                ("role",),
            ),
            I(
                "dass der Impfstoff … zugelassen wird",
                "Der Kinderarzt Tobias Grün",
                "rechnet",
                "dass",
                ("person",),
            ),
        ],
    ),
    IP(
        "openair-rimsdorf",
        "Ärger nach Konzert im Stadtpark",
        "Ein Open-Air-Konzert im Stadtpark von Rimsdorf hat ein Nachspiel. Die Musik war bis "
        "nach Mitternacht so laut, dass Anwohner die Polizei riefen. Der Veranstalter Ralf "
        "Krüger sagte, man habe alle Auflagen eingehalten. Die Lautstärke sei an drei Stellen "
        "gemessen worden.\n\n"
        "Eine Anwohnerin erzählte, ihre Kinder hätten die ganze Nacht kein Auge zugetan.",
        [],
        [
            N("Die Musik war … die Polizei riefen", "not-laut", "adjective"),
            I(
                "man habe alle Auflagen eingehalten",
                "Der Veranstalter Ralf Krüger",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Die Lautstärke sei an drei Stellen gemessen worden.",
                "Der Veranstalter Ralf Krüger",
                None,
                "cont",
                ("person",),
            ),
            I("ihre Kinder hätten … zugetan", "Eine Anwohnerin", "erzählte", "konj2", ("role",)),
        ],
    ),
    IP(
        "autokorso-wellheim",
        "Autokorso nach dem Sieg",
        "Nach dem Sieg der Nationalmannschaft fuhr am Sonntagabend ein Autokorso durch "
        "Wellheim. Laut hupend zogen Hunderte Fans über den Ring. Ein Polizeisprecher sagte am "
        "Montag, die Feiern seien weitgehend friedlich verlaufen. Nur in der Bahnhofstraße habe "
        "es eine Rangelei gegeben.\n\n"
        "Laut gesungen wurde noch bis in die frühen Morgenstunden.",
        [],
        [
            N("Laut hupend zogen Hunderte Fans über den Ring", "not-laut", "adverb"),
            I(
                "die Feiern seien weitgehend friedlich verlaufen",
                "Ein Polizeisprecher",
                "sagte",
                "konj1",
                ("role",),
            ),
            I(
                "Nur in der Bahnhofstraße habe es eine Rangelei gegeben.",
                "Ein Polizeisprecher",
                None,
                "cont",
                ("role",),
            ),
            N("Laut gesungen … Morgenstunden", "not-laut", "adverb"),
        ],
    ),
    IP(
        "gemeindefusion-au",
        "Abstimmung über Gemeindefusion",
        "Die Bürgerinnen und Bürger von Unterau und Oberau stimmen am Sonntag darüber ab, ob "
        "ihre Gemeinden fusionieren. Bürgermeister Anton Gruber ist für den Zusammenschluss. "
        "Gemeinsam könne man sich eine hauptamtliche Verwaltung leisten, sagte er bei einer "
        "Versammlung. Die Gegner fürchten, dass Oberau als kleinerer Ort an Einfluss verliert. "
        "Der Sprecher der Initiative Eigenständiges Oberau, Lukas Wimmer, fragte, wer künftig "
        "über die Zukunft der Dorfschule entscheide.",
        [],
        [
            N("ob ihre Gemeinden fusionieren", "not-ob", "vote"),
            I("Gemeinsam könne man … leisten", "sagte {er}", "sagte", "konj1", ("pronoun",)),
            I(
                "dass Oberau als kleinerer Ort an Einfluss verliert",
                "Die Gegner",
                "fürchten",
                "dass",
                ("role",),
            ),
            I(
                "wer künftig über die Zukunft der Dorfschule entscheide",
                "Lukas Wimmer",
                "fragte",
                "w",
                ("person",),
            ),
        ],
    ),
    IP(
        "katze-baumkrone",
        "Feuerwehr rettet Katze",
        "Mit einer Drehleiter hat die Feuerwehr in Sennfeld am Mittwoch eine Katze aus einer "
        "Baumkrone gerettet. Das Tier saß nach Angaben der Besitzerin seit zwei Tagen in 15 "
        "Metern Höhe fest. Sie habe es mit Futter und gutem Zureden versucht, erzählte die "
        "68-Jährige. Doch die Katze sei immer weiter nach oben geklettert.\n\n"
        "Ein Feuerwehrmann fragte die Besitzerin scherzhaft, ob das Tier so etwas öfter mache.",
        [],
        [
            I(
                "Das Tier saß",
                "der Besitzerin",
                "nach Angaben",
                "angaben+split",
                ("role",),
                part=(0, 2),
            ),
            I(
                "seit zwei Tagen in 15 Metern Höhe fest",
                "der Besitzerin",
                "nach Angaben",
                "angaben+split",
                ("role",),
                part=(1, 2),
            ),
            I("Sie habe es … versucht", "die 68-Jährige", "erzählte", "konj1", ("role",)),
            I(
                "Doch die Katze sei immer weiter nach oben geklettert.",
                "die 68-Jährige",
                None,
                "cont",
                ("role",),
            ),
            I("ob das Tier so etwas öfter mache", "Ein Feuerwehrmann", "fragte", "ob", ("role",)),
        ],
    ),
    IP(
        "tankstellenueberfall-prozess",
        "Kassierer sagt im Prozess aus",
        "Im Prozess um den Überfall auf eine Tankstelle in Heidenau hat am Dienstag der "
        "Kassierer ausgesagt. Er schilderte, wie ein maskierter Mann mit einer Pistole in den "
        "Verkaufsraum gestürmt sei. Der Täter habe, so der 24-Jährige, etwa 800 Euro aus der "
        "Kasse verlangt. Danach sei er auf einem Fahrrad geflüchtet.\n\n"
        "Der Angeklagte bestreitet, an dem Überfall beteiligt gewesen zu sein. Wie sein "
        "Verteidiger sagte, hat er für die Tatzeit ein Alibi.",
        [],
        [
            I(
                "wie ein maskierter Mann … gestürmt sei",
                "{Er} schilderte",
                "schilderte",
                "w",
                ("pronoun",),
            ),
            I("Der Täter habe", "der 24-Jährige", "so", "so+konj1+split", ("role",), part=(0, 2)),
            I(
                "etwa 800 Euro aus der Kasse verlangt",
                "der 24-Jährige",
                "so",
                "so+konj1+split",
                ("role",),
                part=(1, 2),
            ),
            I(
                "Danach sei er auf einem Fahrrad geflüchtet.",
                "der 24-Jährige",
                None,
                "cont",
                ("role",),
            ),
            I(
                "an dem Überfall beteiligt gewesen zu sein",
                "Der Angeklagte",
                "bestreitet",
                "zu",
                ("role",),
            ),
            I("hat er für die Tatzeit ein Alibi", "sein Verteidiger", "sagte", "wie", ("role",)),
        ],
    ),
    IP(
        "duerre-brandenburg",
        "Landwirte erwarten schlechte Ernte",
        "Nach dem trockenen Sommer rechnen die Landwirte in der Uckerheide mit einer schlechten "
        "Ernte. Der Landesbauernverband geht davon aus, dass die Getreideernte um ein Drittel "
        "geringer ausfällt als im Durchschnitt. Die Betriebe bräuchten dringend Hilfe, sagte "
        "Verbandspräsident Henning Krause. Manche Höfe würden sonst den Winter nicht "
        "überstehen.\n\n"
        "Das Agrarministerium teilte mit, es prüfe ein Hilfsprogramm.",
        [],
        [
            I(
                "dass die Getreideernte … im Durchschnitt",
                "Der Landesbauernverband",
                "geht davon aus",
                "dass",
                ("org",),
            ),
            I(
                "Die Betriebe bräuchten dringend Hilfe",
                "Verbandspräsident Henning Krause",
                "sagte",
                "konj2",
                ("person",),
            ),
            I(
                "Manche Höfe würden sonst den Winter nicht überstehen.",
                "Verbandspräsident Henning Krause",
                None,
                "cont+konj2",
                ("person",),
            ),
            I("es prüfe ein Hilfsprogramm", "Das Agrarministerium", "teilte", "konj1", ("org",)),
        ],
    ),
    IP(
        "radunfaelle-ebersfeld",
        "Mehr Radunfälle in Ebersfeld",
        "Auf den Radwegen in Ebersfeld hat es im vergangenen Jahr so viele Unfälle gegeben wie "
        "nie zuvor. Laut dem Unfallbericht der Stadt wurden 214 Radfahrer verletzt, drei von "
        "ihnen tödlich. Die meisten Unfälle passierten dem Bericht zufolge an Kreuzungen.\n\n"
        "Nach Ende der Sommerferien führt die Stadt an fünf Kreuzungen eigene Ampelphasen für "
        "Radfahrer ein. Der Fahrradclub forderte, auch die Radwege zu verbreitern.",
        [],
        [
            N("Auf den Radwegen … wie nie zuvor", "not-wie", "comparison"),
            I(
                "wurden 214 Radfahrer verletzt, drei von ihnen tödlich",
                "dem Unfallbericht der Stadt",
                "Laut",
                "laut",
                ("document",),
            ),
            I(
                "Die meisten Unfälle passierten",
                "dem Bericht",
                "zufolge",
                "zufolge+split",
                ("document",),
                part=(0, 2),
            ),
            I(
                "an Kreuzungen",
                "dem Bericht",
                "zufolge",
                "zufolge+split",
                ("document",),
                part=(1, 2),
            ),
            N("Nach Ende der Sommerferien … Radfahrer ein", "not-nach", "time"),
            I("auch die Radwege zu verbreitern", "Der Fahrradclub", "forderte", "zu", ("org",)),
        ],
    ),
    IP(
        "turnverein-jubilaeum",
        "Turnverein feiert 150 Jahre",
        "Der Turnverein Grünhagen feiert sein 150-jähriges Bestehen. Vorsitzender Walter Kuhn "
        "erinnerte beim Festakt daran, dass der Verein 1875 von zwölf Handwerkern gegründet "
        "worden sei. Heute zähle er mehr als 1800 Mitglieder. Besonders stolz sei man auf die "
        "Kinderturngruppen. Die Halle platze allerdings aus allen Nähten.\n\n"
        "Landrätin Sabine Ott ließ offen, ob der Kreis den geplanten Anbau bezuschusst.",
        [],
        [
            I(
                "dass der Verein 1875 … gegründet worden sei",
                "Vorsitzender Walter Kuhn",
                "erinnerte",
                "dass",
                ("person",),
            ),
            I(
                "Heute zähle er … aus allen Nähten.",
                "Vorsitzender Walter Kuhn",
                None,
                "cont",
                ("person", "multi-sentence"),
            ),
            I(
                "ob der Kreis den geplanten Anbau bezuschusst",
                "Landrätin Sabine Ott",
                "ließ",
                "ob",
                ("person",),
            ),
        ],
    ),
    IP(
        "klinikkeim-seefeld",
        "Frühchen mit Klinikkeim infiziert",
        "In der Uniklinik Seefeld sind mehrere Frühchen an einem Krankenhauskeim erkrankt. Das "
        "Gesundheitsamt bestätigte am Freitag, dass drei Kinder behandelt würden. Die Station, "
        "sagte Klinikdirektorin Ines Warnke, sei vorsorglich für Neuaufnahmen gesperrt worden. "
        "Den Kindern gehe es den Umständen entsprechend gut.\n\n"
        "Woher der Keim stammt, ist noch unklar.",
        [],
        [
            I(
                "dass drei Kinder behandelt würden",
                "Das Gesundheitsamt",
                "bestätigte",
                "dass",
                ("org",),
            ),
            I(
                "Die Station",
                "Klinikdirektorin Ines Warnke",
                "sagte",
                "konj1+split",
                ("person",),
                part=(0, 2),
            ),
            I(
                "sei vorsorglich für Neuaufnahmen gesperrt worden",
                "Klinikdirektorin Ines Warnke",
                "sagte",
                "konj1+split",
                ("person",),
                part=(1, 2),
            ),
            I(
                "Den Kindern gehe es … gut.",
                "Klinikdirektorin Ines Warnke",
                None,
                "cont",
                ("person",),
            ),
            N("Woher der Keim stammt", "not-w", "unclear"),
        ],
    ),
    IP(
        "altstadtfest-merzig",
        "Altstadtfest fällt aus",
        "Das Altstadtfest in Merzig fällt in diesem Jahr aus. Die Organisatorin Carmen Weiß "
        "sagte, es hätten sich nicht genug ehrenamtliche Helfer gefunden. Ohne Helfer könne man "
        "ein Fest mit 40.000 Besuchern nicht sicher durchführen, so Weiß.\n\n"
        "Manche Händler hatten der Stadt vorgeworfen, das Fest absichtlich zu verhindern. Das "
        "sei Unsinn, sagte sie.",
        [],
        [
            I(
                "es hätten sich … Helfer gefunden",
                "Die Organisatorin Carmen Weiß",
                "Weiß {sagte}",
                "konj2",
                ("person",),
            ),
            I("Ohne Helfer könne … durchführen", "so {Weiß}", "{so} Weiß", "so+konj1", ("person",)),
            I(
                "das Fest absichtlich zu verhindern",
                "Manche Händler",
                "vorgeworfen",
                "zu",
                ("role",),
            ),
            I("Das sei Unsinn", "sagte {sie}", "{sagte} sie", "konj1", ("pronoun",)),
        ],
    ),
    IP(
        "unwetter-lenzburg",
        "Unwetter über Lenzburg",
        "Der Himmel über Lenzburg sah am Dienstagnachmittag aus, als ob die Welt untergehen "
        "würde. Innerhalb von zehn Minuten fielen 40 Liter Regen pro Quadratmeter. Der "
        "Meteorologe Jan Hofer vom Wetterdienst Meteoplus erklärte, solche Gewitterzellen "
        "entstünden bei großer Hitze sehr schnell. Vorhersagen ließen sie sich nur wenige "
        "Stunden im Voraus.\n\n"
        "Die Feuerwehr rückte zu 60 Einsätzen aus, meist wegen vollgelaufener Keller, wie ein "
        "Sprecher sagte.",
        [],
        [
            N("als ob die Welt untergehen würde", "not-konj2", "as-if"),
            I(
                "solche Gewitterzellen … sehr schnell",
                "Der Meteorologe Jan Hofer",
                "erklärte",
                "konj2",
                ("person",),
            ),
            I(
                "Vorhersagen ließen sie sich nur wenige Stunden im Voraus.",
                "Der Meteorologe Jan Hofer",
                None,
                "cont+konj2",
                ("person",),
            ),
            I(
                "Die Feuerwehr rückte … vollgelaufener Keller",
                "ein Sprecher",
                "sagte",
                "wie",
                ("role",),
            ),
        ],
    ),
    IP(
        "klimaplan-rhenolit",
        "Chemiekonzern legt Klimaplan vor",
        "Der Chemiekonzern Rhenolit hat einen Klimaplan vorgelegt. Vorstandschef Bernd Aigner "
        "kündigte an, bis 2035 alle Werke auf Ökostrom umzustellen. Umweltschützer werfen dem "
        "Konzern vor, sich mit Zertifikaten aus dem Ausland freizukaufen. Dass die Ziele "
        "ehrgeizig genug seien, bezweifelt auch die Umweltorganisation Grünwacht.\n\n"
        "Aigner bestritt, dass der Konzern Zahlen geschönt habe.",
        [],
        [
            I(
                "bis 2035 alle Werke auf Ökostrom umzustellen",
                "Vorstandschef Bernd Aigner",
                "kündigte",
                "zu",
                ("person",),
            ),
            I(
                "sich mit Zertifikaten aus dem Ausland freizukaufen",
                "Umweltschützer",
                "werfen",
                "zu",
                ("role",),
            ),
            I(
                "Dass die Ziele ehrgeizig genug seien",
                "die Umweltorganisation Grünwacht",
                "bezweifelt",
                "dass",
                ("org",),
            ),
            I(
                "dass der Konzern Zahlen geschönt habe",
                "{Aigner} bestritt",
                "bestritt",
                "dass",
                ("person",),
            ),
        ],
    ),
    IP(
        "ticket-app-donaustadt",
        "Ärger über neue Ticket-App",
        "Die neue App der Verkehrsbetriebe Donaustadt sorgt für Ärger. Viele Nutzer beklagen, "
        "dass Tickets nach dem Kauf nicht angezeigt würden. Das Technikportal Digitalblick "
        "schreibt, die App stürze auf älteren Telefonen regelmäßig ab.\n\n"
        "Die Verkehrsbetriebe erklärten, man arbeite an einer Lösung. Ein Update werde, so eine "
        "Sprecherin, noch in dieser Woche veröffentlicht.",
        [],
        [
            I("dass Tickets … angezeigt würden", "Viele Nutzer", "beklagen", "dass", ("role",)),
            I(
                "die App stürze … ab",
                "Das Technikportal Digitalblick",
                "schreibt",
                "konj1",
                ("media",),
            ),
            I(
                "man arbeite an einer Lösung",
                "Die Verkehrsbetriebe",
                "erklärten",
                "konj1",
                ("org",),
            ),
            I(
                "Ein Update werde",
                "eine Sprecherin",
                "so",
                "so+konj1+split",
                ("role",),
                part=(0, 2),
            ),
            I(
                "noch in dieser Woche veröffentlicht",
                "eine Sprecherin",
                "so",
                "so+konj1+split",
                ("role",),
                part=(1, 2),
            ),
        ],
    ),
    IP(
        "bronzen-rueckgabe",
        "Museum gibt Bronzefiguren zurück",
        "Das Völkerkundemuseum Halden gibt zwölf Bronzefiguren an Nigeria zurück. Der Vertrag, "
        "den beide Seiten am Montag unterzeichneten, sieht vor, dass einige Figuren als "
        "Leihgaben in Halden bleiben. Museumsdirektorin Lotte Brenner sagte, die Rückgabe sei "
        "überfällig gewesen. Die Figuren seien 1897 von britischen Soldaten geraubt worden.",
        [],
        [
            I(
                "dass einige Figuren … in Halden bleiben",
                "Der Vertrag",
                "sieht vor",
                "dass",
                ("document",),
            ),
            I(
                "die Rückgabe sei überfällig gewesen",
                "Museumsdirektorin Lotte Brenner",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Die Figuren seien … geraubt worden.",
                "Museumsdirektorin Lotte Brenner",
                None,
                "cont",
                ("person",),
            ),
        ],
    ),
    IP(
        "pressefreiheit-bericht",
        "Mehr getötete Journalisten",
        "Die Organisation Freie Feder hat ihren Jahresbericht zur Pressefreiheit vorgelegt. "
        "Weltweit seien im vergangenen Jahr 48 Journalistinnen und Journalisten getötet worden, "
        "heißt es in dem Bericht. Mehr als die Hälfte von ihnen sei in Kriegsgebieten ums Leben "
        "gekommen.\n\n"
        "Laut der Geschäftsführerin von Freie Feder, Nora Adler, hat sich die Lage auch in "
        "Europa verschlechtert.",
        [],
        [
            I("Weltweit seien … getötet worden", "dem Bericht", "heißt", "konj1", ("document",)),
            I(
                "Mehr als die Hälfte … ums Leben gekommen.",
                "dem Bericht",
                None,
                "cont",
                ("document",),
            ),
            I(
                "hat sich die Lage auch in Europa verschlechtert",
                "Nora Adler",
                "Laut",
                "laut",
                ("person", "apposition"),
            ),
        ],
    ),
    IP(
        "strassenname-wallbach",
        "Streit um Straßennamen",
        "In Wallbach wird über die Umbenennung der Hindenburgstraße gestritten. Die Grünen "
        "argumentieren, ein Straßenname sei eine Ehrung, und diese habe Hindenburg nicht "
        "verdient. Anwohner Klaus Fricke sagte, er wisse nicht, warum er wegen eines neuen "
        "Namens seine Papiere ändern lassen solle.",
        [],
        [
            I(
                "ein Straßenname sei eine Ehrung … nicht verdient",
                "Die Grünen",
                "argumentieren",
                "konj1",
                ("org",),
            ),
            I(
                "er wisse nicht, warum … lassen solle",
                "Anwohner Klaus Fricke",
                "sagte",
                "konj1",
                ("person",),
            ),
        ],
    ),
    IP(
        "unterkunft-kaserne",
        "Unterkunft für Geflüchtete in alter Kaserne",
        "Der Landkreis Ostwald richtet in einer ehemaligen Kaserne eine Unterkunft für 300 "
        "Geflüchtete ein. Landrat Hubert Sänger sicherte den Nachbarn zu, rund um die Uhr einen "
        "Sicherheitsdienst einzusetzen. Zu einer Bürgerversammlung kamen rund 200 Anwohner. Sie "
        "fragten, ob die Grundschule im Ort genug Plätze habe. Sänger versicherte, dass "
        "zusätzliche Lehrkräfte eingestellt würden.",
        [],
        [
            I(
                "rund um die Uhr einen Sicherheitsdienst einzusetzen",
                "Landrat Hubert Sänger",
                "sicherte",
                "zu",
                ("person",),
            ),
            I(
                "ob die Grundschule im Ort genug Plätze habe",
                "{Sie} fragten",
                "fragten",
                "ob",
                ("pronoun",),
            ),
            I(
                "dass zusätzliche Lehrkräfte eingestellt würden",
                "{Sänger} versicherte",
                "versicherte",
                "dass",
                ("person",),
            ),
        ],
    ),
    IP(
        "satellit-orbitwerk",
        "Satellit kurz nach dem Start verloren",
        "Ein Satellit der Firma Orbitwerk aus Bremen ist kurz nach dem Start verloren gegangen. "
        "Nach Angaben des Unternehmens brach der Funkkontakt etwa 40 Minuten nach dem Abheben "
        "ab. Technikchefin Mareike Olsen sagte, man vermute einen Fehler in der "
        "Stromversorgung. Der Satellit sei versichert gewesen.\n\n"
        "Das Fachmagazin Raumfahrt aktuell hatte berichtet, dass es schon bei Tests Probleme "
        "mit den Solarzellen gegeben habe. Im Frühjahr begann die Firma, einen zweiten "
        "Satelliten zu bauen.",
        [],
        [
            I(
                "brach der Funkkontakt … nach dem Abheben ab",
                "des Unternehmens",
                "Nach Angaben",
                "angaben",
                ("org",),
            ),
            I(
                "man vermute einen Fehler in der Stromversorgung",
                "Technikchefin Mareike Olsen",
                "sagte",
                "konj1",
                ("person",),
            ),
            I(
                "Der Satellit sei versichert gewesen.",
                "Technikchefin Mareike Olsen",
                None,
                "cont",
                ("person",),
            ),
            I(
                "dass es schon bei Tests … gegeben habe",
                "Das Fachmagazin Raumfahrt aktuell",
                "berichtet",
                "dass",
                ("media",),
            ),
            N("einen zweiten Satelliten zu bauen", "not-zu", "begin"),
        ],
    ),
    IP(
        "gastronomie-personal",
        "Gaststätten fehlt Personal",
        "Vielen Gaststätten im Schwarzwald fehlt Personal. Dem Hotel- und Gaststättenverband "
        "zufolge sind im Land rund 8000 Stellen unbesetzt. Verbandschef Fritz Mahler sagte, "
        "einige Betriebe würden deshalb nur noch an vier Tagen öffnen. Junge Leute wollten kaum "
        "noch am Wochenende arbeiten.\n\n"
        "Wie viele Betriebe in diesem Jahr schon aufgegeben haben, weiß niemand genau.",
        [],
        [
            I(
                "sind im Land rund 8000 Stellen unbesetzt",
                "Dem Hotel- und Gaststättenverband",
                "zufolge",
                "zufolge",
                ("org",),
            ),
            I(
                "einige Betriebe würden … öffnen",
                "Verbandschef Fritz Mahler",
                "sagte",
                "konj2",
                ("person",),
            ),
            I(
                "Junge Leute wollten kaum noch am Wochenende arbeiten.",
                "Verbandschef Fritz Mahler",
                None,
                "cont+konj2",
                ("person",),
            ),
            N("Wie viele Betriebe … aufgegeben haben", "not-w", "unclear"),
        ],
    ),
    IP(
        "ostsee-kabel",
        "Ostseestaaten beraten über Kabelschutz",
        "Die Außenminister der Anrainerstaaten der Ostsee haben sich in Lübeck getroffen. Laut "
        "der Zeitung Ostseebote ging es vor allem um den Schutz von Unterseekabeln. Diplomaten "
        "zufolge gab es keine Einigung über gemeinsame Patrouillen. Der Gastgeber, "
        "Staatssekretär Jonas Lindgren, sagte nach dem Treffen, die Gespräche seien offen "
        "gewesen, man werde sie im Frühjahr fortsetzen. Er sprach von einem „guten ersten "
        "Schritt“.",
        [Q("guten ersten", "{Er} sprach", "sprach", "P5+P8", ("pronoun",))],
        [
            I(
                "ging es vor allem um den Schutz von Unterseekabeln",
                "der Zeitung Ostseebote",
                "Laut",
                "laut",
                ("media",),
            ),
            I(
                "gab es keine Einigung über gemeinsame Patrouillen",
                "Diplomaten",
                "zufolge",
                "zufolge",
                ("role",),
            ),
            I(
                "die Gespräche seien offen gewesen … im Frühjahr fortsetzen",
                "Staatssekretär Jonas Lindgren",
                "sagte",
                "konj1",
                ("person",),
            ),
        ],
    ),
    IP(
        "haushalt-wehrbach",
        "Wehrbach muss sparen",
        "Die Stadt Wehrbach muss sparen. Kämmerin Julia Brandt legte am Dienstag den "
        "Haushaltsentwurf vor. „Wir können uns nicht mehr alles leisten“, sagte sie. Die "
        "Zuschüsse für Vereine würden um zehn Prozent gekürzt. Auch die Musikschule müsse mit "
        "weniger Geld auskommen.\n\n"
        "Ihr zufolge fehlen der Stadt im kommenden Jahr rund vier Millionen Euro. Nach Abzug "
        "aller Einsparungen bleibe noch immer ein Loch von einer Million, räumte die Kämmerin "
        "ein.",
        [Q("Wir können uns", "sagte {sie}", "sagte", "P1+P8", ("pronoun",))],
        [
            I(
                "Die Zuschüsse für Vereine würden … auskommen.",
                "sagte {sie}",
                None,
                "cont+konj2",
                ("pronoun", "after-direct", "multi-sentence"),
            ),
            I("fehlen der Stadt … Millionen Euro", "Ihr", "zufolge", "zufolge", ("pronoun",)),
            I(
                "Nach Abzug aller Einsparungen … einer Million",
                "die Kämmerin",
                "räumte",
                "konj1",
                ("role",),
            ),
        ],
    ),
    IP(
        "imkerin-feldheim",
        "Gutes Honigjahr",
        "Die Imkerin Rosa Kern aus Feldheim betreut 40 Bienenvölker. Der warme Frühling hatte "
        "dafür gesorgt, dass die Obstbäume früh blühten. Laut ihr war der Sommer für die Bienen "
        "ungewöhnlich gut. Die Völker hätten so viel Honig eingetragen wie seit Jahren nicht. "
        "„Das ist ein Geschenk nach den mageren Jahren“, sagte Kern. Sie warnte aber davor, die "
        "Varroamilbe zu unterschätzen.\n\n"
        "Nach der Ernte im August beginnt für die Imker die Behandlung gegen die Milbe. Sie muss "
        "bis Oktober abgeschlossen sein, es sei denn, der Herbst bleibt ungewöhnlich warm.",
        [Q("Das ist ein Geschenk", "sagte {Kern}", "sagte", "P1")],
        [
            N("dass die Obstbäume früh blühten", "not-dass", "cause"),
            I(
                "war der Sommer für die Bienen ungewöhnlich gut",
                "ihr",
                "Laut",
                "laut",
                ("pronoun",),
            ),
            I(
                "Die Völker hätten … wie seit Jahren nicht.",
                "ihr",
                None,
                "cont+konj2",
                ("pronoun",),
            ),
            I("die Varroamilbe zu unterschätzen", "{Sie} warnte", "warnte", "zu", ("pronoun",)),
            N("Nach der Ernte im August … gegen die Milbe", "not-nach", "time"),
            N("es sei denn, der Herbst bleibt ungewöhnlich warm", "not-konj1", "formula"),
        ],
    ),
    IP(
        "wasserrohrbruch-losberg",
        "Wasserrohrbruch in der Innenstadt",
        "In der Innenstadt von Losberg ist am Donnerstagmorgen eine Hauptwasserleitung "
        "gebrochen. Gott sei Dank wurde niemand verletzt. Die Straße stand, wie ein Sprecher der "
        "Stadtwerke sagte, auf 200 Metern unter Wasser. „So etwas haben wir seit Jahrzehnten "
        "nicht erlebt“, sagte Einsatzleiter Frank Moll. Die Leitung sei über 80 Jahre alt "
        "gewesen. Man habe sie ohnehin im nächsten Jahr ersetzen wollen.\n\n"
        "Geschäftsleute fragten, ob die Stadtwerke für die Schäden aufkommen. Das werde geprüft, "
        "sagte der Sprecher.",
        [Q("So etwas haben wir", "Einsatzleiter Frank Moll", "{sagte} Einsatzleiter", "P1")],
        [
            N("Gott sei Dank wurde niemand verletzt", "not-konj1", "formula"),
            I(
                "Die Straße stand",
                "ein Sprecher der Stadtwerke",
                "Stadtwerke {sagte}",
                "wie+split",
                ("role",),
                part=(0, 2),
            ),
            I(
                "auf 200 Metern unter Wasser",
                "ein Sprecher der Stadtwerke",
                "Stadtwerke {sagte}",
                "wie+split",
                ("role",),
                part=(1, 2),
            ),
            I(
                "Die Leitung sei über 80 Jahre alt gewesen. … ersetzen wollen.",
                "Einsatzleiter Frank Moll",
                None,
                "cont",
                ("person", "after-direct", "multi-sentence"),
            ),
            I(
                "ob die Stadtwerke für die Schäden aufkommen",
                "Geschäftsleute",
                "fragten",
                "ob",
                ("role",),
            ),
            I("Das werde geprüft", "der Sprecher", "{sagte} der Sprecher", "konj1", ("role",)),
        ],
    ),
    IP(
        "schimmel-grundschule",
        "Schimmel in der Grundschule",
        "In der Grundschule am Mühlbach in Tennstedt ist Schimmel entdeckt worden. Ein "
        "Gutachter hat ihn in mehreren Klassenzimmern gefunden. Ihm zufolge sind vor allem die "
        "Räume im Erdgeschoss betroffen. Die Kinder würden bis zu den Ferien in Containern "
        "unterrichtet, teilte das Schulamt mit. Schulamtsleiter Gerd Vogt erklärte, wie es zu "
        "dem Befall kommen konnte: Das Dach sei seit dem Winter undicht gewesen.\n\n"
        "Die Eltern kritisierten, dass sie erst aus der Zeitung von dem Schimmel erfahren "
        "hätten. Die Container bleiben bis zum Sommer, es sei denn, die Sanierung dauert länger.",
        [],
        [
            I(
                "sind vor allem die Räume im Erdgeschoss betroffen",
                "Ihm",
                "zufolge",
                "zufolge",
                ("pronoun",),
            ),
            I("Die Kinder würden … unterrichtet", "das Schulamt", "teilte", "konj2", ("org",)),
            I(
                "wie es zu dem Befall kommen konnte",
                "Schulamtsleiter Gerd Vogt",
                "erklärte",
                "w",
                ("person",),
            ),
            I(
                "Das Dach sei seit dem Winter undicht gewesen.",
                "Schulamtsleiter Gerd Vogt",
                None,
                "cont",
                ("person", "after-colon"),
            ),
            I(
                "dass sie erst aus der Zeitung … erfahren hätten",
                "Die Eltern",
                "kritisierten",
                "dass",
                ("role",),
            ),
            N("es sei denn, die Sanierung dauert länger", "not-konj1", "formula"),
        ],
    ),
]


def build_records(passages: list[IP] | None = None) -> list[dict[str, Any]]:
    """All passages as JSON-ready records (raises :class:`AuthoringError`)."""
    passages = PASSAGES if passages is None else passages
    slugs = [p.slug for p in passages]
    if len(set(slugs)) != len(slugs):
        raise AuthoringError("duplicate passage slugs")
    return [build_passage(p) for p in passages]


def render_jsonl(passages: list[IP] | None = None) -> str:
    """The exact content of ``indirect.jsonl``."""
    return "".join(json.dumps(rec, ensure_ascii=False) + "\n" for rec in build_records(passages))


def counts(records: list[dict[str, Any]]) -> dict[str, collections.Counter[str]]:
    """Messages (parts count once) per type, per construction and per tag."""
    out: dict[str, collections.Counter[str]] = {
        "type": collections.Counter(),
        "construction": collections.Counter(),
        "tag": collections.Counter(),
        "records": collections.Counter(),
    }
    for rec in records:
        for o in rec["other_quotes"]:
            out["records"][o["type"]] += 1
            if o["part"] != 0:
                continue
            cons, *tags = o["pattern"].split("|")
            out["type"][o["type"]] += 1
            for c in cons.split("+"):
                out["construction"][c] += 1
            for t in tags:
                out["tag"][t] += 1
    return out


def main() -> int:
    content = render_jsonl()
    OUT_PATH.write_text(content, encoding="utf-8")
    records = build_records()
    c = counts(records)
    n_direct = sum(q["is_speech"] for r in records for q in r["quotes"])
    print(
        f"wrote {OUT_PATH}: {len(records)} passages; messages by type {dict(c['type'])}; "
        f"records by type {dict(c['records'])}; {n_direct} direct quote records"
    )
    for name, counter in (("construction", c["construction"]), ("tag", c["tag"])):
        print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counter.items())))
    if "-v" in sys.argv:
        for rec in records:
            print(f"\n== {rec['id']}")
            for o in rec["other_quotes"]:
                frame = o["frame"]["text"] if o["frame"] else None
                print(
                    f"  [{o['type']}] {o['pattern']}  part {o['part']}/{o['n_parts']}\n"
                    f"     MSG {o['text']!r}\n     SPK {o['speaker']!r}  CUE "
                    f"{o['cue'] and o['cue']['text']!r}  FRAME {frame!r}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
