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
_END = re.compile(r"[.!?][\"'”’)\]]*(?:\d{1,2}(?=\s+[A-Z]))?\s+(?=[\"“‘(\[]?[A-Z0-9•])")
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


def _split_line(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    line = text[start:end]
    match = _DATELINE.match(line)
    cut = start
    if match:
        head = line[: match.end()].rstrip(" -–—|I/").rstrip()
        unit = _unit(text, start, start + len(head))
        if unit:
            out.append(unit)
        cut = start + match.end()
    pos = cut
    for m in _END.finditer(text, cut, end):
        word = re.search(r"([A-Za-z.']+)\.?$", text[pos : m.start() + 1])
        token = (word.group(1) if word else "").rstrip(".").lower()
        if token in _ABBREV or (len(token) == 1 and token.isalpha()):
            continue
        unit = _unit(text, pos, m.start() + 1 + (len(m.group(0).rstrip()) - 1))
        if unit:
            out.append(unit)
        pos = m.end()
    unit = _unit(text, pos, end)
    if unit:
        out.append(unit)
    return out


def split_sentences(text: str) -> list[Sentence]:
    """Sentence units in document order; lines never join into one unit."""
    out: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.extend(_split_line(text, pos, end))
        pos = end + 1
    return out
