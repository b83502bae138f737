"""HTTP routes: parse and validate parameters, call the store, return its models."""

from __future__ import annotations

from typing import Annotated, Generic, Literal, TypeVar

from fastapi import APIRouter, Query
from pydantic import BaseModel

from oncokg.api.deps import StoreDep
from oncokg.graph.records import EntityDetail, Neighbour, SearchHit, Stats
from oncokg.schema import ENTITY_LABELS, FACT_KINDS, EdgeKind, Label

T = TypeVar("T")

EntityLabel = Literal["Molecule", "Target", "Disease", "Organization", "Document"]
FactType = Literal["TARGETS", "INDICATED_FOR", "DEVELOPS", "COLLABORATES_WITH", "MENTIONS"]


class Page(BaseModel, Generic[T]):
    data: list[T]
    count: int


class Health(BaseModel):
    status: str
    store: str


router = APIRouter(prefix="/v1")
health_router = APIRouter()


@health_router.get("/health", response_model=Health, tags=["meta"])
def health(store: StoreDep) -> Health:
    """200 when the store answers; 503 (problem+json, Retry-After) when it does not."""
    store.read("RETURN 1 AS ok")
    return Health(status="ok", store=store.name)


@router.get("/stats", response_model=Stats, tags=["meta"])
def stats(store: StoreDep) -> Stats:
    return store.stats()


@router.get("/entities", response_model=Page[SearchHit], tags=["entities"])
def search_entities(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="name or alias")],
    label: Annotated[list[EntityLabel] | None, Query(description="restrict to labels")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> Page[SearchHit]:
    """Entities whose name or an alias contains `q`, exact matches first."""
    labels = tuple(Label(x) for x in label) if label else ENTITY_LABELS
    hits = store.search(q, labels, limit)
    return Page(data=hits, count=len(hits))


@router.get("/entities/{entity_id}", response_model=EntityDetail, tags=["entities"])
def get_entity(store: StoreDep, entity_id: str) -> EntityDetail:
    return store.get_entity(entity_id)


@router.get("/entities/{entity_id}/neighbours", response_model=Page[Neighbour], tags=["entities"])
def neighbours(
    store: StoreDep,
    entity_id: str,
    type: Annotated[list[FactType] | None, Query(description="edge types")] = None,
    direction: Annotated[Literal["out", "in"] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Page[Neighbour]:
    """The facts around an entity, each with its evidence sentences and documents."""
    kinds = tuple(EdgeKind(t) for t in type) if type else FACT_KINDS
    found = store.neighbours(entity_id, kinds, direction, limit)
    return Page(data=found, count=len(found))
