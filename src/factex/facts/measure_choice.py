"""Choosing the measure an amount quantifies (a listed phrase or the text's own), the
name it takes with its modifiers, and its kind and sign ("fell 5%").

Over 600 lines because choosing a measure is one decision in a fixed order (a listed
phrase, then the text's own phrase after, of, in, before or as an object): ``measure_of``
orders it, and each reader of an open phrase sits beside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import itemgetter

from factex.calendar_words import DAY_NAMES, MONTH_NAMES
from factex.facts import lexicon, rules
from factex.facts.amounts import NEAR, Amount
from factex.facts.measures import (
    BALANCES,
    BY_NAME,
    MEASURES,
    Measure,
    canonical,
    measure_class,
    snake,
    with_sign,
)
from factex.facts.parties import lower_country
from factex.money.lexicon import WORDS
from factex.organizations.lexicon.cues import INTRO_NOUNS

PHRASE_START = itemgetter(0)  # (of measure phrases)
# The measures whose price a share an amount "for" shares is (``measure_of``).
_PRICED_FOR_SHARES = frozenset(("takeover_offer", "acquisition_price", "offering_size"))


def per_share_after(text: str, amount: Amount) -> bool:
    """The amount is a price a share: "a share" after it, or "each" after shares sold or
    bought at it ("sell 5 million shares at $20 each")."""
    return bool(
        rules.PER_SHARE.match(text, amount.end)
        or (
            rules.EACH_AFTER.match(text, amount.end)
            and rules.SHARES_AT_BEFORE.search(text, max(0, amount.start - 30), amount.start)
        )
    )


# A listed phrase farther than this before a sum does not keep an "in" phrase after it from
# naming the sum's measure (``open_in``).
_FAR = 40


_WORD_BEFORE = re.compile(r"\b([a-z][a-z-]*)\s+$")
_TOKEN = re.compile(r"\S+")
_LOWER_WORD = re.compile(r"[a-z][a-z-]*")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


# The measures a phrase names only with a modifier before it (``Measure.needs_modifier``).
_NEEDS_MODIFIER = frozenset(name for name, m in BY_NAME.items() if m.needs_modifier)
# The measures a good named after "of" names (``Measure.good_after``).
_GOOD_AFTER = frozenset(name for name, m in BY_NAME.items() if m.good_after)
_RATIO_BASES = frozenset(name for name, m in BY_NAME.items() if m.ratio_base)
_CALENDAR_WORD = re.compile(rf"(?:{'|'.join(MONTH_NAMES + DAY_NAMES)})\b", re.IGNORECASE)


# The measures a phrase names right after a place (``Measure.after_place``): the phrase's
# first word (a gate: most sentences lack it), the place and the phrase, and the name.
_AFTER_PLACE = tuple(
    (
        re.match(r"[a-z]+", m.after_place).group(),  # type: ignore[union-attr]
        re.compile(rf"\b([\w.-]+?)(?:'s|’s)?\s+({m.after_place})\b", re.IGNORECASE),
        m.name,
    )
    for m in MEASURES
    if m.after_place
)


def _after_place(text: str, folded: str) -> list[tuple[int, int, str]]:
    """The measure phrases that stand right after a place saying whose economy ("US
    growth", "Japanese growth", "world growth"; not "sales growth", nor an owner's growth
    in a place: "its UK growth").

    >>> _after_place("US growth would reach 4.4%", "us growth would reach 4.4%")
    [(3, 9, 'economic_growth')]
    """
    out = []
    for gate, pattern, name in _AFTER_PLACE:
        if gate not in folded:
            continue
        for m in pattern.finditer(text):
            word = m.group(1)
            if (
                (word[:1].isupper() and lower_country(word.lower()))
                or word.lower() in lexicon.ECONOMY_WORDS
                # (a company's growth in a place: "its UK growth", "Tesco's US growth")
            ) and not rules.OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                out.append((m.start(2), m.end(2), name))
    return out


def measure_phrases(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """Measure phrases of a sentence as (start, end, measure), overlaps removed
    (``lowered``: ``text.lower()``, when the caller has it).

    >>> measure_phrases("The trade surplus and exports")
    [(4, 17, 'trade_surplus'), (22, 29, 'exports')]
    """
    out = []
    pos = 0
    scan, named, folded = rules.MEASURES_SCAN_RE, rules.MEASURES_RE, text
    not_after = rules.NOT_A_MEASURE_AFTER
    if lowered is not None and len(lowered) == len(text):  # (lower() kept every offset)
        scan, named, folded = rules.MEASURES_LOWER_SCAN_RE, rules.MEASURES_LOWER_RE, lowered
        not_after = rules.NOT_A_MEASURE_AFTER_LOWER
    while found := scan.search(folded, pos):
        m = named.match(folded, found.start())  # the same match, named
        pos = m.end()
        name = rules.MEASURE_NAMES[m.lastgroup]
        if (
            stands_as_measure(text, folded, m.start(), pos, not_after)
            and not (
                # a currency after a number is the unit of an amount the money room may not
                # know ("59.2 trillion rupiah"), not a currency's rate
                name == "exchange_rate"
                and rules.NUMBER_BEFORE.search(folded, m.start() - 16, m.start())
            )
            and not (
                name in _NEEDS_MODIFIER
                and not _names_a_rate(text, m.start())
                and not (name in _GOOD_AFTER and _good_after(text, pos))
            )
            and not (
                name in _RATIO_BASES
                and rules.RATIO_BEFORE.search(folded, max(0, m.start() - 40), m.start())
            )
        ):
            out.append((m.start(), pos, name))
    if placed := _after_place(text, folded):
        taken = [(s, e) for s, e, _ in out]
        out += [p for p in placed if not any(s < p[1] and p[0] < e for s, e in taken)]
        out.sort(key=PHRASE_START)
    return out


def _names_a_rate(text: str, start: int) -> bool:
    """A modifier before the head at ``start`` names the measure, and it is no currency
    ("prime rate"; "the yen/dollar rate" is an exchange rate)."""
    word = _modifier_before(text, start)
    return word is not None and _currency_of(word) is None


def stands_as_measure(
    text: str, folded: str, start: int, end: int, not_after: re.Pattern[str]
) -> bool:
    """A measure phrase at ``start:end`` names a measure where it stands: not inside a
    name ("Foreign Trade Minister"), not joined to the word before it ("with-profits";
    a phrase of several words may open on one: "third-quarter net of"), not a modifier
    ("investment bank", "export-led"; ``not_after``: ``rules.NOT_A_MEASURE_AFTER`` or its
    twin for ``folded``, the text or its lower-cased copy)."""
    return (
        not _in_a_name(text, start, text[start:end])
        and (folded[start - 1 : start] != "-" or " " in folded[start:end])
        and not not_after.match(folded, end)
    )


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
    lo = bisect_left(phrases, at, key=PHRASE_START)
    return phrases[lo : bisect_right(phrases, at + NEAR, lo=lo, key=PHRASE_START)]


def measure_of(
    text: str,
    amount: Amount,
    phrases: list[tuple[int, int, str]],
    lowered: str | None = None,
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
    if amount.unit != "percent":
        if rules.UNIT_PRICED.match(text, amount.end) and amount.value == 1:
            return False  # "one pound buying $1.9094": the unit a currency is priced in
        lo = max(0, amount.start - 40)
        if not rules.absent(lowered, rules.CURRENCY_BUYING_CUES, lo, amount.start) and (
            quoted := rules.CURRENCY_BUYING.search(text, lo, amount.start)
        ):
            # "the dollar was buying 104.76 yen": a currency's price in another
            return (quoted.start(1), quoted.end(1), "exchange_rate"), "fact.exchange_rate"
    if amount.unit != "percent" and (issue := _issue_of(text, amount)):
        return issue, "fact.offering"
    if held := _stock_fact(text, amount, lowered):
        return held
    if amount.unit == "percent" and (index := _index_before(text, amount, phrases)):
        return index, "fact.share_index"
    if amount.unit == "percent" and (rate := rules.PER_CURRENCY.match(text, amount.end)):
        # a move "against the euro": a currency's, whatever the subject is called ("the US
        # currency, which had lost 7% against the euro")
        return (rate.start(1), rate.end(1), "exchange_rate"), "fact.exchange_rate"
    if amount.unit == "percent" and (coupon := rules.COUPON_AFTER.match(text, amount.end)):
        return (coupon.start(1), coupon.end(1), "coupon_rate"), "fact.coupon"
    if (
        amount.unit != "percent"
        and (home := rules.HOME_AFTER.match(text, amount.end))
        and rules.SENT_BEFORE.search(text, max(0, amount.start - 40), amount.start)
    ):
        # "sent a record $16.6bn home": what migrants send home
        return (home.end() - 4, home.end(), "remittances"), "fact.sent_home"
    # (over "a share": "a $15 a share offer", "a C$30-a-share bid")
    per_share = rules.PER_SHARE.match(text, amount.end)
    end = per_share.end() if per_share else amount.end
    if bracket := rules.BRACKET_AFTER.match(text, end):
        end = bracket.end()  # (past its conversion: "a 331bn yen ($2.7bn) profit")
    near = _starting_near(phrases, end)
    for i, phrase in enumerate(near):
        if rules.RIGHT_AFTER.fullmatch(text, end, phrase[0]):
            # the head of a compound is its last phrase ("a 25% stock dividend")
            while i + 1 < len(near) and not text[phrase[1] : near[i + 1][0]].strip():
                i += 1
                phrase = near[i]
            return phrase, "fact.measure_after"
    after = rules.MEASURE_AFTER.match(text, amount.end)
    if after:
        gap = rules.ADJECTIVES_GAP if amount.unit == "percent" else rules.OWNER_ADJECTIVES_GAP
        for phrase in _starting_near(phrases, after.end()):
            if gap.fullmatch(text, after.end(), phrase[0]):
                return phrase, "fact.measure_of"
    if rules.WORTH_OF.match(text, amount.end) and rules.GOODS_UNDER.search(
        text, max(0, amount.start - 60), amount.start
    ):
        return False  # "tariffs on $125 billion worth of Chinese goods" names the goods
    lo = max(0, amount.start - 120)
    if (
        amount.unit != "percent"
        and text.find("for", lo, amount.start) >= 0  # (the pattern ends on "for")
        and (sold := rules.ACQUISITION_BEFORE.search(text, lo, amount.start))
    ):
        return (sold.start(), sold.end(), "acquisition_price"), "fact.acquisition"
    if (
        amount.unit != "percent"
        and (paid := rules.PAY_BEFORE.search(text, max(0, amount.start - 40), amount.start))
        and rules.PAID_FOR_AFTER.match(text, amount.end)
    ):
        # "paid £1bn for the chain": the price paid for a company
        return (paid.start(), paid.end(), "acquisition_price"), "fact.paid_for"
    priced_a_share = amount.unit != "percent" and per_share_after(text, amount)
    if priced_a_share and (
        paid := rules.HOLDERS_RECEIVE_BEFORE.search(text, max(0, amount.start - 90), amount.start)
    ):
        # "holders will receive $21 in cash a share": the price paid for the company
        return (paid.start(), paid.end(), "acquisition_price"), "fact.holders_receive"
    if (
        amount.unit != "percent"
        and rules.FOR_EACH_SHARE_AFTER.match(text, amount.end)
        and (paid := rules.PAY_BEFORE.search(text, max(0, amount.start - 40), amount.start))
    ):
        # "agreed to pay $19 and one-eighth QVC share for each of CVN's shares"
        return (paid.start(), paid.end(), "acquisition_price_per_share"), "fact.for_each_share"
    if priced_a_share and (
        term := rules.CONVERTIBLE_AT_BEFORE.search(text, max(0, amount.start - 100), amount.start)
    ):
        # "convertible into Meridian common stock at $2 a share": the conversion price
        name = (
            "conversion_price" if term.group(1).lower().startswith("conver") else "exercise_price"
        )
        return (term.start(1), term.end(1), name), "fact.convertible_at"
    bound = None  # (a bound named alone, kept for when no other measure is found)
    for finder, rule in (
        (open_after, "fact.open_after"),
        (open_before, "fact.open_before"),
        (open_object, "fact.open_object"),
    ):
        found = finder(text, amount.end if finder is open_after else amount.start)
        if found and found[2] in lexicon.BOUND_HEADS:
            # "a ceiling of 108 billion dlrs", "the 150 yen barrier": a bound names no
            # measure; the one the sentence names elsewhere is looked for first
            bound = bound or (found, rule)
            continue
        if found:
            # a listed phrase inside the text's phrase names it ("the current account
            # deficit of X"): the table's name, with its synonyms applied
            listed = [
                p
                for p in _starting_near(phrases, found[0] - 40)
                if p[0] < found[1] and p[1] > found[0]
            ]
            if listed and finder is open_object:
                continue  # (the listed phrase is the nearest before it: "cut its dividend by")
            if listed:
                return listed[-1], rule.replace("open", "measure")
            if finder is open_before and (head := _head_of(text, phrases, found[0])):
                return head, "fact.measure_before"  # "imports of US soybeans fell to X"
            if (
                finder is open_after
                and amount.unit == "percent"
                and found[2] == "interest"
                and rules.HOLDING_IN_AFTER.match(text, found[1])
            ):
                # "a 50% interest in the new company": a holding
                return (found[0], found[1], "stake"), "fact.stake"
            return found, rule
    i = bisect_left(phrases, amount.start, key=PHRASE_START)  # the phrases starting before it
    while i and phrases[i - 1][1] > amount.start:
        i -= 1
    if amount.unit != "percent" and (settle := rules.SETTLE_AFTER.match(text, amount.end)):
        # "agreed to pay $850m (£415m) to settle a lawsuit": the settlement's value
        return (settle.start(1), settle.end(1), "settlement"), "fact.settlement"
    if (
        amount.unit != "percent"
        and (not i or amount.start - phrases[i - 1][1] > _FAR)
        and (found := open_in(text, amount.end))
    ):
        # "paid $78.8 million in taxes": what the sum is counted in, where no listed
        # phrase stands close before it ("invested $5 million in new plant" is investment)
        return found, "fact.open_in"
    while i and _in_an_aside(text, phrases[i - 1], amount.start, relative=i > 1):
        i -= 1  # "consumer spending - which drives two thirds of the economy - grew 0.2%"
    if (
        i > 1
        and rules.HEAD_OF.fullmatch(text, phrases[i - 2][1], phrases[i - 1][0])
        # (not a bare balance, the head after its owner: "current account balance of
        # payments deficit")
        and not rules.BARE_BALANCE.fullmatch(text, phrases[i - 1][0], phrases[i - 1][1])
    ):
        i -= 1  # the head of "investment in fixed assets", "the surplus on the current account"
    if i and not _cannot_measure(amount, phrases[i - 1][2]):
        if (
            phrases[i - 1][2] == "share_price"
            and amount.unit != "percent"
            and rules.SHARES_FOR.fullmatch(text, phrases[i - 1][1], amount.start)
            and per_share_after(text, amount)
        ):
            # "an offer to buy 22 million shares for $125 apiece": the offer's (or the
            # acquisition's) price a share, not the stock's price
            for phrase in reversed(phrases[: i - 1]):
                if phrase[2] in _PRICED_FOR_SHARES:
                    return phrase, "fact.price_for_shares"
        return phrases[i - 1], "fact.measure_before"
    lo, hi = max(0, amount.start - 200), amount.end + 200
    if (
        amount.unit != "percent"
        and not rules.absent(lowered, rules.STOCK_TRADING_CUES, lo, hi)
        and (trading := rules.STOCK_TRADING.search(text, lo, hi))
    ):
        # no measure named in a sentence about a stock's trading: its price
        return (trading.start(), trading.end(), "share_price"), "fact.stock_trading"
    # last, the text's phrase after "of" (not after a listed verb: "bought $5 million of
    # wheat" is a purchase; not a percentage: "5% of voting rights" is a share of them)
    if amount.unit != "percent" and (found := open_of(text, amount.end)):
        return found, "fact.open_of"
    if amount.unit != "percent" and (paid := _paid_as(text, amount)):
        return paid

    if (
        priced_a_share
        and not rules.absent(
            lowered, ("propos", "pact", "merger", "transaction", "plan"), lo, amount.start
        )
        and (terms := rules.TERMS_BEFORE.search(text, lo, amount.start))
    ):
        # "the value of the BellSouth proposal at about $115 to $125 a share"
        return (terms.start(), terms.end(), "acquisition_price_per_share"), "fact.terms_a_share"
    if amount.unit != "percent" and (fund := rules.FUND_NAME_AFTER.match(text, amount.end)):
        # "The $1.5 billion Fidelity High Income Fund": the fund's size
        return (fund.start(), fund.end(), "assets"), "fact.fund_size"
    if (
        amount.unit == "percent"
        and "fund" in text[max(0, amount.start - 50) : amount.start]
        and (fund := rules.FUND_MOVED_BEFORE.search(text, max(0, amount.start - 50), amount.start))
    ):
        # "the Vanguard fund rose 1.84%": a fund's move is its return
        return (fund.start(), fund.start() + 4, "total_return"), "fact.fund_moved"
    if amount.unit == "percent" and (of := rules.RATIO_OF_AFTER.match(text, amount.end)):
        # a percentage of GDP with no other measure named: GDP's, as the only one there
        base = rules.MEASURES_RE.match(text, of.end())
        if base and (name := rules.MEASURE_NAMES[base.lastgroup]) in _RATIO_BASES:
            return (base.start(), base.end(), name), "fact.ratio_of"
    return bound


def _head_of(
    text: str, phrases: list[tuple[int, int, str]], at: int
) -> tuple[int, int, str] | None:
    """The listed phrase whose complement after "of" starts at ``at``: the head of the
    noun phrase ("imports of US soybeans" -> imports; "exports of Japanese cars").

    >>> text = "China's imports of US soybeans fell"
    >>> _head_of(text, [(8, 15, "imports")], 22)
    (8, 15, 'imports')
    """
    i = bisect_left(phrases, at, key=PHRASE_START)
    if i and rules.COMPLEMENT_OF.fullmatch(text, phrases[i - 1][1], at):
        return phrases[i - 1]
    return None


def _in_an_aside(
    text: str, phrase: tuple[int, int, str], at: int, *, relative: bool = True
) -> bool:
    """The phrase stands in an aside between dashes, in brackets or in a relative clause
    between commas that closes before ``at``: what the aside says is not what the
    sentence goes on to measure (``relative``: whether a relative clause counts, where
    another phrase stands before it to take its place).

    >>> text = "Output - the target of curbs on investment - grew 5%"
    >>> _in_an_aside(text, (30, 40, "investment"), 48), _in_an_aside(text, (0, 6, "output"), 48)
    (True, False)
    >>> text = "The surplus, which measures trade in goods, rose to 4 pct"
    >>> _in_an_aside(text, (28, 33, "trade_turnover"), 52)
    True
    """
    start, end, _ = phrase
    closes = text.find(",", end, at)
    if (
        relative
        and closes >= 0
        and not rules.OR_AND.match(text, closes + 1)  # (", or C$37 a share" goes on)
        and (which := rules.RELATIVE_OPENS.search(text, max(0, start - 200), start))
        and "," not in text[which.end() : start]
    ):
        return True  # ("the surplus, which measures trade in goods, amounted to 4 pct")
    if ")" in text[end:at]:
        opened = text.rfind("(", 0, start)
        if opened >= 0 and text.find(")", opened, start) < 0:
            return True
    return (
        bool(rules.DASH.search(text, end, at)) and len(rules.DASH.findall(text, 0, start)) % 2 == 1
    )


def _cannot_measure(amount: Amount, name: str) -> bool:
    """The amount cannot be a value of the measure: a sum of money of a rate, or of a
    million or more of a price per unit ("the fall in oil prices accounted for 33.2
    billion dlrs" of a rise)."""
    measure = BY_NAME.get(name)
    if measure is None or amount.unit == "percent":
        return False
    size = amount.value or amount.high or amount.low or 0
    return measure.percent_only or (measure.per_unit and size >= 1e6)


def _stock_fact(
    text: str, amount: Amount, lowered: str | None = None
) -> tuple[tuple[int, int, str], str] | None:
    """A stock's closing price or the day's change after it ("Primerica closed at $28.25,
    down 50 cents"), or a percentage held of a company ("owns 51% of POP's shares", "a
    30%-owned unit"): the verb is the measure's phrase.

    >>> text = "Cineplex closed at $11, down 25 cents"
    >>> _stock_fact(text, Amount(29, 37, 0.25, None, None, "USD", "exact"))
    ((24, 28, 'share_price'), 'fact.closing_change')
    """
    window = max(0, amount.start - 80)
    if amount.unit != "percent":
        closes = not rules.absent(lowered, rules.CLOSING_CUES, window, amount.start)
        if (
            closes
            and (closing := rules.CLOSING_BEFORE.search(text, window, amount.start))
            and not rules.PER_UNIT_AFTER.match(text, amount.end)
            and not rules.NOT_A_STOCK_BEFORE.search(text, window, closing.start())
        ):
            return (closing.start(), closing.end(), "share_price"), "fact.closing_price"
        if (
            closes and (change := rules.CLOSING_CHANGE_BEFORE.search(text, window, amount.start))
        ) and not rules.NOT_A_STOCK_BEFORE.search(text, window, change.start()):
            return (change.start(1), change.end(1), "share_price"), "fact.closing_change"
        if (close := rules.TO_CLOSE_AFTER.match(text, amount.end)) and not (
            rules.NOT_A_STOCK_BEFORE.search(text, window, amount.start)
        ):
            return (close.end() - 2, close.end(), "share_price"), "fact.closing_change"
        return None
    verb = (
        None
        if rules.absent(lowered, rules.STAKE_VERB_CUES, window, amount.start)
        else rules.STAKE_VERB_BEFORE.search(text, window, amount.start)
    )
    if (
        (verb and rules.STAKE_OF_AFTER.match(text, amount.end))
        or rules.OWNED_AFTER.match(text, amount.end)
        # (whatever the verb: "The sale represents 10.2% of Meridian's shares outstanding")
        or rules.OF_SHARES_OUTSTANDING.match(text, amount.end)
        or (
            rules.PASSIVE_STAKE_BEFORE.search(text, window, amount.start)
            and rules.STAKE_BY_AFTER.match(text, amount.end)
        )
    ):
        start = verb.start() if verb else amount.end
        return (start, start, "stake"), "fact.stake"
    if (
        (has := rules.HAS_BEFORE.search(text, window, amount.start))
        and rules.HAS_OF_AFTER.match(text, amount.end)
    ) or (
        (has := verb)
        and rules.HOLDS_BEFORE.search(text, has.start(), amount.start)
        and rules.HOLDS_END_AFTER.match(text, amount.end)
    ):
        # "Shanda has 20% of Sina", "TCI, which holds about 5%, has made a request"
        return (has.start(), has.start(), "stake"), "fact.stake"
    if (
        rules.BRACKETED_BEFORE.search(text, max(0, amount.start - 40), amount.start)
        and rules.BRACKETED_AFTER.match(text, amount.end)
        and lowered is not None
        and any(
            cue in lowered[max(0, amount.start - 150) : amount.end + 150]
            for cue in rules.HOLDERS_NEAR
        )
    ):
        # "The other main shareholders of EADS are the French government (15%)"
        return (amount.start, amount.start, "stake"), "fact.stake"
    return None


def _paid_as(text: str, amount: Amount) -> tuple[tuple[int, int, str], str] | None:
    """A sum the verb before it names, where nothing else is named: what a claimant sues
    for ("sued the Russian government for $28.3bn": damages) or a sum paid to a payee
    ("had to pay former partner Fiat 1.55bn euros": payment; not "paid $5m for licences").

    >>> sum_ = Amount(26, 31, 2e10, None, None, "USD", "exact")
    >>> _paid_as("Yukos sued four firms for $20bn", sum_)
    ((6, 6, 'damages'), 'fact.sued_for')
    """
    lo = max(0, amount.start - 60)
    if "su" in text[lo : amount.start] and (
        sued := rules.SUED_FOR_BEFORE.search(text, lo, amount.start)
    ):
        return (sued.start(), sued.start(), "damages"), "fact.sued_for"
    if (
        "pa" in text[lo : amount.start]
        and (paid := rules.PAY_TO_BEFORE.search(text, lo, amount.start))
        and not rules.NOT_PAYMENT_AFTER.match(text, amount.end)
    ):
        return (paid.start(), paid.start(), "payment"), "fact.payment"
    if "sav" in text[lo : amount.start] and (
        saved := rules.SAVE_BEFORE.search(text, lo, amount.start)
    ):
        return (saved.start(), saved.start(), "savings"), "fact.savings"
    return None


def _index_before(
    text: str, amount: Amount, phrases: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """A stock index whose move a percentage is ("the Nikkei down 1% in afternoon
    trade", "the DAX index lost 4%"), with no other measure phrase between them.

    >>> at = Amount(19, 21, 4, None, None, "percent", "exact")
    >>> _index_before("The DAX index lost 4%.", at, [])
    (4, 13, 'share_index')
    """
    found = rules.INDEX_BEFORE.search(text, max(0, amount.start - 120), amount.start)
    if found is None:
        return None
    i = bisect_left(phrases, found.end(), key=PHRASE_START)
    if i < len(phrases) and phrases[i][0] < amount.start:
        return None  # "the Nikkei fell and exports rose 5%"
    return found.start(), found.end(), "share_index"


def _issue_of(text: str, amount: Amount) -> tuple[int, int, str] | None:
    """The issue of securities an amount is the size of: the object of a verb of issuing
    naming what is issued ("sold $150 million of senior notes"), or what a listing or a
    sale raised ("raised $200 million in its initial public offering").

    >>> at = Amount(14, 26, 1e8, None, None, "USD", "exact")
    >>> _issue_of("It will offer 100 mln dlrs of notes", at)
    (30, 35, 'offering_size')
    >>> _issue_of("It will clear 100 mln dlrs of notes", at) is None
    True
    """
    window = max(0, amount.start - 60)
    for verb, what in (
        (rules.ISSUE_VERB_BEFORE, rules.SECURITIES_AFTER),
        (rules.RAISE_BEFORE, rules.LISTING_AFTER),
    ):
        # (what follows first: one anchored match, where the verb is searched for)
        if (found := what.match(text, amount.end)) and verb.search(text, window, amount.start):
            return found.start(1), found.end(1), "offering_size"
    if per_share_after(text, amount) and (
        new := rules.NEW_SHARES_AT.search(text, max(0, amount.start - 100), amount.start)
    ):
        # "sell 500 million new shares at up to HK$188 each": the offering's price a share
        return new.start(1), new.end(1), "offering_size"
    if "for" in text[window : amount.start] and (
        # the company's own shares sold for it: "sold 750,000 shares of its common stock
        # to the McAlpine family interests, for $1 million"
        own := rules.OWN_SHARES_SOLD_FOR.search(text, max(0, amount.start - 140), amount.start)
    ):
        return own.start(1), own.end(1), "offering_size"
    return None


def _currency_of(word: str) -> str | None:
    """The ISO code of a currency word, where the word alone tells it ("dollar": USD)."""
    word = word.lower()
    return "USD" if word.startswith("dollar") else WORDS.get(word) or WORDS.get(word.rstrip("s"))


def _open_name(words: list[str]) -> str | None:
    """The measure an open phrase names (its words, stop words removed), or None when
    its head names goods, units or a company.

    >>> _open_name(["military", "debt"]), _open_name(["chinese", "goods"])
    ('military_debt', None)
    """
    if not words or words[-1] in lexicon.GOODS_HEADS or words[-1] in INTRO_NOUNS:
        return None  # (goods; a company: "the ... petroleum services concern was $19.2m")
    return canonical(snake(" ".join(words)))


def _is_verb_ing(word: str) -> bool:
    """A word in -ing that is a verb or adjective, not a noun that tells a measure apart
    ("seeking", "rising"; not "manufacturing", "non-performing", "nonrecurring")."""
    return word.endswith("ing") and word not in lexicon.ING_MODIFIERS and word[:3] != "non"


def _is_content(word: str) -> bool:
    return (
        word not in lexicon.NOT_MEASURE_WORDS
        and word not in lexicon.IRREGULAR_PAST
        and not word.endswith(("ly", "ed"))
    )


# The nouns of a change after a value ("a 3% improvement"): no measure's name.
_CHANGE_NOUNS = frozenset(w for w in lexicon.RISE_AFTER + lexicon.FALL_AFTER if " " not in w)
# ... of which those that are no measure of their own before "of" ("a pay increase of";
# not "a pretax gain of $13.7 million", a gain)
_CHANGE_NOUNS_PLURAL = (_CHANGE_NOUNS | {f"{w}s" for w in _CHANGE_NOUNS}) - {
    "gain",
    "gains",
    "boost",
    "boosts",
}
_DETERMINERS = frozenset(["a", "an", "the", "its", "their", "his", "her", "this", "that"])


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
    if words and words[0] in _CHANGE_NOUNS:
        return None  # a change names what changes, not itself ("a 0.2% slip in sales")
    name = _open_name(words)
    return (m.start(1), end, name) if name else None


def open_of(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase after an amount and "of" ("8 million guilders of
    extraordinary charges in the quarter" -> extraordinary_charges, "$150 million of 6.5%
    convertible subordinated debentures"); none for goods or a determiner ("$5 million of
    goods", "$10 million of the loan").

    >>> open_of("8 mln guilders of extraordinary charges in May", 14)
    (18, 39, 'extraordinary_charges')
    >>> open_of("5 mln dlrs of Chinese goods", 10) is None
    True
    >>> open_of("150 mln dlrs of 6.5% convertible subordinated debentures due 2011", 12)
    (21, 56, 'convertible_subordinated_debentures')
    """
    return _open_linked(text, rules.OF_AFTER.match(text, at), frozenset())


def open_in(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase after a sum and "in" ("$78.8 million in taxes during
    the quarter" -> taxes, "$172.5 million in subordinated convertible debentures"); none
    for how it is paid or a fixed phrase ("$21 in cash", "$4 million in exchange for"),
    nor where the phrase goes on past three words.

    >>> open_in("paid 5 mln dlrs in taxes during the year", 15)
    (19, 24, 'taxes')
    >>> open_in("sold 5 mln dlrs in subordinated convertible debentures due 1999", 15)
    (19, 54, 'subordinated_convertible_debentures')
    >>> open_in("got 5 mln dlrs in cash", 14) is None
    True
    >>> open_in("hit 5 mln dlrs in thin New York trade", 14) is None
    True
    """
    return _open_linked(text, rules.IN_AFTER.match(text, at), lexicon.NOT_MEASURED_IN)


def _open_linked(
    text: str, link: re.Match[str] | None, not_measured: frozenset[str]
) -> tuple[int, int, str] | None:
    """The open phrase after a linking word's match ("of", "in"): its words up to one that
    links or dates, none ending it that only modifies ("in scheduled payments"), none
    where ``not_measured`` (what a link's object may be that it does not measure) opens
    or ends it, nor where the phrase goes on past what was read."""
    m = rules.OPEN_AFTER.match(text, link.end()) if link else None
    if m is None:
        return None
    kept: list[tuple[str, int]] = []  # (word, its end)
    for w in rules.WORD.finditer(m.group(1)):
        if w.group() in lexicon.NOT_MEASURE_WORDS or w.group() in lexicon.IRREGULAR_PAST:
            break  # (a verb: "$5 million of debt fell")
        kept.append((w.group(), m.start(1) + w.end()))
    # (a participle or adverb may modify the head, not be it: "in scheduled payments")
    while kept and kept[-1][0].endswith(("ed", "ly")):
        kept.pop()
    if not kept or {kept[0][0], kept[-1][0]} & not_measured:
        return None
    end = kept[-1][1]
    if rules.NAME_AFTER.match(text, end):
        return None  # a name goes on with it ("hit $1.3516 in thin New York trade")
    after = rules.WORD_AFTER.match(text, end)
    if after and _is_content(after[1]) and not kept[-1][0].endswith("s"):
        # the phrase goes on past what was read ("in senior subordinated convertible
        # debentures"); a plural ends it ("in debentures due 1999")
        return None
    name = _open_name([w for w, _ in kept])
    return (m.start(1), end, name) if name else None


def open_before(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase before an amount, linked to it by "of" or a verb of
    level ("net interest income of X", "the wheat bill totalled X").

    >>> open_before("Its net interest income was 5 mln dlrs", 28)
    (4, 23, 'net_interest_income')
    """
    lo = max(0, at - 120)
    # (the words alone first: most amounts have no link before them, and their offsets
    # are found only when one does; ``split`` cuts where ``_TOKEN`` does)
    words = text[lo:at].split()
    # from the amount back: hedges ("more than"), the link ("amounted to"), the phrase
    i = len(words)
    linked = False
    while i and not linked:
        one = words[i - 1]
        two = f"{words[i - 2]}_{one}" if i > 1 else ""
        if two in lexicon.OPEN_HEDGES or (two in lexicon.OPEN_LINKS):
            linked = two in lexicon.OPEN_LINKS
            i -= 2
        elif one in lexicon.OPEN_HEDGES or one in lexicon.OPEN_LINKS:
            linked = one in lexicon.OPEN_LINKS
            i -= 1
        else:
            return None
    if (
        linked
        and i > 2
        and words[i] == "of"
        and words[i - 1] in _CHANGE_NOUNS_PLURAL
        and words[i - 3].lower() in _DETERMINERS
    ):
        i -= 1  # the one noun before a noun of change ("a pay increase of 3.2%")
    skipped = 0  # (at most three: "will now go up by", "had increased by")
    while (
        linked
        and i
        and skipped < 3
        and (words[i - 1] in _LINK_ADVERBS or words[i - 1] in _AUXILIARIES)
    ):
        i -= 1  # ("Remittances now represent", "air travel in India had increased by")
        skipped += 1
    if linked and i and words[i - 1][:1].isupper():
        i = _before_named_complement(words, i)  # "Remittances to Latin America reached"
    run = i  # the lowercase words before the link (at most three)
    while run > i - 3 and run and _LOWER_WORD.fullmatch(words[run - 1]):
        run -= 1
    if not linked or run == i:
        return None
    if (
        i - run < 3
        and run
        and words[run - 1][-1:].islower()
        # (an owner's possessive is no name going on: "The company's backlog rose to"; a
        # year's is a period's: "2003's imbalance of $496.5bn" restates the measure before)
        and not (words[run - 1].endswith(("'s", "’s")) and not words[run - 1][:1].isdigit())
    ):
        return None  # the words go on from a name ("Mediterranean states", "Norton had net")
    tokens = [(t.start(), t.end(), t.group()) for t in _TOKEN.finditer(text, lo, at)]
    keep: list[tuple[int, int, str]] = []
    for token in reversed(tokens[run:i]):
        # ("profit per passenger": "per" joins two words of one measure)
        if not _is_content(token[2]) and not (token[2] == "per" and keep):
            break
        keep.insert(0, token)
    if keep and keep[0][2] == "per":
        keep.pop(0)
    if not keep or (len(keep) < i - run and not _is_content(tokens[i - 1][2])):
        return None
    if (
        # (a participle's phrase is its own head: "magnified by nonrecurring charges totaling")
        words[i] not in _PARTICIPLE_LINKS
        and rules.COMPLEMENT_BEFORE.search(text, max(0, keep[0][0] - 30), keep[0][0])
        and not (
            # (what a thing has or costs is measured: "stock with a face value of $39
            # million", "at a cost of $5 million")
            words[i] == "of"
            and rules.HAVING_BEFORE.search(text, max(0, keep[0][0] - 12), keep[0][0])
        )
    ):
        return None  # "the trade turnover between the two countries amounted to"
    while len(keep) > 1 and _is_verb_ing(keep[0][2]):
        keep.pop(0)  # a verb whose object the phrase is ("seeking damages of $20bn")
    if len(keep) > 1 and rules.INFINITIVE_BEFORE.search(text, max(0, keep[0][0] - 12), keep[0][0]):
        keep.pop(0)  # ... or after a modal ("could require borrowing of up to $4.5bn")
    name = _open_name([w[2] for w in keep])
    return (keep[0][0], keep[-1][1], name) if name else None


# Links that are participles after the phrase they measure ("charges totaling $23.5m").
_PARTICIPLE_LINKS = frozenset(["totaling", "totalling"])
# Adverbs of time between an open phrase and its verb ("Remittances now represent").
_LINK_ADVERBS = frozenset(["now", "still", "already", "currently", "also"])
# Auxiliaries between an open phrase and its verb of level ("had increased by").
# (and the verb of "go up by": "Gas bills will go up by 12.4%")
_AUXILIARIES = frozenset(
    ("has", "have", "had", "will", "would", "could", "may", "might", "should", "can")
) | frozenset(("go", "goes", "went", "gone"))
# The prepositions of a place or partner after a measure ("remittances to Latin America",
# "air travel in India", "sales from Asia") and the words a name it governs may hold.
_COMPLEMENT_PREPOSITIONS = frozenset(["to", "in", "at", "from", "within", "across"])
_IN_A_NAME = frozenset(["the", "and", "of", "&"])
# At most this many words in the name a complement governs.
_COMPLEMENT_WORDS = 6


def _before_named_complement(words: list[str], i: int) -> int:
    """Where an open phrase ends when a name governed by a preposition stands between it
    and its verb ("Remittances to Latin America and the Caribbean reached"): the index of
    the preposition; else ``i`` (the name's own words are no measure).

    >>> words = "Remittances to Latin America and the Caribbean reached".split()
    >>> words[_before_named_complement(words, 7) - 1]
    'Remittances'
    >>> _before_named_complement("said Thomson Reuters reached".split(), 3)
    3
    """
    j = i
    while j > 0 and i - j < _COMPLEMENT_WORDS:
        word = words[j - 1]
        if word in _COMPLEMENT_PREPOSITIONS:
            # (a capitalized word opens the name: not "in the first quarter")
            k = j + 1 if j < i and words[j] == "the" else j
            return j - 1 if k < i and words[k][:1].isupper() else i
        if not (word[:1].isupper() and word[-1:].isalpha()) and word not in _IN_A_NAME:
            return i
        j -= 1
    return i


def open_object(text: str, at: int) -> tuple[int, int, str] | None:
    """The text's own measure phrase that a verb of change moved by the amount at ``at``:
    its object, after an owner ("reduced Nissan's overheads by 20%" -> overheads).

    >>> open_object("China increased its generating capacity by 12.6%", 43)
    (20, 39, 'generating_capacity')
    >>> open_object("It cut the number of flights by 5%", 32) is None
    True
    """
    if "by" not in text[max(0, at - 30) : at]:
        return None  # (the pattern ends on "by" and its hedges)
    m = rules.OBJECT_BY_BEFORE.search(text, max(0, at - 80), at)
    if m is None:
        return None
    words = m.group(1).split()
    if not all(_is_content(w) for w in words) or (
        # a word the table reads as a measure only after a modifier ("raised rates by")
        (listed := rules.MEASURES_RE.fullmatch(m.group(1)))
        and rules.MEASURE_NAMES[listed.lastgroup] in _NEEDS_MODIFIER
    ):
        return None
    name = _open_name(words)
    return (m.start(1), m.end(1), name) if name else None


def name_of(text: str, amount: Amount, phrase: tuple[int, int, str]) -> str:
    """The measure's name with the modifiers the text gives it: a named good before a
    goods measure ("rice exports" -> rice_exports), per share ("offered 17 dlrs a share"
    -> offer_price_per_share), a percentage of a charge ("15% tariffs" -> tariff_rate)."""
    start, _, name = phrase
    measure = BY_NAME.get(name)
    if per_share_after(text, amount):
        if measure is None:
            # an open measure's amount a share ("a shareholder payout of $6 per share"),
            # or one already named so (``fact.per_share_of``)
            return name if name.endswith("_per_share") else f"{name}_per_share"
        return measure.per_share or "share_price"
    if measure is None:
        return name
    if amount.unit == "percent" and measure.percent_name:
        return measure.percent_name
    head = text[start : phrase[1]]
    if measure.modifiers and _is_noun(head, measure) and (word := _modifier_before(text, start)):
        # "consumer spending", "industrial production": the text's own head
        return canonical(snake(f"{word} {head}"))
    goods = measure.goods and not head.endswith(("ed", "ing"))  # (not a verb)
    if goods and (word := _modifier_before(text, start)):
        return canonical(snake(f"{word} {measure.goods_head or name}"))
    if goods or measure.good_after:
        # "imports of crude oil", "the price of gold" (not for a value of a list that names
        # its own item: "exports of jewellery rose 64 pct, clothing 57 pct")
        item = _WORD_BEFORE.search(text, max(0, amount.start - 30), amount.start)
        if not (item and _is_content(item.group(1))) and (good := _good_after(text, phrase[1])):
            return canonical(snake(f"{good} {measure.goods_head or name}"))
    return name


def _is_noun(head: str, measure: Measure) -> bool:
    """A measure phrase that is a noun, not a verb ("spending", not "spent" or "invested")."""
    head = head.lower()
    return not (
        head.endswith("ed")
        or (head.endswith("ing") and head != measure.name)
        or head in lexicon.MEASURE_VERBS
    )


def _modifier_before(text: str, start: int) -> str | None:
    """The word right before a measure phrase at ``start`` that tells the measure apart
    ("rice" exports, "consumer" spending, "manufacturing" output), if there is one: not a
    word that says whose, when or how much, a verb or a judgement ("strong sales",
    "boost profits", "full-year profit").

    >>> _modifier_before("the consumer spending", 13), _modifier_before("strong sales", 7)
    ('consumer', None)
    """
    before = rules.MODIFIER_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return None
    word = before.group(1)
    if (
        not _is_content(word)
        or word in lexicon.GOODS_HEADS
        or word in lexicon.NOT_MODIFIERS
        or lower_country(word)  # (whose, in a wire in lower case: "colombian exports")
        or _is_verb_ing(word)  # ("rising exports"; not "non-performing loans")
        or rules.PERIOD_WORD.fullmatch(word)
        or rules.INFINITIVE_BEFORE.search(text, max(0, before.start() - 12), before.start())
    ):
        return None
    return word


def _good_after(text: str, at: int) -> str | None:
    """The named good after a goods measure phrase: "imports of crude oil" -> "crude oil";
    none for an owner, an amount or goods in general ("exports of the EC", "imports of
    5 billion", "exports of manufactured goods").

    >>> _good_after("imports of crude oil rose", 7), _good_after("exports of about 5 mln", 7)
    ('crude oil', None)
    """
    m = rules.GOODS_OF.match(text, at)
    if not m:
        return None
    words: list[str] = []
    for w in rules.WORD.finditer(m.group(1)):
        if not _is_content(w.group()):
            break
        words.append(w.group())
    if not words or words[-1] in lexicon.GOODS_HEADS or words[-1].endswith("ing"):
        return None
    return " ".join(words)


def kind_of(text: str, amount: Amount, lowered: str | None = None) -> tuple[str, int]:
    """("level", 1) or ("change", +1/-1) from the words around the amount
    (``lowered``: ``text.lower()``, when ``patterns.lowers_simply`` holds for it).

    >>> a = Amount(13, 15, 5, None, None, "percent", "exact")
    >>> kind_of("Exports fell 5% in May", a), kind_of("", a, "exports fell 5% in may")
    (('change', -1), ('change', -1))
    >>> kind_of("Exports rose to 5% in May", Amount(16, 18, 5, None, None, "percent", "exact"))
    ('level', 1)
    """
    subject, k = (text, rules.KIND) if lowered is None else (lowered, rules.KIND_LOWER)
    before = subject[max(0, amount.start - 60) : amount.start]
    after = subject[amount.end : amount.end + 40]
    # (the comma and "of" those patterns need)
    if "," in before and (day := rules.CLOSING_CHANGE_BEFORE.search(before)):
        return "change", 1 if day.group(1).lower() == "up" else -1  # "closed at $11, off 25"
    has_of = lowered is None or "of" in before
    if has_of and k.fall_of.search(before):
        return "change", -1
    if has_of and k.rise_of.search(before):
        return "change", 1
    if k.to_level.search(before) or k.phrasal_up.search(before):
        return "level", 1
    if rules.THRESHOLD.match(subject, amount.start) or rules.THRESHOLD.search(before):
        return "level", 1
    if k.fall_before.search(before) or k.fall_after.match(after):
        return "change", -1
    if k.rise_before.search(before) or k.rise_after.match(after):
        return "change", 1
    # ("to" after the amount tested first: most values are plain levels)
    if (
        (k.to_after.match(after) and (moved := k.object_change.search(before)))
        or (moved := k.object_change_further.search(before))
        or ("by" in before and (moved := k.object_change_by.search(before)))
    ):
        return "change", 1 if moved.group(1) else -1
    return "level", 1


def balance_of(
    text: str, amount: Amount, phrases: list[tuple[int, int, str]], bare: tuple[int, int, str]
) -> str | None:
    """The measure of a bare "surplus"/"deficit" whose complement names what it is the
    balance of, with the sign the bare word gives: "the surplus on the current account"
    -> current_account_surplus, "a deficit in visible trade" -> visible_trade_deficit,
    "the surplus on oil trade" -> oil_trade_surplus; None without one.

    >>> text = "the surplus on the current account was 5 bln"
    >>> balance_of(text, Amount(38, 43, 5e9, None, None, "USD", "exact"),
    ...            [(4, 11, "trade_surplus"), (19, 34, "current_account_balance")], (4, 11, "x"))
    'current_account_surplus'
    """
    i = bisect_right(phrases, bare[0], key=PHRASE_START)
    if i == len(phrases) or not rules.HEAD_OF.fullmatch(text, bare[1], phrases[i][0]):
        return None
    of = phrases[i]
    word = text[bare[0] : bare[1]]
    if of[2] in BALANCES:
        return with_sign(of[2], word)
    if measure_class(of[2]) != "trade":
        return None
    sign = "surplus" if word.lower().startswith("surplus") else "deficit"
    name = name_of(text, amount, of)
    return f"trade_{sign}" if name == of[2] else f"{name}_{sign}"


def balance_before(phrases: list[tuple[int, int, str]], at: int) -> str | None:
    """The nearest balance measure phrase (``BALANCES``) before ``at``, if any."""
    i = bisect_left(phrases, at, key=PHRASE_START)
    while i:
        i -= 1
        if phrases[i][2] in BALANCES:
            return phrases[i][2]
    return None


def first_word_lowered(text: str, names: set[int] = frozenset()) -> str:
    """The sentence with its first letter lowered: a capital that only opens the
    sentence is no name ("Net income was ...", "Coffee exports rose ..."); ``names``:
    where names start (their capital stays: "Norwegian imports").

    >>> first_word_lowered('"Net income rose')
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
