"""TARGETS as releases state them, on invented drug names: each case a sentence shape and the
targets it states (or must not state)."""

from __future__ import annotations

import pytest

from tests.loaders.helpers import edges, names, run


def _targets(text: str) -> set[str]:
    return {target for _, target in edges(run(text), "TARGETS")}


# A ligand's name used for its receptor names the receptor, never the ligand.
@pytest.mark.parametrize(
    ("text", "stated", "not_stated"),
    [
        ("QV-1001 is an anti-IL-23 receptor antibody.", {"IL23R"}, {"IL23A"}),
        ("QV-1001 is an IL-17 receptor A antagonist.", {"IL17RA"}, {"IL17A"}),
        ("QV-1001 is an IL-31 receptor A antagonist.", {"IL31RA"}, {"IL31"}),
        ("QV-1001 is a monoclonal antibody against the IL-36 receptor.", set(), {"IL36A"}),
        ("QV-1001 is an anti-IL-33 receptor antibody.", set(), {"IL33"}),
        (
            "QV-1001 is a glucagon-like peptide-1 (GLP-1) receptor agonist.",
            {"GLP1R"},
            {"GCG", "GCGR"},
        ),
        ("QV-1001 is an IL-4 receptor alpha antagonist.", {"IL4R"}, {"IL4"}),
        ("QV-1001 is an anti-IL-6 receptor antibody.", {"IL6R"}, {"IL6"}),
        ("QV-1001 binds the PD-1 receptor on T cells.", {"PDCD1"}, set()),
        ("QV-1001 targets the HER2 receptor.", {"ERBB2"}, set()),
    ],
)
def test_targets_ligand_named_receptor(text: str, stated: set[str], not_stated: set[str]) -> None:
    found = _targets(text)
    assert stated <= found
    assert not found & not_stated


# What a drug does to its target in any tense, including neutralising it; "an antibody to X";
# "It also inhibits X" after the sentence naming the drug.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001 inhibited BTK and reduced disease activity in a lupus model.", {"BTK"}),
        ("QV-1001 potently inhibited KIT and PDGFRA in biochemical assays.", {"KIT", "PDGFRA"}),
        ("In preclinical studies, QV-1001 bound to CD73 with picomolar affinity.", {"NT5E"}),
        ("In preclinical studies, QV-1001 blocked the binding of CD47 to SIRPa.", {"CD47"}),
        ("QV-1001 is a monoclonal antibody that neutralizes GM-CSF.", {"CSF2"}),
        ("QV-1001 is a DKK1-neutralizing antibody for gastric cancer.", {"DKK1"}),
        ("QV-1001 is a fully human antibody that neutralises interleukin-13 (IL-13).", {"IL13"}),
        ("QV-1001 is an agonist antibody to the costimulatory receptor OX40.", {"TNFRSF4"}),
        ("QV-1001 is a CDK9 inhibitor. It also inhibits CDK2.", {"CDK9", "CDK2"}),
        ("QV-1001 is a WEE1 inhibitor. The compound also inhibits PLK1.", {"WEE1", "PLK1"}),
        ("QV-1001 is an antibody-drug conjugate targeted to CD33.", {"CD33"}),
        # a list's items, each described
        (
            "QV-1001 is designed to target PD-L1, a protein that cancer cells use to evade the "
            "immune system, and VEGF-A, a protein that helps tumors grow.",
            {"CD274", "VEGFA"},
        ),
        # a receptor named by its subtype before the head, in the plural
        ("QV-1001 selectively binds to histamine H4 receptors.", {"HRH4"}),
        ("QV-1001, an oral, once-daily, JAK1 preferential inhibitor, is approved.", {"JAK1"}),
        ("QV-1001 is designed to specifically recognize and bind CD19-positive B-cells.", {"CD19"}),
        # a symbol written in camel case after its digit
        ("QV-1001 is an antibody directed against C5aR, which has potential.", {"C5AR1"}),
        # a short name from the drug's brackets
        ("Zorbimab (QV-1001; 1001Z) is in trials. 1001Z is an antibody targeting CD33.", {"CD33"}),
    ],
)
def test_targets_stated_by_verb(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


@pytest.mark.parametrize(
    "text",
    [
        "QV-1001 inhibited tumor growth in EGFR-mutant xenografts.",
        "Patients whose disease progressed on drugs that blocked PD-1 joined the QV-1001 trial.",
    ],
)
def test_targets_verb_on_no_target(text: str) -> None:
    assert _targets(text) == set()


# A drug class after "with" or "plus" is a partner given with the drug; its target is not the
# drug's. A structural "with" ("with a CD3-binding arm") describes the drug itself.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("In the study, QV-1001 was combined with an antibody that blocks PD-L1.", set()),
        ("QV-1001 is given with a drug that inhibits VEGF.", set()),
        ("QV-1001 is being tested together with an anti-PD-1 antibody.", set()),
        ("QV-1001 plus an EGFR inhibitor was well tolerated.", set()),
        ("QV-1001, a BRAF inhibitor, is being studied with a MEK inhibitor.", {"BRAF"}),
        # (the partner's owner named before its class)
        ("QV-1001 is tested in combination with Bolt's anti-EGFR antibody.", set()),
        (
            "QV-1001 is a bispecific antibody with a CD3-binding arm and a CLDN6-binding arm.",
            {"CD3", "CLDN6"},
        ),
        ("QV-1001 is an ADC with a cleavable linker that targets HER2.", {"ERBB2"}),
    ],
)
def test_targets_partner_class_after_with(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# The cells a drug acts on, named by the protein they carry, name its target; a patient's or a
# tumour's marker without the drug's action does not.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001 is a radioligand targeting PSMA-expressing prostate cancer cells.", {"FOLH1"}),
        ("QV-1001 is an ADC designed to target HER2-expressing tumors.", {"ERBB2"}),
        ("QV-1001 is a CAR-T therapy directed against CD70-positive tumor cells.", {"CD70"}),
        ("QV-1001 binds to cancer cells expressing GPC3 and recruits T cells.", {"GPC3"}),
        ("QV-1001 redirects T cells towards tumor cells expressing CD20.", {"MS4A1"}),
        ("QV-1001 delivers its payload directly to cells that overexpress TROP2.", {"TACSTD2"}),
        (
            "QV-1001 selectively delivers a radioactive isotope to tumor cells that express "
            "prostate-specific membrane antigen (PSMA).",
            {"FOLH1"},
        ),
        ("QV-1001 is being developed for HER2-positive breast cancer.", set()),
        ("QV-1001 is approved for patients whose tumors express PD-L1.", set()),
        ("QV-1001 showed responses in tumors that express high levels of PD-L1.", set()),
        ("QV-1001 delivers chemotherapy to patients with KRAS-mutant tumors.", set()),
    ],
)
def test_targets_cells_named_by_their_protein(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# A class's abbreviation and a dash may stand between a drug's class and its name.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The approval covers the BTK inhibitor – QV-1001 – for mantle cell lymphoma.", {"BTK"}),
        (
            "Regulators approved the anti-PD-1 monoclonal antibody (mAb) – velpanimab – today.",
            {"PDCD1"},
        ),
        ("Quorvel's anti-CD47 monoclonal antibody (mAb), QV-1001, entered Phase 2.", {"CD47"}),
        ("An oral KRAS G12C inhibitor — QV-1001 — showed responses in lung cancer.", {"KRAS"}),
    ],
)
def test_targets_class_then_name_after_dash(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# A class the drug is set against names no target of it.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Unlike first-generation EGFR inhibitors, QV-1001 targets HER2 selectively.", {"ERBB2"}),
        ("In contrast to covalent BTK inhibitors, QV-1001 binds reversibly to the kinase.", set()),
        ("Compared with PD-1 inhibitors, QV-1001 showed fewer adverse events.", set()),
        ("Instead of targeting HER2, QV-1001 binds HER3.", {"ERBB3"}),
        ("As opposed to other CDK4/6 inhibitors, QV-1001 is selective for CDK4.", {"CDK4"}),
    ],
)
def test_targets_contrasted_class(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# ... as is a drug class given before the drug or compared with it.
@pytest.mark.parametrize(
    "text",
    [
        "QV-1001 is given after a tyrosine kinase inhibitor of EGFR.",
        "QV-1001 is being tested in patients who progressed after an inhibitor of BTK.",
        "QV-1001 showed longer survival than an anti-PD-1 antibody in the trial.",
        "QV-1001 is compared versus a BTK inhibitor in the Phase 3 trial.",
    ],
)
def test_targets_prior_or_comparator_class(text: str) -> None:
    assert _targets(text) == set()


# A class's abbreviation may stand between the class and "of", and the target may be named
# after a longer description of its kind.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001 is a tyrosine kinase inhibitor (TKI) of EGFR.", {"EGFR"}),
        (
            "QV-1001 is a small molecule inhibitor (SMI) of the anti-apoptotic protein MCL-1.",
            {"MCL1"},
        ),
        (
            "QV-1001 is a tyrosine kinase inhibitor (TKI) of the fibroblast growth factor "
            "receptors FGFR1, FGFR2 and FGFR3.",
            {"FGFR1", "FGFR2", "FGFR3"},
        ),
        ("QV-1001 is given after a tyrosine kinase inhibitor (TKI) of EGFR.", set()),
    ],
)
def test_targets_class_abbreviation_before_of(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# What an RNA medicine silences is its target; a gene silenced in the tumour is not.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001 is a small interfering RNA that silences PCSK9 in the liver.", {"PCSK9"}),
        ("QV-1001 is an RNAi therapeutic designed to silence the TTR gene.", {"TTR"}),
        ("QV-1001 is an siRNA designed to silence APOC3 expression in the liver.", {"APOC3"}),
        ("QV-1001 was studied in tumors with epigenetic silencing of MLH1.", set()),
        ("QV-1001 showed activity in tumors where MLH1 is silenced.", set()),
    ],
)
def test_targets_silenced_gene(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# A protein spelled out as releases write it: an interleukin by its number, a receptor after
# "antagonist to"; a protein that is also a drug's name is the protein where a drug acts on it.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001, an interleukin-17 inhibitor, is approved in psoriasis.", {"IL17A"}),
        ("QV-1001, an interleukin-6 inhibitor, is approved in arthritis.", {"IL6"}),
        ("QV-1001 is an antagonist to steroidogenic factor-1 (SF-1).", {"NR5A1"}),
        ("QV-1001 is an anti-IgE antibody for chronic urticaria.", {"IGHE"}),
        ("QV-1001 carries a membrane-bound interleukin-15 to promote NK cell growth.", set()),
    ],
)
def test_targets_spelled_out_proteins(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_a_combination_partner_keeps_the_target_stated_for_it() -> None:
    # (as the gold does: "in combination with Keytruda (pembrolizumab), a PD-1 inhibitor"
    # gives pembrolizumab its target, but no indication of the lead's)
    x = run(
        "The FDA accepted the application for QV-1001, an oral TKI, in combination with "
        "zorbalimab, a PD-1 inhibitor, for liver cancer."
    )
    assert ("zorbalimab", "PDCD1") in edges(x, "TARGETS")
    assert ("zorbalimab", "liver cancer") not in edges(x, "INDICATED_FOR")


def test_targets_a_drug_given_with_another_is_its_partner() -> None:
    x = run(
        "Zentavo Pharma and Bolt Inc. announced the FDA has granted ZORVIA® with QUORVEX® "
        "accelerated approval for bladder cancer. QUORVEX is a registered trademark of Kappa "
        "Corp."
    )
    assert edges(x, "DEVELOPS") >= {("Zentavo Pharma", "ZORVIA"), ("Bolt", "ZORVIA")}
    assert not {org for org, drug in edges(x, "DEVELOPS") if drug == "QUORVEX"} & {
        "Zentavo Pharma",
        "Bolt",
    }


# A drug class referring back to the one drug of the sentence before: however long its
# description, and at the opening of the next paragraph with "This".
@pytest.mark.parametrize(
    "text",
    [
        "Health authorities approved QV-1001 for multiple myeloma.\n\nThis is the first "
        "approval for the fully human anti-B-cell maturation antigen (BCMA) CAR-T cell therapy "
        "outside China.",
        "The deal is worth $5 million. The professor said QV-1001 may treat many "
        "cancers.\n\n“This drug candidate is a first in class inhibitor of BCMA, a protein "
        "on myeloma cells.",
    ],
)
def test_targets_of_a_class_referring_back(text: str) -> None:
    assert ("QV-1001", "TNFRSF17") in edges(run(text), "TARGETS")


def test_targets_class_spelled_out_with_its_abbreviation_before_the_drug() -> None:
    text = (
        "Acme Bio, Inc. received approval for the CD19-targeted Chimeric Antigen Receptor T "
        "cell (CAR-T cell) therapy QX-190 in lymphoma."
    )
    assert _targets(text) == {"CD19"}


def test_targets_class_then_the_name_it_is_called_by() -> None:
    text = (
        "In 2023, Acme Bio, Inc. licensed a GPRC5D-targeting antibody-drug conjugate (ADC) "
        "labeled QX-305 from Bolt."
    )
    assert _targets(text) == {"GPRC5D"}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Bolt Bio's interleukin-23 inhibitor MAb, Zorvexa (zorbimab), was approved.", {"IL23A"}),
        (
            "Bolt Bio won approval for its anti-TIGIT mAb Zorvexa® (zorbimab for injection).",
            {"TIGIT"},
        ),
    ],
)
def test_targets_class_abbreviated_mab_then_the_drug(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_name_spelled_out_between_the_target_and_its_class() -> None:
    text = (
        "Acme Bio, Inc. acquired QX-43742, a first-in-class RORγt (retinoic acid "
        "receptor-related orphan receptor gamma) inhibitor for psoriasis."
    )
    assert _targets(text) == {"RORC"}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Claudin18.2 CAR T Cells (QX041) Receive Approval to Start a Phase 2 Trial", {"CLDN18"}),
        # (a T-cell receptor made to bind a protein, as a CAR is)
        ("QX-041 is a MAGE-A4 TCR-T therapy in Phase 2.", {"MAGEA4"}),
        # (what an ADC's payload inhibits is not the conjugate's target)
        (
            "QX-323 is an antibody-drug conjugate composed of an anti-HER3 antibody linked to a "
            "topoisomerase I inhibitor payload.",
            {"ERBB3"},
        ),
    ],
)
def test_targets_of_cell_therapies_and_conjugates(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# What a drug acts through: "the inhibition of X", "blockade of X", "the polymerization of X".
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101 works through selective inhibition of BTK.", {"BTK"}),
        ("QX-101 acts via blockade of PD-L1 on tumor cells.", {"CD274"}),
        (
            "QX-101 acts by blocking cell division through the inhibition of polymerization of "
            "TUBB3, a constituent of microtubules.",
            {"TUBB3"},
        ),
    ],
)
def test_targets_acting_through_inhibition_of(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# Complexes and enzymes with no single gene, named as the text names them (as CD3 is), and
# a transporter by its common name.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101, an oral gamma secretase inhibitor, was approved.", {"gamma secretase"}),
        ("QX-101 is a first-in-class telomerase inhibitor.", {"telomerase"}),
        ("QX-101 is a first-in-class NaPi2b-targeting ADC.", {"SLC34A2"}),
        ("QX-101 is a third-generation BCR-ABL inhibitor.", {"BCR-ABL"}),
        ("QX-101 is an oral inhibitor of phosphodiesterase 4 (PDE4).", {"PDE4"}),
        ("QX-101 is an inhibitor of poly (ADP-ribose) polymerase (PARP).", {"PARP1"}),
        # another protein named after one: the long form's abbreviation is the target
        ("QX-101 blocks tumor necrosis factor (TNF)-like ligand 1A (TL1A).", {"TNFSF15"}),
    ],
)
def test_targets_complexes_and_common_names(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# A receptor's numbered subunit, spelled out as releases do (HGNC says "subunit").
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101 binds the interleukin-13 receptor alpha 1.", {"IL13RA1"}),
        ("QX-101 is an antibody against IL-13Rα1.", {"IL13RA1"}),
    ],
)
def test_targets_receptor_subunits(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# How releases set a drug's class beside its name.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101 is a PD-1/CTLA-4 bi-specific antibody.", {"PDCD1", "CTLA4"}),
        ("Acme tested its anti-IL-6R Nanobody®, zorbalizumab, in RA.", {"IL6R"}),
        (
            "Acme won approval for the anti-human IL-6 receptor monoclonal antibody, "
            "“Zorvexa® Intravenous Infusion” (generic name: zorbimab).",
            {"IL6R"},
        ),
        (
            "Acme received approval of ZORVEXA® Intravenous Infusion 20 mg and 100 mg "
            '("Zorvexa"), the human anti-human PD-1 monoclonal antibody, for gastric cancer.',
            {"PDCD1"},
        ),
        ("Acme licensed its CSF1R antibody program, including QX-101, to Bolt.", {"CSF1R"}),
        ("Acme adds Zorvexa® a first in class BTK inhibitor approved for CLL.", {"BTK"}),
        (
            "Zorvexa (zorbatinib) is an oral therapy and the first and only FLT3-targeting "
            "therapy to be approved.",
            {"FLT3"},
        ),
    ],
)
def test_targets_class_beside_the_name(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# Set J's shapes: a copula of becoming, lists of drugs before or after their class, a
# family's abbreviation with a member's Greek letter, a mutant protein, the target's ligands.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Zorbatinib becomes the first anti-HER2 treatment to be approved.", {"ERBB2"}),
        ("If approved, zorbimab would be the first anti-CD38 therapy for NDMM.", {"CD38"}),
        ("QX-501 and QX-501A, CAR T cell candidates that target CD19, were dosed.", {"CD19"}),
        ("Acme bought rights to HER2-targeted bispecific antibodies ZW25 and ZW49.", {"ERBB2"}),
        (
            "Zorbalisib inhibits phosphoinositide-3-kinase (PI3K)-delta and PI3K-gamma.",
            {"PIK3CD", "PIK3CG"},
        ),
        ("Zorbalisib is an oral inhibitor of phosphoinositide 3-kinase (PI3K) delta.", {"PIK3CD"}),
        ("QX-4032 is a drug that targets the oncogenic BRAF mutation in melanoma.", {"BRAF"}),
        ("Zorbimab blocks the interaction of PD-1 with its ligands (PD-L1 and PD-L2).", {"PDCD1"}),
        ("Zorbimab is the first PEGylated anti-TNFa antibody for Crohn's disease.", {"TNF"}),
    ],
)
def test_targets_shapes_of_a_second_unseen_set(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_every_drug_of_a_list_gets_the_class_target() -> None:
    x = run("Acme bought rights to HER2-targeted bispecific antibodies ZW25 and ZW49.")
    assert edges(x, "TARGETS") == {("ZW25", "ERBB2"), ("ZW49", "ERBB2")}


def test_targets_an_abbreviation_defined_by_other_words_is_no_target() -> None:
    x = run(
        "The trial compares zorbimab against the standard of care (SOC) in multiple myeloma. "
        "Zorbimab is an antibody against the vascular endothelial growth factor (VEGF) protein."
    )
    assert names(x, "Target") == {"VEGFA"}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Zorvia (lumatinib) is approved. Zorvia targets the broad spectrum of KIT and "
            "PDGFRα mutations known to drive GIST.",
            {("lumatinib", "KIT"), ("lumatinib", "PDGFRA")},
        ),
        (
            "Acme filed an NDA for lumatinib, an oral RAF/MEK clamp, for ovarian cancer.",
            {("lumatinib", "RAF"), ("lumatinib", "MEK")},
        ),
        ("Acme licensed AB-101, a pan-RAF inhibitor, to Bolt.", {("AB-101", "RAF")}),
    ],
)
def test_targets_mutations_acted_on_and_family_clamps(text: str, stated: set[str]) -> None:
    assert edges(run(text), "TARGETS") == stated


def test_targets_engaged_antigens_and_a_word_of_another_protein_name() -> None:
    x = run(
        "AB-533 is a DARPin designed to engage CD3 on T cells and target AML cells by the "
        "tumor associated antigens (TAAs) CD33, CD123 and CD70. AB-388 selectively inhibits "
        "both Bruton's Tyrosine Kinase (BTK) and Interleukin-2-inducible T-cell Kinase (ITK)."
    )
    assert {t for d, t in edges(x, "TARGETS") if d == "AB-533"} == {"CD3", "CD33", "IL3RA", "CD70"}
    assert "IL2" not in names(x, "Target")


# A family's bare name is no member's: HGNC lists "PIM" as an alias of PIM1, yet "a dual
# PIM/FLT3 inhibitor" acts on the family, which is no target; AKT, as JAK and MEK, is a
# family the curated vocabulary names as a target of its own (as gold annotates it).
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101 is a first-in-class dual PIM/FLT3 inhibitor.", {"FLT3"}),
        ("QX-101 is an oral AKT inhibitor.", {"AKT"}),
    ],
)
def test_targets_a_family_name_is_no_member(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_members_told_apart_by_a_slashed_letter() -> None:
    assert _targets("QX-101 is an anti-IL-17A/F nanobody.") == {"IL17A", "IL17F"}


def test_targets_the_drug_of_a_sentence_naming_a_prior_therapy_is_the_one_before() -> None:
    x = run(
        "The FDA approved Zykadia (ceritinib) for NSCLC.\n"
        "The drug — an anaplastic lymphoma kinase (ALK) inhibitor — is intended for patients "
        "previously treated with crizotinib."
    )
    assert edges(x, "TARGETS") == {("ceritinib", "ALK")}


def test_targets_a_clause_after_a_drug_set_aside_is_not_about_it() -> None:
    x = run(
        "Zejula (niraparib) is a PARP1 inhibitor. In addition to Zejula, Tesaro has several "
        "assets in its pipeline, including antibodies directed against PD-1 and LAG-3."
    )
    assert edges(x, "TARGETS") == {("niraparib", "PARP1")}


def test_targets_a_target_after_and_opens_the_next_drugs_class() -> None:
    x = run(
        "Acme reported a Phase 3 trial of zorbimab and CTLA4 monoclonal antibody lumabimab, "
        "added to chemo, in patients with NSCLC. Zorbimab is an anti-PD-L1 antibody."
    )
    assert ("zorbimab", "CTLA4") not in edges(x, "TARGETS")


def test_targets_an_isoform_is_its_gene() -> None:
    assert _targets("Bemarituzumab is an anti-FGFR2b antibody for gastric cancer.") == {"FGFR2"}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Guselkumab binds the p19 subunit of IL-23.", {"IL23A"}),
        ("Ustekinumab binds the p40 subunit of IL-12 and IL-23.", {"IL12B"}),
        ("Ustekinumab is an anti-IL-12/23 p40 antibody.", {"IL12B"}),
    ],
)
def test_targets_a_cytokines_subunit(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# "PI3K" alone is the kinase family, as MEK and JAK are (HGNC lists it under PIK3CA only);
# a Greek letter names the member.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QX-101 is a dual PI3K/mTOR inhibitor.", {"PI3K", "MTOR"}),
        ("QX-101 is a PI3Kα inhibitor.", {"PIK3CA"}),
        ("QX-101 is a PI3K-delta inhibitor.", {"PIK3CD"}),
    ],
)
def test_targets_pi3k_alone_is_the_family(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_a_lower_case_protein_alias_written_as_a_name() -> None:
    assert _targets("QX-101 is an agonistic antibody targeting Dectin-2.") == {"CLEC6A"}


@pytest.mark.parametrize(
    "text",
    [
        "QX-101 selectively inhibits TYK2 via an allosteric mechanism, without direct "
        "inhibition of JAK1/2/3.",
        "QX-101 inhibits TYK2 and does not inhibit JAK1 or JAK2.",
    ],
)
def test_targets_what_a_drug_is_said_not_to_act_on_is_no_target(text: str) -> None:
    assert _targets(text) == {"TYK2"}


def test_targets_the_two_ends_of_a_connector_are_the_drug_s_targets() -> None:
    x = run(
        "Zorbitumomab acts as a connector between a protein called CD19, which is found on the "
        "surface of most B-cell lymphoblasts, and CD3, a protein on T-cell lymphocytes."
    )
    assert edges(x, "TARGETS") == {("zorbitumomab", "CD19"), ("zorbitumomab", "CD3")}


def test_targets_a_drug_with_the_specificity_of_targets() -> None:
    x = run("Zorvetinib is an oral kinase blocker with IRAK1 and JAK2 specificity.")
    assert edges(x, "TARGETS") == {("zorvetinib", "IRAK1"), ("zorvetinib", "JAK2")}


def test_targets_a_drug_named_for_its_target() -> None:
    x = run(
        "Zentavo's zorvacitinib, seeking to become the first TYK2 drug approved, missed a key "
        "Phase II test in ulcerative colitis."
    )
    assert edges(x, "TARGETS") == {("zorvacitinib", "TYK2")}


@pytest.mark.parametrize("receptor", ["thrombopoietin receptor", "TPO receptor"])
def test_targets_the_thrombopoietin_receptor_is_mpl_not_its_ligand(receptor: str) -> None:
    x = run(f"Zentavo Therapeutics will license ZX-101, a {receptor} agonist, to Bolt Pharma.")
    assert edges(x, "TARGETS") == {("ZX-101", "MPL")}


def test_targets_a_receptor_modulating_agent_and_the_psa_a_vaccine_targets() -> None:
    x = run("ZX-0389 is a novel, therapeutic aryl hydrocarbon receptor modulating agent.")
    assert edges(x, "TARGETS") == {("ZX-0389", "AHR")}
    y = run(
        "Bolt Pharma gets an option on ZX-0292, Zentavo Therapeutics' investigational Phase 3 "
        "prostate-specific antigen (PSA)-targeting cancer immunotherapy."
    )
    assert edges(y, "TARGETS") == {("ZX-0292", "KLK3")}


def test_targets_a_greek_letter_spelled_out_names_the_member() -> None:
    x = run("ZX-0101 inhibits IL-1 alpha in gout. ZX-0202 blocks PDGFR alpha in GIST.")
    assert edges(x, "TARGETS") == {("ZX-0101", "IL1A"), ("ZX-0202", "PDGFRA")}


def test_targets_an_immune_checkpoint_inhibitor_names_its_checkpoint() -> None:
    x = run("Zorvexa is a PD-1 immune checkpoint inhibitor approved in 50 countries.")
    assert edges(x, "TARGETS") == {("Zorvexa", "PDCD1")}


def test_targets_a_range_listed_after_an_inhibitor_of_another() -> None:
    x = run("ZX-0101 is an inhibitor of FGFR1/2 and VEGFR1-3 in cancer.")
    assert {t for _m, t in edges(x, "TARGETS")} == {"FGFR1", "FGFR2", "FLT1", "KDR", "FLT4"}


def test_targets_a_named_range_with_the_family_s_abbreviation_inside() -> None:
    x = run(
        "ZX-0101 is a dual-selective inhibitor of the tyrosine kinase activity of fibroblast "
        "growth factor (FGF) receptors 1 and 2."
    )
    assert edges(x, "TARGETS") == {("ZX-0101", "FGFR1"), ("ZX-0101", "FGFR2")}


def test_targets_a_tki_named_after_its_class_even_in_quotes() -> None:
    x = run(
        "The phase 3 results of the 3rd generation EGFR TKI ‘Zorbitinib’ being developed by "
        "Zentavo Therapeutics have been announced. Results of the ALK TKI zorcitinib follow."
    )
    assert edges(x, "TARGETS") == {("zorbitinib", "EGFR"), ("zorcitinib", "ALK")}


def test_targets_a_protein_named_with_a_chemical_s_brackets() -> None:
    x = run(
        "ZX-0101 is a poly(ADP-ribose) polymerase 1 inhibitor. ZX-0202 is a poly (ADP-ribose) "
        "polymerase 2 inhibitor."
    )
    assert edges(x, "TARGETS") == {("ZX-0101", "PARP1"), ("ZX-0202", "PARP2")}


def test_targets_a_drug_s_name_inside_a_protein_s_names_no_drug() -> None:
    x = run(
        "Zentavo's lead candidate ZX-0101 works by inhibiting the oral poly-ADP-ribose "
        "polymerase (PARP) enzyme."
    )
    assert names(x, "Molecule") == {"ZX-0101"}


def test_targets_the_proteasome_is_a_complex_a_drug_acts_on() -> None:
    x = run(
        "The FDA approved Zorvexa (zorbazomib), the first oral proteasome inhibitor, for "
        "multiple myeloma in patients who received prior lines of therapy, including a "
        "proteasome inhibitor and an immunomodulatory agent."
    )
    assert edges(x, "TARGETS") == {("zorbazomib", "proteasome")}


def test_targets_the_first_item_of_a_prior_therapy_list_is_no_target() -> None:
    x = run(
        "Zentavo Therapeutics announced that the FDA has approved its first product, Zorvexa™"
        "(zorbacel), for the treatment of adults with multiple myeloma who have received four "
        "or more prior lines of therapy, including a BTK inhibitor, an immunomodulatory agent, "
        "and an anti-CD38 monoclonal antibody."
    )
    assert edges(x, "TARGETS") == set()
    assert "BTK" not in names(x, "Target")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        # a previous HGNC name, its qualifier dropped ("anaplastic lymphoma kinase (Ki-1)")
        ("ZX-0101 is an anaplastic lymphoma kinase inhibitor.", "ALK"),
        # British spelling of a gene's name
        ("ZX-0101 is an antibody that blocks tumour necrosis factor.", "TNF"),
        ("ZX-0101 selectively inhibits myeloid cell leukaemia 1.", "MCL1"),
        # the forms releases write that the reference names lack
        ("ZX-0101 is a focal adhesion kinase inhibitor.", "PTK2"),
        ("ZX-0101 is an anti-programmed death-ligand 1 antibody.", "CD274"),
        ("ZX-0101 blocks the interleukin-36 receptor (IL-36R).", "IL1RL2"),
    ],
)
def test_targets_a_protein_named_as_releases_name_it(text: str, symbol: str) -> None:
    assert _targets(text) == {symbol}


def test_targets_a_ligand_s_numbered_receptors_are_no_ligand() -> None:
    x = run(
        "ZX-0101 is a dual-selective inhibitor of the tyrosine kinase activity of fibroblast "
        "growth factor (FGF) receptors 1 and 2 (FGFR1/2) and vascular endothelial growth factor "
        "receptors 1, 2 and 3."
    )
    assert "VEGFA" not in {t for _m, t in edges(x, "TARGETS")}


def test_targets_a_symbol_written_as_a_capitalised_word() -> None:
    x = run("Bolt Pharma will develop ZX-0123, a Trop2 directed antibody drug conjugate (ADC).")
    assert edges(x, "TARGETS") == {("ZX-0123", "TACSTD2")}


def test_targets_a_target_said_to_be_the_human_protein() -> None:
    x = run("ZX-0123 is a bispecific antibody directed against human CD30 and CD16A.")
    assert edges(x, "TARGETS") == {("ZX-0123", "TNFRSF8"), ("ZX-0123", "FCGR3A")}


def test_targets_the_members_listed_after_a_class_named_by_its_target() -> None:
    x = run(
        "ZX-0123 is designed for patients who develop resistance to current BTK inhibitors, "
        "such as Zentavo’s Quorvia® (zorbrutinib), Bolt Pharma's Lumexa® (lobrutinib), and "
        "Nordwind Bio’s NWB Tevrix® (tevobrutinib)."
    )
    assert {m for m, t in edges(x, "TARGETS") if t == "BTK"} >= {
        "zorbrutinib",
        "lobrutinib",
        "tevobrutinib",
    }


def test_targets_a_post_anti_target_disease_names_no_target_of_the_drug() -> None:
    x = run(
        "The filing for ZX-0123 is supported by data from a trial in patients with advanced "
        "post-anti-PD1 melanoma."
    )
    assert edges(x, "TARGETS") == set()


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        (
            "ZX-0123 targets the less studied Signal Peptide domain of the MUC1 tumor antigen.",
            {"MUC1"},
        ),
        ("ZX-0123 is a fully human antibody with high specificity for human eotaxin-1.", {"CCL11"}),
        (
            "ZX-0123 is an investigational DLL3/CD3 IgG-like T-cell engager for SCLC.",
            {"DLL3", "CD3"},
        ),
    ],
)
def test_targets_a_domain_a_specificity_and_an_igg_like_engager(
    text: str, symbols: set[str]
) -> None:
    assert {t for _m, t in edges(run(text), "TARGETS")} == symbols


def test_targets_a_list_item_named_after_what_it_is() -> None:
    x = run("ZX-0123 is a selective inhibitor of CDK8 and a closely related serine kinase, CDK19.")
    assert edges(x, "TARGETS") == {("ZX-0123", "CDK8"), ("ZX-0123", "CDK19")}


def test_targets_the_members_listed_after_the_checkpoint_molecules_a_drug_targets() -> None:
    x = run(
        "ZX-0123 is an antibody targeting numerous checkpoint molecules, including GITR and "
        "OX40, as well as four undisclosed checkpoints."
    )
    assert edges(x, "TARGETS") == {("ZX-0123", "TNFRSF18"), ("ZX-0123", "TNFRSF4")}


# A T-cell engager names both its arms, joined by a hyphen or, for a CD antigen, by a blank.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001 is a BCMA-CD3 bispecific antibody.", {"TNFRSF17", "CD3"}),
        (
            "QV-1001 is an investigational B-cell maturation antigen (BCMA) CD3-targeted "
            "bispecific antibody.",
            {"TNFRSF17", "CD3"},
        ),
        ("QV-1001 is an MDM2-p53 inhibitor.", {"MDM2"}),
    ],
)
def test_targets_both_arms_of_an_engager(text: str, stated: set[str]) -> None:
    assert stated <= _targets(text)


def test_targets_an_autoantibody_is_no_target() -> None:
    text = "QV-1001 reduced attacks in patients with the AQP4-IgG antibody."
    assert "AQP4" not in names(run(text), "Target")


def test_targets_programs_named_by_their_targets_list_their_drugs() -> None:
    x = run(
        "The optioned programs are the anti-TIGIT program (QV-1001 and QV-1002), the anti-PD-1 "
        "monoclonal antibody program (quorvimab), and the adenosine receptor antagonist "
        "program (ZX-0123)."
    )
    found = edges(x, "TARGETS")
    assert {("QV-1001", "TIGIT"), ("QV-1002", "TIGIT"), ("quorvimab", "PDCD1")} <= found
    assert not {("QV-1001", "PDCD1"), ("QV-1002", "PDCD1")} & found


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "Acme's next-generation TCR T-cell therapy (QV-1001) targeting MAGE-A4 is in trials.",
            "MAGEA4",
        ),
        ("Zorvia® (zorvitinib), an oral BTK inhibitor, is approved.", "BTK"),
    ],
)
def test_targets_the_drug_in_brackets_is_described_after_them(text: str, stated: str) -> None:
    assert stated in _targets(text)


# Cues and names releases use for what a drug acts on: a part of the target, an affinity, an
# action verb, a copula; an enzyme family by its class name, a kinase by its old symbol, an
# antigen by its roman numeral.
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            'QV-1001 targets the N-terminal domain ("NTD") of the androgen receptor (AR).',
            "AR",
        ),
        (
            "QV-1001 is a biologic with a binding affinity and high potency for interleukin-5 "
            "(IL-5).",
            "IL5",
        ),
        ("QV-1001 selectively acts on the histamine H4 receptors.", "HRH4"),
        ("QV-1001 represents a potential best-in-class PD-L1 inhibitor.", "CD274"),
        ("QV-1001 is an oral HSP90 inhibitor.", "HSP90"),
        ("QV-1001 specifically targets the ABL myristoyl pocket.", "ABL1"),
        ("QV-1001 binds to the tumour-specific antigen CA IX.", "CA9"),
    ],
)
def test_targets_parts_affinities_and_class_names(text: str, stated: str) -> None:
    assert stated in _targets(text)


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        (
            "QX-101, a bispecific anti-tumor necrosis factor (TNF)-alpha/anti-interleukin "
            "(IL)-17A antibody, is in Phase 1b.",
            {"TNF", "IL17A"},
        ),
        ("QX-101 is an anti-interleukin (IL)-23 antibody.", {"IL23A"}),
        (
            "QX-101, the dual antagonist of B cell activating factor and APRIL, a "
            "proliferation inducing ligand, is in a Phase 2 trial.",
            {"TNFSF13B", "TNFSF13"},
        ),
        ("QX-101 is a CD95-ligand inhibitor.", {"FASLG"}),
    ],
)
def test_targets_written_with_the_abbreviation_inside_or_by_their_common_names(
    text: str, symbols: set[str]
) -> None:
    assert {t for _, t in edges(run(text), "TARGETS")} == symbols


@pytest.mark.parametrize(
    ("text", "symbols"),
    [
        # the symbol as the gene's own name writes it ("complement C1s")
        ("QX-003, an inhibitor of the serine protease C1s, prevents haemolysis.", {"C1S"}),
        # a receptor gene's alias with its alpha chain's letter
        ("QX-914 is a fully human anti-IL-7Rα antibody.", {"IL7R"}),
        # a former symbol in title case, first of two before the class
        ("Qurtinib is an Abl and Src kinase inhibitor.", {"ABL1", "SRC"}),
        # ... or joined to a symbol in capitals
        ("Qurtinib is a dual Syk-FLT3 kinase inhibitor.", {"SYK", "FLT3"}),
        # the second of a list the cue opens, spelled out before its abbreviation
        (
            "QX-886 is a bispecific antibody targeting claudin 18.2 (CLDN18.2) and cluster of "
            "differentiation 47 (CD47) being developed for gastric cancer.",
            {"CLDN18", "CD47"},
        ),
    ],
)
def test_targets_written_in_the_gene_names_case_or_its_alpha_chain_or_listed(
    text: str, symbols: set[str]
) -> None:
    assert {t for _, t in edges(run(text), "TARGETS")} == symbols


def test_targets_a_drug_renamed_is_one_drug_the_pronoun_after_refers_to() -> None:
    x = run(
        "QX-0201, now named ZQ448501, is a myeloid cell engager, according to Acmetica. "
        "It is a CD20-directed bispecific antibody."
    )
    assert edges(x, "TARGETS") == {("ZQ448501", "MS4A1")}
    assert names(x, "Molecule") == {"ZQ448501"}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # HGNC's "endothelin receptor type A", "angiotensin II receptor type 1", written with
        # the type before "receptor"
        (
            "ZX-101 selectively blocks the endothelin A receptor and the angiotensin II "
            "subtype 1 receptor.",
            {"EDNRA", "AGTR1"},
        ),
        # HGNC's "IL2 inducible T cell kinase", the interleukin spelt out
        ("ZX-101 inhibits Interleukin-2-inducible T-cell Kinase.", {"ITK"}),
        # "HLA-G" spelt out
        ("Zorbimab is an antibody targeting human leukocyte antigen G.", {"HLA-G"}),
        # names releases give that the reference data lacks
        ("Zorbimab is an antibody against carcinoembryonic antigen (CEA).", {"CEACAM5"}),
        ("Zorbimab blocks the type I interferon receptor.", {"IFNAR1"}),
        ("Zorbimab is a Delta-like ligand 4 blocking antibody.", {"DLL4"}),
        ("ZX-101 is a PAD4 inhibitor.", {"PADI4"}),
        # a Greek letter spelt out and glued to the symbol
        ("ZX-101 is a PI3Kdelta inhibitor.", {"PIK3CD"}),
        ("ZX-101 is an oral RORgamma agonist.", {"RORC"}),
        # what the drug acts on, as releases put it
        ("Zorbimab works by inhibiting the action of IL-6, a protein.", {"IL6"}),
        ("Zorbimab is an antibody directed against domain IV of HER2.", {"ERBB2"}),
    ],
)
def test_targets_named_as_releases_write_them(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


def test_targets_a_combination_partner_named_after_its_class_acts_on_that_target() -> None:
    x = run(
        "Zorbitinib is studied in combination with the FAK inhibitor quilvatinib in patients "
        "with ovarian cancer. ZX-101 is studied in combination with a PD-1 inhibitor."
    )
    assert edges(x, "TARGETS") == {("quilvatinib", "PTK2")}


def test_targets_members_listed_after_a_class_of_therapies_named_by_its_target() -> None:
    x = run("ZX-101 spares cells from anti-CD33 therapies, such as QV-202 or Zorvexa (zorbimab).")
    assert edges(x, "TARGETS") == {("QV-202", "CD33"), ("zorbimab", "CD33")}


def test_targets_a_fusion_after_pan_is_that_fusion_not_a_family() -> None:
    x = run("Zorbatinib is an investigational pan-BCR-ABL inhibitor for use in CML.")
    assert edges(x, "TARGETS") == {("zorbatinib", "BCR-ABL")}
    assert names(x, "Target") == {"BCR-ABL"}


@pytest.mark.parametrize(
    "text",
    [
        "Its lead candidate, zorbatoclax, is a pan Bcl-2 inhibitor in a Phase 2 trial.",
        "Zorbatinib is an oral, pan-erbB inhibitor in a Phase 2 trial.",
        "Its oral, selective sphingosine 1-phosphate (S1P) receptor modulator, zorbimod, "
        "is in a Phase 2 trial.",
    ],
)
def test_targets_a_name_its_family_members_share_is_no_one_target(text: str) -> None:
    x = run(text)
    assert edges(x, "TARGETS") == set()
    assert names(x, "Target") == set()


def test_targets_a_gene_alone_after_pan_or_before_receptor_stays_the_target() -> None:
    x = run(
        "Zorbarasib is a pan-KRAS inhibitor. Zorbimab is an antibody that blocks the IL-1 receptor."
    )
    assert edges(x, "TARGETS") == {("zorbarasib", "KRAS"), ("zorbimab", "IL1R1")}


@pytest.mark.parametrize(
    ("text", "drug", "second"),
    [
        (
            "ZB-103, which targets the B7-H4 antigen present in tumors and the 4-1BB antigen "
            "that activates T cells, is in Phase 1.",
            "ZB-103",
            "TNFRSF9",
        ),
        (
            "Zorbimab, which targets both the inflammatory disease antibody OX40L and tumor "
            "necrosis factor (TNF), is in Phase 1.",
            "zorbimab",
            "TNF",
        ),
    ],
)
def test_targets_a_dual_target_drugs_second_target_after_a_described_first(
    text: str, drug: str, second: str
) -> None:
    assert (drug, second) in edges(run(text), "TARGETS")


def test_targets_a_multikinase_inhibitor_acts_on_the_kinases_named_before() -> None:
    x = run(
        "The trial examines zorbitinib, a next generation oral JAK2/FLT3 multikinase inhibitor."
    )
    assert edges(x, "TARGETS") == {("zorbitinib", "JAK2"), ("zorbitinib", "FLT3")}


def test_targets_a_target_opening_the_next_drug_s_class_is_not_the_drug_before() -> None:
    x = run(
        "Boltara, which is partnered with Acmetica on zorvimab, posted phase 3 data on FcRn "
        "drug quilgimod in myasthenia gravis."
    )
    assert edges(x, "TARGETS") == {("quilgimod", "FCGRT")}


def test_targets_a_middle_item_of_a_prior_therapy_list_is_no_target() -> None:
    x = run(
        "The Committee recommended granting a conditional marketing authorisation for Zorvexa "
        "(zorvicabtagene autoleucel) for the treatment of adult patients with relapsed multiple "
        "myeloma who have received at least three previous therapies, including an "
        "immunomodulatory agent, a proteasome inhibitor and an anti-CD38 antibody."
    )
    assert edges(x, "TARGETS") == set()


def test_targets_the_class_of_a_drug_given_with_the_lead_is_not_the_lead_s() -> None:
    x = run(
        "These are the first positive results for an oral factor D inhibitor and show the "
        "potential of danicopan add-on therapy in PNH. The company added that danicopan was "
        "generally well tolerated and there were no clinically meaningful differences in safety "
        "results seen between the danicopan plus C5 inhibitor group and control group."
    )
    assert ("danicopan", "C5") not in edges(x, "TARGETS")


def test_targets_a_long_form_the_cue_names_whole_is_acted_on() -> None:
    # (the cue's words end where the long form opens, before the abbreviation in brackets)
    x = run(
        "Zorbalutamide is an oral drug. It inhibits multiple steps in the androgen receptor "
        "(AR) signalling pathway."
    )
    assert ("zorbalutamide", "AR") in edges(x, "TARGETS")


# "makes X the first ... inhibitor": what X is made, as "X is" states it; the same words
# after no verb of making describe no drug ("dosed X the first time")
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The approval makes QV-1001 the world's first c-Met inhibitor approved.", {"MET"}),
        ("Acme dosed QV-1001 the first time in a study that also tested a CD47 antibody.", set()),
    ],
)
def test_targets_what_a_drug_is_made(text: str, stated: set[str]) -> None:
    assert _targets(text) == stated


# A family member named by a letter is written with the letter first, joined by a hyphen,
# whether the reference spells the name so ("cadherin 3", "P-cadherin") or not ("selectin P").
@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("QV-1001, a humanized antibody that binds to P-selectin, is in a Phase 2 trial.", "SELP"),
        ("QV-1001 is an oral antagonist of E-selectin.", "SELE"),
        ("QV-1001 is an antibody-drug conjugate directed against P-cadherin.", "CDH3"),
        ("QV-1001 is an antibody that binds K-cadherin on tumour cells.", "CDH6"),
    ],
)
def test_targets_a_member_named_by_a_letter_written_first(text: str, stated: str) -> None:
    assert stated in _targets(text)


def test_targets_letter_first_forms_come_from_the_reference_s_own_symbols() -> None:
    from oncokg.loaders.vocab_compile import _letter_first

    assert _letter_first("selectin P", "selectin P", {"PSEL", "CD62P"}) == ["P-selectin"]
    # (no other symbol spells the letter first: "K-cathepsin" is written by no one)
    assert _letter_first("cathepsin K", "cathepsin K", {"CTSO2", "PKND"}) == []
    assert _letter_first("P-cadherin", "cadherin 3", {"PCAD"}) == ["P-cadherin"]
    # (a letter-first name of a gene the reference calls by another word)
    assert _letter_first("P-protein", "pink-eyed dilution melanosomal protein", set()) == []


# The efflux pump a reformulated oral chemotherapy's partner blocks, by its protein name
@pytest.mark.parametrize(
    "text",
    [
        "QV-1001 is a selective P-glycoprotein inhibitor given with oral docetaxel.",
        "QV-1001 (an orally non-absorbable gut P-glycoprotein pump inhibitor) is given with QV-2.",
    ],
)
def test_targets_p_glycoprotein_is_abcb1(text: str) -> None:
    assert "ABCB1" in _targets(text)
