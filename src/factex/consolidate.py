"""Facts consolidated across articles: one figure, every article that states it.

Analysts read many articles about the same figures. ``consolidate`` groups the facts of
many ``ArticleFacts`` that are about the same thing (the same measure class as the
scorer's ``measure_class``, kind, unit, parties, trade direction and period), and
reports for each group the value most sources give, every source (article id and
evidence), and whether the sources agree:

- ``single``: one fact states it;
- ``agreed``: every source gives the same value;
- ``near_duplicate``: the values differ, but by no more than the tolerance (rounding:
  $424.4 million in two articles, $424.5 million in a third);
- ``conflict``: two values differ by more than the tolerance.

Facts with no period (neither ``start`` nor ``end``) are left out and counted in
``skipped_undated``, and facts naming no party in ``skipped_no_parties``: without a
period or parties, two facts about the same measure need not be about the same figure.
"""

from __future__ import annotations

import datetime as dt
import functools
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

import pycountry
from pydantic import BaseModel, Field

from factex.format import count, evidence_column, format_amount, format_period, print_table
from factex.models import ArticleFacts, CharSpan, Fact, FactKind, Qualifier
from factex.progress import is_terminal
from factex.score import RELATIVE_TOLERANCE, measure_class, norm_name

Status = Literal["single", "agreed", "near_duplicate", "conflict"]

# The scorer's "same value" tolerance: beyond it, two values are different figures.
DEFAULT_TOLERANCE = RELATIVE_TOLERANCE

# Table order: what needs a reader's eye first.
STATUS_ORDER: dict[str, int] = {"conflict": 0, "near_duplicate": 1, "agreed": 2, "single": 3}


class Evidence(BaseModel):
    """One fact behind a group: which article, what it said and where."""

    article: str | None
    measure: str = Field(description="the measure as the fact named it")
    qualifier: Qualifier = "exact"
    span: CharSpan
    evidence: str


class Reading(BaseModel):
    """One distinct value of a group, with the facts that give it."""

    value: float | None = None
    low: float | None = None
    high: float | None = None
    articles: int = Field(description="how many distinct articles give this value")
    sources: list[Evidence] = Field(default_factory=list)


class Group(BaseModel):
    """Facts about the same measure, parties and period, from one or more articles."""

    measure: str = Field(description="the measure class (scorer's measure_class)")
    kind: FactKind
    unit: str | None
    parties: list[str]
    exporter: str | None = None
    importer: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    status: Status
    value: float | None = Field(None, description="the value most articles give")
    low: float | None = None
    high: float | None = None
    spread: float = Field(description="largest relative difference between two values")
    articles: list[str | None] = Field(description="the articles that state it, in input order")
    readings: list[Reading] = Field(description="distinct values, best supported first")


class Consolidation(BaseModel):
    """Every group, with what was read and what was left out."""

    tolerance: float
    min_articles: int = 1
    articles: int
    facts: int
    skipped_undated: int
    skipped_no_parties: int = 0
    groups: list[Group]

    def to_json(self, *, indent: int | None = 2) -> str:
        """The consolidation as JSON (what ``factex consolidate --format json`` prints)."""
        return self.model_dump_json(indent=indent)


# ---------------------------------------------------------------- keys


@functools.lru_cache(maxsize=4096)
def party_key(name: str) -> str:
    """One key per party: the ISO 3166 alpha-3 code for a country, else its folded name.

    >>> party_key("Republic of Belarus") == party_key("belarus") == "BLR"
    True
    >>> party_key("The Minsk Tractor Plant")
    'minsk tractor plant'
    """
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except (LookupError, AttributeError):
        return norm_name(name)


def unit_key(unit: str | None) -> str | None:
    """ISO 4217 codes compared case-insensitively; ``percent`` as it is.

    >>> unit_key("usd"), unit_key("percent"), unit_key(None)
    ('USD', 'percent', None)
    """
    if not unit:
        return None
    return "percent" if unit.lower() == "percent" else unit.upper()


def _optional_party(name: str | None) -> str | None:
    return party_key(name) if name else None


@dataclass(frozen=True)
class GroupKey:
    """What makes two facts about the same figure."""

    measure: str
    kind: str
    unit: str | None
    parties: tuple[str, ...]
    exporter: str | None
    importer: str | None
    start: dt.date | None
    end: dt.date | None


def group_key(fact: Fact) -> GroupKey:
    """The key of a fact: order and spelling of parties do not matter.

    >>> a = Fact(measure="trade_turnover", value=1, unit="USD", parties=["Azerbaijan", "Belarus"],
    ...          span=(0, 1), evidence="x")
    >>> b = a.model_copy(update={"measure": "trade_volume", "parties": ["belarus", "Azerbaijan"]})
    >>> group_key(a) == group_key(b)
    True
    """
    return GroupKey(
        measure=measure_class(fact.measure),
        kind=fact.kind,
        unit=unit_key(fact.unit),
        parties=tuple(sorted({party_key(p) for p in fact.parties if p.strip()})),
        exporter=_optional_party(fact.exporter),
        importer=_optional_party(fact.importer),
        start=fact.start,
        end=fact.end,
    )


# ---------------------------------------------------------------- values


def amount(value: float | None, low: float | None, high: float | None) -> float | None:
    """One number for comparing: the value, else the middle of a range, else its bound.

    >>> amount(5, None, None), amount(None, 50, 60), amount(None, 50, None)
    (5, 55.0, 50)
    >>> amount(None, None, None) is None
    True
    """
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return low if low is not None else high


def relative_difference(a: float, b: float) -> float:
    """``|a - b|`` relative to the larger magnitude (0 when both are 0).

    >>> round(relative_difference(424.4e6, 424.5e6), 6)
    0.000236
    >>> relative_difference(0, 0), relative_difference(-1, 1)
    (0.0, 2.0)
    """
    scale = max(abs(a), abs(b))
    return abs(a - b) / scale if scale else 0.0


def spread(amounts: Iterable[float]) -> float:
    """The largest relative difference among ``amounts`` (0 for fewer than two).

    >>> spread([100, 101, 99]) == relative_difference(99, 101)
    True
    """
    values = list(amounts)
    if len(values) < 2:
        return 0.0
    return relative_difference(min(values), max(values))


def status_of(readings: int, sources: int, spread_: float, tolerance: float) -> Status:
    """How the sources of a group relate.

    >>> status_of(1, 1, 0.0, 0.005), status_of(1, 3, 0.0, 0.005)
    ('single', 'agreed')
    >>> status_of(2, 3, 0.0002, 0.005), status_of(2, 2, 0.02, 0.005)
    ('near_duplicate', 'conflict')
    """
    if sources <= 1:
        return "single"
    if readings <= 1:
        return "agreed"
    return "near_duplicate" if spread_ <= tolerance else "conflict"


# ---------------------------------------------------------------- reading


def read_results(names: Iterable[str]) -> Iterator[ArticleFacts]:
    """``ArticleFacts`` from JSON-lines files (``factex extract`` output); ``-`` is stdin.

    Raises ``ValueError`` naming the file and line when a line is not one.
    """
    for name in names:
        with (
            open(sys.stdin.fileno(), encoding="utf-8", closefd=False)
            if name == "-"
            else Path(name).open(encoding="utf-8")
        ) as fh:
            where = "stdin" if name == "-" else name
            number = 0
            while True:
                try:
                    line = fh.readline()
                except UnicodeDecodeError as exc:
                    raise ValueError(
                        f"{where}:{number + 1}: not UTF-8 text ({exc.reason})"
                    ) from None
                if not line:
                    break
                number += 1
                if not line.strip():
                    continue
                try:
                    yield ArticleFacts.model_validate_json(line)
                except ValueError:
                    raise ValueError(
                        f"{where}:{number}: not a factex result (expected one ArticleFacts"
                        " JSON object per line, as `factex extract --format jsonl` writes)"
                    ) from None


# ---------------------------------------------------------------- grouping


def _display_parties(facts: list[Fact]) -> list[str]:
    """The parties as the first fact of the group spelled them, in key order."""
    names: dict[str, str] = {}
    for fact in facts:
        for name in fact.parties:
            names.setdefault(party_key(name), name)
    return [names[k] for k in sorted(names)]


def _readings(members: list[tuple[str | None, Fact]]) -> list[Reading]:
    by_value: dict[tuple, list[tuple[str | None, Fact]]] = defaultdict(list)
    for article, fact in members:
        by_value[(fact.value, fact.low, fact.high)].append((article, fact))
    readings = [
        Reading(
            value=value,
            low=low,
            high=high,
            articles=len({article for article, _ in items}),
            sources=[
                Evidence(
                    article=article,
                    measure=fact.measure,
                    qualifier=fact.qualifier,
                    span=fact.span,
                    evidence=fact.evidence,
                )
                for article, fact in items
            ],
        )
        for (value, low, high), items in by_value.items()
    ]
    # Best supported first; on a tie, the one stated first (dicts keep input order).
    return sorted(readings, key=lambda r: (-r.articles, -len(r.sources)))


def _group(key: GroupKey, members: list[tuple[str | None, Fact]], tolerance: float) -> Group:
    readings = _readings(members)
    amounts = [a for r in readings if (a := amount(r.value, r.low, r.high)) is not None]
    spread_ = spread(amounts)
    best = readings[0]
    articles = list(dict.fromkeys(article for article, _ in members))
    first = members[0][1]
    return Group(
        measure=key.measure,
        kind=first.kind,
        unit=first.unit,
        parties=_display_parties([f for _, f in members]),
        exporter=first.exporter,
        importer=first.importer,
        start=key.start,
        end=key.end,
        status=status_of(len(readings), len(members), spread_, tolerance),
        value=best.value,
        low=best.low,
        high=best.high,
        spread=spread_,
        articles=articles,
        readings=readings,
    )


def consolidate(
    articles: Iterable[ArticleFacts],
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    min_articles: int = 1,
) -> Consolidation:
    """Group the facts of ``articles`` that are about the same figure and compare them.

    Args:
        articles: extraction results (e.g. read from ``factex extract`` JSON lines).
        tolerance: the largest relative difference two values of one figure may have
            and still count as the same (rounding); beyond it they are a conflict.
        min_articles: keep only figures stated in at least this many articles (2: what
            more than one article says).

    Groups come conflicts first, then near-duplicates, agreements and single facts;
    within that, the most widely reported first.
    """
    tolerance = max(0.0, float(tolerance))
    members: dict[GroupKey, list[tuple[str | None, Fact]]] = defaultdict(list)
    n_articles = n_facts = undated = no_parties = 0
    for result in articles:
        n_articles += 1
        for fact in result.facts:
            n_facts += 1
            if fact.start is None and fact.end is None:
                undated += 1
                continue
            if not any(p.strip() for p in fact.parties):
                no_parties += 1
                continue
            members[group_key(fact)].append((result.id, fact))
    groups = [
        _group(key, items, tolerance)
        for key, items in members.items()
        if len({article for article, _ in items}) >= min_articles
    ]
    groups.sort(key=lambda g: (STATUS_ORDER[g.status], -len(g.articles)))
    return Consolidation(
        tolerance=tolerance,
        min_articles=min_articles,
        articles=n_articles,
        facts=n_facts,
        skipped_undated=undated,
        skipped_no_parties=no_parties,
        groups=groups,
    )


# ---------------------------------------------------------------- table


def figure_text(group: Group, sep: str) -> str:
    """What a group is about: measure and kind, period, parties and direction."""
    parties = " – ".join(group.parties)
    if group.exporter and group.importer:
        parties += f" ({group.exporter} → {group.importer})"
    measure = group.measure if group.kind == "level" else f"{group.measure} (change)"
    return sep.join(p for p in (measure, format_period(group.start, group.end), parties) if p)


def write_consolidation_table(result: Consolidation, out: TextIO) -> None:
    """The groups as an aligned table (rich): one row per distinct value of a group.

    On a terminal every source is listed with its evidence, wrapped to the terminal's
    width; piped, each row keeps to one line (article ids and the first evidence).
    """
    from rich.table import Table
    from rich.text import Text

    wrap = is_terminal(out)
    summary = (
        f"{count(len(result.groups), 'figure')} from {count(result.facts, 'fact')} in"
        f" {count(result.articles, 'article')} (tolerance {result.tolerance:.2%};"
        f" left out: {result.skipped_undated} undated, {result.skipped_no_parties} without parties)"
    )
    table = Table(show_lines=wrap)
    table.add_column("status", no_wrap=True)
    table.add_column("figure", no_wrap=not wrap, max_width=30 if wrap else None)
    table.add_column("value", justify="right", no_wrap=not wrap)
    if not wrap:
        table.add_column("articles", no_wrap=True)
    table.add_column("sources" if wrap else "evidence", **evidence_column(wrap))
    styles = {"conflict": "bold red", "near_duplicate": "yellow", "agreed": "green"}
    for group in result.groups:
        figure = figure_text(group, "\n" if wrap else " · ")
        for i, reading in enumerate(group.readings):
            qualifier = reading.sources[0].qualifier
            value = format_amount(reading.value, reading.low, reading.high, group.unit, qualifier)
            if wrap:
                sources = [Text("\n".join(f"{s.article}: {s.evidence}" for s in reading.sources))]
            else:
                ids = ", ".join(dict.fromkeys(str(s.article) for s in reading.sources))
                sources = [Text(ids), Text(reading.sources[0].evidence)]
            table.add_row(
                Text(group.status if i == 0 else "", style=styles.get(group.status, "")),
                Text(figure if i == 0 else ""),
                Text(value),
                *sources,
            )
    print_table(table, out, summary)
