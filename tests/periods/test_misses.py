"""Expressions the grammar used to miss or misread: numeric dates, parts of a day,
holidays, two-digit years, named days and index names, wire datelines, and the path
with no publication date (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.periods.find import find_periods

PUB = dt.date(2024, 8, 21)  # a Wednesday


def _found(text: str, published: dt.date | None = PUB) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.text, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)
        for p in find_periods(text, published=published)
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The filing dated 8/20/2024 was late.", "2024-08-20"),
        ("The filing dated 7/8/07 was late.", "2007-07-08"),
        ("The filing dated 20/8/2024 was late.", "2024-08-20"),
        ("Results came on 2024-08-20 in a filing.", "2024-08-20"),
    ],
)
def test_numeric_dates(text: str, day: str) -> None:
    assert [(s, e) for _, s, e in _found(text)] == [(day, day)]


def test_a_ratio_is_no_date() -> None:
    assert _found("Prices rose 3/4 of a point.") == []


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Shares fell this morning.", "2024-08-21"),
        ("The minister spoke last night.", "2024-08-20"),
        ("The minister speaks tonight.", "2024-08-21"),
        ("Talks resume tomorrow morning.", "2024-08-22"),
    ],
)
def test_parts_of_a_day_are_their_day(text: str, day: str) -> None:
    assert [(s, e) for _, s, e in _found(text)] == [(day, day)]


def test_holidays() -> None:
    assert _found("Sales fell last Thanksgiving.") == [
        ("last Thanksgiving", "2023-11-23", "2023-11-23")
    ]
    assert _found("Stores hope for more before Christmas.") == [
        ("before Christmas", None, "2024-12-24")
    ]
    assert _found("Sales rose over Christmas.", dt.date(2025, 1, 8)) == [
        ("Christmas", "2024-12-25", "2024-12-25")
    ]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the fourth Thursday of November, whatever weekday November begins on
        ("Sales fell last Thanksgiving.", dt.date(2021, 1, 5), "2020-11-26"),
        ("Sales fell last Thanksgiving.", dt.date(2019, 1, 5), "2018-11-22"),
        # Easter moves by the lunar calendar: Good Friday two days before it
        ("Markets were shut on Good Friday.", dt.date(2024, 4, 10), "2024-03-29"),
        ("Markets were shut on Good Friday.", dt.date(2019, 4, 30), "2019-04-19"),
        ("Markets reopen on Easter Monday.", dt.date(2025, 4, 10), "2025-04-21"),
        ("Lent began on Ash Wednesday.", dt.date(2024, 3, 1), "2024-02-14"),
    ],
)
def test_movable_holidays(text: str, published: dt.date, day: str) -> None:
    assert [(s, e) for _, s, e in _found(text, published)] == [(day, day)]


def test_a_holiday_with_no_publication_date_has_no_days() -> None:
    found = find_periods("Markets were shut on Good Friday.", published=None)
    assert [(p.start, p.end) for p in found] == [(None, None)]


def test_a_two_digit_year() -> None:
    assert _found("Prices have doubled since '82.") == [("since '82", "1982-01-01", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Markets have not fallen so fast since Black Monday.",
        "The Russell 2000 index fell 2 pct.",
        "The S&P 500 rose.",
        "The ship reached Easter Island.",
        "He spoke of the people of tomorrow.",
    ],
)
def test_names_are_no_periods(text: str) -> None:
    assert _found(text) == []


def test_a_wire_dateline_is_no_period() -> None:
    text = "DUSHANBE, August 20. Tajikistan said on August 19 it would raise tariffs."
    assert [t for t, _, _ in _found(text)] == ["August 19"]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose last year and will rise next month.",
        "Talks resumed on Monday and this morning, and end tomorrow.",
        "Exports grew in March from a year earlier, a year ago and in the same period last year.",
        "The plan, announced last Christmas, starts in the fourth quarter.",
        "It rose 5 pct two weeks ago and in the previous quarter.",
        "It issued shares during the quarter and sold more before Thanksgiving.",
        "Profit rose in the year to March 31 and in the three months to June.",
    ],
)
def test_with_no_publication_date_relative_periods_have_no_dates(text: str) -> None:
    found = find_periods(text, published=None)
    assert found
    for p in found:
        assert p.start is None and p.end is None, p
        assert p.timex is not None and "X" in p.timex, p


def test_with_no_publication_date_an_explicit_year_still_resolves() -> None:
    found = find_periods("Exports grew in March 2019 from a year earlier.", published=None)
    assert [(p.start, p.end) for p in found] == [
        (dt.date(2019, 3, 1), dt.date(2019, 3, 31)),
        (dt.date(2018, 3, 1), dt.date(2018, 3, 31)),
    ]


def test_a_lower_case_wire_has_its_months() -> None:
    text = (
        "chile's trade surplus narrowed to 102.2 mln dlrs in february, from 105.4 mln dlrs "
        "in the same month last year, but it was above the 18.2 mln dlr surplus recorded "
        "in january, the central bank said in a statement issued in santiago today."
    )
    found = _found(text, dt.date(2019, 4, 9))
    assert ("february", "2019-02-01", "2019-02-28") in found
    assert ("the same month last year", "2018-02-01", "2018-02-28") in found


@pytest.mark.parametrize(
    "text",
    ['Baker, speaking on ABC News\' "This Week," said so.', "This is VOA Today."],
)
def test_titles_are_no_periods(text: str) -> None:
    assert _found(text) == []


def test_with_no_publication_date_what_the_text_fixes_stays_in_the_value() -> None:
    found = find_periods(
        "Sales fell last Thanksgiving. During the quarter, it issued shares.", published=None
    )
    assert [(p.text, p.timex) for p in found] == [
        ("last Thanksgiving", "XXXX-11"),
        ("the quarter", "XXXX-QX"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # BBC, 2005: "start the meeting at 1830 GMT"
        "Ministers will start the meeting at 1830 GMT.",
        "Trading resumes at 0930 local time.",
        "The vote closes at 2000 ET.",
        "Troops moved in at 0600 hrs.",
        "Polls are open between 0700 and 2200 GMT.",
        # "at" a time of day, with no zone word: a year takes "in"
        "The meeting starts at 1830.",
        "At 1900, shares were up 2 pct.",
        "The index closed at 1830, up 5 points.",
        "Trading was halted at 1945 and resumed at 2015.",
    ],
)
def test_clock_times_are_no_years(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # not a clock: no zone or clock word, or not a time of day
        ("The bank was founded in 1830 by a merchant.", ("1830", "1830-01-01", "1830-12-31")),
        ("In 1999 GMT shares rose.", ("1999", "1999-01-01", "1999-12-31")),
        ("In 2000 ETFs grew fast.", ("2000", "2000-01-01", "2000-12-31")),
        ("The plan dates from 1830 at the latest.", ("1830", "1830-01-01", "1830-12-31")),
        # "at" a year that dates the noun after it
        ("Output was valued at 2000 prices.", ("2000", "2000-01-01", "2000-12-31")),
        ("Prices were frozen at 1986 levels.", ("1986", "1986-01-01", "1986-12-31")),
    ],
)
def test_years_beside_clock_words_stay_years(text: str, found: tuple[str, str, str]) -> None:
    assert _found(text) == [found]
