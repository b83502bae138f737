"""Inputs named or shaped in odd ways: a file name that is not UTF-8 or carries control
characters, another spelling of a known path, a damaged PDF, FIFOs and dangling links. Each is
stored or refused by name, the rest of the run lands, and nothing already stored is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.graph import reads, views
from oncokg.graph.store import GraphStore
from oncokg.pipeline import ingest
from tests.conftest import SAMPLES

RELEASE = (SAMPLES / "servier-oncology-research.txt").read_text(encoding="utf-8")
runner = CliRunner()


def _sources(store: GraphStore) -> set[str]:
    return {d.source for d in views.list_documents(store, limit=100)}


def test_input_name_not_utf8_is_stored_escaped_and_the_rest_lands(
    store: GraphStore, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"release-\xff\xfe.txt")
    with open(odd, "wb") as handle:
        handle.write(b"Zeta Pharma develops zetaparib in ovarian cancer.")
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    report = ingest([folder], store)
    assert report.errors == []
    assert report.documents == 2
    sources = _sources(store)
    escaped = f"{folder.resolve()}/release-\\xff\\xfe.txt"
    assert escaped in sources
    # the escaping reads back to the name on disk
    assert os.fsencode(escaped.encode("latin-1", "backslashreplace").decode("unicode_escape"))


def test_input_changed_file_under_another_spelling_replaces_its_facts(
    store: GraphStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "m2"
    folder.mkdir()
    release = folder / "a.txt"
    release.write_text("Zeta Pharma develops zetaparib in ovarian cancer.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ingest([Path("m2/a.txt")], store)
    release.write_text("Zeta Pharma develops omegaparib in ovarian cancer.", encoding="utf-8")
    report = ingest([release.resolve()], store)
    assert report.replaced == 1
    assert len(_sources(store)) == 1
    assert {hit.name for hit in reads.search(store, "parib")} == {"omegaparib"}


def test_input_pdf_and_binary_are_refused_by_name(tmp_path: Path) -> None:
    """A PDF is read by its text (tests/loaders/test_web.py); a damaged one is refused."""
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + b"stream x" * 50)
    result = runner.invoke(app, ["extract", str(pdf)])
    assert result.exit_code == 1
    assert "release.pdf" in result.output
    assert "PDF" in result.output


def test_input_control_characters_in_a_name_never_reach_the_terminal(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    fake = "x.txt\n\x1b[32mingested 999 documents\x1b[0m\n"
    (folder / f"{fake}.txt").write_bytes(b"")
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--data-dir", str(tmp_path / "g")])
    assert result.exit_code == 3, result.output  # some skipped, the rest ingested
    assert "\x1b" not in result.output
    assert "\\x1b[32mingested 999 documents" in result.output
    assert not any(line.startswith("ingested 999") for line in result.output.splitlines())


def test_input_fifo_and_dangling_link_are_reported_not_opened(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "good.txt").write_text(RELEASE, encoding="utf-8")
    result = runner.invoke(app, ["ingest", str(folder), "--data-dir", str(tmp_path / "g")])
    assert result.exit_code == 3, result.output
    assert "pipe.txt" in result.output
    assert "gone.txt" in result.output
    assert "ingested 1 documents" in result.output
