"""Every article in a folder to one CSV file, one row per quotation.

    python examples/folder_to_csv.py OUT.csv [FOLDER] [--model-dir DIR]

FOLDER defaults to ``examples/articles`` (three short articles written for this
example); its ``*.txt`` files are read in sorted order. The model defaults to the small
offline one in ``tests/models/stanza-de-small``. The columns are those of
``quoteattr.quote_record`` (``docs/formats.md``); ``source`` names the article.
From the command line: ``quoteattr FOLDER --format csv > OUT.csv``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import quoteattr

HERE = Path(__file__).resolve().parent
SMALL_MODEL = HERE.parent / "tests" / "models" / "stanza-de-small"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the CSV file to write")
    parser.add_argument("folder", nargs="?", default=HERE / "articles", type=Path)
    parser.add_argument("--model-dir", default=SMALL_MODEL, type=Path)
    args = parser.parse_args()

    paths = sorted(args.folder.glob("*.txt"))
    if not paths:
        parser.error(f"no .txt files in {args.folder}")
    extractor = quoteattr.QuoteExtractor(model_dir=args.model_dir)
    texts = (path.read_text(encoding="utf-8") for path in paths)
    rows = 0
    with args.out.open("w", encoding="utf-8", newline="") as out:
        # extract_many yields one list of quotations per text, in input order.
        for i, (path, quotes) in enumerate(zip(paths, extractor.extract_many(texts), strict=True)):
            rows += quoteattr.write_csv(quotes, out, source=path.name, header=i == 0)
            print(f"{path.name}: {len(quotes)} quotations")
    print(f"wrote {rows} rows to {args.out}")


if __name__ == "__main__":
    main()
