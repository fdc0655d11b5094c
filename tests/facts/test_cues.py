"""The words ``rules.absent`` looks for before a window search: every form the pattern's
opening words take holds one, so skipping the search where none is present loses no
match (the search and its skip give the same answers)."""

from __future__ import annotations

import re

import pytest

from factex.facts import rules

# (pattern, its cues, texts it matches: one for each form of its opening words)
CASES = [
    (
        rules.CLOSING_BEFORE,
        rules.CLOSING_CUES,
        [f"Shares {v} at " for v in ("closed", "closing", "close", "closes", "finished", "Ended")],
    ),
    (
        rules.CLOSING_CHANGE_BEFORE,
        rules.CLOSING_CUES,
        [f"It {v} at $11, off " for v in ("closed", "closing", "CLOSE", "closes", "finished")]
        + ["It ended yesterday at 274.5 pence, up "],
    ),
    (
        rules.STAKE_VERB_BEFORE,
        rules.STAKE_VERB_CUES,
        [
            f"It {v} about "
            for v in (
                "owns",
                "owned",
                "owning",
                "holds",
                "held",
                "holding",
                "controls",
                "controlled",
                "controlling",
                "acquires",
                "acquiring",
                "buys",
                "bought",
                "buying",
                "Owns",
            )
        ],
    ),
    (
        rules.CURRENCY_BUYING,
        rules.CURRENCY_BUYING_CUES,
        [f"the dollar was {v} " for v in ("buying", "buys", "bought", "fetching", "fetched")]
        + ["one euro worth "],
    ),
    (
        rules.COMPARISON_BASE,
        rules.COMPARISON_BASE_CUES,
        [f"up {v} the level of " for v in ("than", "compared with", "against", "versus", "from")]
        + [f"5 {v} on the " for v in ("pct", "percent", "per cent", "%")],
    ),
    (
        rules.AMOUNT_BASE,
        rules.AMOUNT_BASE_CUES,
        [f"{v} an upward revised " for v in ("Compared to", "against", "versus", "from")],
    ),
    (
        rules.REFERS_BACK_CUE,
        rules.REFERS_BACK_CUES,
        [
            f"Sales rose {v} to 5 billion"
            for v in (
                "a year earlier",
                "the twelve months before",
                "in the previous year",
                "a month before",
                "the prior quarter",
                "in the month",
                "in the same period",
                "as in the quarter",
            )
        ]
        + [f"{m} exports rose" for m in ("January", "may", "DECEMBER", "October")],
    ),
    (
        rules.MATURITY_BEFORE,
        rules.MATURITY_CUES,
        [f"notes {v} in " for v in ("due", "maturing", "that mature", "which mature")],
    ),
]


@pytest.mark.parametrize(
    ("pattern", "cues", "text"),
    [(p, c, t) for p, c, texts in CASES for t in texts],
)
def test_a_match_holds_a_cue(pattern: re.Pattern[str], cues: tuple[str, ...], text: str) -> None:
    match = pattern.search(text)
    assert match is not None
    assert not rules.absent(text.lower(), cues, 0, len(text))


def test_no_cue_no_search() -> None:
    text = "exports rose to 5 billion"
    assert rules.absent(text, rules.CLOSING_CUES, 0, len(text))
    assert not rules.absent(None, rules.CLOSING_CUES, 0, len(text))  # (not lowered simply)
    # the window bounds count: a cue outside it is absent
    assert rules.absent("closed at ", rules.CLOSING_CUES, 2, 10)


def test_split_cuts_where_the_tokens_do() -> None:
    # (open_before reads the words by str.split, their offsets by measure_choice._TOKEN)
    from factex.facts.measure_choice import _TOKEN

    text = "net\u00a0income\u2009of\x1cthe  unit\u3000totalled\n\t5"
    assert text.split() == _TOKEN.findall(text)


def test_an_opening_pronoun_needs_no_cue() -> None:
    # (where no cue is in the sentence the component asks REFERS_BACK_CUE.match at 0)
    text = "It was 4.33 billion dlrs, up from 4.1 billion"
    assert rules.absent(text.lower(), rules.REFERS_BACK_CUES, 0, len(text))
    assert rules.REFERS_BACK_CUE.match(text)
