"""Deals: acquisitions and the terms of collaborations, on invented releases."""

from __future__ import annotations

from typing import Any

import pytest

from oncokg.extraction import Extraction
from tests.loaders.helpers import edge_properties, edges, names, run


def _deal_terms(x: Extraction) -> dict[frozenset[str], dict[str, Any]]:
    by_id = {n.id: n.name for n in x.nodes}
    return {
        frozenset((by_id[e.source], by_id[e.target])): e.properties.get("deal", {})
        for e in x.edges
        if str(e.kind) == "COLLABORATES_WITH"
    }


def _territory(text: str, *pair: str) -> str | None:
    terms = _deal_terms(run(text))
    territory: str | None = terms[frozenset(pair)].get("territory")
    return territory


def _licence_terms(sentence: str) -> dict[str, Any]:
    """The deal terms of Acmetica's licence with Bolt, the sentence said after it."""
    terms = _deal_terms(
        run(
            "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
            f"agreement for zorbimab. {sentence}"
        )
    )
    return terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]


def test_deals_territory_of_the_rights_outranks_a_global_collaboration() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. Announce Global "
        "Collaboration for zorbimab\n\n"
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. today announced a global "
        "collaboration for zorbimab. Under the agreement, Bolt gains exclusive sales rights "
        "to zorbimab outside the U.S., excluding Japan."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "outside the U.S., excluding Japan"
    )


def test_deals_territory_with_an_exception_refines_a_bare_global() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a global "
        "development and commercialization agreement for zorbimab. Bolt and Acmetica will "
        "share the development and sales of zorbimab worldwide, except in Korea, where "
        "Acmetica holds the rights."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "worldwide, except in Korea"
    )


def test_deals_territory_outside_some_places_refines_bare_global_rights() -> None:
    # (the global rights are those outside the places the sentence or another one names)
    one = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into an option "
        "agreement. The option allows Bolt to license global rights to develop zorbimab in all "
        "territories outside of Japan and Korea."
    )
    assert _territory(one, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "outside of Japan and Korea"
    )
    two = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. expand their global "
        "license agreement for zorbimab. Bolt will obtain an exclusive license for zorbimab "
        "for geographies outside of Japan."
    )
    assert _territory(two, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == "outside of Japan"
    # (not the rights outside the places where the partners share the sales)
    split = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
        "agreement to develop and commercialize zorbimab globally. Acmetica and Bolt "
        "co-commercialize zorbimab in the U.S., and Bolt holds the commercialization rights "
        "for zorbimab outside the U.S."
    )
    assert _territory(split, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == "globally"


def test_deals_territory_with_the_exception_of_refines_a_bare_global() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a global "
        "license agreement for zorbimab. Bolt will have the rights to zorbimab worldwide, with "
        "the exception of Taiwan and Singapore."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "worldwide, with the exception of Taiwan and Singapore"
    )


def test_deals_worldwide_rights_with_an_exception_are_the_territory() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
        "agreement for zorbimab.\n\n• Bolt receives worldwide rights, excluding Taiwan and "
        "Singapore."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "worldwide rights, excluding Taiwan and Singapore"
    )


def test_deals_territory_excludes_every_place_listed() -> None:
    text = (
        "Acmetica Therapeutics, Inc. granted Bolt Pharmaceuticals, Inc. a license to zorbimab. "
        "Bolt will have the rights to develop zorbimab in Asia, excluding South Korea, North "
        "Korea, and Japan."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "Asia, excluding South Korea, North Korea, and Japan"
    )


def test_deals_territory_in_a_sentence_naming_one_party() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. today announced a license "
        "agreement for zorbimab. Bolt gains the rights to develop and sell zorbimab in "
        "Taiwan and Singapore."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "Taiwan and Singapore"
    )


def test_deals_a_place_that_is_no_territory_of_the_deal() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered a collaboration "
        "to evaluate zorbimab alongside medicines from the UK group's pipeline. In the U.S., "
        "Bolt will lead the study."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") is None


def test_deals_a_third_partys_sentence_speaks_of_another_deal() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
        "agreement giving Bolt the rights to sell zorbimab globally. Bolt later signed a "
        "sublicense agreement with Quillon Biosciences, Inc. to commercialize zorbimab in "
        "Greater China."
    )
    terms = _deal_terms(run(text))
    assert terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]["territory"] == (
        "globally"
    )
    assert terms[frozenset(("Bolt Pharmaceuticals", "Quillon Biosciences"))]["territory"] == (
        "Greater China"
    )


def _acquisitions(text: str) -> dict[tuple[str, str], dict[str, Any]]:
    return edge_properties(run(text), "ACQUIRES")


def test_deals_a_tender_offer_is_a_pending_acquisition() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. will commence a tender offer for all outstanding shares "
        "of Bolt Pharmaceuticals, Inc. for $12.50 apiece in cash."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["status"] == "pending"
    assert "value" not in found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]


def test_deals_would_acquire_is_a_pending_acquisition() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. said it would acquire Bolt Pharmaceuticals, Inc. for about "
        "$450m in cash."
    )
    deal = found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]
    assert (deal["status"], deal["value"]) == ("pending", "about $450m")


def test_deals_an_opening_passive_clause_names_the_buyer() -> None:
    found = _acquisitions(
        "Since being acquired by Acmetica Therapeutics, Inc. in 2019, Bolt "
        "Pharmaceuticals, Inc. has doubled the sales of zorbimab."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["status"] == "completed"


def test_deals_the_value_stated_in_a_sentence_of_its_own() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. has agreed to acquire Bolt Pharmaceuticals, Inc.\n\n"
        "The merger is worth USD3bn. Acmetica will pay USD41 per share."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["value"] == "USD3bn"


def test_deals_a_right_to_acquire_is_no_acquisition() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics will obtain the exclusive right to acquire Bolt Pharmaceuticals, "
        "Inc. upon conclusion of an exercise period for $1 billion."
    )
    assert not found


def test_deals_the_body_states_the_value_a_headline_abbreviates() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics Buys Bolt Pharmaceuticals, Deal Worth Up to $665 Mln\n\n"
        "Acmetica Therapeutics, Inc. has bought Bolt Pharmaceuticals, Inc., a deal worth up to "
        "$665 million including milestones."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["value"] == (
        "up to $665 million"
    )


def test_deals_an_upfront_written_after_its_amount() -> None:
    terms = _deal_terms(
        run(
            "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
            "agreement for zorbimab. Bolt will receive $45 million as an upfront payment "
            "and up to $900 million in milestones, for a total of up to $945 million."
        )
    )
    deal = terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]
    assert (deal["upfront"], deal["total"]) == ("$45 million", "up to $945 million")


def test_deals_an_upfront_written_in_two_words() -> None:
    # news writes the payment "up front" too: the amount is the deal's upfront
    terms = _deal_terms(
        run(
            "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. entered into a license "
            "agreement for zorbimab. Acmetica will receive $35 million up front and is eligible "
            "for up to $900 million in milestones."
        )
    )
    deal = terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]
    assert deal["upfront"] == "$35 million"


def test_deals_amounts_of_another_deal_of_the_same_company() -> None:
    terms = _deal_terms(
        run(
            "In March, Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. signed a "
            "license agreement for zorbimab. The agreement has a total value of USD 700 "
            "million. In May, Acmetica Therapeutics, Inc. and Quillon Biosciences, Inc. signed "
            "a license agreement with a total amount of up to USD 300 million."
        )
    )
    deal = terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]
    assert deal["total"] == "USD 700 million"


def test_deals_an_aggregate_after_a_per_share_price_is_the_value() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. will commence a tender offer to acquire all outstanding "
        "shares of Bolt Pharmaceuticals, Inc. in cash.\n\nThe offer of $30 per share "
        "represents an aggregate of approximately $2.2bn."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["value"] == (
        "approximately $2.2bn"
    )


def test_deals_a_total_up_to_approximately() -> None:
    terms = _deal_terms(
        run(
            "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. signed a co-development "
            "agreement for zorbimab. Bolt will pay an upfront payment of US$50 million, and "
            "milestones may bring Acmetica up to approximately US$2 billion."
        )
    )
    deal = terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]
    assert deal["total"] == "up to approximately US$2 billion"


def test_deals_a_collaboration_to_study_a_combination_is_research() -> None:
    terms = _deal_terms(
        run(
            "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. agreed a collaboration "
            'to evaluate zorbimab combined with lumatinib in melanoma. "A good fit," said Jo '
            "Vale, head of licensing at Acmetica Therapeutics, Inc."
        )
    )
    assert terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]["kind"] == (
        "research"
    )


def test_deals_ex_us_rights_are_a_territory() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. today announced a license "
        "agreement for zorbimab. Bolt will receive ex-US rights to zorbimab."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == "ex-US"


def test_deals_the_territory_a_party_retains_is_not_the_deals() -> None:
    text = (
        "Acmetica Therapeutics, Inc. and Bolt Pharmaceuticals, Inc. today announced a license "
        "agreement for zorbimab. Acmetica retains the rights in the U.S., and Bolt will "
        "commercialize zorbimab in the rest of the world."
    )
    assert _territory(text, "Acmetica Therapeutics", "Bolt Pharmaceuticals") == (
        "rest of the world"
    )


def test_deals_the_stated_total_is_the_headline_price() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. will acquire Bolt Pharmaceuticals, Inc. for $1 billion "
        "upfront and up to $500 million in milestones, for a total of up to $1.5 billion."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["value"] == (
        "up to $1.5 billion"
    )


def test_deals_contingent_milestones_are_no_headline_price() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. will acquire Bolt Pharmaceuticals, Inc. for $1 billion "
        "upfront, with an aggregate of up to $500 million in milestone payments."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["value"] == "$1 billion"


def test_deals_buying_a_percentage_of_the_shares_is_no_acquisition() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. has agreed to purchase up to 19.9% of Bolt "
        "Pharmaceuticals, Inc.'s outstanding shares of common stock."
    )
    assert ("Acmetica Therapeutics", "Bolt Pharmaceuticals") not in found


def test_deals_rights_to_a_product_bought_for_money_are_a_licence() -> None:
    x = run(
        "Hoshira Pharma is paying Zentavo Therapeutics $150 million upfront for ex-China "
        "rights to ZT-205, the companies said."
    )
    deal = edge_properties(x, "COLLABORATES_WITH")[("Hoshira Pharma", "Zentavo Therapeutics")]
    assert deal["deal"]["kind"] == "licence"
    assert deal["deal"]["upfront"] == "$150 million"


def test_deals_a_buyer_that_agreed_to_buy_develops_nothing_yet() -> None:
    x = run(
        "Zentavo Therapeutics agreed to buy Quillon Bio for $2.1 billion in cash, gaining "
        "QX-811, an oral TYK2 inhibitor in a Phase 3 trial for plaque psoriasis."
    )
    assert ("Zentavo Therapeutics", "QX-811") not in edge_properties(x, "DEVELOPS")
    assert ("QX-811", "TYK2") in edge_properties(x, "TARGETS")


def test_deals_buying_the_remaining_stake_is_an_acquisition() -> None:
    whole = run(
        "Acme Bio, Inc. announced that it will acquire the remaining 95% stake in Bolt "
        "Medicines for $950 million."
    )
    assert ("Acme Bio", "Bolt Medicines") in edges(whole, "ACQUIRES")
    part = run("Acme Bio, Inc. announced that it will acquire a 30% stake in Bolt Medicines.")
    assert edges(part, "ACQUIRES") == set()


def test_deals_a_buyer_acquires_each_company_listed_and_they_are_no_partners() -> None:
    x = run(
        "Acmetica to acquire Quillpoint and Zorbabio to accelerate cell therapies\n\n"
        "Acmetica Therapeutics, Quillpoint and Zorbabio have entered into definitive "
        "agreements with Acmetica."
    )
    assert edges(x, "ACQUIRES") == {
        ("Acmetica Therapeutics", "Quillpoint"),
        ("Acmetica Therapeutics", "Zorbabio"),
    }
    assert not edges(x, "COLLABORATES_WITH")


def test_deals_a_takeover_with_its_price_is_an_acquisition() -> None:
    x = run("French drugmaker Acmetica has completed its $247 million takeover of Quillix.")
    props = edge_properties(x, "ACQUIRES")
    assert props[("Acmetica", "Quillix")]["status"] == "completed"


def test_deals_a_purchase_named_after_the_buyers_past_verb_is_completed() -> None:
    x = run(
        "Acmetica, the largest independent biotech company, acquired Zorvia through the "
        "purchase of Germany-based biotech firm Bolt Pharmaceuticals for $1.16 billion."
    )
    props = edge_properties(x, "ACQUIRES")[("Acmetica", "Bolt Pharmaceuticals")]
    assert props["status"] == "completed"


def test_deals_what_a_pending_deal_will_bring_makes_no_developer() -> None:
    x = run(
        "Acmetica to Acquire Bolt Pharmaceuticals\n\nLead Compound, Lumatinib, Will Further "
        "Build Acmetica Oncology Pipeline\n\nAcmetica Therapeutics, Inc. and Bolt "
        "Pharmaceuticals announced that Acmetica will acquire Bolt for $315 million."
    )
    assert ("Acmetica Therapeutics", "lumatinib") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Inc. intends to acquire the assets and associated lease of Acme Corp.'s "
        "radiopharmaceutical manufacturing facility in Somerset.",
        "Zentavo Inc. will acquire Acme Corp.'s manufacturing plant in Ireland.",
    ],
)
def test_buying_a_site_is_no_acquisition_of_its_owner(text: str) -> None:
    assert edges(run(text), "ACQUIRES") == set()


def test_a_trials_place_is_no_deals_territory() -> None:
    x = run(
        "Acme Corp. announced that QX-724, which was licensed-out to Bolt Pharma GmbH, has "
        "entered a phase 1 clinical trial in Europe."
    )
    deal = edge_properties(x, "COLLABORATES_WITH")[("Acme", "Bolt Pharma")]
    assert "territory" not in deal.get("deal", {})


def test_deals_a_later_sentence_naming_only_the_company_bought_completes_the_deal() -> None:
    found = _acquisitions(
        "Acmetica Therapeutics, Inc. continued its buying spree with the purchase of Bolt "
        "Pharmaceuticals. The acquisition of Bolt Pharmaceuticals, a cell therapy "
        "company, was completed at $4.38 per share."
    )
    assert found[("Acmetica Therapeutics", "Bolt Pharmaceuticals")]["status"] == "completed"


def test_deals_an_option_to_acquire_the_partner_leaves_the_licence_a_collaboration() -> None:
    x = run(
        "Acmetica Pharma and Bolt Therapeutics announced an agreement whereby Acmetica will "
        "acquire an exclusive license to develop Bolt's QX-101 as well as an option to acquire "
        "Bolt."
    )
    assert {frozenset(p) for p in edges(x, "COLLABORATES_WITH")} == {
        frozenset(("Bolt Therapeutics", "Acmetica Pharma"))
    }
    assert edges(x, "ACQUIRES") == set()


def test_deals_a_country_is_no_party_and_a_territory_lists_every_country() -> None:
    x = run(
        "Acmetica Pharma signed a deal with Indonesia bio company KGvex for QX-17. In 2020, "
        "Bolt Therapeutics licensed rights to zorbimab from Acmetica Pharma for Mainland "
        "China, Hong Kong, Taiwan, Thailand and Singapore."
    )
    assert "Indonesia" not in names(x, "Organization")
    assert _deal_terms(x)[frozenset(("Acmetica Pharma", "Bolt Therapeutics"))]["territory"] == (
        "Mainland China, Hong Kong, Taiwan, Thailand and Singapore"
    )


def test_deals_a_contract_to_transfer_a_drugs_technology_is_a_licence() -> None:
    x = run(
        "Quillix announced that it signed a contract to transfer the technology of QX-101 to "
        "US-based drug developer Navigator Medicines. The contract includes an upfront "
        "payment of $8 million."
    )
    terms = _deal_terms(x)[frozenset(("Quillix", "Navigator Medicines"))]
    assert (terms["kind"], terms["upfront"]) == ("licence", "$8 million")


def test_deals_a_drug_one_company_develops_with_another_is_co_developed() -> None:
    x = run(
        "Advisers recommended an early end to the trial of zorbatinib, the cancer medicine "
        "Acmetica Therapeutics is trying to develop with Tokyo-based Bolt Pharma Co. (4568), the "
        "companies said."
    )
    terms = _deal_terms(x)[frozenset(("Acmetica Therapeutics", "Bolt Pharma"))]
    assert terms["kind"] == "co-development"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "This corresponds to a total transaction value of US$ 1.7 billion on a fully "
            "diluted basis.",
            "US$ 1.7 billion",
        ),
        (
            "The total equity value of the Acquisition is approximately US $ 2.4 billion.",
            "approximately US $ 2.4 billion",
        ),
        ("The purchase price is $10.4 billion, or $9.7 billion net of cash.", "$10.4 billion"),
        (
            "The Offer values Quorvan at NOK 362 per share, valuing the total share capital of "
            "Quorvan at approximately NOK 17.6 billion.",
            "approximately NOK 17.6 billion",
        ),
    ],
)
def test_deals_the_value_of_an_acquisition_said_in_a_sentence_of_its_own(
    sentence: str, value: str
) -> None:
    x = run("Zentavo Pharma to Acquire Quorvan Therapeutics\n\n" + sentence)
    assert (
        edge_properties(x, "ACQUIRES")[("Zentavo Pharma", "Quorvan Therapeutics")]["value"] == value
    )


@pytest.mark.parametrize(
    "terms",
    [
        "Quorvan has granted Zentavo exclusive global licenses to develop QRX-12 and exclusive "
        "options to obtain additional licenses to other candidates.",
        "Zentavo will be responsible for development worldwide, and Quorvan retains an option "
        "for co-promotion and could receive option fees for additional programs.",
    ],
)
def test_deals_options_beside_a_licence_leave_it_a_licence(terms: str) -> None:
    x = run(
        "Zentavo Pharma and Quorvan Therapeutics today announced an exclusive license agreement "
        "for QRX-12. " + terms
    )
    props = edge_properties(x, "COLLABORATES_WITH")
    (deal,) = [p["deal"] for p in props.values()]
    assert deal["kind"] == "licence"


@pytest.mark.parametrize(
    ("terms", "total"),
    [
        (
            "Quorvan is eligible to receive up to an additional $2 billion in milestones.",
            "up to an additional $2 billion",
        ),
        ("The deal could be worth some $1.4 billion to Quorvan.", "some $1.4 billion"),
        (
            "Quorvan will receive an upfront payment of up to $5 million and potential milestone "
            "payments of up to $85 million.",
            "up to $85 million",
        ),
    ],
)
def test_deals_the_total_of_a_licence_as_written(terms: str, total: str) -> None:
    x = run(
        "Zentavo Pharma and Quorvan Therapeutics today announced an exclusive license agreement "
        "for QRX-12. " + terms
    )
    props = edge_properties(x, "COLLABORATES_WITH")
    (deal,) = [p["deal"] for p in props.values()]
    assert deal["total"] == total


def test_deals_a_territory_with_select_international_territories() -> None:
    x = run(
        "Zentavo Pharma announced an exclusive license agreement with Quorvan Therapeutics to "
        "develop and commercialize QRX-12 for all indications in Europe and select "
        "international territories."
    )
    (props,) = edge_properties(x, "COLLABORATES_WITH").values()
    assert props["deal"]["territory"] == "Europe and select international territories"


def test_deals_what_a_company_acquires_from_another_leaves_the_seller_unbought() -> None:
    x = run(
        "Zentavo Therapeutics Acquires Royalty Interest Position from Bolt Pharma on Seven "
        "Assets\n\nZentavo Therapeutics announced today that for $15.0 million, it has acquired "
        "from Bolt Pharma a partial interest in royalty payments."
    )
    assert edges(x, "ACQUIRES") == set()
    y = run("Zentavo Therapeutics has acquired Bolt Pharma for $15.0 million.")
    assert edges(y, "ACQUIRES") == {("Zentavo Therapeutics", "Bolt Pharma")}


def test_deals_a_company_that_will_combine_with_another_for_stock_acquires_it() -> None:
    x = run(
        "Zentavo Therapeutics and Bolt Pharma today announced a definitive agreement under which "
        "Zentavo Therapeutics will combine with Bolt Pharma in an all-stock transaction."
    )
    assert edges(x, "ACQUIRES") == {("Zentavo Therapeutics", "Bolt Pharma")}
    assert edges(x, "COLLABORATES_WITH") == set()


def test_deals_a_pending_buyer_keeps_the_drug_the_text_gives_as_its_own() -> None:
    x = run(
        "Bolt Pharma to Acquire Zentavo Therapeutics\n\nBolt Pharma agreed to acquire Zentavo "
        "Therapeutics for $1.9 billion. The acquisition will complement Bolt Pharma’s "
        "multiple myeloma treatment, Quorvia®, and add Zentavo’s ZX-0123, Bolt said."
    )
    developed = edges(x, "DEVELOPS")
    assert ("Bolt Pharma", "Quorvia") in developed
    assert ("Bolt Pharma", "ZX-0123") not in developed


def test_deals_the_terms_of_a_product_s_sale_make_no_collaboration() -> None:
    x = run(
        "Bolt Pharma today announced that it has entered into a definitive agreement with "
        "Zentavo Therapeutics to divest Quorvia® (zorbitinib), a rare disease medicine.\n\n"
        "Under the terms of the agreement, Zentavo Therapeutics will pay Bolt Pharma up to $300 "
        "million, including an upfront payment of $165 million to acquire the global rights to "
        "sell and develop Quorvia."
    )
    assert edges(x, "COLLABORATES_WITH") == set()
    assert edges(x, "ACQUIRES") == set()


def test_deals_a_buyer_that_will_buy_and_wire_scale_words() -> None:
    x = run(
        "Zentavo signs $10 bln deal to buy cancer drugmaker Bolt Pharma\n\n"
        "Zentavo Inc said on Thursday it will buy Bolt Pharma Inc for $10.1 billion, "
        "underscoring interest in cancer drugs."
    )
    props = edge_properties(x, "ACQUIRES")[("Zentavo", "Bolt Pharma")]
    assert props["value"] == "$10.1 billion"
    headline = run("Zentavo Inc. signs $10 bln deal to buy Bolt Pharma Inc.")
    assert edge_properties(headline, "ACQUIRES")[("Zentavo", "Bolt Pharma")]["value"] == "$10 bln"


@pytest.mark.parametrize(
    "text",
    [
        "Quillix Bio has been acquired in an all-stock deal by Zentavo Pharma, in a "
        "transaction worth up to $70m.",
        "Quillix Bio, a cell therapy developer spun out of Belvue University (BU), has been "
        "acquired by Zentavo Pharma in an all-stock deal.",
        # (a participle's clause for the appositive)
        "Quillix Bio, originally formed in a collaboration between Zentavo Pharma and Bolt "
        "Therapeutics, has been acquired by Zentavo Pharma.",
    ],
)
def test_deals_the_company_bought_in_the_passive_past_a_phrase_or_its_appositive(
    text: str,
) -> None:
    assert edges(run(text), "ACQUIRES") == {("Zentavo Pharma", "Quillix Bio")}


def test_deals_its_acquisition_is_the_subjects_not_the_nearest_names() -> None:
    x = run(
        "Quillix Therapeutics obtained its CAR-T candidates, including technology licensed from "
        "Dartmouth College, in 2015 through its acquisition of Zentavo Bio, LLC from Bolt "
        "Medical, LLC."
    )
    assert edges(x, "ACQUIRES") == {("Quillix Therapeutics", "Zentavo Bio")}


@pytest.mark.parametrize(
    ("status", "buyer_develops"),
    [("has completed its acquisition of", True), ("agreed to acquire", False)],
)
def test_deals_what_a_completed_acquisition_adds_is_the_buyers(
    status: str, buyer_develops: bool
) -> None:
    x = run(
        f"Acmetica Inc. today announced that it {status} Zentavo, Inc.\n\n"
        "The acquisition will also add ZB-585, a Phase 1 bispecific antibody for the "
        "treatment of prostate cancer."
    )
    assert (("Acmetica", "ZB-585") in edges(x, "DEVELOPS")) is buyer_develops


@pytest.mark.parametrize(
    ("status", "buyer_develops"),
    [("has completed its acquisition of", True), ("has agreed to acquire", False)],
)
def test_deals_the_drug_of_a_company_bought_is_the_buyers_once_the_purchase_is_done(
    status: str, buyer_develops: bool
) -> None:
    x = run(
        f"Acmetica Therapeutics, Inc. announced that it {status} Bolt Pharmaceuticals, Inc. "
        "Bolt's lead asset is BT-101, an anti-CD38 antibody.\n\n"
        '"We are eager to advance the development of BT-101 in lupus," said Jo Roe, chief '
        "executive officer of Acmetica Therapeutics."
    )
    assert ("Bolt Pharmaceuticals", "BT-101") in edges(x, "DEVELOPS")
    assert (("Acmetica Therapeutics", "BT-101") in edges(x, "DEVELOPS")) is buyer_develops


@pytest.mark.parametrize(
    "said",
    [
        "Through the deal, Bolt Pharma gains ZX-0123, a myeloma drug.",
        "As part of the agreement, Bolt Pharma will gain rights to Zentavo’s ZX-0123.",
        "The deal will enrich Bolt Pharma’s pipeline with ZX-0123, a myeloma drug.",
        "The deal will boost Bolt Pharma's clinical portfolio with the biotech's lead asset, "
        "ZX-0123, which is being studied in myeloma.",
        "ZX-0123 further diversifies Bolt Pharma’s haematology pipeline.",
    ],
)
def test_deals_what_a_pending_purchase_is_to_bring_makes_no_developer(said: str) -> None:
    x = run(f"Bolt Pharma agreed to acquire Zentavo Therapeutics for $1.9 billion. {said}")
    assert ("Bolt Pharma", "ZX-0123") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    ("deal", "buyer_develops"),
    [
        ("has announced its plans to acquire", False),
        ("has hit the acquisition trail again and is buying kidney specialist", False),
        ("has acquired", True),
    ],
)
def test_deals_a_buyer_of_a_company_no_rule_reads_is_pending_until_done(
    deal: str, buyer_develops: bool
) -> None:
    x = run(
        f"Acmetica Therapeutics, Inc. {deal} Quorra Immunology for $1.2 billion in cash. The "
        "acquisition broadens Acmetica Therapeutics' late-stage pipeline, mainly through the "
        "biotech’s lead candidate, zorbimab, an anti-CD38 antibody."
    )
    assert (("Acmetica Therapeutics", "zorbimab") in edges(x, "DEVELOPS")) is buyer_develops


def test_deals_one_drug_bought_is_no_acquisition_of_its_owner() -> None:
    x = run(
        "Acmetica Therapeutics has completed its acquisition of Bolt Bio’s QX-0201, a "
        "bispecific antibody for autoimmune diseases, in a deal worth up to $1.9 billion."
    )
    assert edges(x, "ACQUIRES") == set()
    assert ("Acmetica Therapeutics", "QX-0201") in edges(x, "DEVELOPS")
    assert edges(x, "COLLABORATES_WITH") == set()


def test_deals_rights_to_a_companys_drug_are_no_acquisition() -> None:
    x = run(
        "Acmetica Therapeutics has acquired the exclusive, worldwide rights to Bolt Bio’s "
        "QX-501, a HER3-targeted ADC."
    )
    assert edges(x, "ACQUIRES") == set()


@pytest.mark.parametrize(
    ("sentence", "upfront"),
    [
        ("Bolt will make an upfront payment to Acmetica of $290 million.", "$290 million"),
        ("Acmetica will receive an upfront payment from Bolt of EUR6 million.", "EUR6 million"),
        ("Bolt will pay an initial licensing option payment of $4 million.", "$4 million"),
        ("Acmetica will receive an option fee of $30 million.", "$30 million"),
        ("Acmetica will receive $15million of upfront payment.", "$15million"),
        ("Bolt will pay a $60 million cash up-front licensing payment.", "$60 million"),
        # (initial payments summed, the upfront among them)
        (
            "Acmetica will receive initial payments of $100 million, comprising $70 million "
            "upfront and $30 million of R&D funding.",
            "$70 million",
        ),
    ],
)
def test_deals_upfront_paid_to_or_from_a_party_as_an_option_fee_or_in_cash(
    sentence: str, upfront: str
) -> None:
    assert _licence_terms(sentence)["upfront"] == upfront


@pytest.mark.parametrize(
    ("sentence", "upfront", "total"),
    [
        (
            "Acmetica could receive as much as $300 million in future milestones.",
            None,
            "as much as $300 million",
        ),
        (
            "Acmetica is eligible for up to potentially USD 1.7 billion in total consideration.",
            None,
            "up to potentially USD 1.7 billion",
        ),
        # (the currency named after the amount)
        (
            "Acmetica licensed out zorbimab at a value of 402 million dollars.",
            None,
            "402 million dollars",
        ),
        (
            "Acmetica could receive up to nearly 19 million euros in potential income.",
            None,
            "up to nearly 19 million euros",
        ),
        # (the milestones said well after the amount)
        (
            "Acmetica is eligible to receive up to an additional $582.5 million based on the "
            "achievement of specified development, regulatory and commercial milestones.",
            None,
            "up to an additional $582.5 million",
        ),
        # (the bound said before the total's own word is part of it)
        (
            "Acmetica will be eligible for up to a total of £210 million upon the achievement "
            "of specified development milestones.",
            None,
            "up to a total of £210 million",
        ),
        (
            "Acmetica will receive up to an aggregate of US$1.4 billion in milestone payments.",
            None,
            "up to an aggregate of US$1.4 billion",
        ),
        # (a sum of the upfront and the milestones, no upfront)
        (
            "Acmetica is eligible to receive up to $171.5 million in up-front and development, "
            "regulatory, and commercial milestone payments.",
            None,
            "up to $171.5 million",
        ),
    ],
)
def test_deals_totals_as_much_as_or_potentially_and_a_sum_with_the_upfront(
    sentence: str, upfront: str | None, total: str
) -> None:
    deal = _licence_terms(sentence)
    assert (deal.get("upfront"), deal.get("total")) == (upfront, total)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # a licence with work the parties share is a co-development
        (
            "Acmetica Therapeutics, Inc. granted Bolt Pharmaceuticals, Inc. an exclusive license "
            "to zorbimab, and the two companies will co-commercialize it in the U.S.",
            "co-development",
        ),
        # a medical option, or one to share in the sales, makes no option deal
        (
            "Acmetica Therapeutics, Inc. granted Bolt Pharmaceuticals, Inc. an exclusive license "
            "to zorbimab for patients with few other treatment options.",
            "licence",
        ),
        (
            "Acmetica Therapeutics, Inc. granted Bolt Pharmaceuticals, Inc. an exclusive license "
            "to zorbimab; Acmetica Therapeutics, Inc. retains an option to co-promote it.",
            "licence",
        ),
        (
            "Acmetica Therapeutics, Inc. broadens its collaboration with Bolt Pharmaceuticals, "
            "Inc. to investigate zorbimab in eosinophilic diseases.",
            "research",
        ),
    ],
)
def test_deals_kind_shared_work_medical_options_and_research_to_investigate(
    sentence: str, kind: str
) -> None:
    terms = _deal_terms(run(sentence))
    assert terms[frozenset(("Acmetica Therapeutics", "Bolt Pharmaceuticals"))]["kind"] == kind


@pytest.mark.parametrize(
    ("sentence", "territory"),
    [
        (
            "Bolt gains exclusive rights to zorbimab worldwide with the exception of Japan and "
            "Taiwan.",
            "worldwide with the exception of Japan and Taiwan",
        ),
        (
            "Bolt gains rights to develop zorbimab on a worldwide basis excluding Japan.",
            "worldwide basis excluding Japan",
        ),
        ("Bolt gains exclusive rights to zorbimab worldwide ex-China.", "worldwide ex-China"),
    ],
)
def test_deals_territory_worldwide_with_an_exception_or_ex(sentence: str, territory: str) -> None:
    assert _licence_terms(sentence)["territory"] == territory


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Completes Bolt Pharmaceuticals Acquisition\n\nAcmetica Therapeutics, Inc. "
        "today announced that the deal is done.",
        "Acmetica Therapeutics, Inc. today announced the closing of the previously announced "
        "acquisition of Bolt Pharmaceuticals, Inc.",
    ],
)
def test_deals_a_completed_acquisition_named_after_the_company_or_previously_announced(
    text: str,
) -> None:
    found = _acquisitions(text)
    assert [p["status"] for p in found.values()] == ["completed"]


def test_deals_buying_a_number_of_new_shares_is_no_acquisition() -> None:
    x = run(
        "Acmetica Inc. is also investing approximately $80 million to buy 5.4 million new shares "
        "of Boltara A/S, which will give it a 10.7% stake in the Danish biotech."
    )
    assert edges(x, "ACQUIRES") == set()


def test_deals_a_purchase_only_sought_is_no_acquisition() -> None:
    x = run(
        "Danish drugmaker Acmetica A/S had also sought to buy Boltara NV but the Belgian company "
        "said Acmetica's offers were too low."
    )
    assert edges(x, "ACQUIRES") == set()


def test_deals_a_purchase_that_failed_is_no_acquisition() -> None:
    x = run(
        "The deal marks a return to deal-making by Acmetica Inc. after failed efforts in 2016 "
        "to buy Boltara Inc and Quillix Ltd."
    )
    assert edges(x, "ACQUIRES") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics is the latest biotech to bet on autoimmune disease. The "
        "clinical-stage company announced it is acquiring private biotech Bolt Bio for $120 "
        "million in stock. The transaction allows Acmetica to prioritize ZX-0123, an antibody "
        "that Bolt Bio was developing for lupus.",
        "Shares of Bolt Bio jumped after the company announced a $2.4 billion buyout agreement "
        "with Acmetica Therapeutics. Through this buyout, Acmetica will add the experimental "
        "medicines ZX-0123 and ZX-0456 to its pipeline.",
    ],
)
def test_deals_the_company_a_purchase_to_come_will_benefit_develops_nothing_yet(
    text: str,
) -> None:
    developed = edges(run(text), "DEVELOPS")
    assert ("Acmetica Therapeutics", "ZX-0123") not in developed


def test_deals_the_drugs_owner_keeps_them_while_a_purchase_is_to_come() -> None:
    x = run(
        "Acmetica Therapeutics is the latest biotech to bet on autoimmune disease. The "
        "clinical-stage company announced it is acquiring private biotech Bolt Bio. The "
        "transaction allows Acmetica to prioritize ZX-0123, an antibody that Bolt Bio was "
        "developing for lupus."
    )
    assert ("Bolt Bio", "ZX-0123") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        # a licence: "the deal" gives the licensee rights now
        "Acmetica Therapeutics and Bolt Bio signed a license agreement. Through the deal, "
        "Acmetica will gain worldwide rights to ZX-0123, a Phase 2 lupus drug.",
        # a purchase done: the buyer has the drug
        "Acmetica Therapeutics has completed its acquisition of Bolt Bio. Through the "
        "acquisition, Acmetica will develop ZX-0123, a Phase 2 lupus drug.",
    ],
)
def test_deals_what_a_licence_or_a_purchase_done_brings_is_the_companys(text: str) -> None:
    assert ("Acmetica Therapeutics", "ZX-0123") in edges(run(text), "DEVELOPS")


@pytest.mark.parametrize(
    ("sentence", "territory"),
    [
        (
            "Bolt will hold the rights to sell zorbimab outside of the Chinese mainland, Hong "
            "Kong, Macau and Taiwan.",
            "outside of the Chinese mainland, Hong Kong, Macau and Taiwan",
        ),
        (
            "Bolt will have the rights to develop zorbimab in Asia, excluding South Korea, "
            "North Korea, and Japan.",
            "Asia, excluding South Korea, North Korea, and Japan",
        ),
    ],
)
def test_deals_territory_names_the_chinese_mainland_and_north_korea(
    sentence: str, territory: str
) -> None:
    assert _licence_terms(sentence)["territory"] == territory


@pytest.mark.parametrize(
    "second",
    [
        "Zentavo said the purchase, closed in May, gives it access to Bolt Oncology's "
        "breast cancer treatment zorbimab.",
        "The acquisition also adds two early programs and the sales of zorbimab, a targeted "
        "cancer therapy.",
    ],
)
def test_deals_what_a_completed_purchase_gives_the_buyer(second: str) -> None:
    x = run(f"Zentavo Pharma has completed the acquisition of Bolt Oncology. {second}")
    assert ("Zentavo Pharma", "zorbimab") in edges(x, "DEVELOPS")


def test_deals_a_drug_used_with_the_one_the_purchase_adds_is_not_the_buyers() -> None:
    x = run(
        "Zentavo Pharma has completed the acquisition of Bolt Oncology. The acquisition adds "
        "a program to test zorbimab in combination with pembrolizumab."
    )
    assert ("Zentavo Pharma", "pembrolizumab") not in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Pharma closed the purchase of Zorvexa (zorbimab), the lead product of the "
        "Boston biotech Quillix Therapeutics, on Friday.",
        "Zentavo Pharma has completed the acquisition of zorbimab, a drug from Quillix "
        "Therapeutics.",
        "Zentavo Pharma will buy Quillix Therapeutics's experimental cancer pill for $4 billion.",
    ],
)
def test_deals_a_product_bought_is_no_purchase_of_its_owner(text: str) -> None:
    x = run(text)
    assert not edges(x, "ACQUIRES")
    assert not edges(x, "COLLABORATES_WITH")


def test_deals_a_company_and_its_drug_bought_is_a_purchase_of_the_company() -> None:
    x = run("Zentavo Pharma agreed to buy Quillix Therapeutics and its lung cancer drug.")
    assert ("Zentavo Pharma", "Quillix Therapeutics") in edges(x, "ACQUIRES")
