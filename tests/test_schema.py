from __future__ import annotations

import re

import pytest

from oncokg.graph import queries
from oncokg.schema import EDGES, NODES, EdgeKind, Label, edge_allowed, label_of, node_id, slugify


@pytest.mark.parametrize(
    ("label", "key", "expected"),
    [
        (Label.TARGET, "bcl2", "target:BCL2"),
        (Label.DISEASE, "doid:1040", "disease:DOID:1040"),
        (Label.DISEASE, "Solid Tumors", "disease:solid-tumors"),
        (Label.MOLECULE, "VENCLEXTA®", "molecule:venclexta"),
        (Label.ORGANIZATION, "MacroGenics, Inc.", "org:macrogenics-inc"),
        (Label.DOCUMENT, "ABCDEF0123456789ffff", "doc:abcdef0123456789"),
    ],
)
def test_schema_node_id_rules(label: Label, key: str, expected: str) -> None:
    assert node_id(label, key) == expected
    assert label_of(expected) is label


def test_schema_slugify_folds_accents_and_marks() -> None:
    assert slugify("Institut Curie – Paris™") == "institut-curie-paris"


def test_schema_label_of_rejects_unknown_prefix() -> None:
    with pytest.raises(ValueError, match="not an OncoKG node id"):
        label_of("gene:BCL2")


def test_schema_edge_endpoints() -> None:
    assert edge_allowed(EdgeKind.TARGETS, Label.MOLECULE, Label.TARGET)
    assert not edge_allowed(EdgeKind.TARGETS, Label.TARGET, Label.MOLECULE)
    assert EDGES[EdgeKind.COLLABORATES_WITH].symmetric


def test_schema_cypher_constrains_every_label() -> None:
    text = "\n".join(queries.neo4j_schema())
    constrained = set(re.findall(r"FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE", text))
    assert constrained == {str(label) for label in NODES}
