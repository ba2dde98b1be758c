"""Shared benchmark helpers: best-of-n timing, peak memory, and a plain table."""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["best_of", "peak_memory", "table"]


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
