"""Run purgehist on a hostile input and judge what it did.

A run is good when it ends in exit 0, 1 or 2; prints no traceback, no library warning and no
internal error; emits no terminal control character; when it fails, names the input; stays
within the time and memory limits; and ``validate`` and ``convert`` agree (nothing that
``validate`` refuses is converted with exit 0).
"""

from __future__ import annotations

import os
import re
import resource
import signal
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["LIMIT_MEMORY", "LIMIT_SECONDS", "Run", "faults", "run_purgehist"]

LIMIT_SECONDS = 10.0
LIMIT_MEMORY = 500 * 2**20
"""Resident memory a run may use (inputs under 10 MB), on top of what starting costs."""

_BAD_TEXT = re.compile(
    r"Traceback|internal error|Exception ignored|Warning:|UserWarning|^\s*FAKE: all ok",
    re.MULTILINE,
)
"""What must never be printed; a forged problem line is one that starts with the text a
hostile input put after a line break (shown escaped within a line, it forges nothing)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Run:
    """What one command did."""

    args: tuple[str, ...]
    returncode: int
    stdout: bytes
    stderr: str
    seconds: float
    memory: int
    """Peak resident memory in bytes (of the child processes so far, as the kernel counts)."""


def _limit() -> None:
    # address space well above the limit judged: Python and lxml map much they never touch
    resource.setrlimit(resource.RLIMIT_AS, (4 * 2**30, 4 * 2**30))


def run_purgehist(
    exe: Sequence[str], args: Sequence[str], *, cwd: Path, timeout: float = 60.0
) -> Run:
    """Run ``purgehist ARGS`` in *cwd*, killed after *timeout* seconds; its own peak memory
    is measured (``wait4``)."""
    env = {**os.environ, "PYTHONWARNINGS": "default", "COLUMNS": "200"}
    env.pop("PURGEHIST_DEBUG", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        process = subprocess.Popen(
            [*exe, *args],
            cwd=cwd,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env,
            preexec_fn=_limit,
        )
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - start > timeout:
                os.kill(process.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(process.pid, 0)
                break
            time.sleep(0.01)
        process.returncode = 0  # reaped above; keeps Popen from waiting again
        seconds = time.monotonic() - start
        code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return Run(
        tuple(args),
        code,
        stdout,
        stderr.decode("utf-8", "replace"),
        seconds,
        usage.ru_maxrss * 1024,
    )


def faults(run: Run, input_path: Path) -> list[str]:
    """What is wrong with *run* on *input_path* (nothing: the run is good)."""
    found = []
    if run.returncode not in (0, 1, 2):
        found.append(f"exit {run.returncode}")
    if _BAD_TEXT.search(run.stderr):
        found.append("stderr: " + _BAD_TEXT.search(run.stderr).group(0))  # type: ignore[union-attr]
    if _CONTROL.search(run.stderr):
        found.append("stderr holds a control character")
    if run.returncode in (1, 2) and input_path.name not in run.stderr:
        found.append("the message does not name the input")
    if run.seconds > LIMIT_SECONDS:
        found.append(f"took {run.seconds:.1f} s")
    if run.memory > LIMIT_MEMORY:
        found.append(f"used {run.memory / 2**20:.0f} MB")
    return found
