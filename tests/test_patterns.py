"""factex.patterns: the shared regex building blocks."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factex.patterns import (
    NotDerivable,
    first_words,
    hits,
    longest_first,
    lower_twin,
    lowers_simply,
    trie_alternation,
    word_scanner,
)

WORDS = ["us", "usd", "u.s.", "eur", "euro", "euros", "new zealand dollar", "a"]


@pytest.mark.parametrize("text", ["usd 5", "U.S. aid", "euros", "in euro", "New Zealand  dollars"])
def test_trie_and_longest_first_match_alike(text):
    # a trie is the longest-first alternation, faster: the same longest match everywhere
    trie = re.compile(trie_alternation(WORDS), re.I)
    plain = re.compile(
        longest_first(w.replace(" ", "\x00") for w in WORDS).replace("\x00", r"[ \u00a0]+"), re.I
    )
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_lowers_simply_refuses_letters_that_lower_otherwise():
    assert lowers_simply("Talks in Ankara", "talks in ankara")
    assert lowers_simply("Exportações CRESCERAM", "exportações cresceram")
    assert not lowers_simply("İzmir", "İzmir".lower())
    assert not lowers_simply("sıgned", "sıgned")
    assert not lowers_simply("ſigned", "ſigned")


@pytest.mark.parametrize(
    "text", ["Exports ROSE", "Ölexports rose", "KELVIN \u212a rose", "Straße ROSE", "ſ rose"]
)
def test_a_lower_twin_matches_where_its_pattern_does(text):
    pattern = re.compile(r"\b(?:k|rose|ss)\b", re.I)
    lowered = text.lower()
    if lowers_simply(text, lowered):
        twin = lower_twin(pattern)
        assert [m.span() for m in twin.finditer(lowered)] == [
            m.span() for m in pattern.finditer(text)
        ]


def test_lower_twin_refuses_upper_case_letters_but_not_escapes():
    assert lower_twin(re.compile(r"(?P<t>\S+)\W", re.I)).pattern == r"(?P<t>\S+)\W"
    with pytest.raises(ValueError):
        lower_twin(re.compile("Rose", re.I))


# Words a scanner's hit starts at (after a non-letter) and around.
_HIT = r"(?<![a-z])(?:one|two hundred|twenty(?=\s))"
_PIECES = ["one", "two", "hundred", "twenty", "none", "bone", " ", "  ", "-", "5", ".", "ü"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.integers(0, 8), st.integers(0, 8))
def test_a_word_scanner_finds_what_finditer_finds(parts, lo, cut):
    text = "".join(parts)
    hi = max(lo, len(text) - cut)
    scanned = [m.span("hit") for m in hits(word_scanner(_HIT), text, lo, hi)]
    assert scanned == [m.span() for m in re.compile(_HIT).finditer(text, lo, hi)]
    words = word_scanner(r"\b(?:one|two)\b", word=r"\w", gap=r"\W", flags=re.I)
    plain = re.compile(r"\b(?:one|two)\b", re.I)
    assert [m.span("hit") for m in hits(words, text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"(?<=of\sthe\s)(?P<unit>year|month)\b", {"year", "month"}),  # lookbehind: not a word
        (r"(?:\b[Tt]he\s+)?'(?P<d>\d0)s\b|(?P<y>1[5-9]\d0)s", {"the", "'", "#4"}),
        (r"\bFY\s?'?(?P<yy>\d\d)", {"fy"}),  # letters then digits: two words
        (r"(?i:year['’]s\s+end)", {"year"}),
    ],
)
def test_first_words_are_read_off_the_pattern(pattern, words):
    assert first_words(pattern) == words


@pytest.mark.parametrize("pattern", [r"\s*dollars", r"[a-z]+ harvest", r".?5", r"(?:the)?"])
def test_first_words_refuses_what_it_cannot_list(pattern):
    with pytest.raises(NotDerivable):
        first_words(pattern)
