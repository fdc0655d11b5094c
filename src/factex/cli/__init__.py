"""The ``factex`` command line: a thin layer over the library functions.

One module per subcommand (``extract``, ``score`` with ``schema``, ``render``,
``consolidate``), the parser in ``parser``, what they share in ``common``; ``main``
dispatches.
"""

from __future__ import annotations

import errno
import os
import signal
import sys

from factex.cli.common import (
    EXIT_BELOW_MIN,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    CliError,
    _reader_left,
)
from factex.cli.consolidate import cmd_consolidate
from factex.cli.extract import Tally, cmd_extract
from factex.cli.parser import DEFAULT_TIMEOUT, build_parser
from factex.cli.render import cmd_render
from factex.cli.score import cmd_schema, cmd_score
from factex.errors import ModelNotInstalled

__all__ = [
    "DEFAULT_TIMEOUT",
    "EXIT_BELOW_MIN",
    "EXIT_INTERRUPTED",
    "EXIT_OK",
    "EXIT_SOME_FAILED",
    "EXIT_USAGE",
    "CliError",
    "Tally",
    "build_parser",
    "cmd_consolidate",
    "cmd_extract",
    "cmd_render",
    "cmd_schema",
    "cmd_score",
    "main",
    "run",
]


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
    try:
        parser = build_parser()  # imports pydantic (for the defaults): a second under load
        args = parser.parse_args(argv)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("factex: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
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
