"""Who may write, and what the service never says: the API key is compared in constant time,
a wrong key gets 401 and a service without a key refuses writes with 403; neither the key
nor the Neo4j password appears in a response or a log line, even at DEBUG."""

from __future__ import annotations

import ast
import hmac
import inspect
import logging
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi import HTTPException
from fastapi.security import HTTPAuthorizationCredentials

from oncokg.api import auth
from oncokg.settings import Settings
from tests.api.conftest import ApiServer

SECRET_KEY = "k3y-Only-The-Curators-Know-7f2c9a"
SECRET_PASSWORD = "pw-Nobody-Should-See-4b8e1d"
LOGGERS = ("", "oncokg", "uvicorn", "uvicorn.error", "uvicorn.access", "neo4j", "httpx")


def _request(api_key: str | None) -> Any:
    settings = Settings(store="embedded", api_key=api_key)
    return SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(settings=settings)))


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bytes, bytes]]:
    """Every call the auth check makes to hmac.compare_digest (which still does the work)."""
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(auth.hmac, "compare_digest", spy)
    return calls


@pytest.mark.parametrize(
    "given",
    ["wrong", SECRET_KEY[:-1], SECRET_KEY + "x", SECRET_KEY.upper(), "k" * 500, "é" * 3],
)
def test_auth_wrong_key_is_compared_in_constant_time_and_refused(
    compared: list[tuple[bytes, bytes]], given: str
) -> None:
    with pytest.raises(HTTPException) as refused:
        auth.require_api_key(_request(SECRET_KEY), given, None)
    assert refused.value.status_code == 401
    assert SECRET_KEY not in str(refused.value.detail)
    assert compared == [(given.encode(), SECRET_KEY.encode())]  # no shortcut on length


def test_auth_right_key_passes_through_compare_digest(compared: list[tuple[bytes, bytes]]) -> None:
    auth.require_api_key(_request(SECRET_KEY), SECRET_KEY, None)  # raises when refused
    bearer = HTTPAuthorizationCredentials(scheme="Bearer", credentials=SECRET_KEY)
    auth.require_api_key(_request(SECRET_KEY), None, bearer)
    assert compared == [(SECRET_KEY.encode(), SECRET_KEY.encode())] * 2


def test_auth_without_configured_key_refuses_before_comparing(
    compared: list[tuple[bytes, bytes]],
) -> None:
    for configured in (None, "", "changeme", "  password  "):
        with pytest.raises(HTTPException) as refused:
            auth.require_api_key(_request(configured), "changeme", None)
        assert refused.value.status_code == 403
    assert compared == []


def test_auth_source_compares_keys_only_with_compare_digest() -> None:
    tree = ast.parse(inspect.getsource(auth.require_api_key).lstrip())
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            assert not names & {"given", "expected", "header_key"}, ast.unparse(node)


@pytest.fixture
def captured(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every record of the app's, uvicorn's, the driver's and httpx's loggers, at DEBUG,
    whether or not they propagate."""
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        if logger.name != "root":
            logger.addHandler(caplog.handler)
    caplog.handler.setLevel(logging.DEBUG)
    try:
        yield caplog
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)
            if logger.name != "root":
                logger.removeHandler(caplog.handler)


def _leaks(
    secret: str, caplog: pytest.LogCaptureFixture, responses: list[httpx.Response]
) -> list[str]:
    found = [f"log {r.name}: {r.getMessage()[:200]}" for r in caplog.records]
    found = [line for line in found if secret in line]
    if secret in caplog.text:
        found.append("the captured log text")
    for response in responses:
        if secret in response.text or any(secret in v for v in response.headers.values()):
            found.append(f"response {response.request.url}: {response.text[:200]}")
    return found


def test_api_key_never_in_responses_or_logs(
    tmp_path: Path, captured: pytest.LogCaptureFixture
) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path / "g", api_key=SECRET_KEY)
    responses = []
    with ApiServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        for given in ("wrong", SECRET_KEY[:-1], SECRET_KEY[1:], ""):
            headers = {"X-API-Key": given} if given else {}
            response = http.post("/v1/documents", content=b"text", headers=headers)
            assert response.status_code == 401
            assert response.headers["www-authenticate"] == "Bearer"
            responses.append(response)
        bearer = http.post("/v1/documents", content=b"x", headers={"Authorization": "Bearer nope"})
        assert bearer.status_code == 401
        unusable = http.post("/v1/documents", content=b"", headers={"X-API-Key": SECRET_KEY})
        assert unusable.status_code == 422  # the right key, a bad body: the key is not echoed
        responses += [bearer, unusable, http.get("/v1/stats"), http.get("/openapi.json")]
    assert any("POST /v1/documents 401" in r.getMessage() for r in captured.records)
    assert _leaks(SECRET_KEY, captured, responses) == []


def test_api_without_key_refuses_writes_with_403(tmp_path: Path) -> None:
    settings = Settings(store="embedded", data_dir=tmp_path / "g", api_key="changeme")
    with ApiServer(settings) as server, httpx.Client(base_url=server.url, timeout=30) as http:
        response = http.post("/v1/documents", content=b"x", headers={"X-API-Key": "changeme"})
        assert response.status_code == 403
        assert response.headers["content-type"].startswith("application/problem+json")
        assert http.get("/v1/stats").json()["nodes"]["Document"] == 0


@pytest.mark.neo4j
def test_neo4j_password_never_in_responses_or_logs(
    neo4j_settings: Settings, tmp_path: Path, captured: pytest.LogCaptureFixture
) -> None:
    """A wrong password (for a user that does not exist, so no real account gets locked),
    then the right one: the driver logs at DEBUG, the app logs the store error."""
    wrong = neo4j_settings.model_copy(
        update={
            "neo4j_user": "intruder",
            "neo4j_password": Settings(neo4j_password=SECRET_PASSWORD).neo4j_password,
        }
    )
    responses = []
    with ApiServer(wrong) as server, httpx.Client(base_url=server.url, timeout=60) as http:
        for path in ("/health", "/v1/stats", "/v1/entities?q=bcl"):
            response = http.get(path)
            assert response.status_code >= 500
            assert response.headers["content-type"].startswith("application/problem+json")
            responses.append(response)
    assert any(r.name.startswith("neo4j") for r in captured.records)  # the driver did log
    assert _leaks(SECRET_PASSWORD, captured, responses) == []
    right = neo4j_settings.neo4j_password.get_secret_value()
    with ApiServer(neo4j_settings) as server, httpx.Client(base_url=server.url) as http:
        responses = [http.get("/health"), http.get("/v1/stats")]
        assert [r.status_code for r in responses] == [200, 200]
    assert _leaks(right, captured, responses) == []
