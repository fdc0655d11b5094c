"""The clause tense that places yearless months and weekdays (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.periods.find import find_periods

WED = dt.date(2017, 11, 8)  # a Wednesday


def _first(text: str, published: dt.date | None = WED) -> tuple[str | None, str | None]:
    p = find_periods(text, published=published)[0]
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The company unveiled the plan in March.", "2017-03-01"),
        ("The company will unveil the plan in March.", "2018-03-01"),
        ("The plan is expected to be unveiled in March.", "2018-03-01"),
        ("Figures to be reported in March will show a rise.", "2018-03-01"),
        ("The plan is due to take effect in March, officials said.", "2018-03-01"),
        ("The bank said it would cut rates in March.", "2018-03-01"),
        ("The October deficit will be revised, officials said.", "2017-10-01"),
        ("The council is now held by Belgium until Denmark takes over in January.", "2018-01-01"),
        # the point of an abbreviation ends no clause, nor hides an infinitive
        ("Exports rose to the U.S. in March.", "2017-03-01"),
        ("Sales by Smith Corp. fell in March.", "2017-03-01"),
        ("Ministers urged the U.S. to cut tariffs in March.", "2018-03-01"),
        ("Exports rose sharply. In March they will fall.", "2018-03-01"),
    ],
)
def test_month_direction(text: str, start: str) -> None:
    assert _first(text)[0] == start


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A signing ceremony is set for Thursday.", "2017-11-09"),
        ("The minister said on Tuesday that talks would resume.", "2017-11-07"),
        ("Talks resumed on Monday.", "2017-11-06"),
        ("Meetings are scheduled for Thursday and Friday.", "2017-11-09"),
        ("They will meet this coming Monday.", "2017-11-13"),
        ("Reports had been filed by Tuesday.", "2017-11-07"),
    ],
)
def test_weekday_direction(text: str, day: str) -> None:
    assert _first(text)[1] == day


def test_a_listed_weekday_follows_the_one_before() -> None:
    found = find_periods("Meetings are scheduled for Thursday and Friday.", published=WED)
    assert [p.start.isoformat() for p in found if p.start] == ["2017-11-09", "2017-11-10"]


def test_last_and_next_with_a_day_are_strict() -> None:
    assert _first("Announced last November 9, the plan failed.")[0] == "2016-11-09"
    assert _first("The plan starts next November 7.")[0] == "2018-11-07"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a verb of intent looks ahead with its infinitive
        ("Officials urged producers to slash output in the second quarter.", "2018-04-01"),
        # a comparison base is earlier than what it is compared with
        ("Exports will rise in the first quarter from the fourth quarter.", "2017-10-01"),
        # figures for a month, a dated decree: the nearest one
        ("The office will publish figures for October, a spokeswoman said.", "2017-10-01"),
        ("The deficit could be linked to a November 1 decree.", "2017-11-01"),
    ],
)
def test_more_directions(text: str, start: str) -> None:
    found = find_periods(text, published=WED)
    assert start in [p.start.isoformat() for p in found if p.start]


def test_a_range_start_is_no_comparison_base() -> None:
    found = find_periods("Flights will depart each Thursday from March 6.", published=WED)
    assert [p.start.isoformat() for p in found if p.start][-1] == "2018-03-06"


MON = dt.date(2005, 3, 2)  # a Wednesday; BBC: "On Monday, MCI agreed to a buyout by Verizon"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a fronted weekday takes the tense of the verb after it
        ("On Monday, MCI agreed to a buyout by Verizon.", "2005-02-28"),
        ("On Monday, ministers urged producers to slash output.", "2005-02-28"),
        ("On Monday, the board decided to sell the unit.", "2005-02-28"),
        ("The ministers agreed on Monday to cut output.", "2005-02-28"),
        # negatives: a future verb, or the time after the infinitive
        ("On Monday, MCI will agree to a buyout.", "2005-03-07"),
        ("The board agreed to meet again on Monday.", "2005-03-07"),
        ("Ministers urged producers to cut output from Monday.", "2005-03-07"),
    ],
)
def test_a_verb_of_intent_keeps_its_own_tense(text: str, day: str) -> None:
    assert _first(text, MON)[0] == day  # its first day: "from Monday" is open after it


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The firm agreed to a deal in November.", "2004-11-01"),  # "to a": no infinitive
        ("The firm agreed to sell the unit in November.", "2005-11-01"),
    ],
)
def test_to_before_a_determiner_is_no_infinitive(text: str, start: str) -> None:
    assert _first(text, MON)[0] == start
