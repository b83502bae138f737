"""The write route's work: parse an uploaded body and run it through the ingestion pipeline.

Uploads take the same path as `oncokg ingest` (`oncokg.pipeline.ingest_documents`):
validation, replacement of an older version read from the same source or URL, and
resolution. This module only parses the body, names its source and turns each document's
outcome into API records.
"""

from __future__ import annotations

import hashlib

from pydantic import BaseModel, Field

from oncokg.exceptions import InputError
from oncokg.extraction import Document, Extraction
from oncokg.graph.read_models import (
    DocumentSummary,
    EntitySummary,
    Fact,
    IngestResult,
    UpsertSummary,
)
from oncokg.graph.store import GraphStore
from oncokg.schema import EDGES

MAX_DOCUMENTS_PER_REQUEST = 100


class IngestResponse(BaseModel):
    documents: list[IngestResult] = Field(description="one entry per document of the body")
    errors: list[str] = Field(
        default_factory=list, description="documents of the body that could not be used"
    )

    @property
    def stored_any(self) -> bool:
        return any(result.status != "unchanged" for result in self.documents)


def upload_source(raw: bytes, name: str | None) -> str:
    """The source an upload is known by: the name the client gave it (a later upload under
    the same name replaces it), else its content hash. Documents with a URL are also
    matched by it."""
    return f"api:{name}" if name else f"api:sha256:{hashlib.sha256(raw).hexdigest()[:16]}"


def ingest_bytes(
    store: GraphStore, raw: bytes, name: str | None = None, suffix: str = ""
) -> IngestResponse:
    """Parse the body and ingest its documents. An unusable body as a whole raises
    InputError (422); an unusable element of a JSON list is reported and skipped."""
    from oncokg.loaders.read import parse_bytes  # the loaders load vocabularies: only on use
    from oncokg.pipeline import Outcome, ingest_documents

    source = upload_source(raw, name)
    parsed = parse_bytes(raw, source, suffix)
    if len(parsed) > MAX_DOCUMENTS_PER_REQUEST:
        raise InputError(source, f"more than {MAX_DOCUMENTS_PER_REQUEST} documents in one body")
    outcomes: list[Outcome] = []
    report = ingest_documents(parsed, store, batch_size=len(parsed), on_document=outcomes.append)
    errors = [str(error) for error in report.errors]
    if not outcomes:
        raise InputError(source, "; ".join(errors) or "no document in the body")
    results = [outcome_result(o.document, str(o.status), o.extraction) for o in outcomes]
    return IngestResponse(documents=results, errors=errors)


def outcome_result(document: Document, status: str, extraction: Extraction | None) -> IngestResult:
    """One document's outcome as API records, with the entities and facts it states when it
    was stored now (symmetric facts oriented as stored: lowest id first)."""
    info = document.to_json()
    summary = DocumentSummary(**{k: info.get(k) or "" for k in DocumentSummary.model_fields})
    if extraction is None:
        return IngestResult(
            document=summary, status=status, summary=UpsertSummary(), entities=[], facts=[]
        )
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
    written = UpsertSummary(
        documents=1,
        nodes=len(extraction.nodes),
        facts=len(extraction.edges),
        mentions=sum(len(node.mentions) for node in extraction.nodes),
    )
    return IngestResult(
        document=summary,
        status=status,
        summary=written,
        entities=list(entities.values()),
        facts=facts,
    )
