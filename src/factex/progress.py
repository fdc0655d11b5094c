"""A progress bar for batches: articles done and articles/s on stderr, only on a terminal.

When stderr is not a terminal (a pipe, a file, CI logs) nothing is written at all, and
no extra work (such as counting the inputs) is done.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

T = TypeVar("T")

# Fewer articles than this finish before a bar would tell anything.
MIN_ARTICLES = 4


def is_terminal(stream: TextIO | None) -> bool:
    """True when ``stream`` is an interactive terminal.

    >>> import io
    >>> is_terminal(io.StringIO()), is_terminal(None)
    (False, False)
    """
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def count_articles(paths: Iterable[str]) -> int | None:
    """How many articles ``paths`` name, as ``factex.io.read_paths`` reads them; None when
    a path cannot be counted without reading it (stdin).

    >>> count_articles([])
    0
    """
    from factex.io import ARTICLE_SUFFIXES

    total = 0
    for name in paths:
        if name == "-":
            return None
        path = Path(name)
        files = [path]
        if path.is_dir():
            files = [
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            ]
            total += not files  # read_paths reports an empty directory
        for file in files:
            if file.suffix.lower() == ".jsonl" and file.is_file():
                with file.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            else:
                total += 1
    return total


def _rate_column():
    from rich.progress import ProgressColumn
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Articles per second, averaged over rich's recent window."""

        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("– articles/s" if speed is None else f"{speed:,.1f} articles/s")

    return RateColumn()


def progress(
    items: Iterable[T],
    *,
    total: int | Callable[[], int | None] | None = None,
    stream: TextIO | None = None,
    description: str = "extracting",
    min_items: int = MIN_ARTICLES,
) -> Iterator[T]:
    """Yield ``items`` unchanged, showing a bar with articles/s on ``stream`` (default
    stderr) when it is a terminal and there are at least ``min_items`` of them.

    ``total`` may be a function, called only when the bar is shown; None means unknown
    (the bar then counts without an end).

    >>> import io
    >>> out = io.StringIO()
    >>> list(progress(range(10), total=10, stream=out)), out.getvalue()
    ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], '')
    """
    stream = sys.stderr if stream is None else stream
    if not is_terminal(stream):
        yield from items
        return
    count = total() if callable(total) else total
    if count is not None and count < min_items:
        yield from items
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(file=stream, force_terminal=True)
    columns = [
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn() if count is not None else TextColumn("{task.completed}"),
        _rate_column(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=console, transient=False) as bar:
        task = bar.add_task(description, total=count)
        for item in items:
            yield item
            bar.advance(task)
