"""The trigger list is the one place a trigger is declared; named events scan in linear time."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factex
from factex.events import rules
from factex.stems import required_words, whole
from tests.appended import appended
from tests.conftest import SHARED_CORPUS
from tests.events import corpus as events_corpus
from tests.events.markup import parse
from tests.facts import corpus as facts_corpus
from tests.growth import assert_linear

CAUCUSED = "Ministers caucused in Minsk on Monday."
SEEDS = sorted(Path(__file__).resolve().parents[2].joinpath("seeds").glob("*.txt"))
EXAMPLES = [
    *events_corpus.EVENTS,
    *events_corpus.GAPS,
    *facts_corpus.FACTS,
    *facts_corpus.GAPS,
]
TEXTS = [parse(e.text)[0] for e in EXAMPLES] + [p.read_text() for p in SEEDS]
# Words a whole stem must not be found in, and words that are one
WHOLE_WORDS = [
    "Home affairs and exports rose at the Hannover Messe fair; the trade fair, the fairs",
    "Expo 2020 and the Dubai Expo; the Canton Fair and the Leipzig Trade Fair opened.",
    "They held talks_ and talks-with; a meeting's end; the visits (visit) in Paris.",
]


def test_a_trigger_appended_to_the_list_fires_with_no_other_edit():
    assert factex.extract(CAUCUSED).events == []
    record = 'Trigger("event.caucused", "meeting", r"\\b(?P<t>caucused)\\b")'
    with appended(rules, "TRIGGERS", record):
        assert whole("caucused") in rules.ALL_STEMS
        events = factex.extract(CAUCUSED).events
        assert [(e.type, e.text, e.location) for e in events] == [("meeting", "caucused", "Minsk")]
    assert factex.extract(CAUCUSED).events == []


def test_a_pattern_without_a_word_every_match_holds_must_name_its_stems():
    with pytest.raises(ValueError, match="give stems="):
        rules.Trigger("event.x", "meeting", r"\b[A-Z]\w+\s+(?P<t>[a-z]+)\b")
    named = rules.Trigger("event.x", "meeting", r"\b[A-Z]\w+\s+[a-z]+\b", frozenset({"ed"}))
    assert named.stems == {"ed"}


W = whole


@pytest.mark.parametrize(
    "pattern,stems",
    [
        (r"\b(?:held|hold)\s+(?P<t>talks)\b", {W("talks")}),
        (r"(?:put|brought)\s+into\s+(?:operation|use)", {W("into")}),
        (r"(?:came|entered)\s+into\s+(?:force|effect)", {W("into")}),
        (r"\b(?:be|is)\s+(?:ab|cd)\s+(?:done|made)", {"done", "made"}),
        (
            r"\b(?P<t>visit|visited|visiting|trip)\b",
            {W(w) for w in ("visit", "visited", "visiting", "trip")},
        ),
        (r"\b(?P<t>visit|visited|trip)", {"visit", "trip"}),
        (r"(?:official\s+)?VISIT", {"visit"}),
        (r"x(?:ab)+y|zz", {"ab", "zz"}),
        # "for" and "the" are in most sentences: the longer words make the better gate
        (r"\b(?:for|at\s+the)\s+(?P<t>talks|negotiations)\b", {W("talks"), W("negotiations")}),
        # whole only where the pattern bounds the word on both sides
        (r"\b(?:[\w-]+\s+)*(?:a\s+)?(?<!no\s)fair(?!\s+trade)\b", {W("fair")}),
        (r"\bfair(?!s)", {"fair"}),
        (r"\w*fair\b", {"fair"}),
        (r"\w(?:\s+)?fair\b", {"fair"}),
        (r"(?:(?<=x)|\b)fair\b", {"fair"}),
        (r"\bfair-trade\b", {"fair-trade"}),
        (r"(?:\bfair|fairs)\s+and", {W("fair"), "fairs"}),
        (r"(?:\bfair|affairs)\s+and", {W("fair"), "affairs"}),
        (r"(?a)\bfair\b", {"fair"}),  # (an ASCII \b is no boundary of Unicode words)
    ],
)
def test_required_words(pattern, stems):
    assert required_words(re.compile(pattern, re.IGNORECASE)) == stems


def test_stems_in_finds_what_a_search_for_each_stem_finds():
    for text in TEXTS:
        lowered = text.lower()
        held = {s for s in rules.ALL_STEMS + rules.GATE_WORDS if rules.holds(lowered, s)}
        if held.isdisjoint(rules.ALL_STEMS):
            held = set()  # (no rule's stem: nothing can match)
        assert rules.stems_in(lowered) == held


@pytest.mark.parametrize("rule", [*rules.TRIGGERS, *rules.NAMED_EVENTS], ids=lambda r: r.id)
def test_every_match_holds_one_of_the_rules_stems(rule):
    """The gate never hides a match: on every corpus text, each match holds a stem."""
    for text in [*TEXTS, *WHOLE_WORDS]:
        for m in rule.pattern.finditer(text):
            # (with a character of context: a whole stem must be a word of the text)
            around = text[max(0, m.start() - 1) : m.end() + 1].lower()
            assert any(rules.holds(around, s) for s in rule.stems), (rule.id, m.group())


@pytest.mark.parametrize("rule", rules.TRIGGERS, ids=lambda r: r.id)
def test_every_match_holds_a_word_of_each_of_the_rules_gates(rule):
    """The other gates never hide a match either."""
    for text in [*TEXTS, *WHOLE_WORDS]:
        for m in rule.pattern.finditer(text):
            around = text[max(0, m.start() - 1) : m.end() + 1].lower()
            for gate in rule.gates:
                assert any(rules.holds(around, w) for w in gate), (rule.id, m.group(), gate)


# event.deal_was_reached as it was first written (a lookbehind first): the record's
# pattern, rewritten to open with its word, must match exactly where this does.
# (with its sides between, added since: "an agreement with the EU, reached in 1992")
_SIDES = r"(?:\s+(?:with|between)(?:\s+[\w.&'’-]+){1,5}?)?"
DEAL_WAS_REACHED = re.compile(
    rf"(?<!\bno\s)\b(?:agreement|accord|deal|settlement|pact|treaty){_SIDES}\s+"
    r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?P<t>reached|struck|clinched|sealed|concluded|announced)\b"
    rf"|\b(?:agreement|accord|deal|settlement|pact|treaty){_SIDES},\s+"
    r"(?P<t2>reached|struck|hammered\s+out|clinched|sealed|concluded)\b",
    re.IGNORECASE,
)
DEALS_REACHED = (
    "No deal was reached. No  deal was reached, no accord has been struck; "
    "The Accord Was Reached and the pact, sealed in May, holds; no deal, reached late, "
    "knowing deal was struck; a treaty had  been concluded; Agreement, hammered out "
    "nodeal was reached; deal was reachedly; deals were reached; accord,reached; "
    "an agreement with the EU, reached in 1992; no deal with Japan was reached"
)


def test_deal_was_reached_matches_where_its_first_form_did():
    [trigger] = [t for t in rules.TRIGGERS if t.id == "event.deal_was_reached"]
    texts = [DEALS_REACHED, *TEXTS]
    if (SHARED_CORPUS / "reuters_trade").is_dir():
        texts += [p.read_text() for p in sorted((SHARED_CORPUS / "reuters_trade").glob("*.txt"))]

    def spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
        return [(m.span(), m.span("t"), m.span("t2")) for m in pattern.finditer(text)]

    found = 0
    for text in texts:
        want = spans(DEAL_WAS_REACHED, text)
        assert spans(trigger.pattern, text) == want
        found += len(want)
    assert found >= 6


@pytest.mark.parametrize("determiner", ["The", "This"])
def test_a_document_named_again_is_read_whatever_stems_its_sentence_holds(determiner):
    text = (
        "Acme signed a contract with Beta Corp on Monday. "
        f"{determiner} contract, worth $5 million, covers spare parts."
    )
    [event] = factex.extract(text).events
    assert [m.value for m in event.money] == [5_000_000]


CAPITALIZED = st.lists(
    st.sampled_from(
        (
            *("Forum", "Expo", "Summit", "Home", "News", "Bank", "of", "and", "fair", "forum"),
            *("the", "Agro", "McDonald", "Mc-Donald", "iPhone", "trade", "business", ",", "."),
            *("\n", "s"),
        )
    ),
    max_size=30,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(CAPITALIZED)
def test_find_named_finds_what_finditer_finds(text):
    for named in rules.NAMED_EVENTS:
        got = [m.span() for m in rules.find_named(named, text)]
        assert got == [m.span() for m in named.pattern.finditer(text)], named.id


MENU = "Home News Business Markets World Politics Conference Summit Forum Expo Events "
FORUM = "Forum Alpha Beta Gamma Delta Epsilon Zeta Eta Theta "


@pytest.mark.slow
@pytest.mark.parametrize("unit", [MENU, FORUM], ids=["menu", "forum"])
def test_named_events_are_linear_in_a_long_capitalized_run(nlp, unit):
    # before: 0.10 s at 4k characters, 1.5 s at 16k (every capital retried the whole run)
    assert_linear(nlp, "factex_events", unit, 8_000, limit=2.0)


@pytest.mark.slow
@pytest.mark.parametrize(
    "unit",
    [
        "officials met in Minsk on Monday and ",
        "they signed a $5 million deal in Baku on May 5 and ",
        "Officials met on Monday. ",
    ],
    ids=["one-sentence-meetings", "one-sentence-signings", "many-meetings"],
)
def test_many_triggers_are_linear(nlp, unit):
    # before: 16-21x the time for 4x the text (every trigger against every period, place
    # and earlier event)
    assert_linear(nlp, "factex_events", unit, 8_000, limit=2.0)
