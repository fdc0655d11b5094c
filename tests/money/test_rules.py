"""Money's currency rules are one list: a record appended to it fires with no other edit."""

from __future__ import annotations

from factex.money import rules
from factex.money.currency import Currency
from factex.money.rules import RULES, MoneyRule, find_money

TEXT = "The kit sold for 40 zorkmids; the price list says Zorkmids: 45."


def _zorkmid(surface: str) -> Currency:
    return Currency(code="XTS", explicit=True)  # ISO 4217's code for testing


def test_an_appended_currency_rule_fires(monkeypatch) -> None:
    assert find_money(TEXT) == []
    after = MoneyRule("money.zorkmid_after", "after", r"[ \u00a0]+zorkmids?\b", _zorkmid)
    # longer than any currency symbol: the search before each number reaches it
    before = MoneyRule("money.zorkmid_before", "before", r"Zorkmids:", _zorkmid)
    monkeypatch.setattr(rules, "RULES", (*RULES, before, after))
    found = [(m.text, m.value, m.currency, m.rule) for m in find_money(TEXT)]
    assert found == [
        ("40 zorkmids", 40.0, "XTS", "money.zorkmid_after"),
        ("Zorkmids: 45", 45.0, "XTS", "money.zorkmid_before"),
    ]


def test_rule_ids_are_unique_and_name_money() -> None:
    ids = [rule.id for rule in RULES] + [rules.RANGE, rules.ELLIPSIS]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("money.") for i in ids)
