"""Instructions per word of factex and of the bare tokenizer, counted by callgrind.

    python bench/instructions.py                      # seeds x4: tokenizer, factex, ratio
    python bench/instructions.py --upto factex_periods --k 2
    python bench/instructions.py --only factex        # skip the tokenizer run

Wall and CPU time on a shared machine swing by half from one minute to the next (other
tenants share the cores); an instruction count does not: the same build, input and
environment give nearly the same count whatever else the machine does. So this is the
tool for judging an optimization; ``bench/run.py`` then reports the speed users see.

Each measurement is one run under ``valgrind --tool=callgrind --instr-atstart=no``: the
child loads both pipelines and warms them on the seeds uninstrumented (valgrind then runs
it several times faster than instrumented), waits until ``callgrind_control -i on`` has
switched counting on, processes the seeds repeated ``--k`` times and exits at once
(``os._exit``: no interpreter teardown is counted). So the count is that work alone,
with no start-up to subtract: a run takes a few minutes instead of two runs of a quarter
of an hour each (the figures per word are within about 1% of the two-run difference's,
and of each other at ``--k 2`` and ``--k 8``). ``--upto NAME`` stops factex's pipeline
after component NAME (to cost one component, subtract the count up to the one before
it). Instructions are not seconds: a cache miss costs more than an add, and the cycle
collector's passes over the heap, a few percent of factex's CPU time, are a fraction of
a percent of its instructions. The ratio by count tracked the time ratio once (0.257 by
count, 0.245 by CPU time on the seeds, 2026-11-23) but no longer does (0.344 by count,
about 0.24 by CPU time, 2026-12-08): judge a change by its count, the target by
``bench/run.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The child: load both pipelines, warm them, wait for counting to be on, then run one of
# them (``mode``) and exit without teardown.
CHILD = r"""
import os
import sys
import time
from collections import deque
from pathlib import Path
import spacy
import factex
mode, k, upto, seeds, flag = sys.argv[1:6]
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds).glob("*.txt"))]
nlp = factex.load()
if upto:
    names = nlp.pipe_names
    for name in names[names.index(upto) + 1 :]:
        nlp.remove_pipe(name)
blank = spacy.blank("en")
deque(nlp.pipe(texts), maxlen=0)
deque(blank.pipe(texts), maxlen=0)
Path(flag + ".ready").touch()
while not os.path.exists(flag + ".go"):
    time.sleep(0.01)
run = nlp if mode == "factex" else blank
deque(run.pipe(texts * int(k)), maxlen=0)
os._exit(0)
"""


def count(mode: str, k: int, upto: str, seeds: Path) -> int:
    """Instructions callgrind counts while the child processes the seeds ``k`` times."""
    with tempfile.TemporaryDirectory() as tmp:
        out, flag = Path(tmp) / "cg.out", Path(tmp) / "flag"
        cmd = [
            "valgrind",
            "--tool=callgrind",
            "--instr-atstart=no",
            f"--callgrind-out-file={out}",
            sys.executable,
            "-c",
            CHILD,
            mode,
            str(k),
            upto,
            str(seeds),
            str(flag),
        ]
        env = dict(os.environ, PYTHONHASHSEED="0")
        with subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
        ) as proc:
            while not flag.with_suffix(".ready").exists() and proc.poll() is None:
                time.sleep(0.1)
            if proc.poll() is None:
                switched = subprocess.run(
                    ["callgrind_control", "-i", "on", str(proc.pid)], capture_output=True, text=True
                )
                if switched.returncode:
                    proc.kill()  # (it would wait for the go-ahead forever)
                    sys.exit(f"callgrind_control failed:\n{switched.stdout}{switched.stderr}")
                flag.with_suffix(".go").touch()
            _, stderr = proc.communicate()
        found = re.search(r"Collected : (\d+)", stderr)
        if proc.returncode or not found:
            sys.exit(f"callgrind run failed ({mode}):\n{stderr[-2000:]}")
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
    result = {}
    for mode in ("tok", "factex"):
        if args.only and mode != args.only:
            continue
        result[mode] = count(mode, args.k, args.upto, seeds) / words
        print(f"{mode:7s} {result[mode]:10,.0f} instructions/word", flush=True)
    if len(result) == 2:
        print(f"ratio tokenizer/factex: {result['tok'] / result['factex']:.3f} (target >= 0.35)")


if __name__ == "__main__":
    main()
