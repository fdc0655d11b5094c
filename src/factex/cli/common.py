"""What every ``factex`` subcommand shares: exit codes, the one-line user error, and
the ``-o`` file written whole or not at all."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_SOME_FAILED = 3  # extract: at least one article has an error
EXIT_BELOW_MIN = 4  # score: a --min threshold does not hold
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (extract: the lines written so far are complete)


class CliError(Exception):
    """A mistake the user can fix (a path, an option): one line on stderr, exit 2."""


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


def _reader_left() -> int:
    """``factex extract ... | head``: the reader left; end quietly, not with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # Python flushes stdout again at exit
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    """``n`` and the noun, plural unless one.

    >>> _count(1, "article"), _count(2, "article")
    ('1 article', '2 articles')
    """
    return f"{n} {noun}{'s' * (n != 1)}"
