"""Exports read back: every node and relationship of the store is in the file."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from oncokg.graph import reads
from oncokg.graph.export import ARRAY_DELIMITER, export_graph
from oncokg.graph.store import GraphStore
from tests.factories import DRUG, first_release, second_release


def _loaded(store: GraphStore) -> tuple[int, int]:
    store.upsert([first_release(), second_release()])
    stats = reads.stats(store)
    return sum(stats.nodes.values()), sum(stats.edges.values())


def test_export_jsonl_has_every_node_and_edge(store: GraphStore, tmp_path: Path) -> None:
    nodes, edges = _loaded(store)
    counts = export_graph(store, tmp_path / "graph.jsonl", "jsonl")
    lines = [json.loads(x) for x in (tmp_path / "graph.jsonl").read_text().splitlines()]
    assert counts == {"nodes": nodes, "relationships": edges}
    assert len(lines) == nodes + edges
    targets = [x for x in lines if x["type"] == "relationship" and x["label"] == "TARGETS"]
    assert targets[0]["source"] == DRUG
    assert targets[0]["properties"]["doc_count"] == 2


def test_export_graphml_parses(store: GraphStore, tmp_path: Path) -> None:
    nodes, edges = _loaded(store)
    export_graph(store, tmp_path / "graph.graphml", "graphml")
    root = ET.parse(tmp_path / "graph.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:node", ns)) == nodes
    assert len(root.findall(".//g:edge", ns)) == edges


def test_export_neo4j_admin_csv_headers_and_arrays(store: GraphStore, tmp_path: Path) -> None:
    nodes, edges = _loaded(store)
    folder = tmp_path / "admin"
    assert export_graph(store, folder, "neo4j-admin") == {"nodes": nodes, "relationships": edges}
    with (folder / "nodes_Molecule.csv").open() as handle:
        rows = list(csv.DictReader(handle))
    assert rows[0]["id:ID"] == DRUG
    assert rows[0][":LABEL"] == "Molecule"
    with (folder / "relationships_TARGETS.csv").open() as handle:
        facts = list(csv.DictReader(handle))
    assert len(facts[0]["evidence:string[]"].split(ARRAY_DELIMITER)) == 2
    with (folder / "nodes_Document.csv").open() as handle:
        labels = {r[":LABEL"] for r in csv.DictReader(handle)}
    assert labels == {f"Document{ARRAY_DELIMITER}PressRelease"}
    assert "neo4j-admin database import full" in (folder / "IMPORT.txt").read_text()


def test_export_graphml_types_its_attributes(store: GraphStore, tmp_path: Path) -> None:
    """Numbers are numbers for tools that read GraphML (networkx here); lists are JSON."""
    import json

    import networkx as nx

    _loaded(store)
    export_graph(store, tmp_path / "graph.graphml", "graphml")
    graph = nx.read_graphml(tmp_path / "graph.graphml")
    facts = [data for _, _, data in graph.edges(data=True) if data.get("type") == "TARGETS"]
    assert isinstance(facts[0]["doc_count"], int)
    assert facts[0]["doc_count"] == 2
    assert isinstance(facts[0]["confidence"], float)
    assert isinstance(json.loads(facts[0]["documents"]), list)
