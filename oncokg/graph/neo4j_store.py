"""The Neo4j store, through the official driver.

Routing URIs (neo4j://, neo4j+s://) work unchanged, so a cluster or Aura needs no code
change. The driver is created in `open()`, never in the constructor.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from oncokg.exceptions import (
    QueryForbiddenError,
    QueryRefusedError,
    StoreError,
    StoreUnavailableError,
)
from oncokg.graph import queries
from oncokg.graph.cypher_files import read_cypher, statements
from oncokg.graph.rows import Batch, Row
from oncokg.graph.store import GraphStore, Transaction
from oncokg.schema import EDGES, LABELS, PRESS_RELEASE_KIND, EdgeKind, Label

_UNAVAILABLE = (ServiceUnavailable, SessionExpired, OSError)
READ_RETRY_S = 5.0


class _Neo4jTransaction(Transaction):
    def __init__(self, tx: neo4j.Transaction) -> None:
        self._tx = tx

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        return [record.data() for record in self._tx.run(query, parameters or {})]


class Neo4jStore(GraphStore):
    name = "neo4j"

    def __init__(
        self, uri: str, user: str, password: str, database: str = "neo4j", *, timeout: float = 30
    ) -> None:
        self.uri = uri
        self.database = database
        self._auth = (user, password)
        self._timeout = timeout
        self._driver: neo4j.Driver | None = None
        self._schema_applied = False

    def open(self) -> None:
        if self._driver is None:
            # Managed reads retry a lost server for at most this long (driver default 30 s,
            # which with back-off held an API request for about a minute after a crash).
            self._driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=self._auth,
                connection_timeout=self._timeout,
                max_transaction_retry_time=READ_RETRY_S,
                # "property key does not exist" and the like flood logs on a young graph
                notifications_min_severity="OFF",
            )
        try:
            self._driver.verify_connectivity()
            if not self._schema_applied:
                with self._session() as session:
                    for statement in statements(read_cypher("schema")):
                        session.run(statement).consume()
                self._schema_applied = True
        except AuthError as exc:
            raise StoreError(f"Neo4j at {self.uri} refused the credentials") from exc
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def _session(self) -> neo4j.Session:
        if self._driver is None:
            raise StoreUnavailableError("Neo4j store is not open")
        return self._driver.session(database=self.database)

    def read(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        try:
            with self._session() as session:
                return session.execute_read(
                    lambda tx: [r.data() for r in tx.run(query, parameters or {})]
                )
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j query failed: {exc.message}") from exc

    def neighbour_statements(
        self, label: Label, kinds: tuple[EdgeKind, ...], params: dict[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        """One statement for all patterns: a neighbours request is one round trip."""
        types = [str(kind) for kind in kinds]
        symmetric = [str(kind) for kind in kinds if EDGES[kind].symmetric]
        labels = [str(each) for each in LABELS]
        statement = queries.neighbours_one_statement(label)
        return [(statement, {**params, "types": types, "symmetric": symmetric, "labels": labels})]

    def read_many(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> list[list[Row]]:
        """All statements in one read transaction: one round trip for the session."""

        def work(tx: neo4j.ManagedTransaction) -> list[list[Row]]:
            return [[r.data() for r in tx.run(query, params)] for query, params in statements]

        try:
            with self._session() as session:
                return session.execute_read(work)
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j query failed: {exc.message}") from exc

    def run_read_only(
        self, query: str, parameters: dict[str, Any], *, timeout_s: float, max_rows: int
    ) -> tuple[list[str], list[Row], bool]:
        """A READ access-mode session, so the server itself refuses any write that got past
        the text check; the transaction timeout is enforced by the server too."""

        @neo4j.unit_of_work(timeout=timeout_s)
        def work(tx: neo4j.ManagedTransaction) -> tuple[list[str], list[Row], bool]:
            result = tx.run(query, parameters)
            columns = list(result.keys())
            rows: list[Row] = []
            for record in result:
                if len(rows) >= max_rows:
                    return columns, rows, True
                rows.append(record.data())
            return columns, rows, False

        if self._driver is None:
            raise StoreUnavailableError("Neo4j store is not open")
        try:
            with self._driver.session(
                database=self.database, default_access_mode=neo4j.READ_ACCESS
            ) as session:
                return session.execute_read(work)
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except (ValueError, TypeError, OverflowError) as exc:  # the driver cannot pack them
            raise QueryRefusedError(f"parameters Neo4j cannot take: {exc}") from exc
        except Neo4jError as exc:
            code = exc.code or ""
            if "AccessMode" in code or "Forbidden" in code or "Security" in code:
                raise QueryForbiddenError(f"refused by Neo4j: {exc.message}") from exc
            if "TransactionTimedOut" in code or "Timeout" in code:
                raise QueryRefusedError(f"the query ran past {timeout_s:g} s") from exc
            if code.startswith("Neo.ClientError"):
                raise QueryRefusedError(f"Neo4j refused the query: {exc.message}") from exc
            raise StoreError(f"Neo4j query failed: {exc.message}") from exc

    @contextmanager
    def write_transaction(self) -> Iterator[Transaction]:
        """An explicit transaction: all of a batch commits or none of it does."""
        try:
            with self._session() as session, session.begin_transaction() as tx:
                yield _Neo4jTransaction(tx)
                tx.commit()
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j write failed: {exc.message}") from exc

    def after_write(self, tx: Transaction, batch: Batch) -> None:
        ids = [
            node.id
            for node in batch.nodes.values()
            if node.label is Label.DOCUMENT and node.properties.get("kind") == PRESS_RELEASE_KIND
        ]
        if ids:
            tx.run(read_cypher("press_release_label"), {"ids": ids})

    def clear(self) -> None:
        with self._session() as session:
            session.run(
                "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"
            ).consume()
