"""Cost per word of the organizations room as an article grows (100 KB, 1 MB, 5 MB).

The article is the Reuters trade wires of ``../shared/corpus`` (or the seeds) joined
and repeated to the size; the components before ``factex_organizations`` run first,
untimed, then the room alone is timed. A linear room keeps the same cost per word.

    PYTHONPATH=src python bench/orgs_scaling.py [--sizes 100000,1000000,5000000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "reuters_trade"


def source_text() -> str:
    """The wires joined (the seeds where the corpus is absent)."""
    files = sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []
    if not files:
        files = sorted((ROOT / "seeds").glob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in files)


def article(size: int, base: str) -> str:
    """``base`` repeated and cut at a paragraph break near ``size`` characters."""
    text = (base + "\n\n") * (size // (len(base) + 2) + 1)
    cut = text.rfind("\n\n", 0, size)
    return text[: cut if cut > 0 else size]


def room_seconds(nlp, text: str, room: str = "factex_organizations") -> tuple[float, int]:
    """CPU seconds of ``room`` alone on ``text``, and the article's word count."""
    doc = nlp.make_doc(text)
    for name, pipe in nlp.pipeline:
        if name == room:
            start = time.process_time()
            pipe(doc)
            return time.process_time() - start, sum(1 for t in doc if not t.is_space)
        doc = pipe(doc)
    raise SystemExit(f"no {room} in the pipeline")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000,5000000")
    args = parser.parse_args()
    import factex

    nlp = factex.load(exclude=("factex_events", "factex_facts"))
    sizes = [int(s) for s in args.sizes.split(",")]
    nlp.max_length = max(sizes) + 1_000  # the bench feeds articles past spaCy's default cap
    base = source_text()
    room_seconds(nlp, article(20_000, base))  # warm the tables and caches
    for size in sizes:
        seconds, words = room_seconds(nlp, article(size, base))
        print(
            f"{size / 1e6:5.1f} MB  {words:9,d} words  {seconds:7.2f} s  "
            f"{seconds / words * 1e6:6.2f} us/word"
        )


if __name__ == "__main__":
    main()
