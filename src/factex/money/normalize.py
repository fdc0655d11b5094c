"""Pure functions from the parts of a mention to a ``Money`` model."""

from __future__ import annotations

import math
from typing import get_args

from factex.models import Money, Qualifier

QUALIFIERS = frozenset(get_args(Qualifier))


def bounds(low: float, high: float | None) -> tuple[float | None, float | None, float | None]:
    """``(value, low, high)`` for one amount or a range; a range has no single value.

    >>> bounds(5.0, None), bounds(5.0, 6.0), bounds(5.0, 5.0)
    ((5.0, None, None), (None, 5.0, 6.0), (5.0, None, None))
    """
    if high is None or high == low:
        return low, None, None
    return None, low, high


def tidy(number: float | None) -> float | None:
    """Drop float noise from scaling: 16.6 * 1e9 -> 16600000000.0.

    >>> tidy(16.6 * 1e9), tidy(None)
    (16600000000.0, None)
    """
    return None if number is None else float(f"{number:.12g}")


def _ok(number: float | None) -> bool:
    return number is None or (math.isfinite(number) and number >= 0)


def to_money(
    text: str,
    start: int,
    end: int,
    low: float,
    high: float | None,
    currency: str | None,
    qualifier: str = "exact",
    rule: str | None = None,
) -> Money | None:
    """The ``Money`` for a mention at ``text[start:end]``, or ``None`` if it is not sane.

    >>> m = to_money("about $5 million", 0, 16, 5e6, None, "USD", "about", "money.x")
    >>> m.value, m.currency, m.qualifier, m.text
    (5000000.0, 'USD', 'about', 'about $5 million')
    >>> to_money("x", 0, 1, float("inf"), None, "USD") is None
    True
    >>> to_money("$6-5", 0, 4, 6.0, 5.0, "USD") is None
    True
    """
    value, lo, hi = (tidy(n) for n in bounds(low, high))
    if not (_ok(value) and _ok(lo) and _ok(hi)):
        return None
    if lo is not None and hi is not None and lo > hi:
        return None
    if qualifier not in QUALIFIERS or not (0 <= start < end <= len(text)):
        return None
    return Money(
        text=text[start:end],
        span=(start, end),
        value=value,
        low=lo,
        high=hi,
        currency=currency,
        qualifier=qualifier,  # type: ignore[arg-type]  # checked against QUALIFIERS above
        rule=rule,
    )
