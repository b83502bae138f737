"""The deals, pipeline and stage-history views on both stores: what documents of known dates
state, read back as an analyst asks for it."""

from __future__ import annotations

from oncokg.extraction import Document, Edge, Extraction, Node
from oncokg.graph import views
from oncokg.graph.store import GraphStore
from oncokg.schema import EdgeKind, Label
from tests.factories import ACME, BETA, CLL, DRUG, GAMMA, nodes, sample_graph


def _release(day: str, sentence: str, *edges: Edge) -> Extraction:
    gamma = Node(GAMMA, Label.ORGANIZATION, "Gamma Therapeutics")
    doc = Document(text=f"{day}\n\n{sentence}", title=sentence, published=day, source=day)
    return Extraction(doc, [*nodes(), gamma], list(edges))


def deal_releases() -> list[Extraction]:
    licence = Edge(
        EdgeKind.COLLABORATES_WITH,
        ACME,
        GAMMA,
        "Acme Oncology grants Gamma Therapeutics an exclusive licence in Japan.",
        properties={"deal": {"kind": "licence", "upfront": "$20 million", "territory": "Japan"}},
    )
    offer = Edge(
        EdgeKind.ACQUIRES,
        ACME,
        BETA,
        "Acme Oncology to acquire Beta Bio for $1 billion.",
        properties={"status": "pending", "value": "$1 billion"},
    )
    closed = Edge(
        EdgeKind.ACQUIRES,
        ACME,
        BETA,
        "Acme Oncology completes its acquisition of Beta Bio.",
        properties={"status": "completed"},
    )
    approval = Edge(
        EdgeKind.INDICATED_FOR,
        DRUG,
        CLL,
        "The FDA approved fooximab in CLL.",
        properties={"phase": "approved"},
    )
    return [
        _release("2025-02-01", licence.evidence, licence),
        _release("2025-03-01", offer.evidence, offer),
        _release("2025-07-01", closed.evidence, closed),
        _release("2026-01-15", approval.evidence, approval),
    ]


def test_deals_view_lists_acquisitions_and_licences(store: GraphStore) -> None:
    store.upsert([*sample_graph(), *deal_releases()])
    found = {(d.kind, d.parties[0].id, d.parties[1].id): d for d in views.deals(store)}
    assert set(found) == {("acquisition", ACME, BETA), ("licence", ACME, GAMMA)}
    acquisition = found["acquisition", ACME, BETA]
    assert acquisition.terms == {"status": "completed", "value": "$1 billion"}
    assert acquisition.dates == ["2025-03-01", "2025-07-01"]
    licence = found["licence", ACME, GAMMA]
    assert licence.terms == {"upfront": "$20 million", "territory": "Japan"}
    # filters: the organisation on either side, the kind, the dates
    assert [d.kind for d in views.deals(store, org=BETA)] == ["acquisition"]
    assert [d.kind for d in views.deals(store, org=GAMMA, kind="licence")] == ["licence"]
    assert views.deals(store, org=GAMMA, kind="acquisition") == []
    assert views.deals(store, until="2025-01-31") == []


def test_pipeline_and_stage_history_give_each_change_of_stage(store: GraphStore) -> None:
    store.upsert([*sample_graph(), *deal_releases()])
    [entry] = [e for e in views.organisation_pipeline(store, ACME) if e.disease.id == CLL]
    assert (entry.molecule.id, entry.stage, entry.since) == (DRUG, "approved", "2026-01-15")
    assert [(c.date, c.stage) for c in entry.changes] == [
        ("2024-03-01", "phase 2"),
        ("2025-05-20", "phase 3"),
        ("2026-01-15", "approved"),
    ]
    assert entry.changes[-1].evidence == "The FDA approved fooximab in CLL."
    history = {e.disease.id: e for e in views.stage_history(store, DRUG)}
    assert history[CLL].stage == "approved"
    assert len(history[CLL].changes) == 3


def test_facts_found_by_the_trial_their_evidence_names(store: GraphStore) -> None:
    trial = Edge(
        EdgeKind.INDICATED_FOR,
        DRUG,
        CLL,
        "Fooximab met its primary endpoint in the Phase 3 FOO-301 trial (NCT01234567).",
        properties={"phase": "phase 3", "trial": "FOO-301", "nct": "NCT01234567"},
    )
    store.upsert([*sample_graph(), _release("2025-09-01", trial.evidence, trial)])
    for asked in ("FOO-301", "foo-301", "NCT01234567", "nct01234567"):
        found = views.list_facts(store, trial=asked)
        assert [(f.type, f.source.id, f.target.id) for f in found] == [
            ("INDICATED_FOR", DRUG, CLL)
        ], asked
    assert views.list_facts(store, trial="BAR-202") == []
    assert views.list_facts(store, kinds=[EdgeKind.DEVELOPS], trial="FOO-301") == []
