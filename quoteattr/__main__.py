"""``python -m quoteattr``: the ``quoteattr`` command line (see ``quoteattr --help``)."""

from __future__ import annotations

from quoteattr._cli import main

if __name__ == "__main__":
    raise SystemExit(main())
