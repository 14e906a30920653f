"""The rule interface and its registry.

Every attribution rule is a function ``rule(view: QuoteView) -> Attribution | None``
declared with :func:`rule`, which records what the pipeline needs to know about it:
how many sentences before and after the quotation's own it reads (selective parsing
parses that much), whether its cue can stand between two parts of one quotation,
whether it may fire on a quotation that reads as a title, and, for rules reading
further back than the first parsing pass, when more sentences could change its answer.

:func:`registry` turns the rule functions, in the order they are tried, into
:class:`Rule` records: the one place the rule order is written
(``quoteattr/attribution/_rules.py``). The docs' rule table, the package docstring's
list and selective parsing's reach are all read from it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TypeVar

import attrs

from quoteattr.attribution._view import Attribution, QuoteView

__all__ = ["Rule", "RuleFunction", "registry", "rule"]

RuleFunction = Callable[[QuoteView], Attribution | None]
_F = TypeVar("_F", bound=RuleFunction)


@attrs.frozen
class _Declared:
    before: int
    after: int
    splits: bool
    on_titles: bool
    wants_more: Callable[[QuoteView], bool] | None
    continues: bool = False


_DECLARED: dict[RuleFunction, _Declared] = {}


def rule(
    *,
    before: int = 0,
    after: int = 0,
    splits: bool = False,
    on_titles: bool = True,
    wants_more: Callable[[QuoteView], bool] | None = None,
    continues: bool = False,
) -> Callable[[_F], _F]:
    """Declare an attribution rule.

    - ``before``/``after``: sentences before/after the quotation's own that the rule
      reads (words, tags and heads); selective parsing parses at least that much.
    - ``splits``: the rule's cue can stand between two parts of one quotation
      („A“, sagte X, „B“), so the next quotation may share its speaker.
    - ``on_titles``: ``False`` if the rule never fires on a quotation that reads as a
      name or title (``QuoteView.is_title``); the driver then does not ask it.
    - ``wants_more``: for a rule reading more sentences back than the first selective
      pass parses: given a quotation no earlier rule decided, could those sentences make
      it fire? Selective parsing then parses them.
    - ``continues``: the rule's speaker is the previous quotation's, and its word the
      nearest mention of that person (Besonders haderte er. „…“): the speaker keeps
      the previous quotation's name.
    """

    def declare(func: _F) -> _F:
        _DECLARED[func] = _Declared(before, after, splits, on_titles, wants_more, continues)
        return func

    return declare


@attrs.frozen
class Rule:
    """One registered attribution rule."""

    #: the rule's name, as it appears in ``Quote.rule``
    name: str
    func: RuleFunction = attrs.field(repr=False)
    #: its place in the order rules are tried (0 first)
    order: int
    before: int
    after: int
    splits: bool
    on_titles: bool
    wants_more: Callable[[QuoteView], bool] | None = attrs.field(repr=False)
    continues: bool = False

    def __call__(self, view: QuoteView) -> Attribution | None:
        """What the rule finds for ``view``: ``None`` also for a title, where the rule is
        declared ``on_titles=False``."""
        if view.is_title and not self.on_titles:
            return None
        return self.func(view)

    @property
    def family(self) -> str:
        """The module the rule lives in (``after_quote``, ``colon``, ``markers``, ...)."""
        return self.func.__module__.rsplit(".", 1)[-1].lstrip("_")

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.func) or ""

    @property
    def example(self) -> str:
        """The first German example of the rule's docstring (up to " / " or " — ")."""
        first = " ".join(self.doc.split("\n\n", 1)[0].split())
        return first.split(" / ", 1)[0].split(" — ", 1)[0].strip()


def registry(*funcs: RuleFunction) -> tuple[Rule, ...]:
    """The declared rule functions as :class:`Rule` records, in the order given."""
    out = []
    for order, func in enumerate(funcs):
        declared = _DECLARED.get(func)
        if declared is None:
            raise TypeError(f"{func.__name__} is not declared with @rule(...)")
        if not inspect.getdoc(func):
            raise TypeError(f"rule {func.__name__} has no docstring with a German example")
        out.append(Rule(func.__name__, func, order, **attrs.asdict(declared, recurse=False)))
    names = [r.name for r in out]
    if len(set(names)) != len(names):
        raise ValueError(f"rule names must be unique: {names}")
    return tuple(out)
