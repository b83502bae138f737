"""The typed contract between reading, extraction and storage.

`read` produces `Document`s, `extract` turns one into an `Extraction`, and a `GraphStore`
upserts batches of them. `Extraction.to_json()` is the `oncokg extract --format json`
contract that other tools read (its fields are listed in the README).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from oncokg.schema import PRESS_RELEASE_KIND, EdgeKind, Label, node_id

JsonDict = dict[str, Any]
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class Document:
    """One input document. `text` includes the title line when the source had one."""

    text: str
    title: str = ""
    url: str = ""
    published: str = ""  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or empty when unknown
    # where `published` came from: "source" (a date line, metadata or field of the input) or
    # "dateline" (the release's "CITY, Month D, YYYY" line, when the input stated none)
    published_from: str = ""
    kind: str = PRESS_RELEASE_KIND
    source: str = ""  # where it was read from: a path, a path#line, or an API upload

    @cached_property
    def sha256(self) -> str:
        """Computed once: the id derives from it and is read many times per document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def id(self) -> str:
        return node_id(Label.DOCUMENT, self.sha256)

    def to_json(self) -> JsonDict:
        return {
            "id": self.id,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "published_from": self.published_from or ("source" if self.published else ""),
            "kind": self.kind,
            "sha256": self.sha256,
            "source": self.source,
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Document:
        """The document `to_json` describes. Its text is not part of the contract, its hash
        is: the id and `sha256` come from the hash given."""
        digest = str(data["sha256"])
        if not _SHA256.fullmatch(digest):
            raise ValueError(f"sha256 is not a SHA-256 hex digest: {digest[:80]!r}")
        document = cls(
            text="",
            title=str(data.get("title") or ""),
            url=str(data.get("url") or ""),
            published=str(data.get("published") or ""),
            published_from=str(data.get("published_from") or ""),
            kind=str(data.get("kind") or PRESS_RELEASE_KIND),
            source=str(data.get("source") or ""),
        )
        document.__dict__["sha256"] = digest  # what `cached_property` would have computed
        return document


@dataclass(frozen=True)
class Mention:
    """A surface form of an entity at character offsets [start, end) of the document text."""

    text: str
    start: int
    end: int


@dataclass
class Node:
    id: str
    label: Label
    name: str
    aliases: list[str] = field(default_factory=list)
    properties: JsonDict = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)

    def to_json(self) -> JsonDict:
        return {
            "id": self.id,
            "label": str(self.label),
            "name": self.name,
            "aliases": list(self.aliases),
            "properties": dict(self.properties),
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in self.mentions],
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Node:
        return cls(
            id=str(data["id"]),
            label=Label(data["label"]),
            name=str(data["name"]),
            aliases=[str(alias) for alias in data.get("aliases") or []],
            properties=dict(data.get("properties") or {}),
            mentions=[
                Mention(str(m["text"]), int(m["start"]), int(m["end"]))
                for m in data.get("mentions") or []
            ],
        )


@dataclass
class Edge:
    """A fact stated by one sentence of one document."""

    kind: EdgeKind
    source: str
    target: str
    evidence: str
    evidence_start: int = -1
    evidence_end: int = -1
    properties: JsonDict = field(default_factory=dict)

    def to_json(self) -> JsonDict:
        return {
            "type": str(self.kind),
            "source": self.source,
            "target": self.target,
            "properties": {
                "evidence": self.evidence,
                "evidence_start": self.evidence_start,
                "evidence_end": self.evidence_end,
                **self.properties,
            },
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> Edge:
        properties = dict(data.get("properties") or {})
        return cls(
            kind=EdgeKind(data["type"]),
            source=str(data["source"]),
            target=str(data["target"]),
            evidence=str(properties.pop("evidence", "")),
            evidence_start=int(properties.pop("evidence_start", -1)),
            evidence_end=int(properties.pop("evidence_end", -1)),
            properties=properties,
        )


@dataclass(frozen=True)
class DateMention:
    """An event date at the precision the text states it: YYYY, YYYY-MM or YYYY-MM-DD."""

    date: str
    what: str
    evidence: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month"}.get(len(self.date), "day")

    def to_json(self) -> JsonDict:
        return {
            "date": self.date,
            "precision": self.precision,
            "what": self.what,
            "evidence": self.evidence,
        }

    @classmethod
    def from_json(cls, data: JsonDict) -> DateMention:
        return cls(str(data["date"]), str(data["what"]), str(data["evidence"]))


@dataclass
class Extraction:
    document: Document
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)

    def to_json(self) -> JsonDict:
        return {
            "document": self.document.to_json(),
            "nodes": [node.to_json() for node in self.nodes],
            "edges": [edge.to_json() for edge in self.edges],
            "dates": [date.to_json() for date in self.dates],
        }

    @classmethod
    def from_json(cls, data: Any) -> Extraction:
        """The extraction `to_json` describes (the `oncokg extract --format json`
        contract); a missing or mistyped field raises ValueError naming it."""
        try:
            return cls(
                Document.from_json(data["document"]),
                [Node.from_json(node) for node in data.get("nodes") or []],
                [Edge.from_json(edge) for edge in data.get("edges") or []],
                [DateMention.from_json(date) for date in data.get("dates") or []],
            )
        except KeyError as exc:
            raise ValueError(f"field {exc.args[0]!r} is missing") from exc
        except (TypeError, AttributeError) as exc:
            raise ValueError(f"a field has the wrong type: {exc}") from exc
