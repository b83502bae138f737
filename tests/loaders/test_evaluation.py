from __future__ import annotations

from oncokg.measure.evaluation import Counts, EvalReport, f1_interval, norm, score_document


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


def test_evaluation_keeps_each_document_s_own_counts() -> None:
    gold = {
        "doc": "d.txt",
        "entities": [{"type": "Molecule", "name": "zorbimab", "mentions": []}],
        "edges": [],
    }
    found = {"nodes": [{"id": "m:z", "label": "Molecule", "name": "zorbimab", "aliases": []}]}
    report = EvalReport()
    score_document(gold, found, report)
    score_document(gold, {"nodes": []}, report)
    assert [entities for entities, _edges in report.by_document] == [
        Counts(1, 0, 0),
        Counts(0, 1, 0),
    ]
    assert "entities micro F1 90% interval 0.00-1.00 (bootstrap" in report.format()


def test_evaluation_interval_spans_the_f1s_documents_drawn_again_give() -> None:
    one = Counts(8, 2, 0).prf()[2]
    assert f1_interval([Counts(8, 2, 0)] * 30) == (one, one)  # (alike documents: one F1 only)
    low, high = f1_interval([Counts(10, 0, 0)] * 15 + [Counts(0, 10, 10)] * 15)
    assert low < 0.5 < high  # (half the documents wholly right, half wholly wrong)
    assert f1_interval([Counts(10, 0, 0)] * 15 + [Counts(0, 10, 10)] * 15) == (low, high)
