"""Word lists of the events room (English news usage; entries are general, not per article)."""

from __future__ import annotations

from factex.calendar_words import DAY_NAMES, MONTH_NAMES
from factex.function_words import DETERMINERS

# Adjectives kept in a visit trigger because they say what kind of visit it is.
VISIT_KINDS = ("official", "state", "working", "private", "friendly", "official working")

# Who makes a visit when they arrive ("the arrival of President Bush", "the arrival of a
# trade delegation"): heads of state and government, ministers, envoys, delegations.
VISITORS = (
    "president",
    "vice president",
    "vice-president",
    "prime minister",
    "premier",
    "chancellor",
    "king",
    "queen",
    "prince",
    "pope",
    "minister",
    "secretary of state",
    "envoy",
    "delegation",
    "delegations",
    "mission",
)

# Nouns after which "visiting" is an adjective of who comes or of a visit's conditions, not
# a visit made: "visiting fans", "a visiting professor", "visiting hours".
VISITING_ADJECTIVE_OF = (
    "fans",
    "supporters",
    "team",
    "teams",
    "side",
    "sides",
    "club",
    "clubs",
    "players",
    "professor",
    "professors",
    "scholar",
    "scholars",
    "fellow",
    "fellows",
    "lecturer",
    "lecturers",
    "researcher",
    "researchers",
    "hours",
    "rights",
    "card",
    "cards",
    "nurse",
    "nurses",
    "tourists",
    "crowd",
    "crowds",
    "public",
)

# Words after "visit" that make it a frequency or a rule, not one visit: "one visit every
# three years", "a visit per year", "visits each month".
VISIT_FREQUENCY = ("every", "each", "per", "a year", "a month", "a week", "annually", "yearly")

# Words before "meeting" that are part of the event noun ("business meeting", "12th meeting").
MEETING_KINDS = (
    "business",
    "bilateral",
    "trilateral",
    "summit",
    "ministerial",
    "plenary",
    "regular",
    "extraordinary",
    "first",
    "second",
    "third",
    "joint",
)

# What is met when "meeting" is satisfying it, after an adjective ("meeting regulatory
# requirements", "met growing demand").
MET_NEEDS = (
    "demand",
    "demands",
    "needs",
    "requirements",
    "target",
    "targets",
    "expectations",
    "deadline",
    "criteria",
    "standards",
    "obligations",
    "commitments",
    "goals",
    "conditions",
)

# What follows a gerund "meeting"/"met" when it is not an event ("meeting the demand"):
# a determiner or adjective before what is met, or what is met itself.
NOT_EVENT_AFTER_MEET = ("the", "its", "their", "our", "all", "growing", "rising", *MET_NEEDS)

# Documents one signs, each form with its kind: they name what a signing produced, and
# two names of one kind can refer to one signing ("the accord" after "a treaty").
DOCUMENTS: dict[str, str] = {
    **dict.fromkeys(("agreement", "agreements", "accord", "accords"), "agreement"),
    **dict.fromkeys(("treaty", "treaties", "pact", "pacts"), "agreement"),
    **dict.fromkeys(("deal", "deals", "protocol", "protocols"), "agreement"),
    **dict.fromkeys(("memorandum", "memoranda", "memorandums"), "memorandum"),
    **dict.fromkeys(("contract", "contracts"), "contract"),
    **dict.fromkeys(("document", "documents"), "document"),
    "declaration": "declaration",
    "roadmap": "roadmap",
    "letter of intent": "letter of intent",
}

# Bodies whose setting up is an establishment event ("a joint venture was set up").
BODIES = (
    "commission",
    "council",
    "committee",
    "fund",
    "bank",
    "company",
    "venture",
    "joint venture",
    "centre",
    "center",
    "agency",
    "office",
    "chamber",
    "association",
    "consortium",
    "trading house",
    "free trade zone",
    "embassy",
    "consulate",
)

# Head nouns of named events of type "other".
NAMED_EVENT_NOUNS = (
    "exhibition",
    "exhibitions",
    "fair",
    "fairs",
    "forum",
    "forums",
    "expo",
    "conference",
    "conferences",
    "summit",
    "festival",
    "festivals",
)  # not "congress" (mostly a legislature), "show" or "week" (verbs and spans of time)

# Lower-case words allowed between a name and its event noun ("X business forum").
NAMED_EVENT_MODIFIERS = (
    "business",
    "investment",
    "economic",
    "trade",
    "international",
    "industrial",
    "agricultural",
    "energy",
)

# Capitalized words that start sentences or titles and never name an event by themselves.
NOT_EVENT_NAMES = DETERMINERS | frozenset(
    {
        "in",
        "at",
        "while",
        "but",
        "however",
        "meanwhile",
        "when",
        "if",
        "as",
        "after",
        "before",
        "on",
        "during",
        "and",
        "international",
        "annual",
        *MONTH_NAMES,
        # ("a news conference Friday": a date, no conference named "Friday")
        *DAY_NAMES,
    }
)

# Prepositions that introduce where an event took place; for a visit also where it went
# ("to Minsk", "leaves for Moscow"); "sell jets to China" places no signing.
LOCATION_PREPOSITIONS = ("in", "at")
VISIT_PREPOSITIONS = ("in", "at", "to", "for")

# Talks under another name: "negotiations", "consultations" (the noun of ``event.talks_*``).
TALKS_NOUNS = ("talks", "negotiations", "consultations")

# Words before "mission" that make it a delegation's trip ("a trade mission to 37 cities").
MISSION_KINDS = ("trade", "buying", "business", "purchasing", "investment", "economic", "sales")

# What a company transaction buys or sells ("the sale of its chemicals unit").
TRANSACTION_OBJECTS = (
    "unit",
    "units",
    "stake",
    "stakes",
    "division",
    "subsidiary",
    "business",
    "businesses",
    "operations",
    "company",
    "firm",  # ("its purchase of the Japanese firm"; not "the firm's products": a possessive)
    "shares",
    "interest",
    "assets",
    "plant",
    "brand",
    "brands",
    "label",  # (a fashion or record label: "its Christian Lacroix clothing label")
    "labels",
    "divisions",
    "subsidiaries",
    "shareholding",
    "arm",  # ("its insurance arm"; not "arms", weapons)
    "chain",  # (a retail chain: "agreed to sell its Shaw's chain to Albertsons")
    "chains",
)

# What a company is called before its name ("medical technology firm Guidant", "rival
# bank UFJ"): a name after one of these is a company bought.
COMPANY_NOUNS = (
    "firm",
    "company",
    "group",
    "rival",
    "maker",
    "bank",
    "operator",
    "carrier",
    "chain",
    "producer",
    "retailer",
    "brewer",
    "insurer",
    "publisher",
    "giant",
    "parent",  # ("agreed to buy its former parent AT&T")
    "conglomerate",
    "supplier",
    "carmaker",
    "automaker",
    "drugmaker",
    "chipmaker",
    "manufacturer",
    "airline",
    "lender",
    "miner",
)

# Words before "offering" that make it a share offering that raises capital.
OFFERING_KINDS = ("share", "stock", "rights", "public", "initial public", "secondary", "bond")

# What is opened when an office, plant or store opens ("the opening of new offices").
OPENED_THINGS = (
    "office",
    "offices",
    "plant",
    "plants",
    "factory",
    "factories",
    "branch",
    "branches",
    "store",
    "stores",
    "representative office",
    "embassy",
    "consulate",
    "terminal",
    "port",
    "mine",
    "line",
)

# What is "launched"/"opened" without being an opening event ("launched a takeover bid").
NOT_OPENED = (
    "bid",
    "bids",
    "offer",
    "campaign",
    "probe",
    "investigation",
    "inquiry",
    "review",
    "appeal",
    "lawsuit",
    "attack",
    "talks",
    "negotiations",
    "fire",
    "lower",
    "higher",
    # plans, lists and budgets made public ("unveiled a shopping list", "measures to be
    # unveiled", "unveiled a budget")
    "list",
    "plan",
    "plans",
    "package",
    "measures",
    "proposal",
    "proposals",
    "strategy",
    "budget",
    # efforts and schemes launched are no opening ("launched an initiative to combat")
    "initiative",
    "initiatives",
    "scheme",
    "programme",
    "program",
    "drive",
    "effort",
    "crackdown",
    "action",
    # a customer's account opened is no opening of a business ("when the account is opened")
    "account",
    "accounts",
    # markets opened are liberalized ("unless all markets are opened"); a meeting unveiled
    # is announced, not opened ("The meeting was unveiled as part of a plan")
    "market",
    "markets",
    "meeting",
    "meetings",
)
# What a market or sector "opened to" is liberalized, not opened ("the market will be
# opened to foreign investment"); not "opened to the public", "opened to traffic".
OPENED_TO_TRADE = (
    "investment",
    "investors",
    "competition",
    "imports",
    "trade",
    "foreign",
)

# Titles written in lower case before a name ("vice-premier Liu He", "trade minister
# Hajime Tamura"); capitalized titles are the organizations room's (``TITLES``).
LOWER_TITLES = (
    "premier",
    "vice-premier",
    "vice premier",
    "minister",
    "secretary",
    "president",
    "vice-president",
    "vice president",
    "chairman",
    "chairwoman",
    "ambassador",
    "commissioner",
    "governor",
    "chancellor",
    "envoy",
    "negotiator",
    "representative",
    "counterpart",
    "chief executive",
    # heads and officials in news style ("Euronext chief Jean-Francois Theodore", "LSE boss
    # Clara Furse", "Glen Fukushima, director of the office", "jailed tycoon X"); not
    # spokesmen (who speak for a side already named)
    "chief",
    "boss",
    "head",
    "director",
    "director-general",
    "director general",
    "managing director",
    "undersecretary",
    "under secretary",
    "tycoon",
    "billionaire",
    "financier",
)
