"""The measure table is the one place a measure is declared."""

from __future__ import annotations

import factex
from factex.facts import measures, rules
from factex.facts.measures import BALANCES, MEASURE_CLASSES, MEASURES, measure_class
from tests.appended import appended

TEXT = "The wheat harvest rose 5% in 2019."


def test_a_measure_appended_to_the_table_is_extracted_with_no_other_edit():
    assert all(f.measure != "harvest" for f in factex.extract(TEXT).facts)
    record = 'Measure("harvest", (r"(?:grain\\s+|wheat\\s+)?harvests?",), synonyms=("crop",))'
    with appended(measures, "MEASURES", record, dependents=(rules,)):
        facts = factex.extract(TEXT).facts
        assert [(f.measure, f.kind, f.value) for f in facts] == [("harvest", "change", 5.0)]
        assert measures.measure_class("crop") == measures.measure_class("harvest") == "harvest"
    assert all(f.measure != "harvest" for f in factex.extract(TEXT).facts)


def test_classes_and_balances_come_from_the_table():
    assert measure_class("trade_volume") == measure_class("trade_turnover") == "trade"
    assert measure_class("current_account_deficit") == "current_account"
    assert {m.name for m in MEASURES} <= set(MEASURE_CLASSES)
    assert "trade_balance" in BALANCES and "exports" not in BALANCES


def test_measure_names_are_unique():
    names = [m.name for m in MEASURES]
    assert len(names) == len(set(names))
