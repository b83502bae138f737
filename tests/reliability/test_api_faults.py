"""The API over a Neo4j that goes away: 503 problem+json with Retry-After while it is down,
answers again once it is back, without a restart of its own; no data is lost.

A real server of this module's own (these tests crash and stop it), real uvicorn, real HTTP."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.settings import Settings
from tests.conftest import LiveServer, load_neo4j_local
from tests.factories import BCL2, DRUG, sample_graph

pytestmark = pytest.mark.neo4j
ROUTES = ("/health", "/v1/stats", f"/v1/entities/{DRUG}", f"/v1/entities/{DRUG}/neighbours")
RECOVERY_S = 60.0


@pytest.fixture(scope="module")
def server(neo4j_settings: object) -> Iterator[Any]:
    with load_neo4j_local().start(browser=False) as own:
        store = Neo4jStore(own.uri, own.user, own.password)
        with store:
            store.clear()
            store.upsert(sample_graph())
        yield own


def _settings(server: Any) -> Settings:
    return Settings(
        store="neo4j",
        neo4j_uri=server.uri,
        neo4j_user=server.user,
        neo4j_password=server.password,
    )


def _answers(http: httpx.Client) -> dict[str, Any]:
    """Every route answers 200; returns what they said, to compare before and after."""
    bodies = {}
    for path in ROUTES:
        response = http.get(path)
        assert response.status_code == 200, (path, response.text)
        bodies[path] = response.json()
    return bodies


def _assert_unavailable(http: httpx.Client) -> None:
    for path in ROUTES:
        started = time.monotonic()
        response = http.get(path)
        assert response.status_code == 503, (path, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["retry-after"].isdigit()
        assert response.json()["status"] == 503
        elapsed = time.monotonic() - started
        print(f"store down: {path} answered 503 in {elapsed:.2f} s")
        assert elapsed < 20  # answers, rather than hanging the client


def _wait_until_recovered(http: httpx.Client) -> float:
    started = time.monotonic()
    while time.monotonic() - started < RECOVERY_S:
        if http.get("/health").status_code == 200:
            return time.monotonic() - started
        time.sleep(0.5)
    pytest.fail(f"the API did not recover within {RECOVERY_S:g} s of Neo4j coming back")


@pytest.mark.parametrize("fault", ["kill", "terminate"])
def test_api_neo4j_down_is_503_then_recovers_without_restart(server: Any, fault: str) -> None:
    with (
        LiveServer(_settings(server)) as api,
        httpx.Client(base_url=api.url, timeout=60) as http,
    ):
        before = _answers(http)
        getattr(server, fault)()  # kill: SIGKILL, a crash; terminate: a clean shutdown
        try:
            _assert_unavailable(http)
            _assert_unavailable(http)  # still an answer, not a wedged connection pool
        finally:
            server.start_again()
        _wait_until_recovered(http)
        assert _answers(http) == before  # the same app, same data


def test_api_started_while_neo4j_is_down_comes_up_and_connects_later(server: Any) -> None:
    server.terminate()
    try:
        with (
            LiveServer(_settings(server)) as api,
            httpx.Client(base_url=api.url, timeout=60) as http,
        ):
            _assert_unavailable(http)
            server.start_again()
            _wait_until_recovered(http)
            hits = http.get("/v1/entities", params={"q": "bcl"}).json()["data"]
            assert BCL2 in {hit["id"] for hit in hits}
    finally:
        if not server.is_running():
            server.start_again()


def _signal_server(server: Any, sig: signal.Signals) -> None:
    os.killpg(os.getpgid(server.process.pid), sig)


def test_api_frozen_neo4j_answers_503_within_the_deadline(server: Any) -> None:
    """A Neo4j that stops answering (SIGSTOP: a freeze or a partition, where a crash would
    reset the connections) costs each request its deadline at most, then 503."""
    deadline = 3.0
    settings = _settings(server).model_copy(update={"request_timeout_s": deadline})
    with (
        LiveServer(settings) as api,
        httpx.Client(base_url=api.url, timeout=60) as http,
    ):
        before = _answers(http)
        _signal_server(server, signal.SIGSTOP)
        try:
            for path in ROUTES:
                started = time.monotonic()
                response = http.get(path)
                elapsed = time.monotonic() - started
                print(f"frozen: {path} answered {response.status_code} in {elapsed:.2f} s")
                assert response.status_code == 503, (path, response.text)
                assert response.headers["retry-after"].isdigit()
                assert elapsed < deadline + 1.5
        finally:
            _signal_server(server, signal.SIGCONT)
        _wait_until_recovered(http)
        assert _answers(http) == before


RUNAWAY_NEO4J = "RETURN size(reduce(s = '', x IN range(1, 3000000) | s + 'aaaaaaaaaa')) AS n"


def test_api_neo4j_runaway_cypher_is_stopped_and_frees_the_server(server: Any) -> None:
    timeout = 3.0
    settings = _settings(server).model_copy(update={"cypher_timeout_s": timeout})
    with (
        LiveServer(settings) as api,
        httpx.Client(base_url=api.url, timeout=60) as http,
    ):
        started = time.monotonic()
        response = http.post("/v1/cypher", json={"query": RUNAWAY_NEO4J})
        elapsed = time.monotonic() - started
        print(f"runaway Cypher on Neo4j: {response.status_code} after {elapsed:.2f} s")
        assert response.status_code in (400, 503), response.text  # refused, or the deadline
        assert elapsed < timeout + 3.5
        assert http.get("/v1/stats").status_code == 200
        # the server has terminated the transaction (it stops at its next check point; a
        # reduce has none, so it may compute on, but nothing waits for it)
        running = Neo4jStore(server.uri, server.user, server.password)
        with running:
            rows = running.read(
                "SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery, status"
            )
        mine = [r for r in rows if "reduce" in (r["currentQuery"] or "")]
        assert all(r["status"].startswith("Terminated") for r in mine), mine
        # and the API is free: its workers answer at once
        started = time.monotonic()
        assert http.get("/v1/stats").status_code == 200
        assert time.monotonic() - started < 1.0


RUNAWAY_EMBEDDED = "UNWIND range(1, 2000000000) AS x RETURN count(x) AS n"


def test_api_embedded_runaway_cypher_never_holds_up_other_requests(tmp_path: Path) -> None:
    data_dir = tmp_path / "graph"
    with EmbeddedStore(data_dir) as store:
        store.upsert(sample_graph())
    timeout = 2.0
    settings = Settings(store="embedded", data_dir=data_dir, cypher_timeout_s=timeout)
    with LiveServer(settings) as api, httpx.Client(base_url=api.url, timeout=60) as http:
        outcome: dict[str, Any] = {}

        def runaway() -> None:
            started = time.monotonic()
            response = http.post("/v1/cypher", json={"query": RUNAWAY_EMBEDDED})
            outcome.update(status=response.status_code, seconds=time.monotonic() - started)

        worker = threading.Thread(target=runaway)
        worker.start()
        time.sleep(0.5)
        waits = []
        for _ in range(5):
            started = time.monotonic()
            assert http.get("/v1/stats").status_code == 200
            waits.append(time.monotonic() - started)
        worker.join(60)
        print(f"embedded runaway Cypher: {outcome}; /v1/stats meanwhile {max(waits):.3f} s")
        assert outcome["status"] in (400, 503)
        assert outcome["seconds"] < timeout + 3.0  # the API answers by the deadline
        assert max(waits) < 1.0  # other requests never waited behind it


def test_api_slow_request_body_is_cut_at_the_deadline(tmp_path: Path) -> None:
    """A client sending its body a byte at a time holds a connection for the deadline, not
    for as long as it likes."""
    data_dir = tmp_path / "graph"
    with EmbeddedStore(data_dir) as store:
        store.upsert(sample_graph())
    settings = Settings(
        store="embedded", data_dir=data_dir, request_timeout_s=2.0, cypher_timeout_s=2.0
    )
    with LiveServer(settings) as api:
        host, port = api.url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=30) as raw:
            raw.sendall(
                b"POST /v1/cypher HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 200\r\n\r\n{"
            )
            started = time.monotonic()
            answer = b""
            raw.settimeout(0.5)
            while time.monotonic() - started < 20 and b"\r\n\r\n" not in answer:
                try:
                    answer += raw.recv(4096)
                except TimeoutError:
                    raw.sendall(b" ")  # one more byte, slowly
            elapsed = time.monotonic() - started
        print(f"slow body: answered after {elapsed:.2f} s: {answer[:12]!r}")
        assert answer.startswith(b"HTTP/1.1 503"), answer[:200]
        assert elapsed < 2.0 + 4.0  # the Cypher route's deadline: its timeout and a margin
