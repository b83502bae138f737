"""The web explorer in a real headless Chromium against the real API over HTTP: search,
expand a node, read facts with evidence linking to documents, filter, and a screenshot
saved to test-artifacts/explorer.png for a human look."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from oncokg.graph.embedded import EmbeddedStore
from oncokg.pipeline import ingest
from oncokg.settings import Settings
from tests.conftest import REPO, SAMPLES, LiveServer
from tests.explorer.chromium import screenshot

DEMO = REPO / "notebooks" / "data"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    data_dir = Path(tmp_path_factory.mktemp("explorer")) / "graph"
    with EmbeddedStore(data_dir) as store:
        ingest([SAMPLES, DEMO], store)
    with LiveServer(Settings(store="embedded", data_dir=data_dir)) as live:
        yield live


def test_explorer_page_and_vendored_cytoscape_are_served(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as client:
        page = client.get("/")
        assert page.status_code == 200
        assert "OncoKG explorer" in page.text
        assert "/explorer/static/vendor/cytoscape.min.js" in page.text
        assert "http" not in page.text.split("<body>")[1].split("</body>")[0].replace(
            "/docs", ""
        ), "the page must load nothing from another origin"
        script = client.get("/explorer/static/vendor/cytoscape.min.js")
        assert script.status_code == 200
        assert "Cytoscape Consortium" in script.text[:500]
        assert client.get("/explorer/static/explorer.js").status_code == 200


def test_explorer_search_expand_panel(server: LiveServer, page: Any) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    page.on(
        "request",
        lambda req: None if req.url.startswith(server.url) else outside.append(req.url),
    )
    page.goto(server.url + "/")
    page.fill("#search", "ivosidenib")
    page.click("#search-form button")
    result = page.locator('#results li[data-id="molecule:ivosidenib"]')
    result.click()

    # the neighbourhood is drawn and the panel lists the facts with their evidence
    page.wait_for_function("window.oncokgExplorer.cy.nodes().length >= 6")
    panel = page.locator("#panel")
    panel.locator("h2.entity", has_text="ivosidenib").wait_for()
    panel.locator(".fact").first.wait_for()  # the facts follow the heading's own request
    assert panel.locator(".fact").count() >= 5
    assert panel.locator("blockquote.evidence", has_text="IDH1 inhibitor").count() >= 1
    link = panel.locator("a.doc-link").first
    href = link.get_attribute("href")
    assert href
    assert href.startswith("?doc=doc")  # the document's page, no longer its raw JSON

    # expand a neighbour: Servier's partners join the graph
    page.evaluate("window.oncokgExplorer.expand('org:servier')")
    page.wait_for_function("window.oncokgExplorer.cy.getElementById('org:vernalis').nonempty()")
    # a user's click on the node (returning nothing: a cytoscape collection does not serialise)
    page.evaluate("() => { window.oncokgExplorer.cy.getElementById('org:servier').emit('tap'); }")
    panel.locator("h2.entity", has_text="Servier").wait_for()
    assert panel.locator(".fact", has_text="Vernalis").count() == 1

    # filters: unchecking COLLABORATES_WITH hides those edges and their facts
    page.uncheck('#filters input[value="COLLABORATES_WITH"]')
    hidden = page.evaluate(
        "window.oncokgExplorer.cy.edges('[type = \"COLLABORATES_WITH\"]')"
        ".every(e => e.hasClass('hidden'))"
    )
    assert hidden
    page.wait_for_function(
        "document.querySelectorAll('#panel .fact[data-type=COLLABORATES_WITH]').length === 0"
    )
    page.check('#filters input[value="COLLABORATES_WITH"]')
    page.wait_for_timeout(300)  # let the document titles arrive before the screenshot

    path = screenshot(page, "explorer.png")
    assert path.stat().st_size > 10_000
    assert not errors, errors
    assert not outside, f"requests left the server: {outside}"


def test_explorer_date_filter_hides_undated_and_old_facts(server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/?id=org:servier")
    page.locator("#panel h2.entity", has_text="Servier").wait_for()
    before = page.locator("#panel .fact").count()
    page.fill("#since", "2021-01-01")
    page.dispatch_event("#since", "change")
    page.wait_for_function(f"document.querySelectorAll('#panel .fact').length < {before}")
    dates = page.locator("#panel .fact .meta").all_inner_texts()
    assert dates
    assert all("undated" not in d for d in dates)


def test_explorer_shows_confidence_and_filters_by_it(server: LiveServer, page: Any) -> None:
    page.goto(server.url + "/?id=org:servier")
    page.locator("#panel h2.entity", has_text="Servier").wait_for()
    before = page.locator("#panel .fact").count()
    shown = page.locator("#panel .fact .confidence").all_inner_texts()
    assert len(shown) == before
    values = [float(text.removeprefix("confidence ")) for text in shown]
    assert all(0.0 < v <= 1.0 for v in values), shown
    # the slider past the weakest fact hides it, and its edge in the graph
    cut = round(min(values), 2) + 0.01  # a step of the slider above the weakest fact
    page.evaluate(
        f"() => {{ const s = document.getElementById('min-confidence'); s.value = {cut};"
        " s.dispatchEvent(new Event('input')); }"
    )
    page.wait_for_function(f"document.querySelectorAll('#panel .fact').length < {before}")
    assert page.locator("#min-confidence-value").inner_text() == f"{cut:.2f}"
    left = page.locator("#panel .fact .confidence").all_inner_texts()
    assert all(float(text.removeprefix("confidence ")) >= cut - 0.005 for text in left)
    screenshot(page, "explorer-confidence.png")


def test_explorer_works_under_its_content_security_policy(
    server: LiveServer, strict_page: Any
) -> None:
    policy = httpx.get(server.url + "/").headers["content-security-policy"]
    assert "script-src 'self'" in policy
    assert "object-src 'none'" in policy
    errors: list[str] = []
    strict_page.on("pageerror", lambda exc: errors.append(str(exc)))
    strict_page.on(
        "console",
        lambda msg: errors.append(msg.text) if "Content Security Policy" in msg.text else None,
    )
    strict_page.goto(server.url + "/?id=org:servier")
    strict_page.locator("#panel h2.entity", has_text="Servier").wait_for()
    assert strict_page.locator("#panel .fact").count() >= 3
    assert strict_page.evaluate("window.oncokgExplorer.cy.nodes().length") >= 4
    assert not errors, errors


def test_explorer_renders_only_web_links_from_document_urls(tmp_path: Path, page: Any) -> None:
    """A document whose url is "javascript:..." shows no link (defect: it was clickable)."""
    data_dir = tmp_path / "graph"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(
        '{"title": "Acme Oncology develops zorbimab", "url": "javascript:alert(document.domain)",'
        ' "published": "2025-01-01", "text": "Acme Oncology develops zorbimab, a BCL-2'
        ' inhibitor, in chronic lymphocytic leukemia."}',
        encoding="utf-8",
    )
    with EmbeddedStore(data_dir) as store:
        ingest([hostile], store)
    with LiveServer(Settings(store="embedded", data_dir=data_dir)) as live:
        page.goto(live.url + "/?id=molecule:zorbimab")
        page.locator("#panel .fact").first.wait_for()
        page.wait_for_timeout(300)  # the document's details arrive after the facts
        hrefs = page.eval_on_selector_all("#panel a", "links => links.map(a => a.href)")
        assert hrefs
        assert not any(h.lower().startswith("javascript:") for h in hrefs)
        assert page.locator("#panel a", has_text="source").count() == 0


def test_api_docs_render_offline(server: LiveServer, page: Any) -> None:
    """/docs draws the operations from files the API serves itself: no request leaves the
    server (it was blank offline when Swagger UI came from a CDN)."""
    outside: list[str] = []
    page.on(
        "request",
        lambda req: None if req.url.startswith(server.url) else outside.append(req.url),
    )
    page.goto(server.url + "/docs")
    page.get_by_text("/v1/entities", exact=True).first.wait_for(timeout=20_000)
    path = screenshot(page, "api-docs.png")
    assert not outside, outside
    assert page.locator(".opblock").count() >= 10
    assert path.stat().st_size > 10_000


def test_explorer_first_screen_views_and_document_page(server: LiveServer, page: Any) -> None:
    """The landing view (counts, most connected entities, example searches, analyst views,
    newest documents), an analyst view as a table, and a document's page."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(server.url + "/")
    panel = page.locator("#panel")
    panel.locator("h2.entity", has_text="What is in the graph").wait_for()
    assert "7 documents" in panel.locator(".counts").inner_text()
    assert panel.locator("button.chip", has_text="Servier").count() == 1
    assert panel.locator("a.example").count() >= 1
    assert panel.locator("button.view", has_text="What's new").count() == 1
    assert panel.locator("button.view", has_text="Deals").count() == 1
    assert panel.locator("a.doc-link").count() == 5
    # the canvas is not empty: the busiest entity's neighbourhood is drawn
    page.wait_for_function("window.oncokgExplorer.cy.getElementById('org:servier').nonempty()")
    page.wait_for_function("window.oncokgExplorer.cy.nodes().length >= 5")
    screenshot(page, "explorer-landing.png")

    # a chip opens the entity, whose label offers its views: Servier's pipeline as a table
    panel.locator("button.chip", has_text="Servier").click()
    panel.locator("h2.entity", has_text="Servier").wait_for()
    panel.locator("button.view", has_text="Pipeline").click()
    panel.locator("h2.entity", has_text="Pipeline: Servier").wait_for()
    table = panel.locator("table.view-table")
    assert table.locator("tbody tr").count() >= 2
    assert "ivosidenib" in table.inner_text()
    assert panel.locator("a", has_text="download CSV").get_attribute("href").endswith("format=csv")
    screenshot(page, "explorer-view.png")

    # a document's page: title, date and where it came from, its entities and facts
    page.goto(server.url + "/")
    panel.locator("a.doc-link").first.click()
    panel.locator("h2.entity .badge", has_text="Document").wait_for()
    assert panel.locator(".fact").count() >= 1
    assert panel.locator("button.chip").count() >= 2
    page.goto(server.url + "/?doc=" + _document_id(server, "UCL"))
    panel.locator("p.meta", has_text="from its dateline").wait_for()
    path = screenshot(page, "explorer-document.png")
    assert path.stat().st_size > 10_000
    assert not errors, errors


def _document_id(server: LiveServer, word: str) -> str:
    documents = httpx.get(server.url + "/v1/documents", params={"limit": 50}).json()["data"]
    return next(d["id"] for d in documents if word in d["title"])
