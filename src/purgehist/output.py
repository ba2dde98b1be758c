"""Atomic file output: write to a temporary file beside the target, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_directory", "atomic_write"]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _as_if_created(path: str | Path, mode: int) -> None:
    """Give a temporary file or folder the permissions a plain ``open``/``mkdir`` would:
    mkstemp and mkdtemp make them private to the owner."""
    os.chmod(path, mode & ~_umask())


def _is_special(path: Path) -> bool:
    """A device, pipe or socket: written in place, since it cannot be replaced by a rename."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


@contextlib.contextmanager
def atomic_write(path: Path) -> Iterator[BinaryIO]:
    """Open a temporary file next to *path*; on success it replaces *path*, on error it is
    removed, so an interrupted run never leaves a half-written file.

    A symbolic link is followed (its target is replaced, the link kept); a device or pipe such
    as ``/dev/stdout`` is written directly.
    """
    path = path.resolve()
    if _is_special(path):
        with path.open("wb") as stream:
            yield stream
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        _as_if_created(tmp, 0o666)
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_directory(path: Path, *, replaceable: Callable[[Path], bool]) -> Iterator[Path]:
    """Fill a temporary directory next to *path*; on success it replaces *path*.

    :param replaceable: called with an existing *path*; only when it answers true is the
        folder replaced (a folder of the format's own files), so a user's folder is never lost.
    :raises FileExistsError: *path* exists and may not be replaced.
    """
    path = path.resolve()
    if path.exists() and not (path.is_dir() and replaceable(path)):
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    try:
        _as_if_created(tmp, 0o777)
        yield tmp
        if path.exists():
            backup = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
            os.replace(path, backup / path.name)
            os.replace(tmp, path)
            shutil.rmtree(backup, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
