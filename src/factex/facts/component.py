"""The ``factex_facts`` component: each amount tied to its measure, period and parties."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class FactExtractor:
    """Writes ``doc._.facts``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = []
        return doc


@Language.factory("factex_facts", assigns=["doc._.facts"])
def make_facts(nlp: Language, name: str) -> FactExtractor:
    """Factory of the ``factex_facts`` component."""
    return FactExtractor(nlp, name)
