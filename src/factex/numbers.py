"""Shared number parsing for the rooms: "1.2", "3,500", "1.2bn", "five", "half a".

A small, stable API (money and facts use it; periods take their number words from it):

- ``NUMBER``: a regex source (no groups) matching one written number: digits with
  thousands separators and decimals, or English number words ("twenty-five",
  "two and a half", "half a"); ``ARTICLE_NUMBER`` is "a"/"an", to use before a
  magnitude only ("a billion").
- ``MAGNITUDE``: a regex source (no groups) matching a magnitude word or suffix
  ("million", "mln", "bn", "m", "k", ...).
- ``WORD_VALUES``: the number words below a hundred with their values ("twelve": 12),
  the one number-word table.
- ``parse_number(text)``: the value of a ``NUMBER`` match, or ``None``.
- ``parse_magnitude(word)``: the multiplier of a ``MAGNITUDE`` match, or ``None``.
- ``parse_amount(text)``: a number optionally followed by a magnitude ("1.2bn").

Number words go through text2num (the ``text_to_num`` module); fractions ("half",
"quarter") and the article "a" are ours. Nothing here raises on odd input.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from text_to_num import text2num

# Multipliers of magnitude words and wire-service/financial abbreviations. Order in the
# regex is longest first so "mln" wins over "m". Indian "lakh"/"crore" are included.
MAGNITUDES: dict[str, float] = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "mio": 1e6,
    "mil": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "trillions": 1e12,
    "tln": 1e12,
    "trn": 1e12,
    "tn": 1e12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# Abbreviations that are only magnitudes when written right after digits ("1.2bn",
# "$5m", "50k"); as separate words they are too ambiguous ("5 m" is five metres).
SUFFIX_ONLY = frozenset({"k", "m", "b", "mn", "bn", "tn"})

#: The number words below a hundred that text2num reads, with their values: the one
#: number-word table (periods take the small ones from it).
WORD_VALUES: dict[str, int] = dict(
    zip(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
        ],
        [*range(20), *range(20, 100, 10)],
        strict=True,
    )
)
_UNITS = [w for w, n in WORD_VALUES.items() if 1 <= n <= 19]
_TENS = [w for w, n in WORD_VALUES.items() if n >= 20]
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}

#: Every word that can start a written number (for cheap anchoring).
NUMBER_WORDS: tuple[str, ...] = (*_UNITS, *_TENS, "zero")

_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN = "|".join(_TENS)
# "twenty-five", "ninety", "seven"
_WORD_0_99 = rf"(?:(?:{_TEN})(?:[- ](?:{_UNIT}))?|{_UNIT})"
# "two hundred fifty", "two hundred and fifty"
_WORD_0_999 = rf"(?:(?:{_WORD_0_99}|an?)\s+hundred(?:\s+(?:and\s+)?{_WORD_0_99})?|{_WORD_0_99})"
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Spoken decimals in broadcast transcripts: "one point six (billion)".
_WORD_DECIMAL = rf"(?:{_WORD_0_99}|zero)\s+point(?:\s+{_DIGIT_WORD})+"
_WORD_FRACTION = r"(?:half\s+an?|a\s+half|a\s+quarter(?:\s+of\s+an?)?|a\s+third\s+of\s+an?)"
WORD_NUMBER = (
    rf"(?:{_WORD_DECIMAL}|{_WORD_0_999}(?:\s+and\s+(?:a\s+half|a\s+quarter))?|{_WORD_FRACTION})"
)
#: The article "a"/"an" as the number one: match it only right before a magnitude
#: ("a billion"), never on its own.
ARTICLE_NUMBER = r"(?<![\w-])an?"
# Thousands by commas ("3,500") or by thin/no-break/plain spaces ("5 000", as written
# in much of Europe and the CIS), decimals by a point.
DIGIT_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])(?:\.\d+)?"
    r"|\d+(?:\.\d+)?|\.\d+)"
)
NUMBER = rf"(?:{DIGIT_NUMBER}|(?<![\w-]){WORD_NUMBER}(?![\w-]))"
MAGNITUDE = (
    "(?:" + "|".join(sorted((re.escape(m) for m in MAGNITUDES), key=len, reverse=True)) + ")"
)

_DIGITS_RE = re.compile(rf"{DIGIT_NUMBER}$")
_SEPARATORS_RE = re.compile(r"[,\s\u202f]")
_AMOUNT_RE = re.compile(
    rf"\s*(?P<num>{NUMBER}|{ARTICLE_NUMBER}(?=\s))\s*(?:-\s*)?(?P<mag>{MAGNITUDE})?\.?\s*$",
    re.IGNORECASE,
)


def parse_magnitude(word: str | None) -> float | None:
    """The multiplier a magnitude word stands for.

    >>> parse_magnitude("mln"), parse_magnitude("Billion"), parse_magnitude("bn")
    (1000000.0, 1000000000.0, 1000000000.0)
    >>> parse_magnitude("dozen") is None
    True
    """
    if not word:
        return None
    return MAGNITUDES.get(word.strip().rstrip(".").lower())


_DIGIT_VALUES = {w: n for w, n in WORD_VALUES.items() if n <= 9}
_DIGIT_VALUES["oh"] = 0


def _parse_decimal_words(text: str) -> float | None:
    whole, _, decimals = text.partition(" point ")
    digits = [_DIGIT_VALUES.get(w) for w in decimals.split()]
    integer = 0.0 if whole == "zero" else _parse_words(whole)
    if integer is None or not digits or None in digits:
        return None
    return integer + float("0." + "".join(str(d) for d in digits))


@lru_cache(maxsize=4096)
def _parse_words(words: str) -> float | None:
    text = " ".join(words.lower().replace("-", " ").split())
    if " point " in text:
        return _parse_decimal_words(text)
    if text in ("a", "an"):
        return 1.0
    fraction = 0.0
    for tail, value in (("and a half", 0.5), ("and a quarter", 0.25)):
        if text.endswith(" " + tail):
            text, fraction = text[: -len(tail) - 1].strip(), value
    head = text.split(" ")[0]
    rest = text.split(" ")[-1]
    if head in _FRACTIONS and rest in ("a", "an"):  # "half a"
        return _FRACTIONS[head]
    if head in ("a", "an") and text.split(" ")[1] in _FRACTIONS:  # "a half", "a quarter of a"
        return _FRACTIONS[text.split(" ")[1]]
    if head in ("a", "an"):  # "a hundred"
        text = "one" + text[len(head) :]
    text = text.replace(" and ", " ")
    try:
        return float(text2num(text, "en")) + fraction
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=4096)  # a pure function of one written number
def parse_number(text: str) -> float | None:
    """The value of one written number, or ``None``.

    >>> parse_number("1.2"), parse_number("3,500"), parse_number(".5"), parse_number("5 000")
    (1.2, 3500.0, 0.5, 5000.0)
    >>> parse_number("five"), parse_number("twenty-five"), parse_number("two hundred and fifty")
    (5.0, 25.0, 250.0)
    >>> parse_number("half a"), parse_number("two and a half"), parse_number("a")
    (0.5, 2.5, 1.0)
    >>> parse_number("a hundred thirty"), parse_number("one point six")
    (130.0, 1.6)
    >>> parse_number("banana") is None, parse_number("") is None
    (True, True)
    """
    text = text.strip()
    if not text:
        return None
    if _DIGITS_RE.match(text):
        try:
            value = float(_SEPARATORS_RE.sub("", text))
        except ValueError:
            return None
        return value if math.isfinite(value) else None
    return _parse_words(text)


def parse_amount(text: str) -> float | None:
    """A number with an optional magnitude: "1.2bn", "750 mln", "half a billion".

    >>> parse_amount("1.2bn"), parse_amount("750 mln"), parse_amount("half a billion")
    (1200000000.0, 750000000.0, 500000000.0)
    >>> parse_amount("$5"), parse_amount("five million"), parse_amount("50k")
    (None, 5000000.0, 50000.0)
    """
    match = _AMOUNT_RE.match(text)
    if match is None:
        return None
    value = parse_number(match["num"])
    if value is None:
        return None
    mag = parse_magnitude(match["mag"])
    return value * mag if mag else value
