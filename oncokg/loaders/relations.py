"""Sentence-level relation rules: the ways press releases state the four fact types.

Each rule reads one sentence unit (title, dateline, bullet or prose sentence) and the mentions
inside it; an edge carries that unit as evidence. Rules prefer missing a fact to inventing one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncokg.loaders.normalize import Entities
from oncokg.loaders.recognize import MOLECULE, TARGET, Span
from oncokg.loaders.sentences import Sentence
from oncokg.loaders.vocabulary import DISEASE, ORG
from oncokg.model import Edge
from oncokg.schema import EdgeKind

_APPOSITIVE = re.compile(
    r"^[®™]?(?:\s*\([^()]{0,40}\))?\s*(?:,|\(|\bis\b|\bwas\b|–|—|-\s|:)"
    r"(?:(?!\b(?:and|but|while|whereas)\b)[^;.])*$"
)
_TARGET_THEN_MOL = re.compile(
    r"^[\s\-)]*(?:[A-Za-z\-]+\s+){0,4}(?:inhibitors?|antibody|antibodies|antagonists?|agonists?|"
    r"blockers?|degraders?|therapy|candidate|drug|ADC|conjugate|engager|bispecific)\s*,?\s*$"
)
_PARTNER_BEFORE = re.compile(
    r"(?:in combination with|combined with|\bplus\b|\bversus\b|\bvs\.?|compared (?:with|to)|"
    r"\bover\b|standard of care|\bthan\b|\bor with\b|\bwith or without\b|\bafter\b|"
    r"\bfollowing\b|\bprior\b|\bsuch as\b|\bincluding\b|\blike\b|experience\w*|"
    r"treated with|pretreated|refractory to|failed|\beither\b|chemotherapy)"
    r"[\s,(]+(?:[\w®™’'\-]+[\s,(]+){0,5}$",
    re.IGNORECASE,
)
_INDICATION_CUE = re.compile(
    r"treat|patients|indicat|approv|trial|stud(?:y|ies)|develop|investigat|\bNDA\b|\bBLA\b|"
    r"\bMAA\b|sNDA|filing|submission|designation|opinion|label|authori[sz]ation|therapy for|"
    r"line|evaluat|program|pivotal|registrational|accepted|clinical",
    re.IGNORECASE,
)
_PASSING = re.compile(
    r"(?:responses?|activity|efficacy|benefit|observed|seen|reported)\s+(?:\w+\s+){0,3}in\s+"
    r"(?:\w+\s+){0,3}$",
    re.IGNORECASE,
)
_ADVERSE = re.compile(r"adverse|side effect|toxicit|warnings|precautions|serious infections", re.I)
_DEVELOP_CUE = re.compile(
    r"develop|commerciali[sz]|licen[cs]|rights|co-promot|promot|market|manufactur|option|"
    r"partner|collaborat|approv|granted|\bour\b|\bits\b|portfolio|pipeline|program|discover|"
    r"sponsor|submi|\bNDA\b|\bBLA\b|\bMAA\b|acquire[sd]? (?:\w+ ){0,3}rights|investigational|"
    r"proprietary|candidate|co-commerciali|announc|opinion|authori[sz]",
    re.IGNORECASE,
)
_ACQUIRE = re.compile(r"acqui|merger|tender offer|\bpurchase|\bbuy", re.IGNORECASE)
_COLLAB_CUE = re.compile(
    r"collaborat|partner|alliance|agreement|licen[cs]|option|co-develop|co-commerciali|"
    r"joint(?:ly)?|sublicen|team(?:s|ed)? up|work(?:ing|s)? with|together with|\bdeal\b",
    re.IGNORECASE,
)
_NOT_PARTY_BEFORE = re.compile(
    r"(?:subsidiar(?:y|ies) of|a \w+(?: \w+)? [Cc]ompany of|part of|member of|division of|"
    r"unit of|\bfrom\b|\bby\b|at)\s+(?:the\s+)?$"
)
_ACQUIRER_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:to acquire|will acquire|acquir|completes? (?:the )?acqui)", re.I
)
_WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
_PHASE = re.compile(
    r"\b(Phase\s*(?:1/2|I/II|1b/2|2/3|II/III|1[ab]?|2[ab]?|3|III|II|I)\b|approved|approval|"
    r"BLA accepted|NDA accepted|accepted for review|pivotal)",
    re.IGNORECASE,
)


def _is_partner(text: str, sent: Sentence, m: Span, mols: list[tuple[int, Span]]) -> bool:
    """A combination partner, comparator or prior therapy rather than the subject drug."""
    window = text[max(sent.start, m.start - 80) : m.start]
    if _PARTNER_BEFORE.search(window):
        return True
    if re.search(r"\b(?:with|and)\s+(?:[\w®™\-]+\s+){0,2}\(?$", window):
        return any(x.end <= m.start and m.start - x.end < 60 and x.key != m.key for _, x in mols)
    return False


def _phase(sentence: str) -> str:
    match = _PHASE.search(sentence)
    if not match:
        return ""
    value = match.group(1)
    if value.lower() in {"approved", "approval"}:
        return "approved"
    return value[0].upper() + value[1:]


def _inside(spans: Iterable[tuple[int, Span]], sent: Sentence) -> list[tuple[int, Span]]:
    return [(i, s) for i, s in spans if s.start >= sent.start and s.end <= sent.end]


def find_edges(text: str, sentences: list[Sentence], ents: Entities) -> list[Edge]:
    """All fact edges, one per (kind, source, target), first evidence sentence kept."""
    edges: dict[tuple[str, str, str], Edge] = {}
    indexed = list(enumerate(ents.spans))

    def add(
        kind: EdgeKind, src: str, dst: str, sent: Sentence, props: dict[str, str] | None = None
    ) -> None:
        if src == dst:
            return
        if kind is EdgeKind.COLLABORATES_WITH and dst < src:
            src, dst = dst, src
        key = (str(kind), src, dst)
        if key not in edges:
            edges[key] = Edge(kind, src, dst, sent.text, sent.start, sent.end, dict(props or {}))
        elif props and not edges[key].properties.get("phase") and props.get("phase"):
            edges[key].properties.update(props)

    # The issuing company speaks as "we"/"our": the organisation mentioned most often.
    org_counts: dict[str, int] = {}
    for i, span in indexed:
        if span.kind == ORG:
            org_counts[ents.span_node[i]] = org_counts.get(ents.span_node[i], 0) + 1
    speaker = max(org_counts, key=lambda k: org_counts[k]) if org_counts else ""

    for sent in sentences:
        inside = _inside(indexed, sent)
        if not inside:
            continue
        node = {i: ents.span_node[i] for i, _ in inside}
        mols = [(i, s) for i, s in inside if s.kind == MOLECULE]
        targets = [(i, s) for i, s in inside if s.kind == TARGET]
        diseases = [(i, s) for i, s in inside if s.kind == DISEASE]
        orgs = [(i, s) for i, s in inside if s.kind == ORG]
        stext = sent.text
        # TARGETS
        for ti, t in targets:
            for mi, m in mols:
                if m.end <= t.start:
                    gap = text[m.end : t.start]
                    between = [x for _, x in mols if m.end <= x.start and x.end <= t.start]
                    if len(gap) <= 140 and not between and _APPOSITIVE.match(gap):
                        add(EdgeKind.TARGETS, node[mi], node[ti], sent)
                elif t.end <= m.start:
                    gap = text[t.end : m.start]
                    if len(gap) <= 60 and _TARGET_THEN_MOL.match(gap):
                        add(EdgeKind.TARGETS, node[mi], node[ti], sent)
        # INDICATED_FOR
        if mols and diseases and _INDICATION_CUE.search(stext) and not _ADVERSE.search(stext):
            lead = [
                (mi, m)
                for mi, m in mols
                if not _PARTNER_BEFORE.search(text[max(sent.start, m.start - 60) : m.start])
            ]
            for di, d in diseases:
                if _PASSING.search(text[max(sent.start, d.start - 60) : d.start]):
                    continue
                for mi, _m in lead:
                    add(
                        EdgeKind.INDICATED_FOR,
                        node[mi],
                        node[di],
                        sent,
                        {"phase": _phase(stext)} if _phase(stext) else None,
                    )
        # DEVELOPS, possessive: "Merck’s anti-PD-1 therapy KEYTRUDA", "Kura’s ziftomenib"
        for oi, o in orgs:
            if not re.match(r"[’']s?\s", text[o.end : o.end + 3]):
                continue
            for mi, m in mols:
                gap = text[o.end : m.start]
                others = [
                    x
                    for _, x in inside
                    if x.kind in (ORG, MOLECULE) and o.end <= x.start and x.end <= m.start
                ]
                if 0 < len(gap) <= 60 and not others and not re.search(r"[;.]|\band\b", gap):
                    add(EdgeKind.DEVELOPS, node[oi], node[mi], sent)
                    break
        # DEVELOPS
        if mols and orgs and _DEVELOP_CUE.search(stext):
            acquisition = bool(_ACQUIRE.search(stext))
            lead_mols = [
                (mi, m)
                for mi, m in mols
                if not _PARTNER_BEFORE.search(text[max(sent.start, m.start - 60) : m.start])
            ]
            for oi, o in orgs:
                before = text[max(sent.start, o.start - 40) : o.start]
                if _NOT_PARTY_BEFORE.search(before):
                    continue
                if acquisition and _ACQUIRER_AFTER.match(text[o.end : sent.end]):
                    continue
                for mi, _m in lead_mols:
                    add(EdgeKind.DEVELOPS, node[oi], node[mi], sent)
        # COLLABORATES_WITH
        org_ids = []
        for oi, o in orgs:
            before = text[max(sent.start, o.start - 40) : o.start]
            if _NOT_PARTY_BEFORE.search(before) and not re.search(r"\bwith\s+(?:the\s+)?$", before):
                continue
            if node[oi] not in org_ids:
                org_ids.append(node[oi])
        if (
            speaker
            and len(org_ids) == 1
            and org_ids[0] != speaker
            and _WE.search(stext)
            and _COLLAB_CUE.search(stext)
            and not _ACQUIRE.search(stext)
        ):
            add(EdgeKind.COLLABORATES_WITH, speaker, org_ids[0], sent)
        if 2 <= len(org_ids) <= 4 and _COLLAB_CUE.search(stext) and not _ACQUIRE.search(stext):
            for a in range(len(org_ids)):
                for b in range(a + 1, len(org_ids)):
                    add(EdgeKind.COLLABORATES_WITH, org_ids[a], org_ids[b], sent)
    return list(edges.values())
