"""Property tests: on any text the periods pass never raises and keeps its promises."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from factex.periods.find import find_periods
from tests.periods.corpus import CORPUS

# Text made of the grammar's own words, digits and punctuation, so the rules fire often.
WORDS = [
    "May",
    "June",
    "Sept.",
    "Q3",
    "H1",
    "the",
    "first",
    "second",
    "quarter",
    "half",
    "of",
    "year",
    "last",
    "next",
    "this",
    "since",
    "until",
    "by",
    "early",
    "mid-",
    "late",
    "end",
    "same",
    "period",
    "reporting",
    "a",
    "earlier",
    "ago",
    "2019",
    "1990s",
    "2015-16",
    "26",
    "31",
    "30,",
    "-",
    "to",
    "and",
    "between",
    "fiscal",
    "Friday",
    "today",
    "months",
    "eight",
    "week",
    "summer",
    "$2021",
    "2,021",
    "\n",
    ".",
    ",",
    "'80s",
    "2019-02-30",
    "Feb",
    "29",
]
texts = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
    st.text(max_size=80),
    st.sampled_from([e.text for e in CORPUS]).flatmap(
        lambda t: st.integers(0, len(t)).map(lambda i: t[:i] + " " + t[i:])
    ),
)
dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2098, 12, 31))
)


@settings(max_examples=400, deadline=None)
@given(text=texts, published=dates)
def test_never_raises_and_spans_hold(text: str, published: dt.date | None) -> None:
    periods = find_periods(text, published=published)
    last_end = -1
    for p in periods:
        start, end = p.span
        assert text[start:end] == p.text
        assert start >= last_end  # in text order, not overlapping
        last_end = end
        if p.start is not None and p.end is not None:
            assert p.start <= p.end
