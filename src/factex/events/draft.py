"""``Draft``: an event being built from its mentions, and how it becomes an ``Event``."""

from __future__ import annotations

from dataclasses import dataclass, field

from factex.events import rules
from factex.mentions import (
    Mention,
    unique,
)
from factex.models import Event, Quantity
from factex.organizations.lexicon import capital_countries


@dataclass
class Draft:
    """An event being built: the model fields plus what merging needs."""

    type: str
    rule: str
    start: int  # trigger offsets in the document
    end: int
    text: str
    definite: bool = False  # True once known to be definite (``is_definite``)
    # The sentence text and the trigger's offset in it, to look for "the"/"this" before
    # the trigger when a merge first asks (most triggers are never asked).
    before: tuple[str, int] | None = None
    the: bool = False  # "the" right before the trigger ("the talks, starting on April 14")
    document: str | None = None  # "contract", "memorandum"... for signings
    name: str | None = None  # named events
    # a named event's sentence after its name ("in the Swiss resort of Davos"): where a
    # later "the Davos forum" finds it named by its place
    context: str = ""
    period: Mention | None = None
    participants: list[str] = field(default_factory=list)
    location: str | None = None
    money: list = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    orgs: set[str] = field(default_factory=set)
    persons: set[str] = field(default_factory=set)  # the people among the participants
    location_kind: str | None = None
    # a later mention with no trigger ("The deal, worth $37 billion"): only merged into
    # an event already found, never an event of its own
    reference: bool = False
    sentence: int = -1  # where its sentence starts in the document
    talks: bool = False  # a talks noun named it or a mention merged into it ("held talks")
    onward: bool = False  # a transaction of what was just bought ("in turn bought by")
    fresh: bool = False  # a share of a stated size told as new ("sold an 8% stake")
    # an organization named right after its noun ("the flotation by software firm Tata")
    own_org: bool = False
    bidder: str | None = None  # a bid's own bidder ("a buyout from Verizon")
    recap: bool = False  # named by its length and kind ("the five-day conference")
    also: bool = False  # one more of its kind ("will also hold talks with Japan")
    another: bool = False  # a signing of documents not yet named ("other agreements")
    # found in the headline, which names the story's event before its body does; cleared
    # once a body mention is merged into it
    headline: bool = False

    def is_definite(self) -> bool:
        """A definite or anaphoric mention ("the meeting", "this visit")."""
        if self.before is not None:
            text, start = self.before
            self.before = None
            # (an active verb of signing: the words before it are its signer, "The two
            # countries also formalised a co-operation deal"; its document says whether it
            # is one already named, "signed the deal")
            active = (
                self.type == "signing"
                and self.text.lower() != "signing"
                and not rules.PASSIVE_BEFORE.search(text, max(0, start - 30), start)
            )
            self.definite = self.definite or (
                not active and bool(rules.DEFINITE.search(text, max(0, start - 80), start))
            )
        return self.definite

    def _participants(self) -> list[str]:
        """Participants; a place that is the location is where, not who (an organization
        visited still takes part). A capital that takes part stands for its country."""
        if self.location_kind == "place":
            parts = [p for p in self.participants if p != self.location] or self.participants
        else:
            parts = self.participants
        capitals = capital_countries()
        return unique([capitals.get(p, p) for p in parts])

    def to_event(self) -> Event:
        """The contract's ``Event``."""
        period = self.period.value if self.period else None
        return Event(
            type=self.type,
            text=self.text,
            span=(self.start, self.end),
            start=period.start if period else None,
            end=period.end if period else None,
            participants=self._participants(),
            location=self.location,
            money=self.money,
            quantities=self.quantities,
            rule=self.rule,
        )
