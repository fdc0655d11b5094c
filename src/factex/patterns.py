"""Regex building blocks the rooms share: word alternations built as tries, alternatives
that start at a word, scanners that skip words inside the engine, and the
case-sensitive twins of case-blind patterns for lower-cased text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

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


def at_word_start(alternatives: Iterable[str]) -> str:
    r"""``\b(?:a|b)`` for regex alternatives that each start with a letter, written so
    that the engine skips to those first letters instead of trying every position: each
    alternative starts with its letter, then looks back for the word boundary. It pays
    when the alternatives have few first letters.

    >>> at_word_start(("both", "two"))
    'b(?<=\\bb)oth|t(?<=\\bt)wo'
    """
    return "|".join(rf"{a[0]}(?<=\b{a[0]}){a[1:]}" for a in alternatives)


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
