"""Word lists of the facts room: which way a value moved, its qualifiers, continuations.

What a value measures is in ``facts.measures`` (one table).
"""

from __future__ import annotations

# Verbs and adverbs right before a value that make it a change, with the change's sign.
RISE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jumps", "climbed",
    "climbs", "gained", "gains", "soared", "surged", "up", "expanded", "widened", "added",
    "advanced", "boosted", "higher",
)  # fmt: skip
FALL_WORDS = (
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drops", "declined", "declines",
    "decreased", "decreases", "slipped", "slumped", "plunged", "shrank", "shrunk", "contracted",
    "narrowed", "down", "lost", "eased", "tumbled", "dipped", "slid", "cut", "reduced", "lower",
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
