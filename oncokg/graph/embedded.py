"""The embedded store: LadybugDB in a local folder, no server."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Callable, Iterator
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
from oncokg.graph.arrow import arrow_table
from oncokg.graph.merging import (
    Batch,
    FactRow,
    NodeRow,
    Row,
    fact_from_row,
    merge_fact,
    merge_node,
    node_from_row,
)
from oncokg.graph.store import GraphStore, Transaction
from oncokg.schema import EDGES, NODES, EdgeKind, Label, PropType

DATABASE_FILE = "graph.lbug"
MIN_BUFFER_POOL_BYTES = 1 << 30
# A checkpoint rewrites the pages a load keeps touching (adjacency of busy nodes); letting the
# write-ahead log grow to 64 MiB between checkpoints, rather than the engine's default, made a
# 30,000-document feed 142 s instead of 166 s, its last tenth 0.64 of its second (was 0.39).
CHECKPOINT_THRESHOLD_BYTES = 64 << 20


_Ends = tuple[Label, Label]  # a relationship's source and target labels
# how new rows are written: `_create` statements, or `_copy` into empty tables
_Create = Callable[[Transaction, Label | EdgeKind, _Ends | None, list[Row]], None]


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
    bulk_loads = True

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
        # each table's properties in stored order, which a bulk copy goes by
        self._columns: dict[Label | EdgeKind, list[tuple[str, PropType]]] = {}

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
            tables: list[Label | EdgeKind] = [*NODES, *EDGES]
            for table in tables:
                rows = self._execute(queries.table_columns(table))
                self._columns[table] = [(row["name"], PropType(row["type"])) for row in rows]
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

    def write_batch(self, tx: Transaction, batch: Batch) -> None:
        """With one writer, what the batch's keys hold is read and merged in Python
        (`merging`); what is new is created, and what is stored updated, by primary key
        (LadybugDB's MERGE would scan the table for every row)."""
        self._write(tx, batch, self._create, read_stored=True)

    def bulk_load(self, batch: Batch) -> None:
        """Write a whole corpus's batch into an empty store by bulk copy (`COPY FROM` an
        Arrow table per table, in one transaction): nothing stored to read or merge."""
        if self.read(queries.count_nodes(Label.DOCUMENT))[0]["count"]:
            raise StoreError(
                f"a bulk load needs an empty store; {self.data_dir} holds documents already"
            )
        with self.write_transaction() as tx:
            self._write(tx, batch, self._copy, read_stored=False)

    def _write(self, tx: Transaction, batch: Batch, create: _Create, *, read_stored: bool) -> None:
        new_nodes: set[str] = set()
        for label, incoming in batch.nodes_by_label().items():
            stored = {}
            if read_stored:
                ids = [node.id for node in incoming]
                stored = {
                    row["id"]: node_from_row(label, row)
                    for row in tx.run(queries.fetch_nodes(label), {"ids": ids})
                }
            rows = [merge_node(stored.get(node.id), node).to_row() for node in incoming]
            created = [row for row in rows if row["id"] not in stored]
            new_nodes.update(row["id"] for row in created)
            create(tx, label, None, created)
            updated = [row for row in rows if _changes(stored.get(row["id"]), row)]
            if updated:
                tx.run(queries.update_nodes(label), {"rows": updated})
        for (kind, source, target), facts in batch.facts_by_endpoints().items():
            known = {}
            if read_stored:
                keys = [{"source": f.source, "target": f.target} for f in facts]
                known = {
                    (row["source"], row["target"]): fact_from_row(kind, row)
                    for row in tx.run(queries.fetch_facts(kind, source, target), {"keys": keys})
                }
            merged = [merge_fact(known.get((f.source, f.target)), f) for f in facts]
            created = [f.to_row() for f in merged if (f.source, f.target) not in known]
            create(tx, kind, (source, target), created)
            updated = [
                row
                for row in (f.to_row() for f in merged if (f.source, f.target) in known)
                if _changes(known[row["source"], row["target"]], row)
            ]
            if updated:
                tx.run(queries.update_facts(kind, source, target), {"rows": updated})
        for label, mentions in batch.mentions_by_label().items():
            # a new document's mentions are new as well
            created = [row for row in mentions if row["source"] in new_nodes]
            create(tx, EdgeKind.MENTIONS, (Label.DOCUMENT, label), created)
            others = [row for row in mentions if row["source"] not in new_nodes]
            if others:
                tx.run(queries.merge_mentions(label), {"rows": others})

    def _create(
        self, tx: Transaction, table: Label | EdgeKind, ends: _Ends | None, rows: list[Row]
    ) -> None:
        if not rows:
            return
        if isinstance(table, Label):
            tx.run(queries.create_nodes(table), {"rows": rows})
        elif ends is not None:
            tx.run(queries.create_facts(table, *ends), {"rows": rows})

    def _copy(
        self, tx: Transaction, table: Label | EdgeKind, ends: _Ends | None, rows: list[Row]
    ) -> None:
        if not rows:
            return
        if isinstance(table, Label):
            tx.run(queries.copy_nodes(table), {"rows": arrow_table(rows, self._columns[table])})
        elif ends is not None:  # a relationship's endpoints come first
            columns = [("source", PropType.STRING), ("target", PropType.STRING)]
            table_rows = arrow_table(rows, columns + self._columns[table])
            tx.run(queries.copy_relationships(table, *ends), {"rows": table_rows})

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


def _changes(stored: NodeRow | FactRow | None, merged: Row) -> bool:
    """Whether a merged row differs from what is stored. A restated entity or a reloaded
    document usually changes nothing, and a write of the same values still costs: it fills
    the write-ahead log, and so brings the next checkpoint (which rewrites the busiest
    tables whole) nearer."""
    return stored is not None and stored.to_row() != merged


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
