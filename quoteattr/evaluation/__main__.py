"""``python -m quoteattr.evaluation``: score quoteattr against gold annotation
(see ``python -m quoteattr.evaluation --help`` and ``docs/evaluation.md``)."""

from __future__ import annotations

from quoteattr.evaluation._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
