"""Word lists of the facts room: what a value measures, and which way it moved.

Measures are ordered: a longer phrase is listed before a shorter one it contains
("trade surplus" before "trade", "budget deficit" before "deficit"). Names follow the
gold guidelines (``trade_turnover``, ``exports``, ``imports``, ``contract_value``...);
any other measure is the text's own word in snake_case.
"""

from __future__ import annotations

# (measure, phrases) - phrases are regex fragments matched case-insensitively on word bounds.
MEASURES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("balance_of_payments", (r"balance\s+of\s+payments(?:\s+(?:deficit|surplus))?",)),
    ("current_account", (r"current[- ]account(?:\s+(?:deficit|surplus|balance|gap))?",)),
    ("budget_deficit", (r"budget\s+(?:deficit|gap|shortfall)", r"fiscal\s+deficit")),
    ("terms_of_trade", (r"terms\s+of\s+trade",)),
    ("export_prices", (r"export\s+prices",)),
    ("import_prices", (r"import\s+prices",)),
    ("trade_surplus", (r"trade\s+surplus(?:es)?", r"surplus(?:es)?")),
    ("trade_deficit", (r"trade\s+(?:deficit|gap|shortfall)s?", r"deficits?")),
    ("trade_balance", (r"(?:trade|trading)\s+balance", r"balance\s+of\s+trade")),
    (
        "trade_turnover",
        (
            r"(?:trade|commodity|goods)\s+turnover",
            r"turnover\s+of\s+(?:trade|goods)",
            r"(?:bilateral\s+)?trade\s+volumes?",
            r"volumes?\s+of\s+(?:bilateral\s+|mutual\s+|foreign\s+)?trade",
            r"trade\s+exchanges?",
            r"(?:mutual|bilateral|two-way|foreign|overall|total)\s+trade",
            r"trade\s+(?:between|with)",
            r"turnover",
            r"trade",
        ),
    ),
    (
        "exports",
        (r"exports?", r"exported", r"exporting", r"shipments\s+abroad", r"overseas\s+sales"),
    ),
    ("imports", (r"imports?", r"imported", r"importing")),
    (
        "contract_value",
        (r"contracts?", r"deals?", r"agreements?", r"orders?"),
    ),
    ("investment", (r"investments?", r"invested", r"investing", r"FDI")),
    ("gdp", (r"gross\s+domestic\s+product", r"GDP", r"economic\s+growth", r"economy")),
    (
        "exchange_rate",
        (
            r"exchange\s+rates?",
            r"(?:dollar|yen|mark|franc|pound|won|yuan|rupee|rouble|lira)",
        ),
    ),
    ("inflation", (r"inflation", r"consumer\s+prices")),
    ("revenue", (r"revenues?",)),
    ("sales", (r"sales",)),
    ("profit", (r"(?:net\s+)?profits?", r"earnings")),
    ("loan", (r"loans?", r"credit\s+lines?", r"credits?")),
    ("aid", (r"aid", r"grants?")),
    ("tariffs", (r"tariffs?", r"duties", r"duty")),
    ("purchases", (r"purchases?", r"buy", r"bought", r"buying")),
    ("output", (r"output", r"production")),
    ("reserves", (r"reserves",)),
    ("spending", (r"spending", r"expenditures?")),
)

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
