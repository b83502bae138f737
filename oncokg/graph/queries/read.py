"""Read statements: counts, search, neighbours, facts, documents, paths, export pages.

Each returns text with `$parameters` only; callers pass values. Sort keys use coalesce so
that both stores order missing dates the same way (they disagree on where NULL sorts).
"""

from __future__ import annotations

from typing import Final

from oncokg.schema import EDGES, NODES, EdgeKind, Label


def node_returns(label: Label, var: str = "n") -> str:
    return ", ".join(f"{var}.{prop.name} AS {prop.name}" for prop in NODES[label].properties)


def edge_returns(kind: EdgeKind, var: str = "r") -> str:
    """Every property the schema declares for a relationship type, as returned columns."""
    return ", ".join(f"{var}.{prop.name} AS {prop.name}" for prop in EDGES[kind].properties)


def count_nodes(label: Label) -> str:
    return f"MATCH (n:{label}) RETURN count(n) AS count"


def count_edges(kind: EdgeKind) -> str:
    return f"MATCH ()-[r:{kind}]->() RETURN count(r) AS count"


# A search row: the columns of `search_nodes`, the order of `search_nodes_by_needles`' lists.
SEARCH_COLUMNS: Final = ("id", "label", "name", "aliases")


def _search_part(label: Label, needle: str) -> str:
    return (
        f"MATCH (n:{label}) WHERE n.search_text CONTAINS {needle} "
        f"RETURN n.id AS id, '{label}' AS label, n.name AS name, n.aliases AS aliases "
        "LIMIT $limit"
    )


def search_nodes(labels: tuple[Label, ...]) -> str:
    """Nodes whose name or an alias contains $q (already `merging.searchable`), at most $limit
    each label: a substring of `search_text`, which Neo4j answers from its TEXT index.

    Ranking happens in Python, so the text stays in the dialect both stores share."""
    return " UNION ALL ".join(_search_part(label, "$q") for label in labels)


def search_nodes_by_needles(labels: tuple[Label, ...]) -> str:
    """Neo4j only: `search_nodes` for each needle of $qs in one statement, still from the
    TEXT index. One row per needle that matches anything: `q`, and `merging`, a list with a
    [SEARCH_COLUMNS] list per node. (An importing WITH, not `CALL (q)`, so that any
    Neo4j 5 runs it.)"""
    parts = " UNION ALL ".join(f"WITH q {_search_part(label, 'q')}" for label in labels)
    listed = ", ".join(SEARCH_COLUMNS)
    return f"UNWIND $qs AS q CALL {{ {parts} }} RETURN q, collect([{listed}]) AS rows"


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
        returned = [edge_returns(kind)] if EDGES[kind].properties else []
        shown = "both" if EDGES[kind].symmetric else direction
        statements.append(
            f"MATCH (n:{label} {{id: $id}}){arrow}(m:{other}) "
            f"RETURN '{kind}' AS type, '{shown}' AS direction, m.id AS id, "
            f"'{other}' AS label, "
            + ", ".join(["m.name AS name", "m.aliases AS aliases", *returned])
        )
    return statements


# A neighbour row of `neighbours_by_ids`: column name -> the Cypher that gives its value.
_NEIGHBOUR_VALUES: Final = {
    "type": "type(r)",
    "direction": "CASE WHEN type(r) IN $symmetric THEN 'both' "
    "WHEN startNode(r) = n THEN 'out' ELSE 'in' END",
    "id": "m.id",
    "label": "[x IN labels(m) WHERE x IN $labels][0]",
    "name": "m.name",
    "aliases": "m.aliases",
    "phase": "r.phase",
    "documents": "r.documents",
    "evidence": "r.evidence",
    "first_date": "r.first_date",
    "last_date": "r.last_date",
    "doc_count": "r.doc_count",
    "confidence": "r.confidence",
    # what the documents state of the fact (the stage, a deal's terms), for every type
    **{
        stated.name: f"r.{stated.name}"
        for spec in EDGES.values()
        for stated in spec.stated
        if stated.name != "phase"
    },
}
NEIGHBOUR_COLUMNS: Final = tuple(_NEIGHBOUR_VALUES)


def neighbours_by_ids(label: Label, kinds: tuple[EdgeKind, ...]) -> str:
    """Neo4j only: the facts around each node of $ids (all of one label) in one statement,
    where LadybugDB needs a statement per pattern and node. One row per node that exists:
    `id`, and `merging`, a list with a [NEIGHBOUR_COLUMNS] list per fact. Positional, because
    decoding a map's keys for every fact costs the driver more than the values. Parameters:
    $ids, $symmetric, $labels (to pick the schema label among a node's labels).

    The relationship types are in the pattern, not a filter after it, so the walk skips
    the node's MENTIONS, one per document naming it: 10-15 % less server time per node on
    the benchmark's graph."""
    types = "|".join(dict.fromkeys(kind for kind, _, _ in neighbour_patterns(label, kinds)))
    listed = ", ".join(_NEIGHBOUR_VALUES.values())
    # no fact of these kinds can touch this label: the nodes, with none
    rows = f"COLLECT {{ MATCH (n)-[r:{types}]-(m) RETURN [{listed}] }}" if types else "[]"
    return f"UNWIND $ids AS id MATCH (n:{label} {{id: id}}) RETURN n.id AS id, {rows} AS rows"


FACT_SORT = "coalesce(r.last_date, '') DESC, s.id, t.id"
FACT_FILTERS = frozenset({"source", "target", "since", "until", "min_confidence", "trial"})
DOCUMENT_FILTERS = frozenset({"since", "until", "kind"})


def fact_kinds_at(label: Label) -> tuple[EdgeKind, ...]:
    """The fact types that may touch a node of `label`, in schema order."""
    return tuple(
        kind
        for kind, spec in EDGES.items()
        if spec.is_fact and (label in spec.sources or label in spec.targets)
    )


def degree(label: Label) -> str | None:
    """Number of facts around node $id; None for a label no fact touches."""
    kinds = fact_kinds_at(label)
    if not kinds:
        return None
    types = "|".join(kinds)
    return f"MATCH (n:{label} {{id: $id}})-[r:{types}]-() RETURN count(r) AS count"


def most_connected(label: Label) -> str | None:
    """The nodes of `label` with the most facts around them, at most $limit; None for a label
    no fact touches."""
    kinds = fact_kinds_at(label)
    if not kinds:
        return None
    types = "|".join(kinds)
    return (
        f"MATCH (n:{label})-[r:{types}]-() "
        "WITH n, count(r) AS degree "
        "RETURN n.id AS id, n.name AS name, n.aliases AS aliases, degree "
        "ORDER BY degree DESC, id LIMIT $limit"
    )


def document_returns(var: str = "d") -> str:
    return ", ".join(
        f"{var}.{prop.name} AS {prop.name}"
        for prop in NODES[Label.DOCUMENT].properties
        if prop.name not in ("name", "aliases", "sha256")
    )


def mentioning_documents(label: Label) -> str:
    """Documents that mention node $id, newest first, at most $limit."""
    return (
        f"MATCH (d:{Label.DOCUMENT})-[:{EdgeKind.MENTIONS}]->(n:{label} {{id: $id}}) "
        f"RETURN {document_returns()} ORDER BY coalesce(d.published, '') DESC, d.id LIMIT $limit"
    )


def _fact_returns(kind: EdgeKind) -> str:
    props = edge_returns(kind)
    return (
        f"'{kind}' AS type, s.id AS source_id, s.name AS source_name, "
        f"s.aliases AS source_aliases, t.id AS target_id, t.name AS target_name, "
        f"t.aliases AS target_aliases, {props}"
    )


def facts(kind: EdgeKind, source: Label, target: Label, filters: frozenset[str]) -> str:
    """Facts of one type between two labels, newest first, at most $window rows.

    `filters` names the parameters given: $source / $target (node ids), $since / $until
    (ISO dates: the fact was stated at some time in [since, until]), $min_confidence, $trial
    and $trial_upper (a trial named by the evidence). A symmetric type is
    matched in both directions when an endpoint is fixed, so `source` means "either end"."""
    unknown = filters - FACT_FILTERS
    if unknown:
        raise ValueError(f"unknown fact filters: {sorted(unknown)}")
    source_key = " {id: $source}" if "source" in filters else ""
    target_key = " {id: $target}" if "target" in filters else ""
    undirected = EDGES[kind].symmetric and bool(filters & {"source", "target"})
    arrow = f"-[r:{kind}]-" if undirected else f"-[r:{kind}]->"
    where = []
    if "since" in filters:
        where.append("r.last_date >= $since")
    if "until" in filters:
        where.append("r.first_date <= $until")
    if "min_confidence" in filters:
        where.append("r.confidence >= $min_confidence")
    if "trial" in filters:  # a trial name or NCT number, as written or in capitals
        where.append("($trial IN r.trials OR $trial_upper IN r.trials OR $trial_upper IN r.ncts)")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return (
        f"MATCH (s:{source}{source_key}){arrow}(t:{target}{target_key}){clause} "
        f"RETURN {_fact_returns(kind)} ORDER BY {FACT_SORT} LIMIT $window"
    )


def fact_patterns(
    kinds: tuple[EdgeKind, ...], source: Label | None, target: Label | None
) -> list[tuple[EdgeKind, Label, Label]]:
    """(type, source label, target label) for every stored fact shape the filters allow.

    For a symmetric type a fixed endpoint may sit at either end, so only its label counts."""
    shapes = []
    for kind in kinds:
        spec = EDGES[kind]
        for s in spec.sources:
            for t in spec.targets:
                if (source is None or source == s) and (target is None or target == t):
                    shapes.append((kind, s, t))
    return shapes


def documents(filters: frozenset[str]) -> str:
    """Documents newest first, filtered by $since / $until (published) and $kind; paged by
    $skip and $limit."""
    unknown = filters - DOCUMENT_FILTERS
    if unknown:
        raise ValueError(f"unknown document filters: {sorted(unknown)}")
    where = []
    if "since" in filters:
        where.append("d.published >= $since")
    if "until" in filters:
        where.append("d.published <= $until")
    if "kind" in filters:
        where.append("d.kind = $kind")
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    return (
        f"MATCH (d:{Label.DOCUMENT}){clause} RETURN {document_returns()} "
        "ORDER BY coalesce(d.published, '') DESC, d.id SKIP $skip LIMIT $limit"
    )


def document_facts(kind: EdgeKind, source: Label, target: Label) -> str:
    """Facts of one shape that document $id supports. It mentions every entity it states a
    fact about, so starting from its MENTIONS keeps this an index walk, not an edge scan."""
    return (
        f"MATCH (d:{Label.DOCUMENT} {{id: $id}})-[:{EdgeKind.MENTIONS}]->(s:{source})"
        f"-[r:{kind}]->(t:{target}) WHERE $id IN r.documents "
        f"RETURN {_fact_returns(kind)} ORDER BY s.id, t.id"
    )


def document_entities(label: Label) -> str:
    return (
        f"MATCH (d:{Label.DOCUMENT} {{id: $id}})-[:{EdgeKind.MENTIONS}]->(n:{label}) "
        f"RETURN n.id AS id, '{label}' AS label, n.name AS name, n.aliases AS aliases "
        "ORDER BY n.id"
    )


MAX_PATH_HOPS = 6


def shortest_paths(source: Label, target: Label, max_hops: int, dialect: str) -> str:
    """All shortest paths over fact relationships between $source and $target, at most
    $limit of them, as lists of node ids and relationship types.

    The hop bound is part of the pattern in both dialects (it cannot be a parameter), so it
    is checked to be a small int before it is written into the text."""
    if not isinstance(max_hops, int) or not 1 <= max_hops <= MAX_PATH_HOPS:
        raise ValueError(f"max_hops must be an int in 1..{MAX_PATH_HOPS}")
    types = "|".join(kind for kind, spec in EDGES.items() if spec.is_fact)
    ends = f"MATCH (a:{source} {{id: $source}}), (b:{target} {{id: $target}}) "
    if dialect == "ladybug":
        return (
            f"{ends}MATCH p = (a)-[:{types}* ALL SHORTEST 1..{max_hops}]-(b) "
            "RETURN list_transform(nodes(p), x -> x.id) AS ids, "
            "list_transform(rels(p), x -> label(x)) AS types LIMIT $limit"
        )
    return (
        f"{ends}MATCH p = allShortestPaths((a)-[:{types}*..{max_hops}]-(b)) "
        "RETURN [x IN nodes(p) | x.id] AS ids, [x IN relationships(p) | type(x)] AS types "
        "LIMIT $limit"
    )


def node_page(label: Label) -> str:
    """Every node of a label in id order, a page ($skip, $limit) at a time (exports)."""
    return f"MATCH (n:{label}) RETURN {node_returns(label)} ORDER BY n.id SKIP $skip LIMIT $limit"


def edge_page(kind: EdgeKind, source: Label, target: Label) -> str:
    """Every relationship of one shape, a page ($skip, $limit) at a time (exports)."""
    columns = f", {edge_returns(kind)}" if EDGES[kind].properties else ""
    return (
        f"MATCH (s:{source})-[r:{kind}]->(t:{target}) RETURN s.id AS source, t.id AS target"
        f"{columns} ORDER BY source, target SKIP $skip LIMIT $limit"
    )


def collected(query: str, columns: tuple[str, ...] | list[str]) -> str:
    """Neo4j only: `query` answering one record, its rows in order as a list of value lists
    (the driver pays per record; see `Neo4jStore._rows`)."""
    listed = ", ".join(f"`{column}`" for column in columns)
    return f"CALL {{ {query} }} RETURN collect([{listed}]) AS rows"


# The cheapest statement a store answers: the API's health check.
PING: Final = "RETURN 1 AS ok"
# What `POST /v1/cypher` documents as an example of a user's query.
EXAMPLE_USER_QUERY: Final = "MATCH (t:Target) RETURN t.id"
