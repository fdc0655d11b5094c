"""The wikigold organizations benchmark rebuilds text from CoNLL tokens, reads IO gold and
scores it (small inline samples; the real file only for its counts)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _bench():
    path = ROOT / "bench" / "wikigold_orgs.py"
    spec = importlib.util.spec_from_file_location("wikigold_orgs", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _conll(*sentences: str) -> str:
    """Sentences of "form/TAG" words (TAG O when left out) as CoNLL lines; "|" between
    documents."""
    lines = ["-DOCSTART- O", ""]
    for sentence in sentences:
        if sentence == "|":
            lines += ["-DOCSTART- O", ""]
            continue
        for word in sentence.split():
            form, _, tag = word.partition("/")
            lines.append(f"{form} {tag or 'O'}")
        lines.append("")
    return "\n".join([*lines, "-DOCSTART- O", ""])


# A heading; a run with a leading "The" and an acronym in brackets; n't, $ and %; a
# quotation spanning two sentences; a run ending in "'s"; a plural possessive "'" and a
# single-quoted name; two organizations side by side in the second document.
SAMPLE = _conll(
    "History",
    "The/I-ORG Acme/I-ORG Widget/I-ORG Company/I-ORG ( AWC/I-ORG ) did n't pay $ 5 , said"
    " \" Reuters/I-ORG 's/I-ORG editors .",
    'It rose 5 % . "',
    "The players ' union met ' Blue/I-ORG Jays/I-ORG ' .",
    "|",
    "Acme/I-ORG Globex/I-ORG merged .",
)
TEXT_1 = (
    "History\n\nThe Acme Widget Company (AWC) didn't pay $5, said \"Reuters's editors."
    " It rose 5%.\" The players' union met 'Blue Jays'."
)


def test_rebuilds_text_with_token_offsets() -> None:
    docs = _bench().parse_conll(SAMPLE.splitlines(keepends=True))
    assert [d.id for d in docs] == ["wikigold-001", "wikigold-002"]
    assert docs[0].text == TEXT_1
    assert docs[1].text == "Acme Globex merged."
    for doc in docs:
        for sentence in doc.sentences:
            for tok in sentence:
                assert doc.text[tok.span[0] : tok.span[1]] == tok.form


def test_gold_is_runs_of_org_tokens_cut_like_the_guidelines() -> None:
    docs = _bench().parse_conll(SAMPLE.splitlines(keepends=True))
    texts = [[d.text[a:b] for a, b in d.gold] for d in docs]
    # the leading "The" and the trailing "'s" are cut; IO tags join neighbours into one
    assert texts == [["Acme Widget Company", "AWC", "Reuters", "Blue Jays"], ["Acme Globex"]]


def test_a_file_without_a_leading_docstart_and_a_run_ending_a_sentence() -> None:
    lines = ["Foo I-ORG", "", "Bar I-ORG", "said O", "", "-DOCSTART- O", ""]
    (doc,) = _bench().parse_conll(lines)
    assert doc.text == "Foo\n\nBar said"  # no closing punctuation: heading lines
    assert [doc.text[a:b] for a, b in doc.gold] == ["Foo", "Bar"]  # runs stop at a sentence


def _org(text: str, name: str, *surfaces: str, acronym: str | None = None) -> dict:
    spans = [(text.index(s), text.index(s) + len(s)) for s in surfaces]
    return {
        "name": name,
        "acronym": acronym,
        "aliases": [],
        "kind": "company",
        "mentions": [{"text": text[a:b], "span": [a, b]} for a, b in spans],
    }


def test_scores_exact_relaxed_and_organization_level() -> None:
    bench = _bench()
    doc = bench.parse_conll(SAMPLE.splitlines(keepends=True))[0]
    text = doc.text
    predicted = [
        _org(text, "Acme Widget Company", "Acme Widget Company", "AWC", acronym="AWC"),
        _org(text, "Blue Jays'", "Blue Jays'"),  # overlaps: relaxed only
        _org(text, "History", "History"),  # a false positive
    ]
    result = bench.Result()
    bench.score_document(doc, result, lambda _: predicted)
    assert (result.exact.tp, result.exact.gold, result.exact.pred) == (2, 4, 4)
    assert (result.relaxed.tp, result.relaxed.gold, result.relaxed.pred) == (3, 4, 4)
    # four gold names; the merged Acme/AWC organization matches one of them only, and
    # "Blue Jays'" is "Blue Jays" by name
    assert (result.orgs.tp, result.orgs.gold, result.orgs.pred) == (2, 4, 3)
    assert result.relaxed.report()["recall"] == 0.75
    assert sum("FN mention" in e for e in result.errors) == 1  # Reuters


def test_model_spans_are_cut_like_the_gold() -> None:
    cut = _bench()._cut
    text = "the Acme Corp's plan"
    assert cut(text, 0, len("the Acme Corp's")) == (4, len("the Acme Corp"))
    assert cut(text, 4, 8) == (4, 8)


def test_main_skips_without_shared(tmp_path: Path, capsys) -> None:
    assert _bench().main([str(tmp_path / "absent.txt")]) == 0
    assert "skipped" in capsys.readouterr().err


def test_the_real_file_counts() -> None:
    bench = _bench()
    if not bench.DEFAULT_CORPUS.is_file():
        pytest.skip(f"{bench.DEFAULT_CORPUS} is absent")
    docs = bench.read_corpus(bench.DEFAULT_CORPUS)
    assert len(docs) == 145
    tokens = [t for d in docs for s in d.sentences for t in s]
    assert len(tokens) == 39007
    assert sum(len(d.sentences) for d in docs) == 1696
    assert sum(len(d.gold) for d in docs) == 898  # the resources README's ORG mentions
    for doc in docs:
        for sentence in doc.sentences:
            for tok in sentence:
                assert doc.text[tok.span[0] : tok.span[1]] == tok.form
