"""What resolution knows and the helpers every resolver shares.

Resolution is stateful (``ResolutionContext``): "the same period last year" and "the
reporting period" refer to the period named just before them, "a year earlier" after
a quarter means that quarter a year back, and a yearless date takes the year its
sentence named, else the one the clause's tense places it in (``yearless``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from factex.models import Period
from factex.patterns import trie_alternation
from factex.periods import normalize as nz
from factex.periods import tense as tn
from factex.periods.lexicon import DONE_NOUNS, OCCASION_NOUNS
from factex.periods.parts import Parts, YearRef

# A full stop before a capital (not a number: "Sept. 30"), nor after "Mr"/"Jan".
_SENTENCE_END = re.compile(r"[.!?](?=\s+[^\sa-z0-9]|\s*$)(?<!\b[A-Z][a-z]{2}\.)(?<!\bM[rs]\.)|\n")


# "had filed reports by Wednesday": a deadline already past, in the same phrase.
_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+\s+)?[a-z]+ed\b[^,;]*$", re.I)


# Right before a time: what is awaited lies ahead ("ahead of Friday's vote", "investors
# await Friday's jobs report", "ahead of the March deadline", "the vote, expected
# Thursday"); not "more than expected in October", "was due in May".
_AWAITED = re.compile(
    r"\b(?:(?:ahead\s+of|awaits?|awaiting)\s+(?:the\s+|this\s+)?"
    r"|(?<!\bthan\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhad\s)(?:expected|due)\s+)$",
    re.I,
)


# A period that names a known occasion or figure: before a noun of one ("the January
# deficit", "the February monthly merchandise trade figures"), after one ("figures for
# February"), or between an article and a noun ("a May 13 decree").
_OCCASION = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+){{0,2}}{trie_alternation(OCCASION_NOUNS)}\b", re.I)


# A time before a noun of a thing done, with at most one word between: "the September
# agreement", "the Feb. 23 trade accord".
_DONE = re.compile(rf"[ \t]+(?:[a-z]+[ \t]+)?{trie_alternation(DONE_NOUNS)}\b", re.I)


def before_done_noun(text: str, end: int) -> bool:
    """Whether a noun of a thing done follows the time expression ending at ``end``."""
    return _DONE.match(text, end) is not None


_OCCASION_BEFORE = re.compile(rf"\b{trie_alternation(OCCASION_NOUNS)}\s+(?:for|of)\s+$", re.I)


_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+$")
_THE = ("the ", "The ", "THE ")  # right before a time: "the September agreement"


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


# A part of a year named with no year: "XXXX-Q4", "XXXX-H1", "XXXX-10", "XXXX-10/XXXX-12",
# a run of days "XXXX-08-03/XXXX-12-24" (not one day: "On 12 March it said ...").
_YEARLESS_PART = re.compile(
    r"XXXX-(?:Q[1-4](?:/XXXX-Q[1-4])?|H[12]|\d\d(?:/XXXX-\d\d)?|\d\d-\d\d/XXXX-\d\d-\d\d)"
)

RECALL_WINDOW = 600  # characters: "a year earlier" refers to a period of the same passage
HELD_WINDOW = 1200  # characters: a yearless quarter is read in the year of a nearby passage


_KINDS_OF_UNIT = {
    "quarter": ("quarter",),
    "half": ("half",),
    "month": ("month", "deictic_month"),
    "months": ("month_range", "months_of_year"),
    "year": ("year", "year_range", "year_defined", "deictic"),  # twelve months, tested after
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
    ahead: Period | None = None  # the base named right after it ("a year earlier in March")
    # the latest period named with its year unknown (no publication date): "the same
    # period in 2003" after "the fourth quarter" puts it in 2003
    yearless: Period | None = None
    # with no publication date, the latest part of a year named with its year that was
    # no comparison base: a quarter or half named later with no year inside it is in it
    # ("Net profit for the final three months of 2004 ... Orders in the fourth quarter")
    held: Period | None = None
    # the latest single day named, dated or not ("Friday", "XXXX-03-27"): what "the
    # previous day" and "a day later" count from
    last_day: Period | None = None

    def tense(self, start: int) -> nz.Tense:
        """ "future" or "past" as the clause reads (``tense``); ``None`` for the present
        or no cue, where the nearest period is meant.

        "since" forces the past, "until"/"by" the future, unless the clause is in the
        past perfect ("had filed reports by Wednesday"); "through" follows the clause. A
        comparison base ("from 73 mln in January") is past: figures compare with earlier
        ones.
        """
        lo, hi = tn.clause_bounds(self.text, start)
        if self.override == "future" and _PAST_PERFECT.search(
            self.text, max(lo, start - 60), start
        ):
            return "past"
        if self.override:
            return self.override
        if self.compared_now:  # "from 14.6 bln in the October/December quarter": before it
            return "past"
        if self.done(start):  # "in defiance of the September agreement": it was made
            return "past"
        if _AWAITED.search(self.text, max(lo, start - 20), start):
            return "future"
        cues = self.cue_cache.get(lo)  # the clause's cues, read only when they decide
        if cues is None:
            cues = self.cue_cache[lo] = tn.clause_cues(self.text, lo, hi)
        reading = tn.nearest_cue(cues, start, max(self.end, start))
        return None if reading == "present" else reading

    def done(self, pos: int) -> bool:
        """Whether the expression at ``pos`` dates a thing done that the text refers to
        ("the September agreement", not "a September agreement" hoped for): then it is
        past, whatever the tense of its clause."""
        return self.text[max(0, pos - 4) : pos] in _THE and before_done_noun(self.text, self.end)

    def occasion(self, pos: int) -> bool:
        """Whether the expression at ``pos`` (ending at ``end``) names a known occasion or
        figure: then it is the nearest such period, whatever the tense."""
        text, end = self.text, self.end
        return not self.done(pos) and bool(
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

    def held_year(self, make: Callable[[int], nz.Interval], pos: int) -> int | None:
        """With no publication date: the year that puts ``make``'s interval inside the
        period ``held`` names, when that was said not far before ``pos``."""
        held = self.held
        if self.published is not None or held is None or held.start is None or held.end is None:
            return None
        if held.span[1] < pos - HELD_WINDOW:
            return None
        for year in range(held.start.year, held.end.year + 1):
            start, end = make(year)
            if held.start <= start and end <= held.end:
                return year
        return None

    def remember_yearless(self, period: Period) -> None:
        """Keep ``period``, named with no year, for ``yearless_compared`` when it is a part
        of a year: "the six months ending 31 December" stays the period, not the day."""
        if _YEARLESS_PART.fullmatch(period.timex or ""):
            self.yearless = period

    def yearless_compared(self, pos: int) -> Period | None:
        """With no publication date: the period named with no year earlier in the
        sentence of ``pos`` ("Profit in the three months to December ... the year
        before"), which a year-back comparison restates (the same timex, no dates)."""
        named = self.yearless
        if self.published is not None or named is None:
            return None
        if _SENTENCE_END.search(self.text, named.span[1], pos):
            return None
        return named

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
            return self.ahead or self.base(unit, pos)
        if how == "previous":
            return self.recall(unit, pos)
        if how == "topic":
            return self.topic(unit)
        return None

    def topic(self, unit: str) -> Period | None:
        """The period the article reports: the first dated one of a sub-year kind fitting
        ``unit`` that was no comparison base ("posted a 20% gain in third-quarter net
        income ... In the 1989 period also": the third quarter)."""
        kinds = _KINDS_OF_UNIT.get(unit, _SUB_YEAR_KINDS)
        for period, kind in self.history:
            dated = period.start is not None and period.end is not None
            if kind in kinds and dated and period.span[0] not in self.compared:
                return period
        return None

    def base(self, unit: str, pos: int, *, local: bool = False) -> Period | None:
        """The comparison base of an expression at ``pos``: the latest period of its
        sentence that is not itself compared with ("The February surplus narrowed
        from 582 mln in January ... a year ago": February), else (unless ``local``)
        the latest period of the passage (``recall``)."""
        if self.yearless_compared(pos) is not None:
            # with no date, the sentence reports a period of no known year ("earned $10m in
            # the third quarter, down from $133m a year ago"): no dated period named
            # before it is what it compares
            return None
        kinds = _KINDS_OF_UNIT.get(unit, _SUB_YEAR_KINDS)
        sentence = max(0, pos - RECALL_WINDOW)
        for cut in _SENTENCE_END.finditer(self.text, sentence, pos):
            sentence = cut.end()
        recent = self.history[-12:]
        bases = False  # the sentence named comparison bases only
        for i in range(len(recent) - 1, -1, -1):
            period, kind = recent[i]
            if period.span[1] > pos:
                continue
            if period.span[0] < sentence:
                break
            dated = period.start is not None and period.end is not None
            if kind in kinds and dated and period.span[0] in self.compared:
                bases = True
            elif kind in kinds and dated:
                if _restates_end(recent, i):
                    continue
                return period
        if local:
            return None
        # "Exports were 905 mln against 929 mln, revised from 971 mln in December, and
        # 816 mln a year earlier": the sentence compares the period the article reports;
        # else the passage's latest period that was not itself a base ("... from 5.70
        # billion in January. Imports fell from 10.12 billion a year earlier": not January)
        return (bases and self.topic(unit)) or self.recall(unit, pos, reported=True)

    def recall(
        self, unit: str, pos: int, *, topic: bool = False, reported: bool = False
    ) -> Period | None:
        """The latest period of a sub-year kind fitting ``unit``, named not far before ``pos``.

        With ``topic``, the first such period of the passage instead: "the quarter" said
        after "the fourth quarter ... the third quarter" means the one the report is about.
        With ``reported``, only periods that were no comparison base.
        """
        kinds = _KINDS_OF_UNIT.get(unit, _SUB_YEAR_KINDS)
        found = None
        recent = self.history[-12:]
        for i in range(len(recent) - 1, -1, -1):
            period, kind = recent[i]
            if period.span[1] < pos - RECALL_WINDOW:
                break
            if kind in kinds and period.start is not None and period.end is not None:
                if _restates_end(recent, i) or (reported and period.span[0] in self.compared):
                    continue
                if not topic:
                    return period
                found = period
        return found


def _within_a_month(period: Period) -> bool:
    start, end = period.start, period.end
    return (
        start is not None and end is not None and (start.year, start.month) == (end.year, end.month)
    )


def _restates_end(recent: list[tuple[Period, str]], i: int) -> bool:
    """Whether ``recent[i]`` is the day that ends the period named right before it ("the
    quarter ended Sept. 30"): a later "a year earlier" means that period, not the day."""
    if not i:
        return False
    period, before = recent[i][0], recent[i - 1][0]
    if before.end == period.end and before.start != period.start and _within_a_month(period):
        return True  # "the year to December", not "the fourth quarter" after "the second half"
    # "the fourth quarter ended Aug. 26": a fiscal quarter's last day, in its last month
    return (
        period.start is not None
        and period.start == period.end
        and before.start is not None
        and before.end is not None
        and before.start < period.start
        and (before.end.year, before.end.month) == (period.start.year, period.start.month)
    )


#: A period found: its first and last day and its TIMEX3 value. ``None`` in place of a
#: ``Resolved`` means the parts name no period ("February 30"); a ``Resolved`` with no
#: days (``unknown_dates``) names one whose dates the text does not give.
Resolved = tuple[dt.date | None, dt.date | None, str | None]


# What can be said of a unit with no publication date (gold/GUIDELINES.md): "last
# year" is "XXXX", "next month" "XXXX-XX", "last week" "XXXX-WXX".
UNKNOWN_UNIT = {
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


def _year_compared(ctx: ResolutionContext) -> bool:
    """Whether the period named last is a whole year that something was compared with."""
    last = ctx.last
    return last is not None and ctx.last_kind == "year" and last.span[0] in ctx.compared


def year_of(yref: YearRef | None, ctx: ResolutionContext) -> int | None:
    if yref is None:
        return None
    how, value = yref
    if how in ("abs", "fiscal", "split"):
        return value
    base = ctx.last_year if how == "ana" and ctx.last_year is not None else None
    if base is not None and _year_compared(ctx):
        # "sold 95,000 cars last year, up 2.6% on 2003 ... ten the previous year": the
        # year before the one reported is the base it was compared with
        base += 1
    if base is None:
        base = ctx.published.year if ctx.published else None
    return None if base is None else base + value


def yearless(
    make: Callable[[int], nz.Interval],
    unknown: str | None,
    ctx: ResolutionContext,
    pos: int,
    fmt: Callable[[int], str],
    *,
    nearest: bool = False,
    way: nz.Tense = None,
    held: bool = False,
) -> Resolved:
    """An expression with no year: in the year the sentence already named ("the fourth
    quarter of 1986, after the third quarter"), else placed by the clause's tense around
    the publication date, else (``held``: a quarter or half) in the period of its
    passage named with a year that holds it, else left unknown."""
    year = ctx.focus_year(pos)
    if year is None and held:
        year = ctx.held_year(make, pos)
    if year is None:
        if ctx.published is None:
            return unknown_dates(unknown)
        if way:  # said outright ("last February 28"): no nearer day overrides it
            year = nz.choose_year(make, ctx.published, way, strict=True)
        elif ctx.override == "past":  # "since January", "since the Aug. 7 bombings": begun
            year = nz.choose_year(make, ctx.published, "past", begun=True)
        else:
            year = nz.choose_year(make, ctx.published, None if nearest else ctx.tense(pos))
    start, end = make(year)
    return start, end, fmt(year)


def fiscal_year(year: int, ctx: ResolutionContext) -> nz.Interval:
    if ctx.fiscal_end == 12:
        return nz.year_interval(year)
    return nz.months_interval(year - 1, ctx.fiscal_end % 12 + 1, ctx.fiscal_end, year)
