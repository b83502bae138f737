"""Measure extraction throughput on a folder of documents (documents/s, MB/s, peak RSS)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from oncokg.extraction import Document
from oncokg.loaders import extract as extract_module
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
    # seconds of each pass over the folder: the first one also fills the per-process caches
    # (the confidence model, each vocabulary entry's decoded senses), the later ones are warm
    pass_seconds: tuple[float, ...] = ()
    compiled: bool = False

    @property
    def warm_docs_per_second(self) -> float:
        """Documents/s of the median warm pass: what a long-running process sustains."""
        warm = sorted(self.pass_seconds[1:])
        if not warm:
            return 0.0
        return self.documents / len(self.pass_seconds) / warm[len(warm) // 2]

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds if self.seconds else 0.0

    def format(self) -> str:
        lines = [
            f"documents: {self.documents} ({self.megabytes * 1000:.1f} KB) in {self.seconds:.3f} s",
            f"throughput: {self.docs_per_second:.0f} documents/s, {self.mb_per_second:.2f} MB/s",
        ]
        if len(self.pass_seconds) > 1:
            lines.append(
                f"warm: {self.warm_docs_per_second:.0f} documents/s (median pass after the first)"
            )
        lines += [
            "extractor: "
            + ("compiled" if self.compiled else "pure Python (`pip install .` compiles it)"),
            f"vocabulary load: {self.vocab_load_seconds:.2f} s (first call, cached after)",
            f"peak RSS: {self.peak_rss_mb:.0f} MB",
        ]
        return "\n".join(lines)


def extractor_compiled() -> bool:
    """Whether the extractor runs compiled (a wheel's build) or as Python source (an editable
    install): the compiled one extracts about 15% more documents/s."""
    return (extract_module.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def bench_extract(folder: Path, repeat: int = 1) -> BenchResult:
    """Extract every .txt file under `folder` `repeat` times; vocabulary load timed apart."""
    t0 = time.perf_counter()
    get_vocab()
    load = time.perf_counter() - t0
    docs: list[Document] = [read_corpus_file(p) for p in sorted(Path(folder).rglob("*.txt"))]
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    passes: list[float] = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        for doc in docs:
            extract(doc)
        passes.append(time.perf_counter() - start)
    n = len(docs) * max(1, repeat)
    return BenchResult(
        n,
        size * max(1, repeat),
        sum(passes),
        load,
        peak_rss_mb(),
        tuple(passes),
        extractor_compiled(),
    )
