"""How far a molecule has got in an indication, on the fixed scale of `schema.STAGES`, and the
named trial that shows it.

Releases say a stage in many ways: "Phase Ib", "Phase II/III", "pivotal Phase 2", "BLA
accepted for priority review", "positive CHMP opinion", "approved", "launched". Each sentence
that names both the molecule and the disease contributes the stage cue nearest the disease
(a sentence often lists several indications at different stages); the pair's stage is the
most advanced one stated. A hedged cue ("plans to submit", "potential approval") states no
stage, nor does a designation alone (orphan, breakthrough, fast track).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable

from oncokg.extraction import Edge
from oncokg.loaders.matching import holds_any, lower_like_ignorecase, words_first
from oncokg.loaders.normalize import Entities
from oncokg.loaders.recognize import MOLECULE, Span
from oncokg.loaders.sentences import Sentence
from oncokg.loaders.vocabulary import DISEASE, lowered_pattern
from oncokg.schema import STAGES, EdgeKind, stage_rank

_ROMAN = {"i": "1", "ii": "2", "iii": "3"}
# The cue patterns but `_FILED` read a sentence lower-cased (`lower_like_ignorecase`): as
# case-insensitive as re.IGNORECASE, 2-4x faster.
_PHASE = lowered_pattern(
    # (not "establishing the recommended Phase 2 dose", which a Phase 1 trial does; written
    # word first, the lookbehind after the "p", so that a search skips to the p's: ~8x faster)
    words_first(
        r"p(?<!recommended p)hase\s*(iii|ii|i|[123])[ab]?"
        r"(?:\s*(?:/|-|–|and|or)\s*(iii|ii|i|[123])[ab]?)?(?![\w/])"
    ),
)
# Read as written, not lower-cased: its application acronyms count in capitals only. Every
# alternative opens a word with one of the looked-ahead letters, so most offsets are turned
# away before the alternatives are tried (the scan ~1.7x faster, the same matches).
_FILED = re.compile(
    # ("investigational new drug application": an IND, no filing for approval)
    r"(?=[abchjmnprsuw])(?<!\w)(?:(?-i:s?NDA|s?BLA|MAA|JNDA)\b|"
    r"(?<!investigational )new drug application|"
    r"biologics? license application|"
    r"marketing authori[sz]ation application|supplemental (?:new drug|biologics?) "
    r"(?:license )?application|accepted (?:for (?:priority )?review|the)|under (?:priority )?"
    r"review|priority review|PDUFA|positive (?:CHMP )?opinion|CHMP (?:adopted|recommend)|"
    # ("have received a recommendation for EU approval", "recommended six medicines for market
    # authorization", "recommended granting a conditional marketing authorisation")
    r"recommend(?:ed|s|ing|ations?)? (?:[\w()-]+ ){0,6}?(?:approval|(?:conditional )?"
    r"market(?:ing)? authori[sz]ation(?! application))|"
    # ("the study ... that was submitted under its US IND": a trial's application)
    r"(?:has|have|was|were|been) (?:submitted|filed)(?!\s+(?:\w+\s+){0,3}?(?-i:IND|CTA)\b)|"
    r"rolling submission|regulatory submission)",
    re.IGNORECASE,
)
# "The Japanese approval is for patients with D", "The approval was supported by data showing
# X ... in D": an approval the release has told of, the subject of its own sentence (not one
# hoped for: "the potential approval is expected in 2025")
_THE_APPROVAL = (
    r"(?:the|this|today[’']s)\s+(?!(?:potential|possible|anticipated|expected|planned|"
    r"eventual|proposed)\b)(?:[\w.-]+\s+){0,2}?approval\s+(?:(?:is|was)\s+(?!(?:expected|"
    r"anticipated|planned|subject|pending|not|conditional|contingent|dependent)\b)|follows|"
    r"covers|applies|specifically)"
)
# "FDA OKs Acme's X for D", "X OKed in Europe": the verb of news headlines for an approval
_OK_VERB = r"(?:ok(?:s|ed|['’]d)|okay(?:s|ed))\b"
# "patients selected with an FDA-approved assay": the assay is approved, not the drug.
_APPROVED = lowered_pattern(
    r"\b(?:approved(?!\s+(?:test|assay|(?:companion\s+)?diagnostic|device|kit)s?\b)|"
    rf"{_THE_APPROVAL}|{_OK_VERB}|"
    r"approves|approval (?:of|for) (?!\w+ (?:application|submission))|"
    # ("the FDA gave accelerated approval to X"; "X, indicated for the treatment of": a label)
    # ("Acme's X gets conditional approval in China to treat D": a news headline's verb;
    # "has received European Union (EU) approval", "received U.S. Food and Drug
    # Administration approval": the approving body's name, its dots and brackets, between;
    # "received authorization from the FDA to market X")
    r"authori[sz]ed|(?:granted|gave|given|receive[sd]?|obtained|gets|got|wins|won) "
    r"(?:[\w.()]+ ){0,5}(?:approval|market(?:ing)? authori[sz]ation)|"
    r"authori[sz]ation (?:[\w.]+ ){0,4}?to market\b|"
    r"indicated (?:for|in) (?:the )?(?:treatment|patients)|"
    r"launch(?:es|ed|\s+of)(?!\s+(?:an?|the|its|our)\s+(?:[\w/-]+\s+){0,3}?"
    r"(?:trial|study|studies|program|programme)\b)|marketed|commercially available)",
)
_STATED_APPROVAL = lowered_pattern(
    rf"\b(?:{_THE_APPROVAL}|{_OK_VERB}|"
    r"(?:has|have|had|was|were|been|is|are)\s+(?:\w+\s+)?(?:approved|authori[sz]ed|"
    r"launched|granted\s+(?:\w+\s+){0,2}approval)|approves|"
    r"approval of (?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}"
    r"(?:application|s?NDA|s?BLA|MAA)|(?:treatment|therapy|medicine|drug)\s+(?:already\s+)?"
    r"approved\s+(?:for|in))\b",
)
# (not a company's stage: "a preclinical-stage biotechnology company")
_PRECLINICAL = lowered_pattern(
    r"\bpre-?clinical\b(?![- ]stage\b)(?!\s+(?:[\w-]+\s+){0,2}(?:company|companies|firm)\b)"
    r"|\bIND-enabling\b"
)
_HEDGE = lowered_pattern(
    r"(?:plan(?:s|ned)?|intend(?:s|ed)?|expect(?:s|ed)?|anticipate[sd]?|potential|"
    r"seek(?:s|ing)?|will|would|may|could|prepar(?:e|es|ing)|or planned|if|once|"
    r"upon(?!\s+which\b))"
    r"(?:\s+\S+){0,3}\s*$",
)
# A trial's name: capitals ("NETTER-1", "LASER301", "J-ALEX"), a mixed-case word with two
# capitals ("CodeBreaK 100", "TrilynX") or a capitalised word after a hyphen ("LUX-Lung 2"),
# a mark glued on ("RESONATE™-2"); never the roman numeral of a phase ("Phase III ARANOTE").
# Written from its first capital on (what follows it in `_AFTER_CAPITAL`, the numeral test
# reading that capital behind it): a pattern opening with a capital lets the engine skip to
# the capitals (~30% faster than trying each position).
_AFTER_CAPITAL = (
    r"(?!(?<=I)(?:I{0,2}|V)[ab]?\b)"
    # (a number inside the capitals too: "HER2CLIMB")
    r"(?:[A-Za-z]*[A-Z][A-Za-z]*\d*|[A-Z]+\d*(?:[A-Z]{2,}\d*)*|-[A-Z]{2,}\d*)[™®]?"
    r"(?:(?:[- ](?:\d+[A-Za-z]?|[A-Z]{2,}\d*)|-[A-Z][a-z]+)[™®]?){0,2}"
)
_NAME = rf"[A-Z]{_AFTER_CAPITAL}"
# "trial", "Study", "TRIALS": releases capitalise them in titles and names
_TRIAL_WORD_CASED = r"(?:[Tt]rials?|TRIALS?|[Ss]tud(?:y|ies)|STUD(?:Y|IES))\b"
_TRIAL_NAME = re.compile(
    # ("the Phase 3 ELEVATE UC 52 trial": a name of up to three parts; "COMPASSION-16
    # (AK104-303) study": a protocol code in brackets between)
    # (no letter, digit or hyphen before the name's first capital)
    rf"([A-Z](?<![\w-].){_AFTER_CAPITAL})"
    # ("the OSIRIS investigator-initiated proof-of-concept study": hyphened words of its kind)
    r"(?=(?:\s*\([^()\n]{1,60}\))?\s*(?:\)|,)?\s*(?:(?i:global|pivotal|registrational|"
    r"randomi[sz]ed|open-label|confirmatory|clinical|Phase\s*\w+(?:/\w+)?)\s+|"
    r"[a-z]+(?:-[a-z]+)+\s+)*"
    rf"{_TRIAL_WORD_CASED})"
)
_TRIAL_AFTER = re.compile(
    # ("a Phase 3 trial, called CASCADE"; "the clinical trial (LASER301)"; "The Phase III study,
    # dubbed DETERMINE")
    rf"{_TRIAL_WORD_CASED}\s*(?:\(|,\s*(?:called\s+|named\s+|dubbed\s+)?|called\s+|named\s+)?"
    rf"({_NAME})(?![\w-])"
)
# "ZORBA-MG 2, a Randomized Trial of ...", in a title as in a sentence
# ("INSPIRE, the company's pivotal Phase 3 study"; "BALLI-01, a Phase 1/2 open-label
# dose-escalation and dose-expansion study")
# ("ARYA-2, a Phase I/II open-label, dose escalation clinical trial")
_APPOSITIVE = rf",\s+(?:a|an|the)\s+(?:[\w/'’-]+,?\s+){{0,8}}{_TRIAL_WORD_CASED}"
_TRIAL_APPOSITIVE = re.compile(rf"({_NAME}){_APPOSITIVE}")
# What follows the name in every `_TRIAL_APPOSITIVE` match: a sentence without it (most) is
# spared that pattern's scan, which tries a name at each capital (~7x cheaper).
_APPOSITIVE_AFTER_NAME = re.compile(_APPOSITIVE)
# A name in brackets after a disease that reads as a trial's even where the sentence says no
# "trial": capitals ending in a number after a hyphen ("(HERIZON-BTC-01)").
_NUMBERED_NAME = re.compile(r"[A-Z]{3,}(?:-[A-Z0-9]+)*-\d+")
# "Phase II/III study": the numeral after the slash is no trial either
_AFTER_PHASE = re.compile(r"\bphase\s*(?:\w+\s*[/-]\s*)?$", re.IGNORECASE)
_NCT = re.compile(words_first("NCT", r"\d{8}\b"))
_NAME_PARTS = re.compile(r"[- ]")
_RESPECTIVELY = lowered_pattern(words_first("respectively", r"\b"))
# Capitalised words that open "... trial"/"... study" without naming one.
_NOT_TRIAL = frozenset(
    {"FDA", "EMA", "US", "U.S", "EU", "CHMP", "NDA", "BLA", "MAA", "IND", "CTA", "ASCO", "ASH"}
    | {"ESMO", "AACR", "IIT", "RCT"}
)


def _phase_value(match: re.Match[str]) -> str:
    low, high = (_ROMAN.get(g.lower(), g) if g else None for g in match.groups())
    if high and high != low:
        return f"phase {low}/{high}"
    return f"phase {low}"


def cues(sentence: str) -> list[tuple[int, str]]:
    """Every stage cue of a sentence: (offset, stage), hedged cues left out. Where the
    sentence speaks of an application, only a stated approval ("has approved") outranks it:
    "applications for regulatory approval have been submitted" is filed."""
    low = lower_like_ignorecase(sentence)
    # (not a phase a trial is ready for or yet to start: "a Phase 3-ready antibody", "a Phase 3
    # study expected to start in 2023", "when X enters a Phase III trial")
    found = [
        (m.start(), _phase_value(m))
        for m in _PHASE.finditer(low)
        if not _READY_FOR.match(low, m.end())
        and not _YET_TO_START.match(low, m.end())
        and not _ENTERS_BEFORE.search(low, max(0, m.start() - 30), m.start())
    ]
    # (literal tests spare most sentences the searches: see `_PRECLINICAL_WORDS`)
    if holds_any(low, _PRECLINICAL_WORDS):
        found += [(m.start(), "preclinical") for m in _PRECLINICAL.finditer(low)]
    filed = (
        [m for m in _FILED.finditer(sentence) if not _hedged(low, m.start())]
        if holds_any(low, _FILED_WORDS) or holds_any(sentence, _FILED_ACRONYMS)
        else []
    )
    found += [(m.start(), "filed") for m in filed]
    approved = _STATED_APPROVAL if filed else _APPROVED
    # ("If approved, X would be the first treatment approved for D": every approval hoped for)
    if holds_any(low, _APPROVAL_WORDS) and not ("approved" in low and _IF_APPROVED.search(low)):
        found += [
            (m.start(), "approved")
            for m in approved.finditer(low)
            if not _hedged(low, m.start()) and not _of_a_trial(low, m.start(), m.end())
        ]
    return found


# What every match of a cue pattern holds, lower-cased (or, for `_FILED`'s acronyms, as
# written): a sentence with none of them is spared the pattern's scan.
_PRECLINICAL_WORDS = ("clinical", "ind-enabling")
_FILED_WORDS = (
    "new drug application",
    "biologic",
    "authori",
    "supplemental",
    "accepted",
    "review",
    "pdufa",
    "positive",
    "chmp",
    "recommend",
    "submitted",
    "filed",
    "submission",
)
_FILED_ACRONYMS = ("NDA", "BLA", "MAA")
# (of `_APPROVED` and `_STATED_APPROVAL` alike)
_APPROVAL_WORDS = (
    "approv",
    "ok",
    "authori",
    "indicated",
    "launch",
    "marketed",
    "commercially available",
)


_READY_FOR = lowered_pattern(r"[\s-]*ready\b")
_YET_TO_START = lowered_pattern(
    r"(?:\s+[^\s.;]+){0,8}?\s+(?:is\s+|are\s+)?(?:expected|planned|scheduled|anticipated|set)\s+"
    r"to\s+(?:start|begin|commence|initiate)"
)
_ENTERS_BEFORE = lowered_pattern(
    r"\b(?:when|once|before|after|until)\s+(?:[\w-]+\s+){1,3}?enters?\s+(?:an?\s+|the\s+)?$"
)
_IF_APPROVED = lowered_pattern(r"\b(?:if|once|when|upon)\s+(?:\w+\s+)?approved\b")


# "received the Notice of Approval for Clinical Trial", "IND approval", "approval to initiate
# a Phase 1 study", "the FDA approved the IND": a trial is approved, not the drug; the
# regulator may be named first ("approval from the Ministry of Food and Drug Safety for the
# phase 1 clinical trial plan", "approval from the NMPA to commence clinical trials")
_TRIAL_APPROVED = lowered_pattern(
    r"approv\w*\s+(?:from\s+(?:the\s+)?(?:[\w.&()-]+\s+){1,10}?)?(?:(?:for|of|to)\s+(?:(?:initiate|start|commence|conduct|begin)\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:clinical\s+trials?|trials?|stud(?:y|ies)|IND)\b|"
    r"to\s+(?:initiate|start|commence|conduct|begin|proceed)|"
    # ("FDA Approves IND Application for X", "approved the investigational new drug application")
    r"(?:an?\s+|the\s+|its\s+)?(?:IND|CTA|(?:investigational\s+new\s+drug|"
    r"clinical\s+trial)\s+application)\b)"
)
# ... or "compares favorably to drugs recently approved for D": other drugs are approved
_TRIAL_APPROVAL_BEFORE = lowered_pattern(
    r"\b(?:IND|CTA|clinical\s+trial|trial|(?:drugs|therapies|treatments|agents|medicines)"
    r"(?:\s+\w+ly)?)\s+$"
)


def _of_a_trial(low: str, start: int, end: int) -> bool:
    """Whether the approval cue at low[start:end] approves a trial, not the drug."""
    at = low.find("approv", start, end)
    at = start if at < 0 else at
    return bool(
        _TRIAL_APPROVED.match(low, at) or _TRIAL_APPROVAL_BEFORE.search(low, max(0, at - 20), at)
    )


def _hedged(low: str, at: int) -> bool:
    return bool(_HEDGE.search(low, max(0, at - 40), at))


def stage_near(found: list[tuple[int, str]], anchor: int) -> str | None:
    """The stage a sentence states for the indication mentioned at `anchor` (an offset in
    the sentence), from the sentence's `cues`: the nearest before it, else the nearest.
    "filed" and "approved" cues in one sentence agree on the most advanced: an approval
    sentence names its application too."""
    if not found:
        return None
    regulatory = [stage for _, stage in found if stage in ("filed", "approved")]
    if regulatory and len({s for _, s in found}) == len(set(regulatory)):
        return most_advanced(regulatory)
    # a release states the stage before its indication ("approved for X", "a Phase 3 trial
    # in Y"), so the nearest cue before the disease wins over a nearer one after it
    before = [cue for cue in found if cue[0] <= anchor]
    return min(before or found, key=lambda cue: abs(cue[0] - anchor))[1]


def most_advanced(stages: Iterable[str | None]) -> str | None:
    known = [s for s in stages if s in STAGES]
    return max(known, key=stage_rank) if known else None


def trials_in(sentence: str, entities: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """The named trials of a sentence ("the Phase 3 KEYNOTE-189 trial", "NETTER-1 study",
    "ASCEND-MG, an ongoing Phase 2a trial"), each with its offset, in text order; never a
    name the document uses for an entity (a disease's abbreviation), a phase ("Phase IA
    study") or a registry number."""
    low = sentence.lower()
    if "trial" not in low and "stud" not in low:
        return []  # each pattern needs one of the words (and backtracks through names)
    # (a name before its trial word, or an appositive's, is read no further than the word
    # holding the last trial word: nothing in those patterns reads past it; a name after its
    # trial word is looked for from the first one on)
    first_word, last_word_end = _trial_word_bounds(sentence)
    found: dict[int, str] = {}
    appositive = _APPOSITIVE_AFTER_NAME.search(sentence, 0, last_word_end) is not None
    for pattern, start, end in (
        (_TRIAL_NAME, 0, last_word_end),
        *([(_TRIAL_APPOSITIVE, 0, last_word_end)] if appositive else []),
        (_TRIAL_AFTER, first_word, len(sentence)),
    ):
        for m in pattern.finditer(sentence, start, end):
            name = _without_flattened_mark(m.group(1).strip())
            if (
                _NAME_PARTS.split(name, maxsplit=1)[0] in _NOT_TRIAL
                or name.rstrip("™®") in entities
                or _NCT.fullmatch(name)
                or _AFTER_PHASE.search(sentence, 0, m.start(1))
                or any(at <= m.start(1) < at + len(other) for at, other in found.items())
            ):
                continue
            found[m.start(1)] = name
    return sorted(found.items())


# The trial words of `_TRIAL_WORD_CASED` but their first letter (whichever its case), and the
# rest of the word one of them stands in
_TRIAL_WORD_TAILS = ("rial", "RIAL", "tud", "TUD")
_WORD_REST = re.compile(r"\w*")


def _trial_word_bounds(sentence: str) -> tuple[int, int]:
    """Where the first trial word of a sentence may start, and where the word holding its
    last one ends (found by `str.find`, not by a scan)."""
    firsts = [at for at in map(sentence.find, _TRIAL_WORD_TAILS) if at >= 0]
    last = _WORD_REST.match(sentence, max(0, *map(sentence.rfind, _TRIAL_WORD_TAILS)))
    return max(0, min(firsts, default=len(sentence)) - 1), last.end() if last else len(sentence)


def trial_in(sentence: str, entities: frozenset[str] = frozenset()) -> str | None:
    """The first named trial of a sentence, if it names one (see `trials_in`)."""
    found = trials_in(sentence, entities)
    return found[0][1] if found else None


def _without_flattened_mark(name: str) -> str:
    """ "DYNAMOTM": a trademark sign that the wire flattened to letters is no part of the
    name."""
    if name.endswith("TM") and len(name) > 4 and name[:-2].isupper():
        return name[:-2]
    return name


def _trial_near(found: list[tuple[int, str]], anchor: int) -> str | None:
    """Of a sentence's trials, the one naming the indication at `anchor`: the nearest before
    it ("DYNAMO, a study in iNHL, and DUO, a study in CLL"), else the first."""
    before = [name for at, name in found if at <= anchor]
    return before[-1] if before else (found[0][1] if found else None)


def nct_in(sentence: str) -> str | None:
    match = _NCT.search(sentence)
    return match.group() if match else None


_PAREN_NAME = re.compile(
    r"\s*\(\s*([A-Z][A-Z0-9]+(?:[- ][A-Z0-9]+){0,2})(?:\s+(?:trials?|stud(?:y|ies)))?\s*\)"
)
_TRIAL_WORD = re.compile(r"\b(?:trials?|stud(?:y|ies))\b", re.IGNORECASE)


def annotate(edges: Iterable[Edge], text: str, sentences: list[Sentence], ents: Entities) -> None:
    """Set `phase` (or drop it), and `trial` and `nct` where named, on each INDICATED_FOR
    edge, from every sentence that names both its molecule and its disease: the trial the
    evidence names, or else the first one such a sentence names. Where the molecule is named
    with this disease alone, a trial or a phase the sentences naming it and no disease state
    are the indication's too."""
    indications = [edge for edge in edges if edge.kind is EdgeKind.INDICATED_FOR]
    if not indications:
        return
    disease_nodes = dict.fromkeys(
        node_id
        for span, node_id in zip(ents.spans, ents.span_node, strict=True)
        if span.kind == DISEASE
    )
    starts = [s.start for s in sentences]
    # (only the nodes read below are placed: the edges' and the diseases)
    parties = {node for edge in indications for node in (edge.source, edge.target)}
    places = _places_by_sentence(ents, sentences, starts, parties | disease_nodes.keys())
    # the diseases each sentence names: a trial named among several may be another's
    # (each disease once, not once per mention)
    diseases_in: dict[int, set[str]] = {}
    for node_id in disease_nodes:
        for i in places.get(node_id, {}):
            diseases_in.setdefault(i, set()).add(node_id)
    names = frozenset(span.text for span in ents.spans)
    molecules = [span for span in ents.spans if span.kind == MOLECULE]
    # the sentences naming any drug, and how many drugs each disease is indicated for
    with_drug = {bisect.bisect_right(starts, span.start) - 1 for span in molecules}
    indicated = Counter(edge.target for edge in indications)
    # each sentence's cues and trial, read once however many edges it holds
    sentence_cues: dict[int, list[tuple[int, str]]] = {}
    sentence_trials: dict[int, list[tuple[int, str]]] = {}
    sentence_respective: dict[int, list[str]] = {}

    def trials_of(i: int) -> list[tuple[int, str]]:
        if i not in sentence_trials:
            sentence_trials[i] = trials_in(sentences[i].text, names)
        return sentence_trials[i]

    for edge in indications:
        stages: list[str | None] = []
        trial = nct = None
        others: list[int] = []  # the other sentences on the pair
        mols = places.get(edge.source, {})
        diseases = places.get(edge.target, {})
        # the sentences naming both, and the evidence's own, which states the pair even when
        # it names the molecule by reference ("The trial ..." after a sentence about it)
        said = mols.keys() | {bisect.bisect_right(starts, edge.evidence_start) - 1}
        for i in sorted(said & diseases.keys()):
            sent = sentences[i]
            start, end = diseases[i][0]
            if i not in sentence_cues:
                sentence_cues[i] = cues(sent.text)
            if i not in sentence_respective:
                sentence_respective[i] = _respective_stages(sent.text)
            listed = _respectively(sentence_respective[i], sent, edge, ents)
            if listed or (
                sentence_cues[i] and not _said_of_another(text, mols.get(i, []), start, molecules)
            ):
                stages.append(listed or stage_near(sentence_cues[i], start - sent.start))
            if sent.start <= edge.evidence_start < sent.end:
                # the trial that the evidence names
                trial = _named_after(text, end, sent, names) or _trial_near(
                    trials_of(i), start - sent.start
                )
                nct = nct_in(sent.text)
            else:
                others.append(i)
        # failing that, the first trial another sentence names for the pair alone (their
        # trials are read only then)
        for i in others if not trial else ():
            sent = sentences[i]
            start, end = diseases[i][0]
            found = after = _named_after(text, end, sent, names)
            if not found:
                found = _trial_near(trials_of(i), start - sent.start)
            if found and (
                after
                or diseases_in[i] == {edge.target}
                or _next_disease_named(trials_of(i), found, sent, start, ents)
            ):
                # (a trial named right after the disease is its own, whatever else is named:
                # "in patients with UC (LIBERTY-UC) and CD (LIBERTY-CD)")
                trial, nct = found, nct_in(sent.text)
                break
        phase = most_advanced(stages)
        only_target = {edge.target}  # (one set, not two per sentence)
        if all(diseases_in.get(i, only_target) == only_target for i in mols):
            # failing that, where the molecule is named with this disease alone, the one trial
            # (and the one stage) the sentences naming it and no disease name ("the X Phase 3
            # MOTION trial demonstrated ..." beside "X ... in TGCT")
            without = [i for i in mols if i not in diseases_in]
            if not trial:
                alone = {name for i in without for _, name in trials_of(i)}
                if len(alone) == 1:
                    trial = alone.pop()
            if not phase:
                for i in without:
                    if i not in sentence_cues:
                        sentence_cues[i] = cues(sentences[i].text)
                # (a trial's phase; an approval or filing said without the disease may be of
                # another indication, or of a trial's application)
                said_alone = {stage for i in without for _, stage in sentence_cues[i]}
                if len(said_alone) == 1 and not said_alone & {"approved", "filed"}:
                    phase = said_alone.pop()
        if not phase and indicated[edge.target] == 1:
            # failing that, the one trial phase the sentences naming the disease and no drug
            # state, when one drug only is indicated for it ("X ... for prostate cancer." then
            # "The clearance enables a phase I clinical trial in men with mCRPC.")
            drugless = [i for i in diseases if i not in with_drug]
            for i in drugless:
                if i not in sentence_cues:
                    sentence_cues[i] = cues(sentences[i].text)
            said_alone = {stage for i in drugless for _, stage in sentence_cues[i]}
            if len(said_alone) == 1 and not said_alone & {"approved", "filed"}:
                phase = said_alone.pop()
        for key, value in (("phase", phase), ("trial", trial), ("nct", nct)):
            if value:
                edge.properties[key] = value
            else:
                edge.properties.pop(key, None)


# "..., which has been approved since 2021 for severe asthma": a relative clause
_RELATIVE = re.compile(r"\)?\s*,?\s*(?:which|that|who)\b")


def _said_of_another(
    text: str, own: list[tuple[int, int]], disease_at: int, molecules: list[Span]
) -> bool:
    """Whether the disease lies in a relative clause about another molecule, named after the
    edge's own: "X has the same target as Y, which has been approved for D" states Y's stage
    in D, not X's (`molecules`: the document's molecule spans, picked out once)."""
    if not own:
        return False
    others = [span for span in molecules if own[-1][1] < span.start and span.end <= disease_at]
    if not others:
        return False
    last = max(others, key=lambda span: span.end)
    relative = _RELATIVE.search(text, last.end, disease_at)
    return (
        relative is not None
        and not any(last.end < at < disease_at for at, _ in own)
        and text[last.end : relative.start()].count("(") <= 1
        and relative.start() - last.end < 30
    )


def _next_disease_named(
    trials: list[tuple[int, str]], trial: str, sent: Sentence, disease_at: int, ents: Entities
) -> bool:
    """Whether the sentence's one trial is named before the disease at `disease_at` with no
    other disease between ("the Phase 2 ARTEMIS-UC trial evaluating X for UC", whatever
    disease the company's own description names earlier)."""
    if len(trials) != 1 or trials[0][1] != trial:
        return False
    trial_at = sent.start + trials[0][0]
    return trial_at < disease_at and not any(
        span.kind == DISEASE and trial_at < span.start < disease_at and span.end <= sent.end
        for span in ents.spans
        if span.start < disease_at
    )


def _respective_stages(sentence: str) -> list[str]:
    """The stages a "respectively" sentence lists, in text order (none for another sentence,
    or for one listing fewer than two)."""
    low = lower_like_ignorecase(sentence)
    if not _RESPECTIVELY.search(low):
        return []
    listed = [(m.start(), _phase_value(m)) for m in _PHASE.finditer(low)]
    listed += [(m.start(), "preclinical") for m in _PRECLINICAL.finditer(low)]
    if len(listed) < 2:
        return []
    return [stage for _, stage in sorted(listed)]


def _respectively(stages: list[str], sent: Sentence, edge: Edge, ents: Entities) -> str | None:
    """The stage a "respectively" sentence pairs with the edge's disease or molecule: "X and
    Y are in Phase 2 and Phase 1 trials, respectively", "Phase 1 and Phase 2 studies in
    lymphoma and melanoma, respectively": the n-th stage goes with the n-th of as many
    diseases (or else molecules) as there are stages (`stages`: the sentence's
    `_respective_stages`)."""
    if not stages:
        return None
    for kind, node_id in ((DISEASE, edge.target), (MOLECULE, edge.source)):
        order: list[str] = []
        for span, node in zip(ents.spans, ents.span_node, strict=True):
            if span.kind == kind and _within((span.start, span.end), sent) and node not in order:
                order.append(node)
        if len(order) == len(stages):
            return stages[order.index(node_id)] if node_id in order else None
    return None


def _places_by_sentence(
    ents: Entities, sentences: list[Sentence], starts: list[int], nodes: set[str]
) -> dict[str, dict[int, list[tuple[int, int]]]]:
    """The mentions of each of `nodes` in text order, by the index of the sentence holding
    them whole (`starts`: the sentences' start offsets): sorted out once per document, not
    once per edge and sentence (the other nodes' mentions skipped)."""
    out: dict[str, dict[int, list[tuple[int, int]]]] = {}
    for span, node_id in zip(ents.spans, ents.span_node, strict=True):
        if node_id not in nodes:
            continue
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and span.end <= sentences[i].end:
            out.setdefault(node_id, {}).setdefault(i, []).append((span.start, span.end))
    return out


def _within(place: tuple[int, int], sent: Sentence) -> bool:
    return sent.start <= place[0] and place[1] <= sent.end


def _named_after(text: str, end: int, sent: Sentence, names: frozenset[str]) -> str | None:
    """ "... melanoma (COLUMBUS)", "... arthritis (RA) (ZEPHYR studies)" in a sentence about
    trials, "... biliary tract cancer (HERIZON-BTC-01)" in any: the trial of that indication
    (not the disease's own abbreviation)."""
    match = _PAREN_NAME.match(text, end, sent.end)
    if match and match.group(1) in names:
        match = _PAREN_NAME.match(text, match.end(), sent.end)
    if not match:
        return None
    name = match.group(1)
    if not (_TRIAL_WORD.search(sent.text) or _NUMBERED_NAME.fullmatch(name)):
        return None
    if name in _NOT_TRIAL or name in names or _abbreviates(text[max(0, end - 80) : end], name):
        return None
    return name


_FUNCTION_WORDS = frozenset({"of", "the", "and", "or", "in", "with", "for", "to"})


def _abbreviates(before: str, name: str) -> bool:
    """Whether `name` abbreviates the words just before it: their initials ("extensive-stage
    small cell lung cancer (ES-SCLC)", "locally advanced squamous cell carcinoma of the head
    and neck (LA SCCHN)"), or for a short name, letters of a word it opens ("dermatomyositis
    (DM)"): no trial's name."""
    letters = [c for c in name.lower() if c.isalpha()]
    words = [
        w
        for w in re.split(r"[\s/-]+", before.lower())
        if w[:1].isalpha() and w not in _FUNCTION_WORDS
    ][-(len(letters) + 2) :]
    if len(letters) < 2:
        return False
    remaining = iter(w[0] for w in words)
    if all(letter in remaining for letter in letters):
        return True
    if len(letters) > 3:
        return False
    for k, word in enumerate(words):
        if word[0] == letters[0]:
            rest = iter(" ".join(words[k:])[1:])
            if all(letter in rest for letter in letters[1:]):
                return True
    return False
