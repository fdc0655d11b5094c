"""Docs with upstream mentions set by hand, so the events and facts rooms are tested on
their own: ``[text|kind|value]`` marks a mention in a sentence.

kinds: ``p`` place, ``o`` organization, ``h`` person (value: canonical name, default the
text); ``m`` money (value ``"70e6 USD more_than"`` or ``"50e6-60e6 USD"``); ``t`` period
(value ``2019``, ``2019-05``, ``2019-05-26``, ``2019-01-01/2019-07-31``, ``2007/`` or
``-`` when unknown, ``-XXXX-WXX-2`` when only its timex is known: "Tuesday" undated).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from factex.extensions import SPANS_MONEY, SPANS_ORGS, SPANS_PEOPLE, SPANS_PERIODS, SPANS_PLACES
from factex.models import Money, Organization, Period

MARK = re.compile(r"\[([^\[\]|]+)\|([pohmt])(?:\|([^\[\]]*))?\]")
UPSTREAM = ("factex_money", "factex_periods", "factex_organizations")


def _bounds(value: str) -> tuple[dt.date | None, dt.date | None]:
    if value.startswith("-"):
        return None, None
    if "/" in value:
        a, b = value.split("/")
        return (_bounds(a)[0] if a else None), (_bounds(b)[1] if b else None)
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        last = calendar.monthrange(*parts)[1]
        return dt.date(parts[0], parts[1], 1), dt.date(parts[0], parts[1], last)
    day = dt.date(*parts)
    return day, day


def _money(text: str, span: tuple[int, int], value: str) -> Money:
    amount, currency, *rest = value.split()
    qualifier = rest[0] if rest else "exact"
    if "-" in amount and not amount.startswith("-"):
        low, high = (float(x) for x in amount.split("-"))
        return Money(
            text=text, span=span, low=low, high=high, currency=currency, qualifier=qualifier
        )
    return Money(text=text, span=span, value=float(amount), currency=currency, qualifier=qualifier)


def parse(marked: str) -> tuple[str, list[tuple[str, int, int, str]]]:
    """Clean text and the marks as (kind, start, end, value).

    >>> parse("[Japan|p] sold [$5 million|m|5e6 USD] of goods.")
    ('Japan sold $5 million of goods.', [('p', 0, 5, 'Japan'), ('m', 11, 21, '5e6 USD')])
    """
    out, marks, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        text, kind, value = m.group(1), m.group(2), m.group(3)
        marks.append((kind, length, length + len(text), value if value is not None else text))
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), marks


def make_doc(nlp: Language, marked: str, published: dt.date | None = None) -> Doc:
    """A Doc through the pipeline up to the upstream rooms, with the marked mentions set."""
    text, marks = parse(marked)
    doc = nlp.make_doc(text)
    doc._.published = published
    for name, proc in nlp.pipeline:
        if name in UPSTREAM or name in ("factex_events", "factex_facts"):
            continue
        doc = proc(doc)
    groups: dict[str, list] = {
        g: [] for g in (SPANS_MONEY, SPANS_PERIODS, SPANS_ORGS, SPANS_PEOPLE, SPANS_PLACES)
    }
    orgs: dict[str, Organization] = {}
    for kind, start, end, value in marks:
        span = doc.char_span(start, end, alignment_mode="expand")
        piece = text[start:end]
        if kind == "p":
            span._.place = value
            groups[SPANS_PLACES].append(span)
        elif kind == "h":
            span._.person = value
            groups[SPANS_PEOPLE].append(span)
        elif kind == "o":
            span._.org = value
            groups[SPANS_ORGS].append(span)
            org = orgs.setdefault(value, Organization(name=value, kind="company"))
            org.mentions.append({"text": piece, "span": (start, end)})
        elif kind == "m":
            span._.money = _money(piece, (start, end), value)
            groups[SPANS_MONEY].append(span)
        elif kind == "t":
            s, e = _bounds(value)
            timex = value[1:] if value.startswith("-") and len(value) > 1 else None
            span._.period = Period(text=piece, span=(start, end), start=s, end=e, timex=timex)
            groups[SPANS_PERIODS].append(span)
    for group, spans in groups.items():
        doc.spans[group] = spans
    doc._.organizations = list(orgs.values())
    return doc


def run(nlp: Language, marked: str, published: dt.date | None = None) -> Doc:
    """``make_doc`` then the events and facts components."""
    doc = make_doc(nlp, marked, published)
    for name in ("factex_events", "factex_facts"):
        if name in nlp.pipe_names:
            doc = nlp.get_pipe(name)(doc)
    return doc
