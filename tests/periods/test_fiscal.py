"""Fiscal and reporting years and quarters the text defines, scoped to the article
(hand-written sentences)."""

from __future__ import annotations

import datetime as dt

from factex.periods.find import find_periods

PUB = dt.date(2019, 3, 20)


def _of(text: str, expression: str, published: dt.date | None = PUB) -> tuple[str, str]:
    at = text.index(expression)
    for p in find_periods(text, published=published):
        if p.span[0] <= at < p.span[1]:
            assert p.start and p.end, p
            return p.start.isoformat(), p.end.isoformat()
    raise AssertionError(f"{expression!r} not found")


def test_a_named_fiscal_year_sets_the_calendar_of_the_article() -> None:
    text = "Trade rose in fiscal 2017/18 ended March. In 2016/17 it fell."
    assert _of(text, "fiscal 2017/18") == ("2017-04-01", "2018-03-31")
    assert _of(text, "2016/17") == ("2016-04-01", "2017-03-31")


def test_a_fiscal_year_named_by_its_end() -> None:
    text = "The deficit hit a record in fiscal 2018, which ended Sept. 30."
    assert _of(text, "fiscal 2018") == ("2017-10-01", "2018-09-30")
    text = "The budget for the government year 2020, starting Oct. 1, was defeated."
    assert _of(text, "the government year 2020") == ("2019-10-01", "2020-09-30")


def test_a_year_beginning_soon_is_the_coming_one() -> None:
    text = "Growth is forecast at 2 pct in the fiscal year beginning April 1."
    assert _of(text, "the fiscal year beginning April 1") == ("2019-04-01", "2020-03-31")


def test_the_year_before_a_fiscal_year() -> None:
    text = "Imports will rise in the year beginning April 1 from the previous year's level."
    assert _of(text, "the previous year") == ("2018-04-01", "2019-03-31")


def test_months_to_a_month() -> None:
    assert _of("In the year to March 2005, profit rose.", "the year to March 2005", None) == (
        "2004-04-01",
        "2005-03-31",
    )
    text = "Profit for the three months to 31 December 2004 rose."
    assert _of(text, "the three months", None) == ("2004-10-01", "2004-12-31")
    assert _of("GDP grew 1 pct in the quarter to September.", "the quarter") == (
        "2018-07-01",
        "2018-09-30",
    )
    assert _of("GDP grew 3 pct in the June quarter.", "the June quarter") == (
        "2018-04-01",
        "2018-06-30",
    )


def test_a_quarter_ended_on_a_date_is_the_three_months_before_it() -> None:
    text = "Earnings for its fourth quarter ended Sept. 30 fell."
    found = find_periods(text, published=dt.date(2018, 11, 2))
    assert [(p.text, p.start.isoformat() if p.start else None, p.timex) for p in found] == [
        ("its fourth quarter", "2018-07-01", "2018-Q4"),
        ("Sept. 30", "2018-09-30", "2018-09-30"),
    ]


def test_a_fiscal_quarter_ended_on_a_date_is_the_three_months_before_it() -> None:
    published = dt.date(1989, 10, 26)
    text = "Net rose in the fiscal first quarter ended Sept. 30."
    assert _of(text, "the fiscal first quarter", published) == ("1989-07-01", "1989-09-30")
    text = "Earnings for its fiscal second quarter ended Dec. 31 fell."
    assert _of(text, "its fiscal second quarter", published) == ("1988-10-01", "1988-12-31")
    # negative: a fiscal quarter with no end said stays the calendar's
    text = "Net rose in the fiscal first quarter."
    assert _of(text, "the fiscal first quarter", published) == ("1989-01-01", "1989-03-31")


def test_the_current_quarter_of_months() -> None:
    text = "Output will grow in the current January/March quarter."
    assert _of(text, "January/March") == ("2019-01-01", "2019-03-31")


def test_a_numbered_quarter_and_its_end_set_the_fiscal_year() -> None:
    text = "Earnings for its fourth quarter ended Sept. 30 fell. In fiscal 1988, it earned more."
    published = dt.date(1989, 11, 2)
    assert _of(text, "fiscal 1988", published) == ("1987-10-01", "1988-09-30")
    text = "Earnings for its fourth quarter ended Dec. 31 fell. In fiscal 1988, it earned more."
    assert _of(text, "fiscal 1988", published) == ("1988-01-01", "1988-12-31")


def test_a_fiscal_quarter_and_the_quarter_said_to_end() -> None:
    text = (
        "Earnings soared in the fiscal first quarter. For the quarter ended Sept. 30, net "
        "rose 33%. During the quarter, the airline issued shares."
    )
    published = dt.date(1989, 10, 26)
    found = find_periods(text, published=published)
    assert [(p.text, str(p.start), str(p.end), p.timex) for p in found if "quarter" in p.text] == [
        ("the fiscal first quarter", "1989-07-01", "1989-09-30", "1989-Q1"),
        ("the quarter", "1989-07-01", "1989-09-30", "1989-Q3"),
        ("the quarter", "1989-07-01", "1989-09-30", "1989-Q1"),
    ]


def test_a_calendar_quarter_sets_no_fiscal_year() -> None:
    text = "Profit rose in the first quarter. For the quarter ended March 31, net rose 5%."
    found = find_periods(text, published=dt.date(1989, 4, 26))
    assert [(str(p.start), str(p.end)) for p in found if "quarter" in p.text] == [
        ("1989-01-01", "1989-03-31"),
        ("1989-01-01", "1989-03-31"),
    ]


def test_this_fiscal_year_is_the_one_under_way() -> None:
    text = "Its fiscal year ends March 31. It will gain this fiscal year, fell last fiscal year."
    published = dt.date(1989, 11, 2)
    assert _of(text, "this fiscal year", published) == ("1989-04-01", "1990-03-31")
    assert _of(text, "last fiscal year", published) == ("1988-04-01", "1989-03-31")
    text = "Its fiscal year ends March 31. Exports will fall in the current fiscal year."
    assert _of(text, "the current fiscal year", dt.date(1987, 3, 26)) == (
        "1986-04-01",
        "1987-03-31",
    )
