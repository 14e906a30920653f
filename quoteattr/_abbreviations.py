"""The text as Stanza's tokenizer reads it: no sentence end after an abbreviation.

The small German model ends a sentence after many abbreviations it does not know
(*Studienleiterin Prof. | Henrike Vogel sagte*, *rund 5 Mio. | Euro*), and a name or
clause cut so loses its speaker. :func:`tokenizer_text` gives the tokenizer a copy of the
text in which the dot of an abbreviation that never ends a sentence is a space: an
abbreviated title before a capitalised word (``[title_abbreviations]`` in
``quoteattr/data/german.txt``), or one of ``[inner_abbreviations]`` (*bzw.*, *vgl.*,
*ca.*) before any word or number. The copy has the caller's length, so every character
offset the tokenizer reports stays valid for the caller's text; the token is the
abbreviation without its dot (*Prof*).
"""

from __future__ import annotations

import functools

import regex

from quoteattr._german import German, german

__all__ = ["tokenizer_text"]


def tokenizer_text(text: str, lang: German | None = None) -> str:
    """``text`` with the dot after each listed abbreviation that is followed by more of
    its sentence replaced by a space (same length)."""
    lang = german() if lang is None else lang
    pattern = _pattern(lang.title_abbreviations, lang.inner_abbreviations)
    return str(pattern.sub(lambda m: (m.group(1) or m.group(2)) + " ", text))


@functools.cache
def _pattern(titles: frozenset[str], inner: frozenset[str]) -> regex.Pattern[str]:
    def alternatives(words: frozenset[str]) -> str:
        return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))

    return regex.compile(
        rf"(?<![\w.-])((?i:{alternatives(titles)}))\.(?=[ \t\u00a0]+\p{{Lu}})"
        rf"|(?<![\w.-])((?i:{alternatives(inner)}))\.(?=[ \t\u00a0]+[\p{{L}}\p{{N}}])"
    )
