"""The read-only check on text alone: what passes, what is forbidden, what is malformed."""

from __future__ import annotations

import datetime as dt

import pytest

from oncokg.exceptions import QueryRefusedError
from oncokg.graph.readonly import (
    QueryForbiddenError,
    check_read_only,
    strip_literals,
    to_json_value,
)


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n:Molecule) RETURN n.name",
        "MATCH (n) WHERE n.name = 'CREATE DELETE' RETURN n",
        'RETURN "SET x = 1" AS s',
        "MATCH (n) RETURN n.`set` AS x",
        "MATCH (n) RETURN n // DELETE everything",
        "MATCH (n) /* MERGE */ RETURN n;",
        "CALL db.labels() YIELD label RETURN label",
        "CALL show_tables() RETURN *",
        "MATCH (n) CALL (n) { MATCH (n)--(m) RETURN count(m) AS c } RETURN c",
        "RETURN 'it\\'s fine' AS s",
        "MATCH (n) WHERE n.settled = true RETURN n.created_at",
    ],
)
def test_readonly_allows_reads(query: str) -> None:
    assert check_read_only(query)


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (n)",
        "match (n) set n.x = 1",
        "MATCH (n) DETACH DELETE n",
        "MATCH (n) REMOVE n:Molecule",
        "MERGE (n:X {id: 1})",
        "LOAD CSV FROM 'https://evil/x.csv' AS row RETURN row",
        "LOAD FROM 'x.parquet' RETURN *",
        "COPY Molecule FROM 'x.csv'",
        "INSTALL httpfs",
        "DROP TABLE Molecule",
        "CALL dbms.killQueries(['1'])",
        "CALL apoc.create.node(['X'], {})",
        "CALL db.createLabel('X')",
        "SHOW DATABASES",
        "USE system MATCH (n) RETURN n",
        "FOREACH (x IN [1] | CREATE (:X))",
        "BEGIN TRANSACTION",
        "MATCH (n) RETURN n UNION MATCH (m) DELETE m RETURN m",
    ],
)
def test_readonly_forbids_writes_admin_and_loads(query: str) -> None:
    with pytest.raises(QueryForbiddenError):
        check_read_only(query)


@pytest.mark.parametrize(
    "query",
    ["", "   ;", "RETURN 1; RETURN 2", "RETURN 'open", "RETURN 1 /* open", "x" * 20_001],
)
def test_readonly_refuses_malformed(query: str) -> None:
    with pytest.raises(QueryRefusedError):
        check_read_only(query)


def test_readonly_strip_literals_keeps_structure() -> None:
    assert strip_literals("RETURN 'a;b' AS x // c") == "RETURN  ''  AS x "


def test_readonly_to_json_value() -> None:
    value = {"d": dt.date(2024, 1, 2), "f": float("nan"), "l": (1, b"\x01"), "n": None}
    assert to_json_value(value) == {"d": "2024-01-02", "f": "nan", "l": [1, "01"], "n": None}
