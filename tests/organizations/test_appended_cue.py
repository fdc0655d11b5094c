"""An organization cue added in one place (a head noun in ``lexicon.HEADS``) is found
with no other edit: the finders' gates are derived from the tables."""

from __future__ import annotations

import pytest

import factex
from factex.organizations import lexicon as lx
from factex.organizations.detect import tokens

TEXT = "Farmers sold grain to the Kestrel Syndicate last week, officials said."


@pytest.fixture
def fresh_tables():
    tokens.head_table.cache_clear()
    tokens.trigger_words.cache_clear()
    yield
    tokens.head_table.cache_clear()
    tokens.trigger_words.cache_clear()


def _names(nlp) -> list[str]:
    return [org.name for org in nlp(TEXT)._.organizations]


def test_a_head_noun_added_to_the_table_is_found(monkeypatch, fresh_tables):
    nlp = factex.load()
    assert "Kestrel Syndicate" not in _names(nlp)
    monkeypatch.setitem(lx.HEADS, "syndicate", "company")
    tokens.head_table.cache_clear()
    tokens.trigger_words.cache_clear()
    assert "Kestrel Syndicate" in _names(nlp)
