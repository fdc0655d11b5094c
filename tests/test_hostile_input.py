"""Hostile and damaged input: nothing lost or mixed, and a non-zero exit when anything is."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import spacy

import factex
from factex.cli import EXIT_OK, EXIT_USAGE, main
from factex.decode import MAX_ARTICLE_BYTES
from factex.export import write_csv
from factex.io import read_paths
from factex.models import ArticleFacts, Fact
from factex.tokenizer_guard import make_doc

RECORDS = [
    {"id": "a", "text": "Exports rose to $5 million in 2023.", "published": "2024-01-02"},
    {"id": "b", "text": "Imports fell 3% to €2 billion.", "published": "2024-01-03"},
]


def _jsonl(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def run_cli(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factex", *args], capture_output=True, input=input, timeout=300
    )


# --- stdin ------------------------------------------------------------------------------


def test_json_lines_on_stdin_are_records():
    data = ("\n" + _jsonl([*RECORDS, {"id": "c", "text": "Nothing."}])).encode()
    done = run_cli("extract", "-", input=data)
    assert done.returncode == EXIT_OK, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"]
    assert lines[0]["money"][0]["value"] == 5_000_000
    assert lines[0]["published"] == "2024-01-02"


def test_stdin_format_text_reads_one_article():
    done = run_cli("extract", "-", "--stdin-format", "text", input=_jsonl(RECORDS).encode())
    assert len(done.stdout.splitlines()) == 1
    assert json.loads(done.stdout)["id"] == "stdin"


def test_a_plain_article_on_stdin_is_one_article():
    text = "{Exports} rose to $5 million.\n\nMore text."
    done = run_cli("extract", "-", input=text.encode())
    (line,) = done.stdout.splitlines()
    assert json.loads(line)["money"][0]["text"] == "$5 million"


def test_utf16_json_lines_on_stdin():
    done = run_cli("extract", "-", input=_jsonl(RECORDS).encode("utf-16"))
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["a", "b"]


# --- JSONL files: recovered record by record --------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_jsonl_in_other_encodings(tmp_path, encoding):
    path = tmp_path / "records.jsonl"
    path.write_bytes(_jsonl(RECORDS).encode(encoding))
    records = list(read_paths([str(path)]))
    assert [(r.id, r.error) for r in records] == [("a", None), ("b", None)]
    assert records[1].text == RECORDS[1]["text"]


def test_a_stray_byte_costs_a_warning_not_the_record(tmp_path):
    path = tmp_path / "records.jsonl"
    lines = _jsonl(RECORDS).encode().splitlines(keepends=True)
    lines[0] = lines[0].replace(b"rose", b"ro\x96se")
    path.write_bytes(b"".join(lines))
    first, second = read_paths([str(path)])
    assert first.error is None and first.id == "a"
    assert first.text.startswith("Exports ro") and first.text.endswith("se to $5 million in 2023.")
    assert any(f"{path}:1" in w for w in first.warnings)  # decoded as a .txt would be
    assert second.error is None and not second.warnings


def test_a_bad_published_costs_the_date_not_the_article(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(_jsonl([{**RECORDS[0], "published": "2019-13-45"}]), encoding="utf-8")
    (record,) = read_paths([str(path)])
    assert record.error is None and record.published is None
    assert record.warnings == [
        f"{path}:1: published '2019-13-45' is not a date YYYY-MM-DD: ignored"
    ]


def test_a_directory_of_jsonl_files_is_read(tmp_path):
    (tmp_path / "one.jsonl").write_text(_jsonl(RECORDS[:1]), encoding="utf-8")
    (tmp_path / "two.jsonl").write_text(_jsonl(RECORDS[1:]), encoding="utf-8")
    assert [r.id for r in read_paths([str(tmp_path)])] == ["a", "b"]
    from factex.progress import count_articles

    assert count_articles([str(tmp_path)]) == 2


def test_an_empty_directory_is_an_error(tmp_path):
    (record,) = read_paths([str(tmp_path)])
    assert record.error and "no .txt, .html or .jsonl articles" in record.error
    assert main(["extract", str(tmp_path)]) == EXIT_USAGE  # refused before any work


# --- odd bytes and text -----------------------------------------------------------------


def test_one_nul_byte_in_a_long_text_is_a_warning(tmp_path):
    path = tmp_path / "article.txt"
    body = ("Exports rose to $5 million in 2023. " * 1250).encode()  # 45 KB
    path.write_bytes(body[:20_000] + b"\x00" + body[20_000:])
    (record,) = read_paths([str(path)])
    assert record.error is None
    assert record.text[20_000] == "\ufffd" and len(record.text) == len(body) + 1
    assert "1 NUL character(s) replaced with U+FFFD" in record.warnings


def test_mojibake_is_repaired_with_a_warning(tmp_path):
    text = "Revenue rose to €5 million and costs to €2 million."
    broken = text.encode("utf-8").decode("cp1252")
    assert "â‚¬" in broken
    (tmp_path / "a.txt").write_text(broken, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"text": broken}) + "\n", encoding="utf-8")
    repaired, plain, record = factex.extract_many(read_paths([str(tmp_path)]))
    for facts in (repaired, record):
        assert [m.value for m in facts.money] == [5_000_000, 2_000_000]
        assert any("mojibake repaired with ftfy" in w for w in facts.warnings)
    assert not plain.warnings
    # a caller's str keeps its offsets: it is not rewritten
    assert factex.extract(broken).money == []


def test_csv_cells_cannot_be_formulas():
    fact = Fact(measure="exports", value=-5e6, unit="USD", span=(0, 3), evidence="=1+1")
    out = io.StringIO()
    write_csv([ArticleFacts(id="@SUM(A1)", facts=[fact])], out)
    row = out.getvalue().splitlines()[1]
    assert row.startswith("'@SUM(A1),exports,") and row.endswith(",'=1+1")
    assert ",-5000000," in row  # a number stays a number


# --- output files -----------------------------------------------------------------------


def test_output_is_replaced_only_when_the_run_completes(tmp_path, monkeypatch):
    out = tmp_path / "out.jsonl"
    out.write_text("previous complete output\n", encoding="utf-8")
    import factex.api

    def crash(*args, **kwargs):
        yield factex.extract("Exports rose to $5 million.")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(factex.api, "extract_many", crash)
    with pytest.raises(RuntimeError):
        main(["extract", str(Path(__file__).parents[1] / "seeds"), "-o", str(out)])
    assert out.read_text(encoding="utf-8") == "previous complete output\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temporary left
    monkeypatch.undo()
    assert main(["extract", str(Path(__file__).parents[1] / "seeds"), "-o", str(out)]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5


# --- size -------------------------------------------------------------------------------


def test_articles_past_spacys_max_length_extract():
    text = "Exports rose to $5 million in 2023. " * 30_000  # 1,080,000 characters
    facts = factex.extract(text)
    assert facts.error is None and len(facts.money) == 30_000


def test_over_the_limit_is_a_factex_message():
    facts = factex.extract("x" * (MAX_ARTICLE_BYTES + 1))
    assert "over the limit of 5,000,000 bytes per article" in facts.error
    nlp = spacy.blank("en")
    nlp.add_pipe("ner")
    nlp.max_length = 10
    with pytest.raises(factex.errors.InputError, match=r"nlp\.max_length"):
        make_doc(nlp, "x" * 11)
