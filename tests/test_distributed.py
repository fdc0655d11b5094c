"""factex beyond one machine: ``extract_frame`` and ``factex extract --engine dask``."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import signal
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("dask.distributed")

import factex  # noqa: E402
from factex.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main  # noqa: E402
from factex.distributed import extract_frame, frame_meta, partitions  # noqa: E402

from .conftest import SEEDS  # noqa: E402


def _frame(seed_texts: dict[str, str]) -> pd.DataFrame:
    ids = list(seed_texts)
    return pd.DataFrame(
        {
            "id": ids,
            "text": list(seed_texts.values()),
            "published": [None, "2020-02-03", pd.NaT, pd.Timestamp("2021-12-31"), float("nan")],
        }
    )


def test_extract_frame_matches_extract(seed_texts):
    df = _frame(seed_texts)
    out = extract_frame(df)
    assert list(out.columns) == ["id", "json"]
    assert out["id"].tolist() == df["id"].tolist()
    published = [None, "2020-02-03", None, "2021-12-31", None]
    for (rid, text), date, line in zip(seed_texts.items(), published, out["json"], strict=True):
        assert line == factex.extract(text, id=rid, published=date).to_json()


def test_extract_frame_odd_rows():
    df = pd.DataFrame({"id": [7, None], "text": [None, "Exports rose to $5 million."]})
    out = extract_frame(df)
    assert out["id"][0] == "7" and pd.isna(out["id"][1])
    assert all(json.loads(line)["schema"] == "factex/1" for line in out["json"])
    assert extract_frame(df.iloc[:0]).empty


def test_extract_frame_bad_cells_become_errors():
    df = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "text": ["Fine.", "Also fine.", "Fine again."],
            "source": ["{", None, None],
            "published": [None, "2020-01-31", "not a date"],
        }
    )
    first, second, third = (json.loads(line) for line in extract_frame(df)["json"])
    assert first["id"] == "a" and first["error"].startswith("invalid row: ValidationError")
    assert second["id"] == "b" and second["error"] is None
    assert second["published"] == "2020-01-31"
    assert third["id"] == "c" and third["error"] is None and third["published"] is None
    assert third["warnings"] == [
        "article c: published 'not a date' is not a date YYYY-MM-DD: ignored"
    ]


def test_dask_map_partitions_equals_local(seed_texts):
    dd = pytest.importorskip("dask.dataframe")
    df = _frame(seed_texts)
    ddf = dd.from_pandas(df, npartitions=2)
    out = ddf.map_partitions(extract_frame, meta=frame_meta()).compute(scheduler="sync")
    assert out.reset_index(drop=True).equals(extract_frame(df))


def test_dask_to_parquet_as_in_the_readme(tmp_path, seed_texts):
    """The README's Dask lines end in ``to_parquet``, which takes its schema from ``meta``:
    with ``object`` columns (arbitrary objects on pandas 3) it cannot derive one."""
    dd = pytest.importorskip("dask.dataframe")
    pytest.importorskip("pyarrow")
    df = _frame(seed_texts)
    assert extract_frame(df).dtypes.equals(frame_meta().dtypes)
    ddf = dd.from_pandas(df, npartitions=2)
    facts = ddf.map_partitions(extract_frame, meta=frame_meta())
    facts.to_parquet(tmp_path / "facts", compute_kwargs={"scheduler": "sync"})
    back = pd.read_parquet(tmp_path / "facts")
    assert back["json"].tolist() == extract_frame(df)["json"].tolist()


def test_partitions():
    assert [len(p) for p in partitions(range(7), 3)] == [3, 3, 1]
    assert list(partitions([], 3)) == []


# --- the Dask runner end to end on a LocalCluster with 2 worker processes ---------------


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as local:
        yield local


@pytest.fixture
def corpus(tmp_path, seed_texts) -> list[str]:
    """A directory of articles plus a JSONL file with dates, ids and one broken line."""
    jsonl = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"id": f"j{i}", "text": text, "published": f"2022-0{i + 1}-15"})
        for i, text in enumerate(seed_texts.values())
    ]
    lines.insert(2, "{not json")
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(SEEDS), str(jsonl)]


def _by_id(lines: list[str]) -> list[str]:
    return sorted(lines, key=lambda line: json.loads(line)["id"])


def _parts(out: Path) -> list[str]:
    return [line for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text().splitlines()]


def test_dask_cli_equals_local_and_reruns_skip(tmp_path, corpus, cluster, capsys):
    local = tmp_path / "local.jsonl"
    assert main(["extract", *corpus, "--published", "2019-01-01", "-o", str(local)]) == (
        EXIT_SOME_FAILED
    )
    out = tmp_path / "parts"
    args = ["extract", *corpus, "--published", "2019-01-01", "--engine", "dask"]
    args += ["--scheduler", cluster.scheduler_address, "--partition-size", "3", "-o", str(out)]
    assert main(args) == EXIT_SOME_FAILED  # the broken JSONL line, as locally
    parts = sorted(p.name for p in out.glob("part-*.jsonl"))
    assert parts == [f"part-0000{i}.jsonl" for i in range(4)]  # 11 records in parts of 3
    assert not list(out.glob("*.tmp"))
    expected = local.read_text(encoding="utf-8").splitlines()
    assert _by_id(_parts(out)) == _by_id(expected)  # byte for byte after sorting by id
    assert "4 parts written, 0 already done" in capsys.readouterr().err

    # a rerun skips finished parts; a lost part is redone alone
    (out / "part-00001.jsonl").unlink()
    before = (out / "part-00002.jsonl").stat().st_mtime_ns
    main(args)
    assert "1 parts written, 3 already done" in capsys.readouterr().err
    assert (out / "part-00002.jsonl").stat().st_mtime_ns == before
    assert _by_id(_parts(out)) == _by_id(expected)

    # a damaged part (cut off, a line lost, a line garbled) is checked and redone
    damaged = out / "part-00002.jsonl"
    good = damaged.read_text(encoding="utf-8")
    for bad in (good[: len(good) // 2], good.split("\n", 1)[1], "x" + good):
        damaged.write_text(bad, encoding="utf-8")
        assert main(args) == EXIT_SOME_FAILED
        err = capsys.readouterr().err
        assert "part-00002.jsonl: damaged" in err and "1 damaged parts redone" in err
        assert "1 parts written, 3 already done" in err
        assert _by_id(_parts(out)) == _by_id(expected)

    # an input edited in place: every part is redone, nothing mixed
    jsonl = Path(corpus[1])
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    jsonl.write_text("\n".join(lines[1:]) + "\n", encoding="utf-8")  # one record fewer
    main(args)
    err = capsys.readouterr().err
    assert "inputs changed" in err and "4 parts written, 0 already done" in err
    main(["extract", *corpus, "--published", "2019-01-01", "-o", str(local)])
    capsys.readouterr()
    assert _by_id(_parts(out)) == _by_id(local.read_text(encoding="utf-8").splitlines())

    # another run's directory is refused
    other = [*args[:-3], "2", "-o", str(out)]
    assert main(other) == EXIT_USAGE
    assert "another run" in capsys.readouterr().err


def test_a_failed_partition_loses_only_itself(tmp_path, corpus, cluster, monkeypatch, capsys):
    """A partition whose task fails is reported; the others are written; a rerun redoes it."""
    import factex.distributed as distributed_module

    frame = distributed_module.records_frame
    calls = []

    def broken_second_partition(records):
        calls.append(1)
        return "not a frame" if len(calls) == 2 else frame(records)

    out = tmp_path / "parts"
    args = ["extract", *corpus, "--engine", "dask", "--scheduler", cluster.scheduler_address]
    args += ["--partition-size", "3", "-o", str(out)]
    monkeypatch.setattr(distributed_module, "records_frame", broken_second_partition)
    assert main(args) == EXIT_SOME_FAILED
    err = capsys.readouterr().err
    assert "part-00001.jsonl failed (AttributeError" in err and "rerun to retry it" in err
    assert sorted(p.name for p in out.glob("part-*")) == [
        "part-00000.jsonl",
        "part-00002.jsonl",
        "part-00003.jsonl",
    ]
    monkeypatch.setattr(distributed_module, "records_frame", frame)
    main(args)
    assert "1 parts written, 3 already done" in capsys.readouterr().err
    local = [f.to_json() for f in factex.extract_many(_records(corpus))]
    assert _by_id(_parts(out)) == _by_id(local)


def _records(paths):
    from factex.io import read_paths

    return read_paths(paths)


def test_dask_cli_local_cluster(tmp_path, capsys):
    """Without --scheduler a LocalCluster is started (and stopped) for the run."""
    out = tmp_path / "parts"
    args = ["extract", str(SEEDS), "--engine", "dask", "--workers", "2", "-o", str(out)]
    assert main(args) == EXIT_OK
    assert len(_parts(out)) == 5
    local = [f.to_json() for f in factex.extract_many(_seed_records())]
    assert _by_id(_parts(out)) == _by_id(local)
    capsys.readouterr()


def _seed_records():
    from factex.io import read_paths

    return read_paths([str(SEEDS)])


def test_dask_cli_needs_an_output_directory(tmp_path, capsys):
    assert main(["extract", str(SEEDS), "--engine", "dask"]) == EXIT_USAGE
    assert "-o DIR" in capsys.readouterr().err
    args = ["extract", str(SEEDS), "--engine", "dask", "--format", "json"]
    assert main([*args, "-o", str(tmp_path / "parts")]) == EXIT_USAGE
    existing = tmp_path / "file.jsonl"
    existing.write_text("")
    assert main(["extract", str(SEEDS), "--engine", "dask", "-o", str(existing)]) == EXIT_USAGE


def test_dates_survive_the_frame(tmp_path):
    from factex.distributed import records_frame

    record = factex.api.Record(text="x", id="a", published=dt.date(2020, 5, 6))
    frame = records_frame([record])
    out = json.loads(extract_frame(frame)["json"][0])
    assert out["published"] == "2020-05-06"


# --- a worker process that dies mid-task ------------------------------------------------


def extract_or_die(frame, model, max_bytes, timeout=None, *, victim, marker, how):
    """Test hook: ``extract_frame`` on the workers, except that an attempt at the partition
    holding article ``victim`` kills its own worker process: no exception, no cleanup, the
    process is gone (``how``: ``"exit"`` for ``os._exit``, else SIGKILL). With a ``marker``
    only the first attempt dies: it creates the file, holding its pid, before it dies, and
    a retry finds it and does the work. Without one every attempt dies.

    A module-level function, so a worker unpickles it by importing this module; a test
    puts it in place of ``factex.distributed.extract_frame`` with monkeypatch.
    """
    if victim in frame["id"].tolist():
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY) if marker else None
        except FileExistsError:
            pass  # the retry: do the work
        else:
            if fd is not None:
                os.write(fd, str(os.getpid()).encode())
                os.close(fd)
            if how == "exit":
                os._exit(1)
            os.kill(os.getpid(), signal.SIGKILL)
    return extract_frame(frame, model, max_bytes, timeout)


@pytest.mark.slow
def test_a_worker_that_dies_mid_task_loses_nothing(tmp_path, corpus, monkeypatch):
    """One partition's first attempt kills its worker process (``os._exit``); Dask reruns
    it on a live worker and every part is written once, the same as the local path. A
    rerun after that part is deleted redoes it alone, even when its worker dies again
    (SIGKILL this time)."""
    import factex.distributed as distributed_module
    from factex.distributed import run_dask

    records = list(_records(corpus))
    local = _by_id([f.to_json() for f in factex.extract_many(_records(corpus))])
    victim = records[4].id  # in part 1 of 4 (11 records in parts of 3)
    marker = tmp_path / "died"
    out = tmp_path / "parts"

    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as local_cluster,
        distributed.Client(local_cluster) as client,
    ):

        def run():
            return run_dask(
                corpus, out, scheduler=local_cluster.scheduler_address, partition_size=3
            )

        def arm(how: str) -> set[int]:
            """Put the hook in place; the pids of the cluster's (two, live) workers."""
            hook = functools.partial(extract_or_die, victim=victim, marker=str(marker), how=how)
            monkeypatch.setattr(distributed_module, "extract_frame", hook)
            client.wait_for_workers(2, timeout=60)  # the second time, a restarted one too
            return set(client.run(os.getpid).values())

        def died(workers: set[int]) -> bool:
            """The hook ran in one of ``workers`` and that process is gone."""
            dead = int(marker.read_text())
            return dead in workers and dead not in client.run(os.getpid).values()

        workers = arm("exit")
        first = run()
        assert died(workers)
        assert (first.written, first.skipped, first.failed_parts) == (4, 0, {})
        assert first.articles == len(records)
        assert sorted(p.name for p in out.iterdir()) == [
            "_factex_manifest.json",
            *(f"part-0000{i}.jsonl" for i in range(4)),
        ]
        lines = _parts(out)
        assert len(lines) == len(records)  # nothing lost, nothing twice
        assert len({json.loads(line)["id"] for line in lines}) == len(records)
        assert _by_id(lines) == local  # byte for byte after sorting by id

        # delete the victim's part and re-arm the hook: the rerun redoes part 1 alone
        # (one partition in flight), its worker dies again, and Dask still finishes it
        (out / "part-00001.jsonl").unlink()
        marker.unlink()
        kept = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
        workers = arm("sigkill")
        second = run()
        assert died(workers)
        assert (second.written, second.skipped, second.failed_parts) == (1, 3, {})
        assert second.articles == 3
        now = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*.jsonl")}
        assert now.pop("part-00001.jsonl") and now == kept  # the others untouched
        assert _by_id(_parts(out)) == local
        assert not list(out.glob("*.tmp"))


@pytest.mark.slow
def test_a_partition_that_kills_every_worker_is_reported(tmp_path, corpus, monkeypatch):
    """A partition whose every attempt kills its worker (a poison article) ends, once the
    scheduler's ``allowed-failures`` are used up, as a failed part (``KilledWorker``), and
    the other parts are written. Dask counts a death against every task the worker held,
    so a partition that was only waiting on a dying worker can fail with it (part 3 did in
    4 of 10 runs here): it is reported too. A rerun, the poison gone, writes exactly the
    failed parts, and nothing is lost."""
    import dask

    import factex.distributed as distributed_module
    from factex.distributed import run_dask

    records = list(_records(corpus))
    local = _by_id([f.to_json() for f in factex.extract_many(_records(corpus))])
    hook = functools.partial(extract_or_die, victim=records[4].id, marker=None, how="sigkill")
    monkeypatch.setattr(distributed_module, "extract_frame", hook)
    out = tmp_path / "parts"
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 1}),  # two deaths, not 4
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as local_cluster,
    ):

        def run():
            return run_dask(
                corpus, out, scheduler=local_cluster.scheduler_address, partition_size=3
            )

        first = run()
        failed = set(first.failed_parts)
        assert "part-00001.jsonl" in failed
        assert all(e.startswith("KilledWorker") for e in first.failed_parts.values())
        assert (first.written, first.skipped) == (4 - len(failed), 0)
        written = {p.name for p in out.glob("part-*")}
        assert written == {f"part-0000{i}.jsonl" for i in range(4)} - failed
        monkeypatch.setattr(distributed_module, "extract_frame", extract_frame)
        second = run()
        assert (second.written, second.skipped, second.failed_parts) == (
            len(failed),
            4 - len(failed),
            {},
        )
        assert _by_id(_parts(out)) == local


@pytest.mark.slow
def test_a_result_lost_with_its_worker_is_computed_again(seed_texts):
    """A worker that dies after it finished a partition, before the client fetched the
    result (which lived only in that worker's memory): the scheduler computes the
    partition again on a live worker, so ``future.result()`` (what ``run_dask`` waits on)
    still returns it, the same as the local path."""
    frame = _frame(seed_texts)
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as local_cluster,
        distributed.Client(local_cluster) as client,
    ):
        future = client.submit(extract_frame, frame, None, key="factex-lost-result")
        distributed.wait(future, timeout=120)
        assert future.status == "finished"
        holders = client.who_has(future)[future.key]
        assert len(holders) == 1
        (pid,) = client.run(os.getpid, workers=list(holders)).values()
        os.kill(pid, signal.SIGKILL)
        result = future.result(timeout=120)
        assert pid not in client.run(os.getpid).values()  # the holder is really gone
    assert result.equals(extract_frame(frame))
