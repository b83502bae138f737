"""Skipping stored documents and taking back a replaced document's facts, on both stores."""

from __future__ import annotations

from dataclasses import replace

from oncokg.graph import reads
from oncokg.graph.incremental import (
    known_documents,
    remove_documents,
    superseded_documents,
    without_documents,
)
from oncokg.graph.merging import FactRow, Support
from oncokg.graph.store import GraphStore
from oncokg.schema import EdgeKind
from tests.factories import BETA, DRUG, first_release, second_release


def test_incremental_known_documents(store: GraphStore) -> None:
    first, second = first_release(), second_release()
    store.upsert([first])
    assert known_documents(store, [first.document.id, second.document.id]) == {first.document.id}
    assert known_documents(store, []) == set()


def test_incremental_superseded_by_same_source(store: GraphStore) -> None:
    first = first_release()
    store.upsert([first])
    newer = replace(first.document, text=first.document.text + " Updated.")
    assert superseded_documents(store, [newer]) == {newer.id: {first.document.id}}
    assert superseded_documents(store, [first.document]) == {}


def test_incremental_remove_document_takes_back_its_facts(store: GraphStore) -> None:
    first, second = first_release(), second_release()
    store.upsert([first, second])
    assert remove_documents(store, [first.document.id]) == 1
    stats = reads.stats(store)
    assert stats.nodes["Document"] == 1
    assert stats.edges["COLLABORATES_WITH"] == 0
    assert stats.nodes["Organization"] == 1  # Beta Bio was only in the removed document
    assert reads.search(store, "Beta Bio") == []
    targets = next(n for n in reads.neighbours(store, DRUG) if n.type == "TARGETS")
    assert targets.documents == [second.document.id]
    assert targets.doc_count == 1
    assert targets.first_date == "2025-05-20"


def test_incremental_remove_then_readd_restores_graph(store: GraphStore) -> None:
    first, second = first_release(), second_release()
    store.upsert([first, second])
    before = reads.stats(store)
    remove_documents(store, [first.document.id])
    store.upsert([first])
    assert reads.stats(store) == before
    assert [n.type for n in reads.neighbours(store, BETA)] == ["COLLABORATES_WITH"]


def test_incremental_without_documents_drops_support() -> None:
    fact = FactRow(
        EdgeKind.TARGETS,
        "molecule:x",
        "target:Y",
        [Support("doc:1", "a", "2020"), Support("doc:2", "b", "2021")],
    )
    left = without_documents(fact, {"doc:1"})
    assert [s.document for s in left.supports] == ["doc:2"]
    assert without_documents(fact, {"doc:1", "doc:2"}).supports == []
