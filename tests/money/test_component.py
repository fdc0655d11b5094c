"""``factex_money`` in the pipeline and on the gold."""

from __future__ import annotations

from pathlib import Path

import pytest

import factex
from factex.api import Record, extract_many
from factex.extensions import SPANS_MONEY
from factex.score import gold_files, score

GOLD = Path(__file__).resolve().parents[2] / "gold"


def test_component_writes_spans(nlp) -> None:
    doc = nlp("Exports exceeded $120 million, up from 750 mln dlrs a year ago.")
    spans = doc.spans[SPANS_MONEY]
    assert [s._.money.value for s in spans] == [120e6, 750e6]
    assert spans[0]._.money.qualifier == "more_than"
    assert spans[0].text == "exceeded $120 million"


def test_extract_has_money() -> None:
    facts = factex.extract("The unit could fetch $50-60 million, about €80 million.")
    got = [(m.low, m.high, m.value, m.currency, m.qualifier) for m in facts.money]
    assert got == [(50e6, 60e6, None, "USD", "exact"), (None, None, 80e6, "EUR", "about")]


@pytest.mark.parametrize("subset", ["timebank-money", "reuters-money"])
def test_gold_money_f1(subset: str) -> None:
    """The issue's bar: money F1 >= 0.95 on each hand-annotated set."""
    folder = GOLD / subset
    if not gold_files(folder):
        pytest.skip(f"no gold in {folder}")
    nlp = factex.load()

    def predict(items):
        records = (Record(text=t, id=i, published=d) for i, t, d in items)
        return extract_many(records, nlp=nlp)

    report = score(folder, predict=predict)
    if report.skipped:
        pytest.skip("../shared/corpus is absent")
    money = report.totals["money"]
    assert money.f1 >= 0.95, money.misses + money.spurious
    assert money.qualifier_right >= 0.95 * money.qualifier_total
