"""Search on Neo4j is an index lookup: the TEXT indexes of `queries.neo4j_schema()` serve
the substring match, rather than a scan of every node of a label."""

from __future__ import annotations

import pytest

from oncokg.graph import reads
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.queries import search_nodes
from oncokg.schema import ENTITY_LABELS
from tests.factories import DRUG, sample_graph

pytestmark = pytest.mark.neo4j


def test_search_plan_uses_the_text_indexes(neo4j_store: Neo4jStore) -> None:
    neo4j_store.upsert(sample_graph())
    with neo4j_store._session() as session:  # the plan is in the result summary
        plan = (
            session.run("EXPLAIN " + search_nodes(ENTITY_LABELS), {"q": "mab", "limit": 50})
            .consume()
            .plan
        )
    operators: list[str] = []

    def walk(step: dict[str, object]) -> None:
        operators.append(str(step["operatorType"]))
        for child in step.get("children", []):  # type: ignore[attr-defined]
            walk(child)

    assert plan is not None
    walk(plan)
    scans = [op for op in operators if op.startswith("NodeIndexContainsScan")]
    assert len(scans) == len(ENTITY_LABELS), operators
    assert not any(op.startswith("NodeByLabelScan") for op in operators), operators


def test_nodes_written_without_search_text_get_it_on_open(neo4j_store: Neo4jStore) -> None:
    """As an earlier version left them: found by search once the store opens again."""
    neo4j_store.upsert(sample_graph())
    with neo4j_store.write_transaction() as tx:
        tx.run("MATCH (n) REMOVE n.search_text")
    assert reads.search(neo4j_store, "fooximab") == []
    neo4j_store.close()
    neo4j_store._schema_applied = False  # a new process
    neo4j_store.open()
    assert [hit.id for hit in reads.search(neo4j_store, "fooximab")] == [DRUG]
