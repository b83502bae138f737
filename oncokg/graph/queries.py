"""Pure builders of the Cypher both stores run, generated from `oncokg.schema`.

Only names declared in the schema are ever interpolated (labels, relationship types,
property names); every value goes in as a parameter. The statements use the subset of
Cypher that Neo4j 5 and LadybugDB share, so both stores run the same text.
"""

from __future__ import annotations

from oncokg.schema import EDGES, NODES, EdgeKind, Label


def node_returns(label: Label, var: str = "n") -> str:
    return ", ".join(f"{var}.{prop.name} AS {prop.name}" for prop in NODES[label].properties)


def fetch_nodes(label: Label) -> str:
    """Stored rows for a list of ids ($ids) of one label."""
    return f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN {node_returns(label)}"


def merge_nodes(label: Label) -> str:
    """Create or overwrite nodes of one label from $rows (already merged in Python)."""
    sets = ", ".join(
        f"n.{prop.name} = row.{prop.name}" for prop in NODES[label].properties if prop.name != "id"
    )
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {sets}"


def fetch_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Stored provenance for a list of {source, target} keys ($keys)."""
    props = ", ".join(f"r.{prop.name} AS {prop.name}" for prop in EDGES[kind].properties)
    return (
        f"UNWIND $keys AS k MATCH (s:{source} {{id: k.source}})-[r:{kind}]->"
        f"(t:{target} {{id: k.target}}) RETURN s.id AS source, t.id AS target, {props}"
    )


def merge_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Create or overwrite fact relationships from $rows (provenance merged in Python)."""
    sets = ", ".join(f"r.{prop.name} = row.{prop.name}" for prop in EDGES[kind].properties)
    merge = (
        f"UNWIND $rows AS row MATCH (s:{source} {{id: row.source}}), "
        f"(t:{target} {{id: row.target}}) MERGE (s)-[r:{kind}]->(t)"
    )
    return f"{merge} SET {sets}" if sets else merge


def merge_mentions(target: Label) -> str:
    return merge_facts(EdgeKind.MENTIONS, Label.DOCUMENT, target)


def count_nodes(label: Label) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS count"


def count_edges(kind: EdgeKind) -> str:
    return f"MATCH ()-[r:{kind}]->() RETURN count(r) AS count"


def search_nodes(labels: tuple[Label, ...]) -> str:
    """Nodes whose name or an alias contains $q (case-insensitive), at most $limit each label.

    Ranking happens in Python, so the text stays in the dialect both stores share."""
    parts = [
        f"WITH toLower($q) AS q MATCH (n:{label}) "
        "WHERE toLower(n.name) CONTAINS q OR any(a IN n.aliases WHERE toLower(a) CONTAINS q) "
        f"RETURN n.id AS id, '{label}' AS label, n.name AS name, n.aliases AS aliases "
        "LIMIT $limit"
        for label in labels
    ]
    return " UNION ALL ".join(parts)


def neighbour_patterns(
    label: Label, kinds: tuple[EdgeKind, ...]
) -> list[tuple[EdgeKind, str, Label]]:
    """(relationship type, direction, other label) for every edge the schema allows at a label."""
    patterns: list[tuple[EdgeKind, str, Label]] = []
    for kind in kinds:
        spec = EDGES[kind]
        if label in spec.sources:
            patterns += [(kind, "out", other) for other in spec.targets]
        if label in spec.targets:
            patterns += [(kind, "in", other) for other in spec.sources]
    return patterns


def neighbours(label: Label, kinds: tuple[EdgeKind, ...]) -> list[str]:
    """The facts around node $id: one statement per allowed (type, direction, other label).

    Separate statements rather than UNION ALL, because the branches return different
    column types (no phase, no provenance) that LadybugDB will not unify."""
    statements = []
    for kind, direction, other in neighbour_patterns(label, kinds):
        arrow = f"-[r:{kind}]->" if direction == "out" else f"<-[r:{kind}]-"
        returned = [f"r.{prop.name} AS {prop.name}" for prop in EDGES[kind].properties]
        shown = "both" if EDGES[kind].symmetric else direction
        statements.append(
            f"MATCH (n:{label} {{id: $id}}){arrow}(m:{other}) "
            f"RETURN '{kind}' AS type, '{shown}' AS direction, m.id AS id, "
            f"'{other}' AS label, "
            + ", ".join(["m.name AS name", "m.aliases AS aliases", *returned])
        )
    return statements


def ladybug_ddl() -> list[str]:
    """CREATE TABLE statements for the embedded store, one per label and relationship type."""
    statements = []
    for label, spec in NODES.items():
        columns = ", ".join(
            f"{prop.name} {prop.type}" + (" PRIMARY KEY" if prop.name == "id" else "")
            for prop in spec.properties
        )
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns})")
    for kind, edge in EDGES.items():
        pairs = [f"FROM {s} TO {t}" for s in edge.sources for t in edge.targets]
        body = ", ".join(pairs + [f"{prop.name} {prop.type}" for prop in edge.properties])
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {kind}({body})")
    return statements
