"""Ways of writing a pattern, or the text it reads, that keep its matches and make its scans
cheaper: a word written before its boundary check, and text lower-cased for a
`lowered_pattern` the way re.IGNORECASE compares letters."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from oncokg.loaders.vocabulary import document_lower, lower_keep_length


def word_first(word: str) -> str:
    """`\\bword` written with the word first (the same matches): when every alternative of a
    pattern opens with a letter, the engine skips to those letters instead of trying the
    pattern at each offset (3-6x faster)."""
    return rf"{word}(?<!\w{word})"


def alternatives_of(pattern: str) -> list[str]:
    """The top-level alternatives of `pattern`: split at each "|" outside a group, a class
    and an escape."""
    parts: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":  # (a "]" first in a class, or after its "^", is a literal)
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


# A lookbehind (with no group inside) that opens a pattern
_LOOKBEHIND_OPENING = re.compile(r"\(\?<[=!][^()]*\)")


def by_first_letter(alternation: str) -> str:
    """`alternation` with the alternatives that open with the same letter joined under it,
    `a(?:b|c)` for `ab|ac` (the same matches, tried in the same order: alternatives opening
    with different letters never match at one offset, and none is moved past one opening
    otherwise). The engine tests each alternative's first letter in turn; joined, one test
    turns a whole group away. A boundary's lookbehind that every alternative of a group opens
    with (`words_first`) is tested once, before the group (at each letter inside a word)."""
    joined: list[str] = []
    groups: dict[str, list[str]] = {}  # the rests of the alternatives, by their letter

    def joined_rests(rests: list[str]) -> str:
        if len(rests) == 1:
            return rests[0]
        opening = _LOOKBEHIND_OPENING.match(rests[0])
        shared = opening.group() if opening else ""
        if shared and all(rest.startswith(shared) for rest in rests):
            return shared + "(?:" + "|".join(rest[len(shared) :] for rest in rests) + ")"
        return "(?:" + "|".join(rests) + ")"

    def flush() -> None:
        joined.extend(letter + joined_rests(rests) for letter, rests in groups.items())
        groups.clear()

    for alternative in alternatives_of(alternation):
        if alternative[:1].isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(alternative[0], []).append(alternative[1:])
        else:
            flush()
            joined.append(alternative)
    flush()
    return "|".join(joined)


def words_first(alternatives: str, tail: str = "", before: str = r"\w") -> str:
    """`\\b(?:alternatives)tail` written with each alternative's boundary checked after its
    first character, which must be a literal word character (the same matches, tried in the
    same order): every alternative then opens with a literal, so the engine skips to those
    characters instead of trying the pattern at each offset (~3x faster). `before` is what
    may not precede a word (`(?<!before)` in place of the boundary)."""
    return "|".join(rf"{a[0]}(?<!{before}.){a[1:]}{tail}" for a in alternatives_of(alternatives))


def each_opening(heads: str, tail: str) -> str:
    """`(?:heads)tail` written as one alternative per head, `head1tail|head2tail|...` (the
    same matches, tried in the same order): when every alternative of a pattern opens with a
    literal, the engine skips to those characters instead of trying the pattern at each offset
    (~3x faster)."""
    return "|".join(head + tail for head in alternatives_of(heads))


# Besides the upper-case letters, the characters that re.IGNORECASE equates with an ASCII
# letter and `str.lower` does not make one.
_IGNORECASE_EXTRA = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def lower_like_ignorecase(text: str) -> str:
    """`text` lower-cased, of the same length: a `lowered_pattern` whose letters are ASCII
    matches it exactly where that pattern with re.IGNORECASE matches `text`, and 2-4x
    faster."""
    return _like_ignorecase(lower_keep_length(text))


@lru_cache(maxsize=4)
def document_lower_like_ignorecase(text: str) -> str:
    """`lower_like_ignorecase` of a whole document, made once for the several passes that
    read it (the text is the key; the copies of the last few documents are kept)."""
    return _like_ignorecase(document_lower(text))


def _like_ignorecase(low: str) -> str:
    for char, letter in _IGNORECASE_EXTRA:
        if char in low:
            low = low.replace(char, letter)
    return low


# The countries and regions releases name, as deal territories and in possessives ("Korea's
# first ..."): a place, never a company.
PLACE_NAMES = (
    r"U\.S\.A?\.?|USA|US|United States(?: of America)?|United Kingdom|"
    r"U\.K\.|UK|Japan|Greater China|Mainland China|mainland China|China|South Korea|"
    r"North Korea|Korea|Taiwan|Hong Kong|Maca[uo]|European Union|European Economic Area|"
    r"Europe|EU|EEA|Canada|"
    r"Australia|New Zealand|India|Southeast Asia|Asia[- ]Pacific|Asia|Latin America|"
    r"North America|South America|the Americas|Russia|Brazil|Mexico|Israel|Switzerland|"
    r"Turkey|Singapore|Middle East|Africa|Germany|France|Italy|Spain|Indonesia|Vietnam|"
    r"Thailand|Malaysia|the Philippines|Philippines|Argentina|Chile|Colombia|Peru|Poland|"
    r"the Netherlands|Netherlands|Belgium|Sweden|Denmark|Norway|Finland|Austria|Ireland|Portugal|"
    r"Greece|Egypt|Saudi Arabia|United Arab Emirates|South Africa|Pakistan|Czech Republic|"
    r"Hungary|Romania|Ukraine|Kazakhstan|Iceland|Liechtenstein|Belarus"
)
# (each name opens with a letter, so a search skips to the names' first letters)
PLACE_NAME = re.compile(PLACE_NAMES)


# The words naming an academic or clinical institution, not a company: its collaborations are
# research (ANNOTATION.md), and in a company's deal it tests the company's drug, develops none.
ACADEMIC = re.compile(
    r"\b(?:University|Universit[éy]|Institute|Institut|Hospital|College|School|"
    r"Cancer Center|Medical Center|Foundation)\b"
)


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether `text` holds one of `words`: the literal test that spares a search its text."""
    for word in words:  # noqa: SIM110 (a loop: cheaper than any() over a generator or a map)
        if word in text:
            return True
    return False


def find_all(text: str, literal: str) -> Iterator[int]:
    """Every offset where `literal` occurs in `text`."""
    at = text.find(literal)
    while at >= 0:
        yield at
        at = text.find(literal, at + 1)


def matches_from(
    pattern: re.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` when each of them starts at one of `starts`
    (ascending): the pattern is tried at each, the next try past the last match, as the scan
    resumes."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m
