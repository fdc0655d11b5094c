"""Plausible user mistakes, run as a user would: an exit code, one line on stderr that
says what is wrong and what to do, never a traceback."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SEEDS

GOLD_SEEDS = Path(__file__).resolve().parents[1] / "gold" / "seeds"


def run(*args, input=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "factex", *map(str, args)],
        capture_output=True,
        text=True,
        input=input,
        cwd=cwd,
    )


def one_line(proc, code: int, *words: str) -> str:
    """The single stderr line of a run that exited ``code``; it contains ``words``."""
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, proc.stderr
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Exports rose to $5 million in 2021.", encoding="utf-8")
    return path


def test_output_in_a_directory_that_does_not_exist(article, tmp_path):
    target = tmp_path / "nonexistent" / "dir" / "x.jsonl"
    proc = run("extract", article, "-o", target)
    one_line(proc, 2, "does not exist", "create it")
    assert not target.parent.exists()


@pytest.mark.parametrize("command", ["extract", "render"])
def test_output_that_is_a_directory(article, tmp_path, command):
    proc = run(command, article, "-o", tmp_path)
    one_line(proc, 2, "is a directory", "file name")


def test_consolidate_output_and_input_mistakes(article, tmp_path):
    pred = tmp_path / "pred.jsonl"
    assert run("extract", article, "-o", pred, "-q").returncode == 0
    one_line(run("consolidate", pred, "-o", tmp_path / "no" / "x"), 2, "does not exist")
    one_line(run("consolidate", tmp_path), 2, "is a directory", "factex extract")
    one_line(run("consolidate", article), 2, "a.txt:1", "not a factex result")
    summary = run("consolidate", pred)
    assert summary.returncode == 0 and "from 1 fact in 1 article" in summary.stderr
    quiet = run("consolidate", pred, "-q")
    assert quiet.returncode == 0 and quiet.stderr == "" and json.loads(quiet.stdout)


def test_output_to_a_device_writes_it_in_place_never_replaces_it(article, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factex", "extract", str(article), "-o", str(fifo), "-q"],
        stderr=subprocess.PIPE,
        text=True,
    )
    with fifo.open(encoding="utf-8") as reader:
        line = reader.readline()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert json.loads(line)["id"] == "a"
    assert fifo.is_fifo()  # not renamed over by a regular file


@pytest.mark.skipif(not Path("/dev/full").is_char_device(), reason="needs /dev/full")
def test_a_full_disk_is_one_line(article):
    one_line(run("extract", article, "-o", "/dev/full"), 2, "No space left")
    assert Path("/dev/full").is_char_device()


@pytest.mark.parametrize(
    "args, words",
    [
        (["extract", "{a}", "--format", "xml"], ["invalid choice", "--help"]),
        (["extract", "{a}", "--published", "2024-13-01"], ["not a date", "--help"]),
        (["render"], ["required", "factex render --help"]),
        (["extract"], ["required"]),
        (["score", "{a}"], ["not a directory", "gold directory"]),
        (["score", "{tmp}/nope"], ["no such directory", "gold directory"]),
        (["score", GOLD_SEEDS, "--gate", "{tmp}/nope.toml"], ["nope.toml"]),
        (["score", GOLD_SEEDS, "{a}"], ["a.txt:1", "factex extract"]),
        (["score", GOLD_SEEDS, "{tmp}"], ["cannot read predictions"]),
        (["score", GOLD_SEEDS, "-q", "-v"], ["not allowed"]),
        (["consolidate", "{tmp}/none.jsonl"], ["no such file"]),
    ],
)
def test_usage_mistakes_are_one_line(article, tmp_path, args, words):
    args = [str(a).format(a=article, tmp=tmp_path) for a in args]
    one_line(run(*args), 2, *words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_an_error_line_not_a_traceback(article):
    article.chmod(0)
    proc = run("extract", article)
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    assert "cannot read" in json.loads(proc.stdout)["error"]


@pytest.mark.parametrize("command", ["extract", "render"])
def test_a_directory_without_articles_is_refused(tmp_path, command):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    empty = tmp_path / "empty"
    empty.mkdir()
    page = tmp_path / "page.html"
    for directory in (tmp_path, empty):
        proc = run(command, directory, "-o", page)
        assert "no articles found in" in proc.stderr
        assert "expected .txt, .html or .jsonl" in proc.stderr
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert not page.exists()  # no empty page


@pytest.mark.parametrize("command", ["extract", "render"])
def test_an_empty_jsonl_is_refused(tmp_path, command):
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    out = tmp_path / "out"
    out.write_text("previous\n", encoding="utf-8")
    one_line(run(command, empty, "-o", out), 2, "no articles found in", "JSON lines")
    assert out.read_text(encoding="utf-8") == "previous\n"  # left as it was


def test_ctrl_c_during_start_up_is_one_line_and_130(article):
    """SIGINT while spaCy imports and the pipeline loads (a second or two)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "factex", "extract", str(article)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(0.6)
    if proc.poll() is not None:
        pytest.skip("factex started and finished before the signal")
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert "Traceback" not in err, err
    assert proc.returncode == 130, err
    assert err.splitlines()[-1].endswith("interrupted")
    assert len(err.splitlines()) == 1 or "article" in err  # at most the summary besides
    assert all(line.endswith("}") for line in out.splitlines())


@pytest.mark.parametrize("command", ["extract", "render", "score", "consolidate"])
def test_help_shows_defaults_and_quiet(command):
    proc = run(command, "--help")
    assert proc.returncode == 0
    text = " ".join(proc.stdout.split())
    assert "-q, --quiet" in text
    if command in ("extract", "consolidate"):
        assert "(default: jsonl)" in text or "(default: json)" in text
    if command == "extract":
        assert "(default: 1)" in text and "(default: 200)" in text  # --workers, parts


def test_quiet_silences_the_summary_but_not_errors(article, tmp_path):
    quiet = run("extract", article, "-q")
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout
    loud = run("extract", article)
    assert "1 article: 1 ok" in loud.stderr
    failing = run("extract", article, tmp_path / "missing.txt", "-q")
    assert failing.returncode == 3 and "missing.txt: no such file" in failing.stderr
    page = tmp_path / "p.html"
    rendered = run("render", article, "-o", page, "-q")
    assert rendered.returncode == 0 and rendered.stderr == "" and page.stat().st_size
    assert "rendered to" in run("render", article, "-o", page).stderr


def test_score_quiet_prints_nothing_when_the_gate_holds(tmp_path):
    pred = tmp_path / "pred.jsonl"
    assert run("extract", SEEDS, "-o", pred, "-q").returncode == 0
    quiet = run("score", GOLD_SEEDS, pred, "-q")
    assert quiet.returncode == 0 and quiet.stdout == "" and quiet.stderr == ""
    lines = pred.read_text(encoding="utf-8").splitlines()
    pred.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")  # an article missed
    failing = run("score", GOLD_SEEDS, pred, "-q", "--min", "money=1")
    assert failing.returncode == 4 and failing.stdout == ""
    assert failing.stderr.startswith("FAIL: ")
    assert run("score", GOLD_SEEDS, pred).stdout.count("\n") > 3
