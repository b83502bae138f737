from __future__ import annotations

from oncokg.loaders.dates import find_dates
from oncokg.loaders.sentences import split_sentences


def _dates(text: str, published: str = "") -> list[str]:
    return [d.date for d in find_dates(split_sentences(text), published)]


def test_dates_at_stated_precision() -> None:
    text = "BOSTON, Dec. 9, 2014 -- The pact was signed in September 2017. Trials start in 2016."
    assert _dates(text) == ["2014-12-09", "2017-09", "2016"]


def test_dates_day_month_take_year_from_document() -> None:
    assert _dates("The meeting is on June 13.", published="2022-05-01") == ["2022-06-13"]


def test_dates_day_month_year_order() -> None:
    assert _dates("Press release 19th June 2014 on the deal.") == ["2014-06-19"]


def test_dates_name_the_event_of_their_sentence() -> None:
    text = (
        "BOSTON, Dec. 9, 2014 -- Acme said so.\n"
        "The FDA approved zorbimab in May 2020.\n"
        "Data were presented at the annual meeting in December 2019.\n"
        "The companies signed a license agreement in 2016."
    )
    whats = {d.date: d.what for d in find_dates(split_sentences(text), "")}
    assert whats == {
        "2014-12-09": "press release",
        "2020-05": "approval",
        "2019-12": "data presentation",
        "2016": "collaboration",
    }


def test_dates_in_text_are_real_calendar_dates() -> None:
    found = find_dates(split_sentences("It began February 31, 2020 and ended March 3, 2021."), "")
    assert [d.date for d in found] == ["2021-03-03"]
