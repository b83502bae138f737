"""Every way into the graph gives the same graph: batched into the embedded store (merged
in Python), bulk-copied into an empty one, batched into Neo4j (merged in the server),
exported for neo4j-admin and imported into a fresh Neo4j, and extracted by the Dask job on
a local cluster of two workers and then loaded."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from oncokg.distributed import extract_to_files
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.loaders.read.extractions import iter_extractions
from oncokg.measure.synth import write_corpus
from oncokg.pipeline import ingest, load_extractions
from tests.conftest import SAMPLES
from tests.graph.admin_import import admin_imported
from tests.reliability.snapshots import snapshot

pytestmark = pytest.mark.neo4j

SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _corpus(root: Path) -> Path:
    """The bundled samples, 300 synthetic releases and, beside the repository, the real
    releases of the dev corpora: facts restated across documents and batches, with stages
    that change over time, which is where the merge rules of the paths could differ."""
    folder = root / "corpus"
    shutil.copytree(SAMPLES, folder / "samples")
    write_corpus(root / "synth", 300)
    shutil.copytree(root / "synth" / "docs", folder / "synth")
    for name in ("dev", "dev2"):
        docs = SHARED_CORPUS / name / "docs"
        if docs.is_dir():
            shutil.copytree(docs, folder / name)
        elif os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"corpus {name} is missing beside the repository")
    return folder


def test_every_write_path_gives_the_same_graph(
    tmp_path: Path, embedded_store: EmbeddedStore, neo4j_store: Neo4jStore
) -> None:
    corpus = _corpus(tmp_path)
    ingest([corpus], embedded_store, batch_size=25)
    batched = snapshot(embedded_store)
    nodes, edges = batched
    assert len(nodes) > 1000
    # a fact two documents state is merged from both (its provenance lists append), as any
    # restatement is
    assert any(len(edge[1]) > 1 for edge in edges), "no fact is restated: a weak test"

    with EmbeddedStore(tmp_path / "bulk") as bulk:
        report = ingest([corpus], bulk, bulk=True)
        assert report.documents > 300
        assert snapshot(bulk) == batched

        ingest([corpus], neo4j_store, batch_size=25)
        assert snapshot(neo4j_store) == batched

        with admin_imported(bulk, tmp_path) as imported:
            assert snapshot(imported) == batched

    parts = tmp_path / "parts"
    job = extract_to_files([corpus], parts, workers=2, chunk=100)
    assert job.parts > 2
    assert not job.errors
    with EmbeddedStore(tmp_path / "distributed") as spread:
        loaded = load_extractions(iter_extractions([parts]), spread, batch_size=25)
        assert loaded.documents == report.documents
        assert snapshot(spread) == batched
