"""The words around a name that make it an organization's: introducing nouns
("enterprise Polimer"), employees and their prepositions ("an analyst with ..."), verbs
of reporting and saying, ministries' portfolios, what only an organization has after
"X's" or after its name, and stock-exchange tags.

General English news vocabulary.
"""

from __future__ import annotations

# Nouns that introduce an organization's name: "industrial enterprise Polimer", "the
# agency Reuters", or follow it: "the Uralmash holding company".
INTRO_NOUNS: dict[str, str] = {
    "company": "company",
    "holding": "company",
    "enterprise": "company",
    "manufacturer": "company",
    "maker": "company",
    "producer": "company",
    "firm": "company",
    "carrier": "company",
    "airline": "company",
    "automaker": "company",
    "conglomerate": "company",
    "retailer": "company",
    "insurer": "company",
    "lender": "company",
    "brokerage": "company",
    "developer": "company",
    "operator": "company",
    "supplier": "company",
    "distributor": "company",
    "exporter": "company",
    "importer": "company",
    "subsidiary": "company",
    "startup": "company",
    "carmaker": "company",
    "chipmaker": "company",
    "drugmaker": "company",
    "steelmaker": "company",
    "beermaker": "company",
    "brewer": "company",
    "miner": "company",
    "miners": "company",
    "auditor": "company",
    "auditors": "company",
    "store": "company",
    "group": "company",
    "bank": "company",
    "concern": "company",
    "unit": "company",
    "chain": "company",
    "shipyard": "company",
    "giant": "company",
    "consortium": "company",
    "fund": "company",
    "utility": "company",
    "broker": "company",
    "stockbroker": "company",
    # British style names one firm of brokers in the plural ("an analyst at brokers
    # Collins Stewart"), as it does "auditors Grant Thornton".
    "brokers": "company",
    "stockbrokers": "company",
    "club": "company",
    "rival": "company",
    "rivals": "company",
    "consultancy": "company",
    "provider": "company",
    "behemoth": "company",
    "regulator": "government",
    "watchdog": "government",
    "agency": "media",
    "outlet": "media",
    "newspaper": "media",
    "magazine": "media",
    "daily": "media",
    "broadcaster": "media",
    "portal": "media",
    "exchange": "company",
}


def plural(noun: str) -> str:
    """The regular plural of an organization noun: "agency" -> "agencies", "bank" -> "banks"."""
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


# Plural intro nouns before "such as", "like" or "including" and an enumeration of names
# ("retailers like Next", "banks including Barclays and HSBC"): each name is one.
INTRO_PLURALS: dict[str, str] = {
    plural(noun): kind
    for noun, kind in INTRO_NOUNS.items()
    if not noun.endswith("s") and noun not in ("holding", "daily", "agency")
}
# Words between a plural intro noun and the names it introduces.
EXAMPLE_WORDS = frozenset({"like", "including", "such"})

# Intro nouns that introduce a name after them only: before them stands a place or a
# market, not the name ("Scottish club Rangers", "the City watchdog").
INTRO_BEFORE_ONLY = frozenset(
    {"club", "regulator", "watchdog", "rival", "rivals", "exchange", "brokers", "stockbrokers"}
)
# Intro nouns of making, running or selling something: with a name after them, the name
# before them is what is made or run, not an organization ("iPod maker Apple", "Channel
# Tunnel operator Eurotunnel"); without one, the name before is the organization's ("the
# Uralmash holding company"). Every "-maker" compound is one too (``makes_things``).
INTRO_OF_THINGS = frozenset(
    {"maker", "manufacturer", "producer", "operator", "supplier", "provider", "retailer"}
    | {"developer", "distributor", "importer", "exporter"}
)


def makes_things(noun: str) -> bool:
    """An intro noun whose modifier names a thing made or run ("carmaker", "operator")."""
    return noun in INTRO_OF_THINGS or noun.endswith("maker")


# Intro nouns that people have too ("his rival", "the auditor Peter Smith"): the name after
# them must not look like a person's, nor follow one of these words.
INTRO_ALSO_PEOPLE = frozenset({"rival", "rivals", "auditor"})
PERSONAL_RIVALRY = frozenset(
    {"his", "her", "political", "presidential", "electoral", "election", "leadership"}
    | {"opposition", "party", "nearest", "closest"}
)
# Intro nouns that are also verb forms ("customers holding contracts"): only before
# another intro noun ("holding company").
INTRO_NEEDS_NOUN = frozenset({"holding"})
# Lower-case words that form one intro noun with the next ("news agency").
INTRO_COMPOUND_FIRST = frozenset({"news", "holding", "investment", "state"})


# People whose employer follows "at" / "with": "an analyst with Dean Witter Reynolds".
EMPLOYEE_NOUNS = frozenset(
    {
        "analyst",
        "analysts",
        "economist",
        "economists",
        "strategist",
        "strategists",
        "trader",
        "traders",
        "banker",
        "bankers",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "researcher",
        "researchers",
        "partner",
        "executive",
        "executives",
        "director",
        "manager",
        "managers",
    }
)
EMPLOYER_PREPOSITIONS = frozenset({"at", "with"})
# Who speaks for an employer: "a spokesman for Acme" (a director "for Europe" is no hire).
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Words around a title opened by a capitalized "The" inside a sentence ("told The
# Independent", "The Sun reported", "The Globe and Mail newspaper") that make it a news
# outlet; without them it may be a place, a work or a nickname ("on The Solent").
TITLE_MEDIA_BEFORE = frozenset(
    {"told", "to", "publishes", "published", "publish", "reading", "newspaper"}
    | {"newspapers", "paper", "papers", "magazine", "daily", "weekly", "tabloid", "titles"}
)
TITLE_MEDIA_AFTER = frozenset(
    {"newspaper", "newspapers", "paper", "magazine", "daily", "weekly", "tabloid", "website"}
    | {"reported", "reports", "quoted", "quotes", "wrote", "writes", "said", "says", "cited"}
    | {"columnist", "editor", "journalist", "reporter", "interview", "survey", "poll"}
)
# Lower-case nouns before a capitalized "The" that make what follows a work's title, not
# an organization's: "the film The Aviator", "his book The World Is Flat".
WORK_NOUNS = frozenset(
    {"film", "movie", "book", "novel", "album", "song", "single", "show", "series", "play"}
    | {"programme", "program", "opera", "musical", "game", "title", "brand", "column"}
    | {"documentary", "episode", "report", "study", "poem", "painting", "campaign", "slogan"}
)

# Verbs after a source's name that make it a media outlet: "Daryanews reports, citing ...".
REPORT_VERBS = frozenset({"reports", "reported", "writes", "wrote", "informs", "informed"})
CITE_WORDS = frozenset({"citing", "quoting"})


# Verbs whose subject is an organization or a person, not a thing ("Shell said",
# "Apple announced"): they let a name that is also a word open a sentence.
AGENT_VERBS = frozenset(
    {
        "said",
        "says",
        "announced",
        "announces",
        "reported",
        "reports",
        "told",
        "agreed",
        "plans",
        "planned",
        "expects",
        "expected",
        "posted",
        "confirmed",
        "denied",
        "declined",
        "launched",
        "acquired",
        "bought",
        "sold",
        "hired",
        "warned",
        "'s",
        "’s",
    }
)
# Of those, the verbs after which an acronym is an organization acting ("MCI agreed to
# a buyout", "IBM acquired"): not the possessive, and not "expected", which measures
# take too ("CPI expected to rise").
# Verbs of deciding, backing and opposing, whose subject only an agent can be, join them
# ("AOL backed the plan", "the WTO rejected").
ACRONYM_AGENT_VERBS = (AGENT_VERBS - {"'s", "’s", "expected", "expects"}) | {
    "backed",
    "rejected",
    "approved",
    "sued",
    "fined",
    "urged",
    "welcomed",
    "opposed",
    "blocked",
    "criticised",
    "criticized",
    "signed",
    "offered",
}

# Auxiliaries after a sentence's first word that make it the subject of a clause ("Honda
# has three hybrids", "Apple will open"): a listed name that is also a word is the
# organization there when the article never writes the word in lower case.
SUBJECT_AUXILIARIES = frozenset(
    {"has", "had", "is", "was", "will", "would", "could", "can", "may", "might", "must"}
    | {"should", "does", "did", "also", "still", "now", "then"}
)

# Verbs of saying whose capitalized subject right before them is a speaker ("Deutsche
# Telekom said"): an organization when nothing says it is a person (rule SAID).
SAY_VERBS = frozenset(
    {
        "said",
        "says",
        "announced",
        "reported",
        "told",
        "added",
        "confirmed",
        "stated",
        "predicted",
        "forecast",
        "estimated",
    }
)


# Participles of buying, owning, running and paying for whose "by" agent, a capitalized
# name that is nobody's, is an organization ("the unit was bought by Tengelmann", "a brand
# owned by Unilever", "a ranch run by Agroflora", "a survey conducted by Sunovate");
# "taken" counts with "over" ("taken over by X").
PASSIVE_AGENT_VERBS = frozenset(
    {"bought", "acquired", "purchased", "owned", "controlled", "taken", "snapped"}
    | {"operated", "run", "managed", "conducted", "commissioned", "sponsored", "funded"}
    | {"financed", "published"}
)

# What a ministry is in charge of, in the words news uses before "ministry" ("the
# finance ministry", "China's commerce ministry").
MINISTRY_PORTFOLIOS = frozenset(
    {
        "finance",
        "trade",
        "commerce",
        "foreign",
        "economy",
        "economic",
        "economics",
        "agriculture",
        "farm",
        "industry",
        "defence",
        "defense",
        "interior",
        "justice",
        "health",
        "energy",
        "oil",
        "petroleum",
        "mining",
        "transport",
        "labour",
        "labor",
        "education",
        "environment",
        "communications",
        "telecommunications",
        "information",
    }
)
MINISTRY_WORDS = frozenset({"ministry", "department"})

# Nouns after "X's" that only an organization has ("Apple's chief executive", "Fiat's
# shares"): X is an organization.
COMPANY_POSSESSIONS = frozenset(
    {
        "shares",
        "shareholders",
        "stock",
        "chief executive",
        "chief financial officer",
        "chief operating officer",
        "ceo",
        "subsidiary",
        "subsidiaries",
        "profits",
        "profit",
        "revenues",
        "revenue",
        "earnings",
        "share price",
        "takeover",
        "board",
        "bankruptcy",
        "workforce",
        "employees",
        "staff",
        "workers",
        "stores",
        "factories",
        "brands",
        "headquarters",
        "market value",
        "market share",
        "annual report",
        "stake",
        "chairman",
        "management",
        "executives",
        "directors",
        "sales",
        "unit",
        "units",
        "division",
        "plants",
        "finance director",
        "managing director",
        "chief economist",
    }
)

# Lower-case nouns right after a name that make it an organization: "WorldCom chief
# Bernie Ebbers", "Google shares", "IMF boss", "Ford workers" (rule CONTEXT).
ROLES_AFTER = frozenset(
    {
        "chief",
        "boss",
        "bosses",
        "executives",
        "chairman",
        "chairwoman",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "shareholders",
        "shares",
        "employees",
        "staff",
        "workers",
        "founder",
        "economist",
        "economists",
        "analyst",
        "analysts",
        "strategist",
        "president",
        "vice",
        "director",
        "directors",
        "executive",
    }
)

# What may follow an appositive's noun ("Sibneft, a Russian oil company that ..."),
# besides punctuation: the noun ends the description.
APPOSITIVE_FOLLOWERS = frozenset(
    {"that", "which", "whose", "based", "in", "with", "of", "owned", "controlled", "and", "for"}
)
# Words before "of"/"in" + a name that make the name a company ("shares of Fiat").
SHARES_WORDS = frozenset({"shares", "stake", "stock"})
# Lower-case nouns before "of" + a name that only an organization has, the other order
# of "X's subsidiary" ("a subsidiary of Vestey", "the London offices of Merrill Lynch",
# "the chief executive of Vantor"): the name is an organization (rule CONTEXT). Fewer
# than COMPANY_POSSESSIONS: "sales of X", "profits of X" may be a product's or a place's.
POSSESSIONS_OF = frozenset(
    {"subsidiary", "subsidiaries", "unit", "division", "shareholders", "shareholder"}
    | {"creditors", "offices", "headquarters", "chief executive", "chief financial officer"}
    | {"chief operating officer", "managing director", "chief economist"}
)
# Their last words, at which the finder looks ("executive" of "chief executive").
POSSESSIONS_OF_LAST = frozenset(phrase.rsplit(" ", 1)[-1] for phrase in POSSESSIONS_OF)
# Participles that, joined by a hyphen to a place or owner before a name, say where an
# organization is based, listed or who owns it ("the Paris-based Euronext", "London-listed
# Xstrata", "state-owned Codelco"): the name is an organization (rule CONTEXT).
LOCATED_PARTICIPLES = frozenset(
    {"based", "headquartered", "listed", "registered", "owned", "controlled", "published"}
)
# Stock exchanges in "Name (NYSE: ABC)".
EXCHANGE_TAGS = frozenset({"nyse", "nasdaq", "lse", "tsx", "asx", "amex", "otc"})


# Possessors that own organizations, not products ("the government's Rosneft").
GOVERNMENT_POSSESSORS = frozenset({"government", "state", "kremlin", "ministry", "group"})
