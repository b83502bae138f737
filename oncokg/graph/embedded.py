"""The embedded store: LadybugDB in a local folder, no server."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ladybug

from oncokg.exceptions import (
    QueryForbiddenError,
    QueryRefusedError,
    StoreError,
    StoreUnavailableError,
)
from oncokg.graph import queries
from oncokg.graph.merging import Row
from oncokg.graph.store import GraphStore, Transaction

DATABASE_FILE = "graph.lbug"
MIN_BUFFER_POOL_BYTES = 1 << 30
# A checkpoint rewrites the pages a load keeps touching (adjacency of busy nodes); letting the
# write-ahead log grow to 64 MiB between checkpoints, rather than the engine's default, made a
# 30,000-document feed 142 s instead of 166 s, its last tenth 0.64 of its second (was 0.39).
CHECKPOINT_THRESHOLD_BYTES = 64 << 20


def buffer_pool_bytes() -> int:
    """A quarter of the machine's memory, at least 1 GiB (address space, used only as the
    graph needs it). A checkpoint holds the pages it rewrites in the pool: with a fixed
    512 MiB, the load of a 100,000-document feed failed after 12 minutes, part way through."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError):  # not a POSIX system that tells
        return MIN_BUFFER_POOL_BYTES
    return max(MIN_BUFFER_POOL_BYTES, total // 4)


class _LadybugTransaction(Transaction):
    def __init__(self, store: EmbeddedStore) -> None:
        self._store = store

    def run(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        return self._store._execute(query, parameters)


class EmbeddedStore(GraphStore):
    """LadybugDB holds one writer per database; a lock serialises this process's use of it."""

    name = "embedded"
    single_writer = True

    def __init__(self, data_dir: Path | str, *, read_only: bool = False) -> None:
        self.data_dir = Path(data_dir)
        self.read_only = read_only
        self._database: ladybug.Database | None = None
        self._connection: ladybug.Connection | None = None
        self._lock = threading.RLock()
        # users' Cypher runs on a connection of its own, one query at a time, so that a
        # query the engine is slow to interrupt never holds up the store's other requests
        self._user_connection: ladybug.Connection | None = None
        self._user_lock = threading.Lock()

    def open(self) -> None:
        if self._connection is not None:
            return
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            self._database = ladybug.Database(
                str(self.data_dir / DATABASE_FILE),
                buffer_pool_size=buffer_pool_bytes(),
                checkpoint_threshold=CHECKPOINT_THRESHOLD_BYTES,
                read_only=self.read_only,
            )
            self._connection = ladybug.Connection(self._database)
        except (OSError, RuntimeError) as exc:
            raise StoreUnavailableError(
                f"cannot open embedded store in {self.data_dir}: {exc}"
            ) from exc
        if not self.read_only:
            for statement in queries.ladybug_ddl():
                self._execute(statement)
            self.fill_search_text()

    def close(self) -> None:
        with self._lock:
            if self._user_connection is not None:
                self._user_connection.close()
                self._user_connection = None
            if self._connection is not None:
                self._connection.close()
            if self._database is not None:
                self._database.close()
            self._connection = None
            self._database = None

    def read(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        return self._execute(query, parameters)

    def run_read_only(
        self, query: str, parameters: dict[str, Any], *, timeout_s: float, max_rows: int
    ) -> tuple[list[str], list[Row], bool]:
        """On the users' own connection, in `BEGIN TRANSACTION READ ONLY` (which refuses
        writes), rolled back whatever happens. LadybugDB checks its timeout only between
        steps of a query, so a timer also interrupts it; meanwhile the store's own
        connection goes on serving other requests. A second user query waits for the first
        at most its own timeout."""
        if not self._user_lock.acquire(timeout=timeout_s):
            raise QueryRefusedError(f"another query is still running after {timeout_s:g} s")
        try:
            connection = self._users_connection()
            connection.set_query_timeout(max(1, int(timeout_s * 1000)))
            timer = threading.Timer(timeout_s, connection.interrupt)
            timer.daemon = True
            connection.execute("BEGIN TRANSACTION READ ONLY")
            timer.start()
            try:
                return _limited(connection.execute(query, parameters), max_rows)
            except (ValueError, TypeError, OverflowError) as exc:
                raise QueryRefusedError(f"parameters LadybugDB cannot take: {exc}") from exc
            except RuntimeError as exc:
                message = str(exc).lower()
                if "interrupted" in message or "timeout" in message:
                    raise QueryRefusedError(f"the query ran past {timeout_s:g} s") from exc
                if "read-only" in message or "read only" in message:
                    raise QueryForbiddenError(f"refused by LadybugDB: {exc}") from exc
                raise QueryRefusedError(f"LadybugDB refused the query: {exc}") from exc
            finally:
                timer.cancel()
                with contextlib.suppress(RuntimeError):  # a failed query may have ended it
                    connection.execute("ROLLBACK")
                connection.set_query_timeout(0)
        finally:
            self._user_lock.release()

    def _users_connection(self) -> ladybug.Connection:
        with self._lock:
            if self._database is None:
                raise StoreUnavailableError("embedded store is not open")
            if self._user_connection is None:
                self._user_connection = ladybug.Connection(self._database)
            return self._user_connection

    @contextmanager
    def write_transaction(self) -> Iterator[Transaction]:
        with self._lock:
            self._execute("BEGIN TRANSACTION")
            try:
                yield _LadybugTransaction(self)
            except BaseException:
                # a failed statement may have ended the transaction already; the error that
                # failed it is the one to raise, not "no active transaction"
                with contextlib.suppress(StoreError):
                    self._execute("ROLLBACK")
                raise
            self._execute("COMMIT")

    def clear(self) -> None:
        with self.write_transaction() as tx:
            tx.run(queries.CLEAR)

    def _execute(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        with self._lock:
            if self._connection is None:
                raise StoreUnavailableError("embedded store is not open")
            try:
                result = self._connection.execute(query, parameters or {})
            except RuntimeError as exc:
                raise StoreError(f"embedded store query failed: {exc}") from exc
            if isinstance(result, list):  # several statements: keep the last result
                result = result[-1]
            columns = result.get_column_names()
            rows = [dict(zip(columns, values, strict=True)) for values in result.get_all()]
            result.close()
            return rows


def _limited(
    result: ladybug.QueryResult | list[ladybug.QueryResult], max_rows: int
) -> tuple[list[str], list[Row], bool]:
    if isinstance(result, list):
        raise QueryRefusedError("one statement at a time")
    columns = list(result.get_column_names())
    rows: list[Row] = []
    truncated = False
    while result.has_next():
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append(dict(zip(columns, result.get_next(), strict=True)))
    result.close()
    return columns, rows, truncated
