"""The ``factex`` command line: a thin layer over the library functions."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import json
import os
import signal
import stat
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from factex import __version__
from factex.errors import ModelNotInstalled

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3  # extract: at least one article has an error
EXIT_BELOW_MIN = 4  # score: a --min threshold does not hold
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (extract: the lines written so far are complete)


class CliError(Exception):
    """A mistake the user can fix (a path, an option): one line on stderr, exit 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line that says where to look."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see {self.prog} --help)\n")


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Examples kept as written; every option's help ends with its default, when it has one."""

    def _get_help_string(self, action: argparse.Action) -> str:
        text = action.help or ""
        default = action.default
        if (
            not action.option_strings
            or "default" in text
            or default in (None, False, [], argparse.SUPPRESS)
        ):
            return text
        return f"{text} (default: %(default)s)"


EXAMPLES = """\
examples:
  factex extract seeds/ --format jsonl            one JSON object per article
  factex extract article.txt --published 2024-10-04 --format json
  cat article.txt | factex extract - -o facts.jsonl
  factex score gold                                 P/R/F1 per type against the gold
  factex score gold/seeds --min money=0.95 --verbose
  factex schema                                     the JSON Schema of the output
  factex extract seeds/ --format table              facts as an aligned table
  factex render seeds/ -o report.html               an HTML page of highlighted articles
  factex extract seeds/ -o pred.jsonl && factex consolidate pred.jsonl
"""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date YYYY-MM-DD") from None


def _minimum(value: str) -> tuple[str, float]:
    from factex.score import TYPES

    kind, sep, number = value.partition("=")
    try:
        threshold = float(number)
    except ValueError:
        threshold = -1.0
    if not sep or kind not in TYPES or not 0 <= threshold <= 1:
        raise argparse.ArgumentTypeError(
            f"--min {value!r}: expected TYPE=F1 with TYPE one of {', '.join(TYPES)} and F1 in 0..1"
        )
    return kind, threshold


def _tolerance(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number < 1:
        raise argparse.ArgumentTypeError(f"--tolerance {value!r}: expected a fraction in 0..1")
    return number


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = _Parser(
        prog="factex",
        description="Turn news articles into structured, normalized facts (schema factex/1).",
        epilog=EXAMPLES,
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factex {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser(
        "extract",
        help="extract facts from articles",
        description="Extract facts: one ArticleFacts per article, in input order.",
        epilog=EXAMPLES,
        formatter_class=_HelpFormatter,
    )
    ex.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help=".txt/.html article, directory, .jsonl of {id,text,published}, or - for stdin",
    )
    ex.add_argument(
        "--format",
        choices=("jsonl", "json", "csv", "table"),
        default="jsonl",
        help="jsonl: one JSON object per line; json: one array; csv: one row per fact;"
        " table: facts aligned for reading",
    )
    ex.add_argument(
        "--stdin-format",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="what - reads: one article (text), JSON lines of {id,text,published} (jsonl), or"
        " auto: JSONL when the first non-blank line is a JSON object with a string text",
    )
    ex.add_argument(
        "--published",
        type=_date,
        help="date (YYYY-MM-DD) for articles whose text has no dateline (a dateline wins)",
    )
    ex.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    ex.add_argument("--model", help="an installed spaCy pipeline to add as statistical layer")
    _add_quiet(ex)
    _add_scale_arguments(ex)
    _add_robustness_arguments(ex)

    sc = sub.add_parser(
        "score",
        help="score predictions against gold",
        description="Precision, recall and F1 per type under the contract's scoring rules.",
        formatter_class=_HelpFormatter,
    )
    sc.add_argument("gold", type=Path, metavar="GOLD_DIR")
    sc.add_argument(
        "predictions", type=Path, nargs="?", metavar="PRED.jsonl", help="default: extract now"
    )
    sc.add_argument(
        "--min",
        type=_minimum,
        action="append",
        default=[],
        metavar="TYPE=F1",
        help="fail (exit 4) when a type's F1 is below this; repeatable",
    )
    sc.add_argument(
        "--gate",
        type=Path,
        metavar="GATE.toml",
        help="per-set minimums (gold/gate.toml): fail (exit 4) when any set falls below its own",
    )
    sc.add_argument(
        "--require-all",
        action="store_true",
        help="with --gate: fail when a set could not be scored (its texts missing); CI sets this",
    )
    talk = sc.add_mutually_exclusive_group()
    talk.add_argument("-v", "--verbose", action="store_true", help="list misses and spurious items")
    talk.add_argument(
        "-q", "--quiet", action="store_true", help="print only failures and errors (for CI)"
    )
    sc.add_argument("--model", help="an installed spaCy pipeline to add as statistical layer")

    sub.add_parser("schema", help="print the JSON Schema of the output")

    rd = sub.add_parser(
        "render",
        help="an HTML page of articles with their facts highlighted",
        description="One self-contained HTML page: each article highlighted, facts below.",
        formatter_class=_HelpFormatter,
    )
    rd.add_argument("paths", nargs="+", metavar="ARTICLE", help="as for extract")
    rd.add_argument("-o", "--output", type=Path, help="the HTML file (default: stdout)")
    rd.add_argument(
        "--published",
        type=_date,
        help="date (YYYY-MM-DD) for articles whose text has no dateline (a dateline wins)",
    )
    rd.add_argument("--title", default="factex report", help="the page title")
    rd.add_argument("--model", help="an installed spaCy pipeline to add as statistical layer")
    _add_quiet(rd)

    co = sub.add_parser(
        "consolidate",
        help="one figure across articles: agreed values, near-duplicates, conflicts",
        description="Group facts about the same measure, parties and period across articles.",
        formatter_class=_HelpFormatter,
    )
    co.add_argument(
        "predictions",
        nargs="+",
        metavar="PRED.jsonl",
        help="factex extract output (JSON lines), or - for stdin",
    )
    co.add_argument(
        "--tolerance",
        type=_tolerance,
        default=0.005,
        help="largest relative difference still the same figure (default: 0.005 = 0.5%%)",
    )
    co.add_argument(
        "--min-articles",
        type=int,
        default=1,
        metavar="N",
        help="only figures stated in at least N articles (default: 1, all)",
    )
    co.add_argument(
        "--format",
        choices=("json", "table"),
        default="json",
        help="json: the groups as one JSON object; table: aligned for reading",
    )
    co.add_argument("-o", "--output", type=Path, help="write here instead of stdout")
    _add_quiet(co)
    return parser


def _add_quiet(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no summary line and no progress bar on stderr (errors still print)",
    )


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a positive whole number")
    return number


def _add_scale_arguments(ex: argparse.ArgumentParser) -> None:
    """``--workers`` (processes on this machine) and ``--engine dask`` (a cluster)."""
    scale = ex.add_argument_group("speed and scale")
    scale.add_argument(
        "--workers", type=_positive, default=1, metavar="N", help="processes on this machine"
    )
    scale.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="dask: run on a Dask cluster, one JSONL part per partition into -o DIR",
    )
    scale.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="Dask scheduler address (tcp://host:8786); default: a LocalCluster here",
    )
    scale.add_argument(
        "--partition-size", type=_positive, default=200, metavar="N", help="articles per part"
    )


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


def _byte_size(value: str) -> int | None:
    """``--max-bytes``: a byte count ("5000000", "5MB", "512k"), or 0/"none" for no limit."""
    text = value.strip().lower().removesuffix("b").removesuffix("i")
    if text in ("0", "none", "no", "off"):
        return None
    factor = {"k": 10**3, "m": 10**6, "g": 10**9}.get(text[-1:], 1)
    try:
        number = float(text[:-1] if factor > 1 else text)
    except ValueError:
        number = -1.0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"--max-bytes {value!r}: expected e.g. 5000000, 5MB, 0")
    return int(number * factor)


# A news article takes milliseconds; one that takes minutes is pathological and must not
# stall a night's batch (the library's default is no limit: signals are the caller's).
DEFAULT_TIMEOUT = 120.0


def _seconds(value: str) -> float | None:
    """``--timeout``: seconds > 0, or 0 for no limit.

    >>> _seconds("2.5"), _seconds("0")
    (2.5, None)
    """
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if seconds < 0 or seconds != seconds:
        raise argparse.ArgumentTypeError(f"--timeout {value!r}: expected seconds, or 0")
    return seconds or None


def _add_robustness_arguments(parser: argparse.ArgumentParser) -> None:
    from factex.decode import MAX_ARTICLE_BYTES

    parser.add_argument(
        "--max-bytes",
        type=_byte_size,
        default=MAX_ARTICLE_BYTES,
        metavar="N",
        help=f"refuse (with an error line) articles over N bytes, e.g. 5MB; 0 for no limit"
        f" (default: {MAX_ARTICLE_BYTES:,})",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help="give up (with an error line) on an article that takes longer; 0 for no limit"
        f" (default: {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--fail-fast",
        action="store_true",
        help=f"stop at the first article that fails (exit {EXIT_SOME_FAILED})",
    )


class _AtomicOutput:
    """``-o FILE`` written to a temporary file beside it and renamed over it once done, so
    a run that dies (kill -9, a full disk) leaves the previous output whole.

    ``close()`` keeps what was written (the run ended, or was interrupted: its lines
    are complete); ``discard()`` drops it. A path that exists and is not a regular file
    (``/dev/null``, a FIFO) is written in place: renaming over it would replace a device.
    A failed write raises ``CliError`` naming the file.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp: Path | None = None
        try:
            if path.exists() and not stat.S_ISREG(path.stat().st_mode):
                self.fh = path.open("w", encoding="utf-8")
                return
            fd, tmp = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or "."
            )
        except OSError as exc:
            raise CliError(f"-o {path}: cannot write there ({exc.strerror or exc})") from None
        self.tmp = Path(tmp)
        self.fh = os.fdopen(fd, "w", encoding="utf-8")

    def __getattr__(self, name: str):
        return getattr(self.fh, name)

    def write(self, text: str) -> int:
        try:
            return self.fh.write(text)
        except OSError as exc:
            raise self._failed(exc) from None

    def flush(self) -> None:
        try:
            self.fh.flush()
        except OSError as exc:
            raise self._failed(exc) from None

    def _failed(self, exc: OSError) -> CliError:
        self.discard()
        return CliError(f"-o {self.path}: cannot write ({exc.strerror or exc}); nothing written")

    def close(self) -> None:
        if self.fh.closed:
            return
        try:
            self.fh.flush()
            if self.tmp is None:
                self.fh.close()
                return
            os.fsync(self.fh.fileno())
            self.fh.close()
            os.chmod(self.tmp, 0o666 & ~_umask())
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise self._failed(exc) from None

    def discard(self) -> None:
        with contextlib.suppress(OSError):  # the write that failed already said why
            self.fh.close()
        if self.tmp is not None:
            self.tmp.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _check_output(path: Path | None, example: str) -> None:
    """Refuse ``-o`` before any work when it cannot be written: one line saying why."""
    if path is None:
        return
    if path.is_dir():
        raise CliError(f"-o {path}: is a directory; give a file name, e.g. -o {path / example}")
    parent = path.parent
    if not parent.is_dir():
        what = "is not a directory" if parent.exists() else "does not exist"
        raise CliError(f"-o {path}: the directory {parent} {what}; create it first")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise CliError(f"-o {path}: cannot write in {parent} (permission denied)")


def _open_output(path: Path | None) -> TextIO:
    return _AtomicOutput(path) if path else sys.stdout  # type: ignore[return-value]


def _check_inputs(paths: Iterable[str]) -> None:
    """An input directory with no article in it is a mistake: say what was expected."""
    from factex.io import ARTICLE_SUFFIXES

    for name in paths:
        path = Path(name)
        if name == "-" or not path.is_dir():
            continue
        try:
            found = any(
                p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() for p in path.iterdir()
            )
        except OSError:
            continue  # unreadable: reported on the article's own line
        if not found:
            raise CliError(f"no articles found in {name} (expected .txt, .html or .jsonl files)")


def _no_articles(paths: list[str]) -> CliError:
    return CliError(
        f"no articles found in {' '.join(paths)} (expected .txt or .html articles,"
        " or JSON lines of {id, text, published})"
    )


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


def _reader_left() -> int:
    """``factex extract ... | head``: the reader left; end quietly, not with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python flushes stdout again at exit
    return EXIT_OK


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


def cmd_score(args: argparse.Namespace) -> int:
    """``factex score``."""
    from factex.api import Record, default_pipeline, extract_many
    from factex.errors import GoldError
    from factex.gate import check_gate, load_gate
    from factex.models import ArticleFacts
    from factex.score import check_minimums, format_report, score, sets_line

    if not args.gold.is_dir():
        what = "is not a directory" if args.gold.exists() else "no such directory"
        raise CliError(
            f"{args.gold}: {what}; give the gold directory (e.g. gold, or gold/seeds),"
            " then optionally a predictions .jsonl"
        )
    gate = {}
    if args.gate:
        try:
            gate = load_gate(args.gate)
        except GoldError as exc:
            print(f"factex score: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.predictions:
        try:
            lines = args.predictions.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            print(
                f"factex score: {args.predictions}: cannot read predictions"
                f" ({exc.__class__.__name__}: {getattr(exc, 'strerror', None) or exc});"
                " give a JSONL file written by `factex extract --format jsonl`",
                file=sys.stderr,
            )
            return EXIT_USAGE
        preds = []
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                preds.append(ArticleFacts.model_validate_json(line))
            except ValueError:
                print(
                    f"factex score: {args.predictions}:{n}: not a factex result line"
                    " (expected one ArticleFacts JSON object per line, as"
                    " `factex extract --format jsonl` writes)",
                    file=sys.stderr,
                )
                return EXIT_USAGE
        try:
            report = score(args.gold, {p.id: p for p in preds if p.id is not None})
        except GoldError as exc:
            raise CliError(str(exc)) from None
        if report.articles and report.unmatched == report.articles:
            print(
                f"factex score: no id in {args.predictions} matches a gold article in"
                f" {args.gold} (gold ids look like {sorted(report.set_articles)[0]!r}'s files;"
                " extract with the gold articles' file names as ids)",
                file=sys.stderr,
            )
            return EXIT_USAGE
    else:
        nlp = default_pipeline(args.model)

        def predict(items):
            records = (Record(text=t, id=i, published=d) for i, t, d in items)
            return extract_many(records, nlp=nlp)

        try:
            report = score(args.gold, predict=predict)
        except GoldError as exc:
            raise CliError(str(exc)) from None
    if not args.quiet:
        print(format_report(report, verbose=args.verbose))
        print(sets_line(report))
    if not report.articles:
        print(f"factex score: {args.gold}: no gold article could be scored", file=sys.stderr)
        return EXIT_USAGE
    failures = check_minimums(report, dict(args.min))
    failures += check_gate(report, gate, require_all=args.require_all) if args.gate else []
    for line in failures:
        print(f"FAIL: {line}", file=sys.stderr)
    if not failures and args.gate and not args.quiet:
        print(f"gate {args.gate}: every minimum holds")
    return EXIT_BELOW_MIN if failures else EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    """``factex schema``."""
    from factex.models import json_schema

    print(json.dumps(json_schema(), indent=2))
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """``factex render``."""
    from factex.api import default_pipeline, extract_many
    from factex.io import read_paths
    from factex.progress import progress
    from factex.render import render

    _check_inputs(args.paths)
    _check_output(args.output, "report.html")
    records = list(read_paths(args.paths))
    if not records:  # no page of nothing
        raise _no_articles(args.paths)
    for record in records:
        record.default_published = args.published
    nlp = default_pipeline(args.model)
    results = extract_many(records, nlp=nlp)
    if not args.quiet:
        results = progress(results, total=len(records))
    results = list(results)
    page = render(zip([r.text for r in records], results, strict=True), title=args.title)
    out = _open_output(args.output)
    out.write(page)
    if out is not sys.stdout:
        out.close()
    failed = sum(r.error is not None for r in results)
    if failed:
        print(
            f"factex: {failed} of {len(results)} articles failed (shown on the page)",
            file=sys.stderr,
        )
        return EXIT_SOME_FAILED
    if not args.quiet:
        where = f" to {args.output}" if args.output else ""
        print(f"factex: {_count(len(results), 'article')} rendered{where}", file=sys.stderr)
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one.

    >>> _count(1, "article"), _count(2, "article")
    ('1 article', '2 articles')
    """
    return f"{n} {noun}{'s' * (n != 1)}"


def cmd_consolidate(args: argparse.Namespace) -> int:
    """``factex consolidate``."""
    from factex.consolidate import consolidate, read_results, write_consolidation_table

    for name in args.predictions:
        path = Path(name)
        if name != "-" and not path.is_file():
            what = "is a directory" if path.is_dir() else "no such file"
            raise CliError(f"{name}: {what}; give the JSONL that `factex extract` writes")
    _check_output(args.output, "figures.json")
    try:
        result = consolidate(
            read_results(args.predictions),
            tolerance=args.tolerance,
            min_articles=args.min_articles,
        )
    except ValueError as exc:  # a line that is not an ArticleFacts
        raise CliError(str(exc)) from None
    except OSError as exc:
        raise CliError(f"cannot read the predictions ({exc.strerror or exc})") from None
    out = _open_output(args.output)
    try:
        if args.format == "table":
            write_consolidation_table(result, out)
        else:
            out.write(result.to_json() + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if not args.quiet and args.format == "json":  # the table says this in its title
        print(
            f"factex: {_count(len(result.groups), 'figure')} from {_count(result.facts, 'fact')}"
            f" in {_count(result.articles, 'article')}",
            file=sys.stderr,
        )
    return EXIT_OK


def run() -> None:
    """The ``factex`` program: ``main``, then exit with its code.

    After a Ctrl-C the exit is ``os._exit(130)`` once the output is flushed: CPython
    kills itself with SIGINT at exit when the interrupt landed in code run through
    ``PyRun_String`` (as Cython module initialisation in spaCy's imports does), even
    though ``main`` caught it, and a caller would then see death by signal, not 130.
    """
    code = main()
    if code == EXIT_INTERRUPTED:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    commands = {
        "extract": cmd_extract,
        "score": cmd_score,
        "schema": cmd_schema,
        "render": cmd_render,
        "consolidate": cmd_consolidate,
    }
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    prog = f"factex {args.command}"
    try:
        return commands[args.command](args)
    except ModelNotInstalled as exc:  # --model NAME that is not installed: one clear line
        print(f"factex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except CliError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl-C while spaCy imports or the pipeline loads
        # a second Ctrl-C (or one still pending) must not turn the exit into a traceback
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print(f"{prog}: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return _reader_left()
    except OSError as exc:
        if exc.errno not in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO):
            raise
        print(f"{prog}: cannot write the output ({exc.strerror})", file=sys.stderr)
        _reader_left()  # the buffered rest would fail again at exit
        return EXIT_USAGE
