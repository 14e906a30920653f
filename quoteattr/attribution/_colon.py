"""Colon introductions: X sagte am Montag: „…“ — and headlines, Scholz: „…“."""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._anaphora import is_role
from quoteattr._model import Cue, Span
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker
from quoteattr.attribution._cue_words import verb_tagged_adjective
from quoteattr.attribution._registry import rule
from quoteattr.attribution._surnames import surname_subject
from quoteattr.attribution._syntax import (
    can_say,
    can_speak,
    cue_verb,
    phrase_head,
    span_of,
    subject_of,
)
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["colon_before_quote"]


@rule(before=1)
def colon_before_quote(view: QuoteView) -> Attribution | None:
    """Merkel sagte am Montag in Berlin: „Wir schaffen das.“ / Scholz: „Wir liefern.“

    A colon right before the opening mark; the clause before it has a verb whose
    subject is the speaker (surest with a speech verb), or, as in a headline, is just
    a name or a role noun.
    """
    before = _clause_before_colon(view)
    if not before:
        return None
    parse = view.parse
    so_phrase = _so_phrase_before_colon(parse, before)
    if so_phrase is not None:
        return so_phrase
    ids = {w.i for w in before}
    all_verbs = [w for w in before if w.upos in {"VERB", "AUX"} or verb_tagged_adjective(w)]
    # Speech verbs first, nearest the colon first ("…trafen sich; letztere sagte: „…“"),
    # then other verbs, the top-level one first ("Die Firma empfindet es so: „…“").
    speech = [w for w in reversed(all_verbs) if cue_verb(parse, w) is not None]
    verbs = speech + [w for w in all_verbs if w.head not in ids and w not in speech]
    verbs += [w for w in all_verbs if w not in verbs]
    for verb in verbs:
        found = cue_verb(parse, verb)
        if found is None and _in_relative_clause(parse, verb, ids):
            continue  # Das Buch, das sie vorstellte, ist ihr Erstwerk: „…“ — not hers to say
        target = found[0] if found else verb
        if target.rel == "cop" and target.head >= 0:
            target = parse.words[target.head]  # Merkel war zufrieden: „…“
        subject = subject_of(parse, target, exclude=view.inside)
        named = surname_subject(view, target, before[0].i) if subject is None else None
        subject = subject or named or (None if found else _state_subject(parse, target, ids))
        if subject is None or subject.i not in ids:
            continue
        if found is None and parse.lang.is_cue_noun(subject.lemma):
            # Das Fazit von Sandra Boser fiel deutlich aus: „…“ — whose answer it is.
            source = _noun_source(parse, subject, ids)
            if source is not None:
                return Attribution(0.75, source, Cue(subject.lemma, span_of(parse, subject)))
        if found is not None:
            if not can_say(view, found[1], subject):
                return None
            return Attribution(0.9, subject, found[1])
        if named is not None or can_speak(parse, subject):
            return Attribution(0.7, subject, None)
    if verbs:
        return None
    head = phrase_head(parse, [w for w in before if w.upos != "PUNCT"])
    if head is not None and len(before) <= 12 and parse.lang.is_cue_noun(head.lemma):
        # Zitat von Schröder: „…“ / Die Worte des Präsidenten: „…“ — whose words they are.
        source = _noun_source(parse, head, ids)
        if source is not None:
            return Attribution(0.75, source, Cue(head.lemma, span_of(parse, head)))
        return None
    line = _own_line(view, before)
    if line:
        speaker = _named_in_line(view, line) or _body_in_line(parse, line)
        if speaker is not None:
            return Attribution(0.75, speaker, None)
    if (
        head is not None
        and len(before) <= 12
        and head.lemma.lower() not in parse.lang.title_nouns  # Motto: „…“ names no one
        and (head.upos == "PROPN" or any(is_role(w, parse.lang) for w in before if w.i <= head.i))
    ):
        # Scholz: „…“ / Bundesinnenminister Schäuble: „…“ (a role before the name, even
        # where the small model tags the role ADJ and the name NOUN).
        return Attribution(0.75, head, None)
    return None


def _in_relative_clause(parse: Parse, verb: Word, ids: set[int]) -> bool:
    """Is ``verb`` in a relative clause of the clause before the colon?"""
    w = verb
    while w.i in ids and w.head >= 0:
        if w.deprel == "acl:relcl":
            # only with a relative pronoun: the model labels an indem-clause so too
            return not parse.kids(w.i, "mark") and any(
                "Rel" in (k.feat("PronType") or "") for k in parse.kids(w.i)
            )
        w = parse.words[w.head]
    return False


def _state_subject(parse: Parse, verb: Word, ids: set[int]) -> Word | None:
    """Die Kapitänin war erleichtert: „…“ / Schulleiter Vogt blieb gelassen: „…“ — the
    one in a state (sein, bleiben + participle), whom the parser labelled a passive
    subject or hung on the participle. Not under werden: that is a true passive."""
    if any(k.deprel == "aux:pass" for k in parse.kids(verb.i)):
        return None
    for v in [verb, *parse.kids(verb.i, "xcomp")]:
        for s in parse.kids(v.i, "nsubj"):
            if s.i in ids and is_plausible_speaker(s, parse):
                return s
    return None


def _noun_source(parse: Parse, noun: Word, ids: set[int]) -> Word | None:
    """Whose words a cue noun gives: a von-phrase or genitive of the clause that can speak
    (die Antwort der Behörde, das Fazit von Sandra Boser; not die Antwort auf die Frage)."""
    for source in parse.kids(noun.i, "nmod"):
        cases = {c.lemma.lower() for c in parse.kids(source.i, "case")}
        if source.i in ids and cases <= {"von"} and is_plausible_speaker(source, parse):
            return source
    return None


#: An interview answer or headline names its speaker in at most this many words.
_MAX_LINE_NAME = 4


def _own_line(view: QuoteView, before: Sequence[Word]) -> list[Word]:
    """The words before the colon where they open their own line (an interview answer,
    a headline) and are few: Visser: „…“ / Stadtwerke Emsland: „…“."""
    words = [w for w in before if w.upos != "PUNCT"]
    if not words or len(words) > _MAX_LINE_NAME:
        return []
    text = view.parse.text
    start = text.rfind("\n", 0, before[0].start) + 1
    return words if not text[start : before[0].start].strip() else []


def _named_in_line(view: QuoteView, line: Sequence[Word]) -> Word | None:
    """Lamprecht-Osei: „…“ — a word of the line spells a person the document names in full
    (the surname of Henriette Lamprecht-Osei), however the tagger took it (an adverb, a
    noun): the last such word speaks."""
    if view.people is None:
        return None
    for w in reversed(line):
        if w.text in view.people.surnames:
            return w
    return None


def _body_in_line(parse: Parse, line: Sequence[Word]) -> Word | None:
    """Gericht: „Kündigung war rechtens“ — a headline of an organisation or the media
    alone before the colon: the body speaks."""
    for w in line:
        if w.text[:1].isupper() and parse.lang.noun_kind(w.lemma or w.text) in {
            "organisation",
            "media",
        }:
            return phrase_head(parse, line) or w
    return None


def _so_phrase_before_colon(parse: Parse, before: Sequence[Word]) -> Attribution | None:
    """…, so Elshorst weiter: „…“ — a so-phrase closing the clause before the colon."""
    commas = [k for k, w in enumerate(before) if w.text == ","]
    if not commas:
        return None
    tail = [w for w in before[commas[-1] + 1 :] if w.upos != "PUNCT"]
    if len(tail) < 2 or tail[0].text.lower() != "so":
        return None
    phrase = [w for w in tail[1:] if w.upos not in {"VERB", "AUX"}]
    if len(phrase) != len(tail) - 1:
        return None
    head = phrase_head(
        parse, [w for w in phrase if w.text.lower() not in parse.lang.skippable_adverbs]
    )
    if head is None:
        return None
    cue = Cue("so", Span.of(parse.text, tail[0].start, tail[0].end))
    return Attribution(0.85, head, cue)


def _clause_before_colon(view: QuoteView) -> list[Word]:
    """The words before a colon that directly precedes the opening mark, back to the
    start of their sentence (the previous sentence if the tokenizer split at the colon)."""
    parse = view.parse
    gap = parse.text[: view.quote.outer.start].rstrip()
    if not gap.endswith(":"):
        return []
    colon = parse.word_before(len(gap))
    if colon is None or colon.text != ":":
        return []
    begin = parse.sentences[colon.sent][0]
    words = [w for w in parse.words[begin : colon.i] if w.i not in view.inside]
    # A sentence the tokenizer did not split off: start after its full stop.
    stops = [k for k, w in enumerate(words) if w.text in {".", "!", "?"}]
    if stops:
        words = words[stops[-1] + 1 :]
    # Inside an open parenthesis, the clause starts after it: „X“ (etwa: „Y“).
    depth_open = [k for k, w in enumerate(words) if w.text == "("]
    depth_close = [k for k, w in enumerate(words) if w.text == ")"]
    if depth_open and (not depth_close or depth_close[-1] < depth_open[-1]):
        words = words[depth_open[-1] + 1 :]
    # Not the words of an earlier quotation in the clause (»„…“, und fügt hinzu:«).
    return [w for w in words if w.i not in view.said]
