"""The rule order: the one place it is written.

The first rule that fires on a quotation decides its speaker. Rules that read a
quotation's own clause come first, surest first; rules that take a speaker from the
context (the quotation or the sentence before) come after them, and the weakest last.
"""

from __future__ import annotations

from quoteattr.attribution._after_quote import cue_after_quote, cue_in_next_sentence
from quoteattr.attribution._clause import (
    of_the_opinion,
    quote_in_speech_clause,
    speech_verb_in_sentence,
    with_the_words,
)
from quoteattr.attribution._colon import colon_before_quote
from quoteattr.attribution._context import (
    after_reported_statement,
    continuation,
    introduced_before,
    split_quote,
)
from quoteattr.attribution._markers import according_to, as_said, in_the_view_of, so_after_quote
from quoteattr.attribution._registry import Rule, registry
from quoteattr.attribution._reported import reported_speech

__all__ = ["RULES", "RULES_BY_NAME"]

#: Every attribution rule, in the order they are tried.
RULES: tuple[Rule, ...] = registry(
    # a second part („A“, sagte X, „B“) is linked before the rules look at it alone
    split_quote,
    # the quotation's own sentence: a cue or marker beside it
    cue_after_quote,
    so_after_quote,
    colon_before_quote,
    according_to,
    with_the_words,
    quote_in_speech_clause,
    as_said,
    in_the_view_of,
    of_the_opinion,
    # the sentence after
    cue_in_next_sentence,
    # the context before
    continuation,
    introduced_before,
    after_reported_statement,
    reported_speech,
    # the weakest: a speech verb somewhere in the sentence
    speech_verb_in_sentence,
)

#: The rules by name.
RULES_BY_NAME: dict[str, Rule] = {r.name: r for r in RULES}
