"""``--format csv``: one flat row per fact, ready for a spreadsheet."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from factex.models import ArticleFacts

COLUMNS = (
    "article",
    "measure",
    "kind",
    "value",
    "low",
    "high",
    "unit",
    "qualifier",
    "start",
    "end",
    "parties",
    "exporter",
    "importer",
    "evidence",
)
PARTY_SEPARATOR = "; "


# A cell starting with one of these is a formula in a spreadsheet (OWASP CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell; text that a spreadsheet would run as a formula gets a leading ``'``
    (OWASP), a number stays a number.

    >>> _cell(-5.0), _cell("=1+1"), _cell("@SUM(A1)"), _cell("-3.5"), _cell("-x")
    ('-5', "'=1+1", "'@SUM(A1)", '-3.5', "'-x")
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value)
    if text.startswith(FORMULA_STARTS) and not isinstance(value, int | float):
        try:
            float(text)
        except ValueError:
            return "'" + text
    return text


def fact_rows(facts: ArticleFacts) -> list[list[str]]:
    """The CSV rows of one article's facts (no header).

    >>> from factex.models import Fact
    >>> a = ArticleFacts(id="a1", facts=[Fact(measure="exports", value=5e6, unit="USD",
    ...     parties=["Japan", "Chile"], span=(0, 3), evidence="Ex.")])
    >>> print(",".join(fact_rows(a)[0]))
    a1,exports,level,5000000,,,USD,exact,,,Japan; Chile,,,Ex.
    """
    rows = []
    for f in facts.facts:
        values = (
            facts.id,
            f.measure,
            f.kind,
            f.value,
            f.low,
            f.high,
            f.unit,
            f.qualifier,
            f.start,
            f.end,
            PARTY_SEPARATOR.join(f.parties),
            f.exporter,
            f.importer,
            f.evidence,
        )
        rows.append([_cell(v) for v in values])
    return rows


def write_csv(results: Iterable[ArticleFacts], out: TextIO) -> tuple[int, int]:
    """Write the header and every fact of every article; returns (articles, failed)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    total = failed = 0
    for facts in results:
        total += 1
        failed += facts.error is not None
        writer.writerows(fact_rows(facts))
    return total, failed
