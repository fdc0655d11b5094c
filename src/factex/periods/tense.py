"""The tense of the clause around a time expression, read from cue words (``lexicon``).

A clause is cut at sentence punctuation and semicolons. Its cues are future words and
phrases ("will", "is expected to", "to be reported", a scheduled present: "meet
Monday"), present ones ("now") and past ones (irregular past forms, reporting verbs
and "-ed" verbs). The cue nearest before the expression
wins, since the verb governing a time adjunct comes before it ("unveiled the plan in
November", "will hold a trade show in November"); with none before, the nearest after.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

from factex.patterns import hits, trie_alternation, word_scanner
from factex.periods.lexicon import (
    DETERMINERS,
    EXPECT_VERBS,
    FUTURE_CUES,
    FUTURE_MODALS,
    INTENT_VERBS,
    NOT_PAST_ED,
    NOUN_CUES,
    PAST_CUES,
    PRESENT_CUES,
    PROSPECT_CUES,
    SCHEDULE_VERBS,
)

#: A clause's tense as a cue says it; ``None``: no cue.
Reading = Literal["past", "present", "future"] | None
#: A cue found: start, end, what it says.
Cue = tuple[int, int, Literal["past", "present", "future"]]

# A decimal point ("10.33 mln") ends no clause, nor does the point of an abbreviation
# inside a word or before a lower-case word ("asks the U.S. to delay", "Corp. said").
CLAUSE_END = re.compile(r"[!?;\n]|\.(?![\d\w])(?![ \t]+[a-z])")
# Characters re.I matches to an ASCII letter besides its two cases.
_FOLDS = {"i": "İı", "k": "K", "s": "ſ"}


def _any_case(chars: str) -> str:
    """A class of ``chars`` in every case re.I would match.

    >>> _any_case("s'")
    "['Ssſ]"
    """
    forms = {f for c in chars for f in (c, c.lower(), c.upper(), *_FOLDS.get(c.lower(), ""))}
    return "[" + "".join(re.escape(f) for f in sorted(forms)) + "]"


def cue_pattern(
    words: Iterable[str],
    tail: str = r"\b",
    *,
    not_after: Iterable[str] = (),
    blank: str = r"\ ",
) -> re.Pattern[str]:
    r"""``\b(?:words)tail`` under re.I, not right after a match of a ``not_after``
    lookbehind (a space in a word matches ``blank``), opened by a class of the words'
    first characters that the engine scans for, instead of trying ``\b`` at every
    character. The first character is consumed by the class; ``\b`` and the
    lookbehinds before it, and which word it starts, are tested looking behind.

    >>> cue_pattern(["meet"], not_after=[r"\bto\s"]).findall("Meet; to meet, meets")
    ['Meet']
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=len, reverse=True):  # longest first, as _alts
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]).replace(r"\ ", blank))
    alts = [rf"(?<={_any_case(c)})(?i:{'|'.join(rests)})" for c, rests in groups.items()]
    lead = _any_case("".join(groups))
    before = "".join(rf"(?<!{b}.)" for b in not_after)
    return re.compile(rf"{lead}(?<=\b.)(?i:{before})(?:{'|'.join(alts)})(?i:{tail})")


_FUTURE = cue_pattern(FUTURE_CUES)
# A modal or an infinitive with a passive ("will be named", "to be reported"), of an
# irregular verb too ("will be held", "would be made").
_FUTURE_PHRASE = cue_pattern(
    FUTURE_MODALS,
    r"\s+(?:not\s+)?be\s+(?:[a-z]+ed|held|made|set|built|sold|bought|paid|taken|given|done|"
    r"shown|sent|kept|met|won|begun|brought|cut|put|laid)\b",
)
# "urged producers to slash", "asks the U.S. to delay": the infinitive after a verb of
# intent looks ahead; "agreed to a buyout" has no infinitive. The verb keeps its own
# tense for a time before the infinitive ("On Monday, MCI agreed to...", "agreed on
# Monday to...").
_INTENT = cue_pattern(
    INTENT_VERBS,
    r"\s+(?:[a-z][\w.&'’-]*\s+){0,3}?(?:for\s+[a-z]+\s+)?"
    rf"(?P<inf>to\s+(?!\d)(?!{trie_alternation(DETERMINERS)}\b)[a-z]+\b)",
)
# "expected the sale to close", not "expects to report" (no object, see EXPECT_VERBS):
# the infinitive after the object looks ahead, but not a perfect one ("to have fallen")
# nor one of reporting figures ("expected the company to post a loss in the third
# quarter" may be of a quarter just over).
_EXPECT = cue_pattern(
    EXPECT_VERBS,
    r"\s+(?!to\b)(?:[a-z][\w.&'’-]*\s+){1,3}?(?P<inf>to\s+(?!\d)"
    r"(?!(?:have|report|post|show|earn|record|book|announce|be\s+reported)\b)"
    rf"(?!{trie_alternation(DETERMINERS)}\b)[a-z]+\b)",
)
# The present perfect speaks of what is done: "has cut prices", "have fallen", "has been".
_PERFECT = cue_pattern(
    ("has", "have", "'ve"),
    r"\s+(?:(?:not|already|also|just|recently|since)\s+)?(?:been|[a-z]+(?:ed|en)|"
    rf"{trie_alternation(PAST_CUES)}|cut|put|hit|shut|cost|let|spread)\b",
)
_PAST_FORM = re.compile(rf"[a-z]+ed|{trie_alternation(PAST_CUES)}", re.I)
# "meet Monday": a scheduled present; not "to meet", "not meet", "don't meet", "the meet".
_SCHEDULE = cue_pattern(
    SCHEDULE_VERBS, not_after=(r"\bto\s", r"\bnot\s", r"n't\s", r"\bthe\s", r"\ba\s")
)
_AFTER_DETERMINER = re.compile(rf"\b{trie_alternation(DETERMINERS)}\s+$", re.I)
# "now" with the word it modifies ("now held"), so that word's past form is no cue; not
# after a modal, which keeps its own tense ("will now open in June").
_PRESENT = cue_pattern(
    PRESENT_CUES,
    r"\b(?:\s+(?-i:[a-z]+)\b)?",
    not_after=(r"\bwill\s", r"\bwould\s", r"\bshall\s", r"'ll\s"),
    blank="[ \u00a0]+",
)
# "-ed" verbs are past cues, but not participles used as adjectives: after an article
# or a preposition ("an estimated", "for imported products"). Read as a scanner
# (``patterns.word_scanner``: one call per cue, the words between skipped a word at a
# time in the engine, not tried at every character); an "-ed" word is tested by a
# lookahead before the lookbehinds, since most words fail it.
_PAST_HIT = (
    rf"\b{trie_alternation(PAST_CUES)}\b"
    rf"|\b(?=[a-z]++(?<=[a-z]{{3}}ed)\b)(?!{trie_alternation(NOT_PAST_ED)}\b)"
    r"(?<!\ban\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bwith\s)(?<!\bin\s)"
    r"(?<!\bon\s)(?<!\bto\s)(?<!\bby\s)[a-z]++"
)
_PAST = word_scanner(_PAST_HIT, word=r"\w", gap=r"\W", flags=re.I)


# A temporal conjunction and up to three words of its clause's subject before a verb:
# "(would resign) when the board met", "(likely to buy) as soon as trading opened".
_TEMPORAL_BEFORE = re.compile(
    r"\b(?:as\s+soon\s+as|when|once|after|before|until|till)\s+(?:[\w'’.-]+\s+){0,3}$", re.I
)


_PROSPECT = cue_pattern(PROSPECT_CUES)


def _future_in_past(text: str, lo: int, hi: int, cues: list[Cue]) -> list[Cue]:
    """Past forms of a temporal clause governed by a future ("said he would resign when
    the board met Monday", "were likely to buy as soon as trading opened") follow the
    sequence of tenses: they speak of what was still to come, so they read future;
    governed by a past ("resigned when the board met Monday") they stay past."""
    governors = cues + [(c.start(), c.end(), "future") for c in _PROSPECT.finditer(text, lo, hi)]
    if not any(kind == "future" for _, _, kind in governors):
        return cues
    out = []
    for cue in cues:
        start, end, kind = cue
        conj = _TEMPORAL_BEFORE.search(text, max(lo, start - 60), start) if kind == "past" else None
        if conj is not None:
            governing = [c for c in governors if c[1] <= conj.start()]
            if governing and max(governing, key=lambda c: (c[1], c[0]))[2] == "future":
                cue = (start, end, "future")
        out.append(cue)
    return out


def clause_bounds(text: str, start: int) -> tuple[int, int]:
    """The clause around ``start``: from the last clause end before it (at most 200
    characters back) to the next one (at most 300 ahead)."""
    lo = max(0, start - 200)
    for cut in CLAUSE_END.finditer(text, lo, start):
        lo = cut.end()
    m = CLAUSE_END.search(text, start, start + 300)
    return lo, m.start() if m else min(len(text), start + 300)


def clause_cues(text: str, lo: int, hi: int) -> list[Cue]:
    """The tense cues of ``text[lo:hi]``; a past form inside a future or present phrase
    ("will be named", "now held") is not a cue of its own."""
    cues: list[Cue] = [
        (c.start(), c.end(), "future")
        for c in _FUTURE.finditer(text, lo, hi)
        if c.group().lower() not in NOUN_CUES
        or not _AFTER_DETERMINER.search(text, max(lo, c.start() - 8), c.start())  # "the plan"
    ]
    cues += [(c.start(), c.end(), "future") for c in _FUTURE_PHRASE.finditer(text, lo, hi)]
    intents = [*_INTENT.finditer(text, lo, hi), *_EXPECT.finditer(text, lo, hi)]
    cues += [(c.start("inf"), c.end(), "future") for c in intents]
    cues += [(c.start(), c.end(), "future") for c in _SCHEDULE.finditer(text, lo, hi)]
    cues += [(c.start(), c.end(), "present") for c in _PRESENT.finditer(text, lo, hi)]
    cues += [(c.start(), c.end(), "past") for c in _PERFECT.finditer(text, lo, hi)]
    spans = cues + [(c.start(), c.end(), "future") for c in intents]
    for c in intents:
        verb = text[c.start() : c.end()].split(None, 1)[0]
        if _PAST_FORM.fullmatch(verb):
            cues.append((c.start(), c.start() + len(verb), "past"))
    for c in hits(_PAST, text, lo, hi):
        at = c.start("hit")
        if not any(s <= at < e for s, e, _ in spans):
            cues.append((at, c.end("hit"), "past"))
    return _future_in_past(text, lo, hi, cues)


def nearest_cue(cues: list[Cue], start: int, end: int) -> Reading:
    """The tense of the cue nearest before ``start``, else of the nearest after ``end``."""
    before = [c for c in cues if c[1] <= start]
    if before:
        return max(before, key=lambda c: (c[1], c[0]))[2]
    after = [c for c in cues if c[0] >= end]
    if after:
        return min(after, key=lambda c: c[0])[2]
    return None
