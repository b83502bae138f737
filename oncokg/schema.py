"""The graph schema: labels, edge types, allowed endpoints, properties and id rules.

This module is the single source of truth. Both stores build their DDL and their write
statements from these declarations, the extractor builds node ids with `node_id`, and the
API validates label and edge-type filters against `LABELS` and `EDGE_TYPES`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from typing import Final


class Label(StrEnum):
    MOLECULE = "Molecule"
    TARGET = "Target"
    DISEASE = "Disease"
    ORGANIZATION = "Organization"
    DOCUMENT = "Document"


class EdgeKind(StrEnum):
    TARGETS = "TARGETS"
    INDICATED_FOR = "INDICATED_FOR"
    DEVELOPS = "DEVELOPS"
    COLLABORATES_WITH = "COLLABORATES_WITH"
    ACQUIRES = "ACQUIRES"
    MENTIONS = "MENTIONS"


class PropType(StrEnum):
    STRING = "STRING"
    STRING_LIST = "STRING[]"
    INT = "INT64"
    FLOAT = "DOUBLE"
    FLOAT_LIST = "DOUBLE[]"


@dataclass(frozen=True)
class Prop:
    name: str
    type: PropType = PropType.STRING


@dataclass(frozen=True)
class NodeSpec:
    """One node label: its id prefix and the properties every store keeps for it."""

    label: Label
    id_prefix: str
    extra: tuple[Prop, ...] = ()
    # Neo4j range indexes (the properties the API filters and sorts on) and TEXT indexes
    # (substring search); `id` always has a uniqueness constraint.
    indexed: tuple[str, ...] = ()
    text_indexed: tuple[str, ...] = ()

    @property
    def properties(self) -> tuple[Prop, ...]:
        return (*COMMON_NODE_PROPS, *self.extra)


@dataclass(frozen=True)
class Stated:
    """A property each supporting document states of a fact in its own words (a stage, a
    deal's terms): the fact keeps what every document said, in `history` (a list parallel
    to `documents`, "" where a document said nothing), and under `name` the value of the
    latest dated document that stated one."""

    name: str
    history: str


@dataclass(frozen=True)
class EdgeSpec:
    """One relationship type and the labels it may join."""

    kind: EdgeKind
    sources: tuple[Label, ...]
    targets: tuple[Label, ...]
    symmetric: bool = False
    stated: tuple[Stated, ...] = ()

    @property
    def is_fact(self) -> bool:
        return self.kind is not EdgeKind.MENTIONS

    @property
    def extra(self) -> tuple[Prop, ...]:
        return tuple(
            prop
            for s in self.stated
            for prop in (Prop(s.name), Prop(s.history, PropType.STRING_LIST))
        )

    @property
    def properties(self) -> tuple[Prop, ...]:
        if self.is_fact:
            return (*PROVENANCE_PROPS, *self.extra)
        return self.extra


# alias_documents[i] is the document that first gave the node aliases[i]; merged_ids lists
# nodes merged into this one once a document linked their names. Together they explain
# every merge the resolver made.
# search_text is the name and the aliases, lowercased, tab-separated: derived, rewritten with
# every write, and what search matches (Neo4j keeps a TEXT index on it, so a substring
# search is an index lookup rather than a scan of every node).
COMMON_NODE_PROPS: Final = (
    Prop("id"),
    Prop("name"),
    Prop("aliases", PropType.STRING_LIST),
    Prop("alias_documents", PropType.STRING_LIST),
    Prop("merged_ids", PropType.STRING_LIST),
    Prop("search_text"),
)

# Provenance of a fact, as parallel lists: documents[i] stated it in evidence[i] on dates[i]
# with the extractor's confidences[i]. first_date, last_date, doc_count and confidence are
# derived from the lists but stored so that Cypher users can filter and sort on them
# directly; confidence combines the documents' (see `fact_confidence`).
PROVENANCE_PROPS: Final = (
    Prop("documents", PropType.STRING_LIST),
    Prop("evidence", PropType.STRING_LIST),
    Prop("dates", PropType.STRING_LIST),
    Prop("confidences", PropType.FLOAT_LIST),
    Prop("first_date"),
    Prop("last_date"),
    Prop("doc_count", PropType.INT),
    Prop("confidence", PropType.FLOAT),
)

# How far a molecule has got in an indication (INDICATED_FOR.phase), least to most advanced:
# "filed" is an application submitted, accepted or under review (a positive CHMP opinion too),
# "approved" is approved, authorised, launched or marketed.
STAGES: Final = (
    "preclinical",
    "phase 1",
    "phase 1/2",
    "phase 2",
    "phase 2/3",
    "phase 3",
    "filed",
    "approved",
)


# `stage_rank` as a map, for statements that rank stages in the store
STAGE_RANKS: Final = {stage: rank for rank, stage in enumerate(STAGES)}


def stage_rank(stage: str | None) -> int:
    """How advanced a stage is on `STAGES` (-1 for none or a value off the scale)."""
    return STAGES.index(stage) if stage in STAGES else -1


# The properties that hold an entity's id in a reference vocabulary (HGNC, DOID, DrugBank).
EXTERNAL_ID_PROPS: Final = ("hgnc_id", "doid", "drugbank_id")

ENTITY_LABELS: Final = (Label.MOLECULE, Label.TARGET, Label.DISEASE, Label.ORGANIZATION)

# entities are found by name and searched by substring
_SEARCHED: Final = (("name",), ("search_text",))

NODES: Final[dict[Label, NodeSpec]] = {
    spec.label: spec
    for spec in (
        # (:Molecule {id: "molecule:<slug>"})
        NodeSpec(Label.MOLECULE, "molecule", (Prop("drugbank_id"), Prop("modality")), *_SEARCHED),
        # (:Target {id: "target:<HGNC symbol>"})
        NodeSpec(Label.TARGET, "target", (Prop("hgnc_id"), Prop("symbol")), *_SEARCHED),
        # (:Disease {id: "disease:<DOID or slug>"})
        NodeSpec(Label.DISEASE, "disease", (Prop("doid"),), *_SEARCHED),
        # (:Organization {id: "org:<slug>"})
        NodeSpec(Label.ORGANIZATION, "org", (), *_SEARCHED),
        # (:Document {id: "doc:<sha256 prefix>"}), also :PressRelease in Neo4j
        NodeSpec(
            Label.DOCUMENT,
            "doc",
            (
                Prop("title"),
                Prop("url"),
                Prop("published"),
                Prop("published_from"),
                Prop("kind"),
                Prop("sha256"),
                Prop("source"),
                Prop("ingested_at"),
            ),
            indexed=("published", "url", "source"),
        ),
    )
}

EDGES: Final[dict[EdgeKind, EdgeSpec]] = {
    spec.kind: spec
    for spec in (
        # (:Molecule)-[:TARGETS]->(:Target)
        EdgeSpec(EdgeKind.TARGETS, (Label.MOLECULE,), (Label.TARGET,)),
        # (:Molecule)-[:INDICATED_FOR {phase, trial, nct}]->(:Disease), with each document's
        # stage, trial and NCT number in phases, trials, ncts: the stage history of the pair
        EdgeSpec(
            EdgeKind.INDICATED_FOR,
            (Label.MOLECULE,),
            (Label.DISEASE,),
            stated=(Stated("phase", "phases"), Stated("trial", "trials"), Stated("nct", "ncts")),
        ),
        # (:Organization)-[:DEVELOPS]->(:Molecule)
        EdgeSpec(EdgeKind.DEVELOPS, (Label.ORGANIZATION,), (Label.MOLECULE,)),
        # (:Organization)-[:COLLABORATES_WITH {kind, upfront, total, territory}]-(:Organization),
        # stored once, source id < target id; each document's deal terms in kinds, upfronts,
        # totals, territories
        EdgeSpec(
            EdgeKind.COLLABORATES_WITH,
            (Label.ORGANIZATION,),
            (Label.ORGANIZATION,),
            symmetric=True,
            stated=(
                Stated("kind", "kinds"),
                Stated("upfront", "upfronts"),
                Stated("total", "totals"),
                Stated("territory", "territories"),
            ),
        ),
        # (:Organization)-[:ACQUIRES {status, value, scope}]->(:Organization), buyer -> bought;
        # each document's account in statuses, prices, scopes
        EdgeSpec(
            EdgeKind.ACQUIRES,
            (Label.ORGANIZATION,),
            (Label.ORGANIZATION,),
            stated=(
                Stated("status", "statuses"),
                Stated("value", "prices"),
                Stated("scope", "scopes"),
            ),
        ),
        # (:Document)-[:MENTIONS]->(:Molecule|Target|Disease|Organization)
        EdgeSpec(EdgeKind.MENTIONS, (Label.DOCUMENT,), ENTITY_LABELS),
    )
}

FACT_KINDS: Final = tuple(kind for kind, spec in EDGES.items() if spec.is_fact)
LABELS: Final = tuple(NODES)
EDGE_TYPES: Final = tuple(EDGES)

PRESS_RELEASE_LABEL: Final = "PressRelease"
PRESS_RELEASE_KIND: Final = "press_release"
DOCUMENT_ID_HEX_CHARS: Final = 16

_PREFIX_TO_LABEL: Final = {spec.id_prefix: label for label, spec in NODES.items()}
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by hyphens: the key part of molecule, disease and org ids."""
    if not text.isascii():  # (ASCII text has no marks to drop nor accents to unfold)
        unmarked = text.replace("®", "").replace("™", "")
        text = unicodedata.normalize("NFKD", unmarked).encode("ascii", "ignore").decode()
    lowered = text.lower()
    if lowered.isalnum():  # (one ASCII word, the slug itself: most keys)
        return lowered
    return _NON_SLUG.sub("-", lowered).strip("-")


def node_id(label: Label, key: str) -> str:
    """The id rule: `<prefix>:<key>`, where targets keep their HGNC symbol as the key,
    diseases with a DOID use it, documents use a sha256 prefix, and other keys are slugged."""
    prefix = NODES[label].id_prefix
    if label is Label.TARGET:
        return f"{prefix}:{key.upper()}"
    if label is Label.DISEASE and key.upper().startswith("DOID:"):
        return f"{prefix}:{key.upper()}"
    if label is Label.DOCUMENT:
        return f"{prefix}:{key[:DOCUMENT_ID_HEX_CHARS].lower()}"
    return f"{prefix}:{slugify(key)}"


def label_of(node_id_value: str) -> Label:
    """The label an id belongs to, from its prefix; ValueError for an id of no known label."""
    prefix, _, rest = node_id_value.partition(":")
    if not rest or prefix not in _PREFIX_TO_LABEL:
        raise ValueError(f"not an OncoKG node id: {node_id_value!r}")
    return _PREFIX_TO_LABEL[prefix]


def fact_confidence(confidences: list[float]) -> float:
    """A fact's confidence from its documents' confidences: the chance that at least one of
    them is right, taking them as independent witnesses (noisy-or)."""
    doubt = 1.0
    for value in confidences:
        doubt *= 1.0 - min(1.0, max(0.0, value))
    return round(1.0 - doubt, 3)


def edge_allowed(kind: EdgeKind, source: Label, target: Label) -> bool:
    spec = EDGES[kind]
    return source in spec.sources and target in spec.targets
