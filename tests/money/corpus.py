"""Real-world money phrasings with their expected values; negatives yield nothing.

Duckling-style: each example (``tests.corpus.Example``) is a sentence in some newsroom's
style and the money mentions it must give, as ``Expect(text, value or (low, high),
currency, qualifier)``. The sentences are written for this corpus in the styles of wires
(Reuters, AP, Bloomberg), business papers (WSJ, FT, Economic Times), regional and CIS
outlets; none is taken from the seed articles. ``tests/money/test_corpus.py`` runs them;
``bench/compare_money.py`` scores other libraries on them.
"""

from __future__ import annotations

from typing import NamedTuple

from tests.corpus import Example

Amount = float | tuple[float, float]


class Expect(NamedTuple):
    """One money mention: its exact text, value (or range), ISO currency, qualifier."""

    text: str
    amount: Amount
    currency: str | None
    qualifier: str = "exact"


M, B = 1e6, 1e9


def ex(sentence: str, *expected: Expect, note: str = "") -> Example[Expect]:
    """An example read without a publication date (money needs none)."""
    return Example(sentence, None, expected, note)


E = Expect

CORPUS: tuple[Example[Expect], ...] = (
    # --- symbols before the number
    ex("The deal is valued at $4.5 billion.", E("$4.5 billion", 4.5 * B, "USD")),
    ex("Shares closed at $27.13 on Friday.", E("$27.13", 27.13, "USD")),
    ex("It raised $3,500 from neighbours.", E("$3,500", 3500, "USD")),
    ex("Revenue hit $1.2bn last year.", E("$1.2bn", 1.2 * B, "USD")),
    ex("The startup raised $15m in a Series A.", E("$15m", 15 * M, "USD")),
    ex("Salaries start at $85k.", E("$85k", 85000, "USD")),
    ex(
        "Q3 revenue: $12.5B, up from $11.9B.",
        E("$12.5B", 12.5 * B, "USD"),
        E("$11.9B", 11.9 * B, "USD"),
    ),
    ex(
        "The average wage is 1 250 000 manats.",
        E("1 250 000 manats", 1.25 * M, "AZN"),
        note="thousands grouped by spaces",
    ),
    ex(
        "On March 31 200 mln dlrs were repaid.",
        E("200 mln dlrs", 200 * M, "USD"),
        note="a day number is not a thousands group",
    ),
    ex("The box office took $5 million-plus.", E("$5 million-plus", 5 * M, "USD", "more_than")),
    ex("The fine was €2.4 billion.", E("€2.4 billion", 2.4 * B, "EUR")),
    ex("Profit fell to £3.5bn.", E("£3.5bn", 3.5 * B, "GBP")),
    ex("Sony expects ¥1.5 trillion in sales.", E("¥1.5 trillion", 1.5e12, "JPY")),
    ex("The loan totals US$2.1bn.", E("US$2.1bn", 2.1 * B, "USD")),
    ex("Air Canada lost C$1.2 billion in the quarter.", E("C$1.2 billion", 1.2 * B, "CAD")),
    ex("Qantas posted an A$ 1.7 billion profit.", E("A$ 1.7 billion", 1.7 * B, "AUD")),
    ex("The flat sold for HK$58 million.", E("HK$58 million", 58 * M, "HKD")),
    ex("TSMC will spend NT$300 billion.", E("NT$300 billion", 300 * B, "TWD")),
    ex("Petrobras paid R$2.3 billion in fines.", E("R$2.3 billion", 2.3 * B, "BRL")),
    ex("The bridge cost ₽45 billion.", E("₽45 billion", 45 * B, "RUB")),
    ex("Tickets cost ₼50 each.", E("₼50", 50, "AZN")),
    ex("The scheme costs ₹2 lakh per family.", E("₹2 lakh", 2e5, "INR")),
    ex("Infosys won a Rs 500 crore order.", E("Rs 500 crore", 5e9, "INR")),
    ex(
        "Baosteel will spend Rmb5bn; Cairo raised E£2bn and Dublin IR£300m.",
        E("Rmb5bn", 5 * B, "CNY"),
        E("E£2bn", 2 * B, "EGP"),
        E("IR£300m", 300 * M, "IEP"),
    ),
    # --- codes before or after
    ex("The bank lent USD 120m to the utility.", E("USD 120m", 120 * M, "USD")),
    ex("Turnover reached AZN 1.2 billion.", E("AZN 1.2 billion", 1.2 * B, "AZN")),
    ex("Exports earned 350 million USD.", E("350 million USD", 350 * M, "USD")),
    ex("The budget deficit is BYN 1.1 billion.", E("BYN 1.1 billion", 1.1 * B, "BYN")),
    ex("Gazprom paid RUB 80 billion in dividends.", E("RUB 80 billion", 80 * B, "RUB")),
    ex("The contract is worth CNY 2.3 billion.", E("CNY 2.3 billion", 2.3 * B, "CNY")),
    ex("Transfers reached 40,000 AZN.", E("40,000 AZN", 40000, "AZN")),
    ex("The fee is CHF 250.", E("CHF 250", 250, "CHF")),
    ex("A coffee costs 4.50 EUR at the airport.", E("4.50 EUR", 4.5, "EUR")),
    # --- names and plurals after the number
    ex("They donated five million dollars.", E("five million dollars", 5 * M, "USD")),
    ex("Brussels set aside half a billion euros.", E("half a billion euros", 0.5 * B, "EUR")),
    ex("He paid 120 million US dollars.", E("120 million US dollars", 120 * M, "USD")),
    ex(
        "The club sold him for 40 million pounds sterling.",
        E("40 million pounds sterling", 40 * M, "GBP"),
    ),
    ex("The plant cost 3 billion rubles.", E("3 billion rubles", 3 * B, "RUB")),
    ex("Prices rose to 2,000 roubles.", E("2,000 roubles", 2000, "RUB")),
    ex("Wages average 1,500 Belarusian rubles.", E("1,500 Belarusian rubles", 1500, "BYN")),
    ex("Pensions rose to 250 manats.", E("250 manats", 250, "AZN")),
    ex("Baidu earned 7 billion yuan.", E("7 billion yuan", 7 * B, "CNY")),
    ex("Kaspi holds 2 trillion tenge in deposits.", E("2 trillion tenge", 2e12, "KZT")),
    ex("Bread now costs 15 lira in Istanbul.", E("15 lira", 15, "TRY")),
    ex("Toyota earned 300 billion yen.", E("300 billion yen", 300 * B, "JPY")),
    ex("Samsung will invest 1 trillion won.", E("1 trillion won", 1e12, "KRW")),
    ex("Ikea paid 2 billion Swedish crowns.", E("2 billion Swedish crowns", 2 * B, "SEK")),
    ex(
        "Nestle sold the unit for 1.8 billion Swiss francs.",
        E("1.8 billion Swiss francs", 1.8 * B, "CHF"),
    ),
    ex(
        "The state will inject 12 billion Canadian dollars.",
        E("12 billion Canadian dollars", 12 * B, "CAD"),
    ),
    ex("Eskom needs 30 billion rand.", E("30 billion rand", 30 * B, "ZAR")),
    ex(
        "Jakarta set aside 2 trillion rupiah and Hanoi 500bn dong.",
        E("2 trillion rupiah", 2e12, "IDR"),
        E("500bn dong", 500 * B, "VND"),
    ),
    ex(
        "The grant is two and a half million pounds.",
        E("two and a half million pounds", 2.5 * M, "GBP"),
    ),
    ex("The rebate is 98 cents a share.", E("98 cents", 0.98, "USD")),
    ex(
        "Shares closed at 270.25p, down 3.75p, against an offer of 530 pence per share.",
        E("270.25p", 2.7025, "GBP"),
        E("3.75p", 0.0375, "GBP"),
        E("530 pence", 5.3, "GBP"),
        note="pence glued to the digits; pence per share are no weight",
    ),
    ex(
        "Oil rose above the $50 mark and Brent gained $1.32 to $44.45, adding $1.89 to $48.62.",
        E("$50", 50, "USD"),
        E("$1.32", 1.32, "USD"),
        E("$44.45", 44.45, "USD"),
        E("$1.89", 1.89, "USD"),
        E("$48.62", 48.62, "USD"),
        note="'the $50 mark' is a level in dollars; 'adding X to Y' is a change, no range",
    ),
    ex("Stamps rose to 68 pence.", E("68 pence", 0.68, "GBP")),
    # --- wire-service style
    ex("The deficit was 750 mln dlrs in March.", E("750 mln dlrs", 750 * M, "USD")),
    ex("Britain's gap widened to 2.3 bln stg.", E("2.3 bln stg", 2.3 * B, "GBP")),
    ex("Imports rose 1.5 billion dlrs.", E("1.5 billion dlrs", 1.5 * B, "USD")),
    ex("It posted a 140 mln dlr deficit.", E("140 mln dlr", 140 * M, "USD")),
    ex("Reserves hit 53 billion U.S. Dlrs.", E("53 billion U.S. Dlrs", 53 * B, "USD")),
    ex("Bonn's surplus was 10.45 billion marks.", E("10.45 billion marks", 10.45 * B, "DEM")),
    ex(
        "Rome cut spending by 3,000 billion lire.",
        E("3,000 billion lire", 3e12, "ITL"),
        note="'lire' is the Italian plural: Italian lira",
    ),
    ex("The deficit narrowed to 76 mln N.Z. Dlrs.", E("76 mln N.Z. Dlrs", 76 * M, "NZD")),
    ex(
        "Trade fell to dlrs 14 billion last year, down dlrs 2.5 billion from 1996.",
        E("dlrs 14 billion", 14 * B, "USD"),
        E("dlrs 2.5 billion", 2.5 * B, "USD"),
        note="AP style writes the unit first",
    ),
    ex("A 2.4-billion-dlr loan was agreed.", E("2.4-billion-dlr", 2.4 * B, "USD")),
    ex(
        "Exports rose 300 mln to 7.2 billion dlrs.",
        E("300 mln", 300 * M, "USD"),
        E("7.2 billion dlrs", 7.2 * B, "USD"),
        note="ellipsis: the first amount borrows the second's currency",
    ),
    ex(
        "Exports were 2.6 billion dlrs against 2.8 billion in January.",
        E("2.6 billion dlrs", 2.6 * B, "USD"),
        E("2.8 billion", 2.8 * B, "USD"),
    ),
    ex(
        "Net income was 4.3bn rupees ($98m; £52m), against 2.7bn a year earlier.",
        E("4.3bn rupees", 4.3 * B, "INR"),
        E("$98m", 98 * M, "USD"),
        E("£52m", 52 * M, "GBP"),
        E("2.7bn", 2.7 * B, "INR"),
        note="a glued ellipsis borrows the converted amount's currency, not a conversion's",
    ),
    ex(
        "Fiat is to get 1bn euros now, with another 550m to follow.",
        E("1bn euros", 1 * B, "EUR"),
        E("550m", 550 * M, "EUR"),
    ),
    ex(
        "Oil prices rose $2 on Friday. Stocks had fallen 1m barrels to 294.3m.",
        E("$2", 2, "USD"),
        note="a glued ellipsis needs money in its own sentence: '294.3m' is barrels",
    ),
    # --- ranges
    ex("The unit could fetch $50-60 million.", E("$50-60 million", (50 * M, 60 * M), "USD")),
    ex(
        "Damage is put at between $5 million and $7 million.",
        E("$5 million and $7 million", (5 * M, 7 * M), "USD"),
    ),
    ex(
        "Analysts see $1.2 to $1.5 billion in savings.",
        E("$1.2 to $1.5 billion", (1.2 * B, 1.5 * B), "USD"),
    ),
    ex("Bids came in at 20-25 million euros.", E("20-25 million euros", (20 * M, 25 * M), "EUR")),
    ex("The fine may reach £10m–£15m.", E("£10m–£15m", (10 * M, 15 * M), "GBP")),
    ex("They value the bid at $112 to $118 a share.", E("$112 to $118", (112, 118), "USD")),
    ex("A seat costs $500,000 to $1 million.", E("$500,000 to $1 million", (5e5, 1e6), "USD")),
    # --- qualifiers
    ex("Trade exceeded $3 billion in 2018.", E("exceeded $3 billion", 3 * B, "USD", "more_than")),
    ex(
        "The fund holds more than €70 million.",
        E("more than €70 million", 70 * M, "EUR", "more_than"),
    ),
    ex("Over $2 million was stolen.", E("Over $2 million", 2 * M, "USD", "more_than")),
    ex("The painting sold for about $30 million.", E("about $30 million", 30 * M, "USD", "about")),
    ex("It will cost around £4bn.", E("around £4bn", 4 * B, "GBP", "about")),
    ex(
        "They spent approximately 56 million euros.",
        E("approximately 56 million euros", 56 * M, "EUR", "about"),
    ),
    ex("Some $55 million changed hands.", E("Some $55 million", 55 * M, "USD", "about")),
    ex(
        "Damage of roughly 2 billion yen was reported.",
        E("roughly 2 billion yen", 2 * B, "JPY", "about"),
    ),
    ex("An estimated $9 billion was lost.", E("An estimated $9 billion", 9 * B, "USD", "about")),
    ex("Fines of up to $10,000 apply.", E("up to $10,000", 1e4, "USD", "at_most")),
    ex("Bonuses are capped at no more than £1m.", E("no more than £1m", 1 * M, "GBP", "at_most")),
    ex("Each claim pays at least $500.", E("at least $500", 500, "USD", "at_least")),
    ex("Homes under $300,000 sold fastest.", E("under $300,000", 3e5, "USD", "less_than")),
    ex(
        "Profit came close to £5m; analysts expected a figure closer to A$431m.",
        E("close to £5m", 5 * M, "GBP", "about"),
        E("closer to A$431m", 431 * M, "AUD", "about"),
        note="GUIDELINES §1: 'close to', 'closer to' are about",
    ),
    ex(
        "Prices stayed just above $40 and well below $50.",
        E("just above $40", 40, "USD", "more_than"),
        E("well below $50", 50, "USD", "less_than"),
    ),
    ex("It raised less than $1 million.", E("less than $1 million", 1 * M, "USD", "less_than")),
    ex("Nearly $4 billion fled the country.", E("Nearly $4 billion", 4 * B, "USD", "less_than")),
    ex("The firm lost almost 800 mln dlrs.", E("almost 800 mln dlrs", 800 * M, "USD", "less_than")),
    ex("Sales topped 1 billion euros.", E("topped 1 billion euros", 1 * B, "EUR", "more_than")),
    ex("Donors gave $5 million or more.", E("$5 million or more", 5 * M, "USD", "at_least")),
    ex("The repair costs $200 or so.", E("$200 or so", 200, "USD", "about")),
    ex(
        "A profit of about $4 million, or six cents a share, is expected.",
        E("about $4 million", 4 * M, "USD", "about"),
        E("six cents", 0.06, "USD", "about"),
        note="an appositive restatement shares the qualifier",
    ),
    ex(
        "The firm collapsed with debts of about 14bn euros ($19bn; £10bn).",
        E("about 14bn euros", 14 * B, "EUR", "about"),
        E("$19bn", 19 * B, "USD", "about"),
        E("£10bn", 10 * B, "GBP", "about"),
        note="each conversion in the brackets shares the qualifier",
    ),
    ex(
        "Coffee earnings were up to 220 mln dlrs in March from 110 mln dlrs.",
        E("220 mln dlrs", 220 * M, "USD"),
        E("110 mln dlrs", 110 * M, "USD"),
        note="'up to ... from' is a change, not a ceiling",
    ),
    # --- context: families resolved from the article
    ex(
        "Toronto-based Onex reported figures in Canadian dollars. Profit was $40 million.",
        E("$40 million", 40 * M, "CAD"),
    ),
    ex(
        "Canada's trade surplus was 1.25 billion dlrs in February, Statistics Canada said.",
        E("1.25 billion dlrs", 1.25 * B, "CAD"),
        note="an article about Canada",
    ),
    ex(
        "Canada sold the U.S. goods worth 5 billion dlrs.",
        E("5 billion dlrs", 5 * B, "USD"),
        note="the United States named: dollars stay USD",
    ),
    ex(
        "Canada sold the US goods worth 5bn dollars.",
        E("5bn dollars", 5 * B, "USD"),
        note="'US' names the United States as 'U.S.' does",
    ),
    ex(
        "The deficit was 76 mln N.Z. dlrs, from 89 mln dlrs in March.",
        E("76 mln N.Z. dlrs", 76 * M, "NZD"),
        E("89 mln dlrs", 89 * M, "NZD"),
    ),
    ex("It paid $9.99 for the app.", E("$9.99", 9.99, "USD"), note="bare $ defaults to USD"),
    ex("Sales were 3 billion French francs.", E("3 billion French francs", 3 * B, "FRF")),
    ex(
        "Onex offered C$12 a share; its U.S. unit fetched $40 million.",
        E("C$12", 12, "CAD"),
        E("$40 million", 40 * M, "USD"),
        note="an article writing C$ writes bare $ for US dollars",
    ),
    ex(
        "The stock closed at $11, down 25 cents, in Toronto; it had been offered C$16.40.",
        E("$11", 11, "USD"),
        E("25 cents", 0.25, "USD"),
        E("C$16.40", 16.4, "CAD"),
    ),
    ex(
        "AUSTRALIAN DEFICIT NARROWS\n\nThe current account deficit narrowed to 750 mln dlrs.",
        E("750 mln dlrs", 750 * M, "AUD"),
        note="the headline names the country",
    ),
    ex(
        "Australia's miners earned $2.7bn last year, the Australian Bureau of Statistics said.",
        E("$2.7bn", 2.7 * B, "USD"),
        note="a bare '$' is US dollars whatever country the story is about",
    ),
    ex(
        "Ireland's biggest bank paid £800m for the Dublin lender.",
        E("£800m", 800 * M, "GBP"),
        note="a bare '£' is sterling",
    ),
    ex(
        "Pakistan will spend Rs. 500 million on roads.",
        E("Rs. 500 million", 500 * M, "PKR"),
        note="a rupee symbol still follows the country the article names",
    ),
    ex(
        "The bank said the loan wouldn't exceed $100 million.",
        E("exceed $100 million", 100 * M, "USD", "at_most"),
        note="a negated ceiling",
    ),
    ex(
        "Economists see something like seven to eight billion dollars in costs.",
        E("something like seven to eight billion dollars", (7 * B, 8 * B), "USD", "about"),
    ),
    ex(
        "The United Arab Emirates posted a surplus of 12.2 billion dirhams.",
        E("12.2 billion dirhams", 12.2 * B, "AED"),
    ),
    # --- negatives: nothing here is money
    ex("Unemployment rose to 5.2% in 2019."),
    ex("Inflation was 3.1 pct in January."),
    ex("The company was founded in 1987 and employs 4,500 people."),
    ex("Call 555-0143 or +1 (212) 555-0199 for details."),
    ex("$AAPL and $TSLA led the rally."),
    ex("Set PATH=$HOME/bin and run echo ${USER}."),
    ex("The index crossed the 30,000 mark."),
    ex("Rates are quoted in USD and EUR."),
    ex("He weighs 200 pounds of muscle."),
    ex("Some 250 companies took part in the fair."),
    ex("The plant assembled 10,000 tractors and 1.2 million tonnes of grain."),
    ex("The dollar fell against the yen and the euro."),
    ex("Rebels hold 5 m of road and 10 k of trenches."),
    ex("A billion people live there."),
    ex("TOP 10 EXPORTERS NAMED AS ALL 5 MEMBERS AGREE"),
    ex("The 1080p screen shows 5 p in 3pm light at 720p."),
)

# Known gaps (strict xfail): general phrasings the rules do not read yet.
GAPS: tuple[Example[Expect], ...] = (
    ex(
        "They paid a quarter of a billion dollars.",
        E("a quarter of a billion dollars", 250 * M, "USD"),
        note="a fraction of a magnitude: only 'half a' is read; this gives 1 billion",
    ),
    ex(
        "The shares were priced at 120p-130p each.",
        E("120p-130p", (1.2, 1.3), "GBP"),
        note="a range whose first bound carries its currency after it: read as two amounts",
    ),
    ex(
        "The deal was worth $5m-odd.",
        E("$5m-odd", 5 * M, "USD", "about"),
        note="'-odd' after an amount means about",
    ),
)
