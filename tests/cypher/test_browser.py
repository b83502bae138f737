"""Neo4j Browser, as served by the test Neo4j at its http URL, in a real headless Chromium:
connect with the fixture's bolt URL and credentials, run a catalogue query with its example
parameters, play the guide from the API at the URL the README gives, and save screenshots to
test-artifacts/ (neo4j-browser.png, neo4j-browser-guide.png)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from oncokg.api.explorer import param_command, render_guide
from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.graph.queries.catalogue import catalogue, named_query
from oncokg.settings import Settings
from tests.conftest import REPO, LiveServer
from tests.explorer.chromium import screenshot


def test_guide_file_matches_the_catalogue() -> None:
    """The committed guide is the rendering of the catalogue (regenerate it when a query
    changes: see cypher/guide/README.md)."""
    committed = (REPO / "cypher" / "guide" / "oncokg.html").read_text(encoding="utf-8")
    assert committed == render_guide(catalogue().values())
    for name in catalogue():
        assert f"<h3>{name}</h3>" in committed


def test_grass_styles_every_label_and_type() -> None:
    grass = (REPO / "cypher" / "oncokg.grass").read_text(encoding="utf-8")
    for label in ("Molecule", "Target", "Disease", "Organization", "Document"):
        assert f"node.{label} {{" in grass
    for kind in ("TARGETS", "INDICATED_FOR", "DEVELOPS", "COLLABORATES_WITH", "MENTIONS"):
        assert f"relationship.{kind} {{" in grass


def http_url(store: Neo4jStore) -> str:
    rows = store.read(
        "SHOW SETTINGS YIELD name, value WHERE name = 'server.http.advertised_address' RETURN value"
    )
    return f"http://{rows[0]['value']}"


def connect(page: Any, store: Neo4jStore, settings: Settings) -> None:
    page.goto(http_url(store) + "/browser/")
    page.locator("[data-testid=boltaddress]").fill(settings.neo4j_uri)
    page.locator("[data-testid=username]").fill(settings.neo4j_user)
    page.locator("[data-testid=password]").fill(settings.neo4j_password.get_secret_value())
    page.locator("[data-testid=connect]").click()
    page.get_by_text("You are connected as user").first.wait_for(timeout=30_000)


def run_in_browser(page: Any, text: str) -> None:
    editor = page.locator("[data-testid=activeEditor] textarea").first
    editor.click()
    page.keyboard.insert_text(text)  # no key events: the editor must not auto-close brackets
    page.locator("[data-testid=editor-Run]").click()


@pytest.mark.neo4j
def test_neo4j_browser_runs_a_catalogue_query(
    neo4j_graph: Neo4jStore, neo4j_settings: Settings, page: Any
) -> None:
    connect(page, neo4j_graph, neo4j_settings)
    query = catalogue()["most_connected_targets"]
    for name, value in query.example.items():
        run_in_browser(page, param_command(name, value))
    page.get_by_text('"limit": 10').first.wait_for(timeout=15_000)
    run_in_browser(page, " ".join(named_query(query.name).split()))
    table = page.locator("[data-testid=frame]").first
    try:
        table.get_by_text('"target:IDH1"').first.wait_for(timeout=20_000)
    finally:
        table.scroll_into_view_if_needed()
        path = screenshot(page, "neo4j-browser.png")
    assert "target:BCL2" in table.inner_text()
    assert path.stat().st_size > 10_000


@pytest.mark.neo4j
def test_neo4j_browser_plays_the_guide_from_the_api(
    neo4j_graph: Neo4jStore, neo4j_settings: Settings, page: Any, tmp_path: Path
) -> None:
    """`:play http://localhost:<port>/guide/oncokg.html`, as the README says: Browser sends a
    CORS pre-flight first, then shows the guide's slides."""
    with LiveServer(Settings(store="embedded", data_dir=tmp_path / "graph")) as api:
        connect(page, neo4j_graph, neo4j_settings)
        run_in_browser(page, f":play http://localhost:{api.port}/guide/oncokg.html")
        frame = page.locator("[data-testid=frame]").first
        try:
            frame.get_by_text("every fact with its evidence").first.wait_for(timeout=20_000)
            frame.scroll_into_view_if_needed()
            page.wait_for_timeout(1_000)  # the frame slides open
        finally:
            path = screenshot(page, "neo4j-browser-guide.png")
        assert "No guide by that name" not in frame.inner_text()
        assert "OncoKG" in frame.inner_text()
    assert path.stat().st_size > 10_000


@pytest.mark.neo4j
def test_neo4j_browser_accepts_the_style_pasted_into_style(
    neo4j_graph: Neo4jStore, neo4j_settings: Settings, page: Any
) -> None:
    """`:style` with the .grass pasted in: Browser takes it (a crash was reported once in
    'replace'; this Browser shows the style and throws nothing)."""
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    connect(page, neo4j_graph, neo4j_settings)
    grass = (REPO / "cypher" / "oncokg.grass").read_text(encoding="utf-8")
    run_in_browser(page, ":style " + grass)
    frame = page.locator("[data-testid=frame]").first
    frame.get_by_text("node.Molecule").first.wait_for(timeout=20_000)
    assert "caption" in frame.inner_text()
    assert not errors, errors
