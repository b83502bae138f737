"""A sample graph for the catalogue: the bundled samples plus the dated demo corpus of
`notebooks/data/` (the samples alone have no targets and no dates), loaded once per module
into a real Neo4j and into the embedded store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.store import GraphStore
from oncokg.pipeline import ingest
from oncokg.settings import Settings
from tests.conftest import REPO, SAMPLES, neo4j_store_for
from tests.explorer.chromium import browser, page  # noqa: F401 (fixtures for test_browser)

DEMO = REPO / "notebooks" / "data"


def load_sample_graph(store: GraphStore) -> None:
    report = ingest([SAMPLES, DEMO], store)
    assert not report.errors, report.errors
    assert report.documents == 7


@pytest.fixture(scope="module")
def neo4j_graph(neo4j_settings: Settings) -> Iterator[Neo4jStore]:
    store = neo4j_store_for(neo4j_settings)
    store.open()
    store.clear()
    load_sample_graph(store)
    try:
        yield store
    finally:
        store.clear()
        store.close()


@pytest.fixture(scope="module")
def embedded_graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    store = EmbeddedStore(Path(tmp_path_factory.mktemp("catalogue")) / "graph")
    store.open()
    load_sample_graph(store)
    try:
        yield store
    finally:
        store.close()
