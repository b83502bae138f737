"""The notebook client on the embedded store: DataFrames from the same views and queries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oncokg.client import OncoKG
from oncokg.exceptions import InputError, QueryForbiddenError
from tests.conftest import REPO

pytest.importorskip("pandas")


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OncoKG]:
    data_dir = Path(tmp_path_factory.mktemp("client")) / "graph"
    with OncoKG.open(store="embedded", data_dir=data_dir) as client:
        report = client.load_samples(extra=[REPO / "notebooks" / "data"])
        assert report.documents == 7
        yield client


def test_client_search_returns_ranked_frame(kg: OncoKG) -> None:
    hits = kg.search("venetoclax")
    assert list(hits.columns[:3]) == ["id", "label", "name"]
    assert hits.iloc[0]["id"] == "molecule:venetoclax"


def test_client_neighbours_and_facts(kg: OncoKG) -> None:
    around = kg.neighbours("target:BCL2")
    assert set(around["id"]) == {"molecule:venetoclax"}
    facts = kg.facts("DEVELOPS", source="org:servier")
    assert "molecule:ivosidenib" in set(facts["target_id"])


def test_client_evidence_joins_documents(kg: OncoKG) -> None:
    trail = kg.evidence("TARGETS", source="molecule:venetoclax", target="target:BCL2")
    assert sorted(trail["date"]) == ["2016-04-11", "2019-05-20"]
    assert trail["url"].str.startswith("https://example.org/").all()


def test_client_landscape_is_flat(kg: OncoKG) -> None:
    frame = kg.landscape("target:IDH1")
    assert set(frame["molecule"]) == {"ivosidenib", "vorasidenib"}
    assert "phase 3" in set(frame["phase"])
    with pytest.raises(InputError):
        kg.landscape("org:servier")


def test_client_named_queries(kg: OncoKG) -> None:
    assert len(kg.catalogue()) >= 15
    assert len(kg.query("who_develops_what", limit=100)) == 9
    with pytest.raises(InputError, match="Neo4j only"):
        kg.query("org_shortest_path", **{"from": "org:abbvie", "to": "org:servier"})
    with pytest.raises(KeyError):
        kg.query("no_such_query")


def test_client_timeline_and_new_since(kg: OncoKG) -> None:
    assert kg.timeline("molecule:venetoclax")["date"].iloc[0] == "2019-05-20"
    assert list(kg.new_since("2025-01-01")["target"]) == ["myelodysplastic syndrome"]


def test_client_cypher_is_read_only_and_gives_plain_maps(kg: OncoKG) -> None:
    """Nodes come back as maps of their properties on both stores; a write is refused."""
    frame = kg.cypher("MATCH (t:Target) RETURN t LIMIT 1")
    assert isinstance(frame.loc[0, "t"], dict)
    assert frame.loc[0, "t"]["id"].startswith("target:")
    with pytest.raises(QueryForbiddenError):
        kg.cypher("MATCH (t:Target) SET t.name = 'x'")


def test_client_to_excel_writes_a_sheet_per_table(kg: OncoKG, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = kg.to_excel(tmp_path / "oncokg.xlsx")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["facts", "documents", "deals", "counts"]
    facts = kg.facts(limit=100_000)
    rows = list(book["facts"].iter_rows(values_only=True))
    assert list(rows[0]) == list(facts.columns)
    assert len(rows) == 1 + len(facts)
    own = kg.to_excel(tmp_path / "mine.xlsx", {"my view": kg.search("ivosidenib")})
    assert load_workbook(own, read_only=True).sheetnames == ["my view"]


def test_client_most_connected_ranks_by_degree(kg: OncoKG) -> None:
    molecules = kg.most_connected("Molecule", 3)
    assert set(molecules["label"]) == {"Molecule"}
    assert molecules["degree"].is_monotonic_decreasing
    assert len(kg.most_connected(limit=2)) <= 8  # two of each label at most
