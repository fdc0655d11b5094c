"""``make corpora``: the hashes cover every gold text, and nothing unverified is written."""

from __future__ import annotations

import hashlib
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
_spec = importlib.util.spec_from_file_location("corpora", ROOT / "scripts" / "corpora.py")
corpora = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpora)


def gold_texts() -> set[str]:
    names = set()
    for path in ROOT.glob("gold/*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        parts = Path(data.get("source", "")).parts
        if "corpus" in parts:
            names.add("/".join(parts[parts.index("corpus") + 1 :]))
    return names


def test_every_corpus_text_of_the_gold_has_a_hash():
    hashes = corpora.read_hashes()
    assert gold_texts() <= set(hashes), sorted(gold_texts() - set(hashes))[:5]


@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/corpus")
def test_the_hashes_are_those_of_the_shared_corpus():
    said = []
    assert corpora.sync(SHARED, corpora.read_hashes(), download=False, say=said.append), said


def test_fetches_timebank_writes_only_verified_files_and_names_what_it_cannot(tmp_path):
    good, bad = b"<TimeML>good</TimeML>\n", b"<TimeML>changed</TimeML>\n"
    digest = hashlib.sha256(good).hexdigest()
    hashes = {
        "timebank/a.tml": digest,
        "timebank/b.tml": digest,
        "reuters_trade/1.txt": digest,
    }
    served = {"a.tml": good, "b.tml": bad}
    urls = []

    def get(url: str) -> bytes:
        urls.append(url)
        return served[url.rsplit("/", 1)[1]]

    said = []
    assert not corpora.sync(tmp_path, hashes, get=get, say=said.append)
    assert (tmp_path / "timebank" / "a.tml").read_bytes() == good
    assert not (tmp_path / "timebank" / "b.tml").exists()  # another hash: refused
    assert all(corpora.TEMPEVAL_COMMIT in url for url in urls)
    assert said[0].startswith("reuters_trade: 0/1 verified; 1 missing (not rebuilt here")
    assert said[1].startswith("timebank: 1/2 verified (1 fetched)")
    assert "another hash, not written: timebank/b.tml" in said[1]


def test_a_file_that_differs_is_reported_and_left_alone(tmp_path):
    (tmp_path / "timebank").mkdir()
    (tmp_path / "timebank" / "a.tml").write_bytes(b"local edit")
    said = []
    hashes = {"timebank/a.tml": hashlib.sha256(b"x").hexdigest()}
    assert not corpora.sync(tmp_path, hashes, say=said.append, get=lambda url: b"x")
    assert "1 differ" in said[0]
    assert (tmp_path / "timebank" / "a.tml").read_bytes() == b"local edit"


def test_a_failed_download_is_one_line(tmp_path):
    def offline(url: str) -> bytes:
        raise OSError("no route to host")

    said = []
    hashes = {"timebank/a.tml": "0" * 64}
    assert not corpora.sync(tmp_path, hashes, get=offline, say=said.append)
    assert said == [
        "timebank: 0/1 verified; 1 could not be downloaded: timebank/a.tml (no route to host)"
    ]
