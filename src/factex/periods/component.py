"""The ``factex_periods`` component: time expressions resolved against ``doc._.published``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, text_of
from factex.extensions import SPANS_PERIODS, doc_value, set_span_value
from factex.periods.find import find_periods


class PeriodExtractor(BatchedPipe):
    """Writes ``doc.spans["factex_periods"]``; each span's ``_.period`` is a ``Period``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for period in find_periods(
            text_of(doc),
            published=doc_value(doc, "published"),
            skip=doc_value(doc, "skip") or (),
        ):
            start, end = period.span
            span = doc.char_span(start, end, label="PERIOD", alignment_mode="expand")
            if span is None:
                continue
            set_span_value(span, "period", period)
            spans.append(span)
        doc.spans[SPANS_PERIODS] = spans
        return doc


@Language.factory(
    "factex_periods",
    requires=["doc._.published", "doc._.skip"],
    assigns=["doc.spans", "span._.period"],
)
def make_periods(nlp: Language, name: str) -> PeriodExtractor:
    """Factory of the ``factex_periods`` component."""
    return PeriodExtractor(nlp, name)
