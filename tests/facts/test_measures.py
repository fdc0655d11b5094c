"""The measure table is the one place a measure is declared."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import factex
from factex.facts import measures, rules
from factex.facts.measure_choice import measure_phrases
from factex.facts.measures import (
    BALANCES,
    MEASURE_CLASSES,
    MEASURES,
    canonical,
    measure_class,
    snake,
)
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


def _guidelines_table() -> list[tuple[str, set[str]]]:
    """The synonyms table of gold/GUIDELINES.md §5: (a phrase as the text says it, the
    names the row allows), for the plain phrases (quoted examples are skipped)."""
    text = (Path(__file__).parents[2] / "gold" / "GUIDELINES.md").read_text()
    table = text[text.index("| the text says | `measure` |") :]
    table = table[: table.index("\n\n")]
    rows = []
    for line in table.splitlines()[2:]:
        left, right = (cell.strip() for cell in line.strip().strip("|").split("|")[:2])
        names = set(re.findall(r"`([a-z_]+)`", right))
        left = re.sub(r"\([^)]*\)", lambda m: "" if " " in m.group() else m.group()[1:-1], left)
        if " / " in left:  # "current account surplus / deficit / balance"
            first, *rest = left.split(" / ")
            base = first.rsplit(" ", 1)[0]
            phrases = [first, *(f"{base} {word}" for word in rest)]
        else:
            phrases = left.split(",")
        phrases = [re.sub(r"^(?:a|an|the)\s+", "", p.strip()) for p in phrases]
        rows += [(p.strip(), names) for p in phrases if not re.search("[\"“'’:]", p)]
    return rows


GUIDELINES_ROWS = _guidelines_table()


def test_the_guidelines_table_is_read():
    assert len(GUIDELINES_ROWS) > 40


@pytest.mark.parametrize(("phrase", "names"), GUIDELINES_ROWS, ids=[p for p, _ in GUIDELINES_ROWS])
def test_guidelines_synonyms_agree_with_the_table(phrase, names):
    """Each phrase of the guidelines' table gets one of its row's names: as a name
    (``canonical``) or as the measure the facts room reads in it."""
    found = measure_phrases(phrase)
    read = found[0][2] if found and found[0][0] == 0 else None
    assert canonical(snake(phrase)) in names or read in names, (phrase, read, names)
