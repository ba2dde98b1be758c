"""One document of a batch, from input to output: the task a worker runs (in this process or
on a Dask worker), whatever goes wrong reported in its :class:`Outcome`, never raised."""

from __future__ import annotations

import time
import traceback
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import field, frozen

from purgehist import api
from purgehist.corpus.locations import is_url, open_read, suffix_of, write_atomic
from purgehist.diagnostics import Severity
from purgehist.errors import DataError, PurgehistError
from purgehist.model.common import tuple_of
from purgehist.model.dataset import Dataset
from purgehist.plugins.manager import get_parsers
from purgehist.plugins.specs import ParseResult
from purgehist.wording import count

__all__ = ["Job", "Outcome", "Settings", "process"]

_SNIFF_BYTES = 4096


@frozen(kw_only=True)
class Settings:
    """What every document of a batch is done with."""

    from_format: str | None = None
    input_options: Mapping[str, object] = field(factory=dict)
    to_format: str | None = None
    """The format of the per-document outputs; ``None``: none are written."""
    export_options: Mapping[str, object] = field(factory=dict)
    force: bool = False
    """Write outputs even when the data has integrity errors."""
    keep: bool = False
    """Return the dataset (and cache it) for the merged corpus."""


@frozen(kw_only=True)
class Job:
    """One document: where to read it and where its outputs go."""

    index: int
    input: str
    """The document as found (a path relative to the working folder, or a URL)."""
    location: str
    """Where workers read it: an absolute path, or a URL."""
    name: str
    """Its name relative to the folder it was found in."""
    output: str | None = None
    """Where its output goes: an absolute path, or a URL."""
    cache: str | None = None
    """Where its dataset is kept for later merges (JSON)."""


@frozen(kw_only=True)
class Outcome:
    """What became of one document."""

    index: int
    ok: bool
    reason: str | None = None
    retry: bool = False
    """The failure may not happen again (a worker died, an internal error): try it next run."""
    timings: Mapping[str, float] = field(factory=dict)
    counts: Mapping[str, int] = field(factory=dict)
    problems: int = 0
    warnings: tuple[str, ...] = field(default=(), converter=tuple_of)
    worker: str = ""
    dataset: Dataset | None = None


class _FailedError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _worker() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "local"


def _read(job: Job, settings: Settings) -> ParseResult:
    parsers = get_parsers()
    name = suffix_of(job.location)
    spec_name = settings.from_format
    if spec_name is None:
        matching = [p for p in parsers.values() if any(name.endswith(s) for s in p.suffixes)]
        if len(matching) == 1:
            spec_name = matching[0].name
        else:
            with open_read(job.location) as stream:
                head = stream.read(_SNIFF_BYTES)
            sniffed = [p for p in matching or parsers.values() if p.sniff and p.sniff(head)]
            if sniffed or matching:
                spec_name = (sniffed or matching)[0].name
    if spec_name is None:
        suffix = "." + name.rsplit(".", 1)[-1] if "." in name else "(no suffix)"
        readers = ", ".join(parsers)
        raise _FailedError(f"no reader for this format ({suffix}); readers installed: {readers}")
    if not is_url(job.location):
        if not Path(job.location).is_file():
            raise _FailedError("no such file")
        return api.parse_file(job.location, spec_name, options=settings.input_options)
    with open_read(job.location) as stream:
        return api.parse_stream(stream, spec_name, options=settings.input_options)  # type: ignore[arg-type]


def _write(dataset: Dataset, location: str, fmt: str, options: Mapping[str, object]) -> None:
    if not is_url(location):
        api.export(dataset, fmt, location, options=options)
        return
    with write_atomic(location) as stream:
        api.export_stream(dataset, fmt, stream, options=options)  # type: ignore[arg-type]


def _cache(dataset: Dataset, location: str) -> None:
    from purgehist.formats.json.codec import dumps

    with write_atomic(location) as stream:
        stream.write(dumps(dataset).encode())


def _reason(exc: BaseException) -> str:
    if isinstance(exc, DataError):
        first = "; ".join(str(p) for p in exc.problems[:3])
        more = f" (and {len(exc.problems) - 3} more)" if len(exc.problems) > 3 else ""
        return f"{count(len(exc.problems), 'problem')}: {first}{more}"
    return str(exc)


def process(job: Job, settings: Settings) -> Outcome:
    """Read the document of *job*, write its output and cache its dataset; every failure
    becomes an :class:`Outcome` naming the reason."""
    timings: dict[str, float] = {}
    start = clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[name] = round(now - clock, 6)
        clock = now

    worker = _worker()
    try:
        result = _read(job, settings)
        lap("parse")
        dataset = result.dataset
        found = [*result.problems, *api.problems(dataset)]
        errors = [p for p in found if p.severity == Severity.ERROR]
        lap("check")
        if errors and not settings.force:
            raise DataError(errors, source="dataset (use --force to write anyway)")
        if job.output is not None and settings.to_format is not None:
            _write(dataset, job.output, settings.to_format, settings.export_options)
            lap("export")
        if settings.keep and job.cache is not None:
            _cache(dataset, job.cache)
            lap("cache")
    except _FailedError as exc:
        return _failed(job, exc.reason, start, timings, worker)
    except (PurgehistError, OSError, RecursionError, ValueError) as exc:
        return _failed(job, _reason(exc), start, timings, worker)
    except Exception as exc:  # a bug in a reader must not end the batch
        tail = traceback.format_exception_only(exc)[-1].strip()
        return _failed(job, f"internal error: {tail}", start, timings, worker, retry=True)
    timings["total"] = round(time.perf_counter() - start, 6)
    return Outcome(
        index=job.index,
        ok=True,
        timings=timings,
        counts=dataset.counts(),
        problems=len(found),
        warnings=[str(p) for p in found[:5]],
        worker=worker,
        dataset=dataset if settings.keep else None,
    )


def _failed(
    job: Job,
    reason: str,
    start: float,
    timings: dict[str, Any],
    worker: str,
    *,
    retry: bool = False,
) -> Outcome:
    timings["total"] = round(time.perf_counter() - start, 6)
    return Outcome(
        index=job.index, ok=False, reason=reason, retry=retry, timings=timings, worker=worker
    )
