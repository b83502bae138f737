"""Watchlists and digests from the CLI: set a watchlist, read what is new on it (its feed over
HTTP: tests/api/test_api_watchlists.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from oncokg.cli import app
from oncokg.exceptions import InputError
from oncokg.watchlists import Watchlists
from tests.conftest import REPO, SAMPLES

DEMO = REPO / "notebooks" / "data"
runner = CliRunner()


def test_digest_lists_new_facts_on_a_watchlist(tmp_path: Path) -> None:
    args = ["--data-dir", str(tmp_path / "graph")]
    assert runner.invoke(app, ["ingest", str(SAMPLES), str(DEMO), *args]).exit_code == 0
    watched = ["org:servier", "molecule:ivosidenib"]
    result = runner.invoke(app, ["watch", "set", "idh", *watched, *args])
    assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["watch", "list", *args]).stdout.startswith("idh: org:servier")
    digest = runner.invoke(app, ["digest", "--since", "2021-01-01", "--format", "json", *args])
    assert digest.exit_code == 0, digest.output
    facts = json.loads(digest.stdout)["idh"]
    assert facts
    for fact in facts:
        assert fact["first_date"] >= "2021-01-01"
        assert {fact["source"]["id"], fact["target"]["id"]} & set(watched)
    text = runner.invoke(app, ["digest", "--since", "2021-01-01", *args]).stdout
    assert text.startswith(f"# idh: {len(facts)} new since 2021-01-01")
    assert "“" in text  # each fact with the sentences that state it
    unknown = runner.invoke(app, ["watch", "set", "x", "molecule:nothing-such", *args])
    assert unknown.exit_code == 1


def test_watchlist_names_and_sizes_are_checked(tmp_path: Path) -> None:
    lists = Watchlists(tmp_path)
    with pytest.raises(InputError):
        lists.save("../escape", ["org:a"])
    with pytest.raises(InputError):
        lists.save("empty", [])
    assert lists.save("ok", ["org:a", "org:a", "org:b"]) == ["org:a", "org:b"]
    assert lists.all() == {"ok": ["org:a", "org:b"]}
