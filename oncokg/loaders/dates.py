"""Event dates at the precision the text states them, each with its evidence unit."""

from __future__ import annotations

import re

from oncokg.loaders.sentences import Sentence
from oncokg.model import DateMention

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_M = (
    r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_MDY = re.compile(_M + r"\s*,?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)\b")
_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _M + r",?\s+((?:19|20)\d\d)\b")
_MY = re.compile(r"\b" + _M + r",?\s+((?:19|20)\d\d)\b")
_MD = re.compile(r"\b" + _M + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)")
_Y = re.compile(
    r"\b(?:in|since|during|by|of|early|late|mid|until|from|for|through)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b"
)


_YEAR4 = re.compile(r"(?:19|20)\d\d")


# What happened on a date, from the words of its sentence: (label, cue). The cue nearest to
# the date wins ("approved in May 2020; data were presented at ASH in December 2019").
_EVENTS = (
    ("acquisition", r"acqui(?!\w*\s+(?:[\w-]+\s+){0,3}(?:rights|licen))|merger|tender offer"),
    ("approval", r"approv|authori[sz]ation|clearance|\bcleared\b"),
    ("regulatory opinion", r"\bopinion\b"),
    ("designation", r"designation"),
    ("regulatory submission", r"submi|\bfil(?:ed|ing)\b|accepted for (?:priority )?review|pdufa"),
    ("collaboration", r"collaborat|partnership|alliance|licen[cs]|agreement|\boption\b"),
    ("trial start", r"initiat|first patient|\bdosed\b|enrol|commenc|\bstart"),
    ("data presentation", r"present|poster|abstract|\bmeeting\b|congress|symposium|publish"),
    ("results", r"results|\bdata\b|top-?line"),
    ("conference call", r"conference call|webcast"),
)
# One alternation over the lower-cased sentence; the named group tells the label.
_EVENT = re.compile("|".join(f"(?P<e{i}>{cue})" for i, (_, cue) in enumerate(_EVENTS)))
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def event_of(sentence: str, start: int, end: int) -> str:
    """A short label for the event a date in `sentence` (at start:end) belongs to, or ""."""
    if end >= len(sentence.rstrip(" .-–—")) - 1 and not _LOWER_WORD.search(sentence, 0, start):
        return "press release"  # a dateline: "CITY, Month D, YYYY"
    best, label = len(sentence) + 1, ""
    for m in _EVENT.finditer(sentence.lower()):
        distance = max(m.start() - end if m.start() >= end else start - m.end(), 0)
        if distance < best and m.lastgroup:
            best, label = distance, _EVENTS[int(m.lastgroup[1:])][0]
    return label


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _scan(text: str, year: str, out: list[DateMention], seen: set[tuple[str, str]]) -> None:
    """Dates of one sentence unit, most precise pattern first; a span is used once."""
    # Every form but "June 13" (which needs the document's year) has a 4-digit year: most
    # sentences have neither and skip the five patterns.
    if not _YEAR4.search(text) and not (year and _MD.search(text)):
        return
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    def emit(date: str, m: re.Match[str]) -> None:
        taken.append((m.start(), m.end()))
        if (date, text) not in seen:
            seen.add((date, text))
            out.append(DateMention(date, event_of(text, m.start(), m.end()), text))

    for m in _MDY.finditer(text):
        emit(f"{m.group(3)}-{_month(m.group(1)):02d}-{int(m.group(2)):02d}", m)
    for m in _DMY.finditer(text):
        if free(m):
            emit(f"{m.group(3)}-{_month(m.group(2)):02d}-{int(m.group(1)):02d}", m)
    for m in _MY.finditer(text):
        if free(m):
            emit(f"{m.group(2)}-{_month(m.group(1)):02d}", m)
    if year:
        for m in _MD.finditer(text):
            if free(m) and 1 <= int(m.group(2)) <= 31 and m.group(1) != "May":
                emit(f"{year}-{_month(m.group(1)):02d}-{int(m.group(2)):02d}", m)
    for m in _Y.finditer(text):
        if free(m):
            emit(m.group(1), m)


def find_dates(sentences: list[Sentence], published: str) -> list[DateMention]:
    """Dates in document order, most precise form of each span first; no duplicates."""
    out: list[DateMention] = []
    seen: set[tuple[str, str]] = set()
    year = published[:4] if re.match(r"\d{4}", published or "") else ""
    for sent in sentences:
        _scan(sent.text, year, out, seen)
    return out
