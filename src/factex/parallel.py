"""Parallel extraction on one machine: ``extract_many(..., n_process=N)``.

Each worker process runs the one-process ``runner.extract_local`` on whole batches, with the
pipeline inherited from the parent (fork) or built once per worker (spawn).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from spacy.language import Language

from factex.models import ArticleFacts
from factex.records import Record
from factex.runner import default_pipeline, extract_local

_worker_nlp: Language | None = None


def _init_worker(nlp: Language | None) -> None:
    """Worker initializer: keep the inherited pipeline, or build the default one once."""
    global _worker_nlp
    _worker_nlp = nlp or default_pipeline()


def _work(batch: list, options: dict) -> list[ArticleFacts]:
    return list(extract_local(batch, nlp=_worker_nlp, batch_size=len(batch), **options))


def _start_method() -> str:
    # fork shares the loaded pipeline with the workers for free; spawn rebuilds it.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def extract_parallel(
    records: Iterable[Record | str | dict],
    *,
    nlp: Language | None,
    n_process: int,
    batch_size: int,
    **options: object,
) -> Iterator[ArticleFacts]:
    """``extract_many`` over a pool of ``n_process`` processes, in input order.

    Each worker runs the one-process ``runner.extract_local`` on whole batches of raw inputs
    (so per-record error handling is the same). At most ``2 * n_process`` batches are
    in flight: the input is still read lazily and memory stays flat. A batch the pool
    cannot do (an input that does not pickle, a worker killed by the system) is done
    here, in this process, so nothing is lost and nothing hangs.
    """
    method = _start_method()
    if nlp is None and method == "fork":
        nlp = default_pipeline()  # built once here, inherited by every worker
    stream = iter(records)
    pending: deque[tuple[list, Future | None]] = deque()

    def result(batch: list, job: Future | None) -> list[ArticleFacts]:
        try:
            if job is not None:
                return job.result()
        except Exception:
            pass
        local = nlp or default_pipeline()
        return list(extract_local(batch, nlp=local, batch_size=len(batch), **options))

    def submit(pool: ProcessPoolExecutor, batch: list) -> Future | None:
        try:
            return pool.submit(_work, batch, options)
        except Exception:  # a broken pool takes no more work
            return None

    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(
        n_process, mp_context=context, initializer=_init_worker, initargs=(nlp,)
    ) as pool:
        while batch := list(islice(stream, batch_size)):
            pending.append((batch, submit(pool, batch)))
            if len(pending) >= 2 * n_process:
                yield from result(*pending.popleft())
        while pending:
            yield from result(*pending.popleft())
