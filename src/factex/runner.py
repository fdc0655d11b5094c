"""Running records through a pipeline: batches, per-article time limits, error records.

The one-process engine under ``extract_many``; worker processes (``parallel``) and
cluster tasks (``distributed``) call ``extract_local`` too, so every engine treats
errors and time limits the same way.

Each batch runs component by component (every document through one component before
the next starts, as ``nlp.pipe`` does), but with each article's own time budget: the
time an article spends in each step is charged to it alone, so a slow article gets its
error record once *it* has used up ``timeout`` and the rest of its batch is unaffected.
Nothing is retried.
"""

from __future__ import annotations

import ctypes
import functools
import signal
import threading
import time
import weakref
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from factex.convert import doc_to_facts
from factex.decode import MAX_ARTICLE_BYTES
from factex.doc import remember_text
from factex.errors import ArticleTimeout
from factex.models import ArticleFacts
from factex.pipeline import load
from factex.records import Record, checked, describe, item_id
from factex.tokenizer_guard import char_limit, make_doc


@functools.lru_cache(maxsize=4)
def default_pipeline(model: str | None = None) -> Language:
    """The pipeline ``extract`` uses, built once per process.

    Without a parser or NER (spaCy's reason for its 1,000,000-character ``max_length``),
    ``nlp(text)`` takes articles up to factex's own limit as well.
    """
    nlp = load(model)
    if char_limit(nlp) is None:
        nlp.max_length = max(nlp.max_length, MAX_ARTICLE_BYTES)
    return nlp


def extract_local(
    records: Iterable[Record | str | dict],
    *,
    nlp: Language | None = None,
    batch_size: int = 64,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    timeout: float | None = None,
) -> Iterator[ArticleFacts]:
    """``extract_many`` in this process: one result per input, in order, never raising."""
    nlp = nlp or default_pipeline()
    if timeout:
        warm_up(nlp)
    stream = iter(records)
    while batch := [checked(r, max_bytes) for r in islice(stream, batch_size)]:
        yield from process_batch(nlp, batch, timeout)


# Components build some tables on first use (a second or more on a busy machine): that
# time belongs to the process, not to the first article's time limit.
_WARM_TEXT = (
    "LONDON, March 3 (Reuters) - The Ministry of Trade said on Tuesday that exports to"
    " Japan rose 5% to $3.1 billion in the first quarter of 2024, before a summit in Minsk."
)
_WARMED: weakref.WeakSet[Language] = weakref.WeakSet()


def warm_up(nlp: Language) -> None:
    """Run ``nlp`` once on a short article, so that no time limit pays its set-up."""
    if nlp not in _WARMED:
        process_batch(nlp, [Record(text=_WARM_TEXT)])
        _WARMED.add(nlp)


def true_spans(facts: ArticleFacts, text: str) -> ArticleFacts:
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


def failed(record: Record, error: str) -> ArticleFacts:
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
        return ArticleFacts(id=item_id(record), error=error)


def _new_doc(nlp: Language, record: Record) -> Doc:
    doc = make_doc(nlp, record.text)
    doc._.published = record.published
    doc._.published_default = record.default_published
    doc._.article_id = record.id
    doc._.warnings = list(record.warnings)
    remember_text(doc, record.text)
    return doc


def process_batch(
    nlp: Language, batch: list[Record], timeout: float | None = None
) -> list[ArticleFacts]:
    """One result per record of ``batch``, in order: failures become error records.

    An article whose step raises, or whose steps together take longer than
    ``timeout`` seconds, gets an error record and leaves the batch; the others go on.
    """
    results: dict[int, ArticleFacts] = {}
    live: dict[int, Doc] = {}
    limit = _Limits(timeout)

    def step(i: int, work: Callable[[], object]) -> object | None:
        try:
            with limit.charged_to(i):
                return work()
        except (Exception, ArticleTimeout) as exc:
            live.pop(i, None)
            results[i] = failed(batch[i], f"extraction failed: {describe(exc)}")
            return None

    with limit.armed():
        for i, record in enumerate(batch):
            if record.error is not None:
                results[i] = failed(record, record.error)
            elif (doc := step(i, functools.partial(_new_doc, nlp, record))) is not None:
                live[i] = doc
        for _, proc in nlp.pipeline:
            for i in list(live):
                doc = step(i, functools.partial(proc, live[i]))
                if doc is not None:
                    live[i] = doc
        for i in list(live):
            record = batch[i]

            def convert(doc: Doc = live[i], record: Record = record) -> ArticleFacts:
                facts = doc_to_facts(doc, id=record.id, source=record.source)
                return true_spans(facts, record.text)

            facts = step(i, convert)
            if facts is not None:
                results[i] = facts
    return [results[i] for i in range(len(batch))]


# --- time limits ------------------------------------------------------------------------


class _Limits:
    """Per-article time budgets within one batch.

    In the main thread of a POSIX process the limit is a SIGALRM timer (a long call
    inside C code is interrupted when it returns); in any other thread (Dask workers run
    tasks in threads) a timer thread raises ``ArticleTimeout`` in the working thread
    with ``PyThreadState_SetAsyncExc`` (at its next Python instruction).
    """

    def __init__(self, timeout: float | None) -> None:
        self.timeout = timeout
        self.spent: dict[int, float] = {}
        self.signals = (
            hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )

    def _expired(self) -> ArticleTimeout:
        return ArticleTimeout(f"gave up after {self.timeout:g} s (timeout)")

    @contextmanager
    def armed(self) -> Iterator[None]:
        if not self.timeout or not self.signals:
            yield
            return

        def on_alarm(signum: int, frame: object) -> None:
            raise self._expired()

        previous = signal.signal(signal.SIGALRM, on_alarm)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    @contextmanager
    def charged_to(self, i: int) -> Iterator[None]:
        if not self.timeout:
            yield
            return
        left = self.timeout - self.spent.get(i, 0.0)
        if left <= 0:
            raise self._expired()
        start = time.perf_counter()
        try:
            if self.signals:
                signal.setitimer(signal.ITIMER_REAL, left)
                try:
                    yield
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
            else:
                with _thread_alarm(left, ArticleTimeout):
                    yield
        except ArticleTimeout:
            raise self._expired() from None  # the message, whichever alarm raised it
        finally:
            self.spent[i] = self.spent.get(i, 0.0) + time.perf_counter() - start


@contextmanager
def _thread_alarm(seconds: float, error: type[BaseException]) -> Iterator[None]:
    """Raise ``error`` in this thread once ``seconds`` have passed in the block."""
    watchdog = _Watchdog.of_this_thread()
    watchdog.arm(seconds, error)
    try:
        yield
    finally:
        watchdog.disarm()


class _Watchdog:
    """One timer thread per working thread, armed and disarmed for every step (a new
    ``threading.Timer`` per step would start hundreds of threads per batch)."""

    _local = threading.local()

    def __init__(self) -> None:
        self.target = threading.get_ident()
        self.thread = threading.current_thread()
        self.cond = threading.Condition()
        self.deadline: float | None = None
        self.error: type[BaseException] = ArticleTimeout
        threading.Thread(target=self._run, name="factex-watchdog", daemon=True).start()

    @classmethod
    def of_this_thread(cls) -> _Watchdog:
        watchdog = getattr(cls._local, "watchdog", None)
        if watchdog is None:
            watchdog = cls._local.watchdog = cls()
        return watchdog

    def arm(self, seconds: float, error: type[BaseException]) -> None:
        with self.cond:
            self.deadline = time.monotonic() + seconds
            self.error = error
            self.cond.notify()

    def disarm(self) -> None:
        with self.cond:
            self.deadline = None
            # An exception set but not yet raised must not escape the block.
            _set_async_exc(self.target, None)

    def _run(self) -> None:
        with self.cond:
            while True:
                if self.deadline is None:
                    if not self.thread.is_alive():
                        return  # its thread is gone: so is the need for a watchdog
                    self.cond.wait(5.0)
                    continue
                left = self.deadline - time.monotonic()
                if left > 0:
                    self.cond.wait(left)
                    continue
                self.deadline = None
                _set_async_exc(self.target, self.error)


def _set_async_exc(thread_id: int, error: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), None if error is None else ctypes.py_object(error)
    )
