"""Where the documents of a batch are read: in this process one after the other, or on Dask
(a local cluster of worker processes, or an existing cluster of many machines).

Results come back in input order, however the tasks finish: the merged corpus then does not
depend on which worker was quicker. At most a window of tasks is in flight, so that neither the
workers nor this process hold more than a few documents' results at a time.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from purgehist.corpus.task import Job, Outcome, Settings, process
from purgehist.errors import UsageError
from purgehist.wording import count as count_of

__all__ = ["INSTALL_HINT", "Execution", "OnDask", "Serial", "dask_installed", "open_execution"]

INSTALL_HINT = "pip install 'purgehist[corpus]'"
"""What installs Dask for batches."""


class Execution(Protocol):
    """Runs :func:`~.task.process` over jobs and yields the outcomes in input order."""

    description: str
    workers: int

    def ordered(self, jobs: Iterable[Job], settings: Settings) -> Iterator[Outcome]:
        """The outcome of each job, in the order of *jobs*."""


class Serial:
    """In this process, one document after the other (no Dask)."""

    description = "serial"
    workers = 1

    def ordered(self, jobs: Iterable[Job], settings: Settings) -> Iterator[Outcome]:
        """Each job's outcome as soon as it is done."""
        for job in jobs:
            yield process(job, settings)


class OnDask:
    """On the workers of a Dask cluster, through *client*."""

    def __init__(self, client: Any, description: str) -> None:
        self.client = client
        self.description = description
        self.workers = max(1, len(client.scheduler_info().get("workers", {})))

    def ordered(self, jobs: Iterable[Job], settings: Settings) -> Iterator[Outcome]:
        """Submit a window of tasks ahead and yield each outcome when its turn comes; a task
        whose worker died is rerun elsewhere by the scheduler, and reported as failed only
        when it kills workers again and again."""
        window = max(8, 4 * self.workers)
        todo = iter(jobs)
        pending: deque[tuple[Job, Any]] = deque()
        run = uuid.uuid4().hex[:8]

        def submit() -> None:
            job = next(todo, None)
            if job is not None:
                key = f"purgehist-document-{run}-{job.index}"
                pending.append((job, self.client.submit(process, job, settings, key=key)))

        try:
            for _ in range(window):
                submit()
            while pending:
                job, future = pending.popleft()
                try:
                    outcome: Outcome = future.result()
                except Exception as exc:  # KilledWorker, a lost connection…
                    name = type(exc).__name__
                    reason = f"the task failed on the cluster ({name}: {exc})"
                    outcome = Outcome(index=job.index, ok=False, reason=reason, retry=True)
                del future
                submit()
                yield outcome
        finally:
            if pending:
                self.client.cancel([future for _, future in pending])


def dask_installed() -> bool:
    """Whether ``dask.distributed`` can be imported."""
    return importlib.util.find_spec("distributed") is not None


@contextlib.contextmanager
def open_execution(
    *, workers: int | None = None, scheduler: str | None = None, serial: bool = False
) -> Iterator[Execution]:
    """The execution a batch asks for: *serial* in this process; on the Dask cluster at
    *scheduler* (or at the address in the Dask configuration, ``DASK_SCHEDULER_ADDRESS``);
    else on a local cluster of *workers* processes (all cores by default), started here and
    stopped at the end.

    :raises UsageError: a cluster is asked for and Dask is not installed.
    """
    if serial:
        yield Serial()
        return
    if not dask_installed():
        if scheduler or (workers or 0) > 1:
            msg = f"running on Dask needs dask.distributed: {INSTALL_HINT}"
            raise UsageError(msg)
        yield Serial()
        return
    import dask
    import distributed

    # distributed is typed only in part: its constructors are taken as untyped callables.
    client_class: Any = distributed.Client
    cluster_class: Any = distributed.LocalCluster

    address = scheduler or dask.config.get("scheduler-address", None)
    if address:
        with client_class(address) as client:
            yield OnDask(client, f"Dask scheduler at {address}")
        return
    count = workers or os.cpu_count() or 1
    with (
        cluster_class(
            n_workers=count,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        client_class(cluster) as client,
    ):
        processes = count_of(count, "worker process", "worker processes")
        yield OnDask(client, f"local Dask cluster of {processes}")
