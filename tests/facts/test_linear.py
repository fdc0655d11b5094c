"""The facts room takes time linear in a sentence of many fact clauses (issue 18)."""

from __future__ import annotations

import pytest

from tests.growth import assert_linear

CLAUSES = (
    "exports from Canada to the United States rose 12 percent to C$4.1 billion in the first "
    "quarter of 2023 and imports from Mexico fell to $3 million in January-July 2019, "
)


@pytest.mark.slow
def test_a_sentence_of_many_fact_clauses_is_linear(nlp):
    # before: 0.15 s at 12.5k characters, 5.9 s at 50k (every amount paired with every
    # period, phrase and party of the sentence)
    assert_linear(nlp, "factex_facts", CLAUSES, 12_500, limit=2.0)


OPENERS = "Investors sold Corus on Monday. Corus fell 2.2% in trading. Abbey rose 3.1% later. "


@pytest.mark.slow
def test_many_sentences_opening_with_a_name_are_linear(nlp):
    # before: the whole article was searched again for each such sentence (a 270k-character
    # article took 111 s)
    assert_linear(nlp, "factex_facts", OPENERS, 12_500, limit=2.0)
