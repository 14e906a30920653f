"""The ``quoteattr`` command: quotations and speakers of German text files.

    quoteattr [PATH ...] [--format table|json|jsonl|csv] [--speakers] [--model-dir DIR]
              [--width N] [--no-truncate] [--gpu | --no-gpu] [--progress | --no-progress]

PATH is a UTF-8 text file, a folder (its ``*.txt`` files, recursively, in sorted
order) or ``-`` for standard input, which is also read when no PATH is given and
input is piped. Exit status: 0 when every input was processed, 1 when an input could
not be read (the others are still processed) or the Stanza model is missing, 2 for
bad usage.
"""

from __future__ import annotations

import argparse
import csv
import json
import logging
import os
import stat
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Final

from quoteattr._argtypes import positive_int, speech_kinds
from quoteattr._candidates import DEFAULT_KINDS
from quoteattr._corpus import SPEAKER_COLUMNS, SpeakerRow, speaker_rows
from quoteattr._errors import QuoteattrError
from quoteattr._extractor import QuoteExtractor
from quoteattr._formats import (
    format_speakers,
    format_table,
    json_document,
    json_text,
    printable,
    write_csv,
    write_jsonl,
)
from quoteattr._locate import locate_models
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
  quoteattr articles/ --speakers             who is quoted how often, over all files

models: --model-dir DIR, else STANZA_RESOURCES_DIR, else Stanza's default folder
(fetch the models once with: python -c "import stanza; stanza.download('de')"),
else, in a source checkout only, the small test model. Nothing is downloaded.

exit status: 0 all inputs processed; 1 an input could not be read (the others
are still processed) or no model was found; 2 bad usage."""


def _version() -> str:
    from quoteattr import __version__

    return __version__


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
    parser.add_argument(
        "--speakers",
        action="store_true",
        help="instead of the quotations, one row per speaker over all inputs: name, kind, "
        "quotations, documents, name variants (in the chosen format)",
    )
    parser.add_argument("--model-dir", metavar="DIR", help="folder with Stanza's German models")
    parser.add_argument(
        "--width",
        type=positive_int,
        metavar="N",
        help="line width of the table (default: the terminal's width, or COLUMNS, or 100)",
    )
    parser.add_argument(
        "--no-truncate",
        dest="truncate",
        action="store_false",
        help="show every table cell in full, however long the lines get",
    )
    parser.add_argument(
        "--kinds",
        type=speech_kinds,
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
    if sys.stdout is None:
        _error("standard output is closed; nowhere to write the results")
        return 1
    quiet = logging.getLogger("quoteattr")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the small-model note comes after the run, from here
    try:
        return _run(args, paths)
    except BrokenPipeError:
        # The reader went away (quoteattr ... | head): stop quietly, like other tools.
        _silence_stdout()
        return 141
    except _OutputError as exc:
        # A full disk (> /dev/full), a closed stream: one message, no traceback.
        _error(f"cannot write the output: {exc.reason}")
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        quiet.setLevel(level)


class _OutputError(Exception):
    """Writing the results failed (not a broken pipe)."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(str(exc))
        self.reason = _describe(exc) if isinstance(exc, OSError) else str(exc)


def _run(args: argparse.Namespace, paths: list[str]) -> int:
    run = _Run()
    inputs = [name for path in paths for name in run.expand(path)]
    if args.gpu:
        _warn_without_cuda()
    location = locate_models(args.model_dir)
    extractor = QuoteExtractor(use_gpu=args.gpu, model_dir=args.model_dir, kinds=args.kinds)
    sources: deque[str] = deque()
    output = _Output(args.format, sys.stdout, width=args.width, truncate=args.truncate)
    speakers: list[tuple[str, list[Quote]]] = []
    try:
        progress = sys.stderr.isatty() if args.progress is None else args.progress
        results = extractor.extract_many(
            run.texts(inputs, sources),
            progress=progress,
            total=len(inputs),
            batch_size=_batch_size(len(inputs)) if progress else 32,
        )
        for quotes in results:
            source = sources.popleft()
            if args.speakers:
                speakers.append((source, quotes))
            else:
                with _above_the_bar(progress):
                    output.write(source, quotes)
        if args.speakers:
            output.write_speakers(speaker_rows(speakers))
    except QuoteattrError as exc:
        output.close()
        _error(exc)
        return 1
    output.close()
    if location.is_checkout_model and getattr(extractor, "_nlp", None) is not None:
        _note(
            "no German Stanza models installed (stanza.download('de') fetches the official "
            f"ones); used the small test model in {location.path}"
        )
    return 1 if run.failed else 0


def _batch_size(n_inputs: int) -> int:
    """Texts per Stanza call when a progress bar is shown: small enough that the bar
    moves about 50 times over the run, at most the usual 32."""
    return max(1, min(32, n_inputs // 50))


@contextmanager
def _above_the_bar(progress: bool) -> Iterator[None]:
    """Write output with the progress bar cleared first and redrawn after, so that
    output lines never land on the bar's line."""
    if not progress:
        yield
        return
    from tqdm.std import tqdm

    with tqdm.external_write_mode(file=sys.stdout):
        yield


class _Run:
    """Expands and reads the inputs, reporting each one that fails on stderr."""

    def __init__(self) -> None:
        self.failed = False

    def report(self, name: str, problem: str) -> None:
        self.failed = True
        _error(f"{shown_name(name)}: {problem}")

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
                sources.append(STDIN_NAME if name == _STDIN else shown_name(name))
                yield text

    def read(self, name: str) -> str | None:
        """The text of one input, without a leading byte order mark (offsets count from
        the first character after it); None, reported, when it can't be read."""
        shown = STDIN_NAME if name == _STDIN else name
        try:
            if name != _STDIN and not stat.S_ISREG(os.stat(name).st_mode):
                # A FIFO would block the run, a device never end: only plain files.
                self.report(shown, "not a regular file (a FIFO, device or socket); skipped")
                return None
            data = sys.stdin.buffer.read() if name == _STDIN else Path(name).read_bytes()
        except OSError as exc:
            self.report(shown, _describe(exc))
            return None
        try:
            return data.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            self.report(
                shown,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "convert it first, e.g. with iconv -f latin1 -t utf-8",
            )
            return None


class _Output:
    """Writes each text's quotations to ``out`` in the chosen format, as they come."""

    def __init__(
        self, fmt: str, out: IO[str], *, width: int | None = None, truncate: bool = True
    ) -> None:
        self.fmt = fmt
        self.out = out
        self.width = width
        self.truncate = truncate
        self.n = 0
        self.finished = False

    def write(self, source: str, quotes: Sequence[Quote]) -> None:
        with _writing():
            self._write(source, quotes)

    def _write(self, source: str, quotes: Sequence[Quote]) -> None:
        if self.fmt == "table":
            if self.n:
                self.out.write("\n")
            count = f"{len(quotes)} quotation{'' if len(quotes) == 1 else 's'}"
            self.out.write(f"{printable(source)}: {count}\n")
            if quotes:
                table = format_table(quotes, width=self.width, truncate=self.truncate)
                self.out.write(table + "\n")
        elif self.fmt == "jsonl":
            write_jsonl(quotes, self.out, source=source)
        elif self.fmt == "csv":
            write_csv(quotes, self.out, source=source, header=self.n == 0)
        else:
            payload = json_text(json_document(quotes, source), indent=2)
            self.out.write(("[\n" if self.n == 0 else ",\n") + _indent(payload))
        self.n += 1
        self.out.flush()

    def write_speakers(self, rows: Sequence[SpeakerRow]) -> None:
        """The speaker table of all inputs, in the chosen format."""
        records = [
            {
                "name": r.name,
                "kind": r.kind,
                "quotes": r.quotes,
                "documents": r.documents,
                "variants": list(r.variants),
            }
            for r in rows
        ]
        if self.fmt == "table":
            self.out.write(format_speakers(rows, width=self.width, truncate=self.truncate))
            self.out.write("\n")
        elif self.fmt == "jsonl":
            for record in records:
                self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            writer = csv.writer(self.out, lineterminator="\n")
            writer.writerow(SPEAKER_COLUMNS)
            for r in rows:
                writer.writerow([r.name, r.kind, r.quotes, r.documents, "; ".join(r.variants)])
        else:
            self.out.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
            self.finished = True  # a whole JSON document: close() adds nothing
        self.out.flush()

    def close(self) -> None:
        """Finish the output: close the JSON array (``[]`` when nothing came)."""
        with _writing():
            if self.fmt == "json" and not self.finished:
                self.out.write("\n]\n" if self.n else "[]\n")
            self.out.flush()


@contextmanager
def _writing() -> Iterator[None]:
    """Turn a failed write into :class:`_OutputError` (a broken pipe stays itself)."""
    try:
        yield
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        raise _OutputError(exc) from exc


def shown_name(name: str) -> str:
    """A file name as it is shown and written out: bytes that are not UTF-8 (kept by
    Python as lone surrogates) as ``\\xNN`` escapes."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


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
    text = printable(" ".join(str(message).split()))
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
