from __future__ import annotations

import json
import re

import pytest

from oncokg.loaders import vocab_compile, vocabulary
from oncokg.loaders.vocab_compile import COMPILED, fingerprint, package_reader, parse
from tests.loaders.helpers import edges, names, run


def test_vocabulary_compiled_table_is_current() -> None:
    # Fails after editing curated.json, the TSVs or the vocabulary rules without
    # re-running `scripts/build_vocab.py --compile` (loading still works, only slowly).
    tables = parse(package_reader(COMPILED), fingerprint())
    assert tables.source == "compiled"
    assert len(tables.packed) > 100_000


def test_vocabulary_compiled_table_equals_compiling_the_sources() -> None:
    compiled = parse(package_reader(COMPILED), fingerprint())
    fresh = vocab_compile.tables_from_sources()
    assert compiled.packed == fresh.packed
    assert compiled.short == fresh.short
    assert compiled.gene_surface == fresh.gene_surface
    assert compiled.drug_by_key == fresh.drug_by_key
    assert compiled.counts == fresh.counts


@pytest.mark.parametrize(
    "damaged",
    [b"", b"not gzip at all", vocab_compile.gzip.compress(b"oncokg-vocab-compiled 1\nstale\n{}")],
)
def test_vocabulary_falls_back_to_sources_when_compiled_is_unusable(damaged: bytes) -> None:
    def reader(name: str) -> bytes:
        return damaged if name == COMPILED else package_reader(name)

    tables = vocab_compile.load_tables(reader)
    assert tables.source == "sources"
    assert "venetoclax" in tables.packed


def test_vocabulary_get_vocab_uses_compiled_table() -> None:
    vocab = vocabulary.get_vocab()
    assert vocab.source == "compiled"
    assert vocab.sizes["keys"] == len(vocab.packed)


@pytest.mark.parametrize(
    ("key", "present"),
    [
        ("venetoclax", True),
        ("chronic lymphocytic leukemia", True),
        ("n acetyl l cysteinamide", False),  # systematic chemical name
        ("ribavirinum", False),  # Latin spelling of an INN
        ("solute carrier family 5 member 3", False),  # catalogue-style gene name
        ("thymoma, mixed type", False),  # inverted ontology label
    ],
)
def test_vocabulary_keeps_prose_forms_only(key: str, present: bool) -> None:
    assert (key in vocabulary.get_vocab().packed) is present


def test_vocabulary_senses_decode_best_rank_first() -> None:
    vocab = vocabulary.get_vocab()
    senses = vocab.senses("venetoclax")
    assert senses[0].kind == vocabulary.DRUG
    assert [e.rank for e in senses] == sorted(e.rank for e in senses)
    packed = vocabulary.encode_entries(senses)
    assert vocabulary.decode_entries(packed) == senses


def test_vocabulary_fold_keeps_length() -> None:
    text = "İstanbul non‑small‑cell Bruton’s — x"
    assert len(vocabulary.fold(text)) == len(text)
    assert vocabulary.fold("Non-Small Cell") == "non small cell"


def test_vocabulary_description_names_are_no_drugs() -> None:
    # DrugBank lists "Anti-CD19 CAR-T cells" and synonyms like "Anti-CD3": descriptions
    vocab = vocabulary.get_vocab()
    assert not any(key.startswith("anti") for key in vocab.drug_by_key)


def test_vocabulary_legal_forms_have_one_home() -> None:
    """Recognition and normalisation read the legal forms from curated.json alone."""
    pattern = re.compile(rf"(?:{vocabulary.get_vocab().legal_suffix})(?![A-Za-z0-9])")
    for written in ("Inc.", "Inc", "Co., Ltd.", "Co.,Ltd", "S.p.A.", "K.K.", "Oyj"):
        assert pattern.fullmatch(written), written
    for word in ("Co-Founder", "AB928", "Group"):
        assert not pattern.match(word), word


@pytest.mark.parametrize(
    "key",
    ["solid tumor", "solid tumours", "solid tumors"],
)
def test_vocabulary_broad_class_spellings_share_one_node(key: str) -> None:
    (sense,) = vocabulary.get_vocab().senses(key)
    assert sense.ref == "solid tumors"


def test_vocabulary_broad_class_spelling_fold() -> None:
    fold = vocab_compile._spelling_fold
    assert fold("haematological malignancies") == fold("hematologic malignancies")
    assert fold("B-cell malignancies") == fold("B cell malignancies")
    assert fold("blood cancers") != fold("hematologic cancers")
    assert fold("solid malignancies") == fold("solid tumour")


@pytest.mark.parametrize(
    ("key", "same_as"),
    [
        ("hematologic tumor", "hematologic cancer"),  # a spelling the list does not hold
        ("haematological malignancy", "hematologic cancer"),
        ("solid cancers", "solid tumors"),
        ("b cell malignancy", "b cell malignancies"),
        ("inflammatory conditions", "inflammatory diseases"),
        ("autoimmune disorders", "autoimmune disease"),
        ("haematological diseases", "hematologic disease"),
        ("autoimmune indications", "autoimmune disease"),  # a class's indications
        ("inflammatory indication", "inflammatory diseases"),
    ],
)
def test_vocabulary_broad_class_in_every_spelling(key: str, same_as: str) -> None:
    vocab = vocabulary.get_vocab()
    assert key in vocab.broad_diseases
    assert vocab.senses(key)[0].ref == vocab.senses(same_as)[0].ref


def test_vocabulary_class_spellings() -> None:
    forms = vocab_compile._class_spellings("hematologic malignancies")
    assert {"hematological tumor", "haematologic cancers", "hematologic malignancy"} <= set(forms)
    # (a class of diseases is one class whichever of its head words names it, and its
    # indications are the class)
    heads = ("disease", "disorder", "condition", "indication")
    assert set(vocab_compile._class_spellings("inflammatory disease")) == {
        f"inflammatory {head}{number}" for head in heads for number in ("", "s")
    }


@pytest.mark.parametrize(
    ("form", "label"),
    [
        ("esophageal squamous cell carcinoma", "esophagus squamous cell carcinoma"),
        ("anal cancer", "anus cancer"),
        ("mesothelioma", "malignant mesothelioma"),  # no other term is a "mesothelioma"
        ("head & neck cancer", "head and neck cancer"),
        ("myeloproliferative disorders", "myeloproliferative neoplasm"),  # the older name
    ],
)
def test_vocabulary_disease_forms_releases_write(form: str, label: str) -> None:
    vocab = vocabulary.get_vocab()
    refs = [e.ref for e in vocab.senses(form) if e.kind == vocabulary.DISEASE]
    assert refs
    assert vocab.disease_names[refs[0]] == label


def test_vocabulary_eponym_written_without_its_apostrophe() -> None:
    assert "Wilms tumor" in vocab_compile._disease_variants("Wilms' tumor")


@pytest.mark.parametrize(
    ("surface", "symbol"),
    [("FRα", "FOLR1"), ("ERα", "ESR1"), ("PDGFRα", "PDGFRA"), ("HIF-2α", "EPAS1")],
)
def test_vocabulary_greek_subunit_forms_name_the_gene_whose_names_spell_them(
    surface: str, symbol: str
) -> None:
    """An alias ending in A is read as an alpha subunit only for a gene whose names say
    "alpha"; a receptor's subunit is also written with its initials ("folate receptor
    alpha" -> FRα)."""
    assert vocabulary.get_vocab().gene_surface.get(surface) == symbol


@pytest.mark.parametrize(("surface", "symbol"), [("MAGE-A4", "MAGEA4"), ("DNAJ-B1", "DNAJB1")])
def test_vocabulary_lettered_family_member_is_written_with_a_hyphen(
    surface: str, symbol: str
) -> None:
    """A symbol naming a family's lettered member ("... family member A4") is written with a
    hyphen before the letter."""
    assert vocabulary.get_vocab().gene_surface.get(surface) == symbol


def test_vocabulary_greek_form_of_an_alias_needs_the_greek_word_in_the_names() -> None:
    assert vocab_compile._greek_named("XYZα", "xyz protein alpha")
    assert not vocab_compile._greek_named("XYZα", "xyz binding effector protein 2")
    assert vocab_compile._receptor_subunit_initials("folate receptor 1|folate receptor alpha") == [
        "FRα"
    ]


def test_vocabulary_a_glued_prefix_is_also_read_hyphenated() -> None:
    vocab = vocabulary.get_vocab()
    key = vocabulary.key_of("anti-synthetase syndrome")
    assert [e.ref for e in vocab.senses(key)] == ["DOID:0080744"]


def test_vocabulary_a_label_qualified_after_a_comma_is_written_by_its_head() -> None:
    x = run("Zentavo's ZX-0123 is in development for H3 K27M-mutant diffuse midline glioma.")
    assert names(x, "Disease") == {"diffuse midline glioma"}
    assert edges(x, "INDICATED_FOR") == {("ZX-0123", "diffuse midline glioma")}


def test_vocabulary_disease_forms_releases_write_that_the_ontology_lacks() -> None:
    x = run(
        "Zentavo is developing ZX-0123 for Wilms tumor, ZX-0124 for Richter's transformation "
        "and ZX-0125 for post-transplant lymphoproliferative disease."
    )
    assert len(edges(x, "INDICATED_FOR")) == 3


def test_vocabulary_high_grade_b_cell_lymphoma_is_a_disease_of_its_own() -> None:
    # (a WHO lymphoma entity the Disease Ontology names only with its double-hit qualifier)
    x = run(
        "Zentavo said ZX-0123 is approved for patients with relapsed diffuse large B-cell "
        "lymphoma or high-grade B cell lymphoma."
    )
    assert edges(x, "INDICATED_FOR") == {
        ("ZX-0123", "diffuse large B-cell lymphoma"),
        ("ZX-0123", "high-grade B-cell lymphoma"),
    }


def test_vocabulary_a_brand_alone_names_its_inn_s_drug() -> None:
    x = run(
        "The FDA approved ZX-0123 for patients with breast cancer who no longer respond to "
        "Herceptin, Bolt Pharma said."
    )
    assert "trastuzumab" in names(x, "Molecule")


@pytest.mark.parametrize(
    ("brand", "inn"),
    [
        ("Casgevy", "exagamglogene autotemcel"),
        ("Reblozyl", "luspatercept"),
        ("Carvykti", "ciltacabtagene autoleucel"),
        ("Tecvayli", "teclistamab"),
        ("Skyrizi", "risankizumab"),
    ],
)
def test_vocabulary_a_recent_brand_alone_names_its_inn_s_drug(brand: str, inn: str) -> None:
    x = run(f"Bolt Pharma said {brand} was approved for patients with multiple myeloma.")
    assert names(x, "Molecule") == {inn}


def test_vocabulary_every_curated_brand_names_a_drug_of_the_reference() -> None:
    # (a brand whose INN the reference lacks would be dropped when the vocabulary is built)
    tables = vocab_compile.tables_from_sources()
    curated = json.loads(package_reader("curated.json"))
    inns = curated["brands"].values()
    assert [inn for inn in inns if vocabulary.key_of(inn) not in tables.drug_by_key] == []


@pytest.mark.parametrize("campus", ["UC San Diego", "UC Davis", "UCSF"])
def test_vocabulary_a_university_campus_s_short_name_is_no_disease(campus: str) -> None:
    # ("UC" alone abbreviates ulcerative colitis)
    x = run(f"QX-101, discovered at {campus}, is in a Phase 1 trial for lymphoma.")
    assert names(x, "Disease") == {"lymphoma"}
    assert campus in next(n for n in x.nodes if str(n.label) == "Organization").aliases


def test_vocabulary_no_inn_is_a_stop_word() -> None:
    # (the stop words are endogenous substances and common words; an INN among them, as
    # abatacept was, is a drug the extractor could never name, nor its brand)
    x = run("Bolt Pharma said ORENCIA and abatacept were approved for rheumatoid arthritis.")
    assert names(x, "Molecule") == {"abatacept"}
    assert edges(x, "INDICATED_FOR") == {("abatacept", "rheumatoid arthritis")}


def test_vocabulary_the_ontology_s_disease_of_classes_are_broad() -> None:
    # DO names these classes "disease by infectious agent", "disease of metabolism"
    broad = vocabulary.get_vocab().broad_diseases
    assert {"infectious disease", "metabolic disease", "disease of metabolism"} <= broad
    x = run(
        "Quillon Bio is a vaccine company working on new medicines for infectious diseases. "
        "Bolt Pharma focuses on oncology and metabolic disease."
    )
    assert names(x, "Disease") == set()


def test_vocabulary_a_blood_cancer_in_the_singular_is_a_broad_class() -> None:
    x = run(
        "Bolt Pharma is developing ZX-0123 to treat chronic myeloid leukemia as well as other "
        "hematological cancers. Its blockbuster blood cancer drug zorvetinib sold well."
    )
    # (one class, however named: "blood cancer" is the hematological cancers' node)
    assert {m for m, _d in edges(x, "INDICATED_FOR")} == {"ZX-0123"}
    assert len(edges(x, "INDICATED_FOR")) == 2


def test_vocabulary_a_company_s_short_and_former_names_from_the_news() -> None:
    companies = vocabulary.get_vocab().companies
    for short in ("Bristol Myers", "Bristol-Myers"):
        assert companies.get(short) == "Bristol Myers Squibb"
    assert companies.get("sanofi-aventis") == "Sanofi"  # (its former name, as it wrote it)


@pytest.mark.parametrize(
    ("surface", "variant"),
    [
        ("acute lymphocytic leukaemia", "acute lymphocytic leukemia"),
        ("paediatric brain tumour", "pediatric brain tumor"),
        ("acute myeloid leukemia", "acute myeloid leukaemia"),
        # any word's "hem" before a vowel, and any "-emia", either way
        ("Hemophilia A", "Haemophilia A"),
        ("paroxysmal nocturnal hemoglobinuria", "paroxysmal nocturnal haemoglobinuria"),
        ("beta thalassaemia", "beta thalassemia"),
        # "cancer" for "carcinoma" inside a label too, and a tract's cancer by its organ
        (
            "squamous cell carcinoma of the head and neck",
            "squamous cell cancer of the head and neck",
        ),
        ("biliary tract cancer", "biliary cancer"),
    ],
)
def test_vocabulary_disease_labels_are_spelt_both_ways(surface: str, variant: str) -> None:
    assert variant in vocab_compile._disease_variants(surface)


def test_vocabulary_a_british_disease_spelling_is_read_with_its_indication() -> None:
    x = run("Bolt Pharma's zorbimab was approved for adults with severe haemophilia B.")
    assert edges(x, "INDICATED_FOR") == {("zorbimab", "haemophilia B")}
    # "hemi-" is one spelling, and no "chem-" word is taken for a British "haem-"
    assert vocab_compile._disease_variants("hemiplegic migraine") == ["hemiplegic migraine"]
    assert vocab_compile._disease_variants("chemodectoma") == ["chemodectoma"]


@pytest.mark.parametrize(
    ("key", "kept"),
    [
        ("5 fluorouracil", True),  # a locant before one word: a name prose uses
        ("6 mercaptopurine", True),
        ("n acetylcysteine", True),
        ("l asparaginase", True),
        ("n methyl 2 pyrrolidone", False),
        ("2,4 dichlorophenoxy acetic acid", False),  # a systematic chemical name
    ],
)
def test_vocabulary_a_locant_or_prefix_before_one_word_is_a_drug_name(key: str, kept: bool) -> None:
    assert bool(vocab_compile._CHEMICAL.search(key)) is not kept


@pytest.mark.parametrize(
    ("abbreviation", "label"),
    [
        ("PTCL", "peripheral T-cell lymphoma"),
        ("PNH", "paroxysmal nocturnal hemoglobinuria"),
        ("ITP", "autoimmune thrombocytopenic purpura"),
        ("EoE", "eosinophilic esophagitis"),
        ("PDAC", "pancreatic ductal adenocarcinoma"),
        ("cGVHD", "graft-versus-host disease"),
    ],
)
def test_vocabulary_disease_abbreviations_releases_leave_undefined(
    abbreviation: str, label: str
) -> None:
    x = run(f"Acmetica is developing QX-101 for the treatment of patients with {abbreviation}.")
    assert edges(x, "INDICATED_FOR") == {("QX-101", label)}


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "Japan’s Kyowa Hakko Kirin has announced that its application for zorbimab in "
            "lymphoma has been validated.",
            "Kyowa Kirin",
        ),
        (
            "Sumitomo Dainippon Pharma has announced that its application for zorbimab in "
            "lymphoma has been accepted.",
            "Sumitomo Pharma",
        ),
    ],
)
def test_vocabulary_a_company_s_former_name_is_the_company(sentence: str, company: str) -> None:
    # (releases older than a rename write the name then in use, with no legal suffix)
    x = run(sentence)
    assert edges(x, "DEVELOPS") == {(company, "zorbimab")}


def test_vocabulary_a_company_name_in_lower_case_with_a_dot_is_the_company() -> None:
    # (a Korean pharma writes its name so: a curated name form, no capitalised words to read)
    x = run("Acmetica Therapeutics and HK inno.N signed a licence agreement for zorbimab.")
    assert "HK inno.N" in names(x, "Organization")
    pairs = {frozenset(pair) for pair in edges(x, "COLLABORATES_WITH")}
    assert frozenset({"Acmetica Therapeutics", "HK inno.N"}) in pairs
