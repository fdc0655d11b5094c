"""The money corpus (``factex.money.corpus``) as parametrized tests, Duckling-style."""

from __future__ import annotations

import pytest

from factex.money.corpus import CORPUS, Example
from factex.money.rules import find_money
from factex.score import close


def _values(money) -> tuple:
    if money.value is not None:
        return (money.value,)
    return (money.low, money.high)


@pytest.mark.parametrize("example", CORPUS, ids=[e.sentence[:50] for e in CORPUS])
def test_example(example: Example) -> None:
    found = find_money(example.sentence)
    got = [(m.text, m.currency, m.qualifier) for m in found]
    want = [(e.text, e.currency, e.qualifier) for e in example.expected]
    assert got == want, example.note
    for money, expect in zip(found, example.expected, strict=True):
        amount = expect.amount if isinstance(expect.amount, tuple) else (expect.amount,)
        assert len(_values(money)) == len(amount)
        assert all(close(a, b) for a, b in zip(_values(money), amount, strict=True))
        start, end = money.span
        assert example.sentence[start:end] == money.text


def test_corpus_size() -> None:
    """The issue asks for at least 80 phrasings, negatives included."""
    assert len(CORPUS) >= 80
    assert sum(1 for e in CORPUS if not e.expected) >= 10
