"""factex beyond one machine: one batch function for Dask, Spark and Ray, and a Dask runner.

``extract_frame`` takes a pandas DataFrame of articles (``id``, ``text``, optionally
``published``) and returns a DataFrame of ``id`` and ``json`` (one ``ArticleFacts`` as
JSON per row). It loads the pipeline lazily, once per worker process, and never
returns spaCy Docs, so the same function plugs into Dask ``map_partitions``, Spark
``mapInPandas`` and Ray ``map_batches``.

``run_dask`` runs a corpus (paths as ``factex extract`` reads them) on a Dask cluster,
writing one JSONL part per input partition into a directory. A part is written
atomically when its partition is done, so a rerun skips finished parts and a failed
worker loses nothing but the partition it was working on, which Dask retries. A rerun
trusts a part only after checking it (its line count, every line an ``ArticleFacts``,
the ids expected); the directory's manifest holds each input file's size and SHA-256,
so an input edited in place makes the rerun redo every part rather than mix two runs.

pandas and dask are optional (``pip install factex[dask]``); they are imported only here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factex.decode import MAX_ARTICLE_BYTES
from factex.models import Source
from factex.records import Record, lenient_date
from factex.runner import default_pipeline, extract_local

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

COLUMNS = ("id", "json")
MANIFEST = "_factex_manifest.json"
PART_NAME = "part-{:05d}.jsonl"


def _cell(value: Any) -> Any:
    """A DataFrame cell with pandas' missing values (NaN, NaT, None) as ``None``."""
    if value is None:
        return None
    try:
        import pandas as pd

        if not isinstance(value, list | tuple | dict) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _published(value: Any, rid: Any) -> tuple[dt.date | None, list[str]]:
    """The row's date (pandas Timestamps are datetimes); a bad one gives a warning and
    no date, as in ``extract_many``."""
    return lenient_date(_cell(value), f"article {rid}" if rid is not None else "article")


def _record_of(row: dict[str, Any]) -> Record:
    """One input row as a ``Record``; ``source``/``warnings``/``error`` are optional columns."""
    source = _cell(row.get("source"))
    if isinstance(source, str):
        source = Source.model_validate_json(source)
    elif isinstance(source, dict):
        source = Source.model_validate(source)
    warnings = _cell(row.get("warnings"))
    text = _cell(row.get("text"))
    rid = _cell(row.get("id"))
    if isinstance(rid, float) and rid.is_integer():
        rid = int(rid)  # pandas turns an int column with a gap into floats
    published, bad_date = _published(row.get("published"), rid)
    default, bad_default = _published(row.get("published_default"), rid)
    return Record(
        text=text if isinstance(text, str) else "",
        id=None if rid is None else str(rid),
        published=published,
        default_published=default,
        source=source,
        warnings=[*(list(warnings) if warnings is not None else []), *bad_date, *bad_default],
        error=_cell(row.get("error")),
    )


def _safe_record_of(row: dict[str, Any]) -> Record:
    """``_record_of``, or a record with ``error`` set when a cell is unusable."""
    try:
        return _record_of(row)
    except Exception as exc:
        rid = _cell(row.get("id"))
        return Record(
            text="",
            id=None if rid is None else str(rid),
            error=f"invalid row: {type(exc).__name__}: {exc}",
        )


def extract_frame(
    df: pd.DataFrame,
    model: str | None = None,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    timeout: float | None = None,
) -> pd.DataFrame:
    """Extract facts from a DataFrame of articles: ``id``, ``text`` (and ``published``).

    Returns a DataFrame of ``id`` and ``json`` in the input's row order, one row per
    input row, both of pandas' text dtype (as ``frame_meta``; a missing id is missing);
    an article that fails has its ``error`` set in the JSON. The pipeline is built on
    first use in each process and reused for every later batch. ``timeout`` bounds
    each article's seconds, in worker threads too (see ``runner``).

    >>> import pandas as pd
    >>> out = extract_frame(pd.DataFrame({"id": ["a1"], "text": ["Nothing here."]}))
    >>> list(out.columns), out["id"].tolist()
    (['id', 'json'], ['a1'])
    """
    import pandas as pd

    nlp = default_pipeline(model)
    records = (_safe_record_of(row) for row in df.to_dict("records"))
    ids, lines = [], []
    for facts in extract_local(records, nlp=nlp, max_bytes=max_bytes, timeout=timeout):
        ids.append(facts.id)
        lines.append(facts.to_json())
    return pd.DataFrame({"id": pd.Series(ids, dtype=str), "json": pd.Series(lines, dtype=str)})


def frame_meta() -> pd.DataFrame:
    """The empty output frame (``meta=`` for Dask ``map_partitions``).

    Its columns have pandas' text dtype (``str`` on pandas 3, ``object`` before), as
    ``extract_frame``'s do: on pandas 3 an ``object`` column is one of arbitrary Python
    objects, and Dask's ``to_parquet`` cannot derive a schema from it.
    """
    import pandas as pd

    return pd.DataFrame({c: pd.Series([], dtype=str) for c in COLUMNS})


# --- the Dask runner ------------------------------------------------------------------


def records_frame(records: Iterable[Record]) -> pd.DataFrame:
    """Records as the input frame of ``extract_frame``, keeping source, warnings and errors
    so the output is the same as the local path's."""
    import pandas as pd

    rows = [
        {
            "id": r.id,
            "text": r.text,
            "published": r.published.isoformat() if r.published else None,
            "published_default": (r.default_published.isoformat() if r.default_published else None),
            "source": r.source.model_dump_json() if r.source else None,
            "warnings": list(r.warnings),
            "error": r.error,
        }
        for r in records
    ]
    columns = ("id", "text", "published", "published_default", "source", "warnings", "error")
    return pd.DataFrame(rows, columns=list(columns), dtype=object)


def partitions(records: Iterable[Record], size: int) -> Iterator[list[Record]]:
    """Consecutive partitions of ``size`` records (the last may be shorter)."""
    stream = iter(records)
    while part := list(islice(stream, size)):
        yield part


@dataclass
class DaskRun:
    """What ``run_dask`` did: parts written now, parts skipped as already done (checked),
    parts found damaged and redone, articles written, articles with ``error`` set, and
    parts that failed (rerun to retry them)."""

    written: int = 0
    skipped: int = 0
    redone: int = 0
    articles: int = 0
    failed: int = 0
    failed_parts: dict[str, str] = field(default_factory=dict)


def _fingerprints(paths: list[str]) -> list[dict[str, Any]]:
    """Size and SHA-256 of every file the run reads (a directory's files, sorted)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.is_file())
        elif path.is_file():
            files.append(path)
    prints = []
    for file in files:
        digest = hashlib.sha256()
        try:
            with file.open("rb") as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
        except OSError:
            continue  # unreadable: its records are errors, on every run alike
        prints.append(
            {"path": str(file), "size": file.stat().st_size, "sha256": digest.hexdigest()}
        )
    return prints


def _check_manifest(
    out_dir: Path, manifest: dict[str, Any], progress: Callable[[str], None] | None
) -> None:
    """Refuse another run's directory; when the same run's inputs changed, remove its
    parts (the partitions no longer hold the same articles) so every part is redone."""
    path = out_dir / MANIFEST
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8"))
        same_run = {k: v for k, v in old.items() if k != "inputs"} == {
            k: v for k, v in manifest.items() if k != "inputs"
        }
        if not same_run:
            raise ValueError(
                f"{out_dir} holds parts of another run ({old}); use a new output directory"
            )
        if old.get("inputs") == manifest["inputs"]:
            return
        stale = sorted(out_dir.glob("part-*.jsonl"))
        for part in stale:
            part.unlink()
        if progress:
            progress(f"inputs changed since the last run: {len(stale)} parts removed, redoing all")
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _write_part(path: Path, frame: pd.DataFrame) -> tuple[int, int]:
    """Write a finished partition atomically; returns (articles, failed)."""
    lines = frame["json"].tolist()
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.writelines(line + "\n" for line in lines)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    failed = sum(json.loads(line).get("error") is not None for line in lines)
    return len(lines), failed


def part_problem(path: Path, ids: list[str | None]) -> str | None:
    """Why the part at ``path`` is not the finished output of records with ``ids``
    (None when it is): a part is trusted only when every line is an ``ArticleFacts``,
    one per record, with the ids expected in order."""
    from factex.models import ArticleFacts

    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as exc:
        return f"unreadable ({type(exc).__name__})"
    if lines[-1] != "":
        return "its last line is cut off"
    lines.pop()
    if len(lines) != len(ids):
        return f"{len(lines)} lines for {len(ids)} articles"
    for lineno, (line, expected) in enumerate(zip(lines, ids, strict=True), 1):
        try:
            got = ArticleFacts.model_validate_json(line).id
        except ValueError:
            return f"line {lineno} is not an ArticleFacts"
        if got != expected:
            return f"line {lineno} has id {got!r}, expected {expected!r}"
    return None


def run_dask(
    paths: Iterable[str],
    out_dir: str | Path,
    *,
    scheduler: str | None = None,
    partition_size: int = 200,
    model: str | None = None,
    published: dt.date | None = None,
    n_workers: int | None = None,
    progress: Callable[[str], None] | None = None,
    max_bytes: int | None = MAX_ARTICLE_BYTES,
    timeout: float | None = None,
) -> DaskRun:
    """Run ``paths`` (files, directories, JSONL) on Dask, one JSONL part per partition.

    Args:
        paths: what ``factex extract`` reads; read here, on the client, lazily, and
            shipped to the workers a few partitions at a time.
        out_dir: directory for ``part-NNNNN.jsonl`` files (created if absent).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); ``None``
            starts a ``LocalCluster`` on this machine.
        partition_size: articles per partition (and per part file). A rerun must use
            the same paths and size; the directory's manifest checks that.
        model, published, max_bytes, timeout: as for ``factex extract``.
        n_workers: workers of the LocalCluster (default: one per core).
        progress: called with a line of text as parts finish.
    """
    from dask.distributed import Client, LocalCluster, as_completed

    from factex.io import read_paths

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = list(paths)
    manifest = {
        "paths": paths,
        "partition_size": partition_size,
        "model": model,
        "published": published.isoformat() if published else None,
        "inputs": _fingerprints(paths),
    }
    _check_manifest(out, manifest, progress)
    run = DaskRun()
    targets: dict[Any, Path] = {}
    cluster: Any = None
    client: Any = None

    def connect() -> Any:
        # Started on the first partition left to do, so a finished run reruns at once.
        nonlocal cluster, client
        if scheduler is None:
            cluster = LocalCluster(
                n_workers=n_workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
            )
        client = Client(scheduler or cluster)
        return client

    def finish(future: Any) -> None:
        target = targets.pop(future)
        try:
            articles, failed = _write_part(target, future.result())
        except Exception as exc:  # a lost partition: reported, retried on rerun
            run.failed_parts[target.name] = f"{type(exc).__name__}: {exc}"
            return
        run.written += 1
        run.articles += articles
        run.failed += failed
        if progress:
            progress(f"{target.name}: {articles} articles, {failed} failed")

    try:
        in_flight: Any = None
        limit = 2
        records = _with_default_date(read_paths(paths, max_bytes=max_bytes), published)
        for index, part in enumerate(partitions(records, partition_size)):
            target = out / PART_NAME.format(index)
            if target.exists():
                problem = part_problem(target, [r.id for r in part])
                if problem is None:
                    run.skipped += 1
                    continue
                run.redone += 1
                if progress:
                    progress(f"{target.name}: damaged ({problem}); redoing it")
            if client is None:
                connect()
                limit = 2 * max(1, len(client.scheduler_info().get("workers", {})))
                in_flight = as_completed()
            future = client.submit(
                extract_frame,
                records_frame(part),
                model,
                max_bytes,
                timeout,
                key=f"factex-{index}-{uuid.uuid4().hex}",
            )
            targets[future] = target
            in_flight.add(future)
            while in_flight.count() >= limit:
                finish(next(in_flight))
        for future in in_flight or ():
            finish(future)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    return run


def _with_default_date(records: Iterable[Record], published: dt.date | None) -> Iterator[Record]:
    for record in records:
        record.default_published = published
        yield record
