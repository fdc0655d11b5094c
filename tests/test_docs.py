"""The README and docs/ stay true: every relative link points to a file (and heading)
that exists, nothing links outside the project, and the README's library example runs
and prints what its JSON example shows."""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

import pytest

from .conftest import ROOT

PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# [text](target) and ![alt](target); a target has no blanks (titles are not used here)
LINK = re.compile(r"!?\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, blanks to '-'."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    return {slug(m.group(1)) for m in re.finditer(r"^#{1,6}\s+(.*)$", text, re.MULTILINE)}


def links(page: Path) -> list[str]:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))
    return LINK.findall(text)


def test_slug_follows_github():
    assert slug("## factex render, --format table, factex consolidate".lstrip("# ")) == (
        "factex-render---format-table-factex-consolidate"
    )
    assert slug("Periods on TimeBank: plain and contract-fair scoring") == (
        "periods-on-timebank-plain-and-contract-fair-scoring"
    )


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_point_to_files_and_headings_that_exist(page):
    bad = []
    checked = 0
    for target in links(page):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # https:, mailto:
            continue
        path, _, anchor = target.partition("#")
        dest = (page.parent / path).resolve() if path else page
        checked += 1
        if not dest.exists():
            bad.append(f"{target}: no such file")
        elif ROOT.resolve() not in (dest, *dest.parents):
            bad.append(f"{target}: outside the project (a clone does not have it)")
        elif anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            bad.append(f"{target}: no heading #{anchor} in {dest.name}")
    assert checked or page.name != "README.md", "README.md has no relative link"
    assert not bad, bad


def readme_block(language: str, after: str) -> str:
    """The first fenced block in that language after the heading ``after``."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index(after) :]
    for lang, body in FENCE.findall(section):
        if lang == language:
            return body
    raise AssertionError(f"no {language} block after {after!r} in README.md")


def test_readme_library_example_runs_and_prints_its_json_example():
    code = readme_block("python", "## Library")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "README.md (Library)", "exec"), {"__name__": "readme"})
    printed = out.getvalue()
    assert printed.startswith("4100000000.0 CAD\n")
    decoder = json.JSONDecoder()
    shown, end = decoder.raw_decode(printed, printed.index("{"))
    assert shown == json.loads(readme_block("json", "## Library"))
    rest = printed[end:].split("\n")
    assert "a1 2 None" in rest and "a2 0 None" in rest
    assert "[('C$4.1 billion', 'CAD')]" in rest and "[4100000000.0]" in rest
