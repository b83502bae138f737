"""read → extract → upsert, in batches; one bad document never stops the rest.

The CLI and the API call `ingest`; neither knows how documents are read or facts stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from oncokg.exceptions import InputError, OncoKGError
from oncokg.graph.store import GraphStore
from oncokg.loaders.extract import extract
from oncokg.loaders.read import iter_documents
from oncokg.model import Document, Extraction


@dataclass
class IngestReport:
    documents: int = 0
    nodes: int = 0
    facts: int = 0
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A run fails only when nothing could be ingested although something was given."""
        return self.documents > 0 or not self.errors


Progress = Callable[[IngestReport], None]


def extract_all(items: Iterable[Document | InputError]) -> Iterator[Extraction | InputError]:
    """Extract every document; an extractor failure becomes an error naming the document."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield extract(item)
        except OncoKGError as exc:
            yield InputError(item.source or item.id, str(exc))
        except Exception as exc:  # an extractor bug must not stop a batch of thousands
            yield InputError(item.source or item.id, f"extraction failed: {exc!r}")


def ingest(
    paths: Iterable[Path | str],
    store: GraphStore,
    *,
    batch_size: int = 500,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, extract and store everything under `paths`; errors are reported, not raised.

    A `StoreError` is raised: when the store fails, stopping is right."""
    return store_extractions(
        extract_all(iter_documents(paths)), store, batch_size=batch_size, progress=progress
    )


def store_extractions(
    items: Iterable[Extraction | InputError],
    store: GraphStore,
    *,
    batch_size: int = 500,
    progress: Progress | None = None,
) -> IngestReport:
    report = IngestReport()
    batch: list[Extraction] = []

    def flush() -> None:
        if not batch:
            return
        summary = store.upsert(batch)
        report.documents += summary.documents
        report.nodes += summary.nodes
        report.facts += summary.facts
        batch.clear()
        if progress:
            progress(report)

    for item in items:
        if isinstance(item, InputError):
            report.errors.append(item)
            if progress:
                progress(report)
            continue
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report
