"""Soak: 64 concurrent clients on loopback for 60 s against uvicorn in a subprocess, a mix of
read routes; no 5xx, and the server's memory (VmRSS) does not grow between the first and the
last quarter of the run (after a 5 s warm-up). ONCOKG_SOAK_SECONDS shortens or lengthens the run."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from statistics import mean
from urllib.parse import quote

import httpx
import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from oncokg.measure.synth import write_corpus
from oncokg.pipeline import ingest
from oncokg.settings import Settings
from tests.conftest import free_port
from tests.factories import sample_graph

CONCURRENCY = 64
SECONDS = float(os.environ.get("ONCOKG_SOAK_SECONDS", "60"))
DOCUMENTS = 150
WARMUP_S = 5.0  # thread pool, connection pool and caches fill first; not sampled
MAX_GROWTH_MB = 50
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _load(store: GraphStore, corpus: Path) -> None:
    store.clear()
    store.upsert(sample_graph())
    ingest([corpus], store, batch_size=50)


@pytest.fixture(params=STORES)
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, int]]:
    """(base URL, pid) of `uvicorn oncokg.api.app:create_app` in its own process."""
    write_corpus(tmp_path / "corpus", DOCUMENTS, seed=5)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ONCOKG_", "NEO4J_"))}
    if request.param == "embedded":
        folder = tmp_path / "graph"
        with EmbeddedStore(folder) as store:
            _load(store, tmp_path / "corpus" / "docs")
        env |= {"ONCOKG_STORE": "embedded", "ONCOKG_DATA_DIR": str(folder)}
    else:
        settings: Settings = request.getfixturevalue("neo4j_settings")
        password = settings.neo4j_password.get_secret_value()
        with Neo4jStore(settings.neo4j_uri, settings.neo4j_user, password) as store:
            _load(store, tmp_path / "corpus" / "docs")
        env |= {
            "ONCOKG_STORE": "neo4j",
            "NEO4J_URI": settings.neo4j_uri,
            "NEO4J_USER": settings.neo4j_user,
            "NEO4J_PASSWORD": password,
        }
    port = free_port()
    command = [
        sys.executable, "-m", "uvicorn", "oncokg.api.app:create_app", "--factory",
        "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning",
        "--no-access-log",
    ]  # fmt: skip
    log = (tmp_path / "server.log").open("w")  # a file: an undrained pipe would fill and block it
    process = subprocess.Popen(command, env=env, cwd=tmp_path, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, _tail(tmp_path / "server.log")
            try:
                if httpx.get(f"{url}/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "uvicorn did not come up"
            time.sleep(0.2)
        yield url, process.pid
    finally:
        process.terminate()
        process.wait(30)
        log.close()


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-4000:]


def _routes(client: httpx.Client) -> list[str]:
    """A mix of read routes over ids that exist."""
    ids: dict[str, list[str]] = {}
    for query in ("a", "e", "i", "o"):
        for hit in client.get("/v1/entities", params={"q": query, "limit": 200}).json()["data"]:
            ids.setdefault(hit["label"], []).append(hit["id"])
    entities = sorted({i for group in ids.values() for i in group})
    assert len(entities) > 20
    routes = ["/v1/stats", "/health", "/v1/facts?limit=20", "/v1/views/new?since=2020"]
    routes += [f"/v1/entities?q={q}" for q in ("bcl", "pharma", "leuk", "mab", "zz")]
    for entity in entities[:80]:
        safe = quote(entity, safe=":")
        routes += [f"/v1/entities/{safe}", f"/v1/entities/{safe}/neighbours?limit=20"]
        routes.append(f"/v1/facts?source={quote(entity, safe='')}&limit=10")
    for target in ids.get("Target", [])[:20]:
        routes.append(f"/v1/views/target-landscape/{quote(target, safe=':')}")
    for disease in ids.get("Disease", [])[:20]:
        routes.append(f"/v1/views/disease-landscape/{quote(disease, safe=':')}")
    for org in ids.get("Organization", [])[:20]:
        routes.append(f"/v1/views/organisation-profile/{quote(org, safe=':')}")
        routes.append(f"/v1/views/timeline/{quote(org, safe=':')}")
    return routes


async def _soak(
    url: str, pid: int, routes: list[str], failures: list[str]
) -> tuple[Counter[int], list[float]]:
    """Statuses counted after the warm-up, RSS samples; every 5xx goes into `failures`."""
    statuses: Counter[int] = Counter()
    rss: list[float] = []
    measured_from = time.monotonic() + WARMUP_S
    stop = measured_from + SECONDS
    # Idle connections are dropped before uvicorn's 5 s keep-alive ends (httpx keeps them 5 s
    # too): reusing one the server is closing at that moment reads as "server disconnected".
    limits = httpx.Limits(
        max_connections=CONCURRENCY, max_keepalive_connections=CONCURRENCY, keepalive_expiry=2.0
    )

    async def worker(seed: int, client: httpx.AsyncClient) -> None:
        rng = random.Random(seed)
        while time.monotonic() < stop:
            route = rng.choice(routes)
            response = await client.get(route)
            if response.status_code >= 500:
                failures.append(f"{route}: {response.status_code} {response.text[:300]}")
            if time.monotonic() >= measured_from:
                statuses[response.status_code] += 1
            else:
                assert response.status_code < 500, response.text

    async def sample() -> None:
        await asyncio.sleep(WARMUP_S)
        while time.monotonic() < stop:
            rss.append(_rss_mb(pid))
            await asyncio.sleep(0.5)

    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        await asyncio.gather(sample(), *(worker(n, client) for n in range(CONCURRENCY)))
    return statuses, rss


def test_soak_64_clients_no_5xx_and_bounded_memory(server: tuple[str, int], tmp_path: Path) -> None:
    url, pid = server
    with httpx.Client(base_url=url, timeout=30) as client:
        routes = _routes(client)
    started = time.monotonic()
    # a loop of its own in a thread: another test's Playwright may hold this thread's loop
    with ThreadPoolExecutor(1) as runner:
        failures: list[str] = []
        statuses, rss = runner.submit(asyncio.run, _soak(url, pid, routes, failures)).result()
    elapsed = time.monotonic() - started - WARMUP_S
    served = sum(statuses.values())
    quarter = max(1, len(rss) // 4)
    growth = mean(rss[-quarter:]) - mean(rss[:quarter])
    print(
        f"soak: {served} requests in {elapsed:.0f} s ({served / elapsed:.0f}/s) at "
        f"concurrency {CONCURRENCY}; statuses {dict(statuses)}; RSS {rss[0]:.0f} -> "
        f"{rss[-1]:.0f} MB (max {max(rss):.0f}), first-to-last-quarter growth {growth:+.1f} MB; "
        f"mean RSS by fifth of the run: {' '.join(f'{m:.0f}' for m in _fifths(rss))} MB"
    )
    assert not failures, "\n".join([*failures[:5], _tail(tmp_path / "server.log")])
    assert set(statuses) <= {200}, statuses  # every route of the mix exists
    assert served > CONCURRENCY * 10
    assert growth < MAX_GROWTH_MB


def _fifths(samples: list[float]) -> list[float]:
    """Means of five equal stretches of the samples: a plateau shows as equal figures."""
    size = max(1, len(samples) // 5)
    return [mean(samples[k : k + size]) for k in range(0, size * 5, size) if samples[k : k + size]]
