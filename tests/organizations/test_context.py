"""Context rules for names no list has, and government bodies named in lower case."""

from __future__ import annotations

import pytest

from factex.organizations import rules


def orgs(nlp, text: str) -> dict[str, tuple[str, list[str]]]:
    return {o.name: (o.kind, [m.text for m in o.mentions]) for o in nlp(text)._.organizations}


def test_possessive_country_ministry_and_its_later_mention(nlp):
    got = orgs(nlp, "China's commerce ministry said on Monday. The commerce ministry added more.")
    assert got == {
        "China Commerce Ministry": (
            "government",
            ["China's commerce ministry", "commerce ministry"],
        )
    }


def test_nationality_ministry(nlp):
    got = orgs(nlp, "The South Korean finance ministry said exports rose.")
    assert got == {
        "South Korea Finance Ministry": ("government", ["South Korean finance ministry"])
    }


def test_two_countries_two_ministries(nlp):
    got = orgs(
        nlp, "Japan's finance ministry and Germany's finance ministry met. The finance ministry"
    )
    assert set(got) == {"Japan Finance Ministry", "Germany Finance Ministry", "Finance Ministry"}


@pytest.mark.parametrize(
    "text",
    [
        "The International Trade and Industry Ministry said.",  # the head rule's whole name
        "the finance Ministry",  # mixed case: not one name
    ],
)
def test_ministry_left_to_other_rules(nlp, text: str):
    doc = nlp(text)
    assert all(s.id_ != rules.GOV_BODY for s in doc.spans["factex_organizations"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of Zentrix rose 4% on Monday.", "Zentrix"),
        ("Zentrix's chief executive resigned.", "Zentrix"),
        ("Analysts cut their view of Korvan Labs' shares.", None),
        ("Acme Widgets (NYSE: ACW) fell.", "Acme Widgets"),
        ("It bought a stake in Velmora Foods last year.", "Velmora Foods"),
        ("The carmaker Zentrix sold more cars.", "Zentrix"),
    ],
)
def test_context_rules(nlp, text: str, name: str | None):
    got = orgs(nlp, text)
    if name:
        assert got.get(name, ("",))[0] == "company", got


@pytest.mark.parametrize(
    "text",
    [
        "Britain's profits fell.",  # a country
        "President Yeltsin's spokesman said.",  # a person
        "Two rival bidders for the firm.",  # a number word
    ],
)
def test_context_negatives(nlp, text: str):
    assert not [s for s in nlp(text).spans["factex_organizations"] if s.id_ == rules.CONTEXT]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Toyota and Zentrix will cut prices.", {"Toyota Motor", "Zentrix"}),
        ("Sales at Velmora or Airbus rose.", {"Velmora", "Airbus"}),
        ("Exports by Toyota and others rose.", {"Toyota Motor"}),
        ("Boeing and Washington agreed.", {"Boeing"}),  # a place
        ("Boeing and Kenneth Bowman agreed.", {"Boeing"}),  # a person
    ],
)
def test_coordination_with_a_known_company(nlp, text: str, names: set[str]):
    assert set(orgs(nlp, text)) == names


def test_coordination_keeps_and_inside_a_name(nlp):
    # "X and <a head rule's name>" may be one name: X is not taken by coordination.
    doc = nlp("Cable and Wireless PLC bid.")
    assert all(s.id_ != rules.COORDINATED for s in doc.spans["factex_organizations"])


def test_a_company_named_like_a_city(nlp):
    assert "Toyota Motor" in orgs(nlp, "Toyota raised prices.")
    doc = nlp("The plant in Toyota, Japan, closed.")
    assert not doc._.organizations
    assert "Toyota" in [s.text for s in doc.spans["factex_places"]]


def test_a_sentence_opening_word_is_no_later_mention(nlp):
    text = (
        "Shell said profits rose. Shell companies hide money, and a shell company costs"
        " little. Analysts said Shell would gain."
    )
    assert orgs(nlp, text) == {"Royal Dutch Shell": ("company", ["Shell", "Shell"])}
