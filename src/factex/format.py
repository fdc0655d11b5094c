"""Values as a reader reads them, and terminal tables: shared by ``render`` (the HTML
page, ``--format table``) and ``consolidate`` (its table).

Nothing here knows an article: numbers, amounts and intervals in, text out.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import TextIO

from factex.progress import is_terminal

QUALIFIER_SIGNS = {
    "exact": "",
    "about": "≈",
    "more_than": ">",
    "less_than": "<",
    "at_least": "≥",
    "at_most": "≤",
}
# (threshold, word) from the largest: 424400000 -> "424.4 million".
SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def count(n: int, noun: str) -> str:
    """``n`` and the noun, in the right number.

    >>> count(1, "fact"), count(2, "article")
    ('1 fact', '2 articles')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def format_number(value: float) -> str:
    """A number as a reader says it: scale words from a million, thousands separators below.

    >>> format_number(424400000), format_number(1.25e9), format_number(11440), format_number(-5)
    ('424.4 million', '1.25 billion', '11,440', '-5')
    >>> format_number(109.625)
    '109.625'
    """
    for threshold, word in SCALE_WORDS:
        if abs(value) >= threshold:
            return f"{value / threshold:,.6g} {word}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.6g}"


def format_amount(
    value: float | None,
    low: float | None = None,
    high: float | None = None,
    unit: str | None = None,
    qualifier: str = "exact",
) -> str:
    """A value or range with its unit and qualifier, for display.

    >>> format_amount(120e6, unit="USD", qualifier="more_than")
    '> 120 million USD'
    >>> format_amount(None, 50e6, 60e6, "EUR"), format_amount(39, unit="percent")
    ('50 million – 60 million EUR', '39%')
    >>> format_amount(None)
    '?'
    """
    if value is not None:
        number = format_number(value)
    elif low is not None or high is not None:
        number = " – ".join(format_number(v) if v is not None else "?" for v in (low, high))
    else:
        number = "?"
    sign = QUALIFIER_SIGNS.get(qualifier, qualifier)
    text = f"{sign} {number}" if sign else number
    if unit == "percent":
        return f"{text}%"
    return f"{text} {unit}" if unit else text


def _month_end(day: dt.date) -> dt.date:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def format_period(start: dt.date | None, end: dt.date | None, timex: str | None = None) -> str:
    """An interval, as short as it can be said exactly.

    >>> d = dt.date
    >>> format_period(d(2021, 1, 1), d(2021, 12, 31)), format_period(d(2019, 5, 1), d(2019, 5, 31))
    ('2021', '2019-05')
    >>> format_period(d(2019, 1, 1), d(2019, 7, 31)), format_period(d(2007, 1, 1), None)
    ('2019-01..2019-07', '2007-01-01..')
    >>> format_period(d(2019, 1, 1), d(2019, 7, 30))
    '2019-01-01..2019-07-30'

    >>> format_period(None, None, "XXXX-05-18"), format_period(None, None)
    ('XXXX-05-18', '–')
    """
    if start is None and end is None:
        return timex or "–"
    if start is not None and end is not None:
        if start == end:
            return start.isoformat()
        whole_year = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
        if whole_year and start.year == end.year:
            return str(start.year)
        if start.day == 1 and end == _month_end(end):
            if (start.year, start.month) == (end.year, end.month):
                return start.strftime("%Y-%m")
            return f"{start:%Y-%m}..{end:%Y-%m}"
    return f"{start.isoformat() if start else ''}..{end.isoformat() if end else ''}"


# ---------------------------------------------------------------- terminal tables


def print_table(table, out: TextIO, summary: str) -> None:
    """Print a one-line ``summary`` and a rich table on ``out``: on a terminal at its
    width, in colour; else plain (no colour, no trailing blanks) and as wide as the table
    needs, so that piped output keeps one line per row and stays greppable."""
    from rich.console import Console

    out.write(summary + "\n")
    options = {"markup": False, "highlight": False, "emoji": False}
    if is_terminal(out):
        Console(file=out, **options).print(table)
        return
    console = Console(file=io.StringIO(), width=PIPED_WIDTH, no_color=True, **options)
    with console.capture() as captured:
        console.print(table)
    out.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))


# Piped, the evidence is cut at this width (every row keeps to one line), and the
# console is wide enough for any table's natural width.
PIPED_EVIDENCE_WIDTH = 100
PIPED_WIDTH = 1000


def evidence_column(wrap: bool) -> dict:
    """Column options for evidence: on a terminal it takes the room left and wraps; piped,
    it stays on one line, cut with an ellipsis."""
    if wrap:
        return {"ratio": 1, "overflow": "fold"}
    return {"no_wrap": True, "overflow": "ellipsis", "max_width": PIPED_EVIDENCE_WIDTH}
