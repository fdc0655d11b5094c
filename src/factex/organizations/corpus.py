"""Real-world phrasings with the organizations expected, and negatives.

Written for this room, in the styles factex reads: business news, government press
releases and wire copy. None comes from the seed articles. Each example is a text and
the organizations it names as ``(canonical name, kind)``; an empty list is a negative
(countries, cities, people, documents, projects, routes, events and generic phrases are
not organizations). ``PEOPLE`` and ``PLACES`` do the same for titled people and places.
The tests in ``tests/organizations`` run every example.
"""

from __future__ import annotations

Org = tuple[str, str]

# -- business news
BUSINESS: list[tuple[str, list[Org]]] = [
    (
        "Toyota Motor Corp. said its quarterly profit rose 12%.",
        [("Toyota Motor", "company")],
    ),
    (
        "Shares of Deutsche Bank AG fell after the lender cut its forecast.",
        [("Deutsche Bank", "company")],
    ),
    (
        "The deal values Hanover Steel Works at $2 billion, people familiar with it said.",
        [("Hanover Steel Works", "company")],
    ),
    (
        "Lakeside Dairy LLC agreed to buy two creameries in Wisconsin.",
        [("Lakeside Dairy", "company")],
    ),
    (
        "The Volga Tractor Plant will ship 400 machines to Kazakhstan this year.",
        [("Volga Tractor Plant", "company")],
    ),
    (
        "Workers at the Bristol paper mill went on strike on Monday.",
        [("Bristol Paper Mill", "company")],
    ),
    (
        "Orion Airlines carried 3 million passengers last year.",
        [("Orion Airlines", "company")],
    ),
    (
        "Kazakhstan Railways ordered 200 freight cars from Stadler Rail AG.",
        [("Kazakhstan Railways", "company"), ("Stadler Rail", "company")],
    ),
    (
        "The Polish Tarnow Chemical Factory resumed production after the fire.",
        [("Tarnow Chemical Factory", "company")],
    ),
    (
        "Economists expect the Federal Reserve to hold rates.",
        [("Federal Reserve", "government")],
    ),
    (
        "Northwind Holdings Ltd. (NWH) reported a net loss. NWH shares fell 4%.",
        [("Northwind Holdings", "company")],
    ),
    (
        "The Caspian Shipping Company (CSC) added two tankers to its fleet.",
        [("Caspian Shipping Company", "company")],
    ),
    (
        "Vela Pharmaceuticals Inc. said the Food and Drug Administration approved its drug.",
        [("Vela Pharmaceuticals", "company"), ("Food and Drug Administration", "government")],
    ),
    (
        "The Swedish company Norrland Timber signed a supply contract.",
        [("Norrland Timber", "company")],
    ),
    (
        "The contract was won by engineering firm Halvorsen Partners.",
        [("Halvorsen Partners", "company")],
    ),
    (
        "Brightwater Foods Corp. will close the plant, Brightwater said.",
        [("Brightwater Foods", "company")],
    ),
    (
        "Pacific Gas and Electric Co. raised its dividend.",
        [("Pacific Gas and Electric", "company")],
    ),
    (
        "The Dutch brewer sold its stake to Heineken N.V. last week.",
        [("Heineken", "company")],
    ),
    (
        "Bank of America Corp. and Citigroup Inc. both beat estimates.",
        [("Bank of America", "company"), ("Citigroup", "company")],
    ),
    (
        "Ridgeway Capital Partners bought a 9% stake in the retailer.",
        [("Ridgeway Capital Partners", "company")],
    ),
    (
        "The buyer is OJSC Uralkali, the potash producer.",
        [("Uralkali", "company")],
    ),
    (
        'The agreement was signed with CJSC "Siberian Coal Energy Company".',
        [("Siberian Coal Energy Company", "company")],
    ),
    (
        "Texas Instruments Inc.'s chief executive resigned, the company said.",
        [("Texas Instruments", "company")],
    ),
    (
        "Arcadia Group's sales fell, and Arcadia closed 40 stores.",
        [("Arcadia Group", "company")],
    ),
    (
        "The merger of Lindqvist Holding and Baltic Cargo Group was approved.",
        [("Lindqvist Holding", "company"), ("Baltic Cargo Group", "company")],
    ),
    (
        "Carmaker Stellar Motors recalled 30,000 vehicles.",
        [("Stellar Motors", "company")],
    ),
    (
        "The automaker Ferrano plans to build a factory in Hungary.",
        [("Ferrano", "company")],
    ),
    (
        "Gdansk Shipyard delivered the ferry ahead of schedule.",
        [("Gdansk Shipyard", "company")],
    ),
    (
        "Last year Meridian Bancorp earned $40 million; Meridian expects more this year.",
        [("Meridian Bancorp", "company")],
    ),
    (
        "Harbor Savings Bank of Dover, Del., agreed to be acquired; Harbor Savings said so.",
        [("Harbor Savings Bank", "company")],
    ),
    (
        "Great Lakes Chemical Corp. raised prices, and GLCC shares rose.",
        [("Great Lakes Chemical", "company")],
    ),
    (
        '"Prices will fall," said Ann Ruiz, an analyst with Harlow Brothers Ross in Chicago.',
        [("Harlow Brothers Ross", "company")],
    ),
    (
        "His grandfather founded the Boston toy store B.J. Whitcomb.",
        [("B.J. Whitcomb", "company")],
    ),
    (
        "Keller Laboratories bought the unit.",
        [("Keller Laboratories", "company")],
    ),
    (
        "The Ohio-based maker of valves cut its dividend after troubles at its Lorain steel mill.",
        [],
    ),
    (
        "S&P and Moody's Investors Service Inc. downgraded the bonds.",
        [("Moody's Investors Service", "company")],
    ),
]

# -- government and international
GOVERNMENT: list[tuple[str, list[Org]]] = [
    (
        "The Ministry of Finance said the budget deficit narrowed.",
        [("Ministry of Finance", "government")],
    ),
    (
        "According to the State Statistics Committee of Ukraine, exports rose 8%.",
        [("State Statistics Committee of Ukraine", "government")],
    ),
    (
        "The Cabinet of Ministers approved the draft law on Tuesday.",
        [("Cabinet of Ministers", "government")],
    ),
    (
        "The Ministry of Foreign Affairs of Kazakhstan summoned the ambassador.",
        [("Ministry of Foreign Affairs of Kazakhstan", "government")],
    ),
    (
        "Georgia's National Bank kept its key rate at 11%.",
        [("National Bank", "government")],
    ),
    (
        "The European Commission fined the company 200 million euros.",
        [("European Commission", "government")],
    ),
    (
        "The International Monetary Fund (IMF) cut its growth forecast. The IMF said risks grew.",
        [("International Monetary Fund", "international")],
    ),
    (
        "Officials from the World Trade Organization met in Geneva.",
        [("World Trade Organization", "international")],
    ),
    (
        "The Securities and Exchange Commission charged three traders.",
        [("Securities and Exchange Commission", "government")],
    ),
    (
        "The Federal Statistics Office said prices rose, and the Statistics Office expects more.",
        [("Federal Statistics Office", "government")],
    ),
    (
        "Bank of Japan Governor Kenji Sato said rates would stay low.",
        [("Bank of Japan", "company")],
    ),
    (
        "The House Ways and Means Committee approved the trade bill.",
        [("House Ways and Means Committee", "government")],
    ),
    (
        "The State Customs Committee reported higher revenue.",
        [("State Customs Committee", "government")],
    ),
    (
        "The Uzbek Chamber of Commerce and Industry hosted the delegation.",
        [("Uzbek Chamber of Commerce and Industry", "other")],
    ),
    (
        "The University of Warsaw signed a research pact with Nordic Bioscience.",
        [("University of Warsaw", "other")],
    ),
    (
        "The Ministry of Agriculture and the Ministry of Economy will share the cost.",
        [("Ministry of Agriculture", "government"), ("Ministry of Economy", "government")],
    ),
    (
        "The Kazakh Ministry of Energy said oil output rose.",
        [("Ministry of Energy", "government")],
    ),
    (
        "The Commonwealth of Independent States summit opened on Friday.",
        [("Commonwealth of Independent States", "international")],
    ),
]

# -- wire copy and media sources
WIRE: list[tuple[str, list[Org]]] = [
    (
        "Trade between the two countries grew by 20%, Trend reports, citing the customs office.",
        [("Trend", "media")],
    ),
    (
        "The plant will open in May, Kazinform reported.",
        [("Kazinform", "media")],
    ),
    (
        "The ministry confirmed the figures, the paper said, citing Interfax.",
        [("Interfax", "media")],
    ),
    (
        "By Reuters\n\nOil prices rose on Monday.",
        [("Reuters", "media")],
    ),
    (
        "By Daryanews\n\nThe ferry line reopened.",
        [("Daryanews", "media")],
    ),
    (
        "The minister told the Associated Press that talks would resume.",
        [("Associated Press", "media")],
    ),
    (
        "Xinhua said the railway would be finished by 2026.",
        [("Xinhua", "media")],
    ),
    (
        "The Wall Street Journal first reported the talks.",
        [("Wall Street Journal", "media")],
    ),
    (
        "Turan news agency said the port handled 4 million tons.",
        [("Turan", "media")],
    ),
    (
        "The Vostok Shipping Company, Vostok Shipping said, expects a profit.",
        [("Vostok Shipping Company", "company")],
    ),
    (
        "ASIAN EXPORTERS FEAR NEW TARIFF PLAN\n\nExporters in Asia are worried, traders said.",
        [],
    ),
    (
        '"Demand is weak," said Karen Holt of Bayside Securities Corp.',
        [("Bayside Securities", "company")],
    ),
    (
        "Deputy State Department spokesman Tom Reed declined to comment.",
        [("State Department", "government")],
    ),
    (
        "U.S. factory orders rose 1.2 pct in March, the Commerce Department said.",
        [("Commerce Department", "government")],
    ),
    (
        "The speech to the Riverside Club drew protests.",
        [("Riverside Club", "other")],
    ),
]

# -- negatives: not organizations
NEGATIVE: list[tuple[str, list[Org]]] = [
    ("Kazakhstan and Uzbekistan agreed to expand trade.", []),
    ("The delegation arrived in Tashkent on Monday.", []),
    ("Prime Minister Olaf Brandt met President Maria Santos in Lisbon.", []),
    ("The Agreement on Free Trade between the two governments came into force in 2015.", []),
    ("The countries discussed the Trans-Caspian International Transport Route.", []),
    ("Two German car-building plants will supply the wagons.", []),
    ("Belarusian and Uzbek companies signed 12 contracts.", []),
    ("The International Agricultural Exhibition opened in Almaty.", []),
    ("The Almaty-Bishkek railway route will be upgraded.", []),
    ("Several Turkish companies are dealers of Polish companies in Georgia.", []),
    ("The company said the plant would reopen next week.", []),
    ("A Japanese company won the tender.", []),
    ("The Warsaw-Berlin highway project is delayed.", []),
    ("Russian and Chinese banks financed the deal.", []),
    ("The Memorandum of Understanding on Energy Cooperation was signed in Astana.", []),
    ("The North-South Corridor project links India and Russia.", []),
    ("The Tashkent International Investment Forum drew 2,000 guests.", []),
    ("German Chancellor Anna Weber visited the Baltic states.", []),
    ("Foreign Minister Li Wei said China welcomed the deal.", []),
    ("Customers holding contracts will be paid first.", []),
    ("Settlers in the occupied West Bank protested.", []),
    ("The Soviet Union signed the accord with Finland.", []),
    ("From our station in Denver, Maria Lopez reports.", []),
    ("An economist at the central bank said inflation would ease.", []),
]

CORPUS: list[tuple[str, list[Org]]] = BUSINESS + GOVERNMENT + WIRE + NEGATIVE

# Known gaps (run as strict xfail): organizations named with no cue a rule can see.
# (Morgan Stanley and Goldman Sachs, once here, are found through the gazetteer:
# tests/organizations/test_gazetteer.py.)
GAPS: list[tuple[str, list[Org]]] = [
    (
        "Fitch Ratings downgraded the bonds.",
        [("Fitch Ratings", "company")],
    ),
]

# Titled people: (text, [(name, title)]).
PEOPLE: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "Prime Minister Olaf Brandt met President Maria Santos.",
        [("Olaf Brandt", "Prime Minister"), ("Maria Santos", "President")],
    ),
    (
        "Deputy Prime Minister Ivan Kolar arrived in Baku.",
        [("Ivan Kolar", "Deputy Prime Minister")],
    ),
    (
        "Chairman Peter Novak said the bank would grow.",
        [("Peter Novak", "Chairman")],
    ),
    (
        "said the company's Chief Executive Officer, Laura Chen.",
        [("Laura Chen", "Chief Executive Officer")],
    ),
    ("Mr. Stronach will direct the effort.", [("Stronach", "Mr.")]),
    ("He met his Uzbek counterpart, Aziz Karimov, in Tashkent.", [("Aziz Karimov", "counterpart")]),
    ("Minister of Economy Sara Lind opened the forum.", [("Sara Lind", "Minister of Economy")]),
    ("The president said nothing.", []),
    (
        "Undersecretary of State Paul Renner will visit Seoul next week.",
        [("Paul Renner", "Undersecretary of State")],
    ),
    ("The undersecretary said talks would resume.", []),
]

# Places: (text, [(surface, canonical)]).
PLACES: list[tuple[str, list[tuple[str, str]]]] = [
    ("Trade between Russia and Belarus rose.", [("Russia", "Russia"), ("Belarus", "Belarus")]),
    ("Belarusian exports to Azerbaijan", [("Belarusian", "Belarus"), ("Azerbaijan", "Azerbaijan")]),
    ("The talks were held in Minsk.", [("Minsk", "Minsk")]),
    ("Iran and the Russian Federation", [("Iran", "Iran"), ("Russian Federation", "Russia")]),
    (
        "the U.S. and the United Kingdom",
        [("U.S.", "United States"), ("United Kingdom", "United Kingdom")],
    ),
    ("South Korean exporters", [("South Korean", "South Korea")]),
    ("the former Soviet Union", [("Soviet Union", "Soviet Union")]),
    ("Alex Henderson, an analyst at Morgan Stanley, said.", []),
]
