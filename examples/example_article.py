"""The reference example: the quotations of a German news article with their speakers.

    python examples/example_article.py [ARTICLE] [--model-dir DIR] [--width N]

By default it reads ``examples/trump-ma-2017.de.txt`` and uses the small offline model
shipped in ``tests/models/stanza-de-small``; pass ``--model-dir`` to use Stanza's official
German models (``stanza.download("de")`` puts them in ``~/stanza_resources``).
The table is quoteattr's own (``quoteattr.format_table``); the same one comes from the
command line: ``quoteattr ARTICLE``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import quoteattr

HERE = Path(__file__).resolve().parent
SMALL_MODEL = HERE.parent / "tests" / "models" / "stanza-de-small"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", default=HERE / "trump-ma-2017.de.txt", type=Path)
    parser.add_argument("--model-dir", default=SMALL_MODEL, type=Path)
    parser.add_argument("--width", type=int, default=None, help="line width (default: terminal)")
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    quotes = quoteattr.QuoteExtractor(model_dir=args.model_dir).extract(text)
    speakers = sorted({q.speaker.name for q in quotes if q.speaker is not None})
    print(f"{args.article.name}: {len(quotes)} quotations, speakers: {', '.join(speakers)}\n")
    print(quoteattr.format_table(quotes, width=args.width))


if __name__ == "__main__":
    main()
