"""The library API: ``extract`` one article, ``extract_many`` for a stream of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language

from factex.decode import MAX_ARTICLE_BYTES
from factex.models import ArticleFacts
from factex.records import Record, as_date
from factex.runner import default_pipeline, extract_local

__all__ = ["Record", "default_pipeline", "extract", "extract_many"]


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    timeout: float | None = None,
) -> ArticleFacts:
    """Extract the facts of one article.

    Args:
        text: the article, as plain text.
        published: its publication date (overrides the article's own dateline); periods
            such as "last year" resolve against it.
        id: the caller's id for the article.
        nlp: a pipeline from ``factex.load``; the default one is built on first use.
        max_bytes: the size limit (UTF-8 bytes); past it the result has ``error`` set.
            ``None`` lifts it.
        timeout: seconds after which to give up (``error`` set); see ``extract_many``.

    Never raises on odd text: a failure is reported in the result's ``error``.

    >>> facts = extract("Nothing to see here.", id="a1")
    >>> (facts.id, facts.money)
    ('a1', [])
    """
    record = Record(text=text, id=id, published=as_date(published))
    return next(extract_many([record], nlp=nlp, max_bytes=max_bytes, timeout=timeout))


def extract_many(
    records: Iterable[Record | str | dict],
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    n_process: int = 1,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    timeout: float | None = None,
) -> Iterator[ArticleFacts]:
    """Extract facts from a stream of articles, yielding one result per input, in order.

    ``records`` may hold strings, ``{"id", "text", "published"}`` dicts or ``Record``s;
    it is consumed lazily, so a corpus never sits in memory. An input that cannot be
    processed (not a str/dict/Record, over ``max_bytes`` bytes of UTF-8, an extractor
    error) yields an ``ArticleFacts`` with ``error`` set, and the rest go on: never an
    exception, never a skipped record; a ``published`` that is not a date gives a
    warning and no date. ``max_bytes=None`` lifts the limit. ``timeout`` (seconds)
    gives up on an article that has taken longer, with an ``error``, without affecting
    the rest of its batch (see ``runner``).

    ``n_process > 1`` runs batches in that many worker processes (each builds or
    inherits the pipeline once); the output is the same, in the same order.

    >>> [(f.id, f.error) for f in extract_many(["ok", {"id": "b", "text": 5}])]
    [(None, None), ('b', 'invalid input: TypeError: "text" must be a string, got int')]
    """
    if isinstance(records, str | bytes | dict | Record):
        raise TypeError(
            f"extract_many takes an iterable of articles, not one {type(records).__name__};"
            " for one article use extract(), or wrap it in a list"
        )
    if n_process > 1:
        from factex.parallel import extract_parallel

        yield from extract_parallel(
            records,
            nlp=nlp,
            batch_size=batch_size,
            n_process=n_process,
            max_bytes=max_bytes,
            timeout=timeout,
        )
        return
    yield from extract_local(
        records, nlp=nlp, batch_size=batch_size, max_bytes=max_bytes, timeout=timeout
    )
