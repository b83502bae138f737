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
# primary-key lookups. A stored relationship is then found between the two (not by expanding
# from the source, whose relationships grow with the graph: fetching 1,000 DEVELOPS facts of
# organisations with 500 each took 0.20 s that way, 0.03 s this way).
def _both_ends(source: Label, target: Label, var: str = "row") -> str:
    return f"MATCH (s:{source} {{id: {var}.source}}) MATCH (t:{target} {{id: {var}.target}}) "


def _stored(kind: EdgeKind, source: Label, target: Label, var: str = "row") -> str:
    return f"{_both_ends(source, target, var)}MATCH (s)-[r:{kind}]->(t)"


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


# --- merging in the statement (a store with concurrent writers: Neo4j) ------------------
# What `merging.merge_node` and `merging.merge_fact` do in Python, done by the server in
# one set-based statement per label or relationship type: no read of what is stored, no
# round trip per row, and the server's MERGE keeps concurrent writers safe. Rows come from
# `merging.node_merge_row` and `FactRow.to_row`; $ranks maps a stage to `stage_rank`.
def merge_nodes_in_place(label: Label) -> str:
    """Nodes from $rows: the first name stays; properties fill in where unknown; aliases
    not yet known are appended with the document that gave each, and to `search_text`."""
    fills = ", ".join(
        f"n.{prop.name} = CASE WHEN n.{prop.name} IS NULL OR n.{prop.name} = '' "
        f"THEN row.{prop.name} ELSE n.{prop.name} END"
        for prop in NODES[label].extra
    )
    return (
        f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) "
        "ON CREATE SET n.name = row.name, n.aliases = [], n.alias_documents = [], "
        "n.merged_ids = [], n.search_text = row.name_key "
        + (f"SET {fills} " if fills else "")
        + "WITH n, row, [i IN range(0, size(row.aliases) - 1) "
        "WHERE row.aliases[i] <> n.name AND NOT row.aliases[i] IN n.aliases] AS fresh "
        "SET n.aliases = n.aliases + [i IN fresh | row.aliases[i]], "
        "n.alias_documents = n.alias_documents + [i IN fresh | row.alias_documents[i]], "
        "n.search_text = n.search_text + reduce(text = '', i IN fresh | "
        "text + $separator + row.alias_keys[i])"
    )


def _latest_stating(history: str, ranked: bool) -> str:
    """The index of the support that gives a stated property its current value: the latest
    dated one stating it, on a tie of dates the most advanced stage, else the first."""
    tie = (
        " OR (r.dates[i] = r.dates[b] AND coalesce($ranks[r.phases[i]], -1) > "
        "coalesce($ranks[r.phases[b]], -1))"
        if ranked
        else ""
    )
    return (
        f"reduce(b = -1, i IN range(0, size(r.documents) - 1) | "
        f"CASE WHEN coalesce(r.{history}[i], '') = '' THEN b WHEN b = -1 THEN i "
        f"WHEN r.dates[i] > r.dates[b]{tie} THEN i ELSE b END)"
    )


def merge_facts_in_place(kind: EdgeKind, source: Label, target: Label) -> str:
    """Facts from $rows: the supports of documents not yet recorded are appended to the
    provenance lists, then the summary (dates, count, noisy-or confidence) and each stated
    property's current value are worked out from the lists."""
    spec = EDGES[kind]
    lists = ["documents", "evidence", "dates", "confidences", *(s.history for s in spec.stated)]
    empty = ", ".join(f"r.{name} = []" for name in lists)
    appended = ", ".join(f"r.{name} = r.{name} + [i IN fresh | row.{name}[i]]" for name in lists)
    ranked = any(s.name == "phase" for s in spec.stated)
    latest = "".join(
        f", {_latest_stating(s.history, ranked)} AS latest_{s.name}" for s in spec.stated
    )
    current = "".join(
        f", r.{s.name} = CASE WHEN latest_{s.name} = -1 THEN coalesce(r.{s.name}, row.{s.name}) "
        f"ELSE r.{s.history}[latest_{s.name}] END"
        for s in spec.stated
    )
    return (
        f"UNWIND $rows AS row {_both_ends(source, target)}MERGE (s)-[r:{kind}]->(t) "
        f"ON CREATE SET {empty} "
        "WITH r, row, [i IN range(0, size(row.documents) - 1) "
        "WHERE NOT row.documents[i] IN r.documents] AS fresh "
        f"SET {appended} "
        "WITH r, row, [d IN r.dates WHERE d <> ''] AS dated"
        f"{latest} "
        "SET r.doc_count = size(r.documents), "
        "r.first_date = reduce(m = null, d IN dated | CASE WHEN m IS NULL OR d < m THEN d "
        "ELSE m END), "
        "r.last_date = reduce(m = null, d IN dated | CASE WHEN m IS NULL OR d > m THEN d "
        "ELSE m END), "
        "r.confidence = round(1.0 - reduce(doubt = 1.0, c IN r.confidences | "
        "doubt * (1.0 - CASE WHEN c < 0.0 THEN 0.0 WHEN c > 1.0 THEN 1.0 ELSE c END)), 3)"
        f"{current}"
    )


def merge_mentions(target: Label) -> str:
    return merge_facts(EdgeKind.MENTIONS, Label.DOCUMENT, target)


def create_mentions(target: Label) -> str:
    return create_facts(EdgeKind.MENTIONS, Label.DOCUMENT, target)


# --- bulk copy (the embedded store: LadybugDB's COPY FROM an Arrow table in $rows) -------
# Into empty tables only: a copy into a table that holds data costs, at commit, in
# proportion to what it holds (a batch of 1,000 documents into 4,000: 1.1 s against 0.06 s
# for `create_facts`). Columns by position: the table's own order (`table_columns`), a
# relationship's endpoints first.
def copy_nodes(label: Label) -> str:
    return f"COPY {label} FROM $rows"


def copy_relationships(kind: EdgeKind, source: Label, target: Label) -> str:
    return f"COPY {kind} FROM $rows (from='{source}', to='{target}')"


def table_columns(table: Label | EdgeKind) -> str:
    """A table's properties in their stored order (a table an earlier version made has
    the properties added since at its end)."""
    return f"CALL table_info('{table}') RETURN name, type"


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
    """Facts whose provenance names any document of $ids, found from the entities those
    documents mention (a fact's source always is one), so the cost follows the documents
    replaced, not the size of the graph."""
    return (
        f"WITH $ids AS ids UNWIND ids AS id "
        f"MATCH (:{Label.DOCUMENT} {{id: id}})-[:{EdgeKind.MENTIONS}]->(s:{source}) "
        f"WITH DISTINCT s, ids MATCH (s)-[r:{kind}]->(t:{target}) "
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
