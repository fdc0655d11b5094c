"""A bare "from" before a period: the start of an open interval or a comparison base.

gold/GUIDELINES.md (decided for ``gold/bbc-facts-e``): "distributed from January" is
"from January", ``XXXX-01/..``, open after its start like "since". A bare "from" also
names the base a change is measured from ("Imports fell 9.2 pct from January", "up 4.5
pct from 1985"), starts a range ("from April 21 to 24"), or says where a thing comes
from ("the plan dates from 1830"): those stay as they were. "as from", "effective from"
and "from April on(wards)" are read in ``find._widen``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factex.periods import normalize as nz
from factex.periods.lexicon import CHANGE_WORDS
from factex.periods.parts import Parts
from factex.periods.tense import clause_bounds, cue_pattern

# not where "from" says where a thing comes from: "the plan dates from 1830"
_FROM_BARE = re.compile(r"(?<!\bdates\s)(?<!\bdated\s)(?<!\bdating\s)\bfrom\s+$", re.I)
_VAGUE_FIRST = re.compile(r"(?:earlier|later)\b", re.I)  # "from earlier in the year"
# After the point: a range's other end ("from 2003 to 2004"), a possessive or a noun it
# dates ("from Monday's high", "from 1986 levels", "figures from December were").
_RANGE_NEXT = re.compile(r"\s*(?:[-–/]|(?:to|until|till|through|and|or)\b)", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD_NEXT = re.compile(
    r"[ \t]+(?!(?:and|or|to|in|of|for|at|on|by|from|with|if|when|as|after|before|because"
    r"|but|unless|while|under|into|onwards?|until|through)\b)[a-z]{3,}\b"
)
_CHANGE = cue_pattern(CHANGE_WORDS, r"\b(?!-)")  # not "higher-speed services"
_PERCENT = re.compile(r"%")
_RIGHT_AFTER = re.compile(r"[ \t,]*")  # "rose 5% in March from February"
# What a bare "from" opens: a point ("from 27 March", "from next month", "From Monday"),
# not a range nor what is only compared ("from a year earlier", "from the same period",
# "from two years ago")
_POINT_KINDS = frozenset(
    {
        "date",
        "month",
        "year",
        "quarter",
        "half",
        "deictic",
        "deictic_month",
        "weekday",
        "season",
        "holiday",
        "relday",
    }
)


def opens_from(
    text: str,
    parts: Parts,
    start: int,
    end: int,
    floor: int,
    tense: Callable[[int], nz.Tense],
) -> int | None:
    """Where "from" starts when a bare "from" right before the period ``text[start:end]``
    (read into ``parts``; the period before it ends at ``floor``) opens an interval; else
    ``None``.

    It does for a point with nothing after it that continues a range or names a thing,
    in a clause that says no change before it ("halt its flights from 27 March", "From
    Monday, all prices will be quoted"), or one about the future (``tense``) whose change
    is not measured from the period right before ("plans to cut prices by 8% from
    April"; not "will rise 5% in March from February").
    """
    found = _FROM_BARE.search(text, max(floor, start - 6), start)
    if found is None:
        return None
    if (
        parts["kind"] not in _POINT_KINDS
        or parts.get("anchor", "publication") != "publication"
        or (parts.get("shift") or parts.get("offset") or 0) < 0  # "from last year"
        or _VAGUE_FIRST.match(text, start)
        or _RANGE_NEXT.match(text, end)
        or _POSSESSIVE.match(text, end)
        or _WORD_NEXT.match(text, end)
    ):
        return None
    at = found.start()
    lo, _ = clause_bounds(text, at)
    if _PERCENT.search(text, lo, at) is None and _CHANGE.search(text, lo, at) is None:
        return at
    if tense(start) == "future" and not (floor > lo and _RIGHT_AFTER.fullmatch(text, floor, at)):
        return at
    return None
