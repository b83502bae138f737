"""A served graph per store: the sample graph, its snapshot taken before the API starts, and
a way to take it again once the API has stopped (the embedded store has one owner at a time)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.store import GraphStore
from oncokg.settings import Settings
from tests.api.conftest import API_KEY, STORES, ApiServer
from tests.conftest import neo4j_store_for
from tests.factories import sample_graph
from tests.reliability.snapshots import Snapshot, snapshot

MAX_BODY = 64 * 1024


class Served:
    """A running API over a store of `kind`; `stop()` ends the API and snapshots the graph."""

    def __init__(self, kind: str, settings: Settings, folder: Path) -> None:
        self.kind = kind
        self.settings = settings
        self.folder = folder
        with self.open_store() as store:
            store.clear()
            store.upsert(sample_graph())
            self.before: Snapshot = snapshot(store)
        limits = {"cypher_timeout_s": 1.0, "cypher_max_rows": 5, "max_body_bytes": MAX_BODY}
        self._stack = ExitStack()
        server = self._stack.enter_context(ApiServer(settings, **limits))
        self.http = self._stack.enter_context(httpx.Client(base_url=server.url, timeout=60))

    def open_store(self) -> GraphStore:
        if self.kind == "embedded":
            return EmbeddedStore(self.folder)
        return neo4j_store_for(self.settings)

    def stop(self) -> Snapshot:
        """Stop the API (the embedded store has one owner at a time) and snapshot the graph."""
        self._stack.close()
        with self.open_store() as store:
            return snapshot(store)


@pytest.fixture(params=STORES)
def served(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Served]:
    """The API (key `API_KEY`, 1 s Cypher timeout, 5-row cap, 64 KiB bodies) serving the
    sample graph, once per store."""
    folder = tmp_path / "graph"
    if request.param == "embedded":
        settings = Settings(store="embedded", data_dir=folder, api_key=API_KEY)
    else:
        base: Settings = request.getfixturevalue("neo4j_settings")
        settings = base.model_copy(update={"api_key": Settings(api_key=API_KEY).api_key})
    result = Served(request.param, settings, folder)
    try:
        yield result
    finally:
        result.stop()
