"""Per-component CPU cost of factex's default pipeline, and its ratio to the bare tokenizer.

    python bench/profile_components.py                 # best of 5 passes
    python bench/profile_components.py --repeat 9 --json out.json
    python bench/profile_components.py --cprofile 30   # plus a cProfile of the full pipeline

Text: the 200 Reuters wires in ``../shared/corpus/reuters_trade`` plus the seed articles.
Time is CPU time (``time.process_time``), best of ``--repeat`` passes, so the load of
other processes on a shared machine inflates it little. In the same run and on the same
text it measures the bare tokenizer (``spacy.blank("en")`` through ``nlp.pipe``), the
full default pipeline (``factex.load()`` through ``nlp.pipe``) and each component alone
(applied in pipeline order to pre-tokenized docs). The pipelines' docs are streamed,
not kept, as a corpus run streams them. Words are whitespace-separated words
of the input. The ratio is full-pipeline words/s over tokenizer words/s (target >= 0.35).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import pstats
import sys
import time
from collections import deque
from pathlib import Path

import spacy

import factex

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters_trade"
SEEDS = ROOT.parent / "shared" / "seeds"


def texts(seeds_only: int = 0) -> list[str]:
    """The Reuters wires, then the seeds (whichever are present).

    With ``seeds_only`` > 0, only the seed articles, repeated that many times.
    """
    if seeds_only:
        paths = sorted(SEEDS.glob("*.txt")) or sorted((ROOT / "seeds").glob("*.txt"))
        if not paths:
            sys.exit(f"no seeds found under {SEEDS}")
        return [p.read_text(encoding="utf-8") for p in paths] * seeds_only
    paths = sorted(CORPUS.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    if not paths:
        sys.exit(f"no text found under {CORPUS} or {SEEDS}")
    return [p.read_text(encoding="utf-8") for p in paths]


def cpu(fn) -> float:
    """CPU seconds of one call of ``fn`` (garbage collected before, not during)."""
    gc.collect()
    start = time.process_time()
    fn()
    return time.process_time() - start


def consume(docs) -> None:
    """Run a stream of docs to its end, keeping none (as a corpus run streams them)."""
    deque(docs, maxlen=0)


def per_component(nlp, corpus: list[str]) -> dict[str, float]:
    """CPU seconds of each pipeline step on this corpus, run in order on fresh docs."""
    out = {"tokenizer": 0.0}
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in corpus]
    out["tokenizer"] = time.process_time() - start
    for name, proc in nlp.pipeline:
        start = time.process_time()
        docs = list(proc.pipe(docs)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        out[name] = time.process_time() - start
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="passes; the best counts")
    parser.add_argument("--json", help="also write the numbers here")
    parser.add_argument("--cprofile", type=int, default=0, help="print N top cProfile rows")
    parser.add_argument(
        "--seeds", type=int, default=0, metavar="N", help="only the seed articles, N times each"
    )
    args = parser.parse_args()

    corpus = texts(args.seeds)
    words = sum(len(t.split()) for t in corpus)
    floor = spacy.blank("en")
    nlp = factex.load()
    list(nlp.pipe(corpus[:10]))  # warm up lazy tables
    list(floor.pipe(corpus[:10]))

    best_floor = best_full = float("inf")
    best_parts: dict[str, float] = {}
    for _ in range(args.repeat):
        best_floor = min(best_floor, cpu(lambda: consume(floor.pipe(corpus))))
        best_full = min(best_full, cpu(lambda: consume(nlp.pipe(corpus))))
        gc.collect()
        for name, secs in per_component(nlp, corpus).items():
            best_parts[name] = min(best_parts.get(name, float("inf")), secs)

    us = 1e6 / words
    print(f"{len(corpus)} articles, {words} words, best of {args.repeat} (CPU time)")
    print(f"{'step':<24}{'us/word':>10}")
    for name, secs in best_parts.items():
        print(f"{name:<24}{secs * us:>10.2f}")
    print(f"{'sum of steps':<24}{sum(best_parts.values()) * us:>10.2f}")
    print(f"{'bare tokenizer (pipe)':<24}{best_floor * us:>10.2f}")
    print(f"{'full pipeline (pipe)':<24}{best_full * us:>10.2f}")
    ratio = best_floor / best_full
    print(f"ratio full/tokenizer words/s: {ratio:.3f}  (target >= 0.35)")
    if args.json:
        result = {
            "articles": len(corpus),
            "words": words,
            "repeat": args.repeat,
            "us_per_word": {k: v * us for k, v in best_parts.items()},
            "tokenizer_us_per_word": best_floor * us,
            "full_us_per_word": best_full * us,
            "ratio": ratio,
        }
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.enable()
        list(nlp.pipe(corpus))
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(args.cprofile)


if __name__ == "__main__":
    main()
