from __future__ import annotations

import pytest

from oncokg.loaders.sentences import split_sentences


def test_split_sentences_keeps_abbreviations_together() -> None:
    text = "Acme Bio, Inc. and Foo Co., Ltd. signed a deal. Dr. Smith of the U.S. agreed."
    units = [s.text for s in split_sentences(text)]
    assert units == [
        "Acme Bio, Inc. and Foo Co., Ltd. signed a deal.",
        "Dr. Smith of the U.S. agreed.",
    ]


def test_split_a_sentence_may_open_with_a_lower_case_camel_case_name() -> None:
    text = "The deal is worth $385 million. iTeos Therapeutics agreed. It is not. quite so."
    units = [s.text for s in split_sentences(text)]
    assert units == [
        "The deal is worth $385 million.",
        "iTeos Therapeutics agreed.",
        "It is not. quite so.",
    ]


def test_split_an_abbreviation_ends_a_sentence_before_a_word_that_opens_one() -> None:
    text = "We prepare a launch in the U.S. We expect U.S. sales from Acme, Inc. The end."
    units = [s.text for s in split_sentences(text)]
    assert units == [
        "We prepare a launch in the U.S.",
        "We expect U.S. sales from Acme, Inc.",
        "The end.",
    ]


def test_split_sentences_title_dateline_and_bullets_are_units() -> None:
    text = "Acme Reports Data\n\nBOSTON, March 3, 2021 -- Acme today said it works.\n• A bullet"
    units = [s.text for s in split_sentences(text)]
    assert units == [
        "Acme Reports Data",
        "BOSTON, March 3, 2021",
        "Acme today said it works.",
        "• A bullet",
    ]


def test_split_a_sentence_broken_over_two_lines_is_one_unit() -> None:
    text = "Acme Data\n\nThe filing of zorbimab for advanced\nresectable melanoma was made.\nNext"
    units = [s.text for s in split_sentences(text)]
    assert units == [
        "Acme Data",
        "The filing of zorbimab for advanced\nresectable melanoma was made.",
        "Next",
    ]


@pytest.mark.parametrize(
    "text", ["", "   ", "One line without stop", "a. b. c.", "one\ntwo, three\nfour"]
)
def test_split_sentences_offsets_slice_to_text(text: str) -> None:
    for unit in split_sentences(text):
        assert text[unit.start : unit.end] == unit.text


def test_split_sentences_caps_runaway_units() -> None:
    text = "word " * 5000
    units = split_sentences(text)
    assert units
    assert all(len(u.text) <= 1500 for u in units)
    assert all(text[u.start : u.end] == u.text for u in units)


def test_split_a_full_stop_inside_a_company_s_particulars_ends_no_sentence() -> None:
    text = "Kelvarin Co., Ltd. (Head office: Tokyo, Japan. CEO: Taro Sato) signed a deal. It ends."
    assert [s.text for s in split_sentences(text)] == [
        "Kelvarin Co., Ltd. (Head office: Tokyo, Japan. CEO: Taro Sato) signed a deal.",
        "It ends.",
    ]


def test_split_a_japanese_or_malaysian_company_form_ends_no_sentence() -> None:
    text = (
        "Zelvora Pharma K.K. (TSE: 4321) filed zorbimab. A deal with Quon (M) Sdn. Bhd. was "
        "signed with Zelvora K.K. The end."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Zelvora Pharma K.K. (TSE: 4321) filed zorbimab.",
        "A deal with Quon (M) Sdn. Bhd. was signed with Zelvora K.K.",
        "The end.",
    ]


def test_split_a_full_stop_glued_to_the_next_sentence_ends_one() -> None:
    text = (
        "Quorvan shared data on zorbimab, an OX40 inhibitor.However, Bolt leads.For more, "
        "see zorbimab.com or ZX-44.For now, Acme.Bio is quiet."
    )
    assert [s.text for s in split_sentences(text)] == [
        "Quorvan shared data on zorbimab, an OX40 inhibitor.",
        "However, Bolt leads.",
        "For more, see zorbimab.com or ZX-44.For now, Acme.Bio is quiet.",
    ]


def test_split_a_bracketed_footnote_after_the_full_stop_ends_a_sentence() -> None:
    text = "Most patients relapse.(1) It is defined by CD20.(2,3) The end.(4)"
    assert [s.text for s in split_sentences(text)] == [
        "Most patients relapse.(1)",
        "It is defined by CD20.(2,3)",
        "The end.(4)",
    ]
