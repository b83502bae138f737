"""Choosing the confidence threshold (pure logic over made-up counts)."""

from __future__ import annotations

from oncokg.measure.calibration import choose_threshold
from oncokg.measure.evaluation import Counts, EvalReport


def _report(tp: int, fp: int, fn: int) -> EvalReport:
    report = EvalReport()
    report.edges["TARGETS"] = Counts(tp=tp, fn=fn, fp=fp)
    return report


def test_calibration_the_best_f1_threshold_among_the_precise_enough_is_chosen() -> None:
    thresholds = (0.5, 0.6, 0.7, 0.8)
    reports = [
        _report(80, 20, 20),  # P 0.80: the best F1, not precise enough
        _report(76, 13, 24),  # P 0.85, F1 0.80
        _report(70, 10, 30),  # P 0.875, F1 0.78
        _report(50, 2, 50),
    ]
    assert choose_threshold(reports, 0.85, thresholds) == 0.6


def test_calibration_the_most_precise_threshold_when_none_reaches_the_target() -> None:
    thresholds = (0.5, 0.6)
    reports = [_report(80, 40, 20), _report(60, 20, 40)]
    assert choose_threshold(reports, 0.85, thresholds) == 0.6


def test_calibration_of_thresholds_with_equal_f1_the_highest_is_chosen() -> None:
    thresholds = (0.5, 0.6, 0.7)
    reports = [
        _report(900, 100, 100),  # P 0.90, F1 0.9000: the best by a hair
        _report(895, 95, 105),  # P 0.904, F1 0.8995: as good, more precise
        _report(880, 80, 120),  # P 0.917, F1 0.8980: worse
    ]
    assert choose_threshold(reports, 0.85, thresholds) == 0.6


def test_calibration_the_deal_edges_count_in_the_choice() -> None:
    thresholds = (0.8, 0.85)
    reports = [_report(900, 20, 100), _report(900, 19, 101)]  # as good on the base edges
    reports[0].deals["ACQUIRES"] = Counts(tp=10, fn=2, fp=0)
    reports[1].deals["ACQUIRES"] = Counts(tp=6, fn=6, fp=0)  # the higher one drops four
    assert choose_threshold(reports, 0.85, thresholds) == 0.8
