"""Load the shipped vocabularies once and compile them into one Aho-Corasick automaton.

Nothing is read at import time: `get_vocab()` loads and caches on first use, so importing the
package stays cheap and tests that never extract never pay for the load.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import ahocorasick

# Length-preserving folding: dashes become spaces, curly quotes become ', so "non-small cell"
# matches "non small-cell" and "Bruton’s" matches "Bruton's". Offsets stay valid.
_FOLD = str.maketrans(
    {
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2012": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u2212": " ",
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u00b4": "'",
        "\n": " ",
        "\t": " ",
        "\r": " ",
        "\u00a0": " ",
        "\u00f6": "o",
        "\u00e9": "e",
        "\u00fc": "u",
    }
)
GENE, DISEASE, DRUG, ORG, NOT_ORG, PLATFORM = "gene", "disease", "drug", "org", "notorg", "platform"
_CODE = re.compile(r"\d")
_GENERIC_DRUG = re.compile(
    r"\b(?:cells?|therapy|antibod(?:y|ies)|vaccines?|inhibitors?|agents?|extract)\b", re.I
)


def fold_case(text: str) -> str:
    """Translate separators and quotes, keeping case and length."""
    return text.translate(_FOLD)


def fold(text: str) -> str:
    """Folded, lower-cased text of the same length as `text` (so offsets carry over)."""
    folded = text.translate(_FOLD)
    low = folded.lower()
    if len(low) != len(folded):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in folded)
    return low


def key_of(surface: str) -> str:
    """Automaton key of a vocabulary surface form: folded, single-spaced."""
    return " ".join(fold(surface).split())


class Entry(NamedTuple):
    """One vocabulary sense of a key. `cased` is non-empty when the match must keep case."""

    kind: str
    ref: str
    cased: str = ""
    rank: int = 0  # lower is better (curated 0, symbol 1, alias 2, previous 3, name 4)


@dataclass
class Vocab:
    """Everything recognition and normalisation need, built once per process."""

    automaton: Any
    short_forms: dict[str, list[Entry]] = field(default_factory=dict)
    short_regex: Any = None
    gene_ids: dict[str, str] = field(default_factory=dict)  # symbol -> HGNC id ("" for complexes)
    gene_surface: dict[str, str] = field(default_factory=dict)  # exact surface -> symbol
    disease_names: dict[str, str] = field(default_factory=dict)  # DOID -> label
    disease_by_key: dict[str, str] = field(default_factory=dict)  # folded label -> DOID
    drug_names: dict[str, str] = field(default_factory=dict)  # DrugBank id -> name
    drug_by_key: dict[str, str] = field(default_factory=dict)  # folded name/synonym -> id
    companies: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    subsidiary_parent: dict[str, str] = field(default_factory=dict)
    not_orgs: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    broad_diseases: frozenset[str] = frozenset()  # folded keys
    generic_disease: frozenset[str] = frozenset()
    adverse: frozenset[str] = frozenset()
    org_suffixes: tuple[str, ...] = ()
    org_heads: frozenset[str] = frozenset()
    institution_words: tuple[str, ...] = ()
    load_seconds: float = 0.0
    sizes: dict[str, int] = field(default_factory=dict)


_FOLD_FILE = {k: v for k, v in _FOLD.items() if chr(k) not in "\n\t"}


@dataclass
class _Table:
    """A TSV file as three parallel row lists: original, case-kept folded, lower folded.

    Folding the whole file in one `translate` call is ~5x faster than per-surface folding,
    which keeps the cold vocabulary load well under the 2 s budget."""

    raw: list[list[str]]
    cased: list[list[str]]
    low: list[list[str]]


def _rows(name: str) -> _Table:
    data = resources.files("oncokg.loaders").joinpath("vocab", name).read_bytes()
    text = gzip.decompress(data).decode("utf-8")
    folded = text.translate(_FOLD_FILE)
    low = folded.lower()
    if len(low) != len(folded):
        low = fold(folded.replace("\n", "\x00").replace("\t", "\x01"))
        low = low.replace("\x00", "\n").replace("\x01", "\t")

    def split(blob: str) -> list[list[str]]:
        lines = blob.split("\n")
        body = [line for line in lines if line and not line.startswith("#")][1:]
        return [line.split("\t") for line in body]

    return _Table(split(text), split(folded), split(low))


def _curated() -> dict[str, Any]:
    raw = resources.files("oncokg.loaders").joinpath("vocab", "curated.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


class _Builder:
    def __init__(self) -> None:
        self.table: dict[str, list[Entry]] = {}
        self.short: dict[str, list[Entry]] = {}

    def add(self, surface: str, entry: Entry, key: str = "") -> None:
        key = key or key_of(surface)
        if len(key) < 2:
            return
        if len(key) == 2:
            # Two-letter keys would match inside most words; they are cased abbreviations
            # ("HL", "RA") and go to a separate whole-word regex instead.
            if entry.cased:
                self.short.setdefault(entry.cased, []).append(entry)
            return
        bucket = self.table.get(key)
        if bucket is None:
            self.table[key] = [entry]
        elif entry not in bucket:
            bucket.append(entry)

    def compile(self) -> Any:
        auto = ahocorasick.Automaton()
        for key, entries in self.table.items():
            auto.add_word(key, (key, entries))
        auto.make_automaton()
        return auto


def _gene_variants(symbol: str) -> list[str]:
    """BCL2 -> BCL-2, JAK1 -> JAK-1: the hyphenated spelling press releases use."""
    out = [symbol]
    match = re.fullmatch(r"([A-Z]{2,})(\d+[A-Z]?)", symbol)
    if match:
        out.append(f"{match.group(1)}-{match.group(2)}")
    return out


def _is_cased_disease(surface: str) -> bool:
    return (
        len(surface) <= 6
        and any(c.isupper() for c in surface[1:] + surface[:1])
        and (surface.isupper() or sum(c.isupper() for c in surface) >= 2)
    )


def _build() -> Vocab:
    start = time.perf_counter()
    cur = _curated()
    b = _Builder()
    vocab = Vocab(automaton=None)
    drug_stop = {key_of(w) for w in cur["drug_stopwords"]}

    # Genes: symbols and aliases keep their case (many are English words or abbreviations).
    alias_owner: dict[str, set[str]] = {}
    genes = _rows("genes.tsv.gz")
    for hgnc_id, symbol, aliases, prev, _names in genes.raw:
        vocab.gene_ids[symbol] = hgnc_id
        for alias in aliases.split("|") + prev.split("|"):
            if alias:
                alias_owner.setdefault(alias, set()).add(symbol)
    for row, low_row in zip(genes.raw, genes.low, strict=True):
        symbol, aliases, prev, names = row[1], row[2], row[3], row[4]
        for form in _gene_variants(symbol):
            vocab.gene_surface[form] = symbol
            cased = form.replace("-", " ")
            b.add(form, Entry(GENE, symbol, cased, 1), cased.lower())
        for rank, group in ((2, aliases), (3, prev)):
            for alias in filter(None, group.split("|")):
                if len(alias_owner[alias]) > 1 or alias in vocab.gene_ids or len(alias) < 3:
                    continue
                for form in _gene_variants(alias):
                    vocab.gene_surface.setdefault(form, symbol)
                    cased = form.replace("-", " ")
                    b.add(form, Entry(GENE, symbol, cased, rank), cased.lower())
        for gene_name, key in zip(names.split("|"), low_row[4].split("|"), strict=True):
            if len(gene_name) >= 10 and " " in gene_name:
                b.add(gene_name, Entry(GENE, symbol, "", 4), key)
    for surface, symbol in cur["target_synonyms"].items():
        if not symbol:
            continue
        if symbol in cur["target_complexes"]:
            vocab.gene_ids.setdefault(symbol, "")
        vocab.gene_surface[surface] = symbol
        cased = "" if (len(surface) >= 5 and surface[:1].islower()) or " " in surface else surface
        b.add(surface, Entry(GENE, symbol, fold_case(cased), 0))

    # Diseases: DO labels and EXACT synonyms, case-insensitive except short abbreviations.
    generic = {key_of(w) for w in cur["generic_disease_words"]}
    diseases = _rows("diseases.tsv.gz")
    for row, crow, lrow in zip(diseases.raw, diseases.cased, diseases.low, strict=True):
        doid, name = row[0], row[1]
        vocab.disease_names[doid] = name
        surfaces = [name, *filter(None, row[2].split("|"))]
        cased_forms = [crow[1], *filter(None, crow[2].split("|"))]
        keys = [lrow[1], *filter(None, lrow[2].split("|"))]
        for surface, cased, key in zip(surfaces, cased_forms, keys, strict=True):
            if key in generic or len(key) < 3:
                continue
            vocab.disease_by_key.setdefault(key, doid)
            form = cased if _is_cased_disease(surface) else ""
            b.add(surface, Entry(DISEASE, doid, form, 2 if surface != name else 1), key)
    for surface, label in cur["disease_forms"].items():
        ref = vocab.disease_by_key.get(key_of(label), label)
        cased = fold_case(surface) if _is_cased_disease(surface) else ""
        b.add(surface, Entry(DISEASE, ref, cased, 0))
    for surface in cur["broad_diseases"]:
        ref = vocab.disease_by_key.get(key_of(surface), surface)
        b.add(surface, Entry(DISEASE, ref if ref.startswith("DOID:") else surface, "", 0))
    vocab.broad_diseases = frozenset(key_of(s) for s in cur["broad_diseases"])
    vocab.generic_disease = frozenset(generic)
    vocab.adverse = frozenset(key_of(s) for s in cur["adverse_terms"])

    # Drugs: INNs and code names; English-word names are skipped.
    drugs = _rows("drugs.tsv.gz")
    for row, crow, lrow in zip(drugs.raw, drugs.cased, drugs.low, strict=True):
        dbid, name = row[0], row[1]
        vocab.drug_names[dbid] = name
        if _GENERIC_DRUG.search(name) and not _CODE.search(name):
            continue  # a class ("CAR T cells"), not a named drug
        surfaces = [name, *filter(None, row[2].split("|"))]
        cased_forms = [crow[1], *filter(None, crow[2].split("|"))]
        keys = [lrow[1], *filter(None, lrow[2].split("|"))]
        for surface, cased, key in zip(surfaces, cased_forms, keys, strict=True):
            if key in drug_stop or len(key) < 4:
                continue
            has_digit = bool(_CODE.search(surface))
            if not has_digit and (len(key) < 5 or (surface != name and len(key) < 6)):
                continue
            vocab.drug_by_key.setdefault(key, dbid)
            form = cased if has_digit and len(surface) <= 5 else ""
            b.add(surface, Entry(DRUG, dbid, form, 1 if surface == name else 2), key)

    # Organisations and non-entities.
    for canonical, extra in cur["companies"].items():
        parent = cur["subsidiary_parent"].get(canonical, canonical)
        for surface in [canonical, *extra]:
            vocab.companies[surface] = parent
            b.add(surface, Entry(ORG, parent, fold_case(surface), 0))
    vocab.subsidiary_parent = dict(cur["subsidiary_parent"])
    for surface in cur["not_organizations"]:
        b.add(surface, Entry(NOT_ORG, surface, fold_case(surface) if len(surface) <= 6 else "", 0))
    vocab.not_orgs = frozenset(cur["not_organizations"])
    vocab.platforms = frozenset(cur["platforms"])
    vocab.org_suffixes = tuple(cur["org_suffixes"])
    vocab.org_heads = frozenset(cur["org_head_words"])
    vocab.institution_words = tuple(cur["institution_words"])

    vocab.automaton = b.compile()
    vocab.short_forms = b.short
    alternatives = "|".join(sorted((re.escape(k) for k in b.short), key=len, reverse=True))
    vocab.short_regex = re.compile(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])")
    vocab.sizes = {
        "genes": len(genes.raw),
        "diseases": len(vocab.disease_names),
        "drugs": len(vocab.drug_names),
        "keys": len(b.table),
    }
    vocab.load_seconds = time.perf_counter() - start
    return vocab


@lru_cache(maxsize=1)
def get_vocab() -> Vocab:
    """The process-wide vocabulary, built on first call and cached."""
    return _build()
