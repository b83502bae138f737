"""`matching`: the rewritten patterns and lowered text find what the originals find."""

from __future__ import annotations

import re
import string

import pytest

from oncokg.loaders.matching import (
    alternatives_of,
    each_opening,
    lower_like_ignorecase,
    word_first,
    words_first,
)
from oncokg.loaders.vocabulary import lowered_pattern


def test_matching_every_character_lowers_to_the_letter_ignorecase_equates_it_with() -> None:
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(0x10000):
        char = chr(code)
        low = lower_like_ignorecase(char)
        assert len(low) == 1
        if letter.fullmatch(char):
            assert low in string.ascii_lowercase
            assert re.fullmatch(low, char, re.IGNORECASE)
        else:
            assert low not in string.ascii_lowercase


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
def test_matching_lowered_pattern_finds_what_ignorecase_finds(text: str) -> None:
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


@pytest.mark.parametrize("text", ["data", "the data set", "metadata", "big_data", "-data", "data1"])
def test_matching_word_first_finds_what_a_word_boundary_finds(text: str) -> None:
    expected = [m.span() for m in re.finditer(r"\bdata", text)]
    assert [m.span() for m in re.finditer(word_first("data"), text)] == expected


def test_matching_alternatives_of_splits_only_at_the_top_level() -> None:
    assert alternatives_of(r"ab|c(?:d|e)|[|]x|\||[^]|]y") == [
        "ab",
        "c(?:d|e)",
        "[|]x",
        r"\|",
        "[^]|]y",
    ]


_LISTED = [
    "the deal, signed or entered into, data",
    "metadata; a-data b_data; entered  into a contract",
    "xsigned a contract",
]


@pytest.mark.parametrize("text", _LISTED)
def test_matching_words_first_finds_what_a_boundary_before_a_group_finds(text: str) -> None:
    for before, boundary in ((r"\w", r"\b"), (r"[\w-]", r"(?<![\w-])")):
        expected = [
            m.span() for m in re.finditer(rf"{boundary}(?:data|signed|entered\s+into)\W", text)
        ]
        rewritten = words_first(r"data|signed|entered\s+into", r"\W", before=before)
        assert [m.span() for m in re.finditer(rewritten, text)] == expected


@pytest.mark.parametrize("text", _LISTED)
def test_matching_each_opening_finds_what_a_group_before_its_tail_finds(text: str) -> None:
    expected = [m.span() for m in re.finditer(r"(?:signed|entered\s+into)\s+an?\s", text)]
    rewritten = each_opening(r"signed|entered\s+into", r"\s+an?\s")
    assert [m.span() for m in re.finditer(rewritten, text)] == expected
