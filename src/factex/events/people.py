"""People as event participants beyond the titled names the organizations room finds.

That room reads capitalized titles ("President Donald Trump", "Commerce Secretary Wilbur
Ross") and links their later surnames. News also writes titles in lower case after a
modifier ("Chinese vice-premier Liu He", "trade minister Hajime Tamura") or after the
name ("Zheng Tuobin, minister for foreign trade") and refers back
by either part of a two-word name ("Liu" for "Liu He", family name first). ``People``
finds those once per article, only for articles with an event, and answers per sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from factex.events.lexicon import LOWER_TITLES
from factex.mentions import ArticleMentions, Sentence
from factex.patterns import longest_first
from factex.stems import required_words

_NAME_WORD = r"[A-Z][a-z][\w'’]*(?:-[A-Z]?[a-z]+)?"
# a lower-case title, then a name of two or three capitalized words
LOWER_TITLED = re.compile(
    rf"\b(?:{longest_first(LOWER_TITLES)})\s+(?:,\s*)?"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b"
)
# a name of two or three capitalized words, then its lower-case title as an appositive
# ("Zheng Tuobin, minister for foreign economic relations", "Jaime Ongpin, the finance
# secretary")
TITLED_AFTER = re.compile(
    rf"\b(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?"
    rf"(?:{longest_first(LOWER_TITLES)})\b"
    # (not a clause ending in a name: "trade with Acme Motors, the minister said")
    r"(?!\s+(?:said|says|told|added|noted|stated|wrote)\b)"
)
# A sentence holding none of these (lower-cased) has no LOWER_TITLED or TITLED_AFTER match
# (the same titles): most have none.
_TITLE_STEMS = tuple(sorted(required_words(LOWER_TITLED, words=False)))


class People:
    """The people of one article: titled in lower case, and referred back to by a part."""

    def __init__(self, ctx: ArticleMentions) -> None:
        self.found: dict[int, list[tuple[int, int, str]]] = {}  # sentence start -> people
        known: dict[str, str] = {}
        taken: set[str] = set()
        titled = holding([sent.lowered for sent in ctx.sentences], _TITLE_STEMS)
        for i, sent in enumerate(ctx.sentences):
            for m in sent.of_kind("person"):
                _remember(known, taken, m.name)
            if i not in titled:
                continue
            spans = [(m.start, m.end) for m in sent.of_kind("place", "org", "person")]
            for m in (*LOWER_TITLED.finditer(sent.text), *TITLED_AFTER.finditer(sent.text)):
                s, e = sent.start + m.start("name"), sent.start + m.end("name")
                if any(a < e and s < b for a, b in spans):
                    continue  # already a mention (a person, or a place read as a name)
                name = m.group("name")
                self.found.setdefault(sent.start, []).append((s, e, name))
                _remember(known, taken, name)
        self.known = {k: v for k, v in known.items() if k not in taken}

    def in_sentence(self, sent: Sentence) -> list[str]:
        """The people of ``sent`` that are no mention of it: lower-case titled names and
        parts of a name met in the article (not inside a mention)."""
        found = self.found.get(sent.start, [])
        out = [name for _, _, name in found]
        if self.known:
            spans = [(m.start, m.end) for m in sent.mentions] + [(s, e) for s, e, _ in found]
            for s, part in whole_words(sent.text, self.known):
                s += sent.start
                if not any(a <= s and s + len(part) <= b for a, b in spans):
                    out.append(self.known[part])
        return out


def _is_word(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a word character (as the regex ``\\w``), False off the text."""
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def whole_words(text: str, words: Iterable[str]) -> list[tuple[int, str]]:
    """Where ``words`` stand in ``text`` between word boundaries, as ``(offset, word)``:
    what ``re.finditer`` gives for ``\\b(?:<words, longest first>)\\b``, without
    compiling a pattern for each article's words (most are looked for in a sentence or
    two).

    >>> whole_words("Liu met Liu He and Liuzhou", ["Liu", "Liu He", "He"])
    [(0, 'Liu'), (8, 'Liu He')]
    """
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _is_word(text, at - 1) != _is_word(text, at) and _is_word(text, end - 1) != _is_word(
                text, end
            ):
                found.append((at, -len(word), word))
            at = text.find(word, at + 1)
    found.sort()
    out: list[tuple[int, str]] = []
    end = 0
    for at, _, word in found:
        if at >= end:  # (the longest at a place; none inside an earlier match)
            out.append((at, word))
            end = at + len(word)
    return out


def holding(texts: list[str], stems: Iterable[str]) -> set[int]:
    """The indexes of the texts that hold one of ``stems`` (none with a line break):
    each stem looked for once in all the texts, not in each text.

    >>> sorted(holding(["the envoy", "no one", "a minister\\nand an envoy"], ["envoy"]))
    [0, 2]
    """
    joined = "\n".join(texts)
    ends = list(accumulate(len(text) + 1 for text in texts))  # (each with its "\n")
    out = set()
    for stem in stems:
        at = joined.find(stem)
        while at >= 0:
            i = bisect_right(ends, at)
            out.add(i)
            at = joined.find(stem, ends[i])  # (the next text)
    return out


def _remember(known: dict[str, str], taken: set[str], name: str) -> None:
    """Index a full name by its last word and, for two words, its first (family name
    first); a part two people share refers to neither."""
    words = name.split()
    if len(words) < 2:
        return
    parts = {words[-1]} | ({words[0]} if len(words) == 2 else set())
    for part in parts:
        if len(part) < 2:
            continue
        if known.get(part, name) != name:
            taken.add(part)
        known[part] = name
