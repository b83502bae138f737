"""A confidence in [0, 1] for every fact a document states, from how its evidence states it.

The relation rules say how press releases state facts; they are precise on the releases they
were written from and less so elsewhere. Each candidate fact (every rule edge, and every pair of
entities that share a sentence) is described by generic features of its evidence: whether a
rule stated it, how far apart and how crowded the two mentions are, the cue words around
them, how many sentences of the document join the two, whether the sentence is the title or
sits in the boilerplate "About ..." section. A logistic model over those features, learnt
offline from the gold corpora by `oncokg.measure.calibration` and shipped as
`vocab/confidence.json`, turns them into a probability; edges under the model's threshold are
not emitted.

Pure: the only I/O is the first, cached read of the weights.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import compress, repeat
from operator import mul

from oncokg.extraction import Edge
from oncokg.loaders.matching import alternatives_of
from oncokg.loaders.matching import word_first as _word
from oncokg.loaders.normalize import Entities
from oncokg.loaders.sentences import Sentence
from oncokg.loaders.vocabulary import document_lower
from oncokg.schema import EXTERNAL_ID_PROPS, EdgeKind, Label

MODEL_FILE = "confidence.json"

Features = dict[str, float]

# Which entity labels each fact kind joins (source, target), for candidate pairs.
PAIRS: dict[EdgeKind, tuple[Label, Label]] = {
    EdgeKind.TARGETS: (Label.MOLECULE, Label.TARGET),
    EdgeKind.INDICATED_FOR: (Label.MOLECULE, Label.DISEASE),
    EdgeKind.DEVELOPS: (Label.ORGANIZATION, Label.MOLECULE),
    EdgeKind.COLLABORATES_WITH: (Label.ORGANIZATION, Label.ORGANIZATION),
}


# Cue words of the evidence sentence, each a feature per fact kind.
_CUES: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "combination": rf"in combination with|combined with|{_word('plus')}\b|"
        rf"{_word('versus')}\b|{_word('vs')}\b|compared (?:with|to)|standard of care",
        "acquire": rf"acqui|merger|tender offer|{_word('buy')}",
        "collaborate": r"collaborat|partner|alliance|agreement|licen[cs]|co-develop|option",
        "develop": r"develop|commerciali|market|rights|pipeline|portfolio|candidate",
        "approve": rf"approv|authori[sz]|indicated|{_word('label')}\b",
        "trial": r"trial|stud(?:y|ies)|phase|clinical",
        "acts_on": r"inhibit|target|bind|block|antagonist|agonist|anti-|directed|degrad",
        "treat": r"patients with|treatment of|to treat|treating|for adults with",
        "passing": r"respons|activity|observed|reported",
        "negation": rf"{_word('not')}\b|{_word('no')}\b|{_word('without')}\b",
        "adverse": r"adverse|toxicit|side effect|warning",
        "outlook": rf"{_word('may')}\b|{_word('could')}\b|{_word('expect')}|anticipat|"
        rf"{_word('plan')}",
        "first_person": rf"{_word('we')}\b|{_word('our')}\b",
    }.items()
}
# The literals every match of each cue holds (those its alternatives open with): a sentence
# holding none of them has no match, and `in` tests spare most of the 13 scans (~3x cheaper).
# (For the cues in _LITERAL_CUES they are exactly the words the pattern matches.)
_CUE_LITERALS: dict[str, tuple[str, ...]] = {
    "combination": (
        "in combination with",
        "combined with",
        "plus",
        "versus",
        "vs",
        "compared ",
        "standard of care",
    ),
    "acquire": ("acqui", "merger", "tender offer", "buy"),
    "collaborate": (
        "collaborat",
        "partner",
        "alliance",
        "agreement",
        "licenc",
        "licens",
        "co-develop",
        "option",
    ),
    "develop": (
        "develop",
        "commerciali",
        "market",
        "rights",
        "pipeline",
        "portfolio",
        "candidate",
    ),
    "approve": ("approv", "authori", "indicated", "label"),
    "trial": ("trial", "study", "studies", "phase", "clinical"),
    "acts_on": ("inhibit", "target", "bind", "block", "agonist", "anti-", "directed", "degrad"),
    "treat": ("patients with", "treatment of", "to treat", "treating", "for adults with"),
    "passing": ("respons", "activity", "observed", "reported"),
    "negation": ("no", "without"),
    "adverse": ("adverse", "toxicit", "side effect", "warning"),
    "outlook": ("may", "could", "expect", "anticipat", "plan"),
    "first_person": ("we", "our"),
}
# The cues whose pattern is only the alternation of its literals ("antagonist" holds
# "agonist"): the literal test is the search.
_LITERAL_CUES = frozenset(
    {"collaborate", "develop", "trial", "acts_on", "treat", "passing", "adverse"}
)
# The other cues' alternatives, each searched on its own: one opening with a literal is
# scanned for that literal (~4x cheaper than the alternation, tried at each offset whose
# character opens one of them: "no" is in most sentences, a word "no" or "not" in few).
_CUE_ALTERNATIVES: dict[str, tuple[re.Pattern[str], ...]] = {
    name: tuple(map(re.compile, alternatives_of(cue.pattern)))
    for name, cue in _CUES.items()
    if name not in _LITERAL_CUES
}
# (matched where a line starts, its blanks not past the line's end)
_BOILERPLATE_HEAD = re.compile(
    r"[^\S\n]*(?:about\b|forward[- ]looking|contacts?\b|media\b|investors?\b|safe harbor|"
    r"important safety information|indications? and usage)",
    re.IGNORECASE,
)
# the word just before the target mention links it to what precedes
# (each word before its boundary check, `_word`: the search skips to their letters)
_PREPOSITIONS = ("in", "for", "with", "of", "against", "targeting", "to")
_PREP_BEFORE = re.compile("(?:" + "|".join(map(_word, _PREPOSITIONS)) + r")\s+(?:the\s+)?\S*$")
# (how far before a match its boundary checks look: a word and the character before it)
_PREP_LOOKBEHIND = 1 + max(map(len, _PREPOSITIONS))
# The one character whose lower case is longer ("İ" is two): `document_lower` keeps it as it
# is, `text.lower()` does not
_DOTTED_CAPITAL_I = "\u0130"


@dataclass(frozen=True)
class ConfidenceModel:
    """Logistic weights over named features, and the threshold under which a fact is not
    emitted (chosen by cross-validation, see `oncokg.measure.calibration`)."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: Features) -> float:
        weight = self.weights.get
        z = weight("bias", 0.0)
        # (the products summed in the same order, mapped in C rather than by a generator)
        z += sum(map(mul, map(weight, features, repeat(0.0)), features.values()))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def to_json(self) -> dict[str, object]:
        return {"threshold": self.threshold, "weights": dict(sorted(self.weights.items()))}


@cache
def get_model() -> ConfidenceModel:
    """The shipped model (package data), read once."""
    data = json.loads(files("oncokg.loaders.vocab").joinpath(MODEL_FILE).read_text("utf-8"))
    return ConfidenceModel(dict(data["weights"]), float(data["threshold"]))


@dataclass
class Candidate:
    """A possible fact, whether a rule stated it, and its features."""

    edge: Edge
    by_rule: bool
    features: Features


class _Document:
    """Per-document lookups the features share: where each node is mentioned, which
    sentence holds which nodes, the speaker, where the boilerplate starts."""

    def __init__(self, text: str, sentences: list[Sentence], ents: Entities) -> None:
        self.text = text
        # (the relations' lower-cased copy, `text.lower()` but where a dotted capital I stands
        # as written, already made for the document: made again only for a text holding one)
        self.low = text.lower() if _DOTTED_CAPITAL_I in text else document_lower(text)
        self._sentence_lows: dict[int, str] = {}
        self.sentences = sentences
        self.label = {node.id: node.label for node in ents.nodes}
        self.known = {
            node.id for node in ents.nodes if any(map(node.properties.get, EXTERNAL_ID_PROPS))
        }
        self.mentions: dict[str, list[tuple[int, int]]] = {}
        for span, node_id in zip(ents.spans, ents.span_node, strict=True):
            self.mentions.setdefault(node_id, []).append((span.start, span.end))
        starts = self.starts = [s.start for s in sentences]
        self._cues: dict[int, list[str]] = {}
        self.nodes_in: list[set[str]] = [set() for _ in sentences]
        self.sentences_of: dict[str, set[int]] = {}  # the inverse of nodes_in
        self.first_at: dict[str, int] = {}  # where each node is first mentioned
        ends = [s.end for s in sentences]
        for node_id, places in self.mentions.items():
            self.first_at[node_id] = min(places)[0]
            for start, end in places:
                i = _sentence_at(starts, start)
                if i >= 0 and end <= ends[i]:
                    self.nodes_in[i].add(node_id)
                    self.sentences_of.setdefault(node_id, set()).add(i)
        # (the label and the enum member read once: a member read from its class is dear)
        label_of, organisation = self.label.get, Label.ORGANIZATION
        orgs = {n: len(p) for n, p in self.mentions.items() if label_of(n) is organisation}
        # (the first of the most mentioned)
        self.speaker = max(orgs, key=orgs.__getitem__) if orgs else ""
        self.boilerplate_from = len(text)
        # (the lines that start past the first third: those after its first line break, found
        # with str.find and matched in place, no line copied)
        line_start = text.find("\n", len(text) // 3) + 1  # (0: no line break)
        while line_start:
            if _BOILERPLATE_HEAD.match(text, line_start):
                self.boilerplate_from = line_start
                break
            line_start = text.find("\n", line_start) + 1

    def sentence_index(self, offset: int) -> int:
        return _sentence_at(self.starts, offset)

    def lowered(self, start: int, end: int) -> str:
        """`text.lower()[start:end]`."""
        return self.low[start:end]

    def sentence_low(self, i: int) -> str:
        """Sentence i lower-cased, once however many candidates it holds."""
        low = self._sentence_lows.get(i)
        if low is None:
            sent = self.sentences[i]
            low = self._sentence_lows[i] = self.lowered(sent.start, sent.end)
        return low

    def preposition_before(self, start: int, end: int) -> bool:
        """Whether `_PREP_BEFORE` matches in the lowered text between start and end (searched in
        a slice holding what its boundary checks look at before start)."""
        window = max(0, start - _PREP_LOOKBEHIND)
        return bool(_PREP_BEFORE.search(self.lowered(window, end), start - window))

    def cues(self, i: int, low: str) -> list[str]:
        """The cue words of sentence i, read once however many candidates it holds."""
        if i not in self._cues:
            held = _held_cues(low)
            self._cues[i] = [
                name
                for name in _CUES
                if name in held
                and (
                    name in _LITERAL_CUES
                    or any(part.search(low) for part in _CUE_ALTERNATIVES[name])
                )
            ]
        return self._cues[i]


def _held_cues(low: str) -> set[str]:
    """The cues of which `low` holds a literal (a cue's tests stop at its first literal found).
    Text beyond ASCII is tested with those characters written "?", which no literal holds:
    a literal is widened to the kind of a wider string for every test (dearer)."""
    if not low.isascii():
        low = low.encode("ascii", "replace").decode("ascii")
    held: set[str] = set()
    for name, words in _CUE_LITERALS.items():
        for word in words:
            if word in low:
                held.add(name)
                break
    return held


def _sentence_at(starts: list[int], offset: int) -> int:
    """The index of the last sentence starting at or before `offset` (-1 for none)."""
    return bisect.bisect_right(starts, offset) - 1


# The features every candidate has a value for, in the order the model sums them
_FEATURES = (
    "bias",
    "together",
    "title",
    "boilerplate",
    "gap",
    "near",
    "between",
    "crowd",
    "long",
    "src_first",
    "lead",
    "paren",
    "prep",
    "src_salience",
    "dst_salience",
    "src_known",
    "dst_known",
    "speaker",
    "phase",
)


@cache
def _feature_names(kind: str, by_rule: bool) -> tuple[tuple[str, ...], dict[str, str]]:
    """The names of a fact kind's features (those of `_FEATURES`, and each cue's), spelled
    once rather than for every candidate. Rule edges and co-occurrences get weights of their
    own: the same cue means more in a sentence a rule already read as stating the fact."""
    k = f"{str(kind).lower()}:{'rule' if by_rule else 'pair'}"
    return tuple(f"{k}:{name}" for name in _FEATURES), {name: f"{k}:{name}" for name in _CUES}


def _features(doc: _Document, edge: Edge, by_rule: bool) -> Features:
    names, cue_names = _feature_names(edge.kind, by_rule)
    src, dst = edge.source, edge.target
    i = doc.sentence_index(edge.evidence_start)
    sent = doc.sentences[i] if i >= 0 else Sentence(edge.evidence, 0, len(edge.evidence))
    low = doc.sentence_low(i) if i >= 0 else edge.evidence.lower()
    first, last = sent.start, sent.end
    # (the target's mentions in the sentence listed once, not once per source mention)
    dst_places = [(x, y) for x, y in doc.mentions.get(dst, []) if first <= x and y <= last]
    pairs = [
        (a, b)
        for a in [(x, y) for x, y in doc.mentions.get(src, []) if first <= x and y <= last]
        for b in dst_places
    ]
    label = doc.label
    src_label, dst_label = label.get(src), label.get(dst)
    # (the sentence's other nodes of the pair's labels, listed once for `between` and `crowd`;
    # `between` reads nodes_in[i] even for i = -1, a text no sentence holds)
    kin = [
        n
        for n in (doc.nodes_in[i] if i >= 0 or pairs else ())
        if n != src and n != dst and label.get(n) in (src_label, dst_label)
    ]
    gap, between, src_first, lead, paren, prep = 300, 0.0, 1.0, 0.0, 0.0, 0.0
    if pairs:
        (a0, a1), (b0, b1) = min(pairs, key=lambda p: max(p[0][0], p[1][0]) - min(p[0][1], p[1][1]))
        # (a node in a list of nodes of its label, "developed by A and B", "for D1 and D2",
        # stands where the list does: its distance, what lies between and whether it comes
        # first are the list's)
        a0, a1 = _listed(doc, kin, src_label, first, last, a0, a1)
        b0, b1 = _listed(doc, kin, dst_label, first, last, b0, b1)
        lo, hi = min(a1, b1), max(a0, b0)
        gap = max(0, hi - lo)
        src_first = 1.0 if a0 < b0 else 0.0
        between = float(any(lo <= s and e <= hi for n in kin for s, e in doc.mentions[n]))
        # the source is the first entity of its label in the sentence (the subject)
        first_at = doc.first_at
        lead = float(
            all(label.get(n) != src_label or first_at[n] >= a0 for n in doc.nodes_in[i] if n != src)
        )
        if gap < 40:  # (the gap is read only when near)
            gap_text = doc.lowered(lo, hi)
            paren = 1.0 if "(" in gap_text and ")" not in gap_text else 0.0
        prep = 1.0 if doc.preposition_before(max(sent.start, b0 - 20), b0) else 0.0
    together = len(doc.sentences_of.get(src, set()) & doc.sentences_of.get(dst, set()))
    values = (  # (in the order of _FEATURES)
        1.0,
        math.log2(max(1, together)),
        1.0 if i == 0 else 0.0,
        1.0 if sent.start >= doc.boilerplate_from else 0.0,
        min(gap, 300) / 100,
        1.0 if gap < 40 else 0.0,
        between,
        min(len(kin) if i >= 0 else 0, 4) / 2,
        min(len(low), 600) / 300,
        src_first,
        lead,
        paren,
        prep,
        math.log2(len(doc.mentions.get(src, [])) or 1) / 3,
        math.log2(len(doc.mentions.get(dst, [])) or 1) / 3,
        1.0 if src in doc.known else 0.0,
        1.0 if dst in doc.known else 0.0,
        1.0 if doc.speaker in (src, dst) else 0.0,
        1.0 if edge.properties.get("phase") else 0.0,
    )
    # (the named values but zeros, picked in C)
    feats = dict(compress(zip(names, values, strict=True), values))
    for name in doc.cues(i, low) if i >= 0 else (n for n, c in _CUES.items() if c.search(low)):
        feats[cue_names[name]] = 1.0
    return feats


# What joins the members of a list: a comma, "and", "or", "&" (and ", and")
_LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)")


def _listed(
    doc: _Document,
    kin: list[str],
    label: Label | None,
    first: int,
    last: int,
    start: int,
    end: int,
) -> tuple[int, int]:
    """The span of the list of `label`'s nodes that the mention at start..end is a member of
    (its own span when it is in none): the other mentions of that label in the sentence
    (first..last) that follow one another with only a list's joint between."""
    places = [
        (s, e)
        for n in kin
        if doc.label.get(n) is label
        for s, e in doc.mentions[n]
        if first <= s and e <= last
    ]
    moved = bool(places)
    while moved:
        moved = False
        for s, e in places:
            if e <= start and _joins(doc.low, e, start):
                start, moved = s, True
            elif s >= end and _joins(doc.low, end, s):
                end, moved = e, True
    return start, end


def _joins(low: str, start: int, end: int) -> bool:
    """Whether only a list's joint stands between start and end."""
    return 0 < end - start <= 7 and _LIST_JOINT.fullmatch(low, start, end) is not None


def candidates(
    text: str, sentences: list[Sentence], ents: Entities, rule_edges: list[Edge]
) -> list[Candidate]:
    """The rule edges, then every other pair of nodes that a fact kind may join and that
    share a sentence (evidence: the first such sentence), each with its features."""
    doc = _Document(text, sentences, ents)
    seen = {(e.kind, e.source, e.target) for e in rule_edges}
    out = [Candidate(e, True, _features(doc, e, True)) for e in rule_edges]
    # (a sentence holding the very nodes of an earlier one adds no pair: all are seen)
    node_sets: set[frozenset[str]] = set()
    for sent, nodes in zip(sentences, doc.nodes_in, strict=True):
        if len(nodes) < 2:
            continue
        node_set = frozenset(nodes)
        if node_set in node_sets:
            continue
        node_sets.add(node_set)
        by_label: dict[Label, list[str]] = {}  # (sorted once for the four kinds)
        for node in sorted(nodes):
            by_label.setdefault(doc.label[node], []).append(node)
        for kind, (src_label, dst_label) in PAIRS.items():
            for src in by_label.get(src_label, ()):
                for dst in by_label.get(dst_label, ()):
                    a, b = (min(src, dst), max(src, dst)) if src_label is dst_label else (src, dst)
                    if a == b or (kind, a, b) in seen or (kind, b, a) in seen:
                        continue
                    seen.add((kind, a, b))
                    edge = Edge(kind, a, b, sent.text, sent.start, sent.end)
                    out.append(Candidate(edge, False, _features(doc, edge, False)))
    return out


def score(found: list[Candidate], model: ConfidenceModel) -> list[Edge]:
    """Each candidate's edge with its `confidence` set."""
    for cand in found:
        cand.edge.properties["confidence"] = round(model.probability(cand.features), 3)
    return [cand.edge for cand in found]
