"""Small, hand-made extractions: deterministic input for store and API tests."""

from __future__ import annotations

from oncokg.extraction import Document, Edge, Extraction, Node
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
            properties={"phase": "phase 2"},
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
        Edge(EdgeKind.INDICATED_FOR, DRUG, CLL, sentence, properties={"phase": "phase 3"}),
    ]
    all_nodes = [n for n in nodes() if n.id != DRUG and n.id != BETA] + [drug]
    return Extraction(doc, all_nodes, edges)


BARX = node_id(Label.MOLECULE, "barxolimab")
CD3 = node_id(Label.TARGET, "CD3")
AML = node_id(Label.DISEASE, "acute myeloid leukemia")
GAMMA = node_id(Label.ORGANIZATION, "Gamma Therapeutics")


def third_release() -> Extraction:
    """A second molecule on BCL2 (and CD3), by Beta Bio with a new partner, for AML: gives the
    landscapes two rows, paths a choice, and the timeline a 2025 event for Beta Bio."""
    sentences = [
        "Beta Bio and Gamma Therapeutics will co-develop barxolimab.",
        "Barxolimab is a bispecific antibody against BCL2 and CD3.",
        "Barxolimab entered a Phase 1 study in acute myeloid leukemia.",
    ]
    text = "Beta Bio news.\n\n" + " ".join(sentences)
    doc = Document(
        text=text,
        title="Beta Bio news.",
        url="https://example.org/beta",
        published="2025-09-10",
        source="c.txt",
    )
    all_nodes = [
        Node(BETA, Label.ORGANIZATION, "Beta Bio"),
        Node(GAMMA, Label.ORGANIZATION, "Gamma Therapeutics", ["Gamma Tx"]),
        Node(BARX, Label.MOLECULE, "barxolimab", ["BX-7"], {"modality": "bispecific"}),
        Node(BCL2, Label.TARGET, "BCL2", [], {"symbol": "BCL2"}),
        Node(CD3, Label.TARGET, "CD3", [], {"symbol": "CD3"}),
        Node(AML, Label.DISEASE, "acute myeloid leukemia", ["AML"]),
    ]
    edges = [
        Edge(EdgeKind.COLLABORATES_WITH, GAMMA, BETA, sentences[0]),
        Edge(EdgeKind.DEVELOPS, BETA, BARX, sentences[0]),
        Edge(EdgeKind.DEVELOPS, GAMMA, BARX, sentences[0]),
        Edge(EdgeKind.TARGETS, BARX, BCL2, sentences[1]),
        Edge(EdgeKind.TARGETS, BARX, CD3, sentences[1]),
        Edge(EdgeKind.INDICATED_FOR, BARX, AML, sentences[2], properties={"phase": "phase 1"}),
    ]
    return Extraction(doc, all_nodes, edges)


def sample_graph() -> list[Extraction]:
    """The three hand-made releases: 6 entities' worth of landscapes, paths and timelines."""
    return [first_release(), second_release(), third_release()]
