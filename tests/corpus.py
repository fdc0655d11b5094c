"""The one shape of every room's example table (``tests/<room>/corpus.py``).

An ``Example`` is a text, the publication date it is read against, what the room must
find in it and a note saying why the example is there. Each room's module has:

- ``CORPUS``: examples that must hold; an empty ``expected`` is a negative (the room
  must find nothing), and every room has some;
- ``GAPS``: phrasings the room does not handle yet, run as strict xfails, so a fix shows
  up as a passing test that asks to be moved into ``CORPUS``; each says why in ``note``.

What an item of ``expected`` is depends on the room (a money amount, an interval, an
organization and its kind...; the room's module says), and so does ``text``: the events
and facts rooms are tested on their own, so their texts mark the upstream mentions by
hand (``tests/events/markup.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Example(Generic[T]):
    """A text and what a room must find in it (nothing, for a negative)."""

    text: str
    published: dt.date | None = None
    expected: tuple[T, ...] = ()
    note: str = ""

    @property
    def negative(self) -> bool:
        return not self.expected


def ids(examples: Iterable[Example[Any]], width: int = 50) -> list[str]:
    """Test ids: the start of each text."""
    return [e.text[:width] for e in examples]
