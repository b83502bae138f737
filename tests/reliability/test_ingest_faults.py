"""Faults during ingestion lose nothing: after a crash (of the Neo4j server, or of the ingest
process itself) and a plain re-run, the graph equals that of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from oncokg.exceptions import StoreError
from oncokg.graph.export import iter_edges, iter_nodes
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from oncokg.pipeline import IngestReport, ingest
from oncokg.synth import write_corpus
from tests.conftest import load_neo4j_local

pytestmark = pytest.mark.neo4j
DOCUMENTS = 240
BATCH = 20

Snapshot = tuple[frozenset[Any], frozenset[Any]]


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def snapshot(store: GraphStore) -> Snapshot:
    """Every node and relationship with every property, except when it was ingested; the
    provenance lists compared as sets of (document, evidence, date) so order cannot hide a
    loss or a duplicate."""
    nodes = set()
    for label, row in iter_nodes(store):
        items = {k: _freeze(v) for k, v in row.items() if k != "ingested_at"}
        nodes.add((str(label), tuple(sorted(items.items()))))
    edges = set()
    for kind, row in iter_edges(store):
        support = tuple(
            sorted(
                zip(
                    row.get("documents") or [],
                    row.get("evidence") or [],
                    row.get("dates") or [],
                    strict=True,
                )
            )
        )
        assert len(support) == len({s[0] for s in support}), "a document counted twice"
        rest = {
            k: _freeze(v) for k, v in row.items() if k not in ("documents", "evidence", "dates")
        }
        edges.add((str(kind), support, tuple(sorted(rest.items()))))
    return frozenset(nodes), frozenset(edges)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, DOCUMENTS, seed=11)
    return folder / "docs"


@pytest.fixture(scope="module")
def server(neo4j_settings: object) -> Iterator[Any]:
    """A server of this module's own, since these tests kill it."""
    with load_neo4j_local().start(browser=False) as own:
        yield own


def _store(server: Any) -> Neo4jStore:
    store = Neo4jStore(server.uri, server.user, server.password)
    store.open()
    return store


@pytest.fixture(scope="module")
def reference(server: Any, corpus: Path) -> Snapshot:
    store = _store(server)
    try:
        store.clear()
        report = ingest([corpus], store, batch_size=BATCH, workers=1)
        assert report.documents == DOCUMENTS
        return snapshot(store)
    finally:
        store.clear()
        store.close()


def test_faults_neo4j_killed_mid_ingest_then_rerun(
    server: Any, corpus: Path, reference: Snapshot
) -> None:
    store = _store(server)
    store.clear()
    killed = threading.Event()

    def kill_soon(report: IngestReport) -> None:
        if report.documents >= 3 * BATCH and not killed.is_set():
            killed.set()
            threading.Timer(0.05, server.kill).start()  # lands in the middle of a write

    with pytest.raises(StoreError):
        ingest([corpus], store, batch_size=BATCH, workers=1, progress=kill_soon)
    store.close()
    time.sleep(0.2)
    server.start_again()
    store = _store(server)
    try:
        partial = store.stats().nodes["Document"]
        assert 3 * BATCH <= partial < DOCUMENTS  # what was committed survived the crash
        report = ingest([corpus], store, batch_size=BATCH, workers=1)
        assert report.unchanged == partial
        assert snapshot(store) == reference
    finally:
        store.clear()
        store.close()


def test_faults_ingest_process_sigkilled_then_rerun(
    server: Any, corpus: Path, reference: Snapshot
) -> None:
    store = _store(server)
    store.clear()
    env = {
        **os.environ,
        "ONCOKG_STORE": "neo4j",
        "NEO4J_URI": server.uri,
        "NEO4J_USER": server.user,
        "NEO4J_PASSWORD": server.password,
    }
    command = [
        sys.executable,
        "-m",
        "oncokg",
        "ingest",
        str(corpus),
        "--batch-size",
        str(BATCH),
        "--workers",
        "1",
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 120
        while store.stats().nodes["Document"] < 2 * BATCH:
            assert process.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        partial = store.stats().nodes["Document"]
        assert partial < DOCUMENTS
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert snapshot(store) == reference
    finally:
        if process.poll() is None:
            process.kill()
        store.clear()
        store.close()
