"""The statistical layer (``--model``): a model that is not installed gets one clear
line and exit 2; its entities pass the same negatives as the rules' finds."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy

import factex
from factex.errors import FactexError, ModelNotInstalled
from factex.organizations import rules

MISSING = "en_factex_no_such_model"


def test_missing_model_raises_a_factex_error():
    with pytest.raises(ModelNotInstalled, match="python -m spacy download") as info:
        factex.load(MISSING)
    assert isinstance(info.value, FactexError)


def test_cli_says_one_line_and_exits_2(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Boeing said.", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "factex", "extract", str(path), "--model", MISSING],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and MISSING in lines[0] and "spacy download" in lines[0]
    assert done.stdout == ""


def _with_entities(nlp, text: str, ents: list[tuple[str, str]]):
    """Run the factex components on ``text`` with the given entities set first, as a
    statistical NER before them would."""
    doc = nlp.make_doc(text)
    spans = []
    for surface, label in ents:
        start = text.rindex(surface) if label == "ORG" else text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


@pytest.fixture(scope="module")
def blank():
    return factex.load()


def test_model_entities_pass_the_negatives(blank):
    text = "The Dow Jones index rose while Steve Jobs said the USD fell. Jobs smiled at Velmora."
    doc = _with_entities(
        blank,
        text,
        [
            ("Dow Jones", "ORG"),
            ("Steve Jobs", "PERSON"),
            ("USD", "ORG"),
            ("Jobs", "ORG"),
            ("Velmora", "ORG"),
        ],
    )
    found = {s.text: s.id_ for s in doc.spans["factex_organizations"]}
    assert found == {"Velmora": rules.MODEL}


def test_model_short_form_merges_with_full_name(blank):
    text = "General Motors cut jobs. GM said sales fell."
    doc = _with_entities(blank, text, [("GM", "ORG")])
    (org,) = doc._.organizations
    assert org.name == "General Motors" and [m.text for m in org.mentions] == [
        "General Motors",
        "GM",
    ]


def test_rules_win_over_model_on_overlaps(blank):
    text = "Shares of Toyota Motor Corp. rose."
    doc = _with_entities(blank, text, [("Toyota Motor", "ORG")])
    (span,) = doc.spans["factex_organizations"]
    assert span.text == "Toyota Motor Corp." and span.id_ != rules.MODEL


def test_spacy_blank_has_no_entities():
    assert not spacy.blank("en")("Apple").ents


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Sales of the Airbus A380 rose.", "Airbus A380"),
        ("Sony's Playstation and Microsoft's Xbox sold well.", "Xbox"),
        # A thing noun in apposition or after the name, a unit or a time zone.
        ("Sales of multiple sclerosis drug Velmorin were halted.", "Velmorin"),
        ("The snacks contain Kaliva extract.", "Kaliva"),
        ("Fans protested outside the Harwick Park ground.", "Harwick Park"),
        ("At 1405 GMT, shares in the bank were down.", "GMT"),
        ("It will take 5 million tonnes of LNG a year.", "LNG"),
    ],
)
def test_model_products_are_not_organizations(blank, text: str, entity: str):
    doc = _with_entities(blank, text, [(entity, "ORG")])
    assert all(s.id_ != rules.MODEL for s in doc.spans["factex_organizations"])


def test_model_company_after_a_country_possessive(blank):
    text = "Japan's Zentrix raised prices."
    doc = _with_entities(blank, text, [("Zentrix", "ORG")])
    assert [s.text for s in doc.spans["factex_organizations"]] == ["Zentrix"]


def test_a_thing_is_a_thing_in_every_mention(blank):
    text = "Sales of the drug Velmorin were halted. Velmorin was approved in May."
    doc = blank.make_doc(text)
    first, later = text.index("Velmorin"), text.rindex("Velmorin")
    doc.ents = [doc.char_span(k, k + len("Velmorin"), label="ORG") for k in (first, later)]
    for _, pipe in blank.pipeline:
        doc = pipe(doc)
    assert doc._.organizations == []


def test_a_companys_products_keep_it_a_company(blank):
    text = "The new engines will be made by Zentrix. Zentrix engines are cheap."
    doc = _with_entities(blank, text, [("Zentrix", "ORG")])
    assert [o.name for o in doc._.organizations] == ["Zentrix"]
