"""Dates, in one place: a document's own date in any common spelling (`normalise_date`, used
by the readers) and the event dates a text states, at the precision it states them, each
with its evidence unit (`find_dates`). Both give only real calendar dates (no 31 February).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import Final

from oncokg.extraction import DateMention
from oncokg.loaders.matching import by_first_letter, words_first
from oncokg.loaders.matching import word_first as _word
from oncokg.loaders.sentences import Sentence

_MONTH_NAMES: Final = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTHS: Final = {
    name: number
    for number, month in enumerate(_MONTH_NAMES, start=1)
    for name in (month, month[:3])
} | {"sept": 9}
_ISO_DATE_RE: Final = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?[ ]?(?:[zZ]|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?"
)
_ISO_PARTIAL_RE: Final = re.compile(r"(\d{4})(?:-(\d{2}))?")
_SLASH_DATE_RE: Final = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})")
_WEEKDAY: Final = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_MONTH_DAY_YEAR_RE: Final = re.compile(
    _WEEKDAY + r"([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})", re.IGNORECASE
)
_DAY_MONTH_YEAR_RE: Final = re.compile(
    _WEEKDAY + r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})", re.IGNORECASE
)


def iso_date(year: str, month: str | int | None = None, day: str | int | None = None) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD when the parts make a real date, else ""."""
    try:
        y = int(year)
        m = int(month) if month is not None else 1
        d = int(day) if day is not None else 1
        date(y, m, d)
    except ValueError:
        return ""
    if month is None:
        return f"{y:04d}"
    if day is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


def normalise_date(value: str) -> str:
    """An ISO date (YYYY-MM-DD, or YYYY / YYYY-MM as stated) from common spellings; "" if none.

    Accepts ISO dates and datetimes (the date part as written, no time-zone shift),
    YYYY/MM/DD, "December 10, 2019", "Dec. 10 2019", "10 Dec 2019", with an optional weekday.
    """
    text = value.strip()
    if not text or len(text) > 64:
        return ""
    if match := _ISO_DATE_RE.fullmatch(text):
        return iso_date(*match.groups())
    if match := _ISO_PARTIAL_RE.fullmatch(text):
        return iso_date(match[1], match[2])
    if match := _SLASH_DATE_RE.fullmatch(text):
        return iso_date(*match.groups())
    if match := _MONTH_DAY_YEAR_RE.fullmatch(text):
        month = MONTHS.get(match[1].lower())
        return iso_date(match[3], month, match[2]) if month else ""
    if match := _DAY_MONTH_YEAR_RE.fullmatch(text):
        month = MONTHS.get(match[2].lower())
        return iso_date(match[3], month, match[1]) if month else ""
    return ""


_MONTH_ALTERNATION = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    "Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_M = rf"({_MONTH_ALTERNATION})\.?"
# A month opening a word ("\b" + _M), written `words_first` (the scans ~3x faster); no month's
# alternative holds a "|" of its own, so splitting the alternation gives them
_M_WORD = rf"({words_first(_MONTH_ALTERNATION)})\.?"
_MDY = re.compile(_M + r"\s*,?\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)\b")
# (the day's boundary checked after its first digit: the engine skips to digits)
_DMY = re.compile(r"(\d(?<!\w.)\d?)(?:st|nd|rd|th)?\s+" + _M + r",?\s+((?:19|20)\d\d)\b")
_MY = re.compile(_M_WORD + r",?\s+((?:19|20)\d\d)\b")
_MD = re.compile(_M_WORD + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d)")
_Y = re.compile(
    r"\b(?:in|since|during|by|of|early|late|mid|until|from|for|through)\s+(?:early\s+|late\s+|mid-?)?((?:19|20)\d\d)\b"
)


_YEAR4 = re.compile(r"(?:19|20)\d\d")
# What every month of `_M` and `_M_WORD` opens with: a sentence naming none (most) is spared
# the scans of the four patterns with a month, and no match of those opening with the month
# starts before the first
_MONTH_OPENING = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")


# What happened on a date, from the words of its sentence: (label, cue). The cue nearest to
# the date wins ("approved in May 2020; data were presented at ASH in December 2019").
_EVENTS = (
    ("acquisition", r"acqui(?!\w*\s+(?:[\w-]+\s+){0,3}(?:rights|licen))|merger|tender offer"),
    ("approval", rf"approv|authori[sz]ation|clearance|{_word('cleared')}\b"),
    ("regulatory opinion", rf"{_word('opinion')}\b"),
    ("designation", r"designation"),
    (
        "regulatory submission",
        rf"submi|{_word('fil')}(?:ed|ing)\b|accepted for (?:priority )?review|pdufa",
    ),
    (
        "collaboration",
        rf"collaborat|partnership|alliance|licen[cs]|agreement|{_word('option')}\b",
    ),
    (
        "trial start",
        rf"initiat|first patient|{_word('dosed')}\b|enrol|commenc|{_word('start')}",
    ),
    (
        "data presentation",
        rf"present|poster|abstract|{_word('meeting')}\b|congress|symposium|publish",
    ),
    ("results", rf"results|{_word('data')}\b|top-?line"),
    ("conference call", r"conference call|webcast"),
)
# One alternation over the lower-cased sentence. Every cue opens with a letter, so the engine
# skips to the letters they open with (~5x faster than with a named group per label, which
# hides them); the label is that of the first cue matching where the alternation matched.
_EVENT = re.compile(by_first_letter("|".join(cue for _, cue in _EVENTS)))
_EVENT_CUES = tuple((label, re.compile(cue)) for label, cue in _EVENTS)
_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def event_of(sentence: str, start: int, end: int) -> str:
    """A short label for the event a date in `sentence` (at start:end) belongs to, or ""."""
    if end >= len(sentence.rstrip(" .-–—")) - 1 and not _LOWER_WORD.search(sentence, 0, start):
        return "press release"  # a dateline: "CITY, Month D, YYYY"
    best, nearest = len(sentence) + 1, None
    low = sentence.lower()
    for m in _EVENT.finditer(low):
        if m.start() - end >= best:
            break  # (the cues after it lie farther still: the rest of the sentence is not read)
        distance = max(m.start() - end if m.start() >= end else start - m.end(), 0)
        if distance < best:
            best, nearest = distance, m
    if nearest is None:
        return ""
    # (the label of the nearest cue alone, not of each nearer one on the way)
    return next(name for name, cue in _EVENT_CUES if cue.match(low, nearest.start()))


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _scan(text: str, year: str, out: list[DateMention], seen: set[tuple[str, str]]) -> None:
    """Dates of one sentence unit, most precise pattern first; a span is used once."""
    # Every form but "June 13" (which needs the document's year) has a 4-digit year: most
    # sentences have neither and skip the five patterns (the month's search, from where the
    # first month may open, spares a sentence naming none the scan of "June 13"; "June 13"
    # has a digit, and the literal test for one spares most sentences the month's search).
    holds_year = _holds_year(text)
    if not holds_year and not (year and _may_hold_digit(text)):
        return
    month = _MONTH_OPENING.search(text)
    if not holds_year and not (month and _MD.search(text, month.start())):
        return
    taken: list[tuple[int, int]] = []

    def free(m: re.Match[str]) -> bool:
        return all(m.end() <= a or m.start() >= b for a, b in taken)

    def emit(when: str, m: re.Match[str]) -> None:
        taken.append((m.start(), m.end()))  # an impossible date ("" here) still uses its span
        if when and (when, text) not in seen:
            seen.add((when, text))
            out.append(DateMention(when, event_of(text, m.start(), m.end()), text))

    if month:
        _scan_months(text, month.start(), year, free, emit)
    for m in _years_after_words(text):
        if free(m):
            emit(m.group(1), m)


def _scan_months(
    text: str,
    first_month: int,
    year: str,
    free: Callable[[re.Match[str]], bool],
    emit: Callable[[str, re.Match[str]], None],
) -> None:
    """The dates of a sentence unit that name a month, most precise pattern first (those
    opening with the month read from `first_month`, where the first may start, on)."""
    for m in _MDY.finditer(text, first_month):
        emit(iso_date(m.group(3), _month(m.group(1)), m.group(2)), m)
    for m in _DMY.finditer(text):
        if free(m):
            emit(iso_date(m.group(3), _month(m.group(2)), m.group(1)), m)
    for m in _MY.finditer(text, first_month):
        if free(m):
            emit(iso_date(m.group(2), _month(m.group(1))), m)
    if year:
        for m in _MD.finditer(text, first_month):
            if free(m) and m.group(1) != "May":
                emit(iso_date(year, _month(m.group(1)), m.group(2)), m)


def _holds_year(text: str) -> bool:
    """Whether a text holds a 4-digit year (a literal test for its first two digits spares
    most texts the search)."""
    return ("19" in text or "20" in text) and bool(_YEAR4.search(text))


def _may_hold_digit(text: str) -> bool:
    """False when a text holds no digit of `\\d`: an ASCII text is read for the ten digits
    (each a fast single-character test, written out: ~3x faster than a loop over them), any
    other is taken to hold one."""
    return not text.isascii() or (
        "0" in text or "1" in text or "2" in text or "3" in text or "4" in text
        or "5" in text or "6" in text or "7" in text or "8" in text or "9" in text
    )  # fmt: skip


def _years_after_words(text: str) -> Iterator[re.Match[str]]:
    """`_Y.finditer(text)`, the pattern tried only just before each year (it opens with a word
    boundary, so its scan tries every offset). The words before a match's year hold no digit:
    its year is the first after its start, so the leftmost match with each year in turn, from
    where the last ended, is the next. Those words are at most two (split at blanks): when the
    32 characters before a year hold more, no match with that year starts before them."""
    end = 0
    for year in _YEAR4.finditer(text):
        first = max(end, year.start() - 32)
        if first > end and len(text[first : year.start()].split()) <= 2:
            first = end  # (a long run of blanks: read from where the last match ended)
        # (the character after the year is kept in reach for the pattern's closing boundary)
        if m := _Y.search(text, first, year.end() + 1):
            yield m
            end = m.end()


def find_dates(sentences: list[Sentence], published: str) -> list[DateMention]:
    """Dates in document order, most precise form of each span first; no duplicates."""
    out: list[DateMention] = []
    seen: set[tuple[str, str]] = set()
    year = published[:4] if re.match(r"\d{4}", published or "") else ""
    for sent in sentences:
        _scan(sent.text, year, out, seen)
    return out


def dateline_date(sentences: list[Sentence], units: int = 4) -> str:
    """The release date of a dateline ("SUMMIT, NJ – (March 6, 2018) – Celgene ...", "December
    7, 2010 /PRNewswire/"): the first full date in the opening units with no lower-case word
    before it; "" when there is none."""
    for sent in sentences[:units]:
        for pattern, year, month, day in ((_MDY, 3, 1, 2), (_DMY, 3, 2, 1)):
            m = pattern.search(sent.text)
            if m and not _LOWER_WORD.search(sent.text, 0, m.start()):
                found = iso_date(m.group(year), _month(m.group(month)), m.group(day))
                if found:
                    return found
    return ""
