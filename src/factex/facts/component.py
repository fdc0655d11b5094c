"""The ``factex_facts`` component: each amount tied to its measure, period and parties.

This module is the sentence loop and the factory; the parts live beside it, one module
per question: ``amounts`` (what values a sentence holds), ``measure_choice`` (what each
measures, and its kind), ``period`` (when), ``parties`` (who, and the trade direction).

Per sentence: every money mention (money room) and percentage (``amounts``) is an amount.
Its measure is the measure phrase right after it ("a 39 percent increase in trade") or
else the nearest one before it in the sentence; no measure, no fact. The kind and sign
come from the words around it ("fell 5%", "$56 million more than"). The period is the
nearest one of the same clause, else of the sentence, skipping comparison bases ("than
2017"); a sentence opening with "In the reporting period" takes the previous fact's period.
Parties come from "between A and B", "bilateral", "A-B trade"; exporter and importer from
"exports from A to B", "A's imports from B" and their elliptical continuations.

Over 600 lines because ``sentence_facts`` is the one place that orders the fallbacks an
amount goes through; the small readers it calls sit beside it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, skip_test, text_of
from factex.extensions import set_doc_value
from factex.facts import lexicon, rules
from factex.facts.amounts import START, Amount, find_amounts, holds_percent
from factex.facts.measure_choice import (
    balance_before,
    balance_of,
    first_word_lowered,
    kind_of,
    measure_of,
    measure_phrases,
    name_of,
)
from factex.facts.measures import (
    BALANCES,
    BY_NAME,
    NAMED_BALANCES,
    RESULTS_CLASSES,
    STORY_BALANCES,
    TOTAL_OF_PER_SHARE,
    measure_class,
    with_sign,
)
from factex.facts.normalize import evidence_bounds, signed
from factex.facts.parties import (
    BALANCE_CLASSES,
    FLOWS,
    OWN_FLOWS,
    TARGETED_FLOWS,
    Flow,
    balance_parties,
    direction,
    flow_of,
    gapped_owner,
    names_between,
    own_flow,
    parties_of,
    reporting_country,
    subject_owner,
)
from factex.facts.period import (
    RUNNING_SENTENCES,
    Running,
    a_quarter_or_longer,
    behind_a_base,
    clause_breaks,
    continues_a_period,
    looks_back,
    months_to_date,
    period_of,
    period_span,
    possessive_period,
    same_session,
    usable_periods,
)
from factex.intervals import Blocked
from factex.mentions import (
    ENTITY_KINDS,
    MENTIONS_REQUIRE,
    ArticleMentions,
    Mention,
    Sentence,
    both_sides,
    gather,
    rejoined,
    release,
    shared,
    unique,
)
from factex.models import Fact
from factex.patterns import lowers_simply


def sentence_facts(
    sent: Sentence,
    ctx: ArticleMentions,
    inherited: Mention | None,
    *,
    has_percent: bool | None = None,
    running: Running | None = None,
    fiscal: Running | None = None,
    reporting: str | None = None,
    anchors: list[bool] | None = None,
    balance: str | None = None,
    balances: list[str] | None = None,
    referent: str | None = None,
    names: NamesWritten | None = None,
) -> list[Fact]:
    """The facts stated in one sentence (``running``: the story's running period and
    measure, when the sentence is near enough to refer back to them; ``fiscal``: the
    story's last running period of a quarter or longer, which "the nine months" end with;
    ``reporting``: the
    country whose figures the story reports; ``anchors``: filled with, per fact, whether
    its period may be the story's running period: not a comparison's; ``balance``: the
    balance the story named last, which a bare "deficit" continues; ``balances``: filled
    with the balances the sentence names; ``referent``: the measure of the previous
    sentence's last fact, which "it" refers back to where no running period is kept;
    ``names``: the words the article writes as names)."""
    amounts = find_amounts(sent, has_percent)
    if not amounts:
        return []
    text = sent.text
    lowered = sent.lowered if lowers_simply(text, sent.lowered) else None  # (for kind_of)
    # a currency word inside an amount ("5 billion dollars") is no measure
    taken = Blocked((a.start, a.end) for a in amounts)
    phrases = [p for p in measure_phrases(text, sent.lowered) if not taken.overlaps(p[0], p[1])]
    named_here = [
        p[2]
        for p in phrases
        if p[2] in NAMED_BALANCES and not rules.BARE_BALANCE.fullmatch(text, p[0], p[1])
    ]
    if balances is not None:
        balances += named_here
    periods = usable_periods(sent, amounts)
    if not periods and inherited is not None and continues_a_period(text):
        periods = [inherited]
    if "months" in sent.lowered:
        periods = months_to_date(sent, periods, fiscal)
    breaks = clause_breaks(text)
    # the sentence's own period (its first that is not "a year earlier", nor in a clause
    # after the last amount's: "reflecting the acquisition of Emery earlier this year"):
    # what a year earlier is counted from
    last_clause = bisect_right(breaks, amounts[-1].start)
    own = next(
        (
            (p.value.start, p.value.end)
            for p in periods
            if not rules.YEAR_BEFORE.fullmatch(p.text)
            and bisect_right(breaks, sent.local(p.start)) <= last_clause
        ),
        None,
    )
    # values between two sides ("between A and B", "bilateral"): no one's own flows
    two_sides = both_sides(text)
    bilateral = two_sides or ("between" in sent.lowered and names_between(sent))
    parties = parties_of(sent, ctx, two_sides)
    refers_back: bool | None = None  # (asked once, when a value needs it)
    cased = first_word_lowered(text, {sent.local(m.start) for m in sent.of_kind(*ENTITY_KINDS)})
    ev_start, ev_end = evidence_bounds(text)
    evidence = text[ev_start:ev_end]
    facts: list[Fact] = []
    previous_flow = None
    directions: dict[int, tuple[str | None, str | None]] = {}  # per flow phrase
    flows: dict[int, Flow] = {}  # (the same, their flows)
    last_start = last_end = 0  # (the last fact's amount)
    last_base = False  # (whether the last fact is a comparison base)
    seen_classes: set[str] = set()  # (the measure classes of the sentence's facts so far)
    estimates: bool | None = None  # (the sentence revises an estimate: asked once, if needed)

    # the periods an amount owns ("last year's $2.34 billion", "the year-earlier $4.5
    # million"): no other amount's
    owned = [possessive_period(sent, a) for a in amounts]
    unowned = periods
    if any(owned):
        taken_periods = {p.start for p in owned if p is not None}
        unowned = [p for p in periods if p.start not in taken_periods]
    for k, amount in enumerate(amounts):
        found = _twin_of(text, facts, (last_start, last_end), amount) or measure_of(
            cased, amount, phrases, lowered
        )
        if (
            found is None
            and facts
            and amount.unit != "percent"
            and facts[-1].unit != "percent"
            and not facts[-1].measure.endswith("_per_share")
            and rules.PER_SHARE.match(text, amount.end)
            and rules.OR_BETWEEN.fullmatch(text, last_end, amount.start)
        ):
            # "a write-off of $2.5 million, or seven cents a share": the same measure a share
            measure_per_share = f"{facts[-1].measure}_per_share"
            found = (amount.start, amount.start, measure_per_share), "fact.per_share_of"
        if (
            found
            and found[1].startswith("fact.open")
            and (first := _first_name(text, cased, names))
            and found[0][0] < first
        ):
            found = None  # "Corus fell 2.2%": a name the sentence opens with is no measure
        if found is None and amount.unit == "percent" and _org_moved(sent, amount, names):
            # "Singapore Airlines dropped 2.6%": a company's move in percent is its stock's
            found = (amount.start, amount.start, "share_price"), "fact.org_moved"
        if found is None and _moves_to_a_price(text, amount, amounts):
            # "Corus fell 2.2% to 55.57 pence": with no measure named, a change in percent
            # to a price is a stock's (a company's figures are millions, not pence)
            found = (amount.start, amount.start, "share_price"), "fact.price_move"
        if (
            found is None
            and facts
            and facts[-1].rule == "fact.price_move"
            and rules.TO_PRICE_BETWEEN.fullmatch(text, last_end, amount.start)
        ):
            found = (amount.start, amount.start, "share_price"), "fact.price_move"
        if (
            found is None
            and facts
            and facts[-1].kind == "change"
            and rules.TO_PRICE_BETWEEN.fullmatch(text, last_end, amount.start)
        ):
            # "US light crude fell 32 cents to $51.43": the level the change moved its
            # measure to
            found = (amount.start, amount.start, facts[-1].measure), "fact.moved_to"
        if (
            found is None
            and (back := running.measure if running is not None else referent)
            and rules.REFERS_BACK.match(cased)
            # (with no period kept, the previous sentence's measure, named again: "The
            # figure was weaker than forecast - and fell short of the 0.8% rise in
            # October"; not after "it is/was", which may open anything: "It was made up of")
            and (running is not None or not rules.IT_WAS.match(cased))
        ):
            # "It was 4.33 billion in the first quarter of last year": the running measure
            found = (amount.start, amount.start, back), "fact.refers_back"
        if not found:
            continue
        phrase, rule = found
        listed = BY_NAME.get(phrase[2])
        if listed and (listed.money_only if amount.unit == "percent" else listed.percent_only):
            continue
        measure = name_of(cased, amount, phrase)
        if measure == "share_price" and amount.unit != "percent" and _a_block(amount):
            # "its shares were purchased for about $230m", "16.7 million shares, valued at
            # almost $472 million": tens of millions are no price of one share but what a
            # block of shares is bought for
            measure = "acquisition_price"
        if (
            rule == "fact.measure_of"
            and amount.unit == "percent"
            and listed
            and listed.percent_of_name
        ):
            measure = listed.percent_of_name  # "45.2% of its common shares": a stake
        previous = facts[-1].measure if facts else None
        if rules.BARE_BALANCE.fullmatch(text[phrase[0] : phrase[1]]) and (
            of := balance_of(cased, amount, phrases, phrase)
        ):
            measure = of  # "the surplus on the current account", "a deficit in visible trade"
        elif rules.BARE_BALANCE.fullmatch(text[phrase[0] : phrase[1]]):
            # a bare deficit/surplus continues the sentence's balance: its previous value's
            # ("a deficit of 8.3 mln in October against a 10.33 mln deficit") or the
            # balance named before it ("the current account recorded a deficit of X")
            # ... or the one the story named last ("the budget deficit" ... "The shortfall
            # is projected to rise to $427bn")
            named = (previous if previous in BALANCES else balance_before(phrases, phrase[0])) or (
                None if named_here else balance
            )
            if named:
                measure = with_sign(named, text[phrase[0] : phrase[1]])
        kind, sign = kind_of(text, amount, lowered)
        if rule == "fact.conversion":  # the same value in another currency
            kind, sign = facts[-1].kind, -1 if (facts[-1].value or 0) < 0 else 1
        if rule == "fact.measure_after" and text[phrase[0] : phrase[1]].lower().rstrip("s") in (
            lexicon.RISE_AFTER + lexicon.FALL_AFTER
        ):
            kind, sign = "level", 1  # the change word is the measure ("a $2 million gain on")
        if rules.LOSS_VERB.fullmatch(text, phrase[0], phrase[1]):
            kind, sign = "level", 1  # the verb names the loss ("lost $12 million": net_loss 12m)
        if _continues_a_list(text, facts, amount, last_end) and kind == "level":
            kind, sign = "change", 1 if (facts[-1].value or 0) >= 0 else -1
        if (
            kind == "level"
            and amount.unit == "percent"
            and facts
            and facts[-1].kind == "change"
            and facts[-1].unit != "percent"
            and rules.OR_PERCENT_BETWEEN.fullmatch(text, last_end, amount.start)
        ):
            # the same change in percent ("lost 65 cents or 25%"), with its sign
            kind, sign = "change", 1 if (facts[-1].value or 0) >= 0 else -1
        # (a base of the sentence's own measure: "from $22 million, or $1.03 a share" after
        # "net fell to $20.6 million, or 98 cents a share"; the last fact may be a twin)
        cls = measure_class(measure)
        # (a result's base may be the other sign: "a net loss of X, compared with profit of Y")
        kin = RESULTS_CLASSES if cls in RESULTS_CLASSES else (cls,)
        base = (
            _is_base(text, amount, lowered) and (not facts or not seen_classes.isdisjoint(kin))
        ) or (
            # a base's amount a share is a base too ("from $22 million, or $1.03 a share")
            last_base
            and rules.OR_BETWEEN.fullmatch(text, last_end, amount.start) is not None
            and (rule == "fact.per_share_elided" or rules.PER_SHARE.match(text, amount.end))
        )
        last_base = base
        period = owned[k] or period_of(
            sent, amount, unowned, breaks, base=base, others=tuple(amounts)
        )
        exporter = importer = None
        # "sales to the EC": a flow only toward a named partner
        targeted = phrase[2] in TARGETED_FLOWS and rules.PARTY["target_after"].match(
            text, phrase[1]
        )
        if phrase[2] in FLOWS or targeted:
            stop = amount.start if phrase[1] <= amount.start else phrase[1] + 60
            if rules.WORTH_OF.match(text, amount.end):  # "buy X worth of U.S. goods"
                stop = amount.end + 60
            elif _object_of_flow(text, phrase, amount):
                # the amount is the flow verb's object: its partner may follow it in the
                # clause ("bought 1.2 billion dlrs of wheat from the United States")
                clause_end = bisect_right(breaks, amount.end)
                stop = min(
                    amount.end + 60, breaks[clause_end] if clause_end < len(breaks) else len(text)
                )
            if phrase[0] in directions:  # a second value of the same phrase
                exporter, importer = directions[phrase[0]]
                if owner := gapped_owner(sent, last_end, amount.start):
                    # "...; Japan, 9.9 pct": the gapped item's own country
                    exporter, importer = direction(replace(flows[phrase[0]], owner=owner), None)
            else:
                flow = flow_of(sent, phrase, stop, ctx.media)
                exporter, importer = direction(flow, previous_flow)
                if (
                    exporter is None
                    and importer is None
                    and not bilateral
                    and phrase[2] in OWN_FLOWS
                    and (owner := subject_owner(sent))
                ):
                    # "China is seen as the main culprit, with exports soaring 35%"
                    exporter, importer = direction(replace(flow, owner=owner), None)
                if reporting and not bilateral and (phrase[2] in OWN_FLOWS or targeted):
                    exporter, importer = own_flow(flow.measure, exporter, importer, reporting)
                directions[phrase[0]] = (exporter, importer)
                flows[phrase[0]] = previous_flow = flow
        results_base = base and cls in RESULTS_CLASSES
        if results_base and estimates is None:
            estimates = rules.ESTIMATE.search(sent.lowered) is not None
        if refers_back is None and period is None and not base and running is not None:
            # (asked only where ``period_span`` reads it) a comparison with no period of
            # its own ("Sales rose to $52.4 million from $50.1 million") compares the
            # running period's figure with an earlier one
            # (where no cue word is in it, only the opening alternative can match: at 0)
            cue = rules.REFERS_BACK_CUE.match
            if not rules.absent(lowered, rules.REFERS_BACK_CUES, 0, len(cased)):
                cue = rules.REFERS_BACK_CUE.search
            # (also where every period is a base's: "Revenue was C$291.6 million, up from
            # C$252 million in 1988")
            refers_back = bool(cue(cased)) or (
                any(_is_base(text, a, lowered) for a in amounts)
                and all(behind_a_base(text, sent.local(p.start), amounts) for p in periods)
            )
        when = period_span(
            cased,
            amount,
            phrase,
            period,
            running,
            base=base,
            own=own,
            refers_back=bool(refers_back)
            # a company's result with no period of its own, right after the story's
            # results for a quarter or longer, is of that period ("Revenue rose 12% to $45
            # million" after the quarter's net income)
            or (
                period is None
                and not base
                and running is not None
                and cls in RESULTS_CLASSES
                and (running.results or measure_class(running.measure) in RESULTS_CLASSES)
                and a_quarter_or_longer(running.period)
            ),
            # (not an estimate revised: "cut his estimate for next year to $2 from $3"
            # compares two estimates of one year)
            results=results_base and not estimates,
        )
        if (
            facts
            and (facts[-1].start or facts[-1].end)
            and facts[-1].unit != "percent"
            and rules.OR_BETWEEN.fullmatch(text, last_end, amount.start)
            and (rule == "fact.per_share_elided" or rules.PER_SHARE.match(text, amount.end))
        ):
            # "the year-earlier $4.5 million, or 51 cents a share": the same period a share
            when = (facts[-1].start, facts[-1].end)
        if rule == "fact.conversion":
            # the same value in another currency is of the same period ("rose to 1.16bn euros
            # ($1.5bn; £800m), and it expected growth in 2005": not 2005)
            when = (facts[-1].start, facts[-1].end)
        gap = (last_end, amount.start)  # (since the last fact's amount)
        last_start, last_end = amount.start, amount.end
        if anchors is not None:
            anchors.append(
                not base and not (period is not None and rules.EARLIER_PERIOD.search(period.text))
            )
        seen_classes.add(cls)
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
                    balance_parties(sent, phrase, reporting, ctx.countries, gap)
                    if measure_class(measure) in BALANCE_CLASSES
                    and not (bilateral and _bilateral_balance(text, phrase))
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


def _bilateral_balance(text: str, phrase: tuple[int, int, str]) -> bool:
    """A balance the text itself says is between two sides ("the bilateral trade deficit",
    "the surplus between the two countries"); a bilateral word elsewhere in the sentence
    leaves a country's balance its own ("Japan's trade surplus rose, straining bilateral
    ties with the United States")."""
    start, end, _ = phrase
    return bool(
        rules.PARTY["bilateral_before"].search(text, max(0, start - 40), start)
        or rules.PARTY["between_after"].match(text, end)
    )


# A total -> its price a share, where that price is of it alone (``TOTAL_OF_PER_SHARE``).
_PER_SHARE_OF_TOTAL = {total: each for each, total in TOTAL_OF_PER_SHARE.items()}


def _twin_of(
    text: str, facts: list[Fact], last: tuple[int, int], amount: Amount
) -> tuple[tuple[int, int, str], str] | None:
    """The previous fact's measure (its amount at ``last``) for an amount that restates
    it: a conversion in brackets right after it ("185 pence ($2.90)"), or the base of a
    per-share figure ("to $2 a share from $3"; not of a total's per-share twin: "to $32.9
    million, or 30 cents a share, from $52.2 million" compares the totals), the total of a
    price a share ("$30 a share, or about $450 million") or the base's amount a share with
    "a share" elided ("from $226.5 million, or 78 cents")."""
    if not facts or amount.unit == "percent" or facts[-1].unit == "percent":
        return None
    measure = facts[-1].measure
    if rules.CONVERSION_BETWEEN.fullmatch(text, last[1], amount.start) or (
        facts[-1].rule == "fact.conversion"
        and rules.NEXT_CONVERSION_BETWEEN.fullmatch(text, last[1], amount.start)
    ):
        return (amount.start, amount.start, measure), "fact.conversion"
    if (
        measure.endswith("_per_share")
        and rules.PER_SHARE_BASE_BETWEEN.fullmatch(text, last[1], amount.start)
        and not rules.PER_SHARE.match(text, amount.end)
        and not rules.OR_BEFORE.search(text, max(0, last[0] - 30), last[0])
    ):
        return (amount.start, amount.start, measure), "fact.per_share_base"
    if (
        measure in TOTAL_OF_PER_SHARE
        and (each := rules.PER_SHARE.match(text, last[1]))
        and rules.OR_BETWEEN.fullmatch(
            text, rules.PAID_IN.match(text, each.end()).end(), amount.start
        )
        and amount.value is not None
        and facts[-1].value is not None
        and amount.value > 1000 * facts[-1].value
    ):
        # "for $30 a share, or about $450 million": the same price in all
        return (amount.start, amount.start, TOTAL_OF_PER_SHARE[measure]), "fact.total_of"
    if (
        (each := _PER_SHARE_OF_TOTAL.get(measure))
        and rules.OR_BETWEEN.fullmatch(text, last[1], amount.start)
        and rules.PER_SHARE.match(text, amount.end)
    ):
        # "for $1 million, or $1.35 a share": the same price a share
        return (amount.start, amount.start, each), "fact.total_of"
    if (
        len(facts) > 2
        and rules.OR_BETWEEN.fullmatch(text, last[1], amount.start)
        and amount.value is not None
        and facts[-1].value is not None
        and amount.value * 1000 < facts[-1].value
        and not rules.PER_SHARE.match(text, amount.end)
    ):
        # "to $238.3 million, or 83 cents a share, from $226.5 million, or 78 cents": the
        # base's amount a share, "a share" said once for the first pair
        cls = measure_class(measure)
        for total, each in zip(facts[-3::-1], facts[-2::-1], strict=False):
            if each.measure.endswith("_per_share") and measure_class(total.measure) == cls:
                return (amount.start, amount.start, each.measure), "fact.per_share_elided"
    return None


def _org_moved(sent: Sentence, amount: Amount, names: NamesWritten | None = None) -> bool:
    """An organization named right before a verb of a price's move and the percentage
    ("Singapore Airlines dropped 2.6%", "with Kinki Nippon sliding 1.5%"), or a name
    the sentence opens with that no rule found ("Corus fell 2.2%", ``_first_name``)."""
    for org in reversed(sent.of_kind("org")):
        end = sent.local(org.end)
        if end <= amount.start:
            return amount.start - end <= 40 and bool(
                rules.ORG_MOVED_BETWEEN.fullmatch(sent.text, end, amount.start)
            )
    text = sent.text
    first = rules.FIRST_WORD.match(text)
    return bool(
        first
        and first.end() < amount.start
        and rules.ORG_MOVED_BETWEEN.fullmatch(text, first.end(), amount.start)
        and _first_name(
            text,
            first_word_lowered(text, {sent.local(m.start) for m in sent.of_kind(*ENTITY_KINDS)}),
            names,
        )
    )


class NamesWritten:
    """Which words an article writes as names: capitalized after a lower-case word
    somewhere and never in lower case ("Investors sold Corus"; not "remittances"). Each
    word's answer is read from the text once per article, not once per sentence that
    opens with it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = not re.search(
                rf"\b{re.escape(word.lower())}\b", self.text
            ) and bool(re.search(rf"\b[a-z]+,?\s+{re.escape(word)}\b", self.text))
        return answer


def _first_name(text: str, cased: str, names: NamesWritten | None) -> int:
    """The end of the sentence's first word where it is a name no rule found: a capital
    ``cased`` lowered that the article writes as a name (``names``: "Investors sold Corus
    ... Corus fell 2.2%"; not "Remittances rose 5%" where the story writes
    "remittances"); else 0."""
    first = rules.FIRST_WORD.match(text)
    if not first or cased[first.start(1)] == text[first.start(1)] or names is None:
        return 0
    return first.end() if first.group(1) in names else 0


def _moves_to_a_price(text: str, amount: Amount, amounts: list[Amount]) -> bool:
    """A change in percent right before "to" and a price: an amount under 10,000 in its
    currency, not a price per unit of a good ("to $47 a barrel"); ``amounts`` in text
    order."""
    if amount.unit != "percent":
        return False
    i = bisect_left(amounts, amount.end, key=START)  # (the next amount)
    if i == len(amounts):
        return False
    after = amounts[i]
    return (
        after.unit != "percent"
        and after.value is not None
        and after.value < 10_000
        and rules.TO_PRICE_BETWEEN.fullmatch(text, amount.end, after.start) is not None
        and not rules.PER_UNIT_AFTER.match(text, after.end)
    )


def _is_base(text: str, amount: Amount, lowered: str | None) -> bool:
    """The amount is a comparison base ("from $50.1 million", "compared with 2.42
    billion"; ``lowered``: as for ``rules.absent``)."""
    lo = max(0, amount.start - 80)
    return not rules.absent(lowered, rules.AMOUNT_BASE_CUES, lo, amount.start) and bool(
        rules.AMOUNT_BASE.search(text, lo, amount.start)
    )


def _object_of_flow(text: str, phrase: tuple[int, int, str], amount: Amount) -> bool:
    """The amount is what a flow verb moved or a flow "of" ("bought 1.2 billion dlrs",
    "imports of 5 billion"; not "cut exports by 40 pct")."""
    if phrase[1] > amount.start:
        return False
    gap = rules.FLOW_OBJECT_GAP.fullmatch(text, phrase[1], amount.start)
    return bool(gap) and (
        gap.group().lstrip().startswith("of")
        or bool(rules.FLOW_VERB.fullmatch(text, phrase[0], phrase[1]))
    )


# A sum from which no one share is priced (ten million in any currency; the dearest shares
# trade in the hundreds of thousands): a block of shares' price.
_BLOCK_SUM = 10_000_000


def _a_block(amount: Amount) -> bool:
    """The sum is too large for the price of one share."""
    value = amount.value if amount.value is not None else amount.low
    return value is not None and abs(value) >= _BLOCK_SUM


# At most this many characters from a change to a next "by X" that continues it.
_BY_GAP = 80


def _continues_a_list(text: str, facts: list[Fact], amount: Amount, last_end: int) -> bool:
    """The amount is the next item of a list of changes ("up 64 pct, clothing 57 pct"), or
    a next change by its own "by" ("fallen by 50% against the euro - as well as by 30%")."""
    if not (facts and facts[-1].kind == "change" and facts[-1].unit == amount.unit):
        return False
    if (
        amount.start - last_end <= _BY_GAP
        and rules.BY_BEFORE.search(text, max(last_end, amount.start - 40), amount.start) is not None
    ):
        return True
    return (
        rules.LIST_GAP.fullmatch(text, last_end, amount.start) is not None
        # "closed up four pence at 274.5 pence": a level after "at"/"to", no list item
        and not rules.TO_LEVEL.search(text, last_end, amount.start)
        # "a reduction of 1.4 billion dlrs from the 15.06 billion figure": a base, no item
        and not rules.BASE_CUE.search(text, last_end, amount.start)
    )


# The sentences of a story's lead ("Amdahl Corp. reported a sharp decline in net income for
# its third quarter"), which may name the period of the figures that follow.
_LEAD_SENTENCES = 3


def _lead_period(sent: Sentence) -> tuple[tuple[dt.date, dt.date], str] | None:
    """The period of a quarter or longer and the company result a sentence with no amount
    names ("reported a sharp decline in net income for its third quarter"), if any."""
    periods = [
        (p.value.start, p.value.end)
        for p in sent.of_kind("period")
        if not rules.EARLIER_PERIOD.search(p.text)
    ]
    periods = [p for p in periods if a_quarter_or_longer(p)]
    if not periods:
        return None
    for phrase in measure_phrases(sent.text, sent.lowered):
        if measure_class(phrase[2]) in RESULTS_CLASSES:
            return periods[0], phrase[2]
    return None


def extract_facts(doc: Doc, ctx: ArticleMentions | None = None) -> list[Fact]:
    """Every fact of ``doc``, in text order."""
    ctx = ctx or gather(doc)
    in_skip = skip_test(doc)
    article = text_of(doc)
    sentences = rejoined(ctx.sentences, article)
    names = NamesWritten(article)
    facts: list[Fact] = []
    inherited: Mention | None = None
    running: Running | None = None
    fiscal: Running | None = None  # (the last running period of a quarter or longer)
    reporting = reporting_country(ctx)
    # the balance the story names most, where it is one a bare "deficit" in another
    # sentence may continue (``STORY_BALANCES``; else a bare "deficit" is the nearest
    # balance named in its sentence, or the trade deficit)
    balance: str | None = None
    kinds: Counter[str] = Counter()
    session: tuple[dt.date, int] | None = None  # (the day of the last stock price, its sentence)
    last: tuple[str, int] | None = None  # (the last fact's measure, its sentence)
    for i, sent in enumerate(sentences):
        has_percent = holds_percent(sent.lowered)
        if not has_percent and not sent.of_kind("money"):
            # no money and no percentage: no amount, so no fact (most sentences); a lead
            # that names the results' period sets the story's ("reported a sharp decline
            # in net income for its third quarter")
            if running is None and i < _LEAD_SENTENCES and (lead := _lead_period(sent)):
                running = Running(lead[0], lead[1], i, results=True)
                fiscal = running
            continue
        if in_skip(sent.start, sent.end) and not sent.mentions:
            continue
        near = running if running and i - running.sentence <= RUNNING_SENTENCES else None
        anchors: list[bool] = []
        found = sentence_facts(
            sent,
            ctx,
            inherited,
            has_percent=has_percent,
            running=near,
            fiscal=fiscal,
            reporting=reporting,
            anchors=anchors,
            balance=balance,
            balances=(named := []),
            referent=last[0] if last and last[1] == i - 1 else None,
            names=names,
        )
        if found:
            last = found[-1].measure, i
        if named:
            kinds.update(named)
            (most, n), *rest = kinds.most_common(2)
            balance = most if most in STORY_BALANCES and (not rest or rest[0][1] < n) else None
        # (a stock's move dated by an earlier sentence's session sets no running period)
        timed, session = same_session(found, session, i)
        facts += timed
        dated = [f for f in found if f.start or f.end]
        if found and running is not None:
            running.measure = found[-1].measure
        if dated:
            # the story's running period: its first figure's that is not a comparison's
            # ("from 4 billion in 1985", "a year earlier UniFirst earned"; later ones are
            # mostly bases)
            anchored = [f for f, a in zip(found, anchors, strict=True) if a and (f.start or f.end)]
            first = anchored[0] if anchored else None
            if first and not looks_back(_period_said(sent, first), running):
                results = measure_class(first.measure) in RESULTS_CLASSES
                running = Running((first.start, first.end), found[-1].measure, i, results)
                if a_quarter_or_longer(running.period):
                    fiscal = running
            elif running is not None:
                running.sentence = i
            inherited = _period_said(sent, dated[-1]) or inherited
    return facts


def _period_said(sent: Sentence, fact: Fact) -> Mention | None:
    """The sentence's period mention that gives the fact its period, if any."""
    return next(
        (
            p
            for p in sent.of_kind("period")
            if (p.value.start, p.value.end) == (fact.start, fact.end)
        ),
        None,
    )


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
