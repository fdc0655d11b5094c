"""The periods grammar: one list of rules, each a pattern with a stable id and the
function that reads a match into parts.

A rule's ``parse`` turns a match into ``Parts`` (a small dict whose ``kind`` says how
``resolve`` reads it) or ``None`` when the text only looks like a date ("$2021",
"2021 tractors"). ``find`` tries a rule only at the words it can start with
(``Rule.first_words``), which are read off its pattern; give them explicitly only for
a pattern they cannot be read from. To add a rule: a parse function here and a
``Rule`` in ``RULES`` (and, for a new kind of parts, a resolver in ``resolve``).

Over 600 lines because it is the whole grammar: the building blocks, the parse
functions and the rules read together.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from factex.patterns import first_words, longest_first, trie_alternation
from factex.periods import normalize as nz
from factex.periods.lexicon import (
    AFTER_CLOCK_AT,
    CLOCK_WORDS,
    COUNT_NOUNS,
    DAY_ORDINALS,
    DAY_PART_SHIFT,
    DAY_PARTS,
    DECADE_WORDS,
    DEICTIC_SHIFT,
    DONE_NOUNS,
    EASTER_HOLIDAYS,
    FULL_WEEKDAYS,
    HOLIDAY_THINGS,
    HOLIDAYS,
    MONTHS,
    NOT_PERIODS,
    NOWADAYS_NOUNS,
    NUMBER_WORDS,
    OCCASION_NOUNS,
    ORDINALS,
    SEASON_ADJECTIVES,
    SEASON_YEAR_NOUNS,
    SEASONS,
    TIME_ZONES,
    WEEKDAYS,
    YEAR_CENTURIES,
    YEAR_LEFT_CUES,
    YEAR_RIGHT_OK,
    YEAR_TEENS,
    YEAR_TENS,
    YEAR_UNITS,
    nationality_words,
)
from factex.periods.parts import Parts, YearRef

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
# A day of the month as an ordinal word; "twenty-first" also as "twenty first".
_DAY_WORD = f"(?i:{longest_first(DAY_ORDINALS)})".replace(r"\-", r"[-\s]")


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
    """A year as said after a month or quarter: "2019", "of 2019", "this year", "fiscal 1990",
    "of our fiscal year", "of the group's financial year"."""
    return (
        rf"(?:(?:of\s+|in\s+)?(?P<fy{s}>fiscal\s+(?:year\s+)?|FY\s?)?{YEAR('yr' + s)}"
        rf"(?:/(?P<ysplit{s}>\d\d)(?![\d/]))?"
        rf"(?P<fya{s}>\s+(?i:fiscal|financial)\s+year\b(?!-))?"
        rf"|(?:of\s+)?(?P<ydei{s}>this|last|next|the\s+(?:current|previous|preceding|following|same|prior))\s+year\b"
        rf"|(?P<ythe{s}>of\s+(?:the|its|their|our|the\s+[a-z]+['’]s(?=\s+(?:fiscal|financial)\b))"
        rf"\s+(?:(?P<yfis{s}>fiscal|financial)\s+)?year\b)"
        rf"|(?:of\s+)?{SPOKEN('ysp' + s)})"
    )


# --- parse: match -> parts --------------------------------------------------------------


def _month(m: re.Match[str], name: str) -> int:
    return MONTHS[m.group(name).rstrip(".").lower()]


def _num(word: str) -> int:
    word = word.lower()
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word) or ORDINALS[word]


def _yref(m: re.Match[str], s: str = "") -> YearRef | None:
    """("abs", 2019), ("dei", -1) for "last year", ("ana", -1) for "the previous year"."""
    groups = m.groupdict()
    if groups.get("yr" + s):
        if split := groups.get("ysplit" + s):  # "of 1986/87": a fiscal year split over two
            year = int(groups["yr" + s]) + 1
            return ("split", year) if int(split) == year % 100 else None
        # "fiscal 1990", "the 1990 fiscal year"
        fiscal = groups.get("fy" + s) or groups.get("fya" + s)
        return ("fiscal" if fiscal else "abs", int(groups["yr" + s]))
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


def p_date_word(m: re.Match[str]) -> Parts | None:
    """ "March eighth", "the twenty-first of May": the day as an ordinal word."""
    day = DAY_ORDINALS[re.sub(r"[-\s]+", "-", m["dw"].lower())]
    return {"kind": "date", "yref": _yref(m), "month": _month(m, "m1"), "day": day}


def p_day_range(m: re.Match[str]) -> Parts | None:
    d1, d2 = int(m["d1"]), int(m["d2"])
    if d1 >= d2:
        return None
    return {"kind": "day_range", "yref": _yref(m), "month": _month(m, "m1"), "d1": d1, "d2": d2}


_CURRENT_BEFORE = re.compile(r"\b(?i:current)\s+$")


def p_first_days(m: re.Match[str]) -> Parts | None:
    """ "the first 20 days of February": a range of days from the first."""
    days = _num(m["n"])
    if not 2 <= days <= 30:
        return None
    return {"kind": "day_range", "yref": _yref(m), "month": _month(m, "m1"), "d1": 1, "d2": days}


def p_month_range(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    conn = g["conn"].strip().lower()
    pre = (g.get("pre") or "").lower()
    if (conn == "and") != (pre == "between"):
        return None
    first, last = _month(m, "m1"), _month(m, "m2")
    y1 = int(g["y1"]) if g.get("y1") else None
    yref = _yref(m)
    if yref is None and _CURRENT_BEFORE.search(m.string, max(0, m.start() - 9), m.start()):
        yref = ("dei", 0)  # "the current January/March quarter"
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


# Right after "March" or "May": what only a month is said before ("March exports", "the
# May agreement", "March's figures"); a verb takes no such noun, nor a possessive.
_MONTH_RIGHT = re.compile(
    rf"\s+(?:{trie_alternation(OCCASION_NOUNS + DONE_NOUNS)})\b|'s\b(?<=March's)"
)


def p_month(m: re.Match[str]) -> Parts | None:
    month = _month(m, "m1")
    said = m["m1"]
    if (
        said.lower() in ("may", "march")
        and not _MONTH_LEFT.search(m.string, max(0, m.start() - 12), m.start())
        and not (said[1:].islower() and _MONTH_RIGHT.match(m.string, m.end()))
    ):
        return None  # the verbs: "May" and "March" alone only where a month is
    if said.lower() not in _FULL_MONTHS and not said.endswith("."):
        return None  # "Jan", "Mar" alone are names more often than months; "Jan." is a month
    return {"kind": "month", "yref": None, "month": month}


def p_year_range(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    conn = g["conn"].strip().lower()
    pre = (g.get("pre") or "").lower()
    y1, tail = int(g["y1"]), g["y2"]
    if (conn == "and") != (pre == "between"):
        return None
    if len(tail) == 1:  # "2005-6", "1998/9": a split year, its second year's last digit
        if conn in ("and", "to", "through", "until") or int(tail) != (y1 + 1) % 10:
            return None
        tail = f"{(y1 + 1) % 100:02d}"
    y2 = int(tail) if len(tail) == 4 else y1 - y1 % 100 + int(tail)
    if len(tail) == 2 and y2 <= y1:
        y2 += 100
    if not y1 < y2 <= y1 + 100:
        return None
    if conn == "/" and y2 != y1 + 1:
        return None
    if _is_clock(m.string, m.start("y2"), m.end("y2")):  # "between 1800 and 2000 GMT"
        return None
    after = _WORD_AFTER.match(m.string, m.end())
    season = after is not None and after[1] in SEASON_YEAR_NOUNS  # "the 2015/16 season"
    # "1986/87", "fiscal 1986-87": one year split across two
    split = (conn == "/" or (bool(g.get("fis")) and y2 == y1 + 1)) and not season
    return {"kind": "year_range", "y1": y1, "y2": y2, "split": split}


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
        # "-ss", "-us", "-is" end singulars: "1985 surplus", "the 1987 census", "crisis"
        plural = (
            word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _RIGHT_OK
        )
        if plural or word in _COUNT_NOUNS:
            return True
    return text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha()  # "2021-strong"


def p_spoken_year(m: re.Match[str]) -> Parts | None:
    year = nz.spoken_year(m["ysp"])
    if year is None or (m["the"] is None and _is_count(m.string, m.start(), m.end())):
        return None
    return {"kind": "year", "year": year, "fiscal": False}


# A name being introduced, the year its last word: "a venture called Orion 1980".
_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|known\s+as)\s+(?:[A-Z][\w&'’-]*\s+){1,3}$")


# A 24-hour clock time, not a year: "hhmm" then a time-zone abbreviation or a clock
# word ("at 1830 GMT", "1400 local time", "0600 hrs").
_CLOCK_AFTER = re.compile(
    rf"[ \t]*(?:(?-i:{trie_alternation(TIME_ZONES)})\b|(?i:{trie_alternation(CLOCK_WORDS)})(?!\w))"
)


# "at" before a clock time with no zone word: a year takes "in", a time of day "at"
# ("the meeting starts at 1830.", "at 1830 on Monday"); not "at 2000 prices".
_AT_BEFORE = re.compile(r"\b[Aa]t[ \t]+$")
_AT_CLOCK_AFTER = re.compile(
    rf"(?![ \t]+[a-z])|[ \t]+{trie_alternation(AFTER_CLOCK_AT)}\b|[ \t]*[,;.:!?)]"
)


def _is_clock(text: str, start: int, end: int) -> bool:
    """Whether the four digits at ``text[start:end]`` are a clock time ("1830 GMT",
    "starts at 1830.")."""
    digits = text[start:end]
    return (
        len(digits) == 4
        and int(digits[:2]) < 24
        and int(digits[2:]) < 60
        and bool(
            _CLOCK_AFTER.match(text, end)
            or (
                _AT_BEFORE.search(text, max(0, start - 4), start)
                and _AT_CLOCK_AFTER.match(text, end)
            )
        )
    )


# A year right after a capitalized word inside a sentence is the last word of a name:
# "Euro 2004", "Windows 2000", "Athens 2004" name an event or a product, not the year.
# Not after a word that takes a year ("In 2004", "Christmas 2004", "Throughout 2004")
# nor after a nationality ("German 1987 growth") or a sentence end, where any word is
# capitalized.
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w,;:)’'\"”] )(?P<w>[A-Z][a-z]+) $")
_TAKES_YEAR = (
    frozenset(YEAR_LEFT_CUES)
    | frozenset(MONTHS)
    | frozenset(FULL_WEEKDAYS)
    | frozenset(SEASONS)
    | frozenset(w for name in (*HOLIDAYS, *EASTER_HOLIDAYS) for w in name.split())
    | frozenset(("throughout", "around", "circa", "about", "within", "into", "over", "calendar"))
)


def _ends_name(text: str, start: int) -> bool:
    """Whether the year at ``start`` ends a name ("Euro 2004")."""
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 24), start)
    if before is None:
        return False
    word = before["w"].lower()
    return word not in _TAKES_YEAR and word not in nationality_words()


def p_year(m: re.Match[str]) -> Parts | None:
    text = m.string
    if m["fy"] is None and _ends_name(text, m.start()):
        return None
    if m["fy"] is None and _is_clock(text, m.start("yr"), m.end("yr")):
        return None
    if m["fy"] is None and _is_count(text, m.start(), m.end()):
        return None
    if m["fy"] is None and _NAMED_BEFORE.search(text, max(0, m.start() - 80), m.start()):
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
    elif g.get("dec2") or g.get("dec3"):
        decade = 190 + int(g["dec2"] or g["dec3"]) // 10
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
    fiscal = bool(
        g.get("fis") or g.get("yfis")
    )  # "the fiscal first quarter", "... of the fiscal year"
    return {"kind": "quarter", "yref": yref, "quarter": quarter, "fiscal": fiscal}


def p_quarters(m: re.Match[str]) -> Parts | None:
    """ "the second and third quarters", "the first two quarters of 2004": quarters in a
    row ("the first and third quarters" are two; "the last two quarters" alone a span)."""
    if m["n"]:
        count = _num(m["n"])
        if m["fl"].lower() == "first":
            first, last = 1, count
        elif _yref(m) is None:
            return None
        else:
            first, last = 5 - count, 4
    else:
        first, last = ORDINALS.get(m["q"].lower(), 0), ORDINALS.get(m["q2"].lower(), 0)
        if not 1 <= first < last <= 4 or (last > first + 1 and "and" in m[0].lower().split()):
            return None
    return {
        "kind": "quarter",
        "yref": _yref(m),
        "quarter": first,
        "quarter2": last,
        "fiscal": False,
    }


# A quarter or half named before, in the sentence: what an elided head stands for.
_ELIDED_HEAD = re.compile(r"\b(quarter|half)\b(?:[^.;!?]|\.(?=\d))*$", re.I)
# The first ordinal of a coordination whose head comes last: "the first and [third]".
_ORDINAL_AND = re.compile(r"\b(?:first|second|third|fourth)\s+and\s+(?:the\s+)?$", re.I)


def p_elided_ordinal(m: re.Match[str]) -> Parts | None:
    """A quarter or half whose head noun a coordination elides (GUIDELINES): "the first
    and third quarters" (the first), "The first quarter showed growth, with the second
    showing 1.1%" (the second, after a quarter named in its sentence)."""
    g = m.groupdict()
    word = (g.get("q") or g["q2"]).lower()
    n = 4 if word == "final" else ORDINALS[word]
    if g.get("head2"):  # "[the first and] third quarters": the last of the coordination
        if not _ORDINAL_AND.search(m.string, max(0, m.start() - 20), m.start()):
            return None
        unit = "half" if g["head2"].lower() == "halves" else "quarter"
    elif g.get("heads"):
        unit = "half" if m["heads"].lower() == "halves" else "quarter"
    elif back := _ELIDED_HEAD.search(m.string, max(0, m.start() - 150), m.start()):
        unit = back[1].lower()
    else:
        return None
    if unit == "half":
        return {"kind": "half", "yref": _yref(m), "half": n, "fiscal": False} if n <= 2 else None
    return {"kind": "quarter", "yref": _yref(m), "quarter": n, "fiscal": False}


def p_half(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    word = (g.get("h") or "").lower()
    half = int(g["hn"]) if g.get("hn") else (1 if word in ("first", "1st") else 2)
    yref = _yref(m)
    if g.get("hy"):
        yref = ("abs", int(g["hy"]))
    return {"kind": "half", "yref": yref, "half": half, "fiscal": bool(g.get("yfis"))}


def p_months_of_year(m: re.Match[str]) -> Parts | None:
    count = _num(m["n"])
    which = m["fl"].lower()
    if m["yfy"] and count == 6 and which != "remaining":
        # "the first six months of the fiscal year": its first half, whatever its calendar
        # (GUIDELINES, decided for bbc-facts-f)
        half = 1 if which == "first" else 2
        return {"kind": "half", "yref": ("dei", 0), "half": half, "fiscal": True}
    yref = ("dei", 0) if m["yany"] or m["yfy"] else _yref(m)
    if not 1 <= count <= 12 or (which != "first" and yref is None):
        return None  # "the last three months" is a duration
    first, last = (1, count) if which == "first" else (13 - count, 12)
    return {"kind": "months_of_year", "yref": yref, "m1": first, "m2": last}


def p_month_of_year(m: re.Match[str]) -> Parts | None:
    """ "the first month of the year", "the final month of 2004": that month of the year
    (not "last month" inside "the last month of the year")."""
    if m["yfis"]:
        return None  # which calendar month a fiscal month is needs the fiscal calendar
    which = m["fl"].lower()
    month = 12 if which in ("last", "final") else ORDINALS.get(which, 0)
    if not 1 <= month <= 12:
        return None
    return {"kind": "month", "yref": _yref(m), "month": month}


def p_day_of_year(m: re.Match[str]) -> Parts | None:
    """ "the last day of the year", "the first day of 2005": December 31, January 1."""
    if m["yfis"]:
        return None  # a fiscal year's days need its calendar
    last = m["fl"].lower() in ("last", "final")
    return {"kind": "date", "yref": _yref(m), "month": 12 if last else 1, "day": 31 if last else 1}


def p_year_fiscal(m: re.Match[str]) -> Parts | None:
    """ "the 2005 fiscal year", "its 2004-05 financial year": the fiscal year so named, as
    "fiscal 2005" (a split year as "2004/05": the text's fiscal calendar, else April to
    March)."""
    y1 = int(m["y1"])
    if not m["y2"]:
        return {"kind": "year", "year": y1, "fiscal": True}
    tail = m["y2"]
    y2 = int(tail) if len(tail) == 4 else y1 - y1 % 100 + int(tail)
    if len(tail) == 2 and y2 <= y1:
        y2 += 100
    return {"kind": "year_range", "y1": y1, "y2": y2, "split": True} if y2 == y1 + 1 else None


def p_new_year(m: re.Match[str]) -> Parts | None:
    """ "in the new year": the year that begins at the next January 1 (written in the
    first half of a year, the one just begun)."""
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": False, "new": True}


def p_previous_months(m: re.Match[str]) -> Parts | None:
    """ "the previous three months", "the two preceding months": the months right before
    the period its sentence reports (not "the past three months", a span back from now;
    nor "the previous 12 months", a year whose months no period names)."""
    count = _num(m["n"] or m["n2"])
    if m["unit"].lower() == "quarters":  # "the two previous quarters" (GUIDELINES)
        if not 2 <= count <= 3:
            return None
        return {"kind": "months_before", "count": 3 * count, "anchor": "base", "quarters": True}
    return {"kind": "months_before", "count": count, "anchor": "base"} if 2 <= count < 12 else None


# "over the last year", "in the next month", "the last week of January": a span counted
# from now (as "the past year", GUIDELINES) or a part of a period, not the calendar unit
# "last year" names.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def p_deictic(m: re.Match[str]) -> Parts | None:
    words = m["dei"].lower().split()
    unit = m["unit"].lower().split()[-1]
    if (
        words[0] in ("last", "next")
        and m["unit"].lower() in ("year", "month", "week")
        and _THE_BEFORE.search(m.string, max(0, m.start() - 5), m.start())
    ):
        return None
    shift = DEICTIC_SHIFT[words[-1]]
    anaphoric = words[0] == "the" and words[-1] in ("previous", "preceding", "following", "prior")
    return {
        "kind": "deictic",
        "unit": unit,
        "shift": shift,
        "anaphoric": anaphoric,
        "fiscal": m["unit"].lower().startswith(("fiscal", "financial", "tax")),
        "anchor": "base" if anaphoric else "publication",
    }


# "this year as last", "more this quarter than last": the unit said before "as"/"than".
_ELIDED_UNIT = re.compile(
    r"\b(?:this|the\s+current)\s+(?P<unit>year|quarter|month|week)\b"
    r"[^.;:!?]{0,80}?\b(?:as|than)\s+$",
    re.I,
)


def p_elided_last(m: re.Match[str]) -> Parts | None:
    """A bare "last" ending a comparison with "this year" ("twice as high a dividend
    this year as last"): last year, the unit taken from the other side."""
    before = _ELIDED_UNIT.search(m.string, max(0, m.start() - 120), m.start())
    if before is None:
        return None
    return {"kind": "deictic", "unit": before["unit"].lower(), "shift": -1, "anaphoric": False}


# "this year and next", "this quarter or next": the unit said before the "and".
_UNIT_AND = re.compile(
    r"\b(?:this|the\s+current)\s+(?P<unit>year|quarter|month|week)\s+(?:and|or)\s+$", re.I
)


def p_elided_next(m: re.Match[str]) -> Parts | None:
    """A bare "next" joined to "this year" ("a surplus this year and next"): next year,
    the unit taken from the other side."""
    before = _UNIT_AND.search(m.string, max(0, m.start() - 30), m.start())
    if before is None:
        return None
    return {"kind": "deictic", "unit": before["unit"].lower(), "shift": 1, "anaphoric": False}


def p_the_years(m: re.Match[str]) -> Parts | None:
    """ "the year's overall surplus": the year the passage is about (of the period named
    last, else of publication)."""
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": True}


def p_the_unit(m: re.Match[str]) -> Parts | None:
    """ "the year"/"the month" after a part modifier ("the end of the year")."""
    return {"kind": "deictic", "unit": m["unit"].lower(), "shift": 0, "anaphoric": False}


def p_ago(m: re.Match[str]) -> Parts | None:
    count = _num(m["n"])
    unit = m["unit"].lower().rstrip("s")
    way = m["way"].lower()
    if unit == "decade":  # "three decades ago": a year, thirty back; "a decade earlier": none
        if way != "ago":
            return None
        count, unit = count * 10, "year"
    if count == 1 and unit == "year":  # "a year ago": the period compared, a year back
        parts: Parts = {"kind": "year_back", "count": 1, "unit": "period", "anchor": "base"}
        if way == "ago":
            parts["way"] = "past"  # counted from the publication date when nothing is compared
        return parts
    if (
        count == 1
        and unit in ("quarter", "month", "week")
        and (way == "earlier" or _CLAUSE_ENDS.match(m.string, m.end()))
    ):  # "rose in December from a month earlier": the month before the one compared
        return {"kind": "deictic", "unit": unit, "shift": -1, "anaphoric": True, "anchor": "base"}
    if way != "ago":
        return None  # "a month before the vote": relative to an event
    return {"kind": "ago", "count": count, "unit": unit}


_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)")


def p_same_period(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    target = int(g["yr"]) if g.get("yr") else None
    return {"kind": "same_period", "target": target, "anchor": "base"}


def p_year_period(m: re.Match[str]) -> Parts | None:
    """ "the 1989 period", "the 1988 quarter": the period the article reports (the first
    it named), in that year; the year itself when it named no such period. "A similar
    1986 period", "the same 1986 period": the one its sentence reports, in that year."""
    year = int(m["yr"])
    return {
        "kind": "same_period",
        "target": year,
        "year": year,
        "unit": m["unit"].lower(),
        "anchor": "base" if m["same"] else "topic",
    }


def p_year_back(m: re.Match[str]) -> Parts | None:
    unit = (m.groupdict().get("unit") or "period").lower()
    return {"kind": "year_back", "count": 1, "unit": unit, "anchor": "base"}


def p_weekend(m: re.Match[str]) -> Parts | None:
    word = m["dei"].lower().split()[-1]
    return {"kind": "weekend", "shift": DEICTIC_SHIFT.get(word)}


def p_deictic_date(m: re.Match[str]) -> Parts | None:
    """ "last February 28", "next March 3": the nearest such day before or after."""
    word = m["dei"].lower().split()[-1]
    way = "future" if DEICTIC_SHIFT[word] > 0 else "past"
    return {"kind": "date", "yref": None, "month": _month(m, "m1"), "day": int(m["d1"]), "way": way}


def p_year_end(m: re.Match[str]) -> Parts | None:
    return {"kind": "date", "yref": None, "month": 12, "day": 31}


def p_the_fiscal_year(m: re.Match[str]) -> Parts | None:
    """ "lower earnings for the fiscal year": the fiscal year of the quarter the passage
    reports, else the one under way."""
    return {
        "kind": "deictic",
        "unit": "year",
        "shift": 0,
        "anaphoric": False,
        "fiscal": True,
        "anchor": "topic",
    }


def p_that_year(m: re.Match[str]) -> Parts | None:
    """ "that year", "the same year", "the entire year": the year of the period named
    before; "the year before", "the year previous": the one before it; "the year before
    last": two years before now."""
    if m["last"]:  # "the year before last": counted from now, not from a period named
        return {"kind": "deictic", "unit": "year", "shift": -2, "anaphoric": False}
    shift = -1 if m["before"] else 0
    return {"kind": "deictic", "unit": "year", "shift": shift, "anaphoric": True}


def p_unit_before(m: re.Match[str]) -> Parts | None:
    """ "the month before", "the quarter before": the one before the period named."""
    return {
        "kind": "deictic",
        "unit": m["unit"].lower(),
        "shift": -1,
        "anaphoric": True,
        "anchor": "base",
    }


def p_not_period(m: re.Match[str]) -> Parts | None:
    """ "Black Monday", "Russell 2000": a name, covering the words so no rule reads them."""
    return {"kind": "not_period"}


def p_day_part(m: re.Match[str]) -> Parts | None:
    """ "this morning", "last night", "tonight": the day they fall on."""
    if m["tonight"]:
        return {"kind": "day_part", "offset": 0, "code": "NI"}
    word, part = m["dpw"].lower(), m["dp"].lower()
    if word == "last" and part not in ("night", "evening"):
        return None  # "last morning" is no day
    return {"kind": "day_part", "offset": DAY_PART_SHIFT[word], "code": DAY_PARTS[part]}


def p_holiday(m: re.Match[str]) -> Parts | None:
    """ "Christmas", "last Thanksgiving", "Good Friday": the holiday's day, placed as a
    yearless date; "before Christmas"/"pre-Christmas" the time up to the day before it,
    "after Christmas"/"post-Christmas" the time from the day after (gold/GUIDELINES.md)."""
    name = " ".join(m["hol"].lower().replace("’", "'").split())
    dei = (m["dei"] or "").lower().split()
    after = _WORD_AFTER.match(m.string, m.end())
    if after is not None and after[1] in HOLIDAY_THINGS and not m["side"]:
        return None  # "a wonderful Christmas present", "Easter eggs": things, not times
    parts: Parts = {"kind": "holiday", "holiday": name}
    if m["hyr"]:
        parts["year"] = int(m["hyr"])
    if dei and dei[-1] != "this":
        parts["way"] = "future" if DEICTIC_SHIFT[dei[-1]] > 0 else "past"
    if side := (m["side"] or "").lower().rstrip("-").strip():
        parts["side"] = "before" if side in ("pre", "before") else "after"
    return parts


def p_short_year(m: re.Match[str]) -> Parts | None:
    """ "'82": the year, in the century a two-digit fiscal year gets."""
    short = int(m["yy"])
    return {"kind": "year", "year": 1900 + short if short >= 50 else 2000 + short, "fiscal": False}


def p_numeric_date(m: re.Match[str]) -> Parts | None:
    """ "7/8/07", "8/20/2024": month/day/year as U.S. newsrooms write it, day/month when
    the first number cannot be a month."""
    a, b, year = int(m["a"]), int(m["b"]), m["y"]
    month, day = (a, b) if a <= 12 else (b, a)
    if month > 12 or nz.safe_date(2000, month, day) is None:
        return None
    full = int(year) if len(year) == 4 else (1900 if int(year) >= 50 else 2000) + int(year)
    return {"kind": "date", "yref": ("abs", full), "month": month, "day": day}


def p_end_month(m: re.Match[str]) -> Parts | None:
    """ "end-June": the end of the month."""
    return {"kind": "month", "yref": None, "month": _month(m, "m1"), "part": "end"}


def p_years_end(m: re.Match[str]) -> Parts | None:
    """ "year's end": the end of the year, as "the end of the year"."""
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": False, "part": "end"}


def p_midyear(m: re.Match[str]) -> Parts | None:
    """ "mid-year", "midyear": the middle of the year, as "the middle of the year"; none
    as a modifier ("a mid-year review" names a kind of review, not a time)."""
    if _NOUN_NEXT.match(m.string, m.end()):
        return None
    if m["yr"]:  # "mid-year 1990": as "mid-1990"
        return {"kind": "year", "year": int(m["yr"]), "fiscal": False, "part": "mid"}
    return {"kind": "deictic", "unit": "year", "shift": 0, "anaphoric": False, "part": "mid"}


def p_rest_of(m: re.Match[str]) -> Parts | None:
    """ "the rest of the year", "the remainder of this month", "the rest of 1989": from
    the publication date to the end of that unit."""
    if m["yr"]:
        return {"kind": "rest_of", "unit": "year", "year": int(m["yr"])}
    return {"kind": "rest_of", "unit": m["unit"].lower()}


def p_year_defined(m: re.Match[str]) -> Parts | None:
    """ "the fiscal year ended March 31", "the year beginning October 1": twelve months."""
    verb = m["verb"].lower()
    return {
        "kind": "year_defined",
        "month": _month(m, "m1"),
        "ends": verb.startswith(("end", "clos")),
        "past": verb in ("ended", "closed", "began", "started"),
        "year": int(m["yr"]) if m["yr"] else None,
        "day": int(m["d1"]) if m["d1"] else 0,
    }


def p_named_year_defined(m: re.Match[str]) -> Parts | None:
    """ "fiscal 1985/86 ended March", "the government year 1988, starting Oct. 1",
    "fiscal 1986, which ended Sept. 30", "1985/86 to end-June": a named twelve-month year
    with its boundary. A single year names the fiscal year by the year it ends in."""
    verb = m["verb"].lower()
    ends = verb.startswith(("end", "clos", "to"))
    month = _month(m, "m1")
    y1 = int(m["y1"])
    y2 = None
    if m["y2"]:
        y2 = y1 - y1 % 100 + int(m["y2"][-2:])
        if y2 != y1 + 1 and y2 + 100 != y1 + 1:
            return None
        y2 = y1 + 1
    if not m["fw"] and y2 is None:
        return None  # "1988, starting Oct. 1" alone names no fiscal year
    if ends:
        year = y2 if y2 is not None else y1
    else:
        year = y1 if y2 is not None else (y1 - 1 if month > 1 else y1)
    return {"kind": "year_defined", "month": month, "ends": ends, "past": False, "year": year}


def p_months_to(m: re.Match[str]) -> Parts | None:
    """ "the three months to 31 December 2004", "the quarter to September", "the year to
    March 2005", "the nine months ended December", "the June quarter": the months
    ending with a month."""
    g = m.groupdict()
    unit = (g.get("unit2") or "quarter").lower()
    count = _num(g["n"]) if g.get("n") else _UNIT_MONTHS[unit]
    if not 1 <= count <= 12:
        return None
    said = next(k for k in ("ma", "mb", "m1") if g.get(k))
    year = g.get("yra") or g.get("yrb") or g.get("yr")
    day = next((g[k] for k in ("d0a", "d1a", "d0b", "d1b") if g.get(k)), None)
    parts: Parts = {
        "kind": "months_to",
        "count": count,
        "month": _month(m, said),
        "year": int(year) if year else None,
        "past": (g.get("verb2") or "").lower() in ("ended", "closed"),
        "unit": "months" if g.get("n") else unit,
    }
    if day:
        parts["day"] = int(day)
    ordinal = (g.get("q") or g.get("q2") or "").lower()
    quarter = 4 if ordinal in ("final", "fourth") else ORDINALS.get(ordinal)
    if count == 3 and quarter and quarter <= 4:
        parts["quarter"] = quarter  # a fiscal quarter keeps its name in the TIMEX3 value
    return parts


# An opening quote right before a century, and a word after it.
_QUOTE_BEFORE = re.compile(r"[\"“‘']$")
_CENTURY_MODIFIER = re.compile(r"[-\s]+[A-Za-z]")


def p_century(m: re.Match[str]) -> Parts | None:
    """ "the 20th century": TIMEX3 "19", the years 1900-1999 (TimeML's convention).

    A quotation that opens with one before a noun coins a name ('a "21st Century
    network"'); unquoted, "a 20th century democrat" is still the century (TimeBank)."""
    if _QUOTE_BEFORE.search(m.string, max(0, m.start() - 1), m.start()) and _CENTURY_MODIFIER.match(
        m.string, m.end()
    ):
        return None
    number = int(m["n"])
    return {"kind": "century", "century": number - 1} if 1 <= number <= 21 else None


def p_year_possessive_unit(m: re.Match[str]) -> Parts | None:
    """ "this year's third quarter", "last year's first half"."""
    parts = p_half(m) if m["h"] else p_quarter(m)
    if parts:
        parts["yref"] = ("dei", DEICTIC_SHIFT[m["ydei"].lower()])
    return parts


def p_anaphor(m: re.Match[str]) -> Parts | None:
    """ "the quarter": the quarter the passage reports (the first it named); "that
    quarter" points back at the one just named."""
    parts: Parts = {"kind": "anaphor", "unit": m["unit"].lower()}
    if m["det"].lower() == "that":
        parts["anchor"] = "previous"
    return parts


def p_deictic_month(m: re.Match[str]) -> Parts | None:
    words = m["dei"].lower().split()
    shift = 0 if words == ["this", "past"] else DEICTIC_SHIFT[words[-1]]
    return {"kind": "deictic_month", "month": _month(m, "m1"), "shift": shift}


def p_reporting(m: re.Match[str]) -> Parts | None:
    return {"kind": "reporting"}


# A capitalized word after a word of the same sentence is a title ("the BBC's Today
# programme", "USA Today"), not the day: the day is lower-case there.
_IN_SENTENCE_BEFORE = re.compile(r"[A-Za-z0-9,;](?:['’]s)?[ \t]+$")
_GENERIC_BEFORE = re.compile(r"\bof\s+$", re.I)
_OCCASION_AFTER = re.compile(rf"['’]s\s+{trie_alternation(OCCASION_NOUNS)}\b", re.I)


_DAY_SHIFT = {"previous": -1, "preceding": -1, "prior": -1, "next": 1, "following": 1, "same": 0}
# "the same day as the vote", "the next day or two": relative to an event, or vague
_DAY_EVENT_AFTER = re.compile(r"\s+(?:as|of|or|and|that|when|after|before)\b", re.I)


def p_day_anaphor(m: re.Match[str]) -> Parts | None:
    """ "the previous day", "a day earlier", "two days later", "the day before": a day
    counted from the day named before it ("closed at a record on Friday, topping the
    close reached the previous day"), not from the publication date."""
    if m["dei"]:
        if _DAY_EVENT_AFTER.match(m.string, m.end()):
            return None
        return {"kind": "day_anaphor", "offset": _DAY_SHIFT[m["dei"].lower()]}
    if not _CLAUSE_ENDS.match(m.string, m.end()):
        return None  # "a day before the vote", "two days after the attack": event-relative
    way = (m["way"] or m["rel"]).lower()
    count = _num(m["n"].lower()) if m["n"] else 1
    return {"kind": "day_anaphor", "offset": count if way in ("later", "after") else -count}


def p_relday(m: re.Match[str]) -> Parts | None:
    word = m.group(0)
    if word[0].isupper() and _IN_SENTENCE_BEFORE.search(
        m.string, max(0, m.start() - 30), m.start()
    ):
        return None
    if _GENERIC_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) and not (
        _OCCASION_AFTER.match(m.string, m.end())  # "ahead of today's session": the day
    ):
        return None  # "the people of tomorrow", "many of today's computers": an era
    word = word.lower()
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1}[word]
    return {"kind": "relday", "offset": offset}


# A weekday between "the" (or "Daily and") and a capitalized word names a title ("The
# Sunday Telegraph", "the Daily and Sunday Telegraph", "the Monday Club"), not a day.
_TITLE_BEFORE = re.compile(r"(?:\b[Tt]he|\b(?P<w>[A-Z][a-z]+)\s+and)[ \t]+$")
_TITLE_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]+)")
_TIME_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)


def _in_title(m: re.Match[str]) -> bool:
    after = _TITLE_AFTER.match(m.string, m.end())
    if after is None or after["w"].lower() in _TIME_NAMES:
        return False
    before = _TITLE_BEFORE.search(m.string, max(0, m.start() - 30), m.start())
    return before is not None and (before["w"] or "").lower() not in _TIME_NAMES


def p_weekday(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    dei = (g.get("dei") or "").lower().split()
    if not dei and _in_title(m):
        return None
    parts: Parts = {"kind": "weekday", "weekday": WEEKDAYS[m["wd"].lower()]}
    parts["dei"] = dei[-1] if dei else ""
    if week := g.get("wk"):  # "Monday last week": that week's Monday
        parts["shift"] = DEICTIC_SHIFT[week.lower()]
    return parts


# A lower-case word right after that is no function word: the season is a modifier.
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|or|but|of|to|in|on|at|as|when|while|with|before|after|until|than|that|"
    r"which|is|was|will|would|has|had|have|months|season)\b)[a-z]"
)


# "the unseasonably mild winter", "a cold winter" (not "the fall", a decline)
_QUALIFIED_SEASON = re.compile(
    rf"\b(?:the|a|an|this|last)\s+(?:[a-z]+ly\s+)?{trie_alternation(SEASON_ADJECTIVES)}\s+$",
    re.I,
)


def p_season(m: re.Match[str]) -> Parts | None:
    g = m.groupdict()
    dei = (g.get("dei") or "").lower().split()
    year = int(g["yr"]) if g.get("yr") else None
    if g.get("ysp"):  # "the winter of nineteen ninety-four"
        year = nz.spoken_year(g["ysp"])
    if (
        g.get("through")
        and not year
        and (g["season"].lower() == "fall" or _NOUN_NEXT.match(m.string, m.end()))
    ):  # "by the autumn leaves": a kind of thing; "hit by the fall in prices": a decline
        return None
    if not (
        dei
        or year
        or g.get("prep")
        or g.get("during")
        or g.get("over")
        or g.get("through")
        or (
            g["season"].lower() != "fall"  # "an early fall in prices": a decline
            and _QUALIFIED_SEASON.search(m.string, max(0, m.start() - 40), m.start())
        )
    ):
        return None
    shift = DEICTIC_SHIFT[dei[-1]] if dei else None
    if dei[:2] == ["this", "past"]:
        shift = 0
    return {"kind": "season", "code": SEASONS[g["season"].lower()], "year": year, "shift": shift}


def p_quarter_code2(m: re.Match[str]) -> Parts | None:
    """ "3Q 2019": the quarter digit before the Q."""
    yref = ("abs", int(m["qy"])) if m["qy"] else None
    return {"kind": "quarter", "yref": yref, "quarter": int(m["qn2"]), "fiscal": False}


# --- the rules ------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Rule:
    """One rule: a stable id, its pattern, the function reading a match, and the words
    a match can start with (read off the pattern unless given)."""

    id: str
    pattern: re.Pattern[str]
    parse: Callable[[re.Match[str]], Parts | None]
    first_words: frozenset[str] = field(default=frozenset())

    def __post_init__(self) -> None:
        if not self.first_words:
            object.__setattr__(self, "first_words", first_words(self.pattern))


def _rule(
    rule_id: str,
    pattern: str,
    parse: Callable[[re.Match[str]], Parts | None],
    first: Iterable[str] = (),
) -> Rule:
    """A rule; ``first``: its first words (``patterns.word_key``s), where the pattern
    cannot say them."""
    return Rule(rule_id, re.compile(pattern), parse, frozenset(first))


_I = "(?i:{})".format
_UNIT_MONTHS = {"quarter": 3, "half": 6, "half-year": 6, "year": 12}


def _months_tail(s: str) -> str:
    """The month (with a day and a year) a span of months ends with: "31 December 2004"."""
    return (
        rf"(?:{DAY('d0' + s)}\s+)?{MON('m' + s)}(?:\s*{DAY('d1' + s)})?(?:,?\s+{YEAR('yr' + s)})?"
    )


# "the three months", "its fourth quarter", "the year": a span of months a date ends.
_MONTHS_UNIT = _I(
    rf"(?:\b(?:the|its|a)\s+(?:(?:fiscal|financial)\s+)?(?:(?P<q>{_ORD}|final|latest|current)\s+)?"
    rf"|\b(?P<q2>{_ORD}|final)\s+)"
    r"(?:(?:fiscal|financial)\s+)?"
    rf"\b(?:(?P<n>{_NUMWORD}|\d{{1,2}})\s+months|(?P<unit2>quarter|half|half-year|year))"
)


def _titled(names: Iterable[str]) -> str:
    """Holiday names as written: each word capitalized or all in capitals, either
    apostrophe ("New Year's Day", "CHRISTMAS")."""
    forms = []
    for name in sorted(names, key=len, reverse=True):
        for form in (" ".join(w.capitalize() for w in name.split()), name.upper()):
            forms.append(re.escape(form).replace("'", "['’]").replace(r"\ ", r"\s+"))
    return "|".join(forms)


_HOLIDAY = _titled([*HOLIDAYS, *EASTER_HOLIDAYS])
FISCAL_WORD = "(?:fiscal|financial|budget|tax)"  # "the current tax year" (GUIDELINES)
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
        _WD_BEFORE
        + r"(?:\bthe\s+)?\b"
        + DAY("d1")
        + r"(?:\s+of)?\s+"
        + MON("m1")
        + r",?\s+"
        + YREF(""),
        p_date,
    ),
    _rule(
        "period.month_day_range",
        MON("m1")
        + r"\s*"
        + DAY("d1")
        + rf"\s*(?:{_DASH}|to|through|and|or)\s*"
        + DAY("d2")
        + rf"(?:,?\s+{YREF('')})?",
        p_day_range,
    ),
    _rule(
        "period.day_range_month",
        r"\b"
        + DAY("d1")
        + rf"\s*(?:{_DASH}|to|and|or)\s*"
        + DAY("d2")
        + r"\s+"
        + MON("m1")
        + rf"(?:,?\s+{YREF('')})?",
        p_day_range,
    ),
    # "the first 20 days of February": days 1-20 of the month
    _rule(
        "period.first_days",
        _I(rf"(?:\bthe\s+)?\bfirst\s+(?P<n>{_NUMWORD}|[12]?\d|30)\s+days\s+of\s+")
        + MON("m1")
        + rf"(?:,?\s+{YREF('')})?",
        p_first_days,
    ),
    _rule(
        "period.date_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?{MON('m1')}\s*{DAY('d1')}(?:,?\s+{YEAR('y1')})?"
        rf"\s*(?P<conn>{_DASH}|\s(?:to|through|till|until|and)\s)\s*{MON('m2')}\s*{DAY('d2')}"
        rf"(?:,?\s+{YREF('')})?",
        p_date_range,
    ),
    # "between 12 January and 10 February", "from 5 May to 3 June 2019": the same range
    # with the day before the month
    _rule(
        "period.day_month_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?\b{DAY('d1')}(?:\s+of)?\s+{MON('m1')}"
        rf"(?:,?\s+{YEAR('y1')})?\s*(?P<conn>{_DASH}|\s(?:to|through|till|until|and)\s)\s*"
        rf"{DAY('d2')}(?:\s+of)?\s+{MON('m2')}(?:,?\s+{YREF('')})?",
        p_date_range,
    ),
    _rule(
        "period.month_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+)?"
        rf"{MON('m1')}(?:,?\s+{YEAR('y1')})?"
        rf"\s*(?P<conn>-to-|{_DASH}|/|\s(?:to|through|till|until|and)\s)\s*{MON('m2')}(?:,?\s+{YREF('')})?"
        r"(?:\s+(?i:quarter)\b)?",
        p_month_range,
    ),
    _rule("period.month_year", MON("m1") + r",?\s+" + YREF(""), p_month_year),
    _rule(
        "period.month_day",
        _WD_BEFORE + MON("m1") + r"\s*" + DAY("d1") + r"(?!\s*(?:%|percent|per\b))",
        p_date,
    ),
    _rule(
        "period.day_month",
        _WD_BEFORE + r"(?:\bthe\s+)?\b" + DAY("d1") + r"(?:\s+of)?\s+" + MON("m1"),
        p_date,
    ),
    # "Sunday, March eighth", "the fifth of November": not "May first-half sales"
    _rule(
        "period.month_day_word",
        _WD_BEFORE + MON("m1") + rf"\s+(?:the\s+)?(?P<dw>{_DAY_WORD})\b(?!-)(?:,?\s+{YREF('')})?",
        p_date_word,
    ),
    _rule(
        "period.day_word_month",
        rf"(?i:\bthe\s+)(?P<dw>{_DAY_WORD})\s+of\s+" + MON("m1") + rf"(?:,?\s+{YREF('')})?",
        p_date_word,
    ),
    _rule("period.month", MON("m1"), p_month),
    _rule(
        "period.year_range",
        rf"(?:\b(?P<pre>[Ff]rom|[Bb]etween)\s+|(?P<fis>\b(?i:fiscal|financial)\s+(?i:year\s+)?))?"
        rf"{YEAR('y1')}\s*(?P<conn>{_DASH}|/|\s(?:to|through|until|and)\s)\s*"
        r"(?P<y2>(?:1[5-9]|20)\d\d|\d\d?)(?![\d%]|,\d{3})",
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
    _rule(
        "period.years_end", _I(r"\b(?:year's\s+end|end[-\s]year|end\s+of\s+year)\b"), p_years_end
    ),
    _rule("period.end_month", _I(r"\bend-") + MON("m1"), p_end_month),
    _rule(
        "period.midyear",
        _I(r"\bmid[-\s]?year\b(?![-\w])") + rf"(?:,?\s+{YEAR('yr')})?",
        p_midyear,
    ),
    _rule(
        "period.rest_of",
        _I(
            r"\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:(?:the|this)\s+"
            r"(?P<unit>year|quarter|month)\b(?![-\w'’])|" + YEAR("yr") + ")"
        ),
        p_rest_of,
    ),
    _rule(
        "period.not_period",
        _I(rf"\b{trie_alternation(NOT_PERIODS)}(?![\w&])"),
        p_not_period,
    ),
    _rule(
        "period.day_part",
        _I(
            rf"\b(?:(?P<dpw>{trie_alternation(DAY_PART_SHIFT)})\s+(?P<dp>{trie_alternation(DAY_PARTS)})"
            r"|(?P<tonight>tonight))\b"
        ),
        p_day_part,
    ),
    _rule(
        "period.holiday",
        _I(r"(?:\b(?P<side>pre-|post-|before\s+|after\s+))?")
        + _I(r"(?:\b(?P<dei>last|next|this|this\s+past|this\s+coming)\s+)?")
        + rf"\b(?P<hol>{_HOLIDAY})"
        + r"(?![\w'’])"
        + rf"(?:[ \t]+{YEAR('hyr')})?",  # "Christmas 2004"
        p_holiday,
    ),
    _rule(
        "period.short_year",
        r"(?<![\w'’])'(?P<yy>\d\d)\b(?!'?s\b|[\d%]|[.,]\d)",
        p_short_year,
        first=("'",),
    ),
    _rule(
        "period.numeric_date",
        r"(?<![\d/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])",
        p_numeric_date,
    ),
    _rule(
        "period.named_year_defined",
        _I(rf"(?:\b(?:the\s+)?(?P<fw>{FISCAL_WORD}|government)\s+(?:year\s+)?)?")
        + YEAR("y1")
        + r"(?:/(?P<y2>\d\d(?:\d\d)?))?"
        + _I(
            r",?\s+(?:which\s+|that\s+)?(?P<verb>ended|ending|ends|closed|to|beginning|began|"
            r"starting|started|begins|starts)\s+(?:on\s+|in\s+)?(?:end-)?"
        )
        + MON("m1")
        + rf"(?:\s*{DAY('d1')})?",
        p_named_year_defined,
    ),
    # "the three months to December" is one period; "the quarter ended Sept. 30" the
    # unit alone, its months read from the date after it, which is a period of its own
    # (as TimeML and the gold mark them).
    _rule(
        "period.months_to",
        _MONTHS_UNIT
        + "(?:"
        + _I(r"\s+(?P<verb>to|through)\s+(?:end-|the\s+end\s+of\s+)?")
        + _months_tail("a")
        + "|(?="
        + _I(r"\s+(?P<verb2>ended|ending|closed)\s+(?:on\s+)?(?:end-|the\s+end\s+of\s+)?")
        + _months_tail("b")
        + "))",
        p_months_to,
    ),
    _rule(
        "period.month_quarter",
        _I(r"\b(?:the|its|a)\s+") + MON("m1") + _I(r"(?:,?\s+" + YEAR("yr") + r")?\s+quarter\b"),
        p_months_to,
    ),
    _rule(
        "period.year_defined",
        _I(
            rf"\b(?:(?:the|its)\s+)?(?:{FISCAL_WORD}\s+)?year\s+(?:that\s+|which\s+)?"
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
        rf"|(?<=the\s)(?P<decw>{_I(longest_first(DECADE_WORDS))})\b"
        # "the 90s", "the late 80's": after "the" only ("her late 90s" is an age)
        r"|(?:(?<=\b[Tt]he\s)|(?<=\bthe\searly\s)|(?<=\bthe\slate\s)|(?<=\bthe\smid\s)|(?<=\bthe\smid-))"
        r"(?P<dec3>[2-9]0)'?s\b)",
        p_decade,
    ),
    _rule(
        "period.quarter",
        _I(rf"(?:\bthe\s+)?(?:(?P<fis>fiscal)\s+)?\b{_QWORD}[-\s]+(?:fiscal\s+)?quarter\b")
        + _YEAR_OF,
        p_quarter,
    ),
    # "the third and fourth quarters of 2004", "the first two quarters": one run of quarters
    _rule(
        "period.quarters",
        _I(
            rf"(?:\bthe\s+)?\b(?:(?P<q>{_ORD})\s+(?:and|to|through)\s+(?P<q2>{_ORD})"
            rf"|(?P<fl>first|last|final)\s+(?P<n>two|three|[23]))[-\s]+quarters\b"
        )
        + _YEAR_OF,
        p_quarters,
    ),
    # "the first and third quarters": the first, its head elided; "with the second showing"
    _rule(
        "period.elided_ordinal",
        _I(
            r"\bthe\s+(?P<q>first|second|third|fourth|final)\b(?=\s+and\s+(?:the\s+)?"
            r"(?:first|second|third|fourth|final)\s+(?P<heads>quarters|halves)\b"
            + _YEAR_OF
            + r"|,?\s+(?:showing|saw|was|were|rose|fell|grew|jumped|dropped|slipped|climbed"
            r"|posted|reported)\b|\s*[,;])"
        ),
        p_elided_ordinal,
    ),
    _rule(
        "period.elided_ordinal_last",  # "[the first and] third quarters (of 2004)"
        _I(r"\b(?P<q2>first|second|third|fourth|final)\s+(?P<head2>quarters|halves)\b") + _YEAR_OF,
        p_elided_ordinal,
    ),
    # "the last quarter of 2003": its fourth; "last quarter" alone is the one before this
    _rule(
        "period.last_quarter_of",
        _I(r"(?:\bthe\s+)?\b(?P<q>last)\s+quarter\s+(?=of\b)") + YREF(""),
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
        _I(
            rf"(?:\bthe\s+)?\b(?P<fl>first|last|final|remaining)\s+(?P<n>{_NUMWORD}|\d{{1,2}})"
            r"\s+months\b"
        )
        + rf"(?:\s+of\s+(?:the\s+|its\s+)?(?:{YREF('')}|(?P<yany>year)\b"
        + r"|(?P<yfy>(?i:fiscal|financial)\s+(?i:year))\b))?",
        p_months_of_year,
    ),
    _rule(
        "period.month_of_year",
        _I(rf"(?:\bthe\s+)?\b(?P<fl>{_ORD}|last|final)\s+month\s+(?=of\b)") + YREF(""),
        p_month_of_year,
    ),
    _rule(
        "period.day_of_year",
        _I(r"(?:\bthe\s+)?\b(?P<fl>first|last|final)\s+day\s+(?=of\b)") + YREF(""),
        p_day_of_year,
    ),
    _rule(
        "period.year_fiscal_year",
        _I(r"\b(?:the|its|their|this|that)\s+")
        + YEAR("y1")
        + r"(?:[-–/](?P<y2>\d\d(?:\d\d)?))?"
        + _I(rf"\s+{FISCAL_WORD}\s+year\b(?!-)"),
        p_year_fiscal,
    ),
    # "in the new year", not "the New Year holiday" nor "the new year's budget"
    _rule(
        "period.new_year",
        r"\b(?i:the)\s+(?:new\s+year|New\s+[Yy]ear)\b(?!['’]|-|\s+(?i:holidays?|celebrations?|"
        r"festival|festivities|eve|day|break|party|parties|period|message|address|"
        r"resolutions?|honours|honors)\b)",
        p_new_year,
    ),
    _rule(
        "period.previous_months",
        _I(
            rf"\bthe\s+(?:(?:previous|preceding|prior)\s+(?P<n>{_NUMWORD}|\d{{1,2}})"
            rf"|(?P<n2>{_NUMWORD}|\d{{1,2}})\s+(?:previous|preceding|prior))"
            r"\s+(?P<unit>months|quarters)\b"
        ),
        p_previous_months,
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
        "period.year_period",
        _I(r"\b(?:the\s+|(?P<same>(?:the|a)\s+(?:same|similar|comparable|corresponding)\s+))")
        + YEAR("yr")
        + _I(r"\s+(?P<unit>period|quarter)\b(?!-)"),
        p_year_period,
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
            r"\b(?P<dei>this|last|next|this\s+past|the\s+(?:current|previous|preceding|following|coming|latest|prior)"
            r"|(?:its|their)\s+current)"  # "its current financial year"
            r"\s+(?P<unit>year|month|quarter|week|(?:fiscal|financial)\s+(?:year|quarter)|tax\s+year)\b(?!-)"
        ),
        p_deictic,
    ),
    _rule(
        "period.the_fiscal_year",
        _I(
            rf"\bthe\s+{FISCAL_WORD}\s+year\b(?![-\w]|\s+(?:that\s+|which\s+)?(?:end|ends|ended|"
            r"ending|begin|begins|began|beginning|start|starts|started|starting|close|closes|closed|"
            r"to|through|of)\b)"
        ),
        p_the_fiscal_year,
    ),
    # "full-year profit", "for the full year": the company's current year (GUIDELINES,
    # decided for bbc-facts-f), as "the fiscal year"; not "a full year" (a duration) nor
    # "the full year to March" (the range rules read it)
    _rule(
        "period.full_year",
        _I(
            r"(?<!\ba\s)(?<!\bA\s)\b(?:the\s+)?full[-\s]year\b"
            r"(?!\s+(?:to|ended|ending|of|through)\b|\s+(?:19|20)\d\d)"
        ),
        p_the_fiscal_year,
    ),
    _rule(
        "period.that_year",
        _I(
            r"\b(?:(?:that|the\s+same|the\s+entire|the\s+whole)\s+year\b(?!-)"
            r"|the\s+year(?=\s+as\s+a\s+whole\b)"  # "the year as a whole" (GUIDELINES)
            r"|the\s+year\s+(?P<before>before|previous)\b(?:\s+(?P<last>last)\b)?)"
        ),
        p_that_year,
    ),
    _rule(
        "period.unit_before",
        _I(
            r"\bthe\s+(?P<unit>month|quarter)\s+before\b(?!\s+(?:the|a|an|its|their|his|her|last)\b)"
        ),
        p_unit_before,
    ),
    _rule(
        "period.the_quarter",
        # not "the quarter-to-quarter comparison", "the quarter-end"
        _I(r"\b(?P<det>the|that)\s+(?P<unit>quarter)\b(?!-|\s+(?:of|ended|ending)\b)"),
        p_anaphor,
    ),
    _rule(
        "period.deictic_month",
        _I(r"\b(?P<dei>last|next|this\s+past|this\s+coming|this)\s+") + MON("m1") + r"(?!\s*\d)",
        p_deictic_month,
    ),
    _rule(
        "period.deictic_date",
        _I(r"\b(?P<dei>last|next|this\s+past|this\s+coming)\s+") + MON("m1") + r"\s*" + DAY("d1"),
        p_deictic_date,
    ),
    _rule("period.elided_last", _I(r"\blast\b(?=\s*(?:[.,;:!?)]|$))"), p_elided_last),
    _rule(
        "period.elided_next",
        _I(r"\bnext\b(?!\s+(?:year|quarter|month|week|season|fiscal|financial|\w+day)\b)"),
        p_elided_next,
    ),
    _rule("period.the_unit", _I(r"(?<=of\sthe\s)(?P<unit>year|month)\b"), p_the_unit),
    _rule("period.the_years", _I(r"\bthe\s+year(?=['’]s\b)"), p_the_years),
    # "later in the year", "earlier in the month": as "later this year"
    _rule(
        "period.in_the_unit",
        _I(r"\b(?:later|earlier)\s+in\s+the\s+(?P<unit>year|month)\b(?!-)"),
        p_the_unit,
    ),
    _rule(
        "period.ago",
        _I(
            rf"\b(?P<n>{_NUMWORD}|\d{{1,2}})\s+(?P<unit>decades?|years?|quarters?|months?|weeks?|days?)(?:['’](?=\s+ago\b))?\s+(?P<way>ago|earlier|before)\b"
        ),
        p_ago,
    ),
    _rule(
        "period.day_anaphor",
        _I(
            r"\bthe\s+(?P<dei>previous|preceding|prior|next|following|same)\s+day\b(?![-'’])"
            r"|\b(?P<n>a|one|two|three|four|five|six|[1-6])\s+days?\s+(?P<way>earlier|later)\b"
            r"|\bthe\s+day\s+(?P<rel>before|after)\b"
        ),
        p_day_anaphor,
    ),
    _rule(
        "period.relative_day",
        _I(rf"\b(?:yesterday|tomorrow|today(?!['’]s\s+{trie_alternation(NOWADAYS_NOUNS)}\b))\b"),
        p_relday,
    ),
    _rule(
        "period.weekday_of_week",
        rf"\b(?P<wd>{_WEEKDAY})\b" + _I(r"\s+(?:of\s+)?(?P<wk>last|next|this)\s+week\b(?!-)"),
        p_weekday,
    ),
    _rule(
        "period.weekday",
        rf"(?:\b(?P<dei>(?i:last|next|this|the\s+previous|the\s+following|this\s+past|(?:this|the)\s+coming))\s+)?\b(?P<wd>{_WEEKDAY})\b"
        # "Tuesday morning", "Friday afternoon": the day, the part in the span (GUIDELINES)
        r"(?:\s+(?:morning|afternoon|evening|night)\b)?",
        p_weekday,
    ),
    _rule(
        "period.season",
        _I(
            rf"(?:\b(?P<dei>this\s+past|this|last|next)\s+|(?<=\bin\s)(?P<prep>the\s+)?|(?<=\bduring\s)(?P<during>the\s+)?|(?<=\bover\s)(?P<over>the\s+)"
            r"|(?:(?<=\bthrough\s)|(?<=\bthroughout\s)|(?<=\bfrom\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bby\s))(?P<through>the\s+))?"
            rf"\b(?P<season>{_SEASON})\b"
        )
        + rf"(?:\s+(?:of\s+)?(?:{YEAR('yr')}|{SPOKEN('ysp')}))?",
        p_season,
    ),
)
