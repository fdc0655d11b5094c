"""``people.whole_words`` finds what the regex of an article's name parts finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from factex.events.people import whole_words
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
