"""Hostile input never crashes a run and never costs stored data: a folder of bad files goes
through `ingest` into a store that already holds a graph; the good files land, each bad one
is reported by name, and every node and relationship stored before is still there, unchanged.
Then a bounded, seeded fuzz loop and a hypothesis property over `parse_bytes` + `extract`."""

from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oncokg.exceptions import InputError, OncoKGError
from oncokg.extraction import Document, Extraction
from oncokg.graph.merging import build_batch
from oncokg.graph.store import GraphStore, validate
from oncokg.loaders.extract import extract
from oncokg.loaders.read import MAX_DOCUMENT_BYTES, SUPPORTED_SUFFIXES, parse_bytes
from oncokg.pipeline import ingest
from oncokg.schema import Label
from tests.conftest import SAMPLES
from tests.factories import sample_graph
from tests.reliability.snapshots import snapshot

GOOD_TEXT = (
    "Zeta Pharma announced that zetaparib, a PARP1 inhibitor, entered a Phase 3 trial in "
    "ovarian cancer."
)
GOOD_JSON = {"title": "Omega update", "published": "2024-03-01", "text": GOOD_TEXT}
DEEP = 100_000


def _hostile_folder(root: Path) -> tuple[set[str], dict[str, str]]:
    """Write the folder; return (sources that must land, bad source -> what it is)."""
    root.mkdir()
    rng = random.Random(8)
    good = {
        "good.txt": f"{GOOD_TEXT} (plain)".encode(),
        "cafe-cp1252.txt": "Café Oncologie announced that zetaparib entered Phase 2.".encode(
            "cp1252"
        ),
        "deep.html": (
            "<html><body>" + "<div>" * DEEP + f"<p>{GOOD_TEXT} (deep)</p>" + "</div>" * DEEP
        ).encode(),
    }
    bad = {
        "binary.txt": b"\x7fELF\x02\x01\x01\x00" + rng.randbytes(4096),
        "broken-utf16.txt": codecs.BOM_UTF16_LE + "Zeta Pharma".encode("utf-16-le") + b"\x00\xd8",
        "undecodable.md": b"Zeta \x81\x8d\x90 Pharma \xff\xfe\xfd",
        "malformed.json": b'{"title": "cut short", "text": "Zeta',
        "deep.json": b"[" * DEEP + b"]" * DEEP,
        "not-a-document.json": b'{"text": 42}',
        "empty.md": b"",
        "blank.txt": b"  \n\t\n  ",
        "markup-only.html": b"<html><body><script>alert(1)</script><div></div></body></html>",
    }
    for name, raw in (good | bad).items():
        (root / name).write_bytes(raw)
    with (root / "huge.txt").open("wb") as handle:  # sparse: over the limit, no 10 MB written
        handle.truncate(MAX_DOCUMENT_BYTES + 1)
    bad["huge.txt"] = b""
    # a JSON list and a JSON Lines file, each with good and bad elements
    (root / "list.json").write_text(
        json.dumps([GOOD_JSON | {"text": f"{GOOD_TEXT} (list)"}, {"x": 1}])
    )
    lines = [
        json.dumps(GOOD_JSON | {"text": f"{GOOD_TEXT} (1)", "url": "https://example.org/1"}),
        "{broken",
        "[1, 2]",
        json.dumps({"title": "no text"}),
        json.dumps(GOOD_JSON | {"text": f"{GOOD_TEXT} (5)", "url": "https://example.org/5"}),
    ]
    (root / "lines.jsonl").write_text("\n".join(lines))
    landed = {str(root / name) for name in good}
    landed |= {f"{root / 'list.json'}[0]", f"{root / 'lines.jsonl'}:1", f"{root / 'lines.jsonl'}:5"}
    reported = {str(root / name): name for name in bad}
    reported |= {f"{root / 'list.json'}[1]": "list element without text"}
    reported |= {f"{root / 'lines.jsonl'}:{n}": f"JSON Lines line {n}" for n in (2, 3, 4)}
    return landed, reported


def _document_sources(store: GraphStore) -> set[str]:
    rows = store.read("MATCH (d:Document) RETURN d.source AS source")
    return {row["source"] for row in rows}


def test_hostile_folder_lands_good_files_reports_bad_ones_and_loses_nothing(
    store: GraphStore, tmp_path: Path
) -> None:
    store.upsert(sample_graph())
    before = snapshot(store)
    stored_sources = _document_sources(store)
    landed, reported = _hostile_folder(tmp_path / "hostile")

    report = ingest([tmp_path / "hostile"], store, batch_size=4)

    errors = {error.source: error.reason for error in report.errors}
    assert set(errors) == set(reported), errors  # each bad input named, nothing else failed
    assert "too large" in errors[str(tmp_path / "hostile" / "huge.txt")]
    assert "nested too deeply" in errors[str(tmp_path / "hostile" / "deep.json")]
    assert report.documents == len(landed)
    assert _document_sources(store) == stored_sources | landed  # no bad file half-written
    after = snapshot(store)
    assert before[0] <= after[0], "a stored node was lost or changed"
    assert before[1] <= after[1], "a stored relationship was lost or changed"
    assert after != before

    again = ingest([tmp_path / "hostile"], store, batch_size=4)  # a re-run changes nothing
    assert (again.documents, again.unchanged) == (0, len(landed))
    assert {error.source for error in again.errors} == set(reported)
    assert snapshot(store) == after


# --- a bounded, seeded fuzz loop ---------------------------------------------------------
FUZZ_SEED = 20240611
FUZZ_INPUTS = 3000
_TOKENS = [
    b"<",
    b">",
    b"</div>",
    b"<!--",
    b"<script>",
    b"{",
    b"}",
    b"[",
    b'"',
    b"\\",
    b"\n",
    b"\r\n",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",  # an encoded surrogate
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    b"---\ntitle: x\n---\n",
    b"https://example.org/x\n2024-01-01\n",
    b"&#x0;",
    b"&amp;",
    b"Phase 3 ",
    b"venetoclax ",
    b"BCL2 inhibitor ",
    b"acute myeloid leukemia",
]


def _seeds() -> list[bytes]:
    seeds = [path.read_bytes()[:6000] for path in sorted(SAMPLES.glob("*.txt"))]
    seeds.append(json.dumps(GOOD_JSON).encode())
    seeds.append(json.dumps([GOOD_JSON, GOOD_JSON]).encode())
    seeds.append(
        f"<html><head><title>T</title></head><body><article><p>{GOOD_TEXT}</p></article>"
        "</body></html>".encode()
    )
    return seeds


def _mutate(rng: random.Random, raw: bytes) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        action = rng.randrange(6)
        at = rng.randint(0, len(data))
        if action == 0 and data:  # flip a bit
            data[at % len(data)] ^= 1 << rng.randrange(8)
        elif action == 1:  # insert a token
            data[at:at] = rng.choice(_TOKENS)
        elif action == 2:  # cut
            del data[at : at + rng.randint(1, 200)]
        elif action == 3:  # repeat a slice
            data[at:at] = data[at : at + rng.randint(1, 50)] * rng.randint(2, 200)
        elif action == 4:  # random bytes
            data[at:at] = rng.randbytes(rng.randint(1, 64))
        else:  # truncate
            del data[at:]
    return bytes(data)


def _check_extraction(extraction: Extraction, document: Document) -> None:
    assert extraction.document.id == document.id
    validate(build_batch([extraction]))  # what the extractor makes, a store can write whole


def _parse_and_extract(raw: bytes, source: str, suffix: str) -> tuple[int, int]:
    """(documents, input errors) for one input; any other exception fails the test."""
    whole: InputError | None = None
    try:
        results = parse_bytes(raw, source, suffix)
    except InputError as error:
        whole = error
    if whole is not None:
        assert whole.source == source
        return 0, 1
    documents = errors = 0
    for item in results:
        if isinstance(item, InputError):
            assert item.source.startswith(source)
            errors += 1
            continue
        assert isinstance(item, Document)
        assert item.text.strip()
        try:
            _check_extraction(extract(item), item)
        except OncoKGError:
            errors += 1
            continue
        documents += 1
    return documents, errors


def test_fuzz_parse_and_extract_seeded_loop() -> None:
    rng = random.Random(FUZZ_SEED)
    seeds = _seeds()
    suffixes = ["", *sorted(SUPPORTED_SUFFIXES)]
    documents = errors = 0
    for number in range(FUZZ_INPUTS):
        raw = _mutate(rng, rng.choice(seeds))
        suffix = rng.choice(suffixes)
        source = f"fuzz-{number}{suffix}"
        try:
            found, failed = _parse_and_extract(raw, source, suffix)
        except AssertionError:
            raise
        except Exception as exc:  # the point of the loop: report the input that crashed
            pytest.fail(f"input {number} (suffix {suffix!r}) crashed: {exc!r}; {raw[:200]!r}")
        documents += found
        errors += failed
    print(f"fuzz: {FUZZ_INPUTS} inputs, {documents} documents, {errors} typed errors")
    assert documents + errors >= FUZZ_INPUTS
    assert documents > FUZZ_INPUTS // 4  # the mutations reach both outcomes
    assert errors > FUZZ_INPUTS // 4


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=30,
)
_json_documents = st.fixed_dictionaries(
    {"text": st.one_of(st.text(max_size=300), _json_values)},
    optional={
        "title": _json_values,
        "url": _json_values,
        "published": st.one_of(st.text(max_size=30), _json_values),
        "kind": _json_values,
    },
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_json_documents, _json_values), min_size=1, max_size=4), st.booleans())
def test_property_json_and_jsonl_documents_extract_or_fail_typed(
    items: list[object], as_lines: bool
) -> None:
    if as_lines:
        raw, suffix = "\n".join(json.dumps(item) for item in items).encode(), ".jsonl"
    else:
        raw, suffix = json.dumps(items).encode(), ".json"
    documents, errors = _parse_and_extract(raw, f"doc{suffix}", suffix)
    assert documents + errors >= 1


def test_extracted_documents_are_labelled_documents() -> None:
    (document,) = parse_bytes(GOOD_TEXT.encode(), "good.txt", ".txt")
    assert isinstance(document, Document)
    extraction = extract(document)
    labels = {node.label for node in extraction.nodes}
    assert {Label.MOLECULE, Label.TARGET, Label.DISEASE, Label.ORGANIZATION} <= labels
