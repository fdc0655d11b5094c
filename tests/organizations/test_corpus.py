"""The organizations room's corpus: every phrasing, with its expected organizations."""

from __future__ import annotations

import pytest

from factex.extensions import SPANS_PEOPLE, SPANS_PLACES
from factex.organizations.corpus import CORPUS, GAPS, PEOPLE, PLACES


def _names(org) -> set[str]:
    return {n.lower() for n in [org.name, org.acronym or "", *org.aliases] if n}


def _check(nlp, text: str, expected: list[tuple[str, str]]) -> None:
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


@pytest.mark.parametrize(("text", "expected"), CORPUS, ids=[t[:50] for t, _ in CORPUS])
def test_corpus(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    _check(nlp, text, expected)


@pytest.mark.parametrize(("text", "expected"), GAPS, ids=[t[:50] for t, _ in GAPS])
@pytest.mark.xfail(strict=True, reason="no cue a rule can see; the statistical layer's job")
def test_known_gaps(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    _check(nlp, text, expected)


def test_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 60
    assert sum(1 for _, orgs in CORPUS if not orgs) >= 15


@pytest.mark.parametrize(("text", "expected"), PEOPLE, ids=[t[:40] for t, _ in PEOPLE])
def test_people(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    got = [(s._.person, s.label_) for s in doc.spans[SPANS_PEOPLE]]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), PLACES, ids=[t[:40] for t, _ in PLACES])
def test_places(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text)
    got = [(s.text, s._.place) for s in doc.spans[SPANS_PLACES]]
    assert got == expected
