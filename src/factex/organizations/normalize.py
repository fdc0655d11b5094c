"""Pure functions from surface forms to canonical values, with doctests."""

from __future__ import annotations

import re
from functools import lru_cache

from factex.organizations.lexicon import (
    CONNECTORS,
    GOVERNMENT_WORDS,
    HEADS,
    INTERNATIONAL_HEADS,
    INTERNATIONAL_WORDS,
    LEGAL_FORMS,
)

_PUNCT = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")
_DOTTED = re.compile(r"\b(?:\w\.){2,}")
# The prefix "co-" written with or without its hyphen ("Co-operation", "Cooperation").
_CO_HYPHEN = re.compile(r"\bco-(?=[a-z])")


def _undot(m: re.Match[str]) -> str:
    return m.group().replace(".", "")


# The pure name -> value functions below are called again and again on the same few
# names of an article (every mention, alias and form); a small cache per process.
_CACHE_SIZE = 4096

_LOWER_IN_TITLE = CONNECTORS | {"and", "the", "on", "in", "at", "to", "a", "an"}


@lru_cache(maxsize=_CACHE_SIZE)
def name_key(name: str) -> str:
    """The form two names of one organization share: lower case, no punctuation, no
    leading "the", no legal form.

    >>> name_key("The Minsk Tractor Plant")
    'minsk tractor plant'
    >>> name_key("Uralmash OJSC") == name_key("uralmash")
    True
    >>> name_key("Ford Motor Co.")
    'ford motor'
    >>> name_key("N.V. DSM")
    'dsm'

    Spellings of one name agree: "&" and "and", British "-isation" and American
    "-ization" (news writes both for the same body).

    >>> name_key("World Trade Organisation") == name_key("World Trade Organization")
    True
    >>> name_key("Oil & Natural Gas Corporation") == name_key("Oil and Natural Gas Corporation")
    True
    >>> name_key("Economic Co-operation") == name_key("Economic Cooperation")
    True
    """
    low = _CO_HYPHEN.sub("co", name.lower().replace("’", "'"))  # "co-operation"
    words = _PUNCT.sub(" ", _DOTTED.sub(_undot, low)).split()
    words = [_SPELLING.get(w) or _american(w) for w in words]
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and (words[-1] in LEGAL_FORMS or words[-1] + "." in LEGAL_FORMS):
        words = words[:-1]
    while len(words) > 1 and (words[0] in LEGAL_FORMS):
        words = words[1:]
    return " ".join(words)


# One spelling for words written two ways in names.
_SPELLING = {"&": "and"}


def _american(word: str) -> str:
    """ "organisation" -> "organization": the -isation nouns of British spelling."""
    return word[:-7] + "ization" if word.endswith("isation") else word


def title_case(name: str) -> str:
    """Title Case for a name, keeping acronyms and mixed-case words as written.

    >>> title_case("Kursk automobile plant")
    'Kursk Automobile Plant'
    >>> title_case("national statistical committee of belarus")
    'National Statistical Committee of Belarus'
    >>> title_case("CMS ENERGY")
    'CMS Energy'
    >>> title_case("McDonald's OJSC")
    "McDonald's OJSC"
    """
    out = []
    for i, word in enumerate(_SPACES.split(name.strip())):
        if i and word.lower() in _LOWER_IN_TITLE:
            out.append(word.lower())
        elif word[:1].islower():
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
        elif len(word) >= 5 and word.isalpha() and word.isupper():
            out.append(word.capitalize())  # "ENERGY" in a headline-style name
        else:
            out.append(word)
    return " ".join(out)


@lru_cache(maxsize=_CACHE_SIZE)
def strip_legal_form(name: str) -> str:
    """The name without a trailing or leading legal form.

    >>> strip_legal_form("Uralmash OJSC")
    'Uralmash'
    >>> strip_legal_form("Apple Inc.")
    'Apple'
    >>> strip_legal_form("JSC Azerbaijan Railways")
    'Azerbaijan Railways'
    >>> strip_legal_form("Inc.")
    'Inc.'
    >>> strip_legal_form("Goldman Sachs & Co.")
    'Goldman Sachs'
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in LEGAL_FORMS:
        words = words[:-1]
        if len(words) > 1 and words[-1] in ("&", "and"):
            words = words[:-1]  # "& Co.": the conjunction belongs to the legal form
    while len(words) > 1 and words[0].lower() in LEGAL_FORMS:
        words = words[1:]
    return " ".join(words).rstrip(",")


@lru_cache(maxsize=_CACHE_SIZE)
def is_acronym(word: str) -> bool:
    """Two to six capitals (dots, digits, "&" allowed).

    >>> is_acronym("MTZ"), is_acronym("U.N."), is_acronym("AT&T"), is_acronym("Minsk")
    (True, True, True, False)
    """
    letters = word.replace(".", "").replace("&", "").replace("-", "")
    return 2 <= len(letters) <= 6 and letters.isalnum() and letters.isupper()


def acronym_fits(acronym: str, name: str) -> bool:
    """True when the acronym is made of the initials of the name's words (connectors
    optional), or of a transliteration we cannot check (then the caller's parenthesis
    is the evidence and this only rules out clear mismatches of length).

    >>> acronym_fits("MTZ", "Minsk Tractor Plant")
    True
    >>> acronym_fits("NSC", "National Statistical Committee")
    True
    >>> acronym_fits("IMF", "International Monetary Fund")
    True
    >>> acronym_fits("BOA", "Bank of America")
    True
    >>> acronym_fits("XYZQW", "Minsk Tractor Plant")
    False
    """
    letters = acronym.replace(".", "").replace("&", "").replace("-", "").upper()
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    initials = "".join(w[0].upper() for w in words if w.lower() not in CONNECTORS)
    all_initials = "".join(w[0].upper() for w in words)
    if letters in (initials, all_initials) or _subsequence(letters, initials):
        return True
    # Transliterated acronyms ("MTZ" for Minsk Traktorny Zavod): same first letter and
    # about as many letters as words.
    return letters[:1] == initials[:1] and abs(len(letters) - len(initials)) <= 1


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return len(short) >= 2 and all(ch in it for ch in short)


def kind_of(name: str, head: str | None, default: str = "other") -> str:
    """The kind an organization's name and head imply.

    >>> kind_of("National Statistical Committee of Belarus", "committee")
    'government'
    >>> kind_of("Eurasian Economic Union", "union")
    'international'
    >>> kind_of("Commonwealth Club", "club")
    'other'
    >>> kind_of("Minsk Tractor Plant", "plant")
    'company'
    >>> kind_of("Belarusian Chamber of Commerce and Industry", "chamber of commerce and industry")
    'other'
    """
    words = set(name_key(name).split())
    kind = HEADS.get(head or "", default)
    if words & INTERNATIONAL_WORDS and kind == "other" and head in INTERNATIONAL_HEADS:
        return "international"
    if kind == "other" and words & GOVERNMENT_WORDS and head in ("fund", "union"):
        return "government"
    return kind


# Words an acronym leaves out besides the connectors ("SEC" for the Securities and
# Exchange Commission).
_NOT_IN_ACRONYMS = frozenset({"and", "the"})


@lru_cache(maxsize=_CACHE_SIZE)
def initials(name: str) -> str:
    """The capitals a name's acronym would have ("" when under three).

    >>> initials("Federal Deposit Insurance Corp.")
    'FDIC'
    >>> initials("Bank of America")
    ''
    >>> initials("Ministry of International Trade and Industry")
    'MITI'
    """
    words = [
        w
        for w in re.split(r"[\s\-]+", name)
        if w and w.lower() not in CONNECTORS and w.lower() not in _NOT_IN_ACRONYMS
    ]
    letters = "".join(w[0].upper() for w in words if w[0].isalpha())
    return letters if len(letters) >= 3 else ""
