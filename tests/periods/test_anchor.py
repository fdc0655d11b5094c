"""What relative expressions count from: the publication date, the period just named,
or the comparison base of their sentence (hand-written sentences)."""

from __future__ import annotations

import datetime as dt

from factex.periods.find import find_periods

PUB = dt.date(2019, 4, 12)


def _of(text: str, expression: str) -> tuple[str, str]:
    at = text.index(expression)
    for p in find_periods(text, published=PUB):
        if p.span[0] <= at < p.span[1]:
            assert p.start and p.end
            return p.start.isoformat(), p.end.isoformat()
    raise AssertionError(f"{expression!r} not found")


def test_a_year_ago_counts_from_the_reported_month_not_the_compared_one() -> None:
    text = "Exports rose to 5 bln in March from 4 bln in February and 3 bln a year ago."
    assert _of(text, "a year ago") == ("2018-03-01", "2018-03-31")


def test_the_same_month_is_the_reported_one() -> None:
    text = "The surplus in March widened from 2 bln in February, above the same month a year ago."
    assert _of(text, "the same month a year ago") == ("2018-03-01", "2018-03-31")


def test_the_previous_quarter_is_before_the_reported_quarter() -> None:
    text = (
        "Output grew 2 pct in the first quarter of 2019, against a fall in the same period "
        "last year and growth of one pct in the previous quarter."
    )
    assert _of(text, "the previous quarter") == ("2018-10-01", "2018-12-31")


def test_the_previous_year_as_comparison_base_is_the_same_months() -> None:
    text = "The surplus in the first two months of 2019 is 12 mln against 13 mln the previous year."
    assert _of(text, "the previous year") == ("2018-01-01", "2018-02-28")


def test_last_year_counts_from_the_publication_date() -> None:
    text = "Sales in the first quarter of 2015 fell, and rose last year."
    assert _of(text, "last year") == ("2018-01-01", "2018-12-31")


def test_a_slash_range_of_months_is_one_period() -> None:
    text = "The surplus for January/February compares with 14 bln in the year-ago period."
    assert _of(text, "January/February") == ("2019-01-01", "2019-02-28")
    assert _of(text, "the year-ago period") == ("2018-01-01", "2018-02-28")
