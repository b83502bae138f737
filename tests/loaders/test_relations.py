from __future__ import annotations

import pytest

from tests.loaders.helpers import edge_properties, edges, names, run


def test_relations_appositive_target_and_indication() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. today announced that zorbimab, an anti-CD20 antibody, "
        "entered a Phase 2 trial in patients with follicular lymphoma."
    )
    assert ("zorbimab", "MS4A1") in edges(x, "TARGETS")
    assert ("zorbimab", "follicular lymphoma") in edges(x, "INDICATED_FOR")
    indicated = next(e for e in x.edges if str(e.kind) == "INDICATED_FOR")
    assert indicated.properties["phase"] == "phase 2"


def test_relations_target_before_molecule() -> None:
    x = run("Results for the BTK inhibitor lumabrutinib were presented.")
    assert ("lumabrutinib", "BTK") in edges(x, "TARGETS")


def test_relations_collaboration_but_not_acquisition() -> None:
    collab = run("Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals entered a collaboration.")
    assert len(edges(collab, "COLLABORATES_WITH")) == 1
    sale = run("Acmetica Therapeutics, Inc. agreed to acquire Bolt Pharmaceuticals for cash.")
    assert edges(sale, "COLLABORATES_WITH") == set()


def test_relations_acquirer_is_not_developer() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. will acquire Bolt Pharmaceuticals, whose lead candidate "
        "lumatinib is in development."
    )
    developers = {src for src, dst in edges(x, "DEVELOPS") if dst == "lumatinib"}
    assert "Acmetica Therapeutics" not in developers


def test_relations_combination_partner_gets_no_indication() -> None:
    x = run(
        "Zorbimab in combination with lumatinib is approved for the treatment of adult "
        "patients with multiple myeloma."
    )
    assert ("lumatinib", "multiple myeloma") not in edges(x, "INDICATED_FOR")
    assert "lumatinib" in names(x, "Molecule")
    # the members of a class of partners, listed in its brackets
    y = run(
        "Acme evaluated zorbimab in combination with hypomethylating agents (HMAs; lumatinib, "
        "quillistat) in patients with acute myeloid leukemia."
    )
    assert edges(y, "INDICATED_FOR") == {("zorbimab", "acute myeloid leukemia")}


def test_relations_a_drug_named_for_a_disease_is_indicated_for_it() -> None:
    x = run(
        "Acme expands its franchise with the addition of Zorvexa™ (zorbimab) for lysosomal "
        "acid lipase deficiency."
    )
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "lysosomal acid lipase deficiency")}


def test_relations_indications_hoped_for_are_not_the_drugs() -> None:
    x = run(
        "Bolt has an option to license zorbimab for development in head and neck cancer, and "
        "potential future solid tumor cancer indications."
    )
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "head and neck cancer")}


@pytest.mark.parametrize(
    "text",
    [
        # millions, no myeloma
        "Acme will pay Bolt $50 MM upon exercise of its option to license zorbimab.",
        # a therapeutic area
        "Acme advances biosimilar candidates that cover the therapeutic areas of immunology, "
        "oncology and diabetes.",
        # a symptom of the indication
        "The study showed zorbimab met the primary endpoint, and demonstrated improvements "
        "across measures of the signs and symptoms of moderate-to-severe atopic dermatitis, "
        "including itch and skin inflammation, compared to placebo.",
    ],
)
def test_relations_amounts_and_symptoms_are_no_diseases(text: str) -> None:
    assert names(run(text), "Disease") <= {"atopic dermatitis"}


def test_relations_a_receptors_own_ligand_is_no_drug() -> None:
    x = run(
        "QX-7046 is an investigational prostaglandin E2 (PGE2) selective EP4 receptor "
        "antagonist. PGE2 signals through EP4 receptors."
    )
    assert names(x, "Molecule") == {"QX-7046"}
    assert edges(x, "TARGETS") == {("QX-7046", "PTGER4")}


def test_relations_a_makers_drug_given_with_anothers_is_its_partner() -> None:
    x = run(
        "Acme inked a deal with Bolt Pharma to advance trials of Acme's zorbimab with Bolt "
        "Pharma's Quilvex (docetaxel) in HER2+ breast cancer."
    )
    assert ("docetaxel", "breast cancer") not in edges(x, "INDICATED_FOR")
    assert ("Bolt Pharma", "docetaxel") not in edges(x, "DEVELOPS")


def test_relations_a_right_to_negotiate_is_no_development_yet() -> None:
    x = run(
        "Bolt Pharma has an exclusivity period in which to negotiate the in-licensing of "
        "zorbimab from Acme Bio."
    )
    assert ("Bolt Pharma", "zorbimab") not in edges(x, "DEVELOPS")


def test_relations_a_trial_named_before_is_its_drugs_as_a_subject() -> None:
    x = run(
        "Acme presented results from the QUILL-1 trial of zorbimab in patients with "
        "non-Hodgkin lymphoma.\nQUILL-1 enrolled 111 patients with diffuse large B-cell "
        "lymphoma or transformed follicular lymphoma."
    )
    assert {d for m, d in edges(x, "INDICATED_FOR") if m == "zorbimab"} >= {
        "diffuse large B-cell lymphoma",
        "transformed follicular lymphoma",
    }


def test_relations_the_first_drug_of_combinations_leads_them() -> None:
    x = run(
        "Acme initiated the combinations of zorbimab and a PD-1 (lumatinib) in NSCLC and "
        "zorbimab and an EGFR inhibitor (quillistat) in colorectal cancer (CRC) under arms of "
        "the QUILL trial."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert {m for m, _ in indicated} == {"zorbimab"}
    assert len(indicated) == 2


def test_relations_the_candidate_drug_refers_back_over_one_sentence_paragraphs() -> None:
    x = run(
        "Acme Pharma said regulators approved a phase I study of its atopic dermatitis drug "
        "QX-1601.\n\nAcme Pharma signed a deal with Bolt Bio in August.\n\nIts shares fell."
        "\n\nThe candidate drug selectively binds to the histamine H4 receptor."
    )
    assert edges(x, "TARGETS") == {("QX-1601", "HRH4")}


def test_relations_adverse_events_are_not_indications() -> None:
    x = run("The most common adverse reactions to zorbimab were neutropenia and anemia.")
    assert edges(x, "INDICATED_FOR") == set()
    assert names(x, "Disease") == set()


def test_relations_licence_chain_pairs_only_stated_partners() -> None:
    x = run(
        "Acmetica Therapeutics' Partner Bolt Pharmaceuticals Announced License Agreement with "
        "Corvex Biosciences for Zorbimab in Japan"
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Acmetica Therapeutics", "Bolt Pharmaceuticals"}) in pairs
    assert frozenset({"Bolt Pharmaceuticals", "Corvex Biosciences"}) in pairs
    assert frozenset({"Acmetica Therapeutics", "Corvex Biosciences"}) not in pairs


def test_relations_licensor_after_from_is_a_party() -> None:
    x = run(
        "In 2015, Acmetica Therapeutics, Inc. licensed exclusive worldwide rights to develop "
        "zorbimab from Bolt Pharmaceuticals, Inc."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Acmetica Therapeutics", "Bolt Pharmaceuticals"}) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Quorvant Therapeutics said it has been granted an exclusive license by Kelvarin Bio to "
        "develop and commercialize QX-101.",
        "Quorvant Therapeutics was granted exclusive worldwide rights to QX-101 by the "
        "Kelvarin Bio group.",
        "In 2016, Quorvant Therapeutics was authorized by Kelvarin Bio to use kelvase in the "
        "development of QX-101.",
    ],
)
def test_relations_licensor_granting_in_the_passive_is_a_party(text: str) -> None:
    pairs = {frozenset(p) for p in edges(run(text), "COLLABORATES_WITH")}
    assert frozenset({"Quorvant Therapeutics", "Kelvarin Bio"}) in pairs


def test_relations_agent_of_a_grant_other_than_a_licence_is_no_party() -> None:
    x = run(
        "Quorvant Therapeutics, which holds the rights to QX-101, was granted a research award "
        "by Kelvarin Bio."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    # a trial authorized by a company to be run is no licence
    y = run(
        "The Phase 2 trial of QX-101, sponsored by Quorvant Therapeutics, was authorized by "
        "Kelvarin Bio in March."
    )
    assert edges(y, "COLLABORATES_WITH") == set()


def test_relations_unit_at_its_institution_is_no_partner() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. and the Institute for Molecular Medicine at the "
        "University of Springfield announced a research collaboration."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Institute for Molecular Medicine", "University of Springfield"}) not in pairs
    assert frozenset({"Acmetica Therapeutics", "Institute for Molecular Medicine"}) in pairs


def test_relations_drug_joined_with_another_is_a_partner() -> None:
    x = run(
        "A Phase 3 study is evaluating zorbimab with lumatinib versus chemotherapy for the "
        "treatment of multiple myeloma."
    )
    assert ("zorbimab", "multiple myeloma") in edges(x, "INDICATED_FOR")
    assert ("lumatinib", "multiple myeloma") not in edges(x, "INDICATED_FOR")


def test_relations_broad_class_only_as_stated_indication() -> None:
    stated = run("Zorbimab is in development for the treatment of solid tumors.")
    assert ("zorbimab", "solid tumors") in edges(stated, "INDICATED_FOR")
    area = run(
        "The group has a record of discovery in solid tumors, for example zorbimab to treat "
        "multiple myeloma."
    )
    assert ("zorbimab", "solid tumors") not in edges(area, "INDICATED_FOR")
    assert "solid tumors" not in names(area, "Disease")


@pytest.mark.parametrize(
    "text",
    [
        "Zorbimab may prove to be helpful in treating a broad range of hematologic malignancies.",
        "Zorbimab, an antibody the FDA cleared for trials, may prove to be useful for the "
        "treatment of patients with hematologic malignancies.",
    ],
)
def test_relations_broad_class_a_drug_is_hoped_to_help_is_no_indication(text: str) -> None:
    assert ("zorbimab", "hematologic malignancies") not in edges(run(text), "INDICATED_FOR")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Lumabrutinib selectively inhibits the BTK protein.", ("lumabrutinib", "BTK")),
        (
            "Lumabrutinib is a kinase inhibitor designed to target and inhibit ALK.",
            ("lumabrutinib", "ALK"),
        ),
        (
            "Lumabrutinib is a highly potent and selective type II FLT3 inhibitor.",
            ("lumabrutinib", "FLT3"),
        ),
        (
            "Lumabrutinib is a tyrosine kinase inhibitor selective for HER2.",
            ("lumabrutinib", "ERBB2"),
        ),
        ("The BTK Inhibitor, PCI-32765, Induces Durable Responses", ("PCI-32765", "BTK")),
    ],
)
def test_relations_target_stated_by_a_verb_or_a_coordinated_phrase(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in edges(run(text), "TARGETS")


def test_relations_targets_listed_after_the_drugs_target_share_the_drug() -> None:
    x = run(
        "Zorbimab is a bispecific antibody that works by binding to the tumor antigen "
        "Trop-2, which is found at high levels on the surface of many epithelial tumor "
        "cells, and to OX40 on activated T cells."
    )
    assert edges(x, "TARGETS") == {("zorbimab", "TACSTD2"), ("zorbimab", "TNFRSF4")}


def test_relations_the_class_of_the_drug_before_against_its_target() -> None:
    x = run(
        "Acmetica Therapeutics announced approval of lumaximab in follicular lymphoma. "
        "Bolt Pharmaceuticals holds rights to market the mAb against CD38 in Europe."
    )
    assert ("lumaximab", "CD38") in edges(x, "TARGETS")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Zorbimab works by blocking IL-17A.", ("zorbimab", "IL17A")),
        ("Lumatinib acts by inhibiting PI3K-delta in B cells.", ("lumatinib", "PIK3CD")),
        ("Zorbimab, a CD47-blocking antibody, entered Phase 3.", ("zorbimab", "CD47")),
    ],
)
def test_relations_how_the_drug_works_names_its_target(text: str, pair: tuple[str, str]) -> None:
    assert edges(run(text), "TARGETS") == {pair}


@pytest.mark.parametrize(
    "second",
    [
        "This first-in-class molecule inhibits KRAS.",
        "The radioligand binds to KRAS.",
        "The degrader targets KRAS.",
        "This antibody targets KRAS.",
        "The second-generation Kirsten rat sarcoma viral oncogene (KRAS) inhibitor is approved.",
        "The FDA approved KRAS antagonist is sold in Japan.",
        "Kelvarin expects to explore the experimental therapy against KRAS.",
    ],
)
def test_relations_this_or_the_drug_class_in_the_next_sentence_refers_back(second: str) -> None:
    x = run(f"Acmetica announced dosing of lumatinib in a Phase 1 trial. {second}")
    assert edges(x, "TARGETS") == {("lumatinib", "KRAS")}


def test_relations_and_opening_a_new_clause_ends_the_phrase() -> None:
    x = run("Lumabrutinib is approved and the company also studies EGFR inhibitors.")
    assert edges(x, "TARGETS") == set()


def test_relations_possessive_owner_is_no_party_to_molecules_named_before_it() -> None:
    x = run(
        "Acmetica Therapeutics today announced data from its Phase 2 trial of zorbimab in "
        "combination with Merck's KEYTRUDA (pembrolizumab) in patients with melanoma."
    )
    developers = edges(x, "DEVELOPS")
    assert ("Acmetica Therapeutics", "zorbimab") in developers
    assert ("Merck", "zorbimab") not in developers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Zorbimab is designed to target and degrade ERα.", ("zorbimab", "ESR1")),
        ("Zorbimab is a CD19 CAR T cell therapy.", ("zorbimab", "CD19")),
    ],
)
def test_relations_degraders_and_cell_therapies(text: str, pair: tuple[str, str]) -> None:
    assert pair in edges(run(text), "TARGETS")


def test_relations_comparator_and_repeated_partner_get_no_edges() -> None:
    compared = run(
        "The Phase 3 trial compared zorbimab to lumatinib in patients with melanoma. "
        "Acmetica Therapeutics, Inc. announced approval of zorbimab in combination with standard "
        "lumatinib induction and standard lumatinib consolidation for acute myeloid leukemia."
    )
    assert not {pair for pair in edges(compared, "INDICATED_FOR") if pair[0] == "lumatinib"}
    assert not {pair for pair in edges(compared, "DEVELOPS") if pair[1] == "lumatinib"}
    assert ("zorbimab", "acute myeloid leukemia") in edges(compared, "INDICATED_FOR")


def test_relations_plural_disease_continuing_a_list_of_indications() -> None:
    x = run(
        "Zorbimab is approved for the treatment of patients who require therapy for renal cell "
        "carcinoma (RCC), central nervous system hemangioblastomas, or other conditions."
    )
    assert ("zorbimab", "hemangioblastoma") in edges(x, "INDICATED_FOR")


def test_relations_a_form_of_a_disease_is_its_class() -> None:
    x = run("There is an urgent need for a treatment for this rare form of melanoma, zorbimab.")
    assert edges(x, "INDICATED_FOR") == set()


def test_relations_parties_listed_after_agreement_with_partner_the_speaker() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. entered into a license agreement with Bolt Pharmaceuticals, "
        "Boston (USA) and Corvex Biosciences, Lyon (France) for zorbimab. We are pleased to "
        "work with Bolt Pharmaceuticals and Corvex Biosciences on zorbimab. Acmetica "
        "Therapeutics is based in Boston. Acmetica Therapeutics has 200 staff."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Bolt Pharmaceuticals", "Corvex Biosciences"}) not in pairs
    assert frozenset({"Acmetica Therapeutics", "Corvex Biosciences"}) in pairs


def test_relations_license_application_and_divestiture_are_no_collaborations() -> None:
    filing = run(
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals announced that the FDA accepted "
        "the companies' Biologics License Application for zorbimab."
    )
    sale = run("Acmetica Therapeutics, Inc. agreed to divest zorbimab to Bolt Pharmaceuticals.")
    assert edges(filing, "COLLABORATES_WITH") == set()
    assert edges(sale, "COLLABORATES_WITH") == set()


def test_relations_owner_of_a_company_is_no_developer() -> None:
    x = run(
        "Under the ownership of Corvex Holdings, Inc., Bolt Pharmaceuticals will expand access "
        "to its product zorbimab for patients."
    )
    developers = {src for src, dst in edges(x, "DEVELOPS") if dst == "zorbimab"}
    assert developers == {"Bolt Pharmaceuticals"}


def test_relations_a_list_introduced_by_such_as_names_lead_molecules() -> None:
    x = run(
        "The deal strengthens the portfolio of Acmetica Therapeutics, Inc. by adding medicines "
        "such as zorbimab. Patients previously treated with therapies such as lumatinib were "
        "enrolled in a study of zorbimab by Acmetica Therapeutics, Inc. for multiple myeloma."
    )
    assert ("Acmetica Therapeutics", "zorbimab") in edges(x, "DEVELOPS")
    assert not {pair for pair in edges(x, "INDICATED_FOR") if pair[0] == "lumatinib"}
    assert not {pair for pair in edges(x, "DEVELOPS") if pair[1] == "lumatinib"}


def test_relations_company_named_without_its_legal_form_after_once_with_it() -> None:
    x = run(
        "Acmetica to Acquire Boltara\n\nAcmetica, Inc. and Boltara Corp. today announced "
        "that Acmetica will acquire Boltara for $2.7 billion. This acquisition adds lumatinib "
        "to the pipeline of Acmetica. Boltara develops lumatinib."
    )
    assert ("Acmetica", "Boltara") in edges(x, "ACQUIRES")
    developers = {src for src, dst in edges(x, "DEVELOPS") if dst == "lumatinib"}
    assert developers == {"Boltara"}  # a pending buyer is no developer yet


def test_relations_a_drug_patients_previously_received_is_a_prior_therapy() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. announced approval of zorbimab for adults with "
        "myelofibrosis who previously received lumatinib."
    )
    assert ("zorbimab", "myelofibrosis") in edges(x, "INDICATED_FOR")
    assert not {pair for pair in edges(x, "INDICATED_FOR") if pair[0] == "lumatinib"}
    assert not {pair for pair in edges(x, "DEVELOPS") if pair[1] == "lumatinib"}


def test_relations_a_possessive_owns_its_phrase_not_a_drug_after_a_preposition() -> None:
    x = run(
        "Bolt Pharmaceuticals' expertise with KEYTRUDA® (pembrolizumab) combinations is broad. "
        "Bolt Pharmaceuticals’ lead candidate lumatinib entered Phase 2."
    )
    developed = {dst for src, dst in edges(x, "DEVELOPS") if src == "Bolt Pharmaceuticals"}
    assert "pembrolizumab" not in developed
    assert "lumatinib" in developed


def test_relations_a_new_clause_pairs_its_party_with_the_subject_only() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. licensed zorbimab from the University of Lyon in 2018 and "
        "is developing it with Bolt Pharmaceuticals under a co-development agreement."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Acmetica Therapeutics", "Bolt Pharmaceuticals"}) in pairs
    assert frozenset({"Acmetica Therapeutics", "University of Lyon"}) in pairs
    assert frozenset({"University of Lyon", "Bolt Pharmaceuticals"}) not in pairs


def test_relations_each_product_of_a_list_gets_its_own_disease() -> None:
    x = run(
        "The deal brings Acmetica Therapeutics, Inc. two medicines: zorbimab, in a Phase 3 "
        "trial for multiple myeloma, and lumatinib, in Phase 1 for pancreatic cancer."
    )
    indicated = {(m, d) for m, d in edges(x, "INDICATED_FOR")}
    assert indicated == {("zorbimab", "multiple myeloma"), ("lumatinib", "pancreatic cancer")}
    phases = {e.properties.get("phase") for e in x.edges if str(e.kind) == "INDICATED_FOR"}
    assert phases == {"phase 3", "phase 1"}


def test_relations_company_whose_name_ends_in_a_head_word_before_its_legal_form() -> None:
    x = run("Acmetica, Inc. completed its acquisition of Meridian Oncology, Inc. for $4 billion.")
    assert ("Acmetica", "Meridian Oncology") in edges(x, "ACQUIRES")


def test_relations_a_drug_its_owner_is_named_with_is_not_the_partners() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. entered a clinical trial collaboration and supply "
        "agreement with Bolt Pharmaceuticals, Inc. to study Acmetica's zorbimab in "
        "combination with Bolt's lumatinib in ovarian cancer. Acmetica and Bolt will "
        "develop zorbimab with lumatinib in a trial."
    )
    developers = edges(x, "DEVELOPS")
    assert ("Acmetica Therapeutics", "zorbimab") in developers
    assert ("Bolt Pharmaceuticals", "lumatinib") in developers
    assert ("Bolt Pharmaceuticals", "zorbimab") not in developers
    assert ("Acmetica Therapeutics", "lumatinib") not in developers


def test_relations_rights_to_an_owned_drug_make_a_developer() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. licensed exclusive rights to Bolt's lumatinib from "
        "Bolt Pharmaceuticals, Inc. for development in China."
    )
    assert ("Acmetica Therapeutics", "lumatinib") in edges(x, "DEVELOPS")


def test_relations_us_dollars_are_not_the_speaker() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. signed an option agreement with Bolt Pharmaceuticals, Inc. "
        "for lumatinib.\n\nUnder the agreement, Quillon Biosciences, Inc. will pay US$45 "
        "million in option fees."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Acmetica Therapeutics", "Bolt Pharmaceuticals")}


def test_relations_deal_amounts_come_from_the_sentences_of_that_deal() -> None:
    x = run(
        "On May 2, Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. signed a licence "
        "agreement. Under the agreement, Bolt will pay an upfront payment of $40 million. "
        "On June 3, Quillon Biosciences, Inc. and Zephyra Bio, Inc. signed a licence agreement. "
        "Zephyra will pay Quillon an upfront payment of $90 million."
    )
    by_id = {n.id: n.name for n in x.nodes}
    deals = {
        frozenset((by_id[e.source], by_id[e.target])): e.properties.get("deal", {})
        for e in x.edges
        if str(e.kind) == "COLLABORATES_WITH"
    }
    assert deals[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]["upfront"] == (
        "$40 million"
    )
    assert deals[frozenset(("Quillon Biosciences", "Zephyra Bio"))]["upfront"] == "$90 million"


def test_relations_a_disease_of_another_subject_is_not_the_molecules() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. sells zorbimab for the treatment of prostate cancer, and "
        "other drugs for breast cancer are in Phase 2. Bolt Pharmaceuticals, Inc. sells "
        "lumatinib for the treatment of psoriasis and velotinib against graft rejection."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert ("zorbimab", "prostate cancer") in indicated
    assert ("zorbimab", "breast cancer") not in indicated
    assert ("lumatinib", "psoriasis") in indicated
    assert ("velotinib", "psoriasis") not in indicated


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Acmetica's BRAFV600E inhibitor, ZB-303, entered a trial.", ("ZB-303", "BRAF")),
        ("ZB-303 selectively inhibits KRASG12C in tumours.", ("ZB-303", "KRAS")),
        (
            "zorbatinib, a third-generation EGFR tyrosine kinase inhibitor, is in a trial.",
            ("zorbatinib", "EGFR"),
        ),
        ("ZB-101 binds CD47 and PD-L1 at once.", ("ZB-101", "CD274")),
        (
            "ZB-0301 is an antisense oligonucleotide that targets the messenger RNA (mRNA) for "
            "Smad7.",
            ("ZB-0301", "SMAD7"),
        ),
        (
            "ZB-2059 is designed to deliver actinium-225 to tumor sites expressing neurotensin "
            "receptor 1 (NTSR1).",
            ("ZB-2059", "NTSR1"),
        ),
        (
            "zorbatinib, an epidermal growth factor receptor tyrosine kinase (EGFR-TK) "
            "inhibitor, is in a trial.",
            ("zorbatinib", "EGFR"),
        ),
        ("zorbatinib is an oral pan-EGFR mutant kinase inhibitor.", ("zorbatinib", "EGFR")),
        (
            "ZB-08, Acmetica's lead cell therapy candidate, is an autologous engineered "
            "chimeric antigen receptor T-cell therapy (CAR-T) product candidate targeting "
            "B-cell maturation antigen (BCMA).",
            ("ZB-08", "TNFRSF17"),
        ),
        (
            "ZB-128, a bispecific antibody targeting IL-13 plus TSLP, is in a trial.",
            ("ZB-128", "TSLP"),
        ),
        # an agonist: what it activates ("binds to and activates CB2")
        ("ZB-101 is a small molecule that binds to and activates CB2.", ("ZB-101", "CNR2")),
        (
            "Acmetica's anti-CTLA-4 immunotherapy, ZB-202, entered a trial",
            ("ZB-202", "CTLA4"),
        ),
    ],
)
def test_relations_targets_as_releases_write_them(text: str, pair: tuple[str, str]) -> None:
    assert pair in edges(run(text), "TARGETS")


def test_relations_a_company_found_once_is_named_wherever_it_recurs() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. announced the $1.4-billion acquisition of Zentavo by "
        "year end.\n\nAcmetica Therapeutics, Inc. and Zentavo are partners on a lymphoma drug."
    )
    acquires = [e for e in x.edges if str(e.kind) == "ACQUIRES"]
    assert edges(x, "ACQUIRES") == {("Acmetica Therapeutics", "Zentavo")}
    assert acquires[0].properties["value"] == "$1.4-billion"


def test_relations_a_stake_or_an_option_is_no_acquisition() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. agreed to buy a 30 percent stake in Bolt Pharmaceuticals, "
        "Inc. Acmetica holds an option to acquire Bolt Pharmaceuticals, Inc. in 2027. Acmetica "
        "may decide to acquire the remainder when Bolt reports data."
    )
    assert edges(x, "ACQUIRES") == set()


def test_relations_a_purchase_expected_to_close_is_pending() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. bought Bolt Pharmaceuticals, Inc. for $1 billion. The "
        "merger is expected to close in the third quarter."
    )
    acquires = [e for e in x.edges if str(e.kind) == "ACQUIRES"]
    assert acquires
    assert acquires[0].properties["status"] == "pending"


def test_relations_an_approved_test_is_no_approval_of_the_drug() -> None:
    x = run(
        "Zorbimab received orphan drug designation for gastric cancer in patients selected "
        "with an FDA-approved assay."
    )
    indicated = [e for e in x.edges if str(e.kind) == "INDICATED_FOR"]
    assert indicated
    assert indicated[0].properties.get("phase") != "approved"


def test_relations_later_drugs_of_a_combination_are_partners() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. announced results of a Phase 3 trial evaluating the "
        "combination of zorbimab, gemcitabine and cisplatin in patients with biliary tract "
        "cancer."
    )
    assert ("zorbimab", "biliary tract cancer") in edges(x, "INDICATED_FOR")
    assert ("gemcitabine", "biliary tract cancer") not in edges(x, "INDICATED_FOR")
    assert ("Acmetica Therapeutics", "gemcitabine") not in edges(x, "DEVELOPS")


def test_relations_class_opening_the_sentence_names_the_target() -> None:
    x = run(
        "A highly selective inhibitor of Bruton tyrosine kinase (BTK), lumatinib is developed "
        "by Acmetica Therapeutics for mantle cell lymphoma."
    )
    assert ("lumatinib", "BTK") in edges(x, "TARGETS")


def test_relations_inhibitor_of_a_mutant_protein_targets_the_gene() -> None:
    x = run("Acmetica Therapeutics began a Phase 1 trial of KRAS G12D inhibitor AC-375.")
    assert ("AC-375", "KRAS") in edges(x, "TARGETS")


def test_relations_pronoun_subject_is_the_one_drug_of_the_sentence_before() -> None:
    x = run(
        "Acmetica Therapeutics announced that lumatinib met its primary endpoint. "
        "Additionally, it is being studied in Phase 2 trials to treat multiple sclerosis."
    )
    assert ("lumatinib", "multiple sclerosis") in edges(x, "INDICATED_FOR")


def test_relations_pronoun_after_two_drugs_or_a_paragraph_break_refers_to_none() -> None:
    two = run(
        "Acmetica Therapeutics compared lumatinib and zorbimab. "
        "It is being studied in Phase 2 trials to treat multiple sclerosis."
    )
    assert not edges(two, "INDICATED_FOR")
    apart = run(
        "Acmetica Therapeutics announced that lumatinib met its primary endpoint.\n\n"
        "It is estimated that multiple sclerosis affects many patients."
    )
    assert not edges(apart, "INDICATED_FOR")


def test_relations_option_not_exercised_gives_no_rights() -> None:
    held = run(
        "Corvex Biosciences has co-commercialization options for Bolt Pharmaceuticals’ "
        "lumatinib and zorbimab programs."
    )
    developers = {src for src, dst in edges(held, "DEVELOPS") if dst == "lumatinib"}
    assert developers == {"Bolt Pharmaceuticals"}
    exercised = run(
        "Corvex Biosciences has exercised its option to co-develop Bolt Pharmaceuticals’ lumatinib."
    )
    assert ("Corvex Biosciences", "lumatinib") in edges(exercised, "DEVELOPS")


def test_relations_treatment_options_are_no_rights() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. will study Bolt Pharmaceuticals’ lumatinib.\n\n"
        "Acmetica Therapeutics will collaborate with Bolt Pharmaceuticals to evaluate lumatinib "
        "in patients with few treatment options."
    )
    assert ("Acmetica Therapeutics", "lumatinib") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Bolt Pharmaceuticals is a company focused on cancer. Its lead candidate is lumatinib.",
        "Bolt Pharmaceuticals is a company. The company’s lead candidate, lumatinib, is oral.",
        "Bolt Pharmaceuticals, Inc. announced results.\n\n"
        "“Full ownership of our KRAS inhibitor lumatinib simplifies development,” said the CEO.",
    ],
)
def test_relations_possessive_pronoun_names_the_developer(text: str) -> None:
    assert ("Bolt Pharmaceuticals", "lumatinib") in edges(run(text), "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals entered a collaboration. "
        "Its lead candidate is lumatinib.",
        "Bolt Pharmaceuticals is a company focused on cancer. It has 40 staff.\n\n"
        "Its lead candidate is lumatinib.",
    ],
)
def test_relations_possessive_pronoun_without_one_antecedent_binds_nothing(text: str) -> None:
    assert edges(run(text), "DEVELOPS") == set()


def test_relations_owner_by_pronoun_excludes_other_parties() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. will test the company's antibody, zorbimab, with Bolt "
        "Pharmaceuticals' lumatinib.\n\n"
        "Acmetica Therapeutics and Bolt Pharmaceuticals entered a collaboration to study "
        "zorbimab in lung cancer."
    )
    assert ("Acmetica Therapeutics", "zorbimab") in edges(x, "DEVELOPS")
    assert ("Bolt Pharmaceuticals", "zorbimab") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics, Inc. signed an agreement with Corvex Biosciences to develop a "
        "companion diagnostic test for lumatinib.",
        "“We are pleased to collaborate with Corvex Biosciences on a companion diagnostic for "
        "lumatinib,” said the CEO of Acmetica Therapeutics.",
        "Acmetica Therapeutics, Inc. plans lumatinib development; Corvex Biosciences’ test "
        "detects the mutation.",
    ],
)
def test_relations_maker_of_a_test_develops_no_drug(text: str) -> None:
    developers = {src for src, dst in edges(run(text), "DEVELOPS") if dst == "lumatinib"}
    assert "Corvex Biosciences" not in developers


def test_relations_pending_sale_of_a_product_names_no_developer() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. announces an agreement between Bolt Pharmaceuticals and "
        "Corvex Biosciences to divest lumatinib.\n\n"
        "Bolt Pharmaceuticals developed and markets lumatinib."
    )
    assert {src for src, dst in edges(x, "DEVELOPS") if dst == "lumatinib"} == {
        "Bolt Pharmaceuticals"
    }


def test_relations_buyer_gaining_a_pipeline_takes_the_sellers_drug() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. acquired Bolt Pharmaceuticals.\n\n"
        "Bolt Pharmaceuticals’ lead asset is lumatinib.\n\n"
        "Through the transaction, Acmetica Therapeutics gains a pipeline of investigational "
        "medicines, including lumatinib."
    )
    assert ("Acmetica Therapeutics", "lumatinib") in edges(x, "DEVELOPS")


def test_relations_developed_jointly_by_names_both_developers() -> None:
    x = run(
        "The FDA granted a designation to lumatinib, developed jointly by Quillix Therapeutics "
        "and Vantora Pharma, for chronic lymphocytic leukemia."
    )
    developers = {src for src, dst in edges(x, "DEVELOPS") if dst == "lumatinib"}
    assert developers == {"Quillix Therapeutics", "Vantora Pharma"}


def test_relations_sponsored_by_names_no_developer() -> None:
    x = run(
        "Quillix Therapeutics develops lumatinib in a Phase 3 study sponsored by Vantora "
        "Pharma in lymphoma."
    )
    assert ("Vantora Pharma", "lumatinib") not in edges(x, "DEVELOPS")


def test_relations_definite_class_refers_to_the_drug_of_the_sentence_before() -> None:
    x = run(
        "Quillix Therapeutics received approval for lumatinib in lymphoma. "
        "This marks the third approval for the second-generation BTK inhibitor in China."
    )
    assert ("lumatinib", "BTK") in edges(x, "TARGETS")


def test_relations_definite_class_of_a_field_refers_to_no_drug() -> None:
    x = run(
        "Quillix Therapeutics received approval for lumatinib in lymphoma. "
        "The BTK inhibitor market grew in China."
    )
    assert ("lumatinib", "BTK") not in edges(x, "TARGETS")


def test_relations_a_drug_the_patients_did_not_respond_to_is_a_prior_therapy() -> None:
    x = run(
        "Quillix Therapeutics received approval for lumatinib for adults with rheumatoid "
        "arthritis who have had an inadequate response or intolerance to methotrexate."
    )
    assert ("lumatinib", "rheumatoid arthritis") in edges(x, "INDICATED_FOR")
    assert ("methotrexate", "rheumatoid arthritis") not in edges(x, "INDICATED_FOR")
    assert ("Quillix Therapeutics", "methotrexate") not in edges(x, "DEVELOPS")


def test_relations_drug_named_as_a_class_of_its_target() -> None:
    x = run(
        "The FDA granted accelerated approval to lumatinib as the first CD19-targeted "
        "antibody for lymphoma."
    )
    assert ("lumatinib", "CD19") in edges(x, "TARGETS")


def test_relations_trials_named_without_their_drug_are_the_previous_sentences_drug() -> None:
    x = run(
        "Quillix has been conducting five studies to evaluate zorbatinib in Japan. "
        "Two Phase III trials are under way in ovarian cancer and prostate cancer."
    )
    assert {("zorbatinib", "ovarian cancer"), ("zorbatinib", "prostate cancer")} <= edges(
        x, "INDICATED_FOR"
    )


def test_relations_trials_without_a_drug_stay_unassigned_when_two_drugs_came_before() -> None:
    x = run(
        "Quillix evaluates zorbatinib and velomab in Japan. "
        "Two Phase III trials are under way in ovarian cancer."
    )
    assert not {pair for pair in edges(x, "INDICATED_FOR") if pair[1] == "ovarian cancer"}


def test_relations_trials_without_a_drug_do_not_reach_across_a_paragraph() -> None:
    x = run(
        "Quillix evaluates zorbatinib in Japan. It was founded in 2001.\n\n"
        "Two Phase III trials are under way in ovarian cancer."
    )
    assert not {pair for pair in edges(x, "INDICATED_FOR") if pair[1] == "ovarian cancer"}


def test_relations_trials_of_a_companys_products_are_not_the_previous_drugs() -> None:
    x = run(
        "Quillix evaluates zorbatinib in Japan. "
        "Quillix's products are examined in clinical trials in ovarian cancer."
    )
    assert not {pair for pair in edges(x, "INDICATED_FOR") if pair[1] == "ovarian cancer"}


def test_relations_a_drug_the_patients_are_not_eligible_for_is_not_indicated() -> None:
    x = run("Velomab is approved in urothelial cancer for adults not eligible for cisplatin.")
    pairs = edges(x, "INDICATED_FOR")
    assert ("velomab", "urothelial cancer") in pairs
    assert not any(p[0] == "cisplatin" for p in pairs)


def test_relations_a_technology_supplier_and_a_parent_are_no_developers() -> None:
    x = run(
        "Velmacabtagene autoleucel, Quillix Therapeutics' lead cell therapy, was developed "
        "in-house on a manufacturing platform of Zentavo Therapeutics (a Bolt Pharma company)."
    )
    developers = {org for org, mol in edges(x, "DEVELOPS")}
    assert "Quillix Therapeutics" in developers
    assert not developers & {"Zentavo Therapeutics", "Bolt Pharma"}


@pytest.mark.parametrize("label", ["Ingredient: Zorbatinib", "generic name: zorbatinib"])
def test_relations_a_brand_linked_to_its_labelled_inn_is_the_inn(label: str) -> None:
    x = run(
        f"Quillix Pharma's “Zorbalix ({label})” has been approved for lung cancer. "
        "Zentavo Therapeutics holds the global commercial rights to Zorbalix outside of Korea."
    )
    assert ("zorbatinib", "lung cancer") in edges(x, "INDICATED_FOR")
    assert ("Zentavo Therapeutics", "zorbatinib") in edges(x, "DEVELOPS")


def test_relations_efficacy_a_trial_evaluates_is_in_its_indication() -> None:
    x = run(
        "Quillix Therapeutics dosed the first patient in a Phase 2 trial evaluating the safety "
        "and efficacy of lumatinib in patients with metastatic pancreatic cancer."
    )
    assert ("lumatinib", "pancreatic cancer") in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    ("measured", "disease"),
    [
        ("safety and efficacy", "pancreatic cancer"),
        ("preliminary safety and efficacy", "solid tumors"),
    ],
)
def test_relations_safety_and_efficacy_a_trial_is_for_are_in_its_indication(
    measured: str, disease: str
) -> None:
    x = run(f"Quillix began a Phase 1 trial of lumatinib for {measured} in advanced {disease}.")
    assert ("lumatinib", disease) in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("Lumatinib was approved for neuroendocrine tumors.", "neuroendocrine tumor"),
        ("Lumatinib was approved in Japan for solid tumors.", "solid tumors"),
        (
            "Lumatinib received orphan drug designation for soft tissue sarcomas.",
            "soft tissue sarcoma",
        ),
    ],
)
def test_relations_a_class_or_plural_a_drug_is_approved_or_designated_for_is_its_indication(
    text: str, disease: str
) -> None:
    assert ("lumatinib", disease) in edges(run(text), "INDICATED_FOR")


def test_relations_responses_seen_in_passing_are_not_indications() -> None:
    x = run(
        "In the Phase 1 trial of lumatinib in multiple myeloma, responses were also observed "
        "in patients with ovarian cancer."
    )
    assert ("lumatinib", "multiple myeloma") in edges(x, "INDICATED_FOR")
    assert ("lumatinib", "ovarian cancer") not in edges(x, "INDICATED_FOR")


def test_relations_definite_class_refers_back_over_a_sentence_naming_no_drug() -> None:
    x = run(
        "Vantora Pharma began a Phase 1/2 trial of lumatinib in advanced solid tumors. "
        "The Phase 1 part will evaluate safety and tolerability. "
        "The Phase 2 part will explore the drug's efficacy in pancreatic and colorectal cancer."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert ("lumatinib", "pancreatic cancer") in indicated
    assert ("lumatinib", "colorectal cancer") in indicated


def test_relations_definite_class_does_not_refer_back_to_two_drugs() -> None:
    x = run(
        "Vantora Pharma began a Phase 1/2 trial of lumatinib and zorbimab in solid tumors. "
        "The Phase 1 part will evaluate safety and tolerability. "
        "The Phase 2 part will explore the drug's efficacy in pancreatic cancer."
    )
    assert not {d for _, d in edges(x, "INDICATED_FOR")} & {"pancreatic cancer"}


@pytest.mark.parametrize(
    "text",
    [
        "Lumatinib is a selective pan-RAF kinase inhibitor targeting solid tumors.",
        "Lead asset lumatinib is being explored across multiple solid tumor types.",
    ],
)
def test_relations_broad_class_a_drug_targets_or_is_explored_across(text: str) -> None:
    assert ("molecule:lumatinib", "disease:solid-tumors") in {
        (e.source, e.target) for e in run(text).edges if str(e.kind) == "INDICATED_FOR"
    }


def test_relations_broad_class_as_the_population_of_a_drugs_trial() -> None:
    x = run("Vantora Pharma began a Phase 1/2 trial of lumatinib in advanced solid tumors.")
    assert ("molecule:lumatinib", "disease:solid-tumors") in {
        (e.source, e.target) for e in x.edges if str(e.kind) == "INDICATED_FOR"
    }
    y = run(
        "Quillix Therapeutics dosed the first patient in a Phase 1 trial of QX-101, a novel "
        "CD47-targeting ADC for advanced solid tumors."
    )
    assert ("QX-101", "solid tumors") in edges(y, "INDICATED_FOR")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Vantora Pharma plans to develop lumatinib for autoimmune indications.", "DOID:417"),
        (
            "The partners will commercialize lumatinib in inflammatory indications.",
            "inflammatory-diseases",
        ),
    ],
)
def test_relations_a_drugs_class_of_indications_is_the_class(text: str, target: str) -> None:
    assert ("molecule:lumatinib", f"disease:{target}") in {
        (e.source, e.target) for e in run(text).edges if str(e.kind) == "INDICATED_FOR"
    }
    # indications hoped for, and what a company works on, are still no drug's indication
    hoped = run(
        "Lumatinib is in a Phase 3 trial in CLL and potential future autoimmune indications."
    )
    assert "disease:DOID:417" not in {e.target for e in hoped.edges}
    x = run(
        "Quillix Therapeutics, a company focused on drugs for autoimmune indications, will "
        "present Phase 1 data for QX-101 in lupus."
    )
    assert "disease:DOID:417" not in {e.target for e in x.edges}


@pytest.mark.parametrize(
    "text",
    [
        "Under the partnership, Acmetica acquires the global licence to zorbimab in psoriasis.",
        "Acmetica holds exclusive rights to zorbimab in psoriasis in Europe.",
    ],
)
def test_relations_the_scope_of_a_drugs_licence_is_its_indication(text: str) -> None:
    assert ("zorbimab", "psoriasis") in edges(run(text), "INDICATED_FOR")


def test_relations_broad_class_of_a_companys_research_is_no_indication() -> None:
    x = run(
        "Quillix Therapeutics, a company focused on drugs for solid tumors, will present "
        "Phase 1 data for QX-101 in lymphoma."
    )
    assert ("QX-101", "solid tumors") not in edges(x, "INDICATED_FOR")


def test_relations_the_company_that_begins_a_drugs_trial_develops_it() -> None:
    x = run("Vantora Pharma initiated a Phase 2 trial of lumatinib in multiple myeloma.")
    assert ("Vantora Pharma", "lumatinib") in edges(x, "DEVELOPS")
    y = run(
        "The first patient was dosed with lumatinib in a Phase 2 trial at the Quillix Cancer "
        "Institute in multiple myeloma."
    )
    assert ("Quillix Cancer Institute", "lumatinib") not in edges(y, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Pennick Pharma withdraws QX-4410 application",
        "Pennick Pharma AG withdrew a European application to expand the label of QX-4410 to "
        "treat patients with psoriasis.",
        "Pennick Pharma has voluntarily withdrawn the US indications for Vantrexa (QX-4410) in "
        "follicular lymphoma.",
    ],
)
def test_relations_the_company_withdrawing_a_drugs_application_develops_it(text: str) -> None:
    assert ("Pennick Pharma", "QX-4410") in edges(run(text), "DEVELOPS")


def test_relations_a_company_speaking_of_a_drug_develops_it() -> None:
    x = run(
        "Vantora Pharma (NASDAQ: VTP) said lumatinib met the primary endpoint of the Phase 3 "
        "trial in multiple myeloma."
    )
    assert ("Vantora Pharma", "lumatinib") in edges(x, "DEVELOPS")
    y = run(
        '"These results for lumatinib in multiple myeloma are encouraging," said Jane Doe, '
        "M.D., Chief Medical Officer of Vantora Pharma."
    )
    assert ("Vantora Pharma", "lumatinib") in edges(y, "DEVELOPS")


def test_relations_an_investigator_or_society_speaking_of_a_drug_does_not_develop_it() -> None:
    for speaker in (
        "Professor of Medicine, Quillix Cancer Institute",
        "President of the Myeloma Patient Foundation",
    ):
        x = run(
            f'"These results for lumatinib in multiple myeloma are encouraging," said Jane Doe, '
            f"{speaker}."
        )
        assert not {d for _, d in edges(x, "DEVELOPS")}


def test_relations_it_expected_to_be_refers_to_the_drug_before() -> None:
    x = run(
        "Vantora Pharma's lead candidate is lumatinib. "
        "It is expected to be the first treatment for refractory multiple myeloma. "
        "It is expected that the market will grow."
    )
    assert ("lumatinib", "multiple myeloma") in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    ("phrase", "disease"),
    [
        ("metastatic castration-resistant prostate cancer", "disease:DOID:10283"),
        (
            "gastroenteropancreatic neuroendocrine tumors",
            "disease:gastroenteropancreatic-neuroendocrine-tumor",
        ),
        ("pancreatic neuroendocrine tumors (pNET)", "disease:pancreatic-neuroendocrine-tumor"),
    ],
)
def test_relations_disease_subtypes_fold_as_indications_are_named(
    phrase: str, disease: str
) -> None:
    x = run(f"Lumatinib is approved for the treatment of adults with {phrase}.")
    assert ("molecule:lumatinib", disease) in {
        (e.source, e.target) for e in x.edges if str(e.kind) == "INDICATED_FOR"
    }


def test_relations_a_drug_class_said_to_be_for_a_disease_states_the_indication() -> None:
    x = run(
        "Under the agreement, Vantora Pharma will pay $50 million for rights to QX-101, a "
        "CD20-targeted antibody for diffuse large B-cell lymphoma."
    )
    assert ("QX-101", "diffuse large B-cell lymphoma") in edges(x, "INDICATED_FOR")
    y = run("Vantora Pharma will pay $50 million for QX-101 and a site in a lymphoma hub.")
    assert edges(y, "INDICATED_FOR") == set()


def test_relations_a_drug_class_with_its_abbreviation_said_to_be_for_a_disease() -> None:
    x = run(
        "Sales of Zorvexa, a bispecific T-cell engager (BiTE) for small cell lung cancer "
        "(SCLC), beat forecasts."
    )
    assert ("Zorvexa", "small cell lung cancer") in edges(x, "INDICATED_FOR")
    y = run("Analysts expect Zorvexa, an antibody-drug conjugate (ADC) for breast cancer, to sell.")
    assert ("Zorvexa", "breast cancer") in edges(y, "INDICATED_FOR")


def test_relations_the_combination_refers_to_each_drug_combined_before() -> None:
    x = run(
        "Regulators approved the use of lumatinib in combination with zorbimab. "
        "The combination is meant to treat adults with melanoma."
    )
    pairs = edges(x, "INDICATED_FOR")
    assert {("lumatinib", "melanoma"), ("zorbimab", "melanoma")} <= pairs


def test_relations_the_combination_after_a_comparison_refers_to_no_drug() -> None:
    x = run(
        "Lumatinib was compared with zorbimab in combination with chemotherapy. "
        "The combination will be studied in patients with melanoma."
    )
    assert not {p for p in edges(x, "INDICATED_FOR") if p[1] == "melanoma"}


def test_relations_the_companies_are_the_two_parties_named_before() -> None:
    x = run(
        "Vantora Pharma and Quillix Therapeutics signed a collaboration agreement. "
        "The companies will partner to develop Vantora Pharma's lumatinib in lymphoma."
    )
    developers = {src for src, dst in edges(x, "DEVELOPS") if dst == "lumatinib"}
    assert developers == {"Vantora Pharma", "Quillix Therapeutics"}


def test_relations_the_companies_after_three_parties_are_undecided() -> None:
    x = run(
        "Vantora Pharma, Quillix Therapeutics and Corvex Biosciences met. "
        "The companies will develop lumatinib."
    )
    assert edges(x, "DEVELOPS") == set()


def test_relations_broad_class_of_trials_across_tumour_types() -> None:
    x = run("Lumatinib is being investigated in ten trials across several solid tumor indications.")
    assert ("molecule:lumatinib", "disease:solid-tumors") in {
        (e.source, e.target) for e in x.edges if str(e.kind) == "INDICATED_FOR"
    }


def test_relations_a_possessive_class_describing_a_drug_names_its_developer() -> None:
    x = run(
        "Lumatinib, Vantora Pharma's first-in-class CD47 antibody, is in a Phase 2 trial "
        "for patients with acute myeloid leukemia."
    )
    assert ("Vantora Pharma", "lumatinib") in edges(x, "DEVELOPS")
    y = run("Lumatinib was compared in a Phase 2 trial with Quillix Therapeutics' antibody.")
    assert ("Quillix Therapeutics", "lumatinib") not in edges(y, "DEVELOPS")
    # a long description, with an abbreviation: the owner named, not the sentence's subject
    z = run(
        "Acme Bio reported a response using lumatinib, Vantora Pharma's Natural Killer Group "
        "2D (NKG2D) chimeric antigen receptor T-cell therapy, in acute myeloid leukemia."
    )
    assert edges(z, "DEVELOPS") == {("Vantora Pharma", "lumatinib")}


def test_relations_data_presented_for_a_drug_in_a_disease_is_an_indication() -> None:
    x = run(
        "Vantora Pharma presented new data for lumatinib in relapsed or refractory follicular "
        "lymphoma at an annual meeting."
    )
    assert ("lumatinib", "follicular lymphoma") in edges(x, "INDICATED_FOR")


def test_relations_anti_target_before_a_long_class_description_and_the_drug() -> None:
    x = run(
        "Quillix won approval for its anti-CD19 engineered autologous T cell (CAR-T) "
        "immunotherapy product velmacabtagene autoleucel in lymphoma."
    )
    assert ("velmacabtagene autoleucel", "CD19") in edges(x, "TARGETS")


def test_relations_a_dosage_form_between_the_drug_and_what_it_is() -> None:
    x = run(
        "The application for zorbakibart injection (a fully human anti-IL-17A antibody for "
        "subcutaneous use) in psoriasis was accepted."
    )
    assert ("zorbakibart", "IL17A") in edges(x, "TARGETS")


def test_relations_a_long_gap_without_anti_names_no_target() -> None:
    x = run(
        "CD19 expression was measured in patients who had earlier received the "
        "investigational drug velmacabtagene autoleucel."
    )
    assert edges(x, "TARGETS") == set()


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "lumatinib stands out as a potent degrader of cyclin-dependent kinase 9 (CDK9).",
            {("lumatinib", "CDK9")},
        ),
        ("lumatinib is a novel BRD4 bifunctional degrader.", {("lumatinib", "BRD4")}),
        ("QX-101 targets the cMET receptor on tumour cells.", {("QX-101", "MET")}),
    ],
)
def test_relations_target_after_as_a_class_a_long_class_or_a_joined_prefix(
    text: str, pairs: set[tuple[str, str]]
) -> None:
    assert edges(run(text), "TARGETS") == pairs


@pytest.mark.parametrize(
    "text",
    [
        "Zorbimab is approved for adults who are anti-MuSK antibody positive.",
        "Zorbimab is approved for adults with anti-aquaporin-4 (AQP4) antibody positive NMOSD.",
        # the class of drugs the patients' disease resists
        "Zorbimab is studied in BRAF/MEK inhibitor-refractory melanoma.",
    ],
)
def test_relations_a_patient_status_names_no_target(text: str) -> None:
    assert not edges(run(text), "TARGETS")


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo's KRAS, NRAS and HRAS inhibitor ZT-101 entered Phase 1.",
        "ZT-101, a selective (KRAS, NRAS, HRAS) inhibitor, entered Phase 1.",
    ],
)
def test_relations_targets_listed_before_the_class_word_are_all_acted_on(text: str) -> None:
    assert edges(run(text), "TARGETS") == {("ZT-101", g) for g in ("KRAS", "NRAS", "HRAS")}


def test_relations_genes_listed_before_a_status_word_are_no_targets() -> None:
    x = run("Patients with EGFR, ALK and ROS1 alterations received ZT-101, a MET inhibitor.")
    assert edges(x, "TARGETS") == {("ZT-101", "MET")}


@pytest.mark.parametrize(
    "text",
    [
        "QX-101 is being studied in newly diagnosed acute myeloid leukemia.",
        "Zentavo is testing QX-101 in acute myeloid leukemia.",
        "An IND for QX-101 in acute myeloid leukemia was cleared.",
        "Zentavo's QX-101 is marketed for acute myeloid leukemia in Europe.",
        # a regulator's review or authorisation is of the drug for its disease
        "Health Canada Grants Priority Review to QX-101 for Relapsed Acute Myeloid Leukemia",
        "The agency authorized QX-101 for adults with acute myeloid leukemia.",
        # (a target named in words between the cue and the disease)
        "QX-101 is a radioligand that targets somatostatin receptor 2 for acute myeloid leukemia.",
    ],
)
def test_relations_a_drug_studied_or_tested_in_a_disease_is_indicated_for_it(text: str) -> None:
    assert edges(run(text), "INDICATED_FOR") == {("QX-101", "acute myeloid leukemia")}


def test_relations_rights_taken_from_a_company_are_a_licence_with_it() -> None:
    x = run("Quorvant Therapeutics acquired worldwide rights to QX-101 from Kelvarin Bio.")
    assert edges(x, "COLLABORATES_WITH") in (
        {("Quorvant Therapeutics", "Kelvarin Bio")},
        {("Kelvarin Bio", "Quorvant Therapeutics")},
    )
    assert ("Quorvant Therapeutics", "QX-101") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Quorvant Therapeutics – Kelvarin Pharma's newly launched innovation arm – and the "
        "University of Eastvale have announced a partnership.",
    ],
)
def test_relations_a_parent_named_for_its_unit_is_no_party_to_the_unit_s_deal(text: str) -> None:
    pairs = {frozenset(p) for p in edges(run(text), "COLLABORATES_WITH")}
    assert pairs == {frozenset(("Quorvant Therapeutics", "University of Eastvale"))}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvant Bio has dosed the first patient in a Phase 3 trial of its lead drug, a PARP "
        "inhibitor. QX-2306 will be tested as a maintenance therapy in ovarian cancer.",
        # the drug named through a description set off by commas
        "Quorvant Bio said its experimental drug failed a mid-stage trial. The oral drug, "
        "QX-2306, did not meet the main goal of the study.",
    ],
)
def test_relations_drug_named_after_the_company_announced_its_drug_is_developed_by_it(
    text: str,
) -> None:
    assert ("Quorvant Bio", "QX-2306") in edges(run(text), "DEVELOPS")


def test_relations_drug_named_later_in_the_sentence_is_no_announced_drug() -> None:
    text = "Quorvant Bio reported data on its lead drug. In the trial, QX-2306 was compared."
    assert ("Quorvant Bio", "QX-2306") not in edges(run(text), "DEVELOPS")


def test_relations_co_promotion_is_a_collaboration() -> None:
    x = run("In Japan, Hoshira Pharma will co-promote QX-7 with Kelvarin Pharma from 2025.")
    assert {frozenset(p) for p in edges(x, "COLLABORATES_WITH")} == {
        frozenset(("Hoshira Pharma", "Kelvarin Pharma"))
    }


def test_relations_a_class_about_another_noun_refers_back_to_no_drug() -> None:
    x = run(
        "Acmetica announced dosing of lumatinib in a Phase 1 trial. This marks the first "
        "approval of an engineered cell therapy for solid tumors."
    )
    assert not edges(x, "INDICATED_FOR")


def test_relations_what_a_company_s_appositive_works_on_is_no_indication() -> None:
    x = run(
        "Kelvarin AG (Frankfurt: KVR), a company developing small molecule drugs for autoimmune "
        "diseases and cancer, today announced that the EMA recommended zorinostat for orphan "
        "designation for the treatment of Hodgkin lymphoma."
    )
    assert edges(x, "INDICATED_FOR") == {("zorinostat", "Hodgkin lymphoma")}


def test_relations_a_drug_inside_the_company_appositive_keeps_its_indication() -> None:
    x = run(
        "Kelvarin, a company developing zorinostat for the treatment of Hodgkin lymphoma, "
        "today announced a financing."
    )
    assert ("zorinostat", "Hodgkin lymphoma") in edges(x, "INDICATED_FOR")


def test_relations_under_development_by_names_the_developer() -> None:
    x = run(
        "Hoshira Pharma has acquired six compounds, including zorvocidib, which is under clinical "
        "development by Kelvarin Therapeutics for the treatment of acute myeloid leukemia."
    )
    assert {("Hoshira Pharma", "zorvocidib"), ("Kelvarin Therapeutics", "zorvocidib")} <= edges(
        x, "DEVELOPS"
    )


def test_relations_a_relapsed_refractory_abbreviation_before_a_broad_class() -> None:
    x = run(
        "Hoshira received approval for zorcabtagene autoleucel for the treatment of "
        "r/r B-cell lymphomas."
    )
    assert ("zorcabtagene autoleucel", "B-cell lymphoma") in edges(x, "INDICATED_FOR")


def test_relations_a_disease_describing_the_one_before_is_no_indication() -> None:
    x = run(
        "The FDA granted orphan designation to zorlisib for malignant glioma, which includes "
        "diffuse intrinsic pontine glioma (DIPG), a rare and aggressive childhood brain cancer."
    )
    assert not {d for _, d in edges(x, "INDICATED_FOR")} & {"brain cancer"}
    assert ("zorlisib", "malignant glioma") in edges(x, "INDICATED_FOR")


def test_relations_a_topical_form_and_strength_before_the_drug_s_class() -> None:
    x = run("Zorcitinib ointment 0.25%, a Janus kinase 1 (JAK1) inhibitor, was filed in Japan.")
    assert ("zorcitinib", "JAK1") in edges(x, "TARGETS")


def test_relations_a_company_s_particulars_in_parentheses_end_no_sentence() -> None:
    x = run(
        "Kelvarin Co., Ltd. (Head office: Yokohama, Japan. CEO: Taro Sato) concluded a "
        "licensing contract for QX-203 with Hoshira Pharmaceutical Co., Ltd. on April 25, 2019."
    )
    assert ("Hoshira Pharmaceutical", "Kelvarin") in edges(x, "COLLABORATES_WITH")


def test_relations_a_list_of_combination_partners_goes_on_after_the_first() -> None:
    x = run(
        "The TGA approved Kelvarin's Zorvia (zorcatinib), combined with trastuzumab (branded "
        "as Herzuma by Hoshira) and chemo agent capecitabine, for HER2-positive breast cancer."
    )
    assert edges(x, "INDICATED_FOR") == {("zorcatinib", "breast cancer")}
    assert ("Kelvarin", "capecitabine") not in edges(x, "DEVELOPS")


def test_relations_a_list_sharing_its_head_after_a_broad_class_developed_for() -> None:
    x = run(
        "QX-700 is being developed for solid tumors such as lung, colorectal, and "
        "gastroesophageal cancers."
    )
    assert {
        ("QX-700", "solid tumors"),
        ("QX-700", "lung cancer"),
        ("QX-700", "colorectal cancer"),
        ("QX-700", "gastroesophageal cancer"),
    } <= edges(x, "INDICATED_FOR")


def test_relations_a_disease_background_sentence_ends_at_its_bracketed_footnote() -> None:
    # "(1)" after the full stop is a reference: the next sentence's drugs, named as examples
    # of what acts on the disease's marker, are not indicated for the disease the one before
    x = run(
        "Many lymphoma patients have follicular lymphoma, which relapses with time.(1) "
        "Follicular lymphoma is defined by expression of CD20, which is the target of "
        "antibodies such as zorbimab and quixatumab.(2,3)"
    )
    assert not edges(x, "INDICATED_FOR")


def test_relations_a_one_sentence_paragraph_runs_on_into_the_next() -> None:
    x = run(
        "Hoshira Pharma is paying Zentavo Therapeutics $150 million upfront for rights to "
        "ZT-205, a bispecific antibody.\n\n"
        "The deal gives Hoshira control of the drug, which is in a phase 3 trial for "
        "non-small cell lung cancer.\n\n"
        "Hoshira shares rose 3%."
    )
    assert ("ZT-205", "non-small cell lung cancer") in edges(x, "INDICATED_FOR")


def test_relations_a_one_sentence_paragraph_runs_on_over_several_blank_lines() -> None:
    x = run(
        "Hoshira Pharma signed a deal with Zentavo Therapeutics for ZT-205.\n\n\n\n"
        "The drug is in a phase 3 trial for non-small cell lung cancer.\n\n\n"
        "Hoshira shares rose 3%."
    )
    assert ("ZT-205", "non-small cell lung cancer") in edges(x, "INDICATED_FOR")


def test_relations_a_paragraph_of_several_sentences_still_ends_the_reference() -> None:
    x = run(
        "Hoshira Pharma licensed ZT-205, a bispecific antibody. It is sold in Japan.\n\n"
        "The drug is in a phase 3 trial for non-small cell lung cancer."
    )
    assert not edges(x, "INDICATED_FOR")


def test_relations_the_company_of_a_text_naming_one_speaks_of_it_past_a_paragraph() -> None:
    text = (
        "Hoshira Pharma posted a wider loss. {} rose 20%.\n\n"
        "The company's most advanced candidate is QX-205, which is in a phase 3 trial."
    )
    one = run(text.format("Its costs"))
    assert ("Hoshira Pharma", "QX-205") in edges(one, "DEVELOPS")
    two = run(text.format("Shares of Zentavo Therapeutics"))
    assert not edges(two, "DEVELOPS")


def test_relations_a_company_another_bought_still_developed_its_drug() -> None:
    x = run(
        "Zorvelta (zorcitabine) was developed by Kelvarin Therapeutics, which Hoshira "
        "Pharma acquired in 2020."
    )
    assert ("Kelvarin Therapeutics", "zorcitabine") in edges(x, "DEVELOPS")


def test_relations_a_headline_s_beaten_drug_is_a_comparator() -> None:
    x = run("Kelvarin's Zorsetinib Beats Sunitinib in Phase 3 Kidney Cancer Trial")
    assert {d for d, _ in edges(x, "INDICATED_FOR")} <= {"zorsetinib"}


@pytest.mark.parametrize(
    "text",
    [
        "A Phase 3 trial comparing Acme's (NYSE: ACM) zorbimab to Bolt's (NYSE: BLT) velimab "
        "in adults with plaque psoriasis showed superiority.",
        "Acme's zorbimab showed superiority to Bolt Pharma's velimab in a head-to-head phase 3 "
        "study in plaque psoriasis.",
        "Acme said its zorbimab produced better results compared to Bolt Inc.'s blockbuster "
        "medicine velimab in reducing the severity of plaque psoriasis.",
    ],
)
def test_relations_the_drug_compared_against_is_a_comparator(text: str) -> None:
    x = run(text)
    assert {d for d, _ in edges(x, "INDICATED_FOR")} == {"zorbimab"}
    assert "velimab" not in {m for _, m in edges(x, "DEVELOPS")}


def test_relations_what_a_company_focuses_on_is_no_indication_of_its_drugs() -> None:
    x = run(
        '"In the first quarter, we continued to advance our pipeline, including IND-enabling '
        "studies for QX-534, our product candidate that may address resistance in metastatic "
        'prostate cancer," said Jo Roe, Quillix Therapeutics\' CEO. "Very importantly, we '
        "narrowed our focus on hematological malignancies and prostate cancer, and "
        'deprioritized our QX-216 program."'
    )
    assert edges(x, "INDICATED_FOR") == {("QX-534", "prostate cancer")}


def test_relations_marketed_by_an_unknown_name_names_a_company() -> None:
    x = run("Sunitinib, a tyrosine kinase inhibitor marketed by Hoshira, is a standard treatment.")
    assert ("Hoshira", "sunitinib") in edges(x, "DEVELOPS")


def test_relations_a_broad_class_a_phase_is_for() -> None:
    x = run("Kelvarin retains KLV-4412, a GSPT1 degrader currently in Phase 1 for solid tumors.")
    assert ("KLV-4412", "solid tumors") in edges(x, "INDICATED_FOR")


def test_relations_no_indication_for_the_approved_therapies_a_release_lists() -> None:
    # the therapies already approved for the disease, listed as background to the release's
    # own drug, are other companies' treatments, not the release's facts
    x = run(
        "Acme announced the approval of Quorvalimab for myasthenia gravis. Four therapies have "
        "been approved by the FDA to treat myasthenia gravis. These include zorbimab (Zorvexa) "
        "and lumatinib (Lumira)."
    )
    found = edges(x, "INDICATED_FOR")
    assert ("zorbimab", "myasthenia gravis") not in found
    assert ("lumatinib", "myasthenia gravis") not in found


def test_relations_a_drug_left_unnamed_then_named_by_a_description() -> None:
    x = run(
        "Quillon Bio said an experimental treatment for psoriasis missed its main goal in a "
        "Phase 3 trial. The drug, zorbimab, is approved to treat lupus in Japan."
    )
    assert ("zorbimab", "psoriasis") in edges(x, "INDICATED_FOR")
    for unsaid in (
        # a background sentence, another drug, a sentence naming a drug of its own
        "Psoriasis affects over one million people in the U.S. The drug, zorbimab, did not "
        "help patients.",
        "Quillon Bio's experimental treatment for psoriasis failed. The other candidate, "
        "zorbimab, is a peptide.",
        "Quillon Bio said lumatinib, an experimental treatment for psoriasis, failed. The "
        "drug, zorbimab, is a peptide.",
    ):
        assert ("zorbimab", "psoriasis") not in edges(run(unsaid), "INDICATED_FOR")


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        # a comparator named after the unnamed drug, a qualifier before its disease
        (
            "Quillon Bio said its oral drug to treat relapsing psoriasis met the main goal, when "
            "compared to Zentavo Inc's Zorvexa (zorbercept), in a second late-stage study. The "
            "drug, zorbimab, succeeded in another late-stage study in February.",
            "zorbimab",
        ),
        # the patients the drug is for, the description set off by dashes
        (
            "Quillon Bio said its treatment for adults with moderate-to-severe psoriasis showed "
            "positive results. The twice-daily pill--known as zorbatinib--was better than placebo.",
            "zorbatinib",
        ),
    ],
)
def test_relations_a_companys_drug_left_unnamed_then_named_by_a_description(
    text: str, drug: str
) -> None:
    x = run(text)
    assert (drug, "psoriasis") in edges(x, "INDICATED_FOR")
    assert ("Quillon Bio", drug) in edges(x, "DEVELOPS")
    assert ("zorbercept", "psoriasis") not in edges(x, "INDICATED_FOR")


def test_relations_an_unnamed_drug_of_two_companies_has_no_owner() -> None:
    # "its" after two organisations: either may own the drug
    x = run(
        "Quillon Bio and Zentavo said its oral drug to treat psoriasis met the main goal. The "
        "drug, zorbimab, succeeded in another study."
    )
    assert edges(x, "DEVELOPS") == set()


def test_relations_indications_the_next_sentence_lists_for_the_drug() -> None:
    x = run(
        "Acme's zorbimab so far has approval for three indications. These indications are "
        "nasopharyngeal carcinoma, esophageal cancer and non-small cell lung cancer."
    )
    assert {d for m, d in edges(x, "INDICATED_FOR") if m == "zorbimab"} == {
        "nasopharyngeal carcinoma",
        "esophageal cancer",
        "non-small cell lung cancer",
    }


def test_relations_trials_of_the_drug_of_two_sentences_before() -> None:
    x = run(
        "Acme Bio, Inc. filed an application for QX-6004 in Japan. Plans included approval "
        "for the plant. The Phase III study is for the treatment of pancreatic cancer."
    )
    assert ("QX-6004", "pancreatic cancer") in edges(x, "INDICATED_FOR")


def test_relations_each_product_keeps_its_own_purpose() -> None:
    # the first product's disease is one the vocabularies lack: it is still not the second's
    x = run("Acme's pipeline includes QX-401 for fibrotic zorbosis and QX-402 for psoriasis.")
    assert edges(x, "INDICATED_FOR") == {("QX-402", "psoriasis")}


def test_relations_an_approval_naming_no_drug_is_the_drug_of_the_sentence_before() -> None:
    x = run(
        "The European Commission granted marketing authorisation to zorbimab. The approval "
        "covers patients with newly diagnosed multiple myeloma."
    )
    assert ("zorbimab", "multiple myeloma") in edges(x, "INDICATED_FOR")


def test_relations_the_company_of_a_which_clause_develops() -> None:
    x = run("The trial is sponsored by Acmetica Therapeutics, Inc., which is developing zorbimab.")
    assert ("Acmetica Therapeutics", "zorbimab") in edges(x, "DEVELOPS")


def test_relations_a_disease_after_this_refers_back_and_is_no_new_indication() -> None:
    x = run(
        "Acme won approval for zorbimab in Merkel cell carcinoma. Zorbimab helps patients "
        "living with this very challenging skin cancer."
    )
    assert ("zorbimab", "skin cancer") not in edges(x, "INDICATED_FOR")


def test_relations_a_drug_maker_in_its_brackets_and_prior_therapies_are_no_parties() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. reported data on lumatinib in patients with CML "
        "resistant to Zorvexa (dasatinib; Bolt Pharma) or Quilon (nilotinib; Zeno Pharma)."
    )
    assert edges(x, "DEVELOPS") == {("Acmetica Therapeutics", "lumatinib")}


def test_relations_an_adjuvant_therapy_patients_had_is_a_prior_therapy() -> None:
    x = run(
        "The trial enrolled patients with breast cancer who had undergone surgery and "
        "adjuvant treatment with trastuzumab."
    )
    assert not edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Besides Zorvexa, Acme will get Bolt’s QX-414, in a Phase 1 trial in multiple myeloma.",
        "Patients had progressed on, or were intolerant to, QX-102 and/or zorbatinib in "
        "colorectal cancer.",
    ],
)
def test_relations_drugs_set_aside_or_given_before_get_no_indication(text: str) -> None:
    x = run(text)
    assert not {m for m, _ in edges(x, "INDICATED_FOR")} & {"Zorvexa", "QX-102", "zorbatinib"}


def test_relations_an_academic_speakers_institution_is_no_developer() -> None:
    x = run(
        "Jo Roe, associate professor of hematology, Quill University, stated, “Today’s "
        "approval of zorbatinib sets a new standard of care in myelofibrosis.”"
    )
    assert not edges(x, "DEVELOPS")


def test_relations_a_drug_the_trial_studies_is_no_trial_name_and_a_space_is_a_market() -> None:
    x = run(
        "Acme completed the Phase 1a clinical trial of QX-023, a single center, double-blind, "
        "placebo-controlled trial. Acme will advance QX-023, leading in the IBD space."
    )
    assert names(x, "Molecule") == {"QX-023"}
    assert not edges(x, "INDICATED_FOR")


def test_relations_owners_in_a_drug_brackets_develop_that_drug_only() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. has two partnered assets: Zorvexa® (zorbatinib) tablets "
        "(a Bolt Pharma compound) and lumatinib (a Zeno Pharma, Inc. compound)."
    )
    developers = edges(x, "DEVELOPS")
    assert ("Bolt Pharma", "zorbatinib") in developers
    assert ("Bolt Pharma", "lumatinib") not in developers
    assert ("Zeno Pharma", "zorbatinib") not in developers
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Bolt Pharma", "Zeno Pharma")) not in pairs


def test_relations_the_holder_of_options_on_coded_drugs_is_no_developer() -> None:
    x = run("Acmetica Therapeutics, Inc. has granted Bolt Pharma options to QX-006 and QX-018.")
    assert {src for src, _ in edges(x, "DEVELOPS")} <= {"Acmetica Therapeutics"}


def test_relations_an_academic_institution_named_by_its_abbreviation_is_no_developer() -> None:
    x = run(
        "“With its low rates of serious side effects coupled with compelling long-term "
        "survival data and durable responses, obe-cel offers real hope for adult "
        "lymphoblastic leukemia patients,” said Dr. Jo Roe, MD, PhD, FRCPath, Lead "
        "investigator of the ZORBA study "
        "and Associate Professor of Haematology at the University College London (UCL) Cancer "
        "Institute. “Obe-cel's durable responses were seen in patients who did not receive "
        "a transplant and there could be an opportunity to use obe-cel earlier.”"
    )
    assert not edges(x, "DEVELOPS")


def test_relations_a_parent_in_apposition_is_no_party() -> None:
    x = run(
        "Zentavo Therapeutics, a Quillix Company and Bolt Pharmaceuticals, Inc. announced "
        "updates on their partnered zorbimab program in multiple myeloma."
    )
    parties = {"Bolt Pharmaceuticals", "Zentavo Therapeutics"}
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharmaceuticals", "Zentavo Therapeutics")}
    assert {src for src, _ in edges(x, "DEVELOPS")} == parties


def test_relations_prior_therapies_owned_by_others_have_no_edges() -> None:
    x = run(
        "The agency has approved Zorvia (lumatinib) to treat patients with GIST who have been "
        "previously treated with Bolt's Glivec/Gleevec (imatinib) and Quillix's Sutent "
        "(sunitinib). Zorvia is approved for patients who have received prior treatment with "
        "three or more kinase inhibitors, including imatinib."
    )
    assert edges(x, "INDICATED_FOR") == {("lumatinib", "gastrointestinal stromal tumor")}
    assert edges(x, "DEVELOPS") == set()


def test_relations_the_drug_a_trial_s_patients_are_treated_with_is_its_lead() -> None:
    # (no prior therapy: nothing says the patients had it before)
    x = run(
        "Zentavo Therapeutics announced that the first patient has been treated with QX-101 in "
        "a Phase 1 study in lupus nephritis."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Therapeutics", "QX-101")}
    assert edges(x, "INDICATED_FOR") == {("QX-101", "lupus nephritis")}


def test_relations_a_broad_class_with_a_bracketed_qualifier_and_an_origin() -> None:
    x = run(
        "This follows the approval of lumatinib in December 2020 for the treatment of advanced "
        "extra-pancreatic (non-pancreatic) neuroendocrine tumors. We now treat NET patients "
        "with pancreatic tumor origin with lumatinib as well."
    )
    assert edges(x, "INDICATED_FOR") == {("lumatinib", "neuroendocrine tumor")}


def test_relations_a_hyphenated_merger_name_and_a_possessive_abbreviation() -> None:
    x = run(
        "Sanofi-Aventis has bought a global licence to develop one of Oxford BioTherapeutics’ "
        "(OBT) oncology programmes. OBT has been successful in attracting collaborators: in "
        "2009 it struck a deal with GlaxoSmithKline to develop therapies for cancer."
    )
    assert "Aventis" not in names(x, "Organization")
    assert edges(x, "COLLABORATES_WITH") == {
        ("Oxford BioTherapeutics", "Sanofi"),
        ("GSK", "Oxford BioTherapeutics"),
    }


def test_relations_a_ligand_naming_its_receptor_in_brackets_is_no_drug() -> None:
    x = run(
        "Acme licensed AB-101, a selective antagonist of EP4 which is a Prostaglandin E2 (PGE2) "
        "receptor, to Bolt Pharmaceuticals."
    )
    assert names(x, "Molecule") == {"AB-101"}


def test_relations_a_short_name_developing_a_drug_and_a_comparison_in_a_headline() -> None:
    x = run(
        "The NMPA accepted the NDA for lumavedotin, the anti-HER2 ADC independently developed "
        "by Quillomab, for the treatment of urothelial carcinoma."
    )
    assert edges(x, "DEVELOPS") == {("Quillomab", "lumavedotin")}
    y = run("Zorvia (lumatinib) Trial Shows Superior Results to Gleevec (imatinib) in CML")
    assert edges(y, "INDICATED_FOR") == {("lumatinib", "chronic myeloid leukemia")}


def test_relations_a_class_spelled_out_with_its_abbreviation_refers_back() -> None:
    x = run(
        "Bolt Pharmaceuticals presented data on lumatinib at ASCO. The third-generation "
        "epidermal growth factor receptor (EGFR)-tyrosine kinase inhibitor (TKI) is being "
        "developed for the treatment of patients with NSCLC."
    )
    assert ("lumatinib", "EGFR") in edges(x, "TARGETS")


def test_relations_a_comparator_after_comparing_and_a_code_with_a_zero() -> None:
    x = run(
        "Bolt Pharmaceuticals licensed lumatinib (ABSK021), a CSF-1R inhibitor. That trial is "
        "comparing the drug, which inhibits all three VEGF receptors, with Quillix's Nexavar "
        "(sorafenib); data are due in 2011."
    )
    assert names(x, "Target") == {"CSF1R"}
    assert ("Quillix", "sorafenib") not in edges(x, "DEVELOPS")


def test_relations_partners_after_a_brand_mark_and_list_items_named_with_the_head() -> None:
    x = run(
        "The EC granted approval for Zorvia® (lumatinib) in combination with once-weekly "
        "bortezomib (Velcade®) and low-dose dexamethasone (SVd) for adults with multiple "
        "myeloma. Bolt develops lumatinib for breast and gastric cancer, and in non-small "
        "cell lung and colorectal cancer."
    )
    assert ("dexamethasone", "multiple myeloma") not in edges(x, "INDICATED_FOR")
    assert "non-small cell lung cancer" in names(x, "Disease")


def test_relations_sarcoma_is_a_class_an_indication_may_name() -> None:
    x = run(
        "AB-093 is being developed for the treatment of lung cancer, sarcoma, head and neck "
        "cancers and other solid tumors in phase I and II trials. Lumabrutinib is studied in "
        "pustular psoriasis and psoriatic erythroderma in a phase 3 study."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert {("AB-093", "sarcoma"), ("AB-093", "head and neck cancer")} <= indicated
    assert {d for m, d in indicated if m == "lumabrutinib"} == {
        "pustular psoriasis",
        "psoriatic erythroderma",
    }


def test_relations_a_defined_company_term_and_a_presenter_of_data_develop() -> None:
    x = run(
        "On October 30, 2023, Bolt Pharmaceuticals, Inc. (the “Company” or “we”) announced its "
        "results. On October 31, 2023, the Company announced positive top-line data from its "
        "pivotal Phase 3 study of lumatinib in patients with TGCT."
    )
    assert ("Bolt Pharmaceuticals", "lumatinib") in edges(x, "DEVELOPS")
    y = run(
        "Zentavo Therapeutics presents positive 12-week data from the Phase 2 ALPHA trial with "
        "Nanobody® Zorbimab for Hidradenitis Suppurativa"
    )
    assert ("Zentavo Therapeutics", "zorbimab") in edges(y, "DEVELOPS")


def test_relations_a_duty_for_the_drug_of_the_sentence_before() -> None:
    x = run(
        "The European Commission granted a full approval for Zorvia (lumatinib), valid in all "
        "27 member states. Bolt Pharmaceuticals B.V., a wholly owned subsidiary of the Zeno "
        "Group, will be responsible for all commercialization activities in Europe."
    )
    assert ("Bolt Pharmaceuticals", "lumatinib") in edges(x, "DEVELOPS")
    assert ("Zeno", "lumatinib") not in edges(x, "DEVELOPS")


def test_relations_an_announcement_about_one_of_its_announcers() -> None:
    x = run(
        "Zeno Pharmaceuticals Ltd. (Zeno) and Bolt Corporation announced that Zeno is "
        "initiating a phase II study with its lead drug, zorbimab, in patients with "
        "ulcerative colitis."
    )
    assert {org for org, _ in edges(x, "DEVELOPS")} == {"Zeno Pharmaceuticals"}


def test_relations_a_hospital_hosting_a_trial_develops_nothing() -> None:
    x = run(
        "The Company and Shanghai Quill Hospital (Quill) are conducting a single arm study to "
        "evaluate the safety and efficacy of C-CAR011 in relapsed or refractory NHL."
    )
    assert not {org for org, _ in edges(x, "DEVELOPS")} & {"Shanghai Quill Hospital"}


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics announced an alliance with the Quill Cancer Center. Quill "
        "Cancer Center will conduct three clinical studies, which will investigate zorbimab "
        "and lumatinib.",
        "Bolt Medical Centre welcomes the announcement that Acmetica's zorbimab has been "
        "approved for treating follicular lymphoma.",
    ],
)
def test_relations_a_cancer_or_medical_centre_hosting_trials_develops_nothing(text: str) -> None:
    assert not {org for org, _ in edges(run(text), "DEVELOPS")} & {
        "Quill Cancer Center",
        "Bolt Medical Centre",
    }


def test_a_sentence_opened_by_a_comparison_names_other_drugs() -> None:
    x = run(
        "Acme reported Phase 2 results of zorbimab in atopic dermatitis. By comparison, "
        "patients in two Phase 3 studies who received Bolt's Zyltra (lumabimab) improved less."
    )
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "atopic dermatitis")}
    assert edges(x, "DEVELOPS") <= {("Acme", "zorbimab")}


def test_a_ticker_in_brackets_after_a_company_is_no_disease() -> None:
    x = run("Drug major Pfizer, Inc. (PFE) reported results of zorbimab in atopic dermatitis.")
    assert names(x, "Disease") == {"atopic dermatitis"}


def test_an_opinion_naming_no_drug_is_about_the_drug_before() -> None:
    x = run(
        "The CHMP has recommended approval of datopotamab deruxtecan, the new antibody conjugate "
        "from AstraZeneca.\nThe committee's positive opinion applies to previously treated "
        "patients with HR-positive/HER2-negative metastatic breast cancer."
    )
    assert edges(x, "INDICATED_FOR") == {("datopotamab deruxtecan", "breast cancer")}


def test_relations_the_drug_a_head_to_head_trial_is_run_against_is_the_comparator() -> None:
    x = run(
        "Zorvetinib Met Primary Endpoint in Head-to-Head Trial Against Ibrutinib in Chronic "
        "Lymphocytic Leukemia"
    )
    assert edges(x, "INDICATED_FOR") == {("zorvetinib", "chronic lymphocytic leukemia")}


def test_relations_the_disease_describing_another_is_no_indication_nor_its_abbreviation() -> None:
    x = run(
        "Zentavo announced results for zorbimab in a phase 3 study in active lupus nephritis "
        "(LN), an inflammation of the kidneys caused by systemic lupus erythematosus (SLE)."
    )
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "lupus nephritis")}


def test_relations_where_a_target_is_expressed_is_no_indication() -> None:
    x = run(
        "Zorbimab is approved for gastric cancer. Zorbimab targets FGFR2b, which has been found "
        "to be overexpressed in 30% of patients with gastric cancer, as well as other solid "
        "tumors."
    )
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "gastric cancer")}


@pytest.mark.parametrize(
    ("text", "indicated"),
    [
        # the examples of cancers that express the target, not what the drug is for
        (
            "Zorbimab is in Phase 1 in prostate cancer. Zorbimab targets cancers overexpressing "
            "GRPR, such as prostate, breast, lung and ovarian cancers.",
            {("zorbimab", "prostate cancer")},
        ),
        (
            "QX-101 targets tumors that express GRPR, including breast and lung cancers.",
            set(),
        ),
        # a drug for patients whose tumours express the target is for the diseases listed
        (
            "Kelvarin is developing QX-101 for patients with tumors expressing GRPR, including "
            "prostate cancer.",
            {("QX-101", "prostate cancer")},
        ),
    ],
)
def test_relations_cancers_listed_after_the_target_they_express_are_no_indications(
    text: str, indicated: set[tuple[str, str]]
) -> None:
    assert edges(run(text), "INDICATED_FOR") == indicated


def test_relations_a_drug_that_targets_tumours_in_a_disease_is_indicated_for_it() -> None:
    x = run(
        "Zorvetinib targets tumours with one of two gene rearrangements: ROS1 fusions in "
        "non-small cell lung cancer (NSCLC), and NTRK fusions in other cancers."
    )
    assert ("zorvetinib", "non-small cell lung cancer") in edges(x, "INDICATED_FOR")


def test_relations_a_long_combination_s_second_drug_is_its_partner() -> None:
    x = run(
        "Zentavo says it has initiated a clinical trial to evaluate the combination of the "
        "company's investigational anti-PD-1 immunotherapy, QRX-3475, and UK-based Quorvan "
        "Pharma's (LSE: QRV) orally administered kinase inhibitor, pazopanib, in advanced renal "
        "cell carcinoma."
    )
    assert edges(x, "INDICATED_FOR") == {("QRX-3475", "renal cell carcinoma")}


def test_relations_trials_in_addition_to_others_are_the_drug_s_of_the_sentence_before() -> None:
    x = run(
        "Zentavo has been conducting seven clinical studies in the NSCLC setting to evaluate "
        "zorbimab alone or in combination with other drugs. In addition to NSCLC studies, "
        "several phase III studies are ongoing for breast cancer and ovarian cancer."
    )
    assert {("zorbimab", "breast cancer"), ("zorbimab", "ovarian cancer")} <= edges(
        x, "INDICATED_FOR"
    )


def test_relations_each_product_of_a_list_keeps_its_own_indication_and_prior_therapy() -> None:
    x = run(
        "The transaction covers Zentavo's in-market products ZORVAX® (pegaspargase), a "
        "component of treatment for acute lymphoblastic leukemia (ALL) and ex-U.S. rights to "
        "QUORVYDE® (irinotecan), a component of treatment for metastatic pancreatic cancer post "
        "gemcitabine based therapy."
    )
    assert edges(x, "INDICATED_FOR") == {
        ("pegaspargase", "acute lymphoblastic leukemia"),
        ("irinotecan", "pancreatic cancer"),
    }


def test_relations_what_a_research_centre_works_on_is_no_disease_of_the_release() -> None:
    x = run(
        "Quorvan Institute, a world-renowned independent research and treatment center for "
        "cancer, diabetes and other life-threatening diseases, has signed a licensing agreement "
        "with Zentavo Pharma for QRX-101 in lymphoma."
    )
    assert "diabetes" not in names(x, "Disease")


def test_relations_a_diagnostic_selecting_patients_and_a_premedication_treat_nothing() -> None:
    x = run(
        "Researchers are assessing zorbitide in 100 mCRPC patients whose tumors express PSMA as "
        "determined by Zentavo's PET imaging agent Quorvetz (68Ga-PSMA-11)."
    )
    assert edges(x, "INDICATED_FOR")
    assert all(mol == "zorbitide" for mol, _ in edges(x, "INDICATED_FOR"))
    y = run(
        "We observed cytokine induction with QRX-424, which prompted us to explore the use of "
        "dexamethasone as a premedication, said the chief medical officer of Zentavo Pharma."
    )
    assert ("Zentavo Pharma", "dexamethasone") not in edges(y, "DEVELOPS")


def test_relations_a_radionuclide_element_alone_is_no_drug() -> None:
    x = run("Our early investments provide us with our actinium supply advantage for PSMA agents.")
    assert names(x, "Molecule") == set()


def test_relations_a_class_then_its_code_in_brackets_acts_on_the_class_s_target() -> None:
    x = run("Zentavo's pipeline includes a PD-1 agonist (ZX151) and a CD40 antibody (ZX-272).")
    assert edges(x, "TARGETS") == {("ZX151", "PDCD1"), ("ZX-272", "CD40")}
    y = run("Zentavo's pipeline includes the PD-1 agonist ZX151 and the CD40 antibody ZX-272.")
    assert edges(y, "TARGETS") == {("ZX151", "PDCD1"), ("ZX-272", "CD40")}
    z = run("Zentavo's pipeline includes a PD-1 agonist, ZX151, and a CD40 antibody, ZX-272.")
    assert edges(z, "TARGETS") == {("ZX151", "PDCD1"), ("ZX-272", "CD40")}


def test_relations_the_members_listed_after_a_family_a_drug_blocks_are_its_targets() -> None:
    x = run(
        "Zentinib is an oral pan-erbB inhibitor that irreversibly blocks signaling through the "
        "erbB family of tyrosine-kinase receptors including erbB1 (EGFR; HER1), erbB2 (HER2), "
        "and erbB4 (HER4)."
    )
    assert edges(x, "TARGETS") == {
        ("zentinib", "EGFR"),
        ("zentinib", "ERBB2"),
        ("zentinib", "ERBB4"),
    }
    y = run("Quortinib inhibits the JAK family of kinases, including JAK1, JAK2 and TYK2.")
    assert edges(y, "TARGETS") == {("quortinib", t) for t in ("JAK1", "JAK2", "TYK2")}
    assert names(run("Quortinib inhibits the BCL-2 family of proteins."), "Target") == set()


def test_relations_existing_drugs_named_as_examples_of_a_class_have_no_edges() -> None:
    x = run(
        "Regulators gave the green light to Zentavo Therapeutics ($ZTV) to sell its CML drug "
        "Zorvia, giving patients a new option beyond existing TKIs such as Quorvan Pharma's "
        "($QRV) Quilex and Bolt Pharma's ($BLT) Boltiva."
    )
    assert {"Quilex", "Boltiva"} <= names(x, "Molecule")
    assert edges(x, "DEVELOPS") == {("Zentavo Therapeutics", "Zorvia")}
    assert edges(x, "INDICATED_FOR") == {("Zorvia", "chronic myeloid leukemia")}
    assert edges(x, "COLLABORATES_WITH") == set()
    assert names(x, "Disease") == {"chronic myeloid leukemia"}


def test_relations_a_drug_s_kinases_listed_after_including_are_its_targets() -> None:
    x = run(
        "ZX-7080 is an oral multiple receptor tyrosine kinase (RTK) inhibitor with a novel "
        "binding mode that selectively inhibits the kinase activities of several different RTKs "
        "including VEGFR, FGFR, PDGFRα, KIT and RET, involved in angiogenesis."
    )
    assert {"PDGFRA", "KIT", "RET"} <= {t for _, t in edges(x, "TARGETS")}


def test_relations_what_a_conjugate_combines_acts_on_its_antibody_s_target() -> None:
    x = run(
        "ZX-402 combines a humanized monoclonal antibody targeting the protein CD19 with a "
        "pyrrolobenzodiazepine warhead."
    )
    assert edges(x, "TARGETS") == {("ZX-402", "CD19")}


def test_relations_a_class_listed_among_prior_therapies_is_no_target_of_the_drug() -> None:
    x = run(
        "The trial will compare zentacel against the standard of care in patients with multiple "
        "myeloma who have received one to three prior lines of therapy, including an "
        "immunomodulatory drug (IMiD) and an anti-CD38 monoclonal antibody."
    )
    assert edges(x, "TARGETS") == set()


def test_relations_the_drug_a_trial_could_not_improve_on_or_compared_between_is_a_comparator() -> (
    None
):
    x = run(
        "In the phase 3 study, zentinib was unable to improve on Quorvan Pharma's Quorva "
        "(quortinib) as a second-line therapy for GIST."
    )
    assert {mol for mol, _ in edges(x, "INDICATED_FOR")} == {"zentinib"}
    assert ("Quorvan Pharma", "quortinib") not in edges(x, "DEVELOPS")
    y = run(
        "The ZEN-1 study is a phase III study that compares the efficacy and safety between "
        "zentinib and quortinib. ZEN-1 enrolled 207 patients with advanced NSCLC."
    )
    assert {mol for mol, _ in edges(y, "INDICATED_FOR")} <= {"zentinib"}


def test_relations_the_disease_a_drug_is_launched_for_is_its_indication() -> None:
    x = run(
        "With the one-year anniversary of our commercial launch of ZORVIA® for recurrent "
        "pericarditis, we remain committed to supporting prescriber adoption."
    )
    assert edges(x, "INDICATED_FOR") == {("ZORVIA", "pericarditis")}
    assert edge_properties(x, "INDICATED_FOR")[("ZORVIA", "pericarditis")]["phase"] == "approved"


def test_relations_an_immunotherapeutic_names_its_target_and_a_listed_drug_its_own_class() -> None:
    x = run(
        "Bolt Pharma agreed to develop Zentavo's experimental BCMA-targeting immunotherapeutic "
        "ZX-383B for patients with multiple myeloma."
    )
    assert edges(x, "TARGETS") == {("ZX-383B", "TNFRSF17")}
    y = run(
        "Acme will create immune-checkpoint inhibitors such as the anti-PD-L1 Probody "
        "therapeutic, QX-072, and QX-986249, a Probody version of ipilimumab."
    )
    assert edges(y, "TARGETS") == {("QX-072", "CD274")}


def test_relations_a_drug_described_by_what_it_inhibits_and_what_it_is_for() -> None:
    x = run(
        "The deal includes ZX-0456, an early-stage investigational dual inhibitor of EZH2 and "
        "EZH1 for solid tumors or lymphomas."
    )
    indicated = {d for _m, d in edges(x, "INDICATED_FOR")}
    assert len(indicated) == 2
    assert {("ZX-0456", "EZH2"), ("ZX-0456", "EZH1")} <= edges(x, "TARGETS")


def test_relations_the_combination_with_a_drug_names_a_partner_not_a_programme() -> None:
    x = run(
        '"We look forward to reporting more on the combination with zorbitamab in our trial of '
        'ZX-0402 in diffuse large B-cell lymphoma," said Jo Roe of Zentavo Therapeutics.'
    )
    assert "zorbitamab" not in {m for m, _d in edges(x, "INDICATED_FOR")}
    assert "zorbitamab" not in {m for _o, m in edges(x, "DEVELOPS")}


def test_relations_the_other_members_of_a_drug_s_class_take_no_indication() -> None:
    x = run(
        "“ZX-0101 is the third drug in a class of immunomodulatory agents that includes "
        "lenalidomide and thalidomide, and is the second drug approved in the past year to treat "
        "multiple myeloma,” said Jo Roe."
    )
    assert not {"lenalidomide", "thalidomide"} & {m for m, _d in edges(x, "INDICATED_FOR")}


def test_relations_a_qualified_combination_s_later_drugs_are_partners() -> None:
    x = run(
        "The triple combination of ZX-0123 + zorbitinib + zorvetoclax showed greater "
        "anti-leukemic effect in acute myeloid leukemia than standard treatments alone."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_drug_opening_its_own_clause_after_a_prior_therapy_is_no_partner() -> None:
    x = run(
        "Zorvexa is a PD-1 inhibitor approved for patients with metastatic non-small cell lung "
        "cancer with progression on or after platinum-based chemotherapy, and Quorvan is a "
        "CTLA-4 inhibitor approved for patients with unresectable or metastatic melanoma."
    )
    assert ("Quorvan", "melanoma") in edges(x, "INDICATED_FOR")
    assert ("Zorvexa", "melanoma") not in edges(x, "INDICATED_FOR")


def test_relations_a_clause_after_a_semicolon_naming_its_own_drug_is_about_that_drug() -> None:
    x = run(
        "The partners will monitor tumor progression using blood tests; test zorbitinib to "
        "treat prostate cancer; and search for drugs that can be combined with zorvetinib for "
        "pancreatic cancer."
    )
    assert ("zorbitinib", "pancreatic cancer") not in edges(x, "INDICATED_FOR")
    assert ("zorbitinib", "prostate cancer") in edges(x, "INDICATED_FOR")


def test_relations_the_drug_with_only_partners_beside_it_is_the_drug_before() -> None:
    x = run(
        "Bolt Pharma licensed ZX-0123 to Quorvan. Currently, ZX-0123 is advancing in multiple "
        "clinical trials. In August 2025, the drug, in combination with zorbalimab and "
        "chemotherapy, obtained Orphan Drug Designation from the FDA for gastric cancer."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_partner_after_its_maker_and_an_abbreviated_class_is_no_lead() -> None:
    x = run(
        "This agreement will evaluate ZX-0123, Zentavo’s investigational anti-BCMA therapy, in "
        "combination with Quorvan’s investigational gamma secretase inhibitor (GSI), "
        "zorbitinib, in patients with relapsed or refractory multiple myeloma."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_partner_list_goes_on_past_an_item_s_appositive() -> None:
    x = run(
        "Zentavo’s bispecific antibody ZX-0123 is being evaluated in combination with Bolt’s "
        "Quorvia® (zorbiciclib), an oral CDK4/6 inhibitor, and the hormone therapy fulvestrant "
        "in patients with metastatic breast cancer."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_the_drug_that_did_not_help_the_patients_is_no_lead() -> None:
    x = run(
        "The study was designed to evaluate ZX-0123 as a treatment for rheumatoid arthritis in "
        "patients who were not helped by the drug methotrexate."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_drug_the_patients_are_refractory_to_is_no_lead() -> None:
    x = run(
        "Quorvia is indicated for relapsed or refractory follicular non-Hodgkin’s lymphoma "
        "including patients with Zorvexa(R) (zorbituximab) refractory follicular NHL."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"Quorvia"}


def test_relations_a_drug_the_lead_bested_is_a_comparator() -> None:
    x = run(
        "Bolt Pharma pointed to pivotal data in which ZX-0123 bested both placebo and the "
        "blockbuster zorbercept in clearing up psoriasis symptoms."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_part_of_another_regimen_is_no_lead() -> None:
    x = run(
        "ZX-0123 is indicated to decrease myelosuppression when administered prior to a "
        "platinum/etoposide-containing regimen for patients with small cell lung cancer."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_a_part_of_a_regimen_written_without_hyphen_is_no_lead() -> None:
    x = run(
        "Zentavo and Bolt announced the start of a Phase 3 study in patients with follicular "
        "lymphoma who progressed during, or within 6 months of a zorbitumab containing regimen."
    )
    assert edges(x, "DEVELOPS") == set()
    assert edges(x, "INDICATED_FOR") == set()


def test_relations_a_disease_naming_a_committee_is_no_indication() -> None:
    x = run(
        '"ZX-0123 could offer a new option to treat non-small cell lung cancer," says Dr. Jo '
        'Roe, Chair, Lung Cancer Committee, Nordwind University. "ZX-0123 works differently."'
    )
    assert names(x, "Disease") == {"non-small cell lung cancer"}


def test_relations_drugs_under_review_in_a_disease_are_indicated_for_it() -> None:
    x = run(
        "ZORVIA® and QUILAB® are currently under review by Health Canada as anti-neoplastic "
        "agents in relapsed or refractory peripheral T-cell lymphoma."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZORVIA", "QUILAB"}


def test_relations_a_company_described_after_its_ticker_and_defined_name_is_no_indication() -> None:
    x = run(
        "BOSTON, May 30, 2025 (GLOBE NEWSWIRE) – Zentavo Therapeutics, Inc. (NASDAQ: ZNTV) "
        "(“Zentavo” or the “Company”), a clinical-stage biotechnology company pioneering cell "
        "therapy for autoimmune diseases, today announced that the first participant has been "
        "enrolled in its Phase 3 trial of ZX-0123 in patients with myasthenia gravis (MG)."
    )
    assert {d for _m, d in edges(x, "INDICATED_FOR")} == {"myasthenia gravis"}


def test_relations_a_broad_class_after_an_indefinite_article_is_no_indication() -> None:
    x = run(
        "“Completing our BLA submission for ZX-0123 is a critical step in our journey to deliver "
        "the first individualized, one-time cell therapy for a solid tumor,” said the CEO of "
        "Zentavo Therapeutics. ZX-0123 is studied in advanced melanoma."
    )
    assert {d for _m, d in edges(x, "INDICATED_FOR")} == {"melanoma"}


def test_relations_the_disease_another_arose_from_is_no_indication() -> None:
    x = run(
        "ZX-0123 received Fast Track designation for myelofibrosis (MF). The designation "
        "includes patients with primary MF and MF developed after essential thrombocythemia or "
        "polycythemia vera."
    )
    assert {d for _m, d in edges(x, "INDICATED_FOR")} == {"myelofibrosis"}


def test_relations_what_induces_a_disease_is_no_drug_for_it() -> None:
    x = run(
        "This study was performed to evaluate the effect of eotaxin-1 inhibition on BALB/c mice "
        "with dextran sodium sulfate (DSS)-induced colitis."
    )
    assert edges(x, "INDICATED_FOR") == set()


def test_relations_the_drug_of_the_patients_compared_with_is_a_comparator() -> None:
    x = run(
        "In another study, ZX-0123 was shown to shrink tumours in 22 per cent of patients with "
        "head-and-neck cancer, compared to 13 per cent of those receiving zorbituximab."
    )
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}


def test_relations_the_indications_of_the_drug_the_sentence_before_names() -> None:
    x = run(
        "Zentavo's ZX-1206 received orphan designation for mantle cell lymphoma (MCL). MCL is "
        "one of the targeted sub-indications, along with follicular lymphoma (FL) and marginal "
        "zone lymphoma (MZL)."
    )
    assert edges(x, "INDICATED_FOR") == {
        ("ZX-1206", "mantle cell lymphoma"),
        ("ZX-1206", "follicular lymphoma"),
        ("ZX-1206", "marginal zone lymphoma"),
    }


def test_relations_a_pronoun_after_an_opening_phrase_refers_back() -> None:
    x = run(
        "Zentavo's ZX-12 is an oral KRAS inhibitor. In May 2025, it was approved in China "
        "for treating adult patients with non-small cell lung cancer."
    )
    assert ("ZX-12", "non-small cell lung cancer") in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Therapeutics will develop ZX-486, a potential new medicine for hematologic "
        "malignancies, including diffuse large B-cell lymphoma.",
        "The study will evaluate ZX-253 in adult patients with relapsed or refractory high "
        "grade hematologic malignancies.",
    ],
)
def test_relations_a_broad_class_stated_as_the_drugs_indication(text: str) -> None:
    assert "hematologic malignancies" in {d for _, d in edges(run(text), "INDICATED_FOR")}


@pytest.mark.parametrize(
    "text",
    [
        "Acme dosed ZT-4012 plus Bolt's BRAF inhibitor Zorvia (zorafenib) and Kelvarin's "
        "EGFR-targeted monoclonal antibody Brimtux (lumatinib) in patients with colorectal cancer.",
        "Acme will test ZT-4012 in combination with zorafenib/lumatinib in colorectal cancer.",
    ],
)
def test_relations_a_partner_list_goes_on_past_makers_and_slashes(text: str) -> None:
    found = edges(run(text), "INDICATED_FOR")
    assert ("ZT-4012", "colorectal cancer") in found
    assert ("lumatinib", "colorectal cancer") not in found


def test_relations_a_clause_after_a_partner_ends_the_partner_list() -> None:
    text = (
        "Acme gains rights to develop ZT-4012 in combination with zorafenib, as well as access "
        "to lumatinib in colorectal cancer."
    )
    assert ("lumatinib", "colorectal cancer") in edges(run(text), "INDICATED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Success in psoriasis could also open up other severe skin conditions for treatment "
        "with zorbimab, including hidradenitis suppurativa.",
        "Kelvarin could also get a green light for zorbimab in other indications, like "
        "hidradenitis suppurativa.",
        "Zorbimab is in development for the treatment of atopic dermatitis, with potential in "
        "other skin diseases such as hidradenitis suppurativa.",
    ],
)
def test_relations_other_diseases_a_drug_could_one_day_treat_are_no_indications(
    text: str,
) -> None:
    assert ("zorbimab", "hidradenitis suppurativa") not in edges(run(text), "INDICATED_FOR")


def test_relations_other_diseases_a_drug_is_tested_in_are_indications() -> None:
    text = "Zorbimab is also tested in other skin conditions, including hidradenitis suppurativa."
    assert ("zorbimab", "hidradenitis suppurativa") in edges(run(text), "INDICATED_FOR")


def test_relations_a_company_described_with_listed_adjectives_gives_no_indication() -> None:
    text = (
        "Kelvarin A/S (Kelvarin), a privately-held, clinical stage, pharmaceutical development "
        "company focused on immunology and infectious disease, today announces results of "
        "zorbimab in adult patients with psoriasis."
    )
    found = edges(run(text), "INDICATED_FOR")
    assert ("zorbimab", "psoriasis") in found
    assert ("zorbimab", "infectious disease") not in found


def test_relations_a_disease_described_with_listed_adjectives_is_no_indication() -> None:
    text = "Zorbinib is in development for diffuse glioma, a rare, high-grade brain tumor."
    found = edges(run(text), "INDICATED_FOR")
    assert ("zorbinib", "diffuse glioma") in found
    assert ("zorbinib", "brain tumor") not in found


def test_relations_diseases_a_drug_holds_potential_for_are_no_indications() -> None:
    x = run(
        "QX-101, a bispecific antibody, is in a Phase 1b study for psoriasis and holds "
        "potential as a treatment for a broad range of inflammatory diseases including "
        "rheumatoid arthritis."
    )
    assert edges(x, "INDICATED_FOR") == {("QX-101", "psoriasis")}


def test_relations_a_charity_partners_in_a_drugs_work_and_develops_none() -> None:
    x = run(
        "Quillix Therapeutics and the Zentavo Cancer Foundation announce a partnership to "
        "advance QX-120 into Phase I."
    )
    assert edges(x, "DEVELOPS") == {("Quillix Therapeutics", "QX-120")}
    assert edges(x, "COLLABORATES_WITH") == {("Quillix Therapeutics", "Zentavo Cancer Foundation")}


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("We will report data on ZB-101 and ZB-202, our selective PLK1 inhibitor.", False),
        ("We will report data on ZB-101 and ZB-202, a PLK1 inhibitor in Phase 1.", False),
        ("We will report data on ZB-101 and ZB-202, PLK1 inhibitors in Phase 1.", True),
        ("We will report data on ZB-101 and ZB-202, PLK1 antibody candidates.", True),
    ],
)
def test_relations_a_class_in_the_singular_after_a_list_is_its_last_drugs(
    text: str, both: bool
) -> None:
    found = edges(run(text), "TARGETS")
    assert ("ZB-202", "PLK1") in found
    assert (("ZB-101", "PLK1") in found) is both


@pytest.mark.parametrize(
    "text",
    [
        "zorbatinib, an oral VEGF-TKI, is in a trial in kidney cancer.",
        "zorbatinib is a vascular endothelial growth factor (VEGF) tyrosine kinase inhibitor.",
    ],
)
def test_relations_a_growth_factor_before_a_kinase_inhibitor_is_no_target(text: str) -> None:
    # the kinase inhibited is the factor's receptors', not the factor
    assert not edges(run(text), "TARGETS")


def test_relations_a_class_after_a_bare_comma_is_the_next_drugs() -> None:
    # a list of "class drug" items: each class opens its own item
    x = run(
        "Acmetica develops several candidates, including Bcr-Abl inhibitor ZB-1351, "
        "Bcl-2/xL inhibitor ZB-1252 and MDM2 inhibitor ZB-115."
    )
    found = edges(x, "TARGETS")
    assert ("ZB-1252", "BCL2") in found
    assert ("ZB-1351", "BCL2") not in found


def test_relations_targets_listed_respectively_pair_with_the_drugs_in_order() -> None:
    x = run(
        "ZB-036C and ZB-088C, the two antibody-drug conjugates targeting TROP-2 or B7-H3, "
        "respectively, are in trials."
    )
    assert edges(x, "TARGETS") == {("ZB-036C", "TACSTD2"), ("ZB-088C", "CD276")}


@pytest.mark.parametrize("noun", ["medication", "agent"])
def test_relations_the_medication_refers_back_to_the_drug(noun: str) -> None:
    x = run(
        "The FDA approved zorbatinib for lung cancer patients.\n"
        f"The {noun} is designed to target a gene mutation known as KRAS G12C."
    )
    assert ("zorbatinib", "KRAS") in edges(x, "TARGETS")


@pytest.mark.parametrize(
    "text",
    [
        "QX-051 is a bispecific engineered to selectively target CD1d-expressing "
        "hematological cancers through activation of T cells.",
        "QX-051 targets multiple myeloma.",
    ],
)
def test_indication_a_drug_said_to_target_a_cancer(text: str) -> None:
    assert len(edges(run(text), "INDICATED_FOR")) == 1


def test_indication_activity_a_study_of_the_drug_showed_in_its_population() -> None:
    x = run(
        "Preliminary data from our Phase 2 study of QX-5871 showed promising activity in "
        "patients with IgG4-related disease, and we are on track to complete it."
    )
    assert len(edges(x, "INDICATED_FOR")) == 1


def test_indication_activity_also_seen_besides_is_in_passing() -> None:
    x = run(
        "Data from the Phase 2 study of QX-5871 in melanoma also showed activity in patients "
        "with renal cell carcinoma."
    )
    assert {d for _, d in edges(x, "INDICATED_FOR")} == {"melanoma"}


@pytest.mark.parametrize(
    "text",
    [
        "ZX-101 is in Phase 1 testing for the treatment of CD56+ solid tumors.",
        "ZX-101 is studied in patients with advanced, relapsed or refractory solid tumors.",
        "ZX-101 is being tested in a basket trial for other solid tumors.",
    ],
)
def test_indication_a_broad_class_qualified_or_in_a_trial_for_it(text: str) -> None:
    assert edges(run(text), "INDICATED_FOR") == {("ZX-101", "solid tumors")}


@pytest.mark.parametrize(
    "text",
    [
        # a boxed warning's risks are no indications
        "The approval of zorbitinib for leukemia came with a boxed warning about thrombosis.",
        # a network's protocol number names the trial, no drug
        "The Phase 3 trial (BMT CTN 1802) tests zorbitinib in patients with leukemia.",
    ],
)
def test_indication_no_warning_or_protocol_reads_as_one(text: str) -> None:
    found = edges(run(text), "INDICATED_FOR")
    assert found <= {("ZX-101", "leukemia"), ("zorbitinib", "leukemia")}
    assert len(found) <= 1


def test_relations_these_products_are_the_drugs_of_the_sentence_before() -> None:
    x = run(
        "ZX-101 and ZX-102 are TCR-T therapies. Acmetica Therapeutics is developing these "
        "products to prevent relapse in acute myeloid leukemia."
    )
    assert edges(x, "INDICATED_FOR") == {
        ("ZX-101", "acute myeloid leukemia"),
        ("ZX-102", "acute myeloid leukemia"),
    }


def test_relations_a_prior_therapy_named_far_after_its_cue_is_not_indicated() -> None:
    x = run(
        "ZX-101 could become a new treatment option for patients with metastatic colorectal "
        "cancer who have been previously treated with, or are not considered candidates for, "
        "available therapies including fluoropyrimidine-, oxaliplatin- and irinotecan-based "
        "chemotherapies. Zorvexa is for ALL in patients with hypersensitivity to pegaspargase."
    )
    assert edges(x, "INDICATED_FOR") == {("ZX-101", "colorectal cancer")}


def test_relations_a_disease_inside_another_drug_s_appositive_is_that_drug_s() -> None:
    x = run(
        "ZX-101 is the second drug from Acmetica's platform, along with its drug candidate "
        "QV-202, a BTK inhibitor in Phase 1 for the treatment of B-cell cancers."
    )
    assert ("ZX-101", "B-cell cancers") not in edges(x, "INDICATED_FOR")


def test_relations_a_broad_class_after_the_patients_marker_is_an_indication() -> None:
    x = run("Acmetica is currently investigating ZX-101 in FRalpha-positive solid tumors.")
    assert edges(x, "INDICATED_FOR") == {("ZX-101", "solid tumors")}


def test_relations_a_disease_naming_a_drug_s_class_is_that_drug_s_alone() -> None:
    x = run("Acmetica Inc. makes the lupus treatment ZX-101 and the psoriasis drug ZX-202.")
    assert edges(x, "INDICATED_FOR") == {
        ("ZX-101", "systemic lupus erythematosus"),
        ("ZX-202", "psoriasis"),
    }


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Sales of the multiple myeloma drug Zorvexa rose 12% last year.",
            ("Zorvexa", "multiple myeloma"),
        ),
        (
            "Acmetica paid $2 billion to buy the psoriasis drug ZX-101 from Bolt Bio.",
            ("ZX-101", "psoriasis"),
        ),
        # (the class in apposition after the drug)
        (
            "First on the discard pile is QX-4410, a non-small cell lung cancer (NSCLC) biologic.",
            ("QX-4410", "non-small cell lung cancer"),
        ),
        (
            "Bolt Bio handed back ZX-101, an experimental psoriasis drug, to Acmetica.",
            ("ZX-101", "psoriasis"),
        ),
    ],
)
def test_relations_a_disease_naming_a_drug_s_class_needs_no_other_cue(
    text: str, pair: tuple[str, str]
) -> None:
    assert pair in edges(run(text), "INDICATED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        # a drug given after the lead in a sequence
        "The primary objective was to determine the safety of ZX-101 followed by zorvimab in "
        "patients with advanced HCC.",
        # the second drug of "the combination of A with B"
        "“We are excited to collaborate on this trial, the first to explore the combination "
        "of an oncolytic virotherapy with a checkpoint inhibitor such as zorvimab in "
        "metastatic bladder cancer,” said the CEO of Acmetica, which develops ZX-101.",
    ],
)
def test_relations_a_drug_given_after_or_with_the_lead_is_its_partner(text: str) -> None:
    assert "zorvimab" not in {drug for drug, _ in edges(run(text), "INDICATED_FOR")}


def test_relations_the_drug_after_a_partner_and_followed_by_keeps_its_indication() -> None:
    x = run(
        "Patients received lymphodepletion with fludarabine followed by ZX-101 in a Phase 1 "
        "trial in patients with DLBCL."
    )
    assert ("ZX-101", "diffuse large B-cell lymphoma") in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Inc. won approval for ZX-101 in CML previously treated with one or more TKIs "
        "and for whom zorvatinib, quiltinib and boltinib are not considered appropriate "
        "treatment options.",
        "Acmetica Inc. will study ZX-101 in patients with CML previously treated with one or "
        "more TKIs not suitable for zorvatinib, quiltinib and boltinib.",
    ],
)
def test_relations_drugs_ruled_out_for_the_patients_are_not_indicated(text: str) -> None:
    assert edges(run(text), "INDICATED_FOR") == {("ZX-101", "chronic myeloid leukemia")}


@pytest.mark.parametrize(
    "patients",
    [
        "Hodgkin lymphoma after failure of autologous stem cell transplant and lumatuzumab",
        "Hodgkin lymphoma that has relapsed or progressed after autologous hematopoietic stem "
        "cell transplantation (auto-HSCT) and post-transplantation lumatuzumab",
        "Hodgkin lymphoma after autologous stem cell transplant (ASCT) and treatment with "
        "lumatuzumab",
        "Hodgkin lymphoma whose disease progressed following an autologous stem cell "
        "transplantation and subsequent treatment with lumatuzumab",
        "Hodgkin lymphoma whose cancer is progressing despite autologous stem cell "
        "transplantation and treatment with lumatuzumab",
        "multiple myeloma after progression on two or more lines of therapy, including lumatuzumab",
        "large B-cell lymphoma after two or more lines of systemic therapy, including lumatuzumab",
        "multiple myeloma who have received at least three prior therapies, including a "
        "proteasome inhibitor, an immunomodulatory agent and lumatuzumab",
        "multiple myeloma who have tried at least two other medicines, including Bolt Co "
        "Ltd’s lumatuzumab",
        "multiple myeloma who used two or more drugs such as lumatuzumab",
    ],
)
def test_relations_a_drug_closing_a_course_of_earlier_treatment_is_a_prior_therapy(
    patients: str,
) -> None:
    # (however many words the course takes: a procedure, or a count of lines, before the drug)
    x = run(f"Acmetica Inc. announced that the FDA approved ZX-101 for patients with {patients}.")
    assert {d for d, _ in edges(x, "INDICATED_FOR")} == {"ZX-101"}
    assert edges(x, "DEVELOPS") == {("Acmetica", "ZX-101")}


def test_relations_a_drug_opening_its_own_clause_after_a_course_keeps_its_indication() -> None:
    x = run(
        "Acmetica Inc. announced that the FDA approved ZX-101 for patients with CLL after two "
        "prior lines of therapy, and lumatuzumab is now approved for patients with Hodgkin "
        "lymphoma."
    )
    assert ("lumatuzumab", "Hodgkin lymphoma") in edges(x, "INDICATED_FOR")


def test_relations_obesity_is_a_disease_a_drug_is_indicated_for() -> None:
    # (the ontology's disease, not a generic word: "chronic weight management in adults with
    # obesity" is an approved indication)
    x = run("QX-101 is approved for chronic weight management in adults with obesity.")
    assert edges(x, "INDICATED_FOR") == {("QX-101", "obesity")}


def test_relations_a_clause_a_semicolon_opens_with_its_own_subject_keeps_its_drug() -> None:
    x = run(
        "Bolt Pharma raised $40 million in a private placement; Quorvan Pharma reported data "
        "from a Phase 2 trial of zorvetinib."
    )
    assert ("Quorvan Pharma", "zorvetinib") in edges(x, "DEVELOPS")
    assert ("Bolt Pharma", "zorvetinib") not in edges(x, "DEVELOPS")


def test_relations_a_biosimilars_reference_product_gets_no_edges() -> None:
    # "QX-17, a proposed biosimilar to Brand (inn)": the reference product is a comparator
    copied = run(
        "Acmetica Therapeutics, Inc. today announced that the FDA accepted its application for "
        "QX-17, a proposed biosimilar to Zorvexa® (zorbimab), for the treatment of metastatic "
        "breast cancer."
    )
    assert edges(copied, "DEVELOPS") == {("Acmetica Therapeutics", "QX-17")}
    assert edges(copied, "INDICATED_FOR") == {("QX-17", "breast cancer")}
    assert "zorbimab" in names(copied, "Molecule")
    # two brands of the reference product after a slash, the cue "biosimilar candidate
    # referencing"
    listed = run(
        "Acmetica Therapeutics, Inc. announced that Lumazant®, a biosimilar candidate "
        "referencing Zorvexa® / Quilvexa® (zorbimab), is approved for metastatic breast cancer."
    )
    assert edges(listed, "DEVELOPS") == {("Acmetica Therapeutics", "Lumazant")}
    assert edges(listed, "INDICATED_FOR") == {("Lumazant", "breast cancer")}
    # a headline's "inn biosimilar": an unnamed biosimilar, no drug of the announcers
    headline = run(
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals Announce Lumizumab Biosimilar"
    )
    assert edges(headline, "DEVELOPS") == set()


def test_relations_a_biosimilar_named_as_its_reference_product_keeps_its_edges() -> None:
    # the biosimilar is a name of the same drug before the cue ("inn-abcd, a biosimilar to
    # Brand")
    suffixed = run(
        "Acmetica Therapeutics, Inc. announced that zorbimab-qxvb, a biosimilar to Zorvexa® "
        "(zorbimab), is approved for metastatic breast cancer."
    )
    assert ("Acmetica Therapeutics", "zorbimab") in edges(suffixed, "DEVELOPS")
    assert ("zorbimab", "breast cancer") in edges(suffixed, "INDICATED_FOR")


def test_relations_a_marketed_brand_before_a_code_is_the_combination_s_backbone() -> None:
    x = run(
        "Bolt Pharmaceuticals and Acmetica Therapeutics, Inc. announced a clinical "
        "collaboration to evaluate Bolt's Zorvia (zorbimab) with Acmetica's investigational "
        "medicine, ACM-214. The Phase 1/2 trials will evaluate the combination of Zorvia and "
        "ACM-214 in melanoma and bladder cancer patients."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert ("ACM-214", "melanoma") in indicated
    assert ("ACM-214", "bladder cancer") in indicated
    assert not {pair for pair in indicated if pair[0] == "zorbimab"}


def test_relations_a_maker_s_brand_opening_a_combination_with_a_code_is_its_partner() -> None:
    x = run(
        "Acmetica will conduct a Phase 1b trial to investigate the combination of Bolt's "
        "anti-PD-1 therapy, ZORVIA® (zorbimab), with Acmetica's proprietary drug candidate "
        "ACM13 for the treatment of patients with Hodgkin lymphoma."
    )
    indicated = edges(x, "INDICATED_FOR")
    assert ("ACM13", "Hodgkin lymphoma") in indicated
    assert ("zorbimab", "Hodgkin lymphoma") not in indicated


@pytest.mark.parametrize(
    ("sentence", "lead", "partner"),
    [
        # the code first: the order tells
        (
            "The trial evaluates the combination of ACM-214 and Zorvia (zorbimab) in melanoma.",
            "ACM-214",
            "zorbimab",
        ),
        # the first drug named by its INN, not a brand: the order tells
        (
            "The trial evaluates the combination of zorbimab and ACM-214 in melanoma.",
            "zorbimab",
            "ACM-214",
        ),
        # another named drug after the code: the order tells
        (
            "The trial evaluates the combination of Zorvia (zorbimab), ACM-214 and gemcitabine "
            "in melanoma.",
            "zorbimab",
            "ACM-214",
        ),
    ],
)
def test_relations_a_combination_s_order_tells_its_lead_unless_a_brand_opens_it_before_codes(
    sentence: str, lead: str, partner: str
) -> None:
    indicated = edges(run(sentence), "INDICATED_FOR")
    assert (lead, "melanoma") in indicated
    assert (partner, "melanoma") not in indicated


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        (
            "The company's oral receptor modulator, zorbimab, is being developed to treat "
            "gastrointestinal and dermatological immuno-inflammatory diseases.",
            "immuno-inflammatory diseases",
        ),
        (
            "Zorbimab, a potential first-in-class antibody, is being developed to treat rare "
            "immune-mediated diseases.",
            "immune-mediated diseases",
        ),
    ],
)
def test_relations_an_immune_disease_class_named_as_the_indication(text: str, disease: str) -> None:
    x = run(text)
    assert ("zorbimab", disease) in edges(x, "INDICATED_FOR")


def test_relations_an_immune_disease_class_a_company_focuses_on_is_no_disease() -> None:
    x = run("Acme Bio, a company focused on immune-mediated diseases, reported results.")
    assert not names(x, "Disease")


def test_relations_no_indication_for_the_disease_that_causes_the_indication() -> None:
    x = run(
        "Acme announced that the FDA accepted its NDA for zorvaclimab, as a potential treatment "
        "for lupus nephritis (LN), a serious inflammation of the kidneys caused by the "
        "autoimmune disease systemic lupus erythematosus (SLE)."
    )
    assert ("zorvaclimab", "lupus nephritis") in edges(x, "INDICATED_FOR")
    assert ("zorvaclimab", "systemic lupus erythematosus") not in edges(x, "INDICATED_FOR")


def test_relations_no_indication_where_the_safety_profile_is_known() -> None:
    x = run(
        "Zorbatinib is in Phase 3 for alopecia areata. The safety profile of "
        "zorbatinib was consistent with the drug's known safety profile in patients with "
        "rheumatoid arthritis (RA) and atopic dermatitis (AD)."
    )
    found = edges(x, "INDICATED_FOR")
    assert ("zorbatinib", "alopecia areata") in found
    assert ("zorbatinib", "rheumatoid arthritis") not in found
    assert ("zorbatinib", "atopic dermatitis") not in found


def test_relations_no_indication_for_the_examples_of_a_range_a_drug_may_treat() -> None:
    x = run(
        "Acme licensed ZX-101, a CD19-targeted ADC candidate for hematological tumors. "
        "Preclinical data suggest that ZX-101 may be an effective treatment option for various "
        "B-cell cancers including diffuse large B-cell lymphoma (DLBCL) and Burkitt lymphoma."
    )
    found = edges(x, "INDICATED_FOR")
    assert ("ZX-101", "diffuse large B-cell lymphoma") not in found
    assert ("ZX-101", "Burkitt lymphoma") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Acme expects the approval in Europe for a psoriasis cream (zorbatinib and lumamab) "
        "commercialised under the tradename Zorvia in the US.",
        "Acme received an orphan drug designation for Zorvia for the treatment of psoriasis. "
        "Zorvia is a novel oral formulation of zorbatinib, in which the active pharmaceutical "
        "ingredient is lumamab, for the treatment of psoriasis.",
    ],
)
def test_relations_no_indication_for_what_a_product_is_made_of(text: str) -> None:
    found = edges(run(text), "INDICATED_FOR")
    assert ("zorbatinib", "psoriasis") not in found
    assert ("lumamab", "psoriasis") not in found
