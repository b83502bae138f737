"""Write-path statements: fetch what a batch merges with, write it back, and take back what
a replaced document contributed; the resolver's node merges.

Only names declared in the schema are interpolated (labels, relationship types, property
names); every value goes in as a parameter. The statements use the subset of Cypher that
Neo4j 5 and LadybugDB share, so both stores run the same text.
"""

from __future__ import annotations

from typing import Final

from oncokg.graph.queries.read import edge_returns, node_returns
from oncokg.schema import EDGES, NODES, EdgeKind, Label


def fetch_nodes(label: Label) -> str:
    """Stored rows for a list of ids ($ids) of one label."""
    return f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN {node_returns(label)}"


def _node_sets(label: Label) -> str:
    return ", ".join(
        f"n.{prop.name} = row.{prop.name}" for prop in NODES[label].properties if prop.name != "id"
    )


def merge_nodes(label: Label) -> str:
    """Create or overwrite nodes of one label from $rows (already merged in Python)."""
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {_node_sets(label)}"


def create_nodes(label: Label) -> str:
    """Nodes known to be new, from $rows: a store with one writer uses it, since LadybugDB's
    MERGE scans the whole table (so a load would slow down as the graph grows)."""
    return f"UNWIND $rows AS row CREATE (n:{label} {{id: row.id}}) SET {_node_sets(label)}"


def update_nodes(label: Label) -> str:
    """Overwrite stored nodes from $rows (a primary-key lookup per row)."""
    return f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {_node_sets(label)}"


# The endpoints are matched in clauses of their own: LadybugDB plans `MATCH (s {id: ..}),
# (t {id: ..})` as a cross product of two table scans, and one clause each as two
# primary-key lookups; a stored relationship is found by expanding from its source.
def _both_ends(source: Label, target: Label, var: str = "row") -> str:
    return f"MATCH (s:{source} {{id: {var}.source}}) MATCH (t:{target} {{id: {var}.target}}) "


def _stored(kind: EdgeKind, source: Label, target: Label, var: str = "row") -> str:
    return (
        f"MATCH (s:{source} {{id: {var}.source}}) "
        f"MATCH (s)-[r:{kind}]->(t:{target}) WHERE t.id = {var}.target"
    )


def fetch_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Stored provenance for a list of {source, target} keys ($keys)."""
    return (
        f"UNWIND $keys AS k {_stored(kind, source, target, 'k')} "
        f"RETURN s.id AS source, t.id AS target, {edge_returns(kind)}"
    )


def _fact_sets(kind: EdgeKind) -> str:
    sets = ", ".join(f"r.{prop.name} = row.{prop.name}" for prop in EDGES[kind].properties)
    return f" SET {sets}" if sets else ""


def merge_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Create or overwrite fact relationships from $rows (provenance merged in Python)."""
    return f"UNWIND $rows AS row {_both_ends(source, target)}MERGE (s)-[r:{kind}]->(t)" + (
        _fact_sets(kind)
    )


def create_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Relationships known to be new, from $rows (see `create_nodes`)."""
    return f"UNWIND $rows AS row {_both_ends(source, target)}CREATE (s)-[r:{kind}]->(t)" + (
        _fact_sets(kind)
    )


def update_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Overwrite stored fact relationships from $rows."""
    return f"UNWIND $rows AS row {_stored(kind, source, target)}" + _fact_sets(kind)


def merge_mentions(target: Label) -> str:
    return merge_facts(EdgeKind.MENTIONS, Label.DOCUMENT, target)


def create_mentions(target: Label) -> str:
    return create_facts(EdgeKind.MENTIONS, Label.DOCUMENT, target)


def lacking_search_text(label: Label) -> str:
    """Nodes written before `search_text` existed, with what it is made from."""
    return (
        f"MATCH (n:{label}) WHERE n.search_text IS NULL "
        "RETURN n.id AS id, n.name AS name, n.aliases AS aliases"
    )


def set_search_text(label: Label) -> str:
    return (
        f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET n.search_text = row.search_text"
    )


# --- incremental ingestion: known documents, replaced versions ---------------------------
# one row holding the list: far cheaper for a driver than a record per document
KNOWN_DOCUMENTS: Final = (
    f"UNWIND $ids AS id MATCH (d:{Label.DOCUMENT} {{id: id}}) RETURN collect(d.id) AS ids"
)
# Two index-backed lookups rather than one OR, which no index serves (a scan per row).
DOCUMENTS_AT_SOURCES: Final = (
    f"UNWIND $values AS value MATCH (d:{Label.DOCUMENT} {{source: value}}) RETURN d.id AS id, value"
)
DOCUMENTS_AT_URLS: Final = (
    f"UNWIND $values AS value MATCH (d:{Label.DOCUMENT} {{url: value}}) RETURN d.id AS id, value"
)
DELETE_DOCUMENTS: Final = f"MATCH (d:{Label.DOCUMENT}) WHERE d.id IN $ids DETACH DELETE d"


def facts_citing(kind: EdgeKind, source: Label, target: Label) -> str:
    """Facts whose provenance names any document of $ids."""
    return (
        f"WITH $ids AS ids MATCH (s:{source})-[r:{kind}]->(t:{target}) "
        f"WHERE any(x IN r.documents WHERE x IN ids) "
        f"RETURN s.id AS source, t.id AS target, {edge_returns(kind)}"
    )


def delete_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    return f"UNWIND $keys AS k {_stored(kind, source, target, 'k')} DELETE r"


def delete_orphans(label: Label) -> str:
    """Entities no document mentions any more (restricted to the candidates in $ids)."""
    return (
        f"MATCH (n:{label}) WHERE n.id IN $ids "
        f"AND NOT EXISTS {{ MATCH (:{Label.DOCUMENT})-[:{EdgeKind.MENTIONS}]->(n) }} "
        "DETACH DELETE n"
    )


def mentioned_by(label: Label) -> str:
    return (
        f"MATCH (d:{Label.DOCUMENT})-[:{EdgeKind.MENTIONS}]->(n:{label}) WHERE d.id IN $ids "
        "RETURN DISTINCT n.id AS id"
    )


# --- resolution: merging nodes that documents linked -------------------------------------
def planning_rows(label: Label) -> str:
    """What planning needs of every node of a label, as parallel lists in ONE row: a
    re-ingest runs this for every label, and one row is far cheaper than thousands."""
    reference = ", ".join([*(f"n.{prop.name}" for prop in NODES[label].extra), "''"])
    return (
        f"MATCH (n:{label}) RETURN collect(n.id) AS ids, "
        "collect(coalesce(n.aliases, [])) AS aliases, "
        "collect(coalesce(n.alias_documents, [])) AS alias_documents, "
        f"collect(coalesce({reference})) AS reference"
    )


def relationships_of(kind: EdgeKind, direction: str, label: Label, other: Label) -> str:
    arrow = f"-[r:{kind}]->" if direction == "out" else f"<-[r:{kind}]-"
    return (
        f"MATCH (a:{label} {{id: $id}}){arrow}(m:{other}) "
        f"RETURN m.id AS other, {edge_returns(kind)}"
    )


def move_mentions(label: Label) -> str:
    return (
        f"MATCH (d:{Label.DOCUMENT})-[:{EdgeKind.MENTIONS}]->(a:{label} {{id: $absorbed}}) "
        f"MATCH (b:{label} {{id: $into}}) MERGE (d)-[:{EdgeKind.MENTIONS}]->(b)"
    )


def delete_node(label: Label) -> str:
    return f"MATCH (a:{label} {{id: $id}}) DETACH DELETE a"
