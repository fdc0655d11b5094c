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
from dataclasses import dataclass, field

from factex.models import Money
from factex.money import lexicon as lx
from factex.money.normalize import to_money
from factex.numbers import ARTICLE_NUMBER, DIGIT_NUMBER, MAGNITUDES, SUFFIX_ONLY, WORD_NUMBER


def _alternation(words, *, escape: bool = True) -> str:
    """Longest-first alternation; spaces in multiword entries match any run of blanks."""
    items = sorted(set(words), key=len, reverse=True)
    if escape:
        items = [re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in items]
    return "|".join(items)


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
_MAG = rf"(?:{_SP}*-?{_SP}*(?i:{_MAG_WORD_ALT})(?![A-Za-z])|(?:{_MAG_SUFFIX_ALT})(?![A-Za-z]))"
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
_QUAL_BEFORE = re.compile(rf"(?i)(?<![\w])(?P<q>{_alternation(lx.QUALIFIERS_BEFORE)}){_SP}+$")
_QUAL_AFTER = re.compile(rf"(?i)^{_SP}+(?P<q>{_alternation(lx.QUALIFIERS_AFTER)})(?![\w])")
_BETWEEN = re.compile(r"(?i)\bbetween" + _SP + r"+$")
_LAST_WORDS = re.compile(r"[A-Za-z]+")
_NEXT_WORD = re.compile(rf"^(?:{_SP}*(?P<punct>[.,;:)!?]|$)|{_SP}+(?P<word>[A-Za-z]+))")
_POUND_OF = re.compile(rf"^{_SP}+(?:of|per|in{_SP}+weight)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?\s+(?=[A-Z\"(])|\n\s*\n")
CHANGE_WINDOW_WORDS = 3
#: How far back (characters) a bare magnitude amount may look past a sentence end
#: for the money whose currency it elides.
ELLIPSIS_REACH_BACK = 120
#: A qualifier that reads as a change when "from" follows ("were up to 220 mln dlrs
#: in March from 110 mln").
_CHANGE_QUALIFIERS = frozenset({"up to"})
#: "X, or Y" / "X (Y)": Y restates X ("$10 a share, or $540 million").
_APPOSITIVE = re.compile(rf"(?:{_SP}+[^.;,()$\d]{{0,60}}?)?(?:,{_SP}*or{_SP}+|{_SP}*[(]){_SP}*$")
_FROM_AFTER = re.compile(r"^[^.;]{0,40}?\bfrom\b")


@dataclass
class Currency:
    """A currency as written: a code, or a family to resolve from context."""

    code: str | None = None
    family: str | None = None
    factor: float = 1.0
    explicit: bool = False  # the surface names one currency ("C$", "Canadian dollars")


@dataclass
class Candidate:
    """One money mention before its family currency is resolved."""

    start: int
    end: int
    low: float
    high: float | None
    currency: Currency | None
    qualifier: str = "exact"
    rule: str = "money.amount"
    extras: dict = field(default_factory=dict)


def currency_of_prefix(surface: str | None) -> Currency | None:
    """The currency of a symbol or code written before the amount.

    >>> currency_of_prefix("US$").code, currency_of_prefix("$").family
    ('USD', 'dollar')
    >>> currency_of_prefix(None) is None
    True
    """
    if not surface:
        return None
    value = lx.SYMBOLS.get(surface)
    if value is None and surface in lx.ISO_CODES:
        value = surface
    return _currency(value, explicit=surface not in ("$", "£", "Rs", "Rs.", "Fr."))


def currency_of_suffix(surface: str | None) -> Currency | None:
    """The currency of a name, code or symbol written after the amount.

    >>> c = currency_of_suffix(" N.Z. Dlrs"); c.code, c.explicit
    ('NZD', True)
    >>> currency_of_suffix(" dlrs").family, currency_of_suffix(" cents").factor
    ('dollar', 0.01)
    >>> currency_of_suffix(" Belarusian rubles").code
    'BYN'
    """
    if not surface:
        return None
    text = " ".join(surface.lstrip("-").split())
    if text in lx.ISO_CODES:
        return _currency(text, explicit=True)
    if text in lx.SYMBOLS:
        return currency_of_prefix(text)
    key = text.lower()
    if key in lx.SUBUNITS:
        value, factor = lx.SUBUNITS[key]
        cur = _currency(value, explicit=value.isupper())
        if cur is not None:
            cur.factor = factor
        return cur
    if key in lx.FAMILY_WORDS:
        return _currency(lx.FAMILY_WORDS[key], explicit=False)
    return _currency(lx.NAMES.get(key), explicit=True)


def _currency(value: str | None, *, explicit: bool) -> Currency | None:
    if value is None:
        return None
    if value.isupper():
        return Currency(code=value, family=lx.family_of(value), explicit=explicit)
    return Currency(family=value, explicit=False)


def _number(text: str) -> float | None:
    from factex.numbers import parse_number

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
    after = _QUAL_AFTER.match(text[end : end + 20])
    if after is not None and qualifier == "exact":
        qualifier = lx.QUALIFIERS_AFTER[" ".join(after["q"].lower().split())]
        end += after.end("q")
    return qualifier, start, end


def _elliptical(text: str, end: int) -> bool:
    """A bare magnitude amount may elide its currency when no noun follows it."""
    nxt = _NEXT_WORD.match(text[end : end + 30])
    if nxt is None:
        return False
    return nxt["word"] is None or nxt["word"].lower() in lx.ELLIPSIS_FOLLOWERS


def _candidates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    pos = 0
    while True:
        m = CANDIDATE.search(text, pos)
        if m is None:
            return out
        cand, pos = _read_match(text, m)
        if cand is not None:
            out.append(cand)


def _read_match(text: str, m: re.Match) -> tuple[Candidate | None, int]:
    """The candidate a match stands for and where to search next."""
    post = currency_of_suffix(m["post"])
    if post is not None and post.family == "pound" and _POUND_OF.match(text[m.end() :]):
        return None, m.end()  # "5 pounds of sugar" is a weight
    if m["post"] and m["post"].strip().lower() == "mark" and not (m["mag1"] or m["mag2"]):
        return None, m.end()  # "crossed the 50 mark"
    pre = currency_of_prefix(m["pre"])
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
                return _finish(text, m.start(), m.end(), lo, hi, cur, "money.range", m), m.end()
    if m["num2"] is not None:  # not a range: the first amount stands alone
        end = m.end("mag1") if m["mag1"] else m.end("num")
        cur = pre
        if low is None:
            return None, end
        value = low * _magnitude(m["mag1"])
        if cur is not None:
            return _finish(text, m.start(), end, value, None, cur, "money.symbol_before", m), end
        return _ellipsis(text, m.start("num"), end, value, m["mag1"]), m.start("sep") + 1
    if low is None:
        return None, m.end()
    value = low * _magnitude(m["mag1"])
    cur = pre or post
    if cur is None:
        return _ellipsis(text, m.start("num"), m.end(), value, m["mag1"]), m.end()
    rule = "money.symbol_before" if pre is not None else "money.name_after"
    if m["num"].lower() in ("a", "an") and not m["mag1"]:
        return None, m.end()
    return _finish(text, m.start(), m.end(), value, None, cur, rule, m), m.end()


def _ellipsis(text: str, start: int, end: int, value: float, mag: str | None) -> Candidate | None:
    if not mag or mag.strip(" \u00a0-").lower() not in MAGNITUDES:
        return None
    if mag.strip(" \u00a0-").lower() in SUFFIX_ONLY or not _elliptical(text, end):
        return None
    qualifier, start, end = _qualifier(text, start, end)
    return Candidate(start, end, value, None, None, qualifier, "money.ellipsis")


def _finish(text, start, end, low, high, cur, rule, m) -> Candidate:
    low *= cur.factor
    if high is not None:
        high *= cur.factor
    if cur.code and lx.family_of(cur.code) is None:
        rule = rule.replace("symbol_before", "code_before") if m["pre"] else rule
    qualifier, start, end = _qualifier(text, start, end)
    return Candidate(start, end, low, high, cur, qualifier, rule)


# ------------------------------------------------------------------ context


class Context:
    """What the article says about which member of a currency family it means."""

    def __init__(self, text: str, cands: list[Candidate]) -> None:
        self.text = text
        self.explicit: dict[str, list[tuple[int, str]]] = {}
        for c in cands:
            if c.currency is not None and c.currency.explicit and c.currency.family:
                self.explicit.setdefault(c.currency.family, []).append((c.start, c.currency.code))
        self._cues: dict[str, str | None] = {}

    def resolve(self, family: str, pos: int) -> str | None:
        """The member of ``family`` meant at ``pos`` (see ``resolve_family``)."""
        seen = self.explicit.get(family, [])
        if seen:
            i = bisect_right([p for p, _ in seen], pos)
            if i > 0:
                return seen[i - 1][1]
            codes = {code for _, code in seen}
            if len(codes) == 1:
                return codes.pop()
        if family not in self._cues:
            self._cues[family] = cue_member(self.text, family)
        return self._cues[family] or lx.DEFAULTS.get(family)


def cue_member(text: str, family: str) -> str | None:
    """The member of a family the article's countries point to, if any.

    A dollar article naming the United States stays USD; otherwise the member whose
    country or adjective the article names most ("Canada", "Canadian").

    >>> cue_member("Ottawa said Canada's exports rose.", "dollar")
    'CAD'
    >>> cue_member("Canada and the United States agreed.", "dollar") is None
    True
    """
    default = lx.DEFAULTS.get(family)
    cues = lx.country_cues(family)
    default_words = list(cues.get(default, ()))
    if family == "dollar":
        default_words += list(lx.USD_CUES)
    if default_words and _count(text, tuple(default_words)):
        return None
    best, best_n = None, 0
    for code, words in cues.items():
        if code == default:
            continue
        n = _count(text, words)
        if n > best_n:
            best, best_n = code, n
    return best


_CUE_RES: dict[tuple[str, ...], re.Pattern] = {}


def _count(text: str, words: tuple[str, ...]) -> int:
    pattern = _CUE_RES.get(words)
    if pattern is None:
        pattern = re.compile(r"(?<![\w.])(?:" + _alternation(words) + r")(?![a-z])")
        _CUE_RES[words] = pattern
    return len(pattern.findall(text))


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
        cands = _candidates(text)
    except (RecursionError, ValueError, OverflowError):  # pragma: no cover - defensive
        return []
    if not cands:
        return []
    ctx = Context(text, cands)
    codes: list[str | None] = []
    for c in cands:
        cur = c.currency
        if cur is None:
            codes.append(None)
        elif cur.code and (cur.explicit or not cur.family):
            codes.append(cur.code)
        else:
            codes.append(ctx.resolve(cur.family or "", c.start) if cur.family else cur.code)
    _fill_ellipses(text, cands, codes)
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


def _fill_ellipses(text: str, cands: list[Candidate], codes: list[str | None]) -> None:
    """Bare magnitude amounts take the currency of the nearest money in the same
    sentence: the one before it, else the one after it ("rose 200 mln to 7.2 billion
    dlrs", "against 164 mln dlrs in March and 262 mln in April"); or of money closing
    the sentence just before, when it is near ("... 2.23 billion in February. Imports
    were 2.63 billion")."""
    if all(c.currency is not None for c in cands):
        return
    ends = _sentence_bounds(text)
    for i, c in enumerate(cands):
        if c.currency is not None:
            continue
        sentence = bisect_right(ends, c.start)
        before = next((j for j in range(i - 1, -1, -1) if codes[j] is not None), None)
        after = next((j for j in range(i + 1, len(cands)) if cands[j].currency), None)
        if before is not None and bisect_right(ends, cands[before].start) == sentence:
            codes[i] = codes[before]
        elif after is not None and bisect_right(ends, cands[after].start) == sentence:
            codes[i] = codes[after]
        elif before is not None and c.start - cands[before].end <= ELLIPSIS_REACH_BACK:
            codes[i] = codes[before]


__all__ = ["CANDIDATE", "find_money"]
