"""Indirect speech: who said what without quotation marks.

The candidate stage proposes sentences (:mod:`quoteattr._indirect_finder`); here the
parse of each decides whether it reports speech, narrows it to the *message* (the
clause without its frame) and finds the speaker. The data flow differs from direct
quotations, whose extent the marks fix before any rule runs: an indirect rule reads one
parsed sentence and returns a list of
:class:`~quoteattr.attribution._indirect_syntax.Finding` (the construction, the message
as character ranges, the speaker word, the cue), and
:func:`~quoteattr.attribution._indirect_driver.attribute_indirect` turns each into
quotations (:class:`~quoteattr.Quote`) of kind ``"indirect"``, one per message part, with the
speaker resolved by the document's :class:`~quoteattr._speakers.People`, the speaker
model of direct quotations. The rules never see direct quotations, and direct
quotations never pass through them. Their shared clause syntax is in
:mod:`quoteattr.attribution._indirect_syntax`.

The rules, in the order of :data:`INDIRECT_RULES` (the first that fires decides, unless
it names no speaker and a later one does): :func:`closing_so` (…, so X.),
:func:`speech_clause` (a cue with its dass/ob/w-clause, Konjunktiv clause or
zu-infinitive), :func:`source_marker` (laut X, X zufolge, nach Angaben von X, wie X
mitteilte), the two rules of :mod:`quoteattr.attribution._indirect_anaphora` that read
the sentence before (… Das teilte X mit.; Demnach …) and :func:`continuation` (a
Konjunktiv-I sentence continuing the statement before it).
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._model import Cue, Quote
from quoteattr._parse import Parse, Word
from quoteattr._speaker_words import is_plausible_speaker
from quoteattr.attribution._indirect_anaphora import anaphoric_frame, anaphoric_source
from quoteattr.attribution._indirect_syntax import (
    CONTENT_RELS,
    CONTINUATION_REACH,
    FRAME_RELS,
    SUBORDINATE_RELS,
    Context,
    Finding,
    IndirectRule,
    can_speak,
    clause_kind,
    clause_subjunctive,
    clause_words,
    clauses_below,
    governor_of,
    in_direct,
    is_acceptable,
    is_adverbial,
    is_impersonal,
    is_nach_source,
    is_subjunctive,
    marked_source,
    message_runs,
    open_cue,
    speaker_of,
    speech_verb,
    speech_verb_before,
    von_agent,
)
from quoteattr.attribution._surnames import surname_word
from quoteattr.attribution._syntax import can_speak as speaks
from quoteattr.attribution._syntax import (
    cue_verb,
    noun_phrase,
    phrase_head,
    span_of,
    subject_of,
)

__all__ = [
    "INDIRECT_RULES",
    "closing_so",
    "continuation",
    "source_marker",
    "speech_clause",
]

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
        if c.head < 0 or c.i in taken or c.rel not in (*CONTENT_RELS, "obj", "nsubj", "obl"):
            continue
        kind = clause_kind(parse, c)
        verb = governor_of(parse, c)
        if verb is None and c.rel == "conj":
            # Podolski war anwesend und sagte, er freue sich: coordinated with the root
            before = speech_verb_before(parse, c, ctx)
            verb = before[0] if before is not None else None
        if verb is None or in_direct(ctx, verb):
            continue
        found = speech_verb(parse, verb)
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
        if kind is None or is_adverbial(parse, c):
            continue
        if c.rel == "obl" and not clause_subjunctive(parse, c):
            continue  # Die Lage sei unter Kontrolle, sagte X: a slip, only in Konjunktiv
        if found is None and kind == "clause" and c.rel == "conj":
            found = speech_verb_before(parse, c, ctx)
        if found is None and not open_cue(parse, c, kind):
            continue
        keep = clause_words(parse, c)
        if verb.i in keep or keep & taken:
            continue
        message = message_runs(parse, sent, keep)
        if not is_acceptable(parse, message, ctx):
            continue
        if found is not None:
            verb, cue = found
        else:
            cue = Cue(verb.lemma.lower(), span_of(parse, verb))
        speaker = speaker_of(parse, verb, frozenset(keep))
        if speaker is None or not can_speak(parse, speaker):
            named = surname_word(parse, [verb.i], ctx.surnames, keep, nominal=True)
            speaker = named or speaker
        vouched = _vouching_source(parse, verb, frozenset(keep))
        if vouched is not None and speaker is not None:
            # laut „Spiegel“ hat der Fonds angekündigt, …: the statement is the report's, as
            # the Wikinews guideline annotates it
            speaker = vouched
        nobody = speaker is None or not speaks(parse, speaker)
        if found is None and nobody and not (speaker is None and is_impersonal(parse, verb)):
            # nachdem klar war, dass …; Gesetze sorgen dafür, dass … (but es ist geplant,
            # dass …; geht man davon aus, dass …: said, by nobody named)
            continue
        mention = None
        if speaker is not None and speaker.i == verb.head and verb.deprel == "acl:relcl":
            # ein Prediger, der … aufforderte, …: the relative pronoun is the mention
            mention = next(
                (k for k in parse.kids(verb.i, "nsubj") if "Rel" in (k.feat("PronType") or "")),
                None,
            )
        out.append(Finding("speech_clause", kind, message, speaker, cue, 0.8, mention=mention))
        taken |= keep
    if out:
        return out
    for w in words:
        if in_direct(ctx, w):
            continue
        found = speech_verb(parse, w)
        if found is None:
            continue
        verb, cue = found
        # the verb frames the sentence's main clause: Die Lage sei ernst, sagte er.
        if verb.rel in FRAME_RELS and verb.head >= 0:
            main = parse.words[verb.head]
            if main.deprel == "root" and clause_subjunctive(parse, main):
                frame = set(parse.subtree(verb.i))
                keep = {x.i for x in words} - frame
                message = message_runs(parse, sent, keep)
                if is_acceptable(parse, message, ctx):
                    speaker = subject_of(parse, verb, exclude=frozenset(keep))
                    return [Finding("speech_clause", "clause", message, speaker, cue, 0.75)]
    return []


def closing_so(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Ägypten müsse die Grenze öffnen, so Hisbollah-Chef Nasrallah. — a closing "so X"
    makes the whole sentence before it X's statement, whatever clauses it holds."""
    words = [w for w in parse.sentence_words(sent) if not in_direct(ctx, w)]
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
        message = message_runs(parse, sent, keep)
        if is_acceptable(parse, message, ctx):
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
        if in_direct(ctx, w):
            continue
        lemma = w.lemma.lower()
        frame: set[int] | None = None
        speaker: Word | None = None
        vouches = lemma in lang.according_markers
        if vouches:
            source = marked_source(parse, w)
            if source is None:
                continue
            frame = noun_phrase(parse, source) | {w.i}
            frame |= set(range(min(frame), max(frame) + 1))  # contiguous from the marker
            speaker = source
        elif is_nach_source(parse, w):
            vouches = True
            frame = set(parse.subtree(w.i)) - clauses_below(parse, w)
            speaker = next(
                (s for s in parse.kids(w.i, "nmod") if is_plausible_speaker(s, lang=parse.lang)),
                None,
            )
            if speaker is None and any(
                a.lemma.lower() == "eigen" for a in parse.kids(w.i, "amod", "det")
            ):
                # nach eigenen Angaben: the subject of the statement is its source
                root = next((x for x in words if x.deprel == "root"), None)
                if root is not None:
                    speaker = speaker_of(parse, root, frozenset(frame))
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
            head = parse.words[w.head]
            found = cue_verb(parse, head)
            if found is None and w.rel == "cc" and head.head >= 0:
                # Wie die ESA mitteilte, …: "wie" coordinated with the subject (a slip)
                head = parse.words[head.head]
                found = cue_verb(parse, head)
            if found is None or head.deprel == "root":
                continue
            verb = found[0]
            frame = set(parse.subtree(verb.i))
            speaker = subject_of(parse, verb, exclude=frozenset())
            cue = found[1]
        if frame is None:
            continue
        if w.text.lower() != "wie":
            cue = Cue(lemma, span_of(parse, w))
        # laut X and nach Angaben von X vouch for their clause; "so X" and "wie X sagte"
        # frame the whole sentence
        keep = (_marked_clause(parse, w, words) if vouches else {x.i for x in words}) - frame
        message = message_runs(parse, sent, keep)
        if not is_acceptable(parse, message, ctx):
            continue
        if not any(x.upos in {"VERB", "AUX"} for x in words if x.i in keep):
            continue  # a statement has a verb: laut Polizei drei Tote is a caption
        return [Finding("source_marker", "marker", message, speaker, cue, 0.8)]
    return []


def _vouching_source(parse: Parse, verb: Word, message: frozenset[int]) -> Word | None:
    """The source a marker on the speech verb itself names (Außerdem hatte er laut
    „tagesschau.de“ kritisiert, dass …; kam der Meldung zufolge zu dem Schluss, dass …):
    the report the statement is known from."""
    for k in parse.kids(verb.i):
        if k.i in message:
            continue
        for marker in parse.kids(k.i, "case"):
            if marker.lemma.lower() in parse.lang.according_markers:
                source = marked_source(parse, marker)
                if source is not None:
                    return source
        if k.lemma.lower() in parse.lang.according_markers:
            source = marked_source(parse, k)
            if source is not None:
                return source
        if is_nach_source(parse, k):
            named = [s for s in parse.kids(k.i, "nmod") if is_plausible_speaker(s, lang=parse.lang)]
            if named:
                return named[0]  # nach Angaben der Polizei hat der Fahrer gestanden, …
    return None


def _marked_clause(parse: Parse, marker: Word, words: Sequence[Word]) -> set[int]:
    """The words a source marker vouches for: the subordinate clause it stands in (…,
    weil die Mission nach Angaben der UN überfordert ist), else the whole sentence."""
    w = marker
    while w.head >= 0:
        w = parse.words[w.head]
        if w.upos in {"VERB", "AUX"} or parse.kids(w.i, "cop"):
            break
    if w.deprel in SUBORDINATE_RELS and any(
        k.rel in {"mark", "nsubj"} or "Rel" in (k.feat("PronType") or "") for k in parse.kids(w.i)
    ):
        return set(parse.subtree(w.i))
    return {x.i for x in words}


def continuation(parse: Parse, sent: int, ctx: Context) -> list[Finding]:
    """Der Minister verteidigte den Plan. Er sei notwendig, die Kosten seien gedeckt.

    A sentence whose main clause is in Konjunktiv I, without a frame of its own,
    continues a statement: the one in the sentence just before, else the subject of the
    sentence just before (a person, an organisation or the media; or any noun subject of
    a speech verb), else the last statement at most four sentences back; with none of
    them, its source is left open.
    """
    words = parse.sentence_words(sent)
    roots = [w for w in words if w.deprel == "root"]
    if not roots or not clause_subjunctive(parse, roots[0]):
        return []
    root = roots[0]
    finite = [root, *parse.kids(root.i, "aux", "cop", "aux:pass")]
    if not any(is_subjunctive(parse, w) for w in finite):
        return []
    start = words[0].start
    message = message_runs(parse, sent, {w.i for w in words})
    if not is_acceptable(parse, message, ctx):
        return []
    prev = _continued(parse, sent, start, ctx)
    last = parse.word_before(prev.end) if prev is not None else None
    if prev is not None and last is not None and last.sent >= sent - 1:
        # the statement just before: its speaker goes on
        return [Finding("continuation", "continuation", message, None, None, 0.6, continues=prev)]
    subject = _subject_before(parse, sent, ctx)
    if subject is not None:
        # a person named in the sentence just before (Kraxner spekulierte …. So sei …)
        return [Finding("continuation", "continuation", message, subject, None, 0.5)]
    # the subject of a speech verb just before, whatever its kind (Die Schutzgemeinschaft
    # forderte den Rücktritt. Er habe …), before a statement further back
    subject = _subject_before(parse, sent, ctx, of_speech=True)
    if prev is not None:
        if subject is not None:
            return [Finding("continuation", "continuation", message, subject, None, 0.5)]
        return [Finding("continuation", "continuation", message, None, None, 0.5, continues=prev)]
    # No statement to continue: still reported speech when the verb is a Konjunktiv-I form
    # (a Konjunktiv II alone is a conditional).
    if not any(w.text.lower() in parse.lang.subjunctive_forms for w in finite):
        return []
    return [Finding("continuation", "continuation", message, subject, None, 0.4)]


def _subject_before(
    parse: Parse, sent: int, ctx: Context, *, of_speech: bool = False
) -> Word | None:
    """The person or body a Konjunktiv-I sentence with no statement before it reports:
    the subject of the sentence before, in its paragraph, or the agent of its passive
    (Müller bezweifelte die Eignung Merkels. Er habe nicht den Eindruck, … / Der Plan
    wurde vom Verband kritisiert. Er sei zu teuer.). ``of_speech``: also any noun subject
    of a speech verb (Die Schutzgemeinschaft forderte …), whatever its kind."""
    if sent == 0:
        return None
    first = parse.sentence_words(sent)[0]
    words = parse.sentence_words(sent - 1)
    if not words or "\n" in parse.text[words[-1].end : first.start]:
        return None
    for root in (w for w in words if w.deprel == "root"):
        agent = von_agent(parse, root, frozenset())
        if agent is not None:
            return agent
        for subject in parse.kids(root.i, "nsubj"):
            if (
                subject.upos in {"NOUN", "PROPN", "PRON"}
                and subject.text.lower() not in parse.lang.opening_adverbs
                and (
                    speaks(parse, subject)
                    or subject.text in ctx.surnames
                    or (
                        of_speech
                        and subject.upos == "NOUN"
                        and speech_verb(parse, root) is not None
                        and is_plausible_speaker(subject, parse)
                    )
                )
            ):
                return subject
    return None


def _continued(parse: Parse, sent: int, start: int, ctx: Context) -> Quote | None:
    """The statement with a speaker that sentence ``sent`` continues: the last one before
    it in its paragraph, at most :data:`CONTINUATION_REACH` sentences back."""
    before = [
        q
        for q in ctx.statements
        if q.end <= start and q.part == q.n_parts - 1 and q.speaker is not None
    ]
    if not before:
        return None
    prev = before[-1]
    last = parse.word_before(prev.end)
    if last is None or sent - last.sent > CONTINUATION_REACH:
        return None
    return prev


#: The indirect rules, in the order they are tried on each candidate sentence.
INDIRECT_RULES: tuple[IndirectRule, ...] = (
    closing_so,
    speech_clause,
    source_marker,
    anaphoric_frame,
    anaphoric_source,
    continuation,
)
