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


def test_evaluation_lists_a_wrong_property_of_a_found_edge() -> None:
    gold = {
        "doc": "d.txt",
        "entities": [
            {"type": "Molecule", "name": "zorbimab", "mentions": ["zorbimab"]},
            {"type": "Disease", "name": "melanoma", "mentions": ["melanoma"]},
        ],
        "edges": [
            {
                "type": "INDICATED_FOR",
                "source": "zorbimab",
                "target": "melanoma",
                "phase": "phase3",
                "evidence": "",
            }
        ],
    }
    pred = {
        "nodes": [
            {"id": "molecule:zorbimab", "label": "Molecule", "name": "zorbimab", "aliases": []},
            {"id": "disease:melanoma", "label": "Disease", "name": "melanoma", "aliases": []},
        ],
        "edges": [
            {
                "type": "INDICATED_FOR",
                "source": "molecule:zorbimab",
                "target": "disease:melanoma",
                "properties": {"phase": "phase2"},
            }
        ],
    }
    report = EvalReport()
    score_document(gold, pred, report)
    assert report.edges["INDICATED_FOR"].tp == 1
    assert report.properties[("INDICATED_FOR", "phase")] == [0, 1]
    text = report.format(verbose=True)
    assert "d.txt wrong  INDICATED_FOR.phase: zorbimab -> melanoma: phase2, gold phase3" in text
