"""The ``quoteattr`` command: quotations and speakers of German text files.

    quoteattr [PATH ...] [--format table|json|jsonl|csv] [--model-dir DIR]
              [--gpu | --no-gpu] [--progress | --no-progress]

PATH is a UTF-8 text file, a folder (its ``*.txt`` files, recursively, in sorted
order) or ``-`` for standard input, which is also read when no PATH is given and
input is piped. Exit status: 0 when every input was processed, 1 when an input could
not be read (the others are still processed) or the Stanza model is missing, 2 for
bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Final

from quoteattr._candidates import DEFAULT_KINDS, check_kinds
from quoteattr._errors import ModelNotFoundError, QuoteattrError
from quoteattr._extractor import QuoteExtractor
from quoteattr._formats import format_table, json_document, write_csv, write_jsonl
from quoteattr._model import Quote

__all__ = ["main"]

_PROG: Final = "quoteattr"
_STDIN: Final = "-"
#: How standard input is named in the output (``source``) and in messages.
STDIN_NAME: Final = "<stdin>"
FORMATS: Final = ("table", "json", "jsonl", "csv")

_EPILOG: Final = """\
examples:
  quoteattr article.txt                      a table of quotations and speakers
  quoteattr articles/ --format csv > q.csv   every *.txt below articles/, as CSV
  cat article.txt | quoteattr --format jsonl one JSON object per quotation

models: by default Stanza's German models are read from STANZA_RESOURCES_DIR or
Stanza's default folder (fetch them once with: python -c "import stanza;
stanza.download('de')"); --model-dir points elsewhere. Nothing is downloaded.

exit status: 0 all inputs processed; 1 an input could not be read (the others
are still processed) or no model was found; 2 bad usage."""


def _version() -> str:
    from quoteattr import __version__

    return __version__


def _kinds(value: str) -> tuple[str, ...]:
    try:
        return check_kinds([k.strip() for k in value.split(",") if k.strip()])
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Find quotations and indirect speech in German text, and who said them.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="UTF-8 text file, folder (its *.txt files, recursively) or - for stdin "
        "(the default when input is piped)",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="table",
        help="output format (default: table)",
    )
    parser.add_argument("--model-dir", metavar="DIR", help="folder with Stanza's German models")
    parser.add_argument(
        "--kinds",
        type=_kinds,
        default=DEFAULT_KINDS,
        metavar="KINDS",
        help="kinds of speech, comma-separated: direct (quotations in marks, the default), "
        "indirect (indirect speech without marks); e.g. --kinds direct,indirect",
    )
    parser.add_argument(
        "--gpu",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="run Stanza on the GPU, or not (default: on the GPU when one is available)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); returns the exit
    status."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    paths: list[str] = args.paths
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            parser.error("no input: give files or folders, or pipe text on standard input")
        paths = [_STDIN]
    if paths.count(_STDIN) > 1:
        parser.error("standard input (-) can be read only once")
    try:
        return _run(args, paths)
    except BrokenPipeError:
        # The reader went away (quoteattr ... | head): stop quietly, like other tools.
        _silence_stdout()
        return 141
    except KeyboardInterrupt:
        return 130


#: The small offline model of a source checkout (not part of the installed wheel).
_CHECKOUT_MODEL = Path(__file__).resolve().parent.parent / "tests" / "models" / "stanza-de-small"


def _fallback_model() -> Path | None:
    """In a source checkout with no German models where Stanza looks, the shipped small
    model; otherwise None (Stanza's own lookup applies). A note on stderr says so once
    the pipeline is built (:func:`_note_fallback`)."""
    if os.environ.get("STANZA_RESOURCES_DIR"):
        return None
    import stanza.resources.common as common

    if (Path(common.DEFAULT_MODEL_DIR) / "de").is_dir() or not _CHECKOUT_MODEL.is_dir():
        return None
    return _CHECKOUT_MODEL


def _run(args: argparse.Namespace, paths: list[str]) -> int:
    run = _Run()
    inputs = [name for path in paths for name in run.expand(path)]
    if args.gpu:
        _warn_without_cuda()
    fallback = None if args.model_dir else _fallback_model()
    extractor = QuoteExtractor(
        use_gpu=args.gpu, model_dir=args.model_dir or fallback, kinds=args.kinds
    )
    sources: deque[str] = deque()
    output = _Output(args.format, sys.stdout)
    try:
        progress = sys.stderr.isatty() if args.progress is None else args.progress
        results = extractor.extract_many(run.texts(inputs, sources), progress=progress)
        for quotes in results:
            output.write(sources.popleft(), quotes)
    except ModelNotFoundError as exc:
        output.close()
        _error(f"{exc} On the command line, --model-dir DIR names the model folder.")
        return 1
    except QuoteattrError as exc:
        output.close()
        _error(exc)
        return 1
    output.close()
    if fallback is not None and getattr(extractor, "_nlp", None) is not None:
        _note(
            "no German Stanza models installed (stanza.download('de') fetches the official "
            f"ones); used the small test model in {fallback}"
        )
    return 1 if run.failed else 0


class _Run:
    """Expands and reads the inputs, reporting each one that fails on stderr."""

    def __init__(self) -> None:
        self.failed = False

    def report(self, name: str, problem: str) -> None:
        self.failed = True
        _error(f"{name}: {problem}")

    def expand(self, path: str) -> list[str]:
        """The files a PATH argument stands for: itself, or a folder's ``*.txt``
        files at any depth, sorted by path (hidden files and folders left out)."""
        if path == _STDIN or not os.path.isdir(path):
            return [path]
        found: list[str] = []
        problems: list[OSError] = []

        def unreadable(exc: OSError) -> None:
            problems.append(exc)
            self.report(exc.filename or path, _describe(exc))

        for folder, subfolders, files in os.walk(path, onerror=unreadable):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            found.extend(
                os.path.join(folder, f)
                for f in sorted(files)
                if f.endswith(".txt") and not f.startswith(".")
            )
        if not found and not problems:
            self.report(path, "no .txt files in this folder")
        return sorted(found, key=lambda name: Path(name).parts)

    def texts(self, inputs: list[str], sources: deque[str]) -> Iterator[str]:
        """The text of each input that can be read; its name goes to ``sources``."""
        for name in inputs:
            text = self.read(name)
            if text is not None:
                sources.append(STDIN_NAME if name == _STDIN else name)
                yield text

    def read(self, name: str) -> str | None:
        shown = STDIN_NAME if name == _STDIN else name
        try:
            data = sys.stdin.buffer.read() if name == _STDIN else Path(name).read_bytes()
        except OSError as exc:
            self.report(shown, _describe(exc))
            return None
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.report(
                shown,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "convert it first, e.g. with iconv -f latin1 -t utf-8",
            )
            return None


class _Output:
    """Writes each text's quotations to ``out`` in the chosen format, as they come."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        self.fmt = fmt
        self.out = out
        self.n = 0

    def write(self, source: str, quotes: Sequence[Quote]) -> None:
        if self.fmt == "table":
            if self.n:
                self.out.write("\n")
            count = f"{len(quotes)} quotation{'' if len(quotes) == 1 else 's'}"
            self.out.write(f"{source}: {count}\n")
            if quotes:
                self.out.write(format_table(quotes) + "\n")
        elif self.fmt == "jsonl":
            write_jsonl(quotes, self.out, source=source)
        elif self.fmt == "csv":
            write_csv(quotes, self.out, source=source, header=self.n == 0)
        else:
            payload = json.dumps(json_document(quotes, source), ensure_ascii=False, indent=2)
            self.out.write(("[\n" if self.n == 0 else ",\n") + _indent(payload))
        self.n += 1
        self.out.flush()

    def close(self) -> None:
        """Finish the output: close the JSON array (``[]`` when nothing came)."""
        if self.fmt == "json":
            self.out.write("\n]\n" if self.n else "[]\n")
        self.out.flush()


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _describe(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or str(exc)).lower()


def _error(message: object) -> None:
    text = " ".join(str(message).split())
    print(f"{_PROG}: error: {text}", file=sys.stderr)


def _note(message: str) -> None:
    print(f"{_PROG}: note: {message}", file=sys.stderr)


def _warn_without_cuda() -> None:
    try:
        import torch

        available = bool(torch.cuda.is_available())
    except ImportError:  # pragma: no cover - stanza depends on torch
        available = False
    if not available:
        print(
            f"{_PROG}: warning: --gpu: no CUDA GPU available, running on the CPU", file=sys.stderr
        )


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        # stdout is not a real file (captured in tests): nothing will flush into a pipe.
        pass
