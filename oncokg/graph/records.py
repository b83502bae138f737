"""What the stores return to readers: the API serves these models as they are."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class EntitySummary(BaseModel):
    id: str
    label: str
    name: str
    aliases: list[str] = Field(default_factory=list)


class SearchHit(EntitySummary):
    score: float = Field(description="1.0 exact name, 0.9 exact alias, 0.7 prefix, 0.5 contains")


class EntityDetail(EntitySummary):
    properties: dict[str, Any] = Field(default_factory=dict)


class Neighbour(BaseModel):
    type: str = Field(description="relationship type")
    direction: str = Field(description="out, in, or both for symmetric types")
    node: EntitySummary
    phase: str | None = None
    documents: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    first_date: str | None = None
    last_date: str | None = None
    doc_count: int = 0


class Stats(BaseModel):
    nodes: dict[str, int]
    edges: dict[str, int]


class UpsertSummary(BaseModel):
    documents: int = 0
    nodes: int = 0
    facts: int = 0
    mentions: int = 0
