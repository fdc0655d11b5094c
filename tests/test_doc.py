"""The extractors' shared speed helpers: batched pipe, cached text, skip test."""

from __future__ import annotations

import itertools

import pytest
import spacy
from spacy.language import Language

import factex
from factex.doc import BatchedPipe, skip_test, text_of


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
