"""Resolving parts to an interval and a TIMEX3 value, against the publication date.

Resolution is stateful (``ResolutionContext``): "the same period last year" and "the
reporting period" refer to the period named just before them, "a year earlier" after
a quarter means that quarter a year back, and a yearless date takes the year its
sentence named, else the one the clause's tense places it in. Every ``r_*`` reads one
kind of ``Parts`` (``RESOLVERS``) with the pure functions of ``normalize``; it returns
``None`` when the parts name no period (February 30), and ``(None, None, timex)`` when
they name one whose dates are unknown (no publication date to count from).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import get_args

from factex.models import Period
from factex.patterns import trie_alternation
from factex.periods import normalize as nz
from factex.periods import tense as tn
from factex.periods.lexicon import OCCASION_NOUNS
from factex.periods.parts import Kind, Parts, YearRef

# A full stop before a capital (not a number: "Sept. 30"), nor after "Mr"/"Jan".
_SENTENCE_END = re.compile(r"[.!?](?=\s+[^\sa-z0-9]|\s*$)(?<!\b[A-Z][a-z]{2}\.)(?<!\bM[rs]\.)|\n")
# "had filed reports by Wednesday": a deadline already past, in the same phrase.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+\s+)?[a-z]+ed\b[^,;]*$", re.I)
# Between two weekdays of one list ("Thursday and Friday", "Monday to Wednesday").
_WEEKDAY_LIST = re.compile(r",?\s+(?:and|or|to|through|until)\s+|\s*[-–]\s*")
# A period that names a known occasion or figure: before a noun of one ("the January
# deficit", "the February monthly merchandise trade figures"), after one ("figures for
# February"), or between an article and a noun ("a May 13 decree").
_OCCASION = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}{trie_alternation(OCCASION_NOUNS)}\b", re.I)
_OCCASION_BEFORE = re.compile(rf"\b{trie_alternation(OCCASION_NOUNS)}\s+(?:for|of)\s+$", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:and|or|to|through|until|in|of|for|at|on|by|from|with)\b)[a-z]{3,}\b"
)
_SUB_YEAR_KINDS = (
    "date_range",
    "quarter",
    "half",
    "month",
    "month_range",
    "months_of_year",
    "date",
    "day_range",
    "deictic_month",
    "months_to",
)
RECALL_WINDOW = 600  # characters: "a year earlier" refers to a period of the same passage
_KINDS_OF_UNIT = {
    "quarter": ("quarter",),
    "half": ("half",),
    "month": ("month", "deictic_month"),
    "months": ("month_range", "months_of_year"),
}


@dataclass
class ResolutionContext:
    """What resolution knows: the text, its date, and the periods named so far."""

    text: str
    published: dt.date | None
    fiscal_end: int = 12
    last: Period | None = None
    last_kind: str = ""
    last_year: int | None = None
    history: list[tuple[Period, str]] = field(default_factory=list)
    compared: set[int] = field(default_factory=set)  # starts of periods compared with
    focus: tuple[int, int] | None = None  # (year, end offset) of the last explicit year
    override: nz.Tense = None  # set by "since" (past) and "until"/"by" (future)
    cue_cache: dict[int, list[tn.Cue]] = field(default_factory=dict)
    end: int = 0  # where the expression being resolved ends
    compared_now: bool = False  # the expression being resolved is a comparison base

    def tense(self, start: int) -> nz.Tense:
        """ "future" or "past" as the clause reads (``tense``); ``None`` for the present
        or no cue, where the nearest period is meant.

        "since" forces the past, "until"/"by" the future, unless the clause is in the
        past perfect ("had filed reports by Wednesday"); "through" follows the clause. A
        comparison base ("from 73 mln in January") is past: figures compare with earlier
        ones.
        """
        lo, hi = tn.clause_bounds(self.text, start)
        cues = self.cue_cache.get(lo)
        if cues is None:
            cues = self.cue_cache[lo] = tn.clause_cues(self.text, lo, hi)
        if self.override == "future" and _PAST_PERFECT.search(
            self.text, max(lo, start - 60), start
        ):
            return "past"
        if self.override:
            return self.override
        if self.compared_now:  # "from 14.6 bln in the October/December quarter": before it
            return "past"
        reading = tn.nearest_cue(cues, start, max(self.end, start))
        return None if reading == "present" else reading

    def occasion(self, pos: int) -> bool:
        """Whether the expression at ``pos`` (ending at ``end``) names a known occasion or
        figure: then it is the nearest such period, whatever the tense."""
        text, end = self.text, self.end
        return bool(
            _OCCASION.match(text, end)
            or _OCCASION_BEFORE.search(text, max(0, pos - 20), pos)
            or (_ARTICLE_BEFORE.search(text, max(0, pos - 5), pos) and _NOUN_AFTER.match(text, end))
        )

    def focus_year(self, pos: int) -> int | None:
        """The year an explicit-year period named earlier in the same sentence."""
        if self.focus is None:
            return None
        year, end = self.focus
        if _SENTENCE_END.search(self.text, end, pos):
            return None
        return year

    def remember(self, period: Period, kind: str, *, compared: bool = False) -> None:
        """Make ``period`` the one later anaphora ("the same period") refer to;
        ``compared``: it is a comparison base ("from 14.6 billion in January")."""
        self.last, self.last_kind = period, kind
        self.last_year = period.start.year if period.start else None
        self.history.append((period, kind))
        if compared:
            self.compared.add(period.span[0])

    def anchor(self, p: Parts, unit: str, pos: int) -> Period | None:
        """The period ``p`` counts from, as its ``anchor`` says; ``None`` for the
        publication date."""
        how = p.get("anchor", "publication")
        if how == "base":
            return self.base(unit, pos)
        if how == "previous":
            return self.recall(unit, pos)
        return None

    def base(self, unit: str, pos: int, *, local: bool = False) -> Period | None:
        """The comparison base of an expression at ``pos``: the latest period of its
        sentence that is not itself compared with ("The February surplus narrowed
        from 582 mln in January ... a year ago": February), else (unless ``local``)
        the latest period of the passage (``recall``)."""
        kinds = _KINDS_OF_UNIT.get(unit, _SUB_YEAR_KINDS)
        sentence = max(0, pos - RECALL_WINDOW)
        for cut in _SENTENCE_END.finditer(self.text, sentence, pos):
            sentence = cut.end()
        recent = self.history[-12:]
        for i in range(len(recent) - 1, -1, -1):
            period, kind = recent[i]
            if period.span[1] > pos:
                continue
            if period.span[0] < sentence:
                break
            dated = period.start is not None and period.end is not None
            if kind in kinds and dated and period.span[0] not in self.compared:
                before = recent[i - 1][0] if i else None
                if before is not None and before.end == period.end and before.start != period.start:
                    continue  # "the quarter ended Sept. 30": the date restates its end
                return period
        return None if local else self.recall(unit, pos)

    def recall(self, unit: str, pos: int, *, topic: bool = False) -> Period | None:
        """The latest period of a sub-year kind fitting ``unit``, named not far before ``pos``.

        With ``topic``, the first such period of the passage instead: "the quarter" said
        after "the fourth quarter ... the third quarter" means the one the report is about.
        """
        kinds = _KINDS_OF_UNIT.get(unit, _SUB_YEAR_KINDS)
        found = None
        for period, kind in reversed(self.history[-12:]):
            if period.span[1] < pos - RECALL_WINDOW:
                break
            if kind in kinds and period.start is not None and period.end is not None:
                if not topic:
                    return period
                found = period
        return found


#: A period found: its first and last day and its TIMEX3 value. ``None`` in place of a
#: ``Resolved`` means the parts name no period ("February 30"); a ``Resolved`` with no
#: days (``unknown_dates``) names one whose dates the text does not give.
Resolved = tuple[dt.date | None, dt.date | None, str | None]


# What can be said of a unit with no publication date (gold/GUIDELINES.md): "last
# year" is "XXXX", "next month" "XXXX-XX", "last week" "XXXX-WXX".
_UNKNOWN_UNIT = {
    "year": "XXXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "week": "XXXX-WXX",
    "day": "XXXX-XX-XX",
}


def unknown_dates(timex: str | None = None) -> Resolved:
    """A period whose days are unknown ("May 18" with no publication date), with the
    TIMEX3 value that can still be said ("XXXX-05-18")."""
    return None, None, timex


def _year_of(yref: YearRef | None, ctx: ResolutionContext) -> int | None:
    if yref is None:
        return None
    how, value = yref
    if how in ("abs", "fiscal"):
        return value
    base = ctx.last_year if how == "ana" and ctx.last_year is not None else None
    if base is None:
        base = ctx.published.year if ctx.published else None
    return None if base is None else base + value


def _yearless(
    make: Callable[[int], nz.Interval],
    unknown: str | None,
    ctx: ResolutionContext,
    pos: int,
    fmt: Callable[[int], str],
    *,
    nearest: bool = False,
    way: nz.Tense = None,
) -> Resolved:
    """An expression with no year: in the year the sentence already named ("the fourth
    quarter of 1986, after the third quarter"), else placed by the clause's tense around
    the publication date, else left unknown."""
    year = ctx.focus_year(pos)
    if year is None:
        if ctx.published is None:
            return unknown_dates(unknown)
        if way:  # said outright ("last February 28"): no nearer day overrides it
            year = nz.choose_year(make, ctx.published, way, strict=True)
        else:
            year = nz.choose_year(make, ctx.published, None if nearest else ctx.tense(pos))
    start, end = make(year)
    return start, end, fmt(year)


def _fiscal_year(year: int, ctx: ResolutionContext) -> nz.Interval:
    if ctx.fiscal_end == 12:
        return nz.year_interval(year)
    return nz.months_interval(year - 1, ctx.fiscal_end % 12 + 1, ctx.fiscal_end, year)


def r_date(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, day = p["month"], p["day"]
    year = _year_of(p["yref"], ctx)
    if year is not None:
        date = nz.safe_date(year, month, day)
        return (date, date, date.isoformat()) if date else None
    if nz.safe_date(2000, month, day) is None:
        return None

    def make(y: int) -> nz.Interval:
        d = nz.safe_date(y, month, day) or nz.month_end(y, month)
        return d, d

    return _yearless(
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
    year = _year_of(p["yref"], ctx)

    def make(y: int) -> nz.Interval:
        return dt.date(y, month, d1), nz.safe_date(y, month, d2) or nz.month_end(y, month)

    def fmt(y: int) -> str:
        a, b = make(y)
        return f"{a.isoformat()}/{b.isoformat()}"

    if year is not None:
        return (*make(year), fmt(year))
    return _yearless(make, f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}", ctx, pos, fmt)


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

    year = _year_of(p["yref"], ctx)
    if p["y1"] is not None:
        year = p["y1"]
    elif year is not None:
        year -= wraps
    if year is not None:
        return (*make(year), fmt(year))
    make(2000)  # an impossible day ("February 30") is no period
    return _yearless(make, f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}", ctx, pos, fmt)


def r_month(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month = p["month"]
    year = _year_of(p["yref"], ctx)
    if year is not None:
        return (*nz.month_interval(year, month), f"{year}-{month:02d}")
    occasion = ctx.occasion(pos)
    return _yearless(
        lambda y: nz.month_interval(y, month),
        f"XXXX-{month:02d}",
        ctx,
        pos,
        lambda y: f"{y}-{month:02d}",
        nearest=occasion,
    )


def r_month_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    m1, m2 = p["m1"], p["m2"]
    year = _year_of(p["yref"], ctx)
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

    return _yearless(make, f"XXXX-{m1:02d}/XXXX-{m2:02d}", ctx, pos, lambda y: fmt(y, y + wraps))


def r_year(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    year = p["year"]
    if p.get("fiscal"):
        return (*_fiscal_year(year, ctx), str(year))
    return (*nz.year_interval(year), str(year))


def r_year_range(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    y1, y2 = p["y1"], p["y2"]
    if p.get("split") and ctx.fiscal_end != 12:  # "1987/88" where the text set a fiscal year
        start, end = _fiscal_year(y2, ctx)
        return start, end, f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
    return nz.year_interval(y1)[0], nz.year_interval(y2)[1], f"{y1}/{y2}"


def r_decade(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    return (*nz.decade_interval(p["decade"]), str(p["decade"]))


def _fiscal_shift(interval: nz.Interval, ctx: ResolutionContext, fiscal: bool) -> nz.Interval:
    """A fiscal quarter/half: the calendar one moved to where the fiscal year starts."""
    if not fiscal or ctx.fiscal_end == 12:
        return interval
    return nz.add_months(interval[0], ctx.fiscal_end - 12), nz.month_end(
        *divmod_month(nz.add_months(interval[1], ctx.fiscal_end - 12))
    )


def divmod_month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _unit_of_year(
    make: Callable[[int], nz.Interval], code: str, p: Parts, ctx: ResolutionContext, pos: int
) -> Resolved | None:
    year = _year_of(p["yref"], ctx)
    fiscal = bool(p.get("fiscal")) or (p["yref"] or ("", 0))[0] == "fiscal"

    def shifted(y: int) -> nz.Interval:
        return _fiscal_shift(make(y), ctx, fiscal)

    if year is not None:
        return (*shifted(year), f"{year}-{code}")
    return _yearless(shifted, f"XXXX-{code}", ctx, pos, lambda y: f"{y}-{code}")


def r_quarter(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    q = p["quarter"]
    return _unit_of_year(lambda y: nz.quarter_interval(y, q), f"Q{q}", p, ctx, pos)


def r_half(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    h = p["half"]
    return _unit_of_year(lambda y: nz.half_interval(y, h), f"H{h}", p, ctx, pos)


def r_months_of_year(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    m1, m2 = p["m1"], p["m2"]
    year = _year_of(p["yref"], ctx)
    if year is None:
        if ctx.published is None:
            return unknown_dates(f"XXXX-{m1:02d}/XXXX-{m2:02d}")
        year = ctx.published.year
    return (*nz.months_interval(year, m1, m2), f"{year}-{m1:02d}/{year}-{m2:02d}")


def _twelve_months(period: Period) -> bool:
    """Whether ``period`` is a year of twelve whole months (calendar or fiscal)."""
    if period.start is None or period.end is None or period.start.day != 1:
        return False
    return nz.add_months(period.start, 12) == period.end + dt.timedelta(days=1)


def r_deictic(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    unit, shift = p["unit"], p["shift"]
    ref = ctx.published
    if p["anaphoric"]:  # "the previous quarter": before the quarter the sentence reports
        base = ctx.anchor(p, "period", pos) if unit != "year" else None
        if unit == "year" and ctx.compared_now and shift == -1:
            # "120 mln against 133 mln the previous year": the same months a year back
            same = ctx.base("period", pos, local=True)
            if same is not None and same.start is not None and same.end is not None:
                start, end = nz.shift_interval((same.start, same.end), -1)
                return start, end, nz.shift_timex(same.timex, -1)
        if base is None and ctx.last is not None and ctx.last.start is not None:
            base = ctx.last
        if unit == "year" and base is not None and _twelve_months(base):
            # "the year before" a fiscal year: the twelve months before it
            assert base.start is not None and base.end is not None
            start, end = nz.shift_interval((base.start, base.end), shift)
            return start, end, nz.shift_timex(base.timex, shift)
        if base is not None and base.start is not None:
            ref = base.start
    if ref is None:
        return unknown_dates(_UNKNOWN_UNIT.get(unit))
    if unit == "year":
        year = ref.year + shift
        if p.get("fiscal"):
            return (*_fiscal_year(year, ctx), str(year))
        return (*nz.year_interval(year), str(year))
    if unit == "month":
        day = nz.add_months(ref.replace(day=1), shift)
        return (*nz.month_interval(day.year, day.month), f"{day.year}-{day.month:02d}")
    if unit == "quarter":
        index = ref.year * 4 + (ref.month - 1) // 3 + shift
        year, quarter = index // 4, index % 4 + 1
        return (*nz.quarter_interval(year, quarter), f"{year}-Q{quarter}")
    if unit == "week":
        (start, end), timex = nz.week_interval(ref + dt.timedelta(weeks=shift))
        return start, end, timex
    return None


def r_ago(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    if ctx.published is None:
        return unknown_dates(_UNKNOWN_UNIT.get(p["unit"]))
    count, unit, ref = p["count"], p["unit"], ctx.published
    if unit == "year":
        return (*nz.year_interval(ref.year - count), str(ref.year - count))
    if unit == "month":
        day = nz.add_months(ref.replace(day=1), -count)
        return (*nz.month_interval(day.year, day.month), f"{day.year}-{day.month:02d}")
    if unit == "week":
        (start, end), timex = nz.week_interval(ref - dt.timedelta(weeks=count))
        return start, end, timex
    day = ref - dt.timedelta(days=count)
    return day, day, day.isoformat()


def r_year_back(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "a year earlier", "the year-ago quarter": the comparison base, a year back."""
    last = ctx.anchor(p, p["unit"], pos)
    if last is not None and last.start is not None and last.end is not None:
        start, end = nz.shift_interval((last.start, last.end), -p["count"])
        return start, end, nz.shift_timex(last.timex, -p["count"])
    if ctx.published is None:
        return unknown_dates(_UNKNOWN_UNIT.get(p["unit"], "XXXX"))
    if p["unit"] == "quarter":
        return r_deictic({"unit": "quarter", "shift": -5, "anaphoric": False}, ctx, pos)
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


def r_anaphor(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    last = ctx.recall(p["unit"], pos, topic=True)
    if last is not None:
        return last.start, last.end, last.timex
    if ctx.published is None:
        return None
    return r_deictic({"unit": p["unit"], "shift": -1, "anaphoric": False}, ctx, pos)


def r_deictic_month(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    month, shift = p["month"], p["shift"]
    if ctx.published is None:
        return unknown_dates(f"XXXX-{month:02d}")
    year = ctx.published.year
    if shift < 0 and month >= ctx.published.month:
        year -= 1
    elif shift > 0 and month <= ctx.published.month:
        year += 1
    return (*nz.month_interval(year, month), f"{year}-{month:02d}")


def r_same_period(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    last = ctx.anchor(p, "period", pos)
    if last is None or last.start is None or last.end is None:
        return None
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


def r_weekday(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    if ctx.published is None:
        return unknown_dates(f"XXXX-WXX-{p['weekday'] + 1}")
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


def r_season(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    code = p["code"]
    if p["year"] is not None:
        return (*nz.season_interval(p["year"], code), f"{p['year']}-{code}")
    if ctx.published is None:
        return unknown_dates(f"XXXX-{code}")
    if p["shift"] is not None:
        year = ctx.published.year + p["shift"]
        return (*nz.season_interval(year, code), f"{year}-{code}")
    return _yearless(
        lambda y: nz.season_interval(y, code), f"XXXX-{code}", ctx, pos, lambda y: f"{y}-{code}"
    )


def _months_timex(start: dt.date, end: dt.date) -> str:
    """ "1989-Q3" for a calendar quarter, else "1989-07/1989-09"."""
    if (end.year, end.month) == nz.add_months(start, 2).timetuple()[:2] and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    return f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"


def r_months_to(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "the three months to December", "the year to March 2005": ``count`` months
    ending with ``month``; with no year, the latest such months over by the clause's
    tense ("ended" reads past)."""
    count, month = p["count"], p["month"]

    def make(y: int) -> nz.Interval:
        first = nz.add_months(dt.date(y, month, 1), 1 - count)
        return first, nz.month_end(y, month)

    def fmt(y: int) -> str:
        if "quarter" in p:  # "the fourth quarter ended Aug. 26": "1989-Q4", as fiscal quarters
            return f"{y}-Q{p['quarter']}"
        return _months_timex(*make(y))

    if p["year"] is not None:
        return (*make(p["year"]), fmt(p["year"]))
    first = (month - count) % 12 + 1
    unknown = f"XXXX-{first:02d}/XXXX-{month:02d}"
    return _yearless(make, unknown, ctx, pos, fmt, way="past" if p["past"] else None)


def r_not_period(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    return None


def r_day_part(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """ "this morning", "last night": the day, with the part of it in the TIMEX3 value."""
    if ctx.published is None:
        return unknown_dates(f"XXXX-XX-XXT{p['code']}")
    day = ctx.published + dt.timedelta(days=p["offset"])
    return day, day, f"{day.isoformat()}T{p['code']}"


def r_holiday(p: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """A holiday: its day in the year the tense places it ("last Thanksgiving": the one
    before the publication date); "before"/"after" it: open up to the day before it or
    from the day after."""
    month, weekday, nth = p["month"], p["weekday"], p["nth"]

    def make(y: int) -> nz.Interval:
        if nth == 0:
            return dt.date(y, month, p["day"]), dt.date(y, month, p["day"])
        first = dt.date(y, month, 1)
        day = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day, day

    side = p.get("side")
    step = dt.timedelta(days=-1 if side == "before" else 1 if side else 0)

    def fmt(y: int) -> str:
        return (make(y)[0] + step).isoformat()

    unknown = f"XXXX-{month:02d}-{p['day']:02d}" if nth == 0 else None
    if unknown and side:  # the day before or after, written with no year
        unknown = (make(2001)[0] + step).strftime("XXXX-%m-%d")
    lo, hi, timex = _yearless(make, unknown, ctx, pos, fmt, way=p.get("way"))
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
}
assert set(RESOLVERS) == set(get_args(Kind)), "every kind of parts needs its resolver"


def resolve(parts: Parts, ctx: ResolutionContext, pos: int) -> Resolved | None:
    """The interval and TIMEX3 value of parsed parts, or ``None`` when they name no period."""
    return RESOLVERS[parts["kind"]](parts, ctx, pos)
