"""The benchmark's measurements run and report what they claim (small sizes)."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import pytest

import factex

from .conftest import ROOT, SEEDS

BENCH = ROOT / "bench" / "run.py"


def child(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--child", *args], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[-1])


def seed_words(n: int) -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return sum(len(t.split()) for t in itertools.islice(itertools.cycle(texts), n))


@pytest.mark.parametrize("system", ["floor", "factex_tok", "factex"])
def test_measure(system):
    row = child("measure", system, "seeds", "--n", "7", "--repeat", "2")
    assert (row["system"], row["articles"], row["words"]) == (system, 7, seed_words(7))
    assert len(row["runs"]) == 2 and row["seconds"] == min(row["runs"])
    assert row["words_per_s"] == pytest.approx(row["words"] / row["seconds"])
    assert row["peak_rss_mb"] >= row["setup_rss_mb"] * 0.9 > 10


def test_components_cover_the_pipeline():
    result = child("components", "seeds", "--n", "5", "--repeat", "1")
    names = [name for name, _ in factex.load().pipeline]
    assert [*names, "convert (doc_to_facts)", "to_json"] == list(result["seconds"])[1:]
    assert sum(result["share"].values()) == pytest.approx(1.0)


def test_cold_start_and_table():
    cold = child("cold", "factex")
    assert 0 < cold["import_s"] < cold["import_and_first_s"]
    sys.path.insert(0, str(BENCH.parent))
    try:
        import run  # the benchmark script
    finally:
        sys.path.remove(str(BENCH.parent))
    row = child("measure", "floor", "seeds", "--n", "3", "--repeat", "1")
    report = {
        "date": "2026-01-01T00:00:00+00:00",
        "machine": run.machine(),
        "load_average": {"before": (1.0, 1.0, 1.0), "after": (1.0, 1.0, 1.0)},
        "results": [row, {"system": "quantulum3", "dataset": "seeds", "error": "absent"}],
        "scale": {"rows": [], "speedup_2proc_wall": None, "memory": None},
        "components": {"error": "not measured"},
        "cold": {
            "best": {k: {"factex": 1.0, "floor": 0.5} for k in ("import_and_first_s", "cpu_s")}
        },
        "ratios": {"seeds": {}},
        "pairs": [
            {"systems": ["factex", "floor"], "dataset": d, "ratio_cpu": r, "ratio_wall": r}
            for d, r in (("seeds", 0.25), ("corpus", 0.5))
        ],
        "targets": {"memory_flat": run._target(None, "flat", lambda v: True)},
    }
    text = run.table(report)
    assert "floor" in text and "quantulum3    seeds   skipped: absent" in text
    assert "factex/floor alternating in one process (corpus): 0.50x per CPU second" in text
    assert "memory_flat" in text and "n/a" in text


def test_pair_alternates_two_systems():
    pair = child("pair", "factex", "floor", "seeds", "--n", "4", "--repeat", "2")
    assert pair["systems"] == ["factex", "floor"] and pair["words"] == seed_words(4)
    assert pair["ratio_cpu"] == pytest.approx(
        pair["cpu_seconds"]["floor"] / pair["cpu_seconds"]["factex"]
    )
