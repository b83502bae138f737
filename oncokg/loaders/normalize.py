"""Turn recognised spans into graph nodes: one node per entity, canonical names and ids.

Merges what the text links (brand -> INN, defined abbreviations, short company names,
subsidiary -> parent) and keeps every surface form as an alias, so downstream resolution and
the scorer can match any spelling the document used.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from operator import attrgetter

from oncokg.extraction import Mention, Node
from oncokg.loaders.matching import by_first_letter
from oncokg.loaders.recognize import (
    MOLECULE,
    TARGET,
    Span,
    capitals,
    disease_ref,
    link_parentheses,
    name_places,
    radioligand_key,
    whole_tokens,
)
from oncokg.loaders.vocabulary import BIOMARKER_STATUS, DISEASE, ORG, Vocab, derived, key_of
from oncokg.schema import Label, node_id

_LABEL = {
    MOLECULE: Label.MOLECULE,
    TARGET: Label.TARGET,
    DISEASE: Label.DISEASE,
    ORG: Label.ORGANIZATION,
}
# ("Oxford BioTherapeutics’ (OBT) oncology programmes": after a possessive too)
_ABBR_DEF = re.compile(r"(?:[’']s?)?\s*\(\s*[“\"]?([A-Z][A-Za-z0-9\-]{1,15})[”\"]?\s*\)")


@dataclass
class Entities:
    """Nodes in first-mention order and, for each span, the id of its node."""

    nodes: list[Node]
    span_node: list[str]
    spans: list[Span]


_DANGLING = re.compile(r"\s+(?:&|and)(?:\s+Co)?$")  # "Acme & Co" without its period


@derived
def _legal_tail(vocab: Vocab) -> re.Pattern[str]:
    """The legal forms ending a company name ("Acme Co., Ltd.")."""
    return re.compile(rf"(?:,?\s+(?:{vocab.legal_suffix})(?![A-Za-z0-9]))+$")


def _org_key(surface: str, vocab: Vocab) -> str:
    if surface.strip() in vocab.companies:  # "Eli Lilly and Company" is the whole name
        return vocab.companies[surface.strip()]
    name = _legal_tail(vocab).sub("", surface.strip()).strip(" ,")
    name = _DANGLING.sub("", name)  # "Merck & Co., Inc." is Merck, not "Merck &"
    if name in vocab.companies:
        return vocab.companies[name]
    words = name.split()
    # A subsidiary or regional unit named as the company plus generic words ("Servier
    # Pharmaceuticals", "Daiichi Sankyo Europe") merges into the parent.
    # ("Immatics Biotechnologies", "Kite Pharma": a known company and its field's head word)
    for i in range(len(words) - 1, 0, -1):
        head = " ".join(words[:i])
        if head in vocab.companies and all(
            w in vocab.unit_words or w in vocab.org_heads for w in words[i:]
        ):
            return vocab.companies[head]
    return name


def _org_keys_of(spans: list[Span], vocab: Vocab, known: dict[str, str]) -> dict[str, str]:
    """`known` with the `_org_key` of each company span's key it lacks: a document's names
    are read once each, however many mentions and passes read them."""
    for span in spans:
        if span.kind == ORG and span.key not in known:
            known[span.key] = _org_key(span.key, vocab)
    return known


def _shortens(short: str, name: str) -> bool:
    """ "(MGH)", "(Penn)", "(Taiho)" shorten the name before them; "(Shanghai)" after "BeiGene"
    does not: capitals, or the start of one of the name's words."""
    if sum(c.isupper() for c in short) >= 2:
        return True
    return any(word.lower().startswith(short.lower()) for word in name.split())


_ONE_NAME = re.compile(r"[A-Z][A-Za-z0-9]{3,}")


def _extra_org_mentions(
    text: str, spans: list[Span], vocab: Vocab, org_keys: dict[str, str]
) -> list[Span]:
    """Defined abbreviations ("Taiho Pharmaceutical Co., Ltd. (Taiho)") and first-word short
    names of recognised companies become mentions wherever they occur (`org_keys`: the
    `_org_key` of each company span's key)."""
    forms: dict[str, str] = {}
    first_words: dict[str, str] = {}  # (each key's, read once however often it is mentioned)
    for span in spans:
        if span.kind != ORG:
            continue
        key = org_keys[span.key]
        match = _ABBR_DEF.match(text, span.end)
        if match and match.group(1) not in vocab.not_orgs and _shortens(match.group(1), key):
            forms.setdefault(match.group(1), key)
        # a one-word name found once by its context ("Acme and Zentavo are partners") is a
        # mention wherever the text writes it
        if _ONE_NAME.fullmatch(span.text) and span.text not in vocab.not_short_names:
            forms.setdefault(span.text, key)
        if key not in first_words:
            first_words[key] = _first_word_name(key, text, vocab)
        if first_words[key]:
            forms.setdefault(first_words[key], key)
            # the first word as the text writes it, where the known name's casing differs
            # ("Zorvan Therapeutics" for a known "ZORVAN Therapeutics": "Zorvan will develop")
            written = span.text.split(maxsplit=1)[0].rstrip(",")
            if (
                written != first_words[key]
                and written.lower() == first_words[key].lower()
                and written not in vocab.not_short_names
            ):
                forms.setdefault(written, key)
    named = _names_without_head(text, spans, vocab, org_keys)
    return named + [
        Span(ORG, start, end, form, forms[form])
        for start, end, form in _free_tokens(text, spans + named, forms)
    ]


def _at_boundary(text: str, at: int) -> bool:
    """Whether a regex's `\\b` holds at `at`: a word character on one side only."""
    before = at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_")
    return before != (at < len(text) and (text[at].isalnum() or text[at] == "_"))


def _holds_word(text: str, word: str) -> bool:
    """Whether `text` holds `word` between word boundaries, as `\\bword\\b` finds it: from one
    `str.find` hit to the next (a pattern built for each name and scanned over the text costs
    more)."""
    at = text.find(word)
    while at >= 0:
        if _at_boundary(text, at) and _at_boundary(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _first_word_name(key: str, text: str, vocab: Vocab) -> str:
    """The first word of a company's name that names it alone ("" for none)."""
    words = key.split()
    # (an acronym of three capitals opens a name too: "OSI Pharmaceuticals" is OSI; so
    # does a short name before a company's head word that the text never writes as a
    # word in lower case: "Ono Pharmaceutical" is Ono, "New Pharma" is no "New")
    opens = len(words[0]) >= 4 or (
        len(words[0]) == 3
        and (
            words[0].isupper()
            or (
                len(words) == 2
                and words[1] in vocab.org_heads
                and not _holds_word(text, words[0].lower())
            )
        )
    )
    if len(words) >= 2 and opens and words[0][0].isupper():
        first = words[0].rstrip(",")
        if first not in vocab.not_short_names and first.isalpha():
            return first
    return ""


def _names_without_head(
    text: str, spans: list[Span], vocab: Vocab, org_keys: dict[str, str]
) -> list[Span]:
    """ "Black Lantern Therapeutics" once, then "Black Lantern’s lead asset": a name of two or
    more words before its head word is the company wherever the text writes it alone."""
    short: dict[str, str] = {}
    for key in sorted({org_keys[s.key] for s in spans if s.kind == ORG}):
        words = key.split()
        if (
            len(words) >= 3
            and words[-1] in vocab.org_heads
            and all(w[:1].isupper() for w in words[:-1])
        ):
            short.setdefault(" ".join(words[:-1]), key)
    if not short:
        return []
    out: list[Span] = []
    for name, key in short.items():
        for start, end in name_places(text, name):
            if not any(s.start < end and start < s.end for s in spans):
                out.append(Span(ORG, start, end, name, key))
    return out


_TOKEN = re.compile(r"[\w-]+")


def _free_tokens(
    text: str, spans: list[Span], forms: Mapping[str, object]
) -> list[tuple[int, int, str]]:
    """Whole-token occurrences of `forms` that no span covers, in text order.

    Every form is one run of word characters and hyphens, so an occurrence is a whole
    `[\\w-]+` token and occurrences never overlap. Many forms in a long text are matched
    with one token scan, so the cost never grows as forms x text."""
    if not forms:
        return []
    if len(forms) * len(text) > 5_000_000:
        hits = [
            (m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text) if m.group(0) in forms
        ]
    else:
        hits = whole_tokens(text, forms)
    if not hits:
        return []
    # (most occurrences are the very mentions a form was learned from: the map of the text
    # the spans cover is drawn only for the others, and often not at all)
    extents = {(span.start, span.end) for span in spans}
    hits = [hit for hit in hits if (hit[0], hit[1]) not in extents]
    if not hits:
        return []
    taken = bytearray(len(text) + 1)
    for span in spans:
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
    return [hit for hit in hits if taken.find(1, hit[0], hit[1]) < 0]


_LEARNED = re.compile(r"[A-Z][A-Za-z0-9\-]{2,}")


def _extra_molecule_mentions(text: str, spans: list[Span]) -> list[Span]:
    """Brands and code names learned from one marked mention ("ADCETRIS®") are mentions
    wherever the same spelling recurs unmarked."""
    learned = {s.text: s for s in spans if s.kind == MOLECULE and _LEARNED.fullmatch(s.text)}
    return [
        Span(MOLECULE, start, end, form, learned[form].key, link=learned[form].link)
        for start, end, form in _free_tokens(text, spans, learned)
    ]


# A code name of letters and digits ("ZQX-2076", "ZQX2076", "ZQX 2076"): its letters and digits
_CODE_PARTS = re.compile(r"([A-Z]{2,6})[ -]?(\d{2,6})")


def _code_form(surface: str) -> str:
    """The code name a surface spells, without its separator ("ZQX 2076" -> "ZQX2076"), or ""."""
    m = _CODE_PARTS.fullmatch(surface)
    return m.group(1) + m.group(2) if m else ""


def _spaced_code_mentions(text: str, spans: list[Span]) -> list[Span]:
    """A code name the text gives once with a hyphen or none ("ZQX-2076", "ZQX2076") is a mention
    wherever it recurs with a space instead ("ZQX 2076"): older releases and their reprints
    write one code both ways."""
    codes = {
        form: s
        for s in spans
        if s.kind == MOLECULE and (form := _code_form(s.text)) and " " not in s.text
    }
    if not codes:
        return []
    out: list[Span] = []
    for form, span in codes.items():
        spaced = (
            form[: len(form.rstrip("0123456789"))] + " " + form[len(form.rstrip("0123456789")) :]
        )
        at = text.find(spaced)  # (a literal look first: most texts write no code with a space)
        while at >= 0:
            end = at + len(spaced)
            whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "-")
            )
            if whole and not any(s.start < end and at < s.end for s in spans):
                out.append(Span(MOLECULE, at, end, spaced, span.key, link=span.link))
            at = text.find(spaced, end)
    return out


def _same_code_names(spans: list[Span], vocab: Vocab) -> dict[str, str]:
    """One code name written with a space, a hyphen or neither ("ZQX 2076", "ZQX-2076",
    "ZQX2076") is one molecule: the reference drug's, else the one first named."""
    first: dict[str, str] = {}
    for span in sorted(
        (s for s in spans if s.kind == MOLECULE),
        key=lambda s: (not (s.link or s.key in vocab.drug_names), s.start),
    ):
        if form := _code_form(span.text):
            first.setdefault(form, span.link or span.key)
    out: dict[str, str] = {}
    for span in spans:
        if span.kind == MOLECULE and (form := _code_form(span.text)):
            key = span.link or span.key
            if first[form] != key:
                out[key] = first[form]
    return out


def _molecule_name(key: str, vocab: Vocab) -> tuple[str, str]:
    """(canonical name, DrugBank id or "") of a molecule's key."""
    if key in vocab.drug_names:
        name = vocab.drug_names[key]
        if not re.search(r"\d", name) and name[:1].isupper() and name[1:].islower():
            name = name.lower()
        return name, key
    return key, ""


# The words after an INN that name its form, salt or modification, not another molecule:
# "zorbaleukin alfa" is later just "zorbaleukin", "velizumab pegol" just "velizumab".
_INN_FORM = re.compile(
    r"(?:alfa|beta|gamma|delta|pegol|acetate|citrate|maleate|malate|tos[iy]late|bes[iy]late|"
    r"fumarate|succinate|tartrate|phosphate|sul(?:f|ph)ate|(?:di)?mes[iy]late|hydrochloride|"
    r"sodium|potassium)"
)


def _short_inn_names(spans: list[Span], vocab: Vocab) -> dict[str, str]:
    """A molecule named by its INN without the form word the text first gave it
    ("zorbaleukin alfa" ... "zorbaleukin") is that molecule, when the short name is no
    reference drug of its own."""
    full: dict[str, str] = {}
    for span in spans:
        if span.kind != MOLECULE:
            continue
        words = span.text.split()
        if len(words) == 2 and _INN_FORM.fullmatch(words[1].lower()):
            full.setdefault(words[0].lower(), span.link or span.key)
    if not full:
        return {}
    return {
        span.key: full[span.text.lower()]
        for span in spans
        if span.kind == MOLECULE
        and span.key not in vocab.drug_names
        and span.text.lower() in full
        and full[span.text.lower()] != span.key
    }


def _same_radioligands(spans: list[Span], vocab: Vocab) -> dict[str, str]:
    """A radioligand written another way ("lutetium (177Lu) X" ... "177Lu X") is the
    molecule of the reference name, else the one first named."""
    mols = [s for s in spans if s.kind == MOLECULE]
    first = {
        spelled: s.key
        for s in mols
        if s.key in vocab.drug_names and (spelled := radioligand_key(s.text))
    }
    out: dict[str, str] = {}
    for span in mols:
        if span.key in vocab.drug_names:
            continue
        spelled = radioligand_key(span.text)
        key = span.link or span.key
        if spelled and first.setdefault(spelled, key) != key:
            out[key] = first[spelled]
    return out


@derived
def _known_companies(vocab: Vocab) -> frozenset[str]:
    """The canonical names of the curated companies (built once, not per document)."""
    return frozenset(vocab.companies.values())


# The words a company's full name may end with that its short name drops
_GROUP_TAILS = ("International", "Holdings", "Group", "Global", "Worldwide", "Corporation")


def _short_org_names(org_keys: set[str], vocab: Vocab) -> dict[str, str]:
    """ "Acme and Zentavo's zorbimab" in the title, "Zentavo Biologics" in the body: a
    one-word name that opens exactly one longer company name of the text is that company
    (not a known company of its own, nor a word that opens many names)."""
    known = _known_companies(vocab)
    out: dict[str, str] = {}
    opening: dict[str, list[str]] | None = None  # the names by their first word, made once
    for short in org_keys:
        if " " in short:
            # "Natrogen Therapeutics" beside "Natrogen Therapeutics International"
            whole = [f"{short} {tail}" for tail in _GROUP_TAILS if f"{short} {tail}" in org_keys]
            if len(whole) == 1 and short not in known:
                out[short] = whole[0]
            continue
        if short in known or short in vocab.not_short_names:
            continue
        if opening is None:
            opening = {}
            for k in org_keys:
                opening.setdefault(k.split()[0], []).append(k)
        longer = [k for k in opening.get(short, ()) if k != short]
        if len(longer) == 1:
            out[short] = longer[0]
    return out


def _initialisms(org_keys: set[str]) -> dict[str, str]:
    """ "Servier and UCL collaborate" in the title, "University College London" in the body:
    a name in capitals that spells the capitals of exactly one longer name of the text is
    that organisation (as it is after the longer name, where the recognizer reads it so)."""
    by_capitals: dict[str, list[str]] = {}
    for key in org_keys:
        if " " in key:
            by_capitals.setdefault(capitals(key), []).append(key)
    return {
        key: longer[0]
        for key in org_keys
        if len(key) >= 3 and key.isupper() and len(longer := by_capitals.get(key, [])) == 1
    }


def _clipped_heads(org_keys: set[str], vocab: Vocab) -> dict[str, str]:
    """ "Quillon Pharmaceuticals" in the first line, "Quillon Pharma" later: a name whose head
    word clips the head of another name with the same words before it is that company."""
    out: dict[str, str] = {}
    for key in org_keys:
        stem, _, head = key.rpartition(" ")
        if not stem or head not in vocab.org_heads:
            continue
        for other in org_keys:
            o_stem, _, o_head = other.rpartition(" ")
            clips = o_stem == stem and o_head != head and o_head.startswith(head)
            if clips and o_head in vocab.org_heads and len(other) > len(out.get(key, "")):
                out[key] = other
    return out


# The words that qualify a disease before its name: stage, line, course, severity, subtype.
# (listed apart too: most words before a mention are tested against them as a set)
_QUALIFIER_WORDS = (
    "relapsed|refractory|recurrent|metastatic|advanced|locally|unresectable|resectable|"
    "primary|secondary|classical|classic|newly|diagnosed|previously|treated|untreated|early|"
    "late|high|higher|low|lower|intermediate|risk|moderate|moderately|severe|severely|mild|"
    "active|generalized|generalised|extensive|limited|stage|platinum|resistant|sensitive|"
    "castration|castrate|hormone|non|radiographic|nonsegmental|segmental|adult|pediatric|"
    "paediatric|juvenile|plaque|aggressive|indolent|smoldering|progressive|persistent|"
    "chronic|acute|first|second|line|muscle|invasive|inflammatory|demyelinating|"
    "eosinophilic|allergic|idiopathic|hereditary|familial"
)
_QUALIFIER_ALTERNATION = (
    f"{_QUALIFIER_WORDS}|"
    # "ANCA-associated vasculitis", "HER2-positive breast cancer", "B-cell mediated ..."
    r"[\w]+-(?:associated|related|mediated|driven|positive|negative|mutated|mutant|low)|"
    r"[\w]+-[\w]+[ ](?:associated|related|mediated|driven)|associated|related|mediated|driven"
)
_QUALIFIER = f"(?:{_QUALIFIER_ALTERNATION})"
_QUALIFIER_WORD = re.compile(_QUALIFIER)
# (the qualifiers one word without a hyphen is; the endings of "HER2-positive" that are none)
_QUALIFIER_SET = frozenset(
    (*_QUALIFIER_WORDS.split("|"), "associated", "related", "mediated", "driven")
)
_HYPHENED_ONLY = frozenset(("positive", "negative", "mutated", "mutant"))
_JOINING = ("or", "and", "to")  # (the words a mention's qualifiers may be joined by)


def _qualifier_before(text: str, start: int) -> bool:
    """Whether the word before a mention (past separators and "or"/"and"/"to") is a
    qualifier: the cheap test before `_QUALIFIED`, which tries every offset of its window."""
    # (the words between separators, read from the last: str methods, cheaper than a split
    # by pattern)
    window = text[max(0, start - 40) : start].replace(",", " ").replace("/", " ")
    last = _last_word(window)
    # (a set lookup first: the pattern is read only for a word ending as "HER2-positive" does,
    # the one form whose last part alone is no qualifier)
    part = last.rpartition("-")[2]
    if last in _QUALIFIER_SET or part in _QUALIFIER_SET:
        return True
    return part in _HYPHENED_ONLY and _QUALIFIER_WORD.fullmatch(last) is not None


def _last_word(window: str) -> str:
    """The last of the words between the spaces of `window` but "or", "and" and "to" ("" for
    none). (Most often one of the last two: the two are split off alone, the whole window
    only when neither is.)"""
    for words in (window.rsplit(" ", 2)[1:], window.split(" ")):
        for word in reversed(words):
            if word and word not in _JOINING:
                return word
    return ""


# a capital "The" inside a sentence, before a name: part of that name
_CAPITAL_THE = re.compile(r"(?<=[a-z,] )The ")
# (the qualifiers by their first letter: one test turns away each group at each offset)
_QUALIFIED = re.compile(
    rf"(?<![\w-])(?:(?:{by_first_letter(_QUALIFIER_ALTERNATION)})"
    r"(?:[ ]+(?:or|and|to)[ ]+|[ ]*[,/-][ ]*|[ ]+))+$"
)


def build_entities(text: str, spans: list[Span], vocab: Vocab) -> Entities:
    """Group spans into nodes. Spans the text links (brand -> INN) share one node."""
    org_key = _org_keys_of(spans, vocab, {})
    extra = _extra_org_mentions(text, spans, vocab, org_key)
    _org_keys_of(extra, vocab, org_key)  # (and the keys of the mentions just added)
    spans = spans + extra
    spans = spans + _extra_molecule_mentions(text, spans)
    spans = spans + _spaced_code_mentions(text, spans)
    spans.sort(key=attrgetter("start", "end"))
    link_parentheses(text, spans)
    # Molecule merge map: a linked brand/code takes its INN's key.
    mol_key: dict[str, str] = {}
    for span in spans:
        if span.kind == MOLECULE and span.link and span.link != span.key:
            mol_key[span.key] = span.link
    mol_key.update(_short_inn_names(spans, vocab))
    mol_key.update(_same_radioligands(spans, vocab))
    mol_key.update(_same_code_names(spans, vocab))
    # An org name that ends with another org's full name is that org ("The University of
    # Texas MD Anderson Cancer Center" -> "MD Anderson Cancer Center").
    org_keys = {org_key[s.key] for s in spans if s.kind == ORG}
    org_merge = {}
    for name in org_keys:  # longest other name that `name` ends with, per space position
        cut = name.find(" ")  # (each space found by str.find, not a step per letter)
        while cut >= 0:
            tail = name[cut + 1 :]
            if tail in org_keys and len(tail.split()) >= 2:
                org_merge[name] = tail
                break
            cut = name.find(" ", cut + 1)
    org_merge.update(_short_org_names(org_keys, vocab))
    org_merge.update(_clipped_heads(org_keys, vocab))
    org_merge.update(_initialisms(org_keys))
    nodes: dict[str, Node] = {}
    span_node: list[str] = []
    disease_surfaces: dict[str, list[str]] = {}
    disease_lists: dict[str, list[str]] = {}  # the lists sharing a head that name a disease
    # one mention of several diseases ("CLL/SLL", "breast and ovarian cancer") names none
    shared = Counter((s.start, s.end) for s in spans if s.kind == DISEASE)
    # (every mention of one key is of one node, resolved once)
    resolved: dict[tuple[str, str], tuple[str, str, dict[str, str]]] = {}
    # (each spelling of a key is cleaned, and gives its node its aliases, once: a repeated
    # mention adds none the first did not)
    surfaces: dict[tuple[str, str, str, bool], str] = {}
    for span in spans:
        kind = span.kind
        resolution = resolved.get((kind, span.key))
        if resolution is None:
            resolution = resolved[kind, span.key] = _node_of(
                span, vocab, org_key, org_merge, mol_key
            )
        ident, name, props = resolution
        if kind == DISEASE:
            if shared[(span.start, span.end)] == 1:
                disease_surfaces.setdefault(ident, []).append(span.text)
            else:
                disease_lists.setdefault(ident, []).append(span.text)
        node = nodes.get(ident)
        if node is None:
            node = Node(ident, _LABEL[kind], name, [], props, [])
            nodes[ident] = node
        spelling = (kind, span.key, span.text, span.broad)
        surface = surfaces.get(spelling, "")
        if not surface:
            surface = surfaces[spelling] = _surface_aliases(span, node, vocab)
        if (
            kind == DISEASE
            and _qualifier_before(text, span.start)
            and (said := _QUALIFIED.search(text, max(0, span.start - 80), span.start))
        ):
            # "relapsed or refractory multiple myeloma", "classical Hodgkin lymphoma": the
            # disease as the text qualifies it is a name of it too, in the plural as written
            # ("pediatric high-grade gliomas")
            qualified = said.group() + surface
            ending = _PLURAL_ENDING.match(text, span.end)
            for alias in (qualified, *([qualified + ending.group()] if ending else [])):
                if alias not in node.aliases:
                    node.aliases.append(alias)
        if kind == ORG and _CAPITAL_THE.match(text, span.start):
            # "with The University of Texas System": an official name that opens with "The"
            official = f"The {surface}"
            if official not in node.aliases:
                node.aliases.append(official)
        if kind == DISEASE and (ending := _PLURAL_ENDING.match(text, span.end)):
            # "myelodysplastic syndromes": the label as the text writes it, in the plural
            plural = surface + ending.group()
            if plural not in node.aliases:
                node.aliases.append(plural)
        node.mentions.append(Mention(span.text, span.start, span.end))
        span_node.append(ident)
    for ident in disease_surfaces.keys() | disease_lists.keys():
        _name_disease(
            nodes[ident], disease_surfaces.get(ident, []), disease_lists.get(ident, []), vocab
        )
    return Entities(list(nodes.values()), span_node, spans)


def _surface_aliases(span: Span, node: Node, vocab: Vocab) -> str:
    """The span's text without trademark signs, added to its node's aliases with the other
    names it gives the node; returned."""
    surface = span.text.replace("®", "").replace("™", "").strip()
    # "TJ-CD4B/ABL111": one drug's code names from its two developers, each a name of it
    paired = span.kind == MOLECULE and _CODE_PAIR.fullmatch(surface)
    parts = surface.split("/") if paired else []
    # (a broad class is also named as the curated class: "hematologic tumors" is one of
    # the "hematologic malignancies")
    broad = vocab.broad_names.get(span.key, "") if span.kind == DISEASE and span.broad else ""
    for alias in (surface, *parts, *([broad] if broad else [])):
        if alias != node.name and alias not in node.aliases:
            node.aliases.append(alias)
    return surface


def _node_of(
    span: Span,
    vocab: Vocab,
    org_key: dict[str, str],
    org_merge: dict[str, str],
    mol_key: dict[str, str],
) -> tuple[str, str, dict[str, str]]:
    """The id, name and properties of the node of a span's key (the name and properties are
    those of a node the span is the first mention of)."""
    label = _LABEL[span.kind]
    props: dict[str, str] = {}
    if span.kind == ORG:
        name = org_key[span.key]
        name = org_merge.get(name, name)
        return node_id(label, name), name, props
    if span.kind == MOLECULE:
        key = mol_key.get(span.key, span.key)
        key = mol_key.get(key, key)
        name, dbid = _molecule_name(key, vocab)
        if dbid:
            props["drugbank_id"] = dbid
        return node_id(label, name), name, props
    if span.kind == TARGET:
        name = span.key
        hgnc = vocab.gene_ids.get(name, "")
        props = {"symbol": name}
        if hgnc:
            props["hgnc_id"] = hgnc
        return node_id(label, name), name, props
    if span.key.startswith("DOID:"):
        name = vocab.disease_names.get(span.key, span.key)
        props = {"doid": span.key}
    else:
        name = span.key
    return node_id(label, span.key), name, props


_LIST_WORDS = re.compile(r",| and | or ")


def _list_items_of(node: Node, surfaces: list[str], vocab: Vocab) -> list[str]:
    """The items of lists sharing one head that name the node's disease, with the head."""
    doid = node.properties.get("doid")
    out = []
    for surface in surfaces:
        *items, last = _LIST_WORDS.split(surface)
        head = last.split(" ")[-1]
        for item in items:
            named = f"{item.strip()} {head}"
            if item.strip() and doid and disease_ref(named, vocab) == doid:
                out.append(named)
    return out


# what ends a plural a disease mention stops before (the mention is the singular label)
_PLURAL_ENDING = re.compile(r"e?s(?![A-Za-z0-9])")
# Two code names joined by a slash ("TJ-CD4B/ABL111"): letters and digits each
_CODE_PAIR = re.compile(r"[A-Z][A-Za-z-]*\d[\w-]*/[A-Z][A-Za-z-]*\d[\w-]*")
# The words of a disease's stage or resistance, which fold into the base disease's name
_STAGE_QUALIFIED = re.compile(
    r"^(?:(?:metastatic|castration|castrate|resistant|sensitive|advanced|relapsed|refractory|"
    r"recurrent|unresectable|locally)(?:[ ]+(?:or|and)[ ]+|[ ]*[,/-][ ]*|[ ]+))+",
    re.IGNORECASE,
)


def _name_disease(node: Node, surfaces: list[str], lists: list[str], vocab: Vocab) -> None:
    """Use the text's common full form as the name (the DO label stays an alias)."""
    # (each spelling once: the shortest of them, and whether one is the label, are the same
    # however often the text repeats it)
    surfaces, lists = list(dict.fromkeys(surfaces)), list(dict.fromkeys(lists))
    unqualified = [s[m.end() :] if (m := BIOMARKER_STATUS.match(s)) else s for s in surfaces]
    # (a list sharing one head, "lung and colorectal cancer", names each of its items: the
    # item with the head is the disease's name as the text writes it, "gastric cancer")
    full = [
        s
        for s in unqualified
        if not (s.isupper() or len(s) <= 5 or "(" in s or _LIST_WORDS.search(s))
    ] or _list_items_of(node, lists + [s for s in unqualified if _LIST_WORDS.search(s)], vocab)
    if not full:
        return
    label_key = key_of(node.name)
    if any(key_of(_STAGE_QUALIFIED.sub("", s)) == label_key for s in full):
        return  # "castration-resistant prostate cancer" is prostate cancer, so named
    natural = [s for s in full if not s.istitle()] or full
    # the shortest, as written mid-sentence ("gastric cancer", not a sentence's "Gastric cancer")
    best = min(natural, key=lambda s: (len(s), s[:1].isupper(), s))
    if node.name not in node.aliases:
        node.aliases.append(node.name)
    node.name = best
