"""``factex extract``: articles in, one result per article out, counted for the summary."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TextIO

from factex.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    _check_inputs,
    _check_output,
    _no_articles,
    _open_output,
    _reader_left,
)


def cmd_extract(args: argparse.Namespace) -> int:
    """``factex extract``: exit 0 when every article succeeded, 3 when any failed."""
    if args.engine == "dask":
        return _extract_dask(args)
    from factex.api import default_pipeline, extract_many
    from factex.io import read_paths
    from factex.progress import count_articles, progress

    _check_inputs(args.paths)
    _check_output(args.output, f"facts.{args.format}")

    max_bytes = getattr(args, "max_bytes", None)

    def records() -> Iterator:
        stdin_format = getattr(args, "stdin_format", "auto")
        for record in read_paths(args.paths, max_bytes=max_bytes, stdin_format=stdin_format):
            record.default_published = args.published
            yield record

    nlp = default_pipeline(args.model)
    out = _open_output(args.output)
    tally = Tally()
    _DeferredInterrupt.requested = False
    try:
        previous = signal.signal(signal.SIGINT, _DeferredInterrupt())
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        previous = None
    try:
        results = extract_many(
            records(),
            nlp=nlp,
            n_process=args.workers,
            max_bytes=max_bytes,
            timeout=getattr(args, "timeout", None),
        )
        if not args.quiet:
            results = progress(results, total=lambda: count_articles(args.paths))
        _write(
            results,
            args.format,
            out,
            fail_fast=getattr(args, "fail_fast", False),
            tally=tally,
        )
        out.flush()
        _DeferredInterrupt.check()  # Ctrl-C after the last line was written still counts
        if not tally.total:  # e.g. an empty .jsonl: nothing was read, nothing to keep
            raise _no_articles(args.paths)
    except BrokenPipeError:
        return _reader_left()
    except KeyboardInterrupt:
        print(f"{tally.summary()}\nfactex: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BaseException:
        if out is not sys.stdout:
            out.discard()  # a crash: the previous output stays as it was
        raise
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if out is not sys.stdout:
            out.close()
    if tally.failed or not args.quiet:
        print(tally.summary(), file=sys.stderr)
    return EXIT_SOME_FAILED if tally.failed else EXIT_OK


def _extract_dask(args: argparse.Namespace) -> int:
    """``factex extract --engine dask``: parts into ``-o DIR``; a rerun skips finished ones."""
    if args.output is None or args.output.is_file() or args.format != "jsonl":
        print(
            "factex extract --engine dask: writes JSONL parts into -o DIR (a directory)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    _check_inputs(args.paths)
    quiet = getattr(args, "quiet", False)
    try:
        from factex.distributed import run_dask

        run = run_dask(
            args.paths,
            args.output,
            scheduler=args.scheduler,
            partition_size=args.partition_size,
            model=args.model,
            published=args.published,
            n_workers=args.workers if args.workers > 1 else None,
            progress=(lambda line: None) if quiet else (lambda line: print(line, file=sys.stderr)),
            max_bytes=getattr(args, "max_bytes", None),
            timeout=getattr(args, "timeout", None),
        )
    except (ImportError, ValueError, OSError) as exc:
        print(f"factex extract --engine dask: {exc}", file=sys.stderr)
        return EXIT_USAGE
    failed = run.failed or run.failed_parts
    if quiet and not failed:
        return EXIT_OK
    print(
        f"factex: {run.written} parts written, {run.skipped} already done, "
        f"{run.articles} articles, {run.failed} failed"
        + (f" ({run.redone} damaged parts redone)" if run.redone else ""),
        file=sys.stderr,
    )
    for name, error in run.failed_parts.items():
        print(f"factex: {name} failed ({error}); rerun to retry it", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


@dataclass
class Tally:
    """What ``factex extract`` did, for the stderr summary and the exit code."""

    total: int = 0
    failed: int = 0
    warned: int = 0
    stopped: bool = False  # --fail-fast stopped the run
    first_errors: list[str] = field(default_factory=list)

    def add(self, facts) -> None:
        self.total += 1
        self.warned += bool(facts.warnings)
        if facts.error is not None:
            self.failed += 1
            if len(self.first_errors) < MAX_LISTED_ERRORS:
                self.first_errors.append(f"{facts.id}: {facts.error}")

    def summary(self) -> str:
        """One line of counts, then the first errors.

        >>> print(Tally(total=3, failed=1, warned=2, first_errors=["a: bad"]).summary())
        factex: 3 articles: 2 ok, 1 failed, 2 with warnings
          a: bad
        """
        line = (
            f"factex: {self.total} article{'s' * (self.total != 1)}: "
            f"{self.total - self.failed} ok, {self.failed} failed, {self.warned} with warnings"
        )
        if self.stopped:
            line += " (stopped at the first failure: --fail-fast)"
        more = self.failed - len(self.first_errors)
        lines = [line, *(f"  {e}" for e in self.first_errors)]
        if more > 0:
            lines.append(f"  ... and {more} more (see the 'error' field of their lines)")
        return "\n".join(lines)


MAX_LISTED_ERRORS = 10


def _serialized(facts, indent: int | None) -> tuple:
    """``facts`` and its JSON; an unserializable result becomes an error record."""
    from factex.models import ArticleFacts

    try:
        return facts, facts.to_json(indent=indent)
    except Exception as exc:
        failed = ArticleFacts(id=facts.id, error=f"output failed: {type(exc).__name__}: {exc}")
        return failed, failed.to_json(indent=indent)


class _DeferredInterrupt:
    """Ctrl-C sets a flag; the writer raises ``KeyboardInterrupt`` between two lines.

    Raised inside a write, the interrupt could leave half a line behind (or Python's
    buffered stdout could write part of it twice); between lines, every line is whole.
    """

    requested = False

    def __call__(self, signum: int, frame: object) -> None:
        type(self).requested = True

    @classmethod
    def check(cls) -> None:
        if cls.requested:
            raise KeyboardInterrupt


def _tallied(results: Iterable, tally: Tally, fail_fast: bool) -> Iterator:
    """``results``, counted into ``tally``; with ``fail_fast``, ending after the first error."""
    for facts in results:
        tally.add(facts)
        yield facts
        _DeferredInterrupt.check()
        if fail_fast and facts.error is not None:
            tally.stopped = True
            return


def _write(
    results: Iterable,
    fmt: str,
    out: TextIO,
    *,
    fail_fast: bool = False,
    tally: Tally | None = None,
) -> Tally:
    tally = tally if tally is not None else Tally()
    if fmt == "csv":  # one row per fact: the articles are tallied as they pass
        from factex.export import write_csv

        write_csv(_tallied(results, tally, fail_fast), out)
        return tally
    if fmt == "table":
        from factex.render import write_table

        write_table(_tallied(results, tally, fail_fast), out)
        return tally
    if fmt == "json":
        out.write("[")
    try:
        for facts in results:
            facts, line = _serialized(facts, 2 if fmt == "json" else None)
            tally.add(facts)
            if fmt == "json":
                out.write(("\n" if tally.total == 1 else ",\n") + line)
            else:
                out.write(line + "\n")
            if fail_fast and facts.error is not None:
                tally.stopped = True
                break
            _DeferredInterrupt.check()
    finally:
        if fmt == "json":
            out.write("\n]\n" if tally.total else "]\n")
    return tally
