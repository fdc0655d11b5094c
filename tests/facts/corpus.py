# ruff: noqa: E501  (one sentence per line reads best in a corpus)
"""Sentences in news and wire style (not from the seeds) with the facts they state.

Each example (``tests.corpus.Example``) is a sentence whose upstream mentions (money,
periods, places, organizations, people) are marked by hand as in
``tests/events/markup.py``, so the facts room is tested on its own, and the facts it
must find as ``(measure, kind, value, unit, period, exporter, importer)``, the period
written as in the markup. An example with none is a negative. The events room's
examples are in ``tests/events/corpus.py``.
"""

from __future__ import annotations

from tests.corpus import Example

F = tuple[str, str, float, str, str | None, str | None, str | None]


def ex(marked: str, *facts: F, note: str = "") -> Example[F]:
    """An example: the marked sentence and its facts (periods are marked: no date needed)."""
    return Example(marked, None, facts, note)


FACTS: tuple[Example[F], ...] = (
    ex(
        "[Japan|p]'s trade surplus with the [United States|p] rose to [5.2 billion dlrs|m|5.2e9 USD] in [March|t|1987-03] from [4.6 billion|m|4.6e9 USD] in [February|t|1987-02].",
        ("trade_surplus", "level", 5.2e9, "USD", "1987-03", None, None),
        ("trade_surplus", "level", 4.6e9, "USD", "1987-02", None, None),
    ),
    ex(
        "Exports rose 11 pct to [2.3 billion dlrs|m|2.3e9 USD] in [the first quarter|t|1987-01-01/1987-03-31].",
        ("exports", "change", 11, "percent", "1987-01-01/1987-03-31", None, None),
        ("exports", "level", 2.3e9, "USD", "1987-01-01/1987-03-31", None, None),
    ),
    ex(
        "The deficit narrowed to [750 mln dlrs|m|750e6 USD] in [March|t|1987-03] from [1.1 billion dlrs|m|1.1e9 USD] in [February|t|1987-02].",
        ("trade_deficit", "level", 750e6, "USD", "1987-03", None, None),
        ("trade_deficit", "level", 1.1e9, "USD", "1987-02", None, None),
    ),
    ex(
        "Imports fell 5.2 per cent in [April|t|1987-04], the statistics office said.",
        ("imports", "change", -5.2, "percent", "1987-04", None, None),
    ),
    ex(
        "[Brazil|p]'s exports to [China|p] reached [$12.4 billion|m|12.4e9 USD] in [2019|t|2019].",
        ("exports", "level", 12.4e9, "USD", "2019", "Brazil", "China"),
    ),
    ex(
        "[Germany|p]'s imports from [Poland|p] amounted to [€45 billion|m|45e9 EUR] [last year|t|2022].",
        ("imports", "level", 45e9, "EUR", "2022", "Poland", "Germany"),
    ),
    ex(
        "Shipments of wheat from [Kazakhstan|p] to [Uzbekistan|p] were valued at [$300 million|m|300e6 USD], while imports from [Uzbekistan|p] to [Kazakhstan|p] came to [$150 million|m|150e6 USD] in [2021|t|2021].",
        ("imports", "level", 150e6, "USD", "2021", "Uzbekistan", "Kazakhstan"),
    ),
    ex(
        "Bilateral trade between [India|p] and [Russia|p] totalled [$13.6 billion|m|13.6e9 USD] in [2021-22|t|2021-04-01/2022-03-31].",
        ("trade_turnover", "level", 13.6e9, "USD", "2021-04-01/2022-03-31", None, None),
    ),
    ex(
        "The trade turnover between [Turkey|p] and [Georgia|p] amounted to [$1.6 billion|m|1.6e9 USD] in [January-June|t|2023-01-01/2023-06-30], up 12 percent year-on-year.",
        ("trade_turnover", "level", 1.6e9, "USD", "2023-01-01/2023-06-30", None, None),
        ("trade_turnover", "change", 12, "percent", "2023-01-01/2023-06-30", None, None),
    ),
    ex(
        "In the same period, [Turkey|p]'s exports to [Georgia|p] stood at [$1.2 billion|m|1.2e9 USD].",
        ("exports", "level", 1.2e9, "USD", None, "Turkey", "Georgia"),
    ),
    ex(
        "[Vietnam|p] posted a trade surplus of [$2.8 billion|m|2.8e9 USD] in [May|t|2024-05].",
        ("trade_surplus", "level", 2.8e9, "USD", "2024-05", None, None),
    ),
    ex(
        "[South Korea|p]'s current account surplus shrank to [$3.5 billion|m|3.5e9 USD] in [June|t|2022-06].",
        ("current_account_surplus", "level", 3.5e9, "USD", "2022-06", None, None),
    ),
    ex(
        "Foreign direct investment in [Egypt|p] jumped 20 percent to [$11 billion|m|11e9 USD] in [fiscal 2022|t|2021-07-01/2022-06-30].",
        ("foreign_investment", "change", 20, "percent", "2021-07-01/2022-06-30", None, None),
        ("foreign_investment", "level", 11e9, "USD", "2021-07-01/2022-06-30", None, None),
    ),
    ex(
        "The two companies signed contracts worth [2.5 billion roubles|m|2.5e9 RUB].",
        ("contract_value", "level", 2.5e9, "RUB", None, None, None),
    ),
    ex(
        "[Siemens|o] won an order worth [€1.1 billion|m|1.1e9 EUR] from [Deutsche Bahn|o].",
        ("contract_value", "level", 1.1e9, "EUR", None, None, None),
    ),
    ex(
        "Canadian lumber exports dropped 8% in [2009|t|2009] as U.S. housing slumped.",
        ("lumber_exports", "change", -8, "percent", "2009", None, None),
    ),
    ex(
        "[Chile|p]'s copper exports to [Japan|p] rose 15 pct in [the year to June|t|1986-07-01/1987-06-30].",
        ("copper_exports", "change", 15, "percent", "1986-07-01/1987-06-30", "Chile", "Japan"),
    ),
    ex(
        "The [EU|p|European Union]'s trade deficit with [China|p] widened to [€396 billion|m|396e9 EUR] in [2022|t|2022].",
        ("trade_deficit", "level", 396e9, "EUR", "2022", None, None),
    ),
    ex(
        "Imports of crude oil increased by about 7 percent in [October|t|2023-10].",
        ("crude_oil_imports", "change", 7, "percent", "2023-10", None, None),
    ),
    ex(
        "[Nigeria|p]'s oil revenues fell to [N2.1 trillion|m|2.1e12 NGN] in [the second quarter|t|2021-04-01/2021-06-30].",
        ("oil_revenues", "level", 2.1e12, "NGN", "2021-04-01/2021-06-30", None, None),
    ),
    ex(
        "[Mexico|p] received [$35 billion|m|35e9 USD] in foreign investment in [2022|t|2022].",
        ("foreign_investment", "level", 35e9, "USD", "2022", None, None),
    ),
    ex(
        "Sales rose 3.5 percent to [¥1.2 trillion|m|1.2e12 JPY] in [the fiscal year|t|2022-04-01/2023-03-31].",
        ("sales", "change", 3.5, "percent", "2022-04-01/2023-03-31", None, None),
        ("sales", "level", 1.2e12, "JPY", "2022-04-01/2023-03-31", None, None),
    ),
    ex(
        "The [World Bank|o] approved a loan of [$500 million|m|500e6 USD] for [Pakistan|p].",
        ("loan", "level", 500e6, "USD", None, None, None),
    ),
    ex(
        "[Kenya|p]'s tea exports to [Pakistan|p] were worth [KSh 60 billion|m|60e9 KES] in [2020|t|2020].",
        ("tea_exports", "level", 60e9, "KES", "2020", "Kenya", "Pakistan"),
    ),
    ex(
        "Trade between [Argentina|p] and [Brazil|p] grew 25% in [2021|t|2021] compared with [2020|t|2020].",
        ("trade_turnover", "change", 25, "percent", "2021", None, None),
    ),
    ex(
        "[Australia|p]'s trade surplus hit [A$13.3 billion|m|13.3e9 AUD] in [August|t|2022-08], compared with [A$8.7 billion|m|8.7e9 AUD] a month earlier.",
        ("trade_surplus", "level", 13.3e9, "AUD", "2022-08", None, None),
        ("trade_surplus", "level", 8.7e9, "AUD", None, None, None),
    ),
    ex(
        "Inflation slowed to 4.9 percent in [May|t|2023-05].",
        ("inflation", "level", 4.9, "percent", "2023-05", None, None),
    ),
    ex("More than 300 companies took part in the event, the organisers said."),
    ex("The plant employs 2,500 workers and produced 40,000 cars."),
    ex("The minister said cooperation was developing in many fields."),
    ex(
        "Exports from [Norway|p] to [Sweden|p] were [NOK 95 billion|m|95e9 NOK] in [2021|t|2021], and imports [NOK 120 billion|m|120e9 NOK].",
        ("exports", "level", 95e9, "NOK", "2021", "Norway", "Sweden"),
        ("imports", "level", 120e9, "NOK", "2021", "Sweden", "Norway"),
    ),
    ex(
        "[Malaysia|p]'s exports to [Singapore|p] slipped 2.1 pct in [January|t|1987-01] while imports from [Singapore|p] rose 4 pct.",
        ("exports", "change", -2.1, "percent", "1987-01", "Malaysia", "Singapore"),
        ("imports", "change", 4, "percent", "1987-01", "Singapore", "Malaysia"),
    ),
    ex(
        "The [Philippines|p] recorded a trade deficit of [61 mln dlrs|m|61e6 USD] in [the fourth quarter|t|1986-10-01/1986-12-31] against a [19 mln dlr|m|19e6 USD] surplus a year earlier.",
        ("trade_deficit", "level", 61e6, "USD", "1986-10-01/1986-12-31", None, None),
        ("trade_surplus", "level", 19e6, "USD", None, None, None),
    ),
    ex(
        "[Indonesia|p] and [Japan|p] signed a loan agreement worth [120 billion yen|m|120e9 JPY] on [Friday|t|1987-03-20].",
        ("contract_value", "level", 120e9, "JPY", "1987-03-20", None, None),
    ),
    ex(
        "Two-way trade between [Canada|p] and [Mexico|p] was worth about [C$45 billion|m|45e9 CAD] in [2022|t|2022].",
        ("trade_turnover", "level", 45e9, "CAD", "2022", None, None),
    ),
    ex("The ministry said the figures were provisional and would be revised next month."),
    ex(
        "[Thailand|p]'s rice exports dropped by 12 percent, the commerce ministry said.",
        ("rice_exports", "change", -12, "percent", None, "Thailand", None),
    ),
    ex(
        "The economy grew nearly eight pct in [1986|t|1986], up from 5.1 pct in [1985|t|1985].",
        ("gdp", "change", 8, "percent", "1986", None, None),
        ("gdp", "level", 5.1, "percent", "1985", None, None),
    ),
    ex(
        "The [U.S.|p|United States] ran up a [23 billion dlr|m|23e9 USD] deficit in manufactured goods in [1985|t|1985].",
        ("trade_deficit", "level", 23e9, "USD", "1985", None, None),
    ),
    ex(
        "[Australia|p]'s terms of trade fell by a further 3.5 pct in [the December quarter|t|1986-10-01/1986-12-31].",
        ("terms_of_trade", "change", -3.5, "percent", "1986-10-01/1986-12-31", None, None),
    ),
    ex(
        "[Norwegian|p|Norway] imports from [South Africa|p] dropped 36 pct to [160 mln crowns|m|160e6 NOK] in [1986|t|1986].",
        ("imports", "change", -36, "percent", "1986", "South Africa", "Norway"),
        ("imports", "level", 160e6, "NOK", "1986", "South Africa", "Norway"),
    ),
    ex(
        "Exports of jewellery rose 64 pct, clothing 57 pct and rubber 35 pct in [the first quarter|t|1987-01-01/1987-03-31].",
        ("jewellery_exports", "change", 64, "percent", "1987-01-01/1987-03-31", None, None),
        ("exports", "change", 57, "percent", "1987-01-01/1987-03-31", None, None),
        ("exports", "change", 35, "percent", "1987-01-01/1987-03-31", None, None),
    ),
    ex(
        "Exports in [February|t|1987-02] totalled [379.4 mln dlrs|m|379.4e6 USD], 17.2 pct above the January figure.",
        ("exports", "level", 379.4e6, "USD", "1987-02", None, None),
        ("exports", "change", 17.2, "percent", "1987-02", None, None),
    ),
    # open measures: the text's own measure phrase, with its modifiers, through the
    # synonyms table (facts/measures.py)
    ex(
        "[Egypt|p] has a [40 billion dlr|m|40e9 USD] foreign debt.",
        ("foreign_debt", "level", 40e9, "USD", None, None, None),
    ),
    ex(
        "Its [three billion dlr|m|3e9 USD] military debt to the [United States|p] is the largest.",
        ("military_debt", "level", 3e9, "USD", None, None, None),
    ),
    ex(
        "The company's net profit rose 12 pct to [45 mln dlrs|m|45e6 USD] in [the third quarter|t|1989-07-01/1989-09-30].",
        ("net_income", "change", 12, "percent", "1989-07-01/1989-09-30", None, None),
        ("net_income", "level", 45e6, "USD", "1989-07-01/1989-09-30", None, None),
    ),
    ex(
        "Earnings per share were [1.20 dlrs|m|1.2 USD], against [1.05 dlrs|m|1.05 USD].",
        ("earnings_per_share", "level", 1.2, "USD", None, None, None),
        ("earnings_per_share", "level", 1.05, "USD", None, None, None),
    ),
    ex(
        "[Acme Corp|o] offered [17 dlrs|m|17 USD] a share for the retailer.",
        ("offer_price_per_share", "level", 17, "USD", None, None, None),
    ),
    ex(
        "The company will pay a dividend of [10 cents|m|0.1 USD] a share.",
        ("dividend_per_share", "level", 0.1, "USD", None, None, None),
    ),
    ex(
        "[Washington|p] imposed 15% tariffs on [$125 billion|m|125e9 USD] worth of Chinese goods.",
        ("tariff_rate", "level", 15, "percent", None, None, None),
        note="the goods' value is not the tariff",
    ),
    ex(
        "Seoul agreed to buy [1.8 billion dlrs|m|1.8e9 USD] worth of American goods.",
        ("purchases", "level", 1.8e9, "USD", None, None, None),
        note="after a verb of buying, the goods' value is the purchase",
    ),
    ex(
        "Net interest income was [5 mln dlrs|m|5e6 USD] in [1988|t|1988].",
        ("net_interest_income", "level", 5e6, "USD", "1988", None, None),
        note="a phrase not in the table keeps its own name",
    ),
    ex(
        "The central bank set the rate at [0.38 Egyptian pounds|m|0.38 EGP] to the dollar.",
        ("exchange_rate", "level", 0.38, "EGP", None, None, None),
    ),
    ex(
        "[Brazil|p] had a current account deficit of [1.2 billion dlrs|m|1.2e9 USD] in [March|t|1987-03] against a [300 mln dlr|m|300e6 USD] surplus in [February|t|1987-02].",
        ("current_account_deficit", "level", 1.2e9, "USD", "1987-03", None, None),
        ("current_account_surplus", "level", 300e6, "USD", "1987-02", None, None),
        note="a bare surplus continues the balance with its own sign",
    ),
    ex(
        "Pre-tax profit fell 8 pct to [120 mln stg|m|120e6 GBP].",
        ("pre_tax_profit", "change", -8, "percent", None, None, None),
        ("pre_tax_profit", "level", 120e6, "GBP", None, None, None),
    ),
    ex(
        "Coffee export earnings fell to [1.5 billion dlrs|m|1.5e9 USD].",
        ("coffee_export_earnings", "level", 1.5e9, "USD", None, None, None),
    ),
    ex(
        "Non-oil imports rose 4 pct.",
        ("non_oil_imports", "change", 4, "percent", None, None, None),
    ),
    ex(
        "The board approved a [50 mln dlr|m|50e6 USD] share buyback.",
        ("share_buyback", "level", 50e6, "USD", None, None, None),
    ),
    ex(
        "Prices were 12 percent above the level of a year ago, the statistics office said.",
        ("prices", "change", 12, "percent", None, None, None),
    ),
    ex("The new tax applies to those earning more than [$200,000|m|200e3 USD] a year."),
    ex("The museum charges [$25|m|25 USD] for adults and nothing for children under 12."),
    # periods: the story's running period where a sentence refers back to it
    ex(
        "The trade surplus rose to [1.2 billion crowns|m|1.2e9 DKK] in [February|t|1987-02]. Imports fell to [8.61 billion|m|8.61e9 DKK] from [10.12 billion|m|10.12e9 DKK] a year earlier.",
        ("trade_surplus", "level", 1.2e9, "DKK", "1987-02", None, None),
        ("imports", "level", 8.61e9, "DKK", "1987-02", None, None),
        ("imports", "level", 10.12e9, "DKK", "1986-02", None, None),
        note="'a year earlier' refers back: the value is February's, its base February a year before",
    ),
    ex(
        "The surplus widened to [11.5 billion marks|m|11.5e9 DEM] in [March|t|1987-03]. March exports totalled [47.06 billion marks|m|47.06e9 DEM], up from [44.2 billion|m|44.2e9 DEM] in [February|t|1987-02], while imports totalled [36.93 billion marks|m|36.93e9 DEM].",
        ("trade_surplus", "level", 11.5e9, "DEM", "1987-03", None, None),
        ("exports", "level", 47.06e9, "DEM", "1987-03", None, None),
        ("exports", "level", 44.2e9, "DEM", "1987-02", None, None),
        ("imports", "level", 36.93e9, "DEM", "1987-03", None, None),
        note="'March exports' is March of the running year; February belongs to the base",
    ),
    ex(
        "The current account surplus rose to [9.9 billion marks|m|9.9e9 DEM] in [the first quarter|t|1987-01-01/1987-03-31]. It was [4.33 billion|m|4.33e9 DEM] in [the first quarter of last year|t|1986-01-01/1986-03-31].",
        ("current_account_surplus", "level", 9.9e9, "DEM", "1987-01-01/1987-03-31", None, None),
        ("current_account_surplus", "level", 4.33e9, "DEM", "1986-01-01/1986-03-31", None, None),
        note="'It was' refers back to the running measure",
    ),
    ex(
        "Consumer spending grew just 0.2% last month. The figure was weaker than forecast - and fell short of the 0.8% rise seen before.",
        ("consumer_spending", "change", 0.2, "percent", None, None, None),
        ("consumer_spending", "change", 0.8, "percent", None, None, None),
        note="'the figure' refers back to the previous sentence's measure, with no period kept",
    ),
    ex(
        "The [SEC|o] agreed a deal totalling [$375m|m|375e6 USD] with the bank. It was made up of [$250m|m|250e6 USD] to pay back gains.",
        ("contract_value", "level", 375e6, "USD", None, None, None),
        note="negative: 'it was' with no period kept may open anything: no measure of the previous sentence",
    ),
    ex(
        "The current account deficit narrowed to [750 mln dlrs|m|750e6 USD] in [February|t|1987-02]. It hit [13.82 billion dlrs|m|13.82e9 USD] in [1985/86|t|1985-07-01/1986-06-30].",
        ("current_account_deficit", "level", 750e6, "USD", "1987-02", None, None),
        ("current_account_deficit", "level", 13.82e9, "USD", "1985-07-01/1986-06-30", None, None),
        note="'It hit' refers back to the running measure as 'It was' does",
    ),
    ex(
        "Exports other than coffee rose 55 pct in [January|t|1987-01]. They amounted to [180.8 mln dlrs|m|180.8e6 USD].",
        ("exports", "change", 55, "percent", "1987-01", None, None),
        ("exports", "level", 180.8e6, "USD", "1987-01", None, None),
        note="'They amounted to' refers back to a plural measure",
    ),
    ex(
        "Total exports in [the first quarter|t|1987-01-01/1987-03-31] were valued at [875.59 billion dinars|m|875.59e9 YUD]. These figures were down by 12.5 pct on last year.",
        ("exports", "level", 875.59e9, "YUD", "1987-01-01/1987-03-31", None, None),
        ("exports", "change", -12.5, "percent", "1987-01-01/1987-03-31", None, None),
        note="'These figures' refer back to the running measure as 'the figure' does",
    ),
    ex(
        "The two plants opened in [May|t|2005-05]. They hit full speed within a week.",
        note="negative: a pronoun and a verb of level with no amount state nothing",
    ),
    ex(
        "The deficit for [the first quarter of 1987|t|1987-01-01/1987-03-31] widened to [1.23 billion dlrs|m|1.23e9 USD] from [1.20 billion|m|1.20e9 USD] a year earlier.",
        ("trade_deficit", "level", 1.23e9, "USD", "1987-01-01/1987-03-31", None, None),
        ("trade_deficit", "level", 1.20e9, "USD", "1986-01-01/1986-03-31", None, None),
        note="a year before the sentence's own period",
    ),
    ex(
        "The January surplus [last year|t|1986] was [1.19 billion dlrs|m|1.19e9 USD].",
        ("trade_surplus", "level", 1.19e9, "USD", "1986-01", None, None),
    ),
    ex(
        "The trade surplus rose to [1.2 billion crowns|m|1.2e9 DKK] in [February|t|1987-02]. The central bank holds reserves of [60 billion crowns|m|60e9 DKK].",
        ("trade_surplus", "level", 1.2e9, "DKK", "1987-02", None, None),
        ("reserves", "level", 60e9, "DKK", None, None, None),
        note="no word refers back: the next sentence's value has no period",
    ),
    # direction: the reporting country's own flows
    ex(
        "[Denmark|p]'s trade surplus rose to [1.2 billion crowns|m|1.2e9 DKK] in [February|t|1987-02], the [Danish|p|Denmark] statistics office said. February imports rose to [12.7 billion crowns|m|12.7e9 DKK] and exports to [13.94 billion crowns|m|13.94e9 DKK].",
        ("trade_surplus", "level", 1.2e9, "DKK", "1987-02", None, None),
        ("imports", "level", 12.7e9, "DKK", "1987-02", None, "Denmark"),
        ("exports", "level", 13.94e9, "DKK", "1987-02", "Denmark", None),
        note="a story reporting one country's figures: its flows are its own",
    ),
    ex(
        "[Singapore|p]'s exports rose to [5.1 billion dlrs|m|5.1e9 USD] in [March|t|1987-03]. Re-exports fell 3 pct to [2.2 billion dlrs|m|2.2e9 USD].",
        ("exports", "level", 5.1e9, "USD", "1987-03", "Singapore", None),
        ("re_exports", "change", -3, "percent", None, "Singapore", None),
        ("re_exports", "level", 2.2e9, "USD", None, "Singapore", None),
        note="re-exports are the reporting country's exports",
    ),
    ex(
        "[Singapore|p]'s re-exports to [Malaysia|p] rose to [900 mln dlrs|m|900e6 USD] in [March|t|1987-03].",
        ("re_exports", "level", 900e6, "USD", "1987-03", "Singapore", "Malaysia"),
    ),
    ex(
        "Re-exports fell 3 pct to [2.2 billion dlrs|m|2.2e9 USD] in [March|t|1987-03].",
        ("re_exports", "change", -3, "percent", "1987-03", None, None),
        ("re_exports", "level", 2.2e9, "USD", "1987-03", None, None),
        note="no country named: no direction",
    ),
    ex(
        "In [1986|t|1986] [Israeli|p|Israel] exports to the [U.S.|p|United States] were [2.3 billion dlrs|m|2.3e9 USD], while imports from the [U.S.|p|United States] were [1.8 billion dlrs|m|1.8e9 USD].",
        ("exports", "level", 2.3e9, "USD", "1986", "Israel", "United States"),
        ("imports", "level", 1.8e9, "USD", "1986", "United States", "Israel"),
        note="an elliptical continuation that names its partner: the owner named before",
    ),
    ex(
        "In [1986|t|1986] [Japanese|p|Japan] exports to the [EC|o|European Community] were [30.7 billion dlrs|m|30.7e9 USD], while [EC|o|European Community] exports to [Japan|p] were [12.4 billion dlrs|m|12.4e9 USD].",
        ("exports", "level", 30.7e9, "USD", "1986", "Japan", "European Community"),
        ("exports", "level", 12.4e9, "USD", "1986", "European Community", "Japan"),
        note="a continuation with its own owner keeps it",
    ),
    ex(
        "[Canadian|p|Canada] imports were [$2.6 billion|m|2.6e9 USD] in [1986|t|1986]; [Japan|p], [$1.2 billion|m|1.2e9 USD], and [Britain|p|United Kingdom], [$0.9 billion|m|0.9e9 USD].",
        ("imports", "level", 2.6e9, "USD", "1986", None, "Canada"),
        ("imports", "level", 1.2e9, "USD", "1986", None, "Japan"),
        ("imports", "level", 0.9e9, "USD", "1986", None, "United Kingdom"),
        note="a gapped list: each item's country owns its value",
    ),
    ex(
        "[Canadian|p|Canada] imports from [Japan|p] were [$2.6 billion|m|2.6e9 USD] in [1986|t|1986], and [$2.1 billion|m|2.1e9 USD] in [1985|t|1985].",
        ("imports", "level", 2.6e9, "USD", "1986", "Japan", "Canada"),
        ("imports", "level", 2.1e9, "USD", "1985", "Japan", "Canada"),
        note="no country between the values: the first value's direction",
    ),
    ex(
        "[China|p] is seen as the main culprit, with exports soaring 35% in [2004|t|2004].",
        ("exports", "change", 35, "percent", "2004", "China", None),
        note="the sentence's subject country owns a flow that names no owner",
    ),
    ex(
        "[Beijing|p] is seen as the main culprit, with exports soaring 35% in [2004|t|2004].",
        ("exports", "change", 35, "percent", "2004", "China", None),
        note="an opening capital as the subject stands for its country",
    ),
    ex(
        "[Washington|p] signed an accord with [Taipei|p] [last year|t|1986] limiting textile export growth to 0.5 pct a year.",
        ("textile_exports", "level", 0.5, "percent", "1986", None, None),
        note="negative: an opening capital with another side named owns no flow",
    ),
    ex(
        "In [Beijing|p], officials saw exports soaring 35% in [2004|t|2004].",
        ("exports", "change", 35, "percent", "2004", None, None),
        note="negative: a capital that says where owns nothing",
    ),
    ex(
        "The deal with [Mexico|p] will see exports rise 5% in [2004|t|2004].",
        ("exports", "change", 5, "percent", "2004", None, None),
        note="a name before a modal or auxiliary verb is its subject, not the flow's owner",
    ),
    ex(
        "[China|p] is the main market, and [Japan|p] said exports rose 5% in [2004|t|2004].",
        ("exports", "change", 5, "percent", "2004", None, None),
        note="a name before a verb of saying is no owner",
    ),
    ex(
        "[Tokyo|p]'s exports to [Washington|p] rose to [5 billion dlrs|m|5e9 USD] in [1986|t|1986].",
        ("exports", "level", 5e9, "USD", "1986", "Japan", "United States"),
        note="a capital as a flow's owner or destination stands for its country",
    ),
    ex(
        "Imports from [Beijing|p] rose 5% in [2004|t|2004], officials in [Washington|p] said.",
        ("imports", "change", 5, "percent", "2004", "China", None),
        note="a capital as a flow's origin stands for its country; one where officials speak owns nothing",
    ),
    ex(
        "[Taiwan|p]'s imports of [U.S.|p|United States] Farm produce amounted to [1.41 billion dlrs|m|1.41e9 USD] in [1986|t|1986].",
        ("imports", "level", 1.41e9, "USD", "1986", "United States", "Taiwan"),
        note="goods after an abbreviated name, capitalized as wires write them: their origin",
    ),
    ex(
        "[Taiwan|p]'s imports of [U.S.|p|United States] In [1986|t|1986] amounted to [1.41 billion dlrs|m|1.41e9 USD].",
        ("imports", "level", 1.41e9, "USD", "1986", None, "Taiwan"),
        note="negative: a capitalized function word after the abbreviation names no goods",
    ),
    ex(
        "[Norwegian|p|Norway] tankers supplied [South Africa|p] with about 30 pct of its crude imports in [1986|t|1986].",
        ("crude_imports", "level", 30, "percent", "1986", None, "South Africa"),
        note="'its' before a flow: the last country named before it owns the flow",
    ),
    ex(
        "The country would buy from the [United States|p] all of the [1.27 billion dlrs|m|1.27e9 USD] of its planned imports in [1987|t|1987].",
        ("imports", "level", 1.27e9, "USD", "1987", None, None),
        note="negative: 'its' does not refer to a preposition's object (the flow's partner)",
    ),
    ex(
        "[Japan|p]'s [Acme Corp|o] said its exports rose 5 pct in [1986|t|1986].",
        ("exports", "change", 5, "percent", "1986", None, None),
        note="negative: 'its' after a company is the company's",
    ),
    ex(
        "[Japanese|p|Japan] car exports rose 5% in [2004|t|2004].",
        ("car_exports", "change", 5, "percent", "2004", "Japan", None),
        note="a nationality before a named good's flow owns it",
    ),
    ex(
        "Officials who met in [Mexico|p] last week said exports rose 5% in [2004|t|2004].",
        ("exports", "change", 5, "percent", "2004", None, None),
        note="a country that is not the sentence's subject owns nothing",
    ),
    ex(
        "[China|p] is the main market, and officials in [Japan|p] now expect that exports will rise 5% in [2004|t|2004].",
        ("exports", "change", 5, "percent", "2004", None, None),
        note="two countries: no one owner",
    ),
    ex(
        "peru's trade deficit widened to [210 mln dlrs|m|210e6 USD] in [march|t|1987-03], the central bank said. Imports rose 4 pct to [510 mln dlrs|m|510e6 USD].",
        ("trade_deficit", "level", 210e6, "USD", "1987-03", None, None),
        ("imports", "change", 4, "percent", None, None, "Peru"),
        ("imports", "level", 510e6, "USD", None, None, "Peru"),
        note="a wire in lower case: the country owning its lead figure reports",
    ),
    ex(
        "the value of brazilian exports rose 12 pct in [march|t|1987-03]. Imports fell to [1.1 billion dlrs|m|1.1e9 USD].",
        ("exports", "change", 12, "percent", "1987-03", "Brazil", None),
        ("imports", "level", 1.1e9, "USD", None, None, "Brazil"),
        note="a lower-case nationality says whose: no part of the measure's name",
    ),
    ex(
        "the company's exports rose to [12 mln dlrs|m|12e6 USD] in [march|t|1987-03], it said in china. Imports fell to [3 mln dlrs|m|3e6 USD].",
        ("exports", "level", 12e6, "USD", "1987-03", None, None),
        ("imports", "level", 3e6, "USD", None, None, None),
        note="a lower-case country that owns no figure reports nothing",
    ),
    ex(
        "[Canada|p] posted a surplus in [January|t|1987-01], [Canadian|p|Canada] officials said. Imports from the [United States|p] fell 3 pct in [January|t|1987-01].",
        ("imports", "change", -3, "percent", "1987-01", "United States", "Canada"),
    ),
    ex(
        "The trade turnover between [Peru|p] and [Chile|p] rose to [$4 billion|m|4e9 USD] in [2018|t|2018], with exports at [$1.5 billion|m|1.5e9 USD]. [Peru|p] and [Chile|p] signed a pact.",
        ("trade_turnover", "level", 4e9, "USD", "2018", None, None),
        ("exports", "level", 1.5e9, "USD", "2018", None, None),
        note="two countries' trade: whose exports is not stated",
    ),
    # company news
    ex(
        "The company has had weak results this year, with earnings declining 43% to [$13.7 million|m|13.7e6 USD].",
        ("profit", "change", -43, "percent", None, None, None),
        ("profit", "level", 13.7e6, "USD", None, None, None),
    ),
    ex(
        "A Dutch group sought approval to buy up to 25% of [Nashua|o].",
        ("stake", "level", 25, "percent", None, None, None),
        note="a percentage bought of a company is a stake",
    ),
    ex(
        "Its market share rose to 12% from 7%.",
        ("market_share", "level", 12, "percent", None, None, None),
        ("market_share", "level", 7, "percent", None, None, None),
    ),
    ex(
        "The group plans to sell assets to pay debt of [$5 billion|m|5e9 USD].",
        ("debt", "level", 5e9, "USD", None, None, None),
        note="'pay' after 'to' is a verb, not a kind of debt",
    ),
    ex(
        "The group holds 3,027,330 shares, or 45.2% of its common shares outstanding.",
        ("stake", "level", 45.2, "percent", None, None, None),
    ),
    ex(
        "[Intel|o] shares fell 1.7% on Friday.",
        ("share_price", "change", -1.7, "percent", None, None, None),
    ),
    ex(
        "[Society Corp|o] agreed in June to buy [Trustcorp|o] for [$450 million|m|450e6 USD].",
        ("acquisition_price", "level", 450e6, "USD", None, None, None),
    ),
    ex(
        "The group sold its candy business for about [$370 million|m|370e6 USD].",
        ("acquisition_price", "level", 370e6, "USD", None, None, None),
        note="the price paid for a unit, whichever side says it",
    ),
    ex(
        "The ministry bought wheat for [$5 million|m|5e6 USD].",
        ("purchases", "level", 5e6, "USD", None, None, None),
        note="goods bought: purchases, not the price of a company",
    ),
    ex(
        "In [April|t|1987-04], the current account recorded a deficit of [300 mln schillings|m|300e6 ATS] compared with an [800 mln|m|800e6 ATS] surplus in [March|t|1987-03].",
        ("current_account_deficit", "level", 300e6, "ATS", "1987-04", None, None),
        ("current_account_surplus", "level", 800e6, "ATS", "1987-03", None, None),
        note="a bare deficit continues the balance named before it",
    ),
    ex(
        "[Japan|p] bought [1.2 billion dlrs|m|1.2e9 USD] of wheat from the [United States|p] [last year|t|1986].",
        ("purchases", "level", 1.2e9, "USD", "1986", "United States", "Japan"),
        note="a purchase's seller follows the amount bought; 'from' a place is no comparison base",
    ),
    ex(
        "[China|p] imported about [300 mln dlrs|m|300e6 USD] of soybeans from [Brazil|p] in [1986|t|1986].",
        ("imports", "level", 300e6, "USD", "1986", "Brazil", "China"),
        note="the object of a flow verb; its partner after it",
    ),
    ex(
        "[Japan|p] bought [1.2 billion dlrs|m|1.2e9 USD] of wheat, and [Korea|p] sold rice to [China|p].",
        ("purchases", "level", 1.2e9, "USD", None, None, "Japan"),
        note="negative: a partner in the next clause is not the purchase's",
    ),
    ex(
        "[Chilean|p|Chile] officials said their country's mills agreed to buy [$50 million|m|50e6 USD] worth of [U.S.|p|United States] cotton.",
        ("purchases", "level", 50e6, "USD", None, "United States", "Chile"),
        note="'their country's' refers back to the country named before it: the buyer",
    ),
    ex(
        "Officials said mills agreed to buy [$50 million|m|50e6 USD] worth of [U.S.|p|United States] cotton.",
        ("purchases", "level", 50e6, "USD", None, "United States", None),
        note="negative: no buyer named, none referred to",
    ),
    ex(
        "Net income rose to [$50 million|m|50e6 USD] in [the third quarter|t|1989-07-01/1989-09-30]. Sales rose to [$52.4 million|m|52.4e6 USD] from [$50.1 million|m|50.1e6 USD].",
        ("net_income", "level", 50e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("sales", "level", 52.4e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("sales", "level", 50.1e6, "USD", "1988-07-01/1988-09-30", None, None),
        note="a comparison with no period of its own is the running period's; its base, a quarter's results, the same quarter a year earlier",
    ),
    ex(
        "Sales rose to [$52.4 million|m|52.4e6 USD] from [$50.1 million|m|50.1e6 USD].",
        ("sales", "level", 52.4e6, "USD", None, None, None),
        ("sales", "level", 50.1e6, "USD", None, None, None),
        note="negative: no running period, no period",
    ),
    ex(
        "Net income rose to [$3 million|m|3e6 USD] in [the fourth quarter|t|1989-06-01/1989-08-31]. [A year earlier|t|1988-06-01/1988-08-31] it earned [$2.4 million|m|2.4e6 USD]. Sales rose to [$52.4 million|m|52.4e6 USD] from [$50.1 million|m|50.1e6 USD].",
        ("net_income", "level", 3e6, "USD", "1989-06-01/1989-08-31", None, None),
        ("profit", "level", 2.4e6, "USD", "1988-06-01/1988-08-31", None, None),
        ("sales", "level", 52.4e6, "USD", "1989-06-01/1989-08-31", None, None),
        ("sales", "level", 50.1e6, "USD", "1988-06-01/1988-08-31", None, None),
        note="a year-earlier figure is no running period",
    ),
    ex(
        "The retailer said net rose to [$108.8 million|m|108.8e6 USD], or [$1.35|m|1.35 USD] a share, in [the third quarter|t|1989-07-01/1989-09-30].",
        ("net_income", "level", 108.8e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("earnings_per_share", "level", 1.35, "USD", "1989-07-01/1989-09-30", None, None),
        note="'net' alone before a verb of change is net income",
    ),
    ex(
        "The net effect was [$5 million|m|5e6 USD] in [the third quarter|t|1989-07-01/1989-09-30].",
        ("net_effect", "level", 5e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="negative: 'net' as an adjective of another noun",
    ),
    ex(
        "For the first half, the retailer had net of [$12 million|m|12e6 USD], or [40 cents|m|0.4 USD] a share.",
        ("net_income", "level", 12e6, "USD", None, None, None),
        ("earnings_per_share", "level", 0.4, "USD", None, None, None),
        note="'net' as the object of a verb of reporting is net income",
    ),
    ex(
        "Net for the quarter was [$7 million|m|7e6 USD], up 12% from a year earlier.",
        ("net_income", "level", 7e6, "USD", None, None, None),
        ("net_income", "change", 12, "percent", None, None, None),
        note="'net' of a period is net income",
    ),
    ex(
        "The company received [$40 million|m|40e6 USD], net of fees, from the sale.",
        note="negative: 'net of' a deduction names no measure",
    ),
    ex(
        "In composite trading, [Acme|o] closed at [$21.50|m|21.5 USD], off [75 cents|m|0.75 USD].",
        ("share_price", "level", 21.5, "USD", None, None, None),
        ("share_price", "change", -0.75, "USD", None, None, None),
        note="a company closing at a price, and the day's change after it ('off' is down)",
    ),
    ex(
        "The stock closed yesterday at [$8|m|8 USD] a share, up [25 cents|m|0.25 USD].",
        ("share_price", "level", 8, "USD", None, None, None),
        ("share_price", "change", 0.25, "USD", None, None, None),
    ),
    ex(
        "Gold closed at [$380|m|380 USD] an ounce, down [$2|m|2 USD].",
        note="negative: a commodity's price per unit is no share price",
    ),
    ex(
        "Gold closed at [$380|m|380 USD], down [$2|m|2 USD].",
        note="negative: a commodity closing is no share price",
    ),
    ex(
        "[Acme|o] owns about 40% of [Beta Corp|o]'s common shares.",
        ("stake", "level", 40, "percent", None, None, None),
        note="a percentage of a company owned is a stake",
    ),
    ex(
        "The bank plans to sell its 20%-owned affiliate.",
        ("stake", "level", 20, "percent", None, None, None),
    ),
    ex(
        "The brewer is controlled 60% by [Acme|o].",
        ("stake", "level", 60, "percent", None, None, None),
    ),
    ex(
        "[Acme|o] holds 33% of the U.S. market for razors.",
        note="negative: a percentage of a market held is no stake",
    ),
    ex(
        "The company sold 30% of its output abroad.",
        ("output", "level", 30, "percent", None, None, None),
        note="negative: a percentage of output sold is no stake",
    ),
    ex(
        "[Acme|o] rejected a [$15|m|15 USD]-a-share offer from [Beta|o].",
        ("offer_price_per_share", "level", 15, "USD", None, None, None),
        note="a price a share before 'offer' is the offer's price per share",
    ),
    ex(
        "[Beta|o] made a [$20|m|20 USD] a share bid for the company.",
        ("offer_price_per_share", "level", 20, "USD", None, None, None),
    ),
    ex(
        "The results included a pretax gain of [$13.7 million|m|13.7e6 USD], or [20 cents|m|0.2 USD] a share, on the sale of a unit.",
        ("gain", "level", 13.7e6, "USD", None, None, None),
        ("gain_per_share", "level", 0.2, "USD", None, None, None),
        note="a one-time gain in money, and its amount a share",
    ),
    ex(
        "The charges were partly offset by a [$2 million|m|2e6 USD] gain on the sale of investments.",
        ("gain", "level", 2e6, "USD", None, None, None),
        note="the change word is itself the measure: its size is a level",
    ),
    ex(
        "Sales showed a [$2 million|m|2e6 USD] gain over last year.",
        ("sales", "change", 2e6, "USD", None, None, None),
        note="negative: a gain of a named measure is its change",
    ),
    ex(
        "Exports showed a gain of 5% in the month.",
        ("exports", "level", 5, "percent", None, None, None),
        note="negative: a gain in percent is no one-time gain",
    ),
    ex(
        "It will report a write-off of [$2.5 million|m|2.5e6 USD], or [seven cents|m|0.07 USD] a share.",
        ("write_off", "level", 2.5e6, "USD", None, None, None),
        ("write_off_per_share", "level", 0.07, "USD", None, None, None),
        note="'X, or Y a share' after an open measure: the same measure a share",
    ),
    ex(
        "Sales were [$5 million|m|5e6 USD], and the stock traded at [$4|m|4 USD] a share.",
        ("sales", "level", 5e6, "USD", None, None, None),
        ("share_price", "level", 4, "USD", None, None, None),
        note="negative: an amount a share not joined by ', or' is no per-share twin",
    ),
    ex(
        "The company completed its acquisition of [Beta Corp|o] for about [$423 million|m|423e6 USD].",
        ("acquisition_price", "level", 423e6, "USD", None, None, None),
        note="the noun 'acquisition of X for $Y' names the price paid",
    ),
    ex(
        "The purchase of wheat for [$50 million|m|50e6 USD] was approved.",
        ("purchases", "level", 50e6, "USD", None, None, None),
        note="negative: a purchase of goods is no acquisition",
    ),
    ex(
        "The group is arranging financing before offering [C$16.40|m|16.4 CAD] a share for the company.",
        ("offer_price_per_share", "level", 16.4, "CAD", None, None, None),
        note="the verb 'offering' before a price a share is a bid",
    ),
    ex(
        "The company is offering [$150 million|m|150e6 USD] of senior notes.",
        ("offering_size", "level", 150e6, "USD", None, None, None),
        note="negative: offering an amount of notes is an issue, not a bid",
    ),
    ex(
        "The bank, with [$5.4 billion|m|5.4e9 USD] in assets, agreed to the merger.",
        ("assets", "level", 5.4e9, "USD", None, None, None),
        note="a company's assets",
    ),
    ex(
        "The funds hold assets of about [$32 billion|m|32e9 USD].",
        ("assets", "level", 32e9, "USD", None, None, None),
        note="negative: a verb of holding is no modifier of the measure",
    ),
    ex(
        "The company had a tax credit of [$1.4 million|m|1.4e6 USD] in the quarter.",
        ("tax_credit", "level", 1.4e6, "USD", None, None, None),
        note="a tax credit is no loan",
    ),
    ex(
        "The bank extended a credit of [$1.4 million|m|1.4e6 USD] to the company.",
        ("loan", "level", 1.4e6, "USD", None, None, None),
        note="negative: a credit given is a loan",
    ),
    ex(
        "He cut his earnings estimate to [$2|m|2 USD] a share from [$3|m|3 USD].",
        ("earnings_per_share", "level", 2, "USD", None, None, None),
        ("earnings_per_share", "level", 3, "USD", None, None, None),
        note="the base of a per-share figure is a per-share figure",
    ),
    ex(
        "Net income fell 37% to [$32.9 million|m|32.9e6 USD], or [30 cents|m|0.3 USD] a share, from [$52.2 million|m|52.2e6 USD], or [48 cents|m|0.48 USD] a share.",
        ("net_income", "change", -37, "percent", None, None, None),
        ("net_income", "level", 32.9e6, "USD", None, None, None),
        ("earnings_per_share", "level", 0.3, "USD", None, None, None),
        ("net_income", "level", 52.2e6, "USD", None, None, None),
        ("earnings_per_share", "level", 0.48, "USD", None, None, None),
        note="negative: after a total's per-share twin, 'from $X' compares the totals",
    ),
    ex(
        "Net income for [the third quarter|t|1989-07-01/1989-09-30] fell 6% to [$20.6 million|m|20.6e6 USD], or [98 cents|m|0.98 USD] a share, from [$22 million|m|22e6 USD], or [$1.03|m|1.03 USD] a share.",
        ("net_income", "change", -6, "percent", "1989-07-01/1989-09-30", None, None),
        ("net_income", "level", 20.6e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("earnings_per_share", "level", 0.98, "USD", "1989-07-01/1989-09-30", None, None),
        ("net_income", "level", 22e6, "USD", "1988-07-01/1988-09-30", None, None),
        ("earnings_per_share", "level", 1.03, "USD", "1988-07-01/1988-09-30", None, None),
        note="a company's results for a quarter are compared with the quarter a year earlier: a base with no period of its own (and its amount a share) is that quarter",
    ),
    ex(
        "In [the first nine months|t|1989-01-01/1989-09-30], sales rose to [$4.27 billion|m|4.27e9 USD] from [$4 billion|m|4e9 USD].",
        ("sales", "level", 4.27e9, "USD", "1989-01-01/1989-09-30", None, None),
        ("sales", "level", 4e9, "USD", "1988-01-01/1988-09-30", None, None),
        note="the base of nine months' results is the same nine months a year earlier",
    ),
    ex(
        "For [the quarter|t|1989-07-01/1989-09-30] ended [Sept. 30|t|1989-09-30], the airline posted net income of [$133.1 million|m|133.1e6 USD].",
        ("net_income", "level", 133.1e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="the day a named period ends on is part of its name, no period of the amount",
    ),
    ex(
        "Net income rose to [$20 million|m|20e6 USD] in [the fiscal first quarter|t|1989-07-01/1989-09-30] ended [Sept. 30|t|1989-09-30].",
        ("net_income", "level", 20e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="a fiscal quarter dated by its end: the three months ending that day",
    ),
    ex(
        "The fund ended [Sept. 30|t|1989-09-30] with assets of [$5 million|m|5e6 USD].",
        ("assets", "level", 5e6, "USD", "1989-09-30", None, None),
        note="negative: a day after 'ended' with no period before it stays the amount's",
    ),
    ex(
        "The company paid [$78.8 million|m|78.8e6 USD] in taxes during [the quarter|t|1989-07-01/1989-09-30].",
        ("taxes", "level", 78.8e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="'$X in taxes': what the sum is counted in is its measure",
    ),
    ex(
        "The changes will save the company about [$4 million|m|4e6 USD] in interest expenses [next year|t|1990].",
        ("interest_expenses", "level", 4e6, "USD", "1990", None, None),
        note="'$X in interest expenses': the text's own measure after 'in'",
    ),
    ex(
        "The company has [$172.5 million|m|172.5e6 USD] in subordinated convertible debentures outstanding.",
        ("subordinated_convertible_debentures", "level", 172.5e6, "USD", None, None, None),
        note="'in' + participles before the head noun: the whole phrase is the measure",
    ),
    ex(
        "These payments consisted of [$54 million|m|54e6 USD] in scheduled payments.",
        ("scheduled_payments", "level", 54e6, "USD", None, None, None),
        note="a participle modifying the head after 'in'",
    ),
    ex(
        "The bank put [$5 million|m|5e6 USD] in senior subordinated convertible debentures.",
        note="negative: the phrase after 'in' goes on past three words: none rather than a cut name",
    ),
    ex(
        "Shareholders approved its acquisition by [Royal Trustco|o] for [$27|m|27 USD] a share, or [$212 million|m|212e6 USD].",
        ("acquisition_price_per_share", "level", 27, "USD", None, None, None),
        ("acquisition_price", "level", 212e6, "USD", None, None, None),
        note="the price paid for a company a share is the acquisition price a share (a bid's is the offer's)",
    ),
    ex(
        "In London, Corus fell 2.2% to [55.57 pence|m|0.5557 GBP], with Arcelor dropping 1.7% to [16.87 euros|m|16.87 EUR].",
        ("share_price", "change", -2.2, "percent", None, None, None),
        ("share_price", "level", 0.5557, "GBP", None, None, None),
        ("share_price", "change", -1.7, "percent", None, None, None),
        ("share_price", "level", 16.87, "EUR", None, None, None),
        note="with no measure named, a change in percent to a price (under 10,000 of its currency) is a stock's move",
    ),
    ex(
        "It rose 3% to [$47|m|47 USD] a barrel.",
        note="negative: a price per unit of a good is no stock's price",
    ),
    ex(
        "It grew 5% to [$3bn|m|3e9 USD].",
        note="negative: billions are no share price",
    ),
    ex(
        "Net profit rose 28% to [A$458.4m|m|458.4e6 AUD] ([$357.6m|m|357.6e6 USD]; [£191m|m|191e6 GBP]).",
        ("net_income", "change", 28, "percent", None, None, None),
        ("net_income", "level", 458.4e6, "AUD", None, None, None),
        ("net_income", "level", 357.6e6, "USD", None, None, None),
        ("net_income", "level", 191e6, "GBP", None, None, None),
        note="a second conversion in the bracket, after ';', is the same fact",
    ),
    ex(
        "The government spent [59.2 trillion rupiah|m|59.2e12 IDR] on fuel subsidies in [2004|t|2004].",
        ("spending", "level", 59.2e12, "IDR", "2004", None, None),
        note="'spent' names spending as 'spending' does",
    ),
    ex(
        "[Citigroup|o] has sold its Travelers Life & Annuity insurance arm to [Metlife|o] for [$11.5bn|m|11.5e9 USD].",
        ("acquisition_price", "level", 11.5e9, "USD", None, None, None),
        note="a unit sold (an 'arm', named in five words) to a buyer named before 'for': its price",
    ),
    ex(
        "Last month [Marsh|o] agreed to pay [$850m|m|850e6 USD] ([£415m|m|415e6 GBP]) to settle a lawsuit.",
        ("settlement", "level", 850e6, "USD", None, None, None),
        ("settlement", "level", 415e6, "GBP", None, None, None),
        note="a sum paid to settle a dispute is the settlement's value",
    ),
    ex(
        "The two sides hope to settle the dispute, which involves [$5m|m|5e6 USD] of goods.",
        note="negative: 'to settle' not right after the sum",
    ),
    ex(
        "It is also paying [$500,000|m|500e3 USD] to the [SEC|o] to settle the bribe charge.",
        ("settlement", "level", 500e3, "USD", None, None, None),
        note="a settlement's sum with whom it is paid to (or when) before 'to settle'",
    ),
    ex(
        "It added that it plans to invest [£10bn|m|10e9 GBP] in its network.",
        ("investment", "level", 10e9, "GBP", None, None, None),
        note="the verb 'invest' names investment, as 'invested' does",
    ),
    ex(
        "The greenback hit [$1.3516|m|1.3516 USD] in thin New York trade.",
        ("exchange_rate", "level", 1.3516, "USD", None, None, None),
        note="the words after 'in' go on into a name, no measure of their own; the greenback's price is its rate",
    ),
    ex(
        "Holders will receive [$21|m|21 USD] in cash for each of their shares.",
        note="negative: 'in cash' says how a sum is paid, not what it measures",
    ),
    ex(
        "Its shares fell [$1.50|m|1.5 USD] in heavy trading.",
        ("share_price", "change", -1.5, "USD", None, None, None),
        note="'in heavy trading' is a market, not a measure",
    ),
    ex(
        "The company invested [$5 million|m|5e6 USD] in new plant.",
        ("investment", "level", 5e6, "USD", None, None, None),
        note="negative for 'in': a listed measure right before the sum names it",
    ),
    ex(
        "Savin reported a third-quarter net loss of [$35.2 million|m|35.2e6 USD] in [the third quarter|t|1989-07-01/1989-09-30], compared with year-earlier profit of [$3.8 million|m|3.8e6 USD], or [one cent|m|0.01 USD] a share.",
        ("net_loss", "level", 35.2e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("profit", "level", 3.8e6, "USD", "1988-07-01/1988-09-30", None, None),
        ("earnings_per_share", "level", 0.01, "USD", "1988-07-01/1988-09-30", None, None),
        note="a loss compared with a profit: the profit is the base, a year earlier",
    ),
    ex(
        "Weak data preyed on shares, with the Nikkei down 1% in afternoon trade.",
        ("share_index", "change", -1, "percent", None, None, None),
        note="a stock index's move in percent is share_index (not 'afternoon trade')",
    ),
    ex(
        "It was a week that saw the DAX index lose 4%.",
        ("share_index", "change", -4, "percent", None, None, None),
        note="a stock index by its name and 'index'; 'lose' is a fall",
    ),
    ex(
        "The Financial Times 100-share index shed 47.3 points to close at 2082.1, down 4.5%.",
        ("share_index", "change", -4.5, "percent", None, None, None),
        note="an index called by its number of shares; its points are no fact",
    ),
    ex(
        "The consumer price index rose 0.3% in [March|t|1987-03].",
        ("consumer_price_index", "change", 0.3, "percent", "1987-03", None, None),
        note="negative for share_index: a price index of the economy",
    ),
    ex(
        "The Nikkei fell, while exports rose 5% in [March|t|1987-03].",
        ("exports", "change", 5, "percent", "1987-03", None, None),
        note="negative for share_index: another measure stands between the index and the percentage",
    ),
    ex(
        "Exports rose to [5 billion dlrs|m|5e9 USD] in [March|t|1987-03] from [4 billion dlrs|m|4e9 USD].",
        ("exports", "level", 5e9, "USD", "1987-03", None, None),
        ("exports", "level", 4e9, "USD", None, None, None),
        note="negative: a month's trade figure is compared with the month before as often as with the year before; its base stays undated",
    ),
    ex(
        "He cut his earnings estimate for [next year|t|1990] to [$2|m|2 USD] a share from [$3|m|3 USD].",
        ("earnings_per_share", "level", 2, "USD", "1990", None, None),
        ("earnings_per_share", "level", 3, "USD", None, None, None),
        note="negative: a revised estimate's base is the old estimate of the same year, not a year earlier",
    ),
    ex(
        "Sales fell [200 million guilders|m|200e6 NLG] ([$96 million|m|96e6 USD]) in the year.",
        ("sales", "change", -200e6, "NLG", None, None, None),
        ("sales", "change", -96e6, "USD", None, None, None),
        note="a conversion in brackets is the same fact in another currency",
    ),
    ex(
        "The shares closed at [185 pence|m|1.85 GBP] ([$2.90|m|2.9 USD]), and the group had sales of [$5 million|m|5e6 USD].",
        ("share_price", "level", 1.85, "GBP", None, None, None),
        ("share_price", "level", 2.9, "USD", None, None, None),
        ("sales", "level", 5e6, "USD", None, None, None),
        note="negative: only the amount right in brackets restates the one before",
    ),
    ex(
        "The company will also assume [$22 million|m|22e6 USD] of Acme's existing debt.",
        ("debt", "level", 22e6, "USD", None, None, None),
        note="an owner's name between 'of' and the listed measure",
    ),
    ex(
        "The surplus will fall to less than 2% of Japan's output in 1993.",
        ("trade_surplus", "level", 2, "percent", None, None, None),
        note="negative: a percentage of an owner's measure is a ratio: the subject's",
    ),
    ex(
        "The group had [eight million guilders|m|8e6 NLG] of extraordinary charges in the quarter.",
        ("extraordinary_charges", "level", 8e6, "NLG", None, None, None),
        note="the text's own measure after 'of'",
    ),
    ex(
        "The rebels seized [$10 million|m|10e6 USD] of the bank's cash.",
        note="negative: a determiner after 'of' starts no measure phrase",
    ),
    ex(
        "Results included a [$7.6 million|m|7.6e6 USD] gain, or [11 cents|m|0.11 USD] a share, from the sale of shares.",
        ("gain", "level", 7.6e6, "USD", None, None, None),
        ("gain_per_share", "level", 0.11, "USD", None, None, None),
        note="a gain with its amount a share",
    ),
    ex(
        "[Rank|o] agreed to acquire the 51% of [Beta|o]'s film unit that it doesn't own.",
        ("stake", "level", 51, "percent", None, None, None),
        note="a determiner between the verb of holding and the percentage",
    ),
    ex(
        "The company filed a registration statement for [$125 million|m|125e6 USD] of convertible subordinated debentures.",
        ("offering_size", "level", 125e6, "USD", None, None, None),
        note="the noun of a filing before the amount of securities it issues",
    ),
    ex(
        "The bank said it plans to raise [$150 million|m|150e6 USD] through a private placement of preferred shares.",
        ("offering_size", "level", 150e6, "USD", None, None, None),
        note="what a placement raises",
    ),
    ex(
        "The company sold [$150 million|m|150e6 USD] of 10% senior subordinated notes.",
        ("offering_size", "level", 150e6, "USD", None, None, None),
        ("coupon_rate", "level", 10, "percent", None, None, None),
        note="a percentage before debt securities is their coupon",
    ),
    ex(
        "The company declared a 5% stock dividend.",
        ("dividend", "level", 5, "percent", None, None, None),
        note="negative: stock is no debt security",
    ),
    ex(
        "The company will redeem its [$150 million|m|150e6 USD] of convertible subordinated debentures.",
        ("convertible_subordinated_debentures", "level", 150e6, "USD", None, None, None),
        note="the whole phrase after 'of', a participle inside it (never cut at 'convertible')",
    ),
    ex(
        "Passenger traffic jumped 14% in the quarter.",
        ("passenger_traffic", "change", 14, "percent", None, None, None),
        note="the text's own measure linked by a verb of change",
    ),
    ex(
        "Personal incomes rose by 9% last year.",
        ("personal_incomes", "change", 9, "percent", None, None, None),
    ),
    ex(
        "Revenue per passenger grew 2%.",
        ("revenue", "change", 2, "percent", None, None, None),
        note="negative: a listed measure inside the text's phrase names it",
    ),
    ex(
        "He said the figure rose 5%.",
        note="negative: a word that only refers to a figure names no measure",
    ),
    ex(
        "[Acme|o] shed [8.5 pence|m|0.085 GBP] a share to close at [185 pence|m|1.85 GBP].",
        ("share_price", "change", -0.085, "GBP", None, None, None),
        ("share_price", "level", 1.85, "GBP", None, None, None),
        note="a change before a closing price ('shed' is down)",
    ),
    ex(
        "Gold rose [$3|m|3 USD] to close at [$380|m|380 USD] an ounce.",
        ("gold", "change", 3, "USD", None, None, None),
        note="negative: a commodity closing is no share price",
    ),
    ex(
        "In national over-the-counter trading yesterday, [Acme|o] plunged [$4|m|4 USD] to [$14.75|m|14.75 USD].",
        ("share_price", "change", -4, "USD", None, None, None),
        ("share_price", "level", 14.75, "USD", None, None, None),
        note="no measure named in a sentence about a stock's trading: its price",
    ),
    ex(
        "In composite trading, the company's sales rose to [$2 billion|m|2e9 USD].",
        ("sales", "level", 2e9, "USD", None, None, None),
        note="negative: a listed measure in a sentence about trading is still the measure",
    ),
    ex(
        "Analysts expect the company to earn [35 cents|m|0.35 USD] a share for the quarter.",
        ("earnings_per_share", "level", 0.35, "USD", None, None, None),
        note="the verb 'earn' before its amount a share",
    ),
    ex(
        "The company did not earn enough to pay its [$2 million|m|2e6 USD] dividend.",
        ("dividend", "level", 2e6, "USD", None, None, None),
        note="negative: 'earn' with no amount after it names no profit",
    ),
    ex(
        "Wheat trade between the two countries rose to [$2 billion|m|2e9 USD] in [2019|t|2019].",
        ("wheat_trade", "level", 2e9, "USD", "2019", None, None),
        note="trade in a named good keeps the good's name (its class is trade)",
    ),
    ex(
        "Its trade with the region rose to [$2 billion|m|2e9 USD] in [2019|t|2019].",
        ("trade_turnover", "level", 2e9, "USD", "2019", None, None),
        note="negative: a possessive is no named good",
    ),
    ex(
        "[Japan|p] bought [1.2 billion dlrs|m|1.2e9 USD] of [American|p|United States] wheat.",
        ("purchases", "level", 1.2e9, "USD", None, "United States", "Japan"),
        note="the goods' nationality after 'of' is where they come from",
    ),
    ex(
        "Imports of [Japan|p] rose to [5 billion dlrs|m|5e9 USD] in [1986|t|1986].",
        ("imports", "level", 5e9, "USD", "1986", None, "Japan"),
        note="negative: 'imports of' a country are that country's",
    ),
    ex(
        "[Alibaba|o] is set to raise up to [$12.9bn|m|12.9e9 USD] from its listing.",
        ("offering_size", "level", 12.9e9, "USD", None, None, None),
        note="what a listing raises is the offering's size",
    ),
    ex(
        "The firm will raise up to [$5 million|m|5e6 USD] from its customers.",
        note="negative: money raised from customers is no listing",
    ),
    ex(
        "The dollar was buying [104.76 yen|m|104.76 JPY] in Tokyo, with [one euro|m|1 EUR] worth [$1.3218|m|1.3218 USD].",
        ("exchange_rate", "level", 104.76, "JPY", None, None, None),
        ("exchange_rate", "level", 1.3218, "USD", None, None, None),
        note="a currency quoted by what it buys; 'one euro' is the quote's unit, no fact",
    ),
    ex(
        "The company was buying [5 mln dlrs|m|5e6 USD] of wheat.",
        ("purchases", "level", 5e6, "USD", None, None, None),
        note="negative: no currency does the buying",
    ),
    ex(
        "Its shares closed up [four pence|m|0.04 GBP] at [274.5 pence|m|2.745 GBP].",
        ("share_price", "change", 0.04, "GBP", None, None, None),
        ("share_price", "level", 2.745, "GBP", None, None, None),
        note="after 'at' a value is the level, not the next item of a list of changes",
    ),
    ex(
        "Young people are hard hit, with 37% out of work.",
        note="negative: a preposition after a percentage is no measure",
    ),
    ex(
        "The firm had an operating loss of [7.5bn yen|m|7.5e9 JPY] in [2004|t|2004].",
        ("operating_loss", "level", 7.5e9, "JPY", "2004", None, None),
        note="an operating loss is its own measure, as an operating profit is",
    ),
    ex(
        "The firm had a loss of [7.5bn yen|m|7.5e9 JPY] in [2004|t|2004].",
        ("net_loss", "level", 7.5e9, "JPY", "2004", None, None),
        note="negative: a bare loss stays net_loss",
    ),
    ex(
        "The company reported a profit margin of 45.6% in [2004|t|2004].",
        ("profit_margin", "level", 45.6, "percent", "2004", None, None),
        note="a margin is no profit",
    ),
    ex(
        "The unemployment rate was unchanged at 6.7 pct in [February|t|1987-02].",
        ("unemployment_rate", "level", 6.7, "percent", "1987-02", None, None),
        note="unemployment is a measure",
    ),
    ex(
        "Spending on unemployment benefits rose to [$5 billion|m|5e9 USD] in [2004|t|2004].",
        ("spending", "level", 5e9, "USD", "2004", None, None),
        note="negative: unemployment benefits are what is spent on",
    ),
    ex(
        "The retailer reported sales growth of 8% in [2004|t|2004].",
        ("sales", "change", 8, "percent", "2004", None, None),
        note="a noun of change before 'of' makes a change",
    ),
    ex(
        "Net income includes a gain of about [$100,000|m|100e3 USD].",
        ("gain", "level", 100e3, "USD", None, None, None),
        note="negative: a gain of money is an item, a level (of the gain the text names)",
    ),
    ex(
        "[SBC|o] agreed to buy its former parent and phone pioneer [AT&T|o] for about [$16bn|m|16e9 USD].",
        ("acquisition_price", "level", 16e9, "USD", None, None, None),
        note="the price paid for a company described before its name",
    ),
    ex(
        "[Yukos|o] was sold at auction for [$9.4bn|m|9.4e9 USD].",
        ("acquisition_price", "level", 9.4e9, "USD", None, None, None),
        note="a company sold in the passive",
    ),
    ex(
        "The takeover of [Marks & Spencer|o] would be worth [£9bn|m|9e9 GBP].",
        ("acquisition_price", "level", 9e9, "GBP", None, None, None),
        note="the value of a takeover",
    ),
    ex(
        "Its stock has swung on takeover speculation, rising to [$42.875|m|42.875 USD] a share.",
        ("share_price", "level", 42.875, "USD", None, None, None),
        note="negative: a takeover word modifying another noun names no value",
    ),
    ex(
        "Exports rose to [3 billion dlrs|m|3e9 USD], the ministry said on [Tuesday|t|1987-04-07].",
        ("exports", "level", 3e9, "USD", None, None, None),
        note="the day the figures were told is not their period",
    ),
    ex(
        "The company reported [third-quarter|t|1989-07-01/1989-09-30] profit of [$5 million|m|5e6 USD].",
        ("profit", "level", 5e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="negative: a period after 'reported' that is no day is the figure's",
    ),
    ex(
        "Its shares closed on [Tuesday|t|1987-04-07] at [274.5 pence|m|2.745 GBP].",
        ("share_price", "level", 2.745, "GBP", "1987-04-07", None, None),
        note="negative: a day with no verb of telling before it dates the value",
    ),
    ex(
        "Sales to the [European Community|o] rose to [4.5 billion dlrs|m|4.5e9 USD] in [1986|t|1986].",
        ("sales", "level", 4.5e9, "USD", "1986", None, "European Community"),
        note="sales to a named partner are a flow toward it",
    ),
    ex(
        "[Acme Corp|o]'s sales rose to [$4.5 billion|m|4.5e9 USD] in [1986|t|1986].",
        ("sales", "level", 4.5e9, "USD", "1986", None, None),
        note="negative: a company's sales with no partner have no direction",
    ),
    ex(
        "The company said it will offer [100 mln dlrs|m|100e6 USD] of notes due [1997|t|1997].",
        ("offering_size", "level", 100e6, "USD", None, None, None),
        note="an issue's size; a maturity is not its period",
    ),
    ex(
        "The retailer raised [$200 million|m|200e6 USD] in its initial public offering [last year|t|1986].",
        ("offering_size", "level", 200e6, "USD", "1986", None, None),
        note="what a listing raised",
    ),
    ex(
        "The pension fund bought [100 mln dlrs|m|100e6 USD] of notes.",
        ("purchases", "level", 100e6, "USD", None, None, None),
        note="negative: buying securities is no offering",
    ),
    ex(
        "The offering was priced to yield 7.51%.",
        ("yield", "level", 7.51, "percent", None, None, None),
        note="negative: a yield is its own measure, no offering's size",
    ),
    ex(
        "Imports of crude oil rose to [2.3 billion dlrs|m|2.3e9 USD] in [February|t|1987-02].",
        ("crude_oil_imports", "level", 2.3e9, "USD", "1987-02", None, None),
        note="a named good after the flow names it, as one before it does",
    ),
    ex(
        "Exports of manufactured goods rose to [2.3 billion dlrs|m|2.3e9 USD] in [February|t|1987-02].",
        ("exports", "level", 2.3e9, "USD", "1987-02", None, None),
        note="negative: goods in general are no named good",
    ),
    # company news in the WSJ style
    ex(
        "It reported [third-quarter|t|1989-07-01/1989-09-30] net income rose a lower-than-anticipated 5.2% to [$238.3 million|m|238.3e6 USD], or [83 cents|m|0.83 USD] a share, from [$226.5 million|m|226.5e6 USD], or [78 cents|m|0.78 USD].",
        ("net_income", "change", 5.2, "percent", "1989-07-01/1989-09-30", None, None),
        ("net_income", "level", 238.3e6, "USD", "1989-07-01/1989-09-30", None, None),
        ("earnings_per_share", "level", 0.83, "USD", "1989-07-01/1989-09-30", None, None),
        ("net_income", "level", 226.5e6, "USD", "1988-07-01/1988-09-30", None, None),
        ("earnings_per_share", "level", 0.78, "USD", "1988-07-01/1988-09-30", None, None),
        note="a change after 'a' and an adjective; the base's amount a share with 'a share' elided",
    ),
    ex(
        "Net income rose to [$5 million|m|5e6 USD], or [8 cents|m|0.08 USD] a share, and sales rose to [$90 million|m|90e6 USD], or [$2 million|m|2e6 USD] more than planned.",
        ("net_income", "level", 5e6, "USD", None, None, None),
        ("earnings_per_share", "level", 0.08, "USD", None, None, None),
        ("sales", "level", 90e6, "USD", None, None, None),
        ("sales", "change", 2e6, "USD", None, None, None),
        note="negative: an amount after ', or' is a share's only for a measure with one before",
    ),
    ex(
        "It fought a hostile takeover bid by [Paribas|o] at [1,850 French francs|m|1850 FRF] ([$297|m|297 USD]) a share.",
        ("offer_price_per_share", "level", 1850, "FRF", None, None, None),
        ("offer_price_per_share", "level", 297, "USD", None, None, None),
        note="'a share' after a conversion in brackets",
    ),
    ex(
        "[McCaw|o] extended its own offer to buy 22 million [LIN|o] shares for [$125|m|125 USD] apiece.",
        ("offer_price_per_share", "level", 125, "USD", None, None, None),
        note="the price offered for shares, 'apiece'",
    ),
    ex(
        "The cars sold for [$20,000|m|20000 USD] apiece.",
        note="negative: 'apiece' with no share and no measure",
    ),
    ex(
        "It plans to raise [175 million Canadian dollars|m|175e6 CAD] ([US$148.9 million|m|148.9e6 USD]) through a private placement of preferred shares.",
        ("offering_size", "level", 175e6, "CAD", None, None, None),
        ("offering_size", "level", 148.9e6, "USD", None, None, None),
        note="what a placement raises, past a conversion in brackets",
    ),
    ex(
        "[First Security Corp.|o] agreed to acquire [Deseret Bancorp.|o] for stock valued at [about $18 million|m|18e6 USD about].",
        ("acquisition_price", "level", 18e6, "USD", None, None, None),
        note="a company acquired for stock of a value; the sentence goes on after 'Bancorp.'",
    ),
    ex(
        "[LIN|o] would buy out for [$1.9 billion|m|1.9e9 USD] the 55% equity interest of its partner.",
        ("acquisition_price", "level", 1.9e9, "USD", None, None, None),
        ("stake", "level", 55, "percent", None, None, None),
        note="the price before the object; an equity interest is a stake",
    ),
    ex(
        "Operating profit for the abrasives and petroleum services concern was [$19.2 million|m|19.2e6 USD].",
        ("operating_profit", "level", 19.2e6, "USD", None, None, None),
        note="negative: the company the figure is for is no measure",
    ),
    ex(
        "Its [third-quarter|t|1989-07-01/1989-09-30] sales were [$2.49 billion|m|2.49e9 USD], up from [last year|t|1988]'s [$2.34 billion|m|2.34e9 USD].",
        ("sales", "level", 2.49e9, "USD", "1989-07-01/1989-09-30", None, None),
        ("sales", "level", 2.34e9, "USD", "1988-07-01/1988-09-30", None, None),
        note="a base owned by 'last year' in quarterly results: last year's quarter",
    ),
    ex(
        "The deficit was [224 mln stg|m|224e6 GBP] in [February|t|1987-02], narrower than [January|t|1987-01]'s [527 mln|m|527e6 GBP] deficit.",
        ("trade_deficit", "level", 224e6, "GBP", "1987-02", None, None),
        ("trade_deficit", "level", 527e6, "GBP", "1987-01", None, None),
        note="a period's possessive dates its amount",
    ),
    ex(
        "The company boosted its quarterly dividend 20% to [three cents|m|0.03 USD] a share.",
        ("dividend", "change", 20, "percent", None, None, None),
        ("dividend_per_share", "level", 0.03, "USD", None, None, None),
        note="a verb of change, its object, the change and the level it moved to",
    ),
    ex(
        "The company's quarterly dividend is 20% of earnings.",
        ("profit", "level", 20, "percent", None, None, None),
        note="negative: no verb of change, no change",
    ),
    ex(
        "Revenue rose 43% to [$1.01 billion|m|1.01e9 USD] in [the third quarter|t|1989-07-01/1989-09-30] from [$704.4 million|m|704.4e6 USD], reflecting the purchase of Emery [earlier this year|t|1989-01-01/1989-04-30].",
        ("revenue", "change", 43, "percent", "1989-07-01/1989-09-30", None, None),
        ("revenue", "level", 1.01e9, "USD", "1989-07-01/1989-09-30", None, None),
        ("revenue", "level", 704.4e6, "USD", "1988-07-01/1988-09-30", None, None),
        note="a period in a clause after the figures' is not theirs",
    ),
    ex(
        "It estimated earnings for [its fourth quarter|t|1989-07-01/1989-09-30] fell 50% below [the year-earlier|t|1988-07-01/1988-09-30] [$4.5 million|m|4.5e6 USD], or [51 cents|m|0.51 USD] a share.",
        ("profit", "change", -50, "percent", "1989-07-01/1989-09-30", None, None),
        ("profit", "level", 4.5e6, "USD", "1988-07-01/1988-09-30", None, None),
        ("earnings_per_share", "level", 0.51, "USD", "1988-07-01/1988-09-30", None, None),
        note="a comparison's period before an amount is that amount's, and its amount a share's",
    ),
    ex(
        "For [the six months|t|1989-03-01/1989-08-31] ended [Aug. 12|t|1989-08-12], it posted net income of [C$6.5 million|m|6.5e6 CAD].",
        ("net_income", "level", 6.5e6, "CAD", "1989-03-01/1989-08-31", None, None),
        note="the day a span of months ended on names it, as for a quarter",
    ),
    ex(
        "The offering increased its net worth to [$8.5 million|m|8.5e6 USD].",
        ("net_worth", "level", 8.5e6, "USD", None, None, None),
        note="net worth",
    ),
    ex(
        "The family also lent the company [$500,000|m|500000 USD].",
        ("loan", "level", 500000, "USD", None, None, None),
        note="a sum lent",
    ),
    ex(
        "The units accounted for about 27% of its [7.38 billion Canadian dollars|m|7.38e9 CAD] ([US$6.3 billion|m|6.3e9 USD]) in sales in [1988|t|1988].",
        ("sales", "level", 7.38e9, "CAD", "1988", None, None),
        ("sales", "level", 6.3e9, "USD", "1988", None, None),
        note="what an amount is counted in, past its conversion in brackets",
    ),
    ex(
        "Its allies fight a hostile takeover bid launched by [Cie. Financiere de Paribas|o] at [1,850 French francs|m|1850 FRF] ([$297|m|297 USD]) a share.",
        ("offer_price_per_share", "level", 1850, "FRF", None, None, None),
        ("offer_price_per_share", "level", 297, "USD", None, None, None),
        note="the sentence goes on after 'Cie.', which stands before a name",
    ),
    ex(
        "A spokesman said the coupon rate will probably be set at around 8%.",
        ("coupon_rate", "level", 8, "percent", None, None, None),
        note="a coupon rate named before its value",
    ),
    ex(
        "The conversion price for the debentures is [$41.725|m|41.725 USD] a share.",
        ("conversion_price", "level", 41.725, "USD", None, None, None),
        note="a conversion price a share is no share price",
    ),
    ex(
        "It holds to its goal of a 50% U.S. market share.",
        ("market_share", "level", 50, "percent", None, None, None),
        note="a place's abbreviation between a value and its measure",
    ),
    ex(
        "It reduced computer inventories a further [$100 million|m|100e6 USD] during [the quarter|t|1989-07-01/1989-09-30].",
        ("inventories", "change", -100e6, "USD", "1989-07-01/1989-09-30", None, None),
        note="a verb of change, its object and 'a further' before the amount",
    ),
    ex(
        "The offering of 2 million shares was priced at [$15|m|15 USD] a share.",
        ("offering_price_per_share", "level", 15, "USD", None, None, None),
        note="the price of shares offered",
    ),
    ex(
        "It plans to sell 5 million shares at [$20|m|20 USD] each in an initial public offering.",
        ("offering_price_per_share", "level", 20, "USD", None, None, None),
        note="'each' after shares sold at the amount",
    ),
    ex(
        "It sold the 500 cars at [$20,000|m|20000 USD] each.",
        note="negative: 'each' of things that are no shares",
    ),
    ex(
        "[Moody's|o] downgraded [$2 billion|m|2e9 USD] of the company's debt.",
        ("debt", "level", 2e9, "USD", None, None, None),
        note="the company's measure after 'of'",
    ),
    ex(
        "[ABC Inc.|o] agreed to acquire [XYZ Corp.|o] for [$30|m|30 USD] a share, or [about $450 million|m|450e6 USD about].",
        ("acquisition_price_per_share", "level", 30, "USD", None, None, None),
        ("acquisition_price", "level", 450e6, "USD", None, None, None),
        note="the total after a price a share",
    ),
    ex(
        "[Starpointe|o] holders will receive [$21|m|21 USD] in cash a share, or a total [$63 million|m|63e6 USD].",
        ("acquisition_price_per_share", "level", 21, "USD", None, None, None),
        ("acquisition_price", "level", 63e6, "USD", None, None, None),
        note="what holders receive a share in a deal, and 'or a total'",
    ),
    ex(
        "The company agreed to be acquired by [ABC Inc.|o] for [$40|m|40 USD] a share in cash.",
        ("acquisition_price_per_share", "level", 40, "USD", None, None, None),
        note="acquired by a named buyer for a price a share",
    ),
    ex(
        "Holders will get [$5 million|m|5e6 USD] in dividends.",
        ("dividend", "level", 5e6, "USD", None, None, None),
        note="negative: what holders receive with no 'a share' is no price paid for the company",
    ),
    ex(
        "It sold [$200 million|m|200e6 USD] of 10-year notes at a yield of 8.5%.",
        ("offering_size", "level", 200e6, "USD", None, None, None),
        ("yield", "level", 8.5, "percent", None, None, None),
        note="an issue's yield",
    ),
    ex(
        "The firm had been expected to offer [22.5bn yuan|m|22.5e9 CNY] ([$2.7bn|m|2.7e9 USD]) worth of shares to investors.",
        ("offering_size", "level", 22.5e9, "CNY", None, None, None),
        ("offering_size", "level", 2.7e9, "USD", None, None, None),
        note="shares offered, their worth past a conversion",
    ),
    ex(
        "Its shares added an extra 6.4% to [$27.24|m|27.24 USD] in electronic trading.",
        ("share_price", "change", 6.4, "percent", None, None, None),
        ("share_price", "level", 27.24, "USD", None, None, None),
        note="a change after a verb of change, 'an extra'",
    ),
    ex(
        "[Britain|p]'s consumer spending grew 4.2% in [the fourth quarter|t|2004-10-01/2004-12-31].",
        ("consumer_spending", "change", 4.2, "percent", "2004-10-01/2004-12-31", None, None),
        note="a modifier that tells a listed measure apart is part of its name",
    ),
    ex(
        "Industrial production rose 2.1% in [January|t|2005-01], and retail sales were up 0.4%.",
        ("industrial_production", "change", 2.1, "percent", "2005-01", None, None),
        ("retail_sales", "change", 0.4, "percent", "2005-01", None, None),
        note="the text's own head with its modifier (production, not output)",
    ),
    ex(
        "House prices rose by 0.8% in [January|t|2005-01].",
        ("house_prices", "change", 0.8, "percent", "2005-01", None, None),
        note="the prices of a good or asset",
    ),
    ex(
        "The average UK house price fell from [£180,126|m|180126 GBP] to [£178,906|m|178906 GBP].",
        ("house_price", "level", 180126, "GBP", None, None, None),
        ("house_price", "level", 178906, "GBP", None, None, None),
        note="one such price named with its modifier, as the text writes it",
    ),
    ex(
        "The price of gold fell to [$413.50|m|413.5 USD] an ounce.",
        ("gold_price", "level", 413.5, "USD", None, None, None),
        note="'the price of' a named good is that good's price",
    ),
    ex(
        "But the new price is still [$14|m|14 USD] higher than the price fixed in the contract.",
        note="negative: 'the price' with no modifier that tells it apart names no measure",
    ),
    ex(
        "Strong sales rose 5% in [May|t|2005-05], while full-year profit climbed to [£3bn|m|3e9 GBP].",
        ("sales", "change", 5, "percent", "2005-05", None, None),
        ("profit", "level", 3e9, "GBP", "2005-05", None, None),
        note="negative: a judgement or a time is no modifier of the measure",
    ),
    ex(
        "The ministry forecasts export earnings will fall 10.7% in [2005|t|2005].",
        ("export_earnings", "change", -10.7, "percent", "2005", None, None),
        note="negative: a verb before the measure is no modifier",
    ),
    ex(
        "Earnings at its investment bank rose 25% to [£1.04bn|m|1.04e9 GBP].",
        ("profit", "change", 25, "percent", None, None, None),
        ("profit", "level", 1.04e9, "GBP", None, None, None),
        note="a measure word that modifies another noun names no measure ('investment bank')",
    ),
    ex(
        "Separately, investment bank [Goldman Sachs|o] said a basket of goods is now 11% above the high-street average.",
        note="negative: 'investment bank' is no investment",
    ),
    ex(
        "Bonus rates on its with-profits policies were cut from 2.5% to 2%.",
        note="negative: a measure word joined by a hyphen is part of another word",
    ),
    ex(
        "Consumer spending - which drives two thirds of the economy - grew just 0.2% in [November|t|2004-11].",
        ("consumer_spending", "change", 0.2, "percent", "2004-11", None, None),
        note="a measure inside an aside between dashes is not what the sentence measures",
    ),
    ex(
        "The dollar fell 1.3% against the yen to trade at [104.16 yen|m|104.16 JPY].",
        ("exchange_rate", "change", -1.3, "percent", None, None, None),
        ("exchange_rate", "level", 104.16, "JPY", None, None, None),
        note="negative: the verb 'trade' is no trade measure",
    ),
    ex(
        "The greenback hit [$1.3516|m|1.3516 USD] in early trade.",
        ("exchange_rate", "level", 1.3516, "USD", None, None, None),
        note="a market's session ('in early trade') is no trade measure; the greenback's price is its rate",
    ),
    ex(
        "Factory orders rose 2% in [May|t|2005-05] and [Airbus|o] won orders worth [$10bn|m|10e9 USD].",
        ("factory_orders", "change", 2, "percent", "2005-05", None, None),
        ("orders", "level", 10e9, "USD", "2005-05", None, None),
        note="orders are their own measure, not a contract's value",
    ),
    ex(
        "The firm must expand its network in order to meet demand, which is growing over 12 percent every year.",
        note="negative: 'in order to' names no order",
    ),
    ex(
        "Re-exports fell 11.6 pct to [10.62 billion dlrs|m|10.62e9 HKD] in [February|t|1987-02].",
        ("re_exports", "change", -11.6, "percent", "1987-02", None, None),
        ("re_exports", "level", 10.62e9, "HKD", "1987-02", None, None),
        note="re-exports are no exports",
    ),
    ex(
        "The fall in oil prices accounted for [16.5 billion dlrs|m|16.5e9 USD] of the change.",
        note="negative: a price is per unit, and billions are not its value",
    ),
    ex(
        "The plan aims to curb the budget deficit of [$412bn|m|412e9 USD] in [2004|t|2004]. The shortfall is projected to rise to [$427bn|m|427e9 USD] in [2005|t|2005].",
        ("budget_deficit", "level", 412e9, "USD", "2004", None, None),
        ("budget_deficit", "level", 427e9, "USD", "2005", None, None),
        note="a bare shortfall in a story that names only the budget deficit is the budget deficit",
    ),
    ex(
        "The current account deficit narrowed to [$1bn|m|1e9 USD] in [March|t|1987-03]. Merchandise figures showed a deficit of [83 mln dlrs|m|83e6 USD].",
        ("current_account_deficit", "level", 1e9, "USD", "1987-03", None, None),
        ("trade_deficit", "level", 83e6, "USD", None, None, None),
        note="negative: a current account's parts are given as bare deficits; the story's balance does not carry",
    ),
    ex(
        "The gap between [US|p] exports and imports widened to [$60bn|m|60e9 USD] in [November|t|2004-11].",
        ("trade_deficit", "level", 60e9, "USD", "2004-11", None, None),
        note="the gap between exports and imports is the trade gap",
    ),
    ex(
        "It will deliver a shareholder payout of [$6|m|6 USD] per share.",
        ("shareholder_payout_per_share", "level", 6, "USD", None, None, None),
        note="the text's own measure a share",
    ),
    ex(
        "The share of non-performing loans dropped to 19.1% and bank loans rose 5%.",
        ("non_performing_loans", "level", 19.1, "percent", None, None, None),
        ("bank_loans", "change", 5, "percent", None, None, None),
        note="a negated participle classifies a measure",
    ),
    ex(
        "[Next|o]'s shares fell more than 3% following the statement.",
        ("share_price", "change", -3, "percent", None, None, None),
        note="negative: a preposition after the amount is no measure",
    ),
    ex(
        "The series shows a surplus on merchandise trade of [145 mln dlrs|m|145e6 NZD] in [April|t|1987-04].",
        ("trade_surplus", "level", 145e6, "NZD", "1987-04", None, None),
        note="a surplus on merchandise trade is the trade surplus (not trade)",
    ),
    ex(
        "The merchandise trade deficit on a balance of payments basis was [38.37 billion dlrs|m|38.37e9 USD] in [the fourth quarter|t|1986-10-01/1986-12-31].",
        ("trade_deficit", "level", 38.37e9, "USD", "1986-10-01/1986-12-31", None, None),
        note="'on a balance of payments basis' says how it is counted",
    ),
    ex(
        "It would help solve the trade problem to the tune of about [$10 billion|m|10e9 USD] a year.",
        note="negative: a trade problem is no trade",
    ),
    ex(
        "The company has made payments of [$175 million|m|175e6 USD] on the debt.",
        ("payments", "level", 175e6, "USD", None, None, None),
        note="an irregular past form is no word of the measure",
    ),
    ex(
        "Investment in fixed assets was up 21.3% in [2004|t|2004].",
        ("investment", "change", 21.3, "percent", "2004", None, None),
        note="the head of 'X in Y' is X",
    ),
    ex(
        "The surplus on the current account narrowed to [6.8 billion dirhams|m|6.8e9 AED] in [1986|t|1986].",
        ("current_account_surplus", "level", 6.8e9, "AED", "1986", None, None),
        note="a bare balance takes what its complement names, with its own sign",
    ),
    ex(
        "The surplus on oil trade fell to [4.0 billion stg|m|4e9 GBP] and a deficit in visible trade of [750 mln stg|m|750e6 GBP] was expected.",
        ("oil_trade_surplus", "level", 4e9, "GBP", None, None, None),
        ("visible_trade_deficit", "level", 750e6, "GBP", None, None, None),
        note="the balance of a named trade keeps the trade's name and its sign",
    ),
    ex(
        "The Bank of England has left interest rates on hold again at 4.75%.",
        ("interest_rate", "level", 4.75, "percent", None, None, None),
        note="an interest rate in percent",
    ),
    ex(
        "The interest rate was raised, costing the firm [$5 million|m|5e6 USD].",
        note="negative: a sum of money is never a rate's value",
    ),
    ex(
        "[Monsanto|o] was fined [$1.5m|m|1.5e6 USD] and [Yukos|o] is seeking damages of [$20bn|m|20e9 USD].",
        ("fine", "level", 1.5e6, "USD", None, None, None),
        ("damages", "level", 20e9, "USD", None, None, None),
        note="a fine is a measure; a verb in -ing before an open phrase is not part of it",
    ),
    ex(
        "It was hit with taxes and fines, and its unit accounts for 20% of [Russia|p]'s oil output.",
        note="negative: a percentage never measures a fine",
    ),
    ex(
        "The euro rose to [$1.30|m|1.3 USD] and the dinar fell 73.1 pct, while underlying profit rose 5%.",
        ("exchange_rate", "level", 1.3, "USD", None, None, None),
        ("exchange_rate", "change", -73.1, "percent", None, None, None),
        ("underlying_profit", "change", 5, "percent", None, None, None),
        note="a currency's price or move is its exchange rate; 'underlying' tells a profit apart",
    ),
    ex(
        "It spent 59.2 trillion rupiah ([$6.58bn|m|6.58e9 USD]) on fuel subsidies, and government borrowing hit [£30bn|m|30e9 GBP].",
        ("spending", "level", 6.58e9, "USD", None, None, None),
        ("government_borrowing", "level", 30e9, "GBP", None, None, None),
        note="a currency word after a number is an amount's unit, no exchange rate; 'hit' links a level",
    ),
    ex(
        "[Hunter|o] will receive 390,000 shares of convertible preferred stock with a face value of [$39 million|m|39e6 USD] for the businesses.",
        ("face_value", "level", 39e6, "USD", None, None, None),
        note="what a thing has is measured after 'with a': the text's phrase, not the shares' price",
    ),
    ex(
        "Sales were in the region of [$5 million|m|5e6 USD].",
        ("sales", "level", 5e6, "USD", None, None, None),
        note="negative: a phrase after 'in the' stays a complement ('region' names nothing)",
    ),
    ex(
        "That amount is convertible into shares of [Meridian|o] common stock at [$2|m|2 USD] a share, and the warrants are exercisable at [$12|m|12 USD] a share.",
        ("conversion_price", "level", 2, "USD", None, None, None),
        ("exercise_price", "level", 12, "USD", None, None, None),
        note="the price a share a security converts or is exercised at",
    ),
    ex(
        "The sale represents 10.2% of [Meridian|o]'s shares outstanding.",
        ("stake", "level", 10.2, "percent", None, None, None),
        note="a percentage of a company's shares outstanding is a stake, whatever the verb",
    ),
    ex(
        "[QVC|o] agreed to pay [$19|m|19 USD] and one-eighth [QVC|o] share for each of [CVN|o]'s 20 million fully diluted shares.",
        ("acquisition_price_per_share", "level", 19, "USD", None, None, None),
        note="a sum paid for each share of a company is the price paid a share",
    ),
    ex(
        "It paid [$5 million|m|5e6 USD] for each of its new plants.",
        note="negative: paid for each of something that is no share",
    ),
    ex(
        "[Meridian National Corp.|o] said it sold 750,000 shares of its common stock to the McAlpine family interests, for [$1 million|m|1e6 USD], or [$1.35|m|1.35 USD] a share.",
        ("offering_size", "level", 1e6, "USD", None, None, None),
        ("offering_price_per_share", "level", 1.35, "USD", None, None, None),
        note="a company's own shares sold for a sum: a share sale's size, and its price a share after ', or'",
    ),
    ex(
        "The revised agreement would dilute [BellSouth|o] earnings by about 9% in [1990|t|1990].",
        ("profit", "change", -9, "percent", "1990", None, None),
        note="a verb of lowering, its object, then 'by' and the amount: a fall",
    ),
    ex(
        "The plan reduces the budget deficit by [$38 billion|m|38e9 USD].",
        ("budget_deficit", "change", -38e9, "USD", None, None, None),
        note="the same with a sum of money",
    ),
    ex(
        "Earnings were a fully diluted [$3.27|m|3.27 USD] a share.",
        ("earnings_per_share", "level", 3.27, "USD", None, None, None),
        note="negative: 'diluted' as an adjective makes no change",
    ),
    ex(
        "The brewer [last year|t|1988] accounted for about 41% of all [U.S.|p] beer sales.",
        ("beer_sales", "level", 41, "percent", "1988", None, None),
        note="a place's abbreviation among the modifiers between 'of' and the measure",
    ),
    ex(
        "The brewer accounted for 41% of the U.S. and Canadian market for beer.",
        note="negative: more than the abbreviation and one word stand between 'of' and the measure",
    ),
    ex(
        "High-yield funds had an average 0.85% total return in [1989|t|1989], less than the 4.35% total return of the index.",
        ("total_return", "level", 0.85, "percent", "1989", None, None),
        ("total_return", "level", 4.35, "percent", "1989", None, None),
        note="a fund's total return ('total' alone names nothing)",
    ),
    ex(
        "The total rose to 5% of the fund.",
        note="negative: 'total' alone is no measure",
    ),
    ex(
        "[XYZ Corp.|o] declared a quarterly dividend of [15 cents|m|0.15 USD] a share, payable [Dec. 1|t|1989-12-01] to holders of record [Nov. 15|t|1989-11-15].",
        ("dividend_per_share", "level", 0.15, "USD", None, None, None),
        note="the day a dividend is paid or its holders counted is no period of it",
    ),
    ex(
        "[ABC|o] sold its 40% stake in [XYZ|o] to [DEF|o] for [$120 million|m|120e6 USD].",
        ("stake", "level", 40, "percent", None, None, None),
        ("acquisition_price", "level", 120e6, "USD", None, None, None),
        note="a stake sold for a sum: the price paid for it",
    ),
    ex(
        "The bank raised its prime rate to 10.5% from 10%, and income from continuing operations rose 15% to [$33 million|m|33e6 USD].",
        ("prime_rate", "level", 10.5, "percent", None, None, None),
        ("prime_rate", "level", 10, "percent", None, None, None),
        ("income_from_continuing_operations", "change", 15, "percent", None, None, None),
        ("income_from_continuing_operations", "level", 33e6, "USD", None, None, None),
        note="a rate named by its modifier; income from continuing operations",
    ),
    ex(
        "The rate rose to 5%, and the yen/dollar rate was [146 yen|m|146 JPY].",
        ("exchange_rate", "level", 146, "JPY", None, None, None),
        note="negative: 'rate' alone names nothing, and a currency before it makes an exchange rate",
    ),
    ex(
        "The company's backlog rose to [$4.5 billion|m|4.5e9 USD], and [XYZ|o]'s market value is about [$5 billion|m|5e9 USD].",
        ("backlog", "level", 4.5e9, "USD", None, None, None),
        ("market_value", "level", 5e9, "USD", None, None, None),
        note="an owner's possessive before the text's phrase is no name going on",
    ),
    ex(
        "The trade deficit for [last year|t|2004] was 24.4% above the previous record - [2003|t|2003]'s imbalance of [$496.5bn|m|496.5e9 USD].",
        ("trade_deficit", "change", 24.4, "percent", "2004", None, None),
        ("trade_deficit", "level", 496.5e9, "USD", "2003", None, None),
        note="negative: a year's possessive is a period's, and the phrase after it restates the measure before",
    ),
    ex(
        "Operating profit in the company's abrasives segment rose 16%.",
        ("operating_profit", "change", 16, "percent", None, None, None),
        note="negative: a phrase after a preposition and a possessive is a complement",
    ),
    ex(
        "The buy-out is valued at [$2.5 billion|m|2.5e9 USD], and the Treasury sold [$10 billion|m|10e9 USD] of three-month bills.",
        ("acquisition_price", "level", 2.5e9, "USD", None, None, None),
        ("offering_size", "level", 10e9, "USD", None, None, None),
        note="'buy-out' with its hyphen; bills sold are an issue's size",
    ),
    ex(
        "[XYZ|o] agreed to buy [ABC|o] for [$30|m|30 USD] a share in cash, or about [$900 million|m|900e6 USD].",
        ("acquisition_price_per_share", "level", 30, "USD", None, None, None),
        ("acquisition_price", "level", 900e6, "USD", None, None, None),
        note="the total after a price a share paid in cash",
    ),
    ex(
        "Group profit rose 5% in [2004|t|2004].",
        ("profit", "change", 5, "percent", "2004", None, None),
        note="negative: the company a profit is of only says whose",
    ),
    ex(
        "[Alitalia|o] lost [330m euros|m|330e6 EUR] in [2003|t|2003] as it struggled with high costs.",
        ("net_loss", "level", 330e6, "EUR", "2003", None, None),
        note="the verb of a loss before a sum names the loss, a level",
    ),
    ex(
        "The company said it lost [$4.5 million|m|4.5e6 USD], or [20 cents|m|0.2 USD] a share.",
        ("net_loss", "level", 4.5e6, "USD", None, None, None),
        ("loss_per_share", "level", 0.2, "USD", None, None, None),
        note="the loss and its amount a share",
    ),
    ex(
        "Shares in [Bombardier|o] lost [65 Canadian cents|m|0.65 CAD] on the news.",
        ("share_price", "change", -0.65, "CAD", None, None, None),
        note="negative: a price's fall is no loss (a sum under a thousand)",
    ),
    ex(
        "The current account deficit is expected to fall from 7.5 pct of GDP in [1985/86|t|1985-04-01/1986-03-31] to 4.5 pct in [1986/87|t|1986-04-01/1987-03-31].",
        ("current_account_deficit", "level", 7.5, "percent", "1985-04-01/1986-03-31", None, None),
        ("current_account_deficit", "level", 4.5, "percent", "1986-04-01/1987-03-31", None, None),
        note="a percentage of GDP is a value of the measure it is a share of",
    ),
    ex(
        "It said investment was being sustained at nearly 25 pct of gross domestic product.",
        ("investment", "level", 25, "percent", None, None, None),
        note="the same with GDP spelt out",
    ),
    ex(
        "GDP grew 3% in [1988|t|1988].",
        ("gdp", "change", 3, "percent", "1988", None, None),
        note="negative: GDP's own growth",
    ),
    ex(
        "Last year the surplus, which measures trade in goods and services, amounted to over four pct of GNP.",
        ("trade_surplus", "level", 4, "percent", None, None, None),
        note="a measure word inside a relative clause that closes before the amount",
    ),
    ex(
        "[China|p]'s imports of [US|p|United States] soybeans fell to [$3 billion|m|3e9 USD] in [2018|t|2018].",
        ("imports", "level", 3e9, "USD", "2018", "United States", "China"),
        note="the head of the noun phrase before 'of' and the goods is the measure, not the goods",
    ),
    ex(
        "Its net interest income was [5 mln dlrs|m|5e6 USD].",
        ("net_interest_income", "level", 5e6, "USD", None, None, None),
        note="negative: the text's own phrase with no listed head before it",
    ),
    ex(
        "[Acme|o] plans to redeem its [$150 million|m|150e6 USD] of 6.5% convertible subordinated debentures due 2011.",
        ("convertible_subordinated_debentures", "level", 150e6, "USD", None, None, None),
        ("coupon_rate", "level", 6.5, "percent", None, None, None),
        note="the phrase after 'of' past the securities' coupon, its participle kept inside it",
    ),
    ex(
        "The company had [$5 million|m|5e6 USD] of charges rose sharply.",
        ("charges", "level", 5e6, "USD", None, None, None),
        note="negative: a verb after the phrase is no part of it",
    ),
    ex(
        "Lumber imports fell [300 mln dlrs|m|300e6 USD] or 33 pct in [1986|t|1986].",
        ("lumber_imports", "change", -300e6, "USD", "1986", None, None),
        ("lumber_imports", "change", -33, "percent", "1986", None, None),
        note="the same change in percent after 'or' takes the change's sign",
    ),
    ex(
        "Exports rose [$5 million|m|5e6 USD] and imports were 3 pct of the total.",
        ("exports", "change", 5e6, "USD", None, None, None),
        ("imports", "level", 3, "percent", None, None, None),
        note="negative: a percentage after 'and' is no restatement of the change",
    ),
    ex(
        "Global economic growth is expected to fall from 5% in [2004|t|2004] to 4.25%.",
        ("economic_growth", "level", 5, "percent", "2004", None, None),
        ("economic_growth", "level", 4.25, "percent", None, None, None),
        note="a year before 'to N%' is no range's low end",
    ),
    ex(
        "[Nissan|o] turned a [684bn yen|m|684e9 JPY] ([$6.4bn|m|6.4e9 USD]) loss into a [331bn yen|m|331e9 JPY] ([$2.7bn|m|2.7e9 USD]) profit.",
        ("net_loss", "level", 684e9, "JPY", None, None, None),
        ("net_loss", "level", 6.4e9, "USD", None, None, None),
        ("profit", "level", 331e9, "JPY", None, None, None),
        ("profit", "level", 2.7e9, "USD", None, None, None),
        note="the measure right after an amount and its conversion in brackets",
    ),
    ex(
        "[South Korea|p]'s shipments to [China|p] dropped 12% in [2019|t|2019].",
        ("exports", "change", -12, "percent", "2019", "South Korea", "China"),
        note="shipments toward a place are exports",
    ),
    ex(
        "Steel shipments rose 5% in [2019|t|2019].",
        ("steel_shipments", "change", 5, "percent", "2019", None, None),
        note="negative: shipments alone (a company's) are no exports",
    ),
    ex(
        "The yen/dollar rate is expected to break through the [150 yen|m|150 JPY] barrier.",
        ("exchange_rate", "level", 150, "JPY", None, None, None),
        note="a bound alone ('barrier', 'ceiling', 'range') names no measure: the one before does",
    ),
    ex(
        "Deseret has a [$10.7 million|m|10.7e6 USD] book value.",
        ("book_value", "level", 10.7e6, "USD", None, None, None),
        note="negative: a bound word with a modifier that names what is a measure",
    ),
    ex(
        "The [US|p|United States] will raise tariffs on [$200bn|m|200e9 USD] of Chinese goods to 25% from 10%.",
        ("tariff_rate", "level", 25, "percent", None, None, None),
        ("tariff_rate", "level", 10, "percent", None, None, None),
        note="a sum 'of' goods under a charge names the goods, not the tariff",
    ),
    ex(
        "[Alibaba|o] said it would sell 500 million new shares at up to [HK$188|m|188 HKD] each.",
        ("offering_price_per_share", "level", 188, "HKD", None, None, None),
        note="new shares sold at a price each: the offering's price a share",
    ),
    ex(
        "[Texas Eastern|o] sold 2 million shares of [Norton|o] at [$25|m|25 USD] a share.",
        ("share_price", "level", 25, "USD", None, None, None),
        note="negative: another company's shares sold are no offering",
    ),
    ex(
        "The federal deficit rose to [$220 billion|m|220e9 USD] in [fiscal 1986|t|1985-10-01/1986-09-30].",
        ("budget_deficit", "level", 220e9, "USD", "1985-10-01/1986-09-30", None, None),
        note="a government's deficit named by whose it is is the budget deficit, not a trade deficit",
    ),
    ex(
        "It was hoped to bring the borrowing requirement down to five pct of GNP in [1987|t|1987].",
        ("gnp", "level", 5, "percent", "1987", None, None),
        note="a percentage of GNP with no other measure named keeps GNP's name (no fact is lost)",
    ),
    ex(
        "The new law set a ceiling of [108 billion dlrs|m|108e9 USD] for the coming year.",
        ("ceiling", "level", 108e9, "USD", None, None, None),
        note="a bound with no other measure named keeps its own name (no fact is lost)",
    ),
    ex(
        "Growth was 1.1% in [2004|t|2004], up from just 0.3% in [2003|t|2003].",
        ("economic_growth", "level", 1.1, "percent", "2004", None, None),
        ("economic_growth", "level", 0.3, "percent", "2003", None, None),
        note="a bare growth, with no noun before it that says whose, is the economy's",
    ),
    ex(
        "The UK market saw sales growth of 8% in [2004|t|2004].",
        ("sales", "change", 8, "percent", "2004", None, None),
        note="negative: growth after a measure's noun is that measure's change",
    ),
    ex(
        "Last year's growth rate of 6% was due to a lull in violence.",
        ("growth_rate", "level", 6, "percent", None, None, None),
        note="a bare growth rate is the economy's, under its own name",
    ),
    ex(
        "[US|p] growth would reach 4.4% in [2004|t|2004], the [OECD|o] said.",
        ("economic_growth", "level", 4.4, "percent", "2004", None, None),
        note="growth after a place or nationality that says whose economy is the economy's",
    ),
    ex(
        "In September, the [IMF|o] had said that German growth for the current year would be 1.8%.",
        ("economic_growth", "level", 1.8, "percent", None, None, None),
        note="the same after a nationality",
    ),
    ex(
        "In [2004|t|2004], growth will be between 4.7% and 4.8%, the ministry said.",
        ("economic_growth", "level", 4.7, "percent", "2004", None, None),
        ("economic_growth", "level", 4.8, "percent", "2004", None, None),
        note="a bare growth after a comma is the economy's",
    ),
    ex(
        "Revised figures indicated growth of just 0.1%. The report forecast total growth of 3.6%.",
        ("economic_growth", "change", 0.1, "percent", None, None, None),
        ("economic_growth", "change", 3.6, "percent", None, None, None),
        note="a bare growth after a verb whose object it is, or a word that only judges it",
    ),
    ex(
        "The company forecast strong sales growth of 5%.",
        ("sales", "change", 5, "percent", None, None, None),
        note="negative: a measure's noun between the judging word and growth says whose",
    ),
    ex(
        "On an annual basis, the data suggests annual growth of just 0.2%.",
        ("annual_growth", "change", 0.2, "percent", None, None, None),
        note="annual growth is its own measure (GUIDELINES §5)",
    ),
    ex(
        "The plan targets a 10.7 pct annual growth in imports.",
        ("imports", "change", 10.7, "percent", None, None, None),
        note="negative: annual growth in a measure the text names is that measure's change",
    ),
    ex(
        "[Tesco|o] said its UK growth was 5%, and online growth reached 20%.",
        note="negative: an owner's growth in a place, and growth after a word that is no place",
    ),
    ex(
        "Mr Ghosn reduced [Nissan|o]'s overheads by 20% and trimmed its workforce.",
        ("overheads", "change", -20, "percent", None, None, None),
        note="the object of a verb of change before 'by' and the amount is the text's own measure",
    ),
    ex(
        "The minister promised to cut taxes by [6.5bn euros|m|6.5e9 EUR] [this year|t|2005].",
        ("taxes", "change", -6.5e9, "EUR", "2005", None, None),
        note="the same with a sum of money",
    ),
    ex(
        "Sales rose 5% as the firm raised its pension contributions by 100%.",
        ("sales", "change", 5, "percent", None, None, None),
        ("pension_contributions", "change", 100, "percent", None, None, None),
        note="the object, not the nearest listed phrase before it",
    ),
    ex(
        "It cut the number of flights by 5%.",
        note="negative: a count's object ('the number of') names no measure of its own",
    ),
    ex(
        "The ruling threw out a claim for [$280bn|m|280e9 USD] in damages from tobacco firms.",
        ("damages", "level", 280e9, "USD", None, None, None),
        note="damages a court awards or a claimant seeks are a measure in money",
    ),
    ex(
        "The bank raised interest rates by a quarter of a percentage point to 4.75%.",
        ("interest_rate", "level", 4.75, "percent", None, None, None),
        note="a change in percentage points written in words is no percentage; the rate it moves to is",
    ),
    ex(
        "The loan carries an interest rate of prime plus one percentage point.",
        note="negative: points over a base rate in words are no level of the rate",
    ),
    ex(
        "US light crude fell [32 cents|m|0.32 USD] to [$51.43|m|51.43 USD] a barrel.",
        ("oil_prices", "change", -0.32, "USD", None, None, None),
        ("oil_prices", "level", 51.43, "USD", None, None, None),
        note="the level a change moved its measure to: the change's measure, the text's own",
    ),
    ex(
        "In London, Brent crude fell [32 cents|m|0.32 USD] to [$49.74|m|49.74 USD] a barrel.",
        ("oil_prices", "change", -0.32, "USD", None, None, None),
        ("oil_prices", "level", 49.74, "USD", None, None, None),
        note="crude named alone as what moves is the oil price",
    ),
    ex(
        "[Singapore Airlines|o] dropped 2.6%, while [Tanco Holdings|o] slumped 5%.",
        ("share_price", "change", -2.6, "percent", None, None, None),
        ("share_price", "change", -5, "percent", None, None, None),
        note="a company's move in percent, with no measure named, is its share price",
    ),
    ex(
        "Investors sold Corus after the news. Corus fell 2.2% in early trading.",
        ("share_price", "change", -2.2, "percent", None, None, None),
        note="a name the sentence opens with, written so after a lower-case word elsewhere, is a company",
    ),
    ex(
        "Workers sent home more remittances. Remittances rose 5% in [May|t|2005-05].",
        ("remittances", "change", 5, "percent", "2005-05", None, None),
        note="negative: a first word the story writes in lower case is a word, not a name",
    ),
    ex(
        "[DaimlerChrysler|o] has sold 2.1% more cars than a year earlier.",
        note="negative: a verb of selling is no move of a price",
    ),
    ex(
        "He plans a mandatory ten per cent annual cut in the trade surplus with [Japan|p].",
        ("trade_surplus", "change", -10, "percent", None, None, None),
        note="a noun of change (cut, slip, dip, boost, improvement ...) names what changes after 'in'",
    ),
    ex(
        "The chancellor has been given a [£2.1bn|m|2.1e9 GBP] boost in his attempts to meet his rule.",
        note="negative: a noun of change is no measure's name of its own",
    ),
    ex(
        "Donors have promised to give [$717m|m|717e6 USD] ([£379m|m|379e6 GBP]) in disaster relief.",
        ("disaster_relief", "level", 717e6, "USD", None, None, None),
        ("disaster_relief", "level", 379e6, "GBP", None, None, None),
        note="the text's phrase after 'in' past a conversion in brackets",
    ),
    ex(
        "Executives are suspected of using [417m yuan|m|417e6 CNY] ([$50.4m|m|50.4e6 USD]) of company funds.",
        ("company_funds", "level", 417e6, "CNY", None, None, None),
        ("company_funds", "level", 50.4e6, "USD", None, None, None),
        note="the same after 'of'",
    ),
    ex(
        "[Japan|p] plans to spend over [5,000 billion yen|m|5e12 JPY] to boost domestic demand.",
        ("spending", "level", 5e12, "JPY", None, None, None),
        note="negative: a verb of change after 'to' makes no change of the amount before it",
    ),
    ex(
        "The price of crude is about 50% higher than at the start of [2004|t|2004].",
        ("oil_prices", "change", 50, "percent", None, None, None),
        note="the same after 'the price of'",
    ),
    ex(
        "Crude oil prices rose 5% in [May|t|2005-05].",
        ("oil_prices", "change", 5, "percent", "2005-05", None, None),
        note="crude oil prices are oil prices (the synonyms table)",
    ),
    ex(
        "Attention is on stockpiles of [US|p] crude and gasoline, which are up to 9% higher.",
        note="negative: crude as goods of a stock is no price",
    ),
    ex(
        "The [EIA|o] said [US|p] crude stocks were 3.5% higher than a year ago.",
        ("crude_stocks", "change", 3.5, "percent", None, None, None),
        note="negative: crude as a modifier of the goods measured is no price",
    ),
    ex(
        "Oil ministers will not act unless prices are falling below [$35|m|35 USD] a barrel.",
        ("prices", "level", 35, "USD", None, None, None),
        note="a threshold crossed is a level, even after a change verb",
    ),
    ex(
        "World oil prices have risen by more than 60% this year.",
        ("oil_prices", "change", 60, "percent", None, None, None),
        note="negative: a hedge before a change leaves it a change",
    ),
    ex(
        "[Santander|o] paid [£8.5bn|m|8.5e9 GBP] for [Abbey|o], the UK's sixth-largest bank.",
        ("acquisition_price", "level", 8.5e9, "GBP", None, None, None),
        note="the sum paid for a company, named after the amount",
    ),
    ex(
        "The company paid [$5m|m|5e6 USD] for Microsoft licences.",
        note="negative: goods of a name bought are no company",
    ),
    ex(
        "[Exel|o] has been active, paying [£328m|m|328e6 GBP] to buy fellow UK firm [Tibbett & Britten|o] last August.",
        ("acquisition_price", "level", 328e6, "GBP", None, None, None),
        note="the sum paid to buy a company (a 'fellow' firm named)",
    ),
    ex(
        "[Baikal|o] paid [260.75bn roubles|m|260.75e9 RUB] for [Yugansk|o] - nowhere near the debt.",
        ("acquisition_price", "level", 260.75e9, "RUB", None, None, None),
        note="a company's name paid for may end at a dash",
    ),
    ex(
        "He paid [$5m|m|5e6 USD] to buy Microsoft software.",
        note="negative: goods of a name bought to buy are no company",
    ),
    ex(
        "Remittances to Latin America and the Caribbean reached [$45bn|m|45e9 USD] in [2004|t|2004].",
        ("remittances", "level", 45e9, "USD", "2004", None, None),
        note="an open measure, a place it is sent to between it and its verb",
    ),
    ex(
        "She said air travel in [India|p] had increased by almost 20%.",
        ("air_travel", "change", 20, "percent", None, None, None),
        note="an open measure, a place and an auxiliary between it and its verb",
    ),
    ex(
        "Passenger traffic at [Heathrow|o] rose 4% in [March|t|2005-03].",
        ("passenger_traffic", "change", 4, "percent", "2005-03", None, None),
        note="an open measure, the place it is counted at between it and its verb",
    ),
    ex(
        "The club is to receive a payment from [Chelsea|o] of [£24.5m|m|24.5e6 GBP].",
        ("payment", "level", 24.5e6, "GBP", None, None, None),
        note="an open measure before 'of', who pays it between them",
    ),
    ex(
        "Analysts said [Thomson Reuters|o] reached [$10bn|m|10e9 USD].",
        note="negative: a name with no preposition before it is no complement of a measure",
    ),
    ex(
        "Sales in the first quarter were 4% higher in [Asia|p].",
        ("sales", "change", 4, "percent", None, None, None),
        note="a lower-case word after the preposition is no name to skip",
    ),
    ex(
        "Even though [Shanda|o] has 20% of [Sina|o], it has a long way to go.",
        ("stake", "level", 20, "percent", None, None, None),
        note="a plain 'has' a percentage of a company named as the object: a stake",
    ),
    ex(
        "[Apple|o] has 20% of [Europe|p]'s smartphone sales.",
        note="negative: 'has' a percentage of a name's possession is no stake",
    ),
    ex(
        "And [TCI|o], which holds about 5%, has asked for a shareholders meeting.",
        ("stake", "level", 5, "percent", None, None, None),
        note="a holding whose company the sentence named before ('holds 5%,')",
    ),
    ex(
        "The state will sell 10%, the ministry said.",
        note="negative: a verb of selling or buying with no company after it names nothing held",
    ),
    ex(
        "The Ambani family controls 48% of the group, which its father founded.",
        ("stake", "level", 48, "percent", None, None, None),
        note="a holding of the company named by its noun ('of the group,')",
    ),
    ex(
        "The other main shareholders of [EADS|o] are the French government (15%) and [DaimlerChrysler|o] (30%).",
        ("stake", "level", 15, "percent", None, None, None),
        ("stake", "level", 30, "percent", None, None, None),
        note="a shareholder's holding in brackets after its name, in a sentence about shareholders",
    ),
    ex(
        "Most firms (71%) have no policies in place.",
        note="negative: a percentage in brackets with no shareholder or owner near is no stake",
    ),
    ex(
        "[Yukos|o] sues four firms for [$20bn|m|20e9 USD].",
        ("damages", "level", 20e9, "USD", None, None, None),
        note="the sum a claimant sues for is the damages it seeks",
    ),
    ex(
        "The company was sued for [$5m|m|5e6 USD] by its customers.",
        ("damages", "level", 5e6, "USD", None, None, None),
        note="the same in the passive",
    ),
    ex(
        "[GM|o] had to pay former partner [Fiat|o] [1.55bn euros|m|1.55e9 EUR] to get out of a deal.",
        ("payment", "level", 1.55e9, "EUR", None, None, None),
        note="a sum paid to a payee named before it, nothing else named: the payment",
    ),
    ex(
        "[Monsanto|o] has agreed to pay [$1m|m|1e6 USD] to the [Department of Justice|o].",
        ("payment", "level", 1e6, "USD", None, None, None),
        note="a sum paid, its payee after it",
    ),
    ex(
        "Workers will be paid [$10|m|10 USD] an hour.",
        note="negative: a rate of pay is no payment",
    ),
    ex(
        "[BMW|o] has forecast sales growth of at least 10% in [Asia|p].",
        ("sales", "change", 10, "percent", None, None, None),
        note="'growth of' past a hedge ('at least') makes a change",
    ),
    ex(
        "The company forecast sales growth of between 3% and 5%.",
        ("sales", "change", 3, "percent", None, None, None),
        ("sales", "change", 5, "percent", None, None, None),
        note="'growth of between' makes both ends changes",
    ),
    ex(
        "Exports rose by up to 5% in [May|t|2005-05].",
        ("exports", "change", 5, "percent", "2005-05", None, None),
        note="'up to' is a hedge, not the 'to' of a level",
    ),
    ex(
        "Brent crude rose, adding [$1.89|m|1.89 USD] to [$48.62|m|48.62 USD] at the close.",
        ("oil_prices", "change", 1.89, "USD", None, None, None),
        ("oil_prices", "level", 48.62, "USD", None, None, None),
        note="'adding' before an amount makes a rise",
    ),
    ex(
        "[Inbev|o] said pre-tax profits for [2004|t|2004] rose to [1.16bn euros|m|1.16e9 EUR] ([$1.5bn|m|1.5e9 USD]; [£800m|m|800e6 GBP]), and said it expected solid growth in [2005|t|2005].",
        ("pre_tax_profit", "level", 1.16e9, "EUR", "2004", None, None),
        ("pre_tax_profit", "level", 1.5e9, "USD", "2004", None, None),
        ("pre_tax_profit", "level", 800e6, "GBP", "2004", None, None),
        note="a conversion in brackets is of the period of the amount it converts, not of a later clause's",
    ),
    ex(
        "The deal values the company at [$15|m|15 USD] a share.",
        ("acquisition_price_per_share", "level", 15, "USD", None, None, None),
        note="a deal's value a share is the price paid a share, not the stock's price",
    ),
    ex(
        "Under the agreement, the buyer will pay [$10|m|10 USD] a share, or [$540 million|m|540e6 USD], for the rest of the company.",
        ("acquisition_price_per_share", "level", 10, "USD", None, None, None),
        ("acquisition_price", "level", 540e6, "USD", None, None, None),
        note="the total of a price paid a share is the acquisition price, not the deal's contract value",
    ),
    ex(
        "The US currency, which had lost 7% against the euro, staged a recovery.",
        ("exchange_rate", "change", -7, "percent", None, None, None),
        note="a move in percent 'against the euro' is a currency's, whatever its subject is called",
    ),
    ex(
        "[Sri Lanka|p]'s stock market has fallen about 5% since the weekend.",
        ("share_index", "change", -5, "percent", None, None, None),
        note="a country's stock market as a whole moves as its index does",
    ),
    ex(
        "The firm's stock market value rose 5%.",
        ("stock_market_value", "change", 5, "percent", None, None, None),
        note="the stock market as a modifier of a value is no index: the text's own phrase",
    ),
    ex(
        "The yen weakened 0.5% against the euro.",
        ("exchange_rate", "change", -0.5, "percent", None, None, None),
        note="'weakened' is a fall ('strengthened' a rise)",
    ),
    ex(
        "The dollar has fallen by 50% against the euro - as well as by 30% against the yen.",
        ("exchange_rate", "change", -50, "percent", None, None, None),
        ("exchange_rate", "change", -30, "percent", None, None, None),
        note="a next 'by X' continues the change before it, with its sign",
    ),
    ex(
        "Sales fell 5% in [Europe|p], while profits rose by 3%.",
        ("sales", "change", -5, "percent", None, None, None),
        ("profit", "change", 3, "percent", None, None, None),
        note="a 'by X' with its own verb keeps that verb's sign",
    ),
    ex(
        "Profits fell 10% in [2004|t|2004], and costs rose, helped by 3% inflation.",
        ("profit", "change", -10, "percent", "2004", None, None),
        ("inflation", "level", 3, "percent", "2004", None, None),
        note="negative for a continued change: an agent's 'by' is no next item of the change",
    ),
    ex(
        "Its shares were floated on the stock market in [2003|t|2003], and it has bought a 20% stake in a rival.",
        ("stake", "level", 20, "percent", "2003", None, None),
        note="the stock market that is no subject of a move is no index",
    ),
    ex(
        "The plan could require borrowing of up to [$4.5bn|m|4.5e9 USD].",
        ("borrowing", "level", 4.5e9, "USD", None, None, None),
        note="a verb after a modal is no word of the open phrase after it",
    ),
    ex(
        "Falls in the dollar helped carry prices above the [$50|m|50 USD] mark.",
        ("prices", "level", 50, "USD", None, None, None),
        note="a verb after 'helped' is no modifier of the measure (not carry_prices)",
    ),
    ex(
        "The firm plans to cut its wage bill of [$5m|m|5e6 USD].",
        ("wage_bill", "level", 5e6, "USD", None, None, None),
        note="negative for the modal rule: a phrase after 'its' keeps its words",
    ),
    ex(
        "[Fidelity|o]'s junk fund has fallen 2.08%, and the [Vanguard|o] fund rose 1.84%.",
        ("total_return", "change", -2.08, "percent", None, None, None),
        ("total_return", "change", 1.84, "percent", None, None, None),
        note="a fund's move in percent, no measure named, is its return",
    ),
    ex(
        "The fund bought 5% of [Acme|o].",
        ("stake", "level", 5, "percent", None, None, None),
        note="negative for a fund's return: a fund buying a holding",
    ),
    ex(
        "The loss was magnified by nonrecurring charges totaling [$23.5 million|m|23.5e6 USD].",
        ("nonrecurring_charges", "level", 23.5e6, "USD", None, None, None),
        note="a phrase before the participle 'totaling' is what it measures, after a preposition too",
    ),
    ex(
        "The trade between the two countries amounted to [$5m|m|5e6 USD].",
        ("trade_turnover", "level", 5e6, "USD", None, None, None),
        note="negative for the participle rule: a complement before a finite link names no measure of its own",
    ),
    ex(
        "The tax payments will leave [Unisys|o] with [$225 million|m|225e6 USD] in loss carry-forwards.",
        ("loss_carryforwards", "level", 225e6, "USD", None, None, None),
        note="losses carried forward against future tax are no loss of the period",
    ),
    ex(
        "It has tax-loss carryforwards of [$50 million|m|50e6 USD] and an operating loss of [$2 million|m|2e6 USD].",
        ("loss_carryforwards", "level", 50e6, "USD", None, None, None),
        ("operating_loss", "level", 2e6, "USD", None, None, None),
        note="the same named before the amount, beside a loss of the period",
    ),
    ex(
        "[BellSouth|o] would have a 50% interest in the new cellular company.",
        ("stake", "level", 50, "percent", None, None, None),
        note="a percentage interest in something is a holding",
    ),
    ex(
        "The bonds pay 5% interest in the first year.",
        ("interest", "level", 5, "percent", None, None, None),
        note="negative for a holding: interest paid in a period",
    ),
    ex(
        "The [$1.5 billion|m|1.5e9 USD] Fidelity High Income Fund has had a net outflow.",
        ("assets", "level", 1.5e9, "USD", None, None, None),
        note="a sum right before a fund's name is the fund's size",
    ),
    ex(
        "[Argentina|p] got a [$5bn|m|5e9 USD] International Monetary Fund loan.",
        note="negative: a fund's loan is no fund's size (the loan past the name is not read either)",
    ),
    ex(
        "Mexican labourers living in the [US|p] sent a record [$16.6bn|m|16.6e9 USD] home [last year|t|2004].",
        ("remittances", "level", 16.6e9, "USD", "2004", None, None),
        note="money migrants send home is their remittances (not an open measure 'home')",
    ),
    ex(
        "He sent [$5m|m|5e6 USD] to the firm.",
        note="negative: money sent to someone is no remittance",
    ),
    ex(
        "Remittances now represent more than 2% of the country's GDP.",
        ("remittances", "level", 2, "percent", None, None, None),
        note="a share of GDP is a value of its subject, an open measure, past an adverb",
    ),
    ex(
        "Tourism accounts for 15% of [Thailand|p]'s GDP.",
        ("tourism", "level", 15, "percent", None, None, None),
        note="'accounts for' links an open measure to its share",
    ),
    ex(
        "Passenger numbers will rise 5% next year.",
        ("passenger_numbers", "change", 5, "percent", None, None, None),
        note="a modal and the base form of a verb of change link an open measure",
    ),
    ex(
        "Air fares could fall by 10%.",
        ("air_fares", "change", -10, "percent", None, None, None),
        note="the same with 'by'",
    ),
    ex(
        "The airline expects to save [£150m|m|150e6 GBP] a year.",
        ("savings", "level", 150e6, "GBP", None, None, None),
        note="a sum a verb of saving names is the savings",
    ),
    ex(
        "Its market value has tumbled to [£4bn|m|4e9 GBP].",
        ("market_value", "level", 4e9, "GBP", None, None, None),
        note="more verbs of change link an open measure ('tumbled to')",
    ),
    ex(
        "Mortgage rates have risen to 5.5%.",
        ("mortgage_rates", "level", 5.5, "percent", None, None, None),
        note="the perfect's participle links too ('have risen to')",
    ),
    ex(
        "Prices have fallen by an average of 4% this year.",
        ("prices", "change", -4, "percent", None, None, None),
        note="'by an average of' is a hedge of a change, not the 'of' of a level",
    ),
    ex(
        "Staff will get a pay increase of 3.2% this year.",
        ("pay", "change", 3.2, "percent", None, None, None),
        note="the one noun before a noun of change and 'of' is the measure",
    ),
    ex(
        "The latest results included a pretax gain of [$13.7 million|m|13.7e6 USD].",
        ("gain", "level", 13.7e6, "USD", None, None, None),
        note="negative for the change noun: a gain of money is a measure of its own",
    ),
    ex(
        "Gas bills will go up by 12.4% from next month.",
        ("gas_bills", "change", 12.4, "percent", None, None, None),
        note="'go up by' links an open measure, past a modal",
    ),
    ex(
        "Air fares went down by 5%.",
        ("air_fares", "change", -5, "percent", None, None, None),
        note="'went down by' the same, a fall",
    ),
    ex(
        "The purchase, for 33,000 regular common shares, is valued at about [80 million French francs|m|80e6 FRF].",
        ("acquisition_price", "level", 80e6, "FRF", None, None, None),
        note="a block of shares valued at tens of millions: no price of one share but what the block is bought for",
    ),
    ex(
        "[Texas Eastern|o] sold 2 million shares of [Norton|o] to [Allianz|o] for [$50 million|m|50e6 USD].",
        ("acquisition_price", "level", 50e6, "USD", None, None, None),
        note="another company's shares sold for tens of millions: the block's price",
    ),
    ex(
        "[Magna|o] shares closed at [C$9.625|m|9.625 CAD].",
        ("share_price", "level", 9.625, "CAD", None, None, None),
        note="negative for the block: one share's price stays the share price",
    ),
    ex(
        "Analysts estimate the value of the [BellSouth|o] proposal at about [$115|m|115 USD] a share.",
        ("acquisition_price_per_share", "level", 115, "USD", None, None, None),
        note="a price a share with no measure named, after a noun of a takeover's terms",
    ),
    ex(
        "Shares of the company traded at [$30|m|30 USD] a share after the proposal.",
        ("share_price", "level", 30, "USD", None, None, None),
        note="negative for the terms: a share price named stays the share price",
    ),
)

CORPUS = FACTS

# Known gaps (strict xfail): general phrasings the facts room does not read yet.
GAPS: tuple[Example[F], ...] = (
    ex(
        "[China|p] raised rates by 0.27 percentage points to 5.8% in [October 2004|t|2004-10].",
        ("interest_rate", "change", 0.27, "percent", "2004-10", None, None),
        ("interest_rate", "level", 5.8, "percent", "2004-10", None, None),
        note="a bare 'rates' a central bank moves is its interest rate; the table reads a rate only with a modifier",
    ),
    ex(
        "Imports slumped by a fifth in [2019|t|2019].",
        ("imports", "change", -20, "percent", "2019", None, None),
        note="a fraction word as the size of a change: no fact is found",
    ),
    ex(
        "Used car prices rose 5% in [May|t|2005-05].",
        ("used_car_prices", "change", 5, "percent", "2005-05", None, None),
        note="a modifier of two words: only the last is read (car_prices)",
    ),
    ex(
        "The average price of rice fell 27 pct, cotton was down 22 pct, corn 18 pct.",
        ("rice_price", "change", -27, "percent", None, None, None),
        ("cotton_price", "change", -22, "percent", None, None, None),
        ("corn_price", "change", -18, "percent", None, None, None),
        note="a list's items after 'the price of' a good: each takes the first good's price or a bare price",
    ),
    ex(
        "Corus fell 2.2% in early trading.",
        ("share_price", "change", -2.2, "percent", None, None, None),
        note="a name that only opens a sentence, named nowhere else, is read as an open measure (corus)",
    ),
    ex(
        "Average hourly earnings of production workers rose 4 cents to [$12.51|m|12.51 USD].",
        ("average_hourly_earnings", "level", 12.51, "USD", None, None, None),
        note="the head before 'of' names the measure, not the words before the verb",
    ),
    ex(
        "The interest rate on the remaining [$410 million|m|410e6 USD] of bank loans is 10.66%.",
        ("bank_loans", "level", 410e6, "USD", None, None, None),
        ("interest_rate", "level", 10.66, "percent", None, None, None),
        note="the subject's measure after a complement with an amount in it: the nearest phrase (loans) is taken",
    ),
    ex(
        "[Acme|o] holders, who approved the plan [last April|t|1989-04], will receive [$21|m|21 USD] in cash a share.",
        ("acquisition_price_per_share", "level", 21, "USD", None, None, None),
        note="a relative clause's period dates the main clause too; not letting it date the rest of the sentence lost more dated closing prices and results than it fixed",
    ),
)
