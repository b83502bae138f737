"""`extract(document) -> Extraction`: the pure entry point from text to facts.

Pipeline: sentences -> recognise mentions -> build nodes -> relation rules -> candidate facts
scored by the confidence model -> dates. The only I/O is the first, cached load of the
vocabulary and of the model's weights.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from oncokg.extraction import Document, Edge, Extraction
from oncokg.loaders import confidence, deals, stages
from oncokg.loaders.dates import dateline_date, find_dates
from oncokg.loaders.matching import document_lower_like_ignorecase
from oncokg.loaders.normalize import Entities, build_entities
from oncokg.loaders.recognize import ORG, recognize
from oncokg.loaders.relations import (
    CENTRE_FOR,
    DISEASE_DESCRIBED,
    LEGAL_FORMS,
    UNIT_NOUN,
    UNIT_NOUN_AFTER,
    find_edges,
)
from oncokg.loaders.sentences import split_sentences
from oncokg.loaders.vocabulary import get_vocab, key_of
from oncokg.schema import EdgeKind, Label


def extract_candidates(document: Document) -> tuple[Extraction, list[confidence.Candidate]]:
    """Every candidate fact with its features, unscored and unfiltered (for calibration),
    and the extraction whose edges are the rule edges."""
    vocab = get_vocab()
    text = document.text
    sentences = split_sentences(text)
    if not document.published and (stated := dateline_date(sentences)):
        document = replace(document, published=stated, published_from="dateline")
    spans = recognize(text, vocab)
    ents = build_entities(text, spans, vocab)
    purchases = deals.acquisitions(text, sentences, ents)
    acquisitions = purchases.companies
    pending = deals.pending_buyers(acquisitions) | deals.buyers_to_come(
        text, sentences, ents, acquisitions
    )
    # (a buyer of a company no rule reads as one: its deal is pending unless said done)
    pending |= deals.buyers_of_unread(text, sentences, ents) - {
        e.source for e in acquisitions if e.properties.get("status") == "completed"
    }
    # (each node's names, read only by the pending-buyer test: none without a pending deal)
    names = {n.id: [m.text for m in n.mentions] for n in ents.nodes} if pending else {}
    # (a buyer whose purchase is done takes the company's drugs: ANNOTATION.md)
    taken: dict[str, frozenset[str]] = {}
    for e in acquisitions:
        if e.properties.get("status") == "completed":
            taken[e.source] = taken.get(e.source, frozenset()) | {e.target}
    relations = find_edges(text, sentences, ents, taken)
    edges = [e for e in relations.edges if not deals.by_pending_buyer(e, pending, names)]
    edges += acquisitions
    # (what a deal is said to add is the buyer's, whatever a sentence elsewhere suggests)
    said = {(e.kind, e.source, e.target) for e in edges}
    for edge in deals.acquired_drugs(text, sentences, ents, acquisitions) + purchases.drugs_bought:
        relations.ruled_out.discard((str(edge.kind), edge.source, edge.target))
        if (edge.kind, edge.source, edge.target) not in said:
            edges.append(edge)
    bought = {frozenset((e.source, e.target)) for e in acquisitions}
    # (two companies one buyer acquires are no partners of each other by that deal)
    bought |= {
        frozenset((a.target, b.target))
        for a, b in itertools.combinations(acquisitions, 2)
        if a.source == b.source
    }
    sold = deals.divestitures(sentences, ents) | purchases.drug_sales
    groups = _subsidiaries(text, ents)
    # (a company and its own subsidiaries are no partners, nor one's deal terms the other's)
    edges = _ruling_out(edges, lambda edge: _within_group(edge, groups), relations.ruled_out)
    # terms of the collaborations the rules read (a co-occurrence kept later has none)
    deals.annotate_terms(edges, text, sentences, ents)
    edges = _ruling_out(
        edges,
        lambda edge: _deal_of_acquisition(edge, bought) or _terms_of_a_sale(edge, sold),
        relations.ruled_out,
    )
    found = [
        candidate
        for candidate in confidence.candidates(text, sentences, ents, edges)
        if not deals.by_pending_buyer(candidate.edge, pending, names)
        and (str(candidate.edge.kind), candidate.edge.source, candidate.edge.target)
        not in relations.ruled_out
    ]
    stages.annotate((c.edge for c in found), text, sentences, ents)
    return Extraction(document, ents.nodes, edges, find_dates(sentences, document.published)), found


def _ruling_out(
    edges: list[Edge], wrong: Callable[[Edge], bool], ruled_out: set[tuple[str, str, str]]
) -> list[Edge]:
    """The edges but those `wrong` says no fact, each of which is ruled out (kept out of the
    co-occurrence candidates too)."""
    kept = []
    for edge in edges:
        if wrong(edge):
            ruled_out.add((str(edge.kind), edge.source, edge.target))
        else:
            kept.append(edge)
    return kept


# What states a collaboration beside an acquisition, not only its terms ("under the terms of
# the agreement, Acme will pay Zentavo $1 billion upfront").
_COLLABORATION_WORDS = re.compile(
    r"(?i:collaborat|partner|alliance|licen[cs]|option|co-develop|co-commerciali|joint)"
)


# "Quillix, a wholly owned subsidiary of Zentavo": the company after the cue owns the one
# named last before it (a parent and its subsidiary are one group, not collaborators).
_SENTENCE_BREAK = re.compile(r"(?<!\.[A-Z])[.!?][ \n]|\n")  # (not the stops of "U.S.")
# "Acme's Discovery Labs": a unit named with its parent's possessive
_POSSESSIVE_GAP = re.compile(r"[’']s?[ ]+")
# "Bausch Health (NYSE: AHC) subsidiary Salix Pharmaceuticals": the parent, then its unit
_SUBSIDIARY_BETWEEN = re.compile(
    r"(?:[’']s?)?[ ]*(?:\([^()]{0,40}\)[ ]*)?(?:(?:wholly|majority)[- ]owned[ ]+)?"
    r"(?:subsidiary|affiliate|division)[ ]+"
)
# "MD Anderson, through its new Institute for Applied Cancer Science,": a unit it acts by
_THROUGH_ITS = re.compile(r",?[ ]+(?:through|via)[ ]+its[ ]+(?:(?:new|own|newly[- ]\w+)[ ]+)?")
# "the Osaka University Immunology Frontier Research Center", "The Center for iPS Cell
# Research and Application (CiRA) at Kyoto University": a unit named with its parent
_UNIT_OF = re.compile(r"[ ]|\)?[ ]+at[ ]+(?:the[ ]+)?")
# "Acme Ventures – Acme's newly launched innovation arm –", "Acme Ventures, Acme's arm,"
_UNIT_APPOSITION = re.compile(r"[ ]*(?:[–—,(]|-{1,2})[ ]*(?:the[ ]+)?")
# "Stiefel, a GSK company", "Pharmacyclics (an AbbVie company)", "Genentech, a member of the
# Roche Group": a unit described as one of its parent's companies
_A_MEMBER_OF = re.compile(r"[ ]*[,(][ ]*(?:an?|a[ ]+member[ ]+of[ ]+the)[ ]+")
_COMPANY_NOUN_AFTER = re.compile(r"[ ]+(?:[Cc]ompany|Group)\b")
_DEALS_WITH = re.compile(r"\b(?:with|from|between)\b")
# "3SBio and its subsidiaries Shenyang Sunshine Co., Ltd. and 3S Guojian": a parent and the
# units it lists, one party of the deal
_AND_ITS_UNITS = re.compile(
    r",?[ ]+(?:and|together[ ]+with|along[ ]+with)[ ]+its[ ]+(?:(?:wholly|majority)[- ]owned[ ]+)?"
    r"(?:subsidiar(?:y|ies)|affiliates?)[ ]+"
)
# the next unit of such a list, past the last one's place and legal form
_NEXT_UNIT = re.compile(
    rf"(?:[ ]*\([^()]{{0,30}}\))?{LEGAL_FORMS}(?:,[ ]+(?:and[ ]+)?|[ ]+and[ ]+)", re.I
)
_PARENT_CUE = re.compile(
    r"\b(?:an?|the)[ ]+(?:(?:wholly|majority)[- ]owned[ ]+|(?:in)?direct[ ]+)?"
    r"(?:(?:subsidiary|affiliate|division)(?:[ ]+company)?[ ]+of|"
    # "Quillix, the technology-transfer company of Zentavo University", "Quillix, the global
    # research and development arm of Zentavo", "Acme, the parent company of Quillix": a
    # company described as the other's unit, or as its owner
    r"(?:[\w&-]+[ ]+){1,5}?(?:arm|company)[ ]+of|"
    # "a subsidiary wholly owned by", "an R&D company majority owned by": the owner named after
    r"(?:[\w&-]+[ ]+){0,2}?(?:subsidiary|affiliate|company)[ ]+"
    r"(?:(?:wholly|majority|fully)[- ])?owned[ ]+by)[ ]+(?:the[ ]+)?"
    # "a subsidiary of U.S. drugmaker Gilead": what the parent is, before its name
    r"(?:(?:[A-Z][\w.-]*[ ]+)?(?:drugmaker|pharmaceutical company|biotech company|company|"
    r"group|giant|conglomerate)[ ]+)?$"
)

# (a word every `_PARENT_CUE` holds: most texts have none)
_PARENT_WORDS = ("subsidiar", "affiliate", "division", "owned by", "arm of", "company of")
# "Acme announced that its subsidiary, Quillix, and Zentavo signed ...", "Quillix signed two
# licences, according to its parent company Acme", "Acme and its U.S. affiliate Quillix": the
# company named right after and the one named last before, which "its" refers to, are one
# group (the words between describe the unit: no preposition, "its deal with Zentavo unit")
_ITS_UNIT = re.compile(
    r"\bits[ ]+(?:(?!(?:with|from|to|of|and|by)[ ])[\w.&-]+[ ]+){0,3}?"
    rf"(?:{UNIT_NOUN}|parent(?:[ ]+company)?),?[ ]+$"
)


def _subsidiaries(text: str, ents: Entities) -> set[frozenset[str]]:
    """(subsidiary, parent) node pairs that the text states (see `_PARENT_CUE`), or that a
    possessive, an "at", "its subsidiary" or the names' juxtaposition joins: "Acme's Discovery
    Labs", "Acme Ventures – Acme's innovation arm –", "Acme and its subsidiary Quillix", "the
    Acme University Immunology Center"."""
    orgs = [(s, n) for s, n in zip(ents.spans, ents.span_node, strict=True) if s.kind == ORG]
    out: set[frozenset[str]] = set()
    for (first, first_node), (second, second_node) in itertools.pairwise(orgs):
        if first_node == second_node:
            continue
        if (
            _POSSESSIVE_GAP.fullmatch(text, first.end, second.start)
            or _UNIT_OF.fullmatch(text, first.end, second.start)
            or _SUBSIDIARY_BETWEEN.fullmatch(text, first.end, second.start)
            or _THROUGH_ITS.fullmatch(text, first.end, second.start)
            or (
                _UNIT_APPOSITION.fullmatch(text, first.end, second.start)
                and UNIT_NOUN_AFTER.match(text, second.end)
            )
            or (
                _A_MEMBER_OF.fullmatch(text, first.end, second.start)
                and _COMPANY_NOUN_AFTER.match(text, second.end)
            )
        ):
            out.add(frozenset((first_node, second_node)))
    for i, (first, head) in enumerate(orgs[:-1]):
        if not _AND_ITS_UNITS.fullmatch(text, first.end, orgs[i + 1][0].start):
            continue
        group = {head, orgs[i + 1][1]}
        for (listed, _), (member, member_node) in itertools.pairwise(orgs[i + 1 :]):
            if not _NEXT_UNIT.fullmatch(text, listed.end, member.start):
                break
            group.add(member_node)
        out |= {frozenset(pair) for pair in itertools.combinations(group, 2)}
    for i, (span, unit) in enumerate(orgs):
        start = max(0, span.start - 60)
        if "its " not in text[start : span.start] or not (
            cue := _ITS_UNIT.search(text, start, span.start)
        ):
            continue
        before = [
            n
            for s, n in orgs[:i]
            if 0 <= cue.start() - s.end < 160
            and not _SENTENCE_BREAK.search(text, s.end, cue.start())
        ]
        if before and before[-1] != unit:
            out.add(frozenset((before[-1], unit)))
    # "Osaka University" and "the Osaka University Immunology Frontier Research Center"
    names = {n.id: n.name for n in ents.nodes if n.label is Label.ORGANIZATION}
    for parent, unit in itertools.permutations(names, 2):
        if names[unit].startswith(names[parent] + " "):
            out.add(frozenset((parent, unit)))
    if not any(word in text for word in _PARENT_WORDS):
        return out
    for i, (span, parent) in enumerate(orgs):
        if not (cue := _PARENT_CUE.search(text, max(0, span.start - 60), span.start)):
            continue
        before = [
            n
            for s, n in orgs[:i]
            if span.start - s.end < 160
            and not _SENTENCE_BREAK.search(text, s.end, span.start)
            # (in apposition to the company before, not a party it deals with: "Incyte ...
            # entered into an agreement with a subsidiary of InnoCare")
            and not _DEALS_WITH.search(text, s.end, cue.start())
        ]
        # (the subsidiary named last may already be its parent's node: "Hangzhou Huadong
        # Pharmaceutical, a wholly-owned subsidiary of Huadong Medicine" leaves no pair)
        if before and before[-1] != parent:
            out.add(frozenset((before[-1], parent)))
    return out


def _within_group(edge: Edge, groups: set[frozenset[str]]) -> bool:
    """A collaboration between a subsidiary and its parent."""
    return (
        edge.kind is EdgeKind.COLLABORATES_WITH and frozenset((edge.source, edge.target)) in groups
    )


_RIGHTS_KINDS = frozenset({"licence", "option", "co-development"})


def _deal_of_acquisition(edge: Edge, bought: set[frozenset[str]]) -> bool:
    """A collaboration between a buyer and the company it acquires whose evidence names no
    collaboration and whose terms grant no rights (a licence, an option, co-development): the
    acquisition's terms (acquisitions are not collaborations)."""
    return (
        edge.kind is EdgeKind.COLLABORATES_WITH
        and frozenset((edge.source, edge.target)) in bought
        and edge.properties.get("deal", {}).get("kind") not in _RIGHTS_KINDS
        and not _COLLABORATION_WORDS.search(edge.evidence)
    )


def _terms_of_a_sale(edge: Edge, sold: set[frozenset[str]]) -> bool:
    """A collaboration between a company and the buyer of its product whose evidence names
    no collaboration ("Genzyme will pay AstraZeneca $165 million upfront to acquire the
    rights to Caprelsa"): the sale's terms, whatever rights they transfer."""
    return (
        edge.kind is EdgeKind.COLLABORATES_WITH
        and frozenset((edge.source, edge.target)) in sold
        and not _COLLABORATION_WORDS.search(edge.evidence)
    )


def extract(document: Document, min_confidence: float | None = None) -> Extraction:
    """Entities with mentions, fact edges with evidence and confidence, and dates of one
    document. Facts under `min_confidence` (default: the model's threshold) are left out."""
    model = confidence.get_model()
    extraction, found = extract_candidates(document)
    threshold = model.threshold if min_confidence is None else min_confidence
    confidence.score(found, model)
    return select(extraction, found, threshold)


# What a company is about, not a molecule's indication: "a firm dedicated to medicines for
# gout and asthma", "the group's specialization in asthma".
_FOCUS_BEFORE = re.compile(
    r"(?i:(?:compan(?:y|ies)|business|firm|biotech\w*|biopharma\w*|pharma\w*)\s+"
    # ("a company developing engineered antibodies for the treatment of cancer and asthma")
    r"(?:\w+\s+){0,2}?(?:focus+ed on|dedicated to|committed to|engaged in|speciali[sz]\w*\s+in|"
    r"developing)|" + CENTRE_FOR + r"|"
    r"['’]s\s+(?:\w+\s+){0,2}?speciali[sz]ation\s+in)[^.;:\n]{0,120}$"
)


def _describes_one_before(low: str, start: int, disease_ends: list[int]) -> bool:
    """Whether the disease mention at `start` is an appositive describing the disease
    mentioned just before it ("medulloblastoma, a rare, life-threatening brain tumor")."""
    at = bisect.bisect_right(disease_ends, start) - 1
    return at >= 0 and _in_apposition(low, disease_ends[at], start)


def _in_apposition(low: str, before_end: int, start: int) -> bool:
    """Whether what starts at `start` describes, in apposition, what ends at `before_end`."""
    return (
        # ("CML — a rare blood and marrow cancer": a dash's appositive opens no list)
        _DASH_DESCRIBED.fullmatch(low, before_end, start) is not None
        or (
            DISEASE_DESCRIBED.fullmatch(low, before_end, start) is not None
            # (not the next of a list: "SLE, a chronic autoimmune disease, and atopic
            # dermatitis")
            and _LIST_WORD.search(low, before_end, start) is None
        )
    )


_LIST_WORD = re.compile(r"\b(?:and|or|as well as)\b")
_DASH_DESCRIBED = re.compile(
    r"\)?(?:\s*\([^()]{0,20}\))?\s+(?:[—–]|-{1,2})\s+(?:an?|the)\s+(?:[\w-]+\s+){0,6}"
)


def _company_focus(text: str, start: int) -> bool:
    """Whether a disease mention sits in the sentence's phrase of what a company focuses on."""
    return _FOCUS_BEFORE.search(text, max(0, start - 160), start) is not None


def select(
    extraction: Extraction, found: list[confidence.Candidate], threshold: float
) -> Extraction:
    """The extraction with the scored candidates' edges at or over `threshold`, and without
    broad disease classes ("solid tumors") that no rule reads as a drug's indication (whether
    the fact is kept is the model's call; whether the class is named as an indication, the
    rules')."""
    vocab = get_vocab()
    text = extraction.document.text
    kept = [c.edge for c in found if c.edge.properties["confidence"] >= threshold]
    indicated = {
        c.edge.target for c in found if c.by_rule and c.edge.kind is EdgeKind.INDICATED_FOR
    }
    # (where each disease mention ends: one that only describes the disease before it, "DIPG,
    # a rare brain tumor", names no disease of its own)
    disease_ends = sorted(
        m.end for n in extraction.nodes if n.label is Label.DISEASE for m in n.mentions
    )
    low = document_lower_like_ignorecase(text)
    nodes = [
        n
        for n in extraction.nodes
        if not (
            n.label is Label.DISEASE
            and n.id not in indicated
            and all(
                key_of(m.text) in vocab.broad_diseases
                # ("hematologic and solid tumors": a list of classes names each class)
                or (
                    (" and " in m.text or " or " in m.text)
                    and key_of(n.name) in vocab.broad_diseases
                )
                or _company_focus(text, m.start)
                or _describes_one_before(low, m.start, disease_ends)
                for m in n.mentions
            )
        )
    ]
    ids = {n.id for n in nodes}
    edges = [e for e in kept if e.source in ids and e.target in ids]
    classes = _classes_of_named_diseases(extraction, low)
    if classes:
        edges = _without_class_duplicates(edges, classes)
        targets = {e.target for e in edges}
        nodes = [n for n in nodes if n.id not in classes or n.id in targets]
    return Extraction(extraction.document, nodes, edges, extraction.dates)


# "an uncommon liver disease called primary sclerosing cholangitis": the class named right
# before the disease it calls by its name
_CALLED_AFTER = re.compile(r"\s+(?:called|known\s+as|named)\s+")
_CALLED_WORDS = (" called ", " known as ", " named ")
# an article, perhaps with a word or two, before a class named right before its disease
_ARTICLE_BEFORE = re.compile(r"\b(?:the|an?)\s+(?:[\w-]+\s+){0,2}$")


def _classes_of_named_diseases(extraction: Extraction, low: str) -> dict[str, set[str]]:
    """The diseases the text names only as the class of another disease it names, each with
    those diseases: every mention describes another disease in apposition ("PNH, a rare,
    serious blood disease") or calls it by its name ("a rare liver disease called
    PBC", "the bone-marrow disorder myelofibrosis"), or lies in the title ("regulator clears
    drug for rare blood disease"), which news writes with the class the body gives the
    disease, not with the disease's name."""
    document = extraction.document
    title_end = (
        len(document.title) if document.title and low.startswith(document.title.lower()) else 0
    )
    starts = sorted(
        (m.start, m.end, n.id)
        for n in extraction.nodes
        if n.label is Label.DISEASE
        for m in n.mentions
    )
    if len(starts) < 2:
        return {}
    ends = sorted((end, node) for _, end, node in starts)
    end_at = [end for end, _ in ends]
    node_at = {start: node for start, _, node in starts}
    # (most texts call no disease by its name: the pattern is then spared)
    calls = any(word in low for word in _CALLED_WORDS)
    classes: dict[str, set[str]] = {}
    for n in extraction.nodes:
        if n.label is not Label.DISEASE:
            continue
        described: set[str] = set()
        for m in n.mentions:
            one = _described_disease(low, m.start, m.end, end_at, ends, node_at, calls)
            if one and one != n.id:
                described.add(one)
            elif m.start >= title_end:
                break  # (a mention of its own in the body: a disease the text names)
        else:
            if described:
                classes[n.id] = described
    return classes


def _described_disease(
    low: str,
    start: int,
    end: int,
    end_at: list[int],
    ends: list[tuple[int, str]],
    node_at: dict[int, str],
    calls: bool,
) -> str | None:
    """The disease a class mention at start..end describes: the one right before it in
    apposition, or the one it calls by its name right after it ("called D", or D itself
    after the article's class: "the blood disorder D")."""
    at = bisect.bisect_right(end_at, start) - 1
    if at >= 0 and _in_apposition(low, end_at[at], start):
        return ends[at][1]
    called = _CALLED_AFTER.match(low, end) if calls else None
    if called:
        return node_at.get(called.end())
    # ("the bone-marrow disorder myelofibrosis": the class, after its article, right before
    # the disease's name)
    if low.startswith(" ", end) and _ARTICLE_BEFORE.search(low, max(0, start - 40), start):
        return node_at.get(end + 1)
    return None


def _without_class_duplicates(edges: list[Edge], classes: dict[str, set[str]]) -> list[Edge]:
    """Drop a drug's indication for a class the text names only as that of another disease
    the drug is also indicated for: the class is the disease, said less exactly."""
    indicated = {(e.source, e.target) for e in edges if e.kind is EdgeKind.INDICATED_FOR}
    return [
        e
        for e in edges
        if not (
            e.kind is EdgeKind.INDICATED_FOR
            and any((e.source, d) in indicated for d in classes.get(e.target, ()))
        )
    ]
