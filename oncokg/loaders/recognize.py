"""Find entity mentions with character offsets: one dictionary automaton plus morphology.

Dictionary hits come from `vocab.get_vocab().automaton` over length-preserving folded text
(words marked), so offsets are offsets into the original text. Names no dictionary has are
found by shape: INN stems, code names, brands marked ® / ™ or linked "BRAND (inn)", company
suffixes and institution words. Gene symbols become mentions only in contexts that make them
targets.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import ahocorasick

from oncokg.loaders.matching import (
    PLACE_NAME,
    alternatives_of,
    by_first_letter,
    document_lower_like_ignorecase,
    each_opening,
    find_all,
    holds_any,
    matches_from,
    words_first,
)
from oncokg.loaders.vocabulary import (
    DISEASE,
    DRUG,
    GENE,
    NOT_ORG,
    ORG,
    Entry,
    Vocab,
    derived,
    document_lower,
    fold,
    fold_case,
    key_of,
    lowered_pattern,
    mark_words,
    singular,
)

MOLECULE, TARGET = "molecule", "target"


def _starting(chars: str, pattern: str) -> re.Pattern[str]:
    """`pattern` behind a lookahead for `chars`, a class holding the first character of every
    match (so each alternative must open with one of them). A pattern opening with \\b or a
    lookbehind gives the engine no first characters to skip to, so a scan tries all of it at
    every offset of a document; the lookahead turns most offsets away at once (scans of a
    document 1.2-2x faster, the same matches)."""
    return re.compile(rf"(?={chars})(?:{pattern})")


def _in_order(patterns: Iterable[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """The matches of patterns no two of whose matches overlap, by where they start. Each
    opening with its own literal, the engine skips from one to the next: a scan each is ~2-3x
    cheaper than one scan for their alternation, which stops at each of their first letters."""
    return sorted((m for p in patterns for m in p.finditer(text)), key=lambda m: m.start())


_INN_STEMS = (
    "mab|tinib|ciclib|parib|clax|degib|sidenib|leucel|tide|stat|vedotin|deruxtecan|menib|"
    "rafenib|metinib|brutinib|lisib|zomib|platin|taxel|rubicin|tecan|limus|citinib|rsen|siran|"
    "cept|kin|tamab|lutamide|ctinib|lisib|stim|tinib|cabtagene|gene|relin|trozole|fenib|"
    "zumab|ximab|umab|tuzumab|zimab|lukast|tegravir|previr|buvir|cogene|fusp|imod|ertib|dutide|"
    # the antibody stems of the 2021 INN reform: -tug, -bart, -mig
    "tug|bart|mig|"
    # the cell-therapy stems beside -leucel: dendritic, stem and stromal cells
    "dencel|temcel|strocel|"
    # -ib ends the INN of nearly every small-molecule inhibitor (-rasib, -anib, -coxib, new
    # stems too); no English word of five letters or more before it does
    "ib|domide|citabine|mustine"
)
# Stems no name or word of English ends with: a capitalised word mid-sentence that ends so is
# a drug written with a capital ("the trial of Zorvetinib"), unlike "-kin" or "-gene" names.
_STRONG_STEM = re.compile(
    r"(?:mab|[a-z]{3}ib|cept|ciclib|parib|clax|leucel|dencel|temcel|strocel|deruxtecan|vedotin)$"
)
# A stem of six letters or more names a drug after a shorter prefix too ("zorcitabine")
_LONG_STEMS = "|".join(stem for stem in _INN_STEMS.split("|") if len(stem) >= 6)
_INN = re.compile(rf"[A-Za-z][a-z]{{3,}}(?:{_INN_STEMS})|[A-Za-z][a-z]{{1,2}}(?:{_LONG_STEMS})")
_BIOSIMILAR_TAIL = re.compile(r"-[a-z]{4}\b")


@lru_cache(maxsize=1)
def _stem_automaton() -> Any:
    auto = ahocorasick.Automaton()
    for stem in set(_INN_STEMS.split("|")):
        auto.add_word(stem, len(stem))
    auto.make_automaton()
    return auto


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _inn_words(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words `_INN` matches, with an optional biosimilar suffix
    ("-xxxx"). The stems are found with a small Aho-Corasick automaton and each word is read
    back from its stem: ~4x cheaper than a word regex plus a per-word test."""
    out: list[tuple[int, int]] = []
    n = len(text)
    last = -1
    for stem_end, length in _stem_automaton().iter(text):
        end = stem_end + 1
        if end == last or (end < n and _is_word(text[end])):
            continue
        start = end - length
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start > 0 and "A" <= text[start - 1] <= "Z":
            start -= 1
        if (start > 0 and _is_word(text[start - 1])) or not _INN.fullmatch(text, start, end):
            continue
        last = end
        tail = _BIOSIMILAR_TAIL.match(text, end)
        out.append((start, tail.end() if tail else end))
    return out


# The second word of a two-word INN: an ADC's payload (-tecan, -dotin, -tansine, -micin...),
# a cell therapy's -leucel, a conjugate, a salt or a form.
_PAYLOAD = re.compile(
    r"[a-z]{2,}(?:tecan|dotin|tansine|micin|sirine|leucel|dotox|xetan|carmazine)|emtansine"
)
# (a headline capitalises the payload too: "Upifitamab Rilsodotin")
_ADC_TAIL = re.compile(
    rf"\s+((?i:{_PAYLOAD.pattern})|pegol|alfa|beta|sodium|mes[iy]late|hydrochloride"
    # a gene or cell therapy's second word: its vector ("vusolimogene oderparepvec") or its
    # cells ("zorcabtagene autoleucel")
    r"|[a-z]{3,}(?:vec|leucel))\b"
)
# A pattern opening with a character class lets the engine skip to the characters of the
# class; a lookbehind after the first character then says what may precede it (the same
# matches as a leading lookbehind or \b, ~2x faster). A capital letter opening a word:
_WORD_CAPITAL = r"[A-Z](?<!\w[A-Z])"
# A code's first character read first, then what follows it: after a capital "ABC-123",
# "AB12C", "ABC12-DXd", "A-DXd"; after an apostrophe "'123".
# (A run read possessively, {m,n}+, where what follows it cannot follow a shorter part of it:
# no giving back at each capital, ~1.25x faster.)
_CODE = re.compile(
    # (not after "&": "the S&P 500" is an index, no code "P 500")
    r"[A-Z'](?<![\w\-/&].)(?:(?<=[A-Z])(?:[A-Za-z]{0,4}+[- ]?\d{3,8}+[A-Za-z]{0,2}+"
    # a cell product's suffix: "CSDT002-NK"; a one-letter prefix: "C-CAR011"
    r"(?:-NK|-CAR)?|-[A-Z]{2,4}\d{3,6}+"
    # a letter among the digits: "JAB-23E73"
    r"|[A-Z]{1,4}-?[A-Z]\d{1,4}[A-Z]{0,2}|[A-Z]{0,3}+-\d{1,4}[A-Z]\d{1,4}+"
    # a lower-case letter after the hyphen: "ZN-c3"
    r"|[A-Z]{1,3}-[a-z]\d{1,3}"
    r"|[A-Za-z0-9]{1,5}+-DXd|-DXd)|(?<=')\d{3})(?![\w\-])"
)
_PROTEIN_NOUN_AFTER = re.compile(r"[ ](?:tumou?r[ ])?(?:antigen|protein|gene)s?\b")
_ABSTRACT_BEFORE = re.compile(r"\b(?:Abstract|Poster)(?:\s+(?:No\.?|#|Number))?\s*[:#]?\s*$")
# a spaced code's letters are capitals ("S 55746", "PF 06821497"), not a word's
_SPACED_WORD_NUMBER = re.compile(r"[A-Z][a-z]+ \d+")
_CODE_STOP = re.compile(
    # trial registries' numbers (long: "KCT0001234"; "KCT-501" is a drug code)
    r"^((?:NCT|ChiCTR|CTR|ISRCTN|ACTRN|JapicCTI|EUCTR|DRKS|KCT|CTRI|jRCT)[-/]?\d{5}|"
    r"COVID|ISO|SEC|FORM|Q[1-4]|CD|IL|HLA|RCUS|BGNE|Phase|Form|"
    # an exchange before a ticker of digits ("Eisai Co., Ltd. (Tokyo, TSE 4523)")
    r"SSE|SZSE|HKEX|SEHK|NYSE|NASDAQ|TSE|TYO|JPX|KRX|KOSDAQ|TWSE|"
    # a state before a ZIP code ("CA 94080"); "FL-091" is a code
    r"Rule|Item|Section|Suite|Room|Route|Box|(?:CA|NJ|NY|MA|PA|TX|FL|WA)[ ]|"
    # tumour markers ("CA-125"); "CA-4948" is a code
    r"CA-?(?:125|15-3|19-9)|No|Grade|Stage|Type|"
    # clinical scores and their thresholds ("PASI 100", "EASI-75")
    r"PASI|EASI|SLEDAI|CDAI|BASDAI|"
    # response criteria ("according to the RECIST1.1", "IMWG 2016")
    r"RECIST|IMWG|"
    r"ICD|UICC|FY|CY|H[12]|SARS|PDUFA|ECOG|CTCAE|Study|USD|EUR|DKK|CHF|GBP|JPY|RMB|NOK|SEK|CNY|HKD|KRW|INR|AUD|CAD|SGD|Trial|Cohort|Arm|"
    r"Part|Protocol|Patent|Article|Figure|Table|Page|Version|Unit|Building|Floor|"
    # a date with a footnote's mark glued to its year ("in April 2024ii"); a determiner
    # before a dose ("The 450mg starting dose")
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"The|This|That|These|Those|Its|Our|Their)"
    # the whole of the code's letters: "CDX-011", "ILX-295", "CAN-2409" are drug codes
    r"(?![A-Za-z])"
)
# A trademark sign, also as a page read in the wrong encoding shows it ("AvastinÂ®").
MARK = r"(?:[ÂĀ]?[®™])"
_BRAND = re.compile(
    rf"([A-Z](?<!\w.)[A-Za-z0-9]{{2,}}(?:-[A-Za-z0-9]+)?)\s?{MARK}(?:-([A-Z0-9][A-Za-z0-9x]+))?"
)
# (what a brand's name is written with: its letters, digits and hyphen)
_BRAND_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def _brands(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_BRAND.finditer(text)`, tried only at the capitals of the word before
    each mark: a match is a name of letters, digits and a hyphen, a blank and "Â" at most, then
    its mark. (The scan tried the pattern at every capital of the text: ~5x cheaper.)"""
    marks = sorted(at for sign in "®™" for at in find_all(text, sign))
    end = 0
    for mark in marks:
        start = mark - (text[mark - 1 : mark] in ("Â", "Ā"))
        start -= text[start - 1 : start].isspace()
        while start > 0 and text[start - 1] in _BRAND_NAME_CHARS:
            start -= 1
        for at in range(max(start, end), mark):
            if "A" <= text[at] <= "Z" and (m := _BRAND.match(text, at)):
                end = m.end()
                yield m
                break


_PLATFORM_NAME = re.compile(
    rf"({_WORD_CAPITAL}[A-Za-z]+)®?-((?:CD\d+|[A-Z0-9]{{2,8}})(?:[x×][A-Z0-9]{{2,8}})?)\b"
)
_CAR_T = re.compile(
    rf"({_WORD_CAPITAL}[A-Z]{{1,5}}\d{{1,3}}[A-Z]?)\b"
    r"(?=\s+(?:CAR|is an? (?:allogeneic|autologous)))"
)

# (with the accented letters of European names: "University of Würzburg", "Zürich")
_CAP = r"(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ0-9.\-]*|[a-z]+[A-Z][A-Za-z]*)"
_TARGET_AFTER = lowered_pattern(
    # (the target's abbreviation or its name spelled out in parentheses: "RORγt (retinoic acid
    # receptor-related orphan receptor gamma) inhibitor")
    # ("a BCMA-CD3 bispecific", "B-cell maturation antigen (BCMA) CD3-targeted": a T-cell
    # engager's second arm joined by a hyphen, or after a blank when it is a CD antigen)
    r"^\)?(?:\s*\([^()]{2,70}\))?"
    # (not an autoantibody's isotype: "AQP4-IgG antibody")
    r"(?:(?:\s*(?:/|,|&|and|or|x|×|\+)\s*|-(?=[a-z])(?!ig[adegm]\b)|\s+(?=cd\d))"
    r"[A-Za-z0-9\-]{2,12}){0,3}"
    r"\s*[- ]?\s*(?:(?:selective|preferential|specific|mediated|high[- ]affinity|dual|oral|"
    r"small[- ]molecule|covalent|irreversible|reversible|allosteric|humanized|fully human|"
    # ("a PD-1 immune checkpoint inhibitor")
    r"monoclonal|protein|(?:hetero)?bifunctional|potent|novel|pan|inverse|partial|immune|"
    # ("a DLL3/CD3 IgG-like T-cell engager")
    r"igg(?:\d|-like)|"
    r"checkpoint)[\s-]+){0,3}(?:receptors?[\s-]+)?"
    # ("targeted for" a date or a launch schedules, it names no target)
    r"(?:inhibit(?:or|ion)|antagonist|agonist|antibod|blocker|degrader|degradation|"
    r"target(?!ed\s+for\b)|"
    r"(?:re)?directed|clamp|"
    # ("the NY-ESO-1 siTCR", "a MAGE-A4 TCR-T therapy": a T-cell receptor made to bind it)
    r"bi-?specific|CAR\b|(?:si)?TCR(?:TM|™|®)?\b|"
    # ("an epidermal growth factor receptor tyrosine kinase (EGFR-TK) inhibitor")
    # ("a JAK2/FLT3 multikinase inhibitor")
    r"ADC|antibody-drug|(?:tyrosine[- ]|multi-?)?kinase(?:\s*\([^()]{2,20}\))? inhibitor|"
    r"modulator|engager|immunotoxin|"
    r"x\s?CD|×\s?CD|"
    r"-?binding|-?blocking|-?neutrali[sz]ing|modulating|mAb|T-cell engager|TKI|program|"
    r"drug candidates?|"
    # "the first TYK2 drug approved"
    r"drugs?\b|"
    # "kinase blockers with IRAK1 and JAK2 specificity"
    r"specificity|selectivity)",
)
# What every match of `_TARGET_AFTER` holds (a word of its last alternation): a window with
# none of them is spared the match, which backtracks through the words before that word.
_TARGET_AFTER_WORDS = (
    *("inhibit", "agonist", "antibod", "block", "degrad", "target", "directed", "clamp"),
    *("specific", "car", "tcr", "adc", "modulat", "engager", "immunotoxin", "cd", "binding"),
    *("neutrali", "mab", "tki", "program", "drug", "selectivit"),
)
_TARGET_BEFORE = lowered_pattern(
    r"(?:\banti-?\s?|\bbridge\s+|\bCD\d+\s?[x×]\s?|"
    # ("an antibody-drug conjugate targeted to CD33")
    r"(?:\btargets?|\btargeting|\btargeted\s+(?:to|at|against)|\binhibit(?:s|ed|ing)?|\bneutrali[sz](?:e|es|ed|ing)|\bsilences?|\bactivat(?:e|es|ing)|"
    # "designed to engage CD3 on T cells and ... the tumor associated antigens (TAAs) CD33"
    r"\bengag(?:e|es|ed|ing)|\btumou?r[- ]associated antigens?(?: \([a-z]{2,6}\))?|"
    # "acts as a connector between a protein called CD19 ... and CD3"
    r"\b(?:connector|link|bridge)s?\s+between|"
    r"\b(?:inhibitor|antagonist|agonist|engager|degrader|blocker|modulator)s?"
    r"(?: \([a-z]{2,6}\))? (?:of|to)|"
    # (not "membrane-bound X", an adjective)
    r"\bagainst|\b(?:bind(?:s|ing)?|(?<!-)bound)(?:\s+(?:\w+ly|with\s+(?:high\s+)?(?:affinity|specificity)))?"
    r"(?:\s+to)?|\bblock(?:s|ed|ing)?|\bdirected (?:at|against|to)|\bantibod(?:y|ies) to|"
    r"\bdegrad(?:e|es|ed|ing)|"
    # "acts through (the) inhibition of X"
    r"\b(?:inhibition|blockade|antagonism|neutrali[sz]ation|degradation)\s+of|"
    r"\brecogni[sz](?:e|es|ed|ing)|\b(?:selective|specific|specificity) for|"
    # ("a binding affinity and high potency for interleukin-5", "selectively acts on the
    # histamine H4 receptors")
    r"\baffinity\s+(?:and\s+(?:[\w-]+\s+){1,3})?for|\bact(?:s|ing)?\s+on)\s+(?:human\s+)?"
    # what the text calls the target before naming it: "targets a protein called CD19",
    # "binds to a tumor antigen X", "directed against the cell surface protein X", "the
    # tyrosine kinases X, Y", "inhibits the activity of X", "wild-type and mutant forms of X"
    # ("targeting two important angiogenic factors, VEGF and DLL4")
    r"(?:both\s+)?(?:(?:the|an?)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:protein|antigen|receptor|molecule|"
    # ("blocking a cytokine called interleukin-17A", "a gene mutation known as KRAS G12C")
    r"kinase|enzyme|checkpoint|factor|cytokine|chemokine|ligand|mutation|"
    # ("an inhibitor of the serine protease C1s")
    r"protease|peptidase|phosphatase|ligase|transporter|channel)s?,?\s+"
    r"(?:(?:called|named|known as)\s+)?|"
    r"(?:[\w-]+\s+){0,3}?(?:activity|action|function|forms?|polymeri[sz]ation|signal+ing)\s+of\s+"
    r"(?:the\s+)?|"
    # "binds the p19 subunit of IL-23": a part of the target, perhaps abbreviated ("the
    # N-terminal domain ("NTD") of the androgen receptor")
    # ("the extracellular juxtamembrane domain IV of HER2": perhaps numbered)
    r"(?:[\w-]+\s+){0,4}?(?:subunit|chain|domain|pocket|binding\s+site)(?:\s+[ivx\d]{1,4})?"
    r"(?:\s+\([\"“”']?[\w-]{2,8}[\"“”']?\))?\s+of\s+(?:the\s+)?|"
    # "blocks the interaction between PD-1 and PD-L1"
    # ("an antagonist of the endosomal Toll-like receptors", "inhibits the oncogenic KRAS")
    r"(?:interaction|binding)\s+(?:between|of)\s+(?:the\s+)?|"
    # an RNA medicine's: "targets the messenger RNA (mRNA) for Smad7"
    r"(?:messenger\s+)?m?RNA(?:\s+\(mRNA\))?\s+(?:for|of|encoding|that\s+encodes)\s+"
    r"(?:the\s+)?)?"
    r"(?:mutant\s+|human\s+|[a-z]{3,}(?:al|ic|ar|ous)\s+)?)$",
)
# What every match of `_TARGET_BEFORE` holds (a word of each alternative of its cue): a
# window with none of them is spared the search, which tries the cue at every offset.
_TARGET_BEFORE_WORDS = (
    *("act", "anti", "cd", "target", "inhibit", "bind", "block", "against", "engag", "degrad"),
    *("agonist", "antagonism", "neutrali", "silence", "bridge", "between", "modulator", "bound"),
    *("directed ", "recogni", "specific", "selective for", "affinity"),
)
# "blocks signaling through the erbB family of receptors including": the members of a family
# a drug acts on, listed after it
_FAMILY_MEMBERS_BEFORE = lowered_pattern(
    r"\b(?:inhibit\w*|block\w*|target\w*|bind\w*|antagonist\w*|degrad\w*|against)\s"
    r"[^.;]{0,60}?\b(?:famil(?:y|ies)|kinases|RTKs|receptors|proteins|enzymes|antigens|"
    r"(?:transcription\s+|growth\s+)?factors|checkpoint\s+molecules|checkpoints)\b[^.;()]{0,50}?,?\s+"
    r"(?:including|such\s+as|namely)\s+(?:the\s+)?"
    # (and the items listed before: "including VEGFR, FGFR, PDGFRα, KIT and RET")
    r"(?:[a-z0-9α-ω][\w\-α-ω/]{0,11}(?:\s*\([^()]{1,20}\))?\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)){0,8}$"
)
# what a target is called next to its name in a list ("the A antigen", "the antibody A")
_DESCRIBED_AS = r"(?:antigen|protein|molecule|antibody|receptor|ligand|cytokine)"
# ... and where it is: "the A antigen present in tumors"
_DESCRIBED_AFTER = (
    r"\s+" + _DESCRIBED_AS + r"(?:\s+(?:present|expressed|found)\s+(?:on|in)\s+"
    r"(?:[a-z][a-z\-]*\s+){0,2}?[a-z][a-z\-]*)?"
)
_TARGET_BEFORE_LIST = lowered_pattern(
    r"(?:\btargets?|\btargeting|\binhibits?|\bagainst|\bbinds?(?:\s+to)?|\bblocks?|"
    # ("an inhibitor of FGFR1/2 and VEGFR1-3")
    r"\b(?:inhibitor|antagonist|blocker|degrader)s?\s+of|\binhibition\s+of)\s+"
    # (the first perhaps numbered and abbreviated: "targeting claudin 18.2 (CLDN18.2) and")
    # (a dual-target drug's first target perhaps described, before or after: "targets both the
    # immune checkpoint molecule A and B", "targets the A antigen present in tumors and the B")
    r"(?:both\s+)?(?:the\s+)?(?:(?:[a-z][a-z\-]*\s+){0,2}?" + _DESCRIBED_AS + r"\s+)?"
    r"[a-z0-9α-ω][a-z0-9α-ω\-/]{1,11}(?:\s\d[\d.]*)?(?:\s\([^()]{1,12}\))?"
    r"(?:" + _DESCRIBED_AFTER + r")?\s*(?:,|and|/|&|or)\s*(?:the\s+)?$"
)
# (what every match of `_TARGET_BEFORE_LIST` holds: a word of its cue)
_TARGET_BEFORE_LIST_WORDS = ("target", "inhibit", "against", "bind", "block", "agonist", "degrad")
_NOT_TARGET_AFTER = lowered_pattern(
    # "anti-MuSK antibody positive", "AQP4-IgG seropositive", "anti-aquaporin-4 (AQP4)
    # antibody positive": an autoantibody status
    r"^\)?(?:\s*\([^()]{1,12}\))?\s*(?:(?:auto)?antibod(?:y|ies)|IgG)[- ]?(?:sero)?"
    r"(?:positive|negative)|"
    # "BRAF/MEK inhibitor-refractory melanoma": the patients a class of drugs failed
    r"^(?:\s*/\s*[\w-]{2,10})*[-\s]*(?:inhibitor|blocker|antagonist|agonist|antibod(?:y|ie)|"
    r"therap(?:y|ie))s?[- ](?:refractory|resistant|pre-?treated|experienced|na[iï]ve|intolerant)|"
    # "an antibody linked to a topoisomerase I inhibitor payload": what the payload acts on,
    # not the conjugate's target
    r"^\s*(?:inhibitor|agent)s?[- ](?:based[- ])?payloads?\b|"
    r"^\s*[-\s]?\s*(?:mutant|mutated|mutation|mutations|positive|negative|amplified|amplification|"
    r"expression|expressing|fusion|aberrant|aberration|rearrange|deficient|wild|status|altered|"
    # ("HER2+", not "CDK4/6 + ARK5 inhibitor", two targets of one drug)
    r"alteration|V\d{3}|exon|\+(?!\s+[a-z0-9][a-z0-9\-]{1,11}\s+inhibitor)|-\s*(?:$|[ ,;)])|"
    # "targets NKG2D ligands": what binds the protein, not the protein itself; "the ErbB
    # family": a family of proteins, no one target
    r"ligands?\b|famil(?:y|ies)\b)|"
    # "Interleukin-2-inducible T-cell Kinase (ITK)": a word of another protein's name
    r"^-(?:inducible|induced|inducing|dependent|related|associated|activated|like)\b",
)
# "targeting PSMA-expressing cells", "directed against CD70-positive tumor cells", "delivers
# ... to tumor cells that express X": the cells a drug acts on, named by the protein it finds
# on them ("patients whose tumors express PD-L1" names no drug's action).
_CELLS_CARRYING_AFTER = lowered_pattern(
    r"^\s*-\s*(?:over-?)?(?:expressing|positive)\s+(?:[\w-]+\s+|[A-Za-z]+-){0,3}?(?:cells?|tumou?rs?)\b"
)
_ACTS_ON_CELLS = (
    # ("designed to specifically recognize and bind CD19-positive B-cells")
    r"(?:\btarget(?:s|ing|ed)?|\bdirected (?:at|against|to)|"
    r"\b(?:recogni[sz]e|bind)(?:s|ing)?(?:\s+(?:and|or)\s+(?:recogni[sz]e|bind)(?:s|ing)?)?"
    r"(?:\s+to)?)\s+(?:the\s+)?"
)
_ACTS_ON_CELLS_BEFORE = lowered_pattern(rf"{_ACTS_ON_CELLS}$")
# "silences PCSK9", "designed to silence the TTR gene": what an RNA medicine acts on
_SILENCES_BEFORE = lowered_pattern(r"\bsilences?\s+(?:the\s+)?$")
_CELLS_EXPRESSING_BEFORE = lowered_pattern(
    # ("redirects T cells towards cancer cells expressing X": a T-cell engager's verb)
    r"\b(?:target\w*|bind\w*|deliver\w*|directed|redirect\w*|recogni[sz]\w*)\s+(?:[\w-]+\s+){0,10}?"
    r"(?:cells?|tumou?rs?)(?:\s+(?:sites?|tissues?))?\s+(?:(?:that|which)\s+(?:over-?)?express(?:es)?|(?:over-?)?expressing)"
    r"\s+(?:(?:high\s+)?levels?\s+of\s+)?(?:the\s+)?$"
)
# A drug's verb before "the X mutation" makes the mutant protein what it acts on; "X-mutant"
# or "X mutation-positive" before a disease selects patients.
_MUTATION_ACTED_ON = lowered_pattern(
    r"\b(?:inhibit|target|block|bind|degrad)\w*\s+(?:to\s+|of\s+)?(?:the\s+|a\s+)?"
    # "targets the broad spectrum of KIT and PDGFRα mutations"
    r"(?:(?:broad\s+|wide\s+)?(?:spectrum|range|array|variety)\s+of\s+)?"
    r"(?:oncogenic\s+|mutant\s+|activating\s+)?"
    r"(?:[a-z0-9α-ω][a-z0-9α-ω\-]{1,11}\s*(?:,|and|/|or)\s*)?$"
)
_MUTATION_NOUN_AFTER = lowered_pattern(
    r"^\s*(?:(?:,|and|/|or)\s*[a-z0-9α-ω][a-z0-9α-ω\-]{1,11}\s+)?"
    r"(?:[a-z]\d{2,4}[a-z]?\s+|exon\s?\d{1,2}\s+(?:insertion|deletion|skipping)\s+)?"
    r"mutations?\b(?!\s*-?\s*(?:positive|negative|driven|bearing))"
)
# The numbers after a family's name: "1/2", "1-3", "1, 2 and 3", "-1, -2, and -3".
_NUMBERS = r"[ -]?(\d)((?:\s*(?:/|,?\s*(?:and|&)|,|-|–|to)\s*[-–]?\d\b)+)"
_RANGE = re.compile(rf"({_WORD_CAPITAL}[A-Z]{{1,5}})\)?" + _NUMBERS)
# (the text's capitals as "A", its digits as "0" (any other character that may be one, written
# "?" in ASCII, too), the rest kept: the digits that follow two capitals as a range's first
# number does are found by a scan that skips from "0" to "0", not from capital to capital)
_CAPITALS_AND_DIGITS = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789?", b"A" * 26 + b"0" * 11
)
_DIGIT_AFTER_CAPITALS = re.compile(rb"0(?:(?<=AA0)|(?<=AA[ )\-]0)|(?<=AA\)[ \-]0))")
_LONGEST_RANGE_HEAD = 6


def _range_matches(text: str) -> Iterator[re.Match[str]]:
    """`_RANGE.finditer(text)`, tried only at the capitals a range's first number follows
    (a match opens where a word's capitals do, two to six, and its first digit follows them
    after a ")" or a blank or a hyphen)."""
    return matches_from(_RANGE, text, _range_starts(text))


def _range_starts(text: str) -> Iterator[int]:
    """Where a range may open: the start of the capitals before each digit they precede."""
    classes = text.encode("ascii", "replace").translate(_CAPITALS_AND_DIGITS)
    for digit in _DIGIT_AFTER_CAPITALS.finditer(classes):
        head_end = digit.start()
        if text[head_end - 1] in " -":
            head_end -= 1
        if text[head_end - 1] == ")":
            head_end -= 1
        start = head_end
        while start > max(0, head_end - _LONGEST_RANGE_HEAD) and classes[start - 1] == 65:  # ("A")
            start -= 1
        yield start


# Members told apart by a letter, slash-joined: "IL-17A/F" -> IL17A, IL17F.
_LETTERED_RANGE = re.compile(
    r"([A-Z](?<!\w.)[A-Za-z]{1,5}-?\d{1,2})([A-Z])((?:\s?/\s?[A-Z])+)(?![\w-])"
)
# (its slash after the first member's letter, perhaps a blank between: a scan that skips from
# "/" to "/" spares most texts `_LETTERED_RANGE`'s, which tries every capital)
_SLASH_AFTER_LETTER = re.compile(r"/(?<=[A-Z]/)|/(?<=[A-Z]\s/)")
# "fibroblast growth factor receptors 1, 2 and 3": members named "... receptor N"
# (the family's abbreviation may stand inside: "fibroblast growth factor (FGF) receptors 1
# and 2")
# (the family's abbreviation may stand before the numbers: "Toll-like receptors (TLRs) 7, 8")
_NAMED_RANGE = re.compile(
    r"((?:[a-z][a-z0-9\-]*\s+|\([a-z0-9\-]{2,8}\)\s+){1,7}(?:receptor|kinase))s?\s*"
    r"(?:\([a-z0-9\-]{2,8}\)\s*)?" + _NUMBERS
)
_NUMBERED_HEADS = tuple(
    re.compile(rf"{head}(?=s?\s*(?:\([a-z0-9\-]{{2,8}}\)\s*)?[-–]?\s*\d)")
    for head in ("receptor", "kinase")
)  # (read with `_in_order`)
# "a KRAS G12D inhibitor", "EGFR T790M selective inhibitors", "an EGFR exon 20 insertion
# inhibitor", "a HER2 mutant-selective inhibitor": the mutant protein a drug acts on.
_MUTANT_CLASS_AFTER = lowered_pattern(
    r"^\s*(?:[A-Z]\d{1,4}[A-Z]?|exon\s?\d{1,2}\s+(?:insertion|deletion|skipping)(?:\s+mutations?)?|"
    r"(?:mutant|mutation)[- ]selective|mutant)\s+"
    # ("a pan-EGFR mutant kinase inhibitor", "an EGFR mutation-selective tyrosine kinase
    # inhibitor": the kinase class noun before its last word)
    r"(?:(?:selective|specific|covalent|oral|small[- ]molecule)\s+){0,2}"
    r"(?:(?:tyrosine\s+)?kinase\s+)?inhibitors?\b"
)
# "FAP x 4-1BB", "CLDN18.2×CD3": the two arms of a bispecific, each a target.
# "ivonescimab (PD-1/VEGF, AK112)", "AK104 (PD-1/CTLA-4)", "tislelizumab (PD-1)": a drug's
# targets in parentheses right after its INN or code, as Asian releases write them
_DRUG_BEFORE_PAREN = re.compile(
    r"(?<![\w-])(?:[a-z]{3,}(?:mab|cept|tinib|ciclib|parib|lisib|rafenib|leucel)|[A-Z]{1,4}-?\d{3,6})"
    r"\s*\((?:[A-Za-z0-9-]{2,12}\s*[/x×]\s*)?$"
)
_PAREN_TARGETS_AFTER = re.compile(r"(?:\s*[/x×]\s*[A-Za-z0-9-]{2,12})?\s*[,;)]")
_BISPECIFIC_BEFORE = re.compile(r"\b[A-Z][A-Za-z0-9.-]{1,9}\s?[x×]\s?$")
_BISPECIFIC_AFTER = re.compile(r"\s?[x×]\s?[A-Z0-9][A-Za-z0-9.-]{1,9}\b")


@dataclass
class Span:
    """A recognised mention. `key` is the vocabulary reference (HGNC symbol, DOID, DrugBank
    id, canonical name) or the surface when nothing resolved it."""

    kind: str
    start: int
    end: int
    text: str
    key: str
    broad: bool = False
    link: str = ""  # for a brand/code: the surface of the INN it was linked to


# A gene named as the class of another treatment (a prior therapy, a combination partner, a
# negated class, a class it is contrasted with) is no target of the drug the text is about:
# "failed at least one anti-TNF therapy", "in combination with an aromatase inhibitor",
# "non-anti-TNF biologic agents", "unlike other BTK inhibitors".
# "prior lines of therapy, including": a list of what the patients had before
# (its words first, then their boundary: `words_first`)
_PRIOR_LIST_OPENS = words_first(
    r"failed|prior|previous(?:ly)?", r"\s[^.;()]{0,60}?\b(?:including|such as)\s+"
)
_PRIOR_THERAPY = lowered_pattern(
    each_opening(
        r"prior to|prior|after|failed|failure of|response to|intoleran\w* to|refractory to|"
        r"pretreated with|treated with|in combination with|combined with|"
        # a class the drug is set against: "Unlike first-generation EGFR inhibitors, X ..."
        r"u(?<!\w.)nlike|in contrast to|compared (?:with|to)|rather than|instead of|"
        r"as opposed to",
        r"\s+(?:the use of\s+)?"
        r"(?:one or more\s+)?(?:[\w\-]+\s+){0,3}(?:[\w\-]+\s*\(\s*)?(?:anti-?\s?)?$",
    )
    + r"|n(?<![\w-].)on-(?:anti-)?$"
    # ("advanced post-anti-PD1 melanoma": patients the anti-PD1 drugs failed)
    + r"|p(?<![\w-].)ost-(?:anti-)?$"
    # "who have failed at least one conventional therapy, including TNFα antagonists", "prior
    # lines of therapy, including a proteasome inhibitor"
    + "|"
    + each_opening(_PRIOR_LIST_OPENS, r"(?:an?\s+)?(?:anti-?\s?)?$"),
)
# What every match of `_PRIOR_THERAPY` holds (a word of each of its openings): most windows
# hold none and are spared the search.
_PRIOR_THERAPY_WORDS = (
    *("prior", "after", "fail", "response to", "intoleran", "refractory to", "treated with"),
    *("combin", "unlike", "contrast to", "compared ", "rather than", "instead of", "opposed to"),
    *("non-", "post-", "previous"),
)
# ... or a later item of such a list: "one to three prior lines of therapy, including an
# immunomodulatory drug (IMiD) and an anti-CD38 monoclonal antibody" (or a middle one: "...,
# including an immunomodulatory agent, a proteasome inhibitor and ...")
_PRIOR_LISTED = lowered_pattern(
    each_opening(
        _PRIOR_LIST_OPENS,
        r"(?:[^.;()]|\([^()]{0,20}\)){0,60}?(?:\s(?:and|or)|,)\s+(?:an?\s+)?(?:anti-?\s?)?$",
    )
)
# ... or a class the text rules out for the patient: "in the event TNF blockers are
# clinically inadvisable".
_CLASS_RULED_OUT = lowered_pattern(
    r"^\s*[-\s]?(?:blockers|inhibitors|antagonists|agents|therapy|therapies|biologics)\s+"
    r"(?:are|is|were|was|have been|has been)\s+(?:[\w-]+\s+){0,2}"
    r"(?:inadvisable|contraindicated|not tolerated|inappropriate|not appropriate|ineffective)"
)


_BLANKS = re.compile(r"\s{2,}")


def _squeeze(window: str) -> str:
    """Runs of whitespace as one space: the context patterns' adjacent blank quantifiers would
    otherwise backtrack polynomially over a long run of blanks."""
    return _BLANKS.sub(" ", window) if "  " in window or "\n" in window else window


# "without direct inhibition of JAK1/2/3", "does not inhibit JAK1 or JAK2": what a drug is
# said not to act on
_NEGATED_ACTION = lowered_pattern(
    r"\b(?:without|not(?!\s+only\b)|no|never|nor)\s+(?:\w+\s+){0,2}?(?:inhibit\w*|block\w*|bind\w*|"
    r"target\w*|inhibition|blockade)\s+(?:(?:of|to|on)\s+)?(?:the\s+)?"
    r"(?:[a-z0-9α-ω][a-z0-9α-ω\-/]{0,11}\s*(?:,|and|or|/)\s*(?:the\s+)?){0,3}$"
)
# (what every match of `_NEGATED_ACTION` holds: a word of its verb)
_NEGATED_ACTION_WORDS = ("inhibit", "block", "bind", "target")


def in_prior_therapy_list(low: str, start: int) -> bool:
    """Whether a target at `start` of lowered text names a later item of a list of prior
    therapies ("prior lines of therapy, including an IMiD and an anti-CD38 antibody"): what
    the patients had, not what the drug acts on."""
    before = low[max(0, start - 150) : start]
    return ("includ" in before or "such as" in before) and bool(
        _PRIOR_LISTED.search(_squeeze(before))
    )


# A growth factor named before "tyrosine kinase inhibitor" or "TKI" names the kinase of its
# receptors ("an oral VEGF-TKI", "a vascular endothelial growth factor (VEGF) tyrosine kinase
# inhibitor (TKI)"): the factor itself is no kinase, so no target of the drug.
_GROWTH_FACTOR = re.compile(
    r"(?:VEGF|PDGF|FGF|EGF|HGF|IGF)[A-D0-9]?|(?i:[\w -]*growth factor(?: [A-D0-9])?)"
)
_KINASE_INHIBITOR_AFTER = lowered_pattern(
    r"^\)?(?:\s*\([^()]{1,12}\))?[\s-]*(?:tyrosine[\s-]+kinase[\s-]+inhibitor|TKI)"
)


def is_target_context(text: str, start: int, end: int, low: str = "") -> bool:
    """True when the words around a gene mention make it the target of a drug. `low` is
    `lower_keep_length(text)` when the caller has it."""
    low = low or document_lower(text)
    after = _squeeze(low[end : end + 130])
    near = low[max(0, start - 60) : start]
    before = _squeeze(near)
    # (each search only where the window holds a word every match of it holds)
    if (holds_any(before, _PRIOR_THERAPY_WORDS) and _PRIOR_THERAPY.search(before)) or (
        holds_any(before, _NEGATED_ACTION_WORDS) and _NEGATED_ACTION.search(before)
    ):
        return False
    if _KINASE_INHIBITOR_AFTER.match(after) and _GROWTH_FACTOR.fullmatch(text, start, end):
        return False  # "a VEGF tyrosine kinase inhibitor": its receptors' kinase, not VEGF
    # (each pair's anchored match first, then the search through the words before)
    if _MUTATION_NOUN_AFTER.match(after) and _MUTATION_ACTED_ON.search(before):
        return True  # "designed to selectively inhibit the BRAF mutation"
    if _MUTANT_CLASS_AFTER.match(after):
        return True
    if _BISPECIFIC_AFTER.match(text, end) or _BISPECIFIC_BEFORE.search(
        text, max(0, start - 12), start
    ):
        return True
    if _PAREN_TARGETS_AFTER.match(text, end) and _DRUG_BEFORE_PAREN.search(
        text, max(0, start - 40), start
    ):
        return True
    if _CELLS_CARRYING_AFTER.match(after) and _ACTS_ON_CELLS_BEFORE.search(before):
        return True
    if "silence" in before and _SILENCES_BEFORE.search(before):
        return True  # "an siRNA designed to silence APOC3 expression"
    if _NOT_TARGET_AFTER.match(after):
        return False
    if _CLASS_RULED_OUT.match(after):
        return False
    if holds_any(after, _TARGET_AFTER_WORDS) and _TARGET_AFTER.match(after):
        return True
    if holds_any(before, _TARGET_BEFORE_WORDS) and _TARGET_BEFORE.search(before):
        return True
    if holds_any(before, _TARGET_BEFORE_LIST_WORDS) and _TARGET_BEFORE_LIST.search(before):
        return True  # "targets CD47 and PD-L1": the second of a list the cue opens
    if _cells_expressing(low, start):
        return True
    if ("including" in near or "such as" in near) and _FAMILY_MEMBERS_BEFORE.search(
        _squeeze(low[max(0, start - 150) : start])
    ):
        # "blocks the ErbB family of receptors, including EGFR, HER2 and HER4", "inhibits the
        # kinase activities of several RTKs including VEGFR, FGFR and KIT"
        return True
    # "inhibit the vascular endothelial growth factor (VEGF)": the cue precedes the long form
    window = _squeeze(low[max(0, start - 100) : start])
    # The long form ends in "(" (perhaps with a blank and a line end) just before the
    # mention; elsewhere the pattern, which backtracks through the words at every offset of
    # the window (~80 µs), cannot match.
    defined = _LONG_FORM_BEFORE.search(window) if "(" in window[-3:] else None
    if not defined:
        return False
    word_starts = [0] + [m.end() for m in re.finditer(" ", window[defined.start() : defined.end()])]
    # ("targeting claudin 18.2 (CLDN18.2) and cluster of differentiation 47 (CD47)": the
    # second of a list the cue opens)
    return any(
        _TARGET_BEFORE.search(window, 0, defined.start() + i)
        or _TARGET_BEFORE_LIST.search(window, 0, defined.start() + i)
        for i in word_starts[:-1]
    )


# "IL-23 receptor", "glucagon-like peptide-1 (GLP-1) receptor", "BAFF-R": a ligand's name
# (or its abbreviation in parentheses) naming its receptor
def _cells_expressing(low: str, start: int) -> bool:
    """ "delivers its payload to tumor cells that express X", also with X's long form before
    its abbreviation ("... that express prostate-specific membrane antigen (PSMA)")."""
    # (squeezing changes blanks only: a window without "express" is spared it)
    if low.find("express", max(0, start - 150), start) < 0:
        return False
    window = _squeeze(low[max(0, start - 150) : start])
    if _CELLS_EXPRESSING_BEFORE.search(window):
        return True
    defined = _LONG_FORM_BEFORE.search(window) if "(" in window[-3:] else None
    if not defined:
        return False
    return any(
        _CELLS_EXPRESSING_BEFORE.search(window, 0, defined.start() + m.start())
        for m in re.finditer(r"(?:^|(?<= ))\S", window[defined.start() : defined.end()])
    )


# (the abbreviation may stand in quotes: "Vascular Endothelial Growth Factor (“VEGF”) receptor")
_RECEPTOR_AFTER = re.compile(
    r"(?:\s*\([“\"]?([A-Za-z0-9α-ω-]{2,12})[”\"]?\))?[”\"]?\)?\s*[-‐]?\s*"
    r"(?:[Rr]eceptors?\b|R\b)"
)
# A receptor's number or letter after it: a member of the ligand's receptors
_NUMBERED = re.compile(r"\s*(?:\d|[A-Z](?![\w-]))")
# An interleukin's symbol: a ligand, whatever its receptor's symbol is
_INTERLEUKIN = re.compile(r"IL\d+[A-Z]?")


def _ligand_of_named_receptor(text: str, span: Span, vocab: Vocab) -> bool:
    """ "the interleukin-2 (IL-2) receptor", "EGF receptor", "the IL-36 receptor": the
    ligand's name used to name its receptor (a gene of its own, IL2RA or EGFR, even one no
    symbol spells from the ligand's), so no mention of the ligand."""
    named = _RECEPTOR_AFTER.match(text, span.end)
    if not named:
        return False
    if named.group().endswith("R") or _NUMBERED.match(text, named.end()):
        return True  # "BAFF-R"; "vascular endothelial growth factor receptors 1, 2 and 3"
    if _GROWTH_FACTOR.fullmatch(span.text):
        return True  # "VEGF receptor tyrosine kinases": a growth factor is no receptor
    return bool(_receptor_stem(span, named.group(1), vocab)) or bool(
        _INTERLEUKIN.fullmatch(span.key)
    )


def _receptor_stem(span: Span, abbreviation: str | None, vocab: Vocab) -> str:
    """The symbol stem of the receptor a ligand names: its written name with R ("GLP-1" gives
    GLP1R, "IL-23" IL23R, not the stems of GCG or IL23A), else its symbol with R (EGF)."""
    written = re.sub(r"[-‐\s]", "", abbreviation or span.text).upper()
    stems = _receptor_stems(vocab)
    return next((s for s in (f"{written}R", f"{span.key}R") if s in stems), "")


# "the IL-4 receptor alpha", "the IL-17 receptor A": the chain a ligand's receptor is named with
_RECEPTOR_NAMED = re.compile(
    r"(?:\s*\([“\"]?([A-Za-z0-9α-ω-]{2,12})[”\"]?\))?[”\"]?\)?\s*[-‐]?\s*[Rr]eceptor"
    r"(?:\s+(?:(alpha|α)|([AB]))(?![\w-]))?"
)


def _named_receptor(text: str, span: Span, vocab: Vocab) -> Span | None:
    """ "IL-4 receptor", "IL-5 receptor alpha", "IL-17 receptor A": the receptor gene a
    ligand names, its own "<ligand>R" (IL4R, EGFR), the chain named, or else its one alpha or
    first chain (IL5RA, IL1R1)."""
    named = _RECEPTOR_NAMED.match(text, span.end)
    if not named:
        return None
    symbol = _receptor_stem(span, named.group(1), vocab)
    if not symbol:
        return None
    chain = "A" if named.group(2) else named.group(3)
    if chain and f"{symbol}{chain}" in vocab.gene_ids:
        symbol = f"{symbol}{chain}"
    elif symbol not in vocab.gene_ids:
        chains = [s for s in (f"{symbol}A", f"{symbol}1", f"{symbol}A1") if s in vocab.gene_ids]
        if len(chains) != 1 or _names_a_family(symbol, vocab):
            return None  # "an S1P receptor modulator": S1PR1 to S1PR5, no one receptor
        symbol = chains[0]
    return Span(TARGET, span.start, named.end(), text[span.start : named.end()], symbol)


# What follows a receptor's stem in its symbol: a chain or subunit (IL2RA, IL13RA1, IL6R,
# TNFRSF1A), not another word (METRN, meteorin, says nothing of a "MET receptor").
_RECEPTOR_REST = re.compile(r"(?:[ABGL]\d?|SF\d+[A-Z]?|\d[A-Z]?|AP)?")


@derived
def _receptor_stems(vocab: Vocab) -> frozenset[str]:
    """The symbol prefixes ending in R that name a receptor with its chains (IL2RA gives
    IL2R): the receptors named "X receptor". (Built in the first extraction of a process:
    only the symbols holding an R are read letter by letter, ~2x faster.)"""
    return frozenset(
        symbol[: i + 1]
        for symbol in vocab.gene_ids
        if "R" in symbol
        for i, c in enumerate(symbol)
        if c == "R" and _RECEPTOR_REST.fullmatch(symbol, i + 1)
    )


# (a word of the long form may hold its own abbreviation: "tumor necrosis factor (TNF)-like")
# The leftmost match opens a word (one from a word's letter after the first matches from
# that first letter too): tried only where a word opens, and with no letter given back
# before the bracket (which no letter is), the search is ~6x faster, the same matches.
_LONG_FORM_BEFORE = re.compile(
    r"(?<![\w'’\-α-ω])(?:[\w'’\-α-ω]++(?: \([\w\-]{1,8}\)[\w\-]*+)? ){0,5}[\w'’\-α-ω]++ ?\( ?$"
)


# The literal first lets the engine skip to each x quickly (a leading lookbehind does not);
# a text with no "×" is read for the letter alone (the engine finds one literal ~13x faster
# than either of two characters).
_BISPECIFIC_X = re.compile(r"[x×](?<=[0-9A-Z][x×])(?=[A-Z0-9][A-Z0-9]*\d|[A-Z]{3,}(?![a-z]))")
_BISPECIFIC_LETTER_X = re.compile(r"x(?<=[0-9A-Z]x)(?=[A-Z0-9][A-Z0-9]*\d|[A-Z]{3,}(?![a-z]))")


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "_-"


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has no word character or hyphen on either side."""
    return not (start and _is_word_char(text[start - 1])) and not (
        end < len(text) and _is_word_char(text[end])
    )


def whole_tokens(text: str, forms: Iterable[str]) -> list[tuple[int, int, str]]:
    """(start, end, form) of each occurrence of a form with no word character or hyphen on
    either side, sorted. `str.find` per form: for a handful of forms this is much cheaper
    than a regex alternation tried at every offset."""
    found: list[tuple[int, int, str]] = []
    for form in forms:
        pos = text.find(form)
        while pos >= 0:
            found.append((pos, pos + len(form), form))
            pos = text.find(form, pos + 1)
    return _whole(text, found)


def _whole(text: str, found: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The (start, end, form) occurrences with no word character or hyphen on either side,
    sorted."""
    hits = [(pos, end, form) for pos, end, form in found if _stands_alone(text, pos, end)]
    hits.sort()
    return hits


@derived
def _short_form_pattern(vocab: Vocab) -> re.Pattern[str]:
    """The case-kept short forms (two-letter symbols: "AR", "C5") with no word character or
    hyphen on either side, in one scan: the engine skips to their first letters, ~1.5x cheaper
    than an Aho-Corasick pass over the text. (Forms of two letters or digits that stand alone
    never overlap, so the scan's matches are all of them.)"""
    forms = sorted(vocab.short_forms, key=lambda form: (-len(form), form))
    alternatives = words_first("|".join(map(re.escape, forms)), r"(?![\w\-])", before=r"[\w\-]")
    return re.compile(by_first_letter(alternatives))


@derived
def _short_form_classes(vocab: Vocab) -> bytes:
    """A `bytes.translate` table for a text's ASCII: the capitals a short form opens with as
    "A", the other capitals as "B", digits as "0", the rest of a word's characters (lower
    case, "_", "-") as "a", any other character kept. (Empty unless every form is a capital
    and a capital or digit, as `_SHORT_FORM_PLACE` reads them.)"""
    if not all(_TWO_CAPITALS_OR_DIGITS.fullmatch(form) for form in vocab.short_forms):
        return b""
    openers = {form[0] for form in vocab.short_forms}
    capitals = string.ascii_uppercase
    return bytes.maketrans(
        (capitals + string.digits + string.ascii_lowercase + "_-").encode(),
        ("".join("A" if c in openers else "B" for c in capitals) + "0" * 10 + "a" * 28).encode(),
    )


# Where a short form may stand in a text's classes (`_short_form_classes`): an opening
# capital, then a capital or digit, no word character or hyphen on either side (a non-ASCII
# character, read as "?", passes for none: the forms' pattern decides). The literal first
# lets the engine skip from capital to capital.
_SHORT_FORM_PLACE = re.compile(rb"A(?<![AB0a]A)[AB0](?![AB0a])")
_TWO_CAPITALS_OR_DIGITS = re.compile(r"[A-Z][A-Z0-9]")


def _short_forms(cased: str, vocab: Vocab) -> list[tuple[int, int, str]]:
    """`whole_tokens(cased, vocab.short_forms)`: the forms' pattern tried only where the
    text's classes place a standing two-character word that opens with one of their letters
    (the pattern's own scan tested its opening letters at each offset: ~1.7x cheaper)."""
    if not vocab.short_forms:
        return []
    pattern = _short_form_pattern(vocab)
    if table := _short_form_classes(vocab):
        classes = cased.encode("ascii", "replace").translate(table)
        found = matches_from(
            pattern, cased, (m.start() for m in _SHORT_FORM_PLACE.finditer(classes))
        )
    else:
        found = pattern.finditer(cased)
    return [(m.start(), m.end(), m.group()) for m in found]


_SPAN_KIND = {GENE: TARGET, DRUG: MOLECULE, DISEASE: DISEASE, ORG: ORG, NOT_ORG: NOT_ORG}


# A capital, then lower case, then capitals again ("EpCAM", "TrkA", "NaV1", "erbB2"): how
# protein names write a symbol; no English word is written so.
_CAMEL_CASE = re.compile(
    # (or capitals with one run of lower case inside: "CRTh2", "NaPi2b")
    r"[A-Za-z][0-9]*[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[0-9]*[a-z]{1,2}[0-9]+[a-z]?"
)  # ("TrkA", "C5aR")


# A gene's isoform or splice variant, by a lower-case letter after its symbol: "FGFR2b"
_ISOFORM = re.compile(r"([A-Z][A-Z0-9]*\d)(?:[a-z]|v\d{1,2})")


def _is_isoform(cased: str, end: int, key: str, vocab: Vocab) -> bool:
    """ "FGFR2b", "FGFR3c": a numbered gene's symbol with an isoform's letter after it (not
    a subunit's letter that makes another symbol: "HIF1a" is HIF1A). The caller has seen the
    letter end its word."""
    return (
        cased[end] != "s"  # ("CD19s": copies, no isoform)
        and _ISOFORM.fullmatch(cased, end - len(key), end + 1) is not None
        and f"{cased[end - len(key) : end]}{cased[end].upper()}" not in vocab.gene_surface
    )


# "anti-interleukin (IL)-17A", "tumor necrosis factor (TNF)-alpha": a protein's name with its
# abbreviation written inside it, before the member's number or letter
_INSIDE_ABBREVIATION = re.compile(r"\(([A-Z]{2,6})\)-([0-9A-Za-zα-ω]{1,5})(?![\w-])")
_NAME_WORDS_BEFORE = re.compile(r"(?:[a-z][\w-]*[ ]+){0,3}[a-z][\w-]*[ ]+$")


def _abbreviated_inside(text: str, vocab: Vocab) -> list[Span]:
    """Genes named with their abbreviation inside the name, read as the abbreviation and its
    member ("IL-17A"); the mention opens at the longest run of words before the bracket
    that names the same gene with the member ("interleukin-17A"), else at the bracket."""
    spans = []
    for m in _INSIDE_ABBREVIATION.finditer(text):
        symbol = vocab.gene_surface.get(f"{m.group(1)}-{m.group(2)}")
        if not symbol:
            continue
        start = m.start()
        if words := _NAME_WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            names = words.group().split()
            for k in range(len(names), 0, -1):
                name = " ".join(names[-k:]).removeprefix("anti-")  # ("anti-interleukin")
                key = key_of(f"{name} {m.group(2)}")
                if any(e.kind == GENE and e.ref == symbol for e in vocab.senses(key)):
                    start = m.start() - len(name) - 1
                    break
        spans.append(Span(TARGET, start, m.end(), text[start : m.end()], symbol))
    return spans


def _dictionary(text: str, vocab: Vocab) -> list[Span]:
    cased = fold_case(text)
    if "×" in cased:
        cased = _BISPECIFIC_X.sub(" ", cased)  # "CD20×CD3" -> "CD20 CD3"
    elif "x" in cased:
        cased = _BISPECIFIC_LETTER_X.sub(" ", cased)  # "CD20xCD3" -> "CD20 CD3"
    low = cased.lower()
    if len(low) != len(cased):
        low = fold(cased)
    spans: list[Span] = []
    hits: list[tuple[int, int, str, list[Entry]]] = []
    n = len(low)
    senses = vocab.senses
    plural: set[tuple[int, int]] = set()
    isoform: set[int] = set()  # where a gene's isoform is named ("FGFR2b")
    adverse: list[tuple[int, int]] = []  # where an adverse event is named ("hepatitis B")
    for end, keys in vocab.automaton.iter(mark_words(low)):  # the mark shifts by one
        # Most hits are keys matched inside a longer word: the tests on what follows the key,
        # alike for the keys found there, turn them away before any key is looked at.
        # (An isoform's symbol ends with a digit, or with the "v" of a splice variant before
        # its number, and the letter ends its word; a plural ending opens with e or s.)
        may_be_isoform = is_plural = False
        if end < n and low[end].isalnum():
            may_be_isoform = (low[end - 1].isdecimal() or low[end - 1] == "v") and (
                end + 1 == n or not cased[end + 1].isalnum()
            )
            is_plural = low[end] in "es" and _PLURAL_END.match(low, end) is not None
            if not (may_be_isoform or is_plural):
                continue
        for key in keys:  # those written as found, of the keys marked alike
            start = end - len(key)
            if not low.startswith(key, start) or (start > 0 and low[start - 1].isalnum()):
                continue
            if may_be_isoform and _is_isoform(cased, end, key, vocab):
                isoform.add(start)
                hits.append((start, end + 1, key, senses(key)))
                continue
            if is_plural:
                plural.add((start, end))  # "lymphomas": a disease label in the plural
            elif may_be_isoform:
                continue  # (inside a longer word, and no isoform)
            hits.append((start, end, key, senses(key)))
    for start, end, form in _short_forms(cased, vocab):
        hits.append((start, end, form.lower(), vocab.short_forms[form]))
    hits += _split_by_abbreviation(low, vocab)
    for start, end, key, entries in hits:
        for entry in entries:  # best rank first
            if start in isoform and entry.kind != GENE:
                continue
            if (
                entry.cased
                and cased[start : end - (start in isoform)] != entry.cased
                # "EpCAM", "TrkA": a symbol may also be written in the protein's camel case
                and not (entry.cased.isupper() and _CAMEL_CASE.fullmatch(cased, start, end))
            ):
                continue
            kind = _SPAN_KIND.get(entry.kind, entry.kind)
            if kind == DISEASE and key in vocab.adverse:
                adverse.append((start, end))
                continue
            if kind == MOLECULE and _not_a_drug_name(text, start, end, entry):
                continue
            if (
                kind == MOLECULE
                and any(e.kind == GENE for e in entries)
                and (is_target_context(text, start, end) or _PROTEIN_NAMED.search(key))
            ):
                # "an interleukin-6 inhibitor": the protein acted on, not the drug; "Toll-like
                # receptor 9" is a protein wherever it is named (a drug of it has an INN)
                continue
            if (start, end) in plural:
                if kind == TARGET and not entry.cased and key.endswith(_PROTEIN_HEADS):
                    # "binds to histamine H4 receptors": a protein's copies, the one target
                    spans.append(Span(kind, start, end, text[start:end], entry.ref))
                    break
                # A plural names a class of patients' diseases; like a broad class it is an
                # indication only as the object of an indication phrase.
                if kind != DISEASE or entry.cased:
                    continue
                # The mention stops before the ending, so its text is the singular name.
                spans.append(Span(kind, start, end, text[start:end], entry.ref, True))
                break
            spans.append(
                Span(kind, start, end, text[start:end], entry.ref, key in vocab.broad_diseases)
            )
            break
    if not adverse:
        return spans  # (most texts name no adverse event: the spans need no second look)
    # ("hepatitis B reactivation": the event's words name no disease of their own, "hepatitis")
    return [s for s in spans if not (s.kind == DISEASE and _inside(s, adverse))]


def _inside(span: Span, ranges: list[tuple[int, int]]) -> bool:
    """Whether the span lies within one of the ranges and is shorter."""
    return any(
        start <= span.start and span.end <= end and end - start > span.end - span.start
        for start, end in ranges
    )


_PROTEIN_HEADS = ("receptor", "kinase", "channel", "transporter")
# A protein's name by its head and member ("toll like receptor 9", "... conductance regulator")
_PROTEIN_NAMED = re.compile(rf"\b(?:{'|'.join(_PROTEIN_HEADS)}|regulator)(?: \w{{1,3}})?$")
# The last word of a marked technology's or event's name, no drug's
_GENERIC_MARKED = frozenset(
    {"System", "Systems", "Platform", "Technology", "Technologies", "Program", "Programme",
     "Suite", "Engine", "Library", "Process", "Device", "Kit", "Assay", "Test",
     # an event's ("Digestive Disease Week®"), a publication's or a body's ("NCCN Guidelines®",
     # "National Comprehensive Cancer Network®")
     "Week", "Meeting", "Congress", "Summit", "Conference", "Symposium", "Forum",
     "Guidelines", "Guideline", "Compendium", "Registry", "Network",
     # a publication's ("Pharmacy Times®")
     "Times", "Journal", "News", "Magazine", "Review", "Wire", "Report", "Reports"}
)  # fmt: skip
# the last word of the name an abbreviation in brackets stands for: "Network® (NCCN®)"
_ABBREVIATES_WORD = re.compile(r"\b(\w+)[®™]?\s*\($")
# "Somatostatin analogues", "nucleoside analogs": a class of drugs like the one named
_ANALOGUES_AFTER = re.compile(r"[- ](?i:analog(?:ue)?s?|derivatives?|mimetics?)\b")
# "our exatecan-based platform", "exatecan-based ADCs": what a technology is built on (not
# "docetaxel-based chemotherapy", the drug given)
_BASED_TECHNOLOGY_AFTER = re.compile(
    r"-based\s+(?:[\w-]+\s+){0,2}?(?:platforms?|technolog(?:y|ies)|ADCs?|conjugates?|payloads?|"
    r"linkers?)\b"
)
# (a middle initial may come between: "stated Timothy P. Roe")
_SURNAME_AFTER = re.compile(r"[ ](?:[A-Z]\.[ ])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b(?![ ][A-Z])")


_NAMED_TECHNOLOGY_AFTER = re.compile(
    r"(?:[ ][A-Z][\w-]*){0,3}[ ](?:Platform|Technology|Technologies|System)\b"
)


def _not_a_drug_name(text: str, start: int, end: int, entry: Entry) -> bool:
    """A DrugBank name that is a country ("in Turkey": an allergen's name), a source a
    product is made from ("E. coli-derived asparaginase", "products derived from E. coli":
    an organism's), the first word of a technology's name ("Methane Bioconversion
    Platform") or a synonym that is a first name before a surname ("said Timothy Walbert":
    Phleum pratense's)."""
    surface = text[start:end]
    if PLACE_NAME.fullmatch(surface):
        return True
    if text.startswith("-derived", end) or text.endswith("derived from ", 0, start):
        return True
    if surface.istitle() and _NAMED_TECHNOLOGY_AFTER.match(text, end):
        return True  # "its Methane Bioconversion Platform": a technology's name
    return (
        entry.rank >= 2
        and surface.istitle()
        and surface.isalpha()
        and _SURNAME_AFTER.match(text, end) is not None
    )


# "von Hippel-Lindau (VHL) disease": a name with its abbreviation written inside it
_INNER_ABBREVIATION = re.compile(
    # ("gastric or gastroesophageal junction (G/GEJ) cancer", "immunoglobulin A (IgA)
    # nephropathy", "zorbase kinase (ZK) deficiency")
    r" \(([a-z0-9\-/]{2,9})\) "
    r"(disease|syndrome|cancer|tumou?r|lymphoma|leuka?emia|carcinoma|deficiency|nephropathy)"
    r"(?![a-z])"
)
_WORDS_BEFORE = re.compile(r"(?:[\w'’\-]+ ){0,3}[\w'’\-]+$")


def _split_by_abbreviation(low: str, vocab: Vocab) -> list[tuple[int, int, str, list[Entry]]]:
    """Disease names the text interrupts with their abbreviation, read without it: the
    longest run of words before the parenthesis that makes a key with the head word, else
    the abbreviation with the head word ("zorbase kinase (ZK) deficiency" as "ZK
    deficiency"), from the first word of three letters or more that opens with the
    abbreviation's letter."""
    found: list[tuple[int, int, str, list[Entry]]] = []
    for m in _INNER_ABBREVIATION.finditer(low) if ") " in low else ():
        before = _WORDS_BEFORE.search(low, max(0, m.start() - 80), m.start())
        if not before:
            continue
        words = before.group().split(" ")
        abbreviation, head = m.group(1), m.group(2)
        for i in range(len(words)):
            key = " ".join([*words[i:], head])
            if key in vocab.packed:
                entries = [e for e in vocab.senses(key) if e.kind == DISEASE]
                if entries:
                    start = m.start() - len(" ".join(words[i:]))
                    found.append((start, m.end(), key, entries))
                break
        else:
            key = f"{abbreviation} {head}"
            entries = [e for e in vocab.senses(key) if e.kind == DISEASE]
            first = next(
                (i for i, w in enumerate(words) if len(w) >= 3 and w[0] == abbreviation[0]), None
            )
            if entries and first is not None:
                start = m.start() - len(" ".join(words[first:]))
                found.append((start, m.end(), key, entries))
    return found


_PLURAL_END = re.compile(r"(?<=[a-z])e?s(?![a-z0-9])")


_BIOSIMILAR_SUFFIX = re.compile(r"-[a-z]{4}$")
_SHORT_CODE = re.compile(r"[A-Z]{1,3}\d{1,2}")
_YEAR = re.compile(r"(19|20)\d\d")
_FIVE_DIGITS = re.compile(r"\d{5}")
_LETTERS_DIGIT = re.compile(r"[A-Z]{2,}-?\d")
# "... resected ALK-positive NSCLC2": a disease's abbreviation and a footnote's number
_FOOTNOTED = re.compile(r"([A-Z]{2,})\d{1,2}")


def _footnoted_disease(word: str, vocab: Vocab) -> bool:
    """Whether a code is a disease's abbreviation with a reference number glued to it."""
    m = _FOOTNOTED.fullmatch(word)
    key = m.group(1).lower() if m else ""
    return any(e.kind == DISEASE for e in vocab.senses(key))


# (a residue's number never opens with 0: "ABSK021" is a code, no "ABS" at K21)
_SUBSTITUTION = re.compile(r"[A-Z][1-9]\d{1,3}[A-Z]")
_GENE_SUBSTITUTION = re.compile(r"([A-Z0-9]+?)-?([A-Z][1-9]\d{1,3}[A-Z]?)")  # ("KRAS-G12V")
# A residue without its new amino acid ("BRAF V600", "V600-mutant"): a mutation, not a code.
_RESIDUE = re.compile(r"[A-Z][1-9]\d{1,3}")
_MUTATION_AFTER = re.compile(
    r"(?:[A-Z](?![a-z])|/|\s*[-‐]?\s*(?:mutat|mutant|substitution|positive|negative|variant)|\+)",
)
_COMPOUND_WORD = re.compile(r"inhibitor|candidate|compound")
# "an investigational oral PROTAC® ... degrader": a brand is a proper noun; a marked word
# after "a"/"an" and lower-case words names a kind of molecule.
_CLASS_ARTICLE = re.compile(r"\b[Aa]n?\s+(?:[a-z][a-z-]*\s+){0,3}$")
# "Kiniksa One Connect(TM) patient support program": a service's mark, no drug
_PROGRAM_AFTER = re.compile(r"\s*(?:patient\s+(?:support|assistance|access)\s+)?program(?:me)?s?\b")
_PLATFORM_BEFORE = re.compile(
    # ("LigaChem's proprietary ADC platform “ConjuAll™”": the name may be quoted)
    r"\b(?:[Pp]latform|[Tt]echnology),?[ ]+(?:called[ ]+|named[ ]+)?[“\"]?$"
)
_PLATFORM_AFTER = re.compile(
    # ("bicyclic peptide (BicycleTM) product platform"; "BEAT® (Bispecific Engagement by
    # Antibodies ...) technology": the mark spelled out before the kind)
    r"(?:\s*\([^()]{1,100}\))?\)?\s*(?:(?:drug[- ]delivery|delivery|formulation|"
    r"manufacturing|conjugation|linker|product|discovery)\s+"
    r"|[A-Z][\w-]*\s+)?(?:[Tt]echnolog(?:y|ies)|[Pp]latforms?)"
    # "the Zorbex™ and Quilab™ platforms": a mark in a list that names platforms
    r"|(?:\s*(?:,|and|or|&)\s*[A-Za-z][\w-]*(?:[ÂĀ]?[®™]|TM|\((?:R|TM)\))?)+"
    r"\s+(?i:technolog(?:y|ies)|platforms?)\b"
    # "PROTAC® Protein Degrader ARV-471", "DART® molecule MGD006": the mark names the kind of
    # molecule a code-named drug is, a technology's trademark, not the drug
    r"|\s*(?:[A-Za-z-]+\s+){0,2}?(?i:degraders?|molecules?|antibod(?:y|ies)|bi-?specifics?|"
    r"therapeutics?|conjugates?|engagers?|candidates?)\s+[A-Z][A-Za-z]*-?\d"
    # "a TRIDENT™ molecule": a molecule of the trademarked kind, not named
    r"|\s+(?i:molecules?|formats?|scaffolds?)\b"
)


# A radioligand is named by its isotope and its carrier: "Lutetium Lu 177 zelvotide",
# "177Lu-PSMA-617", "[225Ac]Ac-QX-101", "Lu-177 rhPSMA-10.1"; the isotope alone is not the
# drug the text speaks of.
_ELEMENT = r"(?:Lu|Ac|I|Y|Ra|Pb|At|Cu|Ga|Tc|F|Th|Tb|Zr|In|Sm|Ho|Bi|LU|AC|PB|AT|CU|GA|TC|ZR)"
# the elements written alone before a carrier's code ("Lu-PSMA-617", "Ac-PSMA-617")
_CARRIER_ELEMENTS = ("Lu", "Ac", "Pb", "Ga", "Cu", "Zr", "Tb")
_ISOTOPE = (
    r"(?:(?:[Ll]utetium|[Aa]ctinium|[Ii]odine|[Yy]ttrium|[Rr]adium|[Ll]ead|[Aa]statine|[Cc]opper|"
    r"[Gg]allium|[Tt]echnetium|[Tt]horium|[Tt]erbium|[Zz]irconium|[Ii]ndium|[Bb]ismuth)"
    rf"(?:[ -]?\(?\d{{2,3}}{_ELEMENT}?\)?|[ -]+{_ELEMENT}[ -]?\d{{2,3}})"
    rf"|\[\d{{2,3}}{_ELEMENT}\]{_ELEMENT}|\d{{2,3}}{_ELEMENT}|{_ELEMENT}-\d{{2,3}}"
    # the element alone before a carrier code: "Lu-PSMA-617"
    rf"|(?:{'|'.join(_CARRIER_ELEMENTS)})(?=-[A-Z]{{2,}}[\w.]*-?\d))"
)
_ELEMENTS = ("Lu", "Ac", "I", "Y", "Ra", "Pb", "At", "Cu", "Ga", "Tc", "F", "Th", "Tb", "Zr")
_HINT_SYMBOLS = (*_ELEMENTS, "In", "Sm", "Ho", "Bi")
_ELEMENT_NAMES = (
    *("utetium", "ctinium", "odine", "ttrium", "adium", "ead", "statine", "opper", "allium"),
    *("echnetium", "horium", "erbium", "irconium", "ndium", "ismuth"),
)


def _lookbehinds(words: Iterable[str], after: str) -> str:
    """Alternatives looking behind for one of `words`, then `after`: one lookbehind per
    length of word (a lookbehind's alternatives must be of one length)."""
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "|".join(rf"(?<=(?:{'|'.join(group)}){after})" for _, group in sorted(by_length.items()))


_SYMBOL_FORMS = tuple(dict.fromkeys(form for e in _HINT_SYMBOLS for form in (e, e.upper())))
# What an isotope's name holds: a digit of its mass number beside an element's symbol
# ("177Lu", "225AC", "Lu-177", "LU-177", "Lu 177") or after its name ("lutetium-177", "iodine
# (131"), or a carrier's element before its hyphen ("Lu-PSMA-617"). A text without any has no
# radioligand, and a search spares the scan. (Two searches, each skipping to its literal: for
# a carrier's element before a hyphen in the text, and for a digit's branches in the text's
# ASCII bytes with its digits written "0", as the branches' characters are all ASCII and their
# digits any of "0-9": ~1.4x cheaper than one search from digit and hyphen alike, which tests
# each character.)
_CARRIER_HINT = re.compile(rf"-(?:{_lookbehinds(_CARRIER_ELEMENTS, '-')})")
_DIGIT_HINT = re.compile(
    (
        rf"[0-9](?:{'|'.join(_SYMBOL_FORMS)}"
        rf"|(?<=-[0-9])(?:{_lookbehinds(_SYMBOL_FORMS, '-[0-9]')})"
        rf"|(?<=[ ][0-9])(?:{_lookbehinds([e for e in _HINT_SYMBOLS if len(e) == 2], '[ ][0-9]')})"
        rf"|(?<=[- (][0-9])(?:{_lookbehinds(_ELEMENT_NAMES, '[- (][0-9]')})"
        # (the mass number written on to the symbol or the name: "Lu177", "lutetium177")
        rf"|{_lookbehinds((*_SYMBOL_FORMS, *_ELEMENT_NAMES), '[0-9]')})"
    )
    .replace("[0-9]", "0")
    .encode("ascii")
)


def _has_isotope_hint(text: str, classes: bytes) -> bool:
    """Whether the text holds an isotope's hint (`classes`: its `_digit_classes`)."""
    if _CARRIER_HINT.search(text):
        return True
    return _DIGIT_HINT.search(classes) is not None


_RADIOLIGAND = re.compile(
    # (radiochemists' notation writes the isotope in brackets on to the carrier's name:
    # "[212Pb]QX-a-NET", "[68Ga]QX02")
    # (the isotope's symbol may follow its name in brackets, before a carrier in capitals:
    # "copper-64 (Cu-64) PSMA I&T")
    rf"(?<![\w\-\[])(?:{_ISOTOPE}(?:[ ]\(\d{{0,3}}-?{_ELEMENT}-?\d{{0,3}}\)(?=[ -][A-Z]))?[ -]|"
    rf"\[\d{{2,3}}{_ELEMENT}\](?=[A-Za-z]))"
    # (a carrier's code may end in one digit: "177Lu-DOTA-QR2", "68Ga-PSMA-Q2")
    r"((?:[A-Za-z]{2,}[\w.\-]*\d(?:[\w.\-]*[A-Za-z0-9])?|[a-z]{5,}(?:[ ][a-z]{5,})?|"
    # a carrier named in capitals, without a number: "DOTATATE", "SAR-bisPSMA"
    r"[A-Z][A-Za-z]*[A-Z][A-Za-z\-]*[A-Za-z])"
    # (and the initials of its use joined by "&": "PSMA I&T", "PSMA-I&T", imaging & therapy)
    r"(?:[ -][A-Z]&[A-Z])?)(?![\w\-&])"
)


_SYMBOL_OF_ELEMENT = {
    "lutetium": "lu", "actinium": "ac", "iodine": "i", "yttrium": "y", "radium": "ra",
    "lead": "pb", "astatine": "at", "copper": "cu", "gallium": "ga", "technetium": "tc",
    "thorium": "th", "terbium": "tb", "zirconium": "zr", "indium": "in", "bismuth": "bi",
}  # fmt: skip
_MASS = re.compile(r"\d{2,3}")
_ELEMENT_WORD = re.compile(r"[A-Za-z]+")


def radioligand_key(name: str) -> str | None:
    """One spelling for the ways a radioligand is written ("Lutetium Lu 177 zelvotide",
    "177Lu-zelvotide", "Lu-177 zelvotide", "lutetium (177Lu) zelvotide" are all "177lu
    zelvotide"), or None when `name` is no radioligand."""
    m = _RADIOLIGAND.fullmatch(name)
    mass = _MASS.search(name, 0, m.start(1)) if m else None
    if not m or not mass:
        return None
    words = [w.lower() for w in _ELEMENT_WORD.findall(name, 0, m.start(1))]
    symbol = next((_SYMBOL_OF_ELEMENT.get(w, w) for w in words), "")
    return f"{mass.group()}{symbol} {m.group(1).lower()}"


# "efgartigimod alfa and hyaluronidase-qvfc": a subcutaneous co-formulation is one product,
# named by its antibodies and the enzyme that carries them
_WITH_HYALURONIDASE = re.compile(
    r"(?<![\w-])[a-z]{4,}(?:[ ](?:alfa|beta|pegol))?(?:,[ ][a-z]{4,}(?:[ ](?:alfa|beta))?)*,?"
    r"[ ]and[ ]hyaluronidase(?:-[a-z]{4})?(?![\w-])"
)
_BARE_ISOTOPE = re.compile(_ISOTOPE)
# "Actinium-225 radioligand": an element's mass number after its name read as a drug
_ELEMENT_MASS = re.compile(r"[ -]?\(?\d{2,3}\b(?![.,]\d)")
# "labeled with lutetium-177", "linked to the radioisotope Yttrium-90": what labels a drug
_LABEL_BEFORE = re.compile(
    r"\b(?:labell?ed\s+with|(?:linked|conjugated|attached|coupled)\s+to(?:\s+the\s+radioisotope)?)"
    r"\s+$"
)


_JOINED_WORD = re.compile(r"-\w")


def _without_bare_isotopes(text: str, spans: list[Span]) -> list[Span]:
    """Without an isotope named alone as a molecule where it labels a drug ("labeled with
    lutetium-177") or the text names the radioligand it belongs to."""
    bare = [
        s
        for s in spans
        if s.kind == MOLECULE
        and (
            _BARE_ISOTOPE.fullmatch(s.text)
            or (
                (mass := _ELEMENT_MASS.match(text, s.end)) is not None
                and _BARE_ISOTOPE.fullmatch(text, s.start, mass.end()) is not None
            )
        )
    ]
    if not bare:
        return spans
    radioligand = any(s.kind == MOLECULE and _RADIOLIGAND.fullmatch(s.text) for s in spans)
    labels = {s.key for s in bare if _LABEL_BEFORE.search(text, max(0, s.start - 40), s.start)}
    dropped = {
        id(s)
        for s in bare
        # "177Lu-PSMA therapy": an isotope joined to a word no drug is named by prefixes a class
        # ("[177Lu]-IPN-1087": the isotope in brackets before the drug's code labels it)
        if radioligand
        or s.key in labels
        or _JOINED_WORD.match(text, s.end)
        or text.startswith("]-", s.end)
    }
    return [s for s in spans if id(s) not in dropped]


# words after an isotope that name no carrier molecule ("177Lu-labelled anti-CA9 antibody")
_NOT_CARRIERS = frozenset(
    {
        "chloride",
        "therapy",
        "labelled",
        "labeled",
        "based",
        "conjugated",
        "isolation",
        "technology",
        "platform",
        "radioligand",
        "radioligands",
        "radiopharmaceutical",
        "radiopharmaceuticals",
        # an imaging method: "F-18 PET" names a scan's tracer class, no drug
        "PET",
        "SPECT",
        "imaging",
        # the isotope's trade: "our actinium-225 supply chain"
        "supply",
        "production",
        "manufacturing",
        "generator",
    }
)


@derived
def _platform_names(vocab: Vocab) -> re.Pattern[str]:
    """Any platform's name, anywhere: one scan (the engine skips to the names' first letters)
    instead of a `str.find` per name (~2x cheaper); with no platform, a pattern that never
    matches."""
    names = "|".join(re.escape(name) for name in sorted(vocab.platforms))
    return re.compile(names or "(?!)")


# A cell therapy's short name, its INN clipped before "-cel" ("lete-cel", "Cilta-cel"): the
# suffix is the INN stem's own (-leucel), and no other word of a release ends so.
_CELL_THERAPY_SHORT = re.compile(r"[A-Za-z](?<![\w-].)[a-z]{1,5}-[Cc]el(?![\w-])")
# Its suffix: the pattern is tried only just before each (a scan would try it at every letter
# of the text, ~8x slower, the same matches: a match ends at the suffix it holds)
_CEL_SUFFIX = re.compile(r"-[Cc]el")


def _initialism_of_words_before(text: str, start: int, letters: str) -> bool:
    """Whether "(" opens at `start` after words whose initials spell `letters`."""
    if text[start - 1 : start] != "(":
        return False
    before = _words_before(text, start - 1)
    if not before:
        return False
    words = before[1].split()[-len(letters) :]
    return len(words) == len(letters) and "".join(w[0] for w in words).upper() == letters


# One drug under two codes, slash-joined ("SEL24/MEN1703"): the pair names it, though the
# first alone is as short as a gene's name
_SLASHED_CODES = re.compile(
    r"[A-Z](?<![\w/\-].)[A-Z]{1,4}-?\d{2,6}[A-Z]?/[A-Z]{2,5}-?\d{3,6}[A-Z]?(?![\w/\-])"
)
# The slash of such a pair, between a digit or capital and a capital: a release without one
# spares the scan (the literal first: the engine skips to the few slashes)
_SLASH_BETWEEN_CODES = re.compile(r"/(?<=[\dA-Z]/)(?=[A-Z])")


def _is_gene_mutation(word: str, vocab: Vocab) -> re.Match[str] | None:
    """A gene and an amino-acid substitution ("BRAFV600E", "KRAS-G12V"): a mutation, no code."""
    mutation = _GENE_SUBSTITUTION.fullmatch(word)
    if (
        mutation
        and mutation.group(1) in vocab.gene_surface
        # ("HPN217" is a code, not the gene HP with N217: a short gene's substitution
        # names the amino acid it turns into)
        and (len(mutation.group(1)) >= 3 or mutation.group(2)[-1].isalpha())
        # ("ASTN1450", "SYSA2201" are a company's codes, not a gene's alias, AST or SYS, with
        # N1450: a gene written glued to its substitution is written as its symbol)
        and vocab.gene_surface[mutation.group(1)] == mutation.group(1)
    ):
        return mutation
    return None


# Where each run of digits opens: every code's first digit does. (The text's ASCII digits
# written "0" and a scan that skips from "0" to "0": ~10x cheaper than one for `\d`, which
# tests each character; any other character is written "?" in ASCII, itself or one outside
# ASCII that may be a digit, and a text with such a digit is scanned for `\d`.)
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_RUN_START = re.compile(rb"0(?<!00)")
_DIGIT_RUN = re.compile(r"\d+")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_CODE_FIRSTS = _CAPITALS | {"'"}


def _digit_classes(text: str) -> bytes:
    """The text's ASCII bytes with its digits written "0" (any other character "?"), read by
    `_digit_runs` and `_has_isotope_hint`: made once per text."""
    return text.encode("ascii", "replace").translate(_DIGITS_AS_ZERO)


def _digit_runs(text: str, classes: bytes) -> list[int]:
    """Where each run of digits opens: the codes below are tried there, not scanned for
    (`classes`: the text's `_digit_classes`)."""
    if not text.isascii() and _has_other_digit(text, classes):
        return [m.start() for m in _DIGIT_RUN.finditer(text)]
    return [m.start() for m in _RUN_START.finditer(classes)]


def _has_other_digit(text: str, classes: bytes) -> bool:
    """Whether a character `classes` writes "?" is a digit outside ASCII."""
    at = classes.find(b"?")
    while at >= 0:
        if text[at].isdecimal():
            return True
        at = classes.find(b"?", at + 1)
    return False


def _openings_before(
    text: str, places: Iterable[int], reach: int, firsts: frozenset[str]
) -> list[int]:
    """The offsets, at most `reach` characters before one of `places`, of one of `firsts`."""
    return sorted(
        {at for place in places for at in range(max(0, place - reach), place) if text[at] in firsts}
    )


def _code_starts(text: str, runs: list[int]) -> list[int]:
    """Where `_CODE` may match: its first digit opens a run at most seven characters after its
    start, or "-DXd" at most six. (The scan tried it at every capital: codes are few.)"""
    return _openings_before(text, [*runs, *find_all(text, "-DXd")], 7, _CODE_FIRSTS)


def _morphology(text: str, vocab: Vocab) -> list[Span]:
    spans: list[Span] = []
    classes = _digit_classes(text)
    runs = _digit_runs(text, classes)
    for m in _SLASHED_CODES.finditer(text) if _SLASH_BETWEEN_CODES.search(text) else ():
        first = m.group().split("/")[0]
        if first not in vocab.gene_surface and not _CODE_STOP.match(first):
            # (the one drug the text also names by a code alone: "SAR442168" elsewhere)
            alone = [
                code
                for code in m.group().split("/")
                if any(not m.start() <= at < m.end() for at, _end in name_places(text, code))
            ]
            name = alone[0] if alone else m.group()
            spans.append(Span(MOLECULE, m.start(), m.end(), m.group(), name))
    for suffix in _CEL_SUFFIX.finditer(text):
        # (the name's few letters before its suffix, at most six)
        start = max(0, suffix.start() - 6)
        if short := _CELL_THERAPY_SHORT.search(text, start, suffix.end() + 1):
            name = short.group()
            spans.append(Span(MOLECULE, short.start(), short.end(), name, name.lower()))
    if "hyaluronidase" in text:
        for m in _WITH_HYALURONIDASE.finditer(text):
            spans.append(Span(MOLECULE, m.start(), m.end(), m.group(), m.group()))
    if _has_isotope_hint(text, classes):
        for m in _RADIOLIGAND.finditer(text):
            carrier = m.group(1)
            if (
                carrier in vocab.salt_words
                or carrier.split(" ")[0] in _NOT_CARRIERS
                or carrier in vocab.gene_surface  # "177Lu-PSMA therapy": a class by its target
            ):
                continue
            end = m.end()
            if " " in carrier and "&" not in carrier and key_of(carrier) not in vocab.drug_by_key:
                end = m.start(1) + carrier.index(" ")  # "177Lu-edotreotide demonstrated ..."
            spans.append(
                Span(MOLECULE, m.start(), end, text[m.start() : end], text[m.start() : end])
            )
    for word_start, word_end in _inn_words(text):
        word = text[word_start:word_end]
        if word[0].isupper() and not word[1:].islower():
            continue
        end = word_end
        tail = _ADC_TAIL.match(text, end)
        if tail and tail.group(1) not in vocab.salt_words:
            end = tail.end()
        surface = text[word_start:end]
        base = _BIOSIMILAR_SUFFIX.sub("", word)
        key = vocab.drug_by_key.get(key_of(surface))
        if not key and not (tail and _PAYLOAD.fullmatch(tail.group(1).lower())):
            # "X sodium" is X; "trastuzumab rezetecan" is an ADC of its own, not trastuzumab
            key = vocab.drug_by_key.get(key_of(base))
        if not key and (
            # "oncogene", "transgene": words of biology that end like an INN
            key_of(base) in vocab.drug_stopwords
            or
            # "non-Hodgkin", "the Ruskin ...": a name; INNs are written in lower case, though
            # an antibody's or an inhibitor's stem says drug however it is written
            (
                word[0].isupper()
                and not _STRONG_STEM.search(base)
                and _MID_SENTENCE.search(text, max(0, word_start - 20), word_start)
            )
            # "interleukin-23", "phosphoinositide 3-kinase": a numbered family of proteins
            or _NUMBERED_AFTER.match(text, word_end)
            # "targeted, nonpeptide radiopharmaceuticals": a negated kind, an adjective
            or base.lower().startswith("non")
        ):
            continue
        spans.append(
            Span(
                MOLECULE,
                word_start,
                end,
                surface,
                key or key_of(base if end == word_end else surface),
            )
        )
    for m in matches_from(_CODE, text, _code_starts(text, runs)):
        word = m.group(0)
        if _CODE_STOP.match(word) or word in vocab.gene_surface or _SHORT_CODE.fullmatch(word):
            continue
        year_like = _YEAR.fullmatch(word[-4:]) and not _FIVE_DIGITS.search(word)
        if year_like and not _LETTERS_DIGIT.search(word):
            continue
        if year_like and _MEETING_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "presented at ASCO2023": a congress and its year
        if text[m.start() - 1 : m.start()] == "#" or _ABSTRACT_BEFORE.search(
            text, max(0, m.start() - 16), m.start()
        ):
            continue  # "(#EHA2022)": a hashtag; "Abstract: P1125": a congress abstract
        if _SUBSTITUTION.fullmatch(word):  # an amino-acid substitution (C481S)
            continue
        if _PROTEIN_NOUN_AFTER.match(text, m.end()):
            continue  # "the WAIF1 antigen", "the 5T4/WAIF1 tumour antigen": a protein's name
        if _footnoted_disease(word, vocab):
            continue
        if text.startswith("%", m.end()) or _SPACED_WORD_NUMBER.fullmatch(word):
            continue  # "Stock Up Over 400%": a word and a number, no code
        if " " in word and _initialism_of_words_before(text, m.start(), word.split(" ")[0]):
            continue  # "draining tunnels (DT 100)": a score's abbreviation and threshold
        if _RESIDUE.fullmatch(word) and (
            _MUTATION_AFTER.match(text, m.end())
            or text[max(0, m.start() - 12) : m.start()].strip().split(" ")[-1] in vocab.gene_surface
        ):
            continue
        mutation = _is_gene_mutation(word, vocab)
        if mutation:  # BRAFV600E
            # "a BRAFV600E inhibitor", "inhibits BRAFV600E": the mutant protein acted on
            if is_target_context(text, m.start(), m.end()):
                symbol = vocab.gene_surface[mutation.group(1)]
                spans.append(Span(TARGET, m.start(), m.end(), word, symbol))
            continue
        if word.startswith("'") and not _COMPOUND_WORD.search(
            text[max(0, m.start() - 40) : m.end() + 40]
        ):
            continue
        spans.append(Span(MOLECULE, m.start(), m.end(), word, word))
    car_t = "CAR" in text or "allogeneic" in text or "autologous" in text
    for m in _CAR_T.finditer(text) if car_t else ():
        if m.group(1) not in vocab.gene_surface:
            spans.append(Span(MOLECULE, m.start(1), m.end(1), m.group(1), m.group(1)))
    platform = _platform_names(vocab).search(text)
    for m in _PLATFORM_NAME.finditer(text) if platform else ():
        if m.group(1) in vocab.platforms:
            surface = m.group(0)
            spans.append(Span(MOLECULE, m.start(), m.end(), surface, surface.replace("®", "")))
    for m in _brands(text):
        name = m.group(1)
        if name in _GENERIC_MARKED:
            continue  # "its UltiMAb Human Antibody Development System®": a technology's name
        if name in vocab.not_brands:
            continue  # a marked name that is no drug's (a device's trade name)
        abbreviated = _ABBREVIATES_WORD.search(text, max(0, m.start() - 30), m.start())
        if abbreviated and abbreviated.group(1) in _GENERIC_MARKED:
            continue  # "Cancer Network® (NCCN®)": that name's abbreviation, no drug's either
        if name in vocab.platforms or name in vocab.companies or name in vocab.org_heads:
            if m.group(2):  # platform + target suffix names a molecule: "DuoBody®-CD3xCD20"
                surface = text[m.start() : m.end()]
                spans.append(
                    Span(
                        MOLECULE,
                        m.start(),
                        m.end(),
                        surface,
                        surface.replace("®", "").replace("™", ""),
                    )
                )
            continue
        if m.group(2):
            surface = text[m.start() : m.end()]
            spans.append(
                Span(
                    MOLECULE, m.start(), m.end(), surface, surface.replace("®", "").replace("™", "")
                )
            )
            continue
        after = text[m.end() : m.end() + 150]
        if (
            _PLATFORM_AFTER.match(after)
            # "its antibody development platform, Trisoma®": the platform's name
            or _PLATFORM_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or _PROGRAM_AFTER.match(after)
            or _CLASS_ARTICLE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        spans.append(Span(MOLECULE, m.start(1), m.end(1), name, name))
    # (a match at the runs of digits tells whether either kind of code may be named: both are
    # rare)
    if any(_CODE_DIGITS.match(text, run) for run in runs):
        lower_code = any(_LOWER_CODE_DIGITS.match(text, run) for run in runs)
        for m in _LOWER_CODE.finditer(text) if lower_code else ():
            spans.append(Span(MOLECULE, m.start(1), m.end(1), m.group(1), m.group(1)))
        spans += _digit_codes(text, runs)
    spans += _gene_built_codes(text, vocab)
    # (the code read first: codes are rarer than the class nouns)
    listed_end = -1  # (where the last code read after a class noun ends)
    combined = "ombination with" in text  # (the literal `_COMBINED_AFTER` needs)
    # (its first digit opens a run at most six characters after its start)
    for m in matches_from(_SHORT_CODE_WORD, text, _openings_before(text, runs, 6, _CAPITALS)):
        name = m.group()
        owned = _PRODUCT_AFTER.match(text, m.end()) and _OWNER_BEFORE.search(
            text, max(0, m.start() - 30), m.start()
        )
        if not owned and (
            len(m.group(1)) < 2
            or not (
                _CLASS_NOUN_BEFORE.search(text, max(0, m.start() - 20), m.start())
                or _DEFINED_AS_DRUG.match(text, m.end())
                or (combined and _COMBINED_AFTER.match(text, m.end()))
                # "bispecific antibodies QX-25 and QX-49": the list after the class noun goes on
                or (listed_end >= 0 and LIST_JOIN.fullmatch(text, listed_end, m.start()))
            )
        ):
            continue
        if (
            (
                name not in vocab.gene_surface
                or _VIRUS_BEFORE.search(text, max(0, m.start() - 10), m.start())
            )
            and not _CODE_STOP.match(name)
            and not _is_gene_mutation(name, vocab)  # "a small-molecule KRASG12C inhibitor"
        ):
            spans.append(Span(MOLECULE, m.start(), m.end(), name, name))
            listed_end = m.end()
    name_starts = _names_before_cues(text)
    for m in matches_from(_CAPS_DRUG, text, name_starts):
        name = m.group(1)
        known = vocab.companies.get(name) or name in vocab.org_heads or name in vocab.platforms
        if not known and name not in vocab.gene_surface and not _CODE_STOP.match(name):
            spans.append(Span(MOLECULE, m.start(1), m.end(1), name, name))
    named = {m.start(m.lastindex or 1): m for m in _named_drugs(text)}
    for m in matches_from(_NAMED_DRUG_BEFORE_CUE, text, name_starts):
        named.setdefault(m.start(1), m)  # (a name both scans find is one)
    for start, m in sorted(named.items()):
        name = next(g for g in m.groups() if g)
        if (
            m.re is _NAMED_DRUG
            and text[max(0, start - 3) : start].rstrip().endswith(",")
            and not _OWNED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            and not _VERB_AFTER_APPOSED.match(text, start + len(name))
        ):
            continue  # ("the drug, Zorvexa," is the definite description's: not read here)
        # ("approved in the US and Europe as a treatment for": a place)
        # ("the Swedish drug discovery company": where it is from)
        if (
            _unknown_capitalised(text, name, vocab)
            and not PLACE_NAME.fullmatch(name)
            and not _NATIONALITY_WORD.fullmatch(name)
            and not (
                _OWNER_OF_DRUGS_BEFORE.search(text, max(0, start - 4), start) and _owns(text, name)
            )
        ):
            spans.append(Span(MOLECULE, start, start + len(name), name, name))
    # Plain-text releases write the marks in ASCII: "VerzenioTM", "ADCETRIS(R)".
    ascii_marks = "TM" in text or "(R)" in text
    for m in _ASCII_MARK_BRAND.finditer(text) if ascii_marks else ():
        group = 1 if m.group(1) else 2
        name = m.group(group)
        if name in vocab.platforms or name in vocab.companies or name in vocab.org_heads:
            continue
        if _CLASS_NOUN.fullmatch(name):
            continue  # "a Bicycle Drug ConjugateTM (BDC)": a class's trademark, no drug
        if not _PLATFORM_AFTER.match(text[m.end() : m.end() + 50]):
            spans.append(Span(MOLECULE, m.start(group), m.end(group), name, name))
    return spans


_CLASS_NOUN = re.compile(
    r"(?i:conjugates?|antibod(?:y|ies)|platforms?|technolog(?:y|ies)|engagers?|degraders?|"
    r"molecules?|peptides?|vaccines?|therap(?:y|ies)|therapeutics|cells?)"
)
_MID_SENTENCE = re.compile(r"(?:\b[a-z]+,?[ ]+|[a-z]-)$")
_MEETING_BEFORE = re.compile(r"\b(?:at|during|from|ahead of|before|after)\s+(?:the\s+)?$")
_NUMBERED_AFTER = re.compile(r"[- ]?\d")
_ASCII_MARK_BRAND = _starting(
    "[A-Z]",
    r"\b([A-Z][A-Za-z0-9\-]*[a-z0-9])(?:TM|\((?:R|TM)\))(?![A-Za-z0-9])"
    r"|\b([A-Z][A-Z0-9\-]{2,})\s?\((?:R|TM)\)",
)


def _words_pattern(words: Iterable[str]) -> str:
    """An alternation of multi-word names, longest first, spaces as `[ ]+`."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", "[ ]+") for w in ordered)


# "St Jude Children's Research Hospital", "Brigham and Women's Hospital": the possessives that
# institutions' names hold
# ("Peking University People’s Hospital"), and a name's elided article ("Vall d’Hebron")
_OWN_POSSESSORS = ("Children", "Women", "People", "King", "Queen")
_OWN_POSSESSIVE = tuple(f"{word}{mark}s" for word in _OWN_POSSESSORS for mark in "'’")
# ... and a sovereign's or a saint's ("King's College London", "St Mary's Hospital")
_SAINTS = ("St", "St.", "Saint")
_INST_CAP = (
    rf"(?:{_CAP}|(?:{'|'.join(_OWN_POSSESSORS)}|(?:St\.?|Saint)[ ]+[A-Z][a-z]+)['’]s"
    r"|[dl]['’][A-Z][a-z]+)"
)


_FIELD_END = (
    r"(?:Diseases|Research|Sciences?|Medicine|Technology|Health|Services|Studies|Oncology|"
    r"Immunology)(?![\w\-])"
)


@derived
def _institution_patterns(
    vocab: Vocab,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The institution name pattern, its anchor and the words one of which every name holds
    (a head word or the "University", "Institute" or "Institut" of the name's first four
    forms), from the curated head words: "University of X", "Institute for X", "X Y Cancer
    Center". (The head words joined by their first letter: the anchor's scan ~1.1x
    faster.)"""
    heads = by_first_letter(_words_pattern(vocab.institution_words))
    name = re.compile(
        rf"\b(?:(?:The[ ]+)?University[ ]+of[ ]+(?:{_CAP}[ ]+){{0,3}}{_CAP}(?:[ ]+{_CAP})*"
        # ("the University of North Carolina School of Medicine": its school, named in full)
        rf"(?:(?:(?<=School)|(?<=College)|(?<=Faculty))[ ]+of[ ]+(?:{_CAP}[ ]+){{0,2}}{_CAP})?"
        rf"|Institute[ ]+(?:for|of)[ ]+(?:{_CAP}[ ]+){{0,3}}{_CAP}"
        rf"|Institut[ ]+(?:{_CAP}[ ]+){{0,2}}{_CAP}"  # "Institut Curie"
        rf"|University(?:[ ]+{_CAP}){{1,2}}(?=[ ]*\()"
        rf"|(?:{_INST_CAP}[ ]+){{0,5}}(?:{heads})"
        # (its last word a word, not a drug's code: "University for PB-5510" is no name; nor
        # an adjective: "a license from Johns Hopkins University for PCR-based diagnostics")
        # ("National Institute of Allergy and Infectious Diseases", "University of Science and
        # Technology": a field's name joined by "and", its last word a field's)
        rf"(?:[ ]+(?:of|for)[ ]+(?:{_CAP}[ ]+){{1,2}}and[ ]+(?:{_CAP}[ ]+){{0,2}}{_FIELD_END}"
        rf"|[ ]+(?:of|for)[ ]+(?:{_CAP}[ ]+){{0,2}}[A-Z][A-Za-z\-]*[A-Za-z]"
        r"(?<!-based)(?<!-like)(?<!-driven)(?<!-related)(?<!-targeted)(?![\w\-]))?)"
        # a medical school or health science centre named by its place ("Icahn School of
        # Medicine at Mount Sinai", "Health Science Center at San Antonio")
        r"(?:(?:(?<=Medicine)|(?<=Medical[ ]School)|(?<=Science[ ]Center)|(?<=Sciences[ ]Center))"
        r"[ ]+at[ ]+[A-Z][a-z]+(?:[ ]+[A-Z][a-z]+){0,2}(?![\w'’\-]))?"
        r"(?![A-Za-zÀ-ÖØ-öø-ÿ])"
    )
    return name, re.compile(rf"{heads}|Institut\b"), re.compile(rf"{heads}|University|Institut")


_INSTITUTION_HEADS = frozenset({"Center", "Centre", "Institute", "Hospital", "University"})
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.(?=\s|$)")
# "the University of Quillton, Marbury (UQM)": a university of several campuses named with
# the campus's place after a comma, the abbreviation after it spelling the whole name
_CAMPUS_AFTER = re.compile(r",[ ]+((?:[A-Z][a-z]+[ ]+){0,2}[A-Z][a-z]+)[ ]*\(([A-Z]{3,6})\)")


def _with_campus(text: str, start: int, end: int) -> int:
    """Where a university's name ends when its campus follows it after a comma ("University
    of Quillton, Marbury (UQM)"): only when the abbreviation in parentheses is the initials of
    the name and the place together, so a list ("the University of Quillton, Marbury College
    (MC)") or a city named in passing keeps the name as it was."""
    campus = _CAMPUS_AFTER.match(text, end)
    if not campus:
        return end
    words = text[start : campus.end(1)].replace(",", " ").split()
    initials = "".join(w[0] for w in words if w[0].isupper() and w != "The")
    return campus.end(1) if initials == campus.group(2) else end


def _institutions(text: str, vocab: Vocab) -> list[re.Match[str]]:
    """Institution names, scanning only the neighbourhood of their head words (most of a
    press release has none; the full pattern tried at every word start is slow)."""
    name, anchor, head = _institution_patterns(vocab)
    out: list[re.Match[str]] = []
    pos = 0
    for a in anchor.finditer(text):
        if a.end() <= pos:
            continue
        start = max(pos, a.start() - 250)
        end = min(len(text), a.end() + 250)
        for at in _institution_starts(text, head, start, end):
            if at >= pos and (m := name.match(text, at, end)):
                out.append(m)
                pos = m.end()
        pos = max(pos, a.end())
    return out


# What may stand before a name's head word, read backwards: the name pattern's up to five
# words before it (ten blank-separated ones as "St Mary's"), of these characters alone
_NAME_BEFORE_HEAD = re.compile(r"(?:[ ]+[A-Za-zÀ-ÖØ-öø-ÿ0-9.\-'’]+){0,10}")
_WORD_START = re.compile(r"\b\w")


def _institution_starts(text: str, head: re.Pattern[str], start: int, end: int) -> list[int]:
    """Where between `start` and `end` an institution's name can open: each word start from
    a head word back over the words a name may hold before it (inside a word too: "Farber
    Cancer Institute" in "Dana-Farber"). The name pattern can match nowhere else: tried at
    these alone, in order, it finds what a scan of the window finds without running through
    every word of the window (~2x cheaper)."""
    starts: set[int] = set()
    backward = text[start:end][::-1]  # (the window reversed: its end at 0)
    h = head.search(text, start, end)
    while h:
        before = _NAME_BEFORE_HEAD.match(backward, end - h.start())  # (always, maybe empty)
        opening = h.start() - (before.end() - before.start() if before else 0)
        starts.update(w.start() for w in _WORD_START.finditer(text, opening, h.start() + 1))
        h = head.search(text, h.start() + 1, end)
    return sorted(starts)


_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]+[ ]+$")


# Field words a company's formal name may hold between its own words
# (and a merger vehicle's word: "Sapphire Acquisition Sub, Inc.", "Bolt Merger Corp.")
_FIELD_IN_NAME = frozenset(
    {"Medical", "Clinical", "Research", "Oncology", "Immunology", "Acquisition", "Merger"}
)


# (patterns of the hot paths compiled once: `re.finditer(r"...")` looks its pattern up in re's
# cache at every call)
_TOKEN = re.compile(r"\S+")
_THREE_DIGITS = re.compile(r"\d{3}")
_LONG_WORD = re.compile(r"[A-Za-z]{4,}")


def _trim_org(
    text: str, start: int, end: int, vocab: Vocab, inst: bool = False, legal: bool = False
) -> tuple[int, int] | None:
    """Cut headline verbs, possessives and dateline debris off the left of a name. Before a
    legal form (`legal`), a head word ends the name ("Meridian Oncology, Inc."), though alone
    it would be a headline's word ("Leadership in Oncology")."""
    words = list(_TOKEN.finditer(text[start:end]))
    spaced = (
        [m.span(1) for m in _SPACED_INITIALS.finditer(text, start, end)]
        if ". " in text[start:end]
        else []
    )
    keep = 0
    counted = False  # whether the word cut last counts what follows ("Multiple", "Five")
    # "the Broad Institute": an institution's first word after a lower-case word is its own
    opens_name = inst and bool(_LOWER_WORD_BEFORE.search(text, max(0, start - 20), start))
    for i, w in enumerate(words):
        raw = w.group(0)
        token = written = raw.strip(',.;:()“”"')
        if len(token) > 1 and token.isupper():  # a headline in capitals: "COMPLETES ... OF"
            token = token.capitalize()
        # "CEO Healthcare": a stop word written in capitals ("CEO") stops a name too
        stop = (token in vocab.name_stop_words or written in vocab.name_stop_words) and not (
            inst and (token in vocab.institution_name_words or (i == 0 and opens_name))
        )
        if (
            legal
            and i == len(words) - 1
            and (token in vocab.org_heads or token in vocab.institution_name_words)
        ):
            stop = False  # "Acme Medical K.K.", "Acme Research Inc.": a field's word names it
        # (a name's own word opens it and the head word or the legal form's word ends it)
        inside = (
            0 < i < len(words) - 1
            and (legal or (not inst and i == len(words) - 2))
            and words[i - 1].group(0)[:1].isupper()
            and words[i - 1].group(0) not in vocab.name_stop_words
            and words[i + 1].group(0) not in vocab.name_stop_words
        )
        if stop and token in _FIELD_IN_NAME and inside:
            # "Varian Medical Systems Inc.", "Zentor Immunology Biosciences": a field's word
            # inside the name
            stop = False
        if legal and i == 0 and len(words) >= 2 and token in vocab.not_short_names:
            # a place that opens a formal name: "China Acme Pharma Co., Ltd.", not a place
            # said before one ("approved in Japan Acme Co., Ltd. said")
            stop = text[max(0, start - 3) : start] == "in "
        if i + 2 < len(words) and words[i + 1].group(0) == "&":
            stop = False  # "&" binds the word to the name: "Acme Medical & Pharmaceutical"
        if token == "New" and i + 1 < len(words) and words[i + 1].group(0) in vocab.new_place_words:
            stop = False  # "New York Presbyterian", "New Jersey"
        # "UK-based Acme", "Mass.-based Zentavo": a place said before the name;
        junk = (
            "--" in raw
            or (len(token) == 1 and token.isalpha())
            or (raw.endswith(".") and not (inst and raw == "St."))
            # "Oncology-Focused Biopharm Company", "clinical-stage": a description before it
            or token.lower().endswith(_DESCRIPTION_ENDS)
        )
        if junk and inside and len(raw) == 1 and raw.isupper():
            junk = False  # "Zentor X Pharmaceuticals": a letter inside the name
        if junk and _INITIALS.fullmatch(raw) and raw not in _PLACE_INITIALS and i < len(words) - 1:
            junk = False  # "M.D. Anderson Cancer Center", "J.P. Morgan": initials open the name
        if junk and any(a <= start + w.start() < b for a, b in spaced):
            junk = False  # "M. D. Anderson Cancer Center": initials written apart
        possessive = token.endswith(("’s", "'s", "’", "'")) and not (
            inst and (token in _OWN_POSSESSIVE or (i > 0 and words[i - 1].group(0) in _SAINTS))
        )
        if (stop or junk or possessive) and i < len(words) - 1:
            keep = i + 1
            counted = token in _QUANTIFIERS
        elif possessive or stop:
            return None
    if keep >= len(words) or (keep and counted):
        # "Advancing Multiple Anti-Cancer Stem Cell Therapeutics", "Up to Five Additional
        # Preclinical Biologics": what is counted is a plural noun, no company's name
        return None
    s = start + words[keep].start()
    if tag := _WIRE_TAG.match(text, s):  # "BRIEF-Acme Pharma enters ...": a wire's headline tag
        s = tag.end()
    return (s, end) if end > s else None


_QUANTIFIERS = frozenset(
    {"Multiple", "Additional", "Several", "Various", "Numerous", "Two", "Three", "Four", "Five",
     "Six", "Seven", "Eight", "Nine", "Ten",
     # (and what describes a kind: "to Study Novel Cyclacel Medicines")
     "Novel"}
)  # fmt: skip
_SPACED_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.[ ]){2,3})[A-Z][a-z]")
_WIRE_TAG = re.compile(r"(?:BRIEF|UPDATE(?: \d+)?|EXCLUSIVE|CORRECTED|REFILE|RPT)-(?=[A-Z])")


_FIELD_ADJECTIVE = re.compile(r"(?:ic|al|ive|ion|ary|ed|ing|logy|ics)$")
# A name starts after a non-word character, or after a dateline's "--" ("(BUSINESS WIRE)--Acme").
# Before a head word the name may end in "&" ("Acme Medical & Pharmaceutical").
# Its words are read possessively (`_CAP` with *+, ++): a blank or the end follows each, never
# a shorter part of it, so no letters are given back at each try (~1.5x faster).
# (a company's name may open with digits before letters: "3D Medicines", "89bio"; never an
# ordinal, "3rd")
_CAP_WORD = (
    r"(?:[A-Z][A-Za-z0-9.\-¹²³]*+|[a-z]++[A-Z][A-Za-z]*+|"
    r"\d{1,2}+(?!(?:st|nd|rd|th)\b)[A-Za-z][A-Za-z0-9]*+)"
)
_REGION_BEFORE = re.compile(r"[ ]+\([A-Z][A-Za-z.]+(?:[ ][A-Z][A-Za-z.]+)?\)[ ]*$")
_ORG_BEFORE = re.compile(
    rf"(?:(?<![\w&.\-])|(?<=--))((?:{_CAP_WORD}[ ]+(?:&[ ]+)?){{0,4}}{_CAP_WORD})([ ]+&)?[ ]*$"
)
# What `_ORG_BEFORE` may match, read backwards from its end: up to five words, each with a
# capital or a digit, as its name words have, and the blanks and "&" between and after them
# (and a line's end after it, which "$" passes)
_ORG_NAME_CHARS = r"[A-Za-z0-9.\-¹²³]"
_NAME_WORDS_BACKWARD = re.compile(
    rf"\n?[ ]*(?:&[ ]+)?(?:{_ORG_NAME_CHARS}*[A-Z0-9]{_ORG_NAME_CHARS}*(?:[ ]+&)?[ ]+){{0,4}}"
    rf"{_ORG_NAME_CHARS}*[A-Z0-9]{_ORG_NAME_CHARS}*"
)


def _name_before(text: str, start: int, end: int) -> re.Match[str] | None:
    """`_ORG_BEFORE.search(text, start, end)`, tried only from where the words it may match
    open: it cannot match from an offset before them, and tried from each offset of the window
    it reads every word after that offset (~4x slower)."""
    words = _NAME_WORDS_BACKWARD.match(text[start:end][::-1])
    return _ORG_BEFORE.search(text, end - words.end(), end) if words else None


# A firm named by its partners lists them with commas before the last "&" ("Harlow, Dunmore
# & Pike LLP"): the one-word names before such a name are its own.
_PARTNERS_BEFORE = re.compile(
    r"(?:^|(?<=[a-z][ ])|(?<=[.!?:;(][ ])|(?<=[(\n]))(?:[A-Z][a-z]+,[ ]+){1,4}$"
)


@derived
def _head_patterns(vocab: Vocab) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The head words that end company names ("... Therapeutics"), from the curated list,
    and the anchor that finds them after a name: a run of blanks read from its first blank,
    written blank first so that the engine skips from blank to blank (~2x faster), and the
    head words' first letters looked ahead for, so that most words are turned away before the
    alternatives are tried (the anchor's scan 2x faster again); the words joined by their
    first letter turn away most of the rest at once (~1.2x faster again). The character after
    the blank is tested before the lookbehind (a blank or a head word's first letter): most
    blanks are turned away at that one test (~1.3x faster again)."""
    words = by_first_letter(_words_pattern(vocab.org_heads))
    first = "".join(sorted({re.escape(word[0]) for word in vocab.org_heads}))
    return re.compile(words), re.compile(
        rf"[ ](?=[ {first}])(?<![ ][ ])[ ]*(?=[{first}])(?:{words})(?![\w-])"
    )


@derived
def _legal_patterns(vocab: Vocab) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A legal form after a name, and the same as an anchor to read names back from (from
    the curated forms). The form sits on the name's own line or the
    next, never after a blank line ("For Immediate Release" over "Company name: ...").
    Anchors start only where a whitespace run starts: a blank-run pattern tried from every
    offset of a long run of blanks would make the scan quadratic in its length. The anchor
    reads the comma or blank it opens with first, so that the engine skips to those (a
    lookahead for them is tried at every offset), and what that character is says how the
    blanks go on; the forms are joined by their first letter (the anchor's scan ~1.4x faster,
    the same matches). Its start looks past the blanks for a form's first letter before the
    branches are tried: most blanks are turned away at once (the scan ~1.5x faster)."""
    # (the forms as `suffix_alternation` writes them: a lookahead, then their group)
    lookahead, _, forms = vocab.legal_suffix.partition("(?:")
    suffix = rf"{lookahead}(?:{by_first_letter(forms.removesuffix(')'))})(?![A-Za-z0-9])"
    legal = rf",?(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*){suffix}"
    first_letters = lookahead.removeprefix("(?=").removesuffix(")")
    anchor = (
        # (no whitespace before it; the character after it tested first, a blank or a form's
        # first letter, turns most blanks away before the lookbehind: ~1.2x faster)
        rf"[,\s](?=[\s{first_letters[1:]})(?<!\s[,\s])"
        # (only blanks lie between it and the form; looked past after the lookbehind, so
        # only from a run's start: from every blank of a long run it would be quadratic)
        rf"(?=\s*{first_letters})"
        r"(?:(?<=,)(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"  # a comma, then the blanks
        r"|(?<=\n)[^\S\n]*"  # a line's end, then the next line's blanks
        r"|(?<![,\n])[^\S\n]*(?:\n[^\S\n]*)?)"  # a blank, then the rest of the run
    )
    return re.compile(legal), re.compile(anchor + suffix)


@derived
def _form_after_blank(vocab: Vocab) -> re.Pattern[bytes]:
    """A blank a legal form follows, in the text's bytes as `_legal_anchors` writes them
    (the forms' other characters than ASCII written " ", as those bytes write them)."""
    lookahead, _, forms = vocab.legal_suffix.partition("(?:")
    suffix = rf"{lookahead}(?:{by_first_letter(forms.removesuffix(')'))})(?![A-Za-z0-9])"
    ascii_suffix = "".join(char if char.isascii() else " " for char in suffix)
    return re.compile(rf" (?={ascii_suffix})".encode("ascii"))


# (the text's ASCII blanks, and the "?" each character outside ASCII is encoded as, written
# " ": every character that may be a blank is one)
_BLANKS_AS_SPACES = bytes.maketrans(b"\t\n\v\f\r\x1c\x1d\x1e\x1f?", b" " * 10)


def _legal_anchors(text: str, vocab: Vocab) -> Iterator[re.Match[str]]:
    """`legal_anchor.finditer(text)`, tried only where a legal form follows a blank: at the
    start of that run of blanks and at a comma before it. Those blanks are found in the
    text's bytes, each blank written " ", by a scan that skips from " " to " " (the anchor
    opens with a comma or a blank, which the engine tests at every offset: ~9x slower)."""
    anchor = _legal_patterns(vocab)[1]
    blanks = text.encode("ascii", "replace").translate(_BLANKS_AS_SPACES)
    return matches_from(anchor, text, _legal_anchor_starts(text, blanks, vocab))


def _legal_anchor_starts(text: str, blanks: bytes, vocab: Vocab) -> Iterator[int]:
    """Where a legal form's anchor may open: the start of the run of blanks before each form
    (no blank before it), and the comma before that run."""
    for blank in _form_after_blank(vocab).finditer(blanks):
        run_start = blank.start()
        if not text[run_start].isspace():
            continue  # (a character outside ASCII that is no blank)
        while run_start and text[run_start - 1].isspace():
            run_start -= 1
        if run_start and text[run_start - 1] == ",":
            yield run_start - 1
        yield run_start


# The company's own name right after "Company": what came before it describes it
_NAME_AFTER_COMPANY = re.compile(r"(?<=Company)[ ]+[A-Z][\w-]*")
# A compound of lower-case words inside capitalised ones ("Best-in-Class", "State-of-the-Art")
# describes; names join capitalised parts ("Sino-US", "Hoffmann-La").
_INFIX_WORD = re.compile(r"-[a-z]+-")
# "its chlorotoxin CAR T cell therapy": a molecule naming what a CAR binds by
_CAR_AFTER = re.compile(r"[ ]+(?:CAR[- ]?T\b|chimeric[ ]+antigen[ ]+receptor)")
# An indefinite article: what follows describes a company, it does not name one
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)[ ]$")
_DEPARTMENT_AFTER = re.compile(
    # ("City of Hope’s T Cell Therapeutics Research Laboratory": a laboratory of the body)
    r"(?:[ ]+\([A-Z]{2,6}\))?[ ]+(?:Program(?:me)?|Department|Division|Section|Unit|"
    r"(?:Research[ ]+)?Laboratory|"
    r"business|segment|"
    # "Real-Time Oncology Review (RTOR)", "Personalised Healthcare (PHC) Strategy",
    # "National Health Insurance": a programme, strategy or scheme named so
    r"franchise|Review|Strategy|Initiative|Insurance|Plan|"
    # "the Public Health Service Act": a law
    r"(?:[A-Z][a-z]+[ ]+){0,2}Act)\b"
)
# "Chair of Urology and Director of G-U Oncology at the University of X": a department of
# the body named after it
_POST_OF_BEFORE = re.compile(
    r"\b(?:Director|Head|Chair|Chief|Professor|Dean)[ ]+of[ ]+(?:the[ ]+)?$"
)
_AT_AFTER = re.compile(r",?[ ]+at[ ]+")
_PROFESSOR_OF_BEFORE = re.compile(r"\b[Pp]rofessor[ ]+of[ ]+(?:the[ ]+)?$")
_APPLICATION_AFTER = re.compile(r"\s+(?i:licen[cs]e\s+application)")
# A head word may be followed by the noun that ends the name: "Quillon Health Network",
# "Acme Pharma Foundation" (a group of bodies or a charity of its own).
_HEAD_TAIL = re.compile(r"[ ]+(?:Network|Systems?|Alliance|Consortium|Foundation|Trust)(?![\w-])")


# A nationality and a head word alone: "German Biotech", "Chinese Pharma" (describing the
# company named next, as headlines write it); the nations and regions that have drug
# companies, as news names where a company is from ("Scottish immunotherapy firm")
_NATIONALITY = (
    r"Japanese|Chinese|Korean|American|European|Swiss|German|French|British|Indian|"
    r"Australian|Canadian|Israeli|Danish|Swedish|Dutch|Belgian|Italian|Spanish|Irish|"
    r"Taiwanese|Singaporean|Asian|Norwegian|Finnish|Icelandic|Austrian|Polish|Hungarian|Czech|"
    r"Portuguese|Greek|Turkish|Russian|Brazilian|Mexican|Argentinian|Argentine|Chilean|"
    r"Thai|Malaysian|Vietnamese|Indonesian|Filipino|Emirati|Saudi|Egyptian|"
    r"Scottish|Welsh|English|Flemish|Walloon|Bavarian|Catalan|Basque|"
    r"Californian|Texan|Luxembourgish|Slovenian|Croatian|Estonian|Lithuanian|"
    r"Latvian|Romanian|Bulgarian|Ukrainian|Serbian|Slovak|Cypriot|Maltese"
)
_DESCRIBED_BY_ORIGIN = re.compile(rf"(?:{_NATIONALITY}|US|U\.S\.|UK)[ ]+[A-Z][a-z]+")
_WORD_IN_LINE = re.compile(r"[A-Za-z][\w'’-]*")


def _headline_only(text: str, start: int, surface: str) -> bool:
    """Whether a name is written only once, in a line of capitalised words (a headline, where
    a verb before a field's word looks like a name: "Merck Strengthens Oncology Portfolio")."""
    if text.count(surface) > 1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = _WORD_IN_LINE.findall(text, line_start, line_end if line_end >= 0 else len(text))
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitalised >= 0.7 * len(words)


# A name opens with a capital, or a lower-case letter or two before one ("iCell", "iTeos")
_NAME_START = r"(?:[A-Z]|[a-z]{1,2}[A-Z])"
_NAME_OPENS = re.compile(rf"{_NAME_START}|\d{{1,2}}[A-Za-z]")


def _organizations(text: str, vocab: Vocab) -> list[Span]:
    """Company names ending in a legal suffix or a head word, institutions by their words.

    Anchors (suffixes, head words) are found first and the name is read backwards from
    them, which is much cheaper than trying a capitalised-words pattern at every offset."""
    spans: list[Span] = []
    legal_form = _legal_patterns(vocab)[0]
    heads, head_anchor = _head_patterns(vocab)
    for anchors, is_head in (
        (_legal_anchors(text, vocab), False),
        (head_anchor.finditer(text), True),
    ):
        for a in anchors:
            window_start = max(0, a.start() - 80)
            # "Acme (China) Limited": a region in brackets between the name and its legal form
            # (a `str` test first: most windows hold no ")" for the region's search to find)
            region = (
                _REGION_BEFORE.search(text, window_start, a.start())
                if not is_head and text.rfind(")", window_start, a.start()) >= 0
                else None
            )
            m = _name_before(text, window_start, region.start() if region else a.start())
            if not m:
                continue
            if m.group(2) and not is_head:
                continue
            end = a.end() if is_head else m.end(1)
            tail = _HEAD_TAIL.match(text, end) if is_head else None
            end = tail.end() if tail else end
            start = m.start(1)
            if not is_head and "&" in m.group(1):
                partners = _PARTNERS_BEFORE.search(text, max(0, start - 60), start)
                start = partners.start() if partners else start
            # a head that is also a headline word ("Oncology") ends a name after a name-like
            # word ("Meridian Oncology"), not after a field's adjective ("Thoracic Oncology")
            field = is_head and a.group().strip() in vocab.name_stop_words
            if field and _FIELD_ADJECTIVE.search(m.group(1).split()[-1]):
                continue
            trimmed = _trim_org(text, start, end, vocab, legal=field or not is_head)
            if not trimmed:
                continue
            s, e = trimmed
            legal = legal_form.match(text, e)
            full_end = legal.end() if legal else e
            surface = text[s:e].strip()
            # (a name may open with a lower-case letter before a capital: "iCell Gene ...")
            if not surface or surface in vocab.not_orgs or not _NAME_OPENS.match(surface):
                continue
            if len(surface) < 3 or _THREE_DIGITS.search(surface):
                continue
            if all(w in vocab.unit_words for w in surface.split()):
                continue  # "Acme US Holding, Inc." cut after its place: a unit's words alone
            if is_head and " " not in surface and heads.fullmatch(surface):
                continue
            if is_head and _APPLICATION_AFTER.match(text, a.end()):
                continue  # "... Supplemental Biologics License Application": a filing
            if is_head and (
                _DEPARTMENT_AFTER.match(text, full_end)
                or (
                    _POST_OF_BEFORE.search(text, max(0, s - 20), s)
                    and _AT_AFTER.match(text, full_end)
                )
                # "associate professor of Investigational Cancer Therapeutics": a chair's field
                or _PROFESSOR_OF_BEFORE.search(text, max(0, s - 20), s)
            ):
                continue  # "Director of GI Oncology Program": a department, not a company
            if is_head and surface not in vocab.companies and _common_phrase(text, s, surface):
                continue
            if is_head and _DESCRIBED_BY_ORIGIN.fullmatch(surface):
                continue  # "US Merck to Acquire German Biotech Quillix": a description
            if is_head and _INFIX_WORD.search(surface):
                continue  # "First-in-Class Cancer Medicines": a headline's description
            if field and _headline_only(text, s, surface):
                continue  # "Merck Strengthens Oncology Portfolio Through ...": a headline's
            if (
                _ARTICLE_BEFORE.search(text, max(0, s - 4), s)
                and surface not in vocab.companies
                and _headline_only(text, s, surface)
            ):
                continue  # "to Create a Preeminent Cell Therapy Company": what it will be
            if (
                legal
                and _NAME_AFTER_COMPANY.match(text, legal.end())
                and not legal_form.match(text, legal.end())
                and not _HEAD_TAIL.match(text, legal.end())
            ):
                continue  # "To Acquire Immuno-Oncology Company Forty Seven": a description
            spans.append(Span(ORG, s, full_end, text[s:full_end], surface))
    spans += _named_as_companies(text, vocab)
    if _CAPITALS_RUN.search(text):
        spans += _companies_in_capitals(text, vocab)
    for m in _institutions(text, vocab):
        # (a word's full stop ends the sentence, not an abbreviation: "of Pennsylvania. It")
        stop = _FULL_STOP.search(text, m.start(), m.end())
        trimmed = _trim_org(text, m.start(), stop.start() if stop else m.end(), vocab, inst=True)
        if not trimmed:
            continue
        s, e = trimmed
        if post := _POST_AT_END.search(text, s, e):
            e = post.start()  # "Jo Roe, Acme Foundation of America Ambassador": her post
        if _PROGRAMME_AFTER.match(text, e):
            continue  # "the Acme Research Center (ARC) Initiative": a programme named so
        if text.startswith(", ", e) and "University of " in text[s:e]:
            e = _with_campus(text, s, e)
        s, known = _with_known_name_before(text, s, vocab)
        if (
            not known
            and _FIRST_NAME_SURNAME.match(text, s)
            and (joined := _NAME_AND_BEFORE.search(text, max(0, s - 30), s))
            and joined.group(1) not in vocab.name_stop_words
            and joined.group(1) not in vocab.org_heads
            and joined.group(1) not in vocab.companies
            # (so written after "the" here or anywhere in the text)
            and f"he {text[joined.start(1) : s]}{text[s:e].split()[0]}" in text
        ):
            s = joined.start(1)  # "the Walter and Eliza Hall Institute": one name
        surface = text[s:e]
        if surface.startswith("The "):
            surface = surface[4:]
        words = surface.split()
        if len(words) < 2 or surface in vocab.not_orgs or surface in vocab.institution_words:
            continue  # (a bare head, "Cancer Center", is a unit of the body named before it)
        if (words[0] in _INSTITUTION_HEADS and len(words) < 3) or all(
            w in _INSTITUTION_HEADS or w in vocab.institution_name_words for w in words
        ):
            continue  # ("the Cancer Hospital of ...": a field and a head name no one body)
        spans.append(Span(ORG, s, e, surface, known or surface))
    return spans


# A run of words written in capitals ("CANCER RESEARCH TECHNOLOGY (CRT), the ..."), as some
# releases write a company's name at its first mention
_CAPITALS_RUN = re.compile(r"(?<![\w&.\-])[A-Z][A-Z&\-]+(?:[ ]+[A-Z][A-Z&\-]*){1,5}(?![\w&\-])")


def _companies_in_capitals(text: str, vocab: Vocab) -> list[Span]:
    """Known companies of two words or more written in capitals: the longest run of words
    whose title case ("Cancer Research Technology"), or title case with its short words kept
    in capitals ("Acme Research UK"), is a curated company's name."""
    spans: list[Span] = []
    for run in _CAPITALS_RUN.finditer(text):
        words = list(_TOKEN.finditer(run.group()))
        i = 0
        while i < len(words) - 1:
            for j in range(len(words), i + 1, -1):
                start, end = run.start() + words[i].start(), run.start() + words[j - 1].end()
                titled = text[start:end].title()
                kept = " ".join(w if len(w) <= 3 else w.title() for w in text[start:end].split())
                if key := vocab.companies.get(titled) or vocab.companies.get(kept):
                    spans.append(Span(ORG, start, end, text[start:end], key))
                    i = j - 1
                    break
            i += 1
    return spans


# A person's post written after the body's name ("Jo Roe, Acme Foundation of America
# Ambassador", "University of Springfield Professor of Medicine"): no word of the name
_POST_AT_END = re.compile(
    r"(?<=[a-z])[ ]+(?:Ambassador|Professor|Fellow|Chair|President|Director|Scholar|"
    r"Investigator|Trustee|Spokesperson)$"
)


# "selected for the World Acme Research Center (WARC) Initiative Program": a funding
# programme named after the kind of body it funds
_PROGRAMME_AFTER = re.compile(r"(?:[ ]+\([A-Z]{2,6}\))?[ ]+(?:Initiative|Program(?:me)?)\b")


# "the Walter and Eliza Hall Institute": a name of two founders, a first name before another
# and a surname, when the text writes it after "the" ("Acme and Eliza Hall Institute", "the
# Crick and King's College London" name two bodies)
_NAME_AND_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ ]+and[ ]+$")
_FIRST_NAME_SURNAME = re.compile(r"[A-Z][a-z]+[ ][A-Z][a-z]+[ ]")


def _with_known_name_before(text: str, start: int, vocab: Vocab) -> tuple[int, str]:
    """Where an institution's name opens, and the known body it names, when a body named with
    "of" holds its first word: "City of Hope National Medical Center" is City of Hope, not
    "Hope National Medical Center"."""
    if not text.endswith(" of ", 0, start):
        return start, ""
    for name in _names_with_of(vocab):
        head, tail = name.split(" of ", 1)
        if text.startswith(tail, start) and text.endswith(f"{head} of ", 0, start):
            return start - len(head) - 4, name
    return start, ""


@derived
def _names_with_of(vocab: Vocab) -> tuple[str, ...]:
    """The curated companies' names with "of" inside ("City of Hope"), read once."""
    return tuple(name for name in vocab.companies if " of " in name)


# what a virus (or its infection) qualifies: "HPV-positive", "HPV-associated cancers"
_STATUS_AFTER = re.compile(
    r"[-‐](?:positive|negative|associated|induced|related|driven|mediated|expressing)\b"
)


def _lower_word_in(text: str, word: str) -> bool:
    """Whether `word` occurs in `text` with no word character or hyphen on either side. From
    one `str.find` hit to the next: a regex opening with a lookbehind has no literal to skip
    to, so it tries every offset of the text (~10x slower)."""
    pos = text.find(word)
    while pos >= 0:
        if _stands_alone(text, pos, pos + len(word)):
            return True
        pos = text.find(word, pos + 1)
    return False


def _common_phrase(text: str, start: int, surface: str) -> bool:
    """A capitalised name that the same release also writes in lower case is a common
    phrase ("to provide innovative medicines"), not a company. In a headline, where every
    word is capitalised, the same holds when each word before the head word appears in
    lower case elsewhere ("To Review Supplemental Biologics License Application")."""
    if _lower_word_in(text, surface.lower()):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    words = _LONG_WORD.findall(line)
    if len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words):
        return False
    rest = text[:line_start] + text[line_start + len(line) :]
    leading = surface.split()[:-1]
    return len(leading) >= 2 and all(
        w.isalpha() and _lower_word_in(rest, w.lower()) for w in leading
    )


# What releases say right after a company's name: its ticker ("Immunocore (Nasdaq: IMCR)")
# or what it is ("PharmaMar, a biopharmaceutical company focused on ...").
_COMPANY_AFTER = re.compile(
    r"\((?:[^()]{0,40};\s*)?(?:NYSE|NASDAQ|Nasdaq|HKEX|SEHK|SSE|SZSE|TSE|TSX|ASX|LSE|AIM|SIX|"
    r"OTC\w*|AMEX|KOSDAQ|KRX|FSE|ETR|XETRA|TYO|JPX|BSE|NSE|Euronext|OMX|STO|TASE|MSE|Paris|"
    r"Frankfurt|Tokyo|Stockholm|Copenhagen|Swiss)[\w ]*:"
    # "Zentavo (the “Company”)", "Zentavo (“Zentavo” or the “Company”)": a defined company
    r"|\((?:[^()\n]{0,30}[ ])?(?:the[ ]+)?[“\"](?:Company|Group)[”\"]\)"
    # (not a person's post there: "Steven Benner, a senior vice president at the company")
    r"|,[ ]+(?:a|an|the)[ ]+(?!(?:[\w\-]+[ ]+){0,3}?(?:president|officer|director|chairman|"
    r"chair|head|founder|professor|manager|analyst|spokes\w*|scientist|investigator)\b)"
    # ("Pacylex, a clinical-stage N-myristoyltransferase (NMT) inhibitor company")
    # (not past a relative pronoun, which ends the appositive's noun: "QX-101, an oral KRAS
    # inhibitor that the biotech tests in lung cancer" is no company)
    r"(?:(?!(?:that|which|who|whose)[ ])[\w\-]+[ ]+|\([^()]{1,15}\)[ ]+){0,6}?"
    r"(?:company|corporation|conglomerate|"
    r"biotech|biotechnology|pharma|institute|organi[sz]ation|leader|group|"
    # news style's words for a company ("Cytosen, a US-based immunotherapy developer")
    r"firm|developer|drugmaker|maker|manufacturer|start-?up|spin-?out|spin-?off)\b"
    # "X, the company's trial", "X, a company-sponsored study": X is the company's, no company
    r"(?![’'\-])"
    # "X, the company said": an attribution, not an appositive
    r"(?![ ]+(?:said|says|announced|announces|reported|added|noted|stated|explained)\b)"
)
# (a comma only before "a", "an" or "the": most commas are turned away without trying
# `_COMPANY_AFTER`, whose appositive opens so; read with `_in_order`)
_COMPANY_ANCHORS = (re.compile(r"\("), re.compile(r",(?=[ ]+(?:an?|the)[ ])"))
_FRONTED_PREPOSITION = re.compile(
    r"(?:^|[\n.!?][ ]*)(?:Beyond|Besides|Unlike|Like|Despite|Through|During|Including|Amid|"
    r"Alongside|Upon|Among|Against|Within|Without|Via|After|Before|Since|With|In|For|From|"
    r"Under|At|By|On)[ ]+$"
)


# "the anti-HER2 ADC independently developed by Remegen, for ...": who develops a drug is an
# organisation, however short its name (one or two capitalised words, then the clause ends)
# (the literal " by " opens the pattern, which the engine finds fast; the verb is read after)
_BY_NAME = re.compile(r" by[ ]+([A-Z][A-Za-z]{3,}(?:[ ][A-Z][A-Za-z]{2,})?)(?=[,.;])")
_DEVELOPED_BEFORE = re.compile(
    r"\b(?:developed|discovered|invented|created|manufactured|marketed)(?:\s+and\s+[a-z]+)?$"
)


_ADDRESS_BEFORE = re.compile(r"[A-Za-z.],[ ]+[A-Z][\w.-]+(?:[ ][A-Z][\w.-]+)?,[ ]+$")


_FOOTNOTE_MARK = re.compile(r"(?<=[a-z])\d{1,2}$")


def _named_as_companies(text: str, vocab: Vocab) -> list[Span]:
    """Capitalised names that a ticker or an appositive ("X, a biotechnology company")
    marks as an organisation, whatever their words, or that develop a drug."""
    spans: list[Span] = []
    for developer in _BY_NAME.finditer(text):
        if _DEVELOPED_BEFORE.search(text, max(0, developer.start() - 30), developer.start()):
            name = developer.group(1)
            if (
                name not in vocab.not_orgs
                and name not in vocab.gene_surface
                and key_of(name) not in vocab.drug_by_key
                and not _surname(text, name)
                and not _DEMONYM.fullmatch(name)  # "developed by British drugmaker X"
            ):
                spans.append(Span(ORG, developer.start(1), developer.end(1), name, name))
    for a in _in_order(_COMPANY_ANCHORS, text):
        if not _COMPANY_AFTER.match(text, a.start()):
            continue
        m = _name_before(text, max(0, a.start() - 80), a.start())
        if not m:
            continue
        trimmed = _trim_org(text, m.start(1), m.end(1), vocab)
        if not trimmed:
            continue
        s, e = trimmed
        if _FRONTED_PREPOSITION.search(text, max(0, s - 12), s):
            continue  # "Beyond Zorvexa, the company ...": the comma closes a fronted phrase
        if _ADDRESS_BEFORE.search(text, max(0, s - 40), s):
            continue  # "Merck KGaA, Darmstadt, Germany, a ... company": the country of an address
        dash = text.rfind("--", s, e)  # a dateline's "CITY, State--Company"
        if dash >= 0:
            s = dash + 2
        surface = text[s:e].strip()
        footnote = _FOOTNOTE_MARK.search(surface)
        if footnote and vocab.companies.get(surface[: footnote.start()]):
            # "Johnson & Johnson1 (NYSE: JNJ)": a footnote's number glued to a known name
            surface = surface[: footnote.start()]
            e = s + len(surface)
        if len(surface) < 3 or surface in vocab.not_orgs or surface in vocab.gene_surface:
            continue
        if any(_CALENDAR.fullmatch(w) for w in surface.split()):
            continue  # "Last November, the company reported ...": a time, fronted
        if (
            _legal_patterns(vocab)[0].fullmatch(" " + surface)
            or key_of(surface) in vocab.drug_by_key
        ):
            continue
        spans.append(Span(ORG, s, e, surface, surface))
    return spans


# "Sanofi and Gustave Roussy are announcing ...", "X And Y Sign ...": a name coordinated with
# an organisation as the subject of an announcement, at the start of a sentence, is one too;
# so with a report's verb ("A and B have received a positive opinion", "A and B have reported
# results", "A and B said"), which releases and news write of two partners as of one company.
_SENTENCE_START = re.compile(r"(?:^|\n|[.!?][ ]+|--[ ]*|—[ ]*)$")
_CO_SUBJECT = re.compile(
    r"[ ]+(?:[Aa]nd|&)[ ]+((?:[A-Z][\w’'.-]*[ ]+){0,3}?[A-Z][\w’'.-]*)[ ]+"
    r"(?i:(?:are|have|today|jointly|will|to)[ ]+)?"
    r"(?i:announc|enter|sign|expand|strengthen|form|launch|agree|collaborat|partner|team|"
    r"receiv|report|sa(?:id|ys?)\b)"
)


def _co_subjects(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """The names announcing beside an organisation found (see `_CO_SUBJECT`)."""
    out: list[Span] = []
    for span in spans:
        if span.kind != ORG or not _SENTENCE_START.search(text, max(0, span.start - 3), span.start):
            continue
        m = _CO_SUBJECT.match(text, span.end)
        if not m:
            continue
        surface = m.group(1)
        words = surface.split()
        if any(w in vocab.name_stop_words for w in words) or surface in vocab.not_orgs:
            continue
        if any(s.start < m.end(1) and m.start(1) < s.end for s in spans):
            continue  # already named: a known company, a drug
        out.append(Span(ORG, m.start(1), m.end(1), surface, surface))
    return out


# A release's headline and its first sentence both open with its issuer: "Quillix Receives
# FDA Clearance ..." over "Quillix today announced ...". The body may open with a dateline
# ("BOSTON, May 2, 2024 /Wire/ -- Quillix ...").
_DATELINE = re.compile(r"[^\n]{0,160}?(?:--|—|–|[ ]-[ ])[ ]*")
_NATIONALITY_WORD = re.compile(_NATIONALITY)
_DEMONYM = re.compile(rf"(?:{_NATIONALITY}|Global|Why|How|What|When|New|Top|Breaking|Update|BRIEF)")


# "Quillix Announces ...", "Quillix Reports Fourth Quarter Results": what only a company does
_CORPORATE_HEADLINE = re.compile(
    r"([A-Z][\w-]+(?:[ ][A-Z][\w-]+){0,2})[ ]+(?:Announces|Reports|Enters|Signs|Completes|"
    r"Appoints|Raises|Closes|Secures|Provides|Prices|Publishes)\b"
)


def _issuer(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """The unknown name a headline and the first sentence after it both open with, or that
    opens a headline on a company's verb and recurs in the body."""
    title_end = text.find("\n")
    if title_end < 0:
        return []
    found = _issuer_opening(text, title_end, spans, vocab)
    if found or not (headline := _CORPORATE_HEADLINE.match(text, 0, title_end)):
        return found
    name = headline.group(1)
    if not _may_be_issuer(text, name, name.split(), vocab):
        return []
    places = [
        Span(ORG, start, end, name, name)
        for start, end in name_places(text, name)
        if not any(s.start < end and start < s.end for s in spans)
    ]
    return places if len(places) >= 2 else []


_OPENING_PREPOSITIONS = frozenset(
    {"On", "In", "At", "For", "By", "As", "With", "From", "Since", "During", "After", "Before"}
)


def _may_be_issuer(text: str, name: str, words: list[str], vocab: Vocab) -> bool:
    """Whether a name a headline opens with may be its company: not a place, demonym,
    regulator, gene, drug or common word."""
    return not (
        len(name) < 3
        or name.isupper()
        or _DEMONYM.fullmatch(words[0])
        or words[0] in _OPENING_PREPOSITIONS  # "On October 20, 2015, ..." twice
        or any(_CALENDAR.fullmatch(w) for w in words)
        # ("Japan’s Takeda to acquire ...": a place's possessive)
        or PLACE_NAME.fullmatch(name.removesuffix("’s").removesuffix("'s"))
        # "The U.S. Food and Drug Administration ..." cut at its full stop: a place
        or f"{name.removeprefix('The ').rstrip('.')}." in _PLACE_INITIALS
        or name in vocab.not_orgs
        or name in vocab.gene_surface
        or key_of(name) in vocab.drug_by_key
        or (len(words) == 1 and not _unknown_capitalised(text, name, vocab))
    )


def _issuer_opening(text: str, title_end: int, spans: list[Span], vocab: Vocab) -> list[Span]:
    """The unknown name a headline and the first sentence after it both open with."""
    body_start = len(text) - len(text[title_end:].lstrip())
    title_words = text[: title_end + 1].split(" ")
    first = text[body_start : body_start + 400]
    dated = _DATELINE.match(first)
    openings = [0] + ([dated.end()] if dated else [])
    for at in openings:
        body_words = first[at:].split(" ")
        common: list[str] = []
        for a, b in zip(title_words[:3], body_words[:3], strict=False):
            word = a.rstrip(",.:;")
            if word != b.rstrip(",.:;") or not a[:1].isupper():
                break
            common.append(word)
            if word != a:
                break
        while common and common[-1] in vocab.name_stop_words:
            common.pop()
        if not common:
            continue
        name = " ".join(common).rstrip(",.:;’'")
        if not _may_be_issuer(text, name, common, vocab):
            return []
        body = Span(ORG, body_start + at, body_start + at + len(name), name, name)
        if any(s.start < body.end and body.start < s.end for s in spans):
            return []  # the body names it already, perhaps longer ("Quillix Bio, Inc.")
        return [body, *([Span(ORG, 0, len(name), name, name)] if text.startswith(name) else [])]
    return []


# "an exclusive licence agreement with Quillant", "a partnership with Corvex": the one-word
# name after a deal's "with" is a party to it (two words may be a person: "Jane Smith").
_DEAL_PARTY = re.compile(
    # ("an agreement with iTheranostics": a name may open with a lower-case letter or two)
    rf"with[ ]+((?:{_NAME_START}[\w\-]*[A-Za-z0-9][ ]+){{0,3}}"
    rf"{_NAME_START}[\w\-]*[A-Za-z0-9])"
    r"(?![\w’'&\-]|[ ]+[A-Z])"
)
_DEAL_BEFORE = re.compile(
    r"\b(?:agreements?|collaborations?|partnerships?|alliances?|deals?|licen[cs]es?)[ ]+$"
)


# "to acquire Quillix and Corvex", "the takeover of Quillix": the companies bought, each one
# name and not a drug's ("acquire Zorvexa rights" names a product; one name after "acquire"
# alone is too often a product or a unit)
# "a collaboration with Austin, Texas-based X": a city before its state's "-based"
_PLACE_BASED_AFTER = re.compile(r",[ ]+[A-Z][\w.]*(?:[ ][A-Z][\w.]*)?-based\b")
_ACQUIRED_NAME = r"([A-Z][\w\-]*[A-Za-z0-9])"
_ACQUIRED_PARTY = re.compile(
    r"(?:(?:acquire|acquisition[ ]+of|acquired|to[ ]+buy)[ ]+"
    rf"{_ACQUIRED_NAME},?[ ]+and[ ]+{_ACQUIRED_NAME}|takeover[ ]+of[ ]+{_ACQUIRED_NAME})"
    r"(?=[ ]*(?:[,.;]|$|(?:for|to|in|from|at|with|and)\b))"
)
# "developed jointly by Quillant and Corvex", "discovered by Quillant": the one-word names of
# a drug's makers.
_MAKER_VERBS = (
    "developed",
    "discovered",
    "invented",
    "originated",
    "marketed",
    "commercialized",
    "commercialised",
)
_MAKERS = re.compile(
    rf"(?=[cdiom])\b(?:co-)?(?:{'|'.join(_MAKER_VERBS)})[ ]+(?:jointly[ ]+)?by[ ]+"
    r"([A-Z][\w\-]*[A-Za-z0-9])(?:[ ]+and[ ]+([A-Z][\w\-]*[A-Za-z0-9]))?(?![\w’'&\-]|[ ]+[A-Z])"
)
# "Zentavo today announced", "Quillant, Corvex and Zentavo announced": the names opening a
# sentence before the announcing verb are its issuers (one word each, or a list: "Jane Smith
# announced" names a person).
_NAME = r"(?:[A-Z][\w’'\-]*[ ]+){0,2}[A-Z][\w’'\-]*[A-Za-z0-9]"
# (the names' capital looked for first: most offsets are turned away at one test, not after
# each of the sentence start's lookbehinds)
_ANNOUNCERS = re.compile(
    r"(?=[A-Z])(?:^|(?<=\n)|(?<=[.!?][ ])|(?<=--)|(?<=[—–][ ]))"
    rf"({_NAME}(?:,[ ]+{_NAME})*(?:,?[ ]+(?:and|&)[ ]+(?:the[ ]+)?{_NAME})?)[ ]+"
    r"(?:\([^()\n]{0,40}\)[ ]+)?(?:(?:today|jointly|have|has)[ ]+)?"
    r"announce[sd]?\b"
)
# "Chinese biotech Quillix Bio has begun", "pharma giant Vantora's": news style names a
# company right after what it is.
# (each of its cues holds one of these words)
_DESCRIBED_WORDS = (
    "biotech",
    "drugmaker",
    "pharma",
    "giant",
    "partner",
    "collaborator",
    "licensee",
    "licensor",
)
# (the cues written `words_first` and joined by their first letter: the scan skips to those
# letters instead of trying each offset, ~1.5x faster)
_DESCRIBED = re.compile(
    "(?:"
    + by_first_letter(
        words_first(
            r"biotech|drugmaker|pharma|biopharma|biotechnology[ ]+company|"
            r"Biotechnology[ ]+company|pharmaceutical[ ]+company|Pharmaceutical[ ]+company|"
            r"biopharmaceutical[ ]+company|Biopharmaceutical[ ]+company|giant|partner"
        )
        # "its collaborator, Quillix: the ... company"
        + r"|p(?<=its[ ]p)artner,|c(?<=its[ ]c)ollaborator,|l(?<=its[ ]l)icensee,"
        + r"|l(?<=its[ ]l)icensor,"
    )
    + r")[ ]+((?:[A-Z][\w\-]*[ ]+){0,2}[A-Z][\w\-]*[A-Za-z0-9])"
    r"(?=[ ]+[a-z]|[’'],?s\b|[,:]|[ ]+\([A-Z][\w-]{1,12}\)[ ]+[a-z])"
)
# The literal first: the engine skips from one "announce" to the next (a leading lookbehind
# has it try every offset).
_ANNOUNCE_VERB = re.compile(r"announce(?<![\w-]announce)[sd]?\b")
# "Quillon Medicine’s subsidiary", "a wholly owned subsidiary of Zentavo Group": whatever has
# a subsidiary or an affiliate is a company.
_PARENT = re.compile(
    r"(?:(?<![\w’'\-])(" + _NAME + r")[’']s[ ]+(?:wholly[- ]owned[ ]+)?(?:subsidiary|affiliate)"
    r"|(?:subsidiary|affiliate)[ ]+of[ ]+(" + _NAME + r"))(?![\w’'\-]|[ ]+[A-Z])"
)
_PARENT_WORD = re.compile(r"subsidiary|affiliate")
_NAME_CHARS = re.compile(r"[\w’'\- ]*")  # (matched over the text reversed: the run before)
_CAPITAL_OPENING = re.compile(r"(?<![\w’'\-])[A-Z]")


def _parents(text: str) -> Iterator[re.Match[str]]:
    """`_PARENT.finditer(text)`, the pattern tried only where a match may start: at the word
    "subsidiary" or "affiliate", or at a capital opening a word in the run of name characters
    and spaces just before one (tried at every offset, it takes ~170 us a release)."""
    starts = set()
    backwards = text[::-1]
    for word in _PARENT_WORD.finditer(text):
        starts.add(word.start())
        run = _NAME_CHARS.match(backwards, len(text) - word.start())
        assert run is not None  # (a starred class matches everywhere)
        opens = word.start() - len(run.group())
        starts.update(m.start() for m in _CAPITAL_OPENING.finditer(text, opens, word.start()))
    return matches_from(_PARENT, text, sorted(starts))


# "Quillon Research Trust has entered into a partnership with ...": the name opening a
# sentence that enters or signs a deal is a party to it, whatever its words
# (or signs one: "GC Cell signed a license contract for AB-205 with Artiva")
_DEAL_VERBS = (re.compile(r"entered[ ]+into[ ]"), re.compile(r"signed[ ]"))  # (`_in_order`)
_DEAL_SUBJECT = re.compile(
    r"(?=[A-Z])(?:^|(?<=\n)|(?<=[.!?][ ])|(?<=--)|(?<=[—–][ ]))"  # (its name's capital first)
    rf"({_NAME})[ ]+(?:(?:today|has|have|also)[ ]+)?(?:entered[ ]+into|signed)[ ]+an?[ ]+"
    r"(?:[\w-]+[ ]+){0,3}?"
    r"(?:agreement|partnership|collaboration|alliance|licen[cs]e|contract|deal)\b"
)
# "said Jane Roe, chief executive officer of Quillix", "Jo Roe, President and CEO of Quillon
# Health Alliance": what a chief executive leads is an organisation, whatever its words (a
# president or a head may lead a unit or a region: "President of Europe", "Head of Oncology")
_LED_BY_CHIEF = re.compile(
    r"(?:CEO|[Cc]hief[ ]+[Ee]xecutive(?:[ ]+[Oo]fficer)?)[ ]+(?:of|at)[ ]+"
    r"((?:[A-Z][\w\-]*[ ]+){0,3}?[A-Z][\w\-]*[A-Za-z0-9])(?![\w’'&\-]|[ ]+[A-Z])"
)
_LIST_SPLIT = re.compile(r",?[ ]+(?:and|&)[ ]+|,[ ]+")
# News style names a company by its bare name where only a company fits: its shares ("Quillix
# shares rose", "shares of Quillix"), what it says or pays ("Quillix said", "Quillix will
# pay"), what it owns ("Quillix's lead drug candidate"). One word each: "Jane Roe said" names
# a person, and so does "Roe said" after "Jane Roe" (see `_surname`).
_ONE_NAME = r"[A-Z][\w\-]*[A-Za-z0-9]"
# The cue read first (its words open it, so the engine skips to them), then the name before
# it read back: a pattern opening with the name would be tried at every capital.
_NEWS_CUE = re.compile(
    r"(?:[Ss]hares|[Ss]tock)\b(?![ ]+(?:of|in|and|Exchange|Market|Connect)\b)"
    r"|(?:said|says|noted|added|stated|reported|expects|intends|believes|"
    r"will[ ]+(?:pay|receive|retain|gain|be[ ]+responsible|be[ ]+eligible)|is[ ]+eligible)\b"
    # (no preposition between: "Zorvia's role as standard therapy" speaks of a drug)
    r"|[’']s[ ]+(?:(?!(?:as|in|of|for|with|to|by|on|at|from|than)[ ])[\w\-]+[ ]+){0,3}?"
    r"(?:drug|candidate|therapy|treatment|antibody|inhibitor|"
    r"pipeline|portfolio|products?|assets?|medicine|molecule|vaccine|programs?|programmes?)\b"
    # "shares of Quillix", "will pay Quillix $40 million": the name after the cue
    rf"|[Ss]hares[ ]+of[ ]+({_ONE_NAME})(?![\w’'\-&]|[ ]+[A-Z])"
    rf"|(?:pay|pays|paid)[ ]+({_ONE_NAME})[ ]+(?:US\$|\$|€|£|up[ ]+to\b|an?[ ]+upfront\b)"
)
# the name right before a cue, its possessive or a blank between
_NAME_BEFORE_CUE = re.compile(r"([A-Z](?<![\w’'\-/&.][A-Z])[\w\-]*[A-Za-z0-9])(?:[’']s)?[ ]*$")


# the words each cue opens with, found by `str.find` (a scan for the pattern's many first
# letters would stop at most letters of the text)
_NEWS_CUE_OPENERS = (
    "hares",
    "tock",
    "said",
    "says",
    "noted",
    "added",
    "stated",
    "reported",
    "expects",
    "intends",
    "believes",
    "will ",
    "is eligible",
    "’s ",
    "'s ",
    "pay",
    "paid",
)


# (the openers read back to the cue's start: "hares", "tock" stand for both cases of the
# letter before)
_NEWS_CUE_BACK = {"hares": 1, "tock": 1}


def _news_cues(text: str) -> list[re.Match[str]]:
    """The news cues of a text, found from their opening words by `str.find` (a pass each is
    cheaper than one automaton pass for all)."""
    found: dict[int, re.Match[str]] = {}
    for word in _NEWS_CUE_OPENERS:
        back = _NEWS_CUE_BACK.get(word, 0)
        for at in find_all(text, word):
            start = at - back
            if start >= 0 and start not in found and (cue := _NEWS_CUE.match(text, start)):
                found[start] = cue
    return [found[k] for k in sorted(found)]


def _news_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each one-word name a news cue marks as a company (see `_NEWS_CUE`)."""
    for cue in _news_cues(text):
        group = 1 if cue.group(1) else 2 if cue.group(2) else 0
        if group:
            yield cue.start(group), cue.end(group)
            continue
        if text[cue.start()] not in "’'" and cue.start() and text[cue.start() - 1] != " ":
            continue  # inside a word ("assessed", "Boss's")
        m = _NAME_BEFORE_CUE.search(text, max(0, cue.start() - 40), cue.start())
        if m and (text[m.end(1) : cue.start()].strip() in ("", "’s", "'s")):
            yield m.start(1), m.end(1)


_CALENDAR = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December"
)
_FIRST_NAME_BEFORE = re.compile(
    r"(?<![\w’'\-])(?!(?:The|On|In|At|As|And|But|When|While|After|Before|Then|By|For)[ ])"
    # (nor the kind of company a headline names before it: "German Biotech Quillix")
    r"(?!(?:Biotech|Pharma|Biopharma|Drugmaker|Startup|Company|Firm|Developer)[ ])"
    # (a hyphenated first name or a middle initial: "Karl-Ludwig Kley", "Adam R. Craig"; the
    # family name's particles: "Peter van de Sande", "Ursula von der Leyen")
    r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?[ ]+(?:[A-Z]\.[ ]+)?"
    r"(?:(?:van|von|de|der|den|da|di|du|del|della|ten|ter)[ ]+){0,2}$"
)
# the last word of a longer name ("Quill Anderson said", "MD Anderson's")
_NAME_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*[ ]+$")
_TITLE_BEFORE = re.compile(
    r"(?:Dr|Mr|Mrs|Ms|Prof|Professor|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|CEO|CSO|CMO|CFO|COO|"
    r"President|Chairman|Chairwoman|Director|Officer|Founder|Head)[ ]+$"
)
# a given name after the family name, as Korean and Chinese names are written: "Lee Jung-kue"
_GIVEN_NAME_AFTER = re.compile(r"[ ]+[A-Z][a-z]+-[a-z]+\b")


def _surname(text: str, name: str) -> bool:
    """Whether the text writes `name` after a capitalised first name or a title ("Jane Roe",
    "Dr. Roe"): a person's name, not a company's."""
    for start, _ in name_places(text, name):
        before = text[max(0, start - 30) : start]
        # (both patterns end on a blank before the name, or before a newline that closes
        # the window: a `str` test spares the searches, which try every offset)
        if (
            (
                before.endswith((" ", " \n"))
                and (_FIRST_NAME_BEFORE.search(before) or _TITLE_BEFORE.search(before))
            )
            or _GIVEN_NAME_AFTER.match(text, start + len(name))
            # "developed by Jo Roe, Ph.D., Director of ...": a degree after a person's name
            or _DEGREE_AFTER.match(text, start + len(name))
        ):
            return True
    return False


# A person's degrees after the name: "Jo Roe, Ph.D.", "Jo Roe, DO, MS, the Chair of ..."
_DEGREES = (
    r"(?:M\.?[ ]?D|D\.?O|Ph\.?[ ]?D|Pharm\.?[ ]?D|D\.?[ ]?Phil|MPH|MSc|MBA|MBBS|FACP|FRCP|RN|MS|"
    r"JD)\.?"
)
_DEGREE_BEFORE = re.compile(rf"\b{_DEGREES},[ ]$")
_DEGREE_NEXT = re.compile(rf",[ ]{_DEGREES}(?:,|$)", re.MULTILINE)
_DEGREE_AFTER = re.compile(rf",[ ]+{_DEGREES}(?![A-Za-z])")


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+")
_OF_NAME = re.compile(r"[ ]+of[ ]+((?:[A-Z][\w\-]*[ ]+){0,2}[A-Z][\w\-]*[A-Za-z])(?![\w’'&\-])")


# The scans below are tried only where a match may start, found by `str.find` (each pattern
# opens with words whose first letters are common: a scan stops at each of those letters).


def _acquired_parties(text: str) -> Iterator[re.Match[str]]:
    """`_ACQUIRED_PARTY.finditer(text)`, tried at each "acqui", "to " and "takeover"."""
    starts = [*find_all(text, "acqui"), *find_all(text, "to "), *find_all(text, "takeover")]
    return matches_from(_ACQUIRED_PARTY, text, sorted(starts))


def _makers(text: str) -> Iterator[re.Match[str]]:
    """`_MAKERS.finditer(text)`, tried at each maker's verb (and at a "co-" before it)."""
    starts = []
    for verb in _MAKER_VERBS:
        for at in find_all(text, verb):
            if at >= 3 and text.startswith("co-", at - 3):
                starts.append(at - 3)
            starts.append(at)
    return matches_from(_MAKERS, text, sorted(starts))


# the letters after the first of each `_DESCRIBED` cue (of either case: "biotech", "Biotech..."),
# and its cues read whole
_DESCRIBED_TAILS = ("iotech", "iopharma", "harma")
_DESCRIBED_CUES = ("drugmaker", "giant", "partner", "collaborator,", "licens")


# "Bolt Ventures partner Jo Roe", "Bolt Capital managing partner Jo Roe": "partner" right
# after a capitalised name (no possessive, no article) is a post at that firm, and the words
# after it a person's name, not a described company ("its partner Bolt", "partner Bolt")
_PERSON_NAME = re.compile(r"[A-Z][a-z]+[ ]+(?:[A-Z]\.[ ]+)?[A-Z][\w'’-]+")
_POST_OF_FIRM = re.compile(
    r"\b(?!(?:The|Its|Our|Their|Key|Longtime|Long-time)\b)[A-Z][\w&.-]*[A-Za-z][ ]+"
    r"(?:(?:general|managing|founding|venture|senior|operating|investment|General|Managing|Founding|"
    r"Venture|Senior|Operating|Investment)[ ]+)?$"
)


# "joined seed-stage venture fund Bolt in announcing", "according to new investor Bolt": a
# financing round's investor named right after what it is (the sentence may end after it)
_INVESTOR = re.compile(
    r"\b(?:investor|venture[ ]+(?:capital[ ]+)?(?:fund|firm|investor))[ ]+"
    r"((?:[A-Z][\w\-]*[ ]+){0,2}[A-Z][\w\-]*[A-Za-z0-9])"
    r"(?=[ ]+[a-z]|[’'],?s\b|[,:;]|\.(?:\s|$))"
)


def _described(text: str) -> Iterator[re.Match[str]]:
    """`_DESCRIBED.finditer(text)`, tried at each cue's first letter."""
    starts = [at - 1 for tail in _DESCRIBED_TAILS for at in find_all(text, tail) if at]
    starts += (at for cue in _DESCRIBED_CUES for at in find_all(text, cue))
    return matches_from(_DESCRIBED, text, sorted(starts))


def _led_by_chief(text: str) -> Iterator[re.Match[str]]:
    """`_LED_BY_CHIEF.finditer(text)`, tried at each "CEO" and at the letter before "hief"."""
    starts = [*find_all(text, "CEO"), *(at - 1 for at in find_all(text, "hief") if at)]
    return matches_from(_LED_BY_CHIEF, text, sorted(starts))


def _named_parties(text: str) -> Iterator[tuple[int, int, bool, bool | None]]:
    """(start, end, alone, weak) of each name a deal's "with", a maker's "by", a description
    ("biotech X") or an announcing sentence gives: `alone` when it is one word, `weak` when
    the cue alone is not enough (a word the text also writes in lower case is no name there),
    None when the cue is strong enough for a name of a field's words ("X Research Trust")."""
    for m in _DEAL_PARTY.finditer(text):
        if not _DEAL_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        words = m.group(1).split(" ")
        if (
            PLACE_NAME.fullmatch(m.group(1))
            or _DEMONYM.fullmatch(words[0])
            or _PLACE_BASED_AFTER.match(text, m.end(1))
        ):
            continue  # "a deal with Indonesia bio company X": a place, not the party
        of = _OF_NAME.match(text, m.end(1))
        if of and not PLACE_NAME.fullmatch(of.group(1)):
            # "a licence with City of Hope": the name goes on past "of", not past a place's
            # ("Acme Biotech of Taiwan")
            yield m.start(1), of.end(), False, None
        elif len(words) == 1:
            yield m.start(1), m.end(1), True, False
        elif len(words) > 2 or not all(_PLAIN_WORD.fullmatch(w) for w in words):
            # "a partnership with Quillon Life Systems"; two plain words may be a person's
            # name ("a partnership with Jane Roe, a physician")
            yield m.start(1), m.end(1), False, None
    bought = "acqui" in text or "to buy" in text or "takeover" in text
    for m in _acquired_parties(text) if bought else ():
        for group in (1, 2, 3):
            if m.group(group) and not m.group(group).isupper():  # ("acquire OTEZLA": a brand)
                yield m.start(group), m.end(group), True, True
    # most releases have no maker's verb or description word: a `str` test spares the scan
    makers = any(verb in text for verb in _MAKER_VERBS)
    for m in _makers(text) if makers else ():
        for group in (1, 2):
            if m.group(group) and not _DEMONYM.fullmatch(m.group(group)):
                yield m.start(group), m.end(group), True, True
    described = any(word in text for word in _DESCRIBED_WORDS)
    for m in _described(text) if described else ():
        if (
            text.startswith(("partner", "Partner"), m.start())
            and _PERSON_NAME.fullmatch(m.group(1))
            and _POST_OF_FIRM.search(text, max(0, m.start() - 40), m.start())
        ):
            continue  # "Bolt Ventures partner Jo Roe will join the board": a person's post
        yield m.start(1), m.end(1), " " not in m.group(1), True
    if "investor " in text or "venture " in text:
        for m in _INVESTOR.finditer(text):
            if not _PERSON_NAME.fullmatch(m.group(1)):  # ("angel investor Jo Roe": a person)
                yield m.start(1), m.end(1), " " not in m.group(1), True
    if "subsidiar" in text or "affiliate" in text:
        for m in _parents(text):
            group = 1 if m.group(1) else 2
            yield m.start(group), m.end(group), " " not in m.group(group), True
    dealt = "signed" in text or "entered" in text  # (the verbs' words: a `str` test)
    for verb in _in_order(_DEAL_VERBS, text) if dealt else ():
        for m in _DEAL_SUBJECT.finditer(text, max(0, verb.start() - 60), verb.end() + 80):
            alone = " " not in m.group(1)
            yield m.start(1), m.end(1), alone, True if alone else None
    # (the cue's words: a `str` test spares most releases the scan)
    led = "CEO " in text or "hief executive" in text or "hief Executive" in text
    for m in _led_by_chief(text) if led else ():
        if m.group(1).isupper():
            continue  # "chief executive of QPL": initials, which the text may define elsewhere
        alone = " " not in m.group(1)
        yield m.start(1), m.end(1), alone, True if alone else None
    surnames: dict[str, bool] = {}
    for start, end in _news_names(text):
        name = text[start:end]
        if (
            name.isupper()  # a ticker or a brand in capitals ("ACME shares", "ZYLTRA's")
            or _CALENDAR.fullmatch(name)
            or PLACE_NAME.fullmatch(name)
            or _NAME_BEFORE.search(text, max(0, start - 30), start)
        ):
            continue
        if name not in surnames:
            surnames[name] = _surname(text, name)
        if not surnames[name]:
            yield start, end, True, True
    # read back from each announcing verb only: the names pattern tried at every offset of
    # the text is slow (each verb matched where `str.find` finds "announce": cheaper than the
    # engine's scan for the literal)
    found = (
        m
        for verb in matches_from(_ANNOUNCE_VERB, text, find_all(text, "announce"))
        for m in _ANNOUNCERS.finditer(text, max(0, verb.start() - 160), verb.end())
    )
    for m in found:
        names = [name.removeprefix("the ") for name in _LIST_SPLIT.split(m.group(1))]
        at = m.start(1)
        for name in names:
            at = text.index(name, at)
            if len(names) > 1 or " " not in name:
                # several names announcing together are companies, even of a field's words
                # ("Tumour Research Trust and Acme announce")
                yield at, at + len(name), " " not in name, True if " " not in name else None
            at += len(name)


_MARK_AFTER = re.compile(rf"[ ]?{MARK}")


_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")


# The words that describe a company before its name ("Boston-based", "clinical-stage")
_DESCRIPTION_ENDS = (
    "-based", "-focused", "-stage", "-listed", "-owned", "-held", "-traded", "-old",
    "-spinout", "-spin-out", "-backed", "-founded",
)  # fmt: skip


def _deal_parties(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """Unlisted names that a deal, a maker or an announcement marks as an organisation (see
    `_named_parties`): not a headline word, a place or word that opens names, a regulator,
    gene or drug."""
    out: list[Span] = []
    for start, end, alone, weak in _named_parties(text):
        surface = text[start:end]
        if surface in vocab.not_orgs or _MARK_AFTER.match(text, end):
            continue  # "a license agreement with DARVIAS®": a brand
        if any(s.start < end and start < s.end for s in spans + out):
            continue  # already named
        words = surface.split()
        field_words = vocab.institution_name_words if weak is None and len(words) > 1 else ()
        if (
            len(surface) < 3
            or any(w in vocab.name_stop_words and w not in field_words for w in words)
            or (words[0] in field_words and words[-1] in field_words)  # "Clinical Research"
            or (alone and surface in vocab.not_short_names)
            or (alone and _ADVERB.fullmatch(surface))  # "Originally announced in June, ..."
            or surface in vocab.gene_surface
            or key_of(surface) in vocab.drug_by_key
            or (weak and alone and not _unknown_capitalised(text, surface, vocab))
            or _legal_patterns(vocab)[0].fullmatch(" " + surface)  # "Acme Company, Limited"
            # "a deal with Boston-based biotech Aktis": a description before the name
            or surface.lower().endswith(_DESCRIPTION_ENDS)
        ):
            continue
        out.append(Span(ORG, start, end, surface, surface))
    return out


def name_places(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Each place a company name stands alone: no word character, "&", "." or "-" before
    it and no word character, "&" or "-" after it, left to right without overlaps (as a
    regex would find them, but from one `str.find` hit to the next, not at every offset)."""
    n = len(text)
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if (start and (_is_word(text[start - 1]) or text[start - 1] in "&.-")) or (
            end < n and (_is_word(text[end]) or text[end] in "&-")
        ):
            start = text.find(name, start + 1)
            continue
        yield start, end
        start = text.find(name, end)


# "vadastuximab talirine (SGN-CD33A; 33A)": a drug's short name, last in its brackets
_BRACKET_SHORT_NAME = re.compile(r"\s*\([^();,]{1,20}[;,]\s*([A-Za-z0-9][\w\-]{0,11})\)")


def _bracket_short_names(text: str, spans: list[Span]) -> list[Span]:
    """ "vadastuximab talirine (SGN-CD33A; 33A) ... 33A is an antibody-drug conjugate": a
    short name with a digit, listed after a drug's code in the drug's brackets, names the drug
    there and wherever else it stands alone."""
    short: dict[str, Span] = {}
    for named in spans:
        match = _BRACKET_SHORT_NAME.match(text, named.end) if named.kind == MOLECULE else None
        if match and any(c.isdigit() for c in match.group(1)):
            short.setdefault(match.group(1), named)
    if not short:
        return []
    taken = bytearray(len(text) + 1)
    for s in spans:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    return [
        Span(MOLECULE, start, end, form, short[form].key, link=short[form].link)
        for start, end, form in whole_tokens(text, short)
        if taken.find(1, start, end) < 0
    ]


# "the de Duve Institute", "the Richard J. Solove Research Institute", "the Walter and Eliza
# Hall Institute": an institution named after people opens with a name particle, a first
# name and initial, or a first person's name and "and", which its capitals alone do not reach
_NAMED_AFTER_PEOPLE = re.compile(
    r"[ ](?:Institute|Hospital|Foundation|Cent(?:er|re)|Clinic|School|College|University)\b"
)
_PERSON_OPENING_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:de|van|von|di|da|del|du)[ ]+|[A-Z][a-z]+[ ]+[A-Z]\.[ ]+|"
    r"(?<=[Tt]he[ ])[A-Z][a-z]+[ ]+and[ ]+)$"
)
_FIRST_NAME_AND_SURNAME = re.compile(r"[A-Z][a-z]+[ ][A-Z][a-z]+[ ]")


def _with_person_openings(text: str, spans: list[Span]) -> list[Span]:
    """Institutions' names with the openings `_PERSON_OPENING_BEFORE` reads (a first name
    before "and" only where the text never names the rest alone)."""
    out = []
    for span in spans:
        if (
            span.kind == ORG
            and span.key == span.text
            and _NAMED_AFTER_PEOPLE.search(span.text)
            and (
                opening := _PERSON_OPENING_BEFORE.search(text, max(0, span.start - 30), span.start)
            )
            and (
                not opening.group().endswith("and ")
                # (the second person's first name and surname: "Eliza Hall", not "King's
                # College"; the whole name wherever the text names the institution)
                or (
                    _FIRST_NAME_AND_SURNAME.match(span.text) is not None
                    and all(
                        text.endswith(opening.group(), 0, start)
                        for start, _end in name_places(text, span.text)
                    )
                )
            )
        ):
            name = text[opening.start() : span.end]
            span = Span(ORG, opening.start(), span.end, name, name)
        out.append(span)
    return out


def _whole_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Biogen Idec (Nasdaq: BIIB)" once, then "senior vice president, Biogen Idec.": where
    the text writes in full a name it has recognised, the shorter names read inside it are
    that name."""
    whole = {s.text: s.key for s in spans if s.kind == ORG and " " in s.text}
    if not whole:
        return spans
    by_start: dict[int, list[Span]] = {}
    for s in spans:
        by_start.setdefault(s.start, []).append(s)
    dropped: set[int] = set()
    added: list[Span] = []
    for name, key in whole.items():
        for start, end in name_places(text, name):
            inside = [s for at in range(start, end) for s in by_start.get(at, ())]
            if not inside or any(
                s.kind != ORG or s.end > end or (s.start, s.end) == (start, end) for s in inside
            ):
                continue
            if any(
                s.end > start
                for at in range(max(0, start - 80), start)
                for s in by_start.get(at, ())
            ):
                continue  # (a span opening before the name reaches into it)
            dropped.update(id(s) for s in inside)
            added.append(Span(ORG, start, end, name, key))
    return [s for s in spans if id(s) not in dropped] + added if added else spans


def capitals(name: str) -> str:
    """A name's capitals in order: what an organisation's initialism spells ("Advanced
    Accelerator Applications" is AAA)."""
    return "".join(c for c in name if c.isupper())


def _short_names(text: str, spans: list[Span]) -> list[Span]:
    """ "ArQule, Inc." once, then "Merck will acquire ArQule": a company the text names with
    its legal form is named by the rest of its name wherever that stands alone."""
    short = {s.key: s.key for s in spans if s.kind == ORG and s.key != s.text and len(s.key) >= 3}
    initials: dict[str, set[str]] = {}
    for s in spans:  # 'Ono Pharmaceutical Co., Ltd. (Head Office: Osaka; "ONO")': defined
        if s.kind == ORG and (defined := _DEFINED_NAME.match(text, s.end)):
            short.setdefault(defined.group(1), s.key)
        if s.kind == ORG and " " in s.key:
            initials.setdefault(capitals(s.key), set()).add(s.key)
    # "Advanced Accelerator Applications" ... "the shares of AAA": the initials of one company
    # of the text (not of two: "LegoChem Biosciences" and "Light Chain Bioscience")
    for letters, keys in initials.items():
        if len(letters) >= 3 and len(keys) == 1:
            short.setdefault(letters, next(iter(keys)))
    if not short:
        return []
    taken = bytearray(len(text) + 1)
    for s in spans:
        taken[s.start : s.end] = b"\x01" * (s.end - s.start)
    out: list[Span] = []
    for name, key in short.items():
        for start, end in name_places(text, name):
            if taken.find(1, start, end) < 0:
                out.append(Span(ORG, start, end, name, key))
    return out


_DEFINED_NAME = re.compile(
    r"[^()]{0,6}\([^()]{0,120}?[;,(]?\s*(?:the\s+)?[“\"]([A-Z][\w&-]{1,20})[”\"]"
    # ('Deciphera Pharmaceuticals, Inc. (the “Company” or “we”)')
    r"(?:\s+or\s+(?:the\s+)?[“\"][^”\"]{1,12}[”\"])?\s*\)"
)


# An integrin named by its two subunits: "alpha4beta7 integrin", "integrin αvβ6".
_INTEGRIN = re.compile(
    r"(?<![\w-])(?:[Ii]ntegrin\s+)?(?:α|alpha)[-\s]?(\d{1,2}|[vVLMXDE]|IIb)\s?-?\s?(?:β|beta)[-\s]?(\d)"
    r"(?![\w-])(?:\s+[Ii]ntegrins?\b)?"
)


def _ranges(text: str, vocab: Vocab, low: str) -> list[Span]:
    """ "FGFR 1/2" -> FGFR1, FGFR2; "VEGFR1-3" -> FLT1, KDR, FLT4; "alpha4beta7 integrin" ->
    ITGA4, ITGB7; "IL-17A/F" -> IL17A, IL17F (each sharing the mention)."""
    spans: list[Span] = []
    for m in _INTEGRIN.finditer(text) if "beta" in low or "β" in text else ():
        alpha = "2B" if m.group(1) == "IIb" else m.group(1).upper()
        pair = [vocab.gene_surface.get(f"ITGA{alpha}"), vocab.gene_surface.get(f"ITGB{m.group(2)}")]
        if all(pair) and (
            "ntegrin" in m.group(0) or is_target_context(text, m.start(), m.end(), low)
        ):
            spans.extend(Span(TARGET, m.start(), m.end(), m.group(0), str(g)) for g in pair)
    for m in _range_matches(text):
        members = [vocab.gene_surface.get(f"{m.group(1)}{n}") for n in _numbers(m)]
        if len(members) < 2 or not all(members):
            continue
        if not is_target_context(text, m.start(), m.end(), low):
            continue
        for symbol in members:
            assert symbol is not None
            spans.append(Span(TARGET, m.start(), m.end(), m.group(0), symbol))
    for m in _LETTERED_RANGE.finditer(text) if _SLASH_AFTER_LETTER.search(text) else ():
        letters = [m.group(2), *re.findall(r"[A-Z]", m.group(3))]
        members = [vocab.gene_surface.get(f"{m.group(1)}{letter}") for letter in letters]
        if all(members) and is_target_context(text, m.start(), m.end(), low):
            spans.extend(Span(TARGET, m.start(), m.end(), m.group(0), str(g)) for g in members)
    # only where numbers follow "receptor(s)" or "kinase(s)": the name is read back from there
    # (a `str` test first: the scan tries every "r")
    heads = "receptor" in low or "kinase" in low
    for head in _in_order(_NUMBERED_HEADS, low) if heads else ():
        named = _NAMED_RANGE.search(low, max(0, head.start() - 80), head.end() + 40)
        if named and named.end(1) == head.end():
            start, symbols = _named_members(named, vocab)
            end = named.end()
            if len(symbols) > 1 and is_target_context(text, start, end, low):
                spans.extend(Span(TARGET, start, end, text[start:end], g) for g in symbols)
    return spans


def _numbers(m: re.Match[str]) -> list[int]:
    """The numbers a range or list names: "1-3" is 1, 2, 3; "1, 2 and 4" is 1, 2, 4."""
    nums = [int(m.group(2))] + [int(d) for d in re.findall(r"\d", m.group(3))]
    if re.search(r"-|–|to", m.group(3)) and len(nums) == 2 and nums[1] > nums[0]:
        return list(range(nums[0], nums[1] + 1))
    return nums


def _gene_named(vocab: Vocab, name: str) -> str:
    key = key_of(name)
    genes = [e.ref for e in vocab.senses(key) if e.kind == GENE]
    return genes[0] if genes else ""


_ABBREVIATION_INSIDE = re.compile(r"\s*\([a-z0-9\-]{2,8}\)")


def _named_members(m: re.Match[str], vocab: Vocab) -> tuple[int, list[str]]:
    """Where a family's name starts and its members, each "<name> N" a gene's name: the
    longest run of the words before "receptor" or "kinase" that names two or more of them.
    A member the names lack is found by the numbered symbol the others share (VEGFR1, VEGFR2
    -> VEGFR3)."""
    words = [w for w in _TOKEN.finditer(m.group(1)) if not w.group().startswith("(")]
    nums = _numbers(m)
    for w in words:
        name = _ABBREVIATION_INSIDE.sub("", m.group(1)[w.start() :])
        members = [_gene_named(vocab, f"{name} {n}") for n in nums]
        found = [(g, n) for g, n in zip(members, nums, strict=True) if g]
        if len(found) < 2:
            continue
        if len(found) < len(nums):
            numbered = _numbered_symbols(vocab)
            shared = set.intersection(
                *({s for s, k in numbered.get(g, ()) if k == n} for g, n in found)
            )
            stem = min(shared) if len(shared) == 1 else ""
            members = [
                g or vocab.gene_surface.get(f"{stem}{n}", "")
                for g, n in zip(members, nums, strict=True)
            ]
        return (m.start(1) + w.start(), members) if all(members) else (-1, [])
    return -1, []


@derived
def _numbered_symbols(vocab: Vocab) -> dict[str, set[tuple[str, int]]]:
    """For each gene, the (stem, number) of its numbered symbols and aliases: FLT1 has
    ("FLT", 1) and ("VEGFR", 1)."""
    out: dict[str, set[tuple[str, int]]] = {}
    for surface, symbol in vocab.gene_surface.items():
        numbered = re.fullmatch(r"([A-Z]{2,6})-?(\d)", surface)
        if numbered:
            out.setdefault(symbol, set()).add((numbered.group(1), int(numbered.group(2))))
    return out


_PRIORITY = {ORG: 0, MOLECULE: 1, DISEASE: 2, TARGET: 3, NOT_ORG: 0}
_PAN_BEFORE = re.compile(r"(?:^|.*\b)pan[- ]?$")


def _names_a_family(stem: str, vocab: Vocab, *, alike: bool = False) -> bool:
    """Whether three or more symbols are the name with a number (ERBB2-ERBB4, S1PR1-S1PR5),
    or with `alike` also a letter and a number (BCL2L1, BCL2A1: the "BCL2-like" proteins):
    the name is a family's, as written without its member's number."""
    numbered, lettered = _family_sizes(vocab)
    return (lettered if alike else numbered).get(stem, 0) >= 3


@derived
def _family_sizes(vocab: Vocab) -> tuple[Counter[str], Counter[str]]:
    """How many symbols each name takes with a number after it ("S1PR": S1PR1 to S1PR5), and
    with a letter and a number or a number ("BCL2": BCL2L1, BCL2A1, ...): counted once for
    all symbols, not searched for each name."""
    numbered: Counter[str] = Counter()
    lettered: Counter[str] = Counter()
    for symbol in vocab.gene_ids:
        digits = len(symbol) - len(symbol.rstrip("0123456789"))
        if not digits:
            continue
        first = len(symbol) - digits
        stems = {symbol[:k] for k in range(first, len(symbol))}
        numbered.update(stems)
        if first > 0 and "A" <= symbol[first - 1] <= "Z":
            stems.add(symbol[: first - 1])
        lettered.update(stems)
    return numbered, lettered


def _is_fusion(name: str, vocab: Vocab) -> bool:
    """Whether a target's name joins two genes' symbols, as a fusion protein's does
    ("BCR-ABL", "EML4-ALK")."""
    parts = name.split("-")
    return len(parts) == 2 and all(part in vocab.gene_surface for part in parts)


_ANTI_BEFORE = re.compile(r".*\b[Aa]nti-$")
# What the recognizer's loop turns away before it takes a span:
# a lab value measured ("change in hemoglobin from baseline", "increased blood alkaline
# phosphatase" among adverse reactions),
_MEASURED_BEFORE = re.compile(
    r"\b(?:(?:change|increase|decrease|reduction|improvement|rise|drop)s?[ ]+in[ ]+(?:serum[ ]+)?|"
    r"(?:increased|decreased|elevated|raised|abnormal)[ ]+(?:blood|serum|plasma)[ ]+)$"
)
# a surname after a title ("led by Dr Rony Dahan"),
_PERSON_TITLES = r"(?:Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Sir|Dame)"
_DOCTOR_BEFORE = re.compile(rf"\b{_PERSON_TITLES}[ ]+(?:[A-Z][a-z]+[ ]+)?$")
# a filing's number ("the registration number CXSS2000060", or in brackets after an
# application: "the first clinical application in China (CXSL1700201)"),
_IDENTIFIER_BEFORE = re.compile(
    r"\b(?:[Nn]umber|No\.|#)[ :]*$|\b[Aa]pplications?(?:[ ]in[ ][A-Z][a-z]+)?[ ]\($"
)
# a disease's abbreviation opening a company's name ("RA PHARMACEUTICALS,INC."),
_COMPANY_WORD_AFTER = re.compile(r"[ ]+(?:Pharm[a-z]*|PHARM[A-Z]*|Therapeutics|THERAPEUTICS)\b")
# and a disease naming cells or a virus ("B-cell lymphoma cells", "a common cold virus").
_CELLS_OR_VIRUS_AFTER = re.compile(r"[ -](?:cells|cell lines?|virus(?:es)?)\b")

# "the Phase 3 BRIM3 trial", "NETTER-1 study", "INDIGO trial": a name before "trial" or
# "study" names the trial, not a molecule (an INN, lower case, is kept: "a fooximab study").
_TRIAL_AFTER = re.compile(
    # ("RESONATE™-2 (ABC-1115) clinical trial": its protocol number may stand in brackets)
    rf"{MARK}?(?:[\s-]+\d{{1,2}}[a-z]?)?(?:\s*\([A-Z][A-Z0-9-]*\d[A-Z0-9-]*\))?[\s-]+(?:(?:clinical|pivotal|registrational|confirmatory|global|randomi[sz]ed|"
    # ("the Beat AML® Master Trial": a master, umbrella or basket protocol's name)
    r"master|umbrella|basket|"
    r"open-label|extension|Phase\s*\w+(?:/\w+)?)[\s-]+){0,3}(?:trials?|study|studies)\b",
    re.IGNORECASE,
)


# "ASCEND-2, an ongoing randomized Phase 2a trial": the appositive's head is the trial (not
# "QX-811, an oral TYK2 inhibitor in a Phase 3 trial", a drug in one)
_TRIAL_APPOSITIVE = re.compile(
    # ("CASCADE-2, a Phase 3 trial": the acronym may carry the trial's number)
    rf"{MARK}?(?:[\s-]\d{{1,2}}[a-z]?)?"
    # ("ALPHA2 and EXPAND, two potentially pivotal trials": a list of trials so described)
    r"(?:\s+and\s+[A-Z][A-Z0-9-]+)?,\s+(?:an?|the|two|three|both)\s+"
    r"(?:(?!(?:in|for|of|with|inhibitor|antibody|agonist|antagonist|"
    r"degrader|conjugate|ADC|therapy|drug|vaccine|molecule)\b)[\w/-]+,?\s+){0,8}"
    r"(?:trials?|stud(?:y|ies))\b",
    re.IGNORECASE,
)
# "the Phase 3 ORCHID (ABC3001) study": a code in parentheses between a trial's acronym and
# "study" is its protocol number.
_TRIAL_ACRONYM_BEFORE = re.compile(
    rf"\b[Pp]hase\s*[\dIV]+[ab]?\s+[A-Z][A-Z0-9-]{{3,}}{MARK}?(?:-\d{{1,2}})?\s*\($"
)
# "the Phase II BRAIN study (AVF3708g)": a code in parentheses after "study" is its protocol.
_CODE_TAIL = re.compile(r"-?\d{3,}")
# ("phosphoinositide 3-kinase (PI3K) delta": the letter may follow the bracket after a blank)
_GREEK_AFTER = re.compile(r"\)[- ](alpha|beta|gamma|delta)\b")
_LIKE_AFTER = re.compile(r"(?:\s*\([^()]{1,10}\))?\)?-like\b")
_STUDIED_BEFORE = re.compile(r"\b(?:trials?|study|studies)\s+(?:of|with)\s+$", re.IGNORECASE)
# ("The trial (known as BGBC004) is designed to ...")
_TRIAL_BEFORE = re.compile(
    # ("The trial, known as MONET1, had been suspended")
    # ("Phase 3 trial (BMT CTN 1802)": a network's protocol number after the network's name)
    # ("Phase III study (“Zelos” ZX3007)": its quoted name, then its protocol number)
    r"\b(?:trials?|study|studies)(?:\s*\((?:known\s+as|called|named|dubbed|(?-i:[A-Z]{2,8})|"
    r"[“\"][^”\"()]{1,25}[”\"])?|"
    r",?\s+(?:known\s+as|called|named|dubbed))\s*$",
    re.IGNORECASE,
)


# "sphingosine 1-phosphate receptor", "somatostatin analog", "interleukin-2 (IL-2) receptor":
# a substance named as part of a receptor, analogue or pathway is no drug of the release.
# The words between are the receptor's name: no article, verb or preposition, and no bracket
# closing on the substance ("approvals for Zorvexa (zorbimab) and multiple receptor tyrosine
# kinase inhibitor X", "Zorbimab is an interleukin-6 (IL-6) receptor antagonist", "zorbimab
# lowers IgG levels", "(X or zorbimab) in hormone receptor-positive": the drug stands alone).
_BIOLOGY_AFTER = re.compile(
    r"[\s-]*(?:(?:(?!(?:an?|the|is|are|was|were|in|of|lowers|raises|reduces|increases)\s)"
    r"(?:[\w\-]|\([\w\-]*\))+\s+){0,4}?"
    r"(?:receptors?|analog(?:ue)?s?|pathways?|signal(?:l)?ing|"
    # "an adenosine triphosphate (ATP) competitive inhibitor": what a drug competes with
    r"levels?|transporters?|metabolism|competitive)"
    # "urine protein creatinine ratio": a lab value; "galactose deficient-IgA1", "dextran
    # sodium sulfate (DSS)-induced colitis": what a molecule lacks or causes in the body
    r"|ratios?|clearance|deficien\w*|(?:\([^()]{1,12}\)-?)?induced)\b",
    re.IGNORECASE,
)
_WORD_THEN_NUMERAL = re.compile(r"[a-z][a-z\-]*(?: (?:[IVX]+|\d+))+")
# "PGE2 receptor antagonists", "a Prostaglandin E2 (PGE2) receptor": whatever its case, a
# ligand naming its receptor.
_LIGAND_OF_RECEPTOR = re.compile(r"\)?(?:\s*\([^()]{1,12}\))?[\s-]*receptors?\b", re.IGNORECASE)
# "anaplastic lymphoma kinase": a disease word inside a gene or protein name.
# (or a member's number: "MCL-1" is the gene MCL1, not mantle cell lymphoma)
_GENE_AFTER = re.compile(
    # (a name's words in capitals too: "WT1 (Wilms Tumor Protein)")
    r"[\s-]*(?i:kinase|receptor|gene|protein|fusion|translocation)\b|-\d{1,2}(?![\d]|[.,]\d)"
)


# A drug's code, not a trial's name, where trial words follow it: a trial's own name comes
# after them ("the NX-2127 Phase 1 study", "the CT041 confirmatory Phase II trial", but "the
# Phase 3 ORCHID-2 trial").
_DRUG_CODE_SHAPE = re.compile(r"[A-Z]{1,5}[- ]?\d{3,6}")  # ("the CLR 131 Phase 1 Trial")
# ... unless the trial is said to study a drug named after it: "the ZX306 Phase 3 trial of
# Zorvix", "the QT-2101 Phase 2 study evaluating zorbimab" (the code is the trial's protocol)
_STUDIES_ANOTHER = re.compile(
    r"\s+(?:of|with|evaluating|investigating)\s+"
    r"(?!(?:the|a|an|its|their|patients|subjects|adults|children|healthy|participants)\b)"
    r"(?:[A-Z][\w-]{2,}|[a-z]+(?:mab|nib|lib|cept|stat|ide|ine)\b)"
)


def _trial_name(text: str, span: Span) -> bool:
    """ "BRIM3 trial", "ASCEND-MG, an ongoing Phase 2a trial", "study (AVF3708g)": a trial's
    name or protocol number."""
    if span.text.islower():
        return False
    if span.text[1:].islower() and _MARKED_AFTER.match(text, span.end):
        return False  # "ALK Inhibitor Alecensa® Trial Stopped": a brand; trials have acronyms
    after = _TRIAL_AFTER.match(text, span.end)
    if (
        after
        and _DRUG_CODE_SHAPE.fullmatch(span.text)
        and len(after.group().split()) > 1
        and not _STUDIES_ANOTHER.match(text, after.end())
    ):
        after = None  # "the NX-2127 Phase 1 study": the drug the trial studies
    if after and "(" in after.group() and not span.text.isupper():
        after = None  # "Zorbinib (QX-101) Phase 1 Trial": the drug, its code, its trial
    return bool(
        after
        or (
            _TRIAL_APPOSITIVE.match(text, span.end)
            # ("the Phase 1a trial of X, a single center ... trial": the trial's drug)
            and not _STUDIED_BEFORE.search(text, max(0, span.start - 12), span.start)
        )
        or _TRIAL_BEFORE.search(text, max(0, span.start - 24), span.start)
        or (
            _TRIAL_ACRONYM_BEFORE.search(text, max(0, span.start - 40), span.start) is not None
            and _TRIAL_AFTER.match(text, span.end + 1) is not None
            and text[span.end : span.end + 1] == ")"
        )
    )


# "published in JAMA Oncology", "in the journal The Lancet Oncology": a journal; "the School
# of Life Sciences at Fudan": a department's field, inside a longer name; "the International
# Conference on Molecular Targets and Cancer Therapeutics": an event
# (the first letters of its words looked for first: most offsets of the window are turned
# away at one test, not at each alternative's boundary; ~1.6x faster)
_NON_COMPANY_BEFORE = re.compile(
    r"(?=[CDFILMPSVWajpr])"
    r"(?:\b(?:published|reported|appeared)\s+(?:(?:online|today)\s+)?in\s+(?:[Tt]he\s+)?"
    r"(?:journal\s+(?:[Tt]he\s+)?)?|\bjournal\s+(?:[Tt]he\s+)?|"
    r"\b(?:Conference|Symposium|Congress|Meeting|Workshop|Forum)\s+(?:on|of)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:and\s+)?|"
    r"\b(?:School|Department|Faculty|College|Division|Laboratory)\s+of\s+(?:the\s+)?|"
    r"\b(?:Centre|Center|Institute|Laboratory)\s+for\s+(?:the\s+)?|"
    # a chair's or a professor's fields: "the Dana Chair in Human Cancer Genetics",
    # "Professor of Neurology, Medicine, and Allied Health"; a post's unit: "Executive Vice
    # President General Medicines"
    r"\bChair\s+in\s+|\bProfessor\s+of\s+(?:[A-Z][\w-]*,\s+){1,4}and\s+|"
    r"\bVice\s+President\s+)$"
)
# The words `_NON_COMPANY_BEFORE` ends on before its last blanks, but for an event's topic
# (up to four words of any kind after the event's "on" or "of": the event's word is looked
# for instead)
_NON_COMPANY_LAST_WORDS = ("in", "the", "The", "journal", "of", "for", "and", "President")
_EVENT_OPENINGS = ("Conference", "Symposium", "Congress", "Meeting", "Workshop", "Forum")


def _after_non_company_words(text: str, at: int) -> bool:
    """`_NON_COMPANY_BEFORE.search` over the 60 characters before `at`, tried only when they
    end on a blank after one of the words it ends on, or hold an event's word (`str` tests:
    the search tries the pattern at each offset of the window, ~10x slower)."""
    window = text[max(0, at - 60) : at]
    if not window[-1:].isspace() or not (
        window.rstrip().endswith(_NON_COMPANY_LAST_WORDS)
        or any(word in window for word in _EVENT_OPENINGS)
    ):
        return False
    return _NON_COMPANY_BEFORE.search(text, max(0, at - 60), at) is not None


# "Group Vice President, Targeted Therapeutics, Incyte": a post, its unit, the company
_POST_BEFORE = re.compile(
    r"(?:\b(?:President|Director|Head|Officer|Lead|Leader|Chair|Manager|Scientist),|"
    # ("Member of the Board, responsible for Human Pharma, Boehringer Ingelheim")
    r"\bresponsible[ ]+for)[ ]+"
    # ("Group Vice President, Oncology Targeted Therapeutics, Incyte": a field may open it)
    r"(?:[A-Z][a-z]+[ ]+)?$"
)
# (the unit's name may go on: "Director, Breast Oncology and Clinical Trials Education, UCSF")
_UNIT_OF_AFTER = re.compile(r"(?:[ ]+and[ ]+(?:[A-Z][\w-]*[ ]+){0,4}[A-Z][\w-]*)?,[ ]+")
# "Oxford, United Kingdom--(Newsfile Corp. - May 30, 2024)": the newswire of the dateline
_WIRE_BEFORE = re.compile(r"(?:--|–|—)[ ]*\($")
# "the Singapore Health Sciences Authority": a name cut before its public body's head word
_NON_COMPANY_AFTER = re.compile(
    # ("the Brazilian National Health Surveillance Agency", "the Central Pharmaceutical Affairs
    # Advisory Committee": a public body's name, its head a word or two further on)
    # ("an agency of the Zentovian Public Health Service": a government's service, in
    # the singular; companies name their services in the plural, "Acme Health Services")
    r"(?P<between>(?:[ ]+[A-Z][a-z]+){0,2})[ ]+(?:Authority|Agency|Administration|Ministry|"
    r"Commission|Organi[sz]ation|Advisory[ ]Committee|Service)\b"
    # ("the General Corporation Law": a law named after what it governs)
    r"|[ ]+(?:Law|Act)\b"
    # ("the Modified Mayo Clinic score": a measure named after its place)
    r"|[ ]+(?i:score|scale|index|criteria|classification)\b"
)
# "at the American College of Rheumatology (ACR) Convergence 2023": a society named as the
# host of its congress (ANNOTATION.md: no organisation)
_EVENT_WORDS = r"(?:Convergence|Meeting|Congress|Symposium|Conference|Summit)"
_HOSTED_EVENT_AFTER = re.compile(
    r"(?:[ ]*\([A-Z]{2,8}\))?[ ]+(?:\d{4}[ ]+)?(?:Annual[ ]+)?(?:Scientific[ ]+)?"
    rf"{_EVENT_WORDS}\b"
)
# "a Burton’s tyrosine kinase inhibitor", "Waldenström’s macroglobulinemia": a person's name
# a protein or disease bears
_EPONYM_AFTER = re.compile(
    r"[’']s[ ]+(?:tyrosine[ ]kinase|disease|syndrome|lymphoma|sarcoma|macroglobulin[a-z]*)\b"
)
# "(Alliance News)", "Source: The Economic Times Healthcare and Biotech News": a publication
_PUBLICATION_LAST_WORD = re.compile(r"[ ](?:News|Newswire|Times|Journal|Daily|Magazine)$")
# "stated Frank Tufaro Ph.D.", "Chairman and CEO: Franz B. Humer": a person's name
_DEGREE_LAST = re.compile(rf"[ ,]+{_DEGREES}$")
_FIRST_NAME_INITIAL_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ ][A-Z]\.[ ]$")
# "in collaboration with Professor McFadden": a person, by the title before the surname
_PERSON_TITLE = re.compile(rf"{_PERSON_TITLES}[ ]")
# "the American College of Rheumatology Conference": the event read into the name
_EVENT_LAST_WORD = re.compile(rf"[ ]{_EVENT_WORDS}$")
# "18 biotech IPOs", "CDMOs": an abbreviation in the plural is a common noun's, no name
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")
# "The University of Tokyo, Graduate School of Medicine": a unit named alone
_UNIT_OPENS = re.compile(r"(?:Graduate[ ]+)?(?:School|Faculty|Department|Division)[ ]+of\b")


# "blood cancer charity X", "a lupus foundation": a disease naming a body that fights it
_CAUSE_BODY_AFTER = re.compile(
    r"s?[ ]+(?:charity|charities|foundation|nonprofit|non-profit|advocacy|patient group|society|"
    # "platforms for oncology and metabolic disease research": a field of research
    r"research)\b"
)
# "radioiodine-refractory thyroid cancer", "platinum-resistant": a prior therapy qualifying
# the patients' disease, no drug of the release
_PRIOR_QUALIFIER_AFTER = re.compile(
    r"[-‐](?:refractory|resistant|naive|naïve|sensitive|intolerant|pretreated|ineligible|"
    r"exposed|experienced|eligible)\b",
    re.IGNORECASE,
)
# the items of a list before the last one named ("immunology, oncology and ")
_EARLIER_ITEMS = rf"(?:[\w-]+{MARK}?(?:,\s*|\s+and\s+|\s+or\s+))*$"
_AREAS_LISTED_BEFORE = re.compile(
    # ("R&D strengths in areas such as central nervous system diseases")
    r"\b(?:(?:therapeutic|disease|treatment)\s+)?areas?\s+(?:of|such\s+as|including|like|in)\s+"
    + _EARLIER_ITEMS
)
# "in the oncology and infectious disease therapy areas": a field named before its noun
_AREA_NAMED_AFTER = re.compile(r"\s+(?:therapy|therapeutic|disease|treatment)\s+areas?\b")
_AMOUNT_BEFORE = re.compile(r"(?:[$€£¥]|\b(?:USD|EUR|US\$))\s?\d[\d,.]*\s?$")
_SYMPTOMS_LISTED_BEFORE = re.compile(
    r"\bsymptoms\b[^.;]{0,80}\b(?:including|such as)\s+" + _EARLIER_ITEMS
)
# "said Amy Paller, MS, MD": a degree after a person's name, no disease
_DEGREE_AROUND = re.compile(r",[ ]*(?:M\.?D\.?|Ph\.?D\.?|MBA|MPH|FRCP\w*|RN|PharmD)\b")
# "NET patients with pancreatic tumor origin": where a disease arises, not the disease
_ORIGIN_AFTER = re.compile(r"s?[ ]+origins?\b")
# "Director of the Blood Cancer Research Program": a unit named for the disease, capitalised
_UNIT_NAMED_AFTER = re.compile(
    r"s?[ ]+(?:Research[ ]+)?(?:Program(?:me)?|Center|Centre|Institute)\b"
)


# A sentence written in capitals, eight words or more (a legal notice, "THIS ANNOUNCEMENT
# CONTAINS INSIDE INFORMATION AS STIPULATED UNDER ...", or a shouted headline)
_CAPITAL_PROSE = re.compile(r"[A-Z](?<!\S[A-Z])[^\sa-z]*(?:[ ]+[^\sa-z]+){7,}")


# "post" before a disease that the next disease follows
_POST_PREFIX = re.compile(r"\bpost[- ]$")


def _without_preceding_diseases(low: str, spans: list[Span]) -> list[Span]:
    """ "post polycythaemia vera myelofibrosis", "post-ET myelofibrosis": the disease that
    came before names a form of the next one, no disease of the patients' own."""
    starts = {s.start for s in spans if s.kind == DISEASE}
    return [
        s
        for s in spans
        if not (
            s.kind == DISEASE
            and _POST_PREFIX.search(low, max(0, s.start - 5), s.start)
            and {s.end + 1, s.end + 2} & starts
        )
    ]


def _words_name_no_company(surface: str, key: str, vocab: Vocab) -> bool:
    """Whether a name's own words say it names no company, wherever it stands."""
    return bool(
        _EVENT_LAST_WORD.search(surface)
        or _PUBLICATION_LAST_WORD.search(surface)
        or _PERSON_TITLE.match(surface)
        or _DEGREE_LAST.search(surface)  # ("stated Frank Tufaro Ph.D."): a person
        # ("Dutch biotech uniQure", "Indonesia-based KG Bio": what describes a company)
        or _DEMONYM.fullmatch(surface)
        or "-based" in surface
        # ("The Alzheimer’s treatment developer": a disease's eponym)
        or (
            " " not in key
            and any(e.kind == DISEASE for e in vocab.senses(key_of(f"{key}'s disease")))
        )
        or _UNIT_OPENS.match(key)
        or "Journal" in key
        or all(w in vocab.org_heads for w in key.split())
        or _PLURAL_ACRONYM.fullmatch(key)
    )


def _placed_as_no_company(text: str, s: Span, org_starts: set[int], vocab: Vocab) -> bool:
    """Whether the words around a name say it names no company there."""
    return bool(
        (
            text.startswith(" ", s.end)
            and (body := _NON_COMPANY_AFTER.match(text, s.end)) is not None
            # (not a headline's verb before another body: "Acme Receives European
            # Commission Approval")
            and not any(w in vocab.name_stop_words for w in (body.group("between") or "").split())
        )
        or (text.startswith((" ", "("), s.end) and _HOSTED_EVENT_AFTER.match(text, s.end))
        # ("Chairman and CEO: Franz B. Humer announced": a surname after a middle initial)
        or (
            text.endswith((". ", ". \n"), 0, s.start)
            and (first := _FIRST_NAME_INITIAL_BEFORE.search(text, max(0, s.start - 20), s.start))
            is not None
            and first.group(1) not in vocab.name_stop_words  # ("And F. Hoffmann-La Roche")
        )
        or (text.startswith(("’", "'"), s.end) and _EPONYM_AFTER.match(text, s.end))
        or (
            text.endswith(("(", "(\n"), 0, s.start)
            and _WIRE_BEFORE.search(text, max(0, s.start - 6), s.start)
        )
        # (a company's name right after the unit's is rare: tested before the post's search;
        # the blank or comma the unit's pattern opens with is a `str` test before it)
        or (
            text.startswith((" ", ","), s.end)
            and (after := _UNIT_OF_AFTER.match(text, s.end)) is not None
            and after.end() in org_starts
            and _POST_BEFORE.search(text, max(0, s.start - 50), s.start) is not None
        )
    )


def _outside_capital_prose(text: str, spans: list[Span]) -> list[Span]:
    """In prose written in capitals, capitals tell no name or abbreviation from a word, so
    what it names counts only where the text also names it elsewhere: "KAZIA LICENSES ... TO
    SIMCERE, A LEADING CHINESE PHARMACEUTICAL COMPANY" names Kazia and Simcere, no company
    "PHARMACEUTICAL"; "... INSIDE INFORMATION AS STIPULATED UNDER ... REGULATION NO 596/2014"
    no disease "AS" (ankylosing spondylitis) and no drug "NO 596"."""
    runs = [m.span() for m in _CAPITAL_PROSE.finditer(text)]
    if not runs:
        return spans

    def shouted(span: Span) -> bool:
        return any(start <= span.start and span.end <= end for start, end in runs)

    def names(span: Span) -> set[tuple[str, str]]:
        return {(span.kind, fold(span.key or span.text)), (span.kind, fold(span.text))}

    elsewhere = set().union(*(names(s) for s in spans if not shouted(s)))
    return [s for s in spans if not shouted(s) or names(s) & elsewhere]


def _without_named_non_companies(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """Drop the names that hold a company's words but name no company: a journal, a
    department's field, a description made only of head words ("a US Biotechnology
    Company"); a name so placed once is no company wherever else the text writes it.
    (The character a pattern must find next to the name is tested first, a `str` test: most
    names are spared the searches. The tests of a name's own words are made once a name,
    and none for a name already dropped: most names are spans several times.)"""
    org_starts = {s.start for s in spans if s.kind == ORG}
    named: set[str] = set()
    no_company: dict[tuple[str, str], bool] = {}  # (text, key) -> its words name no company
    for s in spans:
        if s.kind != ORG or s.key in named:
            continue
        words = no_company.get((s.text, s.key))
        if words is None:
            words = no_company[s.text, s.key] = _words_name_no_company(s.text, s.key, vocab)
        if words or _placed_as_no_company(text, s, org_starts, vocab):
            named.add(s.key)
    # (each name's places read once, however often it is a span)
    surfaces = {s.text: s.key for s in spans if s.kind == ORG and s.key not in named}
    named.update(
        key
        for surface, key in surfaces.items()
        if any(_after_non_company_words(text, at) for at, _end in name_places(text, surface))
    )
    return [s for s in spans if not (s.kind == ORG and s.key in named)]


# "Merus' Biclonics® bispecific antibody technology", "our suite of technologies, such as
# VelocImmune® and VelociGene®", "its proprietary Fast-Clear™ linker", "Acme's ICE®
# products": a technology's (or a family of products') trademark, no drug
_PLATFORM_NAMED_AFTER = re.compile(
    # ("POTELLIGENT®, a technology to produce antibodies": the technology it is described as)
    rf"{MARK}?,\s+(?:an?|the|its|our)\s+(?:[\w-]+\s+){{0,3}}?(?:technology|platform)\b|"
    # ("TriTAC (Tri-specific T cell Activating Construct) platform": its expansion between)
    # ("ALLIGATOR-GOLD® antibody library": a library a technology makes antibodies from)
    rf"{MARK}?(?:\s+\([^()]{{4,80}}\))?\s+(?:[a-z][\w-]*\s+){{0,3}}"
    r"(?:technolog(?:y|ies)|platforms?|librar(?:y|ies))\b"
    # (a marked name only: "C-CAR011 and Y are cell products" names two; "SynTracer® High
    # Throughput Endocytosis Platform")
    rf"|{MARK}\s+(?:[a-z][\w-]*\s+){{0,3}}(?:linkers?|products)\b"
    rf"|{MARK}\s+(?:[A-Z][\w-]*\s+){{1,3}}(?i:technolog(?:y|ies)|platforms?)\b"
    # a test: "Guardant360® CDx", "FoundationOne®CDx liquid biopsy"; a kind of product:
    # "the company’s first GoCAR-T® product candidate"
    rf"|{MARK}\s*(?:CDx|Dx)\b|{MARK}\s+product\s+candidates?\b"
    # a technology's mark before the drug's code: "ACTengine® IMA203", "TriTAC® HPN217"
    rf"|{MARK}\s+[A-Z]{{2,}}-?\d{{2,}}\b"
    # the products of a technology, in the plural: "ZX-7 and ZX-9 ARTEMIS® T cells",
    # "BiDAC™ degraders"
    rf"|{MARK}\s+(?:[\w-]+\s+){{0,2}}(?:cells|therapies|degraders|molecules|engagers|"
    r"bispecifics|conjugates|ADCs)\b"
)
# "an orally bioavailable BiDAC™ degrader", "a TriKE® molecule": a marked name after an
# indefinite article is a kind of drug (a drug's own name takes none)
_KIND_BEFORE = re.compile(
    r"\b(?:an?|one)\s+"
    r"(?:(?!(?:with|for|of|on|to|in|and|or|by|from|that|the|its|their|our|as|at|into)\b)"
    r"[\w-]+,?\s+){0,3}$"
)
# "ZX-71 ARTEMIS® T-cell therapy": a mark after the drug's code is its technology's
_CODE_BEFORE = re.compile(r"\b[A-Z]{1,5}-?\d{3,}[A-Z]?\s+$")
# "developing multispecific antibodies (Biclonics® and Triclonics®)": the kinds' marks
_KINDS_IN_BRACKETS_BEFORE = re.compile(
    r"\b(?:antibodies|molecules|engagers|bispecifics|conjugates|degraders)\s*\("
    rf"(?:[\w-]+{MARK}\s*(?:,|and|or)\s*)*$"
)
_PLATFORMS_LISTED_BEFORE = re.compile(
    r"\b(?:technolog(?:y|ies)|platforms?),?\s+(?:such\s+as|including|like)\s+" + _EARLIER_ITEMS
)


# "an investigational prostaglandin E2 (PGE2) selective EP4 receptor antagonist": the body's
# own ligand, named for the receptor the drug acts on
_LIGAND_BEFORE_RECEPTOR_CLASS = re.compile(
    r"(?:\s*\([^()]{1,12}\))?\s+(?:(?:selective|potent|oral)\s+)?(?:[\w-]{1,10}\s+)?"
    r"receptors?\s+(?:antagonist|agonist|inhibitor|modulator|blocker)s?\b"
)


def _without_ligands(text: str, spans: list[Span]) -> list[Span]:
    """Drop the molecules the text names once as the ligand of the receptor a drug acts on:
    they are the body's own wherever they stand ("PGE2 signals through EP4 receptors")."""
    ligands = {
        s.key
        for s in spans
        if s.kind == MOLECULE and _LIGAND_BEFORE_RECEPTOR_CLASS.match(text, s.end)
    }
    return [s for s in spans if not (s.kind == MOLECULE and s.key in ligands)]


def _defined_as_drugs(text: str, spans: list[Span]) -> set[str]:
    """The names the text defines as a drug at one of their mentions ("QX-101, a bispecific
    antibody", "QX-101 is a kinase inhibitor", "its product candidate QX-101"): a drug
    wherever a trial's or a platform's word follows them ("a phase 1 QX-101 trial", "develop
    QX-101 as a pan-tumor platform", a headline's "Bolt Bio's QX-101 trials halted")."""
    return {
        s.text
        for s in spans
        if s.kind == MOLECULE
        and (
            (
                (m := _DRUG_DEFINITION.match(text, s.end))
                and not _TRIAL_OR_PLATFORM_WORD.search(m.group())
            )
            or text.endswith(_CANDIDATE_BEFORE, 0, s.start)
        )
    }


def _without_platform_names(text: str, spans: list[Span], drugs: set[str]) -> list[Span]:
    """Drop the names, in no reference vocabulary, that the text gives a technology once
    ("Biclonics® technology platform"): they name it wherever they stand ("Biclonics® retain
    the IgG format"). `drugs` are the names it defines as drugs (`_defined_as_drugs`)."""
    named = {s.text for s in spans if s.kind == MOLECULE and s.key == s.text} - drugs
    platforms = {
        s.text
        for s in spans
        if s.kind == MOLECULE
        and s.key == s.text
        and (
            _PLATFORMS_LISTED_BEFORE.search(text, max(0, s.start - 120), s.start)
            or _KINDS_IN_BRACKETS_BEFORE.search(text, max(0, s.start - 60), s.start)
        )
    }
    # (at any of the name's places, a span or not: "its proprietary TriTAC platform")
    platforms |= {
        name
        for name in named - platforms
        if any(
            _PLATFORM_NAMED_AFTER.match(text, end)
            or (
                _MARK_AFTER.match(text, end)
                and (
                    _KIND_BEFORE.search(text, max(0, start - 50), start)
                    or _CODE_BEFORE.search(text, max(0, start - 20), start)
                )
            )
            for start, end in name_places(text, name)
        )
    }
    return [s for s in spans if not (s.kind == MOLECULE and s.text in platforms)]


_DRUG_USE_AFTER = re.compile(
    rf"{MARK}?\s+(?:for\s+the\s+treatment\s+of|is\s+(?:partnered|approved|indicated|licensed)\b|"
    # ("the trial evaluating ZORVIA in combination with rituximab")
    r"in\s+combination\s+with\b)"
)


def _without_trial_names(text: str, spans: list[Span], drugs: set[str]) -> list[Span]:
    """Drop the molecules that name a trial: a name the text uses once as a trial's names
    the trial everywhere in it (the "BRIM3" heading over "BRIM3, a Phase 3 study"), unless
    it is among `drugs`, the names the text defines as drugs."""
    trials = {s.text for s in spans if s.kind == MOLECULE and _trial_name(text, s)}
    if trials:
        # (but a name the text defines as a drug, or gives a drug's use, is the drug: "the
        # Phase III Nidlegy™ trial" after "Nidlegy™ for the treatment of melanoma")
        trials -= drugs
        trials -= {s.text for s in spans if s.text in trials and _DRUG_USE_AFTER.match(text, s.end)}
    return [s for s in spans if s.kind != NOT_ORG and not (s.kind == MOLECULE and s.text in trials)]


_TRIAL_OR_PLATFORM_WORD = re.compile(
    r"(?i:\btrials?\b|\bstud(?:y|ies)\b|\bplatforms?\b|\btechnolog)"
)


# "WELIREG, an oral HIF-2α inhibitor", "ALUNBRIG is a tyrosine kinase inhibitor": a brand in
# capitals introduced as a drug, with no mark and no INN beside it.
_APPOSITIVE_OPENS = r",\s+|\s+(?:is|was)\s+"
_DRUG_CLASS_APPOSED = (
    # (the owner's name may be of several words: "Zentavo Therapeutics’ lead candidate")
    r"(?:an?|another|the|its|their|our|"
    r"(?:[A-Z][\w&-]+\s+){0,2}[A-Z][\w-]+(?:['’]s|(?<=s)['’]))\s+"
    # ("NX-13, a first-in-class, oral NLRX1 agonist": the adjectives may be listed; not past
    # another noun's head or a relative clause: "THINK is the second clinical trial of its X,
    # a CAR-T cell therapy", "NSCLC, a disease for which novel treatments are needed")
    r"(?:(?!(?i:trials?|stud(?:y|ies)|diseases?|disorders?|conditions?|indications?|which|"
    # (nor past a verb: "CNBC, Eli Lilly's immunology portfolio now includes drugs")
    # (nor past a preposition: "PRIME, EMA’s scheme to support the development of medicines")
    r"that|who|whose|includ\w*|is|are|was|were|has|have|had|will|of|to|for|with|in|on|by|from|"
    r"at)\b)[\w\-α-ω()]+,?\s+){0,12}?"
    r"(?:inhibitor|antibody|antibody-drug conjugate|ADC|therapy|treatment|agonist|antagonist|"
    r"modulator|medicine|drug|vaccine|conjugate|degrader|engager|bi-?specific|biologic|"
    r"biosimilar|formulation|cell therapy)s?\b"
    # (not a noun that qualifies another: "IACS, a drug discovery engine", "a drug developer")
    r"(?![ -](?:discovery|development|developer|delivery|company|engine|platform|maker))"
)
_DRUG_APPOSITIVE = rf"(?:{_APPOSITIVE_OPENS}){_DRUG_CLASS_APPOSED}"
_CAPS_DRUG = re.compile(
    r"([A-Z](?<![\w\-][A-Z])(?:[A-Z0-9]{1,}-\d+|[A-Z0-9]{3,}(?:-[A-Z0-9]+)?"
    # ("Descartes-08, Cartesian’s lead cell therapy candidate": a word and a number)
    r"|[a-z]{3,}-\d{1,3}))" + _DRUG_APPOSITIVE
)
# "its anti-PD-1 antibody QX-12", "the candidate ZT-07": a short code right after the class
# noun of a drug (two digits suffice there, as they do not alone: "COVID-19").
_SHORT_CODE_WORD = re.compile(r"[A-Z](?<![\w\-][A-Z])[A-Z]{0,4}-?(\d{1,6})[A-Za-z]{0,2}(?![\w\-])")
# "its QX-3 product candidate", "our ZT07 autologous product": a code its owner calls its
# product, even of one digit (alone "IL-2", "PD-1" and "COVID-19" are no codes)
_OWNER_BEFORE = re.compile(r"(?:\b(?i:its|our|their)|\w['’]s?)\s+$")
_PRODUCT_AFTER = re.compile(r"\s+(?:(?:autologous|allogeneic)\s+)?product\b")
_CLASS_NOUN_BEFORE = re.compile(
    r"(?:antibod(?:y|ies)|(?:inhibitor|candidate|compound|ADC|conjugate|degrader|molecule|engager|"
    # ("The company's lead product, WO-12, is an immune-oncolytic")
    r"bi-?specific|vaccine|drug|agonist|antagonist|lead\s+(?:product|asset)|"
    # ("their oncolytic virus HF10", "the cell therapy ZX-19", "the radioligand QX-11")
    r"virus|(?:immuno)?therap(?:y|ie)|peptide|radioligand|radiopharmaceutical|"
    r"oligonucleotide)s?)(?:,?\s+|\s*\()$"
)
# "their oncolytic virus QV10": no protein is a virus, so a code there that is also some gene's
# alias names the virus
_VIRUS_BEFORE = re.compile(r"\bvirus(?:,?\s+|\s*\()$")
# "a study of QX25 in combination with docetaxel", "To Test QX25 in Combination with
# ZORVEXA": what a study combines with another treatment is a drug (no target nor gene is
# given in combination), even when it bears its INN in brackets first
_COMBINED_AFTER = re.compile(r"\s+(?:\([^()\n]{1,60}\)\s+)?(?i:in\s+combination\s+with)\b")
# "A and B", "A, B and C", "A & B": the joints of a list of names
LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)")
# A brand with no mark and no INN, named as a drug: "the lymphoma drug Zorvexa", "its
# Zorvexa drug", "best-selling product is Zorvexa", "Zorvexa, an oral kinase
# inhibitor" (an appositive that speaks of a company names a company).
# Every alternative opens a word: (?<!\w) turns a mid-word letter away before the
# alternatives are tried (~20% faster), and no alternative repeats it as \b.
# The name is read possessively: what follows it (a blank, a comma, a word's end) cannot
# follow a shorter part of it, so giving letters back never makes a match, and the engine
# stops trying that at every capitalised word (the scan ~2x faster, the same matches). A
# capitalised name is read once for both the appositive and the approval that may follow it
# (~1.3x faster).
_NAME_TAIL = r"[a-z]{3,}+[a-z0-9]*+"  # (after the capital)
_NAME_WORD = rf"[A-Z]{_NAME_TAIL}"
# (or two capital words joined by a hyphen: "ERY-ASP")
_CAPS_TAIL = r"(?:[A-Z]{2,}+-[A-Z]{2,}+|[A-Z]{3,}+[0-9]*+)"
_CAPS_WORD = rf"[A-Z]{_CAPS_TAIL}"
_NAMED_AS_DRUG_AFTER = (
    # ("Zorvexa, an oral kinase inhibitor", "Zorvexa is a selective ALK inhibitor": what
    # speaks of a company, or of what treats it, names no drug)
    # ("Zorvexa, which is an interleukin-15 superagonist")
    r"(?:,(?:\s+which\s+(?:is|was))?|\s+(?:is|was))\s+(?:an?|another)\s+"
    r"(?:(?!compan|corporat|firm|leader|biotech|pharmaceutical|"
    r"group|institut|universit|maker|developer|manufacturer|provider|partner|disease|"
    r"treated|by\b|with\b|for\b|of\b)[\w\-α-ω()/]+\s+){0,8}?"
    r"(?:inhibitor|antibody|antibody-drug conjugate|(?:super)?agonist|antagonist|degrader|"
    # ("Zorvexa, an oral treatment for advanced renal cell carcinoma", "Zorvexa, a
    # first-in-class treatment for lupus", "Zorvexa, an FDA-approved therapy for ataxia")
    r"bi-?specific|cell therapy|engager|vaccine|"
    r"(?:(?<=oral\s)|(?<=first-in-class\s)|(?<=approved\s))(?:treatment|therapy)\s+for|"
    # ("Zorvexa, an investigational therapy for lupus": what is investigational is a drug)
    r"(?:(?<=investigational\s)|(?<=experimental\s))(?:[\w\-α-ω()/]+\s+){0,6}?"
    r"(?:therapy|therapeutic|treatment|medicine|drug|candidate|product))s?\b"
)
# "ZX12, a BCMA/CD16A bispecific antibody": a short code the text defines as a drug
_DEFINED_AS_DRUG = re.compile(_NAMED_AS_DRUG_AFTER)
# (a definition may be set off by a dash too: "Zorvexa – the first gene therapy for ADA-SCID")
_DRUG_DEFINITION = re.compile(
    rf"{MARK}?(?:(?:{_APPOSITIVE_OPENS}|\s+[-–—]\s+){_DRUG_CLASS_APPOSED}|{_NAMED_AS_DRUG_AFTER})"
)
# "its product candidate QX-101", "drug candidates QX-101 and": a candidate's name is a drug's
_CANDIDATE_BEFORE = ("candidate ", "candidates ")
_APPROVED_AFTER = (
    r"\s+(?:(?:is|was|has been)\s+(?:now\s+)?(?:approved|indicated)|"
    # ("ERY-ASP is in Phase III clinical trial for", "X is currently being evaluated in a
    # Phase 2 trial")
    r"(?:is|was)\s+(?:currently\s+|now\s+)?(?:in|being\s+(?:studied|evaluated|tested)\s+in)"
    r"\s+(?:an?\s+)?(?:ongoing\s+)?Phase\s+(?:[1-3]|I{1,3})|"
    r"(?:alone\s+(?:or|and)\s+)?in combination with|"
    # ("FDA OKs Acme's Zorvia as treatment for psoriatic arthritis")
    r"as\s+(?:an?\s+)?(?:treatment|therapy)\s+for|"
    r"monotherapy|as monotherapy)\b"
)
# (two scans, each opening with characters the engine skips to: the cue words first, `words_first`,
# joined by their first letter; a capital, its boundary after it)
# ("its lead product candidate Vicinium", "candidates Vicinium and Proxinium")
_DRUG_NOUN_CUES = "drug|medicine|product|treatment|therapy|candidates?"
_POSSESSOR_CUES = "its|their|our|the"
_POSSESSED_NOUNS = "drug|medicine"  # (what a possessor's cue needs after the name)
_APPROVAL_CUES = "approv(?:al|ed|es)|authori[sz]ation"
_SALE_CUES = "launch(?:ed)?|commerciali[sz]ation|sales"
_NAMED_DRUG = re.compile(
    by_first_letter(
        words_first(
            # (not "Antibody-drug Conjugate", a headline's class)
            each_opening(
                _DRUG_NOUN_CUES,
                # (not a person's first name: "presidential candidate Vivek Ramaswamy")
                rf"(?:[^\S\n]+(?:(?:is|was|called|named)\s+)?({_NAME_WORD})\b(?![^\S\n]+[A-Z][a-z])"
                # ... or set off by a comma after its owner's noun, `_OWNED_BEFORE` ("its
                # psoriasis drug, Zorvexa, failed"; not "the drug, Zentavo said,")
                rf"|,[^\S\n]+({_NAME_WORD})(?=\s*\(|[,.;](?!\s+(?:said|says|told|added|noted)\b)))",
            )
            + "|"
            + each_opening(_POSSESSOR_CUES, rf"\s+({_NAME_WORD})\s+(?:{_POSSESSED_NOUNS})\b")
            # ... or as the thing approved: "approval of Zorvia in"
            + "|"
            + each_opening(
                _APPROVAL_CUES,
                rf"\s+(?:(?:of|for|to)\s+)?({_NAME_WORD}|{_CAPS_WORD})"
                r"(?=\s+(?:for|in|as|to treat)\b)",
            )
            # ... or as the thing launched or sold: "the commercial launch of ARCALYST for", "sales
            # of Zorvia in"
            + "|"
            + each_opening(
                _SALE_CUES, rf"\s+of\s+({_NAME_WORD}|{_CAPS_WORD})(?=\s+(?:for|in)\b|[,.])"
            ),
            before=r"[\w-]",
        )
    )
)


def _literal_opening(alternative: str) -> str:
    """The letters an alternative opens with, up to its first group, class or quantified
    letter ("candidate" of "candidates?")."""
    opening = re.match(r"[a-z]+(?![?*+{])", alternative)
    if not opening:
        raise ValueError(f"no literal opening: {alternative!r}")
    return opening.group()


def _literal_openings(*alternations: str) -> tuple[str, ...]:
    """The letters the alternatives open with, less those another opening starts ("the" is
    enough for "the" and "their"): every match of the alternatives starts at one of them."""
    heads = {
        _literal_opening(a) for alternation in alternations for a in alternatives_of(alternation)
    }
    return tuple(sorted(h for h in heads if not any(h != o and h.startswith(o) for o in heads)))


_NAMED_DRUG_CUE_WORDS = _literal_openings(_DRUG_NOUN_CUES, _APPROVAL_CUES, _SALE_CUES)
_POSSESSOR_CUE_WORDS = _literal_openings(_POSSESSOR_CUES)
_POSSESSED = tuple(alternatives_of(_POSSESSED_NOUNS))


def _cue_starts(text: str, cues: tuple[str, ...]) -> set[int]:
    return {at for cue in cues for at in find_all(text, cue)}


def _named_drugs(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_NAMED_DRUG.finditer(text)`: the pattern is tried only where a cue
    word's letters open (found by str.find). (The scan tried it at each d, m, p, t, c, i, o,
    a, l and s of the text, four letters in ten; matches are rare: ~3x cheaper.) A possessor
    ("the", "its") is looked for only in a text that writes "drug" or "medicine", which its cue
    needs after the name (most releases write neither)."""
    starts = _cue_starts(text, _NAMED_DRUG_CUE_WORDS)
    if any(text.startswith(_POSSESSED, at) for at in starts):
        starts |= _cue_starts(text, _POSSESSOR_CUE_WORDS)
    return matches_from(_NAMED_DRUG, text, sorted(starts))


# ... or given with another drug or alone: "ZORVIA is approved", "Zorvia in combination
# with", "Zorvia monotherapy"
# (or a name with a capital inside, no word: "ZorCAR19", "HuMax-ZF", "QRCnyeso")
_CAMEL_TAIL = r"(?:[a-z]++[A-Z]|[A-Z]{1,4}+[a-z]{2})[A-Za-z0-9]*+(?:-[A-Z0-9]{1,4}+)?"
_NAMED_DRUG_BEFORE_CUE = re.compile(
    rf"([A-Z](?<![\w-].)(?:{_NAME_TAIL}(?={_NAMED_AS_DRUG_AFTER}|{_APPROVED_AFTER})"
    rf"|{_CAPS_TAIL}(?={_APPROVED_AFTER})|{_CAMEL_TAIL}(?={_NAMED_AS_DRUG_AFTER})))"
)


# The words, after blanks, a name read by `_CAPS_DRUG` or `_NAMED_DRUG_BEFORE_CUE` may be
# followed by (or a comma): what each of their lookaheads opens with
_CUE_WORDS = ("is", "was", "has been", "alone", "in combination with", "as", "monotherapy")


# A name (a whole word of letters, digits and hyphens opening with a capital) right before a
# comma or blanks and a cue word. (One scan that skips to the capitals and tries each: ~1.7x
# cheaper than finding the commas and cue words and reading each word back from them.)
_NAME_BEFORE_CUE_WORD = re.compile(rf"[A-Z](?<![\w-].)[\w-]*+(?=,|\s+(?:{'|'.join(_CUE_WORDS)}))")


def _names_before_cues(text: str) -> list[int]:
    """Where `_CAPS_DRUG` and `_NAMED_DRUG_BEFORE_CUE` may match: a name is a whole word of
    letters, digits and hyphens opening with a capital, right before a comma or blanks and a
    cue word. (Their scans tried every capitalised word.)"""
    return [m.start() for m in _NAME_BEFORE_CUE_WORD.finditer(text)]


# "the Astra drug": the drug of a company the text names in the possessive ("Astra’s Iressa")
_OWNER_OF_DRUGS_BEFORE = re.compile(r"\bthe\s+$")
# "its lead drug candidate, Zorvexa,", "Acme's psoriasis drug, Zorvexa.": the owner a few
# words before the drug noun its name is set off from
_OWNED_BEFORE = re.compile(r"(?:\b(?i:its|their|our)|\w['’]s?)\s+(?:[\w-]+\s+){0,4}$")
# "The medicine, Zorvexa, is indicated for", "a gene therapy, Zorvexa, was approved": a name set
# off after a drug noun with no owner, the subject of the verb after it, is the drug's too
_VERB_AFTER_APPOSED = re.compile(r",\s+(?:is|was|has|had)\b")


def _owns(text: str, name: str) -> bool:
    """Whether the text writes `name` in the possessive before a capitalised name: an owner's
    ("Astra’s Iressa"), not a drug's own ("Zorvexa’s label")."""
    return re.search(re.escape(name) + r"[’']s\s+[A-Z]", text) is not None


def _unknown_capitalised(text: str, name: str, vocab: Vocab) -> bool:
    """Whether a capitalised word is no known organisation, gene, disease, drug-class or
    common word (one the text also writes in lower case)."""
    return not (
        vocab.companies.get(name)
        or name in vocab.org_heads
        or name in vocab.platforms
        or name in vocab.gene_surface
        or name in vocab.name_stop_words
        or name in vocab.not_brands
        or name in vocab.not_orgs
        or key_of(name) in vocab.packed
        or _lower_word_in(text, name.lower())
    )


# "bb2121, an investigational CAR T cell therapy": a code name in lower case.
_LOWER_CODE = re.compile(r"(?<![\w\-/])([a-z]{2,3}\d{3,5})" + _DRUG_APPOSITIVE)
# What such a code holds, found from its digits (rare in prose, so the engine skips to them):
# a release without it spares the scan.
_LOWER_CODE_DIGITS = re.compile(r"\d(?<=[a-z]\d)\d\d")
# "9MW2821 is a novel Nectin-4 targeting ADC", "a Phase III trial of 9MW2821": a code that
# opens with a digit, a drug where the text introduces or studies it as one
# (the digit first, then what may not come before it: the engine skips to digits)
_DIGIT_CODE = re.compile(r"(\d(?<![\w\-/.]\d)[A-Z]{1,3}-?\d{3,5})(?![\w\-])")
_DIGIT_CODE_AS_DRUG = re.compile(r"(\d(?<![\w\-/.]\d)[A-Z]{1,3}-?\d{3,5})" + _DRUG_APPOSITIVE)
# Where `_LOWER_CODE_DIGITS` or `_DIGIT_CODE` matches: one try at each run of digits for the two
_CODE_DIGITS = re.compile(r"\d(?:(?<=[a-z]\d)\d\d|(?<![\w\-/.]\d)[A-Z]{1,3}-?\d{3,5}(?![\w\-]))")


# "TKM-PLK1", "P-BCMA-ALLO1", "P-PSMA-101": a code built on the symbol of the gene it acts
# on, after a prefix of capitals (and before a part with a digit); a gene's symbol is never
# written so ("MF-CTCL", "GEP-NETs" are no genes' codes: no digit)
_GENE_BUILT_CODE = re.compile(
    r"([A-Z](?<![\w\-/.][A-Z])[A-Z]{0,3})-([A-Z][A-Z0-9]{1,7})(?:-([A-Z]{0,5}\d{1,4}))?(?![\w\-/])"
)
# The hyphen between capitals such a code opens with: a release without one spares the scan
# (the literal first: the engine skips to the hyphens, where the code's scan tries each capital)
_HYPHEN_BETWEEN_CAPITALS = re.compile(r"-(?<=[A-Z]-)(?=[A-Z])")


def _gene_built_codes(text: str, vocab: Vocab) -> list[Span]:
    """The codes `_GENE_BUILT_CODE` reads whose middle part is a gene's symbol and whose
    prefix is none (a symbol's own hyphen, "HLA-G", "PD-L1", is no code)."""
    spans = []
    for m in _GENE_BUILT_CODE.finditer(text) if _HYPHEN_BETWEEN_CAPITALS.search(text) else ():
        prefix, gene, tail = m.groups()
        if (
            m.group() not in vocab.gene_surface
            and prefix not in vocab.gene_surface
            and gene in vocab.gene_surface
            and (tail or any(c.isdigit() for c in gene))
            # ("an anti-ZQ-MUC1 antibody": what a drug is against is an antigen, written so)
            and "anti-" + m.group() not in text
        ):
            spans.append(Span(MOLECULE, m.start(), m.end(), m.group(), m.group()))
    return spans


def _digit_codes(text: str, runs: list[int]) -> list[Span]:
    """Every mention of a code opening with a digit that one mention introduces or studies
    as a drug (such codes are rare, and read nowhere else). A code opens a run of digits,
    `runs`: the patterns are tried there only, not scanned for."""
    codes = list(matches_from(_DIGIT_CODE, text, runs))
    if not codes:
        return []
    drugs = {m.group(1) for m in matches_from(_DIGIT_CODE_AS_DRUG, text, runs)}
    drugs |= {
        m.group(1) for m in codes if _STUDIED_BEFORE.search(text, max(0, m.start() - 20), m.start())
    }
    return [
        Span(MOLECULE, m.start(1), m.end(1), m.group(1), m.group(1))
        for m in codes
        if m.group(1) in drugs
    ]


# "an anti-GD2 monoclonal antibody", "anti-GD3 CAR T cells": an antigen no gene names (a
# glycolipid, a carbohydrate) named as what a drug is against; not a pathogen.
# (the literal first, the word's start looked back for: the engine skips from one "nti-" to
# the next, not trying the pattern at every offset)
_ANTI_ANTIGEN = re.compile(
    r"nti-(?<=\b[Aa]nti-)([A-Z][A-Za-z0-9]{1,5})\s+"
    r"(?:(?:monoclonal|bi-?specific|chimeric|humanized)\s+)?"
    r"(?:antibod|mAb|CAR\b|ADC\b|antibody-drug)"
)
_PATHOGEN = frozenset({"HIV", "HBV", "HCV", "EBV", "CMV", "RSV", "HPV", "SARS", "COVID", "PEG"})


# "a Btk inhibitor", "a Met kinase inhibitor": a short symbol written as a word, before what
# acts on it (the capital first, its boundary after it: the engine skips to capitals, ~3x
# faster than a leading \b)
_TITLE_CASE_SYMBOL = re.compile(
    r"([A-Z](?<!\w[A-Z])[a-z]{2,3}+)"
    # (the first of two so written: "an Abl and Src kinase inhibitor", "a Src/Abl inhibitor";
    # or joined to a symbol in capitals: "a dual Syk-FLT3 inhibitor", "a Src/ABL1 inhibitor")
    r"(?=(?:\s*(?:,|/|and|or)\s*[A-Z][a-z]{2,3}|[-/][A-Z][A-Z0-9]{1,5})*"
    r"[ -](?:kinase[ -])?(?:inhibitors?|antagonists?|degraders?|blockers?)\b)"
)
_ACTING_WORDS = ("inhibitor", "antagonist", "degrader", "blocker")


def _title_case_symbols(text: str, vocab: Vocab) -> list[Span]:
    """Genes whose symbol (or a gene's own former symbol: "Abl" is ABL1's) is written in title
    case before a word for what acts on it (no English word so placed is a symbol: "Btk
    inhibitor" is BTK's, "Met inhibitor" MET's)."""
    if not any(word in text for word in _ACTING_WORDS):
        return []  # (most releases name none of the words the pattern looks ahead for)
    return [
        Span(TARGET, m.start(1), m.end(1), m.group(1), symbol)
        for m in _TITLE_CASE_SYMBOL.finditer(text)
        if (symbol := _title_case_gene(m.group(1).upper(), vocab))
    ]


def _title_case_gene(upper: str, vocab: Vocab) -> str:
    """The gene of a title-case word's capitals: its approved symbol, or the one gene whose
    symbol extends it (ABL is ABL1's; CAN, an alias of NUP214, is English, not its symbol)."""
    if upper in vocab.gene_ids:
        return upper
    gene = str(vocab.gene_surface.get(upper) or "")
    return gene if gene.startswith(upper) else ""


def _anti_antigens(text: str, vocab: Vocab) -> list[Span]:
    """Antigens named only by what a drug is against (a gene's name is read elsewhere)."""
    if "nti-" not in text:
        return []
    return [
        Span(TARGET, m.start(1), m.end(1), m.group(1), _isoform_gene(m.group(1), vocab))
        for m in _ANTI_ANTIGEN.finditer(text)
        if m.group(1) not in vocab.gene_surface
        and m.group(1) not in _PATHOGEN
        and not m.group(1).startswith("Ig")
    ]


def _isoform_gene(antigen: str, vocab: Vocab) -> str:
    """The gene an isoform's name is of ("FGFR2b" -> FGFR2), or the name itself."""
    isoform = _ISOFORM.fullmatch(antigen)
    gene = vocab.gene_surface.get(isoform.group(1)) if isoform else None
    return str(gene) if gene else antigen


def recognize(text: str, vocab: Vocab) -> list[Span]:
    """All entity mentions, overlaps resolved (longest first, then by kind priority)."""
    # (an approved symbol written as a word first: of two spans alike, the first is taken, and
    # "Met inhibitor" is MET's, not that of a gene with "Met" among its aliases)
    candidates = _title_case_symbols(text, vocab) + _dictionary(text, vocab)
    if ")-" in text:
        candidates += _abbreviated_inside(text, vocab)
    candidates += (
        _morphology(text, vocab) + _organizations(text, vocab) + _anti_antigens(text, vocab)
    )
    candidates = _companies_named_like_genes(text, candidates, vocab)
    low = document_lower(text)
    ranged = _ranges(text, vocab, low)
    candidates.sort(key=lambda s: (-(s.end - s.start), _PRIORITY.get(s.kind, 9), s.start))
    taken = bytearray(len(text) + 1)  # 1 where a chosen span (or a ticker) lies
    # "(NYSE: PFE)", "($PFE)": a ticker names no entity
    # (a ticker's label too: "Mnémo: OSE", Euronext's, is no company "Mnemo")
    for m in _tickers(text):
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for m in _CASHTAG.finditer(text):
        taken[m.start(1) : m.end()] = b"\x01" * (m.end() - m.start(1))
    chosen: list[Span] = []
    unplaced: list[Span] = []  # genes whose own context makes them no target
    # where such a gene is named: a drug's name inside a protein's ("ribose" in "inhibiting
    # the oral poly-ADP-ribose polymerase", "glucagon" in "glucagon-like peptide-1 receptor")
    # names no drug, whether or not the protein is a target
    protein_named = bytearray(len(text) + 1)
    for span in candidates:
        if taken.find(1, span.start, span.end) >= 0:
            continue
        if span.kind == MOLECULE and protein_named.find(1, span.start, span.end) >= 0:
            continue
        if (
            span.kind == MOLECULE
            and text.startswith(".", span.end)
            and text[span.end + 1 : span.end + 2].isdigit()
        ):
            continue  # "US$24.00 (RM107.45)": an amount in a currency's code, no drug code
        if span.kind == MOLECULE and _IDENTIFIER_BEFORE.search(
            text, max(0, span.start - 40), span.start
        ):
            continue  # "with the registration number CXSS2000060": a filing's number, no drug
        if (
            span.kind == MOLECULE
            and _PLAIN_WORD.fullmatch(span.text)
            and (
                _DEGREE_AFTER.match(text, span.end)
                or _DOCTOR_BEFORE.search(text, max(0, span.start - 20), span.start)
            )
        ):
            continue  # "Jason Gotlib, MD", "led by Dr Rony Dahan": a person's surname
        if (
            span.kind == MOLECULE
            and span.text.islower()
            and _MEASURED_BEFORE.search(text, max(0, span.start - 30), span.start)
        ):
            continue  # "met the main goal of change in hemoglobin from baseline": a lab value
        if span.kind == MOLECULE and _CAR_AFTER.match(text, span.end):
            continue  # "its chlorotoxin CAR T cell therapy": what the receptor binds by, no drug
        if span.kind == MOLECULE and text.endswith(("cytochrome ", "Cytochrome "), 0, span.start):
            continue  # "cytochrome P450 3A4 (CYP3A4)": an enzyme's name, no drug code
        if span.kind in (TARGET, MOLECULE) and (
            span.text in vocab.drug_class_abbreviations
            or span.text.removesuffix("s") in vocab.drug_class_abbreviations
        ):
            continue  # "an oral SERD, a selective estrogen receptor degrader": a drug's class
        if span.kind == MOLECULE and _LIGAND_OF_RECEPTOR.match(text, span.end):
            # the receptor's name: no drug; a gene only when it spells the receptor's symbol
            # ("GLP-1 receptor" is GLP1R)
            receptor = _named_receptor(text, span, vocab)
            if not receptor:
                taken[span.start : span.end] = b"\x01" * (span.end - span.start)
                continue
            span = receptor
        elif span.kind == TARGET and _ligand_of_named_receptor(text, span, vocab):
            receptor = _named_receptor(text, span, vocab)
            if not receptor or taken.find(1, receptor.start, receptor.end) >= 0:
                continue
            span = receptor
        if span.kind == ORG and _CODE_TAIL.match(text, span.end):
            continue  # "BMS-936558": a drug code's prefix, no company named
        if span.kind == TARGET and (greek := _GREEK_AFTER.match(text, span.end)):
            # "(PI3K)-delta": the family's abbreviation, then the member's Greek letter
            member = vocab.gene_surface.get(f"{span.text}-{greek.group(1)}")
            if member:
                span = Span(TARGET, span.start, greek.end(), text[span.start : greek.end()], member)
        if span.kind == TARGET and _LIKE_AFTER.match(text, span.end):
            continue  # "tumor necrosis factor (TNF)-like ligand 1A": another protein's name
        if span.kind == TARGET and not is_target_context(text, span.start, span.end, low):
            unplaced.append(span)
            protein_named[span.start : span.end] = b"\x01" * (span.end - span.start)
            continue
        if (
            span.kind == TARGET
            and _PAN_BEFORE.match(low, max(0, span.start - 4), span.start)
            and not _is_fusion(span.key, vocab)
            and (
                not vocab.gene_ids.get(span.key)
                or _names_a_family(re.sub(r"[-‐\s]", "", span.text).upper(), vocab, alike=True)
            )
        ):
            # "a pan-HDAC inhibitor": a whole family acted on names no one target (a fusion's
            # every form is that fusion: "a pan-BCR-ABL inhibitor"); so does a gene's name
            # that its family's members share ("a pan-Bcl-2 inhibitor": BCL2L1, BCL2A1, ...;
            # "a pan-erbB inhibitor"), not one a gene alone has ("a pan-KRAS inhibitor")
            continue
        if span.kind == DISEASE and _ANTI_BEFORE.match(text, max(0, span.start - 5), span.start):
            continue  # "an anti-GD2 antibody": what the drug is against is no disease
        if span.kind == DISEASE and (
            text.startswith("-like", span.end) or _COMPANY_WORD_AFTER.match(text, span.end)
        ):
            # "flu-like symptoms": a symptom's kind; "RA PHARMACEUTICALS, INC.": a company
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            continue
        if span.kind == DISEASE and _CELLS_OR_VIRUS_AFTER.match(text, span.end):
            # "the surface of B-cell lymphoma cells": a cell descriptor, no disease (nor the
            # shorter name inside it); "a common cold virus": the virus
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            continue
        if span.kind == DISEASE and _bare_ticker(text, span):
            continue  # "Pfizer, Inc. (PFE) announced": a company's ticker, no disease
        if (
            span.kind == DISEASE
            and _STATUS_AFTER.match(text, span.end)
            and "infectious" in vocab.disease_names.get(span.key, "")
        ):
            continue  # "HPV-positive patients", "HPV-associated cancers": the virus, no disease
        if (
            span.kind == DISEASE
            and span.text.isupper()
            and (
                _DEGREE_BEFORE.search(text, max(0, span.start - 12), span.start)
                or _DEGREE_NEXT.match(text, span.end)
            )
        ):
            continue  # "Jo Roe, DO, MS, the Chair of ...": a degree after a name, no disease
        if (
            span.kind == DISEASE
            and _GRADED_BEFORE.search(text, max(0, span.start - 30), span.start)
            and not _NEOPLASM.search(span.text)
        ):
            continue  # "grade 3 hepatitis occurred in 2%": an adverse event, no indication
        if span.kind == DISEASE and (
            key_of(span.text) in vocab.generic_disease
            or _in_event_name(text, span)
            or _GENE_AFTER.match(text, span.end)
        ):
            continue
        if (
            span.kind == MOLECULE
            and (
                span.text.islower()
                # ("angiotensin II subtype 1 receptor": a numeral may follow the word)
                or _WORD_THEN_NUMERAL.fullmatch(span.text)
                # ("Hemoglobin levels increased": a sentence's capital)
                or (
                    span.text[1:].islower()
                    and _SENTENCE_START.search(text, max(0, span.start - 3), span.start)
                )
            )
            and _BIOLOGY_AFTER.match(text, span.end)
        ):
            continue
        if span.kind == MOLECULE and (
            _is_payload(text, span)
            or _PRIOR_QUALIFIER_AFTER.match(text, span.end)
            or text.startswith("-like", span.end)
            or _BASED_TECHNOLOGY_AFTER.match(text, span.end)
            or _ANALOGUES_AFTER.match(text, span.end)
            or span.text.endswith("-like")
        ):
            # ("a capmatinib-like drug" names another drug, like capmatinib; "our
            # exatecan-based platform" a technology built on exatecan)
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        chosen.append(span)
    if unplaced:  # (a range may open the list: "inhibits VEGFR1-3, FGFR1-4 and RET")
        chosen += _listed_after_targets(text, low, chosen + ranged, unplaced, taken)
        chosen += _named_partners_targets(text, low, chosen, unplaced, taken)
    if ranged:  # a range's members replace the single targets it overlaps
        in_range = bytearray(len(text) + 1)
        for span in ranged:
            in_range[span.start : span.end] = b"\x01" * (span.end - span.start)
        chosen = [
            c for c in chosen if not (c.kind == TARGET and in_range.find(1, c.start, c.end) >= 0)
        ]
    chosen.extend(ranged)
    chosen = _without_bare_isotopes(text, chosen)
    drugs = _defined_as_drugs(text, chosen)
    chosen = _without_trial_names(text, chosen, drugs)
    chosen = _without_platform_names(text, chosen, drugs)
    chosen = _without_ligands(text, chosen)
    chosen = [
        s
        for s in chosen
        if not (
            s.kind == DISEASE
            and (
                _complication_or_class(low, s)
                or _CAUSE_BODY_AFTER.match(low, s.end)
                or _ORIGIN_AFTER.match(low, s.end)
                or (len(s.text) <= 3 and s.text.isupper() and _DEGREE_AROUND.match(text, s.end))
                or (s.text[:1].isupper() and _UNIT_NAMED_AFTER.match(text, s.end))
                # "pay Dermira $50 MM": millions, no myeloma
                or (s.text.isupper() and _AMOUNT_BEFORE.search(text, max(0, s.start - 20), s.start))
                # "the signs and symptoms of D, including itch and skin inflammation"
                # (a literal test first: most windows hold no "symptoms", no "area")
                or (
                    low.find("symptoms", max(0, s.start - 120), s.start) >= 0
                    and _SYMPTOMS_LISTED_BEFORE.search(low, max(0, s.start - 120), s.start)
                )
                # "the therapeutic areas of immunology, oncology and diabetes": a field
                or (
                    low.find("area", max(0, s.start - 80), s.start) >= 0
                    and _AREAS_LISTED_BEFORE.search(low, max(0, s.start - 80), s.start)
                )
                or _AREA_NAMED_AFTER.match(low, s.end)
            )
        )
    ]
    chosen = _without_appositive_classes(text, chosen)
    chosen = _without_preceding_diseases(low, chosen)
    chosen = _without_misread_targets(text, chosen)
    chosen = _outside_safety_sections(text, chosen)
    chosen = _split_combined(chosen, vocab)
    chosen = _elliptical_lists(text, chosen, vocab)
    _defined_gene_abbreviations(text, chosen)
    chosen = _disease_abbreviations_over_genes(text, chosen)
    chosen = _disease_abbreviations_over_companies(text, chosen)
    chosen = _drug_abbreviations_over_others(text, chosen)
    chosen = _long_forms_of_abbreviations(text, chosen)
    chosen += _new_abbreviations(text, chosen, low)
    if other := _abbreviations_of_other_things(text, chosen, vocab):
        chosen = [
            s
            for s in chosen
            if not (s.kind in (DISEASE, TARGET) and s.kind not in other.get(s.text, (s.kind,)))
        ]
    chosen += _linked_brands(text, chosen, vocab)
    chosen = _brands_named_after(text, chosen, vocab)
    chosen += _brands_of_a_class(text, chosen, vocab)
    chosen += _possessive_brands(text, chosen, vocab)
    chosen += _co_subjects(text, chosen, vocab)
    chosen += _issuer(text, chosen, vocab)
    chosen += _deal_parties(text, chosen, vocab)
    chosen += _short_names(text, chosen)
    chosen += _bracket_short_names(text, chosen)
    chosen = _whole_names(text, _with_person_openings(text, chosen))
    # (a name added by its place, "Haematologica Publishes ..." in a title, may be a journal)
    chosen = _without_named_non_companies(text, chosen, vocab)
    chosen = _outside_capital_prose(text, chosen)
    chosen = _with_salt_forms(text, chosen)
    chosen = _company_initials(text, chosen)
    chosen = _laboratories_of_companies(text, chosen)
    chosen.sort(key=lambda s: (s.start, s.end))
    return link_parentheses(text, _without_drug_names(text, _without_merged_names(text, chosen)))


def _company_initials(text: str, spans: list[Span]) -> list[Span]:
    """ "a tender offer for CVT" after "CV Therapeutics": the initials of a company's name of
    several words name the company, not the disease the ontology abbreviates so (unless the
    text defines them by a disease's name: "myasthenia gravis (MG)")."""
    initials = {
        "".join(w if w.isupper() else w[0] for w in words): s.key
        for s in spans
        if s.kind == ORG
        and len(words := s.text.split()) >= 2
        and all(w[:1].isupper() for w in words)
    }
    if not initials:
        return spans
    disease_ends = {s.end for s in spans if s.kind == DISEASE}
    defined = {  # "myasthenia gravis (MG)"
        s.text
        for s in spans
        if s.kind == DISEASE and s.start - 2 in disease_ends and text.endswith(" (", 0, s.start)
    }
    return [
        replace(s, kind=ORG, key=initials[s.text])
        if s.kind == DISEASE and s.text.isupper() and s.text in initials and s.text not in defined
        else s
        for s in spans
    ]


# A company's laboratories named after it: "Acme Research Laboratories", "ACT Discovery Labs"
_LABORATORIES_AFTER = re.compile(
    r"(?:[ ](?:Discovery|Research|Drug[ ]Discovery))?[ ]Lab(?:oratorie)?s"
)
_ABBREVIATION_AFTER = re.compile(r"[ ]\(([A-Z][A-Za-z0-9&]{1,8})\)")


def _laboratories_of_companies(text: str, spans: list[Span]) -> list[Span]:
    """ "Acme Therapeutics (ACT) ... ACT Discovery Laboratories": laboratories named by a
    company's first word, or by the abbreviation the text defines for it, are a unit of that
    company and merge into it (ANNOTATION.md: a subsidiary named as the company)."""
    owners: dict[str, str] = {}
    for s in spans:
        if s.kind != ORG:
            continue
        if defined := _ABBREVIATION_AFTER.match(text, s.end):
            owners.setdefault(defined.group(1), s.key)
        if " " in s.text and not _LABORATORIES_AFTER.search(s.text):
            owners.setdefault(s.text.split()[0], s.key)
    if not owners:
        return spans
    out = []
    for s in spans:
        first, _, rest = s.text.partition(" ")
        if s.kind == ORG and first in owners and _LABORATORIES_AFTER.fullmatch(" " + rest):
            s = replace(s, key=owners[first])
        out.append(s)
    return out


# A salt, hydrate or liposome form written after a drug's name ("abiraterone acetate", "imatinib
# mesylate", "LY3143921 hydrate"): the same drug, named as the text names it. The salts are
# also written as the INN lists them ("mesilate", "besilate", "tosilate"; British "sulphate").
_SALT_AFTER = re.compile(
    r"[ ](?:di|mono)?(?:acetate|hydrochloride|mes[iy]late|maleate|malate|tos[iy]late|citrate|"
    r"phosphate|sul(?:f|ph)ate|bes[iy]late|fumarate|tartrate|succinate|hydrate|sodium|potassium|"
    r"liposome)(?![\w-])"
)


def _with_salt_forms(text: str, spans: list[Span]) -> list[Span]:
    """Each drug mention extended over the salt form written after it, and the spans that
    form alone made dropped."""
    salts: set[tuple[int, int]] = set()
    out: list[Span] = []
    for s in spans:
        if s.kind == MOLECULE and (salt := _SALT_AFTER.match(text, s.end)):
            salts.add((salt.start() + 1, salt.end()))
            s = replace(s, end=salt.end(), text=text[s.start : salt.end()])
        out.append(s)
    return [s for s in out if (s.start, s.end) not in salts] if salts else out


def _without_drug_names(text: str, spans: list[Span]) -> list[Span]:
    """A name the text writes as a drug somewhere is that drug wherever a weaker cue took it
    for a company ("Zorvia's role as standard therapy" beside "Zorvia (zorvitinib)"); but a
    name the text calls a company ("Quillix, a cell therapy developer", "Quillix (Nasdaq:
    QLX)", "Quillix Biopharma (“Quillix”)") is that company wherever a guess took it for an
    unknown drug ("Acme's Quillix", "Quillimogene" by its ending)."""
    companies = {
        s.text: s.key for s in spans if s.kind == ORG and _COMPANY_AFTER.match(text, s.end)
    }
    org_ends = {s.end: s.key for s in spans if s.kind == ORG}
    for s in spans:  # the short name a company's full name defines in brackets
        if (
            s.kind == MOLECULE
            and text.endswith((" (“", ' ("'), 0, s.start)
            and (full := org_ends.get(s.start - 3)) is not None
        ):
            companies.setdefault(s.text, full)
    # "Cabaletta Bio", "Neurogene Inc.": the word a two-word company name opens with is the
    # company's, though a drug's synonym in the reference (trehalose's "Cabaletta")
    own_words = {
        name[0]: s.key for s in spans if s.kind == ORG and len(name := s.text.split(" ")) == 2
    }
    spans = [
        replace(s, kind=ORG, key=companies[s.text])
        if s.kind == MOLECULE and s.text in companies and s.key in (s.text, key_of(s.text))
        else replace(s, kind=ORG, key=own_words[s.text])
        if s.kind == MOLECULE and s.text in own_words
        else s
        for s in spans
    ]
    drugs = {s.text for s in spans if s.kind == MOLECULE}
    return [s for s in spans if not (s.kind == ORG and s.text in drugs)]


def _without_merged_names(text: str, spans: list[Span]) -> list[Span]:
    """ "Sanofi-Aventis": two companies' names joined by a hyphen name the one company the
    first became, not a second party."""
    orgs = [s for s in spans if s.kind == ORG]
    joined = {
        id(b) for a, b in itertools.pairwise(orgs) if b.start == a.end + 1 and text[a.end] == "-"
    }
    return [s for s in spans if id(s) not in joined] if joined else spans


# The gap from one item of a list to the next: "FGFR1, FGFR2 and FGFR3", "EGFR (HER1) or
# HER2", "c-Met/VEGFR2".
_LIST_NEXT = re.compile(
    r"\)?\s*(?:\([^()]{1,15}\)\s*)?"
    r"(?:,\s*(?:and\s+|or\s+|as well as\s+)?|(?:and|or|as well as|plus|&)\s+|/|\s\+\s)(?:the\s+)?"
    # ("an inhibitor of CDK8 and a closely related serine kinase, CDK19": the next item named
    # after what it is)
    r"(?:an?\s+(?:[\w-]+\s+){0,3}?(?:protein|receptor|enzyme|kinase)s?,\s+)?"
)
# "binds to CD20 on B cells and to CD3 on T cells": the preposition repeated after the cue, or
# "... and CD3 on T cells" after "binds to DLL3 on tumor cells": the cells said, no preposition.
_AND_TO = re.compile(
    r"(?:(?:[^.;]|(?<=\d)\.(?=\d)){0,100}?\band\s+(?:to|against)|\s+on\s+[^.;,]{1,40}?\s+and)"
    r"\s+(?:the\s+)?"
)
_BIND_TO = lowered_pattern(
    # (or right before the first: "binds DLL3 on tumor cells and CD3 on T cells")
    r"\b(?:bind(?:s|ing)?|directed|engag(?:e|es|ing))\s+(?:(?:\w+\s+){0,2}?(?:to|against)\b|$)"
)


# "a connector between a protein called CD19, which is found on B cells, and CD3": the two
# ends a connection is said between
_CONNECTS_BETWEEN = lowered_pattern(
    r"\b(?:connector|link|bridge)s?\s+between\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}$"
)
_AND_THEN = re.compile(r"(?:[^.;]){0,100}?,?\s+and\s+(?:the\s+)?")


# "target PD-L1, a protein that cancer cells use to evade the immune system, and VEGF-A": a
# list's items, each described
_DESCRIBED_THEN = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:protein|receptor|enzyme|kinase|cytokine|antigen|"
    r"molecule)\b[^.;()]{0,100}?,\s+and\s+(?:the\s+)?"
)

# "targets the A antigen present in tumors and the B antigen": the first item described
_DESCRIBED_NEXT = re.compile(_DESCRIBED_AFTER + r"\s+and\s+(?:the\s+)?")


def listed_after(text: str, low: str, prev: Span, span: Span) -> bool:
    """Whether `span` is the next item of a list after `prev` ("A, B and C", "A/B"), or
    repeats the preposition a binding verb put before it ("binds to A on ... and to B"), or
    is the other end of a connection ("a connector between A, found on X, and B")."""
    return bool(
        _LIST_NEXT.fullmatch(text, prev.end, span.start)
        or (
            _AND_TO.fullmatch(low, prev.end, span.start)
            and _BIND_TO.search(low, max(0, prev.start - 80), prev.start)
        )
        or (
            _AND_THEN.fullmatch(low, prev.end, span.start)
            and _CONNECTS_BETWEEN.search(low, max(0, prev.start - 60), prev.start)
        )
        or _DESCRIBED_THEN.fullmatch(low, prev.end, span.start)
        or _DESCRIBED_NEXT.fullmatch(low, prev.end, span.start)
    )


def _listed_after_targets(
    text: str, low: str, chosen: list[Span], unplaced: list[Span], taken: bytearray
) -> list[Span]:
    """Genes listed after a target ("an inhibitor of FGFR1, FGFR2 and FGFR3", "binds to X on
    tumor cells and to Y on T cells") are targets too, unless their own words make them a
    mutation, a marker or a prior therapy."""
    found: list[Span] = []
    targets = sorted((s for s in chosen if s.kind == TARGET), key=lambda s: s.end)
    for span in sorted(unplaced, key=lambda s: s.start):
        before = [t for t in targets if t.end <= span.start]
        if not before or taken.find(1, span.start, span.end) >= 0:
            continue
        if not listed_after(text, low, before[-1], span):
            continue
        after = _squeeze(low[span.end : span.end + 60])
        if _NOT_TARGET_AFTER.match(after) or _CLASS_RULED_OUT.match(after):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        found.append(span)
        bisect.insort(targets, span, key=lambda s: s.end)
    # "(FGFR1, FGFR2, FGFR3) inhibitor", "KRAS, NRAS and HRAS inhibitor": the items listed
    # before a target its class word placed, read from the last back
    for span in sorted(unplaced, key=lambda s: s.start, reverse=True):
        after_it = [t for t in targets if t.start >= span.end]
        if not after_it or taken.find(1, span.start, span.end) >= 0:
            continue
        if not listed_after(text, low, span, min(after_it, key=lambda s: s.start)):
            continue
        if _NOT_TARGET_AFTER.match(_squeeze(low[span.end : span.end + 60])):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        found.append(span)
        bisect.insort(targets, span, key=lambda s: s.end)
    return found


# "in combination with the FAK inhibitor defactinib", "combined with its anti-TIGIT agent
# tiragolumab": a partner drug named after its class, whose class names its target
_COMBINED_WITH_BEFORE = lowered_pattern(
    r"\b(?:in\s+combination|combined)\s+with\s+(?:(?:the|its|an?)\s+)?(?:anti-?\s?)?$"
)
_CLASS_BEFORE_NAME = lowered_pattern(
    r"(?:-?(?:targeted|targeting|directed))?"
    r"(?:\s+(?:monoclonal|bispecific|humani[sz]ed|fully\s+human|small[- ]molecule|oral))*"
    r"\s+(?:antibody|inhibitor|antagonist|agonist|agent|blocker|degrader|ADC|therapy)?\s*"
)


def _named_partners_targets(
    text: str, low: str, chosen: list[Span], unplaced: list[Span], taken: bytearray
) -> list[Span]:
    """A gene ruled out as a partner drug's class ("in combination with a PD-1 inhibitor")
    is a target after all when the partner is named right after its class ("in combination
    with the PD-L1 antibody tagitanlimab"): the text says what that drug acts on."""
    drug_starts = {s.start for s in chosen if s.kind == MOLECULE}
    found: list[Span] = []
    for span in unplaced:
        if taken.find(1, span.start, span.end) >= 0:
            continue
        if not _COMBINED_WITH_BEFORE.search(low, max(0, span.start - 40), span.start):
            continue
        named = _CLASS_BEFORE_NAME.match(low, span.end)
        if named and named.end() > span.end and named.end() in drug_starts:
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            found.append(span)
    return found


def _defined_gene_abbreviations(text: str, spans: list[Span]) -> None:
    """ "folate receptor alpha (FRα)": the text defines the abbreviation as that gene,
    whatever other gene the abbreviation alone would name."""
    targets = sorted((s for s in spans if s.kind == TARGET), key=lambda s: s.start)
    for outer, inner in itertools.pairwise(targets):
        if re.fullmatch(r"\s*\(\s*", text[outer.end : inner.start]) and re.match(
            r"\s*\)", text[inner.end : inner.end + 3]
        ):
            inner.key = outer.key


_DEFINED_ABBREVIATION = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9α-ω\-]{1,9})\s*\)")


def _spelt_within(abbreviation: str, name: str) -> bool:
    """Whether an abbreviation's letters stand in the name in order, the first opening it
    ("GPS" in "galinpepimut-S")."""
    name = name.lower()
    if not name.startswith(abbreviation[0].lower()):
        return False
    at = 0
    for letter in abbreviation.lower():
        at = name.find(letter, at) + 1
        if not at:
            return False
    return True


def _drug_abbreviations_over_others(text: str, spans: list[Span]) -> list[Span]:
    """ "galinpepimut-S (GPS)": a drug's abbreviation the text defines is that drug wherever
    the text uses it, though the ontology or HGNC lists it for a disease or a gene."""
    others = {s.text for s in spans if s.kind in (DISEASE, TARGET)}
    drugs: dict[str, Span] = {}
    for outer in spans:
        match = _DEFINED_ABBREVIATION.match(text, outer.end) if outer.kind == MOLECULE else None
        if (
            match
            and match.group(1) in others
            and sum(c.isupper() for c in match.group(1)) >= 2
            and _spelt_within(match.group(1), outer.text)
        ):
            drugs.setdefault(match.group(1), outer)
    return _as_defined(spans, drugs, (DISEASE, TARGET))


def _disease_abbreviations_over_genes(text: str, spans: list[Span]) -> list[Span]:
    """ "cutaneous T-cell lymphoma (CTCL)": a disease's abbreviation the text defines is that
    disease wherever the text uses it, though HGNC lists it as some gene's alias."""
    by_start = {s.start: s for s in spans if s.kind == TARGET}
    diseases: dict[str, Span] = {}
    for outer in spans:
        match = _DEFINED_ABBREVIATION.match(text, outer.end) if outer.kind == DISEASE else None
        inner = by_start.get(match.start(1)) if match else None
        if (
            match
            and inner
            and inner.text == match.group(1)
            and inner.text[0].lower() == outer.text[0].lower()
            and sum(c.isupper() for c in inner.text) >= 2
        ):
            diseases.setdefault(inner.text, outer)
    return _as_defined(spans, diseases, (TARGET,))


# A disease's abbreviation in brackets, maybe after its stage ("(M1 CSPC)", "(CSPC)")
_DEFINED_STAGED_ABBREVIATION = re.compile(r"\s*\(\s*(?:[A-Z]\d\s+)?([A-Z][A-Za-z0-9\-]{1,9})\s*\)")


def _disease_abbreviations_over_companies(text: str, spans: list[Span]) -> list[Span]:
    """ "castration-sensitive prostate cancer (CSPC)": a disease's abbreviation the text
    defines (spelling the initials of the name and its qualifiers) names no company the
    vocabulary knows by the same letters, wherever the text uses it."""
    orgs = {s.start: s for s in spans if s.kind == ORG}
    defined: set[str] = set()
    for outer in spans:
        staged = _DEFINED_STAGED_ABBREVIATION
        match = staged.match(text, outer.end) if outer.kind == DISEASE else None
        inner = orgs.get(match.start(1)) if match else None
        if (
            match
            and inner
            and inner.text == match.group(1)
            and _spells_qualified(text, outer, inner.text)
        ):
            defined.add(inner.text)
    return [s for s in spans if not (s.kind == ORG and s.text in defined)] if defined else spans


def _as_defined(spans: list[Span], defined: dict[str, Span], kinds: tuple[str, ...]) -> list[Span]:
    """Each span of `kinds` whose text is an abbreviation the text defines, read as the name
    it abbreviates (its kind, reference and breadth)."""
    if not defined:
        return spans
    return [
        Span(d.kind, s.start, s.end, s.text, d.key, d.broad)
        if s.kind in kinds and (d := defined.get(s.text)) is not None
        else s
        for s in spans
    ]


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w-]*[ ]){1,3}$")


def _initials(words: str) -> str:
    return "".join(part[0] for part in re.split(r"[ -]+", words) if part).upper()


def _is_subsequence(short: str, long: str) -> bool:
    letters = iter(long)
    return all(c in letters for c in short)


def _long_forms_of_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """ "Primary Mediastinal Large B-Cell Lymphoma (PMBCL)": a disease name the vocabulary
    lacks, matched only in part ("Large B-Cell Lymphoma"), before a defined abbreviation the
    vocabulary knows as another disease, is that disease, written in full (the abbreviation's
    letters spell the whole name's initials)."""
    diseases = {s.start: s for s in spans if s.kind == DISEASE}
    replaced: dict[int, Span] = {}
    for outer in diseases.values():
        match = _DEFINED_ABBREVIATION.match(text, outer.end)
        if not match:
            continue
        inner = diseases.get(match.start(1))
        if not inner or inner.key == outer.key or inner.text != match.group(1):
            continue
        before = _CAPITALISED_BEFORE.search(text, max(0, outer.start - 60), outer.start)
        if not before:
            continue
        start = before.start()
        initials = _initials(text[start : outer.end])
        if initials[0] == inner.text[0] and _is_subsequence(inner.text.upper(), initials):
            replaced[outer.start] = Span(
                DISEASE, start, outer.end, text[start : outer.end], inner.key, inner.broad
            )
    for outer in diseases.values():
        # "immune-mediated necrotizing myopathy (IMNM)": a form the ontology lacks, matched by
        # its one-word head alone, is a disease of its own when the abbreviation spells the
        # whole name's initials (no id: it is narrower than the head)
        # (a name of two words or more is the disease, the words before qualify it: "newly
        # diagnosed multiple myeloma (NDMM)" is multiple myeloma)
        match = _DEFINED_ABBREVIATION.match(text, outer.end)
        if not match or " " in outer.text or outer.start in replaced or match.start(1) in diseases:
            continue
        before = _LOWER_QUALIFIERS_BEFORE.search(text, max(0, outer.start - 60), outer.start)
        if not before or not match.group(1).isupper():
            continue
        # (the words nearest the head first: "and immune-mediated necrotizing myopathy")
        starts = [before.start()] + [
            before.start() + m.end() for m in re.finditer(" ", before.group()[:-1])
        ]
        for start in reversed(starts):
            whole = text[start : outer.end]
            if _initials(whole) == match.group(1):
                replaced[outer.start] = Span(DISEASE, start, outer.end, whole, whole.lower())
                break
    if not replaced:
        return spans
    return [replaced.get(s.start, s) if s.kind == DISEASE else s for s in spans]


_LOWER_QUALIFIERS_BEFORE = re.compile(r"(?<![\w-])(?:[a-z][a-z-]*[ ]){1,3}$")


# The one to three words before a disease's name that may qualify it ("relapsed/refractory",
# "classical", "newly diagnosed")
_QUALIFIERS_BEFORE = re.compile(r"(?<![\w/’'\-])(?:[A-Za-z][\w/’'\-]*[ ]){1,3}$")
_INITIALS_SPLIT = re.compile(r"[ /\-]+")


def _spells_qualified(text: str, disease: Span, abbreviation: str) -> bool:
    """ "relapsed/refractory multiple myeloma (RRMM)", "classical Hodgkin's lymphoma (CHL)":
    whether the abbreviation spells the initials of the disease's name and of the words just
    before it, which the name folds in as its qualifiers."""
    if not abbreviation.isalpha():
        return False
    before = _QUALIFIERS_BEFORE.search(text, max(0, disease.start - 40), disease.start)
    if not before:
        return False
    initials = _split_initials(text[before.start() : disease.end])
    # (a qualifier's initial at least: the name's own are the first rule's)
    spelt = len(_split_initials(disease.text)) < len(abbreviation) <= len(initials)
    return spelt and initials.endswith(abbreviation.upper())


def _split_initials(words: str) -> str:
    return "".join(w[0] for w in _INITIALS_SPLIT.split(words) if w).upper()


def _new_abbreviations(text: str, spans: list[Span], low: str) -> list[Span]:
    """ "Bruton's tyrosine kinase (Btk)", "medullary thyroid cancer (MTC)": an abbreviation the
    vocabulary lacks, defined beside a recognised gene or disease name, names it there and
    wherever else the text uses it (a gene's only where it is a target). Its first letter
    must open the name, as abbreviations do, or a disease's the qualifiers the name folds in
    (`_spells_qualified`); a disease's is written in capitals."""
    taken = bytearray(len(text) + 1)
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    defined: dict[str, Span] = {}
    for outer in spans:
        match = _DEFINED_ABBREVIATION.match(text, outer.end)
        if not (outer.kind in (TARGET, DISEASE) and match and " " in outer.text.strip()):
            continue
        abbreviation = match.group(1)
        capitals = sum(c.isupper() for c in abbreviation) >= 2
        if (
            (
                abbreviation[0].lower() == outer.text[0].lower()
                or (outer.kind == DISEASE and _spells_qualified(text, outer, abbreviation))
            )
            and (outer.kind == TARGET or capitals)
            and taken.find(1, match.start(1), match.end(1)) < 0
        ):
            defined.setdefault(abbreviation, outer)
    found: list[Span] = []
    for start, end, form in whole_tokens(text, defined):
        if taken.find(1, start, end) >= 0:
            continue
        outer = defined[form]
        defining = (
            text[max(0, start - 1) : start] == "(" or text[max(0, start - 2) : start].strip() == "("
        )
        if outer.kind == DISEASE or defining or is_target_context(text, start, end, low):
            found.append(Span(outer.kind, start, end, form, outer.key, outer.broad))
    return found


_PAYLOAD_BEFORE = re.compile(r"(?:payload|warhead)s?\s*(?:\(|,|of|called|:)?\s*$", re.IGNORECASE)
# ("a tetrapeptide-based linker": what the linker is made of)
_PAYLOAD_AFTER = re.compile(
    r"\)?\s*[-‐]?\s*(?:based\s+)?(?:payloads?|warheads?|linkers?)\b", re.IGNORECASE
)


def _is_payload(text: str, span: Span) -> bool:
    """ "a topoisomerase I inhibitor payload (exatecan)", "SN-38 payloads": the cytotoxic
    part of a conjugate, named as such, is no drug of its own."""
    return bool(
        _PAYLOAD_BEFORE.search(text, max(0, span.start - 25), span.start)
        or _PAYLOAD_AFTER.match(text, span.end)
    )


# (the abbreviation may be quoted: 'Breakthrough Therapy Designation ("BTD")')
_DEFINED = re.compile(r"\([“\"]?([A-Z]{2,6})[”\"]?\)")
# The words before a definition, "(?:[A-Za-z][\w'’-]* +){1,6}$", read backwards from it: the
# forward pattern tries every offset of the window (~30 µs a definition), the reversed one
# reads only the words (its greedy match is the longest, so the same words as the forward
# pattern's leftmost match).
_WORDS_BEFORE_DEFINITION_REVERSED = re.compile(r"(?: +[\w'’\-]*[A-Za-z]){1,6}")


def _words_before(text: str, end: int) -> tuple[int, str] | None:
    """(start, text) of the one to six words, each followed by blanks, that end where `end`
    is (or, as `$` reads it, at a line end just before it), within 120 characters."""
    start = max(0, end - 120)
    if text[end - 1 : end] == "\n":
        end -= 1
    found = _WORDS_BEFORE_DEFINITION_REVERSED.match(text[start:end][::-1])
    return (end - found.end(), text[end - found.end() : end]) if found else None


# The head word of a protein's name, as its spelled-out form ends ("... growth factor",
# "... tyrosine kinase", "... maturation antigen", "... cyclase"): an abbreviation so defined
# names a target even where the words make no known name.
_PROTEIN_HEAD = re.compile(
    r"(?:factor|receptor|kinase|protein|antigen|ligand|domain|channel|transporter|molecule|"
    r"complex|[a-z]{2,}(?:ase|in|gen))s?\s*$"
)


def _abbreviations_of_other_things(
    text: str, spans: list[Span], vocab: Vocab
) -> dict[str, set[str]]:
    """Abbreviations the text defines by their words ("Clinical Activity Score (CAS)",
    "overall survival (OS)", "standard of care (SOC)"): the initials of the words before the
    parenthesis spell it. Each maps to the kinds of entity named there; elsewhere in the text
    the abbreviation names no disease or target the words do not name, whatever the
    ontology or HGNC list under it."""
    if "(" not in text:
        return {}
    named = [s for s in spans if s.kind in (DISEASE, TARGET)]
    found: dict[str, set[str]] = {}
    for m in _DEFINED.finditer(text):  # each "(ABBR)", then the words just before it
        abbreviation = m.group(1)
        before = _words_before(text, m.start())
        if not before:
            continue
        at, written = before
        # the words' initials, or their parts' ("first-in-human (FIH)")
        for word_pattern in (r"\S+", r"[^\s\-]+"):
            words = list(re.finditer(word_pattern, written))[-len(abbreviation) :]
            initials = "".join(w.group()[0] for w in words).upper()
            if len(words) == len(abbreviation) and initials == abbreviation:
                break
        else:
            continue
        start = at + words[0].start()
        kinds = found.setdefault(abbreviation, set())
        kinds.update(s.kind for s in named if s.start < m.start() and s.end > start)
        if _PROTEIN_HEAD.search(written):  # "vascular endothelial growth factor (VEGF)"
            kinds.add(TARGET)
        elif vocab.gene_ids.get(abbreviation) and _TARGET_AFTER.match(
            _squeeze(text[m.end(1) : m.end(1) + 130].lower())
        ):
            # "a mesenchymal-epithelial transition (MET) inhibitor": an approved symbol a drug
            # acts on, whatever words the text spells it out in (not a family's alias: "protein
            # kinase C (PKC)")
            kinds.add(TARGET)
    return found


# An adverse event's grade before its name ("grade 3 hepatitis", "Grade ≥3 pneumonitis");
# a tumour's grade ("grade 3b follicular lymphoma") names the disease
_GRADED_BEFORE = re.compile(
    r"\b[Gg]rade\s*(?:≥|>=|>)?\s*[1-5](?:\s*(?:or|and|/|-|–)\s*(?:higher|greater|[1-5]))?\s+$"
)
_NEOPLASM = re.compile(
    r"(?i:cancer|tumou?r|carcinoma|lymphoma|leuka?emia|glioma|myeloma|sarcoma|melanoma|neoplas|"
    r"blastoma|mesothelioma)"
)
# A capitalised name and the capitals in brackets after it: "Pfizer, Inc. (PFE)"
_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w&.’'-]*,?\s+){1,6})\($")


def _bare_ticker(text: str, span: Span) -> bool:
    """Whether a short capitalised span is a company's ticker or legal form, not a disease's
    abbreviation: a Nordic legal form after a name ("Aviator Acquisition AS"), a news
    agency's stock code ("Pfizer Inc PFE.N"), or capitals in brackets after a name that are
    not the name's capitals in order, as an abbreviation's are ("Atopic Dermatitis (AD)",
    "Non-Small Cell Lung Cancer (NSCLC)")."""
    if not (span.text.isupper() and len(span.text) <= 5):
        return False
    if _LEGAL_FORM_AFTER_NAME.search(text, max(0, span.start - 40), span.end):
        return True  # "through Aviator Acquisition AS, a subsidiary": a legal form
    if _RIC_AFTER.match(text, span.end) and _NAME_BEFORE_TICKER.search(
        text, max(0, span.start - 40), span.start
    ):
        return True  # "Pfizer Inc PFE.N": a news agency's code for the company's stock
    owner = _POSSESSIVE_BEFORE_TICKER.search(text, max(0, span.start - 40), span.start)
    if owner:
        # "Pfizer’s PFE Ibrance": the owner's stock, its letters drawn from the owner's name
        letters = iter(owner.group(1).lower())
        return all(letter in letters for letter in span.text.lower())
    if text[span.end : span.end + 1] != ")":
        return False
    name = _NAME_BEFORE_BRACKET.search(text, max(0, span.start - 80), span.start)
    if name is None:
        return False
    capitals = iter(c for c in name.group(1) if c.isupper())
    return not all(letter in capitals for letter in span.text if letter.isalpha())


# "PFE.N", "ROG.S": the exchange after a ticker, as news agencies write it
_RIC_AFTER = re.compile(r"\.[A-Z]{1,2}(?![\w.])")
_NAME_BEFORE_TICKER = re.compile(r"[A-Z][\w&.’'-]*\s+$")
_POSSESSIVE_BEFORE_TICKER = re.compile(r"\b([A-Z][\w&.-]*)['’]s?\s+$")
# "Aviator Acquisition AS,", "Nordic Nanovector ASA": a Nordic company's legal form
_LEGAL_FORM_AFTER_NAME = re.compile(r"[A-Z][a-z][\w&’'-]*\s+(?:AS|ASA|AB|A/S|Oyj)$")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "E.U.", "U.S.A."})
_TICKER = re.compile(
    # (the exchanges' names written `words_first`: the scan skips to their first letters;
    # joined by their first letter, a capital that opens none is turned away at one test)
    "(?:"
    + by_first_letter(
        words_first(
            r"NYSE(?: American| Arca)?|NASDAQ|Nasdaq(?:GS|GM| [A-Z][a-z]+)?|HKEX|HKSE|SEHK|SSE|"
            r"SZSE|TSE|TSX(?:-V)?|ASX|LSE|AIM|SIX|OTCQX|OTCQB|OTC|AMEX|KOSDAQ|KRX|FSE|ETR|XETRA|"
            r"TYO|JPX|BSE|NSE|Euronext(?: [A-Z][a-z]+)?|OMX|STO|TASE|NZX|Mnémo|Mnemo"
        )
    )
    + r")\s*:\s*([A-Z0-9][A-Z0-9.\-]{0,9})"
)
# (a match's characters before its colon: blanks after at most "Euronext " and a word)
_LONGEST_NAME_HEAD = len("Euronext ")
_LONGEST_TICKER = 10
_BLANK_RUN = re.compile(r"\s*")


def _tickers(text: str) -> Iterator[re.Match[str]]:
    """`_TICKER.finditer(text)`, searched for only in the window around each colon (every
    match holds one: a colon is rarer than the exchanges' first letters the scan stops at).
    The window reaches back past the blanks and the word before the colon, and a name's head
    before that word; forward past the blanks after it and the longest ticker."""
    pos = 0
    colon = text.find(":")
    while colon >= 0:
        name_end = colon
        while name_end > pos and text[name_end - 1].isspace():
            name_end -= 1
        word_start = name_end
        while (
            word_start > pos and text[word_start - 1].isascii() and text[word_start - 1].isalpha()
        ):
            word_start -= 1
        ticker_start = _BLANK_RUN.match(text, colon + 1).end()  # type: ignore[union-attr]
        m = _TICKER.search(
            text, max(pos, word_start - _LONGEST_NAME_HEAD), ticker_start + _LONGEST_TICKER
        )
        if m and m.start() < colon:  # (a match after the colon has a colon of its own)
            yield m
            pos = m.end()
        colon = text.find(":", max(colon + 1, pos))


# "Pfizer ($PFE)": a cashtag, as trade news writes a company's stock
_CASHTAG = re.compile(r"\$(?<=\(\$)([A-Z]{1,5})(?=\))")
# A disease word inside the name of a congress, journal or society is no disease mention:
# "World Conference on Lung Cancer", "San Antonio Breast Cancer Symposium", "Leukemia &
# Lymphoma Society", "Multiple Myeloma Research Foundation".
_EVENT_BEFORE = re.compile(
    r"\b(?:Conference|Congress|Symposium|Meeting|Summit|Forum|Workshop|Journal|Society|"
    r"Foundation|Association|Alliance|Coalition|Network|Consortium|Day|Month)\s+(?:on|of|for)\s+"
    # "Association for the Study of Lung Cancer", "Foundation for Research on ..."
    r"(?:the\s+)?(?:(?:Study|Research|Treatment|Cure)\s+(?:of|on|into)\s+)?$"
    # a journal's title: "published in Clinical Lymphoma, Myeloma & Leukemia"
    r"|\b(?:published|reported|appear(?:s|ed)?)\s+in\s+(?:the\s+)?(?:[A-Z][\w-]*,?\s+(?:&\s+)?){0,3}$"
    # a journal of a family: "The Lancet Diabetes & Endocrinology", "JAMA Oncology"
    r"|\b(?:Lancet|JAMA|Annals\s+of|Archives\s+of)\s+$"
)
_EVENT_AFTER = re.compile(
    r"^(?:\s*(?:&|and)\s*[A-Z][a-z]+)?\s+(?:Research\s+)?(?:Symposium|Conference|Congress|Meeting|Summit|"
    r"(?:Drugs\s+)?Advisory\s+Committee|Committee|"
    r"Forum|Workshop|Society|Foundation|Association|Alliance|Coalition|Network|Consortium|"
    r"Organi[sz]ation|Federation|Study Group|Working Party|Awareness)\b"
    # a clinical instrument: "Eczema Area and Severity Index", "Crohn's Disease Activity Index"
    r"|^(?:\s+(?:[A-Z][a-z]+|and|of)){0,4}?\s+(?:Index|Score|Scale|Questionnaire)\b"
)
# the same instrument written in lower case: "change in the weekly urticaria activity score",
# "a scale called Crohn's disease activity index" (the shorter "Crohn's" as well)
_INSTRUMENT_AFTER = re.compile(
    r"\s+(?:disease\s+)?(?:activity|severity|symptom)\s+(?:score|index|scale)\b"
)


# What a disease mention names other than a disease the text is about (ANNOTATION.md: no
# complications, no classes of another): "health risks, including diabetic ketoacidosis",
# "hypogammaglobulinemia, an expected chronic toxic effect", "AD, a form of eczema".
_COMPLICATION_BEFORE = lowered_pattern(
    r"\b(?:risks?|complications?|side effects?|adverse (?:events?|reactions?)|toxicit(?:y|ies)),?"
    r"\s+(?:such as|including|like|of)\s+"
    # ("serious toxicities, including liver toxicity, diarrhea, colon and lung inflammation and
    # intestinal perforation", "susceptibility to blood clots, stroke, heart attack")
    r"(?:[a-z'-]+(?:\s[a-z'-]+){0,3}(?:,\s*|\s+(?:or|and)\s+)){0,4}$"
    r"|\b(?:susceptib\w*|predispos\w*)\s+to\s+"
    r"(?:[a-z'-]+(?:\s[a-z'-]+){0,3}(?:,\s*|\s+(?:or|and)\s+)){0,4}$"
    # ("symptoms such as fatigue"; "the signs and symptoms of RA" name the disease)
    r"|\bsymptoms?,?\s+(?:such as|including|like)\s+$"
    # ("glioma – the most frequent and most invasive form of primary brain cancer", "GBM, which
    # is the deadliest and most invasive type of adult brain cancer": the describing words may
    # be five, none a preposition, and the class may carry its patients' age or origin; "a"
    # right after what introduces an indication names the patients' own disease: "approved
    # for patients with a form of chronic myeloid leukemia", "indicated for a form of D")
    r"|\b(?:(?<!with )(?<!for )(?<!treat )(?<!treating )an?|this|the)\s+"
    r"(?:(?!(?:of|in|with|for|to|on|by|at|from)\s)[\w-]+\s+){0,5}"
    r"(?:form|type|subtype|kind) of\s+(?:(?:primary|adult|childhood|pediatric|paediatric)\s+)?$"
    # "IgA nephropathy, a leading cause of kidney failure": what the disease leads to
    r"|\b(?:a|the)\s+(?:(?:leading|major|common|main|primary|frequent)\s+)?causes?\s+of\s+$"
    # "if left untreated, GCA can lead to blindness, aortic aneurysm or stroke", "attacks that
    # often lead to disability including blindness", "a disease characterized by ..."
    r"|\b(?:(?:(?:can|could|may|might)\s+(?:also\s+|eventually\s+)?|(?:that|which)\s+"
    r"(?:often\s+|frequently\s+|can\s+|may\s+)?)(?:lead(?:s)? to|cause|result in)|leading to|"
    # ("patients at high risk of progressing to kidney failure")
    r"progress(?:es|ing)? to|complicated by|"
    r"characteri[sz]ed by)\s+"
    # ("can cause poor concentration at work or school, sleep disorders")
    r"(?:[a-z'-]+(?:\s[a-z'-]+){0,3}(?:,\s*|\s+(?:or|and|including|such as)\s+)){0,4}$"
)
_COMPLICATION_AFTER = lowered_pattern(
    r"^,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:toxic effect|side effect|adverse event|"
    r"complication|toxicity)"
)


# A trademark after a gene's name, or after the word a gene's alias that is a word opens
# ("SIMPLE Antibody(TM)"; not "anti-IL-6R Nanobody®"): a technology's name, no protein
_MARK_WORDS = rf"[ ]?(?:{MARK}|\((?:TM|R)\)|TM(?![\w-]))"
_MARKED_AFTER = re.compile(_MARK_WORDS)
_WORD_MARKED_AFTER = re.compile(rf"[ ][A-Z][a-z]+{_MARK_WORDS}")
# A Greek letter after a gene's name ("CK1-epsilon") that the vocabulary does not hold with
# it: a member the name alone does not say
_GREEK_MEMBER_AFTER = re.compile(
    r"[- ]?(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|kappa|[αβγδεζηθκ])(?![\w-])"
)
# A line in capitals (a headline), with enough letters to say so
_CAPITALS_LINE = re.compile(r"[^\na-z]{30,}")


def _without_misread_targets(text: str, spans: list[Span]) -> list[Span]:
    """Drop gene names that name no protein here: a trademarked technology, a member left
    unsaid, an alias that is an English word in a headline in capitals ("FINDINGS FOR ADC":
    "for" written in lower case elsewhere)."""

    def misread(s: Span) -> bool:
        if _MARKED_AFTER.match(text, s.end) or _GREEK_MEMBER_AFTER.match(text, s.end):
            return True
        if not (s.text.isalpha() and s.text.isupper() and s.text != s.key):
            return False
        if _WORD_MARKED_AFTER.match(text, s.end):
            return True
        line_start = text.rfind("\n", 0, s.start) + 1
        line_end = text.find("\n", s.end) % (len(text) + 1)
        return bool(
            _CAPITALS_LINE.fullmatch(text, line_start, line_end)
            and re.search(rf"(?<![\w-]){s.text.lower()}(?![\w-])", text)
        )

    return [s for s in spans if not (s.kind == TARGET and misread(s))]


# "EOS (Ethical Oncology Science) S.p.A., a privately-held Italian biopharmaceutical
# company": a name the text describes as a company, however a gene's alias is written
_COMPANY_DESCRIBED_AFTER = re.compile(
    r"(?:[ ]\([A-Z][^()]{2,60}\))?(?P<legal>[ ][A-Z][\w.&/]{1,10})?,[ ]+an?[ ]+(?:[\w-]+[ ]+){0,4}?"
    r"(?:biopharmaceutical|pharmaceutical|biotech(?:nology)?|biotherapeutics?|drug|oncology|"
    r"life[ ]sciences?)[ ]+(?:company|firm|developer)\b"
)


def _companies_named_like_genes(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """A gene's alias the text describes as a company is that company's name wherever it is
    written."""
    named = {
        s.text
        for s in spans
        if s.kind == TARGET
        and s.text != s.key
        and (m := _COMPANY_DESCRIBED_AFTER.match(text, s.end))
        and (not m.group("legal") or _legal_patterns(vocab)[0].fullmatch(m.group("legal")))
    }
    if not named:
        return spans
    return [
        Span(ORG, s.start, s.end, s.text, s.text) if s.kind == TARGET and s.text in named else s
        for s in spans
    ]


# "myelofibrosis, a rare bone marrow disorder": what the disease before the comma is
# ("osteosarcoma, a rare and often fatal bone tumor"; after the disease's abbreviation, "PNH
# (paroxysmal nocturnal hemoglobinuria), another rare blood disorder", "ALL, one of the
# most common forms of childhood leukemias")
_CLASS_APPOSITION = re.compile(
    r"(?:[ ]\([^()]{1,60}\)|\))?,[ ]+(?:one[ ]+of[ ]+)?(?:an?|the|another)[ ]+"
    r"(?:[a-z][\w-]*[ ]+){0,4}"
)
# "for auto-immune disease systemic lupus erythematosus", "a kidney disease called IgA
# nephropathy": a broad class right before the one disease it names
_CLASS_NAMING = re.compile(r"[ ](?:(?:called|known[ ]as)[ ])?")


def _without_appositive_classes(text: str, spans: list[Span]) -> list[Span]:
    """Drop a disease named in apposition to the disease before it: the class it belongs
    to, a description of the one disease; and a broad class named right before the one
    disease it describes or calls by its name."""
    diseases = sorted((s for s in spans if s.kind == DISEASE), key=lambda s: s.start)
    described: set[int] = set()
    for a, b in itertools.pairwise(diseases):
        if _CLASS_APPOSITION.fullmatch(text, a.end, b.start):
            described.add(id(b))
        elif a.broad and not b.broad and _CLASS_NAMING.fullmatch(text, a.end, b.start):
            described.add(id(a))
    return [s for s in spans if id(s) not in described] if described else spans


# The words one of _COMPLICATION_BEFORE's alternatives must hold: a window with none of them
# (nine in ten) spares the search, which is tried at every word of the window.
_COMPLICATION_CUES = (
    "risk", "complication", "side effect", "adverse ", "toxicit", "susceptib", "predispos",
    "symptom", "form of", "type of", "kind of", "cause", "lead", "result in", "progress",
    "complicated by", "characteri",
)  # fmt: skip


def _may_name_complication(low_before: str) -> bool:
    return any(cue in low_before for cue in _COMPLICATION_CUES)


def _complication_or_class(low: str, span: Span) -> bool:
    low_before = low[max(0, span.start - 120) : span.start]
    low_after = low[span.end : span.end + 60]
    return bool(
        (_may_name_complication(low_before) and _COMPLICATION_BEFORE.search(low_before))
        or _COMPLICATION_AFTER.match(low_after)
        or low_before.endswith("non-")  # "non-melanoma skin cancer" names no melanoma
        # "post-polycythemia vera myelofibrosis": the history of another disease, named
        or (low_before.endswith("post-") and low_after[:1] == " " and low_after[1:2].isalpha())
    )


# A safety section ("Important Safety Information", "Warnings and Precautions") lists adverse
# events up to the next "About ..." heading: a disease named only there is none of the release.
_SAFETY_HEADING = re.compile(
    r"^[ \t]*(?:(?:Selected |Important |Indications? and Important )?Safety Information|"
    r"Warnings and Precautions|Adverse Reactions)\b[^\n]{0,60}$",
    re.IGNORECASE | re.MULTILINE,
)
# (the headings' words, of which each holds one: a text with none is spared the scan, which
# tries every offset)
_SAFETY_HEADING_WORDS = ("safety information", "warnings and precautions", "adverse reactions")
_NEXT_SECTION = re.compile(r"^[ \t]*(?:About|Forward[- ]Looking|Contacts?|Media)\b", re.MULTILINE)


_ADVERSE_EVENTS = re.compile(
    r"\b(?:adverse (?:events?|reactions?)|side effects?|AEs|TEAEs)\b", re.IGNORECASE
)
# (a case-sensitive look for the words' tails first, `str` tests: most releases name no
# adverse event)
_ADVERSE_EVENT_TAILS = ("dverse", "DVERSE", "ide effect", "IDE EFFECT", "AEs")
_SENTENCE_END = re.compile(r"[.!?](?:[ ]|$)|\n")


def _outside_safety_sections(text: str, spans: list[Span]) -> list[Span]:
    """The spans less the diseases named only inside a safety section, or after an adverse
    event cue in its sentence ("The most common adverse events ... were colitis, headache and
    nasopharyngitis")."""
    sections = []
    low = document_lower_like_ignorecase(text)  # (as the heading's case-blind pattern reads it)
    headed = any(words in low for words in _SAFETY_HEADING_WORDS)
    for heading in _SAFETY_HEADING.finditer(text) if headed else ():
        end = _NEXT_SECTION.search(text, heading.end())
        sections.append((heading.start(), end.start() if end else len(text)))
    adverse = any(tail in text for tail in _ADVERSE_EVENT_TAILS)
    for cue in _ADVERSE_EVENTS.finditer(text) if adverse else ():
        end = _SENTENCE_END.search(text, cue.end())
        sections.append((cue.end(), end.start() if end else len(text)))
    if not sections:
        return spans

    def inside(span: Span) -> bool:
        return any(start <= span.start < end for start, end in sections)

    named_elsewhere = {s.key for s in spans if s.kind == DISEASE and not inside(s)}
    return [
        s for s in spans if not (s.kind == DISEASE and inside(s) and s.key not in named_elsewhere)
    ]


def _in_event_name(text: str, span: Span) -> bool:
    if _INSTRUMENT_AFTER.match(text, span.end):
        return True
    words = span.text.split()
    if not words or not all(w[:1].isupper() for w in words) or span.text.isupper():
        return False
    return bool(
        _EVENT_BEFORE.search(text, max(0, span.start - 40), span.start)
        or _EVENT_AFTER.match(text[span.end : span.end + 60])
    )


def disease_ref(part: str, vocab: Vocab) -> str:
    """The disease a standalone surface names, or "" (respecting case-kept senses)."""
    folded = fold_case(part)
    entries = vocab.short_forms.get(folded, [])
    key = key_of(part)
    if not entries:
        entries = vocab.senses(key)
    for entry in entries:
        if entry.kind == DISEASE and (not entry.cased or entry.cased == folded):
            return entry.ref
    return ""


def _split_combined(spans: list[Span], vocab: Vocab) -> list[Span]:
    """ "CLL/SLL" names two diseases: each part that is a disease on its own becomes a span
    of the whole mention (as a target range does)."""
    out: list[Span] = []
    for span in spans:
        parts = span.text.split("/")
        if span.kind == DISEASE and len(parts) == 2 and all(p and p == p.strip() for p in parts):
            refs = [disease_ref(p, vocab) for p in parts]
            if all(refs) and refs[0] != refs[1]:
                out += [Span(DISEASE, span.start, span.end, span.text, r) for r in refs]
                continue
        out.append(span)
    return out


# The words of a list before its last item: "breast, ovarian and " before "endometrial cancer".
# An item may be several words ("fallopian tube"), or words qualifying one ("recurrent
# epithelial ovarian"): the longest run of its last words that names a disease is the item.
_LIST_WORD = r"[A-Za-z][a-z\-]*[a-z]"
_LIST_ITEM = re.compile(rf"{_LIST_WORD}(?:[ ]+{_LIST_WORD}){{0,3}}")
_LIST_BEFORE = re.compile(
    rf"((?:{_LIST_ITEM.pattern},[ ]+){{0,6}}{_LIST_ITEM.pattern}),?[ ]+(?:and|or)[ ]+$"
)
# The head nouns of tumour types a list shares; "infectious and autoimmune disease" lists
# classes, not indications.
_TUMOUR_HEAD = re.compile(
    r"(?i:cancers?|(?:adeno)?carcinomas?|tumou?rs?|lymphomas?|leuka?emias?|sarcomas?|neoplasms?)"
)
# A list of classes after a class shares its head ("hematologic and solid tumors",
# "inflammatory and autoimmune diseases"): each item is a class as broad as the last one
_CLASS_HEAD = re.compile(
    rf"{_TUMOUR_HEAD.pattern}|(?i:diseases?|disorders?|conditions?|malignanc(?:y|ies))"
)


def _named_item(
    item: re.Match[str], head: str, vocab: Vocab, classes: bool = False
) -> tuple[int, str] | None:
    """Where in the list item the longest run of its last words naming a disease with the
    shared head starts, and that disease; None when no run names one (or only a class,
    unless the list is of `classes`)."""
    words = list(_TOKEN.finditer(item.group(0)))
    for first in range(len(words)):
        phrase = f"{item.group(0)[words[first].start() :]} {head}"
        ref = disease_ref(phrase, vocab)
        if ref and (key_of(phrase) in vocab.broad_diseases) == classes:
            return item.start() + words[first].start(), ref
    return None


def _elliptical_lists(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """ "breast, ovarian and endometrial cancer" names three diseases: the words listed before
    the last item share its head noun. Each word that names a disease with that head (not the
    bare head, "primary cancer") becomes a span of the whole list, as a combined name does;
    the list is read back from the last item and stops at the first word that names none."""
    out: list[Span] = []
    for span in spans:
        words = span.text.split()
        m = None
        classes = False
        if (
            span.kind == DISEASE
            and len(words) >= 2
            and text.endswith((" and ", " or "), 0, span.start)
        ):
            classes = key_of(span.text) in vocab.broad_diseases  # (a list of classes)
            if (_CLASS_HEAD if classes else _TUMOUR_HEAD).fullmatch(words[-1]):
                m = _LIST_BEFORE.search(text, max(0, span.start - 120), span.start)
        if m is None:
            out.append(span)
            continue
        # ("prostate and lung cancers": the items are named with the head in the singular)
        head = singular(words[-1])
        bare = disease_ref(head, vocab)
        found: list[tuple[int, str]] = []
        for item in reversed(list(_LIST_ITEM.finditer(m.group(1)))):
            named = _named_item(item, head, vocab, classes)
            if not named and item.group(0).islower() and " " not in item.group(0):
                # ("gastric, hepatobiliary and pancreatic cancers": a one-word item the
                # vocabulary lacks is passed over, not the end of the list)
                continue
            if not named:
                break
            offset, ref = named
            if ref in (bare, span.key):
                break
            found.append((m.start(1) + offset, ref))
        if not found:
            out.append(span)
            continue
        start = found[-1][0]
        whole = text[start : span.end]
        out.append(span)  # the last item keeps its own words ("primary peritoneal cancer")
        out += [Span(DISEASE, start, span.end, whole, ref, classes) for _, ref in found]
    return out


# A brand is written in capitals ("BRUKINSA") or as one capitalised word ("Otezla")
# (a brand may end in a number: "ZorCAR19 (zorbagene autoleucel)")
_BRAND_WORD = r"[A-Z][A-Z0-9\-]{3,}|[A-Z][a-z]{3,}[A-Za-z]*|[A-Z][a-z]{2,}[A-Z][A-Za-z]*\d{1,3}"
# "BRAND (generic name: inn)", "BRAND (Ingredient: Inn)": the INN labelled as such
_INN_LABEL = r"(?i:(?:active\s+)?ingredient|generic\s+name|INN|nonproprietary\s+name)\s*:\s*"
# (or set off by dashes, with its label: "Xospata -- generic name: gilteritinib --")
_CAPS_BRAND_BEFORE = re.compile(
    rf"(?<![\w\-])({_BRAND_WORD})"
    rf"(?:\s*\(\s*(?:{_INN_LABEL})?(?:\d{{2,3}}[A-Z][a-z]?-)?|\s*(?:--|[–—])\s*{_INN_LABEL})$"
)
_LABELLED = re.compile(rf"\(\s*{_INN_LABEL}$")
# "Opdivo, or nivolumab, and Yervoy, or ipilimumab": a brand glossed by its INN set off by
# commas
# ("Pixuvri, also known as pixantrone, ...")
_BRAND_OR_BEFORE = re.compile(rf"(?<![\w\-])({_BRAND_WORD}),\s+(?:or|also known as)\s+$")
_GLOSS_CLOSE = re.compile(r"^\s*[,;)]")
# after an INN, also its clipped short name: "zorbagene autoleucel (zor-cel)", "(Zorba-V)"
_CLIPPED = r"[A-Za-z][a-z]{2,}-[A-Za-z0-9]+|[A-Z][a-z]{1,3}[A-Z][a-z]{1,4}"
_CAPS_BRAND_AFTER = re.compile(rf"^\s*\(\s*({_BRAND_WORD}|{_CLIPPED})\s*\)")
_INN_CLOSE = re.compile(
    r"^\s*(?:(?i:liposom(?:e|al)\s+)?(?i:tablets?|capsules?|injection|for injection|"
    r"for (?:oral|injectable) suspension|oral solution)\s*)?(?:\)|--|[–—])"
)


def _occupied(text: str, spans: list[Span]) -> bytearray:
    """1 where one of the spans lies: the places a new name may not overlap."""
    occupied = bytearray(len(text) + 1)
    for s in spans:
        occupied[s.start : s.end] = b"\x01" * (s.end - s.start)
    return occupied


# "anti-IL-17 antibodies for psoriasis such as Novartis’ Cosentyx, UCB’s Bimzelx and Eli
# Lilly’s Taltz": brands named as members of a drug class, each perhaps after its maker
_MEMBERS_INTROS = tuple(re.compile(rf"{words}[ ]") for words in (r"such[ ]as", "including", "like"))
_CLASS_BEFORE_MEMBERS = re.compile(
    r"\b(?:antibod(?:y|ies)|inhibitors?|blockers?|biologics?|drugs|medicines|TKIs)\b"
    r"(?:[ ](?:for|in)[ ](?:[a-z][\w-]*[ ]){0,3}?[a-z][\w-]*)?,?[ ]$"
)
_MEMBER = re.compile(
    # ("Novartis's ($NVS) Gleevec": the maker, perhaps with its ticker)
    r"(?:(?:[A-Z][\w&.-]*[ ]){0,2}[A-Z][\w&.-]*[’'](?:s)?[ ](?:\(\$?[A-Z]{1,5}\)[ ])?)?"
    rf"({_BRAND_WORD})(?:®|™)?(?=[ ]*(?:,|[ ]and[ ]|[ ]or[ ]|\.|;|\)|$))"
)
_MEMBER_GAP = re.compile(r",?[ ]+(?:and|or)[ ]+|,[ ]*")


def _brands_of_a_class(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """Brands a text names as members of a drug class ("... such as Novartis’ Cosentyx,
    UCB’s Bimzelx and Eli Lilly’s Taltz"): molecules, though no INN is written beside them."""
    if "such as" not in text and "including" not in text and " like " not in text:
        return []
    occupied = _occupied(text, spans)
    out: list[Span] = []
    for intro in _in_order(_MEMBERS_INTROS, text):
        if not _CLASS_BEFORE_MEMBERS.search(text, max(0, intro.start() - 70), intro.start()):
            continue
        at = intro.end()
        while member := _MEMBER.match(text, at):
            start, end = member.span(1)
            name = member.group(1)
            if occupied.find(1, start, end) < 0 and not (
                name in vocab.not_orgs or name in vocab.gene_surface or name in vocab.companies
            ):
                out.append(Span(MOLECULE, start, end, name, name))
            gap = _MEMBER_GAP.match(text, member.end())
            if not gap:
                break
            at = gap.end()
    return out


# "Tesaro's Zejula", "Pfizer's ($PFE) Xeljanz", "Hanmi's oral Gleevec": a capitalised name
# after a company's possessive, no word of English after it (the next word in lower case)
_POSSESSIVE_BRAND = re.compile(
    r"(?:,?[ ](?:Plc|plc|PLC|Inc\.?|Ltd\.?|AG|SA|AB|ASA|Corp\.?|Co\.|NV|SE|GmbH|KGaA))?"
    # (its words no preposition's: "Ariad’s closing price on Friday")
    r"[’']s?[ ]+(?:\(\$?[A-Z.:][A-Z.: ]{0,15}\)[ ]+)?"
    r"(?:(?!(?:on|in|at|by|of|for|from|with|to)[ ])[a-z][a-z-]*[ ]+){0,3}"
    r"([A-Z][a-z]{4,}+|[A-Z]{5,}+)(?![\w®™’'-])(?![ ][A-Z(])"
    r"(?![ ](?:platforms?|technolog(?:y|ies)|systems?|unit|division|team|board|pipeline|"
    r"portfolio|of|for|to|and)\b)"
    # (nor a trial's name: "Mologen's IMPALA failed phase 3 trial of X")
    r"(?![ ](?:[\w-]+[ ]){0,3}(?:trials?|study|studies)\b)"
)
# word endings of English (and of names that are no drug's): "Chairman", "Institute"
_ENGLISH_ENDING = re.compile(
    r"(?:ed|ing|ive|al|ion|ent|ant|ure|ity|ary|ory|ship|ness|ment|er|or|ic|ics|ism|ist|age|"
    r"ance|ence|ery|ty|ly|ous|ful|less|able|ible|ogy|ies|es|ts|ds|rs|ns|ls)$"
)
# (the months no English ending turns away: "PharmaMar's announcement on August 26th")
# (the months that are capitalised words of five letters or more, and the days)
_NOT_BRAND_WORDS = frozenset(
    {"Phase", "March", "April", "August", "Monday", "Tuesday", "Wednesday", "Thursday",
     "Friday", "Saturday", "Sunday"}
)  # fmt: skip


def _possessive_brands(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """Brands a company's possessive names ("Tesaro's Zejula gives Glaxo a PARP inhibitor"):
    molecules, though no INN or mark is written beside them."""
    if "’" not in text and "'" not in text:
        return []
    occupied = _occupied(text, spans)
    out: list[Span] = []
    for org in (s for s in spans if s.kind == ORG):
        m = _POSSESSIVE_BRAND.match(text, org.end)
        if not m:
            continue
        name = m.group(1)
        start, end = m.span(1)
        if (
            occupied.find(1, start, end) >= 0
            or name in _NOT_BRAND_WORDS
            or _ENGLISH_ENDING.search(name.lower())
            or PLACE_NAME.fullmatch(name)
            or not _unknown_capitalised(text, name, vocab)
        ):
            continue
        out.append(Span(MOLECULE, start, end, name, name))
        occupied[start:end] = b"\x01" * (end - start)
    return out


def _linked_brands(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """An unmarked brand the text links to an INN: "BRUKINSA (zanubrutinib)", "Otezla
    (apremilast)" or "zanubrutinib (BRUKINSA)", or the INN's clipped short name after it
    ("(zor-cel)"). Only linked names: a capitalised word alone is too often an acronym or an
    ordinary word."""
    occupied = _occupied(text, spans)
    out: list[Span] = []

    def free(start: int, end: int) -> bool:
        return occupied.find(1, start, end) < 0

    for span in spans:
        if span.kind != MOLECULE or not (
            span.text[:1].islower()
            # an INN capitalised as a name: "NexQX19 (Zorbagene autoleucel)"
            or _STRONG_STEM.search(span.text.split(" ")[-1].lower())
            or _LABELLED.search(text, max(0, span.start - 30), span.start)
            # a DrugBank name in title case: "ONIVYDE (Irinotecan Liposome Injection)"
            or (span.key.startswith("DB") and span.text.istitle())
        ):
            continue
        for m, closed in (
            (_CAPS_BRAND_BEFORE.search(text, max(0, span.start - 40), span.start), True),
            (_CAPS_BRAND_AFTER.match(text[span.end : span.end + 40]), False),
            (_BRAND_OR_BEFORE.search(text, max(0, span.start - 40), span.start), None),
        ):
            if not m:
                continue
            if closed and not _INN_CLOSE.match(text[span.end : span.end + 40]):
                continue
            if closed is None and not _GLOSS_CLOSE.match(text[span.end : span.end + 3]):
                continue
            name = m.group(1)
            if name in vocab.gene_surface or name in vocab.not_brands or name in vocab.not_orgs:
                continue
            if not name.isupper() and (
                name in vocab.companies or ("-" not in name and _lower_word_in(text, name.lower()))
            ):
                continue  # a company, or a common word ("Placebo (...)") seen in lower case
            start = span.end + m.start(1) if closed is False else m.start(1)
            end = start + len(name)
            if free(start, end):
                out.append(Span(MOLECULE, start, end, name, name))
    return out


# "zorbimab, which Acme markets under the brand name Zorvexa", "Zorbimab was launched with
# the trade name ZORVEXA® Injection", "zorbimab (brand name: "Zorvexa")": the name a drug
# named before it in the sentence is sold under, whether another rule read it as a drug of
# its own, as a company ("under the brand name Zorvexa Plus, a company statement said") or
# not at all ("under the brand name of ZorMAb")
_BRAND_NAMED = re.compile(
    r"(?:(?:[Uu]nder|[Ww]ith)\s+the\s+|\(\s*)(?:brand|trade)\s+names?(?:\s+of|\s*:)?\s+"
    r"[\"'“‘]?([A-Z][A-Za-z0-9\-]*[A-Za-z0-9])(?![\w\-])"
)


def _brands_named_after(text: str, spans: list[Span], vocab: Vocab) -> list[Span]:
    """A brand `_BRAND_NAMED` reads becomes a name of the one drug named before it in its
    sentence (none where the sentence names several: which one is sold so is not said)."""
    if "brand name" not in text and "trade name" not in text:
        return spans
    for m in _BRAND_NAMED.finditer(text):
        name = m.group(1)
        start, end = m.span(1)
        if (
            len(name) < 3
            or name in vocab.gene_surface
            or name in vocab.companies
            or name in vocab.not_brands
            or name in vocab.not_orgs
        ):
            continue
        opening = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        before = {
            s.link or s.key
            for s in spans
            if s.kind == MOLECULE and opening <= s.start and s.end <= m.start()
        }
        if len(before) != 1:
            continue
        inn = before.pop()
        there = [s for s in spans if s.start < end and start < s.end]
        if not there:
            spans.append(Span(MOLECULE, start, end, name, name, link=inn))
        elif (
            len(there) == 1
            and there[0].kind == ORG
            and there[0].start == start
            # (not a company's name: "sold under the trade name of Bolt Pharma")
            and there[0].text.split()[-1] not in vocab.org_heads
            and not vocab.companies.get(there[0].text)
        ):
            spans.remove(there[0])  # a brand read as a company
            spans.append(Span(MOLECULE, start, end, name, name, link=inn))
        elif (
            len(there) == 1
            and there[0].kind == MOLECULE
            and not there[0].link
            and not there[0].key.startswith("DB")
        ):
            there[0].link = inn
    return spans


# "BRAND® Injection 135mg (Generic Name: inn)": a dosage form and strength may come between;
# Japanese releases name the registered product with its route, strengths and container,
# perhaps quoted, and label the INN in square brackets ("“BRAND® Intravenous Infusion
# 1200mg” (generic name: inn)", "BRAND Subcutaneous Injection 60 mg Syringes [generic name:
# inn (genetical recombination)]")
_LINK_PAREN = re.compile(
    rf"\s?(?:{MARK}|TM|\((?:R|TM)\))?"
    r"(?:\s+(?i:(?:intravenous|subcutaneous|intramuscular)\s+)?"
    r"(?i:injection|infusion|tablets?|capsules?|oral solution)"
    r"(?:\s+\d[\d.,]*\s?(?:mg|g|mL|ml)(?:\s*(?:,|and|/)\s*\d[\d.,]*\s?(?:mg|g|mL|ml))*"
    r"(?:\s+(?i:syringes?|vials?|pens?))?)?[”\"]?)?"
    rf"(?:\s*\(\s*(?:{_INN_LABEL})?(?:\d{{2,3}}[A-Z][a-z]?-)?|\s*\[\s*{_INN_LABEL}"
    rf"|\s*(?:--|[–—])\s*{_INN_LABEL})"
)
_SHORT_NAME_GAP = re.compile(r"\s*;\s*")
_CODE_THEN_INN_GAP = re.compile(r"\s*,\s*")
_ISOTOPE_PREFIX = re.compile(r"\d{2,3}[A-Z][a-z]?-$")
# ("Brand, or inn" glosses the brand; "either X or Y" and "x, y, or z" name several drugs;
# the other name may follow the brackets that gloss the brand: "Zorvexa (zorbimab), also
# known as ZX-101"; news style names the INN as the generic: "Zorvexa, known generically as
# zorbimab")
_LINK_WORDS = re.compile(
    r"\s*(?:,\s*or|\)?,?\s*(?:also known as|known generically as|generically known as|"
    r"formerly(?:\s+(?:known\s+as|called|named))?))\s+"
)
# "zorvitinib (marketed as ZORVIA®)", "zorvitinib (brand name: Zorvia)": the brand after
# the INN, named as what it is sold as
_BRAND_AFTER_GAP = re.compile(
    r"\s*[(,]\s*(?:(?:marketed|sold|commerciali[sz]ed|branded)\s+(?:as|under(?:\s+the\s+"
    r"(?:brand|trade)\s+name)?)|(?:brand|trade)\s+name(?:\s*:)?)\s+"
)
# ("zorbalisib (previously known as ZX-0084)": its earlier name, as "formerly" gives it;
# "zorbimab (product code: ZX-101)", "(development code: ZX-101)", "(code name: ZX-101)": its
# code, labelled)
_AKA_GAP = re.compile(
    r"\s*\(\s*(?:also\s+(?:known|referred\s+to)\s+as|a\.k\.a\.?|aka|"
    r"(?:formerly|previously)(?:\s+known\s+as)?|"
    r"(?i:(?:product|development|research|compound)\s+code|code\s+name)\s*:?)\s+"
)
# "DR-0201, now named SAR448501,", "ZX-012 (now called zorbimab)": the one drug's new name
_RENAMED_GAP = re.compile(
    r"\s*[(,]\s*(?:now\s+(?:named|called|known\s+as|designated(?:\s+as)?)|renamed)\s+"
)
# ("inn, formerly known as CODE": a drug's earlier name, whatever the case of the first)
_EARLIER_NAME = re.compile(r"\)?,?\s*(?:also known as|formerly)")


def link_parentheses(text: str, spans: list[Span]) -> list[Span]:
    """ "BRAND® (inn)" and "CODE (inn)": the outer name becomes an alias of the inner INN;
    "(inn; short-name)": the short name too."""
    mols = [s for s in spans if s.kind == MOLECULE]
    for a, b in itertools.pairwise(mols):
        gap = text[a.end : b.start]
        if (
            a.key != b.key
            and a.key.startswith("DB")
            and b.key.startswith("DB")
            # (but an INN's code in brackets is its own, whatever entries DrugBank keeps for
            # each: "fooximab (QX-011)")
            and not (
                a.text.islower()
                and _DRUG_CODE_SHAPE.fullmatch(b.text)
                and re.fullmatch(r"\s*\(\s*", gap)
                and text.startswith(")", b.end)
            )
        ):
            continue  # two reference drugs are two drugs, however the text joins them
        glossed = _LINK_WORDS.fullmatch(gap) is not None and (
            not a.text[:1].islower() or _EARLIER_NAME.match(gap) is not None
        )
        if _LINK_PAREN.fullmatch(gap) or glossed:
            labelled = _LABELLED.search(gap) is not None
            # (the INN may be capitalised as a name is: "Zorvexa (Zorbimab)")
            capitalised_inn = not a.text[:1].islower() and _STRONG_STEM.search(
                b.text.split(" ")[-1].lower()
            )
            # (or a DrugBank name beside a name DrugBank lacks: "ONIVYDE (Irinotecan ...)")
            in_drugbank = b.key.startswith("DB") and not a.key.startswith("DB")
            # (or a radioligand's carrier: "Zorvexa (177Lu-zorbimab tetraxetan)")
            in_drugbank = in_drugbank or _ISOTOPE_PREFIX.search(gap) is not None
            inn, other = (
                (b, a)
                if b.text[:1].islower() or labelled or capitalised_inn or in_drugbank
                else (a, b)
            )
            if a.key.startswith("DB") and not b.key.startswith("DB") and not labelled:
                # "idecabtagene vicleucel (ide-cel)": the DrugBank name is the INN, whatever
                # the case of the short name after it
                inn, other = a, b
            other.link = inn.key
        elif _AKA_GAP.fullmatch(gap) and text.startswith(")", b.end):
            b.link = a.key  # "ZX-012 (also known as INCZX0012)": the one drug's other name
        elif _RENAMED_GAP.fullmatch(gap) and text.startswith((")", ","), b.end):
            a.link = b.key
        elif _BRAND_AFTER_GAP.fullmatch(gap) and (
            a.text[:1].islower() or a.key.startswith("DB") or _STRONG_STEM.search(a.text.lower())
        ):
            b.link = a.key
        elif (
            _SHORT_NAME_GAP.fullmatch(gap)
            and text[: a.start].rstrip().endswith("(")
            and text[b.end : b.end + 1] == ")"
            and (a.text[:1].islower() or a.key.startswith("DB"))
        ):
            b.link = a.key  # "(idecabtagene vicleucel; ide-cel)": the INN and its short name
        elif (
            _CODE_THEN_INN_GAP.fullmatch(gap)
            and text[: a.start].rstrip().endswith("(")
            and text[b.end : b.end + 1] == ")"
            and _DRUG_CODE_SHAPE.fullmatch(a.text)
            and b.text.islower()
            and b.key.startswith("DB")
        ):
            a.link = b.key  # "Puyouheng (HX-008, pucotenlimab)": a code and its INN
        elif (
            gap == " "
            and text[: a.start].rstrip().endswith("(")
            and text[b.end : b.end + 1] == ")"
            and a.text.islower()
            and a.key.startswith("DB")
            and _DRUG_CODE_SHAPE.fullmatch(b.text)
        ):
            b.link = a.key  # "Tabosun (ipilimumab IBI-310)": the INN and its code
    return spans
