"""Word lists of the facts room: which way a value moved, its qualifiers, continuations.

What a value measures is in ``facts.measures`` (one table).
"""

from __future__ import annotations

# Verbs and adverbs right before a value that make it a change, with the change's sign.
RISE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jumps", "climbed",
    "climbs", "gained", "gains", "soared", "surged", "up", "expanded", "widened", "added",
    "advanced", "boosted", "higher", "jumping", "climbing", "gaining", "soaring", "surging",
    "expanding", "widening", "advancing",
)  # fmt: skip
FALL_WORDS = (
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drops", "declined", "declines",
    "decreased", "decreases", "slipped", "slumped", "plunged", "shrank", "shrunk", "contracted",
    "narrowed", "down", "lost", "eased", "tumbled", "dipped", "slid", "cut", "reduced", "lower",
    "declining", "decreasing", "dropping", "slipping", "sliding", "slumping", "plunging",
    "shrinking", "contracting", "narrowing", "easing", "tumbling", "dipping",
)  # fmt: skip

# Nouns and comparatives right after a value that make it a change ("a 39 percent increase").
RISE_AFTER = (
    "more",
    "higher",
    "above",
    "up",
    "increase",
    "rise",
    "growth",
    "jump",
    "gain",
    "surge",
    "hike",
    "year-on-year increase",
)
FALL_AFTER = (
    "less",
    "lower",
    "below",
    "down",
    "decline",
    "drop",
    "fall",
    "decrease",
    "reduction",
    "cut",
    "slump",
    "contraction",
)

# Qualifier words before a percentage (money qualifiers come from the money room).
PERCENT_QUALIFIERS = (
    (
        "about",
        ("about", "around", "approximately", "some", "nearly", "almost", "roughly", "an estimated"),
    ),
    ("more_than", ("more than", "over", "above", "exceeding")),
    ("less_than", ("less than", "under", "below")),
    ("at_least", ("at least",)),
    ("at_most", ("up to", "at most")),
)

# Sentence openings that continue the previous sentence's period.
CONTINUATION_OPENERS = (
    r"(?:in|during|over|for)\s+the\s+(?:reporting|same|said)\s+period",
    r"(?:in|during|over)\s+(?:this|that)\s+period",
    r"of\s+(?:this|that|which|the\s+total)",
)

# Words that are no part of a measure's name: they say whose, when, how or which way,
# or link the amount to it (GUIDELINES §5: drop words that only say whose or when, and the
# verb). An open measure phrase ("a 40 billion dlr foreign debt") is the run of other
# lowercase words next to the amount; a modifier before a goods measure ("rice exports")
# is one such word.
NOT_MEASURE_WORDS = frozenset(
    """
    a an the this that these those its their his her our your my whose which who what
    of in on at by for with from to into than as and or but nor while whereas if when
    per each every some any all both no not only just about around nearly almost over
    under up down more less most least further another other such same new record total
    overall annual yearly monthly quarterly weekly daily year years month months week
    weeks quarter quarters day days ago earlier later last next previous first second
    third half current fiscal calendar so far also still already then now there here
    was were is are be been being am will would shall should can could may might must
    has have had having do does did said says say say told reported estimated expected
    rose rise rises risen fell fall falls fallen grew grow grown jumped climbed gained
    dropped declined slipped increased decreased narrowed widened stood stands totalled
    totaled totals amounted amounts reached reaching came come comes valued worth
    compared against versus after before since until during through between among
    including excluding plus minus respectively approximately roughly estimated some
    mln bln billion million trillion thousand hundred dlrs dlr dollars pct percent cent
    adjusted unadjusted seasonally provisional preliminary revised figure figures level
    levels rate sum respectively because due although though unless whether alone off
    set several written tomorrow today yesterday tonight even too very much many few year-on-year year-over-year month-on-month
    quarter-on-quarter year-to-date on-year i we you they he she it me us them there
    full high low average peak target goal estimate forecast projection mark vs fob cif
    abroad sought apiece
    """.split()
) | frozenset(RISE_WORDS + FALL_WORDS + RISE_AFTER + FALL_AFTER)

# Heads of a phrase that name goods or units, not a measure ("$125 billion worth of
# Chinese goods"): such a phrase gives no fact.
GOODS_HEADS = frozenset(
    """
    goods products items commodities merchandise worth units tonnes tons barrels shares
    people workers jobs companies firms countries nations barrel barrels tonne ton ounce
    hour head
    """.split()
)

# What links an open measure phrase to the amount after it ("net income of X", "the wheat
# bill totalled X"), as one or two words, and the hedges that may stand between.
OPEN_LINKS = frozenset(
    """
    of was were is are totalled totaled totalling totaling reached stood_at amounted_to
    came_to rose_to fell_to increased_to decreased_to climbed_to dropped_to grew_to
    declined_to will_be would_be valued_at set_at
    """.split()
)
OPEN_HEDGES = frozenset(
    """
    about some nearly almost around approximately roughly over only just more_than
    less_than up_to at_least an_estimated a_record
    """.split()
)
