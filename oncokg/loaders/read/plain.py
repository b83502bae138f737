"""Plain text and Markdown, with the optional corpus header (URL line, date line, title)."""

from __future__ import annotations

import re
from typing import Final

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.dates import normalise_date
from oncokg.loaders.read.text import (
    LEADING_BLANK_LINES_RE,
    clean_title,
    first_line,
    join_wrapped_lines,
    trim,
)

URL_LINE_RE: Final = re.compile(r"https?://\S+", re.IGNORECASE)
_ISO_DATE_LINE_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}(?:T\S*)?")


def _line_at(text: str, pos: int) -> tuple[str, int]:
    """The line starting at `pos` (without its newline) and the start of the next line."""
    end = text.find("\n", pos)
    if end < 0:
        return text[pos:], len(text)
    return text[pos:end], end + 1


def _split_header(text: str) -> tuple[str, str, str]:
    """(url, published, rest) for the optional corpus header; rest starts at the title line.

    The header is a URL line, then a date line (ISO, or empty); or a lone ISO date line.
    Without either, url and published are empty and rest is the text.
    """
    leading = LEADING_BLANK_LINES_RE.match(text)
    pos = leading.end() if leading else 0
    url = published = ""
    line, after = _line_at(text, pos)
    if URL_LINE_RE.fullmatch(line.strip()):
        url = line.strip()
        pos = after
        line, after = _line_at(text, pos)
        stripped = line.strip()
        if not stripped:
            pos = after  # the empty date line
        elif date_value := normalise_date(stripped):
            published, pos = date_value, after
    elif _ISO_DATE_LINE_RE.fullmatch(line.strip()):
        published = normalise_date(line)
        pos = after
    return url, published, text[pos:]


_FRONT_MATTER_RE: Final = re.compile(
    r"---[^\S\n]*\n(.*?)\n(?:---|\.\.\.)[^\S\n]*(?:\n|\Z)", re.DOTALL
)
_FRONT_MATTER_LIMIT: Final = 65536
_FRONT_MATTER_KEYS: Final = {
    "title": "title",
    "url": "url",
    "canonical": "url",
    "canonical_url": "url",
    "link": "url",
    "date": "published",
    "published": "published",
    "publishdate": "published",
    "pubdate": "published",
}


def _split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Markdown's `---`-fenced front matter: simple `key: value` lines read, the block removed."""
    match = _FRONT_MATTER_RE.match(text, 0, min(len(text), _FRONT_MATTER_LIMIT))
    if match is None:
        return text, {}
    meta: dict[str, str] = {}
    for line in match[1].split("\n"):
        key, colon, value = line.partition(":")
        field = _FRONT_MATTER_KEYS.get(key.strip().lower())
        if colon and field and field not in meta:
            meta[field] = value.strip().strip("\"'").strip()
    return text[match.end() :], meta


_MD_ESCAPE_RE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")
_PLACEHOLDER_BASE: Final = 0xE000  # escaped ASCII punctuation hides in the Private Use Area
_PLACEHOLDER_RE: Final = re.compile("[\ue000-\ue07f]")
_RESTORE_ESCAPES: Final = {_PLACEHOLDER_BASE + code: chr(code) for code in range(128)}
_FENCE_RE: Final = re.compile(r" {0,3}(`{3,}|~{3,})")
_RULE_RE: Final = re.compile(r" {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)")
_REFERENCE_DEFINITION_RE: Final = re.compile(r" {0,3}\[(?!\^)[^\]\n]{1,500}\]:[ \t]*\S")
_BLOCKQUOTE_RE: Final = re.compile(r" {0,3}(?:>[ ]?)+")
_HEADING_RE: Final = re.compile(r" {0,3}#{1,6}(?:[ \t]+|$)")
_CLOSING_HASHES_RE: Final = re.compile(r"[ \t]+#+[ \t]*$|^#+[ \t]*$")
_INLINE_TRIGGER_RE: Final = re.compile(r"[*_`~\[!<]")
_INLINE_RULES: Final = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"[ \t]?!\[[^\[\]\n]{0,500}\]\([^()\n]{0,2000}\)", ""),  # image
        (r"[ \t]?!\[[^\[\]\n]{0,500}\]\[[^\[\]\n]{0,500}\]", ""),  # reference image
        (r"\[([^\[\]\n]{0,500})\]\([^()\n]{0,2000}\)", r"\1"),  # link
        (r"\[([^\[\]\n^][^\[\]\n]{0,499})\]\[[^\[\]\n]{0,500}\]", r"\1"),  # reference link
        (r"<(https?://[^\s<>]{1,2000})>", r"\1"),  # autolink
        (r"`([^`\n]{1,500})`", r"\1"),  # code span
        # Emphasis: the content holds no delimiter character, so a failed attempt stops at the
        # next one (linear); single delimiters go first, so `**a *b* c**` also comes out clean.
        (r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])", r"\1"),
        (r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])", r"\1"),
        (r"\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*", r"\1"),
        (r"(?<![\w_])__(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])__(?![\w_])", r"\1"),
        (r"~~(?=[^\s~])([^~\n]{1,300}?)(?<=[^\s~])~~", r"\1"),
    )
)


def _markdown_inline(line: str) -> str:
    if _INLINE_TRIGGER_RE.search(line) is None:
        return line
    for pattern, replacement in _INLINE_RULES:
        line = pattern.sub(replacement, line)
    return line


def _markdown_to_text(markdown: str) -> str:
    """Markdown to plain text, line by line: markers and link syntax go, the words stay."""
    protect = _PLACEHOLDER_RE.search(markdown) is None
    if protect:
        markdown = _MD_ESCAPE_RE.sub(lambda m: chr(_PLACEHOLDER_BASE + ord(m[1])), markdown)
    out: list[str] = []
    fence = ""
    for line in markdown.split("\n"):
        if fence:
            if line.lstrip().startswith(fence):
                fence = ""
                out.append("")
            else:
                out.append(line)
            continue
        if opening := _FENCE_RE.match(line):
            fence = opening[1][:3]
            out.append("")
            continue
        if _RULE_RE.fullmatch(line):
            out.append("")
            continue
        if _REFERENCE_DEFINITION_RE.match(line):
            continue
        if quote := _BLOCKQUOTE_RE.match(line):
            line = line[quote.end() :]
        if heading := _HEADING_RE.match(line):
            line = _CLOSING_HASHES_RE.sub("", line[heading.end() :])
        out.append(_markdown_inline(line))
    text = "\n".join(out)
    return text.translate(_RESTORE_ESCAPES) if protect else text


def parse_plain(text: str, source: str, *, markdown: bool) -> Document:
    meta: dict[str, str] = {}
    if markdown:
        text, meta = _split_front_matter(text)
    url, published, body = _split_header(text)
    if markdown:
        body = _markdown_to_text(body)
    body = join_wrapped_lines(trim(body))
    if not body:
        raise InputError(source, "no text after the header")
    title = clean_title(meta.get("title", "")) or clean_title(first_line(body))
    return Document(
        text=body,
        title=title,
        url=url or meta.get("url", ""),
        published=published or normalise_date(meta.get("published", "")),
        source=source,
    )
