"""Deals: who acquires whom (ACQUIRES, buyer → acquired, with status, value and scope) and
the terms of a collaboration (its kind, upfront, total and territory), as releases state them.

An acquisition sentence names the buyer before the acquisition verb and the company bought
after it ("X to acquire Y", "X has completed the acquisition of Y", "X acquires Y's oncology
business"), or the reverse in the passive ("Y, acquired by X", "acquisition of Y by X"), or
a sale ("X to sell its oncology business to Y"). Buying rights or a licence is not an
acquisition, nor is the sale of one product. Terms are read from every sentence of the
document that speaks of the deal: the kind from the most specific word the text uses, the
amounts and the territory as written.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from oncokg.extraction import Edge
from oncokg.loaders.matching import (
    ACADEMIC,
    PLACE_NAMES,
    alternatives_of,
    by_first_letter,
    document_lower_like_ignorecase,
    each_opening,
    holds_any,
    lower_like_ignorecase,
    matches_from,
    word_first,
    words_first,
)
from oncokg.loaders.normalize import Entities
from oncokg.loaders.recognize import LIST_JOIN, MOLECULE, TARGET, Span
from oncokg.loaders.relations import (
    DEAL_OPTION,
    DEVELOPS_WITH,
    NOT_POSSESSED,
    TECHNOLOGY_TRANSFER,
    spans_by_sentence,
)
from oncokg.loaders.sentences import Sentence
from oncokg.loaders.vocabulary import DISEASE, ORG, lowered_pattern
from oncokg.schema import EdgeKind

_AFTER_CURRENCY = (
    r"\d[\d,]*(?:\.\d+)?\s?(?:billion|million)\s+(?:(?:us|u\.s\.)\s+)?"
    r"(?:dollars|euros|yen|won|yuan|swiss francs|pounds)\b"
)
# (a number after its currency sign or name)
_NUMBER = r"\d[\d,]*(?:\.\d+)?(?:[\s-]?(?:billion|million|bn|mn|bln|mln|bil|mil|[BM])\b)?"
_AMOUNT = (
    r"(?:(?:approximately|about|nearly|roughly|some|up to|more than|over|in excess of)\s+)?"
    r"(?:(?:US\s?\$|USD\s?|EUR\s?|€|£|\$|CHF\s?|JPY\s?|¥|NOK\s?|SEK\s?|DKK\s?|GBP\s?|RMB\s?|"
    rf"CNY\s?|HK\$|KRW\s?|₩|A\$|C\$)\s?{_NUMBER}|" + _AFTER_CURRENCY + r")"
    # ("402 million dollars", "19 million euros": the currency named after)
)
# The patterns made with `lowered_pattern` read text lower-cased by `lower_like_ignorecase`
# (as case-insensitive as re.IGNORECASE, 2-3x faster); what they capture is read back from
# the text as written.
_AMOUNT_RE = lowered_pattern(_AMOUNT)
_PER_SHARE = lowered_pattern(
    r"\s*(?:in cash\s+)?(?:(?:per|a|for each)\s+(?:\w+\s+)?share|apiece\b)"
)

# Active voice: the buyer comes first.
_BUYS = lowered_pattern(
    r"\b(?:to acquire|will acquire|agreed to acquire|acquires|acquired|has acquired|"
    r"(?:completed?|completes|closed?|closes|closing of|consummated?)\s+(?:its |the |of the )?"
    # ("completed its $247 million takeover of X", "the closing of the previously announced
    # acquisition of X")
    r"(?:(?:us)?\$[\d.,]+\s*(?:million|billion|bn|m)?\s+)?(?:previously\s+announced\s+)?"
    r"(?:acquisition|purchase|takeover)\s+of|"
    # ("Coherus Completes Surface Oncology Acquisition")
    r"(?:completes|completed|closes|closed)(?=\s+(?:[\w&.-]+\s+){1,4}?(?:acquisition|takeover)\b)|"
    r"(?:announce[sd]?|signed|entered into)\s+(?:[\w-]+\s+){0,4}(?:agreement|deal)\s+to\s+acquire|"
    r"(?:acquisition|purchase|takeover)\s+of|to buy|buys|bought|"
    r"purchased|to purchase|(?:would|will) (?:acquire|buy|purchase)|tender offer for|"
    # "under which A will combine with B in an all-stock transaction": a merger into A
    r"(?:will|agreed to) combine with)\b"
)
# A purchase tried, not made: "had also sought to buy Y", "after failed efforts in 2016 to
# buy Y"
_ATTEMPT_BEFORE = lowered_pattern(
    r"\b(?:sought|tried|attempted|failed\s+(?:\w+\s+){0,2}?(?:efforts?|attempts?|bids?)|"
    r"unsuccessful\s+(?:\w+\s+){0,2}?(?:efforts?|attempts?|bids?))(?:\s+in\s+\d{4})?\s+$"
)
# "has acquired from Y a partial interest", "acquire a program from Y": Y is the seller
_FROM_SELLER = re.compile(r"(?:\s+[\w'’-]+){0,6}?\s+from\s+(?:the\s+)?")
# A purchase named by its noun, after the buyer's own past verb: "Amgen ... acquired Blincyto
# through the purchase of Micromet" is done.
_NOUN_CUE = re.compile(r"(?i:acquisition|purchase|takeover)\b")
_BOUGHT_BEFORE = re.compile(r"\b(?:acquired|bought|purchased)\b")
# Passive voice: the company bought comes first, the buyer after "by".
_BOUGHT_BY = lowered_pattern(
    words_first(
        each_opening(
            "to be|was|been|being|is being|will be",
            # ("has been acquired in an all-stock deal by X")
            r"\s+(?:acquired|purchased|bought)(?:\s+(?:in|for|through|via|under|at)\s+[^.;,()]{1,40}?)?",
        )
        + "|acquired|purchased|bought",
        r"\s+by\b",
    )
)
# the subject's appositive, closed by a comma before the verb
# (or a participle's or relative clause: "Kanyos, originally formed by A and B, has been ...")
_SUBJECT_APPOSITIVE = re.compile(
    r",[ ]+(?:an?[ ]|the[ ]|which[ ]|(?:[a-z]+ly[ ]+)?[a-z]{3,}ed[ ])[^;]+,[ ]+"
    r"(?:has|have|had|was|is|will)\b"
)
# An opening clause in the passive: "Since being acquired by X, ...", "Acquired by X in ...".
_OPENING_PASSIVE = lowered_pattern(r"\W*(?:(?:since|after|following)\s+)?")
_SELLS = lowered_pattern(
    r"\b(?:to sell|sells|sold|will sell|divest(?:s|ed|ing)?|to divest)\s+its\s+"
    r"((?:[\w-]+\s+){0,3}(?:business|unit|division|operations|portfolio|franchise|assets))\s+to\b"
)
# "acquired exclusive rights to", "acquire an option": a licence, not an acquisition.
_RIGHTS_AFTER = lowered_pattern(r"\s*(?:[\w-]+\s+){0,4}(?:rights|licen[cs]es?|options?)\b")
# "to buy a 30 percent stake in X", "to purchase 19.9% of X": a share of the company, not the
# company ("to acquire the remaining 95% stake in X" buys all of it).
_STAKE_AFTER = lowered_pattern(
    r"(?!\s*(?:the\s+)?(?:remaining|outstanding|rest)\b)"
    r"\s*(?:an?\s+)?(?:[\w.%-]+\s+){0,3}(?:stake|equity (?:stake|interest)|minority interest)\b"
    # "to purchase up to 19.9% of X's shares": a share of the company
    r"|\s*(?:(?:up to|approximately|about|an additional)\s+)?\d+(?:\.\d+)?\s*(?:%|percent)\s+of\b"
    # "to buy 5.4 million new shares of X": a number of its shares (not "all outstanding shares")
    r"|\s*(?:(?:up to|approximately|about)\s+)?\d[\d.,]*\s+(?:(?:million|billion)\s+)?"
    r"(?:(?:new|newly issued|additional|ordinary|common)\s+)*shares\s+of\b"
)
# A site bought, not a company or its business: "acquire the assets and associated lease of
# Y's radiopharmaceutical manufacturing facility", "buy Y's plant in Ireland"
_PREMISES_WORDS = (
    r"(?:facility|facilities|site|sites|plant|plants|building|campus|lease|premises)\b"
)
_PREMISES = lowered_pattern(r"\b" + _PREMISES_WORDS)
_PREMISES_OF = lowered_pattern(r"[’']s?\s+(?:[\w-]+\s+){0,4}?" + _PREMISES_WORDS)
_EXPECTED_CLOSE = re.compile(
    r"\b(?:transaction|acquisition|merger|deal|purchase)\s+(?:is|are)\s+(?:\w+\s+)?"
    r"expected to (?:close|complete|be (?:completed|closed))",
    re.IGNORECASE,
)
_CLOSED = re.compile(r"\b(?:complet|closed|closing of|consummat)", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r"\b(?:until|when|after|before|if|once|unless|while|whereas)\b")
# "the option to acquire Y", "the exclusive right to acquire Y upon ...": not yet bought
_OPTION_BEFORE = lowered_pattern(r"\b(?:options?|rights?)\s+(?:\w+\s+){0,2}$")
_COMPLETED = re.compile(
    r"\b(?:completed?|completes|completion|closed?|closes|closing|consummated?|has acquired|"
    r"have acquired|acquired|bought|purchased|was acquired|been acquired)\b",
    re.IGNORECASE,
)
_PENDING = re.compile(
    r"\b(?:to acquire|will acquire|agreed to|agreement to|to be acquired|plans? to|"
    r"intends? to|tender offer|expected to close|subject to)\b",
    re.IGNORECASE,
)
_NOT_YET = re.compile(r"\b(?:to be|will be|expected to (?:close|complete))\b", re.IGNORECASE)
# "... of up to $500 million in milestone payments": contingent amounts, not the price
_CONTINGENT_AFTER = r"\s+(?:in\s+)?(?:\w+\s+)?(?:milestone|contingent|royalt)"
_CONTINGENT = lowered_pattern(_CONTINGENT_AFTER)
# "The merger is worth $3 billion": the price stated in a sentence of its own.
_VALUED = re.compile(
    rf"(?:\b(?:deal|transaction|acquisition|merger|offer|purchase)\s+(?:is\s+|was\s+)?"
    rf"(?:valued\s+at|worth|(?:with|has)\s+an?\s+(?:total\s+|aggregate\s+|equity\s+)*value\s+of)"
    rf"|\ban\s+aggregate\s+(?:(?:equity\s+)?value\s+)?of"
    # "a total transaction value of US$ 1.7 billion", "The total equity value of the
    # Acquisition is approximately $2.4 billion", "The purchase price is $10.4 billion",
    # "valuing the total share capital of Algeta at NOK 17.6 billion"
    rf"|\b(?:transaction|equity|deal|enterprise)\s+value\s+(?:of\s+the\s+\w+\s+)?(?:of|is)"
    rf"|\b(?:purchase|acquisition)\s+price\s+(?:is|of)"
    rf"|\bvaluing\s+(?:[\w-]+\s+){{1,6}}?at)\s+({_AMOUNT})"
    rf"(?!{_CONTINGENT_AFTER})",
    re.IGNORECASE,
)
_SCOPE = lowered_pattern(
    r"['’]s?\s+((?:[\w-]+\s+){0,3}(?:business|unit|division|operations|portfolio|franchise))\b"
)

# Deal kinds, most specific first (ANNOTATION.md, "Deal terms"). Each pattern's words are
# written word first (`words_first`, `word_first`): a search skips to their first letters
# (2-4x faster over a deal's sentences).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # an option on rights is the deal; "options to obtain additional licenses", "option fees"
    # and "an option for co-promotion" beside a licence are terms of another kind of deal
    (
        "option",
        lowered_pattern(
            # (nor a medical option, "other treatment options", nor one on sharing in the
            # sales: "an option to co-promote", "to participate in the commercialization")
            words_first(
                rf"{DEAL_OPTION}s?\b(?!\s+(?:fees?|payments?|for\s+co-|to\s+(?:obtain|acquire)\s+"
                r"additional|(?:for\s+\w+\s+)?to\s+(?:co-promot\w*|co-market\w*|participate))\b)|"
                r"opt[- ]in\b"
            )
        ),
    ),
    # rights to a product, bought from its owner ("paying X $150 million for ex-China rights
    # to Y"), are a licence
    (
        "licence",
        # (and a transfer of a product's technology: "a contract to transfer the technology
        # of X to Bolt")
        lowered_pattern(
            r"licen[cs]|sublicen|exclusive (?:[\w-]+ ){0,3}rights|"
            + word_first("rights")
            + r" to\b|"
            + TECHNOLOGY_TRANSFER
        ),
    ),
    (
        "co-development",
        lowered_pattern(
            r"co-develop|co-commerciali|co-promot|jointly (?:develop|advance)|joint development|"
            + DEVELOPS_WITH
            + r"|share (?:\w+ )?(?:profits|costs|development costs)|"
            r"develop(?:ment)? and commerciali"
        ),
    ),
    (
        "research",
        lowered_pattern(
            r"research|discovery|platform|scientific|academic|clinical (?:trial )?collaboration|"
            r"supply agreement|combination stud|combo (?:stud|trial)|"
            # ("Collaboration with NIH to Investigate ...", "a collaboration to discover and
            # validate new intervention points")
            r"collaborat\w*\s+(?:with\s+(?:[\w&.,-]+\s+){1,6}?)?to\s+(?:study|evaluate|test|"
            r"assess|investigate|discover|validate|identify|explore)\b"
        ),
    ),
)
# What every match of each kind's pattern holds: a text with none of them is spared its search.
_KIND_WORDS = {
    "option": ("opt",),
    "licence": ("licen", "rights", "technolog"),
    "co-development": ("co-", "joint", "develop", "share "),
    "research": (
        "research",
        "discovery",
        "platform",
        "scientific",
        "academic",
        "clinical ",
        "supply agreement",
        "combination stud",
        "combo ",
        "collaborat",
    ),
}
# What the parties will do together, beyond the rights one grants the other
_SHARED_WORK = lowered_pattern(
    r"co-develop|co-commerciali|jointly (?:develop|advance|commerciali)|"
    r"joint development|share (?:\w+ )?(?:profits|costs|development costs)"
)
# The words that speak of a deal, read in lower-cased text by literal tests (~4x cheaper than
# a search for their alternation, which tries it at each offset)
_DEAL_WORDS = (
    "agreement",
    "collaborat",
    "partnership",
    "alliance",
    "licenc",
    "licens",
    "option",
    "deal",
    "contract",
    "technology transfer",
)
# The two forms of an upfront amount, searched for apart (they never start at one offset, so
# the leftmost of their first matches is the first upfront amount): the words first,
_UPFRONT_WORDS_FIRST = lowered_pattern(
    # ("an upfront payment to Orion of $290 million", "an upfront payment from Yakult Honsha
    # of EUR6 million", "an initial licensing option payment of $4 million", "an option fee
    # of $30 million")
    # (not "initial payments of $100 million, comprising $70 million upfront": a sum)
    rf"(?:up[- ]?front\s+(?:cash\s+)?(?:[\w-]+\s+){{0,2}}?(?:payments?|fees?)?|"
    rf"initial\s+(?:cash\s+)?(?:[\w-]+\s+){{0,2}}?(?:payment|fee)\b|option\s+fee)"
    rf"\s*(?:(?:from|to)\s+(?:[\w&.'’-]+\s+){{1,4}}?)?(?:of\s+)?({_AMOUNT})"
)
# and the amount first, a match ending on its word: its scan, tried at almost every offset,
# stops at the last "front" or "initial" of the text (past it no match can end) and opens
# near the first digit that the rest of a match follows (see `_amount_first_upfront`).
_UPFRONT_AFTER_AMOUNT = (
    r"\s+(?:as\s+|in\s+|of\s+)?(?:an?\s+)?(?:cash\s+)?(?:up[- ]?front|initial)\b"
)
_UPFRONT_AMOUNT_FIRST = lowered_pattern(
    # ("$15million of upfront payment", "a $60 million cash up-front licensing payment"; not
    # "up to $171.5 million in up-front and milestone payments", a sum)
    rf"(?<!up to )(?!(?:up to|more than|over|in excess of)\s)({_AMOUNT}){_UPFRONT_AFTER_AMOUNT}"
)
# what follows the first digit of an `_UPFRONT_AMOUNT_FIRST` match (its amount's number,
# after the currency if any, and the upfront words): a scan skipping from digit to digit
_UPFRONT_FROM_DIGIT = lowered_pattern(rf"(?:{_NUMBER}|{_AFTER_CURRENCY}){_UPFRONT_AFTER_AMOUNT}")
_TOTAL = lowered_pattern(
    # ("up to an additional $2 billion in milestones")
    # ("up to potentially USD 1.7 billion", "as much as $300 million")
    r"((?:up to|more than|over|in excess of|as much as)\s+(?:an?\s+)?"
    r"(?:additional\s+|further\s+)?(?:(?:approximately|about|around|potentially|nearly)\s+)?"
    r"(?:(?:US\$|USD\s?|EUR\s?|€|£|\$)\s?\d[\d,]*"
    r"(?:\.\d+)?(?:[\s-]?(?:billion|million|bn|mn|bln|mln|bil|mil|[BM])\b)?|"
    + _AFTER_CURRENCY
    + "))"
)
# "totaling up to $1.2 billion", "for a total of $620 million": the total the text states,
# over the first "up to ... in milestones"
_TOTAL_STATED = lowered_pattern(
    # ("licensed out at a value of 402 million dollars")
    rf"\b(?:(?=up\s+to\s+an?\s+(?:total|aggregate)\s+of\s)|"
    rf"(?:total(?:l?ing)?|aggregate|valued\s+at|worth|(?:at\s+)?a\s+value\s+of)\s+"
    rf"(?:(?:[\w-]+\s+){{0,3}}?(?:of|reached|reaching|amounts?\s+to|amounting\s+to)\s+)?)"
    # ("up to a total of £244 million", "up to an aggregate of US$1.1 billion": the bound
    # before the total's word is the total's, as written)
    rf"((?:up\s+to\s+an?\s+(?:total|aggregate)\s+of\s+)?{_AMOUNT})"
)
_MONEY_SIGNS = ("$", "€", "£", "¥")
_MONEY_NAMES = ("USD", "EUR", "CHF", "JPY", "million", "billion")
_MONEY_WORD = re.compile(
    "|".join(map(re.escape, _MONEY_SIGNS)) + "|" + words_first("|".join(_MONEY_NAMES), r"\b")
)
# What every `_MONEY_WORD` match holds: a sentence with none of them (most) is spared the search.
_MONEY_LITERALS = (*_MONEY_SIGNS, *_MONEY_NAMES)
_TOTAL_CONTEXT = lowered_pattern(r"total|aggregate|milestone|deal value|potential|worth")
_PLACE = rf"(?-i:(?:the\s+)?(?:{PLACE_NAMES}))(?!\w)"
# "Japan, South Korea and Taiwan", "the US and Europe", "Korea and certain other countries
# in Asia (excluding Japan)"
_PLACES = (
    rf"{_PLACE}(?:(?:,\s*|\s+)(?:and|or)\s+{_PLACE}|,\s*{_PLACE})*"
    rf"(?:,?\s+and\s+(?:certain\s+|select(?:ed)?\s+)?other\s+(?:[\w-]+\s+)?"
    rf"(?:territories|countries|markets|regions)\s+in\s+{_PLACE}"
    # ("in Europe and select international territories")
    rf"|,?\s+and\s+(?:certain|select(?:ed)?)\s+(?:international|other)\s+"
    rf"(?:territories|countries|markets|regions))?"
)
_EXCEPT = rf"(?:,?\s*\(?(?:excluding|except(?:\s+for)?|other than)\s+(?:in\s+)?{_PLACES}\)?)"
_TERRITORY = re.compile(
    # ("worldwide, except in Korea", "a worldwide basis excluding Japan", "worldwide rights
    # with the exception of Greater China", "worldwide ex-China")
    rf"\b(?:(?:worldwide|global(?:ly)?)(?:\s+(?:rights|basis))?,?\s+(?:except(?:\s+for)?|"
    rf"excluding|outside|with\s+the\s+exception\s+of)(?:\s+(?:in|of|for))?\s+{_PLACES}|"
    rf"(?:worldwide|global(?:ly)?)\s+ex-{_PLACE}|"
    rf"worldwide|global(?:ly)?|(?:the\s+)?rest\s+of\s+(?:the\s+)?world|ex-{_PLACE}|"
    rf"outside\s+(?:of\s+)?{_PLACES}{_EXCEPT}?|"
    rf"(?:key|major|certain|select(?:ed)?)\s+markets,?\s+including\s+{_PLACES}|"
    rf"(?<=\bin\s){_PLACES}{_EXCEPT}?|(?<=\bfor\s){_PLACES}{_EXCEPT}?|"
    rf"(?<=\bthroughout\s){_PLACES}|(?<=\bacross\s){_PLACES})",
    re.IGNORECASE,
)
# Where a `_TERRITORY` match may start, read on the lower-cased sentence. `_TERRITORY`,
# case-insensitive and opening with a boundary, is tried at every offset; tried only at these,
# it finds the same matches (~3x faster). A match from a word its alternatives open with
# holds the word of `_TERRITORY_WORDS` beside it (in any case): only the openings whose word
# a sentence holds are looked for (most sentences hold none, and are spared their scans).
# Each is written word first (`words_first`): a scan skips to its letters.
_TERRITORY_WORDS = (
    ("world", re.compile(words_first(r"worldwide|the(?=\s+rest)|rest"))),
    ("global", re.compile(words_first("global"))),
    ("ex-", re.compile(words_first("ex-"))),
    ("outside", re.compile(words_first("outside"))),
    ("markets", re.compile(words_first("key|major|certain|select"))),
)
# A match from elsewhere starts after the word and the blank its lookbehinds want (a group
# ending the start), and holds a place's name: looked for only in a sentence naming a place.
_PLACE_START = re.compile(words_first(r"in|for|throughout|across", r"(\s)"))
# A capitalised word every place's name holds (its own, "Americas" of "the Americas", "China"
# of "mainland China"): the test for a place, a search skipping to capitals alone (not to
# each "t" and "m" as well, as `PLACE_NAME` does, ~3x slower), the names joined by their
# first letter (`by_first_letter`: ~40% faster again).
_PLACE_WORD = re.compile(
    by_first_letter(
        "|".join(
            name.split(" ", 1)[1] if name[0].islower() else name
            for name in alternatives_of(PLACE_NAMES)
        )
    )
)
_WORLD = re.compile(r"^(?:worldwide|global(?:ly)?)\b", re.IGNORECASE)
# words that qualify what follows them: "global rights", "ex-US rights"
_MODIFIER = re.compile(r"^(?:worldwide|global(?:ly)?|ex-)", re.IGNORECASE)
# (`_KEPT`, `_TRIAL_PLACE`, `_SUBSTANCE` and `_DEAL_LEVEL` read the sentence lower-cased,
# their words written word first)
_KEPT = lowered_pattern(
    words_first(r"retain(?:s|ed)?|maintain(?:s|ed)?|keeps?|kept|reserves?", r"\b")
)
_QUALIFIED = re.compile(
    r"\b(?:except|excluding|outside|other than|with the exception of)\b", re.IGNORECASE
)
_OUTSIDE = re.compile(r"^outside\b", re.IGNORECASE)
# What a territory applies to: the rights, licence, development, sales or profits of the deal
# ("exclusive worldwide rights", "commercialize X in Japan"), or the deal itself ("a global
# collaboration"); "a partner's global reach" or "global Phase 3 trials" is neither.
_SUBSTANCE = lowered_pattern(
    words_first(
        r"rights?|licen[cs]\w*|sublicen\w*|develop\w*|co-develop\w*|commerciali[sz]\w*|"
        r"co-commerciali[sz]\w*|co-promot\w*|promot\w*|marketing|sell\w*|sales|profits?|costs|"
        r"manufactur\w*|royalt\w*|distribut\w*",
        r"\b",
    )
)
_DEAL_LEVEL = lowered_pattern(
    words_first(
        r"collaborat\w*|partnerships?|alliances?|agreements?|deals?|cooperation|transactions?",
        r"\b",
    )
)
# A territory that names its rights itself: "worldwide rights, excluding Korea and China"
_OWN_RIGHTS = re.compile(r"(?:worldwide|global(?:ly)?)\s+rights\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:–—]|\s-{1,2}\s|\.\s|,\s+(?:and|while|whereas|but)\s")


def _amounts(text: str, low: str) -> list[str]:
    """Amounts as written, per-share prices left out (`low`: the text lower-cased)."""
    return [
        text[m.start() : m.end()].strip()
        for m in _AMOUNT_RE.finditer(low)
        if not _PER_SHARE.match(low, m.end()) and re.search(r"\d", m.group())
    ]


def _headline(text: str) -> str | None:
    """The price a sentence gives for a deal: the total it states ("for $1 billion upfront
    and up to $500 million in milestones, for a total of up to $1.5 billion"), or else its
    first amount that is not per share."""
    low = lower_like_ignorecase(text)
    totals = (
        text[m.start(1) : m.end(1)]
        for m in _TOTAL_STATED.finditer(low)
        if not _PER_SHARE.match(low, m.end()) and not _CONTINGENT.match(low, m.end())
    )
    return next(totals, None) or next(iter(_amounts(text, low)), None)


def _orgs(inside: Iterable[tuple[int, Span]]) -> list[tuple[int, Span]]:
    return [(i, s) for i, s in inside if s.kind == ORG]


class _Stated(NamedTuple):
    """A purchase one sentence states: the buyer's and the acquired company's node ids, the
    cue, the unit or portfolio bought, and the span index of the one drug bought of the
    acquired company, if only that is (`_UNNAMED` if the text does not name it)."""

    buyer: str
    acquired: str
    cue: str
    scope: str | None = None
    drug: int | None = None


def _acquisition(
    text: str, low: str, sent: Sentence, inside: list[tuple[int, Span]], node: list[str]
) -> _Stated | None:
    """The purchase one sentence states, if any (`low`: the text lower-cased)."""
    orgs = _orgs(inside)
    sale = _SELLS.search(low, sent.start, sent.end)
    if sale:
        seller = [(i, s) for i, s in orgs if s.end <= sale.start()]
        buyer = [(i, s) for i, s in orgs if s.start >= sale.end()]
        if seller and buyer:
            return _Stated(
                node[buyer[0][0]],
                node[seller[-1][0]],
                text[sale.start() : sale.end()],
                text[sale.start(1) : sale.end(1)],
            )
    passive = _BOUGHT_BY.search(low, sent.start, sent.end)
    if passive:
        bought = [(i, s) for i, s in orgs if s.end <= passive.start()]
        if (
            bought
            and bought[0][1].start - sent.start < 4
            and _SUBJECT_APPOSITIVE.match(text, bought[0][1].end, passive.start())
        ):
            # "Quillix, a developer spun out of Acme University (AU), has been acquired by X":
            # the subject is bought, not the last name of its appositive
            bought = bought[:1]
        buyer = [(i, s) for i, s in orgs if s.start >= passive.end()]
        said = text[passive.start() : passive.end()]
        if bought and buyer and buyer[0][1].start - passive.end() < 40:
            return _Stated(node[buyer[0][0]], node[bought[-1][0]], said)
        opening = _OPENING_PASSIVE.fullmatch(low, sent.start, passive.start())
        if opening and buyer and buyer[0][1].start - passive.end() < 40:
            # "Since being acquired by X in 2019, Y has ...": Y follows the clause
            comma = text.find(",", buyer[0][1].end, sent.end)
            subject = [(i, s) for i, s in orgs if comma >= 0 and 0 <= s.start - comma < 8]
            if subject:
                return _Stated(node[buyer[0][0]], node[subject[0][0]], said)
    for cue in _BUYS.finditer(low, sent.start, sent.end):
        if _RIGHTS_AFTER.match(low, cue.end(), sent.end) or _STAKE_AFTER.match(
            low, cue.end(), sent.end
        ):
            continue
        after = [(i, s) for i, s in orgs if s.start >= cue.end() and s.start - cue.end() < 60]
        before = [(i, s) for i, s in orgs if s.end <= cue.start()]
        if not after:
            continue
        acquired_i, acquired = after[0]
        if _NEW_CLAUSE.search(text, cue.end(), acquired.start) or _OPTION_BEFORE.search(
            low, max(sent.start, cue.start() - 30), cue.start()
        ):
            continue  # "to acquire the rest until Y completes", "the option to acquire Y"
        if _ATTEMPT_BEFORE.search(low, max(sent.start, cue.start() - 40), cue.start()):
            continue  # "had also sought to buy Y", "after failed efforts to buy Y": no purchase
        if _FROM_SELLER.fullmatch(low, cue.end(), acquired.start):
            continue  # "has acquired from Y a partial interest in royalties": Y sells, is not sold
        if _PREMISES.search(low, cue.end(), acquired.start) or _PREMISES_OF.match(
            low, acquired.end, sent.end
        ):
            continue  # "to acquire the lease of Y's manufacturing facility": premises, no company
        # "the purchase of X, the lead product of biotech Y": a drug, not Y; "Acme Buys
        # Bolt Kinase Drug", "to buy Bolt's cancer pill": a product the text does not name
        owned = _drug_before_owner(text, cue.end(), acquired, inside)
        if owned is None and _PRODUCT_AFTER.match(low, acquired.end, sent.end):
            owned = _UNNAMED
        if owned is not None:
            if not before:
                continue
            said = text[cue.start() : cue.end()]
            return _Stated(node[before[-1][0]], node[acquired_i], said, None, owned)
        by = re.match(r"\s*(?:,\s*)?by\s+", text[acquired.end : acquired.end + 10])
        later = [(i, s) for i, s in orgs if s.start >= acquired.end]
        stated = text[cue.start() : cue.end()]
        if by and later:  # "acquisition of Y by X"
            return _Stated(node[later[0][0]], node[acquired_i], stated)
        if not before:
            continue
        buyer_i, buyer_span = before[-1]
        if low.endswith("its ", sent.start, cue.start()) and before[0][1].start - sent.start < 4:
            # "Celyad obtained X, licensed from Dartmouth College, through its acquisition of
            # Y": the possessive is the subject's, the sentence's first name
            buyer_i, buyer_span = before[0]
        if _NOUN_CUE.match(stated) and _BOUGHT_BEFORE.search(text, buyer_span.end, cue.start()):
            stated = text[buyer_span.end : cue.end()]  # "X acquired Z through the purchase of Y"
        drug = _drug_of(text, acquired, inside)
        if drug is not None and text[cue.end() : acquired.start].strip():
            return None  # "has acquired the exclusive rights to Y's X": a licence
        scope = _SCOPE.match(low, acquired.end, sent.end)
        return _Stated(
            node[buyer_i],
            node[acquired_i],
            stated,
            text[scope.start(1) : scope.end(1)] if scope else None,
            drug,
        )
    return None


# "acquisition of Dren Bio’s DR-0201", "acquire Acme's lead antibody, AC-101": the owner's
# possessive, then (after a few words for what it is) one of its drugs
_OWNERS_DRUG = re.compile(r"[’']s?\s+(?:[\w-]+\s+){0,3}?(?:,\s*)?")


_UNNAMED = -1  # (the index `_Stated` gives a product bought that the text does not name)
# What is bought is named as a product of the company named right before it ("Acme Buys
# Bolt Kinase Drug", "to buy Bolt's experimental cancer pill"), not the company
_PRODUCT_AFTER = lowered_pattern(
    r"(?:[’']s?)?\s+(?!(?:and|its|with|for|in|to|a|an|the)\b)(?:[\w-]+\s+){0,2}?"
    r"(?:drug|pill|medicine|asset|product|candidate|compound)s?\b"
)
# A drug bought, then its owner in an appositive: "X, the lead product of biotech Y",
# "X, a drug from Y"
_OWNER_APPOSITIVE = lowered_pattern(
    r"(?:\s*\([^()]{1,60}\))?\)?,\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:product|drug|medicine|asset|candidate|therapy|treatment)\s+(?:of|from)\s+"
    r"(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
)


_BRAND_OPENING = re.compile(r"\s*(?:[\w-]+[®™]?\s*\(\s*)?")


def _drug_before_owner(
    text: str, cue_end: int, owner: Span, inside: list[tuple[int, Span]]
) -> int | None:
    """The index of the drug a purchase names right after its cue, before an appositive
    that names its owner (`_OWNER_APPOSITIVE`), if any."""
    low = lower_like_ignorecase(text[cue_end : owner.start])
    for i, span in inside:
        if span.kind == MOLECULE and cue_end <= span.start < owner.start:
            if not _BRAND_OPENING.fullmatch(text, cue_end, span.start):
                return None
            at = span.end - cue_end
            return i if _OWNER_APPOSITIVE.fullmatch(low, at) else None
    return None


def _drug_of(text: str, owner: Span, inside: list[tuple[int, Span]]) -> int | None:
    """The index of the drug a company's possessive names as what is bought, if any."""
    for i, span in inside:
        if span.kind == MOLECULE and span.start > owner.end:
            return i if _OWNERS_DRUG.fullmatch(text, owner.end, span.start) else None
    return None


# What every `_SELLS`, `_BOUGHT_BY` and `_BUYS` match holds (the latter's "completes ..."
# looks ahead to an "acquisition" or "takeover" in the sentence): a text with none of these
# states no purchase, and a literal test spares it the three searches.
_PURCHASE_WORDS = (
    "acqui",
    "purchas",
    "takeover",
    "buy",
    "bought",
    "tender offer",
    "combine with",
    "sell",
    "sold",
    "divest",
)


def _may_state_purchase(low: str) -> bool:
    """Whether a lower-cased text holds what every statement of a purchase holds."""
    return any(word in low for word in _PURCHASE_WORDS)


def _statements(
    text: str,
    low: str,
    sentences: list[Sentence],
    by_sentence: list[list[tuple[int, Span]]],
    ents: Entities,
) -> Iterator[tuple[Sentence, list[tuple[int, Span]], _Stated]]:
    """Each sentence's statement of a purchase, the body's first: a headline abbreviates the
    deal ("Deal Worth Up to $665 Mln"), the body states its evidence and value in full."""
    title_end = text.find("\n")
    body_first = sorted(
        zip(sentences, by_sentence, strict=True), key=lambda pair: pair[0].start < title_end
    )
    for sent, inside in body_first:
        if len({ents.span_node[i] for i, _ in _orgs(inside)}) < 2 or not _may_state_purchase(
            low[sent.start : sent.end]
        ):
            continue
        stated = _acquisition(text, low, sent, inside, ents.span_node)
        if stated is not None and stated.buyer != stated.acquired:
            yield sent, inside, stated


class Purchases(NamedTuple):
    """What a release says was bought: companies (ACQUIRES edges), and single drugs, which
    ANNOTATION.md makes no purchase of their owner: the (buyer, seller) pairs, and DEVELOPS
    from the buyer to each drug whose purchase is done."""

    companies: list[Edge]
    drug_sales: set[frozenset[str]]
    drugs_bought: list[Edge]


def acquisitions(text: str, sentences: list[Sentence], ents: Entities) -> Purchases:
    """ACQUIRES edges, one per (buyer, acquired), with the first stating sentence as
    evidence; status completed when any sentence says so, the value from the stating
    sentences, the scope when a unit or portfolio is bought; and the purchases of one drug
    of a company (see `Purchases`)."""
    found: dict[tuple[str, str], Edge] = {}
    statuses: dict[tuple[str, str], set[str]] = {}
    drug_sales: set[frozenset[str]] = set()
    drugs_bought: list[Edge] = []
    low = document_lower_like_ignorecase(text)
    if not _may_state_purchase(low):
        return Purchases([], drug_sales, drugs_bought)
    by_sentence = spans_by_sentence(ents.spans, sentences)
    for sent, inside, stated in _statements(text, low, sentences, by_sentence, ents):
        buyer, first, cue, scope, drug = stated
        if drug is not None:
            # "Sanofi has completed its acquisition of Dren Bio’s DR-0201"
            drug_sales.add(frozenset((buyer, first)))
            if drug != _UNNAMED and _said_done(cue, sent.text):
                drugs_bought.append(
                    Edge(
                        EdgeKind.DEVELOPS,
                        buyer,
                        ents.span_node[drug],
                        sent.text,
                        sent.start,
                        sent.end,
                    )
                )
            continue
        orgs = _orgs(inside)
        for acquired in [first, *_listed_with(text, orgs, ents.span_node, first, buyer)]:
            _record(found, statuses, buyer, acquired, cue, scope, sent)
    _done_without_buyer(text, low, sentences, by_sentence, ents, statuses)
    # "X bought Y ... The merger is expected to close next quarter": a deal the
    # text says will close is pending, unless a sentence says it has closed
    # (its words' literal test spares most releases the search of every sentence)
    closing = (
        bool(found)
        and "expected to" in low
        and any(_EXPECTED_CLOSE.search(s.text) for s in sentences)
    )
    if len(found) == 1:
        _value_of_the_deal(next(iter(found.values())), sentences, by_sentence, ents)
    for key, edge in found.items():
        done = "completed" in statuses[key] and not (closing and "closed" not in statuses[key])
        edge.properties["status"] = "completed" if done else "pending"
    return Purchases(list(found.values()), drug_sales, drugs_bought)


def divestitures(sentences: list[Sentence], ents: Entities) -> set[frozenset[str]]:
    """The pairs of companies a sentence says one of them divests a product to ("entered into
    an agreement with Genzyme to divest Caprelsa"): a sale, so the deal's terms stated
    elsewhere ("Genzyme will pay AstraZeneca $165 million upfront") make no collaboration."""
    pairs: set[frozenset[str]] = set()
    if not any("divest" in sent.text for sent in sentences):
        return pairs  # (most releases divest nothing: their spans need no sorting)
    for sent, inside in zip(sentences, spans_by_sentence(ents.spans, sentences), strict=True):
        if "divest" not in sent.text:
            continue
        parties = {ents.span_node[i] for i, _ in _orgs(inside)}
        if len(parties) == 2:
            pairs.add(frozenset(parties))
    return pairs


# "The acquisition of Y, a cell therapy company, was completed at $4.38 a share": a later
# sentence naming only the company bought says the one deal for it is done.
_THE_PURCHASE_OF = lowered_pattern(r"\b(?:acquisition|purchase|takeover)\s+of\s+$")
_WAS_DONE = lowered_pattern(
    r"\b(?:was|has\s+been|have\s+been|is\s+now)\s+(?:\w+\s+)?(?:completed|closed|consummated)\b"
)


def _done_without_buyer(
    text: str,
    low: str,
    sentences: list[Sentence],
    by_sentence: list[list[tuple[int, Span]]],
    ents: Entities,
    statuses: dict[tuple[str, str], set[str]],
) -> None:
    """Mark completed the one acquisition of a company that a sentence naming no other
    organisation says was completed ("The acquisition of Y ... was completed")."""
    if not statuses:
        return
    for sent, inside in zip(sentences, by_sentence, strict=True):
        orgs = _orgs(inside)
        if len({ents.span_node[i] for i, _ in orgs}) != 1:
            continue
        i, span = orgs[0]
        deals = [key for key in statuses if key[1] == ents.span_node[i]]
        if (
            len(deals) == 1
            and _THE_PURCHASE_OF.search(low, max(sent.start, span.start - 30), span.start)
            and _WAS_DONE.search(low, span.end, sent.end)
            and not _NOT_YET.search(sent.text)
        ):
            statuses[deals[0]] |= {"completed", "closed"}


def _listed_with(
    text: str, orgs: list[tuple[int, Span]], node: list[str], acquired: str, buyer: str
) -> list[str]:
    """The organisations listed right after the acquired one, each bought too."""
    out: list[str] = []
    last = next((s for i, s in orgs if node[i] == acquired), None)
    for i, s in orgs:
        if last is None or s.start < last.end or node[i] in (acquired, buyer) or node[i] in out:
            continue
        if not LIST_JOIN.fullmatch(text, last.end, s.start):
            break
        out.append(node[i])
        last = s
    return out


def _record(
    found: dict[tuple[str, str], Edge],
    statuses: dict[tuple[str, str], set[str]],
    buyer: str,
    acquired: str,
    cue: str,
    scope: str | None,
    sent: Sentence,
) -> None:
    """One sentence's statement of an acquisition: the edge, its status, value and scope."""
    key = (buyer, acquired)
    edge = found.get(key)
    if edge is None:
        edge = found[key] = Edge(
            EdgeKind.ACQUIRES, buyer, acquired, sent.text, sent.start, sent.end
        )
    said = "completed" if _said_done(cue, sent.text) else "pending"
    statuses.setdefault(key, set()).add(said)
    if said == "completed" and _CLOSED.search(sent.text):
        statuses[key].add("closed")
    value = _headline(sent.text)
    if value and "value" not in edge.properties:
        edge.properties["value"] = value
    if scope and "scope" not in edge.properties:
        edge.properties["scope"] = scope.strip()


def _said_done(cue: str, sentence: str) -> bool:
    """Whether a sentence states a purchase as done by its cue ("has acquired", "completed
    its acquisition of"), not one still to be ("to be acquired")."""
    return bool(
        _COMPLETED.search(cue) and not _PENDING.search(cue) and not _NOT_YET.search(sentence)
    )


def _value_of_the_deal(
    edge: Edge,
    sentences: list[Sentence],
    by_sentence: list[list[tuple[int, Span]]],
    ents: Entities,
) -> None:
    """The value of the document's one acquisition when the sentences that state it give
    none: "The merger is worth $3 billion", in a sentence naming no other organisation."""
    if "value" in edge.properties:
        return
    parties = {edge.source, edge.target}
    for sent, inside in zip(sentences, by_sentence, strict=True):
        if {ents.span_node[i] for i, _ in _orgs(inside)} - parties:
            continue
        low = lower_like_ignorecase(sent.text)
        if not _may_state_value(low):
            continue
        for match in _VALUED.finditer(sent.text):
            if not _PER_SHARE.match(low, match.end()):
                edge.properties["value"] = match.group(1).strip()
                return


def _may_state_value(low: str) -> bool:
    """Whether a lower-cased sentence holds what every `_VALUED` match holds ("valued",
    "value", "valuing", "worth", "aggregate" or "price"): a literal test spares most
    sentences the search, which tries every offset."""
    return "valu" in low or "worth" in low or "aggregate" in low or "price" in low


# A sentence about the deal itself: "This acquisition strengthens Merck’s pipeline with ...".
_ABOUT_THE_DEAL = re.compile(
    # ("Through the deal, Acme gains X", "As part of the agreement, Acme will gain rights")
    r"acqui|transaction|merger|tender offer|takeover|\bbuy|\bpurchas"
    # the price of the shares bought: "To get its hands on X, Acme has agreed to pay $52.50 a
    # share in cash", "agreed on a price of $125 per share"
    r"|\b(?:a|per)\s+share\b"
    r"|\b(?:through|under|as\s+part\s+of|via)\s+(?:the|this)\s+(?:deal|agreement)\b"
    # what the deal is to bring: "Quizartinib Will Further Build Daiichi Sankyo Oncology
    # Pipeline", "Will enrich UCB's pipeline", "The deal will boost Acme's portfolio with X",
    # "X further diversifies Acme's pipeline"
    r"|\bwill\s+(?:\w+\s+)?(?:build|add\s+to|strengthen|expand|bolster|boost|enhance|broaden|"
    r"complement|enrich)\b|\bdiversif(?:y|ies)\b",
    re.IGNORECASE,
)


def pending_buyers(acquisitions: list[Edge]) -> set[str]:
    """The buyers of acquisitions not completed in the text."""
    return {e.source for e in acquisitions if e.properties.get("status") == "pending"}


# What a purchase still to close is to bring a company, the deal its means or its subject:
# "Through this buyout, Acme will add X to its pipeline", "The proposed acquisition will give
# Acme X", "The transaction allows Acme to prioritize X". The deal's noun ...
_DEAL_NOUN = (
    r"(?:the|this)\s+(?:proposed\s+|planned\s+|pending\s+|announced\s+)?"
    r"(acquisition|buyout|takeover|merger|purchase|deal|transaction)"
)
# ... and the company after it: the subject of a verb to come ("Through the buyout, Acme
# will ..."), the one a deal will enrich ("The deal will boost Acme's pipeline"), or the one
# it lets do what comes next ("The transaction allows Acme to ...")
_BY_THE_DEAL = lowered_pattern(rf"\b(?:through|with|via|by)\s+{_DEAL_NOUN},?\s+$")
_THE_DEAL_WILL = lowered_pattern(rf"\b{_DEAL_NOUN}\s+(?:will|would)\s+(?:also\s+)?[a-z]+\s+$")
_THE_DEAL_LETS = lowered_pattern(
    rf"\b{_DEAL_NOUN}\s+(?:will\s+|would\s+)?(?:allows?|enables?|positions?)\s+$"
)
_WILL_AFTER = lowered_pattern(r"\s+(?:will|would|is\s+(?:expected|set|poised)\s+to|plans\s+to)\b")
_TO_AFTER = lowered_pattern(r"\s+to\s")
_PURCHASE_NOUNS = ("acquisition", "buyout", "takeover", "merger", "purchase")
# What a licence or a partnership holds: in a release speaking of one, "the deal" and "the
# transaction" may be that one
_LICENCE_WORDS = ("licen", "option", "collaborat", "partner", "rights", "alliance")


def _deal_to_come_before(low: str, sent: Sentence, org: Span, nouns: tuple[str, ...]) -> bool:
    """Whether the text before and after organisation `org` names it as the one a purchase
    still to close will benefit (`low`: the text lower-cased)."""
    before = max(sent.start, org.start - 60)
    for pattern, after in (
        (_BY_THE_DEAL, _WILL_AFTER),
        (_THE_DEAL_WILL, None),
        (_THE_DEAL_LETS, _TO_AFTER),
    ):
        cue = pattern.search(low, before, org.start)
        if cue and cue.group(1) in nouns and (after is None or after.match(low, org.end, sent.end)):
            return True
    return False


def buyers_to_come(
    text: str, sentences: list[Sentence], ents: Entities, acquisitions: list[Edge]
) -> set[str]:
    """The companies a sentence says a purchase still to close will benefit ("Through this
    buyout, Acme will add X to its pipeline"), where no sentence the rules read names the
    purchase's parties ("The company announced it is acquiring Bolt"): pending buyers, not yet
    developers of what the deal brings (ANNOTATION.md). Not a company bought, nor one whose
    purchase the text says is done; "deal" and "transaction" only in a release speaking of no
    licence or partnership."""
    low = document_lower_like_ignorecase(text)
    if " will " not in low and not holds_any(low, ("allow", "enable", "position")):
        return set()  # (a literal test: most releases tell nothing to come of a deal)
    nouns: tuple[str, ...] = _PURCHASE_NOUNS
    if not holds_any(low, _LICENCE_WORDS):
        nouns += ("deal", "transaction")
    if not holds_any(low, nouns):
        return set()
    found: set[str] = set()
    for sent, inside in zip(sentences, spans_by_sentence(ents.spans, sentences), strict=True):
        if holds_any(low[sent.start : sent.end], nouns):
            found |= {
                ents.span_node[i]
                for i, org in _orgs(inside)
                if _deal_to_come_before(low, sent, org, nouns)
            }
    done = {e.source for e in acquisitions if e.properties.get("status") == "completed"}
    return found - done - {e.target for e in acquisitions}


# A purchase to come of a company the text names but no rule reads as one ("Acme has
# announced its plans to acquire Zentara Immunology Sciences for $1 billion", "Acme has hit
# the acquisition trail again and is buying cancer specialist Quill X Bio"): the words after
# the buyer, then a capitalised name (after a few words describing it)
_TO_BUY_AFTER = lowered_pattern(
    r"[^.;]{0,60}?\b(?:(?:plans?|agreed|agreement|is|intends?)\s+to|will|would)\s+"
    r"(?:acquire|buy|purchase)\s+|[^.;]{0,60}?\bis\s+(?:buying|acquiring)\s+"
)
_NAME_AFTER_CUE = re.compile(r"(?:[a-z-]+\s+){0,3}?([A-Z][\w-]*(?:[ ]+[A-Z][\w-]*)*)")


def buyers_of_unread(text: str, sentences: list[Sentence], ents: Entities) -> set[str]:
    """The companies a sentence says will buy a company it names by a name no rule reads as
    an organisation's ("Acme plans to acquire Zentara Immunology Sciences"): pending buyers,
    not yet developers of what the deal brings (ANNOTATION.md). Not a buyer of rights, a
    stake, or another's product ("to acquire Bolt's X")."""
    low = document_lower_like_ignorecase(text)
    found: set[str] = set()
    for sent, inside in zip(sentences, spans_by_sentence(ents.spans, sentences), strict=True):
        orgs = _orgs(inside)
        if not orgs or not holds_any(low[sent.start : sent.end], ("acquir", "buy", "purchas")):
            continue
        for n, (i, org) in enumerate(orgs):
            cue = _TO_BUY_AFTER.match(low, org.end, sent.end)
            if cue is None or any(o.start < cue.end() for _, o in orgs[n + 1 :]):
                continue
            if _RIGHTS_AFTER.match(low, cue.end()) or _STAKE_AFTER.match(low, cue.end()):
                continue
            name = _NAME_AFTER_CUE.match(text, cue.end(), sent.end)
            if name is None or text.startswith(("’", "'"), name.end(1)):
                continue
            # (no organisation read in the words after the cue: "will acquire French biotech
            # firm Bolt" names one, its description first)
            if not any(cue.end() <= o.start < cue.end() + 80 for _, o in orgs) and not any(
                s.start < name.end(1) and name.start(1) < s.end for _, s in inside
            ):
                found.add(ents.span_node[i])
    return found


# "The acquisition will also add TNB-585, ...", "This transaction brings X", "the purchase,
# closed in May, gives Acme access to Bolt's X": what the deal itself gives the buyer, the
# drug named after the verb (and those listed with it)
_THE_DEAL_ADDS = lowered_pattern(
    r"\b(?:the|this)\s+(?:[\w-]+\s+)?(?:acquisition|transaction|merger|purchase)"
    r"(?:,[^,;]{1,80},)?\s+(?:will\s+|would\s+)?(?:also\s+)?"
    r"(?:adds?|brings?|gives?\s+(?:\w+\s+)?access\s+to)\s+"
)
# What the deal adds may name a drug after words for what it brings with it ("adds two
# early programs and the sales of X"), not after a drug it is used with or compared to
_NOT_ADDED_BETWEEN = lowered_pattern(
    r"\b(?:combination|combined|with|plus|versus|vs|than|compared|including|such as)\b|[;:(]"
)


def acquired_drugs(
    text: str, sentences: list[Sentence], ents: Entities, acquisitions: list[Edge]
) -> list[Edge]:
    """DEVELOPS edges from the one buyer of completed acquisitions to the drugs a sentence
    says the deal adds: ANNOTATION.md has a completed purchase give the buyer its rights
    (a pending one does not)."""
    buyers = {e.source for e in acquisitions if e.properties.get("status") == "completed"}
    if len(buyers) != 1:
        return []
    (buyer,) = buyers
    low = document_lower_like_ignorecase(text)
    if not _THE_DEAL_ADDS.search(low):
        return []
    bought = {e.target for e in acquisitions if e.source == buyer}
    out: list[Edge] = []
    for sent, inside in zip(sentences, spans_by_sentence(ents.spans, sentences), strict=True):
        cue = _THE_DEAL_ADDS.search(low, sent.start, sent.end)
        if cue is None:
            continue
        end = cue.end()
        for i, span in sorted(inside, key=lambda pair: pair[1].start):
            if span.start < end:
                continue
            if span.kind == ORG and ents.span_node[i] in bought:
                continue  # "access to Bolt's breast cancer treatment X": the company bought
            if span.kind in (DISEASE, TARGET) and not out:
                continue  # (what the drug is for or acts on, before the first drug)
            if span.kind != MOLECULE or not (
                span.start == end
                or LIST_JOIN.fullmatch(text, end, span.start)
                or (not out and _NOT_ADDED_BETWEEN.search(low, end, span.start) is None)
            ):
                break
            out.append(
                Edge(EdgeKind.DEVELOPS, buyer, ents.span_node[i], sent.text, sent.start, sent.end)
            )
            end = span.end
    return out


# A sentence saying the purchase is done: "Acme has (recently) acquired Bolt", "has completed
# its acquisition of Bolt".
_DONE = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?(?:acquired|completed\s+(?:its|the)\s+acquisition)\b"
)


def by_pending_buyer(edge: Edge, pending: set[str], names: Mapping[str, list[str]]) -> bool:
    """A pending buyer's DEVELOPS fact stated about the deal ("This acquisition strengthens
    Merck’s pipeline with ... ARQ 531"): ANNOTATION.md has a pending sale make no developer
    of the buyer (a completed one gives it rights), unless that sentence says it is done, or
    gives the buyer the drug as its own ("will complement GSK’s myeloma treatment, Blenrep")."""
    return (
        edge.kind is EdgeKind.DEVELOPS
        and edge.source in pending
        and bool(_ABOUT_THE_DEAL.search(edge.evidence))
        and not _DONE.search(edge.evidence)
        and not _possessed(edge.evidence, names.get(edge.source, []), names.get(edge.target, []))
    )


def _possessed(text: str, owners: list[str], drugs: list[str]) -> bool:
    """Whether the text writes one of the drug's names after the owner's possessive, with
    no preposition or clause between ("UCB’s rozanolixizumab", "GSK’s ... treatment, X")."""
    for owner in set(owners):
        for m in re.finditer(re.escape(owner) + r"[’']s?\s", text):
            gap_end = text[m.end() : m.end() + 60]
            for drug in set(drugs):
                at = gap_end.find(drug)
                if at >= 0 and not NOT_POSSESSED.search(gap_end[:at]):
                    return True
    return False


def annotate_terms(
    edges: Iterable[Edge], text: str, sentences: list[Sentence], ents: Entities
) -> None:
    """Set `deal` {kind, upfront, total, territory} on each COLLABORATES_WITH edge, from the
    sentences that name both parties (the kind) and from the document (the amounts and the
    territory, which releases often state in a sentence of their own)."""
    collaborations = [e for e in edges if e.kind is EdgeKind.COLLABORATES_WITH]
    if not collaborations:
        return
    holding = _sentences_holding(
        ents, sentences, {n for e in collaborations for n in (e.source, e.target)}
    )
    names = {node.id: node.name for node in ents.nodes}
    # a release about one deal may state its kind anywhere; with several, only their own
    # sentences speak for each
    low = document_lower_like_ignorecase(text)
    deal_text = ""
    if len(collaborations) == 1:
        deal_text = " ".join(
            unit for s in sentences if holds_any(unit := low[s.start : s.end], _DEAL_WORDS)
        )
    named = _orgs_named(sentences, ents)
    partners: dict[str, set[str]] = {}
    for edge in collaborations:
        partners.setdefault(edge.source, set()).add(edge.target)
        partners.setdefault(edge.target, set()).add(edge.source)
    money: dict[int, bool] = {}  # whether sentence i speaks of money, read once
    said: dict[int, list[tuple[int, str]]] = {}  # the territories sentence i names, read once
    for edge in collaborations:
        tiers = _tiers({edge.source, edge.target}, named, partners)
        upfront, total = _upfront_total(_own_money(edge, sentences, named, tiers, money))
        joint = [
            sentences[i].text
            for i in sorted(holding.get(edge.source, set()) & holding.get(edge.target, set()))
        ]
        words = lower_like_ignorecase(" ".join([*joint, edge.evidence]))
        academic = any(ACADEMIC.search(names.get(n, "")) for n in (edge.source, edge.target))
        kind = _kind(words, deal_text, academic)
        if kind is None:
            edge.properties.pop("deal", None)
            continue
        territory = _territory(sentences, low, tiers, said)
        terms = {"kind": kind, "upfront": upfront, "total": total, "territory": territory}
        if kind == "research":
            terms.update(upfront=None, total=None)
        edge.properties["deal"] = {k: v for k, v in terms.items() if v}


def _sentences_holding(
    ents: Entities, sentences: list[Sentence], parties: set[str]
) -> dict[str, set[int]]:
    """The indices of the sentences the mentions of each of `parties` start in: found once per
    document, not once per deal and sentence (the other nodes' mentions, most, skipped)."""
    starts = [s.start for s in sentences]
    holding: dict[str, set[int]] = {}
    for span, node_id in zip(ents.spans, ents.span_node, strict=True):
        if node_id not in parties:
            continue
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < sentences[i].end:
            holding.setdefault(node_id, set()).add(i)
    return holding


def _orgs_named(sentences: list[Sentence], ents: Entities) -> list[frozenset[str]]:
    """The organisations each sentence speaks of: those it names, or for a sentence naming
    none ("The partners split profits worldwide"), those the last one named (the
    organisations' mentions alone placed in their sentences, not every span sorted out)."""
    starts = [s.start for s in sentences]
    orgs_in: dict[int, set[str]] = {}
    for span, node_id in zip(ents.spans, ents.span_node, strict=True):
        if span.kind != ORG:
            continue
        i = bisect.bisect_right(starts, span.start) - 1
        if i >= 0 and span.start < sentences[i].end and span.end <= sentences[i].end:
            orgs_in.setdefault(i, set()).add(node_id)
    named: list[frozenset[str]] = []
    last: frozenset[str] = frozenset()
    for i in range(len(sentences)):
        if i in orgs_in:
            last = frozenset(orgs_in[i])
        named.append(last)
    return named


def _territory(
    sentences: list[Sentence],
    low: str,
    tiers: list[int | None],
    said: dict[int, list[tuple[int, str]]],
) -> str | None:
    """The territory of one deal as written. Sentences that speak of its two parties alone
    come first, then those of one party with no other deal in the document, then those that
    also name others; those of one party with other deals only when no other says any. A
    territory of the rights, licence, development, sales or profits ("exclusive worldwide
    rights", "commercialize it outside the U.S.") outranks one of the deal itself ("a global
    collaboration"); a worldwide territory with an exception ("worldwide, except in Korea"),
    or the world outside some places ("outside of Japan"), says more than a bare "global". A
    place names a territory only for the rights, licence, development, sales or profits ("in
    the UK group's pipeline" does not). `said` caches each sentence's
    territories, the same for every deal (`low`: the document lower-cased; `tiers`: each
    sentence's, from `_tiers`)."""
    found: list[tuple[int, int, int, int, str]] = []
    for order, (sent, tier) in enumerate(zip(sentences, tiers, strict=True)):
        if tier is None:
            continue
        if order not in said:
            said[order] = _territories_in(sent.text, low[sent.start : sent.end])
        found += [(tier // 3, rank, tier, order, place) for rank, place in said[order]]
    if not found:
        return None
    best = min(found)[-1]
    if _WORLD.match(best) and not _QUALIFIED.search(best):
        qualified = [t for *_, t in sorted(found) if _WORLD.match(t) and _QUALIFIED.search(t)]
        # ("global rights to develop X in all territories outside of Japan", "an exclusive
        # license for X for geographies outside of China": the world outside some places, a
        # sentence's only territory but for bare world words; not one split with the places
        # inside, "co-commercialize X in the U.S., and Bolt holds the rights outside the U.S.")
        qualified += [
            place
            for *_, order, place in sorted(found)
            if _OUTSIDE.match(place)
            and all(p == place or _bare_world(p) for _rank, p in said[order])
        ]
        best = next(iter(qualified), best)
    return best


def _bare_world(place: str) -> bool:
    return bool(_WORLD.match(place)) and not _QUALIFIED.search(place)


def _territories_in(sentence: str, low: str) -> list[tuple[int, str]]:
    """The territories a sentence names for the rights and the like (rank 0) or, worldwide
    ones only, for the deal itself (rank 1) (`low`: the sentence lower-cased, cut from the
    document's, not lowered sentence by sentence)."""
    scans = [starts for word, starts in _TERRITORY_WORDS if word in low]
    if _PLACE_WORD.search(sentence):
        scans.append(_PLACE_START)
    found = []
    for match in _territory_matches(sentence, low, scans):
        rank = _applies_to(sentence, low, match)
        if rank == 0 or (rank == 1 and _WORLD.match(match.group())):
            found.append((rank, _place(match.group())))
    return found


def _territory_matches(
    sentence: str, low: str, scans: list[re.Pattern[str]]
) -> Iterator[re.Match[str]]:
    """`_TERRITORY.finditer(sentence)`, the pattern tried only where one of `scans` (read on
    `low`, the sentence lower-cased) says a match may start."""
    starts = sorted(
        start.end() if start.lastindex else start.start()
        for scan in scans
        for start in scan.finditer(low)
    )
    return matches_from(_TERRITORY, sentence, starts)


def _tiers(
    pair: set[str], named: list[frozenset[str]], partners: dict[str, set[str]]
) -> list[int | None]:
    """Each sentence's `_tier` for one deal, worked out once per group of organisations (runs
    of sentences share one, `_orgs_named`'s same object) and shared by its money and its
    territory."""
    by_orgs: dict[frozenset[str], int | None] = {}
    tiers = []
    for orgs in named:
        if orgs not in by_orgs:
            by_orgs[orgs] = _tier(pair, orgs, partners)
        tiers.append(by_orgs[orgs])
    return tiers


def _tier(pair: set[str], orgs: frozenset[str], partners: dict[str, set[str]]) -> int | None:
    """How surely a sentence speaking of `orgs` speaks of the deal between `pair`."""
    if not orgs & pair:
        return None
    if pair <= orgs:
        return 0 if orgs == pair else 2
    if len(orgs) > 1:
        return None
    (party,) = orgs
    return 1 if len(partners.get(party, ())) == 1 else 3


# "has entered a phase 1 clinical trial in Europe": where a trial runs, no territory
_TRIAL_PLACE = lowered_pattern(words_first(r"trials?|stud(?:y|ies)|sites?|patients", r"\s+in\s+$"))


def _applies_to(sentence: str, low: str, match: re.Match[str]) -> int | None:
    """0 when the territory applies to the rights, licence, development, sales or profits,
    1 when to the deal itself, None when to neither ("a partner's global reach") or to what a
    party keeps ("Acme retains the rights in the U.S.") (`low`: the sentence lower-cased)."""
    # (the words before it in its clause; `_TRIAL_PLACE` needs an "in" last)
    window = max(0, match.start() - 120)
    breaks = _CLAUSE_BREAK.finditer(sentence, window, match.start())
    before = low[max((b.end() for b in breaks), default=window) : match.start()]
    if _KEPT.search(before) or (before.rstrip().endswith("n") and _TRIAL_PLACE.search(before)):
        return None
    if _OWN_RIGHTS.match(match.group()):
        return 0  # "receives worldwide rights, excluding Korea": the rights it names
    if _MODIFIER.match(match.group()) and sentence[match.end() : match.end() + 1] == " ":
        # "global development agreement": the first word after it that says which
        for word in low[match.end() :].split(maxsplit=4)[:4]:
            for rank, words in enumerate((_SUBSTANCE, _DEAL_LEVEL)):
                if words.fullmatch(word.strip(",.;:()")):
                    return rank
    for rank, words in enumerate((_SUBSTANCE, _DEAL_LEVEL)):
        if words.search(before):
            return rank
    return None


def _own_money(
    edge: Edge,
    sentences: list[Sentence],
    named: list[frozenset[str]],
    tiers: list[int | None],
    money: dict[int, bool],
) -> str:
    """The sentences that speak of money for one deal: those that speak of its parties and
    of no other organisation ("Under the terms, ... an upfront payment of $50 million");
    failing any, those of one party with other deals; failing those, any naming a party
    (its subsidiary may be named with it). `tiers`: each sentence's, from `_tiers`; `money`
    caches which sentences speak of money."""

    def speaks_of_money(i: int) -> bool:
        if i not in money:
            text = sentences[i].text
            money[i] = holds_any(text, _MONEY_LITERALS) and bool(_MONEY_WORD.search(text))
        return money[i]

    pair = {edge.source, edge.target}
    own = [[i for i, t in enumerate(tiers) if t in wanted] for wanted in ((0, 1, 2), (3,))]
    own.append([i for i, orgs in enumerate(named) if orgs & pair])
    chosen = next((group for group in own if any(map(speaks_of_money, group))), [])
    return " ".join(sentences[i].text for i in chosen)


def _upfront_total(money: str) -> tuple[str | None, str | None]:
    """The first upfront amount, and the total the text states or else the first aggregate
    ("up to ... in milestones")."""
    low = lower_like_ignorecase(money)
    upfront = None
    paid = (0, 0)  # where the upfront amount stands: no total ("an upfront of up to $5 million")
    if _may_name_upfront(low) and (first := _first_upfront(low)):
        upfront = money[first.start(1) : first.end(1)]
        paid = first.span(1)
    stated = (
        money[m.start(1) : m.end(1)]
        for m in (_TOTAL_STATED.finditer(low) if _may_state_total(low) else ())
        if not _PER_SHARE.match(low, m.end())
    )
    total = next(stated, None) or next(
        (
            money[m.start(1) : m.end(1)]
            for m in _TOTAL.finditer(low)
            if _TOTAL_CONTEXT.search(low, max(0, m.start() - 80), m.end() + 140)
            and not (m.start() < paid[1] and paid[0] < m.end())
        ),
        None,
    )
    return upfront, total


def _first_upfront(low: str) -> re.Match[str] | None:
    """The first upfront amount's match in a lower-cased text, of either form (its amount
    group 1; on a tie, which never happens, the words-first form, as one alternation)."""
    by_words = _UPFRONT_WORDS_FIRST.search(low)
    # (an amount-first match ends on a "front" or an "initial": the scan reads up to the end
    # of the last one and the character after it, for its boundary)
    ends = [at + len(word) for word in ("front", "initial") if (at := low.rfind(word)) >= 0]
    by_amount = _amount_first_upfront(low, max(ends) + 1) if ends else None
    if by_words and by_amount:
        return min(by_words, by_amount, key=lambda m: m.start())
    return by_words or by_amount


def _amount_first_upfront(low: str, end: int) -> re.Match[str] | None:
    """The first `_UPFRONT_AMOUNT_FIRST` match in `low[:end]`, searched for from near the
    first digit its rest follows, not from the start of the text.

    A match's first digit is its amount's (the words and signs before it hold none), so no
    match opens before the first digit `_UPFRONT_FROM_DIGIT` matches at; and one opens at
    most 64 characters before that digit (up to 13 for "approximately", 5 for a currency
    and its blank) unless blanks fill the 46 characters before the currency."""
    digit = _UPFRONT_FROM_DIGIT.search(low, 0, end)
    if digit is None:
        return None
    first = digit.start()
    start = first - 64 if first > 64 and not low[first - 51 : first - 5].isspace() else 0
    return _UPFRONT_AMOUNT_FIRST.search(low, start, end)


def _may_name_upfront(low: str) -> bool:
    """Whether a lower-cased text holds what every upfront match holds ("upfront",
    "up-front", "up front", "initial" or "option fee"): a literal test spares most texts the
    search."""
    return "front" in low or "initial" in low or "option" in low


def _may_state_total(low: str) -> bool:
    """Whether a lower-cased text holds what every `_TOTAL_STATED` match holds: a literal
    test spares most texts the scan."""
    return "total" in low or "aggregate" in low or "value" in low or "worth" in low


def _kind(words: str, deal_text: str, academic: bool) -> str | None:
    """The most specific kind the sentences naming both parties state; failing a licence,
    option or co-development there, the one the document's deal sentences state; an
    academic partner's collaboration is research (`words` and `deal_text` lower-cased)."""
    specific = _first_kind(words, _KINDS[:3])
    if specific == "licence" and _SHARED_WORK.search(words):
        return "co-development"  # "a licence ... and will co-commercialize it in the U.S."
    if specific:
        return specific
    if academic or _first_kind(words, _KINDS[3:]):
        return "research"
    specific = _first_kind(deal_text, _KINDS[:3])
    if specific:
        return specific
    return "other" if holds_any(words, _DEAL_WORDS) else None


def _first_kind(text: str, kinds: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The first of `kinds` that a lower-cased text states (each searched for only where the
    text holds one of its `_KIND_WORDS`)."""
    for name, cue in kinds:
        if holds_any(text, _KIND_WORDS[name]) and cue.search(text):
            return name
    return None


def _place(found: str) -> str:
    """A territory as the text names it, without the "in" or "the" that introduced it."""
    return re.sub(r"^(?:in\s+)?(?:the\s+)?", "", found)
