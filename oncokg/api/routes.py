"""HTTP routes: parse and validate parameters, call the store or a view, return its models.

Each route is a few lines; the work happens in `oncokg.graph.views` (reads), `readonly`
(user Cypher) and `oncokg.api.ingest` (writes). Routes are `async def` and hand the blocking
store call to the thread pool themselves: a plain `def` route costs FastAPI a second trip
through the pool, to validate the response, which was a third of a small request's time.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Path, Query, Request, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from oncokg.api.auth import require_api_key
from oncokg.api.deps import NeighbourReadsDep, SearchReadsDep, StoreDep
from oncokg.api.feeds import atom
from oncokg.api.ingest import IngestResponse, ingest_bytes
from oncokg.api.pagination import CursorQuery, Page, decode_cursor, page
from oncokg.api.tables import FormatQuery, respond
from oncokg.graph import queries, reads, views
from oncokg.graph.queries import MAX_PATH_HOPS
from oncokg.graph.read_models import (
    CypherResult,
    Deal,
    DocumentDetail,
    DocumentSummary,
    EntityProfile,
    Fact,
    GraphPath,
    LandscapeEntry,
    Neighbour,
    OrganisationProfile,
    Overview,
    PipelineEntry,
    SearchHit,
    Stats,
    Subgraph,
    TimelineEvent,
)
from oncokg.graph.readonly import ReadOnlyLimits, run_cypher
from oncokg.graph.reads import entity_neighbours, rank_hits, search_key
from oncokg.schema import ENTITY_LABELS, FACT_KINDS, EdgeKind, Label
from oncokg.settings import Settings
from oncokg.watchlists import Watchlists

# views.DEAL_KINDS (a test holds the two equal)
DealKind = Literal["acquisition", "licence", "option", "co-development", "research", "other"]
# the schema's entity labels (a test holds the two equal)
EntityLabel = Literal["Molecule", "Target", "Disease", "Organization"]
# the schema's fact kinds (a test holds the two equal); a Literal so OpenAPI lists them
FactType = Literal["TARGETS", "INDICATED_FOR", "DEVELOPS", "COLLABORATES_WITH", "ACQUIRES"]
ISO_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"

Limit = Annotated[int, Query(ge=1, le=200, description="items per page")]
Since = Annotated[
    str | None, Query(pattern=ISO_DATE, description="ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
]
Until = Annotated[str | None, Query(pattern=ISO_DATE, description="ISO date, inclusive")]
MinConfidence = Annotated[
    float | None, Query(ge=0.0, le=1.0, description="only facts at least this confident (0-1)")
]
EntityId = Annotated[str, Path(max_length=320, description="node id, e.g. target:BCL2")]
Types = Annotated[list[FactType] | None, Query(description="fact types (default: all)")]


class Health(BaseModel):
    status: str
    store: str


class CypherRequest(BaseModel):
    query: str = Field(min_length=1, max_length=20_000, examples=[queries.EXAMPLE_USER_QUERY])
    parameters: dict[str, Any] = Field(default_factory=dict)


class NeighbourQuery(BaseModel):
    """The neighbours route's query parameters, as one model: FastAPI validates it in one
    call, where four separate parameters cost the API's busiest route a sixth of its time.
    The OpenAPI document lists them as before."""

    type: Types = None
    direction: Literal["out", "in"] | None = None
    min_confidence: MinConfidence = None
    limit: Limit = 100
    cursor: CursorQuery = None


def _kinds(types: list[FactType] | None) -> tuple[EdgeKind, ...]:
    return tuple(EdgeKind(t) for t in dict.fromkeys(types)) if types else FACT_KINDS


router = APIRouter(prefix="/v1")
health_router = APIRouter()


# --- meta --------------------------------------------------------------------------------
@health_router.get("/health", response_model=Health, tags=["meta"])
async def health(store: StoreDep) -> Health:
    """200 when the store answers; 503 (problem+json, Retry-After) when it does not."""
    await run_in_threadpool(store.read, queries.PING)
    return Health(status="ok", store=store.name)


@router.get("/stats", response_model=Stats, tags=["meta"])
async def stats(store: StoreDep) -> Stats:
    """Number of nodes per label and relationships per type."""
    return await run_in_threadpool(reads.stats, store)


# --- entities ----------------------------------------------------------------------------
@router.get("/entities", response_model=Page[SearchHit], tags=["entities"])
async def search_entities(
    reads: SearchReadsDep,
    q: Annotated[str, Query(min_length=1, max_length=200, description="name or alias")],
    label: Annotated[list[EntityLabel] | None, Query(description="restrict to labels")] = None,
    limit: Limit = 20,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Entities whose name or an alias contains `q` (case-insensitive): exact name first,
    then exact alias, prefix, and substring matches."""
    offset = decode_cursor(cursor)
    labels = tuple(Label(x) for x in dict.fromkeys(label)) if label else ENTITY_LABELS
    wanted = offset + limit + 1
    key = search_key(q, labels, wanted)
    if key is None:  # nothing searchable in q: blanks alone
        return respond(page([], offset, limit), format, "entities")
    rows = await reads.get(key)  # shares a read with concurrent requests
    return respond(
        page(rank_hits(key, rows or [], wanted)[offset:], offset, limit), format, "entities"
    )


@router.get("/entities/{entity_id}", response_model=EntityProfile, tags=["entities"])
async def get_entity(store: StoreDep, entity_id: EntityId) -> EntityProfile:
    """An entity with its aliases, external ids, degree and the documents that mention it."""
    return await run_in_threadpool(views.entity_profile, store, entity_id)


@router.get("/entities/{entity_id}/neighbours", response_model=Page[Neighbour], tags=["entities"])
async def neighbours(
    reads: NeighbourReadsDep,
    entity_id: EntityId,
    query: Annotated[NeighbourQuery, Query()],
    format: FormatQuery = "json",
) -> Response:
    """The facts around an entity, each with its evidence sentences and documents, most
    supported first. Symmetric facts (COLLABORATES_WITH) have direction "both"."""
    offset = decode_cursor(query.cursor)
    # shares a read with concurrent requests
    rows = await reads.get((entity_id, _kinds(query.type)))
    if rows and query.min_confidence is not None:
        rows = [r for r in rows if (r.get("confidence") or 0.0) >= query.min_confidence]
    found = entity_neighbours(entity_id, rows, query.direction, offset + query.limit + 1)
    return respond(page(found[offset:], offset, query.limit), format, "neighbours")


# --- facts -------------------------------------------------------------------------------
@router.get("/facts", response_model=Page[Fact], tags=["facts"])
async def facts(
    store: StoreDep,
    type: Types = None,
    source: Annotated[str | None, Query(max_length=320, description="source node id")] = None,
    target: Annotated[str | None, Query(max_length=320, description="target node id")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: MinConfidence = None,
    trial: Annotated[
        str | None,
        Query(
            max_length=120,
            examples=["KEYNOTE-189"],
            description="a trial name or NCT number the evidence names (INDICATED_FOR)",
        ),
    ] = None,
    as_of: Annotated[
        str | None,
        Query(pattern=ISO_DATE, description="the facts as known on this date, stage as of then"),
    ] = None,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Facts by type, endpoint and date range (stated at some time in [since, until]),
    newest first, each with its evidence sentences, documents and dates. For
    COLLABORATES_WITH, `source` and `target` match either end."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.list_facts,
        store,
        kinds=_kinds(type),
        source=source,
        target=target,
        since=since,
        until=until,
        min_confidence=min_confidence,
        trial=trial,
        as_of=as_of,
        offset=offset,
        limit=limit + 1,
    )
    return respond(page(found, offset, limit), format, "facts")


# --- paths and subgraphs -----------------------------------------------------------------
@router.get("/paths", response_model=Page[GraphPath], tags=["graph"])
async def paths(
    store: StoreDep,
    source: Annotated[str, Query(max_length=320, description="start node id")],
    target: Annotated[str, Query(max_length=320, description="end node id")],
    max_hops: Annotated[int, Query(ge=1, le=MAX_PATH_HOPS)] = 4,
    limit: Annotated[int, Query(ge=1, le=50)] = 10,
) -> Page[GraphPath]:
    """The shortest chains of facts joining two entities (all of the minimal length, up to
    `limit`); empty when none is within `max_hops`."""
    found = await run_in_threadpool(
        views.shortest_paths, store, source, target, max_hops=max_hops, limit=limit
    )
    return Page(data=found, count=len(found))


@router.get("/subgraph", response_model=Subgraph, tags=["graph"])
async def subgraph(
    store: StoreDep,
    id: Annotated[list[str], Query(min_length=1, max_length=50, description="node ids")],
    type: Types = None,
    per_node: Annotated[int, Query(ge=1, le=200)] = 50,
) -> Subgraph:
    """The given entities and their neighbours as {nodes, links}, ready for a force-directed
    drawing (d3, vis-network, cytoscape)."""
    return await run_in_threadpool(views.subgraph, store, id, kinds=_kinds(type), per_node=per_node)


# --- documents ---------------------------------------------------------------------------
@router.get("/documents", response_model=Page[DocumentSummary], tags=["documents"])
async def documents(
    store: StoreDep,
    since: Since = None,
    until: Until = None,
    kind: Annotated[str | None, Query(max_length=64, examples=["press_release"])] = None,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Documents, newest first, by publication date range and kind."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.list_documents,
        store,
        since=since,
        until=until,
        kind=kind,
        offset=offset,
        limit=limit + 1,
    )
    return respond(page(found, offset, limit), format, "documents")


@router.get("/documents/{document_id}", response_model=DocumentDetail, tags=["documents"])
async def get_document(store: StoreDep, document_id: EntityId) -> DocumentDetail:
    """A document with the facts it contributed (its own sentence first) and the entities
    it mentions."""
    return await run_in_threadpool(views.document_detail, store, document_id)


@router.post(
    "/documents",
    response_model=IngestResponse,
    status_code=201,
    tags=["documents"],
    dependencies=[Depends(require_api_key)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "description": "one document: plain text (optional URL, date and title lines), "
            "Markdown, HTML, or JSON {title, url, published, text} or a list of them",
            "content": {
                "text/plain": {"schema": {"type": "string"}},
                "application/json": {"schema": {}},
            },
        }
    },
)
async def post_document(
    request: Request,
    response: Response,
    store: StoreDep,
    format: Annotated[
        Literal["txt", "md", "html", "json", "jsonl"] | None,
        Query(description="input format; sniffed from the content when omitted"),
    ] = None,
    name: Annotated[
        str | None,
        Query(
            max_length=200,
            description="a name for the source: a later upload under the same name is a new "
            "version that replaces this one (without a name, the content identifies it)",
        ),
    ] = None,
) -> IngestResponse:
    """Ingest a document the way `oncokg ingest` does and say what became of it (new,
    unchanged or replaced) with the facts it states. 201 when something was stored, 200 when
    every document was stored before. Needs the API key (`X-API-Key` or `Authorization:
    Bearer`)."""
    raw = await request.body()
    result = await run_in_threadpool(ingest_bytes, store, raw, name, format or "")
    if not result.stored_any:
        response.status_code = 200
    return result


# --- analyst views -----------------------------------------------------------------------
@router.get("/views/overview", response_model=Overview, tags=["views"])
async def overview(store: StoreDep, per_label: Annotated[int, Query(ge=1, le=50)] = 5) -> Overview:
    """What the graph holds and where to start: counts, the most connected entities of each
    label, the newest documents (the explorer's first screen)."""
    return await run_in_threadpool(views.overview, store, per_label)


@router.get(
    "/views/target-landscape/{target_id}", response_model=Page[LandscapeEntry], tags=["views"]
)
async def target_landscape(
    store: StoreDep,
    target_id: EntityId,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Which molecules hit this target, who develops them, for which diseases, at what
    phase (query `cypher/queries/target_landscape.cypher`)."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.target_landscape_rows, store, target_id, offset=offset, limit=limit + 1
    )
    return respond(page(found, offset, limit), format, "target-landscape")


@router.get(
    "/views/disease-landscape/{disease_id}", response_model=Page[LandscapeEntry], tags=["views"]
)
async def disease_landscape(
    store: StoreDep,
    disease_id: EntityId,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Which molecules are developed for this disease, at what phase, on which targets, by
    whom (query `cypher/queries/disease_landscape.cypher`)."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.disease_landscape_rows, store, disease_id, offset=offset, limit=limit + 1
    )
    return respond(page(found, offset, limit), format, "disease-landscape")


@router.get(
    "/views/organisation-profile/{org_id}", response_model=OrganisationProfile, tags=["views"]
)
async def organisation_profile(
    store: StoreDep, org_id: EntityId, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> OrganisationProfile:
    """An organisation's molecules (targets, indications, phases) and partners with the first
    and last dates each partnership is stated."""
    return await run_in_threadpool(views.organisation_profile, store, org_id, limit=limit)


@router.get("/views/deals", response_model=Page[Deal], tags=["views"])
async def deals(
    store: StoreDep,
    org: Annotated[str | None, Query(max_length=320, description="an organisation id")] = None,
    kind: Annotated[DealKind | None, Query(description="the kind of deal")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Acquisitions (buyer, bought, status, value, scope) and licences, options and
    co-developments (kind, upfront, total, territory), each with its evidence; newest first."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.deals,
        store,
        org=org,
        kind=kind,
        since=since,
        until=until,
        offset=offset,
        limit=limit + 1,
    )
    return respond(page(found, offset, limit), format, "deals")


@router.get("/views/pipeline/{org_id}", response_model=Page[PipelineEntry], tags=["views"])
async def pipeline(store: StoreDep, org_id: EntityId, format: FormatQuery = "json") -> Response:
    """An organisation's pipeline: molecule × indication × current stage, with the date and
    document of each change of stage; most advanced first."""
    found = await run_in_threadpool(views.organisation_pipeline, store, org_id)
    return respond(Page(data=found, count=len(found)), format, "pipeline")


@router.get(
    "/views/stage-history/{molecule_id}", response_model=Page[PipelineEntry], tags=["views"]
)
async def stage_history(
    store: StoreDep, molecule_id: EntityId, format: FormatQuery = "json"
) -> Response:
    """How far a molecule has got in each indication, and when each stage was first stated."""
    found = await run_in_threadpool(views.stage_history, store, molecule_id)
    return respond(Page(data=found, count=len(found)), format, "stage-history")


@router.get("/views/timeline/{entity_id}", response_model=Page[TimelineEvent], tags=["views"])
async def timeline(
    store: StoreDep,
    entity_id: EntityId,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """Events for a molecule or an organisation: each document stating a fact about it, on
    the document's date, newest first."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.timeline, store, entity_id, since=since, until=until, offset=offset, limit=limit + 1
    )
    return respond(page(found, offset, limit), format, "timeline")


@router.get("/views/new", response_model=Page[Fact], tags=["views"])
async def new_since(
    store: StoreDep,
    since: Annotated[str, Query(pattern=ISO_DATE, description="ISO date")],
    restated: Annotated[
        bool, Query(description="also facts first seen earlier but stated again since")
    ] = False,
    limit: Limit = 50,
    cursor: CursorQuery = None,
    format: FormatQuery = "json",
) -> Response:
    """What is new since a date: facts first stated on or after it, newest first."""
    offset = decode_cursor(cursor)
    found = await run_in_threadpool(
        views.new_facts, store, since, restated=restated, offset=offset, limit=limit + 1
    )
    return respond(page(found, offset, limit), format, "new-facts")


# --- watchlists ---------------------------------------------------------------------------
class WatchlistBody(BaseModel):
    entities: list[str] = Field(min_length=1, max_length=500, description="entity ids")


def _watchlists(request: Request) -> Watchlists:
    settings: Settings = request.app.state.settings
    return Watchlists(settings.data_dir)


@router.get("/watchlists", tags=["watchlists"])
async def list_watchlists(request: Request) -> dict[str, list[str]]:
    """Every watchlist: its name and the entity ids it follows."""
    return await run_in_threadpool(_watchlists(request).all)


@router.put("/watchlists/{name}", tags=["watchlists"], dependencies=[Depends(require_api_key)])
async def put_watchlist(
    request: Request,
    store: StoreDep,
    name: Annotated[str, Path(max_length=64)],
    body: Annotated[WatchlistBody, Body()],
) -> dict[str, list[str]]:
    """Create or replace a watchlist (every id must name an entity). Needs the API key."""
    for entity_id in body.entities:
        await run_in_threadpool(reads.entity, store, entity_id)  # 404 for an unknown id
    saved = await run_in_threadpool(_watchlists(request).save, name, body.entities)
    return {name: saved}


@router.get("/watchlists/{name}/feed", tags=["watchlists"])
async def watchlist_feed(
    request: Request,
    store: StoreDep,
    name: Annotated[str, Path(max_length=64)],
    since: Annotated[
        str | None, Query(pattern=ISO_DATE, description="default: 30 days ago")
    ] = None,
) -> Response:
    """What is new about a watchlist's entities, as an Atom feed: the facts first stated on
    or after `since`, each with the sentences that state it."""
    entities = await run_in_threadpool(_watchlists(request).get, name)
    start = since or (date.today() - timedelta(days=30)).isoformat()
    facts = await run_in_threadpool(views.watched_facts, store, entities, start)
    base = str(request.base_url).rstrip("/")
    body = atom(f"OncoKG: new on {name} since {start}", str(request.url), base, facts, start)
    return Response(body, media_type="application/atom+xml")


# --- read-only Cypher --------------------------------------------------------------------
@router.post("/cypher", response_model=CypherResult, tags=["cypher"])
async def cypher(
    request: Request, store: StoreDep, body: Annotated[CypherRequest, Body()]
) -> CypherResult:
    """Run one read-only Cypher statement with parameters, under a timeout and a row cap.
    Writes, LOAD CSV/COPY, admin commands and unlisted procedures get 403; malformed or
    over-long queries 400. On Neo4j it runs in a READ session; on the embedded store in a
    read-only LadybugDB transaction, always rolled back."""
    settings: Settings = request.app.state.settings
    limits = ReadOnlyLimits(settings.cypher_timeout_s, settings.cypher_max_rows)
    return await run_in_threadpool(run_cypher, store, body.query, body.parameters, limits)
