"""``factex.numbers``: the shared number parsing (money uses it; periods may)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factex.numbers import parse_amount, parse_magnitude, parse_number

NUMBERS = [
    ("1.2", 1.2),
    ("3,500", 3500),
    ("1,234,567.89", 1234567.89),
    (".75", 0.75),
    ("five", 5),
    ("Twelve", 12),
    ("twenty-five", 25),
    ("ninety nine", 99),
    ("a hundred", 100),
    ("two hundred and fifty", 250),
    ("half a", 0.5),
    ("a half", 0.5),
    ("a quarter of a", 0.25),
    ("two and a half", 2.5),
    ("a", 1),
]
AMOUNTS = [
    ("1.2bn", 1.2e9),
    ("750 mln", 7.5e8),
    ("2.3 bln", 2.3e9),
    ("$5", None),
    ("5m", 5e6),
    ("50k", 5e4),
    ("3 trillion", 3e12),
    ("five million", 5e6),
    ("half a billion", 5e8),
    ("a billion", 1e9),
    ("500 crore", 5e9),
    ("2 lakh", 2e5),
    ("1.5-billion", 1.5e9),
]


@pytest.mark.parametrize(("text", "value"), NUMBERS)
def test_parse_number(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize(("text", "value"), AMOUNTS)
def test_parse_amount(text: str, value: float | None) -> None:
    got = parse_amount(text)
    assert got == (None if value is None else pytest.approx(value))


@pytest.mark.parametrize("text", ["", "banana", "1.2.3", "five apples", "--", "half"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_magnitudes() -> None:
    assert parse_magnitude("Million") == 1e6
    assert parse_magnitude("bn.") == 1e9
    assert parse_magnitude("dozen") is None


@given(st.integers(min_value=0, max_value=10**15))
def test_thousands_separators_roundtrip(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@given(st.text(max_size=60))
def test_never_raises(text: str) -> None:
    parse_number(text)
    parse_amount(text)
