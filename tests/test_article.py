"""Reading the article frame: datelines and boilerplate."""

from __future__ import annotations

import datetime as dt

import pytest

from factex.article import find_boilerplate, find_dateline

DATELINES = [
    (" date 2019-08-16 By Leman Mammadova\n\nBody text follows here.", "2019-08-16", "2019-08-16"),
    ("Site.Az\n\nFriday October 4 2024\n\nTitle", "2024-10-04", "Friday October 4 2024"),
    (
        "Title\n4 October 2024 11:44 (UTC+04:00)\nBody",
        "2024-10-04",
        "4 October 2024 11:44 (UTC+04:00)",
    ),
    ("March 3, 2021\nWASHINGTON - The body.", "2021-03-03", "March 3, 2021"),
    ("2023-01-15\nBody", "2023-01-15", "2023-01-15"),
    ("Tue, 5 Sep 2023 09:30 GMT\nBody", "2023-09-05", "Tue, 5 Sep 2023 09:30 GMT"),
]


@pytest.mark.parametrize(("text", "date", "said"), DATELINES, ids=[d[2] for d in DATELINES])
def test_dateline(text, date, said):
    found, (s, e) = find_dateline(text)
    assert found == dt.date.fromisoformat(date)
    assert text[s:e] == said


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed on May 5, 2020, officials said in a statement on Monday morning.",
        "No dates at all here.",
        "February 30 2020\nBody",  # not a real day
        "",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_dateline_only_in_header():
    body = "\n".join(
        ["A long line of body text that has many words in it, more than fourteen."] * 3
    )
    assert find_dateline(body + "\nMay 5, 2020\n") is None


def test_boilerplate_lines():
    text = "Body.\n\nFollow us on Twitter @AzerNewsAz\n\nLoading...\nLatest See more\nRead more"
    found = [text[s:e] for s, e in find_boilerplate(text)]
    assert found == [
        "Follow us on Twitter @AzerNewsAz",
        "Loading...",
        "Latest See more",
        "Read more",
    ]


def test_boilerplate_does_not_take_sentences():
    assert find_boilerplate("Read more about the trade deal in our report.") == []
