"""The HTML page (in a real headless browser too), the terminal table and the progress bar."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factex.cli import main
from factex.models import (
    ArticleFacts,
    Event,
    Fact,
    Mention,
    Money,
    Organization,
    Period,
)
from factex.progress import count_articles, progress
from factex.render import HEADLESS_CHROMIUM_FLAGS, highlights, render, write_table

from .conftest import ROOT, SEEDS
from .gold_facts import seed_gold

ARTIFACTS = ROOT / "test-artifacts"

TEXT = (
    "On May 5, 2021 the Minsk Tractor Plant (MTZ) signed contracts worth more than"
    " $55 million. Trade between A & B <rose> 39% in 2021."
)


def _span(needle: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def constructed() -> ArticleFacts:
    """One article with one item of each type, spans taken from TEXT."""
    return ArticleFacts(
        id="art-1",
        published=dt.date(2021, 5, 6),
        money=[
            Money(
                text="more than $55 million",
                span=_span("more than $55 million"),
                value=55e6,
                currency="USD",
                qualifier="more_than",
                rule="money.test",
            )
        ],
        periods=[
            Period(
                text="May 5, 2021",
                span=_span("May 5, 2021"),
                start=dt.date(2021, 5, 5),
                end=dt.date(2021, 5, 5),
                timex="2021-05-05",
            ),
            Period(
                text="2021",
                span=(TEXT.index("2021."), TEXT.index("2021.") + 4),
                start=dt.date(2021, 1, 1),
                end=dt.date(2021, 12, 31),
                timex="2021",
            ),
        ],
        organizations=[
            Organization(
                name="Minsk Tractor Plant",
                acronym="MTZ",
                kind="company",
                mentions=[
                    Mention(text="Minsk Tractor Plant", span=_span("Minsk Tractor Plant")),
                    Mention(text="MTZ", span=_span("MTZ")),
                ],
            )
        ],
        events=[
            Event(
                type="signing",
                text="signed",
                span=_span("signed"),
                start=dt.date(2021, 5, 5),
                end=dt.date(2021, 5, 5),
                participants=["Minsk Tractor Plant"],
            )
        ],
        facts=[
            Fact(
                measure="contract_value",
                value=55e6,
                unit="USD",
                qualifier="more_than",
                parties=["Minsk Tractor Plant"],
                span=(0, TEXT.index(".") + 1),
                evidence=TEXT[: TEXT.index(".") + 1],
            ),
            Fact(
                measure="trade_turnover",
                kind="change",
                value=39,
                unit="percent",
                start=dt.date(2021, 1, 1),
                end=dt.date(2021, 12, 31),
                parties=["A", "B"],
                span=_span("Trade between A & B <rose> 39% in 2021."),
                evidence="Trade between A & B <rose> 39% in 2021.",
            ),
        ],
    )


def marks(page: str) -> list[tuple[str, str, str]]:
    """(class, title, highlighted text) of every highlight on the page."""
    found = re.findall(r'<mark class="entity fx-(\w+)"[^>]*title="([^"]*)">(.*?)<span', page)
    return [(cls, html.unescape(title), html.unescape(text)) for cls, title, text in found]


# ---------------------------------------------------------------- the page


def test_every_type_is_highlighted_with_its_value_beside_and_on_hover():
    page = render([(TEXT, constructed())])
    found = marks(page)
    assert [(c, t) for c, _, t in found] == [
        ("period", "May 5, 2021"),
        ("org", "Minsk Tractor Plant"),
        ("org", "MTZ"),
        ("event", "signed"),
        ("money", "more than $55 million"),
        ("period", "2021"),
    ]
    titles = {text: title for _, title, text in found}
    assert titles["more than $55 million"] == "money: > 55 million USD (rule money.test)"
    assert titles["MTZ"].startswith("organization: Minsk Tractor Plant (MTZ); company")
    assert "with Minsk Tractor Plant" in titles["signed"]
    # the value beside: shown where it says more than the text, left out where it repeats it
    assert '<span class="fx-value">&gt; 55 million USD</span>' in page
    assert '<span class="fx-value">Minsk Tractor Plant (MTZ)</span>' in page
    assert '2021<span class="fx-tag"><span class="fx-label">PERIOD</span></span>' in page


def test_distinct_colours_per_type():
    page = render([(TEXT, constructed())])
    colours = dict(re.findall(r'<mark class="entity fx-(\w+)" style="background: (#\w+)"', page))
    assert len(colours) == 4 and len(set(colours.values())) == 4


def test_facts_events_and_organizations_tables_follow_the_text():
    page = render([(TEXT, constructed())])
    text_at = page.index('class="fx-text"')
    facts_at = page.index("<caption>Facts</caption>")
    assert text_at < facts_at < page.index("<caption>Events</caption>")
    assert page.index("<caption>Organizations</caption>") > facts_at
    assert "<td>contract_value</td>" in page
    assert '<td class="fx-nowrap">&gt; 55 million USD</td>' in page
    assert '<td class="fx-nowrap">39%</td>' in page
    assert '<td class="fx-evidence">Trade between A &amp; B &lt;rose&gt; 39% in 2021.</td>' in page


def test_article_text_is_escaped_and_kept_whole():
    page = render([(TEXT, constructed())])
    assert "<rose>" not in page
    text = re.sub(r'<span class="fx-tag">.*?</span></mark>', "", page.split('class="fx-text"')[1])
    text = html.unescape(re.sub(r"<[^>]+>", "", text.split("<table")[0]))
    assert " ".join(TEXT.split()) in " ".join(text.split())


def test_page_is_self_contained():
    page = render([(TEXT, constructed())])
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"https?://|\bsrc\s*=|<link\b|@import|url\(", page, re.I)
    assert all(link.startswith("#") for link in re.findall(r'href="([^"]*)"', page))
    assert page.count("<style>") == 1 and page.count("<script>") == 1


def test_figures_across_articles_are_listed_under_them():
    def one(id: str, value: float, evidence: str) -> tuple[str, ArticleFacts]:
        fact = Fact(
            measure="trade_turnover",
            value=value,
            unit="USD",
            start=dt.date(2021, 1, 1),
            end=dt.date(2021, 12, 31),
            parties=["Azerbaijan", "Belarus"],
            span=(0, len(evidence)),
            evidence=evidence,
        )
        return evidence, ArticleFacts(id=id, facts=[fact])

    page = render(
        [
            one("x1", 424.4e6, "Turnover was $424.4 million."),
            one("x2", 424.5e6, "Turnover was $424.5 million."),
            (TEXT, constructed()),
        ]
    )
    across = page.split('<section class="fx-article fx-across" id="across">')[1]
    assert '<a href="#across">' in page
    assert "<td>near_duplicate</td><td>trade · 2021 · Azerbaijan – Belarus</td>" in across
    assert "424.4 million USD</td><td>x1</td>" in across
    assert "424.5 million USD</td><td>x2</td>" in across
    assert "art-1" not in across  # figures stated once are not listed
    assert 'id="across"' not in render([(TEXT, constructed())])


def test_overlaps_keep_the_higher_priority_highlight_and_say_so():
    facts = constructed()
    facts.events.append(Event(type="other", text="worth more than", span=_span("worth more than")))
    kept, left_out = highlights(facts, TEXT)
    assert left_out == 1
    assert "worth more than" not in [TEXT[h.start : h.end] for h in kept]
    assert all(a.end <= b.start for a, b in pairwise(kept))
    assert "1 overlapping mentions not highlighted" in render([(TEXT, facts)])


def test_errors_warnings_and_empty_articles_render():
    page = render(
        [
            ("", ArticleFacts(id="broken", error="InputError: binary")),
            ("Nothing here.", ArticleFacts(id="empty", warnings=["odd encoding"])),
        ],
        title="two <articles>",
    )
    assert "Error: InputError: binary" in page and "odd encoding" in page
    assert "<title>two &lt;articles&gt;</title>" in page
    assert "No facts." in page


def test_docs_from_a_factex_pipeline_render(nlp):
    doc = nlp("Trade between the two countries reached $120 million in 2019.")
    page = render([doc])
    assert "Trade between the two countries" in page and 'class="fx-article"' in page


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(max_size=80),
    spans=st.lists(st.tuples(st.integers(-5, 90), st.integers(-5, 90)), max_size=8),
)
def test_odd_spans_never_raise_and_highlights_never_overlap(text, spans):
    facts = ArticleFacts(
        money=[Money(text="x", span=(s, e), value=1.0) for s, e in spans[::2]],
        periods=[Period(text="x", span=(s, e)) for s, e in spans[1::2]],
    )
    kept, left_out = highlights(facts, text)
    assert all(0 <= h.start < h.end <= len(text) for h in kept)
    assert all(a.end <= b.start for a, b in pairwise(kept))
    assert len(kept) + left_out == len(spans)
    render([(text, facts)])


# ---------------------------------------------------------------- in a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_FLAGS = (*HEADLESS_CHROMIUM_FLAGS, "--enable-logging=stderr", "--v=0")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    """Run headless chromium on ``page`` with a fresh profile."""
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, page.as_uri()],
            capture_output=True,
            text=True,
            timeout=120,
        )


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the JS console, uncaught errors included."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


def screenshot(page: Path, png: Path, height: int = 2400) -> list[str]:
    """Load ``page``, save a screenshot to ``png``; returns the console messages."""
    png.unlink(missing_ok=True)
    proc = chromium(page, f"--screenshot={png}", f"--window-size=1200,{height}")
    assert png.is_file() and png.stat().st_size > 1000, proc.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return console_messages(proc.stderr)


@pytest.fixture(scope="module")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@needs_chromium
def test_browser_catches_a_broken_page(artifacts):
    """The check below can fail: a page with a script error is caught."""
    bad = artifacts / "broken.html"
    bad.write_text("<!DOCTYPE html><p>x</p><script>undefinedFunction();</script>")
    messages = screenshot(bad, artifacts / "broken.png", height=300)
    assert any("undefinedFunction is not defined" in m for m in messages)


@needs_chromium
@pytest.mark.slow
def test_page_loads_in_chromium_without_console_errors(artifacts):
    articles = [(TEXT, constructed()), *seed_gold()]
    page = artifacts / "render.html"
    page.write_text(render(articles, title="factex: seed gold"), encoding="utf-8")
    assert screenshot(page, artifacts / "render.png") == []
    dom = chromium(page, "--dump-dom").stdout
    assert 'data-factex-ready="1"' in dom  # the page's script ran to its end
    assert dom.count('class="fx-article"') == len(articles)
    assert dom.count("<mark ") == render(articles).count("<mark ")


@needs_chromium
@pytest.mark.slow
def test_rendered_seeds_page_from_the_cli_loads_in_chromium(artifacts):
    page = artifacts / "seeds.html"
    assert main(["render", str(SEEDS), "-o", str(page), "--title", "factex: seeds"]) == 0
    assert screenshot(page, artifacts / "seeds.png") == []
    assert chromium(page, "--dump-dom").stdout.count('class="fx-article"') == 5


# ---------------------------------------------------------------- render CLI


def test_cli_render_writes_one_page_for_all_articles(tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["render", str(SEEDS), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('class="fx-article"') == 5
    for path in sorted(SEEDS.glob("*.txt")):
        assert f"<h2>{path.stem}</h2>" in page
    assert main(["render", str(sorted(SEEDS.glob("*.txt"))[0])]) == 0
    assert capsys.readouterr().out.count('class="fx-article"') == 1


def test_cli_render_shows_a_missing_article_and_exits_3(tmp_path, capsys):
    from factex.cli import EXIT_SOME_FAILED

    out = tmp_path / "report.html"
    article = sorted(SEEDS.glob("*.txt"))[0]
    code = main(["render", str(article), str(tmp_path / "absent.txt"), "-o", str(out)])
    assert code == EXIT_SOME_FAILED
    assert "1 of 2 articles failed" in capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    assert page.count('class="fx-article"') == 2 and "no such file" in page


# ---------------------------------------------------------------- the terminal table


class FakeTerminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def test_table_piped_is_plain_one_line_per_fact():
    out = io.StringIO()
    failed = ArticleFacts(id="bad", error="InputError: binary")
    assert write_table([constructed(), ArticleFacts(id="none"), failed], out) == (3, 1)
    text = out.getvalue()
    assert "\x1b[" not in text
    lines = text.splitlines()
    assert lines[0].startswith("2 facts in 3 articles, 1 failed")
    (contract,) = [line for line in lines if "contract_value" in line]
    assert "> 55 million USD" in contract and "art-1" in contract
    assert "Minsk Tractor Plant" in contract and "On May 5, 2021" in contract
    (change,) = [line for line in lines if "trade_turnover" in line]
    assert "39%" in change and "2021" in change and "change" in change
    assert any("none" in line and "(no facts)" in line for line in lines)
    assert any("bad" in line and "error: InputError: binary" in line for line in lines)
    # aligned: every cell of a column starts at the same place
    header = next(line for line in lines if "measure" in line)
    assert contract.index("contract_value") == header.index("measure")


def test_table_on_a_terminal_uses_colour_and_keeps_values_whole():
    out = FakeTerminal()
    write_table([constructed()], out)
    screen = out.getvalue()
    assert "\x1b[" in screen
    assert "contract_value" in screen and "> 55 million USD" in screen
    assert "(change)" in screen and "2021" in screen  # the terminal layout: a fact column
    width = max(len(re.sub(r"\x1b\[[0-9;]*m", "", line)) for line in screen.splitlines())
    assert width <= 80  # fits the (default) terminal width


def test_cli_extract_format_table():
    proc = subprocess.run(
        [sys.executable, "-m", "factex", "extract", str(SEEDS), "--format", "table"],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "in 5 articles" in proc.stdout
    for path in SEEDS.glob("*.txt"):
        assert path.stem in proc.stdout
    # no progress bar when stderr is not a terminal: only the run's one-line summary
    # seed 002 has no dateline: its "May 18" stays undated, with a warning
    assert proc.stderr == "factex: 5 articles: 5 ok, 0 failed, 1 with warnings\n"


# ---------------------------------------------------------------- progress


def test_progress_writes_nothing_when_not_a_terminal():
    out = io.StringIO()
    calls = []
    assert list(progress(range(50), total=lambda: calls.append(1) or 50, stream=out)) == list(
        range(50)
    )
    assert out.getvalue() == "" and calls == []  # not even the inputs were counted


def test_progress_shows_a_bar_with_articles_per_second_on_a_terminal():
    out = FakeTerminal()
    assert list(progress(iter(range(12)), total=12, stream=out)) == list(range(12))
    screen = out.getvalue()
    assert "12/12" in screen and "articles/s" in screen


def test_progress_counts_without_a_total_and_skips_tiny_batches():
    out = FakeTerminal()
    list(progress(iter(range(7)), total=None, stream=out))
    assert "articles/s" in out.getvalue()
    small = FakeTerminal()
    list(progress(range(2), total=2, stream=small))
    assert small.getvalue() == ""


def test_count_articles(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "b.html").write_text("x")
    (tmp_path / "skip.json").write_text("{}")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"text": "x"}) + "\n\n" + json.dumps({"text": "y"}) + "\n")
    assert count_articles([str(tmp_path)]) == 4  # a directory's .jsonl records count
    assert count_articles([str(records), str(tmp_path / "a.txt")]) == 3
    assert count_articles(["-"]) is None


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_cli_progress_on_a_real_terminal(tmp_path):
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "factex", "extract", str(SEEDS), "-o", str(tmp_path / "o")],
            stderr=slave,
            stdout=subprocess.DEVNULL,
            env={**os.environ, "COLUMNS": "120"},
            timeout=120,
        )
        os.close(slave)
        screen = b""
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            if not chunk:
                break
            screen += chunk
    finally:
        os.close(master)
    assert proc.returncode == 0
    text = screen.decode("utf-8", "replace")
    assert "5/5" in text and "articles/s" in text
    assert len((tmp_path / "o").read_text().splitlines()) == 5
