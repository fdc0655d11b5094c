"""Organizations against the hand-annotated TimeBank WSJ gold (gold/timebank-orgs)."""

from __future__ import annotations

import pytest

import factex
from factex.api import Record, extract_many
from factex.score import gold_files, load_gold, score

from ..conftest import GOLD, require_corpus

ORG_GOLD = GOLD / "timebank-orgs"


def _predict(items):
    records = (Record(text=t, id=i, published=d) for i, t, d in items)
    return extract_many(records, nlp=_nlp())


_PIPELINE = []


def _nlp():
    if not _PIPELINE:
        _PIPELINE.append(factex.load())
    return _PIPELINE[0]


def test_gold_files_are_valid():
    require_corpus("timebank")
    files = gold_files(ORG_GOLD)
    assert len(files) >= 10
    for path in files:
        gold = load_gold(path)
        assert gold.annotated == ("organizations",)
        assert gold.items["organizations"]


@pytest.mark.parametrize("minimum", [0.95])
def test_timebank_organizations_f1(minimum):
    require_corpus("timebank")
    report = score(ORG_GOLD, predict=_predict)
    counts = report.totals["organizations"]
    assert counts.f1 is not None and counts.f1 >= minimum, (counts.tp, counts.fp, counts.fn)
    assert counts.precision >= 0.95
