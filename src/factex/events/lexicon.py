"""Word lists of the events room (English news usage; entries are general, not per article)."""

from __future__ import annotations

from factex.calendar_words import MONTH_NAMES

# Adjectives kept in a visit trigger because they say what kind of visit it is.
VISIT_KINDS = ("official", "state", "working", "private", "friendly", "official working")

# Words before "meeting" that are part of the event noun ("business meeting", "12th meeting").
MEETING_KINDS = (
    "business",
    "bilateral",
    "trilateral",
    "summit",
    "ministerial",
    "plenary",
    "regular",
    "extraordinary",
    "first",
    "second",
    "third",
    "joint",
)

# What follows a gerund "meeting"/"met" when it is not an event ("meeting the demand").
NOT_EVENT_AFTER_MEET = (
    "the",
    "its",
    "their",
    "our",
    "all",
    "demand",
    "demands",
    "needs",
    "requirements",
    "target",
    "targets",
    "expectations",
    "deadline",
    "criteria",
    "standards",
)

# Documents one signs, each form with its kind: they name what a signing produced, and
# two names of one kind can refer to one signing ("the accord" after "a treaty").
DOCUMENTS: dict[str, str] = {
    **dict.fromkeys(("agreement", "agreements", "accord", "accords"), "agreement"),
    **dict.fromkeys(("treaty", "treaties", "pact", "pacts"), "agreement"),
    **dict.fromkeys(("deal", "deals", "protocol", "protocols"), "agreement"),
    **dict.fromkeys(("memorandum", "memoranda", "memorandums"), "memorandum"),
    **dict.fromkeys(("contract", "contracts"), "contract"),
    **dict.fromkeys(("document", "documents"), "document"),
    "declaration": "declaration",
    "roadmap": "roadmap",
    "letter of intent": "letter of intent",
}

# Bodies whose setting up is an establishment event ("a joint venture was set up").
BODIES = (
    "commission",
    "council",
    "committee",
    "fund",
    "bank",
    "company",
    "venture",
    "joint venture",
    "centre",
    "center",
    "agency",
    "office",
    "chamber",
    "association",
    "consortium",
    "trading house",
    "free trade zone",
    "embassy",
    "consulate",
)

# Head nouns of named events of type "other".
NAMED_EVENT_NOUNS = (
    "exhibition",
    "exhibitions",
    "fair",
    "fairs",
    "forum",
    "forums",
    "expo",
    "conference",
    "conferences",
    "summit",
    "festival",
    "festivals",
)  # not "congress" (mostly a legislature), "show" or "week" (verbs and spans of time)

# Lower-case words allowed between a name and its event noun ("X business forum").
NAMED_EVENT_MODIFIERS = (
    "business",
    "investment",
    "economic",
    "trade",
    "international",
    "industrial",
    "agricultural",
    "energy",
)

# Capitalized words that start sentences or titles and never name an event by themselves.
NOT_EVENT_NAMES = frozenset(
    {
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "in",
        "at",
        "while",
        "but",
        "however",
        "meanwhile",
        "when",
        "if",
        "as",
        "after",
        "before",
        "on",
        "during",
        "and",
        "international",
        "annual",
        *MONTH_NAMES,
    }
)

# Prepositions that introduce where an event took place / where a visit went.
LOCATION_PREPOSITIONS = ("in", "to", "at")
