"""Attribution rules: who said a quotation, read off a dependency parse.

Each rule is a small function ``rule(view) -> Attribution | None`` that looks at one
quotation (:class:`QuoteView`) and either names the word heading its speaker and the
speech cue, or passes. :data:`RULES` tries them in order; the first that fires wins.
Rules that need the neighbouring quotations (split quotes, continuation) run as a
second pass in :func:`attribute_quotes`.

Precision before recall: a quotation no rule attributes gets no speaker. Scare
quotes, titles and names in quotation marks reach no rule, because none of them
stands in the clause of a speech verb, after a colon, or beside so/laut/zufolge.

The rules, in order (each function's docstring has a German example):

1. :func:`cue_after_quote`       „…“, sagte X.  /  „…“ fügte er hinzu.
2. :func:`so_after_quote`        „…“, so X.
3. :func:`colon_before_quote`    X sagte am Montag: „…“  /  X: „…“
4. :func:`according_to`          laut X / X zufolge / nach Angaben von X
5. :func:`quote_in_speech_clause` X sprach von einem „…“ / nannte Y einen „…“ /
                                  Die Lage sei „angespannt“, warnte X.
6. :func:`split_quote`           „A“, sagte X, „B.“          (second pass)
7. :func:`continuation`          „A“, sagte X. „B.“          (second pass)
8. :func:`introduced_before`     Der Chef, Frank Werneke, drohte. „…“  (second pass)
9. :func:`reported_speech`       X kritisierte den Plan. Er sei „völlig verfehlt“.
10. :func:`cue_in_next_sentence` „…“ Das sagte die Ministerin am Montag.
11. :func:`speech_verb_in_sentence` Der Sprecher sagte, der Plan sei „unausgegoren“.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs
import regex

from quoteattr._cues import is_cue_noun, particle_verb, speech_verb_lemma
from quoteattr._model import Cue, Quote, Span, Speaker
from quoteattr._parse import Parse, Word
from quoteattr._speakers import (
    NP_RELS,
    People,
    is_plausible_speaker,
    is_role,
    mention_span,
    ordinal_anaphor,
)

__all__ = ["RULES", "Attribution", "QuoteView", "attribute_quotes"]


@attrs.frozen
class Attribution:
    """What a rule found: the word heading the speaker mention and the cue."""

    rule: str
    confidence: float
    speaker: Word
    cue: Cue | None


@attrs.frozen
class QuoteView:
    """One quotation as the rules see it: the quote and the words around it."""

    parse: Parse
    quote: Quote
    #: indices of the words inside the quotation, marks included
    inside: frozenset[int]
    #: indices of the words inside the document's quotations of more than a few words
    #: (this one's too): someone's words, never a speaker of another quotation (a name in
    #: quotation marks, der „Spiegel“, can be); shared by all views of a document
    said: frozenset[int] = frozenset()

    @classmethod
    def of(cls, parse: Parse, quote: Quote, said: frozenset[int] = frozenset()) -> QuoteView:
        words = parse.words_between(quote.outer.start, quote.outer.end)
        # A tokenizer may glue a mark to a neighbouring word; count words overlapping
        # the content as inside too.
        inside = {w.i for w in words}
        inside.update(w.i for w in parse.words_between(max(0, quote.start - 1), quote.end + 1))
        return cls(parse, quote, frozenset(inside), said)

    @property
    def first(self) -> int | None:
        return min(self.inside) if self.inside else None

    @property
    def last(self) -> int | None:
        return max(self.inside) if self.inside else None

    def words_after(self) -> list[Word]:
        """Words after the closing mark up to the end of that sentence (or of the next
        sentence, where the tokenizer ended a sentence at ?“ or !“)."""
        last = self.last
        if last is None or last + 1 >= len(self.parse.words):
            return []
        words = self.parse.words
        end_sent = words[last].sent
        nxt = words[last + 1]
        if nxt.sent != end_sent and (nxt.text == "," or nxt.text[:1].islower()):
            end_sent = nxt.sent  # „…?“, fragte er: the tokenizer ended a sentence at ?“
        stop = self.parse.sentences[end_sent][1]
        return [w for w in words[last + 1 : stop] if w.start >= self.quote.outer.end]

    def words_before(self) -> list[Word]:
        """Words of the opening sentence before the opening mark, nearest last."""
        first = self.first
        if first is None:
            return []
        words = self.parse.words
        begin = self.parse.sentences[words[first].sent][0]
        return [w for w in words[begin:first] if w.end <= self.quote.outer.start]

    def sentence_words(self) -> list[Word]:
        """Words outside the quotation in the sentences it touches."""
        if self.first is None or self.last is None:
            return []
        words = self.parse.words
        lo = self.parse.sentences[words[self.first].sent][0]
        hi = self.parse.sentences[words[self.last].sent][1]
        return [w for w in words[lo:hi] if w.i not in self.inside]

    def head_words(self) -> list[Word]:
        """Content words whose head lies outside the quotation: where the quote hangs
        in the sentence."""
        words = self.parse.words
        return [
            words[i]
            for i in sorted(self.inside)
            if words[i].upos != "PUNCT" and words[i].head not in self.inside
        ]

    def is_standalone(self) -> bool:
        """Is the quotation a sentence of its own (nothing but punctuation around it in
        its sentences)? "„Unsere Geduld ist am Ende.“" is; "von einem „…“" is not."""
        return all(w.upos == "PUNCT" for w in self.sentence_words())


# --- shared helpers ------------------------------------------------------------------


#: Separable particles: a speech verb stem with one of these becomes another verb
#: (halten → zurückhalten) unless the joined verb is itself listed.
_PARTICLES = frozenset(
    [
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "dar",
        "durch",
        "ein",
        "fest",
        "fort",
        "her",
        "heraus",
        "hervor",
        "hin",
        "hinzu",
        "klar",
        "los",
        "mit",
        "nach",
        "vor",
        "voraus",
        "weg",
        "weiter",
        "zu",
        "zurück",
        "zusammen",
        "bekannt",
    ]
)
#: Relations under which the small model leaves a separated particle.
_PARTICLE_RELS = ("compound:prt", "advmod", "xcomp", "conj")


def speech_cue(parse: Parse, word: Word) -> Cue | None:
    """The cue if ``word`` is a speech verb, with a separable particle reattached:
    fügte … hinzu → hinzufügen; teilte … mit → mitteilen. A particle that makes another
    verb ("hielt sich zurück") is not a speech cue even when the stem is ("halten").
    """
    if word.upos not in {"VERB", "AUX"} and not _verb_tagged_adjective(word):
        return None
    span = Span.of(parse.text, word.start, word.end)
    for prt in parse.kids(word.i, *_PARTICLE_RELS):
        particle = prt.text.lower()
        # A separated particle follows its verb in the same sentence ("fügte er hinzu").
        if particle not in _PARTICLES or prt.i < word.i:
            continue
        joined = particle_verb(word.lemma, particle)
        if joined:
            return Cue(joined, span)
        if prt.rel == "compound":
            return None
    lemma = speech_verb_lemma(word.lemma, word.text)
    return Cue(lemma, span) if lemma else None


def _verb_tagged_adjective(word: Word) -> bool:
    """entgegnete tagged ADJ by a small model: a lower-case past form."""
    return word.upos == "ADJ" and word.text.islower() and word.text.endswith(("te", "ten"))


def subject_of(
    parse: Parse, verb: Word, *, inverted: bool = False, exclude: frozenset[int] = frozenset()
) -> Word | None:
    """The speaker word of a speech verb: its subject, else an ersterer/letzterer
    attached to it, else the subject of the verb it is coordinated with.

    ``inverted``: the verb follows the quote („…“, erklärte Ma Reportern gegenüber),
    so the subject stands right after the verb; a name or pronoun there wins over a
    parser's odd choice of subject. Words in ``exclude`` (the quotation) never count.
    """
    subjects = [
        w
        for w in parse.kids(verb.i, "nsubj")
        if is_plausible_speaker(w, parse) and w.i not in exclude
    ]
    if len(subjects) > 1:
        # A compound split at its hyphen: "VW - Chef Martin Winterkorn" as two subjects.
        second_halves = {w.i - 2 for w in subjects}
        subjects = [
            w for w in subjects if not (w.i in second_halves and parse.hyphen_joined(w.i))
        ] or subjects
        # A fronted object labelled subject beside the real one: "Den Unmut brachte die
        # Sprecherin zum Ausdruck" — a person first.
        subjects.sort(key=lambda w: not _person_like(parse, w))
    if subjects and _adverb_like(parse, subjects[0]):
        # "Ähnlich äußerte sich der US-Präsident": a sentence-initial adverb the small model
        # tagged as a name and made the subject; another subject, or the nominative after
        # the verb, speaks.
        rest = [w for w in subjects if not _adverb_like(parse, w)]
        after = None if rest else _nominative_after(parse, verb, exclude)
        if after is not None:
            return after
        subjects = rest or subjects
    if _is_passive(parse, verb):
        # Passive: the von-agent speaks (von Kennern als „…“ bezeichnet); the subject is
        # what was spoken of, except for zitieren (X wird mit den Worten zitiert).
        agent = _passive_agent(parse, verb)
        if agent is not None and agent.i not in exclude:
            return agent
        if speech_verb_lemma(verb.lemma, verb.text) not in _SELF_QUOTING:
            return None
    nxt = _next_content_word(parse, verb)
    if nxt is not None and nxt.i not in exclude:
        if inverted and any(s.i == nxt.i for s in subjects):
            return nxt
        # V2 order: a pronoun or name right after the finite verb is its subject, whatever
        # the parser says („…“, erklärte Ma Reportern gegenüber; Das lobte er: „…“).
        if (
            _is_bare_speaker(nxt)
            and (not subjects or subjects[0].upos == "NOUN" or nxt.text.lower() == "er")
            and (inverted or nxt.upos == "PRON")
        ):
            # "er" can only be a subject; "sie" may be an object (fragte sie).
            return nxt
    if speech_verb_lemma(verb.lemma, verb.text) == "zitieren" and not _is_passive(parse, verb):
        # Ein Sender zitierte Papandreou mit den Worten: „…“ — the quoted one speaks.
        for obj in parse.kids(verb.i, "obj"):
            if is_plausible_speaker(obj, parse) and obj.i not in exclude:
                return obj
    if subjects:
        return subjects[0]
    source = _impersonal_source(parse, verb)
    if source is not None:
        return source
    for child in parse.kids(verb.i):
        if ordinal_anaphor(child) is not None:
            return child
    if verb.i > 0 and ordinal_anaphor(parse.words[verb.i - 1]) is not None:
        return parse.words[verb.i - 1]  # "; letztere sagte", whatever it was attached to
    if verb.rel == "conj" and verb.head >= 0:
        head = parse.words[verb.head]
        if head.upos in {"VERB", "AUX"}:
            return subject_of(parse, head, exclude=exclude)
    # A passive auxiliary or modal: „…“, wird X zitiert.
    for aux in parse.kids(verb.i, "aux"):
        for w in parse.kids(aux.i, "nsubj"):
            if is_plausible_speaker(w, parse) and w.i not in exclude:
                return w
    return None


#: Endings of German adjectives and adverbs, which a small model may tag as a name when
#: they open a sentence (Ähnlich, Passend, Grundsätzlich).
_ADVERB_ENDINGS = ("lich", "ig", "isch", "end", "bar", "sam", "haft", "los", "weise")


def _adverb_like(parse: Parse, w: Word) -> bool:
    """Is ``w`` a lone capitalised adjective or adverb at the start of its sentence?"""
    return (
        w.i == parse.sentences[w.sent][0]
        and w.text.lower().endswith(_ADVERB_ENDINGS)
        and not parse.kids(w.i, "flat", "appos", "det")
    )


def _nominative_after(parse: Parse, verb: Word, exclude: frozenset[int]) -> Word | None:
    """The first noun after ``verb`` in its sentence, if it can be a nominative speaker
    (skipping sich, adverbs, articles and adjectives)."""
    for w in parse.words[verb.i + 1 : parse.sentences[verb.sent][1]]:
        if w.i in exclude:
            return None
        if w.upos in {"PUNCT", "DET", "ADJ", "ADV", "PRON"} or w.text.lower() in _SKIPPABLE:
            if w.upos == "PRON" and w.text.lower() != "sich":
                return None
            continue
        while w.rel in {"compound", "flat"} and w.head > w.i:
            w = parse.words[w.head]  # US - Präsident: the compound's head
        if w.upos in {"NOUN", "PROPN"} and w.feat("Case") in {None, "Nom"}:
            return w if is_plausible_speaker(w, parse) else None
        return None
    return None


#: Passive speech verbs whose subject is the speaker: X wird mit den Worten zitiert.
_SELF_QUOTING = frozenset({"zitieren", "wiedergeben"})


def _is_passive(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` a passive participle (werden + participle, or an nsubj:pass)?

    A participle with haben is the perfect, whatever the parser labelled its subject:
    „…“, hatte VW-Chef Winterkorn erklärt.
    """
    kids = parse.kids(verb.i)
    if any(k.deprel == "aux:pass" for k in kids):
        return True
    if any(k.deprel == "aux" and k.lemma.lower() == "haben" for k in kids):
        return False
    return any(k.deprel == "nsubj:pass" for k in kids)


def _passive_agent(parse: Parse, verb: Word) -> Word | None:
    """The von-phrase of a passive (von Musikkennern), if it can be a speaker."""
    for obl in parse.kids(verb.i, "obl"):
        if any(c.lemma.lower() == "von" for c in parse.kids(obl.i, "case")) and (
            is_plausible_speaker(obl)
        ):
            return obl
    return None


def _impersonal_source(parse: Parse, verb: Word) -> Word | None:
    """„…“, hieß es in der Mitteilung / vom Ministerium. — with impersonal heißen, the
    document, place or body the words come from (an in/auf/bei/von oblique) stands in
    for the speaker."""
    if verb.lemma.lower() != "heißen" and not verb.text.lower().startswith(("heiß", "hieß")):
        return None
    for obl in parse.kids(verb.i, "obl"):
        if any(c.lemma.lower() in {"in", "auf", "bei", "von"} for c in parse.kids(obl.i, "case")):
            return obl
    return None


def _is_bare_speaker(w: Word) -> bool:
    return (w.upos == "PROPN" and w.rel not in {"flat", "compound"}) or (
        w.upos == "PRON" and w.text.lower() in {"er", "sie"}
    )


_SKIPPABLE = frozenset(
    {
        "auch",
        "dann",
        "noch",
        "zudem",
        "außerdem",
        "jedoch",
        "aber",
        "nun",
        "dazu",
        "dabei",
        "damals",
        "später",
        "weiter",
        "ebenfalls",
    }
)


def _next_content_word(parse: Parse, verb: Word) -> Word | None:
    for w in parse.words[verb.i + 1 : parse.sentences[verb.sent][1]]:
        if w.upos == "PUNCT" or w.text.lower() in _SKIPPABLE:
            continue
        return w
    return None


def _cue_verb(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    """``word`` or, for an auxiliary, the verb it serves, if a speech verb."""
    cue = speech_cue(parse, word)
    if cue is not None:
        return word, cue
    if (
        word.lemma.lower() == "zeigen"
        and any(k.text.lower() == "sich" for k in parse.kids(word.i, "obj", "expl"))
        and any(_person_like(parse, k) for k in parse.kids(word.i, "nsubj"))
    ):
        # Der Vizepräsident zeigte sich „sehr glücklich“ / zeigte sich zuversichtlich: „…“
        # (a person showing a state of mind; "zeigten sich die Vorbereitungen" is not)
        return word, Cue("sich zeigen", Span.of(parse.text, word.start, word.end))
    if word.lemma.lower() == "lassen":
        # ließ ein Sprecher verlauten / ließ mitteilen: the infinitive is the cue, and
        # lassen's subject the speaker.
        for inf in parse.kids(word.i, "xcomp"):
            cue = speech_cue(parse, inf)
            if cue is not None:
                return word, cue
    if word.upos == "AUX" and word.head >= 0:
        head = parse.words[word.head]
        cue = speech_cue(parse, head)
        if cue is not None:
            return head, cue
    return None


# --- the rules -------------------------------------------------------------------------


def cue_after_quote(view: QuoteView) -> Attribution | None:
    """„Er liebt dieses Land“, sagte Trump. / „…?“ fügte er hinzu.

    The first word after the closing mark (past a comma) is a speech verb; the speaker
    is its subject, which in this inverted order stands right after the verb.
    """
    after = [w for w in view.words_after() if w.upos != "PUNCT"]
    if not after or not _opens_clause_content(view):
        return None
    first = after[0]
    inverted = True
    if first.text.lower() == "wie" and first.head >= 0:
        # „…“, wie der Sprecher sagte / wie Hoyzer zitiert wird.
        first, inverted = view.parse.words[first.head], False
    found = _cue_verb(view.parse, first)
    if found is None:
        return None
    verb, cue = found
    subject = subject_of(view.parse, verb, inverted=inverted, exclude=view.inside)
    if subject is None:
        return None
    return Attribution("cue_after_quote", 0.95, subject, cue)


def _opens_clause_content(view: QuoteView) -> bool:
    """Can a verb right after this quotation take it as what was said? Yes when the
    quotation opens its sentence, or ends a reported clause and a comma follows
    (Die Lage sei „angespannt“, warnte X). Not for a name inside a phrase:
    In der „Bild am Sonntag“ schreibt Papier …"""
    before = [w for w in view.words_before() if w.upos != "PUNCT"]
    if not before and _starts_sentence(view):
        return True
    if looks_like_title(view):
        return False
    follows = view.parse.text[view.quote.outer.end : view.quote.outer.end + 3].lstrip()
    return follows.startswith(",") and any(w.upos in {"VERB", "AUX"} for w in before)


def _starts_sentence(view: QuoteView) -> bool:
    """Does the quotation open a sentence in the text itself (not just in the tokenizer's
    view): nothing before it but the end of a sentence, a colon or a paragraph break?"""
    head = view.parse.text[: view.quote.outer.start].rstrip()
    return (
        not head
        or head[-1] in '.!?:;\n“”"«»)'
        or view.parse.text[len(head) : view.quote.outer.start].count("\n") > 0
    )


#: "so genannte", "sogenannten" right before a quotation: a term, not speech.
_SO_CALLED = regex.compile(
    r"""(?ix)
    (?: \bso\s*genannt\w*      # so genannte „…“, sogenannten „…“
      | \bkurz,?                 # der Deutsche Fußball-Bund, kurz „DFB“
    ) \s*$"""
)


def looks_like_title(view: QuoteView) -> bool:
    """A term after "so genannt", or a name or title in quotation marks rather than words
    someone said: it starts with a capital or a digit, has no verb, and follows a
    definite article or the noun it names —
    die Zeitung „Yemen Observer“, der Film „2001: Odyssee im Weltraum“, die „Dornier“."""
    before_text = view.parse.text[max(0, view.quote.outer.start - 40) : view.quote.outer.start]
    if _SO_CALLED.search(before_text):
        return True
    before = _word_before_name(view)
    if before is not None and before.text.lower() in {"laut", "gemäß"}:
        return True  # laut „news.bbc.co.uk“: the source's name
    content = view.quote.text.lstrip()
    if not content or not (content[0].isupper() or content[0].isdigit()):
        return False
    if before is not None and before.lemma.lower() in _TITLE_NOUNS:
        return True  # mit dem Titel „Die Revolution missbraucht ihre Kinder“
    words = view.parse.words
    inner = [words[i] for i in view.inside if view.quote.start <= words[i].start < view.quote.end]
    if len(inner) > _MAX_TITLE_WORDS or any(w.upos in {"VERB", "AUX"} for w in inner):
        return False
    if before is None:
        return False
    # A definite article names (die „Dornier“); an indefinite one describes (einen „Angriff“).
    return before.upos in {"NOUN", "PROPN"} or (
        before.upos == "DET" and before.lemma.lower() in {"der", "die", "das"}
    )


#: Nouns whose quoted complement is a name, however sentence-like it reads: das Buch mit
#: dem Titel „…“, unter dem Motto „…“.
_TITLE_NOUNS = frozenset(
    {
        "titel",
        "untertitel",
        "arbeitstitel",
        "motto",
        "name",
        "namen",
        "überschrift",
        "buchtitel",
        "filmtitel",
        "werktitel",
        "codename",
        "spitzname",
    }
)


def _word_before_name(view: QuoteView) -> Word | None:
    """The word before the opening mark; for the second of coordinated quotations
    (die Modelle „Touareg“ und „Phaeton“), the word before the first."""
    before = view.parse.word_before(view.quote.outer.start)
    if before is not None and before.upos == "CCONJ":
        earlier = view.parse.word_before(before.start)
        if earlier is not None and earlier.text in _CLOSING_MARKS:
            opener = _opener_of(view.parse.text, earlier.start)
            if opener is not None:
                return view.parse.word_before(opener)
    return before


_CLOSING_MARKS = frozenset('“”«»"')


def _opener_of(text: str, close: int) -> int | None:
    """Offset of the opening mark that the closing mark at ``close`` pairs with, looking
    back at most one short title's length."""
    for k in range(close - 1, max(-1, close - 120), -1):
        if text[k] in '„“«»"':
            return k
    return None


#: Names and titles in quotation marks are short; a longer verbless stretch is a fragment.
_MAX_TITLE_WORDS = 6


def so_after_quote(view: QuoteView) -> Attribution | None:
    """„Wir bleiben dabei“, so die Sprecherin. / Der Iran müsse „…“ beenden, so Rice.

    ``so`` after a comma, then the speaker's noun phrase up to the end of the
    sentence: right after the quotation, or closing the sentence that holds it. Not
    the ``so`` of a consequence (…, so wurde sein Werk gelobt).
    """
    after = view.words_after()
    for k, w in enumerate(after):
        if w.text.lower() != "so" or k == 0 or after[k - 1].text != ",":
            continue
        phrase = []
        for x in after[k + 1 :]:
            if x.sent != w.sent or x.upos == "PUNCT":
                break  # the phrase ends at a comma (an apposition may follow) or the stop
            phrase.append(x)
        if not phrase or any(x.upos in {"VERB", "AUX"} for x in phrase):
            continue
        head = _phrase_head(view.parse, phrase)
        if head is None:
            continue
        cue = Cue("so", Span.of(view.parse.text, w.start, w.end))
        return Attribution("so_after_quote", 0.9, head, cue)
    return None


def _phrase_head(parse: Parse, phrase: Sequence[Word]) -> Word | None:
    """The head of a noun phrase given as a run of words: the first word whose head is
    outside the run and that can be a speaker."""
    ids = {w.i for w in phrase}
    for w in phrase:
        if (
            w.head not in ids
            and is_plausible_speaker(w)
            and (w.upos != "ADJ" or ordinal_anaphor(w) is not None)
        ):
            return w
    for w in phrase:
        if w.upos in {"PROPN", "NOUN"}:
            return w
    return None


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
    all_verbs = [w for w in before if w.upos in {"VERB", "AUX"}]
    # Speech verbs first, nearest the colon first ("…trafen sich; letztere sagte: „…“"),
    # then other verbs, the top-level one first ("Die Firma empfindet es so: „…“").
    speech = [w for w in reversed(all_verbs) if _cue_verb(parse, w) is not None]
    verbs = speech + [w for w in all_verbs if w.head not in ids and w not in speech]
    verbs += [w for w in all_verbs if w not in verbs]
    for verb in verbs:
        found = _cue_verb(parse, verb)
        target = found[0] if found else verb
        subject = subject_of(parse, target, exclude=view.inside)
        if subject is None or subject.i not in ids:
            continue
        if found is not None:
            if not _can_say(view, found[1], subject):
                return None
            return Attribution("colon_before_quote", 0.9, subject, found[1])
        if _person_like(parse, subject):
            return Attribution("colon_before_quote", 0.7, subject, None)
    if verbs:
        return None
    head = _phrase_head(parse, [w for w in before if w.upos != "PUNCT"])
    if head is not None and len(before) <= 12 and is_cue_noun(head.lemma):
        # Zitat von Schröder: „…“ / Die Worte des Präsidenten: „…“ — whose words they are.
        for source in parse.kids(head.i, "nmod"):
            cases = {c.lemma.lower() for c in parse.kids(source.i, "case")}
            if source.i in ids and cases <= {"von"} and is_plausible_speaker(source, parse):
                return Attribution(
                    "colon_before_quote", 0.75, source, Cue(head.lemma, _span(parse, head))
                )
        return None
    if (
        head is not None
        and len(before) <= 12
        and (head.upos == "PROPN" or any(is_role(w) for w in before if w.i <= head.i))
    ):
        # Scholz: „…“ / Bundesinnenminister Schäuble: „…“ (a role before the name, even
        # where the small model tags the role ADJ and the name NOUN).
        return Attribution("colon_before_quote", 0.75, head, None)
    return None


#: Cues that also say what a thing is called; only a person-like subject makes them speech.
_NAMING_CUES = frozenset({"lauten", "heißen"})


def _can_say(view: QuoteView, cue: Cue, subject: Word) -> bool:
    """Der Titel lautet: „Die Wand“ names a thing; Der Text lautete: „Wir sehen keine
    andere Lösung …“ or „…“, hieß es in der Mitteilung report words. With lauten/heißen,
    a subject that is no speaker needs a quotation that reads as a statement (a verb, or
    more words than a title has), or a source oblique."""
    if cue.lemma not in _NAMING_CUES or subject.rel == "obl":
        return True
    if _person_like(view.parse, subject):
        return True
    words = view.parse.words
    inner = [words[i] for i in view.inside if view.quote.start <= words[i].start < view.quote.end]
    return len(inner) > _MAX_TITLE_WORDS or any(w.upos in {"VERB", "AUX"} for w in inner)


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
    head = _phrase_head(parse, [w for w in phrase if w.text.lower() not in _SKIPPABLE])
    if head is None:
        return None
    cue = Cue("so", Span.of(parse.text, tail[0].start, tail[0].end))
    return Attribution("colon_before_quote", 0.85, head, cue)


def _person_like(parse: Parse, w: Word) -> bool:
    """Could ``w`` be a person or organisation speaking? A name, er/sie, a role noun,
    or a noun with a name in apposition. Not "Seine Zuversicht", "Sein Werk"."""
    if w.upos == "PROPN" or _is_bare_speaker(w) or is_role(w) or ordinal_anaphor(w) is not None:
        return True
    return any(k.upos == "PROPN" for k in parse.kids(w.i, "appos", "flat"))


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


_ACCORDING = frozenset({"laut", "zufolge", "gemäß"})


def according_to(view: QuoteView) -> Attribution | None:
    """Die Zahl der Opfer sei „dramatisch gestiegen“, laut Polizei. /
    Der Regierung zufolge … / Nach Angaben der Polizei … / nach Worten von X.

    In the quotation's sentence, laut/zufolge/gemäß mark their noun as the source;
    nach + a cue noun (Angaben, Worten, Auskunft) takes its genitive or von-noun.
    """
    parse = view.parse
    for w in view.sentence_words():
        lemma = w.lemma.lower()
        if lemma in _ACCORDING:
            source = _according_source(parse, w)
            if source is not None and _is_source_for(view, source, w):
                return Attribution("according_to", 0.85, source, Cue(lemma, _span(parse, w)))
        if is_cue_noun(w.lemma) and any(c.lemma.lower() == "nach" for c in parse.kids(w.i, "case")):
            for source in parse.kids(w.i, "nmod"):
                if is_plausible_speaker(source) and _is_source_for(view, source, w):
                    cue = Cue(f"nach {w.lemma}", _span(parse, w))
                    return Attribution("according_to", 0.85, source, cue)
    return None


def _is_source_for(view: QuoteView, source: Word, marker: Word) -> bool:
    """A source outside the quotation, for a quotation that is not a name in the same
    sentence: not part of the source's phrase (Nach Angaben des Magazins „Der Spiegel“),
    nor between the marker and its source (laut „news.bbc.co.uk“ mit folgenden Worten).
    A quotation the parser hung below the source's noun (laut einem Jury-Mitglied eine
    „kluge … Geschichte“) still counts."""
    if source.i in view.inside or looks_like_title(view):
        return False
    low, high = sorted((marker.start, source.end))
    if low <= view.quote.outer.start < high:
        return False
    parse = view.parse
    phrase = _phrase(parse, source, stop=view.inside)
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


def _phrase(parse: Parse, head: Word, stop: frozenset[int] = frozenset()) -> set[int]:
    """``head`` and the words of its noun phrase (not the clauses the parser hung on it),
    not going below the words in ``stop``."""
    keep = {head.i}
    stack = [head.i]
    while stack:
        for kid in parse.kids(stack.pop()):
            if kid.rel in NP_RELS and kid.i not in keep:
                keep.add(kid.i)
                if kid.i not in stop:
                    stack.append(kid.i)
    return keep


def _according_source(parse: Parse, marker: Word) -> Word | None:
    """The noun laut/gemäß/zufolge marks: its head when parsed as ``case``; otherwise the
    noun beside it (laut Polizei; Dem Betriebsrat zufolge, parsed as an adverb)."""
    if marker.rel == "case" and marker.head >= 0:
        source = parse.words[marker.head]
        return source if is_plausible_speaker(source) else None
    if marker.lemma.lower() == "zufolge" and marker.i > 0:
        before = parse.words[marker.i - 1]
        if before.sent == marker.sent and before.text[:1].isupper() and before.upos != "PUNCT":
            return before
    return None


def _span(parse: Parse, w: Word) -> Span:
    return Span.of(parse.text, w.start, w.end)


#: Relations by which a quotation (or the clause holding it) hangs on a speech verb.
_CLAUSAL = frozenset({"ccomp", "parataxis", "xcomp", "obj", "iobj", "csubj", "advcl"})
#: Prepositions that make an oblique the content of speech: sprach von, bezeichnete als.
_CONTENT_CASES = frozenset({"von", "als", "über"})
_MAX_CLIMB = 5


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
                _cue_verb(parse, head)
                or _opinion_verb(parse, head, view)
                or (_als_verb(parse, head) if als else None)
            )
            if found is not None and _is_zu_infinitive(parse, found[0]):
                found = None  # „…“ zu erklären is what was said, not the saying of it
            if found is not None and als and _is_infinitive(found[0]):
                found = None  # wird ihn als „Opa“ sehen können: seeing, not judging
            if found is not None:
                verb, cue = found
                if not _edge_allowed(
                    parse, child, verb, cue, partial=not view.is_standalone(), after_als=als
                ) and not (nominal and _content_oblique(parse, top, cue)):
                    break
                if looks_like_title(view) and not _names_it(view, cue):
                    return None
                subject = subject_of(
                    parse, verb, inverted=verb.start > view.quote.end, exclude=view.inside
                )
                if subject is None or not _can_say(view, cue, subject):
                    return None
                return Attribution("quote_in_speech_clause", 0.8, subject, cue)
            if head.sent != top.sent:
                break
            nominal = nominal and head.rel in {"obl", "nmod"}
            child = head
    return None


def _after_als(view: QuoteView) -> bool:
    """Does ``als`` stand right before the opening mark (bezeichnete ihn als „…“)?"""
    before = view.parse.word_before(view.quote.outer.start)
    return before is not None and before.text.lower() == "als" and not view.is_standalone()


#: Verbs that characterise something as the quoted words, only with als: feierte die
#: Absage als „großen Erfolg“; stufte die Gefahr als „sehr hoch“ ein.
_ALS_VERBS = frozenset(
    {
        "feiern",
        "einstufen",
        "sehen",
        "betrachten",
        "ansehen",
        "abtun",
        "empfinden",
        "abqualifizieren",
    }
)


def _als_verb(parse: Parse, word: Word) -> tuple[Word, Cue] | None:
    if word.upos != "VERB":
        return None
    lemma = word.lemma.lower()
    for prt in parse.kids(word.i, "compound:prt"):
        lemma = prt.text.lower() + lemma
    if lemma not in _ALS_VERBS:
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
_OPINION_VERBS = frozenset({"sehen", "halten", "finden", "empfinden", "werten", "beurteilen"})


def _opinion_verb(parse: Parse, word: Word, view: QuoteView) -> tuple[Word, Cue] | None:
    if word.upos != "VERB" or view.is_standalone() or word.lemma.lower() not in _OPINION_VERBS:
        return None
    if parse.kids(word.i, "compound:prt"):
        return None  # hielt sich zurück, sah … vor: another verb
    return word, Cue(word.lemma.lower(), Span.of(parse.text, word.start, word.end))


def _names_it(view: QuoteView, cue: Cue) -> bool:
    """Is the quoted name what a naming verb called someone (nannte ihn einen „…“), not
    the name of a thing the sentence mentions (nennt die Modelle „Touareg“)?"""
    before = _word_before_name(view)
    return cue.lemma in _NAMING_VERBS and (before is None or before.upos not in {"NOUN", "PROPN"})


#: Verbs whose object is a name for something: the quoted name is what they said.
_NAMING_VERBS = frozenset({"nennen", "bezeichnen", "titulieren", "beschimpfen", "taufen"})
#: Prepositions whose oblique is what was said, for some verbs only: begründete den
#: Rückzug mit einer „…“; riet zu „Gelassenheit“; warnte vor „Ankündigungen ohne Folgen“.
_CONTENT_CASES_OF = {
    "mit": frozenset({"begründen", "rechtfertigen", "erklären", "kommentieren", "drohen"}),
    "zu": frozenset({"raten", "aufrufen", "auffordern", "mahnen", "ermahnen", "ermutigen"}),
    "vor": frozenset({"warnen"}),
    "für": frozenset({"plädieren", "werben"}),
}


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


def _content_oblique(parse: Parse, word: Word, cue: Cue) -> bool:
    """Is the oblique ``word`` what was said: sprach von, berichtete über, bezeichnete
    als, or a preposition this cue takes (warnte vor, riet zu)?"""
    cases = {c.lemma.lower() for c in parse.kids(word.i, "case")}
    return bool(cases & _CONTENT_CASES) or any(
        cue.lemma in _CONTENT_CASES_OF.get(case, ()) for case in cases
    )


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
            cue = Cue("Wort", _span(parse, w))
        else:
            if w.text.lower() not in _SLOGAN_NOUNS:
                continue
            cue = Cue(w.text, _span(parse, w))
        verb = _verb_of_phrase(view, w)
        if verb is None:
            continue
        subject = subject_of(parse, verb, inverted=verb.start > w.start, exclude=view.inside)
        if subject is None or subject.text.lower() in _WORDS_NOUNS:
            continue  # Sprüche wie „…“ standen darauf: the words are the subject
        return Attribution("with_the_words", 0.85, subject, cue)
    return None


#: Nouns for words called out: skandierten Parolen wie „…“.
_SLOGAN_NOUNS = frozenset(
    {"parole", "parolen", "spruch", "sprüche", "slogan", "slogans", "ruf", "rufe", "sprechchöre"}
)
#: Nouns that are the words themselves, never their speaker.
_WORDS_NOUNS = _SLOGAN_NOUNS | {"worte"}


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


def as_said(view: QuoteView) -> Attribution | None:
    """Wie der Vorsitzende Richter ausführte, hätte es „ein ungeheures Blutbad“ gegeben. /
    „Wir sind bereit“, wie Merkel betonte, „aber nicht um jeden Preis.“

    A clause "wie X sagte" in the quotation's sentence, outside the quotation: the
    speech verb it introduces is the cue, its subject the speaker. (A "wie" that
    compares, so gut wie, wie ein Film, introduces no speech verb.)
    """
    if looks_like_title(view):
        return None
    parse = view.parse
    for w in view.sentence_words():
        if w.text.lower() != "wie" or w.head < 0:
            continue
        # "wie" marks its verb, or (a small-model slip) coordinates with the subject.
        head = parse.words[w.head]
        candidates = [head] + ([parse.words[head.head]] if head.head >= 0 else [])
        for cand in candidates:
            found = _cue_verb(parse, cand)
            if found is None or cand.i in view.inside:
                continue
            verb, cue = found
            if any(i in view.inside for i in parse.subtree(verb.i)):
                break  # the quotation belongs to this verb: quote_in_speech_clause's case
            subject = subject_of(parse, verb, exclude=view.inside)
            if subject is not None and not _is_passive(parse, verb):
                return Attribution("as_said", 0.8, subject, cue)
            break
    return None


def in_the_view_of(view: QuoteView) -> Attribution | None:
    """Für den Gesundheitsminister ist die Lage „alarmierend“. / Für den Theologen Hans
    Küng sei der Rücktritt „aus vielen Gründen verständlich“.

    A partial quotation in a sentence with a copula (sein), and before it *für* with a
    person: the words are that person's judgement. (Für die Kinder ist das Angebot
    „kostenlos“ names no person who speaks: Kinder is no role or name.)
    """
    if view.is_standalone() or looks_like_title(view):
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
        if person.upos in {"NOUN", "PROPN"} and _person_like(parse, person):
            return Attribution("in_the_view_of", 0.7, person, Cue("für", _span(parse, w)))
    return None


#: The single-quotation rules, in the order they are tried.
RULES: tuple[Callable[[QuoteView], Attribution | None], ...] = (
    cue_after_quote,
    so_after_quote,
    colon_before_quote,
    according_to,
    with_the_words,
    quote_in_speech_clause,
    as_said,
    in_the_view_of,
)


# --- second pass: rules that look at the neighbouring quotations -------------------------


@attrs.frozen
class _Decided:
    quote: Quote
    attribution: Attribution | None
    speaker: Speaker | None
    confidence: float
    cluster: int | None


#: Rules whose cue can stand between two parts of one quotation.
_SPLITTING_RULES = frozenset({"cue_after_quote", "so_after_quote", "split_quote"})


def split_quote(prev: _Decided, view: QuoteView) -> Attribution | None:
    """„Wir sind bereit“, sagte Müller, „aber nicht um jeden Preis.“

    The narrator text between the previous quotation and this one is nothing but the
    previous quotation's cue clause, ending in a comma: both parts share its speaker.
    """
    att = prev.attribution
    if att is None or att.rule not in _SPLITTING_RULES or att.cue is None:
        return None
    between = view.parse.text[prev.quote.outer.end : view.quote.outer.start]
    if not between.rstrip().endswith(",") or any(c in between for c in ".!?:;\n"):
        return None
    if not (prev.quote.outer.end <= att.cue.span.start < view.quote.outer.start):
        return None
    return Attribution("split_quote", att.confidence, att.speaker, att.cue)


def continuation(prev: _Decided, view: QuoteView, people: People) -> Attribution | None:
    """„Wir sind bereit“, sagte Müller. „Aber nicht um jeden Preis.“

    A quotation that is a sentence of its own and has no cue continues the previous
    quotation's speaker, as long as no other person is named in between.
    """
    if prev.attribution is None or prev.speaker is None or not view.is_standalone():
        return None
    if prev.quote.paragraph < view.quote.paragraph - 1:
        return None
    # A new person is introduced as the subject of a clause; a name inside the previous
    # speaker's own phrase (der Oberrabbiner Israels, Yona Metzger) is not one.
    start = max(prev.quote.outer.end, prev.speaker.mention.end)
    between = people.person_words_between(start, view.quote.outer.start)
    if any(c != prev.cluster and _heads_subject(view.parse, w) for w, c in between):
        return None
    att = prev.attribution
    return Attribution("continuation", 0.7, att.speaker, None)


def introduced_before(view: QuoteView, people: People) -> Attribution | None:
    """Der Chef der Gewerkschaft, Frank Werneke, drohte mit Streiks. „Unsere Geduld ist
    am Ende.“ — a quotation standing alone takes the subject of the sentence right
    before it, when that subject is a named person."""
    if not view.is_standalone() or view.first is None:
        return None
    parse = view.parse
    sent = parse.words[view.first].sent
    if sent == 0:
        return None
    prev = parse.sentence_words(sent - 1)
    if any(w.text in '„“"»«' for w in prev):
        return None
    for w in prev:
        if w.rel == "nsubj" and _is_main_clause(parse, parse.words[w.head]):
            name_word = _named(parse, people, w)
            if name_word is not None:
                return Attribution("introduced_before", 0.6, name_word, None)
    return None


#: Konjunktiv I forms that mark reported speech (er sei, sie habe, man werde ...).
_SUBJUNCTIVE_FORMS = frozenset(
    [
        "sei",
        "seien",
        "habe",
        "werde",
        "könne",
        "müsse",
        "solle",
        "dürfe",
        "wolle",
        "wisse",
        "gebe",
        "liege",
        "gehe",
        "komme",
        "stehe",
        "bestehe",
        "handle",
        "handele",
        "brauche",
        "fehle",
        "bleibe",
    ]
)


def _is_reported(parse: Parse, sent: int) -> bool:
    """Is sentence ``sent`` reported speech: a finite verb in Konjunktiv I?"""
    return any(
        w.text in _SUBJUNCTIVE_FORMS  # distinctive forms, whatever a small model tags them
        or (w.upos in {"VERB", "AUX"} and w.feat("Mood") == "Sub" and w.text.endswith("e"))
        for w in parse.sentence_words(sent)
    )


#: How many sentences before its own :func:`reported_speech` reads for a cue. The other
#: rules read at most one sentence before a quotation and one after it.
REPORTED_SPEECH_REACH = 2


#: Rules tried after :func:`reported_speech`: a quotation they decided might have gone to
#: reported speech with more sentences to read.
_AFTER_REPORTED_SPEECH = frozenset({"speech_verb_in_sentence"})


def wants_earlier_sentences(parse: Parse, quote: Quote) -> bool:
    """Could :func:`reported_speech` decide attributed ``quote`` differently, given the
    sentences :data:`REPORTED_SPEECH_REACH` back? Only when no earlier rule decided it,
    and it is a partial quotation (not a title) in a sentence of reported speech.
    Selective parsing parses those sentences only then."""
    if quote.speaker is not None and quote.rule not in _AFTER_REPORTED_SPEECH:
        return False
    view = QuoteView.of(parse, quote)
    if quote.depth > 0 or view.first is None or view.is_standalone():
        return False
    return not looks_like_title(view) and _is_reported(parse, parse.words[view.first].sent)


def reported_speech(view: QuoteView, people: People) -> Attribution | None:
    """Michael Müller bezweifelte die Eignung Merkels: Er habe „nicht den Eindruck“. /
    Stoiber begründete seinen Rückzug. Damit seien „der Kurs und die Berechenbarkeit
    der SPD nicht mehr so klar“.

    A partial quotation in a sentence of reported speech (Konjunktiv I) with no cue of
    its own belongs to the speaker of the nearest speech verb in this or the two
    sentences before, while nobody else is named in between.
    """
    if view.is_standalone() or view.first is None or looks_like_title(view):
        return None
    parse = view.parse
    sent = parse.words[view.first].sent
    if not _is_reported(parse, sent):
        return None
    for s_idx in range(sent, max(-1, sent - REPORTED_SPEECH_REACH - 1), -1):
        for w in reversed(parse.sentence_words(s_idx)):
            if w.i in view.inside or w.start > view.quote.outer.start:
                continue
            found = _cue_verb(parse, w) or _opinion_verb(parse, w, view)
            if found is None:
                continue
            verb, cue = found
            subject = subject_of(parse, verb, exclude=view.inside)
            if subject is None:
                continue
            # Another person as subject in between has taken over as the speaker (not the
            # speaker's own name in apposition: Der Fraktionschef Michael Müller …).
            end = max(subject.end, mention_span(parse, subject).end)
            own = people.name_cluster(_named(parse, people, subject) or subject)
            others = people.person_words_between(end, view.quote.outer.start)
            if any(c != own and _heads_subject(parse, o) for o, c in others):
                return None
            return Attribution("reported_speech", 0.55, subject, cue)
    return None


def _heads_subject(parse: Parse, w: Word) -> bool:
    """Is ``w`` (or the name it is part of) the subject of a clause?"""
    while w.rel in {"flat", "compound", "appos"} and w.head >= 0:
        w = parse.words[w.head]
    return w.rel == "nsubj"


_ANAPHORIC_OBJECTS = frozenset({"das", "dies", "dieses"})


def cue_in_next_sentence(view: QuoteView) -> Attribution | None:
    """„Ja, es gibt Zumutungen.“ Das musste Finanzminister Steinbrück einräumen. /
    „…“ Dies sagte die Ministerin am Montag.

    A quotation standing alone, followed by a sentence that opens with das/dies and whose
    main verb is a speech verb: "das" is the quotation, the speaker that verb's subject.
    """
    if not view.is_standalone() or view.last is None:
        return None
    parse = view.parse
    sent = parse.words[view.last].sent + 1
    if sent >= len(parse.sentences):
        return None
    words = [w for w in parse.sentence_words(sent) if w.upos != "PUNCT"]
    if len(words) < 3 or words[0].text.lower() not in _ANAPHORIC_OBJECTS:
        return None
    if words[0].rel == "det" or words[1].upos in {"NOUN", "PROPN", "ADJ"}:
        return None  # "Das Ministerium verwies …": an article, not the quotation
    for w in words[1:4]:
        found = _cue_verb(parse, w)
        if found is None and w.upos == "AUX":
            # Das musste X einräumen: the speech verb is the modal's infinitive.
            found = next(
                (
                    f
                    for v in words
                    if v.head == w.head or v.i == w.head
                    if (f := _cue_verb(parse, v)) is not None
                ),
                None,
            )
        if found is None:
            continue
        verb, cue = found
        subject = subject_of(parse, verb, inverted=True)
        if subject is not None and subject.i != words[0].i:
            return Attribution("cue_in_next_sentence", 0.8, subject, cue)
        return None
    return None


def _parenthetical_name(view: QuoteView) -> bool:
    """A quotation that is (nearly) all of a parenthesis names or translates something:
    die Operation „Cast Lead“ („gegossenes Blei“), (Codenamen: „Maelstrom“)."""
    text = view.parse.text
    before = text[: view.quote.outer.start]
    opened = before.rfind("(")
    if opened < 0 or before.rfind(")") > opened or "\n" in before[opened:]:
        return False
    lead = before[opened + 1 :].split()
    return len(lead) <= _MAX_PAREN_LEAD


#: Words a parenthetical name may follow: (etwa: „…“), (engl. „…“), (Codenamen: „…“).
_MAX_PAREN_LEAD = 2


def _in_parentheses(view: QuoteView) -> bool:
    """Is the quotation inside an open parenthesis of its paragraph?"""
    before = view.parse.text[: view.quote.outer.start]
    para = before[before.rfind("\n") + 1 :]
    return para.count("(") > para.count(")")


def speech_verb_in_sentence(view: QuoteView) -> Attribution | None:
    """Der Sprecher sagte, ein mit 9.000 „Einmannpackungen“ beladener Airbus sei
    umgekehrt. — a partial quotation in a sentence whose main-clause verb is a speech
    verb with a speaker-like subject, where the parse does not link the two."""
    if view.is_standalone() or looks_like_title(view) or _in_parentheses(view):
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
        if not _is_main_clause(parse, w):
            continue
        found = _cue_verb(parse, w)
        if found is None:
            continue
        verb, cue = found
        subject = subject_of(parse, verb, inverted=verb.start > view.quote.end, exclude=view.inside)
        if subject is not None and _person_like(parse, subject):
            return Attribution("speech_verb_in_sentence", 0.5, subject, cue)
    return None


def _is_main_clause(parse: Parse, verb: Word) -> bool:
    """Is ``verb`` the root of its sentence, or coordinated with it (not in a relative
    or subordinate clause)?"""
    while verb.rel == "conj" and verb.head >= 0:
        verb = parse.words[verb.head]
    return verb.head < 0


def _named(parse: Parse, people: People, w: Word) -> Word | None:
    """``w`` if it is a person's name, or the name in apposition to it."""
    if people.name_cluster(w) is not None and w.upos == "PROPN":
        return w
    for app in parse.kids(w.i, "appos"):
        if people.name_cluster(app) is not None:
            return app
    return None


# --- driver ----------------------------------------------------------------------------

#: A quotation of more words than this is someone's words, not a name.
_MAX_NAME_WORDS = 3


def attribute_quotes(parse: Parse, quotes: Sequence[Quote]) -> list[Quote]:
    """Attribute every quotation of a document; returns new Quote objects in order."""
    people = People(parse, exclude=[(q.start, q.end) for q in quotes if q.depth == 0])
    said = frozenset(
        w.i
        for q in quotes
        if q.depth == 0 and len(q.text.split()) > _MAX_NAME_WORDS
        for w in parse.words_between(q.outer.start, q.outer.end)
    )
    decided: list[_Decided] = []
    prev: _Decided | None = None
    for quote in quotes:
        if quote.depth > 0:
            decided.append(_Decided(quote, None, None, 0.9, None))
            continue
        view = QuoteView.of(parse, quote, said)
        if _parenthetical_name(view):
            decided.append(_Decided(quote, None, None, 0.8, None))
            continue
        # A second part („A“, sagte X, „B“) is linked before the rules look at it alone.
        att = split_quote(prev, view) if prev is not None else None
        att = att or _first_rule(view)
        att = att or cue_in_next_sentence(view)
        if att is None and prev is not None:
            att = continuation(prev, view, people)
        if att is None:
            att = (
                introduced_before(view, people)
                or reported_speech(view, people)
                or speech_verb_in_sentence(view)
            )
        item = _resolve(view, att, people)
        decided.append(item)
        prev = item
    decided = _share_across_parts(decided)
    return [_finish(d) for d in decided]


def _first_rule(view: QuoteView) -> Attribution | None:
    for rule in RULES:
        att = rule(view)
        if att is not None:
            return att
    return None


def _resolve(view: QuoteView, att: Attribution | None, people: People) -> _Decided:
    quote = view.quote
    if att is None:
        return _Decided(quote, None, None, 0.6, None)
    resolved = people.resolve(att.speaker)
    if resolved is None:
        return _Decided(quote, None, None, 0.5, None)
    speaker, factor = resolved
    mention = speaker.mention
    if mention.start < quote.outer.end and quote.outer.start < mention.end:
        if looks_like_title(view) or att.speaker.end > quote.outer.start:
            # The "speaker" contains the quotation: die Nachrichtenagentur „Xinhua“.
            return _Decided(quote, None, None, 0.5, None)
        # The words said hang on the speaker's phrase (die Richter „gravierende
        # Bedenken“): the mention ends before the quotation.
        end = _end_before(view, att.speaker.end)
        trimmed = Span.of(view.parse.text, mention.start, end)
        if people.name_in(mention) is not None or speaker.name == mention.text:
            # A name, too, comes from the words before the quotation, not from inside it.
            name = people.name_in(trimmed) or trimmed.text
        else:
            name = speaker.name  # found through a pronoun or role noun
        speaker = Speaker(name, trimmed)
    return _Decided(quote, att, speaker, att.confidence * factor, people.name_cluster(att.speaker))


def _end_before(view: QuoteView, head_end: int) -> int:
    """Where a mention ends before the quotation: without the punctuation and the
    quotation's own article (laut einem Jury-Mitglied eine „…“), but never before the
    end of its head word at ``head_end``."""
    parse = view.parse
    end = len(parse.text[: view.quote.outer.start].rstrip(" ,;:-–\n"))
    w = parse.word_before(end)
    while (
        w is not None and w.start >= head_end and w.head in view.inside and w.upos in {"DET", "ADJ"}
    ):
        end = len(parse.text[: w.start].rstrip(" ,;:-–\n"))
        w = parse.word_before(end)
    return max(end, head_end)


def _share_across_parts(decided: list[_Decided]) -> list[_Decided]:
    """Parts of one quotation (over paragraphs, or split by a cue) share one speaker;
    split quotes become linked parts."""
    out = list(decided)
    # A split quote joins the group of the top-level quotation before it (inner quotes
    # of that one may stand in between).
    last_top: int | None = None
    for k, d in enumerate(out):
        if d.quote.depth > 0:
            continue
        att = d.attribution
        if att is not None and att.rule == "split_quote" and last_top is not None:
            group = out[last_top].quote.group
            out[k] = attrs.evolve(d, quote=attrs.evolve(d.quote, group=group))
        last_top = k
    groups: dict[int, list[int]] = {}
    for k, d in enumerate(out):
        if d.quote.depth == 0:
            groups.setdefault(d.quote.group, []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        n = len(members)
        source = next((out[k] for k in members if out[k].speaker is not None), None)
        for part, k in enumerate(members):
            d = out[k]
            q = attrs.evolve(d.quote, part=part, n_parts=n)
            if d.speaker is None and source is not None and not _within(source, q):
                d = attrs.evolve(source, quote=q)
            else:
                d = attrs.evolve(d, quote=q)
            out[k] = d
    return out


def _within(source: _Decided, part: Quote) -> bool:
    """Does ``source``'s speaker mention lie inside quotation ``part``? Then that part
    can't take it: a speaker is never inside the quotation it speaks."""
    mention = source.speaker.mention if source.speaker is not None else None
    return mention is not None and part.start <= mention.start and mention.end <= part.end


def _finish(d: _Decided) -> Quote:
    att = d.attribution
    if d.quote.depth > 0:
        rule = "nested_quote"
    elif att is None or d.speaker is None:
        rule = "no_speaker"
    else:
        rule = att.rule
    return attrs.evolve(
        d.quote,
        speaker=d.speaker,
        cue=att.cue if att is not None and d.speaker is not None else None,
        rule=rule,
        confidence=round(min(1.0, max(0.0, d.confidence)), 3),
    )
