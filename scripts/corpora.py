"""Fetch the corpus texts the gold, the tests and the benchmarks read, for a clone without
``../shared`` (run ``make corpora``; needs internet).

The gold (``gold/*/*.json``) names its article as ``../../../shared/corpus/SET/FILE``.
``scripts/corpora.sha256`` holds the SHA-256 of every file of the three sets as they lie
in ``../shared/corpus``. This script checks each file already present against its hash and
rebuilds the missing ones from the sets' public homes, writing a file only when its hash
matches:

- ``timebank/*.tml``: copied as they are from the TempEval-3 repository at a fixed
  commit (``data/TBAQ-cleaned/TimeBank``), one file per request;
- ``reuters_trade/NEWID.txt``: converted from the Reuters-21578 archive at UCI (one
  download; the zip holding ``reuters21578.tar.gz``, or that ``.tar.gz`` itself). A text
  is `` date YYYY-MM-DD`` (the record's ``<DATE>``), a blank line, the ``<TITLE>``, a
  blank line, then the ``<BODY>`` without its dateline (``<DATELINE>`` is a field of its
  own and is dropped whole, even where it holds the start of the first sentence), one
  paragraph per line (a paragraph starts at an indented or blank line; its lines are
  stripped and joined by a space) with a blank line between paragraphs, and without the
  closing `` Reuter`` signature; ``&lt;``, ``&gt;``, ``&amp;`` and ``&#N;`` are decoded,
  control characters dropped;
- ``bbc_business/bbc_business_NNN.txt``: ``bbc/business/NNN.txt`` of the BBC News
  dataset (one download), re-encoded from Latin-1 to UTF-8 (a text already valid UTF-8
  is kept), with line ends made ``\\n``.

How far this is proven: the Reuters conversion gives our files byte for byte on three
real records of the archive (NEWID 47, 925, 1964); the BBC one is inferred from our texts
(only ``£`` is not ASCII in them), not checked on the original files; the download path
was tested only against archives built locally (``tests/test_corpora.py``), never against
the live sites.

Exit 0 when every file is present and verified, 1 otherwise; one line per set says what
was verified, fetched, refused (another hash: not written) or could not be downloaded.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gzip
import hashlib
import http.client
import io
import os
import re
import sys
import tarfile
import tempfile
import urllib.request
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HASHES = ROOT / "scripts" / "corpora.sha256"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

TEMPEVAL_COMMIT = "70c68b3c60eae14461ea084a29eece042cc17ea6"
TIMEBANK_URL = (
    "https://raw.githubusercontent.com/jspotter/TempEval-3/"
    f"{TEMPEVAL_COMMIT}/data/TBAQ-cleaned/TimeBank/{{name}}"
)
# Reuters-21578 at UCI (dataset 137): a zip that holds reuters21578.tar.gz.
REUTERS_URL = (
    "https://archive.ics.uci.edu/static/public/137/reuters+21578+text+categorization+collection.zip"
)
# The BBC News dataset (D. Greene, P. Cunningham, ICML 2006): bbc/<section>/NNN.txt.
BBC_URL = "http://mlg.ucd.ie/files/datasets/bbc-fulltext.zip"

# What a failed download can raise: URLError and timeouts are OSErrors; a connection cut
# mid-body raises http.client.IncompleteRead; a malformed URL, ValueError.
DOWNLOAD_ERRORS = (OSError, http.client.HTTPException, ValueError)


class ArchiveError(Exception):
    """The downloaded bytes are not the archive expected (or a record is malformed)."""


def read_hashes(path: Path = HASHES) -> dict[str, str]:
    """``{"set/file": sha256}`` from a ``sha256sum``-style list.

    >>> import io, tempfile
    >>> p = Path(tempfile.mkdtemp()) / "h"
    >>> _ = p.write_text("ab  timebank/x.tml\\n\\n")
    >>> read_hashes(p)
    {'timebank/x.tml': 'ab'}
    """
    hashes = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            digest, name = line.split(maxsplit=1)
            hashes[name.strip()] = digest
    return hashes


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(url: str, timeout: float = 120.0) -> bytes:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.read()


def write_verified(path: Path, data: bytes, digest: str) -> bool:
    """Write ``data`` to ``path`` (atomically) only when its SHA-256 is ``digest``."""
    if sha256(data) != digest:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)
    return True


# --- archives -------------------------------------------------------------------------


def archive_members(data: bytes, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """``(name, bytes)`` of every file in a zip, tar, tar.gz or a zip of those, nested."""
    try:
        if data[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                members = [(i.filename, zf.read(i)) for i in zf.infolist() if not i.is_dir()]
        elif data[:2] == b"\x1f\x8b" or tarfile.is_tarfile(io.BytesIO(data)):
            with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
                members = [
                    (m.name, tf.extractfile(m).read())  # type: ignore[union-attr]
                    for m in tf.getmembers()
                    if m.isfile()
                ]
        else:
            raise ArchiveError("not a zip or tar archive")
    except (zipfile.BadZipFile, tarfile.TarError, gzip.BadGzipFile, EOFError, OSError) as exc:
        raise ArchiveError(f"a damaged archive ({exc})") from None
    for name, member in members:
        if depth < 2 and name.lower().endswith((".zip", ".tar.gz", ".tgz", ".tar")):
            yield from archive_members(member, depth + 1)
        else:
            yield name, member


_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID = re.compile(r'\bNEWID="(\d+)"')
MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_DATE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_MONTHS = {m: n for n, m in enumerate(MONTHS, 1)}
_SIGNATURE = re.compile(r"\s*\bReuter\s*(?:&#3;)?\s*$", re.I)
_ENTITY = re.compile(r"&(lt|gt|amp|quot);|&#(\d+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


def _decode_entities(text: str) -> str:
    """The SGML entities of Reuters-21578; ``&#N;`` of a control character is dropped.

    >>> _decode_entities("Hitachi &lt;HIT.T>, AT&amp;T&#3; 13 cents for&#127;the")
    'Hitachi <HIT.T>, AT&T 13 cents forthe'
    """

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            return _NAMED[match.group(1)]
        code = int(match.group(2))
        return "" if (code < 32 and code not in (9, 10)) or code == 127 else chr(code)

    return _ENTITY.sub(one, text)


def _element(record: str, tag: str) -> str | None:
    match = re.search(rf"<{tag}>(.*?)</{tag}>", record, re.S)
    return match.group(1) if match else None


def reuters_records(archive: bytes) -> dict[str, str]:
    """``{NEWID: record}`` over every ``reut2-NNN.sgm`` of the archive (Latin-1)."""
    records: dict[str, str] = {}
    for name, data in archive_members(archive):
        if not re.search(r"reut2-\d+\.sgm$", name):
            continue
        for match in _RECORD.finditer(data.decode("latin-1")):
            newid = _NEWID.search(match.group(1))
            if newid:
                records[newid.group(1)] = match.group(2)
    if not records:
        raise ArchiveError("no reut2-*.sgm record in it")
    return records


def reuters_text(record: str) -> str:
    """One ``<REUTERS>`` record as our ``NEWID.txt`` text (see the module docstring).

    >>> print(reuters_text('''<DATE> 3-MAR-1987 05:51:30.55</DATE>
    ... <TEXT>&#2;
    ... <TITLE>CHINA CALLS FOR &lt;BETTER> DEAL</TITLE>
    ... <DATELINE>    PEKING, March 3 - </DATELINE><BODY>China called on the United
    ... States to remove curbs.
    ...     But the U.S. Embassy replied
    ... that the figures are wrong.
    ...  REUTER
    ... &#3;</BODY></TEXT>'''), end="")
     date 1987-03-03
    <BLANKLINE>
    CHINA CALLS FOR <BETTER> DEAL
    <BLANKLINE>
    China called on the United States to remove curbs.
    <BLANKLINE>
    But the U.S. Embassy replied that the figures are wrong.
    """
    date, title, body = _DATE.search(record), _element(record, "TITLE"), _element(record, "BODY")
    if date is None or title is None or body is None:
        missing = [n for n, v in (("DATE", date), ("TITLE", title), ("BODY", body)) if v is None]
        raise ArchiveError(f"a record without {'/'.join(missing)}")
    day, month, year = date.groups()
    try:
        published = dt.date(int(year), _MONTHS[month.upper()], int(day))
    except (KeyError, ValueError):
        raise ArchiveError(f"a record with the date {date.group(0)!r}") from None
    paragraphs: list[list[str]] = [[]]
    for line in _decode_entities(_SIGNATURE.sub("", body)).split("\n"):
        if not line.strip() or line[:1].isspace():  # a blank or indented line: a new one
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line.strip())
    text = "\n\n".join(" ".join(lines) for lines in paragraphs if lines)
    return f" date {published.isoformat()}\n\n{_decode_entities(title).strip()}\n\n{text}\n"


def build_reuters(archive: bytes, wanted: set[str]) -> dict[str, bytes]:
    """``{"NEWID.txt": text}`` for the ``wanted`` file names found in the archive (a
    record that cannot be converted is left out, and so reported as not found)."""
    records = reuters_records(archive)
    built = {}
    for name in wanted:
        record = records.get(name.removesuffix(".txt"))
        if record is not None:
            with contextlib.suppress(ArchiveError):
                built[name] = reuters_text(record).encode("utf-8")
    return built


def bbc_text(raw: bytes) -> bytes:
    """A BBC article's bytes as UTF-8 with ``\\n`` line ends.

    >>> bbc_text(b"Title\\r\\n\\r\\nCost \\xa35m.\\r\\n")
    b'Title\\n\\nCost \\xc2\\xa35m.\\n'
    >>> bbc_text("Cost £5m.\\n".encode("utf-8"))
    b'Cost \\xc2\\xa35m.\\n'
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    return text.replace("\r\n", "\n").replace("\r", "\n").encode("utf-8")


def build_bbc(archive: bytes, wanted: set[str]) -> dict[str, bytes]:
    """``{"bbc_business_NNN.txt": text}`` from ``bbc/business/NNN.txt`` in the archive."""
    built = {}
    seen = False
    for name, data in archive_members(archive):
        match = re.search(r"(?:^|/)business/(\d+)\.txt$", name)
        if match:
            seen = True
            ours = f"bbc_business_{match.group(1)}.txt"
            if ours in wanted:
                built[ours] = bbc_text(data)
    if not seen:
        raise ArchiveError("no business/NNN.txt in it")
    return built


@dataclass(frozen=True)
class Archive:
    """A set rebuilt from one downloaded archive."""

    url: str
    build: Callable[[bytes, set[str]], dict[str, bytes]]


ARCHIVES = {
    "reuters_trade": Archive(REUTERS_URL, build_reuters),
    "bbc_business": Archive(BBC_URL, build_bbc),
}


# --- checking and fetching ------------------------------------------------------------


@dataclass
class Outcome:
    """What happened to one set, for its one line."""

    total: int
    verified: int = 0
    fetched: int = 0
    differs: list[str] = field(default_factory=list)  # present with another hash
    refused: list[str] = field(default_factory=list)  # downloaded with another hash
    absent: list[str] = field(default_factory=list)  # not in the downloaded archive
    failed: str = ""  # why the download (or the writing) failed
    left: int = 0  # still missing, for no reason above (e.g. --check)

    def line(self, corpus_set: str) -> str:
        """The set's one line.

        >>> Outcome(3, verified=1, fetched=1, refused=["r/2.txt"]).line("r")
        'r: 2/3 verified (1 fetched); 1 downloaded with another hash, not written: r/2.txt'
        """
        line = f"{corpus_set}: {self.verified + self.fetched}/{self.total} verified"
        line += f" ({self.fetched} fetched)" if self.fetched else ""
        if self.differs:
            line += f"; {len(self.differs)} differ from the gold's copy (left as they are):"
            line += f" {', '.join(self.differs[:3])}"
        if self.refused:
            line += f"; {len(self.refused)} downloaded with another hash, not written:"
            line += f" {', '.join(self.refused[:3])}"
        if self.absent:
            line += f"; {len(self.absent)} not found in the archive:"
            line += f" {', '.join(self.absent[:3])}"
        if self.failed:
            line += f"; {self.failed}"
        elif self.left:
            line += f"; {self.left} missing"
        return line


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "reason", None) or exc) or type(exc).__name__


def _sync_set(
    corpus: Path,
    corpus_set: str,
    names: list[str],
    hashes: dict[str, str],
    download: bool,
    get: Callable[[str], bytes],
) -> Outcome:
    out = Outcome(total=len(names))
    missing = []
    for name in names:
        path = corpus / name
        if not path.is_file():
            missing.append(name)
        elif sha256(path.read_bytes()) == hashes[name]:
            out.verified += 1
        else:
            out.differs.append(name)
    if missing and download:
        try:
            built = _download(corpus_set, missing, get)
        except _DownloadFailed as exc:
            out.failed = str(exc)
            built = exc.built
        for name in missing:
            if name not in built:
                if not out.failed:
                    out.absent.append(name)
                continue
            try:
                ok = write_verified(corpus / name, built[name], hashes[name])
            except OSError as exc:
                out.failed = f"cannot write in {corpus / corpus_set} ({exc.strerror or exc})"
                break
            if ok:
                out.fetched += 1
            else:
                out.refused.append(name)
    if not out.failed:
        out.left = len(missing) - out.fetched - len(out.refused) - len(out.absent)
    return out


class _DownloadFailed(Exception):
    def __init__(self, message: str, built: dict[str, bytes] | None = None) -> None:
        super().__init__(message)
        self.built = built or {}


def _download(corpus_set: str, missing: list[str], get: Callable[[str], bytes]) -> dict[str, bytes]:
    """``{"set/file": bytes}`` for what could be had of ``missing``."""
    archive = ARCHIVES.get(corpus_set)
    if archive is None:  # TimeBank: one file per request, stop at the first failure
        built: dict[str, bytes] = {}
        for name in missing:
            try:
                built[name] = get(TIMEBANK_URL.format(name=Path(name).name))
            except DOWNLOAD_ERRORS as exc:
                raise _DownloadFailed(
                    f"{len(missing) - len(built)} could not be downloaded: {name} ({_reason(exc)})",
                    built,
                ) from None
        return built
    try:
        data = get(archive.url)
    except DOWNLOAD_ERRORS as exc:
        raise _DownloadFailed(
            f"{len(missing)} missing, could not download {archive.url} ({_reason(exc)})"
        ) from None
    wanted = {Path(name).name for name in missing}
    try:
        built_files = archive.build(data, wanted)
    except ArchiveError as exc:
        raise _DownloadFailed(f"{len(missing)} missing, {archive.url} gave {exc}") from None
    return {f"{corpus_set}/{name}": text for name, text in built_files.items()}


def sync(
    corpus: Path,
    hashes: dict[str, str],
    *,
    download: bool = True,
    get: Callable[[str], bytes] | None = None,
    say: Callable[[str], None] = print,
) -> bool:
    """Check (and fetch what is missing of) every file in ``hashes``; True when all are
    present and verified. One line per set goes to ``say``; ``get`` (default: ``fetch``)
    downloads a URL."""
    get = get or fetch
    by_set: dict[str, list[str]] = {}
    for name in sorted(hashes):
        by_set.setdefault(name.split("/", 1)[0], []).append(name)
    ok = True
    for corpus_set, names in by_set.items():
        out = _sync_set(corpus, corpus_set, names, hashes, download, get)
        say(out.line(corpus_set))
        ok &= out.verified + out.fetched == out.total
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="where the gold looks for texts"
    )
    parser.add_argument("--check", action="store_true", help="verify only, download nothing")
    args = parser.parse_args(argv)
    try:
        ok = sync(args.corpus, read_hashes(), download=not args.check)
    except KeyboardInterrupt:
        print("corpora: interrupted", file=sys.stderr)
        return 130
    if not ok:
        print(f"corpora: not every text is in {args.corpus}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
