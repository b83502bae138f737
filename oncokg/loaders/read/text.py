"""Decoding and text normalisation: bytes to clean text, titles, the limits and
the format table every reader shares."""

from __future__ import annotations

import codecs
import re
import unicodedata
from itertools import pairwise
from typing import Final, TypeAlias

from oncokg.exceptions import InputError
from oncokg.extraction import Document

MAX_DOCUMENT_BYTES: Final = 10 * 1024 * 1024
MAX_TITLE_CHARS: Final = 300

ReadResult: TypeAlias = Document | InputError

FORMAT_BY_SUFFIX: Final = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".rss": "feed",
    ".atom": "feed",
    ".pdf": "pdf",
}
SUPPORTED_SUFFIXES: Final = frozenset(FORMAT_BY_SUFFIX)


_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0 controls except tab, newline, carriage return, form feed and vertical tab; DEL; C1.
_CONTROL_RE: Final = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE: Final = 0.05
LEADING_BLANK_LINES_RE: Final = re.compile(r"(?:[^\S\n]*\n)*")
WHITESPACE_RE: Final = re.compile(r"\s+")


def decode(raw: bytes, source: str) -> str:
    """BOM-aware decoding; else strict UTF-8; else Windows-1252 when that gives clean text."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError as exc:
                reason = f"undecodable {codec} text: {exc.reason} at byte {exc.start}"
                raise InputError(source, reason) from None
    if b"\x00" in raw:
        raise InputError(source, "binary content (NUL bytes), not a text document")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _CONTROL_RE.search(text) is None:
        return text
    bad = raw[utf8_error.start]
    reason = (
        f"undecodable text: not UTF-8 (byte 0x{bad:02x} at offset {utf8_error.start}) "
        "and not Windows-1252 text"
    )
    raise InputError(source, reason)


_SURROGATE_RE = re.compile("[\ud800-\udfff]")
# anything normalise_text may have to change, except \r and text not in NFC
_SUSPECT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


# Typographic variants that look like a space or a hyphen, and invisible break hints: web
# pages put "non\u2011small cell" and "ACM\u2011101" in releases, and "Thera\u00adpeutics"
# hides a word from every rule.
_VARIANTS: Final = {
    **dict.fromkeys(map(ord, "\u00a0\u2007\u202f"), " "),
    **dict.fromkeys(map(ord, "\u2010\u2011"), "-"),
    **dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff"), None),
}
_VARIANT_RE: Final = re.compile("[\u00a0\u2007\u202f\u2010\u2011\u00ad\u200b\u2060\ufeff]")


def _cp1252_char(byte: int) -> str:
    """The character Windows-1252 shows for a byte (Latin-1's where it has none)."""
    return bytes([byte]).decode("cp1252", errors="ignore") or chr(byte)


# UTF-8 read as Windows-1252 somewhere upstream ("Nidlegyâ„¢", "Alzheimerâ€™s"): a UTF-8 lead
# byte's character, then its continuation bytes' characters
_CONTINUATION: Final = "".join(_cp1252_char(b) for b in range(0x80, 0xC0))
_MOJIBAKE_RE: Final = re.compile(
    "(?:[" + "".join(_cp1252_char(b) for b in range(0xC2, 0xF5)) + "]"
    "[" + re.escape(_CONTINUATION) + "]{1,3})+"
)


_BYTE_SHOWN_AS: Final = {_cp1252_char(b): bytes([b]) for b in range(0x80, 0x100)}


def _undo_mojibake(match: re.Match[str]) -> str:
    """The text the run of characters stood for, or the run itself when it is no UTF-8."""
    run = match.group()
    try:
        return b"".join(_BYTE_SHOWN_AS[c] for c in run).decode("utf-8")
    except UnicodeDecodeError:
        return run


def normalise_text(text: str, source: str) -> str:
    """Newlines to \\n, stray control characters removed (many of them: binary), lone
    surrogates (JSON escapes can carry them; no store can encode them) replaced, no-break
    spaces and hyphens made plain and invisible break hints removed, UTF-8 read as
    Windows-1252 upstream repaired, NFC."""
    if ("â" in text or "Ã" in text or "Â" in text) and _MOJIBAKE_RE.search(text):
        text = _MOJIBAKE_RE.sub(_undo_mojibake, text)
    if _VARIANT_RE.search(text) is not None:
        text = text.translate(_VARIANTS)
    if _SUSPECT_RE.search(text) is None:  # the usual clean text: one scan, nothing to fix
        if "\r" not in text and unicodedata.is_normalized("NFC", text):
            return text
    elif _SURROGATE_RE.search(text) is not None:
        text = _SURROGATE_RE.sub("\ufffd", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in ("\f", "\v", "\u2028", "\u2029"):
        if separator in text:
            text = text.replace(separator, "\n")
    if _CONTROL_RE.search(text) is not None:
        count = len(_CONTROL_RE.findall(text))
        if "\x00" in text or count > _MAX_CONTROL_SHARE * len(text):
            reason = (
                f"binary content ({count} control characters in {len(text)}), not a text document"
            )
            raise InputError(source, reason)
        text = _CONTROL_RE.sub("", text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text


# A hard-wrapped text (a plain-text exhibit, an e-mail, a PDF's columns) breaks its lines at a
# fixed width, mid-sentence; a release written for the web keeps each paragraph on one line.
_WRAP_WIDTH: Final = 100
_MIN_WRAPPED_LINES: Final = 3
_OPEN_LINE_END_RE: Final = re.compile(r"[\w,(\-–]\s*$")
_CONNECTIVE_END_RE: Final = re.compile(
    r"\b(?:and|or|of|the|a|an|to|with|for|in|on|by|at|from|its|their|that|which|as)\s*$"
)
_BULLET_START_RE: Final = re.compile(r"\s*(?:[-*•–—●▪·]\s|\(?\d{1,2}[.)]\s)")


def join_wrapped_lines(text: str) -> str:
    """A hard-wrapped text with its lines joined into paragraphs: the sentence rules read
    lines as units, so "agreed to license and collaborate with / Five Prime" must be one line.

    Only a text whose every line fits a fixed width and that breaks at least three lines in
    mid-phrase (no closing punctuation, and the next line running on in lower case or the
    line ending on a word such as "and" or "with") is wrapped;
    within it a line break before a non-blank, non-bullet line becomes a space, so every
    offset stays where it was. Paragraphs (blank lines) and bullets keep their breaks.
    """
    lines = text.split("\n")
    if max(map(len, lines)) > _WRAP_WIDTH:
        return text
    running_on = sum(
        1
        for line, following in pairwise(lines)
        if _OPEN_LINE_END_RE.search(line)
        and (following[:1].islower() or _CONNECTIVE_END_RE.search(line))
    )
    if running_on < _MIN_WRAPPED_LINES:
        return text
    joined = [
        line + (" " if _runs_on(line, following) else "\n") for line, following in pairwise(lines)
    ]
    return "".join(joined) + lines[-1]


def _runs_on(line: str, following: str) -> bool:
    return bool(line.strip() and following.strip()) and not _BULLET_START_RE.match(following)


def trim(text: str) -> str:
    """Drop leading blank lines and trailing whitespace; keep the first line's indentation."""
    start = LEADING_BLANK_LINES_RE.match(text)
    return text[start.end() if start else 0 :].rstrip()


def first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def clean_title(title: str) -> str:
    """Whitespace collapsed, capped at MAX_TITLE_CHARS (at a word boundary when there is one)."""
    title = WHITESPACE_RE.sub(" ", title).strip()
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, MAX_TITLE_CHARS + 1)
    return title[: cut if cut > MAX_TITLE_CHARS * 2 // 3 else MAX_TITLE_CHARS].rstrip()
