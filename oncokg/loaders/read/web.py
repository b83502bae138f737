"""Documents from the web: a release page, a PDF or a feed at an http(s) URL.

The format comes from the Content-Type (then from the URL's suffix, then from the content).
Every fetch has a timeout and a size limit. A feed item that only summarises its release
(a short text with a link) is replaced by the page it links to, keeping the item's date when
the page states none; at most `MAX_ITEM_PAGES` pages per feed are fetched.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import Final
from urllib.parse import urlsplit

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.read.parse import parse_bytes
from oncokg.loaders.read.text import MAX_DOCUMENT_BYTES, ReadResult

TIMEOUT_S: Final = 20.0
MAX_ITEM_PAGES: Final = 100
SUMMARY_CHARS: Final = 600  # an item's text shorter than this only summarises its release
USER_AGENT: Final = "OncoKG/0.1 (+press-release reader)"
_SUFFIX_BY_TYPE: Final = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "application/pdf": ".pdf",
    "application/rss+xml": ".rss",
    "application/atom+xml": ".atom",
    "application/json": ".json",
    "application/x-ndjson": ".jsonl",
    "application/jsonl": ".jsonl",
    "text/markdown": ".md",
    "text/plain": ".txt",
}


def is_url(given: object) -> bool:
    return isinstance(given, str) and given.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Fetched:
    body: bytes
    content_type: str
    url: str  # after redirects


def fetch(url: str, *, timeout: float = TIMEOUT_S, max_bytes: int = MAX_DOCUMENT_BYTES) -> Fetched:
    """The body at `url`; InputError naming it for anything but a 2xx answer within the
    timeout and the size limit."""
    if not is_url(url):
        raise InputError(url, "only http and https URLs are read")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"too large: {length} bytes, over the limit of {max_bytes}")
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(url, f"too large: over the limit of {max_bytes} bytes")
            content_type = response.headers.get_content_type()
            return Fetched(body, content_type, response.geturl())
    except urllib.error.HTTPError as exc:
        raise InputError(url, f"HTTP {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise InputError(url, f"could not fetch: {reason}") from None


def read_url(url: str, *, max_bytes: int = MAX_DOCUMENT_BYTES) -> list[ReadResult]:
    """The documents at `url` (one, or one per feed item), or an InputError naming it."""
    try:
        fetched = fetch(url, max_bytes=max_bytes)
        suffix = _suffix(fetched)
        items = parse_bytes(fetched.body, url, suffix, max_bytes=max_bytes)
    except InputError as error:
        return [error]
    documents = [_with_url(item, fetched.url) for item in items]
    if len(documents) > 1 or suffix in (".rss", ".atom"):
        return _whole_items(documents, max_bytes)
    return documents


def _suffix(fetched: Fetched) -> str:
    return (
        _SUFFIX_BY_TYPE.get(fetched.content_type)
        or PurePosixPath(urlsplit(fetched.url).path).suffix
    )


def _with_url(item: ReadResult, url: str) -> ReadResult:
    """A page read from the web is known by its URL unless it names its own."""
    if isinstance(item, Document) and not item.url and item.source == url:
        return replace(item, url=url)
    return item


def _whole_items(items: list[ReadResult], max_bytes: int) -> list[ReadResult]:
    """Feed items with their release page when the item only summarises it."""
    out: list[ReadResult] = []
    fetched = 0
    for item in items:
        short = isinstance(item, Document) and len(item.text) < SUMMARY_CHARS
        if not (short and isinstance(item, Document) and is_url(item.url)) or (
            fetched >= MAX_ITEM_PAGES
        ):
            out.append(item)
            continue
        fetched += 1
        page = read_url(item.url, max_bytes=max_bytes)
        whole = page[0] if len(page) == 1 and isinstance(page[0], Document) else None
        if whole is None:
            out.append(item)  # the summary is better than nothing
            continue
        out.append(
            replace(
                whole,
                title=whole.title or item.title,
                published=whole.published or item.published,
                url=item.url,
                source=item.url,
            )
        )
    return out
