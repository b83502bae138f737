"""scripts/neo4j_local.py: the throwaway Neo4j server the integration tests run against.

Pure parts (auth file, config, cache marker) are checked without Java; the rest starts real
servers from the Maven Central jars. With CI=true those fail, never skip, when none starts.
"""

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "neo4j_local.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("neo4j_local", SCRIPT)
    assert spec
    assert spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


neo4j_local = _load()


def _start(**kwargs: Any) -> Any:
    """A server, or a skip with the reason outside CI (no Java or Maven on a laptop)."""
    try:
        return neo4j_local.start(**kwargs)
    except (neo4j_local.Neo4jLocalError, OSError) as exc:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"could not start Neo4j: {exc}")
        pytest.skip(f"could not start Neo4j (needs Java 17+ and Maven): {exc}")


@pytest.fixture(scope="module")
def server() -> Iterator[Any]:
    started = _start()
    try:
        yield started
    finally:
        started.stop()


# ---------------------------------------------------------------------------------------------
# without a server


def test_initial_password_file_matches_neo4j_admin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Written by `neo4j-admin dbms set-initial-password Secret-pw-123` (5.26.30).
    salt = "d1319201198b8cb407797cca98513d260f6bb50fa54a4a0b7033ab5f9555ca70"
    digest = "4bcdf810520cc7cb192d167304a2707c7a31e3cd883d690f9de3c8080299235a"
    monkeypatch.setattr(neo4j_local.secrets, "token_bytes", lambda _n: bytes.fromhex(salt))
    path = tmp_path / "auth.ini"

    neo4j_local._write_initial_password(path, "neo4j", "Secret-pw-123")

    assert path.read_text() == f"neo4j:SHA-256,{digest},{salt},1024:\n"
    assert path.stat().st_mode & 0o777 == 0o600


def test_config_listens_on_loopback_only() -> None:
    conf = neo4j_local._config(7001, 7002, heap="256m", page_cache="16m")
    settings = dict(line.split("=", 1) for line in conf.splitlines())

    assert settings["server.default_listen_address"] == "127.0.0.1"
    assert settings["server.bolt.listen_address"] == "127.0.0.1:7001"
    assert settings["server.http.advertised_address"] == "127.0.0.1:7002"
    assert settings["server.https.enabled"] == "false"
    assert settings["dbms.security.auth_enabled"] == "true"
    assert settings["server.memory.pagecache.size"] == "16m"


def test_fetch_reuses_a_complete_cache_without_maven(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "neo4j-server-5.26.30.jar").write_bytes(b"")
    stamp = hashlib.sha256(neo4j_local.POM.read_bytes()).hexdigest()
    marker = {"pom_sha256": stamp, "jars": ["neo4j-server-5.26.30.jar"]}
    (tmp_path / "complete.json").write_text(json.dumps(marker))
    monkeypatch.setattr(neo4j_local.shutil, "which", lambda _name: None)  # no mvn

    assert neo4j_local.fetch(tmp_path) == lib


def test_fetch_refetches_when_a_jar_is_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stamp = hashlib.sha256(neo4j_local.POM.read_bytes()).hexdigest()
    marker = {"pom_sha256": stamp, "jars": ["neo4j-server-5.26.30.jar"]}
    (tmp_path / "complete.json").write_text(json.dumps(marker))
    monkeypatch.setattr(neo4j_local.shutil, "which", lambda _name: None)

    with pytest.raises(neo4j_local.Neo4jLocalError, match="mvn not found"):
        neo4j_local.fetch(tmp_path)


@pytest.mark.parametrize(
    ("banner", "major"),
    [('openjdk version "17.0.15" 2025-04-15', 17), ('java version "1.8.0_402"', 8)],
)
def test_java_major_reads_the_version_banner(
    banner: str, major: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = neo4j_local.subprocess.CompletedProcess([], 0, stdout="", stderr=banner)
    monkeypatch.setattr(neo4j_local.subprocess, "run", lambda *_a, **_k: result)

    assert neo4j_local._java_major("java") == major


# ---------------------------------------------------------------------------------------------
# with a real server


@pytest.mark.neo4j
def test_server_runs_queries_with_its_generated_password(server: Any) -> None:
    assert server.uri.startswith("bolt://127.0.0.1:")
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        driver.execute_query("CREATE (:Probe {name: $name})", name="alpha")
        found, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name")

    assert records[0]["one"] == 1
    assert [record["name"] for record in found] == ["alpha"]


@pytest.mark.neo4j
def test_server_refuses_a_wrong_password(server: Any) -> None:
    with (
        GraphDatabase.driver(server.uri, auth=(server.user, "not-the-password")) as driver,
        pytest.raises(AuthError),
    ):
        driver.verify_connectivity()


@pytest.mark.neo4j
def test_server_serves_neo4j_browser_over_http(server: Any) -> None:
    lib = neo4j_local.fetch()
    assert list(lib.glob(neo4j_local.BROWSER_JAR_PREFIX + "*.jar")), "pom lists the browser"

    with urllib.request.urlopen(server.browser_url, timeout=10) as response:
        page = response.read().decode()

    assert response.status == 200
    assert "Neo4j Browser" in page


@pytest.mark.neo4j
def test_kill_then_start_again_keeps_data_and_stop_removes_home() -> None:
    server = _start(password="fixed-password-1", browser=False)
    try:
        auth = (server.user, server.password)
        with GraphDatabase.driver(server.uri, auth=auth) as driver:
            driver.execute_query("CREATE (:Probe {name: 'survivor'})")
        server.kill()
        assert not server.is_running()

        server.start_again()

        with GraphDatabase.driver(server.uri, auth=auth) as driver:
            found, _, _ = driver.execute_query("MATCH (p:Probe) RETURN p.name AS name")
        assert [record["name"] for record in found] == ["survivor"]
        assert server.password == "fixed-password-1"
        with pytest.raises(urllib.error.HTTPError, match="404"):
            urllib.request.urlopen(server.browser_url, timeout=10)  # browser=False
    finally:
        process, home = server.process, server.home
        server.stop()

    assert process is not None
    assert process.poll() is not None
    assert not home.exists()


_ORPHAN = """
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("neo4j_local", sys.argv[1])
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)
java, lib = module.find_java(), module.fetch()
server = module._prepare(java, lib, "pw-123456", heap="256m", page_cache="16m", browser=False)
server.launch()
print(server.process.pid, server.home, flush=True)
time.sleep(600)
"""


@pytest.mark.neo4j
def test_java_dies_with_a_parent_that_never_called_stop() -> None:
    neo4j_local.fetch()  # the child must not spend its time in Maven
    child = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN, str(SCRIPT)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    pid, home = child.stdout.readline().split()
    try:
        child.kill()
        child.wait()
        assert _gone(int(pid), within=15.0)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _gone(pid: int, within: float) -> bool:
    """True once the process has exited (a zombie nobody reaped counts as exited)."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except (FileNotFoundError, ProcessLookupError):
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.2)
    return False
