"""Every value reaches the database as a parameter: injection payloads in every string
parameter of every route (read from /openapi.json, so a new route is covered without a
change here), path parameters included, on both stores. No 5xx, and the graph afterwards is
the graph before, property for property."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from oncokg.api.routes import ISO_DATE
from tests.api.conftest import API_KEY
from tests.factories import DRUG
from tests.security.conftest import MAX_BODY, Served

PAYLOADS = [
    "' OR 1=1 //",
    '" OR ""="',
    '"}) DETACH DELETE n //',
    "'}) MATCH (n) DETACH DELETE n //",
    "\u0027) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
    "`",
    "`) DETACH DELETE n //",
    "molecule:x`}) DETACH DELETE n WITH 1 AS x MATCH (m) RETURN m //",
    "$param",
    "{id: $id}",
    "*/ MATCH (n) DETACH DELETE n /*",
    "\nMATCH (n) DETACH DELETE n",
    "1; DROP TABLE Molecule",
    "CALL dbms.shutdown()",
    "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "a\x00b",
    "\x00",
    "\\",
    "%",
    "ñ中文🧬\u202e\ufeff",
    "molecule:" + "\U0001f9ec" * 100,
    "x" * 5000,
]
ISO_PATTERN = ISO_DATE


def _string_schema(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "string":
        return True
    if schema.get("type") == "array":
        return _string_schema(schema.get("items") or {})
    return any(_string_schema(option) for option in schema.get("anyOf", []))


def _valid(param: dict[str, Any]) -> Any:
    """A value a required parameter accepts, for the parameters not under test."""
    schema = param.get("schema") or {}
    text = repr(schema)
    if ISO_PATTERN in text:
        return "2024"
    if schema.get("type") == "array":
        return [DRUG]
    return DRUG


def string_parameters(openapi: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(method, path, parameter) for every string-valued query or path parameter."""
    found = []
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            for param in operation.get("parameters", []):
                if param["in"] in ("query", "path") and _string_schema(param.get("schema", {})):
                    found.append((method.upper(), path, param))
    return found


def _request(
    http: httpx.Client, method: str, path: str, params: list[dict[str, Any]], name: str, value: str
) -> httpx.Response:
    query: dict[str, Any] = {}
    url = path
    for param in params:
        given = value if param["name"] == name else (_valid(param) if param["required"] else None)
        if given is None:
            continue
        if param["in"] == "path":
            url = url.replace("{" + param["name"] + "}", quote(str(given), safe=""))
        else:
            query[param["name"]] = given
    content = b"Zeta Pharma announced zetaparib." if method == "POST" else None
    return http.request(method, url, params=query, content=content)


def test_injection_payloads_in_every_string_parameter(served: Served) -> None:
    http = served.http
    openapi = http.get("/openapi.json").json()
    targets = string_parameters(openapi)
    paths_covered = {path for _method, path, _param in targets}
    assert {"/v1/entities", "/v1/entities/{entity_id}", "/v1/facts", "/v1/paths"} <= paths_covered
    assert len(targets) >= 20
    stats = http.get("/v1/stats").json()
    sent = 0
    for method, path, param in targets:
        siblings = openapi["paths"][path][method.lower()].get("parameters", [])
        for payload in PAYLOADS:
            response = _request(http, method, path, siblings, param["name"], payload)
            sent += 1
            where = f"{method} {path} {param['name']}={payload[:60]!r}"
            assert response.status_code < 500, (where, response.text[:500])
            if response.status_code >= 400:
                assert response.headers["content-type"].startswith("application/problem+json")
            if path == "/v1/entities" and param["name"] == "q" and response.status_code == 200:
                needle = payload.strip().lower()
                for hit in response.json()["data"]:  # a match, never "everything"
                    names = [hit["name"], *hit["aliases"]]
                    assert any(needle in name.lower() for name in names), where
    print(f"injection ({served.kind}): {sent} requests over {len(targets)} parameters")
    assert http.get("/v1/stats").json() == stats
    assert served.stop() == served.before


def test_injection_payloads_as_cypher_parameters_are_data(served: Served) -> None:
    query = "MATCH (n:Molecule) WHERE n.id = $v OR n.name = $v RETURN n.id AS id"
    for payload in PAYLOADS:
        response = served.http.post(
            "/v1/cypher", json={"query": query, "parameters": {"v": payload}}
        )
        assert response.status_code == 200, (payload, response.text)
        assert response.json()["rows"] == []
    echo = served.http.post(
        "/v1/cypher", json={"query": "RETURN $v AS v", "parameters": {"v": PAYLOADS[2]}}
    )
    assert echo.json()["rows"] == [{"v": PAYLOADS[2]}]
    assert served.stop() == served.before


@pytest.mark.parametrize("payload", [PAYLOADS[2], PAYLOADS[7], "../../etc/passwd", "ñ中文🧬"])
def test_injection_in_the_write_route_name_is_stored_verbatim(served: Served, payload: str) -> None:
    response = served.http.post(
        "/v1/documents",
        params={"name": payload},
        content=b"Zeta Pharma announced that zetaparib entered a Phase 3 trial.",
        headers={"X-API-Key": API_KEY, "Content-Type": "text/plain"},
    )
    assert response.status_code == 201, response.text
    document_id = response.json()["documents"][0]["document"]["id"]
    detail = served.http.get(f"/v1/documents/{quote(document_id, safe='')}")
    assert detail.status_code == 200
    assert detail.json()["source"] == f"api:{payload}"
    nodes, edges = served.stop()
    assert served.before[0] <= nodes  # nothing stored before was changed or lost
    assert served.before[1] <= edges
    new_documents = [n for n in nodes - served.before[0] if n[0] == "Document"]
    assert len(new_documents) == 1


def test_every_post_route_refuses_a_body_over_the_limit(served: Served) -> None:
    openapi = served.http.get("/openapi.json").json()
    posts = [path for path, ops in openapi["paths"].items() if "post" in ops]
    assert {"/v1/documents", "/v1/cypher"} <= set(posts)
    for path in posts:
        response = served.http.post(
            path, content=b"{" + b" " * MAX_BODY + b"}", headers={"X-API-Key": API_KEY}
        )
        assert response.status_code == 413, path
        assert response.headers["content-type"].startswith("application/problem+json")
    assert served.stop() == served.before
