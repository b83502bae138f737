"""A synthetic corpus of press-release-like documents, with their ground truth.

For scale tests and benchmarks, not for judging extraction quality: the sentences come from a
handful of templates filled from the shipped vocabularies (DrugBank INNs, HGNC symbols,
Disease Ontology cancer terms, the curated company list), so every document is realistic in
size and vocabulary, and its facts are known. Deterministic for a given seed.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

# INN stems of antibodies and kinase inhibitors: names an oncology press release would carry.
_INN = re.compile(r"^[a-z]+(?:mab|tinib|ciclib|parib|clax|rafenib|lisib|degib)$")
_CANCER = re.compile(r"(carcinoma|leukemia|lymphoma|melanoma|myeloma|sarcoma|cancer)$")
_SYMBOL = re.compile(r"^[A-Z][A-Z0-9]{2,6}$")
CITIES = ("Boston, MA", "Cambridge, MA", "South San Francisco, CA", "Basel", "Paris", "Tokyo")
PHASES = ("Phase 1", "Phase 1/2", "Phase 2", "Phase 3")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Pools:
    drugs: list[str]
    genes: list[str]
    diseases: list[str]
    companies: list[str]


def _vocab_rows(name: str) -> Iterator[list[str]]:
    raw = (files("oncokg.loaders.vocab") / name).read_bytes()
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    for line in lines[1:]:
        if line and not line.startswith("#"):
            yield line.split("\t")


@cache
def pools() -> Pools:
    drugs = sorted({r[1].lower() for r in _vocab_rows("drugs.tsv.gz") if _INN.match(r[1].lower())})
    genes = sorted({r[1] for r in _vocab_rows("genes.tsv.gz") if _SYMBOL.match(r[1])})
    diseases = sorted(
        {r[1] for r in _vocab_rows("diseases.tsv.gz") if _CANCER.search(r[1]) and len(r[1]) < 40}
    )
    curated: dict[str, Any] = json.loads(
        (files("oncokg.loaders.vocab") / "curated.json").read_text(encoding="utf-8")
    )
    return Pools(drugs, genes, diseases, sorted(curated["companies"]))


def _long_date(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def synth_document(rng: random.Random, pools: Pools, number: int) -> tuple[str, dict[str, Any]]:
    """One document's text (corpus format: URL, date, title, blank, body) and its gold."""
    org, partner = rng.sample(pools.companies, 2)
    drug = rng.choice(pools.drugs)
    gene = rng.choice(pools.genes)
    disease = rng.choice(pools.diseases)
    phase = rng.choice(PHASES)
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    title = f"{org} Announces {phase} Data for {drug.capitalize()} in {disease.capitalize()}"
    s_dev = (
        f"{rng.choice(CITIES)}, {_long_date(day)} – {org} today announced results from a "
        f"{phase} trial of {drug}, its investigational {gene} inhibitor, in patients with "
        f"{disease}."
    )
    s_target = f"{drug.capitalize()} is designed to selectively block {gene} signalling."
    s_collab = (
        f"{org} and {partner} entered into a collaboration in {day.year - 1} to co-develop {drug}."
    )
    filler = (
        "The study met its primary endpoint, and the safety profile was consistent with "
        "previous reports. Data will be presented at an upcoming medical meeting. "
    ) * 6
    body = "\n\n".join([s_dev, s_target, filler.strip(), s_collab, f"About {org}\n\n{filler}"])
    text = f"https://example.org/news/{number}\n{day.isoformat()}\n{title}\n\n{body}\n"
    gold = {
        "doc": f"{number:06d}.txt",
        "entities": [
            {"type": "Organization", "name": org, "mentions": [org]},
            {"type": "Organization", "name": partner, "mentions": [partner]},
            {"type": "Molecule", "name": drug, "mentions": [drug]},
            {"type": "Target", "name": gene, "mentions": [gene]},
            {"type": "Disease", "name": disease, "mentions": [disease]},
        ],
        "edges": [
            {"type": "DEVELOPS", "source": org, "target": drug, "evidence": s_dev},
            {"type": "TARGETS", "source": drug, "target": gene, "evidence": s_target},
            {"type": "INDICATED_FOR", "source": drug, "target": disease, "evidence": s_dev},
            {"type": "COLLABORATES_WITH", "source": org, "target": partner, "evidence": s_collab},
        ],
        "dates": [{"what": "announcement", "date": day.isoformat(), "evidence": s_dev}],
    }
    return text, gold


def write_corpus(out: Path, count: int, seed: int = 7) -> int:
    """Write `count` documents to out/docs and their gold files to out/gold."""
    rng = random.Random(seed)
    vocab = pools()
    (out / "docs").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    for number in range(count):
        text, gold = synth_document(rng, vocab, number)
        (out / "docs" / f"{number:06d}.txt").write_text(text, encoding="utf-8")
        (out / "gold" / f"{number:06d}.json").write_text(json.dumps(gold), encoding="utf-8")
    return count


def write_feed(path: Path, count: int, seed: int = 7) -> int:
    """The same documents as one JSON Lines feed (url, published, title, text per line),
    written a line at a time: a feed of any size costs no memory to write."""
    rng = random.Random(seed)
    vocab = pools()
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            text, _ = synth_document(rng, vocab, number)
            url, published, title, body = text.split("\n", 3)
            record = {"url": url, "published": published, "title": title, "text": body.strip()}
            out.write(json.dumps(record) + "\n")
    return count
