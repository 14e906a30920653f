"""What a rule sees and what it returns: :class:`QuoteView` and :class:`Attribution`.

A rule is offered one quotation at a time as a :class:`QuoteView`: the quotation, the
parse of its document, the words inside it, the document's people, and the decision
about the quotation before it. It answers with an :class:`Attribution` (the word
heading the speaker mention, the cue, how sure it is) or ``None``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from quoteattr._model import Cue, Quote, Speaker
from quoteattr._parse import Parse, Word

if TYPE_CHECKING:
    from quoteattr._german import German
    from quoteattr._speakers import People

__all__ = ["Attribution", "Decided", "QuoteView"]


@attrs.frozen
class Attribution:
    """What a rule found: how sure it is, the word heading the speaker mention, the cue."""

    confidence: float
    speaker: Word
    cue: Cue | None


@attrs.frozen
class Decided:
    """The decision about one quotation: which rule fired (if any) and the speaker."""

    quote: Quote
    attribution: Attribution | None
    #: the name of the rule that fired, or None
    rule: str | None
    speaker: Speaker | None
    confidence: float
    #: the speaker's name cluster in the document's :class:`~quoteattr._speakers.People`
    cluster: int | None
    #: can the rule's cue stand between two parts of one quotation (split quotes)?
    splits: bool = False


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
    #: the people the document names (None only in rule tests that need none)
    people: People | None = None
    #: the decision about the top-level quotation before this one
    prev: Decided | None = None
    #: does the quotation read as a name or title rather than words said
    #: (:func:`~quoteattr.attribution._filters.looks_like_title`)? Computed once.
    is_title: bool = False

    @classmethod
    def of(
        cls,
        parse: Parse,
        quote: Quote,
        said: frozenset[int] = frozenset(),
        *,
        people: People | None = None,
        prev: Decided | None = None,
    ) -> QuoteView:
        from quoteattr.attribution._filters import looks_like_title

        words = parse.words_between(quote.outer.start, quote.outer.end)
        # A tokenizer may glue a mark to a neighbouring word; count words overlapping
        # the content as inside too.
        inside = {w.i for w in words}
        inside.update(w.i for w in parse.words_between(max(0, quote.start - 1), quote.end + 1))
        view = cls(parse, quote, frozenset(inside), said, people, prev)
        return attrs.evolve(view, is_title=looks_like_title(view))

    @property
    def lang(self) -> German:
        """The language resources (word lists, lexicons) of the parse."""
        return self.parse.lang

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
