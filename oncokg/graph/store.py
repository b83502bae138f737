"""`GraphStore`: the port both backends implement, and the write path they share.

The port: statements in, rows out (`read`, `read_many`, `run_read_only`, a write
transaction) plus the two batched raw reads the API coalesces (`search_rows`,
`neighbour_rows`). The write path: a batch gathered by `merging.build_batch`, merged into
what is stored by set-based statements that apply `merging`'s rules in the server (the
embedded store, with one writer, merges in Python). A backend supplies only how to
connect, run a statement and hold a transaction. What rows mean to a reader (search
ranking, neighbours, entity models) lives in `oncokg.graph.reads`.
"""

from __future__ import annotations

import abc
import gc
from collections.abc import Collection, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Self

from oncokg.exceptions import InputError, StoreError
from oncokg.extraction import Extraction
from oncokg.graph import queries
from oncokg.graph.merging import (
    SEARCH_SEPARATOR,
    Batch,
    Row,
    build_batch,
    node_merge_row,
    search_text,
)
from oncokg.graph.read_models import (
    UpsertSummary,
)
from oncokg.schema import (
    ENTITY_LABELS,
    STAGE_RANKS,
    EdgeKind,
    Label,
    edge_allowed,
    label_of,
)

# What a neighbours read asks for: an entity id and the fact kinds wanted.
NeighbourKey = tuple[str, tuple[EdgeKind, ...]]
# What a search read asks for: the needle (`merging.searchable`), the labels, rows per label.
SearchKey = tuple[str, tuple[Label, ...], int]


class Transaction(abc.ABC):
    @abc.abstractmethod
    def run(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        """Run one statement inside the transaction and return its rows as dicts."""


class GraphStore(abc.ABC):
    """A graph of OncoKG facts. Connects in `open()`, never in the constructor."""

    name: str = "store"
    # True when `bulk_load` can write a whole corpus into an empty store at once
    bulk_loads: bool = False

    # --- what a backend provides -------------------------------------------------------
    @abc.abstractmethod
    def open(self) -> None:
        """Connect and make sure the schema (tables, constraints, indexes) exists."""

    @abc.abstractmethod
    def close(self) -> None: ...

    @abc.abstractmethod
    def read(self, query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        """Run a read-only statement."""

    def neighbour_rows(self, keys: Sequence[NeighbourKey]) -> dict[NeighbourKey, list[Row]]:
        """For each (entity id, fact kinds), the facts around the entity as rows with
        `queries.NEIGHBOUR_COLUMNS`; keys with no such node are left out. Here: per key, the
        node check and a statement per pattern, in one read."""
        found = {}
        for (entity_id, kinds), label in labelled(keys):
            exists, *rows = self.read_many(
                [
                    (queries.fetch_nodes(label), {"ids": [entity_id]}),
                    *((query, {"id": entity_id}) for query in queries.neighbours(label, kinds)),
                ]
            )
            if exists:
                found[entity_id, kinds] = [row for part in rows for row in part]
        return found

    def read_many(self, statements: Sequence[tuple[str, dict[str, Any]]]) -> list[list[Row]]:
        """Several read statements, one result each; a backend may run them in one
        transaction to save round trips (Neo4j does)."""
        return [self.read(query, parameters) for query, parameters in statements]

    @abc.abstractmethod
    def run_read_only(
        self, query: str, parameters: dict[str, Any], *, timeout_s: float, max_rows: int
    ) -> tuple[list[str], list[Row], bool]:
        """Run a user's query where it cannot write, with a timeout and a row cap; returns
        (columns, rows, truncated). `oncokg.graph.readonly` checks the text first."""

    @abc.abstractmethod
    def write_transaction(self) -> AbstractContextManager[Transaction]:
        """A transaction that commits when the block ends and rolls back on an exception."""

    @abc.abstractmethod
    def clear(self) -> None:
        """Delete every node and relationship (tests and `oncokg reset`)."""

    def after_write(self, tx: Transaction, batch: Batch) -> None:  # noqa: B027 (optional hook)
        """Backend-specific extras once a batch is written (Neo4j adds :PressRelease)."""

    # --- shared behaviour ---------------------------------------------------------------
    @property
    def dialect(self) -> str:
        """Which Cypher dialect the store speaks: "ladybug" for the embedded store, else
        "neo4j". Named queries pick their `queries/ladybug/` variant by it."""
        return "ladybug" if self.name == "embedded" else "neo4j"

    def __enter__(self) -> Self:
        self.open()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def upsert(self, extractions: Sequence[Extraction]) -> UpsertSummary:
        """Write a batch of extractions in one transaction. Idempotent: a document already
        stored adds nothing, and a restated fact extends provenance instead of duplicating."""
        with paused_collection():
            batch = build_batch(extractions)
            validate(batch)
            with self.write_transaction() as tx:
                self.write_batch(tx, batch)
                self.after_write(tx, batch)
        return UpsertSummary(
            documents=len(extractions),
            nodes=sum(1 for n in batch.nodes.values() if n.label is not Label.DOCUMENT),
            facts=len(batch.facts),
            mentions=len(batch.mentions),
        )

    def write_batch(self, tx: Transaction, batch: Batch) -> None:
        """Merge a batch into what is stored, a set-based statement per label and
        relationship type: the server merges (`queries.merge_nodes_in_place`), so nothing is
        read back, and its MERGE keeps concurrent writers safe. A single-writer store may
        do better (the embedded store bulk-copies what is new)."""
        for label, nodes in batch.nodes_by_label().items():
            rows = [node_merge_row(node) for node in nodes]
            tx.run(
                queries.merge_nodes_in_place(label), {"rows": rows, "separator": SEARCH_SEPARATOR}
            )
        for (kind, source, target), facts in batch.facts_by_endpoints().items():
            rows = [fact.to_row() for fact in facts]
            tx.run(
                queries.merge_facts_in_place(kind, source, target),
                {"rows": rows, "ranks": STAGE_RANKS},
            )
        for label, rows in batch.mentions_by_label().items():
            tx.run(queries.merge_mentions(label), {"rows": rows})

    def bulk_load(self, batch: Batch) -> None:
        """Write a whole corpus's batch into an empty store at once (`bulk_loads` says
        whether the store can)."""
        raise StoreError(
            f"the {self.name} store has no bulk load; for a first load into Neo4j at scale, "
            "use neo4j-admin import (`oncokg export --format neo4j-admin`)"
        )

    def fill_search_text(self) -> None:
        """Give `search_text` to the nodes a version before it wrote, so that search finds
        them; after that, a scan per label that finds nothing. Backends call it once their
        schema is in place."""
        for label in ENTITY_LABELS:  # what search looks in; documents are not searched
            rows = self.read(queries.lacking_search_text(label))
            if rows:
                filled = [
                    {
                        "id": row["id"],
                        "search_text": search_text(row["name"] or "", row["aliases"] or []),
                    }
                    for row in rows
                ]
                with self.write_transaction() as tx:
                    tx.run(queries.set_search_text(label), {"rows": filled})

    def search_rows(self, keys: Sequence[SearchKey]) -> dict[SearchKey, list[Row]]:
        """For each key, the nodes whose `search_text` contains its needle, at most its limit
        per label, as rows with `queries.SEARCH_COLUMNS`. Here: a statement per key; the API
        asks for many at once under load (`api.batching`)."""
        return {
            key: self.read(queries.search_nodes(key[1]), {"q": key[0], "limit": key[2]})
            for key in dict.fromkeys(keys)
        }


@contextmanager
def paused_collection() -> Iterator[None]:
    """No cyclic garbage collection while a batch is shaped and written: its rows hold no
    cycles, and the passes the collector makes over a heap that a large load has grown cost
    more than the batch (building the batch of 5,000 documents: 1.21 s with, 0.28 s
    without). Left as it was found, so that nested or concurrent uses keep it off only
    while one of them runs."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def labelled(keys: Sequence[NeighbourKey]) -> list[tuple[NeighbourKey, Label]]:
    """Distinct keys with the label their id names; ids that name none are left out."""
    found = []
    for key in dict.fromkeys(keys):
        try:
            found.append((key, label_of(key[0])))
        except ValueError:
            continue
    return found


def validate(batch: Batch) -> None:
    """Refuse a batch whose facts break the schema's endpoint rules or dangle, before any
    write, so a bad extraction cannot leave a half-written graph."""
    for fact in batch.facts.values():
        where = _sources(batch, fact.supports[0].document)
        _check_edge(fact.kind, fact.source, fact.target, batch.nodes.keys(), where)


def validate_extraction(extraction: Extraction) -> None:
    """The same rules for one extraction, before it joins a batch: the pipeline reports a
    bad document alone instead of losing the batch it would have sunk."""
    known = {node.id for node in extraction.nodes}
    where = extraction.document.source or extraction.document.id
    for edge in extraction.edges:
        _check_edge(edge.kind, edge.source, edge.target, known, where)


def _check_edge(
    kind: EdgeKind, source: str, target: str, known: Collection[str], where: str
) -> None:
    if source not in known or target not in known:
        raise InputError(
            where, f"{kind} {source} -> {target} names a node the extraction does not have"
        )
    try:
        allowed = edge_allowed(kind, label_of(source), label_of(target))
    except ValueError as exc:
        raise InputError(where, str(exc)) from exc
    if not allowed:
        raise InputError(where, f"{kind} may not join {label_of(source)} to {label_of(target)}")


def _sources(batch: Batch, document_id: str) -> str:
    node = batch.nodes.get(document_id)
    return str(node.properties.get("source") or document_id) if node else document_id
