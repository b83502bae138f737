"""Read-only Cypher, the guarded write route, and the service's limits, on each store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from oncokg.settings import Settings
from tests.api.conftest import API_KEY, ApiServer
from tests.conftest import SAMPLES
from tests.factories import BCL2, DRUG


def _status(response: httpx.Response) -> int:
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/problem+json")
    return response.status_code


# --- read-only Cypher --------------------------------------------------------------------
def test_api_cypher_runs_a_parameterised_read(api: httpx.Client) -> None:
    response = api.post(
        "/v1/cypher",
        json={
            "query": "MATCH (m:Molecule)-[:TARGETS]->(t:Target {id: $t}) "
            "RETURN m.id AS id ORDER BY id",
            "parameters": {"t": BCL2},
        },
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["columns"] == ["id"]
    assert [row["id"] for row in body["rows"]] == ["molecule:barxolimab", DRUG]
    assert body["truncated"] is False


def test_api_cypher_caps_rows(api: httpx.Client) -> None:
    body = api.post("/v1/cypher", json={"query": "UNWIND range(1, 50) AS x RETURN x"}).json()
    assert len(body["rows"]) == 5  # the fixture's cap
    assert body["truncated"] is True


@pytest.mark.parametrize(
    "query",
    [
        "CREATE (:Molecule {id: 'molecule:evil'})",
        "MATCH (n:Molecule) SET n.name = 'x' RETURN n",
        "MATCH (n) DETACH DELETE n",
        "MERGE (o:Organization {id: 'org:evil'}) RETURN o",
        "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
        "COPY Molecule FROM '/tmp/x.csv'",
        "CALL dbms.security.createUser('x', 'y', false)",
        "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DELETE n', {})",
        "MATCH (n) /* hidden */ REMOVE n.name RETURN n",
        "SHOW USERS",
        "MATCH (n) CALL (n) { DETACH DELETE n } RETURN 1",
    ],
)
def test_api_cypher_refuses_writes_and_admin(api: httpx.Client, query: str) -> None:
    assert _status(api.post("/v1/cypher", json={"query": query})) == 403
    stats = api.get("/v1/stats").json()
    assert stats["nodes"]["Molecule"] == 2


@pytest.mark.parametrize(
    "query",
    [
        "MATCH (n) RETURN n; MATCH (m) RETURN m",
        "RETURN 'unterminated",
        "THIS IS NOT CYPHER",
        "MATCH (n:NoSuchLabel) RETURN n.nothing(",
    ],
)
def test_api_cypher_bad_queries_are_400(api: httpx.Client, query: str) -> None:
    assert _status(api.post("/v1/cypher", json={"query": query})) == 400


def test_api_cypher_keywords_in_strings_are_data(api: httpx.Client) -> None:
    body = api.post(
        "/v1/cypher", json={"query": "RETURN 'CREATE (n) SET n.x = 1' AS text // DELETE"}
    ).json()
    assert body["rows"] == [{"text": "CREATE (n) SET n.x = 1"}]


def test_api_cypher_catalogue_procedure_allowed(api: httpx.Client) -> None:
    query = (
        "CALL db.labels()" if api.headers["x-store"] == "neo4j" else "CALL show_tables() RETURN *"
    )
    assert api.post("/v1/cypher", json={"query": query}).status_code == 200


# --- writes ------------------------------------------------------------------------------
def test_api_write_needs_the_key(write_api: httpx.Client) -> None:
    text = "Acme Oncology announced results."
    assert _status(write_api.post("/v1/documents", content=text)) == 401
    wrong = write_api.post("/v1/documents", content=text, headers={"X-API-Key": "wrong"})
    assert _status(wrong) == 401
    assert write_api.get("/v1/stats").json()["nodes"]["Document"] == 0


def test_api_write_refused_without_configured_key(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path / "g")
    with ApiServer(settings) as server, httpx.Client(base_url=server.url) as http:
        response = http.post("/v1/documents", content="x", headers={"X-API-Key": "anything"})
    assert _status(response) == 403


def test_api_write_ingests_a_sample_and_returns_facts(write_api: httpx.Client) -> None:
    raw = (SAMPLES / "servier-oncology-research.txt").read_bytes()
    response = write_api.post(
        "/v1/documents",
        content=raw,
        params={"format": "txt", "name": "servier.txt"},
        headers={"Authorization": f"Bearer {API_KEY}", "Content-Type": "text/plain"},
    )
    assert response.status_code == 201, response.text
    (result,) = response.json()["documents"]
    assert result["facts"]
    assert all(
        f["evidence"] and f["documents"] == [result["document"]["id"]] for f in result["facts"]
    )
    detail = write_api.get(f"/v1/documents/{result['document']['id']}").json()
    assert len(detail["facts"]) == len(
        {(f["type"], f["source"]["id"], f["target"]["id"]) for f in result["facts"]}
    )
    assert result["status"] == "new"
    again = write_api.post(
        "/v1/documents", content=raw, params={"format": "txt"}, headers={"X-API-Key": API_KEY}
    )
    assert again.status_code == 200  # nothing new was stored
    assert [d["status"] for d in again.json()["documents"]] == ["unchanged"]
    assert write_api.get("/v1/stats").json()["nodes"]["Document"] == 1


def test_api_write_runs_the_ingest_pipeline(write_api: httpx.Client) -> None:
    """Same path as `oncokg ingest`: a named upload replaced by its new version, and a
    brand-INN link stated by it merges the brand's node made from another upload."""
    headers = {"X-API-Key": API_KEY}

    def post(text: str, name: str | None = None) -> httpx.Response:
        params = {"name": name} if name else {}
        return write_api.post("/v1/documents", content=text, params=params, headers=headers)

    first = post("Acmetica announced that ZORBIX® is approved for follicular lymphoma.", "a.txt")
    assert first.status_code == 201, first.text
    assert first.json()["documents"][0]["status"] == "new"
    post("Acmetica presented new ZORBIX® data at a congress.")
    brands = write_api.get("/v1/entities", params={"q": "ZORBIX"}).json()["data"]
    assert [hit["id"] for hit in brands] == ["molecule:zorbix"]
    edited = post(
        "Acmetica announced that ZORBIX® (zorbimab) is approved for follicular lymphoma.", "a.txt"
    )
    assert edited.status_code == 201, edited.text
    assert edited.json()["documents"][0]["status"] == "replaced"
    assert write_api.get("/v1/stats").json()["nodes"]["Document"] == 2
    hits = write_api.get("/v1/entities", params={"q": "ZORBIX"}).json()["data"]
    assert [hit["id"] for hit in hits] == ["molecule:zorbimab"]


def test_api_write_json_document_and_bad_input(write_api: httpx.Client) -> None:
    headers = {"X-API-Key": API_KEY}
    doc = {
        "title": "Servier and Novartis",
        "published": "2024-02-02",
        "text": "Servier and Novartis signed a collaboration on venetoclax in CLL.",
    }
    ok = write_api.post("/v1/documents", json=doc, headers=headers)
    assert ok.status_code == 201, ok.text
    assert ok.json()["documents"][0]["document"]["published"] == "2024-02-02"
    assert _status(write_api.post("/v1/documents", content=b"", headers=headers)) == 422
    assert (
        _status(
            write_api.post(
                "/v1/documents", content=b"{not json", headers=headers, params={"format": "json"}
            )
        )
        == 422
    )


def test_api_body_over_limit_is_413(write_api: httpx.Client) -> None:
    big = b"x" * (65 * 1024)
    headers = {"X-API-Key": API_KEY}
    assert _status(write_api.post("/v1/documents", content=big, headers=headers)) == 413

    def chunks() -> Iterator[bytes]:
        for _ in range(70):
            yield b"y" * 1024

    chunked = write_api.post("/v1/documents", content=chunks(), headers=headers)
    assert _status(chunked) == 413
    cypher = write_api.post(
        "/v1/cypher", content=json.dumps({"query": "RETURN 1", "pad": "z" * 70_000})
    )
    assert _status(cypher) == 413


# --- CORS and availability ---------------------------------------------------------------
def test_api_cors_only_when_configured(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path / "g")
    origin = {"Origin": "https://dash.example.org"}
    with ApiServer(settings) as server, httpx.Client(base_url=server.url) as http:
        assert "access-control-allow-origin" not in http.get("/health", headers=origin).headers
    origins = "https://dash.example.org, https://other.example.org"
    with (
        ApiServer(settings, cors_origins=origins) as server,
        httpx.Client(base_url=server.url) as http,
    ):
        allowed = http.get("/health", headers=origin).headers
        assert allowed["access-control-allow-origin"] == "https://dash.example.org"
        preflight = http.options(
            "/v1/cypher",
            headers={**origin, "Access-Control-Request-Method": "POST"},
        )
        assert preflight.status_code == 200


def test_api_store_down_is_503_on_every_route(tmp_path: Path) -> None:
    settings = Settings(store="neo4j", neo4j_uri="bolt://127.0.0.1:9", neo4j_password="x")
    with ApiServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for path in ("/health", "/v1/stats", f"/v1/entities/{DRUG}", "/v1/views/new?since=2025"):
            response = http.get(path)
            assert _status(response) == 503
            assert response.headers["retry-after"] == "5"
