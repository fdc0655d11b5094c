"""CPU time of factex on hostile input, by size: is every component linear in the text?

    .venv/bin/python bench/hostile.py            the issue's sizes (minutes)
    .venv/bin/python bench/hostile.py --quick    small sizes (seconds)
    .venv/bin/python bench/hostile.py --only dollar,paren --limit 60

Each family is a text built to the size asked for, from a unit repeated (the families
of issue 18: one long sentence of fact clauses, "Ministry of " repeated, "Forum " plus
capitalized words, a site menu, one affix character repeated without spaces, and
linear controls). Each (family, size) runs in a fresh process: the pipeline is loaded
and warmed on one short article, then the CPU seconds (``time.process_time``) of one
``factex.extract`` call are reported; so the numbers are cold for the text's own
words (tokenizer cache, tables) and exclude loading. A run past ``--limit`` seconds is
stopped and shown as ``>limit``. The last column is the worst step's time ratio scaled
to a 4x size step: 4x is linear, and the issue's goal is at most 5x on every family.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

FACT_CLAUSE = (
    "exports from Canada to Japan rose 12 percent to C$4.1 billion in the first quarter of"
    " 2023 and imports from Japan fell 5 percent to $3 million in January-July 2019, "
)
MENU = "Home News World Business Markets Conference Summit Forum Expo Events "
NEWS = (
    "The Ministry of Trade said on Tuesday that exports rose 4.5% to $12.3 billion in"
    " the first quarter, while imports fell to $9.1 billion. The figures were released"
    " in Minsk after a meeting of the joint commission. "
)


@dataclass(frozen=True)
class Family:
    name: str
    unit: str
    sizes: tuple[int, ...]  # characters
    quick: tuple[int, ...]
    owner: str  # the component the issue found slow on it

    def text(self, size: int) -> str:
        return (self.unit * (size // len(self.unit) + 1))[:size]


FAMILIES = (
    Family(
        "fact_clauses", FACT_CLAUSE, (12_500, 25_000, 50_000, 100_000), (3_000, 12_000), "facts"
    ),
    Family("ministry_of", "Ministry of ", (4_000, 8_000, 16_000, 32_000), (2_000, 8_000), "orgs"),
    Family(
        "forum_capitals",
        "Forum Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega ",
        (8_000, 16_000, 32_000),
        (2_000, 8_000),
        "events",
    ),
    Family("site_menu", MENU, (8_000, 16_000, 32_000), (2_000, 8_000), "events"),
    Family("dollar", "$", (2_000, 4_000, 8_000, 25_000), (2_000, 8_000), "tokenizer"),
    Family("paren", "(", (2_000, 4_000, 8_000, 25_000), (2_000, 8_000), "tokenizer"),
    Family("euro_run", "€", (2_000, 8_000, 25_000), (2_000, 8_000), "tokenizer"),
    Family("control_news", NEWS, (12_500, 50_000, 200_000), (3_000, 12_000), "(linear)"),
    Family("control_numbers", "1, ", (12_500, 50_000, 200_000), (3_000, 12_000), "(linear)"),
)

CHILD = """
import json, sys, time
import factex
family, size = sys.argv[1], int(sys.argv[2])
sys.path.insert(0, {bench!r})
from hostile import FAMILIES
text = next(f for f in FAMILIES if f.name == family).text(size)
nlp = factex.load()
factex.extract("Exports rose 5% to $3 million in 2023.", nlp=nlp)
start = time.process_time()
facts = factex.extract(text, nlp=nlp)
print(json.dumps({{"cpu": time.process_time() - start, "error": facts.error}}))
"""


def measure(family: Family, size: int, limit: float) -> float | None:
    """CPU seconds of one extract call in a fresh process; None when past ``limit``."""
    code = CHILD.format(bench=str(Path(__file__).parent))
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, family.name, str(size)],
            capture_output=True,
            text=True,
            timeout=limit + 30,  # + loading the pipeline
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    row = json.loads(done.stdout.splitlines()[-1])
    return row["cpu"] if row["cpu"] <= limit else None


def growth(sizes: tuple[int, ...], seconds: list[float | None]) -> str:
    """The worst step's time ratio, scaled to a 4x size step (linear: 4.0x)."""
    worst = None
    for (s1, t1), (s2, t2) in pairwise(zip(sizes, seconds, strict=True)):
        if t1 is None or t2 is None or t1 < 0.01:  # too short to compare
            continue
        ratio = (t2 / t1) ** (2 / math.log2(s2 / s1))
        worst = ratio if worst is None else max(worst, ratio)
    if worst is None:
        return "-" if None not in seconds else "past limit"
    return f"{worst:.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes only")
    parser.add_argument("--only", help="comma-separated family names")
    parser.add_argument("--limit", type=float, default=120.0, help="CPU seconds per run")
    args = parser.parse_args(argv)
    chosen = [f for f in FAMILIES if not args.only or f.name in args.only.split(",")]
    print("| family | where | sizes (chars) | CPU s | per 4x |")
    print("|---|---|---|---|---|")
    for family in chosen:
        sizes = family.quick if args.quick else family.sizes
        seconds: list[float | None] = []
        for size in sizes:
            if seconds and seconds[-1] is None:
                seconds.append(None)  # past the limit at a smaller size already
                continue
            seconds.append(measure(family, size, args.limit))
        shown = " / ".join(f">{args.limit:g}" if t is None else f"{t:.2f}" for t in seconds)
        sizes_shown = " / ".join(f"{s / 1000:g}k" for s in sizes)
        print(
            f"| {family.name} | {family.owner} | {sizes_shown} | {shown} |"
            f" {growth(sizes, seconds)} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
