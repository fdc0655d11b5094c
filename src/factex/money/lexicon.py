"""Currency surface forms, qualifier words and context cues.

Where the entries come from:

- ISO 4217 codes: pycountry (current) plus Babel's English locale (which also knows
  the historic codes old wires need: DEM, FRF, ITL, ...).
- Currency names ("Canadian dollars", "Swiss franc", "Belarusian rubles"): Babel's
  English singular and plural names for every code, plus pycountry's names.
- Symbols: Babel's English symbols ("CA$", "NZ$", "€", "₹") plus the table ``SYMBOLS``
  below for the forms newsrooms write that Babel lacks ("US$", "C$", "₽", "₼").
- Wire-service abbreviations and everyday names ("dlrs", "stg", "bucks", "roubles",
  "crowns"), qualifier words and the country qualifiers of the dollar family are
  hand-listed data (``FAMILY_WORDS``, ``QUALIFIERS_BEFORE``/``QUALIFIERS_AFTER``,
  ``COUNTRY_ABBREVIATIONS``).

Families: a bare head noun or symbol ("dollars", "$", "pounds", "francs") names a family
of currencies; ``currency.CurrencyContext`` picks the member the article supports.

Over 600 lines because it holds the room's word tables (codes, currency words, symbols,
qualifiers, country cues, subunits), one table each: data, not logic.
"""

from __future__ import annotations

import re
from functools import cache

import pycountry
from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

_EN = Locale("en")

#: Every ISO 4217 alphabetic code we accept next to an amount.
ISO_CODES: frozenset[str] = frozenset(
    {c.alpha_3 for c in pycountry.currencies}
    | {code for code in _EN.currencies if re.fullmatch(r"[A-Z]{3}", code)}
) - {"XXX", "XTS", "XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC"}

#: Codes that are also everyday English words: never after the amount ("10 TOP firms",
#: "5 ALL"), and before it only with a magnitude or decimals ("TRY 1.5 billion", not
#: "TOP 10 EXPORTERS").
WORDLIKE_CODES = frozenset(
    {"ALL", "TOP", "CUP", "PEN", "MOP", "BOB", "GEL", "MAD", "SOS", "TRY", "AMD", "BAM", "WON"}
)

#: Head nouns (lowercase, singular and plural) naming a currency family. The family's
#: member is chosen from context; ``DEFAULTS`` says which one wins without any cue.
FAMILY_WORDS: dict[str, str] = {
    "dollar": "dollar",
    "dollars": "dollar",
    "dlr": "dollar",
    "dlrs": "dollar",
    "dls": "dollar",
    "buck": "dollar",
    "bucks": "dollar",
    "pound": "pound",
    "pounds": "pound",
    "franc": "franc",
    "francs": "franc",
    "crown": "krona",
    "crowns": "krona",
    "krona": "krona",
    "kronor": "krona",
    "krone": "krona",
    "kroner": "krona",
    "kronur": "krona",
    "peso": "peso",
    "pesos": "peso",
    "rupee": "rupee",
    "rupees": "rupee",
    "dinar": "dinar",
    "dinars": "dinar",
    "rial": "rial",
    "rials": "rial",
    "riyal": "rial",
    "riyals": "rial",
    "ruble": "ruble",
    "rubles": "ruble",
    "rouble": "ruble",
    "roubles": "ruble",
    "mark": "mark",  # only after a magnitude: "300 mln mark deficit", not "the 50 mark"
    "marks": "mark",
    "lira": "lira",
    "liras": "lira",
    "shilling": "shilling",
    "shillings": "shilling",
    "dirham": "dirham",
    "dirhams": "dirham",
    "manat": "manat",
    "manats": "manat",
}
#: Bare family word -> currency when the article gives no cue. Families not listed
#: have no default: a bare "dinars" with no country named stays without a code.
DEFAULTS: dict[str, str] = {
    "dollar": "USD",
    "pound": "GBP",
    "franc": "CHF",
    "ruble": "RUB",
    "mark": "DEM",
    "rupee": "INR",
    "krona": "SEK",
    "manat": "AZN",
    "lira": "TRY",
}
#: Families whose bare symbol international English news keeps for the default member:
#: "$" is the US dollar and "£" sterling whatever country the story is about, since
#: other members are written with their own marks ("A$", "C$", "HK$", "IR£"). Only a
#: stated unit ("figures in Australian dollars") moves them, not a country named.
SYMBOL_KEEPS_DEFAULT = frozenset({"dollar", "pound"})
#: Which head noun of a Babel name ("Swedish Krona") belongs to which family.
_FAMILY_OF_HEAD = {"krone": "krona", "króna": "krona", "riyal": "rial"}

#: Single-currency words and wire abbreviations (not in Babel's English names).
WORDS: dict[str, str] = {
    "stg": "GBP",
    "sterling": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "quid": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ecu": "XEU",
    "ecus": "XEU",
    "rmb": "CNY",
    "tenge": "KZT",
    "tenges": "KZT",
    "won": "KRW",
    "rand": "ZAR",
    "rands": "ZAR",
    "baht": "THB",
    "ringgit": "MYR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "forint": "HUF",
    "forints": "HUF",
    "hryvnia": "UAH",
    "hryvnias": "UAH",
    "hryvnas": "UAH",
    "shekel": "ILS",
    "shekels": "ILS",
    "naira": "NGN",
    "rupiah": "IDR",
    "rupiahs": "IDR",
    "dong": "VND",
    "cedi": "GHS",
    "cedis": "GHS",
    "taka": "BDT",
    "kyat": "MMK",
    "kyats": "MMK",
    "leva": "BGN",
    "lei": "RON",
    "reais": "BRL",
    "deutsche mark": "DEM",
    "deutsche marks": "DEM",
    "deutschmark": "DEM",
    "deutschmarks": "DEM",
    "d-marks": "DEM",
    "d-mark": "DEM",
    "lire": "ITL",  # the Italian plural
    "guilders": "NLG",
    "guilder": "NLG",
    "drachmas": "GRD",
    "escudos": "PTE",
    "pesetas": "ESP",
    "peseta": "ESP",
    "schillings": "ATS",
    "lari": "GEL",
    "drams": "AMD",
    "soms": "KGS",
    "somoni": "TJS",
}
#: Symbols and prefixes: surface -> code, or a family name to resolve from context.
SYMBOLS: dict[str, str] = {
    "$": "dollar",
    "dlrs": "dollar",  # AP style: "a ransom of dlrs 1 million"
    "US$": "USD",
    "U.S.$": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "Can$": "CAD",
    "CDN$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "AUD$": "AUD",
    "S$": "SGD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "Mex$": "MXN",
    "J$": "JMD",
    "TT$": "TTD",
    "EC$": "XCD",
    "Z$": "ZWL",
    "£": "pound",
    "€": "EUR",
    "¥": "JPY",
    "CN¥": "CNY",
    "RMB¥": "CNY",
    "Rmb": "CNY",  # the business press: "Rmb5bn"
    "FFr": "FRF",
    "E£": "EGP",
    "IR£": "IEP",
    "₽": "RUB",
    "₼": "AZN",
    "₹": "INR",
    "Rs": "rupee",
    "Rs.": "rupee",
    "₩": "KRW",
    "₪": "ILS",
    "₺": "TRY",
    "₴": "UAH",
    "₸": "KZT",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₾": "GEL",
    "DM": "DEM",
    "Fr.": "franc",
    "SFr": "CHF",
    "SFr.": "CHF",
    "Br": "BYN",
}

#: Country qualifiers newsrooms put before a family word ("U.S. dlrs", "N.Z. dollars")
#: that Babel's names do not spell this way. Maps to a code.
COUNTRY_ABBREVIATIONS: dict[str, dict[str, str]] = {
    "dollar": {
        "u.s.": "USD",
        "us": "USD",
        "american": "USD",
        "n.z.": "NZD",
        "nz": "NZD",
        "h.k.": "HKD",
        "hk": "HKD",
        "canadian": "CAD",
        "cdn": "CAD",
        "can": "CAD",
        "australian": "AUD",
        "aust": "AUD",
        "taiwan": "TWD",
        "taiwanese": "TWD",
        "singapore": "SGD",
        "hong kong": "HKD",
        "new zealand": "NZD",
    },
    "pound": {"british": "GBP", "egyptian": "EGP", "irish": "IEP", "lebanese": "LBP"},
    "franc": {"french": "FRF", "swiss": "CHF", "belgian": "BEF", "cfa": "XOF"},
    "krona": {
        "swedish": "SEK",
        "danish": "DKK",
        "norwegian": "NOK",
        "icelandic": "ISK",
        "czech": "CZK",
    },
    "mark": {"german": "DEM", "west german": "DEM", "finnish": "FIM"},
    "lira": {"italian": "ITL", "turkish": "TRY"},
    "ruble": {"russian": "RUB", "belarusian": "BYN", "belarussian": "BYN", "soviet": "SUR"},
    "manat": {"azerbaijani": "AZN", "azerbaijan": "AZN", "turkmen": "TMT"},
}

#: Qualifier words before the amount, longest first when compiled. The mention's span
#: covers them. Verbs ("exceeded", "topped") qualify the amount they govern.
QUALIFIERS_BEFORE: dict[str, str] = {
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "exceeded": "more_than",
    "exceeding": "more_than",
    "exceeds": "more_than",
    "exceed": "more_than",
    "top": "more_than",
    "surpass": "more_than",
    "in excess of": "more_than",
    "upwards of": "more_than",
    "upward of": "more_than",
    "greater than": "more_than",
    "north of": "more_than",
    "topped": "more_than",
    "surpassed": "more_than",
    "well over": "more_than",
    "just over": "more_than",
    "well above": "more_than",
    "just above": "more_than",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "approx.": "about",
    "some": "about",
    "roughly": "about",
    "an estimated": "about",
    "estimated at": "about",
    "valued at about": "about",
    "in the range of": "about",
    "estimated": "about",
    "circa": "about",
    "something like": "about",
    "an approximate": "about",
    "in the region of": "about",
    "on the order of": "about",
    "close to": "about",  # GUIDELINES §1: "close to", "closer to" are about
    "closer to": "about",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "not more than": "at_most",
    "a maximum of": "at_most",
    "as much as": "at_most",
    "as high as": "at_most",
    "not exceeding": "at_most",
    "within": "at_most",
    "at least": "at_least",
    "a minimum of": "at_least",
    "no less than": "at_least",
    "not less than": "at_least",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "just under": "less_than",
    "just below": "less_than",
    "well below": "less_than",
    "well under": "less_than",
    "fewer than": "less_than",
    "nearly": "less_than",
    "almost": "less_than",
    "short of": "less_than",
}
#: Verbs of exceeding turn into a ceiling when negated ("wouldn't exceed $100 million").
NEGATABLE: dict[str, str] = {
    "exceed": "at_most",
    "exceeded": "at_most",
    "exceeding": "at_most",
    "top": "at_most",
    "surpass": "at_most",
}
QUALIFIERS_AFTER: dict[str, str] = {
    "or more": "at_least",
    "or higher": "at_least",
    "and up": "at_least",
    "or so": "about",
    "or less": "at_most",
    "or lower": "at_most",
    "-plus": "more_than",  # "$5 million-plus"
    "plus": "more_than",
}

#: Words after a bare magnitude amount ("262 mln in April") that let it borrow the
#: currency of a nearby money mention; a noun there ("5 mln tonnes") forbids it.
ELLIPSIS_FOLLOWERS = frozenset(
    [
        "in",
        "on",
        "at",
        "to",
        "from",
        "against",
        "and",
        "or",
        "for",
        "during",
        "by",
        "compared",
        "versus",
        "vs",
        "with",
        "a",
        "an",
        "the",
        "this",
        "last",
        "previous",
        "year",
        "month",
        "quarter",
        "deficit",
        "deficits",
        "surplus",
        "surpluses",
        "shortfall",
        "worth",
        "set",
        "recorded",
        "reported",
        "registered",
        "posted",
        "seen",
        "forecast",
        "expected",
        "earlier",
        "ago",
        "each",
        "respectively",
        "figure",
        "figures",
        "level",
        "if",
        "but",
        "while",
        "when",
        "than",
        "exported",
        "imported",
        "spent",
        "paid",
        "owed",
        "invested",
        "after",
        "before",
        "since",
        "reached",
    ]
)
#: Words before "X to Y" that make it a change between two amounts, not a range.
CHANGE_WORDS = frozenset(
    [
        "from",
        "rose",
        "fell",
        "increased",
        "decreased",
        "up",
        "down",
        "grew",
        "jumped",
        "climbed",
        "dropped",
        "declined",
        "narrowed",
        "widened",
        "cut",
        "raised",
        "lifted",
        "lowered",
        "revised",
        "rising",
        "falling",
        "increase",
        "decrease",
        "gained",
        "lost",
        "slipped",
        "eased",
        "soared",
        "plunged",
        "surged",
        "slumped",
        "compared",
        "adding",
        "added",
        "gaining",
        "losing",
        "shedding",
        "shed",
        "climbing",
        "dropping",
        "jumping",
        "slipping",
        "easing",
    ]
)


def _babel_names() -> dict[str, str]:
    """Lowercase English currency names, singular and plural -> code (Babel)."""
    names: dict[str, str] = {}
    for code in _EN.currencies:
        if not re.fullmatch(r"[A-Z]{3}", code):
            continue
        for count in (1, 2):
            try:
                name = get_currency_name(code, count=count, locale="en")
            except Exception:  # pragma: no cover - Babel data quirks
                continue
            if name and name != code and "(" not in name:
                names.setdefault(name.lower(), code)
    for cur in pycountry.currencies:
        names.setdefault(cur.name.lower(), cur.alpha_3)
    return names


#: Qualified names -> code ("canadian dollars" -> CAD). Historic names lose to current.
NAMES: dict[str, str] = {
    name: code
    for name, code in _babel_names().items()
    if " " in name  # bare heads ("dollars") are families, handled apart
}
for _family, _adjectives in COUNTRY_ABBREVIATIONS.items():
    for _adj, _code in _adjectives.items():
        for _word, _fam in FAMILY_WORDS.items():
            if _fam == _family:
                NAMES.setdefault(f"{_adj} {_word}", _code)
NAMES.update(WORDS)


def family_of(code: str) -> str | None:
    """The family a code belongs to, by the head noun of its English name.

    >>> family_of("CAD"), family_of("NOK"), family_of("EUR")
    ('dollar', 'krona', None)
    """
    return _FAMILY_OF_CODE.get(code)


def _families() -> dict[str, str]:
    out: dict[str, str] = {}
    for code in _EN.currencies:
        name = _EN.currencies[code]
        head = name.split()[-1].lower() if name else ""
        head = _FAMILY_OF_HEAD.get(head, head)
        if head in DEFAULTS or head in FAMILY_WORDS.values():
            out[code] = head
    for family, adjectives in COUNTRY_ABBREVIATIONS.items():
        for code in adjectives.values():
            out.setdefault(code, family)
    return out


_FAMILY_OF_CODE: dict[str, str] = _families()


#: Subdivision types whose names point to their country ("Texas", "Ontario").
SUBDIVISION_TYPES = frozenset({"State", "Province", "Territory", "District"})


#: Subdivision names starting with these words are everyday words in news text
#: ("Central bank", "Western Europe"), not pointers to one country.
GENERIC_PLACE_WORDS = frozenset(
    [
        "North",
        "South",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Central",
        "Capital",
        "Upper",
        "Lower",
        "Coast",
        "Island",
        "Islands",
        "Federal",
        "Greater",
        "Middle",
        "Inner",
        "Outer",
    ]
)


def _subdivisions(territory: str) -> set[str]:
    """English names of a country's states and provinces (pycountry's ISO 3166-2)."""
    subs = pycountry.subdivisions.get(country_code=territory) or []
    return {
        s.name
        for s in subs
        if s.type in SUBDIVISION_TYPES
        and s.parent_code is None
        and s.name.split()[0] not in GENERIC_PLACE_WORDS
    }


@cache
def country_cues(family: str) -> dict[str, tuple[str, ...]]:
    """Words that point a family to one member: code -> (adjective, country names).

    From Babel: the adjective of each member's English name ("Canadian Dollar") and the
    English names of the territories that use it today; from pycountry: the names of
    those territories' states and provinces.

    >>> "Canada" in country_cues("dollar")["CAD"], "Texas" in country_cues("dollar")["USD"]
    (True, True)
    """
    cues: dict[str, set[str]] = {}
    for code, fam in _FAMILY_OF_CODE.items():
        if fam != family:
            continue
        name = _EN.currencies.get(code, "")
        words = name.split()[:-1]
        cues.setdefault(code, set())
        if words and words[0] not in ("US",):
            cues[code].add(" ".join(words))
    for territory, tname in _EN.territories.items():
        if not territory.isalpha() or len(territory) != 2:
            continue
        try:
            current = get_territory_currencies(territory)
        except Exception:  # pragma: no cover - Babel data quirks
            continue
        for code in current[:1]:
            if code in cues:
                cues[code].add(tname)
                cues[code].update(_subdivisions(territory))
    return {code: tuple(sorted(words)) for code, words in cues.items()}


#: Words that name the United States: with them, a bare dollar stays USD.
USD_CUES = ("U.S.", "US", "United States", "American", "America", "Washington", "USA")

#: Subunits after an amount: surface -> (code or family, fraction of the main unit).
SUBUNITS: dict[str, tuple[str, float]] = {
    "cent": ("dollar", 0.01),
    "cents": ("dollar", 0.01),
    "euro cents": ("EUR", 0.01),
    "euro cent": ("EUR", 0.01),
    "pence": ("GBP", 0.01),
    "penny": ("GBP", 0.01),
    "kopecks": ("RUB", 0.01),
    "kopeks": ("RUB", 0.01),
    "pfennigs": ("DEM", 0.01),
    "pfennig": ("DEM", 0.01),
    "centimes": ("franc", 0.01),
    "qepiks": ("AZN", 0.01),
    "gapiks": ("AZN", 0.01),
}
#: Subunits written right after the digits, with no blank: British news writes pence
#: so ("45p", "270.25p"); "5 p" or "5P" is no amount.
GLUED_SUBUNITS: dict[str, tuple[str, float]] = {"p": ("GBP", 0.01)}
#: Numbers that before a glued "p" name a video resolution ("1080p"), not pence.
RESOLUTIONS = frozenset({"240", "360", "480", "576", "720", "1080", "1440", "2160"})
# "18 Canadian cents": the dollar family's country qualifiers work on cents too.
for _adj, _code in COUNTRY_ABBREVIATIONS["dollar"].items():
    for _sub in ("cent", "cents"):
        SUBUNITS.setdefault(f"{_adj} {_sub}", (_code, 0.01))
