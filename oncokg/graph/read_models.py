"""What the stores return to readers: the API serves these models as they are."""

from __future__ import annotations

from typing import Any, Literal

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
    confidence: float = Field(0.0, description="extractor confidence, all documents combined")
    terms: dict[str, str] = Field(
        default_factory=dict, description="the stage or deal terms, as the latest document says"
    )


class Stats(BaseModel):
    nodes: dict[str, int]
    edges: dict[str, int]


class UpsertSummary(BaseModel):
    documents: int = 0
    nodes: int = 0
    facts: int = 0
    mentions: int = 0


class DocumentSummary(BaseModel):
    id: str
    title: str = ""
    url: str = ""
    published: str = ""
    published_from: str = Field(
        default="", description="source (stated by the input) or dateline (read from the text)"
    )
    kind: str = ""
    source: str = ""
    ingested_at: str = ""


class EntityProfile(EntityDetail):
    """An entity with what an analyst asks next: how connected it is and where it is named."""

    external_ids: dict[str, str] = Field(
        default_factory=dict, description="identifiers in other resources (HGNC, DOID, DrugBank)"
    )
    degree: int = Field(0, description="number of facts (not mentions) that involve it")
    documents: list[DocumentSummary] = Field(
        default_factory=list, description="documents that mention it, newest first (at most 50)"
    )


class Fact(BaseModel):
    """One fact relationship with its whole provenance, oriented as stored."""

    type: str
    source: EntitySummary
    target: EntitySummary
    phase: str | None = None
    documents: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)
    confidences: list[float] = Field(default_factory=list)
    terms: dict[str, str] = Field(
        default_factory=dict,
        description="what the documents state of the fact, latest first: INDICATED_FOR phase, "
        "trial, nct; COLLABORATES_WITH kind, upfront, total, territory; ACQUIRES status, "
        "value, scope",
    )
    history: dict[str, list[str]] = Field(
        default_factory=dict,
        description="each of those terms as every document stated it, parallel to documents",
    )
    first_date: str | None = None
    last_date: str | None = None
    doc_count: int = 0
    confidence: float = Field(0.0, description="extractor confidence, all documents combined")


class DocumentDetail(DocumentSummary):
    facts: list[Fact] = Field(
        default_factory=list, description="facts this document supports, its own sentence first"
    )
    entities: list[EntitySummary] = Field(default_factory=list)


class Link(BaseModel):
    """A fact as an edge for drawing: ids only, oriented source → target as stored."""

    source: str
    target: str
    type: str
    phase: str | None = None
    doc_count: int = 0
    confidence: float = 0.0


class GraphPath(BaseModel):
    """A chain of facts: nodes in order, and the link between each consecutive pair."""

    nodes: list[EntitySummary]
    links: list[Link]

    @property
    def hops(self) -> int:
        return len(self.links)


class Subgraph(BaseModel):
    """Nodes and links in the shape force-directed graph libraries take directly."""

    nodes: list[EntitySummary]
    links: list[Link]


class Indication(BaseModel):
    disease: EntitySummary
    phase: str | None = None


class LandscapeEntry(BaseModel):
    """One molecule in a target or disease landscape."""

    molecule: EntitySummary
    developers: list[EntitySummary] = Field(default_factory=list)
    targets: list[EntitySummary] = Field(default_factory=list)
    indications: list[Indication] = Field(default_factory=list)
    first_date: str | None = Field(None, description="first date of the fact that put it here")
    last_date: str | None = None
    doc_count: int = 0


class Partner(BaseModel):
    organization: EntitySummary
    first_date: str | None = None
    last_date: str | None = None
    doc_count: int = 0
    evidence: list[str] = Field(default_factory=list)


class OrganisationProfile(BaseModel):
    organization: EntityDetail
    molecules: list[LandscapeEntry]
    partners: list[Partner]


class TimelineEvent(BaseModel):
    """One document stating one fact about the entity, on the document's date."""

    date: str | None
    type: str
    source: EntitySummary
    target: EntitySummary
    document: str
    evidence: str
    phase: str | None = None


class CypherResult(BaseModel):
    columns: list[str]
    rows: list[dict[str, Any]]
    truncated: bool = Field(description="true when the row cap cut the result short")


class IngestResult(BaseModel):
    document: DocumentSummary
    status: Literal["new", "unchanged", "replaced"] = Field(
        description="new: stored; unchanged: stored before with the same content, nothing "
        "written; replaced: stored, and an older version from the same source or URL taken back"
    )
    summary: UpsertSummary
    entities: list[EntitySummary]
    facts: list[Fact]


class Deal(BaseModel):
    """An acquisition, or a collaboration whose documents state a kind of deal."""

    type: str = Field(description="ACQUIRES or COLLABORATES_WITH")
    parties: list[EntitySummary] = Field(description="for ACQUIRES: the buyer, then the bought")
    kind: str = Field(description="acquisition, licence, option, co-development, research, other")
    terms: dict[str, str] = Field(
        default_factory=dict,
        description="status, value, scope (ACQUIRES); upfront, total, territory (deals)",
    )
    first_date: str | None = None
    last_date: str | None = None
    doc_count: int = 0
    confidence: float = 0.0
    documents: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    dates: list[str] = Field(default_factory=list)


class StageChange(BaseModel):
    """A document that moved a molecule to a stage in an indication."""

    date: str | None = None
    stage: str
    document: str
    evidence: str = ""
    trial: str | None = None


class PipelineEntry(BaseModel):
    """One molecule in one indication: its current stage and how it got there."""

    molecule: EntitySummary
    disease: EntitySummary
    stage: str | None = Field(None, description="as the latest dated document states it")
    since: str | None = Field(None, description="date of the document that stated it first")
    changes: list[StageChange] = Field(
        default_factory=list, description="each change of stage, oldest first"
    )


class ConnectedEntity(EntitySummary):
    degree: int = Field(description="facts around it")


class Overview(BaseModel):
    """The explorer's first screen: what the graph holds and where to start."""

    stats: Stats
    most_connected: list[ConnectedEntity] = Field(
        description="per entity label, the entities with the most facts, busiest first"
    )
    newest_documents: list[DocumentSummary]
