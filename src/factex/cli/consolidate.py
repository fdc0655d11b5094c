"""``factex consolidate``: one figure across articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factex.cli.common import EXIT_OK, CliError, _check_output, _count, _open_output


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
