"""A graph exported for neo4j-admin, imported into a fresh real Neo4j with neo4j-admin."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from oncokg.graph.export import admin_import_command, export_graph
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from tests.conftest import load_neo4j_local


@contextmanager
def admin_imported(store: GraphStore, scratch: Path) -> Iterator[Neo4jStore]:
    """`store` exported (`oncokg export --format neo4j-admin`), imported by neo4j-admin into
    a throwaway server's home while it is stopped, and that server started again."""
    folder = scratch / "admin"
    export_graph(store, folder, "neo4j-admin")
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
                f"--report-file={scratch}/import.report",
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
            yield imported
