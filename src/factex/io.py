"""Reading articles from paths: files, directories, JSONL records and stdin.

Every input becomes exactly one ``Record``, in order; an input that cannot be read
(missing, unreadable, binary, over the size limit, a JSONL line that is not a record)
becomes a ``Record`` with ``error`` set, so a batch never loses an article and nothing
is skipped silently. Only blank JSONL lines, which hold no record, are passed over.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from factex.decode import MAX_ARTICLE_BYTES, check_size, decode_article, prepare_text
from factex.errors import InputError
from factex.models import Source
from factex.records import Record, as_date

ARTICLE_SUFFIXES = {".txt", ".html", ".htm"}
log = logging.getLogger(__name__)
HTML_SUFFIXES = {".html", ".htm"}


def _failed(id: str, path: str | None, error: str) -> Record:
    return Record(text="", id=id, source=Source(path=path), error=error, checked=True)


def _record_from_bytes(
    data: bytes, *, id: str, path: str | None, html: bool | None, max_bytes: int | None
) -> Record:
    try:
        text, source, warnings = decode_article(data, path=path, html=html, max_bytes=max_bytes)
    except InputError as exc:
        return _failed(id, path, str(exc))
    return Record(text=text, id=id, source=source, warnings=warnings, checked=True)


def _record_from_json(raw: bytes, *, path: Path, lineno: int, max_bytes: int | None) -> Record:
    """One JSONL line as a ``Record``: ``{"id", "text", "published"}``; never raises."""
    fallback_id = f"{path.stem}:{lineno}"
    where = f"{path}:{lineno}"
    try:
        check_size(len(raw), name=where, max_bytes=max_bytes)
        item = json.loads(raw)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('each line must be an object with a string "text"')
        published = as_date(item.get("published"))
        rid = str(item["id"]) if item.get("id") is not None else fallback_id
    except InputError as exc:
        return _failed(fallback_id, str(path), str(exc))
    except (ValueError, TypeError, RecursionError) as exc:
        return _failed(fallback_id, str(path), f"{where}: not a valid record: {exc}")
    try:
        text, source, warnings = prepare_text(
            item["text"],
            name=f"{where} ({rid})",
            html=None,
            max_bytes=max_bytes,
            source=Source(path=str(path), encoding="utf-8"),
        )
    except InputError as exc:
        return _failed(rid, str(path), str(exc))
    return Record(
        text=text, id=rid, published=published, source=source, warnings=warnings, checked=True
    )


def _read_jsonl(path: Path, max_bytes: int | None) -> Iterator[Record]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _failed(path.stem, str(path), f"{path}: cannot read: {exc.strerror or exc}")
        return
    with fh:
        for lineno, raw, size in _jsonl_lines(fh, max_bytes):
            if raw is None:  # longer than the limit: not even read into memory
                yield _failed(
                    f"{path.stem}:{lineno}",
                    str(path),
                    f"{path}:{lineno}: {size:,} bytes is over the limit of {max_bytes:,}"
                    " bytes per article (see --max-bytes / max_bytes)",
                )
            elif raw.strip():
                yield _record_from_json(raw, path=path, lineno=lineno, max_bytes=max_bytes)


def _jsonl_lines(fh: BinaryIO, max_bytes: int | None) -> Iterator[tuple[int, bytes | None, int]]:
    """``(lineno, line, size)`` for each line; ``line`` is None when it is over the
    limit, in which case it is skipped in chunks rather than held in memory."""
    limit = -1 if max_bytes is None else max_bytes + 2  # room for the line break
    lineno = 0
    while raw := fh.readline(limit):
        lineno += 1
        if raw.endswith(b"\n") or len(raw) < limit or limit < 0:
            yield lineno, raw, len(raw)
            continue
        size = len(raw)
        while (chunk := fh.readline(1 << 20)) and not chunk.endswith(b"\n"):
            size += len(chunk)
        yield lineno, None, size + len(chunk)


def _read_limited(fh: BinaryIO, max_bytes: int | None) -> bytes:
    """At most ``max_bytes + 1`` bytes: enough to tell that input is over the limit."""
    return fh.read() if max_bytes is None else fh.read(max_bytes + 1)


def _read_file(path: Path, max_bytes: int | None) -> Iterator[Record]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
        return
    name = str(path)
    try:
        size = path.stat().st_size
        check_size(size, name=name, max_bytes=max_bytes)  # refuse a 20 GB dump unread
        with path.open("rb") as fh:
            data = _read_limited(fh, max_bytes)
    except InputError as exc:
        yield _failed(path.stem, name, str(exc))
        return
    except OSError as exc:
        yield _failed(path.stem, name, f"{name}: cannot read: {exc.strerror or exc}")
        return
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    yield _record_from_bytes(data, id=path.stem, path=name, html=html, max_bytes=max_bytes)


def _read_dir(path: Path, max_bytes: int | None) -> Iterator[Record]:
    try:
        entries = sorted(path.iterdir())
        files = [p for p in entries if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()]
    except OSError as exc:
        yield _failed(path.name, str(path), f"{path}: cannot list: {exc.strerror or exc}")
        return
    others = [p.name for p in entries if p not in files and not p.name.startswith(".")]
    if others:  # said on stderr, so that nothing is skipped silently
        shown = ", ".join(others[:5]) + (", ..." if len(others) > 5 else "")
        log.warning(
            "factex: %s: ignored %d entr%s that %s not .txt/.html articles: %s",
            path,
            len(others),
            "y" if len(others) == 1 else "ies",
            "is" if len(others) == 1 else "are",
            shown,
        )
    for file in files:
        yield from _read_file(file, max_bytes)


def read_paths(
    paths: Iterable[str], *, max_bytes: int | None = MAX_ARTICLE_BYTES
) -> Iterator[Record]:
    """One ``Record`` per article named by ``paths``, in order, read lazily.

    A path is a ``.txt`` (or ``.html``) article, a directory (its ``.txt``/``.html``
    files, sorted), a ``.jsonl`` file of ``{"id", "text", "published"}`` records, or
    ``-`` for one article on stdin. ``max_bytes`` is the size limit per article
    (``None``: no limit); a larger article becomes a ``Record`` with ``error``.
    """
    for name in paths:
        if name == "-":
            data = _read_limited(sys.stdin.buffer, max_bytes)
            if max_bytes is not None and len(data) > max_bytes:
                yield _failed(
                    "stdin",
                    None,
                    f"stdin: more than {max_bytes:,} bytes is over the limit per article"
                    " (see --max-bytes / max_bytes)",
                )
                continue
            yield _record_from_bytes(data, id="stdin", path=None, html=None, max_bytes=max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_dir(path, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield _failed(path.stem, name, f"{name}: no such file")
