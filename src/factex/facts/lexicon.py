"""Word lists of the facts room: which way a value moved, its qualifiers, continuations.

What a value measures is in ``facts.measures`` (one table).

Over 600 lines because it is only word tables, most written one word a line.
"""

from __future__ import annotations

from factex.function_words import DETERMINERS
from factex.numbers import WORD_VALUES

# Verbs and adverbs right before a value that make it a change, with the change's sign.
RISE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "increased", "increase", "increases",
    "increasing", "grew", "grow", "grows", "growing", "grown", "jumped", "jumps", "climbed",
    "climbs", "gained", "gains", "soared", "surged", "up", "expanded", "widened", "added",
    "advanced", "boosted", "higher", "jumping", "climbing", "gaining", "soaring", "surging",
    "expanding", "widening", "advancing", "adding", "adds", "strengthened", "strengthening",
    "firmed", "rallied", "appreciated", "appreciating",
)  # fmt: skip
FALL_WORDS = (
    "fell", "fall", "falls", "falling", "fallen", "dropped", "drops", "declined", "declines",
    "decreased", "decreases", "slipped", "slumped", "plunged", "shrank", "shrunk", "contracted",
    "narrowed", "down", "lost", "eased", "tumbled", "dipped", "slid", "cut", "reduced", "lower",
    "declining", "decreasing", "dropping", "slipping", "sliding", "slumping", "plunging",
    "shrinking", "contracting", "narrowing", "easing", "tumbling", "dipping", "shed", "lose",
    "loses", "losing", "weakened", "weakening", "weakens", "depreciated", "depreciating",
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
    "improvement",
    "boost",
    "climb",
    "rebound",
    "advance",
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
    "slip",
    "dip",
    "slide",
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
NOT_MEASURE_WORDS = (
    DETERMINERS
    | frozenset(
        [
            "whose",
            "which",
            "who",
            "what",
            "of",
            "in",
            "on",
            "at",
            "by",
            "for",
            "with",
            "from",
            "to",
            "into",
            "than",
            "as",
            "and",
            "or",
            "but",
            "nor",
            "while",
            "whereas",
            "if",
            "when",
            "per",
            "each",
            "every",
            "some",
            "any",
            "all",
            "both",
            "no",
            "not",
            "only",
            "just",
            "about",
            "around",
            "nearly",
            "almost",
            "over",
            "under",
            "up",
            "down",
            "more",
            "less",
            "most",
            "least",
            "further",
            "another",
            "other",
            "such",
            "same",
            "new",
            "record",
            "total",
            "overall",
            "annual",
            "yearly",
            "monthly",
            "quarterly",
            "weekly",
            "daily",
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "quarter",
            "quarters",
            "day",
            "days",
            "ago",
            "earlier",
            "later",
            "last",
            "next",
            "previous",
            "first",
            "second",
            "third",
            "half",
            "current",
            "fiscal",
            "calendar",
            "so",
            "far",
            "also",
            "still",
            "already",
            "then",
            "now",
            "there",
            "here",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "being",
            "am",
            "will",
            "would",
            "shall",
            "should",
            "can",
            "could",
            "may",
            "might",
            "must",
            "has",
            "have",
            "had",
            "having",
            "do",
            "does",
            "did",
            "said",
            "says",
            "say",
            "say",
            "told",
            "reported",
            "estimated",
            "expected",
            "rose",
            "rise",
            "rises",
            "risen",
            "fell",
            "fall",
            "falls",
            "fallen",
            "grew",
            "grow",
            "grown",
            "jumped",
            "climbed",
            "gained",
            "dropped",
            "declined",
            "slipped",
            "increased",
            "decreased",
            "narrowed",
            "widened",
            "stood",
            "stands",
            "totalled",
            "totaled",
            "totals",
            "amounted",
            "amounts",
            "reached",
            "hit",
            "topped",
            "exceeded",
            "surpassed",
            "reaching",
            "came",
            "come",
            "comes",
            "valued",
            "worth",
            "compared",
            "against",
            "versus",
            "after",
            "before",
            "since",
            "until",
            "during",
            "through",
            "between",
            "among",
            "including",
            "excluding",
            "plus",
            "minus",
            "respectively",
            "approximately",
            "roughly",
            "estimated",
            "some",
            "mln",
            "bln",
            "billion",
            "million",
            "trillion",
            "thousand",
            "hundred",
            "dlrs",
            "dlr",
            "dollars",
            "pct",
            "percent",
            "cent",
            "adjusted",
            "unadjusted",
            "seasonally",
            "provisional",
            "preliminary",
            "revised",
            "figure",
            "figures",
            "level",
            "levels",
            "rate",
            "sum",
            "respectively",
            "because",
            "due",
            "although",
            "though",
            "unless",
            "whether",
            "alone",
            "off",
            "set",
            "several",
            "written",
            "tomorrow",
            "today",
            "yesterday",
            "tonight",
            "even",
            "too",
            "very",
            "much",
            "many",
            "few",
            "year-on-year",
            "year-over-year",
            "month-on-month",
            "quarter-on-quarter",
            "year-to-date",
            "on-year",
            "i",
            "we",
            "you",
            "they",
            "he",
            "she",
            "it",
            "me",
            "us",
            "them",
            "there",
            "full",
            "high",
            "low",
            "average",
            "peak",
            "target",
            "goal",
            "estimate",
            "forecast",
            "projection",
            "mark",
            "vs",
            "fob",
            "cif",
            "abroad",
            "sought",
            "apiece",
            # verbs of holding ("funds hold assets of $32 billion")
            "hold",
            "holds",
            "held",
            "own",
            "owns",
            "owned",
            # prepositions and comparatives after an amount are no measure ("37% out of
            # work", "2.2% across the EU", "0.5% stronger on the day")
            "out",
            "across",
            "despite",
            "within",
            "without",
            "above",
            "below",
            "beyond",
            "amid",
            "following",
            "via",
            "toward",
            "towards",
            "higher",
            "lower",
            "stronger",
            "weaker",
            "better",
            "worse",
            "cheaper",
            "dearer",
            "one-way",
        ]
    )
    | frozenset(WORD_VALUES)  # number words ("14% four years ago"), from the one table
    | frozenset(RISE_WORDS + FALL_WORDS + RISE_AFTER + FALL_AFTER)
)

# Heads of a phrase that name goods or units, not a measure ("$125 billion worth of
# Chinese goods"): such a phrase gives no fact.
GOODS_HEADS = frozenset(
    [
        "goods",
        "products",
        "items",
        "commodities",
        "merchandise",
        "worth",
        "units",
        "tonnes",
        "tons",
        "barrels",
        "shares",
        "people",
        "workers",
        "jobs",
        "companies",
        "firms",
        # (whose figure it is: "operating profit for the ... petroleum services concern
        # was $19.2 million")
        "company",
        "firm",
        "concern",
        "maker",
        "subsidiary",
        "countries",
        "nations",
        "barrel",
        "barrels",
        "tonne",
        "ton",
        "ounce",
        "hour",
        "head",
    ]
)

# Words that alone, as the text's own phrase, name a bound or a mark a value is put at,
# not what it measures ("a ceiling of 108 billion dlrs for the deficit", "a range of 6.5
# to 9.5 pct", "the 150 yen barrier"): the amount's measure is read elsewhere. (With a
# modifier they name one: "book value", "wage ceiling".)
BOUND_HEADS = frozenset((
    "range", "ranges", "ceiling", "ceilings", "barrier", "barriers", "level", "levels",
    "mark", "threshold", "value", "figure", "sum", "amount", "position",
))  # fmt: skip

# Nouns after a measure word that make it the modifier of something that is no measure
# ("investment bank", "stock exchange", "trade talks", "sales tax"): the word then names
# no measure there.
NOT_MEASURE_HEADS = frozenset((
    "bank", "banks", "banker", "bankers", "banking", "exchange", "exchanges", "market",
    "markets", "minister", "ministers", "ministry", "ministries", "official",
    "officials", "talks", "war", "wars", "dispute", "disputes", "row", "rows", "policy",
    "policies", "negotiator", "negotiators", "negotiations", "representative",
    "representatives", "secretary", "agency", "agencies", "department", "office",
    "commission", "committee", "council", "body", "bodies", "association", "delegation",
    "mission", "missions", "analyst", "analysts", "strategist", "strategists",
    "economist", "economists", "union", "unions", "pact", "barriers", "sanctions",
    "partners", "partnership", "relations", "ties", "capitalisation", "capitalization",
    "options", "broker", "brokers", "firm", "firms", "company", "companies", "group",
    "groups", "fund", "funds", "manager", "managers", "crisis", "crises", "warning",
    "warnings", "index", "indices", "indexes", "tax", "taxes", "bill", "law", "laws",
    "zone", "bloc", "fair", "fairs", "trust", "trusts", "grade", "rating", "ratings",
    "adviser", "advisers", "advisor", "advisors", "portfolio", "staff", "team", "force",
    "division", "divisions", "arm", "basis", "problem", "problems", "issue", "issues",
    "friction", "frictions", "tension", "tensions", "practices", "legislation", "act",
    "measures", "restrictions", "show", "shows", "route", "routes", "rules", "regime",
    "reform", "reforms", "liberalisation", "liberalization", "protectionism", "strategy",
    "agenda",
))  # fmt: skip

# Words right before a measure that are no modifier telling it apart (GUIDELINES §5
# keeps "consumer spending", "industrial output", "rice exports"): adjectives that only
# judge its size or pace ("strong sales", "huge debts"), the company it is of ("group
# profit": whose), and verbs whose object the measure is ("boost profits", "forecasts
# export earnings", "raise prices").
NOT_MODIFIERS = frozenset((
    "strong", "weak", "robust", "solid", "sluggish", "buoyant", "healthy", "poor",
    "good", "big", "bigger", "biggest", "large", "larger", "largest", "huge", "massive",
    "heavy", "heavier", "light", "little", "small", "smaller", "smallest", "modest",
    "extra", "additional", "excess", "sharp", "steady", "slow", "slower", "fast",
    "faster", "rapid", "hefty", "bumper", "flat", "lacklustre", "lackluster", "dismal",
    "soft", "softer", "firm", "firmer", "tight", "tighter", "own", "likely", "possible",
    "potential", "future", "actual", "whole", "entire", "cumulative", "recent",
    "latest", "initial", "final", "original", "official", "available", "healthier",
    "boost", "boosts", "lift", "lifts", "raise", "raises", "report", "reports", "post",
    "posts", "keep", "keeps", "slash", "slashes", "hit", "hits", "see", "sees", "saw",
    "seen", "expect", "expects", "predict", "predicts", "generate", "generates", "make",
    "makes", "made", "inflate", "inflates", "pay", "pays", "paid", "spend", "spends",
    "spent", "cap", "caps", "curb", "curbs", "halve", "halves", "double", "doubles",
    "meet", "meets", "beat", "beats", "miss", "misses", "show", "shows", "found",
    "find", "finds", "forecasts", "estimates", "records", "loses", "drive", "drives",
    "drove", "hurt", "hurts", "dent", "dents", "bring", "brings", "brought", "put",
    "puts", "take", "takes", "took", "give", "gives", "gave", "get", "gets", "got",
    "need", "needs", "want", "wants", "push", "pushes", "limit", "limits", "control",
    "controls", "cover", "covers", "help", "helps", "support", "supports", "reduce",
    "reduces", "cuts", "lowers", "trim", "trims", "restore", "restores", "spur",
    "spurs", "stimulate", "stimulates", "encourage", "encourages", "attract",
    "attracts", "affect", "affects", "offset", "offsets", "maintain", "maintains",
    "sustain", "sustains", "mean", "means", "meant", "where", "how", "why", "won",
    "win", "wins", "secure", "secures", "receive", "receives", "company", "firm", "group",
))  # fmt: skip
# Words for an economy that is no country ("world growth", "eurozone growth"): a place
# that says whose economy a measure is, as a country or nationality does
# (``Measure.after_place``).
ECONOMY_WORDS = frozenset(("world", "global", "eurozone", "euro-zone", "asian", "european"))
# Past forms of irregular verbs, which the "-ed" test does not catch: no word of a
# measure's name ("has made payments of", "27% saw them fall", "4bn euros thought to be").
IRREGULAR_PAST = frozenset((
    "made", "saw", "seen", "thought", "sold", "paid", "brought", "bought", "found",
    "given", "gave", "taken", "took", "known", "knew", "shown", "left", "kept", "spent",
    "won", "meant", "put", "hit", "became", "become", "began", "begun", "got", "gotten",
    "sent", "lent", "built", "drew", "drawn", "felt", "led", "ran", "struck", "wrote",
    "written", "chose", "chosen", "forgot", "forgotten", "understood", "withdrew",
    "withdrawn", "undertook", "undertaken", "overtook", "overtaken", "sank", "sunk",
))  # fmt: skip

# Nouns in -ing that tell a measure apart ("manufacturing output", "borrowing costs");
# any other word in -ing before a measure is a verb or adjective ("rising exports").
ING_MODIFIERS = frozenset((
    "manufacturing", "borrowing", "trading", "advertising", "housing", "banking",
    "shipping", "mining", "farming", "building", "lending", "retailing", "publishing",
    "broadcasting", "marketing", "operating", "financing", "processing", "engineering",
    "refining", "shopping", "pricing", "funding", "accounting", "restructuring",
    "consulting", "clothing", "underlying", "outstanding",
))  # fmt: skip
# The verb forms among the measure phrases of measures with modifiers ("UK shoppers
# spent", "it earns"): no modifier before a verb.
MEASURE_VERBS = frozenset((
    "spent", "spend", "spends", "earn", "earns", "invest", "invests",
))  # fmt: skip

# Words opening or ending a phrase after "AMOUNT in" that say how a sum is paid, where or
# when, or make a fixed phrase ("$21 in cash", "$4 million in exchange for", "in heavy
# trading"), not what the amount measures ("$78.8 million in taxes").
NOT_MEASURED_IN = frozenset(
    [
        # (not debt securities: "$172.5 million in subordinated debentures" is an issue)
        "cash",
        "stock",
        "shares",
        "kind",
        "exchange",
        "addition",
        "return",
        "connection",
        "order",
        "part",
        "principle",
        "line",
        "lieu",
        "place",
        "full",
        "advance",
        "cents",
        "dollars",
        "value",
        "size",
        "question",
        # a time ("in mid-February", "in late March")
        "mid",
        "late",
        "early",
        # a market, as the last word ("in national over-the-counter trading")
        "trading",
        "dealings",
    ]
)

# What links an open measure phrase to the amount after it ("net income of X", "the wheat
# bill totalled X"), as one or two words, and the hedges that may stand between.
OPEN_LINKS = frozenset(
    [
        "of",
        "was",
        "were",
        "is",
        "are",
        "totalled",
        "totaled",
        "totalling",
        "totaling",
        "reached",
        "hit",
        "topped",
        "exceeded",
        "surpassed",
        "stood_at",
        "amounted_to",
        "came_to",
        "rose_to",
        "fell_to",
        "increased_to",
        "decreased_to",
        "climbed_to",
        "dropped_to",
        "grew_to",
        "declined_to",
        "will_be",
        "would_be",
        "valued_at",
        "set_at",
        # a verb of change ("passenger traffic jumped 14%")
        "rose",
        "fell",
        "jumped",
        "climbed",
        "grew",
        "declined",
        "increased",
        "decreased",
        "dropped",
        "slipped",
        "surged",
        "soared",
        "plunged",
        # a share of a whole ("Tourism accounts for 15% of GDP", "Remittances now represent
        # more than 2% of the country's GDP"; GUIDELINES §5: the measure it is a share of)
        "represent",
        "represents",
        "represented",
        "account_for",
        "accounts_for",
        "accounted_for",
        "rose_by",
        "fell_by",
        "increased_by",
        "decreased_by",
        "grew_by",
        "declined_by",
    ]
)
OPEN_HEDGES = frozenset(
    [
        "about",
        "some",
        "nearly",
        "almost",
        "around",
        "approximately",
        "roughly",
        "over",
        "only",
        "just",
        "more_than",
        "less_than",
        "up_to",
        "at_least",
        "an_estimated",
        "a_record",
    ]
)

# Customs unions and single markets, which trade and negotiate as one party ("exports to
# the EC", "a surplus with the European Union"): a party of a fact as a country is. Names
# as the organizations room gives them (its canonical name); from the blocs listed as
# customs unions or common markets by the WTO's regional trade agreements database.
TRADE_BLOCS = frozenset(
    [
        "European Community",
        "European Communities",
        "European Economic Community",
        "European Union",
        "European Free Trade Association",
        "Association of Southeast Asian Nations",
        "Council for Mutual Economic Assistance",
        "Gulf Cooperation Council",
        "Mercosur",
        "Andean Community",
        "Caribbean Community",
        "Eurasian Economic Union",
        "Southern African Customs Union",
    ]
)

# What a company issues to raise money: "sold $150 million of senior notes", "an offering
# of 2 mln common shares".
SECURITIES = (
    "notes",
    "bonds",
    "debentures",
    "securities",
    "shares",
    "stock",
    "preferred",
    "warrants",
    "certificates",
    "eurobonds",
    "commercial paper",
    "paper",
    "units",
    # (a government's: "The Treasury sold $10 billion of three-month bills")
    "bills",
)

# Verbs that end a flow's owner phrase: a name before one of them is a subject, not the
# flow's owner ("Mexico will see exports rise", "Japan said exports rose"): modal and
# auxiliary verbs and verbs of saying (a closed class).
NOT_OWNER_VERBS = (
    *("will", "would", "shall", "must", "should", "could", "can", "may", "might"),
    *("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"),
    *("said", "says", "say", "told", "tells", "expects", "expected", "reported", "announced"),
)
