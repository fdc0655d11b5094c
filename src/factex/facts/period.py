"""The period of a fact: the nearest of its clause, else of its sentence, skipping
comparison bases ("than 2017"); else the story's running period when the sentence refers
back to it ("March exports", "a year earlier")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from factex.calendar_words import MONTH_NAMES
from factex.facts import rules
from factex.facts.amounts import NEAR, START, Amount
from factex.mentions import Mention, Sentence
from factex.models import Fact
from factex.numbers import WORD_VALUES
from factex.patterns import lowers_simply

_MONTH_NUMBERS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}


def clause_breaks(text: str) -> list[int]:
    return [m.start() for m in rules.CLAUSE_BREAK.finditer(text)]


def _is_base(sent: Sentence, period: Mention, amounts: list[Amount]) -> bool:
    local = sent.local(period.start)
    lo = max(0, local - 80)
    if rules.absent(_lowered(sent), rules.COMPARISON_BASE_CUES, lo, local):
        return False
    cue = rules.COMPARISON_BASE.search(sent.text, lo, local)
    return (
        bool(cue)
        and not _amount_between(amounts, cue.start(), local)
        and not _from_a_place(sent, cue, local)
    )


def _from_a_place(sent: Sentence, cue: re.Match[str], local: int) -> bool:
    """The cue is "from" a place or organization, the source of a flow, not a base
    ("bought wheat from the United States last year"; not "from a year earlier")."""
    if not rules.FROM_NAME.match(cue.group()):
        return False
    return any(
        cue.start() < sent.local(m.start) < local
        and rules.FROM_NAME.fullmatch(sent.text, cue.start(), sent.local(m.start))
        for m in sent.of_kind("place", "org")
    )


def behind_a_base(text: str, local: int, amounts: tuple[Amount, ...]) -> bool:
    """A comparison cue and its base amount stand before the period at ``local`` ("from
    44.2 billion in"; not "against the dollar since")."""
    # the cue's amount follows it ("from 44.2 billion"; not "from Norway ... were X")
    for cue in rules.BASE_BEFORE_PERIOD.finditer(text, max(0, local - 80), local):
        i = bisect_left(amounts, cue.end(), key=START)
        if (
            i < len(amounts)
            and amounts[i].start < local
            and rules.BASE_HEDGE.fullmatch(text, cue.end(), amounts[i].start)
        ):
            return True
    return False


def _dates_a_base(text: str, local: int, amounts: tuple[Amount, ...]) -> bool:
    """The period at ``local`` follows a comparison base's amount right after its cue
    ("from $2.27 billion in the year-earlier quarter"; not "from 4.3 billion in 1985, was
    projected to top 10 billion this year": another amount stands between)."""
    i = bisect_left(amounts, local, key=START) - 1
    if i < 0 or not rules.PERIOD_RIGHT_AFTER.fullmatch(text, amounts[i].end, local):
        return False
    at = amounts[i].start
    return any(
        rules.BASE_HEDGE.fullmatch(text, cue.end(), at)
        # (not a hedge: "rose by more than 70 pct in February")
        and not rules.MORE_BEFORE.search(text, max(0, cue.start() - 10), cue.start())
        for cue in rules.BASE_BEFORE_PERIOD.finditer(text, max(0, at - 40), at)
    )


def _amount_between(amounts: Sequence[Amount], start: int, end: int) -> bool:
    """Whether an amount (of ``amounts``, in text order) starts in ``[start, end)``."""
    i = bisect_left(amounts, start, key=START)
    return i < len(amounts) and amounts[i].start < end


def period_of(
    sent: Sentence,
    amount: Amount,
    periods: list[Mention],
    breaks: list[int],
    *,
    base: bool = False,
    others: tuple[Amount, ...] = (),
) -> Mention | None:
    """The nearest period of the amount's clause, else of its sentence; one behind a
    comparison cue ("... against 10.39 billion in December") belongs to that base."""
    if not periods:
        return None
    clause = bisect_right(breaks, amount.start)
    text = sent.text
    # the periods starting within ``NEAR`` of the amount (periods are in text order)
    lo = bisect_left(periods, sent.start + amount.start - NEAR, key=START)
    periods = periods[lo : bisect_left(periods, sent.start + amount.end + NEAR, lo=lo, key=START)]

    def distance(p: Mention) -> int:
        s, e = sent.local(p.start), sent.local(p.end)
        if e <= amount.start:  # before the amount: farther, and a comma makes it farther
            return 2 * (amount.start - e) + (80 if "," in text[e : amount.start] else 0)
        return s - amount.end

    def own(p: Mention) -> bool:
        s = sent.local(p.start)
        if s < amount.start and not base and _dates_a_base(text, s, others):
            # before it, a base's period is that base's ("whose revenue rose to $2.35
            # billion from $2.27 billion in the year-earlier quarter, had an operating
            # loss of $30 million")
            return False
        cue = rules.BASE_CUE.search(text, amount.end, s) if s >= amount.end else None
        # behind "against 10.39 billion", a period is that base's; "against the dollar
        # since 1985" has no base amount and the period stays the value's
        if cue is None:
            return True
        i = bisect_left(others, cue.end(), key=START)
        return not any(a.end <= s for a in others[i : bisect_left(others, s, lo=i, key=START)])

    periods = [p for p in periods if own(p)]
    same = [p for p in periods if bisect_right(breaks, sent.local(p.start)) == clause]
    if base:
        # A comparison base ("from 1.5 billion in January", "against $8.7 billion a month
        # earlier") has only the period that follows it in its clause.
        same = [p for p in same if sent.local(p.start) >= amount.end]
        return min(same, key=distance) if same else None
    if same:
        return min(same, key=distance)
    # another clause's period serves the sentence, unless it is a comparison base's
    # ("exports totalled X, up from Y in February, while imports totalled Z")
    wide = [p for p in periods if not behind_a_base(text, sent.local(p.start), others)]
    return min(wide, key=distance) if wide else None


def possessive_period(sent: Sentence, amount: Amount) -> Mention | None:
    """The period whose possessive the amount is ("up from last year's $2.34 billion",
    "last year's fully diluted $3.27 a share"; a comparison's without "'s": "the
    year-earlier $4.5 million"): that amount's period, not another's (a base cue before
    it may have kept it from the sentence's periods)."""
    at = sent.start + amount.start
    found = sent.of_kind("period")
    i = bisect_left(found, at, key=START)
    if not i or found[i - 1].end > at or (found[i - 1].value.start is None):
        return None
    period = found[i - 1]
    end = sent.local(period.end)
    if rules.POSSESSIVE_BEFORE_AMOUNT.fullmatch(sent.text, end, amount.start) or (
        rules.ATTRIBUTIVE_BEFORE_AMOUNT.fullmatch(sent.text, end, amount.start)
        and rules.EARLIER_PERIOD.search(period.text)
    ):
        return period
    return None


def usable_periods(sent: Sentence, amounts: list[Amount]) -> list[Mention]:
    found = sent.of_kind("period")
    return [
        p
        for i, p in enumerate(found)
        if not _is_base(sent, p, amounts)
        and (p.value.start or p.value.end)
        and not _is_maturity(sent, p)
        and not rules.PAYABLE_BEFORE.search(
            sent.text, max(0, sent.local(p.start) - 20), sent.local(p.start)
        )
        and not _dates_the_report(sent, p)
        and not (i and _closes_a_period(sent, p, found[i - 1]))
    ]


def _closes_a_period(sent: Sentence, period: Mention, before: Mention) -> bool:
    """The day is the last of the period just before it (``before``: "the quarter ended
    Sept. 30", "the year ending June 30"; a day of its last month: "the six months ended
    Aug. 12", read in months as the quarters are): part of that period's name, no period
    of its own."""
    day = period.value.end
    if day is None or period.value.start != day:
        return False
    local = sent.local(period.start)
    if not rules.ENDED_BEFORE.search(sent.text, max(0, local - 12), local):
        return False
    last = before.value.end
    return (
        before.end <= period.start
        and last is not None
        and (last.year, last.month) == (day.year, day.month)
        and last >= day
    )


def _dates_the_report(sent: Sentence, period: Mention) -> bool:
    """The period is the day the figures were told, not theirs ("the ministry said on
    Tuesday", "figures released on Friday showed"; not "reported third-quarter profit")."""
    if period.value.start is None or period.value.start != period.value.end:
        return False
    local = sent.local(period.start)
    return bool(rules.REPORTED_BEFORE.search(sent.text, max(0, local - 40), local))


def _is_maturity(sent: Sentence, period: Mention) -> bool:
    """The period is when securities fall due ("notes due 1997"), not the amount's."""
    local = sent.local(period.start)
    lo = max(0, local - 60)
    return not rules.absent(_lowered(sent), rules.MATURITY_CUES, lo, local) and bool(
        rules.MATURITY_BEFORE.search(sent.text, lo, local)
    )


def _lowered(sent: Sentence) -> str | None:
    """The sentence lower-cased where that keeps case-insensitive matches (for
    ``rules.absent``)."""
    return sent.lowered if lowers_simply(sent.text, sent.lowered) else None


class Interval(NamedTuple):
    """A period's value that no period mention holds (``months_to_date``)."""

    start: dt.date | None
    end: dt.date | None


def months_to_date(
    sent: Sentence, periods: list[Mention], running: Running | None
) -> list[Mention]:
    """``periods`` with the sentence's "for the nine months" (no end named) read as the
    months up to the end of the running period ("For the nine months, net was X" after
    the third quarter's figures: January to September), where no period mention already
    gives it a value; "the year-earlier nine months" is that a year before."""
    # (a fiscal period ends with a quarter: the running period is one, or longer)
    if running is None or not a_quarter_or_longer(running.period):
        return periods
    found = rules.MONTHS_TO_DATE.search(sent.text)
    if found is None:
        return periods
    start, end = sent.start + found.start(), sent.start + found.end()
    inside = [p for p in periods if p.start < end and p.end > start]
    if inside and not found.group(1) and all(p.value.start for p in inside):
        # (the periods room read it: "the first nine months" of a year; not as open:
        # "through the first nine months")
        return periods
    months = WORD_VALUES.get(found.group(2).lower()) or int(found.group(2))
    last = running.period[1]
    if found is None or last is None:
        return periods
    first = running.period[0]
    if first is not None and (last - first).days > 31 * months:
        # the running period is longer ("this year"): its first months
        end_month = first.year * 12 + first.month - 1 + months - 1  # (0-based)
        year, month = end_month // 12, end_month % 12 + 1
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
    first_month = last.year * 12 + last.month - months  # (months since year 0, 0-based)
    span = (dt.date(first_month // 12, first_month % 12 + 1, 1), last)
    if found.group(1):
        span = _year_before(span)
    text = found.group()
    mention = Mention(start, end, "period", text, Interval(*span), text)
    kept = [p for p in periods if p not in inside]
    return sorted([*kept, mention], key=START)


@dataclass
class Running:
    """What the story is about so far: the period and measure of its last dated figure,
    and the sentence that stated them (a later sentence refers back to them)."""

    period: tuple[dt.date | None, dt.date | None]
    measure: str
    sentence: int
    # the period is that of a company's results (a later result with none of its own is
    # of it, whatever other figures came between: "Net income includes a gain of $0.1
    # million. Revenue was $4.5 million.")
    results: bool = False


# A sentence this many sentences after the last dated figure still refers back to its
# period when it states none of its own (wires restate the period when it changes).
RUNNING_SENTENCES = 3


def looks_back(period: Mention | None, running: Running | None) -> bool:
    """A figure of a period named as an earlier one ("last year", "a year ago") that ends
    before the story's running period of a quarter or longer begins is a look back ("Last
    year, DSM had 71 million guilders of charges" in a story of third-quarter results):
    the story's period stays the running one.

    >>> q3 = Running((dt.date(1989, 7, 1), dt.date(1989, 9, 30)), "net_income", 0)
    >>> def said(text, start, end):
    ...     return Mention(0, len(text), "period", text, Interval(start, end), text)
    >>> looks_back(said("Last year", dt.date(1988, 1, 1), dt.date(1988, 12, 31)), q3)
    True
    >>> looks_back(said("in 1988", dt.date(1988, 1, 1), dt.date(1988, 12, 31)), q3)
    False
    """
    if period is None:
        return False
    span = (period.value.start, period.value.end)
    return (
        running is not None
        and bool(rules.EARLIER_PERIOD.search(period.text) or rules.LAST_YEAR.search(period.text))
        and span[1] is not None
        and running.period[0] is not None
        and span[1] < running.period[0]
        and a_quarter_or_longer(running.period)
    )


# A stock's price told with no day this many sentences after a price of a named day is
# that day's (``same_session``).
SESSION_SENTENCES = 2
# The rules that read a day's trading: a close, the change after it.
_SESSION_RULES = frozenset(("fact.closing_price", "fact.closing_change", "fact.stock_trading"))


def same_session(
    found: list[Fact], session: tuple[dt.date, int] | None, i: int
) -> tuple[list[Fact], tuple[dt.date, int] | None]:
    """The sentence's facts (``found``, of sentence ``i``) with a stock's moves that name
    no day dated by the trading day of a price a sentence or two before (``session``: that
    day and its sentence): stories tell one session's closes in a row ("Williams shares
    closed yesterday at $23.25" ... "Primerica closed at $28.25, down 50 cents"); and the
    session they leave for the next sentence."""
    prices = [f for f in found if f.measure == "share_price"]
    if not prices:
        return found, session
    days = [f.start for f in prices if f.start is not None and f.start == f.end]
    if days:
        return found, (days[0], i)
    if (
        session is None
        or i - session[1] > SESSION_SENTENCES
        or any(f.start or f.end for f in prices)
        or not any(f.kind == "change" or f.rule in _SESSION_RULES for f in prices)
    ):
        return found, session
    day = session[0]
    dated = [
        f.model_copy(update={"start": day, "end": day}) if f.measure == "share_price" else f
        for f in found
    ]
    return dated, (day, i)


def period_span(
    text: str,
    amount: Amount,
    phrase: tuple[int, int, str],
    period: Mention | None,
    running: Running | None,
    *,
    base: bool,
    own: tuple[dt.date | None, dt.date | None] | None = None,
    refers_back: bool = False,
    results: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """The period of one value: its own (clause, then sentence), else the story's running
    period where the sentence refers back to it. A comparison "a year earlier" is the
    running period a year before; "March exports" is March of the running period's year.
    A company's results (``results``) for a quarter or longer are compared with the same
    period a year earlier, so their base with no period of its own is that period
    ("net rose to $5 million from $4 million" in the third quarter).
    """
    month = rules.MONTH_BEFORE.search(text, max(0, phrase[0] - 12), phrase[0])
    if period is not None:
        if rules.YEAR_BEFORE.fullmatch(period.text) or (
            # "up from last year's $2.34 billion" in third-quarter results: last year's
            # third quarter
            results and rules.LAST_YEAR.fullmatch(period.text) and _within_a_year(own, running)
        ):
            # "from 1.20 billion a year earlier": the sentence's own period a year before
            anchor = own or (running.period if running else None)
            if anchor is not None:
                return _year_before(anchor)
        start, end = period.value.start, period.value.end
        if month and start and end and (start.month, start.day, end.month) == (1, 1, 12):
            return _month(start.year, month.group(1))  # "the January surplus last year"
        return start, end
    if base:
        anchor = own or (running.period if running else None)
        if rules.YEAR_BEFORE_AFTER.match(text, amount.end) or (
            results and anchor is not None and a_quarter_or_longer(anchor)
        ):
            return _year_before(anchor) if anchor else (None, None)
    if running is None or base or not refers_back:
        return None, None  # (a base: "from 10.12 billion" does not say its period)
    if month and running.period[0] is not None:
        return _month(running.period[0].year, month.group(1))
    return running.period


def _within_a_year(
    own: tuple[dt.date | None, dt.date | None] | None, running: Running | None
) -> bool:
    """The sentence's own period (else the running one) is a quarter or longer but
    shorter than a year."""
    anchor = own or (running.period if running else None)
    return (
        anchor is not None
        and a_quarter_or_longer(anchor)
        and anchor[0] is not None
        and anchor[1] is not None
        and (anchor[1] - anchor[0]).days < 360
    )


def a_quarter_or_longer(span: tuple[dt.date | None, dt.date | None]) -> bool:
    """A closed period of about three months or more (a month's figures are compared
    with the month before as often as with the year before).

    >>> a_quarter_or_longer((dt.date(1989, 7, 1), dt.date(1989, 9, 30)))
    True
    >>> a_quarter_or_longer((dt.date(1989, 9, 1), dt.date(1989, 9, 30)))
    False
    """
    start, end = span
    return start is not None and end is not None and (end - start).days >= 85


def _month(year: int, name: str) -> tuple[dt.date, dt.date]:
    number = _MONTH_NUMBERS[name.lower()]
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def _year_before(
    span: tuple[dt.date | None, dt.date | None],
) -> tuple[dt.date | None, dt.date | None]:
    """The same period a year earlier.

    >>> _year_before((dt.date(1987, 2, 1), dt.date(1987, 2, 28)))
    (datetime.date(1986, 2, 1), datetime.date(1986, 2, 28))
    """

    def back(day: dt.date | None) -> dt.date | None:
        if day is None:
            return None
        last = calendar.monthrange(day.year - 1, day.month)[1]
        return day.replace(year=day.year - 1, day=min(day.day, last))

    return back(span[0]), back(span[1])


def continues_a_period(text: str) -> bool:
    """The sentence goes on about the previous one's period ("In the same period ...")."""
    return bool(rules.CONTINUATION.match(text) or rules.SAME_PERIOD.search(text))
