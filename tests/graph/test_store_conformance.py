"""The same expectations for both stores: each test runs on embedded and on Neo4j."""

from __future__ import annotations

import pytest

from oncokg.exceptions import InputError, NotFoundError, StoreError
from oncokg.extraction import Document, Edge, Extraction
from oncokg.graph import reads, views
from oncokg.graph.reads import select_neighbours
from oncokg.graph.store import GraphStore
from oncokg.schema import ENTITY_LABELS, FACT_KINDS, EdgeKind, Label
from tests.factories import ACME, BCL2, BETA, CLL, DRUG, first_release, second_release


def test_store_upsert_counts(store: GraphStore) -> None:
    store.upsert([first_release()])
    stats = reads.stats(store)
    assert stats.nodes == {
        "Molecule": 1,
        "Target": 1,
        "Disease": 1,
        "Organization": 2,
        "Document": 1,
    }
    assert stats.edges == {
        "TARGETS": 1,
        "INDICATED_FOR": 1,
        "DEVELOPS": 1,
        "COLLABORATES_WITH": 1,
        "ACQUIRES": 0,
        "MENTIONS": 5,
    }


def test_store_upsert_twice_changes_nothing(store: GraphStore) -> None:
    store.upsert([first_release(), second_release()])
    before = reads.stats(store)
    neighbours_before = reads.neighbours(store, DRUG)
    store.upsert([first_release(), second_release()])
    store.upsert([second_release()])
    assert reads.stats(store) == before
    assert reads.neighbours(store, DRUG) == neighbours_before


def test_store_restated_fact_merges_provenance(store: GraphStore) -> None:
    first, second = first_release(), second_release()
    store.upsert([first])
    store.upsert([second])
    targets = [n for n in reads.neighbours(store, DRUG) if n.type == "TARGETS"]
    assert len(targets) == 1
    fact = targets[0]
    assert fact.doc_count == 2
    assert fact.documents == [first.document.id, second.document.id]
    assert fact.first_date == "2024-03-01"
    assert fact.last_date == "2025-05-20"
    assert "Fooximab (FX-101) is an antibody that binds Bcl-2." in fact.evidence
    indicated = next(n for n in reads.neighbours(store, DRUG) if n.type == "INDICATED_FOR")
    assert indicated.phase == "phase 3"


def test_store_keeps_aliases_from_every_document(store: GraphStore) -> None:
    store.upsert([first_release()])
    store.upsert([second_release()])
    drug = reads.entity(store, DRUG)
    assert drug.name == "fooximab"
    assert set(drug.aliases) == {"FX-101", "Fooximab"}
    assert drug.properties == {"modality": "antibody"}


def test_store_collaboration_stored_once_and_seen_from_both_sides(store: GraphStore) -> None:
    store.upsert([first_release()])
    from_acme = [n for n in reads.neighbours(store, ACME) if n.type == "COLLABORATES_WITH"]
    from_beta = [n for n in reads.neighbours(store, BETA) if n.type == "COLLABORATES_WITH"]
    assert [n.node.id for n in from_acme] == [BETA]
    assert [n.node.id for n in from_beta] == [ACME]
    assert reads.stats(store).edges["COLLABORATES_WITH"] == 1


def test_store_search_ranks_exact_alias_first(store: GraphStore) -> None:
    store.upsert([first_release()])
    hits = reads.search(store, "cll")
    assert hits[0].id == CLL
    assert hits[0].score == 0.9
    assert [h.id for h in reads.search(store, "bcl")] == [BCL2]
    assert reads.search(store, "zzz-nothing") == []


def test_store_search_matches_within_one_name_whatever_the_case_and_spacing(
    store: GraphStore,
) -> None:
    store.upsert([first_release()])
    # name "Acme Oncology", alias "Acme Oncology, Inc."
    assert [h.id for h in reads.search(store, "  ACME   oncology, ")] == [ACME]
    assert [h.id for h in reads.search(store, "oncology, inc")] == [ACME]
    # "fooximab" then "FX-101" in search_text: a search spanning the two finds nothing
    assert reads.search(store, "fooximab fx") == []
    assert reads.search(store, "fooximab\tfx-101") == []
    assert [h.id for h in reads.search(store, "fx-10")] == [DRUG]


def test_store_search_rows_for_many_keys_match_one_by_one(store: GraphStore) -> None:
    """One batched read (what the API sends under load) answers each key as a read of its
    own would, across needles, label sets and limits; a needle with no match has none."""
    store.upsert([first_release(), second_release()])
    organisations = (Label.ORGANIZATION,)
    keys = [
        ("cll", ENTITY_LABELS, 50),
        ("o", ENTITY_LABELS, 50),
        ("o", organisations, 50),
        ("o", ENTITY_LABELS, 1),
        ("zzz-nothing", ENTITY_LABELS, 50),
        ("cll", ENTITY_LABELS, 50),  # twice in one batch, as two requests may ask
    ]
    found = store.search_rows(keys)
    assert set(found) == set(keys)
    for key in keys:
        alone = store.search_rows([key])[key]
        assert sorted(found[key], key=lambda row: row["id"]) == sorted(
            alone, key=lambda row: row["id"]
        )
    assert found["zzz-nothing", ENTITY_LABELS, 50] == []
    assert {row["label"] for row in found["o", organisations, 50]} == {"Organization"}
    assert len(found["o", ENTITY_LABELS, 50]) > len(found["o", organisations, 50])
    assert [row["id"] for row in found["cll", ENTITY_LABELS, 50]] == [CLL]


def test_store_get_entity_unknown_raises_not_found(store: GraphStore) -> None:
    store.upsert([first_release()])
    with pytest.raises(NotFoundError):
        reads.entity(store, "molecule:does-not-exist")
    with pytest.raises(NotFoundError):
        reads.neighbours(store, "not-an-id")


def test_store_neighbours_filter_by_type_and_direction(store: GraphStore) -> None:
    store.upsert([first_release()])
    out = reads.neighbours(
        store, DRUG, kinds=[EdgeKind.TARGETS, EdgeKind.DEVELOPS], direction="out"
    )
    assert [(n.type, n.node.id) for n in out] == [("TARGETS", BCL2)]
    mentions = reads.neighbours(store, DRUG, kinds=[EdgeKind.MENTIONS])
    assert [n.node.label for n in mentions] == ["Document"]


def test_store_neighbour_rows_for_many_keys_match_one_by_one(store: GraphStore) -> None:
    """One batched read (what the API sends under load) answers each key as a read of its
    own would, across labels and fact kinds, and leaves out ids with no node."""
    store.upsert([first_release(), second_release()])
    targets_only = (EdgeKind.TARGETS,)
    keys = [
        (DRUG, FACT_KINDS),
        (ACME, FACT_KINDS),
        (BCL2, FACT_KINDS),
        (DRUG, targets_only),
        ("molecule:does-not-exist", FACT_KINDS),
        ("not-an-id", FACT_KINDS),
    ]
    found = store.neighbour_rows(keys)
    assert set(found) == set(keys[:4])
    for entity_id, kinds in keys[:4]:
        alone = reads.neighbours(store, entity_id, kinds)
        assert select_neighbours(found[entity_id, kinds], None, 100) == alone
        assert alone
    assert [n.type for n in select_neighbours(found[DRUG, targets_only], None, 100)] == ["TARGETS"]


def test_store_neighbour_rows_of_kinds_that_cannot_touch_the_label_are_empty(
    store: GraphStore,
) -> None:
    """A target is never developed: it exists, with no such facts (not unknown, not 404)."""
    store.upsert([first_release()])
    key = (BCL2, (EdgeKind.DEVELOPS,))
    assert store.neighbour_rows([key]) == {key: []}
    assert reads.neighbours(store, BCL2, kinds=[EdgeKind.DEVELOPS]) == []


def test_store_invalid_batch_writes_nothing(store: GraphStore) -> None:
    store.upsert([first_release()])
    before = reads.stats(store)
    bad = second_release()
    bad.edges.append(Edge(EdgeKind.TARGETS, DRUG, "target:NOT-IN-EXTRACTION", "x"))
    with pytest.raises(InputError):
        store.upsert([bad])
    assert reads.stats(store) == before


def test_store_failing_statement_rolls_back_and_names_its_own_error(store: GraphStore) -> None:
    """A statement failing at run time ends the transaction: what it wrote before is gone, and
    the error raised is the statement's (the embedded store used to raise the failed
    ROLLBACK's "no active transaction" instead)."""
    store.upsert([first_release()])
    before = reads.stats(store)

    def delete_then_fail() -> None:
        with store.write_transaction() as tx:
            tx.run("MATCH (n:Molecule) DETACH DELETE n")
            tx.run("RETURN 1 / 0 AS x")

    with pytest.raises(StoreError) as caught:
        delete_then_fail()
    assert "zero" in str(caught.value).lower()
    assert reads.stats(store) == before


def test_store_keeps_deal_terms_per_document(store: GraphStore) -> None:
    """ACQUIRES and a collaboration's terms: what each document stated, and the latest."""
    first = first_release()
    collaboration = next(e for e in first.edges if e.kind is EdgeKind.COLLABORATES_WITH)
    collaboration.properties["deal"] = {"kind": "licence", "upfront": "$50 million"}
    first.edges.append(
        Edge(
            EdgeKind.ACQUIRES,
            ACME,
            BETA,
            "Acme Oncology to acquire Beta Bio for $1 billion.",
            properties={"status": "pending", "value": "$1 billion"},
        )
    )
    later = Extraction(
        Document(
            text="Acme Oncology completes the acquisition of Beta Bio.", published="2025-01-02"
        ),
        [n for n in first.nodes if n.id in (ACME, BETA)],
        [Edge(EdgeKind.ACQUIRES, ACME, BETA, "done", properties={"status": "completed"})],
    )
    store.upsert([first])
    store.upsert([later])
    [acquired] = views.list_facts(store, kinds=[EdgeKind.ACQUIRES])
    assert (acquired.source.id, acquired.target.id) == (ACME, BETA)
    assert acquired.terms == {"status": "completed", "value": "$1 billion"}
    assert acquired.history["status"] == ["pending", "completed"]
    assert acquired.history["value"] == ["$1 billion", ""]
    [deal] = views.list_facts(store, kinds=[EdgeKind.COLLABORATES_WITH])
    assert deal.terms == {"kind": "licence", "upfront": "$50 million"}
    as_known = views.list_facts(store, kinds=[EdgeKind.ACQUIRES], as_of="2024-12-31")
    assert [f.terms["status"] for f in as_known] == ["pending"]
