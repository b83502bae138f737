"""Learn the confidence model from gold corpora, and measure it by cross-validation.

Every candidate fact of every gold document is an example: its features (see
`oncokg.loaders.confidence`) and whether it stands for a gold edge. A ridge-penalised
logistic regression, fitted by Newton's method (small and exact: about a hundred features),
gives the weights. Cross-validation by document fits on K-1 folds and scores the held fold,
so the figures say what the model does on documents it has not seen; the threshold shipped
is the one with the best F1 among those whose precision reaches the target, measured on the
held folds, or (better) on held-out corpora: releases whose errors no rule was written from,
where the rules are as precise as they will be on text never seen.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field

from oncokg.extraction import Extraction
from oncokg.loaders import confidence
from oncokg.loaders.extract import extract_candidates, select
from oncokg.measure.evaluation import (
    Counts,
    EvalReport,
    GoldDocument,
    edge_labels,
    fold_of,
    read_corpus_file,
    score_document,
)

THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(1, 20))
# (the finer steps a threshold is chosen from on held-out corpora)
FINE_THRESHOLDS = tuple(round(0.01 * i, 2) for i in range(30, 100))
TARGET_PRECISION = 0.85
# (F1 figures this close count as equal when a threshold is chosen: a few facts in a thousand)
F1_TIE = 0.001
# (strong enough that the rule features, alike on most facts, do not swing the weights)
RIDGE = 10.0


@dataclass
class Example:
    features: confidence.Features
    positive: bool


@dataclass
class Prepared:
    """One gold document, extracted once: its candidates and their gold labels."""

    doc: GoldDocument
    extraction: Extraction
    found: list[confidence.Candidate]
    examples: list[Example] = field(default_factory=list)


def prepare(doc: GoldDocument) -> Prepared:
    extraction, found = extract_candidates(read_corpus_file(doc.path))
    pred = {
        "nodes": [n.to_json() for n in extraction.nodes],
        "edges": [c.edge.to_json() for c in found],
    }
    hits = edge_labels(doc.gold, pred)
    examples = [Example(c.features, hit) for c, hit in zip(found, hits, strict=True)]
    return Prepared(doc, extraction, found, examples)


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the matrix is symmetric positive
    definite thanks to the ridge, so this is stable)."""
    n = len(vector)
    a = [[*row, vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        p = a[col][col]
        for r in range(col + 1, n):
            f = a[r][col] / p
            if f:
                row, top = a[r], a[col]
                for c in range(col, n + 1):
                    row[c] -= f * top[c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def fit(examples: list[Example], ridge: float = RIDGE, steps: int = 12) -> dict[str, float]:
    """Logistic weights by Newton's method with an L2 penalty (the bias unpenalised)."""
    names = sorted({name for ex in examples for name in ex.features})
    index = {name: i + 1 for i, name in enumerate(names)}
    rows = [
        ([0, *(index[n] for n in ex.features)], [1.0, *ex.features.values()], ex.positive)
        for ex in examples
    ]
    dim = len(names) + 1
    w = [0.0] * dim
    for _ in range(steps):
        grad = [0.0] * dim
        hess = [[0.0] * dim for _ in range(dim)]
        for cols, vals, positive in rows:
            z = sum(w[c] * v for c, v in zip(cols, vals, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - (1.0 if positive else 0.0)
            weight = p * (1.0 - p)
            for c, v in zip(cols, vals, strict=True):
                grad[c] += err * v
                hrow = hess[c]
                for c2, v2 in zip(cols, vals, strict=True):
                    hrow[c2] += weight * v * v2
        for c in range(1, dim):
            grad[c] += ridge * w[c]
            hess[c][c] += ridge
        hess[0][0] += 1e-6
        delta = _solve(hess, grad)
        w = [wi - di for wi, di in zip(w, delta, strict=True)]
        if max(abs(d) for d in delta) < 1e-6:
            break
    weights = {name: round(w[i], 4) for name, i in index.items() if abs(w[i]) >= 1e-4}
    weights["bias"] = round(w[0], 4)
    return weights


def _reports(
    prepared: list[Prepared],
    model: confidence.ConfidenceModel,
    thresholds: tuple[float, ...] = THRESHOLDS,
) -> list[EvalReport]:
    """One report per threshold, scoring the documents with `model`."""
    reports = [EvalReport() for _ in thresholds]
    for prep in prepared:
        confidence.score(prep.found, model)
        for threshold, report in zip(thresholds, reports, strict=True):
            chosen = select(prep.extraction, prep.found, threshold)
            score_document(prep.doc.gold, chosen.to_json(), report)
            report.documents += 1
    return reports


@dataclass
class CrossValidation:
    """Held-fold reports: for each fold, one report per threshold."""

    folds: list[list[EvalReport]]
    threshold: float

    @property
    def threshold_index(self) -> int:
        return THRESHOLDS.index(self.threshold)

    def pooled(self, t: int) -> EvalReport:
        total = EvalReport()
        for fold in self.folds:
            rep = fold[t]
            total.documents += rep.documents
            for group, into in (
                (rep.entities, total.entities),
                (rep.edges, total.edges),
                (rep.deals, total.deals),
            ):
                for key, counts in group.items():
                    into[key].tp += counts.tp
                    into[key].fn += counts.fn
                    into[key].fp += counts.fp
            for prop, (right, count) in rep.properties.items():
                total.properties[prop][0] += right
                total.properties[prop][1] += count
        return total

    def format(self) -> str:
        t = self.threshold_index
        lines = [
            f"cross-validation: {len(self.folds)} folds by document, threshold {self.threshold}"
        ]
        for i, fold in enumerate(self.folds):
            rep = fold[t]
            ep, er, ef = rep.entity_total.prf()
            rp, rr, rf = rep.edge_total.prf()
            lines.append(
                f"fold {i}: {rep.documents:3} docs  entities P={ep:.2f} R={er:.2f} F1={ef:.2f}"
                f"  edges P={rp:.2f} R={rr:.2f} F1={rf:.2f}"
            )
        for title, pick in (("entities", "entity_total"), ("edges", "edge_total")):
            values = [getattr(fold[t], pick).prf() for fold in self.folds]
            f1 = [v[2] for v in values]
            lines.append(
                f"{title:8} held-fold mean P={statistics.mean(v[0] for v in values):.2f} "
                f"R={statistics.mean(v[1] for v in values):.2f} "
                f"F1={statistics.mean(f1):.2f} ± {statistics.pstdev(f1):.2f} (min {min(f1):.2f})"
            )
        pooled = self.pooled(t)
        lines.append("held folds pooled, per label and edge type:")
        lines += ["  " + line for line in pooled.format().splitlines()[1:-2]]
        lines.append("held folds pooled, edges at each confidence threshold:")
        for i, threshold in enumerate(THRESHOLDS):
            p, r, f = self.pooled(i).edge_total.prf()
            mark = "  <- default" if threshold == self.threshold else ""
            lines.append(f"  >= {threshold:.2f}  P={p:.2f} R={r:.2f} F1={f:.2f}{mark}")
        return "\n".join(lines)


def threshold_table(documents: list[GoldDocument]) -> str:
    """Edge precision and recall of the shipped model at several thresholds."""
    model = confidence.get_model()
    thresholds = tuple(sorted({*THRESHOLDS, model.threshold}))
    reports = _reports([prepare(doc) for doc in documents], model, thresholds)
    lines = [f"edges at each confidence threshold (shipped model, default {model.threshold}):"]
    for threshold, report in zip(thresholds, reports, strict=True):
        if round(threshold * 10, 2) % 1 == 0 or threshold == model.threshold:
            p, r, f = report.edge_total.prf()
            mark = "  <- default" if threshold == model.threshold else ""
            lines.append(f"  >= {threshold:.2f}  P={p:.2f} R={r:.2f} F1={f:.2f}{mark}")
    return "\n".join(lines)


def choose_threshold(
    reports: list[EvalReport],
    target: float = TARGET_PRECISION,
    thresholds: tuple[float, ...] = THRESHOLDS,
) -> float:
    """The threshold with the best edge F1 among those whose precision reaches `target`
    (the most precise one when none does). F1 is flat over a wide band of thresholds; of
    those within `F1_TIE` of the best, the highest is chosen, since a wrong fact costs more
    than a missing one. The deal edges count with the others: the threshold keeps or drops
    them alike, and a choice blind to them dropped acquisitions scored just under it."""
    prf = [Counts.total([*rep.edges.values(), *rep.deals.values()]).prf() for rep in reports]
    ok = [i for i, (p, _, _) in enumerate(prf) if p >= target]
    if not ok:
        return thresholds[max(range(len(prf)), key=lambda i: prf[i][0])]
    best = max(prf[i][2] for i in ok)
    return max(thresholds[i] for i in ok if prf[i][2] >= best - F1_TIE)


def threshold_on(
    held_out: list[Prepared], model: confidence.ConfidenceModel
) -> tuple[float, EvalReport]:
    """The threshold (in 0.01 steps) `choose_threshold` picks on held-out documents, and their
    report at it."""
    reports = _reports(held_out, model, FINE_THRESHOLDS)
    threshold = choose_threshold(reports, thresholds=FINE_THRESHOLDS)
    return threshold, reports[FINE_THRESHOLDS.index(threshold)]


def cross_validate(documents: list[GoldDocument], folds: int) -> CrossValidation:
    """Fit on K-1 folds, score the held fold at every threshold; the default threshold is
    chosen on the pooled held folds."""
    prepared = [prepare(doc) for doc in documents]
    groups: list[list[Prepared]] = [[] for _ in range(folds)]
    for prep in prepared:
        groups[fold_of(prep.doc.name, folds)].append(prep)
    results = []
    for k in range(folds):
        train = [ex for j, g in enumerate(groups) if j != k for prep in g for ex in prep.examples]
        model = confidence.ConfidenceModel(fit(train), 0.5)
        results.append(_reports(groups[k], model))
    cv = CrossValidation(results, 0.5)
    cv.threshold = choose_threshold([cv.pooled(i) for i in range(len(THRESHOLDS))])
    return cv


def train(
    documents: list[GoldDocument], folds: int = 5, held_out: list[GoldDocument] | None = None
) -> tuple[confidence.ConfidenceModel, CrossValidation, EvalReport | None]:
    """The model to ship: weights fitted on every document; the threshold chosen on the
    held-out documents when given (and their report at it), else by cross-validation."""
    cv = cross_validate(documents, folds)
    weights = fit([ex for doc in documents for ex in prepare(doc).examples])
    if not held_out:
        return confidence.ConfidenceModel(weights, cv.threshold), cv, None
    unseen = [prepare(doc) for doc in held_out]
    threshold, report = threshold_on(unseen, confidence.ConfidenceModel(weights, 0.5))
    return confidence.ConfidenceModel(weights, threshold), cv, report
