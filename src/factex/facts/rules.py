"""Patterns of the facts room: measure phrases (from ``facts.measures``), percentages, and
the words around a value that say what kind of value it is and what it belongs to.

Over 600 lines because it is the room's one pattern table: each pattern sits beside the
words it reads, and the patterns share pieces (numbers, percentages, hedges).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from factex.calendar_words import DAY_NAMES, MONTH_NAMES
from factex.facts.lexicon import (
    CONTINUATION_OPENERS,
    FALL_AFTER,
    FALL_WORDS,
    NOT_MEASURE_HEADS,
    NOT_OWNER_VERBS,
    PERCENT_QUALIFIERS,
    RISE_AFTER,
    RISE_WORDS,
    SECURITIES,
)
from factex.facts.measures import MEASURES
from factex.numbers import WORD_NUMBER
from factex.organizations.lexicon.negatives import INDEX_SHORT_NAMES, STOCK_INDICES
from factex.patterns import longest_first, lower_twin
from factex.stems import required_words


def absent(lowered: str | None, cues: tuple[str, ...], start: int, end: int) -> bool:
    """None of ``cues`` is in ``lowered[start:end]``, so a pattern that needs one of them
    cannot match there (``lowered``: the lower-cased text where ``patterns.lowers_simply``
    holds, else None: then nothing is known absent). A cheap test before a search whose
    pattern opens with a word alternation the engine tries at every position.

    >>> absent("exports rose", ("clos", "ended"), 0, 12), absent(None, ("clos",), 0, 0)
    (True, False)
    """
    if lowered is None:
        return False
    window = lowered[start:end]
    return not any(cue in window for cue in cues)


def cues(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """The strings one of which every match of ``pattern`` holds (lower-cased), read off
    the pattern (``stems.required_words``): the ``absent`` test's cues, never written
    out beside it."""
    return tuple(sorted(required_words(pattern, words=False)))


# All measures in one pattern, in table order (so "trade surplus" wins over "trade"); the
# group that matched names the measure (``MEASURE_NAMES``).
MEASURES_RE = re.compile(
    "|".join(rf"(?P<m{i}>\b(?:{'|'.join(m.phrases)})\b)" for i, m in enumerate(MEASURES)),
    re.IGNORECASE,
)
MEASURE_NAMES = {f"m{i}": m.name for i, m in enumerate(MEASURES)}
# The same phrases in the same order as one alternation without groups, to find where a
# phrase starts (``MEASURES_RE.match`` there then names it): the engine then rejects most
# phrases by their first letter instead of entering every group, 3x faster over a text.
# Every phrase starts with a word character (``facts.measures`` checks), and saying so
# once up front lets the engine drop most positions before the alternatives: 1.8x.
MEASURES_SCAN_RE = re.compile(
    rf"\b(?=\w)(?:{'|'.join(p for m in MEASURES for p in m.phrases)})\b", re.IGNORECASE
)
# The same two patterns for a lower-cased copy of the text (``Sentence.lowered``): matched
# case-sensitively, the engine does not fold case at every step (2x faster).
MEASURES_LOWER_RE = re.compile(
    "|".join(
        rf"(?P<m{i}>\b(?:{'|'.join(p.lower() for p in m.phrases)})\b)"
        for i, m in enumerate(MEASURES)
    )
)
MEASURES_LOWER_SCAN_RE = re.compile(
    rf"\b(?=\w)(?:{'|'.join(p.lower() for m in MEASURES for p in m.phrases)})\b"
)

# What makes a measure phrase no measure where it stands: a noun after it whose modifier
# it is ("investment bank"), or a hyphen joining it into one word ("with-profits",
# "export-led", "trade-weighted"); the same for a lower-cased copy of the text.
NOT_A_MEASURE_AFTER = re.compile(
    rf"-[^\W\d_]|\s+(?:{longest_first(NOT_MEASURE_HEADS)})\b", re.IGNORECASE
)
NOT_A_MEASURE_AFTER_LOWER = lower_twin(NOT_A_MEASURE_AFTER)

_NUMBER = rf"(?:\d+(?:[.,]\d+)?|{WORD_NUMBER})"
# (percentage points only after digits: a change in points written in words, "by a quarter
# of a percentage point", is no percentage; GUIDELINES §5)
_PCT = r"(?:%|\s*(?:percent|per\s+cent|pct)\b|(?<=\d)\s*percentage\s+points?\b)"
# "39 percent", "15 pct", "5%", "5.2 per cent", "5-6 pct", "between 5 and 6 percent".
# (a fraction after the number: "6 3/8%", "10-1/2 pct"; none from a denominator alone)
PERCENT = re.compile(
    rf"(?<![\w./])(?:(?P<low>{_NUMBER})\s*(?:-|–|to|and)\s*)?(?P<n>{_NUMBER})"
    rf"(?:(?:\s+|-)(?P<num>[1-9])/(?P<den>[1-9]\d?))?{_PCT}",
    re.IGNORECASE,
)
# The same for a lower-cased copy of the text, matched case-sensitively (faster).
PERCENT_LOWER = re.compile(PERCENT.pattern)
PERCENT_WORDS = ("percent", "per cent", "pct", "percentage")


PERCENT_QUALIFIER = tuple(
    (q, re.compile(rf"\b(?:{longest_first(words)})\s+$", re.IGNORECASE))
    for q, words in PERCENT_QUALIFIERS
)

_HEDGE = (
    r"(?:(?:by|of|about|some|nearly|almost|around|approximately|roughly|over|more\s+than"
    r"|a\s+further|an?|another|just|only|at\s+least|up\s+to|between|as\s+much\s+as"
    r"|an\s+average\s+of)\s+)*"
)


# (also "a" and one adjective: "rose a lower-than-anticipated 5.2%", "fell a steep 9%")
_CHANGE_HEDGE = rf"(?:{_HEDGE}|an?\s+[a-z]+(?:-[a-z]+)*\s+)"
RISE_BEFORE = re.compile(rf"\b(?:{longest_first(RISE_WORDS)})\s+{_CHANGE_HEDGE}$", re.IGNORECASE)
FALL_BEFORE = re.compile(rf"\b(?:{longest_first(FALL_WORDS)})\s+{_CHANGE_HEDGE}$", re.IGNORECASE)
# (a word between, not "to": "spend 5,000 billion yen to boost demand" is no rise)
RISE_AFTER_RE = re.compile(
    rf"^\s*(?:(?!to\b)[\w-]+\s+)?(?:{longest_first(RISE_AFTER)})\b", re.IGNORECASE
)
FALL_AFTER_RE = re.compile(
    rf"^\s*(?:(?!to\b)[\w-]+\s+)?(?:{longest_first(FALL_AFTER)})\b", re.IGNORECASE
)
# "ran up a deficit", "built up reserves": "up" is part of the verb, not a rise.
PHRASAL_UP = re.compile(
    r"\b(?:ran|run|runs|running|racked|rack|chalked|built|build|piled|ended|end|ends|set|"
    r"made|make|picked|pick|took|take|taken|drew|draw|used)\s+up\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# Between two values of one list ("jewellery up 64 pct, clothing 57 pct and rubber 35 pct").
LIST_GAP = re.compile(r"[\s,;]*(?:and\s+)?(?:[a-z][\w-]*\s+){0,2}", re.IGNORECASE)
# ... or a next change by its own "by" after a conjunction ("as well as by 30%", "and by
# five pct in 1988"; not an agent: "hit by 20% tariffs").
BY_BEFORE = re.compile(
    r"(?:\band|\bor|\bbut|\bas\s+well\s+as|,|[-–—])\s+by\s+"
    r"(?:(?:about|some|nearly|almost|around|roughly|more\s+than|a\s+further|another|"
    r"up\s+to|as\s+much\s+as|just)\s+)*$"
)

# A level, not a change, even after a change verb: "rose to $5 billion".
TO_LEVEL = re.compile(
    r"\b(?:(?<!\bup\s)to|at|reached|(?<!\bby\san\saverage\s)of)\s+(?:(?:about|some|nearly|almost|around|approximately|over|more\s+than|a\s+record)\s+)*$",
    re.IGNORECASE,
)

# A verb of change, its object, then the amount and the level it moved to: "boosted its
# quarterly dividend 20% to three cents a share" (the sign in the group: raising or not).
_RAISED = "raised|raises|boosted|boosts|increased|increases|lifted|lifts"
_LOWERED = "cut|cuts|reduced|reduces|lowered|lowers|slashed|slashes|trimmed|trims"
OBJECT_CHANGE_BEFORE = re.compile(
    rf"\b(?:({_RAISED}|raising|boosting)|{_LOWERED})\s+"
    r"(?:its|their|the|his|her)\s+(?:[a-z][\w-]*\s+){1,3}$",
    re.IGNORECASE,
)
TO_AFTER = re.compile(r"\s+to\s", re.IGNORECASE)
# ... or with "by" before the amount: "would dilute BellSouth earnings by about 9%", "cut
# its dividend by 50%".
# (the words between "by" and the amount: "by about", "by more than"; a qualifier is no
# part of a percentage's amount)
_BY_HEDGES = (
    r"by\s+(?:(?:about|some|nearly|almost|around|roughly|approximately|just|only|a\s+further|"
    r"another|an\s+additional|more\s+than|less\s+than|up\s+to|as\s+much\s+as|at\s+least)\s+)*$"
)
OBJECT_CHANGE_BY = re.compile(
    rf"\b(?:({_RAISED}|raising|boosting)|{_LOWERED}|dilute|dilutes|diluting)\s+"
    r"(?:[\w'’-]+\s+){1,3}" + _BY_HEDGES,
    re.IGNORECASE,
)
# The object of a verb of change, named right before "by" and the amount ("reduced
# Nissan's overheads by 20%", "increased its generating capacity by 12.6%", "cut taxes by
# $5bn"): group 1, its lowercase words after an owner (``measure_choice.open_object``).
OBJECT_BY_BEFORE = re.compile(
    rf"\b(?:{_RAISED}|{_LOWERED}|raise|raising|boost|boosting|increase|increasing|lift|"
    r"lifting|cutting|reduce|reducing|lower|lowering|slash|slashing|trim|trimming)\s+"
    r"(?:(?:its|their|the|his|her|our|[A-Z][\w.&-]*['’]s)\s+)?"
    r"([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+" + _BY_HEDGES,
)
# ... or with "a further" before the amount: "reduced computer inventories a further $100
# million".
OBJECT_CHANGE_FURTHER = re.compile(
    rf"\b(?:({_RAISED}|added|adds)|{_LOWERED})\s+"
    r"(?:[a-z][\w-]*\s+){1,3}(?:a\s+further|another|an\s+additional|an\s+extra)\s+$",
    re.IGNORECASE,
)


# "a 39 percent increase in bilateral trade volume", "$5 billion in exports", "worth of imports".
# (past a conversion in brackets: "7.38 billion Canadian dollars (US$6.3 billion) in sales")
MEASURE_AFTER = re.compile(
    # (not a cause: "to 33.9 billion dlrs because of lower prices")
    r"(?:\s*\([^()]{1,40}\))?\s*(?:(?!(?:because|instead|ahead|regardless|irrespective|out)\b)[\w-]+\s+)?(?:increase|rise|growth|jump|gain|decline|drop|fall|decrease|"
    r"reduction|improvement|boost|climb|rebound|advance|surge|hike|slip|dip|slide|slump|cut|"
    r"in|of|worth\s+of)\s+(?:in\s+|of\s+)?(?:the\s+|its\s+|their\s+)?",
    re.IGNORECASE,
)
# At most two modifiers between that phrase and the measure ("in bilateral trade volume").
# (a place's abbreviation among them: "41% of all U.S. beer sales")
_ADJECTIVE = r"(?!(?:while|whereas|and|but|or|as|in|of|from|to|than|on|for)\b)[a-z][\w-]*\s+"
ADJECTIVES_GAP = re.compile(rf"(?:{_ADJECTIVE}){{0,2}}(?:(?:[A-Z]\.){{2,}}\s+(?:{_ADJECTIVE})?)?")
# ... after an amount of money, also an owner's name before them ("$22 million of
# Hunter's existing debt"; a percentage of an owner's measure is a ratio: "2 pct of
# Japan's output" measures the subject).
OWNER_ADJECTIVES_GAP = re.compile(
    rf"(?:[A-Z][\w&.-]*['’]s\s+|(?:company|concern|firm|group|bank|unit)['’]s\s+)?"
    rf"{ADJECTIVES_GAP.pattern}"
)
# A measure right after the amount: "a 16 mln dlr trade deficit".
# (or a place's abbreviation: "a 50% U.S. market share")
RIGHT_AFTER = re.compile(
    r"\s+(?:(?!(?:and|or|but|while|whereas|in|of|for|to|from|than|with|on|at|as|by|compared|"
    r"against|versus|were|was|is|are)\b)[a-z][\w-]*\s+|(?:[A-Z]\.){2,3}\s+)?"
)

# "of" and what may stand before a ratio's base ("of the country's total GDP").
_RATIO_OF = (
    r"\s+of\s+(?:(?:the|its|their|[\w.]+['’]s)\s+)?(?:(?:total|annual|nominal|national)\s+)?"
)
# What makes the measure phrase after it the base of a ratio ("3 pct of GDP", "as a
# percentage of GNP", "4.5% of the country's gross domestic product"; ``Measure.ratio_base``).
RATIO_BEFORE = re.compile(
    rf"(?:%|\b(?:pct|percent|cent|percentage|proportion|share|ratio)){_RATIO_OF}$",
    re.IGNORECASE,
)
# Right after a percentage, before its base ("4.5 pct of GNP": ``MEASURES_RE`` names it).
RATIO_OF_AFTER = re.compile(_RATIO_OF, re.IGNORECASE)
# A relative clause opening after a comma (``RELATIVE_OPENS.search`` finds the last one
# only with the text cut before the phrase: see ``measure_choice._in_an_aside``).
RELATIVE_OPENS = re.compile(r",\s+(?:which|who)\b(?!.*,\s+(?:which|who)\b)", re.IGNORECASE)

OR_AND = re.compile(r"\s*(?:or|and)\b", re.IGNORECASE)

# The verb of a loss, where it names the measure ("lost $12 million"; ``MEASURES``
# "net_loss"): its sum is the loss, a level.
LOSS_VERB = re.compile(r"los(?:t|es?|ing)", re.IGNORECASE)

# Between a measure phrase and its complement after "of", up to the complement's own
# words: "imports of [US] soybeans", "exports of Japanese [cars]".
COMPLEMENT_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w.&-]*|[a-z][\w-]*)\s+){0,2}")

# A dash that opens or closes an aside ("spending - which drives the economy - grew").
DASH = re.compile(r"\s-\s|[–—]")

# Between a measure phrase and another in its complement: "investment in fixed assets",
# "spending on capital equipment", "sales of new homes" (the first is the head).
HEAD_OF = re.compile(
    r"\s+(?:in|on|of)\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[a-z][\w-]*\s+){0,2}"
)

# A number right before a word (its unit): "59.2 trillion rupiah", "1,200 won".
NUMBER_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|mln|bln|bn|m))\s+$", re.IGNORECASE
)

# Clause boundaries inside a sentence.
CLAUSE_BREAK = re.compile(
    r";|:|,\s+(?:and|but|while|whereas|which|who|whose|with|including|compared|reflecting|citing|"
    r"because)\b|\s(?:while|whereas)\s",
    re.IGNORECASE,
)

# The period after these is a comparison base ("more than the figure of 2017").
COMPARISON_BASE = re.compile(
    r"(?:\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+(?:[\w’'-]+\s+){0,4}$"
    r"|(?:pct|percent|per\s+cent|%)\s+(?:on|over)\s+(?:the\s+)?$)",
    re.IGNORECASE,
)
COMPARISON_BASE_CUES = cues(COMPARISON_BASE)

# An amount that is a comparison base ("compared with an upward revised 965 mln dlrs").
AMOUNT_BASE = re.compile(
    # (not past "to": "from the previous month to 277.2 mln" is the new level)
    r"\b(?:(?i:compared\s+(?:with|to))\s+(?:(?!to\s)[a-z'’-]+\s+){0,6}"
    r"|(?i:against|versus)\s+(?:(?!to\s)[a-z'’-]+\s+){0,3}"
    # (not a source that names the measure: "earnings from continuing operations of $2m")
    r"|(?i:from)\s+(?!(?:continuing\s+|discontinued\s+)?operations\b)"
    r"(?:(?!to\s)[a-z'’-]+\s+){0,4})$"
)
AMOUNT_BASE_CUES = cues(AMOUNT_BASE)

# Between a period and the amount it owns: "last year's fully diluted $3.27" (a
# comparison's period without "'s": "below the year-earlier $4.5 million").
POSSESSIVE_BEFORE_AMOUNT = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")
ATTRIBUTIVE_BEFORE_AMOUNT = re.compile(r"\s+")
# A comparison cue between an amount and a later period: that period is the base's.
BASE_CUE = re.compile(r"\b(?:against|compared\s+(?:with|to)|versus|from|than)\b", re.IGNORECASE)
# A bare balance word that continues the sentence's earlier balance measure.
BARE_BALANCE = re.compile(r"(?:deficit|surplus|shortfall)(?:es|s)?", re.IGNORECASE)

CONTINUATION = re.compile(rf"^\W*(?:{'|'.join(CONTINUATION_OPENERS)})\b", re.IGNORECASE)
SAME_PERIOD = re.compile(r"\b(?:the\s+)?(?:reporting|same|said)\s+period\b", re.IGNORECASE)

# A gapped list item's owner: after ";" or "and", before a comma and its value
# ("...; Japan, 9.9 pct, and Britain, 20.2 pct").
GAP_BEFORE = re.compile(r"(?:;|,?\s+and)\s+(?:the\s+)?$")
GAP_AFTER = re.compile(r",\s*(?:(?:about|around|some|nearly|almost|over|just)\s+)?")


# "a share", "per share" right after an amount: a price or amount per share.
# (past a conversion in brackets: "1,850 French francs ($297) a share"; "apiece", and
# "each" for shares: "offer to buy 22 million shares for $125 apiece", "1,850 francs each
# for Navigation Mixte shares")
PER_SHARE = re.compile(
    r"(?:\s*\([^()]{1,30}\))?(?:\s+in\s+(?:cash|stock|securities))?"
    r"(?:(?:\s+|-)(?:a|per|each)(?:\s+|-)(?:share|ordinary\s+share|common\s+share)\b"
    r"|\s+apiece\b|\s+each(?=\s+for\s+(?:[\w'’.-]+\s+){0,5}?shares\b))",
    re.I,
)
# The words of approximation an amount may carry before it ("about $5 million").
_ABOUT = r"(?:(?:about|around|some|nearly|roughly)\s+)?"
# Between shares and the price paid or offered for them: "shares for $125 apiece", "shares
# was priced at $15 a share".
SHARES_FOR = re.compile(
    r"\s+(?:(?:(?:was|were|is|are|will\s+be|to\s+be)\s+)?priced\s+at|for|at)\s+" + _ABOUT
)
# An amount "each" after shares sold or bought at it: "sell 5 million shares at $20 each".
EACH_AFTER = re.compile(r"\s+(?:each|apiece)\b")
SHARES_AT_BEFORE = re.compile(rf"\bshares\s+(?:at|for)\s+(?:up\s+to\s+)?{_ABOUT}$")
# A company's holders receiving the amount (a share) in a deal: "Starpointe holders ...
# will receive $21 in cash a share".
HOLDERS_RECEIVE_BEFORE = re.compile(
    r"\b(?:share|stock)?holders\b[^.;:]{0,60}?\b(?:receive|get)\s+"
    rf"{_ABOUT}$",
    re.IGNORECASE,
)
# A sum paid for each share of a company: "pay $19 and one-eighth QVC share for each of
# CVN's 20 million fully diluted shares", "$21 in cash for each Starpointe share".
FOR_EACH_SHARE_AFTER = re.compile(
    r"(?:\s+in\s+cash|\s+and\s+[^,.;:$]{1,40}?)?\s+for\s+each\s+(?:of\s+)?"
    r"(?:[\w.&'’-]+\s+){0,6}?(?:common\s+)?shares?\b"
)
PAY_BEFORE = re.compile(rf"\b(?:pay|pays|paid|paying)\s+{_ABOUT}$", re.IGNORECASE)
# What was paid for after the amount: a company by name, or "the/its ... unit/company"
# ("paid £1bn for the chain", "paying $5bn for Abbey in 2004", "paying £328m to buy fellow
# UK firm Tibbett & Britten"; not "paid $5m for Microsoft licences", the goods of a name).
PAID_FOR_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:for|to\s+(?:buy|acquire|take\s+over))\s+(?:"
    r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&))*?"
    r"(?=\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:[-–—]|in|on|last|this|earlier|and|from|when|after|"
    r"before)(?:\s|$))"
    r"|(?:the|its|their|a|fellow|rival)\s+(?:[\w&'’%.-]+\s+){0,4}?"
    r"(?:unit|company|subsidiary|division|business|stake|operations|group|bank|chain|arm|"
    r"plant|brand|firm|club|team|stores)\b)"
)
# The terms a security converts or is exercised at, before its price a share:
# "convertible into shares of Meridian common stock at $2 a share", "exercisable at".
CONVERTIBLE_AT_BEFORE = re.compile(
    r"\b(convertible|conversion|exercisable)\b(?:\s+(?:into|to|for)\s+(?:[^.;:,]|,(?=\d)){0,80}?)?"
    rf"\s+at\s+{_ABOUT}$",
    re.IGNORECASE,
)
# How a price a share is paid, after "a share" (always matches): "$30 a share in cash".
PAID_IN = re.compile(r"(?:\s+in\s+(?:cash|stock|securities|cash\s+and\s+(?:stock|securities)))?")
# Between an amount and the same amount a share: "$2.5 million, or seven cents a share".
OR_BETWEEN = re.compile(r",\s+or\s+(?:a\s+total\s+(?:of\s+)?)?" + _ABOUT)
# A conversion or aside in brackets right after an amount: "331bn yen ($2.7bn)".
BRACKET_AFTER = re.compile(r"\s*\([^()]{1,40}\)")
# Between a change in money and the same change in percent: "lost 65 cents or 25%".
OR_PERCENT_BETWEEN = re.compile(r",?\s+or\s+" + _ABOUT)
# Between an amount and its conversion in brackets: "185 pence ($2.90)".
CONVERSION_BETWEEN = re.compile(r"\s*\(\s*" + _ABOUT)
# Between two conversions in one bracket: "A$458.4m ($357.6m; £191m)".
NEXT_CONVERSION_BETWEEN = re.compile(r"\s*[;,]\s*")
# Between a company's name and a change in percent, a verb of a price's move: the
# company's share price ("Singapore Airlines dropped 2.6%", "Tanco Holdings slumped 5%",
# "with Kinki Nippon sliding 1.5%").
# a sentence's first word, capitalized, after any opening quotation mark
FIRST_WORD = re.compile(r"[\"'“‘]?\s*([A-Z][\w&-]*)")
ORG_MOVED_BETWEEN = re.compile(
    r"(?:['’]s?\s+shares)?\s+(?:shares\s+)?(?:(?:were|was|have|has|had)\s+)?"
    r"(?:fell|rose|dropped|slumped|shed|gained|lost|slid|slipped|sank|jumped|climbed|surged|"
    r"soared|tumbled|plunged|dived|added|sliding|dropping|falling|rising|gaining|losing|"
    r"slipping|jumping|climbing|surging|tumbling|plunging|(?:edged|ended|closed|finished)\s+"
    r"(?:up|down|higher|lower)|up|down)\s+(?:by\s+)?"
    r"(?:(?:about|almost|nearly|some|around|roughly|more\s+than|less\s+than|over|just|another|"
    r"a\s+further)\s+)*"
)
# Between a change in percent and the price it moved to: "Corus fell 2.2% to 55.57 pence".
TO_PRICE_BETWEEN = re.compile(r"\s+to\s+" + _ABOUT)
# Between a per-share figure and its base: "to $2 a share from $3".
PER_SHARE_BASE_BETWEEN = re.compile(
    r"(?:\s+|-)(?:a|per)(?:\s+|-)share,?\s+(?:from|compared\s+with|against|versus)\s+"
    rf"{_ABOUT}(?:(?:last|the\s+previous)\s+year['’]s\s+)?"
)
# Before an amount that restates the one before it: "$2.5 million, or seven cents".
OR_BEFORE = re.compile(rf",\s+or\s+{_ABOUT}$")
# The verbs of a closing price ("closed at", "finishing at").
_CLOSED = r"\b(?:closed|closing|close|closes|finished|ended)\s+"
# A stock's closing price: "Primerica closed at $28.25", "closing yesterday at $100 a
# share" (not a price per unit of a commodity: "gold closed at $370 an ounce"; not a
# currency's: "the dollar closed at 1.85 marks").
CLOSING_BEFORE = re.compile(
    rf"{_CLOSED}(?:(?:yesterday|today|unchanged|{'|'.join(DAY_NAMES)}|"
    r"the\s+day|the\s+session|trading)\s+){0,2}at\s+$",
    re.IGNORECASE,
)
# (the words one of the two closing patterns needs)
CLOSING_CUES = cues(CLOSING_BEFORE)
NOT_A_STOCK_BEFORE = re.compile(
    r"\b(?:dollar|yen|marks?|pound|sterling|francs?|currency|gold|silver|oil|crude|index|"
    r"average|futures?|contracts?|yields?|bonds?|notes?|treasur(?:y|ies))\b[^,;]*$",
    re.IGNORECASE,
)
PER_UNIT_AFTER = re.compile(r"\s+(?:an?|per)\s+(?!share\b)[a-z]", re.IGNORECASE)
# The day's change right after a closing price: "closed at $11, down 25 cents" (its sign in
# the group: "off" is down).
CLOSING_CHANGE_BEFORE = re.compile(
    rf"{_CLOSED}(?:\w+\s+){{0,2}}at\s+"
    r"[^\s,;()]+(?:\s+(?:[A-Z][a-z]+\s+)?(?:cents|pence|dollars|francs|marks|yen))?"
    r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:a\s+share|each|apiece))?,\s+"
    r"(up|down|off)\s+$",
    re.IGNORECASE,
)
# A price change before a closing price: "shed 8.5 pence a share to close at 185 pence".
TO_CLOSE_AFTER = re.compile(
    r"(?:(?:\s+|-)(?:a|per)(?:\s+|-)share)?,?\s+to\s+(?:close|end|finish)\s+(?:\w+\s+)?at\b",
    re.IGNORECASE,
)
# A sentence about a stock's trading: "In national over-the-counter trading yesterday, POP
# plunged $4 to $14.75".
STOCK_TRADING = re.compile(
    r"\b(?:composite|over-the-counter|Stock\s+Exchange|Big\s+Board)\s+trading\b", re.IGNORECASE
)
STOCK_TRADING_CUES = cues(STOCK_TRADING)
# A holding in a company: "owns 51% of POP's shares", "acquire up to 30.2% of Cineplex",
# "hold nearly 50% of Navigation Mixte's capital"; "a 30%-owned unit", "is controlled
# 50.1% by Rhone Poulenc".
STAKE_VERB_BEFORE = re.compile(
    r"\b(?:owns?|owned|owning|holds?|held|holding|controls?|controlled|controlling|acquire[sd]?|"
    r"acquiring|buy|buys|bought|buying)\s+(?:(?:up\s+to|just\s+(?:under|over)|more\s+than|"
    r"less\s+than|about|nearly|almost|some|roughly|approximately|over|under|another|"
    r"a\s+further|an\s+additional|an?|the|its|their)\s+)*$",
    re.IGNORECASE,
)
STAKE_VERB_CUES = cues(STAKE_VERB_BEFORE)
STAKE_OF_AFTER = re.compile(
    r"\s+of\s+(?:(?:the\s+)?[A-Z]|(?:its|their|the\s+(?:company|concern|firm|bank)['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:shares|stock|equity|capital|common)"
    # (the company named by its noun, where the phrase ends: "controls 48% of the group,")
    r"|the\s+(?:company|concern|firm|bank|group|business|carmaker|airline|brewer)\s*[,.;)])"
    # (not a market: "holds 33% of the U.S. market" is a market share)
    r"(?![^,;]{0,30}\bmarkets?\b)"
)
# The words that make a held or sent quantity approximate ("has about 20%", "holds just
# under 5%", "sent some $16bn"): one list for the holding and sending rules.
_ROUGHLY = (
    r"(?:(?:about|nearly|almost|some|roughly|approximately|around|just\s+(?:under|over)|"
    r"more\s+than|less\s+than|over|under)\s+)?"
)
# ... and "has 20% of Sina": a plain "has" only before a name that is the object itself (not
# "has 20% of Europe's sales").
HAS_BEFORE = re.compile(rf"\b(?:has|have|had)\s+{_ROUGHLY}$")
HAS_OF_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*(?=\s*[,.;:)]|\s+(?:and|but)\s)"
)
# A holding whose company the sentence named before: "TCI, which holds about 5%, has made";
# the verbs of holding only, not of buying ("buy 5%" may be of anything).
HOLDS_BEFORE = re.compile(
    rf"\b(?:owns?|owning|holds?|holding|controls?|controlling)\s+{_ROUGHLY}$", re.IGNORECASE
)
HOLDS_END_AFTER = re.compile(r"\s*(?:[,;)]|\.(?!\d))")
# A shareholder's holding in brackets after its name: "the French government (15%)",
# in a sentence about shareholders or owners.
BRACKETED_BEFORE = re.compile(r"[A-Za-z][\w.&'’-]*\s*\(\s*$")
BRACKETED_AFTER = re.compile(r"\s*\)")
HOLDERS_NEAR = ("sharehold", "stakehold", "owner", "stakes")
# A percentage of a company's shares outstanding: "10.2% of Meridian's shares outstanding",
# "10% of its common stock outstanding".
OF_SHARES_OUTSTANDING = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w.&'’-]+\s+){0,4}?(?:shares|stock)\s+outstanding\b"
)
# (passive: "controlled 50.1% by state-owned Rhone Poulenc")
PASSIVE_STAKE_BEFORE = re.compile(r"\b(?:owned|controlled|held)\s+(?:[a-z]+\s+){0,2}$")
STAKE_BY_AFTER = re.compile(r"\s+by\s+(?:[a-z-]+\s+)?[A-Z]")
OWNED_AFTER = re.compile(r"(?:-|\s+)(?:[a-z]+-)?owned\b", re.IGNORECASE)
# "worth of" right after an amount, or "of" and goods: the amount names goods (the measure
# is after it or there is none): "$125 billion worth of", "$200bn of Chinese goods".
WORTH_OF = re.compile(
    r"\s+(?:worth\s+of\b|of\s+(?:[\w.-]+\s+){0,3}?(?:goods|products|merchandise|items)\b)",
    re.IGNORECASE,
)
# ... when a preposition puts it under a charge ("tariffs on 300 mln dlrs worth of goods");
# after a verb ("buy 1.8 billion dlrs worth of goods") it is the value bought or sold.
GOODS_UNDER = re.compile(
    rf"\b(?:on|against|covering|targeting|affecting|to|for)\s+{_HEDGE}$", re.IGNORECASE
)
# The words of an open measure phrase (lowercase, hyphenated: "non-oil", "two-way").
WORD = re.compile(r"[a-z][a-z-]*[a-z]|[a-z]")
# An open measure phrase right after its amount ("a 40 billion dlr foreign debt").
OPEN_AFTER = re.compile(r"[ \t]+((?:[a-z][a-z-]*[ \t]+){0,2}[a-z][a-z-]*)")
# A percentage right before the debt securities it is the interest rate of: "6.5%
# convertible subordinated debentures", "10% senior notes".
COUPON_AFTER = re.compile(
    r"\s+(?:(?!(?:of|in|on|for|to|from|and|or)\b)[a-z][\w-]*\s+){0,3}?"
    r"(notes|bonds|debentures|eurobonds|securities|paper|loan\s+stock)\b",
    re.IGNORECASE,
)
# "of" before the text's own measure phrase after an amount of money ("eight million
# guilders of extraordinary charges").
# (past the coupon of debt securities: "$150 million of 6.5% convertible debentures")
# (past a conversion in brackets: "417m yuan ($50.4m; £26m) of company funds", "$717m
# (£379m) in disaster relief")
OF_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+of(?:\s+\d+(?:\.\d+)?(?:%|\s+pct\b|\s+percent\b))?(?=[ \t])"
)
IN_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+in(?=[ \t])")
# A capitalized word or a number right after a phrase: the phrase goes on into a name.
NAME_AFTER = re.compile(r"[ \t]+[A-Z0-9]")
# The word right before a goods measure phrase: a named good ("rice exports").
# ... unless that word is a verb after "to", a modal or "help" ("to pay debt", "could
# require borrowing", "helped carry prices").
INFINITIVE_BEFORE = re.compile(
    r"\b(?:to|can|could|will|would|may|might|must|should|shall|help|helps|helped|helping)\s+$",
    re.IGNORECASE,
)
MODIFIER_BEFORE = re.compile(r"(?<![\w'’.-])([a-z][a-z-]*[a-z])\s+$")
# A hyphenated word that says when, no modifier of a measure ("full-year profit",
# "third-quarter sales", "year-end reserves").
PERIOD_WORD = re.compile(
    r"(?:[a-z0-9]+-)+(?:years?|quarters?|half|halves|months?|weeks?|days?|periods?|end|ago|earlier)"
)
# A preposition before an open phrase makes it a complement, not the measure ("turnover
# between the two countries amounted to X").
COMPLEMENT_BEFORE = re.compile(
    r"\b(?:between|among|of|in|with|from|to|for|on|by|at|against|than|into|over)\s+"
    r"(?:(?:the|a|an|its|their|his|her|our|these|those|this|that|two|both)\s+)*"
    # (an owner's possessive: "in the company's abrasives segment rose 16%")
    r"(?:[\w.&-]+['’]s\s+)?$",
    re.IGNORECASE,
)
# ... but not after "with a" or "at a": what a thing has or costs ("with a face value of").
HAVING_BEFORE = re.compile(r"\b(?:with|at)\s+(?:a|an)\s+$", re.IGNORECASE)
# A currency's price in another: "0.38 Egyptian pounds to the dollar", "140 yen per dollar".
PER_CURRENCY = re.compile(
    r"\s+(?:to|per|against)\s+(?:the|one|a|each)?\s*(?:u\.s\.\s+)?"
    r"((?:dollar|euro|yen|mark|pound|franc|yuan|rouble|ruble|rupee|won|lira|peso|rand|real)s?)\b",
    re.IGNORECASE,
)
# A sentence that opens on a pronoun or "the figure" and a verb of level refers back to
# the story's running measure ("It was 4.33 billion in the first quarter").
REFERS_BACK = re.compile(
    r"^\W*(?:it|they|this|that|the\s+(?:figure|total|amount)|"
    r"(?:these|those|the)\s+figures)\s+(?:was|is|were|are|had\s+been|"
    r"rose|fell|stood|totalled|totaled|amounted|reached|compared|compares|grew|dropped|"
    r"increased|decreased|declined|climbed|jumped|slipped|widened|narrowed|shrank|hit|topped|"
    r"improved|eased|edged|soared|surged|slumped|plunged|came\s+to)\b"
)
# ... of which "it is/was" may open a sentence about anything ("It is the sixth time").
IT_WAS = re.compile(r"^\W*(?:it|they)\s+(?:was|is|were|are|had\s+been)\b")
# Before the day a named period ends on: "the quarter ended Sept. 30".
ENDED_BEFORE = re.compile(r"\b(?:ended|ending)\s+(?:on\s+)?$", re.IGNORECASE)
# Results "for the nine months" with no end named: the months of the fiscal year up to the
# end of the story's running period ("For the nine months, Norton had net of $81.2
# million" after the third quarter's); "the year-earlier nine months" a year before.
MONTHS_TO_DATE = re.compile(
    r"\b(?:for|in|during|over|through)\s+the\s+(?:(year[- ](?:earlier|ago)|prior[- ]year)\s+)?"
    r"(?:first\s+)?(three|six|nine|twelve|3|6|9|12)\s+months\b"
    r"(?!\s+(?:ended|ending|to|through|of|since|before|after|ago)\b)",
    re.IGNORECASE,
)
# A stock index before its move in percent ("the Nikkei down 1%", "the DAX index lost 4%",
# "the Financial Times 100-share index ... down 4.5%"): named (the organizations room's
# table of indices, which it keeps from being organizations) or called a stock index.
_INDEX_NAMES = longest_first(STOCK_INDICES | INDEX_SHORT_NAMES).replace(" ", r"\s+")
INDEX_BEFORE = re.compile(
    rf"(?i:\b(?:{_INDEX_NAMES})\b(?:\s+(?:index|average|industrials?|composite))?"
    r"|\b(?:stock|share|stock[- ]market|equity|bourse)\s+(?:price\s+)?ind(?:ex|ices|exes)\b"
    # (a country's stock market as a whole, the subject of a verb of change: "Sri Lanka's
    # stock market has fallen about 5%"; not "its stock market value rose 5%")
    r"|\bstock[- ]markets?\s+(?:(?:has|have|had)\s+(?:been\s+)?)?"
    rf"(?:{longest_first(RISE_WORDS + FALL_WORDS)})\b"
    r"|(?<![\w-])\w+-(?:share|stock|issue)\s+index\b"
    r"|\bindustrial\s+average\b)"
    # (up to the percentage, no other percentage between)
    r"(?=(?:(?!pct|per\s?cent|percent)[^%;:]){0,80}$)"
)
# A sum a claimant sues for is the damages it seeks: "Yukos sues four firms for $20bn",
# "it sued the Russian government for $28.3bn" (at most six words for whom it sues).
SUED_FOR_BEFORE = re.compile(
    rf"\b(?:sue|sues|sued|suing)\s+(?:[\w.&'’-]+\s+){{0,6}}?for\s+(?:up\s+to\s+)?{_ABOUT}$",
    re.IGNORECASE,
)
# A sum paid to a payee named before it, with nothing else named: the payment ("GM had to
# pay former partner Fiat 1.55bn euros", "has agreed to pay $1m to the Department of
# Justice"); the payee at most four words, capitalized or a role ("former partner").
PAY_TO_BEFORE = re.compile(
    r"\b(?:pay|pays|paid|paying)\s+"
    r"(?:(?:[A-Z][\w&.'’-]*|the|its|their|former|partner|rival|creditors|shareholders)\s+){0,4}"
    rf"{_ABOUT}$"
)
# A sum a verb of saving names: the savings ("expects to save £150m a year", "cut 400
# jobs and save £100m").
SAVE_BEFORE = re.compile(
    r"\b(?:save|saves|saved|saving)\s+(?:(?:about|around|some|nearly|an\s+estimated|up\s+to|"
    r"more\s+than|as\s+much\s+as|at\s+least|a\s+further|another)\s+)?$",
    re.IGNORECASE,
)
# ... not a price for something or a rate ("pay $5m for the licences", "$10 an hour").
NOT_PAYMENT_AFTER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?\s+(?:for|each|apiece|an?|per|to\s+(?:buy|acquire))\b"
)
# A percentage "interest in" something is a holding ("a 50% interest in the new cellular
# company"; a named kind keeps its name: "a 10% net-profits interest"); not interest paid "in
# 1990", "in cash" or "in the first year".
HOLDING_IN_AFTER = re.compile(
    r"\s+in\s+(?!\d|cash\b|kind\b|(?:the\s+|its\s+|a\s+)?(?:first|second|third|fourth|"
    r"next|same|current|coming|year|quarter|month|period|years|months)\b)",
    re.IGNORECASE,
)
# A sum right before a fund's name is the fund's size: its assets ("The $1.5 billion
# Fidelity High Income Fund", "Vanguard's $1 billion High Yield Bond Portfolio").
FUND_NAME_AFTER = re.compile(
    r"(?:\s+[A-Z][\w.&'’-]*){1,6}?\s+(?:Fund|Portfolio)s?\b"
    # (not a fund's lending: "a $5bn International Monetary Fund loan")
    r"(?!\s+(?:loans?|credits?|package|bail-?out|programme|program|aid|deal|facility|grants?)\b)"
)
# Money migrants send home is their remittances: "labourers living in the US sent a record
# $16.6bn (£8.82bn) home last year", "Mexicans in US send $16bn home".
SENT_BEFORE = re.compile(
    r"\b(?:send|sends|sent|sending|remit|remits|remitted|wire|wires|wired)\s+"
    rf"(?:(?:a\s+record|an\s+estimated)\s+)?{_ROUGHLY}$",
    re.IGNORECASE,
)
HOME_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:back\s+)?home\b")
# A price a share with no measure named, after a noun of a takeover's terms: what the deal
# pays a share ("the value of the BellSouth proposal at about $115 to $125 a share", "The
# previous pact was valued at about $98 to $110 a share").
TERMS_BEFORE = re.compile(
    r"\b(?:proposals?|pacts?|merger|transaction|buy-?out\s+plan)\b", re.IGNORECASE
)
# A fund named as the subject of a move in percent, no measure named: its return ("the
# Vanguard fund rose 1.84%", "Fidelity's junk fund has fallen 2.08% this year").
FUND_MOVED_BEFORE = re.compile(
    r"\bfunds?\s+(?:(?:has|have|had)\s+)?(?:edged\s+)?"
    rf"(?:{longest_first(RISE_WORDS + FALL_WORDS)})\s+{_CHANGE_HEDGE}$",
    re.IGNORECASE,
)
# A sum paid to settle a dispute: "agreed to pay $850m (£415m) to settle a lawsuit".
SETTLE_AFTER = re.compile(
    r"(?:\s*\([^)]{0,30}\))?"
    # (past whom it is paid to or when: "$500,000 to the SEC to settle", "$250m in October")
    r"(?:\s+(?:to|in)\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,5}?)?"
    r"\s+(?:in\s+order\s+)?to\s+(settle)\b"
)
# An estimate of results: changing it compares two estimates of one period.
ESTIMATE = re.compile(r"\b(?:estimates?|forecasts?|projections?|guidance)\b")
# A period that is the running one a year before ("a year earlier", "a year ago").
_YEAR_BEFORE = (
    r"(?:a|one|the)\s+(?:year|twelve\s+months|12\s+months)\s+(?:earlier|ago|before)"
    r"|(?:the\s+)?(?:same\s+(?:month|period|quarter)\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:previous|preceding|prior)\s+year"
    # "the year-earlier period", "the year-ago quarter": the sentence's period a year back
    r"|(?:the\s+)?(?:year|year's)[- ](?:earlier|ago)\s+(?:period|quarter|half|month|"
    r"(?:three|six|nine|twelve)\s+months)"
)
YEAR_BEFORE = re.compile(_YEAR_BEFORE, re.IGNORECASE)
LAST_YEAR = re.compile(r"last\s+year", re.IGNORECASE)
YEAR_BEFORE_AFTER = re.compile(rf"\s+(?:in\s+)?(?:{_YEAR_BEFORE})\b", re.IGNORECASE)
# A month name right before a measure ("March exports"), read in the running year.
_MONTHS = "|".join(MONTH_NAMES)
MONTH_BEFORE = re.compile(rf"\b({_MONTHS})\s+$", re.IGNORECASE)
# Words by which a sentence with no period of its own refers back to the story's running
# period: a comparison with it ("a year earlier", "the previous month"), the same period
# ("in the month", "the same period"), a month naming the measure ("March exports") or
# an opening pronoun ("It was ...").
REFERS_BACK_CUE = re.compile(
    rf"\b(?:{_YEAR_BEFORE}|(?:a|the)\s+(?:month|quarter)\s+(?:earlier|before)|"
    r"(?:the\s+)?(?:previous|preceding|prior)\s+(?:month|quarter)|in\s+the\s+(?:month|quarter)|"
    r"(?:the\s+)?same\s+(?:month|period|quarter)|"
    rf"(?:{_MONTHS})"
    r"\s+(?:exports|imports|trade|surplus|deficit|figures?|sales|output))\b"
    r"|^\W*(?:it|they|this|that|the\s+figure|(?:these|those)\s+figures)\s",
    re.IGNORECASE,
)
# (the words all but its opening alternative need)
REFERS_BACK_CUES = ("year", "month", "quarter", "period", *MONTH_NAMES)
# A comparison cue and its base amount before a period ("up from 44.2 billion in").
BASE_BEFORE_PERIOD = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+", re.IGNORECASE
)
# Between an amount and the period right after it: "from $2.27 billion in the
# year-earlier quarter".
PERIOD_RIGHT_AFTER = re.compile(r"\s+(?:(?:in|for|during|over)\s+)?(?:the\s+)?")
# Before "than" in a hedge, not a comparison: "more than 70 pct".
MORE_BEFORE = re.compile(r"\b(?:more|less|fewer|rather|other)\s+$", re.IGNORECASE)
# Between a comparison cue and its amount: a few lowercase words ("an upward revised").
BASE_HEDGE = re.compile(r"(?:[a-z-]+\s+){0,3}")
# Between a balance and its partner: "surplus with the United States", "deficit with Japan
# of 5 billion".
# (also after the balance's amount: "a trade surplus of 7.1 billion dlrs with the U.S.")
PARTNER = re.compile(r"\s+(?:with|vis-a-vis|against|of\s+[^,;()]{1,40}?\s+with)\s+(?:the\s+)?")
# The price paid for a company: "agreed to buy Trustcorp for $450 million", "acquired the
# unit for about 5 mln dlrs" (the object a name or "the/its ... unit/company/stake").
ACQUISITION_BEFORE = re.compile(
    r"(?:\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased|"
    r"take\s+over|took\s+over|taking\s+over|sell|sells|sold|selling|"
    # the noun: "completed its acquisition of CVN Cos. for about $423 million"
    r"(?:acquisition|purchase|takeover|buy-?out|sale)\s+of)\s+"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}|(?:the|its|their|a)\s+(?:[\w&'’%.-]+\s+){0,5}?"
    r"(?:unit|units|company|subsidiary|division|business|businesses|stake|operations|group|bank|"
    r"chain|arm|plant|mill|factory|brand|assets|holding|holdings)"
    # (of a company: "its 40% stake in XYZ")
    r"(?:\s+(?:in|of)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?"
    # "its former parent and phone pioneer AT&T": a description, then the company's name
    r"|(?:the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){1,5}[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
    # "Yukos was sold at auction for": the company in the subject
    r"|\b(?:was|were|been|is|are|be)\s+(?:sold|bought|acquired|purchased|taken\s+over)"
    r"(?:\s+(?:at\s+auction|(?:to|by)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))?)"
    # (the buyer of what was sold: "sold its insurance arm to Metlife for")
    r"(?:\s+to\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?"
    r"\s+for\s+(?:about\s+|some\s+|nearly\s+|roughly\s+|an\s+estimated\s+|up\s+to\s+)?"
    # (paid in kind: "to acquire Deseret Bancorp. for stock valued at about $18 million")
    # (the money room may take "valued at" into the amount)
    r"(?:(?:cash\s+and\s+)?(?:stock|shares|securities|cash|notes)\s+(?:(?:valued|worth)\s+"
    r"(?:at\s+)?(?:about\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+)?)?)?$"
    # "to buy out for $1.9 billion the 55% equity interest": the price before the object
    r"|\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|purchase|purchased)"
    r"(?:\s+out)?\s+for\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?$"
)

# An issue of securities: the amount is the offering's size. The amount is the object of
# a verb of issuing and names what is issued ("will offer 100 mln dlrs of notes due 1997",
# "sold $150 million of senior notes"), or is what a listing or sale raises ("raised $200
# million in its initial public offering").
ISSUE_VERB_BEFORE = re.compile(
    r"\b(?:offer|offers|offered|offering|sell|sells|sold|selling|issue|issues|issued|issuing|"
    r"place|places|placed|placing|price|priced|pricing|float|floated|floating|"
    # the nouns of a filing: "its registration statement for $125 million of debentures"
    r"(?:registration\s+statement|registration|shelf\s+registration|offering|sale|issue)"
    r"\s+(?:for|of))\s+"
    rf"(?:up\s+to\s+)?{_HEDGE}$",
    re.IGNORECASE,
)
SECURITIES_AFTER = re.compile(
    # (the modifiers may hold a coupon: "of 6 3/8% convertible subordinated debentures";
    # past a conversion: "offer 22.5bn yuan ($2.7bn) worth of shares")
    rf"(?:\s*\([^()]{{1,40}}\))?\s+(?:worth\s+)?of\s+(?:(?:its|their|the|new)\s+)?(?:[\w%./-]+\s+){{0,4}}?({longest_first(SECURITIES)})\b",
    re.IGNORECASE,
)
# A company's own shares sold or issued, before the sum they were sold for: "sold 750,000
# shares of its common stock to the McAlpine family interests, for".
OWN_SHARES_SOLD_FOR = re.compile(
    r"\b(?:sold|sell|sells|selling|issued|issue|issues|issuing|placed|place|places|placing)"
    r"\s+(?:about\s+|some\s+|nearly\s+)?[\d,.]+(?:\s+(?:million|billion))?\s+"
    r"((?:new\s+)?(?:common\s+|preferred\s+)?shares\s+of\s+(?:its|their)\s+"
    r"(?:(?:own|new|common|preferred|class\s+\w)\s+)*(?:stock|shares))"
    rf"[^.;:$]{{0,60}}?\bfor\s+{_ABOUT}$",
    re.IGNORECASE,
)
# New shares sold or issued at the amount a share: "would sell 500 million new shares at up
# to HK$188 each" (the offering's price a share).
NEW_SHARES_AT = re.compile(
    r"\b(?:sold|sell|sells|selling|issued|issue|issues|issuing|offer|offers|offering|"
    r"offered|place|places|placing|placed)\s+(?:about\s+|some\s+|nearly\s+|up\s+to\s+)?"
    r"[\d,.]+(?:\s+(?:million|billion|mln|bln|bn|m))?\s+"
    # (not another company's: "sold 2 million shares of Norton at")
    r"((?:new\s+)?(?:common\s+|ordinary\s+|preferred\s+)?shares)\s+(?:(?!of\b)[\w-]+\s+){0,4}?"
    r"at\s+(?:up\s+to\s+)?(?:(?:about|around|some|nearly|roughly)\s+)?$",
    re.IGNORECASE,
)
RAISE_BEFORE = re.compile(
    rf"\b(?:raise|raises|raised|raising|fetch|fetched|fetches|net|netted|nets)\s+(?:up\s+to\s+)?{_HEDGE}$",
    re.IGNORECASE,
)
LISTING_AFTER = re.compile(
    # (past a conversion in brackets: "raise C$175 million (US$148.9 million) through")
    r"(?:\s*\([^()]{1,40}\))?\s+(?:from|in|through|via|with)\s+(?:its|the|a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
    r"(listing|(?:initial\s+)?public\s+offering|offering|IPO|flotation|(?:private\s+)?placement|"
    r"(?:share|stock|bond|debt)\s+"
    r"(?:sale|issue)|rights\s+issue)\b",
    re.IGNORECASE,
)
# A maturity, not the period of an amount: "notes due 1997", "bonds maturing in 2005".
MATURITY_BEFORE = re.compile(
    rf"\b(?:{longest_first(SECURITIES)}|debt|loans?)\s+(?:\w+\s+){{0,2}}?"
    r"(?:due|maturing|that\s+mature|which\s+mature)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
MATURITY_CUES = cues(MATURITY_BEFORE)
# The day a dividend is paid or its holders are counted, not its period: "a quarterly
# dividend of 15 cents a share, payable Dec. 1 to holders of record Nov. 15".
PAYABLE_BEFORE = re.compile(
    r"\b(?:payable|of\s+record|record\s+date)\s+(?:on\s+|as\s+of\s+|of\s+)?$", re.IGNORECASE
)
# A named good after a goods measure: "imports of crude oil", "exports of coffee to".
GOODS_OF = re.compile(r"\s+of\s+((?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\b")
# Between a flow verb and its amount (the amount its object: "bought 1.2 billion dlrs of
# wheat from the United States"): hedge words only.
FLOW_OBJECT_GAP = re.compile(
    r"\s+(?:of\s+)?(?:(?:about|some|nearly|almost|around|approximately|roughly|over|"
    r"more\s+than|up\s+to|an\s+estimated|only|just|a\s+further|another)\s+)*"
)
# A flow phrase that is a verb ("imported", "bought").
FLOW_VERB = re.compile(r"\w+(?:ed|ing)|buys?|bought", re.IGNORECASE)
# "from" right before a name: a flow's source, not a comparison's base.
FROM_NAME = re.compile(r"from\s+(?:the\s+)?", re.IGNORECASE)
# A period that is a comparison's: "a year earlier", "the year-ago period", "the previous year".
EARLIER_PERIOD = re.compile(
    rf"{_YEAR_BEFORE}|\byear[- ](?:earlier|ago)\b|\b(?:previous|preceding|prior)\b",
    re.IGNORECASE,
)
# The lowercase word right after a name ("Japanese cars").
WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)\b")
# The word right after an abbreviated name, which wires capitalize ("U.S. Farm produce").
CAPITALIZED_WORD_AFTER = re.compile(r"\s+([A-Za-z][a-z-]*)\b")
# A word in lower case (a country's name in a wire written in lower case).
LOWER_WORD = re.compile(r"\b[a-z]+\b")


@dataclass(frozen=True)
class PartyCue:
    """Text beside a name that says what the name is to a value: a flow's source, target
    or owner, a balance's partner, or no party at all (``facts.parties`` and
    ``facts.component`` ask for one by its id: ``PARTY[id]``)."""

    id: str
    pattern: re.Pattern[str]
    says: str


# The facts room's party cues, one table (their patterns keep the case rules they need).
PARTY_CUES: tuple[PartyCue, ...] = (
    PartyCue(
        "flow_source",
        re.compile(r"\b(?:from|worth\s+of)\s+(?:the\s+)?$"),
        'right before a name after a flow word: its source ("imports from Japan", "worth of")',
    ),
    PartyCue(
        "flow_target",
        re.compile(r"\b(?:to|into)\s+(?:the\s+)?$"),
        'right before a name after a flow word: its target ("exports to China")',
    ),
    PartyCue(
        "flow_owner",
        re.compile(r"\s+of\s+(?:the\s+)?"),
        'between a flow word and a name: its owner ("exports of Chile")',
    ),
    PartyCue(
        "of_before",
        re.compile(r"\bof\s+(?:the\s+)?$"),
        '"of" right before a name ("imports of Japanese cars": the goods\' origin)',
    ),
    PartyCue(
        "flow_partner_between",
        re.compile(
            r"(?:\s+[a-z][\w-]*){0,3}?\s+(?:to|into|from)\s+(?:the\s+)?"
            r"(?:(?:[A-Z][\w.-]*\s+){1,3}and\s+(?:the\s+)?)?"
        ),
        (
            'between a flow and a name: its destination or origin ("exports to the United '
            'States", "imports of cars from Japan", "exports to Hong Kong and Macao")'
        ),
    ),
    PartyCue(
        "flow_and_partner_before",
        re.compile(
            r"\b(?:exports?|imports?|shipments|sales)\s+(?:[a-z][\w-]*\s+){0,2}?(?:to|into|from)\s+"
            r"(?:the\s+)?$",
            re.IGNORECASE,
        ),
        'a flow word and its destination or origin right before a name: "exports to the"',
    ),
    PartyCue(
        "exports_of_before",
        re.compile(r"\bexports\s+of\s+(?:the\s+)?$", re.IGNORECASE),
        '"exports of" right before a name of goods\' origin: "Exports of American wine"',
    ),
    PartyCue(
        "its_before",
        re.compile(r"\bits\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
        '"its" and up to two modifiers right before a flow phrase: "its crude imports"',
    ),
    PartyCue(
        "flow_word_end",
        re.compile(r"(?i:exports?|imports?)$"),
        "a national figure (``national_figure_after``'s match) that is a trade flow",
    ),
    PartyCue(
        "target_after",
        re.compile(r"\s+(?:to|into)\s+(?:the\s+)?[A-Z]"),
        (
            "a flow's target right after a measure that is a flow only toward a named partner "
            '("sales to the European Community")'
        ),
    ),
    PartyCue(
        "possessive",
        re.compile(
            rf"['’]s?\s+(?:[\w-]+\s+){{0,2}}|\s+(?:(?!(?:{'|'.join(NOT_OWNER_VERBS)})\s)[\w-]+\s+){{0,2}}"
        ),
        'between an owner and its flow noun: "Chile\'s copper exports", "Peruvian export"',
    ),
    PartyCue(
        "subject_of_verb",
        re.compile(r"(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}"),
        (
            'between an owner and its flow verb ("Korea had already bought": an auxiliary follows'
            " its subject)"
        ),
    ),
    PartyCue(
        "subject_verb_after",
        re.compile(r"\s+(?!and\b|or\b|of\b|in\b|to\b)[a-z]"),
        (
            "a lower-case word right after a sentence's opening name: the name is the subject "
            '("China is seen ...", "Japan posted ..."; not "China\'s", "China and Japan")'
        ),
    ),
    PartyCue(
        "national_figure_after",
        re.compile(
            r"(?:['’]s?\s+(?:[\w-]+\s+){0,3}?"
            r"|\s+(?:had|has|posted|recorded|ran|reported|registered)\s+(?:an?\s+)?(?:[\w.-]+\s+){0,5}?"
            r"|\s+(?:said|says|reported)\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?"
            rf"|\s+(?:(?!(?:{'|'.join(NOT_OWNER_VERBS)})\s)[a-z][\w-]*\s+){{0,2}}?)(?i:trade|exports?|imports?|surplus|deficit|current\s+account|"
            r"balance\s+of\s+payments|gross\s+(?:domestic|national)\s+product|gdp|gnp|economy|"
            r"(?:foreign|currency)\s+reserves|reserves|inflation|budget)\b"
        ),
        (
            'a country\'s national figure after its name and "\'s", a verb of having, "said its", '
            'or as its modifier ("Singapore\'s external trade", "Japan\'s February current account '
            'surplus", "Canada had a surplus", "Korea said its exports", "the U.S. merchandise '
            'trade deficit")'
        ),
    ),
    PartyCue(
        "country_anaphor",
        re.compile(r"\b(?:his|her|its|their|our|the)\s+(?:country|nation)['’]s\b", re.IGNORECASE),
        (
            'a country named again by a possessive noun phrase: "his country\'s firms", "the '
            "nation's\""
        ),
    ),
    PartyCue(
        "partner_preposition_before",
        re.compile(r"\b(?:from|to|into|with|against)\s+(?:the\s+)?$"),
        "a preposition whose object is a flow's or balance's partner, right before a name",
    ),
    PartyCue(
        "with_before",
        re.compile(r"\bwith\s+(?:the\s+)?$"),
        '"with" right before a name: a balance\'s partner ("and with the EC, 16.7 billion")',
    ),
    PartyCue(
        "between_parties",
        re.compile(r"\bbetween\s+"),
        '"between A and B": the parties follow',
    ),
    PartyCue(
        "bilateral_before",
        re.compile(r"\b(?:bilateral|mutual)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE),
        'a balance said to be between two sides: "bilateral"/"mutual" right before it',
    ),
    PartyCue(
        "between_after",
        re.compile(r"\s+(?:(?:in|on)\s+(?:\w+\s+){0,2})?between\b", re.IGNORECASE),
        '... or "between" right after it ("the surplus in trade between the two countries")',
    ),
    PartyCue(
        "locative_before",
        re.compile(
            r"\b(?:(?:in|at|near|outside|from|to|via)\s+(?:the\s+)?|an?\s+)$", re.IGNORECASE
        ),
        (
            'right before a name that says where or which, not who: a preposition of place ("in '
            'Tokyo") or an article of a noun it modifies ("a Washington address")'
        ),
    ),
)
PARTY: dict[str, re.Pattern[str]] = {cue.id: cue.pattern for cue in PARTY_CUES}

# A currency quoted by what it buys: "the dollar was buying 104.76 yen", "one euro worth $1.32".
_CURRENCY_WORD = (
    r"(?:(?:dollar|euro|yen|mark|pound|sterling|franc|yuan|rouble|ruble|rupee|lira|peso)s?"
    # (the verb "won" is far more frequent: "won orders worth $10bn")
    r"|(?<=the\s)won)"
)
_BUYING = r"(?:buying|buys|bought|fetching|fetched|fetches|worth)"
CURRENCY_BUYING = re.compile(
    rf"\b({_CURRENCY_WORD})\s+(?:(?:was|is|were|are)\s+)?(?:\w+\s+)?{_BUYING}\s+$", re.IGNORECASE
)
CURRENCY_BUYING_CUES = cues(CURRENCY_BUYING)
# After "one pound" / "one euro": the amount is the unit of a quote.
UNIT_PRICED = re.compile(rf"\s+(?:(?:was|is)\s+)?{_BUYING}\b", re.IGNORECASE)
# A noun of change and "of" right before the value: "sales growth of 8%", "a decline of 3%"
# (a change, though "of" otherwise makes a level; not "gain": "a gain of $100,000" is an item).
RISE_OF = re.compile(
    rf"\b(?:growth|rise|rises|increase|increases|jump|jumps|advance|surge|hike)\s+of\s+"
    rf"{_HEDGE}$",
    re.IGNORECASE,
)
FALL_OF = re.compile(
    rf"\b(?:decline|declines|drop|drops|fall|falls|decrease|decreases|reduction|cut|cuts|slump|"
    rf"contraction)\s+of\s+{_HEDGE}$",
    re.IGNORECASE,
)


class Kind(NamedTuple):
    """What ``kind_of`` asks."""

    fall_of: re.Pattern[str]
    rise_of: re.Pattern[str]
    to_level: re.Pattern[str]
    phrasal_up: re.Pattern[str]
    fall_before: re.Pattern[str]
    fall_after: re.Pattern[str]
    rise_before: re.Pattern[str]
    rise_after: re.Pattern[str]
    to_after: re.Pattern[str]
    object_change: re.Pattern[str]
    object_change_further: re.Pattern[str]
    object_change_by: re.Pattern[str]


KIND = Kind(
    FALL_OF,
    RISE_OF,
    TO_LEVEL,
    PHRASAL_UP,
    FALL_BEFORE,
    FALL_AFTER_RE,
    RISE_BEFORE,
    RISE_AFTER_RE,
    TO_AFTER,
    OBJECT_CHANGE_BEFORE,
    OBJECT_CHANGE_FURTHER,
    OBJECT_CHANGE_BY,
)
# The same patterns for a lower-cased copy of the text, matched case-sensitively
# (``patterns.lower_twin``: the engine does not fold case at every step).
KIND_LOWER = Kind(*map(lower_twin, KIND))
# A threshold crossed: a level, even after a change verb ("prices falling below $35 a
# barrel", "pushed prices above $50"; "fell by more than 5%" stays a change).
THRESHOLD = re.compile(r"(?:above|below|beyond|past)\s+(?=\S)|\b(?:above|below|beyond|past)\s+$")
# A verb of telling right before a period: the period dates the report, not its figures.
REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|released|published|showed|shows|"
    r"disclosed|stated|told\s+(?:reporters|journalists|parliament|[A-Z][\w.]*))\s+"
    r"(?:(?:on|late|early|earlier|later)\s+)?$",
    re.IGNORECASE,
)

# An owner right before a word: "its", "their", "Tesco's" (``measure_choice._after_place``:
# "its UK growth" is the company's).
OWNER_BEFORE = re.compile(r"\b(?:its|their|our|his|her|\w+['’]s)\s+$", re.IGNORECASE)
