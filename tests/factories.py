"""Small, hand-made extractions: deterministic input for store and API tests."""

from __future__ import annotations

from oncokg.model import Document, Edge, Extraction, Node
from oncokg.schema import EdgeKind, Label, node_id

ACME = node_id(Label.ORGANIZATION, "Acme Oncology")
BETA = node_id(Label.ORGANIZATION, "Beta Bio")
DRUG = node_id(Label.MOLECULE, "fooximab")
BCL2 = node_id(Label.TARGET, "BCL2")
CLL = node_id(Label.DISEASE, "DOID:1040")


def nodes() -> list[Node]:
    return [
        Node(ACME, Label.ORGANIZATION, "Acme Oncology", ["Acme Oncology, Inc."]),
        Node(BETA, Label.ORGANIZATION, "Beta Bio"),
        Node(DRUG, Label.MOLECULE, "fooximab", ["FX-101"], {"modality": "antibody"}),
        Node(BCL2, Label.TARGET, "BCL2", ["Bcl-2"], {"hgnc_id": "HGNC:990", "symbol": "BCL2"}),
        Node(CLL, Label.DISEASE, "chronic lymphocytic leukemia", ["CLL"], {"doid": "DOID:1040"}),
    ]


def first_release() -> Extraction:
    text = (
        "Acme Oncology and Beta Bio announce a collaboration on fooximab.\n\n"
        "Fooximab (FX-101) is an antibody that binds Bcl-2. "
        "A Phase 2 trial of fooximab in CLL has started."
    )
    doc = Document(text=text, title=text.split("\n")[0], published="2024-03-01", source="a.txt")
    edges = [
        Edge(
            EdgeKind.COLLABORATES_WITH,
            BETA,
            ACME,
            "Acme Oncology and Beta Bio announce a collaboration on fooximab.",
        ),
        Edge(
            EdgeKind.DEVELOPS,
            ACME,
            DRUG,
            "Acme Oncology and Beta Bio announce a collaboration on fooximab.",
        ),
        Edge(EdgeKind.TARGETS, DRUG, BCL2, "Fooximab (FX-101) is an antibody that binds Bcl-2."),
        Edge(
            EdgeKind.INDICATED_FOR,
            DRUG,
            CLL,
            "A Phase 2 trial of fooximab in CLL has started.",
            properties={"phase": "Phase 2"},
        ),
    ]
    return Extraction(doc, nodes(), edges)


def second_release() -> Extraction:
    """Restates the TARGETS fact and adds a new phase, a year later."""
    sentence = "Fooximab, a BCL2 inhibitor from Acme Oncology, enters a Phase 3 trial in CLL."
    text = f"Fooximab enters Phase 3.\n\n{sentence}"
    doc = Document(
        text=text, title="Fooximab enters Phase 3.", published="2025-05-20", source="b.txt"
    )
    sentence = "Fooximab, a BCL2 inhibitor from Acme Oncology, enters a Phase 3 trial in CLL."
    drug = Node(DRUG, Label.MOLECULE, "fooximab", ["Fooximab"])
    edges = [
        Edge(EdgeKind.TARGETS, DRUG, BCL2, sentence),
        Edge(EdgeKind.DEVELOPS, ACME, DRUG, sentence),
        Edge(EdgeKind.INDICATED_FOR, DRUG, CLL, sentence, properties={"phase": "Phase 3"}),
    ]
    all_nodes = [n for n in nodes() if n.id != DRUG and n.id != BETA] + [drug]
    return Extraction(doc, all_nodes, edges)
