"""The result of an extraction: a list of quotes that remembers its text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from quoteattr._model import Quote
from quoteattr._render import Rendering

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Quotes"]


class Quotes(list[Quote]):
    """The quotations of one text: a ``list`` of :class:`~quoteattr.Quote` that also
    holds the ``text`` they were found in.

    It is a real list: it indexes, iterates, compares equal to a plain list of the same
    quotes (the text plays no part in ``==``) and pickles with its text. List
    operations that build a new list (slices, ``+``, ``copy()``) return a plain
    ``list``. In a Jupyter notebook it displays as :func:`~quoteattr.render` shows it.

    >>> import quoteattr
    >>> text = "Sie sprach von „großen Dingen“."
    >>> quotes = quoteattr.Quotes(quoteattr.find_quotes(text), text=text)
    >>> quotes == quoteattr.find_quotes(text), quotes.text == text
    (True, True)
    """

    text: str

    def __init__(self, quotes: Iterable[Quote] = (), *, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"Quotes() expects the text as a str, got {type(text).__name__}")
        super().__init__(quotes)
        self.text = text

    @property
    def speakers(self) -> list[str]:
        """The distinct speakers of this text: each ``speaker.name`` once, in order of
        its first quotation (quotations without a speaker add none). Across many texts,
        :func:`~quoteattr.speaker_table` counts them and merges name variants."""
        return list(dict.fromkeys(q.speaker.name for q in self if q.speaker is not None))

    def to_dataframe(self) -> pd.DataFrame:
        """These quotations as a pandas DataFrame (see :func:`~quoteattr.to_dataframe`)."""
        from quoteattr._dataframe import to_dataframe

        return to_dataframe(self)

    def render(
        self, *, speakers: Iterable[str] | None = None, cues: bool = True, labels: bool = True
    ) -> Rendering:
        """This text with these quotations highlighted; the options are those of
        :func:`~quoteattr.render`."""
        return Rendering(self.text, self, speakers=speakers, cues=cues, labels=labels)

    def _repr_html_(self) -> str:
        return self.render().html
