"""The analyst notebooks run top to bottom (nbclient, a real kernel) on the embedded store
and on a real Neo4j (the suite's server, or NEO4J_URI). They are committed without outputs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from oncokg.graph.neo4j_store import Neo4jStore
from oncokg.settings import Settings
from tests.conftest import REPO

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
STORES = ["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)]


def test_notebooks_exist() -> None:
    names = {path.stem for path in NOTEBOOKS}
    assert {"01_quickstart", "02_landscape", "03_partnerships", "04_evidence_audit"} <= names


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_committed_without_outputs(path: Path) -> None:
    book = json.loads(path.read_text(encoding="utf-8"))
    for cell in book["cells"]:
        if cell["cell_type"] == "code":
            assert not cell.get("outputs"), f"{path.name}: clear outputs before committing"
            assert cell.get("execution_count") is None


@pytest.mark.parametrize("store", STORES)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs(
    path: Path,
    store: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    if store == "neo4j":  # the kernel reads the connection from the environment
        graph: Neo4jStore = request.getfixturevalue("neo4j_store")  # an emptied database
        settings: Settings = request.getfixturevalue("neo4j_settings")
        monkeypatch.setenv("NEO4J_URI", graph.uri)
        monkeypatch.setenv("NEO4J_USER", settings.neo4j_user)
        monkeypatch.setenv("NEO4J_PASSWORD", settings.neo4j_password.get_secret_value())
    monkeypatch.setenv("ONCOKG_STORE", store)
    monkeypatch.setenv("ONCOKG_DATA_DIR", str(tmp_path / "graph"))
    _run_and_check(path)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_a_users_own_graph(
    path: Path, own_graph: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store the user already filled (here 150 synthetic releases, none of the samples):
    the notebooks assume nothing of the sample graph and leave it as it is."""
    monkeypatch.setenv("ONCOKG_STORE", "embedded")
    monkeypatch.setenv("ONCOKG_DATA_DIR", str(own_graph))
    book = _run_and_check(path)
    assert "molecule:venetoclax" not in json.dumps(book["cells"][1].get("outputs", []))


@pytest.fixture(scope="module")
def own_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from oncokg.graph.embedded import EmbeddedStore
    from oncokg.measure.synth import write_corpus
    from oncokg.pipeline import ingest

    folder = tmp_path_factory.mktemp("own")
    write_corpus(folder / "corpus", 150)
    with EmbeddedStore(folder / "graph") as store:
        report = ingest([folder / "corpus" / "docs"], store)
    assert report.documents == 150
    return folder / "graph"


def _run_and_check(path: Path) -> Any:
    """Execute the notebook in a real kernel (inline plots, as for a user) and check it: no
    error, and every cell that draws keeps its figure as an image."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        book, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()
    errors = [
        output
        for cell in book.cells
        for output in cell.get("outputs", [])
        if output.get("output_type") == "error"
    ]
    assert not errors, errors
    drawing = [cell for cell in book.cells if "plt.show()" in cell.get("source", "")]
    for cell in drawing:
        images = [o for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        assert images, f"{path.name}: a figure did not render inline"
    return book
