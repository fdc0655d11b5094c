"""What organizations' names are made of: heads and the kind they imply, legal forms,
heads that open a name, the words a short name may drop or never is, the words that
make a body international or governmental, and the connectors inside a name.

General English news vocabulary.
"""

from __future__ import annotations

# Organization heads: the last word(s) of a name, mapped to the kind they imply.
# Multi-word heads are matched as token sequences, longest first.
HEADS: dict[str, str] = {
    # companies
    "plant": "company",
    "factory": "company",
    "works": "company",
    "mill": "company",
    "mills": "company",
    "refinery": "company",
    "company": "company",
    "corporation": "company",
    "corp": "company",
    "corp.": "company",
    "co": "company",
    "co.": "company",
    "inc": "company",
    "inc.": "company",
    "group": "company",
    "holding": "company",
    "holdings": "company",
    "laboratories": "company",
    "labs": "company",
    "cos": "company",
    "cos.": "company",
    "industries": "company",
    "motors": "company",
    "airlines": "company",
    "airways": "company",
    "air lines": "company",
    "lines": "company",
    "railway": "company",
    "railways": "company",
    "railroad": "company",
    "bank": "company",
    "bancorp": "company",
    "securities": "company",
    "partners": "company",
    "associates": "company",
    "enterprises": "company",
    "technologies": "company",
    "systems": "company",
    "electronics": "company",
    "pharmaceuticals": "company",
    "pharmaceutical": "company",
    "healthcare": "company",
    "foods": "company",
    "capital": "company",  # investment firms: "Atticus Capital"; "Capital Markets" goes on
    "advisors": "company",
    "advisers": "company",
    "petroleum": "company",
    "telecom": "company",
    "communications": "company",
    "insurance": "company",
    "investments": "company",
    "brothers": "company",
    "stores": "company",
    "exchange": "company",
    "shipyard": "company",
    "trading house": "company",
    # government
    "ministry": "government",
    "cabinet of ministers": "government",
    "committee": "government",
    "subcommittee": "government",
    "commission": "government",
    "department": "government",
    "agency": "government",
    "authority": "government",
    "service": "government",
    "administration": "government",
    "bureau": "government",
    "office": "government",
    "parliament": "government",
    "government": "government",
    "court": "government",
    "customs": "government",
    "senate": "government",
    "assembly": "government",
    "council": "government",
    "navy": "government",  # named armed forces are government bodies ("Indonesian Navy")
    "army": "government",
    "central bank": "government",
    "national bank": "government",
    "reserve bank": "government",
    # international (decided by name words too, see INTERNATIONAL_WORDS)
    "organization": "other",
    "organisation": "other",
    "confederation": "other",
    "consortium": "company",
    "board": "other",
    "union": "other",
    "fund": "other",
    # others
    "chamber of commerce and industry": "other",
    "chamber of commerce": "other",
    "chambers of commerce": "other",
    "chamber": "other",
    "university": "other",
    "institute": "other",
    "association": "other",
    "foundation": "other",
    "federation": "other",
    "party": "other",
    "club": "other",
    "society": "other",
    "center": "other",
    "centre": "other",
    "academy": "other",
    "school": "other",
    "college": "other",
    "hospital": "other",
    "church": "other",
    "institution": "other",
    # media
    "news": "media",
    "news agency": "media",
    "times": "media",
    "post": "media",
    "daily": "media",
    "journal": "media",
    "magazine": "media",
    "press": "media",
    "herald": "media",
    "tribune": "media",
    "gazette": "media",
    "broadcasting": "media",
    "television": "media",
    "radio": "media",
    "newswires": "media",
}

# Heads that may stay lower-case in a partly capitalized name ("Kursk automobile plant"):
# facilities named after their town, which news copy often leaves in lower case.
LOWERCASE_HEADS = frozenset({"plant", "factory", "works", "mill", "refinery", "shipyard"})

# Heads that name an organization on their own when followed by "of X" ("Ministry of
# Finance", "Bank of America", "University of Chicago", "Government of Japan").
OF_HEADS = frozenset(
    {
        "church",
        "ministry",
        "bank",
        "central bank",
        "national bank",
        "reserve bank",
        "university",
        "government",
        "department",
        "committee",
        "subcommittee",
        "commission",
        "council",
        "chamber",
        "chamber of commerce and industry",
        "chamber of commerce",
        "office",
        "agency",
        "academy",
        "institute",
        "federation",
        "union",
        "association",
        "court",
        "cabinet of ministers",
        "administration",
        "bureau",
        "centre",
        "center",
        "foundation",
        "organization",
        "organisation",
        "confederation",
        "fund",
        "society",
        "school",
        "college",
        "institution",
    }
)

# Heads that are a complete name on their own when capitalized ("the Cabinet of
# Ministers", "the Central Bank said"): the country it belongs to comes from context.
STANDALONE_HEADS = frozenset({"cabinet of ministers", "central bank", "reserve bank"})

# Legal forms after (or before) a name; the name without them is the same organization.
LEGAL_FORMS = frozenset(
    {
        "ojsc",
        "jsc",
        "cjsc",
        "pjsc",
        "ojsc.",
        "llc",
        "l.l.c.",
        "ltd",
        "ltd.",
        "limited",
        "incorporated",
        "plc",
        "inc",
        "inc.",
        "corp",
        "corp.",
        "co",
        "co.",
        "ag",
        "gmbh",
        "sa",
        "s.a.",
        "nv",
        "n.v.",
        "bv",
        "b.v.",
        "llp",
        "lp",
        "l.p.",
        "spa",
        "s.p.a.",
        "ab",
        "asa",
        "oao",
        "zao",
        "ooo",
        "pte",
        "pty",
        "kk",
        "oy",
        "oyj",
        "cos",
        "cos.",
    }
)
# Legal forms that may precede the name ("OJSC Uralmash", 'JSC "Azerbaijan Railways"').
PREFIX_LEGAL_FORMS = frozenset(
    {"ojsc", "jsc", "cjsc", "pjsc", "llc", "oao", "zao", "ooo", "n.v.", "oy"}
)
# Heads that open a name in French, Spanish, Italian and German usage ("Cie. de
# Navigation Mixte", "Banco Santander"); the name after them recurs alone.
PREFIX_HEADS: dict[str, str] = {
    "cie.": "company",
    "cie": "company",
    "compagnie": "company",
    "societe": "company",
    "société": "company",
    "banque": "company",
    "banco": "company",
    "banca": "company",
    "grupo": "company",
    "groupe": "company",
    "gruppo": "company",
}
# Words that never stand alone as a company's short name ("First Security Corp." is
# not "First"): adjectives and generic nouns common at the start of names.
GENERIC_NAME_WORDS = frozenset(
    {
        "first",
        "general",
        "national",
        "united",
        "american",
        "international",
        "central",
        "federal",
        "new",
        "great",
        "royal",
        "standard",
        "pacific",
        "atlantic",
        "continental",
        "northern",
        "southern",
        "eastern",
        "western",
        "north",
        "south",
        "east",
        "west",
        "valley",
        "union",
        "security",
        "financial",
        "capital",
        "home",
        "city",
        "metropolitan",
        "mutual",
        "commercial",
        "industrial",
        "consolidated",
        "allied",
        "universal",
        "global",
        "world",
        "state",
        "public",
        "private",
        "china",
        "japan",
        "bank",
        "trust",
        "savings",
        "investors",
        "british",
        "european",
        "digital",
        "advanced",
        "applied",
        "integrated",
        "southwest",
        "northwest",
        "northeast",
        "southeast",
    }
)
# Leading words a government body's later mentions drop ("Federal Statistics Office"
# -> "the Statistics Office").
DROPPABLE_LEADING = frozenset({"federal", "national", "state", "central", "royal"})
# Company heads a short name may drop ("Coleco Industries Inc." -> "Coleco").
DROPPABLE_HEADS = frozenset(
    {
        "industries",
        "corp",
        "corp.",
        "corporation",
        "co",
        "co.",
        "company",
        "inc",
        "inc.",
        "holdings",
        "holding",
        "group",
        "enterprises",
        "international",
        "cos.",
        "cos",
        "bank",
        "savings",
        "bancorp",
        "laboratories",
    }
)


# Words that make an international organization ("Eurasian Economic Union").
INTERNATIONAL_WORDS = frozenset(
    {
        "international",
        "world",
        "global",
        "united",
        "european",
        "eurasian",
        "asian",
        "african",
        "arab",
        "islamic",
        "intergovernmental",
        "interstate",
        "commonwealth",
        "atlantic",
        "pacific",
    }
)
# Heads that, with such a word, make an international body (not "Commonwealth Club").
INTERNATIONAL_HEADS = frozenset(
    {"organization", "organisation", "union", "fund", "federation", "association", "bank"}
)
# Words that make a government body ("National Statistical Committee", "State Customs").
GOVERNMENT_WORDS = frozenset(
    {"national", "state", "federal", "ministry", "statistical", "presidential", "royal"}
)

# Connectors allowed inside a name ("Bank of America", "Procter & Gamble").
CONNECTORS = frozenset({"of", "for", "&", "de", "du", "der", "von", "van", "la", "le"})


# Words that join with "and" inside one name ("Savings and Loan Association", "Pacific
# Gas and Electric Co.", "Food and Drug Administration"): generic domain nouns.
CONJOINABLE_WORDS = frozenset(
    {
        "savings",
        "loan",
        "gas",
        "electric",
        "light",
        "power",
        "water",
        "food",
        "drug",
        "health",
        "human",
        "services",
        "securities",
        "exchange",
        "commerce",
        "industry",
        "trade",
        "science",
        "sciences",
        "technology",
        "research",
        "development",
        "arts",
        "education",
        "culture",
        "energy",
        "resources",
        "mining",
        "oil",
        "chemical",
        "telephone",
        "telegraph",
        "trust",
        "investment",
        "finance",
        "agriculture",
        "transport",
        "communications",
        "telecommunications",
        "telecoms",
        "construction",
        "manufacturing",
        "marine",
        "engineering",
        "ways",
        "means",
    }
)
# Domain nouns that also end names on their own ("Nippon Steel", "Aviva Insurance"): they
# join with "and" inside one name only beside another domain noun ("Baoshan Iron and
# Steel Co.", "Pulp and Paper", "Cable and Wireless PLC"), never "Nippon Steel and JFE
# Holdings".
CONJOINABLE_PAIR_WORDS = frozenset(
    {"iron", "steel", "coal", "metals", "pulp", "paper", "insurance", "banking", "shipping"}
    | {"textiles", "cable", "wireless"}
    # state portfolios named in pairs ("Census and Statistics Department", "Securities and
    # Futures Commission", "Customs and Excise", "Posts and Telecommunications Ministry")
    | {"census", "statistics", "welfare", "labour", "labor", "futures", "customs", "excise"}
    | {"aeronautics", "space", "post", "posts", "fisheries", "forestry"}
)


# The most tokens an organization's name spans ("Organisation for Economic Co-operation and
# Development" is 7): the walks over a name stop there, so a text of "Ministry of
# Ministry of ..." costs the same per word however long it is.
MAX_NAME_TOKENS = 16
