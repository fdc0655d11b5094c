"""Turning a processed Doc into the contract's ``ArticleFacts``."""

from __future__ import annotations

from spacy.tokens import Doc

from factex.extensions import doc_value, values_by_span
from factex.models import ArticleFacts, Source


def doc_to_facts(doc: Doc, *, id: str | None = None, source: Source | None = None) -> ArticleFacts:
    """Collect what factex's components wrote on ``doc`` into one ``ArticleFacts``."""
    money = list(values_by_span(doc, "money").values())
    periods = list(values_by_span(doc, "period").values())
    published_from = doc_value(doc, "published_from")
    if published_from is not None:
        source = (source or Source()).model_copy(update={"published_from": published_from})
    return ArticleFacts(
        id=id if id is not None else doc_value(doc, "article_id"),
        published=doc_value(doc, "published"),
        money=sorted((m for m in money if m is not None), key=lambda m: m.span),
        periods=sorted((p for p in periods if p is not None), key=lambda p: p.span),
        organizations=list(doc_value(doc, "organizations") or []),
        events=list(doc_value(doc, "events") or []),
        facts=list(doc_value(doc, "facts") or []),
        source=source,
        warnings=list(doc_value(doc, "warnings") or []),
    )
