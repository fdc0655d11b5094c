"""The command line, run as a user would."""

from __future__ import annotations

import json
import subprocess
import sys

from factex.cli import EXIT_BELOW_MIN, main
from factex.models import ArticleFacts

from .conftest import SEEDS


def run(*args, input=None):
    return subprocess.run(
        [sys.executable, "-m", "factex", *args], capture_output=True, text=True, input=input
    )


def test_extract_seeds_jsonl(seed_texts):
    proc = run("extract", str(SEEDS), "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 5
    for line in lines:
        facts = ArticleFacts.model_validate_json(line)
        text = seed_texts[facts.id]
        for item in [*facts.money, *facts.periods, *facts.events]:
            assert text[item.span[0] : item.span[1]] == item.text


def test_extract_json_stdin_and_published():
    proc = run(
        "extract",
        "-",
        "--format",
        "json",
        "--published",
        "2020-05-01",
        input="Trade rose to $5 million last year.",
    )
    assert proc.returncode == 0, proc.stderr
    (only,) = json.loads(proc.stdout)
    assert only["id"] == "stdin" and only["published"] == "2020-05-01"


def test_extract_jsonl_records_and_output_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "r1", "text": "First.", "published": "2021-01-01"})
        + "\n"
        + json.dumps({"id": "r2", "text": "Second."})
        + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(src), "-o", str(out)]) == 0
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["r1", "r2"]


def test_missing_file_is_reported_not_raised(tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 3
    assert "no such file" in json.loads(proc.stdout)["error"]


def test_schema_and_version():
    proc = run("schema")
    assert json.loads(proc.stdout)["properties"]["schema"]["const"] == "factex/1"
    assert run("--version").stdout.startswith("factex ")


def test_score_min_fails_below_threshold(tmp_path):
    (tmp_path / "a.txt").write_text("It cost $5 million.", encoding="utf-8")
    gold = {
        "id": "a",
        "source": "a.txt",
        "annotated": ["money"],
        "money": [{"text": "$5 million", "span": [8, 18], "value": 5e6, "currency": "USD"}],
    }
    (tmp_path / "a.json").write_text(json.dumps(gold))
    pred = tmp_path / "pred.jsonl"
    pred.write_text(ArticleFacts(id="a").to_json() + "\n")
    assert main(["score", str(tmp_path), str(pred), "--min", "money=0.5"]) == EXIT_BELOW_MIN
    assert main(["score", str(tmp_path), str(pred), "--min", "money=0"]) == 0
