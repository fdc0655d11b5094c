"""The Doc and Span extensions factex components read and write.

Registered once, on import, so any pipeline that imports factex (or loads a factex
component through the ``spacy_factories`` entry point) can use them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

# Span groups each component writes; overlaps are allowed (money inside an event).
SPANS_MONEY = "factex_money"
SPANS_PERIODS = "factex_periods"
SPANS_ORGS = "factex_organizations"
SPANS_PEOPLE = "factex_people"
SPANS_PLACES = "factex_places"
SPANS_EVENTS = "factex_events"

_DOC_EXTENSIONS = {
    "published": None,  # datetime.date the article was published, if known
    "article_id": None,
    "skip": None,  # list of (start_char, end_char) ranges that are not content
    "organizations": None,  # list[models.Organization]
    "events": None,  # list[models.Event]
    "facts": None,  # list[models.Fact]
    "warnings": None,  # list[str]
}
# Normalized values on spans; one extension per room because span extension values
# are keyed by character offsets and two rooms may share offsets.
_SPAN_EXTENSIONS = ("money", "period", "org", "person", "place", "event")


def register() -> None:
    """Register factex's extensions (idempotent)."""
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


def add_warning(doc: Doc, message: str) -> None:
    """Attach a warning to the document (it reaches ``ArticleFacts.warnings``)."""
    if doc._.warnings is None:
        doc._.warnings = []
    doc._.warnings.append(message)


def in_skip(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) overlaps a non-content range (dateline, boilerplate)."""
    return any(s < end and start < e for s, e in doc._.skip or ())


register()
