"""Words for text the parser never saw: regex tokens, sentences, and guessed names.

Selective parsing (:mod:`quoteattr._selective`) leaves most of a document unparsed. Its
words still take part in speaker resolution, which looks for a name repeated from a
parsed sentence ("Trump" after "Donald Trump"); so such words carry no tags except the
names guessed here from the given-name list, tagged as a parser would tag them.
"""

from __future__ import annotations

import attrs
import regex

from quoteattr._german import german
from quoteattr._parse import Word

__all__ = ["guess_names", "shallow_sentences", "shallow_words"]

_SHALLOW_TOKEN = regex.compile(r"\w+(?:[-'’.]\w+)*|\S")
_SENTENCE_END = frozenset({".", "!", "?"})


def shallow_sentences(text: str, start: int, end: int) -> list[list[tuple[int, int]]]:
    """A paragraph that never reached Stanza: tokens by regular expression, sentences
    ended by . ! ?"""
    sentences: list[list[tuple[int, int]]] = [[]]
    for m in _SHALLOW_TOKEN.finditer(text, start, end):
        sentences[-1].append((m.start(), m.end()))
        if m.group() in _SENTENCE_END:
            sentences.append([])
    return [s for s in sentences if s]


def shallow_words(text: str, tokens: list[tuple[int, int]], s_idx: int, first: int) -> list[Word]:
    return [
        Word(
            i=first + k,
            sent=s_idx,
            text=text[start:end],
            lemma=text[start:end],
            upos="X",
            feats="",
            head=-1,
            deprel="dep",
            start=start,
            end=end,
        )
        for k, (start, end) in enumerate(tokens)
    ]


#: Words after a given name that still belong to the name: Donald Trump, Felipe Calderón.
_MAX_NAME_TAIL = 2


def guess_names(words: list[Word]) -> list[Word]:
    """Tag the names in an unparsed sentence, for speaker resolution: a listed given name
    and the capitalised words right after it (Thomas Enders) become a name, as a parser
    would tag it (PROPN, the rest ``flat:name`` under the first)."""
    lang = german()
    out = list(words)
    k = 0
    while k < len(out):
        w = out[k]
        if not (w.text[:1].isupper() and lang.first_name_gender(w.text) is not None):
            k += 1
            continue
        out[k] = attrs.evolve(w, upos="PROPN")
        j = k + 1
        while (
            j < len(out)
            and j - k <= _MAX_NAME_TAIL
            and out[j].text[:1].isupper()
            and not lang.is_role_noun(out[j].text)
        ):
            out[j] = attrs.evolve(out[j], upos="PROPN", head=w.i, deprel="flat:name")
            j += 1
        k = j
    return out
