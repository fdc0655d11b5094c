"""The finders: small functions from a tokenized article to candidate mentions.

They work on ``Tokens``, a light view of the spaCy Doc built once per article (text,
lower case, offsets, capitalization, sentence starts, line breaks), so each rule is a
few list look-ups per token. A finder never raises: a pattern that does not fit
produces nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, compress, count, pairwise, repeat
from operator import and_, contains, itemgetter, not_
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from factex.doc import text_of
from factex.intervals import Blocked
from factex.organizations import lexicon as lx
from factex.organizations import rules
from factex.organizations.normalize import acronym_fits, is_acronym, kind_of

# Adjectives that describe an organization without being part of its name.
DESCRIPTIVE_ADJECTIVES = frozenset(
    {"soviet", "european", "western", "eastern", "foreign", "domestic", "local", "state"}
)


@dataclass
class Candidate:
    """A mention some rule found: character span, rule, and what it says."""

    start: int
    end: int
    rule: str
    kind: str = "other"
    head: str | None = None
    acronym: str | None = None
    bare: str | None = None  # the name without a leading nationality kept in it
    known: lx.KnownOrg | None = None
    short: list[str] = field(default_factory=list)  # shorter names it may recur under


@dataclass
class Person:
    """A titled person: "Prime Minister Olaf Brandt" -> name "Olaf Brandt"."""

    start: int
    end: int
    name: str
    title: str


@dataclass
class Place:
    """A country, city or nationality adjective, with its canonical place name."""

    start: int
    end: int
    name: str
    rule: str
    tokens: tuple[int, int]  # its tokens [i, j): the span on the Doc without a look-up


@dataclass
class Tokens:
    """What the finders need of each token, as plain lists."""

    text: str
    words: list[str]
    lower: list[str]
    starts: list[int]
    ends: list[int]
    cap: list[bool]
    brk: list[bool]  # whitespace token (a line break or a run of spaces)
    sent: list[bool]  # starts a sentence
    n: int = 0
    people: list[Person] = field(default_factory=list)
    # Lower-cased word -> its token indices, for the words that can start a pattern
    # (``trigger_words``): each finder visits only its own words' tokens.
    index: dict[str, list[int]] = field(default_factory=dict)
    _people_ranges: tuple[int, Blocked] | None = field(default=None, repr=False)
    # Article-wide facts several finders ask for, computed once ("lower", "people").
    memo: dict[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_doc(cls, doc: Doc) -> Tokens:
        """Read the token attributes once."""
        # One array read instead of a Token object per token and attribute.
        text = text_of(doc)
        # numpy does the per-token arithmetic and comparison before the lists are made.
        cols = doc.to_array([IDX, LENGTH, SENT_START])
        starts = cols[:, 0].tolist()
        ends = (cols[:, 0] + cols[:, 1]).tolist()
        sent = (cols[:, 2] == 1).tolist()
        if sent:
            sent[0] = True
        # A comprehension slices without building a slice object per token.
        words = [text[s:e] for s, e in zip(starts, ends, strict=True)]
        # map() keeps each per-token step in C (a token is never empty).
        firsts = list(map(itemgetter(0), words))
        cap = list(map(str.isupper, firsts))
        _capitalize_numbered(text, words, firsts, cap)
        if _SHOUTING.search(text):
            _unshout_headlines(words, cap)
        _paragraph_starts(words, sent)
        lower = list(map(str.lower, words))
        return cls(
            text=text,
            words=words,
            lower=lower,
            starts=starts,
            ends=ends,
            cap=cap,
            brk=list(map(str.isspace, words)),
            sent=sent,
            n=len(words),
            index=_index(lower),
        )

    def at(self, table: frozenset[str] | dict[str, Any]) -> list[int]:
        """Indices (ascending) of the tokens whose lower-cased word is in ``table``, a
        subset of ``trigger_words()``."""
        # Both ways iterate over the article's few trigger words, never over the table
        # (``dict_keys & frozenset`` would walk the whole frozenset).
        if isinstance(table, dict):
            common = self.index.keys() & table.keys()
        else:
            common = table.intersection(self.index)
        hits = [self.index[w] for w in common]
        if len(hits) == 1:
            return hits[0]
        return sorted(chain.from_iterable(hits))

    def capitalized_at(self, table: frozenset[str] | dict[str, Any]) -> list[int]:
        """``at(table)`` without the lower-case tokens, dropped in C before the sort (a
        table of prefixes matches every "a", "in", "the")."""
        if isinstance(table, dict):
            common = self.index.keys() & table.keys()
        else:
            common = table.intersection(self.index)
        hits = list(chain.from_iterable([self.index[w] for w in common]))
        return sorted(compress(hits, map(self.cap.__getitem__, hits)))

    def overlaps_person(self, start: int, end: int) -> bool:
        """``[start, end)`` overlaps a titled person's name (a look-up in log time)."""
        if self._people_ranges is None or self._people_ranges[0] != len(self.people):
            ranges = Blocked((p.start, p.end) for p in self.people)
            self._people_ranges = (len(self.people), ranges)
        return self._people_ranges[1].overlaps(start, end)

    def chars(self, i: int, j: int) -> str:
        """The text of tokens [i, j)."""
        return self.text[self.starts[i] : self.ends[j - 1]] if j > i else ""

    def char_span(self, doc: Doc, start: int, end: int, label: str) -> Span | None:
        """``doc.char_span(start, end, label, alignment_mode="expand")`` from the token
        offsets already read, without a Token object per look-up (the tokens tile the
        text, each with its trailing space)."""
        if not (0 <= start < len(self.text) and 0 < end <= len(self.text)):
            return None
        i = bisect_right(self.starts, start) - 1
        if start == self.ends[i]:
            i += 1  # in the space after token i: the span starts at the next token
        return Span(doc, i, bisect_right(self.starts, end - 1), label=label)


# Three words in capitals in a row. Each pattern starts with a single character class
# (not a repeat), so the search skips ahead in C to the next place it can start.
_SHOUTING = re.compile(r"[A-Z][A-Z]+[ ,.'-]+[A-Z]{2,}[ ,.'-]+[A-Z]{2,}")
# "\b\d+[A-Za-z]"; the look-behind after the first digit is the word boundary.
_HAS_DIGIT_WORD = re.compile(r"\d(?<!\w\d)\d*[A-Za-z]")


def _unshout_headlines(words: list[str], cap: list[bool]) -> None:
    """A line in capitals ("EUROPEAN COMMUNITY TO SET UP OFFICE") says nothing about
    which words are names: its words count as lower case."""
    start = 0
    n = len(words)
    # The tokens holding a line break, found without a Python step per token.
    breaks = compress(count(), map(contains, words, repeat("\n")))
    for k in chain(breaks, (n,)):
        alpha = [w for w in words[start:k] if w[:1].isalpha()]
        if len(alpha) >= 3 and sum(map(str.isupper, alpha)) * 4 >= len(alpha) * 3:
            for m in range(start, k):
                cap[m] = False
        start = k + 1


def _paragraph_starts(words: list[str], sent: list[bool]) -> None:
    """The first word after a line break starts a sentence: spaCy's sentencizer splits
    at punctuation only, so a headline and the paragraph under it ("... deeper loss
    \n\nShares in UK Coal") read as one sentence, and "Shares" would look like a name."""
    for k in compress(count(1), map(contains, words, repeat("\n"))):
        if k < len(words):
            sent[k] = True


# ---------------------------------------------------------------- predicates


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
    return w not in lx.NOT_NAME_WORDS and (w[:1].isalpha() or _is_numbered_word(w))


def _header_word(t: Tokens, i: int) -> bool:
    """A long all-capitals word before a mixed-case name ("CORPORATES Sun ...")."""
    if len(t.words[i]) < 7 or not t.words[i].isupper() or i + 1 >= t.n:
        return False
    nxt = t.words[i + 1]
    return nxt[:1].isupper() and not nxt.isupper() and t.lower[i + 1] not in _head_table()


def _glued(word: str) -> bool:
    """A period followed by a lower-case letter inside a word."""
    return any(a == "." and b.islower() for a, b in pairwise(word))


def _is_numbered_word(w: str) -> bool:
    """ "1st", "3M": a digit-initial word with letters in it."""
    # ``isdigit`` first: a number ("1987") has no letter, and no per-character loop.
    return w[:1].isdigit() and not w.isdigit() and w.isalnum() and any(map(str.isalpha, w))


def _capitalize_numbered(text: str, words: list[str], firsts: list[str], cap: list[bool]) -> None:
    """ "1st", "3M": a digit-initial word with letters counts as capitalized, when the
    text has such a word by ``_HAS_DIGIT_WORD``. The regex scans every character; it
    runs only when some token would change."""
    numbered = [
        i
        for i in compress(count(), map(str.isdigit, firsts))
        if not cap[i] and _is_numbered_word(words[i])
    ]
    if numbered and _HAS_DIGIT_WORD.search(text):
        for i in numbered:
            cap[i] = True


@cache
def trigger_words() -> frozenset[str]:
    """Every lower-cased word at which some finder's pattern can start."""
    return frozenset().union(
        _head_table(),
        lx.TITLES,
        lx.place_or_demonym_starts(),
        lx.known_starts_lower(),
        lx.gazetteer_starts_lower(),
        lx.MINISTRY_WORDS,
        lx.SHARES_WORDS,
        _POSSESSIVE,
        _OPEN_PAREN,
        lx.PREFIX_LEGAL_FORMS,
        lx.PREFIX_HEADS,
        lx.INTRO_NOUNS,
        lx.EMPLOYEE_NOUNS,
        _SAID_BEFORE_NAME,
        _MEDIA_CUES,
        lx.SAY_VERBS,
        lx.ADDRESS_FORMS,
        _ACCORDING,
        _AMPERSAND,
        lx.ROLES_AFTER,
        lx.first_names(),
    )


def _index(lower: list[str]) -> dict[str, list[int]]:
    """Trigger word -> its token indices, in one pass over the tokens (the test runs
    in C; Python steps only on the few tokens that are trigger words)."""
    index: dict[str, list[int]] = {}
    for i in compress(count(), map(trigger_words().__contains__, lower)):
        index.setdefault(lower[i], []).append(i)
    return index


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
    if True in t.brk[i + 1 : stop]:
        stop = t.brk.index(True, i + 1, stop)  # a place never spans a line break
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
    """Tokens [i, j) are only places, nationality adjectives and hyphens."""
    k = i
    while k < j:
        if t.words[k] in "-–":
            k += 1
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


# ---------------------------------------------------------------- heads


@cache
def _head_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    heads = dict(lx.HEADS)
    for form in lx.LEGAL_FORMS:
        heads.setdefault(form, "company")
    for head in heads:
        words = tuple(head.split())
        table.setdefault(words[0], []).append((words, head))
    for seqs in table.values():
        seqs.sort(key=lambda s: len(s[0]), reverse=True)
    return table


def head_at(t: Tokens, i: int) -> tuple[int, str] | None:
    """The organization head starting at token i: (end token, head key)."""
    seqs = _head_table().get(t.lower[i])
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
    {"oy", "oyj", "ltd", "inc", "corp", "co", "cos", "plc", "llc", "gmbh"}
)


def _is_legal_form_token(t: Tokens, i: int) -> bool:
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
    while end + 1 < stop and (t.lower[end] in ("and", "&") or t.lower[end] in lx.CONNECTORS):
        nxt = end + 1
        if not is_name_word(t, nxt) or t.sent[nxt]:
            break
        after = nxt
        while after < stop and is_name_word(t, after) and not t.sent[after]:
            after += 1
        if t.lower[end] == "and" and (
            place_at(t, nxt, after) is not None or place_at(t, k, end) is not None
        ):
            break
        end = after
    return _comma_series(t, k, end, stop)


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


def _location_follows(t: Tokens, k: int) -> bool:
    """ ", N.J." / ", Calif." / ", England" after an "of X" complement: X is a town."""
    return (
        k + 1 < t.n
        and t.words[k] == ","
        and t.cap[k + 1]
        and not _is_legal_form_token(t, k + 1)
        and ("." in t.words[k + 1] or place_at(t, k + 1) is not None)
    )


def _titled(t: Tokens, k: int) -> bool:
    """Token k is a title before a person's name ("Bank of Japan Governor Haruo ...")."""
    return t.lower[k] in lx.TITLES and k + 1 < t.n and is_name_word(t, k + 1)


def legal_suffix(t: Tokens, j: int) -> int:
    """Past a legal form after a name ("Uralmash OJSC", "Apple, Inc.")."""
    if j < t.n and _is_legal_form_token(t, j):
        return j + 1
    if j + 1 < t.n and t.words[j] == "," and _is_legal_form_token(t, j + 1):
        return j + 2
    return j


def name_start_left(t: Tokens, i: int) -> int:
    """Walk left from token i over capitalized name words, connectors and hyphens,
    never across a line break or the start of a sentence."""
    k = i
    while k > 0 and not t.sent[k] and i - k < lx.MAX_NAME_TOKENS:
        p = k - 1
        if _is_legal_form_token(t, p):
            break  # "... Sachs & Co. Hertz Corp.": the end of another name
        if is_name_word(t, p) and t.lower[p] not in lx.TITLES:
            if t.sent[p] and t.lower[p] in lx.INTRO_NOUNS and t.lower[p] not in lx.HEADS:
                break  # "Carmaker Stellar Motors": a description opens the sentence
            if t.sent[p] and t.lower[p] in _LEADING_DESCRIPTIONS:
                break  # "Senior WorldCom executives", "Past Congressional Budget Office"
            k = p
        elif (
            (t.lower[p] in lx.CONNECTORS or t.words[p] in "-–")
            and p > 0
            and not t.sent[p]
            and is_name_word(t, p - 1)
            and not t.brk[p]
            and (t.words[p] in "-–&" or t.lower[p - 1] in lx.HEADS)
        ):
            k = p - 1
        else:
            break
    return k


def find_heads(t: Tokens) -> list[Candidate]:
    """Names ending in an organization head or legal form (rules HEAD, HEAD_OF,
    STANDALONE, FACILITY)."""
    out: list[Candidate] = []
    free = 0  # tokens before this are inside the last head found
    for i in t.at(_head_table()):
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
    if key in lx.LEGAL_FORMS and not _is_legal_form_token(t, i):
        return None
    # The name goes on after the head ("Bank Leumi", "Holding Company"): not its end.
    if (
        j < t.n
        and is_name_word(t, j)
        and not t.sent[j]
        and not _is_legal_form_token(t, j)
        and t.lower[j] not in lx.TITLES
    ):
        return None
    if j < t.n and t.lower[j] in lx.HEAD_MODIFIED_BY:
        return None
    if j < t.n and f"{t.lower[j - 1]} {t.lower[j]}" in lx.TITLE_COMPOUNDS:
        return None  # "White House Press Secretary": a title
    end = of_complement(t, j) if head_cap and key in lx.OF_HEADS else j
    if end > j and name_start_left(t, i) < i and _location_follows(t, end):
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
            if t.lower[p].isalpha() and t.words[p].islower() and t.lower[p] not in _STOP:
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
        has_legal
        and start >= 2
        and t.words[start - 1] in ("'s", "’s")
        and not t.sent[start - 1]
        and is_name_word(t, start - 2)
        and place_at(t, start - 2, start - 1) is None
    ):
        start = name_start_left(t, start - 2)  # "Moody's Investors Service Inc."
    if head_cap and left - start == 1 and _joins_with_and(t, start):
        start = name_start_left(t, start - 2)  # "Valley Federal Savings and Loan Association"
    if start > 0 and t.lower[start - 1] in lx.GENERIC_DETERMINERS:
        return None
    if lowercase and start > 0 and t.lower[start - 1] in lx.OWNER_DETERMINERS:
        return None  # "its Midland nuclear plant": an owned facility
    if any(t.brk[k] for k in range(start, end)):
        return None
    if any(t.lower[k] in lx.NOT_ORG_HEADS for k in range(start, end)):
        return None
    name_words = left - start  # capitalized words before the head (and modifiers)
    if name_words == 1 and _media_head(key) and t.lower[start] in lx.first_names():
        return None  # "Jim Press", "Tom Post": a person's name
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
        elif key in lx.STANDALONE_HEADS or _after_country_possessive(t, start):
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


def _said_of(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) are said of a person: after "said"/"says", or before ", <title>"."""
    if i > 0 and t.lower[i - 1] in _SAID_BEFORE_NAME:
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


def _joins_with_and(t: Tokens, k: int) -> bool:
    """Token k-1 is "and" between two name words, the left one not a place."""
    return (
        k >= 2
        and t.lower[k - 1] in ("and", "&")
        and is_name_word(t, k - 2)
        and not t.sent[k - 1]
        and place_at(t, k - 2, k - 1) is None
        and demonym_at(t, k - 2) is None
        and head_at(t, k - 2) is None
        and place_at(t, k, k + 1) is None
        and (t.lower[k - 2] in lx.CONJOINABLE_WORDS or t.lower[k] in lx.CONJOINABLE_WORDS)
    )


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
        if t.words[end - 1] not in ",.":
            stages.append(t.chars(i, end))  # "Poughkeepsie Savings", then "Poughkeepsie"
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


_STOP = lx.NOT_NAME_WORDS | lx.GENERIC_DETERMINERS | {"is", "was", "are", "were", "be", "'s"}


# ---------------------------------------------------------------- other rules


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
        end = _cap_run(t, k)
        while end + 1 < t.n and t.lower[end] in _PREFIX_CONNECTORS and is_name_word(t, end + 1):
            end = _cap_run(t, end + 1)
        if end > k and not is_place_words(t, k, end):
            short = (
                [t.chars(k, end)] if end - k > 1 or t.lower[k] not in lx.GENERIC_NAME_WORDS else []
            )
            out.append(
                Candidate(t.starts[i], t.ends[end - 1], rules.PREFIX_HEAD, kind, short=short)
            )
    return out


def _cap_run(t: Tokens, k: int) -> int:
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
        ):
            end += 2
        else:
            break
    return end


def _plausible_name(t: Tokens, i: int, j: int) -> bool:
    """Not a place, a nationality, a person's title, a month or a document."""
    if j <= i or j - i > 6:
        return False
    if is_place_words(t, i, j) or t.chars(i, j).lower() in lx.regions():
        return False  # "the Florida company": where it is, not its name
    if t.chars(i, j).lower() in lx.CONTINENTS or _compass_region(t, i, j):
        return False  # "Asia's listed firms", "the South Yorkshire company"
    if any(t.lower[k] in lx.TITLES or t.lower[k] in lx.NOT_ORG_HEADS for k in range(i, j)):
        return False
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


def find_intro(t: Tokens) -> list[Candidate]:
    """Names introduced by a noun: "industrial enterprise Polimer" (INTRO_BEFORE) and
    "the Uralmash holding company" (INTRO_AFTER)."""
    out = []
    for i in t.at(lx.INTRO_NOUNS):
        kind = lx.INTRO_NOUNS.get(t.lower[i])
        if kind is None or not t.words[i].islower():
            continue
        if t.lower[i] in lx.INTRO_NEEDS_NOUN and (
            i + 1 >= t.n or t.lower[i + 1] not in lx.INTRO_NOUNS
        ):
            continue
        # "enterprise Polimer": the name right after the noun.
        k = i + 1
        if k < t.n and is_name_word(t, k) and not t.sent[k]:
            end = _cap_run(t, k)
            next_is_head = end < t.n and head_at(t, end) is not None
            if not next_is_head and _plausible_name(t, k, end):
                short = short_names(t, k, end)
                cand = Candidate(
                    t.starts[k], t.ends[end - 1], rules.INTRO_BEFORE, kind, short=short
                )
                out.append(cand)
        # "the Uralmash holding company": the name right before the noun(s).
        if t.lower[i] in lx.INTRO_BEFORE_ONLY:
            continue
        j = i
        if (
            j > 0
            and t.words[j - 1].islower()
            and (t.lower[j - 1] in lx.INTRO_NOUNS or t.lower[j - 1] in lx.INTRO_COMPOUND_FIRST)
        ):
            j -= 1
        if j == 0 or not is_name_word(t, j - 1) or t.sent[j]:
            continue
        start = name_start_left(t, j - 1)
        core = strip_nationality(t, start, j)
        if start > 0 and t.lower[start - 1] in lx.GENERIC_DETERMINERS:
            continue
        if j - core == 1 and t.sent[core] and j == i:
            continue  # "Customers holding ...": a sentence's first word alone
        if core < j and _plausible_name(t, core, j) and head_at(t, j - 1) is None:
            out.append(Candidate(t.starts[core], t.ends[j - 1], rules.INTRO_AFTER, kind))
    return out


def find_employers(t: Tokens) -> list[Candidate]:
    """ "an analyst with Dean Witter Reynolds", "a spokesman at Acme": the employer
    (rule EMPLOYER); also after the person's name, when a role noun or a verb of
    saying puts the name there: "analyst Mike Powell of Acme", "said Ann Lee at Acme"."""
    out = []
    for i in t.at(lx.EMPLOYEE_NOUNS):
        if i >= t.n - 2:
            break
        prep = t.lower[i + 1]
        if prep not in lx.EMPLOYER_PREPOSITIONS and not (
            prep == "for" and t.lower[i] in lx.SPEAKS_FOR
        ):
            if t.words[i].islower():
                out += _employer_after_person(t, i + 1)
            continue
        k = i + 2
        if t.lower[k] == "the":
            k += 1
        end = _cap_run(t, k)
        if end > k and _plausible_name(t, k, end) and not _location_follows(t, end):
            out.append(Candidate(t.starts[k], t.ends[end - 1], rules.EMPLOYER, "company"))
    for i in t.at(_SAID_BEFORE_NAME):
        if t.words[i].islower():
            out += _employer_after_person(t, i + 1)
    return out


# Verbs of saying before the speaker's name ("..., said Ann Lee at Acme").
_SAID_BEFORE_NAME = frozenset({"said", "says"})


def _employer_after_person(t: Tokens, k: int) -> list[Candidate]:
    """ "Mike Powell of Dresdner Kleinwort": a person's name of two to four words from
    token k (no organization's head in it), then "of"/"at"/"with" and the employer."""
    end = _cap_run(t, k)
    words = sum(1 for m in range(k, end) if t.words[m] not in "-&")
    if not 2 <= words <= 4 or end + 1 >= t.n or t.lower[end] not in _AFTER_PERSON:
        return []
    if any(head_at(t, m) is not None or t.lower[m] in lx.TITLES for m in range(k, end)):
        return []  # "analyst Bank of America": the employer itself, not a person
    if is_place_words(t, k, end):
        return []
    m = end + 1
    if t.lower[m] == "the":
        m += 1
    stop = _cap_run(t, m)
    if stop > m and _plausible_name(t, m, stop) and not _location_follows(t, stop):
        return [Candidate(t.starts[m], t.ends[stop - 1], rules.EMPLOYER, "company")]
    return []


_AFTER_PERSON = frozenset({"of", "at", "with"})


# The lower-cased words at which a ``find_media`` rule can fire.
_MEDIA_CUES = lx.REPORT_VERBS | lx.CITE_WORDS | {"by"}


def find_media(t: Tokens) -> list[Candidate]:
    """News sources: "X reports, citing Y", ", X reported", and "By X" bylines."""
    out = []
    for i in t.at(_MEDIA_CUES):
        w = t.lower[i]
        if w in lx.REPORT_VERBS and i > 0 and is_name_word(t, i - 1) and _attribution(t, i + 1):
            start = name_start_left(t, i - 1)
            if i - start == 1 and _plausible_name(t, start, i):
                out.append(Candidate(t.starts[start], t.ends[i - 1], rules.MEDIA_REPORTS, "media"))
        elif w in lx.CITE_WORDS:
            k = i + 1
            if k < t.n and t.lower[k] == "the":
                k += 1
            end = _cap_run(t, k)
            if (
                end > k
                and _plausible_name(t, k, end)
                and end - k == 1
                and head_at(t, end - 1) is None
            ):
                out.append(Candidate(t.starts[k], t.ends[end - 1], rules.MEDIA_CITING, "media"))
        elif t.words[i] == "By" and _line_start_or_header(t, i):
            end = _cap_run(t, i + 1)
            line_ends = end >= t.n or t.brk[end]
            if end == i + 2 and line_ends and _plausible_name(t, i + 1, end):
                out.append(Candidate(t.starts[i + 1], t.ends[end - 1], rules.MEDIA_BYLINE, "media"))
    return out


def _attribution(t: Tokens, k: int) -> bool:
    """After "X reports": the clause ends or a source follows (", citing ...")."""
    if k >= t.n or t.brk[k] or t.words[k] in (".", ";"):
        return True
    return t.words[k] == "," and (k + 1 >= t.n or t.lower[k + 1] in lx.CITE_WORDS)


def _line_start_or_header(t: Tokens, i: int) -> bool:
    """Token i opens a line, or sits in the article's first line (a dateline)."""
    if i == 0 or t.brk[i - 1]:
        return True
    return not any(t.brk[k] and "\n" in t.words[k] for k in range(0, i)) and i < 12


_OPEN_PAREN = frozenset({"("})


def find_acronyms(t: Tokens, found: list[Candidate]) -> list[Candidate]:
    """ "Full Name (FN)": attach FN to the candidate ending before the parenthesis, or
    make Full Name an organization when FN spells it (rule ACRONYM)."""
    out = []
    by_end: dict[int, list[Candidate]] = {}
    for c in found:
        by_end.setdefault(c.end, []).append(c)
    for i in t.at(_OPEN_PAREN):
        if not 1 <= i < t.n - 2 or t.words[i + 2] != ")" or not is_acronym(t.words[i + 1]):
            continue
        acronym = t.words[i + 1]
        before = t.ends[i - 1]
        if before in by_end:
            for c in by_end[before]:  # every rule's name there: any of them may be chosen
                c.acronym = c.acronym or acronym
            continue
        start = name_start_left(t, i - 1)
        if not is_name_word(t, i - 1) or i - start < 2:
            continue
        core = strip_nationality(t, start, i)
        name = t.chars(core, i)
        if core < i and _plausible_name(t, core, i) and acronym_fits(acronym, name):
            out.append(Candidate(t.starts[core], t.ends[i - 1], rules.ACRONYM, acronym=acronym))
    return out


# ---------------------------------------------------------------- people and places


def find_people(t: Tokens) -> list[Person]:
    """Titled names: "Prime Minister Olaf Brandt", "Chairman Peter Novak",
    "his counterpart, Aziz Karimov", "Mr. Smith"."""
    out: list[Person] = []
    free = 0  # tokens before this are inside the last name found or its title
    for i in t.at(lx.TITLES):
        if i < free or not (t.cap[i] or t.lower[i] == "counterpart"):
            continue
        start = i
        while start > 0 and not t.sent[start] and t.lower[start - 1] in lx.TITLE_MODIFIERS:
            if not t.cap[start - 1]:
                break
            start -= 1
        j = i + 1
        while j < t.n and t.lower[j] in lx.TITLES and t.cap[j] and not t.sent[j]:
            j += 1
        title_end = of_complement(t, j)
        k = title_end
        comma = k < t.n and t.words[k] == ","
        if comma:
            k += 1
        end = k
        while (
            end < t.n
            and not t.sent[end]
            and (
                (is_name_word(t, end) and t.lower[end] not in lx.TITLES)
                or (t.lower[end] in lx.NAME_PARTICLES and end > k and is_name_word(t, end + 1))
            )
        ):
            end += 1
        if end == k and not comma and title_end - j >= 4:
            # "Minister of Economy Sara Lind": the complement took the name; keep the
            # complement's first word, the rest is the name.
            title_end, k = j + 2, j + 2
        words = end - k
        ok = words >= (2 if comma else 1) and words <= 4
        if ok and end < t.n and head_at(t, end) is not None and t.cap[end]:
            ok = False  # "President Hotel Group" names an organization
        if ok and (is_place_words(t, k, end) or head_at(t, end - 1) is not None):
            ok = False
        if ok:
            title = " ".join(t.words[start:title_end])
            out.append(Person(t.starts[start], t.ends[end - 1], t.chars(k, end), title))
            free = end
        else:
            free = j
    return out


def _inside_name(t: Tokens, i: int) -> bool:
    """Token i follows a capitalized word that is not itself a place."""
    return (
        i > 0
        and not t.sent[i]
        and is_name_word(t, i - 1)
        and demonym_at(t, i - 1) is None
        and place_at(t, i - 1, i) is None
    )


def find_places(t: Tokens) -> list[Place]:
    """Countries, capitals, major cities and nationality adjectives."""
    out: list[Place] = []
    free = 0  # tokens before this are inside the last place found
    for i in t.capitalized_at(lx.place_or_demonym_starts()):
        if i < free:
            continue
        hit = place_at(t, i)
        if hit is not None and hit[2] == "city" and _inside_name(t, i):
            hit = None  # "Morgan Stanley", "Alex Henderson": part of a name
        if hit is not None:
            j, name, kind = hit
            rule = rules.PLACE_COUNTRY if kind == "country" else rules.PLACE_CITY
            out.append(Place(t.starts[i], t.ends[j - 1], name, rule, (i, j)))
            free = j
            continue
        dem = demonym_at(t, i)
        if dem is not None:
            end = dem[0]
            out.append(Place(t.starts[i], t.ends[end - 1], dem[1], rules.PLACE_DEMONYM, (i, end)))
            free = end
    return out


# ---------------------------------------------------------------- gazetteer


def find_gazetteer(t: Tokens) -> list[Candidate]:
    """Names of the gazetteer where the text agrees (rule GAZETTEER): capitalized, not
    part of a longer capitalized name, not a person's or a place's name, not a stock
    index; a name that is also an ordinary word ("Apple", "Shell") not at a sentence's
    start and not after "a"/"an" ("a Shell station" is still the company, "a shell" is
    lower case anyway; "Shell" opening a sentence may be the word)."""
    gaz = lx.gazetteer()
    out = []
    free = 0  # tokens before this are inside the last name found
    for i in t.capitalized_at(lx.gazetteer_starts_lower()):
        if i < free or t.words[i] not in gaz.starts or hyphen_joined(t, i):
            continue
        for j in range(min(t.n, i + gaz.starts[t.words[i]]), i, -1):
            form = t.chars(i, j)
            org = gaz.exact.get(form)
            if org is None or any(t.brk[k] for k in range(i, j)):
                continue
            end = legal_suffix(t, j)  # "... and Space Co.": the legal form is the name's
            if _gazetteer_agrees(t, i, end, form in gaz.common and end == j):
                out.append(
                    Candidate(t.starts[i], t.ends[end - 1], rules.GAZETTEER, org.kind, known=org)
                )
                free = end
            break
    return out


def hyphen_joined(t: Tokens, i: int) -> bool:
    """Token i ends a hyphenated name ("ITAR-Tass"): not a name's start ("non-OECD" is,
    after a lower-case prefix)."""
    return (
        i > 1
        and t.words[i - 1] in "-–"
        and t.ends[i - 1] == t.starts[i]
        and t.words[i - 2][:1].isupper()
    )


def _gazetteer_agrees(t: Tokens, i: int, j: int, common: bool) -> bool:
    if (
        i > 0
        and not t.sent[i]
        and is_name_word(t, i - 1)
        and not _is_legal_form_token(t, i - 1)
        and not (t.sent[i - 1] and t.lower[i - 1] in lx.INTRO_NOUNS)  # "Miners Rio Tinto"
    ):
        return False  # "Harrison Ford", "Gulf Air": part of a longer name
    if j < t.n and not t.sent[j] and is_name_word(t, j) and not any(map(str.isdigit, t.words[j])):
        return False  # "Apple Records", "Shell Oil Co." (a head rule finds the whole name)
    if j < t.n and t.words[j] in "-–&" and j + 1 < t.n and is_name_word(t, j + 1):
        return False  # "Rolls-Royce", "Marks & Spencer" when only the first is listed
    if _location_follows(t, j):
        return False  # "The Avon, Conn., company": a town
    if common and i > 0 and t.lower[i - 1] in ("a", "an"):
        return False
    if common and t.sent[i] and not (j < t.n and t.lower[j] in lx.AGENT_VERBS):
        return False  # "Shell said" is the company; "Shell companies ..." need not be
    if t.overlaps_person(t.starts[i], t.ends[j - 1]):
        return False
    hit = place_at(t, i)
    if hit is not None and hit[0] >= j and (hit[2] != "city" or _used_as_place(t, i, j)):
        return False  # a country; a city the text uses as one ("in Toyota")
    return not is_stock_index(t, i, j)


_LOCATIVES = frozenset({"in", "at", "from", "near", "to", "into", "outside", "around"})


def _used_as_place(t: Tokens, i: int, j: int) -> bool:
    """A name that is also a city stands for the city here: after a locative
    preposition, or before ", <place>"."""
    if i > 0 and t.lower[i - 1] in _LOCATIVES:
        return True
    return j + 1 < t.n and t.words[j] == "," and place_at(t, j + 1) is not None


def is_stock_index(t: Tokens, i: int, j: int) -> bool:
    """Tokens [i, j) name a stock index: "Dow Jones industrial average", "FTSE 100",
    "the Nikkei fell", "Nasdaq Composite"."""
    for end in range(min(t.n, j + 2), j - 1, -1):
        if t.chars(i, end).lower() in lx.STOCK_INDICES:
            return True
    if t.chars(i, j).lower() not in lx.INDEX_SHORT_NAMES:
        return False
    return j < t.n and (t.lower[j] in lx.INDEX_WORDS or t.lower[j] in lx.INDEX_VERBS)


def not_stock_indices(t: Tokens, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without the stock indices, whichever rule found them."""
    out = []
    for c in cands:
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        if not (0 <= i < j and is_stock_index(t, i, j)):
            out.append(c)
    return out


# ---------------------------------------------------------------- government bodies


def find_gov_bodies(t: Tokens) -> list[Candidate]:
    """ "China's commerce ministry", "the South Korean finance ministry", "the Finance
    Ministry" (rule GOV_BODY): one organization per portfolio and country, named
    "<Country> <Portfolio> Ministry"; a ministry named without its country takes the one
    the article gave it elsewhere, when it gave one."""
    found: list[tuple[int, int, str, str | None]] = []  # start, end token, portfolio, country
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
        portfolio, country = t.lower[k].capitalize(), None
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
        name = f"{country} {portfolio} Ministry" if country else f"{portfolio} Ministry"
        org = lx.KnownOrg(name, "government", None, ())
        out.append(
            Candidate(t.starts[start], t.ends[end - 1], rules.GOV_BODY, "government", known=org)
        )
    return out


# ---------------------------------------------------------------- context rules

_POSSESSIVE = frozenset({"'s", "’s"})


def find_context(t: Tokens) -> list[Candidate]:
    """Names that only an organization's context makes one (rule CONTEXT): "shares of
    Fiat", "Fiat's chief executive", "Fiat (NYSE: FCAU)"."""
    out = []
    for i in t.at(lx.SHARES_WORDS):
        lower_case = t.words[i].islower() or t.sent[i]
        if i + 2 < t.n and t.lower[i + 1] in ("of", "in") and lower_case:
            k = i + 2
            end = _cap_run(t, k)
            if end > k and _plausible_name(t, k, end) and not _continues_name(t, end):
                out.append(Candidate(t.starts[k], t.ends[end - 1], rules.CONTEXT, "company"))
    people: set[str] | None = None
    for i in t.at(_POSSESSIVE):
        if i > 0 and i + 1 < t.n and _country_acronym(t, i):
            out.append(Candidate(t.starts[i + 1], t.ends[i + 1], rules.CONTEXT, "other"))
            continue
        if i == 0 or not is_name_word(t, i - 1) or not _company_possession(t, i + 1):
            continue
        start = name_start_left(t, i - 1)
        if t.sent[start] and i - start == 1 and t.lower[start] in lx.NOT_NAME_WORDS:
            continue
        if people is None:
            people = person_words(t)
        if (
            _plausible_name(t, start, i)
            and demonym_at(t, start) is None
            and not personal(t, start, i, people)
        ):
            out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    for i in t.at(_OPEN_PAREN):
        if (
            i > 0
            and i + 3 < t.n
            and t.lower[i + 1] in lx.EXCHANGE_TAGS
            and t.words[i + 2] == ":"
            and is_name_word(t, i - 1)
        ):
            start = name_start_left(t, i - 1)
            if _plausible_name(t, start, i):
                out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    return out


def _country_acronym(t: Tokens, i: int) -> bool:
    """ "the UK's CBI", "Britain's FSA": an acronym a country owns (token i is the "'s")
    is one of its bodies or firms, unless it is a measure or a common abbreviation
    ("China's GDP", "Japan's IPO market") or a currency."""
    from factex.money import lexicon as money

    w = t.words[i + 1]
    if not (is_acronym(w) and w.isalpha() and 2 <= len(w) <= 6):
        return False
    if w.lower() in lx.NOT_ORG_ACRONYMS or w in money.ISO_CODES:
        return False
    if i + 2 < t.n and (is_name_word(t, i + 2) or t.words[i + 2] in "-&"):
        return False  # "Japan's NEC Corp": a longer name, the other rules' to read
    first = name_start_left(t, i - 1) if is_name_word(t, i - 1) else i - 1
    hit = place_at(t, first, i)
    return hit is not None and hit[0] == i and hit[2] == "country"


def _continues_name(t: Tokens, end: int) -> bool:
    """A name goes on past ``end`` in a way a capitalized run does not show."""
    return end < t.n and t.words[end] in "-&"


def _company_possession(t: Tokens, k: int) -> bool:
    """Tokens from k say what only an organization has ("chief executive", "shares")."""
    if k >= t.n:
        return False
    two = " ".join(t.lower[k : k + 2])
    three = " ".join(t.lower[k : k + 3])
    return (
        t.lower[k] in lx.COMPANY_POSSESSIONS
        or two in lx.COMPANY_POSSESSIONS
        or (three in lx.COMPANY_POSSESSIONS)
    )


def find_coordinated(t: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """A name joined by "and"/"or" to a company already found ("Toyota and Zentrix",
    "Zentrix or Airbus"): a company too (rule COORDINATED). The name is one to three
    capitalized words, not a place, person, title or a sentence's first word alone."""
    out = []
    for c in chosen:
        # A listed or context-found company only: a cue rule's name next to "and" may be
        # one half of a name it cut there ("Purvin and Gertz", "Cable and Wireless").
        if c.kind != "company" or c.rule not in (rules.GAZETTEER, rules.KNOWN, rules.CONTEXT):
            continue
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        if j + 1 < t.n and t.lower[j] in ("and", "or") and is_name_word(t, j + 1):
            k = j + 1
            end = _cap_run(t, k)
            # "Brown and Williamson": X may open a name that goes on with "and".
            joined = end + 1 < t.n and t.lower[end] in ("and", "&") and is_name_word(t, end + 1)
            if (
                end - k <= 3
                and not joined
                and not (end < t.n and t.words[end] in "-&")
                and _coordinable(t, k, end)
            ):
                out.append(Candidate(t.starts[k], t.ends[end - 1], rules.COORDINATED, "company"))
        if i >= 2 and t.lower[i - 1] in ("and", "or") and is_name_word(t, i - 2):
            start = name_start_left(t, i - 2)
            if i - 1 - start <= 3 and _coordinable(t, start, i - 1):
                out.append(Candidate(t.starts[start], t.ends[i - 2], rules.COORDINATED, "company"))
    out += _listed_with(t, chosen)
    return out


def _listed_with(t: Tokens, chosen: list[Candidate]) -> list[Candidate]:
    """The other names of an enumeration "A, B, C and D" (commas and one final "and"
    or "or") of which one is a company or outlet the rules found: companies too ("Among
    the accused were Altria Group, Lorillard Tobacco and Liggett Group")."""
    out = []
    people: set[str] | None = None
    done: set[int] = set()  # first tokens of the lists already read
    for c in chosen:
        if c.kind not in ("company", "media") or c.rule == rules.MODEL:
            continue
        i = bisect_right(t.starts, c.start) - 1
        j = bisect_right(t.starts, c.end - 1)
        items = _list_around(t, i, j)
        if items is None or items[0][0] in done:
            continue
        done.add(items[0][0])
        if people is None:
            people = person_words(t)
        for a, b in items:
            if (
                (a, b) != (i, j)
                and b - a <= 4
                and _coordinable(t, a, b)
                and not personal(t, a, b, people)
            ):
                out.append(Candidate(t.starts[a], t.ends[b - 1], rules.COORDINATED, "company"))
    return out


def _list_around(t: Tokens, i: int, j: int) -> list[tuple[int, int]] | None:
    """The items (token ranges) of the enumeration holding tokens [i, j), or None when
    they stand in none: items joined by commas and one final "and"/"or", at least three
    and one comma; an item is capitalized words after an optional "the"."""
    items = [(i, j)]
    conj = commas = 0
    p = j  # rightwards, up to the final conjunction's item
    while p + 1 < t.n and not conj:
        q = p + 1
        comma = t.words[p] == ","
        if comma and t.lower[q] in ("and", "or"):
            q, conj = q + 1, 1
        elif t.lower[p] in ("and", "or"):
            conj = 1
        elif not comma:
            break
        if q < t.n and t.lower[q] == "the":
            q += 1
        if q >= t.n or not is_name_word(t, q) or t.sent[q]:
            return None  # "Fiat, which ...", "Fiat, the carmaker": no enumeration
        end = _cap_run(t, q)
        if conj and end + 1 < t.n and t.lower[end] in ("and", "&") and is_name_word(t, end + 1):
            end = _cap_run(t, end + 1)  # "..., Liggett Group and Brown and Williamson"
        items.append((q, end))
        commas += comma
        p = end
    p = i - 2 if i > 1 and t.lower[i - 1] == "the" else i - 1
    while p > 1:  # leftwards, over the items before
        b = p
        if t.lower[p] in ("and", "or") and not conj:
            conj = 1
            b = p - 1 if t.words[p - 1] == "," else p  # "A, B, and C"
        elif t.words[p] != ",":
            break
        if not is_name_word(t, b - 1):
            break
        a = name_start_left(t, b - 1)
        before = a - 2 if a > 0 and t.lower[a - 1] == "the" else a - 1
        if t.sent[p] or (before >= 0 and t.lower[before] in lx.CONNECTORS):
            break  # "the News of the World, ...": the item's start is unknown
        items.insert(0, (a, b))
        commas += t.words[b] == ","
        p = before
    if not conj or not commas or len(items) < 3:
        return None
    nxt = items[-1][1]
    if nxt < t.n and t.words[nxt].isalpha() and not _closes_list(t.lower[nxt]):
        return None  # "..., the House Energy and Commerce subcommittee": modifiers
    return items


# Auxiliaries after an enumeration that is a subject ("A, B and C have announced").
_AUXILIARIES = frozenset(
    {"have", "has", "had", "are", "is", "were", "was", "will", "would", "could", "can"}
    | {"may", "might", "should", "must", "do", "does", "did"}
)


def _closes_list(word: str) -> bool:
    """A word that may follow an enumeration of names: a function word or a verb."""
    return (
        word in lx.NOT_NAME_WORDS
        or word in _AUXILIARIES
        or word in lx.SAY_VERBS
        or word in lx.AGENT_VERBS
    )


def _coordinable(t: Tokens, i: int, j: int) -> bool:
    if j <= i or (j - i == 1 and t.sent[i]) or demonym_at(t, i) is not None:
        return False
    if not all(ch.isalnum() or ch in ".'&-" for k in range(i, j) for ch in t.words[k]):
        return False  # "C$": a currency sign
    if t.overlaps_person(t.starts[i], t.ends[j - 1]):
        return False
    if i > 0 and t.words[i - 1] in _POSSESSIVE:
        return False  # "Microsoft's X-Box and Nintendo": what a company owns
    return _plausible_name(t, i, j) and head_at(t, j - 1) is None


# ---------------------------------------------------------------- speakers and "&"

_ACCORDING = frozenset({"according"})
_AMPERSAND = frozenset({"&"})
# "Jane Porter, 45, said": a name followed by an age is a person's.
_AGED = re.compile(r"([A-Z][\w'’-]+),\s+\d{1,3},")


def lower_words(t: Tokens) -> frozenset[str]:
    """The words the article writes in lower case somewhere ("analysts", "shares")."""
    if "lower" not in t.memo:
        t.memo["lower"] = frozenset(filter(str.islower, t.words))
    return t.memo["lower"]


def person_words(t: Tokens) -> set[str]:
    """Surnames the article gives people: titled names' last words, "Mr X", "X, 45,",
    a given name's next word ("Charles Keating")."""
    if "people" not in t.memo:
        t.memo["people"] = _person_words(t)
    return t.memo["people"]


def _person_words(t: Tokens) -> set[str]:
    out = {p.name.split()[-1] for p in t.people if p.name.split()}
    for i in t.at(lx.ADDRESS_FORMS):
        if t.cap[i] and i + 1 < t.n and t.cap[i + 1]:
            k = i + 2 if t.words[i + 1] == "." and i + 2 < t.n else i + 1
            end = _cap_run(t, k)
            if end > k:
                out.add(t.words[end - 1])
    for i in t.at(lx.first_names()):
        k = i + 1
        if (
            t.cap[i]
            and k < t.n
            and is_name_word(t, k)
            and not (k + 1 < t.n and is_name_word(t, k + 1))
            and head_at(t, k) is None
            and not _is_legal_form_token(t, k)
            and place_at(t, k) is None
        ):
            out.add(t.words[k])  # "Charles Keating": a given name and a surname
    for m in _AGED.finditer(t.text):
        out.add(m.group(1))
        out.update(m.group(1).split("-"))  # "Har-Shefi, 22,": the tokens "Har", "Shefi"
    return out


def _speaker_run(t: Tokens, i: int, j: int, lower: frozenset[str], people: set[str]) -> bool:
    """Tokens [i, j), subject of a verb of saying or after "according to", name an
    organization: no person's name, place, title or common word, and one word only as
    an acronym ("OPEC said"); a multi-word name not opened by a given name."""
    if j <= i or j - i > 5 or not _plausible_name(t, i, j):
        return False
    core = strip_nationality(t, i, j)
    if core > i:  # "U.S. Officials said": what follows the place must stand alone
        return (j - core > 1 or is_acronym(t.words[core])) and _speaker_run(
            t, core, j, lower, people
        )
    words = t.words[i:j]
    if personal(t, i, j, people) or demonym_at(t, i) is not None:
        return False
    if demonym_at(t, j - 1) is not None or t.lower[j - 1] in lx.PARTY_MEMBERS:
        return False  # "the Arab American said", "the California Republican said"
    if any(t.lower[k] in lx.first_names() and t.cap[k + 1] for k in range(i + 1, j - 1)):
        return False  # "Chief Superintendent Al McHugh said": a name inside
    if j - i == 1:
        w = words[0]
        if w.lower() in lx.places() or w.lower() in lower:
            return False
        if is_acronym(w):
            return 2 <= len(w) <= 6 and w.isalpha()
        return _lone_name(t, i)
    if t.lower[i] in lx.first_names() or t.lower[i] in lower:
        return False  # "Alan Greenspan", "Analysts Smith": a person or a common word
    if all(t.lower[k] in lower or t.lower[k] in lx.CONNECTORS for k in range(i, j)):
        return False
    return not any(w.isupper() and len(w) == 1 for w in words[-1:])


def _lone_name(t: Tokens, i: int) -> bool:
    """A one-word speaker ("Turkcell said") names an organization when the article
    never writes the word after another name word (a surname follows a given name
    somewhere: "Chittabrata Majumdar ... Majumdar said"), it is no given name, region,
    head, title or other word a name is not made of, and, opening a sentence, the
    article also writes it capitalized inside one ("Police said" is a common noun)."""
    w, low = t.words[i], t.lower[i]
    if (
        len(w) < 3
        or not w.isalpha()
        or not w[1:].islower()
        or low in lx.first_names()
        or low in lx.regions()
        or low in lx.HEADS
        or low in lx.GENERIC_NAME_WORDS
        or low in lx.TITLES
        or low in lx.PARTY_MEMBERS
        or low in lx.CONTINENTS
    ):
        return False
    if i > 0 and (t.lower[i - 1] in _LOCATIVES or t.lower[i - 1] in lx.NAME_PARTICLES):
        return False  # "traders in Asia said", "Philippe de Cholet ... de Cholet said"
    nxt = t.words[i + 1] if i + 1 < t.n else ""
    if nxt.isalpha() and nxt.islower() and nxt not in lx.SAY_VERBS:
        return False  # "according to the Lundberg survey": a modifier
    if i > 0 and t.words[i - 1] in _QUOTES:
        return False  # '... is improving," Benderley said': a quote is a person's
    after, before, inside = _name_word_contexts(t)
    return w not in after and w not in before and (not t.sent[i] or w in inside)


_QUOTES = frozenset({'"', "”", "''", "'"})


# A capitalized word, spaces, and (looked ahead at) the capitalized word after it.
_NAME_PAIR = re.compile(r"\b([A-Z][\w'’-]*)[ \t]+(?=([A-Z][\w'’-]*))")


def _name_word_contexts(
    t: Tokens,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The capitalized words the article writes right after another name word, those
    it writes right before one that is no organization's head ("Siri Karncharoendi",
    not "Daiwa Securities"), and those it writes inside a sentence (once per article)."""
    if "name_contexts" not in t.memo:
        pairs = [m.groups() for m in _NAME_PAIR.finditer(t.text)]
        after = {b for a, b in pairs if a.lower() not in _STOP}
        heads = _head_table()
        before = {a for a, b in pairs if b.lower() not in heads and b.lower() not in _STOP}
        # compress/map keep the per-token test in C.
        inside = set(compress(t.words, map(and_, t.cap, map(not_, t.sent))))
        t.memo["name_contexts"] = (frozenset(after), frozenset(before), frozenset(inside))
    return t.memo["name_contexts"]


def find_speakers(t: Tokens) -> list[Candidate]:
    """ "Deutsche Telekom said", "OPEC announced", "according to Nielsen": a speaker
    named by capitalized words that are nobody's name (rule SAID). A name whose last
    word recurs alone as a speaker ("Nobuyuki Idei said ... Idei added") is a person's:
    organizations come back in full, by their first word or as "the company"."""
    verbs = [i for i in t.at(lx.SAY_VERBS) if t.words[i].islower()]
    according = [i for i in t.at(_ACCORDING) if i + 1 < t.n and t.lower[i + 1] == "to"]
    if not verbs and not according:
        return []
    lower = lower_words(t)
    people = person_words(t)
    runs: list[tuple[int, int]] = []
    for i in verbs:
        if i == 0 or not is_name_word(t, i - 1) or t.sent[i]:
            continue
        runs.append((name_start_left(t, i - 1), i))
    for i in according:
        k = i + 2
        if k < t.n and t.lower[k] == "the":
            k += 1
        end = _cap_run(t, k)
        if end > k and (end >= t.n or not t.cap[end]) and head_at(t, end - 1) is None:
            runs.append((k, end))
    runs = [(_after_missed_stop(t, i, j), j) for i, j in runs]
    alone = {t.words[i] for i, j in runs if j - i == 1}
    out = []
    for i, j in runs:
        if t.words[j - 1] in alone and j - i > 1:
            continue
        if j < t.n and t.words[j] in ("'s", "’s"):
            continue
        if _speaker_run(t, i, j, lower, people):
            out.append(Candidate(t.starts[i], t.ends[j - 1], rules.SAID, "company"))
    return out


def _after_missed_stop(t: Tokens, i: int, j: int) -> int:
    """The start of a run [i, j) past a word ending a sentence the sentencizer missed
    ("bought AT&T. SBC said"): a final period that is no initial, abbreviation with
    inner periods or legal form."""
    start = i
    for k in range(i, j - 1):
        w = t.words[k]
        if (
            w.endswith(".")
            and "." not in w[:-1]
            and len(w) > 2
            and t.lower[k] not in lx.LEGAL_FORMS
            and t.lower[k] not in lx.TITLES
            and t.lower[k] not in lx.ADDRESS_FORMS
        ):
            start = k + 1
    return start


def find_ampersand(t: Tokens) -> list[Candidate]:
    """ "Procter & Gamble", "Marks & Spencer", "Standard & Poor's": capitalized names
    joined by "&" (rule AMPERSAND); not common words ("Mergers & Acquisitions", when the
    article writes them in lower case), places or two given names."""
    out = []
    lower: frozenset[str] | None = None
    for i in t.at(_AMPERSAND):
        if i == 0 or i + 1 >= t.n or not is_name_word(t, i - 1) or not is_name_word(t, i + 1):
            continue
        if t.brk[i - 1] or t.sent[i + 1]:
            continue
        start = name_start_left(t, i - 1)
        end = _cap_run(t, i + 1)
        dotted = next((k for k in range(i + 1, end) if t.words[k].endswith(".")), None)
        if dotted is not None:
            end = dotted + 1  # "AT&T. SBC ...": a sentence the tokenizer did not split
        if end < t.n and t.words[end] in ("'s", "’s") and end + 1 < t.n and t.cap[end + 1]:
            end += 1  # "Standard & Poor's Ratings": the 's is the name's
        core = strip_nationality(t, start, i)
        if core >= i or end - core > 6:
            continue
        if lower is None:
            lower = lower_words(t)
        words = [t.lower[k] for k in range(core, end) if t.words[k] != "&"]
        if all(w in lower or w in lx.CONNECTORS for w in words):
            continue
        if t.lower[core] in lx.first_names() and t.lower[i + 1] in lx.first_names():
            continue  # "Tom & Jerry"
        if place_at(t, core, i) is not None or place_at(t, i + 1, end) is not None:
            continue
        if t.overlaps_person(t.starts[core], t.ends[end - 1]):
            continue
        stop = t.ends[end - 1]
        if dotted == end - 1 and len(t.words[dotted]) == 2:
            stop -= 1  # "AT&T.": the sentence's period
        out.append(Candidate(t.starts[core], stop, rules.AMPERSAND, "company"))
    return out


# Adjectives that open a sentence before a name without being part of it.
_LEADING_DESCRIPTIONS = frozenset(
    {"former", "rival", "troubled", "ailing", "struggling", "embattled", "bankrupt", "fellow"}
    | {"past", "senior", "junior"}
)


def _name_before(t: Tokens, k: int, lower: frozenset[str]) -> int:
    """Start of the name ending at token k (inclusive), without a description or a
    sentence's first word the article writes in lower case ("Former WorldCom")."""
    start = name_start_left(t, k)
    while start < k and (
        t.lower[start] in _LEADING_DESCRIPTIONS
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


# Roles news copy describes with an adjective ("Financial analysts", "Senior executives").
_DESCRIBED_ROLES = frozenset(
    {"analyst", "analysts", "economist", "economists", "strategist", "executives", "staff"}
)

_SHARE_CLASSES = frozenset({"class", "series", "preferred", "ordinary", "common"})


def find_roles(t: Tokens) -> list[Candidate]:
    """ "WorldCom chief Bernie Ebbers", "Google shares", "IMF boss": a name right before
    a lower-case noun only an organization has (rule CONTEXT); and "Sibneft, a Russian oil
    company": a name with an appositive naming its kind."""
    roles = [i for i in t.at(lx.ROLES_AFTER) if t.words[i].islower()]
    intros = [i for i in t.at(lx.INTRO_NOUNS) if t.words[i].islower()]
    if not roles and not intros:
        return []
    lower = lower_words(t)
    people = person_words(t)
    out = []
    for i in roles:
        if i == 0 or not is_name_word(t, i - 1) or t.sent[i]:
            continue
        start = _name_before(t, i - 1, lower)
        if start >= i or demonym_at(t, start) is not None or head_at(t, i - 1) is not None:
            continue
        if i - start == 1 and t.lower[start] in _LEADING_DESCRIPTIONS:
            continue  # "Fellow shareholders": a description, no name
        if len(t.words[i - 1]) == 1 or t.lower[start] in _SHARE_CLASSES:
            continue  # "Class B shares", "A shares": a class of shares
        if start > 0 and t.lower[start - 1] in ("and", "of", "for", "&"):
            continue  # "Council for Economic Planning and Development spokesman"
        if i - start == 1 and (t.lower[start] in lower or t.lower[start] in DESCRIPTIVE_ADJECTIVES):
            continue  # "Private economists", "Western analysts": an adjective
        opens = t.sent[start] or start == 0 or t.brk[start - 1]
        if i - start == 1 and opens and t.lower[i] in _DESCRIBED_ROLES:
            continue  # "Financial analysts say": a sentence's first word describes them
        if _plausible_name(t, start, i) and not personal(t, start, i, people):
            out.append(Candidate(t.starts[start], t.ends[i - 1], rules.CONTEXT, "company"))
    for i in intros:
        cand = _appositive(t, i, lower, people)
        if cand is not None:
            out.append(cand)
    return out


def _place_ranks(t: Tokens, k: int, i: int) -> bool:
    """Tokens from k are a place's possessive then a superlative ("Europe's largest",
    "Japan's third-biggest") before the noun at i."""
    hit = place_at(t, k)
    end = hit[0] if hit is not None else k + 1
    if hit is None and t.lower[k] not in lx.CONTINENTS:
        return False
    if end + 1 >= i or t.words[end] not in _POSSESSIVE:
        return False
    word = t.lower[end + 1]
    if end + 3 < i and t.words[end + 2] in "-–":
        word = t.lower[end + 3]  # "Japan's fourth-largest bank"
    return word.endswith("est") or word in _RANKS


# Words that rank a company among others, besides superlatives ("Japan's top bank").
_RANKS = frozenset({"top", "leading", "main"})


def _appositive(t: Tokens, i: int, lower: frozenset[str], people: set[str]) -> Candidate | None:
    """ "X, a (Russian oil) company": X, when the noun ends the description."""
    nxt = i + 1
    if nxt < t.n and t.words[nxt][:1].isalpha() and t.lower[nxt] not in lx.APPOSITIVE_FOLLOWERS:
        return None  # "a company director": the noun modifies another
    k = i - 1
    ranked = False  # "the world's biggest carmaker", "the US's leading insurer"
    while k > 0 and i - k <= 6 and t.lower[k] not in ("a", "an", "the"):
        if t.words[k] == "," and ranked:
            break  # "X, Europe's largest insurer": a place's ranking needs no article
        ranked = ranked or t.words[k] in _POSSESSIVE
        if not t.words[k][:1].isalpha() and t.words[k] not in "-–" and not ranked:
            return None
        k -= 1
    if t.words[k] == "," and ranked and _place_ranks(t, k + 1, i):
        end = k
    elif k < 2 or t.words[k - 1] != "," or i - k > 5:
        return None
    elif t.lower[k] not in ("a", "an") and not (t.lower[k] == "the" and ranked):
        return None  # "However, the company said": "the" takes up an earlier mention
    else:
        end = k - 1
    if not is_name_word(t, end - 1):
        return None
    start = _name_before(t, end - 1, lower)
    if start == end - 1 and t.sent[start]:
        return None  # "Meanwhile, a company that ...": a sentence adverb
    if start >= end or demonym_at(t, start) is not None:
        return None
    if not _plausible_name(t, start, end) or personal(t, start, end, people):
        return None
    kind = lx.INTRO_NOUNS.get(t.lower[i], "company")
    return Candidate(t.starts[start], t.ends[end - 1], rules.CONTEXT, kind)
