"""Compile the shipped vocabularies into the final key table, and store it precompiled.

`tables_from_sources()` applies every vocabulary rule (which surfaces become automaton keys,
with which senses) to the gzip TSVs and `curated.json`; that takes seconds. `scripts/
build_vocab.py` runs it once and writes the result to `vocab/compiled.tsv.gz`, so a normal
load is only decompress + split + `add_word` + `make_automaton`.

The compiled file carries a fingerprint of everything it was made from (the source files and
the source of this module and `vocabulary.py`); `load_tables()` uses it only when the
fingerprint still matches and otherwise compiles from the sources, so a stale or damaged file
costs time, never correctness. Rebuild with `scripts/build_vocab.py --compile`.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from oncokg.loaders.vocabulary import (
    BIOMARKER_STATUS,
    DISEASE,
    DRUG,
    FOLD_TABLE,
    GENE,
    NOT_ORG,
    ORG,
    Entry,
    company_spellings,
    decode_entries,
    encode_entries,
    fold,
    fold_case,
    key_of,
    singular,
)

FORMAT = "oncokg-vocab-compiled 2"
COMPILED = "compiled.tsv.gz"
SOURCES = ("genes.tsv.gz", "diseases.tsv.gz", "drugs.tsv.gz", "curated.json")
_SECTION = "\x1d"
_CODE = re.compile(r"\d")
# "Anti-CD3", "GPRC5D-CAR-T", "CD19 CART": what a drug acts on and its class, no drug's name
_DESCRIPTION = re.compile(
    r"anti[- ]?[A-Z0-9]|[A-Z0-9]{2,8}[- ]?CAR[- ]?T\b|[A-Z0-9]{2,8}[- ]?CART\b", re.IGNORECASE
)
_GENERIC_DRUG = re.compile(
    r"\b(?:cells?|therapy|antibod(?:y|ies)|vaccines?|inhibitors?|agents?|extract)\b", re.I
)

# Reference-data forms that never occur in press-release prose, so they only cost automaton
# size: systematic chemical names (locants "4-(...)", "N-acetyl", "1,10-"), qualifiers in
# parentheses or after commas ("somatropin (rDNA origin)", "thymoma, mixed type"), and
# HGNC's catalogue-style gene names ("solute carrier family 5 member 3"; a gene name's
# qualifier in brackets after a blank, "(inactive)", but not a chemical name's brackets inside
# a word, "poly(ADP-ribose) polymerase 1"). Curated entries are never cut.
# (a locant or an N-, L- or D- prefix before one word is a name prose uses: "5-fluorouracil",
# "N-acetylcysteine", "L-asparaginase")
_CHEMICAL = re.compile(
    r"[(),;\[\]]|^\d+(?:,\d+)*'?\s[a-z](?!\w*$)|^(?:n|o|s|d|l|dl|alpha|beta)\s(?:\(|[a-z](?!\w*$))"
    r"|\b\d+'"
)
_CATALOGUE_GENE = re.compile(
    r"[,;]|(?<!\w)\(|\)(?![\s\w])|\bfamily \w+ (?:subfamily|member)|\bmember \d|domain containing|"
    r"open reading frame|\bzinc finger"
)
_INVERTED = re.compile(r"[(),;\[\]]")
# A qualifier in brackets after a blank (one level of brackets inside): "(Drosophila)",
# "(Ki-1)", "(NADP+)"
_QUALIFIER = re.compile(r"\s+\((?:[^()]|\([^()]*\))*\)")
# INNs in Latin, Spanish, Italian or French spelling ("ribavirinum", "quinidina").
_FOREIGN_ENDINGS = ("um", "a", "o", "e", "i")

Reader = Callable[[str], bytes]


def _foreign_inn(name: str, synonym: str) -> bool:
    """True for a one-word synonym that is the INN `name` with another language's ending."""
    if " " in synonym or synonym == name or len(name) < 5:
        return False
    stem = name[:-1] if name.endswith(("e", "a", "o")) else name
    return synonym.startswith(stem) and synonym[len(stem) :] in _FOREIGN_ENDINGS


def package_reader(name: str) -> bytes:
    """Bytes of a file in the shipped `oncokg/loaders/vocab/` folder."""
    return resources.files("oncokg.loaders").joinpath("vocab", name).read_bytes()


def folder_reader(folder: Path) -> Reader:
    """A reader of the vocabulary files in `folder` (the build script's output folder)."""
    return lambda name: (folder / name).read_bytes()


@dataclass
class Tables:
    """The heavy, data-derived part of the vocabulary.

    `packed` maps each automaton key to its encoded senses, decoded only for keys that
    actually match (`decode_entries`)."""

    packed: dict[str, str] = field(default_factory=dict)
    short: dict[str, list[Entry]] = field(default_factory=dict)
    gene_ids: dict[str, str] = field(default_factory=dict)
    gene_surface: dict[str, str] = field(default_factory=dict)
    disease_names: dict[str, str] = field(default_factory=dict)
    drug_names: dict[str, str] = field(default_factory=dict)
    drug_by_key: dict[str, str] = field(default_factory=dict)
    disease_classes: dict[str, str] = field(default_factory=dict)  # key -> DOID
    disease_parent: dict[str, str] = field(default_factory=dict)  # DOID -> its parent's DOID
    counts: dict[str, int] = field(default_factory=dict)
    source: str = ""  # "compiled" or "sources"


def fingerprint(read: Reader = package_reader) -> str:
    """Hash of the source files and of the code that turns them into keys."""
    digest = hashlib.sha256(FORMAT.encode())
    for name in SOURCES:
        digest.update(name.encode() + b"\0" + read(name) + b"\0")
    here = Path(__file__).resolve().parent
    for module in ("vocab_compile.py", "vocabulary.py"):
        path = here / module
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    return digest.hexdigest()


# ---------------------------------------------------------------------------- from sources

_FOLD_FILE = {k: v for k, v in FOLD_TABLE.items() if chr(k) not in "\n\t"}


@dataclass
class _Table:
    """A TSV file as three parallel row lists: original, case-kept folded, lower folded.

    Folding the whole file in one `translate` call is ~5x faster than per-surface folding."""

    raw: list[list[str]]
    cased: list[list[str]]
    low: list[list[str]]


def _rows(read: Reader, name: str) -> _Table:
    text = gzip.decompress(read(name)).decode("utf-8")
    folded = text.translate(_FOLD_FILE)
    low = folded.lower()
    if len(low) != len(folded):
        low = fold(folded.replace("\n", "\x00").replace("\t", "\x01"))
        low = low.replace("\x00", "\n").replace("\x01", "\t")

    def split(blob: str) -> list[list[str]]:
        rows = blob.split("\n")
        body = [line for line in rows if line and not line.startswith("#")][1:]
        return [line.split("\t") for line in body]

    return _Table(split(text), split(folded), split(low))


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


_GREEK = {"A": "α", "B": "β", "G": "γ", "D": "δ", "E": "ε", "K": "κ"}
_GREEK_WORDS = {"alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "kappa": "κ"}
# A subunit letter after a number or a receptor R: HIF2A is written HIF-2α, PDGFRA PDGFRα.
_SUBUNIT = re.compile(r"([A-Z]{2,}\d*R?|[A-Z]{2,}\d+)([ABGDEK])(\d?)")


def _gene_variants(symbol: str) -> list[str]:
    """BCL2 -> BCL-2, JAK1 -> JAK-1, HIF2A -> HIF-2α, PDGFRA -> PDGFRα, BAFFR -> BAFF-R,
    ER-alpha -> ERα, dectin-2 -> Dectin-2: the spellings press releases use."""
    out = [symbol]
    match = re.fullmatch(r"([A-Z]{2,})(\d+[A-Z]?)", symbol)
    if match:
        out.append(f"{match.group(1)}-{match.group(2)}")
    receptor = re.fullmatch(r"([A-Z]{3,}\d*)R", symbol)
    if receptor:  # BAFFR -> BAFF-R
        out.append(f"{receptor.group(1)}-R")
    spelled = re.fullmatch(r"([A-Z][A-Za-z0-9]*)[- ](alpha|beta|gamma|delta|kappa)", symbol)
    if spelled:  # ER-alpha -> ERα
        out.append(spelled.group(1) + _GREEK_WORDS[spelled.group(2)])
    if re.fullmatch(r"[a-z]{4,}-\d+[a-z]?", symbol):  # dectin-2 -> Dectin-2, as a name is written
        out.append(symbol.capitalize())
    if re.fullmatch(r"[A-Z]{3,}\d+", symbol):  # TROP2 -> Trop2, CDC7 -> Cdc7: a protein's
        out.append(symbol.capitalize())  # name written as a word
    subunit = _SUBUNIT.fullmatch(symbol)
    # (a numbered subunit only of a receptor: IL13RA1 -> IL-13Rα1)
    if subunit and (
        (subunit.group(1)[-1].isdigit() and not subunit.group(3)) or subunit.group(1).endswith("R")
    ):
        stem, greek = subunit.group(1), _GREEK[subunit.group(2)] + subunit.group(3)
        out.append(f"{stem}{greek}")
        hyphen = re.fullmatch(r"([A-Z]{2,})(\d+R?)", stem)
        if hyphen:
            out.append(f"{hyphen.group(1)}-{hyphen.group(2)}{greek}")
    return out


_GREEK_LETTERS = {v: k for k, v in _GREEK_WORDS.items()}


def _spelled_greek(form: str) -> list[str]:
    """IL-1β -> IL-1 beta, IL-1-beta, IL-1beta; PDGFRα -> PDGFR-α: a Greek letter as releases
    also spell it."""
    out = []
    for letter, word in _GREEK_LETTERS.items():
        if letter in form:
            out += [form.replace(letter, f" {word}"), form.replace(letter, f"-{word}")]
            out.append(form.replace(letter, word))
            if f"-{letter}" not in form and not form.startswith(letter):
                out.append(form.replace(letter, f"-{letter}"))
    return out


# An interleukin's symbol, which releases also spell out: IL-17 is "interleukin-17" (HGNC
# spells out approved names only: "interleukin 17A").
_INTERLEUKIN = re.compile(r"IL-?(\d+[A-Z]?)")


def _greek_named(form: str, names: str) -> bool:
    """Whether a form's Greek letter is one the gene's names (lower-cased) spell: FRA read as
    "FRα" names no alpha subunit of a gene whose names have no "alpha". A gene named as a
    whole receptor ("interleukin 7 receptor") is its alpha chain: IL7RA is written IL-7Rα."""
    greek = [c for c in form if c in _GREEK_LETTERS]
    if not greek or _GREEK_LETTERS[greek[0]] in names or greek[0] in names:
        return True
    return greek[0] == "α" and form.endswith("Rα") and names.split("|")[0].endswith(" receptor")


_RECEPTOR_SUBUNIT = re.compile(r"((?:[a-z][a-z0-9]*[ -]){1,5})receptor (alpha|beta|gamma|delta)")


def _receptor_subunit_initials(names: str) -> list[str]:
    """ "folate receptor alpha" is written FRα: the initials of the first name of that shape
    (a receptor's Greek-lettered subunit), "R" and the letter."""
    for name in names.split("|"):
        shape = _RECEPTOR_SUBUNIT.fullmatch(name)
        if shape:
            words = re.split(r"[ -]", shape.group(1).strip())
            return ["".join(w[0].upper() for w in words) + "R" + _GREEK_WORDS[shape.group(2)]]
    return []


def _cellular_forms(symbol: str, names: str) -> list[str]:
    """A proto-oncogene's cellular form, as releases write it: MET -> c-Met, c-MET;
    ABL1 -> c-Abl (HGNC names the gene "... proto-oncogene")."""
    if "proto-oncogene" not in names:
        return []
    stem = symbol[:-1] if re.fullmatch(r"[A-Z]{3,}1", symbol) else symbol
    if not re.fullmatch(r"[A-Z]{3,}", stem):
        return []
    return [f"c-{stem}", f"c-{stem.capitalize()}"]


def _cased_as_named(symbol: str, names: str) -> list[str]:
    """The symbol as the gene's own name writes it, a code with a digit in mixed case:
    C1S is "complement C1s", CD3E "CD3e molecule" (English words such as "clock" are left)."""
    return sorted(
        {
            word
            for word in re.split(r"[ ,/()|]+", names)
            if word.lower() == symbol.lower()
            and word != symbol
            and any(c.isdigit() for c in word)
            and any(c.isupper() for c in word)
        }
    )


# A family's member named by a letter after the family word ("selectin P"), and one the
# reference already writes with the letter first ("P-cadherin", "E-Cadherin", "VE-cadherin")
_LETTER_AFTER_FAMILY = re.compile(r"([a-z]{5,}) ([A-Z])")
_LETTER_BEFORE_FAMILY = re.compile(r"([A-Z]{1,2})-([A-Za-z][a-z]{4,})")


def _letter_first(name: str, approved: str, symbols: set[str]) -> list[str]:
    """A member of a protein family named by a letter, as releases write it: the letter first,
    joined by a hyphen ("P-selectin", "E-cadherin"). "selectin P" is written so when one of
    the gene's other symbols spells the letter first, before the family word's stem (PSEL;
    no symbol of "cathepsin K" or "apolipoprotein E" does); a letter-first name the reference
    lists is kept when the gene's approved name opens with that family word ("cadherin 3":
    "P-cadherin"; not "P-protein" of a gene the reference calls otherwise)."""
    after = _LETTER_AFTER_FAMILY.fullmatch(name)
    if after and after.group(2) + after.group(1)[:3].upper() in symbols:
        return [f"{after.group(2)}-{after.group(1)}"]
    before = _LETTER_BEFORE_FAMILY.fullmatch(name)
    if before and approved.split(" ")[0].lower() == before.group(2).lower():
        return [name]
    return []


def _name_variants(name: str) -> list[str]:
    """ "folate receptor alpha" is also written "folate receptor α"; a "serine/threonine
    kinase" is also written as UniProt names it, "serine/threonine-protein kinase"."""
    words = name.split(" ")
    greek = [_GREEK_WORDS.get(w, w) for w in words]
    out = [name, " ".join(greek)] if greek != words else [name]
    if " receptor subunit " in name:  # "interleukin 13 receptor alpha 1", as releases write it
        out += [n.replace(" receptor subunit ", " receptor ") for n in out]
    if "serine/threonine kinase" in name:
        out.append(name.replace("serine/threonine kinase", "serine/threonine-protein kinase"))
    # "histamine receptor H4" is written "histamine H4 receptor" ("adenosine A2a receptor")
    if (subtype := _RECEPTOR_SUBTYPE.fullmatch(name)) is not None:
        out.append(f"{subtype.group(1)} {subtype.group(2)} receptor")
    # "endothelin receptor type A" is written "endothelin A receptor", "angiotensin II
    # receptor type 1" "angiotensin II type 1 receptor" (or "subtype 1")
    if (typed := _RECEPTOR_TYPE.fullmatch(name)) is not None:
        ligand, kind = typed.groups()
        out += [f"{ligand} type {kind} receptor", f"{ligand} subtype {kind} receptor"]
        if kind[0].isalpha():
            out.append(f"{ligand} {kind} receptor")
    # "IL2 inducible T cell kinase": releases spell the interleukin out
    out += [_IL_IN_NAME.sub(r"interleukin-\1", n) for n in out if _IL_IN_NAME.search(n)]
    # British spelling: "tumour necrosis factor", "myeloid cell leukaemia 1"
    out += [n.replace(us, uk) for n in out for us, uk in _BRITISH if us in n]
    # a chemical name's brackets, also written apart: "poly (ADP-ribose) polymerase 1"
    out += [re.sub(r"(?<=\w)\(", " (", n) for n in out if re.search(r"\w\(", n)]
    return out


_RECEPTOR_SUBTYPE = re.compile(r"(\w+) receptor ([A-Z]\w{0,3})")
_RECEPTOR_TYPE = re.compile(r"([\w -]+?) receptor type (\w{1,3})")
_IL_IN_NAME = re.compile(r"\bIL(\d+[A-Z]?)\b")


# British spellings of disease words, and the forms press releases use for a label's head.
_BRITISH = (
    ("tumor", "tumour"),
    ("leukemia", "leukaemia"),
    ("hematolog", "haematolog"),
    ("hemato", "haemato"),
    ("esophag", "oesophag"),
    ("anemia", "anaemia"),
    ("hemangio", "haemangio"),
    ("edema", "oedema"),
    ("pediatric", "paediatric"),
)
# The same spelling at any disease word, each an American pattern, its British form, and the
# British pattern back: a word's "hem" before "a" or "o" ("haemophilia", "haemolytic",
# "haemorrhagic"; "hemiplegia" is one word in both), "-emia" after a consonant
# ("polycythaemia", "thalassaemia")
_BRITISH_FORMS = (
    (re.compile(r"\b([Hh])em(?=[ao])"), r"\1aem", re.compile(r"\b([Hh])aem(?=[ao])"), r"\1em"),
    (re.compile(r"(?<=[^\Waeiou])emia"), "aemia", re.compile(r"(?<=[^\Waeiou])aemia"), "emia"),
)
_HEAD_FORMS = {"carcinoma": "cancer"}
# DO names a site by its noun ("esophagus squamous cell carcinoma"), releases by its adjective.
_ORGAN_ADJECTIVES = {
    "esophagus": "esophageal",
    "stomach": "gastric",
    "kidney": "renal",
    "pancreas": "pancreatic",
    "ovary": "ovarian",
    "cervix": "cervical",
    "uterus": "uterine",
    "rectum": "rectal",
    "thyroid gland": "thyroid",
    "skin": "cutaneous",
    "testis": "testicular",
    "penis": "penile",
    "vulva": "vulvar",
    "vagina": "vaginal",
    "larynx": "laryngeal",
    "pharynx": "pharyngeal",
    "nasopharynx": "nasopharyngeal",
    "oropharynx": "oropharyngeal",
    "adrenal gland": "adrenal",
    "anus": "anal",
    "appendix": "appendiceal",
    "endometrium": "endometrial",
    "peritoneum": "peritoneal",
    "pleura": "pleural",
    "thymus": "thymic",
}
_ORGAN_NOUN = re.compile(rf"^({'|'.join(sorted(_ORGAN_ADJECTIVES, key=len, reverse=True))}) ")
_DROPPED_QUALIFIERS = {"mellitus"}
_EPONYM = re.compile(r"\b([A-Z][a-z]+s)\b(?!')")
_MALIGNANT = re.compile(r"^malignant (?=\w)")
_EPONYM_APOSTROPHE = re.compile(r"\b([A-Z][a-z]+s)'(?= )")
_EPONYM_NAME = re.compile(r"^([A-Z][a-zà-ÿ]+[a-rt-zà-ÿ])(?= )")


# A label of an organ, system or mechanism class ("eye disease", "autoimmune disease"), or
# one of DO's "disease of/by" classes (with its synonyms "metabolic disease", "infectious
# disease"), with many terms under it in DO: releases name such classes as background, not
# as indications.
_CLASS_LABEL = re.compile(r"^(?:(?:[a-z\-]+ ){1,2}(?:disease|disorder)|disease (?:of|by) .+)$")
CLASS_SUBCLASSES = 50


_IMMUNOGLOBULIN = re.compile(r"\bIg([ADEGM]\d?)\b")


# A prefix glued to a word, which releases also write with a hyphen ("posttransplant",
# "antisynthetase", "nonalcoholic")
_GLUED_PREFIX = re.compile(r"\b(anti|non|post|pre|auto|intra|extra|peri|hyper|hypo)([a-z]{4,})")


def _disease_variants(surface: str) -> list[str]:
    """A label as releases write it: "cancer" for "carcinoma", British spellings, an
    eponym's apostrophe ("Graves'"). Plurals are left out: releases name background classes
    in the plural ("autoimmune diseases"), indications in the singular."""
    out = [surface]
    words = surface.split(" ")
    head = words[-1]
    if head in _HEAD_FORMS:
        out.append(" ".join([*words[:-1], _HEAD_FORMS[head]]))
    elif " carcinoma of " in surface:  # "squamous cell cancer of the head and neck"
        out.append(surface.replace(" carcinoma of ", " cancer of "))
    if " tract " in surface and head in ("cancer", "carcinoma"):  # "biliary cancer"
        out += [v.replace(" tract ", " ") for v in list(out)]
    if head in _DROPPED_QUALIFIERS and len(words) > 2:  # "type 1 diabetes"
        out.append(" ".join(words[:-1]))
    organ = _ORGAN_NOUN.match(surface)
    if organ and len(words) > len(organ.group(1).split(" ")):
        adjective = _ORGAN_ADJECTIVES[organ.group(1)]
        out += [adjective + v[organ.end(1) :] for v in list(out)]
    for american, british in _BRITISH:  # (either way: DO writes some labels British)
        out += [v.replace(american, british) for v in list(out) if american in v]
        out += [v.replace(british, american) for v in list(out) if british in v]
    for american_form, british, british_form, american in _BRITISH_FORMS:
        out += [american_form.sub(british, v) for v in list(out) if american_form.search(v)]
        out += [british_form.sub(american, v) for v in list(out) if british_form.search(v)]
    if " and " in surface:  # "head and neck cancer", also "head & neck cancer"
        out += [v.replace(" and ", " & ") for v in list(out)]
    if "-versus-" in surface:  # "graft-versus-host disease", also "graft v host disease"
        out += [v.replace("-versus-", f" {vs} ") for v in list(out) for vs in ("vs", "vs.", "v")]
    if _GLUED_PREFIX.search(surface):  # "antisynthetase syndrome", also "anti-synthetase ..."
        out += [_GLUED_PREFIX.sub(r"\1-\2", v) for v in list(out)]
    if _IMMUNOGLOBULIN.search(surface):  # "IgA nephropathy" is also "immunoglobulin A nephropathy"
        out += [_IMMUNOGLOBULIN.sub(r"immunoglobulin \1", v) for v in list(out)]
    if _EPONYM_APOSTROPHE.search(surface):  # "Wilms' tumor" is also "Wilms tumor"
        out.append(_EPONYM_APOSTROPHE.sub(r"\1", surface))
    elif _EPONYM.search(surface):
        out.append(_EPONYM.sub(r"\1'", surface))
    elif _EPONYM_NAME.match(surface) and len(words) > 1:  # "Waldenström's macroglobulinemia"
        out.append(_EPONYM_NAME.sub(r"\1's", surface, count=1))
    return list(dict.fromkeys(out))


def _is_cased_disease(surface: str) -> bool:
    return (
        len(surface) <= 6
        and any(c.isupper() for c in surface[1:] + surface[:1])
        and (surface.isupper() or sum(c.isupper() for c in surface) >= 2)
    )


_FAMILY_MEMBER = re.compile(r"([A-Z]{3,})\d+[A-Z]?")


_LETTERED_MEMBER = re.compile(r"([A-Z]{3,})([A-Z]\d+)")


def _add_genes(read: Reader, cur: dict[str, Any], b: _Builder, t: Tables) -> int:
    """Symbols and aliases keep their case (many are English words or abbreviations)."""
    alias_owner: dict[str, set[str]] = {}
    genes = _rows(read, "genes.tsv.gz")
    for hgnc_id, symbol, aliases, prev, _names in genes.raw:
        t.gene_ids[symbol] = hgnc_id
        for alias in aliases.split("|") + prev.split("|"):
            if alias:
                alias_owner.setdefault(alias, set()).add(symbol)
    for row, low_row in zip(genes.raw, genes.low, strict=True):
        symbol, aliases, prev, names = row[1], row[2], row[3], row[4]
        for variant in _gene_variants(symbol):
            for form in (variant, *_spelled_greek(variant)):
                t.gene_surface.setdefault(form, symbol)
                cased = form.replace("-", " ")
                b.add(form, Entry(GENE, symbol, cased, 1), cased.lower())
        member = _LETTERED_MEMBER.fullmatch(symbol)
        if member and f"member {member.group(2).lower()}" in low_row[4]:
            form = f"{member.group(1)}-{member.group(2)}"  # family member A4 -> FAM-A4
            t.gene_surface.setdefault(form, symbol)
            cased = form.replace("-", " ")
            b.add(form, Entry(GENE, symbol, cased, 1), cased.lower())
        for form in _cased_as_named(symbol, names):
            t.gene_surface.setdefault(form, symbol)
            b.add(form, Entry(GENE, symbol, form, 1), form.lower())
        for form in _cellular_forms(symbol, names):
            t.gene_surface.setdefault(form, symbol)
            b.add(form, Entry(GENE, symbol, form.replace("-", " "), 2))
        if symbol.startswith("HLA-"):  # "HLA-G", spelt out: "human leukocyte antigen G"
            for form in (
                f"human leukocyte antigen {symbol[4:]}",
                f"human leukocyte antigen-{symbol[4:]}",
            ):
                b.add(form, Entry(GENE, symbol, "", 4))
        for rank, group in ((2, aliases), (3, prev)):
            for alias in filter(None, group.split("|")):
                if len(alias_owner[alias]) > 1 or alias in t.gene_ids or len(alias) < 3:
                    continue
                member = _FAMILY_MEMBER.fullmatch(symbol)
                if (
                    member
                    and member.group(1) == alias
                    and (symbol != f"{alias}1" or f"{alias}2" in t.gene_ids)
                ):
                    continue  # a family's name ("HDAC", "PARP") is no one member's alias
                for variant in _gene_variants(alias):
                    if not _greek_named(variant, low_row[4]):
                        continue
                    for form in (variant, *_spelled_greek(variant)):
                        t.gene_surface.setdefault(form, symbol)
                        cased = form.replace("-", " ")
                        b.add(form, Entry(GENE, symbol, cased, rank), cased.lower())
                if spelled := _INTERLEUKIN.fullmatch(alias):  # IL-17 -> "interleukin-17"
                    b.add(f"interleukin {spelled.group(1)}", Entry(GENE, symbol, "", rank))
        for gene_name, key in zip(names.split("|"), low_row[4].split("|"), strict=True):
            if (short := _QUALIFIER.sub("", gene_name)) != gene_name:
                # "anaplastic lymphoma kinase (Ki-1)", "enhancer of zeste homolog 2
                # (Drosophila)": releases write the name without its qualifier
                gene_name, key = short, short.lower()
            if len(gene_name) >= 10 and " " in gene_name and not _CATALOGUE_GENE.search(key):
                for variant in _name_variants(gene_name):
                    b.add(variant, Entry(GENE, symbol, "", 4), key_of(variant))
            elif len(gene_name) >= 7 and gene_name.isalpha() and gene_name.islower():
                # a protein's one-word name ("mesothelin"): a target only where a drug's
                # words place it, like every gene mention
                b.add(gene_name, Entry(GENE, symbol, "", 4), key)
            for form in _letter_first(
                gene_name, names.split("|")[0], {*aliases.split("|"), *prev.split("|")}
            ):
                b.add(form, Entry(GENE, symbol, "", 4), key_of(form))
    for row in genes.raw:  # after every symbol and alias, so none of theirs is taken
        for form in _receptor_subunit_initials(row[4]):
            if form not in t.gene_surface:
                t.gene_surface[form] = row[1]
                b.add(form, Entry(GENE, row[1], form, 2))
    for written, symbol in cur["target_synonyms"].items():
        if not symbol:
            continue
        if symbol in cur["target_complexes"]:
            t.gene_ids.setdefault(symbol, "")
        # the cellular-homologue prefix is also written without its hyphen: "cMET", "cKit"
        joined = [f"c{written[2:]}"] if written.startswith("c-") and written[2:3].isupper() else []
        t.gene_surface[written] = symbol
        for surface in (written, *joined, *_spelled_greek(written)):
            t.gene_surface.setdefault(surface, symbol)
            cased = (
                "" if (len(surface) >= 5 and surface[:1].islower()) or " " in surface else surface
            )
            b.add(surface, Entry(GENE, symbol, fold_case(cased), 0))
            if cased[:1].isupper() and cased[1:3].isalpha() and cased[1:3].islower():
                # a protein's name, capitalised as a word is: "claudin18.2", "nectin-4" too
                lowered = cased[0].lower() + cased[1:]
                b.add(surface, Entry(GENE, symbol, fold_case(lowered), 0))
    return len(genes.raw)


def _add_diseases(read: Reader, cur: dict[str, Any], b: _Builder, t: Tables) -> None:
    """DO labels and EXACT synonyms, case-insensitive except short abbreviations."""
    generic = {key_of(w) for w in cur["generic_disease_words"]}
    generic |= {key_of(w) for w in cur["not_disease_abbreviations"]}
    by_key: dict[str, str] = {}
    diseases = _rows(read, "diseases.tsv.gz")
    label_ids = {lrow[1]: row[0] for row, lrow in zip(diseases.raw, diseases.low, strict=True)}
    named = {k for lrow in diseases.low for k in (lrow[1], *lrow[2].split("|"))}
    _add_qualified_heads(diseases, named, generic, b)
    for row, crow, lrow in zip(diseases.raw, diseases.cased, diseases.low, strict=True):
        doid, name = row[0], row[1]
        t.disease_names[doid] = name
        if len(row) > 4 and row[4]:
            t.disease_parent[doid] = row[4]
        surfaces = [name, *filter(None, row[2].split("|"))]
        cased_forms = [crow[1], *filter(None, crow[2].split("|"))]
        keys = [lrow[1], *filter(None, lrow[2].split("|"))]
        is_class = _CLASS_LABEL.match(name) and int(row[3]) >= CLASS_SUBCLASSES
        for surface, cased, key in zip(surfaces, cased_forms, keys, strict=True):
            if key in generic or len(key) < 3:
                continue
            status = BIOMARKER_STATUS.match(surface)
            base = label_ids.get(key_of(surface[status.end() :])) if status else None
            if base:  # "HER2-negative breast cancer" is breast cancer for a marker's patients
                b.add(surface, Entry(DISEASE, base, "", 2), key)
                continue
            by_key.setdefault(key, doid)
            if is_class:
                t.disease_classes[key] = doid
            if _INVERTED.search(key):
                continue
            form = cased if _is_cased_disease(surface) else ""
            rank = 2 if surface != name else 1
            b.add(surface, Entry(DISEASE, doid, form, rank), key)
            if not form:
                variants = _disease_variants(surface)[1:]
                unqualified = _MALIGNANT.sub("", surface)
                if unqualified != surface and key_of(unqualified) not in named:
                    # "mesothelioma": releases leave out "malignant" when no other term has it
                    variants += _disease_variants(unqualified)
                for variant in variants:
                    variant_key = key_of(variant)
                    if variant_key not in generic:
                        b.add(variant, Entry(DISEASE, doid, "", rank + 1), variant_key)
    for surface, label in cur["disease_forms"].items():
        ref = by_key.get(key_of(label), label)
        cased = fold_case(surface) if _is_cased_disease(surface) else ""
        b.add(surface, Entry(DISEASE, ref, cased, 0))
        if ref == label:  # a form the ontology lacks ("SLL") is also written out in full
            b.add(label, Entry(DISEASE, label, "", 0))
    broad = set(t.disease_classes.values())
    # one node per class, however it is spelt: the ontology's where a spelling has its id
    spellings: dict[str, list[str]] = {}
    for surface in cur["broad_diseases"]:
        spellings.setdefault(_spelling_fold(surface), []).extend(_class_spellings(surface))
    for forms in spellings.values():
        ids = [by_key[key_of(f)] for f in forms if by_key.get(key_of(f), "").startswith("DOID:")]
        ref = ids[0] if ids else forms[0]
        broad.add(ref)
        for form in dict.fromkeys(forms):
            if by_key.get(key_of(form), ref) == ref:  # (not a spelling of another disease)
                b.add(form, Entry(DISEASE, ref, "", 0))
    # A class is broad however it is spelt: "auto-immune disease", "leukaemia", "renal disease"
    for key, entries in b.table.items():
        doid = next((e.ref for e in entries if e.kind == DISEASE and e.ref in broad), "")
        if doid and key not in t.disease_classes:
            t.disease_classes[key] = doid


def _add_qualified_heads(diseases: _Table, named: set[str], generic: set[str], b: _Builder) -> None:
    """A label qualified after a comma ("diffuse midline glioma, H3 K27-altered") is written
    by its head ("H3 K27M-mutant diffuse midline glioma"): the head, when no term names it
    and it heads one term only, is a disease of its own (no id: the term is narrower)."""
    # (a head ends with a disease's head noun, as ten labels or more do: "glioma", not "cell")
    nouns = Counter(lrow[1].split()[-1] for lrow in diseases.low if lrow[1])
    taken = named | generic
    terms: dict[str, set[str]] = {}
    for row in diseases.raw:
        for surface in (row[1], *filter(None, row[2].split("|"))):
            if "," in surface and not _INVERTED.search(surface.replace(",", "")):
                head = surface.split(",")[0].strip()
                if (
                    " " in head
                    and nouns[head.split()[-1].lower()] >= 10
                    and key_of(head) not in taken
                    and key_of(_MALIGNANT.sub("", head)) not in named  # ("malignant lymphoma")
                ):
                    terms.setdefault(head, set()).add(row[0])
    for head, doids in terms.items():
        if len(doids) == 1:
            b.add(head, Entry(DISEASE, head, "", 3), key_of(head))


def _class_spellings(surface: str) -> list[str]:
    """A class's name as releases spell it: singular and plural ("hematologic tumor",
    "malignancies"), British and American, "-ic" and "-ical", "B-cell" and "B cell"."""
    words = surface.split(" ")
    heads = [words[-1]]  # (and the other heads of its family: "solid cancers")
    family = _head_family(singular(words[-1]).replace("tumour", "tumor"))
    if len(words) > 1 and family:
        heads += [h + "s" if words[-1] != singular(words[-1]) else h for h in family]
        heads = [h.replace("ys", "ies") for h in heads]
    out = [surface]
    for head in dict.fromkeys(heads):
        out += [" ".join([*words[:-1], head]), " ".join([*words[:-1], _other_number(head)])]
    if len(words) > 1 and words[0].endswith(("ic", "ical")):
        first = words[0][:-2] if words[0].endswith("ical") else words[0] + "al"
        out += [" ".join([first, *v.split(" ")[1:]]) for v in list(out)]
    for american, british in _BRITISH:
        out += [v.replace(american, british) for v in list(out) if american in v]
        out += [v.replace(british, american) for v in list(out) if british in v]
    out += [v.replace("-", " ") for v in list(out) if "-" in v]
    return list(dict.fromkeys(out))


# The heads of a class's name, one class whichever of its family: a cancer class ("solid
# tumors", "solid cancers"), a class of diseases ("inflammatory diseases", "... conditions";
# its indications are the class: "develop X for autoimmune indications")
_CLASS_HEADS = (
    ("tumor", "cancer", "malignancy"),
    ("disease", "disorder", "condition", "indication"),
)


def _head_family(head: str) -> tuple[str, ...]:
    """The heads that name a class alike with `head` (singular), or none."""
    return next((family for family in _CLASS_HEADS if head in family), ())


def _other_number(word: str) -> str:
    """ "tumors" for "tumor" and back, "malignancies" for "malignancy" and back."""
    if word != singular(word):
        return singular(word)
    return word[:-1] + "ies" if word.endswith("y") else word + "s"


def _spelling_fold(surface: str) -> str:
    """What stays of a class name once spelling is set aside: "solid tumours" and "solid
    cancer", "haematological" and "hematologic", "B-cell" and "B cell" fold alike."""
    low = surface.lower().replace("-", " ")
    for american, british in _BRITISH:
        low = low.replace(british, american)
    words = [re.sub(r"(?:ical|ic)$", "", singular(word)) for word in low.split()]
    family = _head_family(words[-1])
    if len(words) > 1 and family:
        words[-1] = family[0]
    return " ".join(words)


def _add_drugs(read: Reader, cur: dict[str, Any], b: _Builder, t: Tables) -> None:
    """INNs and code names; English-word names are skipped."""
    drug_stop = {key_of(w) for w in cur["drug_stopwords"]}
    drugs = _rows(read, "drugs.tsv.gz")
    for row, crow, lrow in zip(drugs.raw, drugs.cased, drugs.low, strict=True):
        dbid, name = row[0], row[1]
        t.drug_names[dbid] = name
        if (_GENERIC_DRUG.search(name) and not _CODE.search(name)) or _DESCRIPTION.match(name):
            continue  # a class ("CAR T cells", "Anti-CD19 CAR-T cells"), not a named drug
        surfaces = [name, *filter(None, row[2].split("|"))]
        cased_forms = [crow[1], *filter(None, crow[2].split("|"))]
        keys = [lrow[1], *filter(None, lrow[2].split("|"))]
        for surface, cased, key in zip(surfaces, cased_forms, keys, strict=True):
            if key in drug_stop or len(key) < 4 or _CHEMICAL.search(key):
                continue
            if surface != name and _DESCRIPTION.match(surface):
                continue  # "Anti-CD3" names what a drug acts on, not the drug
            if surface != name and _foreign_inn(lrow[1], key):
                continue
            has_digit = bool(_CODE.search(surface))
            if not has_digit and (len(key) < 5 or (surface != name and len(key) < 6)):
                continue
            t.drug_by_key.setdefault(key, dbid)
            # A short code, or a synonym in capitals that is a word ("MONITOR", a trade
            # name), names the drug only as written: "Monitor" opening a sentence is the verb.
            as_written = has_digit and len(surface) <= 5
            as_written |= surface != name and not has_digit and surface.isupper()
            form = cased if as_written else ""
            b.add(surface, Entry(DRUG, dbid, form, 1 if surface == name else 2), key)


def _add_brands(cur: dict[str, Any], b: _Builder, t: Tables) -> None:
    """Trade names the open DrugBank vocabulary lacks, each a mention of its INN's drug
    ("Amgen's blockbuster Enbrel", "rival product, Herceptin"): news retells a drug by its
    brand alone, with no ® or INN to tell it."""
    for brand, inn in cur["brands"].items():
        if dbid := t.drug_by_key.get(key_of(inn)):
            b.add(brand, Entry(DRUG, dbid, "", 2), key_of(brand))


def _add_curated(cur: dict[str, Any], b: _Builder) -> None:
    for canonical, extra in cur["companies"].items():
        parent = cur["subsidiary_parent"].get(canonical, canonical)
        for surface in [canonical, *extra]:
            for spelling in company_spellings(surface):
                b.add(spelling, Entry(ORG, parent, fold_case(spelling), 0))
    for surface in cur["not_organizations"]:
        b.add(surface, Entry(NOT_ORG, surface, fold_case(surface) if len(surface) <= 6 else "", 0))


def tables_from_sources(read: Reader = package_reader) -> Tables:
    """Apply the vocabulary rules to the TSV files and curated.json (slow: seconds)."""
    cur: dict[str, Any] = json.loads(read("curated.json").decode("utf-8"))
    b = _Builder()
    t = Tables(source="sources")
    genes = _add_genes(read, cur, b, t)
    _add_diseases(read, cur, b, t)
    _add_drugs(read, cur, b, t)
    _add_brands(cur, b, t)
    _add_curated(cur, b)
    t.packed = {key: encode_entries(entries) for key, entries in b.table.items()}
    t.short = b.short
    t.counts = {"genes": genes, "diseases": len(t.disease_names), "drugs": len(t.drug_names)}
    return t


# ---------------------------------------------------------------------------- compiled file


def _columns(mapping: dict[str, str]) -> list[str]:
    """A mapping as two sections, keys and values, so loading is two `split` calls."""
    return ["\n".join(mapping), "\n".join(mapping.values())]


def _mapping(keys: str, values: str) -> dict[str, str]:
    if not keys:
        return {}
    out = dict(zip(keys.split("\n"), values.split("\n"), strict=True))
    return out


_MAPPINGS = (
    "packed",
    "gene_ids",
    "gene_surface",
    "disease_names",
    "drug_names",
    "drug_by_key",
    "disease_classes",
    "disease_parent",
)


def dump(tables: Tables, print_: str) -> bytes:
    """The compiled file: a header, then sections separated by \\x1d (gzip, mtime 0)."""
    short = {k: encode_entries(v) for k, v in tables.short.items()}
    sections = [f"{FORMAT}\n{print_}\n{json.dumps(tables.counts, sort_keys=True)}"]
    sections += _columns(short)
    for name in _MAPPINGS:
        sections += _columns(getattr(tables, name))
    return gzip.compress(_SECTION.join(sections).encode("utf-8"), 9, mtime=0)


def parse(data: bytes, expected: str) -> Tables:
    """Tables from a compiled file; ValueError when it is not for `expected` sources."""
    text = gzip.decompress(data).decode("utf-8")
    parts = text.split(_SECTION)
    if len(parts) != 3 + 2 * len(_MAPPINGS):
        raise ValueError("compiled vocabulary: wrong number of sections")
    header = parts[0].split("\n")
    if len(header) != 3 or header[0] != FORMAT or header[1] != expected:
        raise ValueError("compiled vocabulary: stale or foreign fingerprint")
    short = _mapping(parts[1], parts[2])
    tables = Tables(
        short={k: decode_entries(v) for k, v in short.items()},
        counts=json.loads(header[2]),
        source="compiled",
    )
    for i, name in enumerate(_MAPPINGS):
        setattr(tables, name, _mapping(parts[3 + 2 * i], parts[4 + 2 * i]))
    return tables


def load_tables(read: Reader = package_reader) -> Tables:
    """The compiled tables when they match the sources, else tables compiled from them."""
    try:
        return parse(read(COMPILED), fingerprint(read))
    except (OSError, ValueError, EOFError, UnicodeDecodeError, KeyError):
        return tables_from_sources(read)


def write_compiled(folder: Path) -> Tables:
    """Compile the vocabulary files in `folder` and write `folder/compiled.tsv.gz`."""
    read = folder_reader(folder)
    tables = tables_from_sources(read)
    (folder / COMPILED).write_bytes(dump(tables, fingerprint(read)))
    return tables
