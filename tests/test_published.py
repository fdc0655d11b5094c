"""Where an article's publication date comes from: the caller's date for this article,
else its own dateline, else the run's default (``--published``), else none (a warning,
and relative periods without dates)."""

from __future__ import annotations

import json
import subprocess
import sys

import factex
from factex.records import Record

from .conftest import SEEDS

SEED_001 = SEEDS / "001_a182c1933fd68784.txt"  # dateline 2022-11-16; "this year" in it
UNDATED = "Exports in the first seven months of this year rose to $5 million. In May they fell."


def _extract(*args: str) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "factex", "extract", *args, "--format", "jsonl"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.splitlines()[0])


def test_a_dateline_wins_over_the_cli_default():
    out = _extract(str(SEED_001), "--published", "2024-10-04")
    assert out["published"] == "2022-11-16"
    assert out["source"]["published_from"] == "dateline"
    this_year = next(p for p in out["periods"] if p["text"] == "this year")
    assert this_year["start"] == "2022-01-01"


def test_the_cli_default_serves_an_article_without_a_dateline(tmp_path):
    article = tmp_path / "undated.txt"
    article.write_text(UNDATED, encoding="utf-8")
    out = _extract(str(article), "--published", "2020-03-01")
    assert out["published"] == "2020-03-01" and out["source"]["published_from"] == "default"
    assert out["periods"][0]["start"] == "2020-01-01"
    assert out["warnings"] == []


def test_the_callers_date_for_one_article_wins_over_its_dateline():
    facts = factex.extract(SEED_001.read_text(encoding="utf-8"), published="2024-10-04")
    assert str(facts.published) == "2024-10-04"
    assert facts.source is not None and facts.source.published_from == "caller"
    [record] = factex.extract_many([Record(text=UNDATED, default_published=None)])
    assert record.source is not None and record.source.published_from == "none"


def test_no_date_leaves_relative_periods_undated_with_a_warning():
    facts = factex.extract(UNDATED)
    assert facts.published is None and facts.source.published_from == "none"
    assert [(p.text, p.start, p.end) for p in facts.periods] == [
        ("the first seven months of this year", None, None),
        ("May", None, None),
    ]
    assert facts.facts and all(f.start is None and f.end is None for f in facts.facts)
    [warning] = facts.warnings
    assert warning.startswith("no publication date given or found: 2 periods")
    # an undated article with nothing relative in it is not warned about
    assert factex.extract("Exports rose to $5 million in 2021.").warnings == []


def test_a_jsonl_records_date_is_the_callers(tmp_path):
    path = tmp_path / "a.jsonl"
    record = {"id": "a", "text": SEED_001.read_text(encoding="utf-8"), "published": "2023-01-02"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = _extract(str(path), "--published", "2024-10-04")
    assert out["published"] == "2023-01-02" and out["source"]["published_from"] == "caller"


def test_a_date_field_opening_a_long_line_is_the_dateline():
    text = (
        " date 2024-08-20 By a staff reporter of the agency with a long byline that goes on"
        " about the bureau and its many correspondents in the region\n"
        "Exports rose 5% last year, the ministry said on Monday.\n"
    )
    facts = factex.extract(text)
    assert str(facts.published) == "2024-08-20" and facts.source.published_from == "dateline"
    assert "2024-08-20" not in [p.text for p in facts.periods]


def test_a_wire_dateline_gives_the_date_with_the_runs_year(tmp_path):
    article = tmp_path / "wire.txt"
    article.write_text(
        "DUSHANBE, August 20. Tajikistan exported goods worth $5 million in the first half"
        " of this year, the agency said.\n",
        encoding="utf-8",
    )
    out = _extract(str(article), "--published", "2024-09-01")
    assert out["published"] == "2024-08-20" and out["source"]["published_from"] == "dateline"
    assert [p["text"] for p in out["periods"]] == ["the first half of this year"]
    alone = _extract(str(article))  # no year anywhere: no date, and a warning
    assert alone["published"] is None and alone["warnings"]
