"""Measure extraction throughput on a folder of documents (documents/s, MB/s, peak RSS)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from oncokg.extraction import Document
from oncokg.loaders.extract import extract
from oncokg.loaders.vocabulary import get_vocab
from oncokg.measure.evaluation import read_corpus_file
from oncokg.measure.memory import peak_rss_mb


@dataclass(frozen=True)
class BenchResult:
    documents: int
    megabytes: float
    seconds: float
    vocab_load_seconds: float
    peak_rss_mb: float

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    def format(self) -> str:
        return (
            f"documents: {self.documents} ({self.megabytes * 1000:.1f} KB) "
            f"in {self.seconds:.3f} s\n"
            f"throughput: {self.docs_per_second:.0f} documents/s, {self.mb_per_second:.2f} MB/s\n"
            f"vocabulary load: {self.vocab_load_seconds:.2f} s (first call, cached after)\n"
            f"peak RSS: {self.peak_rss_mb:.0f} MB"
        )


def bench_extract(folder: Path, repeat: int = 1) -> BenchResult:
    """Extract every .txt file under `folder` `repeat` times; vocabulary load timed apart."""
    t0 = time.perf_counter()
    get_vocab()
    load = time.perf_counter() - t0
    docs: list[Document] = [read_corpus_file(p) for p in sorted(Path(folder).rglob("*.txt"))]
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    start = time.perf_counter()
    for _ in range(max(1, repeat)):
        for doc in docs:
            extract(doc)
    seconds = time.perf_counter() - start
    n = len(docs) * max(1, repeat)
    return BenchResult(n, size * max(1, repeat), seconds, load, peak_rss_mb())
