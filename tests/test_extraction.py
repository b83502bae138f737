"""`Extraction.from_json` is the inverse of `to_json` (the `oncokg extract --format json`
contract that `oncokg load` reads back), and names the field of a line that breaks it."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from oncokg.exceptions import InputError
from oncokg.extraction import Document, Extraction
from oncokg.loaders.extract import extract
from oncokg.loaders.read import iter_documents
from tests.conftest import SAMPLES


@pytest.fixture(scope="module")
def extractions() -> list[Extraction]:
    """The samples, read as `oncokg ingest` reads them (source, dates) and extracted."""
    documents = [item for item in iter_documents([SAMPLES]) if isinstance(item, Document)]
    assert len(documents) == 2
    return [extract(document) for document in documents]


def test_extraction_from_json_inverts_to_json_on_the_samples(
    extractions: list[Extraction],
) -> None:
    # what the round trip must carry back: evidence folded into the edges' properties,
    # deal terms nested in them, event dates, a dated document
    assert any(
        edge.evidence_start >= 0 and edge.properties for e in extractions for edge in e.edges
    )
    assert any("deal" in edge.properties for e in extractions for edge in e.edges)
    assert any(e.dates for e in extractions)
    assert any(e.document.published for e in extractions)
    for extraction in extractions:
        line = json.dumps(extraction.to_json(), ensure_ascii=False)
        back = Extraction.from_json(json.loads(line))
        assert back.to_json() == extraction.to_json()
        assert (back.nodes, back.edges, back.dates) == (
            extraction.nodes,
            extraction.edges,
            extraction.dates,
        )
        # the text is not part of the contract; its hash, hence the id, is
        assert back.document.id == extraction.document.id
        assert Extraction.from_json(back.to_json()) == back


DELETE = object()  # the field is removed rather than set


@pytest.mark.parametrize(
    ("path", "value", "field", "reason"),
    [
        (["document", "sha256"], DELETE, "document.sha256", "missing"),
        (["document", "sha256"], "xyz", "document.sha256", "not a SHA-256 hex digest"),
        (["document", "id"], "doc:0000", "document.id", "is not the id of its sha256"),
        (["document", "title"], None, "document.title", "must be a string, not null"),
        (["document"], DELETE, "document", "missing"),
        (["nodes"], {}, "nodes", "must be a list, not an object"),
        (["nodes", 0, "label"], "Gene", "nodes[0].label", "'Gene' is not one of"),
        (["nodes", 1, "name"], DELETE, "nodes[1].name", "missing"),
        (
            ["nodes", 1, "aliases"],
            ["ok", 3],
            "nodes[1].aliases[1]",
            "must be a string, not an integer",
        ),
        (
            ["nodes", 0, "mentions", 0, "start"],
            "0",
            "nodes[0].mentions[0].start",
            "must be an integer, not a string",
        ),
        (["edges", 0, "target"], DELETE, "edges[0].target", "missing"),
        (["edges", 0, "type"], "LIKES", "edges[0].type", "'LIKES' is not one of"),
        (
            ["edges", 0, "properties", "evidence_start"],
            True,
            "edges[0].properties.evidence_start",
            "must be an integer, not a boolean",
        ),
        (["dates", 0], "2012", "dates[0]", "must be an object, not a string"),
        (["dates", 0, "what"], DELETE, "dates[0].what", "missing"),
    ],
)
def test_extraction_from_json_names_the_bad_field(
    extractions: list[Extraction], path: list[str | int], value: Any, field: str, reason: str
) -> None:
    data = copy.deepcopy(extractions[0].to_json())
    parent: Any = data
    for step in path[:-1]:
        parent = parent[step]
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    with pytest.raises(InputError) as raised:
        Extraction.from_json(data)
    assert raised.value.source == field
    assert reason in raised.value.reason


def test_extraction_from_json_refuses_what_is_not_an_object() -> None:
    with pytest.raises(InputError, match="extraction: must be an object, not a list"):
        Extraction.from_json([])
