"""Format detection and the pure entry point `parse_bytes`."""

from __future__ import annotations

from typing import Final

from oncokg.exceptions import InputError
from oncokg.loaders.read.feed import is_feed, parse_feed
from oncokg.loaders.read.json_documents import parse_json, parse_json_lines
from oncokg.loaders.read.markup import HTML_SNIFF_RE, parse_html
from oncokg.loaders.read.pdf import pdf_text
from oncokg.loaders.read.plain import parse_plain
from oncokg.loaders.read.text import (
    FORMAT_BY_SUFFIX,
    MAX_DOCUMENT_BYTES,
    ReadResult,
    decode,
    normalise_text,
)

# Binary formats people hand over instead of text, by the bytes they start with.
_PDF_MAGIC: Final = b"%PDF-"
_BINARY_MAGIC: Final = (
    (_PDF_MAGIC, "a PDF file"),  # read by parse_bytes, refused where text is expected
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


def binary_kind(raw: bytes) -> str | None:
    """What binary format `raw` starts as, if it is one people hand over instead of text."""
    return next((what for magic, what in _BINARY_MAGIC if raw.startswith(magic)), None)


def _format_for_suffix(suffix: str) -> str | None:
    suffix = suffix.strip().lower()
    if suffix and not suffix.startswith("."):
        suffix = "." + suffix
    return FORMAT_BY_SUFFIX.get(suffix)


def _sniff(text: str) -> str:
    head = text[:_SNIFF_CHARS].lstrip()
    if head.startswith(("{", "[")):
        return "json"
    if is_feed(head):
        return "feed"
    if head[:16].lower().startswith(("<!doctype", "<html", "<?xml")):
        return "html"
    if len(HTML_SNIFF_RE.findall(head)) >= _HTML_SNIFF_MIN_TAGS:
        return "html"
    return "text"


def parse_bytes(
    raw: bytes, source: str, suffix: str = "", *, max_bytes: int = MAX_DOCUMENT_BYTES
) -> list[ReadResult]:
    """Parse one input into Documents; pure (no I/O).

    `suffix` (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".rss", ".atom",
    ".pdf") picks the format; a PDF is read by its text (`pdf.pdf_text`), a feed gives one
    document per item (`feed.parse_feed`);
    empty or unknown, the format is sniffed from the content. Raises `InputError(source, ...)`
    when the input as a whole is unusable: empty, binary, undecodable, over `max_bytes`,
    malformed JSON, or no text. A failing element of a JSON list or JSON Lines file comes back
    in place as an `InputError` whose source names it (`source[INDEX]`, `source:LINE`).
    """
    if len(raw) > max_bytes:
        raise InputError(source, f"too large: {len(raw)} bytes, over the limit of {max_bytes}")
    if not raw:
        raise InputError(source, "empty input (0 bytes)")
    if raw.startswith(_PDF_MAGIC):
        text = normalise_text(pdf_text(raw, source), source)
        return [parse_plain(text, source, markdown=False)]
    if what := binary_kind(raw):
        raise InputError(source, f"binary content ({what}), not a text document")
    text = normalise_text(decode(raw, source), source)
    if not text.strip():
        raise InputError(source, "empty input (only whitespace)")
    kind = _format_for_suffix(suffix) or _sniff(text)
    if kind == "pdf":
        raise InputError(source, "named .pdf but not a PDF file")
    if kind == "feed":
        return parse_feed(text, source)
    if kind == "json":
        return parse_json(text, source)
    if kind == "jsonl":
        return parse_json_lines(text, source)
    if kind == "html":
        return [parse_html(text, source)]
    return [parse_plain(text, source, markdown=kind == "markdown")]
