"""Progress bars on a terminal, for runs that last; nothing when output is piped.

The bar appears only once a run has taken :data:`DELAY` seconds, so a quick command never even
imports the library that draws it (``rich``)."""

from __future__ import annotations

import os
import sys
import threading
import time
from types import TracebackType
from typing import IO, Any

from purgehist.plugins.specs import ProgressCallback

__all__ = ["DELAY", "TerminalProgress"]

DELAY = 0.5
"""Seconds a run goes on before its progress is shown (``PURGEHIST_PROGRESS_DELAY``)."""


def _wanted(stream: IO[str]) -> bool:
    if os.environ.get("PURGEHIST_NO_PROGRESS") or os.environ.get("TERM") == "dumb":
        return False
    return stream.isatty()


class TerminalProgress:
    """Bars on standard error, one per *label*: ``with TerminalProgress() as bars:`` then
    ``bars.callback("inputs")(3, 120, "thesis.txt")``. Quiet unless *stream* is a terminal
    (or *force*), and until the run has lasted *delay* seconds; then the latest state of
    each bar is drawn, and kept moving (elapsed time) even while nobody reports."""

    def __init__(
        self, *, stream: IO[str] | None = None, force: bool = False, delay: float | None = None
    ) -> None:
        self._stream = stream or sys.stderr
        self.enabled = force or _wanted(self._stream)
        if delay is None:
            delay = float(os.environ.get("PURGEHIST_PROGRESS_DELAY", DELAY))
        self._delay = delay
        self._start = time.monotonic()
        self._lock = threading.RLock()
        self._bars: Any = None
        self._tasks: dict[str, Any] = {}
        self._latest: dict[str, tuple[int, int | None, str]] = {}
        self._timer: threading.Timer | None = None
        self._closed = False

    def callback(self, label: str) -> ProgressCallback:
        """A ``progress(done, total, stage)`` function that drives the bar named *label*."""

        def progress(done: int, total: int | None, stage: str) -> None:
            self.update(label, done, total, stage)

        return progress

    def update(self, label: str, done: int, total: int | None, stage: str) -> None:
        """Move the bar *label* to *done* of *total*, described by *stage*."""
        if not self.enabled:
            return
        with self._lock:
            self._latest[label] = (done, total, stage)
            if self._bars is None:
                wait = self._delay - (time.monotonic() - self._start)
                if wait > 0:
                    if self._timer is None:
                        self._timer = threading.Timer(wait, self._show)
                        self._timer.daemon = True
                        self._timer.start()
                    return
            self._show()

    def _show(self) -> None:
        """Draw the latest state of every bar (on the timer's thread, the first time)."""
        with self._lock:
            if self._closed:
                return
            if self._bars is None:
                self._bars = self._open()
            for label, (done, total, stage) in self._latest.items():
                task = self._tasks.get(label)
                if task is None:
                    task = self._tasks[label] = self._bars.add_task(stage, total=total)
                description = f"{label}: {stage}"
                self._bars.update(task, completed=done, total=total, description=description)
            self._latest.clear()

    def _open(self) -> Any:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
        )

        console = Console(file=self._stream, force_terminal=True if self.enabled else None)
        bars = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
        )
        bars.start()
        return bars

    def close(self) -> None:
        """Take the bars off the screen; none appears afterwards."""
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
            if self._bars is not None:
                self._bars.stop()
                self._bars = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
