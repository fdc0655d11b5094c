"""Resolving parts to an interval and a TIMEX3 value, against the publication date.

Every ``r_*`` reads one kind of ``Parts`` (``RESOLVERS``) with the pure functions of
``normalize``; it returns ``None`` when the parts name no period (February 30), and
``(None, None, timex)`` when they name one whose dates are unknown (no publication date
to count from). The calendar expressions (dates, months, years, quarters, fiscal years,
holidays) are resolved here; the relative ones in ``relative``; what resolution knows
(``ResolutionContext``) is in ``context``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import get_args

from dateutil.easter import easter

from factex.periods import normalize as nz
from factex.periods.context import (
    ResolutionContext,
    Resolved,
    fiscal_year,
    unknown_dates,
    year_of,
    yearless,
)
from factex.periods.lexicon import EASTER_HOLIDAYS, HOLIDAYS
from factex.periods.parts import Kind, Parts
from factex.periods.relative import (
    r_ago,
    r_anaphor,
    r_day_anaphor,
    r_day_part,
    r_deictic,
    r_deictic_month,
    r_months_before,
    r_relday,
    r_reporting,
    r_rest_of,
    r_same_period,
    r_weekday,
    r_weekend,
    r_year_back,
)

__all__ = ["RESOLVERS", "ResolutionContext", "Resolved", "resolve"]


# Between a span of months and the date that ends it: "the quarter ended Sept. 30".
_ENDED = re.compile(r",?\s+(?:which\s+|that\s+)?(?:ended|ending|ends|closed)\s+(?:on\s+)?", re.I)


def r_date(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, day = p["month"], p["day"]
    year = year_of(p["yref"], ctx)
    if year is not None:
        date = nz.safe_date(year, month, day)
        return (date, date, date.isoformat()) if date else None
    if nz.safe_date(2000, month, day) is None:
        return None
    last = ctx.last
    if (
        last is not None
        and last.end is not None
        and (last.end.month, last.end.day) == (month, day)
        and _ENDED.fullmatch(ctx.text, last.span[1], pos)
    ):  # "the second quarter ended Oct. 31": the day that period ends, in its year
        return last.end, last.end, last.end.isoformat()

    def make(y: int) -> nz.Interval:
        d = nz.safe_date(y, month, day) or nz.month_end(y, month)
        return d, d

    return yearless(
        make,
        f"XXXX-{month:02d}-{day:02d}",
        ctx,
        pos,
        lambda y: make(y)[0].isoformat(),
        way=p.get("way"),
        nearest=ctx.occasion(pos),
    )


def r_day_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, d1, d2 = p["month"], p["d1"], p["d2"]
    if nz.safe_date(2000, month, d2) is None:
        return None
    year = year_of(p["yref"], ctx)

    def make(y: int) -> nz.Interval:
        return dt.date(y, month, d1), nz.safe_date(y, month, d2) or nz.month_end(y, month)

    def fmt(y: int) -> str:
        a, b = make(y)
        return f"{a.isoformat()}/{b.isoformat()}"

    if year is not None:
        return (*make(year), fmt(year))
    return yearless(make, f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}", ctx, pos, fmt)


def r_date_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    m1, d1, m2, d2 = p["m1"], p["d1"], p["m2"], p["d2"]
    wraps = int((m1, d1) > (m2, d2))  # "December 28 to January 3"

    def make(y: int) -> nz.Interval:
        first, last = nz.safe_date(y, m1, d1), nz.safe_date(y + wraps, m2, d2)
        if first is None or last is None:
            raise ValueError("no such day")
        return first, last

    def fmt(y: int) -> str:
        a, b = make(y)
        return f"{a.isoformat()}/{b.isoformat()}"

    year = year_of(p["yref"], ctx)
    if p["y1"] is not None:  # "from May 5, 2003 to June 3, 2004": each end its own year
        y1 = p["y1"]
        first = nz.safe_date(y1, m1, d1)
        last = nz.safe_date(year if year is not None and year >= y1 else y1 + wraps, m2, d2)
        if first is None or last is None or last < first:
            return None
        return first, last, f"{first.isoformat()}/{last.isoformat()}"
    if year is not None:
        year -= wraps
        return (*make(year), fmt(year))
    make(2000)  # an impossible day ("February 30") is no period
    return yearless(make, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", ctx, pos, fmt)


def r_month(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month = p["month"]
    year = year_of(p["yref"], ctx)
    if year is not None:
        return (*nz.month_interval(year, month), f"{year}-{month:02d}")
    occasion = ctx.occasion(pos)
    return yearless(
        lambda y: nz.month_interval(y, month),
        f"XXXX-{month:02d}",
        ctx,
        pos,
        lambda y: f"{y}-{month:02d}",
        nearest=occasion,
    )


def r_month_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    m1, m2 = p["m1"], p["m2"]
    year = year_of(p["yref"], ctx)
    first_year = (
        p["y1"] if p["y1"] is not None else (year - 1 if year is not None and m1 > m2 else year)
    )
    if year is None and p["y1"] is not None:
        year = p["y1"] if m1 <= m2 else p["y1"] + 1

    def fmt(a: int, b: int) -> str:
        return f"{a}-{m1:02d}/{b}-{m2:02d}"

    if year is not None and first_year is not None:
        if (first_year, m1) > (year, m2):
            return None
        return (*nz.months_interval(first_year, m1, m2, year), fmt(first_year, year))

    wraps = int(m1 > m2)  # "November-February" runs into the next year

    def make(y: int) -> nz.Interval:
        return nz.months_interval(y, m1, m2, y + wraps)

    return yearless(make, f"XXXX-{m1:02d}/XXXX-{m2:02d}", ctx, pos, lambda y: fmt(y, y + wraps))


def r_year(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    year = p["year"]
    if p.get("fiscal"):
        return (*fiscal_year(year, ctx), str(year))
    return (*nz.year_interval(year), str(year))


def r_year_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    y1, y2 = p["y1"], p["y2"]
    if p.get("split"):  # "1987/88": the fiscal year the text set, else April to March
        if ctx.fiscal_end != 12:
            start, end = fiscal_year(y2, ctx)
        else:
            start, end = dt.date(y1, 4, 1), dt.date(y2, 3, 31)
        return start, end, f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
    return nz.year_interval(y1)[0], nz.year_interval(y2)[1], f"{y1}/{y2}"


def r_decade(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    return (*nz.decade_interval(p["decade"]), str(p["decade"]))


def _fiscal_shift(
    interval: nz.Interval, ctx: ResolutionContext, fiscal: bool, split: bool = False
) -> nz.Interval:
    """A fiscal quarter/half: the calendar one moved to where the fiscal year starts (a
    split year's with no calendar given, April to March, as "1986/87" alone)."""
    end = 3 if split and ctx.fiscal_end == 12 else ctx.fiscal_end
    if not fiscal or end == 12:
        return interval
    return nz.add_months(interval[0], end - 12), nz.month_end(
        *divmod_month(nz.add_months(interval[1], end - 12))
    )


def divmod_month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _unit_of_year(
    make: Callable[[int], nz.Interval], code: str, p: Parts, ctx: ResolutionContext, pos: int
) -> Resolved | None:
    year = year_of(p["yref"], ctx)
    how = (p["yref"] or ("", 0))[0]
    fiscal = bool(p.get("fiscal")) or how in ("fiscal", "split")
    if fiscal and year is not None and ctx.published and (p["yref"] or ("", 0))[0] == "dei":
        # "of the fiscal year": the one under way, named by the year it ends in
        year += ctx.published.month > ctx.fiscal_end

    def shifted(y: int) -> nz.Interval:
        return _fiscal_shift(make(y), ctx, fiscal, how == "split")

    if year is not None:  # as said: "the first quarter of fiscal 1990"
        return (*shifted(year), f"{year}-{code}")
    # With no year said, a fiscal quarter's value has the calendar year it ends in, as
    # "the fourth quarter ended Aug. 26" has ("1989-Q4"), not the fiscal year's name.
    return yearless(
        shifted, f"XXXX-{code}", ctx, pos, lambda y: f"{shifted(y)[1].year}-{code}", held=how == ""
    )


def r_quarter(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    q = p["quarter"]
    if "quarter2" not in p:
        return _unit_of_year(lambda y: nz.quarter_interval(y, q), f"Q{q}", p, ctx, pos)
    # a run of quarters: placed in its year as its last quarter is; "2004-Q3/2004-Q4"
    q2 = p["quarter2"]
    resolved = _unit_of_year(lambda y: nz.quarter_interval(y, q2), f"Q{q2}", p, ctx, pos)
    if resolved is None:
        return None
    _, end, timex = resolved
    start = None if end is None else nz.quarter_interval(end.year, q)[0]
    return start, end, f"{timex[:-1]}{q}/{timex}"


def r_half(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    h = p["half"]
    return _unit_of_year(lambda y: nz.half_interval(y, h), f"H{h}", p, ctx, pos)


def r_months_of_year(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    m1, m2 = p["m1"], p["m2"]
    year = year_of(p["yref"], ctx)
    if year is None:
        if ctx.published is None:
            return unknown_dates(f"XXXX-{m1:02d}/XXXX-{m2:02d}")
        year = ctx.published.year
    return (*nz.months_interval(year, m1, m2), f"{year}-{m1:02d}/{year}-{m2:02d}")


def r_year_defined(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, ends = p["month"], p["ends"]

    def make(y: int) -> nz.Interval:
        """Twelve months ending (or beginning) in ``month`` of ``y``."""
        if ends:
            return nz.months_interval(y - 1 if month < 12 else y, month % 12 + 1, month, y)
        return nz.months_interval(y, month, (month - 2) % 12 + 1, y + 1 if month > 1 else y)

    def fmt(y: int) -> str:
        a, b = make(y)
        return f"{a.year}-{a.month:02d}/{b.year}-{b.month:02d}"

    if p["year"] is not None:
        return (*make(p["year"]), fmt(p["year"]))
    if ctx.published is None:
        first, last = (month % 12 + 1, month) if ends else (month, (month - 2) % 12 + 1)
        return unknown_dates(f"XXXX-{first:02d}/XXXX-{last:02d}")
    published = ctx.published
    tense = "past" if p["past"] else ctx.tense(pos)
    candidates = (published.year - 1, published.year, published.year + 1)
    if tense == "past" and ends:  # "the year ended March 31": a year already over
        year = max((y for y in candidates if make(y)[1] <= published), default=published.year)
    elif tense == "future" and not ends:  # "the year beginning October 1": not begun yet
        year = min((y for y in candidates if make(y)[0] >= published), default=published.year)
    elif not p["past"] and p.get("day"):
        # "the fiscal year beginning April 1": the boundary the participle names is the
        # one nearest the publication date, before or after it
        def gap(y: int) -> int:
            return abs(((make(y)[1] if ends else make(y)[0]) - published).days)

        year = min(candidates, key=gap)
    else:
        year = nz.choose_year(make, published, tense)
    return (*make(year), fmt(year))


def r_century(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    century = p["century"]
    return (
        dt.date(max(1, century * 100), 1, 1),
        dt.date(century * 100 + 99, 12, 31),
        f"{century:02d}",
    )


def r_season(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    code = p["code"]
    if p["year"] is not None:
        return (*nz.season_interval(p["year"], code), f"{p['year']}-{code}")
    if ctx.published is None:
        return unknown_dates(f"XXXX-{code}")
    if p["shift"] is not None:
        # In January or February the winter under way is the one that began in December
        # ("this winter" in 2024-01 is 2023-WI), and "last"/"next" count from it.
        year = ctx.published.year - (code == "WI" and ctx.published.month <= 2) + p["shift"]
        return (*nz.season_interval(year, code), f"{year}-{code}")
    return yearless(
        lambda y: nz.season_interval(y, code), f"XXXX-{code}", ctx, pos, lambda y: f"{y}-{code}"
    )


def _months_timex(start: dt.date, end: dt.date, quarter: bool) -> str:
    """ "1989-Q3" for a calendar quarter said as one ("the quarter to September"), else
    the months as said ("the three months to June": "1989-04/1989-06")."""
    three = (end.year, end.month) == nz.add_months(start, 2).timetuple()[:2]
    if quarter and three and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    return f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"


def _yearless_months_timex(p: Parts) -> str:
    """The timex of ``count`` months ending with ``month`` in no known year: a quarter by
    its number, as with a year ("the quarter ending September 30": "XXXX-Q3"); a
    financial year closed by the month's last day to the day ("the year to 31 March":
    "XXXX-04-01/XXXX-03-31", GUIDELINES); else the months ("the three months to 30
    November": "XXXX-09/XXXX-11")."""
    count, month = p["count"], p["month"]
    if "quarter" in p:
        return f"XXXX-Q{p['quarter']}"
    if p.get("unit") == "quarter" and count == 3 and month % 3 == 0:
        return f"XXXX-Q{month // 3}"
    first = (month - count) % 12 + 1
    if p.get("unit") == "year" and p.get("day") == calendar.monthrange(2001, month)[1]:
        return f"XXXX-{first:02d}-01/XXXX-{month:02d}-{p['day']:02d}"
    return f"XXXX-{first:02d}/XXXX-{month:02d}"


def r_months_to(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the three months to December", "the year to March 2005": ``count`` months
    ending with ``month``. With no year, the month it ends with is placed as a yearless
    month is, by the clause's tense ("ended" reads past), except that months reported in
    the past are over: "profit rose in the year to March" is the year that ended in the
    last March over, "will fall in the year to March" the one ending in the March ahead."""
    count, month = p["count"], p["month"]

    def make(y: int) -> nz.Interval:
        first = nz.add_months(dt.date(y, month, 1), 1 - count)
        return first, nz.month_end(y, month)

    def fmt(y: int) -> str:
        if "quarter" in p:  # "the fourth quarter ended Aug. 26": "1989-Q4", as fiscal quarters
            return f"{y}-Q{p['quarter']}"
        return _months_timex(*make(y), p.get("unit") == "quarter")

    if p["year"] is not None:
        return (*make(p["year"]), fmt(p["year"]))
    unknown = _yearless_months_timex(p)
    # Reported in the past, the months are over: the latest end month before the date.
    way: nz.Tense = "past" if p["past"] or ctx.tense(pos) == "past" else None
    _, last, _ = yearless(lambda y: nz.month_interval(y, month), unknown, ctx, pos, str, way=way)
    if last is None:
        return unknown_dates(unknown)
    return (*make(last.year), fmt(last.year))


def r_not_period(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    return None


def holiday_date(name: str, year: int) -> dt.date:
    """The day of the holiday ``name`` in ``year``.

    >>> holiday_date("thanksgiving", 2023), holiday_date("good friday", 2024)
    (datetime.date(2023, 11, 23), datetime.date(2024, 3, 29))
    """
    if name in EASTER_HOLIDAYS:
        return easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    return dt.date(year, 1, 1) + HOLIDAYS[name]


def r_holiday(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """A holiday: its day in the year the tense places it ("last Thanksgiving": the one
    before the publication date); "before"/"after" it: open up to the day before it or
    from the day after."""
    name = p["holiday"]

    def make(y: int) -> nz.Interval:
        day = holiday_date(name, y)
        return day, day

    side = p.get("side")
    step = dt.timedelta(days=-1 if side == "before" else 1 if side else 0)

    def fmt(y: int) -> str:
        return (make(y)[0] + step).isoformat()

    rule = HOLIDAYS.get(name)
    fixed = rule is not None and rule.weekday is None  # the same day every year
    # With no year: a fixed day keeps its day ("XXXX-12-25"), a weekday rule its month
    # ("Thanksgiving": "XXXX-11"); Easter moves across months and keeps nothing.
    unknown = (
        (make(2001)[0] + step).strftime("XXXX-%m-%d")
        if fixed
        else make(2001)[0].strftime("XXXX-%m")
        if rule is not None
        else None
    )
    if year := p.get("year"):  # "Christmas 2004"
        lo, hi, timex = (*make(year), fmt(year))
    else:
        lo, hi, timex = yearless(make, unknown, ctx, pos, fmt, way=p.get("way"))
    if side is None:
        return lo, hi, timex
    day = lo + step if lo is not None else None
    if side == "before":
        return None, day, f"../{timex}" if timex else None
    return day, None, f"{timex}/.." if timex else None


Resolver = Callable[[Parts, "ResolutionContext", int], "Resolved | None"]


RESOLVERS: dict[Kind, Resolver] = {
    "date": r_date,
    "day_range": r_day_range,
    "month": r_month,
    "month_range": r_month_range,
    "date_range": r_date_range,
    "year": r_year,
    "year_range": r_year_range,
    "decade": r_decade,
    "quarter": r_quarter,
    "half": r_half,
    "months_of_year": r_months_of_year,
    "deictic": r_deictic,
    "ago": r_ago,
    "year_back": r_year_back,
    "anaphor": r_anaphor,
    "century": r_century,
    "year_defined": r_year_defined,
    "weekend": r_weekend,
    "deictic_month": r_deictic_month,
    "same_period": r_same_period,
    "reporting": r_reporting,
    "relday": r_relday,
    "weekday": r_weekday,
    "season": r_season,
    "holiday": r_holiday,
    "day_part": r_day_part,
    "not_period": r_not_period,
    "months_to": r_months_to,
    "months_before": r_months_before,
    "rest_of": r_rest_of,
    "day_anaphor": r_day_anaphor,
}
assert set(RESOLVERS) == set(get_args(Kind)), "every kind of parts needs its resolver"


def resolve(parts: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """The interval and TIMEX3 value of parsed parts, or ``None`` when they name no period."""
    return RESOLVERS[parts["kind"]](parts, ctx, pos)
