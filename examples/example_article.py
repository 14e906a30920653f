"""The reference example: the quotations of a German news article with their speakers.

    python examples/example_article.py [ARTICLE] [--model-dir DIR]

By default it reads ``examples/trump-ma-2017.de.txt`` and uses the small offline model
shipped in ``tests/models/stanza-de-small``; pass ``--model-dir`` to use Stanza's official
German models (``stanza.download("de")`` puts them in ``~/stanza_resources``).
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
    args = parser.parse_args()

    text = args.article.read_text(encoding="utf-8")
    extractor = quoteattr.QuoteExtractor(model_dir=args.model_dir)
    quotes = extractor.extract(text)
    print(f"{len(quotes)} quotations in {args.article.name}\n")
    print(f"{'speaker':<14} {'mention':<10} {'rule':<24} {'offsets':<11} quote")
    for q in quotes:
        speaker = q.speaker.name if q.speaker else "—"
        mention = q.speaker.mention.text if q.speaker else ""
        shown = q.text if len(q.text) <= 60 else q.text[:57] + "..."
        print(f"{speaker:<14} {mention:<10} {q.rule or '':<24} {q.start:>5}-{q.end:<5} „{shown}“")


if __name__ == "__main__":
    main()
