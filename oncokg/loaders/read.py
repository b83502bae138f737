"""Read documents: bytes or files in, `Document`s out; bad input becomes an `InputError`.

Two layers:

* `parse_bytes(raw, source, suffix)` is pure: decode, pick the format (by suffix, else by
  sniffing), parse. Plain text and Markdown (with the optional corpus header: a URL line, an
  ISO date line, then the title line), HTML (boilerplate removed, metadata from `<meta>`,
  `<link rel=canonical>`, `<time>`), JSON (one object or a list of them) and JSON Lines.
* `iter_documents(paths)` expands folders and globs, reads each file (size checked before
  reading) and yields what `parse_bytes` gives, plus an `InputError` for each file that cannot
  be read. It never raises for one bad file. A `.jsonl` file streams a line at a time, so the
  size limit is per line (document) and a collection of any size fits in memory.

Result type. A problem with the input as a whole (empty, binary, undecodable, too large,
malformed JSON) raises `InputError` from `parse_bytes`. A problem with one element of a JSON
list or one JSON Lines line is returned in place, in input order: `parse_bytes` returns
`list[Document | InputError]` (`ReadResult`), so one bad element costs only itself.
`iter_documents` yields the same union.

Sources: the path as given; `path:LINE` (1-based) for a JSON Lines line and `path[INDEX]`
(0-based) for an element of a JSON list.

Everything is linear in the input size: the HTML tokenizer below is our own (regular
expressions and `str.find`), because `html.parser` in Python 3.11 takes quadratic time on
unclosed constructs (about 200 s for 240 KB of `<a b='`).
"""

from __future__ import annotations

import codecs
import glob
import html
import json
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO, Final, TypeAlias

from oncokg.exceptions import InputError, printable
from oncokg.loaders.dates import normalise_date
from oncokg.model import Document
from oncokg.schema import PRESS_RELEASE_KIND

logger = logging.getLogger(__name__)

MAX_DOCUMENT_BYTES: Final = 10 * 1024 * 1024
MAX_TITLE_CHARS: Final = 300

ReadResult: TypeAlias = Document | InputError

_FORMAT_BY_SUFFIX: Final = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
}
SUPPORTED_SUFFIXES: Final = frozenset(_FORMAT_BY_SUFFIX)

# ---------------------------------------------------------------------------------------------
# Decoding and text normalisation

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
_LEADING_BLANK_LINES_RE: Final = re.compile(r"(?:[^\S\n]*\n)*")
_WHITESPACE_RE: Final = re.compile(r"\s+")


def _decode(raw: bytes, source: str) -> str:
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
# anything _normalise_text may have to change, except \r and text not in NFC
_SUSPECT_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def _normalise_text(text: str, source: str) -> str:
    """Newlines to \\n, stray control characters removed (many of them: binary), lone
    surrogates (JSON escapes can carry them; no store can encode them) replaced, NFC."""
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


def _trim(text: str) -> str:
    """Drop leading blank lines and trailing whitespace; keep the first line's indentation."""
    start = _LEADING_BLANK_LINES_RE.match(text)
    return text[start.end() if start else 0 :].rstrip()


def _first_line(text: str) -> str:
    end = text.find("\n")
    return text if end < 0 else text[:end]


def _clean_title(title: str) -> str:
    """Whitespace collapsed, capped at MAX_TITLE_CHARS (at a word boundary when there is one)."""
    title = _WHITESPACE_RE.sub(" ", title).strip()
    if len(title) <= MAX_TITLE_CHARS:
        return title
    cut = title.rfind(" ", 0, MAX_TITLE_CHARS + 1)
    return title[: cut if cut > MAX_TITLE_CHARS * 2 // 3 else MAX_TITLE_CHARS].rstrip()


# ---------------------------------------------------------------------------------------------
# Plain text and Markdown

_URL_LINE_RE: Final = re.compile(r"https?://\S+", re.IGNORECASE)
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
    leading = _LEADING_BLANK_LINES_RE.match(text)
    pos = leading.end() if leading else 0
    url = published = ""
    line, after = _line_at(text, pos)
    if _URL_LINE_RE.fullmatch(line.strip()):
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


def _parse_plain(text: str, source: str, *, markdown: bool) -> Document:
    meta: dict[str, str] = {}
    if markdown:
        text, meta = _split_front_matter(text)
    url, published, body = _split_header(text)
    if markdown:
        body = _markdown_to_text(body)
    body = _trim(body)
    if not body:
        raise InputError(source, "no text after the header")
    title = _clean_title(meta.get("title", "")) or _clean_title(_first_line(body))
    return Document(
        text=body,
        title=title,
        url=url or meta.get("url", ""),
        published=published or normalise_date(meta.get("published", "")),
        source=source,
    )


# ---------------------------------------------------------------------------------------------
# HTML

_SKIP_TAGS: Final = frozenset(
    [
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "iframe",
        "svg",
        "template",
        "canvas",
        "object",
        "textarea",
        "select",
    ]
)
# Inside <article> or <main>, <header> and <footer> belong to the content (title, dateline).
_SECTIONING_CONTENT: Final = frozenset({"article", "main"})
_CONTENT_SCOPED_TAGS: Final = frozenset({"header", "footer"})
# Elements whose content is raw text: no tags inside, up to the matching end tag.
_RAW_TEXT_TAGS: Final = frozenset(
    ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"]
)
_RAW_TEXT_END_RE: Final = {
    tag: re.compile(rf"</{tag}(?![^\s/>])", re.IGNORECASE) for tag in _RAW_TEXT_TAGS
}
_PARAGRAPH_TAGS: Final = frozenset(
    [
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "blockquote",
        "ul",
        "ol",
        "dl",
        "table",
        "pre",
        "figure",
        "figcaption",
        "hr",
        "address",
        "details",
        "summary",
        "fieldset",
    ]
)
_LINE_TAGS: Final = frozenset({"br", "li", "tr", "dt", "dd", "caption", "option"})
_CELL_TAGS: Final = frozenset({"td", "th"})
_METADATA_TAGS: Final = frozenset({"meta", "link", "time"})

_TAG_OPEN_RE: Final = re.compile(r"<(?:(!--)|(/?)([a-zA-Z][^\s/>]*)|[!?/])")
# The rest of a tag up to its `>`, quotes respected; written so that a failed match backtracks
# in linear time (each repetition starts with a quote, so there is one way to split).
_TAG_REST_RE: Final = re.compile(r"""[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_ATTRIBUTE_RE: Final = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
)
_PUBLISHED_PROPERTIES: Final = ("article:published_time", "og:published_time", "datepublished")
_DATE_NAMES: Final = frozenset(
    {"date", "dc.date", "dcterms.date", "dc.date.issued", "publication_date", "pubdate"}
)
_HTML_SNIFF_RE: Final = re.compile(
    r"</?(?:html|head|body|div|p|span|a|br|h[1-6]|ul|ol|li|table|tr|td|meta|link|script"
    r"|style|section|article|img|strong|em|b|i)[\s/>]",
    re.IGNORECASE,
)


def _attributes(text: str) -> dict[str, str]:
    attributes: dict[str, str] = {}
    for name, double, single, bare in _ATTRIBUTE_RE.findall(text):
        attributes.setdefault(name.lower(), html.unescape(double or single or bare))
    return attributes


class _HtmlText:
    """Collects the readable text and the metadata of one HTML page from tokenizer events."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.skip_open: dict[str, int] = {}
        self.skipping = 0
        self.sectioning = 0
        self.pre = 0
        self.title = ""
        self.h1: list[str] | None = None  # collecting while inside the first <h1>
        self.first_h1 = ""
        self.meta: dict[str, str] = {}

    def start(self, tag: str, attribute_text: str, self_closing: bool) -> None:
        if tag in _METADATA_TAGS:
            self._metadata(tag, _attributes(attribute_text))
        if tag in _SKIP_TAGS and not (tag in _CONTENT_SCOPED_TAGS and self.sectioning):
            if not self_closing:
                self.skip_open[tag] = self.skip_open.get(tag, 0) + 1
                self.skipping += 1
            return
        if self.skipping:
            return
        if tag in _SECTIONING_CONTENT:
            self.sectioning += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "h1" and not self.first_h1 and self.h1 is None:
            self.h1 = []
        self._block(tag, start=True)
        if self_closing:
            self.end(tag)

    def end(self, tag: str) -> None:
        if self.skip_open.get(tag):
            self.skip_open[tag] -= 1
            self.skipping -= 1
            return
        if self.skipping:
            return
        if tag in _SECTIONING_CONTENT and self.sectioning:
            self.sectioning -= 1
        elif tag == "pre" and self.pre:
            self.pre -= 1
        elif tag == "h1" and self.h1 is not None:
            self.first_h1 = _clean_title("".join(self.h1))
            self.h1 = None
        self._block(tag, start=False)

    def data(self, text: str) -> None:
        if self.skipping:
            return
        if "&" in text:
            text = html.unescape(text)
        if not self.pre:
            text = _WHITESPACE_RE.sub(" ", text)
        self.parts.append(text)
        if self.h1 is not None:
            self.h1.append(text)

    def raw(self, tag: str, content: str) -> None:
        """The content of a raw-text element (script, style, title, ...)."""
        if tag == "title":
            if not self.title and not self.skipping:
                self.title = _clean_title(html.unescape(content))
        elif tag not in _SKIP_TAGS:
            self.data(content)

    def _block(self, tag: str, *, start: bool) -> None:
        """Paragraph elements are set apart by a blank line; a line element starts a line."""
        if tag in _PARAGRAPH_TAGS:
            self.parts.append("\n\n")
        elif start and tag in _LINE_TAGS:
            self.parts.append("\n")
        elif start and tag in _CELL_TAGS:
            self.parts.append(" ")

    def _metadata(self, tag: str, attributes: dict[str, str]) -> None:
        meta = self.meta
        if tag == "meta":
            key = (
                attributes.get("property")
                or attributes.get("name")
                or attributes.get("itemprop")
                or ""
            ).lower()
            content = attributes.get("content", "").strip()
            if not content:
                return
            if key in _PUBLISHED_PROPERTIES:
                meta.setdefault("published_meta", content)
            elif key in _DATE_NAMES:
                meta.setdefault("date_meta", content)
            elif key == "og:url":
                meta.setdefault("og_url", content)
            elif key == "og:title":
                meta.setdefault("og_title", content)
        elif tag == "link":
            if "canonical" in attributes.get("rel", "").lower().split():
                meta.setdefault("canonical", attributes.get("href", "").strip())
        elif not self.skipping and attributes.get("datetime", "").strip():
            meta.setdefault("time", attributes["datetime"].strip())

    def heading(self) -> str:
        """The first <h1>, also when the page never closes it."""
        return self.first_h1 or _clean_title("".join(self.h1 or ()))

    def text(self) -> str:
        lines = [line.strip() for line in "".join(self.parts).split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    def published(self) -> str:
        for key in ("published_meta", "date_meta", "time"):
            if value := normalise_date(self.meta.get(key, "")):
                return value
        return ""

    def url(self) -> str:
        for key in ("canonical", "og_url"):
            value = self.meta.get(key, "")
            if _URL_LINE_RE.fullmatch(value):
                return value
        return ""


def _tokenize_html(markup: str, sink: _HtmlText) -> None:
    """Feed tags, text and raw-text content to `sink`, in one linear pass without recursion.

    Follows the HTML tokenizer where it matters: comments run to `-->`, `<!...>` and `<?...>`
    to `>`, a `<` that starts no tag is text, a tag cut off by the end of input is dropped,
    script/style/title content is raw text up to its end tag.
    """
    n = len(markup)
    pos = 0
    quotes_ok = True  # after one unclosed quote, find `>` without quotes: stays linear
    while pos < n:
        lt = markup.find("<", pos)
        if lt < 0:
            sink.data(markup[pos:])
            return
        if lt > pos:
            sink.data(markup[pos:lt])
        opening = _TAG_OPEN_RE.match(markup, lt)
        if opening is None:
            sink.data("<")
            pos = lt + 1
            continue
        if opening[1]:  # <!-- comment -->
            close = markup.find("-->", opening.end())
            pos = n if close < 0 else close + 3
            continue
        name = opening[3]
        if name is None:  # <!doctype>, <?xml?>, </ junk>: skipped up to `>`
            close = markup.find(">", opening.end())
            pos = n if close < 0 else close + 1
            continue
        rest = _TAG_REST_RE.match(markup, opening.end()) if quotes_ok else None
        if rest is not None:
            close = rest.end() - 1
        else:
            quotes_ok = False
            close = markup.find(">", opening.end())
        if close < 0:
            return  # a tag cut off by the end of the input
        tag = name.lower()
        pos = close + 1
        if opening[2]:
            sink.end(tag)
            continue
        attribute_text = markup[opening.end() : close]
        self_closing = attribute_text.endswith("/")
        sink.start(tag, attribute_text, self_closing)
        if tag in _RAW_TEXT_TAGS and not self_closing:
            end_tag = _RAW_TEXT_END_RE[tag].search(markup, pos)
            if end_tag is None:
                sink.raw(tag, markup[pos:])
                sink.end(tag)
                return
            sink.raw(tag, markup[pos : end_tag.start()])
            close = markup.find(">", end_tag.end())
            pos = n if close < 0 else close + 1
            sink.end(tag)


def _parse_html(markup: str, source: str) -> Document:
    sink = _HtmlText()
    _tokenize_html(markup, sink)
    text = sink.text()
    if not text:
        raise InputError(source, "no text content after removing the markup")
    title = (
        sink.title
        or _clean_title(sink.meta.get("og_title", ""))
        or sink.heading()
        or _clean_title(_first_line(text))
    )
    return Document(
        text=text, title=title, url=sink.url(), published=sink.published(), source=source
    )


# ---------------------------------------------------------------------------------------------
# JSON and JSON Lines


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _optional_string(obj: dict[str, Any], field: str, source: str) -> str:
    value = obj.get(field)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InputError(source, f"field '{field}' must be a string, got {_json_type(value)}")
    return value.strip()


def _json_date(value: object) -> str:
    if isinstance(value, str):
        return normalise_date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return normalise_date(str(value))
    return ""  # an unusable date is dropped, not an error


def _json_document(obj: object, source: str) -> Document:
    if not isinstance(obj, dict):
        raise InputError(source, f"expected a JSON object, got {_json_type(obj)}")
    if "text" not in obj:
        raise InputError(source, "missing required field 'text'")
    raw_text = obj["text"]
    if not isinstance(raw_text, str):
        raise InputError(source, f"field 'text' must be a string, got {_json_type(raw_text)}")
    text = _trim(_normalise_text(raw_text, source))
    if not text:
        raise InputError(source, "field 'text' is empty")
    title = _clean_title(_normalise_text(_optional_string(obj, "title", source), source))
    return Document(
        text=text,
        title=title or _clean_title(_first_line(text)),
        url=_normalise_text(_optional_string(obj, "url", source), source).strip(),
        published=_json_date(obj.get("published", obj.get("date"))),
        kind=_normalise_text(_optional_string(obj, "kind", source), source) or PRESS_RELEASE_KIND,
        source=source,
    )


def _parse_json(text: str, source: str) -> list[ReadResult]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data" and text.lstrip().startswith("{"):
            return _parse_json_lines(text, source)  # JSON Lines under a .json name
        reason = f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise InputError(source, reason) from None
    except RecursionError:
        raise InputError(source, "malformed JSON: nested too deeply") from None
    except ValueError as exc:  # e.g. an integer beyond the interpreter's digit limit
        raise InputError(source, f"malformed JSON: {exc}") from None
    if isinstance(data, dict):
        return [_json_document(data, source)]
    if not isinstance(data, list):
        reason = f"expected a JSON object or a list of objects, got {_json_type(data)}"
        raise InputError(source, reason)
    if not data:
        raise InputError(source, "the JSON list holds no documents")
    results: list[ReadResult] = []
    for index, item in enumerate(data):
        try:
            results.append(_json_document(item, f"{source}[{index}]"))
        except InputError as error:
            results.append(error)
    return results


def _parse_json_lines(text: str, source: str) -> list[ReadResult]:
    return [
        _json_line(line, f"{source}:{number}")
        for number, line in enumerate(text.split("\n"), start=1)
        if line.strip()
    ]


def _json_line(line: str, line_source: str) -> ReadResult:
    """One JSON Lines line as a Document, or the InputError that names it."""
    try:
        return _json_document(json.loads(line), line_source)
    except InputError as error:
        return error
    except json.JSONDecodeError as exc:
        return InputError(line_source, f"malformed JSON at column {exc.colno}: {exc.msg}")
    except RecursionError:
        return InputError(line_source, "malformed JSON: nested too deeply")
    except ValueError as exc:
        return InputError(line_source, f"malformed JSON: {exc}")


# ---------------------------------------------------------------------------------------------
# Format detection and the pure entry point

# Binary formats people hand over instead of text, by the bytes they start with.
_BINARY_MAGIC: Final = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX, XLSX, PPTX)"),
    (b"\x1f\x8b", "a gzip file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an Office (OLE) file"),
    (b"\x7fELF", "an executable"),
)
_SNIFF_CHARS: Final = 65536
_HTML_SNIFF_MIN_TAGS: Final = 5


def _binary_kind(raw: bytes) -> str | None:
    """What binary format `raw` starts as, if it is one people hand over instead of text."""
    return next((what for magic, what in _BINARY_MAGIC if raw.startswith(magic)), None)


def _format_for_suffix(suffix: str) -> str | None:
    suffix = suffix.strip().lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    return _FORMAT_BY_SUFFIX.get(suffix)


def _sniff(text: str) -> str:
    head = text[:_SNIFF_CHARS].lstrip()
    if head.startswith(("{", "[")):
        return "json"
    if head[:16].lower().startswith(("<!doctype", "<html", "<?xml")):
        return "html"
    if len(_HTML_SNIFF_RE.findall(head)) >= _HTML_SNIFF_MIN_TAGS:
        return "html"
    return "text"


def parse_bytes(
    raw: bytes, source: str, suffix: str = "", *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> list[ReadResult]:
    """Parse one input into Documents; pure (no I/O).

    `suffix` (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl") picks the format;
    empty or unknown, the format is sniffed from the content. Raises `InputError(source, ...)`
    when the input as a whole is unusable: empty, binary, undecodable, over `max_bytes`,
    malformed JSON, or no text. A failing element of a JSON list or JSON Lines file comes back
    in place as an `InputError` whose source names it (`source[INDEX]`, `source:LINE`).
    """
    if len(raw) > max_bytes:
        raise InputError(source, f"too large: {len(raw)} bytes, over the limit of {max_bytes}")
    if not raw:
        raise InputError(source, "empty input (0 bytes)")
    if what := _binary_kind(raw):
        raise InputError(source, f"binary content ({what}), not a text document")
    text = _normalise_text(_decode(raw, source), source)
    if not text.strip():
        raise InputError(source, "empty input (only whitespace)")
    kind = _format_for_suffix(suffix) or _sniff(text)
    if kind == "json":
        return _parse_json(text, source)
    if kind == "jsonl":
        return _parse_json_lines(text, source)
    if kind == "html":
        return [_parse_html(text, source)]
    return [_parse_plain(text, source, markdown=kind == "markdown")]


# ---------------------------------------------------------------------------------------------
# Files and folders

_GLOB_CHARS_RE: Final = re.compile(r"[*?\[]")


def _walk(root: Path, *, recursive: bool) -> Iterator[Path | InputError]:
    """Supported files under `root`: each folder's files by name, then its sub-folders.

    Hidden entries are skipped, and so are links to folders (no cycles).
    """
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as exc:
            yield InputError(source_name(folder), f"cannot list folder: {exc.strerror or exc}")
            continue
        subfolders: list[Path] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    if recursive:
                        subfolders.append(Path(entry.path))
                elif Path(entry.name).suffix.lower() not in SUPPORTED_SUFFIXES:
                    continue
                elif entry.is_file():
                    yield Path(entry.path)
                elif entry.is_symlink() and not os.path.exists(entry.path):
                    yield InputError(source_name(entry.path), "dangling link, skipped")
                elif not entry.is_dir():  # a FIFO, socket or device: never opened
                    yield InputError(source_name(entry.path), "not a regular file, skipped")
            except OSError as exc:
                yield InputError(source_name(entry.path), f"cannot read: {exc.strerror or exc}")
        stack.extend(reversed(subfolders))


def _expand(given: Path | str, *, recursive: bool) -> Iterator[Path | InputError]:
    """Each file that `given` (a file, a folder or a glob pattern) stands for, or an InputError."""
    if isinstance(given, str) and _GLOB_CHARS_RE.search(given) and not os.path.exists(given):
        matches = sorted(glob.glob(given, recursive=True))
        if not matches:
            yield InputError(given, "no files match this pattern")
        seen: set[Path] = set()
        for match in matches:
            for item in _expand(Path(match), recursive=recursive):
                if isinstance(item, Path):
                    if item in seen:
                        continue
                    seen.add(item)
                yield item
        return
    path = Path(given)
    if path.is_dir():
        yield from _walk(path, recursive=recursive)
    else:
        yield path


def source_name(path: Path | str) -> str:
    """A path as a printable, storable string: bytes that are not UTF-8 (kept by the OS as
    surrogate escapes, which no store can encode) become `\\xff`, and control characters
    (which could rewrite a terminal line) `\\x1b`; the escaping is the `backslashreplace`
    one, so the original name can be read back from it."""
    return printable(os.fsencode(path).decode("utf-8", "backslashreplace"))


def document_source(path: Path) -> str:
    """The source a document read from `path` is stored under: its absolute, resolved path,
    so that a changed file given later through another spelling of its path (relative,
    through a link) replaces what the earlier version stated."""
    try:
        return source_name(path.resolve())
    except (OSError, RuntimeError):  # a link loop, or a path the OS cannot resolve
        return source_name(path.absolute())


def _read_error(source: str, exc: OSError) -> InputError:
    if isinstance(exc, FileNotFoundError):
        return InputError(source, "no such file or folder")
    if isinstance(exc, PermissionError):
        return InputError(source, "permission denied")
    return InputError(source, f"cannot read: {exc.strerror or exc}")


def _read_file(path: Path, max_bytes: int) -> bytes:
    source = source_name(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(source, "not a regular file")
        if info.st_size > max_bytes:
            raise InputError(
                source, f"too large: {info.st_size} bytes, over the limit of {max_bytes}"
            )
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as exc:
        raise _read_error(source, exc) from None
    if len(raw) > max_bytes:
        raise InputError(source, f"too large: over the limit of {max_bytes} bytes")
    return raw


def _stream_json_lines(path: Path, max_bytes: int) -> Iterator[ReadResult]:
    """A JSON Lines file, a line at a time: memory follows the longest line, not the file,
    and the size limit applies to each line (one document), so a collection of any size
    streams through. Lines must be UTF-8, as JSON Lines requires."""
    source, stored = source_name(path), document_source(path)
    found = False
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise InputError(source, "not a regular file")
        with path.open("rb") as handle:
            for number, raw in enumerate(_capped_lines(handle, max_bytes), start=1):
                if number == 1 and raw is not None:
                    raw = raw.removeprefix(codecs.BOM_UTF8)
                    if what := _binary_kind(raw):
                        raise InputError(source, f"binary content ({what}), not JSON Lines")
                if raw is None or raw.strip():
                    found = True
                    yield _raw_json_line(raw, f"{stored}:{number}", max_bytes)
    except InputError as error:
        yield error
    except OSError as exc:
        yield _read_error(source, exc)
    else:
        if not found:
            yield InputError(source, "empty input (no JSON Lines)")


def _capped_lines(handle: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """The lines of a binary file, without their newline; None for a line longer than
    `max_bytes` (the rest of it is skipped unread into memory)."""
    while line := handle.readline(max_bytes + 1):
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(max_bytes)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line.rstrip(b"\r\n")


def _raw_json_line(raw: bytes | None, line_source: str, max_bytes: int) -> ReadResult:
    if raw is None:
        return InputError(line_source, f"too large: a line over the limit of {max_bytes} bytes")
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(line_source, f"undecodable text: not UTF-8 at column {exc.start + 1}")
    try:
        return _json_line(_normalise_text(line, line_source), line_source)
    except InputError as error:
        return error


def _read_and_parse(path: Path, max_bytes: int) -> list[ReadResult]:
    source = source_name(path)
    suffix = path.suffix.lower()
    try:
        raw = _read_file(path, max_bytes)
        found = parse_bytes(
            raw, source, suffix if suffix in SUPPORTED_SUFFIXES else "", max_bytes=max_bytes
        )
        stored = document_source(path)
        return [
            replace(item, source=stored + item.source[len(source) :])
            if isinstance(item, Document)
            else item
            for item in found
        ]
    except InputError as error:
        return [error]
    except Exception as exc:  # a parser bug must not stop a batch: report it against the file
        logger.exception("unexpected error while reading %s", source)
        return [InputError(source, f"unexpected error: {type(exc).__name__}: {exc}")]


def iter_documents(
    paths: Iterable[Path | str] | Path | str,
    *,
    recursive: bool = True,
    max_bytes: int = MAX_DOCUMENT_BYTES,
) -> Iterator[ReadResult]:
    """Documents (or InputErrors) from files, folders and glob patterns, in a stable order.

    Folders are walked (recursively unless told otherwise) in sorted order, skipping hidden
    entries and files whose suffix is not supported; a file named explicitly or matched by a
    glob is read whatever its suffix (its format is then sniffed). A missing path, a folder
    that cannot be listed, an unreadable or oversize file, or bad content yields an InputError
    naming it; nothing here raises for one bad input.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    for given in paths:
        for item in _expand(given, recursive=recursive):
            if isinstance(item, InputError):
                yield item
            elif item.suffix.lower() == ".jsonl":
                yield from _stream_json_lines(item, max_bytes)
            else:
                yield from _read_and_parse(item, max_bytes)
