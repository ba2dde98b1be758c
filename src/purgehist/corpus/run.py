"""A batch: many documents read (in parallel, on Dask), each written in an output format, and
all of them merged into one corpus dataset with its merge log."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from purgehist import api
from purgehist.corpus.execute import open_execution
from purgehist.corpus.inputs import Found, cache_name, expand, output_names
from purgehist.corpus.locations import exists, is_url, join, read_bytes, sha256, write_atomic
from purgehist.corpus.progress import BatchProgress
from purgehist.corpus.report import (
    CONVERTED,
    FAILED,
    UNCHANGED,
    WRITTEN,
    BatchReport,
    DocumentReport,
)
from purgehist.corpus.state import STATE_FOLDER, Journal, fingerprint
from purgehist.corpus.task import Job, Outcome, Settings
from purgehist.errors import UsageError
from purgehist.model.dataset import Dataset, Metadata
from purgehist.plugins.manager import get_exporters, get_parsers
from purgehist.plugins.specs import ProgressCallback

__all__ = ["REPORT_NAME", "batch", "merge_log_location"]

REPORT_NAME = "batch-report.json"
"""The run report's name in the output folder."""


def merge_log_location(merged: str) -> str:
    """Where the merge log of the corpus *merged* goes: ``corpus.json`` →
    ``corpus.merges.json``."""
    head, slash, name = merged.rstrip("/").rpartition("/")
    return f"{head}{slash}{name.split('.', 1)[0] or name}.merges.json"


def _merge_format(location: str) -> str:
    name = location.lower()
    matches = [(len(s.suffix), n) for n, s in get_exporters().items() if name.endswith(s.suffix)]
    return max(matches)[1] if matches else "json"


def _checksums(locations: Sequence[str]) -> list[str | None]:
    def one(location: str) -> str | None:
        try:
            return sha256(location)
        except (OSError, ValueError):
            return None  # reported by the task: no such file, unreadable

    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(one, locations))


def _absolute(location: str) -> str:
    return location if is_url(location) else str(Path(location).resolve())


def _entry(
    job: Job, outcome: Outcome, digest: str | None, print_: str, output: str | None
) -> DocumentReport:
    return DocumentReport(
        input=job.input,
        status=CONVERTED if outcome.ok else FAILED,
        output=output if outcome.ok else None,
        reason=outcome.reason,
        retry=outcome.retry,
        sha256=digest,
        fingerprint=print_,
        timings=outcome.timings,
        counts=outcome.counts,
        problems=outcome.problems,
        warnings=outcome.warnings,
        worker=outcome.worker,
    )


def _load_cached(location: str) -> Dataset:
    from purgehist.formats.json.codec import loads

    return loads(read_bytes(location).decode("utf-8"))


def batch(
    inputs: Sequence[str | Path],
    *,
    out: str | Path,
    to: str | None = None,
    merge: str | Path | None = None,
    from_format: str | None = None,
    input_options: Mapping[str, object] | None = None,
    export_options: Mapping[str, object] | None = None,
    force: bool = False,
    workers: int | None = None,
    scheduler: str | None = None,
    serial: bool = False,
    retry_failed: bool = False,
    progress: ProgressCallback | None = None,
    title: str | None = None,
) -> BatchReport:
    """Read many documents, write each in the format *to* into the folder *out*, and merge
    them all into one corpus dataset at *merge*, reconciling the sources and people they share
    (see :mod:`purgehist.corpus.reconcile`).

    A document that fails is reported (file and reason) and the others go on. Documents whose
    input and options are unchanged since the last run into *out* are skipped. Outputs are
    written atomically; the run report (``batch-report.json``) and the resume state are in
    *out*.

    :param inputs: files, folders, globs, ``@list.txt`` files listing inputs, or fsspec URLs
    :param out: the output folder (a path or an fsspec URL)
    :param to: the format of the per-document outputs; ``None``: none are written
    :param merge: where to write the merged corpus (its format from the suffix: ``.json``,
        ``.db`` for SQLite…); its merge log goes beside it (``corpus.merges.json``)
    :param workers: processes of the local Dask cluster (default: one per core)
    :param scheduler: the address of an existing Dask scheduler (``tcp://host:8786``);
        without it the Dask configuration (``DASK_SCHEDULER_ADDRESS``) is asked
    :param serial: read the documents in this process, one after the other, without Dask
    :param retry_failed: try again the documents that failed last time though unchanged
    :param progress: told ``(done, total, stage)`` as documents finish, the stage naming the
        document, failures, rate and time left (the command line draws it as a bar)
    :raises UsageError: unknown format, no document found, Dask asked for but not installed
    """
    started = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    clock = time.perf_counter()
    out = str(out)
    parsers = get_parsers()
    readers = [s for p in parsers.values() for s in p.suffixes]
    if from_format is not None and from_format not in parsers:
        msg = f"unknown input format {from_format!r}; available: {', '.join(parsers)}"
        raise UsageError(msg)
    suffix = api.find_exporter(to).suffix if to is not None else ""
    found = expand([str(i) for i in inputs], readers)
    if not found:
        raise UsageError("no documents found in the inputs given")
    targets = output_names(found, out, suffix, readers)
    options = {
        "from": from_format,
        "input_options": dict(input_options or {}),
        "to": to,
        "export_options": dict(export_options or {}),
        "force": force,
    }
    print_ = fingerprint(options)
    settings = Settings(
        from_format=from_format,
        input_options=dict(input_options or {}),
        to_format=to,
        export_options=dict(export_options or {}),
        force=force,
        keep=merge is not None,
    )
    jobs = _jobs(found, targets, out, with_output=to is not None, cached=merge is not None)
    shown = dict(zip((job.index for job in jobs), targets, strict=True))
    digests = _checksums([job.location for job in jobs])
    journal = Journal(out)
    reused = [
        digest is not None and _reusable(journal, job, digest, print_, retry_failed)
        for job, digest in zip(jobs, digests, strict=True)
    ]
    merge_print = _merge_print(jobs, digests, print_) if merge is not None else ""
    must_merge = merge is not None and (
        not all(reused) or journal.merged.get(str(merge)) != merge_print or not exists(str(merge))
    )
    todo = [job for job, skip in zip(jobs, reused, strict=True) if not skip]
    bar = BatchProgress(len(jobs), progress)
    bar.start()
    entries: list[DocumentReport] = []
    merger = None
    if must_merge:
        from purgehist.corpus.merge import CorpusMerger

        merger = CorpusMerger(metadata=Metadata(title=title or f"Corpus of {len(jobs)} documents"))
    interrupted = False
    description = "nothing to do"
    try:
        with open_execution(
            workers=workers, scheduler=scheduler, serial=serial or not todo
        ) as execution:
            description = execution.description if todo else description
            outcomes = execution.ordered(todo, settings) if todo else iter(())
            for job, digest, skip, outcome in _in_order(jobs, digests, reused, outcomes):
                if skip:
                    entry = _unchanged(journal.documents[job.input])
                    dataset = (
                        _load_cached(job.cache)
                        if merger is not None and job.cache and entry.status != FAILED
                        else None
                    )
                else:
                    assert outcome is not None
                    entry = _entry(job, outcome, digest, print_, shown[job.index])
                    journal.record(entry)
                    dataset = outcome.dataset
                entries.append(entry)
                if merger is not None and dataset is not None:
                    merger.add(dataset, document=job.name)
                bar.advance(entry.status, job.name, timed=not skip)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        journal.close()
    merge_info: dict[str, Any] | None = None
    if merge is not None and not interrupted:
        merge_info = _finish_merge(str(merge), merger, journal, merge_print, len(entries))
    if not interrupted:
        journal.compact(keep=[job.input for job in jobs])
    report = BatchReport(
        documents=entries,
        started=started,
        elapsed=time.perf_counter() - clock,
        executor=description,
        settings=options,
        merge=merge_info,
        interrupted=interrupted,
    )
    with write_atomic(join(out, REPORT_NAME)) as stream:
        stream.write(report.dumps().encode())
    return report


def _jobs(
    found: Sequence[Found], targets: Sequence[str], out: str, *, with_output: bool, cached: bool
) -> list[Job]:
    """A job for each document found: absolute locations, for workers elsewhere."""
    cache = join(_absolute(out), f"{STATE_FOLDER}/datasets")
    return [
        Job(
            index=i,
            input=doc.location,
            location=_absolute(doc.location),
            name=doc.relative,
            output=_absolute(target) if with_output else None,
            cache=join(cache, cache_name(_absolute(doc.location))) if cached else None,
        )
        for i, (doc, target) in enumerate(zip(found, targets, strict=True))
    ]


def _reusable(journal: Journal, job: Job, digest: str, print_: str, retry_failed: bool) -> bool:
    """Whether the last run's result for *job* stands, its output and cache still there."""
    if not journal.reusable(job.input, digest, print_, retry_failed=retry_failed):
        return False
    if journal.documents[job.input].status == FAILED:
        return True
    return all(exists(where) for where in (job.output, job.cache) if where is not None)


def _in_order(
    jobs: Sequence[Job],
    digests: Sequence[str | None],
    reused: Sequence[bool],
    outcomes: Iterator[Outcome],
) -> Iterator[tuple[Job, str | None, bool, Outcome | None]]:
    for job, digest, skip in zip(jobs, digests, reused, strict=True):
        yield job, digest, skip, None if skip else next(outcomes)


def _unchanged(last: DocumentReport) -> DocumentReport:
    if last.status == FAILED:
        return last
    from attrs import evolve

    return evolve(last, status=UNCHANGED)


def _merge_print(jobs: Sequence[Job], digests: Sequence[str | None], print_: str) -> str:
    from purgehist.corpus.reconcile.policy import POLICY_VERSION

    text = json.dumps(
        [POLICY_VERSION, print_, [(j.input, d) for j, d in zip(jobs, digests, strict=True)]]
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _finish_merge(
    merge: str, merger: Any, journal: Journal, merge_print: str, documents: int
) -> dict[str, Any]:
    if merger is None:
        return {"output": merge, "status": UNCHANGED, "documents": documents}
    clock = time.perf_counter()
    dataset, log = merger.result()
    fmt = _merge_format(merge)
    try:
        if is_url(merge):
            with write_atomic(merge) as stream:
                api.export_stream(dataset, fmt, stream)  # type: ignore[arg-type]
        else:
            api.export(dataset, fmt, merge)
        with write_atomic(merge_log_location(merge)) as stream:
            stream.write(log.dumps().encode())
    except (UsageError, OSError) as exc:
        return {"output": merge, "status": FAILED, "reason": str(exc)}
    journal.record_merge(merge, merge_print)
    return {
        "output": merge,
        "format": fmt,
        "log": merge_log_location(merge),
        "status": WRITTEN,
        "documents": len(dataset.documents),
        "counts": dataset.counts(),
        "merges": len(log.merges),
        "near_misses": len(log.near_misses),
        "seconds": round(time.perf_counter() - clock, 3),
    }
