"""Fetch the corpus files the gold scores against, for a clone without ``../shared``
(run ``make corpora``; needs internet).

The gold (``gold/*/*.json``) names its article as ``../../../shared/corpus/SET/FILE``.
``scripts/corpora.sha256`` holds the SHA-256 of every such file. This script:

- checks each file already present against its hash;
- fetches the missing TimeBank files (``timebank/*.tml``, copied as they are) from the
  TempEval-3 repository at a fixed commit, and writes one only when its hash matches;
- cannot rebuild the Reuters-21578 (``reuters_trade/``) and BBC (``bbc_business/``)
  texts: they were cut out of the original archives by a conversion that is not part of
  this project (a Reuters text is a `` date YYYY-MM-DD`` line, the title and the body
  without its dateline, with unwrapped paragraphs), and a rebuild that cannot be checked
  byte for byte against the hashes would score the gold against other texts. For those
  it says where the originals are; a copy placed in the corpus directory is verified.

Exit 0 when every file is present and verified, 1 otherwise (one line per set says why).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HASHES = ROOT / "scripts" / "corpora.sha256"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

TEMPEVAL_COMMIT = "70c68b3c60eae14461ea084a29eece042cc17ea6"
TIMEBANK_URL = (
    "https://raw.githubusercontent.com/jspotter/TempEval-3/"
    f"{TEMPEVAL_COMMIT}/data/TBAQ-cleaned/TimeBank/{{name}}"
)
# Where a person finds the sets this script cannot rebuild byte for byte.
ELSEWHERE = {
    "reuters_trade": "Reuters-21578 (https://archive.ics.uci.edu/dataset/137)",
    "bbc_business": "the BBC News dataset (http://mlg.ucd.ie/datasets/bbc.html), business section",
}


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


def fetch(url: str, timeout: float = 60.0) -> bytes:
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


def sync(
    corpus: Path,
    hashes: dict[str, str],
    *,
    download: bool = True,
    get: Callable[[str], bytes] = fetch,
    say: Callable[[str], None] = print,
) -> bool:
    """Check (and fetch what can be fetched of) every file in ``hashes``; True when all
    are present and verified."""
    by_set: dict[str, list[str]] = {}
    for name in sorted(hashes):
        by_set.setdefault(name.split("/", 1)[0], []).append(name)
    ok = True
    for corpus_set, names in by_set.items():
        verified, fetched, differs, missing, refused, failed = 0, 0, [], [], [], []
        for name in names:
            path = corpus / name
            if path.is_file():
                if sha256(path.read_bytes()) == hashes[name]:
                    verified += 1
                else:
                    differs.append(name)
                continue
            if corpus_set != "timebank" or not download or failed:  # one failure: offline
                missing.append(name)
                continue
            try:
                data = get(TIMEBANK_URL.format(name=Path(name).name))
            except OSError as exc:
                failed.append(f"{name} ({exc})")
                continue
            if write_verified(path, data, hashes[name]):
                fetched += 1
            else:
                refused.append(name)
        line = f"{corpus_set}: {verified + fetched}/{len(names)} verified"
        line += f" ({fetched} fetched)" if fetched else ""
        if differs:
            line += f"; {len(differs)} differ from the gold's copy (left as they are):"
            line += f" {', '.join(differs[:3])}"
        if refused:
            line += f"; {len(refused)} downloaded with another hash, not written:"
            line += f" {', '.join(refused[:3])}"
        if failed:
            line += f"; {len(failed)} could not be downloaded: {failed[0]}"
        if missing:
            line += f"; {len(missing)} missing"
            if corpus_set in ELSEWHERE:
                line += f" (not rebuilt here; from {ELSEWHERE[corpus_set]})"
        say(line)
        ok &= not (differs or refused or failed or missing)
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus", type=Path, default=DEFAULT_CORPUS, help="where the gold looks for texts"
    )
    parser.add_argument("--check", action="store_true", help="verify only, download nothing")
    args = parser.parse_args(argv)
    ok = sync(args.corpus, read_hashes(), download=not args.check)
    if not ok:
        print(f"corpora: not every gold text is in {args.corpus}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
