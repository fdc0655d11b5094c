"""Readers for the development corpora: TimeML (``.tml``) and dateline ``.txt`` articles.

The corpora themselves are never part of this project; gold files refer to them by
path and tests skip when they are absent.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Timex:
    """A gold TIMEX3 annotation with offsets into the stripped text."""

    tid: str
    type: str
    value: str
    text: str
    span: tuple[int, int]
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class TimeMLDoc:
    """A TimeML article: its plain text, creation time and gold time expressions."""

    id: str
    text: str
    dct: dt.date | None
    timexes: list[Timex]


def read_timeml(path: str | Path) -> TimeMLDoc:
    """Strip a ``.tml`` file's tags, keeping the TIMEX3 offsets into the plain text."""
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    dct = None
    if m := re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"(\d{4}-\d{2}-\d{2})", raw):
        dct = dt.date.fromisoformat(m.group(1))
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    content = body.group(1) if body else ""
    out: list[str] = []
    length = 0
    timexes: list[Timex] = []
    open_timex: list[tuple[dict[str, str], int]] = []
    pos = 0
    for m in _TAG.finditer(content):
        chunk = html.unescape(content[pos : m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, tag = m.group(1), m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex.append((dict(_ATTR.findall(m.group(3))), length))
        elif open_timex:
            attrs, start = open_timex.pop()
            timexes.append(
                Timex(
                    tid=attrs.get("tid", ""),
                    type=attrs.get("type", ""),
                    value=attrs.get("value", ""),
                    text="",
                    span=(start, length),
                    attrs=attrs,
                )
            )
    out.append(html.unescape(content[pos:]))
    text = "".join(out)
    for t in timexes:
        t.text = text[t.span[0] : t.span[1]]
    return TimeMLDoc(id=path.stem, text=text, dct=dct, timexes=timexes)


def read_source(path: str | Path) -> tuple[str, dt.date | None]:
    """An article's text and, where it is metadata outside the text, its date.

    ``.tml`` files give their DCT; plain articles carry their dateline in the text
    itself, which factex must find on its own, so ``None`` is returned for them.
    """
    path = Path(path)
    if path.suffix == ".tml":
        doc = read_timeml(path)
        return doc.text, doc.dct
    return path.read_text(encoding="utf-8"), None
