"""The API over a Neo4j that goes away: 503 problem+json with Retry-After while it is down,
answers again once it is back, without a restart of its own; no data is lost.

A real server of this module's own (these tests crash and stop it), real uvicorn, real HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

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
