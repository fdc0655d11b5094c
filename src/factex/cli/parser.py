"""The ``factex`` argument parser: every subcommand's options and their checks."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from factex import __version__
from factex.cli.common import EXIT_SOME_FAILED, EXIT_USAGE


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
