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

import re
import string
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, skip_test, text_of
from factex.events.context import (
    Context,
    Mention,
    Sentence,
    gather,
    is_country,
    release,
    shared,
    unique,
)
from factex.events.rules import both_sides
from factex.extensions import set_doc_value
from factex.facts import rules
from factex.facts.normalize import evidence_bounds, signed
from factex.intervals import Blocked
from factex.models import Fact
from factex.numbers import parse_number
from factex.patterns import lowers_simply
from factex.score import measure_class

_FLOWS = ("exports", "imports")
# Counting ASCII capitals and small letters as what deleting them takes off the length
# (no list of one-letter matches), on bytes: ``bytes.translate`` deletes in a tight
# loop where ``str.translate`` looks every character up in a dict.
_UPPER = string.ascii_uppercase.encode()
_LOWER = string.ascii_lowercase.encode()
_NEWLINE = re.compile("\n")
# Measures a bare "deficit"/"surplus" later in the sentence continues.
# (A bare "surplus" after a trade deficit is a trade surplus: those name their sign.)
BALANCES = frozenset({"balance_of_payments", "current_account", "budget_deficit", "trade_balance"})


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
        out += _percentages(text, Blocked((a.start, a.end) for a in out) if out else None)
    if not out:
        return out
    if has_percent:  # money mentions come in text order already
        out.sort(key=lambda a: a.start)
    in_headline = _headline_lines(text)
    return [a for a in out if not in_headline(a.start)]


def _holds_percent(lowered: str) -> bool:
    return "%" in lowered or any(map(lowered.__contains__, rules.PERCENT_WORDS))


def _minimal(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that hold none of the others.

    >>> _minimal(("%", "percent", "percentage"))
    ('%', 'percent')
    """
    return tuple(w for w in words if not any(o != w and o in w for o in words))


# The percent sign and words as ASCII bytes, without those holding another ("percentage"):
# then a mark that starts later also ends later. No character outside ASCII lower-cases
# to one of their letters (a test checks), so an ASCII-only lower-cased copy of the
# text finds them where ``str.lower`` would.
_PERCENT_MARKS = tuple(w.encode() for w in _minimal(("%", *rules.PERCENT_WORDS)))


def percent_test(text: str):
    """A test ``(start, end) -> bool``: does ``text[start:end]`` hold a percent sign or
    word, in any case? One pass over the document instead of one per sentence.

    >>> test = percent_test("Exports rose 5 PCT. Imports fell. Per cent")
    >>> test(0, 19), test(20, 33), test(34, 41)
    (True, False, False)
    """
    # one byte per character (others become "?"), so offsets stay the text's
    lowered = text.encode("ascii", "replace").lower()
    marks = []
    for mark in _PERCENT_MARKS:
        i = lowered.find(mark)
        while i >= 0:
            marks.append((i, i + len(mark)))
            i = lowered.find(mark, i + 1)
    marks.sort()
    starts = [s for s, _ in marks]

    def holds(start: int, end: int) -> bool:
        # the first mark from ``start`` on: if it runs past ``end``, so do all later ones
        i = bisect_left(starts, start)
        return i < len(starts) and marks[i][1] <= end

    return holds


def _percentages(text: str, taken: Blocked | None) -> list[Amount]:
    """The percentages of a sentence that no money mention (``taken``) overlaps."""
    out = []
    for m in rules.PERCENT.finditer(text):
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
    if lowered is None:
        lowered = text.lower()
    scan, named, subject = rules.MEASURES_SCAN_LOWER, rules.MEASURES_LOWER, lowered
    if not lowers_simply(text, lowered):  # case-blind matching is not plain matching there
        scan, named, subject = rules.MEASURES_SCAN_RE, rules.MEASURES_RE, text
    out = []
    pos = 0
    while found := scan.search(subject, pos):
        m = named.match(subject, found.start())  # the same match, with its measure's name
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


def measure_of(text: str, amount: Amount, phrases: list[tuple[int, int, str]]):
    """The measure phrase an amount quantifies: right after it, else the nearest before it."""
    for phrase in phrases:
        if phrase[0] >= amount.end and rules.RIGHT_AFTER.fullmatch(text[amount.end : phrase[0]]):
            return phrase
    after = rules.MEASURE_AFTER.match(text, amount.end)
    if after:
        for phrase in phrases:
            gap = text[after.end() : phrase[0]]
            if phrase[0] >= after.end() and rules.ADJECTIVES_GAP.fullmatch(gap):
                return phrase
    before = [p for p in phrases if p[1] <= amount.start]
    return before[-1] if before else None


def kind_of(text: str, amount: Amount, lowered: str | None = None) -> tuple[str, int]:
    """("level", 1) or ("change", +1/-1) from the words around the amount.

    >>> a = Amount(13, 15, 5, None, None, "percent", "exact")
    >>> kind_of("Exports fell 5% in May", a)
    ('change', -1)
    >>> kind_of("Exports rose to 5% in May", Amount(16, 18, 5, None, None, "percent", "exact"))
    ('level', 1)
    """
    # ``lowered``: the text lower-cased (``patterns.lowers_simply``), for the faster twins
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
    return bool(cue) and not any(cue.start() <= a.start < local for a in amounts)


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
        return cue is None or not any(cue.end() <= a.start and a.end <= s for a in others)

    periods = [p for p in periods if own(p)]
    same = [p for p in periods if bisect_right(breaks, sent.local(p.start)) == clause]
    if base:
        # A comparison base ("from 1.5 billion in January", "against $8.7 billion a month
        # earlier") has only the period that follows it in its clause.
        same = [p for p in same if sent.local(p.start) >= amount.end]
        return min(same, key=distance) if same else None
    return min(same or periods, key=distance) if (same or periods) else None


# ---------------------------------------------------------------- parties and direction


def flow_of(sent: Sentence, phrase: tuple[int, int, str], stop: int) -> Flow:
    """Who owns a flow phrase ("Chile's exports") and its "from X" / "to Y"."""
    start, end, measure = phrase
    flow = Flow(measure)
    entities = sent.of_kind("place", "org")
    for m in entities:
        ms, me = sent.local(m.start), sent.local(m.end)
        if me <= start and rules.POSSESSIVE.fullmatch(sent.text[me:start]):
            flow.owner = m.name
        if ms >= end and ms < max(stop, end + 1):
            before = sent.text[end:ms]
            if rules.FLOW_SOURCE.search(before):
                flow.source = flow.source or m.name
            elif rules.FLOW_TARGET.search(before):
                flow.target = flow.target or m.name
            elif rules.FLOW_OWNER.fullmatch(before) and flow.owner is None:
                flow.owner = m.name
    return flow


def direction(flow: Flow, previous: Flow | None) -> tuple[str | None, str | None]:
    """(exporter, importer) of a flow, or of its elliptical continuation.

    >>> direction(Flow("imports", None, "Peru", "Chile"), None)
    ('Peru', 'Chile')
    >>> direction(Flow("imports"), Flow("exports", "Chile", None, "Peru"))
    ('Peru', 'Chile')
    """
    if flow.measure == "exports":
        exporter, importer = flow.source or flow.owner, flow.target
    else:
        exporter, importer = flow.source, flow.target or flow.owner
    if exporter or importer:
        return exporter, importer
    if previous is not None and previous.measure != flow.measure:
        ex, im = direction(previous, None)
        if ex and im:
            return im, ex
    return None, None


def parties_of(sent: Sentence, ctx: Context) -> list[str]:
    """The countries or organizations the sentence's values are about."""
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
    if both_sides(text, sent.lowered):
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


def _inside_an_amount(phrase: tuple[int, int, str], amounts: list[Amount]) -> bool:
    return any(a.start < phrase[1] and phrase[0] < a.end for a in amounts)


def sentence_facts(
    sent: Sentence, ctx: Context, inherited: Mention | None, *, has_percent: bool | None = None
) -> list[Fact]:
    """The facts stated in one sentence."""
    amounts = find_amounts(sent, has_percent)
    if not amounts:
        return []
    text = sent.text
    # a currency word inside an amount ("5 billion dollars") is no measure
    phrases = [p for p in measure_phrases(text, sent.lowered) if not _inside_an_amount(p, amounts)]
    periods = _usable_periods(sent, amounts)
    if not periods and inherited is not None and _continues_a_period(text):
        periods = [inherited]
    breaks = _clause_breaks(text)
    # the twins of the case-blind patterns match the lower-cased text alike, faster
    lowered: str | None = sent.lowered
    if not lowers_simply(text, lowered):
        lowered = None
    parties = parties_of(sent, ctx)
    ev_start, ev_end = evidence_bounds(text)
    evidence = text[ev_start:ev_end]
    facts: list[Fact] = []
    previous_flow = None
    directions: dict[int, tuple[str | None, str | None]] = {}  # per flow phrase
    last_end = 0
    for amount in amounts:
        phrase = measure_of(text, amount, phrases)
        if phrase is None:
            continue
        measure = phrase[2]
        previous = facts[-1].measure if facts else None
        if previous in BALANCES and rules.BARE_BALANCE.fullmatch(text[phrase[0] : phrase[1]]):
            measure = previous  # "a deficit of 8.3 mln in October against a 10.33 mln deficit"
        kind, sign = kind_of(text, amount, lowered)
        if _continues_a_list(text, facts, amount, last_end) and kind == "level":
            kind, sign = "change", 1 if (facts[-1].value or 0) >= 0 else -1
        base = bool(rules.AMOUNT_BASE.search(text, max(0, amount.start - 80), amount.start)) and (
            previous is None or measure_class(previous) == measure_class(measure)
        )
        period = period_of(sent, amount, periods, breaks, base=base, others=tuple(amounts))
        exporter = importer = None
        if measure in _FLOWS:
            stop = amount.start if phrase[1] <= amount.start else phrase[1] + 60
            if phrase[0] in directions:  # a second value of the same phrase
                exporter, importer = directions[phrase[0]]
            else:
                flow = flow_of(sent, phrase, stop)
                exporter, importer = direction(flow, previous_flow)
                directions[phrase[0]] = (exporter, importer)
                previous_flow = flow
        pv = period.value if period else None
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
                start=pv.start if pv else None,
                end=pv.end if pv else None,
                parties=unique(parties + [x for x in (exporter, importer) if x]),
                exporter=exporter,
                importer=importer,
                span=(sent.start + ev_start, sent.start + ev_end),
                evidence=evidence,
            )
        )
    return facts


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
    raw = text.encode("ascii", "ignore")  # ASCII letters only count
    upper = len(raw) - len(raw.translate(None, _UPPER))
    lower = len(raw) - len(raw.translate(None, _LOWER))
    return upper + lower >= 8 and upper > 4 * lower


def extract_facts(doc: Doc, ctx: Context | None = None) -> list[Fact]:
    """Every fact of ``doc``, in text order."""
    ctx = ctx or gather(doc)
    in_skip = skip_test(doc)
    holds_percent = percent_test(text_of(doc))
    with_money = {i for i, s in enumerate(ctx.sentences) for m in s.mentions if m.kind == "money"}
    facts: list[Fact] = []
    inherited: Mention | None = None
    for i, sent in enumerate(ctx.sentences):
        has_percent = holds_percent(sent.start, sent.end)
        if not has_percent and i not in with_money:
            continue  # no money and no percentage: no amount, so no fact (most sentences)
        if in_skip(sent.start, sent.end) and not sent.mentions:
            continue
        found = sentence_facts(sent, ctx, inherited, has_percent=has_percent)
        facts += found
        dated = [f for f in found if f.start or f.end]
        if dated:
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
    requires=[
        "token.is_sent_start",
        "doc._.skip",
        "doc._.organizations",
        "doc.spans",
        "span._.money",
        "span._.period",
        "span._.org",
        "span._.person",
        "span._.place",
    ],
    assigns=["doc._.facts"],
)
def make_facts(nlp: Language, name: str) -> FactExtractor:
    """Factory of the ``factex_facts`` component."""
    return FactExtractor(nlp, name)
