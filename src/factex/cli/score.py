"""``factex score`` and ``factex schema``: the gold gate and the output contract."""

from __future__ import annotations

import argparse
import json
import sys

from factex.cli.common import EXIT_BELOW_MIN, EXIT_OK, EXIT_USAGE, CliError


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
