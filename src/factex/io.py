"""Reading articles from paths: files, directories, JSONL records and stdin.

Every input becomes exactly one ``Record``; an input that cannot be read becomes a
``Record`` with ``error`` set, so a batch never loses an article.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from factex.api import Record, _as_date
from factex.decode import decode_article
from factex.errors import InputError
from factex.models import Source


def _record_from_bytes(data: bytes, *, id: str, path: str | None, html: bool | None) -> Record:
    try:
        text, source, warnings = decode_article(data, path=path, html=html)
    except InputError as exc:
        return Record(text="", id=id, source=Source(path=path), error=str(exc))
    return Record(text=text, id=id, source=source, warnings=warnings)


def _read_jsonl(path: Path) -> Iterator[Record]:
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            fallback_id = f"{path.stem}:{lineno}"
            try:
                item = json.loads(raw)
                if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                    raise ValueError('each line must be an object with a string "text"')
                published = _as_date(item.get("published"))
            except ValueError as exc:
                yield Record(
                    text="",
                    id=fallback_id,
                    source=Source(path=str(path)),
                    error=f"{path}:{lineno}: not a valid record: {exc}",
                )
                continue
            rid = str(item["id"]) if item.get("id") is not None else fallback_id
            record = _record_from_bytes(
                item["text"].encode("utf-8"), id=rid, path=str(path), html=None
            )
            record.published = published
            yield record


def read_paths(paths: Iterable[str]) -> Iterator[Record]:
    """One ``Record`` per article named by ``paths``, in order, read lazily.

    A path is a ``.txt`` (or ``.html``) article, a directory (its ``.txt``/``.html``
    files, sorted), a ``.jsonl`` file of ``{"id", "text", "published"}`` records, or
    ``-`` for one article on stdin.
    """
    for name in paths:
        if name == "-":
            yield _record_from_bytes(sys.stdin.buffer.read(), id="stdin", path=None, html=None)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
            for file in files:
                yield from _read_file(file)
        elif path.is_file():
            yield from _read_file(path)
        else:
            yield Record(
                text="", id=path.stem, source=Source(path=name), error=f"{name}: no such file"
            )


ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}


def _read_file(path: Path) -> Iterator[Record]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Record(text="", id=path.stem, source=Source(path=str(path)), error=str(exc))
        return
    html = True if path.suffix.lower() in {".html", ".htm"} else None
    yield _record_from_bytes(data, id=path.stem, path=str(path), html=html)
