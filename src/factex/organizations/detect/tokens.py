"""The finders' view of an article and what they return.

``Tokens`` is a light view of the spaCy Doc built once per article (text, lower case,
offsets, capitalization, sentence starts, line breaks), so each rule is a few list
look-ups per token; its index maps each trigger word (a word at which some finder's
pattern can start) to its tokens. ``Candidate``, ``Person`` and ``Place`` are the
finders' results.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, compress, count, repeat
from operator import contains, itemgetter
from typing import Any

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

from factex.doc import text_of
from factex.intervals import Blocked
from factex.organizations import lexicon as lx


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
        brk = list(map(str.isspace, words))
        _paragraph_starts(words, brk, sent)
        lower = list(map(str.lower, words))
        return cls(
            text=text,
            words=words,
            lower=lower,
            starts=starts,
            ends=ends,
            cap=cap,
            brk=brk,
            sent=sent,
            n=len(words),
            index=_index(lower, cap),
        )

    def at(self, table: frozenset[str] | dict[str, Any]) -> list[int]:
        """Indices (ascending) of the tokens whose lower-cased word is in ``table``, a
        table of the first set of ``trigger_words()`` (the ``at`` tables)."""
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
        """``at(table)`` without the lower-case tokens, dropped in C before the sort: the
        index holds the word of an ``at`` table in any case ("the" beside "The")."""
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

    def char_span(self, doc: Doc, start: int, end: int, label: str, rule: str) -> Span | None:
        """``doc.char_span(start, end, label, alignment_mode="expand", span_id=rule)``
        from the token offsets already read, without a Token object per look-up (the
        tokens tile the text, each with its trailing space)."""
        if not (0 <= start < len(self.text) and 0 < end <= len(self.text)):
            return None
        i = bisect_right(self.starts, start) - 1
        if start == self.ends[i]:
            i += 1  # in the space after token i: the span starts at the next token
        return Span(doc, i, bisect_right(self.starts, end - 1), label=label, span_id=rule)


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


def _paragraph_starts(words: list[str], brk: list[bool], sent: list[bool]) -> None:
    """The first word after a line break starts a sentence: spaCy's sentencizer splits
    at punctuation only, so a headline and the paragraph under it ("... deeper loss
    \n\nShares in UK Coal") read as one sentence, and "Shares" would look like a name.
    The tokenizer puts a line break in a whitespace token, so only those are read."""
    for k in compress(count(1), brk):
        if "\n" in words[k - 1] and k < len(words):
            sent[k] = True


def is_numbered_word(w: str) -> bool:
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
        if not cap[i] and is_numbered_word(words[i])
    ]
    if numbered and _HAS_DIGIT_WORD.search(text):
        for i in numbered:
            cap[i] = True


@cache
def trigger_words() -> tuple[frozenset[str], frozenset[str]]:
    """The lower-cased words at which some finder's pattern can start, and among them
    those of the tables that only ``capitalized_at`` searches: their lower-case tokens
    ("the", "in", "a") are never asked for."""
    any_case = frozenset().union(
        head_table(),
        lx.TITLES,
        lx.MINISTRY_WORDS,
        lx.SHARES_WORDS,
        lx.POSSESSIONS_OF_LAST,
        lx.LOCATED_PARTICIPLES,
        POSSESSIVE,
        OPEN_PAREN,
        lx.PREFIX_LEGAL_FORMS,
        lx.PREFIX_HEADS,
        lx.INTRO_NOUNS,
        lx.INTRO_PLURALS,
        lx.EMPLOYEE_NOUNS,
        SAID_BEFORE_NAME,
        MEDIA_CUES,
        lx.SAY_VERBS,
        lx.ACRONYM_AGENT_VERBS,
        lx.ADDRESS_FORMS,
        ACCORDING_WORDS,
        lx.PASSIVE_AGENT_VERBS,
        lx.SUBJECT_AUXILIARIES,
        lx.THING_NOUNS_BEFORE,
        AMPERSAND_WORDS,
        lx.ROLES_AFTER,
        lx.first_names(),
        lx.gazetteer_camel_starts(),  # "eBay": a listed name opening in lower case
    )
    capitalized = frozenset().union(
        THE_WORDS,
        lx.place_or_demonym_starts(),
        lx.known_starts_lower(),
        lx.gazetteer_starts_lower(),
    )
    return any_case | capitalized, capitalized - any_case


def _index(lower: list[str], cap: list[bool]) -> dict[str, list[int]]:
    """Trigger word -> its token indices, in one pass over the tokens (the test runs
    in C; Python steps only on the few tokens that are trigger words). A lower-case
    token of a word only ``capitalized_at`` asks for is left out."""
    every, capitalized_only = trigger_words()
    index: dict[str, list[int]] = {}
    for i in compress(count(), map(every.__contains__, lower)):
        w = lower[i]
        if cap[i] or w not in capitalized_only:
            index.setdefault(w, []).append(i)
    return index


@cache
def head_table() -> dict[str, list[tuple[tuple[str, ...], str]]]:
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


# Verbs of saying before the speaker's name ("..., said Ann Lee at Acme").
SAID_BEFORE_NAME = frozenset({"said", "says"})


# The lower-cased words at which a ``find_media`` rule can fire.
MEDIA_CUES = lx.REPORT_VERBS | lx.CITE_WORDS | {"by"}


OPEN_PAREN = frozenset({"("})


POSSESSIVE = frozenset({"'s", "’s"})


ACCORDING_WORDS = frozenset({"according"})
# A capitalized "The" inside a sentence opens a title (``find_media``).
THE_WORDS = frozenset({"the"})
AMPERSAND_WORDS = frozenset({"&"})
