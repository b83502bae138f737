"""The real app over real HTTP, on an embedded store loaded with the hand-made releases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.settings import Settings
from tests.conftest import LiveServer
from tests.factories import BCL2, DRUG, first_release, second_release


@pytest.fixture
def client(tmp_path: Path) -> Iterator[httpx.Client]:
    data_dir = tmp_path / "graph"
    with EmbeddedStore(data_dir) as store:
        store.upsert([first_release(), second_release()])
    settings = Settings(store="embedded", data_dir=data_dir)
    with LiveServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


def test_routes_health_names_the_store(client: httpx.Client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "store": "embedded"}


def test_routes_stats_counts_the_graph(client: httpx.Client) -> None:
    body = client.get("/v1/stats").json()
    assert body["nodes"]["Molecule"] == 1
    assert body["nodes"]["Document"] == 2
    assert body["edges"]["TARGETS"] == 1


def test_routes_search_by_alias(client: httpx.Client) -> None:
    body = client.get("/v1/entities", params={"q": "FX-101"}).json()
    assert body["count"] == 1
    assert body["data"][0]["id"] == DRUG


def test_routes_search_label_filter(client: httpx.Client) -> None:
    body = client.get("/v1/entities", params={"q": "b", "label": "Target"}).json()
    assert {hit["label"] for hit in body["data"]} == {"Target"}


def test_routes_entity_and_neighbours_with_evidence(client: httpx.Client) -> None:
    entity = client.get(f"/v1/entities/{DRUG}").json()
    assert entity["name"] == "fooximab"
    body = client.get(f"/v1/entities/{DRUG}/neighbours", params={"type": "TARGETS"}).json()
    assert body["count"] == 1
    fact = body["data"][0]
    assert fact["node"]["id"] == BCL2
    assert fact["doc_count"] == 2
    assert len(fact["evidence"]) == 2


def test_routes_unknown_id_is_problem_404(client: httpx.Client) -> None:
    response = client.get("/v1/entities/molecule:nope")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["status"] == 404


def test_routes_bad_parameter_is_problem_422(client: httpx.Client) -> None:
    response = client.get("/v1/entities", params={"q": "x", "limit": 0})
    assert response.status_code == 422
    assert response.json()["title"] == "Invalid request"


def test_routes_openapi_describes_every_route(client: httpx.Client) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert {
        "/health",
        "/v1/stats",
        "/v1/entities",
        "/v1/entities/{entity_id}",
        "/v1/entities/{entity_id}/neighbours",
    } <= set(paths)


def test_routes_store_down_is_503_with_retry_after(tmp_path: Path) -> None:
    settings = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:9", neo4j_password="x")
    with LiveServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        response = http.get("/health")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"
