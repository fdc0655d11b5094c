"""Periods in articles with no publication date (BBC-style stories): titles that
contain a day name, numbers that only look like years, and forms whose value is
known without a date (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.periods.find import find_periods


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.timex) for p in find_periods(text, published=None)]


@pytest.mark.parametrize(
    "text",
    [
        "Sir Digby Jones told the BBC's Today programme.",
        "The story ran in USA Today and on NBC's Today show.",
        "The Daily and Sunday Telegraph newspapers are axing 90 jobs.",
        "He writes for The Sunday Times and the Sunday Telegraph.",
    ],
)
def test_titles_with_a_day_name_are_no_periods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Today\'s decision is correct," he said.', [("Today", "XXXX-XX-XX")]),
        ("Today, games have big budgets.", [("Today", "XXXX-XX-XX")]),
        ("He said today that it would.", [("today", "XXXX-XX-XX")]),
        ("The Friday meeting went well.", [("Friday", "XXXX-WXX-5")]),
        (
            "They met on Saturday and Sunday Mr Smith left.",
            [("Saturday", "XXXX-WXX-6"), ("Sunday", "XXXX-WXX-7")],
        ),
        ("On Monday Microsoft said so.", [("Monday", "XXXX-WXX-1")]),
        ("It rose on the Monday after the vote.", [("Monday", "XXXX-WXX-1")]),
    ],
)
def test_days_stay_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Growth of 7.1% is predicted in 2005-6.", [("2005-6", "2005/2006")]),
        ("Contributions rose 4.7% in 1998/99.", [("1998/99", "1998-04/1999-03")]),
        ("Contributions rose 4.7% in 1998/9.", [("1998/9", "1998-04/1999-03")]),
        ("Fees have risen since 1998/9.", [("since 1998/9", "1998-04/..")]),
        ("The scheme runs until 2008/09.", [("until 2008/09", "../2009-03")]),
        ("Sales fell from 36,185 in 2003 to 28,041 in 2004.", [("2003", "2003"), ("2004", "2004")]),
        ("Sales were 12 in 2003-7 of them new.", [("2003", "2003")]),
        ("Between 2001 and 2003 prices rose.", [("Between 2001 and 2003", "2001/2003")]),
    ],
)
def test_year_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_season_year_stays_two_calendar_years() -> None:
    assert _found("The 2015/16 season was poor.") == [("2015/16", "2015/2016")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It was sold in the best traditions of the 90s.", [("the 90s", "199")]),
        ("Growth stalled in the late 80's.", [("the late 80's", "198")]),
        ("She is in her late 90s.", []),
        ("Rates could go up later in the year.", [("later in the year", "XXXX")]),
        ("That marks a downturn from earlier in the year.", [("earlier in the year", "XXXX")]),
        ("Talks resume later in the month.", [("later in the month", "XXXX-XX")]),
    ],
)
def test_decades_and_the_running_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales between October and December fell from the same period in 2003.",
            [
                ("between October and December", "XXXX-10/XXXX-12"),
                ("the same period in 2003", "2003-10/2003-12"),
            ],
        ),
        (
            "Sales were up in the fourth quarter from the same period in 2003.",
            [("the fourth quarter", "XXXX-Q4"), ("the same period in 2003", "2003-Q4")],
        ),
        (
            "Sales in the first half rose from the same period of 2003.",
            [("the first half", "XXXX-H1"), ("the same period of 2003", "2003-H1")],
        ),
        ("Sales were up from the same period in 2003.", [("the same period in 2003", "2003")]),
    ],
)
def test_the_same_period_in_a_year_after_a_yearless_period(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # GUIDELINES §2: "the year before" after "the three months to December"
            "Profit in the three months to December was £5m, against £4m the year before.",
            [
                ("the three months to December", "XXXX-10/XXXX-12"),
                ("the year before", "XXXX-10/XXXX-12"),
            ],
        ),
        (
            "Net profit rose to $205m during October to December, from $142m a year earlier.",
            [("October to December", "XXXX-10/XXXX-12"), ("a year earlier", "XXXX-10/XXXX-12")],
        ),
        (
            "Sales rose 5% in the fourth quarter compared with the previous year.",
            [("the fourth quarter", "XXXX-Q4"), ("the previous year", "XXXX-Q4")],
        ),
        # nothing compared in the sentence: the year, unknown
        ("Stocks were 36% higher than a year ago.", [("a year ago", "XXXX")]),
        (
            "Profit rose in the third quarter. It was $133m a year ago.",
            [("the third quarter", "XXXX-Q3"), ("a year ago", "XXXX")],
        ),
    ],
)
def test_a_year_back_restates_the_period_compared(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The deficit was $19.6bn in November, down from $19.7bn the month before.",
            [("November", "XXXX-11"), ("the month before", "XXXX-10")],
        ),
        (
            "The deficit was $19.6bn in January, down from $19.7bn the previous month.",
            [("January", "XXXX-01"), ("the previous month", "XXXX-12")],
        ),
        (
            "Output rose in the first quarter, up from the previous quarter.",
            [("the first quarter", "XXXX-Q1"), ("the previous quarter", "XXXX-Q4")],
        ),
        ("It happened the month before the election.", []),
    ],
)
def test_the_unit_before_the_period_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_the_month_before_with_a_date() -> None:
    found = find_periods(
        "The January surplus narrowed to 7.2 billion marks from 11.6 billion the month before.",
        published=dt.date(1987, 2, 10),
    )
    assert [(p.text, p.timex) for p in found] == [
        ("January", "1987-01"),
        ("the month before", "1986-12"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authorities have made themselves a wonderful Christmas present.", []),
        ("He sold chocolate Easter eggs.", []),
        ("Christmas sales fell.", [("Christmas", "XXXX-12-25")]),
        ("Retailers had their worst Christmas in a decade.", [("Christmas", "XXXX-12-25")]),
        (
            "Trading before Christmas cards went out was weak.",
            [("before Christmas", "../XXXX-12-24")],
        ),
    ],
)
def test_things_named_after_a_holiday(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "from" opens the season (GUIDELINES, decided for gold/bbc-facts-e)
        (
            "BT will launch services nationally from the autumn.",
            [("from the autumn", "XXXX-FA/..")],
        ),
        ("Activity was weak throughout the summer.", [("the summer", "XXXX-SU")]),
        ("Prices have risen since the spring.", [("since the spring", "XXXX-SP/..")]),
        ("Prices will stay high until the winter.", [("until the winter", "../XXXX-WI")]),
        ("The tree fell by the autumn leaves.", []),
        ("Russia was hit by the fall in oil prices.", []),
    ],
)
def test_a_season_after_a_range_word(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
