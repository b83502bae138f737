"""The neo4j-admin export loads into a real Neo4j and gives back the same graph."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.export import admin_import_command, export_graph
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.pipeline import ingest
from oncokg.schema import ENTITY_LABELS
from tests.conftest import SAMPLES, load_neo4j_local

pytestmark = pytest.mark.neo4j


def test_export_neo4j_admin_import_round_trip(
    embedded_store: EmbeddedStore, tmp_path: Path, neo4j_settings: object
) -> None:
    """neo4j_settings is requested so that, with CI=true, a missing server fails here too."""
    ingest([SAMPLES], embedded_store)
    folder = tmp_path / "admin"
    export_graph(embedded_store, folder, "neo4j-admin")
    node_files = sorted(p.name for p in folder.glob("nodes_*.csv"))
    edge_files = sorted(p.name for p in folder.glob("relationships_*.csv"))
    local = load_neo4j_local()
    with local.start(browser=False) as server:
        server.terminate()  # neo4j-admin imports into a stopped server's home
        admin_args = admin_import_command(folder, node_files, edge_files)[1:]
        command = [local.find_java(), "-cp", f"{local.fetch()}/*", "org.neo4j.cli.AdminTool"]
        env = {
            **os.environ,
            "NEO4J_HOME": str(server.home),
            "NEO4J_CONF": str(server.home / "conf"),
        }
        done = subprocess.run(
            [
                *command,
                *admin_args,
                "--overwrite-destination",
                f"--report-file={tmp_path}/import.report",
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        server.start_again()
        with Neo4jStore(server.uri, server.user, server.password) as imported:
            assert reads.stats(imported) == reads.stats(embedded_store)
            press = imported.read("MATCH (d:PressRelease) RETURN count(d) AS count")
            assert press[0]["count"] == 2
            for label in ENTITY_LABELS:
                for row in embedded_store.read(f"MATCH (n:{label}) RETURN n.id AS id"):
                    expected = reads.neighbours(embedded_store, row["id"])
                    assert reads.neighbours(imported, row["id"]) == expected
