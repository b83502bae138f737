"""Faults during ingestion lose nothing: after a crash (of the Neo4j server, or of the ingest
process itself) and a plain re-run, the graph equals that of an uninterrupted run; a server
crash inside one batch's transaction leaves nothing of that batch."""

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
from oncokg.graph import reads
from oncokg.graph.merging import Batch
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import Transaction
from oncokg.measure.synth import write_corpus
from oncokg.pipeline import IngestReport, ingest
from tests.conftest import load_neo4j_local
from tests.factories import first_release, second_release, third_release
from tests.reliability.snapshots import Snapshot, snapshot
from tests.reliability.test_batch_atomicity import fresh_release

pytestmark = pytest.mark.neo4j
DOCUMENTS = 240
BATCH = 20


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
        partial = reads.stats(store).nodes["Document"]
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
        while reads.stats(store).nodes["Document"] < 2 * BATCH:
            assert process.poll() is None, "the ingest ended before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        partial = reads.stats(store).nodes["Document"]
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


def test_faults_neo4j_killed_inside_a_batch_leaves_nothing_of_it(
    server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store(server)
    store.clear()
    store.upsert([first_release(), second_release()])
    before = snapshot(store)
    seen: list[int] = []

    def crash_before_commit(tx: Transaction, batch: Batch) -> None:
        seen.append(int(tx.run("MATCH (d:Document) RETURN count(d) AS c")[0]["c"]))
        server.kill()  # every node and fact of the batch is written, not yet committed

    monkeypatch.setattr(store, "after_write", crash_before_commit)
    with pytest.raises(StoreError):
        store.upsert([third_release(), fresh_release()])
    assert seen == [4]
    store.close()
    server.start_again()
    store = _store(server)
    try:
        assert snapshot(store) == before
        store.upsert([third_release(), fresh_release()])
        assert reads.stats(store).nodes["Document"] == 4
    finally:
        store.clear()
        store.close()
