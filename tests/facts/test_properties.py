"""Property tests: on any mix of news words, the events and facts rooms never raise,
every span slices to its text, and every change or level carries a consistent unit."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factex

WORDS = (
    "Exports", "imports", "rose", "fell", "to", "from", "in", "2019", "March", "5%", "15 pct",
    "$5 million", "1.2 billion dlrs", "trade", "surplus", "deficit", "between", "Japan",
    "and", "Chile", "'s", "signed", "a", "contract", "worth", "visit", "met", "the", ",", ".",
    "\n\n", "DEFICIT", "bilateral", "more than", "up", "down", "compared with", "was opened",
)  # fmt: skip


@pytest.fixture(scope="module")
def nlp():
    return factex.load()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(WORDS), max_size=40))
def test_spans_slice_to_their_text(nlp, words):
    text = " ".join(words)
    doc = nlp(text)
    # the one warning undated text may get is the missing publication date
    assert not [w for w in doc._.warnings or () if not w.startswith("no publication date")]
    for fact in doc._.facts:
        assert text[fact.span[0] : fact.span[1]] == fact.evidence
        assert fact.unit is None or fact.unit == "percent" or len(fact.unit) == 3
        assert fact.kind in ("level", "change")
        if fact.kind == "level" and fact.value is not None:
            assert fact.value >= 0
    for event in doc._.events:
        assert text[event.span[0] : event.span[1]] == event.text
        for q in event.quantities:
            assert text[q.span[0] : q.span[1]] == q.text


@given(st.text(alphabet="ABCDEFabcdef 5.,-\u00e9\u00c9", max_size=40))
def test_headline_is_four_capitals_to_a_small_letter(line):
    from factex.facts.amounts import is_headline

    upper = sum(c.isascii() and c.isupper() for c in line)
    lower = sum(c.isascii() and c.islower() for c in line)
    assert is_headline(line) == (upper + lower >= 8 and upper > 4 * lower)
