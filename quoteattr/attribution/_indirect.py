"""Indirect speech: who said what without quotation marks.

The candidate stage proposes sentences (:mod:`quoteattr._indirect_finder`); here the
parse of each decides whether it reports speech, narrows it to the *message* (the
clause without its frame) and finds the speaker. The data flow differs from direct
quotations, whose extent the marks fix before any rule runs: an indirect rule reads one
parsed sentence and returns a :class:`Finding` (the construction, the message as
character ranges, the speaker word, the cue), and :func:`attribute_indirect` turns it
into one :class:`~quoteattr.Quote` of kind ``"indirect"`` per message part, with the
speaker resolved by the document's :class:`~quoteattr._speakers.People`, the speaker
model of direct quotations. The rules never see direct quotations, and direct
quotations never pass through them.

The rules, tried in this order on each candidate sentence (the first that fires
decides): :func:`speech_clause` (a speech cue with its dass/ob/w-clause, Konjunktiv
clause or zu-infinitive), :func:`source_marker` (laut X, X zufolge, nach Angaben von X,
so X, wie X mitteilte) and :func:`continuation` (a Konjunktiv-I sentence continuing the
statement before it in the paragraph).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from quoteattr._model import Cue, Quote, Span, Speaker
from quoteattr._parse import Parse, Word
from quoteattr._speakers import People, is_plausible_speaker
from quoteattr.attribution._markers import _according_source
from quoteattr.attribution._syntax import (
    cue_verb,
    noun_phrase,
    person_like,
    phrase_head,
    span_of,
    subject_of,
)

__all__ = [
    "INDIRECT_BEFORE",
    "INDIRECT_RULES",
    "Finding",
    "attribute_indirect",
    "continuation",
    "source_marker",
    "speech_clause",
]

#: Relations under which a speech verb's content clause hangs.
_CONTENT_RELS = ("ccomp", "xcomp", "parataxis", "advcl", "csubj", "acl", "conj")
#: Relations under which a speech verb hangs on the message it frames (…, sagte er).
_FRAME_RELS = ("parataxis", "ccomp", "advcl", "conj", "dep", "acl")
#: Sentences back that a continuation looks for the statement it continues.
_CONTINUATION_REACH = 4
#: Sentences before a candidate that the indirect rules read (the subject of the sentence
#: before a continuation): selective parsing parses the candidates and this many before.
INDIRECT_BEFORE = 1
#: A message shorter than this (in words, punctuation not counted) is no statement.
_MIN_WORDS = 3


@attrs.frozen
class Finding:
    """What an indirect rule found in one sentence."""

    #: the rule that found it
    rule: str
    #: the construction: "clause", "zu-infinitive", "marker", "continuation"
    construction: str
    #: the message as (start, end) character ranges, in order
    message: tuple[tuple[int, int], ...]
    #: the word heading the speaker mention, if the sentence names one
    speaker: Word | None
    cue: Cue | None
    confidence: float
    #: for a continuation: the statement it continues (its speaker is this one's)
    continues: Quote | None = None


@attrs.frozen
class Context:
    """What a rule needs besides the sentence: the document's direct quotations and the
    statements found so far (for continuations)."""

    direct: tuple[Quote, ...]
    statements: tuple[Quote, ...]

    def in_direct(self, start: int, end: int) -> int:
        """Characters of [start, end) inside a direct quotation."""
        return sum(
            max(0, min(end, q.outer.end) - max(start, q.outer.start))
            for q in self.direct
            if q.depth == 0
        )


IndirectRule = Callable[[Parse, int, Context], list[Finding]]


# --- helpers ---------------------------------------------------------------------------


def _is_parsed(parse: Parse, sent: int) -> bool:
    return any(w.deprel == "root" for w in parse.sentence_words(sent))


def _is_subjunctive(parse: Parse, w: Word) -> bool:
    """A finite verb in Konjunktiv I (or II standing in for it): tagged so, a listed
    form (sei, habe; hätten, würden), or a third-person form in -e that the small model
    took for an indicative (die Entdeckung werfe; not the past in -te)."""
    if w.upos not in {"VERB", "AUX"}:
        return False
    low = w.text.lower()
    if low in parse.lang.subjunctive_forms or low in parse.lang.subjunctive_ii_forms:
        return True
    if w.feat("Mood") == "Sub":
        return True
    if low.endswith("e") and not low.endswith("te") and len(low) > 3 and w.i > 0:
        subjects = parse.kids(w.i, "nsubj", "expl")
        return (
            bool(subjects)
            and all(
                k.upos in {"NOUN", "PROPN"} or k.text.lower() in parse.lang.third_person_subjects
                for k in subjects
            )
            and w.feat("VerbForm") not in {"Inf", "Part"}
        )
    return False


def _clause_subjunctive(parse: Parse, head: Word) -> bool:
    """Is the clause headed by ``head`` in the subjunctive (its verb, auxiliary or
    copula)?"""
    words = [head, *parse.kids(head.i, "aux", "cop", "aux:pass")]
    return any(_is_subjunctive(parse, w) for w in words)


def _is_clause(parse: Parse, head: Word) -> bool:
    return head.upos in {"VERB", "AUX"} or bool(parse.kids(head.i, "cop", "aux", "nsubj"))


def _clause_kind(parse: Parse, head: Word) -> str | None:
    """Which content clause ``head`` heads: "clause" (dass/ob/w or Konjunktiv),
    "zu-infinitive", or None."""
    if not _is_clause(parse, head):
        return None
    first = next(
        (parse.words[i] for i in parse.subtree(head.i) if parse.words[i].upos != "PUNCT"),
        head,
    )
    marks = [m.text.lower() for m in parse.kids(head.i, "mark")]
    if (first.text.lower() == "wie" or "wie" in marks) and cue_verb(parse, head) is not None:
        return None  # wie die Zeitung berichtete: a frame, not content
    if any(m in parse.lang.clause_words for m in marks) or (
        first.text.lower() in parse.lang.clause_words and first.i < head.i
    ):
        return "clause"
    if "zu" in marks or any(k.text.lower() == "zu" for k in parse.kids(head.i)):
        return "zu-infinitive"
    low = head.text.lower()
    if low.endswith("en") and any(
        low.startswith(p + "zu") and len(low) > len(p) + 5 for p in parse.lang.particles
    ):
        return "zu-infinitive"  # vorzugehen, weiterzuleiten: the zu inside the word
    if _clause_subjunctive(parse, head):
        return "clause"
    return None


def _runs(parse: Parse, sent: int, keep: set[int]) -> tuple[tuple[int, int], ...]:
    """The words of ``keep`` in sentence ``sent`` as contiguous character ranges, without
    punctuation at their edges; runs too short to say anything are dropped."""
    runs: list[list[Word]] = []
    prev = -2
    for w in parse.sentence_words(sent):
        if w.i not in keep:
            continue
        if w.i != prev + 1 or not runs:
            runs.append([])
        runs[-1].append(w)
        prev = w.i
    out = []
    for run in runs:
        while run and run[0].upos == "PUNCT" and run[0].text not in parse.lang.opening_marks:
            run.pop(0)
        while run and run[-1].upos == "PUNCT" and run[-1].text not in parse.lang.closing_marks:
            run.pop()
        if run:
            out.append(run)
    if len(out) > 1:
        out = [r for r in out if sum(w.upos != "PUNCT" for w in r) >= 2] or out
    return tuple((r[0].start, r[-1].end) for r in out)


def _words(parse: Parse, message: tuple[tuple[int, int], ...]) -> int:
    return sum(1 for a, b in message for w in parse.words_between(a, b) if w.upos != "PUNCT")


def _acceptable(parse: Parse, message: tuple[tuple[int, int], ...], ctx: Context) -> bool:
    """A message long enough to be a statement, and not a direct quotation again: at
    least two of its words stand outside quotation marks (es sei „…“ is indirect speech
    holding a quotation; „…“ alone is the direct quotation's)."""
    if not message or _words(parse, message) < _MIN_WORDS:
        return False
    outside = sum(
        1
        for a, b in message
        for w in parse.words_between(a, b)
        if w.upos != "PUNCT" and ctx.in_direct(w.start, w.end) == 0
    )
    return outside >= 2


def _speech_verb(parse: Parse, w: Word) -> tuple[Word, Cue] | None:
    found = cue_verb(parse, w)
    if found is not None:
        return found
    if w.upos == "VERB" and w.lemma.lower() in parse.lang.opinion_verbs:
        return w, Cue(w.lemma.lower(), span_of(parse, w))
    return None


def _in_direct(ctx: Context, w: Word) -> bool:
    return ctx.in_direct(w.start, w.end) > 0


# --- the rules -------------------------------------------------------------------------


def speech_clause(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Trump warf der Regierung vor, für den Verlust verantwortlich zu sein. / Sie sagte,
    dass sie kandidiere. / Er erklärte, die Lage sei ernst. / Die Lage sei ernst, sagte er.

    A content clause and the verb it depends on: a dass/ob-clause (after any verb or
    noun: gab bekannt, dass; die Aussage, dass), a clause in Konjunktiv I (or II after a
    speech verb), or a w-clause, zu-infinitive or plain clause after a speech verb of the
    lexicon. The message is the clause; the speaker the verb's subject. Where the speech
    verb hangs on the message instead (…, sagte er), the message is the sentence without
    the verb's frame.
    """
    words = parse.sentence_words(sent)
    out: list[Finding] = []
    taken: set[int] = set()
    for c in words:
        if c.head < 0 or c.i in taken or c.rel not in (*_CONTENT_RELS, "obj", "nsubj", "obl"):
            continue
        kind = _clause_kind(parse, c)
        verb = _governor(parse, c)
        if verb is None or _in_direct(ctx, verb):
            continue
        found = _speech_verb(parse, verb)
        if found is None and kind == "zu-infinitive" and verb.lemma.lower() in parse.lang.zu_cues:
            found = verb, Cue(verb.lemma.lower(), span_of(parse, verb))
        if (
            kind is None
            and found is not None
            and c.rel in {"ccomp", "parataxis"}
            and c.upos in {"VERB", "AUX"}
            and parse.kids(c.i, "nsubj")
        ):
            kind = "clause"  # Er sagte, er ruft uns an: indicative after a speech verb
        if kind is None or _adverbial(parse, c):
            continue
        if c.rel == "obl" and not _clause_subjunctive(parse, c):
            continue  # Die Lage sei unter Kontrolle, sagte X: a slip, only in Konjunktiv
        if found is None and kind == "clause" and c.rel == "conj":
            found = _speech_verb_before(parse, c, ctx)
        if found is None and not _open_cue(parse, c, kind):
            continue
        keep = _clause_words(parse, c)
        if verb.i in keep or keep & taken:
            continue
        message = _runs(parse, sent, keep)
        if not _acceptable(parse, message, ctx):
            continue
        if found is not None:
            verb, cue = found
        else:
            cue = Cue(verb.lemma.lower(), span_of(parse, verb))
        speaker = _speaker_of(parse, verb, frozenset(keep))
        nobody = speaker is None or not _can_speak(parse, speaker)
        if found is None and nobody and not (speaker is None and _impersonal(parse, verb)):
            # nachdem klar war, dass …; Gesetze sorgen dafür, dass … (but es ist geplant,
            # dass …; geht man davon aus, dass …: said, by nobody named)
            continue
        out.append(Finding("speech_clause", kind, message, speaker, cue, 0.8))
        taken |= keep
    if out:
        return out
    for w in words:
        if _in_direct(ctx, w):
            continue
        found = _speech_verb(parse, w)
        if found is None:
            continue
        verb, cue = found
        # the verb frames the sentence's main clause: Die Lage sei ernst, sagte er.
        if verb.rel in _FRAME_RELS and verb.head >= 0:
            main = parse.words[verb.head]
            if main.deprel == "root" and _clause_subjunctive(parse, main):
                frame = set(parse.subtree(verb.i))
                keep = {x.i for x in words} - frame
                message = _runs(parse, sent, keep)
                if _acceptable(parse, message, ctx):
                    speaker = subject_of(parse, verb, exclude=frozenset(keep))
                    return [Finding("speech_clause", "clause", message, speaker, cue, 0.75)]
    return []


def _clause_words(parse: Parse, head: Word) -> set[int]:
    """The words of the clause headed by ``head``, without a clause coordinated to it
    that has a subject of its own and is not in the subjunctive (…, und die Fraktion
    forderte …): that is the narrator again."""
    keep = set(parse.subtree(head.i))
    for conj in parse.kids(head.i, "conj"):
        if (
            _is_clause(parse, conj)
            and parse.kids(conj.i, "nsubj")
            and not _clause_subjunctive(parse, conj)
        ):
            cut = set(parse.subtree(conj.i))
            cut |= {k.i for k in parse.kids(conj.i, "cc")}
            keep -= cut
    return keep


def _clauses_below(parse: Parse, w: Word) -> set[int]:
    """Words of the clauses hung below ``w`` (a parser's slip: the statement's verb
    attached to the source noun)."""
    out: set[int] = set()
    for k in parse.kids(w.i):
        if k.upos in {"VERB", "AUX"} or k.rel in {"acl", "ccomp", "advcl", "parataxis", "conj"}:
            out |= set(parse.subtree(k.i))
    return out


def _marked_source(parse: Parse, marker: Word) -> Word | None:
    """The noun laut/gemäß/zufolge marks; for zufolge (a postposition) the noun right
    before it, whatever the parser attached it to."""
    if marker.lemma.lower() == "zufolge" and marker.i > 0:
        before = parse.words[marker.i - 1]
        if before.sent == marker.sent and before.upos in {"NOUN", "PROPN", "PRON"}:
            return before
    found = _according_source(parse, marker)
    if found is not None and found.lemma.lower() not in parse.lang.time_nouns:
        return found
    # Laut einer am Dienstag veröffentlichten Pressemitteilung: the parser took the date
    # for the source; the first other noun after the marker is.
    for w in parse.sentence_words(marker.sent)[marker.i - parse.sentences[marker.sent][0] + 1 :]:
        if w.upos in {"VERB", "AUX", "PUNCT"} and w.feat("VerbForm") != "Part":
            break
        if w.upos in {"NOUN", "PROPN"} and w.lemma.lower() not in parse.lang.time_nouns:
            return w if is_plausible_speaker(w) else None
    return None


def _adverbial(parse: Parse, clause: Word) -> bool:
    """A relative clause, or a clause of purpose or manner (um/ohne/statt … zu, so dass):
    no content of speech."""
    if clause.deprel == "acl:relcl":
        that = parse.lang.that_marks
        return not any(m.text.lower() in that for m in parse.kids(clause.i, "mark"))
    first = parse.words[min(parse.subtree(clause.i))]
    if "Rel" in (first.feat("PronType") or "") and first.upos == "PRON":
        return True
    marks = parse.kids(clause.i, "mark")
    words = {m.text.lower() for m in marks}
    if words & (parse.lang.not_content_before_dass | parse.lang.adverbial_marks):
        return True
    for m in marks:  # so dass, ohne dass: the word before the mark
        before = parse.words[m.i - 1] if m.i > 0 else None
        if (
            before is not None
            and before.sent == m.sent
            and before.text.lower() in parse.lang.not_content_before_dass
        ):
            return True
    return False


def _oblique(w: Word) -> bool:
    """A "subject" in the dative: the addressee a small model took for the
    subject (und der Regierung vorgeworfen, …)."""
    return w.feat("Case") == "Dat" and w.upos != "PROPN"


def _impersonal(parse: Parse, verb: Word) -> bool:
    """A verb (not a copula) in the passive or with *man*/*es* as subject: wird gemeldet,
    es ist geplant, geht man davon aus."""
    if verb.upos != "VERB":
        return False
    if any(k.deprel in {"aux:pass", "expl"} for k in parse.kids(verb.i)):
        return True
    if verb.feat("VerbForm") == "Part" and any(
        k.rel == "aux" and k.lemma.lower() == "sein" for k in parse.kids(verb.i)
    ):
        return True  # es ist geplant (a stative passive)
    return any(
        k.text.lower() in parse.lang.third_person_subjects - parse.lang.personal_pronouns
        for k in parse.kids(verb.i, "nsubj", "expl")
    )


def _can_speak(parse: Parse, w: Word) -> bool:
    """A person or organisation: a name, a role, a pronoun (not Gesetzesänderungen,
    Simulationen: they show, they do not say)."""
    return person_like(parse, w)


def _speaker_of(parse: Parse, verb: Word, message: frozenset[int]) -> Word | None:
    """The speaker word of the verb a content clause depends on: its subject, else the
    subject of the verb it complements (gab … bekannt, dass: bekannt hangs on gab)."""
    fallback: Word | None = None
    for _ in range(3):
        speaker = subject_of(parse, verb, exclude=message)
        if speaker is not None and not _oblique(speaker):
            return speaker
        fallback = fallback or speaker
        plain = [
            w
            for w in parse.kids(verb.i, "nsubj")
            if w.i not in message and is_plausible_speaker(w, parse) and not _oblique(w)
        ]
        if plain:
            return plain[0]
        if verb.head < 0 or verb.rel not in {"xcomp", "compound", "conj", "aux"}:
            return fallback
        verb = parse.words[verb.head]
    return fallback


def _speech_verb_before(parse: Parse, clause: Word, ctx: Context) -> tuple[Word, Cue] | None:
    """For a Konjunktiv clause the parser coordinated (… und sagte, er freue sich): the
    nearest verb before it in the sentence, if a speech verb."""
    if not _clause_subjunctive(parse, clause):
        return None
    first = min(parse.subtree(clause.i))
    lo = parse.sentences[clause.sent][0]
    for k in range(first - 1, lo - 1, -1):
        w = parse.words[k]
        if w.upos in {"VERB", "AUX"} and not _in_direct(ctx, w):
            return _speech_verb(parse, w)
    return None


def _governor(parse: Parse, clause: Word) -> Word | None:
    """The verb a content clause depends on: its head, or, for a clause on a noun (die
    Aussage, dass …) or on a correlate (damit, dass …), the verb above that."""
    head = parse.words[clause.head]
    for _ in range(3):
        if head.upos in {"VERB", "AUX"} or _speech_verb(parse, head) is not None:
            return head
        if head.head < 0:
            return None
        head = parse.words[head.head]
    return None


def _open_cue(parse: Parse, clause: Word, kind: str) -> bool:
    """Is the clause reported speech whatever verb it depends on: a dass/ob-clause (not
    so dass, ohne dass), or a clause whose verb is a distinctive Konjunktiv-I form?"""
    marks = list(parse.kids(clause.i, "mark"))
    if kind == "clause" and any(m.text.lower() in parse.lang.clause_words for m in marks):
        that = [m for m in marks if m.text.lower() in parse.lang.that_marks]
        if not that or parse.words[clause.head].upos in {"ADV", "PRON"}:
            return False  # dafür sorgen, dass …: a correlate, no statement
        k = that[0].i - 1
        while k >= 0 and parse.words[k].text == ",":
            k -= 1
        before = parse.words[k] if k >= 0 and parse.words[k].sent == clause.sent else None
        return before is None or before.text.lower() not in parse.lang.not_content_before_dass
    if kind == "clause" and clause.deprel != "acl:relcl":
        finite = [clause, *parse.kids(clause.i, "aux", "cop", "aux:pass")]
        return any(w.text.lower() in parse.lang.subjunctive_forms for w in finite)
    return False


def closing_so(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Ägypten müsse die Grenze öffnen, so Hisbollah-Chef Nasrallah. — a closing "so X"
    makes the whole sentence before it X's statement, whatever clauses it holds."""
    words = [w for w in parse.sentence_words(sent) if not _in_direct(ctx, w)]
    for k, w in enumerate(words):
        if w.text.lower() != "so" or k == 0 or words[k - 1].text != ",":
            continue
        phrase = []
        for x in words[k + 1 :]:
            if x.upos == "PUNCT" and x.text != "-":
                break
            phrase.append(x)
        rest = words[k + 1 + len(phrase) :]
        if not phrase or any(x.upos in {"VERB", "AUX"} for x in phrase):
            continue
        if any(x.upos != "PUNCT" for x in rest):
            continue  # the sentence goes on: not a closing source
        speaker = phrase_head(parse, phrase)
        if speaker is None:
            continue
        frame = {w.i, words[k - 1].i} | {x.i for x in phrase}
        keep = {x.i for x in parse.sentence_words(sent)} - frame
        message = _runs(parse, sent, keep)
        if _acceptable(parse, message, ctx):
            cue = Cue("so", span_of(parse, w))
            return [Finding("closing_so", "marker", message, speaker, cue, 0.85)]
    return []


def source_marker(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Eine Million Arbeitsplätze würden sich laut Ma ergeben. / Der Polizei zufolge … /
    Nach Angaben des Ministeriums … / …, so der Sprecher. / Wie die Polizei mitteilte, …

    A statement attached to its source by a marker: laut/zufolge/gemäß, nach + a cue
    noun (Angaben, Worten), a closing "so X", or a "wie X sagte" clause. The message is
    the sentence without the marker's phrase.
    """
    words = parse.sentence_words(sent)
    lang = parse.lang
    for k, w in enumerate(words):
        if _in_direct(ctx, w):
            continue
        lemma = w.lemma.lower()
        frame: set[int] | None = None
        speaker: Word | None = None
        if lemma in lang.according_markers:
            source = _marked_source(parse, w)
            if source is None:
                continue
            frame = noun_phrase(parse, source) | {w.i}
            frame |= set(range(min(frame), max(frame) + 1))  # contiguous from the marker
            speaker = source
        elif (
            w.upos in {"NOUN", "PROPN"}
            and (lang.is_source_noun(w.lemma) or lang.is_source_noun(w.text))
            and any(c.lemma.lower() == "nach" for c in parse.kids(w.i, "case"))
        ):
            frame = set(parse.subtree(w.i)) - _clauses_below(parse, w)
            speaker = next((s for s in parse.kids(w.i, "nmod") if is_plausible_speaker(s)), None)
            if speaker is None and any(
                a.lemma.lower() == "eigen" for a in parse.kids(w.i, "amod", "det")
            ):
                # nach eigenen Angaben: the subject of the statement is its source
                root = next((x for x in words if x.deprel == "root"), None)
                if root is not None:
                    speaker = _speaker_of(parse, root, frozenset(frame))
            if speaker is None:
                speaker = w  # nach Polizeiangaben, dem Vernehmen nach
        elif w.text.lower() == "so" and k > 0 and words[k - 1].text == ",":
            phrase = []
            for x in words[k + 1 :]:
                if x.upos == "PUNCT":
                    break
                phrase.append(x)
            if not phrase or any(x.upos in {"VERB", "AUX"} for x in phrase):
                continue
            speaker = phrase_head(parse, phrase)
            if speaker is None:
                continue
            frame = {w.i} | {x.i for x in phrase}
        elif w.text.lower() == "wie" and w.head >= 0:
            found = cue_verb(parse, parse.words[w.head])
            if found is None or parse.words[w.head].deprel == "root":
                continue
            verb = found[0]
            frame = set(parse.subtree(verb.i))
            speaker = subject_of(parse, verb, exclude=frozenset())
            cue = found[1]
        if frame is None:
            continue
        if w.text.lower() != "wie":
            cue = Cue(lemma, span_of(parse, w))
        keep = {x.i for x in words} - frame
        message = _runs(parse, sent, keep)
        if not _acceptable(parse, message, ctx):
            continue
        if not any(x.upos in {"VERB", "AUX"} for x in words if x.i in keep):
            continue  # a statement has a verb: laut Polizei drei Tote is a caption
        return [Finding("source_marker", "marker", message, speaker, cue, 0.8)]
    return []


def continuation(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Der Minister verteidigte den Plan. Er sei notwendig, die Kosten seien gedeckt.

    A sentence whose main clause is in Konjunktiv I, without a frame of its own,
    continues the statement before it in its paragraph (at most three sentences back):
    its speaker is that statement's speaker.
    """
    words = parse.sentence_words(sent)
    roots = [w for w in words if w.deprel == "root"]
    if not roots or not _clause_subjunctive(parse, roots[0]):
        return []
    root = roots[0]
    finite = [root, *parse.kids(root.i, "aux", "cop", "aux:pass")]
    if not any(_is_subjunctive(parse, w) for w in finite):
        return []
    start = words[0].start
    message = _runs(parse, sent, {w.i for w in words})
    if not _acceptable(parse, message, ctx):
        return []
    prev = _continued(parse, sent, start, ctx)
    if prev is None:
        # No statement to continue: still reported speech when the verb is a Konjunktiv-I
        # form (a Konjunktiv II alone is a conditional), its source left open.
        if not any(w.text.lower() in parse.lang.subjunctive_forms for w in finite):
            return []
        speaker = _subject_before(parse, sent)
        return [Finding("continuation", "continuation", message, speaker, None, 0.4)]
    return [Finding("continuation", "continuation", message, None, None, 0.6, continues=prev)]


def _subject_before(parse: Parse, sent: int) -> Word | None:
    """The person or organisation a Konjunktiv-I sentence with no statement before it
    reports: the subject of the sentence before, in its paragraph (Müller bezweifelte
    die Eignung Merkels. Er habe nicht den Eindruck, …)."""
    if sent == 0:
        return None
    first = parse.sentence_words(sent)[0]
    words = parse.sentence_words(sent - 1)
    if not words or "\n" in parse.text[words[-1].end : first.start]:
        return None
    for root in (w for w in words if w.deprel == "root"):
        for subject in parse.kids(root.i, "nsubj"):
            if person_like(parse, subject):
                return subject
    return None


def _continued(parse: Parse, sent: int, start: int, ctx: Context) -> Quote | None:
    """The statement with a speaker that sentence ``sent`` continues: the last one before
    it in its paragraph, at most :data:`_CONTINUATION_REACH` sentences back."""
    before = [
        q
        for q in ctx.statements
        if q.end <= start and q.part == q.n_parts - 1 and q.speaker is not None
    ]
    if not before:
        return None
    prev = before[-1]
    last = parse.word_before(prev.end)
    if last is None or sent - last.sent > _CONTINUATION_REACH:
        return None
    return prev


#: The indirect rules, in the order they are tried on each candidate sentence.
INDIRECT_RULES: tuple[IndirectRule, ...] = (
    closing_so,
    speech_clause,
    source_marker,
    continuation,
)


# --- the driver ------------------------------------------------------------------------


def attribute_indirect(
    parse: Parse,
    candidates: Sequence[Quote],
    direct: Sequence[Quote] = (),
    rules: Sequence[IndirectRule] = INDIRECT_RULES,
) -> list[Quote]:
    """Indirect speech in the parsed sentences that overlap a candidate, in order.

    ``direct`` are the document's attributed direct quotations: their words are never
    part of a frame, a message that is mostly a direct quotation is left to it, and a
    continuation can continue one.
    """
    if not candidates:
        return []
    # Words said in quotation marks are never antecedents; a name in marks (die Zeitung
    # „The Guardian“) is, for indirect speech.
    said = [(q.start, q.end) for q in direct if q.depth == 0 and q.speaker is not None]
    people = People(parse, exclude=said)
    sents = sorted(
        {w.sent for c in candidates for w in parse.words_between(c.outer.start, c.outer.end)}
    )
    found: list[Quote] = []
    for sent in sents:
        if not _is_parsed(parse, sent):
            continue
        statements = sorted([*direct, *found], key=lambda q: q.start)
        ctx = Context(tuple(direct), tuple(statements))
        findings = _decide([rule(parse, sent, ctx) for rule in rules])
        if findings:
            for finding in findings:
                finding = attrs.evolve(finding, message=_through_quotes(finding.message, direct))
                quotes = _quotes(parse, finding, people)
                prev = finding.continues
                if prev is not None and prev.rule == "continuation" and prev in found:
                    # A run of Konjunktiv-I sentences is one statement in parts.
                    found = _joined(found, prev.group, quotes)
                else:
                    found.extend(quotes)
    return found


def _through_quotes(
    message: tuple[tuple[int, int], ...], direct: Sequence[Quote]
) -> tuple[tuple[int, int], ...]:
    """The message ranges, each widened to whole quotations where it ends or begins inside
    one (Gillibrand sei „das Postergirl der NRA, und …“: the parser cut the clause at the
    comma inside the quotation)."""
    out: list[tuple[int, int]] = []
    for a, b in message:
        for q in direct:
            if q.depth == 0 and q.outer.start < b < q.outer.end:
                b = q.outer.end
            if q.depth == 0 and q.outer.start < a < q.outer.end:
                a = q.outer.start
        if out and a <= out[-1][1]:
            a = out.pop()[0]  # two parts around one quotation become one
        out.append((a, b))
    return tuple(out)


def _decide(answers: list[list[Finding]]) -> list[Finding]:
    """The findings of the first rule that fired, unless it names no speaker and a later
    one does (Wie ein Sprecher mitteilte, habe man informiert, dass …: the marker's)."""
    fired = [a for a in answers if a]
    if not fired:
        return []
    if all(f.speaker is None and f.continues is None for f in fired[0]):
        for later in fired[1:]:
            if any(f.speaker is not None or f.continues is not None for f in later):
                return later
    return fired[0]


def _joined(found: list[Quote], group: int, more: list[Quote]) -> list[Quote]:
    """``found`` with ``more`` added as further parts of the item ``group``."""
    members = [q for q in found if q.group == group]
    rest = [q for q in found if q.group != group]
    parts = members + [attrs.evolve(q, group=group) for q in more]
    n = len(parts)
    return rest + [attrs.evolve(q, part=k, n_parts=n) for k, q in enumerate(parts)]


def _quotes(parse: Parse, finding: Finding, people: People) -> list[Quote]:
    """The finding as Quote parts sharing one speaker."""
    speaker: Speaker | None = None
    confidence = finding.confidence
    if finding.continues is not None:
        speaker = finding.continues.speaker
    elif finding.speaker is not None:
        resolved = people.resolve(finding.speaker)
        if resolved is not None:
            speaker, factor = resolved
            confidence *= factor
            m = speaker.mention
            if any(m.start < b and a < m.end for a, b in finding.message):
                own = span_of(parse, finding.speaker)
                speaker = Speaker(speaker.name, own)
    text = parse.text
    group = finding.message[0][0]
    n = len(finding.message)
    rule = finding.rule if speaker is not None else "no_speaker"
    out = []
    for part, (a, b) in enumerate(finding.message):
        span = Span.of(text, a, b)
        out.append(
            Quote(
                span.text,
                a,
                b,
                span,
                "",
                "",
                True,
                paragraph=_paragraph(text, a),
                part=part,
                n_parts=n,
                group=group,
                speaker=speaker,
                cue=finding.cue if speaker is not None else None,
                rule=rule,
                confidence=round(min(1.0, max(0.0, confidence)), 3),
                kind="indirect",
            )
        )
    return out


def _paragraph(text: str, offset: int) -> int:
    from quoteattr._marks import _paragraphs

    return max(0, sum(1 for start, _ in _paragraphs(text) if start <= offset) - 1)
