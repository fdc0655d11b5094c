"""The periods corpus: every phrasing yields exactly its periods; negatives yield none."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.periods.corpus import CORPUS, NEGATIVE, Example
from factex.periods.find import find_periods
from factex.periods.grammar import RULES


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@pytest.mark.parametrize("example", CORPUS, ids=lambda e: e.text[:60])
def test_corpus(example: Example) -> None:
    found = find_periods(example.text, published=example.published)
    got = [(p.text, _iso(p.start), _iso(p.end), p.timex) for p in found]
    assert got == list(example.periods)
    for p in found:
        assert example.text[p.span[0] : p.span[1]] == p.text


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative(text: str) -> None:
    assert find_periods(text, published=dt.date(2019, 8, 16)) == []


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 100
    assert len(NEGATIVE) >= 20


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
