"""The organizations room's corpus (``tests/organizations/corpus.py``): every phrasing,
with its expected organizations; titled people and places; known gaps as strict xfails."""

from __future__ import annotations

import pytest

from factex.extensions import SPANS_PEOPLE, SPANS_PLACES
from tests.corpus import Example, ids
from tests.organizations.corpus import CORPUS, GAPS, PEOPLE, PLACES


def _names(org) -> set[str]:
    return {n.lower() for n in [org.name, org.acronym or "", *org.aliases] if n}


def _check(nlp, example: Example) -> None:
    text, expected = example.text, list(example.expected)
    doc = nlp(text)
    found = list(doc._.organizations)
    got = [(o.name, o.kind) for o in found]
    assert len(found) == len(expected), f"expected {expected}, got {got}"
    for name, kind in expected:
        match = [o for o in found if name.lower() in _names(o)]
        assert match, f"{name!r} not found in {got}"
        assert match[0].kind == kind, f"{name!r}: kind {match[0].kind}, expected {kind}"
    for org in found:
        for m in org.mentions:
            assert text[m.span[0] : m.span[1]] == m.text


@pytest.mark.parametrize("example", CORPUS, ids=ids(CORPUS))
def test_corpus(nlp, example: Example) -> None:
    _check(nlp, example)


@pytest.mark.parametrize("example", GAPS, ids=ids(GAPS))
@pytest.mark.xfail(strict=True, reason="a known gap (see the example's note)")
def test_known_gaps(nlp, example: Example) -> None:
    _check(nlp, example)


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 60
    assert sum(1 for e in CORPUS if e.negative) >= 15


@pytest.mark.parametrize("example", PEOPLE, ids=ids(PEOPLE, 40))
def test_people(nlp, example: Example) -> None:
    doc = nlp(example.text)
    got = [(s._.person, s.label_) for s in doc.spans[SPANS_PEOPLE]]
    assert got == list(example.expected)


@pytest.mark.parametrize("example", PLACES, ids=ids(PLACES, 40))
def test_places(nlp, example: Example) -> None:
    doc = nlp(example.text)
    got = [(s.text, s._.place) for s in doc.spans[SPANS_PLACES]]
    assert got == list(example.expected)
