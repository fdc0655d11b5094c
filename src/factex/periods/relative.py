"""Resolvers of expressions relative to the publication date or to a period named
before them: "last year", "two weeks ago", "a year earlier", "the quarter", "the same
period last year", "Monday", "tonight"."""

from __future__ import annotations

import datetime as dt
import re

from factex.models import Period
from factex.periods import normalize as nz
from factex.periods.context import (
    RECALL_WINDOW,
    UNKNOWN_UNIT,
    ResolutionContext,
    Resolved,
    fiscal_year,
    unknown_dates,
)
from factex.periods.parts import Parts

# Between two weekdays of one list ("Thursday and Friday", "Monday to Wednesday",
# "Tuesday, Wednesday and Thursday").
_WEEKDAY_LIST = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*")


def _twelve_months(period: Period) -> bool:
    """Whether ``period`` is a year of twelve whole months (calendar or fiscal)."""
    if period.start is None or period.end is None or period.start.day != 1:
        return False
    return nz.add_months(period.start, 12) == period.end + dt.timedelta(days=1)


def r_deictic(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    unit, shift = p["unit"], p["shift"]
    ref = ctx.published
    if ref is not None and p.get("anchor") == "topic" and (reported := _first_quarter(ctx, pos)):
        ref = reported.end  # "the fiscal year" of the quarter reported
    if p["anaphoric"]:  # "the previous quarter": before the quarter the sentence reports
        base = ctx.anchor(p, "period", pos) if unit != "year" else None
        if unit == "year" and ctx.compared_now and shift == -1:
            # "120 mln against 133 mln the previous year": the same months a year back
            same = ctx.base("period", pos, local=True)
            if same is not None and same.start is not None and same.end is not None:
                start, end = nz.shift_interval((same.start, same.end), -1)
                return start, end, nz.shift_timex(same.timex, -1)
        if (
            base is None
            and ctx.last is not None
            and ctx.last.start is not None
            and ctx.yearless_compared(pos) is None  # what its sentence names, as below
        ):
            base = ctx.last
        if unit == "year" and base is not None and _twelve_months(base):
            # "the year before" a fiscal year: the twelve months before it; after a year
            # something was compared with ("last year, up 2.6% on 2003 ... ten the
            # previous year"), the year before the one reported is that base
            assert base.start is not None and base.end is not None
            if shift == -1 and base.span[0] in ctx.compared:
                return base.start, base.end, base.timex
            start, end = nz.shift_interval((base.start, base.end), shift)
            return start, end, nz.shift_timex(base.timex, shift)
        if base is not None and base.start is not None:
            ref = base.start
    if ref is None:
        if p["anaphoric"] and unit in ("month", "quarter"):
            named = ctx.yearless_compared(pos)  # "in November ... the previous month"
            timex = _shift_yearless(named.timex if named else None, unit, shift)
            if timex is not None:
                return unknown_dates(timex)
        if p.get("new"):  # "in the New Year": XXXX-01, as "the beginning of the year"
            return unknown_dates("XXXX-01")
        if p["anaphoric"] and unit == "year" and shift == -1:
            named = ctx.yearless_compared(pos)  # GUIDELINES: "the year before" after "the
            if named is not None:  # three months to December" is that period, XXXX-10/XXXX-12
                return unknown_dates(named.timex)
        return unknown_dates(UNKNOWN_UNIT.get(unit))
    if unit == "year":
        year = ref.year + shift + (bool(p.get("new")) and ref.month > 6)  # "the new year"
        if p.get("new"):  # its start, a boundary phrase (GUIDELINES, bbc-facts-f): January
            return (*nz.month_interval(year, 1), f"{year}-01")
        if p.get("fiscal"):  # named by the year it ends in: after its last month, the next
            year += ref.month > ctx.fiscal_end
            return (*fiscal_year(year, ctx), str(year))
        return (*nz.year_interval(year), str(year))
    if unit == "month":
        day = nz.add_months(ref.replace(day=1), shift)
        return (*nz.month_interval(day.year, day.month), f"{day.year}-{day.month:02d}")
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + shift
        if shift == 0 and not p["anaphoric"] and (reported := _reported_quarter(ctx, pos)):
            return reported.start, reported.end, reported.timex
        year, quarter = index // 4, index % 4 + 1
        return (*nz.quarter_interval(year, quarter), f"{year}-Q{quarter}")
    if unit == "week":
        (start, end), timex = nz.week_interval(ref + dt.timedelta(weeks=shift))
        return start, end, timex
    return None


def r_rest_of(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the rest of the year": from the publication date to the end of its year (with
    no publication date, the unit's unknown value, as "this year"). "The rest of 1989"
    said in another year (or with no date) is a part of that year not known: the year."""
    ref = ctx.published
    if (year := p.get("year")) is not None and (ref is None or ref.year != year):
        return (*nz.year_interval(year), str(year))
    if ref is None:
        return unknown_dates(UNKNOWN_UNIT[p["unit"]])
    unit = p["unit"]
    if unit == "year":
        end = nz.year_interval(ref.year)[1]
    elif unit == "quarter":
        end = nz.quarter_interval(ref.year, (ref.month - 1) // 3 + 1)[1]
    else:
        end = nz.month_interval(ref.year, ref.month)[1]
    return ref, end, f"{ref.isoformat()}/{end.isoformat()}"


_YEARLESS_MONTH = re.compile(r"XXXX-(?P<m>\d\d)")
_YEARLESS_QUARTER = re.compile(r"XXXX-Q(?P<q>[1-4])")


def _shift_yearless(timex: str | None, unit: str, shift: int) -> str | None:
    """ "XXXX-11" a month back is "XXXX-10", "XXXX-Q1" a quarter back "XXXX-Q4";
    ``None`` when ``timex`` is no single month or quarter of that unit."""
    pattern, size, fmt = (
        (_YEARLESS_MONTH, 12, "XXXX-{:02d}")
        if unit == "month"
        else (_YEARLESS_QUARTER, 4, "XXXX-Q{}")
    )
    m = pattern.fullmatch(timex or "")
    return None if m is None else fmt.format((int(m[1]) - 1 + shift) % size + 1)


def _reported_quarter(ctx: ResolutionContext, pos: int) -> Period | None:
    """The quarter an earnings story reports, when "this quarter" in a past-tense clause
    means it ("reported third-quarter profit ... This quarter, sales rose 5%" in late
    October): the passage's first quarter, if it is the one just over."""
    published = ctx.published
    if published is None or ctx.tense(pos) != "past":
        return None
    topic = _first_quarter(ctx, pos)
    if topic is None or topic.start is None or topic.end is None:
        return None
    current = dt.date(published.year, (published.month - 1) // 3 * 3 + 1, 1)
    just_over = nz.add_months(current, -3)
    over = (topic.start, topic.end + dt.timedelta(days=1)) == (just_over, current)
    return topic if over else None


def _three_months(period: Period) -> bool:
    """Whether ``period`` is a quarter however it was said: three whole months ("the
    third quarter", "the three months to 31 December 2004", "the quarter ended Sept. 30")."""
    if period.start is None or period.end is None or period.start.day != 1:
        return False
    if period.timex and period.timex.endswith(("SP", "SU", "FA", "WI")):
        return False  # "last spring" is a season, no quarter
    return nz.add_months(period.start, 3) == period.end + dt.timedelta(days=1)


def _first_quarter(ctx: ResolutionContext, pos: int) -> Period | None:
    """The first quarter the passage named before ``pos``, however it was said."""
    found = None
    for period, _ in reversed(ctx.history[-12:]):
        if period.span[1] < pos - RECALL_WINDOW:
            break
        if _three_months(period):
            found = period
    return found


def r_ago(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    if ctx.published is None:
        return unknown_dates(UNKNOWN_UNIT.get(p["unit"]))
    count, unit, ref = p["count"], p["unit"], ctx.published
    if unit == "year":
        return (*nz.year_interval(ref.year - count), str(ref.year - count))
    if unit == "month":
        day = nz.add_months(ref.replace(day=1), -count)
        return (*nz.month_interval(day.year, day.month), f"{day.year}-{day.month:02d}")
    if unit == "week":
        (start, end), timex = nz.week_interval(ref - dt.timedelta(weeks=count))
        return start, end, timex
    if unit == "quarter":  # "two quarters ago"
        index = ref.year * 4 + (ref.month - 1) // 3 - count
        year, quarter = index // 4, index % 4 + 1
        return (*nz.quarter_interval(year, quarter), f"{year}-Q{quarter}")
    day = ref - dt.timedelta(days=count)
    return day, day, day.isoformat()


def _month_back(ref: dt.date, months: int) -> Resolved:
    """The month ``months`` before the month of ``ref``."""
    day = nz.add_months(ref.replace(day=1), -months)
    return (*nz.month_interval(day.year, day.month), f"{day.year}-{day.month:02d}")


def r_year_back(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "a year earlier", "the year-ago quarter": the comparison base, a year back."""
    last = ctx.anchor(p, p["unit"], pos)
    if last is None and p["unit"] == "period" and (p.get("way") != "past" or ctx.compared_now):
        # "fell in 2004 from a year earlier": the whole year its sentence reports; not "a
        # year ago" outside a comparison ("founded in 1987, sold a year ago")
        year = ctx.base("year", pos, local=True)
        last = year if year is not None and _twelve_months(year) else None
    if (
        last is None
        and ctx.published is None
        and p["unit"] == "period"
        and p.get("way") != "past"
        and (prior := ctx.last) is not None
        and _twelve_months(prior)
        and pos - prior.span[1] <= RECALL_WINDOW
        and ctx.yearless_compared(pos) is None
    ):
        # no date: "a year earlier" after "a surge in demand during 2004" is 2003, as "the
        # previous year" is (GUIDELINES); "a year ago" counts from the unknown date
        last = prior
    if last is not None and last.start is not None and last.end is not None:
        start, end = nz.shift_interval((last.start, last.end), -p["count"])
        return start, end, nz.shift_timex(last.timex, -p["count"])
    if ctx.published is None:
        named = ctx.yearless_compared(pos)  # "in the three months to December ... a year earlier"
        return unknown_dates(named.timex if named else UNKNOWN_UNIT.get(p["unit"], "XXXX"))
    # With nothing named to compare, the latest unit reported, a year back: "the
    # year-ago quarter" the last quarter's, "the year-ago month" the last month's.
    if p["unit"] == "quarter":
        return r_deictic({"unit": "quarter", "shift": -5, "anaphoric": False}, ctx, pos)
    if p["unit"] == "month":
        return _month_back(ctx.published, 13)
    if p.get("way") == "past":  # "a year ago" with nothing compared: a point, at month grain
        return _month_back(ctx.published, 12 * p["count"])
    year = ctx.published.year - p["count"]
    return (*nz.year_interval(year), str(year))


def r_weekend(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """Saturday and Sunday: of this, the last or the next week, or as the tense says."""
    if ctx.published is None:
        return unknown_dates("XXXX-WXX-WE")
    shift = p["shift"]
    saturday = nz.choose_weekday(5, ctx.published, "future" if shift == 1 else "past")
    if shift is None:
        tense = ctx.tense(pos)
        saturday = nz.choose_weekday(5, ctx.published, tense)
    elif shift == 0:
        saturday = ctx.published + dt.timedelta(days=5 - ctx.published.weekday())
    elif shift == -1 and saturday == ctx.published:
        saturday -= dt.timedelta(days=7)
    sunday = saturday + dt.timedelta(days=1)
    return saturday, sunday, f"{nz.week_interval(saturday)[1]}-WE"


def _latest_quarter(ctx: ResolutionContext, pos: int) -> Period | None:
    """The quarter named last before ``pos`` in the passage, however it was said ("the
    second quarter ended Oct. 31", "the year-ago quarter")."""
    for period, _ in reversed(ctx.history[-12:]):
        if period.span[1] < pos - RECALL_WINDOW:
            break
        if _three_months(period):
            return period
    return None


def r_anaphor(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the quarter": the one the passage reports (the first it named); "that quarter":
    the one named last."""
    find = _latest_quarter if p.get("anchor") == "previous" else _first_quarter
    last = find(ctx, pos)
    if last is not None:
        return last.start, last.end, last.timex
    if ctx.published is None:  # "During the quarter" still names one, of unknown dates
        return unknown_dates(UNKNOWN_UNIT.get(p["unit"]))
    return r_deictic({"unit": p["unit"], "shift": -1, "anaphoric": False}, ctx, pos)


def r_deictic_month(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, shift = p["month"], p["shift"]
    if ctx.published is None:
        return unknown_dates(f"XXXX-{month:02d}")
    year = ctx.published.year
    # "last February" written in March is a year back: the month just over is "last month"
    if shift < 0 and month >= ctx.published.month - 1:
        year -= 1
    elif shift > 0 and month <= ctx.published.month:
        year += 1
    return (*nz.month_interval(year, month), f"{year}-{month:02d}")


# A period named with no year: "XXXX-Q4", "XXXX-H1", "XXXX-10", "XXXX-10/XXXX-12".
_YEARLESS = re.compile(r"XXXX-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m1>\d\d)(?:/XXXX-(?P<m2>\d\d))?)")


def _in_year(timex: str | None, year: int) -> Resolved | None:
    """A period named with no year, put in ``year`` ("the fourth quarter ... the same
    period in 2003": 2003-Q4); ``None`` for another shape."""
    m = _YEARLESS.fullmatch(timex or "")
    if m is None:
        return None
    if m["q"]:
        return (*nz.quarter_interval(year, int(m["q"])), f"{year}-Q{m['q']}")
    if m["h"]:
        return (*nz.half_interval(year, int(m["h"])), f"{year}-H{m['h']}")
    first, last = int(m["m1"]), int(m["m2"] or m["m1"])
    if last < first:  # "November to February": which year is meant is unclear
        return None
    timex = f"{year}-{first:02d}" + (f"/{year}-{last:02d}" if last != first else "")
    return (*nz.months_interval(year, first, last), timex)


# The first month of a period named with no year: "XXXX-09", "XXXX-Q4", "XXXX-10/XXXX-12".
_YEARLESS_FIRST = re.compile(r"XXXX-(?:Q(?P<q>[1-4])|(?P<m>\d\d))(?:/XXXX-\d\d)?")


def r_months_before(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the previous three months": the months right before the period compared (the
    one its sentence reports), else before the month of publication."""
    count = p["count"]
    base = ctx.anchor(p, "period", pos)
    first = base.start if base is not None and base.start is not None else None
    if first is None and ctx.published is not None:
        first = ctx.published
    quarters = bool(p.get("quarters"))
    if first is not None:
        start = nz.add_months(first.replace(day=1), -count)
        last = nz.add_months(first.replace(day=1), -1)
        timex = f"{start.year}-{start.month:02d}/{last.year}-{last.month:02d}"
        if quarters and start.month % 3 == 1:  # "the two previous quarters": 2004-Q2/2004-Q3
            timex = f"{start.year}-Q{start.month // 3 + 1}/{last.year}-Q{(last.month - 1) // 3 + 1}"
        return start, nz.month_end(last.year, last.month), timex
    named = ctx.yearless_compared(pos)  # no date: "in September ... the two previous months"
    m = _YEARLESS_FIRST.fullmatch(named.timex or "") if named is not None else None
    if m is None:
        return None  # nothing to count back from
    month = int(m["m"]) if m["m"] else 3 * int(m["q"]) - 2
    m1, m2 = (month - 1 - count) % 12 + 1, (month - 2) % 12 + 1
    if quarters and m1 % 3 == 1:
        return unknown_dates(f"XXXX-Q{m1 // 3 + 1}/XXXX-Q{(m2 - 1) // 3 + 1}")
    return unknown_dates(f"XXXX-{m1:02d}/XXXX-{m2:02d}")


def r_same_period(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    unit, target = p.get("unit", "period"), p.get("target")
    if target is not None and p.get("anchor") == "base" and not ctx.base(unit, pos, local=True):
        # with no date: "between October and December ... from the same period in 2003"
        # is that period of its own sentence, before any dated one of the passage
        named = ctx.yearless_compared(pos)
        placed = _in_year(named.timex, target) if named is not None else None
        if placed is not None:
            return placed
    last = ctx.anchor(p, unit, pos)
    if last is None or last.start is None or last.end is None:
        target, named = p.get("target"), ctx.yearless
        if target is not None and named is not None and pos - named.span[1] < RECALL_WINDOW:
            placed = _in_year(named.timex, target)  # "... the same period in 2003"
            if placed is not None:
                return placed
        year = p.get("year") or target  # "the 1989 period" with none named: that year
        if year is None and (named := ctx.yearless_compared(pos)) is not None:
            # no date: "December sales fell on the same month last year" is XXXX-12, as
            # "the year before" after "the three months to December" (GUIDELINES)
            return unknown_dates(named.timex)
        return None if year is None else (*nz.year_interval(year), str(year))
    years = -1 if p["target"] is None else p["target"] - last.start.year
    start, end = nz.shift_interval((last.start, last.end), years)
    return start, end, nz.shift_timex(last.timex, years)


def r_reporting(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    last = ctx.last
    if last is None:
        return None
    return last.start, last.end, last.timex


def r_relday(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    if ctx.published is None:
        return unknown_dates("XXXX-XX-XX")
    day = ctx.published + dt.timedelta(days=p["offset"])
    return day, day, day.isoformat()


def _from_day_named(weekday: int, dei: str, ctx: ResolutionContext, pos: int) -> dt.date | None:
    """ "the previous Friday", "the following Monday": counted from the day the passage
    named last ("closed lower Friday ... down 4.5% from the previous Friday": the Friday
    before that one), not from the publication date; ``None`` when the period named last
    is no day. "Previous" and "following" point back, however far back that day was."""
    last = ctx.last
    if last is None or last.start is None or last.start != last.end:
        return None
    step = (last.start.weekday() - weekday) % 7 or 7
    if dei == "previous":
        return last.start - dt.timedelta(days=step)
    return last.start + dt.timedelta(days=(weekday - last.start.weekday()) % 7 or 7)


def r_weekday(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    if ctx.published is None:
        return unknown_dates(f"XXXX-WXX-{p['weekday'] + 1}")
    if (shift := p.get("shift")) is not None:  # "Monday last week", "Friday of next week"
        monday = ctx.published - dt.timedelta(days=ctx.published.weekday() - 7 * shift)
        day = monday + dt.timedelta(days=p["weekday"])
        return day, day, day.isoformat()
    dei = p["dei"]
    last = ctx.last
    if (
        ctx.last_kind == "weekday"
        and last is not None
        and last.start is not None
        and ctx.published is not None
        and last.start > ctx.published  # a list of coming days runs forward
        and _WEEKDAY_LIST.fullmatch(ctx.text, last.span[1], pos)
    ):  # "Thursday and Friday": the Friday after that Thursday
        day = last.start + dt.timedelta(days=(p["weekday"] - last.start.weekday()) % 7 or 7)
        return day, day, day.isoformat()
    if dei in ("previous", "following") and (day := _from_day_named(p["weekday"], dei, ctx, pos)):
        return day, day, day.isoformat()
    tense: nz.Tense = (
        "future"
        if dei in ("next", "following", "coming")
        else "past"
        if dei in ("last", "previous", "past")
        else ctx.tense(pos)
    )
    day = nz.choose_weekday(p["weekday"], ctx.published, tense)
    if dei in ("last", "previous") and day == ctx.published:
        day -= dt.timedelta(days=7)
    if dei in ("next", "following") and day == ctx.published:
        day += dt.timedelta(days=7)
    return day, day, day.isoformat()


def r_day_part(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "this morning", "last night": the day, with the part of it in the TIMEX3 value."""
    if ctx.published is None:
        return unknown_dates(f"XXXX-XX-XXT{p['code']}")
    day = ctx.published + dt.timedelta(days=p["offset"])
    return day, day, f"{day.isoformat()}T{p['code']}"


# A single day named with no year: a weekday ("XXXX-WXX-5"), a date ("XXXX-03-27"), a day
# of no known date ("XXXX-XX-XX": "today").
_UNDATED_DAY = re.compile(r"XXXX-(?:WXX-(?P<wd>[1-7])|(?P<m>\d\d)-(?P<d>\d\d)|XX-XX)")


def is_day(period: Period) -> bool:
    """Whether ``period`` is one day, dated or not (what ``r_day_anaphor`` counts from)."""
    if period.start is not None:
        return period.start == period.end
    return _UNDATED_DAY.fullmatch(period.timex or "") is not None


def r_day_anaphor(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the previous day", "two days later": the day named last in the passage, moved;
    nothing when the passage named no day."""
    last, offset = ctx.last_day, p["offset"]
    if last is None or pos - last.span[1] > RECALL_WINDOW:
        return None
    if last.start is not None:
        day = last.start + dt.timedelta(days=offset)
        return day, day, day.isoformat()
    m = _UNDATED_DAY.fullmatch(last.timex or "")
    if m is None:
        return None
    if m["wd"]:
        return unknown_dates(f"XXXX-WXX-{(int(m['wd']) - 1 + offset) % 7 + 1}")
    if m["m"]:
        day = dt.date(2001, int(m["m"]), int(m["d"])) + dt.timedelta(days=offset)  # a common year
        return unknown_dates(f"XXXX-{day.month:02d}-{day.day:02d}")
    return unknown_dates("XXXX-XX-XX")
