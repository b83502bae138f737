"""Who develops a drug, and who works with whom: ways releases and news items write it
(invented names only)."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import edges, names, run


def _check_developers(
    text: str, stated: set[tuple[str, str]], not_stated: set[tuple[str, str]]
) -> None:
    found = edges(run(text), "DEVELOPS")
    assert stated <= found
    assert not (not_stated & found)


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (
            "The regulator approved tezralimab, a PD-1 antibody from Windmere Bio, for "
            "cervical cancer.",
            {("Windmere Bio", "tezralimab")},
            set(),
        ),
        (
            "Two other approved PD-1 antibodies are nalvetimab from Sorrento Bay Pharma and "
            "ketrolimab from Harlan Biologics.",
            {("Sorrento Bay Pharma", "nalvetimab"), ("Harlan Biologics", "ketrolimab")},
            {("Sorrento Bay Pharma", "ketrolimab"), ("Harlan Biologics", "nalvetimab")},
        ),
        (
            "The agency approved Zelbrio (rimazolimab) – from Corvant Biosciences, Inc. "
            "(NASDAQ: CRVB) and Ellery Pharma – for metastatic melanoma.",
            {("Corvant Biosciences", "rimazolimab"), ("Ellery Pharma", "rimazolimab")},
            set(),
        ),
        (
            # the maker after the drug's dosage form
            "The agency approved Zelbrio (rimazolimab injection, from Corvant Biosciences) for "
            "melanoma. The commission authorised Tovira (calvotinib), 150 mg tablets, from "
            "Ellery Pharma, for myelofibrosis.",
            {("Corvant Biosciences", "rimazolimab"), ("Ellery Pharma", "calvotinib")},
            {("Corvant Biosciences", "calvotinib"), ("Ellery Pharma", "rimazolimab")},
        ),
        (
            # a passive whose subject is the drug names its maker as the agent
            "Calvotinib was developed by Tamar Pharmaceuticals, which was recently acquired "
            "by Quill Bio. Zorbimab is marketed by Windmere Bio in the US.",
            {("Tamar Pharmaceuticals", "calvotinib"), ("Windmere Bio", "zorbimab")},
            {("Quill Bio", "zorbimab"), ("Windmere Bio", "calvotinib")},
        ),
        (
            "Other approved drugs are nalvetimab from Sorrento Bay Pharma, and Harlan "
            "Biologics/Ellery Pharma's ketrolimab.",
            {("Sorrento Bay Pharma", "nalvetimab")},
            {("Harlan Biologics", "nalvetimab"), ("Ellery Pharma", "nalvetimab")},
        ),
        (
            "In 2020, Ashgrove Pharma licensed exclusive rights to develop nalvetimab from "
            "Sorrento Bay Pharma.",
            {("Ashgrove Pharma", "nalvetimab")},
            {("Sorrento Bay Pharma", "nalvetimab")},
        ),
        (
            # (the drug in the brackets' maker's, the reference product of another's biosimilar)
            "Mayfair Oncology and Quillix Bio are making headway in Europe with follow-on "
            "biologics, with Mayfair Oncology the latest to gain approval for a zorbimab "
            "(Tarvex, Vessant Pharma Inc.) biosimilar.",
            set(),
            {("Mayfair Oncology", "zorbimab"), ("Quillix Bio", "zorbimab")},
        ),
    ],
)
def test_developers_a_drug_from_its_maker(
    text: str, stated: set[tuple[str, str]], not_stated: set[tuple[str, str]]
) -> None:
    _check_developers(text, stated, not_stated)


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (
            "Ferro Biotech announced a clinical supply agreement with Galloway Pharma to "
            "evaluate FB-410 with Galloway Pharma's anti-PD-1 antibody tovalimab.",
            {("Ferro Biotech", "FB-410"), ("Galloway Pharma", "tovalimab")},
            {("Galloway Pharma", "FB-410")},
        ),
        (
            "Mayfair Oncology announced results comparing MF-220 with Vessant Pharma's "
            "approved drug ilvatinib.",
            {("Mayfair Oncology", "MF-220")},
            {("Vessant Pharma", "MF-220")},
        ),
    ],
)
def test_developers_a_possessive_owner_has_no_part_in_the_drugs_named_before(
    text: str, stated: set[tuple[str, str]], not_stated: set[tuple[str, str]]
) -> None:
    _check_developers(text, stated, not_stated)


@pytest.mark.parametrize(
    ("text", "buyer_develops"),
    [
        ("Belwood Pharma has acquired Corrigan Therapeutics and its CT-4410.", True),
        (
            "Belwood Pharma recently completed its acquisition of Corrigan Therapeutics, Inc. "
            "(NASDAQ: CRGN), including its lead candidate CT-4410.",
            True,
        ),
        ("Belwood Pharma will acquire Corrigan Therapeutics and its CT-4410.", False),
        (
            "Belwood Pharma will acquire Corrigan Therapeutics, which develops CT-4410. To get "
            "its hands on CT-4410, Belwood Pharma has agreed to pay $52.50 a share in cash.",
            False,
        ),
        (
            "Belwood Pharma has agreed to acquire Corrigan Therapeutics and its lead asset "
            "CT-4410.",
            False,
        ),
        (
            "Belwood Pharma has acquired Corrigan Therapeutics and its CT-4410. The transaction "
            "with Ellery Pharma is expected to be completed in the fourth quarter.",
            True,
        ),
    ],
)
def test_developers_the_buyer_of_a_company_and_its_drug_once_the_purchase_is_done(
    text: str, buyer_develops: bool
) -> None:
    found = edges(run(text), "DEVELOPS")
    assert ("Corrigan Therapeutics", "CT-4410") in found
    assert (("Belwood Pharma", "CT-4410") in found) is buyer_develops


@pytest.mark.parametrize(
    "text",
    [
        "Kelso Pharma will distribute Bramley Bio's Zorveda (partumab) in Latin America.",
        "Under the agreement, Kelso Pharma becomes the exclusive distributor of Bramley Bio's "
        "Zorveda (partumab) in Latin America.",
    ],
)
def test_developers_a_distributor_commercialises_the_owners_drug(text: str) -> None:
    x = run(text)
    assert {("Kelso Pharma", "partumab"), ("Bramley Bio", "partumab")} <= edges(x, "DEVELOPS")
    assert edges(x, "COLLABORATES_WITH") == {("Bramley Bio", "Kelso Pharma")}


@pytest.mark.parametrize(
    "text",
    [
        "Coldharbour Oncology has selected Pryce Biologics, a contract development and "
        "manufacturing organization, to manufacture CHO-700 for its Phase 2 trial.",
        "Coldharbour Oncology signed an agreement with Pryce Biologics Ltd. (HKEX: 9999), a "
        "global CRDMO, to manufacture CHO-700.",
        "Coldharbour Oncology has engaged the CDMO Pryce Biologics to produce CHO-700 for its "
        "Phase 2 trial.",
        # a firm whose capacity, expertise or technology the developer uses
        "Coldharbour Oncology secures the right to utilize Pryce Biologics’ manufacturing "
        "capacity to accelerate the development of CHO-700 in gastric cancer.",
        "Coldharbour Oncology plans to leverage Pryce Biologics' clinical expertise to advance "
        "CHO-700, an investigational antibody for gastric cancer.",
        "CHO-700 is an antibody developed by Coldharbour Oncology and was generated using "
        "Pryce Biologics' proprietary antibody library technology.",
        # (the means named in capitals, as a product of the firm's)
        "Coldharbour Oncology will utilize Pryce Biologics' Antibody Discovery Platform to "
        "advance CHO-700 in gastric cancer.",
    ],
)
def test_developers_a_firm_serving_the_developer_develops_nothing(text: str) -> None:
    # a contract manufacturer, a CRO or a firm lending its means; the user develops the drug
    found = edges(run(text), "DEVELOPS")
    assert ("Coldharbour Oncology", "CHO-700") in found
    assert not {org for org, _ in found} - {"Coldharbour Oncology"}


@pytest.mark.parametrize(
    ("text", "developer"),
    [
        (
            "Quellon Therapeutics is conducting a Phase 2 trial of QT-5011 in patients with "
            "mesothelioma.",
            "Quellon Therapeutics",
        ),
        ("Quellon Therapeutics conducts two studies of QT-5011.", "Quellon Therapeutics"),
        # (who files an investigational application sponsors the drug's trials)
        ("Quellon Therapeutics has filed the IND for QT-5011.", "Quellon Therapeutics"),
        ("Quellon Therapeutics received IND clearance for QT-5011.", "Quellon Therapeutics"),
        ("Quellon Therapeutics has a planned CTA filing for QT-5011.", "Quellon Therapeutics"),
        ("Quellon Therapeutics has begun two studies of QT-5011.", "Quellon Therapeutics"),
        ("Quellon Therapeutics begins a new study of QT-5011.", "Quellon Therapeutics"),
        ("The Phase 1 trial of QT-5011 is conducted by Medfield Clinical Research.", None),
        # (an institution a trial is run with hosts or co-runs it)
        (
            "The Phase 2 trial of QT-5011 in mesothelioma is being conducted in collaboration "
            "with the University of Harrowgate.",
            None,
        ),
        (
            "The Phase 2 trial of QT-5011 is conducted at two sites in collaboration with the "
            "Medfield Institute.",
            None,
        ),
        # (a headline's sponsor: who doses, reports the results of, or is granted a
        # designation for the drug)
        (
            "Zentavo Therapeutics Doses First Patient in Phase 2 Trial of QT-5011 for Lupus "
            "Nephritis",
            "Zentavo Therapeutics",
        ),
        (
            "Zentavo Therapeutics Reports Positive Topline Results from Phase 3 Trial of "
            "QT-5011 in Ulcerative Colitis",
            "Zentavo Therapeutics",
        ),
        (
            "Zentavo Therapeutics Receives FDA Breakthrough Therapy Designation for QT-5011 in "
            "Relapsed Multiple Myeloma",
            "Zentavo Therapeutics",
        ),
    ],
)
def test_developers_the_sponsor_of_a_drug_s_trials_and_filings(
    text: str, developer: str | None
) -> None:
    found = edges(run(text), "DEVELOPS")
    assert found == ({(developer, "QT-5011")} if developer else set())


def test_developers_a_possessive_treatment_describing_a_drug_names_its_owner() -> None:
    x = run(
        "Brackley Bio and Tamar Pharma have partnered to advance BB-5011, Brackley Bio's "
        "treatment for myelofibrosis, toward approval."
    )
    assert edges(x, "DEVELOPS") == {("Brackley Bio", "BB-5011")}
    assert edges(x, "COLLABORATES_WITH") == {("Brackley Bio", "Tamar Pharma")}


@pytest.mark.parametrize(
    ("text", "developers"),
    [
        (
            "Calvotinib is marketed in the United States by Hensley Pharma and in Japan by "
            "Ozaki Seiyaku Co., Ltd.",
            {"Hensley Pharma", "Ozaki Seiyaku"},
        ),
        (
            "Since 2021, calvotinib has been commercialized outside China by Hensley Pharma.",
            {"Hensley Pharma"},
        ),
    ],
)
def test_developers_the_agent_of_selling_past_a_place(text: str, developers: set[str]) -> None:
    found = edges(run(text), "DEVELOPS")
    assert {org for org, drug in found if drug == "calvotinib"} == developers


@pytest.mark.parametrize(
    "text",
    [
        "Reuters reported that Tolland Pharma is in talks to license KT-9090 from Ridley Bio.",
        "Tolland Pharma is in advanced discussions with Ridley Bio over rights to KT-9090, "
        "people familiar with the matter said.",
    ],
)
def test_developers_a_deal_still_talked_of_states_nothing(text: str) -> None:
    x = run(text)
    assert edges(x, "DEVELOPS") == set()
    assert edges(x, "COLLABORATES_WITH") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Amberly Pharma has granted Coven Bio exclusive rights to develop and commercialize "
        "AP-3010 in Korea.",
        "Amberly Pharma grants Coven Bio worldwide rights to AP-3010.",
    ],
)
def test_collaborations_granting_rights_is_a_licence(text: str) -> None:
    x = run(text)
    assert edges(x, "COLLABORATES_WITH") == {("Amberly Pharma", "Coven Bio")}
    assert ("Coven Bio", "AP-3010") in edges(x, "DEVELOPS")


def test_collaborations_an_institution_for_a_drug_code_is_named_without_it() -> None:
    x = run(
        "Peralta Bio entered into an exclusive license agreement with Oxley University for "
        "PB-5510, an antibody discovered in its laboratories."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Oxley University", "Peralta Bio")}
    assert ("Peralta Bio", "PB-5510") in edges(x, "DEVELOPS")


def test_developers_names_joined_by_a_slash_before_a_possessive_both_own_it() -> None:
    found = edges(
        run("Other approved drugs include Dunmore Pharma/Ellery Bio's ivolatinib."), "DEVELOPS"
    )
    assert found == {("Dunmore Pharma", "ivolatinib"), ("Ellery Bio", "ivolatinib")}


def test_developers_a_drug_patients_switched_from_is_a_prior_therapy() -> None:
    x = run(
        "Patients who switched from ravotinib to the study drug were excluded, said Ashgrove "
        "Pharma, which is developing BX-5120 in lung cancer."
    )
    assert edges(x, "DEVELOPS") == {("Ashgrove Pharma", "BX-5120")}
    assert not {drug for drug, _ in edges(x, "INDICATED_FOR")} - {"BX-5120"}


@pytest.mark.parametrize(
    ("text", "developed"),
    [
        (
            "Thornbury Pharma's oncology pipeline includes:\n"
            "- TBP-101, a PARP inhibitor in Phase 3\n"
            "- a preclinical program\n"
            "- TBP-220, an ATR inhibitor in Phase 1\n",
            {"TBP-101", "TBP-220"},
        ),
        (
            "Thornbury Pharma's portfolio consists of:\n"
            "- TBP-101, a PARP inhibitor in Phase 3\n\n"
            "Competing drugs:\n"
            "- TBP-220, an ATR inhibitor in Phase 1\n",
            {"TBP-101"},
        ),
    ],
)
def test_developers_a_pipeline_listed_in_bullets(text: str, developed: set[str]) -> None:
    found = edges(run(text), "DEVELOPS")
    assert {drug for org, drug in found if org == "Thornbury Pharma"} == developed


@pytest.mark.parametrize(
    ("text", "payer_develops"),
    [
        (
            "Eastlake Pharma will receive an upfront payment of $40 million from Norcross Bio "
            "for rights to EL-330 in China.",
            True,
        ),
        (
            "Eastlake Pharma received a $4 million grant from the Norcross Foundation to "
            "develop EL-330.",
            False,
        ),
    ],
)
def test_developers_who_pays_upfront_for_rights_takes_them(text: str, payer_develops: bool) -> None:
    payers = {org for org, _ in edges(run(text), "DEVELOPS")} - {"Eastlake Pharma"}
    assert bool(payers) is payer_develops


@pytest.mark.parametrize(
    "text",
    [
        "Wyndham Therapeutics closed a $90 million Series B financing led by Kestrel Ventures "
        "to advance WT-310 into Phase 2.",
        "The financing of Wyndham Therapeutics, with participation from Kestrel Ventures, will "
        "fund the Phase 2 trial of WT-310.",
    ],
)
def test_developers_an_investor_develops_nothing(text: str) -> None:
    assert "Kestrel Ventures" not in {org for org, _ in edges(run(text), "DEVELOPS")}


def test_developers_of_a_list_the_company_possessive_opens() -> None:
    x = run(
        "Acme Bio, Inc. is a clinical-stage company. The company's investigational drugs "
        "include QX-101, which is in development as a treatment for solid tumors, and QX-202, "
        "which is in development for acute myeloid leukemia."
    )
    assert {("Acme Bio", "QX-101"), ("Acme Bio", "QX-202")} <= edges(x, "DEVELOPS")
    assert ("QX-101", "solid tumors") in edges(x, "INDICATED_FOR")


def test_developers_company_that_has_reported_data_on_its_drug() -> None:
    x = run("Acme Therapeutics has reported the publication of trial data on QX-1102.")
    assert ("Acme Therapeutics", "QX-1102") in edges(x, "DEVELOPS")


def test_developers_maker_after_the_drugs_class_in_apposition() -> None:
    x = run(
        "Acme Biopharma Co. Ltd. inked a deal for QX-101, an oral CDK4/6 inhibitor from Bolt "
        "Therapeutics."
    )
    assert ("Bolt Therapeutics", "QX-101") in edges(x, "DEVELOPS")


def test_developers_company_named_by_its_acronym() -> None:
    x = run(
        "Acme Pharma completed its acquisition of QXR Pharmaceuticals, Inc. QXR manufactures "
        "and sells Zorvexa® (zorbimab), a leading cancer medication."
    )
    assert ("QXR Pharmaceuticals", "zorbimab") in edges(x, "DEVELOPS")


def test_developers_option_opted_into_takes_the_rights() -> None:
    x = run(
        "Bolt Sciences opted in to its licensing option last year, taking exclusive rights to "
        "Acme Bio's degrader QX-479 for $20 million."
    )
    assert ("Bolt Sciences", "QX-479") in edges(x, "DEVELOPS")


def test_developers_maker_named_by_the_code_prefix() -> None:
    x = run(
        "Under the agreement, Corvex is granted rights to ZRX-4578 worldwide. Zorex "
        "Pharmaceutical Co., Ltd. said the deal values the program highly."
    )
    assert ("Zorex Pharmaceutical", "ZRX-4578") not in edges(x, "DEVELOPS")
    y = run(
        "Quillon Bio, Inc. presented data. The company said QB-811 was well tolerated in "
        "patients with lymphoma."
    )
    assert ("Quillon Bio", "QB-811") in edges(y, "DEVELOPS")


# "The company" of a sentence naming no organisation is the one organisation of the sentence
# before, as its name would be; not when that sentence names two.
@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (
            "Quillon Therapeutics reported quarterly sales on Monday. The company is developing "
            "zorbimab to treat psoriasis.",
            {("Quillon Therapeutics", "zorbimab")},
            set(),
        ),
        (
            "Quillon Therapeutics is based in Boston. ZR-4410 is being developed by the company.",
            {("Quillon Therapeutics", "ZR-4410")},
            set(),
        ),
        (
            "Quillon Therapeutics said revenue rose. The Swiss company plans to file an NDA for "
            "zorbimab in lupus in 2031.",
            {("Quillon Therapeutics", "zorbimab")},
            set(),
        ),
        (
            "Quillon Therapeutics and Bolt Pharma reported results. The company is developing "
            "zorbimab to treat psoriasis.",
            set(),
            {("Quillon Therapeutics", "zorbimab"), ("Bolt Pharma", "zorbimab")},
        ),
    ],
)
def test_developers_the_company_is_the_one_named_the_sentence_before(
    text: str, stated: set[tuple[str, str]], not_stated: set[tuple[str, str]]
) -> None:
    _check_developers(text, stated, not_stated)


# The maker a sentence names for a combination partner develops that partner (as the gold
# has it: "in combination with Roche's Perjeta"), not the lead.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Patients received zorbatinib plus Roche's Avastin (bevacizumab). "
            "Acme Therapeutics develops zorbatinib.",
            {("Acme Therapeutics", "zorbatinib"), ("Roche", "bevacizumab")},
        ),
        (
            "Zorbatinib is approved in combination with Pfizer's Xalkori (crizotinib) in "
            "Europe. Acme Therapeutics markets zorbatinib.",
            {("Acme Therapeutics", "zorbatinib"), ("Pfizer", "crizotinib")},
        ),
    ],
)
def test_developers_a_partners_maker_develops_the_partner(
    text: str, stated: set[tuple[str, str]]
) -> None:
    assert edges(run(text), "DEVELOPS") == stated


# Companies a sentence names for a comparator, or for a service to a party.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "In the trial, zorbatinib was compared to docetaxel, marketed by Sanofi as Taxotere. "
            "Acme Therapeutics develops zorbatinib.",
            {("Acme Therapeutics", "zorbatinib")},
        ),
        (
            "Goldman Sachs & Co. LLC is acting as financial advisor to Acme Therapeutics, "
            "which develops zorbatinib.",
            {("Acme Therapeutics", "zorbatinib")},
        ),
        (
            "Zorbatinib was developed in Japan by Kelvara Biopharma Co., Ltd. (KBP), a joint "
            "venture between Quillon Therapeutics and Bolt Pharma Inc., a company based in Tokyo.",
            {("Kelvara Biopharma", "zorbatinib")},
        ),
    ],
)
def test_developers_not_third_parties(text: str, stated: set[tuple[str, str]]) -> None:
    assert edges(run(text), "DEVELOPS") == stated


def test_developers_a_partner_of_the_release_keeps_its_combined_drug() -> None:
    x = run(
        "Eisai and Merck will co-develop lenvatinib, both as monotherapy and in combination "
        "with Merck's anti-PD-1 therapy, KEYTRUDA (pembrolizumab)."
    )
    assert ("Merck", "pembrolizumab") in edges(x, "DEVELOPS")


def test_developers_not_a_licensor_named_inside_the_announcers_description() -> None:
    x = run(
        "Moleculin Biotech, Inc., a preclinical pharmaceutical company focused on anti-cancer "
        "drug candidates, some of which are based on license agreements with The University of "
        "Texas System on behalf of the M.D. Anderson Cancer Center, today announced its lead "
        "candidate, Annamycin, has received Orphan Drug Designation for AML."
    )
    assert edges(x, "DEVELOPS") == {("Moleculin Biotech", "annamycin")}
    assert "MD Anderson Cancer Center" in names(x, "Organization")


def test_developers_every_owner_of_a_listed_possessive() -> None:
    x = run(
        "The MHLW approved Gilead Sciences (NASDAQ:GILD), Galapagos (NASDAQ:GLPG) and Eisai's "
        "(OTCPK:ESALF) drug Jyseleca (filgotinib) to treat patients with ulcerative colitis."
    )
    assert edges(x, "DEVELOPS") == {
        ("Gilead Sciences", "filgotinib"),
        ("Galapagos", "filgotinib"),
        ("Eisai", "filgotinib"),
    }


def test_developers_not_an_option_holder_before_it_exercises() -> None:
    x = run(
        "In June 2020, Alpine Immune Sciences entered into an option and license agreement with "
        "AbbVie, which grants AbbVie the option to license worldwide rights to ALPN-101. Upon "
        "exercise of the option, AbbVie will conduct all future development of ALPN-101."
    )
    assert ("AbbVie", "ALPN-101") not in edges(x, "DEVELOPS")


def test_developers_a_date_opening_two_sentences_is_no_company() -> None:
    x = run(
        "On October 20, 2015, Acme Corp. entered into a license agreement with the NIH.\n"
        "On October 26, 2015, Acme Corp. entered into a license agreement with Bolt Bio."
    )
    assert "On October" not in names(x, "Organization")


def test_developers_an_academic_partner_tests_the_companys_drug_and_develops_none() -> None:
    x = run(
        "Quill Cancer Center and Acmetica Therapeutics formed a collaboration to develop "
        "zorbimab in patients with small cell lung cancer."
    )
    assert {src for src, _ in edges(x, "DEVELOPS")} == {"Acmetica Therapeutics"}
    alone = run("Quill University is developing zorbimab in small cell lung cancer.")
    assert ("Quill University", "zorbimab") in edges(alone, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Developed by Acmetica Therapeutics, zorbimab was given to patients with melanoma.",
        "Developed by Acmetica Therapeutics Ltd, the antibody zorbimab entered a Phase 1 trial.",
    ],
)
def test_developers_a_sentence_opened_by_its_subjects_developer(text: str) -> None:
    assert ("Acmetica Therapeutics", "zorbimab") in edges(run(text), "DEVELOPS")


def test_developers_their_respective_medicines_are_each_companys_own() -> None:
    x = run(
        "Acmetica Pharma and Bolt Therapeutics entered a collaboration to co-develop "
        "zorbaparib. Independently, the companies will develop zorbaparib in combinations with "
        "their respective PD-L1 and PD-1 medicines, velimab and torimab."
    )
    pairs = edges(x, "DEVELOPS")
    assert {("Acmetica Pharma", "velimab"), ("Bolt Therapeutics", "torimab")} <= pairs
    assert not {("Acmetica Pharma", "torimab"), ("Bolt Therapeutics", "velimab")} & pairs


def test_developers_each_company_listed_before_a_speaking_one_speaks_with_it() -> None:
    x = run(
        "Zentavo Bio and Quorvan Pharmaceutical said their experimental drug, zorvetinib, had "
        "failed to improve overall survival in patients with advanced lung cancer."
    )
    assert edges(x, "DEVELOPS") == {
        ("Zentavo Bio", "zorvetinib"),
        ("Quorvan Pharmaceutical", "zorvetinib"),
    }


def test_developers_a_drug_the_speaker_calls_ours_after_naming_it() -> None:
    x = run(
        "Zentavo Therapeutics today reported second quarter results. Of note, we will report "
        "the first clinical data from a Phase 1 trial of QRX48, our oral selective estrogen "
        "receptor degrader, at the congress."
    )
    assert ("Zentavo Therapeutics", "QRX48") in edges(x, "DEVELOPS")


def test_developers_a_company_presenting_an_update_of_a_trial_s_data() -> None:
    x = run(
        "Zentavo Pharma plans to present a poster providing an interim update of data from the "
        "QUORVA clinical trial of QRX-0610 at the annual meeting."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Pharma", "QRX-0610")}


def test_developers_the_maker_closing_a_lead_drug_s_brackets_develops_it() -> None:
    x = run(
        "Results of the Phase 3 trial comparing zentinib (ZX-3111; Zentra®; Zentavo "
        "Therapeutics) with quortinib (Quorva®; Quorvan Pharma) in CLL were presented at ASH."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Therapeutics", "zentinib")}
    assert {mol for mol, _ in edges(x, "INDICATED_FOR")} <= {"zentinib", "Zentra"}


def test_developers_the_maker_alone_in_a_drug_s_brackets_develops_it() -> None:
    x = run(
        "In 2024, three BTK inhibitors, zentinib (Zentavo Therapeutics), quortinib (Quorvan "
        "Pharma/Bolt Pharma) and kelvatinib (Kelvarin Bio), had sales of over $12 billion."
    )
    assert edges(x, "DEVELOPS") == {
        ("Zentavo Therapeutics", "zentinib"),
        ("Bolt Pharma", "quortinib"),
        ("Kelvarin Bio", "kelvatinib"),
    }
    assert edges(x, "COLLABORATES_WITH") == set()


def test_developers_a_speaker_s_institutions_after_a_capitalised_title_develop_nothing() -> None:
    x = run(
        '"ZX-0500 is very effective in inducing responses and is safe. It is exciting to see the '
        'development of new interventions that can help patients," said Jo Roe, MD, FRCPC, '
        "Associate Professor of Medicine, Quorvan Medical School; Medical Director, Zentavo "
        "Cancer Institute and study investigator."
    )
    assert edges(x, "DEVELOPS") == set()


def test_developers_the_therapy_patients_responded_inadequately_to_is_no_lead_drug() -> None:
    x = run(
        "Zentavo Therapeutics today announced that in the Phase 3 trial in adult patients with "
        "rheumatoid arthritis who were inadequate responders to methotrexate (MTX) therapy, "
        "ZX-1010 met its primary endpoint."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Therapeutics", "ZX-1010")}
    assert edges(x, "INDICATED_FOR") == {("ZX-1010", "rheumatoid arthritis")}


def test_developers_our_drug_in_a_quote_is_the_quoted_executive_s_company() -> None:
    x = run(
        "“We are excited to partner with the experts at Bolt Pharma to investigate their "
        "product together with our first-in-class NK-cell engager ZX-0013 in Hodgkin "
        "lymphoma,” said Jo Roe, Ph.D., CEO of Zentavo Therapeutics."
    )
    assert ("Zentavo Therapeutics", "ZX-0013") in edges(x, "DEVELOPS")
    assert ("ZX-0013", "Hodgkin lymphoma") in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    "post",
    [
        "executive vice president of Research and Development at Zentavo Therapeutics",
        "senior vice president and head of global clinical development at Zentavo Therapeutics",
        "head of global research and early development at Zentavo Therapeutics",
        "chief medical officer at Zentavo Therapeutics",
    ],
)
def test_developers_a_quote_s_executive_at_a_firm_speaks_for_that_firm(post: str) -> None:
    x = run(
        "Zentavo Therapeutics presented data.\n\n"
        "“We are pleased to receive positive opinions for Zorvexa (zorvetamab) and ZX-0420, an "
        f"important step for patients with multiple myeloma,” said Jo Roe, M.D., {post}."
    )
    assert edges(x, "DEVELOPS") == {
        ("Zentavo Therapeutics", "zorvetamab"),
        ("Zentavo Therapeutics", "ZX-0420"),
    }


@pytest.mark.parametrize(
    "post",
    [
        "professor of medicine at Quorvan University",
        "head of hematology at Quorvan Hospital",
        "a haematologist at Quorvan Medical Center",
    ],
)
def test_developers_a_quote_s_speaker_at_an_institution_develops_nothing(post: str) -> None:
    x = run(
        "“The approval of Zorvexa (zorvetamab) is an important step for patients with multiple "
        f"myeloma,” said Jo Roe, M.D., {post}."
    )
    assert edges(x, "DEVELOPS") == set()


def test_developers_a_quote_s_executive_at_a_pending_buyer_gives_it_no_drug() -> None:
    x = run(
        "Zentavo Therapeutics and Quorvan Bio entered into an agreement under which Zentavo "
        "Therapeutics will acquire Quorvan Bio for $2 billion.\n\n"
        "“Both ZX-0168 and zorvetinib have great potential, and we look forward to unlocking "
        "their benefits,” said Jo Roe, M.D., head of research and development at Zentavo "
        "Therapeutics."
    )
    assert not any(o == "Zentavo Therapeutics" for o, _ in edges(x, "DEVELOPS"))


def test_developers_a_highlight_with_no_subject_is_the_issuer_s() -> None:
    x = run(
        "Zentavo Therapeutics Reports Third Quarter 2017 Results\n\n"
        "Bolt Pharma to acquire Quorvan Pharma, Bolt Pharma said; Bolt Pharma declined.\n\n"
        "·Received PDUFA action date of January 26, 2018 for ZX-0177 New Drug Application\n"
        "• Initiated a Phase 2 trial of ZX-0299 in combination with pembrolizumab in psoriasis"
    )
    developed = edges(x, "DEVELOPS")
    assert {("Zentavo Therapeutics", "ZX-0177"), ("Zentavo Therapeutics", "ZX-0299")} <= developed
    assert not any(m == "pembrolizumab" or o == "Bolt Pharma" for o, m in developed)


def test_developers_the_agent_of_a_drug_s_appositive_develops_that_drug_only() -> None:
    x = run(
        "Bolt Pharma entered a collaboration with Quorvan Pharma on ZX-2201, including in "
        "combination with ZX-4736, an anti-PD-L1 immune checkpoint inhibitor developed by "
        "Zentavo Therapeutics."
    )
    assert "Zentavo Therapeutics" not in {o for o, _m in edges(x, "DEVELOPS")}
    y = run(
        "Bolt Pharma studies ZX-4736, an anti-PD-L1 antibody developed by Zentavo Therapeutics."
    )
    assert ("Zentavo Therapeutics", "ZX-4736") in edges(y, "DEVELOPS")


def test_developers_the_issuer_is_the_first_company_of_the_announcing_line() -> None:
    x = run(
        "BOSTON -- Zentavo Therapeutics Inc., a company of Bolt Pharma, announced today its "
        "results.\n\n• Initiated a Phase 2 trial of ZX-0299 in psoriasis"
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Therapeutics", "ZX-0299")}


def test_developers_a_partner_the_company_calls_its_own_is_its_drug() -> None:
    x = run(
        "NEW YORK -- Zentavo Therapeutics, Inc. today announced the submission of a BLA for "
        "zorbimab, the Company’s investigational anti-CD20 antibody, in combination with "
        "ZORVIQ (zorbalisib), the Company’s once-daily, oral inhibitor of PI3K-delta, for CLL."
    )
    assert ("Zentavo Therapeutics", "zorbalisib") in edges(x, "DEVELOPS")


def test_developers_the_drugs_listed_after_a_company_s_pipeline_are_its_own() -> None:
    x = run(
        "The collaboration focuses on clinical trials using several investigational compounds "
        "from the Zentavo Therapeutics pipeline. Compounds to be studied include zorbitinib, "
        "a FLT3 inhibitor, and ZX-3032, an MDM2 inhibitor."
    )
    developed = edges(x, "DEVELOPS")
    assert {
        ("Zentavo Therapeutics", "zorbitinib"),
        ("Zentavo Therapeutics", "ZX-3032"),
    } <= developed


def test_developers_a_three_letter_name_before_its_head_word_names_the_company() -> None:
    x = run(
        "Bolt Pharma and Zyn Pharmaceutical have signed a collaboration. Bolt Pharma and Zyn "
        "will jointly develop Zorvexa (zorbimab)."
    )
    assert ("Zyn Pharmaceutical", "zorbimab") in edges(x, "DEVELOPS")


def test_developers_assets_listed_after_a_company_s_colon_are_its_own() -> None:
    x = run(
        "The agreement includes three early-stage assets from Bolt Pharma: zorbilumab, an "
        "antibody that blocks KIR; and ZX-986016, a LAG3 antibody."
    )
    assert {("Bolt Pharma", "zorbilumab"), ("Bolt Pharma", "ZX-986016")} <= edges(x, "DEVELOPS")


def test_developers_a_drug_under_development_by_a_company() -> None:
    x = run(
        "Zentavo Therapeutics’ Zorbimab Receives FDA Breakthrough Therapy Designation\n\n"
        "• The U.S. Food and Drug Administration granted Breakthrough Therapy Designation for "
        "zorbimab, an investigational drug under development by Bolt Pharma, for the treatment "
        "of pruritus associated with prurigo nodularis"
    )
    assert ("Bolt Pharma", "zorbimab") in edges(x, "DEVELOPS")


def test_developers_drugs_that_failed_the_patients_are_none_of_the_speaker_s() -> None:
    x = run(
        "Bolt Pharma said that in early trials ZX-0101 showed a 60% response rate for breast "
        "cancer patients who did not respond to other treatments, such as trastuzumab and "
        "lapatinib."
    )
    assert edges(x, "DEVELOPS") == {("Bolt Pharma", "ZX-0101")}


def test_developers_which_is_a_drug_developed_by_names_that_drug_s_developer() -> None:
    x = run(
        "Zentavo Therapeutics develops ZX-0301. It is intended for a combination therapy with "
        "ZX-0400 and Zorvimab, which is an immune checkpoint inhibitor developed by Bolt Pharma."
    )
    developed = edges(x, "DEVELOPS")
    assert ("Bolt Pharma", "zorvimab") in developed
    assert ("Bolt Pharma", "ZX-0400") not in developed


def test_developers_each_subject_of_a_while_clause_develops_its_own_drug() -> None:
    x = run(
        "Meanwhile, partners Bolt Pharma and Quorvan Inc. are on pace to file their rival "
        "zorbalimab this year, while Zentavo Therapeutics is working through Phase III with "
        "the IL-23-blocking zorvekizumab, and Nordwind Bio is doing the same for its similar "
        "zoltikizumab."
    )
    assert edges(x, "DEVELOPS") == {
        ("Bolt Pharma", "zorbalimab"),
        ("Quorvan", "zorbalimab"),
        ("Zentavo Therapeutics", "zorvekizumab"),
        ("Nordwind Bio", "zoltikizumab"),
    }
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharma", "Quorvan")}


def test_developers_its_after_a_named_company_and_is_that_company_s() -> None:
    x = run(
        "Bolt Pharma is one of many contenders in the competitive IL-17 space, led by Zentavo "
        "Therapeutics ($ZNTV) and its psoriasis-treating zorbekizumab, approved in January."
    )
    assert ("Bolt Pharma", "zorbekizumab") not in edges(x, "DEVELOPS")


def test_developers_a_drug_named_for_its_use_with_the_lead_is_a_partner() -> None:
    x = run(
        "Bolt Pharma has the U.S. marketing rights to ZX-0123, but to make sure doctors get the "
        "picture on the new med and its use with Quorvia®, Zentavo expects to add more reps."
    )
    assert ("Bolt Pharma", "Quorvia") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Quorvan Bio said its investigational drug ZX-0451 as an add-on to zorbimab showed "
        "positive results in patients with PNH.",
        "Quorvan Bio said its drug ZX-0451 as an addon to Zorvexa (zorbimab) showed positive "
        "results in PNH.",
        "Quorvan Bio said its drug ZX-0451 as add-on therapy to zorbimab met the main goal in PNH.",
    ],
)
def test_developers_a_drug_the_lead_is_an_add_on_to_is_a_partner(text: str) -> None:
    developed = edges(run(text), "DEVELOPS")
    assert ("Quorvan Bio", "ZX-0451") in developed
    assert ("Quorvan Bio", "zorbimab") not in developed


def test_developers_its_in_a_clause_of_its_own_subject_is_that_subject_s() -> None:
    x = run(
        "Bolt Pharma has tested its cancer drug Quorvia® in combination with its anti-TIGIT agent "
        "zorbolimab, and Zentavo Therapeutics has studied Lumexa® combined with its zoltolimab."
    )
    developed = edges(x, "DEVELOPS")
    assert ("Zentavo Therapeutics", "zoltolimab") in developed
    assert ("Bolt Pharma", "zoltolimab") not in developed


def test_developers_combination_therapy_of_names_its_first_drug_the_lead() -> None:
    x = run(
        "Zentavo Oncology has received approval for combination therapy of ZX026 and "
        "palbociclib or combination therapy of ZX026, palbociclib and fulvestrant for the "
        "treatment of breast cancer."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Oncology", "ZX026")}
    assert edges(x, "INDICATED_FOR") == {("ZX026", "breast cancer")}


def test_developers_a_drug_the_lead_spares_is_no_developed_drug() -> None:
    text = (
        "In addition, Zentavo Therapeutics has planned trial collaborations with Bolt Pharma "
        "to evaluate ZX-117 for conditioning gene therapy patients without the use of "
        "non-selective busulfan or other toxic chemotherapies."
    )
    assert "busulfan" not in {drug for _, drug in edges(run(text), "DEVELOPS")}


@pytest.mark.parametrize(
    "text",
    [
        "Bolt Ventures portfolio company Zentavo Therapeutics N.V. (Nasdaq: ZNTV), a "
        "biotechnology company, today announced dosing of the first patient with ZX-051.",
        "Bolt-backed Zentavo Therapeutics today announced dosing of the first patient with ZX-051.",
    ],
)
def test_developers_an_investor_named_with_its_company_develops_nothing(text: str) -> None:
    assert edges(run(text), "DEVELOPS") == {("Zentavo Therapeutics", "ZX-051")}


@pytest.mark.parametrize("verb", ["co-promoted", "distributed"])
def test_developers_each_agent_of_a_drug_s_promotion_develops_it(verb: str) -> None:
    x = run(f"In the United States, zorbatinib is {verb} by Quillix Pharma and Bolt Therapeutics.")
    assert {src for src, _ in edges(x, "DEVELOPS")} == {"Quillix Pharma", "Bolt Therapeutics"}


def test_developers_the_maker_of_a_companion_diagnostic_develops_no_drug() -> None:
    text = (
        "Zentavo Health, Inc. (Nasdaq: ZH), a precision oncology company, announced that the "
        "FDA has approved its Zora360® CDx test as a companion diagnostic to select patients "
        "with breast cancer for treatment with zorbimab, a HER2-directed antibody jointly "
        "developed and commercialized by Kelvarin Pharma and Hoshira Pharma."
    )
    x = run(text)
    assert ("Zentavo Health", "zorbimab") not in edges(x, "DEVELOPS")
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Kelvarin Pharma", "Hoshira Pharma")) in pairs
    assert not any("Zentavo Health" in p for p in pairs)


@pytest.mark.parametrize(
    ("terms", "holder_develops"),
    [
        (
            "Zentavo will receive $3 million for granting Bolt Pharma an option to an exclusive "
            "license to ZX-0123.",
            False,
        ),
        ("Bolt Pharma has acquired an option to exclusively license ZX-0123 in Europe.", False),
        ("Bolt Pharma has exercised its option to license ZX-0123 in Europe.", True),
        (
            "Zentavo signed a deal providing Bolt Pharma with an option to acquire exclusive "
            "rights to ZX-0123.",
            False,
        ),
        ("Once exercised, the option will enable Bolt Pharma to sell ZX-0123 in Europe.", False),
    ],
)
def test_developers_an_option_holder_develops_nothing_by_the_option_deal(
    terms: str, holder_develops: bool
) -> None:
    x = run(
        "Zentavo and Bolt Pharma Announce Exclusive Option and License Agreement for ZX-0123\n\n"
        f"{terms} If Bolt Pharma exercises its option, Zentavo will receive a fee."
    )
    developed = edges(x, "DEVELOPS")
    assert ("Zentavo", "ZX-0123") in developed
    assert (("Bolt Pharma", "ZX-0123") in developed) is holder_develops


def test_developers_its_is_the_company_that_says_it_and_owns_the_list() -> None:
    x = run(
        "By working with Bolt Bio, Acmetica Therapeutics said it may identify new approaches "
        "with its lead assets, zorbimab and quvitinib."
    )
    assert {d for d in edges(x, "DEVELOPS") if d[0] == "Bolt Bio"} == set()
    assert {("Acmetica Therapeutics", "zorbimab"), ("Acmetica Therapeutics", "quvitinib")} <= (
        edges(x, "DEVELOPS")
    )


def test_developers_each_party_of_a_combination_study_develops_its_own_drug() -> None:
    x = run(
        "Acmetica Therapeutics and Bolt Pharma Announce Clinical Trial Collaboration to "
        "Evaluate ZX-101 in Combination with QV-202"
    )
    assert edges(x, "DEVELOPS") == {
        ("Acmetica Therapeutics", "ZX-101"),
        ("Bolt Pharma", "QV-202"),
    }


def test_developers_chemotherapy_before_a_clause_break_makes_no_partner_of_its_object() -> None:
    x = run("To spare patients chemotherapy, Acmetica Therapeutics developed zorbitinib.")
    assert edges(x, "DEVELOPS") == {("Acmetica Therapeutics", "zorbitinib")}


def test_developers_a_company_working_on_a_drug_develops_it() -> None:
    x = run("Beside ZX-101, Acmetica Therapeutics is working on an allogeneic version, ZX-201.")
    assert ("Acmetica Therapeutics", "ZX-201") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics has now acquired ZX-101 from Bolt Pharma.",
        "Acmetica Therapeutics purchased ZX-101, through acquiring privately-held Bolt "
        "Pharma, Inc. by making an upfront payment of $750,000.",
    ],
)
def test_developers_the_buyer_of_a_drug_develops_it(text: str) -> None:
    assert ("Acmetica Therapeutics", "ZX-101") in edges(run(text), "DEVELOPS")


def test_developers_a_comparator_the_company_owns_gets_no_edge() -> None:
    x = run(
        "Acmetica Inc. says a Phase III study with its investigational drug ZX-101 could show "
        "superiority compared to the company’s currently marketed Zorvexa (zorvimab) in CLL."
    )
    assert edges(x, "DEVELOPS") == {("Acmetica", "ZX-101")}


def test_developers_a_prior_therapy_listed_after_which_must_include_gets_no_edge() -> None:
    x = run(
        "The FDA approved ZX-101 to treat MCL that has relapsed following two prior treatment "
        "regimens, one of which must include Boltara Corp.’s Zorvexa (zorvimab)."
    )
    assert ("Boltara", "zorvimab") not in edges(x, "DEVELOPS")
    assert ("zorvimab", "mantle cell lymphoma") not in edges(x, "INDICATED_FOR")


def test_developers_a_quoted_director_s_institution_develops_nothing() -> None:
    x = run(
        "“The approval of Zorvexa as an option for use in all patients with multiple myeloma "
        "represents a new paradigm in the management of this disease,” said Jo Roe, director, "
        "Quill Multiple Myeloma Center, Acmetica Cancer Center, adding: “We now have clinical "
        "evidence demonstrating that keeping newly diagnosed multiple myeloma patients on "
        "Zorvexa significantly improves progression-free survival.”"
    )
    assert edges(x, "DEVELOPS") == set()


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Brackley Bio reported a licensing deal. The agreement includes an option to an "
            "exclusive license for its innovative Claudin-18.2 antibody drug conjugate (ADC) "
            "QX-1904.",
            {("Brackley Bio", "QX-1904")},
        ),
        (
            "A Phase 2 trial assessing Tamar Pharma's (TMRP -0.4% ) calvotinib in adults with "
            "Crohn's disease showed an encouraging effect.",
            {("Tamar Pharma", "calvotinib")},
        ),
    ],
)
def test_developers_a_possessive_s_phrase_may_hold_a_decimal_or_an_abbreviation(
    text: str, stated: set[tuple[str, str]]
) -> None:
    _check_developers(text, stated, set())


def test_developers_a_drug_its_owner_calls_proprietary_is_no_comparator() -> None:
    _check_developers(
        "QX-1686 is the second covalent drug to reach the clinic from Brackley Bio's platform, "
        "along with Brackley Bio's proprietary drug candidate QT-292, a BTK inhibitor in "
        "Phase 1 development.",
        {("Brackley Bio", "QT-292")},
        set(),
    )


@pytest.mark.parametrize(
    "attribution",
    [
        "said Jo Roe, chairman and chief executive officer, Quillon Bio",
        "said Jo Roe, chief executive officer of Quillon Bio",
    ],
)
def test_developers_a_quote_going_on_speaks_for_the_company_quoted(attribution: str) -> None:
    # (the quoted company's "we" and "our", though the other company is named more often)
    x = run(
        "Quillon Bio will acquire Bolt Pharma. Bolt Pharma shareholders will receive $5 a share. "
        f"“This acquisition is a step forward,” {attribution}. “Adding Bolt Pharma’s research "
        "capabilities to our teams, we will build on the success of zorbimab to grow.”"
    )
    assert ("Bolt Pharma", "zorbimab") not in edges(x, "DEVELOPS")


def test_developers_a_company_the_quote_names_after_we_keeps_its_drug() -> None:
    x = run(
        "“We are proud that Bolt Pharma has developed zorbimab for lupus,” said Jo Roe, chief "
        "executive officer of Quillon Bio."
    )
    assert ("Bolt Pharma", "zorbimab") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        (
            "Corvant Biosciences: Positive Results From Zelvora Study In Mantle Cell Lymphoma\n\n"
            "The detailed results showed that Zelvora (tovabrutinib) prolonged survival.",
            {("Corvant Biosciences", "tovabrutinib")},
            set(),
        ),
        (
            "Ellery Pharma Co Ltd : Phase 2 Data On tovabrutinib Shown At Congress\n\n"
            "The data were presented on Monday.",
            {("Ellery Pharma", "tovabrutinib")},
            set(),
        ),
        (
            # a comparator in the headline stays no one's drug
            "Corvant Biosciences: Tovabrutinib Beats Ibrutinib In Phase 3 Trial\n\n"
            "The trial met its primary endpoint.",
            {("Corvant Biosciences", "tovabrutinib")},
            {("Corvant Biosciences", "ibrutinib")},
        ),
        (
            # a drug the headline gives another company by a possessive stays that one's
            "Corvant Biosciences: Phase 3 Data On Ellery Pharma's Tovabrutinib Presented\n\n"
            "The data were presented on Monday.",
            set(),
            {("Corvant Biosciences", "tovabrutinib")},
        ),
    ],
)
def test_developers_company_opening_a_headline(
    text: str, stated: set[tuple[str, str]], not_stated: set[tuple[str, str]]
) -> None:
    _check_developers(text, stated, not_stated)


@pytest.mark.parametrize(
    "sentence",
    [
        "Corvant Biosciences is a commercial-stage company that is best known for zorvalimab, "
        "a treatment for ovarian cancer.",
        "Corvant Biosciences is known for zorvalimab, a drug for treating renal cell carcinoma.",
    ],
)
def test_developers_what_a_company_is_known_for_is_its_drug(sentence: str) -> None:
    text = "Harlan Biologics agreed to acquire Corvant Biosciences for $500 million. " + sentence
    # (not the buyer, whose purchase is still pending)
    _check_developers(
        text, {("Corvant Biosciences", "zorvalimab")}, {("Harlan Biologics", "zorvalimab")}
    )


def test_developers_our_drug_is_the_issuer_s_though_its_partners_are_named_more() -> None:
    found = edges(
        run(
            "Acmetica Reports Results for the First Half of 2015\n\n"
            "Bolt Biotech filed for zorbimab in melanoma, earning Acmetica a milestone.\n"
            "Bolt Biotech began a Phase 3 trial of zorbimab under the Bolt Biotech alliance.\n"
            "“We continued to see advances in our most advanced program, zorbimab."
        ),
        "DEVELOPS",
    )
    assert ("Acmetica", "zorbimab") in found


def test_developers_the_list_set_beside_our_possessed_plural_is_ours() -> None:
    found = edges(
        run(
            "Zentavo Therapeutics Reports Results for the First Half of 2015\n\n"
            "“We continued to see advances in our two most advanced programs, zorbimab and "
            "lumatinib.”\nBolt Biotech is developing lumatinib in melanoma."
        ),
        "DEVELOPS",
    )
    assert {("Zentavo Therapeutics", "zorbimab"), ("Zentavo Therapeutics", "lumatinib")} <= found
    assert ("Bolt Biotech", "lumatinib") in found


@pytest.mark.parametrize(
    ("sentence", "owned"),
    [
        ("Revenue of Zorvexa® grew 15% to DKK 1,292 million.", True),
        ("Total-sales growth of 9.5%, driven by the performances of Zorvexa® (zorbimab).", True),
        ("Royalty revenue from sales of Zorvexa® grew 15%.", False),
    ],
)
def test_developers_the_products_whose_sales_a_release_reports_are_the_issuer_s(
    sentence: str, owned: bool
) -> None:
    found = edges(
        run(f"Zentavo Pharma announces annual results 2021\n\nGrowth in net sales\n{sentence}"),
        "DEVELOPS",
    )
    assert any(org == "Zentavo Pharma" for org, _ in found) is owned


def test_developers_a_company_that_today_presents_its_results_issues_the_release() -> None:
    found = edges(
        run(
            "PARIS, 25 July 2024 - Zentavo Pharma ((Euronext: ZEN), a global specialty company, "
            "today presents its financial results for the first half of 2024.\n"
            "Total-sales growth of 9.5%, driven by the performances of Zorvexa® (zorbimab)."
        ),
        "DEVELOPS",
    )
    assert ("Zentavo Pharma", "zorbimab") in found


def test_developers_a_partner_that_presented_data_does_not_issue_the_release() -> None:
    found = edges(
        run(
            "“We were encouraged by data from our engager, in partnership with Bolt Biotech "
            "presented at the congress,” said Jo Roe, CEO of Zentavo Pharma.\n"
            "Revenue of Zorvexa® grew 15%."
        ),
        "DEVELOPS",
    )
    assert not any(org == "Bolt Biotech" for org, _ in found)


@pytest.mark.parametrize(
    "item",
    [
        "In-licensing of zorbimab outside the U.S.: an addition to our pipeline",
        "U.S. regulatory approvals and launches of Zorvexa® (zorbimab) in melanoma",
        "- EMA and FDA approval of zorbimab in melanoma",
    ],
)
def test_developers_a_highlight_opening_with_the_issuer_s_act_is_the_issuer_s(item: str) -> None:
    found = edges(
        run(
            "Zentavo Pharma (Euronext: ZEN) today announced its results for 2024.\n"
            f"Business highlights\n{item}\n"
        ),
        "DEVELOPS",
    )
    assert ("Zentavo Pharma", "zorbimab") in found


@pytest.mark.parametrize(
    "opening",
    [
        "Zentavo Pharma’s 2024 Full-Year Results\n\nZentavo Pharma delivers on its 2024 guidance",
        "Zentavo Pharma SA (Euronext: ZEN) (“Zentavo” or the “Company”) reported its results",
    ],
)
def test_developers_a_launch_a_results_release_reports_is_the_issuer_s(opening: str) -> None:
    found = edges(
        run(
            f"{opening}.\n"
            "  • Growth will be boosted by the recent launch of Zorvexa® (zorbimab) in the US.\n"
            "  • Royalties rose on the launch of belantamib in Japan.\n"
        ),
        "DEVELOPS",
    )
    assert ("Zentavo Pharma", "zorbimab") in found
    assert ("Zentavo Pharma", "belantamib") not in found


def test_developers_a_partner_named_with_one_drug_of_a_list_is_that_drug_s_only() -> None:
    found = edges(
        run(
            "Zentavo Pharma today reported its results. “Demand for Zorvexa® (zorbimab) is "
            "robust, and the approvals of Quellix (quelitamab) with Bolt Biotech and Ravora "
            "(ravotinib) with Acme Oncology add to our momentum,” said Jo Roe."
        ),
        "DEVELOPS",
    )
    assert ("Bolt Biotech", "quelitamab") in found
    assert ("Acme Oncology", "ravotinib") in found
    assert not {("Bolt Biotech", "zorbimab"), ("Bolt Biotech", "ravotinib")} & found
    assert not {("Acme Oncology", "zorbimab"), ("Acme Oncology", "quelitamab")} & found


@pytest.mark.parametrize(
    "item",
    [
        "Entered commercial agreement for its antibody platform with Bolt Biotech in oncology",
        "- Achieved USD 10 million milestone under the zorbimab collaboration with Bolt Biotech",
    ],
)
def test_developers_a_subjectless_highlight_names_the_issuer_s_partner(item: str) -> None:
    found = edges(
        run(f"Zentavo Pharma Announces Financial Results for 2024\n\n{item}\n"),
        "COLLABORATES_WITH",
    )
    assert {frozenset(pair) for pair in found} == {frozenset({"Bolt Biotech", "Zentavo Pharma"})}


def test_developers_a_company_s_capitalised_short_name_owns_its_coded_products() -> None:
    # Ono Pharmaceutical writes its own name "ONO" (and "Ono"), as its code names do
    found = edges(
        run(
            "Development status of ONO products\n"
            "ONO-9901, a BTK inhibitor\n"
            "Phase I study of ONO-9901 was initiated in the US by our licensee, Bolt Biotech.\n"
        ),
        "DEVELOPS",
    )
    assert ("Ono Pharmaceutical", "ONO-9901") in found
