"""Patterns of the facts room (rule ids in ``MEASURE_RULES``; the rest are helpers' regexes)."""

from __future__ import annotations

import re

from factex.facts.lexicon import (
    CONTINUATION_OPENERS,
    FALL_AFTER,
    FALL_WORDS,
    PERCENT_QUALIFIERS,
    RISE_AFTER,
    RISE_WORDS,
)
from factex.facts.measures import MEASURES
from factex.numbers import WORD_NUMBER
from factex.patterns import longest_first, lower_twin

# One regex per measure; the rule id is "fact.measure.<measure>".
MEASURE_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (f"fact.measure.{measure}", measure, re.compile(rf"\b(?:{'|'.join(phrases)})\b", re.IGNORECASE))
    for measure, phrases in ((m.name, m.phrases) for m in MEASURES)
)

# All measures in one pattern, in table order (so "trade surplus" wins over "trade").
MEASURE_NAMES = {f"m{i}": m.name for i, m in enumerate(MEASURES)}


def _measures_source(lower: bool) -> str:
    # Every phrase starts with a word character at a word boundary: the leading guard
    # says so once, so the engine drops most positions before trying the alternatives.
    return (
        r"\b(?=\w)(?:"
        + "|".join(
            rf"(?P<m{i}>\b(?:{'|'.join(p.lower() if lower else p for p in phrases)})\b)"
            for i, phrases in enumerate(m.phrases for m in MEASURES)
        )
        + ")"
    )


MEASURES_RE = re.compile(_measures_source(False), re.IGNORECASE)
# The same on lower-cased text, which Python's re matches faster than IGNORECASE.
MEASURES_LOWER = re.compile(_measures_source(True))


def _phrases_source(lower: bool) -> str:
    # The same phrases in the same order as one alternation without named groups: it
    # matches where and as the named pattern does, but the engine rejects most phrases
    # by their first letter instead of entering every group, so it scans 3x faster.
    phrases = (p.lower() if lower else p for m in MEASURES for p in m.phrases)
    return r"\b(?=\w)(?:" + "|".join(phrases) + r")\b"


# Where a measure phrase starts; the named patterns above then tell which measure.
MEASURES_SCAN_RE = re.compile(_phrases_source(False), re.IGNORECASE)
MEASURES_SCAN_LOWER = re.compile(_phrases_source(True))

_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{WORD_NUMBER})"
_PCT = r"(?:%|\s*(?:percent|per\s+cent|pct|percentage\s+points?)\b)"
# "39 percent", "15 pct", "5%", "5.2 per cent", "5-6 pct", "between 5 and 6 percent".
# Every number starts with a digit or one of these letters (number words, "a", "half"):
# the leading class drops most positions before the lookbehind and the alternatives.
PERCENT = re.compile(
    rf"(?=[\defnostzah])(?<![\w.])(?:(?P<low>{_NUMBER})\s*(?:-|–|to|and)\s*)?(?P<n>{_NUMBER}){_PCT}",
    re.IGNORECASE,
)
PERCENT_WORDS = ("percent", "per cent", "pct", "percentage")


def _initials(words) -> str:
    """A lookahead for the first letters of ``words``: a position whose character starts
    none of them fails in one step, before the engine tries each alternative (the class
    folds case exactly as the literals do, so the matches are the same)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


PERCENT_QUALIFIER = tuple(
    (q, re.compile(rf"\b{_initials(words)}(?:{longest_first(words)})\s+$", re.IGNORECASE))
    for q, words in PERCENT_QUALIFIERS
)

_HEDGE = (
    r"(?:(?:by|of|about|some|nearly|almost|around|approximately|roughly|over|more\s+than"
    r"|a\s+further|an?|another|just|only)\s+)*"
)


RISE_BEFORE = re.compile(
    rf"\b{_initials(RISE_WORDS)}(?:{longest_first(RISE_WORDS)})\s+{_HEDGE}$", re.IGNORECASE
)
FALL_BEFORE = re.compile(
    rf"\b{_initials(FALL_WORDS)}(?:{longest_first(FALL_WORDS)})\s+{_HEDGE}$", re.IGNORECASE
)
RISE_AFTER_RE = re.compile(rf"^\s*(?:[\w-]+\s+)?(?:{longest_first(RISE_AFTER)})\b", re.IGNORECASE)
FALL_AFTER_RE = re.compile(rf"^\s*(?:[\w-]+\s+)?(?:{longest_first(FALL_AFTER)})\b", re.IGNORECASE)
# "ran up a deficit", "built up reserves": "up" is part of the verb, not a rise.
PHRASAL_UP = re.compile(
    r"\b(?=[rcbpesmtdu])(?:ran|run|runs|running|racked|rack|chalked|built|build|piled|ended|end|ends|set|"
    r"made|make|picked|pick|took|take|taken|drew|draw|used)\s+up\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# Between two values of one list ("jewellery up 64 pct, clothing 57 pct and rubber 35 pct").
LIST_GAP = re.compile(r"[\s,;]*(?:and\s+)?(?:[a-z][\w-]*\s+){0,2}", re.IGNORECASE)

# A level, not a change, even after a change verb: "rose to $5 billion".
TO_LEVEL = re.compile(
    r"\b(?=[taro])(?:to|at|reached|of)\s+(?:(?:about|some|nearly|almost|around|approximately|over|more\s+than|a\s+record)\s+)*$",
    re.IGNORECASE,
)

# The words around a value that make it a level or a change (``kind_of``), in the order
# they are tried, and their twins for lower-cased text (``patterns.lower_twin``).
KIND = (TO_LEVEL, PHRASAL_UP, FALL_BEFORE, FALL_AFTER_RE, RISE_BEFORE, RISE_AFTER_RE)
KIND_LOWER = tuple(map(lower_twin, KIND))

# "a 39 percent increase in bilateral trade volume", "$5 billion in exports", "worth of imports".
MEASURE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease|"
    r"reduction|in|of|worth\s+of)\s+(?:in\s+|of\s+)?(?:the\s+|its\s+|their\s+)?",
    re.IGNORECASE,
)
# At most two modifiers between that phrase and the measure ("in bilateral trade volume").
ADJECTIVES_GAP = re.compile(
    r"(?:(?!(?:while|whereas|and|but|or|as|in|of|from|to|than|on|for)\b)[a-z][\w-]*\s+){0,2}"
)
# A measure right after the amount: "a 16 mln dlr trade deficit".
RIGHT_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|while|whereas|in|of|for|to|from|than|with|on|at|as|by|compared|"
    r"against|versus|were|was|is|are)\b)[a-z][\w-]*\s+)?"
)

# Clause boundaries inside a sentence.
CLAUSE_BREAK = re.compile(
    r";|:|,\s+(?:and|but|while|whereas|which|with|including|compared)\b|\s(?:while|whereas)\s",
    re.IGNORECASE,
)

# The period after these is a comparison base ("more than the figure of 2017").
COMPARISON_BASE = re.compile(
    r"(?=[tcavfp%])(?:\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+(?:[\w’'-]+\s+){0,4}$"
    r"|(?:pct|percent|per\s+cent|%)\s+(?:on|over)\s+(?:the\s+)?$)",
    re.IGNORECASE,
)

# An amount that is a comparison base ("compared with an upward revised 965 mln dlrs").
AMOUNT_BASE = re.compile(
    r"\b(?i:(?=[cavf])(?:compared\s+(?:with|to)|against|versus|from))\s+(?:[a-z-]+\s+){0,3}$"
)

# A comparison cue between an amount and a later period: that period is the base's.
BASE_CUE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|from|than)\b", re.IGNORECASE)
# A bare balance word that continues the sentence's earlier balance measure.
BARE_BALANCE = re.compile(r"(?:deficit|surplus|shortfall)(?:es|s)?", re.IGNORECASE)

CONTINUATION = re.compile(rf"^\W*(?:{'|'.join(CONTINUATION_OPENERS)})\b", re.IGNORECASE)
SAME_PERIOD = re.compile(r"\b(?:the\s+)?(?:reporting|same|said)\s+period\b", re.IGNORECASE)

# Trade direction around a flow word.
FROM_TO = re.compile(r"^\s*(?:\w+\s+){0,3}?from\s+(?:the\s+)?$", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# Right before a place after a flow word: its source ("from"), its target ("to"), its
# owner ("exports of Chile").
FLOW_SOURCE = re.compile(r"\bfrom\s+(?:the\s+)?$")
FLOW_TARGET = re.compile(r"\b(?:to|into)\s+(?:the\s+)?$")
FLOW_OWNER = re.compile(r"\s+of\s+(?:the\s+)?")
# "between A and B": the parties follow.
BETWEEN_PARTIES = re.compile(r"\bbetween\s+")
# Between an owner and its flow: "Chile's copper exports", "Peruvian export".
POSSESSIVE = re.compile(r"(?:['’]s?)?\s+(?:[a-z][\w-]*\s+){0,2}")
