"""Snapshots of a whole graph, for tests that assert nothing was lost, duplicated or changed."""

from __future__ import annotations

from typing import Any

from oncokg.graph.export import iter_edges, iter_nodes
from oncokg.graph.store import GraphStore
from oncokg.schema import EDGES

Snapshot = tuple[frozenset[Any], frozenset[Any]]


def _freeze(value: Any) -> Any:
    """Lists as tuples; an absent list as an empty one, as readers take it (neo4j-admin
    imports an empty list as no property)."""
    return tuple(value) if isinstance(value, list) else () if value is None else value


def snapshot(store: GraphStore) -> Snapshot:
    """Every node and relationship with every property, except when it was ingested; the
    provenance lists (documents, evidence, dates, confidences and what each document
    stated) compared as a set of tuples, so order cannot hide a loss or a duplicate."""
    nodes = set()
    for label, row in iter_nodes(store):
        items = {k: _freeze(v) for k, v in row.items() if k != "ingested_at"}
        nodes.add((str(label), tuple(sorted(items.items()))))
    edges = set()
    for kind, row in iter_edges(store):
        parallel = ["documents", "evidence", "dates", "confidences"]
        parallel += [stated.history for stated in EDGES[kind].stated]
        count = len(row.get("documents") or [])
        # an absent history reads as "" for each document (what neo4j-admin gives back
        # for a list of one empty string)
        lists = [row.get(name) or [""] * count for name in parallel]
        support = tuple(sorted(zip(*lists, strict=True), key=repr))
        assert len(support) == len({s[0] for s in support}), "a document counted twice"
        rest = {k: _freeze(v) for k, v in row.items() if k not in parallel}
        edges.add((str(kind), support, tuple(sorted(rest.items()))))
    return frozenset(nodes), frozenset(edges)
