"""Pure parts of the read views: the query builders, the named query files and the shaping
of rows. The store-backed behaviour is covered through the API on both stores."""

from __future__ import annotations

from importlib.resources import files

import pytest

from oncokg.graph import queries, views
from oncokg.graph.queries.catalogue import named_query
from oncokg.schema import EdgeKind, Label
from tests.factories import ACME, BCL2, BETA, DRUG

NAMED = [
    "target_landscape",
    "disease_landscape",
    "organisation_molecules",
    "organisation_partners",
    "entity_timeline",
    "new_facts",
]


@pytest.mark.parametrize("name", NAMED)
def test_views_named_queries_have_headers_and_one_statement(name: str) -> None:
    text = (files("oncokg.cypher.queries") / f"{name}.cypher").read_text()
    assert text.startswith(f"// {name}:")
    assert "Parameters:" in text
    assert "Example:" in text
    for dialect in ("neo4j", "ladybug"):
        statement = named_query(name, dialect)
        assert "//" not in statement
        assert "$" in statement


def test_views_ladybug_variants_differ_only_where_needed() -> None:
    assert "type(r)" in named_query("new_facts", "neo4j")
    assert "label(r)" in named_query("new_facts", "ladybug")
    assert named_query("target_landscape", "ladybug") == named_query("target_landscape", "neo4j")


def test_views_fact_builder_uses_parameters_only() -> None:
    text = queries.facts(
        EdgeKind.TARGETS, Label.MOLECULE, Label.TARGET, frozenset({"source", "since"})
    )
    assert "{id: $source}" in text
    assert "r.last_date >= $since" in text
    assert "$until" not in text
    assert "-[r:TARGETS]->" in text
    with pytest.raises(ValueError, match="unknown"):
        queries.facts(EdgeKind.TARGETS, Label.MOLECULE, Label.TARGET, frozenset({"x"}))


def test_views_symmetric_fact_is_undirected_when_an_end_is_fixed() -> None:
    org = Label.ORGANIZATION
    fixed = queries.facts(EdgeKind.COLLABORATES_WITH, org, org, frozenset({"source"}))
    free = queries.facts(EdgeKind.COLLABORATES_WITH, org, org, frozenset())
    assert "-[r:COLLABORATES_WITH]-(" in fixed
    assert "-[r:COLLABORATES_WITH]->(" in free


@pytest.mark.parametrize("hops", [0, 7, "3"])
def test_views_path_hops_must_be_a_small_int(hops: object) -> None:
    with pytest.raises(ValueError, match="max_hops"):
        queries.shortest_paths(Label.MOLECULE, Label.TARGET, hops, "neo4j")  # type: ignore[arg-type]


def test_views_path_builders_per_dialect() -> None:
    assert "allShortestPaths" in queries.shortest_paths(Label.MOLECULE, Label.TARGET, 3, "neo4j")
    assert "ALL SHORTEST 1..3" in queries.shortest_paths(Label.MOLECULE, Label.TARGET, 3, "ladybug")


def test_views_degree_and_documents_filters() -> None:
    assert queries.degree(Label.DOCUMENT) is None
    assert "TARGETS|INDICATED_FOR|DEVELOPS" in str(queries.degree(Label.MOLECULE))
    text = queries.documents(frozenset({"kind", "until"}))
    assert "d.kind = $kind" in text
    assert "d.published <= $until" in text


def test_views_orient_follows_schema() -> None:
    assert views.orient(EdgeKind.TARGETS, BCL2, DRUG) == (DRUG, BCL2)
    assert views.orient(EdgeKind.DEVELOPS, DRUG, ACME) == (ACME, DRUG)
    assert views.orient(EdgeKind.COLLABORATES_WITH, BETA, ACME) == (ACME, BETA)


def test_views_timeline_events_one_per_document() -> None:
    row = {
        "type": "DEVELOPS",
        "id": DRUG,
        "name": "fooximab",
        "aliases": [],
        "other_id": ACME,
        "other_name": "Acme",
        "other_aliases": None,
        "phase": None,
        "documents": ["doc:a", "doc:b"],
        "evidence": ["one", "two"],
        "dates": ["2024-01-01", ""],
    }
    events = views.timeline_events(row)
    assert [(e.document, e.date, e.evidence) for e in events] == [
        ("doc:a", "2024-01-01", "one"),
        ("doc:b", None, "two"),
    ]
    assert events[0].source.id == ACME
    assert events[0].target.id == DRUG
