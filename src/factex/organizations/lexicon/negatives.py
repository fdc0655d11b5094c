"""What is not an organization though it looks like one: words that never begin or
continue a name, determiners of generic or owned things, words that make a phrase a
document, route or title, continents, parties' members, acronyms of measures, and
stock indices (named like the companies that compile them).
"""

from __future__ import annotations

from factex.calendar_words import DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES
from factex.function_words import DETERMINERS

# Owners' determiners: "its Midland nuclear plant" is a facility someone owns, not an
# organization.
OWNER_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "whose"})


# Adjectives that may stand between an intro noun and its article ("industrial enterprise").
# Any lower-case word is allowed there; this list only marks the ones that make a plural
# or generic reading ("two", "several") impossible to miss.
GENERIC_DETERMINERS = frozenset(
    {
        "a",
        "an",
        "two",
        "three",
        "four",
        "five",
        "several",
        "some",
        "many",
        "other",
        "another",
        "any",
        "each",
        "every",
        "no",
        "such",
        "most",
        "all",
        "few",
        "various",
        "numerous",
    }
)


# Capitalized words that never begin or continue a name: function words that open a
# sentence, weekdays, months, and report words.
NOT_NAME_WORDS = DETERMINERS | frozenset(
    {
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "to",
        "with",
        "as",
        "after",
        "before",
        "during",
        "since",
        "under",
        "over",
        "about",
        "and",
        "or",
        "but",
        "if",
        "when",
        "while",
        "meanwhile",
        "earlier",
        "later",
        "recently",
        "also",
        "both",
        "either",
        "neither",
        "all",
        "some",
        "many",
        "most",
        "each",
        "every",
        "other",
        "such",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "there",
        "here",
        "yesterday",
        "today",
        "tomorrow",
        "last",
        "next",
        "according",
        *DAY_NAMES,
        *MONTH_NAMES,
        *MONTH_ABBREVIATIONS,
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "said",
        "says",
        "deputy",
        "vice",
        "acting",
        "former",
    }
)

# Lower-case words after a head that make the head a modifier, not a name's end: the
# phrase names a route, a project or a product ("Minsk-Baku railway route").
HEAD_MODIFIED_BY = frozenset(
    {
        "route",
        "routes",
        "line",
        "lines",
        "station",
        "project",
        "projects",
        "corridor",
        "network",
        "sector",
        "industry",
        "products",
        "equipment",
        "construction",
        "building",
        "orders",
        "output",
        "production",
        "jobs",
        "employment",
        "gate",
        "gates",
        "bonds",
        "loan",
        "loans",
        "account",
        "accounts",
        "car",
        "cars",
        "tracks",
        "bridge",
        "connection",
        "link",
    }
)

# Compass words: right before "Bank" they name a region ("West Bank", "Left Bank").
DIRECTION_WORDS = frozenset({"north", "south", "east", "west", "left"})

# Words that make a capitalized phrase a document, project or event, never an organization.
NOT_ORG_HEADS = frozenset(
    {
        "agreement",
        "treaty",
        "memorandum",
        "convention",
        "protocol",
        "act",
        "law",
        "program",
        "programme",
        "project",
        "plan",
        "strategy",
        "corridor",
        "route",
        "exhibition",
        "expo",
        "fair",
        "forum",
        "summit",
        "conference",
        "festival",
        "games",
        "olympics",
        "championship",
        "cup",
        "week",
        "day",
        "war",
        "index",
        "award",
        "prize",
    }
)
# Of those, the words that still make a phrase no organization before an organization's
# capitalized head: the others modify the head there ("Law School", "Treaty
# Organization", "Conference Board"), but an "Index Fund" is a product.
NOT_ORG_MODIFIERS = frozenset({"index"})
# Yearly statements and counts of a state that British style capitalizes alone ("the
# Chancellor's Budget", "the Budget is expected to raise taxes", "the 2001 Census"): a
# document or an occasion, never an organization on their own ("Congressional Budget
# Office", "Census Bureau" end in a head).
STATE_OCCASIONS = frozenset({"budget", "census", "referendum"})


# Last words of a street's name: "X Street" alone is an address or the market it stands
# for ("Wall Street analysts", "the High Street retailer"), not an organization (a
# listed one, "State Street", is the gazetteer's; "Wall Street Journal" ends in a head).
STREET_WORDS = frozenset({"street", "avenue", "road", "lane", "boulevard"})


# Continents and the world's parts named like them: places, never organizations
# ("Europe says the euro has had enough").
CONTINENTS = frozenset(
    {
        "africa",
        "america",
        "americas",
        "antarctica",
        "asia",
        "australasia",
        "eurasia",
        "europe",
        "oceania",
    }
)

# First parts of compound nationality adjectives: before a hyphen and a nationality or a
# continent's adjective they describe a name, never open one ("Anglo-Dutch group
# Unilever", "Franco-Belgian bank Dexia", "Pan-European exchange Euronext").
NATIONALITY_PREFIXES = frozenset(
    {"anglo", "franco", "sino", "pan", "euro", "afro", "indo", "italo", "russo", "austro"}
    | {"greco", "hispano", "luso", "nippo", "germano", "swiss", "dutch", "trans"}
)
CONTINENTAL_ADJECTIVES = frozenset(
    {"european", "african", "asian", "arab", "atlantic", "pacific", "nordic", "american"}
)

# Lower-case words after a known state body's name that make the pair a security or a
# market named after its issuer, not the body: "Treasury bonds", "the Fed funds rate"
# ("IMF funds" stay the IMF's: only a state body's name is read so).
INSTRUMENTS_AFTER = frozenset(
    {"bond", "bonds", "bill", "bills", "note", "notes", "yield", "yields", "securities"}
    | {"issue", "issues", "paper", "futures", "funds", "market", "markets", "refunding"}
    | {"coupon", "coupons", "certificates", "debt", "prices", "strips"}
)

# Well-known one-word names that are also common nouns: the known rule reads them only
# where the text cannot mean the word ("the House voted", not "House prices rose").
COMMON_WORD_NAMES = frozenset({"house"})

# A party's members, not the party: "the California Republican said".
PARTY_MEMBERS = frozenset(
    {
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "conservative",
        "conservatives",
        "liberal",
        "liberals",
        "socialist",
        "socialists",
        "communist",
        "communists",
        "independent",
    }
)


# Acronyms of measures, markets and common things, not of organizations ("China's GDP",
# "Britain's VAT"): lower case.
# MEASURE_ACRONYMS never name an organization, whoever writes them; the rest may be one
# alone ("GM", "FT") but not after a country's possessive.
MEASURE_ACRONYMS = frozenset(
    {"gdp", "gnp", "gni", "cpi", "ppi", "rpi", "pmi", "vat", "ipo", "ipos", "fdi", "gst"}
    # time zones, units, fuels and trades: "at 1405 GMT", "12,600 MW", "tonnes of LNG"
    | {"gmt", "bst", "utc", "cet", "est", "edt", "pst", "mw", "gw", "kw", "kwh", "mwh"}
    | {"lng", "lpg", "cng", "isp", "bpd"}
)
NOT_ORG_ACRONYMS = MEASURE_ACRONYMS | frozenset(
    {"it", "ai", "tv", "pc", "ceo", "cfo", "coo", "mp", "mps", "pm", "hq", "atm", "suv"}
    | {"gm", "ft", "uk", "us", "usa"}
)

# Lower-case nouns right before a name that make it a thing, not an organization: a
# product, brand, medicine or work in apposition ("multiple sclerosis drug Tysabri", "its
# hybrid SUV Mariner", "the brand Meltus"). One sense per article: a name once used so is
# a thing in every mention.
THING_NOUNS_BEFORE = frozenset(
    {"drug", "drugs", "medicine", "treatment", "vaccine", "brand", "brands", "product"}
    | {"model", "game", "console", "handset", "device", "software", "film", "album", "suv"}
    | {"jet", "airliner", "programme", "program"}
    # vehicles, databases and electoral seats: "cruise ship Freewinds", "the database
    # NEMISIS", "the constituency Landscape"
    | {"ship", "vessel", "orbiter", "database", "constituency"}
)
# ...and right after it, where the name is the thing's own ("Hoodia extract", "the Old
# Trafford ground"; "Boeing jets" and "GM engines" are a company's products, mentions).
THING_NOUNS_AFTER = frozenset({"extract", "ground", "stadium", "dam", "river", "site"}) | {
    # a system, database or seat of that name ("the ICI system", "the NEMISIS database",
    # "the Social Welfare constituency"), a costume or an outfit
    "system",
    "database",
    "constituency",
    "costume",
    "outfit",
    "currency",
}


# A head and a title that together are a person's title, not a name ("White House Press
# Secretary Tony Snow").
TITLE_COMPOUNDS = frozenset({"press secretary", "press officer", "press spokesman"})

# Stock indices: named like the companies and agencies that compile them, never an
# organization themselves ("the Dow Jones industrial average rose", "the Nikkei fell").
STOCK_INDICES = frozenset(
    {
        "dow jones industrial average",
        "dow jones industrials",
        "dow industrials",
        "nasdaq composite",
        "nasdaq 100",
        "ftse 100",
        "ftse 250",
        "nikkei 225",
        "nikkei average",
        "s&p 500",
        "standard & poor's 500",
        "hang seng",
        "hang seng index",
        "dax",
        "cac 40",
        "kospi",
        "topix",
        "sensex",
        "stoxx 600",
        "euro stoxx 50",
        "russell 2000",
        "ibex 35",
        "all ordinaries",
    }
)
# Names an index is called by alone ("the Dow", "the Nikkei"): an index when a word of
# ``INDEX_WORDS`` or a market verb (``INDEX_VERBS``) follows.
INDEX_SHORT_NAMES = frozenset(
    {"dow", "dow jones", "nikkei", "nasdaq", "ftse", "footsie", "s&p", "standard & poor's"}
)
INDEX_WORDS = frozenset(
    {
        "index",
        "indices",
        "indexes",
        "average",
        "averages",
        "industrial",
        "industrials",
        "composite",
        "futures",
        "benchmark",
        "100",
        "225",
        "250",
        "500",
        "30",
        "40",
        "50",
    }
)
INDEX_VERBS = frozenset(
    {
        "rose",
        "fell",
        "gained",
        "lost",
        "closed",
        "ended",
        "finished",
        "opened",
        "slipped",
        "climbed",
        "dropped",
        "jumped",
        "slid",
        "added",
        "shed",
        "tumbled",
        "rallied",
        "edged",
        "surged",
        "plunged",
        "sank",
        "soared",
        "dipped",
        "eased",
        "advanced",
        "declined",
        "rebounded",
        # "with the Nikkei down 1%": a level stated without a verb
        "up",
        "down",
        "higher",
        "lower",
    }
)
