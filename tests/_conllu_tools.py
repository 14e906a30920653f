"""Dump the small model's parse of German text as CoNLL-U, to build rule-test fixtures.

Run from the repository root::

    python tests/_conllu_tools.py "„Ja“, sagte er."            # print CoNLL-U
    python tests/_conllu_tools.py --file sentences.txt           # one text per line

The small model makes real parsing errors; tests/test_rules.py stores the output
corrected by hand to a correct UD German analysis.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "models" / "stanza-de-small"


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
    return f"{nlp(text):C}\n"


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
