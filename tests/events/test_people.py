"""``people.whole_words`` finds what the regex of an article's name parts finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factex.events.people import holding, whole_words
from factex.patterns import longest_first

PARTS = ("Liu", "Liu He", "He", "O'Neill", "Jr.", "Tamura", "_x", "Ça", "X-Ray")
TEXT = st.lists(
    st.sampled_from((*PARTS, "Liuzhou", "ÇaÇa", "-", " ", ".", "'", "_", "9", "é", "\n")),
    max_size=25,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.sets(st.sampled_from(PARTS), min_size=1))
def test_whole_words_finds_what_the_regex_finds(text, parts):
    pattern = re.compile(rf"\b(?:{longest_first(parts)})\b")
    assert whole_words(text, parts) == [(m.start(), m.group()) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text("ab envoy\n", max_size=20), max_size=8))
def test_holding_finds_the_texts_a_search_in_each_finds(texts):
    stems = ["envoy", "a b", "bb"]
    want = {i for i, text in enumerate(texts) if any(stem in text for stem in stems)}
    assert holding(texts, stems) == want
