"""factex.patterns: the shared regex building blocks."""

from __future__ import annotations

import re

import pytest

from factex.patterns import longest_first, lower_twin, lowers_simply, trie_alternation

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
