"""Event trigger patterns: (rule id, event type, compiled regex), one rule per phrasing.

A pattern's group ``t`` is the trigger (the event noun or main verb, no auxiliaries) when
the match is wider than the trigger.
"""

from __future__ import annotations

import re

from factex.events.lexicon import (
    BODIES,
    DOCUMENTS,
    MEETING_KINDS,
    NAMED_EVENT_MODIFIERS,
    NAMED_EVENT_NOUNS,
    NOT_EVENT_AFTER_MEET,
    VISIT_KINDS,
)
from factex.patterns import at_word_start, longest_first, lower_twin

_NOT_AFTER_MEET = rf"(?!\s+(?:{longest_first(NOT_EVENT_AFTER_MEET)})\b)"


# Words before "sign" that make it a signing ("will sign", "expected to sign").
SIGN_AUXILIARIES = ("to", "will", "would", "shall", "may", "might", "could", "did")
SIGN_AUXILIARIES += ("plan to", "expected to")

TRIGGERS: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (rule_id, etype, re.compile(pattern, re.IGNORECASE if flags else 0))
    for rule_id, etype, pattern, flags in (
        (
            "event.visit",
            "visit",
            rf"\b(?P<t>(?:(?:{longest_first(VISIT_KINDS)})\s+)?(?:visit|visited|visiting|trip))\b(?!-)",
            1,
        ),
        (
            "event.meeting_noun",
            "meeting",
            rf"\b(?P<t>(?:(?:{longest_first(MEETING_KINDS)}|\d+(?:st|nd|rd|th))\s+)?meeting)\b(?!s){_NOT_AFTER_MEET}",
            1,
        ),
        ("event.met", "meeting", rf"\b(?P<t>met)\b{_NOT_AFTER_MEET}", 1),
        (
            "event.talks",
            "meeting",
            r"(?<!been\s)\b(?:held|hold|holds|holding)\s+(?P<t>talks)\b",
            1,
        ),
        (
            "event.talks_with",
            "meeting",
            r"(?<!been\sholding\s)\b(?P<t>talks)\s+(?:with|between)\b",
            1,
        ),
        (
            # talks located or dated: "talks here last week", "further talks in May"
            "event.talks_when",
            "meeting",
            r"\b(?P<t>talks)\s+(?:here|there|(?:in|on)\s+[A-Z]|last\s+week|this\s+week|next\s+week|"
            r"yesterday|today|tomorrow)",
            0,
        ),
        ("event.signed", "signing", r"\b(?P<t>signed|signing|inked)\b", 1),
        (
            "event.sign",
            "signing",
            rf"\b(?:{'|'.join(SIGN_AUXILIARIES)})\s+(?P<t>sign)\b",
            1,
        ),
        (
            "event.opened_passive",
            "opening",
            r"\b(?:was|were|been|be|is|are|being)\s+(?:officially\s+|formally\s+)?"
            r"(?P<t>opened|launched|inaugurated|commissioned|unveiled)\b",
            1,
        ),
        (
            "event.put_into_operation",
            "opening",
            r"\b(?P<t>(?:put|brought|commissioned)\s+into\s+(?:operation|service|use))\b",
            1,
        ),
        (
            "event.opened_active",
            "opening",
            r"\b(?P<t>opened|launched|inaugurated|unveiled)\s+(?:a|an|its|their|the\s+first|new)\b",
            1,
        ),
        (
            # a body that will open: "the office was likely to open in the second half"
            "event.open_planned",
            "opening",
            rf"\b(?:{longest_first(BODIES)})\s+(?:[\w-]+\s+){{0,3}}?(?:to|will|would)\s+(?P<t>open)\b",
            1,
        ),
        (
            "event.started_production",
            "opening",
            r"\b(?P<t>(?:started|began|launched|starts|begins)\s+(?:the\s+)?production)\b",
            1,
        ),
        (
            "event.relations_established",
            "establishment",
            r"\b(?:relations|ties)\b[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been)\s+"
            r"(?P<t>established)\b",
            1,
        ),
        (
            "event.established_relations",
            "establishment",
            r"\b(?P<t>established|establish)\s+(?:diplomatic\s+)?(?:relations|ties)\b",
            1,
        ),
        (
            "event.into_force",
            "establishment",
            r"\b(?P<t>(?:came|come|comes|coming|entered|enter|enters|entering)\s+into\s+(?:force|effect))\b",
            1,
        ),
        (
            "event.body_set_up",
            "establishment",
            rf"\b(?:{longest_first(BODIES)})\s+(?:was|were|has\s+been|had\s+been|will\s+be)\s+"
            r"(?P<t>set\s+up|founded|established|created)\b",
            1,
        ),
    )
)

# The case-insensitive triggers compiled without the flag, for the lower-cased sentence:
# the same matches (when ``patterns.lowers_simply``) at about twice the speed, since the engine
# then compares characters without folding each one. ``None``: a case-sensitive rule.
LOWER_CASE_TRIGGERS: dict[str, re.Pattern[str] | None] = {
    rule_id: lower_twin(pattern) if pattern.flags & re.IGNORECASE else None
    for rule_id, _, pattern in TRIGGERS
}


# The body that meets: "the 12th meeting of the intergovernmental commission".
MEETING_BODY = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<body>(?:[\w-]+\s+){{0,3}}?(?:{longest_first(BODIES)}|board|assembly|"
    r"cabinet|parliament|heads\s+of\s+state|working\s+group))\b",
    re.IGNORECASE,
)

# Every trigger and named-event noun starts with one of these: sentences without any are
# skipped before the trigger patterns run.
# What a sentence must contain (lower-cased) for a rule to be tried at all.
_OPEN = ("open", "launch", "inaugur", "commission", "unveil")
RULE_STEMS: dict[str, tuple[str, ...]] = {
    "event.visit": ("visit", "trip"),
    "event.meeting_noun": ("meeting",),
    "event.met": ("met",),
    "event.talks": ("talks",),
    "event.talks_with": ("talks",),
    "event.talks_when": ("talks",),
    "event.open_planned": ("open",),
    "event.signed": ("sign", "inked"),
    "event.sign": ("sign",),
    "event.opened_passive": _OPEN,
    "event.put_into_operation": ("into",),
    "event.opened_active": _OPEN,
    "event.started_production": ("production",),
    "event.relations_established": ("establish",),
    "event.established_relations": ("establish",),
    "event.into_force": ("into",),
    "event.body_set_up": ("set up", "founded", "establish", "created"),
}
NAMED_STEMS = frozenset(NAMED_EVENT_NOUNS)

# (sets: ``present.isdisjoint`` then walks the smaller side, not every stem)
TRIGGER_STEMS = frozenset(
    (
        *("visit", "meet", "met", "talks", "sign", "inked", "open", "launch", "inaugur"),
        *("commission", "unveil", "operation", "service", "production", "establish", "force"),
        *("effect", "set up", "founded", "created", "trip", "use"),
        *NAMED_EVENT_NOUNS,
    )
)

# The stems that call for a rule (``rules_for``) or a named event: a sentence that passes
# ``TRIGGER_STEMS`` without one of these ("use", "in force") has nothing to look for.
CALLING_STEMS = frozenset({*(s for v in RULE_STEMS.values() for s in v), *NAMED_STEMS})

# Rules whose every match begins with one of their stems ("signed", "met", "talks with"):
# no match starts before the first stem, so the search starts there.
STEM_FIRST = frozenset(
    {
        "event.met",
        "event.talks_with",
        "event.talks_when",
        "event.signed",
        "event.opened_active",
        "event.established_relations",
    }
)

# Rules whose every match is an optional word (at most this long) and the whitespace
# after it, then a stem ("official visit", "will sign"): no match starts before the word
# that may precede the first stem, so the search starts there (``search_start``).
WORD_BEFORE_STEM: dict[str, int] = {
    "event.visit": max(map(len, VISIT_KINDS)),
    "event.sign": max(map(len, SIGN_AUXILIARIES)),
}


def search_start(lowered: str, stem_at: int, reach: int) -> int:
    """Where a ``WORD_BEFORE_STEM`` rule's search starts: ``reach`` characters before
    the whitespace in front of the stem found at ``stem_at``.

    >>> search_start("a state  visit", 9, 5)
    2
    """
    return max(0, len(lowered[:stem_at].rstrip()) - reach)


# A pattern every match of a rule holds in the lower-cased text, where the stems say too
# little: "sign" is mostly "signed" or "signing", but "will sign" ends a word with it.
# (A literal first, so the engine finds it fast.)
RULE_ANCHORS: dict[str, re.Pattern[str]] = {
    "event.sign": re.compile(r"sign\b"),
}

# What ``find_triggers`` walks: each trigger rule with its stems, its lower-case twin,
# whether it is in ``STEM_FIRST`` and its anchor, if any.
TRIGGER_TABLE: tuple[
    tuple[
        str,
        str,
        re.Pattern[str],
        frozenset[str],
        re.Pattern[str] | None,
        bool,
        re.Pattern[str] | None,
    ],
    ...,
] = tuple(
    (
        rule_id,
        etype,
        pattern,
        frozenset(RULE_STEMS[rule_id]),
        LOWER_CASE_TRIGGERS[rule_id],
        rule_id in STEM_FIRST,
        RULE_ANCHORS.get(rule_id),
    )
    for rule_id, etype, pattern in TRIGGERS
)

# For each stem, the positions in ``TRIGGER_TABLE`` of the rules that need it: a
# sentence then visits only the rules one of its stems calls for (``rules_for``).
_RULES_OF_STEM: dict[str, tuple[int, ...]] = {
    stem: tuple(i for i, row in enumerate(TRIGGER_TABLE) if stem in row[3])
    for row in TRIGGER_TABLE
    for stem in row[3]
}


def rules_for(present: frozenset[str]) -> list[tuple]:
    """The rows of ``TRIGGER_TABLE`` (in table order) with a stem in ``present``."""
    get = _RULES_OF_STEM.get
    rows = {i for stem in present for i in get(stem, ())}
    return [TRIGGER_TABLE[i] for i in sorted(rows)]


# Every stem above, each once: a sentence is searched for them all once (``stems_in``),
# and each rule then asks that set instead of searching the sentence again.
ALL_STEMS: tuple[str, ...] = tuple(
    sorted({*TRIGGER_STEMS, *NAMED_STEMS, *(s for v in RULE_STEMS.values() for s in v)})
)


# A stem that holds another ("meeting" holds "meet", "fairs" "fair") is looked for only
# where that one is: most sentences then need a search less for each such pair.
_HELD_IN = {
    s: next((t for t in sorted(ALL_STEMS, key=len, reverse=True) if t != s and t in s), None)
    for s in ALL_STEMS
}
_ROOT_STEMS = tuple(s for s in ALL_STEMS if _HELD_IN[s] is None)
_HOLDING = {t: tuple(s for s in ALL_STEMS if _HELD_IN[s] == t) for t in ALL_STEMS}


def stems_in(lowered: str) -> frozenset[str]:
    """The stems of ``ALL_STEMS`` that occur in this lower-cased text.

    >>> sorted(stems_in("the fairs and meetings"))
    ['fair', 'fairs', 'meet', 'meeting']
    """
    found = [s for s in _ROOT_STEMS if s in lowered]
    for stem in found:  # (the list grows while walked: stems held in stems held...)
        if _HOLDING[stem]:
            found += [s for s in _HOLDING[stem] if s in lowered]
    return frozenset(found)


# Kinds of signed document: two names of one kind can refer to one signing.
DOCUMENT_KINDS = {
    **dict.fromkeys(("agreement", "accord", "treaty", "pact", "deal", "protocol"), "agreement"),
    **dict.fromkeys(("memorandum", "memoranda", "memorandums"), "memorandum"),
    **dict.fromkeys(("treatie", "accord", "agreement"), "agreement"),
}

# "the accord", "this agreement": a document already mentioned.
THE_DOCUMENT = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)

# A signing's document ("signed a memorandum", "contracts ... were signed").
DOCUMENT = re.compile(rf"\b(?:{longest_first(DOCUMENTS)})\b", re.IGNORECASE)
DOCUMENT_LOWER_CASE = lower_twin(DOCUMENT)

_NAME = r"[A-Z][\w'’&-]*(?:\s+(?:of\s+)?[A-Z][\w'’&-]*)*"
# "fair" before these is an adjective ("fair trade"), not a trade fair.
_NOT_FAIR = r"(?!\s+(?:trade|play|share|value|prices?|competition)\b)"
_NOUNS = rf"(?:{longest_first(NAMED_EVENT_NOUNS)}){_NOT_FAIR}"
_MODS = longest_first(NAMED_EVENT_MODIFIERS)
_CAPITALIZED_NOUNS = "|".join(n.capitalize() for n in NAMED_EVENT_NOUNS)

# Every named-event pattern ends a noun at a word's end: a lower-cased sentence without
# this has no named event ("expo" in "exports" is none).
NAMED_NOUN_END = re.compile(rf"(?:{longest_first(NAMED_EVENT_NOUNS)})\b")

# Named events: "exhibitions Hannover Messe" / "the X and Y exhibitions" / "World X Forum".
NAMED_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "event.named_noun_first",
        re.compile(rf"\b(?:{_NOUNS})\s+(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?"),
    ),
    (
        "event.named_noun_last",
        re.compile(
            rf"(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?\s+(?:(?:{_MODS})\s+)*(?:{_NOUNS})\b"
        ),
    ),
    (
        "event.named_capitalized",
        re.compile(rf"\b(?P<a>(?:[A-Z][\w'’&-]*\s+)+(?:{_CAPITALIZED_NOUNS}))\b"),
    ),
)

# Money tied to an event: "worth $55 million", "in the amount of $15.5 million".
MONEY_LINK = re.compile(
    r"\b(?:worth|totall?ing|amounting\s+to|in\s+the\s+amount\s+of|valued\s+at|value\s+of|"
    r"cost\s+of|costing|for|of)\s+(?:(?:about|around|approximately|some|nearly|almost|over|"
    r"more\s+than|less\s+than|up\s+to|at\s+least)\s+)?$",
    re.IGNORECASE,
)

# A counted quantity of goods: "the supply of 950 unassembled tractors".
QUANTITY = re.compile(
    rf"(?:{at_word_start(('of', 'for'))})"
    r"\s+(?P<q>(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z][a-z-]+\s+){0,2}(?P<u>[a-z][a-z-]+s))\b"
)
QUANTITY_UNITS_EXCLUDED = frozenset(
    {"years", "months", "days", "weeks", "hours", "percent", "pct", "times", "points"}
)

# A definite or anaphoric reference ("the meeting", "this visit") rather than a new event.
DEFINITE = re.compile(
    r"(?:\b(?:the|this|that|its|his|her|their|our)|\w['’]s)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)

# Money-worded plural references to unspecified events are not events ("bilateral meetings").
COMPARISON_BASE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus|from)\s+(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)
