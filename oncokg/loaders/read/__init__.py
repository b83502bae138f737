"""Read documents: bytes or files in, `Document`s out; bad input becomes an `InputError`.

Two layers:

* `parse_bytes(raw, source, suffix)` is pure: decode, pick the format (by suffix, else by
  sniffing), parse. Plain text and Markdown (with the optional corpus header: a URL line, an
  ISO date line, then the title line), HTML (boilerplate removed, metadata from `<meta>`,
  `<link rel=canonical>`, `<time>`), JSON (one object or a list of them), JSON Lines, PDF
  (its text) and RSS/Atom feeds (a document per item).
* `iter_documents(paths)` expands folders and globs, reads each file (size checked before
  reading) or http(s) URL (`web`: timeout, size limit, format from the Content-Type) and
  yields what `parse_bytes` gives, plus an `InputError` for each input that cannot be read.
  It never raises for one bad input. A `.jsonl` file streams a line at a time, so the size
  limit is per line (document) and a collection of any size fits in memory.

Result type. A problem with the input as a whole (empty, binary, undecodable, too large,
malformed JSON) raises `InputError` from `parse_bytes`. A problem with one element of a JSON
list or one JSON Lines line is returned in place, in input order: `parse_bytes` returns
`list[Document | InputError]` (`ReadResult`), so one bad element costs only itself.
`iter_documents` yields the same union.

Sources: the path or URL as given; `path:LINE` (1-based) for a JSON Lines line, `path[INDEX]`
(0-based) for an element of a JSON list, a feed item's link (else `feed[INDEX]`).

Everything is linear in the input size: the HTML tokenizer (`markup`) is our own (regular
expressions and `str.find`), because `html.parser` in Python 3.11 takes quadratic time on
unclosed constructs (about 200 s for 240 KB of `<a b='`).
"""

from __future__ import annotations

from oncokg.loaders.read.files import document_source, iter_documents, source_name
from oncokg.loaders.read.parse import parse_bytes
from oncokg.loaders.read.text import (
    MAX_DOCUMENT_BYTES,
    MAX_TITLE_CHARS,
    SUPPORTED_SUFFIXES,
    ReadResult,
)

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "MAX_TITLE_CHARS",
    "SUPPORTED_SUFFIXES",
    "ReadResult",
    "document_source",
    "iter_documents",
    "parse_bytes",
    "source_name",
]
