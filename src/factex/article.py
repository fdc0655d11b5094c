"""Reading an article's frame: its publication date and the lines that are not content.

The ``factex_article`` component runs first. It finds the dateline in the article's
header ("date 2019-08-16 By ...", "Friday October 4 2024", "4 October 2024 11:44
(UTC+04:00)") unless the caller already set ``doc._.published``, and marks the dateline
and page boilerplate ("Follow us on Twitter", "Loading...", "Read more") in
``doc._.skip`` so that no extractor reports them. The text itself is never changed,
so every offset stays true to the input.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

from factex import extensions  # noqa: F401  (registers the extensions)
from factex.calendar_words import DAY_NAMES, MONTHS
from factex.doc import BatchedPipe, text_of
from factex.extensions import doc_value, set_doc_value

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Full names and their first three letters ("Fri"), with a point and a comma.
_WEEKDAY = rf"(?:{'|'.join(DAY_NAMES)}|{'|'.join(d[:3] for d in DAY_NAMES)})\.?,?"
_TIME = (
    r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\([^)\n]{0,20}\)|\s*[A-Z]{2,4})?)"
)

# A header line that is only a date (with an optional weekday, time and zone), or a
# "date YYYY-MM-DD" field. Each names the groups day/month/year it fills.
DATELINE_PATTERNS = [
    re.compile(r"\bdate:?\s+(?P<iso>\d{4}-\d{2}-\d{2})\b", re.I),
    re.compile(r"^\s*(?P<iso>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}\S*)?\s*$", re.I),
    re.compile(
        rf"^\s*(?:{_WEEKDAY}\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
        rf"(?P<year>(?:19|20)\d{{2}}){_TIME}?\s*$",
        re.I,
    ),
    re.compile(
        rf"^\s*(?:{_WEEKDAY}\s+)?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>(?:19|20)\d{{2}}){_TIME}?\s*$",
        re.I,
    ),
]

# Weekday names as a date line writes them: "Friday", "FRIDAY".
_WEEKDAY_NAME = "|".join(form for day in DAY_NAMES for form in (day.capitalize(), day.upper()))
# A line holding nothing but a date, a clock time and a zone is a dateline (metadata
# of the page, like "4 October 2024 11:44 (UTC+04:00)"), not a period the text names.
_DATELINE_REST = re.compile(
    r"[\s,]*(?:\d{1,2}:\d\d(?::\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?)?\s*(?:\(?(?:UTC|GMT)[^)\n]*\)?)?\s*$"
)
_DATELINE_HEAD = re.compile(rf"\s*(?:(?:{_WEEKDAY_NAME}),?\s*)?$")

#: Characters: a dateline is a short line.
DATELINE_MAX = 80
# A wire dateline opening a paragraph: the place in capitals, a comma, the date, then a
# dash or a full stop ("BELGRADE, March 30 - Yugoslav trade ...", "DUSHANBE, August 20.").
# The place of a wire dateline, in capitals, with an optional bureau note, and its comma.
_WIRE_PLACE = r"[ \t]*[A-Z][A-Z.'’ -]{1,40}(?:\([^)\n]{1,30}\))?,[ \t]*"
_WIRE_HEAD = re.compile(rf"{_WIRE_PLACE}$")
_WIRE_REST = re.compile(r"(?:,?[ \t]+(?:19|20)\d\d)?[ \t]*(?:[-–—]|\.(?:\s|$))")


def is_dateline(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a date) sits alone on a short line, with at most a
    weekday before it and a clock time and a zone after it: the page's dateline; or
    opens a paragraph after a place in capitals and before a dash: a wire's dateline.

    >>> t = "Markets\\n4 October 2024 11:44 (UTC+04:00)\\nOil rose on 4 October 2024."
    >>> is_dateline(t, 8, 22), is_dateline(t, 53, 67)
    (True, False)
    >>> is_dateline("BELGRADE, March 30 - Yugoslav trade fell.", 10, 18)
    True
    """
    lo = max(0, start - DATELINE_MAX)
    line_start = text.rfind("\n", lo, start) + 1
    wire_head = (line_start or lo == 0) and _WIRE_HEAD.fullmatch(text, line_start, start)
    if wire_head and _WIRE_REST.match(text, end):
        return True  # "BELGRADE, March 30 - ...": a wire story's dateline
    if line_start == 0 and lo > 0:
        return False  # the line is longer than a dateline
    line_end = text.find("\n", end, end + DATELINE_MAX)
    if line_end < 0:
        if len(text) > end + DATELINE_MAX:
            return False
        line_end = len(text)
    if line_end - line_start > DATELINE_MAX:
        return False
    return bool(
        _DATELINE_HEAD.match(text, line_start, start) and _DATELINE_REST.match(text, end, line_end)
    )


# Whole lines of page furniture that are not part of the article.
BOILERPLATE_LINES = [
    re.compile(p, re.I)
    for p in (
        r"follow us on (?:twitter|facebook|instagram|telegram|x|linkedin|youtube)\b.*",
        r"loading\s*(?:\.\.\.|…)?",
        r"read more\s*(?:\.\.\.|…|»|>>)?",
        r"(?:latest\s*)?see more",
        r"latest(?: news)?",
        r"share(?: this(?: article| story)?)?(?: on \w+)?",
        r"advertisement",
        r"click here\b.*",
        r"subscribe\b.{0,60}",
        r"sign up\b.{0,40}newsletter.*",
        r"(?:all rights reserved|copyright\b|©).{0,120}",
        r"related(?: news| articles| stories)?:?",
        r"(?:photo|image)(?: credit)?:.{0,80}",
        r"-{3,}|={3,}|\*{3,}",
    )
]

# All of them as one pattern: one match per line instead of one per pattern.
_BOILERPLATE = re.compile("|".join(f"(?:{p.pattern})" for p in BOILERPLATE_LINES), re.I)

# The header ends at the first line that reads like body text.
_HEADER_MAX_LINES = 12
_BODY_MIN_WORDS = 14


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, line) for every line, offsets into ``text``."""
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        yield pos, pos + len(stripped), stripped
        pos += len(line)


def _to_date(m: re.Match[str]) -> dt.date | None:
    groups = m.groupdict()
    try:
        if groups.get("iso"):
            return dt.date.fromisoformat(groups["iso"])
        month = MONTHS[groups["month"].lower().rstrip(".")]
        return dt.date(int(groups["year"]), month, int(groups["day"]))
    except (KeyError, ValueError):
        return None


# A "date YYYY-MM-DD" field opening a line is the date however long the line goes on.
_DATE_FIELD = re.compile(r"\s*date:?\s+(?P<iso>\d{4}-\d{2}-\d{2})\b", re.I)
# A wire dateline opening a header paragraph: "DUSHANBE, August 20." (the year often left out).
_WIRE_DATELINE = re.compile(
    rf"{_WIRE_PLACE}(?P<date>(?i:{_MONTH})[ \t]+"
    rf"(?P<day>\d{{1,2}})(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?)[ \t]*(?:[-–—]|\.(?:\s|$))"
)


def find_wire_dateline(
    text: str,
) -> tuple[int, int, int | None, tuple[int, int]] | None:
    """Month, day, year (None when the wire leaves it out) and span of a wire dateline
    opening one of the article's first paragraphs.

    >>> find_wire_dateline("DUSHANBE, August 20. Tajikistan's exports rose.")
    (8, 20, None, (10, 19))
    >>> find_wire_dateline("The deal was signed in PARIS, May 5 - officials said.")
    """
    seen = 0
    for start, _end, line in _lines(text):
        if not line.strip():
            continue
        seen += 1
        if seen > _HEADER_MAX_LINES:
            return None
        m = _WIRE_DATELINE.match(line)
        if m:
            month = MONTHS.get(m["month"].lower().rstrip("."))
            year = int(m["year"]) if m["year"] else None
            if month and 1 <= int(m["day"]) <= 31:
                return month, int(m["day"]), year, (start + m.start("date"), start + m.end("date"))
    return None


def wire_date(month: int, day: int, year: int | None, near: dt.date | None) -> dt.date | None:
    """A wire dateline's date: its own year, else the year that puts it on or just before
    ``near`` (the run's default date); None when neither is known.

    >>> wire_date(8, 20, None, dt.date(2024, 9, 1)), wire_date(12, 30, None, dt.date(2025, 1, 2))
    (datetime.date(2024, 8, 20), datetime.date(2024, 12, 30))
    """
    try:
        if year is not None:
            return dt.date(year, month, day)
        if near is None:
            return None
        date = dt.date(near.year, month, day)
        return date if date <= near + dt.timedelta(days=1) else dt.date(near.year - 1, month, day)
    except ValueError:
        return None


def find_dateline(text: str) -> tuple[dt.date, tuple[int, int]] | None:
    """The publication date stated in the article's header, with the date's span.

    >>> find_dateline(" date 2019-08-16 By Jane Smith\\n\\nBody.")
    (datetime.date(2019, 8, 16), (6, 16))
    >>> find_dateline("Site\\n\\nFriday October 4 2024\\n\\nTitle")[0]
    datetime.date(2024, 10, 4)
    >>> find_dateline("It happened on May 5, 2020, officials said in a long sentence here.")
    """
    seen = 0
    for start, _end, line in _lines(text):
        if not line.strip():
            continue
        seen += 1
        field = _DATE_FIELD.match(line)
        if field and (date := _to_date(field)):
            return date, (start + field.start("iso"), start + field.end("iso"))
        if seen > _HEADER_MAX_LINES or len(line.split()) >= _BODY_MIN_WORDS:
            return None
        for pattern in DATELINE_PATTERNS:
            m = pattern.search(line)
            if m and (date := _to_date(m)):
                s, e = m.span("iso") if m.groupdict().get("iso") else m.span()
                # trim the whitespace a whole-line pattern may have taken
                seg = line[s:e]
                s += len(seg) - len(seg.lstrip())
                e -= len(seg) - len(seg.rstrip())
                return date, (start + s, start + e)
    return None


def find_boilerplate(text: str) -> list[tuple[int, int]]:
    """Character ranges of whole lines that are page furniture, not article content.

    >>> t = "Body text.\\n\\nFollow us on Twitter @Example\\nLoading..."
    >>> [t[s:e] for s, e in find_boilerplate(t)]
    ['Follow us on Twitter @Example', 'Loading...']
    """
    ranges = []
    for start, _end, line in _lines(text):
        stripped = line.strip()
        if stripped and _BOILERPLATE.fullmatch(stripped):
            lead = len(line) - len(line.lstrip())
            ranges.append((start + lead, start + lead + len(stripped)))
    return ranges


class ArticleReader(BatchedPipe):
    """spaCy component: sets ``doc._.published`` (unless given) and ``doc._.skip``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        skip = list(doc_value(doc, "skip") or ())
        text = text_of(doc)
        found = find_dateline(text)
        # The caller's date for this article wins, then its own dateline, then the
        # batch's default (the CLI's --published): a default must not overrule the text.
        published, source = doc_value(doc, "published"), "caller"
        default = doc_value(doc, "published_default")
        wire = None if found else find_wire_dateline(text)
        if found:
            skip.append(found[1])
        if published is None and found:
            published, source = found[0], "dateline"
        if wire:  # "DUSHANBE, August 20.": its year from the wire or the default date
            skip.append(wire[3])
            if published is None and (date := wire_date(*wire[:3], default)):
                published, source = date, "dateline"
        if published is None and default is not None:
            published, source = default, "default"
        if published is None:
            source = "none"
        set_doc_value(doc, "published", published)
        set_doc_value(doc, "published_from", source)
        skip.extend(find_boilerplate(text))
        set_doc_value(doc, "skip", sorted(skip))
        return doc


@Language.factory(
    "factex_article",
    requires=[],
    assigns=["doc._.published", "doc._.published_from", "doc._.skip"],
)
def make_article(nlp: Language, name: str) -> ArticleReader:
    """Factory of the ``factex_article`` component."""
    return ArticleReader(nlp, name)
