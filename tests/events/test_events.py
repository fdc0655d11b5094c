"""The events room on its corpus, with upstream mentions set by hand."""

from __future__ import annotations

import pytest

import factex
from tests.corpus import Example, ids
from tests.events.corpus import EVENTS, GAPS
from tests.events.markup import _bounds, run


@pytest.fixture(scope="module")
def nlp():
    return factex.load()


def _fits(event, expected) -> bool:
    etype, period, participants, location = expected
    start, end = _bounds(period) if period else (None, None)
    return (
        event.type == etype
        and (event.start, event.end) == (start, end)
        and set(participants) <= set(event.participants)
        and event.location == location
    )


def _check(nlp, example: Example) -> None:
    doc = run(nlp, example.text, example.published)
    events, expected = doc._.events, example.expected
    assert len(events) == len(expected), [e.model_dump(include={"type", "text"}) for e in events]
    for event, want in zip(sorted(events, key=lambda e: e.span), expected, strict=True):
        assert _fits(event, want), (event, want, example.note)


@pytest.mark.parametrize("example", EVENTS, ids=ids(EVENTS, 40))
def test_events_corpus(nlp, example):
    _check(nlp, example)


@pytest.mark.parametrize("example", GAPS, ids=ids(GAPS, 40))
@pytest.mark.xfail(strict=True, reason="a known gap (see the example's note)")
def test_known_gap(nlp, example):
    _check(nlp, example)


def test_triggers_are_exact_spans_and_in_the_span_group(nlp):
    doc = run(
        nlp,
        "During his official visit to Nairobi on May 3, German Chancellor Olaf Scholz met"
        " President William Ruto.",
    )
    assert len(doc.spans["factex_events"]) == len(doc._.events) == 2
    for e in doc._.events:
        assert doc.text[e.span[0] : e.span[1]] == e.text


def test_signing_carries_money_and_quantities(nlp):
    doc = run(
        nlp,
        "[Hyundai|o] signed a contract for the supply of 1,200 electric buses in the amount of"
        " [$300 million|m|300e6 USD].",
    )
    (event,) = doc._.events
    assert [m.value for m in event.money] == [300e6]
    assert [(q.text, q.value, q.unit) for q in event.quantities] == [
        ("1,200 electric buses", 1200, "buses")
    ]


def test_repeated_signing_with_same_money_is_one_event(nlp):
    doc = run(
        nlp,
        "Contracts worth [$55 million|m|55e6 USD] were signed. A number of contracts totaling"
        " [about $55 million|m|55e6 USD about] were signed on the first day.",
    )
    assert [e.type for e in doc._.events] == ["signing"]


def test_no_publication_date_by_default(nlp):
    import datetime as dt

    doc = run(nlp, "[Peru|p] and [Chile|p] signed an agreement.", published=dt.date(2020, 5, 1))
    assert (doc._.events[0].start, doc._.events[0].end) == (None, None)


def test_a_capital_that_is_the_location_stays_a_place(nlp):
    """A capital taking part stands for its country; one where it happens does not."""
    doc = run(nlp, "[Vincent Siew|h] held talks in [Washington|p] in [May|t|1987-05].")
    (event,) = doc._.events
    assert event.location == "Washington"
    assert event.participants == ["Vincent Siew"]


def test_a_company_transaction_carries_its_price(nlp):
    doc = run(nlp, "[Baikal|o] bought the main unit of [Yukos|o] for [$9.4 billion|m|9.4e9 USD].")
    (event,) = doc._.events
    assert (event.type, event.rule, [m.value for m in event.money]) == (
        "other",
        "event.sale",
        [9.4e9],
    )


def test_a_deal_named_again_with_its_value_gives_the_signing_its_money(nlp):
    doc = run(
        nlp,
        "[Boeing|o] announced a deal with [China|p] on [Thursday|t|2017-11-09]. The deal, worth"
        " [$37 billion|m|37e9 USD], covers 300 jets.",
    )
    (event,) = doc._.events
    assert (event.type, [m.value for m in event.money]) == ("signing", [37e9])
    assert {"Boeing", "China"} <= set(event.participants)


def test_a_document_named_again_is_no_event_of_its_own(nlp):
    doc = run(nlp, "The deal, worth [$37 billion|m|37e9 USD], covers 300 jets.")
    assert doc._.events == []


def test_an_object_it_with_two_companies_in_the_sentence_is_not_resolved(nlp):
    """ "with it" may be either company the sentence names: no side is guessed."""
    doc = run(
        nlp,
        "[Fiat|o] reported a loss. [Ford|o] said [GM|o] had agreed a deal with it on"
        " [May 2|t|2005-05-02].",
    )
    (event,) = doc._.events
    assert event.type == "signing" and "Fiat" not in event.participants


def test_its_opening_with_a_company_before_the_trigger_adds_no_side(nlp):
    doc = run(
        nlp,
        "[Softbank|o] said losses widened. Its shares rose after [Google|o] bought [YouTube|o].",
    )
    (event,) = doc._.events
    assert "Softbank" not in event.participants
