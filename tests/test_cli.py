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


def _gold_sets(root, names=("set_a", "set_b")):
    """Two tiny gold sets, one article each: "It cost $5 million." annotated for money."""
    for name in names:
        folder = root / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text("It cost $5 million.", encoding="utf-8")
        gold = {
            "id": name,
            "source": f"{name}.txt",
            "annotated": ["money"],
            "money": [{"text": "$5 million", "span": [8, 18], "value": 5e6, "currency": "USD"}],
        }
        (folder / f"{name}.json").write_text(json.dumps(gold))


def test_score_gate_holds_each_set_to_its_own_minimum(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    _gold_sets(gold)
    pred = tmp_path / "pred.jsonl"
    found = ArticleFacts.model_validate(
        {
            "id": "set_a",
            "money": [{"text": "$5 million", "span": [8, 18], "value": 5e6, "currency": "USD"}],
        }
    )
    # set_a right, set_b missed: the pooled F1 (0.667) would pass a 0.6 minimum
    pred.write_text(found.to_json() + "\n" + ArticleFacts(id="set_b").to_json() + "\n")
    gate = tmp_path / "gate.toml"
    gate.write_text("[set_a]\nmoney = 0.6\n[set_b]\nmoney = 0.6\n")
    assert main(["score", str(gold), str(pred), "--min", "money=0.6"]) == 0
    assert main(["score", str(gold), str(pred), "--gate", str(gate)]) == EXIT_BELOW_MIN
    assert "[set_b] money F1 0.000 is below the minimum 0.6" in capsys.readouterr().err


def test_score_gate_names_every_set_and_required_sets(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    _gold_sets(gold)
    (gold / "set_b" / "set_b.txt").unlink()  # as when ../shared is absent
    pred = tmp_path / "pred.jsonl"
    pred.write_text(ArticleFacts(id="set_a").to_json() + "\n")
    gate = tmp_path / "gate.toml"
    gate.write_text("[set_a]\nmoney = 0\n[set_b]\nmoney = 0\n")
    assert main(["score", str(gold), str(pred), "--gate", str(gate)]) == 0
    out = capsys.readouterr().out
    assert "gold sets scored: set_a (1); skipped, article texts not found: set_b (1)" in out
    args = ["score", str(gold), str(pred), "--gate", str(gate), "--require-all"]
    assert main(args) == EXIT_BELOW_MIN
    assert "gold set 'set_b' was not scored" in capsys.readouterr().err
    gate.write_text("[set_b]\nmoney = 0\n")  # a scored set with no table of its own fails
    assert main(["score", str(gold), str(pred), "--gate", str(gate)]) == EXIT_BELOW_MIN
    assert "'set_a' has no minimums" in capsys.readouterr().err


def test_score_errors_are_one_line_exit_2(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    _gold_sets(gold, ("set_a",))
    proc = run("score", str(gold), str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "cannot read predictions" in proc.stderr
    other = tmp_path / "other.jsonl"
    other.write_text(ArticleFacts(id="nobody").to_json() + "\n")
    proc = run("score", str(gold), str(other))
    assert proc.returncode == 2 and "no id in" in proc.stderr
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"not": "facts"}\n')
    proc = run("score", str(gold), str(bad))
    assert proc.returncode == 2 and "bad.jsonl:1: not a factex result line" in proc.stderr
    gate = tmp_path / "gate.toml"
    gate.write_text("[set_a]\nmony = 1\n")
    proc = run("score", str(gold), "--gate", str(gate))
    assert proc.returncode == 2 and "keys are money" in proc.stderr


def test_version_and_import_do_not_load_spacy():
    code = "import sys, factex; from factex.cli import main; assert 'spacy' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.startswith("factex ")
