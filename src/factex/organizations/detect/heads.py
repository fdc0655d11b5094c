"""Finders of names that carry their own cue: a head or legal form after the name
("Minsk Tractor Works", "Apple, Inc."), a legal form or head before it ("OJSC
Uralmash", "Banco Santander"), and ministries named by portfolio ("China's commerce
ministry").
"""

from __future__ import annotations

from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.detect.names import (
    STOP,
    addressed_words,
    cap_run,
    demonym_at,
    head_at,
    is_legal_form_token,
    is_name_word,
    is_place_words,
    is_route,
    legal_suffix,
    location_follows,
    name_start_left,
    of_complement,
    place_at,
    short_names,
    strip_nationality,
)
from factex.organizations.detect.tokens import SAID_BEFORE_NAME, Candidate, Tokens, head_table
from factex.organizations.normalize import initials, is_acronym, kind_of


def find_heads(t: Tokens) -> list[Candidate]:
    """Names ending in an organization head or legal form (rules HEAD, HEAD_OF,
    STANDALONE, FACILITY)."""
    out: list[Candidate] = []
    free = 0  # tokens before this are inside the last head found
    for i in t.at(head_table()):
        if i < free:
            continue
        hit = head_at(t, i)
        if hit is None:
            continue
        j, key = hit
        cand = _head_candidate(t, i, j, key)
        if cand is not None:
            out.append(cand)
        free = j
    return out


def _head_candidate(t: Tokens, i: int, j: int, key: str) -> Candidate | None:
    head_cap = t.cap[i]
    lowercase = not head_cap
    if lowercase and key not in lx.LOWERCASE_HEADS:
        return None
    if key in lx.LEGAL_FORMS and not is_legal_form_token(t, i):
        return None
    if (
        head_cap
        and key in lx.CONJOINABLE_PAIR_WORDS
        and j + 1 < t.n
        and t.lower[j] == "and"
        and t.cap[j + 1]
        and t.lower[j + 1] in lx.CONJOINABLE_PAIR_WORDS
        and not t.sent[j + 1]
    ):
        # "(HM) Customs and Excise": a head's pair of portfolios is one name, a state
        # body's even alone (not "Insurance and Banking stocks")
        j += 2
        paired = True
    else:
        paired = False
    # The name goes on after the head ("Bank Leumi", "Holding Company"): not its end.
    if (
        j < t.n
        and is_name_word(t, j)
        and not t.sent[j]
        and not is_legal_form_token(t, j)
        and t.lower[j] not in lx.TITLES
    ):
        return None
    if j < t.n and t.lower[j] in lx.HEAD_MODIFIED_BY:
        return None
    if j < t.n and f"{t.lower[j - 1]} {t.lower[j]}" in lx.TITLE_COMPOUNDS:
        return None  # "White House Press Secretary": a title
    end = of_complement(t, j) if head_cap and key in lx.OF_HEADS else j
    if end > j and name_start_left(t, i) < i and location_follows(t, end):
        end = j  # "Starpointe Savings Bank of Somerset, N.J.": where, not who
    has_of = end > j
    if key in _VENUE_HEADS and not has_of and i > 0 and t.lower[i - 1] in _VENUE_MODIFIERS:
        return None  # "the World Trade Centre", "a Convention Center": a building
    before_legal = end
    end = legal_suffix(t, end)
    has_legal = end > before_legal or key in lx.LEGAL_FORMS
    # Left side: up to two lower-case modifiers before a lower-case head.
    left = i
    if lowercase:
        k = i
        while k > 0 and i - k < 3 and not t.sent[k]:
            p = k - 1
            if t.lower[p].isalpha() and t.words[p].islower() and t.lower[p] not in STOP:
                k = p
            elif t.words[p] in "-–" and p > 0 and t.words[p - 1].islower():
                k = p - 1
            else:
                break
        left = k
    if (
        not lowercase
        and left >= 2
        and t.words[left - 1] in ("'s", "’s")
        and is_name_word(t, left - 2)
        and (key in lx.LEGAL_FORMS or key in lx.DROPPABLE_HEADS)
    ):
        left -= 1  # "Rally's Inc.", "Shoney's Inc.": the 's belongs to the name
    start = name_start_left(t, left) if left > 0 and not t.sent[left] else left
    if (
        start >= 2
        and t.words[start - 1] in ("'s", "’s")
        and t.lower[start - 2] in _GROUP_PLURALS
        and t.cap[start - 2]
        and not t.sent[start - 1]
    ):
        start = name_start_left(t, start - 2)  # "People's Daily", "National People's Congress"
    if (
        has_legal
        and start >= 2
        and t.words[start - 1] in ("'s", "’s")
        and not t.sent[start - 1]
        and is_name_word(t, start - 2)
        and place_at(t, start - 2, start - 1) is None
    ):
        start = name_start_left(t, start - 2)  # "Moody's Investors Service Inc."
    if (
        head_cap
        and (left - start == 1 or _opens_pair(t, start, left))
        and _joins_with_and(t, start)
    ):
        # "Valley Federal Savings and Loan Association", "Oil and Natural Gas Commission"
        start = _series_left(t, _left_of_and(t, start))
    elif head_cap and _spelled_with_and(t, start, end):
        start = _left_of_and(t, start)  # "the Minerals and Metals Trading Corp (MMTC)"
    if (
        start > 0
        and t.lower[start - 1] in lx.GENERIC_DETERMINERS
        and not _staff_after(t, end)
        and not (head_cap and end < t.n and t.lower[end] in _MEMBERS)
    ):
        # "a Convention Center"; but "a Matsushita Electric Co spokesman", "another
        # Reliance Group company"
        return None
    if lowercase and start > 0 and t.lower[start - 1] in lx.OWNER_DETERMINERS:
        return None  # "its Midland nuclear plant": an owned facility
    if any(t.brk[k] for k in range(start, end)):
        return None
    if any(
        t.lower[k] in lx.NOT_ORG_HEADS
        and not (head_cap and k < i and t.lower[k] not in lx.NOT_ORG_MODIFIERS)
        for k in range(start, end)
    ):
        return None  # "Free Trade Agreement"; before a capitalized head, "Law School"
    name_words = left - start  # capitalized words before the head (and modifiers)
    if name_words == 1 and t.lower[start] in lx.MEASURE_ACRONYMS:
        return None  # "a 100 MW power plant": a unit, not a name
    if name_words == 1 and _media_head(key) and t.lower[start] in lx.first_names():
        return None  # "Jim Press", "Tom Post": a person's name
    if name_words == 1 and _media_head(key) and _title_in_apposition(t, end):
        return None  # "Anshuman Magazine, managing director, of CB Richard Ellis": a person
    if (
        name_words == 1
        and end == j
        and t.lower[start] in lx.first_names()
        and _said_of(t, start, j)
    ):
        return None  # "said Lawrence Mills, director-general of ...": a person
    rule = rules.FACILITY if lowercase else rules.HEAD
    if name_words == 0:
        if lowercase:
            return None
        if has_of and key in lx.OF_HEADS:
            rule = rules.HEAD_OF
        elif (
            key in lx.STANDALONE_HEADS
            or (paired and lx.HEADS.get(key) == "government")
            or _after_country_possessive(t, start)
        ):
            rule = rules.STANDALONE
        else:
            return None
    elif is_route(t, start, left):
        return None
    elif t.lower[left - 1] in lx.DIRECTION_WORDS and key == "bank":
        return None  # "the West Bank settlement": a region, not a lender
    elif lowercase and strip_nationality(t, start, left) == left:
        return None  # "U.S. factory orders": a country does not name a facility
    bare = None
    if name_words and key in _STATE_HEADS and _country_or_leader(t, start, left):
        return None  # "the U.S. Government", "the Reagan Administration": no body's name
    if name_words:
        core = strip_nationality(t, start, left)
        if core < left and (place_at(t, core, left) is not None or lowercase):
            start = core  # "Belarusian Minsk Automobile Plant" -> "Minsk Automobile Plant"
        elif core > start and not lowercase:
            bare = t.chars(core, end)  # "Azerbaijani Cabinet of Ministers", "Polish Tarnow ..."
    if key in lx.LEGAL_FORMS and start >= i:
        return None
    hit = place_at(t, start, end)
    if hit is not None and hit[0] == end:
        return None  # "Russian Federation", "United Arab Emirates": a country
    name = t.chars(start, end)
    kind = "company" if has_legal else kind_of(name, key)
    if kind == "government" and key.endswith(" bank") and strip_nationality(t, start, left) < left:
        kind = "company"  # "NCNB Texas National Bank": a commercial bank's name
    return Candidate(
        t.starts[start],
        t.ends[end - 1],
        rule,
        kind=kind,
        head=key,
        bare=bare if bare and " " in bare.strip() else None,
        short=_shorter(t, start, end, kind, lowercase),
    )


# Heads that, after only a country or a leader, name a state, not one of its bodies.
_STATE_HEADS = frozenset({"government", "administration"})


def _country_or_leader(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are a country or nationality ("U.S.", "British") or a person the
    article gives a title ("Reagan" after "President Reagan")."""
    if strip_nationality(t, i, j) == j:
        return True
    return j - i == 1 and t.words[i] in addressed_words(t)


# Who works for an organization, after its name: the determiner before the name is theirs.
_STAFF = lx.EMPLOYEE_NOUNS | lx.ROLES_AFTER | {"official", "officials"}
# A member of the organization named before them: "a Velmar Group company".
_MEMBERS = frozenset({"company", "firm", "unit", "subsidiary", "affiliate", "division"})


def _staff_after(t: Tokens, end: int) -> bool:
    """A person working for the organization follows its name ("a MITI official"),
    past an acronym in brackets ("a Ministry of Finance (MOF) official")."""
    if end + 2 < t.n and t.words[end] == "(" and t.words[end + 2] == ")":
        end += 3
    return end < t.n and t.lower[end] in _STAFF


def _said_of(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are said of a person: after "said"/"says", or before ", <title>"."""
    if i > 0 and t.lower[i - 1] in SAID_BEFORE_NAME:
        return True
    if j + 1 < t.n and t.words[j] == ",":
        nxt = t.lower[j + 1]
        return nxt in lx.TITLES or nxt in lx.TITLE_MODIFIERS or nxt in lx.EMPLOYEE_NOUNS
    return False


def _shorter(t: Tokens, start: int, end: int, kind: str, lowercase: bool) -> list[str]:
    """Short names a candidate may recur under (see ``short_names``)."""
    if lowercase:
        return []
    if kind == "company":
        return short_names(t, start, end)
    if end - start >= 3 and t.lower[start] in lx.DROPPABLE_LEADING and is_name_word(t, start + 1):
        return [t.chars(start + 1, end)]
    return []


def _media_head(key: str) -> bool:
    return lx.HEADS.get(key) == "media"


def _title_in_apposition(t: Tokens, end: int) -> bool:
    """A person's title set off by a comma follows token ``end`` ("X, managing
    director, of ...", "X, chief executive of ..."): the name before is a person's."""
    k = end + 1
    while (
        k < t.n
        and t.lower[k] in lx.TITLE_MODIFIERS
        and t.lower[k] not in lx.TITLES
        and t.words[k].islower()
    ):
        k += 1
    return end < t.n and t.words[end] == "," and k < t.n and t.lower[k] in lx.TITLES


_VENUE_HEADS = frozenset({"centre", "center"})
# What a building is for, before "Centre": "Trade Centre", "Shopping Center".
_VENUE_MODIFIERS = frozenset(
    {
        "trade",
        "shopping",
        "convention",
        "exhibition",
        "conference",
        "congress",
        "sports",
        "arts",
        "leisure",
        "civic",
        "garden",
        "financial",
        "business",
    }
)


def _after_country_possessive(t: Tokens, k: int) -> bool:
    """ "Georgia's National Bank": the head follows a country's possessive."""
    if k < 2 or t.words[k - 1] not in ("'s", "’s"):
        return False
    first = name_start_left(t, k - 2) if is_name_word(t, k - 2) else k - 2
    hit = place_at(t, first, k - 1)
    return hit is not None and hit[0] == k - 1 and hit[2] == "country"


def _left_of_and(t: Tokens, k: int) -> int:
    """Start of the name words before the "and" at token k-1, after a description
    among them ("the U.K. Firm Cable and Wireless Plc")."""
    start = name_start_left(t, k - 2)
    for m in range(k - 2, start - 1, -1):
        if t.lower[m] in lx.INTRO_NOUNS and t.lower[m] not in lx.HEADS:
            return m + 1
    return start


def _opens_pair(t: Tokens, start: int, left: int) -> bool:
    """Two name words [start, left) after an "and" whose left word opens the name ("Oil
    and Natural Gas Commission"), or joined to it by two domain nouns ("Ways and Means
    Trade Subcommittee"), not one ending an "of" complement ("Institute of Technology and
    Colorado State University")."""
    k = start - 3
    if left - start != 2 or k < 0:
        return False
    if t.lower[start] in _DOMAIN_NOUNS and t.lower[start - 2] in _DOMAIN_NOUNS:
        return True  # "House Ways and Means Trade Subcommittee": the pair is the name's
    return not is_name_word(t, k) and t.lower[k] not in _JOINS


_JOINS = frozenset({"of", "for", "and", "&"})

# Irregular plurals: their "'s" is a group's, never one owner's, so it opens a name
# ("People's Daily", "Children's Hospital"), unlike "Toyota's Motor Division".
_GROUP_PLURALS = frozenset({"people", "women", "children", "men"})


def _series_left(t: Tokens, start: int) -> int:
    """Start of a comma series of domain nouns opening the name before the pair joined
    by "and" at token start ("Agriculture, Forestry and Fisheries Ministry"; not the
    "Steel" of "Nippon Steel, Pulp and Paper Corp")."""
    while (
        start >= 2
        and t.words[start - 1] == ","
        and t.lower[start] in _DOMAIN_NOUNS
        and t.lower[start - 2] in _DOMAIN_NOUNS
        and t.cap[start - 2]
        and not t.sent[start - 1]
        and not t.sent[start]
        and not (start >= 3 and is_name_word(t, start - 3) and not t.sent[start - 2])
    ):
        start -= 2
    return start


def _spelled_with_and(t: Tokens, start: int, end: int) -> bool:
    """The acronym defined right after tokens [start, end) spells the name only with the
    words before the "and" that precedes them too: "Minerals and Metals Trading Corp
    (MMTC)"."""
    if start < 2 or t.lower[start - 1] not in ("and", "&") or t.sent[start - 1]:
        return False
    if end + 2 >= t.n or t.words[end] != "(" or t.words[end + 2] != ")":
        return False
    if not is_name_word(t, start - 2) or not is_acronym(t.words[end + 1]):
        return False
    letters = t.words[end + 1].replace(".", "").upper()
    first = name_start_left(t, start - 2)
    return initials(t.chars(start, end)) != letters and initials(t.chars(first, end)) == letters


def _joins_with_and(t: Tokens, k: int) -> bool:
    """Token k-1 is "and" between two name words, the left one not a place, nor a head
    unless both are domain nouns ("Securities and Futures", "Customs and Excise")."""
    return (
        k >= 2
        and t.lower[k - 1] in ("and", "&")
        and is_name_word(t, k - 2)
        and not t.sent[k - 1]
        and place_at(t, k - 2, k - 1) is None
        and demonym_at(t, k - 2) is None
        and (
            head_at(t, k - 2) is None
            or (t.lower[k - 2] in _DOMAIN_NOUNS and t.lower[k] in _DOMAIN_NOUNS)
        )
        and place_at(t, k, k + 1) is None
        and (
            t.lower[k - 2] in lx.CONJOINABLE_WORDS
            or t.lower[k] in lx.CONJOINABLE_WORDS
            or (t.lower[k - 2] in lx.CONJOINABLE_PAIR_WORDS and t.lower[k] in _DOMAIN_NOUNS)
            or (t.lower[k] in lx.CONJOINABLE_PAIR_WORDS and t.lower[k - 2] in _DOMAIN_NOUNS)
        )
    )


_DOMAIN_NOUNS = lx.CONJOINABLE_WORDS | lx.CONJOINABLE_PAIR_WORDS


def find_legal_prefix(t: Tokens) -> list[Candidate]:
    """'OJSC "Minsk Tractor Works"', "JSC Azerbaijan Railways" (rule LEGAL_PREFIX)."""
    out = []
    for i in t.at(lx.PREFIX_LEGAL_FORMS):
        if i >= t.n - 1:
            break
        if not t.cap[i]:
            continue
        if (
            i > 0
            and not t.sent[i]
            and is_name_word(t, i - 1)
            and demonym_at(t, i - 1) is None
            and place_at(t, i - 1) is None
        ):
            continue  # "Chrysler LLC Jim Press": the legal form ends the name before it
        k = i + 1
        quoted = t.words[k] in ('"', "“", "«", "'")
        if quoted:
            k += 1
        end = k
        while end < t.n and (is_name_word(t, end) or t.words[end] in "-&") and not t.sent[end]:
            end += 1
        if end > k and not is_place_words(t, k, end):
            first = k if quoted else i  # 'JSC "Name"' -> Name; "Oy Name" -> "Oy Name"
            out.append(Candidate(t.starts[first], t.ends[end - 1], rules.LEGAL_PREFIX, "company"))
    return out


_PREFIX_CONNECTORS = frozenset({"de", "des", "du", "del", "di", "la", "le", "y"})


def find_prefix_heads(t: Tokens) -> list[Candidate]:
    """ "Cie. de Navigation Mixte", "Banco Santander" (rule PREFIX_HEAD); the name
    after the head recurs alone ("Navigation Mixte")."""
    out = []
    for i in t.at(lx.PREFIX_HEADS):
        if i >= t.n - 1:
            break
        kind = lx.PREFIX_HEADS.get(t.lower[i])
        if kind is None or not t.cap[i]:
            continue
        k = i + 1
        if k < t.n and t.words[k] == "." and t.ends[i] == t.starts[k]:
            k += 1
        while k < t.n and t.lower[k] in _PREFIX_CONNECTORS:
            k += 1
        end = cap_run(t, k)
        while end + 1 < t.n and t.lower[end] in _PREFIX_CONNECTORS and is_name_word(t, end + 1):
            end = cap_run(t, end + 1)
        if end > k and not is_place_words(t, k, end):
            short = (
                [t.chars(k, end)] if end - k > 1 or t.lower[k] not in lx.GENERIC_NAME_WORDS else []
            )
            out.append(
                Candidate(t.starts[i], t.ends[end - 1], rules.PREFIX_HEAD, kind, short=short)
            )
    return out


def find_gov_bodies(t: Tokens) -> list[Candidate]:
    """ "China's commerce ministry", "the South Korean finance ministry", "the Finance
    Ministry", "the labor department" (rule GOV_BODY): one organization per portfolio,
    body and country, named "<Country> <Portfolio> Ministry|Department"; a body named
    without its country takes the one the article gave it elsewhere, when it gave one."""
    # start, end token, "<Portfolio> <Ministry|Department>", country
    found: list[tuple[int, int, str, str | None]] = []
    for i in t.at(lx.MINISTRY_WORDS):
        if i == 0 or t.lower[i - 1] not in lx.MINISTRY_PORTFOLIOS or t.brk[i - 1]:
            continue
        k = i - 1
        if t.cap[k] != t.cap[i]:
            continue  # "finance Ministry": not one name
        if i + 1 < t.n and (t.lower[i + 1] in ("of", "for") or is_name_word(t, i + 1)):
            continue  # "Finance Ministry of Japan", "Trade Ministry Secretary": other rules
        if t.cap[k] and k >= 2 and t.lower[k - 1] in ("and", "&") and t.cap[k - 2]:
            continue  # "Trade and Industry Ministry": the head rule's whole name
        portfolio, country = f"{t.lower[k].capitalize()} {t.lower[i].capitalize()}", None
        if t.cap[i] and portfolio in lx.known_surfaces()[0]:
            continue  # "U.S. Commerce Department": a known body, its country a modifier
        start = k
        if k >= 2 and t.words[k - 1] in ("'s", "’s"):
            first = name_start_left(t, k - 2) if is_name_word(t, k - 2) else k - 2
            hit = place_at(t, first, k - 1)
            if hit is not None and hit[0] == k - 1 and hit[2] == "country":
                start, country = first, hit[1]
        elif k >= 1:
            first = k - 1
            while first > 0 and t.cap[first - 1] and demonym_at(t, first - 1) is not None:
                first -= 1  # "South Korean": two tokens
            dem = demonym_at(t, first)
            if dem is not None and dem[0] == k:
                start, country = first, dem[1]
            elif t.cap[k] and is_name_word(t, k - 1) and not t.sent[k]:
                hit = place_at(t, name_start_left(t, k - 1), k)
                if hit is None or hit[0] != k or hit[2] != "country":
                    continue  # "Trade and Industry Ministry": part of a longer name
                start, country = name_start_left(t, k - 1), hit[1]
        found.append((start, i + 1, portfolio, country))
    countries: dict[str, set[str]] = {}
    for _, _, portfolio, country in found:
        if country:
            countries.setdefault(portfolio, set()).add(country)
    out = []
    for start, end, portfolio, country in found:
        seen = countries.get(portfolio, set())
        if country is None and len(seen) == 1:
            country = next(iter(seen))
        name = f"{country} {portfolio}" if country else portfolio
        org = lx.KnownOrg(name, "government", None, ())
        out.append(
            Candidate(t.starts[start], t.ends[end - 1], rules.GOV_BODY, "government", known=org)
        )
    return out
