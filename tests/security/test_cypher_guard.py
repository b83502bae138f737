"""The read-only Cypher endpoint, on both stores: writes, writing procedures, file loads and
admin commands get 403 and change nothing; the timeout stops a runaway query and the row cap
holds. And the second layer on its own: a write that slipped past the text check is refused
by the store's read-only transaction."""

from __future__ import annotations

import time

import pytest

from oncokg.exceptions import QueryForbiddenError, QueryRefusedError
from oncokg.graph.store import GraphStore
from tests.factories import sample_graph
from tests.reliability.snapshots import snapshot
from tests.security.conftest import Served

REFUSED = [
    "CREATE (:Molecule {id: 'molecule:evil', name: 'evil'})",
    "MATCH (n:Molecule) SET n.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n) REMOVE n.name",
    "MERGE (:Organization {id: 'org:evil'})",
    "UNWIND [1] AS x CREATE (:Target {id: 'target:X'})",
    "CALL db.createLabel('Evil')",
    "CALL db.createProperty('evil')",
    "CALL apoc.create.node(['Molecule'], {id: 'molecule:evil'})",
    "CALL apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})",
    "CALL dbms.security.changePassword('x')",
    "CALL dbms.shutdown()",
    "CALL dbms.killQueries(['q'])",
    "CALL db.clearQueryCaches()",
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS r RETURN r",
    "LOAD FROM '/etc/passwd' RETURN *",
    "COPY Molecule FROM '/etc/passwd'",
    "INSTALL httpfs",
    "LOAD EXTENSION httpfs",
    "ATTACH '/tmp/other.lbug' AS other (dbtype lbug)",
    "EXPORT DATABASE '/tmp/dump'",
    "CHECKPOINT",
    "DROP TABLE Molecule",
    "ALTER TABLE Molecule ADD evil STRING",
    "CREATE USER evil SET PASSWORD 'x'",
    "SHOW USERS",
    "USE system SHOW DATABASES",
    "CALL (n) { CREATE (m) } RETURN 1",
]
SLOW = (
    "UNWIND range(1, 30000) AS a UNWIND range(1, 30000) AS b "
    "WITH a, b WHERE (a * b + a) % 7919 = 3 RETURN count(*) AS c"
)


def test_cypher_refuses_every_write_and_admin_query(served: Served) -> None:
    for query in REFUSED:
        response = served.http.post("/v1/cypher", json={"query": query})
        assert response.status_code == 403, (query, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
    assert served.stop() == served.before


def test_cypher_timeout_stops_a_runaway_query(served: Served) -> None:
    started = time.monotonic()
    response = served.http.post("/v1/cypher", json={"query": SLOW})
    elapsed = time.monotonic() - started
    assert response.status_code == 400, response.text
    assert "ran past" in response.json()["detail"]
    assert elapsed < 15  # the fixture's limit is 1 s; the full query takes far longer
    again = served.http.post("/v1/cypher", json={"query": "RETURN 1 AS one"})
    assert again.json()["rows"] == [{"one": 1}]  # the connection is usable afterwards


def test_cypher_row_cap_on_a_large_result(served: Served) -> None:
    started = time.monotonic()
    body = served.http.post(
        "/v1/cypher", json={"query": "UNWIND range(1, 1000000) AS x RETURN x"}
    ).json()
    assert [row["x"] for row in body["rows"]] == [1, 2, 3, 4, 5]
    assert body["truncated"] is True
    assert time.monotonic() - started < 15


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (:Molecule {id: 'molecule:evil', name: 'evil'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n:Molecule) SET n.name = 'x' RETURN n.id",
    ],
)
def test_store_read_only_transaction_refuses_writes_past_the_text_check(
    store: GraphStore, query: str
) -> None:
    store.upsert(sample_graph())
    before = snapshot(store)
    with pytest.raises(QueryRefusedError) as refused:
        store.run_read_only(query, {}, timeout_s=5, max_rows=10)
    assert isinstance(refused.value, QueryForbiddenError), refused.value
    assert snapshot(store) == before
