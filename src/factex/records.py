"""What an article to process is (``Record``) and how inputs become one.

Shared by the library API, the runner, the readers (``io``) and the cluster runner
(``distributed``); it imports nothing of theirs, so none of them import each other
to coerce an input.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from factex.decode import clean_text, prepare_text
from factex.errors import InputError
from factex.models import Source


@dataclass
class Record:
    """One article to process: its text and what the caller knows about it."""

    text: str
    id: str | None = None
    published: dt.date | None = None  # this article's date: wins over its dateline
    default_published: dt.date | None = None  # used only when the text has no dateline
    source: Source | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # set when the input could not even be read
    checked: bool = False  # size limit, surrogates and emptiness already handled (io)


def as_date(value: Any) -> dt.date | None:
    """A date from a ``date``, a ``datetime`` or an ISO string (a time part is ignored);
    ``ValueError`` when it is not one.

    >>> as_date("2024-10-04T08:00:00Z"), as_date(None)
    (datetime.date(2024, 10, 4), None)
    >>> as_date("2019-13-45")
    Traceback (most recent call last):
    ...
    ValueError: month must be in 1..12
    """
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def lenient_date(value: Any, where: str) -> tuple[dt.date | None, list[str]]:
    """``as_date(value)``, or ``None`` and a warning naming ``where`` when the value is not
    a date: a bad ``published`` costs the article its date, never the article.

    >>> lenient_date("yesterday", "a.jsonl:3")
    (None, ["a.jsonl:3: published 'yesterday' is not a date YYYY-MM-DD: ignored"])
    """
    try:
        return as_date(value), []
    except (ValueError, TypeError, OverflowError):
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
        return None, [f"{where}: published {shown} is not a date YYYY-MM-DD: ignored"]


def as_record(item: Record | str | dict) -> Record:
    """``item`` (a ``Record``, a text, or a ``{"id", "text", "published"}`` dict) as a
    ``Record``; ``TypeError`` for anything else."""
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(text=item)
    if not isinstance(item, dict):
        raise TypeError(f"expected a str, dict or Record, got {type(item).__name__}")
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        raise TypeError(f'"text" must be a string, got {type(text).__name__}')
    rid = None if item.get("id") is None else str(item["id"])
    published, warnings = lenient_date(item.get("published"), f"article {rid or ''}".strip())
    return Record(text=text or "", id=rid, published=published, warnings=warnings)


def item_id(item: object) -> str | None:
    """The id of an input that could not become a ``Record``, if it carries one."""
    raw = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return None if raw is None else clean_text(str(raw))[0]


def describe(exc: BaseException) -> str:
    """An exception as an ``error`` message."""
    return str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"


def checked(item: Record | str | dict, max_bytes: int | None) -> Record:
    """``item`` as a ``Record`` ready to process, or one with ``error`` set; never raises.

    Enforces the size limit, replaces lone surrogates (spans keep their offsets) and
    warns about empty articles, unless ``io`` already did (``record.checked``).
    """
    try:
        record = as_record(item)
        if record.error is None and not record.checked:
            name = f"article {record.id}" if record.id is not None else "article"
            text, _, warnings = prepare_text(record.text, name=name, max_bytes=max_bytes)
            record.text = text
            record.warnings = [*record.warnings, *warnings]
            record.checked = True
        if record.id is not None:
            record.id = clean_text(record.id)[0]
        return record
    except InputError as exc:
        return Record(text="", id=item_id(item), error=str(exc))
    except Exception as exc:
        return Record(text="", id=item_id(item), error=f"invalid input: {describe(exc)}")
