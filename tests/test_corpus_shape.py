"""Every room's example table has the one shape (``tests.corpus.Example``), its
negatives and its known gaps; and none of it is in the package (``tests/test_wheel.py``
checks the built wheel)."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest

from tests.corpus import Example

from .conftest import ROOT

ROOMS = ("money", "periods", "organizations", "events", "facts")


@pytest.mark.parametrize("room", ROOMS)
def test_each_room_has_one_shape_negatives_and_gaps(room: str) -> None:
    corpus = importlib.import_module(f"tests.{room}.corpus")
    assert corpus.CORPUS and corpus.GAPS
    for example in (*corpus.CORPUS, *corpus.GAPS):
        assert isinstance(example, Example), example
        assert isinstance(example.text, str) and example.text
        assert example.published is None or isinstance(example.published, dt.date)
        assert isinstance(example.expected, tuple)
    assert any(e.negative for e in corpus.CORPUS), f"{room}: no negative example"
    assert all(e.expected and e.note for e in corpus.GAPS), f"{room}: a gap says what and why"
    texts = [(e.text, e.published) for e in corpus.CORPUS]
    assert len(texts) == len(set(texts)), f"{room}: an example is there twice"
    assert not {e.text for e in corpus.GAPS} & {e.text for e in corpus.CORPUS}


def test_src_holds_no_corpus() -> None:
    assert not list((ROOT / "src").rglob("corpus.py"))
