"""Progress on a terminal: documents done, failures, rate and time left (tqdm); nothing when
standard error is not a terminal (piped, in a log, under CI)."""

from __future__ import annotations

import sys
from typing import Any

from purgehist.corpus.report import FAILED

__all__ = ["Progress"]


class Progress:
    """A progress bar over *total* documents, shown when *show* is true (by default: when
    standard error is a terminal and tqdm is installed)."""

    def __init__(self, total: int, *, show: bool | None = None) -> None:
        if show is None:
            show = sys.stderr.isatty()
        self.failed = 0
        self._bar: Any = None
        if show:
            try:
                from tqdm import tqdm
            except ImportError:
                return
            self._bar = tqdm(
                total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1
            )

    def advance(self, status: str) -> None:
        """One more document is done, with *status*."""
        if status == FAILED:
            self.failed += 1
        if self._bar is not None:
            if status == FAILED:
                self._bar.set_postfix(failed=self.failed, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        """Take the bar off the screen's last line."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None
