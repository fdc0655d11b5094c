"""Which currency an amount is in: the currency as written, and, for a family word or
symbol ("$", "dollars", "pounds", "francs"), the member the article means.

``currency_of_prefix`` / ``currency_of_suffix`` read a written currency into a
``Currency`` (a code, or a family to resolve); ``CurrencyContext`` resolves a family
from the article's evidence (a stated unit, a qualified mention nearby, the country
the article is about).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

from factex.money import lexicon as lx
from factex.patterns import hits, trie_alternation, word_scanner

_SP = r"[ \u00a0]"
#: A country must be named this often (outside money and currency names, with no
#: mention of the default's country) before a bare family word is taken as its
#: currency ("Canada's surplus was 1.25 billion dlrs" -> CAD).
CUE_MIN_MENTIONS = 1
#: "figures in Canadian dollars": a stated unit for the amounts around it.
_IN_CURRENCY = re.compile(
    rf"in{_SP}+(?P<name>{trie_alternation(n for n in lx.NAMES if ' ' in n)})(?![\w$])"
)
_QUALIFIED_NAME = word_scanner(
    rf"(?<![\w.])(?:{trie_alternation(n for n in lx.NAMES if ' ' in n)}(?![\w$]))"
)
_NEWLINE = re.compile("\n")


@dataclass
class Currency:
    """A currency as written: a code, or a family to resolve from context."""

    code: str | None = None
    family: str | None = None
    factor: float = 1.0
    explicit: bool = False  # the surface names one currency ("C$", "Canadian dollars")
    symbol: bool = False  # a bare symbol ("$", "£") rather than a word ("dollars")


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
    sentence_only: bool = False  # an ellipsis that borrows only from its own sentence


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
    cur = _currency(value, explicit=surface not in ("$", "£", "Rs", "Rs.", "Fr.", "dlrs"))
    if cur is not None and cur.code is None:
        cur.symbol = not surface.isalpha()
    return cur


def currency_of_suffix(surface: str | None) -> Currency | None:
    """The currency of a name, code or symbol written after the amount.

    >>> c = currency_of_suffix(" N.Z. Dlrs"); c.code, c.explicit
    ('NZD', True)
    >>> currency_of_suffix(" dlrs").family, currency_of_suffix(" cents").factor
    ('dollar', 0.01)
    >>> currency_of_suffix("p").code, currency_of_suffix("p").factor
    ('GBP', 0.01)
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
    if key in lx.SUBUNITS or text in lx.GLUED_SUBUNITS:
        value, factor = lx.SUBUNITS.get(key) or lx.GLUED_SUBUNITS[text]
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


class CurrencyContext:
    """What the article says about which member of a currency family it means.

    Evidence, strongest first: a stated unit before the mention ("figures in Canadian
    dollars"); for a bare word ("dlrs"), a qualified mention before it in the same
    paragraph ("76 mln N.Z. dlrs ... 89 mln dlrs"); the country the article is about
    (``cue_member``, counted outside money and currency names), except for a bare "$"
    or "£" (``lexicon.SYMBOL_KEEPS_DEFAULT``); for a bare symbol, the newsroom
    contrast (an article that writes "C$" writes "$" for US dollars); for a
    bare word, any qualified mention before it, or the one variety the article
    qualifies; else the family's default. (A bare word right after a mention of the
    same family in its sentence takes that mention's currency: see ``find_money``.)
    """

    def __init__(self, text: str, cands: list[Candidate], lower: str | None = None) -> None:
        self.text = text
        self.lower = text.lower() if lower is None else lower
        self.cands = cands
        self.explicit: dict[str, list[tuple[int, str]]] = {}
        self.stated: dict[str, list[tuple[int, str]]] = {}
        for c in cands:
            if c.currency is not None and c.currency.explicit and c.currency.family:
                self.explicit.setdefault(c.currency.family, []).append((c.start, c.currency.code))
        for m in _IN_CURRENCY.finditer(self.lower):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            cur = currency_of_suffix(m["name"])
            if cur is not None and cur.family and cur.code:
                self.stated.setdefault(cur.family, []).append((m.start(), cur.code))
        self._cues: dict[str, str | None] = {}
        self._masked: str | None = None
        self._capitalized: set[str] | None = None
        self._pos: dict[str, list[int]] = {}
        self._newlines: list[int] | None = None

    def _positions(self, family: str) -> list[int]:
        if family not in self._pos:
            self._pos[family] = [p for p, _ in self.explicit.get(family, [])]
        return self._pos[family]

    def resolve(self, family: str, pos: int, *, symbol: bool = False) -> str | None:
        """The member of ``family`` meant at ``pos``."""
        default = lx.DEFAULTS.get(family)
        stated = self.stated.get(family)
        if stated:
            i = bisect_right(stated, (pos, ""))
            if i > 0:
                return stated[i - 1][1]
        cue = self.cue(family)
        seen = self.explicit.get(family, [])
        if symbol:
            if family in lx.SYMBOL_KEEPS_DEFAULT or {code for _, code in seen} - {default}:
                return default
            return cue or default
        i = bisect_right(self._positions(family), pos)
        before = seen[i - 1][1] if i > 0 else None
        if before is not None and self._same_paragraph(seen[i - 1][0], pos):
            return before
        if cue is not None:
            return cue
        if before is not None:
            return before
        codes = {code for _, code in seen}
        return codes.pop() if len(codes) == 1 else default

    def _same_paragraph(self, start: int, pos: int) -> bool:
        """Whether no line break separates ``start`` from ``pos``."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.text)]
        return bisect_right(self._newlines, start) == bisect_right(self._newlines, pos)

    def cue(self, family: str) -> str | None:
        if family not in self._cues:
            if self._masked is None:
                self._masked = _mask(self.text, self.cands, self.lower)
                self._capitalized = set(_CAPITALIZED.findall(self._masked))
            self._cues[family] = cue_member(self._masked, family, self._capitalized)
        return self._cues[family]


def _mask(text: str, cands: list[Candidate], lower: str | None = None) -> str:
    """The text with money mentions and currency names blanked: the "Canadian" of
    "C$5, or 18 Canadian cents" or the "U.S." of "0.68 U.S. dlrs" say nothing about the
    country an article is about."""
    spans = [(c.start, c.end) for c in cands if c.currency is not None]
    lower = text.lower() if lower is None else lower
    spans += [m.span("hit") for m in hits(_QUALIFIED_NAME, lower)]
    parts, last = [], 0
    for start, end in sorted(spans):
        if start < last:
            continue
        parts += [text[last:start], " " * (end - start)]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def cue_member(text: str, family: str, capitalized: set[str] | None = None) -> str | None:
    """The member of a family the article's countries point to, if any.

    A dollar article naming the United States (or a state) stays USD; otherwise the
    member whose country, province or adjective the article names most ("Canada",
    "Ontario", "Canadian"), if it names it at least ``CUE_MIN_MENTIONS`` times.

    >>> cue_member("Canada's exports rose, Statistics Canada said.", "dollar")
    'CAD'
    >>> cue_member("Texas-based Coda borrowed from National Canada Corp.", "dollar") is None
    True
    >>> cue_member("Canada and the United States agreed.", "dollar") is None
    True
    """
    default = lx.DEFAULTS.get(family)
    cues = lx.country_cues(family)
    default_words = list(cues.get(default, ()))
    if family == "dollar":
        default_words += list(lx.USD_CUES)
    if capitalized is None:  # the capitalized words of ``text``, read once per article
        capitalized = set(_CAPITALIZED.findall(text))
    if default_words and _count(text, tuple(default_words), capitalized, enough=1):
        return None
    best, best_n = None, CUE_MIN_MENTIONS - 1
    heads = _cue_heads(family)
    named = set().union(*(heads[form] for form in heads.keys() & capitalized))
    for code, words in cues.items():
        if code == default or code not in named:  # no name of it starts a capitalized word
            continue
        n = _count(text, words, capitalized)
        if n > best_n:
            best, best_n = code, n
    return best


@functools.cache
def _cue_heads(family: str) -> dict[str, set[str]]:
    """Each capitalized form of a cue name's first word -> the members it may name.

    >>> sorted(_cue_heads("dollar")["Canada"])
    ['CAD']
    """
    heads: dict[str, set[str]] = {}
    for code, words in lx.country_cues(family).items():
        for form in _head_index(words):
            heads.setdefault(form, set()).add(code)
    return heads


_CUE_RES: dict[str, re.Pattern] = {}
_CAPITALIZED = re.compile(r"[A-Z][\w.]*")


def _count(
    text: str, words: tuple[str, ...], capitalized: set[str] | None = None, *, enough: int = 0
) -> int:
    """How often any of ``words`` (names, capitalized) occurs in ``text`` as a word.

    Only names whose first word occurs among the text's capitalized tokens are counted
    with a regex, so a family's hundreds of cue names cost one pass over the text.
    """
    if capitalized is None:
        capitalized = set(_CAPITALIZED.findall(text))
    total = 0
    index = _head_index(words)
    # The names whose first word the text has, in table order (as the early stop needs).
    for i in sorted({i for form in index.keys() & capitalized for i in index[form]}):
        word = words[i]
        pattern = _CUE_RES.get(word)
        if pattern is None:
            pattern = _CUE_RES[word] = _cue_pattern(word)
        total += len(pattern.findall(text))
        if enough and total >= enough:
            break
    return total


@functools.lru_cache(maxsize=256)
def _head_index(words: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each capitalized form of a first word occurs in ``words``: the first word,
    with a point, in capitals ("New", "New.", "NEW" -> the names starting "New ").

    >>> _head_index(("New Zealand", "New York", "Canada"))["NEW"]
    [0, 1]
    """
    index: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        head = word.split(" ", 1)[0]
        for form in dict.fromkeys((head, head + ".", head.upper())):
            index.setdefault(form, []).append(i)
    return index


def _cue_pattern(word: str) -> re.Pattern[str]:
    r"""``word`` or ``WORD`` as a word: not after a word character or a point, no small
    letter after it. The lookbehind follows each literal form (fixed width), so the
    pattern starts with literals the engine scans for in C; the matches are those of
    ``(?<![\w.])(?:word|WORD)(?![a-z])``.

    >>> _cue_pattern("Canada").findall("Canada, CANADA, Canadas, X.Canada, Statistics Canada")
    ['Canada', 'CANADA', 'Canada']
    """
    forms = "|".join(rf"{re.escape(f)}(?<![\w.]{re.escape(f)})" for f in (word, word.upper()))
    return re.compile(rf"(?:{forms})(?![a-z])")
