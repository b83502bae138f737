"""HTML: text without boilerplate, metadata from `<meta>`, `<link rel=canonical>` and
`<time>`. The tokenizer is our own and linear in the input (`html.parser` in Python 3.11
takes quadratic time on unclosed constructs)."""

from __future__ import annotations

import html
import re
from typing import Final

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.dates import normalise_date
from oncokg.loaders.read.plain import URL_LINE_RE
from oncokg.loaders.read.text import WHITESPACE_RE, clean_title, first_line

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
HTML_SNIFF_RE: Final = re.compile(
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
            self.first_h1 = clean_title("".join(self.h1))
            self.h1 = None
        self._block(tag, start=False)

    def data(self, text: str) -> None:
        if self.skipping:
            return
        if "&" in text:
            text = html.unescape(text)
        if not self.pre:
            text = WHITESPACE_RE.sub(" ", text)
        self.parts.append(text)
        if self.h1 is not None:
            self.h1.append(text)

    def raw(self, tag: str, content: str) -> None:
        """The content of a raw-text element (script, style, title, ...)."""
        if tag == "title":
            if not self.title and not self.skipping:
                self.title = clean_title(html.unescape(content))
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
        return self.first_h1 or clean_title("".join(self.h1 or ()))

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
            if URL_LINE_RE.fullmatch(value):
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


def parse_html(markup: str, source: str) -> Document:
    sink = _HtmlText()
    _tokenize_html(markup, sink)
    text = sink.text()
    if not text:
        raise InputError(source, "no text content after removing the markup")
    title = (
        sink.title
        or clean_title(sink.meta.get("og_title", ""))
        or sink.heading()
        or clean_title(first_line(text))
    )
    return Document(
        text=text, title=title, url=sink.url(), published=sink.published(), source=source
    )
