"""Batches are transactional: a batch whose write fails part-way leaves nothing of itself
behind, on both stores, and what was stored before it is untouched.

Three faults: an invalid extraction inside the batch (refused before any write), an error
raised inside the write transaction after every node and fact of the batch was written, and
the process holding the embedded store SIGKILLed at that same point. (The Neo4j server
killed inside a batch is in test_ingest_faults.py, which owns a server it may kill.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from oncokg.exceptions import InputError
from oncokg.extraction import Document, Edge, Extraction, Node
from oncokg.graph import reads
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.merging import Batch
from oncokg.graph.store import GraphStore, Transaction
from oncokg.schema import EdgeKind, Label, node_id
from tests.factories import first_release, sample_graph, second_release, third_release
from tests.reliability.snapshots import snapshot

NEW_ORG = node_id(Label.ORGANIZATION, "Omega Oncology")
NEW_DRUG = node_id(Label.MOLECULE, "omegatinib")
GHOST_ORG = node_id(Label.ORGANIZATION, "Ghost Holdings")


def fresh_release() -> Extraction:
    """A document adding new nodes and facts and touching a stored one (fooximab's org)."""
    text = "Omega Oncology develops omegatinib. Omega Oncology also licensed fooximab."
    document = Document(text=text, title="Omega", published="2025-01-02", source="omega.txt")
    acme = first_release().nodes[0]
    return Extraction(
        document=document,
        nodes=[
            Node(NEW_ORG, Label.ORGANIZATION, "Omega Oncology"),
            Node(NEW_DRUG, Label.MOLECULE, "omegatinib"),
            acme,
        ],
        edges=[
            Edge(EdgeKind.DEVELOPS, NEW_ORG, NEW_DRUG, "Omega Oncology develops omegatinib."),
            Edge(EdgeKind.COLLABORATES_WITH, NEW_ORG, acme.id, "Omega Oncology also licensed."),
        ],
    )


def _dangling_release() -> Extraction:
    """An extraction whose fact names a node it does not carry: the batch must be refused."""
    document = Document(text="Broken extraction.", title="Broken", source="broken.txt")
    return Extraction(
        document=document,
        nodes=[Node(NEW_DRUG, Label.MOLECULE, "omegatinib")],
        edges=[Edge(EdgeKind.DEVELOPS, GHOST_ORG, NEW_DRUG, "Broken extraction.")],
    )


def _loaded(store: GraphStore) -> None:
    store.upsert([first_release(), second_release()])


def test_batch_with_an_invalid_extraction_writes_nothing(store: GraphStore) -> None:
    _loaded(store)
    before = snapshot(store)
    with pytest.raises(InputError, match=r"broken\.txt"):
        store.upsert([third_release(), fresh_release(), _dangling_release()])
    assert snapshot(store) == before
    store.upsert([third_release(), fresh_release()])  # the same batch without it lands
    assert snapshot(store) != before


class _InjectedError(RuntimeError):
    pass


def test_batch_failing_after_its_writes_rolls_back_whole(
    store: GraphStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _loaded(store)
    before = snapshot(store)
    seen: list[int] = []

    def fail_at_the_end(tx: Transaction, batch: Batch) -> None:
        rows = tx.run("MATCH (d:Document) RETURN count(d) AS c")
        seen.append(int(rows[0]["c"]))  # the batch's writes are visible inside the transaction
        raise _InjectedError("fault injected after the batch was written")

    monkeypatch.setattr(store, "after_write", fail_at_the_end)
    with pytest.raises(_InjectedError):
        store.upsert([third_release(), fresh_release()])
    assert seen == [4]  # two stored + two in the failed batch
    assert snapshot(store) == before
    monkeypatch.undo()
    store.upsert([third_release(), fresh_release()])
    assert reads.stats(store).nodes["Document"] == 4


_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from oncokg.graph.embedded import EmbeddedStore
    from tests.reliability.test_batch_atomicity import fresh_release
    from tests.factories import third_release

    store = EmbeddedStore(sys.argv[1])
    store.open()

    def die(tx, batch):
        assert tx.run("MATCH (d:Document) RETURN count(d) AS c")[0]["c"] == 4
        os.kill(os.getpid(), signal.SIGKILL)

    store.after_write = die
    store.upsert([third_release(), fresh_release()])
    """
)


def test_embedded_process_killed_inside_a_batch_leaves_nothing_of_it(tmp_path: Path) -> None:
    folder = tmp_path / "graph"
    with EmbeddedStore(folder) as store:
        _loaded(store)
        before = snapshot(store)
    repo = Path(__file__).resolve().parents[2]
    child = subprocess.run(
        [sys.executable, "-c", _CHILD, str(folder)],
        cwd=repo,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert child.returncode == -9, child.stderr[-2000:]
    with EmbeddedStore(folder) as store:
        assert snapshot(store) == before
        assert reads.stats(store).nodes["Document"] == 2
        store.upsert(sample_graph())  # the store is writable after recovery
        assert reads.stats(store).nodes["Document"] == 3
