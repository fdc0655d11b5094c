"""Periods in articles with no publication date (BBC-style stories): titles that
contain a day name, numbers that only look like years, and forms whose value is
known without a date (hand-written sentences)."""

from __future__ import annotations

import pytest

from factex.periods.find import find_periods


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(p.text, p.timex) for p in find_periods(text, published=None)]


@pytest.mark.parametrize(
    "text",
    [
        "Sir Digby Jones told the BBC's Today programme.",
        "The story ran in USA Today and on NBC's Today show.",
        "The Daily and Sunday Telegraph newspapers are axing 90 jobs.",
        "He writes for The Sunday Times and the Sunday Telegraph.",
    ],
)
def test_titles_with_a_day_name_are_no_periods(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Today\'s decision is correct," he said.', [("Today", "XXXX-XX-XX")]),
        ("Today, games have big budgets.", [("Today", "XXXX-XX-XX")]),
        ("He said today that it would.", [("today", "XXXX-XX-XX")]),
        ("The Friday meeting went well.", [("Friday", "XXXX-WXX-5")]),
        (
            "They met on Saturday and Sunday Mr Smith left.",
            [("Saturday", "XXXX-WXX-6"), ("Sunday", "XXXX-WXX-7")],
        ),
        ("On Monday Microsoft said so.", [("Monday", "XXXX-WXX-1")]),
        ("It rose on the Monday after the vote.", [("Monday", "XXXX-WXX-1")]),
    ],
)
def test_days_stay_days(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected
