"""What a value measures: every measure, its phrases, its class and its synonyms, in one table.

To add a measure (or a phrase, or another name of one), edit ``MEASURES`` and nothing
else: the facts room's patterns (``facts.rules.MEASURES_RE``), the balances a bare
"deficit" continues (``BALANCES``) and the classes the scorer and ``consolidate`` compare
by (``MEASURE_CLASSES``, ``measure_class``) are all derived from it.

The table is ordered: a longer phrase is listed before a shorter one it contains ("trade
surplus" before "trade", "budget deficit" before "deficit"), since the first measure
whose phrase matches at a position wins. Names follow the gold guidelines
(``trade_turnover``, ``exports``, ``imports``, ``contract_value``...); any other measure
is the text's own word in snake_case.

Over 600 lines because ``MEASURES`` is one table, one record per measure (about 560
lines), as the house asks of every room's rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    """One measure.

    ``phrases`` are regex fragments matched case-insensitively on word bounds;
    ``cls`` is the class it is compared in (default: its name), ``synonyms`` other
    names of the measure (as the text or annotators write them, snake_case: each is
    written as ``name`` by ``canonical``); ``balance``: a later bare "deficit"/"surplus"
    in the sentence continues this measure.
    """

    name: str
    phrases: tuple[str, ...]
    cls: str | None = None
    synonyms: tuple[str, ...] = ()
    balance: bool = False
    # a named good right before the phrase is part of the measure ("rice_exports")
    goods: bool = False
    # the word a named good is put before, when not the name ("oil_trade")
    goods_head: str | None = None
    # a modifier right before the phrase that tells the measure apart is part of its name,
    # written as the text writes it ("consumer spending" -> consumer_spending, "industrial
    # production" -> industrial_production); such a name is a measure of its own class
    modifiers: bool = False
    # a bare "deficit" later in a story that names no other balance is this one ("the
    # budget deficit" ... "The shortfall is projected to rise to $427bn"); not a balance
    # made of others (a current account), whose parts stories give as bare deficits
    story_balance: bool = False
    # its value in money is a price per unit ("$50 a barrel", "£182,920" a house): a sum
    # of a million or more in a sentence is not its value
    per_unit: bool = False
    # the measure of an amount "a share" / "per share" of this ("offer_price_per_share")
    per_share: str | None = None
    # the measure of a percentage of this ("15% tariffs" -> "tariff_rate")
    percent_name: str | None = None
    # the measure of "N% of" this ("45.2% of its common shares" -> "stake")
    percent_of_name: str | None = None
    # a percentage never measures it
    money_only: bool = False
    # the phrase names a measure only with a modifier before it ("prime rate"; "the rate"
    # alone names none)
    needs_modifier: bool = False
    # a named good after "of" names it as a modifier does ("the price of gold" -> gold_price)
    good_after: bool = False
    # a sum of money never measures it (a rate)
    percent_only: bool = False
    # a company's results for a period: a comparison base with no period of its own
    # ("net rose to $5 million from $4 million") is the same period a year earlier, the
    # way results are reported
    results: bool = False
    # what other measures are stated as a share of: "a deficit of 3% of GDP" is a value of
    # the deficit, and the phrase after "N% of" names no measure
    ratio_base: bool = False
    # a phrase (regex, opening on a word) that names the measure right after a place that
    # says whose economy it is ("US growth", "Japanese growth", "China's growth", "world
    # growth"), where any other word before it says whose in another way ("sales growth")
    after_place: str | None = None

    def __post_init__(self) -> None:
        # (the measure scan starts at a word character: ``facts.rules.MEASURES_SCAN_RE``)
        for phrase in self.phrases:
            if not re.match(r"\w|\(\?:\w|\(\?:\(\?:\w", phrase):
                raise ValueError(f"{self.name}: a phrase must start with a letter: {phrase!r}")

    @property
    def measure_class(self) -> str:
        return self.cls or self.name


# Nouns that a takeover word modifies ("takeover speculation"): then it names no value.
_NOT_A_MODIFIER = (
    r"(?!\s+(?:speculation|talk|talks|rumou?rs?|battle|fight|defen[cs]es?|targets?|candidates?|"
    r"interest|activity|laws?|rules?|panel|code|threats?|attempts?|strategy|spree|plans?|costs?|"
    r"charges?|accounting|financing|debt|loans?|vehicle|artist|specialist|stocks?)\b)"
)

# "trade" as a noun of the measure: not the verb ("to trade at 104.16 yen", "trade above
# $1.30") nor a market's session ("in early trade", "in thin trade", "after-hours trade").
_SESSIONS = (
    "early", "late", "thin", "heavy", "light", "brisk", "active", "morning", "afternoon",
    "midday", "lunchtime", "evening", "overnight", "-hours", "electronic", "volatile",
    "choppy", "nervous", "quiet",
)  # fmt: skip
_TRADE = (
    "trade"
    + "".join(rf"(?<!{word}\strade)" for word in ("\bto", *_SESSIONS))
    + r"(?!\s+(?:at|above|below|around|near)\b)"
)

# Words before a bare "growth" that leave it the economy's: no noun that says whose; a
# verb whose object it is ("Revised figures indicated growth of just 0.1%") or a word that
# only judges it ("forecast total growth of 3.6%"; GUIDELINES: "strong sales" -> sales).
_BEFORE_BARE_GROWTH = (
    "the", "but", "and", "of", "that", "kept", "keep", "put", "puts", "year's",
    "indicated", "indicates", "showed", "shows", "registering", "registered", "recorded",
    "records", "forecast", "forecasts", "predicted", "predicts", "expects", "expected",
    "strong", "solid", "steady", "sluggish", "modest", "rapid", "slow", "slower", "faster",
    "robust", "weak", "weaker", "stronger", "total", "overall",
)  # fmt: skip
# (read right after "growth": no word before it, or one of those; a comma ends what is
# before it: "In 2004, growth will be between 4.7% and 4.8%")
_BARE_GROWTH = (
    r"(?:(?<![\w-]\sgrowth)" + "".join(rf"|(?<=\b{w}\sgrowth)" for w in _BEFORE_BARE_GROWTH) + ")"
)

MEASURES: tuple[Measure, ...] = (
    Measure(
        "balance_of_payments_deficit",
        (r"balance\s+of\s+payments\s+deficit",),
        cls="balance_of_payments",
        balance=True,
    ),
    Measure(
        "balance_of_payments_surplus",
        (r"balance\s+of\s+payments\s+surplus",),
        cls="balance_of_payments",
        balance=True,
    ),
    Measure("balance_of_payments", (r"balance\s+of\s+payments",), balance=True),
    Measure(
        "current_account_surplus",
        (r"current[- ]account\s+surplus(?:es)?",),
        cls="current_account",
        balance=True,
    ),
    Measure(
        "current_account_deficit",
        (r"current[- ]account\s+(?:deficit|gap|shortfall)s?",),
        cls="current_account",
        balance=True,
    ),
    Measure(
        "current_account_balance",
        (r"current[- ]account(?:\s+balance)?",),
        cls="current_account",
        synonyms=("current_account",),
        balance=True,
    ),
    Measure(
        "budget_deficit",
        (
            r"budget\s+(?:deficit|gap|shortfall)",
            r"fiscal\s+deficit",
            # the government's own balance named by whose it is ("the federal deficit")
            r"(?:federal|government|public[- ]sector)\s+(?:budget\s+)?deficit",
        ),
        synonyms=(
            "fiscal_deficit",
            "budget_gap",
            "budget_shortfall",
            "federal_deficit",
            "government_deficit",
            "public_sector_deficit",
        ),
        balance=True,
        story_balance=True,
    ),
    Measure("terms_of_trade", (r"terms\s+of\s+trade",)),
    Measure("export_prices", (r"export\s+prices",)),
    Measure("import_prices", (r"import\s+prices",)),
    Measure(
        "export_earnings",
        (r"export\s+(?:earnings|receipts|revenues?|income)", r"earnings\s+from\s+exports"),
        synonyms=("export_receipts", "export_revenue", "export_revenues"),
        goods=True,
    ),
    Measure(
        "trade_surplus",
        (
            r"trade\s+surplus(?:es)?",
            # ("a surplus on merchandise trade")
            r"surplus(?:es)?\s+on\s+(?:(?:merchandise|visible|goods)\s+)?trade",
            r"surplus(?:es)?",
        ),
        cls="trade_balance",
        synonyms=("surplus_on_trade", "surplus"),
    ),
    Measure(
        "trade_deficit",
        (
            r"trade\s+(?:deficit|gap|shortfall)s?",
            r"(?:deficit|shortfall)s?\s+on\s+(?:(?:merchandise|visible|goods)\s+)?trade",
            # "the gap between US exports and imports" is the trade gap
            r"gap\s+between\s+(?:[\w.]+\s+){0,2}?(?:exports\s+and\s+imports|imports\s+and\s+exports)",
            r"deficits?",
            r"shortfalls?",
        ),
        cls="trade_balance",
        synonyms=("trade_gap", "trade_shortfall", "merchandise_trade_gap", "deficit"),
    ),
    Measure(
        "trade_balance",
        (r"(?:trade|trading)\s+balance", r"balance\s+of\s+trade"),
        synonyms=("balance_of_trade",),
        balance=True,
    ),
    Measure(
        "trade_turnover",
        (
            r"(?:trade|commodity|goods)\s+turnover",
            r"turnover\s+of\s+(?:trade|goods)",
            r"(?:bilateral\s+)?trade\s+volumes?",
            r"volumes?\s+of\s+(?:bilateral\s+|mutual\s+|foreign\s+)?trade",
            r"trade\s+exchanges?",
            r"(?:mutual|bilateral|two-way|foreign|external|overall|total|cross-border)\s+trade",
            r"trade\s+(?:between|with)",
            r"turnover",
            _TRADE,
        ),
        cls="trade",
        synonyms=(
            "trade_volume",
            "bilateral_trade",
            "bilateral_trade_volume",
            "trade",
            "foreign_trade",
            "external_trade",
            "turnover",
            "two_way_trade",
            "mutual_trade",
            "cross_border_trade",
            "total_trade",
        ),
        goods=True,  # "oil trade", "wheat trade": trade in a named good
        goods_head="trade",
    ),
    # (goods sent on from the country they were imported into: Hong Kong's re-exports)
    Measure("re_exports", (r"re-?exports?",), synonyms=("re_export", "reexports"), goods=True),
    Measure(
        "exports",
        (
            r"exports?",
            r"exported",
            r"exporting",
            r"shipments\s+abroad",
            # (shipments toward a place: "South Korea's shipments to China"; a company's
            # shipments alone are its sales)
            r"shipments(?=\s+(?:to|overseas)\s)",
            r"overseas\s+sales",
        ),
        synonyms=("export", "exported_goods", "shipments"),
        goods=True,
    ),
    Measure(
        "imports",
        (r"import\s+bill", r"imports?", r"imported", r"importing"),
        synonyms=("import", "imported_goods", "import_bill"),
        goods=True,
    ),
    Measure(
        "takeover_offer",
        (
            r"(?:takeover|buyout|tender|cash)\s+(?:offer|bid)s?",
            r"bids?",
            r"offers?",
            r"offered",
            # (the verb, before its price: "offering C$16.40 a share"; the noun is an issue)
            r"offering(?=\s+(?:[A-Z]{0,3}[$£€¥]|\d))",
            r"bidding",
        ),
        synonyms=("bid", "offer", "takeover_bid", "buyout_offer", "tender_offer"),
        per_share="offer_price_per_share",
    ),
    Measure(
        "offering_size",
        (
            r"(?:initial\s+)?public\s+offerings?",
            r"(?:share|stock|bond|debt|note|debenture|rights)\s+(?:offerings?|issues?|sales?)",
            # (not the verb: "offering C$16.40 a share" is a bid)
            r"offerings?(?!\s+(?:[A-Z]{0,3}[$£€¥]|\d))",
            r"(?:private\s+)?placements?",
            r"flotations?",
            r"IPOs?",
        ),
        synonyms=(
            "offering",
            "public_offering",
            "initial_public_offering",
            "ipo",
            "share_offering",
            "stock_offering",
            "bond_offering",
            "debt_offering",
            "note_offering",
            "share_issue",
            "bond_issue",
            "debt_issue",
            "rights_issue",
            "share_sale",
            "stock_sale",
            "bond_sale",
            "placement",
            "private_placement",
            "flotation",
            "issue",
        ),
        per_share="offering_price_per_share",
        money_only=True,  # a percentage near an issue is its coupon or yield
    ),
    Measure(
        "contract_value",
        (
            r"contracts?",
            r"deals?",
            r"agreements?",
            # (a noun: not "in order to", "on the order of", "would order")
            r"order(?!\s+(?:to|of)\b)"
            + "".join(rf"(?<!{w}\sorder)" for w in ("\bto", "would", "will", "could", "may")),
        ),
        synonyms=("contracts", "contract", "deal_value"),
        # "the deal values the company at $15 a share": the price paid a share
        per_share="acquisition_price_per_share",
    ),
    # orders a company won or placed ("factory orders", "export orders rose 5%")
    Measure(
        "orders",
        (r"orders", r"order\s+(?:books?|intake)"),
        synonyms=("order_book", "order_intake"),
        modifiers=True,
    ),
    Measure(
        "foreign_investment",
        (r"foreign\s+(?:direct\s+)?investments?", r"FDI"),
        cls="investment",
        synonyms=("foreign_direct_investment", "fdi"),
    ),
    Measure(
        "investment",
        (r"investments?", r"invested", r"investing", r"invests?"),
        synonyms=("investments",),
        modifiers=True,  # "business investment", "infrastructure investment"
    ),
    Measure("real_gnp", (r"real\s+(?:gross\s+national\s+product|GNP)",), ratio_base=True),
    Measure("gnp", (r"gross\s+national\s+product", r"GNP"), ratio_base=True),
    # an economy's growth: "economic growth", or "growth" with no noun before it that says
    # whose ("Growth was 1.1% in 2004", "the growth of 0.1%"; not "sales growth")
    Measure(
        "growth_rate",
        (r"economic\s+growth\s+rates?", r"growth" + _BARE_GROWTH + r"\s+rates?"),
        cls="gdp",
        after_place=r"growth\s+rates?",
    ),
    Measure(
        "economic_growth",
        (
            r"economic\s+growth",
            r"growth" + _BARE_GROWTH + r"(?!\s+(?:targets?|forecasts?)\b)",
        ),
        cls="gdp",
        after_place=r"growth(?!\s+(?:rates?|targets?|forecasts?)\b)",
    ),
    # an economy's growth over a year, under the text's own name (GUIDELINES §5: "annual
    # growth of just 0.2%"; not a growth rate, "annual growth rate", nor a growth in
    # a measure the text names after it, "annual growth in exports")
    Measure(
        "annual_growth",
        (r"annual\s+growth(?!\s+(?:rates?|targets?|forecasts?|in)\b)",),
        cls="gdp",
    ),
    Measure(
        "gdp",
        (r"gross\s+domestic\s+product", r"GDP", r"economy"),
        ratio_base=True,
    ),
    Measure(
        "exchange_rate",
        (
            r"exchange\s+rates?",
            r"parity",
            # (the won after "the": the verb is far more frequent, "won an order")
            r"(?:dollar|yen|mark|franc|pound|won(?<=the\swon)|yuan|rupee|rouble|lira|euro|sterling|"
            r"greenback|dinar|peso|rand|ringgit|baht|rupiah|zloty|forint|krona|krone|shekel|naira)",
        ),
    ),
    Measure(
        "consumer_price_index",
        (r"consumer\s+price\s+index", r"consumer\s+prices", r"CPI"),
    ),
    Measure(
        "unemployment_rate",
        (
            r"unemployment\s+(?:rate|levels?)",
            r"jobless(?:ness)?\s+rate",
            # (not "unemployment benefits", "unemployment insurance": spending on them)
            r"unemployment(?!\s+(?:benefits?|insurance|pay|compensation|claims|funds?))",
        ),
        synonyms=("unemployment", "jobless_rate", "unemployment_level"),
    ),
    Measure("inflation", (r"inflation(?:\s+rate)?",), synonyms=("inflation_rate",)),
    # a central bank's or a loan's rate in percent ("left interest rates on hold at 4.75%")
    Measure(
        "interest_rate", (r"interest\s+rates?",), synonyms=("interest_rates",), percent_only=True
    ),
    Measure(
        "earnings_per_share",
        (r"earnings\s+per\s+share", r"per[- ]share\s+earnings"),
        cls="earnings_per_share",
        results=True,
    ),
    # (before "profit": "earnings from continuing operations rose 15%")
    Measure(
        "income_from_continuing_operations",
        (r"(?:income|earnings|profits?)\s+from\s+continuing\s+operations",),
        synonyms=("earnings_from_continuing_operations", "profit_from_continuing_operations"),
        per_share="earnings_per_share",
        results=True,
    ),
    Measure(
        "pre_tax_profit",
        (r"pre-?tax\s+(?:profits?|earnings|income)", r"profits?\s+before\s+tax(?:es|ation)?"),
        synonyms=("pretax_profit", "profit_before_tax"),
        per_share="earnings_per_share",
        results=True,
    ),
    Measure(
        "operating_profit",
        (r"operating\s+(?:profits?|income|earnings)",),
        synonyms=("operating_income",),
        per_share="earnings_per_share",
        results=True,
    ),
    Measure(
        "net_income",
        (
            r"net\s+(?:income|profits?|earnings)",
            r"profits?\s+after\s+tax(?:es|ation)?",
            # "net rose to $108.8 million": "net" alone, the subject of a verb of change or level
            r"net(?=\s+(?:rose|fell|jumped|climbed|gained|increased|declined|dropped|slipped|"
            r"plunged|surged|soared|tumbled|advanced|eased|slid|dipped|edged|totaled|totalled|"
            r"amounted|reached|was|were)\b)",
            # "net" as a noun: of a period ("Net for the nine months was", "third-quarter net
            # of $68.2 million") or the object of a verb of reporting ("Norton had net of
            # $81.2 million"); not "net of taxes", "$5 million, net of fees"
            r"net(?=\s+for\s+the\s+(?:[\w-]+\s+){0,2}(?:quarter|months|year|half|period)\b)",
            r"(?:had|reported|posted|quarter|months|year|half|period)\s+net"
            r"(?=\s+of\s+(?:about\s+|nearly\s+|some\s+)?(?:[A-Z]{1,3})?[$£€¥]?\d)",
        ),
        synonyms=("net_profit", "net_earnings", "profit_after_tax", "net"),
        per_share="earnings_per_share",
        results=True,
    ),
    # losses kept to offset future tax ("$225 million in loss carry-forwards"): no loss of
    # the period (before the loss measures, so "loss" alone does not take it)
    Measure(
        "loss_carryforwards",
        (r"(?:tax[- ])?(?:operating\s+)?loss\s+carry[- ]?forwards?",),
        synonyms=(
            "loss_carry_forwards",
            "loss_carryforward",
            "tax_loss_carryforwards",
            "tax_loss_carry_forwards",
            "operating_loss_carryforwards",
        ),
        money_only=True,
    ),
    Measure(
        "operating_loss",
        (r"operating\s+loss(?:es)?",),
        synonyms=("operating_losses",),
        per_share="loss_per_share",
        results=True,
    ),
    Measure(
        "pre_tax_loss",
        (r"pre-?tax\s+loss(?:es)?", r"loss(?:es)?\s+before\s+tax(?:es|ation)?"),
        synonyms=("pretax_loss", "loss_before_tax"),
        per_share="loss_per_share",
        results=True,
    ),
    Measure(
        "profit_margin",
        (r"(?:profit|operating|gross|net|pre-?tax)\s+margins?",),
        synonyms=("operating_margin", "gross_margin", "net_margin", "margin"),
    ),
    Measure(
        "net_loss",
        (
            r"net\s+loss(?:es)?",
            r"loss(?:es)?",
            # the verb before a sum of thousands or more ("Alitalia lost 330m euros in
            # 2003", "lost $992,000"); not a price's fall ("crude lost $2", "shares lost
            # 65 cents") nor what one loses ("lost her $7m claim")
            r"los(?:t|es?|ing)(?=\s+(?:about\s+|nearly\s+|some\s+|almost\s+|around\s+|"
            r"roughly\s+|more\s+than\s+|over\s+|an\s+estimated\s+)?(?:[A-Z]{1,3})?[$£€¥]?"
            r"(?:\d{1,3}(?:,\d{3})+|\d[\d.]*\s*(?:m|bn|mln|bln|million|billion|trillion)\b))",
        ),
        synonyms=("loss",),
        per_share="loss_per_share",
        results=True,
    ),
    Measure(
        "gain",
        (
            # a one-time gain in money ("a gain of $9.7 million", "a $2 million gain on the
            # sale of investments"); not a rise ("a 20% gain in net income", "a gain of 5%")
            r"gains?(?=\s+(?:of|on|from)\s+(?:about\s+|nearly\s+|some\s+)?(?:[A-Z]{1,3})?[$£€¥]\d)",
            r"gains?(?=\s+(?:on|from)\s+(?:the\s+|a\s+)?(?:sales?|disposal|buy-?back|"
            r"investments?|carrying\s+value)\b)",
            # (with its amount a share: "a $7.6 million gain, or 11 cents a share")
            r"gains?(?=,\s+or\s+[^,;]{1,30}?\s+a\s+share\b)",
        ),
        synonyms=("gains",),
        per_share="gain_per_share",
    ),
    Measure("net_worth", (r"net\s+worth",)),
    Measure("dividend", (r"dividends?",), synonyms=("dividends",), per_share="dividend_per_share"),
    Measure("revenue", (r"revenues?",), synonyms=("revenues",), results=True, modifiers=True),
    Measure("sales", (r"sales",), results=True, modifiers=True),
    Measure(
        "profit",
        (
            r"profits?",
            r"earnings",
            r"earned",
            r"earns?(?=\s+(?:about\s+|nearly\s+)?[A-Z]{0,3}[$£€¥\d])",
        ),
        synonyms=("profits", "earnings"),
        per_share="earnings_per_share",
        results=True,
        modifiers=True,  # "trading profit", "underlying profit", "corporate earnings"
    ),
    Measure(
        "foreign_debt",
        (r"(?:foreign|external)\s+debts?",),
        synonyms=("external_debt",),
    ),
    Measure("debt", (r"debts?",), goods=True),
    Measure(
        "acquisition_price",
        (
            r"(?:acquisition|purchase)\s+price",
            r"price\s+paid",
            # the value of a takeover itself ("the takeover of X would be worth £9bn"), not
            # a modifier of another noun ("takeover speculation", "acquisition strategy")
            rf"(?:acquisitions?|takeovers?|buy-?outs?){_NOT_A_MODIFIER}",
        ),
        # "its acquisition ... for $27 a share": the price paid a share (a bid's is the
        # offer's: ``takeover_offer``)
        per_share="acquisition_price_per_share",
        synonyms=("acquisition", "purchase_price", "takeover_price"),
    ),
    # a fine or penalty imposed ("Monsanto fined $1.5m", "fines of $27bn"; not "fine"
    # the adjective)
    Measure(
        "fine",
        (r"fined", r"fines", r"penalt(?:y|ies)", r"fine(?=\s+(?:of|for|over|against)\b)"),
        synonyms=("fines", "penalty", "penalties"),
        money_only=True,
    ),
    # money a court awards or a claimant seeks ("$280bn in damages", "damages of $5m")
    Measure("damages", (r"damages",), money_only=True),
    # (before "credit": a tax credit is no loan)
    Measure("tax_credit", (r"tax\s+credits?",), synonyms=("tax_credits",)),
    # ("bank loans", "non-performing loans")
    Measure("loan", (r"loans?", r"credit\s+lines?", r"credits?", r"lent"), modifiers=True),
    Measure("aid", (r"aid", r"grants?")),
    Measure(
        "tariff_rate",
        (r"(?:tariff|duty)\s+rates?",),
        cls="tariffs",
        synonyms=("duty_rate",),
    ),
    Measure(
        "tariffs",
        (r"tariffs?", r"duties", r"duty"),
        synonyms=("tariff",),
        percent_name="tariff_rate",
    ),
    Measure(
        "share_price",
        (r"share\s+prices?", r"stock\s+prices?", r"shares", r"stock"),
        synonyms=("stock_price",),
        percent_of_name="stake",
    ),
    Measure(
        "stake",
        (
            r"(?:controlling|equity|minority|majority|ownership)\s+(?:interests?|stakes?)",
            r"stakes?",
        ),
        synonyms=(
            "controlling_interest",
            "equity_interest",
            "minority_interest",
            "majority_interest",
            "ownership_interest",
        ),
    ),
    Measure("market_share", (r"market\s+shares?", r"share\s+of\s+the\s+(?:\w+\s+)?market")),
    Measure(
        "purchases",
        (r"purchases?", r"buy", r"bought", r"buying"),
        synonyms=("purchase",),
        percent_name="stake",  # "to buy up to 25% of the company"
    ),
    Measure("output", (r"output", r"production"), modifiers=True),
    Measure(
        "foreign_reserves",
        (r"(?:foreign(?:\s+exchange)?|currency|gold\s+and\s+foreign)\s+reserves",),
        synonyms=("foreign_exchange_reserves", "currency_reserves"),
    ),
    Measure("reserves", (r"reserves?",), synonyms=("reserve",)),
    Measure("inventories", (r"inventor(?:y|ies)",), synonyms=("inventory",)),
    # the terms of securities: their interest rate, the price a share they convert at
    Measure("coupon_rate", (r"coupon(?:\s+rate)?",), synonyms=("coupon",)),
    # (a bond's yield: "to yield 9.2%", "the yield on the bond", "yields falling to"; not
    # the modifier "high-yield funds")
    Measure(
        "yield",
        (
            r"yields?(?=\s+(?:of|on|was|were|is|are|rose|fell|climbed|dropped|eased|slipped|"
            r"jumped|edged|falling|rising|to|at)\b|\s+(?:about\s+|around\s+)?\d)",
        ),
        synonyms=("yields",),
    ),
    # an investment's or a fund's total return ("an average 0.85% total return"; "total"
    # alone is no measure word)
    Measure("total_return", (r"total\s+returns?",), synonyms=("total_returns",)),
    Measure("conversion_price", (r"conversion\s+price",), per_share="conversion_price"),
    Measure("exercise_price", (r"exercise\s+price",), per_share="exercise_price"),
    # a company's or fund's assets ("with $5.4 billion in assets", "assets fell to $2.46
    # billion"); a modifier names which ("frozen assets", "fund assets")
    Measure("assets", (r"assets",), goods=True),
    Measure("spending", (r"spending", r"expenditures?", r"spen(?:t|ds?)"), modifiers=True),
    # the price of crude oil: crude named alone as what moves ("Brent crude fell 32 cents to
    # $49.74 a barrel", "US crude was trading at $51.39"), the oil price; "oil prices" is
    # this measure through the modifier of "prices" below. Not crude as a modifier of the
    # goods or flows measured ("crude imports", "crude stocks"), nor as goods.
    Measure(
        "oil_prices",
        (
            # (not goods in a list or of a stock: "arms and crude oil", "stockpiles of US
            # crude"; the price of a barrel of it is: "the price of crude", "a barrel of US
            # crude oil")
            r"crude(?<!\band\scrude)(?<!\bor\scrude)(?<!(?<!price)(?<!barrel)\sof\scrude)"
            r"(?<!(?<!price)(?<!barrel)\sof\sus\scrude)"
            r"(?:\s+oil)?(?!\s+(?:oil\s+)?(?:stocks?|stockpiles?|inventor(?:y|ies)|imports?|"
            r"exports?|output|production|supplies|supply|reserves|shipments|sales|purchases|"
            r"deliveries|demand|quality|tankers?|pipelines?|refin\w*|prices?)\b)",
            r"oil\s+price(?!s)",
        ),
        synonyms=(
            "oil_price",
            "crude_oil_prices",
            "crude_oil_price",
            "crude_prices",
            "crude_price",
            "crude",
            "crude_oil",
            "light_crude",
            "brent_crude",
            "brent_crude_price",
        ),
        per_unit=True,
    ),
    # the prices of a good or asset ("oil prices", "house prices"); a share's, a country's
    # consumer or export prices are the measures above
    Measure("prices", (r"prices",), modifiers=True, per_unit=True),
    # one such price named with its modifier, as the text writes it ("the average house
    # price fell to £178,906" -> house_price; GUIDELINES: "gas_price"), or with the good
    # after it ("the price of gold" -> gold_price); "the price" alone names none, and one
    # "of" an amount is the text's own longer phrase ("the auction start price of
    # 246.75bn roubles")
    Measure(
        "price",
        (r"price(?!s)(?!\s+of\s+[^a-z])",),
        modifiers=True,
        per_unit=True,
        needs_modifier=True,
        good_after=True,
    ),
    Measure("costs", (r"costs",), modifiers=True),
    # last, a rate in percent named by its modifier ("raised its prime rate to 10.5%" ->
    # prime_rate; not "the rate of inflation": the measure is what it is the rate of)
    Measure(
        "rate", (r"rates?(?!\s+of\b)",), modifiers=True, percent_only=True, needs_modifier=True
    ),
)

# Measures a bare "deficit"/"surplus" later in the sentence continues. (A bare "surplus"
# after a trade deficit is a trade surplus: those name their sign.)
BALANCES = frozenset(m.name for m in MEASURES if m.balance)
# The balances a story may name (those and the trade balance's), and of them those a bare
# "deficit"/"surplus" in a later sentence takes, where the story names no other.
NAMED_BALANCES = BALANCES | {m.name for m in MEASURES if m.measure_class == "trade_balance"}
STORY_BALANCES = frozenset(m.name for m in MEASURES if m.story_balance)

# The classes of a company's results and of their amounts a share (``Measure.results``).
RESULTS_CLASSES = frozenset(
    name
    for m in MEASURES
    if m.results
    for name in (m.measure_class, *((m.per_share,) if m.per_share else ()))
)

# A price a share -> the total it is a share of, where one measure has it a share
# ("for $30 a share, or about $450 million": acquisition_price).
_PER_SHARE_OF: dict[str, list[str]] = {}
for _m in MEASURES:
    if _m.per_share and _m.per_share != _m.name:
        _PER_SHARE_OF.setdefault(_m.per_share, []).append(_m.name)
# (several measures a share alike: the one it is named after, "acquisition_price_per_share"
# of acquisition_price, not of a deal's contract_value)
TOTAL_OF_PER_SHARE = {
    each: own[0]
    for each, names in _PER_SHARE_OF.items()
    if len(own := [n for n in names if len(names) == 1 or f"{n}_per_share" == each]) == 1
}

# Every measure name and synonym -> its class; a name not here is its own class.
MEASURE_CLASSES: dict[str, str] = {
    name: m.measure_class for m in MEASURES for name in (m.name, *m.synonyms)
}


_GOODS_CLASSES = tuple(
    (f"_{name}", m.measure_class) for m in MEASURES if m.goods for name in (m.name, *m.synonyms)
)


def measure_class(measure: str | None) -> str:
    """The class a measure belongs to ("trade_volume" and "trade_turnover" are one).

    >>> measure_class("trade_volume") == measure_class("trade_turnover")
    True
    >>> measure_class("Exports"), measure_class("wheat_harvest"), measure_class("rice_exports")
    ('exports', 'wheat_harvest', 'exports')
    >>> measure_class("capital_goods_trade")
    'trade'
    """
    measure = (measure or "").lower()
    found = MEASURE_CLASSES.get(measure)
    if found is None:
        # a named good's flow is that flow ("rice_exports" is of the class of exports)
        found = next((c for suffix, c in _GOODS_CLASSES if measure.endswith(suffix)), measure)
    return found


# Every measure name and synonym -> the measure's name (the canonical name).
CANONICAL: dict[str, str] = {name: m.name for m in MEASURES for name in (m.name, *m.synonyms)}
BY_NAME: dict[str, Measure] = {m.name: m for m in MEASURES}

_NOT_SNAKE = re.compile(r"[^a-z0-9]+")


def snake(phrase: str) -> str:
    """A phrase as a snake_case name.

    >>> snake("Current-account  surplus"), snake("non-oil imports")
    ('current_account_surplus', 'non_oil_imports')
    """
    return _NOT_SNAKE.sub("_", phrase.lower()).strip("_")


def canonical(name: str) -> str:
    """A measure's one name: a synonym gives its measure's name, any other name stays.

    >>> canonical("two_way_trade"), canonical("external_debt"), canonical("wheat_harvest")
    ('trade_turnover', 'foreign_debt', 'wheat_harvest')
    """
    return CANONICAL.get(name, name)


def with_sign(measure: str, word: str) -> str:
    """The balance ``measure`` with the sign a bare "surplus"/"deficit" gives it, where
    the table has that measure ("current_account_deficit", "surplus" ->
    "current_account_surplus").

    >>> with_sign("current_account_deficit", "surplus"), with_sign("trade_balance", "deficit")
    ('current_account_surplus', 'trade_deficit')
    >>> with_sign("budget_deficit", "surplus")
    'budget_deficit'
    """
    sign = "surplus" if word.lower().startswith("surplus") else "deficit"
    base = re.sub(r"_(?:deficit|surplus|balance)$", "", measure)
    for candidate in (f"{base}_{sign}", canonical(f"{base}_{sign}")):
        if candidate in BY_NAME:
            return candidate
    return measure
