"""The public entry points: :class:`QuoteExtractor` and :func:`extract`.

text → candidates (``find_quotes``: marks) → Stanza parse → ``attribute_quotes`` (rules,
speakers)
→ ``Quotes`` (a ``list[Quote]`` that keeps its text).
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Iterable, Iterator, Sized
from typing import Any

from quoteattr._candidates import DEFAULT_KINDS, check_kinds, find_candidates
from quoteattr._model import Quote
from quoteattr._parse import build_pipeline, check_pipeline, parse_document
from quoteattr._results import Quotes
from quoteattr._selective import attribute_selectively, parse_full, parse_selective
from quoteattr.attribution import attribute_quotes
from quoteattr.attribution._indirect_driver import attribute_indirect
from quoteattr.attribution._indirect_syntax import INDIRECT_BEFORE

__all__ = ["QuoteExtractor", "extract"]


class QuoteExtractor:
    """Finds quotations in German text and attributes them to their speakers.

    ``QuoteExtractor()`` builds a German Stanza pipeline lazily, on first use, with
    the processors attribution needs. Models are looked up in one order, the same as
    the command line's: ``model_dir``, else ``STANZA_RESOURCES_DIR``, else Stanza's
    default folder when it holds German models, else (in a source checkout only) the
    small test model (see ``docs/installation.md``). Nothing is downloaded unless
    ``download_method`` allows it (``stanza.DownloadMethod.REUSE_RESOURCES``).

    ``QuoteExtractor(nlp)`` uses a pipeline you built; it must have the processors
    tokenize, mwt, pos, lemma and depparse (:class:`~quoteattr.PipelineError` if not).

    ``parsing="selective"`` (the default) runs Stanza's tokenizer only on paragraphs
    near a quotation and its tagger, lemmatizer and parser only on the sentences the
    rules read (see ``docs/performance.md``); ``parsing="full"`` parses every sentence
    of a text that holds a quotation. Texts without quotation marks are never parsed.

    ``kinds`` says which kinds of speech to find: ``("direct",)`` (the default)
    quotations in quotation marks, ``("direct", "indirect")`` indirect speech too (see
    ``docs/attribution.md``). Direct quotations come out the same whichever kinds are
    asked for.

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
        parsing: str = "selective",
        kinds: Iterable[str] = DEFAULT_KINDS,
    ) -> None:
        if parsing not in _PARSING:
            raise ValueError(
                f"parsing must be one of {', '.join(map(repr, _PARSING))}, got {parsing!r}"
            )
        if nlp is not None:
            check_pipeline(nlp)
        self.parsing = parsing
        self._nlp = nlp
        self.use_gpu = use_gpu
        self.model_dir = model_dir
        self.download_method = download_method
        self._lock = threading.Lock()
        self._unpickled = False
        #: the kinds of speech the extractor finds (quoteattr._candidates)
        self.kinds = check_kinds(kinds)
        #: Was the pipeline given by the caller (then this extractor can't be pickled)?
        self._own_nlp = nlp is not None

    @property
    def nlp(self) -> Any:
        """The Stanza pipeline (built on first access when none was given)."""
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    if self._unpickled:
                        # A copy sent to a worker: one pipeline per process, shared by
                        # every copy with the same settings (each task unpickles anew).
                        self._nlp = _worker_pipeline(
                            self.model_dir, self.use_gpu, self.download_method
                        )
                    else:
                        self._nlp = build_pipeline(
                            model_dir=self.model_dir,
                            use_gpu=self.use_gpu,
                            download_method=self.download_method,
                        )
        return self._nlp

    def extract(self, text: str) -> Quotes:
        """Every quotation in ``text``, in document order, with speakers where the
        text says who spoke."""
        if not isinstance(text, str):
            raise TypeError(f"extract() expects a str, got {type(text).__name__}")
        return self._extract_batch([text])[0]

    def extract_many(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 32,
        progress: bool | None = None,
        total: int | None = None,
    ) -> Iterator[Quotes]:
        """The quotations of each text, yielded in input order, one result per text.

        ``texts`` may be any iterable, also an unbounded one: it is consumed lazily,
        ``batch_size`` texts at a time, so memory stays flat. Each batch goes through
        Stanza in one bulk call per processor, which keeps a GPU busy. ``progress``
        shows a tqdm bar on stderr that moves as each text's result is yielded
        (``None``: only in Jupyter, and only where ipywidgets can draw it); ``total`` is
        the number of texts, for the bar's percentage and time left when ``texts`` has
        no ``len()`` (a generator).
        """
        if isinstance(texts, str):
            raise TypeError("extract_many() expects an iterable of str, got one str")
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise ValueError(f"batch_size must be an int >= 1, got {batch_size!r}")
        if not isinstance(texts, Iterable):
            raise TypeError(
                f"extract_many() expects an iterable of str, got {type(texts).__name__}"
            )
        if total is not None and (
            isinstance(total, bool) or not isinstance(total, int) or total < 0
        ):
            raise ValueError(f"total must be an int >= 0 or None, got {total!r}")
        if total is None and isinstance(texts, Sized):
            total = len(texts)
        # Arguments are checked above, at the call; the texts as they are read.
        return self._extract_iter(texts, batch_size, progress, total)

    def _extract_iter(
        self, texts: Iterable[str], batch_size: int, progress: bool | None, total: int | None
    ) -> Iterator[Quotes]:
        bar = _progress_bar(total, progress)
        batch: list[str] = []
        items = iter(texts)
        try:
            for index in itertools.count():
                try:
                    text = next(items)
                except StopIteration:
                    break
                except Exception:
                    # The input failed midway: the texts read so far still get their
                    # results, then the error goes to the caller.
                    yield from self._extract_batch(batch)
                    raise
                if not isinstance(text, str):
                    yield from self._extract_batch(batch)
                    raise TypeError(
                        f"extract_many() expects str items, got {type(text).__name__} "
                        f"(item {index}, counting from 0)"
                    )
                batch.append(text)
                if len(batch) == batch_size:
                    yield from _counted(self._extract_batch(batch), bar)
                    batch = []
            if batch:
                yield from _counted(self._extract_batch(batch), bar)
        finally:
            if bar is not None:
                bar.close()

    def _extract_batch(self, texts: list[str]) -> list[Quotes]:
        if not texts:
            return []
        found = [find_candidates(text, self.kinds) for text in texts]
        direct = [[q for q in qs if q.kind == "direct"] for qs in found]
        indirect = [[q for q in qs if q.kind == "indirect"] for qs in found]
        todo = [k for k, quotes in enumerate(found) if quotes]
        results: dict[int, list[Quote]] = {}
        if todo:
            if self.parsing == "full":
                done = parse_full(self.nlp, [texts[k] for k in todo], [direct[k] for k in todo])
                for k, p in zip(todo, done, strict=True):
                    results[k] = attribute_quotes(p, direct[k])
                    results[k] += attribute_indirect(p, indirect[k], results[k])
            else:
                # Direct quotations exactly as without indirect speech: their own parse.
                with_direct = [k for k in todo if direct[k]]
                attributed = attribute_selectively(
                    self.nlp, [(texts[k], direct[k]) for k in with_direct]
                )
                results = dict(zip(with_direct, attributed, strict=True))
                with_indirect = [k for k in todo if indirect[k]]
                parses = parse_selective(
                    self.nlp,
                    [(texts[k], indirect[k]) for k in with_indirect],
                    before=INDIRECT_BEFORE,
                    after=0,
                )
                for k, p in zip(with_indirect, parses, strict=True):
                    results[k] = results.get(k, []) + attribute_indirect(
                        p, indirect[k], results.get(k, [])
                    )
        return [Quotes(_merged(results.get(k, [])), text=text) for k, text in enumerate(texts)]

    def attribute(self, doc: Any, text: str | None = None) -> Quotes:
        """Quotations of a document the caller has already parsed with Stanza, for
        example one loaded from CoNLL-U. Offsets refer to ``text`` if given, else to
        ``doc.text``, else to the text the tokens spell out."""
        if text is not None and not isinstance(text, str):
            raise TypeError(f"attribute(): text must be a str or None, got {type(text).__name__}")
        parse = parse_document(doc, text)
        candidates = find_candidates(parse.text, self.kinds)
        quotes = attribute_quotes(parse, [q for q in candidates if q.kind == "direct"])
        quotes += attribute_indirect(parse, [q for q in candidates if q.kind == "indirect"], quotes)
        return Quotes(_merged(quotes), text=parse.text)

    def with_kinds(self, kinds: Iterable[str]) -> QuoteExtractor:
        """A copy finding ``kinds``, sharing this one's pipeline."""
        _ = self.nlp  # built once, shared by the copy
        other = QuoteExtractor.__new__(QuoteExtractor)
        other.__dict__.update(self.__dict__)
        other.kinds = check_kinds(kinds)
        return other

    def __getstate__(self) -> dict[str, Any]:
        # Pickles without its pipeline; a worker process rebuilds it lazily from the
        # settings. A pipeline the caller built can't be rebuilt from them: refuse.
        if self._own_nlp:
            raise TypeError(
                "cannot pickle a QuoteExtractor made with your own Stanza pipeline "
                "(QuoteExtractor(nlp)): a copy could not rebuild that pipeline. Pickle "
                "QuoteExtractor(model_dir=...) instead; each process builds its pipeline "
                "from those settings."
            )
        state = self.__dict__.copy()
        state["_nlp"] = None
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self.__dict__.setdefault("_own_nlp", False)
        self._lock = threading.Lock()
        self._unpickled = True


_PARSING = ("selective", "full")


def _merged(quotes: list[Quote]) -> list[Quote]:
    """Direct quotations in their own order (untouched), each indirect one placed before
    the first direct quotation that opens after it starts."""
    direct = [q for q in quotes if q.kind == "direct"]
    indirect = sorted((q for q in quotes if q.kind != "direct"), key=lambda q: q.start)
    out: list[Quote] = []
    k = 0
    for q in direct:
        while k < len(indirect) and indirect[k].start < q.outer.start:
            out.append(indirect[k])
            k += 1
        out.append(q)
    return out + indirect[k:]


_worker_pipelines: dict[tuple[str, bool | None, str], Any] = {}
_worker_lock = threading.Lock()


def _worker_pipeline(model_dir: Any, use_gpu: bool | None, download_method: Any) -> Any:
    """The process's pipeline for these settings, built on first use."""
    key = (str(model_dir), use_gpu, repr(download_method))
    with _worker_lock:
        if key not in _worker_pipelines:
            _worker_pipelines[key] = build_pipeline(
                model_dir=model_dir, use_gpu=use_gpu, download_method=download_method
            )
        return _worker_pipelines[key]


def _counted(results: list[Quotes], bar: Any) -> Iterator[Quotes]:
    """``results`` one by one, the bar moving on as each is handed over."""
    for result in results:
        yield result
        if bar is not None:
            bar.update(1)


def _progress_bar(total: int | None, progress: bool | None) -> Any:
    """A tqdm bar on stderr when asked, or by default inside a Jupyter kernel that can
    draw a widget bar; a plain text bar where ipywidgets is missing (no TqdmWarning)."""
    widgets = _has_ipywidgets()
    if progress is None:
        progress = _in_notebook() and widgets
    if not progress:
        return None
    if widgets and _in_notebook():
        from tqdm.notebook import tqdm as bar_class
    else:
        from tqdm.std import tqdm as bar_class
    return bar_class(total=total, unit="text", desc="quoteattr", dynamic_ncols=True)


def _has_ipywidgets() -> bool:
    import importlib.util

    return importlib.util.find_spec("ipywidgets") is not None


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and shell.__class__.__name__ == "ZMQInteractiveShell"


_default: QuoteExtractor | None = None
_default_lock = threading.Lock()


def extract(text: str, *, kinds: Iterable[str] = DEFAULT_KINDS) -> Quotes:
    """:meth:`QuoteExtractor.extract` with one cached default extractor; ``kinds`` as
    for :class:`QuoteExtractor`."""
    global _default
    kinds = check_kinds(kinds)
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = QuoteExtractor()
    if kinds == _default.kinds:
        return _default.extract(text)
    return _default.with_kinds(kinds).extract(text)
