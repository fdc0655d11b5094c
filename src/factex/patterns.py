"""Regex building blocks the rooms share: word alternations built as tries, alternatives
that start at a word, scanners that skip words inside the engine, the case-sensitive
twins of case-blind patterns for lower-cased text, and what a pattern says about
itself (``first_words``, ``max_width``: read off the stdlib's parse of the regex, so
that a rule's index entry is derived from its pattern, never kept beside it)."""

from __future__ import annotations

import functools
import re
import re._parser as _parser  # the stdlib's regex parser, read by ``first_words``
from collections.abc import Callable, Iterable, Iterator
from re._constants import (
    ANY,
    ASSERT,
    ASSERT_NOT,
    AT,
    ATOMIC_GROUP,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_NOT_WORD,
    CATEGORY_SPACE,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    NEGATE,
    NOT_LITERAL,
    POSSESSIVE_REPEAT,
    RANGE,
    SUBPATTERN,
)

# What a pattern may spell in capitals without matching a capital: escapes, group names.
_NOT_LETTERS = re.compile(r"\\.|\(\?P(?:<\w+>|=\w+\))")


def longest_first(words: Iterable[str]) -> str:
    r"""``words`` escaped and joined as a regex alternation, longest first, so that a
    word never loses to a shorter word it starts with.

    >>> longest_first(["u.s.", "us", "usd"])
    'u\\.s\\.|usd|us'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie_alternation(words: Iterable[str]) -> str:
    r"""A regex matching any of ``words``, built as a trie so the engine follows one
    branch per letter instead of trying hundreds of words one by one; a space in a word
    matches any run of blanks (space or no-break space).

    >>> trie_alternation(["us", "usd", "eur"])
    '(?:(?:eur|us(?:d)?))'
    >>> trie_alternation(["the", "this", "a"])
    '(?:(?:a|th(?:e|is)))'
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return f"(?:{_emit(trie)})"


def _emit(node: dict) -> str:
    branches = [
        (r"[ \u00a0]+" if ch == " " else re.escape(ch)) + _emit(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{alt})?" if "" in node else alt


def word_scanner(
    hit: str, *, word: str = "[a-z]", gap: str = "[^a-z]", flags: int = 0
) -> re.Pattern[str]:
    r"""A pattern for ``finditer`` whose match ends with the next match of ``hit``
    (group ``hit``; None at the end of the text), where ``hit`` starts at a ``word``
    character (``gap`` is its complement). The words in between are skipped inside the
    engine, one loop step per word and the gap after it, all possessive, in one call per
    hit: searching for ``hit`` itself would enter the engine at every character. Same
    hits as ``finditer(hit)`` where every hit starts a word; read them with ``hits``.

    >>> [m["hit"] for m in word_scanner(r"(?<!\w)(?:one|two)").finditer("one 2two two")]
    ['one', 'two', None]
    """
    skip = rf"{gap}*+(?:(?!{hit}){word}++{gap}*+)*+"
    return re.compile(rf"{skip}(?:(?P<hit>{hit})|\Z)", flags)


def hits(
    scanner: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """The matches of a ``word_scanner`` that found something."""
    for m in scanner.finditer(text, pos, len(text) if endpos is None else endpos):
        if m["hit"] is None:
            return
        yield m


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` without IGNORECASE, for lower-cased text: where ``lowers_simply``
    holds, it matches the lower-cased text exactly where ``pattern`` matches the
    original, and faster (the engine compares characters without folding each one).
    A pattern with an upper-case letter (outside an escape or a group name) would
    then miss, so it is refused.

    >>> lower_twin(re.compile(r"\brose\b", re.I)).search("exports rose ")
    <re.Match object; span=(8, 12), match='rose'>
    >>> lower_twin(re.compile("Rose", re.I))
    Traceback (most recent call last):
    ...
    ValueError: an upper-case letter in 'Rose'
    """
    letters = _NOT_LETTERS.sub("", pattern.pattern)
    if letters != letters.lower():
        raise ValueError(f"an upper-case letter in {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def lowers_simply(text: str, lowered: str) -> bool:
    """Whether case-insensitive matching on ``text`` is plain matching on ``lowered``
    (``text.lower()``): no character lower-cases to two ("İ"), and none of the two
    letters that match an ASCII letter without being its case (dotless "ı" and long
    "ſ") is in it.

    >>> lowers_simply("Talks in Ankara", "talks in ankara"), lowers_simply("İzmir", "i̇zmir")
    (True, False)
    """
    return len(text) == len(lowered) and "ı" not in text and "ſ" not in text


# --- the first words a pattern can start with ----------------------------------------

#: The words a text is cut into to look rules up by their first word: runs of ASCII
#: letters (of the lowercased text), runs of digits, a quote before a digit ("'90s").
WORD = re.compile(r"[a-z]+|\d+|'(?=\d)")


def word_key(word: str) -> str | None:
    """The index key of a ``WORD`` match: the word itself, ``#4`` for a four-digit
    number, ``#n`` for a one- or two-digit one (``None`` for other numbers).

    >>> word_key("the"), word_key("2019"), word_key("5"), word_key("123")
    ('the', '#4', '#n', None)
    """
    if not word[0].isdigit():
        return word
    return "#4" if len(word) == 4 else "#n" if len(word) <= 2 else None


class NotDerivable(ValueError):
    """A pattern whose first words cannot be read off it (say so in the rule instead)."""


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_BLANK = " "  # stands for every character that ends a word
_MAX_DIGITS = 5  # a longer run of digits is no key either
_MAX_CLASS_LETTERS = 4  # "[Ff]" is a letter to list; a wider class is no first word


def first_words(pattern: str | re.Pattern[str]) -> frozenset[str]:
    r"""Every ``word_key`` a match of ``pattern`` can start with, read off the parsed
    regex: letters (lower-cased), digit runs, a quote before a digit. Lookarounds and
    anchors are passed over, so the set is a superset of the truth, never a subset.
    Raises ``NotDerivable`` when a match may start with anything else or with a class
    of letters too wide to list ("[a-z]").

    >>> sorted(first_words(r"(?:\bthe\s+)?\b(?P<n>[12]?\d)(?:st|nd)[-\s]+century\b"))
    ['#n', 'the']
    >>> sorted(first_words(r"\b(?:Q[1-4]|[1-4]Q)(?:\s*\d{4})?|(?i:fiscal|FY\s?)\d{4}"))
    ['#n', 'fiscal', 'fy', 'q']
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    tokens = _walk(list(_parser.parse(source)), {("", False)})
    keys = set()
    for token, _done in tokens:
        if not token:
            raise NotDerivable(f"{source!r} can match without a word")
        key = "'" if token == "'" else word_key(token)
        if key is not None:
            keys.add(key)
    return frozenset(keys)


_State = tuple[str, bool]  # the first word read so far, and whether it has ended
_Extend = Callable[[set[_State], "set[str] | None"], set[_State]]


def _walk(items: list, states: set[_State], extend: _Extend | None = None) -> set[_State]:
    """The states after reading ``items`` (``extend``: one character more; ``_extend``)."""
    extend = extend or _extend
    for op, arg in items:
        if all(done for _, done in states):
            return states
        if op is LITERAL:
            states = extend(states, {_char(chr(arg))})
        elif op is IN:
            states = extend(states, _class_chars(arg))
        elif op in (NOT_LITERAL, ANY):
            states = extend(states, None)
        elif op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width
        elif op is SUBPATTERN:
            states = _walk(list(arg[-1]), states, extend)
        elif op is ATOMIC_GROUP:
            states = _walk(list(arg), states, extend)
        elif op is BRANCH:
            states = set().union(*(_walk(list(branch), states, extend) for branch in arg[1]))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            low, high, body = arg
            for _ in range(low):
                states = _walk(list(body), states, extend)
            seen, count = set(states), low
            while count < high:
                states = _walk(list(body), states, extend)
                count += 1
                if states <= seen:
                    break
                seen |= states
            states = seen
        else:
            raise NotDerivable(f"cannot read first words through {op}")
    return states


def next_words(pattern: str | re.Pattern[str], first: str) -> frozenset[str | None] | None:
    r"""The ``word_key`` of the word a match of ``pattern`` that starts with the word
    keyed ``first`` can go on with, or ``None`` when that second word cannot be read
    off the pattern (the rule is then tried after every ``first``). Like ``first_words``,
    a superset of the truth. Lets a rule index tell "the first quarter" from "the
    company" without trying the rule.

    >>> sorted(next_words(r"(?:\bthe\s+)?\b(?P<n>[12]?\d)(?:st|nd)[-\s]+century\b", "the"))
    ['#n']
    >>> next_words(r"the\s+\w+", "the") is None
    True
    >>> sorted(next_words(r"the\s+'\d0s", "the"))  # "the '80s": a quote, or a gap before "80"
    ['#n', "'"]
    """
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    states = _two_word_states(source)
    if states is None:
        raise NotDerivable(f"cannot read two words off {source[:40]!r}")
    keys: set[str | None] = set()
    for token, _done in states:
        word, _, second = token.partition(" ")
        if not word or word_key(word) != first:
            continue
        if not second or second == "*":
            return None  # a match may end after the first word, or go on with anything
        keys.add(word_key(second))
    return frozenset(keys)


_MAX_SECOND = 30  # letters of a second word read; a longer one stands for any


@functools.cache
def _two_word_states(source: str) -> frozenset[_State] | None:
    """The two-word states of a pattern, read once per pattern (an index asks once for
    each of its first words); ``None`` when they cannot be read."""
    try:
        return frozenset(_walk(list(_parser.parse(source)), {("", False)}, _extend_two))
    except NotDerivable:
        return None


def _extend_two(states: set[_State], chars: set[str] | None) -> set[_State]:
    """``_extend`` for two words: a state's token is the first word, then (after a
    space) the second as read so far; "first *" when the second can be anything."""
    out: set[_State] = set()
    for token, done in states:
        if " " not in token:  # still in the first word
            if chars is None or len(chars - {"0", _BLANK}) > _MAX_CLASS_LETTERS:
                raise NotDerivable("a match may start or go on with any character")
            for c in chars:
                if not token:
                    if c == _BLANK:
                        raise NotDerivable("a match may start with a character of no word")
                    out.add(("' " if c == "'" else c, False))
                elif c == _BLANK:
                    out.add((token + " ", False))
                elif c == "'":  # the quote is the second word before a digit, else a gap
                    out.update(((f"{token} '", True), (token + " ", False)))
                elif (c == "0") != (token[0] == "0"):  # "1990s": a second word, no space
                    out.add((f"{token} {c}", False))
                elif c == "0" and len(token) >= _MAX_DIGITS:
                    out.add((token, False))
                else:
                    out.add((token + c, False))
            continue
        if done:
            out.add((token, done))
            continue
        word, _, second = token.partition(" ")
        if chars is None or len(chars - {"0", _BLANK}) > _MAX_CLASS_LETTERS:
            out.add((f"{word} *", True))
            continue
        for c in chars:
            if c == "'":  # as after the first word; ends a second word begun
                out.update(
                    ((f"{word} '", True), (token, False)) if not second else ((token, True),)
                )
            elif not second:
                out.add((token if c == _BLANK else token + c, False))
            elif c == _BLANK or (c == "0") != (second[0] == "0"):
                out.add((token, True))
            elif len(second) >= _MAX_SECOND:
                out.add((f"{word} *", True))
            elif c == "0" and len(second) >= _MAX_DIGITS:
                out.add((token, False))
            else:
                out.add((token + c, False))
    return out


def _char(c: str) -> str:
    c = c.lower()
    if c in _LETTERS or c == "'":
        return c
    return "0" if c.isdigit() else _BLANK


def _class_chars(items: list) -> set[str] | None:
    """The characters a class stands for, as ``_char`` maps them; ``None`` if too wide."""
    chars: set[str] = set()
    for op, arg in items:
        if op is LITERAL:
            chars.add(_char(chr(arg)))
        elif op is RANGE and arg[1] - arg[0] < 10:  # [1-4], [0-9]; not [a-z]
            chars.update(_char(chr(c)) for c in range(arg[0], arg[1] + 1))
        elif op is CATEGORY and arg is CATEGORY_DIGIT:
            chars.add("0")
        elif op is CATEGORY and arg in (CATEGORY_SPACE, CATEGORY_NOT_WORD):
            chars.add(_BLANK)
        elif op is NEGATE or op is RANGE or op is CATEGORY:
            return None
    return chars


def _extend(states: set[_State], chars: set[str] | None) -> set[_State]:
    """The states after one more character of ``chars`` (``None``: any character)."""
    out: set[_State] = set()
    for token, done in states:
        if done:
            out.add((token, done))
            continue
        if chars is None or len(chars - {"0", _BLANK}) > _MAX_CLASS_LETTERS:
            raise NotDerivable("a match may start or go on with any character")
        for c in chars:
            if not token:
                if c == _BLANK:
                    raise NotDerivable("a match may start with a character of no word")
                out.add((c, c == "'"))
            elif c == _BLANK or (c == "0") != (token[0] == "0") or c == "'":
                out.add((token, True))
            elif len(token) < _MAX_DIGITS or c != "0":
                out.add((token + c, False))
            else:
                out.add((token, False))
    return out


def max_width(pattern: str) -> int:
    r"""The most characters a match of ``pattern`` can take (large when unbounded).

    >>> max_width(r"US\$|C\$|\$"), max_width(r"[A-Z]{3}(?![A-Za-z])")
    (3, 3)
    """
    return min(_parser.parse(pattern).getwidth()[1], 1 << 16)
