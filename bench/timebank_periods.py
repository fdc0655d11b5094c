"""Score factex's periods against TimeBank's TIMEX3 of type DATE, two ways.

Usage: ``python bench/timebank_periods.py [CORPUS_DIR] [-v|--errors] [--json]``
(default ``../shared/corpus/timebank``: 116 TimeBank articles of TempEval-3). Each
``.tml`` article is read with ``factex.corpora.read_timeml`` and run through the public
API, ``factex.extract(text, published=DCT).periods``, with the document creation time
as published.

Measures, micro-averaged over the articles (TempEval-3's definitions): strict span
(same offsets), relaxed span (overlap, one to one) and value (a relaxed match whose
value is right); each as precision, recall and F1.

**plain**: TempEval-3's scoring over every TIMEX3 of type DATE. A value counts only when
factex's ``timex`` equals the gold ``value`` string. TempEval-3's span scores do not look
at the type and factex gives none, so a prediction over a DURATION, TIME or SET is
neither a hit nor a false positive (nor is that gold a miss).

**contract-fair**: the same, under factex's output contract
(``../shared/spec/contract.md``), which defines what a period is and what it is worth:

- vague values ``PAST_REF``, ``PRESENT_REF``, ``FUTURE_REF`` ("recently", "now", "the
  future") are neutral: the contract says vague words are not periods;
- weeks (``1989-W40``, ``XXXX-WXX``, weekends) and seasons (``1989-SU``) are neutral:
  a period "names a day, month, quarter, half, year or a range of them", and these
  name none of them;
- an open interval is compared by its anchor: the contract gives "since 2007" as
  ``2007-01-01``..null, so factex's ``2007/..`` (and "by Dec. 10" as ``../1989-12-10``)
  is right when TimeML's value is ``2007`` (``1989-12-10``);
- a range is one period ("January-July this year" is one interval): where TimeML marks
  the two ends of "from Aug. 26 to Oct. 20" as two DATEs and factex gives one range whose
  start and end are those two values, that is one hit, and the second end is not a
  miss;
- DURATION, TIME and SET stay neutral as in plain ("two-day visit" is not a period).

Known TimeBank gold slips (counted as factex errors in both scorings, left as they are):
AP900815-0044 dates its weekdays a week early (King Hussein met Bush in Kennebunkport on
Thursday 1990-08-16, gold 1990-08-09), wsj_0124 gives "Sept. 27, 1989" as 1989-11-27,
wsj_0136 "fourth quarter" as 1998-Q4, APW19980322.0749 "Sunday" as 1998-02-22.

The comparison with published systems: HeidelTime's TempEval-3 figures (strict span
F1 0.813, relaxed 0.903, value F1 0.776; SUTime relaxed 0.903, value 0.674) were
measured on the TempEval-3 *platinum test* set (20 articles), over *all* TIMEX3 types
(DATE, TIME, DURATION, SET), by the task's own scorer. The numbers here are on a
different set (TimeBank, the TempEval-3 *training/dev* data factex's grammar was
improved from) and over DATEs only, so they are not comparable as equal measures:
do not read a difference as one system beating the other.

``-v``/``--errors`` classifies every wrong value and miss (and false positive) into the
kinds of issue 16 and prints counts with examples; ``--json`` prints everything as JSON.
Both leave out the items of the articles in the held-out set ``gold/timebank-facts``
(their scores still count).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factex.corpora import Timex, read_timeml

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "timebank"
# TimeBank articles of a held-out gold set: scored with the rest, but their items are
# never printed, so whoever tunes the periods room on this output cannot read them.
HELD_OUT = frozenset(
    p.stem for p in (Path(__file__).resolve().parents[1] / "gold" / "timebank-facts").glob("*.json")
)

MODES = ("plain", "fair")


@dataclass(frozen=True)
class Pred:
    """One predicted period: what the scorer needs of ``factex.Period``."""

    text: str
    span: tuple[int, int]
    timex: str | None
    start: dt.date | None = None
    end: dt.date | None = None


def predict(text: str, published: dt.date | None) -> list[Pred]:
    """factex's periods through the public API (stable across the rooms' internal layout)."""
    from factex import extract

    facts = extract(text, published=published, max_bytes=None)
    return [Pred(p.text, tuple(p.span), p.timex, p.start, p.end) for p in facts.periods]


@dataclass
class ErrorItem:
    """One scoring error with its issue-16 class."""

    doc: str
    kind: str  # "value" (wrong value), "miss", "fp"
    cls: str
    text: str
    pred: str | None
    gold: str | None
    context: str

    def line(self) -> str:
        return (
            f"{self.doc}\t{self.kind}\t{self.cls}\t{self.text!r}\tpred {self.pred}"
            f"\tgold {self.gold}\t…{self.context}…"
        )


@dataclass
class Counts:
    """Accumulated counts over the documents scored."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    neutral_gold: int = 0
    neutral_pred: int = 0
    errors: list[ErrorItem] = field(default_factory=list)

    def prf(self, hits: int) -> tuple[float, float, float]:
        """Precision, recall and F1 of ``hits`` against the prediction and gold totals."""
        p = hits / self.pred if self.pred else 0.0
        r = hits / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def f1(self, hits: int) -> float:
        return self.prf(hits)[2]

    def report(self) -> dict[str, float | int]:
        """P/R/F1 of each measure, rounded to 3 places, and the totals."""
        out: dict[str, float | int] = {}
        for name, hits in (
            ("strict", self.strict),
            ("relaxed", self.relaxed),
            ("value", self.value),
        ):
            p, r, f = self.prf(hits)
            out |= {f"{name}_p": round(p, 3), f"{name}_r": round(r, 3), f"{name}_f1": round(f, 3)}
        return out | {
            "gold": self.gold,
            "pred": self.pred,
            "neutral_gold": self.neutral_gold,
            "neutral_pred": self.neutral_pred,
        }

    def error_table(self) -> dict[str, dict[str, int]]:
        """Errors counted by class and kind."""
        table: dict[str, dict[str, int]] = {c: dict.fromkeys(KINDS, 0) for c in CLASSES}
        for e in self.errors:
            table[e.cls][e.kind] += 1
        return table


# --- error classes (issue 16) --------------------------------------------------------

CLASSES = (
    "numeric_date",
    "fiscal_year",
    "weekday_direction",
    "relative_anchor",
    "year_of_undated",
    "not_a_period",
    "other_miss",
    "other_value",
    "other_fp",
)
KINDS = ("value", "miss", "fp")

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_NUMERIC = re.compile(r"\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|'\d\d\b")
_FISCAL = re.compile(r"\bfiscal\b|\byear (?:ended|ending|to)\b|\bFY\b", re.I)
_RELATIVE = re.compile(
    r"\b(?:ago|year-ago|earlier|later|previous|prior|last|next|this|that|current|latest|"
    r"same|coming|past|recent|today|yesterday|tomorrow|now|end|year-earlier|following)\b",
    re.I,
)
_FULL_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I
)
_INDEX_AFTER = re.compile(r"^\s*(?:index|stock index|average|Index|Average|Stock)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:In|On|By|Since|Until|Through|From|To|For|Of)\s$")
_DATELINE_END = ("_", "-", "—", "(", ".")
_NAMED_BEFORE = re.compile(r"\b(?:Black|Blue|Cyber|Super|Good|Ash|Easter)\s+$")


def _context(text: str, span: tuple[int, int], width: int = 40) -> str:
    return " ".join(text[max(0, span[0] - width) : span[1] + width].split())


def _looks_like_name(text: str, span: tuple[int, int]) -> bool:
    """A named day ("Black Monday"), an index or company name ("Russell 2000 Index",
    "Orion 1980") or a dateline ("DUSHANBE, August 20."), not a period."""
    before, after = text[max(0, span[0] - 30) : span[0]], text[span[1] : span[1] + 30]
    if _NAMED_BEFORE.search(before) or _INDEX_AFTER.match(after):
        return True
    if re.search(r"\b[A-Z][a-z]+ $", before) and not _PREPOSITION_BEFORE.search(before):
        return True
    line_start = text.rfind("\n", 0, span[0]) + 1
    dateline = text[line_start : span[0]].strip()
    return bool(dateline) and dateline.isupper() and after.lstrip().startswith(_DATELINE_END)


def classify(
    text: str, span: tuple[int, int], kind: str, pred: str | None, gold: str | None
) -> str:
    """The issue-16 class of one error, read from the expression and its neighbours."""
    said = text[span[0] : span[1]]
    pred = _anchor(pred)
    if kind == "fp":
        return "not_a_period" if _looks_like_name(text, span) else "other_fp"
    if _NUMERIC.search(said) and not _MONTH.search(said):
        return "numeric_date"
    if _FISCAL.search(said) or _FISCAL.search(text[max(0, span[0] - 25) : span[0]]):
        return "fiscal_year"
    if _WEEKDAY.search(said):
        return "weekday_direction"
    if _RELATIVE.search(said) and not _FULL_YEAR.search(said):
        return "relative_anchor"
    if gold and _MONTH.search(said) and not _FULL_YEAR.search(said):
        if kind == "miss" or (pred and pred[4:] == gold[4:] and pred[:4] != gold[:4]):
            return "year_of_undated"
        if pred and pred.startswith("XXXX"):
            return "year_of_undated"
    return "other_miss" if kind == "miss" else "other_value"


# --- scoring -------------------------------------------------------------------------

_VAGUE = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")
_WEEK_OR_SEASON = re.compile(r"^[\dX]{4}-(?:W[\dX]{2}(?:-WE)?|SP|SU|FA|WI)$")


def _anchor(timex: str | None) -> str | None:
    """TimeML gives "since 2007" the value of "2007": an open interval's anchor."""
    return timex.removesuffix("/..").removeprefix("../") if timex else timex


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def in_contract(t: Timex, mode: str) -> bool:
    """Whether a gold TIMEX3 is scored: DATEs (plain); DATEs the contract calls periods (fair)."""
    if t.type != "DATE":
        return False
    return mode == "plain" or not (t.value in _VAGUE or _WEEK_OR_SEASON.match(t.value))


def _value_ok(p: Pred, g: Timex, mode: str) -> bool:
    return p.timex == g.value or (mode == "fair" and _anchor(p.timex) == g.value)


def _range_end(p: Pred, gold: Sequence[Timex], used: set[int], first: int) -> int | None:
    """The gold DATE that is the far end of range ``p`` whose near end is ``gold[first]``."""
    if not p.timex or "/" not in p.timex:
        return None
    lo, _, hi = p.timex.partition("/")
    if gold[first].value != lo:
        return None
    return next(
        (
            i
            for i, g in enumerate(gold)
            if i not in used and i != first and _overlaps(g.span, p.span) and g.value == hi
        ),
        None,
    )


def score_document(
    doc_id: str,
    text: str,
    timexes: Sequence[Timex],
    preds: Sequence[Pred],
    counts: Counts,
    mode: str = "plain",
) -> None:
    """Add one article's matches to ``counts`` under ``mode`` ("plain" or "fair")."""
    keep = [in_contract(t, mode) for t in timexes]
    gold = [t for t, k in zip(timexes, keep, strict=True) if k]
    others = [t.span for t, k in zip(timexes, keep, strict=True) if not k]
    counts.neutral_gold += len(others)
    used: set[int] = set()
    counts.gold += len(gold)
    for p in preds:
        match = next(
            (i for i, g in enumerate(gold) if i not in used and _overlaps(g.span, p.span)),
            None,
        )
        if match is None:
            if any(_overlaps(o, p.span) for o in others):
                counts.neutral_pred += 1
                continue
            counts.pred += 1
            cls = classify(text, p.span, "fp", p.timex, None)
            counts.errors.append(
                ErrorItem(doc_id, "fp", cls, p.text, p.timex, None, _context(text, p.span))
            )
            continue
        used.add(match)
        counts.pred += 1
        g = gold[match]
        counts.relaxed += 1
        counts.strict += g.span == tuple(p.span)
        if _value_ok(p, g, mode):
            counts.value += 1
        elif mode == "fair" and (far := _range_end(p, gold, used, match)) is not None:
            used.add(far)  # one range for TimeML's two ends: one gold period
            counts.gold -= 1
            counts.value += 1
        else:
            cls = classify(text, g.span, "value", p.timex, g.value)
            counts.errors.append(
                ErrorItem(doc_id, "value", cls, g.text, p.timex, g.value, _context(text, g.span))
            )
    for i, g in enumerate(gold):
        if i not in used:
            cls = classify(text, g.span, "miss", None, g.value)
            counts.errors.append(
                ErrorItem(doc_id, "miss", cls, g.text, None, g.value, _context(text, g.span))
            )


def score(paths: Iterable[Path], *, mode: str = "plain") -> Counts:
    """Counts over the given ``.tml`` files under ``mode``."""
    return score_all(paths)[mode]


def score_all(paths: Iterable[Path]) -> dict[str, Counts]:
    """Both scorings over the given ``.tml`` files (each article extracted once)."""
    results = {m: Counts() for m in MODES}
    for path in paths:
        doc = read_timeml(path)
        preds = predict(doc.text, doc.dct)
        for mode, counts in results.items():
            score_document(doc.id, doc.text, doc.timexes, preds, counts, mode)
    return results


def _print_table(results: dict[str, Counts]) -> None:
    print(
        "scoring        gold  pred | strict P   R    F1  | relaxed P  R    F1  | value P   R    F1"
    )
    for mode, counts in results.items():
        r = counts.report()
        cells = " | ".join(
            f"{r[f'{m}_p']:.3f} {r[f'{m}_r']:.3f} {r[f'{m}_f1']:.3f}"
            for m in ("strict", "relaxed", "value")
        )
        print(f"{mode:<12} {r['gold']:>5} {r['pred']:>5} | {cells}")


def _print_errors(counts: Counts, examples: int) -> None:
    print("class               wrong value  miss    fp")
    for cls, row in counts.error_table().items():
        print(f"{cls:<20} {row['value']:>10} {row['miss']:>5} {row['fp']:>5}")
    for cls in CLASSES:
        items = [e for e in counts.errors if e.cls == cls]
        if items:
            print(f"\n## {cls} ({len(items)})")
            for e in items[:examples]:
                print(e.line())


def main(argv: list[str] | None = None) -> int:
    """Print both scorings (with ``--errors``, the error classes; ``--json``, as JSON)."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "-v", "--errors", action="store_true", help="classify errors (contract-fair scoring)"
    )
    parser.add_argument("--examples", type=int, default=10, help="examples per class with -v")
    parser.add_argument("--mode", choices=MODES, default="fair", help="scoring for -v")
    parser.add_argument("--json", action="store_true", help="everything as one JSON object")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*.tml"))
    if not paths:
        print(f"no .tml files in {args.corpus}", file=sys.stderr)
        return 1
    results = score_all(paths)
    hidden = sum(e.doc in HELD_OUT for c in results.values() for e in c.errors)
    for counts in results.values():
        counts.errors = [e for e in counts.errors if e.doc not in HELD_OUT]
    if hidden and (args.errors or args.json):
        print(f"({hidden} errors in held-out articles not shown)", file=sys.stderr)
    if args.json:
        out = {
            "documents": len(paths),
            "scores": {m: c.report() for m, c in results.items()},
            "error_classes": {m: c.error_table() for m, c in results.items()},
            "errors": {m: [vars(e) for e in c.errors] for m, c in results.items()},
        }
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    print(f"documents {len(paths)}")
    _print_table(results)
    if args.errors:
        print(f"\nerrors ({args.mode} scoring) by class")
        _print_errors(results[args.mode], args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
