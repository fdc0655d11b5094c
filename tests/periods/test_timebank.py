"""The TimeBank benchmark script runs and scores on a few real documents."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from tests.conftest import ROOT, require_corpus


def _bench():
    spec = importlib.util.spec_from_file_location(
        "timebank_periods", ROOT / "bench" / "timebank_periods.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_timebank_scores_a_few_documents() -> None:
    corpus: Path = require_corpus("timebank")
    paths = sorted(corpus.glob("wsj_*.tml"))[:8]
    counts = _bench().score(paths)
    report = counts.report()
    assert report["gold"] > 0 and report["pred"] > 0
    assert 0.0 <= report["strict_f1"] <= report["relaxed_f1"] <= 1.0
    assert report["value_f1"] <= report["relaxed_f1"]
    # a floor well under the full-corpus figures (README): catches a broken grammar
    assert report["relaxed_f1"] >= 0.7
    assert report["value_f1"] >= 0.55


def test_main_refuses_an_empty_folder(tmp_path: Path) -> None:
    assert _bench().main([str(tmp_path)]) == 1
