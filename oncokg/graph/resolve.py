"""Resolution across documents: one node per real-world entity.

A document that links two names ("TIBSOVO® (ivosidenib)") gives the INN node the alias
TIBSOVO. A node created earlier under the other name (`molecule:tibsovo`, from a document
that only said TIBSOVO) is then merged into it: its relationships move over with their
provenance combined, its documents' mentions follow, and it is deleted. The surviving node
records the merged id (`merged_ids`) and, through `alias_documents`, which document linked
the names, so every merge can be explained.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from oncokg.graph import queries
from oncokg.graph.merging import (
    FactRow,
    NodeRow,
    fact_from_row,
    merge_fact,
    merge_node,
    node_from_row,
)
from oncokg.graph.store import GraphStore, Transaction
from oncokg.schema import EDGES, ENTITY_LABELS, FACT_KINDS, EdgeKind, Label, node_id


@dataclass(frozen=True)
class Merge:
    absorbed: str  # the id that disappears
    into: str
    alias: str  # the name that linked them
    document: str  # the document that stated the link


def _rank(node: NodeRow) -> tuple[int, int, str]:
    """Nodes with a reference id (DrugBank, HGNC, DOID) and many aliases absorb the others."""
    has_reference = any(value for value in node.properties.values())
    return (0 if has_reference else 1, -len(node.aliases), node.id)


def plan_merges(label: Label, nodes: Iterable[NodeRow]) -> list[Merge]:
    """Which nodes to merge into which: node A goes into B when A's own id is the id that
    one of B's aliases would get. Pure; chains resolve to their final node."""
    by_id = {node.id: node for node in nodes}
    into: dict[str, Merge] = {}

    def final(node_id_: str) -> str:
        while node_id_ in into:
            node_id_ = into[node_id_].into
        return node_id_

    for node in sorted(by_id.values(), key=_rank):
        documents = node.alias_documents + [""] * len(node.aliases)
        for alias, document in zip(node.aliases, documents, strict=False):
            other = node_id(label, alias)
            # an absorbed node's aliases still link names; skip only what would loop
            if other in by_id and other not in into and final(node.id) != other:
                into[other] = Merge(other, node.id, alias, document)
    resolved = [
        Merge(merge.absorbed, final(merge.into), merge.alias, merge.document)
        for merge in into.values()
    ]
    return sorted(resolved, key=lambda m: m.absorbed)


def planning_nodes(store: GraphStore, label: Label) -> list[NodeRow]:
    rows = store.read(queries.planning_rows(label))
    if not rows or not rows[0]["ids"]:
        return []
    row = rows[0]
    return [
        NodeRow(
            node,
            label,
            "",
            list(aliases),
            {"reference": reference} if reference else {},
            list(documents),
        )
        for node, aliases, documents, reference in zip(
            row["ids"], row["aliases"], row["alias_documents"], row["reference"], strict=True
        )
    ]


def resolve(store: GraphStore, labels: Iterable[Label] = ENTITY_LABELS) -> list[Merge]:
    """Merge the nodes that documents have linked; returns the merges made."""
    done: list[Merge] = []
    for label in labels:
        merges = plan_merges(label, planning_nodes(store, label))
        if not merges:
            continue
        involved = sorted({m.absorbed for m in merges} | {m.into for m in merges})
        rows = store.read(queries.fetch_nodes(label), {"ids": involved})
        by_id = {row["id"]: node_from_row(label, row) for row in rows}
        with store.write_transaction() as tx:
            for merge in merges:
                _merge(tx, label, merge, by_id)
        done += merges
    return done


def _merge(tx: Transaction, label: Label, merge: Merge, by_id: dict[str, NodeRow]) -> None:
    absorbed, into = by_id[merge.absorbed], by_id[merge.into]
    by_id[merge.into] = merged = merge_node(into, absorbed)
    tx.run(queries.merge_nodes(label), {"rows": [merged.to_row()]})
    for kind, direction, other in queries.neighbour_patterns(label, FACT_KINDS):
        for row in tx.run(
            queries.relationships_of(kind, direction, label, other), {"id": absorbed.id}
        ):
            if row["other"] in (absorbed.id, into.id):
                continue  # a fact between the two names of one entity says nothing
            _move_fact(tx, kind, direction, label, other, into.id, row)
    tx.run(queries.move_mentions(label), {"absorbed": absorbed.id, "into": into.id})
    tx.run(queries.delete_node(label), {"id": absorbed.id})


def _move_fact(
    tx: Transaction,
    kind: EdgeKind,
    direction: str,
    label: Label,
    other: Label,
    into: str,
    row: dict[str, object],
) -> None:
    source, target = (into, row["other"]) if direction == "out" else (row["other"], into)
    source_label, target_label = (label, other) if direction == "out" else (other, label)
    if EDGES[kind].symmetric and str(target) < str(source):
        source, target = target, source
    moved: FactRow = fact_from_row(kind, {**row, "source": source, "target": target})
    key = {"source": source, "target": target}
    stored_rows = tx.run(queries.fetch_facts(kind, source_label, target_label), {"keys": [key]})
    stored = fact_from_row(kind, stored_rows[0]) if stored_rows else None
    merged = merge_fact(stored, moved)
    tx.run(queries.merge_facts(kind, source_label, target_label), {"rows": [merged.to_row()]})
