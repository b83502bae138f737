"""RSS 2.0 and Atom feeds: one document per item, with its link, its date and its title.

An item's text is its content (or description, or summary) with the markup removed. Pure: an
item that only summarises its release is fetched whole by `web.read_url`, not here.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime
from typing import Final

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.dates import normalise_date
from oncokg.loaders.read.markup import parse_html
from oncokg.loaders.read.text import ReadResult, clean_title

_FEED_ROOT: Final = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.IGNORECASE)
_ATOM: Final = "{http://www.w3.org/2005/Atom}"
_CONTENT: Final = "{http://purl.org/rss/1.0/modules/content/}encoded"


def is_feed(head: str) -> bool:
    """An RSS or Atom document (its root element in the first few kilobytes)."""
    return bool(_FEED_ROOT.search(head[:4096]))


def parse_feed(text: str, source: str) -> list[ReadResult]:
    """One document (or InputError) per item, in feed order."""
    try:
        root = ET.fromstring(text.lstrip("\ufeff"))  # expat refuses entity expansion bombs
    except ET.ParseError as exc:
        raise InputError(source, f"malformed feed: {exc}") from None
    items = root.findall(".//item") or root.findall(f".//{_ATOM}entry")
    if not items:
        raise InputError(source, "the feed holds no items")
    return [_item(item, f"{source}[{index}]") for index, item in enumerate(items)]


def _item(item: ET.Element, fallback_source: str) -> ReadResult:
    title = clean_title(_text(item, "title") or _text(item, f"{_ATOM}title"))
    link = _text(item, "link") or _atom_link(item)
    published = _rss_date(_text(item, "pubDate")) or normalise_date(
        _text(item, f"{_ATOM}published") or _text(item, f"{_ATOM}updated")
    )
    body = (
        _text(item, _CONTENT)
        or _text(item, "description")
        or _text(item, f"{_ATOM}content")
        or _text(item, f"{_ATOM}summary")
    )
    source = link or fallback_source
    text = _plain(body, source) if body else ""
    if not (title or text):
        return InputError(source, "a feed item without title or text")
    full = f"{title}\n\n{text}".strip() if title and not text.startswith(title) else text
    return Document(text=full, title=title, url=link, published=published, source=source)


def _text(item: ET.Element, tag: str) -> str:
    found = item.find(tag)
    return (found.text or "").strip() if found is not None else ""


def _atom_link(item: ET.Element) -> str:
    for link in item.findall(f"{_ATOM}link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href", "").strip()
    return ""


def _rss_date(value: str) -> str:
    """RFC 822 dates ("Tue, 10 Jun 2003 04:00:00 GMT"), as stated (no time-zone shift)."""
    if not value:
        return ""
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return normalise_date(value)


def _plain(body: str, source: str) -> str:
    """An item's HTML (or plain) content as text."""
    if "<" not in body:
        return body.strip()
    try:
        return parse_html(body, source).text
    except InputError:
        return ""
