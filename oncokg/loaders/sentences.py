"""Split a document into sentence units with offsets.

Press releases put facts in the title line, the dateline and bullets as well as in prose, so
every line is a unit boundary, a leading dateline ("CITY, Month D, YYYY --") is its own unit,
and full stops after abbreviations ("Inc.", "Co., Ltd.", "Dr.", "U.S.") do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = frozenset(
    [
        "inc",
        "ltd",
        "co",
        "corp",
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "vs",
        "no",
        "st",
        "jr",
        "sr",
        "ph.d",
        "m.d",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mass",
        "pa",
        "wash",
        "calif",
        "ill",
        "n.j",
        "n.y",
        "conn",
        "md",
        "va",
        "fla",
        "ga",
        "tex",
        "approx",
        "etc",
        "al",
        "s.a",
        "s.p.a",
        "n.v",
        "b.v",
        "l.p",
        "a.g",
        # Japanese and Malaysian company forms ("Acme Pharma K.K. (TSE: 1234)", "Sdn. Bhd.")
        "k.k",
        "sdn",
        "fig",
        "ref",
        "nos",
        "p.m",
        "a.m",
        "d.c",
        "u.s.a",
        "mich",
        "minn",
        "colo",
        "ariz",
        "ore",
        "ky",
        "tenn",
        "wis",
        "ind",
        "ave",
        "blvd",
        "dept",
        "est",
        "govt",
        "int'l",
        "intl",
    ]
)
# A footnote number may follow the full stop ("... disease.12 The", "... disease.(2,3) The"),
# but not the decimals of a number ("$11.9 Billion"). A sentence may open with a name written
# in camel case from a lower-case letter ("iTeos", "uniQure", "mRNA").
_END_AFTER_STOP = (
    r"[\"'”’)\]]*(?:(?<!\d\.)\d{1,2}(?=\s+[A-Z])|\(\d{1,2}(?:,\d{1,2})*\))?\s+"
    r"(?=[\"“‘(\[]?(?:[A-Z0-9•]|[a-z]{1,4}[A-Z]))"
)
# A page scraped without its spaces glues the next sentence to the full stop ("... the first
# approved OX40 inhibitor.However, ..."): a word of lower-case letters, the stop, then a
# capitalised word (not a domain or a name's parts: "zorbimab.com", "Acme.Bio").
# (the capital is looked at first: it fails at almost every stop a space does not follow)
_GLUED_AFTER_STOP = r"(?=[A-Z][a-z]+[\s,])(?<=[a-z]{4}\.)"
_END = re.compile(r"[.!?](?:" + _END_AFTER_STOP + "|" + _GLUED_AFTER_STOP + ")")
# The same pattern for a line with no "!" or "?", where only a full stop may open it: a
# literal first, which the scan skips to, instead of a class tried at every offset
_END_AT_FULL_STOP = re.compile(r"\.(?:" + _END_AFTER_STOP + "|" + _GLUED_AFTER_STOP + ")")
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINE = re.compile(
    r"^[^\n]{0,160}?(?:"
    + _MONTH
    + r"\s*,?\s*\d{1,2}\s*,?\s*\d{4}|\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4})\s*(?:/[^/\n]{1,40}/)?\s*(?:--|[–—\-I|])\s+"
)
_BULLET = re.compile(r"^\s*(?:[•·▪◦*\-–]|\d+[.)])\s+")


@dataclass(frozen=True)
class Sentence:
    """One unit of evidence: its text and [start, end) offsets in the document text."""

    text: str
    start: int
    end: int


def _unit(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(text[start:end], start, end) if end > start else None


_YEAR = re.compile(r"\d\d{3}")  # (a digit first: the scan skips to the digits)
# What every month name of _MONTH opens with: a line naming none is no dateline (the
# cheaper test, before the year's)
_MONTH_OPENING = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
# The word before a full stop, read backwards from it (the same word as the leftmost match of
# "([A-Za-z.']+)\.?$" before it, which tries every offset of the window).
_LAST_WORD_REVERSED = re.compile(r"[A-Za-z.']+")
# A unit longer than this is no sentence (a table, a list run together, binary debris); it is
# cut at a space so that the pairwise relation rules stay cheap on any input.
MAX_UNIT = 1500


# Abbreviations that may end a sentence ("approved in the U.S.", "... Acme, Inc."), and the
# words that open one but never follow such an abbreviation inside a sentence: "launch in
# the U.S. We remain committed ..." is two sentences ("U.S. patients" is one).
_MAY_END = frozenset({"u.s", "u.k", "u.s.a", "d.c", "inc", "ltd", "corp", "co", "k.k", "etc"})
_OPENERS = frozenset({
    "The", "This", "These", "That", "Those", "We", "Our", "It", "Its", "They", "Their", "He",
    "She", "In", "As", "Under", "With", "For", "On", "After", "Following", "Additionally",
    "However", "Moreover", "Furthermore",
})  # fmt: skip
_NEXT_WORD = re.compile(r"\W*([A-Za-z]+)")


def _ends_before_opener(text: str, token: str, at: int) -> bool:
    """Whether the abbreviation `token`, whose full stop is followed by `at`, ends its
    sentence because the next word opens one."""
    if token not in _MAY_END:
        return False
    word = _NEXT_WORD.match(text, at, at + 40)
    return word is not None and word.group(1) in _OPENERS


def _inside_parentheses(text: str, start: int, stop: int, end: int) -> bool:
    """Whether a full stop at `stop` lies inside parentheses opened in its sentence and closed
    soon after it on the line (a company's particulars), so it ends no sentence."""
    opened = text.count("(", start, stop) - text.count(")", start, stop)
    return opened > 0 and text.find(")", stop, min(end, stop + 200)) >= 0


def _split_line(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    line = text[start : min(end, start + 400)]  # a dateline is near the line start
    dated = _MONTH_OPENING.search(line) and _YEAR.search(line)
    match = _DATELINE.match(line) if dated else None
    cut = start
    if match:
        head = line[: match.end()].rstrip(" -–—|I/").rstrip()
        unit = _unit(text, start, start + len(head))
        if unit:
            out.append(unit)
        cut = start + match.end()
    pos = cut
    # (a line with no "!" or "?" is read for its full stops alone: the same matches)
    exclaims = text.find("!", cut, end) >= 0 or text.find("?", cut, end) >= 0
    for m in (_END if exclaims else _END_AT_FULL_STOP).finditer(text, cut, end):
        word = _LAST_WORD_REVERSED.match(text[max(pos, m.start() - 40) : m.start() + 1][::-1])
        token = (word.group()[::-1] if word else "").rstrip(".").lower()
        if (token in _ABBREV and not _ends_before_opener(text, token, m.end())) or (
            len(token) == 1 and token.isalpha()
        ):
            continue
        if _inside_parentheses(text, pos, m.start(), end):
            continue  # "Acme Co., Ltd. (Head office: Tokyo, Japan. CEO: ...) concluded"
        unit = _unit(text, pos, m.start() + 1 + (len(m.group(0).rstrip()) - 1))
        if unit:
            out.append(unit)
        pos = m.end()
    unit = _unit(text, pos, end)
    if unit:
        out.append(unit)
    return out


def _cap(text: str, unit: Sentence) -> list[Sentence]:
    """`unit` in pieces of at most MAX_UNIT characters, cut after the last space in reach."""
    if unit.end - unit.start <= MAX_UNIT:
        return [unit]
    out: list[Sentence] = []
    pos = unit.start
    while pos < unit.end:
        stop = min(pos + MAX_UNIT, unit.end)
        if stop < unit.end:
            space = text.rfind(" ", pos + MAX_UNIT // 2, stop)
            stop = space + 1 if space > 0 else stop
        piece = _unit(text, pos, stop)
        if piece:
            out.append(piece)
        pos = stop
    return out


# A line broken inside a sentence: no stop at its end, a lower-case word opening the next
# ("... of X for the treatment of locally advanced fully\nresectable melanoma was ...")
_BROKEN_LINE = re.compile(r"\n(?=[a-z]+[ ,])")  # (and a letter or comma before the break)


def split_sentences(text: str) -> list[Sentence]:
    """Sentence units in document order; lines join into one unit only where a sentence
    runs on from one to the next."""
    out: list[Sentence] = []
    pos = 0
    for line in _lines(text):
        end = pos + len(line)
        if line.strip():
            for unit in _split_line(text, pos, end):
                out.extend(_cap(text, unit))
        pos = end + 1
    return out


def _lines(text: str) -> list[str]:
    """The text's lines, a sentence broken over two read as one (its break kept, as a blank
    of the same length, so offsets hold)."""
    breaks = [
        m.start()
        for m in _BROKEN_LINE.finditer(text)
        if (last := text[max(0, m.start() - 40) : m.start()].rstrip(" ")[-1:]).isalpha()
        or last == ","
    ]
    if not breaks:
        return text.split("\n")
    pieces = [text[a + 1 : b] for a, b in zip([-1, *breaks], [*breaks, len(text)], strict=True)]
    return " ".join(pieces).split("\n")
