"""The typed contract between reading, extraction and storage.

`read` produces `Document`s, `extract` turns one into an `Extraction`, and a `GraphStore`
upserts batches of them. `Extraction.to_json()` is the `oncokg extract --format json`
contract that other tools read (its fields are listed in the README).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import Any, TypeVar

from oncokg.exceptions import ContractError
from oncokg.schema import PRESS_RELEASE_KIND, EdgeKind, Label, node_id

JsonDict = dict[str, Any]
_SHA256 = re.compile(r"[0-9a-f]{64}")
T = TypeVar("T")
E = TypeVar("E", bound=StrEnum)


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
    def from_json(cls, data: Any, where: str = "document") -> Document:
        """The document `to_json` describes. Its text is not part of the contract, its hash
        is: the id and `sha256` come from the hash given (an `id` given must agree)."""
        data = _object(data, where)
        digest = _field(data, "sha256", str, where)
        if not _SHA256.fullmatch(digest):
            raise ContractError(f"{where}.sha256", f"not a SHA-256 hex digest: {digest[:80]!r}")
        document = cls(
            text="",
            title=_field(data, "title", str, where, ""),
            url=_field(data, "url", str, where, ""),
            published=_field(data, "published", str, where, ""),
            published_from=_field(data, "published_from", str, where, ""),
            kind=_field(data, "kind", str, where, PRESS_RELEASE_KIND),
            source=_field(data, "source", str, where, ""),
        )
        document.__dict__["sha256"] = digest  # what `cached_property` would have computed
        if _field(data, "id", str, where, document.id) != document.id:
            raise ContractError(f"{where}.id", f"is not the id of its sha256 ({document.id})")
        return document


@dataclass(frozen=True, init=False)
class Mention:
    """A surface form of an entity at character offsets [start, end) of the document text."""

    text: str
    start: int
    end: int

    def __init__(self, text: str, start: int, end: int) -> None:
        # (the fields written to the instance's dict: the frozen dataclass's own __init__ sets
        # each through object.__setattr__, ~3x dearer, and one is built per recognised span)
        fields = self.__dict__
        fields["text"] = text
        fields["start"] = start
        fields["end"] = end


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
    def from_json(cls, data: Any, where: str = "node") -> Node:
        data = _object(data, where)
        mentions = []
        for index, item in enumerate(_field(data, "mentions", list, where, [])):
            at = f"{where}.mentions[{index}]"
            mention = _object(item, at)
            mentions.append(
                Mention(
                    _field(mention, "text", str, at),
                    _field(mention, "start", int, at),
                    _field(mention, "end", int, at),
                )
            )
        return cls(
            id=_field(data, "id", str, where),
            label=_member(Label, _field(data, "label", str, where), f"{where}.label"),
            name=_field(data, "name", str, where),
            aliases=_strings(_field(data, "aliases", list, where, []), f"{where}.aliases"),
            properties=dict(_field(data, "properties", dict, where, {})),
            mentions=mentions,
        )


_EVIDENCE = ("evidence", "evidence_start", "evidence_end")


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
        """The evidence goes into `properties` (`from_json` takes it back out)."""
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
    def from_json(cls, data: Any, where: str = "edge") -> Edge:
        """The edge `to_json` describes, its evidence taken back out of `properties`."""
        data = _object(data, where)
        properties = _field(data, "properties", dict, where, {})
        at = f"{where}.properties"
        return cls(
            kind=_member(EdgeKind, _field(data, "type", str, where), f"{where}.type"),
            source=_field(data, "source", str, where),
            target=_field(data, "target", str, where),
            evidence=_field(properties, "evidence", str, at, ""),
            evidence_start=_field(properties, "evidence_start", int, at, -1),
            evidence_end=_field(properties, "evidence_end", int, at, -1),
            properties={k: v for k, v in properties.items() if k not in _EVIDENCE},
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
    def from_json(cls, data: Any, where: str = "date") -> DateMention:
        """`precision` is not read: it follows from the date."""
        data = _object(data, where)
        return cls(
            _field(data, "date", str, where),
            _field(data, "what", str, where),
            _field(data, "evidence", str, where),
        )


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
        contract), JSON as `json.loads` gives it; a missing or mistyped field raises a
        ContractError naming it (`nodes[3].label`). Lists absent are empty."""
        data = _object(data, "extraction")
        return cls(
            Document.from_json(_field(data, "document", dict, "")),
            [Node.from_json(item, f"nodes[{i}]") for i, item in enumerate(_list(data, "nodes"))],
            [Edge.from_json(item, f"edges[{i}]") for i, item in enumerate(_list(data, "edges"))],
            [
                DateMention.from_json(item, f"dates[{i}]")
                for i, item in enumerate(_list(data, "dates"))
            ],
        )


_JSON_TYPES = {
    str: "a string",
    int: "an integer",
    float: "a number",
    list: "a list",
    dict: "an object",
}


def _object(data: Any, where: str) -> JsonDict:
    if not isinstance(data, dict):
        raise ContractError(where, f"must be an object, not {_json_type(data)}")
    return data


def _field(data: JsonDict, name: str, kind: type[T], where: str, default: T | None = None) -> T:
    """`data[name]`, which must be a `kind` (the contract has no nulls); absent, the default,
    when the field has one. Errors name the field's path in the extraction."""
    path = f"{where}.{name}" if where else name
    if name not in data:
        if default is None:
            raise ContractError(path, "missing")
        return default
    value = data[name]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ContractError(path, f"must be {_JSON_TYPES[kind]}, not {_json_type(value)}")
    return value


def _list(data: JsonDict, name: str) -> list[Any]:
    return _field(data, name, list, "", [])


def _strings(values: list[Any], where: str) -> list[str]:
    for index, value in enumerate(values):
        if not isinstance(value, str):
            raise ContractError(f"{where}[{index}]", f"must be a string, not {_json_type(value)}")
    return list(values)


def _member(kind: type[E], value: str, where: str) -> E:
    try:
        return kind(value)
    except ValueError:
        raise ContractError(where, f"{value[:80]!r} is not one of {', '.join(kind)}") from None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    return _JSON_TYPES.get(type(value), type(value).__name__)
