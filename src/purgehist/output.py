"""The one way purgehist writes a file or a folder, and the policy it enforces.

- The output is written to a temporary file (or folder) beside the target and renamed over it
  only once complete, so an error, an interrupt or a ``SIGTERM`` never leaves a half-written
  output; temporaries left by a killed run (``kill -9``) are removed by the next write there.
- A symbolic link at the target is never written through and never replaced: the write is
  refused (a link to a device or a pipe, such as ``/dev/stdout``, is written to directly).
- A target that is an input, lies inside an input folder, or holds an input is refused.
  Paths are compared after the target's folder is resolved and ``..`` collapsed, and before
  anything is created.
- A pipe is written in place, but only once a reader has opened it
  (:data:`PIPE_READER_WAIT` seconds at most).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from purgehist.errors import UsageError

__all__ = [
    "PIPE_READER_WAIT",
    "atomic_directory",
    "atomic_write",
    "check_target",
    "output_path",
    "overlap",
    "remove_stale",
]

PIPE_READER_WAIT = 10.0
"""Seconds to wait for a reader when the output is a named pipe, before refusing."""

_PART = ".part"


def output_path(path: str | Path) -> Path:
    """The absolute path a write to *path* replaces: its folder resolved (links in the folder
    chain followed, ``..`` collapsed), its last part kept as it is, never followed.

    :param path: the output as the user named it.
    """
    path = Path(os.path.abspath(path))  # collapses ``..`` lexically, as the user reads it
    return Path(os.path.realpath(path.parent)) / path.name


def overlap(path: str | Path, inputs: Iterable[str | Path], *, folder: bool = True) -> str | None:
    """Why writing *path* would overwrite one of *inputs*, or ``None`` when it would not.

    :param path: the output as the user named it.
    :param inputs: the files and folders read to make the output.
    :param folder: the output may be a folder, which would replace what *path* holds.
    :returns: ``"is one of the inputs"``, ``"lies inside the input folder …"`` or
        ``"holds the input …"``.
    """
    target = output_path(path)
    for source in inputs:
        real = Path(os.path.realpath(source))
        if target == real or _same_file(target, real):
            return "is one of the inputs"
        if target.is_relative_to(real):
            return f"lies inside the input folder {real}"
        if folder and real.is_relative_to(target):
            return f"holds the input {real}"
    return None


def check_target(path: str | Path, inputs: Iterable[str | Path], *, folder: bool = True) -> Path:
    """Refuse to write *path* when that would overwrite or replace one of *inputs*.

    :param path: the output as the user named it.
    :param inputs: the files and folders read to make the output.
    :param folder: the output may be a folder, which would replace what *path* holds.
    :returns: :func:`output_path` of *path*.
    :raises UsageError: *path* is an input, lies inside an input folder, or holds an input.
    """
    why = overlap(path, inputs, folder=folder)
    if why is not None:
        msg = f"{path}: the output {why}, and writing there would overwrite it; name another"
        raise UsageError(msg)
    return output_path(path)


def _same_file(one: Path, other: Path) -> bool:
    """Two names of one file (hard links)."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def _is_special(mode: int) -> bool:
    """A device, pipe or socket: written in place, since it cannot be replaced by a rename."""
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode) or stat.S_ISLNK(mode))


def _refuse_link(path: Path, shown: str | Path) -> None:
    try:
        pointee = os.readlink(path)
    except OSError:
        pointee = "?"
    msg = (
        f"{shown}: is a symbolic link (to {pointee}); purgehist never writes through a link "
        "nor replaces one: remove the link or name another output"
    )
    raise UsageError(msg)


def _special_target(path: Path, shown: str | Path) -> int | None:
    """The mode of what *path* names when it is a device or pipe (a link to one too, such as
    ``/dev/stdout``); ``None`` for a plain or new file.

    :raises UsageError: *path* is a link to anything else, or a folder.
    """
    found = _lstat(path)
    if found is None:
        return None
    if stat.S_ISLNK(found.st_mode):
        try:
            final = os.stat(path)
        except OSError:
            final = None
        if final is None or not _is_special(final.st_mode):
            _refuse_link(path, shown)
        return final.st_mode if final is not None else None
    if stat.S_ISDIR(found.st_mode):
        msg = f"{shown}: is a folder; give a file name for the output"
        raise UsageError(msg)
    return found.st_mode if _is_special(found.st_mode) else None


def _open_pipe(path: Path, shown: str | Path) -> int:
    """Open a named pipe for writing once a reader has it open; never block for ever."""
    deadline = time.monotonic() + PIPE_READER_WAIT
    while True:
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO:
                raise
            if time.monotonic() >= deadline:
                msg = f"{shown}: is a pipe that no program reads from; nothing was written"
                raise UsageError(msg) from None
            time.sleep(0.05)
            continue
        os.set_blocking(fd, True)
        return fd


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _as_if_created(path: str | Path, mode: int) -> None:
    """Give a temporary file or folder the permissions a plain ``open``/``mkdir`` would:
    mkstemp and mkdtemp make them private to the owner."""
    os.chmod(path, mode & ~_umask())


def _prefix(target: Path) -> str:
    """Temporaries are named ``.NAME.PID.<random>.part``: the process id tells a stale one."""
    return f".{target.name}.{os.getpid()}."


def remove_stale(target: Path) -> list[Path]:
    """Remove the temporaries that a killed run writing *target* left beside it (those whose
    process is gone).

    :returns: what was removed.
    """
    removed = []
    stem = f".{target.name}."
    try:
        names = os.listdir(target.parent)
    except OSError:
        return []
    for name in names:
        if not (name.startswith(stem) and name.endswith((_PART, ".old"))):
            continue
        pid = name[len(stem) :].split(".", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        leftover = target.parent / name
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                leftover.unlink()
        removed.append(leftover)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


@contextlib.contextmanager
def atomic_write(path: str | Path, *, protect: Iterable[str | Path] = ()) -> Iterator[BinaryIO]:
    """Open a temporary file next to *path*; on success it replaces *path*, on any error or
    interrupt it is removed, so a failed run never leaves a half-written file.

    A device or pipe (``/dev/stdout``, a named pipe with a reader) is written directly.

    :param path: the output file.
    :param protect: inputs the output must not overwrite (see :func:`check_target`).
    :raises UsageError: *path* is a symbolic link, a folder, an input, or a pipe nobody reads.
    """
    target = check_target(path, protect, folder=False)
    special = _special_target(target, path)
    if special is not None:
        fd = _open_pipe(target, path) if stat.S_ISFIFO(special) else os.open(target, os.O_WRONLY)
        with os.fdopen(fd, "wb") as stream:
            yield stream
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target)
    fd, tmp = tempfile.mkstemp(prefix=_prefix(target), suffix=_PART, dir=target.parent)
    try:
        _as_if_created(tmp, 0o666)
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        # a rename replaces a link put at the target meanwhile; it never writes through it
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_directory(
    path: str | Path,
    *,
    replaceable: Callable[[Path], bool],
    protect: Iterable[str | Path] = (),
) -> Iterator[Path]:
    """Fill a temporary directory next to *path*; on success it replaces *path*.

    :param path: the output folder.
    :param replaceable: called with an existing folder at *path*; only when it answers true
        is the folder replaced (a folder of the format's own files), so a user's folder is
        never lost.
    :param protect: inputs the output must not overwrite (see :func:`check_target`).
    :raises FileExistsError: *path* exists and may not be replaced.
    :raises UsageError: *path* is a symbolic link (a folder link is never emptied), or an
        input, or holds one.
    """
    target = check_target(path, protect)
    found = _lstat(target)
    if found is not None and stat.S_ISLNK(found.st_mode):
        _refuse_link(target, path)
    if found is not None and not (stat.S_ISDIR(found.st_mode) and replaceable(target)):
        raise FileExistsError(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(target)
    tmp = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=_PART, dir=target.parent))
    try:
        _as_if_created(tmp, 0o777)
        yield tmp
        if found is not None:
            backup = Path(tempfile.mkdtemp(prefix=_prefix(target), suffix=".old", dir=tmp.parent))
            os.replace(target, backup / target.name)
            os.replace(tmp, target)
            shutil.rmtree(backup, ignore_errors=True)
        else:
            os.replace(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
