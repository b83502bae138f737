"""Stages: how far a molecule has got in an indication, on invented releases."""

from __future__ import annotations

from tests.loaders.helpers import run


def _phases(text: str) -> dict[tuple[str, str], str | None]:
    x = run(text)
    by_id = {n.id: n.name for n in x.nodes}
    return {
        (by_id[e.source], by_id[e.target]): e.properties.get("phase")
        for e in x.edges
        if str(e.kind) == "INDICATED_FOR"
    }


def test_stages_respectively_pairs_phases_with_molecules() -> None:
    phases = _phases(
        "Zorbimab and lumatinib are in Phase 2 and Phase 1 development for melanoma, respectively."
    )
    assert phases[("zorbimab", "melanoma")] == "phase 2"
    assert phases[("lumatinib", "melanoma")] == "phase 1"


def test_stages_respectively_pairs_phases_with_diseases() -> None:
    phases = _phases(
        "Zorbimab is in Phase 1 and Phase 2 trials for patients with "
        "multiple myeloma and melanoma, respectively."
    )
    assert phases[("zorbimab", "multiple myeloma")] == "phase 1"
    assert phases[("zorbimab", "melanoma")] == "phase 2"
