"""`oncokg serve`: settings carried to worker processes, and several workers on Neo4j."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from oncokg.api.serve import log_config, settings_environment, worker_count
from oncokg.graph import reads
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.settings import Settings
from tests.conftest import free_port, start_process
from tests.factories import BCL2, sample_graph


def test_settings_environment_rebuilds_the_same_settings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = Settings(
        store="neo4j",
        data_dir=tmp_path / "graph",
        neo4j_uri="bolt://db.example:7687",
        neo4j_password="s3cret-pass",
        api_key="a-long-api-key",
        port=8123,
        workers=3,
        cors_origins="https://a.example,https://b.example",
    )
    env = settings_environment(settings)
    assert env["NEO4J_PASSWORD"] == "s3cret-pass"
    for key in list(os.environ):
        if key.startswith(("ONCOKG_", "NEO4J_")):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    rebuilt = Settings(_env_file=None)
    assert rebuilt.model_dump() == settings.model_dump()
    assert rebuilt.neo4j_password.get_secret_value() == "s3cret-pass"


def test_worker_count_is_one_for_the_embedded_store() -> None:
    assert worker_count(Settings(store="embedded", workers=4)) == 1
    assert worker_count(Settings(store="neo4j", workers=3)) == 3
    assert 1 <= worker_count(Settings(store="neo4j")) <= 4


def test_log_config_routes_the_timing_line_to_uvicorn_handler() -> None:
    config = log_config("warning")
    assert config["loggers"]["oncokg"] == {
        "handlers": ["default"],
        "level": "WARNING",
        "propagate": False,
    }


def _workers(pid: int) -> list[int]:
    """The worker processes `pid` started (multiprocessing's helper process left out)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes()
        except (OSError, NotADirectoryError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid and b"spawn_main" in command:
            found.append(int(entry.name))
    return found


def _start(settings: Settings, tmp_path: Path, workers: int) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "oncokg", "serve", "--port", str(port)]
    server = start_process(
        [*command, "--workers", str(workers)],
        cwd=tmp_path,
        env={**os.environ, **settings_environment(settings)},
        ready=lambda process: len(_workers(process.pid)) >= workers and _answers(url),
    )
    return server, url


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/health", timeout=5).status_code == 200
    except httpx.TransportError:
        return False


@pytest.mark.neo4j
def test_serve_runs_worker_processes_on_neo4j_and_logs_each_request(
    neo4j_settings: Settings, neo4j_store: Neo4jStore, tmp_path: Path
) -> None:
    neo4j_store.upsert(sample_graph())
    expected = [n.model_dump() for n in reads.neighbours(neo4j_store, BCL2)]
    server, url = _start(neo4j_settings, tmp_path, workers=2)
    workers = _workers(server.pid)
    try:
        assert len(workers) == 2

        def neighbours(_: int) -> list[dict[str, object]]:
            with httpx.Client(base_url=url, timeout=10) as client:  # a connection each
                response = client.get(f"/v1/entities/{BCL2}/neighbours")
                response.raise_for_status()
                data: list[dict[str, object]] = response.json()["data"]
                return data

        with ThreadPoolExecutor(8) as pool:  # concurrent requests share batched reads
            answers = list(pool.map(neighbours, range(32)))
        assert expected
        assert all(answer == expected for answer in answers)
    finally:
        server.send_signal(signal.SIGTERM)
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output
    assert "2 process(es)" in output
    assert "GET /health 200" in output  # the per-request timing line, with milliseconds
    assert "ms" in output.split("GET /health 200", 1)[1].splitlines()[0]
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)  # no orphans


@pytest.mark.neo4j
def test_serve_stops_when_a_worker_dies(neo4j_settings: Settings, tmp_path: Path) -> None:
    """A dead worker takes the service down with a non-zero status (for a process manager
    to restart it), instead of serving at part strength unnoticed."""
    server, _ = _start(neo4j_settings, tmp_path, workers=2)
    try:
        first, second = _workers(server.pid)
        os.kill(first, signal.SIGKILL)
        output, _ = server.communicate(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode != 0
    assert "worker process died" in output
    assert not Path(f"/proc/{second}").exists()  # stopped and reaped
