"""The ``factex_facts`` component: each amount tied to its measure, period and parties.

Per sentence: every money mention (money room) and percentage (found here) is an amount.
Its measure is the measure phrase right after it ("a 39 percent increase in trade") or
else the nearest one before it in the sentence; no measure, no fact. The kind and sign
come from the words around it ("fell 5%", "$56 million more than"). The period is the
nearest one of the same clause, else of the sentence, skipping comparison bases ("than
2017"); a sentence opening with "In the reporting period" takes the previous fact's period.
Parties come from "between A and B", "bilateral", "A-B trade"; exporter and importer from
"exports from A to B", "A's imports from B" and their elliptical continuations.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter, itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from factex.calendar_words import DAY_NAMES, MONTH_NAMES
from factex.doc import BatchedPipe, skip_test
from factex.extensions import set_doc_value
from factex.facts import lexicon, rules
from factex.facts.measures import BALANCES, BY_NAME, canonical, measure_class, snake, with_sign
from factex.facts.normalize import evidence_bounds, signed
from factex.intervals import Blocked
from factex.mentions import (
    ENTITY_KINDS,
    MENTIONS_REQUIRE,
    ArticleMentions,
    Mention,
    Sentence,
    both_sides,
    gather,
    is_country,
    release,
    shared,
    unique,
)
from factex.models import Fact
from factex.money.lexicon import WORDS
from factex.numbers import parse_number
from factex.patterns import lowers_simply

# The flow each trade-flow measure is (its exporter owns "exports", its importer "imports").
_FLOWS = {
    "exports": "exports",
    "imports": "imports",
    "export_earnings": "exports",
    "purchases": "imports",  # "buy 1.8 billion dlrs worth of U.S. goods": the buyer imports
}
# The flows a story's reporting country owns when the text names no owner (not purchases:
# a buyer is not the country the story reports).
_OWN_FLOWS = frozenset({"exports", "imports", "export_earnings"})
# A country's balances: parties its owner, and a partner only where the text names one.
_BALANCE_CLASSES = frozenset({"trade_balance", "current_account", "balance_of_payments"})
# How far (characters) from an amount its measure phrase right after it, its period and
# the parties of its flow phrase are looked for: far enough for any sentence written to
# be read, and a bound on the pairs a sentence of thousands of clauses makes (linear time).
NEAR = 500
_START = attrgetter("start")  # (``bisect`` key of amounts and mentions)
_PHRASE_START = itemgetter(0)  # (of measure phrases)
_NEWLINE = re.compile("\n")
_ASCII_UPPER = re.compile("[A-Z]+")
_ASCII_LOWER = re.compile("[a-z]+")
_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_MONTH_NUMBERS = {name: i for i, name in enumerate(MONTH_NAMES, 1)}
_CALENDAR_WORD = re.compile(rf"(?:{'|'.join(MONTH_NAMES + DAY_NAMES)})\b", re.IGNORECASE)


@dataclass
class Amount:
    """A value in a sentence (local offsets): money or a percentage."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str


@dataclass
class Flow:
    """A trade flow phrase's direction: who owns it and toward whom."""

    measure: str
    owner: str | None = None
    source: str | None = None
    target: str | None = None


# ---------------------------------------------------------------- amounts


def find_amounts(sent: Sentence, has_percent: bool | None = None) -> list[Amount]:
    """Money mentions and percentages of a sentence, in text order (``has_percent``:
    whether the sentence holds a percent sign or word, when the caller knows)."""
    offset = sent.start
    out = [
        Amount(
            m.start - offset,
            m.end - offset,
            m.value.value,
            m.value.low,
            m.value.high,
            m.value.currency,
            m.value.qualifier,
        )
        for m in sent.mentions
        if m.kind == "money"
    ]
    text = sent.text
    if has_percent is None:
        has_percent = _holds_percent(text.lower())
    if has_percent:
        lowered = sent.lowered if len(sent.lowered) == len(text) else None
        taken = Blocked((a.start, a.end) for a in out) if out else None
        out += _percentages(text, taken, lowered)
    if not out:
        return out
    if has_percent:  # money mentions come in text order already
        out.sort(key=lambda a: a.start)
    in_headline = _headline_lines(text)
    return [a for a in out if not in_headline(a.start)]


def _holds_percent(lowered: str) -> bool:
    return "%" in lowered or any(word in lowered for word in rules.PERCENT_WORDS)


def _percentages(text: str, taken: Blocked | None, lowered: str | None = None) -> list[Amount]:
    """The percentages of a sentence that no money mention (``taken``) overlaps
    (``lowered``: ``text.lower()`` with the same offsets, when the caller has it)."""
    out = []
    found = rules.PERCENT_LOWER.finditer(lowered) if lowered else rules.PERCENT.finditer(text)
    for m in found:
        if taken is not None and taken.overlaps(m.start(), m.end()):
            continue
        value, low = parse_number(m.group("n")), m.group("low")
        high = None
        if low is not None:
            low, high, value = parse_number(low), value, None
        out.append(
            Amount(
                m.start(),
                m.end(),
                value,
                low,
                high,
                "percent",
                # qualifier words stand right before the number: a bounded window
                # keeps a sentence with thousands of percentages linear
                percent_qualifier(text[max(0, m.start() - QUALIFIER_WINDOW) : m.start()]),
            )
        )
    return out


QUALIFIER_WINDOW = 80


def _headline_lines(text: str):
    """A test ``pos -> bool``: is the line holding ``pos`` a headline? Each line is
    judged once, so a sentence with many amounts stays linear.

    >>> test = _headline_lines("CANADA TRADE SURPLUS 533 MLN DLRS AND MORE WORDS HERE\\nIt rose.")
    >>> test(3), test(60)
    (True, False)
    """
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    judged: dict[int, bool] = {}

    def in_headline(pos: int) -> bool:
        i = bisect_left(breaks, pos)
        if i not in judged:
            lo = breaks[i - 1] + 1 if i else 0
            hi = breaks[i] if i < len(breaks) else len(text)
            judged[i] = is_headline(text[lo:hi])
        return judged[i]

    return in_headline


def percent_qualifier(before: str) -> str:
    """The qualifier the words before a percentage give it.

    >>> percent_qualifier("rose by more than "), percent_qualifier("rose ")
    ('more_than', 'exact')
    """
    for qualifier, pattern in rules.PERCENT_QUALIFIER:
        if pattern.search(before):
            return qualifier
    return "exact"


# ---------------------------------------------------------------- measure and kind


def measure_phrases(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """Measure phrases of a sentence as (start, end, measure), overlaps removed
    (``lowered``: ``text.lower()``, when the caller has it).

    >>> measure_phrases("The trade surplus and exports")
    [(4, 17, 'trade_surplus'), (22, 29, 'exports')]
    """
    out = []
    pos = 0
    scan, named, folded = rules.MEASURES_SCAN_RE, rules.MEASURES_RE, text
    if lowered is not None and len(lowered) == len(text):  # (lower() kept every offset)
        scan, named, folded = rules.MEASURES_LOWER_SCAN_RE, rules.MEASURES_LOWER_RE, lowered
    while found := scan.search(folded, pos):
        m = named.match(folded, found.start())  # the same match, named
        pos = m.end()
        if not _in_a_name(text, m.start(), text[m.start() : pos]):
            out.append((m.start(), pos, rules.MEASURE_NAMES[m.lastgroup]))
    return out


def _in_a_name(text: str, start: int, phrase: str) -> bool:
    """A capitalized phrase inside a sentence is part of a name ("Foreign Trade Minister")."""
    return (
        phrase[:1].isupper()
        and not phrase.isupper()
        and bool(text[:start].strip())
        and not text[:start].rstrip().endswith((".", ":", '"', "“"))
    )


def _starting_near(phrases: list[tuple[int, int, str]], at: int) -> list[tuple[int, int, str]]:
    """The phrases (in text order) that start from ``at`` on, within ``NEAR`` of it."""
    lo = bisect_left(phrases, at, key=_PHRASE_START)
    return phrases[lo : bisect_right(phrases, at + NEAR, lo=lo, key=_PHRASE_START)]


def measure_of(
    text: str, amount: Amount, phrases: list[tuple[int, int, str]]
) -> tuple[tuple[int, int, str], str] | bool | None:
    """The measure phrase an amount quantifies and the rule that found it: a listed phrase
    right after it ("a 16 mln dlr trade deficit", "an increase in exports"), else the
    text's own phrase right after or before it ("a 40 billion dlr military debt", "net
    interest income of X"), else the nearest listed phrase before it in the sentence.

    ``phrases``: ``measure_phrases``, in text order, none overlapping another. None: no
    measure found; False: the amount is no fact's value.
    """
    if amount.unit != "percent" and (rate := rules.PER_CURRENCY.match(text, amount.end)):
        if _currency_of(rate.group(1)) == amount.unit:
            # a currency priced in itself ("four cents against the U.S. dollar"): the
            # amount's currency was misread, and a wrong fact is worse than none
            return False
        return (rate.start(1), rate.end(1), "exchange_rate"), "fact.exchange_rate"
    near = _starting_near(phrases, amount.end)
    for i, phrase in enumerate(near):
        if rules.RIGHT_AFTER.fullmatch(text, amount.end, phrase[0]):
            # the head of a compound is its last phrase ("a 25% stock dividend")
            while i + 1 < len(near) and not text[phrase[1] : near[i + 1][0]].strip():
                i += 1
                phrase = near[i]
            return phrase, "fact.measure_after"
    after = rules.MEASURE_AFTER.match(text, amount.end)
    if after:
        for phrase in _starting_near(phrases, after.end()):
            if rules.ADJECTIVES_GAP.fullmatch(text, after.end(), phrase[0]):
                return phrase, "fact.measure_of"
    if rules.WORTH_OF.match(text, amount.end) and rules.GOODS_UNDER.search(
        text, max(0, amount.start - 60), amount.start
    ):
        return False  # "tariffs on $125 billion worth of Chinese goods" names the goods
    if amount.unit != "percent" and (
        sold := rules.ACQUISITION_BEFORE.search(text, max(0, amount.start - 120), amount.start)
    ):
        return (sold.start(), sold.end(), "acquisition_price"), "fact.acquisition"
    for finder, rule in ((open_after, "fact.open_after"), (open_before, "fact.open_before")):
        found = finder(text, amount.end if finder is open_after else amount.start)
        if found:
            # a listed phrase inside the text's phrase names it ("the current account
            # deficit of X"): the table's name, with its synonyms applied
            listed = [
                p
                for p in _starting_near(phrases, found[0] - 40)
                if p[0] < found[1] and p[1] > found[0]
            ]
            if listed:
                return listed[-1], rule.replace("open", "measure")
            return found, rule
    i = bisect_left(phrases, amount.start, key=_PHRASE_START)  # the phrases starting before it
    while i and phrases[i - 1][1] > amount.start:
        i -= 1
    return (phrases[i - 1], "fact.measure_before") if i else None


def _currency_of(word: str) -> str | None:
    """The ISO code of a currency word, where the word alone tells it ("dollar": USD)."""
    word = word.lower()
    return "USD" if word.startswith("dollar") else WORDS.get(word) or WORDS.get(word.rstrip("s"))


def _open_name(words: list[str]) -> str | None:
    """The measure an open phrase names (its words, stop words removed), or None when
    its head names goods or units.

    >>> _open_name(["military", "debt"]), _open_name(["chinese", "goods"])
    ('military_debt', None)
    """
    if not words or words[-1] in lexicon.GOODS_HEADS:
        return None
    return canonical(snake(" ".join(words)))


def _is_content(word: str) -> bool:
    return word not in lexicon.NOT_MEASURE_WORDS and not word.endswith(("ly", "ed"))


def open_after(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase right after an amount: its lowercase words up to a
    word that links or dates ("a 40 billion dlr foreign debt to ..." -> foreign_debt).

    >>> open_after("a 3 billion dlr military debt to Moscow", 15)
    (16, 29, 'military_debt')
    >>> open_after("5 billion dlrs last year", 14) is None
    True
    """
    m = rules.OPEN_AFTER.match(text, at)
    if not m:
        return None
    words: list[str] = []
    end = m.start(1)
    for w in rules.WORD.finditer(m.group(1)):
        if not _is_content(w.group()):
            break
        words.append(w.group())
        end = m.start(1) + w.end()
    name = _open_name(words)
    return (m.start(1), end, name) if name else None


def open_before(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase before an amount, linked to it by "of" or a verb of
    level ("net interest income of X", "the wheat bill totalled X").

    >>> open_before("Its net interest income was 5 mln dlrs", 28)
    (4, 23, 'net_interest_income')
    """
    tokens = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, max(0, at - 120), at)]
    # from the amount back: hedges ("more than"), the link ("amounted to"), the phrase
    i = len(tokens)
    linked = False
    while i and not linked:
        one = tokens[i - 1][2]
        two = f"{tokens[i - 2][2]}_{one}" if i > 1 else ""
        if two in lexicon.OPEN_HEDGES or (two in lexicon.OPEN_LINKS):
            linked = two in lexicon.OPEN_LINKS
            i -= 2
        elif one in lexicon.OPEN_HEDGES or one in lexicon.OPEN_LINKS:
            linked = one in lexicon.OPEN_LINKS
            i -= 1
        else:
            return None
    run = i  # the lowercase words before the link (at most three)
    while run > i - 3 and run and _LOWER_WORD.fullmatch(tokens[run - 1][2]):
        run -= 1
    if not linked or run == i:
        return None
    if i - run < 3 and run and tokens[run - 1][2][-1:].islower():
        return None  # the words go on from a name ("Mediterranean states", "Norton had net")
    keep: list[tuple[int, int, str]] = []
    for token in reversed(tokens[run:i]):
        if not _is_content(token[2]):
            break
        keep.insert(0, token)
    if not keep or (len(keep) < i - run and not _is_content(tokens[i - 1][2])):
        return None
    name = _open_name([w[2] for w in keep])
    if not name or rules.COMPLEMENT_BEFORE.search(text, max(0, keep[0][0] - 30), keep[0][0]):
        return None  # "the trade turnover between the two countries amounted to"
    return keep[0][0], keep[-1][1], name


def name_of(text: str, amount: Amount, phrase: tuple[int, int, str]) -> str:
    """The measure's name with the modifiers the text gives it: a named good before a
    goods measure ("rice exports" -> rice_exports), per share ("offered 17 dlrs a share"
    -> offer_price_per_share), a percentage of a charge ("15% tariffs" -> tariff_rate)."""
    start, _, name = phrase
    measure = BY_NAME.get(name)
    if rules.PER_SHARE.match(text, amount.end):
        return (measure.per_share if measure else None) or "share_price"
    if measure is None:
        return name
    if amount.unit == "percent" and measure.percent_name:
        return measure.percent_name
    if measure.goods and not text[start : phrase[1]].endswith(("ed", "ing")):  # not a verb
        before = rules.MODIFIER_BEFORE.search(text, max(0, start - 40), start)
        if (
            before
            and _is_content(before.group(1))
            and before.group(1) not in lexicon.GOODS_HEADS
            and not before.group(1).endswith("ing")
            and not rules.INFINITIVE_BEFORE.search(text, max(0, before.start() - 4), before.start())
        ):
            return canonical(snake(f"{before.group(1)} {name}"))
    return name


def kind_of(text: str, amount: Amount, lowered: str | None = None) -> tuple[str, int]:
    """("level", 1) or ("change", +1/-1) from the words around the amount
    (``lowered``: ``text.lower()``, when ``patterns.lowers_simply`` holds for it).

    >>> a = Amount(13, 15, 5, None, None, "percent", "exact")
    >>> kind_of("Exports fell 5% in May", a), kind_of("", a, "exports fell 5% in may")
    (('change', -1), ('change', -1))
    >>> kind_of("Exports rose to 5% in May", Amount(16, 18, 5, None, None, "percent", "exact"))
    ('level', 1)
    """
    subject, patterns = (text, rules.KIND) if lowered is None else (lowered, rules.KIND_LOWER)
    to_level, phrasal_up, fall_before, fall_after, rise_before, rise_after = patterns
    before = subject[max(0, amount.start - 60) : amount.start]
    after = subject[amount.end : amount.end + 40]
    if to_level.search(before) or phrasal_up.search(before):
        return "level", 1
    if fall_before.search(before) or fall_after.match(after):
        return "change", -1
    if rise_before.search(before) or rise_after.match(after):
        return "change", 1
    return "level", 1


# ---------------------------------------------------------------- period


def _clause_breaks(text: str) -> list[int]:
    return [m.start() for m in rules.CLAUSE_BREAK.finditer(text)]


def _is_base(sent: Sentence, period: Mention, amounts: list[Amount]) -> bool:
    local = sent.local(period.start)
    cue = rules.COMPARISON_BASE.search(sent.text, max(0, local - 80), local)
    return bool(cue) and not _amount_between(amounts, cue.start(), local)


def _behind_a_base(text: str, local: int, amounts: tuple[Amount, ...]) -> bool:
    """A comparison cue and its base amount stand before the period at ``local`` ("from
    44.2 billion in"; not "against the dollar since")."""
    # the cue's amount follows it ("from 44.2 billion"; not "from Norway ... were X")
    for cue in rules.BASE_BEFORE_PERIOD.finditer(text, max(0, local - 80), local):
        i = bisect_left(amounts, cue.end(), key=_START)
        if (
            i < len(amounts)
            and amounts[i].start < local
            and rules.BASE_HEDGE.fullmatch(text, cue.end(), amounts[i].start)
        ):
            return True
    return False


def _amount_between(amounts: Sequence[Amount], start: int, end: int) -> bool:
    """Whether an amount (of ``amounts``, in text order) starts in ``[start, end)``."""
    i = bisect_left(amounts, start, key=_START)
    return i < len(amounts) and amounts[i].start < end


def period_of(
    sent: Sentence,
    amount: Amount,
    periods: list[Mention],
    breaks: list[int],
    *,
    base: bool = False,
    others: tuple[Amount, ...] = (),
) -> Mention | None:
    """The nearest period of the amount's clause, else of its sentence; one behind a
    comparison cue ("... against 10.39 billion in December") belongs to that base."""
    if not periods:
        return None
    clause = bisect_right(breaks, amount.start)
    text = sent.text
    # the periods starting within ``NEAR`` of the amount (periods are in text order)
    lo = bisect_left(periods, sent.start + amount.start - NEAR, key=_START)
    periods = periods[lo : bisect_left(periods, sent.start + amount.end + NEAR, lo=lo, key=_START)]

    def distance(p: Mention) -> int:
        s, e = sent.local(p.start), sent.local(p.end)
        if e <= amount.start:  # before the amount: farther, and a comma makes it farther
            return 2 * (amount.start - e) + (80 if "," in text[e : amount.start] else 0)
        return s - amount.end

    def own(p: Mention) -> bool:
        s = sent.local(p.start)
        cue = rules.BASE_CUE.search(text, amount.end, s) if s >= amount.end else None
        # behind "against 10.39 billion", a period is that base's; "against the dollar
        # since 1985" has no base amount and the period stays the value's
        if cue is None:
            return True
        i = bisect_left(others, cue.end(), key=_START)
        return not any(a.end <= s for a in others[i : bisect_left(others, s, lo=i, key=_START)])

    periods = [p for p in periods if own(p)]
    same = [p for p in periods if bisect_right(breaks, sent.local(p.start)) == clause]
    if base:
        # A comparison base ("from 1.5 billion in January", "against $8.7 billion a month
        # earlier") has only the period that follows it in its clause.
        same = [p for p in same if sent.local(p.start) >= amount.end]
        return min(same, key=distance) if same else None
    if same:
        return min(same, key=distance)
    # another clause's period serves the sentence, unless it is a comparison base's
    # ("exports totalled X, up from Y in February, while imports totalled Z")
    wide = [p for p in periods if not _behind_a_base(text, sent.local(p.start), others)]
    return min(wide, key=distance) if wide else None


# ---------------------------------------------------------------- parties and direction


def flow_of(sent: Sentence, phrase: tuple[int, int, str], stop: int) -> Flow:
    """Who owns a flow phrase ("Chile's exports") and its "from X" / "to Y"."""
    start, end, measure = phrase
    flow = Flow(_FLOWS[measure])
    entities = sent.of_kind("place", "org")
    text = sent.text
    # the entities within ``NEAR`` of the phrase (entities are in text order)
    lo = bisect_left(entities, sent.start + start - NEAR, key=_START)
    hi = bisect_left(entities, sent.start + min(max(stop, end + 1), end + NEAR), lo=lo, key=_START)
    for m in entities[lo:hi]:
        ms, me = sent.local(m.start), sent.local(m.end)
        if me <= start and rules.POSSESSIVE.fullmatch(text, me, start):
            flow.owner = m.name
        if ms >= end:
            if rules.FLOW_SOURCE.search(text, end, ms):
                flow.source = flow.source or m.name
            elif rules.FLOW_TARGET.search(text, end, ms):
                flow.target = flow.target or m.name
            elif rules.FLOW_OWNER.fullmatch(text, end, ms) and flow.owner is None:
                flow.owner = m.name
    return flow


def direction(flow: Flow, previous: Flow | None) -> tuple[str | None, str | None]:
    """(exporter, importer) of a flow, or of its elliptical continuation.

    >>> direction(Flow("imports", None, "Peru", "Chile"), None)
    ('Peru', 'Chile')
    >>> direction(Flow("imports"), Flow("exports", "Chile", None, "Peru"))
    ('Peru', 'Chile')
    >>> direction(Flow("exports"), Flow("imports", "China"))
    ('China', None)
    """
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
    twice as often as any other country (a story between two countries has none)."""
    counts = Counter(
        m.name for sent in ctx.sentences for m in sent.of_kind("place") if is_country(m.name)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2:
        return None
    if len(ranked) == 2 and ranked[0][1] < 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def balance_parties(
    sent: Sentence,
    phrase: tuple[int, int, str],
    reporting: str | None,
    countries: Sequence[str] = (),
) -> list[str] | None:
    """The parties of a country's balance: its owner ("Japan's surplus", "Canada had a
    surplus", else the reporting country) and a partner only where one is named ("with
    the United States"). None when no owner is found.
    """
    text = sent.text
    start, end, _ = phrase
    owner = partner = None
    for m in sent.of_kind("place", "org"):
        ms, me = sent.local(m.start), sent.local(m.end)
        if me <= start and (is_country(m.name) or m.kind == "org"):
            owner = m.name  # the nearest before it: "South Korea's effort to cut its surplus"
        elif ms >= end and partner is None and rules.PARTNER.fullmatch(text, end, ms):
            partner = m.name
    owner = owner or reporting
    if owner is None and partner is not None:
        # "Its surplus with the United States" in a story about two countries: the other
        owner = next((c for c in countries if c != partner), None)
    if owner is None:
        return None
    return unique([owner] + ([partner] if partner and partner != owner else []))


def parties_of(sent: Sentence, ctx: ArticleMentions, two_sides: bool | None = None) -> list[str]:
    """The countries or organizations the sentence's values are about (``two_sides``:
    ``both_sides(sent.text)``, when the caller has it)."""
    text = sent.text
    entities = [m for m in sent.of_kind("place", "org") if m.name not in ctx.media]
    out: list[str] = []
    for m in rules.BETWEEN_PARTIES.finditer(text) if "between" in text else ():
        after = [e for e in entities if sent.local(e.start) >= m.end()][:2]
        if after and sent.local(after[0].start) - m.end() <= 12:
            out += [e.name for e in after]
    for a, b in pairwise(entities):
        if text[sent.local(a.end) : sent.local(b.start)] in ("-", "–"):
            out += [a.name, b.name]
    if both_sides(text) if two_sides is None else two_sides:
        out += ctx.countries
    if not out:
        out = [e.name for e in entities if e.kind == "place" and is_country(e.name)]
    return unique(out)


# ---------------------------------------------------------------- the sentence loop


def _usable_periods(sent: Sentence, amounts: list[Amount]) -> list[Mention]:
    return [
        p
        for p in sent.of_kind("period")
        if not _is_base(sent, p, amounts) and (p.value.start or p.value.end)
    ]


@dataclass
class Running:
    """What the story is about so far: the period and measure of its last dated figure,
    and the sentence that stated them (a later sentence refers back to them)."""

    period: tuple[dt.date | None, dt.date | None]
    measure: str
    sentence: int


# A sentence this many sentences after the last dated figure still refers back to its
# period when it states none of its own (wires restate the period when it changes).
RUNNING_SENTENCES = 3


def sentence_facts(
    sent: Sentence,
    ctx: ArticleMentions,
    inherited: Mention | None,
    *,
    has_percent: bool | None = None,
    running: Running | None = None,
    reporting: str | None = None,
) -> list[Fact]:
    """The facts stated in one sentence (``running``: the story's running period and
    measure, when the sentence is near enough to refer back to them; ``reporting``: the
    country whose figures the story reports)."""
    amounts = find_amounts(sent, has_percent)
    if not amounts:
        return []
    text = sent.text
    lowered = sent.lowered if lowers_simply(text, sent.lowered) else None  # (for kind_of)
    # a currency word inside an amount ("5 billion dollars") is no measure
    taken = Blocked((a.start, a.end) for a in amounts)
    phrases = [p for p in measure_phrases(text, sent.lowered) if not taken.overlaps(p[0], p[1])]
    periods = _usable_periods(sent, amounts)
    if not periods and inherited is not None and _continues_a_period(text):
        periods = [inherited]
    breaks = _clause_breaks(text)
    # the sentence's own period (its first that is not "a year earlier"): what a year
    # earlier is counted from
    own = next(
        ((p.value.start, p.value.end) for p in periods if not rules.YEAR_BEFORE.fullmatch(p.text)),
        None,
    )
    # values between two sides ("between A and B", "bilateral"): no one's own flows
    two_sides = both_sides(text)
    bilateral = two_sides or "between" in sent.lowered
    parties = parties_of(sent, ctx, two_sides)
    refers_back: bool | None = None  # (asked once, when a value needs it)
    cased = _first_word_lowered(text, {sent.local(m.start) for m in sent.of_kind(*ENTITY_KINDS)})
    ev_start, ev_end = evidence_bounds(text)
    evidence = text[ev_start:ev_end]
    facts: list[Fact] = []
    previous_flow = None
    directions: dict[int, tuple[str | None, str | None]] = {}  # per flow phrase
    last_end = 0
    for amount in amounts:
        found = measure_of(cased, amount, phrases)
        if found is None and running is not None and rules.REFERS_BACK.match(cased):
            # "It was 4.33 billion in the first quarter of last year": the running measure
            found = (amount.start, amount.start, running.measure), "fact.refers_back"
        if not found:
            continue
        phrase, rule = found
        measure = name_of(cased, amount, phrase)
        listed = BY_NAME.get(phrase[2])
        if (
            rule == "fact.measure_of"
            and amount.unit == "percent"
            and listed
            and listed.percent_of_name
        ):
            measure = listed.percent_of_name  # "45.2% of its common shares": a stake
        previous = facts[-1].measure if facts else None
        if rules.BARE_BALANCE.fullmatch(text[phrase[0] : phrase[1]]):
            # a bare deficit/surplus continues the sentence's balance: its previous value's
            # ("a deficit of 8.3 mln in October against a 10.33 mln deficit") or the
            # balance named before it ("the current account recorded a deficit of X")
            named = previous if previous in BALANCES else _balance_before(phrases, phrase[0])
            if named:
                measure = with_sign(named, text[phrase[0] : phrase[1]])
        kind, sign = kind_of(text, amount, lowered)
        if _continues_a_list(text, facts, amount, last_end) and kind == "level":
            kind, sign = "change", 1 if (facts[-1].value or 0) >= 0 else -1
        base = bool(rules.AMOUNT_BASE.search(text, max(0, amount.start - 80), amount.start)) and (
            previous is None or measure_class(previous) == measure_class(measure)
        )
        period = period_of(sent, amount, periods, breaks, base=base, others=tuple(amounts))
        exporter = importer = None
        if phrase[2] in _FLOWS:
            stop = amount.start if phrase[1] <= amount.start else phrase[1] + 60
            if rules.WORTH_OF.match(text, amount.end):  # "buy X worth of U.S. goods"
                stop = amount.end + 60
            if phrase[0] in directions:  # a second value of the same phrase
                exporter, importer = directions[phrase[0]]
            else:
                flow = flow_of(sent, phrase, stop)
                exporter, importer = direction(flow, previous_flow)
                if reporting and not bilateral and phrase[2] in _OWN_FLOWS:
                    exporter, importer = own_flow(_FLOWS[phrase[2]], exporter, importer, reporting)
                directions[phrase[0]] = (exporter, importer)
                previous_flow = flow
        if refers_back is None:
            refers_back = running is not None and bool(rules.REFERS_BACK_CUE.search(cased))
        when = _period_span(
            cased, amount, phrase, period, running, base=base, own=own, refers_back=refers_back
        )
        last_end = amount.end
        facts.append(
            Fact(
                measure=measure,
                kind=kind,
                value=signed(amount.value, sign) if kind == "change" else amount.value,
                low=signed(amount.low, sign) if kind == "change" else amount.low,
                high=signed(amount.high, sign) if kind == "change" else amount.high,
                unit=amount.unit,
                qualifier=amount.qualifier,
                start=when[0],
                end=when[1],
                parties=(
                    balance_parties(sent, phrase, reporting, ctx.countries)
                    if measure_class(measure) in _BALANCE_CLASSES and not bilateral
                    else None
                )
                or unique(parties + [x for x in (exporter, importer) if x]),
                exporter=exporter,
                importer=importer,
                span=(sent.start + ev_start, sent.start + ev_end),
                evidence=evidence,
                rule=rule,
            )
        )
    return facts


def _balance_before(phrases: list[tuple[int, int, str]], at: int) -> str | None:
    """The nearest balance measure phrase (``BALANCES``) before ``at``, if any."""
    i = bisect_left(phrases, at, key=_PHRASE_START)
    while i:
        i -= 1
        if phrases[i][2] in BALANCES:
            return phrases[i][2]
    return None


def _period_span(
    text: str,
    amount: Amount,
    phrase: tuple[int, int, str],
    period: Mention | None,
    running: Running | None,
    *,
    base: bool,
    own: tuple[dt.date | None, dt.date | None] | None = None,
    refers_back: bool = False,
) -> tuple[dt.date | None, dt.date | None]:
    """The period of one value: its own (clause, then sentence), else the story's running
    period where the sentence refers back to it. A comparison "a year earlier" is the
    running period a year before; "March exports" is March of the running period's year.
    """
    month = rules.MONTH_BEFORE.search(text, max(0, phrase[0] - 12), phrase[0])
    if period is not None:
        if rules.YEAR_BEFORE.fullmatch(period.text):
            # "from 1.20 billion a year earlier": the sentence's own period a year before
            anchor = own or (running.period if running else None)
            if anchor is not None:
                return _year_before(anchor)
        start, end = period.value.start, period.value.end
        if month and start and end and (start.month, start.day, end.month) == (1, 1, 12):
            return _month(start.year, month.group(1))  # "the January surplus last year"
        return start, end
    if base and rules.YEAR_BEFORE_AFTER.match(text, amount.end):
        anchor = own or (running.period if running else None)
        return _year_before(anchor) if anchor else (None, None)
    if running is None or base or not refers_back:
        return None, None  # (a base: "from 10.12 billion" does not say its period)
    if month and running.period[0] is not None:
        return _month(running.period[0].year, month.group(1))
    return running.period


def _month(year: int, name: str) -> tuple[dt.date, dt.date]:
    number = _MONTH_NUMBERS[name.lower()]
    return dt.date(year, number, 1), dt.date(year, number, calendar.monthrange(year, number)[1])


def _year_before(
    span: tuple[dt.date | None, dt.date | None],
) -> tuple[dt.date | None, dt.date | None]:
    """The same period a year earlier.

    >>> _year_before((dt.date(1987, 2, 1), dt.date(1987, 2, 28)))
    (datetime.date(1986, 2, 1), datetime.date(1986, 2, 28))
    """

    def back(day: dt.date | None) -> dt.date | None:
        if day is None:
            return None
        last = calendar.monthrange(day.year - 1, day.month)[1]
        return day.replace(year=day.year - 1, day=min(day.day, last))

    return back(span[0]), back(span[1])


def _first_word_lowered(text: str, names: set[int] = frozenset()) -> str:
    """The sentence with its first letter lowered: a capital that only opens the
    sentence is no name ("Net income was ...", "Coffee exports rose ..."); ``names``:
    where names start (their capital stays: "Norwegian imports").

    >>> _first_word_lowered('"Net income rose')
    '"net income rose'
    """
    m = _FIRST_LETTER.search(text)
    if (
        not m
        or m.start() in names
        or not text[m.start() + 1 : m.start() + 2].islower()
        or _CALENDAR_WORD.match(text, m.start())  # "February imports": a name
    ):
        return text  # "U.S. exports", "EC imports": a name in capitals
    return text[: m.start()] + m.group().lower() + text[m.end() :]


def _continues_a_period(text: str) -> bool:
    """The sentence goes on about the previous one's period ("In the same period ...")."""
    return bool(rules.CONTINUATION.match(text) or rules.SAME_PERIOD.search(text))


def _continues_a_list(text: str, facts: list[Fact], amount: Amount, last_end: int) -> bool:
    """The amount is the next item of a list of changes ("up 64 pct, clothing 57 pct")."""
    return (
        bool(facts)
        and facts[-1].kind == "change"
        and facts[-1].unit == amount.unit
        and rules.LIST_GAP.fullmatch(text, last_end, amount.start) is not None
    )


def is_headline(text: str) -> bool:
    """A line in capitals (a wire headline) repeats the story: no facts from it.

    >>> is_headline("CANADA JANUARY TRADE SURPLUS 533 MLN DLRS"), is_headline("Exports rose.")
    (True, False)
    """
    upper = sum(map(len, _ASCII_UPPER.findall(text)))  # ASCII letters only count
    lower = sum(map(len, _ASCII_LOWER.findall(text)))
    return upper + lower >= 8 and upper > 4 * lower


def extract_facts(doc: Doc, ctx: ArticleMentions | None = None) -> list[Fact]:
    """Every fact of ``doc``, in text order."""
    ctx = ctx or gather(doc)
    in_skip = skip_test(doc)
    with_money = {i for i, s in enumerate(ctx.sentences) for m in s.mentions if m.kind == "money"}
    facts: list[Fact] = []
    inherited: Mention | None = None
    running: Running | None = None
    reporting = reporting_country(ctx)
    for i, sent in enumerate(ctx.sentences):
        has_percent = _holds_percent(sent.lowered)
        if not has_percent and i not in with_money:
            continue  # no money and no percentage: no amount, so no fact (most sentences)
        if in_skip(sent.start, sent.end) and not sent.mentions:
            continue
        near = running if running and i - running.sentence <= RUNNING_SENTENCES else None
        found = sentence_facts(
            sent, ctx, inherited, has_percent=has_percent, running=near, reporting=reporting
        )
        facts += found
        dated = [f for f in found if f.start or f.end]
        if found and running is not None:
            running.measure = found[-1].measure
        if dated:
            # the story's running period: its first figure's (later ones are mostly bases)
            first = dated[0]
            running = Running((first.start, first.end), found[-1].measure, i)
            last = dated[-1]
            inherited = next(
                (
                    p
                    for p in sent.of_kind("period")
                    if (p.value.start, p.value.end) == (last.start, last.end)
                ),
                inherited,
            )
    return facts


class FactExtractor(BatchedPipe):
    """Writes ``doc._.facts``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        try:
            set_doc_value(doc, "facts", extract_facts(doc, shared(doc)))
        finally:
            release(doc)
        return doc


@Language.factory(
    "factex_facts",
    requires=list(MENTIONS_REQUIRE),
    assigns=["doc._.facts"],
)
def make_facts(nlp: Language, name: str) -> FactExtractor:
    """Factory of the ``factex_facts`` component."""
    return FactExtractor(nlp, name)
