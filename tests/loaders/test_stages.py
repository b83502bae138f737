"""Stages: how far a molecule has got in an indication, on invented releases."""

from __future__ import annotations

import pytest

from oncokg.loaders.stages import cues, trial_in
from tests.loaders.helpers import edge_properties, run


def _indication(text: str, prop: str) -> dict[tuple[str, str], str | None]:
    """One property of each INDICATED_FOR edge of an extraction, by (molecule, disease)."""
    return {
        pair: props.get(prop) for pair, props in edge_properties(run(text), "INDICATED_FOR").items()
    }


def _phases(text: str) -> dict[tuple[str, str], str | None]:
    return _indication(text, "phase")


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


def _trials(text: str) -> dict[tuple[str, str], str | None]:
    return _indication(text, "trial")


def test_stages_trial_named_after_the_diseases_abbreviation() -> None:
    trials = _trials(
        "Zorbimab improved symptoms in rheumatoid arthritis (RA) (ZEPHYR studies) and in "
        "Crohn's disease (BOREAS study), according to Phase 2 trial results."
    )
    assert trials[("zorbimab", "rheumatoid arthritis")] == "ZEPHYR"
    assert trials[("zorbimab", "Crohn's disease")] == "BOREAS"


def test_stages_trial_in_a_title_apposition() -> None:
    trials = _trials(
        "Acmetica Reports Results From ZORBA-MG 2, a Randomized Trial of ZRB-101 in Adults With "
        "Myasthenia Gravis (MG)\n\nAcmetica Therapeutics, Inc. is developing ZRB-101 for the "
        "treatment of myasthenia gravis."
    )
    assert trials[("ZRB-101", "myasthenia gravis")] == "ZORBA-MG 2"


def test_stages_the_numeral_of_a_phase_is_no_trial() -> None:
    trials = _trials("Zorbimab is tested in melanoma in a Phase I/II clinical trial.")
    assert trials.get(("zorbimab", "melanoma")) is None


def test_stages_trial_of_another_sentence_on_the_pair() -> None:
    trials = _trials(
        "Acmetica Therapeutics, Inc. is developing zorbimab for melanoma. Zorbimab extended "
        "survival in the Phase 3 ZENITH-2 trial in melanoma."
    )
    assert trials[("zorbimab", "melanoma")] == "ZENITH-2"


def test_stages_no_trial_of_another_indication() -> None:
    trials = _trials(
        "Acmetica Therapeutics, Inc. is developing zorbimab for melanoma. Zorbimab is in "
        "ZENITH-2, a Phase 2 trial in multiple myeloma, and in a Phase 1 trial in melanoma."
    )
    assert trials.get(("zorbimab", "melanoma")) is None


def test_stages_a_treatment_approved_for_beside_a_new_application() -> None:
    phases = _phases(
        "Acmetica Therapeutics, Inc. filed a Biologics License Application for an oral "
        "form of zorbimab, a medicine approved for adults with multiple myeloma, seeking "
        "approval of the new form."
    )
    assert phases[("zorbimab", "multiple myeloma")] == "approved"


def test_stages_upon_which_is_no_hedge() -> None:
    phases = _phases(
        "Results of a trial by Acmetica Therapeutics, Inc., upon which the FDA approved "
        "zorbimab for metastatic melanoma, were published in a journal."
    )
    assert phases[("zorbimab", "melanoma")] == "approved"


def test_stages_upon_approval_is_a_hedge() -> None:
    phases = _phases(
        "Acmetica Therapeutics, Inc. will launch zorbimab for melanoma upon approval by the FDA."
    )
    assert phases.get(("zorbimab", "melanoma")) is None


def test_stages_advanced_broad_class_is_the_class_with_its_phase() -> None:
    x = run(
        "Velotrectinib is being evaluated in an open-label Phase 1 study in adults with "
        "advanced solid tumors. It was also granted orphan designation for solid tumors."
    )
    props = edge_properties(x, "INDICATED_FOR")
    assert list(props) == [("velotrectinib", "solid tumors")]
    assert props[("velotrectinib", "solid tumors")]["phase"] == "phase 1"


def test_stages_application_acronyms_are_whole_words_in_capitals() -> None:
    x = run(
        "The agency has granted zorbatinib full approval for adults with blast phase chronic "
        "myeloid leukemia."
    )
    props = edge_properties(x, "INDICATED_FOR")
    assert props[("zorbatinib", "chronic myeloid leukemia")]["phase"] == "approved"


def test_stages_the_evidence_sentence_states_the_stage_of_a_drug_it_names_by_reference() -> None:
    x = run(
        "Quillix evaluates zorbatinib in five studies in Japan. "
        "Two Phase III trials are under way in ovarian cancer."
    )
    props = edge_properties(x, "INDICATED_FOR")
    assert props[("zorbatinib", "ovarian cancer")]["phase"] == "phase 3"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zelmarix is approved in the United States for the treatment of follicular "
            "lymphoma and is in Phase 3 trials for marginal zone lymphoma.",
            {
                ("Zelmarix", "follicular lymphoma"): "approved",
                ("Zelmarix", "marginal zone lymphoma"): "phase 3",
            },
        ),
        (
            "Saltrazumab is approved in Japan for gastric cancer, and a Phase 3 trial in "
            "esophageal cancer is ongoing.",
            {
                ("saltrazumab", "gastric cancer"): "approved",
                ("saltrazumab", "esophageal cancer"): "phase 3",
            },
        ),
        (
            "Quorlimab is marketed in Europe for melanoma, and a Phase 2 study in "
            "renal cell carcinoma began in May.",
            {
                ("quorlimab", "melanoma"): "approved",
                ("quorlimab", "renal cell carcinoma"): "phase 2",
            },
        ),
    ],
)
def test_stages_each_indication_takes_the_cue_stated_before_it(
    text: str, expected: dict[tuple[str, str], str]
) -> None:
    phases = _phases(text)
    for pair, phase in expected.items():
        assert phases[pair] == phase


@pytest.mark.parametrize(
    "sentence",
    [
        "Zentavo's Quorvex has received European Union (EU) approval as a prostate cancer drug.",
        "Zentavo received authorization from the FDA to market Quorvex for prostate cancer.",
    ],
)
def test_stages_an_approval_received_with_its_place_between_is_an_approval(sentence: str) -> None:
    assert "approved" in {stage for _, stage in cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zentavo and Quillon have received a recommendation for EU approval of Quorvex in gout.",
        "The CHMP recommended granting a conditional marketing authorisation for Quorvex in gout.",
        "The committee recommended Quorvex and two other medicines for approval in gout.",
    ],
)
def test_stages_a_recommendation_for_approval_is_a_filing(sentence: str) -> None:
    assert {stage for _, stage in cues(sentence)} == {"filed"}


def test_stages_an_authorization_to_start_a_trial_is_no_approval() -> None:
    sentence = "Zentavo received authorization from the FDA to start a trial in prostate cancer."
    assert "approved" not in {stage for _, stage in cues(sentence)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorvix received the Notice of Approval for Clinical Trial for ZX-100 in lung cancer.",
        "Zorvix received IND approval for ZX-200 in melanoma.",
        "Zorvix received approval to initiate a study of ZX-300 in melanoma.",
        "Zorvix Announces FDA Approves IND Application for ZX-400 in Melanoma",
        "The FDA approved the investigational new drug application for ZX-500 in melanoma.",
        "Regulators approved the CTA for ZX-600 in melanoma.",
        "Zorvix received approval from the Ministry of Health of Erewhon for the domestic "
        "phase 1 clinical trial plan of ZX-700 in melanoma.",
        "Zorvix received regulatory approval from the National Drug Agency (NDA) to commence "
        "clinical trials for ZX-800 in melanoma.",
    ],
)
def test_stages_an_approved_trial_is_no_approved_drug(sentence: str) -> None:
    assert "approved" not in {stage for _, stage in cues(sentence)}


def test_stages_launching_a_trial_is_no_launch_of_the_drug() -> None:
    phases = _phases("Acme Corp. launched a new trial of zorbatinib in prostate cancer.")
    assert phases[("zorbatinib", "prostate cancer")] != "approved"


def test_stages_a_diseases_abbreviation_is_no_trial() -> None:
    trials = _indication(
        "A Phase 3 clinical trial, KEYNOTE-604, evaluating zorbimab for patients with "
        "extensive-stage small cell lung cancer (ES-SCLC) showed improved survival.",
        "trial",
    )
    assert trials[("zorbimab", "small cell lung cancer")] == "KEYNOTE-604"


def test_stages_a_companys_stage_is_no_drugs_stage() -> None:
    assert cues("Acmetica, a preclinical-stage biotechnology company, said zorbimab ...") == []
    assert cues("Acmetica, a preclinical pharmaceutical company, said zorbimab ...") == []
    assert cues("Zorbimab is in IND-enabling preclinical studies.") != []


def test_stages_a_trial_described_as_the_company_s_study_names_the_trial() -> None:
    x = run(
        "Zentavo Pharma said that QUORVA, the company's pivotal Phase 3 study assessing the "
        "efficacy and safety of zorvetinib in higher-risk myelodysplastic syndromes (MDS) "
        "patients, did not meet its primary endpoint."
    )
    props = edge_properties(x, "INDICATED_FOR")[("zorvetinib", "myelodysplastic syndrome")]
    assert props["trial"] == "QUORVA"


def test_stages_a_trial_name_of_three_parts() -> None:
    x = run(
        "Zentavo Pharma today announced that it has completed enrollment of the Phase 3 QUORVA "
        "UC 52 trial evaluating zorvetinib in participants with active ulcerative colitis."
    )
    props = edge_properties(x, "INDICATED_FOR")[("zorvetinib", "ulcerative colitis")]
    assert props["trial"] == "QUORVA UC 52"


def test_stages_a_granted_market_authorization_is_an_approval() -> None:
    x = run(
        "Zentavo announced today that Health Canada has granted market authorization for "
        "Quorvex (zorbitaxel) injection for the treatment of patients with metastatic prostate "
        "cancer."
    )
    assert edge_properties(x, "INDICATED_FOR")[("zorbitaxel", "prostate cancer")]["phase"] == (
        "approved"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Pharma announced that the FDA has cleared its investigational new drug "
        "application (IND) for zorvetinib in acute myeloid leukemia.",
        "The FDA informed Zentavo Pharma it may proceed with the study of zorvetinib in "
        "acute myeloid leukemia that was submitted under its US IND.",
    ],
)
def test_stages_an_investigational_new_drug_application_is_no_filing(text: str) -> None:
    props = edge_properties(run(text), "INDICATED_FOR")
    assert props[("zorvetinib", "acute myeloid leukemia")].get("phase") != "filed"


@pytest.mark.parametrize(
    "text",
    [
        "The Food and Drug Administration gave accelerated approval to Zorvia for the treatment "
        "of adults with mantle cell lymphoma.",
        "Zorvitinib is an oral formulation indicated for treatment of rheumatoid arthritis.",
        "Quorvan Pharma launches zorvitinib in the US to treat chronic myeloid leukemia.",
    ],
)
def test_stages_an_approval_given_a_label_s_indication_and_a_launch_are_approved(
    text: str,
) -> None:
    assert set(_phases(text).values()) == {"approved"}


def test_stages_drugs_recently_approved_beside_a_trial_s_drug_leave_it_in_its_trial() -> None:
    text = (
        "The efficacy observed with ZX-131 in the Phase 1 study compares favorably to drugs "
        "recently approved for relapsed or refractory multiple myeloma."
    )
    assert _phases(text) == {("ZX-131", "multiple myeloma"): "phase 1"}


@pytest.mark.parametrize(
    ("text", "pair", "trial"),
    [
        # the roman numeral of the phase is no part of the name
        (
            "Zorbimab is approved for melanoma based on the pivotal Phase III QUASAR trial.",
            ("zorbimab", "melanoma"),
            "QUASAR",
        ),
        # a name written with 'Trial' in capitals, as titles write it
        (
            "ZX-0123, in Phase 1 ZENITH Trial for the Treatment of Melanoma, Granted Fast Track "
            "Designation",
            ("ZX-0123", "melanoma"),
            "ZENITH",
        ),
        # digits glued to the name, in brackets after 'trial'
        (
            "This phase 3 clinical trial (ZEPHYR301) randomly assigned zorbimab to patients "
            "with melanoma.",
            ("zorbimab", "melanoma"),
            "ZEPHYR301",
        ),
        (
            "A phase 3 clinical trial, called QUASAR, was initiated evaluating zorbimab in "
            "patients with acute myeloid leukemia.",
            ("zorbimab", "acute myeloid leukemia"),
            "QUASAR",
        ),
        # a protocol code in brackets between the name and 'study'
        (
            "The approval of zorbimab in cervical cancer is based on the Phase III QUASAR-16 "
            "(ZX104-303) study.",
            ("zorbimab", "cervical cancer"),
            "QUASAR-16",
        ),
        (
            "Zorbimab is evaluated in ZENITH-01, a Phase 1/2 open-label dose-escalation and "
            "dose-expansion study, in patients with melanoma.",
            ("zorbimab", "melanoma"),
            "ZENITH-01",
        ),
        # a name with a hyphenated one-letter prefix
        (
            "Zorbimab met its endpoint in the J-QUASAR Study in patients with melanoma.",
            ("zorbimab", "melanoma"),
            "J-QUASAR",
        ),
        # a numbered name in brackets after the disease, where no 'trial' is written
        (
            "Top-line data for zorbimab in biliary tract cancer (QUASAR-BTC-01) are expected "
            "by the end of 2026.",
            ("zorbimab", "biliary tract cancer"),
            "QUASAR-BTC-01",
        ),
    ],
)
def test_stages_trial_names_as_releases_write_them(
    text: str, pair: tuple[str, str], trial: str
) -> None:
    assert _trials(text)[pair] == trial


def test_stages_each_indication_takes_the_trial_named_before_it() -> None:
    trials = _trials(
        "Acmetica is conducting trials of zorbimab, including QUASARTM, a Phase 2 study in "
        "patients with melanoma, and ZENITHTM, a Phase 3 study in patients with chronic "
        "lymphocytic leukemia."
    )
    assert trials[("zorbimab", "melanoma")] == "QUASAR"
    assert trials[("zorbimab", "chronic lymphocytic leukemia")] == "ZENITH"


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica will start a Phase 1/2 clinical trial of zorbimab for the treatment of six "
        "patients with dermatomyositis (DM).",
        "Zorbimab is in a Phase 3 trial for untreated locally advanced squamous cell carcinoma "
        "of the head and neck (LA SCCHN).",
        "Acmetica Completes IND-Enabling Studies of Zorbimab in Melanoma",
    ],
)
def test_stages_an_abbreviation_or_an_application_is_no_trial(text: str) -> None:
    assert not any(_trials(text).values())


def test_stages_the_one_trial_named_for_a_drug_of_one_indication() -> None:
    text = (
        "Acmetica Therapeutics, Inc. is developing zorbimab for melanoma. The zorbimab Phase 3 "
        "QUASAR trial met its primary endpoint."
    )
    assert _trials(text)[("zorbimab", "melanoma")] == "QUASAR"
    two = text.replace("for melanoma.", "for melanoma and for multiple myeloma.")
    assert not any(_trials(two).values())


def test_stages_a_relative_clause_states_the_other_molecules_stage() -> None:
    phases = _phases(
        "Zorbimab has the same target as Acme's antibody Quvexa (quvimab), which has been "
        "approved since 2021 for severe asthma. Zorbimab is in a Phase 2 trial in asthma."
    )
    assert phases[("zorbimab", "asthma")] == "phase 2"
    assert phases[("quvimab", "asthma")] == "approved"


def test_stages_the_recommended_phase_2_dose_is_sought_in_phase_1() -> None:
    phases = _phases(
        "Investigators will give zorbimab to 90 patients with relapsed acute myeloid leukemia "
        "and will track safety while establishing a recommended Phase II dose."
    )
    assert phases[("zorbimab", "acute myeloid leukemia")] is None


@pytest.mark.parametrize(
    ("sentence", "trial"),
    [
        # a number inside the name's capitals
        ("Zorbimab is being evaluated in a pivotal trial called QX2CLIMB for D.", "QX2CLIMB"),
        # hyphened words of the study's kind between the name and "study"
        ("Results from the ZORBIS investigator-initiated proof-of-concept study.", "ZORBIS"),
        ("The Phase III study, dubbed ZORBITE, enrolled 140 patients.", "ZORBITE"),
        # (its name spelled out in brackets, however long)
        ("the ongoing Phase 2 ZOREC (ZORbimab in REnal Cell CArcinoma) trial", "ZOREC"),
        # (a capitalised word before a hyphened kind is no name: "MD Anderson-sponsored")
        ("An Acme Anderson-sponsored Phase I clinical study of QX-115.", None),
    ],
)
def test_stages_trial_names_with_a_number_inside_after_a_hyphened_kind_or_dubbed(
    sentence: str, trial: str | None
) -> None:
    assert trial_in(sentence) == trial


def test_stages_a_phase_said_of_the_drug_alone_is_that_of_its_one_indication() -> None:
    phases = _phases(
        "Acme announced preliminary data from an ongoing Phase 1 clinical trial of zorbimab. "
        "Zorbimab is being developed for the treatment of chronic myeloid leukemia."
    )
    assert phases[("zorbimab", "chronic myeloid leukemia")] == "phase 1"


def test_stages_an_approval_said_of_the_drug_alone_states_no_stage() -> None:
    phases = _phases(
        "The FDA has approved the application for zorbimab. Zorbimab is being developed for "
        "the treatment of chronic myeloid leukemia."
    )
    assert phases[("zorbimab", "chronic myeloid leukemia")] is None


def test_stages_an_approval_hoped_for_if_approved_states_no_approval() -> None:
    phases = _phases(
        "Acme submitted a Biologics License Application for zorbimab in biliary tract cancer. "
        "If approved, zorbimab would be the first treatment specifically approved for biliary "
        "tract cancer in the U.S."
    )
    assert phases[("zorbimab", "biliary tract cancer")] == "filed"


@pytest.mark.parametrize(
    "text",
    [
        "Acme will develop zorbimab, a Phase 3-ready antibody for atopic dermatitis.",
        "A Phase 3 study of zorbimab in atopic dermatitis is expected to start in 2026.",
        "Acme will pay $25 million when zorbimab enters a Phase III trial in atopic dermatitis.",
    ],
)
def test_stages_a_phase_a_trial_is_ready_for_or_yet_to_start_is_no_stage(text: str) -> None:
    assert _phases(text)[("zorbimab", "atopic dermatitis")] in (None, "phase 2")


def test_stages_the_one_trial_named_before_the_disease_whatever_the_company_works_on() -> None:
    trials = _trials(
        "Zorbimab is an antibody to treat ulcerative colitis. Acme, a company focused on "
        "inflammatory bowel disease (IBD), today announced the initiation of the Phase 2 "
        "ZORTEMIS-UC clinical trial evaluating zorbimab for moderate-to-severe ulcerative "
        "colitis (UC)."
    )
    assert trials[("zorbimab", "ulcerative colitis")] == "ZORTEMIS-UC"


def test_stages_trial_appositive_with_a_comma_among_its_kind() -> None:
    assert trial_in(
        "It began QUARYA-2, a Phase I/II open-label, dose escalation clinical trial."
    ) == ("QUARYA-2")


def test_stages_a_trial_phase_said_of_the_disease_alone_is_its_one_drugs() -> None:
    phases = _phases(
        "Zorvia Bio has received clearance of its IND for ZX-900 for prostate cancer imaging "
        "and treatment. The clearance enables the company to initiate a phase I clinical trial "
        "in men with metastatic castration-resistant prostate cancer."
    )
    assert phases[("ZX-900", "prostate cancer")] == "phase 1"


def test_stages_a_trial_phase_said_of_a_disease_two_drugs_treat_is_neither_drugs() -> None:
    phases = _phases(
        "Zorvia Bio develops ZX-900 and ZX-901 for prostate cancer. A phase 3 trial in "
        "men with metastatic castration-resistant prostate cancer is under way."
    )
    assert phases[("ZX-900", "prostate cancer")] is None


@pytest.mark.parametrize(
    "text",
    [
        "Quillix Pharma announced that regulators in Japan approved Zorvada (zorbatinib). "
        "The Japanese approval is for treatment of adults with mantle cell lymphoma.",
        "Quillix Pharma's Zorvada has received clearance in Canada. "
        "The approval was supported by data showing Zorvada (zorbatinib) shrank tumours in "
        "patients with mantle cell lymphoma.",
    ],
)
def test_stages_the_approval_as_its_sentences_subject_is_stated(text: str) -> None:
    assert _phases(text)[("zorbatinib", "mantle cell lymphoma")] == "approved"


@pytest.mark.parametrize(
    "sentence",
    [
        "The potential approval is for adults with mantle cell lymphoma.",
        "The approval is expected in 2027 for adults with mantle cell lymphoma.",
    ],
)
def test_stages_an_approval_hoped_for_as_the_subject_is_no_stage(sentence: str) -> None:
    assert "approved" not in {stage for _, stage in cues(sentence)}


@pytest.mark.parametrize(
    "text",
    [
        "Health Canada OKs Quillix's Zorvada (zorbatinib) for mantle cell lymphoma.",
        "The FDA okayed Zorvada (zorbatinib) for the treatment of mantle cell lymphoma.",
    ],
)
def test_stages_a_headline_s_ok_verb_is_an_approval(text: str) -> None:
    assert _phases(text)[("zorbatinib", "mantle cell lymphoma")] == "approved"


@pytest.mark.parametrize(
    "text",
    [
        "Quillix's Zorvada gets conditional approval in China to treat mantle cell lymphoma\n\n"
        "Zorvada (zorbatinib) is an oral pill.",
        "Quillix's Zorvada wins EU approval to treat mantle cell lymphoma\n\n"
        "Zorvada (zorbatinib) is an oral pill.",
    ],
)
def test_stages_a_headline_that_gets_or_wins_approval_states_it(text: str) -> None:
    assert _phases(text)[("zorbatinib", "mantle cell lymphoma")] == "approved"


def test_stages_an_approval_received_from_an_authority_named_with_its_abbreviation() -> None:
    phases = _phases(
        "Quillix's Zorvada has received European Union (EU) approval as a therapy for "
        "patients with mantle cell lymphoma. Zorvada (zorbatinib) is an oral pill."
    )
    assert phases[("zorbatinib", "mantle cell lymphoma")] == "approved"


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorvelix received U.S. approval in May 2019 as a treatment for patients with melanoma.",
        "Zorvelix has received European Union (EU) approval as a therapy for melanoma.",
        "Zorvelix, for melanoma, received U.S. Food and Drug Administration approval in 2021.",
    ],
)
def test_stages_an_approval_received_names_its_approver_between(sentence: str) -> None:
    assert "approved" in {stage for _, stage in cues(sentence)}
