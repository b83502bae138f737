"""The neo4j-admin export loads into a real Neo4j and gives back the same graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from oncokg.pipeline import ingest
from oncokg.schema import ENTITY_LABELS
from tests.conftest import SAMPLES
from tests.graph.admin_import import admin_imported

pytestmark = pytest.mark.neo4j


def test_export_neo4j_admin_import_round_trip(
    embedded_store: EmbeddedStore, tmp_path: Path, neo4j_settings: object
) -> None:
    """neo4j_settings is requested so that, with CI=true, a missing server fails here too."""
    ingest([SAMPLES], embedded_store)
    with admin_imported(embedded_store, tmp_path) as imported:
        assert reads.stats(imported) == reads.stats(embedded_store)
        press = imported.read("MATCH (d:PressRelease) RETURN count(d) AS count")
        assert press[0]["count"] == 2
        for label in ENTITY_LABELS:
            for row in embedded_store.read(f"MATCH (n:{label}) RETURN n.id AS id"):
                expected = reads.neighbours(embedded_store, row["id"])
                assert reads.neighbours(imported, row["id"]) == expected
