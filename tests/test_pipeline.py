"""The pipeline frame: registration, the spaCy component contract, the API."""

from __future__ import annotations

import datetime as dt
import tomllib
from importlib.metadata import entry_points

import spacy

import factex
from factex.pipeline import COMPONENTS

from .conftest import ROOT


def test_components_entry_points_and_factories_agree():
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["entry-points"]
    assert set(declared["spacy_factories"]) == set(COMPONENTS)
    installed = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= installed
    for name in COMPONENTS:
        assert spacy.Language.has_factory(name)


def test_default_pipeline_needs_no_model(nlp):
    assert [n for n in nlp.pipe_names if n.startswith("factex_")] == list(COMPONENTS)
    assert nlp.meta["name"] == "pipeline"  # spacy.blank, not a downloaded package


def test_components_work_in_a_users_own_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("factex_article")
    nlp.add_pipe("factex_money")
    doc = nlp(" date 2020-03-01 By Staff\n\nBody.")
    assert doc._.published == dt.date(2020, 3, 1)
    assert "factex_money" in doc.spans


def test_extract_returns_contract(seed_texts):
    text = seed_texts["000_2f60cfab3f5c46c2"]
    facts = factex.extract(text, id="x")
    assert facts.id == "x"
    assert facts.published == dt.date(2019, 8, 16)
    assert facts.to_json().startswith('{"schema":"factex/1"')


def test_caller_published_overrides_dateline(seed_texts):
    text = seed_texts["000_2f60cfab3f5c46c2"]
    assert factex.extract(text, published="2020-01-02").published == dt.date(2020, 1, 2)


def test_extract_many_streams_in_order():
    consumed = []

    def gen():
        for i in range(150):
            consumed.append(i)
            yield {"id": f"a{i}", "text": f"Article number {i}."}

    results = factex.extract_many(gen(), batch_size=16)
    first = next(results)
    assert first.id == "a0"
    assert len(consumed) <= 16  # lazily consumed: one batch, not the whole corpus
    rest = [r.id for r in results]
    assert rest == [f"a{i}" for i in range(1, 150)]


def test_every_span_slices_to_its_text(seed_texts):
    for doc_id, text in seed_texts.items():
        facts = factex.extract(text, id=doc_id)
        for item in [*facts.money, *facts.periods, *facts.events]:
            assert text[item.span[0] : item.span[1]] == item.text
        for org in facts.organizations:
            for mention in org.mentions:
                assert text[mention.span[0] : mention.span[1]] == mention.text
        for fact in facts.facts:
            assert text[fact.span[0] : fact.span[1]] == fact.evidence


def test_analyze_pipes_shows_the_data_flow_without_problems(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    for name in COMPONENTS:
        meta = nlp.get_pipe_meta(name)
        assert meta.assigns, name
        assert meta.requires or name == "factex_article", name
    # every extension a later component requires is assigned by an earlier one
    assigned = {a for name in nlp.pipe_names for a in nlp.get_pipe_meta(name).assigns}
    required = {r for name in COMPONENTS for r in nlp.get_pipe_meta(name).requires}
    assert required <= assigned


def test_analyze_pipes_names_what_a_partial_pipeline_lacks():
    nlp = spacy.blank("en")
    nlp.add_pipe("factex_events")
    problems = nlp.analyze_pipes()["problems"]["factex_events"]
    assert {"span._.money", "span._.period", "doc._.skip", "token.is_sent_start"} <= set(problems)
