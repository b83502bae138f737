"""Reading documents: formats, metadata, encodings, bad input, folders and globs."""

from __future__ import annotations

import codecs
import contextlib
import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.read import (
    MAX_DOCUMENT_BYTES,
    MAX_TITLE_CHARS,
    ReadResult,
    iter_documents,
    parse_bytes,
)

SAMPLES = Path(__file__).resolve().parents[2] / "oncokg" / "samples"
SUFFIXES = ["", ".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".dat"]

CORPUS_DOC = (
    "https://www.servier.com/en/servier-and-ucl/\n"
    "2019-12-10\n"
    "Servier and UCL collaborate in fight against immune-inflammatory diseases\n"
    "\n"
    "Paris and London, December 10, 2019 - Servier and UCL will collaborate.\n"
)


def one(raw: bytes | str, suffix: str = "", source: str = "doc") -> Document:
    """The single Document parsed from `raw`; fails the test on anything else."""
    data = raw.encode("utf-8") if isinstance(raw, str) else raw
    results = parse_bytes(data, source, suffix)
    assert len(results) == 1
    assert isinstance(results[0], Document), results[0]
    return results[0]


def input_error(raw: bytes, suffix: str = "", source: str = "doc", **kwargs: int) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_bytes(raw, source, suffix, **kwargs)
    assert caught.value.source == source
    assert str(caught.value).startswith(f"{source}: ")
    return caught.value


# --- plain text and the corpus header ---------------------------------------------------------


def test_text_corpus_header_is_read_and_removed() -> None:
    doc = one(CORPUS_DOC, ".txt")
    assert doc.url == "https://www.servier.com/en/servier-and-ucl/"
    assert doc.published == "2019-12-10"
    assert doc.title == "Servier and UCL collaborate in fight against immune-inflammatory diseases"
    assert doc.text.startswith(doc.title + "\n\nParis and London")
    assert "https://" not in doc.text
    assert "2019-12-10" not in doc.text


def test_text_header_with_empty_date_line() -> None:
    doc = one("https://example.org/a\n\nThe title\n\nThe body.\n", ".txt")
    assert (doc.url, doc.published, doc.title) == ("https://example.org/a", "", "The title")
    assert doc.text == "The title\n\nThe body."


def test_text_header_with_date_only() -> None:
    doc = one("2020-03-04\nThe title\n\nThe body.", ".txt")
    assert (doc.url, doc.published, doc.title) == ("", "2020-03-04", "The title")
    assert doc.text == "The title\n\nThe body."


def test_text_title_line_that_starts_with_a_date_is_not_a_header() -> None:
    doc = one("2019-12-10 results of the phase 3 trial\n\nBody.", ".txt")
    assert doc.published == ""
    assert doc.title == "2019-12-10 results of the phase 3 trial"


@pytest.mark.parametrize(
    "name", ["servier-oncology-research.txt", "servier-ucl-immune-inflammatory-2019.txt"]
)
def test_text_bundled_samples_without_header(name: str) -> None:
    raw = (SAMPLES / name).read_bytes()
    doc = one(raw, ".txt", source=name)
    first_line = raw.decode("utf-8").split("\n", 1)[0].strip()
    assert (doc.url, doc.published) == ("", "")
    assert doc.text == raw.decode("utf-8").strip().replace("\xa0", " ")  # no-break spaces
    assert 0 < len(doc.title) <= MAX_TITLE_CHARS
    assert first_line.startswith(doc.title)
    assert doc.source == name


def test_text_long_first_line_title_is_capped_at_a_word() -> None:
    line = "word " * 200
    doc = one(line + "\n\nBody.", ".txt")
    assert len(doc.title) <= MAX_TITLE_CHARS
    assert doc.title.endswith("word")
    assert doc.text.startswith(line.strip())


def test_text_newlines_and_unicode_are_normalised() -> None:
    doc = one("Cafe\u0301 title\r\nline two\rline three\n\n\n".encode(), ".txt")
    assert doc.text == "Caf\u00e9 title\nline two\nline three"
    assert doc.title == "Caf\u00e9 title"


def test_text_utf8_read_as_windows_1252_upstream_is_repaired() -> None:
    doc = one("Zorvexaâ„¢ for Alzheimerâ€™s disease, cafÃ© â€œbrewedâ€\x9d".encode(), ".txt")
    assert doc.text == "Zorvexa™ for Alzheimer’s disease, café “brewed”"
    # (text that is no such run stays as written)
    assert one("plain â text, São Paulo".encode(), ".txt").text == "plain â text, São Paulo"


# --- HTML --------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head>
<title>Servier and UCL collaborate | Servier</title>
<meta property="article:published_time" content="2019-12-10T08:00:00+01:00">
<link rel="canonical" href="https://servier.com/news/ucl">
<meta property="og:url" content="https://servier.com/og">
<script>var s = "<p>script text</p>";</script>
<style>p { color: red; }</style>
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Servier &amp; UCL   collaborate</h1>
<p>Paris, December 10, 2019 &ndash; Servier and
   UCL announce a <b>strategic</b> collaboration.</p>
<ul><li>Lupus</li><li>Systemic sclerosis</li></ul>
<p>First line<br>second line</p>
</article></main>
<aside>Related news</aside>
<form><input name="q"> Search</form>
<noscript>Enable JavaScript</noscript>
<footer>Cookie policy</footer>
</body></html>
"""


def test_html_boilerplate_is_dropped_and_blocks_become_lines() -> None:
    doc = one(PAGE, ".html")
    assert doc.text == (
        "Servier & UCL collaborate\n\n"
        "Paris, December 10, 2019 – Servier and UCL announce a strategic collaboration.\n\n"
        "Lupus\nSystemic sclerosis\n\n"
        "First line\nsecond line"
    )
    for boilerplate in ("script text", "color", "Home", "Related", "Search", "Cookie", "Enable"):
        assert boilerplate not in doc.text


def test_html_metadata_from_head() -> None:
    doc = one(PAGE, ".html")
    assert doc.title == "Servier and UCL collaborate | Servier"
    assert doc.url == "https://servier.com/news/ucl"
    assert doc.published == "2019-12-10"


def test_html_metadata_fallbacks() -> None:
    page = (
        '<html><head><meta property="og:url" content="https://example.org/og">'
        '<meta name="date" content="December 10, 2019"></head>'
        "<body><h1>Heading title</h1><p>Body.</p></body></html>"
    )
    doc = one(page, ".htm")
    assert (doc.title, doc.url, doc.published) == (
        "Heading title",
        "https://example.org/og",
        "2019-12-10",
    )


def test_html_time_element_gives_the_date() -> None:
    doc = one('<p>Posted <time datetime="2021-06-01T10:00:00Z">June 1</time></p>', ".html")
    assert doc.published == "2021-06-01"
    assert doc.text == "Posted June 1"


def test_html_header_inside_article_is_content() -> None:
    page = (
        "<body><header>Site menu</header><article><header><h1>Real title</h1></header>"
        "<p>Text.</p></article></body>"
    )
    doc = one(page, ".html")
    assert doc.text == "Real title\n\nText."


def test_html_is_sniffed_without_suffix() -> None:
    doc = one("<!doctype html><p>Hello &lt;world&gt;</p>")
    assert doc.text == "Hello <world>"


def test_html_survives_unclosed_and_broken_markup() -> None:
    doc = one("<html><body><div><p>One <b>two <i>three<p>Four < five <!-- no end", ".html")
    assert doc.text == "One two three\n\nFour < five"


def test_html_deep_nesting_parses() -> None:
    doc = one("<div>" * 100_000 + "deep text" + "</div>" * 100_000, ".html")
    assert doc.text == "deep text"


@pytest.mark.parametrize("unit", ["<a b='", "<!--", "<a", "</", "<![CDATA[", "<div>x"])
def test_html_pathological_input_parses_in_linear_time(unit: str) -> None:
    markup = ("<p>start</p>" + unit * 100_000).encode()
    started = time.perf_counter()
    with contextlib.suppress(InputError):
        parse_bytes(markup, "big.html", ".html")
    # html.parser needs minutes for some of these; a linear pass needs well under a second.
    assert time.perf_counter() - started < 5


def test_html_without_text_is_an_error() -> None:
    error = input_error(b"<html><script>x()</script></html>", ".html")
    assert "no text" in error.reason


# --- Markdown ----------------------------------------------------------------------------------


def test_markdown_syntax_is_stripped() -> None:
    markdown = (
        "# Servier **announces** _results_ #\n"
        "\n"
        "Read the [press release](https://example.org/pr) ![logo](logo.png) today.\n"
        "> A *quoted* `code` line\n"
        "Keep 5*3*2, snake_case_name and \\*literal\\* stars.\n"
        "\n"
        "---\n"
        "[ref]: https://example.org/ref\n"
    )
    doc = one(markdown, ".md")
    assert doc.title == "Servier announces results"
    assert doc.text == (
        "Servier announces results\n\n"
        "Read the press release today.\n"
        "A quoted code line\n"
        "Keep 5*3*2, snake_case_name and *literal* stars."
    )


def test_markdown_front_matter_gives_metadata() -> None:
    markdown = '---\ntitle: "Front title"\ndate: 10 Dec 2019\nurl: https://x.org/a\n---\nBody.\n'
    doc = one(markdown, ".markdown")
    assert (doc.title, doc.published, doc.url, doc.text) == (
        "Front title",
        "2019-12-10",
        "https://x.org/a",
        "Body.",
    )


def test_markdown_keeps_the_corpus_header() -> None:
    doc = one("https://x.org/a\n2019-01-02\n# Title\n\nBody.", ".md")
    assert (doc.url, doc.published, doc.title, doc.text) == (
        "https://x.org/a",
        "2019-01-02",
        "Title",
        "Title\n\nBody.",
    )


# --- JSON and JSON Lines -----------------------------------------------------------------------


def test_json_object() -> None:
    raw = (
        b'{"title": "T", "url": "https://x.org", "published": "2019-12-10T23:30:00-05:00",'
        b' "text": "Body\\r\\ntext", "kind": "news"}'
    )
    doc = one(raw, ".json", source="a.json")
    assert doc == Document(
        text="Body\ntext",
        title="T",
        url="https://x.org",
        published="2019-12-10",
        kind="news",
        source="a.json",
    )


def test_json_list_keeps_good_elements_and_names_bad_ones() -> None:
    raw = b'[{"text": "First"}, {"title": "No text"}, 7, {"text": 3}, {"text": "Last"}]'
    results = parse_bytes(raw, "list.json", ".json")
    assert [r.text for r in results if isinstance(r, Document)] == ["First", "Last"]
    assert [r.source for r in results] == [f"list.json[{i}]" for i in range(5)]
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.reason for e in errors] == [
        "missing required field 'text'",
        "expected a JSON object, got number",
        "field 'text' must be a string, got number",
    ]


def test_jsonl_one_bad_line_does_not_stop_the_others() -> None:
    raw = b'{"text": "one", "kind": "pipeline"}\n{"text": broken}\n\n{"text": "three"}\n'
    results = parse_bytes(raw, "f.jsonl", ".jsonl")
    assert [(type(r).__name__, r.source) for r in results] == [
        ("Document", "f.jsonl:1"),
        ("InputError", "f.jsonl:2"),
        ("Document", "f.jsonl:4"),
    ]
    error = results[1]
    assert isinstance(error, InputError)
    assert "column 10" in error.reason
    first = results[0]
    assert isinstance(first, Document)
    assert first.kind == "pipeline"


def test_json_missing_text_names_the_field() -> None:
    error = input_error(b'{"title": "x"}', ".json", source="a.json")
    assert error.reason == "missing required field 'text'"


def test_json_malformed_says_where() -> None:
    error = input_error(b'{\n  "text": "a",\n  oops\n}', ".json")
    assert error.reason.startswith("malformed JSON at line 3, column 3")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-12-10", "2019-12-10"),
        ("2019-12-10T08:00:00Z", "2019-12-10"),
        ("2019-12-10 08:00:00.123+0100", "2019-12-10"),
        ("December 10, 2019", "2019-12-10"),
        ("Tuesday, Dec. 10, 2019", "2019-12-10"),
        ("10 Dec 2019", "2019-12-10"),
        ("10th September 2019", "2019-09-10"),
        ("2019-12", "2019-12"),
        ("2019", "2019"),
        ("2019-02-30", ""),
        ("next week", ""),
        (20191210, ""),
        (None, ""),
    ],
)
def test_json_published_is_normalised_or_dropped(value: object, expected: str) -> None:
    doc = one(json.dumps({"text": "x", "published": value}), ".json")
    assert doc.published == expected


def test_json_kind_defaults_to_press_release_and_title_to_first_line() -> None:
    doc = one(b'{"text": "\\n\\nFirst line\\nsecond"}', ".json")
    assert (doc.kind, doc.title, doc.text) == ("press_release", "First line", "First line\nsecond")


def test_json_is_sniffed_and_jsonl_under_json_name_is_read() -> None:
    assert one(b'  {"text": "sniffed"}').text == "sniffed"
    results = parse_bytes(b'{"text": "a"}\n{"text": "b"}\n', "x.json", ".json")
    assert [r.source for r in results] == ["x.json:1", "x.json:2"]


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"[]", "the JSON list holds no documents"),
        (b'"just a string"', "expected a JSON object or a list of objects, got string"),
        (b"[" * 100_000, "malformed JSON: nested too deeply"),
    ],
)
def test_json_unusable_as_a_whole(raw: bytes, reason: str) -> None:
    assert input_error(raw, ".json").reason == reason


# --- encodings, binary, empty, size ------------------------------------------------------------

TEXT = "Servier’s café — naïve résumé\nSecond line"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_encoding_with_byte_order_mark(encoding: str) -> None:
    raw = TEXT.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert one(raw, ".txt").text == TEXT


def test_encoding_cp1252_fallback() -> None:
    assert one(TEXT.encode("cp1252"), ".txt").text == TEXT


@pytest.mark.parametrize(
    "raw",
    [
        b"abc \x81\x8d\x8f bytes undefined in cp1252 and invalid UTF-8",
        b"latin text \xe9 with a control \x01 character",
        b"\xff\xfe\x00\xd8",  # UTF-16 BOM, then a lone surrogate
    ],
)
def test_encoding_undecodable_is_an_error(raw: bytes) -> None:
    assert "undecodable" in input_error(raw, ".txt").reason


@pytest.mark.parametrize(
    "raw",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"text with a NUL\x00 byte",
        b"\x01\x02\x03\x04 mostly controls \x05\x06\x07",
        "text\x00".encode("utf-16"),
    ],
)
def test_binary_content_is_an_error(raw: bytes) -> None:
    assert "binary" in input_error(raw, ".txt").reason


def test_stray_control_characters_are_removed() -> None:
    assert one(b"A long enough line of text with one\x1b escape", ".txt").text == (
        "A long enough line of text with one escape"
    )


@pytest.mark.parametrize("raw", [b"", b"  \n\t\r\n ", " \n".encode("utf-16")])
@pytest.mark.parametrize("suffix", ["", ".txt", ".html", ".json", ".jsonl"])
def test_empty_input_is_an_error(raw: bytes, suffix: str) -> None:
    assert "empty" in input_error(raw, suffix).reason


def test_over_size_input_is_an_error() -> None:
    assert MAX_DOCUMENT_BYTES == 10 * 1024 * 1024
    error = input_error(b"x" * 11, ".txt", max_bytes=10)
    assert "too large" in error.reason
    assert one(b"x" * 10, ".txt").text == "x" * 10


# --- files, folders, globs ---------------------------------------------------------------------


def _write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def _summary(items: list[ReadResult], root: Path) -> list[tuple[str, str]]:
    return [
        (type(item).__name__, str(Path(item.source.split(":")[0]).relative_to(root)))
        for item in items
    ]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    _write(tmp_path / "b.txt", "B text")
    _write(tmp_path / "a.md", "# A")
    _write(tmp_path / "image.png", b"\x89PNG\x00")
    _write(tmp_path / ".hidden.txt", "hidden")
    _write(tmp_path / ".git" / "c.txt", "hidden folder")
    _write(tmp_path / "sub" / "c.html", "<p>C</p>")
    _write(tmp_path / "sub" / "deeper" / "d.jsonl", '{"text": "D1"}\n{"oops": 1}\n')
    _write(tmp_path / "sub" / "bad.json", b"\x00\x01")
    return tmp_path


def test_folder_is_walked_sorted_skipping_hidden_and_unsupported(tree: Path) -> None:
    items = list(iter_documents([tree]))
    assert _summary(items, tree) == [
        ("Document", "a.md"),
        ("Document", "b.txt"),
        ("InputError", "sub/bad.json"),
        ("Document", "sub/c.html"),
        ("Document", "sub/deeper/d.jsonl"),
        ("InputError", "sub/deeper/d.jsonl"),
    ]
    assert [item.source for item in items[-2:]] == [
        f"{tree}/sub/deeper/d.jsonl:1",
        f"{tree}/sub/deeper/d.jsonl:2",
    ]


def test_folder_without_recursion(tree: Path) -> None:
    items = list(iter_documents([str(tree)], recursive=False))
    assert _summary(items, tree) == [("Document", "a.md"), ("Document", "b.txt")]


def test_glob_patterns_expand(tree: Path) -> None:
    items = list(iter_documents([str(tree / "*.txt"), str(tree / "**" / "*.html")]))
    assert _summary(items, tree) == [("Document", "b.txt"), ("Document", "sub/c.html")]


def test_glob_without_match_is_an_error(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.nothing")
    [item] = list(iter_documents([pattern]))
    assert isinstance(item, InputError)
    assert item.source == pattern


def test_missing_file_is_an_error_and_the_batch_goes_on(tree: Path) -> None:
    missing = tree / "missing.txt"
    items = list(iter_documents([missing, tree / "b.txt"]))
    assert isinstance(items[0], InputError)
    assert items[0].source == str(missing)
    assert "no such file" in items[0].reason
    assert isinstance(items[1], Document)
    assert items[1].text == "B text"
    assert items[1].source == str(tree / "b.txt")


def test_explicit_file_with_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    data = _write(tmp_path / "export.dat", '[{"text": "from json"}]')
    page = _write(tmp_path / "page.aspx", "<html><body><p>from html</p></body></html>")
    [first, second] = list(iter_documents(str(path) for path in (data, page)))
    assert isinstance(first, Document)
    assert first.text == "from json"
    assert isinstance(second, Document)
    assert second.text == "from html"


def test_single_path_instead_of_a_list(tree: Path) -> None:
    [item] = list(iter_documents(tree / "b.txt"))
    assert isinstance(item, Document)
    assert item.text == "B text"


def test_oversize_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = _write(tmp_path / "big.txt", "x" * 100)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", no_open)
    [item] = list(iter_documents([big], max_bytes=50))
    assert isinstance(item, InputError)
    assert item.reason == "too large: 100 bytes, over the limit of 50"


# --- properties --------------------------------------------------------------------------------

MARKUP = st.text(
    alphabet=st.sampled_from(list("<>/!-?[]{}()*_#`~\\\"':,=& \n\r\tahtmlpdivscr0123456789é\x00")),
    max_size=300,
)


def _check(results: list[ReadResult]) -> None:
    assert isinstance(results, list)
    assert results
    for item in results:
        assert isinstance(item, Document | InputError)
        if isinstance(item, Document):
            assert item.text.strip()
            assert "\r" not in item.text
            assert len(item.title) <= MAX_TITLE_CHARS


def _parse_or_input_error(raw: bytes, suffix: str) -> None:
    try:
        results = parse_bytes(raw, "prop", suffix)
    except InputError as error:
        caught = error
    else:
        _check(results)
        return
    assert caught.source == "prop"
    assert caught.reason


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(raw=st.binary(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_property_arbitrary_bytes_give_documents_or_input_error(raw: bytes, suffix: str) -> None:
    _parse_or_input_error(raw, suffix)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=400), suffix=st.sampled_from(SUFFIXES))
def test_property_arbitrary_text_gives_documents_or_input_error(text: str, suffix: str) -> None:
    _parse_or_input_error(text.encode("utf-8", "surrogatepass"), suffix)


@settings(max_examples=200, deadline=None)
@given(text=MARKUP, suffix=st.sampled_from(SUFFIXES))
def test_property_markup_soup_gives_documents_or_input_error(text: str, suffix: str) -> None:
    _parse_or_input_error(text.encode("utf-8"), suffix)


@settings(max_examples=100, deadline=None)
@given(
    title=st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1),
    body=st.text(max_size=200),
)
def test_property_corpus_header_title_starts_the_text(title: str, body: str) -> None:
    title = title.strip()
    raw = f"https://example.org/x\n2021-01-31\n{title}\n\n{body}".encode("utf-8", "surrogatepass")
    try:
        doc = one(raw, ".txt")
    except InputError:
        return
    assert doc.url == "https://example.org/x"
    assert doc.published == "2021-01-31"
    first_line = " ".join(doc.text.split("\n", 1)[0].split())
    assert first_line.startswith(doc.title)
    if title:
        assert doc.title


def test_json_lone_surrogates_are_replaced() -> None:
    raw = b'{"title": "t\\ud800", "url": "https://x.org/\\udfff", "text": "abc \\ud800 def"}'
    (document,) = parse_bytes(raw, "x.json")
    assert isinstance(document, Document)
    assert document.text == "abc \ufffd def"
    for value in (document.text, document.title, document.url):
        value.encode("utf-8")  # raises on a surrogate
    assert len(document.sha256) == 64


def test_json_lines_stream_with_the_limit_per_line(tmp_path: Path) -> None:
    """A JSON Lines file larger than the limit is read a line at a time: each line is held
    to the limit, so one long line is refused by its line number and the rest land."""
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": f"Release number {n}."}) for n in range(40)]
    lines[7] = json.dumps({"text": "x" * 500})
    feed.write_bytes(codecs.BOM_UTF8 + "\n".join(lines).encode() + b"\n")
    assert feed.stat().st_size > 200
    items = list(iter_documents([feed], max_bytes=200))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert len(documents) == 39
    assert documents[0].text == "Release number 0."
    assert documents[0].source == f"{feed}:1"
    assert [(e.source, e.reason) for e in errors] == [
        (f"{feed}:8", "too large: a line over the limit of 200 bytes")
    ]


def test_json_lines_bad_bytes_cost_their_line_only(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "good one"}\r\n{"text": "bad \xff"}\n\n{"text": "good two"}\n')
    items = list(iter_documents([feed]))
    assert [type(item).__name__ for item in items] == ["Document", "InputError", "Document"]
    assert isinstance(items[1], InputError)
    assert items[1].source == f"{feed}:2"
    assert "not UTF-8" in items[1].reason
    assert items[2].source == f"{feed}:4"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [(b"", "empty input"), (b"\n  \n", "empty input"), (b"%PDF-1.7\n...", "a PDF file")],
)
def test_json_lines_file_refused_whole(tmp_path: Path, raw: bytes, reason: str) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(raw)
    [error] = list(iter_documents([feed]))
    assert isinstance(error, InputError)
    assert error.source == str(feed)
    assert reason in error.reason


WRAPPED = (
    "Acme to license Zentavo antibody\n"
    "\n"
    "Oct 15 Acme Corp said on\n"
    "Thursday it agreed to license and collaborate with\n"
    "Zentavo Therapeutics Inc to develop and\n"
    "commercialize Zentavo's antibody program.\n"
    "- Zentavo will receive $350 million upfront\n"
    "\n"
    "About Acme\n"
)


def test_a_hard_wrapped_text_has_its_lines_joined_at_the_same_offsets() -> None:
    doc = one(WRAPPED, ".txt")
    assert doc.text.split("\n") == [
        "Acme to license Zentavo antibody",
        "",
        "Oct 15 Acme Corp said on Thursday it agreed to license and collaborate with "
        "Zentavo Therapeutics Inc to develop and commercialize Zentavo's antibody program.",
        "- Zentavo will receive $350 million upfront",
        "",
        "About Acme",
    ]
    assert len(doc.text) == len(WRAPPED.rstrip())


def test_a_release_with_one_line_per_paragraph_keeps_its_lines() -> None:
    text = WRAPPED.replace("on\nThursday", "on Thursday " + "x" * 100)
    assert one(text, ".txt").text == text.rstrip()


def test_a_wrapped_sentence_states_its_facts_across_the_breaks() -> None:
    from oncokg.loaders.extract import extract

    x = extract(one(WRAPPED, ".txt"))
    names = {n.id: n.name for n in x.nodes}
    assert {(e.kind.value, names[e.source], names[e.target]) for e in x.edges} >= {
        ("COLLABORATES_WITH", "Acme", "Zentavo Therapeutics")
    }


def test_no_break_spaces_and_hyphens_are_plain_and_break_hints_go() -> None:
    raw = (
        "Acme Thera\u00adpeutics dosed ACM\u2011101\u200b in non\u2011small cell\u00a0lung cancer."
    )
    assert one(raw, ".txt").text == "Acme Therapeutics dosed ACM-101 in non-small cell lung cancer."
