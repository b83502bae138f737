"""Shared fixtures: real stores (embedded in a temp folder, Neo4j started from Maven Central
jars or taken from NEO4J_URI) and the real API over HTTP.

With CI=true a Neo4j test fails, never skips, when no server can be started.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import uvicorn

from oncokg.api.app import create_app
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.factory import make_store
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from oncokg.settings import Settings

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
SAMPLES = REPO / "oncokg" / "samples"


def load_neo4j_local() -> ModuleType:
    """scripts/neo4j_local.py, which is a script rather than part of the package."""
    spec = importlib.util.spec_from_file_location(
        "neo4j_local", REPO / "scripts" / "neo4j_local.py"
    )
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Settings]:
    """Connection settings of a real Neo4j 5: NEO4J_URI when set, else a throwaway server."""
    if os.environ.get("NEO4J_URI"):
        yield Settings(store="neo4j")
        return
    try:
        server = load_neo4j_local().start()
    except Exception as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"could not start a Neo4j server for the tests: {exc}")
        pytest.skip(f"no Neo4j server could be started (set NEO4J_URI): {exc}")
    try:
        yield Settings(
            store="neo4j",
            neo4j_uri=server.uri,
            neo4j_user=server.user,
            neo4j_password=server.password,
        )
    finally:
        server.stop()


def neo4j_store_for(settings: Settings) -> Neo4jStore:
    """The product's own factory, typed for the tests that need Neo4j specifics."""
    store = make_store(settings)
    assert isinstance(store, Neo4jStore)
    return store


@pytest.fixture
def neo4j_store(neo4j_settings: Settings) -> Iterator[Neo4jStore]:
    store = neo4j_store_for(neo4j_settings)
    store.open()
    store.clear()
    try:
        yield store
    finally:
        store.clear()
        store.close()


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(tmp_path / "graph")
    store.open()
    try:
        yield store
    finally:
        store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Each conformance test runs once per store and expects the same answers."""
    fixture = "embedded_store" if request.param == "embedded" else "neo4j_store"
    result: GraphStore = request.getfixturevalue(fixture)
    return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_process(
    command: list[str],
    *,
    cwd: Path,
    ready: Callable[[subprocess.Popen[str]], bool],
    env: dict[str, str] | None = None,
) -> subprocess.Popen[str]:
    """`command` with its output captured, returned once `ready(process)` holds. If it exits first
    the test fails with its output; if a minute passes, or anything goes wrong, it is
    stopped (SIGTERM, so a server stops its workers too)."""
    process = subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    deadline = time.monotonic() + 60
    try:
        while not ready(process):
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            assert time.monotonic() < deadline, f"{command} did not come up"
            time.sleep(0.2)
    except BaseException:
        process.terminate()
        process.wait(timeout=60)
        raise
    return process


class LiveServer:
    """The real app served by uvicorn on a loopback port, in a background thread."""

    def __init__(self, settings: Settings) -> None:
        self.port = free_port()
        config = uvicorn.Config(
            create_app(settings), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
