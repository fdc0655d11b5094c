"""Money rules: the patterns, and the small functions that decide what a match means.

One compiled regex (``CANDIDATE``) finds every written amount with its surroundings:
an optional currency before it (symbol or ISO code), the number, a magnitude, an
optional second bound after a range separator, and an optional currency after it.
Named functions then decide, per candidate:

- ``money.range_*``: whether a separator makes a range ("$50-60 million", "between $5
  million and $6 million", "$1.2 to $1.5 billion"; not "rose from $5 to $6");
- ``money.symbol_before`` / ``money.name_after`` / ``money.code_*``: which currency;
- ``money.ellipsis``: a bare magnitude amount next to money ("rose 200 mln to 7.2
  billion dlrs") borrows its currency;
- qualifiers from ``lexicon.QUALIFIERS_BEFORE`` / ``QUALIFIERS_AFTER`` (span covers them);
- families ("$", "dollars", "pounds", "francs") resolve from the article's context
  (``resolve_family``).

Rule ids are stable: they name what matched, ``money.<shape>``.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right

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
from factex.patterns import hits, trie_alternation, word_scanner


def _alternation(words, *, escape: bool = True) -> str:
    """A regex matching any of ``words``, longest first (``patterns.trie_alternation``);
    with ``escape=False`` the words are regex sources, joined longest first."""
    items = sorted(set(words), key=len, reverse=True)
    return trie_alternation(items) if escape else "|".join(items)


_SP = r"[ \u00a0]"
_SYMBOL_ALT = _alternation(lx.SYMBOLS)
_CODE_ALT = _alternation(lx.ISO_CODES)
_CODE_AFTER_ALT = _alternation(lx.ISO_CODES - lx.WORDLIKE_CODES)
_POST_SYMBOL_ALT = _alternation(s for s in lx.SYMBOLS if not s[0].isalpha())
_POST_NAME_ALT = _alternation([*lx.NAMES, *lx.FAMILY_WORDS, *lx.SUBUNITS])
_MAG_WORD_ALT = _alternation(m for m in MAGNITUDES if m not in SUFFIX_ONLY)
_MAG_SUFFIX_ALT = _alternation(SUFFIX_ONLY)

_PRE = rf"(?<![\w/\\{{=$@#])(?<!\w\.)(?:{_SYMBOL_ALT}|(?:{_CODE_ALT})(?![A-Za-z]))"
_NUM = (
    rf"(?:(?<![\d.,])(?<!\d[.,]){DIGIT_NUMBER}(?![\d])"
    rf"|(?i:(?<![\w-]){WORD_NUMBER}(?![\w-]))"
    rf"|(?i:{ARTICLE_NUMBER}(?={_SP}+(?:{_MAG_WORD_ALT})\b)))"
)
_MAG = rf"(?:{_SP}*-?{_SP}*(?i:{_MAG_WORD_ALT})(?![A-Za-z])|(?i:{_MAG_SUFFIX_ALT})(?![A-Za-z]))"
_POST = (
    rf"(?:{_SP}*(?:{_POST_SYMBOL_ALT})"
    rf"|(?:{_SP}+|-)(?:(?i:{_POST_NAME_ALT})|{_CODE_AFTER_ALT})(?![\w$]))"
)
_SEP = rf"(?:{_SP}*[-–—]{_SP}*|{_SP}+(?:to|and){_SP}+)"

#: Every written amount with its currency, magnitude and optional second bound.
CANDIDATE = re.compile(
    rf"(?:(?P<pre>{_PRE}){_SP}?)?(?P<num>{_NUM})(?P<mag1>{_MAG})?"
    rf"(?:(?P<sep>{_SEP})(?:(?P<pre2>{_PRE}){_SP}?)?(?P<num2>{_NUM})(?P<mag2>{_MAG})?)?"
    rf"(?P<post>{_POST})?"
)
#: A currency prefix ending where a number starts ("US$ " before "5").
_PRE_BEFORE = re.compile(rf"(?:{_PRE}){_SP}?$")
PRE_MAX = max(len(p) for p in [*lx.SYMBOLS, "XXX"]) + 1
# The characters a currency prefix ends with: a number with none of them right before
# it (or before the one blank ``_PRE_BEFORE`` allows) has no prefix to search for.
_PRE_LAST = frozenset(p[-1] for p in [*lx.SYMBOLS, *lx.ISO_CODES])
# A digit, or a point before one, not right after a digit, point, comma or slash (not
# "63" in a quote "0.6858/63"). Written to start with a character class, which the
# engine scans for in C, rather than with the lookbehind: same matches as
# r"(?<![\d.,/])\.?\d", about three times faster.
_DIGIT_ANCHOR = re.compile(r"[.\d](?<![\d.,/][.\d])(?:(?<=\.)\d|(?<=\d))")
# A number word, or "a"/"an" before a magnitude word, at the start of a word.
# Number words over the lowercased text, found by a scanner (``patterns.word_scanner``).
_WORD_ANCHOR = word_scanner(
    rf"(?<!\w)(?:{_alternation([*NUMBER_WORDS, 'half'])}"
    rf"\b|an?{_SP}+(?={_alternation(m for m in MAGNITUDES if m not in SUFFIX_ONLY)}\b))"
)
_QUAL_BEFORE = re.compile(rf"(?i)(?<![\w])(?P<q>{_alternation(lx.QUALIFIERS_BEFORE)}){_SP}+$")
_QUAL_AFTER = re.compile(
    rf"(?i)^(?:{_SP}+(?P<q>{_alternation(lx.QUALIFIERS_AFTER)})|(?P<q2>-plus))(?![\w])"
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
#: How far back (characters) a bare magnitude amount may look past a sentence end
#: for the money whose currency it elides.
ELLIPSIS_REACH_BACK = 120
#: A qualifier that reads as a change when "from" follows ("were up to 220 mln dlrs
#: in March from 110 mln").
_CHANGE_QUALIFIERS = frozenset({"up to"})
#: "X, or Y" / "X (Y)": Y restates X ("$10 a share, or $540 million").
_APPOSITIVE = re.compile(rf"(?:{_SP}+[^.;,()$\d]{{0,60}}?)?(?:,{_SP}*or{_SP}+|{_SP}*[(]){_SP}*$")
_NEGATION = re.compile(rf"(?i)(?:n't|\bnot|\bnever){_SP}+$")
_PRICE_LIKE = re.compile(r"[.,]\d")
#: A month name right before a space-grouped number: its first group is a day.
_DATE_BEFORE = re.compile(
    r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \u00a0]+$"
)
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
    character; numbers are found on the lowercased text with small patterns instead,
    and ``CANDIDATE`` is matched from the currency prefix right before each of them.
    """
    lowered = text.lower() if lower is None else lower  # ``lower``: text.lower(), if read
    if len(lowered) != len(text):  # a few characters lowercase to two: keep offsets
        lowered = text
    out: list[Candidate] = []
    pos = 0
    for anchor in sorted(_anchors(text, lowered)):
        if anchor < pos:
            continue
        start = anchor
        if _may_follow_prefix(text, anchor):
            pre = _PRE_BEFORE.search(text, max(0, anchor - PRE_MAX), anchor)
        else:
            pre = None
        if pre is not None and pre.start() >= pos:
            start = pre.start()
        m = CANDIDATE.match(text, start)
        if m is None or m.start("num") != anchor:
            continue
        cand, pos = _read_match(text, m)
        if cand is not None:
            out.append(cand)
    return out


def _may_follow_prefix(text: str, at: int) -> bool:
    """Whether a currency prefix may end right before ``at`` (``_PRE_BEFORE`` may match).

    >>> _may_follow_prefix("US$ 5", 4), _may_follow_prefix("rose 5", 5)
    (True, False)
    """
    if at == 0:
        return False
    last = text[at - 1]
    if last in " \u00a0" and at > 1:
        last = text[at - 2]
    return last in _PRE_LAST


def _anchors(text: str, lowered: str) -> set[int]:
    """Where numbers may start: digit runs, and number words on the lowercased text."""
    found = {m.start() for m in _DIGIT_ANCHOR.finditer(text)}
    found.update(m.start("hit") for m in hits(_WORD_ANCHOR, lowered))
    return found


def _read_match(text: str, m: re.Match) -> tuple[Candidate | None, int]:
    """The candidate a match stands for and where to search next."""
    if m.span() == m.span("num") and not m["num"][0].isalpha():
        return None, _bare_number_end(text, m)
    post = currency_of_suffix(m["post"])
    if (
        post is not None
        and post.family == "pound"
        and _POUND_OF.match(text[m.end() : m.end() + 40])
    ):
        return None, m.end()  # "5 pounds of sugar" is a weight
    if m["post"] and m["post"].strip().lower() == "mark" and not (m["mag1"] or m["mag2"]):
        return None, m.end()  # "crossed the 50 mark"
    if " " in m["num"] and _DATE_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")):
        return None, m.start("num") + m["num"].index(" ")  # "March 31 200 mln": a day
    pre = currency_of_prefix(m["pre"])
    if m["pre"] in lx.WORDLIKE_CODES and not (
        m["mag1"] or m["mag2"] or _PRICE_LIKE.search(m["num"])
    ):
        pre = None  # "TOP 10 EXPORTERS" is no Tongan money; "TRY 1.5 billion" is lira
    low = _number(m["num"])
    if m["num2"] is not None and range_allowed(text, m.start(), m["sep"]):
        high = _number(m["num2"])
        mag2 = _magnitude(m["mag2"])
        mag1 = _magnitude(m["mag1"]) if m["mag1"] else mag2
        pre2 = currency_of_prefix(m["pre2"])
        cur = pre or pre2 or post
        if low is not None and high is not None and cur is not None:
            lo, hi = low * mag1, high * mag2
            if m["mag1"] is None and lo > hi:
                lo = low
            if lo <= hi:
                return _finish(text, m.start(), m.end(), lo, hi, cur, "money.range"), m.end()
    if m["num2"] is not None:  # not a range: the first amount stands alone
        end = m.end("mag1") if m["mag1"] else m.end("num")
        cur = pre
        if low is None:
            return None, end
        value = low * _magnitude(m["mag1"])
        if cur is not None:
            rule = _rule(m["pre"], None)
            return _finish(text, m.start(), end, value, None, cur, rule), end
        return _ellipsis(text, m.start("num"), end, value, m["mag1"]), m.start("sep") + 1
    if low is None:
        return None, m.end()
    value = low * _magnitude(m["mag1"])
    cur = pre or post
    if cur is None:
        return _ellipsis(text, m.start("num"), m.end(), value, m["mag1"]), m.end()
    if m["num"].lower() in ("a", "an") and not m["mag1"]:
        return None, m.end()
    rule = _rule(m["pre"] if pre is not None else None, m["post"])
    return _finish(text, m.start(), m.end(), value, None, cur, rule), m.end()


def _bare_number_end(text: str, m: re.Match) -> int:
    """Where to search next after a number written in digits with nothing around it
    (most numbers of a text: years, percentages, counts), which is no money: what
    ``_read_match``'s general path finds for it, without reading currency or value."""
    num = m["num"]
    if " " in num and _DATE_BEFORE.search(text, max(0, m.start("num") - 12), m.start("num")):
        return m.start("num") + num.index(" ")  # "March 31 200 mln": a day
    return m.end()


def _rule(pre: str | None, post: str | None) -> str:
    """The stable id of the rule that read the currency.

    >>> _rule("$", None), _rule("USD", None), _rule(None, " AZN"), _rule(None, " cents")
    ('money.symbol_before', 'money.code_before', 'money.code_after', 'money.subunit_after')
    >>> _rule(None, " mln dlrs")
    'money.name_after'
    """
    if pre:
        return "money.code_before" if pre in lx.ISO_CODES else "money.symbol_before"
    word = " ".join((post or "").lstrip("-").split())
    if word in lx.ISO_CODES:
        return "money.code_after"
    if word in lx.SYMBOLS:
        return "money.symbol_after"
    if word.lower() in lx.SUBUNITS:
        return "money.subunit_after"
    return "money.name_after"


def _ellipsis(text: str, start: int, end: int, value: float, mag: str | None) -> Candidate | None:
    if not mag or mag.strip(" \u00a0-").lower() not in MAGNITUDES:
        return None
    if mag.strip(" \u00a0-").lower() in SUFFIX_ONLY or not _elliptical(text, end):
        return None
    qualifier, start, end = _qualifier(text, start, end)
    return Candidate(start, end, value, None, None, qualifier, "money.ellipsis")


def _finish(
    text: str, start: int, end: int, low: float, high: float | None, cur: Currency, rule: str
) -> Candidate:
    low *= cur.factor
    if high is not None:
        high *= cur.factor
    qualifier, start, end = _qualifier(text, start, end)
    return Candidate(start, end, low, high, cur, qualifier, rule)


def _sentence_bounds(text: str) -> list[int]:
    return [m.end() for m in _SENTENCE_END.finditer(text)]


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
    ends = _sentence_bounds(text)
    codes: list[str | None] = []
    last: dict[str, tuple[str | None, int]] = {}  # family -> (code, sentence) of the last
    for c in cands:
        cur = c.currency
        if cur is None:
            codes.append(None)
            continue
        sentence = bisect_right(ends, c.start)
        if cur.code and (cur.explicit or not cur.family):
            code = cur.code
        elif not cur.symbol and last.get(cur.family, (None, -1))[1] == sentence:
            code = last[cur.family][0]  # "closed at $11, down 25 cents"
        else:
            code = ctx.resolve(cur.family, c.start, symbol=cur.symbol)
        if cur.family:
            last[cur.family] = (code, sentence)
        codes.append(code)
    _fill_ellipses(text, cands, codes, ends)
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
    "about $4 million, or six cents a share" -> both ``about``."""
    for prev, cur in itertools.pairwise(cands):
        if cur.qualifier != "exact" or prev.qualifier == "exact":
            continue
        if _APPOSITIVE.match(text, prev.end, cur.start):
            cur.qualifier = prev.qualifier


def _fill_ellipses(
    text: str, cands: list[Candidate], codes: list[str | None], ends: list[int]
) -> None:
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
            if codes[i] is not None:
                before = i
            continue
        sentence = bisect_right(ends, c.start)
        after = next_money[i]
        if before is not None and bisect_right(ends, cands[before].start) == sentence:
            codes[i] = codes[before]
        elif after is not None and bisect_right(ends, cands[after].start) == sentence:
            codes[i] = codes[after]
        elif before is not None and c.start - cands[before].end <= ELLIPSIS_REACH_BACK:
            codes[i] = codes[before]
        if codes[i] is not None:
            before = i


__all__ = ["CANDIDATE", "find_money"]
