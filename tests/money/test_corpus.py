"""The money corpus (``tests/money/corpus.py``) as parametrized tests, Duckling-style."""

from __future__ import annotations

import pytest

from factex.money.rules import find_money
from factex.score import close
from tests.corpus import Example, ids
from tests.money.corpus import CORPUS, GAPS, Expect


def _values(money) -> tuple:
    if money.value is not None:
        return (money.value,)
    return (money.low, money.high)


def _check(example: Example[Expect]) -> None:
    found = find_money(example.text)
    got = [(m.text, m.currency, m.qualifier) for m in found]
    want = [(e.text, e.currency, e.qualifier) for e in example.expected]
    assert got == want, example.note
    for money, expect in zip(found, example.expected, strict=True):
        amount = expect.amount if isinstance(expect.amount, tuple) else (expect.amount,)
        assert len(_values(money)) == len(amount)
        assert all(close(a, b) for a, b in zip(_values(money), amount, strict=True))
        start, end = money.span
        assert example.text[start:end] == money.text


@pytest.mark.parametrize("example", CORPUS, ids=ids(CORPUS))
def test_example(example: Example[Expect]) -> None:
    _check(example)


@pytest.mark.parametrize("example", GAPS, ids=ids(GAPS))
@pytest.mark.xfail(strict=True, reason="a known gap (see the example's note)")
def test_known_gap(example: Example[Expect]) -> None:
    _check(example)


def test_corpus_size() -> None:
    """The issue asks for at least 80 phrasings, negatives included."""
    assert len(CORPUS) >= 80
    assert sum(1 for e in CORPUS if e.negative) >= 10
