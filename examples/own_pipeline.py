"""Build your own Stanza pipeline and hand it to quoteattr.

    python examples/own_pipeline.py [--model-dir DIR]

Useful when you want to choose the device, the batch sizes or the model packages
yourself, or share one pipeline with other work. The pipeline needs the processors
tokenize, mwt, pos, lemma and depparse (``ner`` helps where the models have it). It runs
on the GPU when torch sees one, else on the CPU, and says which. The model defaults to
the small offline one in ``tests/models/stanza-de-small``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import stanza
import torch

import quoteattr

HERE = Path(__file__).resolve().parent
SMALL_MODEL = HERE.parent / "tests" / "models" / "stanza-de-small"

TEXT = (
    "Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme. "
    "„Die gestiegenen Kosten für Gas können wir nicht länger auffangen“, sagte "
    "Geschäftsführerin Claudia Neumann am Mittwoch. Der Mieterbund reagierte empört. "
    "Sein Vorsitzender Paul Hagen erklärte: „Viele Haushalte wissen schon jetzt nicht, "
    "wie sie die Rechnung bezahlen sollen.“"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-dir", default=SMALL_MODEL, type=Path)
    args = parser.parse_args()

    use_gpu = torch.cuda.is_available()
    print(f"running Stanza on the {'GPU' if use_gpu else 'CPU'}")
    nlp = stanza.Pipeline(
        lang="de",
        dir=str(args.model_dir),
        processors="tokenize,mwt,pos,lemma,depparse",
        use_gpu=use_gpu,
        download_method=None,  # never fetch anything: the models must be in --model-dir
        logging_level="WARN",
    )
    extractor = quoteattr.QuoteExtractor(nlp)  # checks that the processors are there
    for q in extractor.extract(TEXT):
        speaker = q.speaker.name if q.speaker is not None else "(no speaker)"
        print(f"{speaker}: {q.open_mark}{q.text}{q.close_mark}")


if __name__ == "__main__":
    main()
