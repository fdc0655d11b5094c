"""The GUM organizations benchmark parses CoNLL-U entities and scores them (no corpus)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

from factex.models import Mention, Organization
from tests.conftest import ROOT


def _bench():
    spec = importlib.util.spec_from_file_location("gum_orgs", ROOT / "bench" / "gum_orgs.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


# "NASA's chief said the Church of Scientology, which ..., and it agreed." in two
# paragraphs; a contraction (NASA's), SpaceAfter=No, a one-word entity, a nested
# multi-word entity with a minimal span (2,4), and a pronoun mention of an organization.
SAMPLE = """\
# newdoc id = tiny
# newpar
# sent_id = tiny-1
# text = NASA's chief spoke.
1-2\tNASA's\t_\t_\t_\t_\t_\t_\t_\t_
1\tNASA\tNASA\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-organization-new-sssss-cf1-1-coref-NASA)
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\tchief\tchief\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=(2-person-new-sssss-cf2-1,2-sgl
4\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tEntity=2)|SpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# newpar
# sent_id = tiny-2
# text = The Church of Scientology, a group, met NASA and it agreed.
1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\tEntity=(3-organization-new-sssss-cf1-2,4-coref-Church_of_Scientology
2\tChurch\tChurch\tPROPN\tNNP\t_\t9\tnsubj\t_\t_
3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_
4\tScientology\tScientology\tPROPN\tNNP\t_\t2\tnmod\t_\tSpaceAfter=No
5\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_
6\ta\ta\tDET\tDT\t_\t7\tdet\t_\t_
7\tgroup\tgroup\tNOUN\tNN\t_\t2\tappos\t_\tEntity=3)|SpaceAfter=No
8\t,\t,\tPUNCT\t,\t_\t7\tpunct\t_\t_
9\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
10\tNASA\tNASA\tPROPN\tNNP\t_\t9\tobj\t_\tEntity=(1-organization-giv-sssss-cf2-1-coref-NASA)
11\tand\tand\tCCONJ\tCC\t_\t13\tcc\t_\t_
12\tit\tit\tPRON\tPRP\t_\t13\tnsubj\t_\tEntity=(3-organization-giv-sssss-cf1-1-ana-Church_of_Scientology)
13\tagreed\tagree\tVERB\tVBD\t_\t9\tconj\t_\tSpaceAfter=No
14\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_
"""


def test_parse_rebuilds_text_and_named_organizations() -> None:
    bench = _bench()
    doc = bench.parse_conllu(SAMPLE.splitlines(keepends=True), "tiny")
    assert doc.text == (
        "NASA's chief spoke.\n\nThe Church of Scientology, a group, met NASA and it agreed."
    )
    named = bench.named_organizations(doc)
    assert [(m.text, m.entity) for m in named] == [
        ("NASA", "1"),
        ("Church of Scientology", "3"),
        ("NASA", "1"),
    ]
    for m in named:
        assert doc.text[m.span[0] : m.span[1]] == m.text
    assert named[0].identity == "NASA"
    # the pronoun is an organization mention but not a named one
    assert any(m.text == "it" and m.etype == "organization" for m in doc.mentions)
    person = next(m for m in doc.mentions if m.etype == "person")
    assert person.text == "chief spoke"


def _org(text: str, name: str, *spans: tuple[int, int]) -> Organization:
    mentions = [Mention(text=text[s:e], span=(s, e)) for s, e in spans]
    return Organization(name=name, mentions=mentions, kind="other")


def test_scores_exact_relaxed_and_organization_level() -> None:
    bench = _bench()
    doc = bench.parse_conllu(SAMPLE.splitlines(keepends=True), "tiny")
    text = doc.text
    church = text.index("Church")
    predicted = [
        _org(text, "NASA", (0, 4)),  # one exact mention of two
        _org(text, "The Church", (church - 4, church + 6)),  # overlaps: relaxed only
        _org(text, "Spoke", (13, 18)),  # a false positive
    ]
    result = bench.Result()
    bench.score_document(doc, result, set(), lambda _: SimpleNamespace(organizations=predicted))
    assert (result.exact.tp, result.exact.gold, result.exact.pred) == (1, 3, 3)
    assert (result.relaxed.tp, result.relaxed.gold, result.relaxed.pred) == (2, 3, 3)
    # organizations by name: NASA matches; "The Church" is not "Church of Scientology"
    assert (result.orgs.tp, result.orgs.gold, result.orgs.pred) == (1, 2, 3)
    assert result.exact.report()["precision"] == 0.333


def test_main_skips_without_shared(tmp_path: Path, capsys) -> None:
    assert _bench().main([str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().err
