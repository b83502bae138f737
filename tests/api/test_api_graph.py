"""Every read route over real HTTP, on each store, on the hand-made sample graph.

The same assertions run against the embedded store and Neo4j: both must give the same
answers (the `api` fixture is parametrized over the stores)."""

from __future__ import annotations

from typing import Any

import httpx

from oncokg.api.pagination import Page, encode_cursor
from oncokg.graph.read_models import LandscapeEntry, Neighbour, SearchHit
from tests.factories import (
    ACME,
    AML,
    BARX,
    BCL2,
    BETA,
    CD3,
    CLL,
    DRUG,
    GAMMA,
    first_release,
    third_release,
)

Param = str | int  # a query parameter's value


def _problem(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, object] = response.json()
    assert body["status"] == status
    return body


def _all_pages(api: httpx.Client, path: str, **params: Param) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(50):
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = api.get(path, params=query).json()
        assert body["count"] == len(body["data"])
        items += body["data"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("pagination did not end")


# --- meta --------------------------------------------------------------------------------
def test_api_health_and_stats(api: httpx.Client) -> None:
    assert api.get("/health").json() == {"status": "ok", "store": api.headers["x-store"]}
    stats = api.get("/v1/stats").json()
    assert stats["nodes"]["Molecule"] == 2
    assert stats["nodes"]["Document"] == 3
    assert stats["edges"]["TARGETS"] == 3
    assert stats["edges"]["COLLABORATES_WITH"] == 2


def test_api_openapi_and_docs(api: httpx.Client) -> None:
    paths = set(api.get("/openapi.json").json()["paths"])
    assert {
        "/health",
        "/v1/stats",
        "/v1/entities",
        "/v1/entities/{entity_id}",
        "/v1/entities/{entity_id}/neighbours",
        "/v1/facts",
        "/v1/paths",
        "/v1/subgraph",
        "/v1/documents",
        "/v1/documents/{document_id}",
        "/v1/views/target-landscape/{target_id}",
        "/v1/views/disease-landscape/{disease_id}",
        "/v1/views/organisation-profile/{org_id}",
        "/v1/views/timeline/{entity_id}",
        "/v1/views/new",
        "/v1/cypher",
    } <= paths
    assert api.get("/docs").status_code == 200


# --- entities ----------------------------------------------------------------------------
def test_api_search_ranks_and_filters(api: httpx.Client) -> None:
    body = api.get("/v1/entities", params={"q": "bx-7"}).json()
    assert [hit["id"] for hit in body["data"]] == [BARX]
    hits = api.get("/v1/entities", params={"q": "e", "label": "Organization"}).json()["data"]
    assert {hit["id"] for hit in hits} == {ACME, BETA, GAMMA}
    exact = api.get("/v1/entities", params={"q": "bcl2"}).json()["data"]
    assert exact[0]["id"] == BCL2
    assert exact[0]["score"] == 1.0


def test_api_search_answers_exactly_its_declared_model(api: httpx.Client) -> None:
    """As the neighbours route, search serialises the store's ranked rows itself."""
    searches: list[dict[str, Param]] = [
        {"q": "a"},
        {"q": "bcl2", "limit": 1},
        {"q": "e", "label": "Organization"},
    ]
    for params in searches:
        body = api.get("/v1/entities", params=params).json()
        assert body["data"]
        assert Page[SearchHit].model_validate(body).model_dump(mode="json") == body
    nothing = api.get("/v1/entities", params={"q": "   "})  # blanks: nothing to search
    assert nothing.status_code == 200
    assert nothing.json() == {"data": [], "count": 0, "next_cursor": None}


def test_api_search_pages_with_cursor(api: httpx.Client) -> None:
    everything = api.get("/v1/entities", params={"q": "a", "limit": 200}).json()["data"]
    paged = _all_pages(api, "/v1/entities", q="a", limit=2)
    assert [hit["id"] for hit in paged] == [hit["id"] for hit in everything]
    assert len(paged) > 2


def test_api_entity_profile(api: httpx.Client) -> None:
    body = api.get(f"/v1/entities/{BCL2}").json()
    assert body["name"] == "BCL2"
    assert body["external_ids"] == {"hgnc_id": "HGNC:990"}
    assert body["degree"] == 2
    assert [d["published"] for d in body["documents"]] == ["2025-09-10", "2025-05-20", "2024-03-01"]


def test_api_neighbours_filters_and_evidence(api: httpx.Client) -> None:
    body = api.get(f"/v1/entities/{BCL2}/neighbours").json()
    assert {n["node"]["id"] for n in body["data"]} == {DRUG, BARX}
    assert body["data"][0]["node"]["id"] == DRUG  # two documents beat one
    assert len(body["data"][0]["evidence"]) == 2
    outgoing = api.get(f"/v1/entities/{BETA}/neighbours", params={"direction": "out"}).json()
    assert {(n["type"], n["node"]["id"]) for n in outgoing["data"]} == {
        ("DEVELOPS", BARX),
        ("COLLABORATES_WITH", ACME),
        ("COLLABORATES_WITH", GAMMA),
    }
    partners = api.get(
        f"/v1/entities/{BETA}/neighbours", params={"type": "COLLABORATES_WITH", "limit": 1}
    ).json()
    assert partners["count"] == 1
    assert partners["next_cursor"]


def test_api_neighbours_answer_exactly_their_declared_model(api: httpx.Client) -> None:
    """The route serialises the store's shaped rows itself, without FastAPI's check against
    the response model: each answer must be what that model would have produced."""
    for params in ({}, {"limit": 1}, {"direction": "in"}, {"type": "DEVELOPS"}):
        body = api.get(f"/v1/entities/{BETA}/neighbours", params=params).json()
        assert body["data"]
        assert Page[Neighbour].model_validate(body).model_dump(mode="json") == body


def test_api_landscapes_answer_exactly_their_declared_model(api: httpx.Client) -> None:
    """As the neighbours route, the landscape routes serialise the view's shaped dicts."""
    for path in (f"/v1/views/target-landscape/{BCL2}", f"/v1/views/disease-landscape/{AML}"):
        for params in ({}, {"limit": 1}):
            body = api.get(path, params=params).json()
            assert body["data"]
            assert Page[LandscapeEntry].model_validate(body).model_dump(mode="json") == body


def test_api_unknown_ids_are_404(api: httpx.Client) -> None:
    for path in (
        "/v1/entities/molecule:nope",
        "/v1/entities/nonsense/neighbours",
        "/v1/documents/doc:0000000000000000",
        f"/v1/views/target-landscape/{DRUG}",
        "/v1/views/organisation-profile/org:nobody",
        f"/v1/views/timeline/{BCL2}",
    ):
        _problem(api.get(path), 404)
    _problem(api.get("/v1/paths", params={"source": DRUG, "target": "target:NOPE"}), 404)
    _problem(api.get("/v1/no-such-route"), 404)


def test_api_bad_parameters_are_422(api: httpx.Client) -> None:
    bad: tuple[tuple[str, dict[str, Param]], ...] = (
        ("/v1/entities", {"q": "x", "limit": 0}),
        ("/v1/entities", {"q": "x", "label": "Planet"}),
        ("/v1/entities", {"q": "x", "cursor": "not-a-cursor"}),
        ("/v1/facts", {"since": "last week"}),
        ("/v1/facts", {"type": "LIKES"}),
        ("/v1/paths", {"source": DRUG, "target": BCL2, "max_hops": 99}),
        ("/v1/views/new", {}),
    )
    for path, params in bad:
        body = _problem(api.get(path, params=params), 422)
        assert body["title"] == "Invalid request"


# --- facts -------------------------------------------------------------------------------
def test_api_facts_filter_by_type_and_endpoint(api: httpx.Client) -> None:
    targets = api.get("/v1/facts", params={"type": "TARGETS"}).json()["data"]
    assert {(f["source"]["id"], f["target"]["id"]) for f in targets} == {
        (DRUG, BCL2),
        (BARX, BCL2),
        (BARX, CD3),
    }
    on_bcl2 = api.get("/v1/facts", params={"target": BCL2}).json()["data"]
    assert {f["source"]["id"] for f in on_bcl2} == {DRUG, BARX}
    by_drug = api.get("/v1/facts", params={"source": DRUG, "type": "INDICATED_FOR"}).json()
    fact = by_drug["data"][0]
    assert fact["phase"] == "phase 3"
    assert fact["dates"] == ["2024-03-01", "2025-05-20"]
    assert len(fact["evidence"]) == len(fact["documents"]) == 2


def test_api_facts_collaboration_matches_either_end(api: httpx.Client) -> None:
    for params in ({"source": BETA}, {"target": BETA}):
        found = api.get("/v1/facts", params={"type": "COLLABORATES_WITH", **params}).json()
        partners = {f["source"]["id"] for f in found["data"]} | {
            f["target"]["id"] for f in found["data"]
        }
        assert partners == {ACME, BETA, GAMMA}


def test_api_facts_date_range_and_pages(api: httpx.Client) -> None:
    late = api.get("/v1/facts", params={"since": "2025-06"}).json()["data"]
    assert {f["source"]["id"] for f in late} <= {BARX, BETA, GAMMA}
    assert len(late) == 6
    early = api.get("/v1/facts", params={"until": "2024-12-31"}).json()["data"]
    assert len(early) == 4
    everything = _all_pages(api, "/v1/facts", limit=3)
    assert len(everything) == 10
    assert everything[0]["last_date"] == "2025-09-10"
    assert len({(f["type"], f["source"]["id"], f["target"]["id"]) for f in everything}) == 10


# --- paths and subgraphs -----------------------------------------------------------------
def test_api_shortest_paths(api: httpx.Client) -> None:
    body = api.get("/v1/paths", params={"source": GAMMA, "target": CLL}).json()
    assert body["count"] >= 1
    for path in body["data"]:
        assert path["nodes"][0]["id"] == GAMMA
        assert path["nodes"][-1]["id"] == CLL
        assert len(path["links"]) == 4
    direct = api.get("/v1/paths", params={"source": DRUG, "target": BCL2}).json()["data"]
    assert direct[0]["links"] == [
        {
            "source": DRUG,
            "target": BCL2,
            "type": "TARGETS",
            "phase": None,
            "doc_count": 0,
            "confidence": 0.0,
        }
    ]
    none = api.get("/v1/paths", params={"source": GAMMA, "target": CLL, "max_hops": 2}).json()
    assert none["data"] == []


def test_api_subgraph_nodes_and_links(api: httpx.Client) -> None:
    body = api.get("/v1/subgraph", params={"id": [BCL2, CD3]}).json()
    assert {n["id"] for n in body["nodes"]} == {BCL2, CD3, DRUG, BARX}
    assert {(link["source"], link["target"]) for link in body["links"]} == {
        (DRUG, BCL2),
        (BARX, BCL2),
        (BARX, CD3),
    }


# --- documents ---------------------------------------------------------------------------
def test_api_documents_list_and_detail(api: httpx.Client) -> None:
    docs = api.get("/v1/documents").json()["data"]
    assert [d["published"] for d in docs] == ["2025-09-10", "2025-05-20", "2024-03-01"]
    in_2025 = api.get("/v1/documents", params={"since": "2025", "until": "2025-06"}).json()
    assert [d["published"] for d in in_2025["data"]] == ["2025-05-20"]
    assert api.get("/v1/documents", params={"kind": "pipeline"}).json()["data"] == []
    first = first_release().document.id
    detail = api.get(f"/v1/documents/{first}").json()
    assert detail["published"] == "2024-03-01"
    assert len(detail["facts"]) == 4
    targets = next(f for f in detail["facts"] if f["type"] == "TARGETS")
    assert targets["documents"][0] == first
    assert targets["evidence"][0] == "Fooximab (FX-101) is an antibody that binds Bcl-2."
    assert {e["id"] for e in detail["entities"]} == {DRUG, BCL2, CLL, ACME, BETA}


# --- analyst views -----------------------------------------------------------------------
def test_api_target_landscape(api: httpx.Client) -> None:
    body = api.get(f"/v1/views/target-landscape/{BCL2}").json()
    rows = {row["molecule"]["id"]: row for row in body["data"]}
    assert set(rows) == {DRUG, BARX}
    assert [d["id"] for d in rows[BARX]["developers"]] == [BETA, GAMMA]
    assert [(i["disease"]["id"], i["phase"]) for i in rows[BARX]["indications"]] == [
        (AML, "phase 1")
    ]
    assert [(i["disease"]["id"], i["phase"]) for i in rows[DRUG]["indications"]] == [
        (CLL, "phase 3")
    ]
    assert body["data"][0]["molecule"]["id"] == DRUG
    first = api.get(f"/v1/views/target-landscape/{BCL2}", params={"limit": 1}).json()
    second = api.get(
        f"/v1/views/target-landscape/{BCL2}", params={"cursor": first["next_cursor"]}
    ).json()
    assert [r["molecule"]["id"] for r in first["data"] + second["data"]] == [DRUG, BARX]
    # past the last molecule: an empty page of a known target, not a 404
    beyond = api.get(f"/v1/views/target-landscape/{BCL2}", params={"cursor": encode_cursor(5)})
    assert beyond.status_code == 200
    assert beyond.json()["data"] == []


def test_api_disease_landscape(api: httpx.Client) -> None:
    body = api.get(f"/v1/views/disease-landscape/{AML}").json()
    (row,) = body["data"]
    assert row["molecule"]["id"] == BARX
    assert [t["id"] for t in row["targets"]] == [BCL2, CD3]
    assert row["indications"][0]["phase"] == "phase 1"


def test_api_organisation_profile(api: httpx.Client) -> None:
    body = api.get(f"/v1/views/organisation-profile/{BETA}").json()
    assert body["organization"]["id"] == BETA
    assert [m["molecule"]["id"] for m in body["molecules"]] == [BARX]
    partners = [
        (p["organization"]["id"], p["first_date"], p["last_date"]) for p in body["partners"]
    ]
    assert partners == [(ACME, "2024-03-01", "2024-03-01"), (GAMMA, "2025-09-10", "2025-09-10")]


def test_api_timeline(api: httpx.Client) -> None:
    events = _all_pages(api, f"/v1/views/timeline/{DRUG}", limit=2)
    assert [e["date"] for e in events] == sorted((e["date"] for e in events), reverse=True)
    assert len(events) == 6  # 3 facts, each stated by 2 documents
    assert {e["document"] for e in events} == {
        first_release().document.id,
        next(e["document"] for e in events if e["date"] == "2025-05-20"),
    }
    later = api.get(f"/v1/views/timeline/{BETA}", params={"since": "2025"}).json()["data"]
    assert {e["document"] for e in later} == {third_release().document.id}


def test_api_new_since(api: httpx.Client) -> None:
    new = api.get("/v1/views/new", params={"since": "2025-01-01"}).json()["data"]
    assert {(f["type"], f["source"]["id"], f["target"]["id"]) for f in new} == {
        ("COLLABORATES_WITH", BETA, GAMMA),
        ("DEVELOPS", BETA, BARX),
        ("DEVELOPS", GAMMA, BARX),
        ("TARGETS", BARX, BCL2),
        ("TARGETS", BARX, CD3),
        ("INDICATED_FOR", BARX, AML),
    }
    restated = api.get("/v1/views/new", params={"since": "2025-01-01", "restated": True})
    assert len(restated.json()["data"]) == 9


def test_api_facts_as_of_give_the_graph_as_known_then(api: httpx.Client) -> None:
    def indicated(**params: str) -> dict[str, dict[str, Any]]:
        body = api.get("/v1/facts", params={"type": "INDICATED_FOR", **params}).json()
        return {f["source"]["id"]: f for f in body["data"]}

    everything = indicated()
    assert set(everything) == {DRUG, BARX}
    # the stage history: what each supporting document stated, parallel to documents
    history = dict(
        zip(everything[DRUG]["dates"], everything[DRUG]["history"]["phase"], strict=True)
    )
    assert history == {"2024-03-01": "phase 2", "2025-05-20": "phase 3"}
    assert everything[DRUG]["phase"] == "phase 3"

    early = indicated(as_of="2024-12-31")
    assert set(early) == {DRUG}  # barxolimab's AML fact was first stated in 2025-09
    assert early[DRUG]["phase"] == "phase 2"
    assert early[DRUG]["doc_count"] == 1
    assert early[DRUG]["dates"] == ["2024-03-01"]
    assert early[DRUG]["last_date"] == "2024-03-01"

    later = indicated(as_of="2025-06")
    assert set(later) == {DRUG}
    assert later[DRUG]["phase"] == "phase 3"
    assert later[DRUG]["doc_count"] == 2

    assert indicated(as_of="2023-01-01") == {}
    assert api.get("/v1/facts", params={"as_of": "June 2024"}).status_code == 422


def test_api_facts_by_trial(api: httpx.Client) -> None:
    """The filter reaches the view (matching itself: tests/graph/test_deals_views.py)."""
    none = api.get("/v1/facts", params={"trial": "NO-SUCH-TRIAL"})
    assert none.status_code == 200
    assert none.json()["data"] == []
    assert api.get("/v1/facts", params={"trial": "x" * 121}).status_code == 422


def test_api_fact_types_are_the_schema_fact_kinds() -> None:
    from typing import get_args

    from oncokg.api.routes import DealKind, EntityLabel, FactType
    from oncokg.graph import views
    from oncokg.schema import ENTITY_LABELS, FACT_KINDS

    assert list(get_args(FactType)) == [str(kind) for kind in FACT_KINDS]
    assert get_args(DealKind) == views.DEAL_KINDS
    assert list(get_args(EntityLabel)) == [str(label) for label in ENTITY_LABELS]


def test_api_pipeline_stage_history_and_deals_views(api: httpx.Client) -> None:
    pipeline = api.get(f"/v1/views/pipeline/{ACME}").json()["data"]
    cll = next(e for e in pipeline if e["disease"]["id"] == CLL)
    assert (cll["molecule"]["id"], cll["stage"], cll["since"]) == (DRUG, "phase 3", "2025-05-20")
    assert [c["stage"] for c in cll["changes"]] == ["phase 2", "phase 3"]
    history = api.get(f"/v1/views/stage-history/{DRUG}").json()["data"]
    assert [(e["disease"]["id"], e["stage"]) for e in history] == [(CLL, "phase 3")]
    assert api.get("/v1/views/deals").json() == {"data": [], "count": 0, "next_cursor": None}
    assert api.get("/v1/views/deals", params={"kind": "merger"}).status_code == 422
    assert api.get("/v1/views/pipeline/org:nobody").status_code == 404
    assert api.get("/v1/views/stage-history/molecule:nothing").status_code == 404


def test_api_lists_as_csv(api: httpx.Client) -> None:
    """`?format=csv` on list routes and views: a table with flattened columns, the JSON
    rows' values, the next page's cursor in a header."""
    import csv
    import io

    as_json = api.get("/v1/facts", params={"limit": 2}).json()
    response = api.get("/v1/facts", params={"limit": 2, "format": "csv"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["source_id"] for r in rows] == [f["source"]["id"] for f in as_json["data"]]
    assert rows[0]["evidence"] == "; ".join(as_json["data"][0]["evidence"]).replace("\n", " ")
    assert response.headers.get("x-next-cursor") == as_json["next_cursor"]
    documents = api.get("/v1/documents", params={"format": "csv"})
    assert documents.text.splitlines()[0].startswith("id,title,url,published")
    assert len(documents.text.splitlines()) == 1 + len(api.get("/v1/documents").json()["data"])
    for path in ("/v1/views/deals", f"/v1/views/pipeline/{ACME}", f"/v1/views/timeline/{ACME}"):
        table = api.get(path, params={"format": "csv"})
        assert table.status_code == 200, path
        assert table.headers["content-type"].startswith("text/csv"), path


def test_csv_cells_never_run_as_formulas() -> None:
    from oncokg.tabular import flatten

    cells = flatten({"evidence": ['=HYPERLINK("x")', "plain"], "name": "+1", "n": 3})
    assert cells == {"evidence": '\'=HYPERLINK("x"); plain', "name": "'+1", "n": "3"}


def test_api_overview_counts_and_most_connected(api: httpx.Client) -> None:
    overview = api.get("/v1/views/overview", params={"per_label": 2}).json()
    assert overview["stats"] == api.get("/v1/stats").json()
    busiest = overview["most_connected"]
    assert {e["label"] for e in busiest} <= {"Molecule", "Target", "Disease", "Organization"}
    for label in {e["label"] for e in busiest}:
        degrees = [e["degree"] for e in busiest if e["label"] == label]
        assert len(degrees) <= 2
        assert degrees == sorted(degrees, reverse=True)
    top = busiest[0]
    assert top["degree"] == api.get(f"/v1/entities/{top['id']}").json()["degree"]
    assert overview["newest_documents"][0]["id"].startswith("doc:")
