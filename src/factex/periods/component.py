"""The ``factex_periods`` component: time expressions resolved against ``doc._.published``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, text_of
from factex.extensions import SPANS_PERIODS, doc_value, set_doc_value, set_spans
from factex.periods.find import find_periods


class PeriodExtractor(BatchedPipe):
    """Writes ``doc.spans["factex_periods"]``; each span's ``_.period`` is a ``Period``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        published = doc_value(doc, "published")
        undated = []
        for period in find_periods(
            text_of(doc), published=published, skip=doc_value(doc, "skip") or ()
        ):
            if published is None and period.start is None and period.end is None:
                undated.append(period.text)
            start, end = period.span
            span = doc.char_span(start, end, label="PERIOD", alignment_mode="expand")
            if span is None:
                continue
            spans.append((span, period))
        set_spans(doc, SPANS_PERIODS, "period", spans)
        if undated:
            warnings = list(doc_value(doc, "warnings") or ())
            warnings.append(no_date_warning(undated))
            set_doc_value(doc, "warnings", warnings)
        return doc


def no_date_warning(undated: list[str]) -> str:
    """The article's warning when periods stay undated for want of a publication date.

    >>> no_date_warning(["last year", "May", "May"]).split(";")[0]
    "no publication date given or found: 3 periods left without dates ('last year', 'May')"
    """
    shown = ", ".join(repr(t) for t in dict.fromkeys(undated[:5]))
    return (
        f"no publication date given or found: {len(undated)} period"
        f"{'' if len(undated) == 1 else 's'} left without dates ({shown});"
        " give one with published= or --published"
    )


@Language.factory(
    "factex_periods",
    requires=["doc._.published", "doc._.skip"],
    assigns=["doc.spans", "span._.period", "doc._.warnings"],
)
def make_periods(nlp: Language, name: str) -> PeriodExtractor:
    """Factory of the ``factex_periods`` component."""
    return PeriodExtractor(nlp, name)
