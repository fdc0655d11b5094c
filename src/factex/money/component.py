"""The ``factex_money`` component: money mentions with normalized values."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from factex.doc import BatchedPipe, skip_test, text_of
from factex.extensions import SPANS_MONEY, set_spans
from factex.money.rules import find_money


class MoneyExtractor(BatchedPipe):
    """Writes ``doc.spans["factex_money"]``; each span's ``_.money`` is a ``Money``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        in_skip = skip_test(doc)
        for money in find_money(text_of(doc)):
            start, end = money.span
            if in_skip(start, end):
                continue
            span = doc.char_span(start, end, label="MONEY", alignment_mode="expand")
            if span is None:
                continue
            spans.append((span, money))
        set_spans(doc, SPANS_MONEY, "money", spans)
        return doc


@Language.factory("factex_money", requires=["doc._.skip"], assigns=["doc.spans", "span._.money"])
def make_money(nlp: Language, name: str) -> MoneyExtractor:
    """Factory of the ``factex_money`` component."""
    return MoneyExtractor(nlp, name)
