from __future__ import annotations

import pytest

from oncokg.loaders.recognize import MOLECULE, TARGET, recognize
from oncokg.loaders.vocabulary import get_vocab
from tests.loaders.helpers import edges, names, run


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
        # typed with a look-alike of the Greek alpha (APL and Latin alpha), not IL-1 beta
        ("zorbimab targets IL-1\u237a.", "IL1A"),
        ("zorbimab targets IL-1\u0251.", "IL1A"),
        # a symbol of three letters and a number written as a word, as a protein is
        ("zorbatinib, a selective Cdk9 inhibitor", "CDK9"),
        # capitals with a lower-case letter inside, as the protein's name writes them
        ("ZB-502, an oral CRTh2 antagonist", "PTGDR2"),
        # a protein's name written in lower case as a word is ("claudin18.2", "nectin-4")
        ("ZB-011, an antibody targeting claudin18.2", "CLDN18"),
        ("ZB-022, an ADC targeting nectin-4", "NECTIN4"),
    ],
)
def test_recognize_target_synonyms_normalise_to_hgnc(text: str, symbol: str) -> None:
    assert symbol in {key for _, key in _spans(text, TARGET)}


def test_recognize_gene_outside_target_context_is_not_a_target() -> None:
    assert not _spans("Patients with HER2-positive disease and IDH1-mutant tumors.", TARGET)
    assert not _spans("ALL patients were MET by the SET team.", TARGET)
    # "targeted for" a date schedules: the gene alias before it names no target
    assert not _spans("Launch in myeloproliferative neoplasms (MPN) targeted for 2027.", TARGET)


def test_recognize_ranges_expand_to_members() -> None:
    keys = {key for _, key in _spans("a VEGFR1-3 inhibitor and an FGFR 1/2 inhibitor", TARGET)}
    assert {"FLT1", "KDR", "FLT4", "FGFR1", "FGFR2"} <= keys


@pytest.mark.parametrize(
    "text",
    [
        "lumatinib selectively blocks FGFR-1, -2, and -3",
        "lumatinib selectively blocks fibroblast growth factor receptors 1, 2, and 3",
    ],
)
def test_recognize_numbered_lists_after_a_family_name_expand_to_members(text: str) -> None:
    assert {key for _, key in _spans(text, TARGET)} == {"FGFR1", "FGFR2", "FGFR3"}


def test_recognize_a_family_abbreviated_before_its_numbers_after_an_adjective() -> None:
    text = "ZB-303, an antagonist of the endosomal Toll-like receptors (TLRs) 7, 8 and 9"
    assert {key for _, key in _spans(text, TARGET)} == {"TLR7", "TLR8", "TLR9"}


def test_recognize_a_member_the_gene_names_lack_by_the_symbol_the_others_share() -> None:
    text = "a multikinase inhibitor of vascular endothelial growth factor receptors 1 to 3"
    assert {key for _, key in _spans(text, TARGET)} == {"FLT1", "KDR", "FLT4"}


@pytest.mark.parametrize(
    "name", ["zorbimab", "lumatinib", "ABX-1234", "S 55746", "QRS101", "velocabtagene autoleucel"]
)
def test_recognize_molecule_morphology(name: str) -> None:
    assert name in {t for t, _ in _spans(f"The company develops {name} in trials.", MOLECULE)}


def test_recognize_brand_is_linked_to_inn() -> None:
    spans = recognize("ZORBA® (zorbimab) was approved.", get_vocab())
    brand = next(s for s in spans if s.text == "ZORBA")
    assert brand.link == "zorbimab"


@pytest.mark.parametrize(
    "text",
    [
        "ZORBA (zorbimab liposome injection) was approved.",
        "The FDA approved ZORBA -- generic name: zorbimab -- for AML.",
    ],
)
def test_recognize_brand_is_linked_to_inn_past_its_form_or_dashes(text: str) -> None:
    brand = next(s for s in recognize(text, get_vocab()) if s.text == "ZORBA")
    assert brand.link == "zorbimab"


def test_recognize_title_case_drugbank_name_is_the_inn_of_the_brand() -> None:
    spans = recognize("Approval Of ZORBA (Irinotecan Liposome Injection) For Cancer", get_vocab())
    brand = next(s for s in spans if s.text == "ZORBA")
    assert brand.link == next(s.key for s in spans if s.text == "Irinotecan")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The trial ran at the University of Springfield. It was good.",
            "University of Springfield",
        ),
        (
            "said Jo Doe of Washington University School of Medicine.",
            "Washington University School of Medicine",
        ),
        (
            "It works with the Broad Institute of MIT and Harvard.",
            "Broad Institute",
        ),
        (
            "said Jo Doe, Professor at the University of Sankt Pölten, Austria.",
            "University of Sankt Pölten",
        ),
        (
            "said Jo Doe, Professor at the Acme School of Medicine at Mount Zion.",
            "Acme School of Medicine at Mount Zion",
        ),
        (
            "said Jo Doe of the Acme Medical School at Thursday's meeting.",
            "Acme Medical School",
        ),
        # a university's campus after a comma, its abbreviation spelling name and place
        (
            "Acmetica and the University of Quillton, Marbury (UQM) signed an agreement.",
            "University of Quillton, Marbury",
        ),
        (
            "It works with the University of Quillton, North Dunmore (UQND).",
            "University of Quillton, North Dunmore",
        ),
        # an abbreviation that does not spell both keeps the name to the comma
        (
            "It works with the University of Quillton, Marbury (UQB).",
            "University of Quillton",
        ),
    ],
)
def test_recognize_institution_names_whole(text: str, org: str) -> None:
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert orgs == {org}


def test_recognize_a_campus_is_no_other_body_after_a_list_comma() -> None:
    text = "It works with the University of Quillton, Marbury College (MC) and Dunmore Labs."
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert "University of Quillton" in orgs
    assert not any(org.startswith("University of Quillton,") for org in orgs)


def test_recognize_a_campus_named_partner_collaborates_under_its_full_name() -> None:
    x = run(
        "Acmetica Therapeutics and the University of Quillton, Marbury (UQM) have signed a "
        "research collaboration agreement. UQM will run the studies."
    )
    assert edges(x, "COLLABORATES_WITH") in (
        {("Acmetica Therapeutics", "University of Quillton, Marbury")},
        {("University of Quillton, Marbury", "Acmetica Therapeutics")},
    )


@pytest.mark.parametrize("verb", ["Publishes", "Presents", "Launches", "Secures", "Doses"])
def test_recognize_a_headline_verb_ends_a_name(verb: str) -> None:
    text = f"Quillix {verb} Vantora Pharma Case Report\n\nIt was well received."
    assert {s.key for s in recognize(text, get_vocab()) if s.kind == "org"} == {"Vantora Pharma"}


def test_recognize_a_name_written_in_full_is_read_whole() -> None:
    text = (
        'Genzyra, Inc. announced the approval of lumatinib.\n\n"We are pleased," said Jane '
        "Roe, president, Genzyra Idec. Genzyra Idec (Nasdaq: GNZI) was founded in 1978."
    )
    orgs = [(s.text, s.key) for s in recognize(text, get_vocab()) if s.kind == "org"]
    assert orgs == [("Genzyra, Inc.", "Genzyra"), *[("Genzyra Idec", "Genzyra Idec")] * 2]


def test_recognize_a_journal_is_no_company() -> None:
    text = "Results were published in the journal The Lancet Oncology.\nLancet Oncology wrote."
    assert not {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}


@pytest.mark.parametrize(
    "text",
    [
        # "The" opens the journal's own title
        "Vantora Pharma said data were published in The Meridian Oncology.\n\nMeridian "
        "Oncology wrote.",
        # the title's subject, named as a journal in the body
        "Clinicalia Publishes Vantora Case Report\n\nVantora Pharma announced a case "
        "report in the journal Clinicalia.",
    ],
)
def test_recognize_a_journal_named_anywhere_is_no_company(text: str) -> None:
    assert {s.key for s in recognize(text, get_vocab()) if s.kind == "org"} == {"Vantora Pharma"}


def test_recognize_a_disease_after_post_is_the_history_of_another() -> None:
    text = "It is approved in post-polycythemia vera myelofibrosis."
    assert {s.key for s in recognize(text, get_vocab()) if s.kind == "disease"} == {
        next(s.key for s in recognize("in myelofibrosis", get_vocab()))
    }


def test_recognize_a_brand_glossed_by_also_known_as_is_its_inn() -> None:
    spans = recognize(
        "Acme will market the drug, Zorvexa, also known as zorbimab, in Europe.", get_vocab()
    )
    assert [(s.text, s.link) for s in spans if s.kind == "molecule"] == [
        ("Zorvexa", "zorbimab"),
        ("zorbimab", ""),
    ]


def test_recognize_a_brand_known_generically_as_its_inn_is_that_inn() -> None:
    spans = recognize(
        "Acme won approval for its drug Zorvexa, known generically as zorbimab, in Europe.",
        get_vocab(),
    )
    assert [(s.text, s.link) for s in spans if s.kind == "molecule"] == [
        ("Zorvexa", "zorbimab"),
        ("zorbimab", ""),
    ]


def test_recognize_a_brand_is_linked_to_its_radioligand() -> None:
    spans = recognize("Acme's Zorvexa (177Lu-lilotomab satetraxetan) was cleared.", get_vocab())
    brand = next(s for s in spans if s.text == "Zorvexa")
    assert "lilotomab" in brand.link


def test_recognize_norwegian_legal_form() -> None:
    orgs = {s.key for s in recognize("Acme, through Zorba Holding AS, made an offer.", get_vocab())}
    assert "Zorba Holding" in orgs


def test_recognize_a_region_in_brackets_before_the_legal_form() -> None:
    orgs = {s.key for s in recognize("Zorbamed (China) Limited announces data.", get_vocab())}
    assert "Zorbamed" in orgs


def test_recognize_a_company_business_is_no_company() -> None:
    text = "It will strengthen Acmetica’s Innovative Health business, said Jo Doe."
    assert not {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}


@pytest.mark.parametrize(
    "text",
    [
        "It cut the signs and symptoms of rheumatoid arthritis.",
        "It is in trials in Graft v Host disease.",
    ],
)
def test_recognize_diseases_as_releases_write_them(text: str) -> None:
    assert any(s.kind == "disease" for s in recognize(text, get_vocab()))


@pytest.mark.parametrize(
    "text",
    [
        "CEO of Acmetica Therapeutics, Inc. Adam R. Craig stated, “We are excited.”",
        "Acme CEO Karl-Ludwig Kley spoke. “It is a milestone,” Kley said.",
        "Originally announced in June, the deal closed.",
        "The study was led by Jo Roe from the Cancer Hospital of the Academy.",
    ],
)
def test_recognize_people_adverbs_and_generic_words_are_no_companies(text: str) -> None:
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert orgs <= {"Acmetica Therapeutics", "Acme"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme Reports Data; Stock Up Over 400%",
        "Plaques cleared (PASI 100, sPGA 0) in 40% of patients.",
        "Data come from the Phase 3 RESOLVE™ study in CLL.",
    ],
)
def test_recognize_scores_counts_and_trials_are_no_molecules(text: str) -> None:
    assert not _spans(text, MOLECULE)


@pytest.mark.parametrize(
    "text",
    [
        "Offer at NOK 362 per Acme share, in cash.",
        "Acme launches Acme One Connect™ patient support program.",
        "Title: Durable Responses in LBCL. Abstract: P1125",
        "Its products include F-18 PET and NETSPOT.",
        "No pustules were seen in the ZORBASIL® 1 trial.",
        "Acme is conducting ALPHA2 and EXPAND, two potentially pivotal trials.",
    ],
)
def test_recognize_prices_services_abstracts_and_scans_are_no_molecules(text: str) -> None:
    assert not _spans(text, MOLECULE)


@pytest.mark.parametrize(
    "text",
    [
        "It is reviewed under the Real-Time Oncology Review (RTOR) pilot program.",
        "It exemplifies the Personalised Healthcare (PHC) Strategy.",
        "It was listed on the National Health Insurance (NHI) price list.",
        "Data came at the International Conference on Molecular Targets and Cancer Therapeutics.",
        "said Jo Roe, Director of the Blood Cancer Research Program.",
    ],
)
def test_recognize_programmes_schemes_and_events_are_no_entities(text: str) -> None:
    assert not [s for s in recognize(text, get_vocab()) if s.kind in ("org", "disease")]


def test_recognize_a_code_prefix_is_no_company_and_gpp_is_a_disease() -> None:
    spans = recognize("Nivolumab (ONO-4538/BMS-936558) is filed for GPP flares.", get_vocab())
    assert not [s for s in spans if s.kind == "org"]
    assert [s.text for s in spans if s.kind == "disease"] == ["GPP"]


def test_recognize_a_short_name_defined_in_quotes_names_the_company() -> None:
    text = 'Zorbamed Co., Ltd. (Head Office: Osaka; "ZMD") said that ZMD filed.'
    keys = [s.key for s in recognize(text, get_vocab()) if s.kind == "org"]
    assert keys == ["Zorbamed"] * 3  # the name, its definition and its use


def test_recognize_a_department_is_no_company() -> None:
    text = "said Jo Doe, Director of GI Oncology Program at Acmetica Therapeutics, Inc."
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert orgs == {"Acmetica Therapeutics"}


def test_recognize_organisation_suffixes_and_institutions() -> None:
    text = "Acmetica Therapeutics, Inc. and the University of Springfield met Foo Bar AG."
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert {"Acmetica Therapeutics", "University of Springfield", "Foo Bar"} <= orgs


def test_recognize_regulators_are_not_organisations() -> None:
    orgs = [s for s in recognize("The FDA and the EMA agreed.", get_vocab()) if s.kind == "org"]
    assert orgs == []


def test_recognize_stock_tickers_are_no_entities() -> None:
    text = "Acmetica Therapeutics, Inc. (NYSE: PFE; NASDAQ: CLL) announced results."
    spans = recognize(text, get_vocab())
    assert all(s.text not in {"PFE", "CLL"} for s in spans)


def test_recognize_disease_inside_congress_name_is_no_disease() -> None:
    text = "Data were shown at the World Conference on Lung Cancer and the Breast Cancer Symposium."
    assert not [s for s in recognize(text, get_vocab()) if s.kind == "disease"]
    assert [s for s in recognize("patients with lung cancer", get_vocab()) if s.kind == "disease"]


def test_recognize_combined_abbreviation_names_two_diseases() -> None:
    spans = [
        s for s in recognize("approved for CLL/SLL in adults", get_vocab()) if s.kind == "disease"
    ]
    assert len({s.key for s in spans}) == 2
    assert {s.text for s in spans} == {"CLL/SLL"}


def test_recognize_unmarked_brand_only_when_linked_to_inn() -> None:
    linked = _spans("ZORBAXA (zorbimab) was approved.", MOLECULE)
    assert ("ZORBAXA", "ZORBAXA") in linked
    # with no INN and no drug cue (an approval, a combination), a capitalised word is no drug
    assert not {t for t, _ in _spans("ZORBAXA was discussed.", MOLECULE)} & {"ZORBAXA"}
    spans = recognize("ZORBAXA (zorbimab) was approved.", get_vocab())
    assert next(s for s in spans if s.text == "ZORBAXA").link == "zorbimab"


@pytest.mark.parametrize(
    "text",
    [
        "patients who failed at least one anti-TNF therapy",
        "prior treatment with non-anti-TNF biologic agents",
        "zorbimab in combination with an aromatase inhibitor",
        "in the event TNF blockers are clinically inadvisable",
    ],
)
def test_recognize_gene_naming_another_treatment_class_is_not_a_target(text: str) -> None:
    assert not _spans(text, TARGET)


def test_recognize_new_york_institution_keeps_its_name() -> None:
    text = "The trial runs at New York Presbyterian Columbia Medical Center today."
    orgs = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert "New York Presbyterian Columbia Medical Center" in orgs


@pytest.mark.parametrize(
    "text", ["ZorbaxTM (zorbimab) is approved.", "ZORBAX(R) (zorbimab) is approved."]
)
def test_recognize_ascii_trademark_marks_a_brand(text: str) -> None:
    spans = recognize(text, get_vocab())
    brand = next(s for s in spans if s.text in {"Zorbax", "ZORBAX"})
    assert brand.kind == MOLECULE
    assert brand.link == "zorbimab"


def test_recognize_trial_names_are_not_molecules() -> None:
    x = run(
        "Zorbimab improved survival in the Phase 3 KAPPA-7 trial and in QUASAR, an open-label "
        "Phase 2 study, in patients with melanoma."
    )
    assert names(x, "Molecule") == {"zorbimab"}


def test_recognize_residue_after_gene_is_a_mutation_not_a_code() -> None:
    x = run("Zorbimab is a BRAF inhibitor for patients with BRAF V600 mutation-positive melanoma.")
    assert "V600" not in names(x, "Molecule")
    assert names(x, "Target") == {"BRAF"}


def test_recognize_capitals_brand_introduced_as_a_drug() -> None:
    x = run("ZORBEX, an oral kinase inhibitor, is approved in melanoma.")
    assert "ZORBEX" in names(x, "Molecule")
    # a code with two digits, its adjectives listed
    y = run("Acme's lead asset is QX-13, a first-in-class, oral KIT agonist.")
    assert "QX-13" in names(y, "Molecule")


def test_recognize_greek_subunit_spelling_of_a_gene() -> None:
    x = run("Zorbimab is a selective PDGFRα inhibitor.")
    assert names(x, "Target") == {"PDGFRA"}


def test_recognize_a_name_marked_as_a_company_by_its_ticker_or_apposition() -> None:
    x = run(
        "Zorbagen (Nasdaq: ZRBG) and Quillon, a clinical-stage biotechnology company, today "
        "announced a collaboration."
    )
    assert {"Zorbagen", "Quillon"} <= names(x, "Organization")


def test_recognize_disease_label_in_the_forms_releases_use() -> None:
    x = run("Zorbimab is approved for medullary thyroid cancer and Graves' ophthalmopathy.")
    ids = {n.id for n in x.nodes}
    assert {"disease:DOID:3973", "disease:DOID:0081120"} <= ids
    # (the ontology names only the wider "pulmonary hypertension")
    x = run("Zorbimab is in a Phase 3 trial for pulmonary arterial hypertension (PAH).")
    assert "disease:DOID:6432" in {n.id for n in x.nodes}


def test_recognize_substance_named_in_a_receptor_is_no_drug() -> None:
    x = run("Zorbimab is a selective sphingosine 1-phosphate receptor modulator.")
    assert names(x, "Molecule") == {"zorbimab"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme won approvals for Zorvexa (zorbimab) and multiple receptor tyrosine kinase "
        "inhibitor Quintiva.",
        "Zorbimab is an interleukin-6 (IL-6) receptor antagonist.",
        "Infections may increase because zorbimab lowers IgG levels.",
        "It is given with aromatase inhibitors (letrozole or zorbimab) in hormone receptor-"
        "positive disease.",
    ],
)
def test_recognize_a_drug_before_a_receptor_phrase_it_is_no_part_of(text: str) -> None:
    assert "zorbimab" in names(run(text), "Molecule")


def test_recognize_disease_word_inside_a_gene_name_is_no_disease() -> None:
    x = run("Zorbimab inhibits anaplastic lymphoma kinase in lung cancer.")
    assert "lymphoma" not in {n.name.lower() for n in x.nodes}


def test_recognize_two_word_inn_and_lower_case_code() -> None:
    x = run(
        "Zorbatug sesutecan, an antibody-drug conjugate, and zz2121, an investigational CAR T "
        "cell therapy."
    )
    assert {"Zorbatug sesutecan", "zz2121"} <= {m.text for n in x.nodes for m in n.mentions}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        # the cue precedes the long form the symbol abbreviates
        ("Zorbimab is designed to inhibit the vascular endothelial growth factor (VEGF).", "VEGFA"),
        # a defined abbreviation the vocabulary lacks, then used alone
        ("Its Bruton's tyrosine kinase (Btk) inhibitor lumabrutinib; the Btk inhibitor.", "BTK"),
        ("Lumabrutinib is an oral hypoxia-inducible factor-2 alpha (HIF-2α) inhibitor.", "EPAS1"),
        ("Zorbimab is a monoclonal antibody targeting BAFF-R.", "TNFRSF13C"),
    ],
)
def test_recognize_target_written_with_its_long_form(text: str, symbol: str) -> None:
    assert symbol in names(run(text), "Target")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # the ligand's name used to name its receptor
        ("Zorbimab binds to the high-affinity interleukin-2 (IL-2) receptor subunit.", "IL2"),
        ("Zorbimab binds to the interleukin-2 (“IL-2”) receptor.", "IL2"),
        (
            "Lumatinib blocks the Vascular Endothelial Growth Factor (“VEGF”) receptor kinases.",
            "VEGFA",
        ),
        ("Lumatinib is an inhibitor of the PDGF receptor tyrosine kinases.", "PDGFB"),
        ("Zorbimab is a monoclonal antibody targeting BAFF-R.", "TNFSF13B"),
        # a drug-class abbreviation that HGNC also lists as an alias
        ("Zorbimab is an antibody-drug conjugate (ADC) directed to CD30.", "AZIN2"),
    ],
)
def test_recognize_names_that_are_not_the_target(text: str, wrong: str) -> None:
    assert wrong not in names(run(text), "Target")


@pytest.mark.parametrize(
    "text",
    [
        "Zorbimab is an interleukin-23 (IL-23) inhibitor.",
        "Lumabrutinib inhibits phosphoinositide 3-kinase delta.",
        "Zorbimab was studied in non-Hodgkin lymphoma.",
        "Data on AZD2014 will be presented at ASCO2023.",
        "Zorbimab is an anti-CD3 monoclonal antibody.",
    ],
)
def test_recognize_protein_families_names_and_congresses_are_not_molecules(text: str) -> None:
    assert names(run(text), "Molecule") <= {"zorbimab", "lumabrutinib", "AZD2014"}


def test_recognize_plural_disease_counts_only_as_an_indication() -> None:
    indicated = run("Zorbimab is approved for the treatment of relapsed follicular lymphomas.")
    assert ("zorbimab", "follicular lymphoma") in edges(indicated, "INDICATED_FOR")
    background = run("Acmetica studies lymphomas. Zorbimab is an anti-CD20 antibody.")
    assert "lymphoma" not in names(background, "Disease")


def test_recognize_ontology_class_is_background_unless_an_indication() -> None:
    # "eye disease" and "autoimmune disease" hold many DO terms: classes, not indications
    x = run("An eye disease may be an autoimmune disease; zorbimab is an anti-CD20 antibody.")
    assert names(x, "Disease") == set()


def test_recognize_disease_label_without_its_latin_qualifier() -> None:
    x = run("Zorbimab is approved to delay the onset of type 1 diabetes in adults.")
    assert "type 1 diabetes mellitus" in {a.lower() for n in x.nodes for a in [n.name, *n.aliases]}


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("Zorbimab is approved for patients with von Hippel-Lindau (VHL) disease.", "DOID:14175"),
        ("Zorbimab is approved for Waldenström's macroglobulinemia.", "DOID:0060901"),
    ],
)
def test_recognize_disease_written_with_an_inner_abbreviation_or_a_possessive(
    text: str, disease: str
) -> None:
    assert disease in {n.properties.get("doid") for n in run(text).nodes}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acmetica and the Broad Institute announced a collaboration.", "Broad Institute"),
        ("Acmetica licensed it from Fred Hutchinson Cancer Research Center.", None),
        ("Investigators at The Royal Marsden NHS Foundation Trust led the study.", None),
        ("Acmetica and the Mayo Clinic signed an agreement.", "Mayo Clinic"),
        ("Acmetica and Institut Curie announced a collaboration.", "Institut Curie"),
    ],
)
def test_recognize_institutions_by_their_head_words(text: str, name: str | None) -> None:
    found = names(run(text), "Organization")
    assert any(name is None or n == name for n in found if n != "Acmetica")
    assert any(w in n for n in found for w in ("Institute", "Center", "Trust", "Clinic", "Curie"))


def test_recognize_abbreviations_the_text_defines() -> None:
    x = run(
        "Zorbimab is approved for medullary thyroid cancer (MTC). Filings for zorbimab in "
        "RET-mutant MTC are planned. It improved the Clinical Activity Score (CAS)."
    )
    mtc = next(n for n in x.nodes if n.name == "medullary thyroid cancer")
    assert "MTC" in mtc.aliases
    assert len(mtc.mentions) == 3
    # CAS is also an ontology synonym (of a speech disorder), but the text defines it
    assert names(x, "Disease") == {"medullary thyroid cancer"}


def test_recognize_abbreviations_spelling_the_qualifiers_too() -> None:
    # the abbreviation opens with a qualifier's initial, not the disease name's
    x = run(
        "Zorbimab is approved for relapsed/refractory classical Hodgkin's lymphoma (CHL). "
        "Quorvimab is approved for CHL."
    )
    hodgkin = next(n for n in x.nodes if n.label.value == "Disease")
    assert "CHL" in hodgkin.aliases
    assert len(hodgkin.mentions) == 3
    assert ("quorvimab", hodgkin.name) in edges(x, "INDICATED_FOR")


def test_recognize_company_mission_names_no_indication() -> None:
    x = run(
        "Acmetica is a company focused on enabling normal lives for patients with autoimmune "
        "diseases; zorbimab is its lead candidate."
    )
    assert names(x, "Disease") == set()


@pytest.mark.parametrize("code", ["LY3537982", "PF-07220060", "SHR-A1811"])
def test_recognize_long_company_code_names(code: str) -> None:
    assert names(run(f"Acmetica announced that {code} entered a Phase 2 trial."), "Molecule") == {
        code
    }


def test_recognize_trial_registry_numbers_are_not_molecules() -> None:
    x = run("The trial (CTR20231234, ChiCTR2000029, ISRCTN12345678) tests zorbimab.")
    assert names(x, "Molecule") == {"zorbimab"}


def test_recognize_regional_unit_merges_into_its_company() -> None:
    x = run("Daiichi Sankyo Europe GmbH and AstraZeneca signed an agreement.")
    assert names(x, "Organization") == {"Daiichi Sankyo", "AstraZeneca"}


def test_recognize_a_place_in_parentheses_is_no_short_name() -> None:
    x = run("BeiGene, Ltd. said BeiGene (Shanghai) Co., Ltd. opened a site in Shanghai.")
    (beigene,) = (n for n in x.nodes if n.name == "BeiGene")
    assert "Shanghai" not in beigene.aliases


def test_recognize_capitalised_brand_linked_to_its_inn() -> None:
    x = run("Zorbix (zorbimab) is approved for plaque psoriasis. Zorbix sales grew.")
    (molecule,) = (n for n in x.nodes if str(n.label) == "Molecule")
    assert molecule.name == "zorbimab"
    assert "Zorbix" in molecule.aliases
    common = run("Patients on Placebo (docetaxel) were compared; placebo was given.")
    assert all("Placebo" not in n.aliases for n in common.nodes)


def test_recognize_a_brand_glossed_by_its_inn_between_commas() -> None:
    x = run(
        "The EC approved Zorbix plus chemotherapy as first-line treatment for hepatocellular "
        "carcinoma. Treatment with Zorbix, or zorbimab, improved survival."
    )
    (molecule,) = (n for n in x.nodes if str(n.label) == "Molecule")
    assert (molecule.name, "Zorbix" in molecule.aliases) == ("zorbimab", True)
    assert ("zorbimab", "hepatocellular carcinoma") in edges(x, "INDICATED_FOR")
    common = run("Patients on Placebo, or docetaxel alone, were compared; placebo was given.")
    assert all("Placebo" not in n.aliases for n in common.nodes)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Eli Lilly and Company (NYSE: LLY) and Acmetica signed.", "Eli Lilly and Company"),
        ("Acmetica and Merck & Co., Inc. announced a collaboration.", "Merck"),
    ],
)
def test_recognize_company_names_with_and(text: str, name: str) -> None:
    assert name in names(run(text), "Organization")


def test_recognize_conjugate_payloads_are_not_molecules() -> None:
    x = run("Zorbimab is an ADC with a topoisomerase payload (exatecan); SN-38 payloads differ.")
    assert names(x, "Molecule") == {"zorbimab"}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("lumatinib, a selective inhibitor of the c-Met receptor tyrosine kinase", "MET"),
        ("zorbimab, an antibody that binds to c-Kit,", "KIT"),
        (
            "lumafenib is designed to selectively inhibit the BRAF mutation found in melanoma",
            "BRAF",
        ),
    ],
)
def test_recognize_target_forms_releases_use(text: str, symbol: str) -> None:
    assert symbol in {key for _, key in _spans(text, TARGET)}


def test_recognize_a_mutation_that_selects_patients_is_still_no_target() -> None:
    assert not _spans("in patients with BRAF mutation-positive melanoma", TARGET)


@pytest.mark.parametrize(
    "text",
    [
        "Acme will use Bolt's Quadrix® bispecific antibody technology. Quadrix® retain the "
        "IgG format.",
        "Our suite of technologies, such as Velorix® and Genexa®, is broad. Velorix® mice "
        "make antibodies.",
    ],
)
def test_recognize_a_technologys_trademark_is_no_molecule(text: str) -> None:
    assert not _spans(text, MOLECULE)


@pytest.mark.parametrize(
    "text",
    [
        # the newswire of the dateline
        "Oxford, United Kingdom--(Quillwire Corp. - May 30, 2024) - Vantora Pharma announced "
        "an option.",
        # a post, its unit, the company
        '"We are pleased," said Jane Roe, Group Vice President, Targeted Biologics, Vantora '
        "Pharma.",
    ],
)
def test_recognize_a_newswire_or_a_unit_is_no_company(text: str) -> None:
    assert {s.key for s in recognize(text, get_vocab()) if s.kind == "org"} == {"Vantora Pharma"}


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # an appositive whose description holds an abbreviation
        (
            "Edmonton, November 22, 2022 Quillax, a clinical-stage N-myristoyltransferase (NMT) "
            "inhibitor company, today announced news.",
            {"Quillax"},
        ),
        # a spin-out named by where it came from, no name of its own
        ("University of Oxford-spinout Zentavo has been acquired by Bolt Pharma.", {"Bolt Pharma"}),
    ],
)
def test_recognize_company_descriptions(text: str, orgs: set[str]) -> None:
    assert {s.key for s in recognize(text, get_vocab()) if s.kind == "org"} == orgs


def test_recognize_descriptions_are_no_names() -> None:
    spans = recognize(
        "Acme signed a deal with Boston-based biotech Aktora to develop targeted, nonpeptide "
        "radiopharmaceuticals.",
        get_vocab(),
    )
    assert {s.text for s in spans if s.kind in ("org", "molecule")} <= {"Acme", "Aktora"}


def test_recognize_a_drug_given_a_use_is_no_trial_for_its_trial() -> None:
    text = (
        "The application of Zorvexa™ for the treatment of melanoma was validated. The data "
        "of the Phase III Zorvexa™ trial are expected in 2024."
    )
    assert {name for name, _ in _spans(text, MOLECULE)} == {"Zorvexa"}


@pytest.mark.parametrize(
    "text",
    [
        "Bolt Bio won approval for QX-101 – the first gene therapy for ADA-SCID. In the QX-101 "
        "trial, all patients survived.",
        "FDA halts Bolt Bio's QX-101 trials\n\nThe FDA put a hold on trials of Bolt Bio's "
        "product candidate QX-101.",
    ],
)
def test_recognize_a_drug_defined_by_a_dash_or_as_a_candidate_is_no_trial_name(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} == {"QX-101"}


def test_recognize_trial_name_is_a_trial_everywhere_in_the_text() -> None:
    text = (
        "QRS7 results\n\nQRS7, a global, randomized, open-label, Phase 3 study, compared "
        "zorbimab to lumatinib. The Phase 2 study (ZB 4402g) enrolled 80 patients."
    )
    molecules = {name for name, _ in _spans(text, MOLECULE)}
    assert "zorbimab" in molecules
    assert not molecules & {"QRS7", "ZB 4402g"}


@pytest.mark.parametrize(
    "text",
    [
        "Data were presented at the congress (#ASH2024) in December.",
        "Monitor patients for signs of infection.",
        "zorbimab is an investigational oral PROTAC® (proteolysis targeting chimera) degrader.",
        "the DART® molecule QRS-101 entered the clinic",
    ],
)
def test_recognize_words_that_are_no_drugs(text: str) -> None:
    molecules = {name for name, _ in _spans(text, MOLECULE)}
    assert not molecules & {"ASH2024", "Monitor", "PROTAC", "DART"}


def test_recognize_mark_as_a_wrongly_decoded_page_shows_it() -> None:
    assert ("Zorbix", "Zorbix") in {
        (name, name) for name, _ in _spans("ZorbixÂ® (zorbimab) is approved.", MOLECULE)
    }


def test_recognize_headline_in_capitals_is_trimmed() -> None:
    orgs = names(
        run("AMGEN COMPLETES ACQUISITION OF HORIZON THERAPEUTICS\n\nBody text."), "Organization"
    )
    assert not any("ACQUISITION" in name.upper() for name in orgs)


def test_recognize_biologics_license_application_names_no_company() -> None:
    x = run("The FDA will review the Supplemental Biologics License Application for zorbimab.")
    assert names(x, "Organization") == set()


@pytest.mark.parametrize(
    ("text", "doid"),
    [
        ("zorbimab is approved for patients with Behçet’s Disease.", "DOID:13241"),
        ("zorbimab is in Phase 2 for ER+/HER2- breast cancer.", "DOID:1612"),  # breast cancer
    ],
)
def test_recognize_disease_spellings_fold_to_the_label(text: str, doid: str) -> None:
    assert doid in {n.properties.get("doid") for n in run(text).nodes}


@pytest.mark.parametrize(
    "text",
    [
        "Stage 3 disease carries health risks, including diabetic ketoacidosis.",
        "Hypogammaglobulinemia, an expected chronic toxic effect, was managed with infusions.",
        "Atopic dermatitis (AD), a form of eczema, causes itching.",
        # the class after several describing words, and its patients' age or origin
        "ZX-101 is developed to treat glioma – the most frequent and most invasive form of "
        "primary brain cancer in adults.",
        "The trial tests ZX-101 in patients with GBM, which is the deadliest and most invasive "
        "type of adult brain cancer.",
    ],
)
def test_recognize_complications_and_classes_are_no_diseases(text: str) -> None:
    found = {name.lower() for name in names(run(text), "Disease")}
    assert not found & {"diabetic ketoacidosis", "hypogammaglobulinemia", "eczema", "brain cancer"}


@pytest.mark.parametrize(
    "text",
    [
        "Zorbimab is approved for patients with a form of chronic myeloid leukemia.",
        "The medicine, Zorvexa, is indicated for a form of chronic myeloid leukemia.",
        "Quillon Bio's drug to treat a rare and aggressive form of chronic myeloid leukemia.",
    ],
)
def test_recognize_form_of_a_disease_after_an_indication_cue_is_the_disease(text: str) -> None:
    assert "chronic myeloid leukemia" in names(run(text), "Disease")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics, Inc. and Villejuif Roussy are announcing today a collaboration.",
        "Acmetica Therapeutics, Inc. And Villejuif Roussy Sign Research Agreement\n\nBody.",
    ],
)
def test_recognize_name_announcing_beside_a_company_is_an_organisation(text: str) -> None:
    assert "Villejuif Roussy" in names(run(text), "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica Therapeutics and Villejuif have received a positive CHMP opinion for Zorbimab.",
        "Acmetica Therapeutics and Villejuif have reported positive results for Zorbimab.",
        "Acmetica Therapeutics and Villejuif said the trial of Zorbimab met its endpoint.",
    ],
)
def test_recognize_name_reporting_beside_a_company_is_an_organisation(text: str) -> None:
    assert "Villejuif" in names(run(text), "Organization")


def test_recognize_a_patients_association_is_an_organisation() -> None:
    text = (
        "New York (GLOBE NEWSWIRE) -- The Quillon Disease Association (QDA) celebrates the "
        "approval of Zorbimab. Data were presented at the European Hematology Association "
        "(EHA) Congress."
    )
    found = names(run(text), "Organization")
    assert "Quillon Disease Association" in found
    assert "European Hematology Association" not in found


def test_recognize_co_subject_needs_an_announcement_at_the_sentence_start() -> None:
    text = "Patients of Acmetica Therapeutics, Inc. and Villejuif Roussy announced nothing."
    assert "Villejuif Roussy" not in names(run(text), "Organization")


def test_recognize_diseases_named_only_in_a_safety_section_are_no_diseases() -> None:
    text = (
        "Zorbimab is approved for adults with myelofibrosis.\n\n"
        "Important Safety Information\n"
        "Thrombosis, including pulmonary embolism, has occurred. Non-melanoma skin cancer "
        "has occurred. Myelofibrosis patients need monitoring.\n\n"
        "About Acmetica\nAcmetica Therapeutics, Inc. develops medicines."
    )
    assert names(run(text), "Disease") == {"myelofibrosis"}


def test_recognize_disease_qualified_by_a_biomarker_is_named_without_it() -> None:
    x = run("OV-330 is in a Phase 1 trial for HR+/HER2- breast cancer.")
    assert names(x, "Disease") == {"breast cancer"}


def test_recognize_disease_named_as_written_mid_sentence() -> None:
    x = run("Gastric cancer is common. Zorbimab is in a Phase 1 trial in gastric cancer.")
    assert "gastric cancer" in names(x, "Disease")


def test_recognize_short_code_introduced_as_its_drug() -> None:
    text = "Acmetica will evaluate LMN-19, its CD19-directed CAR-NK cell therapy, in leukemia."
    assert "LMN-19" in {name for name, _ in _spans(text, MOLECULE)}
    assert not _spans("The NETTER-1 study, a Phase 3 study, enrolled 229 patients.", MOLECULE)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Boston-based Quillon Therapeutics, Inc. dosed its first patient.",
            "Quillon Therapeutics",
        ),
        (
            "Acmetica plans to buy a stake in Tex.-based Quillon Therapeutics soon.",
            "Quillon Therapeutics",
        ),
    ],
)
def test_recognize_org_name_drops_the_place_it_is_based_in(text: str, name: str) -> None:
    assert name in names(run(text), "Organization")


def test_recognize_fronted_phrase_before_a_company_appositive_is_no_company() -> None:
    text = "Beyond Zorbivo, the Danish biotechnology company works on radioligands."
    assert not names(run(text), "Organization")


def test_recognize_company_short_and_long_names_merge() -> None:
    x = run(
        "Merck & Co (NYSE: MRK) and Merck announced results. Acme and BeiGene's zorbimab "
        "worked. BeiGene Biologics said so."
    )
    assert {"Merck", "BeiGene"} <= names(x, "Organization")
    assert not {"Merck & Co", "BeiGene Biologics"} & names(x, "Organization")


def test_recognize_inn_without_its_form_word_is_the_same_molecule() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. doses zorbaleukin alfa in a Phase 3 trial. The trial "
        "compares zorbaleukin with chemotherapy in ovarian cancer."
    )
    assert names(x, "Molecule") == {"zorbaleukin alfa"}


def test_recognize_disease_in_what_a_company_focuses_on_is_no_disease() -> None:
    x = run(
        "Acmetica Therapeutics, Inc., a biopharmaceutical firm dedicated to new medicines for "
        "gout and asthma, agreed to a merger."
    )
    assert not {n.lower() for n in names(x, "Disease")} & {"gout", "asthma"}


@pytest.mark.parametrize(
    "text",
    [
        "Bolt and Acmetica co-market the lymphoma drug Zorvexa, which regulators approved.",
        "Acmetica's best-selling product is Zorvexa in Europe.",
        "Acmetica licensed Zorvexa, an oral selective kinase inhibitor, in Asia.",
        "Analysts expect its Zorvexa drug to win approval.",
    ],
)
def test_recognize_brand_named_as_a_drug_without_mark_or_inn(text: str) -> None:
    assert ("Zorvexa", "Zorvexa") in _spans(text, MOLECULE)


@pytest.mark.parametrize(
    "text",
    [
        "Zebrin, a leading maker of antibody inhibitors, said so.",
        "Quillon, a biotechnology company developing antibody inhibitors, said so.",
        "The drug Targets cells; targets are many.",
    ],
)
def test_recognize_company_or_common_word_is_no_brand(text: str) -> None:
    assert not _spans(text, MOLECULE)


def test_recognize_protocol_code_and_delivery_technology_are_no_molecules() -> None:
    text = (
        "Data from the Phase 3 ORCHIDA (ZRB3011) study support zorbimab, co-formulated with "
        "Quillon's SPREADEX® drug delivery technology."
    )
    assert {name for name, _ in _spans(text, MOLECULE)} == {"zorbimab"}


def test_recognize_both_arms_of_a_bispecific_are_targets() -> None:
    found = {(s.kind, s.key) for s in recognize("AC-310, a FAP x 4-1BB molecule.", get_vocab())}
    assert (TARGET, "FAP") in found
    assert (TARGET, "TNFRSF9") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The European Commission granted conditional approval of Zorvexa in lymphoma.",
        "ZORVEXA is approved for adults with lymphoma.",
        "Zorvexa in combination with bendamustine reduced the risk of death.",
    ],
)
def test_recognize_brand_approved_or_combined_is_a_molecule(sentence: str) -> None:
    assert ("Zorvexa" if "Zorvexa" in sentence else "ZORVEXA") in {
        text for text, _ in _spans(sentence, MOLECULE)
    }


def test_recognize_capitalised_word_written_in_lower_case_elsewhere_is_no_brand() -> None:
    text = "Approval for Treatment in Europe follows. The treatment is oral."
    assert not _spans(text, MOLECULE)


def test_recognize_disease_form_the_ontology_lacks_is_one_disease_written_out() -> None:
    found = _spans("approved in small lymphocytic lymphoma (SLL).", "disease")
    assert {key for _, key in found} == {"small lymphocytic lymphoma"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("ZX-72 targets alpha4beta7 integrin.", {"ITGA4", "ITGB7"}),
        ("ZX-73 is an antibody against the integrin αvβ6.", {"ITGAV", "ITGB6"}),
    ],
)
def test_recognize_integrin_named_by_its_subunits_is_both_genes(text: str, pair: set[str]) -> None:
    assert {key for _, key in _spans(text, TARGET)} == pair


def test_recognize_greek_letters_without_integrin_or_drug_context_are_no_target() -> None:
    assert not _spans("The alpha4beta7 ratio rose in the cohort.", TARGET)


def test_recognize_elliptical_list_shares_the_head_noun() -> None:
    x = run("Zorbimab is approved for the treatment of prostate, bladder and kidney cancer.")
    assert {"prostate cancer", "bladder cancer", "kidney cancer"} <= names(x, "Disease")
    assert ("zorbimab", "prostate cancer") in edges(x, "INDICATED_FOR")


def test_recognize_elliptical_list_passes_over_a_word_naming_no_disease() -> None:
    # ("hepatobiliary cancer" is no label of the ontology: the items before it still count)
    x = run("Zorbimab is studied in gastric, hepatobiliary, esophageal and pancreatic cancers.")
    found = {disease for _, disease in edges(x, "INDICATED_FOR")}
    assert found == {"gastric cancer", "esophageal cancer", "pancreatic cancer"}
    y = run("Zorbimab is in a Phase 2 trial in hepatobiliary and pancreatic cancers.")
    assert {disease for _, disease in edges(y, "INDICATED_FOR")} == {"pancreatic cancer"}


def test_recognize_elliptical_list_of_classes_is_no_indication() -> None:
    x = run(
        "Acmetica Therapeutics, a company developing medicines for cancer, infectious and "
        "autoimmune disease, today announced that zorbimab was approved for melanoma."
    )
    assert names(x, "Disease") == {"melanoma"}


@pytest.mark.parametrize(
    ("text", "classes"),
    [
        (
            "Zorbimab is in development for the treatment of hematologic and solid tumors.",
            {"hematologic tumors", "solid tumors"},
        ),
        (
            "Acmetica is developing zorbimab for inflammatory and autoimmune diseases.",
            {"inflammatory diseases", "autoimmune diseases"},  # (each class as written)
        ),
    ],
)
def test_recognize_elliptical_list_of_classes_as_an_indication(
    text: str, classes: set[str]
) -> None:
    x = run(text)
    assert {d for m, d in edges(x, "INDICATED_FOR") if m == "zorbimab"} == classes


def test_recognize_elliptical_list_of_classes_outside_an_indication_is_no_disease() -> None:
    x = run("Acmetica has rights to zorbimab for all hematologic and solid tumor indications.")
    assert not names(x, "Disease")


def test_recognize_name_before_oncology_is_a_company() -> None:
    x = run("Meridian Oncology and Bolt Pharmaceuticals entered a collaboration.")
    assert "Meridian Oncology" in names(x, "Organization")
    field = run("Bolt Pharmaceuticals is a leader in Thoracic Oncology and Precision Oncology.")
    assert names(field, "Organization") == {"Bolt Pharmaceuticals"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Acmetica Therapeutics signed a licence agreement with Quillant for zorbimab.", True),
        ("Acmetica Therapeutics formed a partnership with Jane Smith, a physician.", False),
        ("Acmetica Therapeutics signed a deal with China.", False),
    ],
)
def test_recognize_one_name_after_a_deals_with_is_a_party(text: str, found: bool) -> None:
    orgs = names(run(text), "Organization") - {"Acmetica Therapeutics"}
    assert bool(orgs) is found
    assert orgs <= {"Quillant"}


def test_recognize_clipped_short_name_after_an_inn_is_the_molecule() -> None:
    x = run(
        "Acmetica Therapeutics develops zorbatug vedotin (Zorba-V). Zorba-V, an anti-CD20 "
        "antibody-drug conjugate, is in a Phase 2 trial for the treatment of ovarian cancer."
    )
    assert ("zorbatug vedotin", "MS4A1") in edges(x, "TARGETS")
    assert ("zorbatug vedotin", "ovarian cancer") in edges(x, "INDICATED_FOR")


def test_recognize_company_name_without_its_head_word_is_the_company() -> None:
    x = run(
        "Acmetica Therapeutics, Inc. completed its acquisition of Black Lantern Therapeutics.\n\n"
        "“Black Lantern’s lead asset, lumatinib, treats lung cancer,” said the CEO."
    )
    company = next(n for n in x.nodes if n.name == "Black Lantern Therapeutics")
    assert "Black Lantern" in company.aliases
    assert ("Black Lantern Therapeutics", "lumatinib") in edges(x, "DEVELOPS")


def test_recognize_company_right_after_a_dateline_dash() -> None:
    text = "BEIJING--(BUSINESS WIRE)--Quillix Pharmaceuticals (Beijing) Co., Ltd. today announced."
    assert "Quillix Pharmaceuticals" in {t for t, _ in _spans(text, "org")}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Quillix today announced results from its Phase 2 trial.", {"Quillix"}),
        (
            "NEW YORK – Quillix, Vantora and Merivale announced a pact.",
            {"Quillix", "Vantora", "Merivale"},
        ),
        ("The drug was developed jointly by Quillix and Vantora.", {"Quillix", "Vantora"}),
    ],
)
def test_recognize_names_an_announcement_or_a_maker_gives_are_organisations(
    text: str, names: set[str]
) -> None:
    assert {t for t, _ in _spans(text, "org")} == names


@pytest.mark.parametrize(
    "text",
    [
        "Jane Smith announced her retirement.",
        "Quillix Company, Limited (Quillix) announced a pact.",
        "Today announced plans were dropped; today is a holiday.",
    ],
)
def test_recognize_person_legal_form_or_common_word_announcing_is_no_new_organisation(
    text: str,
) -> None:
    assert {key for _, key in _spans(text, "org")} <= {"Quillix"}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvant shares rose 40% after the trial met its goal.",
        "Shares of Quorvant fell on the news.",
        "The results were positive, Quorvant said in a statement.",
        "Quorvant will pay $50 million upfront for the rights.",
        "Quorvant's lead drug candidate met the primary endpoint.",
    ],
)
def test_recognize_bare_name_news_style_gives_a_company(text: str) -> None:
    assert {t for t, _ in _spans(text, "org")} == {"Quorvant"}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe leads the team. Roe said the data were strong.",
        "Dr. Ortiz chaired the panel. Ortiz said the trial will go on.",
        "The company said on Monday. Korea's first drug of its kind.",
        "Market watchers said so. ZYLTRA's label was widened.",
        "Reuters reported the deal. MD Anderson's trial started.",
        # (a family name with its particles: "Jan van de Roe")
        "Jan van de Roe leads the team. The data were strong, van de Roe said.",
    ],
)
def test_recognize_person_place_brand_or_newswire_in_news_style_is_no_company(text: str) -> None:
    assert not {t for t, _ in _spans(text, "org")} - {"MD Anderson"}


@pytest.mark.parametrize(
    "text",
    [
        "Quorvant Receives FDA Clearance\n\nQuorvant received clearance for its ADC, QV-101.",
        "Quorvant Doses First Patient\n\nBOSTON, May 2, 2024 /Wire/ -- Quorvant today dosed QV-7.",
    ],
)
def test_recognize_name_opening_the_headline_and_the_first_sentence_is_the_issuer(
    text: str,
) -> None:
    assert {t for t, _ in _spans(text, "org")} == {"Quorvant"}


@pytest.mark.parametrize(
    "text",
    [
        "Chinese Biotech Wins Approval\n\nChinese regulators approved QV-101.",
        "FDA Approves QV-101\n\nFDA approved QV-101 for lupus.",
        "Quorvant CEO Park Min-jun said the data were strong. Park added that a trial will start.",
    ],
)
def test_recognize_no_issuer_or_news_name_from_a_demonym_regulator_or_family_name(
    text: str,
) -> None:
    assert not {t for t, _ in _spans(text, "org")} - {"Quorvant"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Zentavo said its anti-PD-1 antibody ZT-07 was approved.", "ZT-07"),
        ("Its lead product candidate, QV-11, is in Phase 2.", "QV-11"),
        ("We collaborate with Quorvant on their oncolytic virus QV10.", "QV10"),
        # (a code that is also some gene's alias: no protein is a virus)
        ("We collaborate with Quorvant on their oncolytic virus PH30.", "PH30"),
        ("Zentavo's cell therapy ZT19 entered Phase 1.", "ZT19"),
        ("Zentavo will develop its anti-CD19 antibody (ZT-19) in lymphoma.", "ZT-19"),
        ("Zentavo's velrasib, an oral inhibitor, entered Phase 2.", "velrasib"),
        ("Zentavo will pay Quorvant $40 million upfront.", "Quorvant"),
    ],
)
def test_recognize_short_codes_after_a_class_inn_endings_and_payees(text: str, name: str) -> None:
    assert name in {t for t, _ in _spans(text, "org") | _spans(text, MOLECULE)}


@pytest.mark.parametrize(
    ("text", "molecules"),
    [
        ("Zentavo began the second trial of its QX-3 product candidate in glioma.", {"QX-3"}),
        ("Zentavo's ZT07 autologous product enters Phase 2 next year.", {"ZT07"}),
        # (a one-digit code named by no owner's product is no code)
        ("Zentavo's sales of IL-2 grew, as did our COVID-19 product sales.", set()),
    ],
)
def test_recognize_a_short_code_its_owner_calls_its_product(text: str, molecules: set[str]) -> None:
    assert {t for t, _ in _spans(text, MOLECULE)} == molecules


def test_recognize_company_named_after_what_it_is() -> None:
    text = "Chinese biotech Quillix Solutions has begun dosing patients with QX-601."
    assert "Quillix Solutions" in {t for t, _ in _spans(text, "org")}


def test_recognize_a_relative_clause_after_a_drug_s_appositive_names_no_company() -> None:
    text = "Quillix Solutions leads with QX-101, an oral KRAS inhibitor that the biotech tests."
    assert "QX-101" not in {t for t, _ in _spans(text, "org")}
    assert "QX-101" in {t for t, _ in _spans(text, MOLECULE)}


@pytest.mark.parametrize(
    ("text", "molecules"),
    [
        ("Zentavo doses QZ35 in combination with standard chemotherapy in lymphoma.", {"QZ35"}),
        ("Zentavo to Test ZT13 in Combination with Pembrolizumab", {"ZT13"}),
        ("Zentavo tests ZT12 (zorbimab) in combination with nivolumab.", {"ZT12"}),
        # (one digit is too few: "T1 in combination with" may be a stage)
        ("Patients with T1 in combination with N2 disease were enrolled.", set()),
    ],
)
def test_recognize_a_short_code_studied_in_combination_with_a_treatment(
    text: str, molecules: set[str]
) -> None:
    codes = {t for t, _ in _spans(text, MOLECULE) if any(c.isdigit() for c in t)}
    assert codes == molecules


def test_recognize_the_company_said_after_a_drug_is_no_appositive() -> None:
    text = "Quillix Solutions dosed its antibody, QX-601, the company announced this week."
    assert "QX-601" not in {t for t, _ in _spans(text, "org")}


def test_recognize_a_family_name_is_no_later_members_alias() -> None:
    x = run("Zorbidepsin, a histone deacetylase (HDAC) inhibitor, is approved in lymphoma.")
    assert names(x, "Target") == set()
    assert not edges(x, "TARGETS")


def test_recognize_a_defined_disease_abbreviation_is_no_gene_alias() -> None:
    x = run("ZORBAX® (zorbidepsin) in Cutaneous T-Cell Lymphoma (CTCL) Targeted By Launch in 2030")
    assert names(x, "Target") == set()
    assert len(names(x, "Disease")) == 1


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("lumatinib, an inhibitor of FGFR1, FGFR2 and FGFR3", {"FGFR1", "FGFR2", "FGFR3"}),
        ("lumatinib, a dual inhibitor of c-Met and VEGFR2", {"MET", "KDR"}),
        ("zorbimab binds to CD20 on B cells and to CD3 on T cells", {"MS4A1", "CD3"}),
        ("lumatinib, an inhibitor of KRAS, and BRAF mutations were seen", {"KRAS"}),
    ],
)
def test_recognize_genes_listed_after_a_target_are_targets(text: str, symbols: set[str]) -> None:
    assert {key for _, key in _spans(text, TARGET)} == symbols


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("zorbimab targets a protein called CD22 on B cells", "CD22"),
        ("zorbimab binds to a tumor antigen Trop-2", "TACSTD2"),
        ("zorbimab is directed against the cell surface protein CD38", "CD38"),
        ("zorbimab recognizes CD30 on lymphoma cells", "TNFRSF8"),
        ("zorbimab is an antagonist of the PD-1 receptor", "PDCD1"),
        ("zorbimab is a T-cell engager of BCMA", "TNFRSF17"),
        ("lumatinib is a selective inhibitor of mutant KRAS G12D", "KRAS"),
        ("lumestrant is a degrader of the androgen receptor (AR)", "AR"),
        ("zorbimod is a selective S1P1 receptor modulator", "S1PR1"),
        ("zorbimab is an ADC that targets the liver-intestine cadherin protein", "CDH17"),
        # "Mer", the protein's common name (the TAM kinases Tyro3, Axl and Mer)
        ("zorbatinib is an inhibitor of Mer", "MERTK"),
        # an endothelin receptor named by its type alone (there is no endothelin A or B)
        ("zorbentan is a selective endothelin B agonist", "EDNRB"),
        ("zorbentan is an endothelin A antagonist", "EDNRA"),
    ],
)
def test_recognize_target_named_after_a_cue_and_a_description(text: str, symbol: str) -> None:
    assert {key for _, key in _spans(text, TARGET)} == {symbol}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("zorbimab, an IL-4 receptor alpha antagonist, is in Phase 2", "IL4R"),
        ("zorbimab is an anti-IL-5 receptor antibody", "IL5RA"),
        ("zorbimab blocks the IL-6 receptor", "IL6R"),
    ],
)
def test_recognize_receptor_named_by_its_ligand_is_the_receptor_gene(
    text: str, symbol: str
) -> None:
    assert {key for _, key in _spans(text, TARGET)} == {symbol}


def test_recognize_estrogen_receptor_is_its_alpha_gene_only_where_acted_on() -> None:
    acted_on = "lumestrant, an oral estrogen receptor protein degrader"
    assert {key for _, key in _spans(acted_on, TARGET)} == {"ESR1"}
    assert not _spans("patients with estrogen receptor-positive breast cancer", TARGET)


def test_recognize_a_kinase_by_its_uniprot_style_name() -> None:
    text = "lumasertib, a selective ATR serine/threonine-protein kinase inhibitor"
    assert {key for _, key in _spans(text, TARGET)} == {"ATR"}


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("zorbimab, an antibody targeting both PD-1 and VEGF", {"PDCD1", "VEGFA"}),
        ("lumatinib inhibits the activity of MAT2A", {"MAT2A"}),
        ("lumatinib is an inhibitor of the tyrosine kinases FGFR1 and FGFR2", {"FGFR1", "FGFR2"}),
        ("lumatinib inhibits both wild-type and mutant forms of EGFR", {"EGFR"}),
        ("zorbimab binds to DLL3 on tumor cells and CD3 on T cells", {"DLL3", "CD3"}),
        (
            "zorbimab is designed to bind BCMA on myeloma cells and CD3 on T cells",
            {"TNFRSF17", "CD3"},
        ),
    ],
)
def test_recognize_target_after_both_an_activity_or_the_forms_of_it(
    text: str, symbols: set[str]
) -> None:
    assert {key for _, key in _spans(text, TARGET)} == symbols


def test_recognize_numbered_kinases_after_their_family_name() -> None:
    text = "lumatinib, a selective inhibitor of Janus kinases 1 and 2"
    assert {key for _, key in _spans(text, TARGET)} == {"JAK1", "JAK2"}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("lumatinib, an EGFR exon 20 insertion inhibitor", "EGFR"),
        ("lumatinib, a MET exon 14 skipping inhibitor", "MET"),
        ("lumatinib, a HER2 mutant-selective inhibitor", "ERBB2"),
        ("lumatinib, an EGFR mutation-selective tyrosine kinase inhibitor", "EGFR"),
        ("zorbimab, a CD19-redirected T-cell therapy", "CD19"),
    ],
)
def test_recognize_mutant_class_and_redirected_forms_name_the_target(
    text: str, symbol: str
) -> None:
    assert {key for _, key in _spans(text, TARGET)} == {symbol}


def test_recognize_exon_mutations_of_patients_are_no_target() -> None:
    assert not _spans("patients with EGFR exon 20 insertion mutations", TARGET)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harlow & Pike LLP is providing legal counsel to Zentavo.", "Harlow & Pike"),
        ("Zentavo is advised by Harlow, Dunmore & Pike LLP on the deal.", "Harlow, Dunmore & Pike"),
        (
            "a payment from Belvue Tianmu Medical & Pharmaceutical Co., Ltd. under a licence",
            "Belvue Tianmu Medical & Pharmaceutical",
        ),
        (
            "a payment from China Belvue Tianmu Pharmaceutical Co., Ltd. under a licence",
            "China Belvue Tianmu Pharmaceutical",
        ),
    ],
)
def test_recognize_partner_lists_ampersands_and_opening_places_in_formal_names(
    text: str, name: str
) -> None:
    assert name in {key for _, key in _spans(text, "org")}


def test_recognize_place_said_before_a_formal_name_is_not_its_own() -> None:
    text = "It was approved in Japan Quillon Pharma Co., Ltd. said."
    assert "Quillon Pharma" in {key for _, key in _spans(text, "org")}


@pytest.mark.parametrize(
    "text",
    [
        "antibodies made with Zentavo’s proprietary Zorbex™ and Quilab™ platforms",
        "Acme licensed the KORVEX™, ZENTRA™ and LUMAX™ technologies.",
        "generated through Belvue’s NovaMiceTM HiTS Platform",
        "ZX-0123 uses Zentavo’s proprietary Quickbind™ linker to join the antibody.",
        "a distinct feature of Bolt Pharma’s KORVEX® products",
        "found through Bolt’s Quiltrace® High Throughput Endocytosis Platform",
        "binding elements generated by Bolt’s QUILTRA-GOLD® antibody library",
        "FDA approved Bolt’s Zorvant360® CDx as a companion diagnostic for ZX-0123.",
        "the FDA granted RMAT designation to Quorvengine® ZX-0123 TCR-T monotherapy",
        "ZX-0123, a tri-specific construct (TriZOR®), is built on its proprietary TriZOR platform.",
        "ZX-0123, the company’s first GoZOR-T® product candidate, incorporates a switch.",
        "Bolt Pharma, a company developing multispecific antibodies (Zorclonics® and "
        "Quiclonics®), announced that ZX-0123 was approved.",
    ],
)
def test_recognize_marked_platforms_in_lists_or_with_a_name_are_not_molecules(text: str) -> None:
    assert not {key for _, key in _spans(text, MOLECULE)} - {"ZX-0123"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The study is run by the Quillon Health Network in Canada.", "Quillon Health Network"),
        ("a grant from the Acme Pharma Foundation to the clinic", "Acme Pharma Foundation"),
    ],
)
def test_recognize_head_word_name_keeps_the_noun_that_ends_it(text: str, name: str) -> None:
    keys = {key for _, key in _spans(text, "org")}
    assert name in keys
    assert name.rsplit(" ", 1)[0] not in keys


@pytest.mark.parametrize(
    "text",
    [
        "BOSTON -- Q-Vanta (the “Company”) (Nasdaq: QVNT), a clinical-stage company, said so.",
        "Q-Vanta (“Q-Vanta” or the “Company”) licensed its drug to a partner.",
    ],
)
def test_recognize_name_defined_as_the_company_is_an_organisation(text: str) -> None:
    assert "Q-Vanta" in {key for _, key in _spans(text, "org")}


def test_recognize_name_entering_a_deal_is_an_organisation() -> None:
    text = (
        "Tumour Research Scotland has entered into a five-year alliance with Quillant. "
        "Jane Smith signed the agreement. Clinical Research has entered into a new phase."
    )
    keys = {key for _, key in _spans(text, "org")}
    assert "Tumour Research Scotland" in keys
    assert not {"Jane Smith", "Clinical Research"} & keys


def test_recognize_what_a_chief_executive_leads_is_an_organisation() -> None:
    text = (
        "“We are pleased,” said Jane Roe, chief executive officer of Quillantix. Jo Doe, "
        "President and CEO of Vellmora Eczema Alliance, said so. Al Poe, CEO of QPL, agreed. "
        "Ed Moe, President of Europe, and Kim Loe, Head of Oncology, spoke."
    )
    keys = {key for _, key in _spans(text, "org")}
    assert {"Quillantix", "Vellmora Eczema Alliance"} <= keys
    assert not {"QPL", "Europe", "Oncology"} & keys


def test_recognize_a_company_led_by_its_chief_develops_its_drug() -> None:
    x = run("Jo Roe, CEO of Quillantix, says the company’s drug QX-101 blocks FcRn.")
    assert ("Quillantix", "QX-101") in edges(x, "DEVELOPS")


@pytest.mark.parametrize(
    "name", ["Zentavo Biotechnologies", "Quillon Biopharmaceutical", "Belvue Biotechnology"]
)
def test_recognize_head_words_in_singular_and_plural(name: str) -> None:
    assert name in {key for _, key in _spans(f"Acmetica will acquire {name} soon.", "org")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quillon Medicine’s subsidiary, Sino-Quillon, dosed a patient.", "Quillon Medicine"),
        ("Zorvex is a wholly owned subsidiary of Belvue Meditech.", "Belvue Meditech"),
        ("Acme Pharma, an affiliate of Tarvin, said so.", "Tarvin"),
    ],
)
def test_recognize_parent_of_a_subsidiary_is_an_organisation(text: str, name: str) -> None:
    assert name in {key for _, key in _spans(text, "org")}


def test_recognize_names_announcing_together_may_be_of_a_field_s_words() -> None:
    text = (
        "Tumour Research Ventures and the Vallmora Institutet announce a partnership.\n\n"
        "Clinical Research and Acme Pharma announced results."
    )
    keys = {key for _, key in _spans(text, "org")}
    assert "Tumour Research Ventures" in keys
    assert "Clinical Research" not in keys


def test_recognize_headline_description_with_a_lower_case_compound_is_no_company() -> None:
    text = "Acme Expands Its Mission With Best-in-Class Rare Disease Medicines"
    assert not _spans(text, "org")


def test_recognize_clipped_head_word_names_the_same_company() -> None:
    x = run(
        "Quillon Pharmaceuticals said it will start a trial of QP-101. "
        "Quillon Pharma said the trial is for lung cancer."
    )
    assert names(x, "Organization") == {"Quillon Pharmaceuticals"}


def test_recognize_a_company_s_named_collaborator_is_an_organisation() -> None:
    text = "Acmetica, Inc. said that its collaborator, Quillix, won approval for zorbimab."
    assert "Quillix" in {key for _, key in _spans(text, "org")}


def test_recognize_a_ligand_naming_its_receptor_is_no_molecule() -> None:
    x = run("Quillix licensed ZQ-4578 and other PGE2 receptor antagonist programs worldwide.")
    assert names(x, "Molecule") == {"ZQ-4578"}


def test_recognize_a_headline_drug_word_does_not_name_the_next_paragraphs_first_word() -> None:
    x = run("Quillix cleared for study of its eczema drug\n\nSouth Korea’s Quillix said.")
    assert names(x, "Molecule") == set()


def test_recognize_a_symbol_in_camel_case_is_the_gene() -> None:
    x = run("Zorbamab binds EpCAM on tumour cells.")
    assert ("zorbamab", "EPCAM") in edges(x, "TARGETS")
    assert names(run("Zorbamab was studied by Mcdonald and colleagues."), "Target") == set()


@pytest.mark.parametrize("name", ["Quillix BioSciences", "Zentavo Pharm"])
def test_recognize_head_word_in_camel_case_or_clipped(name: str) -> None:
    x = run(f"{name} said the agency cleared a Phase 1 trial of zorbatinib.")
    assert name in names(x, "Organization")


def test_recognize_a_title_in_capitals_opens_no_company_name() -> None:
    x = run("“We are glad,” said Jane Roe, CEO Healthcare and Member of the Board of Quillix.")
    assert "CEO Healthcare" not in names(x, "Organization")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quorvant dosed the first patient with [177Lu]Lu-QRV-101.", "[177Lu]Lu-QRV-101"),
        ("Lutetium Lu 177 zelvotide is a radioligand therapy.", "Lutetium Lu 177 zelvotide"),
        ("Called LU-177 qrvPSMA-2.1, the radioligand enters Phase 1.", "LU-177 qrvPSMA-2.1"),
        # (the mass number written on to the symbol or the element's name)
        ("Kestrel said Lutetium Lu177 zelvotide was approved.", "Lutetium Lu177 zelvotide"),
        ("Kestrel said lutetium177 zelvotide was approved.", "lutetium177 zelvotide"),
    ],
)
def test_recognize_radioligand_is_named_by_its_isotope_and_its_carrier(
    text: str, name: str
) -> None:
    assert {t for t, _ in _spans(text, MOLECULE)} == {name}


def test_recognize_isotope_labelling_a_drug_is_no_molecule() -> None:
    text = "Quorvant's radiopharmaceutical labeled with lutetium-177 (Lu-177) entered Phase 1."
    assert not _spans(text, MOLECULE)


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("zorbimab blocks the interaction between PD-1 and PD-L1", {"PDCD1", "CD274"}),
        ("zorbimab binds with high affinity to CD47 on tumour cells", {"CD47"}),
        ("lumatinib is a covalent inhibitor of EGFR exon 20 insertion mutations", {"EGFR"}),
        ("zorbimab is a mesothelin-directed cell therapy", {"MSLN"}),
        ("lumalisib is a PI3Kα inhibitor", {"PIK3CA"}),
        ("zorbimab is an anti-OX40L antibody", {"TNFSF4"}),
        ("zorbimab is an IL-23p19 inhibitor", {"IL23A"}),
        ("zorbimab is a CD3xBCMA bispecific antibody", {"CD3", "TNFRSF17"}),
    ],
)
def test_recognize_target_in_more_of_the_ways_releases_name_it(
    text: str, symbols: set[str]
) -> None:
    assert {key for _, key in _spans(text, TARGET)} == symbols


def test_recognize_wire_headline_tag_is_no_part_of_a_company_name() -> None:
    text = "BRIEF-Quorvant Pharmaceutical enters into license agreement with Kelvarin"
    assert "Quorvant Pharmaceutical" in {t for t, _ in _spans(text, "org")}


def test_recognize_co_formulation_with_hyaluronidase_is_one_product() -> None:
    text = "The FDA approved zorbimab alfa and hyaluronidase-abcd for subcutaneous use."
    assert {t for t, _ in _spans(text, MOLECULE)} == {"zorbimab alfa and hyaluronidase-abcd"}


@pytest.mark.parametrize(
    ("text", "qualified"),
    [
        (
            "Zorbimab is approved for relapsed or refractory multiple myeloma.",
            "relapsed or refractory multiple myeloma",
        ),
        (
            "Zorbimab is approved in primary central nervous system lymphoma.",
            "primary central nervous system lymphoma",
        ),
        ("Zorbimab is in Phase 3 for ANCA-associated vasculitis.", "ANCA-associated vasculitis"),
    ],
)
def test_recognize_disease_as_the_text_qualifies_it_is_an_alias(text: str, qualified: str) -> None:
    x = run(text)
    assert qualified in {a for n in x.nodes if str(n.label) == "Disease" for a in n.aliases}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quorvant Genomics will co-develop QX-101 with Kelvarin Diagnostics.",
            "Kelvarin Diagnostics",
        ),
        ("Quorvant Bio-Pharma licensed QX-101 to Kelvarin Bio.", "Quorvant Bio-Pharma"),
        ("Kelvarin Vaccines and Quorvant Bio signed a deal.", "Kelvarin Vaccines"),
    ],
)
def test_recognize_more_head_words_of_company_names(text: str, name: str) -> None:
    assert name in {t for t, _ in _spans(text, "org")}


def test_recognize_a_field_s_word_before_a_legal_form_ends_a_company_name() -> None:
    text = "In Japan, Hoshira will co-promote the drug with Kelvarin Medical K.K. from 2025."
    assert "Kelvarin Medical" in {key for _, key in _spans(text, "org")}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Meridale initiated a Phase 2 study evaluating Tervolimab in glioblastoma.", True),
        ("The pivotal trial of Sarnotinib met its primary endpoint.", True),
        ("Data were presented by the Ruskin group at the meeting.", False),
    ],
)
def test_recognize_a_strong_inn_stem_is_a_drug_however_it_is_capitalised(
    text: str, present: bool
) -> None:
    assert bool(_spans(text, MOLECULE)) is present


@pytest.mark.parametrize(
    "text",
    [
        "Dosing resumed in the QX-2127 Phase 1 study in B-cell malignancies.",
        "The agency approved the QV041 confirmatory Phase II clinical trial in gastric cancer.",
    ],
)
def test_recognize_a_drug_code_before_trial_words_is_the_drug_studied(text: str) -> None:
    assert _spans(text, MOLECULE)


def test_recognize_a_trial_name_before_trial_words_is_still_no_drug() -> None:
    assert not _spans("Results of the ORCHIDEA-2 study were presented.", MOLECULE)


def test_recognize_a_state_opening_a_code_is_no_zip_code() -> None:
    assert ("FL-091", "FL-091") in _spans("Kelvarin licensed FL-091, a radioligand.", MOLECULE)
    assert not _spans("Kelvarin, 100 Main Street, Tampa, FL 33601, said today.", MOLECULE)


def test_recognize_a_short_code_introduced_as_a_company_s_drug() -> None:
    text = "QZ07, Kelvarin's most advanced drug candidate, is an anti-tumor peptide."
    assert ("QZ07", "QZ07") in _spans(text, MOLECULE)


def test_recognize_a_brand_with_a_mark_is_never_a_deal_party() -> None:
    text = "Hoshira signed a license agreement with ZORVIA® for marketing rights in Japan."
    assert "ZORVIA" not in {t for t, _ in _spans(text, "org")}


def test_recognize_brand_linked_to_generic_name_past_dosage_form() -> None:
    x = run("ZORVIA® Injection 135mg (Generic Name: zorvatinib) was approved in Japan.")
    mols = [n for n in x.nodes if str(n.label) == "Molecule"]
    assert len(mols) == 1
    assert {"ZORVIA", "zorvatinib"} <= {m.text for m in mols[0].mentions}


# Japanese releases name the registered product with route, strengths and container, perhaps
# quoted, and label the INN in square brackets: the brand and the INN are one drug.
@pytest.mark.parametrize(
    "text",
    [
        "Acme obtained approval of its anti-PD-L1 antibody, “ZORVIA® Intravenous Infusion "
        "1200mg” (generic name: zorvimab [recombinant]) for lung cancer.",
        "Acme obtained approval for the anti-CD20 antibody Zorvia® Intravenous Infusion 1000 mg "
        "[generic name: zorvimab (genetical recombination)] for CLL.",
        "Bolt obtained approval for the antibody Zorvia® Subcutaneous Injection 60 mg Syringes "
        "[generic name: zorvimab (genetical recombination)] for atopic dermatitis.",
    ],
)
def test_recognize_brand_linked_to_generic_name_past_japanese_product_name(text: str) -> None:
    mols = [n for n in run(text).nodes if str(n.label) == "Molecule"]
    assert [m.name for m in mols] == ["zorvimab"]
    assert {"zorvia", "zorvimab"} <= {m.text.lower() for m in mols[0].mentions}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The study runs at St Jude Children's Research Hospital.",
            "St Jude Children's Research Hospital",
        ),
        (
            "Samples come from Kelvarin Institute for Cancer Research.",
            "Kelvarin Institute for Cancer Research",
        ),
        (
            "said Jo Roe, haematologist at King's College Hospital in London.",
            "King's College Hospital",
        ),
        ("The trial runs at St. Kelvin's Hospital in Leeds.", "St. Kelvin's Hospital"),
        ("Tokai Tobacco Inc. filed an NDA for QX-101.", "Tokai Tobacco"),
        ("Japan Tobacco Inc. filed an NDA for QX-101.", "Japan Tobacco"),
    ],
)
def test_recognize_institution_and_company_names_kept_whole(text: str, name: str) -> None:
    assert name in {key for _, key in _spans(text, "org")}


def test_recognize_a_place_said_before_a_formal_name_is_not_part_of_it() -> None:
    text = "The drug was approved in Japan Kelvarin Co., Ltd. said."
    assert "Kelvarin" in {key for _, key in _spans(text, "org")}


def test_recognize_a_disease_in_a_committee_name_is_no_disease() -> None:
    assert not _spans("The FDA's Arthritis Advisory Committee voted 9-9.", "disease")


def test_recognize_an_antigen_no_gene_names_after_anti() -> None:
    text = "Zorvia (zorvituximab) is an anti-GD2 monoclonal antibody for neuroblastoma."
    assert ("GD2", "GD2") in _spans(text, TARGET)
    assert "GD2" not in {t for t, _ in _spans(text, "disease")}
    assert not _spans("QX-12 is an anti-HIV antibody.", TARGET)


def test_recognize_a_pan_family_inhibitor_names_no_target() -> None:
    assert not _spans("The oral pan HDAC inhibitor zorinostat is in a phase 2 trial.", TARGET)
    assert ("MEK", "MEK") in _spans("Zorcitinib is a MEK inhibitor.", TARGET)


def test_recognize_a_family_of_kinases_or_deacetylases_is_no_target() -> None:
    # "a JAK inhibitor" names the family, not which of its members the drug acts on
    x = run("Zorcitinib, an oral Janus kinase (JAK) inhibitor, is approved in alopecia areata.")
    assert names(x, "Target") == set()
    assert not edges(x, "TARGETS")
    y = run("Zorcitinib is a Janus kinase (JAK) 1/3 inhibitor.")
    assert edges(y, "TARGETS") == {("zorcitinib", "JAK1"), ("zorcitinib", "JAK3")}


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        ("Kelvarin licensed zorvetamab (PD-1/VEGF, KV112) to Hoshira.", {"PDCD1", "VEGFA"}),
        ("KV104 (PD-1/CTLA-4) is approved in cervical cancer.", {"PDCD1", "CTLA4"}),
    ],
)
def test_recognize_targets_in_parentheses_after_a_drug(text: str, symbols: set[str]) -> None:
    assert symbols <= {key for _, key in _spans(text, TARGET)}


@pytest.mark.parametrize(
    "text",
    [
        "Results were published in JAMA Oncology in 2021.",
        "The inhibitors come from the School of Life Sciences at Kelvarin University.",
        "Hoshira Pharma completes the purchase of Zorvex Inc. (US Biotechnology Company).",
        "Kelvarin has seen some interest from Big Pharma.",
    ],
)
def test_recognize_names_that_hold_company_words_but_name_no_company(text: str) -> None:
    orgs = {key for _, key in _spans(text, "org")}
    assert not orgs & {"JAMA Oncology", "Life Sciences", "Biotechnology", "Big Pharma"}


def test_recognize_a_target_degraded_is_a_target() -> None:
    text = "ZX-2127 is a small molecule that drives targeted BTK and IKZF3 degradation."
    assert {"BTK", "IKZF3"} <= {key for _, key in _spans(text, TARGET)}


def test_recognize_an_antibody_with_a_new_payload_is_its_own_drug() -> None:
    x = run("Kelvarin's trastuzumab zorvotecan was approved for HER2-mutant lung cancer.")
    assert "trastuzumab zorvotecan" in names(x, "Molecule")
    assert "trastuzumab" not in names(x, "Molecule")


@pytest.mark.parametrize(
    ("text", "diseases"),
    [
        (
            "Zorparib is approved for ovarian, fallopian tube or primary peritoneal cancer.",
            {"ovarian cancer", "fallopian tube cancer", "primary peritoneal cancer"},
        ),
        (
            "Zorparib is tested in recurrent epithelial ovarian, fallopian tube and primary "
            "peritoneal cancer.",
            {"ovarian cancer", "fallopian tube cancer", "primary peritoneal cancer"},
        ),
        (
            "Zorlimab is studied in gastric and gastroesophageal junction cancer.",
            {"gastroesophageal junction cancer"},
        ),
    ],
)
def test_recognize_list_items_of_several_words_share_the_head(
    text: str, diseases: set[str]
) -> None:
    assert diseases <= names(run(text), "Disease")


def test_recognize_a_resistance_qualifier_folds_into_the_base_disease_name() -> None:
    x = run("ZV-101 is in a phase 2 trial in metastatic castration-resistant prostate cancer.")
    assert "prostate cancer" in names(x, "Disease")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("ZX-1 is an anti-CD25 antibody.", "IL2RA"),
        ("ZX-2 is a selective LAT1 inhibitor.", "SLC7A5"),
        ("ZX-3 is a bispecific antibody targeting EpCAM and CD3.", "EPCAM"),
        ("ZX-4 is a Claudin18.2-targeted ADC.", "CLDN18"),
        ("ZX-5 is an oral RORγt inverse agonist.", "RORC"),
        ("ZX-6 is an anti-NKG2A antibody.", "KLRC1"),
        ("ZX-7 is a menin inhibitor.", "MEN1"),
    ],
)
def test_recognize_common_target_names_the_aliases_leave_ambiguous(text: str, symbol: str) -> None:
    assert symbol in {key for _, key in _spans(text, TARGET)}


def test_recognize_what_binds_a_protein_is_not_the_protein() -> None:
    text = "NKX-101 is a CAR-NK cell therapy that targets NKG2D ligands on cancer cells."
    assert not _spans(text, TARGET)


def test_recognize_a_disease_naming_a_charity_is_no_disease() -> None:
    text = "Kelvarin has a new collaboration with blood cancer charity Hoshira Trust."
    assert not _spans(text, "disease")


def test_recognize_a_gene_listed_after_a_range_is_a_target_too() -> None:
    text = "Zorafenib is a multi-kinase inhibitor that inhibits VEGFR1-3, FGFR1-4 and RET."
    assert {"FLT1", "FGFR4", "RET"} <= {key for _, key in _spans(text, TARGET)}


def test_recognize_a_drug_described_before_its_trial_is_no_trial_name() -> None:
    text = "Zentavo gains QX-811, an oral TYK2 inhibitor in a Phase 3 trial for psoriasis."
    assert ("QX-811", "QX-811") in _spans(text, MOLECULE)


def test_recognize_a_drug_code_sharing_a_registry_prefix_is_a_drug() -> None:
    text = "KCT-501, an autologous CAR-T cell therapy, is in trial KCT0001234."
    assert {t for t, _ in _spans(text, MOLECULE)} == {"KCT-501"}


def test_recognize_a_target_and_a_class_is_no_drug_name() -> None:
    x = run("Kelvarin licensed its next-generation GPRC5D CAR-T to Hoshira Pharma.")
    assert not names(x, "Molecule")


def test_recognize_a_bare_institution_head_is_a_unit_not_an_organisation() -> None:
    text = "It was developed at the University of Northfield's Cancer Center."
    assert "Cancer Center" not in {key for _, key in _spans(text, "org")}


def test_recognize_a_headline_opened_by_a_company_s_verb_names_the_issuer() -> None:
    text = (
        "Hoshira Announces Fourth Quarter 2024 Results\n\n"
        "Pipeline highlights:\n\n"
        "Out-licensed HSR-509 to Kelvarin Pharma; Hoshira received a $40 million upfront payment."
    )
    assert ("Hoshira", "Hoshira") in _spans(text, "org")


def test_recognize_a_drug_opening_a_headline_is_no_issuer() -> None:
    text = (
        "Zorvia Receives FDA Approval\n\nZorvia is approved for melanoma. Zorvia is an oral drug."
    )
    assert not _spans(text, "org")


def test_recognize_a_drug_like_another_is_not_that_drug() -> None:
    text = "It will compete with Hoshira Pharma's capmatinib-like drug Tepvora."
    assert "capmatinib" not in {key for _, key in _spans(text, MOLECULE)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kelvarin Ventures and Hoshira Biologics signed a deal for ZX-101.", "Kelvarin Ventures"),
        ("Kelvarin Pharma licensed ZX-101 to Hoshira Oy.", "Hoshira"),
        ("Kelvarin Limited and Hoshira Pty Ltd will co-develop ZX-101.", "Hoshira"),
        ("Kelvarin Pharma Co Ltd licensed ZX-101 to Hoshira Oy.", "Kelvarin Pharma"),
        ("Hoshira Biologics Pvt Ltd launched ZX-101 in India.", "Hoshira Biologics"),
        ("Hoshira Biologics Pvt. Ltd. launched ZX-101 in India.", "Hoshira Biologics"),
        ("Kelvarin licensed ZX-101 to Hoshira Immune Private Limited.", "Hoshira Immune"),
    ],
)
def test_recognize_more_legal_forms_and_a_venture_arm(text: str, name: str) -> None:
    assert name in {key for _, key in _spans(text, "org")}


def test_recognize_an_isotope_named_for_a_radioligand_class_is_no_drug() -> None:
    x = run(
        "Kelvarin to Advance Actinium-225 Radioligand for Neuroendocrine Tumors\n\n"
        "Kelvarin develops [225Ac]Ac-KRP-301, a targeted alpha therapy directed at SSTR2."
    )
    assert names(x, "Molecule") == {"[225Ac]Ac-KRP-301"}


def test_recognize_a_label_word_after_an_isotope_is_no_carrier() -> None:
    x = run("Kelvarin's lead product, KRP-101 (177Lu-labelled anti-CA9 antibody), is in Phase 3.")
    assert names(x, "Molecule") == {"KRP-101"}
    assert ("KRP-101", "CA9") in edges(x, "TARGETS")


def test_recognize_a_centre_for_a_field_is_no_company() -> None:
    text = "Northfield's Centre for Radiopharmaceutical Sciences will run the studies."
    assert not _spans(text, "org")


def test_recognize_a_long_inn_stem_after_a_short_prefix() -> None:
    assert ("zorcitabine", "zorcitabine") in _spans(
        "Hoshira filed zorcitabine for myelodysplastic syndromes.", MOLECULE
    )


def test_recognize_incretin_receptors_by_their_common_names() -> None:
    text = "ZX-300 is a dual GIP receptor and GLP-1 receptor agonist."
    assert {"GIPR", "GLP1R"} <= {key for _, key in _spans(text, TARGET)}


# A radioligand is its isotope and a named carrier, whatever the isotope's mass number; an
# isotope before a class word or a target names no drug.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Acme Bio, Inc. is developing 67Cu-SAR-bisQX for prostate cancer.", {"67Cu-SAR-bisQX"}),
        ("Acme Bio, Inc. studies 203Pb-VX-55 in imaging.", {"203Pb-VX-55"}),
        ("Acme Bio, Inc. studies 212Pb-conjugated radioligands in cancer.", set()),
        ("Acme Bio, Inc. built a 212Pb isolation technology.", set()),
        ("Acme Bio, Inc. studies 177Lu-PSMA therapy in prostate cancer.", set()),
        # a carrier's code ending in one digit
        ("Acme Bio, Inc. studies 177Lu-DOTA-QR2 in prostate cancer.", {"177Lu-DOTA-QR2"}),
        ("Acme Bio, Inc. is developing 68Ga-PSMA-Q7 for imaging.", {"68Ga-PSMA-Q7"}),
        # the isotope in brackets written on to the carrier's name
        ("Acme Bio, Inc. began dosing [212Pb]QX-a-NET in melanoma.", {"[212Pb]QX-a-NET"}),
        ("Acme Bio, Inc. is developing [68Ga]QX02 for imaging.", {"[68Ga]QX02"}),
        ("Acme Bio, Inc. studies [212Pb]-labelled peptides in cancer.", set()),
        # a carrier's use in initials joined by "&" (imaging & therapy), the isotope's symbol
        # perhaps in brackets after its name
        ("Acme Bio, Inc. is developing 177Lu-QRMA-I&T for imaging.", {"177Lu-QRMA-I&T"}),
        ("Acme Bio, Inc. filed an IND for Cu-64 QRMA I&T, its agent.", {"Cu-64 QRMA I&T"}),
        (
            "Acme Bio, Inc. filed an IND for copper-64 (Cu-64) QRMA I&T.",
            {"copper-64 (Cu-64) QRMA I&T"},
        ),
    ],
)
def test_recognize_radioligand_carriers(text: str, named: set[str]) -> None:
    assert names(run(text), "Molecule") == named


def test_recognize_a_bracketed_isotope_on_its_carrier_is_no_drug_of_its_own() -> None:
    x = run("Acme Bio, Inc. doses [177Lu]QX-101 in its Phase 1 trial in prostate cancer.")
    assert names(x, "Molecule") == {"[177Lu]QX-101"}
    assert edges(x, "INDICATED_FOR") == {("[177Lu]QX-101", "prostate cancer")}


def test_recognize_disease_inside_an_instrument_name_is_no_disease() -> None:
    x = run("Acme Bio, Inc. said QX-101 lowered Eczema Area and Severity Index scores.")
    assert names(x, "Disease") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Acme Bio, Inc. said QX-101 lowered the weekly urticaria activity score at week 12.",
        "Acme Bio, Inc. enrolled patients on a scale called Crohn's disease activity index.",
    ],
)
def test_recognize_disease_inside_a_lower_case_instrument_name_is_no_disease(text: str) -> None:
    assert names(run(text), "Disease") == set()


def test_recognize_disease_inside_a_society_name_for_its_study() -> None:
    x = run(
        "Results for QX-101 in breast cancer were presented at the International Association "
        "for the Study of Lung Cancer meeting."
    )
    assert names(x, "Disease") == {"breast cancer"}


# A stop word of codes stops a code only as the whole of its letters: "CD19", "CA 94080" and
# "CA-125" are no drug codes, "CDX-011" and "CA-4948" are.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Acme Bio, Inc. is developing CDX-011 in lymphoma.", {"CDX-011"}),
        ("Acme Bio, Inc. is developing CA-4948 in lymphoma.", {"CA-4948"}),
        ("Acme Bio, Inc. is developing ILX-295 in lymphoma.", {"ILX-295"}),
        ("Acme Bio, Inc., of San Francisco, CA 94080, reported results.", set()),
        ("Acme Bio, Inc. said QX-101 lowered CA-125 levels.", {"QX-101"}),
        ("Acmetica Co., Ltd. (Tokyo, TSE 4599) acquired QX-101.", {"QX-101"}),
    ],
)
def test_recognize_codes_opening_with_a_stop_word(text: str, named: set[str]) -> None:
    assert names(run(text), "Molecule") == named


def test_recognize_no_fragments_of_names_and_radioligands() -> None:
    x = run(
        "QX-101 was licensed to Acmetica US Holding, Inc. after 177Lu-zorbotide demonstrated "
        "benefit in neuroendocrine tumors."
    )
    assert "Holding" not in names(x, "Organization")
    assert "177Lu-zorbotide" in names(x, "Molecule")
    assert not any("demonstrated" in name for name in names(x, "Molecule"))


def test_recognize_payload_capitalised_in_a_headline_and_trial_of_the_company() -> None:
    x = run(
        "Acme Bio, Inc. Completes Enrollment in ZENITH, the company's trial of Zorbitamab "
        "Rilsodotin in Ovarian Cancer"
    )
    assert names(x, "Molecule") == {"zorbitamab rilsodotin"}
    assert "ZENITH" not in names(x, "Organization")


# A brand linked to its INN, however the two are capitalised: the INN names the molecule.
@pytest.mark.parametrize(
    "text",
    [
        "Acme Bio, Inc. said ZorCAR19 (Zorbagene autoleucel) was approved in lymphoma.",
        "Acme Bio, Inc. Wins Approval for Zorvexa (Zorbimab) in Lymphoma",
    ],
)
def test_recognize_brand_and_capitalised_inn_are_one_molecule(text: str) -> None:
    molecules = [n for n in run(text).nodes if str(n.label) == "Molecule"]
    assert len(molecules) == 1
    assert molecules[0].name in {"zorbagene autoleucel", "zorbimab"}


def test_recognize_cell_therapy_short_names_and_complications() -> None:
    x = run(
        "We plan to progress zorba-cel, the next investigational treatment in our sarcoma "
        "franchise. If left untreated, GCA can lead to blindness, aortic aneurysm or stroke."
    )
    assert names(x, "Molecule") == {"zorba-cel"}
    text = (
        "Giant cell arteritis, if left untreated, can lead to blindness, aortic aneurysm or stroke."
    )
    found = {s.text for s in recognize(text, get_vocab())}
    assert found == {"Giant cell arteritis"}


def test_recognize_no_public_body_cut_short_and_no_lone_unit() -> None:
    text = (
        "The NDA has been approved by the Singapore Health Sciences Authority (the HSA), said "
        "Shinichi Sato at The University of Tokyo, Graduate School of Medicine, Tokyo, Japan."
    )
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert found == {"University of Tokyo"}


def test_recognize_a_government_service_cut_short_is_no_company() -> None:
    # an agency's service in the singular names the government body, not a company's head
    # word cut off it; a company writes its services in the plural
    text = (
        "Acmetica Inc. licensed patents from the Zentovian Cancer Institute, an agency of the "
        "Republic Public Health Service. Quillon Health Services is a partner."
    )
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert not {"Republic Public Health", "Public Health"} & found
    assert "Quillon Health" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Acmetica is buying cancer specialist Zentor X Pharmaceuticals for $9 million.",
         "Zentor X Pharmaceuticals"),
        ("Acmetica plans to acquire Quillon Immunology Biosciences for $9 million.",
         "Quillon Immunology Biosciences"),
    ],
)  # fmt: skip
def test_recognize_a_letter_or_a_field_word_inside_a_name_before_its_head_word(
    text: str, name: str
) -> None:
    # a single letter or a field's word between the name's own word and the head word is
    # the name's, not a break that leaves the head word alone
    assert name in {s.text for s in recognize(text, get_vocab()) if s.kind == "org"}


def test_recognize_a_known_company_written_in_capitals_at_its_first_mention() -> None:
    # (a known company's name of two words or more, in capitals before its abbreviation)
    text = (
        "CANCER RESEARCH UK (CRUK) and Zentavo today announce a research collaboration. "
        "NEW PARTNERS SIGN DEAL"
    )
    found = {(s.text, s.key) for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert ("CANCER RESEARCH UK", "Cancer Research UK") in found
    assert not any(name.startswith("NEW") for name, _ in found)


@pytest.mark.parametrize("word", ["Across", "Throughout", "Amongst", "Towards"])
def test_recognize_a_preposition_opening_a_sentence_opens_no_company(word: str) -> None:
    # (a quote's first word before a field's head word: "Across Oncology, ... we have")
    text = f"“{word} Oncology, Rare Disease and Neuroscience, we have a broad pipeline,” said Jo."
    assert not [s for s in recognize(text, get_vocab()) if s.kind == "org"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("“It works,” said Jo Roe, Zentovian Foundation of America Ambassador.",
         "Zentovian Foundation of America"),
        ("said Jo Roe, University of Springfield Professor of Medicine.",
         "University of Springfield"),
    ],
)  # fmt: skip
def test_recognize_a_post_after_an_institution_s_name_is_no_word_of_it(
    text: str, body: str
) -> None:
    # (a quote's speaker: her post follows the name of the body she speaks for)
    assert {s.text for s in recognize(text, get_vocab()) if s.kind == "org"} == {body}


def test_recognize_an_institution_s_name_before_initiative_names_a_programme() -> None:
    text = (
        "Zentavo was selected for the Global Premier Research Center (GPRC) Initiative Program "
        "launched at Springfield University."
    )
    assert {s.text for s in recognize(text, get_vocab()) if s.kind == "org"} == {
        "Springfield University"
    }


@pytest.mark.parametrize("defined", ["(CSPC)", "(M1 CSPC)"])
def test_recognize_a_disease_s_abbreviation_names_no_company_of_those_letters(
    defined: str,
) -> None:
    # (the letters spell the disease's qualified name; a known company goes by them too)
    text = f"Zorbalutamide is approved in metastatic castration-sensitive prostate cancer {defined}"
    assert not [s for s in recognize(text, get_vocab()) if s.kind == "org"]
    # (named alone, the letters stay the company's)
    found = recognize("Acmetica licensed zorbimab to CSPC in China.", get_vocab())
    assert [s.text for s in found if s.kind == "org"] == ["CSPC"]


@pytest.mark.parametrize(
    "text",
    [
        "Zentavo Therapeutics (ZT) signed a deal. Leads came from ZT Discovery Laboratories.",
        "Zentavo Therapeutics signed a deal. Leads came from Zentavo Research Laboratories.",
    ],
)
def test_recognize_a_company_s_laboratories_merge_into_it(text: str) -> None:
    # (named by the company's first word or its defined abbreviation: a unit of it)
    keys = {s.key for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert keys == {"Zentavo Therapeutics"}


def test_recognize_headline_verbs_addresses_and_brands_of_a_class() -> None:
    x = run(
        "Acmetica Strengthens Oncology Portfolio Through Agreement With Bolt Pharmaceuticals\n\n"
        "Acmetica Therapeutics GmbH, Darmstadt, Germany, a leading science company, licensed "
        "QX-101 from Bolt Pharmaceuticals. It is not clear how QX-101 performed in comparison "
        "to approved anti-IL-17 antibodies for psoriasis such as Zeno’s Zorvexa, Quill’s "
        "Lumexa and Kappa Bio’s Tevolza."
    )
    assert names(x, "Organization") >= {"Acmetica Therapeutics", "Bolt Pharmaceuticals"}
    assert not {"Acmetica Strengthens Oncology", "Germany"} & names(x, "Organization")
    assert {"Zorvexa", "Lumexa", "Tevolza"} <= names(x, "Molecule")
    developed = {drug for _, drug in edges(x, "DEVELOPS")}
    assert developed == {"QX-101"}
    assert {org for org, _ in edges(x, "DEVELOPS")} <= {
        "Acmetica Therapeutics",
        "Bolt Pharmaceuticals",
    }


def test_recognize_code_shapes_of_cell_products_and_long_forms_of_abbreviations() -> None:
    text = (
        "C-CAR011 and CSDT002-NK are cell products. The trial will enroll patients with DLBCL, "
        "Primary Mediastinal Large B-Cell Lymphoma (PMBCL) and Follicular Lymphoma (FL)."
    )
    found = {(s.kind, s.text, s.key) for s in recognize(text, get_vocab())}
    assert {("molecule", "C-CAR011"), ("molecule", "CSDT002-NK")} <= {k[:2] for k in found}
    long_form = next(k for k in found if k[1].startswith("Primary Mediastinal"))
    assert long_form[1] == "Primary Mediastinal Large B-Cell Lymphoma"
    assert long_form[2] == next(k[2] for k in found if k[1] == "PMBCL")


def test_recognize_no_prior_class_targets_adverse_events_or_levels() -> None:
    text = (
        "Zorbimab was tested in patients with ulcerative colitis who have failed at least one "
        "conventional therapy, including TNFα antagonists. The most common adverse events "
        "were headache and nasopharyngitis. Hemoglobin levels increased."
    )
    found = {(s.kind, s.text) for s in recognize(text, get_vocab())}
    assert found == {("disease", "ulcerative colitis")} | {
        k for k in found if k[0] == "molecule" and k[1] == "Zorbimab"
    }


def test_recognize_institution_names_holding_a_possessive_or_an_elision() -> None:
    text = (
        "The trial is led by Peking University People’s Hospital and Vall d’Hebron Institute "
        "of Oncology."
    )
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "org"}
    assert found == {"Peking University People’s Hospital", "Vall d’Hebron Institute of Oncology"}


def test_recognize_malignant_tumors_is_a_generic_word() -> None:
    text = "Bolt won approval for trials of SG2918 for the treatment of advanced malignant tumors."
    assert not [s for s in recognize(text, get_vocab()) if s.kind == "disease"]


def test_recognize_no_linkers_scores_prior_qualifiers_or_degrees() -> None:
    text = (
        "Zorbimab is attached to a payload by a tetrapeptide-based linker. It resolved draining "
        "tunnels (DT 100) in patients with radioiodine-refractory thyroid cancer, said Amy "
        "Roe, MS, MD."
    )
    found = {(s.kind, s.text) for s in recognize(text, get_vocab())}
    assert not {k for k in found if k[1] in {"tetrapeptide", "DT 100", "radioiodine", "MS"}}


def test_recognize_ascii_marked_class_and_platform_words_are_no_drugs() -> None:
    text = (
        "Bolt will sponsor a trial of BT1718, a first in class Bicycle Drug ConjugateTM, based "
        "on its proprietary bicyclic peptide (BicycleTM) product platform."
    )
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "molecule"}
    assert found == {"BT1718"}


def test_recognize_slash_joined_codes_and_an_isotope_supply_chain() -> None:
    text = (
        "The FDA granted orphan drug designation to SEL24/MEN1703 for AML. Our pipeline and "
        "actinium-225 supply chain complement Bolt's leadership."
    )
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "molecule"}
    assert found == {"SEL24/MEN1703"}


def test_recognize_a_trial_known_by_a_code_is_no_drug() -> None:
    text = "The trial (known as BGBC004) is designed to test whether lumatinib reverses resistance."
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == "molecule"}
    assert found == {"lumatinib"}


def test_recognize_a_description_before_a_company_name_is_no_name() -> None:
    x = run("GSK To Acquire Oncology-Focused Biopharm Company Tesaro for $5.1 Billion")
    assert names(x, "Organization") == {"GSK", "Tesaro"}


def test_recognize_a_code_with_a_letter_among_its_digits_and_a_biotherapies_company() -> None:
    x = run(
        "US-based MultiValent Biotherapies licensed JAB-23E73, an oral pill designed to "
        "inhibit KRAS, from Coherent Biopharma."
    )
    assert names(x, "Molecule") == {"JAB-23E73"}
    assert names(x, "Organization") == {"MultiValent Biotherapies", "Coherent Biopharma"}


def test_recognize_the_interleukin_class_is_no_drug() -> None:
    x = run("The cells are armored with interleukin (IL)-15, for the treatment of B-cell lymphoma.")
    assert names(x, "Molecule") == set()


def test_recognize_a_journal_title_names_no_disease() -> None:
    x = run(
        "Results of zorbimab in acute lymphoblastic leukemia were published in Clinical "
        "Lymphoma, Myeloma & Leukemia in 2013."
    )
    assert names(x, "Disease") == {"acute lymphoblastic leukemia"}


def test_recognize_a_society_named_for_diseases_names_none() -> None:
    x = run(
        "Xeljanz (tofacitinib) is approved for ulcerative colitis, said the President of the "
        "European Crohn’s and Colitis Organisation."
    )
    assert names(x, "Disease") == {"ulcerative colitis"}


def test_recognize_an_inns_short_name_after_a_semicolon_is_the_same_drug() -> None:
    x = run(
        "The EC approved Abecma (idecabtagene vicleucel; ide-cel), a BCMA-directed CAR T cell "
        "immunotherapy, for multiple myeloma."
    )
    assert names(x, "Molecule") == {"idecabtagene vicleucel"}


def test_recognize_the_name_that_signs_a_deal_is_a_company() -> None:
    x = run("GC Cell signed a license contract for AB-205, a T-cell lymphoma treatment, with Bolt.")
    assert "GC Cell" in names(x, "Organization")


def test_recognize_a_description_before_company_and_the_name_after_it() -> None:
    x = run("Gilead To Acquire Immuno-Oncology Company Forty Seven for $4.9 Billion")
    assert names(x, "Organization") == {"Gilead Sciences", "Forty Seven"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme began the first-in-human (FIH) Phase I trial of QX-453 in breast cancer.",
        "QX-51 blocks oncogenes such as MYC and MCL-1 in breast cancer.",
    ],
)
def test_recognize_abbreviations_of_other_things_name_no_disease(text: str) -> None:
    assert names(run(text), "Disease") == {"breast cancer"}


def test_recognize_a_symbol_spelt_out_in_other_words_before_a_drug_cue_is_a_target() -> None:
    x = run("Zorvitinib, a mesenchymal-epithelial transition (MET) inhibitor, was approved.")
    assert edges(x, "TARGETS") == {("zorvitinib", "MET")}
    # (a family's alias spelt out the same way names no one target)
    x = run("Quilasertib, a protein kinase C (PKC) inhibitor, was approved.")
    assert edges(x, "TARGETS") == set()


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        (
            "An antibody-drug conjugate developed by British drugmaker AstraZeneca and its "
            "Japanese partner Daiichi Sankyo has been granted Breakthrough Therapy designation.",
            {"AstraZeneca", "Daiichi Sankyo"},
        ),
        (
            "The U.S. Food and Drug Administration greenlit Genentech’s Venclexta (venetoclax).\n\n"
            "The U.S. Food and Drug Administration granted a designation to Mirati Therapeutics’ "
            "adagrasib.",
            {"Genentech", "Mirati Therapeutics"},
        ),
    ],
)
def test_recognize_a_nationality_or_a_place_is_no_company(text: str, orgs: set[str]) -> None:
    assert names(run(text), "Organization") == orgs


def test_recognize_a_person_with_a_post_at_the_company_is_no_company() -> None:
    x = run(
        "“Astellas intends to commercialize this product globally,” Steven Benner, a senior "
        "vice president at the company, told Reuters."
    )
    assert names(x, "Organization") == {"Astellas"}


@pytest.mark.parametrize(
    "text",
    [
        "Biopharmaceutical company Quillix has begun the first trial of QX-101.",
        "Biopharmaceutical company Zentavo Medix (ZMX) has begun the first trial of QX-101.",
    ],
)
def test_recognize_a_company_after_its_description_opening_a_sentence(text: str) -> None:
    assert len(names(run(text), "Organization")) == 1


def test_recognize_a_graded_adverse_event_is_no_disease_but_a_graded_tumour_is() -> None:
    assert names(
        run("In the trial of QX-101 in breast cancer, grade 3 hepatitis occurred in 2%."), "Disease"
    ) == {"breast cancer"}
    assert names(run("QX-101 is tested in grade 3b follicular lymphoma."), "Disease") == {
        "follicular lymphoma"
    }


def test_recognize_a_radioligand_written_two_ways_is_one_molecule() -> None:
    x = run(
        "Lutetium (177Lu) QX-591 is in a Phase 1 trial in prostate cancer. Developed by "
        "Acmetica Therapeutics, 177Lu-QX-591 was well tolerated; actinium-225 QX-591 is next."
    )
    assert sorted(n.name for n in x.nodes if str(n.label) == "Molecule") == [
        "Lutetium (177Lu) QX-591",
        "actinium-225 QX-591",
    ]
    assert ("Acmetica Therapeutics", "Lutetium (177Lu) QX-591") in edges(x, "DEVELOPS")


def test_recognize_two_reference_drugs_joined_by_or_stay_two() -> None:
    x = run(
        "Patients were randomized to receive either Furmonertinib or Gefitinib (Irresa®) as "
        "the first-line treatment of NSCLC."
    )
    assert {"gefitinib"} < names(x, "Molecule")
    assert len(names(x, "Molecule")) == 2
    listed = run("Patients received zorbimab, velimab, or torimab for melanoma.")
    assert names(listed, "Molecule") == {"zorbimab", "velimab", "torimab"}


def test_recognize_a_brand_said_to_be_a_drug_class() -> None:
    brand = run("Zorvexa is a highly selective ALK inhibitor.")
    assert ("Zorvexa", "ALK") in edges(brand, "TARGETS")
    assert not names(run("Cancer is a disease treated by a kinase inhibitor."), "Molecule")
    assert not names(run("Acmetica is a developer of antibody therapies."), "Molecule")


def test_recognize_a_trial_s_protocol_number_in_brackets_and_the_drug_s_own_code() -> None:
    trial = (
        "Data from the Phase 3 ZENITH™-2 (QRX-1115) clinical trial show zorvetinib was "
        "superior to chlorambucil."
    )
    found = {s.text for s in recognize(trial, get_vocab()) if s.kind == MOLECULE}
    assert found == {"zorvetinib", "chlorambucil"}
    heading = "Zorvetinib (QRX-101) Phase 1 Trial\n\nZorvetinib is a kinase inhibitor."
    found = {s.text for s in recognize(heading, get_vocab()) if s.kind == MOLECULE}
    assert {"Zorvetinib", "QRX-101"} <= found


def test_recognize_a_headline_s_class_and_a_trademarked_kind_of_molecule_are_no_drugs() -> None:
    x = run(
        "Zentavo and Quorvan Announce License Agreement for Seven Antibody-drug Conjugate "
        "Candidates and a QUILLON™ Molecule"
    )
    assert names(x, "Molecule") == set()


def test_recognize_an_inn_s_code_in_brackets_is_the_same_drug_whatever_drugbank_keeps() -> None:
    # (DrugBank keeps pidilizumab and its code CT-011 as two entries)
    x = run("Quorvan has sold the rights to its cancer treatment pidilizumab (CT-011) to Zentavo.")
    assert names(x, "Molecule") == {"pidilizumab"}


def test_recognize_a_law_and_a_post_s_department_are_no_companies() -> None:
    x = run(
        "Following a filing under the Public Health Service Act, zorbimab was approved, said "
        "Dr. Jane Roe, Chair of Urology and Director of G-U Oncology at the University of "
        "Stellis Hospital Centre."
    )
    assert not {"Public Health", "G-U Oncology"} & names(x, "Organization")


def test_recognize_another_drug_of_a_class_and_targets_joined_by_a_plus() -> None:
    x = run("The agency reviewed Zentavo's Quorvex, another JAK inhibitor.")
    assert "Quorvex" in names(x, "Molecule")
    y = run("Our novel CDK4/6 + ARK5 inhibitor, QRX-300, could represent an advance.")
    assert edges(y, "TARGETS") == {("QRX-300", "CDK4"), ("QRX-300", "CDK6"), ("QRX-300", "NUAK1")}


def test_recognize_a_company_name_opening_with_a_lower_case_letter() -> None:
    x = run("Stony Brook University and qCell Gene Therapeutics collaborate to develop QRX-4.")
    assert "qCell Gene Therapeutics" in names(x, "Organization")


def test_recognize_industry_abbreviations_the_ontology_also_lists_are_no_diseases() -> None:
    x = run(
        "The RMAT status enables real-time discussions with the FDA on trial design and CMC; "
        "LPI is expected in June."
    )
    assert names(x, "Disease") == set()


def test_recognize_a_news_agency_s_stock_code_and_a_nordic_legal_form_are_no_diseases() -> None:
    x = run("The FDA approved drugs from Zentavo Inc ZNT.N and Quorvan Inc PFE.N for eczema.")
    assert names(x, "Disease") == {"eczema"}
    y = run("Bayer, through Aviator Acquisition AS, a wholly-owned subsidiary, made the offer.")
    assert names(y, "Disease") == set()


def test_recognize_a_ticker_after_a_company_s_possessive_is_no_disease() -> None:
    x = run("Rival drugs are Zentavo’s ZTV Zorvia (zorbitinib) and Pfizer’s PFE Quilab for AML.")
    assert names(x, "Disease") == {"acute myeloid leukemia"}
    assert "PFE" not in {m.text for n in x.nodes for m in n.mentions}


def test_recognize_a_brand_named_as_a_company_s_treatment() -> None:
    x = run("Zentavo created a joint venture to sell its colon cancer treatment Quorvibix.")
    assert names(x, "Molecule") == {"Quorvibix"}


def test_recognize_an_inn_s_former_code_name_is_the_same_drug() -> None:
    x = run("Zentavo's Zorvexa (zorbimab, formerly known as QRX457) was approved for psoriasis.")
    assert names(x, "Molecule") == {"zorbimab"}


def test_recognize_investment_firms_named_by_their_head_words() -> None:
    x = run(
        "Quorvan has raised €30 million from investors including Brightwater Capital Partners, "
        "Helix Capital, Arlo Venture Fund and Stellis Investments."
    )
    assert {
        "Brightwater Capital Partners",
        "Helix Capital",
        "Arlo Venture Fund",
        "Stellis Investments",
    } <= names(x, "Organization")
    assert edges(x, "COLLABORATES_WITH") == set()


def test_recognize_a_headline_gerund_before_a_head_word_is_no_company_name() -> None:
    x = run(
        "Zentavo Committed to Developing Medicines for Rare Cancers\n\nZentavo Pharma applied "
        "under the Opinions on Encouraging Pharmaceutical Innovation issued by the agency."
    )
    assert names(x, "Organization") == {"Zentavo Pharma"}


def test_recognize_the_drugbank_name_before_a_short_name_in_brackets_names_the_drug() -> None:
    x = run(
        "The EC approved idecabtagene vicleucel (ide-cel), a CAR-T treatment marketed by "
        "Zentavo Pharma. Ide-cel was approved for myeloma."
    )
    (molecule,) = [n for n in x.nodes if str(n.label) == "Molecule"]
    assert molecule.name == "idecabtagene vicleucel"
    assert molecule.properties.get("drugbank_id", "").startswith("DB")


def test_recognize_a_brand_evaluated_alone_or_in_combination_is_a_drug() -> None:
    x = run(
        "Zentavo Pharma is running studies to evaluate ZORVIQ alone or in combination with "
        "other drugs."
    )
    assert names(x, "Molecule") == {"ZORVIQ"}


def test_recognize_a_field_word_inside_a_formal_name_an_age_and_a_city_before_its_state() -> None:
    x = run("Zentavo Medical Systems Inc. has inked a collaboration agreement with Quorvan Inc.")
    assert names(x, "Organization") == {"Zentavo Medical Systems", "Quorvan"}
    y = run("BEIJING – Five-year-old Quorvan Pharmaceuticals Co. Ltd. licensed QRX-3068.")
    assert names(y, "Organization") == {"Quorvan Pharmaceuticals"}
    z = run(
        "Zentavo Pharma paid $70 million to enter into a research collaboration with Austin, "
        "Texas-based Quorvan Templates Inc."
    )
    assert "Austin" not in names(z, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "Anti-PD-1 antibody Quorvex (QX-008, pucotenlimab) was approved by the agency in China.",
        "Zentavo received approval for Quorvex (pucotenlimab QX-008) in colon cancer.",
    ],
)
def test_recognize_an_inn_and_its_code_in_one_bracket_are_one_drug(text: str) -> None:
    assert names(run(text), "Molecule") == {"pucotenlimab"}


def test_recognize_a_response_criteria_version_is_no_drug_code() -> None:
    x = run("The objective response rate was assessed according to the RECIST1.1 criteria.")
    assert names(x, "Molecule") == set()


def test_recognize_a_trial_known_as_a_name_after_a_comma_is_no_drug() -> None:
    x = run("The trial, known as QUORVA1, had been suspended after higher mortality was seen.")
    assert names(x, "Molecule") == set()


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        (
            "We celebrate the commercial launch of QUORVALYST for recurrent pericarditis.",
            "QUORVALYST",
        ),
        (
            "Zentavo received approval of its facility and completed the launch of Quorvitelio.",
            "Quorvitelio",
        ),
        ("FDA OKs Zentavo's Quorvanz as treatment for psoriatic arthritis", "Quorvanz"),
    ],
)
def test_recognize_a_brand_launched_or_approved_as_a_treatment(text: str, drug: str) -> None:
    assert names(run(text), "Molecule") == {drug}


def test_recognize_a_place_approved_as_a_treatment_is_no_drug() -> None:
    x = run("Zorbinib is approved in the US and Europe as a treatment for ovarian cancer.")
    assert names(x, "Molecule") == {"zorbinib"}


def test_recognize_a_code_opening_with_a_short_gene_symbol_is_a_drug_code() -> None:
    x = run("IND submission for HPN217 for the treatment of multiple myeloma is expected.")
    assert names(x, "Molecule") == {"HPN217"}
    y = run("Zorvetinib is a BRAFV600E inhibitor.")
    assert names(y, "Molecule") == {"zorvetinib"}


def test_recognize_a_code_opening_with_a_gene_alias_and_a_letter_is_a_drug_code() -> None:
    x = run("Quillon Bio filed for approval of its C5 inhibitor ASTN1450 for myasthenia gravis.")
    assert names(x, "Molecule") == {"ASTN1450"}
    assert edges(x, "DEVELOPS") == {("Quillon Bio", "ASTN1450")}
    y = run("Zentavo is testing SYSA2201, its oral drug, in a phase 1 trial in lung cancer.")
    assert names(y, "Molecule") == {"SYSA2201"}


def test_recognize_a_gene_and_its_substitution_is_a_mutation_with_or_without_a_hyphen() -> None:
    x = run("Zentavo licensed zentasib, a small-molecule KRASG12C inhibitor, to Bolt Pharma.")
    assert names(x, "Molecule") == {"zentasib"}
    assert edges(x, "TARGETS") == {("zentasib", "KRAS")}
    y = run("The study of ZX-101 now includes a KRAS-G12V Non-Small Cell Lung Cancer cohort.")
    assert names(y, "Molecule") == {"ZX-101"}


def test_recognize_a_code_with_a_lower_case_letter_after_its_hyphen() -> None:
    x = run("Zentavo dosed the first patient with QV-c3, its oral WEE1 inhibitor, in osteosarcoma.")
    assert names(x, "Molecule") == {"QV-c3"}
    assert edges(x, "TARGETS") == {("QV-c3", "WEE1")}


def test_recognize_a_spaced_code_before_its_trial_is_the_drug_the_trial_studies() -> None:
    x = run(
        "Zentavo Announces Results From Its QRX 131 Phase 1 Trial\n\nZentavo Therapeutics "
        "provides a data update on its Phase I clinical study of QRX 131 in multiple myeloma."
    )
    assert names(x, "Molecule") == {"QRX 131"}


def test_recognize_a_lead_product_s_two_digit_code_and_an_element_before_a_carrier() -> None:
    assert names(run("The company's lead product, QV-12, is an oncolytic virus."), "Molecule") == {
        "QV-12"
    }
    x = run("Zentavo's Lu-QRX-617 targets the prostate-specific membrane antigen in mCRPC.")
    assert names(x, "Molecule") == {"Lu-QRX-617"}
    assert edges(x, "TARGETS") == {("Lu-QRX-617", "FOLH1")}


def test_recognize_factors_a_drug_targets_are_named_after_their_class() -> None:
    x = run(
        "Zentavo licensed TR-009, a bispecific antibody candidate targeting two important "
        "angiogenic factors, VEGF and DLL4."
    )
    assert edges(x, "TARGETS") == {("TR-009", "VEGFA"), ("TR-009", "DLL4")}


def test_recognize_a_country_or_a_first_name_is_no_drugbank_drug() -> None:
    x = run(
        "Zentavo Therapeutics signs a licence to commercialize ZX-0743 in Turkey for soft "
        'tissue sarcoma. "This is a milestone," said Timothy Quorvan, chairman of Zentavo.'
    )
    assert names(x, "Molecule") == {"ZX-0743"}


def test_recognize_a_first_name_before_a_middle_initial_is_no_drugbank_drug() -> None:
    x = run(
        "Zentavo Therapeutics began a trial of ZX-0743, stated Timothy P. Quorvan, Ph.D., "
        "president of Zentavo."
    )
    assert names(x, "Molecule") == {"ZX-0743"}


def test_recognize_a_trade_news_outlet_is_no_organization() -> None:
    x = run("Zentavo Therapeutics won the designation for ZX-019, Fierce Biotech reported.")
    assert names(x, "Organization") == {"Zentavo Therapeutics"}


def test_recognize_a_brand_a_company_s_possessive_names_and_not_its_words() -> None:
    x = run(
        "Quorvan Pharma's Zentula gives Bolt Pharma a PARP inhibitor for ovarian cancer, in the "
        "same realm as Zentavo Therapeutics Plc's Lymparix, which brought in $297 million."
    )
    assert names(x, "Molecule") == {"Zentula", "Lymparix"}
    assert ("Quorvan Pharma", "Zentula") in edges(x, "DEVELOPS")
    y = run(
        "Quorvan Pharma's Chairman and CEO spoke of the combination with Quorvan Pharma's "
        "hyaluronidase human Zentanze technology for subcutaneous injection."
    )
    assert names(y, "Molecule") <= {"hyaluronidase"}


def test_recognize_the_drug_another_is_a_rival_to_takes_no_edges() -> None:
    x = run(
        "Potential $1.1B deal: Bolt Pharma grabs certain rights to Quorvan Pharma ADC rival to "
        "Zentavo Therapeutics' blockbuster Zentertu."
    )
    assert "Zentertu" in names(x, "Molecule")
    assert ("Bolt Pharma", "Zentertu") not in edges(x, "DEVELOPS")
    assert ("Quorvan Pharma", "Zentertu") not in edges(x, "DEVELOPS")


def test_recognize_a_drug_the_candidate_competes_with_takes_no_edges() -> None:
    x = run(
        "Bolt Pharma believes its ZX-101 has the potential to compete with the blockbuster "
        "zentolimab in atopic dermatitis."
    )
    assert "zentolimab" in names(x, "Molecule")
    assert ("Bolt Pharma", "ZX-101") in edges(x, "DEVELOPS")
    assert ("Bolt Pharma", "zentolimab") not in edges(x, "DEVELOPS")
    y = run(
        'Quorvan Pharma said, "We aim to set a new standard in a market dominated by checkpoint '
        'inhibitors, including the best-selling cancer drug Zentertu."'
    )
    assert "Zentertu" in names(y, "Molecule")
    assert ("Quorvan Pharma", "Zentertu") not in edges(y, "DEVELOPS")


def test_recognize_an_immunoglobulin_disease_spelled_out() -> None:
    x = run("ZX-0596 is in phase 3 development for Immunoglobulin A Nephropathy (IgAN).")
    assert {n.id for n in x.nodes if str(n.label) == "Disease"} == {"disease:DOID:2986"}


def test_recognize_a_short_code_the_text_defines_as_a_drug() -> None:
    x = run(
        "Zentavo Therapeutics is developing ZX26, a BCMA/CD16A bispecific antibody, in multiple "
        "myeloma. It will study its NK-cell engager ZX13 in Hodgkin lymphoma."
    )
    assert {"ZX26", "ZX13"} <= names(x, "Molecule")
    assert ("ZX26", "TNFRSF17") in edges(x, "TARGETS")


def test_recognize_a_footnote_number_glued_to_a_disease_is_no_code() -> None:
    x = run(
        "Zentavo title\n\n• Results support zorbitinib in completely resected ALK-positive "
        "NSCLC2\n\nBoston -- Zentavo Therapeutics presented data on zorbitinib in NSCLC."
    )
    assert "NSCLC2" not in names(x, "Molecule")


def test_recognize_a_drug_s_name_is_no_company_where_a_possessive_cue_reads_it() -> None:
    x = run(
        "Zentavo title\n\n• Latest results reaffirm the importance of Zorvexa’s role as "
        "standard therapy.\n\nBoston -- Zentavo Therapeutics presented data on its ALK "
        "inhibitor Zorvexa (generic name: zorbitinib) in lung cancer."
    )
    assert "Zorvexa" not in names(x, "Organization")
    y = run("The importance of Quillix’s role as standard therapy was shown.")
    assert "Quillix" not in names(y, "Organization")


def test_recognize_a_brand_named_as_what_an_inn_is_marketed_as() -> None:
    x = run("Zorbitinib (marketed as ZORVIA®) is a JAK2 inhibitor indicated for myelofibrosis.")
    mentions = {m.text for n in x.nodes if n.name == "zorbitinib" for m in n.mentions}
    assert {"Zorbitinib", "ZORVIA"} <= mentions


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("Zorbimab was launched in Japan under the brand name ZORVEXA Injection 20 mg.", "ZORVEXA"),
        ('Acme filed zorbimab (brand name: "ZORVEXA® Injection 20 mg") for lymphoma.', "ZORVEXA"),
        ("The zorbimab biosimilar will be sold under the brand name of ZorMAb by Acme.", "ZorMAb"),
        # (a brand that ", a company statement said" after it made a company)
        (
            "Acme has launched a zorbimab biosimilar, which will be marketed under the brand "
            "name Zorvexa Plus, a company statement said.",
            "Zorvexa",
        ),
    ],
)
def test_recognize_a_brand_named_as_what_the_drug_before_it_is_sold_under(
    text: str, brand: str
) -> None:
    x = run(text)
    assert brand in {m.text for n in x.nodes if n.name == "zorbimab" for m in n.mentions}
    assert not {name for name in names(x, "Organization") if name.startswith("Zorvexa")}


def test_recognize_a_brand_named_after_two_drugs_is_linked_to_neither() -> None:
    x = run("Zorbimab and quixatinib are sold under the brand name Zorvexa in Japan.")
    assert "Zorvexa" not in {m.text for n in x.nodes for m in n.mentions if n.name != "Zorvexa"}


def test_recognize_a_company_after_a_trade_name_cue_stays_a_company() -> None:
    x = run("Zorbimab is sold in Japan under the trade name of Bolt Pharma, its partner.")
    assert "Bolt Pharma" in names(x, "Organization")


def test_recognize_a_disease_in_apposition_is_the_class_of_the_one_before() -> None:
    x = run("ZX-0123 is a JAK2 inhibitor indicated for myelofibrosis, a bone marrow disorder.")
    assert names(x, "Disease") == {"myelofibrosis"}


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        (
            "ZX-0123 is approved to treat paroxysmal nocturnal hemoglobinuria (PNH), another "
            "rare blood disorder.",
            "paroxysmal nocturnal hemoglobinuria",
        ),
        (
            "A Phase 3 trial of ZX-0123 in patients with relapsed follicular lymphoma, another "
            "subtype of non-Hodgkin's lymphoma, has started.",
            "follicular lymphoma",
        ),
        (
            "ZX-0123 was the first drug approved for patients with blood cancer known as "
            "myelodysplastic syndrome.",
            "myelodysplastic syndrome",
        ),
    ],
)
def test_recognize_a_class_describing_one_disease_is_no_indication(text: str, disease: str) -> None:
    assert edges(run(text), "INDICATED_FOR") == {("ZX-0123", disease)}


def test_recognize_what_a_disease_leads_to_is_no_indication() -> None:
    x = run(
        "The FDA accepted the BLA for ZX-0123 for the treatment of patients with neuromyelitis "
        "optica spectrum disorder (NMOSD) — a rare autoimmune disease characterized by attacks "
        "that often lead to severe, irreparable disability including blindness and paralysis."
    )
    assert names(x, "Disease") == {"neuromyelitis optica spectrum disorder"}


def test_recognize_an_elliptical_list_with_its_head_in_the_plural() -> None:
    x = run("ZX-0123 is being evaluated in clinical studies in prostate and lung cancers.")
    doids = {n.properties.get("doid") for n in x.nodes if str(n.label) == "Disease"}
    assert doids == {"DOID:10283", "DOID:1324"}  # prostate cancer, lung cancer


def test_recognize_a_slash_joined_pair_of_codes_is_the_drug_named_alone_elsewhere() -> None:
    x = run(
        "For ZX4168, formerly known as QT2246, we reached a milestone.\n\n"
        "ZX4168/QT2246 for the treatment of multiple sclerosis"
    )
    assert names(x, "Molecule") == {"ZX4168"}


def test_recognize_a_mark_spelled_out_before_technology_names_a_platform() -> None:
    x = run(
        "Derived from the company's proprietary ZORBEX® (Bispecific Engagement by Antibodies "
        "based on the T cell receptor) technology, ZX-1342 is being investigated in multiple "
        "myeloma."
    )
    assert names(x, "Molecule") == {"ZX-1342"}


def test_recognize_a_gene_name_that_opens_a_trademark_names_no_target() -> None:
    x = run("ZX-110 is the Company's SIMPLE Antibody(TM) targeting CD70.")
    assert names(x, "Target") == {"CD70"}


def test_recognize_a_greek_letter_the_vocabulary_lacks_leaves_the_member_unsaid() -> None:
    x = run("ZX-0155 is an oral inhibitor of PI3K-delta and CK1-epsilon for CLL.")
    assert names(x, "Target") == {"PIK3CD"}


def test_recognize_an_alias_that_is_a_word_in_a_capitals_headline_is_that_word() -> None:
    x = run(
        "ZENTAVO PRESENTS NEW FINDINGS FOR ANTIBODY DRUG CONJUGATE ZX-0202 AT ASCO\n\n"
        "ZX-0202 binds the folate receptor alpha (FRα) for ovarian cancer."
    )
    assert names(x, "Target") == {"FOLR1"}


def test_recognize_what_a_technology_is_based_on_is_no_drug() -> None:
    x = run(
        "Zentavo Therapeutics will prioritize its exatecan-based platform. Patients progressed "
        "after docetaxel-based chemotherapy."
    )
    assert names(x, "Molecule") == {"docetaxel"}


def test_recognize_a_brand_given_in_combination_is_a_drug_beside_its_trials() -> None:
    x = run(
        '"We are excited about our ZORVIA® trials in lymphoma," said Jo Roe of Zentavo '
        "Therapeutics. The Phase 3 trial evaluating ZORVIA in combination with rituximab "
        "enrolled."
    )
    assert "ZORVIA" in names(x, "Molecule")


def test_recognize_what_a_company_develops_drugs_for_is_its_field() -> None:
    x = run(
        "Zentavo Therapeutics, a company developing engineered antibodies for the treatment of "
        "cancer, autoimmune diseases, asthma and allergic diseases, announced a clinical hold "
        "on ZX-14045 in acute myeloid leukemia."
    )
    assert "asthma" not in names(x, "Disease")


def test_recognize_a_gene_s_alias_described_as_a_company_is_that_company() -> None:
    x = run(
        "Zentavo Therapeutics announced today that it has acquired EOS (Ethical Oncology "
        "Science) S.p.A., a privately-held Italian biopharmaceutical company. EOS owns the "
        "exclusive rights for zorbitinib."
    )
    assert "EOS" in names(x, "Organization")
    assert names(x, "Target") == set()
    assert ("EOS", "zorbitinib") in edges(x, "DEVELOPS")


def test_recognize_a_company_s_initials_name_it_unless_two_companies_share_them() -> None:
    x = run(
        "Zentavo Advanced Therapeutics Reports Results\n\n"
        "·Entered into an agreement with Bolt Pharma, pursuant to which Bolt Pharma proposes to "
        "make a $3.9 billion cash tender offer to acquire all the outstanding shares of ZAT"
    )
    assert ("Bolt Pharma", "Zentavo Advanced Therapeutics") in edges(x, "ACQUIRES")
    y = run(
        "LigoChem Biosciences licensed ZX-73 to Bolt Pharma. ZX-73 was made with Light Chain "
        "Bioscience. LCB is also entitled to royalties."
    )
    assert all(m.text != "LCB" for n in y.nodes for m in n.mentions)


def test_recognize_a_post_s_unit_named_with_and_is_no_company() -> None:
    x = run(
        "The data were presented today during an oral session at the San Antonio Breast Cancer "
        "Symposium (SABCS) by Dr. Jo Roe, M.D., Director, Breast Oncology and Clinical Trials "
        "Education, University of California San Francisco Helen Diller Family Comprehensive "
        "Cancer Center. ZX-0618 is "
        "Zentavo Therapeutics' antibody."
    )
    assert not any(name.startswith("Breast") for name in names(x, "Organization"))


def test_recognize_a_post_s_unit_opened_by_a_field_is_no_company() -> None:
    x = run(
        '"ZX-0618 is a milestone," said Jo Roe, M.D., Group Vice President, Oncology Targeted '
        "Therapeutics, Zentavo Therapeutics."
    )
    assert names(x, "Organization") == {"Zentavo Therapeutics"}


def test_recognize_a_drug_s_other_name_in_brackets_is_the_one_drug() -> None:
    x = run(
        "Zentavo Therapeutics secured fast track designation for zorbalisib (formerly ZX-0084) "
        "in glioblastoma. ZX-012 (also known as INCZX0012), an anti-PD-1 antibody, is in trials."
    )
    assert names(x, "Molecule") == {"zorbalisib", "ZX-012"}
    y = run("Zentavo began a Phase 2 trial of zorbatinib (previously known as ZP24531) in CML.")
    assert names(y, "Molecule") == {"zorbatinib"}
    z = run(
        "The NDA for zorbimab (product code: ZXB001/QX001) in nasopharyngeal carcinoma was "
        "accepted. Zentavo will study zorvitinib (Development code: QX-4410) in CML."
    )
    assert names(z, "Molecule") == {"zorbimab", "zorvitinib"}


def test_recognize_a_drug_s_other_name_after_its_glossed_brand_is_the_one_drug() -> None:
    x = run(
        "The Phase 3 study compared Zorvexa™ (zorbimab), also known as QX-4410, with "
        "chlorambucil in chronic lymphocytic leukemia."
    )
    assert "QX-4410" not in names(x, "Molecule")
    assert "zorbimab" in names(x, "Molecule")


def test_recognize_no_drug_in_a_calendar_year_or_a_marked_system() -> None:
    x = run(
        "Zentavo Therapeutics is funded into early CY2024. It develops antibodies against these "
        "targets using its Zentavo Human Antibody Development System®."
    )
    assert names(x, "Molecule") == set()


def test_recognize_a_drug_class_abbreviation_is_no_drug() -> None:
    x = run(
        "Elacestrant is an oral SERD, a selective estrogen receptor degrader, in breast cancer."
    )
    assert names(x, "Molecule") == {"elacestrant"}


def test_recognize_a_drug_s_analogues_are_a_class_not_the_drug() -> None:
    x = run(
        "177Lu has been used for the treatment of neuroendocrine tumors by radiolabeling with "
        "Somatostatin analogues, for example with the peptide ZX-0177."
    )
    assert "somatostatin" not in {n.lower() for n in names(x, "Molecule")}


def test_recognize_capital_prose_names_only_what_the_text_names_elsewhere() -> None:
    notice = run(
        "Bolt Pharma Receives Orphan Drug Designation for ZX-0123\n\n"
        "THIS ANNOUNCEMENT CONTAINS INSIDE INFORMATION AS STIPULATED UNDER THE UK VERSION OF "
        "THE MARKET ABUSE REGULATION NO 596/2014.\n\n"
        "Bolt Pharma plc (AIM: BLT) announces that ZX-0123 received orphan drug designation "
        "for acute myeloid leukaemia."
    )
    assert names(notice, "Molecule") == {"ZX-0123"}
    assert names(notice, "Disease") == {"acute myeloid leukaemia"}
    assert names(notice, "Organization") == {"Bolt Pharma"}
    headline = run(
        "ZENTAVO LICENSES RIGHTS TO ZORBALISIB IN JAPAN TO QUORVAN, A LEADING JAPANESE "
        "PHARMACEUTICAL COMPANY\n\n"
        "Zentavo Therapeutics Limited announced that it has licensed zorbalisib to Quorvan "
        "Pharma for glioblastoma."
    )
    assert "PHARMACEUTICAL" not in names(headline, "Organization")
    assert {"Zentavo Therapeutics", "Quorvan Pharma"} <= names(headline, "Organization")


def test_recognize_a_disease_after_post_names_a_form_of_the_next() -> None:
    x = run(
        "ZX-0123 is approved for adults with primary myelofibrosis, post polycythaemia vera "
        "myelofibrosis or post essential thrombocythaemia myelofibrosis."
    )
    assert len(names(x, "Disease")) == 1


def test_recognize_a_headline_s_company_after_an_article_is_a_description() -> None:
    x = run(
        "Zentavo Therapeutics and Bolt Pharma Announce Merger to Create a Premier Precision "
        "Medicine Company for Lung Cancer\n\nBOSTON, March 6, 2023 - Zentavo Therapeutics and "
        "Bolt Pharma today announced a merger."
    )
    assert names(x, "Organization") == {"Zentavo Therapeutics", "Bolt Pharma"}


def test_recognize_a_superscript_digit_belongs_to_a_company_s_name() -> None:
    x = run(
        "Zentavo Therapeutics plc (NASDAQ: ZNTV) and ZX² Therapeutics Inc. (NASDAQ: ZXTX) "
        "announced a merger. ZX² Therapeutics stockholders will own 25%."
    )
    assert names(x, "Organization") == {"Zentavo Therapeutics", "ZX² Therapeutics"}


def test_recognize_a_marked_word_before_trial_is_the_drug_tested() -> None:
    x = run(
        "Zentavo's ALK Inhibitor Quorvia® Trial Stopped Early for Benefit\n\nThe study showed "
        "that patients lived longer when treated with Quorvia® compared to crizotinib."
    )
    assert "Quorvia" in names(x, "Molecule")


@pytest.mark.parametrize(
    "text",
    [
        "The results were published today in The Zorbex Oncology journal issue.",
        "“ZX-0123 works,” said principal investigator Jo Roe, M.D., associate professor of "
        "Investigational Cancer Therapeutics.",
        "“ZX-0123 works,” said Jo Roe, Member of the Board, responsible for Human Pharma, "
        "Zentavo Therapeutics.",
        "It was invented in what is now the Zentavo Cancer Therapeutics Unit at the clinic.",
    ],
)
def test_recognize_journals_chairs_and_units_are_no_companies(text: str) -> None:
    assert names(run(text), "Organization") <= {"Zentavo Therapeutics"}


def test_recognize_a_developer_with_a_degree_after_the_name_is_a_person() -> None:
    x = run(
        "ZX-0123 was co-developed by Jorvan Quell, Ph.D., Director of Zentavo Therapeutics’ "
        "Drug Discovery Program."
    )
    assert names(x, "Organization") == {"Zentavo Therapeutics"}


def test_recognize_a_date_with_a_footnote_mark_is_no_code() -> None:
    x = run("ZX-0123 received U.S. FDA approval in April 2024ii as a monotherapy.")
    assert names(x, "Molecule") == {"ZX-0123"}


def test_recognize_a_disease_in_a_journal_s_title_is_no_disease() -> None:
    x = run(
        "The findings were published today in The Lancet Oncology and The Lancet Diabetes & "
        "Endocrinology. ZX-0123 treats thyroid cancer."
    )
    assert names(x, "Disease") == {"thyroid cancer"}


def test_recognize_a_defined_long_form_over_a_one_word_head_is_its_own_disease() -> None:
    x = run("ZX-0123 is studied in adults with moderate to severe chronic hand eczema (CHE).")
    assert names(x, "Disease") == {"chronic hand eczema"}
    y = run("ZX-0123 is studied in patients with newly diagnosed multiple myeloma (NDMM).")
    assert names(y, "Disease") == {"multiple myeloma"}


def test_recognize_a_degree_after_a_person_s_name_is_no_disease() -> None:
    x = run(
        '"ZX-0123 may help," said Jo Roe, DO, MS, the Chair in Thoracic Oncology at Zentavo '
        "Therapeutics. Patients with MS, a disease of the nerves, were treated."
    )
    assert [m.text for n in x.nodes if n.label == "Disease" for m in n.mentions] == ["MS"]


def test_recognize_a_marked_event_is_no_drug() -> None:
    x = run(
        "Data on ZX-0123 were presented at the Digestive Disease Week® (DDW) 2024 meeting; "
        "endpoints were met at Week 16."
    )
    assert names(x, "Molecule") == {"ZX-0123"}


def test_recognize_an_institution_s_name_ends_before_an_adjective() -> None:
    x = run(
        "The test leverages Bolt Pharma’s license from Quillon University for PCR-based "
        "companion diagnostics."
    )
    assert "Quillon University" in names(x, "Organization")


def test_recognize_a_headline_verb_before_a_company_is_no_part_of_its_name() -> None:
    x = run("License Agreement Will Push Bolt Biopharmaceutical Towards Global Leadership")
    assert names(x, "Organization") == {"Bolt Biopharmaceutical"}


def test_recognize_a_five_letter_code_before_its_trial_is_the_drug() -> None:
    x = run(
        "Zentavo Therapeutics submitted an IND for ZENTA003. “We are excited to begin enrolling "
        "patients in our ZENTA003 Phase 2 clinical trial,” said its CEO."
    )
    assert names(x, "Molecule") == {"ZENTA003"}


def test_recognize_a_word_and_number_named_as_a_company_s_candidate_is_a_drug() -> None:
    x = run(
        "Zorvant-08, Zentavo Therapeutics’ lead cell therapy candidate, is an autologous CAR-T "
        "product. A Phase 3 trial of Zorvant-08 in myasthenia gravis has started."
    )
    assert names(x, "Molecule") == {"Zorvant-08"}


def test_recognize_a_slashed_abbreviation_inside_a_disease_s_name() -> None:
    x = run(
        "ZX-0123 is studied in patients with gastric or gastroesophageal junction (G/GEJ) cancer."
    )
    assert names(x, "Disease") >= {"gastric cancer", "gastroesophageal junction cancer"}


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        # (the words and the head make a name: no bare "nephropathy" beside it)
        ("Zorbimab is studied in immunoglobulin A (IgA) nephropathy.", "IgA glomerulonephritis"),
        # (only the abbreviation and the head make a name)
        (
            "Zorvexa is approved for patients with severe aromatic L-amino acid decarboxylase "
            "(AADC) deficiency.",
            "aromatic L-amino acid decarboxylase deficiency",
        ),
    ],
)
def test_recognize_a_deficiency_or_nephropathy_with_an_inner_abbreviation(
    text: str, disease: str
) -> None:
    assert names(run(text), "Disease") == {disease}


def test_recognize_a_determiner_before_a_dose_opens_no_code() -> None:
    x = run("The 450mg starting dose of ZX-0123 in AML patients was selected because it was safe.")
    assert names(x, "Molecule") == {"ZX-0123"}


def test_recognize_the_radioisotope_a_drug_is_linked_to_is_no_drug() -> None:
    x = run(
        "A monoclonal antibody linked to the radioisotope Yttrium-90, Zorvalin® targets the CD20 "
        "antigen on the surface of mature B cells."
    )
    assert names(x, "Molecule") == {"Zorvalin"}


def test_recognize_what_a_car_binds_by_is_no_drug() -> None:
    x = run(
        "Bolt Pharma licensed its pioneering chlorotoxin CAR T cell therapy to Zentavo "
        "Therapeutics to treat glioblastoma."
    )
    assert names(x, "Molecule") == set()


def test_recognize_a_cytochrome_s_name_is_no_drug_code() -> None:
    x = run(
        "Bolt Pharma will develop ZX-0123 and other drugs targeting cytochrome P450 11A1 "
        "(CYP11A1), an enzyme important in steroid production."
    )
    assert names(x, "Molecule") == {"ZX-0123"}


@pytest.mark.parametrize(
    "text",
    [
        "“According to the World Health Organization, cases rise,” said the CEO of Bolt Pharma.",
        "He is deputy director of City of Hope’s T Cell Therapeutics Research Laboratory at Bolt "
        "Pharma.",
    ],
)
def test_recognize_a_public_body_and_a_laboratory_are_no_companies(text: str) -> None:
    assert names(run(text), "Organization") <= {"Bolt Pharma", "City of Hope"}


def test_recognize_a_class_of_molecules_is_no_drug() -> None:
    x = run("ZX-0123 is an antisense oligonucleotide that targets the mRNA for Smad7.")
    assert names(x, "Molecule") == {"ZX-0123"}


def test_recognize_a_university_s_school_named_in_full() -> None:
    x = run(
        "“ZX-0123 works,” said Jo Roe, M.D., Professor at the University of Quillon School "
        "of Medicine."
    )
    assert names(x, "Organization") == {"University of Quillon School of Medicine"}


def test_recognize_a_name_called_a_drug_discovery_engine_is_no_drug() -> None:
    x = run(
        "Bolt Pharma will collaborate with the team at ZQRS, a drug discovery engine focused on "
        "developing novel small-molecule therapeutics."
    )
    assert names(x, "Molecule") == set()


def test_recognize_a_code_opening_with_a_digit_introduced_as_a_drug() -> None:
    x = run(
        "9ZX2821 is a novel Nectin-4 targeting ADC developed by Zentavo. The Phase III study of "
        "9ZX2821 began. Revenue rose 4% to 2023 levels; lot 5AB1234 shipped."
    )
    molecules = [n for n in x.nodes if str(n.label) == "Molecule"]
    assert [(n.name, len(n.mentions)) for n in molecules] == [("9ZX2821", 2)]


def test_recognize_a_company_named_with_digits_first() -> None:
    x = run("Zentavo signed a partnership agreement with 3D Quorvan Inc. and 89bolt, Inc.")
    assert {"3D Quorvan", "89bolt"} <= names(x, "Organization")
    companies = names(run("In the 3rd Quarter Pharmaceuticals sales rose."), "Organization")
    assert not any(name.startswith("3rd") for name in companies)


def test_recognize_a_name_introduced_as_an_oral_treatment_is_a_drug() -> None:
    x = run(
        "Also included is Sylvant, an approved antibody for Castleman disease, and Zorvexa, an "
        "oral treatment for advanced renal cell carcinoma."
    )
    assert ("Zorvexa", "renal cell carcinoma") in edges(x, "INDICATED_FOR")
    assert ("Sylvant", "renal cell carcinoma") not in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    "phrase",
    [
        "haematologic malignancies",
        "myeloid malignancies",
        "T-cell malignancies",
        "hematologic tumors",
    ],
)
def test_recognize_broad_classes_in_the_forms_releases_use(phrase: str) -> None:
    x = run(f"Zentavo Therapeutics is developing ZX-101 for the treatment of {phrase}.")
    assert ("ZX-101", phrase) in edges(x, "INDICATED_FOR")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The trial was sponsored by the National Institute of Allergy and Infectious "
            "Diseases (NIAID).",
            "National Institute of Allergy and Infectious Diseases",
        ),
        (
            "The Korea University of Science and Technology signed a license with Bolt Pharma Inc.",
            "Korea University of Science and Technology",
        ),
    ],
)
def test_recognize_an_institution_named_for_fields_joined_by_and(text: str, name: str) -> None:
    assert name in names(run(text), "Organization")


def test_recognize_an_institution_and_a_company_stay_two() -> None:
    x = run("Zentavo partnered with the Institute of Cancer Research and Novartis on the study.")
    assert {"Institute of Cancer Research", "Novartis"} <= names(x, "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "QX-811 is a kinase inhibitor. Data came from a phase 1 QX-811 trial in 40 adults.",
        "Kelvarin doses QX-811 in a Phase 1 study (QX-811-LUNG101) in lung cancer.",
        "Kelvarin gains QX-811, a bispecific antibody. It will develop QX-811 as a pan-tumor "
        "technology platform.",
    ],
)
def test_recognize_a_code_defined_as_a_drug_is_no_trial_or_platform_name(text: str) -> None:
    assert ("QX-811", "QX-811") in _spans(text, MOLECULE)


def test_recognize_a_trial_described_as_one_is_still_no_drug() -> None:
    text = "ORCHIDEA-2, a Phase 3 trial of the antibody, met its goal in the ORCHIDEA-2 study."
    assert not _spans(text, MOLECULE)


def test_recognize_a_numbered_trial_acronym_that_is_also_a_vocabulary_name_is_no_drug() -> None:
    # ("Cascade" is a brand of a pesticide in the drug vocabulary: the span stops before "-2")
    text = "CASCADE-2, a Phase 3 trial of zorbimab, met its goal."
    assert {surface for surface, _key in _spans(text, MOLECULE)} == {"zorbimab"}


def test_recognize_a_name_defined_by_a_which_clause_is_a_drug() -> None:
    text = "Zorvexa, which is an interleukin-15 superagonist, is now cleared by the FDA."
    assert ("Zorvexa", "Zorvexa") in _spans(text, MOLECULE)


def test_recognize_a_title_case_legal_form_ends_the_name_before_it() -> None:
    x = run("Akxen Therapeutics, Plc (Nasdaq: AKXN), a biotech, today announced data of zorbimab.")
    assert names(x, "Organization") == {"Akxen Therapeutics"}


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("Zorbinib blocks FGFR3c on tumour cells.", "FGFR3"),  # an isoform's letter
        ("Zorbinib is a Btk inhibitor.", "BTK"),  # a symbol written as a word
        ("Zorbinib is a Met kinase inhibitor.", "MET"),  # (not SLTM, whose alias is "Met")
        ("Zorbinib is a PDGFR-α inhibitor.", "PDGFRA"),  # a hyphen before the Greek letter
    ],
)
def test_recognize_a_target_symbol_as_releases_vary_it(text: str, symbol: str) -> None:
    assert {key for _, key in _spans(text, TARGET)} == {symbol}


def test_recognize_a_post_s_abbreviation_opens_no_organisation_name() -> None:
    x = run('"Our work is on track," said Jo Roe, SVP Oncology Research, who leads the programs.')
    assert not names(x, "Organization")


def test_recognize_a_stock_index_is_no_drug_code() -> None:
    assert not _spans("Kelvarin shares fell 5% while the S&P 500 rose 1%.", MOLECULE)


def test_recognize_a_name_the_text_calls_a_company_is_one_where_a_guess_took_it_for_a_drug() -> (
    None
):
    x = run(
        "Belvue University's Quillix has been bought by Zentavo Pharma.\n\n"
        "Quillix, a US-based cell therapy developer spun out of Belvue University, was "
        "founded in 2014. On Tuesday, the drug developer struck an alliance with Acmetica."
    )
    assert "Quillix" in names(x, "Organization")
    assert "Tuesday" not in names(x, "Organization")
    assert not names(x, "Molecule")


@pytest.mark.parametrize(
    "name", ["zorimogene quilparepvec", "zorcabtagene belautoleucel", "velumogene daparvovec"]
)
def test_recognize_a_gene_or_cell_therapys_two_word_name_is_one_drug(name: str) -> None:
    x = run(f"Acme won approval for {name} in melanoma.")
    assert names(x, "Molecule") == {name}


def test_recognize_new_opens_a_place_in_an_institutions_name() -> None:
    x = run("Jo Roe, professor at University of New South Wales, leads the trial of QX-101.")
    assert names(x, "Organization") == {"University of New South Wales"}


@pytest.mark.parametrize("spelling", ["auto-immune disease", "renal disease"])
def test_recognize_a_broad_class_is_broad_however_it_is_spelt(spelling: str) -> None:
    x = run(f"QX-101 is being developed for {spelling} systemic lupus erythematosus.")
    assert edges(x, "INDICATED_FOR") == {("QX-101", "systemic lupus erythematosus")}


def test_recognize_a_nationality_before_drug_is_no_drug_name() -> None:
    x = run(
        "Acmetica Inc., the Korean drug development company, and Quillix Therapeutics AB, the "
        "Swedish drug discovery company, signed a licensing agreement."
    )
    assert not names(x, "Molecule")


@pytest.mark.parametrize("origin", ["Scottish", "Norwegian", "Austrian", "Flemish", "Brazilian"])
def test_recognize_where_a_partner_is_from_is_no_company(origin: str) -> None:
    x = run(
        f"Quillon Bio has entered into a collaboration with {origin} immunotherapy firm Marbell "
        "Biopharm to develop QX-101 in leukemia."
    )
    assert names(x, "Organization") == {"Quillon Bio", "Marbell Biopharm"}
    assert edges(x, "COLLABORATES_WITH") == {("Marbell Biopharm", "Quillon Bio")}


def test_recognize_a_currency_and_a_field_of_research_name_nothing() -> None:
    x = run(
        "Acmetica Corporation has agreed to purchase Quillix Bioscience at 12 Billion New "
        "Taiwan Dollar. Quillix provides platforms for oncology and metabolic disease research."
    )
    assert names(x, "Organization") == {"Acmetica", "Quillix Bioscience"}
    assert not names(x, "Disease")


def test_recognize_a_companys_defined_short_name_is_no_drug_for_its_ending() -> None:
    x = run(
        "Acmetica Oncology, Inc. and Zorimagene Biopharmaceuticals (“Zorimagene”) announced a "
        "merger. Zorimagene’s QX-101 is in a Phase 2 trial in atopic dermatitis."
    )
    assert names(x, "Molecule") == {"QX-101"}
    assert "Zorimagene Biopharmaceuticals" in names(x, "Organization")


def test_recognize_a_platforms_marked_name_a_proteins_name_and_a_pronoun_name_nothing() -> None:
    x = run(
        "QX-101 is the first drug from Acmetica’s antibody development platform, Zorisoma®. "
        "It is directed against the 5T4/QUIF1 tumour antigen. The QUIF1 antigen was "
        "discovered at Belvue University. They said QX-101 will enter a trial in mesothelioma."
    )
    assert names(x, "Molecule") == {"QX-101"}
    assert "They" not in names(x, "Organization")


def test_recognize_a_tickers_label_names_no_company() -> None:
    x = run(
        "PARIS, Feb. 07, 2019 (GLOBE NEWSWIRE) -- Acmetica Therapeutics (ISIN: FR0000000001; "
        "Mnémo: ACM) today announced that Quillix Pharma exercised its option on QX-101."
    )
    assert names(x, "Organization") == {"Acmetica Therapeutics", "Quillix Pharma"}


def test_recognize_the_factors_a_drug_inhibits_listed_after_including() -> None:
    x = run(
        "QX-101 attacks tumor cells by inhibiting several key oncogenic transcription "
        "factors, including STAT3, HIF1-α and c-Myc."
    )
    assert {"STAT3", "HIF1A", "MYC"} <= names(x, "Target")


def test_recognize_what_a_disease_causes_is_no_indication() -> None:
    x = run(
        "QX-101 could become the first treatment for IgA nephropathy, a rare kidney "
        "condition and a leading cause of kidney failure."
    )
    assert len(names(x, "Disease")) == 1
    assert len(edges(x, "INDICATED_FOR")) == 1


def test_recognize_what_a_drug_competes_with_and_a_lab_value_are_no_drugs() -> None:
    x = run(
        "QX-101 is a highly selective adenosine triphosphate (ATP) competitive inhibitor of "
        "PLK1. It reduced the urine protein creatinine ratio (UPCR) in lupus nephritis, and "
        "survival was 81 months against 54 months for crizotinib (hazard ratio 0.78)."
    )
    assert names(x, "Molecule") == {"QX-101", "crizotinib"}


def test_recognize_a_lab_finding_in_the_urine_is_no_disease() -> None:
    x = run("QX-101 reduced proteinuria in patients with IgA nephropathy in a Phase 2 trial.")
    assert len(names(x, "Disease")) == 1


@pytest.mark.parametrize(
    ("text", "charity"),
    [
        (
            "The Cystic Fibrosis Foundation awarded Quillix Therapeutics a grant.",
            "Cystic Fibrosis Foundation",
        ),
        (
            "Quillix Therapeutics partnered with the Lupus Foundation of America.",
            "Lupus Foundation of America",
        ),
    ],
)
def test_recognize_a_foundation_named_after_a_disease_is_an_organisation(
    text: str, charity: str
) -> None:
    x = run(text)
    assert charity in names(x, "Organization")
    assert names(x, "Disease") == set()


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The antibody, zentamab, works by blocking a cytokine called interleukin-17A.", "IL17A"),
        ("Zorasib is designed to target a gene mutation known as KRAS G12C.", "KRAS"),
    ],
)
def test_recognize_a_target_the_text_introduces_by_its_kind(text: str, target: str) -> None:
    assert target in names(run(text), "Target")


def test_recognize_a_gene_before_inhibition_is_a_target() -> None:
    x = run("The data underscore the potential of oral XPO1 inhibition with zorinexor in DLBCL.")
    assert "XPO1" in names(x, "Target")
    # (blockade is often a pathway's: "IL-6 blockade is emerging as an approach")
    assert (
        names(run("IL-6 blockade is emerging as an approach in rheumatoid arthritis."), "Target")
        == set()
    )


@pytest.mark.parametrize(
    ("text", "college"),
    [
        (
            "Quillix Therapeutics licensed the technology from Dartmouth College.",
            "Dartmouth College",
        ),
        ("Quillix Therapeutics partnered with King's College London.", "King's College London"),
    ],
)
def test_recognize_a_college_is_an_institution(text: str, college: str) -> None:
    assert college in names(run(text), "Organization")


def test_recognize_a_society_named_as_its_congress_host_is_no_organisation() -> None:
    x = run(
        "Data on zorbimab were presented by Quillix Therapeutics at the American College of "
        "Rheumatology (ACR) Convergence 2023 meeting."
    )
    assert names(x, "Organization") == {"Quillix Therapeutics"}


def test_recognize_a_title_initialism_is_the_body_name_it_spells() -> None:
    x = run(
        "Quillix Therapeutics and AZU collaborate in lupus research\n\n"
        "Update from Acme Zentavo University\n\n"
        "Lupus is the focus of a new research collaboration between Quillix Therapeutics and AZU."
    )
    assert names(x, "Organization") == {"Quillix Therapeutics", "Acme Zentavo University"}


@pytest.mark.parametrize(
    "text",
    [
        "Zigamab plays a key role in depleting pathogenic galactose deficient-IgA1.",
        "Zigamab blocks the angiotensin II subtype 1 receptor.",
        "Zigamab was tested in mice with sodium sulfate (SS)-induced colitis.",
        # the protein of red blood cells, a disease's biology ("a mutation in hemoglobin")
        "Zigamab treats a disease caused by a mutated gene that affects hemoglobin.",
        "Haemoglobin stabilization was reached with zigamab.",
    ],
)
def test_recognize_a_substance_of_the_body_is_no_drug(text: str) -> None:
    assert names(run(text), "Molecule") == {"zigamab"}


@pytest.mark.parametrize("word", ["However", "Instead", "Additionally", "Meanwhile"])
def test_recognize_a_sentence_adverb_is_no_company(word: str) -> None:
    text = (
        "Acmetica Pharma reported data for ZB-1535 in 51 patients.\n\n"
        f"{word}, the company zeroed in on 21 lung cancer patients given ZB-1535."
    )
    assert word not in {name for name, _ in _spans(text, "org")}


def test_recognize_a_curated_company_capitalised_inside_also_written_in_lower_case() -> None:
    text = "Patients had failed on Astrazeneca’s blockbuster drug after BeiGene's trial."
    assert {t for t, _ in _spans(text, "org")} == {"Astrazeneca", "BeiGene"}


def test_recognize_the_drug_of_a_company_named_in_the_possessive_is_no_drug_name() -> None:
    text = (
        "Four patients had the Quorva drug front line. Such mutations were once the domain of "
        "Quorva’s Iressa."
    )
    assert not {t for t, _ in _spans(text, "molecule")} & {"Quorva"}


@pytest.mark.parametrize("name", ["Quorva Pharmatech", "Quorva PharmaTech", "Quorva Immunopharma"])
def test_recognize_pharmatech_and_immunopharma_end_a_company_name(name: str) -> None:
    text = f"The firm licensed QX-0015 from {name} for $12.5 million upfront."
    assert {t for t, _ in _spans(text, "org")} == {name}


@pytest.mark.parametrize("verb", ["Congratulates", "Welcomes", "Completes", "Signs", "Expands"])
def test_recognize_a_headline_verb_ends_the_organisation_before_it(verb: str) -> None:
    text = f"Lupus Foundation of America {verb} Zentavo Pharmaceuticals on FDA Approval\n\nText."
    assert not [t for t, _ in _spans(text, "org") if verb in t]


def test_recognize_a_known_body_named_with_of_holds_the_institution_after_it() -> None:
    x = run("Jo Roe, president, City of Hope National Medical Center, led the work on QX-101.")
    assert names(x, "Organization") == {"City of Hope"}


@pytest.mark.parametrize(
    "text", ["pretreated HPV-positive and HPV-negative patients", "the HPV-induced cancer market"]
)
def test_recognize_a_virus_qualifying_patients_or_cancers_is_no_disease(text: str) -> None:
    assert not _spans(text, "disease")


def test_recognize_cidp_as_releases_name_it() -> None:
    text = "patients with chronic inflammatory demyelinating polyneuropathy (CIDP) and CIDP"
    assert {key for _, key in _spans(text, "disease")} == {"DOID:5213"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("patients with non-alcoholic steatohepatitis (NASH)", "DOID:0080547"),
        ("patients with gynecologic cancers", "DOID:120"),
        ("patients with gynecological tumors", "DOID:120"),
        ("patients with Sjögren’s disease", "DOID:12894"),
        ("patients with NMIBC", "DOID:11054"),
        ("patients with AL amyloidosis", "DOID:0080933"),
    ],
)
def test_recognize_former_and_plain_names_of_ontology_diseases(text: str, key: str) -> None:
    assert {k for _, k in _spans(text, "disease")} == {key}


@pytest.mark.parametrize(
    ("name", "symbol"),
    [
        ("TNF-α", "TNF"),
        ("IFN-γ", "IFNG"),
        ("TGF-β", "TGFB1"),
        ("Ang-2", "ANGPT2"),
        ("Claudin-6", "CLDN6"),
        ("uPAR", "PLAUR"),
        ("EGFRvIII", "EGFR"),
        ("β-catenin", "CTNNB1"),
        ("DNA-PK", "PRKDC"),
        ("Polθ", "POLQ"),
        ("CD32b", "FCGR2B"),
        ("TGF-ß", "TGFB1"),
        ("p70S6k", "RPS6KB1"),
        # (a family, as JAK and MEK are)
        ("pan-AKT", "AKT"),
    ],
)
def test_recognize_targets_by_the_short_names_releases_give_them(name: str, symbol: str) -> None:
    text = f"Zorbimab is an antibody targeting {name} in patients."
    assert {key for _, key in _spans(text, "target")} == {symbol}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Acmetica is developing QRX-PLK1 for solid tumors.", "QRX-PLK1"),
        ("Acmetica is developing Z-BCMA-ALLO2 for multiple myeloma.", "Z-BCMA-ALLO2"),
        ("Acmetica is developing Z-PSMA-201 for prostate cancer.", "Z-PSMA-201"),
    ],
)
def test_recognize_code_built_on_a_gene_symbol(text: str, code: str) -> None:
    assert names(run(text), "Molecule") == {code}


def test_recognize_code_built_on_a_gene_symbol_written_after_anti_is_the_antigen() -> None:
    text = (
        "Zorbatuzumab binds ZQ-MUC1, a glycoform on tumour cells. "
        "Acmetica calls zorbatuzumab its anti-ZQ-MUC1 antibody."
    )
    assert names(run(text), "Molecule") == {"zorbatuzumab"}


def test_recognize_disease_abbreviations_joined_are_no_code() -> None:
    x = run("The MG-ADL score improved in patients with MF-CTCL and GEP-NETs.")
    assert not names(x, "Molecule")


def test_recognize_a_drug_database_entry_named_as_a_receptor_is_the_protein() -> None:
    x = run("Toll-like receptor 9 is found in B cells, and Acmetica develops QX-101 for lupus.")
    assert names(x, "Molecule") == {"QX-101"}


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        ("Lilly holds an option on Zorvac, an investigational prostate cancer vaccine.", "Zorvac"),
        ("Zorvia, an investigational therapy for lupus, met its endpoint.", "Zorvia"),
        ("Acme licensed Zorvinium, a first-in-class treatment for lupus, to Bolt.", "Zorvinium"),
        ("It makes Zorvinium, an FDA-approved treatment for Friedreich's ataxia.", "Zorvinium"),
        ("ZorCAR19 is an indigenously developed CD19 targeted CAR-T cell therapy.", "ZorCAR19"),
        ("HuMax-ZF, an antibody-drug conjugate, targets Tissue Factor.", "HuMax-ZF"),
    ],
)
def test_recognize_name_introduced_as_a_drug(text: str, drug: str) -> None:
    assert drug in names(run(text), "Molecule")


def test_recognize_company_described_by_a_therapy_field_is_no_drug() -> None:
    x = run("Zentavo, a leader in cell therapy, announced today that it raised $40 million.")
    assert not names(x, "Molecule")


@pytest.mark.parametrize(
    "text",
    [
        # a marked name after an indefinite article is a kind of drug
        "QX-871 is an orally bioavailable ZorDAC™ degrader developed by Acmetica for lung cancer.",
        # the products of a technology, in the plural
        "Acmetica will evaluate ZORTEMIS® T cells in adult patients with liver cancer.",
        # a mark after the drug's code is its technology's
        "QX-871 ZORTEMIS® T-cell therapy is in a trial in patients with liver cancer.",
    ],
)
def test_recognize_a_technology_mark_is_no_drug(text: str) -> None:
    assert not {"ZorDAC", "ZORTEMIS"} & names(run(text), "Molecule")


def test_recognize_a_brand_after_an_agreement_is_still_a_drug() -> None:
    x = run(
        "ZORVIA® is approved for the treatment of PTCL. Acmetica has secured a license "
        "agreement with ZORVIA® for marketing rights in Japan."
    )
    assert "ZORVIA" in names(x, "Molecule")


@pytest.mark.parametrize(
    "text",
    [
        "Acmetica's radioligand QX-2002, linked to Lutetium-177 (177Lu), treats prostate cancer.",
        "Acmetica acquired [177Lu]-QX-1087, a lutetium-based radioligand, for prostate cancer.",
    ],
)
def test_recognize_an_isotope_that_labels_a_drug_is_no_drug(text: str) -> None:
    assert not {n for n in names(run(text), "Molecule") if "177" in n or "utetium" in n}


def test_recognize_a_drug_s_defined_abbreviation_is_the_drug_wherever_used() -> None:
    x = run(
        "Acmetica licensed galpositamab (GPS) to Bolt Pharma. GPS is in development for "
        "acute myeloid leukemia."
    )
    assert names(x, "Disease") == {"acute myeloid leukemia"}
    assert edges(x, "INDICATED_FOR") == {("galpositamab", "acute myeloid leukemia")}


@pytest.mark.parametrize(
    ("text", "drugs"),
    [
        # the dendritic-cell stem, like -leucel's T cells
        ("Acmetica dosed the first patient with zorvidencel in AML.", {"zorvidencel"}),
        ("Acmetica's lead product candidate Zorvinium is in Phase 2.", {"Zorvinium"}),
        # a person's first name after "candidate" names no drug
        ("Acmetica was founded by former presidential candidate Zorvin Quill.", set()),
        # the name set off by commas after its owner's drug noun
        ("Acmetica said its lupus drug candidate, Zorvinium, failed in a trial.", {"Zorvinium"}),
        ("Bolt Pharma's eczema drug, Zorvinium.", {"Zorvinium"}),
        # ... or with no owner, as the subject of the verb after it
        ("The medicine, Zorvinium, is indicated for a form of lupus.", {"Zorvinium"}),
        ("A gene therapy, Zorvinium, was approved for hemophilia B.", {"Zorvinium"}),
        ("Bolt Pharma makes the cancer gene therapy Zorvinium.", {"Zorvinium"}),
        # (not a speaker after the drug, nor a name after an unowned noun)
        ("Sales of its drug, Zorvinium said, rose.", set()),
    ],
)
def test_recognize_drugs_named_by_stem_or_as_a_candidate(text: str, drugs: set[str]) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} == drugs


def test_recognize_a_protein_s_name_in_capitals_holds_no_disease() -> None:
    assert not _spans("ZX-101 targets the WT1 (Wilms Tumor Protein) antigen.", "disease")


@pytest.mark.parametrize(
    "text",
    [
        "ZORVA-QX is in Phase III clinical trial for acute lymphoblastic leukemia.",
        "Zorvexa is currently being evaluated in a Phase 2 trial in lupus.",
    ],
)
def test_recognize_a_name_said_to_be_in_a_phase_of_trials_is_a_drug(text: str) -> None:
    assert len(_spans(text, MOLECULE)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a trial's name with a copula: the appositive after "trial of its X" is X's
        "ZENITH is the second clinical trial of its ZX-101 product candidate, a CAR-T cell "
        "therapy, in seven cancers.",
        # a disease described: "a disease for which novel treatments are needed"
        "Acmetica advanced ZX-101 in NSCLC, a disease for which novel treatments are needed.",
    ],
)
def test_recognize_an_appositive_past_another_noun_s_head_defines_no_drug(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} == {"ZX-101"}


def test_recognize_a_source_a_product_is_derived_from_is_no_drug() -> None:
    x = run(
        "Zorvexa (ZX-101) is approved for ALL in patients with hypersensitivity to E. "
        "coli-derived asparaginase, or to products derived from E. coli."
    )
    assert names(x, "Molecule") == {"ZX-101", "Asparaginase Escherichia coli"}
    assert names(x, "Disease") == {"acute lymphoblastic leukemia"}


def test_recognize_a_disease_naming_cells_is_a_cell_descriptor() -> None:
    x = run(
        "ZX-101 is approved for DLBCL. It binds a protein on the surface of B-cell lymphoma "
        "cells and is studied in leukemia cell lines."
    )
    assert names(x, "Disease") == {"diffuse large B-cell lymphoma"}


def test_recognize_a_platform_with_its_expansion_before_the_word_is_no_drug() -> None:
    x = run(
        "ZX-101, First-in-Class ZorTAC™ T Cell Redirection Therapy, Enters the Clinic\n\n"
        "ZX-101 is based on Acmetica's ZorTAC (Zero-Order T cell Activating Construct) "
        "platform."
    )
    assert names(x, "Molecule") == {"ZX-101"}


@pytest.mark.parametrize(
    "text",
    [
        # a symptom's kind, a company's name in capitals, a virus
        "ZX-101 was tolerated with transient flu-like symptoms.",
        "RA PHARMACEUTICALS,INC. (NASDAQ:RARX) Files An 8-K",
        "Zorvavir is an investigational agent based on a bioselected common cold virus.",
        # a consequence listed, its items of up to four words
        "Itching can cause poor concentration at work or school, sleep disorders and stress.",
    ],
)
def test_recognize_what_only_resembles_a_disease_names_none(text: str) -> None:
    assert not _spans(text, "disease")


def test_recognize_a_long_description_after_a_disease_is_its_class() -> None:
    x = run("ZX-101 is approved for osteosarcoma, a rare and often fatal bone tumor.")
    assert names(x, "Disease") == {"osteosarcoma"}


@pytest.mark.parametrize(
    "text",
    [
        # an appositive past a verb
        "According to NBCX, Acmetica's immunology portfolio now includes drugs like Zorvexa.",
        # a publication's mark
        "Oncology Times® will be on location delivering coverage.",
        # a day after a possessive and a preposition
        "The price is a premium over Acmetica Inc.’s closing price on Friday.",
        # an amount in a currency's code
        "Acmetica Inc. will pay US$24.00 (RM107.45) per share.",
    ],
)
def test_recognize_names_near_a_drug_s_cues_that_are_no_drug(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} <= {"Zorvexa"}


@pytest.mark.parametrize(
    "text",
    [
        # a complication far after its cue, listed
        "ZX-101 carries a warning for serious toxicities, including liver toxicity, diarrhea, "
        "colon and lung inflammation and intestinal perforation.",
        "Hemolysis can cause severe anemia, disabling fatigue, recurrent pain, shortness of "
        "breath, pulmonary hypertension.",
        # what a disease progresses to
        "The trial enrolls patients who are at high risk of progressing to kidney failure.",
    ],
)
def test_recognize_a_listed_complication_is_no_indication(text: str) -> None:
    assert not {n for n, _ in _spans(text, "disease")} - {"anemia"}


def test_recognize_a_quoted_abbreviation_defines_what_it_names() -> None:
    text = (
        'ZX-101 was approved under the Breakthrough Therapy Designation ("BTD") program. Under '
        "the BTD program, FDA can approve a drug early."
    )
    assert not _spans(text, TARGET)


def test_recognize_a_company_s_initials_name_the_company() -> None:
    x = run(
        "Acmetica Inc. made a tender offer for all shares of CV Therapeutics (NASDAQ: CVTX). "
        "CVT advised its shareholders to take no action."
    )
    assert names(x, "Disease") == set()


def test_recognize_a_filing_s_number_is_no_drug() -> None:
    text = (
        "The NDA of ZX-101 was accepted on December 17, with the registration number CXSS2000060."
    )
    assert {name for name, _ in _spans(text, MOLECULE)} == {"ZX-101"}


@pytest.mark.parametrize(
    "text",
    [
        # an appositive past a preposition
        "ZX-101 is for patients with acute lymphoblastic leukaemia, a blood cancer. In December "
        "2021, it was granted eligibility to PRIME, EMA’s scheme to support the development of "
        "medicines that target an unmet medical need.",
        # a person's surname, by a degree after it or a title before
        "The session is co-chaired by Jo Roe, MD, and Jason Zorvilib, MD.",
        "The team will be led by Dr Rony Quillan, a leading researcher in antibody therapy.",
        # a technology described as one
        "ZX-101 is an antibody produced by applying ZORVELLIGENT®, a technology to produce "
        "antibodies with enhanced activity. ZX-101 is the first ZORVELLIGENT® antibody approved.",
    ],
)
def test_recognize_names_described_as_no_drug(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} <= {"ZX-101"}


@pytest.mark.parametrize(
    "text",
    [
        # an application's number in brackets
        "On December 11, 2017, the first clinical application in China (CXSL1700201) filed by "
        "Acmetica was accepted.",
        # a lab value
        "ZX-101 added to zorvimab met the main goal of change in hemoglobin from baseline.",
        "Adverse reactions to ZX-101 were fatigue (11%) and increased blood alkaline phosphatase "
        "(8%).",
    ],
)
def test_recognize_identifiers_and_lab_values_are_no_drugs(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} <= {"ZX-101", "zorvimab"}


def test_recognize_what_a_disease_is_complicated_by_is_no_indication() -> None:
    x = run(
        "ZX-101 is approved for PNH, which is often complicated by thrombosis and chronic "
        "kidney disease."
    )
    assert names(x, "Disease") == {"paroxysmal nocturnal hemoglobinuria"}


@pytest.mark.parametrize(
    "text",
    [
        # a master protocol's name, a trial's after a possessive, a quoted platform's name
        "Acmetica is a leader in precision medicine with its groundbreaking Beat ALL® Master "
        "Trial, a multi-drug clinical trial in leukemia.",
        "Acmetica AG's ZORVALA failed phase 3 trial of ZX-101 in colorectal cancer.",
        "Boltara Inc. will use Acmetica Inc.'s proprietary ADC platform “ZorvAll™.” to discover "
        "candidates.",
        # a technology named with a drug's name first
        "Acmetica Inc. will contribute its Methane Bioconversion Platform to a new company.",
    ],
)
def test_recognize_names_of_trials_and_technologies_are_no_drugs(text: str) -> None:
    assert {name for name, _ in _spans(text, MOLECULE)} <= {"ZX-101"}


def test_recognize_a_broad_class_is_also_named_as_the_curated_class() -> None:
    x = run("ZX-101 is being developed for the treatment of various hematologic and solid tumors.")
    node = next(n for n in x.nodes if "hematologic" in n.name)
    assert "hematologic malignancies" in [node.name, *node.aliases]


@pytest.mark.parametrize(
    "text",
    [
        "The acquisition fits the Group’s portfolio in the oncology and infectious disease "
        "therapy areas.",
        "The deal combines Acmetica's technology with Boltara's R&D strengths in areas such as "
        "central nervous system diseases.",
    ],
)
def test_recognize_a_field_of_work_is_no_disease(text: str) -> None:
    assert not _spans(text, "disease")


@pytest.mark.parametrize(
    "text",
    [
        "Halvora's products include treatments for bleeding, hepatitis B and migraine.",
        "Patients given QX-101 had interstitial lung disease in 2%.",
    ],
)
def test_recognize_an_adverse_event_names_no_disease_within_its_words(text: str) -> None:
    # ("hepatitis B": no "hepatitis"; "interstitial lung disease": no "lung disease")
    assert not names(run(text), "Disease") - {"migraine"}


def test_recognize_a_code_name_written_with_a_space_is_the_same_molecule() -> None:
    text = (
        "Zorvane Bio has initiated a Phase II trial of its drug candidate ZQX 2076 for patients "
        "with ovarian cancer. ZQX-2076 is also in a Phase I study in multiple myeloma."
    )
    x = run(text)
    assert names(x, "Molecule") == {"ZQX-2076"}
    assert ("ZQX-2076", "ovarian cancer") in edges(x, "INDICATED_FOR")


def test_recognize_code_names_differing_in_digits_stay_apart() -> None:
    x = run("Zorvane Bio is testing ZQX-2076 and ZQX 2077 in patients with ovarian cancer.")
    assert "ZQX 2076" not in names(x, "Molecule")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Agensys was bought for its antibody platform.", "Agensys"),
        ("TiGenix reported new data for its stem cell therapy.", "TiGenix"),
        ("Centocor markets the antibody in the United States.", "Centocor"),
        ("Kyowa Hakko Kirin filed the application in Europe.", "Kyowa Kirin"),
    ],
)
def test_recognize_biotechs_named_without_a_legal_form(text: str, company: str) -> None:
    assert company in names(run(text), "Organization")


@pytest.mark.parametrize(
    "text",
    [
        "Top-line results of the ZX306 Phase 3 trial of lumatinib in melanoma are expected.",
        "Acme achieved a milestone for progress in the Phase III study (“Zelos” ZX3007).",
    ],
)
def test_recognize_a_trial_s_protocol_number_is_no_drug(text: str) -> None:
    found = {s.text for s in recognize(text, get_vocab()) if s.kind == MOLECULE}
    assert not {"ZX306", "ZX3007"} & found


def test_recognize_a_marked_device_name_is_no_drug() -> None:
    # a medical device's trade name (Tumor Treating Fields), marked as a drug's brand would be
    text = "We launched our two lead products, Zorvexa® and Optune® in Hong Kong."
    assert {t for t, _ in _spans(text, MOLECULE)} == {"Zorvexa"}
