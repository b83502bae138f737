"""`oncokg bench ingest`: the figures of ingestion at scale, on a synthetic corpus.

Prints extraction documents/s with one worker and with all, load facts/s into the embedded
store and (when configured) Neo4j, the end-to-end wall time, peak memory, and how much faster
the batched load is than one transaction per row.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from oncokg.extraction import Document, Extraction
from oncokg.graph import queries
from oncokg.graph.embedded import EmbeddedStore
from oncokg.graph.merging import build_batch
from oncokg.graph.store import GraphStore, paused_collection, validate
from oncokg.loaders.read import iter_documents
from oncokg.measure.memory import peak_rss_mb
from oncokg.measure.synth import write_corpus, write_feed
from oncokg.pipeline import IngestReport, extract_item, ingest, worker_pool


@dataclass
class IngestBench:
    documents: int
    lines: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self.lines.append(text)

    def format(self) -> str:
        return "\n".join([f"ingest benchmark, {self.documents} synthetic documents", *self.lines])


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _documents(folder: Path) -> list[Document]:
    return [d for d in iter_documents([folder]) if isinstance(d, Document)]


def _extract_all(documents: list[Document], workers: int) -> list[Extraction]:
    with worker_pool(workers) as lazy:
        pool = lazy.pool()
        chunk = max(1, len(documents) // (workers * 8))
        results = pool.map(extract_item, documents, chunk) if pool else map(extract_item, documents)
        return [r for r in results if isinstance(r, Extraction)]


def _batches(items: list[Extraction], size: int) -> Iterator[list[Extraction]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def load_batched(store: GraphStore, extractions: list[Extraction], batch_size: int) -> int:
    facts = 0
    for batch in _batches(extractions, batch_size):
        facts += store.upsert(batch).facts
    return facts


def _timed_load(
    store: GraphStore, extractions: list[Extraction], batch_size: int
) -> tuple[int, float]:
    """(facts written, seconds) of a batched load."""
    started = time.perf_counter()
    facts = load_batched(store, extractions, batch_size)
    return facts, time.perf_counter() - started


def bulk_load(store: EmbeddedStore, extractions: list[Extraction]) -> None:
    with paused_collection():
        batch = build_batch(extractions)
        validate(batch)
        store.bulk_load(batch)


def load_row_by_row(store: GraphStore, extractions: list[Extraction]) -> int:
    """The naive way: every node, fact and mention written in a transaction of its own."""
    rows = 0
    for extraction in extractions:
        batch = build_batch([extraction])
        for label, nodes in batch.nodes_by_label().items():
            for node in nodes:
                with store.write_transaction() as tx:
                    tx.run(queries.merge_nodes(label), {"rows": [node.to_row()]})
                rows += 1
        for (kind, source, target), facts in batch.facts_by_endpoints().items():
            for fact in facts:
                with store.write_transaction() as tx:
                    tx.run(queries.merge_facts(kind, source, target), {"rows": [fact.to_row()]})
                rows += 1
        for label, mentions in batch.mentions_by_label().items():
            for mention in mentions:
                with store.write_transaction() as tx:
                    tx.run(queries.merge_mentions(label), {"rows": [mention]})
                rows += 1
    return rows


def bench_ingest(
    documents: int = 10_000,
    *,
    corpus: Path | None = None,
    neo4j: Callable[[], GraphStore] | None = None,
    batch_size: int = 500,
    naive_documents: int = 300,
) -> IngestBench:
    """Every way in, on one corpus in one run, so that their ratios hold on a noisy
    machine: extraction (one process, all cores, a Dask local cluster), loading (a
    transaction per row, batched, bulk copy) and end to end. `neo4j` builds a store on an
    EMPTY database (it is cleared)."""
    result = IngestBench(documents)
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="oncokg-bench-") as scratch:
        root = Path(scratch)
        folder = corpus or root / "corpus"
        if corpus is None:
            seconds = _timed(lambda: write_corpus(folder, documents))
            result.add(f"synth: {documents} documents in {seconds:.1f} s")
        docs_folder = folder / "docs" if (folder / "docs").is_dir() else folder
        docs = _documents(docs_folder)
        megabytes = sum(len(d.text.encode()) for d in docs) / 1e6
        single = _timed(lambda: _extract_all(docs, 1))
        extractions: list[Extraction] = []
        multi = _timed(lambda: extractions.extend(_extract_all(docs, workers)))
        result.add(
            f"extract: 1 process {len(docs) / single:,.0f} docs/s ({megabytes / single:.2f} "
            f"MB/s); {workers} processes {len(docs) / multi:,.0f} docs/s"
        )
        _bench_distributed(result, docs_folder, root / "distributed", workers)
        facts = len(build_batch(extractions).facts)
        result.add(f"load ({facts:,} facts; facts/s):")
        result.add("  " + _bench_embedded_loads(root, extractions, batch_size, naive_documents))
        if neo4j is not None:
            result.add("  " + _bench_neo4j_loads(neo4j, extractions, batch_size, naive_documents))
        result.add(f"end to end ({workers} extraction processes; read, extract, load, resolve):")
        paths: list[tuple[str, Callable[[], GraphStore], bool]] = [
            ("embedded, batched", lambda: EmbeddedStore(root / "e2e-batched"), False),
            ("embedded, bulk", lambda: EmbeddedStore(root / "e2e-bulk"), True),
        ]
        if neo4j is not None:
            paths.append(("neo4j, batched", neo4j, False))
        for name, make, bulk in paths:
            with make() as store:
                store.clear()
                result.add(f"  {name}: " + _end_to_end(store, docs_folder, batch_size, bulk))
    result.add(f"peak RSS: {peak_rss_mb(children=True):,.0f} MB")
    return result


def _end_to_end(store: GraphStore, folder: Path, batch_size: int, bulk: bool) -> str:
    """`ingest` of the folder, then again (everything unchanged by then, so the second run
    goes the incremental way whatever the first did)."""
    workers = os.cpu_count() or 1
    reports: list[IngestReport] = []

    def run(bulk: bool) -> None:
        reports.append(ingest([folder], store, batch_size=batch_size, workers=workers, bulk=bulk))

    first = _timed(lambda: run(bulk))
    again = _timed(lambda: run(False))
    stored = reports[0].documents
    return (
        f"{stored:,} documents in {first:.1f} s ({stored / first:,.0f} docs/s); "
        f"again, unchanged: {again:.1f} s"
    )


def _rate(facts: int, seconds: float) -> str:
    return f"{facts / seconds:,.0f}"


def _bench_embedded_loads(
    root: Path, extractions: list[Extraction], batch_size: int, naive_documents: int
) -> str:
    """Into fresh embedded stores: a transaction per row (on a sample), batched, bulk."""
    sample = extractions[:naive_documents]
    with EmbeddedStore(root / "naive") as store:
        naive_facts = len(build_batch(sample).facts)
        naive = _timed(lambda: load_row_by_row(store, sample))
    with EmbeddedStore(root / "batched") as store:
        facts, batched = _timed_load(store, extractions, batch_size)
    with EmbeddedStore(root / "bulk") as store:
        bulk = _timed(lambda: bulk_load(store, extractions))
    return (
        f"embedded: a transaction per row {_rate(naive_facts, naive)} ({len(sample)} "
        f"documents); batched by {batch_size} {_rate(facts, batched)} ({batched:.1f} s); "
        f"bulk copy {_rate(facts, bulk)} ({bulk:.1f} s)"
    )


def _bench_neo4j_loads(
    neo4j: Callable[[], GraphStore],
    extractions: list[Extraction],
    batch_size: int,
    naive_documents: int,
) -> str:
    sample = extractions[:naive_documents]
    with neo4j() as store:
        store.clear()
        naive_facts = len(build_batch(sample).facts)
        naive = _timed(lambda: load_row_by_row(store, sample))
        store.clear()
        facts, batched = _timed_load(store, extractions, batch_size)
        store.clear()
    return (
        f"neo4j: a transaction per row {_rate(naive_facts, naive)} ({len(sample)} "
        f"documents); batched by {batch_size}, merged in the server {_rate(facts, batched)} "
        f"({batched:.1f} s)"
    )


def _bench_distributed(result: IngestBench, folder: Path, out: Path, workers: int) -> None:
    """The Dask job on a local cluster of `workers` processes, when Dask is installed."""
    try:
        from oncokg.distributed import extract_to_files
    except ImportError:
        result.add("distributed extract: Dask not installed (pip install 'oncokg[distributed]')")
        return
    seconds = _timed(lambda: extract_to_files([folder], out, workers=workers))
    count = len(_documents(folder))
    result.add(
        f"distributed extract (Dask local cluster, {workers} workers, to JSON Lines): "
        f"{count / seconds:,.0f} docs/s, {seconds:.1f} s with the cluster's start"
    )


def bench_feed(
    documents: int = 100_000,
    *,
    neo4j: Callable[[], GraphStore] | None = None,
    batch_size: int = 500,
    parts: int = 10,
    bulk: bool = False,
) -> IngestBench:
    """`oncokg ingest` of one synthetic JSON Lines feed, end to end, with the documents/s
    of each tenth of the run: equal tenths mean the cost of a document does not grow with
    the graph (a linear ingest)."""
    result = IngestBench(documents)
    workers = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="oncokg-bench-") as scratch:
        feed = Path(scratch) / "feed.jsonl"
        seconds = _timed(lambda: write_feed(feed, documents))
        megabytes = feed.stat().st_size / 1e6
        result.add(
            f"feed: {documents:,} documents, {megabytes:,.0f} MB of JSON Lines, {seconds:.0f} s"
        )
        marks: list[tuple[int, float]] = [(0, time.perf_counter())]

        def progress(report: IngestReport) -> None:
            marks.append((report.documents, time.perf_counter()))

        store = neo4j() if neo4j else EmbeddedStore(Path(scratch) / "graph")
        with store:
            store.clear()
            report = ingest(
                [feed], store, batch_size=batch_size, workers=workers, progress=progress, bulk=bulk
            )
            total = time.perf_counter() - marks[0][1]
    how = "one bulk copy" if bulk else f"batches of {batch_size}"
    result.add(
        f"ingest into {store.name} ({workers} workers, {how}): "
        f"{report.documents:,} documents, {report.facts:,} facts, {len(report.errors)} skipped, "
        f"in {total:,.0f} s ({report.documents / total:,.0f} documents/s)"
    )
    rates = _rates_by_part(marks, report.documents, parts)
    result.add("documents/s by tenth of the run: " + " ".join(f"{r:,.0f}" for r in rates))
    if len(rates) > 2:
        result.add(f"last tenth / second tenth: {rates[-1] / rates[1]:.2f} (1.00 = linear)")
    result.add(f"peak RSS: {peak_rss_mb(children=True):,.0f} MB")
    return result


def _rates_by_part(marks: list[tuple[int, float]], total: int, parts: int) -> list[float]:
    """Documents/s within each of `parts` equal shares of the documents, from the progress
    marks (documents stored, time) the ingest reported after each batch."""
    rates = []
    previous = marks[0]
    for k in range(1, parts + 1):
        boundary = total * k / parts
        mark = next((m for m in marks if m[0] >= boundary), marks[-1])
        if mark[1] > previous[1]:
            rates.append((mark[0] - previous[0]) / (mark[1] - previous[1]))
        previous = mark
    return rates
