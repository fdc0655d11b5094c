"""The shortcuts of the trigger search find exactly what the plain search finds."""

from __future__ import annotations

import re

import pytest

from factex.events import rules
from factex.patterns import at_word_start, lowers_simply

TEXTS = [
    "The two sides signed a memorandum on Tuesday and will sign a contract in May.",
    "SIGNED IN CAPITALS: the Deal Was Signed, then Signing and INKED.",
    "Officials met in Minsk; they held talks with ministers and talks here last week.",
    "The official working visit to Tokyo followed the 12th meeting of the joint commission.",
    "Diplomatic relations were established in 1992 and the ties have been established since.",
    "The plant was officially opened, launched a new line and was put into operation.",
    "The agreement came into force after the company was set up and founded a fund.",
    "Exports of machinery rose; the expo, the fairs and the Hannover Messe exhibitions.",
    "Meetings, meetinghouses and a summit: the forum met, then met again.",
    "An İzmir visit: the dotless ı and the long ſ do not lower to what they match.",
    "A revisited plan, then an official working \n  visit; they signed, and expected to  sign.",
    "state visit and trip: we did sign, having signed; official trip",
]


@pytest.mark.parametrize("text", TEXTS)
def test_stems_in_is_every_stem_in_the_text(text):
    lowered = text.lower()
    assert rules.stems_in(lowered) == frozenset(s for s in rules.ALL_STEMS if s in lowered)


@pytest.mark.parametrize("text", TEXTS)
def test_lower_case_twins_and_stem_first_find_the_same(text):
    lowered = text.lower()
    present = rules.stems_in(lowered)
    for rule_id, _, pattern, stems, lower_case, stem_first, anchor in rules.TRIGGER_TABLE:
        plain = [m.span("t") for m in pattern.finditer(text)]
        if present.isdisjoint(stems):
            assert plain == [], rule_id  # the stems are what every match holds
            continue
        if not lowers_simply(text, lowered):
            continue
        if anchor and not anchor.search(lowered):
            assert plain == [], rule_id
            continue
        first = min(lowered.find(s) for s in stems & present)
        pos = first if stem_first else 0
        if rule_id in rules.WORD_BEFORE_STEM:
            pos = rules.search_start(lowered, first, rules.WORD_BEFORE_STEM[rule_id])
        if lower_case is not None:
            fast = [m.span("t") for m in lower_case.finditer(lowered, pos)]
        else:
            fast = [m.span("t") for m in pattern.finditer(text, pos)]
        assert fast == plain, rule_id


def test_named_noun_end_is_needed_by_every_named_pattern():
    for text in TEXTS:
        if not rules.NAMED_NOUN_END.search(text.lower()):
            assert not any(p.search(text) for _, p in rules.NAMED_EVENTS), text


def _plain(alternatives):
    return "|".join(rf"\b{a}" for a in alternatives)


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "the two countries; Both Sides, bilateral and mutual", "supply of 950 new tractors"],
)
def test_at_word_start_finds_what_a_leading_boundary_finds(text):
    from factex.events.component import _AFTER_PREPOSITION, _LOCATION_PREP
    from factex.events.lexicon import BOTH_SIDES, LOCATION_PREPOSITIONS

    both = re.compile(_plain(BOTH_SIDES), re.IGNORECASE)
    prep = re.compile(rf"\b(?:{'|'.join(LOCATION_PREPOSITIONS)}){_AFTER_PREPOSITION}")
    head = f"(?:{at_word_start(('of', 'for'))})"
    assert rules.QUANTITY.pattern.startswith(head)
    quantity = re.compile(r"\b(?:of|for)" + rules.QUANTITY.pattern[len(head) :])
    pairs = ((rules.BOTH_SIDES_RE, both), (_LOCATION_PREP, prep), (rules.QUANTITY, quantity))
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            for fast, plain in pairs:
                a, b = fast.search(text, lo, hi), plain.search(text, lo, hi)
                assert (a and a.span()) == (b and b.span()), (fast.pattern, lo, hi)
