"""Scoring predictions against hand-annotated gold, under the contract's rules.

Per article, gold and predicted items of each type are paired by a maximum bipartite
matching under that type's match rule (so the count never depends on item order),
then micro-averaged over articles. Gold items marked ``"optional": true`` are matched
after the required ones; they count neither as a miss nor, when matched, as a false
positive.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factex.corpora import read_source
from factex.errors import GoldError
from factex.facts.measures import measure_class
from factex.models import ArticleFacts
from factex.names import norm_name
from factex.records import as_date as _as_date

TYPES = ("money", "periods", "organizations", "events", "facts")
RELATIVE_TOLERANCE = 0.005

# ---------------------------------------------------------------- match rules


def close(a: float | None, b: float | None) -> bool:
    """Equal within the contract's 0.5% (both missing counts as equal).

    >>> close(424.4e6, 424.5e6), close(120e6, 121e6), close(None, None), close(0, None)
    (True, False, True, False)
    """
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= RELATIVE_TOLERANCE * max(abs(a), abs(b))


def _same_amount(g: Mapping[str, Any], p: Mapping[str, Any], unit: str) -> bool:
    if g.get(unit) != p.get(unit):
        return False
    if g.get("value") is not None:
        return close(g["value"], p.get("value"))
    return close(g.get("low"), p.get("low")) and close(g.get("high"), p.get("high"))


def money_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """Value (or range bounds) within 0.5% and the same currency."""
    return _same_amount(g, p, "currency")


def period_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """The same (start, end); where gold has neither (no year known), the same timex."""
    if g.get("start") is None and g.get("end") is None:
        return g.get("timex") is not None and g.get("timex") == p.get("timex")
    return (g.get("start"), g.get("end")) == (p.get("start"), p.get("end"))


def _org_names(org: Mapping[str, Any]) -> set[str]:
    names = [org.get("name") or "", org.get("acronym") or "", *(org.get("aliases") or [])]
    return {n for n in map(norm_name, names) if n}


def organization_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """A name, acronym or alias in common."""
    return bool(_org_names(g) & _org_names(p))


def _overlap(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    gs, ge = _as_date(g.get("start")), _as_date(g.get("end"))
    ps, pe = _as_date(p.get("start")), _as_date(p.get("end"))
    if ps is None and pe is None:
        return False
    gs, ge = gs or dt.date.min, ge or dt.date.max
    ps, pe = ps or dt.date.min, pe or dt.date.max
    return ps <= ge and gs <= pe


def participant_match(a: str, b: str) -> bool:
    """Two participant names refer to the same one: equal, or one's words within the other's.

    >>> participant_match("Prime Minister Jane Doe", "Jane Doe")
    True
    >>> participant_match("Belarus", "Azerbaijan")
    False
    """
    wa, wb = set(norm_name(a).split()), set(norm_name(b).split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def event_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """Same type; dates overlapping where gold has dates; a participant shared where
    gold names any."""
    if g.get("type") != p.get("type"):
        return False
    if (g.get("start") or g.get("end")) and not _overlap(g, p):
        return False
    gold_parts = g.get("participants") or []
    if gold_parts:
        pred_parts = p.get("participants") or []
        return any(participant_match(a, b) for a in gold_parts for b in pred_parts)
    return True


def fact_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """Same measure class, value within 0.5%, and the same period where gold has one."""
    if measure_class(g.get("measure")) != measure_class(p.get("measure")):
        return False
    return fact_value_match(g, p)


def fact_value_match(g: Mapping[str, Any], p: Mapping[str, Any]) -> bool:
    """A fact's value within 0.5% and its period where gold has one, whatever the measure
    (the "any measure" score: is the number found and dated at all?)."""
    if not _same_amount(g, p, "unit"):
        return False
    if g.get("start") is not None or g.get("end") is not None:
        return (g.get("start"), g.get("end")) == (p.get("start"), p.get("end"))
    return True


MATCHERS: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], bool]] = {
    "money": money_match,
    "periods": period_match,
    "organizations": organization_match,
    "events": event_match,
    "facts": fact_match,
}


# ---------------------------------------------------------------- matching


def _gap(g: Mapping[str, Any], p: Mapping[str, Any]) -> int:
    """Characters between two items' spans (0 when they overlap or one has none)."""
    gs, ps = g.get("span"), p.get("span")
    if not gs or not ps:
        return 0
    return max(0, max(gs[0], ps[0]) - min(gs[1], ps[1]))


def max_matching(
    gold: list[Mapping[str, Any]],
    pred: list[Mapping[str, Any]],
    match: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
) -> dict[int, int]:
    """A maximum matching gold index -> prediction index (Kuhn's augmenting paths).

    Required gold items are placed first; an augmenting path never unmatches a gold
    item, so optional items can only take what the required ones left.

    >>> max_matching([{"v": 1}, {"v": 1}], [{"v": 1}], lambda g, p: g["v"] == p["v"])
    {0: 0}
    >>> g = [{"v": 1, "span": (0, 2)}, {"v": 1, "span": (9, 12)}]
    >>> p = [{"v": 1, "span": (8, 12)}, {"v": 1, "span": (0, 2)}]
    >>> max_matching(g, p, lambda g, p: g["v"] == p["v"])
    {0: 1, 1: 0}
    """
    # Same-place predictions first, so that among equal values ("$55 million" and
    # "about $55 million") each gold item pairs with its own mention: the size of the
    # matching is unchanged, the qualifier comparison becomes the right one.
    edges = [
        sorted((j for j, p in enumerate(pred) if match(g, p)), key=lambda j: _gap(g, pred[j]))
        for g in gold
    ]
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    order = sorted(range(len(gold)), key=lambda i: bool(gold[i].get("optional")))
    for i in order:
        augment(i, set())
    return {i: j for j, i in owner.items()}


# ---------------------------------------------------------------- counts and reports


@dataclass
class Counts:
    """True positives, false positives and false negatives, with the items behind them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, dict]] = field(default_factory=list)
    spurious: list[tuple[str, dict]] = field(default_factory=list)
    qualifier_right: int = 0
    qualifier_total: int = 0
    # facts only: matched on value and period whatever the measure, and the trade
    # direction over matched facts whose gold states one
    any_tp: int = 0
    any_fp: int = 0
    any_fn: int = 0
    direction_right: int = 0
    direction_total: int = 0

    @property
    def precision(self) -> float | None:
        """None when nothing was predicted (0/0 is not a score)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """None when gold has nothing of this type."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; 1.0 when both gold and prediction are empty."""
        if self.tp + self.fp + self.fn == 0:
            return None
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def add(self, other: Counts) -> None:
        """Accumulate another article's counts (micro-averaging)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.spurious += other.spurious
        self.qualifier_right += other.qualifier_right
        self.qualifier_total += other.qualifier_total
        self.any_tp += other.any_tp
        self.any_fp += other.any_fp
        self.any_fn += other.any_fn
        self.direction_right += other.direction_right
        self.direction_total += other.direction_total

    @property
    def any_f1(self) -> float | None:
        """Facts' F1 when the measure is not compared (value and period only)."""
        if self.any_tp + self.any_fp + self.any_fn == 0:
            return None
        return 2 * self.any_tp / (2 * self.any_tp + self.any_fp + self.any_fn)


def score_items(
    kind: str, gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]], *, article: str = ""
) -> Counts:
    """Score one article's items of one type."""
    pairs = max_matching(gold, pred, MATCHERS[kind])
    counts = Counts()
    matched_pred = set(pairs.values())
    for i, g in enumerate(gold):
        if g.get("optional"):
            continue
        if i in pairs:
            counts.tp += 1
            if kind == "money":
                counts.qualifier_total += 1
                counts.qualifier_right += g.get("qualifier", "exact") == pred[pairs[i]].get(
                    "qualifier", "exact"
                )
        else:
            counts.fn += 1
            counts.misses.append((article, dict(g)))
    for j, p in enumerate(pred):
        if j not in matched_pred:
            counts.fp += 1
            counts.spurious.append((article, dict(p)))
    if kind == "facts":
        _score_any_measure(counts, gold, pred)
    return counts


def _same_party(a: str | None, b: str | None) -> bool:
    return a == b if not a or not b else participant_match(a, b)


def _score_any_measure(
    counts: Counts, gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]
) -> None:
    """Facts matched on value and period alone, and the direction over those matches."""
    pairs = max_matching(gold, pred, fact_value_match)
    required = [i for i, g in enumerate(gold) if not g.get("optional")]
    counts.any_tp += sum(1 for i in required if i in pairs)
    counts.any_fn += sum(1 for i in required if i not in pairs)
    counts.any_fp += len(pred) - len(pairs)  # a prediction matching an optional item is no fp
    for i in required:
        g = gold[i]
        if not (g.get("exporter") or g.get("importer")):
            continue
        counts.direction_total += 1
        if i in pairs:
            p = pred[pairs[i]]
            counts.direction_right += _same_party(g.get("exporter"), p.get("exporter")) and (
                _same_party(g.get("importer"), p.get("importer"))
            )


@dataclass
class GoldArticle:
    """One gold file: the article's text, its annotations and which types it covers."""

    id: str
    path: Path
    text: str
    published: dt.date | None  # the date the caller gives (metadata outside the text)
    annotated: tuple[str, ...]
    items: dict[str, list[dict]]


def _check_span(text: str, item: Mapping[str, Any], where: str) -> None:
    span = item.get("span")
    if span is None:
        return
    s, e = span
    said = item.get("text", item.get("evidence"))  # a fact's span is its evidence sentence
    if text[s:e] != said:
        raise GoldError(f"{where}: span {span} slices to {text[s:e]!r}, not {said!r}")


def load_gold(path: str | Path) -> GoldArticle:
    """Read and check one gold file; its ``source`` is relative to the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GoldError(f"{path}: not readable JSON: {exc}") from exc
    source = path.parent / data.get("source", "")
    if not data.get("source") or not source.is_file():
        raise FileNotFoundError(f"{path}: article {data.get('source')!r} not found")
    text, metadata_date = read_source(source)
    annotated = tuple(data.get("annotated") or TYPES)
    unknown = set(annotated) - set(TYPES)
    if unknown:
        raise GoldError(
            f"{path}: 'annotated' names unknown types {sorted(unknown)}; allowed {TYPES}"
        )
    items = {kind: list(data.get(kind) or []) for kind in TYPES}
    for kind, values in items.items():
        for n, item in enumerate(values):
            where = f"{path.name}: {kind}[{n}]"
            _check_span(text, item, where)
            for part in ("mentions", "money", "quantities"):
                for m, sub in enumerate(item.get(part) or []):
                    _check_span(text, sub, f"{where}.{part}[{m}]")
    return GoldArticle(
        id=data.get("id") or path.stem,
        path=path,
        text=text,
        published=metadata_date,
        annotated=annotated,
        items=items,
    )


def _dump(item: Any) -> dict:
    return json.loads(item.model_dump_json()) if hasattr(item, "model_dump_json") else dict(item)


def score_article(gold: GoldArticle, pred: ArticleFacts) -> dict[str, Counts]:
    """Score one prediction against its gold, for the types the gold annotates."""
    result = {}
    for kind in gold.annotated:
        predicted = [_dump(x) for x in getattr(pred, kind)]
        result[kind] = score_items(kind, gold.items[kind], predicted, article=gold.id)
    return result


@dataclass
class Report:
    """Scores of a gold set: per type, per subset (subfolder), and what was skipped."""

    totals: dict[str, Counts] = field(default_factory=lambda: {k: Counts() for k in TYPES})
    subsets: dict[str, dict[str, Counts]] = field(default_factory=dict)
    articles: int = 0
    skipped: list[str] = field(default_factory=list)
    # gold set -> articles whose source text was not found (e.g. ../shared absent)
    missing: dict[str, int] = field(default_factory=dict)
    set_articles: dict[str, int] = field(default_factory=dict)
    unmatched: int = 0  # articles with no prediction of their id (given predictions only)

    def add(self, subset: str, counts: Mapping[str, Counts]) -> None:
        """Add one article's counts to its subset and to the totals."""
        self.articles += 1
        self.set_articles[subset] = self.set_articles.get(subset, 0) + 1
        sub = self.subsets.setdefault(subset, {k: Counts() for k in TYPES})
        for kind, c in counts.items():
            sub[kind].add(c)
            self.totals[kind].add(c)


def gold_files(gold_dir: str | Path) -> list[Path]:
    """Every gold file below ``gold_dir`` (or the file itself), sorted."""
    gold_dir = Path(gold_dir)
    if gold_dir.is_file():
        return [gold_dir]
    return sorted(gold_dir.rglob("*.json"))


def score(
    gold_dir: str | Path,
    predictions: Mapping[str, ArticleFacts] | None = None,
    *,
    predict: Callable[[Iterable[tuple[str, str, dt.date | None]]], Iterable[ArticleFacts]]
    | None = None,
) -> Report:
    """Score predictions (given, or made by ``predict``) against every gold file."""
    gold_dir = Path(gold_dir)
    report = Report()
    golds = []
    for path in gold_files(gold_dir):
        try:
            golds.append(load_gold(path))
        except FileNotFoundError as exc:
            report.skipped.append(str(exc))
            name = gold_set(path, gold_dir)
            report.missing[name] = report.missing.get(name, 0) + 1
    if predictions is None:
        if predict is None:
            raise ValueError("score() needs predictions or a predict function")
        made = predict((g.id, g.text, g.published) for g in golds)
        predictions = {p.id: p for p in made if p.id is not None}
    for gold in golds:
        pred = predictions.get(gold.id)
        if pred is None:
            report.unmatched += 1
            pred = ArticleFacts(id=gold.id)
        report.add(gold_set(gold.path, gold_dir), score_article(gold, pred))
    return report


def gold_set(path: Path, gold_dir: Path) -> str:
    """The gold set a file belongs to: its folder below ``gold_dir`` ("seeds")."""
    rel = path.parent.relative_to(gold_dir) if gold_dir.is_dir() else Path(".")
    return rel.as_posix() if str(rel) != "." else Path(gold_dir).resolve().name


def _fmt(x: float | None) -> str:
    return "    -" if x is None else f"{x:5.3f}"


def format_table(counts: Mapping[str, Counts], title: str) -> str:
    """A fixed-width table of P/R/F1 per type."""
    lines = [
        title,
        f"{'type':<14}{'tp':>5}{'fp':>5}{'fn':>5}  {'prec':>5}  {'rec':>5}  {'f1':>5}",
    ]
    for kind in TYPES:
        c = counts[kind]
        if c.tp + c.fp + c.fn == 0:
            continue
        lines.append(
            f"{kind:<14}{c.tp:>5}{c.fp:>5}{c.fn:>5}  {_fmt(c.precision)}  {_fmt(c.recall)}"
            f"  {_fmt(c.f1)}"
        )
    f = counts["facts"]
    if f.any_tp + f.any_fp + f.any_fn:
        any_p = f.any_tp / (f.any_tp + f.any_fp) if f.any_tp + f.any_fp else None
        any_r = f.any_tp / (f.any_tp + f.any_fn) if f.any_tp + f.any_fn else None
        lines.append(
            f"{'  any measure':<14}{f.any_tp:>5}{f.any_fp:>5}{f.any_fn:>5}"
            f"  {_fmt(any_p)}  {_fmt(any_r)}  {_fmt(f.any_f1)}"
        )
    if f.direction_total:
        lines.append(
            f"trade direction right: {f.direction_right}/{f.direction_total}"
            f" = {f.direction_right / f.direction_total:.3f}"
        )
    m = counts["money"]
    if m.qualifier_total:
        lines.append(
            f"money qualifier accuracy: {m.qualifier_right}/{m.qualifier_total}"
            f" = {m.qualifier_right / m.qualifier_total:.3f}"
        )
    return "\n".join(lines)


def _brief(item: dict) -> str:
    keys = (
        "text",
        "name",
        "type",
        "measure",
        "value",
        "low",
        "high",
        "currency",
        "unit",
        "qualifier",
        "start",
        "end",
        "timex",
        "participants",
    )
    return ", ".join(f"{k}={item[k]!r}" for k in keys if item.get(k) not in (None, [], ""))


def format_report(report: Report, *, verbose: bool = False) -> str:
    """The whole report: one table per subset (when there are several), then the total."""
    parts = []
    if len(report.subsets) > 1:
        for name, counts in sorted(report.subsets.items()):
            parts.append(format_table(counts, f"[{name}]"))
    parts.append(format_table(report.totals, f"[all] {report.articles} articles"))
    if verbose:
        parts.extend(f"skipped: {line}" for line in report.skipped)
    text = "\n\n".join(parts)
    if verbose:
        details = []
        for kind in TYPES:
            c = report.totals[kind]
            details += [f"MISS     {kind:<13} {a}: {_brief(i)}" for a, i in c.misses]
            details += [f"SPURIOUS {kind:<13} {a}: {_brief(i)}" for a, i in c.spurious]
        text += "\n\n" + "\n".join(details)
    return text


def sets_line(report: Report) -> str:
    """One line: which gold sets were scored, which were skipped and why."""
    scored = ", ".join(f"{name} ({report.set_articles[name]})" for name in sorted(report.subsets))
    line = f"gold sets scored: {scored or 'none'}"
    if report.missing:
        skipped = ", ".join(f"{name} ({n})" for name, n in sorted(report.missing.items()))
        line += (
            f"; skipped, article texts not found: {skipped} -- they live in ../shared/corpus"
            " beside the project: `make corpora` fetches them from their public homes"
            " (see gold/README.md)"
        )
    return line


def check_minimums(report: Report, minimums: Mapping[str, float]) -> list[str]:
    """The thresholds the totals do not meet, as readable lines."""
    failures = []
    for kind, minimum in minimums.items():
        f1 = report.totals[kind].f1
        if f1 is None or f1 < minimum:
            failures.append(f"{kind} F1 {_fmt(f1).strip()} is below the minimum {minimum}")
    return failures
