"""CoNLL-U fixtures for the rule tests: load them, and dump fresh model parses.

The fixtures in ``tests/data/conllu/<name>.conllu`` are the small model's parses,
corrected by hand to a correct UD German analysis (XPOS blanked: nothing reads it).
To dump the model's parse of new text, run from the repository root::

    python tests/_conllu_tools.py "„Ja“, sagte er."            # print CoNLL-U
    python tests/_conllu_tools.py --file sentences.txt           # one text per line
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quoteattr._parse import Parse

TESTS = Path(__file__).resolve().parent
MODEL_DIR = TESTS / "models" / "stanza-de-small"
CONLLU_DIR = TESTS / "data" / "conllu"


@functools.cache
def conllu(name: str) -> str:
    """The hand-checked CoNLL-U fixture ``name``."""
    return (CONLLU_DIR / f"{name}.conllu").read_text(encoding="utf-8")


def parse_of(text: str, conllu_text: str) -> Parse:
    """The :class:`Parse` of ``conllu_text`` aligned to ``text``, checked to spell it."""
    from quoteattr._parse import parse_conllu

    parse = parse_conllu(conllu_text, text)
    assert parse.text == text
    # Each word sits on its own form, or shares its token's span with the other words
    # of a contraction (zum = zu + dem).
    for w in parse.words:
        assert w.start < w.end, f"{w.text!r} did not align with the text"
        twins = [v for v in parse.words if (v.start, v.end) == (w.start, w.end)]
        assert text[w.start : w.end] == w.text or len(twins) > 1, w
    return parse


def pipeline():  # type: ignore[no-untyped-def]
    """The small German pipeline, offline."""
    os.environ.setdefault("STANZA_RESOURCES_DIR", str(MODEL_DIR))
    import stanza

    return stanza.Pipeline(
        "de",
        dir=str(MODEL_DIR),
        processors="tokenize,mwt,pos,lemma,depparse",
        download_method=None,
        logging_level="WARN",
    )


def to_conllu(nlp, text: str) -> str:  # type: ignore[no-untyped-def]
    """The CoNLL-U of ``text`` as parsed by ``nlp``."""
    raw = f"{nlp(text):C}"
    # Offsets come from the text at load time; drop them so the fixture is easy to edit.
    raw = re.sub(r"\|?start_char=\d+\|end_char=\d+", "", raw)
    raw = re.sub(r"\t(?=\n|$)", "\t_", raw)
    return re.sub(r"# sent_id = \d+\n", "", raw).strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("texts", nargs="*")
    parser.add_argument("--file", type=Path)
    args = parser.parse_args(argv)
    texts = list(args.texts)
    if args.file:
        texts += [line for line in args.file.read_text("utf-8").splitlines() if line.strip()]
    nlp = pipeline()
    for text in texts:
        sys.stdout.write(f"### {text}\n{to_conllu(nlp, text)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
