"""Where a name is and where it ends: the predicates every finder shares.

A name word (capitalized, not a function word), places and nationality adjectives at a
token, organization heads and legal forms, a name's left edge and its "of X"
complement, the shorter names a company recurs under, and what the article says about
people (surnames, given names) and words it writes in lower case.

Over 600 lines because it is the finders' shared toolkit (what a name word, a head, a
place, a person or a legal form is): every finder module reads it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import pairwise

from factex import calendar_words
from factex.organizations import lexicon as lx
from factex.organizations.detect.tokens import Candidate, Tokens, head_table, is_numbered_word

# Adjectives that describe an organization without being part of its name.
DESCRIPTIVE_ADJECTIVES = frozenset(
    {"soviet", "european", "western", "eastern", "foreign", "domestic", "local", "state"}
)


def is_name_word(t: Tokens, i: int) -> bool:
    """A capitalized word that may be part of a name (not "The", "In", "May"...)."""
    if not (0 <= i < t.n) or not t.cap[i] or t.brk[i]:
        return False
    w = t.lower[i]
    if "." in w.rstrip(".") and not w.replace(".", "").isupper() and _glued(t.words[i]):
        return False  # "Conn.based": two words glued by a typo
    if _header_word(t, i):
        return False  # "CORPORATES Sun Microsystems": a section header before a name
    if "-" in w and w.rsplit("-", 1)[1].isalpha() and t.words[i].rsplit("-", 1)[1].islower():
        return False  # "N.J.-based", "Toronto-based": an adjective, not a name
    return w not in lx.NOT_NAME_WORDS and (w[:1].isalpha() or is_numbered_word(w))


def _header_word(t: Tokens, i: int) -> bool:
    """A long all-capitals word before a mixed-case name ("CORPORATES Sun ...")."""
    if len(t.words[i]) < 7 or not t.words[i].isupper() or i + 1 >= t.n:
        return False
    nxt = t.words[i + 1]
    return nxt[:1].isupper() and not nxt.isupper() and t.lower[i + 1] not in head_table()


def _glued(word: str) -> bool:
    """A period followed by a lower-case letter inside a word."""
    return any(a == "." and b.islower() for a, b in pairwise(word))


def line_end(t: Tokens, i: int, stop: int) -> int:
    """``min(stop, t.n)``, or the first line break after token i before it: a name
    never spans one."""
    stop = min(t.n, stop)
    if True in t.brk[i + 1 : stop]:
        return t.brk.index(True, i + 1, stop)
    return stop


def place_at(t: Tokens, i: int, limit: int | None = None) -> tuple[int, str, str] | None:
    """The longest place name starting at token i: (end token, canonical name, kind)."""
    if not (0 <= i < t.n) or not t.cap[i]:
        return None
    most = lx.place_starts().get(t.lower[i])
    if most is None:
        return None
    table = lx.places()
    stop = min(t.n, i + most, limit if limit is not None else t.n)
    if stop == i + 1:  # one token (most places): its lower-cased word is the key
        hit = table.get(t.lower[i])
        return None if hit is None else (stop, hit[0], hit[1])
    stop = line_end(t, i, stop)
    text, begin, ends = t.text, t.starts[i], t.ends
    for j in range(stop, i, -1):
        hit = table.get(text[begin : ends[j - 1]].lower())
        if hit is not None:
            return j, hit[0], hit[1]
    return None


def demonym_at(t: Tokens, i: int) -> tuple[int, str] | None:
    """A nationality adjective at token i ("Belarusian", "South Korean"): (end, country)."""
    if not (0 <= i < t.n) or not t.cap[i]:
        return None
    table = lx.demonyms()
    if i + 1 < t.n and t.cap[i + 1] and not t.brk[i + 1]:
        two = table.get(t.chars(i, i + 2).lower())
        if two:
            return i + 2, two
    one = table.get(t.lower[i])
    return (i + 1, one) if one else None


def is_place_words(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are only places, nationality adjectives (compound ones too) and
    hyphens."""
    k = i
    while k < j:
        if t.words[k] in "-–":
            k += 1
            continue
        if (past := _past_compound_nationality(t, k, j)) > k:  # "Anglo-Dutch"
            k = past
            continue
        hit = place_at(t, k, j)
        if hit is None:
            dem = demonym_at(t, k)
            if dem is None or dem[0] > j:
                return False
            k = dem[0]
        else:
            k = hit[0]
    return j > i


def strip_nationality(t: Tokens, i: int, j: int) -> int:
    """Skip leading nationality adjectives, countries and descriptive adjectives."""
    while i < j:
        if t.lower[i] in DESCRIPTIVE_ADJECTIVES and t.cap[i]:
            i += 1
            continue
        if (past := _past_compound_nationality(t, i, j)) > i:  # "Anglo-Dutch"
            i = past
            continue
        dem = demonym_at(t, i)
        if dem is not None and dem[0] <= j:
            i = dem[0]
        else:
            hit = place_at(t, i, j)
            if hit is None or hit[2] != "country":
                break
            i = hit[0]
        if i < j and t.words[i] in "-–":
            i += 1
    return i


def _past_compound_nationality(t: Tokens, i: int, j: int) -> int:
    """Past the combining form and hyphen of a compound nationality adjective from token
    i ("Anglo-" of "Anglo-Dutch"; all of "Pan-European", the second part no nationality of
    its own), within [i, j); ``i`` when none opens there."""
    if not (
        i + 2 < j
        and t.cap[i]
        and t.lower[i] in lx.NATIONALITY_PREFIXES
        and t.words[i + 1] in ("-", "–")
    ):
        return i
    if t.lower[i + 2] in lx.CONTINENTAL_ADJECTIVES:
        return i + 3
    return i + 2 if demonym_at(t, i + 2) is not None else i


def is_route(t: Tokens, i: int, j: int) -> bool:
    """Hyphen-joined places: "Baku-Tbilisi-Kars", "Minsk-Baku" name routes, not owners."""
    parts: list[tuple[int, int]] = []
    k = i
    for m in range(i, j + 1):
        if m == j or t.words[m] in "-–":
            parts.append((k, m))
            k = m + 1
    if len(parts) < 2:
        return False
    return sum(1 for a, b in parts if b > a and place_at(t, a, b) is not None) >= 2


def head_at(t: Tokens, i: int) -> tuple[int, str] | None:
    """The organization head starting at token i: (end token, head key)."""
    seqs = head_table().get(t.lower[i])
    if not seqs:
        return None
    for words, key in seqs:
        j = i + len(words)
        if j <= t.n and tuple(t.lower[i:j]) == words:
            if len(words) > 1 and not all(
                t.cap[k] for k in range(i, j) if t.lower[k] not in lx.CONNECTORS | {"and"}
            ):
                continue
            return j, key
    return None


_TITLE_CASE_LEGAL_FORMS = frozenset(
    {"oy", "oyj", "ltd", "inc", "corp", "co", "cos", "plc", "llc", "gmbh", "limited"}
    | {"incorporated"}
)


def is_legal_form_token(t: Tokens, i: int) -> bool:
    """ "OJSC", "Inc.", "Ltd", "GmbH": a legal form written as one."""
    w = t.words[i]
    if t.lower[i] not in lx.LEGAL_FORMS:
        return False
    return w.isupper() or (w[:1].isupper() and ("." in w or t.lower[i] in _TITLE_CASE_LEGAL_FORMS))


def of_complement(t: Tokens, j: int) -> int:
    """End of an "of X" / "for X" complement starting at token j, or j if there is none.

    X is capitalized words, optionally after "the", joined by connectors or by "and"
    when neither side is a place ("of Commerce and Industry", not "of Belarus and
    Azerbaijan").
    """
    if j >= t.n or t.lower[j] not in ("of", "for"):
        return j
    k = j + 1
    if k < t.n and t.lower[k] == "the":
        k += 1
    if not is_name_word(t, k) or t.sent[k]:
        return j
    end = k
    stop = min(t.n, j + lx.MAX_NAME_TOKENS)
    while end < stop and is_name_word(t, end) and not t.sent[end] and not _titled(t, end):
        end += 1
    if end - k >= 3 and t.lower[end - 2] in lx.first_names() and t.words[end - 1][1:].islower():
        return end - 2  # "at University of Texas Arlington Alia Jafari heard": a person's name
    while end + 1 < stop and (t.lower[end] in ("and", "&") or t.lower[end] in lx.CONNECTORS):
        nxt = end + 1
        if not is_name_word(t, nxt) or t.sent[nxt]:
            break
        after = nxt
        while after < stop and is_name_word(t, after) and not t.sent[after]:
            after += 1
        if t.lower[end] == "and" and (
            place_at(t, nxt, after) is not None
            or place_at(t, k, end) is not None
            or _own_name(t, nxt, after)
        ):
            break
        end = after
    return _comma_series(t, k, end, stop)


def _own_name(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) after an "and" are an organization's name of their own: two or
    more words ending in a head, none a domain noun that joins with "and" ("Institute of
    Technology and Colorado State University" is two bodies; "Commission of Science and
    Technology", "Department of Health and Human Services" are one)."""
    return (
        j - i >= 2
        and t.lower[j - 1] in lx.HEADS
        and t.lower[j - 1] not in lx.CONJOINABLE_WORDS
        and t.lower[i] not in lx.CONJOINABLE_WORDS
    )


def _comma_series(t: Tokens, k: int, end: int, stop: int) -> int:
    """Past ", Y and Z" after an "of X" complement that is a series of portfolios
    ("Ministry of Economy, Trade and Industry"): capitalized runs joined by commas and
    one final "and", each a common noun's ("Airbus" in "Ministry of Defence, Airbus
    and BAE" is a name); else ``end`` unchanged."""
    if end >= stop or t.words[end] != "," or not _common_words(t, k, end):
        return end
    m = end
    while m + 1 < stop and t.words[m] == "," and is_name_word(t, m + 1) and not t.sent[m + 1]:
        after = m + 1
        while after < stop and is_name_word(t, after) and not t.sent[after]:
            after += 1
        if not _common_words(t, m + 1, after):
            return end
        m = after
    if m == end or m + 1 >= stop or t.lower[m] != "and" or not is_name_word(t, m + 1):
        return end
    after = m + 1
    while after < stop and is_name_word(t, after) and not t.sent[after]:
        after += 1
    return after if _common_words(t, m + 1, after) else end


def _common_words(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are words the article also writes in lower case, or portfolios."""
    lower = lower_words(t)
    return all(
        t.lower[k] in lower or t.lower[k] in lx.MINISTRY_PORTFOLIOS or t.lower[k] in lx.CONNECTORS
        for k in range(i, j)
    )


def location_follows(t: Tokens, k: int) -> bool:
    """ ", N.J." / ", Calif." / ", England" after an "of X" complement: X is a town."""
    return (
        k + 1 < t.n
        and t.words[k] == ","
        and t.cap[k + 1]
        and not is_legal_form_token(t, k + 1)
        and ("." in t.words[k + 1] or place_at(t, k + 1) is not None)
    )


def _titled(t: Tokens, k: int) -> bool:
    """Token k is a title before a person's name ("Bank of Japan Governor Haruo ...")."""
    return t.lower[k] in lx.TITLES and k + 1 < t.n and is_name_word(t, k + 1)


def legal_suffix(t: Tokens, j: int) -> int:
    """Past a legal form after a name ("Uralmash OJSC", "Apple, Inc.")."""
    if j < t.n and is_legal_form_token(t, j):
        return j + 1
    if j + 1 < t.n and t.words[j] == "," and is_legal_form_token(t, j + 1):
        return j + 2
    return j


def name_start_left(t: Tokens, i: int) -> int:
    """Walk left from token i over capitalized name words, connectors and hyphens,
    never across a line break or the start of a sentence."""
    k = i
    while k > 0 and not t.sent[k] and i - k < lx.MAX_NAME_TOKENS:
        p = k - 1
        if is_legal_form_token(t, p):
            break  # "... Sachs & Co. Hertz Corp.": the end of another name
        if is_name_word(t, p) and t.lower[p] not in lx.TITLES:
            if t.lower[p] in lx.MEASURE_ACRONYMS:
                break  # "by 1300 GMT Carnival's shares", "ISP Freedom2surf said": no name's
            if t.sent[p] and t.lower[p] in lx.INTRO_NOUNS and t.lower[p] not in lx.HEADS:
                break  # "Carmaker Stellar Motors": a description opens the sentence
            if t.sent[p] and t.lower[p] in LEADING_DESCRIPTIONS:
                break  # "Senior WorldCom executives", "Past Congressional Budget Office"
            k = p
        elif (
            (t.lower[p] in lx.CONNECTORS or t.words[p] in "-–")
            and p > 0
            and not t.sent[p]
            and is_name_word(t, p - 1)
            and not t.brk[p]
            and (t.words[p] in "-–&" or t.lower[p - 1] in lx.HEADS)
            and (t.words[p] not in "-–" or _attached(t, p))
        ):
            k = p - 1
        elif (start := _hyphenated_start(t, p)) is not None:
            k = start  # "the Dai-ichi Life Research Institute", "Make-A-Wish Foundation"
        else:
            break
    return k


def _hyphenated_start(t: Tokens, p: int) -> int | None:
    """Start of the hyphenated word that token p ends or whose hyphen it is, when every
    piece is capitalized ("Make-A-Wish", whose "A" is no name word alone): part of the
    name after it. None when a piece is in lower case: "Paris-based", "Jaguar-owner Ford"
    and "Xbox-maker Microsoft" describe the name."""
    m = p
    if t.words[m] in "-–":
        if not _attached(t, m) or m < 1:
            return None
        m -= 1
    elif m < 2 or t.words[m - 1] not in "-–":
        return None
    while m >= 2 and t.words[m - 1] in "-–" and _attached(t, m - 1) and not t.sent[m]:
        m -= 2
    if m == p or any(t.brk[x] or (x > m and t.sent[x]) for x in range(m, p + 1)):
        return None
    pieces = [t.words[x] for x in range(m, p + 1) if t.words[x] not in "-–"]
    if not all(w.isalpha() and w[0].isupper() for w in pieces):
        return None
    if any(w.lower() in lx.TITLES for w in pieces):
        return None  # "Vice-President Smith": a title, never a name's
    return m


def short_names(t: Tokens, i: int, j: int) -> list[str]:
    """Shorter names a company may recur under: without its corporate head and legal
    form ("Coleco Industries Inc." -> "Coleco"), and its distinctive first word
    ("A.L. Williams Corp." -> "Williams", "Carnival Cruise Lines Inc." -> "Carnival").
    """
    end = j
    stages = []
    while end > i + 1 and (
        t.lower[end - 1] in lx.LEGAL_FORMS
        or t.lower[end - 1] in lx.DROPPABLE_HEADS
        or t.words[end - 1] in ",."
    ):
        end -= 1
        # "Poughkeepsie Savings", then "Poughkeepsie"; never a place ("Lebanon Bank")
        if t.words[end - 1] not in ",." and not is_place_words(t, i, end):
            stages.append(t.chars(i, end))
    if end == j:
        return []
    out = stages
    for m in range(end - 1, i + 1, -1):  # "Automatic Data Processing" -> "Automatic Data"
        last = t.words[m - 1]
        if (
            t.lower[m - 1] not in lx.CONNECTORS
            and last not in "-&,"
            and not is_place_words(t, i, m)
        ):
            out.append(t.chars(i, m))
    first = i
    while first < end and "." in t.words[first]:
        first += 1  # initials: "A.L."
    if first < end and end - first >= 1:
        w = t.lower[first]
        distinctive = (
            len(w) >= 3
            and t.words[first][:1].isupper()
            and w not in lx.GENERIC_NAME_WORDS
            and w not in lx.HEADS
            and w not in lx.NOT_NAME_WORDS
            and place_at(t, first, first + 1) is None
            and demonym_at(t, first) is None
            and w not in lx.regions()
        )
        if distinctive and (first > i or end - first > 1):
            out.append(t.words[first])
    return [s for s in out if s]


STOP = lx.NOT_NAME_WORDS | lx.GENERIC_DETERMINERS | {"is", "was", "are", "were", "be", "'s"}


def _attached(t: Tokens, k: int) -> bool:
    """Token k touches the tokens on both sides: a hyphen inside a word ("Rolls-Royce"),
    not a dash between spaces ("IPCL - India's second-largest ...")."""
    return t.ends[k - 1] == t.starts[k] and t.ends[k] == t.starts[k + 1]


def cap_run(t: Tokens, k: int) -> int:
    """End of the capitalized words starting at k (hyphens and "&" inside)."""
    end = k
    while end < t.n and not t.brk[end]:
        if is_name_word(t, end) and (end == k or not t.sent[end]):
            end += 1
        elif (
            t.words[end] in "-&"
            and end > k
            and end + 1 < t.n
            and is_name_word(t, end + 1)
            and not t.sent[end + 1]
            and (t.words[end] == "&" or _attached(t, end))
        ):
            end += 2
        elif _inner_number(t, k, end):
            end += 2  # "Il Sole 24 Ore", "Pier 1 Imports"
        else:
            break
    return end


_CALENDAR = frozenset(calendar_words.MONTH_NAMES + calendar_words.DAY_NAMES)


def _inner_number(t: Tokens, k: int, end: int) -> bool:
    """Token ``end`` is a number of one to three digits between two words of a name
    ("Pier 1 Imports", "Il Sole 24 Ore"); not a date's ("March 31 Reuters")."""
    return (
        end > k
        and end + 1 < t.n
        and len(t.words[end]) <= 3
        and t.words[end].isdigit()
        and is_name_word(t, end + 1)
        and not t.sent[end + 1]
        and not t.brk[end]
        and t.lower[end - 1] not in _CALENDAR
        and t.lower[end + 1] not in _CALENDAR
    )


def plausible_name(t: Tokens, i: int, j: int) -> bool:
    """Not a place, a nationality, a person's title, a month or a document."""
    if j <= i or j - i > 6:
        return False
    low = t.chars(i, j).lower()
    if is_place_words(t, i, j) or low in lx.regions():
        return False  # "the Florida company": where it is, not its name
    if low in lx.CONTINENTS or _compass_region(t, i, j):
        return False  # "Asia's listed firms", "the South Yorkshire company"
    if any(t.lower[k] in lx.TITLES or t.lower[k] in lx.NOT_ORG_HEADS for k in range(i, j)):
        return False
    if j - i > 1 and t.lower[j - 1] in lx.STREET_WORDS:
        return False  # "Wall Street analysts", "the High Street retailer": a street
    return not t.overlaps_person(t.starts[i], t.starts[i] + 1)


# Compass points that open a region's name ("South Yorkshire", "West Midlands").
_COMPASS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"north-east", "north-west", "south-east", "south-west", "northeast", "northwest"}
    | {"southeast", "southwest"}
)


def _compass_region(t: Tokens, i: int, j: int) -> bool:
    """A compass point and one more word, no organization's head: a region."""
    return j - i == 2 and t.lower[i] in _COMPASS and head_at(t, i + 1) is None


def hyphen_joined(t: Tokens, i: int) -> bool:
    """Token i ends a hyphenated name ("ITAR-Tass"): not a name's start ("non-OECD" is,
    after a lower-case prefix)."""
    return (
        i > 1
        and t.words[i - 1] in "-–"
        and t.ends[i - 1] == t.starts[i]
        and t.words[i - 2][:1].isupper()
    )


LOCATIVES = frozenset({"in", "at", "from", "near", "to", "into", "outside", "around"})


# "Jane Porter, 45, said": a name followed by an age is a person's.
_AGED = re.compile(r"([A-Z][\w'’-]+),\s+\d{1,3},(?!\d)")  # not "the Observer, 3,000 jobs"
# The age alone: it opens with a literal, which the search skips to in C, where
# ``_AGED`` tests a character class at every character; most articles give no age.
_AGE = re.compile(r",\s+\d{1,3},(?!\d)")


def lower_words(t: Tokens) -> frozenset[str]:
    """The words the article writes in lower case somewhere ("analysts", "shares")."""
    if "lower" not in t.memo:
        t.memo["lower"] = frozenset(filter(str.islower, t.words))
    return t.memo["lower"]


def lower_text(t: Tokens) -> str:
    """The article's text in lower case, for ``rules.find_names`` (once per article)."""
    if "lower_text" not in t.memo:
        t.memo["lower_text"] = t.text.lower()
    return t.memo["lower_text"]


def person_words(t: Tokens) -> set[str]:
    """Surnames the article gives people: titled names' last words, "Mr X", "X, 45,",
    a given name's next word ("Charles Keating")."""
    if "people" not in t.memo:
        t.memo["people"] = _person_words(t)
    return t.memo["people"]


def addressed_words(t: Tokens) -> set[str]:
    """Surnames the article gives people by a title, a form of address or an age
    ("Prime Minister Olaf Brandt", "Mr Camus", "Har-Shefi, 22,")."""
    if "addressed" not in t.memo:
        t.memo["addressed"] = _addressed_words(t)
    return t.memo["addressed"]


def _addressed_words(t: Tokens) -> set[str]:
    out = {p.name.split()[-1] for p in t.people if p.name.split()}
    for i in t.at(lx.ADDRESS_FORMS):
        if t.cap[i] and i + 1 < t.n and t.cap[i + 1]:
            k = i + 2 if t.words[i + 1] == "." and i + 2 < t.n else i + 1
            end = cap_run(t, k)
            if end > k:
                out.add(t.words[end - 1])
    for m in _AGED.finditer(t.text) if _AGE.search(t.text) else ():
        out.add(m.group(1))
        out.update(m.group(1).split("-"))  # "Har-Shefi, 22,": the tokens "Har", "Shefi"
    return out


def _person_words(t: Tokens) -> set[str]:
    out = set(addressed_words(t))
    for i in t.at(lx.first_names()):
        k = i + 1
        if (
            t.cap[i]
            and k < t.n
            and is_name_word(t, k)
            and not (k + 1 < t.n and is_name_word(t, k + 1))
            and head_at(t, k) is None
            and not is_legal_form_token(t, k)
            and place_at(t, k) is None
        ):
            out.add(t.words[k])  # "Charles Keating": a given name and a surname
    return out


def without_person_tail(t: Tokens, cands: list[Candidate]) -> list[Candidate]:
    """A name read on into a person's given name and surname ends before them: "group
    EADS Philippe Camus is to leave" when the article calls him "Mr Camus" (the surname
    one it gives a person by a title, a form of address or an age)."""
    # Only names of three words or more, and the article's people only when there are.
    long = [c for c in cands if c.known is None and t.text.count(" ", c.start, c.end) >= 2]
    people = addressed_words(t) if long else set()
    for c in long if people else ():
        if t.text[c.start : c.end].rsplit(" ", 1)[-1] not in people:
            continue
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        if (
            j - i >= 3
            and t.words[j - 1] in people
            and t.cap[j - 2]
            and t.words[j - 2].isalpha()
            and t.lower[j - 2] not in lx.HEADS
            and not is_legal_form_token(t, j - 2)
            and t.words[j - 3] not in ("&", "-", "of", "and")
        ):
            k = j - 2
            while k - i > 1 and t.lower[k - 1] in lx.TITLES:
                k -= 1  # "... Mixte Chairman Marc Fournier": the title is the person's
            c.end = t.ends[k - 1]
    return cands


# Adjectives that open a sentence before a name without being part of it.
LEADING_DESCRIPTIONS = frozenset(
    {"former", "rival", "troubled", "ailing", "struggling", "embattled", "bankrupt", "fellow"}
    | {"past", "senior", "junior"}
)


def name_before(t: Tokens, k: int, lower: frozenset[str]) -> int:
    """Start of the name ending at token k (inclusive), without a description or a
    sentence's first word the article writes in lower case ("Former WorldCom")."""
    start = name_start_left(t, k)
    while start < k and (
        t.lower[start] in LEADING_DESCRIPTIONS
        or t.lower[start] in lx.GENERIC_DETERMINERS
        or (t.sent[start] and t.lower[start] in lower)
        or (t.sent[start] and t.words[start].endswith("ing"))  # "Combining SMFG, ..."
    ):
        start += 1
    return start


def personal(t: Tokens, i: int, j: int, people: set[str]) -> bool:
    """Tokens [i, j) look like a person's name: a surname the article gives a person,
    a given name first (in a name of two to three words with no organization head or
    "&"), or after a form of address."""
    if any(t.words[k] in people for k in range(i, j)):
        return True
    if t.lower[i] in lx.NAME_PARTICLES and t.words[i][:1].isupper():
        return True  # "De Clercq", "Van Miert"
    if i > 0 and t.cap[i - 1] and t.lower[i - 1] in lx.first_names() and not t.sent[i]:
        return True  # "Willy De Clercq": a given name right before
    if (
        2 <= j - i <= 3
        and t.lower[i] in lx.first_names()
        and not any(t.lower[k] in lx.HEADS or t.words[k] == "&" for k in range(i, j))
    ):
        return True
    return i > 0 and (t.lower[i - 1] in lx.ADDRESS_FORMS or t.lower[i - 1] in lx.TITLES)


# What may stand between a thing noun and the name in apposition to it.
_APPOSITION = frozenset({",", "-", "–", "the", "a", "an"})


def named_thing(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) name a thing, not an organization: a lower-case thing noun right
    before or after ("drug Tysabri", "Hoodia extract": ``THING_NOUNS_BEFORE``,
    ``THING_NOUNS_AFTER``), or an acronym of a unit, time zone or measure ("1405 GMT")."""
    if j - i == 1 and t.lower[i] in lx.MEASURE_ACRONYMS:
        return True
    k = i - 1
    while k > i - 3 and k > 0 and t.words[k] in _APPOSITION:
        k -= 1  # "a hybrid SUV - the Mariner", "the cruise ship, Freewinds"
    if k >= 0 and t.lower[k] in lx.THING_NOUNS_BEFORE and not t.words[k].istitle():
        return True  # "drug", "SUV"; never a capitalized "Drug" opening a name
    if t.words[j - 1] in ("'s", "’s"):
        return False  # "Universal Studio's film": what it owns
    return j < t.n and t.words[j].islower() and t.lower[j] in lx.THING_NOUNS_AFTER
