"""The Neo4j store, through the official driver.

Routing URIs (neo4j://, neo4j+s://) work unchanged, so a cluster or Aura needs no code
change. The driver is created in `open()`, never in the constructor.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import neo4j
from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable, SessionExpired

from oncokg.exceptions import (
    QueryForbiddenError,
    QueryRefusedError,
    StoreError,
    StoreUnavailableError,
)
from oncokg.graph import queries
from oncokg.graph.merging import Batch, Row
from oncokg.graph.store import GraphStore, NeighbourKey, SearchKey, Transaction, labelled
from oncokg.schema import EDGES, LABELS, PRESS_RELEASE_KIND, EdgeKind, Label

_UNAVAILABLE = (ServiceUnavailable, SessionExpired, OSError)
READ_RETRY_S = 5.0
# How long past its timeout a user's query may run before its transaction is terminated.
TERMINATE_GRACE_S = 0.5
# How long after the termination the caller stops waiting for the query's answer.
ABANDON_AFTER_S = 1.0
# The most a request waits for a connection from the driver's pool (default 60 s: under a
# frozen server every connection is stuck, and requests would queue for a minute).
ACQUISITION_TIMEOUT_S = 5.0
TRANSIENT_READ_TRIES = 3
TRANSIENT_PAUSE_S = 0.02
T = TypeVar("T")
_LABEL_NAMES = [str(label) for label in LABELS]


Runner = neo4j.ManagedTransaction | neo4j.Session
# A statement that ends in a LIMIT returns a bounded number of rows: those come back as one
# record (see `Neo4jStore._rows`).
_BOUNDED = re.compile(r"\bLIMIT\s+(?:\$\w+|\d+)\s*$", re.IGNORECASE)


def _rows(runner: Runner, query: str, parameters: dict[str, Any]) -> list[Row]:
    """Rows as dicts of the values the driver decoded. Not `Record.data()`, which walks
    every value again (a third of a read's client time): the package's own queries return
    plain values, and users' Cypher (API, notebooks) goes through `run_read_only`."""
    result = runner.run(query, parameters)
    keys = result.keys()
    return [dict(zip(keys, record, strict=True)) for record in result]


def _within(call: Callable[[], T], seconds: float) -> T:
    """`call()` in a thread of its own, given up after `seconds`. Neo4j stops a terminated
    transaction only at its next check point, and an expression with none (a `reduce` over
    millions of items) runs on; the caller, an API worker, must not wait for it."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(call())
        except BaseException as exc:  # handed to the caller
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True, name="oncokg-user-query")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise TimeoutError(f"no answer within {seconds:g} s")
    if failure:
        raise failure[0]
    return outcome[0]


def _retrying_transient(read: Callable[[], T]) -> T:
    """`read()`, again after a short pause if the server calls its error transient (out of
    transaction memory under a burst, say), up to `TRANSIENT_READ_TRIES` times in all. An
    auto-commit read has no driver retry of its own, so without this a transient error
    reached API clients as a 500. Unavailability is not retried: that answers 503 at once
    and the API reconnects."""
    for attempt in range(1, TRANSIENT_READ_TRIES):
        try:
            return read()
        except Neo4jError as exc:
            if not exc.is_retryable():
                raise
            time.sleep(TRANSIENT_PAUSE_S * attempt)
    return read()


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
        self._columns: dict[str, tuple[str, ...]] = {}  # of bounded statements (`_rows`)

    def open(self) -> None:
        if self._driver is None:
            # Managed reads retry a lost server for at most this long (driver default 30 s,
            # which with back-off held an API request for about a minute after a crash).
            self._driver = neo4j.GraphDatabase.driver(
                self.uri,
                auth=self._auth,
                connection_timeout=self._timeout,
                connection_acquisition_timeout=ACQUISITION_TIMEOUT_S,
                max_transaction_retry_time=READ_RETRY_S,
                # "property key does not exist" and the like flood logs on a young graph
                notifications_min_severity="OFF",
            )
        try:
            self._driver.verify_connectivity()
            if not self._schema_applied:
                with self._session() as session:
                    for statement in queries.neo4j_schema():
                        session.run(statement).consume()
                self.fill_search_text()
                self._schema_applied = True
        except AuthError as exc:
            raise StoreError(f"Neo4j at {self.uri} refused the credentials") from exc
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc

    def close(self) -> None:
        if self._driver is not None:
            self._driver.close()
            self._driver = None

    def _session(self, access_mode: str = neo4j.WRITE_ACCESS) -> neo4j.Session:
        if self._driver is None:
            raise StoreUnavailableError("Neo4j store is not open")
        return self._driver.session(database=self.database, default_access_mode=access_mode)

    def read(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        """An auto-commit read: one round trip, where a managed transaction takes two (its
        COMMIT waits for an answer of its own)."""
        return self.read_many([(query, parameters or {})])[0]

    def neighbour_rows(self, keys: Sequence[NeighbourKey]) -> dict[NeighbourKey, list[Row]]:
        """One statement per (label, kinds) among the keys, all in one read: the API asks
        for the neighbours of many entities at once under load (`api.batching`)."""
        groups: dict[tuple[Label, tuple[EdgeKind, ...]], list[str]] = {}
        for (entity_id, kinds), label in labelled(keys):
            groups.setdefault((label, kinds), []).append(entity_id)
        statements = [
            (
                queries.neighbours_by_ids(label, kinds),
                {
                    "ids": ids,
                    "symmetric": [str(kind) for kind in kinds if EDGES[kind].symmetric],
                    "labels": _LABEL_NAMES,
                },
            )
            for (label, kinds), ids in groups.items()
        ]
        found = {}
        for (_, kinds), results in zip(groups, self.read_many(statements), strict=True):
            for result in results:
                found[result["id"], kinds] = [
                    dict(zip(queries.NEIGHBOUR_COLUMNS, row, strict=True)) for row in result["rows"]
                ]
        return found

    def search_rows(self, keys: Sequence[SearchKey]) -> dict[SearchKey, list[Row]]:
        """One statement per (labels, limit) among the keys, for all their needles at once,
        all in one read. A search is a few index lookups; a statement per search cost the
        client 0.8 ms of CPU, against 0.1 ms a search in a statement for 16."""
        groups: dict[tuple[tuple[Label, ...], int], list[str]] = {}
        for needle, labels, limit in dict.fromkeys(keys):
            groups.setdefault((labels, limit), []).append(needle)
        statements = [
            (queries.search_nodes_by_needles(labels), {"qs": needles, "limit": limit})
            for (labels, limit), needles in groups.items()
        ]
        found: dict[SearchKey, list[Row]] = {key: [] for key in keys}  # no match: no row
        for (labels, limit), results in zip(groups, self.read_many(statements), strict=True):
            for result in results:
                found[result["q"], labels, limit] = [
                    dict(zip(queries.SEARCH_COLUMNS, row, strict=True)) for row in result["rows"]
                ]
        return found

    def read_many(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> list[list[Row]]:
        """Several statements share one read transaction (one snapshot, one session); a
        single one runs auto-commit."""

        def work(tx: neo4j.ManagedTransaction) -> list[list[Row]]:
            return [self._rows(tx, query, params) for query, params in statements]

        try:
            with self._session(neo4j.READ_ACCESS) as session:
                if len(statements) == 1:
                    return [_retrying_transient(lambda: self._rows(session, *statements[0]))]
                return session.execute_read(work)  # the driver retries these itself
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j query failed: {exc.message}") from exc

    def _rows(self, runner: Runner, query: str, parameters: dict[str, Any]) -> list[Row]:
        """`_rows`, but a statement bounded by a LIMIT comes back as a single record: the
        driver reads each record with two socket reads and a Python round of its own. For a
        30-row landscape that was most of the client's time (halved) and a third of the
        wall time; an export's 5,000-row pages take a fifth of the client CPU and half the
        time. Unbounded reads stay streamed. The columns are learnt once, from an EXPLAIN.
        (Few, large records gain nothing: one row per node of `neighbours_by_ids`, collected,
        took longer, as the server no longer streams them.)"""
        if not _BOUNDED.search(query):
            return _rows(runner, query, parameters)
        columns = self._columns.get(query)
        if columns is None:
            plan = runner.run(f"EXPLAIN {query}", parameters)
            columns = self._columns[query] = tuple(plan.keys())
            plan.consume()
        (record,) = runner.run(queries.collected(query, columns), parameters)
        return [dict(zip(columns, values, strict=True)) for values in record[0]]

    def run_read_only(
        self, query: str, parameters: dict[str, Any], *, timeout_s: float, max_rows: int
    ) -> tuple[list[str], list[Row], bool]:
        """A READ access-mode session, so the server itself refuses any write that got past
        the text check; the transaction timeout is enforced by the server too, and where
        the server does not stop a query at it (an expression with no check point), a
        timer terminates the transaction from another session."""
        tag = uuid.uuid4().hex
        timer = threading.Timer(timeout_s + TERMINATE_GRACE_S, self._terminate, (tag,))
        timer.daemon = True

        def collect(result: neo4j.Result) -> tuple[list[str], list[Row], bool]:
            columns = list(result.keys())
            rows: list[Row] = []
            for record in result:
                if len(rows) >= max_rows:
                    return columns, rows, True
                rows.append(record.data())
            return columns, rows, False

        def run() -> tuple[list[str], list[Row], bool]:
            # an explicit transaction, never retried: a managed one would run a query that
            # was terminated for its time all over again
            with (
                self._session(neo4j.READ_ACCESS) as session,
                session.begin_transaction(
                    timeout=timeout_s, metadata={queries.QUERY_TAG: tag}
                ) as tx,
            ):
                found = collect(tx.run(query, parameters))
                tx.rollback()
                return found

        timer.start()
        try:
            return _within(run, timeout_s + TERMINATE_GRACE_S + ABANDON_AFTER_S)
        except TimeoutError as exc:  # before _UNAVAILABLE, which holds its base, OSError
            raise QueryRefusedError(
                f"the query ran past {timeout_s:g} s; it was terminated on the server"
            ) from exc
        except _UNAVAILABLE as exc:
            raise StoreUnavailableError(f"Neo4j at {self.uri} is unreachable: {exc}") from exc
        except (ValueError, TypeError, OverflowError) as exc:  # the driver cannot pack them
            raise QueryRefusedError(f"parameters Neo4j cannot take: {exc}") from exc
        except Neo4jError as exc:
            code = exc.code or ""
            if "AccessMode" in code or "Forbidden" in code or "Security" in code:
                raise QueryForbiddenError(f"refused by Neo4j: {exc.message}") from exc
            if "Terminated" in code or "Timeout" in code or "TimedOut" in code:
                raise QueryRefusedError(f"the query ran past {timeout_s:g} s") from exc
            if code.startswith("Neo.ClientError"):
                raise QueryRefusedError(f"Neo4j refused the query: {exc.message}") from exc
            raise StoreError(f"Neo4j query failed: {exc.message}") from exc
        finally:
            timer.cancel()

    def _terminate(self, tag: str) -> None:
        """Terminate the transactions of the query tagged `tag` (a timer's thread)."""
        with contextlib.suppress(Neo4jError, *_UNAVAILABLE), self._session() as session:
            ids = [row["id"] for row in session.run(queries.TAGGED_TRANSACTIONS, tag=tag)]
            if ids:
                session.run(queries.TERMINATE_TRANSACTIONS, ids=ids).consume()

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
            tx.run(queries.SET_PRESS_RELEASE_LABEL, {"ids": ids})

    def clear(self) -> None:
        with self._session() as session:
            for statement in queries.CLEAR_IN_BATCHES:
                session.run(statement).consume()
