"""A speaker mention: the words a reader would point to for a speaker's head word.

:func:`mention_span` grows a head word into its noun phrase ("der Gründer der
Handelsplattform", "Donald Trump", "er"), kept contiguous and within its sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from quoteattr._marks import CLOSING_MARKS, OPENING_MARKS
from quoteattr._model import Span
from quoteattr._parse import Parse, Word

__all__ = ["NP_RELS", "mention_span"]

#: Relations that stay inside a speaker's noun phrase.
NP_RELS = frozenset({"det", "amod", "flat", "compound", "nummod", "nmod", "appos", "case"})


def mention_span(parse: Parse, head: Word) -> Span:
    """The speaker mention headed by ``head``: the head with its determiners,
    adjectives, name parts, genitive/appositive attachments, kept contiguous and
    within the sentence, without punctuation or a relative clause at its edges.

    „…“, sagte die Sprecherin des Ministeriums. → "die Sprecherin des Ministeriums"
    """
    lang = parse.lang
    if (
        (head.upos == "PRON" and head.text.lower() not in lang.one_of)
        or head.text.lower() in lang.ordinal_anaphors
        or head.text.lower() in lang.demonstratives
    ):
        return Span.of(parse.text, head.start, head.end)
    keep = {head.i}
    stack = [head.i]
    while stack:
        k = stack.pop()
        for child in parse.kids(k):
            if child.rel in NP_RELS and child.sent == head.sent and child.i not in keep:
                # A case marker belongs to a nested nmod ("des", "von"), not to the head.
                if child.rel == "case" and k == head.i:
                    continue
                if _object_slip(parse, child) or _verb_slip(parse, child, head):
                    continue  # die 58-Jährige | dem Sender X gesagt: the verb's object
                keep.add(child.i)
                stack.append(child.i)
    words = parse.words
    first, last = _contiguous(words, sorted(keep), head.i)
    while first < last and words[first].upos == "PUNCT":
        first += 1
    while first < head.i and first - 1 not in keep and parse.same_token(first - 1, first):
        first += 1  # the article of a contraction whose preposition is not kept: vom Verein
    while (
        last > first and words[last].upos == "PUNCT" and not _closes_inner_mark(words, first, last)
    ):
        last -= 1
    nxt = last + 1
    if nxt < len(words) and words[nxt].sent == head.sent and _closes_inner_mark(words, first, nxt):
        last = nxt  # keep the closing mark of a quoted name inside the mention
    if nxt < len(words) and words[nxt].text == ")" and _open_bracket(words, first, nxt):
        last = nxt  # die Afrikanische Union (AU)
    while parse.hyphen_joined(first - 2) and words[first - 2].upos != "PUNCT":
        first -= 2  # a compound the tokenizer split at its hyphen: VW - Chef
    return Span.of(parse.text, words[first].start, words[last].end)


def _object_slip(parse: Parse, word: Word) -> bool:
    """Is ``word`` an nmod with no preposition whose article marks it dative or accusative
    (dem Sender, den Journalisten)? Inside a noun phrase only a genitive or a prepositional
    phrase can stand so: this is an object of the verb the parser hung on the noun."""
    return (
        word.rel == "nmod"
        and not parse.kids(word.i, "case")
        and any(d.text.lower() in parse.lang.object_articles for d in parse.kids(word.i, "det"))
    )


def _verb_slip(parse: Parse, word: Word, head: Word) -> bool:
    """Is ``word`` a speech verb the small model tagged as an adjective of the name after
    it (entgegnete/ADJ Brenner ruhig: „…“)? It is the verb, not part of the mention."""
    return (
        word.rel == "amod"
        and word.i == head.i - 1
        and word.past_form
        and parse.lang.speech_verb_lemma(word.lemma, word.text) is not None
    )


def _closes_inner_mark(words: Sequence[Word], first: int, last: int) -> bool:
    """Is ``words[last]`` the closing mark of a quotation that opens inside the span
    (das Restaurant „Zur Post“)? Then it belongs to the mention."""
    return (
        any(w.text in OPENING_MARKS for w in words[first:last])
        and words[last].text in CLOSING_MARKS
    )


def _open_bracket(words: Sequence[Word], first: int, last: int) -> bool:
    """Does a bracket open in ``words[first:last]`` and not close there?"""
    texts = [w.text for w in words[first:last]]
    return texts.count("(") > texts.count(")")


def _contiguous(words: Sequence[Word], indices: Sequence[int], head: int) -> tuple[int, int]:
    """The longest run of consecutive indices containing ``head``. A gap may be one word,
    or punctuation only: the commas around an apposition, the bracket before one (der
    Kommissionspräsident der Afrikanischen Union (AU), Alpha Omar Konaré)."""

    def joined(a: int, b: int) -> bool:
        return b - a <= 2 or all(w.upos == "PUNCT" for w in words[a + 1 : b])

    pos = indices.index(head)
    first = last = pos
    while first > 0 and joined(indices[first - 1], indices[first]):
        first -= 1
    while last + 1 < len(indices) and joined(indices[last], indices[last + 1]):
        last += 1
    return indices[first], indices[last]
