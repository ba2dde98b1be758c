"""Batches on a real Dask cluster: a LocalCluster of two worker processes, started once."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import purgehist
from conftest import renamed_thesis
from purgehist.cli import cli
from purgehist.corpus.report import CONVERTED, FAILED

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """Two worker processes, one thread each, as on a two-core machine."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as local:
        yield local


def test_the_command_runs_on_a_cluster(
    theses: Path, tmp_path: Path, cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["batch", "theses/", "--to", "tei", "--out", "out/", "--merge", "corpus.json"]
    result = CliRunner().invoke(cli, [*args, "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 1, result.output
    assert "3 converted, 1 failed" in result.output
    report = json.loads((tmp_path / "out" / "batch-report.json").read_text())
    assert report["executor"].startswith("Dask scheduler at tcp://")
    workers = {d["worker"] for d in report["documents"] if d["status"] == CONVERTED}
    assert workers <= set(cluster.scheduler_info["workers"])
    assert workers
    again = CliRunner().invoke(cli, [*args, "--scheduler", cluster.scheduler_address])
    assert "3 unchanged, 1 failed" in again.output


def test_the_cluster_merges_as_one_process_does(theses: Path, tmp_path: Path, cluster: Any) -> None:
    serial = purgehist.batch([theses], out=tmp_path / "a", merge=tmp_path / "a.json", serial=True)
    dask = purgehist.batch(
        [theses], out=tmp_path / "b", merge=tmp_path / "b.json", scheduler=cluster.scheduler_address
    )
    assert [d.input for d in serial.documents] == [d.input for d in dask.documents]
    assert purgehist.load(tmp_path / "a.json") == purgehist.load(tmp_path / "b.json")


def test_inputs_and_outputs_as_fsspec_urls(theses: Path, tmp_path: Path, cluster: Any) -> None:
    out = f"file://{tmp_path}/out"
    report = purgehist.batch(
        [f"file://{theses}"], out=out, to="json", merge=f"file://{tmp_path}/corpus.json",
        scheduler=cluster.scheduler_address,
    )  # fmt: skip
    assert report.totals[CONVERTED] == 3
    assert report.totals[FAILED] == 1
    assert (tmp_path / "out" / "more" / "three.json").is_file()
    assert len(purgehist.load(tmp_path / "corpus.json").documents) == 3
    again = purgehist.batch(
        [f"file://{theses}"], out=out, to="json", merge=f"file://{tmp_path}/corpus.json",
        scheduler=cluster.scheduler_address,
    )  # fmt: skip
    assert again.totals[CONVERTED] == 0


def test_a_worker_killed_mid_run_loses_and_doubles_nothing(
    tmp_path: Path, cluster: Any, seed_text_path: Path
) -> None:
    folder = tmp_path / "theses"
    folder.mkdir()
    text = seed_text_path.read_text(encoding="utf-8")
    count = 16
    for n in range(count):
        (folder / f"t{n:02}.txt").write_text(renamed_thesis(text, n), encoding="utf-8")
    journal = tmp_path / "out" / ".purgehist-batch" / "journal.jsonl"
    killed: list[int] = []

    def kill_a_worker() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if journal.is_file() and journal.read_text().count("\n") >= 1:
                with distributed.Client(cluster.scheduler_address) as client:
                    pids = client.run(os.getpid)
                pid = sorted(pids.values())[0]
                os.kill(pid, signal.SIGKILL)
                killed.append(journal.read_text().count("\n"))
                return
            time.sleep(0.02)

    killer = threading.Thread(target=kill_a_worker)
    killer.start()
    report = purgehist.batch(
        [folder], out=tmp_path / "out", merge=tmp_path / "corpus.json",
        scheduler=cluster.scheduler_address,
    )  # fmt: skip
    killer.join()
    assert killed, "no worker was killed"
    assert killed[0] < count, "the worker was killed after the run"
    assert report.failed == ()
    assert sorted(Path(d.input).name for d in report.documents) == [
        f"t{n:02}.txt" for n in range(count)
    ]
    corpus = purgehist.load(tmp_path / "corpus.json")
    assert len(corpus.documents) == count
    assert purgehist.problems(corpus) == []
    cluster.wait_for_workers(2, timeout=30)
