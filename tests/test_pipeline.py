"""read → extract → upsert end to end on the embedded store, with the real extractor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from oncokg.exceptions import StoreError
from oncokg.extraction import Document
from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.pipeline import ingest
from tests.conftest import SAMPLES

ONCOLOGY = SAMPLES / "servier-oncology-research.txt"
UCL = SAMPLES / "servier-ucl-immune-inflammatory-2019.txt"


def test_pipeline_second_run_skips_unchanged(embedded_store: EmbeddedStore) -> None:
    first = ingest([SAMPLES], embedded_store)
    assert first.documents == 2
    before = reads.stats(embedded_store)
    again = ingest([SAMPLES], embedded_store, workers=2)
    assert (again.documents, again.unchanged) == (0, 2)
    assert reads.stats(embedded_store) == before


def test_pipeline_changed_document_replaces_its_facts(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    path = tmp_path / "release.txt"
    path.write_text(ONCOLOGY.read_text())
    ingest([path], embedded_store)
    assert reads.search(embedded_store, "Vernalis")
    path.write_text(UCL.read_text())  # same path, new content
    report = ingest([path], embedded_store)
    assert (report.documents, report.replaced) == (1, 1)
    stats = reads.stats(embedded_store)
    assert stats.nodes["Document"] == 1
    assert reads.search(embedded_store, "Vernalis") == []  # only the old version named it


def test_pipeline_jsonl_with_a_bad_line(embedded_store: EmbeddedStore, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    good = {"title": "t", "url": "https://example.org/1", "published": "2020-01-02"}
    lines = [
        json.dumps({**good, "text": ONCOLOGY.read_text()}),
        "{not json",
        json.dumps({"title": "no text"}),
    ]
    feed.write_text("\n".join(lines) + "\n")
    report = ingest([feed], embedded_store, workers=2)
    assert report.documents == 1
    assert sorted(e.source for e in report.errors) == [f"{feed}:2", f"{feed}:3"]
    assert reads.stats(embedded_store).nodes["Document"] == 1


def test_pipeline_invalid_extraction_is_reported_not_fatal(
    embedded_store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An extractor bug producing a dangling edge costs that document only."""
    from oncokg import pipeline
    from oncokg.extraction import Edge, Extraction
    from oncokg.schema import EdgeKind

    real_extract = pipeline.extract

    def broken_for_one(document: Document) -> Extraction:
        extraction = real_extract(document)
        if "UCL" in document.text:
            extraction.edges.append(Edge(EdgeKind.TARGETS, "molecule:x", "target:Y", "x"))
        return extraction

    monkeypatch.setattr(pipeline, "extract", broken_for_one)
    report = ingest([SAMPLES], embedded_store)
    assert report.documents == 1
    assert [e.source for e in report.errors] == [str(UCL)]
    assert "molecule:x" in report.errors[0].reason


def test_bulk_load_stores_what_batches_store_and_repeats_count_once(
    embedded_store: EmbeddedStore, tmp_path: Path
) -> None:
    report = ingest([SAMPLES, SAMPLES], embedded_store, bulk=True)
    assert (report.documents, report.unchanged) == (2, 2)
    with EmbeddedStore(tmp_path / "batched") as batched:
        ingest([SAMPLES], batched, batch_size=1)
        assert reads.stats(batched) == reads.stats(embedded_store)


def test_bulk_load_refuses_a_store_that_holds_documents(embedded_store: EmbeddedStore) -> None:
    ingest([SAMPLES], embedded_store)
    before = reads.stats(embedded_store)
    with pytest.raises(StoreError, match="empty store"):
        ingest([SAMPLES], embedded_store, bulk=True)
    assert reads.stats(embedded_store) == before


@pytest.mark.neo4j
def test_bulk_load_into_neo4j_points_to_neo4j_admin(neo4j_store: Neo4jStore) -> None:
    with pytest.raises(StoreError, match="neo4j-admin"):
        ingest([SAMPLES], neo4j_store, bulk=True)
    assert reads.stats(neo4j_store).nodes["Document"] == 0
