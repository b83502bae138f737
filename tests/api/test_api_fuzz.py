"""schemathesis over `/openapi.json` of the live API: generated requests, valid and
invalid, must never get a 5xx. Bounded (a few examples per route) to stay under a minute;
embedded store only, since the point is the HTTP layer's handling of odd input."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncokg.graph.embedded import EmbeddedStore
from oncokg.settings import Settings
from tests.api.conftest import ApiServer
from tests.factories import sample_graph

schemathesis = pytest.importorskip("schemathesis")

EXAMPLES_PER_OPERATION = 12
BUDGET_S = 60


def test_api_fuzz_openapi_finds_no_server_error(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with EmbeddedStore(folder) as store:
        store.upsert(sample_graph())
    config = Settings(store="embedded", data_dir=folder)  # no key: writes answer 403
    with ApiServer(config, cypher_timeout_s=2, cypher_max_rows=50) as server:
        schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
        operations = [op.ok() for op in schema.get_all_operations()]
        assert len(operations) >= 16
        started = time.monotonic()
        failures: list[str] = []
        calls: list[int] = []
        for operation in operations:
            if time.monotonic() - started > BUDGET_S:
                break
            strategy = operation.as_strategy()

            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            @given(case=strategy, _=st.just(None))
            def run(case: object, _: None) -> None:
                response = case.call(base_url=server.url, timeout=10)  # type: ignore[attr-defined]
                calls.append(response.status_code)
                if response.status_code >= 500:
                    failures.append(f"{case.method} {response.url} -> {response.status_code}")  # type: ignore[attr-defined]

            run()
        assert not failures, "\n".join(failures[:10])
        assert len(calls) >= 5 * len(operations)
        print(f"{len(calls)} requests, statuses {sorted(set(calls))}")
        assert httpx.get(f"{server.url}/health").status_code == 200
