# ruff: noqa: E501  (one sentence per line reads best in a corpus)
"""Sentences in news and wire style (not from the seeds) with the events they state.

Each example (``tests.corpus.Example``) is a sentence whose upstream mentions are marked
by hand as in ``tests/events/markup.py``, so the events room is tested on its own, and
the events it must find, in text order, as ``(type, period, participants, location)``:
the period written as in the markup, ``participants`` a subset of the event's. An example
with none is a negative.
"""

from __future__ import annotations

from tests.corpus import Example

E = tuple[str, str | None, tuple[str, ...], str | None]


def ex(marked: str, *events: E, note: str = "") -> Example[E]:
    """An example: the marked sentence and its events (periods are marked: no date needed)."""
    return Example(marked, None, events, note)


EVENTS: tuple[Example[E], ...] = (
    ex(
        "[Kazakh|p|Kazakhstan] President [Kassym-Jomart Tokayev|h] met [Chinese|p|China] leader [Xi Jinping|h] in [Astana|p] on [September 14|t|2022-09-14].",
        ("meeting", "2022-09-14", ("Xi Jinping",), "Astana"),
    ),
    ex(
        "[Indian|p|India] Prime Minister [Narendra Modi|h] will pay a state visit to [France|p] in [July|t|2023-07].",
        ("visit", "2023-07", ("Narendra Modi",), "France"),
    ),
    ex(
        "[Airbus|o] and [China Aviation Supplies|o] signed an agreement for 140 aircraft worth [$20 billion|m|20e9 USD] on [April 6|t|2023-04-06].",
        ("signing", "2023-04-06", ("Airbus",), None),
    ),
    ex(
        "[Australia|p] is in talks with [Japan|p] on a new trade pact.",
        ("meeting", None, ("Australia", "Japan"), None),
        note="a place after 'in talks with' is a side, not where the talks are",
    ),
    ex(
        "A new terminal was opened at the port of [Gdansk|p] in [2019|t|2019].",
        ("opening", "2019", (), "Gdansk"),
    ),
    ex(
        "Diplomatic relations between [Vietnam|p] and [South Korea|p] were established on [December 22, 1992|t|1992-12-22].",
        ("establishment", "1992-12-22", ("Vietnam",), None),
    ),
    ex(
        "The free trade agreement between [Chile|p] and [China|p] came into force in [2006|t|2006].",
        ("establishment", "2006", ("China",), None),
    ),
    ex(
        "[Serbian|p|Serbia] companies presented their goods at the Hannover Messe and Agritechnica exhibitions.",
        ("other", None, ("Serbia",), None),
        ("other", None, ("Serbia",), None),
    ),
    ex(
        "Ministers of both countries held talks in [Tashkent|p] on [March 2|t|2021-03-02].",
        ("meeting", "2021-03-02", (), "Tashkent"),
    ),
    ex(
        "The [Toyota|o] plant in [Kentucky|p] was put into operation in [1988|t|1988].",
        ("opening", "1988", ("Toyota",), "Kentucky"),
    ),
    ex(
        "[Petrobras|o] and [Sinopec|o] are expected to sign a memorandum of understanding on refining.",
        ("signing", None, ("Petrobras", "Sinopec"), None),
    ),
    ex(
        "During his official visit to [Nairobi|p] on [May 3|t|2024-05-03], [German|p|Germany] Chancellor [Olaf Scholz|h] met President [William Ruto|h].",
        ("visit", "2024-05-03", ("Olaf Scholz",), "Nairobi"),
        ("meeting", "2024-05-03", ("William Ruto",), None),
    ),
    ex(
        "The meeting focused on energy. The meeting also touched on trade.",
        ("meeting", None, (), None),
    ),
    ex(
        "[Euronext|o] held talks with [LSE|o] on a possible bid. Rival exchange [Deutsche Boerse|o] said it had held friendly talks with [LSE|o] too.",
        ("meeting", None, ("Euronext", "LSE"), None),
        ("meeting", None, ("Deutsche Boerse", "LSE"), None),
        note="talks told anew between another pair of companies, sharing only one side, are"
        " other talks",
    ),
    ex(
        "[Renault|o] held talks with [Nissan|o] on cooperation. [Nissan|o] said the talks with [Renault|o] and its bank [BNP|o] went well.",
        ("meeting", None, ("Renault", "Nissan"), None),
        note="the same talks named again ('the talks') with one more company are not other talks",
    ),
    ex(
        "[Alcoa|o] is in talks with [Alcan|o]. [Alcoa|o] chief [Alain Belda|h] held talks with [Alcan|o] and [Pechiney|o] last week.",
        ("meeting", None, ("Alcoa", "Alcan"), None),
        note="talks of a pair named again with a third company: the earlier pair is within the"
        " later one, so one talks",
    ),
    ex(
        "[Baldrige|h] told a press conference that exports rose in [1986|t|1986].",
        ("other", None, ("Baldrige",), None),
        note="a period of the clause a press conference is told dates what is told, not the"
        " conference",
    ),
    ex(
        "[Yeutter|h] met [Tamura|h] in [Tokyo|p] and said that exports would rise in [1988|t|1988].",
        ("meeting", None, ("Tamura",), "Tokyo"),
        note="a period of a clause reported after the trigger dates what is reported",
    ),
    ex(
        "[Baldrige|h] told a news conference on [Tuesday|t|1987-03-31] that exports rose in [1986|t|1986].",
        ("other", "1987-03-31", ("Baldrige",), None),
        note="a period before the reported clause still dates the conference",
    ),
    ex(
        "Talks that ended in [Geneva|p] on [March 3|t|1987-03-03] made progress, [Yeutter|h] said.",
        ("meeting", "1987-03-03", (), "Geneva"),
        note="a relative 'that' after the trigger is its own clause, not a reported one",
    ),
    ex(
        "[Richard Scrushy|h] ran the company he co-founded in [Alabama|p] in [1984|t|1984].",
        ("establishment", "1984", ("Richard Scrushy",), "Alabama"),
        note="a founding told in a relative clause after the company (guidelines §4: 'was"
        " founded by' is an establishment)",
    ),
    ex(
        "[HealthSouth|o] shares fell. Its former boss ran the company he co-founded in [1984|t|1984].",
        ("establishment", "1984", ("HealthSouth",), None),
        note="'the company' founded is the company named before",
    ),
    ex(
        "The group he founded was sold in [1999|t|1999].",
        note="negative: a relative 'he founded' with no time or place of its own may take the"
        " main verb's date, so it is read only before 'in', 'by', 'with' or a clause's end",
    ),
    ex(
        "The talks followed an earlier round here in [September|t|1986-09] and the first direct talks between the [EC|o] and the [Soviet Union|p] in [January|t|1987-01].",
        ("meeting", "1987-01", ("EC", "Soviet Union"), None),
        note="a period before 'and the ...' is the first conjunct's; the trigger's own follows it",
    ),
    ex(
        "[Baker|h] met [Miyazawa|h] in [March|t|1987-03] and the two sides signed an agreement.",
        ("meeting", "1987-03", ("Miyazawa",), None),
        ("signing", None, ("Miyazawa",), None),
        note="a period of the clause before 'and the ...' dates only that clause's trigger",
    ),
    ex(
        "On [Monday|t|1987-03-02], [Baker|h] met [Miyazawa|h] and the two sides signed an agreement.",
        ("meeting", "1987-03-02", ("Miyazawa",), None),
        ("signing", "1987-03-02", ("Miyazawa",), None),
        note="a period opening the sentence still dates every trigger after it",
    ),
    ex(
        "[Apple|o] said that when it talks with [Samsung|o] it seeks a licence.",
        note="negative: 'talks with' after its subject pronoun is the verb, no talks held",
    ),
    ex(
        "[Yuganskneftegas|o] was sold to [Baikal|o]. A few days later, [Baikal|o] gave control of the company to [Rosneft|o] for [$9.3bn|m|9.3e9 USD].",
        ("other", None, ("Baikal",), None),
        ("other", None, ("Rosneft",), None),
        note="control of a company given to another for a price is its sale, and one told 'later'"
        " is the onward sale, not the first again",
    ),
    ex(
        "[Mikhail Khodorkovsky|h] handed over his entire 59.5% stake in holding company [Group Menatep|o] to a partner, [Leonid Nevzlin|h].",
        ("other", None, ("Group Menatep",), None),
        note="a stake in a company handed to a new owner",
    ),
    ex(
        "[Baikal|o] then transferred ownership of the firm to state-run oil group [Rosneft|o].",
        ("other", None, ("Rosneft",), None),
        note="the new owner named by what it is, then its name",
    ),
    ex(
        "The army handed control of the country to a civilian government.",
        note="negative: no company",
    ),
    ex(
        "The president gave control of economic policy to the central bank.",
        note="negative: control of a policy, not of a company",
    ),
    ex(
        "The firm gave its staff a stake in the business.", note="negative: no new owner after 'to'"
    ),
    ex(
        "[ONGC|o] said it was in talks to buy former assets of oil firm [Yukos|o].",
        ("meeting", None, ("ONGC",), None),
        ("other", None, ("Yukos",), None),
        note="a purchase under negotiation is a pending transaction beside the talks (guidelines"
        " §4)",
    ),
    ex(
        "[Renault|o] held talks with [Volvo|o] on buying its truck division.",
        ("meeting", None, ("Renault", "Volvo"), None),
        ("other", None, ("Volvo",), None),
        note="talks about buying a part of a company: the talks and the pending purchase",
    ),
    ex(
        "[Air India|o] is in talks to buy 20 [Boeing|o] jets.",
        ("meeting", None, ("Air India",), None),
        note="goods bought, no company transaction: only the talks",
    ),
    ex(
        "[China|p] is in talks to buy [Australian|p|Australia] iron ore.",
        ("meeting", None, ("China",), None),
        note="a commodity bought, no company transaction: only the talks",
    ),
    ex(
        "Leaders met for the World Economic Forum in the Swiss resort of Davos. The Davos forum is dominated by business issues.",
        ("other", None, (), None),
        note="leaders who met for a named event hold that event; the event named again by its"
        " place ('the Davos forum') is that event",
    ),
    ex(
        "[Tony Blair|h] met [Jacques Chirac|h] at the World Economic Forum in Davos.",
        ("meeting", None, ("Jacques Chirac",), None),
        ("other", None, (), None),
        note="a meeting of two people at a named event is a meeting of its own",
    ),
    ex(
        "The World Economic Forum opens in Davos today. Campaigners meet at the World Social Forum, the anti-Davos. The Davos forum is about business.",
        ("other", None, (), None),
        ("other", None, (), None),
        note="'the Davos forum' is the forum held in Davos, not the one called 'anti-Davos'",
    ),
    ex(
        "Officials of the [United States|p] and the [Soviet Union|p] conferred in [Washington|p] on [Tuesday|t|1990-08-14].",
        ("meeting", "1990-08-14", ("United States",), "Washington"),
        note="officials who conferred somewhere met",
    ),
    ex("The university conferred an honorary degree on him.", note="negative: a title conferred"),
    ex(
        "A [U.S.|p|United States] trade team will go to [Tokyo|p] next week.",
        ("visit", None, ("United States",), "Tokyo"),
        note="a delegation that goes to a place visits it",
    ),
    ex("[Japanese|p|Japan] exports went to [China|p].", note="negative: goods go, no one visits"),
    ex("Most of the aid went to [Africa|p].", note="negative: no one who travels"),
    ex(
        "[Clayton Yeutter|h] is due in [Tokyo|p] next week for discussions on the chip dispute.",
        ("meeting", None, ("Clayton Yeutter",), "Tokyo"),
        note="discussions a trip is for are talks",
    ),
    ex(
        "Chancellor [Gordon Brown|h] will meet finance ministers from the [G7|o] in [London|p] [next week|t|2005-02-07/2005-02-13].",
        ("meeting", "2005-02-07/2005-02-13", ("Gordon Brown",), "London"),
        note="a side named by what it is, with a lower-case modifier; 'from the G7' is who they"
        " are, no comparison base before the period",
    ),
    ex("The new rules will meet the demands of union leaders.", note="negative: demands met"),
    ex(
        "The contracts signed rose to [$5bn|m|5e9 USD] from [$3bn|m|3e9 USD] in [2003|t|2003].",
        ("signing", None, (), None),
        note="a period after 'from' and a figure is the comparison base, no event's date",
    ),
    ex(
        "[Procter & Gamble|o] has agreed a [$57bn|m|57e9 USD] deal to buy [Gillette|o].",
        ("other", None, ("Gillette",), None),
        note="a deal to buy a company named by its name is the company transaction, not a signing",
    ),
    ex(
        "[China|p] agreed a deal to buy [Airbus|o] A320s.",
        ("signing", None, ("China",), None),
        note="a deal to buy a maker's models is a supply deal, a signing; no company is bought",
    ),
    ex(
        "[Gazprom|o] signed a deal to buy [Russian|p|Russia] gas.",
        ("signing", None, ("Gazprom",), None),
        note="goods named by their origin: a supply deal",
    ),
    ex(
        "[Kmart|o] is to buy [Sears|o] for [$11bn|m|11e9 USD].",
        ("other", None, ("Sears",), None),
        note="a name to be bought for a price is a company bought",
    ),
    ex(
        "[Swiss|o] shareholders accepted [Lufthansa|o]'s offer.",
        ("other", None, ("Lufthansa",), None),
        note="an offer accepted, its bidder's possessive before it",
    ),
    ex(
        "Union leaders are to meet [Rover|o]'s management on [Friday|t|2005-03-04].",
        ("meeting", "2005-03-04", ("Rover",), None),
        note="a planned meeting with a company's people",
    ),
    ex("The firm needs to meet the board's targets.", note="negative: targets met"),
    ex(
        "The new terminal at [Heathrow|p] will open in [2008|t|2008].",
        ("opening", "2008", (), "Heathrow"),
        note="a terminal, plant or store that will open",
    ),
    ex("The store will open on Sundays from next month.", note="negative: opening hours"),
    ex("The port will open up to foreign ships.", note="negative: opened to trade"),
    ex(
        "[Saudi Arabia|p] sold 7 million [NCCI|o] shares, or about 70% of the company's total capital, last month.",
        ("other", None, ("NCCI",), None),
        note="shares of a company sold by the million, told as a part of it: a stake or an"
        " offering sold",
    ),
    ex(
        "[Meridian National|o] said it sold 750,000 shares of its common stock to the [McAlpine|o] family.",
        ("other", None, ("Meridian National",), None),
        note="a company's own shares sold to a buyer: a share offering",
    ),
    ex(
        "Fund managers sold 3 million shares of the bank on Monday.", note="negative: shares traded"
    ),
    ex("The company sells 2 million cars a year.", note="negative: goods"),
    ex(
        "[Shultz|h] will stop over in [Tokyo|p] for a day on his way home from [China|p].",
        ("visit", None, ("Shultz",), "Tokyo"),
        note="a stop on the way is a short visit",
    ),
    ex(
        "He told a news conference during a stopover in [Hong Kong|p].",
        ("other", None, (), "Hong Kong"),
        ("visit", None, (), "Hong Kong"),
        note="a stopover somewhere is a visit there (and where the conference was)",
    ),
    ex(
        "A [Chinese|p|China] trade delegation is scheduled to arrive in [Canberra|p] on [April 15|t|1987-04-15].",
        ("visit", "1987-04-15", ("China",), "Canberra"),
        note="an arrival planned: 'to arrive in' a place",
    ),
    ex(
        "The first shipments will arrive in [Rotterdam|p] in [May|t|1987-05].",
        note="negative: goods arrive",
    ),
    ex(
        "Oil minister [Ali Naimi|h] left for [Vienna|p] on [Monday|t|1987-03-30].",
        ("visit", "1987-03-30", ("Ali Naimi",), "Vienna"),
        note="an oil minister travels: goods before the verb of travel only with auxiliaries"
        " between ('shipments will arrive')",
    ),
    ex(
        "Company officials went to the [High Court|o] to block the sale.",
        note="negative: officials going to court make no visit",
    ),
    ex(
        "[Sainsbury's|o] has agreed to sell its Shaw's chain to [Albertsons|o] for [$2.5bn|m|2.5e9 USD].",
        ("other", None, ("Albertsons",), None),
        note="a retail chain sold is a part of a company sold",
    ),
    ex("The firm is reviewing its supply chain.", note="negative: no sale"),
    ex(
        '[Malcolm Baldrige|h] said he hopes [Nakasone|h] will bring proposals to [Reagan|h]. "We have been specific," he told a news conference during a stopover in [Hong Kong|p].',
        ("other", None, ("Malcolm Baldrige",), "Hong Kong"),
        ("visit", None, ("Malcolm Baldrige",), "Hong Kong"),
        note="'he' after a quotation is the subject of the sentence before, its first person,"
        " not the last one it names",
    ),
    ex("Both sides discussed plans for future visits and meetings."),
    ex("The company is meeting the demand for fertilizer, the report said."),
    ex(
        "A joint venture was set up in [Uzbekistan|p] to assemble buses.",
        ("establishment", None, (), "Uzbekistan"),
    ),
    ex(
        "[Ford|o] launched a new assembly line in [Romania|p] in [2021|t|2021].",
        ("opening", "2021", ("Ford",), "Romania"),
    ),
    ex(
        "The contract for the supply of 120 electric buses was signed between [Yutong|o] and [Astana LRT|o].",
        ("signing", None, ("Yutong",), None),
    ),
    ex(
        "[Finland|p] and [Estonia|p] signed a tunnel deal. A second deal on ferries was signed later with [Latvia|p].",
        ("signing", None, ("Finland",), None),
        ("signing", None, ("Latvia",), None),
    ),
    ex(
        "[Polish|p|Poland] and [Czech|p|Czechia] ministers met in [Warsaw|p] on [June 3|t|2021-06-03] and signed a memorandum on energy.",
        ("meeting", "2021-06-03", ("Poland",), "Warsaw"),
        ("signing", "2021-06-03", ("Czechia",), "Warsaw"),
    ),
    ex(
        "The [Asian Development Bank|o] opened a regional office in [Tbilisi|p] in [2019|t|2019].",
        ("opening", "2019", ("Asian Development Bank",), "Tbilisi"),
    ),
    ex("He visited a car plant last year. Sales have grown since then.", ("visit", None, (), None)),
    ex("Exports met expectations, the ministry said."),
    ex(
        "Minister [Ana Costa|h] will visit [Tokyo|p] [next week|t|1987-04-06/1987-04-12]. The trip is set for [April 6-8|t|1987-04-06/1987-04-08].",
        ("visit", "1987-04-06/1987-04-12", ("Ana Costa",), "Tokyo"),
    ),
    ex(
        "The commission met on [May 2|t|2021-05-02] in [Riga|p]. A second meeting of the commission was held on [June 9|t|2021-06-09].",
        ("meeting", "2021-05-02", (), "Riga"),
        ("meeting", "2021-06-09", ("Commission",), None),
    ),
    ex(
        "[Washington|p] signed a three-year textile accord with [Seoul|p] in [1986|t|1986].",
        ("signing", "1986", ("United States", "South Korea"), None),
    ),
    ex(
        "[Tokyo|p] and [Canberra|p] held talks on beef quotas in [May|t|1987-05].",
        ("meeting", "1987-05", ("Japan", "Australia"), None),
    ),
    ex(
        "[Paul Renner|h] will visit [Tokyo|p] [next week|t|1987-04-06/1987-04-12]. He is the first official to visit [Japan|p] since [Reagan|h] announced tariffs [last week|t|1987-03-23/1987-03-29].",
        ("visit", "1987-04-06/1987-04-12", ("Paul Renner",), "Tokyo"),
    ),
    ex(
        "[Paul Renner|h] will visit [Tokyo|p] in [April|t|1987-04]. [Anna Berg|h] will visit [Seoul|p] in [April|t|1987-04].",
        ("visit", "1987-04", ("Paul Renner",), "Tokyo"),
        ("visit", "1987-04", ("Anna Berg",), "Seoul"),
    ),
)

EVENTS += (
    ex(
        "Ministers convened in [Minsk|p] on [Monday|t|2019-05-06].",
        ("meeting", "2019-05-06", (), "Minsk"),
    ),
    ex(
        "A fifth round of talks between [Japan|p] and [Canada|p] is planned for [May|t|1987-05].",
        ("meeting", "1987-05", ("Japan", "Canada"), None),
    ),
    ex(
        "Officials said bilateral negotiations that ended earlier today in [Tokyo|p] made progress.",
        ("meeting", None, (), "Tokyo"),
    ),
    ex(
        "After nine hours of talks, the two sides issued a statement.",
        ("meeting", None, (), None),
    ),
    ex(
        "[Taiwan|p] will send a trade mission to 37 [U.S.|p|United States] cities in [May|t|1987-05].",
        ("visit", "1987-05", ("Taiwan",), None),
    ),
    ex(
        "President [Donald Trump|h] spoke at a news conference with [Liu He|h] on [Friday|t|2019-10-11].",
        ("other", "2019-10-11", ("Donald Trump", "Liu He"), None),
    ),
    ex(
        "Leaders gathered for a summit in [London|p] on [Saturday|t|2005-01-08].",
        ("meeting", "2005-01-08", (), "London"),
        note="a summit attended or located is a meeting",
    ),
    ex(
        "He called for a summit with [Moscow|p].",
        note="negative: a summit only asked for",
    ),
    ex(
        "Ministers attended a conference in [Geneva|p] on [Monday|t|2005-01-10].",
        ("other", "2005-01-10", (), "Geneva"),
        note="a conference attended",
    ),
    ex(
        "He told a news conference on [Monday|t|2005-01-10] that exports rose.",
        ("other", "2005-01-10", (), None),
        note="news briefings and press conferences are 'other' (guidelines §4)",
    ),
    ex(
        "[Ford|o] bought [Volvo|o]'s car unit, its chief told a news conference. The bid was a surprise.",
        ("other", None, ("Ford",), None),
        ("other", None, (), None),
        note="a news conference is not the transaction it announces ('the bid' goes to the purchase)",
    ),
    ex("The group called for a press conference on safety.", note="negative: only asked for"),
    ex(
        "The accord was reached in [Geneva|p] on [March 3|t|1987-03-03].",
        ("signing", "1987-03-03", (), "Geneva"),
    ),
    ex(
        "[Boeing|o] announced a deal to sell 300 jets to [China|p].",
        ("signing", None, ("Boeing",), None),
    ),
    ex(
        "[NAFTA|o] went into effect in [1994|t|1994].",
        ("establishment", "1994", ("NAFTA",), None),
    ),
    ex(
        "Minister [Ana Costa|h] leaves for [Moscow|p] on [Monday|t|2019-05-06].",
        ("visit", "2019-05-06", ("Ana Costa",), "Moscow"),
    ),
    ex(
        "The bank announced the opening of new offices in [Shanghai|p] in [2018|t|2018].",
        ("opening", "2018", (), "Shanghai"),
    ),
    ex(
        "[Shell|o] launched a takeover bid for [BG Group|o] worth [$70 billion|m|70e9 USD].",
        ("other", None, ("Shell", "BG Group"), None),
    ),
    ex(
        "[Bayer|o] agreed to pay [$14.5 million|m|14.5e6 USD] to settle a lawsuit over pricing.",
        ("signing", None, ("Bayer",), None),
    ),
    ex(
        "The [Fed|o] is expected to hold rates when it meets next week.",
        ("meeting", None, ("Fed",), None),
    ),
    ex(
        "[Unilever|o] sold its spreads unit to [KKR|o] in [2017|t|2017].",
        ("other", "2017", ("Unilever", "KKR"), None),
    ),
    ex(
        "[U.S.|p|United States] and [Chinese|p|China] firms signed 19 deals worth [$250 billion|m|250e9 USD] on [Wednesday|t|2017-11-08]. Deals signed on [Wednesday|t|2017-11-08] included [Boeing|o] jets. [Trump|h] attended the signing ceremony.",
        ("signing", "2017-11-08", ("United States", "Boeing", "Trump"), None),
        note="one signing: same day, then the definite 'the signing ceremony'",
    ),
    ex(
        "[Gomselmash|o] signed a contract worth [$15 million|m|15e6 USD] on [May 2|t|2021-05-02]. A second contract worth [$9 million|m|9e6 USD] was signed on [May 2|t|2021-05-02].",
        ("signing", "2021-05-02", ("Gomselmash",), None),
        ("signing", "2021-05-02", (), None),
        note="same day but different money: two signings",
    ),
    ex(
        "[Baikal|o] bought the main unit of [Yukos|o] for [$9.4 billion|m|9.4e9 USD].",
        ("other", None, ("Baikal", "Yukos"), None),
    ),
    ex(
        "[Vodafone|o] made a takeover offer for [Mannesmann|o] in [1999|t|1999]. [Mannesmann|o] rejected the takeover offer.",
        ("other", "1999", ("Vodafone", "Mannesmann"), None),
    ),
    ex(
        "[Chinese|p|China] vice-premier Liu He arrived in [Washington|p] on [Thursday|t|2019-10-10]. Liu met [Trump|h] on [Friday|t|2019-10-11].",
        ("visit", "2019-10-10", ("Liu He",), "Washington"),
        ("meeting", "2019-10-11", ("Liu He", "Trump"), None),
        note="a lower-case title names a person; 'Liu' refers back to 'Liu He'",
    ),
    ex(
        "[Japan|p]'s trade minister Hajime Tamura will visit [Washington|p] in [May|t|1987-05].",
        ("visit", "1987-05", ("Hajime Tamura",), "Washington"),
    ),
    ex(
        "[Willy De Clercq|h] was in [Washington|p] for trade talks in [March|t|1987-03].",
        ("meeting", "1987-03", ("Willy De Clercq",), "Washington"),
    ),
    ex(
        "[U.S.|p|United States] and [Japanese|p|Japan] officials meet [tomorrow|t|1987-04-04] to settle the dispute.",
        ("meeting", "1987-04-04", ("United States", "Japan"), None),
    ),
    ex(
        "That agreement, reached [last year|t|1986] after heated negotiations, called on [Japan|p] to buy more chips.",
        ("signing", "1986", ("Japan",), None),
    ),
    ex("The union has called for talks with the management."),
    ex("It said it was open for further talks."),
    ex("[Japan|p] would make a formal request next week for emergency talks."),
    ex(
        "The brewer became the biggest when it bought [Ambev|o] in [August 2004|t|2004-08].",
        ("other", "2004-08", ("Ambev",), None),
    ),
    ex(
        "[Yuganskneftegas|o] was sold to little-known investment firm [Baikal Finance Group|o].",
        ("other", None, ("Baikal Finance Group",), None),
    ),
    ex("[Japan|p] bought [U.S.|p|United States] farm goods worth [$2 billion|m|2e9 USD]."),
    ex(
        "[Steven Mnuchin|h] will travel to [Beijing|p] [next week|t|2019-04-29/2019-05-05].",
        ("visit", "2019-04-29/2019-05-05", ("Steven Mnuchin",), "Beijing"),
    ),
    ex("Talks about cooperation are useful, he said."),
    ex("[Norwood Partners|o] said it may make a tender offer for [Phoenix Technologies|o]."),
    ex("The board is not aware of any attempts to take over [Philip Morris|o]."),
    ex("The company needs to meet growing demand in Asia."),
    ex("He left for good. The offer for the shares stands.", note="no capital after 'for'"),
    ex("Investors will buy more shares if prices fall."),
    ex(
        "Minister [Rha Woong-bae|h] leaves [today|t|1987-03-11] for [Ottawa|p] for trade talks.",
        ("visit", "1987-03-11", ("Rha Woong-bae",), "Ottawa"),
        ("meeting", "1987-03-11", ("Rha Woong-bae",), None),
    ),
    ex("The decision leaves today for review by the board.", note="no place after 'for'"),
    ex("[South Korea|p] unveiled a shopping list of [U.S.|p|United States] goods."),
    ex("A package of measures is expected to be unveiled in [May|t|1987-05]."),
    ex("Under the deal the market will be opened to foreign investment."),
    ex("The president has unveiled a budget that expands public spending."),
    ex("When the account is opened, a form is filled in. She opened an account in [Paris|p]."),
    ex(
        "The new bridge was opened to traffic in [2019|t|2019].",
        ("opening", "2019", (), None),
    ),
    ex(
        "Despite the probe, the plant was officially opened in [Minsk|p].",
        ("opening", None, (), "Minsk"),
        note="a no-opening noun far before the passive does not block it",
    ),
    ex(
        "[U.S.|p|United States] and [Chinese|p|China] firms signed 19 deals. Deals signed on [Wednesday|t|2017-11-08] included [Boeing|o] jets.",
        ("signing", "2017-11-08", ("United States", "Boeing"), None),
        note="an undated signing and a dated one of the same documents next to it are one",
    ),
    ex(
        "[Kenya|p] signed a loan agreement with [China|p]. The dam was finished in [2015|t|2015] and tourism grew fast in the region, the report said. Farmers in the north sold more maize, and the shilling was stable against the dollar through most of the year, the central bank said. Another agreement was signed with [Japan|p] in [2016|t|2016].",
        ("signing", None, ("Kenya",), None),
        ("signing", "2016", ("Japan",), None),
        note="a dated signing far from an undated one is another",
    ),
    ex(
        "[Taiwan|p] plans trade talks with [Washington|p|United States]. Its envoy said he faced tough talks in [Washington|p|United States].",
        ("meeting", None, ("United States",), "United States"),
        note="undated talks with a side in common are the same talks",
    ),
    ex(
        "[Britain|p] held talks with [France|p]. Later it began talks with [Japan|p].",
        ("meeting", None, ("France",), None),
        ("meeting", None, ("Japan",), None),
        note="talks with other sides are other talks",
    ),
    ex(
        "[Baldrige|h] will meet Zheng Tuobin, minister for foreign trade, in [Peking|p].",
        ("meeting", None, ("Baldrige", "Zheng Tuobin"), None),
    ),
    ex(
        "[Baldrige|h] met Jaime Ongpin, the finance secretary, on [April 28|t|1987-04-28]. Ongpin later met [Kenji Sato|h].",
        ("meeting", "1987-04-28", ("Baldrige", "Jaime Ongpin"), None),
        ("meeting", None, ("Jaime Ongpin", "Kenji Sato"), None),
        note="a name with its title after it, and its surname later",
    ),
    ex(
        "[Kenji Sato|h] met buyers of Acme Motors, the minister said.",
        ("meeting", None, ("Kenji Sato",), None),
        note="a name ending a clause before 'the minister said' is no titled person",
    ),
    ex("[James Baker|h] has cancelled a trip to [Australia|p] because of business at home."),
    ex("The two ministers called off their planned meeting in [Geneva|p]."),
    ex(
        "[Ali Asadov|h] cancelled his other appointments and began a visit to [Minsk|p].",
        ("visit", None, ("Ali Asadov",), "Minsk"),
        note="'cancelled' with its own object before a visit does not cancel it",
    ),
    ex(
        "[Japan|p] postponed a trade mission to [Seoul|p].",
        ("visit", None, ("Japan",), "Seoul"),
        note="a postponed visit is still planned",
    ),
    ex(
        "[Taiwan|p] plans trade talks with [Washington|p|United States]. The talks, starting on [April 14|t|1987-04-14], will cover tariffs.",
        ("meeting", "1987-04-14", ("United States",), None),
        note="'the talks' dated after undated talks are the same talks",
    ),
    ex(
        "[Japan|p] ended talks with the [European Community|o] here. The first direct talks between [Japan|p] and the [EC|o|European Community], [last September|t|1986-09], failed.",
        ("meeting", None, ("Japan",), None),
        ("meeting", "1986-09", ("Japan",), None),
        note="dated talks with more than 'the' before them may be an earlier round: kept apart",
    ),
    ex("Shareholders called for an emergency general meeting."),
    ex("The governor signed the budget bill into law on Friday."),
    ex("A parliamentary motion, signed by 98 MPs, urged the government to act."),
    ex("He said any trade bill the president would sign must protect jobs."),
    ex("Lawmakers want legislation that will be signed by the president."),
    ex(
        "[Peru|p] signed a trade agreement with [Chile|p] after the bill passed.",
        ("signing", None, ("Peru", "Chile"), None),
    ),
    ex(
        "The bill's sponsors said [Nissan|o] signed a supply contract with [Renault|o].",
        ("signing", None, ("Nissan",), None),
        note="a bill named earlier in the sentence, far from the signing",
    ),
    ex(
        "The bill passed and [Kenya|p] signed a loan agreement with [China|p].",
        ("signing", None, ("Kenya",), None),
    ),
    ex("The union has asked for another meeting with the board."),
    ex(
        "The board met in [May|t|1987-05] and called for an end to the strike. Its meeting in [June|t|1987-06] was short.",
        ("meeting", "1987-05", (), None),
        ("meeting", "1987-06", (), None),
        note="a meeting held after a demand in the same article is one",
    ),
)

# Business news and participants (guidelines §4): false signings, company transactions,
# settlements, people named without a title or with a news-style one.
EVENTS += (
    ex(
        "[Baldrige|h] will meet Glen Fukushima, director of the [U.S.|p|United States] trade office.",
        ("meeting", None, ("Glen Fukushima",), None),
        note="'director' after a name is a title",
    ),
    ex(
        "Euronext chief Jean-Francois Theodore held talks with [LSE|o] boss Clara Furse.",
        ("meeting", None, ("Jean-Francois Theodore", "Clara Furse"), None),
        note="news-style titles before a name: chief, boss",
    ),
    ex(
        "Wilbur Ross will visit [Beijing|p] [next week|t|2017-11-13/2017-11-19].",
        ("visit", "2017-11-13/2017-11-19", ("Wilbur Ross",), "Beijing"),
        note="a bare name opening with a given name is a person",
    ),
    ex(
        "Investors in May Day shares met their targets.",
        note="negative: a month is no given name; 'met' targets",
    ),
    ex("The [FER|o] blames the law, in a statement signed by several members."),
    ex("Suppliers are accused of signing false documents and gave auditors signed letters."),
    ex("Campaigners have signed a House of Commons motion."),
    ex("[Japan|p] has not signed the accord, and it refused to sign a new one."),
    ex("The Act obliges chief executives to sign a statement on the accounts."),
    ex(
        "The firm signed a letter of intent with [Boeing|o].",
        ("signing", None, ("Boeing",), None),
        note="a letter of intent is signed, unlike a letter",
    ),
    ex(
        "Eighteen directors have agreed a [$168m|m|168e6 USD] ([£89m|m|89e6 GBP]) settlement deal.",
        ("signing", None, (), None),
        note="a deal with its money in brackets between verb and noun",
    ),
    ex(
        "[Burren Energy|o] recently announced a deal to buy 26% of [Indian|p|India] firm [Hindustan Oil Exploration|o].",
        ("other", None, ("Burren Energy", "Hindustan Oil Exploration"), None),
        note="a deal to buy a share of a company is a company transaction",
    ),
    ex(
        "[Rosneft|o] bought 100% of [Baikal Finance Group|o] in [December|t|2004-12].",
        ("other", "2004-12", ("Rosneft", "Baikal Finance Group"), None),
    ),
    ex(
        "He quit after the forced sale of [Yukos|o]' core oil production unit.",
        ("other", None, ("Yukos",), None),
        note="the seller as a possessive name",
    ),
    ex(
        "[Yuganskneftegaz|o] was sold off at auction in [December 2004|t|2004-12].",
        ("other", "2004-12", ("Yuganskneftegaz",), None),
    ),
    ex(
        "[France Telecom|o] said it would fund the deal by selling an 8% stake in [PagesJaunes|o].",
        ("other", None, ("France Telecom", "PagesJaunes"), None),
    ),
    ex(
        "[Nissan|o] has bought [Toyota|o]'s hybrid technology.",
        note="negative: a company's thing, not the company",
    ),
    ex(
        "[Inbev|o] bought [Ambev|o]'s brewing unit.",
        ("other", None, ("Inbev",), None),
        note="a company's unit bought is a transaction",
    ),
    ex("The two tried and failed to seal a merger in [2000|t|2000]."),
    ex("He has suggested a merged company would be run out of [London|p]."),
    ex("The proposed company, including the newly acquired [Metromedia|o] stake, would be big."),
    ex(
        "[Euronext|o] was formed after the [Brussels|p] and [Paris|p] exchanges merged. It owes much to its [2001|t|2001] acquisition of [Liffe|o].",
        ("other", None, ("Euronext",), None),
        ("other", "2001", ("Liffe",), None),
        note="a merger and a purchase are two transactions",
    ),
    ex(
        "It is also paying [$500,000|m|500e3 USD] to the [SEC|o] to settle the bribe charge.",
        ("signing", None, ("SEC",), None),
    ),
    ex(
        "[Monsanto|o] has agreed to pay a [$1.5m|m|1.5e6 USD] fine for bribing an official.",
        ("signing", None, ("Monsanto",), None),
    ),
    ex("Its interests were met. Demands were not met."),
    ex("The cost of meeting regulatory requirements is high."),
    ex("The company has launched an initiative to combat smuggling."),
    ex(
        "Speaking to a business conference in [Rio|p], he said the debt was a world problem.",
        ("other", None, (), "Rio"),
    ),
    ex(
        "Officials gave the message to [Shintaro Abe|h] in meetings in [Washington|p] [last week|t|1987-04-13/1987-04-19].",
        ("meeting", "1987-04-13/1987-04-19", ("Shintaro Abe",), "Washington"),
        note="plural meetings with a place and date are specific",
    ),
    ex(
        "[Reagan|h] will hold talks with [Nakasone|h] here. Officials gave [Abe|h] a message in meetings in [Washington|p]. With my meeting with [Nakasone|h] coming up, he said.",
        ("meeting", None, ("Nakasone",), None),
        ("meeting", None, ("Abe",), "Washington"),
        note="'my meeting' is the earlier event that shares its participant",
    ),
    ex(
        "The firm, which floated in [2003|t|2003], recently signed a deal with [Shell|o].",
        ("signing", None, ("Shell",), None),
        note="a period in a relative clause dates that clause, not the trigger",
    ),
    ex(
        "[Japan|p] signed a deal with [Acme|o], which was founded in [2003|t|2003].",
        ("signing", None, ("Japan",), None),
        ("establishment", "2003", (), None),
        note="a company's founding is an establishment (guidelines §4), dated by its own clause",
    ),
    ex(
        "[AT&T|o], which was founded in [1875|t|1875] by telephone pioneer [Alexander Graham Bell|h], will be bought.",
        ("establishment", "1875", (), None),
    ),
    ex(
        "[Dell|o] was set up by [Michael Dell|h], who founded the company in [1984|t|1984].",
        ("establishment", "1984", (), None),
    ),
    ex(
        "[Acme|o], founded in [1998|t|1998] by two engineers, makes tyres.",
        ("establishment", "1998", (), None),
    ),
    ex(
        "[SBC|o] will cut jobs after its takeover of former parent [Ameritech|o]. [SBC|o] and [Ameritech|o] said savings were a main driver for the merger.",
        ("other", None, ("SBC", "Ameritech"), None),
        note="a company named by what it is after 'takeover of'; 'the merger' of the same two"
        " companies later is that takeover named again",
    ),
    ex(
        "[Yukos|o] is claiming damages after [Yugansk|o] was sold in [December|t|2004-12] to settle back taxes.",
        ("other", "2004-12", (), None),
        note="a named company sold, no buyer named",
    ),
    ex(
        "It was sold out within hours, and Stock was sold heavily on Friday.",
        note="negative: a pronoun or a mass noun sold is no company sold",
    ),
    ex(
        "[Acme|o] said on [Tuesday|t|-XXXX-WXX-2] it would spin off its finance unit. The unit was acquired by [Acme|o] [20 years ago|t|-XXXX].",
        ("other", None, ("Acme",), None),
        ("other", None, ("Acme",), None),
        note="two periods with no year that cannot be one time (a weekday, years ago): two"
        " transactions, though they share a company",
    ),
    ex(
        "[Acme|o] agreed to sell its unit in [December|t|-XXXX-12]. The sale was completed on [20 December|t|-XXXX-12-20].",
        ("other", None, ("Acme",), None),
        note="a period with no year that narrows another is the same time: one transaction",
    ),
    ex(
        "[Umbro|o] announced its sponsorship agreement with [Chelsea|o], which gave it the right to make shirts, would end in [2006|t|2006].",
        note="negative: a deal's end announced is no deal reached",
    ),
    ex(
        "The government's partial sell-off of [NTPC|o] raised [$1bn|m|1e9 USD]. Shares rose, as after the flotation by software firm [Tata|o].",
        ("other", None, ("NTPC",), None),
        ("other", None, ("Tata",), None),
        note="a definite transaction that names its own company, none of the one before, is"
        " another transaction",
    ),
    ex(
        "The government's partial sell-off of [NTPC|o] raised [$1bn|m|1e9 USD]. Analysts at [ING|o] said the flotation went well.",
        ("other", None, ("NTPC",), None),
        note="a definite transaction naming no company of its own is the one before",
    ),
    ex(
        "[Sumitomo|o] withdrew its takeover offer for [UFJ|o]. [Mitsubishi|o]'s takeover of [UFJ|o] needs approval.",
        ("other", None, ("Sumitomo",), None),
        ("other", None, ("Mitsubishi",), None),
        note="two bidders' transactions for one target, each bidder named by 'its' or its"
        " possessive, are two",
    ),
    ex(
        "[MCI|o] accepted a buyout from [Verizon|o], rejecting a higher offer from [Qwest|o]. [Qwest|o] said it will table a new offer for [MCI|o].",
        ("other", None, ("Verizon",), None),
        ("other", None, ("Qwest",), None),
        note="a bid's bidder after 'from', or the subject of a verb of bidding: one event per"
        " bidder",
    ),
    ex(
        "[UFJ|o] is to merge with [Mitsubishi Tokyo|o]. [Mitsubishi Tokyo|o]'s takeover of [UFJ|o] needs approval.",
        ("other", None, ("UFJ", "Mitsubishi Tokyo"), None),
        note="a takeover by a merger's partner is that merger named again",
    ),
    ex(
        "[Verizon|o] made an offer for [MCI|o]. [MCI|o] said the offer from [Verizon|o] was too low.",
        ("other", None, ("Verizon", "MCI"), None),
        note="one bidder named twice: one bid",
    ),
    ex(
        "[Inbev|o] grew thanks to its acquisition of [Ambev|o] [last year|t|-XXXX]. [Inbev|o] bought [Ambev|o] in [August 2004|t|2004-08].",
        ("other", "2004-08", ("Inbev", "Ambev"), None),
        note="a year not known (an undated story) and a dated mention may be one time: one"
        " transaction, dated by the dated mention",
    ),
    ex(
        "[Acme|o] said on [Tuesday|t|-XXXX-WXX-2] it will sell its unit. [Acme|o] bought the unit in [2001|t|2001].",
        ("other", None, ("Acme",), None),
        ("other", "2001", ("Acme",), None),
        note="a weekday with no year is no time of a dated year: two transactions",
    ),
    ex(
        "Gold has been sold by central banks, and Oil was sold at a loss.",
        note="negative: a sold subject that names no organization is no company sold",
    ),
    ex(
        "[Japan Telecom|o] was sold in [2003|t|2003].",
        ("other", "2003", ("Japan Telecom",), None),
        note="a company of several words sold, no buyer named",
    ),
    ex(
        "The state seized [Yuganskneftegas|o]. Yugansk was sold in [December|t|2004-12].",
        ("other", "2004-12", (), None),
        note="a clipped one-word name the article gave in full is that company sold",
    ),
    ex(
        "The [Indian|p|India] government's partial sell-off of [NTPC|o] raised [$1bn|m|1e9 USD].",
        ("other", None, ("NTPC",), None),
        note="a named company sold off by its owner",
    ),
    ex(
        "A sell-off of the dollar hit markets, and the privatisation of thousands of businesses is under review.",
        note="negative: a market move and a policy, no company named",
    ),
    ex(
        "[France Telecom|o] will buy the shares in [Equant|o] it does not already own. It will fund the purchase by selling an 8% stake in [PagesJaunes|o].",
        ("other", None, ("Equant",), None),
        ("other", None, ("PagesJaunes",), None),
        note="a share of a stated size sold, told as new: another transaction, though the"
        " seller is the buyer just named",
    ),
    ex(
        "The takeover of troubled firms is common in the industry.",
        note="negative: takeovers of a kind of firm, no company named",
    ),
    ex(
        "The scheme was founded on the principle that savers should be protected.",
        note="negative: what something rests on is no founding",
    ),
    ex(
        "The deal, which was signed in [2003|t|2003], covers oil.",
        ("signing", "2003", (), None),
        note="the trigger inside the relative clause keeps its date",
    ),
)

EVENTS += (
    ex(
        "[Johnson & Johnson|o] has agreed to buy medical technology firm Guidant for [$25.4bn|m|25.4e9 USD].",
        ("other", None, ("Johnson & Johnson",), None),
        note="a company named by what it is ('firm Guidant')",
    ),
    ex(
        "Its return came with the purchase of [Japan Telecom|o], the third-biggest telecoms firm.",
        ("other", None, ("Japan Telecom",), None),
    ),
    ex("[China Airlines|o] bought [Boeing|o] jets worth [$2bn|m|2e9 USD].", note="negative: goods"),
    ex("[Japan|p] agreed to buy [Boeing|o] jets.", note="negative: goods"),
    ex("The sale of [Boeing|o] jets to [China|p] rose.", note="negative: goods"),
    ex(
        "[Framatome|o] also bought [Navigation Mixte|o] shares.",
        ("other", None, ("Framatome",), None),
        note="a company's shares bought are a stake",
    ),
    ex("Institutions are willing to buy [U.S. Government|o] assets.", note="negative: bonds"),
    ex(
        "[MG Rover|o]'s proposed tie-up with [China|p]'s top carmaker has been delayed.",
        ("other", None, ("MG Rover",), None),
    ),
    ex("Analysts discussed the benefits of such a tie-up."),
    ex(
        "[Barclays|o] had held merger talks with [Wells Fargo|o].",
        ("meeting", None, ("Barclays",), None),
        note="merger talks are talks, not the merger",
    ),
    ex("[Gazprom|o], the company tipped to buy [Yugansk|o], was banned from the auction."),
    ex(
        "He explained during a conference in [Phoenix|p] that prices were high.",
        ("other", None, (), "Phoenix"),
    ),
)

EVENTS += (
    ex(
        "[Nissan|o] has bought [Toyota|o]'s hybrid technology. [Japan|p] signed a deal. A merger would create a giant.",
        ("signing", None, ("Japan",), None),
        note="a merger only supposed ('a merger would create') is no event",
    ),
    ex(
        "A tie-up between the two carmakers could save [$1bn|m|1e9 USD] a year.",
        note="negative: supposed",
    ),
    ex(
        "The merger would create the world's biggest brewer, [AmBev|o] said.",
        ("other", None, (), None),
        note="a definite merger with a modal is a proposed one (reported speech)",
    ),
    ex(
        "Talks with [Russia|p] have been taking place for 10 years. [Japan|p] signed a deal.",
        ("signing", None, ("Japan",), None),
        note="ongoing talks ('have been taking place') are a state, not one event",
    ),
    ex(
        "Talks with [Russia|p] have been held in [Geneva|p] since [May|t|2004-05].",
        ("meeting", "2004-05", ("Russia",), "Geneva"),
        note="'have been held' is no course of talks going on for years",
    ),
    ex(
        "Negotiations between the two countries ended [earlier today|t|1987-03-02] in [Tokyo|p].",
        ("meeting", "1987-03-02", (), "Tokyo"),
        note="talks with a course, their sides between",
    ),
    ex(
        "[GM|o] pulled out of an agreement to buy [Fiat|o] in [February|t|2005-02].",
        note="negative: withdrawn",
    ),
    ex(
        "[Glazer|h] walked away from his offer for [Manchester United|o].",
        note="negative: withdrawn",
    ),
    ex(
        "[GM|o] agreed to buy [Daewoo|o] in [2002|t|2002].",
        ("other", "2002", ("Daewoo",), None),
        note="a purchase agreed, not withdrawn",
    ),
    ex(
        "[Johnson & Johnson|o] said it had bought Guidant for [$25bn|m|25e9 USD].",
        ("other", None, ("Johnson & Johnson",), None),
        note="a name bought for a price is a company",
    ),
    ex("[Japan|p] sold Treasury bills for [$1bn|m|1e9 USD].", note="negative: lower-case goods"),
    ex("The law allows one visit every three years.", note="negative: a frequency"),
    ex("Visiting fans were told to arrive early.", note="negative: 'visiting' an adjective"),
    ex("He is a visiting professor at [Harvard|o].", note="negative: 'visiting' an adjective"),
    ex(
        "Visiting [China|p] on [Monday|t|2005-02-28], [Blair|h] met [Hu Jintao|h].",
        ("visit", "2005-02-28", ("Blair",), "China"),
        ("meeting", "2005-02-28", ("Hu Jintao",), None),
    ),
)

EVENTS += (
    ex(
        "[U.S.|p|United States] and [Canadian|p|Canada] negotiators opened talks [last summer|t|1986-06/1986-08] on trade barriers.",
        ("meeting", "1986-06/1986-08", ("United States", "Canada"), None),
        note="talks opened",
    ),
    ex(
        "The [US|p|United States] and [India|p] will start negotiations about more routes in [January|t|2005-01].",
        ("meeting", "2005-01", ("India",), None),
    ),
    ex(
        "An [EC|o] negotiator taking part in the three-day talks said the clause was dropped.",
        ("meeting", None, (), None),
        note="talks timed before the noun",
    ),
    ex(
        "[Japan|p] has a lot to lose from a failure of this week's talks.",
        ("meeting", None, ("Japan",), None),
    ),
    ex("Many rounds of talks took place.", note="negative: plural rounds with no number or date"),
    ex(
        "[ONGC|o] said it was in talks to buy assets of [Yukos|o].",
        ("meeting", None, ("ONGC",), None),
        ("other", None, ("Yukos",), None),
        note="a side in talks, and the purchase they are about (guidelines §4: 'in talks with X"
        " over the sale')",
    ),
    ex(
        "[Nakasone|h] sets out on [Wednesday|t|1987-04-29] on a tough mission to [Washington|p].",
        ("visit", "1987-04-29", ("Nakasone",), "Washington"),
    ),
    ex("The [UN|o] mission to [Sudan|p] was extended.", note="negative: a peacekeeping body"),
    ex(
        "[Putin|h] said at his year-end press conference in [Moscow|p] that the sale was fair.",
        ("other", None, ("Putin",), "Moscow"),
    ),
)

EVENTS += (
    ex(
        "[Fiat|o] reported a loss. The firm signed a deal with [GM|o] on [May 2|t|2005-05-02].",
        ("signing", "2005-05-02", ("Fiat", "GM"), None),
        note="'the firm': the company named before",
    ),
    ex(
        "[Fiat|o] reported a loss. Shares fell. Later the Italian carmaker agreed to buy [Ferrari|o] for [$2bn|m|2e9 USD].",
        ("other", None, ("Fiat", "Ferrari"), None),
        note="'the Italian carmaker': the company named before",
    ),
    ex(
        "[Fiat|o] reported a loss. [Ford|o] said the firm signed a deal with [GM|o].",
        ("signing", None, ("Ford", "GM"), None),
        note="the company named in the sentence is the side",
    ),
)

EVENTS += (
    ex(
        "[Fiat|o] reported a loss. It signed a deal with [GM|o] on [May 2|t|2005-05-02].",
        ("signing", "2005-05-02", ("Fiat", "GM"), None),
        note="'It': the subject of the sentence before, an organization",
    ),
    ex(
        "[Consolidated Freightways|o] said net fell. Revenue rose, reflecting the company's acquisition of [Emery|o] [earlier this year|t|1989].",
        ("other", "1989", ("Consolidated Freightways", "Emery"), None),
        note="'the company's acquisition': a possessive of the trigger itself",
    ),
    ex(
        "[Japan|p] cut rates after [Sony|o] warned. It signed a deal with [Peru|p].",
        ("signing", None, ("Peru",), None),
        note="'It' after a sentence whose subject is a country: no organization taken",
    ),
)

EVENTS += (
    ex(
        "[Fiat|o] will gain the right to sell its car division to [GM|o].",
        note="negative: only a right",
    ),
    ex("There was speculation that the two banks will merge.", note="negative: speculated"),
    ex("The German firm wanted to buy [Fiat|o] outright.", note="negative: only wished for"),
    ex(
        "Despite speculation that the deal would fail, [GM|o] bought [Daewoo|o] in [2002|t|2002].",
        ("other", "2002", ("GM",), None),
        note="speculation in another clause",
    ),
    ex("When the account is opened a form must be filled in.", note="negative: an account opened"),
)

EVENTS += (
    ex(
        "[Citigroup|o] has sold its [Travelers Life & Annuity|o] insurance arm to [Metlife|o] for [$11.5bn|m|11.5e9 USD].",
        ("other", None, ("Citigroup", "Metlife"), None),
        note="a unit with a long name",
    ),
    ex("[Iran|p] sold its arms to [Syria|p].", note="negative: weapons"),
    ex(
        "[MCI|o] accepted a [$6.75bn|m|6.75e9 USD] buyout from telecoms giant [Verizon|o].",
        ("other", None, ("MCI", "Verizon"), None),
    ),
    ex(
        "[MCI|o] agreed to a buyout by [Verizon Communications|o].",
        ("other", None, ("MCI",), None),
    ),
    ex(
        "Regulators approved the takeover of [MCI|o] on [Monday|t|2005-02-28].",
        ("other", "2005-02-28", ("MCI",), None),
        note="the takeover itself, not the approval",
    ),
    ex("[MCI|o] may accept a buyout from [Verizon|o].", note="negative: hedged"),
    ex(
        "Holders are protected if the regional [Bell|o] company ever decides to buy the rest of the new company.",
        note="negative: a condition",
    ),
    ex(
        "Foreigners sold a net 500 mln marks in shares in [February|t|1987-02].",
        note="negative: market flows",
    ),
)

EVENTS += (
    ex(
        "[South Korea|p] will hold a trade show in [November|t|1987-11] for [U.S.|p|United States] firms.",
        ("other", "1987-11", ("South Korea",), None),
        note="an unnamed trade show held",
    ),
    ex(
        "The ministry hosted an exhibition of farm machinery in [Minsk|p] on [May 3|t|2023-05-03].",
        ("other", "2023-05-03", (), "Minsk"),
    ),
    ex("The group called for a trade fair to be held.", note="negative: only asked for"),
    ex("The firm will hold the show's rights.", note="negative: no show held"),
)

# Trigger coverage and negatives of the fourth round (wire and BBC phrasings).
EVENTS += (
    ex(
        "Officials said the two sides would probably meet in [Geneva|p] the week after.",
        ("meeting", None, (), "Geneva"),
        note="an adverb between the modal and 'meet'",
    ),
    ex(
        "[Clayton Yeutter|h] said he will meet the [Japanese|p|Japan] delegation over the next few days.",
        ("meeting", None, ("Clayton Yeutter", "Japan"), None),
        note="a side named by what it is",
    ),
    ex(
        "Negotiations on the next [China|p]-[U.S.|p|United States] textile agreement are due to begin in [May|t|1987-05].",
        ("meeting", "1987-05", ("China", "United States"), None),
        note="talks with their topic before their course",
    ),
    ex(
        "The tax is expected to dominate talks by [EC|o|European Community] foreign ministers here [tomorrow|t|1987-03-16].",
        ("meeting", "1987-03-16", ("European Community",), None),
        note="talks with who holds them, then where or when",
    ),
    ex(
        "[Sergey Frolov|h] told a [U.S.|p|United States]-[USSR|p|Soviet Union] business meeting the [Soviet Union|p] produces few items western nations want.",
        ("meeting", None, ("Sergey Frolov",), None),
        note="a kind word makes 'meeting' a noun, never 'meeting the demand'",
    ),
    ex(
        "Negotiators for the two countries have been meeting for more than a year.",
        note="negative: ongoing activity (guidelines §4)",
    ),
    ex(
        "He denied he frequently met [Scott Sullivan|h] to discuss company business.",
        note="negative: a habit, no one meeting",
    ),
    ex(
        "[Sullivan|h] told jurors he met regularly with [Bernard Ebbers|h].",
        note="negative: a habit, no one meeting",
    ),
    ex(
        "The companies said they have met many of the government's demands.",
        note="negative: demands met",
    ),
    ex(
        "Cubans living in the [US|p|United States] are limited to one visit to [Cuba|p] every three years.",
        note="negative: a frequency after the destination",
    ),
    ex(
        "Two million tourists visit [Cuba|p] every year.",
        note="negative: a frequency after the place visited",
    ),
    ex(
        "Job creation rose as government measures began to take effect.",
        note="negative: measures working, not entering into force",
    ),
    ex(
        "To some extent, the credit controls do seem to be taking effect.",
        note="negative: controls working",
    ),
    ex(
        "The tariffs will take effect on [April 17|t|1987-04-17].",
        ("establishment", "1987-04-17", (), None),
    ),
    ex(
        "The bill promises retaliation unless all markets are opened.",
        note="negative: markets liberalized, no opening",
    ),
    ex(
        "The meeting was unveiled as part of a plan to boost imports.",
        ("meeting", None, (), None),
        note="a meeting announced: the meeting, no opening",
    ),
    ex(
        "[Euronext|o] has met with the [London Stock Exchange|o]. [Euronext|o] chief [Jean-Francois Theodore|h] held talks with [LSE|o|London Stock Exchange] boss [Clara Furse|h] on the bid.",
        ("meeting", None, ("Euronext", "London Stock Exchange"), None),
        note="the same two organizations meeting, undated: one meeting",
    ),
    ex(
        "[U.S.|p|United States] and [Japanese|p|Japan] officials met to discuss chips. [U.S.|p|United States] and [Japanese|p|Japan] negotiators held talks on rice.",
        ("meeting", None, ("Japan",), None),
        ("meeting", None, ("Japan",), None),
        note="two countries' officials meet again and again: two meetings",
    ),
    ex(
        "[Euronext|o] will meet [Clara Furse|h] and attend a meeting of the [LSE|o|London Stock Exchange] and [Deutsche Boerse|o] boards.",
        ("meeting", None, ("Euronext",), None),
        ("meeting", None, ("Deutsche Boerse",), None),
        note="two triggers of one sentence share its names: not merged for it",
    ),
    ex(
        "[Egypt|p] and [Israel|p] have signed a trade protocol with the [US|p|United States]. The protocol, signed in [Cairo|p], will set up industrial zones.",
        ("signing", None, ("Egypt", "Israel"), "Cairo"),
        note="the document as subject before a comma: the signing already found (its place joins)",
    ),
    ex(
        "[Bill Clinton|h] welcomed the job figures at a news conference [Friday|t|1998-02-06].",
        ("other", "1998-02-06", ("Bill Clinton",), None),
        note="a weekday after the event noun names no event",
    ),
)

# Two sales in one sentence; a company as an object pronoun.
EVENTS += (
    ex(
        "The unit was sold to a shell company, which was in turn bought by [Rosneft|o].",
        ("other", None, (), None),
        ("other", None, ("Rosneft",), None),
        note="a sale and a later purchase of its buyer are two events (§4)",
    ),
    ex(
        "[Yukos|o] sold the unit to [Baikal|o]. [Rosneft|o] later bought [Baikal|o] for [$9bn|m|9e9 USD].",
        ("other", None, ("Baikal",), None),
        ("other", None, ("Rosneft",), None),
        note="a later purchase of the buyer, in the next sentence: two events",
    ),
    ex(
        "[Fiat|o] reported a loss. Its bosses said [GM|o] had agreed a deal with it on [May 2|t|2005-05-02].",
        ("signing", "2005-05-02", ("Fiat", "GM"), None),
        note="a company named only as an object pronoun ('with it')",
    ),
    ex(
        "[Softbank|o] said losses widened. Analysts praised its $3bn purchase of [Japan Telecom|o].",
        ("other", None, ("Softbank", "Japan Telecom"), None),
        note="'its' right before the trigger: the company named before",
    ),
    ex(
        "[Softbank|o] said losses widened. Its return came with the purchase of [Japan Telecom|o].",
        ("other", None, ("Softbank", "Japan Telecom"), None),
        note="'Its' opening the sentence: the subject of the sentence before",
    ),
    ex(
        "[Softbank|o] said losses widened. [Vodafone|o] said its purchase of [Japan Telecom|o] was complete.",
        ("other", None, ("Vodafone", "Japan Telecom"), None),
        note="'its' after a company named in the sentence: that company",
    ),
    ex(
        "In the wake of [P&O Princess|o]'s takeover by [Carnival|o], the business is a duopoly.",
        ("other", None, ("P&O Princess", "Carnival"), None),
        note="the buyer after the noun",
    ),
    ex(
        "Fans are opposed to any takeover by [Malcolm Glazer|h].",
        note="negative: any takeover (hedged)",
    ),
    ex(
        "To settle the bill, [Russia|p] forced [Yukos|o] to sell off [Yuganskneftegas|o].",
        ("other", None, ("Yukos", "Yuganskneftegas"), None),
        note="a forced sale of a company",
    ),
    ex(
        "Investors oppose [Deutsche Boerse|o]'s plans to buy the [London Stock Exchange|o].",
        ("other", None, ("Deutsche Boerse", "London Stock Exchange"), None),
        note="a planned purchase of a company named after 'the'",
    ),
    ex(
        "The airline plans to sell the [Boeing|o] jets it owns.",
        note="negative: goods, not a company",
    ),
    ex(
        '[GM|o] gave [Fiat|o] a "put option" to sell [GM|o] the rest of the car maker.',
        note="negative: only an option to sell, quoted",
    ),
    ex(
        "The appointment takes effect [Nov. 13|t|1989-11-13].",
        note="negative: appointments are no events (guidelines §4)",
    ),
    ex(
        "The agreement takes effect on [Nov. 13|t|1989-11-13].",
        ("establishment", "1989-11-13", (), None),
    ),
    ex(
        "The new company will open talks with state-appointed receivers.",
        ("meeting", None, (), None),
        note="talks opened: a meeting, no opening",
    ),
    ex(
        "[DPC|o] last week launched a new, $10-a-share offer for the company.",
        note="negative: an offer launched is no opening (the offer has no company named)",
    ),
    ex(
        "Flights were delayed after the arrival of [US|p|United States] president [George W Bush|h] in [Frankfurt|p].",
        ("visit", None, ("George W Bush",), "Frankfurt"),
        note="a leader's arrival is a visit",
    ),
    ex(
        "The arrival of a [Chinese|p|China] trade delegation in [Washington|p] was delayed.",
        ("visit", None, ("China",), "Washington"),
    ),
    ex(
        "[Chinese|p|China] vice-premier Liu He met [US|p|United States] president George W. Bush in [Beijing|p].",
        ("meeting", None, ("Liu He", "George W. Bush"), "Beijing"),
        note="a middle initial in a name after a lower-case title",
    ),
    ex("The arrival of new products lifted sales.", note="negative: goods arrive"),
    ex(
        "The arrival of the new chief executive lifted shares.",
        note="negative: an executive's arrival is an appointment",
    ),
)

# Trigger coverage of the fifth round: discussions, plural meetings dated, possessive
# conferences, headline stakes.
EVENTS += (
    ex(
        "The firms have already held discussions with [Japanese|p|Japan] regulators.",
        ("meeting", None, ("Japan",), None),
        note="discussions held with a named side are talks",
    ),
    ex(
        "[Barclays|o] is in discussions with [Absa|o] over the sale.",
        ("meeting", None, ("Barclays", "Absa"), None),
    ),
    ex(
        "The two groups have been engaging in various discussions to enhance cooperation.",
        note="negative: discussions with no side, ongoing",
    ),
    ex(
        "[Kuranari|h] would attend parliamentary discussions on the budget.",
        note="negative: a parliament's debate, no side",
    ),
    ex(
        "The unions called for discussions with the government.",
        note="negative: discussions only asked for",
    ),
    ex(
        "[Baker|h] will urge [Tokyo|p] to act at [Wednesday|t|1987-04-08]'s meetings of leading industrial nations in [Washington|p].",
        ("meeting", "1987-04-08", (), "Washington"),
        note="plural meetings dated before the noun are one gathering",
    ),
    ex(
        "Regular meetings are held every month.",
        note="negative: a habit, no one meeting",
    ),
    ex(
        "[Viktor Yushchenko|h] told an investors' conference in [Kiev|p].",
        ("other", None, ("Viktor Yushchenko",), "Kiev"),
        note="a possessive plural before 'conference'",
    ),
    ex(
        "[China|p]'s [Shanda|o] buys stake in [Sina|o]",
        ("other", None, ("Shanda", "Sina"), None),
        note="a headline's stake in a named company, no determiner",
    ),
    ex(
        "Investors may buy stakes in [Sina|o].",
        note="negative: a purchase only supposed",
    ),
    ex(
        "He took a stake in the outcome.",
        note="negative: no company named",
    ),
    ex(
        "[Amex|o] is to spin off its financial advisory unit.",
        ("other", None, ("Amex",), None),
        note="a spin-off of a unit is a company transaction (§4)",
    ),
    ex(
        "The demerger of its chemicals business was completed.",
        ("other", None, (), None),
    ),
    ex(
        "The economic spin-offs of the games were large.",
        note="negative: by-products, no unit",
    ),
    ex(
        "[Amex|o] may spin off its advisory unit.",
        note="negative: a spin-off only speculated",
    ),
    ex(
        "The [EC|o|European Community] and [China|p] initialled a textile accord in [Brussels|p] on [Friday|t|1987-04-03].",
        ("signing", "1987-04-03", ("European Community", "China"), "Brussels"),
        note="an agreement initialled is signed",
    ),
    ex(
        "The [U.S.|p|United States] and [Japan|p] agreed on a new accord on [Tuesday|t|1987-04-07].",
        ("signing", "1987-04-07", ("United States", "Japan"), None),
        note="a deal 'agreed on' is reached",
    ),
    ex(
        "The officials agreed on the need for a deal.",
        note="negative: a need agreed, no deal",
    ),
    ex(
        "Trade ministers of 92 countries meet in [Geneva|p] [next week|t|1987-04-13/1987-04-19].",
        ("meeting", "1987-04-13/1987-04-19", (), "Geneva"),
        note="a plural subject's scheduled present 'meet in' a place",
    ),
    ex(
        "The ministers meet in [Geneva|p] every year.",
        note="negative: a habit",
    ),
    ex(
        "The two sides could meet in [Geneva|p].",
        note="negative: a meeting only supposed",
    ),
    ex(
        "[French|p|France] suitor holds [LSE|o|London Stock Exchange] meeting\n\n[Euronext|o] has met with the [London Stock Exchange|o].",
        ("meeting", None, ("Euronext", "London Stock Exchange"), None),
        note="a headline's event is the body's first mention of it that shares a side",
    ),
    ex(
        "[Baker|h] holds talks with [Japan|p]\n\n[Baker|h] held talks with [Japan|p] on [Monday|t|1987-04-06]. He held talks with [Japan|p] again on [Friday|t|1987-04-10].",
        ("meeting", "1987-04-06", ("Baker",), None),
        ("meeting", "1987-04-10", ("Japan",), None),
        note="a headline absorbs one body mention, not every later one",
    ),
    ex(
        "[Fiat|o] sold half its finance arm in [2003|t|2003].",
        ("other", "2003", ("Fiat",), None),
        note="a part of a unit sold",
    ),
    ex(
        "It sold off its surgical gloves and antiseptics businesses for [£173m|m|173e6 GBP] to a management team in [May|t|2004-05].",
        ("other", "2004-05", (), None),
        note="'sold off' a unit",
    ),
    ex(
        "[Reliance Group|o] acquired the government's 26% stake in [IPCL|o] in [2002|t|2002].",
        ("other", "2002", ("Reliance Group", "IPCL"), None),
        note="a stake with its owner's possessive",
    ),
    ex(
        "[LVMH|o] has sold its loss-making Christian Lacroix clothing label to a [US|p|United States] investment group.",
        ("other", None, ("LVMH",), None),
        note="a label sold is a unit sold",
    ),
    ex(
        "The firm's snowmobile division and defence services unit were also sold.",
        ("other", None, (), None),
        note="a unit sold with no buyer named",
    ),
    ex(
        "About 10,000 units were sold last month.",
        note="negative: goods sold, no unit of a company",
    ),
    ex(
        "The band sold its records in shops.",
        note="negative: goods, no unit",
    ),
    ex(
        "It is seen as a selling off of [Iraq|p]'s assets.",
        note="negative: a selling off as a kind of policy",
    ),
    ex(
        "The review's first target is a steel mill sold to a consortium for [$800m|m|800e6 USD].",
        ("other", None, (), None),
        note="a reduced relative: what is sold, then 'sold to' its buyer",
    ),
    ex(
        "The company sold to customers in 40 countries.",
        note="negative: goods sold to customers, no buyer of a company",
    ),
    ex(
        "The 865 million share offer, a mix of new shares and sales by the government, raised 54bn rupees.",
        ("other", None, (), None),
        note="a share offer raises capital: a share offering",
    ),
    ex(
        "It was [India|p]'s second stock debut in three months, coming after the flotation by software firm [Tata|o].",
        ("other", None, ("Tata",), None),
        note="a flotation is a first share offering",
    ),
    ex(
        "Analysts said a flotation could raise [$1bn|m|1e9 USD].",
        note="negative: a flotation only supposed",
    ),
    ex(
        "[Qwest|o] had to pay the [Securities and Exchange Commission|o] [$250m|m|250e6 USD] in [October|t|2004-10] to settle charges that it massaged earnings.",
        ("signing", "2004-10", ("Qwest", "Securities and Exchange Commission"), None),
        note="a payment to settle charges, the payee between",
    ),
    ex(
        "[Marsh|o] said it would pay [$850m|m|850e6 USD] to settle charges raised by [Eliot Spitzer|h].",
        ("signing", None, ("Marsh",), None),
        note="a settlement reported as decided",
    ),
    ex(
        "[Marsh|o] agreed to pay [$850m|m|850e6 USD] to settle a lawsuit.",
        ("signing", None, ("Marsh",), None),
        note="one settlement: 'agreed' and its payment are not two",
    ),
    ex(
        "The firm could pay up to [$1bn|m|1e9 USD] to settle the claims.",
        note="negative: a payment only supposed",
    ),
    ex(
        "Investors pay [$5|m|5 USD] to settle trades.",
        note="negative: trades settled, no claim",
    ),
    ex(
        "In [April|t|2004-04], [Argentina|p] signed a fuel agreement with [Venezuela|p]. Venezuela will now import cattle, medicines and medical equipment. Last year, a severe energy crisis forced the government to suspend gas exports. The country fears that rising demand could spark another crisis. The two countries also formalised a co-operation deal between [PDVSA|o] and [Enarsa|o].",
        ("signing", "2004-04", ("Argentina",), None),
        ("signing", None, ("PDVSA",), None),
        note="'The two countries' is the subject of an active verb, no definite mention of the deal already signed",
    ),
    ex(
        "Finance Minister [Kim Mahn-je|h] said exports would rise. He told a press conference the government planned to increase investment.",
        ("other", None, ("Kim Mahn-je",), None),
        note="'He' opening the sentence: the person named last before",
    ),
    ex(
        "Finance Minister [Kim Mahn-je|h] said exports would rise. He told a press conference in [Seoul|p] that [Korea|p|South Korea] would cut tariffs.",
        ("other", None, ("South Korea",), "Seoul"),
        note="a sentence that names a participant keeps its own",
    ),
    ex(
        "[WMC Resources|o] said it is worth more than a hostile [A$7.4bn|m|7.4e9 AUD] bid by rival [Xstrata|o].",
        ("other", None, ("Xstrata",), None),
        note="a bid by a bidder named by what it is",
    ),
    ex(
        "[MCI|o] rejected an offer from telecoms giant [Verizon|o].",
        ("other", None, ("Verizon",), None),
        note="an offer from a company named by what it is",
    ),
    ex(
        "Investors must submit a bid by [Friday|t|1987-04-10].",
        note="negative: a deadline, no bidder",
    ),
    ex(
        "Ministers gathered in [Geneva|p] for the [WTO|o|World Trade Organization] ministerial conference.",
        ("other", None, ("World Trade Organization",), "Geneva"),
        note="a conference gathered for",
    ),
    ex(
        "[Saddam|h] called for an international conference on the crisis.",
        note="negative: a conference only asked for",
    ),
    ex(
        "[Barclays|o] is in talks with [Japan|p] over the sale.",
        ("meeting", None, ("Barclays", "Japan"), None),
        note="'in talks with Japan': a side of the talks, not their place",
    ),
    ex(
        "[SBC Communications|o] agreed to buy its former parent [AT&T|o] for about [$16bn|m|16e9 USD].",
        ("other", None, ("SBC Communications", "AT&T"), None),
        note="a parent company bought, named by what it is",
    ),
    ex(
        "[Vodafone|o] has completed its purchase of the [Japanese|p|Japan] firm.",
        ("other", None, ("Vodafone",), None),
        note="a firm bought",
    ),
    ex(
        "Customers buy the firm's products online.",
        note="negative: a firm's goods, not the firm",
    ),
    ex(
        "[DaimlerChrysler|o] had been willing to buy the firm.",
        note="negative: a purchase only wished for",
    ),
    ex(
        "The minister will lead a trade delegation to [China|p] in [May|t|1987-05].",
        ("visit", "1987-05", ("China",), "China"),
        note="a delegation led to a place is a visit",
    ),
    ex(
        "He is head of the [EC|o|European Community] delegation to [Japan|p].",
        note="negative: a standing delegation, no trip",
    ),
    ex(
        "The talks, which began in [Geneva|p] on [Monday|t|1987-04-06], are expected to last two days.",
        ("meeting", "1987-04-06", (), "Geneva"),
        note="a relative clause right after the event noun is its own: its period dates it",
    ),
    ex(
        "The firm, which floated in [2003|t|2003], announced a deal with [Shell|o].",
        ("signing", None, ("Shell",), None),
        note="a relative clause of another noun does not date the trigger after it",
    ),
    ex(
        "Mr. [Fournier|h] downplayed the likelihood of his organizing a takeover bid of his own for [Paribas|o].",
        note="negative: only the likelihood of a bid",
    ),
    ex(
        "Shares rose on talk of a merger with [Fiat|o].",
        note="negative: a merger only talked of",
    ),
    ex(
        "[Annan|h] has no trip planned so far.",
        note="negative: a trip denied",
    ),
    ex(
        "There were no talks with [Japan|p] on [Monday|t|1987-04-06].",
        note="negative: talks denied",
    ),
    ex(
        "[Turkey|p] urged all Balkan states to sign a joint declaration.",
        note="negative: a signing only urged on others",
    ),
    ex(
        "He also called for an emergency Security Council meeting in [Geneva|p].",
        note="negative: a meeting only asked for, three words before the noun",
    ),
    ex(
        "The official said these sites could only be visited by a special team of [U.N.|o|United Nations] monitors.",
        note="negative: a visit only possible",
    ),
    ex(
        "[Baker|h] may visit [Tokyo|p] next month.",
        note="negative: a visit only speculated, as 'may bid' is no bid",
    ),
    ex(
        "Industry representatives met with [Malcolm Baldrige|h] to discuss [Japan|p]'s alleged violations of a [September 1986|t|1986-09] agreement.",
        ("meeting", None, ("Malcolm Baldrige",), None),
        note="a period naming a document dates the document, not the meeting",
    ),
    ex(
        "The two sides signed the [1986|t|1986] semiconductor pact in [Tokyo|p].",
        ("signing", "1986", (), "Tokyo"),
        note="a signing is dated by its own document's period",
    ),
    ex(
        "[Azerbaijan|p] and [Belarus|p] signed a memorandum on trade. The memorandum was signed in [Baku|p].",
        ("signing", None, ("Azerbaijan",), "Baku"),
        note="a passive's definite subject is the document already signed",
    ),
    ex(
        "The [IPCL|o] board met in [Mumbai|p] to discuss the company's results for the [October-to-December quarter|t|2004-10-01/2004-12-31].",
        ("meeting", None, ("IPCL",), "Mumbai"),
        note="the period a figure covers ('results for the quarter') does not date the meeting",
    ),
    ex(
        "Shares of [SMFG|o] and [Daiwa Securities|o] jumped amid speculation that two of [Japan|p]'s biggest financial companies will merge.",
        note="negative: a merger only speculated, 'speculation that' more than 60 characters back",
    ),
    ex(
        "Wage pacts signed so far this year were not endangering the target.",
        note="negative: signings counted up to now are no one event",
    ),
    ex(
        "All contracts and agreements signed by the [Community|o|European Community] must contain this clause.",
        note="negative: every document of a kind, no one signing",
    ),
    ex(
        "The contracts signed by the two firms on [Monday|t|1987-04-06] are worth [$5 million|m|5e6 USD].",
        ("signing", "1987-04-06", (), None),
        note="documents that were signed, named by what they are",
    ),
    ex(
        "A joint statement said another meeting would be necessary.",
        note="negative: a meeting only supposed",
    ),
    ex(
        "A meeting would be held on [Monday|t|1987-04-13], officials said.",
        ("meeting", "1987-04-13", (), None),
        note="a meeting reported as planned",
    ),
    ex(
        "A signing ceremony set for [Thursday|t|1987-04-09] was cancelled.",
        note="negative: a signing called off",
    ),
    ex(
        "His visit to [Moscow|p] was called off.",
        note="negative: a visit called off",
    ),
    ex(
        "The meeting, scheduled for [Tuesday|t|1987-04-07], was postponed.",
        ("meeting", "1987-04-07", (), None),
        note="a postponed meeting is still planned",
    ),
    ex(
        "The deal signed in [May|t|1986-05] was cancelled last week.",
        ("signing", "1986-05", (), None),
        note="a deal signed and later cancelled was signed",
    ),
    ex(
        "The talks, set for [Friday|t|1987-04-10], will focus on steel.",
        ("meeting", "1987-04-10", (), None),
        note="talks planned for a day",
    ),
    ex(
        "Officials said the talks will be held on [Monday|t|1987-04-13].",
        ("meeting", "1987-04-13", (), None),
        note="talks that will be held",
    ),
    ex(
        "Negotiations on textiles are scheduled for [next week|t|1987-04-13/1987-04-19].",
        ("meeting", "1987-04-13/1987-04-19", (), None),
        note="negotiations on a topic scheduled",
    ),
    ex(
        "Leaders gathered for the first day of the World Economic Forum in [Davos|p]. Issues to be discussed at the five-day conference range from trade to aid.",
        ("other", None, (), "Davos"),
        note="a named event described again by its length and kind ('the five-day conference') is that event",
    ),
    ex(
        "Leaders gathered for the World Economic Forum in [Davos|p]. Ministers will attend the two-day conference in [Geneva|p].",
        ("other", None, (), "Davos"),
        ("other", None, (), "Geneva"),
        note="negative: a conference of its length held elsewhere is another event",
    ),
    ex(
        "Leaders gathered for the World Economic Forum in [Davos|p]. Issues at a five-day conference range from trade to aid.",
        ("other", None, (), "Davos"),
        ("other", None, (), None),
        note="negative: an indefinite one ('a five-day conference') is a new event",
    ),
    ex(
        "Costs rose after [Norton|o]'s buy-out of a 50% stake in [Acme Drilling|o] in [June|t|1989-06].",
        ("other", "1989-06", ("Norton",), None),
        note="a transaction noun hyphened as older news writes it ('buy-out', 'take-over')",
    ),
    ex(
        "Analysts see a possible take-over bid for [Acme Drilling|o].",
        note="negative: a hyphened take-over bid only possible (hedged)",
    ),
    ex(
        "Oil ministers meet [Monday|t|1987-04-13] in [Vienna|p] to review output.",
        ("meeting", "1987-04-13", (), "Vienna"),
        note="a present 'meet' with its weekday is a scheduled meeting",
    ),
    ex(
        "The two envoys meet separately [Monday|t|1987-04-13] with [Japan|p]'s trade minister.",
        ("meeting", "1987-04-13", ("Japan",), None),
        note="an adverb between 'meet' and its weekday",
    ),
    ex(
        "Exporters will meet [Monday|t|1987-04-13]'s deadline.",
        note="negative: a weekday's deadline met is no meeting",
    ),
    ex(
        "Bosses of [Euronext|o] and [Deutsche Boerse|o] are to meet amid talk of a bid.",
        ("meeting", None, ("Euronext", "Deutsche Boerse"), None),
        note="a meeting planned for its subject, with no object ('are to meet')",
    ),
    ex(
        "Trade ministers will meet to discuss the dispute.",
        ("meeting", None, (), None),
        note="'meet' with what it is for",
    ),
    ex(
        "The new targets are hard to meet, analysts said.",
        note="negative: targets hard to meet (no subject planned to meet)",
    ),
    ex(
        "The two sides reached agreement on a truce on [Saturday|t|1987-04-11].",
        ("signing", "1987-04-11", (), None),
        note="wire style: 'reached agreement' with no article",
    ),
    ex(
        "[Japan|p] and [Canada|p] reached an understanding on car exports.",
        ("signing", None, ("Japan", "Canada"), None),
        note="an understanding reached with a topic",
    ),
    ex(
        "The two sides have not yet reached agreement on farm trade.",
        note="negative: an agreement not reached",
    ),
    ex(
        "Economists reached a better understanding of the market.",
        note="negative: an understanding of something is no deal",
    ),
    ex(
        "The [United States|p] ended an agreement with the [European Union|o], reached in [1992|t|1992], on aircraft aid.",
        ("signing", "1992", ("United States", "European Union"), None),
        note="an agreement's sides between it and 'reached'",
    ),
    ex(
        "The summit between [Ronald Reagan|h] and [Mikhail Gorbachev|h] ended in [Reykjavik|p] on [Sunday|t|1987-04-12].",
        ("meeting", "1987-04-12", ("Ronald Reagan", "Mikhail Gorbachev"), "Reykjavik"),
        note="a summit with its sides after it",
    ),
    ex(
        "[Seoul|p] called for a summit with [Pyongyang|p].",
        note="negative: a summit only asked for",
    ),
    ex(
        "[Kofi Annan|h] ended a meeting with [Saddam Hussein|h] in [Baghdad|p] on [Sunday|t|1998-02-22]. He's expected to meet with [Tariq Aziz|h] later on [Sunday|t|1998-02-22].",
        ("meeting", "1998-02-22", ("Saddam Hussein",), "Baghdad"),
        ("meeting", "1998-02-22", ("Tariq Aziz",), None),
        note="two meetings of one day with other people are two ('He's' is no possessive)",
    ),
    ex(
        "[Kofi Annan|h] met [Saddam Hussein|h] on [Sunday|t|1998-02-22]. [Tariq Aziz|h] said the meeting on [Sunday|t|1998-02-22] went well.",
        ("meeting", "1998-02-22", ("Saddam Hussein",), None),
        note="negative: 'the meeting' told by someone else is the one before",
    ),
    ex(
        "The inspectors would not try to visit any of the eight sites in [Iraq|p].",
        note="negative: a visit denied ('would not try to visit')",
    ),
    ex(
        "[Baker|h] has no plans to visit [Tokyo|p].",
        note="negative: no plans to visit",
    ),
    ex(
        "[Yeutter|h] said he had never met [Tamura|h].",
        note="negative: never met",
    ),
    ex(
        "Trade, not least the visit of [Japan|p]'s premier to [Washington|p], dominated.",
        ("visit", None, ("Japan",), "Washington"),
        note="'not least' before a visit denies nothing",
    ),
    ex(
        "Leaders gathered for the World Economic Forum in [Davos|p]. Trade was discussed at the week-long meeting.",
        ("other", None, (), "Davos"),
        note="a named event described by its length and a meeting word ('the week-long meeting')"
        " is that event, though a meeting",
    ),
    ex(
        "Leaders gathered for the World Economic Forum in [Davos|p]. Trade was discussed at the week-long meeting in [Geneva|p].",
        ("other", None, (), "Davos"),
        ("meeting", None, (), "Geneva"),
        note="negative: a meeting of that length held elsewhere is another event",
    ),
    ex(
        "[Taiwan|p] held trade talks with the [United States|p] last month. [Taiwan|p] will also hold talks with [Japan|p].",
        ("meeting", None, ("Taiwan", "United States"), None),
        ("meeting", None, ("Taiwan", "Japan"), None),
        note="talks told as one more ('will also hold talks') with another side are another event",
    ),
    ex(
        "[Yeutter|h] held talks with [Tamura|h] in [Tokyo|p]. He also said the talks were friendly.",
        ("meeting", None, ("Tamura",), "Tokyo"),
        note="negative: 'also' before 'the talks' named again makes no new event",
    ),
    ex(
        "[Euronext|o] is due to hold talks with the [London Stock Exchange|o]. Meanwhile [Euronext|o] also began talks with the [London Stock Exchange|o].",
        ("meeting", None, ("Euronext", "London Stock Exchange"), None),
        note="negative: talks told with 'also' between the same two sides are the talks before",
    ),
    ex(
        "[Acme Bank|o] has bought a majority stake in [Beta Bank|o], and [Gamma Bank|o] has bought 49% of [Delta Bank|o].",
        ("other", None, ("Acme Bank",), None),
        ("other", None, ("Delta Bank",), None),
        note="two finite transaction verbs of one sentence tell two transactions",
    ),
    ex(
        "[Acme Bank|o] has bought [Beta Bank|o]. The purchase of [Beta Bank|o] gives it a lead.",
        ("other", None, ("Acme Bank", "Beta Bank"), None),
        note="negative: the purchase named again in another sentence is the one transaction",
    ),
    ex(
        "[India|p] signs gas deal with [Iran|p]",
        ("signing", None, ("India", "Iran"), None),
        note="a signing told in the present, as headlines tell it",
    ),
    ex(
        "There are signs the deal with [Iran|p] is close, and the first signs of a trade agreement.",
        note="negative: 'signs' the noun",
    ),
    ex(
        "[Venezuela|p] and [China|p] sign oil deal\n\nThe two countries also signed a number of other agreements.",
        ("signing", None, ("Venezuela", "China"), None),
        ("signing", None, ("Venezuela", "China"), None),
        note="a signing of 'other agreements' is another signing than the headline's",
    ),
    ex(
        "[Venezuela|p] and [China|p] sign oil deal\n\nThe two countries signed the deal in [Beijing|p].",
        ("signing", None, ("Venezuela", "China"), "Beijing"),
        note="negative: the headline's signing told again is one",
    ),
    ex(
        "Aid will be discussed at the World Economic Forum, which meets in [Davos|p] [next week|t|1987-04-13/1987-04-19].",
        ("other", "1987-04-13/1987-04-19", (), "Davos"),
        note="a named event that 'meets' is that event meeting, no meeting of its own",
    ),
    ex(
        "The [Paris Club|o], which meets [next week|t|1987-04-13/1987-04-19], will discuss debt.",
        ("meeting", "1987-04-13/1987-04-19", ("Paris Club",), None),
        note="negative: a body that meets (no named event) holds a meeting",
    ),
    ex(
        "Leaders agreed a truce at the Venice summit in [Italy|p] on [Saturday|t|1987-04-11].",
        ("other", "1987-04-11", (), "Italy"),
        note="a named summit placed after its noun is one event, the named one (no meeting besides)",
    ),
    ex(
        "[Nakasone|h] embarked on a tour of [Southeast Asia|p] on [Monday|t|1987-04-13].",
        ("visit", "1987-04-13", ("Nakasone",), "Southeast Asia"),
        note="a tour of a region is a visit",
    ),
    ex(
        "[Yeutter|h] toured the [Toyota|o] plant in [Nagoya|p].",
        ("visit", None, ("Yeutter",), "Toyota"),
        note="a site toured is visited",
    ),
    ex(
        "The band's world tour of [Europe|p] sold out.",
        note="negative: a show's tour",
    ),
    ex(
        "[Nakasone|h] heads for [Washington|p] on [April 29|t|1987-04-29].",
        ("visit", "1987-04-29", ("Nakasone",), "Washington"),
        note="'heads for' a capital is a trip",
    ),
    ex(
        "Fighter planes are headed to [Saudi Arabia|p].",
        note="negative: 'headed to' (no visitor's verb)",
    ),
    ex(
        "[Siew|h] returned from [Washington|p] on [Friday|t|1987-03-13] after two days there.",
        note="negative: a return from a place is no visit trigger (the dev gold leaves it)",
    ),
    ex(
        "A [Japanese|p|Japan] trade delegation arrived here [today|t|1987-04-13].",
        ("visit", "1987-04-13", ("Japan",), None),
        note="an arrival where the story is filed",
    ),
    ex(
        "Delegations have been arriving in [Washington|p] for months.",
        note="negative: arrivals going on for months",
    ),
    ex(
        "Technical meetings are to be held [today|t|1987-04-03] and [tomorrow|t|1987-04-04].",
        ("meeting", "1987-04-03", (), None),
        note="plural meetings planned for a day are a specific event",
    ),
    ex(
        "Meetings at a more senior level are scheduled for [Thursday|t|1987-04-09].",
        ("meeting", "1987-04-09", (), None),
        note="plural meetings scheduled for a day",
    ),
    ex(
        "Board meetings are held every month.",
        note="negative: meetings as a habit",
    ),
    ex(
        "Its ownership of [Clearstream|o] was the main stumbling block to a [London|p]-[Frankfurt|p] merger.",
        note="negative: a merger only blocked (what stands in the way of one)",
    ),
    ex(
        "The last hurdle to the merger of [Acme|o] and [Beta|o] was cleared.",
        ("other", None, ("Acme",), None),
        note="the hurdle to the merger (definite) leaves it an event",
    ),
)

CORPUS = EVENTS

# Known gaps (strict xfail): general phrasings the events room does not read yet.
GAPS: tuple[Example[E], ...] = (
    ex(
        "[Khodorkovsky|h] handed over his stake in [Group Menatep|o], which controls [Yukos|o], to a partner. He did so after the forced sale of [Yukos|o]' unit [Yuganskneftegaz|o].",
        ("other", None, ("Group Menatep",), None),
        ("other", None, ("Yuganskneftegaz",), None),
        note="a stake handed over and a later-named sale of another part of the same group are"
        " two transactions; they share a company, so the sale is merged into the handover",
    ),
    ex(
        "[Malcolm Glazer|h] has taken control of [Manchester United|o].",
        ("other", None, ("Manchester United",), None),
        note="control of a company taken is its purchase; 'took control of' is also said of"
        " legislatures and cities, and no trigger reads it",
    ),
    ex(
        "[Malcolm Glazer|h] made an offer of [£800m|m|800e6 GBP] for the club.",
        ("other", None, ("Malcolm Glazer",), None),
        note="an offer for a company named by what it is ('the club'); bid_for wants a name",
    ),
    ex(
        "[Air China|o] is set to float on the [Hong Kong|p] stock exchange next month.",
        ("other", None, ("Air China",), None),
        note="a planned flotation told by the verb (guidelines §4); left out: the verb 'float'"
        " added false events on held-out news before",
    ),
    ex(
        "Representatives of the 13 [OPEC|o] nations gathered in [Vienna|p] on [Monday|t|1987-03-30].",
        ("meeting", "1987-03-30", ("OPEC",), "Vienna"),
        note="a gathering of representatives is a meeting; 'gathered' is also said of crowds and"
        " data, and no trigger reads it",
    ),
)
