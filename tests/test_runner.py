"""The runner: per-article time limits, no import cycle, exact Docs on hostile text."""

from __future__ import annotations

import ast
import json
import sys
import threading
import time
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import factex
from factex.api import extract_many
from factex.tokenizer_guard import LONG_RUN, make_doc

SRC = Path(factex.__file__).parent
# Seconds past the limit a timed-out run may take: the limit plus a little, on a shared
# machine (a lone article retried, as before, took twice the limit; a batch of 64, 64x).
SLACK = 4.0


@Language.component("runner_test_slow")
def _slow(doc):
    if "SLOW" in doc.text:
        time.sleep(30)
    return doc


@Language.component("runner_test_busy")
def _busy(doc):
    """Pure-Python work that never ends (an async exception can stop it; a sleep would
    delay it until the sleep returns)."""
    if "BUSY" in doc.text:
        while True:
            pass
    return doc


@pytest.fixture(scope="module")
def slow_nlp() -> Language:
    nlp = factex.load()
    nlp.add_pipe("runner_test_slow")
    nlp.add_pipe("runner_test_busy")
    return nlp


def test_one_slow_article_among_63_gets_its_error_within_the_limit(slow_nlp):
    texts = [f"Trade rose ${i} million in 2023." for i in range(64)]
    texts[20] = "SLOW " + texts[20]
    start = time.perf_counter()
    results = list(extract_many(texts, nlp=slow_nlp, timeout=1.0, batch_size=64))
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0 + SLACK, elapsed  # the limit plus a little, not 64 x the limit
    assert [i for i, r in enumerate(results) if r.error] == [20]
    assert "ArticleTimeout: gave up after 1 s" in results[20].error
    assert all(r.money for i, r in enumerate(results) if i != 20)


def test_a_lone_bad_article_is_not_retried(slow_nlp):
    start = time.perf_counter()
    (result,) = extract_many(["BUSY"], nlp=slow_nlp, timeout=1.0)
    assert time.perf_counter() - start < 1.0 + SLACK  # once, not twice
    assert "gave up after 1 s" in result.error


def test_the_limit_holds_outside_the_main_thread(slow_nlp):
    """Dask runs tasks in worker threads, where SIGALRM cannot be used."""
    out: list = []
    texts = ["fast one", "BUSY one", "fast $5 million"]

    def run() -> None:
        out.extend(extract_many(texts, nlp=slow_nlp, timeout=1.0))

    start = time.perf_counter()
    thread = threading.Thread(target=run)
    thread.start()
    thread.join(20)
    assert not thread.is_alive()
    assert time.perf_counter() - start < 1.0 + SLACK
    assert [r.error is None for r in out] == [True, False, True]
    assert "gave up after 1 s" in out[1].error
    assert out[2].money


def test_no_timeout_gives_the_same_results(slow_nlp):
    texts = ["Exports rose 5% to $3 billion in 2023.", "Nothing here."]
    assert list(extract_many(texts, timeout=None)) == list(extract_many(texts, timeout=30))


def _imports(module: Path) -> set[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


@pytest.mark.parametrize(
    "module", ["runner.py", "parallel.py", "records.py", "io.py", "distributed.py"]
)
def test_engines_do_not_import_the_api(module):
    """``api`` calls the runner; nothing under it calls back (no import cycle)."""
    assert "factex.api" not in _imports(SRC / module)


HOSTILE_RUNS = ["$" * 500, "(" * 300 + "x", "a" + ")" * 200, "€" * 100 + " 5", "''" * 80]


@pytest.mark.parametrize("run", HOSTILE_RUNS, ids=lambda r: repr(r[:3]))
def test_guarded_tokens_are_spacys_on_affix_runs(run):
    nlp = spacy.blank("en")
    text = f"Prices rose. {run} Then {run}fell."
    stock = nlp.tokenizer(text)
    ours = make_doc(nlp, text)
    assert ours.text == text
    assert [(t.idx, t.text, t.whitespace_) for t in ours] == [
        (t.idx, t.text, t.whitespace_) for t in stock
    ]


def test_runs_spacy_keeps_whole_are_not_cut():
    nlp = spacy.blank("en")
    for text in ("-" * 500, "." * 300, "=" * (LONG_RUN + 1), "x" * 1000):
        assert [t.text for t in make_doc(nlp, text)] == [t.text for t in nlp.tokenizer(text)]


def test_guarded_tokens_are_spacys_on_the_seeds(seed_texts):
    nlp = factex.load()
    for text in seed_texts.values():
        ours, stock = make_doc(nlp, text), nlp.tokenizer(text)
        assert [(t.idx, t.text) for t in ours] == [(t.idx, t.text) for t in stock]


def test_affix_runs_take_linear_time():
    """8,000 "$" took spaCy 19 s; the guard makes it linear (a generous CPU bound)."""
    nlp = spacy.blank("en")
    for unit in ("$", "("):
        start = time.process_time()
        doc = make_doc(nlp, unit * 8000)
        assert time.process_time() - start < 2.0
        assert len(doc) == 8000


def _bench_families():
    import importlib.util

    path = Path(__file__).parents[1] / "bench" / "hostile.py"
    spec = importlib.util.spec_from_file_location("bench_hostile", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return {f.name: f for f in module.FAMILIES}


@pytest.mark.parametrize("name", ["dollar", "paren", "euro_run"])
def test_hostile_bench_tokenizer_families_are_fast(nlp, name):
    """bench/hostile.py's tokenizer families at 8k and 25k characters (25,000 "(" took
    spaCy four minutes): a generous CPU bound on the whole extraction."""
    family = _bench_families()[name]
    for size in (8_000, 25_000):
        start = time.process_time()
        facts = factex.extract(family.text(size), nlp=nlp)
        assert facts.error is None
        assert time.process_time() - start < 10.0, (name, size)


def test_extract_frame_timeout_in_a_worker_thread(slow_nlp, monkeypatch):
    """Dask runs ``extract_frame`` in a worker thread: the limit holds there too."""
    pd = pytest.importorskip("pandas")
    import factex.distributed as distributed

    monkeypatch.setattr(distributed, "default_pipeline", lambda model=None: slow_nlp)
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": ["$5 million.", "BUSY", "Fine."]})
    out: list = []
    thread = threading.Thread(
        target=lambda: out.append(distributed.extract_frame(frame, timeout=1.0))
    )
    start = time.perf_counter()
    thread.start()
    thread.join(20)
    assert not thread.is_alive() and time.perf_counter() - start < 1.0 + SLACK
    errors = [json.loads(line)["error"] for line in out[0]["json"]]
    assert errors[0] is None and errors[2] is None
    assert "gave up after 1 s" in errors[1]
