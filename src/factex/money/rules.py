"""Money rules: the currency rules, the one pattern built from them, and the small
functions that decide what a match means.

A written amount is a number with an optional magnitude ("5", "1.2 billion", "50k"),
perhaps a second bound after a range separator, and a currency before or after it.
How a currency can be written is a list of rules (``RULES``): each ``MoneyRule`` has
a stable id, a side, a regex piece and the production that reads the written currency
(``currency.currency_of_prefix`` / ``currency_of_suffix``). ``CANDIDATE`` is built
from them, and an amount carries the id of the rule whose piece matched, so a new
phrasing of a currency is one record. Named functions then decide, per candidate:

- ``range_allowed``: whether a separator makes a range, ``money.range`` ("$50-60
  million", "between $5 million and $6 million"; not "rose from $5 to $6");
- ``money.ellipsis``: a bare magnitude amount next to money ("rose 200 mln to 7.2
  billion dlrs") borrows its currency;
- qualifiers from ``lexicon.QUALIFIERS_BEFORE`` / ``QUALIFIERS_AFTER`` (span covers them);
- families ("$", "dollars", "pounds", "francs") resolve from the article's context
  (``currency.CurrencyContext``).
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from factex.calendar_words import MONTH_ABBREVIATIONS
from factex.models import Money
from factex.money import lexicon as lx
from factex.money.currency import (
    Candidate,
    Currency,
    CurrencyContext,
    currency_of_prefix,
    currency_of_suffix,
)
from factex.money.normalize import to_money
from factex.numbers import (
    ARTICLE_NUMBER,
    DIGIT_NUMBER,
    MAGNITUDES,
    NUMBER_WORDS,
    SUFFIX_ONLY,
    WORD_NUMBER,
    parse_number,
)
from factex.patterns import hits, max_width, trie_alternation, word_scanner

_SP = r"[ \u00a0]"


# --- the currency rules -------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class MoneyRule:
    """One way of writing an amount's currency.

    ``pattern`` is a regex piece matching the currency as written, with the blanks
    between it and the number when it stands ``"after"`` it (before the number, one
    blank is allowed for every rule). ``currency`` reads the matched text into a
    ``Currency`` (``None``: not a currency after all). An amount read through the rule
    carries ``id``. Earlier rules win where two match at one place.
    """

    id: str
    where: Literal["before", "after"]
    pattern: str
    currency: Callable[[str], Currency | None]


_WORD_AFTER = rf"(?:{_SP}+|-)"  # a currency word after the number: "5 dlrs", "5-dlrs"
_WORD_END = r"(?![\w$])"
_NAMES = [*lx.NAMES, *lx.FAMILY_WORDS]
# Symbols written as words ("dlrs"): after the number, spelled exactly so, they read as
# the symbol; in any other case as the name ("5 Dlrs" is money.name_after).
_SYMBOL_WORDS = [s for s in lx.SYMBOLS if s[0].isalpha() and s.lower() in _NAMES]

RULES: tuple[MoneyRule, ...] = (
    # "$5", "C$5", "US$ 5", "Rs. 5", "€5"
    MoneyRule("money.symbol_before", "before", trie_alternation(lx.SYMBOLS), currency_of_prefix),
    # "USD 5", "EUR5" (not "EURO5")
    MoneyRule(
        "money.code_before",
        "before",
        rf"{trie_alternation(lx.ISO_CODES)}(?![A-Za-z])",
        currency_of_prefix,
    ),
    # "5 €", "5€", "5 dlrs"
    MoneyRule(
        "money.symbol_after",
        "after",
        rf"{_SP}*{trie_alternation(s for s in lx.SYMBOLS if not s[0].isalpha())}"
        rf"|{_WORD_AFTER}{trie_alternation(_SYMBOL_WORDS)}{_WORD_END}",
        currency_of_suffix,
    ),
    # "25 cents", "10 pence"
    MoneyRule(
        "money.subunit_after",
        "after",
        rf"{_WORD_AFTER}(?i:{trie_alternation(lx.SUBUNITS)}){_WORD_END}",
        currency_of_suffix,
    ),
    # "45p", "270.25p": pence glued to the digits
    MoneyRule(
        "money.subunit_glued",
        "after",
        rf"{trie_alternation(lx.GLUED_SUBUNITS)}{_WORD_END}",
        currency_of_suffix,
    ),
    # "5 Canadian dollars", "5 mln stg", "5 Dlrs"
    MoneyRule(
        "money.name_after",
        "after",
        rf"{_WORD_AFTER}(?i:{trie_alternation(_NAMES)}){_WORD_END}",
        currency_of_suffix,
    ),
    # "5 AZN" (not a code that is also a word: "5 ALL", "5 TOP")
    MoneyRule(
        "money.code_after",
        "after",
        rf"{_WORD_AFTER}{trie_alternation(lx.ISO_CODES - lx.WORDLIKE_CODES)}{_WORD_END}",
        currency_of_suffix,
    ),
)
#: The id of two amounts read as one range ("$50-60 million"), whatever the currency.
RANGE = "money.range"
#: The id of a bare magnitude amount that borrows the currency of money next to it.
ELLIPSIS = "money.ellipsis"


# --- the candidate pattern ----------------------------------------------------------

_MAG_WORD_ALT = trie_alternation(m for m in MAGNITUDES if m not in SUFFIX_ONLY)
_NUM = rf"""(?:
      (?<![\d.,])(?<!\d[.,]) (?-x:{DIGIT_NUMBER}) (?!\d)        # 5, 3,500, 1.2, 5 000
    | (?i: (?<![\w-]) (?-x:{WORD_NUMBER}) (?![\w-]) )           # five, two and a half
    | (?i: (?-x:{ARTICLE_NUMBER}) (?={_SP}+ (?-x:{_MAG_WORD_ALT})\b) )  # a (billion)
)"""
_MAG = rf"""(?:
      {_SP}*-?{_SP}* (?i:(?-x:{_MAG_WORD_ALT})) (?![A-Za-z])    # " million", "-billion"
    | (?i:(?-x:{trie_alternation(SUFFIX_ONLY)})) (?![A-Za-z])   # "m", "bn" right after
)"""
_SEP = rf"(?: {_SP}*[-–—]{_SP}* | {_SP}+(?:to|and){_SP}+ )"  # "-", " to ", " and "
# Not inside a word, a path, a URL or markup ("/US$5", "x=$5"), nor after "U.S." ones.
_LEAD = r"(?<![\w/\\{=$@#])(?<!\w\.)"


@dataclass(frozen=True)
class _Built:
    """The patterns built from a list of rules, and the group each rule matched in."""

    candidate: re.Pattern[str]
    before: re.Pattern[str]  # a currency ending where a number starts ("US$ " before "5")
    reach: int  # characters: the longest currency written before a number, and a blank
    groups: dict[str, list[tuple[str, MoneyRule]]]  # "pre"/"pre2"/"post" -> (group, rule)


def _side(rules: tuple[MoneyRule, ...], where: str, tag: str) -> list[tuple[str, MoneyRule]]:
    return [(f"{tag}_{i}", r) for i, r in enumerate(rules) if r.where == where]


def _alternatives(groups: list[tuple[str, MoneyRule]]) -> str:
    return "|".join(rf"(?P<{name}>(?-x:{rule.pattern}))" for name, rule in groups)


@functools.cache
def _build(rules: tuple[MoneyRule, ...]) -> _Built:
    groups = {tag: _side(rules, "before", tag) for tag in ("pre", "pre2")}
    groups["post"] = _side(rules, "after", "post")
    pre, pre2, post = (_alternatives(groups[tag]) for tag in ("pre", "pre2", "post"))
    candidate = re.compile(
        rf"""
        (?: (?P<pre> {_LEAD}(?:{pre}) ) {_SP}? )?         # a currency before: "$", "US$ "
        (?P<num>{_NUM}) (?P<mag1>{_MAG})?                  # the number: "1.2 billion"
        (?:                                                # a second bound: "-1.5 billion"
            (?P<sep>{_SEP})
            (?: (?P<pre2> {_LEAD}(?:{pre2}) ) {_SP}? )?
            (?P<num2>{_NUM}) (?P<mag2>{_MAG})?
        )?
        (?P<post>{post})?                                  # a currency after: " dlrs"
        """,
        re.VERBOSE,
    )
    plain = "|".join(f"(?:{rule.pattern})" for _, rule in groups["pre"])
    reach = max((max_width(rule.pattern) for _, rule in groups["pre"]), default=0) + 1
    return _Built(candidate, re.compile(rf"{_LEAD}(?:{plain}){_SP}?$"), reach, groups)


def _rule_of(
    m: re.Match[str], side: str, groups: dict[str, list[tuple[str, MoneyRule]]]
) -> MoneyRule | None:
    """The rule whose group matched the currency on ``side`` ("pre", "pre2", "post")."""
    if m[side] is None:
        return None
    return next((rule for name, rule in groups[side] if m[name] is not None), None)


#: Every written amount with its currency, magnitude and optional second bound.
CANDIDATE = _build(RULES).candidate

# Where a number in digits starts: a digit, or a point before one, not right after a
# digit, point, comma or slash (not "63" in a quote "0.6858/63"). Matches where
# r"(?<![\d.,/])\.?\d" does, written to open with the class [.\d] and test the character
# before afterwards: the engine scans for an opening class in C, but tries a pattern
# that opens with a lookbehind at every character (three times slower).
_DIGIT_ANCHOR = re.compile(r"[.\d](?<![\d.,/].)(?:(?<=\d)|(?=\d))")
# A number word, or "a"/"an" before a magnitude word, at the start of a word.
# Number words over the lowercased text, found by a scanner (``patterns.word_scanner``).
_WORD_ANCHOR = word_scanner(
    rf"(?<!\w)(?:{trie_alternation([*NUMBER_WORDS, 'half'])}"
    rf"\b|an?{_SP}+(?={_MAG_WORD_ALT}\b))"
)
_QUAL_BEFORE = re.compile(rf"(?i)(?<![\w])(?P<q>{trie_alternation(lx.QUALIFIERS_BEFORE)}){_SP}+$")
_QUAL_AFTER = re.compile(
    rf"(?i)^(?:{_SP}+(?P<q>{trie_alternation(lx.QUALIFIERS_AFTER)})|(?P<q2>-plus))(?![\w])"
)
_BETWEEN = re.compile(r"(?i)\bbetween" + _SP + r"+$")
_LAST_WORDS = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(rf"^(?:{_SP}*(?P<punct>[.,;:()!?]|$)|{_SP}+(?P<word>[A-Za-z]+))")
_POUND_OF = re.compile(
    rf"^(?:{_SP}*[(][^)]{{0,30}}[)])?{_SP}+(?:of|per|in{_SP}+weight)\b"
    rf"|^{_SP}*[(][^)]{{0,20}}\b(?:kg|kgs|kilos?|kilograms?)\b",
    re.IGNORECASE,
)
# r"[.!?][\"')\]]?\s+(?=[A-Z\"(])|\n\s*\n", opening with one character class the
# engine scans for.
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])[\"')\]]?\s+(?=[A-Z\"(])|(?<=\n)\s*\n)")
CHANGE_WINDOW_WORDS = 3
#: Glued magnitudes a bare amount may elide its currency with ("another 550m", "against
#: 2.7bn"), only where its own sentence has money; not "k" or "b".
ELLIPSIS_SUFFIXES = frozenset({"m", "mn", "bn", "tn"})
#: How far back (characters) a bare magnitude amount may look past a sentence end
#: for the money whose currency it elides.
ELLIPSIS_REACH_BACK = 120
#: A qualifier that reads as a change when "from" follows ("were up to 220 mln dlrs
#: in March from 110 mln").
_CHANGE_QUALIFIERS = frozenset({"up to"})
#: "X, or Y" / "X (Y)": Y restates X ("$10 a share, or $540 million").
_APPOSITIVE = re.compile(rf"(?:{_SP}+[^.;,()$\d]{{0,60}}?)?(?:,{_SP}*or{_SP}+|{_SP}*[(]){_SP}*$")
#: Between an amount and its bracketed conversion: "14bn euros ($18.34bn; £9.6bn)".
_CONVERSION_GAP = re.compile(rf"{_SP}*[(]{_SP}*|;{_SP}*")
_NEGATION = re.compile(rf"(?i)(?:n't|\bnot|\bnever){_SP}+$")
_PRICE_LIKE = re.compile(r"[.,]\d")
#: A month name right before a space-grouped number: its first group is a day.
_DATE_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(MONTH_ABBREVIATIONS)}|may)[a-z]*\.?[ \u00a0]+$")
_FROM_AFTER = re.compile(r"^[^.;]{0,40}?\bfrom\b")


def _number(text: str) -> float | None:
    if text.lower() in ("a", "an"):
        return 1.0
    return parse_number(text)


def _magnitude(text: str | None) -> float:
    if not text:
        return 1.0
    word = text.strip(" \u00a0-").lower()
    return MAGNITUDES.get(word, 1.0)


def _last_words(text: str, n: int) -> list[str]:
    return [w.lower() for w in _LAST_WORDS.findall(text[-60:])[-n:]]


def range_allowed(text: str, start: int, sep: str) -> bool:
    """Whether a separator between two amounts makes a range.

    Hyphens and dashes do; "and" only after "between"; "to" unless a change verb or
    "from" comes just before ("rose $5 million to $6 million" is two amounts).

    >>> range_allowed("between ", 8, " and "), range_allowed("rose ", 5, " to ")
    (True, False)
    >>> range_allowed("estimated at ", 13, " to "), range_allowed("", 0, "-")
    (True, True)
    """
    word = sep.strip(" \u00a0").lower()
    before = text[max(0, start - 60) : start]
    if word == "and":
        return bool(_BETWEEN.search(before))
    if word == "to":
        return not (set(_last_words(before, CHANGE_WINDOW_WORDS)) & lx.CHANGE_WORDS)
    return True


def _qualifier(text: str, start: int, end: int) -> tuple[str, int, int]:
    before = _QUAL_BEFORE.search(text, max(0, start - 30), start)
    qualifier = "exact"
    if before is not None:
        word = " ".join(before["q"].lower().split())
        if not (word in _CHANGE_QUALIFIERS and _FROM_AFTER.match(text[end : end + 60])):
            qualifier = lx.QUALIFIERS_BEFORE[word]
            start = before.start("q")
            if word in lx.NEGATABLE and _NEGATION.search(text, max(0, start - 12), start):
                qualifier = lx.NEGATABLE[word]  # "wouldn't exceed $100 million"
    after = _QUAL_AFTER.match(text[end : end + 20])
    if after is not None and qualifier == "exact":
        words = after["q"] or after["q2"]
        qualifier = lx.QUALIFIERS_AFTER[" ".join(words.lower().split())]
        end += after.end()
    return qualifier, start, end


def _elliptical(text: str, end: int) -> bool:
    """A bare magnitude amount may elide its currency when no noun follows it."""
    nxt = _NEXT_WORD.match(text[end : end + 30])
    if nxt is None:
        return False
    return nxt["word"] is None or nxt["word"].lower() in lx.ELLIPSIS_FOLLOWERS


def _candidates(text: str, lower: str | None = None) -> list[Candidate]:
    """Read a candidate at every number: cheap anchors first, the big pattern only there.

    Searching ``CANDIDATE`` itself would try its long currency alternations at every
    character; numbers are found with small patterns instead, and the candidate
    pattern is matched from the currency written right before each of them.
    """
    lowered = text.lower() if lower is None else lower  # ``lower``: text.lower(), if read
    if len(lowered) != len(text):  # a few characters lowercase to two: keep offsets
        lowered = text
    built = _build(RULES)  # read at each call: a rule added is a rule used
    out: list[Candidate] = []
    pos = 0
    for anchor in sorted(_anchors(text, lowered)):
        if anchor < pos:
            continue
        start = anchor
        pre = built.before.search(text, max(0, anchor - built.reach), anchor)
        if pre is not None and pre.start() >= pos:
            start = pre.start()
        m = built.candidate.match(text, start)
        if m is None or m.start("num") != anchor:
            continue
        cand, pos = _read_match(text, m, built)
        if cand is not None:
            out.append(cand)
    return out


def _anchors(text: str, lowered: str) -> set[int]:
    """Where numbers may start: digit runs, and number words on the lowercased text."""
    found = {m.start() for m in _DIGIT_ANCHOR.finditer(text)}
    found.update(m.start("hit") for m in hits(_WORD_ANCHOR, lowered))
    return found


def _read_match(text: str, m: re.Match, built: _Built) -> tuple[Candidate | None, int]:
    """The candidate a match stands for and where to search next."""
    pre_rule = _rule_of(m, "pre", built.groups)
    post_rule = _rule_of(m, "post", built.groups)
    post = post_rule.currency(m["post"]) if post_rule else None
    if (
        post is not None
        and post.family == "pound"
        and post.factor == 1.0  # pence are no weight: "530 pence per share"
        and _POUND_OF.match(text[m.end() : m.end() + 40])
    ):
        return None, m.end()  # "5 pounds of sugar" is a weight
    if post_rule is not None and m["post"] in lx.GLUED_SUBUNITS and m["num"] in lx.RESOLUTIONS:
        return None, m.end()  # "1080p" video
    # "crossed the 50 mark"; in "the $50 mark" the amount is "$50" and the mark a level
    mark = bool(m["post"]) and m["post"].strip().lower() == "mark" and not (m["mag1"] or m["mag2"])
    if mark and (m["pre"] is None or m["num2"] is not None):
        return None, m.end()
    if " " in m["num"] and _DATE_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")):
        return None, m.start("num") + m["num"].index(" ")  # "March 31 200 mln": a day
    if m["pre"] is None and m["post"] is None and m["mag1"] is None and m["num2"] is None:
        return None, m.end()  # a bare number ("1985", "5%"): neither money nor an ellipsis
    pre = pre_rule.currency(m["pre"]) if pre_rule else None
    if m["pre"] in lx.WORDLIKE_CODES and not (
        m["mag1"] or m["mag2"] or _PRICE_LIKE.search(m["num"])
    ):
        pre = None  # "TOP 10 EXPORTERS" is no Tongan money; "TRY 1.5 billion" is lira
    low = _number(m["num"])
    if m["num2"] is not None and range_allowed(text, m.start(), m["sep"]):
        high = _number(m["num2"])
        mag2 = _magnitude(m["mag2"])
        mag1 = _magnitude(m["mag1"]) if m["mag1"] else mag2
        pre2_rule = _rule_of(m, "pre2", built.groups)
        pre2 = pre2_rule.currency(m["pre2"]) if pre2_rule else None
        cur = pre or pre2 or post
        if low is not None and high is not None and cur is not None:
            lo, hi = low * mag1, high * mag2
            if m["mag1"] is None and lo > hi:
                lo = low
            if lo <= hi:
                return _finish(text, m.start(), m.end(), lo, hi, cur, RANGE), m.end()
    if m["num2"] is not None:  # not a range: the first amount stands alone
        end = m.end("mag1") if m["mag1"] else m.end("num")
        if low is None:
            return None, end
        value = low * _magnitude(m["mag1"])
        if pre is not None and pre_rule is not None:
            return _finish(text, m.start(), end, value, None, pre, pre_rule.id), end
        return _ellipsis(text, m.start("num"), end, value, m["mag1"]), m.start("sep") + 1
    if low is None:
        return None, m.end()
    value = low * _magnitude(m["mag1"])
    cur = pre or post
    if cur is None:
        return _ellipsis(text, m.start("num"), m.end(), value, m["mag1"]), m.end()
    if m["num"].lower() in ("a", "an") and not m["mag1"]:
        return None, m.end()
    rule = pre_rule if pre is not None else post_rule
    assert rule is not None  # the rule that read ``cur``
    end = m.start("post") if mark else m.end()
    return _finish(text, m.start(), end, value, None, cur, rule.id), end


def _ellipsis(text: str, start: int, end: int, value: float, mag: str | None) -> Candidate | None:
    word = (mag or "").strip(" \u00a0-").lower()
    if word not in MAGNITUDES or not _elliptical(text, end):
        return None
    if word in SUFFIX_ONLY and word not in ELLIPSIS_SUFFIXES:
        return None
    qualifier, start, end = _qualifier(text, start, end)
    glued = word in ELLIPSIS_SUFFIXES  # "550m" may be metres: money only beside money
    return Candidate(start, end, value, None, None, qualifier, ELLIPSIS, sentence_only=glued)


def _finish(
    text: str, start: int, end: int, low: float, high: float | None, cur: Currency, rule: str
) -> Candidate:
    low *= cur.factor
    if high is not None:
        high *= cur.factor
    qualifier, start, end = _qualifier(text, start, end)
    return Candidate(start, end, low, high, cur, qualifier, rule)


class _Sentences:
    """Which sentence an offset is in; the text's sentence ends are found when first
    asked (an article whose amounts all name their currency never asks)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._ends: list[int] | None = None

    def of(self, pos: int) -> int:
        if self._ends is None:
            self._ends = [m.end() for m in _SENTENCE_END.finditer(self.text)]
        return bisect_right(self._ends, pos)


def find_money(text: str) -> list[Money]:
    """Every money mention in ``text``, in text order.

    >>> for m in find_money("Sales exceeded $120 million, up from 750 mln dlrs."):
    ...     print(m.text, m.value, m.currency, m.qualifier)
    exceeded $120 million 120000000.0 USD more_than
    750 mln dlrs 750000000.0 USD exact
    >>> [(m.low, m.high) for m in find_money("It costs $50-60 million.")]
    [(50000000.0, 60000000.0)]
    >>> find_money("Unemployment was 5% in 1985; call 555-1234.")
    []
    """
    if not text:
        return []
    try:
        lower = text.lower()  # read once: lowercasing costs as much as a regex pass
        cands = _candidates(text, lower)
    except (RecursionError, ValueError, OverflowError):  # pragma: no cover - defensive
        return []
    if not cands:
        return []
    ctx = CurrencyContext(text, cands, lower)
    sentences = _Sentences(text)
    codes: list[str | None] = []
    last: dict[str, tuple[str | None, int]] = {}  # family -> (code, start) of the last
    for c in cands:
        cur = c.currency
        if cur is None:
            codes.append(None)
            continue
        if cur.code and (cur.explicit or not cur.family):
            code = cur.code
        elif (
            not cur.symbol
            and cur.family in last
            and sentences.of(last[cur.family][1]) == sentences.of(c.start)
        ):
            code = last[cur.family][0]  # "closed at $11, down 25 cents"
        else:
            code = ctx.resolve(cur.family, c.start, symbol=cur.symbol)
        if cur.family:
            last[cur.family] = (code, c.start)
        codes.append(code)
    _fill_ellipses(cands, codes, sentences)
    _inherit_qualifiers(text, cands)
    out: list[Money] = []
    for c, code in zip(cands, codes, strict=True):
        if c.currency is None and code is None:
            continue
        money = to_money(text, c.start, c.end, c.low, c.high, code, c.qualifier, c.rule)
        if money is not None:
            out.append(money)
    return out


def _inherit_qualifiers(text: str, cands: list[Candidate]) -> None:
    """An appositive restatement shares the qualifier of the amount it restates:
    "about $4 million, or six cents a share" -> both ``about``, and so does each
    conversion in its brackets ("about 14bn euros ($19bn; £10bn)")."""
    for prev, cur in itertools.pairwise(cands):
        if cur.qualifier != "exact" or prev.qualifier == "exact":
            continue
        if _APPOSITIVE.match(text, prev.end, cur.start) or _CONVERSION_GAP.fullmatch(
            text, prev.end, cur.start
        ):
            cur.qualifier = prev.qualifier


def _converts(text: str, cands: list[Candidate], i: int) -> bool:
    """Whether amount ``i`` converts the one before it in brackets ("4.3bn rupees ($98m;
    £52m)"): an elided amount after them borrows the converted amount's currency."""
    return i > 0 and bool(_CONVERSION_GAP.fullmatch(text, cands[i - 1].end, cands[i].start))


def _fill_ellipses(cands: list[Candidate], codes: list[str | None], sentences: _Sentences) -> None:
    """Bare magnitude amounts take the currency of the nearest money in the same
    sentence: the one before it, else the one after it ("rose 200 mln to 7.2 billion
    dlrs", "against 164 mln dlrs in March and 262 mln in April"); or of money closing
    the sentence just before, when it is near ("... 2.23 billion in February. Imports
    were 2.63 billion")."""
    if all(c.currency is not None for c in cands):
        return
    next_money: list[int | None] = [None] * len(cands)  # next index with a currency
    upcoming = None
    for i in range(len(cands) - 1, -1, -1):
        next_money[i] = upcoming
        if cands[i].currency is not None:
            upcoming = i
    before: int | None = None  # last index with a code, kept as we go
    for i, c in enumerate(cands):
        if c.currency is not None:
            if codes[i] is not None and not _converts(sentences.text, cands, i):
                before = i
            continue
        sentence = sentences.of(c.start)
        after = next_money[i]
        if before is not None and sentences.of(cands[before].start) == sentence:
            codes[i] = codes[before]
        elif after is not None and sentences.of(cands[after].start) == sentence:
            codes[i] = codes[after]
        elif (
            before is not None
            and not c.sentence_only
            and c.start - cands[before].end <= ELLIPSIS_REACH_BACK
        ):
            codes[i] = codes[before]
        if codes[i] is not None:
            before = i


__all__ = ["CANDIDATE", "ELLIPSIS", "RANGE", "RULES", "MoneyRule", "find_money"]
