"""What the components share: batched pipe and its failure policy, cached text, skip test."""

from __future__ import annotations

import itertools

import pytest
import spacy
from spacy.language import Language

import factex
from factex.doc import BatchedPipe, skip_test, text_of
from factex.pipeline import COMPONENTS


class _FailsOnX(BatchedPipe):
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc):
        if "x" in doc.text:
            raise ValueError("x")
        doc.user_data["ok"] = True
        return doc


@Language.factory("factex_test_fails_on_x")
def _make_fails_on_x(nlp: Language, name: str) -> _FailsOnX:
    return _FailsOnX(name)


def test_batched_pipe_raises_by_default():
    nlp = spacy.blank("en")
    nlp.add_pipe("factex_test_fails_on_x")
    with pytest.raises(ValueError):
        list(nlp.pipe(["a b", "x y", "c d"]))


def test_batched_pipe_reports_to_the_error_handler():
    nlp = spacy.blank("en")
    nlp.add_pipe("factex_test_fails_on_x")
    seen = []
    nlp.set_error_handler(lambda name, proc, docs, exc: seen.append((name, docs[0].text)))
    docs = list(nlp.pipe(["a b", "x y", "c d"], batch_size=2))
    assert [d.text for d in docs] == ["a b", "c d"]
    assert seen == [("factex_test_fails_on_x", "x y")]


def test_pipe_equals_call_one_by_one():
    texts = [
        "WASHINGTON, March 3 - Exports rose 5% to $1.2 billion in January, the ministry said.",
        "Canada's trade surplus was 1.25 billion dlrs in February, Statistics Canada said.",
        "",
        "Prime Minister Jane Doe visited Paris last week for talks with France.",
    ]
    nlp = factex.load()
    piped = [
        (d.text, [(s.start_char, s.end_char) for s in d.spans["factex_money"]], d._.facts)
        for d in nlp.pipe(texts, batch_size=3)
    ]
    called = [
        (d.text, [(s.start_char, s.end_char) for s in d.spans["factex_money"]], d._.facts)
        for d in map(nlp, texts)
    ]
    assert piped == called


def test_text_of_is_doc_text():
    nlp = spacy.blank("en")
    for text in ["", " lead", "a  b\n\nc ", "trail "]:
        doc = nlp(text)
        assert text_of(doc) == doc.text == text


def test_skip_test_is_overlap_with_any_range():
    doc = spacy.blank("en")("one two three four")
    for ranges in ([], [(2, 5)], [(2, 5), (7, 9)], [(3, 3)]):
        doc._.skip = ranges
        inside = skip_test(doc)
        for a, b in itertools.product(range(12), repeat=2):
            assert inside(a, b) == any(s < b and a < e for s, e in ranges)


@Language.component("factex_test_bad_skip")
def _bad_skip(doc):
    """Spoil ``doc._.skip`` (not a list of ranges) in a document that says BAD: every
    factex component reads it first, so the component after this one fails there."""
    if "BAD" in doc.text:
        doc._.skip = 5
    return doc


TEXTS = [
    "Exports rose 5% to $1.2 billion in January, the Ministry of Finance said.",
    "BAD: Imports fell to $3 million in 2019, Japan's Toyota Motor Corp said.",
    "The two ministers met in Paris on Monday and signed a $5 million deal.",
]


@pytest.mark.parametrize("name", COMPONENTS)
def test_a_failing_component_raises_to_spacy_error_handler(name):
    """One failure policy for the six components: no component catches its own error;
    it reaches spaCy's error handler (default: raise), in ``nlp()`` and ``nlp.pipe``."""
    nlp = factex.load()
    nlp.add_pipe("factex_test_bad_skip", before=name)
    with pytest.raises(TypeError):
        nlp(TEXTS[1])
    nlp(TEXTS[0])  # the others pass
    with pytest.raises(TypeError):
        list(nlp.pipe(TEXTS))
    seen = []
    nlp.set_error_handler(lambda comp, proc, docs, exc: seen.append((comp, docs[0].text)))
    docs = list(nlp.pipe(TEXTS, batch_size=2))
    assert seen == [(name, TEXTS[1])]
    assert [d.text for d in docs] == [TEXTS[0], TEXTS[2]]


@pytest.mark.parametrize("name", COMPONENTS)
def test_a_failing_component_costs_its_article_only(name):
    """The api turns the failure into that article's ``error``: no items of any room
    for it, the other articles as without the failure."""
    nlp = factex.load()
    expected = list(factex.extract_many(TEXTS, nlp=nlp))
    nlp.add_pipe("factex_test_bad_skip", before=name)
    results = list(factex.extract_many(TEXTS, nlp=nlp))
    assert results[1].error and "TypeError" in results[1].error
    assert not (results[1].money or results[1].periods or results[1].organizations)
    assert not results[1].warnings
    assert [r.to_json() for r in (results[0], results[2])] == [
        r.to_json() for r in (expected[0], expected[2])
    ]
    assert expected[1].money and expected[1].error is None
