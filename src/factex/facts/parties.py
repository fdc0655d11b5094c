"""Parties and trade direction of a fact: who owns a flow ("Chile's exports"), its
"from X" / "to Y", a story's reporting country, a balance's owner and partner, and the
parties of "between A and B", "bilateral", "A-B trade"."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from operator import attrgetter

from factex.facts import lexicon, rules
from factex.facts.amounts import NEAR, START, holds_percent
from factex.intervals import Blocked
from factex.mentions import ArticleMentions, Mention, Sentence, both_sides, is_country, unique
from factex.organizations.lexicon.gazetteers import capital_countries, demonyms, places

_start = attrgetter("start")

# The flow each trade-flow measure is (its exporter owns "exports", its importer "imports").
FLOWS = {
    "exports": "exports",
    "imports": "imports",
    "export_earnings": "exports",
    "re_exports": "exports",  # goods imported and sent on: the re-exporter's exports
    "purchases": "imports",  # "buy 1.8 billion dlrs worth of U.S. goods": the buyer imports
}
# Measures that are a flow only toward a named partner: "sales to the EC" are exports,
# a company's "sales" are not.
TARGETED_FLOWS = {"sales": "exports"}
# The flows a story's reporting country owns when the text names no owner (not purchases:
# a buyer is not the country the story reports).
OWN_FLOWS = frozenset({"exports", "imports", "export_earnings", "re_exports"})
# A country's balances: parties its owner, and a partner only where the text names one.
BALANCE_CLASSES = frozenset({"trade_balance", "current_account", "balance_of_payments"})


@dataclass
class Flow:
    """A trade flow phrase's direction: who owns it and toward whom."""

    measure: str
    owner: str | None = None
    source: str | None = None
    target: str | None = None


def flow_of(
    sent: Sentence, phrase: tuple[int, int, str], stop: int, media: frozenset[str] = frozenset()
) -> Flow:
    """Who owns a flow phrase ("Chile's exports") and its "from X" / "to Y" (``media``:
    the story's media outlets, sources that trade nothing: "told Reuters the imports")."""
    start, end, measure = phrase
    flow = Flow(FLOWS.get(measure) or TARGETED_FLOWS[measure])
    entities = sent.of_kind("place", "org")
    text = sent.text
    # the entities within ``NEAR`` of the phrase (entities are in text order)
    lo = bisect_left(entities, sent.start + start - NEAR, key=START)
    hi = bisect_left(entities, sent.start + min(max(stop, end + 1), end + NEAR), lo=lo, key=START)
    # (a flow noun, "exports", ends in "s"; a flow verb, "bought", "exported", does not)
    owner_before = (
        rules.PARTY["possessive"] if text[end - 1 : end] == "s" else rules.PARTY["subject_of_verb"]
    )
    for m in entities[lo:hi]:
        if m.name in media:
            continue
        ms, me = sent.local(m.start), sent.local(m.end)
        if me <= start and owner_before.fullmatch(text, me, start):
            flow.owner = party_name(m)
        if ms >= end:
            if rules.PARTY["flow_source"].search(text, end, ms):
                flow.source = flow.source or party_name(m)
            elif rules.PARTY["flow_target"].search(text, end, ms):
                flow.target = flow.target or party_name(m)
            elif (
                flow.measure == "imports"
                and rules.PARTY["of_before"].search(text, end, ms)
                and _names_goods(text, me)
            ):
                # "imports of Japanese cars", "bought 5 billion dlrs of U.S. wheat": the
                # goods' origin, not the importer
                flow.source = flow.source or party_name(m)
            elif rules.PARTY["flow_owner"].fullmatch(text, end, ms) and flow.owner is None:
                flow.owner = party_name(m)
    if flow.owner is None:
        flow.owner = _country_referred(sent, entities[lo:hi], start) or _its_owner(
            sent, entities[:hi], start, media
        )
    return flow


def _its_owner(
    sent: Sentence, entities: list[Mention], at: int, media: frozenset[str]
) -> str | None:
    """The country "its" before a flow phrase at ``at`` refers back to: the last name
    before it that is no preposition's object, when that is a country ("tankers supplied
    South Africa with 30 pct of its crude imports"; not "would buy from the United States
    all of its planned imports", nor "Acme said its exports rose"). ``entities``: the
    sentence's places and organizations up to the phrase's window (those after "its" are
    passed over)."""
    text = sent.text
    found = rules.PARTY["its_before"].search(text, max(0, at - 40), at)
    if found is None:
        return None
    for m in reversed(entities):
        start = sent.local(m.start)
        if sent.local(m.end) > found.start() or m.name in media:
            continue
        if rules.PARTY["partner_preposition_before"].search(text, max(0, start - 12), start):
            continue  # (another's partner: "from the United States")
        name = party_name(m)
        return name if is_country(name) or name in lexicon.TRADE_BLOCS else None
    return None


def _names_goods(text: str, at: int) -> bool:
    """A name at ``at`` is an adjective of goods: a content word follows it ("Japanese
    cars"; not "Japan rose", "Japan last year"); after an abbreviation the wires write it
    capitalized ("U.S. Farm produce")."""
    after = rules.CAPITALIZED_WORD_AFTER if text[at - 1 : at] == "." else rules.WORD_AFTER
    m = after.match(text, at)
    return bool(m) and m.group(1).lower() not in lexicon.NOT_MEASURE_WORDS


def _country_referred(sent: Sentence, entities: list[Mention], at: int) -> str | None:
    """The country "his country's" / "the nation's" before a flow phrase at ``at`` (in its
    clause) refers back to: the last country named before it ("South Korean Minister X
    said his country's firms agreed to buy ...": South Korea)."""
    text = sent.text
    matches = list(rules.PARTY["country_anaphor"].finditer(text, max(0, at - 80), at))
    found = matches[-1] if matches else None
    if found is None or rules.CLAUSE_BREAK.search(text, found.end(), at):
        return None
    before = [m.name for m in entities if sent.local(m.end) <= found.start() and is_country(m.name)]
    return before[-1] if before else None


def direction(flow: Flow, previous: Flow | None) -> tuple[str | None, str | None]:
    """(exporter, importer) of a flow, or of its elliptical continuation.

    >>> direction(Flow("imports", None, "Peru", "Chile"), None)
    ('Peru', 'Chile')
    >>> direction(Flow("imports"), Flow("exports", "Chile", None, "Peru"))
    ('Peru', 'Chile')
    >>> direction(Flow("exports"), Flow("imports", "China"))
    ('China', None)
    >>> direction(Flow("imports", source="United States"), Flow("exports", "Israel"))
    ('United States', 'Israel')
    """
    partner = flow.source or flow.target
    if flow.owner is None and previous is not None and partner and previous.owner != partner:
        # "Israeli exports to the U.S. were X, while imports from the U.S. were Y": the
        # continuation names its partner, its owner is the one named before
        flow = replace(flow, owner=previous.owner)
    if flow.measure == "exports":
        exporter, importer = flow.source or flow.owner, flow.target
    else:
        exporter, importer = flow.source, flow.target or flow.owner
    if exporter or importer:
        return exporter, importer
    if previous is not None and previous.measure != flow.measure:
        # "Chinese imports from the EC worth X and exports worth Y": the same owner,
        # the other way
        ex, im = direction(previous, None)
        if ex or im:
            return im, ex
    return None, None


def gapped_owner(sent: Sentence, after: int, before: int) -> str | None:
    """The country a gapped item of a list names between the previous value (ending at
    ``after``) and the next (at ``before``): "Canadian imports rose 3.2 pct; Japan, 9.9 pct,
    and Britain, 20.2 pct" (Japan's and Britain's imports, not Canada's)."""
    text = sent.text
    # (found by bisection: a sentence may hold thousands of values and names)
    entities = sent.of_kind("place", "org")
    first = bisect_left(entities, sent.start + after, key=_start)
    last = bisect_left(entities, sent.start + before, key=_start)
    names = [m for m in entities[first:last] if sent.local(m.end) <= before]
    if len(names) != 1 or not is_party(names[0]):
        return None
    start, end = sent.local(names[0].start), sent.local(names[0].end)
    if rules.GAP_BEFORE.search(text, after, start) and rules.GAP_AFTER.fullmatch(text, end, before):
        return names[0].name
    return None


def subject_owner(sent: Sentence) -> str | None:
    """The country a sentence opens with as its subject, when it names no other party:
    the owner of the sentence's flows that name none ("China is seen as the main culprit,
    with exports soaring 35%"; not "China's partners", not "China and Japan"); a capital
    stands for its country ("Beijing is seen ...")."""
    text = sent.text
    parties = [
        m for m in sent.of_kind("place", "org") if is_party(m) or _capital_as_party(text, sent, m)
    ]
    first = parties[0] if parties else None
    if (
        first is None
        or first.kind != "place"
        or text[: sent.local(first.start)].strip(" \"'“‘")
        or any(party_name(m) != party_name(first) for m in parties)
        or not rules.PARTY["subject_verb_after"].match(text, sent.local(first.end))
    ):
        return None
    return party_name(first)


def own_flow(
    flow: str, exporter: str | None, importer: str | None, reporting: str
) -> tuple[str | None, str | None]:
    """A flow with no owner in a story that reports one country's figures is that
    country's: its exports leave it, its imports enter it ("March imports totalled X").

    >>> own_flow("imports", "Canada", None, "United States")
    ('Canada', 'United States')
    >>> own_flow("exports", None, None, "Denmark")
    ('Denmark', None)
    """
    if flow == "exports" and exporter is None and importer != reporting:
        return reporting, importer
    if flow == "imports" and importer is None and exporter != reporting:
        return exporter, reporting
    return exporter, importer


def reporting_country(ctx: ArticleMentions) -> str | None:
    """The country whose figures the story reports: named at least twice, and at least
    twice as often as any other country (a story between two countries has none); else
    the owner of the story's lead figure ("Singapore's external trade grew ...") when no
    country is named more than twice as often."""
    named = [_countries_named(sent) for sent in ctx.sentences]
    counts = Counter(m.name for countries in named for m in countries)
    ranked = counts.most_common(2)
    if not ranked:
        # (no country written as a name: a wire in lower case, "chile's trade surplus")
        return _lower_lead_owner(ctx)
    if ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):
        return ranked[0][0]
    lead = _lead_owner(ctx, named)
    # (the owner of the lead figure, named at least half as often as any other country:
    # a U.S. trade report names its partners too)
    return lead if lead is not None and 2 * counts[lead] >= ranked[0][1] else None


def _countries_named(sent: Sentence) -> list[Mention]:
    """The sentence's mentions of countries, but for those inside an amount, which name a
    currency ("four billion U.S. Dlrs" in a story about Taiwan)."""
    countries = [m for m in sent.of_kind("place") if is_country(m.name)]
    if countries:
        amounts = sent.of_kind("money")
        if amounts:
            inside = Blocked((a.start, a.end) for a in amounts)
            return [m for m in countries if not inside.overlaps(m.start, m.start + 1)]
    return countries


def _lead_owner(ctx: ArticleMentions, named: list[list[Mention]]) -> str | None:
    """The country whose national figure the story's first figure naming a country is,
    by a possessive or a verb of having ("Singapore's external trade grew 8.8 pct ...",
    "Canada had a trade surplus of ..."), where that sentence names no other country (not
    "Japan's surplus with the United States") but the destination or origin of its flow
    ("West German exports to the United States fell ...": West Germany's exports); or
    whose goods are the lead's exports ("Exports of American wine rose ...").

    ``named``: each sentence's countries (``_countries_named``).
    """
    for sent, countries in zip(ctx.sentences, named, strict=True):
        # (countries first: most sentences name none, and the figure test reads the text)
        if not countries:
            continue
        owner = countries[0]
        text, at, end = sent.text, sent.local(owner.start), sent.local(owner.end)
        owned = rules.PARTY["national_figure_after"].match(text, end)
        if owned is None and rules.PARTY["exports_of_before"].search(text, max(0, at - 20), at):
            # "Exports of American wine rose ...": the goods' origin exports them
            owned = rules.WORD_AFTER.match(text, end) if _names_goods(text, end) else None
        others = [m for m in countries if m.name != owner.name]
        partners = not others or bool(owned and all(_flow_partner(sent, owned, m) for m in others))
        if not sent.of_kind("money") and not holds_percent(sent.lowered):
            # a lead with no amount counts only where it names its country's figure
            # ("West Germany posted a trade surplus in March." before the figures)
            # (not a figure word that modifies another noun: "U.S. Trade sanctions")
            if owned and partners and not rules.NOT_A_MEASURE_AFTER.match(text, owned.end()):
                return owner.name
            continue
        if not partners:
            return None
        return owner.name if owned else None
    return None


def _flow_partner(sent: Sentence, owned: re.Match[str], m: Mention) -> bool:
    """A country named after the lead's figure (``owned``) as a flow's destination or
    origin: the figure's own ("exports to the United States", "imports from Japan") or a
    later flow's ("Taiwan's surplus widened as exports to the U.S. rose")."""
    start, text = sent.local(m.start), sent.text
    if start < owned.end():
        return False
    between = rules.PARTY["flow_partner_between"]
    if rules.PARTY["flow_word_end"].search(owned.group()) and between.fullmatch(
        text, owned.end(), start
    ):
        return True
    return bool(
        rules.PARTY["flow_and_partner_before"].search(text, max(owned.end(), start - 50), start)
    )


def _lower_lead_owner(ctx: ArticleMentions) -> str | None:
    """The country that owns the story's first figure where the wire writes countries in
    lower case: its name or nationality before a national figure ("chile's trade surplus
    narrowed to ...", "the value of colombian exports rose 55 pct"). Only that one sentence
    is read."""
    sent = next(
        (s for s in ctx.sentences if s.of_kind("money") or holds_percent(s.lowered)),
        None,
    )
    if sent is None:
        return None
    text = sent.text
    words = list(rules.LOWER_WORD.finditer(text))
    for k, word in enumerate(words):
        # (a two-word name first: "south korea's", "west german exports")
        spans = [word] if k + 1 == len(words) else [words[k + 1], word]
        for last in spans:
            country = lower_country(text[word.start() : last.end()])
            if country and rules.PARTY["national_figure_after"].match(text, last.end()):
                return country
    return None


@functools.cache
def _lower_countries() -> dict[str, str]:
    """A country's name or nationality in lower case -> the country ("chile" -> Chile,
    "colombian" -> Colombia)."""
    table = {name: canonical for name, (canonical, kind) in places().items() if kind == "country"}
    return demonyms() | table


def lower_country(words: str) -> str | None:
    """The country a lower-case name or nationality is ("chile", "west german"), if any.

    >>> lower_country("colombian"), lower_country("Colombian"), lower_country("coffee")
    ('Colombia', None, None)
    """
    return _lower_countries().get(words) if words.islower() else None


def balance_parties(
    sent: Sentence,
    phrase: tuple[int, int, str],
    reporting: str | None,
    countries: Sequence[str] = (),
    gap: tuple[int, int] | None = None,
) -> list[str] | None:
    """The parties of a country's balance: its owner ("Japan's surplus", "Canada had a
    surplus", else the reporting country) and a partner only where one is named ("with
    the United States"). None when no owner is found. ``gap``: the text between the
    previous value and this one, where a later item of a list names its own partner
    ("its surplus with the United States was X and with the EC, Y").
    """
    text = sent.text
    start, end, _ = phrase
    owner = partner = None
    for m in sent.of_kind("place", "org"):
        ms, me = sent.local(m.start), sent.local(m.end)
        name = party_name(m)
        if (
            me <= start
            and (is_country(name) or m.kind == "org")
            and not rules.PARTY["with_before"].search(text, max(0, ms - 12), ms)
        ):
            # the nearest before it: "South Korea's effort to cut its surplus" (not
            # another's partner: "Japan's trade row with Washington and its surplus")
            owner = name
        elif ms >= end and partner is None and rules.PARTNER.fullmatch(text, end, ms):
            partner = name
        if (
            gap
            and end <= gap[0] <= ms < gap[1]
            and rules.PARTY["with_before"].search(text, gap[0], ms)
        ):
            partner = name  # (the last named in the gap)
    owner = owner or reporting
    if owner is None and partner is not None:
        # "Its surplus with the United States" in a story about two countries: the other
        owner = next((c for c in countries if c != partner), None)
    if owner is None:
        return None
    return unique([owner] + ([partner] if partner and partner != owner else []))


def party_name(m: Mention) -> str:
    """The name of the party a mention stands for where the grammar makes it a party (an
    owner, a partner, a flow's source or target): a capital stands for its country
    ("Washington's deficit with Taipei": the United States and Taiwan), as in
    ``events.draft``; any other name is itself."""
    if m.kind != "place":
        return m.name
    return capital_countries().get(m.name, m.name)


def is_party(m: Mention) -> bool:
    """A country, or a bloc that trades as one (``lexicon.TRADE_BLOCS``)."""
    return (m.kind == "place" and is_country(m.name)) or m.name in lexicon.TRADE_BLOCS


def names_between(sent: Sentence) -> bool:
    """Whether "between" opens the names of two sides ("trade between Chile and Peru"; not
    "between January and March", whose values are one country's)."""
    text = sent.text
    entities = sent.of_kind("place", "org")
    for m in rules.PARTY["between_parties"].finditer(text):
        k = bisect_left(entities, sent.start + m.end(), key=START)
        if k < len(entities) and sent.local(entities[k].start) - m.end() <= 12:
            return True
    return False


def parties_of(sent: Sentence, ctx: ArticleMentions, two_sides: bool | None = None) -> list[str]:
    """The countries or organizations the sentence's values are about (``two_sides``:
    ``both_sides(sent.text)``, when the caller has it)."""
    text = sent.text
    entities = [m for m in sent.of_kind("place", "org") if m.name not in ctx.media]
    out: list[str] = []
    for m in rules.PARTY["between_parties"].finditer(text) if "between" in text else ():
        after = [e for e in entities if sent.local(e.start) >= m.end()][:2]
        if after and sent.local(after[0].start) - m.end() <= 12:
            out += [party_name(e) for e in after]
    for a, b in pairwise(entities):
        if text[sent.local(a.end) : sent.local(b.start)] in ("-", "–"):
            out += [party_name(a), party_name(b)]
    if both_sides(text) if two_sides is None else two_sides:
        out += ctx.countries
    if not out:
        # (not a country inside an amount, which names its currency: "four billion U.S. Dlrs")
        inside = Blocked((a.start, a.end) for a in sent.of_kind("money"))
        out = [
            party_name(e)
            for e in entities
            if (is_party(e) or _capital_as_party(text, sent, e))
            and not inside.overlaps(e.start, e.start + 1)
        ]
    return unique(out)


def _capital_as_party(text: str, sent: Sentence, m: Mention) -> bool:
    """A capital that acts or is dealt with ("Washington signed an accord with Taipei"),
    not where something is ("talks in Tokyo", "a London-based company", "London's stock
    exchange")."""
    if m.kind != "place" or m.name not in capital_countries():
        return False
    start = sent.local(m.start)
    if rules.PARTY["locative_before"].search(text, max(0, start - 12), start):
        return False
    return bool(
        rules.PARTY["subject_verb_after"].match(text, sent.local(m.end))
        or rules.PARTY["with_before"].search(text, max(0, start - 12), start)
    )
