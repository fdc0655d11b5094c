"""The scorer's own rules: a scorer bug would corrupt every number after it."""

from __future__ import annotations

import json

import pytest

from factex.errors import GoldError
from factex.models import ArticleFacts
from factex.score import (
    check_minimums,
    event_match,
    fact_match,
    load_gold,
    max_matching,
    money_match,
    organization_match,
    period_match,
    score,
    score_items,
)


def m(value=None, currency="USD", qualifier="exact", low=None, high=None, **kw):
    return {
        "value": value,
        "low": low,
        "high": high,
        "currency": currency,
        "qualifier": qualifier,
        **kw,
    }


class TestMoneyMatch:
    def test_within_half_percent(self):
        assert money_match(m(424.4e6), m(424.5e6))
        assert not money_match(m(100e6), m(101e6))

    def test_currency_must_agree(self):
        assert not money_match(m(5e6, "USD"), m(5e6, "EUR"))
        assert not money_match(m(5e6, "USD"), m(5e6, None))

    def test_ranges_compare_bounds(self):
        assert money_match(m(low=50e6, high=60e6), m(low=50e6, high=60e6))
        assert not money_match(m(low=50e6, high=60e6), m(low=50e6, high=70e6))
        assert not money_match(m(low=50e6, high=60e6), m(55e6))

    def test_qualifier_is_scored_apart(self):
        counts = score_items("money", [m(5e6, qualifier="about")], [m(5e6)])
        assert (counts.tp, counts.qualifier_right, counts.qualifier_total) == (1, 0, 1)


class TestPeriodMatch:
    def test_interval_equal(self):
        g = {"start": "2019-01-01", "end": "2019-07-31", "timex": "x"}
        assert period_match(g, {"start": "2019-01-01", "end": "2019-07-31", "timex": "y"})
        assert not period_match(g, {"start": "2019-01-01", "end": "2019-06-30"})

    def test_no_year_compares_timex(self):
        g = {"start": None, "end": None, "timex": "XXXX-05-18"}
        assert period_match(g, {"start": None, "end": None, "timex": "XXXX-05-18"})
        assert not period_match(
            g, {"start": "2024-05-18", "end": "2024-05-18", "timex": "2024-05-18"}
        )

    def test_open_ended(self):
        g = {"start": "2007-01-01", "end": None}
        assert period_match(g, {"start": "2007-01-01", "end": None})
        assert not period_match(g, {"start": "2007-01-01", "end": "2007-12-31"})


class TestOrganizationMatch:
    def test_name_alias_acronym_case_punct_the(self):
        g = {"name": "Minsk Tractor Plant", "acronym": "MTZ", "aliases": []}
        assert organization_match(g, {"name": "the minsk tractor plant", "aliases": []})
        assert organization_match(g, {"name": "M.T.Z.", "aliases": []}) is False
        assert organization_match(g, {"name": "Tractor Works", "aliases": ["MTZ"]})

    def test_different_names(self):
        assert not organization_match(
            {"name": "Azerbaijan Railways"}, {"name": "Belarusian Railway"}
        )


class TestEventMatch:
    def test_type_dates_participants(self):
        g = {
            "type": "meeting",
            "start": "2024-10-03",
            "end": "2024-10-03",
            "participants": ["Ali Asadov", "Roman Golovchenko"],
        }
        p = {
            "type": "meeting",
            "start": "2024-10-01",
            "end": "2024-10-31",
            "participants": ["Prime Minister Ali Asadov"],
        }
        assert event_match(g, p)
        assert not event_match(g, {**p, "type": "visit"})
        assert not event_match(g, {**p, "start": None, "end": None})
        assert not event_match(g, {**p, "participants": ["Belarus"]})

    def test_gold_without_dates_or_participants(self):
        g = {"type": "signing", "start": None, "end": None, "participants": []}
        assert event_match(g, {"type": "signing", "participants": ["X"]})


class TestFactMatch:
    def test_measure_class_value_period(self):
        g = {
            "measure": "trade_turnover",
            "value": 273.1e6,
            "unit": "USD",
            "start": "2022-01-01",
            "end": "2022-09-30",
        }
        p = {**g, "measure": "trade_volume"}
        assert fact_match(g, p)
        assert not fact_match(g, {**p, "measure": "exports"})
        assert not fact_match(g, {**p, "end": "2022-12-31"})
        assert not fact_match(g, {**p, "value": 280e6})

    def test_no_gold_period(self):
        g = {"measure": "exports", "value": 5.0, "unit": "percent", "start": None, "end": None}
        assert fact_match(g, {**g, "start": "2020-01-01", "end": "2020-12-31"})


class TestMatching:
    def test_maximum_not_greedy(self):
        # Greedy would pair gold 0 with pred 0 and leave gold 1 unmatched.
        gold = [{"ok": {0, 1}}, {"ok": {0}}]
        pred = [{"i": 0}, {"i": 1}]
        pairs = max_matching(gold, pred, lambda g, p: p["i"] in g["ok"])
        assert pairs == {0: 1, 1: 0}

    def test_multiset(self):
        counts = score_items("money", [m(5e6), m(5e6)], [m(5e6)])
        assert (counts.tp, counts.fp, counts.fn) == (1, 0, 1)
        counts = score_items("money", [m(5e6)], [m(5e6), m(5e6)])
        assert (counts.tp, counts.fp, counts.fn) == (1, 1, 0)

    def test_optional_neither_miss_nor_false_positive(self):
        gold = [m(5e6), m(7e6, optional=True)]
        assert (lambda c: (c.tp, c.fp, c.fn))(score_items("money", gold, [m(5e6)])) == (1, 0, 0)
        both = score_items("money", gold, [m(5e6), m(7e6)])
        assert (both.tp, both.fp, both.fn) == (1, 0, 0)

    def test_required_gold_wins_over_optional(self):
        gold = [m(5e6, optional=True), m(5e6)]
        c = score_items("money", gold, [m(5e6)])
        assert (c.tp, c.fp, c.fn) == (1, 0, 0)

    def test_f1_undefined_when_empty(self):
        c = score_items("money", [], [])
        assert c.f1 is None and c.precision is None


def write_gold(tmp_path, text, **items):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {"id": "a", "source": "a.txt", **items}
    path = tmp_path / "a.json"
    path.write_text(json.dumps(gold), encoding="utf-8")
    return path


class TestGoldFiles:
    def test_span_must_slice_to_text(self, tmp_path):
        path = write_gold(
            tmp_path, "It cost $5 million.", money=[m(5e6, text="$5 million", span=[7, 17])]
        )
        with pytest.raises(GoldError, match="slices to"):
            load_gold(path)

    def test_annotated_limits_scored_types(self, tmp_path):
        write_gold(
            tmp_path,
            "It cost $5 million in 2020.",
            annotated=["money"],
            money=[m(5e6, text="$5 million", span=[8, 18])],
        )
        pred = ArticleFacts(
            id="a",
            periods=[
                {"text": "2020", "span": [22, 26], "start": "2020-01-01", "end": "2020-12-31"}
            ],
        )
        report = score(tmp_path, {"a": pred})
        assert report.totals["money"].fn == 1
        assert report.totals["periods"].fp == 0  # periods not annotated: not scored

    def test_minimums(self, tmp_path):
        write_gold(tmp_path, "It cost $5 million.", money=[m(5e6, text="$5 million", span=[8, 18])])
        report = score(tmp_path, {"a": ArticleFacts(id="a")})
        assert check_minimums(report, {"money": 0.5}) == ["money F1 0.000 is below the minimum 0.5"]
        assert check_minimums(report, {"money": 0.0}) == []


def test_fact_span_is_checked_against_evidence(tmp_path):
    text = "Exports rose. Imports fell."
    fact = {
        "measure": "exports",
        "value": 1.0,
        "unit": "percent",
        "span": [0, 13],
        "evidence": "Exports rose.",
    }
    load_gold(write_gold(tmp_path, text, facts=[fact]))
    with pytest.raises(GoldError, match="slices to"):
        load_gold(write_gold(tmp_path, text, facts=[{**fact, "span": [0, 12]}]))


def test_nested_event_money_span_is_checked(tmp_path):
    text = "They signed deals worth $5 million."
    event = {
        "type": "signing",
        "text": "signed",
        "span": [5, 11],
        "money": [m(5e6, text="$5 million", span=[24, 33])],
    }
    with pytest.raises(GoldError, match="money"):
        load_gold(write_gold(tmp_path, text, events=[event]))


def fact(measure, value, exporter=None, importer=None, **kw):
    return {
        "measure": measure,
        "value": value,
        "unit": "USD",
        "start": "2022-01-01",
        "end": "2022-12-31",
        "exporter": exporter,
        "importer": importer,
        **kw,
    }


def test_facts_any_measure_and_direction_are_scored_beside_the_named_measure():
    gold = [
        fact("exports", 5e6, exporter="Canada", importer="Japan"),
        fact("net_income", 7e6),
        fact("imports", 9e6, importer="Japan", optional=True),
    ]
    pred = [
        fact("exports", 5e6, exporter="Canada"),  # right measure, direction half right
        fact("profit", 7e6),  # right value, wrong measure
        fact("imports", 9e6, importer="Japan"),  # matches the optional item: no fp
        fact("exports", 1e6),  # nothing
    ]
    c = score_items("facts", gold, pred)
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)
    assert (c.any_tp, c.any_fp, c.any_fn) == (2, 1, 0)
    assert c.any_f1 == pytest.approx(0.8)
    assert (c.direction_right, c.direction_total) == (0, 1)
    pred[0]["importer"] = "Japan"
    assert score_items("facts", gold, pred).direction_right == 1
