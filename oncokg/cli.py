"""The `oncokg` command: thin wrappers that parse flags and call plain functions."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from importlib.resources import as_file, files
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from oncokg.exceptions import InputError, OncoKGError, StoreError
from oncokg.graph import reads, views
from oncokg.graph.factory import make_store
from oncokg.graph.store import GraphStore
from oncokg.pipeline import IngestReport, ingest
from oncokg.settings import Settings, StoreKind, get_settings
from oncokg.watchlists import Watchlists

# No markup mode: docstrings are wrapped at the terminal's width, not at their line breaks.
app = typer.Typer(
    help="OncoKG: oncology press releases in, knowledge graph out.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
bench_app = typer.Typer(
    help="Benchmarks that print figures.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(bench_app, name="bench")
watch_app = typer.Typer(
    help="Watchlists: entities to follow (see also digest).",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(watch_app, name="watch")
distributed_app = typer.Typer(
    help="Past one machine: extraction as a Dask job (pip install 'oncokg[distributed]').",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(distributed_app, name="distributed")

console = Console(stderr=True)


class LogLevel(StrEnum):
    DEBUG = "debug"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


StoreOption = Annotated[
    StoreKind | None, typer.Option("--store", help="embedded (default) or neo4j; env ONCOKG_STORE")
]
DataDirOption = Annotated[
    Path | None, typer.Option("--data-dir", help="embedded store folder; env ONCOKG_DATA_DIR")
]


BatchSizeOption = Annotated[int, typer.Option(min=1, help="documents per write batch")]
BulkOption = Annotated[
    bool,
    typer.Option(
        "--bulk",
        help="first load into an EMPTY embedded store: one bulk copy at the end "
        "(memory grows with the corpus)",
    ),
]


def _settings(store: StoreKind | None, data_dir: Path | None, **extra: object) -> Settings:
    return get_settings(store=store, data_dir=data_dir, **extra)


@contextmanager
def _open_store(settings: Settings) -> Iterator[GraphStore]:
    store = make_store(settings)
    try:
        store.open()
    except OncoKGError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_STORE_FAILED) from exc
    try:
        yield store
    finally:
        store.close()


@contextmanager
def samples_folder() -> Iterator[Path]:
    """The bundled sample documents as a folder on disk."""
    with as_file(files("oncokg.samples")) as folder:
        yield Path(folder)


def _ingest_with_progress(
    paths: list[str],
    store: GraphStore,
    batch_size: int,
    workers: int = 1,
    since: str | None = None,
    bulk: bool = False,
) -> IngestReport:
    def run(progress: Callable[[IngestReport], None]) -> IngestReport:
        return ingest(
            paths,
            store,
            batch_size=batch_size,
            workers=workers,
            progress=progress,
            since=since,
            bulk=bulk,
        )

    if not console.is_terminal:  # a log or a pipe: a plain line every so often instead
        return run(_progress_lines())
    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        TextColumn(
            "{task.fields[docs]} docs · {task.fields[facts]} facts · {task.fields[errors]} errors"
        ),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task("ingest", total=None, docs=0, facts=0, errors=0)

        def update(report: IngestReport) -> None:
            bar.update(task, docs=report.documents, facts=report.facts, errors=len(report.errors))

        return run(update)


PROGRESS_EVERY_S = 10.0


def _progress_lines() -> Callable[[IngestReport], None]:
    """A progress callback that writes one line at most every `PROGRESS_EVERY_S` seconds."""
    started = last = time.monotonic()

    def update(report: IngestReport) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY_S:
            last = now
            console.print(
                f"ingest: {report.documents} documents, {report.facts} facts, "
                f"{len(report.errors)} skipped, {report.unchanged} unchanged "
                f"after {now - started:.0f} s",
                soft_wrap=True,
            )

    return update


# `oncokg ingest` exit codes (README, "Everyday use").
EXIT_ALL_INGESTED, EXIT_NOTHING_INGESTED, EXIT_STORE_FAILED, EXIT_SOME_SKIPPED = 0, 1, 2, 3


def _print_report(report: IngestReport) -> None:
    for error in report.errors:
        console.print(
            f"[yellow]skipped[/yellow] {escape(error.source)}: {escape(error.reason)}",
            soft_wrap=True,
        )
    older = f", {report.older} older than --since" if report.older else ""
    console.print(
        f"ingested {report.documents} documents: {report.nodes} entities, {report.facts} facts; "
        f"{report.unchanged} unchanged, {report.replaced} replaced, {report.merged} merged, "
        f"{len(report.errors)} skipped{older}"
    )


@app.command("ingest")
def ingest_cli(
    paths: Annotated[
        list[str], typer.Argument(help="files, folders, globs or http(s) URLs (pages, PDFs, feeds)")
    ],
    store: StoreOption = None,
    data_dir: DataDirOption = None,
    batch_size: BatchSizeOption = 500,
    workers: Annotated[
        int | None, typer.Option(min=1, help="extraction processes (default: the cores)")
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="skip documents dated before this ISO date (a feed's old items)"),
    ] = None,
    bulk: BulkOption = False,
) -> None:
    """Read documents, extract facts and upsert them into the store.

    Documents already stored are skipped; a changed document at the same path or URL
    replaces its earlier version's facts.

    Exit status: 0 all ingested (or already stored), 3 some inputs skipped (each named),
    1 nothing ingested, 2 the store failed."""
    cores = workers or os.cpu_count() or 1
    _store_and_report(
        _settings(store, data_dir),
        lambda graph: _ingest_with_progress(paths, graph, batch_size, cores, since, bulk),
    )


def _store_and_report(settings: Settings, run: Callable[[GraphStore], IngestReport]) -> None:
    """Run an ingest or a load on the store, print its report, exit with its status."""
    with _open_store(settings) as graph:
        try:
            report = run(graph)
        except StoreError as exc:
            console.print(f"[red]error:[/red] the store failed: {escape(str(exc))}")
            raise typer.Exit(EXIT_STORE_FAILED) from exc
    _print_report(report)
    if not report.ok:
        raise typer.Exit(EXIT_NOTHING_INGESTED)
    if report.errors:
        raise typer.Exit(EXIT_SOME_SKIPPED)


@app.command("load")
def load_cli(
    paths: Annotated[
        list[Path], typer.Argument(help="extraction JSON Lines files, or folders of them")
    ],
    store: StoreOption = None,
    data_dir: DataDirOption = None,
    batch_size: BatchSizeOption = 500,
    bulk: BulkOption = False,
) -> None:
    """Store extractions made elsewhere (`oncokg distributed extract`, or `oncokg extract
    --format json` lines) as `ingest` would, without extracting again.

    Exit status as `ingest`: 0 all stored (or already stored), 3 some lines skipped (each
    named by file and line), 1 nothing stored, 2 the store failed."""
    from oncokg.loaders.read.extractions import iter_extractions
    from oncokg.pipeline import load_extractions

    _store_and_report(
        _settings(store, data_dir),
        lambda graph: load_extractions(
            iter_extractions(paths),
            graph,
            batch_size=batch_size,
            progress=None if console.is_terminal else _progress_lines(),
            bulk=bulk,
        ),
    )


@distributed_app.command("extract")
def distributed_extract_cli(
    paths: Annotated[list[str], typer.Argument(help="files, folders or globs of documents")],
    out: Annotated[Path, typer.Option("--out", help="folder for the part files")],
    scheduler: Annotated[
        str | None,
        typer.Option(help="a Dask scheduler's address (tcp://host:8786); default: a local cluster"),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="local cluster processes (default: the cores)")
    ] = None,
) -> None:
    """Extract on a Dask cluster into extraction JSON Lines part files, for `oncokg load`.

    Exit status: 0 all extracted, 3 some inputs skipped (each named), 1 nothing extracted
    (or --out holds part files already, or the scheduler did not answer)."""
    try:
        from oncokg.distributed import extract_to_files
    except ImportError as exc:
        console.print("[red]error:[/red] Dask is not installed: pip install 'oncokg[distributed]'")
        raise typer.Exit(EXIT_NOTHING_INGESTED) from exc
    try:
        report = extract_to_files(
            paths, out, scheduler=scheduler, workers=workers or os.cpu_count() or 1
        )
    except (InputError, OSError) as exc:  # the output folder, or no scheduler answering
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_NOTHING_INGESTED) from exc
    for error in report.errors:
        console.print(
            f"[yellow]skipped[/yellow] {escape(error.source)}: {escape(error.reason)}",
            soft_wrap=True,
        )
    console.print(
        f"extracted {report.documents} documents into {report.parts} part file"
        f"{'' if report.parts == 1 else 's'} in "
        f"{escape(str(out))}; {len(report.errors)} skipped"
    )
    if not report.documents and report.errors:
        raise typer.Exit(EXIT_NOTHING_INGESTED)
    if report.errors:
        raise typer.Exit(EXIT_SOME_SKIPPED)


@app.command("extract")
def extract_cli(
    file: Annotated[str, typer.Argument(help="one document: a file or an http(s) URL")],
    output_format: Annotated[str, typer.Option("--format", help="json or table")] = "json",
) -> None:
    """Extract one document and print the result (no store involved)."""
    from oncokg.loaders.extract import extract
    from oncokg.loaders.read import iter_documents

    if output_format not in ("json", "table"):
        raise typer.BadParameter("--format must be json or table")
    items = list(iter_documents([file]))
    documents = [item for item in items if not isinstance(item, InputError)]
    for error in (item for item in items if isinstance(item, InputError)):
        console.print(f"[red]error:[/red] {escape(str(error))}")
    if not documents:
        raise typer.Exit(1)
    extraction = extract(documents[0])
    if output_format == "json":
        sys.stdout.write(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2) + "\n")
        return
    out = Console()
    document = extraction.document
    dated = f"{document.published} ({document.published_from or 'source'})"
    title = f"{document.title} — {dated if document.published else 'undated'}"
    nodes = Table("label", "id", "name", "aliases", title=title)
    for node in extraction.nodes:
        nodes.add_row(str(node.label), node.id, node.name, ", ".join(node.aliases))
    out.print(nodes)
    edges = Table("type", "source", "target", "stage", "confidence", "evidence")
    for edge in extraction.edges:
        props = edge.properties
        edges.add_row(
            str(edge.kind),
            edge.source,
            edge.target,
            str(props.get("phase") or ""),
            f"{props.get('confidence', 0.0):.2f}",
            edge.evidence,
        )
    out.print(edges)
    if extraction.dates:
        dates = Table("date", "event", "evidence", title="dates stated")
        for mention in extraction.dates:
            dates.add_row(mention.date, mention.what, mention.evidence)
        out.print(dates)


@watch_app.command("set")
def watch_set(
    name: Annotated[str, typer.Argument(help="the watchlist's name")],
    entities: Annotated[list[str], typer.Argument(help="entity ids, e.g. target:BCL2")],
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Create or replace a watchlist; every id must name an entity of the graph."""
    settings = _settings(store, data_dir)
    with _open_store(settings) as graph:
        for entity_id in entities:
            try:
                reads.entity(graph, entity_id)
            except OncoKGError as exc:
                console.print(f"[red]error:[/red] {escape(str(exc))}")
                raise typer.Exit(1) from exc
    saved = Watchlists(settings.data_dir).save(name, entities)
    sys.stdout.write(f"{name}: {', '.join(saved)}\n")


@watch_app.command("list")
def watch_list(data_dir: DataDirOption = None) -> None:
    """Every watchlist and the entities it follows."""
    for name, entities in Watchlists(_settings(None, data_dir).data_dir).all().items():
        sys.stdout.write(f"{name}: {', '.join(entities)}\n")


@app.command("digest")
def digest_cli(
    since: Annotated[str, typer.Option(help="ISO date: facts first stated on or after it")],
    watchlist: Annotated[
        str | None, typer.Option(help="one watchlist (default: all of them)")
    ] = None,
    output_format: Annotated[str, typer.Option("--format", help="text or json")] = "text",
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """What is new on your watchlists since a date, each fact with its evidence: the
    morning read of a competitive-intelligence analyst."""
    if output_format not in ("text", "json"):
        raise typer.BadParameter("--format must be text or json")
    settings = _settings(store, data_dir)
    lists = Watchlists(settings.data_dir)
    try:
        chosen = {watchlist: lists.get(watchlist)} if watchlist else lists.all()
    except OncoKGError as exc:
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(1) from exc
    with _open_store(settings) as graph:
        found = {name: views.watched_facts(graph, ids, since) for name, ids in chosen.items()}
    if output_format == "json":
        payload = {name: [f.model_dump() for f in facts] for name, facts in found.items()}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return
    for name, facts in found.items():
        sys.stdout.write(f"# {name}: {len(facts)} new since {since}\n")
        for fact in facts:
            stage = f" ({fact.phase})" if fact.phase else ""
            when = fact.first_date or "undated"
            sys.stdout.write(
                f"\n{when}  {fact.source.name} {fact.type} {fact.target.name}{stage}\n"
            )
            for sentence in fact.evidence:
                sys.stdout.write(f"    “{sentence}”\n")
        sys.stdout.write("\n")


@app.command("stats")
def stats_cli(
    store: StoreOption = None,
    data_dir: DataDirOption = None,
    output_format: Annotated[str, typer.Option("--format", help="json or table")] = "json",
) -> None:
    """Count nodes per label and relationships per type."""
    if output_format not in ("json", "table"):
        raise typer.BadParameter("--format must be json or table")
    with _open_store(_settings(store, data_dir)) as graph:
        stats = reads.stats(graph)
    if output_format == "json":
        sys.stdout.write(stats.model_dump_json(indent=2) + "\n")
        return
    table = Table("kind", "name", "count", title="OncoKG graph")
    for label, count in stats.nodes.items():
        table.add_row("nodes", label, f"{count:,}")
    for kind, count in stats.edges.items():
        table.add_row("relationships", kind, f"{count:,}")
    Console().print(table)


@app.command("export")
def export_cli(
    out: Annotated[Path, typer.Argument(help="folder (neo4j-admin) or file (graphml, jsonl)")],
    output_format: Annotated[
        str, typer.Option("--format", help="neo4j-admin, graphml or jsonl")
    ] = "jsonl",
    store: StoreOption = None,
    data_dir: DataDirOption = None,
) -> None:
    """Write the whole graph for bulk loading or other tools."""
    from oncokg.graph.export import ExportFormat, export_graph

    if output_format not in ("neo4j-admin", "graphml", "jsonl"):
        raise typer.BadParameter("--format must be neo4j-admin, graphml or jsonl")
    fmt: ExportFormat = output_format  # type: ignore[assignment]
    with _open_store(_settings(store, data_dir)) as graph:
        counts = export_graph(graph, out, fmt)
    console.print(
        f"exported {counts['nodes']} nodes, {counts['relationships']} relationships to {out}"
    )


@app.command("synth")
def synth_cli(
    out: Annotated[Path, typer.Option("--out", help="folder to write docs/ and gold/ into")],
    docs: Annotated[int, typer.Option("--docs", min=1, help="number of documents")] = 1000,
    seed: Annotated[int, typer.Option(help="random seed")] = 7,
) -> None:
    """Write a synthetic press-release corpus with ground truth (for scale tests)."""
    from oncokg.measure.synth import write_corpus

    write_corpus(out, docs, seed)
    console.print(f"wrote {docs} documents to {out / 'docs'} and their gold to {out / 'gold'}")


@app.command("serve")
def serve_cli(
    store: StoreOption = None,
    data_dir: DataDirOption = None,
    host: Annotated[str | None, typer.Option(help="env ONCOKG_HOST")] = None,
    port: Annotated[int | None, typer.Option(help="env ONCOKG_PORT")] = None,
    samples: Annotated[bool, typer.Option(help="load the bundled samples first")] = False,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="processes, Neo4j only (default: one per core, up to 4)"),
    ] = None,
    log_level: Annotated[LogLevel, typer.Option(help="of the server's log")] = LogLevel.INFO,
) -> None:
    """Serve the HTTP API (and load the bundled samples first with --samples)."""
    from oncokg.api.serve import serve, worker_count

    settings = _settings(store, data_dir, host=host, port=port, workers=workers)
    if samples:
        with _open_store(settings) as graph, samples_folder() as folder:
            _print_report(_ingest_with_progress([str(folder)], graph, settings.batch_size))
    console.print(
        f"OncoKG API on http://{settings.host}:{settings.port}/  (docs: /docs; "
        f"{worker_count(settings)} process(es))"
    )
    serve(settings, log_level=log_level.value)


@app.command("eval")
def eval_cli(
    gold_dir: Annotated[Path | None, typer.Argument(help="folder of gold JSON files")] = None,
    docs_dir: Annotated[
        Path | None, typer.Argument(help="folder of the documents they annotate")
    ] = None,
    corpus: Annotated[
        list[Path] | None,
        typer.Option("--corpus", help="a folder holding gold/ and docs/ (repeatable)"),
    ] = None,
    folds: Annotated[
        int, typer.Option("--folds", min=0, help="K-fold cross-validation by document")
    ] = 0,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="list misses, extras and wrong properties")
    ] = False,
) -> None:
    """Precision, recall and F1 per entity label and edge type against gold files, edge
    figures at several confidence thresholds, and with --folds K, cross-validated figures
    (the confidence model refitted without each held fold)."""
    from oncokg.measure.calibration import cross_validate, threshold_table
    from oncokg.measure.evaluation import corpus_documents, gold_documents, score

    documents = []
    if gold_dir is not None:
        if docs_dir is None:
            raise typer.BadParameter("GOLD_DIR needs DOCS_DIR beside it")
        documents += gold_documents(gold_dir, docs_dir)
    for folder in corpus or []:
        documents += corpus_documents(folder)
    if not documents:
        raise typer.BadParameter("no gold files: give GOLD_DIR DOCS_DIR or --corpus DIR")
    sys.stdout.write(score(documents).format(verbose=verbose) + "\n")
    sys.stdout.write(threshold_table(documents) + "\n")
    if folds > 1:
        sys.stdout.write(cross_validate(documents, folds).format() + "\n")


@bench_app.command("extract")
def bench_extract_cli(
    folder: Annotated[Path, typer.Argument(help="folder of documents")],
    repeat: Annotated[int, typer.Option(min=1, help="passes over the folder")] = 3,
) -> None:
    """Extraction speed in one process: documents/s, MB/s, peak memory."""
    from oncokg.measure.extract_bench import bench_extract

    sys.stdout.write(bench_extract(folder, repeat=repeat).format() + "\n")


def _neo4j_factory(neo4j: bool) -> Callable[[], GraphStore] | None:
    """A benchmark's Neo4j store (from NEO4J_*), made when asked for; None without --neo4j."""
    if not neo4j:
        return None
    settings = get_settings(store="neo4j")
    return lambda: make_store(settings)


@bench_app.command("ingest")
def bench_ingest_cli(
    docs: Annotated[int, typer.Option("--docs", min=1, help="synthetic documents")] = 10_000,
    neo4j: Annotated[
        bool, typer.Option("--neo4j", help="also load into Neo4j (NEO4J_*; database is CLEARED)")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1)] = 500,
) -> None:
    """Ingestion at scale: extraction docs/s, load facts/s, wall time, memory, batching gain."""
    from oncokg.measure.ingest_bench import bench_ingest

    factory = _neo4j_factory(neo4j)
    sys.stdout.write(bench_ingest(docs, neo4j=factory, batch_size=batch_size).format() + "\n")


@bench_app.command("feed")
def bench_feed_cli(
    docs: Annotated[int, typer.Option("--docs", min=10, help="synthetic documents")] = 100_000,
    neo4j: Annotated[
        bool, typer.Option("--neo4j", help="ingest into Neo4j (NEO4J_*; database is CLEARED)")
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1)] = 500,
    bulk: Annotated[
        bool, typer.Option("--bulk", help="into the embedded store by bulk copy (ingest --bulk)")
    ] = False,
) -> None:
    """One JSON Lines feed ingested end to end: time, documents/s per tenth (linearity), memory."""
    from oncokg.measure.ingest_bench import bench_feed

    factory = _neo4j_factory(neo4j)
    try:
        result = bench_feed(docs, neo4j=factory, batch_size=batch_size, bulk=bulk)
    except OncoKGError as exc:  # a store that fails mid-load: say so, as `ingest` does
        console.print(f"[red]error:[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_STORE_FAILED) from exc
    sys.stdout.write(result.format() + "\n")


@bench_app.command("api")
def bench_api_cli(
    neo4j: Annotated[
        bool, typer.Option("--neo4j", help="on Neo4j (NEO4J_*; the database is CLEARED)")
    ] = False,
    facts: Annotated[int, typer.Option(min=1, help="synthetic facts to load")] = 100_000,
    requests: Annotated[int, typer.Option(min=1, help="requests per measurement")] = 1000,
    workers: Annotated[
        int | None, typer.Option(min=1, help="API processes, Neo4j only (as `serve`)")
    ] = None,
) -> None:
    """API latency (p50/p99) and requests/s at concurrency 1 and 32, next to direct queries."""
    import tempfile

    from oncokg.measure.api_bench import bench_api

    with tempfile.TemporaryDirectory(prefix="oncokg-bench-api-") as scratch:
        # the embedded benchmark gets a scratch folder: it never touches the user's graph
        settings = _settings("neo4j" if neo4j else "embedded", Path(scratch), workers=workers)
        sys.stdout.write(bench_api(settings, facts=facts, requests=requests).format() + "\n")
