"""``make corpora``: the hashes cover every gold text, the Reuters-21578 and BBC conversions
give our texts byte for byte, and nothing unverified is written.

No test reaches the network: the archives are built here, in the shape of the public ones
(a zip holding ``reuters21578.tar.gz`` of ``reut2-NNN.sgm``; ``bbc/business/NNN.txt`` in
Latin-1), from our own texts re-wrapped the way Reuters-21578 wraps them.
"""

from __future__ import annotations

import doctest
import hashlib
import importlib.util
import io
import json
import re
import sys
import tarfile
import urllib.error
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"
_spec = importlib.util.spec_from_file_location("corpora", ROOT / "scripts" / "corpora.py")
corpora = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("corpora", corpora)  # dataclasses look their module up there
_spec.loader.exec_module(corpora)

MONTHS = corpora.MONTHS


def gold_texts() -> set[str]:
    names = set()
    for path in ROOT.glob("gold/*/*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        parts = Path(data.get("source", "")).parts
        if "corpus" in parts:
            names.add("/".join(parts[parts.index("corpus") + 1 :]))
    return names


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- archives in the public shape, built from our texts --------------------------------


def wrap(paragraph: str, width: int = 68) -> list[str]:
    """Break at single spaces only, as a wire's lines are (a double space stays inside)."""
    lines, start, last = [], 0, None
    for match in re.finditer(r"(?<=\S) (?=\S)", paragraph):
        if match.start() - start > width and last is not None:
            lines.append(paragraph[start:last])
            start = last + 1
        last = match.start()
    if len(paragraph) - start > width and last is not None and last > start:
        lines.append(paragraph[start:last])
        start = last + 1
    lines.append(paragraph[start:])
    return lines


def sgml_record(text: str, newid: int, signature: str = " Reuter") -> str:
    """A ``<REUTERS>`` record that Reuters-21578 could hold for our ``text``: the title
    and body escaped, the body wrapped with indented paragraphs after a dateline of its
    own, the signature and ``&#3;`` at the end."""
    first, blank, title, blank2, *body = text.split("\n")
    assert first.startswith(" date ") and blank == blank2 == ""
    year, month, day = first.removeprefix(" date ").split("-")

    def escape(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;")

    paragraphs = [p for p in "\n".join(body).split("\n\n") if p.strip()]
    lines = []
    for n, paragraph in enumerate(paragraphs):
        wrapped = wrap(escape(paragraph.strip("\n")))
        lines.append(("" if n == 0 else "    ") + wrapped[0])
        lines.extend(wrapped[1:])
    body_sgml = "\n".join(lines)
    return (
        f'<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="9"'
        f' NEWID="{newid}">\n'
        f"<DATE>{int(day):2d}-{MONTHS[int(month) - 1]}-{year} 11:45:12.34</DATE>\n"
        "<TOPICS><D>trade</D></TOPICS>\n<PLACES><D>usa</D></PLACES>\n"
        "<UNKNOWN> \n&#5;&#5;&#5;RM\n&#22;&#22;&#1;f0829&#31;reute\n"
        "u f BC-TRADE   03-26 0109</UNKNOWN>\n<TEXT>&#2;\n"
        f"<TITLE>{escape(title)}</TITLE>\n"
        "<DATELINE>    WASHINGTON, March 26 - </DATELINE>"
        f"<BODY>{body_sgml}\n{signature}\n&#3;</BODY></TEXT>\n</REUTERS>\n"
    )


def reuters_archive(records: list[str], zipped: bool = True) -> bytes:
    sgm = ('<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' + "".join(records)).encode("latin-1")
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w:gz") as tf:
        for name, data in (("README.txt", b"Reuters-21578\n"), ("reut2-000.sgm", sgm)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    if not zipped:
        return tar.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("reuters21578.tar.gz", tar.getvalue())
    return out.getvalue()


def bbc_archive(texts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("bbc/README.TXT", "BBC News dataset\n")
        zf.writestr("bbc/sport/001.txt", "Not business\n")
        for number, data in texts.items():
            zf.writestr(f"bbc/business/{number}.txt", data)
    return out.getvalue()


WIRE = (
    " date 1987-03-03\n\nU.S. <SEES> TRADE GAP & DEFICIT\n\n"
    "The United States' emphasis on its foreign trade deficit is misplaced and the"
    " country's real problem lies in its large federal budget deficit, the General"
    " Agreement on Tariffs and Trade (GATT) said.\n\n"
    "- Hitachi Ltd <HIT.T> will cut output by 25.93 pct to four mln compared to 5.4 mln"
    " in March.  It said so.\n\n"
    '"It would, however, increase inflation," it said.\n'
)
# A record as Reuters-21578 has a few hundred of: raw text, no TITLE, DATELINE or BODY.
UNPROC = (
    '<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="8" NEWID="14">\n'
    '<DATE> 3-MAR-1987 06:14:59.08</DATE>\n<TEXT TYPE="UNPROC">&#2;\nZIMBABWE MAIZE HARVEST'
    " LOWER HARARE, March 3\n- Zimbabwe's maize crop is likely to be lower.\n REUTER\n&#3;\n"
    "\n</TEXT>\n</REUTERS>\n"
)
BBC = "Dollar gains on Greenspan speech\n\nThe euro cost £1.2bn.\n\nIt fell.\n"


def test_wrap_keeps_every_character():
    paragraph = WIRE.split("\n\n")[2]
    lines = wrap(paragraph, 30)
    assert len(lines) > 3 and " ".join(lines) == paragraph
    assert not any(line[:1].isspace() for line in lines)


# --- the conversions -------------------------------------------------------------------


def test_the_script_doctests_pass():
    assert doctest.testmod(corpora).failed == 0


def test_a_rewrapped_record_converts_back_to_the_text():
    for signature in (" Reuter", " REUTER", "    REUTER"):
        assert corpora.reuters_text(sgml_record(WIRE, 7, signature)) == WIRE


def test_the_dateline_is_dropped_even_when_it_holds_the_first_words():
    record = sgml_record(WIRE, 7).replace(
        "WASHINGTON, March 26 - </DATELINE><BODY>The United",
        'RIO, Feb 26 - Brazil\'s "Cruzado" anti- </DATELINE><BODY>The United',
    )
    assert corpora.reuters_text(record) == WIRE


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "reuters_trade").is_dir(), reason="needs ../shared/corpus")
def test_every_reuters_text_survives_the_round_trip_through_sgml():
    files = sorted((SHARED / "reuters_trade").glob("*.txt"))
    assert len(files) == 200
    for path in files:
        text = path.read_text(encoding="utf-8")
        record = sgml_record(text, int(path.stem))
        assert corpora.reuters_text(record) == text, path.name


@pytest.mark.corpus
@pytest.mark.skipif(not (SHARED / "bbc_business").is_dir(), reason="needs ../shared/corpus")
def test_every_bbc_text_is_its_latin1_original_reencoded():
    files = sorted((SHARED / "bbc_business").glob("*.txt"))
    assert len(files) == 255
    for path in files:
        ours = path.read_bytes()
        original = ours.decode("utf-8").encode("latin-1")
        assert corpora.bbc_text(original) == ours, path.name
        assert corpora.bbc_text(original.replace(b"\n", b"\r\n")) == ours, path.name


# --- make corpora, end to end with the download replaced -------------------------------


def test_rebuilds_reuters_and_bbc_from_their_archives_and_writes_only_verified(tmp_path):
    other = WIRE.replace("1987-03-03", "1987-03-26").replace("GATT", "the GATT")
    hashes = {
        "reuters_trade/11.txt": sha(WIRE.encode()),
        "reuters_trade/12.txt": sha(b"a text the archive does not give"),
        "reuters_trade/13.txt": sha(b"whatever"),  # not in the archive
        "reuters_trade/14.txt": sha(b"whatever"),  # a record with no <BODY>
        "bbc_business/bbc_business_002.txt": sha(BBC.encode()),
        "bbc_business/bbc_business_004.txt": sha(b"another text"),
    }
    served = {
        corpora.REUTERS_URL: reuters_archive(
            [sgml_record(WIRE, 11), sgml_record(other, 12), UNPROC]
        ),
        corpora.BBC_URL: bbc_archive({"002": BBC.encode("latin-1"), "004": b"Changed\n"}),
    }
    asked = []

    def get(url: str) -> bytes:
        asked.append(url)
        return served[url]

    said = []
    assert not corpora.sync(tmp_path, hashes, get=get, say=said.append)
    assert sorted(asked) == sorted(served)  # one download per set
    assert (tmp_path / "reuters_trade" / "11.txt").read_text(encoding="utf-8") == WIRE
    assert (tmp_path / "bbc_business" / "bbc_business_002.txt").read_bytes() == BBC.encode()
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.*"))
    assert written == ["bbc_business/bbc_business_002.txt", "reuters_trade/11.txt"]
    assert said == [
        "bbc_business: 1/2 verified (1 fetched); 1 downloaded with another hash, not"
        " written: bbc_business/bbc_business_004.txt",
        "reuters_trade: 1/4 verified (1 fetched); 1 downloaded with another hash, not"
        " written: reuters_trade/12.txt; 2 not found in the archive: reuters_trade/13.txt,"
        " reuters_trade/14.txt",
    ]
    # a second run finds them and downloads nothing for what is there
    said.clear()
    hashes = {k: v for k, v in hashes.items() if k.endswith(("11.txt", "002.txt"))}
    assert corpora.sync(tmp_path, hashes, get=get, say=said.append)
    assert said == ["bbc_business: 1/1 verified", "reuters_trade: 1/1 verified"]


def test_the_bare_tar_gz_is_read_too(tmp_path):
    hashes = {"reuters_trade/11.txt": sha(WIRE.encode())}
    archive = reuters_archive([sgml_record(WIRE, 11)], zipped=False)
    assert corpora.sync(tmp_path, hashes, get=lambda url: archive, say=lambda line: None)


def test_fetches_timebank_writes_only_verified_files(tmp_path):
    good, bad = b"<TimeML>good</TimeML>\n", b"<TimeML>changed</TimeML>\n"
    hashes = {"timebank/a.tml": sha(good), "timebank/b.tml": sha(good)}
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
    assert said == [
        "timebank: 1/2 verified (1 fetched); 1 downloaded with another hash, not written:"
        " timebank/b.tml"
    ]


def test_a_file_that_differs_is_reported_and_left_alone(tmp_path):
    (tmp_path / "timebank").mkdir()
    (tmp_path / "timebank" / "a.tml").write_bytes(b"local edit")
    said = []
    hashes = {"timebank/a.tml": sha(b"x")}
    assert not corpora.sync(tmp_path, hashes, say=said.append, get=lambda url: b"x")
    assert "1 differ" in said[0]
    assert (tmp_path / "timebank" / "a.tml").read_bytes() == b"local edit"


def test_check_only_downloads_nothing(tmp_path):
    def get(url: str) -> bytes:
        raise AssertionError("downloaded")

    said = []
    hashes = {"reuters_trade/1.txt": "0" * 64, "timebank/a.tml": "0" * 64}
    assert not corpora.sync(tmp_path, hashes, download=False, get=get, say=said.append)
    assert said == ["reuters_trade: 0/1 verified; 1 missing", "timebank: 0/1 verified; 1 missing"]


def test_a_failed_download_is_one_line_per_set(tmp_path):
    def offline(url: str) -> bytes:
        raise urllib.error.URLError("no route to host")

    said = []
    hashes = {
        "bbc_business/bbc_business_002.txt": "0" * 64,
        "reuters_trade/1.txt": "0" * 64,
        "reuters_trade/2.txt": "0" * 64,
        "timebank/a.tml": "0" * 64,
        "timebank/b.tml": "0" * 64,
    }
    assert not corpora.sync(tmp_path, hashes, get=offline, say=said.append)
    assert said == [
        f"bbc_business: 0/1 verified; 1 missing, could not download {corpora.BBC_URL}"
        " (no route to host)",
        f"reuters_trade: 0/2 verified; 2 missing, could not download {corpora.REUTERS_URL}"
        " (no route to host)",
        "timebank: 0/2 verified; 2 could not be downloaded: timebank/a.tml (no route to host)",
    ]


def test_what_is_not_an_archive_is_one_line(tmp_path):
    said = []
    hashes = {"reuters_trade/1.txt": "0" * 64, "bbc_business/bbc_business_002.txt": "0" * 64}
    pages = {
        corpora.REUTERS_URL: b"<html>moved</html>",
        corpora.BBC_URL: b"PK\x03\x04 cut short",
    }
    assert not corpora.sync(tmp_path, hashes, get=pages.__getitem__, say=said.append)
    assert said[0].startswith("bbc_business: 0/1 verified; 1 missing,")
    assert "gave a damaged archive" in said[0]
    assert said[1] == (
        f"reuters_trade: 0/1 verified; 1 missing, {corpora.REUTERS_URL} gave not a zip or tar"
        " archive"
    )
    assert not any(tmp_path.iterdir())


def test_make_corpora_offline_exits_1_with_one_line_per_set(tmp_path, monkeypatch, capsys):
    def offline(url: str, timeout: float = 0) -> bytes:
        raise urllib.error.URLError("Name or service not known")

    monkeypatch.setattr(corpora, "fetch", offline)
    assert corpora.main(["--corpus", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in out.splitlines()] == [
        "bbc_business",
        "reuters_trade",
        "timebank",
    ]
    assert all("Name or service not known" in line for line in out.splitlines())
    assert err == f"corpora: not every text is in {tmp_path}\n"


# --- the hash list ---------------------------------------------------------------------


def test_every_corpus_text_of_the_gold_has_a_hash():
    hashes = corpora.read_hashes()
    assert gold_texts() <= set(hashes), sorted(gold_texts() - set(hashes))[:5]


@pytest.mark.corpus
@pytest.mark.skipif(not SHARED.is_dir(), reason="needs ../shared/corpus")
def test_the_hashes_are_those_of_the_shared_corpus():
    said = []
    assert corpora.sync(SHARED, corpora.read_hashes(), download=False, say=said.append), said
    counts = {line.split(":")[0]: line.split()[1] for line in said}
    assert counts == {"bbc_business": "255/255", "reuters_trade": "200/200", "timebank": "116/116"}


def test_a_blank_line_in_a_body_ends_a_paragraph():
    record = sgml_record(WIRE, 7).replace('\n    "It would', '\n\n"It would')
    assert '\n\n"It would' in record
    assert corpora.reuters_text(record) == WIRE
