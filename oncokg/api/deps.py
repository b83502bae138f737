"""Dependencies injected into routes: the store, opened lazily and reopened after an outage."""

from __future__ import annotations

import contextlib
import gc
import threading
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from oncokg.api.batching import Batcher
from oncokg.exceptions import StoreUnavailableError
from oncokg.graph.factory import make_store
from oncokg.graph.merging import Row
from oncokg.graph.store import GraphStore, NeighbourKey, SearchKey
from oncokg.settings import Settings


class StoreHolder:
    """Owns the app's one store. Opening happens on first use, not at start-up, so the API
    comes up (and answers /health with 503) while the database is still down, and recovers
    by itself once it is back."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._store: GraphStore | None = None
        self._lock = threading.Lock()

    def get(self) -> GraphStore:
        with self._lock:
            if self._store is None:
                store = make_store(self._settings)
                try:
                    store.open()  # raises StoreUnavailableError while the database is down
                except BaseException:
                    _close_quietly(store)  # no driver left behind per failed request
                    raise
                self._store = store
                freeze_heap()  # the driver, and what connecting imported
            return self._store

    @property
    def current(self) -> GraphStore | None:
        """The store if it is open, else None; never blocks."""
        return self._store

    def reset(self) -> None:
        """Drop a store that failed, so the next request connects afresh."""
        with self._lock:
            if self._store is not None:
                _close_quietly(self._store)
            self._store = None

    def close(self) -> None:
        self.reset()


def freeze_heap() -> None:
    """Take what exists now out of garbage collection for good. What the app holds once it
    is up and its store is open (modules, routes, the driver) lives as long as the process;
    left in, every full collection walked its 100,000-odd objects for 50-95 ms with all the
    requests in flight waiting, which made most of the slowest 1 % under load."""
    gc.collect()
    gc.freeze()


def _close_quietly(store: GraphStore) -> None:
    """Closing a broken connection may fail; it is gone anyway."""
    with contextlib.suppress(Exception):
        store.close()


async def get_store(request: Request) -> GraphStore:
    """The open store at once; opening it (a blocking connect) happens in a worker thread,
    so a database that is slow to answer never stalls the event loop."""
    holder: StoreHolder = request.app.state.store_holder
    store = holder.current
    if store is not None:
        return store
    try:
        return await run_in_threadpool(holder.get)
    except StoreUnavailableError:
        holder.reset()
        raise


StoreDep = Annotated[GraphStore, Depends(get_store)]

NeighbourReads = Batcher[NeighbourKey, list[Row]]
SearchReads = Batcher[SearchKey, list[Row]]


def neighbour_reads(holder: StoreHolder) -> NeighbourReads:
    """The app's batcher of neighbour reads (see `batching`); the store is opened, or
    reopened after an outage, by the read itself, in the thread pool."""
    return Batcher(lambda keys: holder.get().neighbour_rows(keys))


def search_reads(holder: StoreHolder) -> SearchReads:
    """The app's batcher of search reads, as `neighbour_reads`."""
    return Batcher(lambda keys: holder.get().search_rows(keys))


async def get_neighbour_reads(request: Request) -> NeighbourReads:
    reads: NeighbourReads = request.app.state.neighbour_reads
    return reads


async def get_search_reads(request: Request) -> SearchReads:
    reads: SearchReads = request.app.state.search_reads
    return reads


NeighbourReadsDep = Annotated[NeighbourReads, Depends(get_neighbour_reads)]
SearchReadsDep = Annotated[SearchReads, Depends(get_search_reads)]
