"""The write route's work: parse an uploaded body, extract, upsert, report what was found.

The loaders (`parse_bytes`, `extract`) are pure and the store does the writing; this module
only joins them for one HTTP request and turns the extractions into API records.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from oncokg.exceptions import InputError, OncoKGError
from oncokg.graph.records import (
    DocumentSummary,
    EntitySummary,
    Fact,
    IngestResult,
    UpsertSummary,
)
from oncokg.graph.store import GraphStore
from oncokg.model import Extraction
from oncokg.schema import EDGES

MAX_DOCUMENTS_PER_REQUEST = 100


class IngestResponse(BaseModel):
    documents: list[IngestResult] = Field(description="one entry per document stored")
    errors: list[str] = Field(
        default_factory=list, description="documents of the body that could not be used"
    )


def ingest_bytes(store: GraphStore, raw: bytes, source: str, suffix: str = "") -> IngestResponse:
    """Parse, extract and store the documents in `raw`. An unusable body as a whole raises
    InputError (422); an unusable element of a JSON list is reported and skipped."""
    from oncokg.loaders.extract import extract  # the loaders load vocabularies: only on use
    from oncokg.loaders.read import parse_bytes

    parsed = parse_bytes(raw, source, suffix)
    if len(parsed) > MAX_DOCUMENTS_PER_REQUEST:
        raise InputError(source, f"more than {MAX_DOCUMENTS_PER_REQUEST} documents in one body")
    errors = [str(item) for item in parsed if isinstance(item, InputError)]
    extractions: list[Extraction] = []
    for item in parsed:
        if isinstance(item, InputError):
            continue
        try:
            extractions.append(extract(item))
        except OncoKGError as exc:
            errors.append(f"{item.source or item.id}: {exc}")
    if not extractions:
        raise InputError(source, "; ".join(errors) or "no document in the body")
    results = []
    for extraction in extractions:
        summary = store.upsert([extraction])
        results.append(extraction_result(extraction, summary))
    return IngestResponse(documents=results, errors=errors)


def extraction_result(extraction: Extraction, summary: UpsertSummary) -> IngestResult:
    """An extraction as API records: its entities and its facts as this document states
    them (symmetric facts oriented as stored: lowest id first)."""
    document = extraction.document
    entities = {
        node.id: EntitySummary(
            id=node.id, label=str(node.label), name=node.name, aliases=list(node.aliases)
        )
        for node in extraction.nodes
    }
    facts = []
    for edge in extraction.edges:
        source, target = edge.source, edge.target
        if EDGES[edge.kind].symmetric and target < source:
            source, target = target, source
        if source not in entities or target not in entities:
            continue
        facts.append(
            Fact(
                type=str(edge.kind),
                source=entities[source],
                target=entities[target],
                phase=edge.properties.get("phase"),
                documents=[document.id],
                evidence=[edge.evidence],
                dates=[document.published],
                first_date=document.published or None,
                last_date=document.published or None,
                doc_count=1,
            )
        )
    info = document.to_json()
    return IngestResult(
        document=DocumentSummary(**{k: info.get(k) or "" for k in DocumentSummary.model_fields}),
        summary=summary,
        entities=list(entities.values()),
        facts=facts,
    )
