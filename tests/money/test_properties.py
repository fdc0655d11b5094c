"""Hypothesis property tests: money extraction on any text."""

from __future__ import annotations

import itertools
import math
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factex.money.rules import _DIGIT_ANCHOR, find_money

# Text built from money-ish pieces finds the interesting paths far more often than
# arbitrary unicode alone; both are drawn.
PIECES = [
    "$",
    "US$",
    "C$",
    "€",
    "£",
    "¥",
    "₼",
    "Rs",
    "USD",
    "AZN",
    " ",
    "-",
    "–",
    " to ",
    " and ",
    "between ",
    "about ",
    "more than ",
    "up to ",
    " or more",
    ",",
    ".",
    "1",
    "2.5",
    "3,500",
    "0",
    "00",
    "999999999999",
    "1e308",
    " million",
    " bn",
    "m",
    "k",
    " mln",
    " dlrs",
    " dollars",
    " Canadian dollars",
    " N.Z. dlrs",
    " cents",
    " pounds of",
    " marks",
    " mark",
    " lire",
    " yen",
    "five",
    " half a",
    " a billion",
    " and a half",
    "%",
    " pct",
    "(",
    ")",
    "\n\n",
    "Canada",
    "U.S.",
    " from ",
    " rose ",
]
money_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.one_of(money_text, st.text(max_size=200))


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_money_properties(text: str) -> None:
    for money in find_money(text):
        start, end = money.span
        assert 0 <= start < end <= len(text)
        assert text[start:end] == money.text
        for number in (money.value, money.low, money.high):
            assert number is None or (math.isfinite(number) and number >= 0)
        if money.value is None:
            assert money.low is not None and money.high is not None
            assert money.low <= money.high
        else:
            assert money.low is None and money.high is None


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_mentions_in_text_order_and_disjoint(text: str) -> None:
    spans = [m.span for m in find_money(text)]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from([*PIECES, "/", "x", "٣"]), max_size=30).map("".join), any_text
    )
)
def test_digit_anchor_is_its_plain_form(text: str) -> None:
    plain = re.compile(r"(?<![\d.,/])\.?\d")
    assert [m.start() for m in _DIGIT_ANCHOR.finditer(text)] == [
        m.start() for m in plain.finditer(text)
    ]
