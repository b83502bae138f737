"""Every query of `cypher/queries/` documents itself and answers its example as expected.

Each file's header gives the question, the parameters and an example `:params` map; the
test runs that example on a real Neo4j loaded with the sample graph (and on the embedded
store when the file does not say "Neo4j only") and compares the rows with what the sample
graph holds. A new file without an entry in EXPECTED fails, so the catalogue stays tested.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.resources import files
from typing import Any

import pytest

from oncokg.graph.queries.catalogue import (
    CatalogueQuery,
    catalogue,
    named_query,
    parse_params,
    parse_query,
)
from oncokg.graph.store import GraphStore

Rows = list[dict[str, Any]]
QUERIES = catalogue()
NAMES = sorted(QUERIES)


def keys(rows: Rows, *columns: str) -> list[tuple[Any, ...]]:
    return [tuple(row[c] for c in columns) for row in rows]


def ids(items: list[dict[str, Any] | None]) -> set[str]:
    """Ids of collected {id, name} maps, without the all-null entry of an empty OPTIONAL."""
    return {item["id"] for item in items if item and item.get("id")}


def by(column: str, rows: Rows) -> dict[Any, dict[str, Any]]:
    return {row[column]: row for row in rows}


def expect_target_landscape(rows: Rows) -> None:
    assert keys(rows, "id") == [("molecule:venetoclax",)]
    assert ids(rows[0]["developers"]) == {"org:abbvie", "org:genentech"}
    assert ids(rows[0]["indications"]) == {"disease:DOID:1040", "disease:DOID:9119"}
    assert rows[0]["first_date"] == "2016-04-11"


def expect_disease_landscape(rows: Rows) -> None:
    assert keys(rows, "id") == [("molecule:venetoclax",)]
    assert ids(rows[0]["targets"]) == {"target:BCL2"}


def expect_entity_timeline(rows: Rows) -> None:
    assert sorted(keys(rows, "type", "other_id")) == [
        ("DEVELOPS", "org:abbvie"),
        ("DEVELOPS", "org:genentech"),
        ("INDICATED_FOR", "disease:DOID:1040"),
        ("INDICATED_FOR", "disease:DOID:9119"),
        ("TARGETS", "target:BCL2"),
    ]
    targets = by("other_id", rows)["target:BCL2"]
    assert sorted(targets["dates"]) == ["2016-04-11", "2019-05-20"]


def expect_new_facts(rows: Rows) -> None:
    assert keys(rows, "type", "source_id", "target_id", "phase", "first_date") == [
        ("INDICATED_FOR", "molecule:ivosidenib", "disease:DOID:0050908", "phase 2", "2025-01-20")
    ]


def expect_organisation_molecules(rows: Rows) -> None:
    assert {r["id"] for r in rows} == {
        "molecule:ivosidenib",
        "molecule:s64315",
        "molecule:lucitanib",
        "molecule:vorasidenib",
    }
    assert rows[0]["id"] == "molecule:ivosidenib"  # three documents: most supported first
    assert ids(by("id", rows)["molecule:s64315"]["targets"]) == {"target:MCL1"}


def expect_organisation_partners(rows: Rows) -> None:
    assert {r["id"] for r in rows} == {
        "org:agios",
        "org:clovis-oncology",
        "org:macrogenics",
        "org:novartis",
        "org:university-college-london",
        "org:vernalis",
    }
    assert by("id", rows)["org:novartis"]["doc_count"] == 2


def expect_who_develops_what(rows: Rows) -> None:
    assert len(rows) == 9
    assert ("org:servier", "molecule:ivosidenib") in keys(rows, "org_id", "molecule_id")
    targets = by("molecule_id", rows)["molecule:vorasidenib"]["targets"]
    assert sorted(targets) == ["target:IDH1", "target:IDH2"]  # "an inhibitor of IDH1 and IDH2"


def expect_partner_network(rows: Rows) -> None:
    assert keys(rows, "id", "hops") == [
        ("org:servier", 1),
        ("org:agios", 2),
        ("org:clovis-oncology", 2),
        ("org:macrogenics", 2),
        ("org:university-college-london", 2),
        ("org:vernalis", 2),
    ]
    assert rows[1]["via"] == ["org:servier"]


def expect_co_development_pairs(rows: Rows) -> None:
    assert keys(rows, "org_a", "org_b", "shared", "collaborating") == [
        ("org:abbvie", "org:genentech", 1, True),
        ("org:agios", "org:servier", 1, True),
        ("org:clovis-oncology", "org:servier", 1, True),
        ("org:novartis", "org:servier", 1, True),
    ]


def expect_diseases_by_target(rows: Rows) -> None:
    found = by("disease_id", rows)
    glioma = "disease:DOID:3070"
    assert set(found) == {"disease:DOID:9119", "disease:DOID:4947", "disease:DOID:0050908", glioma}
    assert found["disease:DOID:4947"]["phases"] == ["phase 3"]
    assert found[glioma]["molecules"] == ["molecule:vorasidenib"]
    assert all(r["molecules"] == ["molecule:ivosidenib"] for r in rows if r["disease_id"] != glioma)


def expect_molecules_by_phase(rows: Rows) -> None:
    assert keys(rows, "molecule_id", "disease_id", "phase") == [
        ("molecule:venetoclax", "disease:DOID:9119", "phase 3"),
        ("molecule:ivosidenib", "disease:DOID:4947", "phase 3"),
        ("molecule:vorasidenib", "disease:DOID:3070", "phase 3"),
    ]


def expect_fact_evidence(rows: Rows) -> None:
    assert keys(rows, "date", "url") == [
        ("2016-04-11", "https://example.org/oncokg-demo/2016-04-venetoclax-cll"),
        ("2019-05-20", "https://example.org/oncokg-demo/2019-05-s64315-aml"),
    ]
    assert all("BCL-2" in r["sentence"] for r in rows)


def expect_org_shortest_path(rows: Rows) -> None:
    assert {r["hops"] for r in rows} == {4}
    assert {tuple(r["ids"]) for r in rows} == {
        ("org:abbvie", "molecule:venetoclax", "disease:DOID:9119", m, "org:servier")
        for m in ("molecule:ivosidenib", "molecule:s64315")
    }


def expect_most_connected_targets(rows: Rows) -> None:
    assert keys(rows, "target_id", "molecules", "organisations", "diseases") == [
        ("target:IDH1", 2, 2, 4),
        ("target:BCL2", 1, 2, 2),
        ("target:MCL1", 1, 2, 1),
        ("target:IDH2", 1, 1, 1),
    ]


def expect_most_connected_organisations(rows: Rows) -> None:
    assert keys(rows, "org_id", "partners", "molecules")[0] == ("org:servier", 6, 4)
    assert len(rows) == 9


def expect_competing_molecules(rows: Rows) -> None:
    assert keys(rows, "target_id", "molecule_id") == [("target:IDH1", "molecule:ivosidenib")]
    assert sorted(rows[0]["developers"]) == ["org:agios", "org:servier"]


def expect_document_facts(rows: Rows) -> None:
    assert ("TARGETS", "molecule:s64315", "target:MCL1") in keys(
        rows, "type", "source_id", "target_id"
    )
    assert len(rows) == 7
    assert all(r["sentence"] for r in rows)


def expect_co_mentions(rows: Rows) -> None:
    assert keys(rows, "id", "documents")[:2] == [
        ("molecule:ivosidenib", 3),
        ("org:servier", 3),
    ]


def expect_documents_by_year(rows: Rows) -> None:
    # the UCL sample states no date; its dateline ("11 Dec 2019 | ...") dates it
    assert keys(rows, "year", "documents") == [
        ("2016", 1),
        ("2019", 2),
        ("2021", 1),
        ("2023", 1),
        ("2025", 1),
        ("undated", 1),
    ]


def expect_weakly_supported_facts(rows: Rows) -> None:
    found = keys(rows, "type", "source_id", "target_id")
    assert ("COLLABORATES_WITH", "org:servier", "org:vernalis") in found
    assert ("DEVELOPS", "org:servier", "molecule:ivosidenib") not in found  # three documents
    assert all(r["sentence"] for r in rows)


def expect_graph_overview(rows: Rows) -> None:
    counts = {(r["kind"], r["name"]): r["count"] for r in rows}
    assert counts[("node", "Document")] == 7
    assert counts[("node", "PressRelease")] == 7
    assert counts[("node", "Organization")] == 9
    assert counts[("relationship", "TARGETS")] == 5


def expect_acquisitions(rows: Rows) -> None:
    assert keys(rows, "buyer_id", "acquired_id", "status", "scope") == [
        ("org:servier", "org:agios", "completed", "oncology business")
    ]
    assert rows[0]["first_date"] == "2021-03-31"


def expect_deal_terms(rows: Rows) -> None:
    assert rows
    assert {r["party_id"] for r in rows} == {"org:servier"}
    assert {r["kind"] for r in rows} <= {"licence", "option", "co-development", "research", "other"}
    assert ("org:vernalis", "research") in keys(rows, "partner_id", "kind")


def expect_stage_history(rows: Rows) -> None:
    stages = dict(keys(rows, "disease_id", "stage"))
    assert stages["disease:DOID:4947"] == "phase 3"  # cholangiocarcinoma
    for row in rows:
        assert len(row["dates"]) == len(row["stages"]) == len(row["documents"])


def expect_organisation_pipeline(rows: Rows) -> None:
    found = keys(rows, "molecule_id", "disease_id", "stage")
    assert ("molecule:s64315", "disease:DOID:9119", "phase 1") in found
    for row in rows:
        assert len(row["dates"]) == len(row["stages"]) == len(row["evidence"])


EXPECTED: dict[str, Callable[[Rows], None]] = {
    name.removeprefix("expect_"): check
    for name, check in globals().items()
    if name.startswith("expect_") and callable(check)
}


# --- the headers -------------------------------------------------------------------------
def test_catalogue_has_the_analyst_questions() -> None:
    assert len(QUERIES) >= 15
    wanted = {
        "target_landscape",
        "who_develops_what",
        "partner_network",
        "co_development_pairs",
        "diseases_by_target",
        "molecules_by_phase",
        "fact_evidence",
        "entity_timeline",
        "new_facts",
        "org_shortest_path",
        "most_connected_targets",
    }
    assert wanted <= set(QUERIES)


@pytest.mark.parametrize("name", NAMES)
def test_catalogue_header_documents_the_query(name: str) -> None:
    query: CatalogueQuery = QUERIES[name]
    assert query.question.endswith("?") or "." in query.question, query.question
    for parameter in query.example:
        assert f"${parameter}" in query.parameters, f"{name}: ${parameter} undocumented"
        assert f"${parameter}" in query.text
    assert name in EXPECTED, f"add an expectation for {name} to {__name__}"


def test_catalogue_every_file_is_one_statement() -> None:
    for name in NAMES:
        assert named_query(name, "neo4j")


def test_parse_params_reads_browser_param_commands() -> None:
    lines = [':param a => "x:y"', ":param b => 0", ":param c => true", ":param d => null"]
    assert parse_params([*lines, ':param e => ""']) == {
        "a": "x:y",
        "b": 0,
        "c": True,
        "d": None,
        "e": "",
    }


def test_catalogue_examples_are_commands_browser_accepts() -> None:
    """`:params {limit: 25}` makes 25.0, which LIMIT refuses: examples are `:param` lines."""
    for query in QUERIES.values():
        assert ":params" not in query.text, query.name


def test_parse_query_refuses_an_undocumented_file() -> None:
    with pytest.raises(ValueError, match="must start with"):
        parse_query("lonely", "MATCH (n) RETURN n")


def test_catalogue_is_package_data() -> None:
    folder = files("oncokg.cypher.queries")
    assert {e.name.removesuffix(".cypher") for e in folder.iterdir()} >= set(NAMES)


# --- the answers ---------------------------------------------------------------------------
def run_example(store: GraphStore, name: str) -> Rows:
    query = QUERIES[name]
    return store.read(named_query(name, store.dialect), dict(query.example))


@pytest.mark.neo4j
@pytest.mark.parametrize("name", NAMES)
def test_catalogue_example_on_neo4j(neo4j_graph: GraphStore, name: str) -> None:
    EXPECTED[name](run_example(neo4j_graph, name))


@pytest.mark.parametrize("name", [n for n in NAMES if QUERIES[n].portable])
def test_catalogue_example_on_embedded(embedded_graph: GraphStore, name: str) -> None:
    EXPECTED[name](run_example(embedded_graph, name))
