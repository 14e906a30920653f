"""Attribution: who said a quotation, read off a dependency parse.

The pipeline for one document::

    quotations ─► filters (not speech?) ─► rules, in order ─► speaker resolution ─► Quote

- :mod:`._view`: what a rule sees (:class:`QuoteView`) and returns (:class:`Attribution`);
- :mod:`._registry`: the rule interface (:func:`rule`) and the registry (:class:`Rule`);
- :mod:`._rules`: :data:`RULES`, every rule in the order they are tried — the one place
  that order is written; ``docs/attribution.md``'s rule table is checked against it;
- the rule families, one module each: cues after the quotation (:mod:`._after_quote`),
  colon introductions (:mod:`._colon`), markers such as so/laut/zufolge
  (:mod:`._markers`), speech clauses (:mod:`._clause`), the context before
  (:mod:`._context`) and reported speech (:mod:`._reported`);
- :mod:`._syntax`: the UD toolkit the rules share (subjects, phrases, who can speak);
  :mod:`._cue_words`: which words are speech cues and which of their arguments speaks;
  :mod:`._surnames`: a speaker's surname however the tagger read it;
- :mod:`._filters`: names, titles and translations in quotation marks;
- :mod:`._resolve` and :mod:`quoteattr._speakers`: from a rule's word to a speaker;
- :mod:`._driver`: :func:`attribute_quotes`, the loop over a document's quotations;
- indirect speech, a family apart that never sees direct quotations: its rules
  (:mod:`._indirect`), their clause syntax (:mod:`._indirect_syntax`) and its driver
  (:mod:`._indirect_driver`, ``attribute_indirect``).

Precision before recall: a quotation no rule attributes gets no speaker.

Adding a rule (CONTRIBUTING.md has a worked example): write one function
``def my_rule(view: QuoteView) -> Attribution | None`` in the family module it belongs
to, with a German example as the first line of its docstring, declare it with
``@rule(before=..., after=...)`` (the sentences it reads besides the quotation's own),
put it into :data:`RULES` at its place, give it a table of tests on CoNLL-U parses in
``tests/test_rules.py`` and a row in ``docs/attribution.md``.
"""

from __future__ import annotations

from quoteattr.attribution._driver import attribute_quotes, wants_earlier_sentences
from quoteattr.attribution._registry import Rule, rule
from quoteattr.attribution._rules import RULES, RULES_BY_NAME
from quoteattr.attribution._view import Attribution, QuoteView

__all__ = [
    "RULES",
    "RULES_BY_NAME",
    "Attribution",
    "QuoteView",
    "Rule",
    "attribute_quotes",
    "reach",
    "rule",
    "wants_earlier_sentences",
]


def reach() -> tuple[int, int]:
    """(before, after): the most sentences any rule reads before and after a quotation's
    own sentences."""
    return max(r.before for r in RULES), max(r.after for r in RULES)
