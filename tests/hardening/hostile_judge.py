"""Run purgehist on a hostile input and judge what it did.

A run is good when it ends in exit 0, 1 or 2; prints no traceback, no library warning and no
internal error; emits no terminal control character; when it fails, names the input; stays
within the time and memory limits; and ``validate`` and ``convert`` agree (nothing that
``validate`` refuses is converted with exit 0).
"""

from __future__ import annotations

import contextlib
import os
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "LIMIT_MEMORY",
    "LIMIT_SECONDS",
    "Run",
    "Runner",
    "faults",
    "fork_purgehist",
    "run_purgehist",
]

LIMIT_SECONDS = 10.0
LIMIT_MEMORY = 500 * 2**20
"""Resident memory a run may use (inputs under 10 MB), on top of what starting costs."""
LIMITED_INPUT = 10 * 2**20
"""Inputs up to this size are held to the time and memory limits; larger ones need only
end well (within the runner's timeout)."""

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
    """Wall-clock time."""
    memory: int
    """Peak resident memory in bytes (of the child processes so far, as the kernel counts)."""
    cpu: float = 0.0
    """Processor time, user and system: what the time limit holds (the wall clock on a busy
    machine measures the other processes too; a run that blocks is killed at the timeout)."""


def _limit() -> None:
    # address space well above the limit judged: Python and lxml map much they never touch
    resource.setrlimit(resource.RLIMIT_AS, (4 * 2**30, 4 * 2**30))


Runner = Callable[[Sequence[str], Path], Run]
"""Runs ``purgehist ARGS`` in a folder: :func:`run_purgehist` or :func:`fork_purgehist`."""


def _wait(pid: int, start: float, timeout: float) -> tuple[int, int, float]:
    """Reap *pid*, killed after *timeout* seconds: its exit code, peak memory in bytes and
    processor seconds."""
    while True:
        found, status, usage = os.wait4(pid, os.WNOHANG)
        if found:
            break
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            found, status, usage = os.wait4(pid, 0)
            break
        time.sleep(0.005)
    cpu = usage.ru_utime + usage.ru_stime
    return os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024, cpu


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
        code, memory, cpu = _wait(process.pid, start, timeout)
        process.returncode = code  # reaped above; keeps Popen from waiting again
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return Run(tuple(args), code, stdout, stderr.decode("utf-8", "replace"), seconds, memory, cpu)


def _resident() -> int:
    """This process's resident memory now, in bytes."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def fork_purgehist(args: Sequence[str], cwd: Path, *, timeout: float = 60.0) -> Run:
    """Run purgehist's command line (``purgehist.cli.main``) on *args* in a child forked from
    this process, as :func:`run_purgehist` runs the program, without the second of start-up
    each run would cost: the modules are imported already. The child gets fresh standard
    streams, the warnings a plain start has, and the same limits; its memory is counted on
    top of what this process held when it forked."""
    from purgehist.cli import main

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        before = _resident()
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            _run_main(main, args, cwd, out.fileno(), err.fileno())
        code, memory, cpu = _wait(pid, start, timeout)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    return Run(
        tuple(args),
        code,
        stdout,
        stderr.decode("utf-8", "replace"),
        seconds,
        max(memory - before, 0),
        cpu,
    )


def _run_main(
    main: Callable[[list[str]], object], args: Sequence[str], cwd: Path, out: int, err: int
) -> None:
    code = 71  # what the child ends with if the run itself cannot even start
    try:
        os.chdir(cwd)
        _limit()
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(out, 1)
        os.dup2(err, 2)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)  # noqa: SIM115
        os.environ["COLUMNS"] = "200"
        os.environ.pop("PURGEHIST_DEBUG", None)
        warnings.resetwarnings()
        warnings.simplefilter("default")  # as PYTHONWARNINGS=default: every warning shown
        # the handlers a plain start has (main installs its own on the default ones)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)


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
    small = _size(input_path) <= LIMITED_INPUT
    if small and run.cpu > LIMIT_SECONDS:
        found.append(f"took {run.cpu:.1f} s of processor time ({run.seconds:.1f} s in all)")
    if small and run.memory > LIMIT_MEMORY:
        found.append(f"used {run.memory / 2**20:.0f} MB")
    return found


def _size(path: Path) -> int:
    """Bytes in the file, or in the files of the folder (a device such as /dev/zero: 0)."""
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return path.stat().st_size if path.is_file() else 0
