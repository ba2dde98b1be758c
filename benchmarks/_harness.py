"""Shared benchmark helpers: best-of-n timing, peak memory, resident memory, a plain table."""

from __future__ import annotations

import gc
import re
import time
import tracemalloc
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

__all__ = ["alternating", "best_of", "peak_memory", "reset_peak_rss", "rss_kb", "table"]


def best_of(func: Callable[[], Any], repeat: int = 3) -> float:
    """The fastest of *repeat* runs, in seconds (the least disturbed by the machine).

    The cyclic garbage collector stays on, as users run with it. What is already in memory
    (the other candidates' inputs and results) is frozen out of its reach first, so that each
    candidate pays for the objects it makes itself, as in a fresh process, and no more.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.freeze()
        try:
            start = time.perf_counter()
            func()
            times.append(time.perf_counter() - start)
        finally:
            gc.unfreeze()
    return min(times)


def alternating(
    candidates: Mapping[str, Callable[[], Any]], repeat: int = 3, *, seconds: float = 0.0
) -> dict[str, float]:
    """The least CPU time (``time.process_time``) of each candidate over *repeat* rounds, or
    more, until each candidate's runs last *seconds* in all; the candidates take turns within
    each round, so that a change in the machine's load strikes them alike. The collector is
    on, as in :func:`best_of`."""
    times: dict[str, list[float]] = {name: [] for name in candidates}
    while len(times[next(iter(times))]) < repeat or min(map(sum, times.values())) < seconds:
        for name, func in candidates.items():
            gc.collect()
            gc.freeze()
            try:
                start = time.process_time()
                func()
                times[name].append(time.process_time() - start)
            finally:
                gc.unfreeze()
    return {name: min(found) for name, found in times.items()}


def rss_kb(field: str = "VmHWM") -> int:
    """This process's resident memory from ``/proc/self/status``: ``VmHWM``, its peak, or
    ``VmRSS``, now. (Not ``ru_maxrss``: after fork and exec it keeps the parent's peak.)"""
    status = Path("/proc/self/status").read_text(encoding="ascii")
    match = re.search(rf"^{field}:\s*(\d+) kB", status, re.MULTILINE)
    if match is None:
        raise RuntimeError(f"no {field} in /proc/self/status (Linux only)")
    return int(match.group(1))


def reset_peak_rss() -> None:
    """Make ``VmHWM`` the resident memory of now (Linux 4.0 and later)."""
    Path("/proc/self/clear_refs").write_text("5", encoding="ascii")


def peak_memory(func: Callable[[], Any]) -> int:
    """Peak bytes allocated by Python while *func* runs (tracemalloc; not timed)."""
    gc.collect()
    tracemalloc.start()
    try:
        func()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table, as the benchmarks print their results."""
    text = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in text)) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += [
        "| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in text
    ]
    return "\n".join(lines)
