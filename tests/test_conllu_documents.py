"""extractor.attribute(doc) on documents read with Stanza's own CoNLL-U reader, which
have token offsets (start_char/end_char in MISC) but no doc.text."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from quoteattr import PipelineError, QuoteExtractor

pytestmark = pytest.mark.e2e

TEXT = (
    "„Wir sind bereit“, sagte Anna Weber.\n\n"
    "„Das prüfen wir“, teilte die Polizei mit. Später hieß es, man sei „zufrieden“."
)


@pytest.fixture(scope="module")
def conllu(model_dir: Path) -> str:
    import stanza

    nlp = stanza.Pipeline(
        "de",
        dir=str(model_dir),
        processors="tokenize,mwt,pos,lemma,depparse",
        download_method=None,
        logging_level="WARN",
    )
    return f"{nlp(TEXT):C}"


def read(conllu: str) -> Any:
    from stanza.utils.conll import CoNLL

    return CoNLL.conll2doc(input_str=conllu + "\n\n")


def test_a_conllu_document_with_offsets_and_no_text(conllu: str, model_dir: Path) -> None:
    doc = read(conllu)
    assert not doc.text  # what Stanza's reader gives
    extractor = QuoteExtractor(model_dir=model_dir)
    quotes = extractor.attribute(doc)
    assert quotes.text == TEXT  # rebuilt from the offsets, paragraph break included
    assert quotes == extractor.extract(TEXT)
    assert [q.speaker.name if q.speaker else None for q in quotes][:2] == [
        "Anna Weber",
        "die Polizei",
    ]
    for q in quotes:
        assert quotes.text[q.start : q.end] == q.text
    assert [q.paragraph for q in quotes] == [0, 1, 1]


def test_offsets_that_do_not_fit_fall_back_to_the_spelled_out_tokens(
    conllu: str, model_dir: Path
) -> None:
    # Shift one token's offsets onto the one before: they overlap, so they are not used.
    broken = re.sub(r"start_char=1\|end_char=4", "start_char=0|end_char=3", conllu, count=1)
    assert broken != conllu
    quotes = QuoteExtractor(model_dir=model_dir).attribute(read(broken))
    assert "Wir sind bereit" in quotes.text
    for q in quotes:
        assert quotes.text[q.start : q.end] == q.text
    assert quotes[0].speaker is not None


def test_something_that_is_not_a_document_says_so(model_dir: Path) -> None:
    with pytest.raises(PipelineError, match=r"stanza.Document \(with .sentences\), got 'str'"):
        QuoteExtractor(model_dir=model_dir).attribute("„Ja“, sagte er.")
