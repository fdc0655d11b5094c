"""``factex render``: an HTML page of highlighted articles."""

from __future__ import annotations

import argparse
import sys

from factex.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    _check_inputs,
    _check_output,
    _count,
    _no_articles,
    _open_output,
)


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
