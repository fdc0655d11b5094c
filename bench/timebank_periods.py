"""Score factex's periods against TimeBank's TIMEX3 of type DATE.

Usage: ``python bench/timebank_periods.py [CORPUS_DIR] [-v]`` (default
``../shared/corpus/timebank``). Each ``.tml`` article is read with
``factex.corpora.read_timeml``; its document creation time is given as ``published``.

Measures, micro-averaged over the articles (TempEval-3's definitions):

- strict span F1: a prediction matches a gold DATE with exactly the same offsets;
- relaxed span F1: a prediction matches a gold DATE it overlaps (one to one);
- value F1: a relaxed match whose ``timex`` equals the gold ``value`` counts;
  precision over all predictions, recall over all gold DATEs. An open interval
  (``2007/..``, ``../2025``) is compared by its anchor, as TimeML values "since 2007"
  as ``2007``.

Gold TIMEX3 of the other types (DURATION, TIME, SET) are outside factex's contract;
a prediction overlapping one of them is neither a hit nor a false positive. A second
row also sets aside the DATEs with vague values (``PAST_REF``, ``PRESENT_REF``,
``FUTURE_REF``: "now", "recently"), which the contract excludes too.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factex.corpora import read_timeml
from factex.periods.find import find_periods

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "timebank"


@dataclass
class Counts:
    """Accumulated counts over the documents scored."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self, hits: int) -> float:
        """F1 of ``hits`` against the gold and prediction totals."""
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    def report(self) -> dict[str, float]:
        """Precision/recall-based F1 of each measure, rounded to 3 places."""
        return {
            "strict_f1": round(self.f1(self.strict), 3),
            "relaxed_f1": round(self.f1(self.relaxed), 3),
            "value_f1": round(self.f1(self.value), 3),
            "gold": self.gold,
            "pred": self.pred,
        }


def _anchor(timex: str | None) -> str | None:
    """TimeML gives "since 2007" the value of "2007": compare open intervals by their anchor."""
    return timex.removesuffix("/..").removeprefix("../") if timex else timex


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _in_contract(value: str) -> bool:
    """False for TimeML's vague values ("now" PRESENT_REF, "recently" PAST_REF...)."""
    return not value.endswith("_REF")


def score_document(path: Path, counts: Counts, *, contract_only: bool = False) -> None:
    """Add one article's matches to ``counts``.

    With ``contract_only``, gold DATEs whose value is vague (``PAST_REF``,
    ``PRESENT_REF``, ``FUTURE_REF``: "recently", "now", "the future"), which factex's
    contract excludes from periods, are set aside like the other TIMEX3 types.
    """
    doc = read_timeml(path)
    keep = [t.type == "DATE" and (not contract_only or _in_contract(t.value)) for t in doc.timexes]
    gold = [t for t, k in zip(doc.timexes, keep, strict=True) if k]
    others = [t.span for t, k in zip(doc.timexes, keep, strict=True) if not k]
    preds = find_periods(doc.text, published=doc.dct)
    used: set[int] = set()
    counts.gold += len(gold)
    for p in preds:
        match = next(
            (i for i, g in enumerate(gold) if i not in used and _overlaps(g.span, p.span)),
            None,
        )
        if match is None:
            if any(_overlaps(o, p.span) for o in others):
                continue  # another TIMEX3 type: not scored here
            counts.pred += 1
            counts.errors.append(f"{doc.id}\tFP\t{p.text!r}\t{p.timex}")
            continue
        used.add(match)
        counts.pred += 1
        g = gold[match]
        counts.relaxed += 1
        counts.strict += g.span == tuple(p.span)
        if _anchor(p.timex) == g.value:
            counts.value += 1
        else:
            counts.errors.append(
                f"{doc.id}\tVALUE\t{p.text!r}\t{p.timex}\tgold {g.text!r} {g.value}"
            )
    for i, g in enumerate(gold):
        if i not in used:
            counts.errors.append(f"{doc.id}\tFN\t{g.text!r}\t{g.value}")


def score(paths: Iterable[Path], *, contract_only: bool = False) -> Counts:
    """Counts over the given ``.tml`` files."""
    counts = Counts()
    for path in paths:
        score_document(path, counts, contract_only=contract_only)
    return counts


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and, with ``-v``, every error) for a TimeBank folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.tml"))
    if not paths:
        print(f"no .tml files in {args.corpus}", file=sys.stderr)
        return 1
    counts = score(paths)
    if args.verbose:
        print("\n".join(counts.errors))
    print(f"documents {len(paths)}")
    print("gold                        gold   pred  strict F1  relaxed F1  value F1")
    for label, contract_only in (("all DATE", False), ("DATE without *_REF", True)):
        r = score(paths, contract_only=contract_only).report()
        print(
            f"{label:<26} {r['gold']:>5} {r['pred']:>6} {r['strict_f1']:>10.3f}"
            f" {r['relaxed_f1']:>11.3f} {r['value_f1']:>9.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
