"""Consolidating facts across articles: constructed cases, the seed gold, the CLI."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from factex.cli import EXIT_USAGE, main
from factex.consolidate import Consolidation, consolidate, write_consolidation_table
from factex.models import ArticleFacts, Fact

from .gold_facts import seed_gold

Y2021 = (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
AZ_BY = ["Azerbaijan", "Belarus"]


def fact(value, *, measure="trade_turnover", period=Y2021, parties=AZ_BY, **more) -> Fact:
    evidence = more.pop("evidence", f"Trade reached {value}.")
    return Fact(
        measure=measure,
        value=value,
        unit=more.pop("unit", "USD"),
        start=period[0] if period else None,
        end=period[1] if period else None,
        parties=parties,
        span=(0, len(evidence)),
        evidence=evidence,
        **more,
    )


def article(id: str, *facts: Fact) -> ArticleFacts:
    return ArticleFacts(id=id, facts=list(facts))


def only(result: Consolidation):
    (group,) = result.groups
    return group


# ---------------------------------------------------------------- constructed cases


def test_rounding_is_a_near_duplicate_with_the_majority_value_and_every_source():
    result = consolidate(
        [
            article("a", fact(424.4e6, evidence="turnover was $424.4 million in 2021")),
            article("b", fact(424.5e6, evidence="turnover amounted to $424.5 million")),
            article("c", fact(424.4e6, measure="trade_volume")),
        ]
    )
    group = only(result)
    assert group.status == "near_duplicate"
    assert group.value == 424.4e6
    assert group.measure == "trade"
    assert group.articles == ["a", "b", "c"]
    assert [(r.value, r.articles) for r in group.readings] == [(424.4e6, 2), (424.5e6, 1)]
    first, second = group.readings
    assert [s.article for s in first.sources] == ["a", "c"]
    assert second.sources[0].evidence == "turnover amounted to $424.5 million"
    assert [s.measure for s in first.sources] == ["trade_turnover", "trade_volume"]
    assert 0 < group.spread < 0.005


def test_values_beyond_the_tolerance_conflict_and_the_tolerance_is_configurable():
    articles = [article("a", fact(100e6)), article("b", fact(120e6))]
    assert only(consolidate(articles)).status == "conflict"
    assert only(consolidate(articles, tolerance=0.2)).status == "near_duplicate"
    assert only(consolidate(articles, tolerance=0.1)).status == "conflict"


def test_same_value_agrees_and_a_lone_fact_is_single():
    assert only(consolidate([article("a", fact(5e6)), article("b", fact(5e6))])).status == (
        "agreed"
    )
    assert only(consolidate([article("a", fact(5e6))])).status == "single"


def test_party_order_spelling_and_measure_synonyms_group_together():
    result = consolidate(
        [
            article("a", fact(7e6, parties=["Azerbaijan", "Belarus"])),
            article("b", fact(7e6, parties=["Republic of Belarus", "azerbaijan"])),
            article("c", fact(7e6, measure="bilateral_trade", parties=["Belarus", "Azerbaijan"])),
        ]
    )
    group = only(result)
    assert group.status == "agreed" and group.articles == ["a", "b", "c"]
    assert group.parties == ["Azerbaijan", "Belarus"]


@pytest.mark.parametrize(
    "other",
    [
        fact(7e6, period=(dt.date(2020, 1, 1), dt.date(2020, 12, 31))),  # another year
        fact(7e6, measure="exports"),  # another measure
        fact(7e6, unit="EUR"),  # another currency
        fact(7e6, parties=["Azerbaijan", "Georgia"]),  # other parties
        fact(7e6, kind="change"),  # a change, not a level
        fact(7e6, measure="exports", exporter="Belarus", importer="Azerbaijan"),  # direction
    ],
)
def test_different_figures_stay_apart(other):
    base = fact(7e6, measure="exports", exporter="Azerbaijan", importer="Belarus")
    if other.measure != "exports":
        base = fact(7e6)
    result = consolidate([article("a", base), article("b", other)])
    assert len(result.groups) == 2
    assert {g.status for g in result.groups} == {"single"}


def test_undated_and_unattributed_facts_are_left_out_and_counted():
    result = consolidate(
        [
            article("a", fact(55e6, measure="contract_value", period=None), fact(1e6)),
            article("b", fact(55e6, measure="contract_value", period=None), fact(2e6, parties=[])),
            article("c", fact(3e6, parties=[" "])),
        ]
    )
    assert (result.articles, result.facts, result.skipped_undated) == (3, 5, 2)
    assert result.skipped_no_parties == 2
    assert [g.measure for g in result.groups] == ["trade"]


def test_ranges_compare_by_their_middle():
    a = fact(None, low=50e6, high=60e6)
    b = fact(None, low=50e6, high=60.2e6)
    group = only(consolidate([article("a", a), article("b", b)]))
    assert group.status == "near_duplicate"
    assert (group.value, group.low, group.high) == (None, 50e6, 60e6)  # a tie: first stated


def test_conflicts_come_first_then_near_duplicates_then_agreements_then_singles():
    y20 = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    y19 = (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    y18 = (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    result = consolidate(
        [
            article(
                "a", fact(1e6, period=y18), fact(2e6, period=y19), fact(3e6), fact(9e6, period=y20)
            ),
            article("b", fact(2e6, period=y19), fact(3.001e6), fact(5e6, period=y20)),
        ]
    )
    assert [g.status for g in result.groups] == ["conflict", "near_duplicate", "agreed", "single"]


def test_same_article_repeating_a_figure_counts_once_per_article():
    group = only(consolidate([article("a", fact(5e6), fact(5e6)), article("b", fact(5.01e6))]))
    assert [(r.articles, len(r.sources)) for r in group.readings] == [(1, 2), (1, 1)]
    assert group.value == 5e6  # more sources among equally many articles


def test_min_articles_keeps_what_several_articles_say():
    y20 = (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    articles = [
        article("a", fact(5e6), fact(9e6, period=y20), fact(9e6, period=y20)),
        article("b", fact(5e6)),
    ]
    assert len(consolidate(articles).groups) == 2
    (group,) = consolidate(articles, min_articles=2).groups
    assert group.value == 5e6 and group.articles == ["a", "b"]


def test_nothing_in_nothing_out():
    result = consolidate([])
    assert (result.articles, result.facts, result.groups) == (0, 0, [])
    assert consolidate([ArticleFacts(id="x", error="broken")]).groups == []


def test_json_round_trips():
    result = consolidate([article("a", fact(424.4e6)), article("b", fact(424.5e6))])
    again = Consolidation.model_validate_json(result.to_json())
    assert again == result
    data = json.loads(result.to_json())
    assert data["groups"][0]["start"] == "2021-01-01"


def test_table_has_one_row_per_value_and_is_plain_when_piped():
    result = consolidate([article("a", fact(424.4e6)), article("b", fact(424.5e6))])
    out = io.StringIO()
    write_consolidation_table(result, out)
    text = out.getvalue()
    assert "\x1b[" not in text
    rows = [line for line in text.splitlines() if "million USD" in line]
    assert len(rows) == 2
    assert "near_duplicate" in rows[0] and "424.4 million USD" in rows[0] and "a" in rows[0]
    assert "424.5 million USD" in rows[1]
    assert "2021" in rows[0] and "Azerbaijan – Belarus" in rows[0]


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_table_on_a_terminal_lists_every_source_with_its_evidence():
    result = consolidate(
        [
            article("a", fact(424.4e6, evidence="first says $424.4 million")),
            article("b", fact(424.4e6, evidence="second says $424.4 million")),
        ]
    )
    out = FakeTerminal()
    write_consolidation_table(result, out)
    screen = out.getvalue()
    assert "a: first says" in screen
    assert "b: second says" in screen
    assert "agreed" in screen


# ---------------------------------------------------------------- the seeds


def test_seed_gold_2021_turnover_is_a_rounding_near_duplicate_across_three_articles():
    result = consolidate(facts for _, facts in seed_gold())
    trade_2021 = [
        g
        for g in result.groups
        if g.measure == "trade" and (g.start, g.end) == Y2021 and g.kind == "level"
    ]
    (group,) = trade_2021
    assert group.status == "near_duplicate"
    assert group.value == 424.4e6
    assert len(group.articles) == 3
    values = {r.value: sorted(s.article[:3] for s in r.sources) for r in group.readings}
    assert values == {424.4e6: ["002", "004"], 424.5e6: ["001"]}
    assert all("424" in s.evidence for r in group.readings for s in r.sources)
    exports = [g for g in result.groups if g.measure == "exports" and (g.start, g.end) == Y2021]
    assert [(g.status, g.value, len(g.articles)) for g in exports] == [("agreed", 295.5e6, 2)]


# ---------------------------------------------------------------- the command line


def _write_jsonl(path, *articles: ArticleFacts) -> None:
    path.write_text("".join(a.to_json() + "\n" for a in articles), encoding="utf-8")


def test_cli_json_and_table(tmp_path, capsys):
    pred = tmp_path / "pred.jsonl"
    _write_jsonl(pred, article("a", fact(100e6)), article("b", fact(104e6)))
    assert main(["consolidate", str(pred)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["groups"][0]["status"] == "conflict"
    assert main(["consolidate", str(pred), "--tolerance", "0.05", "--format", "table"]) == 0
    assert "near_duplicate" in capsys.readouterr().out
    out = tmp_path / "c.json"
    assert main(["consolidate", str(pred), "-o", str(out)]) == 0
    assert json.loads(out.read_text())["articles"] == 2
    assert main(["consolidate", str(pred), "--min-articles", "3"]) == 0
    assert json.loads(capsys.readouterr().out)["groups"] == []


def test_cli_bad_input_is_a_usage_error(tmp_path, capsys):
    assert main(["consolidate", str(tmp_path / "absent.jsonl")]) == EXIT_USAGE
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    assert main(["consolidate", str(bad)]) == EXIT_USAGE
    assert "factex consolidate" in capsys.readouterr().err
    # the wrong kind of file: the file and line, not pydantic's dump
    wrong = tmp_path / "gold.jsonl"
    wrong.write_text(ArticleFacts().to_json() + "\n" + '{"id": "a", "money": 5}\n')
    assert main(["consolidate", str(wrong)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert f"{wrong}:2: not a factex result" in err and "validation error" not in err
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x01")
    assert main(["consolidate", str(binary)]) == EXIT_USAGE
    assert f"{binary}:1: not UTF-8 text" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit:
        main(["consolidate", str(bad), "--tolerance", "-0.1"])
    assert exit.value.code == EXIT_USAGE


def test_cli_reads_stdin_in_a_pipe():
    import subprocess
    import sys

    lines = article("a", fact(424.4e6)).to_json() + "\n" + article("b", fact(424.5e6)).to_json()
    proc = subprocess.run(
        [sys.executable, "-m", "factex", "consolidate", "-", "--format", "table"],
        input=lines,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "near_duplicate" in proc.stdout and proc.stderr == ""


def test_extracted_seeds_2021_turnover_is_a_near_duplicate(seed_texts, nlp):
    from factex.api import extract_many

    results = list(extract_many([{"id": i, "text": t} for i, t in seed_texts.items()], nlp=nlp))
    result = consolidate(results)
    trade_2021 = [
        g
        for g in result.groups
        if g.measure == "trade" and (g.start, g.end) == Y2021 and g.kind == "level"
    ]
    (group,) = trade_2021
    assert group.status == "near_duplicate" and group.value == 424.4e6
    values = {r.value: sorted(s.article[:3] for s in r.sources) for r in group.readings}
    assert values == {424.4e6: ["002", "004"], 424.5e6: ["001"]}
