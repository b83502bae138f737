"""The merge rules, without a database."""

from __future__ import annotations

from oncokg.graph.merging import (
    FactRow,
    NodeRow,
    Support,
    build_batch,
    merge_fact,
    merge_node,
    merge_sourced_aliases,
)
from oncokg.schema import EdgeKind, Label
from tests.factories import ACME, BETA, DRUG, first_release


def test_rows_merge_sourced_aliases_keeps_order_and_drops_name() -> None:
    merged = merge_sourced_aliases(
        "a", [("b", "d1"), ("a", "d1"), ("", "d1")], [("c", "d2"), ("b", "d2")]
    )
    assert merged == [("b", "d1"), ("c", "d2")]


def test_rows_merge_node_keeps_first_name_and_fills_properties() -> None:
    stored = NodeRow("molecule:x", Label.MOLECULE, "x", ["X-1"], {"modality": None})
    incoming = NodeRow("molecule:x", Label.MOLECULE, "Xbrand", ["X-2"], {"modality": "antibody"})
    merged = merge_node(stored, incoming)
    assert merged.name == "x"
    assert merged.aliases == ["X-1", "Xbrand", "X-2"]
    assert merged.properties == {"modality": "antibody"}


def test_rows_merge_fact_is_idempotent_per_document() -> None:
    fact = FactRow(EdgeKind.TARGETS, "molecule:x", "target:Y", [Support("doc:1", "s1", "2020")])
    once = merge_fact(None, fact)
    twice = merge_fact(once, fact)
    assert twice.to_row() == once.to_row()
    assert once.to_row()["doc_count"] == 1


def test_rows_merge_fact_phase_follows_latest_document() -> None:
    old = FactRow(
        EdgeKind.INDICATED_FOR,
        "molecule:x",
        "disease:y",
        [Support("doc:2", "s2", "2024-01-01", {"phase": "phase 3"})],
        {"phase": "phase 3"},
    )
    new = FactRow(
        EdgeKind.INDICATED_FOR,
        "molecule:x",
        "disease:y",
        [Support("doc:1", "s1", "2020-01-01", {"phase": "phase 1"})],
        {"phase": "phase 1"},
    )
    merged = merge_fact(old, new)
    assert merged.current["phase"] == "phase 3"
    row = merged.to_row()
    assert row["first_date"] == "2020-01-01"
    assert row["last_date"] == "2024-01-01"


def test_rows_build_batch_orders_symmetric_edges() -> None:
    batch = build_batch([first_release()], ingested_at="2026-01-01T00:00:00+00:00")
    collaboration = [f for f in batch.facts.values() if f.kind is EdgeKind.COLLABORATES_WITH]
    assert [(f.source, f.target) for f in collaboration] == [(min(ACME, BETA), max(ACME, BETA))]
    assert (first_release().document.id, DRUG) in batch.mentions
