"""Run examples/explore.ipynb, and store it executed (its outputs show on a code host).

From the repository root, after changing the notebook or what it shows::

    python tests/_notebook_tools.py            # executes it and writes it back

The kernel talks over IPC, not TCP, so that no transport warning lands in the outputs;
tests/test_notebook.py checks that the stored outputs hold no warnings and no paths of
this machine.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "explore.ipynb"
CELL_TIMEOUT_S = 600


def execute(path: Path = NOTEBOOK) -> Any:
    """The notebook at ``path``, executed in ``examples/`` on a fresh python3 kernel
    that imports this checkout's quoteattr (its root first on ``PYTHONPATH``)."""
    import nbformat
    from nbclient import NotebookClient
    from traitlets.config import Config

    notebook = nbformat.read(path, as_version=4)
    with tempfile.TemporaryDirectory(prefix="qa-kernel-") as folder:
        config = Config()
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(folder, "kernel")
        client = NotebookClient(
            notebook,
            config=config,
            kernel_name="python3",
            timeout=CELL_TIMEOUT_S,
            record_timing=False,  # no timestamps in the stored notebook: stable diffs
            resources={"metadata": {"path": str(path.parent)}},
        )
        saved = os.environ.get("PYTHONPATH")
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), saved]))
        try:
            client.execute()
        finally:
            if saved is None:
                del os.environ["PYTHONPATH"]
            else:
                os.environ["PYTHONPATH"] = saved
    return notebook


def main() -> int:
    import nbformat

    notebook = execute()
    nbformat.validate(notebook)
    nbformat.write(notebook, NOTEBOOK)
    print(f"executed and stored: {NOTEBOOK.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
