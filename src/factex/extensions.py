"""The Doc and Span extensions factex components read and write.

Registered once, on import, so any pipeline that imports factex (or loads a factex
component through the ``spacy_factories`` entry point) can use them.
"""

from __future__ import annotations

from collections.abc import Iterator
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


# Reading and writing the extensions above by name (a component that names the room
# it writes in a variable). Through spaCy's public ``Underscore`` API, never its storage.


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


def span_value(span: Span, name: str):
    """``span._.<name>``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose.")
    >>> set_span_value(doc[0:1], "org", "X")
    >>> doc[0:1]._.org, span_value(doc[1:2], "org")
    ('X', None)
    """
    return span._.get(name)


def span_values(doc: Doc, group: str, name: str) -> Iterator[tuple[Span, Any]]:
    """Each span of ``doc.spans[group]`` (none when absent) with its ``span._.<name>``.

    Read from ``doc.user_data``, where spaCy keeps a span's extension values (under
    ``("._.", name, start_char, end_char)``): one dict look-up per span instead of an
    ``Underscore`` object and its attribute machinery (the events and facts rooms read
    every upstream span of every document).

    >>> import spacy
    >>> doc = spacy.blank("en")("Exports rose.")
    >>> doc.spans["g"] = [doc[0:1], doc[1:2]]
    >>> set_span_value(doc[0:1], "org", "X")
    >>> [(span.text, value) for span, value in span_values(doc, "g", "org")]
    [('Exports', 'X'), ('rose', None)]
    """
    if group not in doc.spans:
        return
    data = doc.user_data
    for span in doc.spans[group]:
        yield span, data.get(("._.", name, span.start_char, span.end_char))


def set_span_value(span: Span, name: str, value) -> None:
    """``span._.<name> = value``."""
    span._.set(name, value)


register()
