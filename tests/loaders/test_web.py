"""Reading from the web against a real local HTTP server: a release page, an RSS feed whose
short items are replaced by the pages they link to, an Atom feed, a PDF made here, and the
failures (404, oversize, timeout) as errors naming the URL. Then `oncokg ingest URL --since`."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.exceptions import InputError
from oncokg.extraction import Document
from oncokg.loaders.read import iter_documents
from oncokg.loaders.read.web import fetch, read_url

LONG = " ".join(["Acmetica Therapeutics develops zorbimab for follicular lymphoma."] * 12)
RELEASE = (
    "<html><head><title>Acmetica doses first patient</title>"
    '<meta property="article:published_time" content="2024-03-05"></head>'
    f"<body><article><h1>Acmetica doses first patient</h1><p>{LONG}</p></article></body></html>"
)
RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Acmetica news</title>
<item><title>Acmetica reports results</title><link>http://HOST/full.html</link>
<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate><description>{LONG}</description></item>
<item><title>Acmetica doses first patient</title><link>http://HOST/release.html</link>
<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate><description>A short summary.</description></item>
<item><title>An old item</title><link>http://HOST/old.html</link>
<pubDate>Mon, 02 Feb 2015 08:00:00 GMT</pubDate><description>{LONG}</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Acmetica</title>
<entry><title>Acmetica signs a licence</title><link href="http://HOST/licence.html"/>
<updated>2024-04-01T10:00:00Z</updated><content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content>
</entry></feed>"""


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF with text in Helvetica, its cross-reference table computed."""
    text = "BT /F1 11 Tf 72 720 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode()),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


PDF = pdf_bytes(
    [
        "Acmetica Therapeutics announces approval of zorbimab",
        "Acmetica Therapeutics, Inc. today announced that zorbimab, an anti-CD20 antibody,",
        "is approved for the treatment of follicular lymphoma.",
    ]
)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    pages: dict[str, tuple[str, bytes]] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/slow":
                time.sleep(2)
            if self.path == "/big":
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(50_000))
                self.end_headers()
                self.wfile.write(b"x" * 50_000)
                return
            found = pages.get(self.path)
            if found is None:
                self.send_error(404, "Not Found")
                return
            content_type, body = found
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    host = f"127.0.0.1:{server.server_address[1]}"
    for path, kind, body in (
        ("/release.html", "text/html; charset=utf-8", RELEASE),
        ("/full.html", "text/html", RELEASE.replace("doses first patient", "reports results")),
        ("/feed.rss", "application/rss+xml", RSS),
        ("/feed.atom", "application/atom+xml", ATOM),
    ):
        pages[path] = (kind, body.replace("HOST", host).encode())
    pages["/release.pdf"] = ("application/pdf", PDF)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://{host}"
    finally:
        server.shutdown()


def test_web_page_pdf_and_atom_feed(site: str) -> None:
    (page,) = read_url(f"{site}/release.html")
    assert isinstance(page, Document)
    assert page.title == "Acmetica doses first patient"
    assert page.published == "2024-03-05"
    assert page.url == f"{site}/release.html"
    (pdf,) = read_url(f"{site}/release.pdf")
    assert isinstance(pdf, Document)
    assert "approved for the treatment of follicular lymphoma" in pdf.text
    (entry,) = read_url(f"{site}/feed.atom")
    assert isinstance(entry, Document)
    assert (entry.title, entry.published) == ("Acmetica signs a licence", "2024-04-01")
    assert entry.url.endswith("/licence.html")


def test_web_rss_items_are_documents_and_short_items_are_fetched_whole(site: str) -> None:
    items = read_url(f"{site}/feed.rss")
    assert [type(i).__name__ for i in items] == ["Document", "Document", "Document"]
    full, short, old = (i for i in items if isinstance(i, Document))
    assert full.published == "2024-03-05"
    assert full.source == f"{site}/full.html"
    # the item only summarised its release: the page it links to replaced it
    assert "A short summary" not in short.text
    assert "follicular lymphoma" in short.text
    assert (short.title, short.published) == ("Acmetica doses first patient", "2024-03-05")
    assert old.published == "2015-02-02"


def test_web_failures_are_errors_naming_the_url(site: str) -> None:
    (missing,) = read_url(f"{site}/missing")
    assert isinstance(missing, InputError)
    assert missing.source == f"{site}/missing"
    assert "404" in missing.reason
    (big,) = read_url(f"{site}/big", max_bytes=10_000)
    assert isinstance(big, InputError)
    assert "too large" in big.reason
    with pytest.raises(InputError, match="could not fetch"):
        fetch(f"{site}/slow", timeout=0.5)
    with pytest.raises(InputError, match="only http"):
        fetch("file:///etc/passwd")


def test_web_pdf_file_in_a_folder_is_read(tmp_path: Path) -> None:
    (tmp_path / "release.pdf").write_bytes(PDF)
    (document,) = list(iter_documents([tmp_path]))
    assert isinstance(document, Document)
    assert document.title == "Acmetica Therapeutics announces approval of zorbimab"


def test_cli_ingests_a_feed_url_since_a_date(site: str, tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "graph")]
    result = CliRunner().invoke(app, ["ingest", f"{site}/feed.rss", "--since", "2020-01-01", *args])
    assert result.exit_code == 0, result.output
    assert "ingested 2 documents" in result.output
    assert "1 older than --since" in result.output
