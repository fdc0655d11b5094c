"""Build ``src/factex/data/first_names.txt``: common English given names, which the
organizations room uses to tell "Jane Porter said" (a person) from "Deutsche Telekom
said" (an organization) when no title or cue word says which.

Source: the ``names`` package (PyPI, MIT License, Trey Hunner), whose files
``dist.male.first`` and ``dist.female.first`` are the 1990 US Census given-name
frequencies. Kept: names given to at least ``MIN_PERCENT`` percent of people of either
sex (rare entries such as "Royal", "China" or "Dell" are words or places far more often
than names). Run with the package installed (``pip install -e ".[gazetteer]"``) or pass
the folder holding the two files with ``--source``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

MIN_PERCENT = 0.010
OUT = Path(__file__).resolve().parent.parent / "src" / "factex" / "data" / "first_names.txt"
HEADER = """\
# Common English given names (lower case), one a line: 1990 US Census given-name
# frequencies as shipped in the `names` package 0.3.0 (MIT License, Trey Hunner; see
# LICENSE-names.md), names given to at least {min} percent of people of either sex.
# Built by scripts/build_first_names.py; do not edit by hand.
"""


def read_names(path: Path, min_percent: float = MIN_PERCENT) -> set[str]:
    """The names of one census file ("JAMES  3.318  3.318  1") at or above the share."""
    out = set()
    for line in path.read_text(encoding="ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= min_percent:
            out.add(parts[0].lower())
    return out


def source_folder(given: str | None) -> Path:
    if given:
        return Path(given)
    import names  # the ``gazetteer`` extra

    return Path(names.__file__).parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", help="folder with dist.male.first and dist.female.first")
    parser.add_argument("--out", default=str(OUT))
    args = parser.parse_args(argv)
    folder = source_folder(args.source)
    found = read_names(folder / "dist.male.first") | read_names(folder / "dist.female.first")
    text = HEADER.format(min=MIN_PERCENT) + "".join(f"{n}\n" for n in sorted(found))
    Path(args.out).write_text(text, encoding="utf-8")
    print(f"{len(found)} names -> {args.out}")


if __name__ == "__main__":
    main()
