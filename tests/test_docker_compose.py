"""No Docker engine runs here, so the compose file is checked as data."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[1]


def _compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "docker-compose.yml").read_text())
    return data


def test_compose_services_ports_and_health() -> None:
    services = _compose()["services"]
    assert services["neo4j"]["image"].startswith("neo4j:5")
    assert set(services["neo4j"]["ports"]) == {"127.0.0.1:7474:7474", "127.0.0.1:7687:7687"}
    assert "test" in services["neo4j"]["healthcheck"]
    assert services["api"]["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert services["api"]["build"] == "."
    assert (REPO / "Dockerfile").is_file()


def test_compose_hard_codes_no_password() -> None:
    text = (REPO / "docker-compose.yml").read_text()
    for service in _compose()["services"].values():
        for key, value in (service.get("environment") or {}).items():
            if "PASSWORD" in key or key == "NEO4J_AUTH":
                assert re.search(r"\$\{NEO4J_PASSWORD:\?", str(value)), key
    assert "neo4j/neo4j" not in text


def test_compose_every_published_port_binds_to_localhost() -> None:
    for name, service in _compose()["services"].items():
        for port in service.get("ports") or []:
            assert str(port).startswith("127.0.0.1:"), (name, port)


def test_compose_api_key_defaults_to_none_and_env_example_holds_no_secret() -> None:
    api = _compose()["services"]["api"]["environment"]
    assert api["ONCOKG_API_KEY"] == "${ONCOKG_API_KEY:-}"  # unset: writes refused (403)
    example = (REPO / ".env.example").read_text()
    values = dict(
        line.split("=", 1) for line in example.splitlines() if "=" in line and line[0] != "#"
    )
    assert values["NEO4J_PASSWORD"] == ""
    assert values["ONCOKG_API_KEY"] == ""
