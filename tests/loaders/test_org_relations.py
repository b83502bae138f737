"""Organisations and the deals between them, on invented release sentences in many styles."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import edges, names, run


def _pairs(text: str) -> set[frozenset[str]]:
    return {frozenset(p) for p in edges(run(text), "COLLABORATES_WITH")}


# (text, partners the text states, pairs it must not give)
PARENTS_AND_UNITS = [
    (
        "Under the agreement, Halvora Pharma's Tokyo Research Laboratories will run the "
        "screening work with Quintaris Bio.",
        [("Halvora Pharma", "Quintaris Bio")],
        [("Halvora Pharma", "Tokyo Research Laboratories")],
    ),
    (
        "Under the deal, Brennmoor Cancer Trust's Drug Discovery Unit will progress the small "
        "molecule projects.",
        [],
        [("Brennmoor Cancer Trust", "Drug Discovery Unit")],
    ),
    (
        "Ardent Bioscience, the research arm of Kessler Pharma, today announced an option "
        "agreement with Lumeris Therapeutics.",
        [("Ardent Bioscience", "Lumeris Therapeutics")],
        [("Kessler Pharma", "Lumeris Therapeutics"), ("Ardent Bioscience", "Kessler Pharma")],
    ),
    (
        "Halvora Pharmaceuticals Ltd's shares were up 2 per cent after the company announced "
        "that its subsidiary, Kestrel Oncology S.A., and Pennox Therapeutics have entered into "
        "licence agreements for PNX-40 in Europe.",
        [],
        [("Halvora Pharmaceuticals", "Kestrel Oncology")],
    ),
    (
        "Halvora Pharma's subsidiary Kestrel Oncology signed an agreement with Pennox "
        "Therapeutics to co-develop PNX-40.",
        [("Kestrel Oncology", "Pennox Therapeutics")],
        [("Halvora Pharma", "Kestrel Oncology"), ("Halvora Pharma", "Pennox Therapeutics")],
    ),
    (
        "Corvane Holdings' oncology unit, Marlowe Biologics, has partnered with Tessaly "
        "Therapeutics on TSY-5.",
        [("Marlowe Biologics", "Tessaly Therapeutics")],
        [("Corvane Holdings", "Marlowe Biologics"), ("Corvane Holdings", "Tessaly Therapeutics")],
    ),
    (
        "Halvora Pharma's Kestrel Oncology unit and the University of Westbridge will "
        "collaborate on biomarkers.",
        [("Kestrel Oncology", "University of Westbridge")],
        [("Halvora Pharma", "Kestrel Oncology")],
    ),
    (
        "Veltrio Oncology, a unit of Halvard Group, and Pennox Therapeutics signed a licence "
        "agreement for PNX-12.",
        [("Veltrio Oncology", "Pennox Therapeutics")],
        [("Halvard Group", "Pennox Therapeutics"), ("Halvard Group", "Veltrio Oncology")],
    ),
    (
        "Marlowe Biologics, a wholly owned subsidiary of Corvane Holdings, entered into a "
        "collaboration with Tessaly Therapeutics to develop TSY-4.",
        [("Marlowe Biologics", "Tessaly Therapeutics")],
        [("Corvane Holdings", "Tessaly Therapeutics")],
    ),
    (
        "Quandrix Bio, a subsidiary of Pellmark Group, and the Nordhaven Cancer Centre will "
        "collaborate on a Phase 1 trial of QDX-3.",
        [("Quandrix Bio", "Nordhaven Cancer Centre")],
        [("Pellmark Group", "Nordhaven Cancer Centre")],
    ),
    (
        'Halvora Pharma and Quintaris Bio, Inc. ("Quintaris"), a subsidiary wholly owned by '
        "Halvora Pharma, today announced that Pennox Shinyaku will distribute ZX-101 in Japan "
        "under a licence agreement.",
        [],
        [("Halvora Pharma", "Quintaris Bio")],
    ),
    (
        "Heliant Therapeutics, a portfolio company of Bramwell Capital, announced a research "
        "collaboration with the Altheim Institute.",
        [("Heliant Therapeutics", "Altheim Institute")],
        [("Bramwell Capital", "Altheim Institute")],
    ),
    (
        "Orvane Pharma today announced that it has completed the acquisition of Kestrel "
        "Oncology, a subsidiary of Halvora Pharma.",
        [],
        [("Orvane Pharma", "Kestrel Oncology"), ("Orvane Pharma", "Halvora Pharma")],
    ),
    (
        "Larkspur Medicines licensed larzumab from Cobalt Biotherapeutics in 2019 and is "
        "developing it with Ostrava Bio.",
        [("Larkspur Medicines", "Cobalt Biotherapeutics"), ("Larkspur Medicines", "Ostrava Bio")],
        [("Cobalt Biotherapeutics", "Ostrava Bio")],
    ),
    (
        "Zentavo Pharma and its Chinese partner, Yantai Greenfield Biotech, will "
        "co-commercialize ZTV-11 in China.",
        [("Zentavo Pharma", "Yantai Greenfield Biotech")],
        [],
    ),
    (
        "In collaboration between Quillex, the technology-transfer company of the Westbridge "
        "University, biopharmaceutical company Tessaly Therapeutics will sponsor a research "
        "program.",
        [],
        [("Quillex", "Westbridge University")],
    ),
    (
        "Halvora Holdings has announced the signing of a five-year drug-discovery collaboration "
        "between its subsidiary, Lindvall Therapeutics, and Tessaly Pharmaceuticals.",
        [("Lindvall Therapeutics", "Tessaly Pharmaceuticals")],
        [("Halvora", "Lindvall Therapeutics")],
    ),
    (
        "Biopharmaceutical company Quintaris Therapeutics signed two licensing agreements to "
        "expand access to its lung cancer drug QTX-302 in Taiwan, according to its parent "
        "company Corvane Biopharm Co.",
        [],
        [("Quintaris Therapeutics", "Corvane Biopharm")],
    ),
]


@pytest.mark.parametrize(("text", "partners", "not_partners"), PARENTS_AND_UNITS)
def test_org_relations_a_parent_is_not_its_units_partner_nor_a_party_of_its_deal(
    text: str, partners: list[tuple[str, str]], not_partners: list[tuple[str, str]]
) -> None:
    got = _pairs(text)
    assert {frozenset(p) for p in partners} <= got
    assert not {frozenset(p) for p in not_partners} & got


@pytest.mark.parametrize(
    "opener",
    [
        "Lindvall Discovery – Brennmoor Pharma's drug discovery arm – and",
        "Lindvall Discovery, Brennmoor Pharma's drug discovery arm, and",
        "Lindvall Discovery (Brennmoor Pharma's drug discovery engine) and",
    ],
)
def test_org_relations_a_parent_in_an_apposition_is_not_a_party(opener: str) -> None:
    text = f"{opener} the Altheim Institute have announced a three-year strategic partnership."
    got = _pairs(text)
    assert frozenset(("Brennmoor Pharma", "Altheim Institute")) not in got
    assert frozenset(("Brennmoor Pharma", "Lindvall Discovery")) not in got


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Lindvall Bio, Brennmoor Pharma's biotech unit, has gained global rights to "
            "zorbimab for the treatment of psoriasis.",
            "Lindvall Bio",
        ),
        (
            "Brennmoor Pharma's wholly-owned subsidiary, Lindvall Biologics Ltd, received "
            "marketing authorisation for zorbimab.",
            "Lindvall Biologics",
        ),
        (
            "Brennmoor Pharma's subsidiary Lindvall Bio and its partner Altheim Therapeutics won "
            "approval of the firms' psoriasis drug zorbimab.",
            "Lindvall Bio",
        ),
        (
            "Brennmoor Pharma's (NYSE:BRN) Lindvall Bio inks an exclusive license agreement with "
            "Altheim Therapeutics for the development of zorbimab for the treatment of psoriasis.",
            "Lindvall Bio",
        ),
        (
            "Brennmoor Pharma's Lindvall Bio has gained global rights to zorbimab for the "
            "treatment of psoriasis.",
            "Lindvall Bio",
        ),
    ],
)
def test_org_relations_the_parent_of_a_named_unit_develops_none_of_its_drugs(
    text: str, unit: str
) -> None:
    found = edges(run(text), "DEVELOPS")
    assert (unit, "zorbimab") in found
    assert ("Brennmoor Pharma", "zorbimab") not in found


def test_org_relations_a_company_named_before_a_deal_it_made_is_no_parent() -> None:
    x = run(
        "Brennmoor Pharma's Lindvall Bio acquisition gave it global rights to zorbimab for the "
        "treatment of psoriasis."
    )
    assert ("Brennmoor Pharma", "zorbimab") in edges(x, "DEVELOPS")


def test_org_relations_a_company_s_unnamed_unit_is_the_company() -> None:
    x = run("Brennmoor Pharma's oncology unit received marketing authorisation for zorbimab.")
    assert ("Brennmoor Pharma", "zorbimab") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Under the terms of the agreement, Hoshimoto Pharmaceutical will receive an upfront "
        "payment of $50 million from Daewon Biologics.",
        "Under the agreement, Hoshimoto Pharmaceutical is eligible to receive up to $300 million "
        "in development and sales milestones from Daewon Biologics, plus tiered royalties.",
        "As part of the collaboration, Hoshimoto Pharmaceutical will receive $25 million upfront "
        "from Daewon Biologics.",
        "Hoshimoto Pharmaceutical received a $10 million milestone payment from Daewon "
        "Biologics under their 2021 partnership.",
    ],
)
def test_org_relations_who_pays_under_a_deal_is_a_party(text: str) -> None:
    assert _pairs(text) == {frozenset(("Hoshimoto Pharmaceutical", "Daewon Biologics"))}


@pytest.mark.parametrize(
    "text",
    [
        "Arvanta, Inc. signed an agreement with Pelloris Inc. after receiving data from the "
        "Altheim Institute.",
        "Arvanta, Inc. entered a partnership with Pelloris Inc.; the company also received a "
        "$2 million grant from the Altheim Institute.",
    ],
)
def test_org_relations_data_or_a_grant_from_a_body_names_no_party(text: str) -> None:
    assert _pairs(text) == {frozenset(("Arvanta", "Pelloris"))}


@pytest.mark.parametrize(
    "text",
    [
        "The agreement grants Ostrava Bio an exclusive option to license ZPH-110 from Zephan Bio.",
        "Under the deal, Ostrava Bio will receive an option to acquire worldwide rights to "
        "ZPH-110 after the Phase 1 study.",
        "Ostrava Bio has an exclusive option to in-license ZPH-110 from Zephan Bio following "
        "completion of the Phase 2 trial.",
        "Zephan Bio granted Ostrava Bio an option on ZPH-110, its lead CD19 antibody, in "
        "exchange for $10 million.",
        "Ostrava Bio obtains an option to co-develop ZPH-110 with Zephan Bio in the United States.",
    ],
)
def test_org_relations_the_holder_of_an_option_not_exercised_develops_nothing_yet(
    text: str,
) -> None:
    assert ("Ostrava Bio", "ZPH-110") not in edges(run(text), "DEVELOPS")


def test_org_relations_an_exercised_option_gives_rights() -> None:
    x = run("Ostrava Bio has exercised its option to license ZPH-110 from Zephan Bio.")
    assert ("Ostrava Bio", "ZPH-110") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Nordvik Pharma A/S will pay Salterra Inc. $30 million upfront and up to $500 million in "
        "milestones.",
        "Nordvik Pharma A/S paid an upfront fee of $15 million to Salterra Inc. for rights in "
        "Europe.",
        "Nordvik Pharma A/S will pay Salterra Inc. $60 million up front to discover new "
        "radiopharmaceuticals.",
    ],
)
def test_org_relations_an_upfront_payment_makes_payer_and_payee_partners(text: str) -> None:
    assert _pairs(text) == {frozenset(("Nordvik Pharma", "Salterra"))}


def test_org_relations_an_upfront_payment_to_buy_a_company_is_no_partnership() -> None:
    assert not _pairs("Nordvik Pharma A/S will pay $40 million upfront to acquire Salterra Inc.")


def test_org_relations_the_payees_of_one_upfront_payment_are_not_partners() -> None:
    text = (
        "Nordvik Pharma A/S will make an upfront payment of $20 million to Salterra Inc. and "
        "Quillon Biotech."
    )
    assert frozenset(("Salterra", "Quillon Biotech")) not in _pairs(text)


def test_org_relations_licensed_by_a_company_from_another_names_both_parties() -> None:
    text = "QTB-990, licensed by Holmvik AG from Quintaris Bio, entered Phase 2 in gastric cancer."
    x = run(text)
    assert {frozenset(p) for p in edges(x, "COLLABORATES_WITH")} == {
        frozenset(("Holmvik", "Quintaris Bio"))
    }
    assert ("Holmvik", "QTB-990") in edges(x, "DEVELOPS")


def test_parent_described_after_owned_by_is_no_party() -> None:
    x = run(
        "Bolt Pharmaceutical Co., which is 60 percent owned by Swiss healthcare company Quarro "
        "Holding AG, can exercise an exclusive option to license QX-101 from Acme Bio, Inc."
    )
    parties = {frozenset(pair) for pair in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Bolt Pharmaceutical", "Acme Bio")) in parties
    assert not any("Quarro" in org for pair in parties for org in pair)
    assert not any("Quarro" in org for org, _ in edges(x, "DEVELOPS"))


def test_group_of_a_known_company_and_capital_legal_forms() -> None:
    x = run(
        'Daiichi Sankyo Group Company Limited ("Daiichi Sankyo") said that its partner, '
        'Bolt, INC. ("Bolt"), filed for QX-101.'
    )
    assert {n.name for n in x.nodes if str(n.label) == "Organization"} == {"Daiichi Sankyo", "Bolt"}


def test_deal_party_of_several_words_without_a_head_word() -> None:
    x = run("Acme Bio, Inc. announced a strategic partnership with Quillon Life Systems today.")
    assert "Quillon Life Systems" in {n.name for n in x.nodes}


def test_two_deals_in_two_clauses_with_subjects_of_their_own() -> None:
    pairs = _pairs(
        "Acme Bio, Inc. entered a $1 billion upfront agreement for Bolt Therapeutics' candidate "
        "QX-707, and Corvex Pharma pledged $3 billion upfront for a bispecific from Dunmore "
        "Biotech, Inc."
    )
    assert pairs == {
        frozenset(("Acme Bio", "Bolt Therapeutics")),
        frozenset(("Corvex Pharma", "Dunmore Biotech")),
    }


def test_subjects_listed_before_one_verb_are_one_clause() -> None:
    pairs = _pairs(
        "Quillon Hospital, the Dunmore Institute, and Acme Bio, Inc. (NASDAQ: ACMB) announced "
        "a strategic collaboration to discover new therapies."
    )
    assert len(pairs) == 3


def test_deal_party_named_with_of() -> None:
    pairs = _pairs("Acme Bio, Inc. signed a licence agreement with University of Quillon today.")
    assert pairs == {frozenset(("Acme Bio", "University of Quillon"))}


def test_the_company_of_the_sentence_before_is_a_party() -> None:
    pairs = _pairs(
        "Shares of Acme Bio, Inc. rose 20% on Tuesday. The gain came after the company "
        "announced a deal to license QX-1777 to Bolt Pharma, Inc."
    )
    assert pairs == {frozenset(("Acme Bio", "Bolt Pharma"))}
    alone = _pairs(
        "Shares of Acme Bio, Inc. rose 20% on Tuesday.\n\nLater, Corvex said the company "
        "announced a deal to license QX-1777 to Bolt Pharma, Inc."
    )
    assert frozenset(("Acme Bio", "Bolt Pharma")) not in alone


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica will co-promote QX-1 in the U.S., along with Bolt’s U.S. commercial "
        "oncology unit, Zeno Pharma.",
        "Bolt Pharma and Zeno Pharma, the Company's global biologics research arm, today "
        "entered into a collaboration with Acmetica Therapeutics, Inc. on QX-1.",
    ],
)
def test_org_relations_a_company_and_its_own_unit_are_no_partners(text: str) -> None:
    x = run(text)
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Bolt Pharma", "Zeno Pharma")) not in pairs


def test_org_relations_an_abbreviation_in_brackets_is_no_new_party() -> None:
    x = run(
        "Quill University and Acmetica Therapeutics, Inc. launch a joint program at the "
        "Zeno Research Center (ZRC)."
    )
    assert {frozenset(p) for p in edges(x, "COLLABORATES_WITH")} == {
        frozenset(("Quill University", "Acmetica Therapeutics"))
    }


def test_org_relations_a_unit_named_with_its_parent_is_no_partner_of_it() -> None:
    x = run(
        "Osaka University and Acmetica Therapeutics, Inc. have announced a collaboration "
        "agreement for research between the Osaka University Immunology Frontier Research "
        "Center (IFReC) and Acmetica."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Acmetica Therapeutics", "Osaka University")) in pairs
    assert not any(
        "Osaka University" in p and len(p) == 2 and any("Frontier" in n for n in p) for p in pairs
    )


def test_org_relations_the_group_a_party_belongs_to_is_no_party() -> None:
    x = run(
        'Janssen Biotech, Inc. ("Janssen"), one of the Janssen Pharmaceutical Companies of '
        "Johnson & Johnson, announced that it has executed a global license agreement with "
        "Bolt Pharmaceuticals for the anti-cancer compound zorbimab."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharmaceuticals", "Janssen")}
    assert ("Johnson & Johnson", "zorbimab") not in edges(x, "DEVELOPS")


def test_org_relations_a_described_owner_is_no_party_and_a_conducting_company_is() -> None:
    x = run(
        "Zeno Biotech, owned by US medical device and drug developer Quillix Holdings, said it "
        "has inked a deal with Bolt Pharmaceuticals to jointly develop two CAR-T therapies."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharmaceuticals", "Zeno Biotech")}
    y = run(
        "The study enrolled 392 patients and was conducted by Acmetica Therapeutics in "
        "collaboration with the Bolt Pharmaceuticals Group."
    )
    assert edges(y, "COLLABORATES_WITH") == {("Acmetica Therapeutics", "Bolt Pharmaceuticals")}


def test_org_relations_each_party_of_a_list_with_abbreviations_is_the_licensee_s() -> None:
    x = run(
        "Acmetica Therapeutics Inc. announced that it has entered into two license agreements "
        "with Quill Health Network (QHN) and The Hospital for Sick Children (SickKids) in "
        "Toronto, granting Acmetica worldwide rights to two immunology programs."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert pairs == {
        frozenset(("Acmetica Therapeutics", "Quill Health Network")),
        frozenset(("Acmetica Therapeutics", "Hospital for Sick Children")),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The University of Pennsylvania granted Novartis exclusive, worldwide rights to develop "
        "and commercialize CAR immunotherapies for cancer.",
        "Novartis has teamed with the University of Pennsylvania to bring CAR therapies to market.",
        "The University of Pennsylvania and Novartis have joined forces to develop CAR therapies.",
    ],
)
def test_collaborations_news_style_cues(text: str) -> None:
    assert edges(run(text), "COLLABORATES_WITH") == {("Novartis", "University of Pennsylvania")}


def test_collaborations_researchers_at_an_institution_and_a_known_company_with_its_head() -> None:
    x = run(
        "BioInvent International today announced a two-year research collaboration with "
        "leading antibody researchers at the University of Southampton."
    )
    assert edges(x, "COLLABORATES_WITH") == {
        ("BioInvent International", "University of Southampton")
    }
    y = run(
        "Privately-held Immatics Biotechnologies today announced an option agreement with "
        "Celgene. Tuebingen, Germany-based Immatics may develop TCR-T programs."
    )
    assert edges(y, "COLLABORATES_WITH") == {("Celgene", "Immatics")}


def test_org_relations_a_parent_named_after_what_it_is_is_no_party() -> None:
    x = run(
        "A joint venture of Shanghai Fosun Pharmaceutical Group has obtained the rights from "
        "Kite Pharma, a subsidiary of U.S. drugmaker Gilead, to sell the therapy in China."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Kite", "Shanghai Fosun Pharmaceutical")}


def test_org_relations_investors_named_partners_state_no_collaboration() -> None:
    x = run(
        "Quorvan Biotherapeutics was founded in 2015 as a spin-off of the University of Stellis "
        "and has raised €30 million from investors including Brightwater Capital Partners, "
        "Helix Ventures and Arlo Partners Life Sciences."
    )
    assert edges(x, "COLLABORATES_WITH") == set()


def test_org_relations_a_headline_s_nationality_and_kind_describe_the_company_named_next() -> None:
    x = run(
        "US Zentavo Pharma to Acquire German Biotech Quorvan\n\n"
        "Zentavo Pharma has announced plans to acquire Germany-based Quorvan. Quorvan’s lead "
        "candidate, QRV-100, is in Phase 1 development."
    )
    assert "German Biotech" not in names(x, "Organization")
    assert ("Zentavo Pharma", "Quorvan") in edges(x, "ACQUIRES")
    assert edges(x, "DEVELOPS") == {("Quorvan", "QRV-100")}


def test_developers_the_places_a_trial_takes_place_at_develop_nothing() -> None:
    x = run(
        "Quorvan Therapeutics has dosed the first patient in a Phase I trial of QRV-100. The "
        "trial, which will enroll 18 patients and will take place at the University of Stellis "
        "and the University of Orvan, will assess the safety of QRV-100."
    )
    assert edges(x, "DEVELOPS") == {("Quorvan Therapeutics", "QRV-100")}


def test_developers_a_unit_the_data_come_from_develops_nothing() -> None:
    x = run(
        "Zentavo Pharma will lead the development of QRX-4083. Zentavo Pharma also will leverage "
        "unique data from its Helix Genetics subsidiary to inform the potential use of QRX-4083 "
        "in indications beyond atopic dermatitis."
    )
    assert edges(x, "DEVELOPS") == {("Zentavo Pharma", "QRX-4083")}


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Pharma and Quorvan Therapeutics announced they will be working together to "
        "develop a new treatment for rheumatoid arthritis.",
        "Zentavo Pharma will join with Quorvan Therapeutics to develop small molecule drugs.",
    ],
)
def test_collaborations_working_together_and_joining_with(text: str) -> None:
    assert _pairs(text) == {frozenset(("Zentavo Pharma", "Quorvan Therapeutics"))}


@pytest.mark.parametrize(
    "text",
    [
        "Zorvexa, developed by Zentavo Pharma and Quorvan Therapeutics, represents the first "
        "approval of a gene-editing medicine in the United States.",
        "This is the first approval for a biosimilar product developed by Zentavo Pharma and "
        "Quorvan Therapeutics, which joined the project in 2009.",
    ],
)
def test_collaborations_one_product_developed_by_two_companies(text: str) -> None:
    assert _pairs(text) == {frozenset(("Zentavo Pharma", "Quorvan Therapeutics"))}


@pytest.mark.parametrize(
    "text",
    [
        "Its pipeline includes programs developed by Zentavo Pharma and Quorvan Therapeutics.",
        "Zorvexa and Boltamab, developed by Zentavo Pharma and Quorvan Therapeutics "
        "respectively, were approved in May.",
        "Zorvexa was developed by Zentavo Pharma, and Quorvan Therapeutics began its trials.",
    ],
)
def test_collaborations_developers_of_several_products_are_not_partners(text: str) -> None:
    assert _pairs(text) == set()


def test_collaborations_licensors_listed_after_one_from_are_not_each_other_s_partners() -> None:
    x = run(
        "Pyxis Oncology has in-licensed QRX-201 from Zentavo Pharma Inc. and Quorvan "
        "Biosciences Inc. to expand its pipeline."
    )
    assert _pairs(x.document.text) == {
        frozenset(("Pyxis Oncology", "Zentavo Pharma")),
        frozenset(("Pyxis Oncology", "Quorvan Biosciences")),
    }


def test_collaborations_a_person_s_former_employer_is_no_party() -> None:
    x = run(
        "Founded by Jane Roe, formerly Zentavo Pharma's VP of oncology, Quorvan Therapeutics "
        "aims to develop a pipeline through licensing and partnering."
    )
    assert edges(x, "COLLABORATES_WITH") == set()


def test_collaborations_the_startup_of_the_sentence_before_is_a_party() -> None:
    x = run(
        "BEIJING – Quorvan Pharmaceuticals Co. Ltd. has found a partner to advance its SHP2 "
        "inhibitor QRX-3068. The Chinese startup will work with pharma giant Zentavo Inc. to "
        "develop and commercialize the program."
    )
    assert _pairs(x.document.text) == {frozenset(("Quorvan Pharmaceuticals", "Zentavo"))}


def test_collaborations_rights_listed_with_commas_and_a_partner_opening_in_lower_case() -> None:
    x = run(
        "Zentavo Holdings, Inc. announced today it has acquired the exclusive, worldwide rights "
        "to develop and commercialize QRX-1309, an imaging agent from Quorvan Therapeutics, Inc."
    )
    assert _pairs(x.document.text) == {frozenset(("Zentavo", "Quorvan Therapeutics"))}
    y = run(
        "Zentavo Pharma has obtained exclusive worldwide rights to FAP targeting agents through "
        "an assignment agreement with qTheranostics, an affiliate of Quorvan Biosciences."
    )
    assert _pairs(y.document.text) == {frozenset(("Zentavo Pharma", "qTheranostics"))}


def test_collaborations_the_parents_of_a_joint_venture_are_partners() -> None:
    x = run(
        "In addition, Zentavo Quorvan BioPharma, a joint venture formed by Zentavo "
        "Pharmaceuticals and Quorvan Therapeutics, is working to develop QRX-101 in China."
    )
    assert _pairs(x.document.text) == {
        frozenset(("Zentavo Pharmaceuticals", "Quorvan Therapeutics"))
    }


def test_collaborations_a_subsidiary_merged_into_its_parent_leaves_the_partner_a_partner() -> None:
    # (the curated companies roll the subsidiary up to its parent, Huadong Medicine)
    x = run(
        "In February, Zentavo Pharma and Hangzhou Zhongmei Huadong Pharmaceutical Co., Ltd., a "
        "wholly-owned subsidiary of Huadong Medicine Co., Ltd. (Huadong Medicine) announced a "
        "strategic collaboration to develop and commercialize QRX-101 in Asia."
    )
    assert _pairs(x.document.text) == {frozenset(("Zentavo Pharma", "Huadong Medicine"))}


def test_org_relations_initials_written_apart_open_an_institution_s_name() -> None:
    x = run(
        "Zentavo Therapeutics and The University of Zentaria M. D. Bolton Cancer Center today "
        "announced a strategic alliance."
    )
    assert names(x, "Organization") == {
        "Zentavo Therapeutics",
        "University of Zentaria M. D. Bolton Cancer Center",
    }


def test_org_relations_a_unit_an_institution_acts_through_is_no_partner_of_it() -> None:
    x = run(
        "Quorvan University, through its new Institute for Applied Zentology, will collaborate "
        "with Zentavo Therapeutics on preclinical research."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Quorvan University", "Institute for Applied Zentology"}) not in pairs
    assert frozenset({"Quorvan University", "Zentavo Therapeutics"}) in pairs


def test_org_relations_an_investor_named_by_its_financing_round_is_no_partner() -> None:
    x = run(
        "The agreement builds upon a Quorvan Innovation – QVDC, Inc. Series B venture financing "
        "from 2013 in support of Zentavo Therapeutics' pipeline of oral peptides."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    y = run("Zentavo Therapeutics and Bolt Pharma entered into a collaboration agreement.")
    assert edges(y, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}


def test_org_relations_the_institution_a_quoted_academic_directs_in_is_no_partner() -> None:
    x = run(
        '"This is an essential step in our work with Bolt Pharma," said Jo Roe, MD, the '
        "Professor in Immunotherapy and director of Research in the Quorvan Cancer Center. "
        "Zentavo University develops ZX-019 with Bolt Pharma. Zentavo University said more."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert not any("Quorvan Cancer Center" in p for p in pairs)


def test_org_relations_partners_listed_after_a_preposition_are_not_each_other_s() -> None:
    x = run(
        "Zentavo Therapeutics also has five partner-funded programs that are being developed by "
        "Bolt Pharma, Quorvan Pharma and Novartis under partnerships."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert pairs == {
        frozenset(("Zentavo Therapeutics", other))
        for other in ("Bolt Pharma", "Quorvan Pharma", "Novartis")
    }


def test_org_relations_a_list_after_a_preposition_that_holds_the_subject_names_partners() -> None:
    x = run(
        "Zentavo Therapeutics announced data on the ADC co-developed by Zentavo Therapeutics and "
        "Bolt Pharma, ZX-0202."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}


def test_org_relations_teaming_with_two_partners_joins_all_three() -> None:
    x = run(
        "Zentavo Therapeutics is teaming with Quorvan University and Bolt Pharma on three projects."
    )
    assert len(edges(x, "COLLABORATES_WITH")) == 3


def test_org_relations_the_company_a_licence_clause_opens_on_is_the_partner() -> None:
    x = run(
        "The designation was received by Bolt Pharma, a global leader in skin health, with whom "
        "Zentavo Therapeutics made a license agreement for the development of zorbimab."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}


def test_org_relations_investors_listed_in_a_financing_are_no_partners() -> None:
    x = run(
        "Zentavo Therapeutics raised $50 million in a Series B financing led by Bolt Ventures "
        "with participation from Quorvan Capital and Arvo Partners, to advance its "
        "collaboration programs."
    )
    assert edges(x, "COLLABORATES_WITH") == set()


def test_org_relations_a_venture_investor_is_an_organisation_and_no_partner() -> None:
    # an investor named after what it is, or as the one that led the round, is a company
    # that funds: no party of the licence or research the release speaks of
    x = run(
        "Thanks to a team working within a research institute, Zentavo AB has a head start, "
        "according to new investor Quorvex. Quorvex and Arvo Seeds co-led a SEK40 million "
        "($4.4 million) series A round for the newco to develop a compound licensed from the "
        "Springfield Institute. Seed-stage venture fund Tellimar joined in announcing it. The "
        "cash will allow Zentavo to start a Phase 1 trial."
    )
    assert {"Quorvex", "Tellimar"} <= names(x, "Organization")
    # (the newco's licensor stays its partner)
    pairs = {frozenset(pair) for pair in edges(x, "COLLABORATES_WITH")}
    assert pairs == {frozenset({"Zentavo", "Springfield Institute"})}


def test_org_relations_working_within_an_institute_states_no_collaboration() -> None:
    # "working within" says where one works; "working with" names a partner
    text = (
        "Zentavo Therapeutics scientists, working within its Springfield Research Institute, "
        "contributed to the structural biology of these targets."
    )
    assert _pairs(text) == set()
    assert _pairs(text.replace("working within its", "working with the")) == {
        frozenset({"Zentavo Therapeutics", "Springfield Research Institute"})
    }


def test_org_relations_merck_serono_is_merck_kgaa_not_msd() -> None:
    x = run("Merck Serono and Zentavo Therapeutics announced a collaboration on ZX-0101.")
    assert edges(x, "COLLABORATES_WITH") == {("Merck KGaA", "Zentavo Therapeutics")}


def test_org_relations_partnerships_with_a_list_name_an_unnamed_subject_s_partners() -> None:
    x = run(
        "This comes as part of a wider strategy, having signed partnerships with Bolt Pharma and "
        "Quorvan Pharma in this area."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    y = run(
        "Under the terms of the strategic agreement with Bolt Pharma, Zentavo Therapeutics will "
        "receive a $25 million milestone payment."
    )
    assert edges(y, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}


def test_org_relations_parties_each_after_its_own_with_are_an_unnamed_subject_s() -> None:
    x = run(
        "The discontinued programs include two antibodies from a partnership with Bolt Pharma, "
        "and a bispecific antibody developed with Quorvan Pharma."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    y = run("Zentavo Therapeutics signed a partnership with Bolt Pharma on two antibodies.")
    assert edges(y, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}
    # (or listed after one: the parties are each the partner of the subject left unnamed)
    z = run(
        "The supply deal with Bolt Pharma starts in May and the trial, in collaboration with "
        "Quorvan Pharma and Bolt Pharma, is scheduled to start next year."
    )
    assert edges(z, "COLLABORATES_WITH") == set()


def test_org_relations_the_two_companies_are_the_two_named_last_together() -> None:
    x = run(
        "Zentavo Therapeutics said it will receive a fee from Bolt Pharma this quarter. The size "
        "of the fee was not disclosed. At the time, the two companies signed a joint research "
        "agreement for the discovery of candidates."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}
    # the deal the two were named in as buyer and bought is the acquisition
    y = run(
        "Bolt Pharma said it would acquire Zentavo Therapeutics. Bolt Pharma said the "
        "acquisition will give it full rights to Zentavo's program. The companies expect to "
        "close the deal in the second quarter."
    )
    assert edges(y, "COLLABORATES_WITH") == set()


def test_org_relations_a_company_and_its_unit_named_after_a_ticker_are_no_partners() -> None:
    x = run(
        "Earlier this month, Zentavo Therapeutics licensed ZX-12525 to Johnson & Johnson ($JNJ) "
        "unit Janssen Pharmaceuticals."
    )
    pairs = {frozenset(p) for p in edges(x, "COLLABORATES_WITH")}
    assert frozenset(("Janssen", "Johnson & Johnson")) not in pairs
    y = run(
        "Zentavo Therapeutics’ ZX-0101 had previously received Priority Medicines (PRIME) "
        "designation."
    )
    assert names(y, "Organization") == {"Zentavo Therapeutics"}


def test_org_relations_the_joint_of_joint_damage_states_no_collaboration() -> None:
    x = run(
        "Zentavo Therapeutics and Bolt Pharma today announced that in a Phase 3 trial in "
        "rheumatoid arthritis, ZX-0123 improved physical function and inhibited progression "
        "of joint damage."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    y = run("Zentavo Therapeutics and Bolt Pharma formed a joint steering committee for ZX-0123.")
    assert edges(y, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Therapeutics")}


@pytest.mark.parametrize(
    "text",
    [
        "Some drugmakers, including Zentavo Pharma, Quillix Bio and Acmetica Therapeutics, "
        "signed licensing deals last year.",
        # (the list's first example may be no recognised party)
        "Several healthcare companies, including Bolt Cell, Zentavo Pharma and Quillix Bio, "
        "posted strong out-licensing results.",
    ],
)
def test_org_relations_companies_listed_as_examples_are_no_partners_of_each_other(
    text: str,
) -> None:
    assert _pairs(text) == set()


def test_org_relations_a_company_set_aside_at_the_sentence_s_start_is_no_party() -> None:
    x = run(
        "In addition to Zentavo Therapeutics, Bolt Pharma has distribution agreements with many "
        "leading healthcare companies including Quorvan Inc. and Nordwind Bio."
    )
    pairs = edges(x, "COLLABORATES_WITH")
    assert not any("Zentavo Therapeutics" in pair for pair in pairs)
    assert ("Bolt Pharma", "Quorvan") in pairs or ("Quorvan", "Bolt Pharma") in pairs


def test_org_relations_a_parent_named_before_its_unit_noun_is_no_partner() -> None:
    x = run(
        "Zentavo Therapeutics, a Bolt Pharma division, today announced that it has entered into a "
        "commercialization agreement with Quorvan Inc. for ZX-0123."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Quorvan", "Zentavo Therapeutics")}


def test_org_relations_a_companys_partners_listed_with_their_cities_are_each_its_own() -> None:
    x = run(
        "The decision follows discussions with Zentavo AG’s EU and US commercialisation "
        "partners Bolt, S.A., Barcelona, and Quorvan Laboratories Inc., San Diego, CA, USA."
    )
    assert edges(x, "COLLABORATES_WITH") == {
        ("Bolt", "Zentavo"),
        ("Quorvan Laboratories", "Zentavo"),
    }


def test_org_relations_licensed_out_by_a_to_b_names_both_parties() -> None:
    x = run(
        "ZX1601 was licensed out at a value of 402 million dollars at the preclinical stage by "
        "Zentavo Pharmaceutical to Bolt Pharma in 2018."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Bolt Pharma", "Zentavo Pharmaceutical")}


def test_org_relations_a_deal_with_a_subsidiary_of_another_company_is_with_that_company() -> None:
    x = run(
        "Zentavo's Partner Bolt Pharma Announced Development Agreement with Quorvan "
        "Biosciences for ZX-12\n\nZentavo Therapeutics announced that Bolt Pharma, its "
        "development partner for ZX-12, entered into a collaboration and license agreement "
        "with a subsidiary of Quorvan Biosciences for ZX-12 in Greater China."
    )
    assert ("Bolt Pharma", "Quorvan Biosciences") in edges(x, "COLLABORATES_WITH")


def test_org_relations_a_parent_named_after_its_unit_is_no_party() -> None:
    x = run(
        "The study will be performed in collaboration with Bolt Pharma and is funded by a grant "
        "received from the National Cancer Institute (NCI) of the National Institutes of Health "
        "(NIH)."
    )
    assert "National Institutes of Health" in names(x, "Organization")
    assert not {
        pair for pair in edges(x, "COLLABORATES_WITH") if "National Institutes of Health" in pair
    }


def test_org_relations_a_parent_named_before_its_unit_is_no_licence_party() -> None:
    text = (
        "Earlier this month, Zentavo Therapeutics licensed its candidate ZT-4012 to Hoshira "
        "Pharma ($HSH) unit Kelvarin Pharmaceuticals for an upfront payment of $105 million."
    )
    pairs = {frozenset(p) for p in edges(run(text), "COLLABORATES_WITH")}
    assert pairs == {frozenset(("Zentavo Therapeutics", "Kelvarin Pharmaceuticals"))}


def test_org_relations_a_purchase_of_royalties_is_no_licence_and_no_development() -> None:
    x = run(
        "Quillon Credit Europe S.à r.l., a wholly owned subsidiary of Quillon Pension Board, "
        "has acquired rights to a portion of the future zorvitinib royalties owned by the "
        "Belvue Institute. Acmetica Pharma (Luxembourg) S.a.r.l. markets zorvitinib."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    assert {org for org, _ in edges(x, "DEVELOPS")} <= {"Acmetica Pharma"}
    assert "S.a.r.l." not in names(x, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        # (news's words for a deal)
        "Acmetica Therapeutics has a new candidate, coming out of its pact with Indian biotech "
        "Bolt Bio.",
        # (costs or profits shared: a co-development)
        "Acmetica Therapeutics and Bolt Bio will share development costs and profits for QX-404 "
        "equally.",
        "Acmetica Therapeutics and Bolt Bio will co-fund a Phase 3 trial of QX-404 in lupus.",
        # (a payment a licence brings; a drug marketed together)
        "Acmetica Therapeutics received a $20 million milestone payment from Bolt Bio following "
        "the first patient dosed with QX-878.",
        "Zorvexa®, which is co-marketed by Acmetica Therapeutics and Bolt Bio, is approved for "
        "psoriasis.",
    ],
)
def test_collaborations_stated_by_a_deal_s_words(text: str) -> None:
    assert {frozenset(pair) for pair in edges(run(text), "COLLABORATES_WITH")} == {
        frozenset(("Acmetica Therapeutics", "Bolt Bio"))
    }


def test_collaborations_the_company_after_a_company_named_is_that_one() -> None:
    x = run(
        "Acmetica Therapeutics grabs hold of QX-327. Earlier this year, Bolt Pharmaceuticals "
        "became the first company to market a PD-L1 med, and the company is lining itself up "
        "for a host of other licenses."
    )
    assert edges(x, "COLLABORATES_WITH") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The results of Acmetica's QX-101 trial were published in Lancet Oncology.",
        "The Scottish Medicines Consortium accepted Acmetica's QX-101 for use in Scotland.",
        "Acmetica (NASDAQ OMX Copenhagen: ACM) announced that QX-101 met its endpoint.",
    ],
)
def test_org_relations_journals_assessors_and_exchanges_are_no_organisations(text: str) -> None:
    assert names(run(text), "Organization") <= {"Acmetica"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The antibody was discovered at the de Zorve Institute in Brussels.",
            "de Zorve Institute",
        ),
        (
            "Researchers at the Richard J. Zorvane Research Institute ran the trial.",
            "Richard J. Zorvane Research Institute",
        ),
        (
            "The Walter and Elza Zorvan Institute of Medical Research licensed QX-101 to Acmetica.",
            "Walter and Elza Zorvan Institute of Medical Research",
        ),
    ],
)
def test_org_relations_an_institution_named_after_people_opens_with_their_names(
    text: str, name: str
) -> None:
    assert name in names(run(text), "Organization")


def test_org_relations_two_institutions_joined_by_and_stay_two() -> None:
    x = run("The work is led by the Crick and King's College London, with Acmetica.")
    assert "Crick and King's College London" not in names(x, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "QX-101 met its endpoint by the Modified Zorvo Clinic Score in Acmetica's trial.",
        "said Jane Doe, the Zorvane Chair in Human Cancer Genetics, of Acmetica's QX-101.",
        "said Jane Doe, Professor of Neurology, Medicine, and Allied Health, of Acmetica's QX-101.",
        "said Jane Doe, Executive Vice President General Medicines at Acmetica.",
        # a public body's name, its head word a word further on
        "As reported by Acmetica Inc., the Brazilian National Health Surveillance Agency approved "
        "ZX-101.",
        # a headline's adjective before a head word
        "Recent Biologics Decisions At Health Canada",
    ],
)
def test_org_relations_measures_fields_units_bodies_and_headlines_are_no_organisations(
    text: str,
) -> None:
    assert names(run(text), "Organization") <= {"Acmetica"}


def test_org_relations_merck_sharp_and_dohme_is_merck() -> None:
    x = run("Merck Sharp & Dohme LLC and Acmetica Therapeutics will co-develop QX-101.")
    assert names(x, "Organization") == {"Merck", "Acmetica Therapeutics"}


def test_org_relations_a_us_unit_with_dotted_initials_is_its_parent() -> None:
    x = run("Takeda Pharmaceuticals U.S.A., Inc. and Acmetica Therapeutics will co-develop QX-101.")
    assert names(x, "Organization") == {"Takeda", "Acmetica Therapeutics"}


@pytest.mark.parametrize(
    "text",
    [
        "There have been 18 biotech IPOs so far this year, and Acmetica Therapeutics led them.",
        "Acmetica Therapeutics merged pursuant to Section 251(h) of the General Corporation Law.",
    ],
)
def test_org_relations_plural_abbreviations_and_laws_are_no_organisations(text: str) -> None:
    assert names(run(text), "Organization") == {"Acmetica Therapeutics"}


def test_org_relations_a_product_partnered_with_a_company_makes_it_the_issuer_s_partner() -> None:
    x = run(
        "Acmetica Therapeutics today announced new data. ZX-101 is being developed in "
        "partnership with Bolt Pharma."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Acmetica Therapeutics", "Bolt Pharma")}
    assert ("Bolt Pharma", "ZX-101") in edges(x, "DEVELOPS")


def test_org_relations_a_time_fronted_before_the_company_is_no_organisation() -> None:
    x = run("Acmetica Therapeutics announced data. Last November, the company dosed ZX-101.")
    assert names(x, "Organization") == {"Acmetica Therapeutics"}


def test_org_relations_a_guidelines_publisher_marked_as_a_trademark_is_no_drug() -> None:
    x = run(
        "Zorbimab is listed in the Acme Clinical Practice Guidelines (Acme Guidelines®). "
        "Acme Comprehensive Cancer Network® (ACCN®) is a trademark."
    )
    assert names(x, "Molecule") == {"zorbimab"}


def test_org_relations_a_collaboration_between_two_named_in_an_acquisition_sentence() -> None:
    x = run(
        "Zorvia Bio, formed in a collaboration between the Swiss biotech Acmetica and the "
        "Japanese Bolt Pharma, has been acquired by Quillon Therapeutics."
    )
    assert ("Acmetica", "Bolt Pharma") in edges(x, "COLLABORATES_WITH")


def test_org_relations_a_footnote_number_glued_to_a_known_company_is_no_part_of_it() -> None:
    x = run("Acmetica Therapeutics announced that Johnson & Johnson1 (NYSE: JNJ) will buy it.")
    assert names(x, "Organization") == {"Acmetica Therapeutics", "Johnson & Johnson"}


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Inc. and Boltara Corp. Announce Collaboration Advancing Multiple Anti-Cancer "
        "Stem Cell Therapeutics",
        "Boltara Corp. Invests in Acmetica Inc.'s Lead and Up to Five Additional Preclinical "
        "Biologics Programs",
    ],
)
def test_org_what_a_headline_counts_is_a_plural_noun_not_a_company(text: str) -> None:
    assert names(run(text), "Organization") == {"Acmetica", "Boltara"}


def test_org_an_event_read_into_an_institution_s_name_is_no_organization() -> None:
    x = run("Professor Roe spoke at the American College of Rheumatology Conference in Chicago.")
    assert names(x, "Organization") == set()


def test_org_a_merger_vehicle_keeps_its_acquisition_word() -> None:
    x = run(
        "Acmetica Inc. completed the acquisition of Boltara, Inc. through a merger of Zorvin "
        "Acquisition Sub, Inc., a wholly-owned subsidiary of Acmetica, with Boltara."
    )
    assert "Zorvin Acquisition Sub" in names(x, "Organization")


def test_org_a_name_joining_two_founders_names_is_one_institution() -> None:
    x = run(
        "Acmetica Inc. collaborates with the Zorvan and Quilla Hall Institute. Zorvan and "
        "Quilla Hall Institute of Medical Research director Jo Roe welcomed the news."
    )
    assert names(x, "Organization") == {
        "Acmetica",
        "Zorvan and Quilla Hall Institute",
        "Zorvan and Quilla Hall Institute of Medical Research",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Inc. works in collaboration with Professor McQuill on multiple myeloma.",
        "Acmetica Inc. and Boltara Corp. Announce Alliance to Study Novel Acmetica Medicines",
        "Leukemia Research Gets Infusion of Support from Startup Biotechnology",
    ],
)
def test_org_a_person_a_kind_of_product_or_a_description_is_no_company(text: str) -> None:
    assert names(run(text), "Organization") <= {"Acmetica", "Boltara"}


def test_org_the_word_a_two_word_company_name_opens_with_is_the_company() -> None:
    # (a synonym of colistin in the reference)
    x = run(
        "Colimycin Bio raised $50m in a series B round. Colimycin’s lead program is in Phase 1."
    )
    assert names(x, "Molecule") == set()


@pytest.mark.parametrize(
    "text",
    [
        # a place's possessive opening the headline and the body
        "Japan’s Zorvida to acquire US cancer drugmaker\n\nTOKYO, Jan 10 — Japan’s top "
        "pharmaceutical company Zorvida will acquire a US cancer drugmaker.",
        # a disease's eponym
        "Acmetica Inc. is partnering with Japanese drugmaker Boltara Corp. to sell the new "
        "Alzheimer’s treatment Zorvexa.",
    ],
)
def test_org_a_possessive_of_a_place_or_a_disease_names_no_company(text: str) -> None:
    assert not {n for n in names(run(text), "Organization") if "Japan" in n or "Alzheimer" in n}


def test_org_a_possessive_eponym_of_a_protein_is_no_company() -> None:
    x = run("Acmetica Inc. will present data on a Zorvan’s tyrosine kinase inhibitor, ZX-101.")
    assert names(x, "Organization") == {"Acmetica"}


def test_org_a_unit_described_as_its_parent_s_company_is_no_partner() -> None:
    x = run(
        "Acmetica Inc. will present ZX-101, co-developed by Quillix Inc. (an Acmetica company) "
        "and Boltara Corp."
    )
    assert ("Acmetica", "Quillix") not in edges(x, "COLLABORATES_WITH")
    assert ("Quillix", "Acmetica") not in edges(x, "COLLABORATES_WITH")


@pytest.mark.parametrize(
    "text",
    [
        "Shares of Dutch biotech Zorvagen N.V. gained after the approval of ZX-101.",
        "Acmetica won a 1.2 trillion won licensing deal with Indonesia-based KG Bio in February.",
    ],
)
def test_org_a_nationality_or_a_place_based_describes_a_company(text: str) -> None:
    assert not {n for n in names(run(text), "Organization") if "Dutch" in n or "based" in n}


@pytest.mark.parametrize(
    "text",
    [
        # (a newswire's name, placed where a party's would stand)
        "Acmetica Inc. and Alliance News announced a partnership.",
        "Exhibit 99.1 For Immediate Release Company name: ACMETICA INC.",
    ],
)
def test_org_a_publication_or_a_release_header_is_no_company(text: str) -> None:
    assert not {n for n in names(run(text), "Organization") if "News" in n or "Release" in n}


def test_org_a_person_s_post_as_partner_at_a_firm_is_no_partnership() -> None:
    x = run(
        "Jo Roe, a managing director with Zorvia Ventures, Kim Lee, a partner with Quill "
        "Partners, and Ann Poe, a general partner with Boltara Capital, have joined the board "
        "of Acmetica Inc."
    )
    assert edges(x, "COLLABORATES_WITH") == set()


@pytest.mark.parametrize(
    "text",
    [
        # (the post before the name, the firm's name before the post)
        "In conjunction with the funding, Zorvia Ventures managing director Jo Roe, Quill "
        "Capital head of investments Kim Lee and Boltara Capital partner Ann O'Poe will join "
        "the board of Acmetica Inc.",
        "Zorvia Ventures partner Jo Roe and Quill Capital principal Kim Lee joined the board of "
        "Acmetica Inc.",
        # (the post after the name, set off by a comma, no article)
        '"We are glad to back the team," said Jo Roe, Managing Partner of Zorvia Ventures, '
        "after Acmetica Inc. closed its Series A.",
        "Acmetica Inc. named Jo Roe, partner at Zorvia Ventures, and Kim Lee, investment partner "
        "at Quill Capital, to its board.",
    ],
)
def test_org_a_partner_s_post_at_an_investor_is_no_partnership(text: str) -> None:
    x = run(text)
    assert edges(x, "COLLABORATES_WITH") == set()
    assert not {n for n in names(x, "Organization") if n in ("Jo Roe", "Kim Lee")}


def test_org_a_company_s_partner_named_after_it_is_still_its_partner() -> None:
    text = "Acmetica Inc. shares rose. Acmetica partner Boltara Pharma filed for ZX-101 in Japan."
    assert _pairs(text) == {frozenset(("Acmetica", "Boltara Pharma"))}


def test_org_a_headline_verb_before_a_body_keeps_the_company() -> None:
    x = run("Acmetica Therapeutics Receives European Commission Approval for Zorvexa")
    assert names(x, "Organization") == {"Acmetica Therapeutics"}


def test_org_a_service_description_before_a_name_is_cut() -> None:
    x = run("News from Taiwan, including the CDMO Boltara Pharmaceutical’s acquisition of Zorvia.")
    assert "CDMO Boltara Pharmaceutical" not in names(x, "Organization")


def test_org_a_surname_after_a_middle_initial_is_a_person() -> None:
    x = run(
        "Chairman and CEO: Franz B. Quillmer announced today that the humanized anti-human IL-6 "
        "receptor monoclonal antibody, Zorvexa® has shown efficacy in lupus."
    )
    assert "Quillmer" not in names(x, "Organization")


def test_org_a_name_ending_in_a_degree_is_a_person() -> None:
    x = run(
        "“We are pleased to open the study of ZX-101 at Acmetica Cancer Center,” stated Jo "
        "Quillan Ph.D., a leader in the field, who collaborated with Boltara Inc."
    )
    assert not {n for n in names(x, "Organization") if "Quillan" in n}


@pytest.mark.parametrize(
    "text",
    [
        "Ipsen And Zorvia One Earlier Announced Exclusive Ex U.S. Licensing Agreement To "
        "Commercialize ZX-101 For The Most Common Childhood Brain Tumor",
        "The acquisition of ZX-101 is a good fit with the Group’s current Commercial Medicines "
        "portfolio of products.",
    ],
)
def test_org_a_headline_adverb_or_a_portfolio_s_name_is_no_company(text: str) -> None:
    assert not {n for n in names(run(text), "Organization") if "Earlier" in n or "Medicines" in n}


# (text, partners the text states, pairs it must not give): the institution a company was
# founded from describes the company and is no party of its deal
SPIN_OUTS = [
    (
        "Vorlith Biologics, a UK-based antibody developer spun out from University of "
        "Tarnwick, has agreed to license out one of its antibodies to Pennox Therapeutics.",
        [("Vorlith Biologics", "Pennox Therapeutics")],
        [
            ("Vorlith Biologics", "University of Tarnwick"),
            ("Pennox Therapeutics", "University of Tarnwick"),
        ],
    ),
    (
        "Halvora Pharma and Kestrel Immune GmbH, a spin-off from the University of Tarnwick, "
        "today announced that they entered into a licensing agreement.",
        [("Halvora Pharma", "Kestrel Immune")],
        [
            ("Halvora Pharma", "University of Tarnwick"),
            ("Kestrel Immune", "University of Tarnwick"),
        ],
    ),
    (
        "Tarnwick University spinout Vorlith Biologics has signed an exclusive licence agreement "
        "with Pennox Therapeutics.",
        [("Vorlith Biologics", "Pennox Therapeutics")],
        [
            ("Vorlith Biologics", "Tarnwick University"),
            ("Pennox Therapeutics", "Tarnwick University"),
        ],
    ),
    (
        # (an institution that signs the deal itself stays a party)
        "Vorlith Biologics has signed an exclusive licence agreement with the University of "
        "Tarnwick for its antibody platform.",
        [("Vorlith Biologics", "University of Tarnwick")],
        [],
    ),
]


@pytest.mark.parametrize(("text", "partners", "not_partners"), SPIN_OUTS)
def test_org_relations_a_spin_out_s_founding_institution_is_no_party_of_its_deal(
    text: str, partners: list[tuple[str, str]], not_partners: list[tuple[str, str]]
) -> None:
    got = _pairs(text)
    assert {frozenset(p) for p in partners} <= got
    assert not {frozenset(p) for p in not_partners} & got


def test_org_relations_the_company_a_release_defines_is_its_issuer_past_a_paragraph() -> None:
    x = run(
        "Zentavo Biotech, Inc. announced that the first patient has been dosed with ZX-42.\n\n"
        "The observation period is three weeks. ZX-42 is an antibody-drug conjugate developed "
        "by the Company licensed-in from Quorlen Therapeutics in November 2022."
    )
    assert edges(x, "COLLABORATES_WITH") == {("Quorlen Therapeutics", "Zentavo Biotech")}


# (text, partners the text states, pairs it must not give)
LICENSED_FROM_UNNAMED_LICENSEE = [
    (
        "Halvora Pharma said the FDA granted Fast Track designation to HLV-201, an antibody-drug "
        "conjugate for gastric cancer. The payload technology was licensed from Pennox "
        "Therapeutics. Halvora Pharma plans a Phase 2 trial.",
        [("Halvora Pharma", "Pennox Therapeutics")],
        [],
    ),
    (
        "Kestrel Oncology raised $20 million to develop a preclinical compound licensed from "
        "the Westbridge Institute. Kestrel Oncology will start a Phase 1 trial next year.",
        [("Kestrel Oncology", "Westbridge Institute")],
        [],
    ),
    (
        "Halvora Pharma today announced data for HLV-201. Patients came from Pennox "
        "Therapeutics sites. Halvora Pharma plans a Phase 2 trial.",
        [],
        [("Halvora Pharma", "Pennox Therapeutics")],
    ),
]


@pytest.mark.parametrize(("text", "partners", "not_partners"), LICENSED_FROM_UNNAMED_LICENSEE)
def test_org_relations_what_was_licensed_from_the_one_company_named_is_the_releasers_licence(
    text: str, partners: list[tuple[str, str]], not_partners: list[tuple[str, str]]
) -> None:
    found = _pairs(text)
    for a, b in partners:
        assert frozenset((a, b)) in found
    for a, b in not_partners:
        assert frozenset((a, b)) not in found


@pytest.mark.parametrize("legal", ["F Hoffmann-La Roche", "F. Hoffmann-La Roche Ltd"])
def test_org_relations_roche_s_legal_name_is_roche(legal: str) -> None:
    x = run(
        f"Zentavo Bio signed a licence agreement for zorbimab with {legal}, part of the Roche "
        "group."
    )
    assert names(x, "Organization") == {"Zentavo Bio", "Roche"}
    assert {frozenset(p) for p in edges(x, "COLLABORATES_WITH")} == {
        frozenset(("Zentavo Bio", "Roche"))
    }
