"""Make the picture of the view in README.md and docs/notebook.md:
docs/images/render-example.png, the example article on the small model in headless
Chromium. From the repository root, after a change to the view::

    python tests/_screenshot_tools.py [--chromium chromium]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PICTURE = ROOT / "docs" / "images" / "render-example.png"
SIZE = "900,1100"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default=os.environ.get("QUOTEATTR_CHROMIUM", "chromium"))
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import quoteattr

    text = (ROOT / "examples" / "trump-ma-2017.de.txt").read_text(encoding="utf-8")
    extractor = quoteattr.QuoteExtractor(model_dir=ROOT / "tests" / "models" / "stanza-de-small")
    with tempfile.TemporaryDirectory() as folder:
        page = extractor.extract(text).render().save(Path(folder) / "example.html")
        command = [args.chromium, "--headless", "--disable-gpu", "--hide-scrollbars"]
        if os.geteuid() == 0:
            command.append("--no-sandbox")
        command += [
            f"--user-data-dir={folder}/profile",
            f"--window-size={SIZE}",
            f"--screenshot={PICTURE}",
            page.as_uri(),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=120)
    print(f"written: {PICTURE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
