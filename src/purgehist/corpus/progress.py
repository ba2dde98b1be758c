"""How far a batch has got, told to a progress callback (the command line's bar on a terminal):
documents done of all, with failures, rate and time left in the stage words."""

from __future__ import annotations

import time
from collections.abc import Callable

from purgehist.corpus.report import FAILED
from purgehist.plugins.specs import ProgressCallback
from purgehist.wording import count

__all__ = ["BatchProgress"]


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02}:{seconds:02}" if hours else f"{minutes}:{seconds:02}"


class BatchProgress:
    """Counts the documents of a batch as they finish and tells *callback* (if any)
    ``(done, total, stage)``, the stage saying failures, rate and time left.

    >>> seen = []
    >>> ticks = iter([0.0, 2.0, 4.0])
    >>> progress = BatchProgress(3, lambda *args: seen.append(args), clock=ticks.__next__)
    >>> progress.advance("converted", "a.txt"); progress.advance("failed", "b.txt")
    >>> seen[-1]
    (2, 3, 'b.txt, 1 failed, 0.5 docs/s, 0:02 left')

    Documents skipped as unchanged count as done but not in the rate: they take no time.
    """

    def __init__(
        self,
        total: int,
        callback: ProgressCallback | None,
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.total = total
        self.done = 0
        self.failed = 0
        self._timed = 0
        self._callback = callback
        self._clock = clock or time.monotonic
        self._start = self._clock()

    def advance(self, status: str, name: str, *, timed: bool = True) -> None:
        """One more document, *name*, is done with *status*; *timed*: it was read in this run
        (not skipped as unchanged), so it counts in the rate."""
        self.done += 1
        self.failed += 1 if status == FAILED else 0
        self._timed += 1 if timed else 0
        if self._callback is not None:
            self._callback(self.done, self.total, self._stage(name))

    def _stage(self, name: str) -> str:
        words = [name]
        if self.failed:
            words.append(f"{self.failed} failed")
        elapsed = self._clock() - self._start
        if self._timed and elapsed > 0:
            rate = self._timed / elapsed
            words.append(f"{rate:.1f} docs/s")
            words.append(f"{_duration((self.total - self.done) / rate)} left")
        return ", ".join(words)

    def start(self) -> None:
        """Tell the callback the batch has begun (the bar shows before the first document)."""
        if self._callback is not None:
            self._callback(0, self.total, count(self.total, "document"))
