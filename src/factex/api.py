"""The library API: ``extract`` one article, ``extract_many`` for a stream of them."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language

from factex.convert import doc_to_facts
from factex.extensions import set_doc_text
from factex.models import ArticleFacts, Source
from factex.pipeline import load


@dataclass
class Record:
    """One article to process: its text and what the caller knows about it."""

    text: str
    id: str | None = None
    published: dt.date | None = None
    source: Source | None = None
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # set when the input could not even be read


@functools.lru_cache(maxsize=4)
def default_pipeline(model: str | None = None) -> Language:
    """The pipeline ``extract`` uses, built once per process."""
    return load(model)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_record(item: Record | str | dict) -> Record:
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(text=item)
    return Record(
        text=item.get("text") or "",
        id=None if item.get("id") is None else str(item["id"]),
        published=_as_date(item.get("published")),
    )


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
) -> ArticleFacts:
    """Extract the facts of one article.

    Args:
        text: the article, as plain text.
        published: its publication date (overrides the article's own dateline); periods
            such as "last year" resolve against it.
        id: the caller's id for the article.
        nlp: a pipeline from ``factex.load``; the default one is built on first use.

    >>> facts = extract("Nothing to see here.", id="a1")
    >>> (facts.id, facts.money)
    ('a1', [])
    """
    record = Record(text=text, id=id, published=_as_date(published))
    return next(extract_many([record], nlp=nlp))


def _process(nlp: Language, batch: list[Record]) -> Iterator[ArticleFacts]:
    docs = []
    for record in batch:
        doc = nlp.make_doc(record.text)
        doc._.published = record.published
        doc._.article_id = record.id
        doc._.warnings = list(record.warnings)
        set_doc_text(doc, record.text)
        docs.append(doc)
    for record, doc in zip(batch, nlp.pipe(docs), strict=True):
        yield doc_to_facts(doc, id=record.id, source=record.source)


def _failed(record: Record, error: str) -> ArticleFacts:
    return ArticleFacts(
        id=record.id,
        published=record.published,
        source=record.source,
        warnings=record.warnings,
        error=error,
    )


def extract_many(
    records: Iterable[Record | str | dict],
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
) -> Iterator[ArticleFacts]:
    """Extract facts from a stream of articles, yielding one result per input, in order.

    ``records`` may hold strings, ``{"id", "text", "published"}`` dicts or ``Record``s;
    it is consumed lazily, so a corpus never sits in memory. An article that fails
    yields an ``ArticleFacts`` with ``error`` set, and the rest go on.

    ``n_process > 1`` runs batches in that many worker processes (each builds or
    inherits the pipeline once); the output is the same, in the same order.
    """
    if n_process > 1:
        from factex.parallel import extract_parallel

        yield from extract_parallel(records, nlp=nlp, batch_size=batch_size, n_process=n_process)
        return
    nlp = nlp or default_pipeline()
    stream = iter(records)
    while batch := [_as_record(r) for r in islice(stream, batch_size)]:
        good = [r for r in batch if r.error is None]
        try:
            results = dict(zip(map(id, good), _process(nlp, good), strict=True))
        except Exception:
            # One bad article must not lose the batch: retry them one by one.
            results = {}
            for record in good:
                try:
                    results[id(record)] = next(_process(nlp, [record]))
                except Exception as exc:
                    results[id(record)] = _failed(record, f"{type(exc).__name__}: {exc}")
        for record in batch:
            yield results.get(id(record)) or _failed(record, record.error or "not processed")
