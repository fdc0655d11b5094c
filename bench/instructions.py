"""Instructions per word of factex and of the bare tokenizer, counted by callgrind.

    python bench/instructions.py                      # seeds x4: tokenizer, factex, ratio
    python bench/instructions.py --upto factex_periods --k 2
    python bench/instructions.py --only factex        # skip the tokenizer run

Wall and CPU time on a shared machine swing by half from one minute to the next (other
tenants share the cores); an instruction count does not: the same build, input and
environment give nearly the same count whatever else the machine does (run to run it
drifts by about 2,000 instructions/word at --k 4, from the interpreter's start-up;
a larger --k divides that). So this is the tool for
judging an optimization; ``bench/run.py`` then reports the speed users see.

Each measurement is two runs under ``valgrind --tool=callgrind`` (about a minute each):
one that loads the pipelines and warms them on the seeds, and one that does the same and
then processes the seeds repeated ``--k`` times; the difference is the cost of that work.
``--upto NAME`` stops factex's pipeline after component NAME (to cost one component,
subtract the count up to the one before it). Instructions are not seconds (a cache miss
costs more than an add) but the ratio tracks the time ratio (0.257 by count, 0.245 by
CPU time on the seeds, 2026-11-23).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: load both pipelines, warm them, then (unless mode is "none") run one of them.
CHILD = r"""
import sys
from collections import deque
from pathlib import Path
import spacy
import factex
mode, k, upto, seeds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds).glob("*.txt"))]
nlp = factex.load()
if upto:
    names = nlp.pipe_names
    for name in names[names.index(upto) + 1 :]:
        nlp.remove_pipe(name)
blank = spacy.blank("en")
deque(nlp.pipe(texts), maxlen=0)
deque(blank.pipe(texts), maxlen=0)
if mode == "factex":
    deque(nlp.pipe(texts * k), maxlen=0)
elif mode == "tok":
    deque(blank.pipe(texts * k), maxlen=0)
"""


def count(mode: str, k: int, upto: str, seeds: Path) -> int:
    """Instructions callgrind counts for one child run."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            CHILD,
            mode,
            str(k),
            upto,
            str(seeds),
        ]
        env = dict(os.environ, PYTHONHASHSEED="0")
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT)
        found = re.search(r"Collected : (\d+)", proc.stderr)
        if proc.returncode or not found:
            sys.exit(f"callgrind run failed ({mode}):\n{proc.stderr[-2000:]}")
        return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--k", type=int, default=4, help="seed set repeated K times")
    parser.add_argument("--upto", default="", help="stop factex's pipeline after this component")
    parser.add_argument("--only", choices=["factex", "tok"], help="measure only this")
    args = parser.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    seeds = ROOT / "seeds"
    words = args.k * sum(len(p.read_text(encoding="utf-8").split()) for p in seeds.glob("*.txt"))
    base = count("none", args.k, args.upto, seeds)
    result = {}
    for mode in ("tok", "factex"):
        if args.only and mode != args.only:
            continue
        result[mode] = (count(mode, args.k, args.upto, seeds) - base) / words
        print(f"{mode:7s} {result[mode]:10,.0f} instructions/word", flush=True)
    if len(result) == 2:
        print(f"ratio tokenizer/factex: {result['tok'] / result['factex']:.3f} (target >= 0.35)")


if __name__ == "__main__":
    main()
