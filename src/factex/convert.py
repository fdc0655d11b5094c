"""Turning a processed Doc into the contract's ``ArticleFacts``."""

from __future__ import annotations

from spacy.tokens import Doc

from factex.extensions import SPANS_MONEY, SPANS_PERIODS
from factex.models import ArticleFacts, Source


def doc_to_facts(doc: Doc, *, id: str | None = None, source: Source | None = None) -> ArticleFacts:
    """Collect what factex's components wrote on ``doc`` into one ``ArticleFacts``."""
    money = [s._.money for s in doc.spans.get(SPANS_MONEY, []) if s._.money is not None]
    periods = [s._.period for s in doc.spans.get(SPANS_PERIODS, []) if s._.period is not None]
    return ArticleFacts(
        id=id if id is not None else doc._.article_id,
        published=doc._.published,
        money=sorted(money, key=lambda m: m.span),
        periods=sorted(periods, key=lambda p: p.span),
        organizations=list(doc._.organizations or []),
        events=list(doc._.events or []),
        facts=list(doc._.facts or []),
        source=source,
        warnings=list(doc._.warnings or []),
    )
