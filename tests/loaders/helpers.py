"""Shared helpers for loader tests: extraction as sets of tuples, corpus paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from oncokg.extraction import Document, Extraction
from oncokg.loaders import confidence
from oncokg.loaders.extract import extract_candidates, select

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def run(text: str, published: str = "") -> Extraction:
    """What the rules state (every rule edge, whatever the confidence model makes of it: the
    model is trained on whole releases, and its threshold is tested on them)."""
    extraction, found = extract_candidates(Document(text=text, published=published))
    stated = [c for c in found if c.by_rule]
    confidence.score(stated, confidence.get_model())
    return select(extraction, stated, 0.0)


def names(x: Extraction, label: str) -> set[str]:
    return {n.name for n in x.nodes if str(n.label) == label}


def edges(x: Extraction, kind: str) -> set[tuple[str, str]]:
    by_id = {n.id: n.name for n in x.nodes}
    return {(by_id[e.source], by_id[e.target]) for e in x.edges if str(e.kind) == kind}


def edge_properties(x: Extraction, kind: str) -> dict[tuple[str, str], dict[str, Any]]:
    """The properties of each edge of a kind, by its (source name, target name)."""
    by_id = {n.id: n.name for n in x.nodes}
    return {
        (by_id[e.source], by_id[e.target]): e.properties for e in x.edges if str(e.kind) == kind
    }
