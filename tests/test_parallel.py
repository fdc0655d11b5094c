"""Parallel extraction on one machine: ``extract_many(n_process=N)`` and ``--workers N``."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

import factex
from factex.api import Record
from factex.cli import EXIT_USAGE, main

from .conftest import SEEDS


def _records(seed_texts: dict[str, str], n: int) -> list:
    """A mixed stream: dicts, plain strings, Records, and a record that could not be read."""
    texts = itertools.cycle(seed_texts.values())
    out: list = []
    for i in range(n):
        text = next(texts)
        if i % 7 == 3:
            out.append(text)  # a bare string has no id
        elif i % 11 == 5:
            out.append(Record(text="", id=f"bad{i}", error="unreadable input"))
        elif i % 2:
            out.append(Record(text=text, id=f"r{i}", published=dt.date(2020, 1, 1 + i % 28)))
        else:
            out.append({"id": f"d{i}", "text": text, "published": "2021-06-30"})
    return out


def _json(results) -> list[str]:
    return [facts.to_json() for facts in results]


@pytest.mark.parametrize("batch_size", [1, 3, 64])
def test_two_processes_give_the_same_output_in_order(seed_texts, nlp, batch_size):
    records = _records(seed_texts, 40)
    one = _json(factex.extract_many(records, nlp=nlp, batch_size=batch_size))
    two = _json(factex.extract_many(records, nlp=nlp, batch_size=batch_size, n_process=2))
    assert len(one) == 40
    assert two == one  # byte-identical, same order
    assert [f.id for f in factex.extract_many(records[:6], n_process=2, batch_size=2)] == [
        None if isinstance(r, str) else (r.id if isinstance(r, Record) else r["id"])
        for r in records[:6]
    ]


def test_default_pipeline_in_workers(seed_texts):
    """Without ``nlp=`` the workers use the default pipeline, as one process does."""
    records = _records(seed_texts, 10)
    assert _json(factex.extract_many(records, n_process=2)) == _json(factex.extract_many(records))


def test_failed_records_keep_their_place(seed_texts):
    records = _records(seed_texts, 12)
    results = list(factex.extract_many(records, n_process=2, batch_size=2))
    errors = [i for i, facts in enumerate(results) if facts.error is not None]
    assert errors == [5]
    assert results[5].id == "bad5"


def test_input_is_read_lazily(seed_texts):
    """Only a few batches are in flight: a corpus never sits in memory."""
    text = next(iter(seed_texts.values()))
    pulled = 0

    def stream():
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield {"id": str(i), "text": text}

    results = factex.extract_many(stream(), n_process=2, batch_size=4)
    first = next(results)
    assert first.id == "0"
    assert pulled <= 4 * (2 * 2 + 1)
    results.close()


def test_cli_workers_output_is_identical(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(SEEDS), str(SEEDS), "-o", str(one)]) == 0
    assert main(["extract", str(SEEDS), str(SEEDS), "--workers", "2", "-o", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text().splitlines()) == 10


@pytest.mark.parametrize("bad", ["0", "-1", "two"])
def test_cli_workers_must_be_positive(bad, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract", str(SEEDS), "--workers", bad])
    assert exc.value.code == EXIT_USAGE
    assert "positive whole number" in capsys.readouterr().err


def test_an_input_that_does_not_pickle_is_done_in_process(seed_texts):
    text = next(iter(seed_texts.values()))
    records = [{"id": "a", "text": text}, {"id": "b", "text": text, "extra": lambda: None}]
    one = _json(factex.extract_many(records))
    assert _json(factex.extract_many(records, n_process=2, batch_size=1)) == one


def test_a_killed_worker_loses_nothing(seed_texts, monkeypatch, tmp_path):
    """A worker the system kills (OOM killer, a crash) breaks the pool; its batch and the
    rest are done in this process, in order, and nothing hangs."""
    import os

    import factex.parallel as parallel

    real = parallel._work

    def dying(batch, options):
        if any(isinstance(r, dict) and r.get("id") == "d4" for r in batch):
            (tmp_path / "killed").touch()
            os._exit(1)
        return real(batch, options)

    dying.__qualname__ = "_work"  # pickled by name; forked workers inherit the patch
    dying.__module__ = parallel.__name__
    monkeypatch.setattr(parallel, "_work", dying)
    records = _records(seed_texts, 12)
    got = _json(factex.extract_many(records, n_process=2, batch_size=2))
    assert (tmp_path / "killed").exists()
    assert got == _json(factex.extract_many(records))
