"""The periods grammar: patterns with stable rule ids, and the pass that resolves them.

``find_periods`` runs every rule's compiled pattern over the text, keeps the longest
non-overlapping matches, widens each by a part modifier ("early", "the end of") and an
open-ended preposition ("since", "until"), then resolves them in text order against
the publication date. The pass is stateful: "the same period last year" and "the
reporting period" refer to the period named just before them, and "a year earlier"
after a quarter means that quarter a year back.

A rule's ``parse`` turns a match into parts (a small dict) or ``None`` when the text
only looks like a date ("$2021", "2021 tractors"); ``resolve`` turns parts into an
interval and a TIMEX3 value with the pure functions of ``normalize``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from factex.models import Period
from factex.patterns import hits, longest_first, trie_alternation, word_scanner
from factex.periods import normalize as nz
from factex.periods.lexicon import (
    COUNT_NOUNS,
    DECADE_WORDS,
    DEICTIC_SHIFT,
    FULL_WEEKDAYS,
    FUTURE_CUES,
    MONTHS,
    NUMBER_WORDS,
    OPEN_END,
    OPEN_START,
    ORDINALS,
    PART_MODIFIERS,
    PAST_CUES,
    SEASONS,
    WEEKDAYS,
    YEAR_CENTURIES,
    YEAR_LEFT_CUES,
    YEAR_RIGHT_OK,
    YEAR_TEENS,
    YEAR_TENS,
    YEAR_UNITS,
)

Parts = dict[str, Any]


# --- building blocks -------------------------------------------------------------------


def _cased(words: Iterable[str]) -> list[str]:
    """Capitalized and upper-case forms: month names are proper nouns ("may" is a verb)."""
    return [form for w in words for form in (w.capitalize(), w.upper())]


_FULL_MONTHS = [
    w for w, n in MONTHS.items() if len(w) > 3 and w not in ("sept", "june", "july")
] + ["may", "june", "july"]
_MONTH_FULL = trie_alternation(_cased(_FULL_MONTHS))
_MONTH_ABBR = trie_alternation(_cased(w for w in MONTHS if w not in _FULL_MONTHS))
_MONTH = f"{_MONTH_FULL}|{_MONTH_ABBR}"
_WEEKDAY = trie_alternation(_cased(FULL_WEEKDAYS))
_ORD = trie_alternation(ORDINALS)
_NUMWORD = trie_alternation(NUMBER_WORDS)
_SEASON = trie_alternation(SEASONS)
_DASH = r"(?:-|–|—)"


def MON(name: str) -> str:
    """A month name or abbreviation, e.g. "September", "Sept.", "SEP"."""
    return rf"\b(?P<{name}>(?:{_MONTH_FULL})(?![A-Za-z])|(?:{_MONTH_ABBR})(?:\.|(?![A-Za-z])))"


def DAY(name: str) -> str:
    """A day of the month: "5", "05", "5th"."""
    return rf"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\dA-Za-z])"


def YEAR(name: str) -> str:
    """A four-digit year, not part of a larger number or an amount ("$2021", "2,021")."""
    return rf"(?<![\d$€£¥#])(?<!\d[,.])(?P<{name}>1[6-9]\d\d|20\d\d)(?![\d]|[.,]\d|\s?%)"


_SPOKEN = (
    rf"(?:{trie_alternation(YEAR_CENTURIES)})[\s-]+(?:(?:{trie_alternation(YEAR_TENS)})(?:[\s-](?:{trie_alternation(YEAR_UNITS)}))?"
    rf"|{trie_alternation(YEAR_TEENS)}|oh[\s-]+(?:{trie_alternation(YEAR_UNITS)})|hundred)"
    rf"|two[\s-]+thousand(?:[\s-]+(?:and[\s-]+)?(?:{trie_alternation(YEAR_TEENS)}|{trie_alternation(YEAR_UNITS)}))?"
)


def SPOKEN(name: str) -> str:
    """A spoken year: "nineteen ninety-six", "two thousand and five"."""
    return rf"\b(?P<{name}>(?i:{_SPOKEN}))\b(?![-\s]+(?:hundred|thousand|million|percent)\b)"


def YREF(s: str) -> str:
    """A year as said after a month or quarter: "2019", "of 2019", "this year", "fiscal 1990"."""
    return (
        rf"(?:(?:of\s+|in\s+)?(?P<fy{s}>fiscal\s+(?:year\s+)?|FY\s?)?{YEAR('yr' + s)}"
        rf"|(?:of\s+)?(?P<ydei{s}>this|last|next|the\s+(?:current|previous|preceding|following|same|prior))\s+year\b"
        rf"|(?P<ythe{s}>of\s+the\s+year\b)"
        rf"|(?:of\s+)?{SPOKEN('ysp' + s)})"
    )


# --- parse: match -> parts --------------------------------------------------------------


def _month(m: re.Match[str], name: str) -> int:
    return MONTHS[m.group(name).rstrip(".").lower()]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word) or ORDINALS[word]


def _yref(m: re.Match[str], s: str = "") -> tuple[str, int] | None:
    """("abs", 2019), ("dei", -1) for "last year", ("ana", -1) for "the previous year"."""
    groups = m.groupdict()
    if groups.get("yr" + s):
        return ("fiscal" if groups.get("fy" + s) else "abs", int(groups["yr" + s]))
    if dei := groups.get("ydei" + s):
        word = dei.split()[-1].lower()
        if word == "same":
            return ("ana", 0)
        shift = DEICTIC_SHIFT[word]
        return ("ana" if dei.lower().startswith("the") and shift else "dei", shift)
    if groups.get("ythe" + s):
        return ("dei", 0)
    if spoken := groups.get("ysp" + s):
        year = nz.spoken_year(spoken)
        return None if year is None else ("abs", year)
    return None


def p_date(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    month = int(g["mo"]) if g.get("mo") else _month(m, "m1")
    return {"kind": "date", "yref": _yref(m), "month": month, "day": int(g["d1"])}


def p_day_range(m: re.Match[str]) -> Parts | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d1 >= d2:
        return None
    return {"kind": "day_range", "yref": _yref(m), "month": _month(m, "m1"), "d1": d1, "d2": d2}


def p_month_range(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    conn = g["conn"].strip().lower()
    pre = (g.get("pre") or "").lower()
    if (conn == "and") != (pre == "between"):
        return None
    first, last = _month(m, "m1"), _month(m, "m2")
    y1 = int(g["y1"]) if g.get("y1") else None
    yref = _yref(m)
    return {"kind": "month_range", "yref": yref, "y1": y1, "m1": first, "m2": last}


def p_date_range(m: re.Match[str]) -> Parts | None:
    """ "from May 5 to June 3, 2019": a range of days across months."""
    conn = m["conn"].strip().lower()
    if (conn == "and") != ((m["pre"] or "").lower() == "between"):
        return None
    return {
        "kind": "date_range",
        "yref": _yref(m),
        "y1": int(m["y1"]) if m["y1"] else None,
        "m1": _month(m, "m1"),
        "d1": int(m["d1"]),
        "m2": _month(m, "m2"),
        "d2": int(m["d2"]),
    }


def p_month_year(m: re.Match[str]) -> Parts | None:
    return {"kind": "month", "yref": _yref(m), "month": _month(m, "m1")}


_MONTH_LEFT = re.compile(
    r"(?:\b(?:in|of|since|until|till|by|from|to|through|during|last|next|this|early|late|"
    r"and|or|between|before|after|for|on|mid|end|since|around)|[,(–—-])\s*$",
    re.I,
)


def p_month(m: re.Match[str]) -> Parts | None:
    month = _month(m, "m1")
    said = m["m1"]
    if said.lower() in ("may", "march") and not _MONTH_LEFT.search(
        m.string, max(0, m.start() - 12), m.start()
    ):
        return None  # the verbs: "May" and "March" alone only after a word that takes a month
    if said.lower() not in _FULL_MONTHS and not said.endswith("."):
        return None  # "Jan", "Mar" alone are names more often than months; "Jan." is a month
    return {"kind": "month", "yref": None, "month": month}


def p_year_range(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    conn = g["conn"].strip().lower()
    pre = (g.get("pre") or "").lower()
    if (conn == "and") != (pre == "between"):
        return None
    y1, tail = int(g["y1"]), g["y2"]
    y2 = int(tail) if len(tail) == 4 else y1 - y1 % 100 + int(tail)
    if len(tail) == 2 and y2 <= y1:
        y2 += 100
    if not y1 < y2 <= y1 + 100:
        return None
    if conn == "/" and y2 != y1 + 1:
        return None
    return {"kind": "year_range", "y1": y1, "y2": y2, "split": conn == "/"}


_WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,2}$")
_LEFT_CUES = frozenset(YEAR_LEFT_CUES)
_RIGHT_OK = frozenset(YEAR_RIGHT_OK)
_COUNT_NOUNS = frozenset(COUNT_NOUNS)


def _is_count(text: str, start: int, end: int) -> bool:
    """True when a year-like number counts things: "2021 tractors", "1800 people"."""
    before = _WORD_BEFORE.search(text, max(0, start - 16), start)
    cued = before is not None and before.group(1).lower() in _LEFT_CUES
    after = _WORD_AFTER.match(text, end)
    if after and not cued:
        word = after.group(1)
        plural = word.endswith("s") and not word.endswith("ss") and word not in _RIGHT_OK
        if plural or word in _COUNT_NOUNS:
            return True
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()  # "2021-strong"


def p_spoken_year(m: re.Match[str]) -> Parts | None:
    year = nz.spoken_year(m["ysp"])
    if year is None or (m["the"] is None and _is_count(m.string, m.start(), m.end())):
        return None
    return {"kind": "year", "year": year, "fiscal": False}


def p_year(m: re.Match[str]) -> Parts | None:
    text = m.string
    if m["fy"] is None and _is_count(text, m.start(), m.end()):
        return None
    fiscal = bool(m["fy"]) and not m["fy"].lower().startswith("the")
    return {"kind": "year", "year": int(m["yr"]), "fiscal": fiscal}


def p_fy_short(m: re.Match[str]) -> Parts | None:
    short = int(m["yy"])
    return {"kind": "year", "year": 1900 + short if short >= 50 else 2000 + short, "fiscal": True}


def p_decade(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    if g.get("dec"):
        decade = int(g["dec"]) // 10
    elif g.get("dec2"):
        decade = 190 + int(g["dec2"]) // 10
    else:
        decade = 190 + DECADE_WORDS[g["decw"].lower()]
    return {"kind": "decade", "decade": decade}


def p_quarter(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    word = (g.get("q") or "").lower()
    quarter = 4 if word in ("final", "last", "fourth") else ORDINALS.get(word)
    if g.get("qn"):
        quarter = int(g["qn"])
    if not quarter or quarter > 4:
        return None
    yref = _yref(m)
    if g.get("qy"):
        yref = ("abs", int(g["qy"]))
    if g.get("yr2"):
        yref = ("abs", int(g["yr2"]))
    return {"kind": "quarter", "yref": yref, "quarter": quarter, "fiscal": bool(g.get("fis"))}


def p_half(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    word = (g.get("h") or "").lower()
    half = int(g["hn"]) if g.get("hn") else (1 if word in ("first", "1st") else 2)
    yref = _yref(m)
    if g.get("hy"):
        yref = ("abs", int(g["hy"]))
    return {"kind": "half", "yref": yref, "half": half}


def p_months_of_year(m: re.Match[str]) -> Parts | None:
    count = _num(m["n"])
    which = m["fl"].lower()
    yref = ("dei", 0) if m["yany"] else _yref(m)
    if not 1 <= count <= 12 or (which != "first" and yref is None):
        return None  # "the last three months" is a duration
    first, last = (1, count) if which == "first" else (13 - count, 12)
    return {"kind": "months_of_year", "yref": yref, "m1": first, "m2": last}


def p_deictic(m: re.Match[str]) -> Parts | None:
    words = m["dei"].lower().split()
    unit = m["unit"].lower().split()[-1]
    shift = DEICTIC_SHIFT[words[-1]]
    anaphoric = words[0] == "the" and words[-1] in ("previous", "preceding", "following", "prior")
    return {
        "kind": "deictic",
        "unit": unit,
        "shift": shift,
        "anaphoric": anaphoric,
        "fiscal": "fiscal" in m["unit"].lower(),
    }


def p_the_unit(m: re.Match[str]) -> Parts | None:
    """ "the year"/"the month" after a part modifier ("the end of the year")."""
    return {"kind": "deictic", "unit": m["unit"].lower(), "shift": 0, "anaphoric": False}


def p_ago(m: re.Match[str]) -> Parts | None:
    count = _num(m["n"])
    unit = m["unit"].lower().rstrip("s")
    way = m["way"].lower()
    if count == 1 and unit == "year":  # "a year ago": the period just named, a year back
        return {"kind": "year_back", "count": 1, "unit": "period"}
    if way != "ago":
        return None
    return {"kind": "ago", "count": count, "unit": unit}


def p_same_period(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    target = int(g["yr"]) if g.get("yr") else None
    return {"kind": "same_period", "target": target}


def p_year_back(m: re.Match[str]) -> Parts | None:
    unit = (m.groupdict().get("unit") or "period").lower()
    return {"kind": "year_back", "count": 1, "unit": unit}


def p_weekend(m: re.Match[str]) -> Parts | None:
    word = m["dei"].lower().split()[-1]
    return {"kind": "weekend", "shift": DEICTIC_SHIFT.get(word)}


def p_year_end(m: re.Match[str]) -> Parts | None:
    return {"kind": "date", "yref": None, "month": 12, "day": 31}


def p_that_year(m: re.Match[str]) -> Parts | None:
    """ "that year", "the same year": the year of the period named before."""
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": True}


def p_years_end(m: re.Match[str]) -> Parts | None:
    """ "year's end": the end of the year, as "the end of the year"."""
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": False, "part": "end"}


def p_year_defined(m: re.Match[str]) -> Parts | None:
    """ "the fiscal year ended March 31", "the year beginning October 1": twelve months."""
    verb = m["verb"].lower()
    return {
        "kind": "year_defined",
        "month": _month(m, "m1"),
        "ends": verb.startswith(("end", "clos")),
        "past": verb in ("ended", "closed", "began", "started"),
        "year": int(m["yr"]) if m["yr"] else None,
    }


def p_century(m: re.Match[str]) -> Parts | None:
    """ "the 20th century": TIMEX3 "19", the years 1900-1999 (TimeML's convention)."""
    number = int(m["n"])
    return {"kind": "century", "century": number - 1} if 1 <= number <= 21 else None


def p_year_possessive_unit(m: re.Match[str]) -> Parts | None:
    """ "this year's third quarter", "last year's first half"."""
    parts = p_half(m) if m["h"] else p_quarter(m)
    if parts:
        parts["yref"] = ("dei", DEICTIC_SHIFT[m["ydei"].lower()])
    return parts


def p_anaphor(m: re.Match[str]) -> Parts | None:
    """ "the quarter", "that quarter": the quarter last named, else the latest one."""
    return {"kind": "anaphor", "unit": m["unit"].lower()}


def p_deictic_month(m: re.Match[str]) -> Parts | None:
    words = m["dei"].lower().split()
    shift = 0 if words == ["this", "past"] else DEICTIC_SHIFT[words[-1]]
    return {"kind": "deictic_month", "month": _month(m, "m1"), "shift": shift}


def p_reporting(m: re.Match[str]) -> Parts | None:
    return {"kind": "reporting"}


def p_relday(m: re.Match[str]) -> Parts | None:
    word = m.group(0).lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    return {"kind": "relday", "offset": offset}


def p_weekday(m: re.Match[str]) -> Parts | None:
    dei = (m["dei"] or "").lower().split()
    return {"kind": "weekday", "weekday": WEEKDAYS[m["wd"].lower()], "dei": dei[-1] if dei else ""}


def p_season(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    dei = (g.get("dei") or "").lower().split()
    year = int(g["yr"]) if g.get("yr") else None
    if not dei and year is None and not g.get("prep"):
        return None
    shift = DEICTIC_SHIFT[dei[-1]] if dei else None
    if dei[:2] == ["this", "past"]:
        shift = 0
    return {"kind": "season", "code": SEASONS[g["season"].lower()], "year": year, "shift": shift}


# --- the rules ------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One pattern: a stable id, the compiled regex, and its parse function."""

    id: str
    pattern: re.Pattern[str]
    parse: Callable[[re.Match[str]], Parts | None]


def _rule(rule_id: str, pattern: str, parse: Callable[[re.Match[str]], Parts | None]) -> Rule:
    return Rule(rule_id, re.compile(pattern), parse)


_I = "(?i:{})".format
_FISCAL_WORD = "(?:fiscal|financial|budget)"
_WD_BEFORE = rf"(?:\b(?:{_WEEKDAY}),?\s+)?"  # "Saturday, April 25": the date says which day
_QWORD = rf"(?P<q>{_ORD}|final)"
_HWORD = r"(?P<h>first|second|1st|2nd|last|latter)"
_YEAR_OF = rf"(?:\s+(?:of\s+)?(?:the\s+)?{YREF('')})?"

RULES: tuple[Rule, ...] = (
    _rule(
        "period.iso_date",
        r"(?<![\d-])(?P<yr>\d{4})-(?P<mo>0[1-9]|1[0-2])-(?P<d1>[0-3]\d)(?![\d-])",
        p_date,
    ),
    _rule(
        "period.month_day_year",
        _WD_BEFORE + MON("m1") + r"\s*" + DAY("d1") + r",?\s+" + YREF(""),
        p_date,
    ),
    _rule(
        "period.day_month_year",
        r"(?:\bthe\s+)?\b" + DAY("d1") + r"(?:\s+of)?\s+" + MON("m1") + r",?\s+" + YREF(""),
        p_date,
    ),
    _rule(
        "period.month_day_range",
        MON("m1")
        + r"\s*"
        + DAY("d1")
        + rf"\s*(?:{_DASH}|to|through|and)\s*"
        + DAY("d2")
        + rf"(?:,?\s+{YREF('')})?",
        p_day_range,
    ),
    _rule(
        "period.day_range_month",
        r"\b"
        + DAY("d1")
        + rf"\s*(?:{_DASH}|to|and)\s*"
        + DAY("d2")
        + r"\s+"
        + MON("m1")
        + rf"(?:,?\s+{YREF('')})?",
        p_day_range,
    ),
    _rule(
        "period.date_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{MON('m1')}\s*{DAY('d1')}(?:,?\s+{YEAR('y1')})?"
        rf"\s*(?P<conn>{_DASH}|\s(?:to|through|till|until|and)\s)\s*{MON('m2')}\s*{DAY('d2')}"
        rf"(?:,?\s+{YREF('')})?",
        p_date_range,
    ),
    _rule(
        "period.month_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{MON('m1')}(?:,?\s+{YEAR('y1')})?"
        rf"\s*(?P<conn>{_DASH}|\s(?:to|through|till|until|and)\s)\s*{MON('m2')}(?:,?\s+{YREF('')})?",
        p_month_range,
    ),
    _rule("period.month_year", MON("m1") + r",?\s+" + YREF(""), p_month_year),
    _rule(
        "period.month_day",
        _WD_BEFORE + MON("m1") + r"\s*" + DAY("d1") + r"(?!\s*(?:%|percent|per\b))",
        p_date,
    ),
    _rule(
        "period.day_month", r"(?:\bthe\s+)?\b" + DAY("d1") + r"(?:\s+of)?\s+" + MON("m1"), p_date
    ),
    _rule("period.month", MON("m1"), p_month),
    _rule(
        "period.year_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{YEAR('y1')}\s*(?P<conn>{_DASH}|/|\s(?:to|through|until|and)\s)\s*"
        r"(?P<y2>(?:1[5-9]|20)\d\d|\d\d)(?![\d%])",
        p_year_range,
    ),
    _rule(
        "period.year",
        r"(?P<fy>\b(?i:fiscal\s+(?:year\s+)?|FY\s?|the\s+year\s+))?" + YEAR("yr"),
        p_year,
    ),
    _rule("period.spoken_year", r"(?P<the>\b(?i:the\s+year\s+))?" + SPOKEN("ysp"), p_spoken_year),
    _rule(
        "period.weekend",
        _I(r"\b(?:(?P<dei>this|last|next|the\s+past|the\s+coming|the)\s+)weekend\b"),
        p_weekend,
    ),
    _rule(
        "period.century",
        _I(r"(?:\bthe\s+)?\b(?P<n>[12]?\d)(?:st|nd|rd|th)[-\s]+century\b(?!-)"),
        p_century,
    ),
    _rule(
        "period.year_possessive_unit",
        _I(r"\b(?P<ydei>this|last|next)\s+year['’]s\s+(?:fiscal\s+)?")
        + _I(rf"(?:{_QWORD}[-\s]+quarter|(?P<h>first|second|1st|2nd)[-\s]+half)\b"),
        p_year_possessive_unit,
    ),
    _rule("period.year_end", _I(r"\byear[-\s]end\b"), p_year_end),
    _rule("period.years_end", _I(r"\byear's\s+end\b"), p_years_end),
    _rule(
        "period.year_defined",
        _I(
            rf"\b(?:(?:the|its)\s+)?(?:{_FISCAL_WORD}\s+)?year\s+(?:that\s+|which\s+)?"
            r"(?P<verb>ended|ending|closed|began|beginning|started|starting)\s+(?:on\s+|in\s+)?"
        )
        + MON("m1")
        + rf"(?:\s*{DAY('d1')}|\s+(?i:one|first)\b)?(?:,?\s+{YEAR('yr')})?",
        p_year_defined,
    ),
    _rule("period.fiscal_year_short", r"\bFY\s?'?(?P<yy>\d\d)(?![\d])", p_fy_short),
    _rule(
        "period.decade",
        r"(?:\b[Tt]he\s+)?(?:\b(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<dec2>\d0)s\b"
        rf"|(?<=the\s)(?P<decw>{_I(longest_first(DECADE_WORDS))})\b)",
        p_decade,
    ),
    _rule(
        "period.quarter",
        _I(rf"(?:\bthe\s+)?(?:(?P<fis>fiscal)\s+)?\b{_QWORD}[-\s]+(?:fiscal\s+)?quarter\b")
        + _YEAR_OF,
        p_quarter,
    ),
    _rule(
        "period.year_quarter",
        YEAR("yr2") + _I(rf"(?:'s)?\s+(?:fiscal\s+)?{_QWORD}[-\s]quarter\b"),
        p_quarter,
    ),
    _rule(
        "period.quarter_code",
        r"\b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)(?:\s*[-/]?\s*" + YEAR("qy") + r")?\b",
        lambda m: p_quarter(m) if m["qn"] else p_quarter_code2(m),
    ),
    _rule(
        "period.half",
        _I(rf"(?:\bthe\s+)?\b{_HWORD}[-\s]half\b") + _YEAR_OF + r"(?!\s+of\b)",
        p_half,
    ),
    _rule("period.half_code", r"\b(?:H(?P<hn>[12]))(?:\s*[-/]?\s*" + YEAR("hy") + r")?\b", p_half),
    _rule(
        "period.months_of_year",
        _I(rf"(?:\bthe\s+)?\b(?P<fl>first|last|final)\s+(?P<n>{_NUMWORD}|\d{{1,2}})\s+months\b")
        + rf"(?:\s+of\s+(?:the\s+)?(?:{YREF('')}|(?P<yany>year)\b))?",
        p_months_of_year,
    ),
    _rule(
        "period.same_period",
        _I(
            r"\b(?:the|a)\s+(?:same|corresponding|comparable|like)\s+"
            r"(?:period|time|quarter|month|months|half)(?:\s+(?:of|in|a|one))?"
        )
        + r"\s+(?:"
        + _I(
            r"last\s+year|the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before"
        )
        + "|"
        + YEAR("yr")
        + ")",
        p_same_period,
    ),
    _rule(
        "period.year_ago_period",
        _I(
            r"\b(?:(?:the|its)\s+(?:comparable\s+|same\s+)?(?:year[-\s]ago|year[-\s]earlier|prior[-\s]year|previous[-\s]year)"
            rf"\s+(?:(?:{_ORD}|fiscal)\s+)*(?P<unit>period|quarter|month|half|months)\b|year-(?:ago|earlier)\b)"
        ),
        p_year_back,
    ),
    _rule(
        "period.reporting_period",
        _I(
            r"\b(?:the|this|that)\s+(?:reporting\s+period|period\s+under\s+review|review\s+period|said\s+period"
            r"|same\s+period)\b"
        ),
        p_reporting,
    ),
    _rule(
        "period.deictic",
        _I(
            r"\b(?P<dei>this|last|next|this\s+past|the\s+(?:current|previous|preceding|following|coming|latest|prior))"
            r"\s+(?P<unit>year|month|quarter|week|fiscal\s+year|fiscal\s+quarter)\b(?!-)"
        ),
        p_deictic,
    ),
    _rule("period.that_year", _I(r"\b(?:that|the\s+same)\s+year\b(?!-)"), p_that_year),
    _rule(
        "period.the_quarter",
        _I(r"\b(?:the|that)\s+(?P<unit>quarter)\b(?!\s+(?:of|ended|ending)\b)"),
        p_anaphor,
    ),
    _rule(
        "period.deictic_month",
        _I(r"\b(?P<dei>last|next|this\s+past|this\s+coming|this)\s+") + MON("m1") + r"(?!\s*\d)",
        p_deictic_month,
    ),
    _rule("period.the_unit", _I(r"(?<=of\sthe\s)(?P<unit>year|month)\b"), p_the_unit),
    _rule(
        "period.ago",
        _I(
            rf"\b(?P<n>{_NUMWORD}|\d{{1,2}})\s+(?P<unit>years?|months?|weeks?|days?)\s+(?P<way>ago|earlier|before)\b"
        ),
        p_ago,
    ),
    _rule("period.relative_day", _I(r"\b(?:today|yesterday|tomorrow)\b"), p_relday),
    _rule(
        "period.weekday",
        rf"(?:\b(?P<dei>(?i:last|next|this|the\s+previous|the\s+following|this\s+past))\s+)?\b(?P<wd>{_WEEKDAY})\b",
        p_weekday,
    ),
    _rule(
        "period.season",
        _I(
            rf"(?:\b(?P<dei>this\s+past|this|last|next)\s+|(?<=\bin\s)(?P<prep>the\s+)?|(?<=\bduring\s)(?:the\s+)?)?"
            rf"\b(?P<season>{_SEASON})\b"
        )
        + rf"(?:\s+(?:of\s+)?{YEAR('yr')})?",
        p_season,
    ),
)


# The words each rule can start with, so that a rule is tried only where it may match
# (scanning thirty patterns over every character would cost more than tokenizing).
# "#4" is a four-digit number, "#n" a one- or two-digit one.
_MONTH_WORDS = " ".join(MONTHS)
_WEEKDAY_WORDS = " ".join(FULL_WEEKDAYS)
FIRST_WORDS: dict[str, str] = {
    "period.iso_date": "#4",
    "period.month_day_year": f"{_MONTH_WORDS} {_WEEKDAY_WORDS}",
    "period.day_month_year": "the #n",
    "period.month_day_range": _MONTH_WORDS,
    "period.day_range_month": "#n",
    "period.month_range": f"from between {_MONTH_WORDS}",
    "period.date_range": f"from between {_MONTH_WORDS}",
    "period.month_year": _MONTH_WORDS,
    "period.month_day": f"{_MONTH_WORDS} {_WEEKDAY_WORDS}",
    "period.day_month": "the #n",
    "period.month": _MONTH_WORDS,
    "period.year_range": "from between #4",
    "period.year": "fiscal fy the #4",
    "period.fiscal_year_short": "fy",
    "period.spoken_year": f"the {' '.join(YEAR_CENTURIES)} two",
    "period.weekend": "this last next the",
    "period.year_end": "year",
    "period.century": "the #n",
    "period.year_possessive_unit": "this last next",
    "period.years_end": "year",
    "period.year_defined": "the its fiscal financial budget year",
    "period.decade": f"the #4 ' {' '.join(DECADE_WORDS)}",
    "period.quarter": f"the fiscal final {' '.join(w for w in ORDINALS if w.isalpha())} #n",
    "period.year_quarter": "#4",
    "period.quarter_code": "q #n",
    "period.half": "the first second last latter #n",
    "period.half_code": "h",
    "period.months_of_year": "the first last final",
    "period.same_period": "the a",
    "period.year_ago_period": "the its year",
    "period.reporting_period": "the this that",
    "period.deictic": "this last next the",
    "period.the_quarter": "the that",
    "period.that_year": "that the",
    "period.deictic_month": "last next this",
    "period.the_unit": "year month",
    "period.ago": f"{' '.join(NUMBER_WORDS)} #n",
    "period.relative_day": "today yesterday tomorrow",
    "period.weekday": f"last next this the {_WEEKDAY_WORDS}",
    "period.season": f"this last next the {' '.join(SEASONS)}",
}
_WORD = re.compile(r"[a-z]+|\d+|'(?=\d)")  # run over the lowercased text
_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+|\d+|'(?=\d))")
_DETERMINERS = frozenset({"the", "a", "its", "that", "this"})
# Words that can follow a determiner in some rule; "the" before anything else is skipped.
_AFTER_DETERMINER = frozenset(
    "same corresponding comparable like year month week day quarter half months period "
    "reporting review said current previous preceding following coming latest prior past "
    "fiscal final last latter first second third fourth 1st 2nd 3rd 4th #n #4 ' beginning "
    "weekend financial budget "
    f"{' '.join(SEASONS)} {' '.join(DECADE_WORDS)} {_MONTH_WORDS} {_WEEKDAY_WORDS}".split()
)


def _word_key(word: str) -> str:
    if word[0].isalpha():
        return word.lower()
    return "#4" if len(word) == 4 else "#n" if len(word) <= 2 else word[0]


def _index_first_words() -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = {}
    for order, rule in enumerate(RULES):
        for word in FIRST_WORDS[rule.id].split():
            index.setdefault(word, []).append(order)
    return {word: tuple(orders) for word, orders in index.items()}


_RULES_BY_FIRST = _index_first_words()


# What must follow a word of ``_GUARDS`` for a rule to start there, as a lookahead over
# the lowercased text: the words ``_AFTER_DETERMINER`` allows after a determiner (the
# check in ``_candidates`` stays the judge), and a month or a four-digit year after
# "from"/"between" (as period.*_range need). Each admits a superset of what it guards:
# "k" may be a Kelvin sign "K" lowercased, which is no letter in the text.
_AFTER_NEXT = r"(?![a-jl-z])"
_GUARD_DETERMINER = (
    rf"(?=[\s-]+(?:{trie_alternation(w for w in _AFTER_DETERMINER if w.isalpha())}{_AFTER_NEXT}"
    r"|\d{4}(?!\d)|\d\d?(?!\d)|'\d))"
)
_GUARD_RANGE = rf"(?=\s+(?:{trie_alternation(MONTHS)}{_AFTER_NEXT}|\d{{4}}))"
_GUARDS = {
    **dict.fromkeys(_DETERMINERS, _GUARD_DETERMINER),
    **dict.fromkeys(("from", "between"), _GUARD_RANGE),
}


def _first_word_scanner(words: Iterable[str]) -> re.Pattern[str]:
    r"""A pattern over the lowercased text whose matches end at the next word of
    ``_WORD`` some rule starts with: a letter word of ``words``, a run of one, two or
    four digits, or a quote before a digit (groups ``w``, ``d``, ``q``; none at the
    end of the text). The words in between are skipped inside the regex engine, in
    one call per found word, not one Python step per word of the text; so are the
    words of ``_GUARDS`` not followed by what they need (most "the"s).
    """
    letters = [w for w in words if w.isalpha()]
    guarded = [
        rf"{trie_alternation([w])}(?![a-z]){_GUARDS[w]}" for w in sorted(_GUARDS) if w in letters
    ]
    plain = trie_alternation(w for w in letters if w not in _GUARDS)
    word = rf"(?:{plain}(?![a-z])|{'|'.join(guarded)})"
    digits = r"(?:\d{4}|\d\d?)(?!\d)"
    # One loop step per word and the gap after it (not one each), all possessive.
    gap = r"[^a-z\d']*+"
    skip = rf"{gap}(?:(?:(?!{word})[a-z]++|(?!{digits})\d++|'(?!\d)){gap})*+"
    return re.compile(rf"{skip}(?:(?P<w>{word})|(?P<d>{digits})|(?P<q>')|\Z)")


_FIRST_WORD = _first_word_scanner(_RULES_BY_FIRST)


def _probe(orders: tuple[int, ...]) -> re.Pattern[str]:
    """One pattern that tries every rule of ``orders`` at a position, each in a
    lookahead, and says which matched by an empty group: one call into the engine
    instead of one per rule. The rules' own groups become non-capturing."""
    tests = []
    for order in orders:
        source = re.sub(r"\(\?P<\w+>", "(?:", RULES[order].pattern.pattern)
        tests.append(f"(?:(?={source})()|)")
    probe = re.compile("".join(tests))
    assert probe.groups == len(orders), "a rule pattern has an unnamed capturing group"
    return probe


# A word that starts a single rule needs no probe: that rule is matched directly.
_PROBES = {
    word: (orders, _probe(orders) if len(orders) > 1 else None)
    for word, orders in _RULES_BY_FIRST.items()
}


def p_quarter_code2(m: re.Match[str]) -> Parts | None:
    """ "3Q 2019": the quarter digit before the Q."""
    yref = ("abs", int(m["qy"])) if m["qy"] else None
    return {"kind": "quarter", "yref": yref, "quarter": int(m["qn2"]), "fiscal": False}


# Modifiers and prepositions that widen a found expression leftwards.
_PART_BEFORE = re.compile(
    r"(?:\b(?:the\s+)?(?P<p1>early|mid|late|earlier|later)[-\s]+"
    r"|\b(?:the\s+)?(?P<p2>beginning|start|middle|end|close)\s+of\s+(?:the\s+)?)$",
    re.I,
)
_OPEN_BEFORE = re.compile(rf"\b(?P<w>{longest_first(OPEN_START + OPEN_END)})\s+(?:the\s+)?$", re.I)
# "fiscal year ends June 30", "fiscal year beginning in October": the fiscal calendar.
_FISCAL_DEF = re.compile(
    rf"(?:{_FISCAL_WORD}\s+)?year\s+(?:that\s+|which\s+)?"
    rf"(?P<verb>ends?|ended|ending|closes|closed|begins?|began|beginning|starts?|started)"
    rf"\s+(?:on\s+|in\s+)?{MON('fm')}",
    re.I,
)
# Opens with a class, not a case-insensitive "y" (which the engine cannot scan for):
# same matches as the whole pattern under re.I.
_YEAR_WORD = re.compile(r"[yY](?i:ear\s+(?:that\s+|which\s+)?(?:end|clos|begin|began|start))")
_GENERIC_VERBS = ("end", "ends", "closes", "begin", "begins", "start", "starts")
# A decimal point ("10.33 mln") ends no clause.
_CLAUSE_END = re.compile(r"[!?;\n]|\.(?!\d)")
_POSSESSIVE = re.compile(r"['’]s\b")
_UNTIL = frozenset({"until", "till", "by"})
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)(?<!\b[A-Z][a-z]{2}\.\s)|\n")


# Characters re.I matches to an ASCII letter besides its two cases.
_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}


def _any_case(chars: str) -> str:
    """A class of ``chars`` in every case re.I would match.

    >>> _any_case("s'")
    "['Ssſ]"
    """
    forms = {f for c in chars for f in (c, c.lower(), c.upper(), *_FOLDS.get(c.lower(), ""))}
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def _cue_pattern(words: Iterable[str]) -> re.Pattern[str]:
    r"""``\b(?:words)\b`` under re.I, opened by a class of the words' first characters
    that the engine scans for, instead of trying ``\b`` at every character. The first
    character is consumed by the class; ``\b`` before it and which word it starts are
    tested looking behind.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):  # longest first, as _alts
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]))
    alts = [rf"(?<={_any_case(c)})(?i:{'|'.join(rests)})\b" for c, rests in groups.items()]
    lead = _any_case("".join(groups))
    return re.compile(rf"{lead}(?<=\b.)(?:{'|'.join(alts)})")


_FUTURE = _cue_pattern(FUTURE_CUES)
# "-ed" verbs are past cues, but not participles used as adjectives ("an estimated").
# Read as a scanner (``patterns.word_scanner``: one call per cue, the words between
# skipped a word at a time in the engine, not tried at every character); an "-ed" word
# is tested by a lookahead before the lookbehinds, since most words fail it. Same hits as
# r"\b(?=\w)(?:\b(?:cues)\b|(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)\b[a-z]{3,}ed\b)" (re.I).
_PAST_HIT = (
    rf"\b{trie_alternation(PAST_CUES)}\b"
    r"|\b(?=[a-z]++(?<=[a-z]{3}ed)\b)(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)[a-z]++"
)
_PAST = word_scanner(_PAST_HIT, word=r"\w", gap=r"\W", flags=re.I)
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
)
# Kinds a part modifier ("early", "the end of") can cut; "mid- Friday" is not one.
_PARTABLE = frozenset(
    {"year", "month", "deictic", "decade", "quarter", "half", "season", "deictic_month"}
)
RECALL_WINDOW = 600  # characters: "a year earlier" refers to a period of the same passage
_KINDS_OF_UNIT = {
    "quarter": ("quarter",),
    "half": ("half",),
    "month": ("month", "deictic_month"),
    "months": ("month_range", "months_of_year"),
}


# --- resolve: parts -> interval --------------------------------------------------------


@dataclass
class Context:
    """What resolution knows: the text, its date, and the periods named so far."""

    text: str
    published: dt.date | None
    fiscal_end: int = 12
    last: Period | None = None
    last_kind: str = ""
    last_year: int | None = None
    history: list[tuple[Period, str]] = field(default_factory=list)
    focus: tuple[int, int] | None = None  # (year, end offset) of the last explicit year
    override: nz.Tense = None  # set by "since" (past) and "until"/"by" (future)
    cue_cache: dict[int, list[tuple[int, nz.Tense]]] = field(default_factory=dict)

    def tense(self, start: int) -> nz.Tense:
        """ "future" or "past", as the cue word nearest ``start`` in its clause says.

        "since" forces the past, "until"/"by" the future; "through" follows the clause.
        """
        if self.override:
            return self.override
        text = self.text
        lo = max(0, start - 200)
        for cut in _CLAUSE_END.finditer(text, lo, start):
            lo = cut.end()
        cues = self.cue_cache.get(lo)
        if cues is None:
            m = _CLAUSE_END.search(text, start, start + 300)
            hi = m.start() if m else min(len(text), start + 300)
            cues = [(c.start(), "future") for c in _FUTURE.finditer(text, lo, hi)]
            cues += [(c.start("hit"), "past") for c in hits(_PAST, text, lo, hi)]
            self.cue_cache[lo] = cues
        if not cues:
            return None
        return min(cues, key=lambda cue: abs(cue[0] - start))[1]

    def focus_year(self, pos: int) -> int | None:
        """The year an explicit-year period named earlier in the same sentence."""
        if self.focus is None:
            return None
        year, end = self.focus
        if _SENTENCE_END.search(self.text, end, pos):
            return None
        return year

    def remember(self, period: Period, kind: str) -> None:
        """Make ``period`` the one later anaphora ("the same period") refer to."""
        self.last, self.last_kind = period, kind
        self.last_year = period.start.year if period.start else None
        self.history.append((period, kind))

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


Resolved = tuple[dt.date | None, dt.date | None, str | None]


def _year_of(yref: tuple[str, int] | None, ctx: Context) -> int | None:
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
    unknown: str,
    ctx: Context,
    pos: int,
    fmt: Callable[[int], str],
) -> Resolved:
    """An expression with no year: in the year the sentence already named ("the fourth
    quarter of 1986, after the third quarter"), else placed by the clause's tense around
    the publication date, else left unknown."""
    year = ctx.focus_year(pos)
    if year is None:
        if ctx.published is None:
            return None, None, unknown
        year = nz.choose_year(make, ctx.published, ctx.tense(pos))
    start, end = make(year)
    return start, end, fmt(year)


def _fiscal_year(year: int, ctx: Context) -> nz.Interval:
    if ctx.fiscal_end == 12:
        return nz.year_interval(year)
    return nz.months_interval(year - 1, ctx.fiscal_end % 12 + 1, ctx.fiscal_end, year)


def resolve(parts: Parts, ctx: Context, pos: int) -> Resolved | None:
    """The interval and TIMEX3 value of parsed parts, or ``None`` when there is none."""
    kind = parts["kind"]
    handler = _RESOLVERS.get(kind)
    return handler(parts, ctx, pos) if handler else None


def r_date(p: Parts, ctx: Context, pos: int) -> Resolved | None:
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
        make, f"XXXX-{month:02d}-{day:02d}", ctx, pos, lambda y: make(y)[0].isoformat()
    )


def r_day_range(p: Parts, ctx: Context, pos: int) -> Resolved | None:
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


def r_date_range(p: Parts, ctx: Context, pos: int) -> Resolved | None:
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


def r_month(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    month = p["month"]
    year = _year_of(p["yref"], ctx)
    if year is not None:
        return (*nz.month_interval(year, month), f"{year}-{month:02d}")
    return _yearless(
        lambda y: nz.month_interval(y, month),
        f"XXXX-{month:02d}",
        ctx,
        pos,
        lambda y: f"{y}-{month:02d}",
    )


def r_month_range(p: Parts, ctx: Context, pos: int) -> Resolved | None:
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


def r_year(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    year = p["year"]
    if p.get("fiscal"):
        return (*_fiscal_year(year, ctx), str(year))
    return (*nz.year_interval(year), str(year))


def r_year_range(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    y1, y2 = p["y1"], p["y2"]
    if p.get("split") and ctx.fiscal_end != 12:  # "1987/88" where the text set a fiscal year
        start, end = _fiscal_year(y2, ctx)
        return start, end, f"{start.year}-{start.month:02d}/{end.year}-{end.month:02d}"
    return nz.year_interval(y1)[0], nz.year_interval(y2)[1], f"{y1}/{y2}"


def r_decade(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    return (*nz.decade_interval(p["decade"]), str(p["decade"]))


def _fiscal_shift(interval: nz.Interval, ctx: Context, fiscal: bool) -> nz.Interval:
    """A fiscal quarter/half: the calendar one moved to where the fiscal year starts."""
    if not fiscal or ctx.fiscal_end == 12:
        return interval
    return nz.add_months(interval[0], ctx.fiscal_end - 12), nz.month_end(
        *divmod_month(nz.add_months(interval[1], ctx.fiscal_end - 12))
    )


def divmod_month(day: dt.date) -> tuple[int, int]:
    return day.year, day.month


def _unit_of_year(
    make: Callable[[int], nz.Interval], code: str, p: Parts, ctx: Context, pos: int
) -> Resolved | None:
    year = _year_of(p["yref"], ctx)
    fiscal = bool(p.get("fiscal")) or (p["yref"] or ("", 0))[0] == "fiscal"

    def shifted(y: int) -> nz.Interval:
        return _fiscal_shift(make(y), ctx, fiscal)

    if year is not None:
        return (*shifted(year), f"{year}-{code}")
    return _yearless(shifted, f"XXXX-{code}", ctx, pos, lambda y: f"{y}-{code}")


def r_quarter(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    q = p["quarter"]
    return _unit_of_year(lambda y: nz.quarter_interval(y, q), f"Q{q}", p, ctx, pos)


def r_half(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    h = p["half"]
    return _unit_of_year(lambda y: nz.half_interval(y, h), f"H{h}", p, ctx, pos)


def r_months_of_year(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    m1, m2 = p["m1"], p["m2"]
    year = _year_of(p["yref"], ctx)
    if year is None:
        if ctx.published is None:
            return None, None, f"XXXX-{m1:02d}/XXXX-{m2:02d}"
        year = ctx.published.year
    return (*nz.months_interval(year, m1, m2), f"{year}-{m1:02d}/{year}-{m2:02d}")


def r_deictic(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    unit, shift = p["unit"], p["shift"]
    ref = ctx.published
    if p["anaphoric"] and ctx.last is not None and ctx.last.start is not None:
        ref = ctx.last.start
    if ref is None:
        return None, None, None
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


def r_ago(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    if ctx.published is None:
        return None, None, None
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


def r_year_back(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    """ "a year earlier", "the year-ago quarter": the period last named, a year back."""
    last = ctx.recall(p["unit"], pos)
    if last is not None and last.start is not None and last.end is not None:
        start, end = nz.shift_interval((last.start, last.end), -p["count"])
        return start, end, nz.shift_timex(last.timex, -p["count"])
    if ctx.published is None:
        return None, None, None
    if p["unit"] == "quarter":
        return r_deictic({"unit": "quarter", "shift": -5, "anaphoric": False}, ctx, pos)
    year = ctx.published.year - p["count"]
    return (*nz.year_interval(year), str(year))


def r_weekend(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    """Saturday and Sunday: of this, the last or the next week, or as the tense says."""
    if ctx.published is None:
        return None, None, "XXXX-WXX-WE"
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


def r_year_defined(p: Parts, ctx: Context, pos: int) -> Resolved | None:
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
        return None, None, None
    published = ctx.published
    tense = "past" if p["past"] else ctx.tense(pos)
    candidates = (published.year - 1, published.year, published.year + 1)
    if tense == "past" and ends:  # "the year ended March 31": a year already over
        year = max((y for y in candidates if make(y)[1] <= published), default=published.year)
    elif tense == "future" and not ends:  # "the year beginning October 1": not begun yet
        year = min((y for y in candidates if make(y)[0] >= published), default=published.year)
    else:
        year = nz.choose_year(make, published, tense)
    return (*make(year), fmt(year))


def r_century(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    century = p["century"]
    return (
        dt.date(max(1, century * 100), 1, 1),
        dt.date(century * 100 + 99, 12, 31),
        f"{century:02d}",
    )


def r_anaphor(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    last = ctx.recall(p["unit"], pos, topic=True)
    if last is not None:
        return last.start, last.end, last.timex
    if ctx.published is None:
        return None
    return r_deictic({"unit": p["unit"], "shift": -1, "anaphoric": False}, ctx, pos)


def r_deictic_month(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    month, shift = p["month"], p["shift"]
    if ctx.published is None:
        return None, None, f"XXXX-{month:02d}"
    year = ctx.published.year
    if shift < 0 and month >= ctx.published.month:
        year -= 1
    elif shift > 0 and month <= ctx.published.month:
        year += 1
    return (*nz.month_interval(year, month), f"{year}-{month:02d}")


def r_same_period(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    last = ctx.last
    if last is None or last.start is None or last.end is None:
        return None
    years = -1 if p["target"] is None else p["target"] - last.start.year
    start, end = nz.shift_interval((last.start, last.end), years)
    return start, end, nz.shift_timex(last.timex, years)


def r_reporting(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    last = ctx.last
    if last is None:
        return None
    return last.start, last.end, last.timex


def r_relday(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    if ctx.published is None:
        return None, None, None
    day = ctx.published + dt.timedelta(days=p["offset"])
    return day, day, day.isoformat()


def r_weekday(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    if ctx.published is None:
        return None, None, f"XXXX-WXX-{p['weekday'] + 1}"
    dei = p["dei"]
    tense: nz.Tense = (
        "future"
        if dei in ("next", "following")
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


def r_season(p: Parts, ctx: Context, pos: int) -> Resolved | None:
    code = p["code"]
    if p["year"] is not None:
        return (*nz.season_interval(p["year"], code), f"{p['year']}-{code}")
    if ctx.published is None:
        return None, None, f"XXXX-{code}"
    if p["shift"] is not None:
        year = ctx.published.year + p["shift"]
        return (*nz.season_interval(year, code), f"{year}-{code}")
    return _yearless(
        lambda y: nz.season_interval(y, code), f"XXXX-{code}", ctx, pos, lambda y: f"{y}-{code}"
    )


_RESOLVERS: dict[str, Callable[[Parts, Context, int], Resolved | None]] = {
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
}


# --- the pass ---------------------------------------------------------------------------


@dataclass
class Match:
    """A kept match: where it is, which rule, and its parts."""

    start: int
    end: int
    order: int
    rule: str
    parts: Parts


def _candidates(text: str) -> list[Match]:
    """Every rule's matches, tried only at the words a rule can start with."""
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lowercase to two ("İ"): keep offsets
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    found: list[Match] = []  # in any order: _longest_first sorts them
    probes = _PROBES
    for word in _FIRST_WORD.finditer(lower):
        group = word.lastgroup
        if group is None:  # the end of the text
            break
        key, start = word[group], word.start(group)
        if group == "d":
            key = "#4" if len(key) == 4 else "#n"
        elif key in _DETERMINERS:  # "the", "a": only before a word a rule can follow with
            after = _NEXT_WORD.match(text, word.end())
            if after is None or _word_key(after.group(1)) not in _AFTER_DETERMINER:
                continue
        _try_rules(text, start, *probes[key], found)
    return found


def _try_rules(
    text: str,
    start: int,
    orders: tuple[int, ...],
    probe: re.Pattern[str] | None,
    found: list[Match],
) -> None:
    """Add the matches at ``start`` of the rules ``probe`` says match there (of the one
    rule, without a probe)."""
    hits = probe.match(text, start).groups() if probe else ("",)
    for order, hit in zip(orders, hits, strict=True):
        if hit is None:
            continue
        rule = RULES[order]
        m = rule.pattern.match(text, start)
        if m is None:  # only without a probe
            continue
        try:
            parts = rule.parse(m)
        except (ValueError, KeyError, IndexError, OverflowError):  # a rule that does not fit
            continue
        if parts:
            found.append(Match(m.start(), m.end(), order, rule.id, parts))


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
    if m := _PART_BEFORE.search(text, max(floor, start - 30), start):
        part = PART_MODIFIERS[(m["p1"] or m["p2"]).lower()]
        start = m.start()
    m = _OPEN_BEFORE.search(text, max(floor, start - 12), start)
    if m and not (m["w"].lower() == "by" and _POSSESSIVE.match(text, match.end)):
        open_word = m["w"].lower()  # not "set by last year's law": that "by" is an agent's
        start = m.start()
    return start, part, open_word


# A line holding nothing but a date, a clock time and a zone is a dateline (metadata
# of the page, like "4 October 2024 11:44 (UTC+04:00)"), not a period the text names.
_DATELINE_REST = re.compile(
    r"[\s,]*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:\(?(?:UTC|GMT)[^)\n]*\)?)?\s*$"
)
_DATELINE_HEAD = re.compile(rf"\s*(?:(?:{_WEEKDAY}),?\s*)?$")


DATELINE_MAX = 80  # characters: a dateline is a short line


def _is_dateline(text: str, start: int, end: int) -> bool:
    lo = max(0, start - DATELINE_MAX)
    line_start = text.rfind("\n", lo, start) + 1
    if line_start == 0 and lo > 0:
        return False  # the line is longer than a dateline
    line_end = text.find("\n", end, end + DATELINE_MAX)
    if line_end < 0:
        if len(text) > end + DATELINE_MAX:
            return False
        line_end = len(text)
    if line_end - line_start > DATELINE_MAX:
        return False
    return bool(
        _DATELINE_HEAD.match(text, line_start, start) and _DATELINE_REST.match(text, end, line_end)
    )


def _memory_kind(parts: Parts) -> str:
    """The kind anaphora look for: "last month" is a month, "six months ago" too."""
    kind = parts["kind"]
    if kind in ("deictic", "ago"):
        return {"month": "deictic_month", "quarter": "quarter"}.get(parts["unit"], kind)
    return kind


def _names_year(parts: Parts) -> bool:
    """True for a sub-year period that said its year outright ("May 2019", "Q4 1986").

    A bare year ("approved in 1987") is left out: it dates a different event of the
    sentence more often than it sets the year of the next yearless date.
    """
    yref = parts.get("yref")
    return bool(yref) and yref[0] in ("abs", "fiscal") and parts["kind"] != "month_range"


def _fiscal_calendar(text: str) -> tuple[int, tuple[int, int] | None]:
    """The month the text's fiscal year ends in (12 if it never says), and where it says so."""
    m = _FISCAL_DEF.search(text) if _YEAR_WORD.search(text) else None
    if m is None:
        return 12, None
    month = MONTHS[m["fm"].rstrip(".").lower()]
    end = month if m["verb"].lower().startswith(("end", "clos")) else (month - 2) % 12 + 1
    # "the fiscal year ends June 30" is a rule, not a period; "the year ended March 31"
    # names one, and period.year_defined reads it.
    generic = m["verb"].lower() in _GENERIC_VERBS
    return end, (m.start("fm"), m.end() + 4) if generic else None


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
    matches = _longest_first(_candidates(text), len(text))
    fiscal_end, definition = _fiscal_calendar(text)
    if definition:  # "the fiscal year ends June 30" names no period
        skips.append(definition)
    ctx = Context(text, published, fiscal_end=fiscal_end)
    out: list[Period] = []
    prev_end = 0
    for match in matches:
        start, part, open_word = _widen(text, match, prev_end)
        prev_end = match.end
        if any(s < match.end and start < e for s, e in skips):
            continue
        part = part or match.parts.get("part")
        if open_word == "by" and part:  # "by the end of the year": the deadline is that part
            open_word = None
        if _is_dateline(text, start, match.end):
            continue
        ctx.override = (
            "past" if open_word in OPEN_START else "future" if open_word in _UNTIL else None
        )
        try:
            resolved = resolve(match.parts, ctx, match.start)
        except (ValueError, KeyError, OverflowError):
            resolved = None
        if resolved is None:
            continue
        lo, hi, timex = resolved
        if part and lo is not None and hi is not None and match.parts["kind"] in _PARTABLE:
            lo, hi = nz.part_of((lo, hi), part)
        period = Period(
            text=text[start : match.end],
            span=(start, match.end),
            start=lo,
            end=hi,
            timex=timex,
            rule=match.rule,
        )
        if lo is not None and not open_word and match.parts["kind"] not in ("reporting", "anaphor"):
            ctx.remember(period, _memory_kind(match.parts))
        if lo is not None and _names_year(match.parts):
            ctx.focus = (lo.year, match.end)
        if open_word in OPEN_START:
            period.end, period.timex = None, f"{timex}/.." if timex else None
        elif open_word in OPEN_END:
            period.start, period.timex = None, f"../{timex}" if timex else None
        out.append(period)
    return out
