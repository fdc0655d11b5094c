"""The ``factex_organizations`` component: organizations, people and places."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factex.extensions import SPANS_ORGS


class OrganizationExtractor:
    """Writes ``doc.spans["factex_organizations"]`` and ``doc._.organizations``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[SPANS_ORGS] = []
        doc._.organizations = []
        return doc


@Language.factory("factex_organizations", assigns=["doc.spans", "doc._.organizations"])
def make_organizations(nlp: Language, name: str) -> OrganizationExtractor:
    """Factory of the ``factex_organizations`` component."""
    return OrganizationExtractor(nlp, name)
