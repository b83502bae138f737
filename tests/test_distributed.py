"""`oncokg distributed extract` on a local Dask cluster, then `oncokg load`, from the CLI."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from tests.conftest import SAMPLES


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
    with part.open("a", encoding="utf-8") as handle:
        handle.write('{"document": {"title": "no hash"}}\n')

    graph = tmp_path / "graph"
    loaded = runner.invoke(
        app, ["load", str(parts), "--store", "embedded", "--data-dir", str(graph)]
    )
    assert loaded.exit_code == 3, loaded.output  # some skipped
    assert "part-00000.jsonl:3" in loaded.output
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
