"""The organizations component: span groups, extensions, the statistical merge, and
robustness on odd text."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import factex
from factex.extensions import SPANS_ORGS, SPANS_PEOPLE, SPANS_PLACES
from factex.organizations import rules

ARTICLE = (
    "By Newsdesk\n\n"
    "The Minsk Tractor Plant (MTZ) signed a deal with Baltic Cargo Group, Newsdesk reports."
    " MTZ will ship 500 tractors to Georgia.\n\n"
    "Deputy Prime Minister Ivan Kolar said the Belarusian company would open a plant."
    " Kolar spoke on Monday; kolar is not a name."
)


def test_span_groups_and_extensions(nlp):
    doc = nlp(ARTICLE)
    orgs = {o.name: o for o in doc._.organizations}
    assert set(orgs) == {"Newsdesk", "Minsk Tractor Plant", "Baltic Cargo Group"}
    mtz = orgs["Minsk Tractor Plant"]
    assert mtz.acronym == "MTZ" and mtz.kind == "company"
    assert [m.text for m in mtz.mentions] == ["Minsk Tractor Plant", "MTZ", "MTZ"]
    assert orgs["Newsdesk"].kind == "media"
    for span in doc.spans[SPANS_ORGS]:
        assert span._.org in orgs
        assert span.id_.startswith("org.")
    for org in doc._.organizations:
        for m in org.mentions:
            assert ARTICLE[m.span[0] : m.span[1]] == m.text
    people = [(s.text, s._.person, s.label_) for s in doc.spans[SPANS_PEOPLE]]
    assert people == [
        ("Deputy Prime Minister Ivan Kolar", "Ivan Kolar", "Deputy Prime Minister"),
        ("Kolar", "Ivan Kolar", "Deputy Prime Minister"),
    ]
    places = [(s.text, s._.place, s.label_) for s in doc.spans[SPANS_PLACES]]
    assert ("Georgia", "Georgia", "country") in places
    assert ("Belarusian", "Belarus", "demonym") in places
    assert not any(s.text == "Minsk" for s in doc.spans[SPANS_PLACES])  # inside an org


def test_contract_output(nlp):
    facts = factex.extract(ARTICLE)
    assert {o.name for o in facts.organizations} == {
        "Newsdesk",
        "Minsk Tractor Plant",
        "Baltic Cargo Group",
    }


# Pieces the rules react to, shuffled into odd text by hypothesis.
WORDS = [
    "The",
    "Bank",
    "of",
    "Minsk",
    "Tractor",
    "Plant",
    "(MTZ)",
    "Inc.",
    "'s",
    "OJSC",
    '"',
    "company",
    "By",
    "reports",
    ",",
    "citing",
    ".",
    "Prime",
    "Minister",
    "Belarusian",
    "and",
    "Ltd",
    "Co.",
    "-",
    "Cie.",
    "de",
    "holding",
    "agency",
    "x",
    "1st",
    "CORPORATES",
    "(",
    ")",
    "Mr.",
    "Savings",
    "\n",
    "\n\n",
]


def _ruler_pipeline():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Acme Widgets"},  # no cue a rule can see
            {"label": "ORG", "pattern": "Belarus"},  # a country: not an organization
            {"label": "ORG", "pattern": "Minsk Tractor"},  # rules know the full name
            {"label": "ORG", "pattern": [{"LOWER": "agreement"}, {"LOWER": "on"}, {}]},
            {"label": "PERSON", "pattern": "Ivan Kolar"},
            {"label": "ORG", "pattern": "Farm Tech"},  # an exhibition's name
        ]
    )
    return nlp


def test_model_entities_merge_with_rules(tmp_path):
    _ruler_pipeline().to_disk(tmp_path / "ruler")
    nlp = factex.load(model=str(tmp_path / "ruler"))
    assert nlp.pipe_names[0] == "entity_ruler"
    text = (
        "Acme Widgets and the Minsk Tractor Plant signed the Agreement on Trade in Belarus."
        " Acme Widgets grew. They visited the exhibitions Grain World and Farm Tech."
    )
    doc = nlp(text)
    orgs = {o.name: o for o in doc._.organizations}
    assert set(orgs) == {"Acme Widgets", "Minsk Tractor Plant"}
    assert len(orgs["Acme Widgets"].mentions) == 2
    by_text = {s.text: s.id_ for s in doc.spans[SPANS_ORGS]}
    assert by_text["Acme Widgets"] == rules.MODEL
    assert by_text["Minsk Tractor Plant"] == rules.HEAD  # the rule's boundary wins


def test_default_pipeline_ignores_missing_entities(nlp):
    doc = nlp("Acme Widgets grew.")
    assert doc._.organizations == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(WORDS),
        max_size=40,
    )
)
def test_never_raises_and_spans_align(words):
    text = " ".join(words)
    doc = _NLP(text)
    assert not doc._.warnings
    for org in doc._.organizations:
        assert org.name
        for m in org.mentions:
            assert text[m.span[0] : m.span[1]] == m.text
    for key in (SPANS_ORGS, SPANS_PEOPLE, SPANS_PLACES):
        assert key in doc.spans


_NLP = factex.load()


def test_model_pieces_lists_words_and_venues_merge_or_drop(tmp_path):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ORG", "pattern": "Lane"},  # a piece of the rules' name
            {"label": "ORG", "pattern": "Parmalat Finanziaria"},  # opens with a found name
            {"label": "ORG", "pattern": "Kent, Essex, Surrey"},  # a list of places
            {"label": "ORG", "pattern": "Telecoms"},  # a word the article writes lower case
            {"label": "ORG", "pattern": "Heathrow Airport"},  # a place
        ]
    )
    nlp.to_disk(tmp_path / "ruler")
    doc = factex.load(model=str(tmp_path / "ruler"))(
        "Shares of Parmalat fell, say researchers at Quarry Lane Partners. Lane agreed."
        " Parmalat Finanziaria will appeal. Mines in Kent, Essex, Surrey closed."
        " Telecoms firms fell; telecoms shares too. Flights left Heathrow Airport."
    )
    names = {o.name: len(o.mentions) for o in doc._.organizations}
    assert names == {"Parmalat": 2, "Quarry Lane Partners": 1}
