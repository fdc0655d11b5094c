"""factex on the tense/direction examples: each expression resolves as a reader resolves it.

The examples (``direction_examples.py``) are real sentences annotated by reading. Those
factex gets wrong today are strict xfails, with what it gives today as the reason: a
rule change that fixes one makes its test XPASS, which fails the run until the entry is
removed from ``WRONG_TODAY``, so the list always says exactly what is still wrong.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from factex import extract
from factex.corpora import read_timeml
from tests.conftest import require_corpus
from tests.periods.direction_examples import CLASSES, EXAMPLES, DirectionExample

WRONG_TODAY: dict[str, str] = {
    # The base of the comparison is a month this sentence does not name (January, from
    # the parallel imports clause): needs the reported period inferred from a sibling
    # clause, not a rule on the expression.
    "reuters/1890:a year earlier@88": "today: 'a year earlier' 1985-12-01..1985-12-31",
}


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _param(example: DirectionExample) -> object:
    reason = WRONG_TODAY.get(example.id)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(example, id=example.id, marks=marks)


@pytest.mark.parametrize("example", [_param(e) for e in EXAMPLES])
def test_direction_example(example: DirectionExample) -> None:
    start, end = example.span
    facts = extract(example.text, published=example.published)
    found = [p for p in facts.periods if p.span[0] < end and start < p.span[1]]
    got = [(p.text, _iso(p.start), _iso(p.end)) for p in found]
    if example.negative:
        assert got == [], example.cue
    else:
        assert (example.start, example.end) in [(s, e) for _, s, e in got], (got, example.cue)


def test_examples_are_well_formed() -> None:
    assert len(EXAMPLES) >= 60
    assert len({e.id for e in EXAMPLES}) == len(EXAMPLES)
    for e in EXAMPLES:
        assert e.cls in CLASSES
        assert e.text[e.span[0] : e.span[1]] == e.expression
        if e.start and e.end:
            assert e.start <= e.end, e.id
        if e.negative:
            assert e.start is None and e.end is None
    assert {e.cls for e in EXAMPLES} == set(CLASSES)


def test_wrong_today_names_existing_examples() -> None:
    assert set(WRONG_TODAY) <= {e.id for e in EXAMPLES}


def _article(source: str) -> tuple[str, dt.date | None]:
    folder, name = source.split("/")
    if folder == "timebank":
        doc = read_timeml(require_corpus("timebank") / f"{name}.tml")
        return doc.text, doc.dct
    if folder == "reuters":
        text = (require_corpus("reuters_trade") / f"{name}.txt").read_text(encoding="utf-8")
        date = re.match(r"\s*date (\d{4}-\d\d-\d\d)", text)
        return text, dt.date.fromisoformat(date.group(1)) if date else None
    return (require_corpus("bbc_business") / f"{name}.txt").read_text(encoding="utf-8"), None


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_is_quoted_from_its_article(example: DirectionExample) -> None:
    text, published = _article(example.source)
    assert " ".join(example.text.split()) in " ".join(text.split())
    assert example.published == published
