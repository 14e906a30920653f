"""The Stanza boundary: building or checking a pipeline, and reading its parse.

Attribution never touches Stanza objects directly. This module turns a
``stanza.Document`` into a :class:`Parse`: a flat, read-only list of
:class:`Word` records with document-wide indices, character offsets into the
caller's text, and dependency heads. The rules in ``quoteattr.attribution`` work on that,
so they can be tested on parses built from CoNLL-U strings without a model.
"""

from __future__ import annotations

import logging
import os
import pickle
import zipfile
from collections.abc import Iterable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any

import attrs

from quoteattr._errors import ModelNotFoundError, PipelineError
from quoteattr._german import German, german
from quoteattr._locate import import_stanza, locate_models, missing_model_advice

__all__ = [
    "REQUIRED_PROCESSORS",
    "Parse",
    "Word",
    "build_pipeline",
    "check_pipeline",
    "parse_conllu",
    "parse_document",
    "sentence_words",
]

#: Processors attribution needs; ``ner`` is used too where the models have it.
REQUIRED_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")


@attrs.frozen
class Word:
    """One syntactic word of the parse (a multi-word token such as ``zum`` gives two
    words, both carrying the token's character offsets)."""

    i: int  #: index in the document
    sent: int  #: sentence index
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  #: document index of the head word, -1 for the root
    deprel: str
    start: int
    end: int

    def feat(self, name: str) -> str | None:
        """The value of morphological feature ``name`` (``Gender``, ``Number``...)."""
        for item in self.feats.split("|"):
            key, _, value = item.partition("=")
            if key == name:
                return value
        return None

    @property
    def rel(self) -> str:
        """The universal part of the relation: ``flat:name`` → ``flat``."""
        return self.deprel.split(":", 1)[0]

    @property
    def past_form(self) -> bool:
        """A lower-case form in -te/-ten, like a past tense (entgegnete, sagten), whatever
        a small model tagged it: where it is tagged an adjective, it is a verb slip."""
        return self.text.islower() and self.text.endswith(("te", "ten"))


@attrs.frozen
class Parse:
    """A parsed document: its text, words in order, and sentence boundaries."""

    text: str
    words: tuple[Word, ...]
    #: ``sentences[k]`` is the (first, last + 1) word range of sentence ``k``.
    sentences: tuple[tuple[int, int], ...]
    #: Named entities as (start, end, type) character spans, where the pipeline had NER.
    entities: tuple[tuple[int, int, str], ...] = ()
    #: The language's word lists and lexicons, for everything that reads this parse.
    lang: German = attrs.field(factory=german, kw_only=True, eq=False, repr=False)

    @cached_property
    def children(self) -> tuple[tuple[int, ...], ...]:
        """``children[i]``: indices of the words whose head is word ``i``."""
        kids: list[list[int]] = [[] for _ in self.words]
        for w in self.words:
            if w.head >= 0:
                kids[w.head].append(w.i)
        return tuple(tuple(k) for k in kids)

    def sentence_words(self, sent: int) -> Sequence[Word]:
        first, last = self.sentences[sent]
        return self.words[first:last]

    def words_between(self, start: int, end: int) -> list[Word]:
        """Words lying wholly within the character range [start, end)."""
        lo = self._first_word_at_or_after(start)
        out = []
        for w in self.words[lo:]:
            if w.start >= end:
                break
            if w.end <= end:
                out.append(w)
        return out

    def same_token(self, i: int, j: int) -> bool:
        """Are words ``i`` and ``j`` parts of one token (the von and dem of "vom")?"""
        if min(i, j) < 0 or max(i, j) >= len(self.words):
            return False
        a, b = self.words[i], self.words[j]
        return (a.start, a.end) == (b.start, b.end)

    def hyphen_joined(self, i: int) -> bool:
        """Are words ``i``, ``i + 1`` (a hyphen) and ``i + 2`` one hyphenated word the
        tokenizer split, written without spaces in one sentence (VW - Chef)?"""
        if i < 0 or i + 2 >= len(self.words):
            return False
        left, hyphen, right = self.words[i : i + 3]
        return (
            hyphen.text == "-"
            and left.end == hyphen.start
            and hyphen.end == right.start
            and left.sent == hyphen.sent == right.sent
        )

    def word_before(self, offset: int) -> Word | None:
        """The last word ending at or before ``offset``."""
        idx = self._first_word_at_or_after(offset) - 1
        while idx >= 0 and self.words[idx].end > offset:
            idx -= 1
        return self.words[idx] if idx >= 0 else None

    def _first_word_at_or_after(self, offset: int) -> int:
        lo, hi = 0, len(self.words)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.words[mid].start < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def kids(self, i: int, *rels: str) -> list[Word]:
        """Children of word ``i``, optionally only those with one of ``rels``
        (a bare ``nsubj`` also matches ``nsubj:pass``)."""
        out = [self.words[k] for k in self.children[i]]
        if rels:
            out = [w for w in out if w.deprel in rels or w.rel in rels]
        return out

    def subtree(self, i: int) -> list[int]:
        """Indices of word ``i`` and all its descendants, sorted."""
        out, stack = [], [i]
        seen = set()
        while stack:
            k = stack.pop()
            if k in seen:
                continue
            seen.add(k)
            out.append(k)
            stack.extend(self.children[k])
        return sorted(out)


# --- building and checking pipelines -------------------------------------------------


def _has_ner(resources: Path) -> bool:
    return (resources / "de" / "ner").is_dir()


def build_pipeline(
    *,
    model_dir: str | os.PathLike[str] | None = None,
    use_gpu: bool | None = None,
    download_method: Any = None,
    **kwargs: Any,
) -> Any:
    """Build a German Stanza pipeline with the processors attribution needs.

    Models are looked up in quoteattr's one order (:func:`~quoteattr._locate.locate_models`):
    ``model_dir``, else ``STANZA_RESOURCES_DIR``, else Stanza's default folder when it
    holds German models, else (in a source checkout only) the small test model, with a
    logged warning. ``download_method=None`` (the default) never touches the network;
    pass ``stanza.DownloadMethod.REUSE_RESOURCES`` to let Stanza fetch missing models.
    """
    stanza = import_stanza()
    location = locate_models(model_dir)
    resources = location.path
    hint = missing_model_advice()
    processors = list(REQUIRED_PROCESSORS)
    if _has_ner(resources):
        processors.append("ner")
    options: dict[str, Any] = {
        "lang": german().code,
        "dir": str(resources),
        "processors": ",".join(processors),
        "download_method": download_method,
        "logging_level": "WARN",
    }
    if use_gpu is not None:
        options["use_gpu"] = use_gpu
    options.update(kwargs)
    if download_method is None and not (resources / "resources.json").is_file():
        raise ModelNotFoundError(f"No German Stanza models in {resources}. {hint}")
    try:
        nlp = stanza.Pipeline(**options)
    except (FileNotFoundError, OSError, ValueError, KeyError) as exc:
        raise ModelNotFoundError(
            f"Could not load the German Stanza models from {resources}: {exc}. {hint}"
        ) from exc
    except (RuntimeError, EOFError, pickle.UnpicklingError) as exc:
        # torch on a truncated or corrupt .pt file: "PytorchStreamReader failed ..."
        raise ModelNotFoundError(_damaged_model_message(resources, exc)) from exc
    except Exception as exc:
        # Stanza raises its own classes (ResourcesFileNotFoundError, LanguageNotDownloadedError,
        # UnsupportedProcessorError...), not all of them subclasses of the built-ins above.
        if type(exc).__module__.startswith("stanza"):
            raise ModelNotFoundError(
                f"Could not load the German Stanza models from {resources}: {exc}. {hint}"
            ) from exc
        raise
    if location.is_checkout_model:
        logging.getLogger("quoteattr").warning(
            "quoteattr: note: no German Stanza models installed (stanza.download('de') "
            "fetches the official ones); using the small test model in %s",
            resources,
        )
    return nlp


def _damaged_model_message(resources: Path, exc: BaseException) -> str:
    """Which model file failed to load, and what to do about it. Stanza's model files are
    zip archives (torch's format); one that isn't is truncated or corrupt."""
    damaged = sorted(
        str(path) for path in (resources / "de").rglob("*.pt") if not zipfile.is_zipfile(path)
    )
    what = (
        f"the model file{'s' if len(damaged) > 1 else ''} {', '.join(damaged)} "
        f"{'are' if len(damaged) > 1 else 'is'} damaged (truncated or corrupt)"
        if damaged
        else f"a model file in {resources} is damaged (truncated or corrupt)"
    )
    return (
        f"Could not load the German Stanza models: {what}; loading failed with: "
        f"{str(exc).rstrip('.')}. "
        "Delete the damaged file and fetch the models again (stanza.download('de')), or "
        "copy the model folder anew."
    )


def check_pipeline(nlp: Any) -> None:
    """Raise :class:`PipelineError` unless ``nlp`` has every required processor."""
    processors = getattr(nlp, "processors", None)
    if not isinstance(processors, dict):
        raise PipelineError(
            f"Expected a stanza.Pipeline, got {type(nlp).__name__!r} with no .processors"
        )
    missing = [p for p in REQUIRED_PROCESSORS if p not in processors]
    if missing:
        raise PipelineError(
            "The Stanza pipeline lacks the processors quoteattr needs: "
            f"{', '.join(missing)} (it has {', '.join(processors) or 'none'}). Build it with "
            f"processors='{','.join(REQUIRED_PROCESSORS)}'."
        )


# --- reading a stanza.Document ---------------------------------------------------------


def parse_document(doc: Any, text: str | None = None) -> Parse:
    """Turn a ``stanza.Document`` into a :class:`Parse`.

    The text is ``text`` if given, else ``doc.text``. A document without either (one
    read with Stanza's CoNLL-U reader) gets its text rebuilt from its tokens: placed at
    their ``start_char``/``end_char`` offsets where every token has consistent ones
    (the offsets then stay valid), else spelled out with ``SpaceAfter=No``.
    Character offsets come from the tokens where they fit the text, else the tokens
    are aligned to it.
    """
    sentences = getattr(doc, "sentences", None)
    if sentences is None:
        raise PipelineError(
            f"Expected a stanza.Document (with .sentences), got {type(doc).__name__!r}"
        )
    tokens = [tok for sent in sentences for tok in sent.tokens]
    have_offsets = all(t.start_char is not None and t.end_char is not None for t in tokens)
    doc_text = getattr(doc, "text", None) or None
    if text is None:
        text = doc_text
    if text is None:
        text = (_text_from_offsets(sentences) if have_offsets else None) or _spell_out(sentences)
        doc_text = text
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    # The tokenizer may have read a copy of the text of the same length (see
    # quoteattr._abbreviations): its offsets hold wherever every form is found at them.
    if have_offsets and len(text) == len(doc_text or "") and _offsets_fit(text, tokens):
        offsets = [(t.start_char, t.end_char) for t in tokens]
    else:
        offsets = align_tokens(text, [t.text for t in tokens])
    return _build(text, sentences, offsets, _entities(doc))


def _offsets_fit(text: str, tokens: Sequence[Any]) -> bool:
    """Do the tokens' offsets point at their forms in ``text``, in order?"""
    end = 0
    for t in tokens:
        if t.start_char < end or text[t.start_char : t.end_char] != t.text:
            return False
        end = t.end_char
    return True


def _text_from_offsets(sentences: Sequence[Any]) -> str | None:
    """The text the tokens' character offsets describe, gaps filled with spaces (a gap
    of two or more characters between sentences as a paragraph break); None when the
    offsets overlap or do not match the forms' lengths."""
    parts: list[str] = []
    pos = 0
    for k, sent in enumerate(sentences):
        for j, tok in enumerate(sent.tokens):
            start, end = tok.start_char, tok.end_char
            if start < pos or end - start != len(tok.text):
                return None
            gap = start - pos
            if j == 0 and k > 0 and gap >= 2:
                parts.append("\n\n" + " " * (gap - 2))
            else:
                parts.append(" " * gap)
            parts.append(tok.text)
            pos = end
    return "".join(parts)


def _entities(doc: Any) -> tuple[tuple[int, int, str], ...]:
    try:
        ents = doc.ents
    except (AttributeError, KeyError):
        return ()
    return tuple((e.start_char, e.end_char, e.type) for e in ents if e.start_char is not None)


def _spell_out(sentences: Iterable[Any]) -> str:
    parts = []
    for sent in sentences:
        for tok in sent.tokens:
            parts.append(tok.text)
            after = getattr(tok, "spaces_after", None)
            if after is None:
                # Older Stanza: only the misc column tells.
                after = "" if "SpaceAfter=No" in (tok.misc or "") else " "
            parts.append(after)
        parts.append("\n")
    return "".join(parts)


def align_tokens(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Character offsets of ``forms`` found in order in ``text``.

    A form that can't be found (a tokenizer that normalised a character) gets an
    empty span at the current position, so later tokens still align.
    """
    pos = 0
    out: list[tuple[int, int]] = []
    for form in forms:
        at = text.find(form, pos) if form else -1
        # Only accept a match that skips nothing but whitespace.
        if at >= 0 and text[pos:at].strip() == "":
            out.append((at, at + len(form)))
            pos = at + len(form)
        else:
            while pos < len(text) and text[pos].isspace():
                pos += 1
            out.append((pos, pos))
    return out


def _build(
    text: str,
    sentences: Sequence[Any],
    offsets: Sequence[tuple[int, int]],
    entities: tuple[tuple[int, int, str], ...],
) -> Parse:
    words: list[Word] = []
    bounds: list[tuple[int, int]] = []
    spans = iter(offsets)
    for s_idx, sent in enumerate(sentences):
        first = len(words)
        words.extend(sentence_words(sent, [next(spans) for _ in sent.tokens], s_idx, first))
        bounds.append((first, len(words)))
    return Parse(text=text, words=tuple(words), sentences=tuple(bounds), entities=entities)


def sentence_words(
    sent: Any, token_offsets: Sequence[tuple[int, int]], s_idx: int, first: int
) -> list[Word]:
    """The :class:`Word` records of one Stanza sentence: ``token_offsets`` are its
    tokens' character spans, ``first`` the document index of its first word. A sentence
    that was only tokenized gives words tagged ``X`` with no head."""
    # Stanza word ids are 1-based within the sentence; heads refer to them.
    id_to_global: dict[int, int] = {}
    pending: list[tuple[Any, int, int]] = []
    for tok, (start, end) in zip(sent.tokens, token_offsets, strict=True):
        for w in tok.words:
            id_to_global[int(w.id)] = first + len(pending)
            pending.append((w, start, end))
    out: list[Word] = []
    for w, start, end in pending:
        head = int(w.head) if w.head is not None else 0
        out.append(
            Word(
                i=first + len(out),
                sent=s_idx,
                text=w.text,
                lemma=w.lemma if w.lemma is not None else w.text,
                upos=w.upos or "X",
                feats=w.feats or "",
                head=id_to_global.get(head, -1) if head > 0 else -1,
                deprel=w.deprel or "dep",
                start=start,
                end=end,
            )
        )
    return out


def parse_conllu(conllu: str, text: str | None = None) -> Parse:
    """A :class:`Parse` from a CoNLL-U string, aligned to ``text`` when given, else to
    the concatenated ``# text =`` lines of its sentences. Used by tests and by callers
    who keep parses as CoNLL-U."""
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_str=conllu.strip() + "\n\n")
    if text is None:
        text = " ".join(s.text for s in doc.sentences if s.text) or None
    return parse_document(doc, text)
