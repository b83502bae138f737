from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oncokg.evaluation import evaluate
from oncokg.loaders import vocabulary
from oncokg.loaders.extract import extract
from oncokg.model import Document
from tests.loaders.helpers import REPO, SHARED

SAMPLES = REPO / "oncokg" / "samples"
GOLD = REPO / "tests" / "data" / "gold"


def test_extract_vocab_loads_quickly() -> None:
    vocabulary.get_vocab.cache_clear()
    start = time.perf_counter()
    vocab = vocabulary.get_vocab()
    elapsed = time.perf_counter() - start
    assert vocab.sizes["genes"] > 15000
    assert vocab.sizes["diseases"] > 10000
    assert elapsed < 4.0  # budget 2 s; generous bound for loaded CI machines


def test_extract_seed_documents_score_at_floor() -> None:
    report = evaluate(GOLD, SAMPLES)
    assert report.documents == 2
    # measured: entities F1 0.86, edges F1 0.89 (P 0.89)
    assert report.entity_total.prf()[2] >= 0.80
    assert report.edge_total.prf()[2] >= 0.80


@pytest.mark.skipif(not (SHARED / "corpus" / "dev").is_dir(), reason="shared dev corpus absent")
def test_extract_dev_corpus_score_at_floor() -> None:
    report = evaluate(SHARED / "corpus" / "dev" / "gold", SHARED / "corpus" / "dev" / "docs")
    # measured: entities F1 0.96, edges F1 0.88 (P 0.94)
    assert report.entity_total.prf()[2] >= 0.90
    assert report.edge_total.prf()[0] >= 0.85


def test_extract_is_deterministic() -> None:
    text = (SAMPLES / "servier-oncology-research.txt").read_text(encoding="utf-8")
    doc = Document(text=text)
    assert extract(doc).to_json() == extract(doc).to_json()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_extract_never_raises_and_offsets_slice(text: str) -> None:
    result = extract(Document(text=text))
    for node in result.nodes:
        for m in node.mentions:
            assert text[m.start : m.end] == m.text
    for edge in result.edges:
        assert text[edge.evidence_start : edge.evidence_end] == edge.evidence


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Acme Therapeutics, Inc.",
                "zorbimab",
                "an anti-CD20 antibody",
                "(ZORBA®)",
                "in",
                "patients with",
                "NSCLC",
                "collaboration",
                "with",
                "Bolt AG",
                ".",
                ",",
                "\n",
                "FGFR 1/2",
            ]
        ),
        max_size=30,
    )
)
def test_extract_offsets_on_entity_rich_text(words: list[str]) -> None:
    text = " ".join(words)
    result = extract(Document(text=text))
    for node in result.nodes:
        for m in node.mentions:
            assert text[m.start : m.end] == m.text


def test_extract_samples_folder_exists() -> None:
    assert sorted(p.name for p in Path(SAMPLES).glob("*.txt"))
