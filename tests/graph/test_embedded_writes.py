"""The embedded store writes back only what a batch changes: a write of the same values
still fills the write-ahead log, and so brings nearer the checkpoint that rewrites the
busiest tables."""

from __future__ import annotations

from typing import Any

import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.merging import Row
from tests import factories
from tests.reliability.snapshots import snapshot


def _statements_of(store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The statements the store runs from now on (it still runs them)."""
    seen: list[str] = []
    execute = store._execute

    def recording(query: str, parameters: dict[str, Any] | None = None) -> list[Row]:
        seen.append(query)
        return execute(query, parameters)

    monkeypatch.setattr(store, "_execute", recording)
    return seen


def test_a_batch_that_changes_nothing_writes_nothing(
    embedded_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedded_store.upsert([factories.first_release()])
    before = snapshot(embedded_store)
    statements = _statements_of(embedded_store, monkeypatch)

    embedded_store.upsert([factories.first_release()])

    assert statements, "the batch was not even read"
    writes = [s for s in statements if " SET " in s or " CREATE " in s]
    assert writes == []
    assert snapshot(embedded_store) == before


def test_a_restatement_writes_what_it_adds_and_nothing_else(
    embedded_store: EmbeddedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    embedded_store.upsert([factories.first_release()])
    statements = _statements_of(embedded_store, monkeypatch)

    embedded_store.upsert([factories.second_release()])

    updates = [s.split(" SET ")[0] for s in statements if " MATCH " in s and " SET " in s]
    # the restated TARGETS fact gains a support and CLL a later stage; the target, the
    # disease and the organisations it names again are as they were
    assert any(":TARGETS]" in update for update in updates)
    assert any("(n:Molecule" in update for update in updates)  # a new alias, "Fooximab"
    unchanged = ("(n:Target", "(n:Disease", "(n:Organization")
    assert not any(label in update for update in updates for label in unchanged)
    documents = embedded_store.read("MATCH ()-[r:TARGETS]->() RETURN r.documents AS documents")
    assert len(documents[0]["documents"]) == 2
