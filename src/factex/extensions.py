"""The Doc and Span extensions factex components read and write.

Registered once, on import, so any pipeline that imports factex (or loads a factex
component through the ``spacy_factories`` entry point) can use them.
"""

from __future__ import annotations

import functools
from typing import Any

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
    # the date to use when the article has none of its own (the CLI's --published)
    "published_default": None,
    "published_from": None,  # models.PublishedFrom: where doc._.published came from
    "article_id": None,
    "skip": None,  # list of (start_char, end_char) ranges that are not content
    "organizations": None,  # list[models.Organization]
    "events": None,  # list[models.Event]
    "facts": None,  # list[models.Fact]
    # mentions.ArticleMentions: what events and facts read, gathered once between them
    "mentions": None,
    "warnings": None,  # list[str]
    # the span extensions' values: {name: {(start_char, end_char): value}}
    "span_values": None,
}
# Normalized values on spans; one extension per room because a value is keyed by its
# span's character offsets and two rooms may share offsets.
_SPAN_EXTENSIONS = ("money", "period", "org", "person", "place", "event")


def register() -> None:
    """Register factex's extensions (idempotent).

    A span extension's values live in one dict per Doc (``doc._.span_values``), which
    ``span._.<name>`` reads and writes: a room writes all its values at once
    (``set_spans``) and events, facts and the runner read them all at once
    (``values_by_span``), without an ``Underscore`` object per span.
    """
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(
                name,
                getter=functools.partial(_get_span_value, name),
                setter=functools.partial(_set_span_value, name),
            )


def _get_span_value(name: str, span: Span):
    return values_by_span(span.doc, name).get((span.start_char, span.end_char))


def _set_span_value(name: str, span: Span, value) -> None:
    _values(span.doc, name)[span.start_char, span.end_char] = value


def _values(doc: Doc, name: str) -> dict[tuple[int, int], Any]:
    """The dict of ``span._.<name>`` values on ``doc``, made on first write."""
    values = doc._.span_values
    if values is None:
        values = doc._.span_values = {}
    return values.setdefault(name, {})


def doc_value(doc: Doc, name: str):
    """``doc._.<name>``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Hi.")
    >>> doc._.article_id = "a1"
    >>> doc_value(doc, "article_id"), doc_value(doc, "published")
    ('a1', None)
    """
    return doc._.get(name)


def set_doc_value(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value``."""
    doc._.set(name, value)


def set_spans(doc: Doc, group: str, name: str, spans: list[tuple[Span, Any]]) -> None:
    """``doc.spans[group]`` = the spans of ``spans``, and each one's ``span._.<name>`` its
    value.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose.")
    >>> set_spans(doc, "g", "org", [(doc[0:1], "X")])
    >>> [(span.text, span._.org) for span in doc.spans["g"]], doc[1:2]._.org
    ([('Exports', 'X')], None)
    """
    doc.spans[group] = [span for span, _ in spans]
    values = _values(doc, name)
    for span, value in spans:
        values[span.start_char, span.end_char] = value


def values_by_span(doc: Doc, name: str) -> dict[tuple[int, int], Any]:
    """Every ``span._.<name>`` value on ``doc``, by its span's ``(start_char, end_char)``,
    in the order written.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose.")
    >>> doc[1:2]._.org = "Y"
    >>> values_by_span(doc, "org"), values_by_span(doc, "money")
    ({(8, 12): 'Y'}, {})
    """
    values = doc._.span_values
    return {} if values is None else values.get(name, {})


register()
