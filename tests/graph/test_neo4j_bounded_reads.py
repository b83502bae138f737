"""Reads bounded by a LIMIT come back from Neo4j as one record (`Neo4jStore._rows`): they
must answer the same rows, in the same order, as the statement run as it is."""

from __future__ import annotations

import pytest

from oncokg.graph.neo4j_store import _BOUNDED, Neo4jStore

DESCENDING = (
    "UNWIND range(1, 50) AS i "
    "RETURN i AS n, toString(i) AS `odd name`, [i, null] AS xs ORDER BY n DESC LIMIT $limit"
)


@pytest.mark.parametrize(
    ("query", "bounded"),
    [
        ("MATCH (n) RETURN n.id AS id LIMIT $limit", True),
        ("MATCH (n) RETURN n.id AS id SKIP $skip LIMIT 25\n", True),
        ("MATCH (n) RETURN n.id AS id limit $limit", True),
        ("MATCH (n) WITH n LIMIT $limit RETURN n.id AS id", False),
        ("MATCH (n) RETURN n.id AS id", False),
    ],
)
def test_only_a_statement_that_ends_in_a_limit_is_bounded(query: str, bounded: bool) -> None:
    assert bool(_BOUNDED.search(query)) is bounded


@pytest.mark.neo4j
def test_neo4j_bounded_read_answers_the_rows_in_their_order(neo4j_store: Neo4jStore) -> None:
    expected = [{"n": i, "odd name": str(i), "xs": [i, None]} for i in range(50, 40, -1)]
    assert neo4j_store.read(DESCENDING, {"limit": 10}) == expected
    assert neo4j_store._columns[DESCENDING] == ("n", "odd name", "xs")  # the one-record path
    assert neo4j_store.read(DESCENDING, {"limit": 10}) == expected  # columns known now
    assert neo4j_store.read(DESCENDING, {"limit": 0}) == []
    first, second = neo4j_store.read_many([(DESCENDING, {"limit": 2}), (DESCENDING, {"limit": 1})])
    assert (first, second) == (expected[:2], expected[:1])


@pytest.mark.neo4j
def test_neo4j_unbounded_read_is_run_as_it_is(neo4j_store: Neo4jStore) -> None:
    query = "UNWIND [3, 1, 2] AS i RETURN i"
    assert neo4j_store.read(query) == [{"i": 3}, {"i": 1}, {"i": 2}]
    assert query not in neo4j_store._columns
