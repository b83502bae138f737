#!/usr/bin/env python3
"""Build the compact vocabularies shipped in `oncokg/loaders/vocab/` from raw reference data.

Usage: build_vocab.py SHARED_DATA_DIR [OUT_DIR]
       build_vocab.py --compile [OUT_DIR]

SHARED_DATA_DIR holds `hgnc_complete_set.txt.gz`, `disease_ontology.tar.gz` and
`drugbank_vocabulary.csv.gz` (all CC0). The output is three gzip TSV files whose first lines
(`#`-prefixed) record source, version and licence, so provenance travels with the data.
Rebuilding from the same inputs gives byte-identical files (gzip mtime fixed at 0).

Both forms then write `compiled.tsv.gz`: the final automaton key table compiled from the TSVs
and `curated.json` by `oncokg.loaders.vocab_compile`, which makes the runtime load fast.
`--compile` redoes only that step (after editing `curated.json` or the vocabulary rules); the
package falls back to compiling at load time, slowly, while the compiled file is stale.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
import tarfile
from collections.abc import Iterable
from pathlib import Path

DEFAULT_OUT = Path(__file__).resolve().parent.parent / "oncokg" / "loaders" / "vocab"
GENE_GROUPS = {"protein-coding gene"}
# Clone-library and placeholder aliases nobody writes in a press release.
_JUNK_ALIAS = re.compile(r"^(FLJ|KIAA|DKFZ|MGC|LOC|HSPC|PRO\d|UNQ|RP\d|CTA-|bA\d|dJ\d|hCG|C\d+orf)")
# A previous gene name that named a disease's locus ("celiac disease 3", "systemic lupus
# erythematosus susceptibility 2"), no protein
_LOCUS_NAME = re.compile(r"susceptib|\bdisease\b|syndrome|deficien|mellitus|\blocus\b", re.I)
_SAFE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .,'/+\-()α-ωΑ-Ω]*$")


def _clean(values: Iterable[str], *, max_len: int = 60, max_words: int = 5) -> list[str]:
    """Keep printable, short, ASCII-ish names; drop duplicates while keeping order."""
    out: list[str] = []
    for raw in values:
        value = raw.strip().strip('"').strip()
        if not value or len(value) > max_len or len(value.split()) > max_words:
            continue
        if "|" in value or "\t" in value or not _SAFE.match(value):
            continue
        if value not in out:
            out.append(value)
    return out


def _write(path: Path, header: list[str], columns: list[str], rows: list[list[str]]) -> None:
    buf = io.StringIO()
    for line in header:
        buf.write(f"# {line}\n")
    buf.write("\t".join(columns) + "\n")
    for row in rows:
        buf.write("\t".join(row) + "\n")
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def _split(cell: str) -> list[str]:
    return [v for v in cell.strip('"').split("|") if v] if cell else []


def build_genes(data: Path, out: Path) -> int:
    rows: list[list[str]] = []
    with gzip.open(data / "hgnc_complete_set.txt.gz", "rt", encoding="utf-8") as fh:
        reader = csv.DictReader(fh, delimiter="\t")
        for rec in reader:
            if rec.get("status") != "Approved" or rec.get("locus_group") not in GENE_GROUPS:
                continue
            aliases = _clean(_split(rec.get("alias_symbol", "")), max_len=20, max_words=1)
            prev = _clean(_split(rec.get("prev_symbol", "")), max_len=20, max_words=1)
            aliases = [a for a in aliases if not _JUNK_ALIAS.match(a)]
            prev = [a for a in prev if not _JUNK_ALIAS.match(a)]
            # (previous names too, which hold the forms releases still write: "anaplastic
            # lymphoma kinase", "myeloid cell leukemia 1"; not a disease locus's)
            previous = [n for n in _split(rec.get("prev_name", "")) if not _LOCUS_NAME.search(n)]
            names = _clean(
                [rec["name"], *_split(rec.get("alias_name", "")), *previous], max_words=8
            )
            rows.append(
                [rec["hgnc_id"], rec["symbol"], "|".join(aliases), "|".join(prev), "|".join(names)]
            )
    _write(
        out / "genes.tsv.gz",
        [
            "HGNC complete set (hgnc_complete_set.txt), protein-coding approved genes",
            "source: HUGO Gene Nomenclature Committee, https://www.genenames.org, modified 2025",
            "licence: CC0 1.0",
        ],
        ["hgnc_id", "symbol", "alias_symbols", "prev_symbols", "names"],
        rows,
    )
    return len(rows)


def _parse_obo(text: str) -> dict[str, tuple[str, list[str]]]:
    terms: dict[str, tuple[str, list[str]]] = {}
    for block in text.split("\n[Term]\n")[1:]:
        block = block.split("\n[Typedef]")[0]
        ident = name = ""
        syns: list[str] = []
        obsolete = False
        for line in block.splitlines():
            if line.startswith("id: "):
                ident = line[4:].strip()
            elif line.startswith("name: "):
                name = line[6:].strip()
            elif line.startswith("synonym: ") and " EXACT" in line:
                syns.append(line.split('"')[1])
            elif line.startswith("is_obsolete: true"):
                obsolete = True
        if ident.startswith("DOID:") and name and not obsolete:
            terms[ident] = (name, syns)
    return terms


def _subclass_counts(parents: dict[str, str]) -> dict[str, int]:
    """How many terms lie under each label in the DO hierarchy (HumanDO's subClassOf)."""
    children: dict[str, list[str]] = {}
    for label, parent in parents.items():
        children.setdefault(parent, []).append(label)
    counts: dict[str, int] = {}

    def under(label: str) -> int:
        if label not in counts:
            counts[label] = 0  # guards against a cycle
            counts[label] = sum(1 + under(child) for child in children.get(label, []))
        return counts[label]

    for label in parents:
        under(label)
    return counts


def build_diseases(data: Path, out: Path) -> tuple[int, str]:
    labels: dict[str, str] = {}
    parents: dict[str, str] = {}
    synonyms: dict[str, list[str]] = {}
    version = "unknown"
    with tarfile.open(data / "disease_ontology.tar.gz") as tar:
        for member in sorted(tar.getmembers(), key=lambda m: m.name):
            fh = tar.extractfile(member)
            if fh is None:
                continue
            text = fh.read().decode("utf-8")
            if member.name.endswith("HumanDO.tsv"):
                for rec in csv.reader(io.StringIO(text), delimiter="\t"):
                    if rec and rec[0].startswith("DOID:") and len(rec) > 1:
                        labels[rec[0]] = rec[1]
                        parents[rec[1]] = rec[2] if len(rec) > 2 else ""
            elif member.name.endswith(".obo"):
                match = re.search(r"data-version: doid/releases/([0-9-]+)/", text)
                if match:
                    version = match.group(1)
                for ident, (name, syns) in _parse_obo(text).items():
                    labels.setdefault(ident, name)
                    merged = synonyms.setdefault(ident, [])
                    merged.extend(s for s in syns if s not in merged)
    subclasses = _subclass_counts(parents)
    label_ids = {label: ident for ident, label in labels.items()}
    rows = [
        [
            ident,
            labels[ident],
            "|".join(_clean(synonyms.get(ident, []), max_words=8)),
            str(subclasses.get(labels[ident], 0)),
            label_ids.get(parents.get(labels[ident], ""), ""),
        ]
        for ident in sorted(labels)
    ]
    _write(
        out / "diseases.tsv.gz",
        [
            "Human Disease Ontology: all DOID labels (HumanDO.tsv) + EXACT synonyms of subset OBOs,"
            " how many terms lie under each label, and the DOID of its parent",
            f"source: DiseaseOntology/HumanDiseaseOntology, release {version}",
            "licence: CC0 1.0",
        ],
        ["doid", "name", "synonyms", "subclasses", "parent"],
        rows,
    )
    return len(rows), version


def build_drugs(data: Path, out: Path) -> int:
    rows: list[list[str]] = []
    with gzip.open(data / "drugbank_vocabulary.csv.gz", "rt", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            name = rec["Common name"].strip()
            if not name or not _SAFE.match(name) or len(name) > 60:
                continue
            syns = [s.strip() for s in rec.get("Synonyms", "").split(" | ")]
            syns = [s for s in _clean(syns, max_len=40, max_words=3) if s != name]
            rows.append([rec["DrugBank ID"], name, "|".join(syns)])
    _write(
        out / "drugs.tsv.gz",
        [
            "DrugBank open data vocabulary: DrugBank id, common name, synonyms incl. code names",
            "source: DrugBank open vocabulary (go.drugbank.com/releases/latest#open-data)",
            "licence: CC0 1.0",
        ],
        ["drugbank_id", "name", "synonyms"],
        rows,
    )
    return len(rows)


def compile_table(out: Path) -> None:
    from oncokg.loaders.vocab_compile import COMPILED, write_compiled

    tables = write_compiled(out)
    size = (out / COMPILED).stat().st_size / 1e6
    print(f"keys={len(tables.packed)} short={len(tables.short)} -> {COMPILED} ({size:.1f} MB)")


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "--compile":
        compile_table(Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT)
        return 0
    data = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    out.mkdir(parents=True, exist_ok=True)
    genes = build_genes(data, out)
    diseases, version = build_diseases(data, out)
    drugs = build_drugs(data, out)
    print(f"genes={genes} diseases={diseases} (DO {version}) drugs={drugs} -> {out}")
    compile_table(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
