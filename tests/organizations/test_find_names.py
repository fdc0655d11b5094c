"""``rules.find_names`` finds the same whether it searches per name or passes once
over the words (it picks by the number of names)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factex.organizations import rules


def _both_ways(text: str, forms: list[str]) -> tuple[list, list]:
    few = rules.find_names(text, forms)
    saved = rules._FEW_NAMES
    rules._FEW_NAMES = -1  # every call takes the pass over the words
    try:
        many = rules.find_names(text, forms)
    finally:
        rules._FEW_NAMES = saved
    return few, many


@given(
    text=st.text(alphabet="aAb .-&_'\n1", max_size=80),
    forms=st.lists(st.text(alphabet="aAb .-&_'1", min_size=1, max_size=6), max_size=6),
)
def test_searches_and_pass_agree(text: str, forms: list[str]) -> None:
    few, many = _both_ways(text, forms)
    assert few == many


def test_agree_on_a_news_text() -> None:
    text = "Minsk Tractor Plant (MTZ) said MTZ-made tractors and mtz's AT&T deal. Minsk-Baku."
    forms = ["Minsk Tractor Plant", "MTZ", "mtz", "AT&T", "&T", "Minsk", "Baku", "tractors"]
    few, many = _both_ways(text, forms)
    assert few == many
    assert (0, 19) in few and few.count((21, 24)) == 2
