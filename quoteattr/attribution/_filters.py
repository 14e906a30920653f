"""Not speech: quotations that name or translate something rather than report words.

These checks run once per quotation, before the rules: :func:`parenthetical_name`
takes a quotation out of attribution altogether, and :func:`looks_like_title` sets
``QuoteView.is_title``, which the rules declared ``on_titles=False`` never see and the
others consult where a title can still be speech (nannte ihn einen „…“).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quoteattr._marks import DOUBLE_CLOSERS, DOUBLE_OPENERS
from quoteattr._parse import Parse, Word

if TYPE_CHECKING:
    from quoteattr.attribution._view import QuoteView

__all__ = [
    "MAX_TITLE_WORDS",
    "in_parentheses",
    "looks_like_title",
    "parenthetical_name",
    "word_before_name",
]


def looks_like_title(view: QuoteView) -> bool:
    """A term after "so genannt", or a name or title in quotation marks rather than words
    someone said: it starts with a capital or a digit, has no verb, and follows a
    definite article or the noun it names —
    die Zeitung „Yemen Observer“, der Film „2001: Odyssee im Weltraum“, die „Dornier“."""
    before_text = view.parse.text[max(0, view.quote.outer.start - 40) : view.quote.outer.start]
    if view.lang.is_so_called(before_text):
        return True
    before = word_before_name(view)
    if before is not None and before.text.lower() in view.lang.according_markers:
        return True  # laut „news.bbc.co.uk“: the source's name
    content = view.quote.text.lstrip()
    if not content or not (content[0].isupper() or content[0].isdigit()):
        return False
    if before is not None and before.lemma.lower() in view.lang.title_nouns:
        return True  # mit dem Titel „Die Revolution missbraucht ihre Kinder“
    words = view.parse.words
    inner = [words[i] for i in view.inside if view.quote.start <= words[i].start < view.quote.end]
    if len(inner) > MAX_TITLE_WORDS or any(w.upos in {"VERB", "AUX"} for w in inner):
        return False
    if before is None:
        return False
    # A definite article names (die „Dornier“, also with adjectives between: die liberale
    # „El Mundo“); an indefinite one describes (einen „Angriff“).
    if before.upos in {"ADJ", "ADV"}:
        before = _article_before_adjectives(view.parse, before)
    return before.upos in {"NOUN", "PROPN"} or (
        before.upos == "DET" and before.lemma.lower() in view.lang.definite_articles
    )


def _article_before_adjectives(parse: Parse, word: Word) -> Word:
    """The word before the adjectives and adverbs that end at ``word`` (die regierende,
    das viel gelobte), in its sentence; ``word`` itself when it is no adjective."""
    k = word.i
    while k > 0 and parse.words[k].upos in {"ADJ", "ADV"} and parse.words[k - 1].sent == word.sent:
        k -= 1
    found = parse.words[k]
    return found if found.upos == "DET" else word


def word_before_name(view: QuoteView) -> Word | None:
    """The word before the opening mark; for the second of coordinated quotations
    (die Modelle „Touareg“ und „Phaeton“), the word before the first."""
    before = view.parse.word_before(view.quote.outer.start)
    if before is not None and before.upos == "CCONJ":
        earlier = view.parse.word_before(before.start)
        if earlier is not None and earlier.text in DOUBLE_CLOSERS:
            opener = _opener_of(view.parse.text, earlier.start)
            if opener is not None:
                return view.parse.word_before(opener)
    return before


def _opener_of(text: str, close: int) -> int | None:
    """Offset of the opening mark that the closing mark at ``close`` pairs with, looking
    back at most one short title's length."""
    for k in range(close - 1, max(-1, close - 120), -1):
        if text[k] in DOUBLE_OPENERS:
            return k
    return None


#: Names and titles in quotation marks are short; a longer verbless stretch is a fragment.
MAX_TITLE_WORDS = 6


def parenthetical_name(view: QuoteView) -> bool:
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


def in_parentheses(view: QuoteView) -> bool:
    """Is the quotation inside an open parenthesis of its paragraph?"""
    before = view.parse.text[: view.quote.outer.start]
    para = before[before.rfind("\n") + 1 :]
    return para.count("(") > para.count(")")
