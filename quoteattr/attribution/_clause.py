"""Speech clauses: the quotation is part of what a speech verb's clause says.

X sprach von einem „…“ · nannte Y einen „…“ · Die Lage sei „…“, warnte X ·
Mit den Worten „…“ richtete er … · Der Sprecher sagte, ein „…“ sei umgekehrt.
"""

from __future__ import annotations

from quoteattr._model import Cue, Span
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker
from quoteattr.attribution._cue_words import opinion_verb
from quoteattr.attribution._filters import in_parentheses, word_before_name
from quoteattr.attribution._registry import rule
from quoteattr.attribution._surnames import surname_subject
from quoteattr.attribution._syntax import (
    can_say,
    can_speak,
    cue_verb,
    is_main_clause,
    span_of,
    subject_of,
)
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["of_the_opinion", "quote_in_speech_clause", "speech_verb_in_sentence", "with_the_words"]

#: Relations by which a quotation (or the clause holding it) hangs on a speech verb.
_CLAUSAL = frozenset({"ccomp", "parataxis", "xcomp", "obj", "iobj", "csubj", "advcl"})
_MAX_CLIMB = 5


@rule()
def quote_in_speech_clause(view: QuoteView) -> Attribution | None:
    """Ma sprach von einem „produktiven Treffen“. / Trump nannte ihn einen „…“. /
    X bezeichnete Y als „…“. / X sagte, man werde „alles tun“. /
    Die Lage sei „angespannt“, warnte X.

    Climb from where the quotation hangs in the sentence to the nearest speech verb.
    The last step onto that verb must make the climbed phrase what was said: a
    clausal or object relation, or a von/als/über oblique. An oblique with another
    preposition („mit einem Augenzwinkern an seinen neuen „Bestie“") does not count,
    nor does a name or title (der Film „…“) unless the verb names something
    (nennen, bezeichnen).
    """
    parse = view.parse
    als = _after_als(view)
    for top in view.head_words():
        child, steps = top, 0
        # Only obliques so far: a von/über phrase the parser hung on a noun before the
        # verb (sprachen in diesem Zusammenhang von „Panikverkäufen“) is still the verb's.
        nominal = top.rel in {"obl", "nmod"}
        while child.head >= 0 and steps < _MAX_CLIMB:
            head = parse.words[child.head]
            steps += 1
            found = (
                cue_verb(parse, head)
                or opinion_verb(parse, head, view)
                or (_als_verb(parse, head) if als else None)
            )
            if found is not None and _is_zu_infinitive(parse, found[0]):
                found = None  # „…“ zu erklären is what was said, not the saying of it
            if found is not None and als and _is_infinitive(found[0]):
                found = None  # wird ihn als „Opa“ sehen können: seeing, not judging
            if found is not None:
                verb, cue = found
                if (
                    not _edge_allowed(
                        parse, child, verb, cue, partial=not view.is_standalone(), after_als=als
                    )
                    and not (nominal and _content_oblique(parse, top, cue))
                    and not _charged(view, child, verb, cue)
                ):
                    break
                if view.is_title and not (
                    _names_it(view, cue)
                    or (cue.lemma in parse.lang.charging_verbs and not _after_article(view))
                ):
                    return None
                subject = subject_of(
                    parse, verb, inverted=verb.start > view.quote.end, exclude=view.inside
                ) or _surname_before(view, verb)
                if subject is None or not can_say(view, cue, subject):
                    return None
                return Attribution(0.8, subject, cue)
            if head.sent != top.sent:
                break
            nominal = nominal and head.rel in {"obl", "nmod"}
            child = head
    return None


def _surname_before(view: QuoteView, verb: Word) -> Word | None:
    """Von der Leyen betonte, … „…“ — a verb with no subject whose sentence opens with a
    surname of the document's and its particles (Von/ADP der Leyen/obl), or has such a
    surname among its words however tagged: that surname speaks."""
    found = surname_subject(view, verb, view.parse.sentences[verb.sent][0])
    return found if found is not None and found.i not in view.inside else None


def _after_als(view: QuoteView) -> bool:
    """Does ``als`` stand right before the opening mark (bezeichnete ihn als „…“)?"""
    before = view.parse.word_before(view.quote.outer.start)
    return before is not None and before.text.lower() == "als" and not view.is_standalone()


#: Verbs that characterise something as the quoted words, only with als: feierte die
#: Absage als „großen Erfolg“; stufte die Gefahr als „sehr hoch“ ein.
def _als_verb(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    if word.upos != "VERB":
        return None
    lemma = word.lemma.lower()
    for prt in parse.kids(word.i, "compound:prt"):
        lemma = prt.text.lower() + lemma
    if lemma not in parse.lang.als_verbs:
        return None
    return word, Cue(lemma, Span.of(parse.text, word.start, word.end))


def _is_infinitive(word: Word) -> bool:
    if word.feat("VerbForm") is not None:
        return word.feat("VerbForm") == "Inf"
    return word.feat("Mood") is None and word.text.lower() == word.lemma.lower()


def _is_zu_infinitive(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` a zu-infinitive (habe versäumt, „…“ zu erklären)?"""
    return any(m.lemma.lower() == "zu" for m in parse.kids(verb.i, "mark"))


#: Verbs of opinion that frame a partial quotation as someone's words: Osterloh sieht
#: darin einen „Angriff gegen die Belegschaft“. Not cues for a full sentence.


def _names_it(view: QuoteView, cue: Cue) -> bool:
    """Is the quoted name what a naming verb called someone (nannte ihn einen „…“), not
    the name of a thing the sentence mentions (nennt die Modelle „Touareg“)?"""
    before = word_before_name(view)
    return cue.lemma in view.lang.naming_verbs and (
        before is None or before.upos not in {"NOUN", "PROPN"}
    )


#: Verbs whose object is a name for something: the quoted name is what they said.
def _edge_allowed(
    parse: Parse, child: Word, verb: Word, cue: Cue, *, partial: bool, after_als: bool = False
) -> bool:
    """Does ``child`` hang on the speech ``verb`` as what was said? After als the quotation
    is the verb's predicative (wies den Bericht als „falsch“ zurück), however the parser
    attached it on the way up."""
    if after_als:
        return True
    rel = child.rel
    if rel in _CLAUSAL:
        return True
    if rel in {"obl", "nmod"}:
        return _content_oblique(parse, child, cue)
    if rel == "conj":
        # A fragment coordinated to the verb is a parse slip for a predicative object
        # (nannte ihn einen „großartigen Unternehmer; einen der besten“).
        return partial
    return False


def _charged(view: QuoteView, child: Word, verb: Word, cue: Cue) -> bool:
    """Der Verein warf der Liga „Willkür“ vor. / hat der Landesregierung in Hannover
    „planloses Bauen“ vorgeworfen. — with a charging verb, a quoted noun phrase in the
    verb's own clause is the charge, whatever the parser hung it on (the dative, an
    oblique before it), unless it is part of the one who charges (Die Initiative
    „Nachtruhe jetzt“ warf …) or a name after an article or preposition (in der „Bild“)."""
    parse = view.parse
    if cue.lemma not in parse.lang.charging_verbs or view.is_standalone():
        return False
    if child.upos not in {"NOUN", "PROPN", "PRON", "ADJ"}:
        return False  # a clause between the quotation and the verb: not its charge
    if child.rel not in {"nsubj", "obj", "iobj", "obl", "nmod"}:
        return False
    speaker = subject_of(parse, verb, exclude=view.inside)
    return (speaker is None or speaker.i != child.i) and not _after_article(view)


def _after_article(view: QuoteView) -> bool:
    """Does a preposition or definite article stand right before the opening mark, making
    the quotation a name (warf der „Bild“ Lügen vor; in der „Bild“)?"""
    before = view.parse.word_before(view.quote.outer.start)
    return before is not None and (
        before.upos == "ADP"
        or (before.upos == "DET" and before.lemma.lower() in view.lang.definite_articles)
    )


def _content_oblique(parse: Parse, word: Word, cue: Cue) -> bool:
    """Is the oblique ``word`` what was said: sprach von, berichtete über, bezeichnete
    als, or a preposition this cue takes (warnte vor, riet zu)?"""
    cases = {c.lemma.lower() for c in parse.kids(word.i, "case")}
    return bool(cases & parse.lang.content_prepositions) or any(
        cue.lemma in parse.lang.content_prepositions_by_verb.get(case, ()) for case in cases
    )


@rule(after=1)
def with_the_words(view: QuoteView) -> Attribution | None:
    """Mit den Worten „Jetzt wird in der G20 diskutiert“ richtete er den Blick nach vorn. /
    „Guten Tag, ich bin wieder da“, mit diesen Worten meldete er sich zurück. /
    Die Menge skandierte Parolen wie „Thaksin raus!“.

    *mit den Worten* right before the quotation, or *, mit diesen Worten* right after it,
    or a slogan noun (Parolen, Sprüche, Rufe) with or without *wie* before it: the
    subject of the verb the phrase belongs to is the speaker, whatever that verb is.
    """
    parse = view.parse
    found: list[tuple[Word, bool]] = []  # (noun, is it "Worte")
    before = parse.word_before(view.quote.outer.start)
    if before is not None and parse.text[before.end : view.quote.outer.start].strip() == "":
        found.append((before, True))
        if before.text.lower() == "wie":
            # Parolen wie „…“, Sprüche wie zum Beispiel „…“
            noun = parse.word_before(before.start)
            if noun is not None:
                found.append((noun, False))
        elif before.text == "Beispiel" and before.i >= 3:
            found.append((parse.words[before.i - 3], False))
        else:
            found.append((before, False))
    tail = view.words_after()
    if len(tail) >= 4 and tail[0].text == ",":
        found.append((tail[3], True))  # „…“, mit diesen Worten
    for w, words in found:
        if words:
            if w.lemma.lower() != "wort" or not w.text.lower().startswith("worte"):
                continue
            if w.i < 2 or parse.words[w.i - 2].text.lower() != "mit":
                continue
            cue = Cue("Wort", span_of(parse, w))
        else:
            if w.text.lower() not in view.lang.slogan_nouns:
                continue
            cue = Cue(w.text, span_of(parse, w))
        verb = _verb_of_phrase(view, w)
        if verb is None:
            continue
        subject = subject_of(parse, verb, inverted=verb.start > w.start, exclude=view.inside)
        if subject is None or subject.text.lower() in view.lang.words_nouns:
            continue  # Sprüche wie „…“ standen darauf: the words are the subject
        return Attribution(0.85, subject, cue)
    return None


#: Nouns for words called out: skandierten Parolen wie „…“.
def _verb_of_phrase(view: QuoteView, w: Word) -> Word | None:
    """The verb a phrase headed by ``w`` belongs to: its nearest verb ancestor outside
    the quotation, or else (where the parser hung it inside the quotation) the finite
    verb right after the quotation (Mit den Worten „…“ richtete er …)."""
    parse = view.parse
    k, steps = w, 0
    while k.head >= 0 and steps < _MAX_CLIMB:
        k = parse.words[k.head]
        steps += 1
        if k.i in view.inside or k.sent != w.sent:
            break
        if k.upos == "VERB":
            return k
    for x in view.words_after():
        if x.upos == "PUNCT":
            continue
        if x.upos == "AUX" and x.head >= 0 and parse.words[x.head].upos == "VERB":
            return parse.words[x.head]
        return x if x.upos == "VERB" else None
    return None


@rule(on_titles=False)
def of_the_opinion(view: QuoteView) -> Attribution | None:
    """Die Ärztin ist der Meinung, dass die Reform „viel zu spät“ kommt. / Er vertritt die
    These, der Markt sei „längst gesättigt“.

    A partial quotation in the clause after an opinion noun and its comma (Meinung,
    Auffassung, These: german.txt [opinion_nouns]) is the view of the one who holds it:
    the subject of sein with the noun as predicate, or of vertreten/teilen with the noun
    as object ([opinion_noun_verbs]).
    """
    if view.is_standalone():
        return None
    parse = view.parse
    for w in reversed(view.words_before()):
        if w.upos != "NOUN" or (w.lemma or w.text).lower() not in view.lang.opinion_nouns:
            continue
        if w.i + 1 >= len(parse.words) or parse.words[w.i + 1].text != ",":
            return None  # the content clause follows the noun after a comma
        cue = Cue(w.lemma or w.text, span_of(parse, w))
        if any(k.lemma.lower() == "sein" for k in parse.kids(w.i, "cop")):
            holder = next(iter(parse.kids(w.i, "nsubj")), None)
        elif w.rel == "obj" and parse.words[w.head].lemma.lower() in view.lang.opinion_noun_verbs:
            holder = subject_of(parse, parse.words[w.head], exclude=view.inside)
        else:
            return None
        if holder is None or not is_plausible_speaker(holder, parse):
            return None
        return Attribution(0.75, holder, cue)
    return None


@rule(on_titles=False)
def speech_verb_in_sentence(view: QuoteView) -> Attribution | None:
    """Der Sprecher sagte, ein mit 9.000 „Einmannpackungen“ beladener Airbus sei
    umgekehrt. — a partial quotation in a sentence whose main-clause verb is a speech
    verb with a speaker-like subject, where the parse does not link the two."""
    if view.is_standalone() or in_parentheses(view):
        return None
    content = view.quote.text.strip()
    before = view.parse.word_before(view.quote.outer.start)
    after_als = before is not None and before.text.lower() == "als"
    if not content or (content[0].isupper() and len(content.split()) < 3 and not after_als):
        # A capitalised word or two is a name or term more often than speech, unless it
        # is what something was called: bezeichnete Stratfor als „Schatten-CIA“.
        return None
    parse = view.parse
    for w in view.sentence_words():
        if not is_main_clause(parse, w):
            continue
        found = cue_verb(parse, w)
        if found is None:
            continue
        verb, cue = found
        subject = subject_of(parse, verb, inverted=verb.start > view.quote.end, exclude=view.inside)
        if subject is not None and can_speak(parse, subject):
            return Attribution(0.5, subject, cue)
    return None
