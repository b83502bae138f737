"""Incremental ingestion: skip documents already stored, and take back the contribution of a
document that a newer version (same path or URL, new content) replaces.

Works on any `GraphStore` through its public `read` and `write_transaction`, with statements
both dialects accept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from oncokg.graph import queries
from oncokg.graph.rows import FactRow, fact_from_row
from oncokg.graph.store import GraphStore, Transaction
from oncokg.model import Document
from oncokg.schema import EDGES, ENTITY_LABELS, FACT_KINDS, EdgeKind, Label

# one row holding the list: far cheaper for a driver than a record per document
KNOWN_DOCUMENTS = "UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN collect(d.id) AS ids"
# Two index-backed lookups rather than one OR, which no index serves (a scan per row).
DOCUMENTS_AT_SOURCES = (
    "UNWIND $values AS value MATCH (d:Document {source: value}) RETURN d.id AS id"
)
DOCUMENTS_AT_URLS = "UNWIND $values AS value MATCH (d:Document {url: value}) RETURN d.id AS id"
DELETE_DOCUMENTS = "MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d"


def known_documents(store: GraphStore, ids: Iterable[str]) -> set[str]:
    """The ids among `ids` that are stored already (same content hash)."""
    wanted = sorted(set(ids))
    if not wanted:
        return set()
    return {doc for row in store.read(KNOWN_DOCUMENTS, {"ids": wanted}) for doc in row["ids"]}


def superseded_documents(store: GraphStore, documents: Sequence[Document]) -> set[str]:
    """Stored documents read from the same path or URL as one of `documents`, with other
    content: their contribution is stale once the new version is stored."""
    sources = sorted({d.source for d in documents if d.source})
    urls = sorted({d.url for d in documents if d.url})
    if not sources and not urls:
        return set()
    found = store.read_many(
        [(DOCUMENTS_AT_SOURCES, {"values": sources}), (DOCUMENTS_AT_URLS, {"values": urls})]
    )
    return {row["id"] for rows in found for row in rows} - {d.id for d in documents}


def facts_citing(kind: EdgeKind, source: Label, target: Label) -> str:
    props = queries.edge_returns(kind)
    return (
        f"WITH $ids AS ids MATCH (s:{source})-[r:{kind}]->(t:{target}) "
        f"WHERE any(x IN r.documents WHERE x IN ids) "
        f"RETURN s.id AS source, t.id AS target, {props}"
    )


def delete_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    return (
        f"UNWIND $keys AS k MATCH (s:{source} {{id: k.source}})-[r:{kind}]->"
        f"(t:{target} {{id: k.target}}) DELETE r"
    )


def delete_orphans(label: Label) -> str:
    """Entities no document mentions any more (restricted to the candidates in $ids)."""
    return (
        f"MATCH (n:{label}) WHERE n.id IN $ids "
        "AND NOT EXISTS { MATCH (:Document)-[:MENTIONS]->(n) } DETACH DELETE n"
    )


def mentioned_by(label: Label) -> str:
    return (
        f"MATCH (d:Document)-[:MENTIONS]->(n:{label}) WHERE d.id IN $ids RETURN DISTINCT n.id AS id"
    )


def without_documents(fact: FactRow, removed: set[str]) -> FactRow:
    """The fact as the remaining documents support it (its phase recomputed from them)."""
    supports = [s for s in fact.supports if s.document not in removed]
    phased = [s for s in supports if s.phase]
    phase = max(phased, key=lambda s: s.date or "").phase if phased else fact.phase
    return FactRow(fact.kind, fact.source, fact.target, supports, phase if supports else None)


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
            label: [row["id"] for row in tx.run(mentioned_by(label), {"ids": doc_ids})]
            for label in ENTITY_LABELS
        }
        for kind in FACT_KINDS:
            spec = EDGES[kind]
            for source in spec.sources:
                for target in spec.targets:
                    _remove_support(tx, kind, source, target, doc_ids, removed)
        tx.run(DELETE_DOCUMENTS, {"ids": doc_ids})
        for label, candidates in entities.items():
            if candidates:
                tx.run(delete_orphans(label), {"ids": candidates})
    return len(doc_ids)


def _remove_support(
    tx: Transaction,
    kind: EdgeKind,
    source: Label,
    target: Label,
    doc_ids: list[str],
    removed: set[str],
) -> None:
    rows = tx.run(facts_citing(kind, source, target), {"ids": doc_ids})
    remaining = [without_documents(fact_from_row(kind, row), removed) for row in rows]
    gone = [{"source": f.source, "target": f.target} for f in remaining if not f.supports]
    kept = [f.to_row() for f in remaining if f.supports]
    if gone:
        tx.run(delete_facts(kind, source, target), {"keys": gone})
    if kept:
        tx.run(queries.merge_facts(kind, source, target), {"rows": kept})  # they exist
