"""The periods corpus (``tests/periods/corpus.py``): every phrasing yields exactly its
periods; negatives yield none; known gaps are strict xfails."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.periods.find import find_periods
from factex.periods.grammar import RULES
from tests.corpus import Example, ids
from tests.periods.corpus import CORPUS, GAPS, NEGATIVE, POSITIVE


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _check(example: Example) -> None:
    found = find_periods(example.text, published=example.published)
    got = [(p.text, _iso(p.start), _iso(p.end), p.timex) for p in found]
    assert got == list(example.expected), example.note
    for p in found:
        assert example.text[p.span[0] : p.span[1]] == p.text


@pytest.mark.parametrize("example", CORPUS, ids=ids(CORPUS, 60))
def test_corpus(example: Example) -> None:
    _check(example)


@pytest.mark.parametrize("example", GAPS, ids=ids(GAPS, 60))
@pytest.mark.xfail(strict=True, reason="a known gap (see the example's note)")
def test_known_gap(example: Example) -> None:
    _check(example)


def test_corpus_is_large_enough() -> None:
    assert len(POSITIVE) >= 100
    assert len(NEGATIVE) >= 20
    assert all(e.negative for e in NEGATIVE)


def test_rule_ids_are_unique_and_named() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("period.") for i in ids)


def test_unknown_year_is_never_the_current_year() -> None:
    (period,) = find_periods("The fair opened on May 18.", published=None)
    assert (period.start, period.end, period.timex) == (None, None, "XXXX-05-18")
    (period,) = find_periods("Sales rose last year.", published=None)
    assert (period.start, period.end) == (None, None)


def test_skip_ranges_are_neither_reported_nor_referred_to() -> None:
    text = "Sales in 2018 rose. In the reporting period imports fell."
    assert [p.text for p in find_periods(text, published=None, skip=[(9, 13)])] == []


def test_component_writes_span_group(nlp) -> None:
    doc = nlp(" date 2019-08-16 By a reporter\n\nTrade grew in January-July this year.")
    (span,) = doc.spans["factex_periods"]
    assert span.text == "January-July this year"
    assert (span._.period.start, span._.period.end) == (dt.date(2019, 1, 1), dt.date(2019, 7, 31))
