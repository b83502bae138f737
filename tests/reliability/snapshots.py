"""Snapshots of a whole graph, for tests that assert nothing was lost, duplicated or changed."""

from __future__ import annotations

from typing import Any

from oncokg.graph.export import iter_edges, iter_nodes
from oncokg.graph.store import GraphStore

Snapshot = tuple[frozenset[Any], frozenset[Any]]


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def snapshot(store: GraphStore) -> Snapshot:
    """Every node and relationship with every property, except when it was ingested; the
    provenance lists compared as sets of (document, evidence, date) so order cannot hide a
    loss or a duplicate."""
    nodes = set()
    for label, row in iter_nodes(store):
        items = {k: _freeze(v) for k, v in row.items() if k != "ingested_at"}
        nodes.add((str(label), tuple(sorted(items.items()))))
    edges = set()
    for kind, row in iter_edges(store):
        support = tuple(
            sorted(
                zip(
                    row.get("documents") or [],
                    row.get("evidence") or [],
                    row.get("dates") or [],
                    strict=True,
                )
            )
        )
        assert len(support) == len({s[0] for s in support}), "a document counted twice"
        rest = {
            k: _freeze(v) for k, v in row.items() if k not in ("documents", "evidence", "dates")
        }
        edges.add((str(kind), support, tuple(sorted(rest.items()))))
    return frozenset(nodes), frozenset(edges)
