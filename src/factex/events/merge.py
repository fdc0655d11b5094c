"""One real-world event, one ``Event``: a later mention of an event already seen ("During
the meeting", "the contracts were signed", "Deals signed on Wednesday") is merged into it,
gathering its date, money and participants.
"""

from __future__ import annotations

import re

from factex.events.draft import Draft
from factex.events.lexicon import (
    TALKS_NOUNS,
)
from factex.mentions import (
    unique,
)
from factex.organizations.lexicon import capital_countries

# how far (characters) a dated mention may follow an undated one of the same documents
# to be the same signing: about the next sentence
_NEXT_TO = 250
MERGE_REACH = 50  # how many earlier events of its type a mention may be merged into


def _compatible_timex(a: str | None, b: str | None) -> bool:
    """Two periods with no known year ("on Tuesday", "20 years ago" in an undated story)
    may be one time when one's value narrows the other's ("December", "20 December"); a
    bare year with no number ("20 years ago", "last year") narrows to no weekday."""
    if a is None or b is None:
        return a == b
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and (short == long or short != "XXXX")


def _compatible_dates(a: Draft, b: Draft) -> bool:
    if a.period is None or b.period is None:
        return True
    pa, pb = a.period.value, b.period.value
    if pa.start is None and pb.start is None:
        return _compatible_timex(pa.timex, pb.timex)
    # a year not known and a dated one ("last year" and "in August 2004" in an undated
    # story) may be one time
    if (pa.start is None) != (pb.start is None):
        return (pa.timex if pa.start is None else pb.timex) == "XXXX"
    if None in (pa.start, pb.start) or pa.end is None or pb.end is None:
        return (pa.start, pa.end) == (pb.start, pb.end)
    return pa.start <= pb.end and pb.start <= pa.end  # "next week" and "April 6-8"


def _same_money(a: Draft, b: Draft) -> bool:
    return bool(a.money and b.money) and any(
        x.value == y.value and x.currency == y.currency for x in a.money for y in b.money
    )


def _country_of(place: str | None) -> str | None:
    """A capital as its country ("Tokyo" -> "Japan"): a visit to one is to the other."""
    return capital_countries().get(place, place) if place else place


def _same_day(a: Draft, b: Draft) -> bool:
    """Both dated to the same single day ("signed on Wednesday" ... "signed on Wednesday")."""
    if a.period is None or b.period is None:
        return False
    pa, pb = a.period.value, b.period.value
    return pa.start is not None and pa.start == pa.end == pb.start == pb.end


def _next_to(a: Draft, b: Draft) -> bool:
    """Whether ``b`` follows ``a`` closely (the next sentence or so)."""
    return 0 <= b.start - a.end <= _NEXT_TO


def _is_talks(d: Draft) -> bool:
    """A meeting named by a talks noun ("talks", "trade negotiations"), or one that a
    mention so named was merged into."""
    return d.talks or d.text.lower().rsplit(None, 1)[-1] in TALKS_NOUNS


def _is_merger(d: Draft) -> bool:
    """A company transaction named by a merger word ("merger", "merging", "tie-up")."""
    return d.text.lower().startswith(("merg", "tie-up"))


# A transaction told by a finite verb ("has bought", "sold"): each such verb of a sentence
# tells its own transaction ("X has bought a stake in Y, Z has bought 49% of W").
_TRANSACTION_VERBS = frozenset({"bought", "buys", "sold", "sells", "acquired", "acquires"})


def _two_transactions(a: Draft, b: Draft) -> bool:
    """Two finite transaction verbs of one sentence: two transactions."""
    return (
        a.sentence == b.sentence
        and a.text.lower() in _TRANSACTION_VERBS
        and b.text.lower() in _TRANSACTION_VERBS
    )


def _is_conference(d: Draft) -> bool:
    """A conference ("a news conference", "the five-day conference"), no transaction."""
    return d.text.lower().endswith("conference")


def _names_of(d: Draft) -> set[str]:
    """A draft's participants, and the last word of each longer name, so that "Nakasone"
    meets "Yasuhiro Nakasone"."""
    return set(d.participants) | {p.rsplit(None, 1)[-1] for p in d.participants if " " in p}


def _undated(d: Draft) -> bool:
    """No known day: no period, or one with no year ("on Friday" in an undated story)."""
    return d.period is None or d.period.value.start is None


def _shared_participant(a: Draft, b: Draft) -> bool:
    return (
        not set(a.participants).isdisjoint(b.participants)
        or any(" " not in p and p in _names_of(a) for p in b.participants)
        or any(" " not in p and p in _names_of(b) for p in a.participants)
    )


def _other_people(old: Draft, new: Draft) -> bool:
    """Both name people, and none of the one's is the other's (by full name or its last
    word): "a meeting with Saddam Hussein" ... "expected to meet with Tariq Aziz" later
    that day are two meetings, with two counterparts."""
    if not old.persons or not new.persons:
        return False
    last = {p.rsplit(None, 1)[-1] for p in old.persons}
    return last.isdisjoint(p.rsplit(None, 1)[-1] for p in new.persons)


def _other_pair(old: Draft, new: Draft) -> bool:
    """Talks told anew between two organizations, sharing only one with the talks before,
    each with a side the other lacks: "Euronext held talks with LSE" ... "Deutsche Boerse
    said it had held talks with LSE" are two talks, not one named again."""
    return (
        len(new.orgs) >= 2
        and len(old.orgs & new.orgs) == 1
        and not new.orgs <= old.orgs
        and not old.orgs <= new.orgs
        and not new.is_definite()
    )


def _named_by_place(old: Draft, new: Draft) -> bool:
    """A named event named again by the one word of where it is held ("the World Economic
    Forum in the Swiss resort of Davos" ... "the Davos forum"; not "anti-Davos")."""
    if old.name is None or new.name is None or not new.the or " " in new.text:
        return False
    return re.search(rf"(?<![\w-]){re.escape(new.text)}(?![\w-])", old.context) is not None


def _retold(old: Draft, new: Draft) -> bool:
    """The headline's event told again by the body's first mention of that type that
    shares a side with it ("French suitor holds LSE meeting" ... "Euronext has met with
    the London Stock Exchange"): a headline names the story's event, not another one."""
    return old.headline and not new.headline and _shared_participant(old, new)


def same_event(old: Draft, new: Draft) -> bool:
    """Whether ``new`` is a later mention of ``old``."""
    if old.type != new.type or not _compatible_dates(old, new):
        return False
    if new.type == "other":
        # "the World Economic Forum in Davos" ... "the five-day conference": the named
        # event described by its length and kind, where no other place is said
        if old.name is not None and new.name is None and new.recap:
            return new.location is None or new.location == old.location
        if old.name is not None or new.name is not None:
            return old.name == new.name or _named_by_place(old, new)
        # a merger and a purchase are two transactions ("formed after the exchanges
        # merged" ... "its 2001 acquisition of Liffe")
        # ... unless named again as the one before, with the same two companies ("its
        # takeover of AT&T" ... "SBC and AT&T said ... the merger")
        # (or by its bidder, the merger's partner: "... to merge with Mitsubishi Tokyo"
        # ... "Mitsubishi's takeover of UFJ")
        if _is_merger(old) != _is_merger(new):
            return (
                (new.the or (new.bidder is not None and new.bidder == old.bidder))
                and old.sentence != new.sentence
                and len(old.orgs & new.orgs) >= 2
            )
        # nor is a news conference one of the transactions it announces
        if _is_conference(old) != _is_conference(new):
            return False
        # nor two transactions told in one sentence ("X has bought a stake in Y, Z has
        # bought 49% of W")
        if _two_transactions(old, new):
            return False
        # nor bids of two bidders ("Sumitomo withdrew its takeover offer for UFJ" ...
        # "Mitsubishi's takeover of UFJ")
        if old.bidder and new.bidder and old.bidder != new.bidder:
            return False
        # nor a sale of the buyer just named ("sold to a shell company, which was in turn
        # bought by Rosneft", guidelines §4)
        if new.onward:
            return False
        # nor a share of a stated size told as new, in another sentence ("will buy the
        # shares in Equant" ... "fund the deal by selling an 8% stake in PagesJaunes"),
        # unless it tells the headline's ("Shanda buys stake in Sina" ... "has bought a 20%
        # stake in Sina")
        if new.fresh and new.sentence != old.sentence and not _retold(old, new):
            return False
        # a company transaction: "the bid", or one naming a company of the first; not
        # "the flotation by software firm Tata", which names its own company, none of the
        # first's
        return bool(old.orgs & new.orgs) or (new.is_definite() and not new.own_org)
    if new.type == "signing":
        if _same_money(old, new):
            return True
        if new.another:
            return False  # "also signed a number of other agreements"
        if old.money and new.money:
            return False
        if _retold(old, new):
            return True
        # signings of one day in one article are one ceremony ("19 deals were signed on
        # Wednesday" ... "Deals signed on Wednesday")
        if _same_day(old, new):
            return True
        same_doc = old.document is not None and old.document == new.document
        # an undated signing and a dated one of the same documents next to it ("firms
        # signed 19 deals." ... "Deals signed on Wednesday included ...")
        if same_doc and (old.period is None) != (new.period is None) and _next_to(old, new):
            return True
        if same_doc and old.orgs and new.orgs and (old.orgs <= new.orgs or new.orgs <= old.orgs):
            return True
        # "the signing ceremony", "the accord was signed": the signing already mentioned
        noun = new.document is None and new.text.lower() == "signing"
        return (same_doc or noun) and new.is_definite() and not new.money
    if new.type in ("visit", "meeting"):
        here, there = _country_of(old.location), _country_of(new.location)
        if here and there and here != there:
            return False
        if new.type == "visit" and here and here == there:
            return True
        if _retold(old, new):
            return True
        # a meeting or visit with other people is another one, unless named as the one
        # before ("the meeting")
        if _other_people(old, new) and not new.is_definite():
            return False
        # ... and so is one told as one more, not between the same two sides ("Taiwan held
        # talks with the US ... will also hold talks with Japan"; not "Euronext is due to
        # hold talks with LSE ... Euronext also began talks with the LSE")
        shared = set(new.participants) & set(old.participants)
        if new.also and len(shared) < 2 and not new.is_definite():
            return False
        if " " in new.text and new.text.lower() == old.text.lower():
            return True
        # the same two organizations meeting, neither mention dated, are one meeting
        # ("Euronext has met with the LSE" ... "Euronext chief X held talks with LSE boss
        # Y"); not two countries, whose officials meet again and again (trade wires), nor
        # two triggers of one sentence, which share its every name ("will meet X, attend
        # a meeting of Y")
        if (
            new.type == "meeting"
            and old.sentence != new.sentence
            and _undated(old)
            and _undated(new)
            and len(old.orgs & new.orgs) >= 2
        ):
            return True
        if _same_day(old, new) and _shared_participant(old, new):
            return True
        # talks named again with no date of their own and a side in common are the same
        # talks ("trade talks with Washington" ... "tough talks in Washington")
        if _is_talks(old) and _is_talks(new):
            if _other_pair(old, new):
                return False
            if new.period is None and _shared_participant(old, new):
                return True
            # ... and "the talks" dated later are the undated talks named before ("trade
            # talks with Washington" ... "the talks, starting on April 14"); "the first
            # direct talks ... last September" may be an earlier round
            if (
                old.period is None
                and new.the
                and (not new.participants or _shared_participant(old, new))
            ):
                return True
        # a dated mention is a new event unless the earlier one has an overlapping date
        return new.is_definite() and (new.period is None or old.period is not None)
    if new.type == "establishment":
        return new.period is None or old.period is not None
    return False


def _refers_to(old: Draft, ref: Draft) -> bool:
    """Whether a reference ("the deal, worth $37 billion") names ``old`` again: the
    latest signing of that kind of document whose money it does not contradict."""
    return (
        old.document == ref.document
        and _compatible_dates(old, ref)
        and (not old.money or _same_money(old, ref))
    )


def _merge(old: Draft, new: Draft) -> None:
    old.participants = unique(old.participants + new.participants)
    old.orgs |= new.orgs
    old.persons |= new.persons
    old.location = old.location or new.location
    # (a dated mention dates an event told before with no known year: "its acquisition of
    # Ambev last year" ... "bought Ambev in August 2004")
    if old.period is None or (_undated(old) and not _undated(new)):
        old.period = new.period
    old.money = old.money or new.money
    old.bidder = old.bidder or new.bidder
    old.quantities = old.quantities or new.quantities
    old.document = old.document or new.document
    old.talks = old.talks or _is_talks(new)
    old.headline = False  # (the body's first mention is the one the headline told)
    # A later mention that says what kind of event it was is the better trigger.
    if " " in new.text and " " not in old.text and new.type == old.type == "visit":
        old.start, old.end, old.text = new.start, new.end, new.text


def resolve(drafts: list[Draft]) -> list[Draft]:
    """Merge repeated mentions into the most recent compatible event of the same type."""
    events: list[Draft] = []
    of_type: dict[str, list[Draft]] = {}
    for d in drafts:
        earlier = of_type.setdefault(d.type, [])
        # the latest first, up to MERGE_REACH of them: a page that lists thousands of
        # meetings stays linear, and no article refers back past dozens of its events
        recent = earlier[: -MERGE_REACH - 1 : -1]
        if d.reference:
            target = next((e for e in recent if _refers_to(e, d)), None)
            if target is not None:
                _merge(target, d)
            continue
        # (the latest that shares a participant first: "my meeting with Nakasone" is the
        # talks with Nakasone, not the meetings with Abe named since)
        target = None
        for e in recent:
            if same_event(e, d):
                if _shared_participant(e, d):
                    target = e
                    break
                target = target or e
                if not d.participants:
                    break  # (none to share: the latest is the one)
        if target is None and d.recap and d.type == "meeting":
            # "the week-long meeting" with no meeting before it: the named event ("the
            # World Economic Forum in Davos") described by its length, where no other
            # place is said
            target = next(
                (
                    e
                    for e in of_type.get("other", [])[: -MERGE_REACH - 1 : -1]
                    if e.name is not None
                    and _compatible_dates(e, d)
                    and (d.location is None or d.location == e.location)
                ),
                None,
            )
        if target is None:
            events.append(d)
            earlier.append(d)
        else:
            _merge(target, d)
    return events
