"""What a parse function hands to a resolver: ``Parts``, a small dict whose ``kind``
says what a match means and so which resolver (``resolve.RESOLVERS``) reads it."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

#: What a match means, and so which resolver reads its parts.
Kind = Literal[
    "date",
    "day_range",
    "month",
    "month_range",
    "date_range",
    "year",
    "year_range",
    "decade",
    "quarter",
    "half",
    "months_of_year",
    "deictic",
    "ago",
    "year_back",
    "anaphor",
    "century",
    "year_defined",
    "weekend",
    "deictic_month",
    "same_period",
    "reporting",
    "relday",
    "weekday",
    "season",
    "holiday",
    "day_part",
    "not_period",
    "months_to",
    "months_before",
    "rest_of",
    "day_anaphor",
]
#: How a year was said: ("abs", 2019), ("fiscal", 1990), ("dei", -1) for "last year"
#: (from the publication date), ("ana", -1) for "the previous year" (from the period
#: named before).
YearRef = tuple[Literal["abs", "fiscal", "split", "dei", "ana"], int]
#: What a relative expression counts from: the publication date ("last year", "two
#: weeks ago"), the period just named ("that year", "the quarter"), or the comparison
#: base, the period its sentence reports ("a year earlier", "the same month last
#: year", "the previous quarter"), else the period just named; or the topic, the
#: quarter the passage reports ("the fiscal year" it falls in).
Anchor = Literal["publication", "previous", "base", "topic"]


class Parts(TypedDict, total=False):
    """A match read into numbers; which keys are set depends on ``kind``."""

    kind: Required[Kind]
    yref: YearRef | None
    year: int | None
    month: int
    day: int
    d1: int
    d2: int
    m1: int
    m2: int
    y1: int | None
    y2: int
    split: bool
    fiscal: bool
    decade: int
    century: int
    quarter: int
    quarter2: int  # the last of a run of quarters ("the third and fourth quarters")
    half: int
    unit: str
    shift: int | None
    anaphoric: bool
    count: int
    target: int | None
    offset: int
    quarters: bool  # months_before counted in quarters ("the two previous quarters")
    weekday: int
    dei: str
    code: str
    ends: bool
    past: bool
    part: str
    anchor: Anchor
    holiday: str  # a name of ``lexicon.HOLIDAYS`` or ``lexicon.EASTER_HOLIDAYS``
    side: Literal["before", "after"]  # "before Christmas", "post-Christmas"
    new: bool  # "the new year": the year that begins at the next January 1
    way: Literal["past", "future"]  # the direction the words say ("last February 28")
