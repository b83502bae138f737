"""`oncokg bench api`: latency and throughput of the HTTP API next to the same reads made
directly on the store (over Bolt for Neo4j), on a synthetic graph of N facts.

The API runs as `oncokg serve` runs it, in processes of its own; the client keeps a fixed
number of requests in flight on keep-alive connections. "direct" calls the same
`GraphStore` read the route calls, from threads, so the difference between the two is what
HTTP, FastAPI and JSON add.
"""

from __future__ import annotations

import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Coroutine, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from oncokg.api.serve import settings_environment, worker_count
from oncokg.extraction import Document, Edge, Extraction, Node
from oncokg.graph import reads, views
from oncokg.graph.factory import make_store
from oncokg.graph.store import GraphStore
from oncokg.schema import EdgeKind, Label, node_id
from oncokg.settings import Settings

FACTS_PER_DOCUMENT = 10
WARM_UP_PER_CONNECTION = 10
PAIRED_BLOCKS = 10
T = TypeVar("T")
TARGETS = {"p99_ms_neighbours_c32": 50.0, "overhead_ms_p50": 2.0, "rps": 500.0}


# --- synthetic graph ---------------------------------------------------------------------
def synthetic_extractions(facts: int, *, seed: int = 0) -> list[Extraction]:
    """Extractions with exactly `facts` distinct facts (10 per document): per document two
    new molecules from one organisation, each on a target and for two diseases, a second
    target for the first, and one partnership. Targets and diseases are shared, so target
    landscapes have tens of rows and neighbour lists vary in size as in real data."""
    rng = random.Random(seed)
    n_docs = max(1, facts // FACTS_PER_DOCUMENT)
    n_targets = max(10, n_docs // 10)
    n_diseases = max(10, n_docs // 20)
    n_orgs = max(10, n_docs // 5)
    out = []
    for d in range(n_docs):
        org = Node(
            node_id(Label.ORGANIZATION, f"org {d % n_orgs}"),
            Label.ORGANIZATION,
            f"Org {d % n_orgs} Pharma",
        )
        partner_index = (d % n_orgs + 1 + d // n_orgs) % n_orgs  # each pair once
        partner = Node(
            node_id(Label.ORGANIZATION, f"org {partner_index}"),
            Label.ORGANIZATION,
            f"Org {partner_index} Pharma",
        )
        nodes = {org.id: org, partner.id: partner}
        edges = [Edge(EdgeKind.COLLABORATES_WITH, org.id, partner.id, f"{d}: partners.")]
        for k in (0, 1):
            m = 2 * d + k
            molecule = Node(
                node_id(Label.MOLECULE, f"synth {m}"), Label.MOLECULE, f"synthomab-{m}", [f"SX-{m}"]
            )
            targets = [rng.randrange(n_targets)] + ([rng.randrange(n_targets)] if k == 0 else [])
            nodes[molecule.id] = molecule
            edges.append(Edge(EdgeKind.DEVELOPS, org.id, molecule.id, f"{d}: develops {m}."))
            for t in dict.fromkeys(targets):
                target = Node(node_id(Label.TARGET, f"TGT{t}"), Label.TARGET, f"TGT{t}")
                nodes[target.id] = target
                edges.append(Edge(EdgeKind.TARGETS, molecule.id, target.id, f"{d}: {m} on {t}."))
            for x in rng.sample(range(n_diseases), 2):
                disease = Node(
                    node_id(Label.DISEASE, f"disease {x}"), Label.DISEASE, f"synthetic disease {x}"
                )
                nodes[disease.id] = disease
                edges.append(
                    Edge(
                        EdgeKind.INDICATED_FOR,
                        molecule.id,
                        disease.id,
                        f"{d}: {m} in {x}.",
                        properties={"phase": f"Phase {1 + x % 3}"},
                    )
                )
        if len(edges) < FACTS_PER_DOCUMENT:  # both targets drawn equal: pad with another
            extra = Node(node_id(Label.TARGET, f"TGTX{d}"), Label.TARGET, f"TGTX{d}")
            nodes[extra.id] = extra
            edges.append(Edge(EdgeKind.TARGETS, edges[1].target, extra.id, f"{d}: extra."))
        year, month, day = 2015 + d % 10, 1 + d % 12, 1 + d % 28
        text = f"Synthetic release {d}. " + " ".join(e.evidence for e in edges)
        doc = Document(
            text=text,
            title=f"Synthetic release {d}",
            published=f"{year}-{month:02d}-{day:02d}",
            source=f"synthetic:{d}",
        )
        out.append(Extraction(doc, list(nodes.values()), edges))
    return out


def load_synthetic(store: GraphStore, facts: int, *, batch: int = 500, seed: int = 0) -> float:
    """Clear the store and load the synthetic graph; seconds taken."""
    started = time.perf_counter()
    store.clear()
    extractions = synthetic_extractions(facts, seed=seed)
    for i in range(0, len(extractions), batch):
        store.upsert(extractions[i : i + batch])
    return time.perf_counter() - started


# --- measuring ---------------------------------------------------------------------------
@dataclass
class Measurement:
    operation: str
    mode: str  # "api" or "direct"
    concurrency: int
    requests: int
    p50_ms: float
    p99_ms: float
    rps: float
    errors: int = 0


@dataclass
class ApiBenchResult:
    store: str
    facts: int
    load_s: float
    workers: int
    measurements: list[Measurement] = field(default_factory=list)

    def get(self, operation: str, mode: str, concurrency: int) -> Measurement | None:
        for m in self.measurements:
            if (m.operation, m.mode, m.concurrency) == (operation, mode, concurrency):
                return m
        return None

    def format(self) -> str:
        lines = [
            f"API benchmark: {self.store} store, {self.facts:,} facts (loaded in "
            f"{self.load_s:.0f} s), API in {self.workers} process(es)",
            f"{'operation':<18}{'mode':<8}{'conc':>5}{'n':>6}{'p50 ms':>9}{'p99 ms':>9}"
            f"{'req/s':>9}{'errors':>8}",
        ]
        for m in self.measurements:
            lines.append(
                f"{m.operation:<18}{m.mode:<8}{m.concurrency:>5}{m.requests:>6}"
                f"{m.p50_ms:>9.2f}{m.p99_ms:>9.2f}{m.rps:>9.0f}{m.errors:>8}"
            )
        lines.append("targets:")
        for check, ok in self.checks():
            lines.append(f"  [{'ok' if ok else 'MISS'}] {check}")
        return "\n".join(lines)

    def checks(self) -> list[tuple[str, bool]]:
        found = []
        n32 = self.get("neighbours", "api", 32)
        if n32:
            found.append(
                (
                    f"neighbours p99 at concurrency 32: {n32.p99_ms:.1f} ms "
                    f"(<= {TARGETS['p99_ms_neighbours_c32']:.0f})",
                    n32.p99_ms <= TARGETS["p99_ms_neighbours_c32"],
                )
            )
        for op in ("search", "neighbours", "target_landscape"):
            api, direct = self.get(op, "api", 1), self.get(op, "direct", 1)
            if api and direct:
                overhead = api.p50_ms - direct.p50_ms
                found.append(
                    (
                        f"{op} API overhead at p50: {overhead:.2f} ms "
                        f"(<= {TARGETS['overhead_ms_p50']:.0f})",
                        overhead <= TARGETS["overhead_ms_p50"],
                    )
                )
        best = max((m.rps for m in self.measurements if m.mode == "api"), default=0.0)
        found.append((f"best API throughput: {best:.0f} req/s (>= 500)", best >= TARGETS["rps"]))
        return found


def _summarise(
    operation: str, mode: str, concurrency: int, latencies: list[float], wall: float, errors: int
) -> Measurement:
    ordered = sorted(latencies) or [0.0]
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return Measurement(
        operation,
        mode,
        concurrency,
        len(latencies),
        statistics.median(ordered) * 1000,
        p99 * 1000,
        len(latencies) / wall if wall else 0.0,
        errors,
    )


LoadResult = tuple[list[float], float, int]  # latencies (s), wall time (s), errors


async def _http_load(base_url: str, paths: Sequence[str], concurrency: int) -> LoadResult:
    """`concurrency` keep-alive connections, each sending its next GET when the last answer
    is in. A minimal HTTP/1.1 client on asyncio streams rather than a full client library:
    the client shares the machine's cores with the server and the database, so every
    microsecond it spends per request is taken from what it measures."""
    url = urlsplit(base_url)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    latencies: list[float] = []
    statuses: list[int] = []

    async def connection(queue: list[str]) -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            while queue:
                path = queue.pop()
                started = time.perf_counter()
                writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
                statuses.append(await _read_response(reader))
                latencies.append(time.perf_counter() - started)
        finally:
            writer.close()

    warm_up = _warm_up(paths, concurrency)
    await asyncio.gather(*(connection(warm_up) for _ in range(concurrency)))
    latencies.clear()
    statuses.clear()
    queue = list(reversed(paths))
    started = time.perf_counter()
    await asyncio.gather(*(connection(queue) for _ in range(concurrency)))
    wall = time.perf_counter() - started
    return latencies, wall, sum(status != 200 for status in statuses)


def _warm_up(items: Sequence[T], concurrency: int) -> list[T]:
    """What runs, untimed, before a measurement: `WARM_UP_PER_CONNECTION` requests per
    connection. It opens the connections and plans the queries, and it takes the first
    quarter second of load off the figures: after an idle spell the first batches run
    two to three times slower (threads and caches waking), and in a run of 1,000 requests
    those dozen requests alone would set the p99."""
    return [items[i % len(items)] for i in range(concurrency * WARM_UP_PER_CONNECTION)]


def _in_own_thread(load: Coroutine[Any, Any, LoadResult]) -> LoadResult:
    """Run the client's event loop in a thread of its own: the caller may be running one
    already (a notebook, a test), where `asyncio.run` refuses to start."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, load).result()


async def _read_response(reader: asyncio.StreamReader) -> int:
    """Read one response (Content-Length framed, as the API's are); its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return int(head.split(b" ", 2)[1])


def _direct_load(
    calls: Sequence[Callable[[], object]], concurrency: int
) -> tuple[list[float], float, int]:
    def timed(call: Callable[[], object]) -> float:
        started = time.perf_counter()
        call()
        return time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(timed, _warm_up(calls, concurrency)))
        started = time.perf_counter()
        latencies = list(pool.map(timed, calls))
    return latencies, time.perf_counter() - started, 0


def _workload(facts: int, requests: int, seed: int) -> dict[str, list[tuple[str, object]]]:
    """Per operation: (URL path, argument) pairs, the same for API and direct runs."""
    rng = random.Random(seed + 1)
    n_docs = max(1, facts // FACTS_PER_DOCUMENT)
    n_targets = max(10, n_docs // 10)
    targets = [node_id(Label.TARGET, f"TGT{rng.randrange(n_targets)}") for _ in range(requests)]
    terms = [f"synthomab-{rng.randrange(2 * n_docs)}" for _ in range(requests)]
    return {
        "search": [(f"/v1/entities?q={t}&limit=20", t) for t in terms],
        "neighbours": [(f"/v1/entities/{t}/neighbours?limit=100", t) for t in targets],
        "target_landscape": [(f"/v1/views/target-landscape/{t}?limit=50", t) for t in targets],
    }


def _direct_call(store: GraphStore, operation: str, argument: str) -> Callable[[], object]:
    if operation == "search":
        return lambda: reads.search(store, argument, limit=21)
    if operation == "neighbours":
        return lambda: reads.neighbours(store, argument, limit=101)
    return lambda: views.target_landscape(store, argument, limit=51)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_server(settings: Settings) -> tuple[subprocess.Popen[bytes], str]:
    """`oncokg serve` as a user runs it (same worker processes), quiet but for warnings."""
    port = _free_port()
    env = {**os.environ, **settings_environment(settings)}
    process = subprocess.Popen(
        [sys.executable, "-m", "oncokg", "serve", "--port", str(port), "--log-level", "warning"],
        env=env,
        cwd=Path.cwd(),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=5) as response:
                if response.status == 200:
                    return process, url
        except OSError:  # refused while starting; URLError and HTTPError are OSErrors
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the API server did not come up for the benchmark")


def bench_api(
    settings: Settings,
    *,
    facts: int = 100_000,
    requests: int = 1000,
    concurrency: Sequence[int] = (1, 32),
    load: bool = True,
    seed: int = 0,
) -> ApiBenchResult:
    """Load `facts` synthetic facts into the store of `settings` (unless `load` is False:
    then it must already hold them), then time search, neighbours and target landscape,
    directly on the store and through the API, at each concurrency.

    On Neo4j, the runs at concurrency 1 alternate direct and API in blocks of
    `requests / PAIRED_BLOCKS`, so that the overhead compares the two under the same
    conditions: on a shared machine the speed drifts by a third within minutes, more than
    the overhead measured. The embedded store admits one process, the server's, so there
    every direct run comes first.

    Destructive: with `load`, the store is cleared first. Point it at a scratch database."""
    store = make_store(settings)
    store.open()
    try:
        load_s = load_synthetic(store, facts, seed=seed) if load else 0.0
        result = ApiBenchResult(store.name, facts, load_s, worker_count(settings))
        work = _workload(facts, requests, seed)
        calls = {
            op: [_direct_call(store, op, str(arg)) for _, arg in items]
            for op, items in work.items()
        }
        paths = {op: [path for path, _ in items] for op, items in work.items()}
        paired = 1 in concurrency and settings.store != "embedded"
        apart = [c for c in concurrency if not (paired and c == 1)]
        for op in work:
            for c in apart:
                result.measurements.append(_summarise(op, "direct", c, *_direct_load(calls[op], c)))
        if not paired:
            store.close()  # LadybugDB admits one process: the server's
        process, url = _start_server(settings)
        try:
            for op in work:
                if paired:
                    result.measurements += _paired_at_one(op, calls[op], url, paths[op])
                for c in apart:
                    load_result = _in_own_thread(_http_load(url, paths[op], c))
                    result.measurements.append(_summarise(op, "api", c, *load_result))
        finally:
            process.terminate()
            process.wait(timeout=30)
    finally:
        store.close()
    result.measurements.sort(key=lambda m: (m.operation, m.concurrency, m.mode))
    return result


def _paired_at_one(
    operation: str, calls: Sequence[Callable[[], object]], url: str, paths: Sequence[str]
) -> list[Measurement]:
    """Direct and API at concurrency 1, block by block in turn, each block warmed up."""
    size = max(1, len(paths) // PAIRED_BLOCKS)
    direct: LoadResult = ([], 0.0, 0)
    api: LoadResult = ([], 0.0, 0)
    for start in range(0, len(paths), size):
        direct = _combined(direct, _direct_load(calls[start : start + size], 1))
        api = _combined(api, _in_own_thread(_http_load(url, paths[start : start + size], 1)))
    return [_summarise(operation, "direct", 1, *direct), _summarise(operation, "api", 1, *api)]


def _combined(first: LoadResult, second: LoadResult) -> LoadResult:
    return first[0] + second[0], first[1] + second[1], first[2] + second[2]
