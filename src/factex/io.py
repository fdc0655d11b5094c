"""Reading articles from paths: files, directories, JSONL records and stdin.

Every input becomes exactly one ``Record``, in order; an input that cannot be read
(missing, unreadable, binary, over the size limit, a JSONL line that is not a record)
becomes a ``Record`` with ``error`` set, so a batch never loses an article and nothing
is skipped silently. Only blank JSONL lines, which hold no record, are passed over.

JSONL is recovered record by record: a file in UTF-16/UTF-32 (with a byte-order mark,
or BOM-less UTF-16) is read in its encoding; a line with a stray byte is decoded as a
``.txt`` article would be (with a warning); a ``published`` that is not a date gives a
warning and no date. On stdin (``-``), JSON lines are recognised by their first
non-blank line: a JSON object with a string ``"text"`` makes the whole stream JSONL
(``stdin_format="jsonl"``/``"text"`` says so instead).
"""

from __future__ import annotations

import io
import json
import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from factex.decode import (
    BOMS,
    MAX_ARTICLE_BYTES,
    _utf16_without_bom,
    check_size,
    decode_article,
    decode_text,
    prepare_text,
)
from factex.errors import InputError
from factex.models import Source
from factex.records import Record, lenient_date

ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
STDIN_FORMATS = ("auto", "text", "jsonl")
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


def _record_from_json(
    raw: bytes, *, name: str, stem: str, lineno: int, max_bytes: int | None
) -> Record:
    """One JSONL line as a ``Record``: ``{"id", "text", "published"}``; never raises."""
    fallback_id = f"{stem}:{lineno}"
    where = f"{name}:{lineno}"
    path = None if name == "stdin" else name
    try:
        check_size(len(raw), name=where, max_bytes=max_bytes)
        try:
            line, line_warnings = raw.decode("utf-8"), []
        except UnicodeDecodeError:  # a stray byte: decoded as a .txt article would be
            line, _, line_warnings = decode_text(raw, name=where)
            line_warnings = [f"{where}: {w}" for w in line_warnings]
        item = json.loads(line)
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValueError('each line must be an object with a string "text"')
        rid = str(item["id"]) if item.get("id") is not None else fallback_id
        published, date_warnings = lenient_date(item.get("published"), where)
    except InputError as exc:
        return _failed(fallback_id, path, str(exc))
    except (ValueError, TypeError, RecursionError) as exc:
        return _failed(fallback_id, path, f"{where}: not a valid record: {exc}")
    try:
        text, source, warnings = prepare_text(
            item["text"],
            name=f"{where} ({rid})",
            html=None,
            max_bytes=max_bytes,
            source=Source(path=path, encoding="utf-8"),
            repair=True,
        )
    except InputError as exc:
        return _failed(rid, path, str(exc))
    return Record(
        text=text,
        id=rid,
        published=published,
        source=source,
        warnings=[*line_warnings, *date_warnings, *warnings],
        checked=True,
    )


def _read_jsonl(path: Path, max_bytes: int | None) -> Iterator[Record]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield _failed(path.stem, str(path), f"{path}: cannot read: {exc.strerror or exc}")
        return
    with fh:
        yield from _jsonl_records(fh, name=str(path), stem=path.stem, max_bytes=max_bytes)


def _jsonl_records(
    fh: BinaryIO, *, name: str, stem: str, max_bytes: int | None, start: int = 0
) -> Iterator[Record]:
    lines = _as_utf8(fh)
    try:
        yield from _records_of_lines(lines, name=name, stem=stem, max_bytes=max_bytes, start=start)
    finally:
        if isinstance(lines, _Utf8Lines):
            lines.release()


def _records_of_lines(
    fh: BinaryIO, *, name: str, stem: str, max_bytes: int | None, start: int
) -> Iterator[Record]:
    for lineno, raw, size in _jsonl_lines(fh, max_bytes, start):
        if raw is None:  # longer than the limit: not even read into memory
            yield _failed(
                f"{stem}:{lineno}",
                None if name == "stdin" else name,
                f"{name}:{lineno}: {size:,} bytes is over the limit of {max_bytes:,}"
                " bytes per article (see --max-bytes / max_bytes)",
            )
        elif raw.strip():
            yield _record_from_json(raw, name=name, stem=stem, lineno=lineno, max_bytes=max_bytes)


# Byte-order marks -> the codec that reads the file and drops the mark.
_BOM_CODECS = {"utf-32-le": "utf-32", "utf-32-be": "utf-32", "utf-8-sig": "utf-8-sig"}
_BOM_CODECS |= {"utf-16-le": "utf-16", "utf-16-be": "utf-16"}


def _as_utf8(fh: BinaryIO) -> BinaryIO:
    """``fh``, or a UTF-8 re-encoding of it when it starts with a byte-order mark or is
    BOM-less UTF-16: its lines are then the file's lines, not halves of characters."""
    encoding = _wide_encoding(fh)
    if encoding is None:
        return fh
    return _Utf8Lines(io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=""))


def _wide_encoding(fh: BinaryIO) -> str | None:
    """The codec of a stream that starts with a byte-order mark or is BOM-less UTF-16."""
    head = fh.peek(4096)[:4096] if hasattr(fh, "peek") else b""
    encoding = next((_BOM_CODECS[e] for bom, e in BOMS if head.startswith(bom)), None)
    if encoding is None and len(head) > 1:
        encoding = _utf16_without_bom(head[: len(head) - len(head) % 2])
    return encoding


class _Utf8Lines:
    """The ``readline`` of a text stream, as UTF-8 bytes (``limit`` counts characters,
    which is at most the bytes; the size check happens on the bytes)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text

    def readline(self, limit: int = -1) -> bytes:
        return self.text.readline(limit).encode("utf-8", "surrogatepass")

    def release(self) -> None:
        """Let go of the byte stream without closing it (its owner closes it)."""
        if not self.text.closed:
            self.text.detach()

    def read(self, limit: int = -1) -> bytes:
        return self.text.read(limit).encode("utf-8", "surrogatepass")


def _jsonl_lines(
    fh: BinaryIO, max_bytes: int | None, lineno: int = 0
) -> Iterator[tuple[int, bytes | None, int]]:
    """``(lineno, line, size)`` for each line; ``line`` is None when it is over the
    limit, in which case it is skipped in chunks rather than held in memory."""
    limit = -1 if max_bytes is None else max_bytes + 2  # room for the line break
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
            "factex: %s: ignored %d entr%s that %s not .txt/.html/.jsonl articles: %s",
            path,
            len(others),
            "y" if len(others) == 1 else "ies",
            "is" if len(others) == 1 else "are",
            shown,
        )
    if not files:  # an empty input is a mistake to report, not a run of nothing
        yield _failed(path.name, str(path), f"{path}: no .txt, .html or .jsonl articles in it")
    for file in files:
        yield from _read_file(file, max_bytes)


def read_paths(
    paths: Iterable[str],
    *,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    stdin_format: str = "auto",
) -> Iterator[Record]:
    """One ``Record`` per article named by ``paths``, in order, read lazily.

    A path is a ``.txt`` (or ``.html``) article, a directory (its ``.txt``/``.html``/
    ``.jsonl`` files, sorted), a ``.jsonl`` file of ``{"id", "text", "published"}``
    records, or ``-`` for stdin: one article, or JSON lines (``stdin_format``: ``auto``
    takes stdin as JSONL when its first non-blank line is a JSON object with a string
    ``"text"``; ``text`` or ``jsonl`` decide). ``max_bytes`` is the size limit per
    article (``None``: no limit); a larger article becomes a ``Record`` with ``error``.
    """
    for name in paths:
        if name == "-":
            yield from _read_stdin(sys.stdin.buffer, max_bytes, stdin_format)
            continue
        path = Path(name)
        if path.is_dir():
            yield from _read_dir(path, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield _failed(path.stem, name, f"{name}: no such file")


def _is_record_line(line: bytes) -> bool:
    """Whether a line is a JSONL record (``{"text": "..."}``), in any encoding JSON allows.

    >>> _is_record_line(b'{"id": 1, "text": "Exports rose."}'), _is_record_line(b"Exports")
    (True, False)
    """
    try:
        item = json.loads(line)
    except (ValueError, RecursionError):
        return False
    return isinstance(item, dict) and isinstance(item.get("text"), str)


def _read_stdin(fh: BinaryIO, max_bytes: int | None, stdin_format: str) -> Iterator[Record]:
    if stdin_format not in STDIN_FORMATS:
        raise ValueError(f"stdin_format must be one of {', '.join(STDIN_FORMATS)}")
    encoding = _wide_encoding(fh) if stdin_format != "text" else None
    stream: BinaryIO = fh
    if encoding is not None:
        stream = _Utf8Lines(io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=""))
    head: list[bytes] = []
    is_jsonl = stdin_format == "jsonl"
    if stdin_format == "auto":
        limit = -1 if max_bytes is None else max_bytes + 2
        while (line := stream.readline(limit)) and not line.strip():
            head.append(line)
        head.append(line)
        is_jsonl = _is_record_line(line)
    if is_jsonl:
        for lineno, line in enumerate(head, 1):
            if line.strip():
                yield _record_from_json(
                    line, name="stdin", stem="stdin", lineno=lineno, max_bytes=max_bytes
                )
        yield from _jsonl_records(
            stream, name="stdin", stem="stdin", max_bytes=max_bytes, start=len(head)
        )
        return
    data = b"".join(head)
    data += _read_limited(stream, None if max_bytes is None else max(0, max_bytes - len(data)))
    if max_bytes is not None and len(data) > max_bytes:
        yield _failed(
            "stdin",
            None,
            f"stdin: more than {max_bytes:,} bytes is over the limit per article"
            " (see --max-bytes / max_bytes)",
        )
        return
    if isinstance(stream, _Utf8Lines):
        stream.release()
    record = _record_from_bytes(data, id="stdin", path=None, html=None, max_bytes=max_bytes)
    if encoding is not None and record.source is not None:  # re-encoded to UTF-8 above
        record.source = record.source.model_copy(update={"encoding": encoding})
    yield record
