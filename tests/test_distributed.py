"""`oncokg distributed extract` on a local Dask cluster, then `oncokg load`: the graph that
`oncokg ingest` makes, and a bad line or a used output folder named."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.distributed import extract_to_files
from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from oncokg.loaders.read.extractions import iter_extractions
from oncokg.measure.synth import write_corpus
from oncokg.pipeline import ingest, load_extractions
from tests.conftest import SAMPLES
from tests.reliability.snapshots import snapshot


def test_extract_on_two_workers_then_load_gives_the_graph_of_ingest(tmp_path: Path) -> None:
    """1,500 documents in six chunks over two worker processes, loaded in batches that do
    not line up with the parts; the snapshot compares every node and fact with every
    property and its provenance, all but `ingested_at` (a clock reading)."""
    write_corpus(tmp_path / "corpus", 1500)
    docs = tmp_path / "corpus" / "docs"
    parts = tmp_path / "parts"
    job = extract_to_files([docs], parts, workers=2, chunk=250)
    assert (job.documents, job.parts, job.errors) == (1500, 6, [])
    assert sorted(path.name for path in parts.iterdir())[-1] == "part-00005.jsonl"

    with (
        EmbeddedStore(tmp_path / "loaded") as loaded,
        EmbeddedStore(tmp_path / "ingested") as ingested,
    ):
        report = load_extractions(iter_extractions([parts]), loaded, batch_size=400)
        direct = ingest([docs], ingested, workers=1)
        assert (report.documents, report.errors) == (direct.documents, [])
        graph = snapshot(ingested)
        assert any(len(support) > 1 for _, support, _ in graph[1]), "no fact restated: weak"
        assert snapshot(loaded) == graph


def test_extract_on_a_local_cluster_then_load_skips_a_bad_line_by_name(tmp_path: Path) -> None:
    runner = CliRunner()
    parts = tmp_path / "parts"
    extracted = runner.invoke(
        app, ["distributed", "extract", str(SAMPLES), "--out", str(parts), "--workers", "2"]
    )
    assert extracted.exit_code == 0, extracted.output
    assert "extracted 2 documents" in extracted.output
    part = parts / "part-00000.jsonl"
    lines = part.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["document"]["sha256"]
    again = runner.invoke(app, ["distributed", "extract", str(SAMPLES), "--out", str(parts)])
    assert again.exit_code == 1, again.output
    assert "holds part files of an earlier run" in " ".join(again.output.split())
    with part.open("a", encoding="utf-8") as handle:
        handle.write('{"document": {"title": "no hash"}}\n')

    graph = tmp_path / "graph"
    loaded = runner.invoke(
        app, ["load", str(parts), "--store", "embedded", "--data-dir", str(graph)]
    )
    assert loaded.exit_code == 3, loaded.output  # some skipped
    assert "part-00000.jsonl:3" in " ".join(loaded.output.split())
    assert "ingested 2 documents" in loaded.output
    with EmbeddedStore(graph) as store:
        assert reads.stats(store).nodes["Document"] == 2

    again = runner.invoke(
        app,
        ["load", str(parts / "part-00000.jsonl"), "--store", "embedded", "--data-dir", str(graph)],
    )
    assert "2 unchanged" in again.output


def test_load_of_nothing_readable_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["load", str(bad), "--store", "embedded", "--data-dir", str(tmp_path / "g")]
    )
    assert result.exit_code == 1, result.output
    assert "bad.jsonl:1" in result.output
