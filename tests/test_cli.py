"""The `oncokg` command, run in-process on real stores and the bundled samples."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.settings import Settings
from tests.conftest import SAMPLES, free_port

runner = CliRunner()


def _stats(args: list[str]) -> dict[str, dict[str, int]]:
    result = runner.invoke(app, ["stats", *args])
    assert result.exit_code == 0, result.output
    stats: dict[str, dict[str, int]] = json.loads(result.stdout)
    return stats


def test_cli_ingest_samples_twice_leaves_counts_unchanged(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "graph")]
    first = runner.invoke(app, ["ingest", str(SAMPLES), *args])
    assert first.exit_code == 0, first.output
    assert "ingested 2 documents" in first.output
    once = _stats(args)
    assert once["nodes"]["Document"] == 2
    assert once["nodes"]["Organization"] >= 2
    assert sum(once["edges"].values()) > 0
    second = runner.invoke(app, ["ingest", str(SAMPLES), *args])
    assert second.exit_code == 0, second.output
    assert _stats(args) == once


@pytest.mark.neo4j
def test_cli_ingest_samples_twice_on_neo4j(
    neo4j_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEO4J_URI", neo4j_settings.neo4j_uri)
    monkeypatch.setenv("NEO4J_USER", neo4j_settings.neo4j_user)
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_settings.neo4j_password.get_secret_value())
    args = ["--store", "neo4j"]
    from oncokg.graph.factory import make_store

    with make_store(neo4j_settings) as store:
        store.clear()
    assert runner.invoke(app, ["ingest", str(SAMPLES), *args]).exit_code == 0
    once = _stats(args)
    assert once["nodes"]["Document"] == 2
    assert runner.invoke(app, ["ingest", str(SAMPLES), *args]).exit_code == 0
    assert _stats(args) == once
    with make_store(neo4j_settings) as store:
        labelled = store.read("MATCH (d:PressRelease) RETURN count(d) AS count")
        store.clear()
    assert labelled[0]["count"] == 2


def test_cli_ingest_reports_bad_file_and_goes_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text((SAMPLES / "servier-oncology-research.txt").read_text())
    (folder / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(folder), "--data-dir", str(tmp_path / "g")])
    assert result.exit_code == 3, result.output  # some inputs skipped, the rest ingested
    assert "empty.txt" in result.output
    assert "ingested 1 documents" in result.output


def test_cli_ingest_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["ingest", str(bad), "--data-dir", str(tmp_path / "g")])
    assert result.exit_code == 1
    assert "bad.txt" in result.output


def test_cli_ingest_store_unreachable_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit status 2 is the store's failure, distinct from bad input (1 and 3)."""
    monkeypatch.setenv("NEO4J_URI", f"bolt://127.0.0.1:{free_port()}")
    monkeypatch.setenv("NEO4J_PASSWORD", "not-used")
    result = runner.invoke(app, ["ingest", str(SAMPLES), "--store", "neo4j"])
    assert result.exit_code == 2, result.output
    assert "unreachable" in result.output


def test_cli_extract_json_contract() -> None:
    result = runner.invoke(app, ["extract", str(SAMPLES / "servier-oncology-research.txt")])
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert set(body) == {"document", "nodes", "edges", "dates"}
    ids = {node["id"] for node in body["nodes"]}
    assert {"label", "name", "aliases", "properties"} <= set(body["nodes"][0])
    for edge in body["edges"]:
        assert edge["source"] in ids
        assert edge["target"] in ids
        assert edge["properties"]["evidence"]
    assert "org:servier" in ids


def test_cli_extract_table_lists_entities() -> None:
    path = str(SAMPLES / "servier-ucl-immune-inflammatory-2019.txt")
    result = runner.invoke(app, ["extract", path, "--format", "table"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Servier" in result.output
    # stage and confidence of each fact, the document's date and where it came from, the
    # dates the text states
    assert "stage" in result.output
    assert "confidence" in result.output
    assert "2019-12-11 (dateline)" in result.output
    assert "dates stated" in result.output


def test_cli_stats_as_a_table(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "graph")]
    assert runner.invoke(app, ["ingest", str(SAMPLES), *args]).exit_code == 0
    result = runner.invoke(app, ["stats", *args, "--format", "table"], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if "Document" in line]
    assert lines
    assert lines[0].split("│")[-2].strip() == "2"


def test_cli_serve_samples_is_readme_command_one(tmp_path: Path) -> None:
    """`oncokg serve --samples` builds the sample graph and serves it over HTTP."""
    port = free_port()
    env = {**os.environ, "ONCOKG_DATA_DIR": str(tmp_path / "graph")}
    command = [sys.executable, "-m", "oncokg", "serve", "--samples", "--port", str(port)]
    server = subprocess.Popen(
        command, env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, server.stdout.read() if server.stdout else ""
            assert time.monotonic() < deadline, "the API did not come up"
            try:
                stats = httpx.get(f"http://127.0.0.1:{port}/v1/stats", timeout=5).json()
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert stats["nodes"]["Document"] == 2
        assert httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in output


def test_cli_ingest_writes_progress_lines_when_not_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import oncokg.cli

    monkeypatch.setattr(oncokg.cli, "PROGRESS_EVERY_S", 0.0)
    args = ["ingest", str(SAMPLES), "--data-dir", str(tmp_path / "g"), "--batch-size", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("ingest: ")]
    assert lines, result.output
    assert "documents" in lines[-1]
    assert "━" not in result.output  # no progress bar drawn into a log
