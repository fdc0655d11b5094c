"""The events and facts rooms on the seed gold, with gold money, periods and organizations
as their input: the rooms' own accuracy, whatever the upstream rooms' state."""

from __future__ import annotations

import pytest

from tests.conftest import GOLD
from tests.events.oracle import oracle_report


@pytest.fixture(scope="module")
def report():
    if not (GOLD / "seeds").is_dir():
        pytest.skip("gold/seeds is absent")
    return oracle_report(str(GOLD / "seeds"))


def test_seed_events_f1(report):
    assert report.totals["events"].f1 >= 0.85


def test_seed_facts_f1(report):
    assert report.totals["facts"].f1 >= 0.9


def test_seed_trade_direction_wherever_stated(report):
    # every gold fact with a direction is matched, and matching is on measure, value, period
    assert report.totals["facts"].fn == 0
