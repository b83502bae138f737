"""read → extract → upsert, in windows of documents; one bad document never stops the rest.

The one ingestion path: the CLI (`ingest`) and the API's document upload
(`ingest_documents`) both run it, with the same validation, replacement of older versions and
resolution; neither knows how documents are read or facts stored.
Extraction is pure, so it runs in worker processes; reading and writing stay in this one.
Memory stays flat in corpus size: documents stream through one window at a time.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice
from multiprocessing.pool import Pool
from pathlib import Path
from typing import TypeVar

from oncokg.exceptions import InputError, OncoKGError, StoreError
from oncokg.extraction import Document, Extraction
from oncokg.graph import queries
from oncokg.graph.incremental import known_documents, remove_documents, superseded_documents
from oncokg.graph.merging import Batch, BatchBuilder
from oncokg.graph.resolve import resolve
from oncokg.graph.store import GraphStore, paused_collection, validate, validate_extraction
from oncokg.loaders.extract import extract
from oncokg.loaders.read import iter_documents
from oncokg.schema import Label


@dataclass
class IngestReport:
    documents: int = 0  # newly stored
    unchanged: int = 0  # already stored with the same content
    replaced: int = 0  # older versions (same path or URL) whose contribution was taken back
    merged: int = 0  # nodes merged into another once a document linked their names
    older: int = 0  # dated before the run's `since`, not read further
    nodes: int = 0
    facts: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A run fails only when it was given something and could ingest none of it."""
        return self.documents > 0 or self.unchanged > 0 or not self.errors


Progress = Callable[[IngestReport], None]
T = TypeVar("T")


class Status(StrEnum):
    """What ingesting made of one document."""

    NEW = "new"  # stored
    UNCHANGED = "unchanged"  # already stored with the same content: nothing written
    REPLACED = "replaced"  # stored, and an older version at its path or URL taken back


@dataclass(frozen=True)
class Outcome:
    document: Document
    status: Status
    extraction: Extraction | None = None  # None when unchanged (it was not extracted again)


OnDocument = Callable[[Outcome], None]


def extract_item(document: Document) -> Extraction | InputError:
    """Extract one document; a failure becomes an error naming it (runs in workers)."""
    try:
        return extract(document)
    except OncoKGError as exc:
        return InputError(document.source or document.id, str(exc))
    except Exception as exc:  # an extractor bug must not stop a batch of thousands
        return InputError(document.source or document.id, f"extraction failed: {exc!r}")


class Workers:
    """Extraction processes, forked on first need: a run with nothing new to extract (a
    re-ingest of an unchanged corpus) neither forks nor loads the vocabulary. Forked
    workers inherit the vocabulary the parent loaded, so none loads it again."""

    def __init__(self, count: int) -> None:
        self.count = count
        self._pool: Pool | None = None

    def pool(self) -> Pool | None:
        if self.count <= 1:
            return None
        if self._pool is None:
            extract(Document(text="warm-up"))  # load the vocabulary once, before forking
            self._pool = multiprocessing.get_context("fork").Pool(self.count)
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None


@contextmanager
def worker_pool(workers: int) -> Iterator[Workers]:
    pool = Workers(workers)
    try:
        yield pool
    finally:
        pool.close()


def _windows(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while window := list(islice(iterator, size)):
        yield window


def ingest(
    paths: Iterable[Path | str],
    store: GraphStore,
    *,
    batch_size: int = 500,
    workers: int = 1,
    progress: Progress | None = None,
    since: str | None = None,
    bulk: bool = False,
) -> IngestReport:
    """Read, extract and store everything under `paths` (files, folders, globs, URLs);
    bad inputs are reported, not raised. With `since` (an ISO date), documents dated
    before it are skipped (a feed's old items); undated ones are kept. With `bulk`, a
    first load into an empty store (see `BulkLoad`).

    A `StoreError` is raised: when the store fails, stopping is right."""
    return ingest_documents(
        iter_documents(paths),
        store,
        batch_size=batch_size,
        workers=workers,
        progress=progress,
        since=since,
        bulk=bulk,
    )


def ingest_documents(
    items: Iterable[Document | InputError],
    store: GraphStore,
    *,
    batch_size: int = 500,
    workers: int = 1,
    progress: Progress | None = None,
    on_document: OnDocument | None = None,
    since: str | None = None,
    bulk: bool = False,
) -> IngestReport:
    """Windows flow through a two-stage pipeline: while the workers extract window n+1,
    this process writes window n, so neither the cores nor the store wait on the other.
    `on_document` hears what became of each document (the API answers with it)."""
    report = IngestReport()
    tell = on_document or _told
    load = BulkLoad(store) if bulk else None
    with worker_pool(workers) as pool:  # a Workers, forking on first need
        pending: Callable[[], list[Extraction | InputError]] | None = None
        for window in _windows(items, batch_size):
            fresh = _fresh_documents(window, store, report, tell, since, load)
            extracting = _start_extraction(fresh, pool)
            if pending is not None:
                _store_window(pending(), store, report, tell, load)
                if progress:
                    progress(report)
            pending = extracting
        if pending is not None:
            _store_window(pending(), store, report, tell, load)
            if progress:
                progress(report)
    return _finish(store, report, load)


def load_extractions(
    items: Iterable[Extraction | InputError],
    store: GraphStore,
    *,
    batch_size: int = 500,
    progress: Progress | None = None,
    bulk: bool = False,
) -> IngestReport:
    """Store extractions made elsewhere (the distributed job's JSON Lines) by the same path
    as `ingest`, without extracting again: documents already stored are unchanged, older
    versions replaced, each extraction validated alone, names resolved at the end."""
    report = IngestReport()
    load = BulkLoad(store) if bulk else None
    for window in _windows(items, batch_size):
        extractions = {item.document.id: item for item in window if isinstance(item, Extraction)}
        documents = [item.document if isinstance(item, Extraction) else item for item in window]
        fresh = _fresh_documents(documents, store, report, _told, None, load)
        _store_window([extractions[d.id] for d in fresh], store, report, _told, load)
        if progress:
            progress(report)
    return _finish(store, report, load)


def _finish(store: GraphStore, report: IngestReport, load: BulkLoad | None) -> IngestReport:
    """Write a bulk load, then resolve: always, not only when something new was stored (a
    run interrupted after its last write but before resolving leaves merges that the next,
    otherwise idle, run must make)."""
    if load is not None:
        load.finish(report)
    report.merged = len(resolve(store))
    return report


def _told(outcome: Outcome) -> None:
    """Nobody to tell what became of each document."""


def _fresh_documents(
    window: list[Document | InputError],
    store: GraphStore,
    report: IngestReport,
    tell: OnDocument,
    since: str | None = None,
    load: BulkLoad | None = None,
) -> list[Document]:
    """The window's documents not stored yet (nor dated before `since`); unreadable inputs
    go to the report."""
    unique: dict[str, Document] = {}
    repeated: list[Document] = []
    for item in window:
        if isinstance(item, InputError):
            report.errors.append(item)
        elif since and item.published and item.published < since:
            report.older += 1
        elif item.id in unique:
            repeated.append(item)
        else:
            unique[item.id] = item
    known = load.known(unique) if load else known_documents(store, unique)
    for document in repeated + [doc for doc_id, doc in unique.items() if doc_id in known]:
        report.unchanged += 1
        tell(Outcome(document, Status.UNCHANGED))
    return [doc for doc_id, doc in unique.items() if doc_id not in known]


def _start_extraction(
    documents: list[Document], workers: Workers
) -> Callable[[], list[Extraction | InputError]]:
    """Start extracting (in the workers when there are any); call the result to wait."""
    pool = workers.pool() if documents else None
    if pool is None:
        return lambda: [extract_item(d) for d in documents]
    running = pool.map_async(extract_item, documents, max(1, len(documents) // 16))
    return lambda: running.get()


def _store_window(
    results: list[Extraction | InputError],
    store: GraphStore,
    report: IngestReport,
    tell: OnDocument,
    load: BulkLoad | None = None,
) -> None:
    extractions: list[Extraction] = []
    for result in results:
        try:
            if isinstance(result, Extraction):
                validate_extraction(result)  # one bad extraction must not sink a batch
                extractions.append(result)
            else:
                report.errors.append(result)
        except InputError as error:
            report.errors.append(error)
    if load is not None:
        load.add(extractions, report, tell)
        return
    stale = superseded_documents(store, [e.document for e in extractions])
    report.replaced += remove_documents(store, set().union(*stale.values()))
    if extractions:
        summary = store.upsert(extractions)
        report.documents += summary.documents
        report.nodes += summary.nodes
        report.facts += summary.facts
    for extraction in extractions:
        status = Status.REPLACED if extraction.document.id in stale else Status.NEW
        tell(Outcome(extraction.document, status, extraction))


class BulkLoad:
    """A first load into an empty store that can bulk-load (the embedded store): every
    window joins one batch, written at the end at once (`GraphStore.bulk_load`), instead
    of a transaction per window. Memory grows with the corpus; later documents go the
    incremental way."""

    def __init__(self, store: GraphStore) -> None:
        if not store.bulk_loads:
            store.bulk_load(Batch())  # says why it cannot
        if store.read(queries.count_nodes(Label.DOCUMENT))[0]["count"]:
            raise StoreError("a bulk load needs an empty store; this one holds documents")
        self._store = store
        self._builder = BatchBuilder()
        self._documents: set[str] = set()

    def known(self, documents: Iterable[str]) -> set[str]:
        """Which of these documents an earlier window already gave."""
        return {doc_id for doc_id in documents if doc_id in self._documents}

    def add(self, extractions: list[Extraction], report: IngestReport, tell: OnDocument) -> None:
        for extraction in extractions:
            self._documents.add(extraction.document.id)
            self._builder.add(extraction)
            report.documents += 1
            tell(Outcome(extraction.document, Status.NEW, extraction))

    def finish(self, report: IngestReport) -> None:
        with paused_collection():
            batch = self._builder.batch()
            validate(batch)
            self._store.bulk_load(batch)
        report.nodes = sum(1 for node in batch.nodes.values() if node.label is not Label.DOCUMENT)
        report.facts = len(batch.facts)
