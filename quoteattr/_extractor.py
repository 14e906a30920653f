"""The public entry points: :class:`QuoteExtractor` and :func:`extract`.

text → ``find_quotes`` (marks) → Stanza parse → ``attribute_quotes`` (rules, speakers)
→ ``list[Quote]``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from quoteattr._attribution import attribute_quotes
from quoteattr._marks import find_quotes
from quoteattr._model import Quote
from quoteattr._parse import build_pipeline, check_pipeline, parse_document

__all__ = ["QuoteExtractor", "extract"]


class QuoteExtractor:
    """Finds quotations in German text and attributes them to their speakers.

    ``QuoteExtractor()`` builds a German Stanza pipeline lazily, on first use, with
    the processors attribution needs. Models are found as Stanza finds them
    (``model_dir``, else ``STANZA_RESOURCES_DIR``, else Stanza's default folder);
    nothing is downloaded unless ``download_method`` allows it
    (``stanza.DownloadMethod.REUSE_RESOURCES``).

    ``QuoteExtractor(nlp)`` uses a pipeline you built; it must have the processors
    tokenize, mwt, pos, lemma and depparse (:class:`~quoteattr.PipelineError` if not).

    >>> extractor = QuoteExtractor()                     # doctest: +SKIP
    >>> extractor.extract("„Wir sind bereit“, sagte Müller.")  # doctest: +SKIP
    """

    def __init__(
        self,
        nlp: Any | None = None,
        *,
        use_gpu: bool | None = None,
        model_dir: str | os.PathLike[str] | None = None,
        download_method: Any = None,
    ) -> None:
        if nlp is not None:
            check_pipeline(nlp)
        self._nlp = nlp
        self.use_gpu = use_gpu
        self.model_dir = model_dir
        self.download_method = download_method
        self._lock = threading.Lock()

    @property
    def nlp(self) -> Any:
        """The Stanza pipeline (built on first access when none was given)."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = build_pipeline(
                        model_dir=self.model_dir,
                        use_gpu=self.use_gpu,
                        download_method=self.download_method,
                    )
        return self._nlp

    def extract(self, text: str) -> list[Quote]:
        """Every quotation in ``text``, in document order, with speakers where the
        text says who spoke."""
        if not isinstance(text, str):
            raise TypeError(f"extract() expects a str, got {type(text).__name__}")
        quotes = find_quotes(text)
        if not quotes:
            return []
        doc = self.nlp(text)
        return attribute_quotes(parse_document(doc, text), quotes)

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 32,
        progress: bool | None = None,
    ) -> Iterator[list[Quote]]:
        """The quotations of each text, yielded in input order, one list per text.

        ``texts`` may be any iterable, also an unbounded one: it is consumed lazily.
        """
        if batch_size < 1:
            raise ValueError(f"batch_size must be >= 1, got {batch_size}")
        for text in texts:
            yield self.extract(text)

    def attribute(self, doc: Any, text: str | None = None) -> list[Quote]:
        """Quotations of a document the caller has already parsed with Stanza, for
        example one loaded from CoNLL-U. Offsets refer to ``text`` if given, else to
        ``doc.text``, else to the text the tokens spell out."""
        parse = parse_document(doc, text)
        return attribute_quotes(parse, find_quotes(parse.text))

    def __getstate__(self) -> dict[str, Any]:
        # Pickles without its pipeline; a worker process rebuilds it lazily.
        state = self.__dict__.copy()
        state["_nlp"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()


_default: QuoteExtractor | None = None
_default_lock = threading.Lock()


def extract(text: str) -> list[Quote]:
    """:meth:`QuoteExtractor.extract` with one cached default extractor."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = QuoteExtractor()
    return _default.extract(text)
