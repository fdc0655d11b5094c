"""Word lists of the periods room: one table each, with where its entries come from.

Month and weekday names come from ``calendar_words``, number words from
``numbers.WORD_VALUES``; season codes and decade values follow TimeML's
TIMEX3 guidelines (``SP``/``SU``/``FA``/``WI``, ``199`` for "the 1990s").

Over 600 lines because it holds the room's word tables, one each: data, not logic.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from dateutil.relativedelta import TH, relativedelta

from factex import calendar_words
from factex.numbers import WORD_VALUES

# Month and weekday names -> month number (January = 1) and ISO weekday (Monday = 0).
MONTHS = calendar_words.MONTHS
WEEKDAYS = calendar_words.WEEKDAYS
# Only full weekday names stand alone as time expressions ("Wed" is too ambiguous).
FULL_WEEKDAYS = calendar_words.DAY_NAMES

# Ordinals that count months, quarters and halves.
ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "6th": 6,
    "seventh": 7,
    "7th": 7,
    "eighth": 8,
    "8th": 8,
    "ninth": 9,
    "9th": 9,
    "tenth": 10,
    "10th": 10,
    "eleventh": 11,
    "11th": 11,
    "twelfth": 12,
    "12th": 12,
}

# Days of the month as ordinal words, as broadcast transcripts write them ("March
# eighth", "the twenty-first of May"): the English ordinals from one to thirty-one.
_ORDINAL_ONES = [w for w, n in ORDINALS.items() if n <= 9 and w.isalpha()]
_TEEN_STEMS = ("thir", "four", "fif", "six", "seven", "eigh", "nine")
DAY_ORDINALS: dict[str, int] = (
    {w: ORDINALS[w] for w in _ORDINAL_ONES}
    | {"tenth": 10, "eleventh": 11, "twelfth": 12}
    | {
        f"{w}teenth": n
        for n, w in enumerate(("thir", "four", "fif", "six", "seven", "eigh", "nine"), 13)
    }
    | {"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
    | {f"twenty-{w}": 20 + ORDINALS[w] for w in _ORDINAL_ONES}
)

# Nouns after which "today's" means nowadays, no day ("in today's world"): vague.
NOWADAYS_NOUNS = ("world", "society", "generation", "youth", "standards", "times", "age")

# Cardinals that count months, weeks and years back ("two years ago", "eighteen months
# ago", "twenty years ago"): the words below a hundred, as digits count to 99.
NUMBER_WORDS: dict[str, int] = {"a": 1, "an": 1} | {
    w: n for w, n in WORD_VALUES.items() if 1 <= n <= 99
}

# Spoken years ("nineteen ninety-six", "two thousand and five"), as broadcast
# transcripts write them: the century part, the tens, the units.
YEAR_CENTURIES = {w: n for w, n in WORD_VALUES.items() if 16 <= n <= 20}
YEAR_TENS = {w: n for w, n in WORD_VALUES.items() if n >= 20}
YEAR_TEENS = {w: n for w, n in WORD_VALUES.items() if 10 <= n <= 19}
YEAR_UNITS = {w: n for w, n in WORD_VALUES.items() if 1 <= n <= 9}

# Seasons -> TIMEX3 season code (TimeML guidelines) and the months they span.
SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}

# "the nineties" -> the decade digit.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}

# Modifiers of a unit: which part of it they pick. Thirds of the unit for
# early/mid/late (as HeidelTime's START/MID/END mods), its last or first month
# (or day, for a month) for the end/beginning of it.
PART_MODIFIERS: dict[str, str] = {
    "early": "early",
    "earlier": "early",
    "mid": "mid",
    "middle": "mid",
    "late": "late",
    "later": "late",
    "beginning": "start",
    "start": "start",
    "end": "end",
    "close": "end",
}

# Deictic words before a unit and the shift they mean ("last year" -> -1).
DEICTIC_SHIFT: dict[str, int] = {
    "this": 0,
    "current": 0,
    "present": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "preceding": -1,
    "prior": -1,
    "latest": -1,  # "the latest quarter": the last one completed
    "next": 1,
    "coming": 1,
    "following": 1,
}

# Tense cues, read by ``tense.clause_tense``: the cue nearest before the expression in
# its clause decides (the verb that governs an adjunct comes before it), else the
# nearest after it. In "said it would open in May" "would" decides.
#
# Words that put a clause in the future. "expects to report third-quarter net" speaks
# of a quarter just ended, so the active "expects" is left out; the passive "is
# expected to rise" and "is due to" look ahead.
FUTURE_CUES = (
    "will",
    "'ll",
    "shall",
    "would",
    "must",
    "going to",
    "plan",
    "plans",
    "planned",
    "planning",
    "scheduled",
    "is to",
    "are to",
    "upcoming",
    "to be held",
    "set to",
    "set for",
    "next",
    "this coming",
    "is expected",
    "are expected",
    "is projected",
    "are projected",
    "is predicted",
    "are predicted",
    "is forecast",
    "are forecast",
    # a new date a thing is put off to lies ahead ("the vote was postponed to Saturday")
    "postponed to",
    "deferred to",
    "rescheduled for",
    "is due to",
    "are due to",
    "is due",
    "are due",
    "deadline",
    # A promise or pledge is of something still to come ("promising talks in May").
    "promise",
    "promises",
    "promised",
    "promising",
    "pledge",
    "pledges",
    "pledged",
    "pledging",
    # A present progressive of a meeting, visit, signing or departure is planned ("the two
    # presidents are meeting on Thursday", "is leaving for Moscow on Sunday").
    "is meeting",
    "are meeting",
    "is visiting",
    "are visiting",
    "is holding",
    "are holding",
    "is hosting",
    "are hosting",
    "is signing",
    "are signing",
    "is leaving",
    "are leaving",
    "is travelling",
    "is traveling",
    "are travelling",
    "are traveling",
    "is flying",
    "are flying",
)
# Words of likelihood: they look ahead for a temporal clause they govern ("were likely
# to buy its stock as soon as trading opened Monday"), but are no cue of their own: "is
# likely to turn positive in February", written in March, forecasts February's figure.
PROSPECT_CUES = ("likely to", "unlikely to")
# Modals and "to" before a passive ("will be named", "to be reported"): future, and
# its participle is no past cue.
FUTURE_MODALS = ("will", "would", "shall", "must", "to", "should", "could", "can", "may", "might")
# Verbs of a scheduled meeting, start or departure: in the simple present with a time after them
# they speak of what is planned ("Arafat and Netanyahu meet separately Monday", "talks
# resume in March"), not after "to" or a negation, where another verb sets the tense.
SCHEDULE_VERBS = (
    "meet",
    "meets",
    "convene",
    "convenes",
    "resume",
    "resumes",
    "continue",
    "continues",
    "expire",
    "expires",
    "begin",
    "begins",
    "arrive",
    "arrives",
    "leaves",
    "depart",
    "departs",
    "sets out",
    "sets off",
    "heads",
    "flies",
    "travels",
    "visits",
    "opens",
    "starts",
    "announces",
    "publishes",
    "unveils",
    # (a law or pact that "takes effect on July 1" is scheduled)
    "takes effect",
    "comes into force",
    "comes into effect",
    "enters into force",
)
# Verbs of intent or direction: with an infinitive after them they look ahead, whatever
# their own tense ("urged producers to slash output in the second quarter"). Not
# "expects": "expects to report third-quarter net" speaks of a quarter just ended.
INTENT_VERBS = (
    "urge",
    "urged",
    "urges",
    "ask",
    "asked",
    "asks",
    "agree",
    "agreed",
    "agrees",
    "decide",
    "decided",
    "decides",
    "vote",
    "voted",
    "votes",
    "order",
    "ordered",
    "orders",
    "want",
    "wanted",
    "wants",
    "hope",
    "hoped",
    "hopes",
    "aim",
    "aimed",
    "aims",
    "intend",
    "intended",
    "intends",
    "seek",
    "sought",
    "seeks",
    "call",
    "called",
    "calls",
    "prepare",
    "prepared",
    "prepares",
)
# Verbs of expectation: with an object and then an infinitive they look ahead ("expected
# the sale to close in January", "forecast exports to rise in May"); with none
# ("expects to report third-quarter net") they speak of a figure due, often of a period
# just over, and are left to the clause; a perfect infinitive ("expected profit to have
# fallen") looks back.
EXPECT_VERBS = (
    "expect",
    "expects",
    "expected",
    "expecting",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "predicted",
)
# Words that put a clause in the present: the expression is the nearest such period,
# before or after the publication date ("now held ... until the Danes take over in
# July"). "effective" dates a change from the nearest such day ("effective Feb. 1").
PRESENT_CUES = ("now", "currently", "at present", "effective")
# Words that mark a clause as past (verbs ending in -ed are caught by a pattern).
# Reporting verbs ("said", "according to") are among them: nearest before, they date
# what follows; in "said it would open in May" the nearer "would" decides.
PAST_CUES = (
    "said",
    "says",
    "told",
    "according to",
    "was",
    "were",
    "had",
    "did",
    "ago",
    "last",
    "earlier",
    "rose",
    "fell",
    "grew",
    "made",
    "took",
    "came",
    "met",
    "held",
    "won",
    "lost",
    "paid",
    "sold",
    "spent",
    "began",
    "became",
    "left",
    "saw",
    "retroactive",
    # irregular past forms that are no other word form
    "bought",
    "brought",
    "built",
    "chose",
    "dealt",
    "died",
    "drew",
    "drove",
    "felt",
    "fought",
    "found",
    "froze",
    "gave",
    "got",
    "went",
    "heard",
    "kept",
    "knew",
    "laid",
    "led",
    "lent",
    "meant",
    "ran",
    "sank",
    "sent",
    "shrank",
    "slid",
    "sought",
    "spoke",
    "stood",
    "struck",
    "swung",
    "thought",
    "threw",
    "took",
    "withdrew",
    "wrote",
)
# Words ending in "-ed" that are no past verbs.
NOT_PAST_ED = (
    "speed",
    "need",
    "feed",
    "seed",
    "proceed",
    "exceed",
    "succeed",
    "indeed",
    "hundred",
    "breed",
    "bleed",
    "steed",
    "creed",
)
# Future words that are nouns after a determiner ("the plan", "a pledge").
NOUN_CUES = ("plan", "plans", "promise", "promises", "pledge", "pledges")
# Determiners: a future word after one is a noun ("the plan").
DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "new")
# Nouns after which a month names a known occasion or a figure already counted ("the
# January deficit", "the February meeting", "an October news conference"): the month
# is then the nearest one, whatever the tense of the clause.
OCCASION_NOUNS = (
    "deficit",
    "surplus",
    "figure",
    "figures",
    "results",
    "data",
    "exports",
    "imports",
    "trade",
    "output",
    "sales",
    "inflation",
    "index",
    "meeting",
    "talks",
    "session",
    "conference",
    "news",
    "summit",
    "election",
    "report",
    "statistics",
)

# Nouns of a thing done, after which a month or a day names when it was done ("the
# September agreement", "the Feb. 23 accord", "the October crash"): that time is past,
# whatever the tense of the clause that mentions it.
DONE_NOUNS = (
    "agreement",
    "agreements",
    "accord",
    "accords",
    "pact",
    "treaty",
    "truce",
    "ceasefire",
    "cease-fire",
    "settlement",
    "crash",
    "coup",
    "devaluation",
)

# Words that may precede a bare year; without one, a year followed by a plural noun
# ("2021 tractors") is read as a count.
YEAR_LEFT_CUES = (
    "in",
    "since",
    "of",
    "for",
    "until",
    "till",
    "by",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "between",
    "and",
    "or",
    "the",
    "year",
    "fiscal",
    "early",
    "mid",
    "late",
    "than",
    "on",
    "at",
)
# Time-zone abbreviations (as written, upper case) and words that mark a four-digit
# number before them as a 24-hour clock time, not a year: "at 1830 GMT", "1400 local
# time", "0600 hrs".
TIME_ZONES = (
    "GMT",
    "UTC",
    "BST",
    "CET",
    "CEST",
    "EET",
    "WET",
    "EST",
    "EDT",
    "ET",
    "CST",
    "CDT",
    "CT",
    "MST",
    "MDT",
    "PST",
    "PDT",
    "PT",
    "JST",
    "HKT",
    "SGT",
    "IST",
    "AEST",
    "AEDT",
    "MSK",
)
CLOCK_WORDS = ("local time", "hours", "hrs", "hr")
# Words that may follow a clock time after "at" with no zone word ("at 1830 on Monday",
# "at 0930 tomorrow"); any other lower-case word makes the number a year that dates it
# ("at 2000 prices").
AFTER_CLOCK_AT = ("on", "today", "tonight", "tomorrow", "yesterday", "and", "or", "to", "until")
# Lowercase words that may follow a year even though they end in "s": function words,
# and the plural measures a year dates rather than counts ("2004 sales", "total 1987
# exports", "its 2005 profits warning"; nobody writes "1987 exports" for a number of them).
YEAR_RIGHT_OK = (
    "was",
    "is",
    "has",
    "as",
    "its",
    "this",
    "levels",
    "figures",
    "results",
    "plus",
    "sales",
    "revenues",
    "earnings",
    "profits",
    "losses",
    "exports",
    "imports",
    "targets",
    "forecasts",
)

# Nouns after a split year ("the 2015/16 season") that make it a season or crop year,
# which runs on its own calendar, not a financial year from April to March.
# Words of weather or length that qualify a season as a time ("the unseasonably mild
# winter", "a cold winter", "the hot summer"; GUIDELINES: the season's word, XXXX-WI),
# not a kind of thing ("the winter collection", "summer sales" take no such word).
SEASON_ADJECTIVES = (
    "mild",
    "cold",
    "colder",
    "coldest",
    "harsh",
    "severe",
    "bitter",
    "freezing",
    "icy",
    "snowy",
    "wet",
    "wetter",
    "wettest",
    "dry",
    "warm",
    "warmer",
    "warmest",
    "hot",
    "hotter",
    "hottest",
    "long",
    "cool",
    "cooler",
    "rainy",
    "sunny",
    "late",
    "early",
)

SEASON_YEAR_NOUNS = frozenset(
    ("season", "seasons", "crop", "crops", "harvest", "harvests", "campaign", "marketing", "sugar")
)

# Things named after a holiday, not times ("a Christmas present", "Easter eggs"): the
# holiday before them is no period.
HOLIDAY_THINGS = frozenset(
    (
        "present", "presents", "gift", "gifts", "card", "cards", "tree", "trees",
        "decorations", "pudding", "puddings", "cracker", "crackers", "carol", "carols",
        "stocking", "stockings", "egg", "eggs", "bunny",
    )
)  # fmt: skip

# Plurals without an -s: after a number they make it a count ("1800 people").
COUNT_NOUNS = (
    "people",
    "children",
    "men",
    "women",
    "staff",
    "personnel",
    "cattle",
    "sheep",
    "head",
    "police",
)

# Words before a point that make it open-ended, and which end stays open.
OPEN_START = ("since",)  # "since 2007" -> 2007-01-01..null
OPEN_END = ("until", "till", "by", "through")  # "until 2025" -> null..2025-12-31
# After a point: open from the day after it ("beyond 2009" -> 2010-01-01..null).
OPEN_AFTER = ("after", "beyond")
# "from" opens a point: "from April on(wards)", "as from", "(with effect|effective|
# starting) from", and a bare "from April" that is no comparison base (``CHANGE_WORDS``);
# elsewhere it starts a range or names a base ("up from 102.2 in October", "from a year
# earlier").
OPEN_FROM = "from"

# Words of a figure's change: before a bare "from" in a clause that is not about the
# future, they make the period after it the base a change is measured from ("exports fell
# from January", "up 4.5 pct from 1985"), not the start of an open interval ("will halt
# flights from 27 March"). Actions that start at a time ("cut", "boost", "raise") are
# left out: "cut prices from April" starts then.
CHANGE_WORDS = (
    "up",
    "down",
    "rose",
    "risen",
    "rise",
    "rises",
    "rising",
    "fell",
    "fallen",
    "fall",
    "falls",
    "falling",
    "grew",
    "grown",
    "growth",
    "increase",
    "increased",
    "increases",
    "decrease",
    "decreased",
    "decline",
    "declined",
    "drop",
    "dropped",
    "jump",
    "jumped",
    "climb",
    "climbed",
    "gain",
    "gained",
    "slump",
    "slumped",
    "slid",
    "slipped",
    "plunged",
    "surged",
    "soared",
    "widened",
    "narrowed",
    "contracted",
    "improved",
    "doubled",
    "halved",
    "higher",
    "lower",
    "change",
    "changed",
    "unchanged",
    "flat",
    "compared",
    "downturn",
    "upturn",
    "recovery",
    "recovering",
    "recovered",
    "rebound",
    "rebounded",
    "pct",
    "percent",
    "per cent",
)

# Words that introduce the base a figure is compared with ("from 582 mln in January",
# "against ... a year earlier"): a period after them is not the one the sentence
# reports, so "a year ago" does not count from it.
COMPARISON_WORDS = (
    "from",
    "against",
    "compared with",
    "compared to",
    "versus",
    "vs.",
    "than",
    "after",
)

# Names that hold a weekday or a year-like number but name no period: named days and
# stock indexes ("Black Monday", "Russell 2000"). A match of one covers the words, so
# no rule reads them.
NOT_PERIODS = (
    "black monday",
    "black tuesday",
    "black wednesday",
    "black thursday",
    "black friday",
    "cyber monday",
    "super tuesday",
    "super saturday",
    "super sunday",
    "bloody sunday",
    "easter island",
    "easter rising",
    "easter egg",
    "easter eggs",
    "russell 1000",
    "russell 2000",
    "russell 3000",
    "wilshire 5000",
    "nikkei 225",
    "ftse 100",
    "ftse 250",
    "s&p 500",
    "s&p 400",
    "s&p 600",
    "cac 40",
    "dax 30",
)

# Parts of a day -> the TIMEX3 code of the part ("this morning": the day, TMO).
DAY_PARTS: dict[str, str] = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
}
# Words before a part of a day and the day they mean ("last night": the day before).
DAY_PART_SHIFT: dict[str, int] = {
    "this": 0,
    "today": 0,
    "last": -1,
    "yesterday": -1,
    "tomorrow": 1,
}

# Holidays by name: where each falls in a year, as a dateutil ``relativedelta`` from
# January 1 (a fixed day, or the n-th weekday of a month), or as days from Easter
# Sunday (``dateutil.easter``, the Western date). The U.S. Thanksgiving.
HOLIDAYS: dict[str, relativedelta] = {
    "new year's day": relativedelta(month=1, day=1),
    "new year's eve": relativedelta(month=12, day=31),
    "valentine's day": relativedelta(month=2, day=14),
    "may day": relativedelta(month=5, day=1),
    "halloween": relativedelta(month=10, day=31),
    "christmas eve": relativedelta(month=12, day=24),
    "christmas day": relativedelta(month=12, day=25),
    "christmas": relativedelta(month=12, day=25),
    "boxing day": relativedelta(month=12, day=26),
    "thanksgiving": relativedelta(month=11, day=1, weekday=TH(+4)),
    "thanksgiving day": relativedelta(month=11, day=1, weekday=TH(+4)),
}
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "easter monday": 1,
    "good friday": -2,
    "holy saturday": -1,
    "maundy thursday": -3,
    "ash wednesday": -46,
}


@cache
def nationality_words() -> frozenset[str]:
    """Nationality adjectives, lower case ("german", "japanese"): a year after one dates
    what follows ("German 1987 growth"); from ``factex/data/demonyms.tsv`` (its source
    is in that file)."""
    text = resources.files("factex.data").joinpath("demonyms.tsv").read_text(encoding="utf-8")
    return frozenset(
        line.split("\t", 1)[0].strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
