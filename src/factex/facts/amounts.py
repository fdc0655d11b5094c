"""Finding a sentence's amounts: its money mentions (money room) and its percentages,
with their qualifier; none from a headline in capitals."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from operator import attrgetter

from factex.facts import rules
from factex.intervals import Blocked
from factex.mentions import Sentence
from factex.numbers import parse_number

# How far (characters) from an amount its measure phrase right after it, its period and
# the parties of its flow phrase are looked for: far enough for any sentence written to
# be read, and a bound on the pairs a sentence of thousands of clauses makes (linear time).
NEAR = 500
START = attrgetter("start")  # (``bisect`` key of amounts and mentions)
_NEWLINE = re.compile("\n")
_ASCII_UPPER = re.compile("[A-Z]+")
_ASCII_LOWER = re.compile("[a-z]+")


@dataclass
class Amount:
    """A value in a sentence (local offsets): money or a percentage."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str


def find_amounts(sent: Sentence, has_percent: bool | None = None) -> list[Amount]:
    """Money mentions and percentages of a sentence, in text order (``has_percent``:
    whether the sentence holds a percent sign or word, when the caller knows)."""
    offset = sent.start
    out = [
        Amount(
            m.start - offset,
            m.end - offset,
            m.value.value,
            m.value.low,
            m.value.high,
            m.value.currency,
            m.value.qualifier,
        )
        for m in sent.of_kind("money")
    ]
    text = sent.text
    if has_percent is None:
        has_percent = holds_percent(text.lower())
    if has_percent:
        lowered = sent.lowered if len(sent.lowered) == len(text) else None
        taken = Blocked((a.start, a.end) for a in out) if out else None
        out += _percentages(text, taken, lowered)
    if not out:
        return out
    if has_percent:  # money mentions come in text order already
        out.sort(key=lambda a: a.start)
    in_headline = _headline_lines(text)
    return [a for a in out if not in_headline(a.start)]


def holds_percent(lowered: str) -> bool:
    return "%" in lowered or any(word in lowered for word in rules.PERCENT_WORDS)


def _percentages(text: str, taken: Blocked | None, lowered: str | None = None) -> list[Amount]:
    """The percentages of a sentence that no money mention (``taken``) overlaps
    (``lowered``: ``text.lower()`` with the same offsets, when the caller has it)."""
    out = []
    found = rules.PERCENT_LOWER.finditer(lowered) if lowered else rules.PERCENT.finditer(text)
    for m in found:
        if taken is not None and taken.overlaps(m.start(), m.end()):
            continue
        value, low = parse_number(m.group("n")), m.group("low")
        if m.group("den") and value is not None:
            value += int(m.group("num")) / int(m.group("den"))
        high = None
        start = m.start()
        if low is not None:
            low = parse_number(low)
            if low is not None and value is not None and low > value:
                # no range: "from 5% in 2004 to 4.25%" (a year before "to")
                low, start = None, m.start("n")
            else:
                low, high, value = low, value, None
        out.append(
            Amount(
                start,
                m.end(),
                value,
                low,
                high,
                "percent",
                # qualifier words stand right before the number: a bounded window
                # keeps a sentence with thousands of percentages linear
                percent_qualifier(text[max(0, start - QUALIFIER_WINDOW) : start]),
            )
        )
    return out


QUALIFIER_WINDOW = 80


def _headline_lines(text: str):
    """A test ``pos -> bool``: is the line holding ``pos`` a headline? Each line is
    judged once, so a sentence with many amounts stays linear.

    >>> test = _headline_lines("CANADA TRADE SURPLUS 533 MLN DLRS AND MORE WORDS HERE\\nIt rose.")
    >>> test(3), test(60)
    (True, False)
    """
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    judged: dict[int, bool] = {}

    def in_headline(pos: int) -> bool:
        i = bisect_left(breaks, pos)
        if i not in judged:
            lo = breaks[i - 1] + 1 if i else 0
            hi = breaks[i] if i < len(breaks) else len(text)
            judged[i] = is_headline(text[lo:hi])
        return judged[i]

    return in_headline


def percent_qualifier(before: str) -> str:
    """The qualifier the words before a percentage give it.

    >>> percent_qualifier("rose by more than "), percent_qualifier("rose ")
    ('more_than', 'exact')
    """
    for qualifier, pattern in rules.PERCENT_QUALIFIER:
        if pattern.search(before):
            return qualifier
    return "exact"


def is_headline(text: str) -> bool:
    """A line in capitals (a wire headline) repeats the story: no facts from it.

    >>> is_headline("CANADA JANUARY TRADE SURPLUS 533 MLN DLRS"), is_headline("Exports rose.")
    (True, False)
    """
    upper = sum(map(len, _ASCII_UPPER.findall(text)))  # ASCII letters only count
    lower = sum(map(len, _ASCII_LOWER.findall(text)))
    return upper + lower >= 8 and upper > 4 * lower
