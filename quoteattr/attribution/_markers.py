"""Markers that name a source beside the quotation: „…“, so X · laut X / X zufolge /
nach Angaben von X · wie X sagte · für X ist … „…“."""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._anaphora import possessive_gender
from quoteattr._marks import OPENING_MARKS
from quoteattr._model import Cue, Span
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker
from quoteattr.attribution._registry import rule
from quoteattr.attribution._syntax import (
    cue_verb,
    is_passive,
    noun_phrase,
    person_like,
    phrase_head,
    span_of,
    subject_of,
)
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["according_source", "according_to", "as_said", "in_the_view_of", "so_after_quote"]


@rule(after=1, splits=True)
def so_after_quote(view: QuoteView) -> Attribution | None:
    """„Wir bleiben dabei“, so die Sprecherin. / Der Iran müsse „…“ beenden, so Rice.

    ``so`` after a comma, then the speaker's noun phrase up to the end of the
    sentence: right after the quotation, or closing the sentence that holds it; also
    without the comma right after a quotation that ends its own sentence („Wir kommen
    wieder.“ so der Trainer). Not the ``so`` of a consequence (…, so wurde sein Werk
    gelobt). Also a so-phrase between commas before the quotation, in its sentence: Man
    werde, so die Bürgermeisterin, „alles Nötige“ tun.
    """
    parenthetical = _so_parenthetical(view)
    if parenthetical is not None:
        return parenthetical
    after = view.words_after()
    ends_sentence = view.quote.text.rstrip()[-1:] in {".", "!", "?"}
    for k, w in enumerate(after):
        if w.text.lower() != "so":
            continue
        if not ((k > 0 and after[k - 1].text == ",") or (k == 0 and ends_sentence)):
            continue
        phrase = _so_phrase(after, k)
        if not phrase or any(x.upos in {"VERB", "AUX"} for x in phrase):
            continue
        head = phrase_head(view.parse, phrase)
        if head is None:
            continue
        cue = Cue("so", Span.of(view.parse.text, w.start, w.end))
        return Attribution(0.9, head, cue)
    return None


def _so_phrase(words: Sequence[Word], k: int) -> list[Word]:
    """The words after the ``so`` at ``words[k]``, up to a punctuation mark (a comma: an
    apposition may follow) or the end of its sentence."""
    phrase = []
    for x in words[k + 1 :]:
        if x.sent != words[k].sent or x.upos == "PUNCT":
            break
        phrase.append(x)
    return phrase


def _so_parenthetical(view: QuoteView) -> Attribution | None:
    """Man werde, so die Bürgermeisterin, „alles Nötige“ tun: ``, so`` and a noun phrase
    that can speak, closed by a comma, before the quotation in its sentence (not *so
    dass*, *so schnell es geht*: no verb in the phrase, and it must name a speaker). A
    quotation that reads as a name or title is not the speaker's words."""
    if view.is_title:
        return None
    before = view.words_before()
    for k, w in enumerate(before):
        if w.text != "so" or k == 0 or before[k - 1].text != ",":
            continue
        phrase = _so_phrase(before, k)
        end = k + 1 + len(phrase)
        if not phrase or end >= len(before) or before[end].text != ",":
            continue
        if any(x.text in {":", ";"} or x.text in OPENING_MARKS for x in before[end:]):
            continue  # … , so der Minister, X und Y: „…“ — another frame follows
        if any(x.upos in {"VERB", "AUX", "SCONJ"} for x in phrase):
            continue
        head = phrase_head(view.parse, phrase)
        if head is None or not is_plausible_speaker(head, view.parse):
            continue
        return Attribution(0.85, head, Cue("so", Span.of(view.parse.text, w.start, w.end)))
    return None


@rule(on_titles=False)
def according_to(view: QuoteView) -> Attribution | None:
    """Die Zahl der Opfer sei „dramatisch gestiegen“, laut Polizei. /
    Der Regierung zufolge … / Nach Angaben der Polizei … / nach Worten von X.

    In the quotation's sentence, laut/zufolge/gemäß mark their noun as the source;
    nach + a cue noun (Angaben, Worten, Auskunft) takes its genitive or von-noun.
    """
    parse = view.parse
    for w in view.sentence_words():
        lemma = w.lemma.lower()
        if lemma in view.lang.according_markers:
            source = according_source(parse, w)
            if source is not None and _is_source_for(view, source, w):
                return Attribution(0.85, source, Cue(lemma, span_of(parse, w)))
        if view.lang.is_cue_noun(w.lemma) and _after_nach(parse, w):
            sources = [
                s for s in parse.kids(w.i, "nmod") if is_plausible_speaker(s, lang=parse.lang)
            ]
            # Seiner Ansicht nach „…“: the possessive stands for the one whose view it is
            sources += [p for p in parse.kids(w.i, "det") if possessive_gender(parse, p)]
            for source in sources:
                if _is_source_for(view, source, w):
                    cue = Cue(f"nach {w.lemma}", span_of(parse, w))
                    return Attribution(0.85, source, cue)
    return None


def _after_nach(parse: Parse, noun: Word) -> bool:
    """Is ``noun`` the noun of a nach-phrase: nach Angaben der Polizei, or a noun of
    opinion after a possessive with nach right after it (Seiner Ansicht nach), however
    the parser hung that nach (not Ihre Forderungen nach Waffen)?"""
    if any(c.lemma.lower() == "nach" for c in parse.kids(noun.i, "case")):
        return True
    nxt = parse.words[noun.i + 1] if noun.i + 1 < len(parse.words) else None
    return (
        nxt is not None
        and nxt.sent == noun.sent
        and nxt.text.lower() == "nach"
        and (noun.lemma or noun.text).lower() in parse.lang.opinion_nouns
        and any(possessive_gender(parse, d) for d in parse.kids(noun.i, "det"))
    )


def _is_source_for(view: QuoteView, source: Word, marker: Word) -> bool:
    """A source outside the quotation, for a quotation that is not a name in the same
    sentence: not part of the source's phrase (Nach Angaben des Magazins „Der Spiegel“),
    nor between the marker and its source (laut „news.bbc.co.uk“ mit folgenden Worten).
    A quotation the parser hung below the source's noun (laut einem Jury-Mitglied eine
    „kluge … Geschichte“) still counts."""
    if source.i in view.inside:
        return False
    low, high = sorted((marker.start, source.end))
    if low <= view.quote.outer.start < high:
        return False
    parse = view.parse
    phrase = noun_phrase(parse, source, stop=view.inside)
    if not any(i in view.inside for i in phrase):
        return True
    # The parser hung the quotation on the source's noun. It is part of the source's name
    # when it follows the phrase directly or through a preposition (eines Artikels von
    # „BBC News“), not when an article of its own stands between (laut einem
    # Jury-Mitglied eine „kluge … Geschichte“).
    ends = [
        parse.words[i].end
        for i in phrase
        if i not in view.inside and parse.words[i].end <= view.quote.outer.start
    ]
    if not ends:
        return False
    gap = [
        w
        for w in parse.sentence_words(source.sent)
        if max(ends) <= w.start and w.end <= view.quote.outer.start
    ]
    return (
        bool(gap)
        and all(w.upos in {"DET", "ADJ", "PUNCT"} for w in gap)
        and any(w.upos == "DET" for w in gap)
    )


def according_source(parse: Parse, marker: Word) -> Word | None:
    """The noun laut/gemäß/zufolge marks: its head when parsed as ``case``; otherwise the
    noun beside it (laut Polizei; Dem Betriebsrat zufolge, parsed as an adverb)."""
    if marker.rel == "case" and marker.head >= 0:
        source = parse.words[marker.head]
        return source if is_plausible_speaker(source, lang=parse.lang) else None
    if marker.lemma.lower() == "zufolge" and marker.i > 0:
        before = parse.words[marker.i - 1]
        if before.sent == marker.sent and before.text[:1].isupper() and before.upos != "PUNCT":
            return before
    return None


@rule(on_titles=False)
def as_said(view: QuoteView) -> Attribution | None:
    """Wie der Vorsitzende Richter ausführte, hätte es „ein ungeheures Blutbad“ gegeben. /
    „Wir sind bereit“, wie Merkel betonte, „aber nicht um jeden Preis.“

    A clause "wie X sagte" in the quotation's sentence, outside the quotation: the
    speech verb it introduces is the cue, its subject the speaker. (A "wie" that
    compares, so gut wie, wie ein Film, introduces no speech verb.)
    """
    parse = view.parse
    for w in view.sentence_words():
        if w.text.lower() != "wie" or w.head < 0:
            continue
        # "wie" marks its verb, or (a small-model slip) coordinates with the subject.
        head = parse.words[w.head]
        candidates = [head] + ([parse.words[head.head]] if head.head >= 0 else [])
        for cand in candidates:
            found = cue_verb(parse, cand)
            if found is None or cand.i in view.inside:
                continue
            verb, cue = found
            if any(i in view.inside for i in parse.subtree(verb.i)):
                break  # the quotation belongs to this verb: quote_in_speech_clause's case
            subject = subject_of(parse, verb, exclude=view.inside)
            if subject is not None and not is_passive(parse, verb):
                return Attribution(0.8, subject, cue)
            break
    return None


@rule(on_titles=False)
def in_the_view_of(view: QuoteView) -> Attribution | None:
    """Für den Gesundheitsminister ist die Lage „alarmierend“. / Für den Theologen Hans
    Küng sei der Rücktritt „aus vielen Gründen verständlich“.

    A partial quotation in a sentence with a copula (sein), and before it *für* with a
    person: the words are that person's judgement. (Für die Kinder ist das Angebot
    „kostenlos“ names no person who speaks: Kinder is no role or name.)
    """
    if view.is_standalone():
        return None
    parse = view.parse
    words = view.sentence_words()
    if not any(w.lemma.lower() == "sein" and w.upos in {"AUX", "VERB"} for w in words):
        return None
    for w in words:
        if w.text.lower() != "für" or w.start > view.quote.outer.start or w.head < 0:
            continue
        person = parse.words[w.head]
        if person.i in view.inside or person.start > view.quote.outer.start:
            continue
        if person.upos in {"NOUN", "PROPN"} and person_like(parse, person):
            return Attribution(0.7, person, Cue("für", span_of(parse, w)))
    return None
