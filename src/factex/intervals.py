"""Overlap tests over many character ranges in logarithmic time.

Components ask "does this candidate overlap anything already taken?" once per
candidate; a linear scan of what was taken makes a long article quadratic.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate


class Blocked:
    """A fixed set of ranges ``[start, end)`` (they may overlap each other).

    >>> b = Blocked([(10, 20), (12, 15), (40, 50)])
    >>> b.overlaps(0, 10), b.overlaps(19, 25), b.overlaps(20, 40), b.overlaps(45, 46)
    (False, True, False, True)
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _ in ordered]
        # the furthest end among the ranges starting at or before each one
        self._reach = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the ranges."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._reach[i] > start


class Disjoint:
    """A growing set of ranges that never overlap each other.

    >>> d = Disjoint()
    >>> d.add_if_free(5, 10), d.add_if_free(8, 12), d.add_if_free(10, 12), d.add_if_free(0, 5)
    (True, False, True, True)
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps one of the ranges."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start

    def add_if_free(self, start: int, end: int) -> bool:
        """Add ``[start, end)`` unless it overlaps; says whether it was added."""
        if self.overlaps(start, end):
            return False
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        return True
