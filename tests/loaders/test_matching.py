"""A lowered pattern over `lower_like_ignorecase(text)` matches where re.IGNORECASE does."""

from __future__ import annotations

import re
import string

import pytest

from oncokg.loaders.matching import lower_like_ignorecase
from oncokg.loaders.vocabulary import lowered_pattern


def test_ignorecase_every_character_folds_to_the_letter_ignorecase_equates() -> None:
    for code in range(0x10000):
        char = chr(code)
        low = lower_like_ignorecase(char)
        letters = [a for a in string.ascii_lowercase if re.fullmatch(a, char, re.IGNORECASE)]
        assert len(low) == 1
        assert letters == ([low] if low in string.ascii_lowercase else [])


@pytest.mark.parametrize(
    "text",
    [
        "Phase III and phase ii",
        "PHASE \u0131\u0131",
        "L\u0131cense",
        "\u0130NITIAL FEE",
        "\u017ftake",
    ],
)
def test_ignorecase_lowered_pattern_finds_the_same_matches(text: str) -> None:
    for pattern in (
        r"\bphase\s*(iii|ii|i)\b",
        r"licen[cs]e",
        r"initial\s+FEE",
        r"stake",
        r"[A-Z]+",
    ):
        expected = [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]
        found = lowered_pattern(pattern).finditer(lower_like_ignorecase(text))
        assert [m.span() for m in found] == expected
