"""The full default pipeline against the hand-annotated gold: seeds and Reuters wires."""

from __future__ import annotations

import pytest

from factex.api import Record, default_pipeline, extract_many
from factex.score import score
from tests.conftest import GOLD, require_corpus


def _report(gold_dir):
    nlp = default_pipeline()

    def predict(items):
        return extract_many((Record(text=t, id=i, published=d) for i, t, d in items), nlp=nlp)

    return score(gold_dir, predict=predict)


def test_seed_gold():
    if not (GOLD / "seeds").is_dir():
        pytest.skip("gold/seeds is absent")
    report = _report(GOLD / "seeds")
    assert report.totals["events"].f1 >= 0.85
    assert report.totals["facts"].f1 >= 0.9


def test_reuters_gold():
    require_corpus("reuters_trade")
    report = _report(GOLD / "reuters-facts")
    assert not report.skipped
    assert report.articles >= 10
    assert report.totals["events"].f1 >= 0.6  # misses are mostly upstream: see README
    assert report.totals["facts"].f1 >= 0.8
