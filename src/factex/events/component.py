"""The ``factex_events`` component: meetings, visits, signings, openings..."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factex.extensions import SPANS_EVENTS


class EventExtractor:
    """Writes ``doc.spans["factex_events"]`` (triggers) and ``doc._.events``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_EVENTS] = []
        doc._.events = []
        return doc


@Language.factory("factex_events", assigns=["doc.spans", "doc._.events"])
def make_events(nlp: Language, name: str) -> EventExtractor:
    """Factory of the ``factex_events`` component."""
    return EventExtractor(nlp, name)
