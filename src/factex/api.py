"""The library API: ``extract`` one article, ``extract_many`` for a stream of them."""

from __future__ import annotations

import datetime as dt
import functools
import signal
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language

from factex.convert import doc_to_facts
from factex.decode import MAX_ARTICLE_BYTES, clean_text, prepare_text
from factex.doc import remember_text
from factex.errors import ArticleTimeout, InputError
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
    checked: bool = False  # size limit, surrogates and emptiness already handled (io)


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
    if not isinstance(item, dict):
        raise TypeError(f"expected a str, dict or Record, got {type(item).__name__}")
    text = item.get("text")
    if text is not None and not isinstance(text, str):
        raise TypeError(f'"text" must be a string, got {type(text).__name__}')
    return Record(
        text=text or "",
        id=None if item.get("id") is None else str(item["id"]),
        published=_as_date(item.get("published")),
    )


def _item_id(item: object) -> str | None:
    """The id of an input that could not become a ``Record``, if it carries one."""
    raw = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
    return None if raw is None else clean_text(str(raw))[0]


def _checked(item: Record | str | dict, max_bytes: int | None) -> Record:
    """``item`` as a ``Record`` ready to process, or one with ``error`` set; never raises.

    Enforces the size limit, replaces lone surrogates (spans keep their offsets) and
    warns about empty articles, unless ``io`` already did (``record.checked``).
    """
    try:
        record = _as_record(item)
        if record.error is None and not record.checked:
            name = f"article {record.id}" if record.id is not None else "article"
            text, _, warnings = prepare_text(record.text, name=name, max_bytes=max_bytes)
            record.text = text
            record.warnings = [*record.warnings, *warnings]
            record.checked = True
        if record.id is not None:
            record.id = clean_text(record.id)[0]
        return record
    except InputError as exc:
        return Record(text="", id=_item_id(item), error=str(exc))
    except Exception as exc:
        return Record(text="", id=_item_id(item), error=f"invalid input: {_describe(exc)}")


def _describe(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, InputError) else f"{type(exc).__name__}: {exc}"


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
    record = Record(text=text, id=id, published=_as_date(published))
    return next(extract_many([record], nlp=nlp, max_bytes=max_bytes, timeout=timeout))


def _process(nlp: Language, batch: list[Record]) -> Iterator[ArticleFacts]:
    docs = []
    for record in batch:
        doc = nlp.make_doc(record.text)
        doc._.published = record.published
        doc._.article_id = record.id
        doc._.warnings = list(record.warnings)
        remember_text(doc, record.text)
        docs.append(doc)
    for record, doc in zip(batch, nlp.pipe(docs), strict=True):
        yield _true_spans(doc_to_facts(doc, id=record.id, source=record.source), record.text)


def _true_spans(facts: ArticleFacts, text: str) -> ArticleFacts:
    """Drop (with a warning) any item whose span is not true to the text: the contract
    promises ``text == article[start:end]`` whatever a component does."""
    for field_name in ("money", "periods", "events"):
        items = getattr(facts, field_name)
        kept = [i for i in items if text[i.span[0] : i.span[1]] == i.text]
        if len(kept) < len(items):
            facts.warnings.append(
                f"dropped {len(items) - len(kept)} {field_name} item(s) whose span is not"
                " true to the text (a factex bug: please report)"
            )
            setattr(facts, field_name, kept)
    for org in facts.organizations:
        kept = [m for m in org.mentions if text[m.span[0] : m.span[1]] == m.text]
        if len(kept) < len(org.mentions):
            facts.warnings.append(
                f"dropped {len(org.mentions) - len(kept)} mention(s) of {org.name!r} whose"
                " span is not true to the text (a factex bug: please report)"
            )
            org.mentions = kept
    return facts


def _failed(record: Record, error: str) -> ArticleFacts:
    """The output line of an article that failed; never raises."""
    try:
        return ArticleFacts(
            id=record.id,
            published=record.published,
            source=record.source,
            warnings=list(record.warnings),
            error=error,
        )
    except Exception:
        return ArticleFacts(id=_item_id(record), error=error)


def _can_time_limit() -> bool:
    """Time limits use SIGALRM: POSIX only, and only in the main thread."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the block once ``seconds`` have passed (when possible:
    see ``_can_time_limit``; a long call inside C code is interrupted when it returns)."""
    if not seconds or not _can_time_limit():
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise ArticleTimeout(f"gave up after {seconds:g} s (timeout)")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _process_batch(
    nlp: Language, batch: list[Record], timeout: float | None = None
) -> list[ArticleFacts]:
    """One result per record of ``batch``, in order: failures become error records.

    The batch goes through ``nlp.pipe`` at once (with ``timeout`` per article as its
    time budget); if anything raises, each article is retried alone, with ``timeout``
    of its own, so that one bad or slow article never loses the others.
    """
    good = [i for i, r in enumerate(batch) if r.error is None]
    results: dict[int, ArticleFacts] = {}
    try:
        with _time_limit(timeout * len(good) if timeout else None):
            done = list(_process(nlp, [batch[i] for i in good]))
        results.update(zip(good, done, strict=True))
    except (Exception, ArticleTimeout):
        for i in good:
            try:
                with _time_limit(timeout):
                    results[i] = next(_process(nlp, [batch[i]]))
            except (Exception, ArticleTimeout) as exc:
                results[i] = _failed(batch[i], f"extraction failed: {_describe(exc)}")
    return [
        results.get(i) or _failed(record, record.error or "not processed")
        for i, record in enumerate(batch)
    ]


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
    processed (not a str/dict/Record, a bad date, over ``max_bytes`` bytes of UTF-8,
    an extractor error) yields an ``ArticleFacts`` with ``error`` set, and the rest go
    on: never an exception, never a skipped record. ``max_bytes=None`` lifts the limit.
    ``timeout`` (seconds) gives up on an article that takes longer, with an ``error``;
    it needs the main thread of a POSIX process and is ignored elsewhere.

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
    nlp = nlp or default_pipeline()
    stream = iter(records)
    while batch := [_checked(r, max_bytes) for r in islice(stream, batch_size)]:
        yield from _process_batch(nlp, batch, timeout)
