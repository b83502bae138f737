"""The built wheel carries every data file the installed package reads at run time.

An editable install reads data straight from the source tree, so a folder left out of the
wheel goes unnoticed until someone runs `pip install .`; this builds the real wheel.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

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
