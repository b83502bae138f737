"""The built wheel carries every data file the installed package reads at run time, and its
compiled extractor extracts what the source does.

An editable install reads data straight from the source tree and runs the extractor as
Python source, so a folder left out of the wheel, or a module the compiler reads otherwise,
goes unnoticed until someone runs `pip install .`; this builds the real wheel.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from oncokg.loaders.extract import extract
from oncokg.measure.evaluation import read_corpus_file
from tests.conftest import SAMPLES
from tests.loaders.helpers import SHARED

ROOT = Path(__file__).resolve().parents[1]

# One file per data folder the package opens with importlib.resources.
SHIPPED = [
    "oncokg/api/static/index.html",
    "oncokg/api/static/vendor/cytoscape.min.js",
    "oncokg/cypher/guide/oncokg.html",
    "oncokg/cypher/queries/ladybug/",
    "oncokg/cypher/queries/",
    "oncokg/loaders/vocab/",
    "oncokg/samples/",
]


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    (wheel,) = out.glob("oncokg-*.whl")
    return wheel, build.stdout + build.stderr


def test_wheel_ships_every_data_folder(built_wheel: tuple[Path, str]) -> None:
    wheel, _ = built_wheel
    names = zipfile.ZipFile(wheel).namelist()
    for shipped in SHIPPED:
        assert any(name.startswith(shipped) for name in names), shipped


def test_wheel_build_declares_every_folder_it_ships(built_wheel: tuple[Path, str]) -> None:
    _, log = built_wheel
    assert "is absent from the `packages` configuration" not in log


# Run by the wheel's own modules: whether the extractor is compiled, then one line of JSON per
# document named on the command line.
EXTRACT_WITH_THE_WHEEL = """
import json, sys
from pathlib import Path
from oncokg.loaders.extract import extract
from oncokg.measure.evaluation import read_corpus_file
from oncokg.measure.extract_bench import extractor_compiled
print(extractor_compiled())
for path in sys.argv[1:]:
    print(json.dumps(extract(read_corpus_file(Path(path))).to_json(), sort_keys=True))
"""


def _releases() -> list[Path]:
    """The bundled samples, and the gold corpora beside the repository where they are."""
    folders = [SAMPLES] + [SHARED / "corpus" / name / "docs" for name in ("dev", "dev2")]
    return [path for folder in folders for path in sorted(folder.glob("*.txt"))]


def test_wheel_compiles_the_extractor_to_the_same_output(
    built_wheel: tuple[Path, str], tmp_path: Path
) -> None:
    wheel, _ = built_wheel
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    releases = _releases()
    run = subprocess.run(
        [sys.executable, "-c", EXTRACT_WITH_THE_WHEEL, *map(str, releases)],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
        timeout=600,
    )
    assert run.returncode == 0, run.stderr
    compiled, *lines = run.stdout.splitlines()
    assert compiled == "True", "the wheel's extractor is not compiled"
    assert len(lines) == len(releases)
    for path, line in zip(releases, lines, strict=True):
        source = json.dumps(extract(read_corpus_file(path)).to_json(), sort_keys=True)
        assert line == source, path.name
