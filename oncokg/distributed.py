"""Extraction as a Dask job, for archives that outgrow one machine.

Extraction is pure and parallel by document, so the job is a map: this process reads the
inputs (`iter_documents`) and sends them in chunks to the cluster's workers, each of which
extracts a chunk and writes it as one JSON Lines part file (`part-00000.jsonl`: a line per
document, the `oncokg extract --format json` contract) under the output folder. `oncokg
load` then writes the parts into a store in their order, by the same path as `ingest`.

Dask rather than PySpark: the extractor is Python, and Dask runs it in Python workers with no
JVM between (PySpark would ship every document through a JVM to Python workers); it installs
from PyPI; and its `LocalCluster` is a real multi-process cluster on one machine, which is
how the job is tested. On a cluster, the output folder must be one every worker can write
(a shared file system).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from distributed import Client, LocalCluster, as_completed

from oncokg.exceptions import InputError
from oncokg.extraction import Document, Extraction
from oncokg.loaders.read import iter_documents
from oncokg.pipeline import extract_item

CHUNK_DOCUMENTS = 500  # documents a task extracts: a part file each
IN_FLIGHT_PER_WORKER = 2  # chunks sent ahead of the workers, so memory stays bounded


@dataclass
class JobReport:
    documents: int = 0  # extracted and written
    parts: int = 0
    errors: list[InputError] = field(default_factory=list)  # inputs read or extracted badly


def extract_to_files(
    paths: Iterable[Path | str],
    out: Path,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    chunk: int = CHUNK_DOCUMENTS,
) -> JobReport:
    """Extract everything under `paths` on a Dask cluster (the scheduler at `scheduler`,
    else a local cluster of `workers` processes) into part files under `out`.

    Raises InputError when `out` holds part files already: a run writing fewer parts than
    an earlier one would leave some of that run's parts behind, for `oncokg load` to read.
    Without a scheduler, a script must call it under `if __name__ == "__main__":` (the local
    cluster's processes are spawned, and import the script)."""
    if earlier := sorted(out.glob("part-*.jsonl")):
        raise InputError(str(out), f"holds part files of an earlier run ({earlier[0].name}, ...)")
    out.mkdir(parents=True, exist_ok=True)
    report = JobReport()
    with _client(scheduler, workers) as client:
        limit = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
        chunks = enumerate(_chunks(iter_documents(paths), chunk, report))
        running = as_completed()
        for number, documents in islice(chunks, limit):
            running.add(client.submit(extract_part, documents, str(_part(out, number))))
        for done in running:
            written, errors = done.result()
            report.documents += written
            report.parts += 1
            report.errors.extend(errors)
            for number, documents in islice(chunks, 1):
                running.add(client.submit(extract_part, documents, str(_part(out, number))))
    return report


def extract_part(documents: list[Document], path: str) -> tuple[int, list[InputError]]:
    """One task, on a worker: extract the chunk and write its part file; returns how many
    were written and the documents that could not be extracted."""
    written = 0
    errors: list[InputError] = []
    with Path(path).open("w", encoding="utf-8") as handle:
        for document in documents:
            result = extract_item(document)
            if isinstance(result, Extraction):
                handle.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                written += 1
            else:
                errors.append(result)
    return written, errors


def _chunks(
    items: Iterable[Document | InputError], size: int, report: JobReport
) -> Iterator[list[Document]]:
    """Documents in chunks of `size`; what could not be read goes to the report."""
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, InputError):
            report.errors.append(item)
            continue
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _part(out: Path, number: int) -> Path:
    return out / f"part-{number:05d}.jsonl"


@contextmanager
def _client(scheduler: str | None, workers: int) -> Iterator[Client]:
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    # processes, one thread each: extraction holds the GIL
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client
