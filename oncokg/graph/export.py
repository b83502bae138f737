"""Export the whole graph: neo4j-admin import CSVs, GraphML, or JSON Lines.

Nodes and relationships are read page by page and written as they come, so memory stays
flat however large the graph is.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, TextIO
from xml.sax.saxutils import escape, quoteattr

from oncokg.graph import queries
from oncokg.graph.merging import Row
from oncokg.graph.store import GraphStore
from oncokg.schema import (
    EDGES,
    NODES,
    PRESS_RELEASE_KIND,
    PRESS_RELEASE_LABEL,
    EdgeKind,
    Label,
    Prop,
    PropType,
)

ExportFormat = Literal["neo4j-admin", "graphml", "jsonl"]
PAGE = 5000
# neo4j-admin splits array values on this character; evidence sentences contain ';' and ','.
ARRAY_DELIMITER = "\u001f"
ARRAY_DELIMITER_ARG = "U+001F"
_ADMIN_TYPES = {
    PropType.STRING: "",
    PropType.STRING_LIST: ":string[]",
    PropType.INT: ":long",
    PropType.FLOAT: ":double",
    PropType.FLOAT_LIST: ":double[]",
}


def _pages(store: GraphStore, query: str) -> Iterator[Row]:
    skip = 0
    while True:
        rows = store.read(query, {"skip": skip, "limit": PAGE})
        yield from rows
        if len(rows) < PAGE:
            return
        skip += PAGE


def iter_nodes(store: GraphStore) -> Iterator[tuple[Label, Row]]:
    for label in NODES:
        for row in _pages(store, queries.node_page(label)):
            yield label, row


def iter_edges(
    store: GraphStore, kinds: tuple[EdgeKind, ...] = tuple(EDGES)
) -> Iterator[tuple[EdgeKind, Row]]:
    for kind in kinds:
        spec = EDGES[kind]
        for source in spec.sources:
            for target in spec.targets:
                for row in _pages(store, queries.edge_page(kind, source, target)):
                    yield kind, row


def export_graph(store: GraphStore, out: Path, fmt: ExportFormat) -> dict[str, int]:
    """Write the graph under `out` (a folder for neo4j-admin, else a file); returns counts."""
    if fmt == "neo4j-admin":
        return _export_admin(store, out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as handle:
        if fmt == "graphml":
            return _export_graphml(store, handle)
        return _export_jsonl(store, handle)


def _admin_value(prop: Prop, value: Any) -> str:
    """A property as its CSV field. neo4j-admin imports an empty field as no property, so
    an empty list, or a list of one empty string (the date of one undated document), comes
    back absent: readers take an absent list as empty, or as "" for each document."""
    if value is None:
        return ""
    if prop.type in (PropType.STRING_LIST, PropType.FLOAT_LIST):
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, " ") for v in value)
    return str(value)


def _export_admin(store: GraphStore, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {"nodes": 0, "relationships": 0}
    node_files, edge_files = [], []
    for label, spec in NODES.items():
        path = folder / f"nodes_{label}.csv"
        node_files.append(path.name)
        props = spec.properties
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            header = [
                "id:ID" if p.name == "id" else f"{p.name}{_ADMIN_TYPES[p.type]}" for p in props
            ]
            writer.writerow([*header, ":LABEL"])
            for row in _pages(store, queries.node_page(label)):
                labels = [str(label)]
                if label is Label.DOCUMENT and row.get("kind") == PRESS_RELEASE_KIND:
                    labels.append(PRESS_RELEASE_LABEL)
                values = [_admin_value(p, row.get(p.name)) for p in props]
                writer.writerow([*values, ARRAY_DELIMITER.join(labels)])
                counts["nodes"] += 1
    for kind, edge in EDGES.items():
        path = folder / f"relationships_{kind}.csv"
        edge_files.append(path.name)
        props = edge.properties
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            header = [f"{p.name}{_ADMIN_TYPES[p.type]}" for p in props]
            writer.writerow([":START_ID", ":END_ID", ":TYPE", *header])
            for _, row in iter_edges(store, (kind,)):
                values = [_admin_value(p, row.get(p.name)) for p in props]
                writer.writerow([row["source"], row["target"], str(kind), *values])
                counts["relationships"] += 1
    command = admin_import_command(folder, node_files, edge_files)
    (folder / "IMPORT.txt").write_text(
        "Load into an empty database (Neo4j 5) with:\n\n  " + " ".join(command) + "\n",
        encoding="utf-8",
    )
    return counts


def admin_import_command(folder: Path, node_files: list[str], edge_files: list[str]) -> list[str]:
    """`neo4j-admin database import full` arguments for the files of an export folder."""
    return [
        "neo4j-admin",
        "database",
        "import",
        "full",
        "neo4j",
        f"--array-delimiter={ARRAY_DELIMITER_ARG}",
        *(f"--nodes={folder / name}" for name in node_files),
        *(f"--relationships={folder / name}" for name in edge_files),
    ]


def _export_jsonl(store: GraphStore, handle: TextIO) -> dict[str, int]:
    counts = {"nodes": 0, "relationships": 0}
    for label, row in iter_nodes(store):
        record = {"type": "node", "label": str(label), "properties": _clean(row)}
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts["nodes"] += 1
    for kind, row in iter_edges(store):
        props = _clean({k: v for k, v in row.items() if k not in ("source", "target")})
        record = {
            "type": "relationship",
            "label": str(kind),
            "source": row["source"],
            "target": row["target"],
            "properties": props,
        }
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        counts["relationships"] += 1
    return counts


def _clean(row: Row) -> Row:
    return {k: v for k, v in row.items() if v is not None}


# GraphML has scalar attribute types only: lists travel as JSON text (declared in the key's
# description), numbers as numbers, so tools read doc_count as an integer.
_GRAPHML_TYPE = {
    PropType.STRING: "string",
    PropType.INT: "long",
    PropType.FLOAT: "double",
    PropType.STRING_LIST: "string",
    PropType.FLOAT_LIST: "string",
}
_LIST_TYPES = (PropType.STRING_LIST, PropType.FLOAT_LIST)


def _graphml_keys() -> list[tuple[str, str, str, PropType]]:
    """(key id, domain, attribute name, type) for every property of the schema, and labels."""
    keys = [("label", "node", "labels", PropType.STRING), ("type", "edge", "type", PropType.STRING)]
    seen = set()
    for spec in NODES.values():
        for p in spec.properties:
            if p.name != "id" and ("node", p.name) not in seen:
                seen.add(("node", p.name))
                keys.append((f"n_{p.name}", "node", p.name, p.type))
    for edge in EDGES.values():
        for p in edge.properties:
            if ("edge", p.name) not in seen:
                seen.add(("edge", p.name))
                keys.append((f"e_{p.name}", "edge", p.name, p.type))
    return keys


def _graphml_key(key: str, domain: str, name: str, kind: PropType) -> str:
    head = f'  <key id="{key}" for="{domain}" attr.name="{name}" attr.type="{_GRAPHML_TYPE[kind]}"'
    if kind in _LIST_TYPES:
        return head + "><desc>a JSON list</desc></key>\n"
    return head + "/>\n"


def _graphml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list) else str(value)


def _export_graphml(store: GraphStore, handle: TextIO) -> dict[str, int]:
    counts = {"nodes": 0, "relationships": 0}
    handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    handle.write('<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
    for key, domain, name, prop_type in _graphml_keys():
        handle.write(_graphml_key(key, domain, name, prop_type))
    handle.write('  <graph id="oncokg" edgedefault="directed">\n')
    for label, row in iter_nodes(store):
        handle.write(f"    <node id={quoteattr(row['id'])}>")
        handle.write(f'<data key="label">{label}</data>')
        for name, value in _clean(row).items():
            if name != "id":
                handle.write(f'<data key="n_{name}">{escape(_graphml_value(value))}</data>')
        handle.write("</node>\n")
        counts["nodes"] += 1
    for kind, row in iter_edges(store):
        source, target = quoteattr(row["source"]), quoteattr(row["target"])
        handle.write(f"    <edge source={source} target={target}>")
        handle.write(f'<data key="type">{kind}</data>')
        for name, value in _clean(row).items():
            if name not in ("source", "target"):
                handle.write(f'<data key="e_{name}">{escape(_graphml_value(value))}</data>')
        handle.write("</edge>\n")
        counts["relationships"] += 1
    handle.write("  </graph>\n</graphml>\n")
    return counts
