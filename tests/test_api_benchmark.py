"""`oncokg bench api` end to end, small: it loads, serves with `oncokg serve`, and measures."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.measure.api_bench import ApiBenchResult, bench_api
from oncokg.settings import Settings


def test_bench_api_measures_every_operation_without_errors(tmp_path: Path) -> None:
    """Called where an event loop already runs, as in a notebook."""
    settings = Settings(store="embedded", data_dir=tmp_path / "graph")

    async def from_a_running_loop() -> ApiBenchResult:
        return bench_api(settings, facts=300, requests=40, concurrency=(1, 4))

    with ThreadPoolExecutor(1) as runner:  # a loop of its own: the suite's may be running
        result = runner.submit(asyncio.run, from_a_running_loop()).result()
    assert result.workers == 1
    _assert_complete(result, requests=40)
    report = result.format()
    assert "API in 1 process(es)" in report
    assert "best API throughput" in report


@pytest.mark.neo4j
def test_bench_api_on_neo4j_pairs_the_runs_at_concurrency_one(
    neo4j_settings: Settings, neo4j_store: Neo4jStore
) -> None:
    """Direct and API alternate at concurrency 1 (the store stays open beside the server),
    and every request of every block is counted once. `neo4j_store` clears up after."""
    settings = neo4j_settings.model_copy(update={"workers": 2})
    result = bench_api(settings, facts=300, requests=45, concurrency=(1, 4))
    assert result.workers == 2
    _assert_complete(result, requests=45)


def _assert_complete(result: ApiBenchResult, requests: int) -> None:
    assert {(m.operation, m.mode, m.concurrency) for m in result.measurements} == {
        (operation, mode, c)
        for operation in ("search", "neighbours", "target_landscape")
        for mode in ("api", "direct")
        for c in (1, 4)
    }
    for measurement in result.measurements:
        assert measurement.requests == requests
        assert measurement.errors == 0
        assert 0 < measurement.p50_ms <= measurement.p99_ms
        assert measurement.rps > 0
