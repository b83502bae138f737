"""Load the shipped vocabularies once and compile them into one Aho-Corasick automaton.

Nothing is read at import time: `get_vocab()` loads and caches on first use, so importing the
package stays cheap and tests that never extract never pay for the load. The key table itself
is precompiled by `scripts/build_vocab.py` (see `vocab_compile`), so the load is a decompress,
one `add_word` per key and `make_automaton`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple, TypeVar

import ahocorasick

_ACCENTED = {"a": "àáâäå", "c": "ç", "e": "èéêë", "i": "íîï", "n": "ñ", "o": "óôöø", "u": "úûü"}
# Length-preserving folding: dashes become spaces, curly quotes become ', so "non-small cell"
# matches "non small-cell" and "Bruton’s" matches "Bruton's". Offsets stay valid.
FOLD_TABLE = str.maketrans(
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
        # look-alikes of the Greek alpha some releases are typed with ("IL-1\u237a")
        "\u237a": "\u03b1",
        "\u0251": "\u03b1",
        # accented letters as their base letter: "Behçet", "Waldenström", "Ménière"
        **{accented: base for base, letters in _ACCENTED.items() for accented in letters},
    }
)
# A biomarker status before a disease ("HER2- ", "HER2 positive ", "hormone receptor-positive/
# HER2-negative "): a qualifier, which ANNOTATION.md folds into the base disease
# (the vocabulary maps such labels to the base; a node is named without it).
BIOMARKER_STATUS = re.compile(
    r"(?:(?:[A-Z][A-Z0-9]{1,6}|hormone receptor|estrogen receptor|progesterone receptor)"
    r"(?:[ -]?(?:receptor[ -])?(?:positive|negative|null|zero|low|ultralow|amplified|mutant|"
    r"mutated)|[+-])(?:[/, ]+|(?= )))+\s*"
)


GENE, DISEASE, DRUG, ORG, NOT_ORG, PLATFORM = "gene", "disease", "drug", "org", "notorg", "platform"


# `str.translate` with a dict looks every character up; a few `replace` calls over the rare
# characters that actually fold are ~10x faster on document-sized text.
_FOLD_PAIRS = tuple((chr(k), str(v)) for k, v in FOLD_TABLE.items())
# (most names and many texts are ASCII: only these few may fold there)
_ASCII_FOLD_PAIRS = tuple((char, repl) for char, repl in _FOLD_PAIRS if char.isascii())


_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")


def company_spellings(name: str) -> list[str]:
    """A curated company's name, and for one word capitalised inside ("AstraZeneca",
    "BeiGene") the spelling news also gives it ("Astrazeneca", "Beigene")."""
    if " " in name or not name[:1].isupper() or not _INNER_CAPITAL.search(name):
        return [name]
    return [name, name[0] + name[1:].lower()]


def fold_case(text: str) -> str:
    """Translate separators and quotes, keeping case and length."""
    for char, repl in _ASCII_FOLD_PAIRS if text.isascii() else _FOLD_PAIRS:
        if char in text:
            text = text.replace(char, repl)
    return text


def lower_keep_length(text: str) -> str:
    """`text.lower()`, except characters whose lower case is longer stay as they are."""
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


@lru_cache(maxsize=4)
def document_lower(text: str) -> str:
    """`lower_keep_length` of a whole document, made once for the several passes that read it
    (the text is the key; the copies of the last few documents are kept)."""
    return lower_keep_length(text)


def lowered_pattern(pattern: str) -> re.Pattern[str]:
    """A case-insensitive pattern for already lower-cased text: literals lowered, escapes
    kept. Matching lowered text case-sensitively is 2-6x faster than re.IGNORECASE."""
    return re.compile(
        re.sub(
            r"\\.|[A-Z]",
            lambda m: m.group(0).lower() if len(m.group(0)) == 1 else m.group(0),
            pattern,
        )
    )


# A key matches only where a word (a run of letters and digits) starts. The automaton runs over
# the text with the character before each word made a space (most already are) and its keys
# open with a space, so it walks the trie from word starts only, not from every letter: half
# the time in the automaton (its 36 MB of nodes miss the cache) and a third of the hits to
# check. The pattern opens with a class (no ASCII letter, digit or blank) so that the engine
# skips to the few characters that may be marked; the lookbehind then says which (~2x faster).
_BEFORE_WORD = re.compile(r"[^ a-z0-9](?<=[^\w ]|_)(?=[^\W_])")


def mark_words(low: str) -> str:
    """`low` with the character before each word made a space, after a space for the start of
    the text: index i + 1 of the result is index i of `low`."""
    return " " + _BEFORE_WORD.sub(" ", low)


def fold(text: str) -> str:
    """Folded, lower-cased text of the same length as `text` (so offsets carry over)."""
    return lower_keep_length(fold_case(text))


def key_of(surface: str) -> str:
    """Automaton key of a vocabulary surface form: folded, single-spaced."""
    return " ".join(fold(surface).split())


def singular(word: str) -> str:
    """A plural noun's singular, as disease and class names form it ("malignancies" ->
    "malignancy", "tumors" -> "tumor")."""
    return word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")


class Entry(NamedTuple):
    """One vocabulary sense of a key. `cased` is non-empty when the match must keep case."""

    kind: str
    ref: str
    cased: str = ""
    rank: int = 0  # lower is better (curated 0, symbol 1, alias 2, previous 3, name 4)


KIND_CODE = {GENE: "g", DISEASE: "d", DRUG: "m", ORG: "o", NOT_ORG: "n", PLATFORM: "p"}
_CODE_KIND = {v: k for k, v in KIND_CODE.items()}
ENTRY_SEP, FIELD_SEP = "\x1e", "\x1f"


def encode_entries(entries: list[Entry]) -> str:
    """The senses of a key as one string (the compiled file's and the automaton's value)."""
    return ENTRY_SEP.join(
        FIELD_SEP.join((KIND_CODE[e.kind], e.ref, e.cased, str(e.rank))) for e in entries
    )


def decode_entries(packed: str) -> list[Entry]:
    """Senses in the order they were added (the inverse of `encode_entries`)."""
    out = []
    for item in packed.split(ENTRY_SEP):
        code, ref, cased, rank = item.split(FIELD_SEP)
        out.append(Entry(_CODE_KIND[code], ref, cased, int(rank)))
    return out


@dataclass
class Vocab:
    """Everything recognition and normalisation need, built once per process."""

    automaton: Any  # keys as `mark_words` marks them in a text -> the keys so marked
    short_forms: dict[str, list[Entry]] = field(default_factory=dict)
    gene_ids: dict[str, str] = field(default_factory=dict)  # symbol -> HGNC id ("" for complexes)
    gene_surface: dict[str, str] = field(default_factory=dict)  # exact surface -> symbol
    disease_names: dict[str, str] = field(default_factory=dict)  # DOID -> label
    disease_parent: dict[str, str] = field(default_factory=dict)  # DOID -> parent DOID
    drug_names: dict[str, str] = field(default_factory=dict)  # DrugBank id -> name
    drug_by_key: dict[str, str] = field(default_factory=dict)  # folded name/synonym -> id
    companies: dict[str, str] = field(default_factory=dict)  # surface -> canonical
    not_orgs: frozenset[str] = frozenset()
    platforms: frozenset[str] = frozenset()
    broad_diseases: frozenset[str] = frozenset()  # folded keys
    # a broad class's disease reference -> the curated name of the class ("DOID:2531" ->
    # "hematologic malignancies"): one name whatever form the text writes it in
    broad_names: dict[str, str] = field(default_factory=dict)
    generic_disease: frozenset[str] = frozenset()
    adverse: frozenset[str] = frozenset()
    legal_suffix: str = ""  # the curated legal forms as one regex alternation
    name_stop_words: frozenset[str] = frozenset()
    not_short_names: frozenset[str] = frozenset()  # first words that are no company's short name
    unit_words: frozenset[str] = frozenset()  # after a company's name: one of its units
    salt_words: frozenset[str] = frozenset()
    drug_class_abbreviations: frozenset[str] = frozenset()
    institution_name_words: frozenset[str] = frozenset()
    new_place_words: frozenset[str] = frozenset()
    not_brands: frozenset[str] = frozenset()
    drug_stopwords: frozenset[str] = frozenset()  # folded keys of words no drug is named
    org_heads: frozenset[str] = frozenset()
    institution_words: tuple[str, ...] = ()
    sizes: dict[str, int] = field(default_factory=dict)
    source: str = ""  # "compiled" (the precompiled key table) or "sources" (built at load)
    packed: dict[str, str] = field(default_factory=dict, repr=False)  # key -> encoded senses
    _decoded: dict[str, list[Entry]] = field(default_factory=dict, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def senses(self, key: str) -> list[Entry]:
        """The senses of an automaton key, best rank first (none for a key the vocabulary
        lacks); decoded on first use and cached."""
        hit = self._decoded.get(key)
        if hit is None:
            if key not in self.packed:
                return []
            ranked = sorted(decode_entries(self.packed[key]), key=lambda e: e.rank)
            hit = self._decoded.setdefault(key, ranked)
        return hit

    def disease_ancestors(self, doid: str) -> set[str]:
        """The DOIDs above a disease in the ontology (lung cancer above NSCLC)."""
        found: set[str] = set()
        parent = self.disease_parent.get(doid, "")
        while parent and parent not in found:
            found.add(parent)
            parent = self.disease_parent.get(parent, "")
        return found


D = TypeVar("D")


def derived(build: Callable[[Vocab], D]) -> Callable[[Vocab], D]:
    """A value built from a vocabulary's lists (a compiled pattern, a set) once per vocabulary
    and kept on it, so each call on the hot path is a dictionary lookup."""
    key = f"{build.__module__}.{build.__qualname__}"

    def get(vocab: Vocab) -> D:
        found: D | None = vocab._derived.get(key)
        if found is None:
            found = vocab._derived[key] = build(vocab)
        return found

    get.__doc__ = build.__doc__
    return get


def _curated() -> dict[str, Any]:
    raw = resources.files("oncokg.loaders").joinpath("vocab", "curated.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def suffix_alternation(suffixes: list[str]) -> str:
    """Legal forms as one regex alternation, longest first; spaces stretch, and the last dot
    of a form with several is optional ("Co., Ltd." also reads "Co.,Ltd", "S.A." "S.A").
    A one-dot form keeps its dot ("Co." is no "Co-Founder"); the list spells "Inc" apart.
    Each is also read in capitals ("EQRx, INC.", "ACME CO., LTD."). A lookahead for the
    forms' first characters turns most words away before the alternatives are tried
    (company-name anchors ~15% faster, the same matches)."""
    parts = []
    capitals = [s.upper() for s in suffixes]
    forms = {*suffixes, *capitals}
    for suffix in sorted(forms, key=lambda s: (-len(s), s)):
        part = re.escape(suffix).replace(r"\ ", r"\s*")
        several = suffix.count(".") > 1 and suffix.endswith(".")
        parts.append(part[:-2] + r"\.?" if several else part)
    first = "".join(sorted({re.escape(suffix[0]) for suffix in forms}))
    return f"(?=[{first}])(?:{'|'.join(parts)})"


def _build() -> Vocab:
    """Load the key table (precompiled when current, see `vocab_compile`), build the
    automaton, and add the small hand-curated lists."""
    from oncokg.loaders import vocab_compile  # imports this module: keep the import lazy

    tables = vocab_compile.load_tables()
    cur = _curated()
    marked: dict[str, tuple[str, ...]] = {}
    for key in tables.packed:
        form = mark_words(key)
        form = form if key[:1].isalnum() else form[1:]  # a key not opening a word: no mark
        marked[form] = (*marked.get(form, ()), key)
    auto = ahocorasick.Automaton()
    add = auto.add_word
    for form, keys in marked.items():
        add(form, keys)
    auto.make_automaton()
    vocab = Vocab(
        automaton=auto,
        packed=tables.packed,
        short_forms={k: sorted(v, key=lambda e: e.rank) for k, v in tables.short.items()},
        gene_ids=tables.gene_ids,
        gene_surface=tables.gene_surface,
        disease_names=tables.disease_names,
        disease_parent=tables.disease_parent,
        drug_names=tables.drug_names,
        drug_by_key=tables.drug_by_key,
    )
    for canonical, extra in cur["companies"].items():
        parent = cur["subsidiary_parent"].get(canonical, canonical)
        for surface in [canonical, *extra]:
            for spelling in company_spellings(surface):
                vocab.companies[spelling] = parent
    vocab.not_orgs = frozenset(cur["not_organizations"])
    vocab.platforms = frozenset(cur["platforms"])
    vocab.legal_suffix = suffix_alternation(cur["org_suffixes"])
    vocab.name_stop_words = frozenset(cur["name_stop_words"])
    vocab.unit_words = frozenset(cur["unit_words"])
    for name in (
        "salt_words",
        "drug_class_abbreviations",
        "institution_name_words",
        "new_place_words",
        "not_brands",
    ):
        setattr(vocab, name, frozenset(cur[name]))
    vocab.drug_stopwords = frozenset(key_of(w) for w in cur["drug_stopwords"])
    vocab.not_short_names = frozenset(cur["name_openers"] + cur["first_words_of_several_companies"])
    heads = cur["org_head_words"]
    # "BioSciences" beside "Biosciences": a "Bio" compound may capitalise its second part
    vocab.org_heads = frozenset(heads) | frozenset(
        f"Bio{w[3:].capitalize()}" for w in heads if w.startswith("Bio") and len(w) > 4
    )
    vocab.institution_words = tuple(cur["institution_words"])
    vocab.broad_diseases = frozenset(key_of(s) for s in cur["broad_diseases"]) | frozenset(
        tables.disease_classes
    )
    for form in cur["broad_diseases"]:
        for entry in vocab.senses(key_of(form)):
            if entry.kind == DISEASE:
                vocab.broad_names.setdefault(entry.ref, form)
    vocab.generic_disease = frozenset(key_of(w) for w in cur["generic_disease_words"])
    vocab.adverse = frozenset(key_of(s) for s in cur["adverse_terms"])
    vocab.sizes = {**tables.counts, "keys": len(tables.packed)}
    vocab.source = tables.source
    return vocab


@lru_cache(maxsize=1)
def get_vocab() -> Vocab:
    """The process-wide vocabulary, built on first call and cached."""
    return _build()
