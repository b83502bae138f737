"""API fixtures: the real app over real HTTP, once per store, on the hand-made sample graph.

`api` is module-scoped (starting a server per test would dominate the run), so tests that
use it must not write; the write tests take `write_api`, a fresh graph per test.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from oncokg.api.app import create_app
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.store import GraphStore
from oncokg.settings import Settings
from tests.conftest import LiveServer, free_port, neo4j_store_for
from tests.factories import sample_graph

API_KEY = "test-key-0123456789"
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


class ApiServer(LiveServer):
    """`LiveServer` with the service settings (CORS, body and Cypher limits) overridden."""

    def __init__(self, settings: Settings, **service: object) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            create_app(settings.model_copy(update=service)),
            host="127.0.0.1",
            port=self.port,
            log_level="warning",
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"


def _loaded_settings(
    request: pytest.FixtureRequest, kind: str, folder: Path, load: bool = True
) -> Settings:
    """Settings for a store of `kind`, emptied and (when `load`) loaded with the sample."""
    if kind == "embedded":
        settings = Settings(store="embedded", data_dir=folder, api_key=API_KEY)
        store: GraphStore = EmbeddedStore(folder)
    else:
        base: Settings = request.getfixturevalue("neo4j_settings")
        # the data folder holds what lives beside the graph (watchlists): the test's own
        settings = base.model_copy(
            update={"api_key": Settings(api_key=API_KEY).api_key, "data_dir": folder}
        )
        store = neo4j_store_for(base)
    with store:
        store.clear()
        if load:
            store.upsert(sample_graph())
    return settings


@pytest.fixture(scope="module", params=STORES)
def api(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[httpx.Client]:
    """A client of the API serving the sample graph; read-only use."""
    folder = tmp_path_factory.mktemp("api-graph")
    settings = _loaded_settings(request, request.param, folder)
    with (
        ApiServer(settings, cypher_max_rows=5, max_body_bytes=64 * 1024) as server,
        httpx.Client(base_url=server.url, timeout=30) as client,
    ):
        client.headers["x-store"] = request.param
        yield client


@pytest.fixture(params=STORES)
def write_api(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[httpx.Client]:
    """A client of the API on an empty graph that accepts writes with `API_KEY`."""
    settings = _loaded_settings(request, request.param, tmp_path / "graph", load=False)
    with (
        ApiServer(settings, max_body_bytes=64 * 1024) as server,
        httpx.Client(base_url=server.url, timeout=60) as client,
    ):
        yield client
