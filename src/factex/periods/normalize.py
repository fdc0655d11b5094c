"""Pure calendar functions: parts of a time expression -> an inclusive interval.

Nothing here reads text; every function takes numbers and dates and returns dates
(or ``None`` when the parts do not make a real date). TIMEX3 values follow TimeML:
``2019``, ``2019-05``, ``2019-05-26``, ``2019-Q1``, ``2019-H1``, ``2019-SU``,
``2019-W22``, ``199`` (the 1990s); a range is written ``START/END`` as in ISO 8601.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable
from typing import Literal

from factex.periods.lexicon import (
    SEASON_MONTHS,
    YEAR_CENTURIES,
    YEAR_TEENS,
    YEAR_TENS,
    YEAR_UNITS,
)

Interval = tuple[dt.date, dt.date]
NEAR_DAYS = 45
FAR_DAYS = 180
Tense = Literal["past", "future"] | None


@functools.lru_cache(maxsize=4096)  # dates are immutable; resolution asks for few months
def month_end(year: int, month: int) -> dt.date:
    """The last day of a month.

    >>> month_end(2020, 2)
    datetime.date(2020, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def year_interval(year: int) -> Interval:
    """A calendar year, January 1 to December 31.

    >>> year_interval(2019)
    (datetime.date(2019, 1, 1), datetime.date(2019, 12, 31))
    """
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_interval(year: int, month: int) -> Interval:
    """A calendar month, its first to its last day.

    >>> month_interval(2019, 7)[1]
    datetime.date(2019, 7, 31)
    """
    return dt.date(year, month, 1), month_end(year, month)


def months_interval(year: int, first: int, last: int, last_year: int | None = None) -> Interval:
    """From the start of month ``first`` to the end of month ``last`` (of ``last_year``).

    >>> months_interval(2019, 1, 7)
    (datetime.date(2019, 1, 1), datetime.date(2019, 7, 31))
    >>> months_interval(2019, 11, 2, 2020)[1]
    datetime.date(2020, 2, 29)
    """
    return dt.date(year, first, 1), month_end(last_year or year, last)


def quarter_interval(year: int, quarter: int) -> Interval:
    """A calendar quarter (1-4).

    >>> quarter_interval(2023, 3)
    (datetime.date(2023, 7, 1), datetime.date(2023, 9, 30))
    """
    return months_interval(year, 3 * quarter - 2, 3 * quarter)


def half_interval(year: int, half: int) -> Interval:
    """A half year (1 or 2).

    >>> half_interval(2022, 1)
    (datetime.date(2022, 1, 1), datetime.date(2022, 6, 30))
    """
    return months_interval(year, 6 * half - 5, 6 * half)


def season_interval(year: int, code: str) -> Interval:
    """A season of a year; winter runs from December into the next year.

    >>> season_interval(1994, "WI")
    (datetime.date(1994, 12, 1), datetime.date(1995, 2, 28))
    """
    first, last = SEASON_MONTHS[code]
    return months_interval(year, first, last, year + 1 if last < first else year)


def decade_interval(decade: int) -> Interval:
    """``decade`` is the year divided by ten, as in TIMEX3 (``199`` = the 1990s).

    >>> decade_interval(199)
    (datetime.date(1990, 1, 1), datetime.date(1999, 12, 31))
    """
    return dt.date(decade * 10, 1, 1), dt.date(decade * 10 + 9, 12, 31)


def week_interval(day: dt.date) -> tuple[Interval, str]:
    """The ISO week (Monday..Sunday) holding ``day``, and its TIMEX3 value.

    >>> week_interval(dt.date(1989, 11, 2))
    ((datetime.date(1989, 10, 30), datetime.date(1989, 11, 5)), '1989-W44')
    """
    year, week, weekday = day.isocalendar()
    monday = day - dt.timedelta(days=weekday - 1)
    return (monday, monday + dt.timedelta(days=6)), f"{year}-W{week:02d}"


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or ``None`` when the parts name no real day.

    >>> safe_date(2019, 2, 30) is None
    True
    """
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def part_of(interval: Interval, part: str) -> Interval:
    """The part of an interval an "early/mid/late/the end of" modifier picks.

    Decades are cut in whole years, intervals of two months or more in whole months
    (thirds, the last third taking the remainder; the first or last month for
    start/end), a month in days (1-10, 11-20, 21-end).

    >>> part_of(year_interval(2020), "early")
    (datetime.date(2020, 1, 1), datetime.date(2020, 4, 30))
    >>> part_of(year_interval(2019), "mid")
    (datetime.date(2019, 5, 1), datetime.date(2019, 8, 31))
    >>> part_of(year_interval(2019), "end")
    (datetime.date(2019, 12, 1), datetime.date(2019, 12, 31))
    >>> part_of(decade_interval(198), "late")
    (datetime.date(1986, 1, 1), datetime.date(1989, 12, 31))
    >>> part_of(month_interval(2019, 11), "mid")
    (datetime.date(2019, 11, 11), datetime.date(2019, 11, 20))
    >>> part_of((dt.date(1999, 12, 20), dt.date(1999, 12, 26)), "mid")
    (datetime.date(1999, 12, 22), datetime.date(1999, 12, 23))
    >>> part_of((dt.date(1999, 12, 27), dt.date(2000, 1, 2)), "early")
    (datetime.date(1999, 12, 27), datetime.date(1999, 12, 28))
    """
    start, end = interval
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months >= 24 and months % 12 == 0:  # a decade: whole years
        years = months // 12
        if part in ("start", "end"):
            year = start.year if part == "start" else end.year
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        third = years // 3
        index = {"early": 0, "mid": 1, "late": 2}[part]
        lo = start.year + index * third
        hi = end.year if index == 2 else lo + third - 1
        return dt.date(lo, 1, 1), dt.date(hi, 12, 31)
    if months >= 2 and (end - start).days >= 27:  # not a week across a month's end
        first = start.year * 12 + start.month - 1
        if part in ("start", "end"):
            size = 1 if months <= 12 else max(1, months // 10)
            lo = first if part == "start" else first + months - size
            hi = lo + size - 1
        else:
            third = months // 3
            index = {"early": 0, "mid": 1, "late": 2}[part]
            lo = first + index * third
            hi = first + months - 1 if index == 2 else lo + third - 1
        return dt.date(lo // 12, lo % 12 + 1, 1), month_end(hi // 12, hi % 12 + 1)
    days = (end - start).days + 1
    if days < 28:  # a week or a few days: thirds of the days, never past the end
        third = max(1, days // 3)
        index = {"early": 0, "start": 0, "mid": 1, "late": 2, "end": 2}[part]
        lo = start + dt.timedelta(days=min(index * third, days - 1))
        return lo, end if index == 2 else min(end, lo + dt.timedelta(days=third - 1))
    if part in ("early", "start"):
        return start, min(end, start + dt.timedelta(days=9))
    if part == "mid":
        return start + dt.timedelta(days=10), min(end, start + dt.timedelta(days=19))
    return max(start, start + dt.timedelta(days=20)), end


def shift_date(day: dt.date, years: int) -> dt.date:
    """A date moved by whole years; a month's last day stays its last day.

    >>> shift_date(dt.date(2020, 2, 29), -1)
    datetime.date(2019, 2, 28)
    >>> shift_date(dt.date(2019, 2, 28), 1)
    datetime.date(2020, 2, 29)
    """
    year = day.year + years
    if day == month_end(day.year, day.month):
        return month_end(year, day.month)
    return dt.date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


def shift_interval(interval: Interval, years: int) -> Interval:
    """An interval moved by whole years.

    >>> shift_interval(months_interval(2019, 1, 7), -1)
    (datetime.date(2018, 1, 1), datetime.date(2018, 7, 31))
    """
    return shift_date(interval[0], years), shift_date(interval[1], years)


def shift_timex(timex: str | None, years: int) -> str | None:
    """A TIMEX3 value with each four-digit year moved by ``years``.

    >>> shift_timex("2019-01/2019-07", -1)
    '2018-01/2018-07'
    >>> shift_timex("2019-Q3", -1)
    '2018-Q3'
    """
    if not timex:
        return timex
    parts = timex.split("/")
    out = []
    for part in parts:
        head = part[:4]
        out.append(f"{int(head) + years:04d}{part[4:]}" if head.isdigit() else part)
    return "/".join(out)


def choose_year(
    make: Callable[[int], Interval],
    published: dt.date,
    tense: Tense,
    *,
    strict: bool = False,
    begun: bool = False,
) -> int:
    """The year that puts a yearless interval where the clause's tense points.

    ``make(year)`` builds the interval for a candidate year. Past: the latest one that
    has begun by ``published``; future: the earliest one not yet over; no tense: the
    nearest one (the publication year on a tie). ``strict``: past is over before
    ``published`` and future begins after it, as "last"/"next" say. ``begun``: the
    latest one begun by ``published``, with no nearer one ahead ("since January").

    >>> may = lambda y: month_interval(y, 5)
    >>> aug = dt.date(2019, 8, 16)
    >>> choose_year(may, aug, "past"), choose_year(may, aug, "future")
    (2019, 2020)
    >>> choose_year(lambda y: month_interval(y, 12), dt.date(2019, 2, 1), None)
    2018
    """
    year = published.year
    candidates = (year - 1, year, year + 1)
    at = {y: make(y) for y in candidates}  # each built once, in the order min() tries them

    def distance(y: int) -> tuple[int, int]:
        start, end = at[y]
        gap = (start - published).days if start > published else (published - end).days
        return max(gap, 0), abs(y - year)

    nearest = min(candidates, key=distance)
    if tense is None:
        return nearest
    if strict:
        if tense == "past":
            return max((y for y in candidates if at[y][1] < published), default=year - 1)
        return min((y for y in candidates if at[y][0] > published), default=year + 1)
    if tense == "past" or begun:
        chosen = max((y for y in candidates if at[y][0] <= published), default=year)
        if begun:
            return chosen
    else:
        chosen = min((y for y in candidates if at[y][1] >= published), default=year)
    # A past-tense clause can still name a date just ahead ("was extended to Nov. 16"):
    # the tense yields to a candidate within weeks when its own pick is months away.
    # Not so a span of months reported in the past tense: "grew in the June quarter".
    short = (at[year][1] - at[year][0]).days <= 31
    if (
        tense == "past"
        and short
        and distance(nearest)[0] <= NEAR_DAYS
        and distance(chosen)[0] > FAR_DAYS
    ):
        return nearest
    return chosen


def choose_weekday(weekday: int, published: dt.date, tense: Tense) -> dt.date:
    """The day of the week nearest ``published`` in the direction of the tense.

    News reports the past, so with no tense the previous such day is meant; the
    publication day itself counts for either direction.

    >>> choose_weekday(4, dt.date(1989, 10, 30), "past")  # a Monday -> the Friday before
    datetime.date(1989, 10, 27)
    >>> choose_weekday(4, dt.date(1989, 10, 30), "future")
    datetime.date(1989, 11, 3)
    """
    delta = (published.weekday() - weekday) % 7
    if tense == "future":
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    return published - dt.timedelta(days=delta)


def add_months(day: dt.date, months: int) -> dt.date:
    """A date moved by whole months, clipped to the last day of the target month.

    >>> add_months(dt.date(1998, 3, 31), -5)
    datetime.date(1997, 10, 31)
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def spoken_year(words: str) -> int | None:
    """The year a spoken form names, or ``None``.

    >>> spoken_year("nineteen ninety-six"), spoken_year("two thousand and five")
    (1996, 2005)
    >>> spoken_year("nineteen oh five"), spoken_year("twenty twenty"), spoken_year("two thousand")
    (1905, 2020, 2000)
    >>> spoken_year("nineteen") is None
    True
    """
    parts = words.lower().replace("-", " ").split()
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        if not rest:
            return 2000
        tail = _two_digits(rest)
        return None if tail is None else 2000 + tail
    if len(parts) < 2 or parts[0] not in YEAR_CENTURIES:
        return None
    century = YEAR_CENTURIES[parts[0]] * 100
    if parts[1:] == ["hundred"]:
        return century
    if parts[1] == "oh" and len(parts) == 3 and parts[2] in YEAR_UNITS:
        return century + YEAR_UNITS[parts[2]]
    tail = _two_digits(parts[1:])
    return None if tail is None or tail < 10 else century + tail


def _two_digits(parts: list[str]) -> int | None:
    if len(parts) == 1:
        word = parts[0]
        return YEAR_TEENS.get(word) or YEAR_TENS.get(word) or YEAR_UNITS.get(word)
    if len(parts) == 2 and parts[0] in YEAR_TENS and parts[1] in YEAR_UNITS:
        return YEAR_TENS[parts[0]] + YEAR_UNITS[parts[1]]
    return None
