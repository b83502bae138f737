"""Pure transformation of extractions into store rows, and the merge rules for upserts.

Stores read the rows already stored for a batch's keys, merge with `merge_node` and
`merge_fact`, and write the result back. Keeping the rules here (no database) makes them
testable on their own and guarantees that both stores merge identically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from oncokg.extraction import Extraction
from oncokg.schema import (
    EDGES,
    NODES,
    EdgeKind,
    Label,
    fact_confidence,
    label_of,
    stage_rank,
)

Row = dict[str, Any]


@dataclass
class NodeRow:
    id: str
    label: Label
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    alias_documents: list[str] = field(default_factory=list)  # parallel to aliases
    merged_ids: list[str] = field(default_factory=list)
    document: str = ""  # the document this row was extracted from (not stored)

    def to_row(self) -> Row:
        """Every property the schema declares for the label, None where unknown."""
        row: Row = {
            prop.name: self.properties.get(prop.name) for prop in NODES[self.label].properties
        }
        row.update(
            id=self.id,
            name=self.name,
            aliases=list(self.aliases),
            alias_documents=list(self.alias_documents),
            merged_ids=list(self.merged_ids),
            search_text=search_text(self.name, self.aliases),
        )
        return row


def node_merge_row(node: NodeRow) -> Row:
    """A batch's node as `queries.merge_nodes_in_place` merges it into what is stored: its
    name first among the aliases offered, each alias with its search form."""
    first_source = node.document or next(iter(node.alias_documents), "")
    offered = [(node.name, first_source), *sourced_aliases(node)]
    row = node.to_row()
    row.update(
        name_key=searchable(node.name),
        aliases=[alias for alias, _ in offered],
        alias_documents=[document for _, document in offered],
        alias_keys=[searchable(alias) for alias, _ in offered],
    )
    return row


# Between the names in `search_text`: whitespace, so no search (see `searchable`) holds it
# and none matches across two names; a tab rather than a newline, which CSV importers
# (neo4j-admin) refuse inside a field.
SEARCH_SEPARATOR = "\t"


def search_text(name: str, aliases: Sequence[str]) -> str:
    return SEARCH_SEPARATOR.join(searchable(text) for text in [name, *aliases])


def searchable(text: str) -> str:
    """A name or a search as search compares them: lowercased, whitespace runs as one
    space."""
    return " ".join(text.split()).lower()


@dataclass(frozen=True)
class Support:
    """One document's support for a fact."""

    document: str
    evidence: str
    date: str
    stated: dict[str, str] = field(default_factory=dict)  # `EdgeSpec.stated` values it gives
    confidence: float = 0.0  # the extractor's, for this document's statement of the fact


@dataclass
class FactRow:
    kind: EdgeKind
    source: str
    target: str
    supports: list[Support] = field(default_factory=list)
    current: dict[str, str] = field(default_factory=dict)  # latest dated `stated` values

    @property
    def key(self) -> tuple[EdgeKind, str, str]:
        return (self.kind, self.source, self.target)

    def to_row(self) -> Row:
        dates = sorted(s.date for s in self.supports if s.date)
        row: Row = {
            "source": self.source,
            "target": self.target,
            "documents": [s.document for s in self.supports],
            "evidence": [s.evidence for s in self.supports],
            "dates": [s.date for s in self.supports],
            "confidences": [s.confidence for s in self.supports],
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
            "doc_count": len({s.document for s in self.supports}),
            "confidence": fact_confidence([s.confidence for s in self.supports]),
        }
        for stated in EDGES[self.kind].stated:
            row[stated.name] = self.current.get(stated.name)
            row[stated.history] = [s.stated.get(stated.name, "") for s in self.supports]
        return row


@dataclass
class Batch:
    """Everything one upsert writes, deduplicated within the batch."""

    nodes: dict[str, NodeRow] = field(default_factory=dict)
    facts: dict[tuple[EdgeKind, str, str], FactRow] = field(default_factory=dict)
    mentions: set[tuple[str, str]] = field(default_factory=set)

    def nodes_by_label(self) -> dict[Label, list[NodeRow]]:
        grouped: dict[Label, list[NodeRow]] = {}
        for node in self.nodes.values():
            grouped.setdefault(node.label, []).append(node)
        return grouped

    def facts_by_endpoints(self) -> dict[tuple[EdgeKind, Label, Label], list[FactRow]]:
        grouped: dict[tuple[EdgeKind, Label, Label], list[FactRow]] = {}
        for fact in self.facts.values():
            key = (fact.kind, label_of(fact.source), label_of(fact.target))
            grouped.setdefault(key, []).append(fact)
        return grouped

    def mentions_by_label(self) -> dict[Label, list[Row]]:
        grouped: dict[Label, list[Row]] = {}
        for document, entity in sorted(self.mentions):
            grouped.setdefault(label_of(entity), []).append({"source": document, "target": entity})
        return grouped


def merge_sourced_aliases(
    name: str, *alias_lists: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Union of (alias, document that gave it) in first-seen order, without the name."""
    seen = {name}
    merged: list[tuple[str, str]] = []
    for aliases in alias_lists:
        for alias, document in aliases:
            if alias and alias not in seen:
                seen.add(alias)
                merged.append((alias, document))
    return merged


def sourced_aliases(node: NodeRow) -> list[tuple[str, str]]:
    documents = node.alias_documents + [""] * (len(node.aliases) - len(node.alias_documents))
    return list(zip(node.aliases, documents, strict=False))


def merge_node(stored: NodeRow | None, incoming: NodeRow) -> NodeRow:
    """The first name given to a node stays; aliases accumulate with the document that gave
    each; known properties are kept and unknown ones filled in. Merging `incoming` under
    another id (the resolver does) records its id in merged_ids and its name as an alias."""
    if stored is None:
        stored = NodeRow(incoming.id, incoming.label, incoming.name)
    properties = dict(stored.properties)
    for key, value in incoming.properties.items():
        if properties.get(key) in (None, "") and value not in (None, ""):
            properties[key] = value
    name = stored.name or incoming.name
    first_source = incoming.document or next(iter(incoming.alias_documents), "")
    aliases = merge_sourced_aliases(
        name, sourced_aliases(stored), [(incoming.name, first_source)], sourced_aliases(incoming)
    )
    merged_ids = list(stored.merged_ids)
    for merged in [*incoming.merged_ids, incoming.id]:
        if merged != stored.id and merged not in merged_ids:
            merged_ids.append(merged)
    return NodeRow(
        stored.id,
        stored.label,
        name,
        [alias for alias, _ in aliases],
        properties,
        [document for _, document in aliases],
        merged_ids,
    )


def current_values(
    kind: EdgeKind, supports: Sequence[Support], fallback: dict[str, str] | None = None
) -> dict[str, str]:
    """Each stated property as the latest dated support that states it gives it (on a tie,
    the most advanced stage); where none does, the fallback's."""
    current = {}
    for stated in EDGES[kind].stated:
        giving = [s for s in supports if s.stated.get(stated.name)]
        if giving:
            latest = max(giving, key=lambda s: (s.date or "", stage_rank(s.stated.get("phase"))))
            current[stated.name] = latest.stated[stated.name]
        elif fallback and fallback.get(stated.name):
            current[stated.name] = fallback[stated.name]
    return current


def merge_fact(stored: FactRow | None, incoming: FactRow) -> FactRow:
    """Add the supports of documents not yet recorded; a document never counts twice, so
    loading the same document again changes nothing. Stated properties (the stage, a
    deal's terms) follow the latest dated support that states them."""
    if stored is None:
        merged = FactRow(incoming.kind, incoming.source, incoming.target)
    else:
        merged = FactRow(stored.kind, stored.source, stored.target, list(stored.supports))
    known = {s.document for s in merged.supports}
    for support in incoming.supports:
        if support.document not in known:
            known.add(support.document)
            merged.supports.append(support)
    fallback = {**incoming.current, **(stored.current if stored else {})}
    merged.current = current_values(merged.kind, merged.supports, fallback)
    return merged


def fact_from_row(kind: EdgeKind, row: Row) -> FactRow:
    """Rebuild a stored fact from the parallel provenance lists a store returns."""
    documents = row.get("documents") or []
    evidence = row.get("evidence") or []
    dates = row.get("dates") or []
    confidences = row.get("confidences") or []
    histories = {s.name: row.get(s.history) or [] for s in EDGES[kind].stated}
    supports = [
        Support(
            doc,
            evidence[i] if i < len(evidence) else "",
            dates[i] if i < len(dates) else "",
            {name: said[i] for name, said in histories.items() if i < len(said) and said[i]},
            float(confidences[i]) if i < len(confidences) else 0.0,
        )
        for i, doc in enumerate(documents)
    ]
    current = {s.name: row[s.name] for s in EDGES[kind].stated if row.get(s.name)}
    return FactRow(kind, row["source"], row["target"], supports, current)


def node_from_row(label: Label, row: Row) -> NodeRow:
    properties = {
        prop.name: row.get(prop.name)
        for prop in NODES[label].extra
        if row.get(prop.name) not in (None, "")
    }
    return NodeRow(
        row["id"],
        label,
        row.get("name") or "",
        list(row.get("aliases") or []),
        properties,
        list(row.get("alias_documents") or []),
        list(row.get("merged_ids") or []),
    )


def stated_values(kind: EdgeKind, properties: dict[str, Any]) -> dict[str, str]:
    """The stated properties of an extracted edge: its own (`phase`, `status`...) and a
    deal's terms, which the extraction contract nests under `deal`."""
    flat = {**properties, **(properties.get("deal") or {})}
    return {s.name: str(flat[s.name]) for s in EDGES[kind].stated if flat.get(s.name)}


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def build_batch(extractions: Iterable[Extraction], ingested_at: str | None = None) -> Batch:
    """Collect the nodes, facts and mentions of several extractions into one batch."""
    builder = BatchBuilder(ingested_at)
    for extraction in extractions:
        builder.add(extraction)
    return builder.batch()


class BatchBuilder:
    """Gathers extractions into a batch by the rules of `merge_node` and `merge_fact`. Each
    node and fact accumulates in place, so a batch costs what it holds, however often an
    entity recurs in it; a bulk load feeds it a whole corpus, window by window."""

    def __init__(self, ingested_at: str | None = None) -> None:
        self.stamp = ingested_at or now_iso()
        self.nodes: dict[str, _NodeAccumulator] = {}
        self.facts: dict[tuple[EdgeKind, str, str], _FactAccumulator] = {}
        self.mentions: set[tuple[str, str]] = set()

    def add(self, extraction: Extraction) -> None:
        document = extraction.document
        doc_id = document.id
        properties = {**document.to_json(), "ingested_at": self.stamp}
        properties.pop("id", None)
        title = document.title or document.source or doc_id
        self._node(doc_id, Label.DOCUMENT, title, (), properties, "")
        for node in extraction.nodes:
            self._node(node.id, node.label, node.name, node.aliases, node.properties, doc_id)
            self.mentions.add((doc_id, node.id))
        for edge in extraction.edges:
            source, target = edge.source, edge.target
            if EDGES[edge.kind].symmetric and target < source:
                source, target = target, source
            stated = stated_values(edge.kind, edge.properties)
            confidence = float(edge.properties.get("confidence", 0.0))
            support = Support(doc_id, edge.evidence, document.published, stated, confidence)
            key = (edge.kind, source, target)
            fact = self.facts.get(key)
            if fact is None:
                self.facts[key] = fact = _FactAccumulator(edge.kind, source, target)
            fact.add(support)

    def batch(self) -> Batch:
        return Batch(
            {node_id: node.row() for node_id, node in self.nodes.items()},
            {key: fact.row() for key, fact in self.facts.items()},
            self.mentions,
        )

    def _node(
        self,
        node_id: str,
        label: Label,
        name: str,
        aliases: Iterable[str],
        properties: dict[str, Any],
        document: str,
    ) -> None:
        node = self.nodes.get(node_id)
        if node is None:
            self.nodes[node_id] = node = _NodeAccumulator(node_id, label, name, document)
        elif not node.name:
            node.name, node.document = name, document
        for key, value in properties.items():
            if value not in (None, "") and node.properties.get(key) in (None, ""):
                node.properties[key] = value
        for alias in (name, *aliases):
            if alias and alias != node.name and alias not in node.aliases:
                node.aliases[alias] = document


@dataclass
class _NodeAccumulator:
    """A node as a batch gathers it: the first name, properties filled in as documents
    give them, aliases (with the document that gave each) in first-seen order."""

    id: str
    label: Label
    name: str
    document: str  # the one that gave the name
    properties: dict[str, Any] = field(default_factory=dict)
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> document

    def row(self) -> NodeRow:
        return NodeRow(
            self.id,
            self.label,
            self.name,
            list(self.aliases),
            self.properties,
            list(self.aliases.values()),
            document=self.document,
        )


@dataclass
class _FactAccumulator:
    kind: EdgeKind
    source: str
    target: str
    supports: list[Support] = field(default_factory=list)
    documents: set[str] = field(default_factory=set)
    # what the first statements said, for what no recorded support states (a document's
    # second statement of a fact is not recorded, but may be the one giving its stage)
    fallback: dict[str, str] = field(default_factory=dict)

    def add(self, support: Support) -> None:
        for name, value in support.stated.items():
            self.fallback.setdefault(name, value)
        if support.document not in self.documents:
            self.documents.add(support.document)
            self.supports.append(support)

    def row(self) -> FactRow:
        current = current_values(self.kind, self.supports, self.fallback)
        return FactRow(self.kind, self.source, self.target, self.supports, current)
