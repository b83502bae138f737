from __future__ import annotations

import pytest

from oncokg.loaders.recognize import MOLECULE, TARGET, recognize
from oncokg.loaders.vocabulary import get_vocab


def _spans(text: str, kind: str) -> set[tuple[str, str]]:
    return {(s.text, s.key) for s in recognize(text, get_vocab()) if s.kind == kind}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("zorbimab is an anti-HER2 antibody.", "ERBB2"),
        ("a PD-L1 inhibitor", "CD274"),
        ("the B7-H3 targeting ADC", "CD276"),
        ("a CD123-directed therapy", "IL3RA"),
        ("a selective Bcl-2 inhibitor", "BCL2"),
    ],
)
def test_recognize_target_synonyms_normalise_to_hgnc(text: str, symbol: str) -> None:
    assert symbol in {key for _, key in _spans(text, TARGET)}


def test_recognize_gene_outside_target_context_is_not_a_target() -> None:
    assert not _spans("Patients with HER2-positive disease and IDH1-mutant tumors.", TARGET)
    assert not _spans("ALL patients were MET by the SET team.", TARGET)


def test_recognize_ranges_expand_to_members() -> None:
    keys = {key for _, key in _spans("a VEGFR1-3 inhibitor and an FGFR 1/2 inhibitor", TARGET)}
    assert {"FLT1", "KDR", "FLT4", "FGFR1", "FGFR2"} <= keys


@pytest.mark.parametrize(
    "name", ["zorbimab", "lumatinib", "ABX-1234", "S 55746", "QRS101", "velocabtagene autoleucel"]
)
def test_recognize_molecule_morphology(name: str) -> None:
    assert name in {t for t, _ in _spans(f"The company develops {name} in trials.", MOLECULE)}


def test_recognize_brand_is_linked_to_inn() -> None:
    spans = recognize("ZORBA® (zorbimab) was approved.", get_vocab())
    brand = next(s for s in spans if s.text == "ZORBA")
    assert brand.link == "zorbimab"


def test_recognize_organisation_suffixes_and_institutions() -> None:
    text = "Acmetica Therapeutics, Inc. and the University of Springfield met Foo Bar AG."
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert {"Acmetica Therapeutics", "University of Springfield", "Foo Bar"} <= orgs


def test_recognize_regulators_are_not_organisations() -> None:
    orgs = [s for s in recognize("The FDA and the EMA agreed.", get_vocab()) if s.kind == "org"]
    assert orgs == []
