"""`oncokg bench feed`: a synthetic JSON Lines feed ingested end to end, on the real
embedded store, with documents/s for each tenth of the run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.extraction import Document
from oncokg.loaders.read import iter_documents
from oncokg.measure.ingest_bench import _rates_by_part, bench_feed, bench_ingest
from oncokg.measure.synth import write_feed
from tests.conftest import free_port


def test_feed_lines_read_back_as_documents_with_their_metadata(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    write_feed(feed, 5)
    documents = list(iter_documents([feed]))
    assert len(documents) == 5
    assert all(isinstance(d, Document) for d in documents)
    first = documents[0]
    assert isinstance(first, Document)
    assert first.url == "https://example.org/news/0"
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", first.published)
    assert " Announces " in first.title
    assert not first.text.startswith(first.title)


def test_bench_feed_ingests_every_document_and_reports_each_tenth() -> None:
    lines = bench_feed(120, batch_size=12).lines
    report = next(line for line in lines if line.startswith("ingest into embedded"))
    assert "120 documents" in report
    assert "0 skipped" in report
    tenths = next(line for line in lines if line.startswith("documents/s by tenth"))
    assert len(tenths.split(":")[1].split()) == 10
    assert any(line.startswith("last tenth / second tenth") for line in lines)


def test_rates_by_part_are_documents_per_second_within_each_share() -> None:
    marks = [(0, 0.0), (50, 1.0), (100, 3.0)]
    assert _rates_by_part(marks, 100, 2) == [50.0, 25.0]


def test_bench_feed_with_an_unreachable_store_says_so_and_exits_2(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-used")
    result = CliRunner().invoke(app, ["bench", "feed", "--docs", "10", "--neo4j"])
    assert result.exit_code == 2, result.output
    assert "unreachable" in result.output


def test_bench_ingest_prints_every_way_in_side_by_side() -> None:
    lines = bench_ingest(80, batch_size=20, naive_documents=10).lines
    text = "\n".join(lines)
    assert re.search(r"extract: 1 process [\d,]+ docs/s .*; \d+ processes [\d,]+ docs/s", text)
    assert re.search(r"distributed extract \(Dask local cluster, \d+ workers", text)
    assert re.search(
        r"embedded: a transaction per row [\d,]+ .*batched by 20 [\d,]+ .*bulk copy [\d,]+", text
    )
    assert re.search(r"embedded, batched: 80 documents in [\d.]+ s", text)
    assert re.search(r"embedded, bulk: 80 documents in [\d.]+ s", text)
