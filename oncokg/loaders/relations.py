"""Sentence-level relation rules: the ways press releases state the four fact types.

Each rule reads one sentence unit (title, dateline, bullet or prose sentence) and the mentions
inside it; an edge carries that unit as evidence. One function per fact type (`_targets`,
`_indications`, `_possessive_developers` and `_developers`, `_collaborations`); rules prefer
missing a fact to inventing one.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from operator import attrgetter
from typing import NamedTuple

from oncokg.extraction import Edge, Mention, Node
from oncokg.loaders.matching import (
    ACADEMIC,
    by_first_letter,
    find_all,
    holds_any,
    matches_from,
    words_first,
)
from oncokg.loaders.matching import each_opening as _each
from oncokg.loaders.matching import word_first as _word
from oncokg.loaders.normalize import Entities
from oncokg.loaders.recognize import (
    LIST_JOIN,
    MARK,
    MOLECULE,
    TARGET,
    Span,
    in_prior_therapy_list,
    listed_after,
)
from oncokg.loaders.sentences import Sentence
from oncokg.loaders.stages import trial_in
from oncokg.loaders.vocabulary import DISEASE, ORG, document_lower
from oncokg.loaders.vocabulary import lowered_pattern as _ci
from oncokg.schema import EdgeKind, Label

# What a molecule does to its target, said as a verb: "inhibits", "selectively binds to".
_ACTION = (
    r"(?i:inhibit|block|target|bind|bound|antagoni[sz]|degrad|modulat|activat|neutrali[sz]|"
    # ("X redirects T cells to tumour cells expressing Y": a T-cell engager's verb)
    r"deliver|redirect|silence|acts?\s+on\b|acting\s+on\b)\w*"
)
# "X injection (a ... antibody)": the product's dosage form between its name and what it is;
# Japanese releases name the registered product with its route, strengths and container
# ("BRAND® Intravenous Infusion 20 mg and 100 mg ("Brand"), the ... antibody")
_DOSAGE_FORM = (
    r"(?:\s+(?i:(?:intravenous|subcutaneous|intramuscular)\s+)?"
    r"(?i:injection|tablets?|capsules?|infusion|for injection|ointment|cream|gel)"
    r"(?:\s+\d[\d.,]*\s?(?:%|mg|g|mL|ml)(?:\s*(?:,|and|/)\s*\d[\d.,]*\s?(?:%|mg|g|mL|ml))*"
    r"(?:\s+(?i:syringes?|vials?|pens?))?)?[”\"]?)"
)
# (what may stand between a drug's name and what is said of it)
_AFTER_NAME = rf"{MARK}?\)?(?:\s*\([^()]{{0,40}}\))?(?:{_DOSAGE_FORM}(?:\s*\([^()]{{0,40}}\))?)?\s*"
# "makes X the first MET inhibitor approved": what X is made, as "X is" would state it; read
# only after a verb of making (`_MADE_BEFORE`)
_MADE_WHAT = r"the\s+(?:world['’]s\s+)?(?:first|only)\b"
_APPOSITIVE = re.compile(
    rf"^{_AFTER_NAME}(?:,|\(|\b(?:is|was|becomes|became|represents|remains|would\s+be|will\s+be|combines|comprises|consists\s+of|(?:is|was)\s+composed\s+of|incorporates)\b|(?<=[®™]\s)an?\b|–|—|-\s|:|(?:\w+\s+){{0,2}}?as\s+(?:an?|the)\b|"
    rf"{_MADE_WHAT}|"
    r"(?:(?:acts|works|functions)\s+(?:by|through|via)\s+(?:the\s+)?)?"
    r"(?:(?:\w+ly|also|further|selective|potent)\s+){0,2}" + _ACTION + r")"
    # "and" opening a new clause ends the phrase about the molecule; joining two words of it
    # ("target and inhibit", "potent and selective", "... and a selective inhibitor") does not,
    # nor does "and to" just before the target ("binds to A on ... and to B")
    r"(?:(?!\b(?:but|while|whereas)\b|\band\s+(?:[A-Z]|(?:the(?!\s+(?:first|only)\b)|it|its|their|our|we|they|this|"
    r"these|has|have|had|was|were|is|are|will|can|may|in|on|at|for|with)\b|to\b(?!\s+(?:the\s+)?$)))"
    r"(?:[^;.]|(?<=\d)\.(?=\d)))*$",
)
_MADE_AS_WHAT = re.compile(_AFTER_NAME + _MADE_WHAT)
_MADE_BEFORE = re.compile(r"\b(?:makes?|making|made)\s+$")
# "In addition to X, Acme has antibodies directed against PD-1": after the comma a clause
# with its own subject and verb begins; it says nothing of X
_CLAUSE_AFTER_COMMA = re.compile(
    r",\s+(?:[A-Z][\w-]*\s+){1,3}(?:has|have|is|are|was|were|will|also|today|plans?|"
    r"announced|said|reported)\b"
)
# "X is studied with a MEK inhibitor", "X plus an antibody that blocks PD-L1", "X is given
# after a tyrosine kinase inhibitor of EGFR": a drug class after "with", "plus" or a word of
# sequence or comparison is another drug given with, before or against X, and the target it
# names is that drug's ("with a CD3-binding arm" describes X itself).
_OTHER_DRUG_CUES = ("with", "plus", "after", "following", "prior", "than", "versus", "vs", "add-on")
_OTHER_DRUG_CLASS = re.compile(
    # ("as an add-on therapy to C5 inhibitors", "the X plus C5 inhibitor group")
    r"\b(?:with|plus|after|following|prior to|than|versus|vs\.?|add-on(?:\s+\w+)?\s+to)\s+"
    r"(?:(?:an?|another|the|its)\s+)?"
    # ("with Bolt's anti-EGFR antibody": the partner's owner may be named)
    r"(?:[\w-]+(?:['’]s?)?\s+){0,4}?"
    r"(?:inhibitor|antibody|antagonist|agonist|blocker|degrader|drug|therapy|agent|ADC)s?\b",
    re.IGNORECASE,
)
# "the mAb against CD38": a drug's class, referring back to it, and what it acts on.
_CLASS_AGAINST = re.compile(r"\s+(?:(?:directed|specific)\s+)?against\s+(?:the\s+)?")
# The end of a drug's class before its name: "the BTK inhibitor X", "..., X", the class's
# abbreviation and a dash ("the anti-PD-1 monoclonal antibody (mAb) – X –").
_CLASS_END = (
    rf"{MARK}?(?:\s*\([A-Za-z]{{2,6}}\))?(?:\s+program(?:me)?s?)?\s*[,–—(]?\s*[“\"‘']?"
    # "an antibody-drug conjugate (ADC) labeled X", "a degrader called X", "the CSF1R antibody
    # program, including X"
    r"(?:(?:called|named|dubbed|labell?ed|designated|known\s+as|including|such\s+as)\s+)?$"
)
_TARGET_THEN_MOL = re.compile(
    # (the class may be spelled out with its abbreviation: "CD19-targeted Chimeric Antigen
    # Receptor T cell (CAR-T cell) therapy X")
    r"^[\s\-)/]*(?:(?:[A-Za-z0-9\-]+|\([A-Za-z0-9\- ]{2,12}\))\s+){0,8}"
    # ("the interleukin-23 inhibitor MAb, Zorvexa": a monoclonal antibody's abbreviation)
    r"(?:inhibitors?|antibody|antibodies|mAbs?|antagonists?|agonists?|TKIs?|modulators?|"
    r"blockers?|degraders?|(?:immuno)?therap(?:y|eutics?)|candidate|drug|ADC|conjugate|engager|"
    r"bi-?specific|"
    r"nanobod(?:y|ies)|"
    # "Claudin18.2 CAR T Cells (X)": a cell therapy named by its cells, the name in brackets
    r"CAR[- ]?T[- ]cells?(?:\s*\()?)" + _CLASS_END,
    re.IGNORECASE,
)
# "A selective inhibitor of Bruton's tyrosine kinase (BTK), X is ...": a sentence opened by
# the drug's class, the drug named right after it.
# "its anti-CD19 engineered autologous T cell (CAR-T) immunotherapy product
# X": after an anti-X, a longer description of the drug's class may stand before its name.
_ANTI_BEFORE = re.compile(r"\banti[-‐‑]?(?:human\s+)?$", re.IGNORECASE)
_ANTI_TARGET_THEN_MOL = re.compile(
    # ("the anti-TIGIT program (A and B)": a program named by what it is against)
    # ("its anti-PD-1 mAb Zorvexa")
    r"^[\s\-)]*(?:[A-Za-z0-9\-()]+\s+){0,10}(?:antibody|antibodies|mAbs?|(?:immuno)?therapy|product|"
    r"candidate|drug|ADC|conjugate|engager|bi-?specific|nanobod(?:y|ies)|program(?:me)?s?)"
    + _CLASS_END,
    re.IGNORECASE,
)
_CLASS_OPENS = re.compile(
    r"\s*(?:An?|The)\s+(?:[\w-]+\s+){0,3}(?:inhibitor|antagonist|agonist|antibody|degrader|"
    r"blocker)\s+(?:of|against|targeting)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}\(?$"
)
_CLASS_THEN_MOL = re.compile(r"(?:\s*\([^()]{0,15}\))?\)?\s*,\s*$")
# A sentence whose subject refers back to the one drug of the sentence before: "It is being
# studied in ...", "Additionally, the antibody targets ...", "It is expected to be the first
# ..."; not "It is estimated that".
_ANAPHOR = re.compile(
    # (after an opening phrase: "Additionally, it", "In May 2025, the drug was approved")
    r"(?:(?:[A-Z][a-z]+ly|In addition|Also|Moreover|Furthermore|"
    r"(?:In|On|By|Since|Last|This|Earlier)\s[\w ]{2,24}?),\s+)?"
    r"((?:[Ii]t|The (?:drug|compound|antibody|molecule|medicine|medication|agent|"
    r"candidate(?: drug)?|investigational (?:drug|compound|therapy|medicine)))\b)"
    r"(?!\s+(?:is|was)\s+(?:\w+\s+){0,2}that\b)(?!\s+(?:is|was)\s+(?:(?:estimated|expected|"
    r"anticipated|believed|thought)(?!\s+to\b)|important|possible|likely|unclear|known|not)\b)"
)
# "these products", "both programs": the drugs of the sentence before, together
_PLURAL_ANAPHOR = re.compile(
    r"\b((?:[Tt]hese|[Bb]oth|[Tt]he two)\s+(?:product candidates|products|drugs|candidates|"
    r"therapies|compounds|programs|assets|molecules|antibodies|medicines))\b"
)
# "the second-generation BTK inhibitor", "the antibody", "this first-in-class molecule": a
# definite description of a drug class, in a sentence that names no drug, refers back like a
# pronoun.
_DEFINITE_CLASS = re.compile(
    rf"(?:{words_first('The|the|This|this')})\s+"
    # the class's own words ("third-generation ... (EGFR)"), not a phrase about another noun
    # ("epidermal growth factor receptor (EGFR)-tyrosine kinase inhibitor")
    r"(?:(?!(?:of|an?|for|in|with|to|and|by)\s)[\w-]+\s+|\([^()\s]{1,12}\)(?:-[\w-]+)?\s+){0,9}?"
    r"(inhibitor|antibody|mAb|"
    r"ADC|drug|compound|candidate|medicine|molecule|degrader|radioligand|radiopharmaceutical|"
    r"conjugate|antagonist|agonist|blocker|engager|bi-?specific|agent|therapy(?!\s+(?:area|class)))"
    r"\b(?!\s+(?:class|classes|market|field|space|landscape|industry|approach|"
    r"development|discovery|candidates?|products|pipeline)\b)(?!-)"
)
# The words one of which ends every match of `_DEFINITE_CLASS`, as written ("antagonist" holds
# "agonist", "bi-specific" "specific", "radioligand" "radio")
_CLASS_NOUNS = (
    *("drug", "therapy", "candidate", "inhibitor", "antibody", "agent", "compound", "medicine"),
    *("molecule", "mAb", "ADC", "conjugate", "agonist", "blocker", "engager", "specific"),
    *("degrader", "radio"),
)


def _definite_class(text: str, sent: Sentence) -> re.Match[str] | None:
    """The first definite description of a drug class in the sentence (a literal test, the
    class's words, spares most sentences the search)."""
    if not holds_any(text[sent.start : sent.end], _CLASS_NOUNS):
        return None
    return _DEFINITE_CLASS.search(text, sent.start, sent.end)


# "the company" (not "the company's"), "the biotech", "the drugmaker": the organisation the
# sentence before is about, when it names one only
_THE_COMPANY = re.compile(
    # ("the Chinese startup": its origin may be said)
    # (the word before its boundary check, `words_first`: the search skips to its letters)
    f"(?:{words_first('The|the')})"
    # (or "the Company", a release's defined name for its issuer: not "The Medicines Company")
    r"\s+(?:(?:[A-Z][a-z]+\s+)?(?:company|biotech|drugmaker|firm|start-?up)|Company)\b(?![’'\-])"
)
# what may come before the word opening a sentence: "“This candidate ..."
_QUOTE_OPENS = re.compile(r"[“\"']?")
# the marks a quotation opens with
_OPENING_QUOTES = ("“", '"')
# "an experimental treatment for D", "its experimental drug to treat D", "Acme's pill for D":
# one drug that a sentence naming none leaves unnamed, and what it is for (the diseases listed
# right after the cue)
_UNNAMED_DRUG_FOR = _ci(
    r"\b(?:an?|its|their|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:drug|treatment|therapy|medicine|"
    r"medication|candidate|compound|antibody|pill)\s+(?:(?:being\s+)?(?:studied|tested|"
    r"developed|evaluated)\s+)?(?:for|to\s+treat)\s+"
    # ("its treatment for adults with D")
    r"(?:the\s+treatment\s+of\s+|(?:patients|adults|people|children)\s+with\s+)?"
)
# (the nouns of `_UNNAMED_DRUG_FOR`, one of which each match holds: "medic" for two)
_UNNAMED_DRUG_NOUNS = (
    "treatment", "therapy", "drug", "medic", "candidate", "compound", "antibody", "pill"
)  # fmt: skip
# what joins the diseases of such a list: "D1, D2 and D3", "D1 (D1A) or D2"
_DISEASE_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)")
# the words that may qualify the first disease of such a list, outside its mention
# ("moderate-to-severe plaque psoriasis", "relapsing multiple sclerosis", "advanced D")
_DISEASE_QUALIFIERS = re.compile(r"(?:(?:[a-z]+-[a-z-]+|[a-z]+(?:ing|ed|ic|ent|ory))\s+){1,3}")
# The sentence after it, naming that drug through a definite description: "The drug, X, is
# approved for D2", "after taking the drug, called X,", "the twice-daily pill--known as X--"
# (not "The other candidate, Y,": another drug)
_NAMED_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?!(?:other|another|second|third|next|latter|former)\b)"
    r"(?:[\w-]+\s+){0,2}?(?:drug|treatment|therapy|medicine|medication|candidate|compound|"
    r"antibody|pill|product)\s*(?:,|--|[—–])\s*(?:(?:called|named|known\s+as)\s+)?$"
)
# A sentence about the trials of the drug the sentence before was about, naming no drug:
# "Phase III studies are ongoing in A and B", "The trial will enrol patients with C".
# Also a list of the indications the sentence before gave the drug: "X has approval for five
# indications. These indications are A, B and C."
_TRIAL_TALK = re.compile(
    # ("MCL is one of the targeted sub-indications, along with FL and MZL")
    r"\b(?:[Tt]rials?|[Ss]tud(?:y|ies)|[Tt]hese\s+indications|(?:sub-?)?indications\b|"
    # "The approval covers patients with D", "The committee's positive opinion applies to
    # patients with D" (not "the first approval of a class for D")
    r"(?<![\w-])(?:[Tt]he|[Tt]his)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:approval|authori[sz]ation|designation|opinion|recommendation)(?!\s+of\b))\b"
)
# "Acme's products are examined in clinical trials for D": the trials of a company's whole
# portfolio, not of the drug the sentence before was about.
_PORTFOLIO_TRIALS = _ci(
    r"\b(?:its|their|our|[\w-]+['’]s?)\s+(?:[\w-]+\s+){0,2}?(?:products|product\s+candidates|"
    r"candidates|pipeline|portfolio|programs|programmes|therapies|drugs|medicines|assets)\b"
)
# "X in combination with Y is approved ... . The combination is meant to treat D": a
# sentence opened by the combination, naming no drug, is about every drug combined before.
_THE_COMBINATION = re.compile(
    r"(?:[A-Z][a-z]+(?:ly)?,\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?combination(?:\s+(?:therapy|"
    r"regimen|treatment))?\b(?!\s+of\b)"
)
# "Acme has dosed the first patient with its lead drug, a PARP inhibitor." names the drug in
# the next sentence, which opens with it ("ZX-101 (olaparib) will be tested ...").
_ITS_DRUG = _ci(
    r"\bits\s+(?:[\w-]+\s+){0,3}?(?:drug|candidate|product|asset|compound|antibody|therapy|"
    r"inhibitor|medicine)\b"
)
# ("The antibody QX-101 ...", "The drug, QX-101, ...", "The oral drug, called QX-101, ...")
_OPENS_WITH = re.compile(
    r"\s*(?:[Tt]he\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+,\s+(?:(?:called|named)\s+)?)?)?"
)
# "compounds from the Acme pipeline", "several assets of Acme's portfolio"
_PIPELINE = r"(?:['’]s?)?\s+(?:pipeline|portfolio)\b"
_PIPELINE_AFTER = re.compile(_PIPELINE)
_FROM_BEFORE = re.compile(r"\b(?:from|of|in)\s+(?:the\s+)?$")
_ASSETS_FROM = _ci(
    r"\b(?:assets?|compounds?|candidates?|drugs?|programs?|products?|molecules?|agents?)\s+"
    r"(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$"
)
_LIST_COLON_AFTER = re.compile(rf"(?:{_PIPELINE})?\s*:")
_LISTS = re.compile(r"\b(?:include[sd]?|including|are|comprise[sd]?)\b|:")
# "Bolt will be responsible for all commercialization activities in Europe": a duty for the drug
# the sentence before is about
_RESPONSIBLE_FOR = _ci(
    r"\bresponsible\s+for\s+(?:all\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:commerciali[sz]ation|marketing|distribution|development|sales)\b"
)
# "The companies will jointly develop X": the two organisations last named together.
_THE_COMPANIES = re.compile(r"\b(?:[Tt]he|[Bb]oth)\s+(?:two\s+)?(?:companies|partners)\b")
# drugs the text rules out for the patients: "... and Y are not considered appropriate
# treatment options", "X is not suitable"
_RULED_OUT_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|,\s*and)\s*[\w-]+){0,4}\s+(?:is|are)\s+not\s+(?:considered\s+)?"
    r"(?:an?\s+)?(?:appropriate|suitable|an\s+option|options?)\b"
)
_FOLLOWED_BY_BEFORE = re.compile(r"\bfollowed\s+by\s+$")
# "the safety of X", "a trial evaluating X": the drug a sentence studies
_STUDIED_BEFORE = re.compile(r"\b(?:of|evaluating|examining|investigating)\s+(?:[\w-]+\s+){0,2}$")
_COMBINES = _ci(rf"combin|{_word('plus')}\b")
_COMPARES = _ci(rf"{_word('versus')}\b|{_word('vs')}\b|compared|{_word('than')}\b")


def _cues(alternation: str) -> re.Pattern[str]:
    """`_ci` of many alternative cues, joined by their first letter (`by_first_letter`)."""
    return _ci(by_first_letter(alternation))


# Each word is written before its boundary check (`_word`): a branch opening with a letter is
# turned away at its first character, one opening with \b is tried (the search ~3x faster).
_PARTNER_CUE = (
    # ("in combination with X", "reporting more on the combination with X", "the combination
    # of an oncolytic virotherapy with a checkpoint inhibitor such as X")
    rf"combinations? with|combined with|combination of\b[^.;]{{0,80}}?\bwith|"
    rf"{_word('plus')}\b|{_word('versus')}\b|"
    rf"{_word('vs')}\.?|"
    # a headline's comparison: "X Beats Y in Phase 3 Trial", "X outperforms Y"
    rf"{_word('beat')}s?\b|{_word('outperform')}\w*|{_word('surpass')}\w*|{_word('bested')}\b|"
    # "an ADC rival to Y", "was unable to improve on Bolt's Y", "compares the efficacy between
    # X and Y", "the potential to compete with blockbuster Y", "a market dominated by Y"
    r"rivals?\s+(?:to|of)|competitors?\s+(?:to|of)|compet(?:e|es|ing)\s+(?:with|against)|"
    r"dominated\s+by|"
    r"improve\s+(?:up)?on|compar\w*\b[^.;]{0,60}?\bbetween\b[^.;]{0,40}?\band|"
    # ("superiority compared to the company’s currently marketed Y")
    r"compared\s+(?:to|with)|"
    # "a head-to-head trial against Y"
    rf"{_word('against')}\b|"
    # "approved for use with X", "used together with X", "added to X", "as an add-on to X"
    r"for use with|used with|its\s+use\s+with|their\s+use\s+with|together with|along with|"
    # "Brand, a novel oral formulation of Y", "Brand, in which the active pharmaceutical
    # ingredient is Y", "a psoriasis cream (Y and Z) sold as Brand": what a product is made of
    r"formulations?\s+of|active\s+(?:pharmaceutical\s+)?ingredients?\s+(?:is|are|of)|"
    # (an unnamed product's dosage form, its ingredients in brackets: not "Brand tablets (inn)")
    r"\ban?\s+(?:[\w-]+\s+){0,2}?(?:cream|ointment|gel|foam|lotion|tablet|capsule)(?=\s*\()|"
    r"added to|add-?on (?:therapy |treatment )?to|"
    rf"{_word('superior')}(?:ity)? (?:[\w-]+ ){{0,2}}?to\b|inferiority to|"
    r"compared (?:[\w®™’'\-]+ ){0,3}?(?:with|to)|"
    # "shrank tumours in 22 per cent of patients, compared to 13 per cent of those receiving Y"
    r"compared\s+(?:with|to)\s[^.;()]{0,40}?\b(?:those|patients)\s+(?:receiving|given|on)|"
    # "That trial is comparing the drug, which inhibits all three VEGF receptors, with X",
    # "a trial comparing Acme's X to Bolt's Y"
    # (the first drug's brackets may hold its code, brand and maker)
    r"comparing\b(?:[^.;()]|\([^()]{0,60}\)){0,80}?\b(?:with|against|to)|"
    rf"{_word('over')}\b|standard of care|{_word('than')}\b|{_word('or')} with\b|"
    rf"{_word('with')} or without\b|{_word('after')}\b|"
    rf"{_word('following')}\b|{_word('prior')}\b|experience\w*|"
    # "for pancreatic cancer post gemcitabine based therapy": a prior therapy
    rf"{_word('post')}\b|"
    # ("patients previously treated with X", not "the first patient has been treated with X",
    # the drug the trial gives)
    # (one alternative per opening word, `_each`: every alternative then opens with a letter,
    # and the search skips to those letters instead of trying the cues at each offset)
    + _each(r"previously|already|heavily|initially|prior", r"\s+treated\s+with")
    + "|"
    + r"who\s+(?:had|have)\s+(?:\w+\s+)?been\s+treated\s+with|"
    rf"pretreated|refractory to|failed|{_word('either')}\b|chemotherapy(?![,;])|"
    # "patients who had undergone surgery and adjuvant treatment with X": a prior therapy
    + _each(
        "undergone|had received|previously received",
        r"\s+(?:[\w-]+\s+){0,4}?(?:treatment|therapy)\s+with",
    )
    + "|"
    + _each("inadequate|insufficient|lost|loss of|no|prior", " response (?:or intolerance )?to")
    + "|"
    # "patients who were not helped by the drug X": what failed them
    + r"not\s+helped\s+by|"
    # "conditioning patients without the use of busulfan": what is spared
    + rf"{_word('without')}\b|"
    # "the third drug in a class of immunomodulatory agents that includes X and Y": the class's
    # other members
    + rf"{_word('class')}\s+of\s+[^.;]{{0,60}}?\b(?:that\s+includes?|including|such\s+as)|"
    # "patients who did not respond to other treatments, such as X and Y"
    + _each(r"did\s+not|do\s+not|does\s+not|had\s+not|failed\s+to", r"\s+respond(?:ed)?\s+to")
    + "|"
    # ("patients with hypersensitivity to E. coli-derived asparaginase": a prior therapy)
    + r"intoleran\w* (?:to|of)|resistan\w* to|hypersensitiv\w* to|allerg\w* to|"
    + _each(
        "ineligible|not eligible|unfit|unsuitable|not suitable|not appropriate|"
        "not (?:a )?candidates?",
        " (?:to receive|for)",
    )
    + "|"
    + r"previously received|have received|had received|after receiving|"
    + _each("switch|transition", r"\w*\s+from")
    + "|"
    + r"progressed (?:on|after|following)|"
    # "Besides X, Acme will also get Y": the drug set aside is not the sentence's (the word
    # first, then what opens it: the text's start, a line's or a sentence's)
    + "|".join(
        rf"{w}(?:(?<=^{w})|(?<=\n{w})|(?<=\.\s{w}))"
        for w in ("besides", "beyond", "apart from", "aside from", "in addition to")
    )
    + "|"
    # "received prior treatment with three or more kinase inhibitors, including X"
    # ("two prior treatment regimens, one of which must include Y")
    + _each(
        r"prior|previous(?:ly)?",
        r"\s[^.;()]{0,80}?\b(?:including|such as|(?:which|that)\s+(?:\w+\s+){0,2}?include[sd]?)",
    )
    + "|"
    # "people who have tried at least two other medicines, including Y and Z": a count of
    # earlier treatments lists them, whatever the verb
    + _each(
        r"at least|(?:one|two|three|four|\d+) or more",
        r"\s+(?:[\w-]+\s+){0,3}?(?:therapies|treatments|regimens|lines|medicines|drugs|agents)\b"
        r"[^.;()]{0,40}?\b(?:including|such as)",
    )
    + "|"
    # "how X performed in comparison to approved anti-IL-17 antibodies such as Y, Z and W"
    + _each(
        "in comparison (?:to|with)|compared (?:to|with)",
        r"\s[^.;()]{0,60}?\b(?:including|such as)",
    )
    + "|"
    # "a new option beyond existing TKIs such as Y and Z", "a market dominated by checkpoint
    # inhibitors, including the best-selling Y": drugs already there, the field's
    + _each(
        "existing|currently available|marketed|older|first-generation|dominated by",
        r"\s[^.;()]{0,40}?\b(?:including|such as)",
    )
)
# (the cues joined by their first letter: the search ~3x faster)
_PARTNER_BEFORE = _ci(
    rf"(?:{by_first_letter(_PARTNER_CUE)})"
    # (what may stand between: a few words, a maker's ticker "Bolt's (NYSE: BLT) Y" or legal
    # form "Bolt Inc.'s Y", a class and its members "agents (HMAs; Y, Z)")
    r"[\s,(]+(?:(?:[\w®™’'/.\-]+(?:\s*\([^()]{0,20}\))?|\([^()]{0,20}\))[\s,;(]+){0,5}$",
)
# "X, a biosimilar to Brand (inn)", "a proposed biosimilar of Brand", "a biosimilar candidate
# referencing Brand": the reference product a biosimilar copies, a comparator (no edges,
# ANNOTATION.md), named in the tail the partner cues allow (a brand, its INN in brackets,
# another brand after a slash: "Brand® / Brand2® (inn)"); or named right before the word, as
# the kind of an unnamed biosimilar or of the one named beside it ("Acme Announces Inn
# Biosimilar", "the first inn biosimilar")
_REFERENCE_PRODUCT_BEFORE = re.compile(
    r"\bbiosimilars?\s+(?:(?:candidate|version|product|copy)s?\s+)?"
    r"(?:to|of|for|referencing)\s+(?:the\s+reference\s+(?:product|medicine)\s+)?"
    r"(?:(?:[\w®™’'/.\-]+(?:\s*\([^()]{0,20}\))?|\([^()]{0,20}\))[\s,;(/]+){0,4}$"
)
_REFERENCE_PRODUCT_AFTER = re.compile(rf"{MARK}?(?:\s*\([^()]{{0,30}}\))?[\s-]+biosimilars?\b")
# what a biologic's INN ends with (the drugs biosimilars copy: antibodies, fusion proteins,
# growth factors, erythropoietins): a biosimilar's own code or brand is no such name
_BIOLOGIC_INN = re.compile(r"(?:mab|cept|grastim|poetin)$")
# A drug opening a clause of its own after another ("... after chemotherapy, and Y is a
# CTLA-4 inhibitor approved for melanoma"): the subject of that clause, no partner
_OPENS_A_CLAUSE = re.compile(r"[,;]\s+(?:and|while|whereas|but)\s+$")
_SUBJECT_VERB_AFTER = re.compile(
    rf"{MARK}?(?:\s*\([^()]{{0,40}}\))?\s+(?:is|was|has|had|will|received)\b"
)
# "whose tumors express PSMA as determined by Acme's PET imaging agent X": the diagnostic
# that selects the patients, no treatment of their disease
# (each word before its boundary check, `words_first`: the search skips to its letters)
_DIAGNOSED_BY = _ci(
    f"(?:{words_first('determined|detected|identified|selected|confirmed|measured')})"
    r"\s+(?:by|with|using)\s+"
    r"(?:[\w’'-]+[\s(]+){0,6}$"
)
# (the words `_DIAGNOSED_BY` opens with)
_DIAGNOSED_WORDS = ("determined", "detected", "identified", "selected", "confirmed", "measured")
_RESPONDERS_TO = re.compile(
    r"\b(?:inadequate|insufficient|incomplete|non-?)\s*responders?\s+(?:or\s+intoleran\w+\s+)?"
    r"to\s+(?:(?:prior|previous|conventional|standard)\s+)?$"
)
_SUPPORTIVE_AFTER = re.compile(
    r"\s+as\s+(?:an?\s+)?(?:pre-?medication|prophyla\w+|supportive\s+care|rescue\s+medication)"
    # "patients with Rituxan(R) (rituximab) refractory NHL", "ibrutinib-naive patients": the
    # patients' history with the drug
    rf"|{MARK}?(?:\(r\))?(?:\s*\([^()]{{0,30}}\))?(?:\s+|-)(?:refractory|resistant|naive|naïve|"
    r"pretreated|pre-treated|intolerant)\b"
    # "prior to a platinum/etoposide-containing regimen": a part of another regimen (the
    # hyphen may be a space: "progressed during a rituximab containing regimen")
    r"|[-\s]containing\s+(?:[\w-]+\s+)?(?:regimens?|chemotherap(?:y|ies)|therap(?:y|ies))\b"
    # "mice with dextran sodium sulfate (DSS)-induced colitis": what causes the disease
    r"|(?:\s+[\w-]+){0,2}(?:\s*\([^()]{0,20}\))?-induced\b"
)
# between two drugs, perhaps of two makers: "Acme's X with Bolt's Y", "PADCEV® with KEYTRUDA®"
_WITH_ANOTHER = re.compile(
    rf"{MARK}?(?:\s*\([^()]{{0,40}}\))?\s+with\s+"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s?\s+)?"
)
_COMPARISON_OPENS = re.compile(r"(?:By|In) (?:comparison|contrast),")
_AT_ONCE = re.compile(r"\s*(?:the\s+)?")
# "the combination of Brand and ABC-123", "the combination of Bolt's BRAND (inn) with Acme's
# candidate ABC-123": a marketed drug (a brand standing for an INN) named first and a
# development code after it; the code is the drug under study, the brand its backbone partner
_BRAND_NAME = re.compile(r"[A-Z][A-Za-z]{2,}")
_DRUG_CODE = re.compile(r"[A-Za-z]{1,6}[- ]?\d{2,}[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_INN_ID = re.compile(r"molecule:[a-z]+(?:-[a-z]+)*")
# (before the brand, perhaps its maker and class: "of Bolt's anti-PD-1 therapy, BRAND")
_BACKBONE_BEFORE = re.compile(
    r"\s*(?:the\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}['’]s?(?:\s+[\w-]+){0,4},?\s+)?"
)
# (where the combination's names end: "... and ABC-123 to show", "... ABC-123 for patients")
_COMBINATION_ENDS = re.compile(r"[;.]|\s(?:for|in|to|as|at|among|who|which|that)\s")
# ("the combination of X and Y"; "an IND for combination therapy of X and Y")
_COMBINATION_OF = _ci(
    r"\b(?:(?:the|a)\s+(?:[\w-]+\s+){0,2}?combinations?|"
    r"combination\s+(?:therapy|therapies|regimens?|treatments?))\s+of\b"
)
# From one combination partner to the next: "with A (branded as X by Y) and chemo agent B"
_PARTNER_NEXT = _ci(
    # ("resistant to A (a; Bolt) or B (b; Zeno)": the brackets may name the maker)
    rf"{MARK}?(?:[;,][^();]{{0,40}})?\)?\s*(?:\([^()]{{0,60}}\)\s*)?"
    # ("Y (y), an oral CDK4/6 inhibitor, and the hormone therapy Z": a partner's appositive)
    r"(?:,\s+an?\s+[^();,]{1,40})?"
    # ("and Bolt's (NYSE: BLT) B": the maker, perhaps with its ticker)
    # (not into another combination: "of X and Y or combination therapy of X, Y and Z")
    r"(?:,\s*(?:and\s+|or\s+)?|and/or\s+|and\s+|or\s+|plus\s+|/)"
    r"(?:(?:(?!combinations?\b)[\w’'-]+\s+){0,3}|"
    # ("plus A and Bolt's EGFR-targeted monoclonal antibody B": a partner's maker and class,
    # words of no clause of their own)
    r"(?:(?!(?:combinations?|as|to|of|in|for|with|the|an?|is|are|was|will)\b)[\w’'-]+\s+){4,6})"
    r"(?:\([^()]{0,20}\)\s+)?\(?"
)
# "after failure of autologous stem cell transplant and Y", "following two or more lines of
# systemic therapy, including Y", "who have received at least three prior therapies, including
# a proteasome inhibitor, an immunomodulatory agent and Y": a drug that closes a course of earlier
# treatment (a procedure, a count of lines or regimens) is a prior therapy however many words
# the course takes (the partner cues reach a few words past their own)
_PRIOR_COURSE_BEFORE = _ci(
    r"\b(?:after|following|despite|failure\s+of|failed|progressed\s+(?:on|after|following)|"
    r"relapsed\s+(?:on|after|following)|(?:have|has|had|previously)\s+received)\s+"
    r"(?:[\w/+-]+\s+){0,8}?"
    r"(?:therap(?:y|ies)|regimens?|lines|treatments|transplant(?:ation)?s?|asct|hsct|"
    r"chemotherap(?:y|ies)|radiotherapy)"
    r"(?:\s*\([^()]{1,12}\))?"
    # ("... transplantation and post-transplantation Y", "... (ASCT) and treatment with Y",
    # "... transplantation and subsequent treatment with Y")
    r"(?:,?\s+(?:and|or|and/or)\s+(?:post-?transplant(?:ation)?\s+|subsequent\s+)?"
    r"(?:(?:treatment|therapy)\s+with\s+)?"
    # (after "including" the course's list may go on: "a proteasome inhibitor, ... and Y")
    r"|,?\s+(?:including|such\s+as)\s+(?:[^.;:()]{0,60}?(?:,|\band|\bor)\s+)?)$"
)
# (the words `_PRIOR_COURSE_BEFORE` opens with, and those it may end with just before the drug:
# literal tests that spare most units and most drugs the search)
_PRIOR_COURSE_OPENERS = (
    "after",
    "following",
    "despite",
    "failure of",
    "failed",
    "progressed",
    "relapsed",
    "received",
)
_PRIOR_COURSE_JOINS = (" and ", " or ", "and/or", "including", "such as")
# The sentence cues open with a letter (`_word` puts a word before its boundary check), so the
# engine skips to the letters they open with instead of trying them at every offset.
_INDICATION_CUE = _cues(
    rf"treat|patients|indicat|approv|trial|stud(?:y|ies|ied)|develop|investigat|{_word('NDA')}\b|"
    rf"{_word('test')}(?:s|ed|ing)?\b|assess|explor|enrol|market|commerciali|launch|"
    rf"{_word('IND')}\b|{_word('CTA')}\b|sBLA|"
    rf"{_word('BLA')}\b|{_word('MAA')}\b|sNDA|filing|submi|applications? for|designation|"
    r"opinion|label|authori[sz]|therapy for|review|"
    # a deal's scope: "acquires the global licence to X in D", "exclusive rights to X for D"
    r"licen[cs]e to|rights to|"
    rf"line|evaluat|program|pivotal|registrational|accepted|clinical|{_word('phase')}\b|"
    rf"{_word('data')}\b|{_word('results')}\b|"
    # "X targets tumours with ROS1 fusions in D", "engineered to target CD1d-expressing
    # hematological cancers", "X targets multiple myeloma"
    r"target(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,6}?(?:tumou?rs?|cancers?|malignanc(?:y|ies)|"
    r"leuka?emias?|lymphomas?|myelomas?|carcinomas?|sarcomas?)\b",
)
# Cues of `_INDICATION_CUE` it matches wherever they stand, the most common first
_INDICATION_WORDS = ("patients", "treat", "trial", "indicat", "approv", "develop", "clinical")
_PASSING = _ci(
    r"(?:responses?|activity|efficacy|benefit|observed|seen|reported)\s+(?:\w+\s+){0,3}in\s+"
    r"(?:\w+\s+){0,3}$",
)
# "a trial to evaluate the safety and efficacy of X in D", "will explore the drug's efficacy
# in D": the efficacy a study sets out to measure is in its indication, not said in passing.
_EVALUATES = _ci(
    r"(?:evaluat|assess|explor|investigat|examin|determin|characteri[sz]|measur|test)\w*\s+"
    r"(?:the\s+)?(?:[\w,'’-]+\s+){0,6}$"
    # "a trial for preliminary safety and efficacy in D": safety and efficacy are what a study
    # measures, never a result seen in passing
    r"|\bsafety\s+and\s+(?:preliminary\s+)?$"
)
# (words only: tested as substrings, no search)
_ADVERSE = ("adverse", "side effect", "toxicit", "warnings", "precautions", "serious infections")
_DEVELOP_CUE = _cues(
    r"develop|commerciali[sz]|licen[cs]|rights|co-promot|promot|market|manufactur|option|co-fund|"
    rf"partner|collaborat|approv|granted|{_word('our')}\b|{_word('its')}\b|portfolio|pipeline|"
    rf"program|discover|sponsor|submi|{_word('NDA')}\b|{_word('BLA')}\b|{_word('MAA')}\b|"
    # who files an investigational application (IND, CTA) for a drug sponsors its trials
    rf"{_word('IND')}s?\b|{_word('CTA')}s?\b|"
    # who withdraws a drug's application or indication filed it: "Acme withdraws Zorvexa
    # application", "Acme has withdrawn the US indications for Zorvexa (zorbimab)"
    r"withdr(?:aws?|awn|awing|ew)\s+(?:[\w.’'-]+\s+){0,3}?(?:applications?|indications?)\b|"
    r"acquire[sd]? (?:\w+ ){0,3}rights|investigational|"
    r"proprietary|candidate|co-commerciali|announc|opinion|authori[sz]|distribut|"
    # who initiates, begins, doses or enrols a trial of the drug sponsors it
    rf"initiat|{_word('dos')}(?:es|ed|ing)\b|{_word('beg')}(?:[ia]n|ins|un)\b|{_word('start')}(?:s|ed)?\b|enrol|"
    # ... or conducts it
    r"conduct(?:s|ed|ing)?\s+(?:[\w-]+\s+){0,4}?(?:trials?|stud(?:y|ies))\b|"
    # ... or presents its data: "Acme presents positive 12-week data from the Phase 2 trial"
    # ("plans to present a poster providing an interim update of data from the trial")
    # ("Acme Reports Positive Topline Results from Phase 3 Trial of X")
    # (one alternative per verb, `_each`: every cue then opens with a letter, and the search
    # skips to those letters instead of trying the cues at each offset)
    + _each("present|report", r"(?:s|ed|ing)?\s+[^.;]{0,60}?\b(?:data|results)\b")
    + "|"
    # ... or receives a regulator's designation for it ("Acme Receives Breakthrough Therapy
    # Designation for X"), as an approval
    + r"designation|"
    # "Kyverna is working on an allogeneic equivalent, KYV-201", "advancing X into Phase 2"
    rf"{_word('work')}(?:s|ing)?\s+on\b|{_word('advanc')}(?:es|ing)\b|"
    # what a company is known for is its product: "Acme is best known for Zorvexa"
    rf"{_word('known')}\s+for\b",
)
# Cues of `_DEVELOP_CUE` it matches wherever they stand, the most common first
_DEVELOP_WORDS = (
    *("develop", "partner", "market", "candidate", "approv", "collaborat", "program"),
    *("pipeline", "portfolio", "investigational", "manufactur", "option", "promot", "granted"),
    *("discover", "sponsor", "submi", "announc", "initiat", "enrol", "designation"),
)


# "acquired exclusive rights to" is a licence, not an acquisition.
# "has acquired six compounds, including X" takes the products, as a licence takes rights.
_ACQUIRE = _ci(
    # ("an option to acquire Y" is an option, no acquisition)
    r"acqui(?<!option to acqui)(?<!options to acqui)(?<!right to acqui)"
    r"(?!\w*\s+(?:[\w-]+,?\s+){0,3}(?:rights|licen[cs]e|option)|"
    r"red\s+(?:[\w-]+\s+){0,2}(?:compounds|products|assets|programs|molecules)\b)"
    r"|merger|tender offer|all-(?:stock|cash)\s+(?:transaction|deal)|"
    rf"{_word('purchase')}|{_word('buy')}|divest"
)
_ACQUIRE_WORDS = ("acqui", "merger", "tender offer", "all-", "purchase", "buy", "divest")
_DEAL_AFTER = r"\s+(?:and\s+\w+\s+)?(?:agreement|partnership|deal)"
# Taking rights to another's product: a licence, rights, an option (not "treatment options"),
# co-development, gaining a pipeline or assets.
_TAKES_RIGHTS = _cues(
    rf"licen[cs](?!e\s+applications?)|{_word('rights')}\b|"
    rf"{_word('option')}(?<!treatment option)(?<!therapeutic option)|co-develop|co-commerciali|"
    r"co-promot|jointly develop|distribut|"
    rf"acquir|{_word('gain')}(?:s|ed|ing)?\s+(?:[\w-]+\s+){{0,3}}"
    rf"(?:pipeline|portfolio|assets?)\b|development{_DEAL_AFTER}|commerciali[sz]ation{_DEAL_AFTER}|"
    r"partner\w*\s+to\s+(?:jointly\s+)?(?:develop|commerciali)"
)
# (a word each alternative holds)
_RIGHTS_WORDS = (
    "licen",
    "rights",
    "option",
    "co-",
    "jointly",
    "distribut",
    "acquir",
    "gain",
    "development",
    "commerciali",
    "partner",
)
# An option to rights, not yet exercised: "has co-commercialization options for Bolt's X",
# "an option to license X" gives no rights yet; "treatment options" is no deal.
_OPTION_TO_RIGHTS = _cues(
    _each(
        r"co-develop\w*|co-commerciali[sz]ation|co-promotion|licen[cs]\w*|development|"
        r"commerciali[sz]ation",
        r"\s+options?\b",
    )
    + rf"|{_word('option')}s?\s+(?:on|over)\s|"
    rf"{_word('option')}s?\s+to\s+(?:\w+\s+){{0,2}}(?:(?:in-)?licen[cs]|"
    r"develop|co-|commerciali|acquire|obtain|opt\b)"
    # "granted Bolt options to QX-006": an option on a drug named by its code
    rf"|{_word('option')}s?\s+(?:to|on|for)\s+(?-i:[A-Z]+-?\d)"
)
# "exercised its option", "opted in", "bought into the option": the rights are taken
# What follows an option's exercise, said before it happens
_UPON_EXERCISE = _ci(
    r"\b(?:upon|if|once|following|after|on|when)\s+(?:the\s+|its\s+|an?\s+)?(?:option\s+)?"
    r"exercis(?:e|ing)\b|\b(?:if|once|when|should)\s+\S+(?:\s+\S+)?\s+exercises\b"
)
# (each word before its boundary check, `_word`: the search skips to the letters they open with)
_EXERCISED = _ci(rf"exercis|{_word('opt')}(?:s|ed|ing)?[- ]in\b|{_word('bought')}\s+into\b")
# Who holds an option not yet exercised: named before its verb ("Bolt has (will receive) an
# option to ...", "Bolt has acquired an option to exclusively license", "Bolt has
# co-commercialization options for"), or granted one ("grants Bolt an exclusive option to
# license X"); not the payee of an option fee, nor a party naming a deal ("the Acme Option and
# License Agreement"). The holder has no rights to X yet.
_HOLDS_AN_OPTION = _ci(
    r"\s*(?:(?:has|have|had|holds?|will|would|receives?|received|obtains?|obtained|gets?|"
    r"gains?|also|acquired|secured|been\s+granted)\s+){1,3}"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?options?\b(?!\s+(?:fees?|exercise|payments?)\b)"
)
_GRANTED_AN_OPTION = _ci(r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?options?\b")
# (given one: "granting Bolt an option", "an agreement providing Bolt with an option to")
_GRANTING_BEFORE = _ci(r"\b(?:grant(?:s|ed|ing)?|provid(?:es|ed|ing)|giv(?:es|en|ing)|gave)\s+$")
# The option named as what lets the holder act: "the option would allow Bolt to license"
_OPTION_ALLOWS_BEFORE = _ci(
    r"\boptions?\s+(?:(?:would|will|could|may)\s+)?(?:allows?|enables?|entitles?|permits?)\s+$"
)
_TO_AFTER = _ci(r"\s+to\b")


def _holds_an_option(low: str, org: Span, sent: Sentence) -> bool:
    """Whether the sentence says organisation `org` holds an option (`low`: the lowered
    text)."""
    return bool(
        _HOLDS_AN_OPTION.match(low, org.end, sent.end)
        or (
            _GRANTING_BEFORE.search(low, max(sent.start, org.start - 12), org.start)
            and _GRANTED_AN_OPTION.match(low, org.end, sent.end)
        )
        or (
            _OPTION_ALLOWS_BEFORE.search(low, max(sent.start, org.start - 30), org.start)
            and _TO_AFTER.match(low, org.end, sent.end)
        )
    )


# A licence, not a "Biologics License Application" (a filing).
_LICENCE_WORD = r"licen[cs](?!e\s+applications?)"
# Every alternative opens with a letter (a word before its boundary check, `_word`, and
# "(?<!re)acquir" written "acquir(?<!reacquir)"): the engine then skips to the letters that
# open one, and turns a branch away at its first letter (the search ~3x faster).
_RIGHTS_AFTER = r"\w*\s+(?:[\w-]+,?\s+){0,3}?rights\b"  # ("the exclusive, worldwide rights")
# Deal wording the relation rules and the deal terms share: "a contract to transfer the
# technology of X to Bolt" (a licence), "the drug Acme develops with Bolt" (co-development)
TECHNOLOGY_TRANSFER = (
    r"technology\s+transfer|transfer(?:s|red|ring)?\s+(?:of\s+)?(?:the\s+|its\s+)?technolog"
)
DEVELOPS_WITH = r"develop(?:s|ed|ing)?\s+(?:it\s+)?with"
# An option a deal grants, not a medical one: "a new treatment option", "an oral option"
# (the word first, its lookbehinds after: a branch opening with a literal is skipped to)
DEAL_OPTION = (
    r"option(?<!treatment option)(?<!therapeutic option)(?<!therapy option)(?<!new option)"
    r"(?<!important option)(?<!additional option)(?<!effective option)"
    r"(?<!alternative option)(?<!valuable option)(?<!viable option)(?<!oral option)"
)
_COLLAB_CUE = _cues(
    r"collaborat|partner|alliance|agreement|" + _LICENCE_WORD + r"|" + DEAL_OPTION + r"|co-develop|"
    # (news's words for a deal: "its pact with Aurigene", "a tie-up with", "the collab")
    rf"{_word('pact')}s?\b|{_word('tie')}-ups?\b|{_word('collab')}s?\b|"
    # ("joint" of a joint venture or committee, not the joint of "joint damage")
    r"co-commerciali|co-promot|co-market|jointly|sublicen|"
    # "A and B will co-fund a Phase 3 trial of X": a shared cost, as shared profits
    r"co-fund|"
    r"joint\s+(?:[\w-]+\s+)?(?:venture|steering|development|research|committee|commerciali|"
    r"collaborat|program|effort|initiative|ownership|fund|investment|project|undertaking)|"
    r"team(?:s|ed|ing)?(?: up)? with|team(?:s|ed|ing)? up|join(?:s|ed|ing)? forces|"
    # (not "working within a research institute": where one works)
    r"work(?:ing|s)? with\b|work(?:ing|s|ed)? together|join(?:s|ed|ing)? with|"
    # "the medicine Acme is trying to develop with Bolt"
    rf"{DEVELOPS_WITH}\s+(?![\w-]+\s+(?:input|support|funding)\b)|"
    r"together with|distribut|"
    # "will share development costs and profits for X equally"
    r"shar(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?(?:costs|profits)\b|"
    # "acquired worldwide rights to X from Y": a licence
    rf"acquir(?<!reacquir){_RIGHTS_AFTER}|obtain(?<!reobtain){_RIGHTS_AFTER}|"
    rf"gain(?<!regain){_RIGHTS_AFTER}|secur(?<!resecur){_RIGHTS_AFTER}|"
    # "Acme has granted Bolt exclusive rights to X": a licence, its licensee named between
    rf"{_word('grant')}(?:s|ed|ing)?\s+(?:[\w-]+,?\s+){{1,5}}?rights\b|"
    # "Acme was authorized by Bolt to use X in the development of Y": a licence in the passive
    r"authori[sz]ed\s+by\s+(?:[\w.&-]+\s+){0,5}?to\s+(?:use|develop|commerciali[sz]e|"
    r"manufacture|market|sell)\b|"
    rf"{_word('deal')}\b|"
    # "signed a contract to transfer the technology of X to Bolt" (a licence as Korean and
    # Chinese releases write it), not a contract manufacturer
    + _each(r"signed|entered\s+into|concluded", r"\s+an?\s+(?:[\w-]+\s+){0,2}?contract\b")
    + "|"
    + TECHNOLOGY_TRANSFER,
)
# "Acme will pay Bolt $30 million upfront": a payment only a deal makes, between two parties
# (paid "to A and B", A and B are the payer's partners, not each other's).
# the payments a licence brings: "an upfront payment", "a $20 million milestone payment from Bolt"
# (news writes it in two words too: "Acme will pay Bolt $60 million up front")
# (each word before its boundary check, `_word`: the search skips to the letters they open with)
_LICENCE_PAYMENT = _ci(rf"{_word('up')}[- ]?front\b|{_word('milestone')}\s+payments?\b")
# What a company's unit is called, after its parent's name or before it ("the arm of X")
_UNIT_NOUNS = "arm|unit|engine|division|subsidiary|affiliate"
UNIT_NOUN = rf"(?:{_UNIT_NOUNS})"
# (each word written before its boundary check, `_word`, and "by" before what may not precede
# it: a branch is turned away at its first letter, the search ~3x faster)
_NOT_PARTY_BEFORE = re.compile(
    r"(?:subsidiaries of|a \w+(?: \w+)? [Cc]ompany of|part of|member of|"
    # "Janssen Biotech, one of the Janssen Pharmaceutical Companies of Johnson & Johnson"
    r"Companies of(?<=[a-z] Companies of)|"
    + _each(_UNIT_NOUNS, " of")
    + rf"|ownership of|owned by|{_word('from')}\b|{_word('at')}|"
    # "which is 60 percent owned by Swiss healthcare company X": the parent, described
    # ("owned by US medical device and drug developer X")
    + _each(
        "owned by|subsidiary of|part of",
        r"\s+(?:[\w-]+\s+){0,6}(?:company|group|firm|giant|conglomerate|drugmaker|developer|"
        r"maker|manufacturer)",
    )
    + "|"
    # "developed on a cell process platform of X": X supplied a technology
    + _each("platform|technolog(?:y|ies)|process", " of")
    + "|"
    # "sponsored by X" names no party; "developed (jointly) by X" names the developer, and
    # "licensed by X from Y" the licensee
    rf"{_word('by')}(?<!developed by)(?<!development by)(?<!jointly by)(?<!discovered by)"
    r"(?<!marketed by)(?<!commerciali[sz]ed by)(?<!licensed by)(?<!promoted by)"
    r"(?<!distributed by)"
    r"(?<!Developed by)(?<!Discovered by)(?<!Marketed by)\b)"
    r"\s+(?:[Tt]he\s+|its\s+|their\s+)?$"
)
# The words a phrase of `_NOT_PARTY_BEFORE` ends with, before the spaces closing it: its cues'
# last words and the articles that may follow them
_NOT_PARTY_LAST_WORDS = (
    *("of", "by", "from", "at", "company", "group", "firm", "giant", "conglomerate", "maker"),
    *("developer", "manufacturer", "the", "The", "its", "their"),
)


def _not_party_before(before: str) -> bool:
    """Whether `before`, the text before an organisation, ends with `_NOT_PARTY_BEFORE` (a
    literal test, the last word before the closing spaces, spares most texts the search)."""
    last = before.rstrip()
    return (
        len(last) < len(before)
        and last.endswith(_NOT_PARTY_LAST_WORDS)
        and bool(_NOT_PARTY_BEFORE.search(before))
    )


_OF_PARENT = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+of\s+(?:the\s+)?")
_TO_ORG = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# The licensor as the agent of a licence granted in the passive: "Acme said it has been granted
# an exclusive license by Bolt", "Acme was granted worldwide rights to X by Bolt", "Acme was
# authorized by Bolt to use X in the development of Y"
_GRANTED_BY = re.compile(
    r"\bgranted\s+(?:[\w,’'-]+\s+){0,5}?(?:licen[cs]es?|rights)\b[^.;:]{0,80}?\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AUTHORISED_BY = re.compile(r"\bauthori[sz]ed\s+by\s+(?:the\s+)?$")
_TO_USE = re.compile(r"\s+to\s+(?:use|develop|commerciali[sz]e|manufacture|market|sell)\b")


def _licensor_as_agent(u: _Unit, o: Span, before: str, licence: bool) -> bool:
    """Whether organisation o is named as the agent of a licence granted in the passive (the
    literal tests spare every other "by" the searches)."""
    if not before.endswith(("by ", "the ")):
        return False
    if licence and "granted" in u.slow:
        window = max(u.sent.start, o.start - 160)
        if _GRANTED_BY.search(u.text, window, o.start):
            return True
    # ("authorized by" a regulator names no organisation: only a company's grant is read)
    return (
        "authori" in before
        and bool(_AUTHORISED_BY.search(before))
        and bool(_TO_USE.match(u.text, o.end))
    )


# An investor named as its financing's: "a Johnson & Johnson Innovation – JJDC, Inc. Series B
# venture financing", "the Bolt Capital-led seed round"
_FINANCING_AFTER = re.compile(
    r"(?:\s*(?:[–—-]|,)?\s*(?:[A-Z][\w.&]*|&)){0,6}(?:-led|\s+led)?\s+"
    r"(?:Series\s+[A-F]\b|(?i:(?:venture|seed|equity)\s+(?:financing|investment|round)|"
    r"financing\s+round|private\s+placement))"
)
# An investor named as what it is or as the one that led the round: "according to new investor
# Bolt", "seed-stage venture fund Bolt", "Bolt and Quill co-led a $5 million series A round"
_INVESTOR_NAMED_BEFORE = re.compile(
    r"\b(?:investors?|venture\s+(?:capital\s+)?(?:fund|firm|investor)s?)\s+$"
)
_LED_ROUND_AFTER = re.compile(
    r"(?:,?\s+and\s+(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*)?\s+(?:co-)?led\s+"
    r"(?:an?|the|its)\s+(?:[^.;\n]|\.(?=\d)){0,60}?\b(?i:round|financing)\b"
)
# "Kite, a Gilead Company", "X (a Quillix company)": the parent of a party, not one itself
# ("Sandoz, a Novartis division": the unit's noun names the parent too)
_PARENT_NAMED = _ci(r"\s+(?:(?:group\s+)?company|division|subsidiary|affiliate)\b")
_APPOSITION_OPENS = re.compile(r"(?:\(|,\s)an?\s+$")


def _parent_in_apposition(u: _Unit, o: Span) -> bool:
    """Whether the organisation is named only as a party's parent ("Kite, a Gilead Company",
    "Kite Pharma, a subsidiary of U.S. drugmaker Gilead")."""
    return bool(
        (_PARENT_NAMED.match(u.low, o.end) or o.text.lower().endswith(" company"))
        and _APPOSITION_OPENS.search(u.text, max(u.sent.start, o.start - 5), o.start)
    ) or bool(_PARENT_OF.search(u.text, max(u.sent.start, o.start - 60), o.start))


# A possessive and up to four words after it, what the unit's noun follows: "Acme's biotech"
_POSSESSIVE_WORDS = r"[’']s?[ ]+(?:[\w.-]+[ ]+){0,4}?"
# "Acme's biotech unit", "Acme's wholly-owned subsidiary": the parent, then its unit's noun
_UNIT_OF_PARENT = re.compile(rf"{_POSSESSIVE_WORDS}{UNIT_NOUN}\b")


def _possessive_after(u: _Unit, o: Span) -> bool:
    """Whether a possessive's apostrophe follows the organisation's name: a literal test that
    spares most organisations the searches of what a possessive opens."""
    return u.text[o.end : o.end + 1] in ("'", "’")


# "Acme's (NYSE:ACM) Bolt Bio inks ...": the parent's possessive (its ticker may follow), then
# the unit's own name; not when that name only qualifies a deal or a drug ("Acme's Bolt
# acquisition", "Acme's Bolt-partnered drug")
_POSSESSIVE_BEFORE_NAME = re.compile(r"[’']s?(?:[ ]+\([^()]{1,30}\))?[ ]+(?=[A-Z])")
_QUALIFIES_AFTER = _ci(
    r"(?:[ ]+|-)(?:acquisition|purchase|takeover|buyout|merger|deal|transaction|partnership|"
    r"collaboration|alliance|agreement|licen[cs]e|partnered|licensed|derived|discovered)\b"
)


def _parent_of_named_unit(u: _Unit, oi: int, o: Span) -> bool:
    """Whether the organisation is named as the parent of a unit the sentence names ("Bolt
    Bio, Acme's biotech unit, gained rights to X", "Acme's Bolt unit", "Acme's subsidiary,
    Bolt Bio,", "Acme's (NYSE:ACM) Bolt Bio inks ..."): the unit is the party (an unnamed
    unit, "Acme's oncology unit", is Acme)."""
    unit = _UNIT_OF_PARENT.match(u.text, o.end)
    if not unit:
        named = _POSSESSIVE_BEFORE_NAME.match(u.text, o.end)
        return named is not None and any(
            x.start == named.end()
            and u.node[xi] != u.node[oi]
            and not _QUALIFIES_AFTER.match(u.text, x.end)
            for xi, x in u.orgs
        )
    return any(
        u.node[xi] != u.node[oi]
        and (
            o.end < x.start <= unit.end() + 2
            or (x.end <= o.start and u.text[x.end : o.start] == ", ")
        )
        for xi, x in u.orgs
    )


# ", a (wholly owned) subsidiary of (U.S. drugmaker) X": X is named as the party's parent
_PARENT_OF = re.compile(
    r",\s+(?:an?|the)\s+(?:(?:wholly|majority)[- ]owned\s+)?(?:subsidiary|affiliate|division|unit)"
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w.-]*\s+)?(?:drugmaker|pharmaceutical company|"
    r"biotech company|company|group|giant|conglomerate)\s+)?$"
)


# "Acme, Inc., a company focused on drug candidates, some of which are based on licence
# agreements with Bolt University, today announced its lead candidate X": the apposition
# describing the announcer opens after its name, and its verb closes it
_DESCRIPTION_OPENS = re.compile(
    r"(?:,?\s+(?:Inc|Corp|Ltd|LLC|plc|AG|SA|NV|S\.A|N\.V|Co)\.?)*,\s+(?:an?|the)\s"
)
_ANNOUNCER_VERB = _ci(
    r",\s+(?:today\s+|has\s+|have\s+|recently\s+)?(?:announced|announces|said|says|reported|"
    r"reports)\b"
)


def _inside_description(u: _Unit, o: Span) -> bool:
    """Whether `o` is named inside the apposition that describes another organisation of the
    sentence, before that organisation's verb: no party of what the sentence announces."""
    for _pi, p in u.orgs:
        if p.end > o.start:
            return False
        opens = _DESCRIPTION_OPENS.match(u.text, p.end)
        if (
            opens
            and opens.end() <= o.start
            and not _ANNOUNCER_VERB.search(u.low, p.end, o.start)
            and _ANNOUNCER_VERB.search(u.low, o.end, u.sent.end)
        ):
            return True
    return False


# "Acme's newly launched innovation arm": a parent named for its unit, no party of the unit's
# deals
UNIT_NOUN_AFTER = re.compile(
    rf"{_POSSESSIVE_WORDS}(?:{UNIT_NOUN}|"
    r"spin-?out|venture|commercial(?:i[sz]ation)?[ ]+(?:arm|partner|company))\b"
    # ("Hoshira ($HSH) unit Kelvarin Pharmaceuticals": the noun, then the unit's name)
    r"|(?:[ ]+\([^()]{1,30}\))?[ ]+(?:unit|subsidiary|division)[ ]+(?=[A-Z])"
)
# "licensed ... rights ... from X": X is the licensor, a party to the licence.
_LICENCE = _ci(rf"{_LICENCE_WORD}|{_word('rights')}\b")  # (each word before its boundary)
_FROM = re.compile(r"\bfrom\s+(?:[Tt]he\s+)?$")
# "will receive an upfront payment of $50 million from X", "milestones from X": who pays under
# a deal is a party of it (a grant or data from X names no deal party).
_PAID_FROM = _ci(
    r"\b(?:up[- ]?front|milestones?|royalt(?:y|ies)|payments?)\b[^.;]{0,50}?\bfrom\s+(?:the\s+)?$"
)
# Explicit pairings that decide who collaborates with whom when a sentence names three or more
# organisations: "MorphoSys' partner Incyte ... agreement with InnoCare" pairs MorphoSys-Incyte
# and Incyte-InnoCare, not MorphoSys-InnoCare (a licence chain is not one collaboration).
_PARTNER_OF = re.compile(
    r"^['’]s?\s+(?:[\w-]+\s+){0,4}(?:[Pp]artner|[Cc]ollaborator|[Ll]icensee|[Ll]icensor)s?,?\s+$"
)
_PARTNERS_OF = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,4}[A-Za-z]+s,?\s+$")
_ITS_PARTNER = _ci(
    r"^\s*,?\s*(?:its|their)\s+(?:[\w-]+\s+){0,6}(?:partner|collaborator|licensee|licensor)\b"
)
_DEAL_WITH = _ci(
    r"(?:agreement|collaboration|partnership|alliance|deal|licen[cs]e|option|co-development|"
    r"pact|tie-up)s?\s+(?:[\w-]+\s+){0,3}with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$"
)
# The next party of the list after "agreement with": "with Galapagos NV, Mechelen (Belgium) and
# MorphoSys AG" makes MorphoSys a party of the same agreement, not Galapagos's partner.
_NEXT_IN_LIST = re.compile(
    # ("with University Health Network (UHN) and The Hospital for Sick Children")
    r"^(?:\s*\([^()]{0,30}\))?"
    r"\s*(?:,\s*[A-Z][\w/ -]{0,30}(?:\s*\([^()]{0,30}\))?)?\s*,?\s*(?:and|as well as|&)\s+"
    r"(?:[Tt]he\s+)?$"
)
_BETWEEN = _ci(r"\bbetween\s+(?:the\s+)?$")
_AND = _ci(r"^\s*,?\s*and\s+(?:the\s+)?$")
# a list of owners before a possessive: "A (NASDAQ:A), B (NASDAQ:B) and C’s drug"
_LISTED_OWNER = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*,\s*")
_TICKER_GAP = re.compile(r"^\s*\([^()]{0,30}\)\s*")
# "X at The University of Y": X is a unit of Y, not its partner.
# ("Roche's U.S. commercial oncology unit, Genentech"; "Johnson & Johnson ($JNJ) unit Janssen")
_UNIT_GAP = _ci(
    rf"(?:[’']s\s+(?:[\w.-]+\s+){{0,6}}?{UNIT_NOUN}\s*,\s*|"
    rf"\s*(?:\([^()]{{1,20}}\)\s*)?(?:[’']s\s+)?{UNIT_NOUN}\s+)"
)
_UNIT_APPOSITIVE = _ci(rf"\s*,\s+(?:the\s+company[’']s|its)\s+(?:[\w.-]+\s+){{0,6}}?{UNIT_NOUN}\b")
_PART_OF_GAP = _ci(r"^\s*,?\s*(?:at|of|within|part of)\s+(?:the\s+)?$")
_ACQUIRER_AFTER = _ci(
    r"^[^.;]{0,40}?\b(?:to acquire|will acquire|acquir|completes? (?:the )?acqui)"
)
# What ends the phrase a possessive owns: a clause, or a preposition ("Nordwind's expertise
# with KEYTRUDA" owns the expertise, not KEYTRUDA); a decimal point ends nothing ("its
# Claudin-18.2 antibody X").
NOT_POSSESSED = re.compile(r";|\.(?!\d)|\b(?:and|with|in|of|for|from|on|at|by|to)\b")
_NEW_CLAUSE = re.compile(
    r";|\band\s+(?:is|are|was|were|has|have|had|will|would|can|may|also|then)\b"
)
_WITH_END = _ci(r"\bwith\s+(?:the\s+)?$")
# where a clause with a subject of its own may open: ", and C pledged", "; C paid", ", while C"
_CLAUSE_BREAK_BEFORE = re.compile(r"(?:[,;]\s+(?:and|while|whereas)|;)\s+(?:the\s+)?$")
# (of those, the ones a semicolon opens: "; C paid", "; and C pledged")
_SEMICOLON_BREAK_BEFORE = re.compile(r";\s+(?:(?:and|while|whereas)\s+)?(?:the\s+)?$")
_VERB = (
    r"(?:\w+ed|has|have|had|will|is|are|was|were|paid|signed|agreed|entered|made|took|won|got|bought|"
    r"sold|struck|pledged|committed)\b"
)
_FINITE_VERB_AFTER = re.compile(rf"(?:\s*\([^()]{{0,40}}\))?\s+(?:\w+ly\s+)?{_VERB}")
_FINITE_VERB = re.compile(rf"\b{_VERB}")
# The speaker in the first person; "US" in capitals ("US$40 million", "the US market") is
# the country, so the text is read as written, not lower-cased.
_WE = re.compile(r"\b(?:[Ww]e|WE|[Oo]ur|OUR|us)\b")
# "X is partnered with A", "which is being developed in partnership with A": the product's
# owner, the issuer, works with A
_PARTNERED_WITH_BEFORE = _ci(
    r"\b(?:is|are)\s+(?:being\s+)?(?:co-?)?(?:developed|partnered|commerciali[sz]ed)"
    r"(?:\s+(?:in\s+(?:partnership|collaboration)|jointly|together))?\s+with\s+(?:the\s+)?$"
)
_PHASE = re.compile(
    r"\b(Phase\s*(?:1/2|I/II|1b/2|2/3|II/III|1[ab]?|2[ab]?|3|III|II|I)\b|approved|approval|"
    r"BLA accepted|NDA accepted|accepted for review|pivotal)",
    re.IGNORECASE,
)
# A part of each alternative, in letters whose case re.IGNORECASE matches only as str.lower
# does (no "i" nor "s": "ı" and "ſ" match them too): a text holding none has no phase.
_PHASE_PARTS = ("pha", "approv", "accepted", "votal")
# What each alternative opens with, in such letters, and how far into it ("pivotal" by its
# "votal", two letters in): where a match may start, found in the lower-cased text
_PHASE_OPENINGS = (
    ("pha", 0),
    ("approv", 0),
    ("accepted", 0),
    ("bla accepted", 0),
    ("nda accepted", 0),
    ("votal", 2),
)


# A broad class ("solid tumors") is an indication only as the object of an indication phrase
# ("for the treatment of solid tumors"), not as a research area ("discovery in ... diseases").
_BROAD_INDICATION = _ci(
    r"(?:treatment (?:of|for)|to treat|treating|indicated (?:for|in)|patients with|for use in|"
    # ("approved for neuroendocrine tumors", "orphan drug designation for soft tissue sarcomas")
    r"approved (?:for|in)|approval (?:for|in)|designation (?:for|in)|"
    r"development (?:for|in)|developed (?:for|in)|(?:trials?|stud(?:y|ies)) (?:in|across|for)|"
    r"evaluated in|phase \w+(?:/\w+)? (?:for|in)|safety and (?:preliminary )?efficacy in|"
    # ("this potential new medicine for B-cell haematologic malignancies")
    r"(?:medicine|therapy|treatment option|candidate) for|"
    r"investigated in|"
    # ("a kinase inhibitor targeting solid tumors", "explored across multiple solid tumor types")
    r"\btarget(?:s|ing)?|(?:explored|evaluated|investigated|studied) across)\s+"
    # ("of advanced extra-pancreatic (non-pancreatic) neuroendocrine tumors", "patients with
    # relapsed or refractory high grade myeloid malignancies", "of CD56+ solid tumors", "with
    # advanced, relapsed or refractory solid tumors")
    r"(?:(?:[\w/+-]+,?|\([\w/ -]{1,25}\))\s+){0,5}$"
)
# The next item of a list of indications: "for ... renal cell carcinoma (RCC), central nervous
# system (CNS) hemangioblastomas, or pancreatic neuroendocrine tumors".
_LIST_GAP = _ci(
    r"(?:e?s)?\)?\s*(?:\([^()]{1,15}\)\s*)?(?:,\s*(?:and\s+|or\s+|and/or\s+)?|(?:and|or|and/or)\s+)"
    r"(?:(?:[\w-]+|\([^()]{1,15}\))\s+){0,4}$"
)
# "a Phase 1 trial of X in advanced solid tumors", "X, a novel ADC for advanced solid
# tumors": the population of a named drug's trial, or what the drug is described as for.
_TRIAL_OF_IN = _ci(
    r"(?:trials?|stud(?:y|ies))\s+(?:of|with|evaluating|investigating)\s+[^;.()]{1,50}?\bin\s+"
    r"(?:patients\s+with\s+)?(?:[\w-]+\s+){0,3}$"
)
_CLASS_FOR = _ci(
    r"(?:inhibitor|antibody|ADC|conjugate|therapy|candidate|drug|degrader|bi-?specific|engager|"
    # (and its abbreviation in brackets: "a bispecific T-cell engager (BiTE) for SCLC")
    r"vaccine|radiopharmaceutical|radioligand)s?(?:\s+\([^()]{1,20}\))?"
    # (and what it acts on: "a dual inhibitor of EZH2 and EZH1 for solid tumors")
    r"\s+(?:(?:of|against)\s+(?:[\w/-]+\s+){1,4}?)?"
    r"(?:(?:being\s+)?(?:developed|studied|"
    r"evaluated)\s+)?for\s+(?:the\s+treatment\s+of\s+)?(?:patients\s+with\s+)?"
    r"(?:[\w-]+\s+){0,3}$"
)
# "the addition of Kanuma™ (sebelipase alfa) for LAL Deficiency": a drug's name, then "for"
# and the disease, states what it is for without any other cue
_NAMED_FOR = re.compile(
    rf"{MARK}?(?:\s*\([^()]{{1,60}}\))?\s+for\s+(?:the\s+treatment\s+of\s+)?"
    r"(?:(?:adult|pediatric|paediatric)\s+)?(?:patients\s+with\s+)?"
)
_DRUG_IN_CLASS = re.compile(
    rf"{MARK}?(?:\s*\([^()]{{1,30}}\))?,?\s+(?:for|in)\s+(?:(?:advanced|metastatic|malignant|"
    r"relapsed|refractory|multiple|various|select(?:ed)?)\s+)?"
    # ("investigating X in FRalpha-positive solid tumors": the patients' marker before it)
    r"(?:[\w-]+-(?:positive|negative|mutant|mutated|expressing|altered|amplified)\s+)?"
)
_AND_OTHER = _ci(r"(?:and|or|as well as)\s+other\s+(?:[\w-]+\s+){0,2}$")
_INDICATION_PHRASE = _ci(r"treatment of|to treat|treating|indicated (?:for|in)|patients with")


_MISSION = _ci(
    r"(?:focused on|dedicated to|committed to|engaged in|specializ\w+ in|specialis\w+ in|leader in|"
    r"mission)\s+(?:[\w-]+\s+){0,8}$"
)


# The legal forms that may follow a company's name before what is said of it ("Acme AG
# (Frankfurt: ACM), a ...", "Bolt Ltd., a CDMO", "Bolt, Inc. and its lead asset"), lower case
LEGAL_FORMS = (
    r"(?:,?\s+(?:inc|ag|sa|se|nv|n\.v|plc|ltd|co|corp|gmbh|k\.k|limited|llc|a/s|asa|ab|oyj?|b\.v|"
    r"s\.p\.a|pty)\b\.?)*"
)
# "Acme (NASDAQ: ACME), a company focused on therapies for hematologic malignancies, today
# announced ...": what the appositive says a company works on, up to the disease.
# What an institution works on: "City of Hope, a ... research and treatment center for
# cancer, diabetes and other life-threatening diseases" (no indication of a drug)
CENTRE_FOR = r"(?:research|treatment|medical|cancer)\s+(?:and\s+\w+\s+)?cent(?:er|re)\s+for"
_COMPANY_APPOSITIVE = _ci(
    # (its ticker and defined names in brackets: "(NASDAQ: RNAC) (“Cartesian” or the “Company”)")
    # ("a privately-held, clinical stage, pharmaceutical company": its adjectives may be listed)
    LEGAL_FORMS + r"\s*(?:\([^()]*\)\s*){0,3},\s+(?:an?|the)\s+"
    r"(?:(?!announc|said|report)(?:[^;.,]|,(?=\s+[\w-]+\s+)(?!\s+(?:and|or|which|who)\b)))*?"
    r"\b(?:compan|biotech|biopharma|firm|corporation|developer|leader|" + CENTRE_FOR + r")"
    r"(?:(?!announc|said|report|today)[^;.])*$"
)


# "Castleman's disease, a rare lymph node cancer", "DIPG, a highly aggressive childhood brain
# cancer": a disease said of the disease before it describes that one, it is no indication.
# ("D, a rare, high-grade brain tumor": its adjectives may be listed)
DISEASE_DESCRIBED = _ci(r"\)?(?:\s*\([^()]{0,20}\))?\s*,\s+(?:an?|the)\s+(?:[\w-]+,?\s+){0,6}")


_FIELD_AFTER = _ci(r"\s+(?:space|market|field|landscape|arena)\b")
# "in head & neck cancer and potential future solid tumor indications": indications hoped
# for, not yet the drug's
_HOPED_FOR_BEFORE = _ci(
    r"\b(?:potential|possible|future|additional|further|other|new)\s+(?:[\w-]+\s+)?$"
)
_INDICATIONS_AFTER = _ci(r"s?\s+(?:[\w-]+\s+)?indications\b")
# "Success in D could also open up other severe skin conditions ... including E", "could also
# get a green light in other indications, like E": other diseases a drug might one day treat
# (each word before its boundary check, `words_first`: the search skips to their letters)
_COULD_IN_OTHERS = _ci(
    words_first(
        "could|might",
        r"\s+[^.;]{0,80}?\bother\s+(?:[\w-]+\s+){0,3}?(?:indications|conditions|"
        r"diseases|disorders|cancers|tumou?rs|malignancies)\b",
    )
    # "holds potential as a treatment for a broad range of inflammatory diseases including E"
    + "|"
    + words_first(
        "holds?|has|have",
        r"\s+(?:the\s+)?potential\b[^.;]{0,60}?\b(?:range|variety|number|"
        r"other|additional|several|multiple|various)\b",
    )
    # "in development for D, with potential in other autoimmune diseases"
    + rf"|{_word('with')}\s+(?:the\s+)?potential\s+(?:in|for)\s+(?:\w+\s+){{0,2}}?other\b"
    # "suggest that the ADC may be an effective treatment option for various B-cell cancers
    # including E": the examples of a range a drug may one day treat
    + "|"
    + words_first(
        "may|could|might",
        r"\s+(?:[\w-]+\s+){0,2}?(?:be|become|prove|offer)\b[^.;]{0,60}?\b(?:various|several|"
        r"multiple|a\s+(?:broad\s+|wide\s+)?(?:range|variety|number)\s+of)\s+[^.;]{0,60}?"
        r"\b(?:including|such\s+as)\b",
    )
)
# (a word each alternative of `_COULD_IN_OTHERS` holds, for a literal test)
_COULD_WORDS = ("other", "potential", "including", "such as")
_THIS_BEFORE = _ci(
    r"\b(?:this|these|such(?!\s+as\b))\s+(?:(?!(?:is|are|was|were|include\w*)\s)[\w-]+\s+){0,3}$"
)
_THIS_WORDS = ("this", "these", "such")  # (the words `_THIS_BEFORE` opens with)


def _describes_disease(u: _Unit, d: Span) -> bool:
    """Whether disease d is an appositive describing the disease named just before it."""
    return any(
        x.end <= d.start and DISEASE_DESCRIBED.fullmatch(u.low, x.end, d.start)
        for _, x in u.diseases
    )


# "D1 (D1A), a serious inflammation of the kidneys caused by the autoimmune disease D2": the
# disease that causes the one named before it, no indication
_CAUSED_BY_BEFORE = _ci(r"\bcaused\s+by\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}$")


def _causes_disease(u: _Unit, d: Span) -> bool:
    """Whether disease d is named as the cause of a disease the sentence names before it."""
    return (
        "caused" in u.slow
        and any(x.end <= d.start for _, x in u.diseases)
        and _CAUSED_BY_BEFORE.search(u.low, max(u.sent.start, d.start - 80), d.start) is not None
    )


# "consistent with the drug's known safety profile in patients with D1 and D2": the diseases
# where the safety was learnt before, not the ones the release is about
_KNOWN_PROFILE_IN = _ci(
    r"\b(?:known|established|well[- ]established|well[- ]characteri[sz]ed)\s+"
    r"(?:(?:safety|tolerability)\s+)?profile\s+(?:in|among|across)\s+[^.;]{0,100}$"
)


def _safety_known_in(u: _Unit, d: Span) -> bool:
    """Whether disease d is named where a drug's safety profile is said known already."""
    return (
        "profile" in u.slow
        and _KNOWN_PROFILE_IN.search(u.low, max(u.sent.start, d.start - 200), d.start) is not None
    )


# "our focus on D", "the company's sharpened focus in D and E"
_FOCUS_ON = _ci(
    r"\b(?:our|its|their|the\s+company['’]s)\s+(?:[\w-]+\s+){0,2}?focus\s+(?:on|in)\b[^.;]*$"
)


def _company_description(u: _Unit, d: Span) -> int:
    """Where the appositive describing a company that holds disease d ends before d (its
    drugs are said of it there), or -1: what a company works on is no indication of the drugs
    the sentence goes on to name."""
    # (the company's defined name may stand in its brackets: 'Acme, Inc. ("Acme"), a ...')
    for org in [o for _, o in u.orgs if o.end <= d.start][-2:][::-1]:
        # (the comma the appositive opens with, looked for first, spares most the pattern)
        if u.low.find(",", org.end, d.start) >= 0 and _COMPANY_APPOSITIVE.fullmatch(
            u.low, org.end, d.start
        ):
            return org.end
    return -1


def _broad_indication(low: str, sent: Sentence, d: Span) -> bool:
    """ "for the treatment of solid tumors", also "... of patients with AML and other
    hematologic malignancies"; not a company's mission ("focused on ... patients with
    autoimmune diseases")."""
    if _MISSION.search(low, max(sent.start, d.start - 90), d.start):
        return False
    if _ANY_ONE_BEFORE.search(low, max(sent.start, d.start - 4), d.start):
        return False  # "the first one-time cell therapy for a solid tumor": any one, a kind
    if ("may " in low or "could " in low or "might " in low or "potential " in low) and (
        _SPECULATED_FOR.search(low, max(sent.start, d.start - 90), d.start)
    ):
        return False  # "may prove to be helpful in treating ... malignancies": a hope
    if _BROAD_INDICATION.search(low, max(sent.start, d.start - 90), d.start):
        return True
    if _CLASS_FOR.search(low, max(sent.start, d.start - 70), d.start) or _TRIAL_OF_IN.search(
        low, max(sent.start, d.start - 100), d.start
    ):
        return True
    return bool(
        _AND_OTHER.search(low, max(sent.start, d.start - 40), d.start)
        and _INDICATION_PHRASE.search(low, max(sent.start, d.start - 150), d.start)
    )


_ANY_ONE_BEFORE = re.compile(r"\ban?\s+$")
# "may prove to be helpful in treating solid and hematologic malignancies", "with potential
# across a number of inflammatory and autoimmune disorders": a class the drug is hoped to help,
# no indication stated (the phrase, then up to five words of the class's list)
_SPECULATED_FOR = _ci(
    r"(?:\b(?:may|could|might)\s+(?:also\s+)?(?:prove\s+(?:to\s+be\s+)?|be\s+)?"
    r"(?:useful|helpful|beneficial|of\s+benefit|effective)\s+(?:in|for)|"
    r"\bpotential\s+(?:across|in))\s+"
    # ("in treating a broad range of solid and", "for the treatment of patients with")
    r"(?:(?:[\w/+-]+,?)\s+){0,8}$"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w®™\-]+\s+){0,2}\(?$")


def _joined_with(low: str, sent: Sentence, m: Span, mols: list[tuple[int, Span]]) -> bool:
    """ "LENVIMA with KEYTRUDA (pembrolizumab)": a drug joined by "with" to another drug
    just before it is that drug's combination partner."""
    if not _WITH_BEFORE.search(low, max(sent.start, m.start - 40), m.start):
        return False
    return any(x.end <= m.start and m.start - x.end < 40 and x.key != m.key for _, x in mols)


def _phase(sentence: str, lowered: str) -> str:
    """The phase or approval `sentence` states (`lowered`: it lower-cased, read by a literal
    test)."""
    if not holds_any(lowered, _PHASE_PARTS):
        return ""  # (the literal test spares most texts the search)
    # (the pattern tried only where an alternative opens, leftmost first, as the search finds
    # it: a case-insensitive scan of every offset is ~4x dearer)
    starts = sorted(
        at - into for word, into in _PHASE_OPENINGS for at in find_all(lowered, word) if at >= into
    )
    match = next(matches_from(_PHASE, sentence, starts), None)
    if not match:
        return ""
    value = match.group(1)
    if value.lower() in {"approved", "approval"}:
        return "approved"
    return value[0].upper() + value[1:]


def spans_by_sentence(spans: list[Span], sentences: list[Sentence]) -> list[list[tuple[int, Span]]]:
    """For each sentence, the (index, span) pairs lying wholly inside it: one sorted sweep,
    linear in spans + sentences (a per-sentence scan of all spans is quadratic)."""
    span_starts = [span.start for span in spans]
    order = sorted(range(len(spans)), key=span_starts.__getitem__)
    starts = [span_starts[i] for i in order]
    out: list[list[tuple[int, Span]]] = []
    for sent in sentences:
        lo = bisect.bisect_left(starts, sent.start)
        hi = bisect.bisect_left(starts, sent.end, lo)
        # (the indices sorted as numbers, no key function called per span)
        inside = sorted(order[lo:hi])
        out.append([(i, spans[i]) for i in inside if spans[i].end <= sent.end])
    return out


def _collab_pairs(
    text: str,
    low: str,
    sent: Sentence,
    parties: list[Span],
    span_node: dict[int, str],
    org_ids: list[str],
) -> list[tuple[str, str]]:
    """Who collaborates with whom in one sentence naming 2-4 organisations.

    Pairs the text states explicitly ("A's partner B", "B, its partner", "agreement with C",
    "between A and B") win; without them every pair is taken, except a unit and the
    institution it sits in ("X at the University of Y")."""
    gaps = [low[a.end : b.start] for a, b in itertools.pairwise(parties)]
    first_window = max(sent.start, parties[0].start - 80)
    if (
        gaps
        # (a literal test, the word every match of `_DEAL_WITH` holds, spares most the search)
        and low.find("with", first_window, parties[0].start) >= 0
        and _DEAL_WITH.search(low, first_window, parties[0].start)
        and all(_PARTY_LIST_GAP.fullmatch(gap) for gap in gaps)
        and _LIST_END.search(gaps[-1])
    ):
        # "having signed partnerships with A and B": the partners of a subject left unnamed
        return []
    if all(
        _WITH_END.search(low, max(sent.start, p.start - 20), p.start)
        or (i and _PARTY_LIST_GAP.fullmatch(gaps[i - 1]) and _LIST_END.search(gaps[i - 1]))
        for i, p in enumerate(parties)
    ):
        # "antibodies from a partnership with A, and a bispecific developed with B": each the
        # object of its own "with", the partners of a subject left unnamed, not each other's
        # (or joined by "and" to one: "the supply deal with A ... and the trial, in
        # collaboration with B and A,"; not "the agreement with A, B will receive")
        return []
    explicit: list[tuple[str, str]] = []
    dealer = ""  # the party that has an "agreement with" the parties listed after it
    for i, b in enumerate(parties):
        nb = span_node[id(b)]
        prev = [a for a in parties[:i] if span_node[id(a)] != nb]
        if not prev:
            continue
        a = prev[-1]
        na = span_node[id(a)]
        gap = text[a.end : b.start]
        before = low[max(sent.start, b.start - 80) : b.start]
        if _PARTNER_OF.match(gap) or (
            _AND.match(low[a.end : b.start])
            and _BETWEEN.search(low[max(sent.start, a.start - 20) : a.start])
        ):
            explicit.append((na, nb))
            if _PARTNERS_OF.match(gap):
                # "A's commercialisation partners B, Barcelona, and C": C is A's too
                dealer = dealer or na
        elif _ITS_PARTNER.match(low[b.end : min(sent.end, b.end + 80)]):
            explicit.append((span_node[id(parties[0])], nb))
        elif "with" in before and _DEAL_WITH.search(before):  # (the same literal test)
            dealer = dealer or na
            explicit.append((dealer, nb))
        elif dealer and dealer != nb and _NEXT_IN_LIST.match(gap):
            explicit.append((dealer, nb))
    if len(org_ids) > 2 and explicit:
        return [(a, b) for a, b in explicit if a != b]
    part_of = {
        frozenset((span_node[id(a)], span_node[id(b)]))
        for a, b in itertools.pairwise(parties)
        if _PART_OF_GAP.match(low[a.end : b.start])
        # "Roche's U.S. commercial oncology unit, Genentech"; "Acme and Bolt, the Company's
        # research arm": a company and its own unit are no partners
        or _UNIT_GAP.fullmatch(low, a.end, b.start)
        or _UNIT_APPOSITIVE.match(low, b.end, sent.end)
    }
    # "A licensed X from B and is developing it with C": a new clause of the same subject;
    # its parties are the subject's partners, not those of the clause before
    clause = {span_node[id(parties[0])]: 0}
    # "A entered an agreement for B's X, and C pledged $1 billion for Y from D": a clause
    # with a subject of its own; its parties are that subject's, none of the clause before
    # (after a clause with a verb of its own: "A, B, and C announced" lists one subject)
    own = {span_node[id(parties[0])]: 0}
    number = subjects = 0
    opened = parties[0].end  # where the current subject's clause opens
    for a, b in itertools.pairwise(parties):
        number += bool(_NEW_CLAUSE.search(low, a.end, b.start))
        if (
            _CLAUSE_BREAK_BEFORE.search(low, a.end, b.start)
            and _FINITE_VERB_AFTER.match(low, b.end)
            and _FINITE_VERB.search(low, opened, b.start)
        ):
            subjects += 1
            opened = b.end
        clause.setdefault(span_node[id(b)], number)
        own.setdefault(span_node[id(b)], subjects)
    subject = span_node[id(parties[0])]
    part_of |= _listed_together(text, low, sent, parties, span_node)
    return [
        (org_ids[x], org_ids[y])
        for x in range(len(org_ids))
        for y in range(x + 1, len(org_ids))
        if frozenset((org_ids[x], org_ids[y])) not in part_of
        and own[org_ids[x]] == own[org_ids[y]]
        and (subject in (org_ids[x], org_ids[y]) or clause[org_ids[x]] == clause[org_ids[y]])
    ]


# "Jo Roe, a general partner with Bolt Ventures", "said Jo Roe, Managing Partner of Bolt
# Capital", "Jo Roe, partner at Bolt Ventures": a person's post, no partnership (read in the
# lower-cased text)
_POST_TITLE = r"(?:general|managing|founding|venture|senior|operating|investment)\s+"
_PARTNER_POST = re.compile(
    rf"\ban?\s+(?:{_POST_TITLE})?partner\s+(?:with|at|of)\b"
    rf"|\b{_POST_TITLE}partner\s+(?:with|at|of)\b|,\s+partner\s+at\b"
)
# "Bolt Ventures partner Jo Roe will join the board": the post an organisation's name
# qualifies, held by the person named next (a name no organisation's: "Acme partner Bolt
# Pharma" names Acme's partner)
_POST_BEFORE_NAME = re.compile(
    rf"[ ]+(?i:(?:{_POST_TITLE})?partner)[ ]+"
    r"(?=(?:Dr\.?[ ]+)?[A-Z][a-z]+(?:[ ]+[A-Z]\.)?[ ]+[A-Z][\w'’-]*[a-z])"
)
# "programs developed by A, B and C", "partners including A and B": a list after a
# preposition names the subject's partners one by one, not partners of each other (but
# "teaming with A and B on three projects" joins all three)
_LIST_END = re.compile(r"\b(?:and|&)\s")
_WITH_WHOM = re.compile(r"(?:\s*,[^,;()]{0,80})?\s*,\s+with\s+(?:whom|which)\s+(?:the\s+)?")
_PARTY_LIST_GAP = re.compile(
    r"\s*(?:\([^()]{0,30}\))?\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:the\s+)?"
)
_PARTY_LIST_OPENER = _ci(r"\b(?:by|from|including|such as|like|among them)\s+(?:the\s+)?$")
# "Several drugmakers, including A, B and C, signed licensing deals": a list of examples
# before any other party is the subject's, which names no company, not a deal among them
# (its first names may be no party: "firms including Acme Cell, B and C")
_EXAMPLES_OPENER = re.compile(
    r"\b(?:including|such as|like|among them)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3},\s+)?$"
)


def _listed_together(
    text: str, low: str, sent: Sentence, parties: list[Span], span_node: dict[int, str]
) -> set[frozenset[str]]:
    """The pairs of parties listed together after a preposition, the sentence's subject not
    among them."""
    runs: list[list[Span]] = []
    first = parties[0]
    examples = bool(_EXAMPLES_OPENER.search(text, max(sent.start, first.start - 60), first.start))
    for a, b in itertools.pairwise(parties if examples else parties[1:]):
        if not _PARTY_LIST_GAP.fullmatch(text, a.end, b.start):
            continue
        if runs and runs[-1][-1] is a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    subject = "" if examples else span_node[id(first)]
    return {
        frozenset((span_node[id(a)], span_node[id(b)]))
        for run in runs
        if (
            (examples and run[0] is first)
            or _PARTY_LIST_OPENER.search(low, max(sent.start, run[0].start - 20), run[0].start)
        )
        # ("Acme announced X, co-developed by Acme and Bolt": the subject lists its partner)
        and all(span_node[id(p)] != subject for p in run)
        for a, b in itertools.combinations(run, 2)
        if span_node[id(a)] != span_node[id(b)]
    }


# "our first-in-class NK-cell engager X": the speaker's own drug named
_OURS_BEFORE = re.compile(r"\bour\s+(?:[\w-]+\s+){0,5}$")
_OWN_AFTER = re.compile(r"\s*\)?\s*,\s+(?:the\s+company['’]s|our)\s")


# Royalties bought, no rights to the drug: "has acquired rights to a portion of the future X
# royalties", "bought a royalty interest in X"
_ROYALTIES_BOUGHT = _ci(
    r"\b(?:acquir|purchas|bought|buy)\w*\s+(?:the\s+)?(?:rights\s+to\s+)?(?:an?\s+)?"
    r"(?:(?:portion|share|part)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,2}?royalt"
)
# News of a deal not yet made: "is in advanced talks to acquire", "in discussions with".
_IN_TALKS = _ci(
    r"\bin\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions|negotiations)\s+(?:to|with|over|about|for)\b"
    # "has an exclusivity period in which to negotiate the in-licensing of X"
    r"|\b(?:right|option|period|time)\s+(?:in\s+which\s+)?to\s+negotiate\b"
)


# "Forbion Capital Partners", "Sofinnova Partners": a firm named with its partners
_FIRM_NAME = re.compile(r"[A-Z](?<!\w.)[\w&.-]*[ ]+Partners\b")


@dataclass
class _Unit:
    """One sentence unit and the mentions inside it, by kind, with their nodes."""

    text: str  # the whole document, as written and lower-cased (same offsets)
    low: str
    sent: Sentence
    inside: list[tuple[int, Span]]
    node: dict[int, str]
    mols: list[tuple[int, Span]]
    targets: list[tuple[int, Span]]
    diseases: list[tuple[int, Span]]
    orgs: list[tuple[int, Span]]
    # the unit lower-cased (read by every rule: sliced once, as the unit is made, not through a
    # property's first read)
    slow: str
    # each read by several rules, and computed on the first read (the properties below)
    _without_orgs: str | None = None
    _collab_cue: re.Match[str] | None = None
    _collab_cue_read: bool = False
    _acquisition: bool | None = None
    _says: bool | None = None
    _takes_rights: bool | None = None
    _talks: bool | None = None
    _partners: frozenset[str] | None = None
    _lead: list[tuple[int, Span]] | None = None
    _subject_clauses: list[int] | None = None

    @property
    def without_orgs(self) -> str:
        """The unit lower-cased with the organisations' names blanked (offsets kept), also
        the investment firms' the recognizer missed ("Forbion Capital Partners") and a
        person's post at a firm ("Kristina Burow, a partner with Arch")."""
        if self._without_orgs is None:
            self._without_orgs = self._compute_without_orgs()
        return self._without_orgs

    def _compute_without_orgs(self) -> str:
        spans = [(o.start, o.end) for _oi, o in self.orgs]
        # (a literal test, the word both patterns hold, spares most units the searches)
        if "partner" in self.slow:
            spans += [
                m.span() for m in _FIRM_NAME.finditer(self.text, self.sent.start, self.sent.end)
            ]
            spans += [
                m.span() for m in _PARTNER_POST.finditer(self.low, self.sent.start, self.sent.end)
            ]
            starts = {o.start for _oi, o in self.orgs}
            for _oi, o in self.orgs:
                post = _POST_BEFORE_NAME.match(self.text, o.end, self.sent.end)
                if post and post.end() not in starts:
                    spans.append(post.span())
        # (the text between the blanked spans copied in slices, not char by char)
        pieces: list[str] = []
        done = self.sent.start  # where the text is written up to
        for start, end in sorted(spans):
            start = max(start, done)
            if end > done:
                pieces += (self.low[done:start], " " * (end - start))
                done = end
        pieces.append(self.low[done : self.sent.end])
        return "".join(pieces)

    @property
    def collab_cue(self) -> re.Match[str] | None:
        """The first collaboration cue of the unit (read by two rules)."""
        if not self._collab_cue_read:
            self._collab_cue, self._collab_cue_read = self._compute_collab_cue(), True
        return self._collab_cue

    def _compute_collab_cue(self) -> re.Match[str] | None:
        return _COLLAB_CUE.search(self.slow)

    @property
    def acquisition(self) -> bool:
        """Whether the unit speaks of an acquisition (read by several rules; a literal test,
        a word each alternative holds, spares most units the search)."""
        if self._acquisition is None:
            self._acquisition = self._compute_acquisition()
        return self._acquisition

    def _compute_acquisition(self) -> bool:
        slow = self.slow
        return holds_any(slow, _ACQUIRE_WORDS) and bool(_ACQUIRE.search(slow))

    @property
    def says(self) -> bool:
        """Whether the unit reports a saying (read by several rules; a literal test, the words
        of `_SAYS`, spares most units the search)."""
        if self._says is None:
            self._says = self._compute_says()
        return self._says

    def _compute_says(self) -> bool:
        slow = self.slow
        return holds_any(slow, _SAYING_WORDS) and bool(_SAYS.search(slow))

    @property
    def takes_rights(self) -> bool:
        """Whether the unit speaks of taking rights to a product (read by several rules; a
        literal test spares most units the search)."""
        if self._takes_rights is None:
            self._takes_rights = self._compute_takes_rights()
        return self._takes_rights

    def _compute_takes_rights(self) -> bool:
        slow = self.slow
        return holds_any(slow, _RIGHTS_WORDS) and bool(_TAKES_RIGHTS.search(slow))

    @property
    def talks(self) -> bool:
        """Whether the unit speaks of a deal still being talked of ("Acme is in talks to
        license X from Bolt") or of royalties bought ("acquired rights to a portion of the
        future X royalties"): no deal, nor rights, yet (a literal test spares most units)."""
        if self._talks is None:
            self._talks = self._compute_talks()
        return self._talks

    def _compute_talks(self) -> bool:
        slow = self.slow
        if "royalt" in slow and _ROYALTIES_BOUGHT.search(slow):
            return True  # a purchase of royalties: an investor's income, no rights to the drug
        return ("talks" in slow or "discussions" in slow or "negotiat" in slow) and bool(
            _IN_TALKS.search(slow)
        )

    @property
    def partners(self) -> frozenset[str]:
        """The molecules the unit names as a partner, comparator or prior therapy ("in
        combination with X", "compared Y to X", "treated with X"): a drug keeps that role in
        the whole sentence ("with standard X ... and standard X consolidation")."""
        if self._partners is None:
            self._partners = self._compute_partners()
        return self._partners

    def _compute_partners(self) -> frozenset[str]:
        if _COMPARISON_OPENS.match(self.text, self.sent.start):
            # "By comparison, patients who received Y ...": the sentence's drugs are others
            return frozenset(self.node[mi] for mi, _ in self.mols)
        found: set[str] = set()
        previous_end = -1  # where the last partner's mention ends
        responders = "responder" in self.slow  # (a literal test spares most units the search)
        # (the same, of a reference product's cue)
        references = self._reference_products() if "biosimilar" in self.slow else set()
        followed = "followed" in self.slow  # (the same, of a sequence's "followed by")
        course = holds_any(self.slow, _PRIOR_COURSE_OPENERS)  # (the same, of a prior course)
        for mi, m in self.mols:
            if m.start == m.end:
                continue  # the unsaid drug of the sentence before ("Trials are ongoing in D")
            if _OPENS_A_CLAUSE.search(
                self.low, max(self.sent.start, m.start - 12), m.start
            ) and _SUBJECT_VERB_AFTER.match(self.low, m.end):
                previous_end = -1  # "..., and Yervoy is a CTLA-4 inhibitor": a new subject
                continue
            if (
                _PARTNER_BEFORE.search(self.low[max(self.sent.start, m.start - 130) : m.start])
                # "the use of X as a premedication": a drug given to prevent the lead's events
                or _SUPPORTIVE_AFTER.match(self.low, m.end)
                # "for whom imatinib, nilotinib and dasatinib are not considered appropriate"
                or _RULED_OUT_AFTER.match(self.low, m.end)
                # "patients who were inadequate responders to X therapy": what failed them
                or (
                    responders
                    and _RESPONDERS_TO.search(self.low, max(self.sent.start, m.start - 60), m.start)
                )
                or self._later_in_combination(self.node[mi], m)
                or self._with_another_drug(mi, m)
                or (followed and self._given_after_another(mi, m, found))
                or self.node[mi] in references
                # "combined with A (...) and chemo agent B": the list of partners goes on
                or (
                    0 <= previous_end <= m.start
                    and _PARTNER_NEXT.fullmatch(self.low, previous_end, m.start)
                )
                # "after failure of autologous stem cell transplant and Y": a prior therapy
                or (course and self._closes_prior_course(m))
            ):
                found.add(self.node[mi])
                previous_end = m.end
            else:
                previous_end = -1
        if not found:
            return frozenset()  # (none to tell from the speaker's own drugs)
        if "combination" in self.slow:  # (the literal test spares most units the search)
            found = self._backbone_first(found)
        # ("their product together with our engager X", "with Y (inn), the Company's oral
        # inhibitor": a drug the speaker calls its own is no mere partner)
        own = {
            self.node[mi]
            for mi, m in self.mols
            if _OURS_BEFORE.search(self.low, max(self.sent.start, m.start - 60), m.start)
            or _OWN_AFTER.match(self.low, m.end)
        }
        return frozenset(found - own)

    def _closes_prior_course(self, m: Span) -> bool:
        """ "after failure of autologous stem cell transplant and Y", "following at least two lines
        of systemic therapy, including Y": the drug that closes a course of earlier treatment."""
        start = max(self.sent.start, m.start - 160)
        if not holds_any(self.low[max(start, m.start - 40) : m.start], _PRIOR_COURSE_JOINS):
            return False
        return _PRIOR_COURSE_BEFORE.search(self.low, start, m.start) is not None

    def _reference_products(self) -> set[str]:
        """ "X, a biosimilar to Brand (inn)", "a Brand biosimilar": the biologics the unit
        names only as what a biosimilar copies (every mention of the drug so placed: not
        "inn-abcd, a biosimilar to Brand", where the biosimilar is a name of that drug)."""
        placed: dict[str, bool] = {}
        for mi, m in self.mols:
            node = self.node[mi]
            if not _BIOLOGIC_INN.search(node):
                continue
            placed[node] = placed.get(node, True) and bool(
                _REFERENCE_PRODUCT_AFTER.match(self.low, m.end)
                or _REFERENCE_PRODUCT_BEFORE.search(
                    self.low, max(self.sent.start, m.start - 90), m.start
                )
            )
        return {node for node, only in placed.items() if only}

    def _given_after_another(self, mi: int, m: Span, partners: set[str]) -> bool:
        """ "the safety of X followed by Y": a drug given after the drug studied, named before
        it in a sequence, is that drug's partner (not the same drug again, "A with B followed by
        A monotherapy"; nor the drug after another given first, "lymphodepletion with
        fludarabine followed by Y")."""
        if not _FOLLOWED_BY_BEFORE.search(self.low, max(self.sent.start, m.start - 16), m.start):
            return False
        before = {self.node[xi] for xi, x in self.mols if x.end <= m.start}
        studied = {
            self.node[xi]
            for xi, x in self.mols
            if x.end <= m.start
            and _STUDIED_BEFORE.search(self.low, max(self.sent.start, x.start - 30), x.start)
        }
        return self.node[mi] not in before and bool(studied - partners)

    def _with_another_drug(self, mi: int, m: Span) -> bool:
        """ "trials of Acme's X with Bolt's Y (inn)", "PADCEV with KEYTRUDA": a drug given
        with another named just before it is that drug's partner."""
        if " with " not in self.low[max(self.sent.start, m.start - 60) : m.start]:
            return False
        return any(
            x.end <= m.start
            and self.node[xi] != self.node[mi]
            and _WITH_ANOTHER.fullmatch(self.text, x.end, m.start)
            for xi, x in self.mols
        )

    def _backbone_first(self, found: set[str]) -> set[str]:
        """ "the combination of Brand and ABC-123", "the combination of Bolt's BRAND (inn) with
        Acme's candidate ABC-123": when the combination opens with a marketed drug, named by
        its brand, and the only drugs after it are development codes, the codes are the drugs
        under study and the brand their backbone partner (not the reverse, as the order of
        another combination tells)."""
        opener = _COMBINATION_OF.search(self.low, self.sent.start, self.sent.end)
        if not opener:
            return found
        first_at = next((m for _mi, m in self.mols if m.start >= opener.end()), None)
        if first_at is None:
            return found
        stop = _COMBINATION_ENDS.search(self.low, first_at.end, self.sent.end)
        end = stop.start() if stop else self.sent.end
        members = [(mi, m) for mi, m in self.mols if opener.end() <= m.start < end]
        if len(members) < 2:
            return found
        (fi, first), later = members[0], members[1:]
        brand = self.text[first.start : first.end]
        backbone = self.node[fi]
        codes = {self.node[mi] for mi, m in later if self.node[mi] != backbone}
        if (
            not _INN_ID.fullmatch(backbone)
            or not _BRAND_NAME.fullmatch(brand)
            or brand.lower() == backbone.split(":", 1)[1]
            or not _BACKBONE_BEFORE.fullmatch(self.text, opener.end(), first.start)
            or backbone in found
            or not codes
            or not codes <= found
            or not all(
                _DRUG_CODE.fullmatch(self.text, m.start, m.end)
                for mi, m in later
                if self.node[mi] != backbone
            )
        ):
            return found
        return (found - codes) | {backbone}

    def _later_in_combination(self, node: str, m: Span) -> bool:
        """ "the combination of X (a), Y (b) and cisplatin": the drugs after the first of a
        combination are its partners."""
        if "combination" not in self.slow:
            return False  # (what the opener holds: the test spares most units the search)
        opener = _COMBINATION_OF.search(self.low, max(self.sent.start, m.start - 200), m.start)
        if not opener or re.search(r"[;.]", self.low[opener.end() : m.start]):
            return False
        # (the combination's first drug leads it wherever it is named again: "the combinations
        # of X and a PD-1 (Y) in D and X and an EGFR inhibitor (Z) in E")
        first = next((xi for xi, x in self.mols if x.start >= opener.end()), None)
        if first is None or self.node[first] == node:
            return False
        # (without an article the combination's first drug follows at once: "combination
        # therapy of X and Y", not "combination of approaches ... with Y")
        at = dict(self.mols)[first].start
        return self.low.startswith(("the", "a "), opener.start()) or bool(
            _AT_ONCE.fullmatch(self.low, opener.end(), at)
        )

    @property
    def lead(self) -> list[tuple[int, Span]]:
        """The molecules the unit is about: not a partner, comparator or prior therapy (read
        by several rules, none changing it)."""
        if self._lead is None:
            self._lead = self._compute_lead()
        return self._lead

    def _compute_lead(self) -> list[tuple[int, Span]]:
        return [(mi, m) for mi, m in self.mols if self.node[mi] not in self.partners]

    @property
    def subject_clauses(self) -> list[int]:
        """Where a clause with an organisation of its own as subject opens, after a clause
        with a verb ("A and B are filing X, while C is testing Y, and D is doing the same for
        its Z"): each subject's drugs are those of its own clause."""
        if self._subject_clauses is None:
            self._subject_clauses = self._compute_subject_clauses()
        return self._subject_clauses

    def _compute_subject_clauses(self) -> list[int]:
        opens: list[int] = []
        opened = self.orgs[0][1].end if self.orgs else 0
        for (_ai, a), (_bi, b) in itertools.pairwise(self.orgs):
            if (
                _CLAUSE_BREAK_BEFORE.search(self.low, a.end, b.start)
                and _FINITE_VERB_AFTER.match(self.low, b.end)
                and _FINITE_VERB.search(self.low, opened, b.start)
            ):
                opens.append(b.start)
                opened = b.end
        return opens

    def clause_at(self, at: int) -> int:
        """The number of the subject's clause that offset `at` falls in (0 before any)."""
        return bisect.bisect_right(self.subject_clauses, at)

    def own_clause(self, o: Span, lead: list[tuple[int, Span]]) -> list[tuple[int, Span]]:
        """The lead molecules of the clause `o` is the subject of, when the sentence has
        several subjects and that clause names drugs; else all of them."""
        if not self.subject_clauses:
            return lead
        clause = self.clause_at(o.start)
        own = [(mi, m) for mi, m in lead if self.clause_at(m.start) == clause]
        if own:
            return own
        # "Acme raised $40 million; Bolt reported data from its trial of X": a clause a
        # semicolon opens with a subject of its own is no other subject's, nor theirs its
        return [(mi, m) for mi, m in lead if not self._semicolon_between(o.start, m.start)]

    def _semicolon_between(self, a: int, b: int) -> bool:
        """Whether a subject's clause opened by a semicolon lies between offsets a and b."""
        low, high = min(a, b), max(a, b)
        return any(
            low < at <= high
            and _SEMICOLON_BREAK_BEFORE.search(self.low, max(self.sent.start, at - 30), at)
            for at in self.subject_clauses
        )


class _Edges:
    """The edges found so far: one per (kind, source, target), first evidence kept."""

    def __init__(self) -> None:
        self.found: dict[tuple[str, str, str], Edge] = {}
        # pairs a rule read and decided against (a disease another product is said of)
        self.ruled_out: set[tuple[str, str, str]] = set()

    def add(
        self,
        kind: EdgeKind,
        src: str,
        dst: str,
        sent: Sentence,
        props: dict[str, str] | None = None,
    ) -> None:
        if src == dst:
            return
        if kind is EdgeKind.COLLABORATES_WITH and dst < src:
            src, dst = dst, src
        key = (str(kind), src, dst)
        edge = self.found.get(key)
        if edge is None:
            self.found[key] = Edge(
                kind, src, dst, sent.text, sent.start, sent.end, dict(props or {})
            )
        elif props and not edge.properties.get("phase") and props.get("phase"):
            edge.properties.update(props)


class Relations(NamedTuple):
    """The fact edges the rules state, and the (kind, source, target) pairs they read and
    decided against, which no co-occurrence may bring back."""

    edges: list[Edge]
    ruled_out: set[tuple[str, str, str]]


def _only_partners(
    text: str, low: str, sent: Sentence, inside: list[tuple[int, Span]], node: dict[int, str]
) -> bool:
    """Whether every drug the sentence names is a combination partner or prior therapy."""
    unit = _unit(text, low, sent, inside, node)
    return all(node[mi] in unit.partners for mi, _m in unit.mols)


def _opens_with_a_trial_named_before(text: str, sent: Sentence, before: list[Sentence]) -> bool:
    """Whether the sentence opens with the name of a trial one of the sentences before names
    ("the ZUMA-1 trial of X" ... "ZUMA-1 enrolled 111 patients with D")."""
    if not text[sent.start : sent.start + 1].isupper():
        return False
    names = (trial_in(s.text) for s in before)
    return any(name and text.startswith(name, sent.start) for name in names)


def _stand_in_index(sentence: int, k: int) -> int:
    """The index of the k-th stand-in mention of a sentence ("The company", "The combination",
    "The companies" standing for names said before): negative, so no recognised mention has
    it, and distinct per sentence and stand-in (k < 1000)."""
    return -(sentence + 1) * 1000 - k


def find_edges(
    text: str,
    sentences: list[Sentence],
    ents: Entities,
    taken: Mapping[str, frozenset[str]] | None = None,
) -> Relations:
    """All fact edges, one per (kind, source, target), first evidence sentence kept.
    `taken`: the companies each buyer has acquired (the purchase done), whose drugs are
    the buyer's too."""
    edges = _Edges()
    low = document_lower(text)
    # The issuing company speaks as "we"/"our": the organisation mentioned most often.
    org_counts = Counter(
        node for node, span in zip(ents.span_node, ents.spans, strict=True) if span.kind == ORG
    )
    issuer = _issuer(text, ents)
    # (the company a release opens by announcing or reporting is its "we", however often the
    # release goes on to name its partners)
    speaker = issuer or (max(org_counts, key=lambda k: org_counts[k]) if org_counts else "")
    owned: dict[str, set[str]] = {}  # each molecule's owners, as possessives named them
    spoken_of: set[str] = set()  # the molecules the previous sentence is about
    # the molecules of the last sentence naming any, and its index: a drug class ("the
    # drug's efficacy") may refer back over a sentence or two naming none, as a pronoun may not
    recent: tuple[int, set[str]] = (-9, set())
    combined: set[str] = set()  # the drugs the previous sentence combines
    # the diseases a sentence naming no drug gives one drug it leaves unnamed, and that sentence
    # (and the one organisation owning it through "its", if any)
    unnamed: tuple[list[str], Sentence | None, str] = ([], None, "")
    pair: list[str] = []  # the two organisations of the last sentence naming several
    bought: set[str] = set()  # the organisations named in a sentence about an acquisition
    subject = ""  # the one organisation of the last sentence naming any, in this paragraph
    named_so_far: set[str] = set()  # the organisations the text has named up to here
    announced = ""  # the one organisation of the last sentence, announcing "its drug" unnamed
    pipeline_owner = ""  # the one organisation of the last sentence, whose pipeline it names
    lister = ""  # the organisation whose pipeline the bullets that follow list
    previous_end = 0
    quoted = ""  # the one company the last sentence quotes, its quote going on in the next
    leading: set[str] = set()  # the molecules some sentence is about, not only a partner of
    by_sentence = spans_by_sentence(ents.spans, sentences)
    span_node = ents.span_node  # (read for every mention)
    for n, (sent, inside) in enumerate(zip(sentences, by_sentence, strict=True)):
        said_before, spoken_of = spoken_of, set()
        combined_before, combined = combined, set()
        unnamed_before, unnamed = unnamed, ([], None, "")
        # a paragraph of one sentence (news style) runs on into the next paragraph (whether
        # the last sentence is one is asked at a paragraph's break only), however many blank
        # lines a page puts between its paragraphs
        between = text[previous_end : sent.start]
        adjacent = "\n\n" not in between or (
            n > 0 and between.isspace() and _alone_in_paragraph(text, sentences[n - 1])
        )
        if not adjacent:
            subject = ""
            recent = (-9, set())
        previous_end = sent.end
        # ("... growth,” said Jo Roe, CEO of Acme. “Adding Bolt’s pipeline to our teams, we
        # will ..."): a quote going on in the paragraph's next sentence is still the quoted
        # company's, whose "we" and "our" it says, whichever company the text names most
        goes_on = (
            quoted if "\n" not in between and text.startswith(_OPENING_QUOTES, sent.start) else ""
        )
        quoted = goes_on
        if lister and not (adjacent and _BULLET.match(text, sent.start, sent.end)):
            lister = ""  # the list ends with its bullets
        if not inside:
            if pair and _THE_COMPANIES.search(text, sent.start, sent.end):
                _the_two_partners(_unit(text, low, sent, [], {}), edges, pair, bought)
            continue
        node = {i: span_node[i] for i, _ in inside}
        # (the patterns last: few sentences follow one about a single molecule and name none)
        if (
            not said_before
            and n - recent[0] <= 3
            and adjacent
            and not any(s.kind == MOLECULE for _, s in inside)
            and _definite_class(text, sent)
        ):
            # a drug class refers back over a sentence or two naming no drug
            said_before = recent[1]
        if (
            len(said_before) == 1
            and (
                anaphor := _ANAPHOR.match(text, sent.start, sent.end) or _definite_class(text, sent)
            )
            # a sentence opened by "It" or "The drug" is about the drug before, whatever
            # partner or prior therapy it names later ("... previously treated with Y")
            and (
                (anaphor.re is _ANAPHOR and said_before.isdisjoint(node.values()))
                or not any(s.kind == MOLECULE for _, s in inside)
                # ("In August, the drug, in combination with Y, obtained ..."): the drugs it
                # names are partners only
                or _only_partners(text, low, sent, inside, node)
            )
            # a paragraph may open with "This drug ...": the one of the paragraph before
            and (
                adjacent
                or (
                    text.startswith("This ", anaphor.start())
                    and _QUOTE_OPENS.fullmatch(text, sent.start, anaphor.start())
                )
            )
        ):
            # "X is a BTK inhibitor. It is being studied in lupus.", "... approval for the
            # BTK inhibitor in China": the pronoun or the class named is X
            # (a class's mention ends at its head, after the target it names: "BTK inhibitor")
            at = anaphor.start(1) if anaphor.re is _ANAPHOR else anaphor.end(1)
            pronoun = Span(MOLECULE, at, anaphor.end(1), anaphor.group(1), "")
            inside = [(-1 - n, pronoun), *inside]
            node[-1 - n] = next(iter(said_before))
        elif (
            2 <= len(said_before) <= 3
            and adjacent
            and not any(s.kind == MOLECULE for _, s in inside)
            and (plural := _PLURAL_ANAPHOR.search(text, sent.start, sent.end))
        ):
            # "X and Y are TCR-T therapies. TScan is developing these products to ...": each
            # of the drugs before
            for k, drug in enumerate(sorted(said_before)):
                at = -1 - n - (k + 1) * len(sentences)  # (an index no mention has)
                mention = Span(MOLECULE, plural.start(1), plural.end(1), plural.group(1), "")
                inside = [(at, mention), *inside]
                node[at] = drug
        if (
            adjacent
            and subject
            and any(s.kind == MOLECULE for _, s in inside)
            and not any(s.kind == ORG for _, s in inside)
            and (company_word := _THE_COMPANY.search(text, sent.start, sent.end))
        ):
            # "Acme reported sales. The company plans to file X in D.": the company is the
            # one organisation of the sentence before, as its name would be
            at = _stand_in_index(n, 900)
            company = Span(ORG, *company_word.span(), company_word.group(), "")
            inside = [(at, company), *inside]
            node[at] = subject
        unit = _unit(text, low, sent, inside, node)
        _targets(unit, edges)
        # (the drug of a sentence or two before, past sentences naming none)
        trial_of = said_before or (recent[1] if n - recent[0] <= 2 else set())
        trial_at = -1
        if adjacent and len(trial_of) == 1 and unit.diseases and not unit.mols:
            trials = _TRIAL_TALK.search(text, sent.start, sent.end)
            if trials and not _PORTFOLIO_TRIALS.search(low, sent.start, trials.start()):
                trial_at = trials.start()
            elif _opens_with_a_trial_named_before(text, sent, sentences[max(0, n - 3) : n]):
                trial_at = sent.start  # "the ZUMA-1 trial of X ... ZUMA-1 enrolled patients
                # with D": the trial named before, as its sentence's subject
        if trial_at >= 0:
            # "X is approved in A. Phase 3 studies are ongoing in B and C.": the trials are X's
            unsaid = Span(MOLECULE, trial_at, trial_at, "", "")
            node_of = {**node, -1 - n: next(iter(trial_of))}
            unit = _unit(text, low, sent, [(-1 - n, unsaid), *inside], node_of)
        if (
            combined_before
            and adjacent
            and not unit.mols
            and (opener := _THE_COMBINATION.match(text, sent.start, sent.end))
        ):
            # "The combination is meant to treat D": each drug of the combination
            parts = [(_stand_in_index(n, k), d) for k, d in enumerate(sorted(combined_before))]
            at, end = opener.span()
            spans = [(i, Span(MOLECULE, at, end, opener.group(), "")) for i, _ in parts]
            unit = _unit(text, low, sent, [*spans, *inside], {**node, **dict(parts)})
        if (
            adjacent
            and len(trial_of) == 1
            and unit.orgs
            and not unit.mols
            and not unit.diseases
            and (duty := _RESPONSIBLE_FOR.search(unit.slow))
        ):
            # "X is approved in the EU. Bolt will be responsible for all commercialization
            # activities in Europe.": the duty is X's
            at = sent.start + duty.end()
            unsaid = Span(MOLECULE, at, at, "", "")
            unit = _unit(
                text, low, sent, [(-1 - n, unsaid), *inside], {**node, -1 - n: next(iter(trial_of))}
            )
        _indications(unit, edges)
        if (
            unit.diseases
            # (a drug it names only as a comparator or partner is another: "Acme said its drug
            # for D met the goal, when compared to Bolt's Y")
            and not unit.lead
            # (literal tests, a word each alternative holds and one of its nouns, spare most
            # units the search, which tries a possessive at each letter)
            and ("for " in unit.slow or "treat" in unit.slow)
            and holds_any(unit.slow, _UNNAMED_DRUG_NOUNS)
            and (cue := _UNNAMED_DRUG_FOR.search(unit.slow))
        ):
            # "Acme said its oral drug to treat D ...": the drug is the one organisation's
            # named before the possessive
            before_cue = {unit.node[oi] for oi, o in unit.orgs if o.end <= sent.start + cue.start()}
            # (the one company named before the cue owns a drug it calls "its": "Acme said its
            # oral drug for D ...", not "Acme's" nor "their")
            owner = (
                next(iter(before_cue))
                if len(before_cue) == 1 and unit.slow.startswith("its ", cue.start())
                else ""
            )
            unnamed = (_diseases_listed_at(unit, sent.start + cue.end()), sent, owner)
        elif (
            (earlier := unnamed_before[1])
            and adjacent
            and len({unit.node[mi] for mi, _m in unit.mols}) == 1
            and any(
                _NAMED_DESCRIPTION.search(text, max(sent.start, m.start - 50), m.start)
                for _mi, m in unit.mols
            )
        ):
            # "Acme said an experimental treatment for D failed. The drug, X, is approved for
            # D2.": the one drug the description names is the one left unnamed, for D too, and
            # the company's whose "its" the description referred to
            pair_of = Sentence(text[earlier.start : sent.end], earlier.start, sent.end)
            drug = unit.node[unit.mols[0][0]]
            for disease in unnamed_before[0]:
                edges.add(EdgeKind.INDICATED_FOR, drug, disease, pair_of)
            if unnamed_before[2] and not unit.orgs:
                edges.add(EdgeKind.DEVELOPS, unnamed_before[2], drug, pair_of)
        owners = _possessive_developers(unit, edges, owned)
        # ("Acme posted a loss. ... \n\n The company's lead candidate is X"): "the company"
        # of a text that has named one organisation is that one, past a paragraph's break too
        the_company_is = subject or (next(iter(named_so_far)) if len(named_so_far) == 1 else "")
        quoting = goes_on  # the company whose words the sentence quotes
        if unit.says and holds_any(sent.text, _OPENING_QUOTES):
            attributed = _speakers(unit)
            quoted = next(iter(attributed)) if len(attributed) == 1 else ""
            quoting = quoting or quoted
        voice = goes_on or speaker
        _anaphoric_developers(unit, edges, owners, subject, voice, the_company_is)
        _developers(unit, edges, owners, bought, quoting, taken or {})
        if n == 0 and ":" in unit.slow[:90]:
            _headline_company(unit, edges, owners)
        both = (
            _THE_COMPANIES.search(text, sent.start, sent.end)
            if pair and unit.mols and ("compan" in unit.slow or "partners" in unit.slow)
            else None
        )
        if both and {unit.node[oi] for oi, _ in unit.orgs} <= set(pair):
            # "The companies will partner to develop X": each of the two develops X
            pairing = [(_stand_in_index(n, 500 + k), org) for k, org in enumerate(pair)]
            stand_in = [(i, Span(ORG, *both.span(), both.group(), "")) for i, _ in pairing]
            own = _respective(unit, pair, edges)
            _developers(
                _unit(
                    text,
                    low,
                    sent,
                    [*stand_in, *((i, s) for i, s in inside if node.get(i) not in own)],
                    {**node, **dict(pairing)},
                ),
                edges,
                owners,
            )
        _combination_roles(unit, edges, owners)
        # the opening drug (read only after a list's opener or a drug announced unnamed)
        opening = lister or announced
        first = min(unit.mols, key=lambda im: im[1].start, default=None) if opening else None
        if lister:
            # "Acme's pipeline includes:" and a bullet per drug: each opening drug is Acme's
            if first and _BULLET.fullmatch(text, sent.start, first[1].start):
                edges.add(EdgeKind.DEVELOPS, lister, unit.node[first[0]], sent)
        else:
            listed = len(unit.orgs) == 1 and _LISTS_OWN.match(low, unit.orgs[0][1].end, sent.end)
            lister = unit.node[unit.orgs[0][0]] if listed else ""
        if issuer and unit.mols and not unit.orgs:
            _issuers_own(unit, issuer, edges)
        # "Acme dosed the first patient with its lead candidate. QX-101 is ...": the drug the
        # next sentence opens with is the one the company's possessive announced
        if (
            announced
            and adjacent
            and first
            and not unit.orgs
            and _OPENS_WITH.fullmatch(text, sent.start, first[1].start)
        ):
            edges.add(EdgeKind.DEVELOPS, announced, unit.node[first[0]], sent)
        # "three assets from Acme: X, Y and Z": the drugs listed after the company's colon
        for oi, o in unit.orgs if ":" in unit.slow else ():
            if _LIST_COLON_AFTER.match(text, o.end) and _ASSETS_FROM.search(
                low, max(sent.start, o.start - 80), o.start
            ):
                for mi, m in unit.lead:
                    if m.start > o.end:
                        edges.add(EdgeKind.DEVELOPS, unit.node[oi], unit.node[mi], sent)
        # "... compounds from the Acme pipeline. Compounds to be studied include X, Y and Z":
        # the drugs the next sentence lists are that pipeline's
        if pipeline_owner and adjacent and unit.mols and not unit.orgs and _LISTS.search(unit.slow):
            for mi, _m in unit.lead:
                edges.add(EdgeKind.DEVELOPS, pipeline_owner, unit.node[mi], sent)
        pipeline_owner = ""
        if len(unit.orgs) == 1 and not unit.mols:
            o = unit.orgs[0][1]
            if _PIPELINE_AFTER.match(text, o.end) and _FROM_BEFORE.search(
                low, max(sent.start, o.start - 12), o.start
            ):
                pipeline_owner = unit.node[unit.orgs[0][0]]
        announced = ""
        if (
            len(unit.orgs) == 1
            and not unit.mols
            and "its " in unit.slow  # (a literal test spares most sentences the pattern)
            and _ITS_DRUG.search(unit.slow)
        ):
            announced = unit.node[unit.orgs[0][0]]
        if "financ" in unit.slow or "invest" in unit.slow or "series " in unit.slow:
            _investors(unit, edges)
        _not_the_owners(unit, edges, owners)
        named_orgs = {unit.node[oi] for oi, _ in unit.orgs}
        the_company = (
            _THE_COMPANY.search(text, sent.start, sent.end) if len(named_orgs) == 1 else None
        )
        # "Agenus ... . The company announced a deal to license X to Bolt.": the company is
        # the one organisation of the sentence before; "the Company", a release's defined
        # name for its issuer, is the one organisation the text has named, past a paragraph's
        # break too ("X is developed by the Company licensed-in from Bolt")
        referent = (
            subject
            if the_company and adjacent and subject
            else the_company_is
            if the_company and the_company.group().endswith("Company")
            else ""
        )
        if the_company and any(o.start < the_company.start() for _, o in unit.orgs):
            the_company = None  # "Roche became ..., and the company is ...": Roche itself
        if the_company and referent and referent not in named_orgs:
            # the company, a party with the one organisation named
            company = Span(ORG, *the_company.span(), the_company.group(), "")
            _collaborations(
                _unit(text, low, sent, [(-1 - n, company), *inside], {**node, -1 - n: referent}),
                edges,
                voice,
            )
        else:
            _collaborations(unit, edges, voice)
        # "Entered commercial agreement for its platform with Bolt", "Achieved a milestone
        # under the X collaboration with Bolt": a highlight line with no subject is the
        # issuer's act, and the one party it names after "with" the issuer's partner
        if (
            issuer
            and len(named_orgs) == 1
            and issuer not in named_orgs
            and (sent.start == 0 or text[sent.start - 1] == "\n")
            and _SUBJECTLESS_ACT.match(text, sent.start, sent.end)
            and unit.collab_cue is not None
            and not unit.acquisition
            and _WITH_END.search(
                low, max(sent.start, unit.orgs[0][1].start - 20), unit.orgs[0][1].start
            )
        ):
            edges.add(EdgeKind.COLLABORATES_WITH, issuer, unit.node[unit.orgs[0][0]], sent)
        if (licensor := _sole_licensor(unit)) and (licensee := issuer or speaker) != licensor:
            edges.add(EdgeKind.COLLABORATES_WITH, licensee, licensor, sent)
        if (
            pair
            and not unit.orgs
            and ("compan" in unit.slow or "partners" in unit.slow)
            and _THE_COMPANIES.search(text, sent.start, sent.end)
        ):
            _the_two_partners(unit, edges, pair, bought)
        spoken_of = {unit.node[i] for i, _ in unit.lead}
        leading |= spoken_of
        if unit.mols:
            recent = (n, spoken_of)
        if (
            ("combin" in unit.slow or "plus" in unit.slow)  # (spares most units the searches)
            and _COMBINES.search(unit.slow)
            and not _COMPARES.search(unit.slow)
        ):
            combined = {unit.node[i] for i, _ in unit.mols}
        if unit.orgs:  # a sentence naming several leaves "its" undecided
            named = {unit.node[oi] for oi, _ in unit.orgs}
            if len(named) > 1:
                # (in the order named: "their respective X and Y" follows it)
                ordered = [unit.node[oi] for oi, _ in sorted(unit.orgs, key=lambda t: t[1].start)]
                pair = list(dict.fromkeys(ordered)) if len(named) == 2 else []
                if unit.acquisition:
                    bought |= named
            named_so_far |= named
            subject = named.pop() if len(named) == 1 else ""
    _makers_by_code(ents, sentences, edges, leading)
    _without_option_holders(low, sentences, by_sentence, ents, edges)
    return Relations(list(edges.found.values()), edges.ruled_out - set(edges.found))


# "If Acme exercises its option", "upon exercise of the option", "Assuming Acme exercise the
# option": an exercise to come, not one made
_EXERCISE_TO_COME = _ci(
    r"\b(?:if|upon|once|when|assuming|should|following|after|until|before)\s+"
    r"(?:[\w’'-]+\s+){0,3}?exercis"
)
_EXERCISE_MADE = _ci(r"\bexercis(?:ed|es|ing)\b|\bopt(?:s|ed|ing)?[- ]in\b")


def _issuers_own(u: _Unit, issuer: str, edges: _Edges) -> None:
    """The drugs a sentence naming no organisation gives the release's issuer: those of a
    highlight of its acts, of the sales it reports and of the launches it tells of."""
    text, sent = u.text, u.sent
    # "• Submitted the BLA for QX-101", "• EMA and FDA approval of X in D", "In-licensing
    # of X outside the U.S.": a highlight naming the issuer's act with no subject (a
    # bulleted verb, or a line opening with the act's noun) is the issuer's own
    if _HIGHLIGHT.match(text, sent.start, sent.end) or (
        (sent.start == 0 or text[sent.start - 1] == "\n")
        and _ACT_HIGHLIGHT.match(text, sent.start, sent.end)
    ):
        for mi, _m in u.lead:
            edges.add(EdgeKind.DEVELOPS, issuer, u.node[mi], sent)
    # "Revenue of X grew 15%", "sales growth driven by the performances of X and Y": the
    # products whose sales a release reports are the issuer's (not a partner's sales it earns
    # royalties on)
    if (
        ("sales" in u.slow or "revenue" in u.slow)
        and "royalt" not in u.slow
        and (sold := _SALES.search(u.slow))
    ):
        for mi, m in u.lead:
            if m.start >= sent.start + sold.start():
                edges.add(EdgeKind.DEVELOPS, issuer, u.node[mi], sent)
    # "boosted by the recent launch of X in the US", "investments in R&D and launch of X": a
    # product whose launch a release reports is the issuer's (not a partner's launch that
    # earns it a royalty or a milestone)
    if "launch" in u.slow and "royalt" not in u.slow and "milestone" not in u.slow:
        for launch in _LAUNCH_OF.finditer(u.slow):
            for mi, m in u.mols:
                if m.start == sent.start + launch.end():
                    edges.add(EdgeKind.DEVELOPS, issuer, u.node[mi], sent)


def _without_option_holders(
    low: str,
    sentences: list[Sentence],
    by_sentence: list[list[tuple[int, Span]]],
    ents: Entities,
    edges: _Edges,
) -> None:
    """An organisation the release says holds an option not yet exercised ("granting Bolt an
    option to an exclusive license", "Bolt has acquired an option to ...") develops nothing
    by a sentence about the option deal ("Acme and Bolt announce an Option and License
    Agreement for X"): it holds no rights to X yet (ANNOTATION.md)."""
    if "option" not in low:
        return
    holders: set[str] = set()
    exercised: set[str] = set()
    for sent, inside in zip(sentences, by_sentence, strict=True):
        if "option" not in low[sent.start : sent.end]:
            continue
        for i, span in inside:
            if span.kind != ORG:
                continue
            org = ents.span_node[i]
            if _holds_an_option(low, span, sent):
                holders.add(org)
            made = _EXERCISE_MADE.search(low, span.end, min(sent.end, span.end + 30))
            if made and not _EXERCISE_TO_COME.search(low, sent.start, made.end()):
                exercised.add(org)
    holders -= exercised
    if not holders:
        return
    for key, edge in list(edges.found.items()):
        if (
            edge.kind is EdgeKind.DEVELOPS
            and edge.source in holders
            and "option" in edge.evidence.lower()
        ):
            del edges.found[key]
            edges.ruled_out.add(key)


# "the companies will develop X in combinations with their respective medicines, Y and Z"
_RESPECTIVE = _ci(r"\b(?:their|its)\s+respective\b")


def _combination_roles(u: _Unit, edges: _Edges, owners: _Owners) -> None:
    """ "A and B announce a clinical collaboration to evaluate X in combination with Y": each
    party brings its own drug to a combination study, named in the parties' order, so neither
    develops the other's (unless the text says whose drug is whose)."""
    if len(u.orgs) < 2 or len(u.mols) < 2 or ("combin" not in u.slow and "plus" not in u.slow):
        return
    if not _COMBINES.search(u.slow) or not u.collab_cue:
        return
    orgs = list(dict.fromkeys(u.node[oi] for oi, _ in sorted(u.orgs, key=lambda x: x[1].start)))
    mols = list(dict.fromkeys(u.node[mi] for mi, _ in sorted(u.mols, key=lambda x: x[1].start)))
    if len(orgs) != 2 or len(mols) != 2 or any(owners.owned.get(m) for m in mols):
        return
    for org, own in zip(orgs, mols, strict=True):
        edges.add(EdgeKind.DEVELOPS, org, own, u.sent)
        for other in mols:
            if other == own:
                continue
            key = (str(EdgeKind.DEVELOPS), org, other)
            found = edges.found.get(key)
            if found is not None and found.evidence_start == u.sent.start:
                del edges.found[key]
            edges.ruled_out.add(key)


def _respective(u: _Unit, pair: list[str], edges: _Edges) -> set[str]:
    """ "The companies ... their respective medicines, Y and Z": the first company named
    develops Y, the second Z (not each both). The molecules so given."""
    said = _RESPECTIVE.search(u.low, u.sent.start, u.sent.end)
    if not said:
        return set()
    after = list(dict.fromkeys(u.node[mi] for mi, m in u.mols if m.start > said.end()))
    if len(after) != len(pair):
        return set()
    for org, mol in zip(pair, after, strict=True):
        edges.add(EdgeKind.DEVELOPS, org, mol, u.sent)
        for other in pair:
            if other != org:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), other, mol))
    return set(after)


# A drug code opens with its maker's name or initials ("ONO-4578" of Ono Pharmaceutical,
# "BMS-986205" of Bristol-Myers Squibb, "DS-8201" of Daiichi Sankyo).
_CODE_PREFIX = re.compile(r"([A-Z]{2,5})[- ]?\d")
_NAME_WORD = re.compile(r"[^\s\-]+")


def _makers_by_code(
    ents: Entities, sentences: list[Sentence], edges: _Edges, leading: set[str]
) -> None:
    """DEVELOPS: the organisation whose name or initials open the code of a drug the text is
    about (not one named only as a partner), the code's first sentence its evidence."""
    coded: list[tuple[Node, Mention, str]] = []  # each such drug, its code and the code's prefix
    for node in ents.nodes:
        if node.label is not Label.MOLECULE or node.id not in leading:
            continue
        code = next((m for m in node.mentions if _CODE_PREFIX.match(m.text)), None)
        prefix = _CODE_PREFIX.match(code.text) if code else None
        if code and prefix:
            coded.append((node, code, prefix.group(1)))
    if not coded:
        return  # (the makers' prefixes are read only for a drug named by a code)
    makers: dict[str, list[str]] = {}
    for node in ents.nodes:
        if node.label is Label.ORGANIZATION:
            words = _NAME_WORD.findall(node.name)
            initials = "".join(w[0] for w in words if w[:1].isupper())
            for prefix in {words[0].upper(), initials} if words else ():
                makers.setdefault(prefix, []).append(node.id)
    starts = [s.start for s in sentences]
    for node, code, code_prefix in coded:
        if len(makers.get(code_prefix, ())) != 1:
            continue
        maker = makers[code_prefix][0]
        if (str(EdgeKind.DEVELOPS), maker, node.id) in edges.ruled_out:
            continue
        sent = sentences[max(0, bisect.bisect_right(starts, code.start) - 1)]
        edges.add(EdgeKind.DEVELOPS, maker, node.id, sent)


def _alone_in_paragraph(text: str, sent: Sentence) -> bool:
    """Whether the sentence is a paragraph of its own (a blank line or the text's edge on
    either side)."""
    before = text[max(0, sent.start - 4) : sent.start]
    after = text[sent.end : sent.end + 4]
    opens = before.rstrip(" ").endswith("\n\n") or (sent.start <= 4 and not before.strip())
    return opens and (
        after.lstrip(" ").startswith("\n\n") or (sent.end + 4 >= len(text) and not after.strip())
    )


# "Acme's oncology pipeline includes:", then a bullet per product: "- X, a PARP inhibitor"
_LISTS_OWN = _ci(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:pipeline|portfolio|programs|products|candidates)\s+"
    r"(?:includes?|consists?\s+of|comprises?)\s*:\s*$"
)
_BULLET = re.compile(r"\s*[-–•*·▪]\s+")
# "Acme Reports Third Quarter Results", "Acme (NASDAQ: ACM) today announced": the issuer
_ANNOUNCES_AFTER = re.compile(
    # ("Acme ((Euronext: ACM), ...": a bracket doubled by mistake)
    # ("Acme SA (Euronext: ACM) ("Acme" or the "Company") reported": its ticker, then the
    # short name it defines)
    r"(?:,?\s+(?:Inc|Ltd|Corp|AG|SA|plc|N\.V)\.?)?(?:\s*\(\(?[^()]{0,60}\)){0,2}"
    # ("Acme Inc., a unit of Bolt, announced today": what the issuer is, between)
    r"(?:\s*,\s+(?:an?|the)\s+[^,.;]{0,100},)?,?\s+"
    # ("today presents its financial results", "today presented new data": said today only,
    # as a partner "presented" data at a congress is not the release's voice; "Acme delivers
    # strong results", "Acme delivers on its 2024 guidance": its own results, as reported)
    r"(?:(?:today\s+)?(?:[Aa]nnounce[sd]?|[Rr]eport(?:s|ed)?)|today\s+present(?:s|ed)"
    r"|delivers\s+(?:on\s+)?(?:[\w-]+\s+){0,3}?(?:results|guidance|growth)\b)\b"
)


_JOINED_BEFORE = re.compile(r"(?:\band|&|,)\s+(?:[Tt]he\s+)?$|\)\s+and\s+$")


def _issuer(text: str, ents: Entities) -> str:
    """The organisation the release opens by announcing or reporting, if it names one."""
    line_start = -2  # (only the first organisation of a line opens it)
    for span, node in zip(ents.spans, ents.span_node, strict=True):
        if span.kind != ORG:
            continue
        line = text.rfind("\n", 0, span.start)  # (where its line starts, looked for once)
        if line == line_start:
            continue
        line_start = line
        if _ANNOUNCES_AFTER.match(text, span.end):
            # ("Acme and Bolt today announced": a joint release has no one issuer)
            return "" if _JOINED_BEFORE.search(text, max(0, span.start - 60), span.start) else node
    return ""


# The mark a line of a release's highlights may open with: a dash, a bullet or a dot
_BULLET_MARK = r"(?:[-–•*▪]\s+|·\s*)"
# An item of a release's highlights that opens with the issuer's act, a noun: "U.S. regulatory
# approvals and launches of X", "- EMA and FDA approval of X", "In-licensing of X" (up to three
# words before it, none a verb)
_ACT_HIGHLIGHT = re.compile(
    rf"\s*{_BULLET_MARK}?(?:[\w.&-]+\s+){{0,3}}?"
    r"(?i:approvals?|launch(?:es)?|in-licen[cs]ing|initiation|submission|completion)"
    r"(?:\s+and\s+[\w-]+)?\s+of\s"
)
# What a release reports a product's launch by: "the launch of X", "launches of X"
_LAUNCH_OF = re.compile(r"\blaunch(?:es)?\s+of\s+")
# What a results release reports a product's sales by: "Sales of X", "Revenue of X grew"
_SALES = re.compile(r"\b(?:net\s+)?(?:sales|revenues?)\b")


# A line of a release's highlights that opens with the issuer's act, a verb in the past, no
# subject named ("Entered ...", "- Signed ..."), bulleted or not
_SUBJECTLESS_ACT = re.compile(
    rf"\s*{_BULLET_MARK}?(?:Entered|Signed|Achieved|Executed|Expanded|Extended|Formed|"
    r"Established|Concluded)\s"
)


# A bullet of a release's highlights that opens with what the issuer did, no subject named:
# "• Received PDUFA action date ... for QX-101", "• Initiated a Phase 2 trial of QX-202"
_HIGHLIGHT = re.compile(
    rf"\s*{_BULLET_MARK}(?:Received|Submitted|Initiated|Completed|Dosed|Filed|Launched|Obtained|"
    r"Announced|Presented|Reported|Began|Started|Commenced|Enrolled|Achieved|Gained|Secured)\s"
)


def _unit(
    text: str, low: str, sent: Sentence, inside: list[tuple[int, Span]], node: dict[int, str]
) -> _Unit:
    # (the mentions sorted by kind in one pass)
    of: dict[str, list[tuple[int, Span]]] = {MOLECULE: [], TARGET: [], DISEASE: [], ORG: []}
    for pair in inside:
        if (kind := of.get(pair[1].kind)) is not None:
            kind.append(pair)
    return _Unit(
        text,
        low,
        sent,
        inside,
        node,
        of[MOLECULE],
        of[TARGET],
        of[DISEASE],
        of[ORG],
        low[sent.start : sent.end],
    )


_OWN_APPOSITIVE = re.compile(r",\s+an?\s")
_MEMBERS_CUE = re.compile(r"\b(?:including|such as)\s")
# "X, Acme's lead cell therapy candidate, is an autologous ... candidate targeting BCMA": the
# subject's own appositive, then what it is (the class may run long)
_APPOSITIVE_THEN_IS = re.compile(r",[^,.;()]{1,60},\s+is\s+an?\s")


def _names_the_next_drug(u: _Unit, gap: str, t: Span) -> bool:
    """ "X (x) and CTLA4 monoclonal antibody Y", "Bcr-Abl inhibitor X, Bcl-2 inhibitor Y": a
    target right after "and" or a bare comma that opens the class of the drug named next is
    that drug's, not the one before."""
    if not (_AND_ENDS.search(gap) or _BARE_COMMA.fullmatch(gap)):
        return False
    return any(
        x.start >= t.end
        and x.start - t.end <= 90
        and _TARGET_THEN_MOL.match(u.text[t.end : x.start]) is not None
        for _, x in u.mols
    )


# a target's class noun right before a drug's name: "FcRn drug efgartigimod", "the PD-1
# inhibitor pembrolizumab"
_CLASS_NOUN_BEFORE_DRUG = re.compile(
    r"[\s-]*(?:[\w-]+\s+){0,2}?(?:inhibitors?|antibod(?:y|ies)|drugs?|agonists?|antagonists?|"
    r"blockers?|degraders?|ADCs?|candidates?|therap(?:y|ies))\s+"
)


def _class_of_the_next_drug(u: _Unit, mi: int, t: Span) -> bool:
    """Whether target `t` opens the class of another drug named right after it ("Argenx,
    partnered on X, posted data on FcRn drug Y"): that drug's, not molecule mi's before."""
    return any(
        u.node[xi] != u.node[mi]
        and 0 <= x.start - t.end <= 40
        and _CLASS_NOUN_BEFORE_DRUG.fullmatch(u.text, t.end, x.start) is not None
        for xi, x in u.mols
    )


def _other_name_of(u: _Unit, item: Span, t: Span) -> bool:
    """Whether target `t` is another name of `item` in the brackets right after it."""
    names = {u.node[i] for i, x in u.targets if x is item or x is t}
    return len(names) == 1 and _IN_BRACKETS_AFTER.fullmatch(u.text, item.end, t.start) is not None


_IN_BRACKETS_AFTER = re.compile(r"\s*\((?:[^()]{0,20}[;,/]\s*)?")
_AND_ENDS = re.compile(r"\band\s+(?:(?:an?|the)\s+)?$")  # ("..., and a CD40 antibody, Y")
_BARE_COMMA = re.compile(r"\s*,\s*")


_RESPECTIVELY = re.compile(r",?\s+respectively\b")


def _respective_targets(u: _Unit, edges: _Edges) -> set[int]:
    """ "A and B, ADCs targeting TROP-2 or B7-H3, respectively": each drug of a list acts on
    the target in its place in the list after it, not on every one. The target indices so
    paired."""
    if "respectively" not in u.slow:
        return set()
    said = _RESPECTIVELY.search(u.text, u.sent.start, u.sent.end)
    if said is None:
        return set()
    # the list of target mentions ending right before "respectively", read back
    mentions: list[list[int]] = []  # (the members of one range share their mention)
    after: Span | None = None  # the item read last, the one after t in the text
    for ti, t in sorted(u.targets, key=lambda x: -x[1].start):
        if after is not None and t.start == after.start:
            mentions[-1].append(ti)
            continue
        if not (t.end == said.start() if after is None else listed_after(u.text, u.low, t, after)):
            break
        mentions.append([ti])
        after = t
    if after is None:
        return set()
    end = after.start
    # the drugs listed before the targets
    drugs: list[int] = []
    last: Span | None = None
    for mi, m in sorted(u.mols, key=lambda x: x[1].start):
        if m.end > end:
            break
        if last is not None and not LIST_JOIN.fullmatch(u.text, last.end, m.start):
            drugs = []
        drugs.append(mi)
        last = m
    mentions.reverse()
    if len(mentions) < 2 or len(drugs) != len(mentions):
        return set()
    for mi, group in zip(drugs, mentions, strict=True):
        for ti in group:
            edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
            for other in drugs:
                if other != mi:
                    edges.ruled_out.add((str(EdgeKind.TARGETS), u.node[other], u.node[ti]))
    return {ti for group in mentions for ti in group}


def _targets(u: _Unit, edges: _Edges) -> None:
    """TARGETS: "X, an anti-CD20 antibody", "X selectively inhibits BTK", "the BTK inhibitor X",
    "An inhibitor of BTK, X is ..."; a target listed after one of X's ("binds to A on tumor
    cells and to B on T cells") is X's too, however long the list."""
    if not (u.targets and u.mols):
        return  # (no edge without both: most units are spared the literal tests and loops)
    acting: dict[int, list[int]] = {}  # the molecules stated to act on each target mention
    previous: Span | None = None
    paired = _respective_targets(u, edges)
    # (a literal test, a word every match holds, spares most units the per-target searches)
    ligands = "ligand" in u.slow
    for ti, t in u.targets:
        if ti in paired:
            continue
        if ligands and _ITS_LIGANDS.search(u.low, max(u.sent.start, t.start - 30), t.start):
            continue  # "blocking the interaction of PD-1 with its ligands (PD-L1 and PD-L2)"
        if in_prior_therapy_list(u.low, t.start):
            continue
        if previous is not None and listed_after(u.text, u.low, previous, t):
            for mi in acting.get(id(previous), []):
                edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
                acting.setdefault(id(t), []).append(mi)
        # ("erbB1 (EGFR; HER1), erbB2 ...": the list goes on after an item's other names)
        if previous is None or not _other_name_of(u, previous, t):
            previous = t
        for mi, m in u.mols:
            if m.end <= t.start:
                gap = u.text[m.end : t.start]
                between = [  # (another drug: the same drug's other name is no stop)
                    x
                    for xi, x in u.mols
                    if u.node[xi] != u.node[mi] and m.end <= x.start and x.end <= t.start
                ]
                if (
                    between
                    and _listed_drugs(u.text, m, between)
                    and not _one_drug_class(u.text, between[-1].end, t.end)
                ):
                    # "A and B, CAR T candidates that target CD19": the list's class
                    gap, between = u.text[between[-1].end : t.start], []
                stated = (
                    _APPOSITIVE.match(gap)
                    and not _bracketed_in_another_class(u, m, gap)
                    and not (
                        _MADE_AS_WHAT.match(gap)
                        and not _MADE_BEFORE.search(u.low, max(0, m.start - 8), m.start)
                    )
                ) or (
                    m.start == m.end and _CLASS_AGAINST.fullmatch(gap)  # a class referring back
                )
                if (
                    # (a list of members may stand further off: "X is ... inhibitor with a
                    # novel binding mode that inhibits several RTKs including A, B and C")
                    not (
                        len(gap)
                        <= (
                            200
                            if _MEMBERS_CUE.search(gap, len(gap) - 80)
                            or _APPOSITIVE_THEN_IS.match(gap)
                            else 140
                        )
                        and not between
                        and stated
                    )
                    or _partner_class(u, m, t)
                    or _CLAUSE_AFTER_COMMA.match(gap)
                    or _names_the_next_drug(u, gap, t)
                    or _class_of_the_next_drug(u, mi, t)
                ):
                    continue
            elif t.end <= m.start:
                # "the HER2-targeted antibodies A and B": B is read from the list's first
                before = sorted(
                    (x for _, x in u.mols if t.end <= x.start < m.start), key=attrgetter("start")
                )
                listed = bool(before) and _listed_drugs(u.text, before[0], [*before[1:], m])
                if listed and _OWN_APPOSITIVE.match(u.text, m.end):
                    continue  # "the anti-PD-L1 X, and Y, a Probody version of ipilimumab"
                if not listed and any(u.node[xi] != u.node[mi] for xi, x in u.mols if x in before):
                    continue  # "the PD-1 agonist A and the CD40 antibody B": A's class, not B's
                first = before[0] if listed else m
                gap = u.text[t.end : first.start]
                if not (
                    (len(gap) <= 90 and _TARGET_THEN_MOL.match(gap))
                    or (
                        len(gap) <= 120
                        and _ANTI_BEFORE.search(u.text, max(0, t.start - 12), t.start)
                        and _ANTI_TARGET_THEN_MOL.match(gap)
                    )
                    or (
                        _CLASS_THEN_MOL.fullmatch(gap)
                        and _CLASS_OPENS.fullmatch(u.text, u.sent.start, t.start)
                    )
                ):
                    continue
            else:
                continue
            edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
            acting.setdefault(id(t), []).append(mi)
    _class_members(u, edges)
    # "the KRAS, NRAS and HRAS inhibitor X": a drug named after a list acts on every item
    later: list[int] = []
    for (ti, t), (_, after) in reversed(list(itertools.pairwise(u.targets))):
        # (the members of one range, "CDK4/6", are one item)
        listed = (t.start, t.end) == (after.start, after.end)
        listed = listed or listed_after(u.text, u.low, t, after)
        later = acting.get(id(after), []) if listed else []
        for mi in later:
            if dict(u.mols)[mi].start >= after.end and mi not in acting.get(id(t), []):
                edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
                acting.setdefault(id(t), []).append(mi)


# "current BTK inhibitors for MCL, such as", "Other CDK4/6 inhibitors on the market are",
# "tumor necrosis factor blockers — including": a class in the plural, then its members
_MEMBERS_AFTER = re.compile(
    # ("anti-CD33 therapies, such as A or B", "CD20-directed drugs including A")
    r"[\s\-]*(?:[\w-]+\s+){0,2}?(?i:inhibitors|blockers|antagonists|agonists|antibodies|"
    r"degraders|therapies|drugs|ADCs|agents|medicines)\b(?:[^.;:()]{0,50}?,)?(?:\s+(?:available|approved|marketed|on|in)\b[^.;:()]{0,40}?)?"
    r"(?:\s+such\s+as|\s*[,—–]?\s*including|\s+(?:are|include))\s+"
)
# What stands between two members of such a list: the maker's possessive (perhaps with its
# ticker: "Pfizer’s PFE Ibrance"), an adjective ("Amgen's blockbuster Enbrel")
_NEXT_MEMBER = re.compile(
    r"[\s®™]*\)?\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)"
    r"(?:[A-Z][\w&/.\- ]{0,40}?['’]s?\s+(?:[A-Z]{2,5}\s+)?)?(?:[a-z][\w-]*\s+){0,2}"
)
_FIRST_MEMBER = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w&/.\- ]{0,40}?['’]s?\s+(?:[A-Z]{2,5}\s+)?)?(?:[a-z][\w-]*\s+){0,2}"
)


_PUNCTUATION = re.compile(r"[,;:.]")


def _bracketed_in_another_class(u: _Unit, m: Span, gap: str) -> bool:
    """Whether `m` sits in brackets that the gap closes, after a class named by its own
    target: "the anti-TIGIT program (A and B), the anti-PD-1 antibody program (C)" lists a
    second program after the first, no description of A; "Zorvia (zorvitinib), an inhibitor"
    and "the TCR T-cell therapy (X) targeting Y" still describe the drug in brackets."""
    if not gap.lstrip("®™ ").startswith(")"):
        return False
    opened = u.text.rfind("(", u.sent.start, m.start)
    return opened >= 0 and any(
        x.end <= opened and opened - x.end <= 40 and not _PUNCTUATION.search(u.text, x.end, opened)
        for _, x in u.targets
    )


def _class_members(u: _Unit, edges: _Edges) -> None:
    """TARGETS of the drugs a text lists as members of a class it names by its target
    ("BTK inhibitors, such as Acme’s X (x) and Bolt’s Y (y)"), makers' names between them."""
    for ti, t in u.targets:
        cue = _MEMBERS_AFTER.match(u.text, t.end, u.sent.end)
        if not cue:
            continue
        position, first = cue.end(), True
        for mi, m in sorted(u.mols, key=lambda item: item[1].start):
            if m.start < position:
                continue
            gap = _FIRST_MEMBER if first else _NEXT_MEMBER
            if not gap.fullmatch(u.text, position, m.start):
                # (the drug's other name in brackets continues the item: "X (x)")
                if not first and _OTHER_NAME.fullmatch(u.text, position, m.start):
                    edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
                    position = m.end
                    continue
                break
            edges.add(EdgeKind.TARGETS, u.node[mi], u.node[ti], u.sent)
            position, first = m.end, False


_OTHER_NAME = re.compile(r"\s*[®™]?\s*\(\s*")


_ITS_LIGANDS = _ci(r"\bits\s+(?:natural\s+)?ligands?\s*(?:\(\s*)?(?:[\w-]+\s*(?:,|and)\s*)?$")


def _listed_drugs(text: str, m: Span, others: list[Span]) -> bool:
    """Whether the drugs after m are listed with it ("A and B", "A, B and C")."""
    end = m.end
    for x in others:
        if not LIST_JOIN.fullmatch(text, end, x.start):
            return False
        end = x.end
    return True


# The class after a list that names one drug, its last: "A and B, a PLK1 inhibitor", "A and
# B, our selective PLK1 inhibitor" (not "A and B, PLK1 inhibitors in Phase 1")
_ONE_DRUG_OPENS = re.compile(r",\s+an?\s")
_ONE_DRUG_HEAD = re.compile(
    r"[- ](?:[\w-]+ ){0,2}?(?:inhibitor|antibody|agonist|antagonist|degrader|conjugate|ADC|"
    r"modulator|blocker|candidate|compound|molecule|drug|agent|therapy|vaccine)(?![\w-])"
    # (a noun before the plural head: "A and B, CD19 antibody candidates")
    r"(?!\s+(?:candidates|therap(?:ies|eutics)|drugs|agents|programs|molecules|compounds|"
    r"products|assets|conjugates|ADCs)\b)"
)


def _one_drug_class(text: str, after_list: int, target_end: int) -> bool:
    """Whether the class written after a list of drugs, about the target ending at
    `target_end`, is in the singular: it describes the list's last drug alone."""
    return bool(_ONE_DRUG_OPENS.match(text, after_list) or _ONE_DRUG_HEAD.match(text, target_end))


def _partner_class(u: _Unit, m: Span, t: Span) -> bool:
    """Whether the target after molecule `m` opens or follows the class of a drug given with,
    before or against it ("X is studied with a MEK inhibitor")."""
    gap = u.low[m.end : t.start]
    if not holds_any(gap, _OTHER_DRUG_CUES):
        return False
    partner = _OTHER_DRUG_CLASS.search(u.text, m.end, min(len(u.text), t.end + 60))
    return partner is not None and partner.start() < t.start


def _indications(u: _Unit, edges: _Edges) -> None:
    """INDICATED_FOR: a lead molecule (no combination partner) and a disease in a sentence
    about treatment, approval or trials, not about adverse events or passing responses. In a
    sentence about none of these, a drug's class said to be for the disease ("rights to X, an
    anti-CD20 antibody for D") states it."""
    if not (u.mols and u.diseases) or holds_any(u.slow, _ADVERSE):
        return
    # (a literal test, cues the pattern matches as they stand, finds most without the search)
    cued = holds_any(u.slow, _INDICATION_WORDS) or bool(_INDICATION_CUE.search(u.slow))
    # (literal tests, the words the patterns open with, once per unit: they spare most units
    # the searches, once per molecule or disease)
    diagnosed = holds_any(u.slow, _DIAGNOSED_WORDS)
    this = holds_any(u.slow, _THIS_WORDS)
    lead = [
        (mi, m)
        for mi, m in u.lead
        if not _joined_with(u.low, u.sent, m, u.mols)
        and not (
            diagnosed and _DIAGNOSED_BY.search(u.low, max(u.sent.start, m.start - 90), m.start)
        )
    ]
    # (a literal test once per unit: a sentence holding no phase word has none between a
    # product and its disease either, so the per-pair slices and tests are spared)
    phased = holds_any(u.slow, _PHASE_PARTS)
    phase = _phase(u.sent.text, u.slow) if phased else ""
    product_list = _lists_products(lead, u.node, u.diseases)
    previous: Span | None = None  # the last disease taken as an indication
    describing: set[str] = set()  # the diseases named to describe another
    for di, d in u.diseases:
        if _in_passing(u, d):
            continue
        if (
            u.node[di] in describing  # ("... caused by systemic lupus erythematosus (SLE)")
            or _describes_disease(u, d)
            or _causes_disease(u, d)
            or _safety_known_in(u, d)
            or _FIELD_AFTER.match(u.low, d.end)  # "leading ... in the IBD space": a market
            or (
                (
                    _INDICATIONS_AFTER.match(u.low, d.end) is not None
                    # (a class named by its indications: "future autoimmune indications")
                    or u.low.endswith(("indication", "indications"), d.start, d.end)
                )
                and _HOPED_FOR_BEFORE.search(u.low, max(u.sent.start, d.start - 40), d.start)
                is not None
            )
            # "patients living with this challenging skin cancer": a disease named before
            or (this and _THIS_BEFORE.search(u.low, max(u.sent.start, d.start - 40), d.start))
            or (
                holds_any(u.slow, _COULD_WORDS)
                and _COULD_IN_OTHERS.search(u.low, max(u.sent.start, d.start - 300), d.start)
                is not None
            )
        ):
            describing.add(u.node[di])
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.INDICATED_FOR), u.node[mi], u.node[di]))
            continue
        focus = (
            _FOCUS_ON.search(u.low, max(u.sent.start, d.start - 90), d.start)
            if "focus" in u.slow
            else None
        )
        if focus and not any(focus.end() <= m.start < d.start for _, m in lead):
            # "we narrowed our focus on hematological malignancies and prostate cancer, and
            # deprioritized our X program": what a company focuses on, no drug's indication
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.INDICATED_FOR), u.node[mi], u.node[di]))
            continue
        described = _company_description(u, d)
        # the drugs named in the company's appositive, before d: the only ones it is said of
        described_with = {mi for mi, m in lead if described <= m.start < d.start}
        if described >= 0:
            for mi, _m in lead:
                if mi not in described_with:
                    edges.ruled_out.add((str(EdgeKind.INDICATED_FOR), u.node[mi], u.node[di]))
            if not described_with:
                continue
        listed = previous is not None and (
            _LIST_GAP.match(u.low, previous.end, d.start)
            or previous.end == d.end  # the last item of a list sharing its head noun
        )
        # "to buy the psoriasis drug X": the disease named as the class of the drug right
        # after it states what the drug is for, whatever else the sentence is about
        classed = _drugs_of_disease_class(u, lead, d)
        if not (
            cued
            or listed
            or classed
            or _CLASS_FOR.search(u.low, max(u.sent.start, d.start - 70), d.start)
            or any(_NAMED_FOR.fullmatch(u.text, m.end, d.start) for _, m in lead)
        ):
            continue
        if (
            d.broad
            and not listed
            and not _broad_indication(u.low, u.sent, d)
            # "rights to X for solid tumors", "a study evaluating X in solid tumors": the class
            # right after the drug is its indication
            and not any(_DRUG_IN_CLASS.fullmatch(u.text, m.end, d.start) for _, m in lead)
        ):
            continue
        previous = d
        said_of = _product_named_before(lead, d, u.node) if product_list else lead
        if classed:
            said_of = classed  # "the psoriasis drug Y": the drug the disease names the class of
        said_of = [(mi, m) for mi, m in said_of if not _said_of_another(u, lead, mi, m, d)]
        for mi, _m in lead:
            if (mi, _m) not in said_of:
                edges.ruled_out.add((str(EdgeKind.INDICATED_FOR), u.node[mi], u.node[di]))
        for mi, m in said_of:
            if described >= 0 and mi not in described_with:
                continue
            # with several products, the phase said between a product and its disease
            own = (
                _phase(u.text[m.start : d.start], u.low[m.start : d.start])
                if phased and len(lead) > 1
                else ""
            )
            stated = own or phase
            edges.add(
                EdgeKind.INDICATED_FOR,
                u.node[mi],
                u.node[di],
                u.sent,
                {"phase": stated} if stated else None,
            )


# "the lupus treatment X", "the multiple sclerosis treatments X and Y": a disease naming the
# class of the drugs named right after it
_DISEASE_CLASS_BEFORE_DRUG = re.compile(r"[\s-]+(treatment|drug|therapy|medicine|candidate)(s?)\s+")
_DRUG_LIST_GAP = re.compile(r"\s*(?:,|and|,\s*and)\s*")
# "ZX-101, a lung cancer drug", "ZX-101, an experimental non-small cell lung cancer (NSCLC)
# biologic": the class of the one drug named right before it, in apposition
_DISEASE_CLASS_OF_ONE = re.compile(
    r"(?:\s*\([^()]{1,15}\))?[\s-]+(?:treatment|drug|therapy|medicine|candidate|biologic)\b(?!-)"
)
_APPOSITIVE_TO_CLASS = re.compile(
    rf"{MARK}?(?:\s*\([^()]{{1,60}}\))?,\s+(?:an?|the|another|its|their|our)\s+"
    # (a few words describing it, none a preposition or a relative: "X, a combination of Y
    # and the lung cancer drug Z" names Z's class)
    r"(?:(?!(?:of|for|with|in|to|and|or|by|from|that|which)\s)[a-z][\w-]*\s+){0,3}"
)


def _drugs_of_disease_class(
    u: _Unit, lead: list[tuple[int, Span]], d: Span
) -> list[tuple[int, Span]]:
    """The lead molecules named right after disease d and its class noun ("Biogen makes the
    MS treatments X and Y as well as the SMA treatment Z": Z alone is for SMA), or the one
    named right before them in apposition ("X, a lung cancer drug")."""
    return _drugs_after_class(u, lead, d) or _drug_before_class(u, lead, d)


def _drugs_after_class(u: _Unit, lead: list[tuple[int, Span]], d: Span) -> list[tuple[int, Span]]:
    """The lead molecules right after disease d and its class noun ("the SMA treatment Z")."""
    cls = _DISEASE_CLASS_BEFORE_DRUG.match(u.text, d.end)
    if not cls:
        return []
    following = sorted((x for x in lead if x[1].start >= cls.end()), key=lambda x: x[1].start)
    if not following or following[0][1].start != cls.end():
        return []
    own = [following[0]]
    for item in following[1:]:
        if not cls.group(2) or not _DRUG_LIST_GAP.fullmatch(u.text, own[-1][1].end, item[1].start):
            break
        own.append(item)  # (a plural class lists its drugs)
    return own


def _drug_before_class(u: _Unit, lead: list[tuple[int, Span]], d: Span) -> list[tuple[int, Span]]:
    """The one lead molecule that disease d and its class noun stand in apposition to ("X, a
    lung cancer drug")."""
    if not _DISEASE_CLASS_OF_ONE.match(u.text, d.end):
        return []
    return [x for x in lead if _APPOSITIVE_TO_CLASS.fullmatch(u.text, x[1].end, d.start)][:1]


# "X targets Y, which is overexpressed in 30% of patients with D, as well as other E": where a
# target is found, not what a drug treats
_EXPRESSED_IN = _ci(
    r"\b(?:(?:over-?)?express(?:ed|ion)|amplified|amplification|up-?regulated)\s+"
    r"(?:\w+\s+){0,2}?in\b(?:(?!\b(?:treat\w*|for|indicated|approv\w*)\b)[^.;])*$"
    # "X targets cancers overexpressing Y, such as D1, D2 and D3": the examples of cancers
    # that express the target
    r"|\btargets?\s+(?:cancers|tumou?rs|malignancies)\s+(?:that\s+)?(?:over-?)?express(?:ing)?\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+,?\s+(?:such\s+as|including)\b"
    r"(?:(?!\b(?:treat\w*|for|indicated|approv\w*)\b)[^.;])*$"
)


def _diseases_listed_at(u: _Unit, at: int) -> list[str]:
    """The diseases of the list opening at `at` ("for D1, D2 and D3", "to treat relapsing D"),
    none if none opens there."""
    listed: list[str] = []
    for di, d in sorted(u.diseases, key=lambda pair: pair[1].start):
        if d.start < at:
            continue
        gap = _DISEASE_LIST_GAP if listed else _DISEASE_QUALIFIERS
        if d.start > at and not gap.fullmatch(u.text, at, d.start):
            break
        listed.append(u.node[di])
        at = d.end
    return listed


def _in_passing(u: _Unit, d: Span) -> bool:
    """Whether disease d is named for responses seen in passing ("responses were also observed
    in patients with D"), not for efficacy a study sets out to evaluate, or for where a target
    is expressed."""
    if (
        "express" in u.slow or "amplif" in u.slow or "regulated" in u.slow
    ) and _EXPRESSED_IN.search(u.low, max(u.sent.start, d.start - 160), d.start):
        return True
    if holds_any(u.slow, _ARISEN_WORDS) and _ARISEN_FROM.search(
        u.low, max(u.sent.start, d.start - 60), d.start
    ):
        return True  # "MF developed after essential thrombocythemia or PV": what came before
    if "warning" in u.slow and _WARNED_OF.search(u.low, max(u.sent.start, d.start - 60), d.start):
        return True  # "came with a boxed warning about infections and thrombosis": a risk
    if not holds_any(u.slow, _PASSING_WORDS):
        return False  # (the words the pattern opens with: a literal test spares most units)
    start = max(u.sent.start, d.start - 60)
    passing = _PASSING.search(u.low, start, d.start)
    if not passing:
        return False
    at = passing.start()
    if _EVALUATES.search(u.low, max(u.sent.start, at - 60), at):
        return False
    # "data from our Phase 2 study of X showed activity in patients with D": the study's own
    # population, unless said besides ("activity was also seen in other tumours")
    return not (
        _STUDY_OF.search(u.low, u.sent.start, at)
        and not _BESIDES.search(u.low, max(u.sent.start, at - 30), d.start)
    )


# (the words the patterns open with, for literal tests)
_ARISEN_WORDS = ("develop", "aris", "evolv", "transformed", "progressed", "secondary")
_PASSING_WORDS = ("respons", "activity", "efficacy", "benefit", "observed", "seen", "reported")
_STUDY_OF = _ci(r"\b(?:trials?|stud(?:y|ies))\s+(?:of|with|evaluating|investigating)\s+")
_WARNED_OF = _ci(r"\bwarnings?\s+(?:about|of|for|on)\s+(?:[\w-]+,?\s+){0,4}$")
_BESIDES = _ci(r"\b(?:also|other|additional|as well)\b")


# The disease a patient's disease arose from, and the next of its list: "MF developed after
# essential thrombocythemia or polycythemia vera", "secondary to"
# (each word before its boundary check, `words_first`: the search skips to their letters)
_ARISEN_FROM = _ci(
    "(?:"
    + words_first(
        "developed|developing|arising|arisen|evolved|evolving|transformed|progressed",
        r"\s+(?:after|from)",
    )
    + rf"|{_word('secondary')}\s+to)\s+(?:[\w-]+\s+){{0,4}}?(?:(?:or|and)\s+)?$"
)


# "X, and other drugs for Y": an unnamed subject of its own takes the disease after it.
_OTHER_SUBJECT = _ci(
    # ("and" before its boundary check, `_word`: the search skips to the letter it opens with)
    rf"{_word('and')}\s+(?:other\s+|several\s+|two\s+|three\s+)?(?:agents|drugs|candidates|compounds|"
    r"products|therapies|programs|assets)\b"
)


# a molecule's own purpose phrase, before the next molecule of the sentence
_OWN_PURPOSE = re.compile(r"\bfor\b")
# ("X for D (DA) and ex-U.S. rights to Y": the disease's abbreviation, a country's stops)
_AND_NEXT = re.compile(
    r"(?:\s*\([^()]{1,20}\))?[\s,]*(?:and|while|whereas)\s+(?:[^,;.]|(?<=[A-Z])\.){0,30}$"
)


# an appositive that is still open where a disease is named: ", a BTK inhibitor for the
# treatment of "
_APPOSITIVE_UNTIL = re.compile(r",\s+(?:an?|the|its|their|our)\s+[^,;]*")


def _said_of_another(u: _Unit, lead: list[tuple[int, Span]], mi: int, m: Span, d: Span) -> bool:
    """Whether a disease the sentence names belongs to another subject than molecule m: a
    molecule named after the disease with another lead molecule before it ("X for D and
    Y against ..."), or unnamed agents between them ("X, and other drugs for D")."""
    if d.end <= m.start:
        return bool(_AND_NEXT.match(u.low, d.end, m.start)) and any(
            x.end <= d.start and u.node[xi] != u.node[mi] for xi, x in lead
        )
    if any(
        m.end <= x.start
        and x.end <= d.start
        and u.node[xi] != u.node[mi]
        and _OWN_PURPOSE.search(u.low, m.end, x.start)
        for xi, x in lead
    ):
        return True  # "X for NASH and Y for D": X's own phrase, unrecognised, goes before Y
    if any(
        m.end <= x.start
        and x.end <= d.start
        and u.node[xi] != u.node[mi]
        and _APPOSITIVE_UNTIL.fullmatch(u.low, x.end, d.start)
        for xi, x in u.mols
    ):
        return True  # "X ..., along with Y, a BTK inhibitor in Phase 1 for D": Y's appositive
    # "...; test X to treat prostate cancer; and search for drugs to combine with Y for D":
    # the clause after the last semicolon, naming a drug of its own, is about that drug
    # (not a semicolon inside brackets: "agents (HMAs; Y, Z) in patients with D")
    clause = u.low.rfind(";", m.end, d.start) + 1
    after = u.low[clause : d.start]
    if (
        clause
        and after.count(")") <= after.count("(")
        and any(clause <= x.start < d.start for _, x in u.mols)
    ):
        return True
    return bool(_OTHER_SUBJECT.search(u.low, m.end, d.start))


def _lists_products(
    lead: list[tuple[int, Span]], node: dict[int, str], diseases: list[tuple[int, Span]]
) -> bool:
    """Whether the unit lists products each with its own disease ("X, in Phase 3 for NSCLC,
    and Y, in Phase 1 for pancreatic cancer"): a product first, a disease between two
    products, one after the last. Not so when the diseases come first or the last product
    has none of its own ("the AD portfolio, which includes Y")."""
    if len({node[mi] for mi, _ in lead}) < 2:
        return False
    if lead[0][1].start > diseases[0][1].start or diseases[-1][1].start < lead[-1][1].end:
        return False
    return any(
        {node[mi] for mi, m in lead if m.start >= d.end}
        - {node[mi] for mi, m in lead if m.end <= d.start}
        and any(m.end <= d.start for _, m in lead)
        for _, d in diseases
    )


def _product_named_before(
    lead: list[tuple[int, Span]], disease: Span, node: dict[int, str]
) -> list[tuple[int, Span]]:
    """In a list of products, the mentions of the product named last before the disease."""
    before = [mi for mi, m in lead if m.end <= disease.start]
    if not before:
        return lead
    return [(mi, m) for mi, m in lead if node[mi] == node[before[-1]]]


class _Owners(NamedTuple):
    """What the possessives of a sentence bind: the organisations (by node) and where each
    first owns something, and each owned molecule's owners."""

    starts: dict[str, int]
    owned: dict[str, set[str]]


_POSSESSIVE_S = re.compile(r"[’']s?\s")


def _possessive_developers(u: _Unit, edges: _Edges, owned: dict[str, set[str]]) -> _Owners:
    """DEVELOPS, possessive: "Merck’s anti-PD-1 therapy KEYTRUDA", "Kura’s ziftomenib".
    Returns the organisations so bound: each owns what follows it, not the molecules the
    sentence named before it ("zorbimab with Bolt’s lumatinib"), whichever of its mentions
    ("Bolt’s (Nasdaq: BOLT) lumatinib")."""
    owners = _Owners({}, owned)
    for oi, o in u.orgs:
        # ("led by Novartis ($NVS) and its psoriasis-treating X": the possessive after "and")
        its = _THEN_ITS.match(u.text, o.end)
        if not (_POSSESSIVE_S.match(u.text, o.end) or its):
            continue
        after = its.end() if its else o.end
        for mi, m in u.mols:
            gap = u.text[after : m.start]
            others = [
                x
                for xi, x in u.inside
                if x.kind in (ORG, MOLECULE)
                and after <= x.start
                and x.end <= m.start
                and u.node[xi] != u.node[oi]  # its ticker: "Acme’s (LSE: ACM) X"
            ]
            if 0 < len(gap) <= 60 and not others and not NOT_POSSESSED.search(gap):
                # (a drug its owner calls "proprietary" is no comparator: "the second drug
                # from Acme's platform, along with Acme's proprietary drug candidate X")
                if (
                    u.node[mi] in u.partners
                    and not _COMBINES.search(u.low, max(u.sent.start, o.start - 90), o.start)
                    and "proprietary" not in u.low[after : m.start]
                ):
                    # a comparator or prior therapy: no edges (ANNOTATION.md), and its
                    # owner no party of the sentence's drug
                    edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
                    owners.starts.setdefault(u.node[oi], o.start)
                    owners.owned.setdefault(u.node[mi], set()).add(u.node[oi])
                    break
                # (a combination partner's maker develops it: "plus Roche's Avastin")
                edges.add(EdgeKind.DEVELOPS, u.node[oi], u.node[mi], u.sent)
                owners.starts.setdefault(u.node[oi], o.start)
                owners.owned.setdefault(u.node[mi], set()).add(u.node[oi])
                # "Acme and Zentavo’s zorbimab": the name joined to the owner owns it too;
                # "Acme/Zentavo’s zorbimab" names both its developers; "Acme (Nasdaq: ACME),
                # Bolt (Nasdaq: BOLT) and Zentavo’s drug X" all of the list's
                joined_from = o.start
                for pi, p in reversed(u.orgs):
                    if p.end > joined_from:
                        continue
                    gap = u.text[p.end : joined_from]
                    if _AND.match(_TICKER_GAP.sub("", u.low[p.end : joined_from], count=1)):
                        owners.owned[u.node[mi]].add(u.node[pi])
                    elif gap == "/":
                        edges.add(EdgeKind.DEVELOPS, u.node[pi], u.node[mi], u.sent)
                        owners.owned[u.node[mi]].add(u.node[pi])
                    elif _LISTED_OWNER.fullmatch(gap) and joined_from < o.start:
                        owners.owned[u.node[mi]].add(u.node[pi])
                    elif not _TICKER_GAP.fullmatch(gap):
                        break
                    joined_from = p.start
                break
        else:
            # "X, Acme’s first-in-class CD47 antibody, ...": the possessive describes X
            if not _OWNED_CLASS.match(u.text, o.end):
                continue
            for mi, m in u.mols:
                if m.end <= o.start and _DESCRIBED_BY.fullmatch(u.text, m.end, o.start):
                    edges.add(EdgeKind.DEVELOPS, u.node[oi], u.node[mi], u.sent)
                    owners.owned.setdefault(u.node[mi], set()).add(u.node[oi])
    if " from " in u.slow and not u.takes_rights:
        _makers_after(u, edges, owners)
    return owners


_THEN_ITS = re.compile(r"(?:\s*\([^()]{0,30}\))?\s+and\s+its\s+")
# "zorbimab from Acme", "ZORVIA (zorbimab) – from Acme and Bolt": the maker after a drug's name
# (also past the drug's class in apposition: "X, an oral CDK4/6 inhibitor from Acme", or
# its dosage form: "Zelvora (calvotinib injection, from Acme)", "Zelvora (calvotinib), 150
# mg tablets, from Acme")
_FROM_MAKER = re.compile(
    rf"{MARK}?\)?(?:\s*\([^()]{{0,40}}\))?\s*(?:[–—,-]\s*)?"
    r"(?:(?:\d+\s*mg\s+)?(?:tablets|capsules|(?:for\s+)?injection)\s*,?\s+)?"
    r"(?:(?:an?|the)\s+(?:[\w/-]+\s+){0,5}?(?:inhibitor|antibody|drug|candidate|therapy|"
    r"medicine|compound|molecule|degrader|bi-?specific|ADC|conjugate|vaccine)\s+)?"
    r"from\s+(?:the\s+)?"
)
# the next maker of the list: "from Acme Inc. (NYSE: ACM) and Bolt", "from Acme/Bolt"
_NEXT_MAKER = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:/|,?\s*(?:and|&)\s+(?:the\s+)?)")


def _makers_after(u: _Unit, edges: _Edges, owners: _Owners) -> None:
    """DEVELOPS, a drug "from" the organisations named right after it: they own it as a
    possessive's owner does. (Rights "to X from Y" name a licensor: not read here.)"""
    orgs = sorted(u.orgs, key=lambda io: io[1].start)
    for mi, m in u.mols:
        at = _FROM_MAKER.match(u.text, m.end)
        if not at:
            continue
        end, makers, cut, last_end = at.end(), [], 0, 0
        for oi, o in orgs:
            if o.start < end:
                continue
            if o.start > end:
                break
            makers.append(u.node[oi])
            last_end = o.end
            if not (joined := _NEXT_MAKER.match(u.text, o.end)):
                break
            if "/" not in joined.group():
                cut = len(makers)
            end = joined.end()
        if cut and _POSSESSIVE_S.match(u.text, last_end):
            makers = makers[:cut]  # "X from Acme, and Bolt/Zentavo’s Y": Y is theirs
        for org in makers:
            edges.add(EdgeKind.DEVELOPS, org, u.node[mi], u.sent)
            owners.owned.setdefault(u.node[mi], set()).add(org)


# A molecule described by an organisation's possessive ("X, Acme’s lead antibody", "X is
# Acme’s investigational drug"): the molecule, then the possessive's class noun.
_DESCRIBED_BY = re.compile(
    rf"{MARK}?\)?(?:\s*\([^()]{{0,40}}\))?\s*(?:,|\bis\b|\bwas\b|–|—)\s*(?:[Tt]he\s+)?"
)
_OWNED_CLASS = re.compile(
    # (what stands between may be long, with an abbreviation: "Acme's Natural Killer Group 2D
    # (NKG2D) chimeric antigen receptor T-cell therapy")
    r"['’]s?\s+(?:[\w-]+\s+|\([^()]{1,20}\)\s+){0,9}?(?:antibod(?:y|ies)|inhibitor|candidate|drug|product|medicine|"
    r"therap(?:y|eutic)|treatment|compound|ADC|conjugate|degrader|vaccine|asset|molecule|agent)\b"
)


# A possessive that stands for an organisation named before it: "Its lead candidate is X",
# "the company's investigational antibody, X", "our BTK inhibitor X" (the speaker's).
# (each word before its boundary check, `words_first`: the search skips to its letters)
_PRONOUN_AT = re.compile(
    "(?:" + words_first("Its|its|Our|our|The [Cc]ompany['’]s|the [Cc]ompany['’]s") + r")\s"
)
# (a word may hold a decimal point or be an abbreviation in brackets: "its Claudin-18.2
# antibody drug conjugate (ADC) X")
_POSSESSIVE_PRONOUN = re.compile(
    r"\b(?:([Ii]ts|[Tt]he [Cc]ompany['’]s)|([Oo]ur))\s+"
    r"((?:(?:[\w\-®™]+(?:\.\d+)?|\([^()]{1,20}\))\s+){0,6}?(?:[\w\-®™]+(?:\s*,|\s+is)\s+)?)$"
)


# a possessive's phrase that opens a list: "its drugs include", "our candidates are"
_LISTS_AFTER = re.compile(
    r"\b(?:include[sd]?|including|are|comprises?|consists?\s+of)\s+$"
    # ("its lead assets, X and Y": a plural noun, then the list of them)
    r"|\b(?:assets|candidates|products|drugs|compounds|medicines|therapies|antibodies),?\s+$"
)


# "X, our oral selective estrogen receptor degrader": the possessive after the drug
_POSSESSIVE_AFTER = re.compile(
    r"\s*,\s+(?:([Ii]ts|[Tt]he [Cc]ompany['’]s)|([Oo]ur))\s+((?:[\w\-®™]+\s+){0,6}?)"
    r"(?:drug|candidate|product|asset|compound|antibody|therapy|inhibitor|degrader|medicine|"
    r"program|molecule|agonist|antagonist|conjugate|ADC|vaccine)s?\b"
)


def _possessor(
    a: re.Match[str], before: set[str], u: _Unit, subject: str, speaker: str, the_company_is: str
) -> str:
    """Whom a possessive pronoun names: "our" the speaker, in a sentence naming no other
    organisation; "its" the one organisation named before it, else the subject of the
    sentence before ("the company's" also the one organisation the text has named)."""
    if a.group(2):
        # ("... together with our engager ZX13," said Jo Roe, CEO of Acme: Acme's)
        quoted = _speakers(u)
        if len(quoted) == 1:
            return next(iter(quoted))
        others = {u.node[oi] for oi, _ in u.orgs} - {speaker}
        return speaker if not others else ""
    if before:
        return next(iter(before)) if len(before) == 1 else ""
    if u.orgs:
        return ""
    return the_company_is if a.group(1).lower().startswith("the") else subject


def _said_subject(u: _Unit, at: int) -> str:
    """The organisation named last before offset `at` when it is the subject of a saying verb
    ("..., Acmetica said it ... its"): the one a later "its" speaks of."""
    last = max((o for _, o in u.orgs if o.end <= at), key=lambda o: o.end, default=None)
    if last is None or not _SAYS_AFTER.match(u.low, last.end):
        return ""
    return next(u.node[oi] for oi, o in u.orgs if o is last)


# What each match of `_PRONOUN_AT` opens with, lower-cased
_PRONOUN_OPENINGS = ("its", "our", "the company")


def _pronouns_at(u: _Unit) -> list[int]:
    """Where `_PRONOUN_AT.finditer` finds a pronoun in the unit: the pattern tried only where
    one opens, found with str.find in the lower-cased unit (a scan trying it at each "i", "o"
    and "t" is dearer), each try past the last match, as the scan resumes."""
    opens = sorted(at for word in _PRONOUN_OPENINGS for at in find_all(u.slow, word))
    found: list[int] = []
    end = 0  # (where the last match ends, in the unit)
    for at in opens:
        if at >= end and (pronoun := _PRONOUN_AT.match(u.text, u.sent.start + at, u.sent.end)):
            found.append(u.sent.start + at)
            end = pronoun.end() - u.sent.start
    return found


def _anaphoric_developers(
    u: _Unit, edges: _Edges, owners: _Owners, subject: str, speaker: str, the_company_is: str
) -> None:
    """DEVELOPS through a possessive pronoun: "its" or "the company's" is the one organisation
    the sentence names before it, else the subject of the sentence before; "our" is the
    speaker, in a sentence naming no other organisation. The owner so bound owns the
    molecule as a named possessive does."""
    if not u.mols or not ("its " in u.slow or "our " in u.slow or "company" in u.slow):
        return
    pronouns = _pronouns_at(u)
    if not pronouns:
        return
    for mi, m in u.mols:
        if u.node[mi] in u.partners and not _COMBINES.search(u.slow):
            continue  # "compared to the company’s Y": a comparator, no edges (ANNOTATION.md)
        near = [p for p in pronouns if m.start - 80 <= p < m.start]
        a = _POSSESSIVE_PRONOUN.fullmatch(u.text, near[-1], m.start) if near else None
        if not a:
            # "a trial of X, our oral selective estrogen receptor degrader": said after it
            a = _POSSESSIVE_AFTER.match(u.text, m.end, u.sent.end)
            if a and any(
                x.kind in (ORG, MOLECULE) and m.end <= x.start < a.end() for _, x in u.inside
            ):
                a = None  # "X, our partner Bolt's Y"
            if a:
                before = {u.node[oi] for oi, o in u.orgs if o.end <= m.start}
                owner = _possessor(a, before, u, subject, speaker, the_company_is)
                if owner:
                    edges.add(EdgeKind.DEVELOPS, owner, u.node[mi], u.sent)
                    owners.owned.setdefault(u.node[mi], set()).add(owner)
            continue
        if NOT_POSSESSED.search(a.group(3)):
            continue
        if any(
            x.kind in (ORG, MOLECULE) and a.start() <= x.start and x.end <= m.start
            for _, x in u.inside
        ):
            continue  # another name between: "its partner Bolt’s X" is Bolt’s
        before = {u.node[oi] for oi, o in u.orgs if o.end <= a.start()}
        if len(before) > 1 and (speaker_before := _said_subject(u, a.start())):
            # "By working with Bolt, Acmetica said it may ... its lead asset, X": who speaks
            before = {speaker_before}
        if len(before) > 1 and u.subject_clauses:
            # "A has tested its X, and B has studied Y with its Z": the clause's own subject
            clause = u.clause_at(a.start())
            before = {
                u.node[oi]
                for oi, o in u.orgs
                if o.end <= a.start() and u.clause_at(o.start) == clause
            }
        owner = _possessor(a, before, u, subject, speaker, the_company_is)
        if not owner:
            continue
        edges.add(EdgeKind.DEVELOPS, owner, u.node[mi], u.sent)
        owners.owned.setdefault(u.node[mi], set()).add(owner)
        if _LISTS_AFTER.search(a.group(3)):
            # "The company's drugs include X, which ..., and Y": each drug the list goes on to
            # name is the owner's too, up to another organisation's name
            for xi, x in u.lead:
                if x.start <= m.start:
                    continue
                if any(m.end <= o.start < x.start for _, o in u.orgs):
                    break
                edges.add(EdgeKind.DEVELOPS, owner, u.node[xi], u.sent)
                owners.owned.setdefault(u.node[xi], set()).add(owner)
        elif _PLURAL_THEN_COMMA.search(a.group(3)):
            # "our two most advanced programs, X and Y": the list set beside the possessed
            # plural is the owner's, item by item while the items stand joined
            last = m
            for xi, x in u.lead:
                if x.start <= m.start:
                    continue
                if not _OWNED_LIST_JOIN.fullmatch(u.text, last.end, x.start):
                    break
                # (no sole owner by it: a partner the text names as its developer too)
                edges.add(EdgeKind.DEVELOPS, owner, u.node[xi], u.sent)
                last = x


# A possessed plural set before a list: "our two lead products, " (then "X and Y")
_PLURAL_THEN_COMMA = re.compile(r"[a-z]s\s*,\s+$")
# What joins the items of such a list: "X® and Y", "X (code), Y, and Z"
_OWNED_LIST_JOIN = re.compile(rf"{MARK}?(?:\s*\([^()]{{1,40}}\))?\s*(?:,\s*(?:and\s+)?|and\s+)")


# A sentence about a test for the drug's patients: "Acme signed an agreement with Bolt to
# develop a companion diagnostic for X", "Acme selected the test as its companion diagnostic
# for X, said Bolt's CEO": the partner "with" whom, and any party after the first other one,
# make the test, not X.
_DIAGNOSTIC = _ci(r"diagnostic|\bassays?\b")
_STATED_DEAL = _ci(r"collaborat|partner|agreement|alliance|licen[cs]")
# "... approved its Zora® CDx liquid biopsy test as": the subject's own product is the test
_OWN_TEST_AFTER = _ci(
    r"\b(?:its|their)\s+(?:[\w®™()-]+\s+){0,6}?(?:tests?|kits?|assays?|cdx)\b"
    r"(?=(?:[^.;]|(?<=[A-Z])\.){0,100}?\bas\s+an?\s+companion\s+diagnostic)"
)
# "Bolt’s test detects the mutation": the owner of a test makes diagnostics.
_TEST_OWNER = _ci(r"['’]s?\s+(?:[\w-]+\s+){0,2}(?:diagnostics?|assays?|tests?|kits?)\b")


# A product's sale still to come ("an agreement between A and B to divest X"): who sells and
# who buys is not said as who develops; the buyer develops nothing yet.
_PENDING_SALE = _ci(r"\b(?:to|will|would|plans? to|agreed to)\s+(?:divest|sell)\b")


# The company that speaks of a drug: "Acme (NYSE: ACM) said X met its primary endpoint", or a
# quote's attribution to one of its executives ("..., said Jane Doe, CEO of Acme"); not an
# investigator ("Professor of Medicine, Bolt Cancer Institute"), nor the head of a hospital,
# university or patients' society, who speaks of a drug without developing it.
_SAYS = _ci(
    rf"{_word('said')}\b|{_word('says')}\b|{_word('reported')}\b|{_word('stated')}\b|"
    rf"{_word('commented')}\b"
)
_SAYING_WORDS = ("said", "says", "reported", "stated", "commented")
_SAYS_AFTER = _ci(
    r"(?:\s*\([^()]{0,60}\))?\s*(?:(?:has|have|had|also|today|recently)\s+){0,2}"
    r"(?:said|says|reported|stated)\b"
)
_EXECUTIVE_OF = _ci(
    r"(?:\bchief\s+(?:[\w-]+\s+){1,3}officer|\bCEO|\bpresident|\bchairman|\bfounder|"
    r"\bhead\s+of\s+(?:[\w&-]+\s+){1,3})(?:\s*(?:,|and)\s*(?:[\w&-]+\s+){1,5}?)?,?\s*"
    r"(?:of|at)\s+(?:the\s+)?$"
    # ("executive vice president of Research and Development at Acme", "head of global research
    # and early development at Acme": the post's department, then the firm after "at")
    r"|(?:\bpresident|\bofficer|\bhead)\s+(?:of|for)\s+(?:[\w&-]+\s+){1,6}?at\s+(?:the\s+)?$"
    # ("said Jo Roe, chairman, president and chief executive officer, Acme": the firm after
    # the last post's comma)
    r"|(?:\bofficer|\bCEO|\bpresident|\bchairman|\bfounder)\s*,\s*$"
)
_NOT_A_COMPANY = re.compile(
    r"\b(?:University|Universit[éy]|Institute|Institut|Hospital|College|School|Center|Centre|"
    r"Clinic|Foundation|Society|Association|Alliance|Coalition|Network|Consortium)\b"
)


def _speakers(u: _Unit) -> set[str]:
    """The organisations the unit quotes or reports as speaking."""
    if not u.says:
        return set()
    found = {
        u.node[oi]
        for oi, o in u.orgs
        if not _NOT_A_COMPANY.search(o.text)
        and (
            _SAYS_AFTER.match(u.low, o.end)
            or _EXECUTIVE_OF.search(u.low, max(u.sent.start, o.start - 80), o.start)
        )
    }
    # "Acme and Bolt said": each company listed before a speaker speaks with it
    for (ai, a), (bi, b) in reversed(list(itertools.pairwise(u.orgs))):
        if u.node[bi] in found and _NEXT_IN_LIST.match(u.text[a.end : b.start]):
            found.add(u.node[ai])
    return found


# A firm named as one that makes or tests drugs for others: "Bolt, a contract development and
# manufacturing organization (CDMO), to manufacture X", "the CRO Bolt": no developer of X.
_SERVICE = (
    r"(?:(?i:contract\s+(?:research|development|manufacturing|testing|manufacturer))|"
    r"CDMO\b|CRD?MO\b|CRO\b)"
)
# (the words one of which every name of a service holds, lower-cased)
_SERVICE_WORDS = ("contract", "cdmo", "crmo", "crdmo", "cro")
_SERVICE_AFTER = re.compile(
    rf"(?i:{LEGAL_FORMS})(?:\s*\([^()]{{0,40}}\))?"
    rf"\s*,\s+(?:an?|the|its|our)\s+(?:[\w-]+\s+){{0,4}}?{_SERVICE}"
)
# "Bolt Ventures portfolio company Acme", "Bolt-backed Acme": an investor, whose company
# develops the drugs
_INVESTOR_AFTER = re.compile(r"(?:\s+portfolio\s+company|-backed)\b")
# "Centerview Partners LLC and J.P. Morgan Securities LLC are serving as financial advisors
# to Acme": a deal's advisers and counsel are no parties of it, nor of its drugs
_ADVISER_AFTER = _ci(
    r"[^.;]{0,80}?\b(?:as|is|are)\s+(?:the\s+|an?\s+|its\s+)?"
    r"(?:(?:exclusive|lead|sole|joint|principal)\s+)?(?:financial|legal|strategic|investment)\s+"
    r"(?:advis[oe]rs?|counsel)\b"
)
_SERVICE_BEFORE = re.compile(rf"\b{_SERVICE}\s+(?:partner\s+)?$")
_SERVICE_OPENS = re.compile(r"(?:CDMO|CRD?MO|CRO)\s")  # a name read with it: "CDMO Bolt"
# A firm whose means another puts to use lends them, and develops nothing by that: "Acme will
# utilize Bolt’s manufacturing capacity to advance X", "to leverage Bolt's clinical expertise
# to advance X", "X was generated using Bolt's antibody library technology"
_MEANS_USED_BEFORE = _ci(
    r"\b(?:leverag(?:e|es|ed|ing)|utili[sz](?:e|es|ed|ing)|us(?:e|es|ed|ing)|"
    r"tap(?:s|ped|ping)?\s+into|draw(?:s|ing)?\s+on|drew\s+on|access\s+to)\s+(?:the\s+)?$"
)
_MEANS_OWNED = _ci(
    r"[’']s?\s+(?:[\w-]+\s+){0,4}?(?:expertise|capacity|capacities|capabilit(?:y|ies)|"
    r"technology|technologies|platforms?|library|libraries|know-how|infrastructure|experience)\b"
)


# "marketed in the United States by Acme and in Japan by Bolt": the agent of a verb of
# developing or selling, past the place or time said between them.
_WHICH_DEVELOPS = re.compile(
    r"(?:\s*\([^()]{0,40}\))?,\s+which\s+(?:is|are|has|have)\s+(?:\w+\s+)?"
    r"(?:develop|co-develop|market|commerciali[sz]|licens)"
)
# "docetaxel, marketed by Sanofi as Taxotere": the agent of a participle right after a
# molecule is that molecule's maker, and no party of the sentence's other drugs (also of a
# passive whose subject the molecule is: "X was developed by Acme", "X, which was developed
# by Acme", "X is marketed by Acme in the US")
_AGENT_OF_NAMED = _ci(
    r"(?:\s*\([^()]{0,60}\))?\s*,?\s+"
    r"(?:(?:which\s+|that\s+)?(?:is|was|has\s+been|had\s+been)\s+(?:originally\s+)?)?"
    # ("X, an anti-PD-L1 immune checkpoint inhibitor developed by O": what the drug is, first)
    r"(?:(?:(?<=,\s)|(?<=\bis\s)|(?<=\bwas\s))(?:an?|the)\s+(?:[\w/-]+\s+){1,6}?)?"
    r"(?:being\s+|now\s+)?"
    r"(?:developed|co-developed|marketed|commerciali[sz]ed|distributed|sold|manufactured|"
    r"discovered|invented|originated|under\s+development)\s+by\s+(?:the\s+)?"
)
# A sentence opened by its subject's agent: "Developed by O, X was ..."
_OPENING_AGENT = _ci(
    r"\W*(?:originally\s+)?(?:developed|co-developed|discovered|invented|originated|"
    r"manufactured|marketed)\s+by\s+(?:the\s+)?"
)
_TO_SUBJECT = _ci(r"[^,;.]{0,40},\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?")
_AGENT_AFTER_PLACE = _ci(
    r"\b(?:developed|marketed|commerciali[sz]ed|distributed|sold|launched)\s+"
    r"(?:in|across|outside|throughout|since|from)\s+[^;.]{0,70}?\bby\s+(?:the\s+)?$"
)


# "X was developed by Acme Bolt K.K., a joint venture between Acme and Bolt Inc.": the parents
# named in the apposition describe the venture, which develops the drug, and develop none of the
# sentence's drugs themselves (up to two words may describe the venture: "a 60-40 joint venture")
_VENTURE_NAMED = _ci(
    r"(?:,|\(|—|–)\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?joint\s+venture\s+"
    r"(?:(?:formed|established|created|set\s+up|owned)\s+)?(?:by|between|of)\s+(?:the\s+)?$"
)


def _founds_venture(u: _Unit, o: Span) -> bool:
    """Whether `o` is one of the founders a joint venture's apposition names ("Acme Bolt K.K., a
    joint venture between Acme and Bolt"), the first right after the phrase, the second after
    "and"."""
    before = [p for _pi, p in u.orgs if p.end <= o.start]
    if before and _AND.match(u.low[before[-1].end : o.start]):
        o = before[-1]
    return bool(_VENTURE_NAMED.search(u.low, max(u.sent.start, o.start - 60), o.start))


# "will take place at the University of A and the University of B": the places listed
_AT_PLACE = re.compile(r"\bat\s+(?:the\s+)?$")
_NEXT_PLACE = re.compile(LIST_JOIN.pattern + r"(?:the\s+)?")


def _listed_after_place(u: _Unit, o: Span) -> bool:
    """Whether `o` goes on a list of places opened by "at" ("at X, Y and the Z")."""
    end = o.start
    for _pi, p in reversed(u.orgs):
        if p.end > end:
            continue
        if not _NEXT_PLACE.fullmatch(u.text, p.end, end):
            return False
        if _AT_PLACE.search(u.text, max(u.sent.start, p.start - 10), p.start):
            return True
        end = p.start
    return False


# "Acme: Positive Results From Zelvora Study In CLL", "Acme Co Ltd : Phase 1 trial on AB-101
# shows responses": a newswire headline opens with the company it reports on and a colon, and
# the drug the rest of the headline is about is that company's (the company's own name, perhaps
# with its legal form, the only words before the colon)
_HEADLINE_COLON = re.compile(LEGAL_FORMS + r"\s?:\s")


def _headline_company(u: _Unit, edges: _Edges, owners: _Owners) -> None:
    """DEVELOPS from a title "Acme: ... X ...": the one organisation it names, opening it
    before a colon, with each drug after the colon that is no partner or comparator and no
    other organisation's by a possessive."""
    if len({u.node[oi] for oi, _o in u.orgs}) != 1 or u.talks:
        return
    oi, o = u.orgs[0]
    colon = _HEADLINE_COLON.match(u.low, o.end)
    if colon is None or u.text[u.sent.start : o.start].strip():
        return
    org = u.node[oi]
    for mi, m in u.lead:
        if m.start >= colon.end() and not owners.owned.get(u.node[mi], set()) - {org}:
            edges.add(EdgeKind.DEVELOPS, org, u.node[mi], u.sent)


def _developers(
    u: _Unit,
    edges: _Edges,
    owners: _Owners,
    bought: set[str] | None = None,
    quoting: str = "",
    taken: Mapping[str, frozenset[str]] | None = None,
) -> None:
    """DEVELOPS: every party of a sentence about developing, licensing or marketing, with
    each lead molecule; not a unit of another body, nor the buyer in an acquisition, nor the
    maker of a test for its patients. A molecule the sentence gives to its owner ("Acme’s X
    in combination with Zentavo’s Y") is not the other parties' unless they take rights to
    it ("licensed Bolt’s X"). `bought`: the organisations an earlier sentence names in an
    acquisition, whose executives' words give them no drug (what the deal brings is the
    deal rules' to say). `quoting`: the company whose words the sentence quotes, whose "we"
    and "our" the drugs after them are ("Adding Bolt’s pipeline to our teams, we will build on
    the success of X": not Bolt's). `taken`: the companies each buyer has acquired, the
    purchase done: their drugs are the buyer's too ("Acme has acquired Bolt. ... 'We will
    advance Bolt's X,' said Acme's CEO"), a pending buyer's not yet (ANNOTATION.md)."""
    if not (u.mols and u.orgs):
        return
    if u.talks:
        for (oi, _o), (mi, _m) in itertools.product(u.orgs, u.mols):
            edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
        return
    if "acquired" in u.slow or "purchased" in u.slow:
        _bought_drugs(u, edges)
    # "zanubrutinib (BGB-3111; Brukinsa®; BeiGene)": the maker, so stated, develops the drug
    made = {oi: drug for oi, o in u.orgs if (drug := _made_by_in_brackets(u, o, u.lead))}
    for oi, drug in made.items():
        edges.add(EdgeKind.DEVELOPS, u.node[oi], drug, u.sent)
    # "failed anti-TNF therapy such as zorbercept (Zorbel; Acme Inc)", "a Zorbex (zorbimab,
    # Acme Inc.) biosimilar": any drug whose brackets name its maker is the maker's, not the
    # other parties' of the sentence (a prior therapy, a reference product)
    makers: dict[str, set[str]] = {}
    for oi, o in u.orgs:
        if drug := _made_by_in_brackets(u, o, u.mols):
            makers.setdefault(drug, set()).add(u.node[oi])
    # (a literal test, cues the pattern matches as they stand, finds most without the search)
    if holds_any(u.slow, _DEVELOP_WORDS) or _DEVELOP_CUE.search(u.slow):
        parties = None
    elif speaking := _speakers(u):
        parties = speaking
    else:
        return
    if ("divest" in u.slow or "sell" in u.slow) and _PENDING_SALE.search(u.slow):
        for (oi, _o), (mi, _m) in itertools.product(u.orgs, u.mols):
            edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
        return
    if "exercis" in u.slow and _UPON_EXERCISE.search(u.slow):
        # "Upon exercise of the option, Bolt will conduct all development of X": not yet
        for (oi, _o), (mi, _m) in itertools.product(u.orgs, u.mols):
            edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
        return
    # (a literal test, the word each alternative holds, spares most units the search)
    option = (
        "option" in u.slow
        and bool(_OPTION_TO_RIGHTS.search(u.slow))
        and not _EXERCISED.search(u.slow)
    )
    # (whichever of its mentions: "with AbbVie, which grants AbbVie the option to ...")
    holders = {u.node[oi] for oi, o in u.orgs if option and _holds_an_option(u.low, o, u.sent)}
    rights = u.takes_rights and not option
    lead = u.lead
    diagnostic = ("diagnostic" in u.slow or "assay" in u.slow) and bool(_DIAGNOSTIC.search(u.slow))
    first = ""  # in a sentence about a test, the one party that may develop the drug
    if diagnostic:
        partners = {
            u.node[oi]
            for oi, o in u.orgs
            if _WITH_END.search(u.low, max(u.sent.start, o.start - 20), o.start)
        }
        opener = next(((oi, o) for oi, o in u.orgs if u.node[oi] not in partners), None)
        # ("Bolt announced the approval of its Zora® CDx test as a companion diagnostic for
        # treatment with X": the first party makes the test, and no party develops the drug)
        if opener and not _OWN_TEST_AFTER.search(u.low, opener[1].end, u.sent.end):
            first = u.node[opener[0]]
    told = _told_subject(u)
    # (a literal test, the words a service's name holds, once per unit: it spares most units
    # the search before each organisation)
    service = holds_any(u.slow, _SERVICE_WORDS)
    venture = "venture" in u.slow  # (the word `_VENTURE_NAMED` holds)
    for oi, o in u.orgs:
        if told and o.end <= told.start and u.node[oi] != u.node[told.oi]:
            continue  # "A and B announced that A is initiating a study with its drug X"
        if _HOSPITAL.search(u.node[oi]) or _CHARITY.search(u.node[oi]):
            # a hospital hosts a drug's trials and treats with it, a charity funds them: neither
            # develops the drug
            continue
        if ACADEMIC.search(o.text) and any(not ACADEMIC.search(p.text) for _, p in u.orgs):
            continue  # "Fox Chase Cancer Center and Acme formed a collaboration to test X"
        if _trial_institution(u, o):
            continue  # "The trial is being conducted in collaboration with Zentavo University"
        if (
            _not_party_before(u.text[max(u.sent.start, o.start - 60) : o.start])
            or _listed_after_place(u, o)
        ) and not (
            _AGENT_AFTER_PLACE.search(u.low, max(u.sent.start, o.start - 100), o.start)
            or _sponsor_conducting(u, o)
            # "will receive $40 million upfront from Bolt for rights to X": the payer takes X
            or (rights and _PAID_FROM.search(u.low, max(u.sent.start, o.start - 90), o.start))
            # "sponsored by Bolt, which is developing X": the clause's subject is Bolt
            or _WHICH_DEVELOPS.match(u.low, o.end, u.sent.end)
            # "X is being developed in partnership with Bolt": Bolt develops X too
            or _PARTNERED_WITH_BEFORE.search(u.low, max(u.sent.start, o.start - 80), o.start)
            # "..., said Jo Roe, executive vice president of Research at Bolt": the firm whose
            # executive speaks, not a place (a literal test spares units without a saying
            # verb), unless a party of a purchase the text spoke of
            or (
                u.says
                and u.node[oi] not in (bought or ())
                and _EXECUTIVE_OF.search(u.low, max(u.sent.start, o.start - 80), o.start)
            )
        ):
            continue
        if (
            _SERVICE_AFTER.match(u.text, o.end)
            or (
                ("counsel" in u.slow or "advis" in u.slow)
                and _ADVISER_AFTER.match(u.low, o.end) is not None
            )
            or (
                service and _SERVICE_BEFORE.search(u.text, max(u.sent.start, o.start - 40), o.start)
            )
            or _SERVICE_OPENS.match(o.text)
            or _INVESTOR_AFTER.match(u.text, o.end)
            or (
                _possessive_after(u, o)
                and _MEANS_OWNED.match(u.low, o.end) is not None
                and _MEANS_USED_BEFORE.search(u.low, max(u.sent.start, o.start - 30), o.start)
                is not None
            )
        ):
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            continue
        if _parent_in_apposition(u, o) or (
            _possessive_after(u, o) and _parent_of_named_unit(u, oi, o)
        ):
            continue
        if venture and _founds_venture(u, o):
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            continue
        if _inside_description(u, o):
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            continue
        if (named := _named_before_agent(u, o)) is not None:
            if named in {u.node[mi] for mi, _m in lead}:
                edges.add(EdgeKind.DEVELOPS, u.node[oi], named, u.sent)
            for mi, _m in lead:
                if u.node[mi] != named:
                    edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            continue
        if (named := _partner_of_named(u, o)) is not None:
            # "the approvals of X (x) with Acme and Y (y) with Bolt": Acme's part is X's only
            if named in {u.node[mi] for mi, _m in lead}:
                edges.add(EdgeKind.DEVELOPS, u.node[oi], named, u.sent)
            for mi, _m in lead:
                if u.node[mi] != named:
                    edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            continue
        if _maker_in_brackets(u, o) or _affiliation(u, o):
            own = _owned_in_brackets(u, o) or made.get(oi, "")
            for mi, _m in lead:
                if u.node[mi] != own:
                    edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))
            if own:
                edges.add(EdgeKind.DEVELOPS, u.node[oi], own, u.sent)
            continue
        if (
            u.acquisition
            and _ACQUIRER_AFTER.match(u.low[o.end : u.sent.end])
            and not _bought_by_another(u, oi, o)
        ):
            _bought_with_company(u, edges, oi, o)
            continue
        org = u.node[oi]
        if parties is not None and org not in parties:
            continue
        if option and org in holders:
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), org, u.node[mi]))
            continue
        if (diagnostic and org != first) or (
            u.text[o.end : o.end + 1] in "'’" and _TEST_OWNER.match(u.low, o.end)
        ):
            for mi, _m in lead:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), org, u.node[mi]))
            continue
        for mi, m in u.own_clause(o, lead):
            # a possessive owner is no party to the drugs named before it, whichever of its
            # mentions ("a supply deal with Bolt to test X with Bolt’s Y")
            if m.start < owners.starts.get(org, -1) or (
                quoting
                and org != quoting
                and o.end <= m.start
                and _WE.search(u.text, o.end, m.start) is not None
            ):
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), org, u.node[mi]))
                continue
            owned_by = owners.owned.get(u.node[mi], set()) | makers.get(u.node[mi], set())
            if (
                owned_by
                and org not in owned_by
                and not rights
                and owned_by.isdisjoint((taken or {}).get(org, ()))
            ):
                continue
            edges.add(EdgeKind.DEVELOPS, org, u.node[mi], u.sent)


def _named_before_agent(u: _Unit, o: Span) -> str | None:
    """The molecule (node) whose participle names `o` as its agent ("X, marketed by O"), or
    None when `o` is no such agent."""
    if " by " not in u.low[max(u.sent.start, o.start - 12) : o.start]:
        return None  # (the literal test spares most organisations the search)
    for mi, m in u.mols:
        if m.end < o.start and _AGENT_OF_NAMED.fullmatch(u.low, m.end, o.start):
            return u.node[mi]
    if _OPENING_AGENT.fullmatch(u.low, u.sent.start, o.start):
        # "Developed by O, X was given to patients ...": the clause's subject after the comma
        after = [(mi, m) for mi, m in u.mols if m.start > o.end]
        if after and _TO_SUBJECT.fullmatch(u.low, o.end, after[0][1].start):
            return u.node[after[0][0]]
    return None


# "X (x) with Acme", "the development of X with Acme": the partner a drug's name is given with
_WITH_PARTNER = re.compile(rf"{MARK}?\)?(?:\s*\([^()]{{0,40}}\))?\s+with\s+(?:the\s+)?")


def _partner_of_named(u: _Unit, o: Span) -> str | None:
    """The molecule (node) named right before "with" `o` ("Zorvexa (x) with O"), whose partner
    `o` is, not the other drugs' of the sentence; None when no drug stands so before it."""
    if " with " not in u.low[max(u.sent.start, o.start - 10) : o.start]:
        return None  # (the literal test spares most organisations the search)
    if _POSSESSIVE_S.match(u.text, o.end):
        return None  # "to evaluate X with Bolt’s Y": Y is Bolt's, given with X
    for mi, m in u.mols:
        if m.end < o.start and _WITH_PARTNER.fullmatch(u.text, m.end, o.start):
            return u.node[mi]
    return None


# "said Jo Roe, MD, associate professor of haematology, Quill University": an academic's
# institution, named as where the speaker works, is no party of the drug spoken of
_ACADEMIC_TITLE = _ci(
    # ("said Jo Roe, director, Quill Myeloma Center, Acme Cancer Center": of an institution)
    r"\b(?:professor|investigator|physician|oncologist|h(?:a)?ematologist|clinician|director|"
    r"M\.D\.|MD|Ph\.D\.|PhD|FRCP\w*)\b"
)
_INSTITUTION_NAME = re.compile(r"Universit|Institut|Hospital|School|College|Cent(?:er|re)|Clinic")


# (read in the node's id, which holds its whole name: "Tongji" is Shanghai Tongji Hospital;
# a cancer or medical centre is a hospital: "Acme Cancer Center will conduct studies of X")
_HOSPITAL = re.compile(r"\b(?:hospital|clinic|(?:cancer|medical)-cent(?:er|re))\b")
# A charity's node ("org:lupus-foundation-of-america", "org:acme-cancer-society"): it funds,
# supplies or partners in a drug's work, and develops none (not "Foundation Medicine", a firm)
_CHARITY = re.compile(r"-(?:foundation|society|association)(?:-of(?:-[a-z]+){1,3})?$")
# (the word before its boundary check, `_word`: the search skips to the letter it opens with)
_ANNOUNCED_THAT = _ci(rf"{_word('announce')}[sd]?\s+(?:today\s+)?that\s+(?:the\s+)?")


class _Told(NamedTuple):
    """Where an announcement's "that" clause opens, and the announcer it is about."""

    start: int
    oi: int


def _told_subject(u: _Unit) -> _Told | None:
    """ "Acme and Bolt announced that Acme is initiating ...": the announcer the clause is
    about, when the clause opens with one of the announcers named before it."""
    if "that" not in u.slow or "announce" not in u.slow:
        return None  # (the words the pattern holds: a literal test spares most units)
    clause = _ANNOUNCED_THAT.search(u.low, u.sent.start, u.sent.end)
    if not clause:
        return None
    before = {u.node[oi] for oi, o in u.orgs if o.end <= clause.start()}
    for oi, o in u.orgs:
        if o.start == clause.end() and u.node[oi] in before and len(before) > 1:
            return _Told(clause.start(), oi)
    return None


_CONDUCTED_BY = re.compile(r"\bconducted\s+by\s+(?:the\s+)?$")


def _sponsor_conducting(u: _Unit, o: Span) -> bool:
    """ "The study ... was conducted by Eisai in collaboration with SFJ": a company conducting
    a trial sponsors it (an institution conducting one only hosts it)."""
    return bool(
        _CONDUCTED_BY.search(u.text, max(u.sent.start, o.start - 20), o.start)
        and not _INSTITUTION_NAME.search(o.text)
    )


# "The study is conducted in collaboration with the", "conducted at two sites in cooperation
# with": the partner a trial is run with
_CONDUCTED_WITH = re.compile(
    r"\bconducted(?:\s+[\w-]+){0,6}?\s+in\s+(?:collaboration|cooperation|partnership)\s+with\s+"
    r"(?:the\s+)?$"
)


def _trial_institution(u: _Unit, o: Span) -> bool:
    """ "The trial of X is being conducted in collaboration with Zentavo University": an
    institution a trial is run with hosts or co-runs the trial and develops none of its drugs
    (a company so named may supply or co-develop one: not read here)."""
    return (
        "conducted" in u.slow
        and bool(_INSTITUTION_NAME.search(o.text))
        and bool(_CONDUCTED_WITH.search(u.low, max(u.sent.start, o.start - 100), o.start))
    )


def _affiliation(u: _Unit, o: Span) -> bool:
    """Whether institution o is named as an academic speaker's affiliation (or its
    abbreviation: "at the University College London (UCL)")."""
    return bool(_INSTITUTION_NAME.search(u.text, max(u.sent.start, o.start - 40), o.end)) and bool(
        _ACADEMIC_TITLE.search(u.low, max(u.sent.start, o.start - 160), o.start)
    )


# "Sprycel (dasatinib; Bolt Pharma)", "Zorvexa (Bolt Pharma)": a drug's maker in the drug's
# brackets, after its other names or alone
_MAKER_BRACKET = re.compile(r"\s*\((?:[^()]{0,40}[;,/]\s*)?")
_BEFORE_MAKER = re.compile(r"\s*[;,]\s*")


def _maker_in_brackets(u: _Unit, o: Span) -> bool:
    """Whether organisation o is named in the brackets after another drug, as its maker
    ("resistant to Sprycel (dasatinib; Bolt Pharma)", "palbociclib (a Bolt, Inc. compound)"):
    no party of the sentence's other drugs."""
    if _owned_in_brackets(u, o):
        return True
    if not u.text.startswith(")", o.end):
        return False
    opens = u.text.rfind("(", u.sent.start, o.start)
    return opens > 0 and any(
        (m.end <= opens and _MAKER_BRACKET.fullmatch(u.text, m.end, o.start))
        or (opens < m.start and _BEFORE_MAKER.fullmatch(u.text, m.end, o.start))
        for _, m in u.mols
    )


# "Nexavar (sorafenib) tablets (an Acme and Bolt compound)": the drug's owners, so stated
_OWNER_OPENS = re.compile(r"\(\s*an?\s+(?:[^()]{1,60}?\s+and\s+)?$")
_OWNER_CLOSES = re.compile(r"[\s,.A-Za-z]{0,8}?\s*(?:compound|product|drug|asset|medicine)\)")
_BEFORE_BRACKET = re.compile(rf"{MARK}?\)?{_DOSAGE_FORM}?\s*")


def _made_by_in_brackets(u: _Unit, o: Span, mols: list[tuple[int, Span]]) -> str:
    """The drug of `mols` that organisation o closes the brackets of as its maker
    ("zanubrutinib (BGB-3111; Brukinsa®; BeiGene) versus ..."), or ""."""
    if not u.text.startswith(")", o.end):
        return ""
    opens = u.text.rfind("(", u.sent.start, o.start)
    return next(
        (
            u.node[mi]
            for mi, m in mols
            if m.end <= opens and _MAKER_BRACKET.fullmatch(u.text, m.end, o.start)
        ),
        "",
    )


def _owned_in_brackets(u: _Unit, o: Span) -> str:
    """The drug whose brackets call it organisation o's ("(a Bolt compound)"), or ""."""
    if not _OWNER_CLOSES.match(u.text, o.end):
        return ""
    opens = u.text.rfind("(", u.sent.start, o.start)
    if opens < 0 or not _OWNER_OPENS.fullmatch(u.text, opens, o.start):
        return ""
    return next(
        (u.node[mi] for mi, m in u.mols if _BEFORE_BRACKET.fullmatch(u.text, m.end, opens)), ""
    )


# "X, which Acme acquired in 2020": a relative clause whose subject is another company
_RELATIVE_OPENS = _ci(r"[^.;]{0,20}?\b(?:which|whom|that)\s+(?:the\s+)?")


def _bought_by_another(u: _Unit, oi: int, o: Span) -> bool:
    """Whether the acquisition verb after organisation o is another company's, the subject
    of a relative clause about o ("Kelvarin, which Hoshira acquired in 2020")."""
    opens = _RELATIVE_OPENS.match(u.low, o.end, u.sent.end)
    return opens is not None and any(
        x.start == opens.end() and u.node[xi] != u.node[oi] for xi, x in u.orgs
    )


# A completed acquisition ("has acquired", "acquired", "purchased", "completed its acquisition
# of") ...
_ACQUIRED = _ci(
    r"[^.;]{0,40}?(?<!to )(?<!will )\b(?:(?:has|have)\s+(?:\w+\s+)?)?(?:acquired|purchased|"
    r"(?:completed?|closed?)\s+(?:its\s+|the\s+)?acquisition\s+of)\s+(?:the\s+)?$"
)
# ... of a company "and its" drug: "acquired Bolt and its lead asset X", "including its X"
_AND_ITS = _ci(
    LEGAL_FORMS + r"(?:\s*\([^()]{0,40}\))?\s*,?\s+(?:and|including|together with|along with)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,4}?$"
)


def _bought_drugs(u: _Unit, edges: _Edges) -> None:
    """DEVELOPS: "Takeda has now acquired TAK-279", "Fusion acquired IPN-1087 ... from
    Ipsen", "Acme purchased QX-200": a drug bought, no company, is the buyer's to develop."""
    for oi, o in u.orgs:
        for mi, m in u.mols:
            if m.start >= o.end and _ACQUIRED.fullmatch(u.low, o.end, m.start):
                edges.add(EdgeKind.DEVELOPS, u.node[oi], u.node[mi], u.sent)
                break


def _bought_with_company(u: _Unit, edges: _Edges, oi: int, o: Span) -> None:
    """DEVELOPS: the buyer of a company whose acquisition is done takes the drug named as the
    company's own right after it ("Acme has acquired Bolt and its lead candidate X"); a
    pending one gives the buyer nothing yet."""
    for ci, c in u.orgs:
        if c.start < o.end or u.node[ci] == u.node[oi]:
            continue
        if not _ACQUIRED.fullmatch(u.low, o.end, c.start):
            continue
        for mi, m in u.mols:
            if m.start > c.end and _AND_ITS.fullmatch(u.low, c.end, m.start):
                edges.add(EdgeKind.DEVELOPS, u.node[oi], u.node[mi], u.sent)
        return


# Who funds a company is no developer of its drugs: "a Series B financing led by Bolt
# Ventures", "with participation from Bolt Capital", "investors including Bolt".
_INVESTOR_CUES = (
    # (each cue opening with a letter: the search skips to those letters)
    r"co-led by|led by|participation (?:from|of|by)|investors?,?(?: such as| including)?|"
    r"backed by|funded by"
)
_INVESTOR_BEFORE = _ci(rf"(?:{_INVESTOR_CUES}|invested by)\s+(?:the\s+)?(?:existing\s+)?$")
# ... or a later item of the list the cue opens ("with participation from A, B and C")
_INVESTORS_LISTED_BEFORE = _ci(
    rf"(?:{_INVESTOR_CUES})\s+(?:[\w&.'’-]+,?\s+){{0,12}}?(?:and\s+|&\s+)?(?:the\s+)?$"
)


def _investors(u: _Unit, edges: _Edges) -> None:
    """Rule out the investors of a financing sentence as developers of its drugs (no
    co-occurrence there makes them one)."""
    for oi, o in u.orgs:
        if _INVESTOR_BEFORE.search(u.low, max(u.sent.start, o.start - 40), o.start):
            for mi, _m in u.mols:
                edges.ruled_out.add((str(EdgeKind.DEVELOPS), u.node[oi], u.node[mi]))


def _not_the_owners(u: _Unit, edges: _Edges, owners: _Owners) -> None:
    """A molecule the text gave to its owners ("Acme’s X", "its X") is not another party's
    of a sentence naming both, unless that sentence gives rights: no co-occurrence there
    makes it so."""
    if not (owners.owned and u.orgs):
        return
    others = [
        (u.node[oi], u.node[mi])
        for mi, _m in u.mols
        if (owned_by := owners.owned.get(u.node[mi]))
        for oi, _o in u.orgs
        if u.node[oi] not in owned_by
    ]
    if others and not u.takes_rights:
        for org, mol in others:
            edges.ruled_out.add((str(EdgeKind.DEVELOPS), org, mol))


_RESEARCHERS_AT = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,3}(?:researchers|scientists|investigators|teams?|groups?|"
    r"laborator(?:y|ies)|labs?)\s+(?:at|of|from)\s+(?:the\s+)?$"
)
# "Bolt Bio, a spin-off from the University of X, licensed ...", "Bolt Bio, spun out of X,
# has agreed ...", "X spinout Bolt Bio signs ...": the institution a company was founded from
# describes the company; it is no party of the company's deal
_SPUN_FROM_BEFORE = _ci(
    r"\b(?:spin-?(?:off|out)|spinout|spun[ -](?:out|off))\s+(?:of|from)\s+(?:the\s+)?$"
)
_SPIN_OUT_AFTER = re.compile(r"\s+[Ss]pin-?(?:[Oo]ff|[Oo]ut)s?\s+(?=[A-Z])")


# "Jane Roe, formerly Acme's VP of oncology": a person's employer, no party of the sentence
_EMPLOYER_AFTER = re.compile(
    r"[’']s\s+(?:former\s+|then\s+)?(?:[\w-]+\s+){0,2}?(?:VP|SVP|EVP|[Vv]ice [Pp]resident|"
    r"CEO|CFO|CSO|CMO|[Cc]hief|[Hh]ead of|[Dd]irector|[Pp]resident|[Cc]hairman|[Ff]ounder|"
    r"[Oo]fficer|[Ee]xecutive)\b"
)
# "X, a joint venture formed by A and B": A and B are partners; X is their venture
_VENTURE_OF = _ci(
    r"\bjoint\s+venture\s+(?:(?:formed|established|created|set\s+up|owned)\s+)?"
    r"(?:by|between|of)\s+(?:the\s+)?$"
)


# "a research collaboration between A and the Japanese B": a partnership the sentence states
# whatever else it tells (as an acquisition of one of them)
_PARTNERSHIP_BETWEEN = _ci(
    r"\b(?:collaborations?|partnerships?|alliances?|joint\s+ventures?)\s+between\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?$"
)
_AND_DESCRIBED = _ci(r"^\s*(?:\([^()]{0,30}\)\s*)?,?\s*and\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$")


def _partners_between(u: _Unit, edges: _Edges) -> None:
    """ "Kanyos, formed in a collaboration between A and the Japanese B, was acquired": A and
    B are partners, though the sentence is about an acquisition."""
    for (ai, a), (bi, b) in itertools.pairwise(u.orgs):
        if (
            u.node[ai] != u.node[bi]
            and _PARTNERSHIP_BETWEEN.search(u.low, max(u.sent.start, a.start - 80), a.start)
            and _AND_DESCRIBED.match(u.low[a.end : b.start])
        ):
            edges.add(EdgeKind.COLLABORATES_WITH, u.node[ai], u.node[bi], u.sent)


def _joint_venture(u: _Unit, edges: _Edges) -> bool:
    """The parents of a joint venture the unit names as its founders are partners (the
    venture, their creation, is no partner of theirs): whether it named such parents."""
    for (ai, a), (bi, b) in itertools.pairwise(u.orgs):
        if _VENTURE_OF.search(u.low, max(u.sent.start, a.start - 60), a.start) and _AND.match(
            u.low[a.end : b.start]
        ):
            edges.add(EdgeKind.COLLABORATES_WITH, u.node[ai], u.node[bi], u.sent)
            return True
    return False


_LEGAL_FORMS_AT = re.compile(LEGAL_FORMS)  # (read in the lower-cased text)


def _licensors_listed(u: _Unit, parties: list[Span], span_node: dict[int, str]) -> set[str]:
    """The parties listed after one "from" ("licensed X from A and B"), when two or more."""
    listed: list[Span] = []
    for p in parties:
        if listed:
            legal = _LEGAL_FORMS_AT.match(u.low, listed[-1].end)
            at = legal.end() if legal else listed[-1].end
            if _NEXT_IN_LIST.match(u.text[at : p.start]):
                listed.append(p)
                continue
            if len(listed) > 1:
                break
            listed = []
        if _FROM.search(u.text, max(u.sent.start, p.start - 12), p.start):
            listed = [p]
    return {span_node[id(p)] for p in listed} if len(listed) > 1 else set()


# A party named in a phrase that opens the sentence and sets it aside
_ASIDE_OPENS = re.compile(
    r"\W*(?:In\s+addition\s+to|Besides|Apart\s+from|Aside\s+from|Beyond|Like|Unlike)\s+"
    r"(?:the\s+)?"
)
_ASIDE_CLOSES = re.compile(r"(?:\s*\([^()]{0,40}\))?\s*,")


def _cue_left(without_orgs: str, first: int) -> bool:
    """Whether a collaboration cue is left in `without_orgs`, the unit with its organisations
    blanked, whose first cue is at `first`: searched from there first (the blanks mostly leave
    it, found at once), then from the start (whether a cue is at an offset depends on the text
    alone, not on where the search starts)."""
    return bool(_COLLAB_CUE.search(without_orgs, first) or _COLLAB_CUE.search(without_orgs))


def _the_two_partners(u: _Unit, edges: _Edges, pair: list[str], bought: set[str]) -> None:
    """ "At the time, the two companies signed a joint research agreement": a deal of the two
    organisations last named together, in a sentence that names neither (not where a sentence
    has named both in an acquisition: "The companies expect to close the deal" is its own)."""
    if u.collab_cue is not None and not u.acquisition and not u.talks and not bought >= set(pair):
        edges.add(EdgeKind.COLLABORATES_WITH, pair[0], pair[1], u.sent)


# "The linker technology was licensed from Bolt", "a compound licensed from the Bolt
# Institute": a licence whose licensor is the one organisation the sentence names, its licensee
# left unnamed, the release's own company
_LICENSED_FROM = _ci(r"\blicen[cs]ed\s+from\s+(?:the\s+)?$")


def _investor_named(u: _Unit, o: Span) -> bool:
    """Whether a sentence names the organisation as an investor, or as the one that led its
    financing round."""
    before = u.text[max(u.sent.start, o.start - 60) : o.start]
    return _INVESTOR_NAMED_BEFORE.search(before) is not None or (
        any(w in u.slow for w in ("round", "financ"))
        and _LED_ROUND_AFTER.match(u.text, o.end) is not None
    )


def _sole_licensor(u: _Unit) -> str:
    """The one organisation a sentence names, when named as what something was licensed from
    (its investors aside)."""
    if not u.orgs or "d from" not in u.slow:
        return ""
    orgs = [(oi, o) for oi, o in u.orgs if not _investor_named(u, o)]
    if not orgs or len({u.node[oi] for oi, _ in orgs}) > 1:
        return ""
    oi, o = orgs[0]
    licensed = _LICENSED_FROM.search(u.low, max(u.sent.start, o.start - 30), o.start)
    return u.node[oi] if licensed else ""


# "X, developed by Acme and Bolt, is the first ...", "a biosimilar developed by Acme and
# Indian company Bolt": one product two organisations are named as developing, their
# co-development, as "co-developed by" and "jointly developed by" state it; not a plural's
# developers ("programs developed by Acme and Bolt": each its own) nor products listed
# with theirs ("X and Y, developed by Acme and Bolt respectively")
_DEVELOPED_BY_BEFORE = re.compile(r"(\S+)\s+developed\s+by\s+(?:the\s+)?$")
_CODEVELOPER_AND = re.compile(
    LEGAL_FORMS
    + r"\s+and\s+(?:(?:[a-z][\w-]*\s+)?(?:company|firm|biotech|drugmaker|partner)\s+|the\s+)?"
)


def _codevelopers(u: _Unit, edges: _Edges) -> None:
    """ "X, developed by Acme and Bolt": the two developers are partners."""
    if "respectively" in u.slow:
        return
    for (ai, a), (bi, b) in itertools.pairwise(u.orgs):
        head = _DEVELOPED_BY_BEFORE.search(u.low, max(u.sent.start, a.start - 40), a.start)
        if not head or u.node[ai] == u.node[bi]:
            continue
        # (the word as written: a brand may end in "s", a plural noun is in lower case)
        word = u.text[head.start(1) : head.end(1)].rstrip(",")
        if (word.endswith("s") and word.isalpha() and word.islower()) or word in ("are", "were"):
            continue
        if _CODEVELOPER_AND.fullmatch(u.low, a.end, b.start):
            edges.add(EdgeKind.COLLABORATES_WITH, u.node[ai], u.node[bi], u.sent)


def _collaborations(u: _Unit, edges: _Edges, speaker: str) -> None:
    """COLLABORATES_WITH: the parties of a sentence about a collaboration or licence (never an
    acquisition), or the issuing company ("we") and the one other party named."""
    if not u.orgs:
        return
    if "between" in u.slow and not u.talks:
        _partners_between(u, edges)
    if u.acquisition:
        return
    if u.talks:
        for (ai, _a), (bi, _b) in itertools.combinations(u.orgs, 2):
            pair = sorted((u.node[ai], u.node[bi]))
            edges.ruled_out.add((str(EdgeKind.COLLABORATES_WITH), pair[0], pair[1]))
        return
    if "venture" in u.slow and _joint_venture(u, edges):
        return
    if "developed by" in u.slow:
        _codevelopers(u, edges)
    # (a cue inside a party's own name, "Wellington Partners", states no collaboration)
    cued = u.collab_cue is not None and _cue_left(u.without_orgs, u.collab_cue.start())
    if not cued and not (
        ("front" in u.slow or "milestone" in u.slow) and _LICENCE_PAYMENT.search(u.slow)
    ):
        return
    org_ids: list[str] = []
    parties: list[Span] = []
    # (a literal test, the words the pattern opens with, spares most units the search)
    licence = ("licen" in u.slow or "rights" in u.slow) and bool(_LICENCE.search(u.slow))
    abbreviated = {  # "the Shonan Research Center (T-CiRA)": the abbreviation is no new party
        id(o)
        for oi, o in u.orgs
        if u.text[o.start - 1 : o.start] == "("
        and any(u.node[xi] == u.node[oi] and 0 <= o.start - x.end <= 3 for xi, x in u.orgs)
    }
    # "Bolt, a leader in skin health, with whom Acme made a licence agreement": the company
    # the relative clause opens on is the partner of the one it names
    if " whom " in u.slow or " which " in u.slow:
        for (ai, opener), (bi, named) in itertools.pairwise(u.orgs):
            if u.node[ai] != u.node[bi] and _WITH_WHOM.fullmatch(u.text, opener.end, named.start):
                edges.add(EdgeKind.COLLABORATES_WITH, u.node[ai], u.node[bi], u.sent)
    # (the literal tests spare most units the per-party searches)
    financing = any(w in u.slow for w in ("series", "financ", "round", "placement", "investment"))
    says = u.says
    companion = "companion" in u.slow  # (what `_OWN_TEST_AFTER` looks ahead for)
    for oi, o in u.orgs:
        before = u.text[max(u.sent.start, o.start - 60) : o.start]
        if _ASIDE_OPENS.fullmatch(u.text, u.sent.start, o.start) and _ASIDE_CLOSES.match(
            u.text, o.end
        ):
            continue  # "In addition to Acme, Bolt has agreements with A and B": set aside
        if (
            UNIT_NOUN_AFTER.match(u.text, o.end)
            or id(o) in abbreviated
            or _parent_in_apposition(u, o)
            or _EMPLOYER_AFTER.match(u.text, o.end)
            # ("the National Cancer Institute (NCI) of the National Institutes of Health")
            or any(_OF_PARENT.fullmatch(u.text, x.end, o.start) for _, x in u.orgs)
        ):
            continue  # a parent named for its unit ("Acme's newly launched innovation arm")
        if financing and _FINANCING_AFTER.match(u.text, o.end):
            continue  # "builds upon a Bolt Ventures Series B venture financing": an investor
        if _investor_named(u, o):
            continue  # "according to new investor Bolt", "Bolt co-led a series A round"
        if ("spun" in before or "pin" in before) and _SPUN_FROM_BEFORE.search(before):
            continue  # "Bolt Bio, spun out of X, licensed ...": where the company comes from
        if "pin" in u.text[o.end : o.end + 6] and _SPIN_OUT_AFTER.match(u.text, o.end):
            continue  # "X spinout Bolt Bio signs ...": the same, named before the company
        if (
            companion
            and _OWN_TEST_AFTER.search(u.low, o.end, u.sent.end)
            and not _STATED_DEAL.search(u.slow)
        ):
            # "Bolt announced approval of its X test as a companion diagnostic for Y, jointly
            # developed by A and B": the test's maker is no party of the drug's makers' deal
            continue
        if financing and _INVESTORS_LISTED_BEFORE.search(
            u.low, max(u.sent.start, o.start - 120), o.start
        ):
            continue  # "led by Bolt Ventures with participation from A and B": investors
        if says and u.node[oi] != speaker and _affiliation(u, o):
            continue  # '"... our work with Bolt," said Jo Roe, MD, director in the X Center
        if (
            _not_party_before(before)
            and not re.search(r"\bwith\s+(?:the\s+)?$", before)
            # "a collaboration with leading antibody researchers at the University of X"
            and not _RESEARCHERS_AT.search(before)
            and not _sponsor_conducting(u, o)
            # "X was licensed out at the preclinical stage by A to B": the licensor
            and not (licence and before.endswith(" by ") and _TO_ORG.match(u.text, o.end))
            # "Acme has been granted an exclusive license by Bolt": the licensor
            and not _licensor_as_agent(u, o, before, licence)
            and not (
                _FROM.search(before)
                and (licence or _PAID_FROM.search(u.low, max(u.sent.start, o.start - 90), o.start))
            )
        ):
            continue
        parties.append(o)
        if u.node[oi] not in org_ids:
            org_ids.append(u.node[oi])
    # "we ... with A": A is the speaker's partner; "we ... work with A and B": each is the
    # speaker's partner, not the other's
    if (
        speaker
        and speaker not in org_ids
        and org_ids
        and (
            _WE.search(u.text, u.sent.start, u.sent.end)
            or _PARTNERED_WITH_BEFORE.search(
                u.low, max(u.sent.start, parties[0].start - 80), parties[0].start
            )
        )
        and (
            len(org_ids) == 1
            or _WITH_END.search(u.low, max(u.sent.start, parties[0].start - 20), parties[0].start)
        )
    ):
        for org in org_ids:
            edges.add(EdgeKind.COLLABORATES_WITH, speaker, org, u.sent)
        return
    if 2 <= len(org_ids) <= (4 if cued else 2):
        span_node = {id(o): u.node[oi] for oi, o in u.orgs}
        # the makers named in the brackets of different drugs are no partners of each other
        makers = {u.node[oi] for oi, o in u.orgs if _maker_in_brackets(u, o)}
        # "in-licensed X from A and B": each the licensee's partner, not each other's
        licensors = _licensors_listed(u, parties, span_node)
        for a, b in _collab_pairs(u.text, u.low, u.sent, parties, span_node, org_ids):
            if not (a in makers and b in makers) and not {a, b} <= licensors:
                edges.add(EdgeKind.COLLABORATES_WITH, a, b, u.sent)
