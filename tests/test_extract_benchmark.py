"""`oncokg bench extract`: throughput over a folder, the warm passes reported apart from the
first, which also fills the per-process caches."""

from __future__ import annotations

from oncokg.measure.extract_bench import BenchResult, bench_extract
from tests.conftest import SAMPLES


def test_bench_extract_times_each_pass_and_reports_the_warm_ones() -> None:
    result = bench_extract(SAMPLES, repeat=3)
    assert result.documents == 3 * len(list(SAMPLES.rglob("*.txt")))
    assert len(result.pass_seconds) == 3
    assert result.seconds == sum(result.pass_seconds)
    assert result.warm_docs_per_second > 0
    assert "warm: " in result.format()


def test_bench_extract_warm_rate_is_the_median_pass_after_the_first() -> None:
    result = BenchResult(40, 0.1, 10.0, 1.0, 100.0, (7.0, 1.0, 2.0, 3.0))
    assert result.warm_docs_per_second == 10 / 2.0
    assert "warm: " not in BenchResult(10, 0.1, 7.0, 1.0, 100.0, (7.0,)).format()
