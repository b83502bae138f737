#!/usr/bin/env python3
"""Fit the extractor's confidence model on gold corpora and write it into the package.

Usage: train_confidence.py CORPUS_DIR [CORPUS_DIR ...] [--folds K] [--held-out CORPUS_DIR ...]
       train_confidence.py --keep-weights --held-out CORPUS_DIR [CORPUS_DIR ...]

Each CORPUS_DIR holds `gold/` beside `docs/` (the layout of ANNOTATION.md). The weights are
fitted on every document of the corpora. The threshold is the best-F1 one whose precision
reaches the target (see `oncokg.measure.calibration`) on the held-out corpora, releases whose
errors no rule was written from (on the corpora the rules were tuned on, every threshold looks
precise); without them, on the cross-validated folds. Prints the cross-validated figures and
the held-out ones, then writes `oncokg/loaders/vocab/confidence.json`. Rerun after any change
to the extractor's rules or features, and commit the file with the change. With
`--keep-weights` the shipped weights stay (when the corpora they were fitted on are no longer
at hand, a refit on fewer releases is no better) and only the threshold is chosen again, on the
held-out corpora.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from oncokg.loaders.confidence import MODEL_FILE, ConfidenceModel, get_model
from oncokg.measure.calibration import prepare, threshold_on, train
from oncokg.measure.evaluation import corpus_documents

OUT = Path(__file__).resolve().parent.parent / "oncokg" / "loaders" / "vocab" / MODEL_FILE


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--held-out", nargs="*", type=Path, default=[])
    parser.add_argument("--keep-weights", action="store_true")
    args = parser.parse_args()
    held_out = [doc for folder in args.held_out for doc in corpus_documents(folder)]
    if args.keep_weights:
        if not held_out:
            parser.error("--keep-weights chooses the threshold on --held-out corpora")
        shipped = get_model()
        threshold, unseen = threshold_on([prepare(doc) for doc in held_out], shipped)
        model = ConfidenceModel(shipped.weights, threshold)
    else:
        if not args.corpora:
            parser.error("give the corpora to fit the weights on")
        documents = [doc for folder in args.corpora for doc in corpus_documents(folder)]
        model, cv, report = train(documents, args.folds, held_out)
        print(cv.format())
        unseen = report
    if unseen is not None:
        p, r, f = unseen.edge_total.prf()
        print(
            f"held out ({len(held_out)} documents) at {model.threshold}: "
            f"P={p:.3f} R={r:.3f} F1={f:.3f}"
        )
    OUT.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(model.weights)} weights, threshold {model.threshold}")


if __name__ == "__main__":
    main()
