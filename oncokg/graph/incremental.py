"""Incremental ingestion: skip documents already stored, and take back the contribution of a
document that a newer version (same path or URL, new content) replaces.

Works on any `GraphStore` through its public `read` and `write_transaction`, with statements
both dialects accept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from oncokg.extraction import Document
from oncokg.graph import queries
from oncokg.graph.merging import FactRow, Row, current_values, fact_from_row
from oncokg.graph.store import GraphStore, Transaction
from oncokg.schema import EDGES, ENTITY_LABELS, FACT_KINDS, EdgeKind, Label


def known_documents(store: GraphStore, ids: Iterable[str]) -> set[str]:
    """The ids among `ids` that are stored already (same content hash)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    return {
        doc for row in store.read(queries.KNOWN_DOCUMENTS, {"ids": wanted}) for doc in row["ids"]
    }


def superseded_documents(store: GraphStore, documents: Sequence[Document]) -> dict[str, set[str]]:
    """For each of `documents` (by id) that has them, the stored documents read from the same
    path or URL with other content: their contribution is stale once it is stored."""
    sources = sorted({d.source for d in documents if d.source})
    urls = sorted({d.url for d in documents if d.url})
    if not sources and not urls:
        return {}
    at_source, at_url = (
        _ids_by_value(rows)
        for rows in store.read_many(
            [
                (queries.DOCUMENTS_AT_SOURCES, {"values": sources}),
                (queries.DOCUMENTS_AT_URLS, {"values": urls}),
            ]
        )
    )
    window = {d.id for d in documents}
    stale: dict[str, set[str]] = {}
    for document in documents:
        found = at_source.get(document.source, set()) | at_url.get(document.url, set())
        if found - window:
            stale.setdefault(document.id, set()).update(found - window)
    return stale


def _ids_by_value(rows: list[Row]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["value"], set()).add(row["id"])
    return out


def without_documents(fact: FactRow, removed: set[str]) -> FactRow:
    """The fact as the remaining documents support it (its stated properties recomputed
    from them)."""
    supports = [s for s in fact.supports if s.document not in removed]
    current = current_values(fact.kind, supports, fact.current) if supports else {}
    return FactRow(fact.kind, fact.source, fact.target, supports, current)


def remove_documents(store: GraphStore, ids: Iterable[str]) -> int:
    """Take back everything these documents contributed, in one transaction: their support
    of each fact (a fact left with none is deleted), their mentions, the documents, and
    entities no other document mentions. Returns the number of documents removed."""
    doc_ids = sorted(set(ids))
    if not doc_ids:
        return 0
    removed = set(doc_ids)
    with store.write_transaction() as tx:
        entities = {
            label: [row["id"] for row in tx.run(queries.mentioned_by(label), {"ids": doc_ids})]
            for label in ENTITY_LABELS
        }
        for kind in FACT_KINDS:
            spec = EDGES[kind]
            for source in spec.sources:
                for target in spec.targets:
                    _remove_support(tx, kind, source, target, doc_ids, removed)
        tx.run(queries.DELETE_DOCUMENTS, {"ids": doc_ids})
        for label, candidates in entities.items():
            if candidates:
                tx.run(queries.delete_orphans(label), {"ids": candidates})
    return len(doc_ids)


def _remove_support(
    tx: Transaction,
    kind: EdgeKind,
    source: Label,
    target: Label,
    doc_ids: list[str],
    removed: set[str],
) -> None:
    rows = tx.run(queries.facts_citing(kind, source, target), {"ids": doc_ids})
    remaining = [without_documents(fact_from_row(kind, row), removed) for row in rows]
    gone = [{"source": f.source, "target": f.target} for f in remaining if not f.supports]
    kept = [f.to_row() for f in remaining if f.supports]
    if gone:
        tx.run(queries.delete_facts(kind, source, target), {"keys": gone})
    if kept:
        tx.run(queries.update_facts(kind, source, target), {"rows": kept})
