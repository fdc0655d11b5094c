"""The events room's rules: one list of ``Trigger`` records, one of ``NamedEvent`` records.

To add a trigger, append a ``Trigger`` to ``TRIGGERS``; nothing else. Its stems (the
words a sentence must hold for its pattern to be tried) are derived from the pattern
(``stems.required_words``), and so are its other gates (``stems.required_word_sets``:
"held" and "talks") and the sentence gate (``ALL_STEMS``): a sentence holding none of
them is skipped. A pattern's group ``t`` is the trigger (the event noun or main
verb, no auxiliaries) when the match is wider than the trigger; alternatives of one
pattern name theirs ``t2``, ``t3``, ``t4``.

Over 600 lines because ``TRIGGERS`` is one list (about half the file): cutting it in two
would make two places to add a trigger.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from factex.calendar_words import DAY_NAMES, MONTH_NAMES
from factex.events.lexicon import (
    BODIES,
    COMPANY_NOUNS,
    DOCUMENTS,
    MEETING_KINDS,
    MET_NEEDS,
    MISSION_KINDS,
    NAMED_EVENT_MODIFIERS,
    NAMED_EVENT_NOUNS,
    NOT_EVENT_AFTER_MEET,
    NOT_OPENED,
    OFFERING_KINDS,
    OPENED_THINGS,
    OPENED_TO_TRADE,
    TALKS_NOUNS,
    TRANSACTION_OBJECTS,
    VISIT_FREQUENCY,
    VISIT_KINDS,
    VISITING_ADJECTIVE_OF,
    VISITORS,
)
from factex.patterns import longest_first, lower_twin
from factex.stems import bare, required_word_sets, required_words, whole


@dataclass(frozen=True)
class Trigger:
    """An event trigger: ``pattern`` (a string is compiled case-insensitively; its group
    ``t``, if any, is the trigger) gives an event of ``type`` with rule id ``id``.
    ``stems``: lower-case strings one of which every match holds (derived when empty).
    ``not_after``: what, ending right before the trigger, makes the match no event.
    ``org_after``: the match counts only when an organization mention starts at its end.
    ``org_before``: the match counts only when an organization mention ends at its start.
    ``gates``: derived, the other sets of words every match holds one of."""

    id: str
    type: str
    pattern: re.Pattern[str] | str
    stems: frozenset[str] = frozenset()
    # a match does not count when this ends right before its trigger ("may bid")
    not_after: re.Pattern[str] | None = None
    # a match counts only when an organization mention starts where it ends ("bought
    # Ambev", not "bought U.S. goods")
    org_after: bool = False
    # ... or only when one ends where it starts (its subject: "Yugansk was sold", not
    # "Stock was sold")
    org_before: bool = False
    # ``pattern`` for the sentence's lower-cased copy (``patterns.lower_twin``: the same
    # matches, faster), when it is case-insensitive and has no capital of its own
    lowered: re.Pattern[str] | None = field(default=None, init=False, compare=False)
    # ``not_after``'s twin for the lower-cased copy, likewise
    not_after_lowered: re.Pattern[str] | None = field(default=None, init=False, compare=False)
    # sets of words every match holds one of besides ``stems`` (``stems.required_word_sets``:
    # "held|hold" and "talks"): the pattern is tried only where each has a word
    gates: tuple[frozenset[str], ...] = field(default=(), init=False, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.pattern, str):
            object.__setattr__(self, "pattern", re.compile(self.pattern, re.IGNORECASE))
        if not self.stems:
            object.__setattr__(self, "stems", required_words(self.pattern))
        gates = [s for s in required_word_sets(self.pattern) if s != self.stems]
        object.__setattr__(self, "gates", tuple(gates))
        if self.pattern.flags & re.IGNORECASE:
            with contextlib.suppress(ValueError):  # (a capital in the pattern: no twin)
                object.__setattr__(self, "lowered", lower_twin(self.pattern))
        if self.not_after is not None and self.not_after.flags & re.IGNORECASE:
            with contextlib.suppress(ValueError):
                object.__setattr__(self, "not_after_lowered", lower_twin(self.not_after))


@dataclass(frozen=True)
class NamedEvent:
    """A named event ("the Hannover Messe exhibition"): ``pattern``'s groups ``a`` and
    ``b`` are names; each gives an event of type "other". ``stems`` as for ``Trigger``.

    ``run``: for a pattern whose every match starts with a run of capitalized words
    (which it may then give back word by word), that run; ``find_named`` tries the
    pattern once per run instead of at every capital in it.
    """

    id: str
    pattern: re.Pattern[str]
    run: re.Pattern[str] | None = None
    stems: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        if not self.stems:
            object.__setattr__(self, "stems", required_words(self.pattern))


# ---------------------------------------------------------------- triggers

# Only speculated or denied company transactions are no event (guidelines §4: "may bid",
# "any takeover", "a rumoured takeover bid", "the possible takeover").
HEDGED = re.compile(
    r"\b(?:may|might|could|consider|considering|any|no|rumou?red|possible|potential|"
    r"speculation|speculated|tipped\s+to|attempts?\s+to|calls?|such|"
    # (or only its likelihood, threat or fear: "downplayed the likelihood of his organizing
    # a takeover bid", "the threat of a hostile takeover", "talk of a merger")
    r"likelihood\s+of|probability\s+of|possibility\s+of|prospects?\s+of|chances?\s+of|"
    r"threats?\s+of|risk\s+of|fears?\s+of|talk\s+of|"
    # (or what stands in the way of one: "the main stumbling block to a London-Frankfurt
    # merger", "an obstacle to any deal")
    r"(?:stumbling\s+blocks?|obstacles?|hurdles?|barriers?|impediments?)\s+to\s+(?:an?|any)|"
    # a transaction tried and not made ("tried and failed to seal a merger"), or only
    # sought ("seeking to take over")
    r"fail(?:ed|s|ing)?\s+to|tried\s+to|seek(?:s|ing)?\s+to|sought\s+to|"
    # or one withdrawn from ("pulled out of an agreement to buy Fiat", "walked away from
    # its offer for X"): the agreement may have been an event, the transaction is none
    r"(?:pulled|pulls|pulling|backed|backs|backing)\s+out\s+of|"
    r"(?:walked|walks|walking)\s+away\s+from|(?:withdrew|withdrawn|withdraws)\s+from|"
    r"abandon(?:ed|s|ing)?|scrap(?:ped|s|ping)|(?:called|calls)\s+off|"
    r"terminat(?:ed|es|ing)|ditch(?:ed|es|ing)?|"
    # or only an option or a right to it ("will gain the right to sell its car division to
    # GM", "an option to buy the rest"),
    r"(?:right|rights|option|options)[\"”]?\s+to|"
    # or only wished for ("The German firm wanted to buy Fiat outright")
    # ("DaimlerChrysler had been willing to buy the firm")
    r"(?:want|wants|wanted|wanting|keen|eager|willing|hopes?|hoped|hoping)\s+to)\s+(?:[\w$.,-]+\s+){0,4}$"
    # or only speculated, in the clause before it ("amid speculation that the two banks
    # will merge"; not "despite speculation that it would fail, X bought Y")
    r"|\b(?:speculation|speculated|rumou?rs?|rumou?red)\s+(?:that|of)\s+[^.;:,]{0,60}$"
    # or a condition ("if the regional Bell company ever decides to buy the rest")
    r"|\b(?:if|unless|whether)\s+[^.;:,]{0,60}$",
    re.IGNORECASE,
)
# ... nor a participle used as an adjective ("the newly acquired Metromedia stake")
HEDGED_OR_ADJECTIVE = re.compile(rf"{HEDGED.pattern}|\b(?:newly|the|an?)\s+$", re.IGNORECASE)
# Talks or a meeting only asked or hoped for are no event ("called for talks", "open for
# further talks", "called for an emergency general meeting").
DEMANDED = re.compile(
    r"\b(?:calls?|called|calling|press(?:es|ed|ing)?|push(?:es|ed|ing)?|open|ready|hopes?|hoped|"
    r"room|door|way|need|needs|demands?|demanded|appeals?|appealed|time|requests?|requested|"
    r"asks?|asked)(?:\s+[\w-]+){0,2}\s+for\s+(?:an?\s+|the\s+)?"
    # ("called for an emergency Security Council meeting")
    r"(?:[\w-]+\s+){0,3}$"
    # ... nor one denied ("Annan has no trip planned", "There was no meeting")
    r"|\bno\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# A visit or meeting called off did not happen and is not planned ("cancelled a trip to
# Australia", "called off the meeting"); a postponed one still is.
CANCELLED = re.compile(
    r"\b(?:cancell?ed|cancels|cancell?ing|called\s+off|calls\s+off|calling\s+off|scrapped|"
    r"scraps|scrapping|abandoned)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_NOT_HELD = re.compile(f"{DEMANDED.pattern}|{CANCELLED.pattern}", re.IGNORECASE)
# ... or the event noun, then its plan, then its cancellation ("A signing ceremony set for
# Thursday was cancelled", "the visit was called off"): a lookahead after the trigger.
_CALLED_OFF = (
    r"(?:\s+ceremony)?(?:,?\s+(?:(?:set|scheduled|planned|due)\s+(?:for|on)|in|at|to|with)\s+"
    r"[^.;,]{1,40}?,?)?\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:cancell?ed|called\s+off|scrapped|abandoned)\b"
)
_CALLED_OFF_AFTER = f"(?!{_CALLED_OFF})"
_DEALS = "agreement|accord|deal|settlement|pact|treaty"
# A deal's sides after its noun: "an agreement with the EU", "the pact between the two".
_DEAL_SIDES = r"(?:\s+(?:with|between)(?:\s+[\w.&'’-]+){1,5}?)?"
# Not "no deal": a lookbehind of fixed width for each deal word, tried at its end.
_NOT_NO_DEAL = "".join(rf"(?<!\bno\s{word})" for word in _DEALS.split("|"))
_TALKS = longest_first(TALKS_NOUNS)
# a word between a deal verb and its noun: money too, with a conversion in brackets
_DEAL_WORD = r"[\w$£€¥.,()%-]+"
# what makes a deal a company transaction ("a deal to buy", "an agreement to merge")
# (what is bought a company, a part or a share of one, not goods: "a deal to sell 300 jets")
_TO_BUY = (
    r"to\s+(?:merge|take\s+over|acquire|(?:buy|purchase|sell)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|"
    r"percent|pct)|(?:an?|the|its|their|his|her)\s+(?:[\w%.-]+\s+){0,3}?"
    rf"(?:{longest_first(TRANSACTION_OBJECTS)})\b)"
    # (or a company by its name: "a $57bn deal to buy Gillette"; not goods named by their
    # maker or origin, "a deal to buy Boeing jets", "to buy Russian gas")
    r"|(?:buy|purchase)\s+(?=(?-i:[A-Z]))(?!(?-i:[A-Z])\w*(?:ian|ese|ish|ean)\b)"
    r"(?!(?:(?-i:[A-Z])[\w.&-]*\s+){1,3}(?-i:[a-z])[a-z-]{2,}s\b)"
    # (nor a model with a number: "to buy Airbus A320s", "Boeing 747s")
    r"(?!(?:(?-i:[A-Z])[\w.&-]*\s+){0,2}[\w-]*\d))"
)
_NOT_TO_BUY = rf"(?!\s+{_TO_BUY})"
# A company's goods, not the company: "bought Boeing jets", "the sale of U.S. goods" (a
# name, then a plural noun; its shares are a stake, its assets may be anyone's bonds).
_NOT_GOODS = (
    r"(?!(?:(?-i:[A-Z])[\w.&-]*\s+){1,3}(?!this\b|was\b|has\b|its\b|plus\b)"
    r"(?!(?:shares|stakes|units|businesses|operations)\b)(?-i:[a-z])[a-z-]{2,}s\b)"
    # (nor its models, named with a number: "Airbus A320s", "Boeing 747 jets")
    r"(?!(?:(?-i:[A-Z])[\w.&-]*\s+){1,2}[\w-]*\d)"
)
# (also with an adjective between: "meeting regulatory requirements", or a share of them:
# "met many of the government's demands")
_NOT_AFTER_MEET = (
    rf"(?!\s+(?:{longest_first(NOT_EVENT_AFTER_MEET)})\b)"
    rf"(?!\s+[a-z][\w-]*\s+(?:{longest_first(MET_NEEDS)})\b)"
    r"(?!\s+(?:many|most|some|all|none|several|much|part)\s+of\s+(?:[\w’'-]+\s+){0,3}?"
    rf"(?:{longest_first(MET_NEEDS)})\b)"
)
# A verb denied or only wished away right before the trigger: "will not visit", "did not
# visit", "would not try to visit", "won't visit", "has no plans to visit", "never met"
# (a visit or meeting that does not happen is none, as "no trip planned" is none).
DENIED = (
    r"(?:\b(?:not|never)|n['’]t)\s+(?:(?:yet|try|plan|want|expect|going|be|have)\s+(?:to\s+)?)?$"
    r"|\bno\s+(?:plans?|intention|intentions)\s+to\s+$"
)

# A time between a verb of travel and its destination ("leaves today for Ottawa").
_TRAVEL_TIME = (
    r"(?:today|tonight|tomorrow|yesterday|soon|later\s+today|(?:this|next|last)\s+week|"
    r"on\s+[A-Z][a-z]+day)"
)

# Adverbs that make a verb a habit, not one event ("frequently met", "met regularly").
_HABITUALLY = (
    r"(?:frequently|regularly|often|routinely|repeatedly|occasionally|sometimes|usually|"
    r"periodically|weekly|monthly|annually|every\s+(?:week|month|year|day))\b"
)

# Adverbs between a modal and its verb ("would probably meet", "will also meet").
_MODAL_ADVERBS = r"(?:also|probably|likely|then|soon|first|again|later|briefly|formally|separately)"

# A weekday as a meeting's day ("meet Monday"), not a day's thing ("meet Monday's deadline").
_WEEKDAY = rf"(?:on\s+)?(?:{'|'.join(d.capitalize() for d in DAY_NAMES)})\b(?!['’])"
# Adverbs after "meet" that leave it with no object: a meeting ("will meet separately").
_MEET_ADVERBS = r"(?:separately|privately|informally|jointly|briefly|again)"

# Words before "sign" that make it a signing ("will sign", "expected to sign").
SIGN_AUXILIARIES = ("to", "will", "would", "shall", "may", "might", "could", "did")
SIGN_AUXILIARIES += ("plan to", "expected to")

# A bill, a motion or a petition signed is legislation or a protest, no signing of an
# agreement (guidelines §4: signings are of agreements, contracts, memoranda): "signed the
# bill into law", "a parliamentary motion, signed by 98 MPs", "a bill Reagan would sign".
# So is a statement, a letter or a cheque signed ("a statement signed by several
# members", "signed letters"): signing them makes no agreement; a letter of intent does.
_LEGISLATION = (
    r"bills?|legislation|motions?|petitions?|statements?|letters?(?!\s+of\s+intent)|cheques?|"
    r"checks?|autographs?"
)
_PLURAL_DOCUMENTS = (
    "agreements|accords|treaties|pacts|deals|protocols|memoranda|memorandums|contracts|documents"
)
_NOT_LEGISLATION_AFTER = (
    rf"(?!\s+into\s+law\b)(?!\s+(?:an?\s+|the\s+|this\s+|that\s+)?(?:[\w-]+\s+){{0,3}}?"
    rf"(?:{_LEGISLATION})\b)"
)
LEGISLATION_BEFORE = re.compile(
    # right before the trigger, after a comma, in a relative clause, or with the signer
    # and a modal between ("a bill Reagan would sign"), not "the bill passed and X signed"
    rf"\b(?:{_LEGISLATION})\b(?:\s*,\s*|\s+(?:(?:that|which)\s+(?:[\w.-]+\s+){{0,3}}|"
    r"(?:[\w.-]+\s+){1,3}(?:will|would|shall|must|can|could|may|might|to|did)\s+)?)$"
    # a signing denied, refused or not made, or a crime ("has not signed", "refused to
    # sign", "accused of signing false documents")
    r"|(?:\b(?:not|never|refused\s+to|refuses\s+to|declined\s+to|failed\s+to|yet\s+to|"
    r"without|denied|denies|accused\s+of|charged\s+with)|n't)\s+(?:[\w-]+\s+){0,2}$"
    # or one only urged on others ("urged all Balkan states to sign a joint declaration")
    r"|\b(?:urged?|urges|urging|called\s+on|calls\s+on|calling\s+on|asked|asks|pressed|"
    r"presses|pressing|invited|invites)\s+(?:[\w.-]+\s+){0,4}to\s+$"
    # or documents of a kind, counted by no number, signed at any time (guidelines §4: generic
    # and plural references are no event): "all contracts and agreements signed by the
    # Community", "such pacts signed"
    rf"|\b(?:all|any|many|most|such|other|previous|past|earlier|various|numerous|several)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_PLURAL_DOCUMENTS})(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?"
    rf"(?:{_PLURAL_DOCUMENTS}))?\s+$",
    re.IGNORECASE,
)

# The subject of a passive "opened" that makes it no opening ("measures expected to be
# unveiled", "the probe was launched"): the noun, then only auxiliaries and adverbs.
NOT_OPENED_BEFORE = re.compile(
    rf"\b(?:{longest_first(NOT_OPENED)})\s+(?:(?:that|which|is|are|was|were|be|been|being|to|"
    r"expected|likely|due|set|will|would|officially|formally|also|now)\s+){1,5}$",
    re.IGNORECASE,
)

# Who a company or a stake is handed to, named by what it is ("to state-run oil group
# Rosneft", "to a business partner").
_NEW_OWNERS = (*COMPANY_NOUNS, "consortium", "investor", "investors", "fund", "partner", "buyer")

# What opens as a place of business ("the new terminal will open in 2008"): what is
# opened, but "line" (also a line of text).
_OPENED_PLACES = tuple(t for t in OPENED_THINGS if t != "line")

TRIGGERS: tuple[Trigger, ...] = (
    Trigger(
        "event.visit",
        "visit",
        rf"\b(?P<t>(?:(?:{longest_first(VISIT_KINDS)})\s+)?(?:visit|visited|visiting|trip))\b(?!-)"
        # (not a frequency: "one visit every three years"; nor "visiting" as an adjective
        # of who comes: "visiting fans", "a visiting professor")
        # (after the destination too: "one visit to Cuba every three years", "tourists who
        # visit Cuba every year")
        rf"(?!(?:(?:\s+to)?\s+(?:[\w.-]+\s+){{0,2}}?[\w.-]+)?\s+(?:{longest_first(VISIT_FREQUENCY)})\b)"
        rf"(?!(?<=ing)\s+(?:{longest_first(VISITING_ADJECTIVE_OF)})\b){_CALLED_OFF_AFTER}",
        # (nor one only possible: "these sites could only be visited by a special team",
        # "Baker may visit Tokyo", as "may bid" is no bid)
        not_after=re.compile(
            rf"{CANCELLED.pattern}|\b(?:can|could|may|might|cannot)\s+(?:only\s+|also\s+|not\s+)?"
            rf"(?:be\s+)?$|\bno\s+(?:[\w-]+\s+)?$|{DENIED}",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # a delegation's trip: "a trade mission to 37 U.S. cities", "two buying missions"
        "event.mission",
        "visit",
        rf"\b(?P<t>(?:{longest_first(MISSION_KINDS)})\s+missions?)\b"
        # ("a tough mission to Washington": a mission to a named place)
        r"|\b(?P<t2>mission)\s+to\s+(?-i:[A-Z])"
        # (a delegation led or sent to a place: "will lead a trade delegation to China";
        # not "the EC delegation to Japan", a standing office)
        r"|\b(?:lead|leads|led|leading|head|heads|headed|heading|send|sends|sent|sending|"
        r"dispatch|dispatched|dispatches)\s+(?:an?|the|his|her|its|their)\s+(?:[\w.-]+\s+){0,3}?"
        r"(?P<t3>delegation)\s+to\s+(?-i:[A-Z])",
        # (not a military, peacekeeping or space mission)
        not_after=re.compile(
            r"\b(?:military|peacekeeping|peace-keeping|space|rescue|combat|bombing|UN|U\.N\.|"
            r"NATO|observer|monitoring)\s+$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # a leader's or a delegation's arrival is a visit ("after the arrival of US
        # president George W Bush disrupted flights"); not of goods, seasons or executives
        "event.arrival_of",
        "visit",
        r"\b(?P<t>arrival)\s+of\s+(?:an?\s+|the\s+)?(?:[\w.-]+\s+){0,2}?"
        rf"(?:{longest_first(VISITORS)})\b",
        frozenset({whole("arrival")}),
    ),
    Trigger(
        # a departure, arrival or journey for a visit: "leaves for Moscow", "arrived in Tokyo
        # on Monday", "will travel to Beijing"
        "event.departure",
        "visit",
        re.compile(
            r"\b(?:(?P<t>leaves|left|leave|leaving|departs|departed|arrives|arrived|arriving|arrive|"
            # (or heads for it: "heads for Washington on April 29"; not "planes are headed
            # to Saudi Arabia")
            r"heads)\s+"
            # (a time between: "leaves today for Ottawa", "left on Monday for Seoul")
            rf"(?:{_TRAVEL_TIME}\s+)?(?:for|in|(?<=heads\s)to)|(?P<t2>travel|travels|travelled|traveled|travelling|traveling|fly|flew|flies)"
            r"\s+to)\s+(?:the\s+)?(?=[A-Z])"
            # (an arrival where the story is filed: "A Japanese delegation arrived here today")
            r"|\b(?P<t3>arrived|arrives|arriving|arrive)\s+here\b"
            # (a stop on the way is a short visit: "will stop over in Tokyo for a day",
            # "Shultz's one day stop-over here")
            r"|\b(?P<t4>stop(?:s|ped|ping)?\s+over|stop-over|stopover)\s+(?:in\s+(?:the\s+)?(?=[A-Z])|here\b)"
        ),
        # (not trips going on for months: "delegations have been arriving in Washington";
        # nor goods that arrive: "The first shipments will arrive in Rotterdam")
        not_after=re.compile(
            r"\b(?:have|has|had)\s+been\s+$|\b(?:shipments?|cargoes|cargo|goods|supplies|"
            r"deliveries|consignments?|imports|exports|products|oil|grain|wheat|vessels?|ships?|"
            r"tankers?)\s+(?:(?:will|would|should|are|were|is|was|to|be|due|expected|scheduled|"
            r"set|likely|also|then|first)\s+){0,3}$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # a delegation or an official that goes to a place visits it: "A U.S. trade team will
        # go to Tokyo next week" (not "exports went to China": the subject is who travels)
        "event.goes_to",
        "visit",
        rf"\b(?:{longest_first(VISITORS)}|team|teams|officials|negotiators)\s+"
        r"(?:(?:will|would|is\s+to|are\s+to|plans\s+to|plan\s+to|is\s+due\s+to|are\s+due\s+to)\s+)?"
        r"(?P<t>go|goes|went)\s+to\s+(?:the\s+)?"
        # (not a court, a legislature or the polls: "officials went to the High Court")
        r"(?!(?:High\s+|Supreme\s+|Federal\s+|Appeals?\s+)?Courts?\b|Parliament\b|Congress\b|"
        r"Senate\b|Polls\b)(?-i:[A-Z])",
        frozenset(whole(w) for w in ("go", "goes", "went")),
    ),
    Trigger(
        # a tour of a region or a site is a visit: "embarked on a tour of Southeast Asia", "a
        # four-nation tour", "toured the Toyota plant in Nagoya"
        "event.tour",
        "visit",
        re.compile(
            r"\b(?:(?P<t>tour)\s+of\s+(?:the\s+)?(?=[A-Z])|(?P<t2>[a-z]+-nation\s+tour)\b|"
            r"(?P<t3>toured)\s+(?:the\s+|an?\s+)?(?=[A-Z]|(?:[\w-]+\s+){0,2}(?:plant|factory|"
            r"factories|mill|mine|port|site|facility|facilities|region|country|city|shipyard)\b))"
        ),
        frozenset({whole("tour"), whole("toured")}),
        # (not a show's or a sightseer's tour: "the band's world tour of Europe")
        not_after=re.compile(
            r"\b(?:world|concert|guided|walking|bus|book|farewell|promotional|sightseeing)\s+$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        "event.meeting_noun",
        "meeting",
        # (a kind word or "a" before it makes it a noun, never the gerund of "meeting the
        # demand": "told a U.S.-USSR business meeting the Soviet Union ...")
        rf"\b(?:(?P<t>(?:{longest_first(MEETING_KINDS)}|\d+(?:st|nd|rd|th))\s+meeting|(?<=\ba\s)meeting)"
        rf"|(?P<t2>meeting){_NOT_AFTER_MEET})\b(?!s)"
        # (nor one only supposed: "another meeting would be necessary"; "a meeting would be
        # held on Monday" is one reported as planned)
        r"(?!(?:(?<=\ba\smeeting)|(?<=\banother\smeeting))\s+(?:would|could|might)\s+"
        rf"(?!be\s+(?:held|convened)|take\s+place|begin|start|open)){_CALLED_OFF_AFTER}",
        # (nor one only asked for: "called for an emergency meeting", guidelines §4; nor
        # one called off; nor meetings going on for months: "Negotiators have been meeting
        # for more than a year", guidelines §4: ongoing activity)
        not_after=re.compile(rf"{_NOT_HELD.pattern}|\b(?:have|has|had)\s+been\s+$", re.IGNORECASE),
    ),
    Trigger(
        "event.met",
        "meeting",
        rf"\b(?P<t>met)\b{_NOT_AFTER_MEET}(?!\s+{_HABITUALLY})",
        # (a passive "met" is satisfied: "its interests were met", "was not met"; meetings
        # held as a habit are no one event, guidelines §4: "he frequently met him", "met
        # regularly with")
        not_after=re.compile(
            r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+|fully\s+|already\s+)?$"
            rf"|\b{_HABITUALLY}\s+$|{DENIED}",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        "event.talks",
        "meeting",
        r"(?<!been\s)\b(?:held|hold|holds|holding|began|begin|resumed|resume|concluded|wrapped\s+up|"
        # (talks opened or started: "opened talks last summer", "will start negotiations")
        r"opened|open|opens|start|starts|started|launched)"
        rf"\s+(?:[\w-]+\s+){{0,2}}?(?P<t>{_TALKS})\b",
        not_after=_NOT_HELD,
    ),
    Trigger(
        # discussions held with a named side are talks: "have held discussions with Japanese
        # regulators", "are in discussions with the EC" (not "various discussions", nor
        # "parliamentary discussions on the budget": no side)
        "event.discussions",
        "meeting",
        r"\b(?:(?:held|hold|holds|holding|began|begun|begin|opened|started|start|resumed|"
        r"concluded)\s+(?:[\w-]+\s+)?|(?:is|are|was|were|been)\s+in\s+)(?P<t>discussions)\s+"
        r"(?:with|between)\b",
        frozenset({whole("discussions")}),
        not_after=_NOT_HELD,
    ),
    Trigger(
        # talks dated or timed before the noun: "the three-day talks", "this week's talks",
        # "the Thursday and Friday talks"
        "event.talks_dated",
        "meeting",
        re.compile(
            r"\b(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|\d+)-day|"
            r"(?:[Tt]his|[Ll]ast|[Nn]ext)\s+week['’]s|(?:[A-Z][a-z]+day\s+and\s+)?[A-Z][a-z]+day['’]?s?)"
            # (meetings too: "at Wednesday's meetings of leading industrial nations")
            rf"\s+(?:[a-z][\w-]*\s+)?(?P<t>{_TALKS}|meetings)\b"
        ),
        frozenset((*TALKS_NOUNS, "meetings")),
    ),
    Trigger(
        # a side in talks: "is in talks to buy former assets of Yukos", "are in talks over
        # the sale" (guidelines §4: "in talks with X over the sale" is a meeting)
        "event.in_talks",
        "meeting",
        r"\b(?:is|are|was|were|been|remains?|remained)\s+in\s+(?P<t>talks)\s+(?:to|about|over|on)\b",
    ),
    Trigger(
        "event.talks_with",
        "meeting",
        # (not "negotiations with": "trade negotiations with Japan" is ongoing business)
        r"(?<!been\sholding\s)\b(?P<t>talks)\s+(?:with|between)\b"
        # (not talks going on for years: "Talks with Russia have been taking place for 10
        # years" is a state, not one event, guidelines §4)
        r"(?![^.;]{0,80}?\b(?:have|has|had)\s+been\s+(?:going\s+on|taking\s+place|under\s+way|"
        r"continuing|dragging\s+on|in\s+progress)\b)",
        # (nor the verb after its subject: "when it talks with Congress")
        not_after=re.compile(
            rf"{DEMANDED.pattern}|\b(?:he|she|it|who)\s+(?:also\s+|often\s+|still\s+|now\s+)?$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # talks located or dated: "talks here last week", "further talks in May"
        "event.talks_when",
        "meeting",
        re.compile(
            # (meetings too: "in meetings in Washington last week" are specific ones)
            rf"\b(?P<t>{_TALKS}|meetings)\s+(?:here|there|(?:in|on)\s+[A-Z]|last\s+week|this\s+week|"
            r"next\s+week|yesterday|today|tomorrow)"
            # (with who holds them between: "talks by EC foreign ministers here tomorrow")
            rf"|\b(?P<t2>{_TALKS})\s+(?:by|among)\s+(?:[\w.'’-]+\s+){{1,4}}?(?:here|there|in\s+[A-Z]|"
            r"(?:last|this|next)\s+week|yesterday|today|tomorrow)\b"
        ),
    ),
    Trigger(
        # "a fifth round of talks", "a new round of trade negotiations"
        "event.talks_round",
        "meeting",
        r"\b(?P<t>(?:(?:[a-z]+(?:st|nd|rd|th)|new|latest|next|final|further|another)\s+)?"
        rf"rounds?\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:{_TALKS}))\b",
        # (not rounds counted vaguely: "many rounds of talks" are no one event)
        not_after=re.compile(
            r"\b(?:many|several|numerous|countless|multiple|repeated|endless|successive|previous|"
            r"past|earlier|various)\s+$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # "nine hours of talks", "two days of negotiations"
        "event.talks_hours",
        "meeting",
        rf"\b(?:hours|days)\s+of\s+(?:[\w-]+\s+)?(?P<t>{_TALKS})\b",
        frozenset(TALKS_NOUNS),
    ),
    Trigger(
        # talks with a course: "negotiations that ended earlier today", "talks will resume"
        "event.talks_course",
        "meeting",
        rf"\b(?P<t>{_TALKS})"
        # (with their sides between: "negotiations between the two countries ended")
        # (or their topic: "Negotiations on the next textile agreement are due to begin")
        r"(?:\s+(?:between|with|on|over|about)(?:\s+[\w.&'’-]+){1,6}?(?=\s+(?:ended|began|concluded|"
        r"resumed|opened|broke|collapsed|stalled|(?:are|were|is|was)\s+(?:(?:due|scheduled|set)\s+to|"
        r"(?:set|scheduled|planned|slated)\s+for)|"
        r"will\s+(?:resume|begin|start|open|end))\b)|\s*,?)"
        r"\s+(?:that\s+|which\s+)?(?:ended|began|begin|begins|opened|opens|"
        r"concluded|resumed|resume|starting|start|starts|held|"
        r"broke\s+(?:down|off|up)|collapsed|stalled|will\s+(?:resume|begin|start|open|end)|"
        r"(?:are|were|is|was)\s+(?:due|scheduled|expected|set)\s+to|were\s+held|"
        # (planned for a day: "the talks, set for Friday", "talks will be held on Monday")
        r"(?:will|would|are\s+to|were\s+to)\s+be\s+held|"
        r"(?:(?:are|were|is|was)\s+)?(?:set|scheduled|planned|slated)\s+(?:for|on))\b",
    ),
    Trigger(
        # meetings planned as a set ("Technical meetings are to be held today and tomorrow,
        # with meetings at a more senior level scheduled for Thursday and Friday"): specific
        # ones, not meetings as a habit
        "event.meetings_planned",
        "meeting",
        re.compile(
            r"\b(?P<t>[Mm]eetings)\s+(?:(?:are|were)\s+(?:to\s+be|due\s+to\s+be)|will\s+be)\s+held\b"
            r"|\b(?P<t2>[Mm]eetings)\s+(?:(?:at|of|with|between|on)\s+(?:[\w.&'’-]+\s+){1,5}?)?"
            r"(?:(?:are|were)\s+)?(?:scheduled|set|planned|slated)\s+(?:for|on)\s+"
            r"(?=[A-Z]|(?:next|this|today|tomorrow)\b)"
        ),
        frozenset({whole("meetings")}),
        not_after=_NOT_HELD,
    ),
    Trigger(
        # talks a trip is for, or that something happened at: "in Washington for trade
        # talks", "said after the talks"
        "event.talks_purpose",
        "meeting",
        r"\b(?:for\s+(?:[\w-]+\s+)?|(?:after|before|during|at)\s+the\s+(?:[\w-]+\s+)?)"
        # (discussions too: "is due in Tokyo next week for discussions on the chip dispute")
        rf"(?P<t>{_TALKS}|discussions)\b",
        not_after=DEMANDED,
    ),
    Trigger(
        # officials who conferred with someone or somewhere met: "conferred in Geneva
        # yesterday", "conferred with Japanese officials" (not "conferred a title on")
        "event.conferred",
        "meeting",
        r"\b(?P<t>conferred|confers|confer)\s+(?=(?:with|in|at|here|there|yesterday|today|by\s+telephone)\b)",
        not_after=re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$", re.IGNORECASE),
    ),
    Trigger("event.convened", "meeting", r"\b(?P<t>convened|convenes|convene)\b"),
    Trigger(
        # a planned meeting: "will meet in Geneva", "is due to meet his counterpart"
        # ("to meet US requirements" is no meeting: after "to", no bare name)
        "event.meet_planned",
        "meeting",
        re.compile(
            # (an adverb between: "would probably meet the week after")
            rf"\b(?:(?:will|would|shall)\s+(?:{_MODAL_ADVERBS}\s+)?(?P<t>meet)\s+(?=[A-Z])"
            rf"(?!(?:{'|'.join(d.capitalize() for d in DAY_NAMES)})['’])|"
            rf"(?:will|to|would|shall)\s+(?:{_MODAL_ADVERBS}\s+)?(?P<t2>meet)\s+(?=(?:with|in|on|at|next|"
            r"this|later|again|today|tomorrow|here|there)\b|the\s+(?:week|day|month)\s+after\b|"
            # (what for: "will meet to discuss the crisis"; how: "will meet separately")
            rf"to\s+(?:discuss|review|consider|negotiate|decide|agree|talk)\b|{_MEET_ADVERBS}\b|"
            r"the\s+following\b|(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?\b|"
            # (a side named by what it is: "will meet the Japanese delegation", "will meet
            # finance ministers from the G7")
            # (or a company's people: "are to meet Rover's management on Friday")
            r"(?:the\s+)?(?:[A-Z][\w.-]*(?:['’]s)?\s+|[a-z][\w-]*\s+){0,2}?(?:officials|ministers|"
            r"leaders|executives|delegation|delegations|delegates|negotiators|representatives|"
            r"counterparts|management|bosses|board|unions)\b(?!['’]))"
            # (a meeting planned for its subject, with no object: "Bosses of X and Y are to
            # meet amid talk of a bid", "are scheduled to meet for two days")
            r"|(?:is|are|was|were)\s+(?:(?:due|set|scheduled|expected|likely|going)\s+)?to\s+"
            r"(?P<t3>meet)(?=\s*[.;,]|\s+(?:amid|after|before|during|for|over)\b))"
        ),
    ),
    Trigger(
        # a body's scheduled meeting: "when it meets next week", "officials meet tomorrow"
        "event.meets",
        "meeting",
        re.compile(
            r"\b(?:(?P<t>meets)\s+(?=(?:with|in|on|at|next|this|later|again|today|tomorrow)\b|[A-Z])|"
            # (or when: "OPEC ministers meet Monday in Vienna", "meet separately Monday")
            rf"(?P<t2>meet)\s+(?=(?:next|this|later|today|tomorrow)\b|(?:{_MEET_ADVERBS}\s+)?{_WEEKDAY}"
            # (or where: "Trade ministers of 92 countries meet in Geneva next week"; not a
            # habit, "they meet in Geneva every year")
            r"|(?:in|at)\s+[A-Z](?![^.;]{0,60}\b(?:every|each|annually|regularly|twice|once)\b)))"
        ),
        frozenset({"meet"}),
        # (not one only supposed: "they could meet in Geneva")
        not_after=re.compile(r"\b(?:could|might|may|should|can|cannot|must)\s+$", re.IGNORECASE),
    ),
    Trigger(
        # a meeting before the press: "a news conference between Trump and Liu He"
        "event.news_conference",
        "other",
        r"\b(?P<t>(?:joint\s+)?(?:news|press)\s+conference)\s+(?:between|with)\b",
    ),
    Trigger(
        # a news conference given or spoken to is an event, `other` (guidelines §4: news
        # briefings and press conferences): "told a news conference", "at his year-end press
        # conference in Moscow"
        "event.press_conference",
        "other",
        r"\b(?:told|tells|tell|telling|addressed|addressing|at|during|held|holds|hold|holding|gave|"
        r"gives|give|giving|called|calls|in)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?P<t>(?:news|press)\s+conference)\b(?!\s+(?:between|with)\b)",
        not_after=_NOT_HELD,
    ),
    Trigger(
        "event.signed",
        "signing",
        # (an agreement initialled is signed in short, by its negotiators)
        rf"\b(?P<t>signed|signing|inked|initial(?:l)?ed)\b{_NOT_LEGISLATION_AFTER}"
        # (nor signings counted up to now: "wage pacts signed so far this year")
        # (a signing noun called off: "a signing ceremony set for Thursday was cancelled";
        # a deal "signed in May was cancelled" was signed)
        rf"(?!\s+(?:so\s+far|to\s+date|up\s+to\s+now)\b)(?!(?<=signing){_CALLED_OFF})",
        not_after=LEGISLATION_BEFORE,
    ),
    Trigger(
        "event.sign",
        "signing",
        rf"\b(?:{'|'.join(SIGN_AUXILIARIES)})\s+(?P<t>sign)\b{_NOT_LEGISLATION_AFTER}",
        not_after=LEGISLATION_BEFORE,
    ),
    Trigger(
        # a signing told in the present, as headlines tell it: "Venezuela and China sign oil
        # deal", "India signs $40bn gas deal with Iran"; not the noun ("signs that a deal
        # is near", "the first signs of a trade agreement")
        "event.signs",
        "signing",
        r"(?<!\ba\s)(?<!\bthe\s)(?<!\bno\s)(?<!\bany\s)(?<!\bfew\s)(?<!\bsome\s)(?<!\bfirst\s)"
        r"(?<!\bmore\s)(?<!\bclear\s)(?<!\bearly\s)(?<!\bthese\s)(?<!\bare\s)(?<!\bwere\s)"
        r"\b(?P<t>signs|sign)\s+(?:(?!(?:that|of|is|are|was|were|for|to|on)\b)[\w$£€¥.,-]+\s+){0,3}?"
        rf"(?:{longest_first(DOCUMENTS)})\b{_NOT_LEGISLATION_AFTER}",
        frozenset({whole("sign"), whole("signs")}),
        not_after=LEGISLATION_BEFORE,
    ),
    Trigger(
        # a deal reached is a signing: "struck a deal", "reached a $9 billion agreement"
        "event.deal_reached",
        "signing",
        # (not "to reach a deal", "failure to reach an agreement": only hoped for)
        r"\b(?P<t>reached|reaches|struck|clinched|sealed|concluded|announced|announces|agreed|"
        # ("agreed on a new accord")
        r"formali[sz]ed|finali[sz]ed)(?:(?<=agreed)\s+on(?!\s+(?:an?|the)\s+(?:need|necessity|importance)\b))?"
        rf"\s+(?:an?|the|its|their)\s+(?:{_DEAL_WORD}\s+){{0,4}}?(?:{_DEALS})\b{_NOT_TO_BUY}"
        # (not a deal's end announced: "announced its sponsorship agreement with Chelsea,
        # which ..., would end in 2006", guidelines §4: a separation is no event)
        r"(?![^.;]{0,100}?\b(?:would|will|is\s+to|was\s+to)\s+(?:end|expire|lapse|terminate)\b)"
        # (wire style, with no article: "reached agreement on a truce", "reached broad
        # agreement"; an understanding with a side or a topic, not "a better understanding of")
        r"|\b(?P<t2>reached|reaches)\s+(?:(?:broad|tentative|preliminary|final|full|general|"
        r"basic|initial)\s+)?agreement\b(?!\s+(?:to\s+)?(?:sell|buy|merge|acquire)\b)"
        r"|\b(?P<t3>reached|reaches)\s+an?\s+(?:[\w-]+\s+)?understanding\s+(?:with|on|over|between)\b",
        # (not one denied: "have not yet reached agreement", "never reached a deal")
        not_after=re.compile(r"(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+)?$", re.IGNORECASE),
    ),
    Trigger(
        # a deal to buy or sell a company is a company transaction, "other" (guidelines §4,
        # business news): "announced a deal to buy 26% of Indian firm X"
        "event.deal_to_buy",
        "other",
        r"\b(?:reached|reaches|struck|clinched|sealed|announced|announces|agreed|signed|"
        rf"finali[sz]ed)\s+(?:an?|the|its|their)\s+(?:{_DEAL_WORD}\s+){{0,4}}?"
        rf"(?P<t>{_DEALS})\s+{_TO_BUY}",
        # (gated by the verb of buying, rarer than the deal words)
        frozenset(whole(w) for w in ("merge", "take", "acquire", "buy", "purchase", "sell")),
        not_after=HEDGED,
    ),
    Trigger(
        # "the accord was reached", "a deal has been struck"
        "event.deal_was_reached",
        "signing",
        # (it opens with the deal word: where none starts, it fails at the first letter,
        # where a lookbehind first ran at every position; "no deal" is looked back at from
        # the word's end)
        # (its sides between: "an agreement with the EU, reached in 1992", "the accord between
        # the two firms was struck")
        rf"\b(?:{_DEALS})(?:{_NOT_NO_DEAL}{_DEAL_SIDES}\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
        r"(?P<t>reached|struck|clinched|sealed|concluded|announced)"
        # "That agreement, reached last year after heated negotiations"
        rf"|{_DEAL_SIDES},\s+(?P<t2>reached|struck|hammered\s+out|clinched|sealed|concluded))\b",
        frozenset(_DEALS.split("|")),
    ),
    Trigger(
        # a settlement: "agreed to pay $14.5m to settle a lawsuit", "settled the charges"
        "event.settlement",
        "signing",
        r"\b(?:(?P<t>agreed)\s+to\s+(?:pay\b.{0,80}?\bto\s+)?settle|"
        r"(?P<t2>settled)\s+(?:a|the|its|their)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:lawsuit|suit|case|charges|claims|dispute)s?|(?:reached|agreed)\s+a\s+(?P<t3>settlement))\b",
    ),
    Trigger(
        # a payment agreed with an authority: "is paying $500,000 to the SEC to settle the
        # charge", "agreed to pay a $1.5m fine"
        "event.settlement_paid",
        "signing",
        # (the payee between: "had to pay the Securities and Exchange Commission $250m in
        # October to settle charges", "it would pay $850m to settle charges")
        r"\b(?:(?P<t>paying|pays|paid|pay)\s+(?:(?:the|a|an)\s+)?(?:[\w&.'’-]+\s+){0,5}?"
        r"(?:US|A|C|HK)?[$£€¥]?\d.{0,80}?\bto\s+settle\s+(?:[\w-]+\s+){0,4}?"
        # (a claim settled, not trades: "Investors pay $5 to settle trades")
        r"(?:lawsuits?|suits?|cases?|charges?|claims?|disputes?|allegations?|accusations?|"
        r"complaints?|actions?|probes?|investigations?|litigation)\b|"
        r"(?P<t2>agreed)\s+to\s+pay\s+(?:an?\s+)?(?:[\w$£€¥.,()-]+\s+){1,4}?"
        r"(?:fines?|penalty|penalties)\b)",
        frozenset(whole(w) for w in ("settle", "fine", "fines", "penalty", "penalties")),
        # (not a payment only supposed or refused: "could pay up to $1bn to settle")
        not_after=re.compile(
            r"\b(?:could|might|may|if|unless|whether|refused\s+to|refuses\s+to|declined\s+to|"
            r"(?:would|will|may|might|could)\s+have\s+to)\s+(?:[\w-]+\s+){0,1}$"
            # (nor the payment of a settlement already found: "agreed to pay $14.5m to settle")
            r"|\bagree(?:d|s)?\s+to\s+$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        "event.opened_passive",
        "opening",
        r"\b(?:was|were|been|be|is|are|being)\s+(?:officially\s+|formally\s+)?"
        r"(?P<t>opened|launched|inaugurated|commissioned|unveiled)\b"
        rf"(?!\s+(?:up\s+)?to\s+(?:[\w-]+\s+){{0,2}}?(?:{longest_first(OPENED_TO_TRADE)})\b)",
        not_after=NOT_OPENED_BEFORE,
    ),
    Trigger(
        "event.put_into_operation",
        "opening",
        r"\b(?P<t>(?:put|brought|commissioned)\s+into\s+(?:operation|service|use))\b",
    ),
    Trigger(
        "event.opened_active",
        "opening",
        r"\b(?P<t>opened|launched|inaugurated|unveiled)\s+(?:a|an|its|their|the\s+first|new)\b"
        # "launched a takeover bid", "opened an investigation", "launched a new, $10-a-share
        # offer": no opening
        rf"(?!\s+(?:[\w$£€¥.,-]+\s+){{0,3}}?(?:{longest_first(NOT_OPENED)})\b)",
        # (a passive whose subject is no opening, then what follows: "When the account is
        # opened a form ... must be filled in")
        not_after=NOT_OPENED_BEFORE,
    ),
    Trigger(
        # a body that will open: "the office was likely to open in the second half"
        "event.open_planned",
        "opening",
        # (or a plant, store or terminal: "The new terminal at Heathrow will open in 2008")
        rf"\b(?:{longest_first((*BODIES, *_OPENED_PLACES))})\s+(?:[\w-]+\s+){{0,3}}?"
        r"(?:to|will|would)\s+"
        # (not opened to trade or on days of the week: "will open up to foreign ships",
        # "will open on Sundays")
        r"(?P<t>open)\b(?!\s+(?:up|to)\b)(?!\s+on\s+[A-Z][a-z]+days\b)"
        # ("the new company will open talks with receivers": no opening)
        rf"(?!\s+(?:[\w-]+\s+){{0,2}}?(?:{longest_first(NOT_OPENED)})\b)",
    ),
    Trigger(
        # "the opening of new offices", "will open an office in Shanghai", "opening ceremony"
        "event.opening_of",
        "opening",
        r"\b(?:(?P<t>opening)\s+of\s+(?:an?\s+|the\s+|its\s+|their\s+)?|(?P<t2>open|opens)\s+"
        rf"(?:an?|its|their|new|the)\s+)(?:[\w-]+\s+){{0,2}}?(?:{longest_first(OPENED_THINGS)})\b"
        r"|\b(?P<t3>opening)\s+ceremony\b",
    ),
    Trigger(
        "event.started_production",
        "opening",
        r"\b(?P<t>(?:started|began|launched|starts|begins)\s+(?:the\s+)?production)\b",
    ),
    Trigger(
        "event.relations_established",
        "establishment",
        r"\b(?:relations|ties)\b[^.;]{0,60}?\b(?:were|was|have\s+been|had\s+been)\s+"
        r"(?P<t>established)\b",
    ),
    Trigger(
        "event.established_relations",
        "establishment",
        r"\b(?P<t>established|establish)\s+(?:diplomatic\s+)?(?:relations|ties)\b",
    ),
    Trigger(
        "event.into_force",
        "establishment",
        r"\b(?P<t>(?:came|come|comes|coming|entered|enter|enters|entering|went|go|goes|going)\s+into\s+"
        r"(?:force|effect)|(?:took|take|takes|taking)\s+effect)\b",
        # (measures that begin or seem to take effect are working, not entering into force:
        # "measures began to take effect", "the controls seem to be taking effect"; nor
        # is an appointment taking effect an event, guidelines §4: "The appointment takes
        # effect Nov. 13")
        not_after=re.compile(
            r"\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|seem|seems|"
            r"seemed|appear|appears|appeared|slow|slowly|gradually)\s+(?:to\s+)?(?:be\s+)?$"
            r"|\b(?:appointments?|resignations?|retirements?|promotions?|nominations?)\s+"
            r"(?:[\w-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        "event.body_set_up",
        "establishment",
        rf"\b(?:{longest_first(BODIES)})\s+(?:was|were|has\s+been|had\s+been|will\s+be)\s+"
        r"(?P<t>set\s+up|founded|established|created)\b",
    ),
    Trigger(
        # a company's founding (guidelines §4: "was founded by"): "AT&T, which was founded
        # in 1875 by Alexander Graham Bell", "who founded the firm in 1990", "Acme, founded
        # in 2003, ..."; not what something rests on ("was founded on the principle")
        "event.founded",
        "establishment",
        r"\b(?:(?:was|were|been)\s+(?:(?:originally|first|jointly)\s+)?(?P<t>founded|co-founded)"
        r"(?!\s+(?:on|upon)\b)|"
        rf"(?P<t2>founded|co-founded)\s+(?:the|an?|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{longest_first((*COMPANY_NOUNS, *BODIES))})\b|"
        r",\s+(?P<t3>founded|co-founded)\s+(?:in|by)\s|"
        # (or in a relative clause after the company: "the company he co-founded in
        # Alabama in 1984", "the bank that Mr Smith founded")
        rf"\b(?:{longest_first((*COMPANY_NOUNS, *BODIES))})\s+(?:that\s+|which\s+)?"
        r"(?:he|she|they|(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
        r"(?:had\s+|has\s+|have\s+)?(?:(?:jointly|originally)\s+)?(?P<t4>founded|co-founded)\b(?=\s+(?:in|by|with)\b|\s*[,.;]))",
        frozenset({"founded", "co-founded"}),
    ),
    # Company transactions are "other" (guidelines §4, business news).
    Trigger(
        "event.takeover_bid",
        "other",
        # (hyphened too, as older news writes them: "a take-over bid", "a buy-out offer")
        r"\b(?P<t>(?:hostile\s+)?(?:takeover|take-over|tender|buyout|buy-out|merger|acquisition)\s+"
        r"(?:bid|offer|proposal))\b",
        not_after=HEDGED,
    ),
    Trigger(
        "event.bid_for",
        "other",
        re.compile(
            # (the bidder after "by", or named by what it is: "a hostile bid by rival
            # Xstrata", "a buyout offer from telecoms giant Verizon"; not a deadline, "a bid
            # by Friday")
            r"\b(?P<t>bid|offer)\s+(?:for|from|by)\s+"
            rf"(?:(?:[a-z][\w-]*\s+){{0,2}}?(?:{longest_first(COMPANY_NOUNS)})\s+)?"
            rf"(?=[A-Z])(?!(?:{'|'.join(n.capitalize() for n in (*DAY_NAMES, *MONTH_NAMES))})\b)"
        ),
        frozenset({"bid", "offer"}),
        not_after=HEDGED,
    ),
    Trigger(
        "event.acquisition",
        "other",
        re.compile(
            r"\b(?P<t>[Aa]cquisition|[Tt]akeover|[Tt]ake-over|[Bb]uyout|[Bb]uy-out)\s+of\s+"
            r"(?=[A-Z]|(?:an?|the|its|their)\s|"
            # (or a company named by what it is: "its takeover of former parent AT&T",
            # "the acquisition of rival Peoplesoft")
            rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{longest_first(COMPANY_NOUNS)})\s+[A-Z])"
        ),
        not_after=HEDGED,
    ),
    Trigger(
        # a named company sold off by its owner: "the government's partial sell-off of
        # NTPC", "the privatisation of Japan Post" (a name only: "a sell-off of the dollar"
        # is a market move, "the privatisation of thousands of businesses" a policy)
        "event.sell_off",
        "other",
        re.compile(r"\b(?P<t>sell-offs?|selloffs?|privati[sz]ations?)\s+of\s+(?=[A-Z])"),
        frozenset({"sell-off", "selloff", "privatis", "privatiz"}),
        not_after=HEDGED,
    ),
    Trigger(
        # the buyer after the noun: "in the wake of P&O Princess's takeover by Carnival"
        "event.takeover_by",
        "other",
        # (not "purchase by China of U.S. wheat": goods)
        re.compile(
            r"\b(?P<t>[Aa]cquisition|[Tt]akeover|[Tt]ake-over|[Bb]uyout|[Bb]uy-out)\s+by\s+(?=[A-Z])"
        ),
        not_after=HEDGED,
    ),
    Trigger(
        # "the sale of its chemicals unit", "sold a 20 percent stake", "agreed to buy the company"
        "event.sale",
        "other",
        r"\b(?P<t>sale|purchase|acquired|acquire|acquires|acquiring|bought|buys|buy|buying|sold|"
        # ("sold off its gloves business"; a part of it: "sold half its finance arm")
        # (not "a selling off of state assets": a kind of policy)
        r"sells|sell|selling)\s+(?:(?<=\bsold\s)off\s+|(?<=\bsell\s)off\s+|(?<=\bsells\s)off\s+)?"
        r"(?:(?:half|part|most|all|some)\s+(?:of\s+)?)?"
        # (the owner a determiner or a possessive name: "the sale of Yukos' core unit")
        r"(?:(?:of\s+)?(?:an?|the|its|their|his|her)|of\s+(?:[\w.&-]+\s+){0,2}[\w.&-]+['’]s?)\s+"
        # (a unit's name may be long: "its Travelers Life & Annuity insurance arm"; with an
        # owner's possessive: "the government's 26% stake")
        rf"(?:[\w%.'’-]+\s+(?:&\s+|and\s+)?){{0,4}}?(?:{longest_first(TRANSACTION_OBJECTS)})\b(?!['’])",
        not_after=HEDGED,
    ),
    Trigger(
        # a share of a company bought or sold: "bought 100% of Baikal", "sells 20 pct of X"
        "event.bought_percent",
        "other",
        r"\b(?P<t>acquired|acquire|acquires|acquiring|bought|buys|buy|buying|sold|sells|sell|"
        r"selling)\s+(?:an?\s+|another\s+|a\s+further\s+|an\s+additional\s+)?"
        r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct)\s+(?:stake\s+|interest\s+)?(?:of|in)\s",
        not_after=HEDGED,
    ),
    Trigger(
        # shares of a company sold by the million, told as a part of it or as its own
        # stock, are a stake or an offering sold: "Saudi Arabia sold 7 million NCCI shares,
        # or about 70% of the company's total capital", "said it sold 750,000 shares of its
        # common stock to the McAlpine family" (not shares traded: "sold shares in May")
        "event.shares_sold",
        "other",
        r"\b(?P<t>sold|sells|sell|selling)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+)?"
        r"\d[\d.,]*\s*(?:million|mln|m|billion|bn)?\s+(?:new\s+)?(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}?"
        r"shares\s*(?:of\s+(?:its|their)\s|,?\s+or\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?"
        r"\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct)\s+of\b)",
        not_after=HEDGED,
    ),
    Trigger(
        # a stake in a named company with no determiner, as headlines write it: "Shanda buys
        # stake in Sina", "Ford takes 20% stake in Mazda"
        "event.stake_in",
        "other",
        re.compile(
            r"\b(?P<t>bought|buys|buy|sold|sells|sell|acquired|acquires|takes|took)\s+"
            r"(?:[\w%.-]+\s+){0,2}?stakes?\s+in\s+(?=[A-Z])"
        ),
        frozenset({whole("stake"), whole("stakes")}),
        not_after=HEDGED,
    ),
    Trigger(
        # a spin-off or demerger of a unit is a company transaction (guidelines §4: "is to
        # spin-off its outdoor products unit into a new separate company"); not a by-product
        # ("economic spin-offs", "spin-off benefits": no unit after it)
        "event.spin_off",
        "other",
        r"\b(?P<t>spin(?:s|ning)?[- ]off|spun[- ]off|demerg(?:e|es|ed|ing|er))\s+"
        r"(?:of\s+)?(?:an?|the|its|their|his|her)\s+(?:[\w%.-]+\s+(?:&\s+)?){0,4}?"
        rf"(?:{longest_first(TRANSACTION_OBJECTS)})\b",
        frozenset({"spin", "spun", "demerg"}),
        not_after=HEDGED,
    ),
    Trigger(
        "event.acquire",
        "other",
        re.compile(r"\b(?P<t>acquired|acquire|acquires|[Tt]ake\s+over|took\s+over)\s+(?=[A-Z])"),
        frozenset({"acquire", "take", "took"}),
        not_after=HEDGED_OR_ADJECTIVE,
    ),
    Trigger(
        # "bought Ambev in August 2004", "sold Yukos's unit": the object is a company
        "event.bought_company",
        "other",
        # ("has agreed to buy Guidant" too; "forced Yukos to sell off Yuganskneftegas";
        # "plans to buy the London Stock Exchange")
        r"\b(?:(?P<t>bought|buys|sold|sells|acquired|acquires|snapped\s+up)|"
        r"to\s+(?P<t2>buy|purchase|take\s+over|sell))\s+(?:off\s+)?(?:the\s+)?"
        # (not a company's thing: "bought Toyota's hybrid technology"; its unit or stake is)
        r"(?!(?:(?-i:[A-Z])[\w.&-]*\s+){0,3}(?-i:[A-Z])[\w.&-]*['’]s?\s+(?!(?:[\w%-]+\s+){0,2}"
        rf"(?:{longest_first(TRANSACTION_OBJECTS)})\b))" + _NOT_GOODS,
        frozenset(
            {"bought", "buys", "sold", "sells", "acquire", "snapped"}
            | {whole("buy"), whole("purchase"), whole("take"), whole("sell")}
        ),
        not_after=HEDGED_OR_ADJECTIVE,
        org_after=True,
    ),
    Trigger(
        # a name bought for a price is a company bought, whether or not the name is known
        # as one: "has bought Guidant for $25bn" (goods are plural or lower-case: "bought
        # Boeing jets for $2bn", "sold Treasury bills for $1bn")
        "event.bought_for_price",
        "other",
        re.compile(
            # (or to be bought: "Kmart is to buy Sears for $11bn")
            r"\b(?:(?P<t>bought|buys|sold|sells|acquired|acquires)|to\s+(?P<t2>buy|acquire|purchase))\s+"
            r"(?:[A-Z][\w.&-]*\s+){0,2}"
            r"[A-Z][\w.&-]*(?<![0-9]s)\s+for\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|"
            r"up\s+to)\s+)?(?:[$£€¥]|(?:US|A|C|HK)\$|\d)"
        ),
        frozenset({"bought", "buys", "sold", "sells", "acquire", whole("buy"), whole("purchase")}),
        not_after=HEDGED_OR_ADJECTIVE,
    ),
    Trigger(
        # "the purchase of Japan Telecom": the object is a company
        "event.purchase_of",
        "other",
        r"\b(?P<t>purchase|sale)\s+of\s+" + _NOT_GOODS,
        frozenset({whole("purchase"), whole("sale")}),
        not_after=HEDGED,
        org_after=True,
    ),
    Trigger(
        # a company named by what it is: "agreed to buy medical technology firm Guidant"
        "event.buy_company",
        "other",
        r"\bto\s+(?P<t>buy|acquire|purchase|take\s+over)\s+(?:[\w-]+\s+){0,3}?"
        rf"(?:{longest_first(COMPANY_NOUNS)})\s+(?-i:[A-Z])",
        frozenset(whole(w) for w in ("buy", "acquire", "purchase", "take")),
        not_after=HEDGED,
    ),
    Trigger(
        # passive: "was bought by the Barclay twins", "sold to little-known Baikal Finance Group"
        "event.sold_to",
        "other",
        re.compile(
            r"\b(?:(?:was|were|been|being|is|are)\s+"
            # ("which was in turn bought by Rosneft")
            r"(?:(?:in\s+turn|later|then|eventually|subsequently|itself|also)\s+)?"
            # (or a reduced relative after what is sold: "a steel mill sold to a consortium",
            # "the oil firm sold to a little-known buyer on Sunday")
            r"|(?:firm|company|group|bank|unit|division|subsidiary|business|stake|mill|plant|"
            r"maker|producer|operator|chain)\s+)"
            r"(?P<t>bought|sold|acquired|taken\s+over)\s+"
            # (its price between: "It was bought for $9.4bn by a previously unknown group")
            r"(?:for\s+(?:about\s+|some\s+|around\s+)?(?:US)?[$£€¥][\d.,]+\s*(?:bn|m|billion|million)?\s+)?"
            # (or auctioned: "was sold off at auction")
            r"(?:off\s+)?(?:at\s+(?:an?\s+)?auction\b|(?:to|by)\s+(?=[A-Z]|(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:consortium|company|firm|"
            r"group|investors?|fund|bank|rival|buyer|twins|family)\b))"
        ),
        frozenset({"bought", "sold", "acquired", "taken"}),
        not_after=HEDGED,
    ),
    Trigger(
        # control or a stake of a company handed to a new owner is its sale: "Baikal gave
        # control of the company to Rosneft for $9.3bn", "handed over his 59.5% stake in
        # holding company Group Menatep ... to Leonid Nevzlin" (not control of a
        # country, an economy or a policy: what is handed over is a company or part of one)
        "event.control_to",
        "other",
        r"\b(?P<t>gave|gives|give|giving|handed|hands|hand|handing|transferred|transfers|"
        r"transfer|transferring|ceded|cedes|cede)\s+(?:over\s+)?"
        r"(?:(?:full\s+|effective\s+|management\s+|majority\s+)?control|ownership|"
        r"(?:his|her|its|their|an?|the)\s+(?:[\w%.-]+\s+){0,3}?(?:stake|shareholding|holding))"
        r"\s+(?:of|in)\s+(?:(?:the|its|their|his|her)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
        rf"(?:(?:{longest_first((*COMPANY_NOUNS, *TRANSACTION_OBJECTS))})\b|(?-i:[A-Z]))"
        # (the new owner named, or named by what it is: "to state-run oil group Rosneft")
        r"[^.;]{0,60}?\s+to\s+(?:(?-i:[A-Z])|(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?"
        rf"(?:{longest_first(_NEW_OWNERS)})\b)",
        not_after=HEDGED,
    ),
    Trigger(
        # a purchase under negotiation is a pending transaction beside its talks (guidelines
        # §4: "in talks with UK bank Barclays over the sale of majority stake"): "is in talks
        # to buy former assets of Yukos", "held talks with Fiat about selling a 20% stake";
        # what is bought a company, a part or a share of one (not "in talks to buy 20 jets")
        "event.talks_to_buy",
        "other",
        rf"\b(?:in|held|holding|hold|holds|opened|began|entered)\s+(?:[a-z]+\s+)?(?:{_TALKS})\s+"
        r"(?:with\s+[^.;]{1,60}?\s+)?(?:to|about|over|on)\s+"
        r"(?P<t>buy|buying|acquire|acquiring|purchase|purchasing|take\s+over|taking\s+over|"
        r"sell|selling)\s+"
        r"(?=(?:(?:an?|the|its|their|his|her|\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct))\s+)?"
        rf"(?:[\w%.'’-]+\s+){{0,4}}?(?:{longest_first(TRANSACTION_OBJECTS)})\b(?!['’])|"
        rf"(?:former\s+)?assets\s+of\s|(?:[a-z][\w-]*\s+){{0,3}}?(?:{longest_first(COMPANY_NOUNS)})\s+(?-i:[A-Z]))",
        not_after=HEDGED,
    ),
    Trigger(
        # a named company sold with no buyer named: "Yugansk was sold in December to settle
        # back taxes" (its subject an organization: not "It was sold", "Stock was sold";
        # singular: "Shares were sold" are goods; nor a product sold out)
        "event.name_sold",
        "other",
        r"(?<=\S)\s+(?:was|has\s+been|had\s+been)\s+(?P<t>sold|bought|acquired|taken\s+over)\b"
        r"(?!\s+out\b)",
        frozenset({"sold", "bought", "acquired", "taken"}),
        not_after=HEDGED,
        org_before=True,
    ),
    Trigger(
        # a unit or stake sold with no buyer named: "The firm's snowmobile division and
        # defence services unit were also sold" (not shares or units traded: "10,000 units
        # were sold", "shares were sold")
        "event.unit_sold",
        "other",
        r"\b(?:unit|division|divisions|subsidiary|subsidiaries|business|businesses|operations|"
        r"stake|stakes|arm|brand|label)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
        r"(?:also\s+|later\s+|then\s+|eventually\s+|subsequently\s+)?(?P<t>sold|bought|acquired)\b",
        not_after=HEDGED,
    ),
    Trigger(
        # a buyout accepted by its target: "MCI accepted a $6.75bn buyout from Verizon",
        # "MCI agreed to a buyout by Verizon" (a board's acceptance, not a regulator's
        # approval: guidelines §4 make rulings no event)
        "event.offer_accepted",
        "other",
        # (the bidder's possessive too: "Swiss shareholders accepted Lufthansa's offer")
        rf"\b(?:accepted|accepts|accepting|agreed\s+to|agrees\s+to)\s+(?:an?|the|its|their|"
        r"(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*)?['’]s?)\s+"
        rf"(?:{_DEAL_WORD}\s+){{0,3}}?(?P<t>buyout|buy-out|takeover|take-over|offer|bid)\b(?!\s+(?:to|for)\s+(?:sell|leave))",
        frozenset(whole(w) for w in ("accepted", "accepts", "accepting", "agreed", "agrees")),
        not_after=HEDGED,
    ),
    Trigger(
        "event.merger",
        "other",
        # not "merger and acquisition activity" (the kind), "merged into" (a state)
        # nor "a merged company", "any merged exchange": the result, not the merger
        r"\b(?P<t>merger|merge|merging|tie-up|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bany\s)(?<!\bnewly\s)"
        # ("merger talks" are talks, "merger plans" only plans)
        r"merged)\b(?!\s+(?:into|and\s+acquisition|&|talks|negotiations|discussions|plans?)\b)"
        # nor one only supposed: "A merger would create a giant", "a tie-up between them
        # could save $1bn" (an indefinite noun, then a modal of supposition)
        r"(?!(?:(?<=\ba\smerger)|(?<=\ba\stie-up))(?:\s+(?:of|between|with)(?:\s+[\w.&'’-]+){1,6}?)?"
        r"\s+(?:would|could|might)\b)",
        not_after=HEDGED,
    ),
    Trigger(
        "event.offering",
        "other",
        rf"\b(?P<t>(?:{longest_first(OFFERING_KINDS)})\s+offering|rights\s+issue|"
        # a flotation is a first share offering ("the NTPC flotation"); so is a "share
        # offer" ("The 865 million share offer ... raised 54bn rupees"), not a bid of so
        # much a share ("a 530 pence-per-share offer for LSE", "a new, $10-a-share offer")
        r"flotation|(?<![-\s]per[-\s])(?<![-\s]a[-\s])share\s+offer)\b"
        # (nor one only supposed: "a flotation could raise $1bn")
        r"(?!(?<=\ba\sflotation)\s+(?:would|could|might)\b)",
        # (gated by "offer", not "share": a word of most business sentences)
        frozenset(whole(w) for w in ("offering", "rights", "flotation", "offer")),
        not_after=HEDGED,
    ),
    Trigger("event.ipo", "other", re.compile(r"\b(?P<t>IPOs?)\b"), not_after=HEDGED),
    Trigger(
        # a summit is a meeting of leaders: one held, attended or located or dated ("a G7
        # summit in London", "the summit ended on Friday"); not "summit" alone ("summit
        # diplomacy"), nor "the Venice summit" (a named event: NAMED_EVENTS)
        "event.summit",
        "meeting",
        re.compile(
            r"\b(?:(?:held|hold|holds|hosted|hosts|host|attended|attend|attends|at|for|after|"
            r"before|during)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?P<t>summit)|"
            # (or with its sides: "the summit between Trump and Xi", "a summit with Kim")
            r"(?P<t2>summit)\s+(?:in|on|at|here|there|between|with|ended|opened|began|ends|opens|begins|"
            r"will\s+(?:open|begin|end)))\b"
        ),
        frozenset({"summit"}),
        # (nor one asked for, nor the place of a meeting already found: "met at the summit")
        not_after=re.compile(
            rf"{DEMANDED.pattern}|\bmet\s+(?:at|in|during|on\s+the\s+sidelines\s+of)\s+"
            r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$",
            re.IGNORECASE,
        ),
    ),
    Trigger(
        # a trade show or exhibition held or hosted, unnamed ("hold a trade show in
        # November", "hosted an exhibition of farm machinery"): `other` (guidelines §4)
        "event.show_held",
        "other",
        r"\b(?:held|hold|holds|holding|hosted|hosts|host|hosting|organi[sz]ed|organi[sz]es|"
        r"staged|stage|stages|opened)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
        r"(?P<t>(?:trade|motor|air|car|agricultural|industrial)\s+(?:show|fair|exhibition)|exhibition)\b",
        frozenset(whole(w) for w in ("show", "fair", "exhibition")),
        not_after=_NOT_HELD,
    ),
    Trigger(
        # a conference held, attended or hosted ("attended a conference in Geneva"): an
        # "other" event; not a news conference (where officials speak: event.news_conference
        # only when it is between or with someone)
        "event.conference",
        "other",
        r"\b(?:held|hold|holds|hosted|hosts|host|attended|attend|attends|opened|addressed|at|during|"
        # (or one gathered for: "Ministers gathered in Geneva for the WTO ministerial
        # conference", "after the conference")
        r"for|after|before|"
        r"addressing|(?:speaking|spoke|speaks)\s+(?:to|at|before)|told)\s+"
        # (a possessive plural between: "told an investors' conference in Kiev")
        r"(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?<!news\s)(?<!press\s)(?P<t>conference)\b",
        frozenset({"conference"}),
        # (not one only asked for: "called for an international conference")
        not_after=_NOT_HELD,
    ),
)

# ---------------------------------------------------------------- named events

_WORD = r"[A-Z][\w'’&-]*"  # a capitalized word
_NAME = rf"{_WORD}(?:\s+(?:of\s+)?{_WORD})*"
# "fair" before these is an adjective ("fair trade"), not a trade fair.
_NOT_FAIR = r"(?!\s+(?:trade|play|share|value|prices?|competition)\b)"
_NOUNS = rf"(?:{longest_first(NAMED_EVENT_NOUNS)}){_NOT_FAIR}"
_MODS = longest_first(NAMED_EVENT_MODIFIERS)
_CAPITALIZED_NOUNS = "|".join(n.capitalize() for n in NAMED_EVENT_NOUNS)

# Named events: "exhibitions Hannover Messe" / "the X and Y exhibitions" / "World X Forum".
# ``find_named`` runs them over capitalized runs once each (a leftmost search would
# retry every capitalized word of a long run and go quadratic).
NAMED_EVENTS: tuple[NamedEvent, ...] = (
    NamedEvent(
        "event.named_noun_first",
        re.compile(rf"\b(?:{_NOUNS})\s+(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?"),
    ),
    NamedEvent(
        "event.named_noun_last",
        re.compile(
            rf"(?P<a>{_NAME})(?:\s+and\s+(?P<b>{_NAME}))?\s+(?:(?:{_MODS})\s+)*(?:{_NOUNS})\b"
        ),
        run=re.compile(_NAME),
    ),
    NamedEvent(
        "event.named_capitalized",
        re.compile(rf"\b(?P<a>(?:{_WORD}\s+)+(?:{_CAPITALIZED_NOUNS}))\b"),
        run=re.compile(rf"\b(?:{_WORD}\s+)+"),
    ),
)


def find_named(named: NamedEvent, text: str) -> Iterator[re.Match[str]]:
    """The matches ``named.pattern.finditer(text)`` gives, in time linear in the text.

    A match starts where ``named.run`` does. Tried at the first capital of a run, the
    pattern fails only if no ending fits after the run's last word; a later capital of
    the same run sees the same end with fewer words before it, so it fails too, and the
    search goes on after the run (a plain ``finditer`` retries every capital of the run,
    each time walking to its end: quadratic in a long capitalized run).

    >>> named = NAMED_EVENTS[1]
    >>> [m["a"] for m in find_named(named, "Home News Markets. The Hannover Messe fair")]
    ['The Hannover Messe']
    """
    if named.run is None:
        yield from named.pattern.finditer(text)
        return
    pos = 0
    while (run := named.run.search(text, pos)) is not None:
        m = named.pattern.match(text, run.start())
        if m is None:
            pos = run.end()
            continue
        yield m
        pos = max(m.end(), m.start() + 1)


# Every stem of every rule above, each once: a sentence holding none is skipped, and each
# rule is tried only where one of its own stems is (``stems_in``, ``triggers_gated_by``).
ALL_STEMS: tuple[str, ...] = tuple(
    sorted({s for rule in (*TRIGGERS, *NAMED_EVENTS) for s in rule.stems})
)
_RULE_STEMS = frozenset(ALL_STEMS)
# The words of the triggers' other gates (``Trigger.gates``), looked for with the stems.
GATE_WORDS: tuple[str, ...] = tuple(
    sorted({w for t in TRIGGERS for gate in t.gates for w in gate} - _RULE_STEMS)
)

# A stem of word characters lies inside one word of a text, and a word inside one of the
# text's blank-separated pieces ("minsk," "u.s.-japan"), so a text's stems are found piece
# by piece, each piece's stems computed once (a vocabulary repeats), instead of searching
# the text once per stem; a whole stem is a word of a piece; the other stems are found by
# searching the text. (Pieces, not words: ``str.split`` costs a fraction of a ``\w+``
# search, which tests every character's Unicode class.)
_WORD_RUN = re.compile(r"\w+")
_SOUGHT = (*ALL_STEMS, *GATE_WORDS)
_WORD_STEMS = tuple(s for s in _SOUGHT if bare(s) == s and _WORD_RUN.fullmatch(s))
_WHOLE_STEMS = {bare(s): s for s in _SOUGHT if bare(s) != s}
_OTHER_STEMS = tuple(s for s in _SOUGHT if bare(s) == s and not _WORD_RUN.fullmatch(s))


@functools.lru_cache(maxsize=1 << 14)
def _stems_of_piece(piece: str) -> tuple[str, ...]:
    found = [s for s in _WORD_STEMS if s in piece]
    found += [_WHOLE_STEMS[w] for w in _WORD_RUN.findall(piece) if w in _WHOLE_STEMS]
    return tuple(found)


def holds(lowered: str, stem: str) -> bool:
    """Whether a lower-cased text holds ``stem`` (a ``whole`` one as a word of its own).

    >>> from factex.stems import whole
    >>> holds("home affairs", "fair"), holds("home affairs", whole("fair"))
    (True, False)
    """
    if bare(stem) == stem:
        return stem in lowered
    return bare(stem) in _WORD_RUN.findall(lowered)


def stems_in(lowered: str) -> frozenset[str]:
    """The stems of ``ALL_STEMS`` and the ``GATE_WORDS`` that this lower-cased text
    ``holds``; none when it holds no stem (no rule can match).

    >>> text = "the fairs were held and talks began"
    >>> sorted(stems_in(text)) == sorted(s for s in ALL_STEMS + GATE_WORDS if holds(text, s))
    True
    >>> stems_in("the news was held")
    frozenset()
    """
    found = {s for piece in set(lowered.split()) for s in _stems_of_piece(piece)}
    found.update(s for s in _OTHER_STEMS if s in lowered)
    return frozenset(found) if not _RULE_STEMS.isdisjoint(found) else frozenset()


# The triggers each stem gates, by their place in ``TRIGGERS``.
_GATED: dict[str, tuple[int, ...]] = {
    stem: tuple(i for i, trigger in enumerate(TRIGGERS) if stem in trigger.stems)
    for stem in ALL_STEMS
}


def triggers_gated_by(present: frozenset[str]) -> list[Trigger]:
    """The triggers with a stem in ``present`` (a sentence's ``stems_in``) and a word of
    each of their ``gates``, in list order: the only ones that can match in that sentence.

    >>> from factex.stems import whole
    >>> [t.id for t in triggers_gated_by(frozenset({whole("trip"), whole("met")}))]
    ['event.visit', 'event.met']
    >>> [t.id for t in triggers_gated_by(frozenset({whole("talks")}))]
    ['event.in_talks', 'event.talks_when']
    """
    candidates = sorted({i for s in present for i in _GATED.get(s, ())})
    return [
        TRIGGERS[i]
        for i in candidates
        if all(not present.isdisjoint(gate) for gate in TRIGGERS[i].gates)
    ]


# ---------------------------------------------------------------- fields

# The body that meets: "the 12th meeting of the intergovernmental commission".
MEETING_BODY = re.compile(
    rf"\s+of\s+(?:the\s+)?(?P<body>(?:[\w-]+\s+){{0,3}}?(?:{longest_first(BODIES)}|board|assembly|"
    r"cabinet|parliament|heads\s+of\s+state|working\s+group))\b",
    re.IGNORECASE,
)

# "other agreements", "another contract", "a separate deal": a document not yet mentioned
# (its signing is another one: "The two countries also signed a number of other agreements").
ANOTHER_DOCUMENT = re.compile(
    r"\b(?:other|another|separate|further|additional)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)

# "the accord", "this agreement": a document already mentioned.
THE_DOCUMENT = re.compile(r"\b(?:the|this|that)\s+$", re.IGNORECASE)

# A document already signed, named again with its value: "The deal, worth $37 billion".
THE_DOCUMENT_AGAIN = re.compile(
    rf"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?P<doc>{longest_first(DOCUMENTS)})\b", re.IGNORECASE
)

# A signing's document ("signed a memorandum", "contracts ... were signed").
DOCUMENT = re.compile(rf"\b(?:{longest_first(DOCUMENTS)})\b", re.IGNORECASE)

# Money tied to an event: "worth $55 million", "in the amount of $15.5 million".
MONEY_LINK = re.compile(
    r"\b(?:worth|totall?ing|amounting\s+to|in\s+the\s+amount\s+of|valued\s+at|value\s+of|"
    r"cost\s+of|costing|for|of)\s+(?:(?:about|around|approximately|some|nearly|almost|over|"
    r"more\s+than|less\s+than|up\s+to|at\s+least)\s+)?$",
    re.IGNORECASE,
)

# A counted quantity of goods: "the supply of 950 unassembled tractors".
QUANTITY = re.compile(
    r"\b(?:of|for)"
    r"\s+(?P<q>(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z][a-z-]+\s+){0,2}(?P<u>[a-z][a-z-]+s))\b"
)
QUANTITY_UNITS_EXCLUDED = frozenset(
    {"years", "months", "days", "weeks", "hours", "percent", "pct", "times", "points"}
)

# A definite or anaphoric reference ("the meeting", "this visit") rather than a new event.
DEFINITE = re.compile(
    # (a possessive, not a pronoun's "is": "He's expected to meet")
    r"(?:\b(?:the|this|that|its|his|her|their|our|my|your)|"
    r"\w(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bthat)(?<!\bthere)(?<!\bwho)(?<!\bwhat)['’]s)"
    r"\s+(?:[\w’'-]+\s+){0,3}$"
    # ... or its subject set off by a comma right before it ("The protocol, signed in Cairo")
    r"|\b(?:the|this|that)\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+,\s*$",
    re.IGNORECASE,
)

# A period that names a document ("a September 1986 agreement", "the 1957 Treaty of
# Rome", "the 1986 semiconductor pact") dates that document, not a meeting or visit in
# its sentence.
DATED_DOCUMENT = re.compile(
    r"\s+(?:[\w.-]+\s+){0,2}?(?:agreements?|accords?|pacts?|treaty|treaties|deals?|contracts?)\b",
    re.IGNORECASE,
)

# A verb in the passive, or after its subject set off by a comma: what comes before it is
# what was signed ("the contracts were signed", "That agreement, reached last year").
PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|also\s+|now\s+|then\s+)?|,\s*)$",
    re.IGNORECASE,
)

# Money-worded plural references to unspecified events are not events ("bilateral meetings").
COMPARISON_BASE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against|versus)\s+(?:[\w’'-]+\s+){0,4}$"
    # ("from" only before a figure: "up from 5% in 2003", not "ministers from the G7 in
    # London next week")
    r"|\bfrom\s+(?:(?:about|around|some|nearly|just|only|over|under)\s+)?[$£€¥]?\d[\w.,%’'-]*\s+"
    r"(?:[\w’'-]+\s+){0,3}$"
    # ... nor does a span counted up to now ("wage pacts signed so far this year"): no
    # event's date
    r"|\b(?:so|thus)\s+far\s+(?:in\s+)?$"
    # ... nor the period a figure covers ("met to discuss the company's results for the
    # October-to-December quarter")
    r"|\b(?:results|figures|earnings|profits?|sales|accounts|revenues?)\s+(?:for|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

# A company named only by what it is, before the trigger in its sentence ("The firm signed
# a deal", "the Italian carmaker agreed to buy"): the company named before it is meant (a
# possessive ``s`` only of the trigger itself: "the company's acquisition of Emery", not
# "the German group's ownership ... a stumbling block to a merger").
THE_COMPANY = re.compile(
    rf"\b(?:the|this)\s+(?:[a-z][\w-]*\s+)?(?:{longest_first(COMPANY_NOUNS)})\b(?P<s>['’]s?)?",
    re.IGNORECASE,
)

# ... or only as "its" right before the trigger ("its $10.3bn takeover of Peoplesoft",
# "Its recent return came with the purchase of Japan Telecom" is no trigger's "its").
ITS_BEFORE = re.compile(r"\bits\s+(?:[\w$£€¥.,%-]+\s+){0,3}$", re.IGNORECASE)

# ... or as "Its" opening the sentence ("Its bosses said", "Its recent return came with").
ITS_OPENING = re.compile(r"\s*Its\s")

# ... or only as "It" opening the sentence, not an expletive ("It is expected that ...",
# "It was not clear whether ..."): the subject of the sentence before.
IT_SUBJECT = re.compile(
    r"\s*It\s+(?!(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|"
    r"appeared|remains|remained|may|might|could|is\s+not|was\s+not|'s|’s)\b)"
)

# ... or only as an object pronoun after the trigger ("GM had agreed a deal with it"): the
# subject of the sentence before, when this sentence names no other company for it.
IT_OBJECT = re.compile(r"\s(?:with|from|to|by|for|into)\s+it\b(?!['’]s)", re.IGNORECASE)

# A company transaction of the company just bought or sold, not that sale named again
# ("sold to a shell company, which was in turn bought by Rosneft"): an adverb of sequence
# right before the trigger.
ONWARD = re.compile(
    r"\b(?:in\s+turn|subsequently|later|then|itself),?\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)

# An indefinite share of a stated size right after a transaction verb: a transaction told
# for the first time ("by selling an 8% stake in PagesJaunes", "has bought a majority
# stake"), not one named again ("sell off a laggard division" of the spin-off just told).
FRESH_OBJECT = re.compile(
    r"\s+(?:an?|another)\s+(?:\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent|pct)|majority|minority|"
    r"controlling)\s",
    re.IGNORECASE,
)

# What lies between a transaction's noun and an organization it names as its own: "the
# flotation by software firm Tata", "the sale of Japan Telecom".
OWN_ORG_BETWEEN = re.compile(r"\s+(?:of|by|for|from)\s+(?:[a-z][\w-]*\s+){0,3}")

# A bid's own bidder, named where the noun says who makes it: after it ("a buyout from
# Verizon", "P&O Princess's takeover by Carnival", "the takeover of UFJ by Mitsubishi"),
# as its possessive ("Mitsubishi's takeover of UFJ", "Verizon's $6.75bn offer"), or the
# last company before it when "its" or a verb of bidding says so ("Sumitomo withdrew its
# takeover offer", "Qwest said it will table a new offer for MCI").
BID_NOUNS = frozenset(
    {"bid", "offer", "proposal", "takeover", "take-over", "buyout", "buy-out", "acquisition"}
)
BIDDER_AFTER = re.compile(
    r"\s+(?:(?:of|for)\s+[^.;,]{1,40}?\s+)?(?:from|by)\s+(?:[a-z][\w-]*\s+){0,3}"
)
# ... and a merger's partner, taken for the bidder of its later takeover ("UFJ is to merge
# with Mitsubishi Tokyo" ... "Mitsubishi's takeover of UFJ")
MERGER_PARTNER = re.compile(r"\s+with\s+(?:[a-z][\w-]*\s+){0,3}")
_BID_WORDS_BEFORE = r"(?:[\w$£€¥.,()%-]+\s+){0,3}$"
BIDDER_POSSESSIVE = re.compile(rf"^['’]s?\s+{_BID_WORDS_BEFORE}")
BIDDER_ITS = re.compile(
    r"\b(?:[Ii]ts|(?:make|makes|made|making|table|tables|tabled|tabling|submit|submits|"
    r"submitted|launch|launches|launched|lodge|lodged|put|puts)\s+(?:forward\s+)?"
    rf"(?:an?|its|their))\s+{_BID_WORDS_BEFORE}"
)

# "also" right before a meeting's or visit's trigger, its verb and a word between ("will
# also hold talks with Japan", "also met"): one more event of the kind, not the last again.
ALSO_BEFORE = re.compile(r"\balso\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)

# What lies between a named event and a meeting trigger that is that event: the meeting
# verb it is the subject of ("the World Economic Forum, which meets in Davos", "the forum,
# which will meet next week"), or nothing, its noun read as a summit ("the G20 summit in
# Buenos Aires": the named event "G20", no meeting besides).
NAMED_THEN_MEETING = re.compile(
    r"\s*(?:,?\s*(?:which|that)\s+(?:will\s+|is\s+(?:due\s+|set\s+|expected\s+)?to\s+)?)?",
    re.IGNORECASE,
)

# An event named again by its length and kind ("the five-day conference", "the week-long
# fair"): a description of one already named, not a new one.
DURATION_NAMED = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w]+-(?:day|week|month)(?:-long)?|(?:day|week|month)-long)\s+$",
    re.IGNORECASE,
)

# A relative clause opened before a period ("The firm, which floated in 2003, announced"):
# the period dates the clause's own verb, not a trigger outside it (guidelines §4: a time
# expression in the trigger's clause).
RELATIVE_CLAUSE = re.compile(r"(?:,|\s[-–—])\s*(?:which|who|whose)\s[^,;–—]*$", re.IGNORECASE)

# A clause reported by a verb of saying between a trigger and a period after it ("met
# Baker and said that talks would resume in May"), or by the verb the trigger is the
# audience of ("told a press conference that exports rose in 1986"): the period dates
# what is reported, not the trigger (guidelines §4: a time expression in its clause).
REPORTED_AFTER = re.compile(
    r"\b(?:said|says|saying|told|tells|telling|added|adding|announced|noted|stated|stressed|"
    r"warned|insisted|argued|predicted|reported)\s+(?:[\w.,'’-]+\s+){0,6}?that\s",
    re.IGNORECASE,
)
AUDIENCE_OF = re.compile(
    r"\b(?:told|tells|tell|telling|addressed|addresses|addressing)\s+"
    r"(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
THAT = re.compile(r"\bthat\s", re.IGNORECASE)

# "and" opening another noun phrase or clause between a period and a trigger after it
# ("an earlier round here last September and the first-ever direct talks ... in
# January"): the period is the first conjunct's, not the trigger's (guidelines §4).
CONJUNCT_BETWEEN = re.compile(r"\band\s+(?:the|an?|its|their|his|her)\s", re.IGNORECASE)

# What lies between "met" and a named event that the meeting is ("Leaders met for the
# World Economic Forum", "ministers met at the Hannover Messe"): no one met besides.
MET_FOR_NAMED = re.compile(r"\s+(?:for|at)\s+(?:the\s+)?", re.IGNORECASE)
