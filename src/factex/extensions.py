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


_TEXT_KEY = "factex_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins it from the tokens on every access,
    which costs as much as a tenth of tokenizing, so components share this one.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose.")
    >>> doc_text(doc) == doc.text == doc[:2].as_doc(copy_user_data=True).text + "."
    True
    """
    cached = doc.user_data.get(_TEXT_KEY)
    # (tokens, text): a Doc copied from another (Span.as_doc) must not reuse its text
    if cached is not None and cached[0] == len(doc) and len(cached[1]) == _text_length(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_TEXT_KEY] = (len(doc), text)
    return text


def set_doc_text(doc: Doc, text: str) -> None:
    """Record the text ``doc`` was made from (``nlp.make_doc(text)``), saving one join."""
    doc.user_data[_TEXT_KEY] = (len(doc), text)


def _text_length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)


def in_skip(doc: Doc, start: int, end: int) -> bool:
    """True when [start, end) overlaps a non-content range (dateline, boilerplate)."""
    return any(s < end and start < e for s, e in doc._.skip or ())


register()
