"""Real sentences whose periods hang on tense, direction or an anchor, annotated by reading.

Data for the periods rules (issue 16): each record is one or two sentences copied from
an article of ``../shared/corpus`` (Reuters trade wires of 1987, TimeBank news of
1989-1998, BBC business news of 2004-2005; none from a gold set), the date the article
was published (the Reuters `` date`` line, TimeBank's DCT; BBC articles carry none, so
they only serve the no-date cases), one time expression in it, and the interval a
reader gives it, with a note on the cue that decides it. ``negative`` records name
something that is not a period at all (a dateline, a company or show name).

Expected intervals follow the output contract: a day, month, quarter or year is its
first to last day; "by X" is open before X, "since X" open after it; no publication date
and no year in the text means ``None`` bounds. A fiscal year the sentence defines ("the
fiscal year beginning April 1", "fiscal 1985/86 ended March", "the year to March 2005")
is the twelve months it names.

Dates were checked against a calendar: 1987-03-16, 1987-03-30, 1987-04-06, 1987-04-13,
1987-04-27, 1989-10-30 are Mondays; 1990-08-15 a Wednesday; 1990-08-16, 1998-03-05
Thursdays; 1987-03-20, 1987-04-03, 1987-04-17, 1989-10-27, 1998-05-01 Fridays.

No numeric dates ("7/8/07", "8/20/2024"), two-digit years ("'82") or holidays ("last
Thanksgiving") occur in the running text of these corpora, so none is here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

CLASSES = (
    "weekday",  # which Monday: past, today, coming
    "month_no_year",  # "in December": this year, last year or next
    "day_no_year",  # "March 31", "Aug. 21"
    "anchor",  # "a year ago", "the previous quarter": relative to what
    "fiscal",  # fiscal and reporting years and quarters the text defines
    "time_of_day",  # "this morning", "last night": the day they fall on
    "year_end",  # "by the end of the year", "since year-end"
    "negative",  # looks like a date, names something else
    "no_date",  # no publication date: relative and yearless expressions have no interval
)


@dataclass(frozen=True)
class DirectionExample:
    """One time expression in a real sentence and the interval a reader gives it."""

    source: str  # corpus folder / article id
    published: dt.date | None
    text: str
    expression: str  # exactly as in ``text``
    start: str | None  # ISO, inclusive; None: open or unknown
    end: str | None
    cls: str
    cue: str  # what decides the reading
    negative: bool = False  # the expression is not a period
    occurrence: int = 0  # which occurrence of ``expression`` in ``text`` (0 = first)

    @property
    def span(self) -> tuple[int, int]:
        """The expression's character span in ``text``."""
        at = -1
        for _ in range(self.occurrence + 1):
            at = self.text.index(self.expression, at + 1)
        return at, at + len(self.expression)

    @property
    def id(self) -> str:
        """Stable and unique: article, expression and where it stands in the text."""
        return f"{self.source}:{self.expression}@{self.span[0]}"


D = dt.date


def ex(
    source: str,
    published: dt.date | None,
    text: str,
    expression: str,
    start: str | None,
    end: str | None,
    cls: str,
    cue: str,
    *,
    occurrence: int = 0,
) -> DirectionExample:
    """A period the expression must resolve to."""
    return DirectionExample(
        source, published, text, expression, start, end, cls, cue, False, occurrence
    )


def neg(
    source: str, published: dt.date | None, text: str, expression: str, cue: str
) -> DirectionExample:
    """An expression that must not come out as a period."""
    return DirectionExample(source, published, text, expression, None, None, "negative", cue, True)


_SCHEDULE = (
    "Technical meetings are to be held today and tomorrow, with meetings at a more senior "
    "level scheduled for Thursday and Friday."
)
_NEXT_VISIT = (
    "Two rounds of talks between President Reagan and Nakasone, scheduled for Thursday and "
    "Friday, come on the heels of the imposition by the United States of punitive tariffs on "
    "Japanese goods for the first time since World War Two."
)
_JAN_FEB = (
    "The overall January deficit of 14.8 billion dlrs will be revised, but the February "
    "figure will be a final one, officials said."
)
_QUARTERS = (
    "The Agency predicted industrial production will grow 2.5 pct in the current "
    "January/March quarter after falling 0.7 pct in the previous quarter."
)
_MAY_JUNE = (
    "Lee told Reuters the incentives, to be introduced in May or June, include bank loans "
    "and a reduction in capitalisation requirements for businesses seeking to invest in the U.S."
)
_INDIA = (
    "Countertrade accounted for just five pct of India's 25.65 billion dlrs in trade during "
    "fiscal 1985/86 ended March, against almost nothing in 1984/85, official figures show."
)
_OKI = (
    "Oki is studying ways to increase imports by 10 pct in the fiscal year beginning April 1 "
    "from the previous year's total of more than five billion yen, a company official said."
)
_NEC = (
    "In the year beginning April 1, NEC will boost chip imports, which comprised some 20 pct "
    "of all NEC chip consumption the year before."
)
_NZ_GDP = (
    "Government figures show GDP grew at an annual 1.8 pct in the quarter to September and "
    "3.4 pct in the June quarter."
)
_SINGAPORE = (
    "Singapore's external trade grew 8.8 pct in first quarter 1987, against a 12.4 pct "
    "decline in the same period last year and two pct growth in the previous quarter, the "
    "Trade Development Board said."
)
_US_BUDGET = (
    "Reagan's own trillion dollar spending budget for the government year 1988, starting "
    "Oct. 1, was trounced badly in the House on April 9."
)
_OSHKOSH = (
    "Oshkosh Truck Corp., Oshkosh, Wis., estimated earnings for its fourth quarter ended "
    "Sept. 30 fell 50% to 75% below the year-earlier $4.5 million, or 51 cents a share."
)
_BA_QUARTER = (
    "Reporting its results for the three months to 31 December 2004, the airline made a "
    "pre-tax profit of £75m ($141m) compared with £125m a year earlier."
)
_JAPAN_CA = (
    "Japan's current account surplus rose to 7.38 billion dlrs in February from 3.89 billion "
    "a year ago and from 4.95 billion in January, the Finance Ministry said."
)
_DOLLAR = (
    "Dollar today and is expected to rise further to 33 in June and to 32 by end-year, some "
    "foreign bankers said."
)

EXAMPLES: tuple[DirectionExample, ...] = (
    # --- weekdays -----------------------------------------------------------------------
    ex(
        "reuters/13039",
        D(1987, 4, 3),
        _SCHEDULE,
        "Thursday",
        "1987-04-09",
        "1987-04-09",
        "weekday",
        '"scheduled for", with "are to be held today and tomorrow": the coming Thursday',
    ),
    ex(
        "reuters/13039",
        D(1987, 4, 3),
        _SCHEDULE,
        "Friday",
        "1987-04-10",
        "1987-04-10",
        "weekday",
        '"scheduled for ... Thursday and Friday" on a Friday: the Friday after that '
        "Thursday, not today",
    ),
    ex(
        "reuters/13278",
        D(1987, 4, 6),
        "Administration, under Congressional pressure to cut the trade deficit, will urge Tokyo "
        "and Bonn to meet commitments to speed economic growth to stabilise currencies at "
        "Wednesday's meetings of leading industrial nations in Washington, monetary sources said.",
        "Wednesday",
        "1987-04-08",
        "1987-04-08",
        "weekday",
        '"will urge ... at Wednesday\'s meetings": future, the coming Wednesday',
    ),
    ex(
        "reuters/16442",
        D(1987, 4, 13),
        "The February monthly merchandise trade figures to be reported Tuesday by the Commerce "
        "Department will be on a new basis reflecting more recent data, so avoiding future "
        "revisions of the monthly figure, Commerce officials said.",
        "Tuesday",
        "1987-04-14",
        "1987-04-14",
        "weekday",
        '"to be reported Tuesday": future infinitive, the coming Tuesday',
    ),
    ex(
        "reuters/16788",
        D(1987, 4, 17),
        "Baldrige will meet South Korean President Chun Doo-hwan and Trade Minister Rha Woong "
        "Bae on Monday to discuss opening South Korean markets to more U.S.",
        "Monday",
        "1987-04-20",
        "1987-04-20",
        "weekday",
        '"will meet": the coming Monday',
    ),
    ex(
        "reuters/17305",
        D(1987, 4, 27),
        _NEXT_VISIT,
        "Friday",
        "1987-05-01",
        "1987-05-01",
        "weekday",
        '"scheduled for Thursday and Friday" on a Monday: this week\'s Friday',
    ),
    ex(
        "reuters/8044",
        D(1987, 3, 20),
        "President Reagan's trade policy advisory group, of which Baldrige is a member, will "
        "meet on the issue Wednesday.",
        "Wednesday",
        "1987-03-25",
        "1987-03-25",
        "weekday",
        '"will meet": the coming Wednesday',
    ),
    ex(
        "reuters/16357",
        D(1987, 4, 13),
        "The cabinet was expected to give its approval next Thursday and the new tariff cuts "
        "would be implemented possibly starting on April 20, he added.",
        "next Thursday",
        "1987-04-16",
        "1987-04-16",
        "weekday",
        '"next Thursday" on a Monday, before "starting on April 20": this week\'s Thursday',
    ),
    ex(
        "timebank/AP900815-0044",
        D(1990, 8, 15),
        "The monarch will meet Bush on Thursday in Kennebunkport, Maine.",
        "Thursday",
        "1990-08-16",
        "1990-08-16",
        "weekday",
        '"will meet" on a Wednesday: tomorrow (TimeBank\'s gold says 1990-08-09)',
    ),
    ex(
        "timebank/AP900815-0044",
        D(1990, 8, 15),
        "In a letter to President Hashemi Rafsanjani of Iran, read by a broadcaster over "
        "Baghdad radio, Saddam said he will begin withdrawing troops from Iranian territory on "
        "Friday and release Iranian prisoners of war.",
        "Friday",
        "1990-08-17",
        "1990-08-17",
        "weekday",
        '"said he will begin ... on Friday": the reported future, the coming Friday',
    ),
    ex(
        "timebank/VOA19980305.1800.2603",
        D(1998, 3, 5),
        "International Women's Day is this coming Sunday, March eighth.",
        "this coming Sunday, March eighth",
        "1998-03-08",
        "1998-03-08",
        "weekday",
        '"this coming Sunday" plus the spoken date "March eighth": one day, 1998-03-08',
    ),
    ex(
        "timebank/VOA19980501.1800.0355",
        D(1998, 5, 1),
        "He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of "
        "State Madeleine Albright.",
        "Monday",
        "1998-05-04",
        "1998-05-04",
        "weekday",
        'present tense of a schedule ("meet ... Monday") in a Friday broadcast: the coming Monday',
    ),
    ex(
        "timebank/AP900816-0139",
        D(1990, 8, 16),
        "Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday, and all "
        "were honoring the sanctions Iraq.",
        "by Wednesday",
        None,
        "1990-08-15",
        "weekday",
        '"had filed ... by Wednesday": past perfect, by yesterday (open before it)',
    ),
    ex(
        "reuters/5280",
        D(1987, 3, 16),
        "Siew returned from Washington on Friday after the U.S responded to Taiwan's request to "
        "increase its textile export quotas by promising further talks in May.",
        "Friday",
        "1987-03-13",
        "1987-03-13",
        "weekday",
        '"returned": past, the Friday before',
    ),
    ex(
        "reuters/10781",
        D(1987, 3, 30),
        "On Friday, Washington announced plans to put as much as 300 mln dlrs in tariffs on "
        "Japanese electronic goods from April 17, because of Tokyo's failure to observe the "
        "agreement.",
        "Friday",
        "1987-03-27",
        "1987-03-27",
        "weekday",
        '"announced": past, the Friday before',
    ),
    ex(
        "timebank/wsj_0533",
        D(1989, 10, 30),
        "It had been due to expire Friday evening.",
        "Friday",
        "1989-10-27",
        "1989-10-27",
        "weekday",
        '"had been due to": past perfect, the Friday before',
    ),
    ex(
        "timebank/wsj_0533",
        D(1989, 10, 30),
        "Institut Merieux S.A., which offered 942 million Canadian dollars (US$801.2 million), "
        "or C$37 a share for Connaught, said it would extend its bid, due to expire last "
        "Thursday, to Nov. 6.",
        "last Thursday",
        "1989-10-26",
        "1989-10-26",
        "weekday",
        '"last Thursday": the one before',
    ),
    ex(
        "timebank/wsj_0810",
        D(1989, 10, 27),
        "But sources said he will be urging his allies to boost their stakes in Navigation "
        "Mixte, which is being traded in London and is to resume trading in Paris Tuesday.",
        "Tuesday",
        "1989-10-31",
        "1989-10-31",
        "weekday",
        '"is to resume": the coming Tuesday',
    ),
    ex(
        "timebank/APW19980213.1320",
        D(1998, 2, 13),
        "Qantas plans daily flights between Sydney and Bombay, up from the current four flights "
        "a week, to boost business and tourism ties with India, the airline announced Friday.",
        "Friday",
        "1998-02-13",
        "1998-02-13",
        "weekday",
        'reporting verb "announced Friday" on a Friday: the publication day',
    ),
    # --- months without a year ------------------------------------------------------------
    ex(
        "reuters/10297",
        D(1987, 3, 27),
        "Japan's February exports rose to 16.74 billion dlrs from 14.89 billion in February "
        "1986 and from 14.65 billion in January, the Ministry said.",
        "January",
        "1987-01-01",
        "1987-01-31",
        "month_no_year",
        'the month before the reported February (1987); "February 1986" is the comparison '
        "base, not its year",
    ),
    ex(
        "reuters/11174",
        D(1987, 3, 31),
        "The EC's affairs in China are currently looked after by whichever country holds the "
        "group's six-monthly rotating presidency, now held by the Belgians until the Danes take "
        "over in July.",
        "July",
        "1987-07-01",
        "1987-07-31",
        "month_no_year",
        '"now held ... until the Danes take over": the coming July',
    ),
    ex(
        "reuters/16442",
        D(1987, 4, 13),
        _JAN_FEB,
        "January",
        "1987-01-01",
        "1987-01-31",
        "month_no_year",
        'monthly figures published in April: January of this year ("will be revised" is '
        "about the figure, not the month)",
    ),
    ex(
        "reuters/16442",
        D(1987, 4, 13),
        _JAN_FEB,
        "February",
        "1987-02-01",
        "1987-02-28",
        "month_no_year",
        "a statistics month before publication: February of this year",
    ),
    ex(
        "reuters/17312",
        D(1987, 4, 27),
        "South Korea will also reorganise the country's 3,600 trade agents to deliver better "
        "after-sales services for imported products and hold a trade show in November for U.S.",
        "November",
        "1987-11-01",
        "1987-11-30",
        "month_no_year",
        '"will ... hold a trade show in November": the coming November',
    ),
    ex(
        "reuters/8671",
        D(1987, 3, 24),
        _QUARTERS,
        "January/March quarter",
        "1987-01-01",
        "1987-03-31",
        "month_no_year",
        '"the current January/March quarter": the quarter of publication, one range',
    ),
    ex(
        "reuters/8173",
        D(1987, 3, 23),
        "The Ministry said updated forecasts would be prepared before the autumn to serve as "
        "the basis for the 1988 budget, which the government is now preparing for presentation "
        "in September.",
        "September",
        "1987-09-01",
        "1987-09-30",
        "month_no_year",
        '"is now preparing for presentation in": the coming September',
    ),
    ex(
        "reuters/8597",
        D(1987, 3, 24),
        _DOLLAR,
        "June",
        "1987-06-01",
        "1987-06-30",
        "month_no_year",
        '"is expected to rise further to 33 in June": the coming June',
    ),
    ex(
        "reuters/9184",
        D(1987, 3, 25),
        _MAY_JUNE,
        "May",
        "1987-05-01",
        "1987-05-31",
        "month_no_year",
        '"to be introduced in May": the coming May',
    ),
    ex(
        "reuters/9184",
        D(1987, 3, 25),
        _MAY_JUNE,
        "June",
        "1987-06-01",
        "1987-06-30",
        "month_no_year",
        '"to be introduced in May or June": the coming June, like May',
    ),
    ex(
        "timebank/ABC19980304.1830.1636",
        D(1998, 3, 4),
        "Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space "
        "Shuttle Columbia for a mission in December.",
        "December",
        "1998-12-01",
        "1998-12-31",
        "month_no_year",
        '"will be named ... for a mission in December": the coming December',
    ),
    ex(
        "reuters/3065",
        D(1987, 3, 9),
        "\"Talking will not stop the dollar's slide for long and the February meeting (of "
        "finance ministers of the Group of Five and Canada) produced scant promise",
        "February",
        "1987-02-01",
        "1987-02-28",
        "month_no_year",
        '"produced": past, the February just gone',
    ),
    ex(
        "reuters/5810",
        D(1987, 3, 17),
        "South Korea unveiled the plan in November.",
        "November",
        "1986-11-01",
        "1986-11-30",
        "month_no_year",
        '"unveiled": past, last November',
    ),
    ex(
        "reuters/718",
        D(1987, 3, 2),
        "The council's study said the trade talks, with a deadline of October for an "
        "agreement, are the biggest issue in U.S.-Canadian relations.",
        "October",
        "1987-10-01",
        "1987-10-31",
        "month_no_year",
        'a deadline of talks still going on ("are"): the coming October',
    ),
    ex(
        "reuters/8029",
        D(1987, 3, 20),
        "Clark said that, as a practical matter, an initial agreement must be reached by late "
        "September or early October.",
        "early October",
        "1987-10-01",
        "1987-10-10",
        "month_no_year",
        '"must be reached by": the coming October',
    ),
    ex(
        "reuters/17279",
        D(1987, 4, 27),
        "Trade representative Clayton Yeutter told trade leaders from Japan, the EC and Canada "
        "that there was at least a 50-50 chance that a protectionist bill reaching the House of "
        "Representatives this week would pass the Senate in September.",
        "September",
        "1987-09-01",
        "1987-09-30",
        "month_no_year",
        '"would pass": future in reported speech, the coming September',
    ),
    ex(
        "reuters/8149",
        D(1987, 3, 23),
        "But the lower value of commodities such as timber, rubber, palm oil and tea on world "
        "markets has prevented this, despite a 31 pct devaluation of the rupiah against the "
        "dollar in September.",
        "September",
        "1986-09-01",
        "1986-09-30",
        "month_no_year",
        '"has prevented ... despite a devaluation": past, last September',
    ),
    ex(
        "timebank/ABC19980108.1830.0711",
        D(1998, 1, 8),
        "She estimates her properties, worth a hundred thirty million dollars in October, are "
        "worth only half that now.",
        "October",
        "1997-10-01",
        "1997-10-31",
        "month_no_year",
        'contrast with "now": the October before',
    ),
    ex(
        "timebank/AP900816-0139",
        D(1990, 8, 16),
        "Reports attributed to the Japanese foreign ministry said Saudi Arabia told U.S., "
        "European and Japanese oil companies of a 15-20 percent cutback in its oil supply in "
        "September.",
        "September",
        "1990-09-01",
        "1990-09-30",
        "month_no_year",
        "a cutback announced in August for September: the coming one",
    ),
    ex(
        "reuters/4115",
        D(1987, 3, 12),
        "Canada had a trade surplus of 533 mln dlrs in January compared with an upward revised "
        "965 mln dlrs surplus in December, Statistics Canada said.",
        "December",
        "1986-12-01",
        "1986-12-31",
        "month_no_year",
        "the month before the reported January: December of last year",
    ),
    # --- days without a year ------------------------------------------------------------
    ex(
        "reuters/13039",
        D(1987, 4, 3),
        "The penalties would be retroactive to March 31.",
        "March 31",
        "1987-03-31",
        "1987-03-31",
        "day_no_year",
        '"retroactive to": in the past, three days before',
    ),
    ex(
        "reuters/16856",
        D(1987, 4, 17),
        "Reagan announced on March 27 he would impose the tariffs to retaliate for Japan's "
        "failure to honor a 1986 agreement to end dumping computer semiconductors in world "
        "markets at less than cost and to open its home markets to U.S. products.",
        "March 27",
        "1987-03-27",
        "1987-03-27",
        "day_no_year",
        '"announced on": past, three weeks before',
    ),
    ex(
        "timebank/wsj_0736",
        D(1989, 10, 27),
        "The thrift announced the plan Aug. 21.",
        "Aug. 21",
        "1989-08-21",
        "1989-08-21",
        "day_no_year",
        '"announced": past, two months before',
    ),
    ex(
        "reuters/47",
        D(1987, 2, 26),
        "Announced last February 28 the plan froze prices, fixed the value of the new Cruzado "
        "currency and ended widespread indexation of the economy in a bid to halt the country's "
        "250 pct inflation rate.",
        "last February 28",
        "1986-02-28",
        "1986-02-28",
        "day_no_year",
        '"last February 28" two days before February 28: a year back, not the coming one',
    ),
    ex(
        "timebank/wsj_0068",
        D(1989, 11, 2),
        "The reduced dividend is payable Jan. 2 to stock of record Dec. 15.",
        "Jan. 2",
        "1990-01-02",
        "1990-01-02",
        "day_no_year",
        '"is payable": future, the coming Jan. 2',
    ),
    ex(
        "timebank/NYT19980206.0460",
        D(1998, 2, 6),
        "Stocks rose, pushing the Dow Jones industrial average up 72.24 points, to 8,189.49, "
        "leaving the index within 70 points of its record high set on Aug. 6.",
        "Aug. 6",
        "1997-08-06",
        "1997-08-06",
        "day_no_year",
        '"record high set on": past, last August',
    ),
    ex(
        "reuters/20462",
        D(1987, 10, 20),
        "The U.S. claims the EC directive, due to come into effect on January 1, threatens to "
        "cut 100 mln dlrs worth of U.S. meat shipments into the EC.",
        "January 1",
        "1988-01-01",
        "1988-01-01",
        "day_no_year",
        '"due to come into effect": the coming January 1',
    ),
    ex(
        "reuters/19555",
        D(1987, 6, 29),
        "The Canadians postponed the original July 1 deadline at the request of the European "
        "Commission, which Denmark approached for support.",
        "July 1",
        "1987-07-01",
        "1987-07-01",
        "day_no_year",
        "a deadline postponed before it came: the coming July 1",
    ),
    # --- anchors of relative expressions ------------------------------------------------
    ex(
        "reuters/10297",
        D(1987, 3, 27),
        _JAPAN_CA,
        "a year ago",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        '"in February from ... a year ago": the comparison base is February',
    ),
    ex(
        "reuters/7543",
        D(1987, 3, 20),
        "The February trade surplus narrowed to 235 mln dlrs from 582 mln in January compared "
        "with a deficit of 98 mln dlrs a year ago.",
        "a year ago",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        '"The February trade surplus ... compared with ... a year ago": February, not the '
        "January just named",
    ),
    ex(
        "reuters/7543",
        D(1987, 3, 20),
        "The transfer payments surplus widened to 75 mln dlrs in February from 73 mln in "
        "January and 60 mln a year ago.",
        "a year ago",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        "the reported month (February), not the last month named",
    ),
    ex(
        "reuters/7531",
        D(1987, 3, 19),
        "Dlrs in February from 3.63 billion in January, but rose nearly 43 pct from 2.51 "
        "billion a year earlier, an Economic Ministry official said.",
        "a year earlier",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        "the reported month (February), not January",
    ),
    ex(
        "reuters/21392",
        D(1987, 10, 19),
        "The cumulative trade position in July showed a 1.85 billion dlr deficit after 1.33 "
        "billion in June and 1.89 billion a year earlier, with exports at 4.91 billion and "
        "imports, both FOB, at 6.76 billion.",
        "a year earlier",
        "1986-07-01",
        "1986-07-31",
        "anchor",
        "the reported month (July), not the previous month June",
    ),
    ex(
        "reuters/17243",
        D(1987, 4, 27),
        "The trade surplus in February widened to a provisional 10.4 billion marks from 7.2 "
        "billion in January and was still above the 6.84 billion reached in the same month the "
        "year before.",
        "the same month the year before",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        '"the same month" as the reported February',
    ),
    ex(
        "reuters/1940",
        D(1987, 3, 5),
        "Dlrs on March 4, compared with 50 billion in mid-February and 25.1 billion a year "
        "earlier, the central bank said.",
        "a year earlier",
        "1986-03-04",
        "1986-03-04",
        "anchor",
        "the reading date (March 4), not mid-February",
    ),
    ex(
        "reuters/1890",
        D(1987, 3, 4),
        "Exports were 905 mln dlrs against 929 mln, revised from 971 mln in December and 816 "
        "mln a year earlier, while imports fell to 858 mln from 895 mln, revised from 928 mln in "
        "December and 888 mln in January 1986.",
        "a year earlier",
        "1986-01-01",
        "1986-01-31",
        "anchor",
        'the reported month is January ("888 mln in January 1986" for imports): a year '
        "earlier is January 1986",
    ),
    ex(
        "reuters/9749",
        D(1987, 3, 26),
        "The resulting trade surplus of 17.6 billion marks for January/February compares with a "
        "cumulative surplus of 14.1 billion marks in the year-ago period.",
        "the year-ago period",
        "1986-01-01",
        "1986-02-28",
        "anchor",
        'the whole "January/February" period, a year back',
    ),
    ex(
        "reuters/271",
        D(1987, 3, 2),
        "FOB exports rose 14.6 pct from a year earlier in the first 20 days of February to 10.91 "
        "billion, while CIF imports fell 3.2 pct to 7.33 billion.",
        "a year earlier",
        "1986-02-01",
        "1986-02-20",
        "anchor",
        '"the first 20 days of February" a year back',
    ),
    ex(
        "reuters/16052",
        D(1987, 4, 9),
        "The accumulated trade surplus over the first two months of 1987 stands at 120.4 mln "
        "dlrs against 132.8 mln dlrs the previous year.",
        "the previous year",
        "1986-01-01",
        "1986-02-28",
        "anchor",
        'comparison base: "the first two months" of the previous year',
    ),
    ex(
        "reuters/16052",
        D(1987, 4, 9),
        "chile's trade surplus narrowed to 102.2 mln dlrs in february, from 105.4 mln dlrs in "
        "the same month last year, but it was above the 18.2-mln-dlr surplus recorded in "
        "january 1987, the central bank said.",
        "the same month last year",
        "1986-02-01",
        "1986-02-28",
        "anchor",
        'lower-case wire: "the same month" as "february"',
    ),
    ex(
        "reuters/18496",
        D(1987, 6, 18),
        "Austria's current account surplus grew to 11.0 billion schillings in the first four "
        "months this year from 8.2 billion in the same period last year, the National Bank said.",
        "the same period last year",
        "1986-01-01",
        "1986-04-30",
        "anchor",
        '"the same period" as "the first four months this year"',
    ),
    ex(
        "reuters/16125",
        D(1987, 4, 13),
        _SINGAPORE,
        "the previous quarter",
        "1986-10-01",
        "1986-12-31",
        "anchor",
        "the quarter before the reported first quarter 1987, not before the year-ago one",
    ),
    ex(
        "reuters/16125",
        D(1987, 4, 13),
        _SINGAPORE,
        "the same period last year",
        "1986-01-01",
        "1986-03-31",
        "anchor",
        '"the same period" as "first quarter 1987"',
    ),
    ex(
        "reuters/8671",
        D(1987, 3, 24),
        _QUARTERS,
        "the previous quarter",
        "1986-10-01",
        "1986-12-31",
        "anchor",
        'the quarter before "the current January/March quarter"',
    ),
    ex(
        "timebank/wsj_0171",
        D(1989, 11, 2),
        "New loans continue to slow; they were $6.6 million in the quarter compared with $361.8 "
        "million a year ago.",
        "a year ago",
        "1988-07-01",
        "1988-09-30",
        "anchor",
        'earnings season: "the quarter" is 1989-Q3, a year ago its 1988 twin',
    ),
    ex(
        "timebank/wsj_0568",
        D(1989, 10, 30),
        "Unisys, whose revenue inched up 3.7% in the quarter to $2.35 billion from $2.27 billion "
        "in the year-earlier quarter, had an operating loss of about $30 million.",
        "the year-earlier quarter",
        "1988-07-01",
        "1988-09-30",
        "anchor",
        "the reported quarter (1989-Q3) a year back",
    ),
    ex(
        "reuters/20865",
        D(1987, 10, 19),
        "The GATT talks began a year ago in Punta del Este, Uruguay to liberalize the global "
        "trading system and to include in it trade in agriculture and services such as banking.",
        "a year ago",
        "1986-10-01",
        "1986-10-31",
        "anchor",
        'no comparison base: the publication date minus a year, at month grain ("began": a point)',
    ),
    ex(
        "reuters/9603",
        D(1987, 3, 25),
        "Baldrige said he was making his prediction without having seen the February trade "
        "figures, but he said that the volume of imports has dropped beginning with the fourth "
        "quarter of 1986 and will continue to drop in this quarter.",
        "this quarter",
        "1987-01-01",
        "1987-03-31",
        "anchor",
        '"will continue to drop in this quarter": the quarter of publication',
    ),
    ex(
        "reuters/10255",
        D(1987, 3, 26),
        "World trade in manufactures grew by only three pct in 1986, about half of the rate of "
        "the previous year.",
        "the previous year",
        "1985-01-01",
        "1985-12-31",
        "anchor",
        "the year before the 1986 just named",
    ),
    ex(
        "timebank/wsj_0136",
        D(1989, 11, 2),
        _OSHKOSH,
        "year-earlier",
        "1988-07-01",
        "1988-09-30",
        "anchor",
        'the fiscal "fourth quarter ended Sept. 30" a year back',
    ),
    ex(
        "bbc/bbc_business_004",
        None,
        _BA_QUARTER,
        "a year earlier",
        "2003-10-01",
        "2003-12-31",
        "anchor",
        '"the three months to 31 December 2004" a year back; the year is in the text, no '
        "date needed",
    ),
    # --- fiscal years and reporting periods the text defines ------------------------------
    ex(
        "reuters/10268",
        D(1987, 3, 26),
        _INDIA,
        "fiscal 1985/86 ended March",
        "1985-04-01",
        "1986-03-31",
        "fiscal",
        '"fiscal 1985/86 ended March": April 1985 to March 1986',
    ),
    ex(
        "reuters/10268",
        D(1987, 3, 26),
        _INDIA,
        "1984/85",
        "1984-04-01",
        "1985-03-31",
        "fiscal",
        'same sentence defines the year as ending in March: "1984/85" is April-March too',
    ),
    ex(
        "reuters/10268",
        D(1987, 3, 26),
        "However, countertrade deals still make up only a small part of India's total trading "
        "and are likely to account for less than eight pct of the estimated 18.53 billion dlrs "
        "in trade during the nine months ended December, the sources said.",
        "the nine months ended December",
        "1986-04-01",
        "1986-12-31",
        "fiscal",
        '"the nine months ended December": April to December 1986',
    ),
    ex(
        "reuters/11225",
        D(1987, 3, 31),
        _NEC,
        "the year beginning April 1",
        "1987-04-01",
        "1988-03-31",
        "fiscal",
        '"beginning April 1", published March 31: the coming fiscal year',
    ),
    ex(
        "reuters/11225",
        D(1987, 3, 31),
        _NEC,
        "the year before",
        "1986-04-01",
        "1987-03-31",
        "fiscal",
        "the fiscal year before the one beginning April 1",
    ),
    ex(
        "reuters/11225",
        D(1987, 3, 31),
        _OKI,
        "the fiscal year beginning April 1",
        "1987-04-01",
        "1988-03-31",
        "fiscal",
        '"beginning April 1", published March 31: the coming fiscal year',
    ),
    ex(
        "reuters/11225",
        D(1987, 3, 31),
        _OKI,
        "the previous year",
        "1986-04-01",
        "1987-03-31",
        "fiscal",
        "the fiscal year before the one beginning April 1",
    ),
    ex(
        "reuters/7628",
        D(1987, 3, 20),
        "The IMF staff has also cast doubt on the Japanese government's forecast of 3.5 pct "
        "economic growth in the fiscal year beginning April 1.",
        "the fiscal year beginning April 1",
        "1987-04-01",
        "1988-03-31",
        "fiscal",
        '"forecast ... beginning April 1": the coming fiscal year',
    ),
    ex(
        "reuters/17075",
        D(1987, 4, 24),
        "The plan calls for additional fiscal measures worth more than 5,000 billion yen, a "
        "large-scale supplementary budget for the current fiscal year started April 1, and "
        "concentration of more than 80 pct of the annual public works budget in the first half "
        "of the year, they said.",
        "the current fiscal year started April 1",
        "1987-04-01",
        "1988-03-31",
        "fiscal",
        '"current ... started April 1"',
    ),
    ex(
        "reuters/19062",
        D(1987, 6, 19),
        "In the fiscal year ended March 31 the surplus totalled 93.76 billion dlrs, or about 4.5 "
        "pct of GNP.",
        "the fiscal year ended March 31",
        "1986-04-01",
        "1987-03-31",
        "fiscal",
        '"ended March 31": the twelve months to the last March 31',
    ),
    ex(
        "reuters/6954",
        D(1987, 3, 19),
        "It has projected its current account deficit will widen to over four billion dlrs in "
        "the current financial year ending March 31 from 1.8 billion in 1985/86.",
        "1985/86",
        "1985-04-01",
        "1986-03-31",
        "fiscal",
        "the sentence defines the year as ending March 31",
    ),
    ex(
        "reuters/17023",
        D(1987, 4, 21),
        _US_BUDGET,
        "the government year 1988, starting Oct. 1",
        "1987-10-01",
        "1988-09-30",
        "fiscal",
        '"government year 1988, starting Oct. 1": October 1987 to September 1988',
    ),
    ex(
        "reuters/17023",
        D(1987, 4, 21),
        "Congress, which controls the pursestrings, has put the deficit on a downward path from "
        "its record high of 220.7 billion dlrs accumulated in fiscal 1986, which ended Sept. 30.",
        "fiscal 1986",
        "1985-10-01",
        "1986-09-30",
        "fiscal",
        '"fiscal 1986, which ended Sept. 30"',
    ),
    ex(
        "reuters/5779",
        D(1987, 3, 16),
        "It hit 13.82 billion dlrs in 1985/86 to end-June.",
        "1985/86 to end-June",
        "1985-07-01",
        "1986-06-30",
        "fiscal",
        '"1985/86 to end-June": July 1985 to June 1986',
    ),
    ex(
        "reuters/6406",
        D(1987, 3, 18),
        _NZ_GDP,
        "the quarter to September",
        "1986-07-01",
        "1986-09-30",
        "fiscal",
        '"the quarter to September": July-September (the last September with figures)',
    ),
    ex(
        "reuters/6406",
        D(1987, 3, 18),
        _NZ_GDP,
        "the June quarter",
        "1986-04-01",
        "1986-06-30",
        "fiscal",
        '"the June quarter": the quarter ending in June',
    ),
    ex(
        "timebank/wsj_0136",
        D(1989, 11, 2),
        _OSHKOSH,
        "fourth quarter ended Sept. 30",
        "1989-07-01",
        "1989-09-30",
        "fiscal",
        'a fiscal "fourth quarter ended Sept. 30", not calendar Q4',
    ),
    ex(
        "timebank/wsj_0346",
        D(1989, 11, 1),
        "Cilcorp said the businesses to be acquired had revenue of $76 million for the year "
        "ended March 31.",
        "the year ended March 31",
        "1988-04-01",
        "1989-03-31",
        "fiscal",
        '"the year ended March 31": the twelve months to the last March 31',
    ),
    ex(
        "bbc/bbc_business_004",
        None,
        '"For the year to March 2005, the total revenue outlook is slightly better than previous '
        'guidance with a 3% to 3.5% improvement anticipated," BA chairman Martin Broughton said.',
        "the year to March 2005",
        "2004-04-01",
        "2005-03-31",
        "fiscal",
        '"the year to March 2005": the fiscal year ending then',
    ),
    ex(
        "bbc/bbc_business_008",
        None,
        "In the year to March 2004, the Indian economy grew by 8.5%.",
        "the year to March 2004",
        "2003-04-01",
        "2004-03-31",
        "fiscal",
        '"the year to March 2004"',
    ),
    ex(
        "bbc/bbc_business_004",
        None,
        _BA_QUARTER,
        "the three months to 31 December 2004",
        "2004-10-01",
        "2004-12-31",
        "fiscal",
        '"the three months to 31 December 2004": October-December',
    ),
    # --- times of day: the day they fall on ------------------------------------------------
    ex(
        "reuters/8747",
        D(1987, 3, 24),
        "Conable had what he termed a frank meeting this morning with Suharto.",
        "this morning",
        "1987-03-24",
        "1987-03-24",
        "time_of_day",
        '"this morning": the publication day',
    ),
    ex(
        "timebank/NYT19980206.0466",
        D(1998, 2, 6),
        "Currie's lawyers stated unambiguously this morning _ unambiguously _ that she's not "
        "aware of any unethical conduct.",
        "this morning",
        "1998-02-06",
        "1998-02-06",
        "time_of_day",
        '"this morning": the publication day',
    ),
    ex(
        "reuters/16357",
        D(1987, 4, 13),
        "The delegation's leader, Vincent Siew, told reporters last night he was leaving with \"a "
        'heavy heart," meaning that he would face tough talks in Washington because of rising '
        "protectionist sentiments in the U.S.",
        "last night",
        "1987-04-12",
        "1987-04-12",
        "time_of_day",
        '"last night": the day before publication',
    ),
    ex(
        "timebank/ea980120.1830.0456",
        D(1998, 1, 20),
        "CBS News first reported last night that the tomb may contain the remains of Air Force "
        "pilot Michael Blassie.",
        "last night",
        "1998-01-19",
        "1998-01-19",
        "time_of_day",
        '"last night": the day before the broadcast',
    ),
    ex(
        "timebank/ABC19980120.1830.0957",
        D(1998, 1, 20),
        "At the end of the broadcast this evening, one more trip around Havana to see what it's "
        "been like since the last time.",
        "this evening",
        "1998-01-20",
        "1998-01-20",
        "time_of_day",
        '"this evening": the broadcast day',
    ),
    ex(
        "reuters/13039",
        D(1987, 4, 3),
        _SCHEDULE,
        "tomorrow",
        "1987-04-04",
        "1987-04-04",
        "time_of_day",
        '"tomorrow": the day after publication',
    ),
    # --- the end of the year --------------------------------------------------------------
    ex(
        "timebank/wsj_0568",
        D(1989, 10, 30),
        "In addition, Unisys said it reduced computer inventories a further $100 million during "
        "the quarter, leaving it within $100 million of its goal of a reduction of $500 million "
        "by the end of the year.",
        "by the end of the year",
        "1989-12-01",
        "1989-12-31",
        "year_end",
        '"by the end of the year": the last month of that year, as gold/GUIDELINES.md reads it '
        "(people read December, Dec. 31 or the rest of the year; gold marks it optional)",
    ),
    ex(
        "timebank/wsj_0006",
        D(1989, 11, 2),
        "The thrift holding company said it expects to obtain regulatory approval and complete "
        "the transaction by year-end.",
        "by year-end",
        None,
        "1989-12-31",
        "year_end",
        '"by year-end": a deadline, open before Dec. 31',
    ),
    ex(
        "reuters/8597",
        D(1987, 3, 24),
        _DOLLAR,
        "by end-year",
        "1987-12-01",
        "1987-12-31",
        "year_end",
        '"by end-year": "by the end of the year", the last month of that year (gold/GUIDELINES.md)',
    ),
    ex(
        "timebank/wsj_0586",
        D(1989, 10, 30),
        "The percentage change is since year-end.",
        "since year-end",
        "1988-12-31",
        None,
        "year_end",
        '"since year-end" in October: the last year-end, open after it',
    ),
    ex(
        "reuters/16118",
        D(1987, 4, 13),
        "Bank statistics show the overall 1986 rise in M-1 money supply was 109.1 pct with a "
        "year-end position of 3,895.9 billion dinars.",
        "year-end",
        "1986-12-31",
        "1986-12-31",
        "year_end",
        "the year-end of the 1986 just named",
    ),
    # --- not periods --------------------------------------------------------------------
    neg(
        "reuters/10825",
        D(1987, 3, 30),
        "BELGRADE, March 30 - Yugoslav trade is declining rapidly this year in hard currency "
        "terms, according to the latest Federal Statistics Office (FSO) figures.",
        "March 30",
        "a wire dateline: the publication date, not a period of the story",
    ),
    neg(
        "timebank/APW19980418.0210",
        D(1998, 4, 18),
        "With American astronaut Jon McBride, Farkas set up an American-Hungarian joint venture "
        "called Orion 1980, manufacturing space-travel related technology.",
        "1980",
        '"called Orion 1980": part of a company name',
    ),
    neg(
        "timebank/VOA19980331.1700.1533",
        D(1998, 3, 31),
        "This is VOA Today.",
        "Today",
        '"VOA Today": a programme name',
    ),
    neg(
        "timebank/WSJ900813-0157",
        D(1990, 8, 13),
        'Secretary of State James Baker, speaking on ABC News\' "This Week," said the Kuwaiti '
        'request gives the U.S. and other countries "a legal basis for stopping the export of '
        'oil and that sort of thing."',
        "This Week",
        'ABC News\' "This Week": a show title',
    ),
    neg(
        "timebank/wsj_0158",
        D(1989, 11, 2),
        '"If I were choosing the people of tomorrow, I would have chosen the people who are now '
        'on the board," he said.',
        "tomorrow",
        '"the people of tomorrow": the future in general, not a day',
    ),
    neg(
        "timebank/wsj_0781",
        D(1989, 10, 27),
        "Intel's microprocessors are the chips of choice in many of today's personal computers "
        "and the 80486 microprocessor is the spearhead of the company's bid to guard that spot "
        "in the next generation of machines.",
        "today",
        '"today\'s personal computers": the present in general, not a day',
    ),
    neg(
        "bbc/bbc_business_270",
        None,
        "In London, the FTSE 100 index closed 15 points higher at 4,751.",
        "FTSE 100",
        "an index name",
    ),
    # --- no publication date ------------------------------------------------------------
    ex(
        "bbc/bbc_business_324",
        None,
        "Yukos will return to a US court on Wednesday to seek sanctions against Baikal Finance "
        "Group, the little-known firm which has bought its main asset.",
        "Wednesday",
        None,
        None,
        "no_date",
        "no date: which Wednesday cannot be known",
    ),
    ex(
        "bbc/bbc_business_192",
        None,
        "US bankruptcy judge Letitia Clark, who issued an injunction in December to try and "
        'prevent the Yugansk sale, has said she will rule "pretty promptly, however I do not '
        'anticipate ruling on it before next Tuesday".',
        "December",
        None,
        None,
        "no_date",
        "no date: December of an unknown year",
    ),
    ex(
        "bbc/bbc_business_412",
        None,
        "The budget for the fiscal year starting on 21 March calls for the sell-off of 20% of "
        "the state's corporate holdings.",
        "21 March",
        None,
        None,
        "no_date",
        "no date and no year",
    ),
    ex(
        "bbc/bbc_business_474",
        None,
        "Virgin Blue said profits after tax for the year to March would be between 10% to 15% "
        "lower than the previous year.",
        "the year to March",
        None,
        None,
        "no_date",
        "no date: a fiscal year ending in an unknown March",
    ),
    ex(
        "bbc/bbc_business_330",
        None,
        "The unemployment rate is improving, too: It is set to slip below 13% by the end of the "
        "year, down from 20% in May 2002.",
        "by the end of the year",
        None,
        None,
        "no_date",
        '"May 2002" is a past comparison, not the year of publication',
    ),
    ex(
        "bbc/bbc_business_024",
        None,
        "The Commerce Department said the trade deficit for all of last year was 24.4% above "
        "the previous record - 2003's imbalance of $496.5bn.",
        "last year",
        None,
        None,
        "no_date",
        "no date: last year relative to an unknown year",
    ),
)
