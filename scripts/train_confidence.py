#!/usr/bin/env python3
"""Fit the extractor's confidence model on gold corpora and write it into the package.

Usage: train_confidence.py CORPUS_DIR [CORPUS_DIR ...] [--folds K]

Each CORPUS_DIR holds `gold/` beside `docs/` (the layout of ANNOTATION.md). The weights are
fitted on every document; the threshold is the one whose cross-validated precision reaches
the target (see `oncokg.measure.calibration`). Prints the cross-validated figures, then writes
`oncokg/loaders/vocab/confidence.json`. Rerun after any change to the extractor's rules or
features, and commit the file with the change.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from oncokg.loaders.confidence import MODEL_FILE
from oncokg.measure.calibration import train
from oncokg.measure.evaluation import corpus_documents

OUT = Path(__file__).resolve().parent.parent / "oncokg" / "loaders" / "vocab" / MODEL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    documents = [doc for folder in args.corpora for doc in corpus_documents(folder)]
    model, cv = train(documents, args.folds)
    print(cv.format())
    OUT.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(model.weights)} weights, threshold {model.threshold}")


if __name__ == "__main__":
    main()
