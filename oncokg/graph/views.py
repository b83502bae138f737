"""Read views over a `GraphStore`: entity profiles, facts, documents, paths, subgraphs and
the analyst views, each returning the pydantic models of `read_models`.

Fixed analyst queries come from `cypher/queries/<name>.cypher`, the same files users run in
Neo4j Browser (one copy of each query); the embedded store takes `queries/ladybug/<name>`
where LadybugDB needs other text. Dynamic statements come from the pure builders of
`queries`. What is left here is shaping rows into records, which stays in Python so that
both stores return identical answers.

Paging: every list function takes `offset` and `limit`; callers that page ask for one row
more than they show to learn whether a next page exists.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import TypeAdapter

from oncokg.exceptions import NotFoundError
from oncokg.graph import queries, reads
from oncokg.graph.merging import Row
from oncokg.graph.queries.catalogue import named_query
from oncokg.graph.read_models import (
    ConnectedEntity,
    Deal,
    DocumentDetail,
    DocumentSummary,
    EntityDetail,
    EntityProfile,
    EntitySummary,
    Fact,
    GraphPath,
    LandscapeEntry,
    Link,
    OrganisationProfile,
    Overview,
    Partner,
    PipelineEntry,
    StageChange,
    Subgraph,
    TimelineEvent,
)
from oncokg.graph.reads import entity_summary, select_neighbours
from oncokg.graph.store import GraphStore
from oncokg.schema import (
    EDGES,
    ENTITY_LABELS,
    EXTERNAL_ID_PROPS,
    FACT_KINDS,
    EdgeKind,
    Label,
    Stated,
    fact_confidence,
    label_of,
    stage_rank,
)

PROFILE_DOCUMENTS = 50
TIMELINE_LABELS = (Label.MOLECULE, Label.ORGANIZATION)


def run_named(store: GraphStore, name: str, parameters: dict[str, Any]) -> list[Row]:
    return store.read(named_query(name, store.dialect), parameters)


# --- entities ----------------------------------------------------------------------------
def require(store: GraphStore, entity_id: str, *labels: Label) -> EntityDetail:
    """The entity, or NotFoundError when no node of one of `labels` has that id."""
    entity = reads.entity(store, entity_id)
    if labels and entity.label not in labels:
        wanted = " or ".join(labels)
        raise NotFoundError(f"no {wanted} with id {entity_id!r}")
    return entity


def entity_profile(store: GraphStore, entity_id: str) -> EntityProfile:
    entity = reads.entity(store, entity_id)
    label = Label(entity.label)
    degree_query = queries.degree(label)
    degree = 0
    if degree_query:
        rows = store.read(degree_query, {"id": entity_id})
        degree = int(rows[0]["count"]) if rows else 0
    documents = [
        _document(row)
        for row in store.read(
            queries.mentioning_documents(label), {"id": entity_id, "limit": PROFILE_DOCUMENTS}
        )
    ]
    external = {
        key: str(entity.properties[key]) for key in EXTERNAL_ID_PROPS if entity.properties.get(key)
    }
    return EntityProfile(
        **entity.model_dump(), external_ids=external, degree=degree, documents=documents
    )


# --- overview ----------------------------------------------------------------------------
def overview(store: GraphStore, per_label: int = 5, documents: int = 5) -> Overview:
    """Counts, the most connected entities of each label and the newest documents."""
    connected: list[ConnectedEntity] = []
    for label in ENTITY_LABELS:
        query = queries.most_connected(label)
        if query:
            connected += [
                ConnectedEntity(**entity_summary(row, label), degree=int(row["degree"]))
                for row in store.read(query, {"limit": per_label})
            ]
    return Overview(
        stats=reads.stats(store),
        most_connected=connected,
        newest_documents=list_documents(store, limit=documents) if documents else [],
    )


# --- facts -------------------------------------------------------------------------------
def list_facts(
    store: GraphStore,
    *,
    kinds: Sequence[EdgeKind] = FACT_KINDS,
    source: str | None = None,
    target: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_confidence: float | None = None,
    trial: str | None = None,
    as_of: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[Fact]:
    """Facts matching every filter given, newest (last stated) first. `trial` keeps the
    facts whose evidence names that trial or NCT number (as written, or in capitals). With
    `as_of`, the facts as they were known on that date: stated by then, each with only the
    documents dated by then, and its stage as of then."""
    if as_of is not None:
        until = min(until, as_of) if until else as_of
    if trial is not None:
        kinds = [k for k in kinds if any(s.name == "trial" for s in EDGES[k].stated)]
    source_label = _label_or_none(source)
    target_label = _label_or_none(target)
    params: dict[str, Any] = {"window": offset + limit}
    given = {
        "source": source,
        "target": target,
        "since": since,
        "until": until,
        "min_confidence": min_confidence,
        "trial": trial,
    }
    params.update({key: value for key, value in given.items() if value is not None})
    filters = frozenset(params) - {"window"}
    if trial is not None:
        params["trial_upper"] = trial.upper()
    statements = [
        (queries.facts(kind, shape[0], shape[1], filters), params)
        for kind in kinds
        for shape in _fact_shapes(kind, source_label, target_label)
    ]
    rows = [row for part in store.read_many(statements) for row in part]
    if as_of is not None:
        rows = [known for row in rows if (known := known_as_of(row, as_of))]
    if min_confidence is not None:
        rows = [row for row in rows if (row.get("confidence") or 0.0) >= min_confidence]
    found = [_fact(row) for row in rows]
    found.sort(key=_fact_sort_key)
    return found[offset : offset + limit]


def _fact_shapes(
    kind: EdgeKind, source: Label | None, target: Label | None
) -> list[tuple[Label, Label]]:
    """The (source label, target label) pairs to query for a type; a symmetric type is
    matched both ways by the query when an endpoint is fixed, so either end's label counts."""
    if EDGES[kind].symmetric and source is None and target is not None:
        source, target = target, None
    return [(s, t) for _, s, t in queries.fact_patterns((kind,), source, target)]


def _label_or_none(entity_id: str | None) -> Label | None:
    if entity_id is None:
        return None
    try:
        return label_of(entity_id)
    except ValueError as exc:
        raise NotFoundError(str(exc)) from exc


def _fact_sort_key(fact: Fact) -> tuple[str, str, str, str]:
    # newest first: invert the date's characters so an ascending sort puts it first
    inverted = "".join(chr(0x10FFFF - ord(c)) for c in (fact.last_date or ""))
    return (inverted or "\U0010ffff", fact.source.id, fact.target.id, fact.type)


def _summary(row: Row, prefix: str = "") -> EntitySummary:
    entity_id = row[f"{prefix}id"]
    return EntitySummary(
        id=entity_id,
        label=str(label_of(entity_id)),
        name=row.get(f"{prefix}name") or "",
        aliases=list(row.get(f"{prefix}aliases") or []),
    )


_PER_DOCUMENT = ("documents", "evidence", "dates", "confidences")


def known_as_of(row: Row, date: str) -> Row | None:
    """A fact row as it was known on `date`: only the documents dated on or before it (an
    undated document cannot be placed, so it is left out), the derived figures recomputed,
    the stage the latest of those documents stated. None when none was known by then."""
    dates = row.get("dates") or []
    keep = [i for i, d in enumerate(dates) if d and d[: len(date)] <= date]
    if not keep:
        return None
    known = dict(row)
    stated = EDGES[EdgeKind(row["type"])].stated
    for key in (*_PER_DOCUMENT, *(s.history for s in stated)):
        values = row.get(key)
        if values is not None:
            known[key] = [values[i] for i in keep if i < len(values)]
    kept_dates = sorted(dates[i] for i in keep)
    known["first_date"], known["last_date"] = kept_dates[0], kept_dates[-1]
    known["doc_count"] = len(set(known["documents"]))
    known["confidence"] = fact_confidence([float(c) for c in known.get("confidences") or []])
    for term in stated:
        said = [
            (dates[i], value)
            for i, value in zip(keep, known.get(term.history) or [], strict=False)
            if value
        ]
        latest = max(said, key=lambda dv: (dv[0], stage_rank(dv[1]))) if said else None
        known[term.name] = latest[1] if latest else None
    return known


def _stated(row: Row) -> tuple[Stated, ...]:
    return EDGES[EdgeKind(row["type"])].stated


def _fact(row: Row) -> Fact:
    return Fact(
        type=row["type"],
        source=_summary(row, "source_"),
        target=_summary(row, "target_"),
        phase=row.get("phase"),
        documents=list(row.get("documents") or []),
        evidence=list(row.get("evidence") or []),
        dates=[d or "" for d in row.get("dates") or []],
        confidences=[float(c or 0.0) for c in row.get("confidences") or []],
        terms={s.name: row[s.name] for s in _stated(row) if row.get(s.name)},
        history={s.name: list(row.get(s.history) or []) for s in _stated(row)},
        first_date=row.get("first_date"),
        last_date=row.get("last_date"),
        doc_count=int(row.get("doc_count") or 0),
        confidence=float(row.get("confidence") or 0.0),
    )


# --- documents ---------------------------------------------------------------------------
def _document(row: Row) -> DocumentSummary:
    fields = DocumentSummary.model_fields
    return DocumentSummary(**{k: row.get(k) or "" for k in fields})


def list_documents(
    store: GraphStore,
    *,
    since: str | None = None,
    until: str | None = None,
    kind: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[DocumentSummary]:
    """Documents newest first (by published date), filtered by date range and kind."""
    given = {"since": since, "until": until, "kind": kind}
    params: dict[str, Any] = {k: v for k, v in given.items() if v is not None}
    statement = queries.documents(frozenset(params))
    rows = store.read(statement, {**params, "skip": offset, "limit": limit})
    return [_document(row) for row in rows]


def document_detail(store: GraphStore, document_id: str) -> DocumentDetail:
    """A document with the facts it supports (its own sentence first in each) and the
    entities it mentions."""
    if _label_or_none(document_id) is not Label.DOCUMENT:
        raise NotFoundError(f"no Document with id {document_id!r}")
    rows = store.read(queries.fetch_nodes(Label.DOCUMENT), {"ids": [document_id]})
    if not rows:
        raise NotFoundError(f"no Document with id {document_id!r}")
    params = {"id": document_id}
    patterns = queries.fact_patterns(FACT_KINDS, None, None)
    results = store.read_many(
        [
            (queries.document_facts(kind, source, target), params)
            for kind, source, target in patterns
        ]
        + [(queries.document_entities(label), params) for label in ENTITY_LABELS]
    )
    facts = [
        _own_evidence_first(_fact(row), document_id)
        for rows in results[: len(patterns)]
        for row in rows
    ]
    entities = [
        EntitySummary(**entity_summary(row)) for rows in results[len(patterns) :] for row in rows
    ]
    return DocumentDetail(**_document(rows[0]).model_dump(), facts=facts, entities=entities)


def _own_evidence_first(fact: Fact, document_id: str) -> Fact:
    if document_id not in fact.documents:
        return fact
    i = fact.documents.index(document_id)
    order = [i, *(j for j in range(len(fact.documents)) if j != i)]

    def pick(values: list[str]) -> list[str]:
        return [values[j] for j in order if j < len(values)]

    return fact.model_copy(
        update={
            "documents": pick(fact.documents),
            "evidence": pick(fact.evidence),
            "dates": pick(fact.dates),
        }
    )


# --- paths and subgraphs -----------------------------------------------------------------
def orient(kind: EdgeKind, a: str, b: str) -> tuple[str, str]:
    """(source, target) of a fact between a and b as it is stored: by the schema's endpoint
    labels, or lowest id first for a symmetric type."""
    spec = EDGES[kind]
    if spec.symmetric:
        return (a, b) if a <= b else (b, a)
    if label_of(a) in spec.sources and label_of(b) in spec.targets:
        return a, b
    return b, a


def shortest_paths(
    store: GraphStore, source: str, target: str, *, max_hops: int = 4, limit: int = 10
) -> list[GraphPath]:
    """The shortest chains of facts joining two entities (all of equal, minimal length)."""
    start = reads.entity(store, source)
    end = reads.entity(store, target)
    if source == target:
        return [GraphPath(nodes=[_plain(start)], links=[])]
    statement = queries.shortest_paths(
        Label(start.label), Label(end.label), max_hops, store.dialect
    )
    rows = store.read(statement, {"source": source, "target": target, "limit": limit})
    chains = sorted(
        {(tuple(row["ids"]), tuple(row["types"])) for row in rows},
        key=lambda chain: (len(chain[0]), chain),
    )
    names = _names(store, {i for ids, _ in chains for i in ids})
    paths = []
    for ids, types in chains:
        links = []
        for a, b, kind in zip(ids, ids[1:], types, strict=False):
            s, t = orient(EdgeKind(kind), a, b)
            links.append(Link(source=s, target=t, type=kind))
        paths.append(GraphPath(nodes=[names[i] for i in ids], links=links))
    return paths[:limit]


def _plain(entity: EntityDetail) -> EntitySummary:
    return EntitySummary(id=entity.id, label=entity.label, name=entity.name, aliases=entity.aliases)


def _names(store: GraphStore, ids: Iterable[str]) -> dict[str, EntitySummary]:
    by_label: dict[Label, list[str]] = {}
    for entity_id in ids:
        by_label.setdefault(label_of(entity_id), []).append(entity_id)
    found = {}
    for label, wanted in by_label.items():
        for row in store.read(queries.fetch_nodes(label), {"ids": sorted(wanted)}):
            found[row["id"]] = EntitySummary(**entity_summary(row, label))
    return found


def subgraph(
    store: GraphStore,
    ids: Sequence[str],
    *,
    kinds: Sequence[EdgeKind] = FACT_KINDS,
    per_node: int = 50,
) -> Subgraph:
    """The given entities, their neighbours (at most `per_node` each, best supported first)
    and the facts joining them, as {nodes, links} for a force-directed drawing."""
    nodes: dict[str, EntitySummary] = {}
    links: dict[tuple[str, str, str], Link] = {}
    for entity_id in dict.fromkeys(ids):
        nodes[entity_id] = _plain(reads.entity(store, entity_id))
    wanted = [(entity_id, tuple(kinds)) for entity_id in nodes]
    found = store.neighbour_rows(wanted)  # one round trip for all of them
    for key in wanted:
        for n in select_neighbours(found.get(key, []), None, per_node):
            nodes.setdefault(n.node.id, n.node)
            s, t = orient(EdgeKind(n.type), key[0], n.node.id)
            links[(n.type, s, t)] = Link(
                source=s,
                target=t,
                type=n.type,
                phase=n.phase,
                doc_count=n.doc_count,
                confidence=n.confidence,
            )
    return Subgraph(nodes=list(nodes.values()), links=list(links.values()))


# --- analyst views -----------------------------------------------------------------------
# Landscape entries are shaped as dicts: the API serialises them as they are, as it does
# neighbours (see `reads.rank_neighbours`), where building the nested models took more of a
# landscape request's time than anything else in Python. `_LANDSCAPE` makes the models, in
# one validation call (a third cheaper than a constructor call per model).
_LANDSCAPE = TypeAdapter(list[LandscapeEntry])


def _reference(entity_id: str, label: str, name: str | None) -> Row:
    """An `EntitySummary` dict for an entity map a query collected (no aliases)."""
    return {"id": entity_id, "label": label, "name": name or "", "aliases": []}


def _refs(items: Iterable[dict[str, Any] | None]) -> list[Row]:
    """Entity maps collected by a query, without the all-null entry an OPTIONAL MATCH that
    found nothing leaves, sorted by name."""
    found = {
        item["id"]: _reference(item["id"], str(label_of(item["id"])), item.get("name"))
        for item in items
        if item and item.get("id")
    }
    return sorted(found.values(), key=lambda e: (e["name"].lower(), e["id"]))


def _indications(items: Iterable[dict[str, Any] | None]) -> list[Row]:
    found = [
        {
            "disease": _reference(item["id"], str(Label.DISEASE), item.get("name")),
            "phase": item.get("phase"),
        }
        for item in items
        if item and item.get("id")
    ]
    return sorted(found, key=lambda i: (i["disease"]["name"].lower(), i["disease"]["id"]))


def _entry(row: Row) -> Row:
    """A landscape row shaped as a `LandscapeEntry`."""
    return {
        "molecule": entity_summary(row, Label.MOLECULE),
        "developers": _refs(row.get("developers") or []),
        "targets": _refs(row.get("targets") or []),
        "indications": _indications(row.get("indications") or []),
        "first_date": row.get("first_date"),
        "last_date": row.get("last_date"),
        "doc_count": int(row.get("doc_count") or 0),
    }


def target_landscape_rows(
    store: GraphStore, target_id: str, *, offset: int = 0, limit: int = 50
) -> list[Row]:
    """`target_landscape` as dicts shaped as `LandscapeEntry`. A row proves the target
    exists, so only an empty answer pays a second round trip, to tell an unknown id
    (NotFoundError) from a target with no molecules (at this offset)."""
    rows = run_named(
        store, "target_landscape", {"target": target_id, "skip": offset, "limit": limit}
    )
    if not rows:
        require(store, target_id, Label.TARGET)
    return [_entry(row) for row in rows]


def target_landscape(
    store: GraphStore, target_id: str, *, offset: int = 0, limit: int = 50
) -> list[LandscapeEntry]:
    """Molecules on a target with their developers, indications and phases."""
    found = target_landscape_rows(store, target_id, offset=offset, limit=limit)
    return _LANDSCAPE.validate_python(found)


def disease_landscape_rows(
    store: GraphStore, disease_id: str, *, offset: int = 0, limit: int = 50
) -> list[Row]:
    """`disease_landscape` as dicts shaped as `LandscapeEntry`."""
    disease = _plain(require(store, disease_id, Label.DISEASE)).model_dump()
    rows = run_named(
        store, "disease_landscape", {"disease": disease_id, "skip": offset, "limit": limit}
    )
    return [
        {**_entry(row), "indications": [{"disease": disease, "phase": row.get("phase")}]}
        for row in rows
    ]


def disease_landscape(
    store: GraphStore, disease_id: str, *, offset: int = 0, limit: int = 50
) -> list[LandscapeEntry]:
    """Molecules for a disease with their phase, targets and developers."""
    found = disease_landscape_rows(store, disease_id, offset=offset, limit=limit)
    return _LANDSCAPE.validate_python(found)


def organisation_profile(
    store: GraphStore, org_id: str, *, limit: int = 200
) -> OrganisationProfile:
    """An organisation's molecules (with targets and indications) and partners with the
    first and last dates the partnership is stated."""
    organisation = require(store, org_id, Label.ORGANIZATION)
    params = {"org": org_id, "limit": limit}
    rows = run_named(store, "organisation_molecules", params)
    molecules = _LANDSCAPE.validate_python([_entry(row) for row in rows])
    partners = [
        Partner(
            organization=EntitySummary(**entity_summary(row, Label.ORGANIZATION)),
            first_date=row.get("first_date"),
            last_date=row.get("last_date"),
            doc_count=int(row.get("doc_count") or 0),
            evidence=list(row.get("evidence") or []),
        )
        for row in run_named(store, "organisation_partners", params)
    ]
    return OrganisationProfile(organization=organisation, molecules=molecules, partners=partners)


def timeline(
    store: GraphStore,
    entity_id: str,
    *,
    since: str | None = None,
    until: str | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[TimelineEvent]:
    """Every (document, date, sentence) that states a fact about a molecule or an
    organisation, newest first; undated events last. As in `target_landscape`, only an
    empty answer checks that the entity exists."""
    rows = run_named(store, "entity_timeline", {"id": entity_id})
    if not rows:
        require(store, entity_id, *TIMELINE_LABELS)
    events = [
        event
        for row in rows
        for event in timeline_events(row)
        if (since is None or (event.date or "") >= since)
        and (until is None or (event.date is not None and event.date <= until))
    ]
    events.sort(key=lambda e: (_newest_first(e.date), e.type, e.source.id, e.target.id, e.document))
    return events[offset : offset + limit]


def _newest_first(value: str | None) -> str:
    if not value:
        return "\U0010ffff"
    return "".join(chr(0x10FFFF - ord(c)) for c in value)


def timeline_events(row: Row) -> list[TimelineEvent]:
    """One event per supporting document of a fact row of `entity_timeline`."""
    kind = EdgeKind(row["type"])
    here = _summary(row)
    other = _summary(row, "other_")
    s, _ = orient(kind, here.id, other.id)
    source, target = (here, other) if s == here.id else (other, here)
    documents = list(row.get("documents") or [])
    evidence = list(row.get("evidence") or [])
    dates = list(row.get("dates") or [])
    return [
        TimelineEvent(
            date=(dates[i] if i < len(dates) else None) or None,
            type=str(kind),
            source=source,
            target=target,
            document=doc,
            evidence=evidence[i] if i < len(evidence) else "",
            phase=row.get("phase"),
        )
        for i, doc in enumerate(documents)
    ]


def new_facts(
    store: GraphStore,
    since: str,
    *,
    restated: bool = False,
    offset: int = 0,
    limit: int = 50,
) -> list[Fact]:
    """Facts first stated on or after `since` (with `restated`, also older facts stated
    again since then), newest first."""
    rows = run_named(
        store,
        "new_facts",
        {"since": since, "restated": restated, "skip": offset, "limit": limit},
    )
    return [_fact(row) for row in rows]


def watched_facts(
    store: GraphStore, entity_ids: Sequence[str], since: str, limit: int = 200
) -> list[Fact]:
    """What is new about some entities: the facts touching any of them first stated on or
    after `since`, each once, newest first (a watchlist's digest)."""
    found: dict[tuple[str, str, str], Fact] = {}
    for entity_id in entity_ids:
        touching = list_facts(store, source=entity_id, since=since, limit=limit) + list_facts(
            store, target=entity_id, since=since, limit=limit
        )
        for fact in touching:
            if (fact.first_date or "") >= since:
                found.setdefault((fact.type, fact.source.id, fact.target.id), fact)
    newest = sorted(found.values(), key=lambda f: (f.first_date or "", f.type), reverse=True)
    return newest[:limit]


# --- deals and pipelines -----------------------------------------------------------------
ACQUISITION = "acquisition"
DEAL_KINDS = (ACQUISITION, "licence", "option", "co-development", "research", "other")


def deals(
    store: GraphStore,
    *,
    org: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> list[Deal]:
    """Acquisitions and collaborations whose documents state a kind of deal, newest first,
    for one organisation (either side) or all, of one kind or any, stated in [since, until]."""
    window = offset + limit
    found: list[Fact] = []
    if kind in (None, ACQUISITION):
        # the organisation as buyer, then as the company bought
        for source, target in ((org, None), (None, org)) if org else ((None, None),):
            found += list_facts(
                store,
                kinds=[EdgeKind.ACQUIRES],
                source=source,
                target=target,
                since=since,
                until=until,
                limit=window,
            )
    if kind != ACQUISITION:
        found += [
            fact
            for fact in list_facts(
                store,
                kinds=[EdgeKind.COLLABORATES_WITH],
                source=org,
                since=since,
                until=until,
                limit=10 * window,  # most collaborations state no kind of deal
            )
            if fact.terms.get("kind") and kind in (None, fact.terms["kind"])
        ]
    unique = {(f.type, f.source.id, f.target.id): f for f in found}
    ordered = sorted(unique.values(), key=_fact_sort_key)
    return [_deal(fact) for fact in ordered[offset:window]]


def _deal(fact: Fact) -> Deal:
    acquisition = fact.type == str(EdgeKind.ACQUIRES)
    terms = {k: v for k, v in fact.terms.items() if k != "kind"}
    return Deal(
        type=fact.type,
        parties=[fact.source, fact.target],
        kind=ACQUISITION if acquisition else fact.terms["kind"],
        terms=terms,
        first_date=fact.first_date,
        last_date=fact.last_date,
        doc_count=fact.doc_count,
        confidence=fact.confidence,
        documents=fact.documents,
        evidence=fact.evidence,
        dates=fact.dates,
    )


def stage_changes(row: Row) -> list[StageChange]:
    """The documents that changed the stage, oldest first: each dated document whose stage
    differs from the one stated before it (undated documents last)."""
    said = zip(
        row.get("dates") or [],
        row.get("stages") or [],
        row.get("documents") or [],
        row.get("evidence") or [""] * len(row.get("documents") or []),
        row.get("trials") or [""] * len(row.get("documents") or []),
        strict=False,
    )
    stated = sorted(
        (s for s in said if s[1]), key=lambda s: (not s[0], s[0] or "", stage_rank(s[1]))
    )
    changes: list[StageChange] = []
    for date, stage, document, evidence, trial in stated:
        if not changes or changes[-1].stage != stage:
            changes.append(
                StageChange(
                    date=date or None,
                    stage=stage,
                    document=document,
                    evidence=evidence,
                    trial=trial or None,
                )
            )
    return changes


def _pipeline_entry(row: Row, molecule: EntitySummary | None = None) -> PipelineEntry:
    changes = stage_changes(row)
    current = next((c for c in reversed(changes) if c.stage == row.get("stage")), None)
    return PipelineEntry(
        molecule=molecule or _summary(row, "molecule_"),
        disease=_summary(row, "disease_"),
        stage=row.get("stage"),
        since=current.date if current else None,
        changes=changes,
    )


def organisation_pipeline(store: GraphStore, org_id: str) -> list[PipelineEntry]:
    """An organisation's molecules × indications with the current stage and each change,
    most advanced first."""
    rows = run_named(store, "organisation_pipeline", {"org": org_id})
    if not rows:
        require(store, org_id, Label.ORGANIZATION)
    entries = [_pipeline_entry(row) for row in rows]
    entries.sort(key=lambda e: (-stage_rank(e.stage), e.molecule.name.lower(), e.disease.name))
    return entries


def stage_history(store: GraphStore, molecule_id: str) -> list[PipelineEntry]:
    """How far a molecule has got in each indication, and every change of stage."""
    molecule = _plain(require(store, molecule_id, Label.MOLECULE))
    rows = run_named(store, "stage_history", {"molecule": molecule_id})
    return [_pipeline_entry(row, molecule) for row in rows]
