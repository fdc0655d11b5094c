"""The periods grammar is one list: a rule appended to it is tried with no other edit."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factex.patterns import WORD, NotDerivable, first_words, word_key
from factex.periods import grammar
from factex.periods.find import _by_first_word, find_periods
from factex.periods.grammar import RULES, YEAR, Rule
from factex.periods.parts import Parts

TEXT = "Exports rose after the harvest of 2019."


def _harvest(m: re.Match[str]) -> Parts:
    return {"kind": "year", "year": int(m["yr"]), "fiscal": False}


def test_a_rule_starting_with_the_fires_once_appended(monkeypatch) -> None:
    before = find_periods(TEXT, published=dt.date(2020, 1, 1))
    assert [(p.text, p.rule) for p in before] == [("2019", "period.year")]
    harvest = Rule("period.harvest", re.compile(rf"\bthe\s+harvest\s+of\s+{YEAR('yr')}"), _harvest)
    assert harvest.first_words == {"the"}  # read off the pattern
    monkeypatch.setattr(grammar, "RULES", (*RULES, harvest))
    after = find_periods(TEXT, published=dt.date(2020, 1, 1))
    assert [(p.text, p.rule, p.timex) for p in after] == [
        ("the harvest of 2019", "period.harvest", "2019")
    ]


def test_first_words_are_given_where_the_pattern_cannot_say_them(monkeypatch) -> None:
    pattern = re.compile(r"[A-Za-z]+ harvest of (?P<yr>\d{4})")
    with pytest.raises(NotDerivable):
        first_words(pattern)
    crop = Rule("period.crop_harvest", pattern, _harvest, frozenset({"wheat"}))
    monkeypatch.setattr(grammar, "RULES", (*RULES, crop))
    (period,) = find_periods("The wheat harvest of 2019 was poor.", published=None)
    assert (period.text, period.rule) == ("wheat harvest of 2019", "period.crop_harvest")


def test_every_rule_has_first_words() -> None:
    assert all(rule.first_words for rule in RULES)
    # rules starting with a determiner are indexed under it, with nothing else to edit
    assert {r.id for r in RULES if "the" in r.first_words} >= {
        "period.same_period",
        "period.deictic",
        "period.quarter",
    }


_PIECES = [
    "the",
    "a",
    "its",
    "that",
    "this",
    "of",
    "from",
    "between",
    "first",
    "last",
    "fiscal",
    "year",
    "quarter",
    "half",
    "May",
    "Sept.",
    "FEBRUARY",
    "Monday",
    "summer",
    "nineties",
    "twenty",
    "nineteen",
    "two",
    "thousand",
    "Q3",
    "3Q",
    "H1",
    "FY19",
    "FY",
    "2019",
    "1990s",
    "'80s",
    "5th",
    "26",
    "2015-16",
    "2019-02-03",
    "$2021",
    " ",
    "  ",
    "-",
    ",",
    ".",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=20).map(" ".join))
def test_the_index_misses_no_match(text: str) -> None:
    # every match of every rule starts at a word the rule is indexed under
    lower = text.lower()
    for rule in RULES:
        for m in rule.pattern.finditer(text):
            word = WORD.match(lower, m.start())
            assert word is not None and word_key(word.group()) in rule.first_words, rule.id
            # ... and the index tries the rule there, whatever word follows
            key = word_key(word.group())
            second = WORD.search(lower, word.end())
            following = word_key(second.group()) if second else ""
            by_next, anywhere = _by_first_word(RULES)[key]
            assert rule in [r for _, r in by_next.get(following, anywhere)], rule.id
