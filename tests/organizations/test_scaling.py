"""The organizations room costs the same per word however long the article is."""

from __future__ import annotations

import time

import pytest

from ..conftest import SEEDS

ROOM = "factex_organizations"


def room_seconds(nlp, text: str) -> float:
    """CPU seconds of the organizations room alone (best of two runs)."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == ROOM:
            best = float("inf")
            for _ in range(2):
                start = time.process_time()
                pipe(doc)
                best = min(best, time.process_time() - start)
            return best
        doc = pipe(doc)
    raise AssertionError("no organizations room")


def growth(nlp, unit: str, small: int, factor: int) -> float:
    """Cost per character of a text ``factor`` times longer, over the small one's."""
    base = unit * (small // len(unit) + 1)
    short, long = base[:small], (base * factor)[: small * factor]
    nlp.max_length = max(nlp.max_length, len(long) + 1)
    room_seconds(nlp, short)  # warm the tables
    return (room_seconds(nlp, long) / factor) / max(room_seconds(nlp, short), 1e-4)


@pytest.mark.parametrize(
    "unit",
    [
        "Ministry of ",  # "X of Y" chains: every head walks the whole chain
        "Minsk Tractor Plant (MTZ) said MTZ and Deputy Prime Minister Ivan Kolar met. ",
    ],
    ids=["of-chain", "recurring-names"],
)
def test_cost_per_word_does_not_grow(nlp, unit: str):
    # 8x the text: a quadratic room would cost ~8x per word; allow a loaded machine 3x.
    assert growth(nlp, unit, 6_000, 8) < 3.0


def test_seed_article_repeated(nlp):
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    assert growth(nlp, text + "\n\n", 20_000, 8) < 3.0
