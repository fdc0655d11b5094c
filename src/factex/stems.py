"""The words a pattern requires, read off the compiled pattern: the gates of events'
triggers and of facts' window searches.

``required_words`` walks CPython's parse of a regex and returns the literal words every
match must contain (``whole(word)`` when the pattern bounds the word on both sides), so a
rule's gate is derived from the rule itself and cannot drift from it.
"""

from __future__ import annotations

import re
import re._parser as sre  # (CPython's own regex parser: the only way to read a pattern's literals)

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
# character classes of no word character: what a literal word next to one ends at
_NOT_WORD_CATEGORIES = (sre.CATEGORY_SPACE, sre.CATEGORY_NOT_WORD, sre.CATEGORY_LINEBREAK)


def _is_word_char(char: str) -> bool:
    r"""Whether ``char`` is a word character (``\w``: what ``\b`` tells from the rest)."""
    return char.isalnum() or char == "_"


def _bounded(items, i: int, step: int, outer: bool) -> bool:
    r"""Whether the parsed regex ``items``, read from item ``i`` on backwards (``step``
    -1) or forwards (+1), puts a word boundary there: ``\b`` or a character that is no
    word character (a literal word next to it is a whole word). ``outer``: the answer
    past the end of ``items`` (what surrounds them)."""
    if not 0 <= i < len(items):
        return outer
    op, arg = items[i]
    if op in (sre.ASSERT, sre.ASSERT_NOT):  # (takes no character: look past it)
        return _bounded(items, i + step, step, outer)
    if op is sre.AT:
        return arg is sre.AT_BOUNDARY
    if op is sre.LITERAL:
        return not _is_word_char(chr(arg))
    if op is sre.IN:
        return all(
            (kind is sre.LITERAL and not _is_word_char(chr(value)))
            or (kind is sre.CATEGORY and value in _NOT_WORD_CATEGORIES)
            for kind, value in arg
        )
    rest = _bounded(items, i + step, step, outer)
    if op is sre.SUBPATTERN:
        return _bounded(arg[-1], _first(arg[-1], step), step, rest)
    if op is sre.ATOMIC_GROUP:
        return _bounded(arg, _first(arg, step), step, rest)
    if op is sre.BRANCH:
        return all(_bounded(b, _first(b, step), step, rest) for b in arg[1])
    if op in _REPEATS:  # (one repetition's edge; none: what is past it)
        return _bounded(arg[2], _first(arg[2], step), step, rest) and (arg[0] >= 1 or rest)
    return False


def _first(items, step: int) -> int:
    return 0 if step > 0 else len(items) - 1


def whole(word: str) -> str:
    r"""The stem of a word that a match holds as a whole word.

    >>> whole("fair")
    '\\bfair\\b'
    """
    return rf"\b{word}\b"


def bare(stem: str) -> str:
    r"""A stem without its whole-word mark.

    >>> bare(whole("fair")), bare("fair")
    ('fair', 'fair')
    """
    return stem[2:-2] if stem.startswith(r"\b") and stem.endswith(r"\b") else stem


def _literal_sets(
    items,
    ignore_case: bool,
    left: bool = False,
    right: bool = False,
    words: bool = True,
    every: list[frozenset[str]] | None = None,
) -> frozenset[str] | None:
    r"""Strings one of which every match of the parsed regex ``items`` holds, or None
    when there is none. Of several such sets, the best gate: one whose strings all have
    four characters or more ("the", "for" are in most sentences), then the fewest strings.

    With ``words``, a word the pattern bounds on both sides (``\b``, a space...) is
    marked ``whole``; ``left``/``right``: whether what surrounds ``items`` bounds them.
    ``every``: filled with every such set found (not only the best), inside the groups
    every match passes through too."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def score(found: frozenset[str]) -> tuple[int, int]:
        return min(4, *(len(bare(s)) for s in found)), -len(found)

    def consider(found: frozenset[str] | None) -> None:
        nonlocal best
        if found and every is not None:
            every.append(found)
        if found and (best is None or score(found) > score(best)):
            best = found

    def end_run(i: int) -> None:  # (``i``: the item after the run)
        if run:
            word = "".join(run)
            if (
                words
                and all(map(_is_word_char, word))
                and _bounded(items, i - len(run) - 1, -1, left)
                and _bounded(items, i, 1, right)
            ):
                word = whole(word)
            consider(frozenset({word}))
            run.clear()

    def inner(i: int, sub, every=None) -> frozenset[str] | None:
        before, after = _bounded(items, i - 1, -1, left), _bounded(items, i + 1, 1, right)
        return _literal_sets(sub, ignore_case, before, after, words, every)

    # (a group's sets go to ``every`` as they are found: each is considered once here)
    nested = [] if every is not None else None
    for i, (op, arg) in enumerate(items):
        if op is sre.LITERAL:
            run.append(chr(arg).lower() if ignore_case else chr(arg))
            continue
        end_run(i)
        if op is sre.SUBPATTERN:
            consider(inner(i, arg[-1], nested))
        elif op is sre.BRANCH:
            branches = [inner(i, b) for b in arg[1]]
            if all(branches):
                consider(frozenset().union(*branches))
        elif op in _REPEATS and arg[0] >= 1:
            # (what bounds a repetition may be the one before it: no whole word inside)
            consider(_literal_sets(arg[2], ignore_case, words=False, every=nested))
        elif op is sre.ATOMIC_GROUP:
            consider(inner(i, arg, nested))
    end_run(len(items))
    if every is not None:
        every += nested
    return best


def required_words(pattern: re.Pattern[str], *, words: bool = True) -> frozenset[str]:
    r"""Lower-case strings one of which every match of ``pattern`` holds (lower-cased),
    without those that hold another: a sentence with none of them has no match.

    With ``words``, a word the pattern bounds on both sides (``\b``, a space...) is a
    ``whole`` stem: a sentence holds it only as a word of its own ("fair" is in
    "affairs", ``whole("fair")`` is not). Without, every stem is a plain string.

    >>> sorted(required_words(re.compile(r"\b(?:held|holds)\s+(?P<t>talks)\b")))
    ['\\btalks\\b']
    >>> sorted(required_words(re.compile(r"(?P<t>visit|visited|trip)", re.I)))
    ['trip', 'visit']
    >>> sorted(required_words(re.compile(r"\bmeeting(?!s)", re.I)))
    ['meeting']
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    # (under ASCII, \b is no boundary of the sentence's Unicode words)
    words = words and not pattern.flags & re.ASCII
    parsed = sre.parse(pattern.pattern, pattern.flags)
    found = _literal_sets(parsed, ignore_case, words=words)
    if not found:
        raise ValueError(f"no word every match holds in {pattern.pattern!r}: give stems=")
    return _lowered(found)


def _lowered(found: frozenset[str]) -> frozenset[str]:
    lowered = {s.lower() for s in found}
    # (a plain stem inside another makes that one needless; a whole one, never)
    plain = [s for s in lowered if bare(s) == s]
    return frozenset(s for s in lowered if not any(o != s and o in bare(s) for o in plain))


def required_word_sets(pattern: re.Pattern[str], shortest: int = 3) -> list[frozenset[str]]:
    r"""Every set of lower-case strings (as ``required_words`` gives one) such that each
    match of ``pattern`` holds one string of each set: a text lacking every string of
    one of them has no match. Sets with a string shorter than ``shortest`` characters
    are left out ("a", "of" are in most texts).

    >>> [sorted(s) for s in required_word_sets(re.compile(r"\b(?:met|held)\s+(?P<t>talks)\b"))]
    [['\\bheld\\b', '\\bmet\\b'], ['\\btalks\\b']]
    """
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    words = not pattern.flags & re.ASCII
    every: list[frozenset[str]] = []
    _literal_sets(sre.parse(pattern.pattern, pattern.flags), ignore_case, words=words, every=every)
    found = dict.fromkeys(_lowered(s) for s in every)  # (in order, each once)
    return [s for s in found if min(len(bare(w)) for w in s) >= shortest]
