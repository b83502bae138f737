"""A watchlist followed as an Atom feed over HTTP, on both stores."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import httpx

from tests.api.conftest import API_KEY

ATOM = "{http://www.w3.org/2005/Atom}"


def test_watchlist_feed_over_http(write_api: httpx.Client) -> None:
    headers = {"X-API-Key": API_KEY}
    release = (
        "2024-05-02\nAcmetica and Bolt Pharmaceuticals sign a licence for zorbimab\n"
        "Acmetica Therapeutics and Bolt Pharmaceuticals entered a licence agreement for "
        "zorbimab, an anti-CD20 antibody in development for follicular lymphoma."
    )
    assert write_api.post("/v1/documents", content=release, headers=headers).status_code == 201
    body = {"entities": ["molecule:zorbimab"]}
    assert write_api.put("/v1/watchlists/cd20", json=body).status_code == 401
    saved = write_api.put("/v1/watchlists/cd20", json=body, headers=headers)
    assert saved.status_code == 200, saved.text
    missing = write_api.put(
        "/v1/watchlists/bad", json={"entities": ["molecule:none"]}, headers=headers
    )
    assert missing.status_code == 404
    assert write_api.get("/v1/watchlists").json() == {"cd20": ["molecule:zorbimab"]}
    feed = write_api.get("/v1/watchlists/cd20/feed", params={"since": "2024-01-01"})
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(feed.text)
    entries = root.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") or "" for e in entries]
    assert any("zorbimab" in t and "TARGETS" in t for t in titles), titles
    assert all(e.findtext(f"{ATOM}updated", "").startswith("2024-05-02") for e in entries)
    assert "anti-CD20 antibody" in (entries[0].findtext(f"{ATOM}content") or "")
    later = write_api.get("/v1/watchlists/cd20/feed", params={"since": "2025-01-01"})
    assert ET.fromstring(later.text).findall(f"{ATOM}entry") == []
    assert write_api.get("/v1/watchlists/nothing/feed").status_code == 404
