"""Score extraction against gold files, with the same leniency as shared/tools/score.py.

A gold entity is found when a node of its label has a name or alias that normalises (case,
punctuation, spaces, trademark signs) to the gold name or one of its mentions; a gold edge is
found when an edge of its type joins two found entities (COLLABORATES_WITH either way).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from oncokg.extraction import Document
from oncokg.loaders.extract import extract
from oncokg.schema import EDGES, ENTITY_LABELS, FACT_KINDS, EdgeKind

LABELS = tuple(str(label) for label in ENTITY_LABELS)
DEAL_TYPES = (str(EdgeKind.ACQUIRES),)  # scored apart, so the base figures stay comparable
EDGE_TYPES = tuple(str(kind) for kind in FACT_KINDS if str(kind) not in DEAL_TYPES)
SYMMETRIC = {str(kind) for kind, spec in EDGES.items() if spec.symmetric}
# (edge type, property path) whose accuracy is reported on found gold edges, as score.py
PROPERTIES = (
    ("INDICATED_FOR", "phase"),
    ("INDICATED_FOR", "trial"),
    ("COLLABORATES_WITH", "deal.kind"),
    ("COLLABORATES_WITH", "deal.upfront"),
    ("COLLABORATES_WITH", "deal.total"),
    ("COLLABORATES_WITH", "deal.territory"),
    ("ACQUIRES", "status"),
    ("ACQUIRES", "value"),
)


def prop_value(edge: dict[str, Any], path: str, gold: bool) -> str:
    """A property of a gold edge (top level) or a predicted edge (in `properties`), compared
    as score.py does: lower case, no spaces, punctuation kept only for numbers and money."""
    value: Any = edge if gold else (edge.get("properties") or {})
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None or value == "":
        return ""
    text = unicodedata.normalize("NFKC", str(value)).lower()
    return re.sub(r"[^a-z0-9$€£./-]+", "", text)


def norm(text: str) -> str:
    """The scorer's spelling-insensitive key."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[™®©]", "", text).lower()
    return re.sub(r"[^a-z0-9]+", "", text)


def read_corpus_file(path: Path) -> Document:
    """A corpus .txt file as a Document, through `oncokg.loaders.read.parse_bytes`; falls
    back to the corpus layout (line 1 URL, line 2 date, line 3+ text) if the reader fails."""
    raw = path.read_bytes()
    try:
        from oncokg.loaders.read import parse_bytes

        for result in parse_bytes(raw, str(path), path.suffix):
            if isinstance(result, Document):
                return result
    except Exception:  # a reader problem must not hide extraction quality
        pass
    lines = raw.decode("utf-8", errors="replace").split("\n", 2)
    url, date, text = [*lines, "", "", ""][:3]
    title = text.split("\n", 1)[0].strip()
    return Document(
        text=text, title=title, url=url.strip(), published=date.strip(), source=str(path)
    )


@dataclass
class Counts:
    tp: int = 0
    fn: int = 0
    fp: int = 0

    def minus(self, other: Counts) -> Counts:
        return Counts(self.tp - other.tp, self.fn - other.fn, self.fp - other.fp)

    @staticmethod
    def total(counts: Iterable[Counts]) -> Counts:
        out = Counts()
        for c in counts:
            out.tp, out.fn, out.fp = out.tp + c.tp, out.fn + c.fn, out.fp + c.fp
        return out

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


@dataclass
class EvalReport:
    """Per-label and per-edge-type counts plus every miss, extra and wrong property
    (document, kind, text)."""

    entities: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    edges: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    deals: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    # (type, property path) -> [right, gold edges found that give the property]
    properties: dict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    extras: list[tuple[str, str, str]] = field(default_factory=list)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    documents: int = 0
    # each scored document's own entity and edge totals, for the bootstrap interval
    by_document: list[tuple[Counts, Counts]] = field(default_factory=list)

    @property
    def entity_total(self) -> Counts:
        return Counts.total(self.entities.values())

    @property
    def edge_total(self) -> Counts:
        return Counts.total(self.edges.values())

    def format(self, verbose: bool = False) -> str:
        lines = [f"documents: {self.documents}"]
        for title, group in (("entity", self.entities), ("edge", self.edges)):
            for key in sorted(group):
                c = group[key]
                p, r, f = c.prf()
                lines.append(
                    f"{title:6} {key:18} P={p:.2f} R={r:.2f} F1={f:.2f} "
                    f"(tp={c.tp} fn={c.fn} fp={c.fp})"
                )
        for key in sorted(self.deals):
            c = self.deals[key]
            p, r, f = c.prf()
            lines.append(
                f"deal   {key:18} P={p:.2f} R={r:.2f} F1={f:.2f} (tp={c.tp} fn={c.fn} fp={c.fp})"
            )
        for (kind, path), (right, total) in sorted(self.properties.items()):
            if total:
                name = f"{kind}.{path}"
                lines.append(f"prop   {name:32} accuracy={right / total:.2f} ({right}/{total})")
        ep, er, ef = self.entity_total.prf()
        rp, rr, rf = self.edge_total.prf()
        lines.append(f"entities micro P={ep:.2f} R={er:.2f} F1={ef:.2f}")
        lines.append(f"edges    micro P={rp:.2f} R={rr:.2f} F1={rf:.2f}")
        if len(self.by_document) > 1:
            for title, column in (("entities", 0), ("edges", 1)):
                low, high = f1_interval([counts[column] for counts in self.by_document])
                lines.append(
                    f"{title:8} micro F1 {INTERVAL:.0%} interval {low:.2f}-{high:.2f} "
                    f"(bootstrap: {DRAWS} redraws of the {len(self.by_document)} documents)"
                )
        if verbose:
            lines += [f"  {d} missed {k}: {t}" for d, k, t in self.misses]
            lines += [f"  {d} extra  {k}: {t}" for d, k, t in self.extras]
            lines += [f"  {d} wrong  {k}: {t}" for d, k, t in self.wrong]
        return "\n".join(lines)


def _node_keys(node: dict[str, Any]) -> set[str]:
    names = [node.get("name") or "", *list(node.get("aliases") or [])]
    return {norm(n) for n in names if n}


@dataclass
class Match:
    """How one document's prediction meets its gold: the predicted node ids each gold
    entity found, and for each predicted edge whether it stands for a gold edge."""

    found: dict[str, set[str]]
    gold_entities: list[dict[str, Any]]
    gold_edges: list[tuple[dict[str, Any], int | None]]  # gold edge, predicted index or None
    edge_hits: list[bool]  # parallel to the predicted edges of the scored types


def match(
    gold: dict[str, Any], pred: dict[str, Any], edge_types: tuple[str, ...] = EDGE_TYPES
) -> Match:
    """Match a prediction's edges of `edge_types` against gold with score.py's leniency."""
    gold_ents = [e for e in gold["entities"] if e["type"] in LABELS]
    pred_nodes = [n for n in pred.get("nodes", []) if n.get("label") in LABELS]
    found: dict[str, set[str]] = {}
    for ent in gold_ents:
        keys = {norm(ent["name"])} | {norm(m) for m in ent.get("mentions", [])}
        found[ent["name"]] = {
            n["id"] for n in pred_nodes if n["label"] == ent["type"] and _node_keys(n) & keys
        }
    gold_edges = [e for e in gold["edges"] if e["type"] in edge_types]
    pred_edges = [e for e in pred.get("edges", []) if e.get("type") in edge_types]
    hits = [False] * len(pred_edges)
    matched: list[tuple[dict[str, Any], int | None]] = []
    for ge in gold_edges:
        src, dst = found.get(ge["source"], set()), found.get(ge["target"], set())
        hit = None
        for i, pe in enumerate(pred_edges):
            if pe["type"] != ge["type"]:
                continue
            fwd = pe["source"] in src and pe["target"] in dst
            back = ge["type"] in SYMMETRIC and pe["source"] in dst and pe["target"] in src
            if fwd or back:
                hit = i
                break
        matched.append((ge, hit))
        if hit is not None:
            for i, pe in enumerate(pred_edges):
                if pe["type"] == ge["type"] and {pe["source"], pe["target"]} <= (src | dst):
                    hits[i] = True
    return Match(found, gold_ents, matched, hits)


def edge_labels(gold: dict[str, Any], pred: dict[str, Any]) -> list[bool]:
    """For each predicted edge, whether it stands for a gold edge (base and deal types)."""
    hits: dict[int, bool] = {}
    for types in (EDGE_TYPES, DEAL_TYPES):
        chosen = [i for i, e in enumerate(pred.get("edges", [])) if e.get("type") in types]
        hits.update(zip(chosen, match(gold, pred, types).edge_hits, strict=True))
    return [hits.get(i, False) for i in range(len(pred.get("edges", [])))]


# How much a micro F1 could differ on another corpus as varied: the range that holds this share
# of the F1s of documents drawn again with replacement, as many as were scored.
INTERVAL = 0.90
DRAWS = 1000


def f1_interval(documents: list[Counts], seed: int = 0) -> tuple[float, float]:
    """The micro F1s of `DRAWS` corpora drawn from `documents` (each document's own counts)
    with replacement, cut to the central `INTERVAL` of them; seeded, so a rerun agrees."""
    draw = random.Random(seed)
    f1s = []
    for _ in range(DRAWS):
        f1s.append(Counts.total(draw.choices(documents, k=len(documents))).prf()[2])
    f1s.sort()
    cut = round(DRAWS * (1 - INTERVAL) / 2)
    return f1s[cut], f1s[DRAWS - 1 - cut]


def score_document(gold: dict[str, Any], pred: dict[str, Any], report: EvalReport) -> None:
    """Add one document's counts to `report` (same matching as score.py)."""
    entities, edges = report.entity_total, report.edge_total
    _add_counts(gold, pred, report)
    report.by_document.append((report.entity_total.minus(entities), report.edge_total.minus(edges)))


def _add_counts(gold: dict[str, Any], pred: dict[str, Any], report: EvalReport) -> None:
    doc = gold.get("doc", "")
    m = match(gold, pred)
    matched: set[str] = set()
    for ent in m.gold_entities:
        hits = m.found[ent["name"]]
        matched |= hits
        if hits:
            report.entities[ent["type"]].tp += 1
        else:
            report.entities[ent["type"]].fn += 1
            report.misses.append((doc, ent["type"], ent["name"]))
    for n in pred.get("nodes", []):
        if n.get("label") in LABELS and n["id"] not in matched:
            report.entities[n["label"]].fp += 1
            report.extras.append((doc, n["label"], n.get("name") or n["id"]))
    names = {n["id"]: n.get("name") or n["id"] for n in pred.get("nodes", [])}
    for types, counts in ((EDGE_TYPES, report.edges), (DEAL_TYPES, report.deals)):
        typed = m if types is EDGE_TYPES else match(gold, pred, types)
        pred_edges = [e for e in pred.get("edges", []) if e.get("type") in types]
        for ge, hit in typed.gold_edges:
            if hit is None:
                counts[ge["type"]].fn += 1
                report.misses.append((doc, ge["type"], f"{ge['source']} -> {ge['target']}"))
                continue
            counts[ge["type"]].tp += 1
            for kind, path in PROPERTIES:
                want = prop_value(ge, path, gold=True) if kind == ge["type"] else ""
                if want:
                    tally = report.properties[(kind, path)]
                    tally[1] += 1
                    got = prop_value(pred_edges[hit], path, gold=False)
                    tally[0] += got == want
                    if got != want:
                        pair = f"{ge['source']} -> {ge['target']}"
                        report.wrong.append(
                            (doc, f"{kind}.{path}", f"{pair}: {got or '(none)'}, gold {want}")
                        )
        for pe, hit in zip(pred_edges, typed.edge_hits, strict=True):
            if not hit:
                counts[pe["type"]].fp += 1
                src_name = names.get(pe["source"], pe["source"])
                dst_name = names.get(pe["target"], pe["target"])
                report.extras.append((doc, pe["type"], f"{src_name} -> {dst_name}"))


@dataclass(frozen=True)
class GoldDocument:
    """One gold file and the document it annotates."""

    gold: dict[str, Any]
    path: Path

    @property
    def name(self) -> str:
        return self.path.name


def gold_documents(gold_dir: Path, docs_dir: Path) -> list[GoldDocument]:
    """The gold files of `gold_dir`, each with its document in `docs_dir`, in name order."""
    out = []
    for gold_file in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        out.append(GoldDocument(gold, Path(docs_dir) / gold["doc"]))
    return out


def corpus_documents(corpus_dir: Path) -> list[GoldDocument]:
    """A corpus folder laid out as `gold/` beside `docs/`."""
    return gold_documents(Path(corpus_dir) / "gold", Path(corpus_dir) / "docs")


def score(documents: list[GoldDocument]) -> EvalReport:
    """Extract and score each document."""
    report = EvalReport()
    for doc in documents:
        pred = extract(read_corpus_file(doc.path)).to_json()
        score_document(doc.gold, pred, report)
        report.documents += 1
    return report


def evaluate(gold_dir: Path, docs_dir: Path) -> EvalReport:
    """Extract every document that has a gold file in `gold_dir` and score it."""
    return score(gold_documents(gold_dir, docs_dir))


def fold_of(name: str, folds: int) -> int:
    """A document's fold: a stable hash of its file name, so folds never depend on order or
    on which other documents are present."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % folds
