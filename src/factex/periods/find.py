"""Finding periods: the rules tried at the words they can start with, the longest
matches kept, each widened by a part modifier and an open-ended preposition, then
resolved in text order.

``find_periods`` cuts the lowercased text into words (``patterns.WORD``) and tries,
at each, the rules whose ``first_words`` hold it: a plain dict from word to rules,
built from the rules themselves, so a new rule needs no other table. Of overlapping
matches the longest wins, then the earlier rule; a dateline or a ``skip`` range is no
period.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, compress

from factex.article import is_dateline
from factex.models import Period
from factex.patterns import WORD, NotDerivable, longest_first, next_words, word_key
from factex.periods import grammar
from factex.periods import normalize as nz
from factex.periods.context import RECALL_WINDOW, before_done_noun
from factex.periods.grammar import FISCAL_WORD, MON, Rule
from factex.periods.lexicon import (
    COMPARISON_WORDS,
    FULL_WEEKDAYS,
    MONTHS,
    NUMBER_WORDS,
    OPEN_AFTER,
    OPEN_END,
    OPEN_FROM,
    OPEN_START,
    PART_MODIFIERS,
)
from factex.periods.open_from import opens_from
from factex.periods.parts import Kind, Parts
from factex.periods.relative import is_day
from factex.periods.resolve import ResolutionContext, resolve
from factex.periods.tense import cue_pattern

# Modifiers and prepositions that widen a found expression leftwards.
_PART_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?(?P<p1>early|mid|late|earlier|later)[-\s]+"
    r"|\b(?:the\s+)?(?P<p2>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?"
    # the wires' "end-1987", "end-December 1986", "at end 1987"
    r"|\b(?P<p3>end|start)-|(?:(?<=\bat\s)|(?<=\bby\s))(?P<p4>end)\s)$",
    re.I,
)
# Every match of _PART_BEFORE starts at "the" or at a part modifier (its words are the
# keys of PART_MODIFIERS, which reads them): a search for those alone, opened by a class
# the engine scans for, rules most windows out at a fraction of the cost.
_PART_WORD = cue_pattern(["the", *PART_MODIFIERS], "")
_OPEN_BEFORE = re.compile(
    rf"\b(?P<w>{longest_first(OPEN_START + OPEN_END + OPEN_AFTER + (OPEN_FROM,))})\s+(?:the\s+)?$",
    re.I,
)
_THE_END = re.compile(r"\bthe\s+$", re.I)
_THE_START = re.compile(r"the\s", re.I)
_FROM_CUE = re.compile(r"\b(?:as|effect|effective|starting|beginning)\s+$", re.I)
_ONWARDS = re.compile(r"\s+(?:on|onwards?)\b(?!\s+(?:the|a|an|its|their|his|her)\b)", re.I)
# What "after" and "beyond" open from: a year, a month or a day ("beyond 2009",
# "after 1st September 2002"), not a quarter or a range.
_POINT_TIMEX = re.compile(r"(?:\d{4}|XXXX)(?:-\d\d){0,2}")
# "fiscal year ends June 30", "fiscal year beginning in October": the fiscal calendar.
_FISCAL_DEF = re.compile(
    rf"(?:{FISCAL_WORD}\s+)?year,?\s+(?:that\s+|which\s+)?"
    rf"(?P<verb>ends?|ended|ending|closes|closed|begins?|began|beginning|starts?|started)"
    rf"\s+(?:on\s+|in\s+)?{MON('fm')}",
    re.I,
)
# Opens with a class, not a case-insensitive "y" (which the engine cannot scan for):
# same matches as the whole pattern under re.I.
_YEAR_WORD = re.compile(r"[yY](?i:ear,?\s+(?:that\s+|which\s+)?(?:end|clos|begin|began|start))")
_NAME_WORD = re.compile(
    rf"\b(?:{longest_first([*(w for w in MONTHS if len(w) > 3), *FULL_WEEKDAYS])})\b"
)
_OPEN_QUOTE = re.compile(r"[\"“]")
_CLOSE_QUOTE = re.compile(r"[,.]?[\"”]")
# A comparison base: a comparison word before an amount ("from 582 mln in January",
# "against a 12.4 pct decline in") or right before the period ("compared with the
# previous quarter", "from the October/December quarter", "less than in February
# 1986"; a bare "from August 6" starts a range); not "withdrawing troops from Iranian
# territory on Friday"; not across a sentence end ("against 2.25 billion. The February
# surplus"), nor after an amount's qualifier ("more than 51 billion dlrs on March 4").
_COMPARED = re.compile(
    r"\b(?:(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)(?<!\bother\s)"
    rf"(?:{longest_first(COMPARISON_WORDS)})\s+(?:[^\s;]+\s+){{0,4}}?[^\s;]*\d[^\s;]*"
    r"(?<![.!?])\s+(?:[^\s;]+(?<![.!?])\s+){0,3}?(?:in|on|of|for)?\s*"
    rf"|(?:{longest_first(c for c in COMPARISON_WORDS if c not in ('from', 'after'))})\s+"
    r"(?:(?:in|on|during)\s+)?(?:the\s+)?|(?:from|after)\s+the\s+)$",
    re.I,
)
# The next item of a list of comparison bases: "from 4.77 billion a year earlier and 5.70
# billion in January", "against 1.60 billion a year earlier and a 1.44 billion dlr surplus
# in January", "compared with 118.6 mln at the end of April and 141.3 mln at the end of
# May 1986": the comparison word governs every amount of the list.
_NEXT_BASE = re.compile(
    r",?\s+(?:and|or)\s+(?:from\s+)?(?:an?\s+)?"
    rf"(?:[^\s;,.]*\d[^\s;,]*|{longest_first(w for w in NUMBER_WORDS if len(w) > 2)})"
    r"(?:\s+[^\s;,.]+){0,3}?"
    r"\s+(?:in|on|for|during|at|of)\s+(?:the\s+)?",
    re.I,
)
# Every match of _COMPARED starts at one of its words: a search for them alone (opened
# by a class the engine scans for) rules most windows out at a fraction of the cost.
_COMPARISON_WORD = cue_pattern(COMPARISON_WORDS, "")
# A change "on" a period: "up 2.6% on 2003", "down 3 pct on the year before" (the base)
_ON_BASE = re.compile(r"(?:%|\bpct|\bper\s*cent|\bpercent)\s+on\s+(?:the\s+)?$", re.I)
_BETWEEN_NOW = re.compile(r"\b[Bb]etween\s+now\s+and\s+$")
_GENERIC_VERBS = ("end", "ends", "closes", "begin", "begins", "start", "starts")
_POSSESSIVE = re.compile(r"['’]s\b")
_UNTIL = frozenset({"until", "till", "by"})
_BY = re.compile(r"by\s+", re.I)
# Kinds a part modifier ("early", "the end of") can cut; "mid- Friday" is not one.
_PARTABLE = frozenset(
    {"year", "month", "deictic", "decade", "quarter", "half", "season", "deictic_month"}
)


@dataclass
class Match:
    """A kept match: where it is, which rule, and its parts."""

    start: int
    end: int
    order: int
    rule: str
    parts: Parts


_Entry = tuple[int, Rule]  # a rule and its order in the list


@functools.cache
def _by_first_word(
    rules: tuple[Rule, ...],
) -> dict[str, tuple[dict[str | None, list[_Entry]], list[_Entry]]]:
    """Each first word -> the rules that can start there: by the word that follows it
    (``patterns.next_words``), and those tried whatever follows (the pattern cannot say)."""
    index: dict[str, tuple[dict[str | None, list[_Entry]], list[_Entry]]] = {}
    for order, rule in enumerate(rules):
        for word in rule.first_words:
            try:
                following = next_words(rule.pattern, word)
            except NotDerivable:
                following = None
            by_next, anywhere = index.setdefault(word, ({}, []))
            if following is None:
                anywhere.append((order, rule))
                for entries in by_next.values():
                    entries.append((order, rule))
            else:
                for nxt in following:
                    by_next.setdefault(nxt, list(anywhere)).append((order, rule))
    return index


# ``patterns.WORD`` as a group: ``split`` keeps the words, between the gaps.
_WORD_SPLIT = re.compile(f"({WORD.pattern})")


@functools.cache
def _first_keys(rules: tuple[Rule, ...]) -> dict[str, str]:
    """Each word (as ``WORD`` cuts it) that a rule can start with -> its index key: the
    first words themselves, and every ASCII digit run a number key stands for."""
    keyed: dict[str, str] = {}
    for key in _by_first_word(rules):
        if key == "#n":
            keyed.update((str(n), key) for n in range(10))
            keyed.update((f"{n:02}", key) for n in range(100))
        elif key == "#4":
            keyed.update((f"{n:04}", key) for n in range(10000))
        else:
            keyed[key] = key
    return keyed


def _capitalized_names(text: str) -> str:
    """``text`` with month and weekday names capitalized, for a wire set all in lower
    case ("chile's trade surplus narrowed ... in february"); same length, same offsets."""
    return _NAME_WORD.sub(lambda m: m.group().capitalize(), text)


def _prepared(text: str) -> tuple[str, str]:
    """The text the rules match, and the same lowercased, offset for offset."""
    if len(text) > 200 and text.islower():  # no capital at all: an all-lower-case wire
        text = _capitalized_names(text)
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lowercase to two ("İ"): keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return text, lower


def _candidates(text: str, lower: str) -> list[Match]:
    """Every rule's matches, tried only at the words a rule can start with (``text`` and
    ``lower`` as ``_prepared`` gives them)."""
    rules = grammar.RULES  # read at each call: a rule added is a rule used
    index, keyed = _by_first_word(rules), _first_keys(rules)
    # The text cut into words in C: gaps and words alternate, so a word's offset is the
    # length of all that comes before it; only the words that start a rule reach Python.
    parts = _WORD_SPLIT.split(lower)
    words = parts[1::2]
    keys = list(map(keyed.get, words))
    if not lower.isascii() and not all(map(str.isascii, words)):
        for i, word in enumerate(words):  # a run of other digits ("٢٠١٩"): as word_key says
            if not word.isascii() and (key := word_key(word)) in index:
                keys[i] = key
    offsets = list(accumulate(map(len, parts)))  # offsets[2 * i]: where word i starts
    last = len(words) - 1
    found: list[Match] = []  # in any order: _longest_first sorts them
    for i in compress(range(len(words)), keys):
        by_next, anywhere = index[keys[i]]
        following = word_key(words[i + 1]) if i < last else ""  # (no word after the last)
        start = offsets[2 * i]
        for order, rule in by_next.get(following, anywhere):
            m = rule.pattern.match(text, start)
            if m is None:
                continue
            try:
                read = rule.parse(m)
            except (ValueError, KeyError, IndexError, OverflowError):  # a rule that does not fit
                continue
            if read:
                found.append(Match(m.start(), m.end(), order, rule.id, read))
    return found


def _longest_first(found: list[Match], size: int) -> list[Match]:
    """Non-overlapping matches, longest first, then by rule order; in text order.

    Taken characters are marked in a bytearray, so the pass is linear in the text and
    the candidates' lengths (a sorted list with inserts would be quadratic).
    """
    taken = bytearray(size)
    kept: list[Match] = []
    for cand in sorted(found, key=lambda c: (c.start - c.end, c.order, c.start)):
        if taken.find(1, cand.start, cand.end) >= 0:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


def _widen(text: str, match: Match, floor: int) -> tuple[int, str | None, str | None]:
    """Start offset after taking a part modifier and an open-ended word before ``match``."""
    start, part, open_word = match.start, None, None
    lo = max(floor, start - 30)
    if _PART_WORD.search(text, lo, start) and (m := _PART_BEFORE.search(text, lo, start)):
        part = PART_MODIFIERS[(m["p1"] or m["p2"] or m["p3"] or m["p4"]).lower()]
        start = m.start()
    m = _OPEN_BEFORE.search(text, max(floor, start - 12), start)
    # not "set by last year's law", "laid down by the Feb. 23 accord": an agent's "by"
    word = m["w"].lower() if m else ""
    if m and not (
        (word == "by" and (_POSSESSIVE.match(text, match.end) or before_done_noun(text, match.end)))
        # not "after May's fall", "after the 11 September attacks": the point names a thing
        or (
            word in OPEN_AFTER
            and (
                _POSSESSIVE.match(text, match.end)
                or _THE_END.search(m[0])
                or _THE_START.match(text, start)
            )
        )
        or (
            word == OPEN_FROM
            and not _ONWARDS.match(text, match.end)
            and not _FROM_CUE.search(text, max(floor, m.start() - 16), m.start())
        )
    ):
        open_word = m["w"].lower()
        start = m.start()
    elif (
        m is None
        and text.find("now", max(floor, start - 9), start) != -1  # a word test first
        and (now := _BETWEEN_NOW.search(text, max(floor, start - 20), start))
    ):
        open_word, start = "until", now.start()  # "between now and 2007": ../2007 (GUIDELINES)
    return start, part, open_word


_YEAR_VALUE = re.compile(r"[\dX]{4}")


def _next_point(timex: str) -> str:
    """The year, month or day after a point's timex ("2009" -> "2010", "XXXX-12" ->
    "XXXX-01"; an unknown year stays unknown)."""
    year, *rest = timex.split("-")
    if not rest:
        return str(int(year) + 1) if year.isdigit() else year
    if len(rest) == 1:
        month = int(rest[0]) % 12 + 1
        if year.isdigit():
            year = str(int(year) + (month == 1))
        return f"{year}-{month:02d}"
    if year.isdigit():
        return (dt.date(int(year), int(rest[0]), int(rest[1])) + dt.timedelta(days=1)).isoformat()
    day = dt.date(2001, int(rest[0]), int(rest[1])) + dt.timedelta(days=1)  # a common year
    return f"XXXX-{day.month:02d}-{day.day:02d}"


def _year_part_timex(timex: str, part: str, lo: dt.date | None, hi: dt.date | None) -> str:
    """ "the end of the year" is its last month, "the beginning of the year" its first
    (gold/GUIDELINES.md): the value names that month ("2022-12"; "XXXX-12" with no date)."""
    if lo is None or hi is None:
        return f"{timex}-{1 if part == 'start' else 12:02d}"
    if (lo.year, lo.month) != (hi.year, hi.month):
        return timex
    return f"{lo.year}-{lo.month:02d}"


def _is_title(text: str, start: int, end: int) -> bool:
    """A capitalized time expression that is a whole quotation names a programme or a
    work ('ABC News\' "This Week," said'), not a period."""
    return (
        text[start : start + 1].isupper()
        and _OPEN_QUOTE.fullmatch(text, max(0, start - 1), start) is not None
        and _CLOSE_QUOTE.match(text, end) is not None
    )


def _memory_kind(parts: Parts) -> Kind:
    """The kind anaphora look for: "last month" is a month, "six months ago" too."""
    kind = parts["kind"]
    if kind == "anaphor":  # "the quarter"
        return {"quarter": "quarter"}.get(parts["unit"], kind)
    if kind == "same_period" and parts.get("year"):  # "the 1989 period": the one reported
        return "quarter" if parts["unit"] == "quarter" else "months_to"
    if kind in ("deictic", "ago"):
        return {"month": "deictic_month", "quarter": "quarter"}.get(parts["unit"], kind)
    return kind


def _names_year(parts: Parts) -> bool:
    """True for a sub-year period that said its year outright ("May 2019", "Q4 1986").

    A bare year ("approved in 1987") is left out: it dates a different event of the
    sentence more often than it sets the year of the next yearless date.
    """
    yref = parts.get("yref")
    return bool(yref) and yref[0] in ("abs", "fiscal", "split") and parts["kind"] != "month_range"


def _fiscal_year_end(quarter: int, month: int) -> int:
    """The month a fiscal year ends in when its quarter ``quarter`` ends in ``month``."""
    return (month - 1 + 3 * (4 - quarter)) % 12 + 1


def _quarter_calendar(matches: list[Match]) -> int:
    """The month the fiscal year ends in, read off a numbered quarter and the month it
    ends with: "its fourth quarter ended Sept. 30" (a year ending in September), or a
    fiscal quarter and the quarter the passage says ended ("earnings soared in the
    fiscal first quarter ... For the quarter ended Sept. 30": a year ending in June).
    12 (the calendar) when the text says neither."""
    fiscal: Match | None = None
    for match in matches:
        parts = match.parts
        if parts["kind"] == "quarter" and parts.get("fiscal") and fiscal is None:
            fiscal = match
        if parts["kind"] != "months_to" or parts["count"] != 3 or parts.get("unit") != "quarter":
            continue
        if "quarter" in parts:
            return _fiscal_year_end(parts["quarter"], parts["month"])
        if fiscal is not None and match.start - fiscal.end < RECALL_WINDOW:
            return _fiscal_year_end(fiscal.parts["quarter"], parts["month"])
    return 12


def _fiscal_calendar(
    text: str, lower: str, matches: list[Match]
) -> tuple[int, tuple[int, int] | None]:
    """The month the text's fiscal year ends in (12 if it never says), and where it says
    so as a rule ("the fiscal year ends June 30"). A named year with its boundary
    ("fiscal 1985/86 ended March", "the year beginning April 1") sets it too; of
    several, the one said most often."""
    m = _FISCAL_DEF.search(text) if _says_year_bound(text, lower) else None
    if m is None:
        ends = [
            month if match.parts["ends"] else (month - 2) % 12 + 1
            for match in matches
            if match.parts["kind"] == "year_defined" and (month := match.parts["month"])
        ] + [  # "the fiscal year to the end of March 1988": a fiscal year ending in March
            match.parts["month"] for match in matches if _fiscal_year_to(text, match)
        ]  # the definition the article gives most often, the first on a tie
        return (max(ends, key=ends.count) if ends else _quarter_calendar(matches)), None
    month = MONTHS[m["fm"].rstrip(".").lower()]
    end = month if m["verb"].lower().startswith(("end", "clos")) else (month - 2) % 12 + 1
    # "the fiscal year ends June 30" is a rule, not a period; "the year ended March 31"
    # names one, and period.year_defined reads it.
    generic = m["verb"].lower() in _GENERIC_VERBS
    return end, (m.start("fm"), m.end() + 4) if generic else None


_FISCAL_NAMED = re.compile(rf"\b{FISCAL_WORD}\s+year\b", re.I)


def _fiscal_year_to(text: str, match: Match) -> bool:
    """Whether ``match`` is a fiscal year named by its last month ("the fiscal year to
    March 1988", "the financial year to end-March")."""
    parts = match.parts
    return (
        parts["kind"] == "months_to"
        and parts["count"] == 12
        and parts.get("unit") == "year"
        and _FISCAL_NAMED.search(text, match.start, match.end) is not None
    )


def _says_year_bound(text: str, lower: str) -> bool:
    """Whether ``_YEAR_WORD`` matches: tried at each "year" of the lowercased text, found
    in C, rather than at every "y" of the text."""
    at = lower.find("year")
    while at >= 0:
        if _YEAR_WORD.match(text, at):
            return True
        at = lower.find("year", at + 1)
    return False


# Between "a year earlier" and the period it compares: "from a year earlier in the first
# 20 days of February", "up 5 pct from a year ago in March".
_IN_GAP = re.compile(r"\s+(?:in|during|for)\s+", re.I)


def _base_ahead(text: str, matches: list[Match], i: int, ctx: ResolutionContext) -> Period | None:
    """The period "a year earlier" compares, when it is named right after it ("from a
    year earlier in the first 20 days of February"): resolved ahead of its turn."""
    match = matches[i]
    if match.parts["kind"] != "year_back" or i + 1 == len(matches):
        return None
    ahead = matches[i + 1]
    if not _IN_GAP.fullmatch(text, match.end, ahead.start):
        return None
    end, compared = ctx.end, ctx.compared_now
    ctx.end, ctx.compared_now = ahead.end, False
    try:
        resolved = resolve(ahead.parts, ctx, ahead.start)
    except (ValueError, KeyError, OverflowError):
        resolved = None
    finally:
        ctx.end, ctx.compared_now = end, compared
    if resolved is None or resolved[0] is None or resolved[1] is None:
        return None
    lo, hi, timex = resolved
    span = (ahead.start, ahead.end)
    return Period(text=text[span[0] : span[1]], span=span, start=lo, end=hi, timex=timex)


def find_periods(
    text: str, *, published: dt.date | None, skip: Iterable[tuple[int, int]] = ()
) -> list[Period]:
    """Every calendar time expression in ``text``, resolved against ``published``.

    ``skip`` ranges (datelines, boilerplate) are neither reported nor used as the
    period that "the same period last year" refers to.

    >>> [(p.text, str(p.start), str(p.end)) for p in find_periods(
    ...     "Trade rose in January-July this year.", published=dt.date(2019, 8, 16))]
    [('January-July this year', '2019-01-01', '2019-07-31')]
    """
    skips = list(skip)
    rules_text, lower = _prepared(text)
    matches = _longest_first(_candidates(rules_text, lower), len(text))
    fiscal_end, definition = _fiscal_calendar(text, lower, matches)
    if definition:  # "the fiscal year ends June 30" names no period
        skips.append(definition)
    ctx = ResolutionContext(text, published, fiscal_end=fiscal_end)
    out: list[Period] = []
    prev_end, prev_compared = 0, False
    for i, match in enumerate(matches):
        floor = prev_end
        start, part, open_word = _widen(text, match, prev_end)
        prev_end = match.end
        if any(s < match.end and start < e for s, e in skips):
            continue
        part = part or match.parts.get("part")
        if open_word == "by" and part:  # "by the end of the year": the deadline is that part,
            open_word = None  # and the span is "the end of the year" (gold/GUIDELINES.md)
            start = _BY.match(text, start).end()  # type: ignore[union-attr]
        if is_dateline(text, start, match.end) or _is_title(text, start, match.end):
            continue
        ctx.override = (
            "past" if open_word in OPEN_START else "future" if open_word in _UNTIL else None
        )
        ctx.end = match.end
        lo, near = max(floor, start - 60), max(floor, start - 8)
        compared = (
            bool(_COMPARISON_WORD.search(text, lo, start) and _COMPARED.search(text, lo, start))
            or (prev_compared and _NEXT_BASE.fullmatch(text, floor, start) is not None)
            or (
                text.find("on", near, start) != -1  # a word test first
                and _ON_BASE.search(text, max(floor, start - 16), start) is not None
            )
        )
        prev_compared = compared
        ctx.compared_now = compared
        if (
            open_word is None
            and not part
            and not compared
            and text.find("rom", near, start) != -1  # a word test first
        ):
            opened = opens_from(text, match.parts, start, match.end, floor, ctx.tense)
            if opened is not None:
                open_word, start = OPEN_FROM, opened
        ctx.ahead = _base_ahead(text, matches, i, ctx)
        try:
            resolved = resolve(match.parts, ctx, match.start)
        except (ValueError, KeyError, OverflowError):
            resolved = None
        ctx.ahead = None
        if resolved is None:
            continue
        lo, hi, timex = resolved
        if open_word in OPEN_AFTER and not (timex and _POINT_TIMEX.fullmatch(timex)):
            open_word, start = None, match.start  # "after the first quarter": as before
        if part and lo is not None and hi is not None and match.parts["kind"] in _PARTABLE:
            lo, hi = nz.part_of((lo, hi), part)
        if part in ("start", "end") and timex and _YEAR_VALUE.fullmatch(timex):
            timex = _year_part_timex(timex, part, lo, hi)
        period = Period(
            text=text[start : match.end],
            span=(start, match.end),
            start=lo,
            end=hi,
            timex=timex,
            rule=match.rule,
        )
        if lo is not None and not open_word and match.parts["kind"] != "reporting":
            ctx.remember(period, _memory_kind(match.parts), compared=compared)
        elif lo is None and hi is None and timex and not open_word:
            ctx.remember_yearless(period)
        if lo is not None and _names_year(match.parts) and not compared:
            ctx.focus = (lo.year, match.end)  # not a comparison base's: "from X in May 1986"
        if not open_word and is_day(period):
            ctx.last_day = period
        if published is None and lo is not None and _names_year(match.parts) and not compared:
            # "the final three months of 2004": a part of a year with its year (a bare
            # year dates other things too: "the 2006 World Cup", "founded in 1999")
            ctx.held = None if open_word else period
        # An open interval keeps the near end of a range: "since 1998/9" is 1998-04/..
        if open_word in OPEN_START or open_word == OPEN_FROM:
            period.end, period.timex = None, f"{timex.split('/')[0]}/.." if timex else None
        elif open_word in OPEN_AFTER:
            period.start = None if hi is None else hi + dt.timedelta(days=1)
            period.end, period.timex = None, f"{_next_point(timex)}/.."  # type: ignore[arg-type]
        elif open_word in OPEN_END:
            period.start, period.timex = None, f"../{timex.split('/')[-1]}" if timex else None
        out.append(period)
    return out
