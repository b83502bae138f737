"""Names linked by one document merge nodes created by others, on both stores."""

from __future__ import annotations

from oncokg.extraction import Document, Edge, Extraction, Node
from oncokg.graph import reads
from oncokg.graph.merging import NodeRow
from oncokg.graph.resolve import plan_merges, resolve
from oncokg.graph.store import GraphStore
from oncokg.schema import EdgeKind, Label, node_id

BRAND = node_id(Label.MOLECULE, "TIBSOVO")
INN = node_id(Label.MOLECULE, "ivosidenib")
IDH1 = node_id(Label.TARGET, "IDH1")
ORG = node_id(Label.ORGANIZATION, "Agios")


def _brand_only() -> Extraction:
    text = "Agios markets TIBSOVO, an IDH1 inhibitor."
    doc = Document(text=text, title=text, published="2019-01-01", source="brand.txt")
    nodes = [
        Node(BRAND, Label.MOLECULE, "TIBSOVO"),
        Node(IDH1, Label.TARGET, "IDH1", [], {"hgnc_id": "HGNC:5382", "symbol": "IDH1"}),
        Node(ORG, Label.ORGANIZATION, "Agios"),
    ]
    edges = [
        Edge(EdgeKind.TARGETS, BRAND, IDH1, text),
        Edge(EdgeKind.DEVELOPS, ORG, BRAND, text),
    ]
    return Extraction(doc, nodes, edges)


def _linking() -> Extraction:
    text = "TIBSOVO® (ivosidenib tablets) inhibits mutant IDH1."
    doc = Document(text=text, title=text, published="2020-06-01", source="link.txt")
    nodes = [
        Node(INN, Label.MOLECULE, "ivosidenib", ["TIBSOVO"], {"drugbank_id": "DB14568"}),
        Node(IDH1, Label.TARGET, "IDH1", [], {"hgnc_id": "HGNC:5382", "symbol": "IDH1"}),
    ]
    return Extraction(doc, nodes, [Edge(EdgeKind.TARGETS, INN, IDH1, text)])


def test_resolve_plan_follows_aliases_and_chains() -> None:
    nodes = [
        NodeRow("molecule:a", Label.MOLECULE, "A"),
        NodeRow("molecule:b", Label.MOLECULE, "B", ["A"], {}, ["doc:1"]),
        NodeRow("molecule:c", Label.MOLECULE, "C", ["B"], {"drugbank_id": "DB1"}, ["doc:2"]),
    ]
    plan = {(m.absorbed, m.into, m.document) for m in plan_merges(Label.MOLECULE, nodes)}
    assert plan == {("molecule:b", "molecule:c", "doc:2"), ("molecule:a", "molecule:c", "doc:1")}


def test_resolve_plan_ignores_unlinked_nodes() -> None:
    nodes = [NodeRow("molecule:a", Label.MOLECULE, "A"), NodeRow("molecule:b", Label.MOLECULE, "B")]
    assert plan_merges(Label.MOLECULE, nodes) == []


def test_resolve_merges_brand_node_into_inn(store: GraphStore) -> None:
    brand, linking = _brand_only(), _linking()
    store.upsert([brand])
    store.upsert([linking])
    merges = resolve(store)
    assert [(m.absorbed, m.into, m.document) for m in merges] == [(BRAND, INN, linking.document.id)]
    assert reads.stats(store).nodes["Molecule"] == 1
    inn = reads.entity(store, INN)
    assert "TIBSOVO" in inn.aliases
    facts = {n.type: n for n in reads.neighbours(store, INN)}
    assert facts["TARGETS"].doc_count == 2
    assert facts["DEVELOPS"].node.id == ORG
    assert {n.node.id for n in reads.neighbours(store, INN, kinds=[EdgeKind.MENTIONS])} == {
        brand.document.id,
        linking.document.id,
    }
    rows = store.read("MATCH (n:Molecule) RETURN n.merged_ids AS merged")
    assert rows == [{"merged": [BRAND]}]
    assert resolve(store) == []  # nothing left to merge; a second pass changes nothing
