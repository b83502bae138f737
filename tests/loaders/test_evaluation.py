from __future__ import annotations

from oncokg.measure.evaluation import EvalReport, norm, score_document


def test_evaluation_norm_matches_scorer_leniency() -> None:
    assert norm("KEYTRUDA®") == norm("Keytruda") == "keytruda"
    assert norm("Sjögren’s syndrome") == "sjogrenssyndrome"


def test_evaluation_counts_matches_misses_and_extras() -> None:
    gold = {
        "doc": "d.txt",
        "entities": [
            {"type": "Molecule", "name": "zorbimab", "mentions": ["ZORBA"]},
            {"type": "Target", "name": "MS4A1", "mentions": ["CD20"]},
        ],
        "edges": [{"type": "TARGETS", "source": "zorbimab", "target": "MS4A1", "evidence": ""}],
    }
    pred = {
        "nodes": [
            {"id": "molecule:zorbimab", "label": "Molecule", "name": "zorbimab", "aliases": []},
            {"id": "org:x", "label": "Organization", "name": "X", "aliases": []},
        ],
        "edges": [],
    }
    report = EvalReport()
    score_document(gold, pred, report)
    assert report.entities["Molecule"].tp == 1
    assert report.entities["Target"].fn == 1
    assert report.entities["Organization"].fp == 1
    assert report.edges["TARGETS"].fn == 1
    text = report.format(verbose=True)
    assert "d.txt missed Target: MS4A1" in text
    assert "d.txt extra  Organization: X" in text
