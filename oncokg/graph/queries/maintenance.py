"""Schema and housekeeping statements: each store's DDL generated from `oncokg.schema`
(LadybugDB tables; Neo4j constraints and indexes), and clearing a store."""

from __future__ import annotations

from typing import Final

from oncokg.schema import EDGES, NODES, PRESS_RELEASE_LABEL, Label


def ladybug_ddl() -> list[str]:
    """CREATE TABLE statements for the embedded store, one per label and relationship type,
    and for node tables, the columns a table made by an earlier version lacks."""
    statements = []
    for label, spec in NODES.items():
        columns = ", ".join(
            f"{prop.name} {prop.type}" + (" PRIMARY KEY" if prop.name == "id" else "")
            for prop in spec.properties
        )
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns})")
        # a graph made by an earlier version gains the properties added since
        statements += [
            f"ALTER TABLE {label} ADD IF NOT EXISTS {prop.name} {prop.type}"
            for prop in spec.properties
            if prop.name != "id"
        ]
    for kind, edge in EDGES.items():
        pairs = [f"FROM {s} TO {t}" for s in edge.sources for t in edge.targets]
        body = ", ".join(pairs + [f"{prop.name} {prop.type}" for prop in edge.properties])
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {kind}({body})")
    return statements


def neo4j_schema() -> list[str]:
    """Neo4j constraints and indexes: a uniqueness constraint on `id` per label, range
    indexes on the properties the API filters on, TEXT indexes for search (substring
    matches). Named after label and property, so applying them again changes nothing."""
    statements = []
    for label, spec in NODES.items():
        low = label.lower()
        statements.append(
            f"CREATE CONSTRAINT {low}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        )
        statements += [
            f"CREATE INDEX {low}_{prop} IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for prop in spec.indexed
        ]
        statements += [
            f"CREATE TEXT INDEX {low}_search IF NOT EXISTS FOR (n:{label}) ON (n.{prop})"
            for prop in spec.text_indexed
        ]
    return statements


# Documents of kind press_release also carry the :PressRelease label (Neo4j only); $ids:
# the ids of the documents of that kind in the batch just written.
SET_PRESS_RELEASE_LABEL: Final = (
    f"UNWIND $ids AS id MATCH (d:{Label.DOCUMENT} {{id: id}}) SET d:{PRESS_RELEASE_LABEL}"
)
CLEAR: Final = "MATCH (n) DETACH DELETE n"
# Neo4j: in batches, so that a large graph does not need one huge transaction; relationships
# first, since detaching a node of 100,000 mentions alone overran the transaction memory.
CLEAR_IN_BATCHES: Final = (
    "MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS",
    "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS",
)

# Neo4j: the transactions of users' queries carry a tag in their metadata, so that one the
# server does not stop at its timeout (an expression with no check point) can be found and
# terminated from another session.
QUERY_TAG: Final = "oncokg_query"
TAGGED_TRANSACTIONS: Final = (
    "SHOW TRANSACTIONS YIELD transactionId, metaData "
    f"WHERE metaData.{QUERY_TAG} = $tag RETURN transactionId AS id"
)
TERMINATE_TRANSACTIONS: Final = "TERMINATE TRANSACTIONS $ids"
