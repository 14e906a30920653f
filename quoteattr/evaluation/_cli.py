"""The command line ``python -m quoteattr.evaluation``: score quoteattr on a gold file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Final

from quoteattr._argtypes import positive_int, speech_kinds
from quoteattr._errors import QuoteattrError
from quoteattr._model import Quote
from quoteattr.evaluation._gold import GoldDoc, load_gold
from quoteattr.evaluation._indirect import IndirectResult, score_indirect
from quoteattr.evaluation._report import render_errors_html
from quoteattr.evaluation._results import EvaluationResult
from quoteattr.evaluation._scoring import evaluate

__all__ = ["main"]

_PROG: Final = "python -m quoteattr.evaluation"


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_PROG,
        description="Score quoteattr's quotations and speakers against gold JSONL annotation.",
    )
    parser.add_argument("gold", type=Path, help="gold annotation, JSON Lines (one document a line)")
    parser.add_argument("--model-dir", help="directory with the Stanza German models")
    parser.add_argument("--errors", type=Path, metavar="OUT.html", help="write an error report")
    parser.add_argument("--json", type=Path, metavar="OUT.json", help="write all numbers as JSON")
    parser.add_argument("--limit", type=positive_int, metavar="N", help="first N documents only")
    parser.add_argument(
        "--kinds",
        type=speech_kinds,
        default=("direct",),
        metavar="KINDS",
        help="kinds of speech to extract and score, comma-separated: direct (the default), "
        "indirect (scored against the gold's other_quotes)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar (default: when stderr is a terminal)",
    )
    return parser


def _fail(message: object) -> int:
    text = " ".join(str(message).split())
    print(f"{_PROG}: error: {text}", file=sys.stderr)
    return 1


def main(argv: list[str] | None = None) -> int:
    """The command line: evaluate quoteattr on a gold file; returns the exit status."""
    args = _build_parser().parse_args(argv)
    try:
        gold = load_gold(args.gold)
    except FileNotFoundError:
        return _fail(f"no such file: {args.gold}")
    except (OSError, ValueError) as exc:
        return _fail(exc)
    if args.limit is not None:
        gold = gold[: args.limit]
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    try:
        from quoteattr._extractor import QuoteExtractor

        extractor = QuoteExtractor(model_dir=args.model_dir, kinds=args.kinds)
        predictions: list[list[Quote]] = []

        def predict(text: str) -> list[Quote]:
            predictions.append(list(extractor.extract(text)))
            return predictions[-1]

        result = evaluate(gold, predict, progress=progress)
    except QuoteattrError as exc:
        return _fail(exc)
    indirect = None
    if "direct" in args.kinds:
        print(result.format())
    if "indirect" in args.kinds:
        indirect = score_indirect([d.indirect for d in gold], predictions)
        print(indirect.format())
    return _write_outputs(args, gold, result, indirect)


def _write_outputs(
    args: argparse.Namespace,
    gold: list[GoldDoc],
    result: EvaluationResult,
    indirect: IndirectResult | None = None,
) -> int:
    try:
        if args.json is not None:
            data = result.to_dict()
            if indirect is not None:
                data["indirect"] = indirect.to_dict()
            payload = json.dumps(data, ensure_ascii=False, indent=2)
            args.json.write_text(payload + "\n", encoding="utf-8")
            print(f"wrote {args.json}", file=sys.stderr)
        if args.errors is not None:
            args.errors.write_text(render_errors_html(gold, result), encoding="utf-8")
            print(f"wrote {args.errors}", file=sys.stderr)
    except OSError as exc:
        return _fail(exc)
    return 0
