"""Where documents and outputs live: local paths, or fsspec URLs (``s3://``, ``gs://``,
``file://``…) that every Dask worker can reach.

Local paths go through :mod:`pathlib` and :mod:`purgehist.output` (atomic writes); URLs through
fsspec, imported only when one is used.
"""

from __future__ import annotations

import contextlib
import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from purgehist.output import atomic_write

__all__ = [
    "exists",
    "is_url",
    "join",
    "open_read",
    "read_bytes",
    "sha256",
    "suffix_of",
    "write_atomic",
]

_CHUNK = 1 << 20


def is_url(location: str) -> bool:
    """Whether *location* is an fsspec URL rather than a local path."""
    return "://" in location


def _fs(url: str) -> tuple[Any, str]:
    from fsspec.core import url_to_fs

    return url_to_fs(url)  # type: ignore[no-any-return]


def join(folder: str, name: str) -> str:
    """*name* (``a/b.xml``) inside *folder*, a path or a URL."""
    if is_url(folder):
        return folder.rstrip("/") + "/" + name
    return str(Path(folder) / name)


def suffix_of(location: str) -> str:
    """The lower-case name of *location*, for matching format suffixes (``thesis.tei.xml``)."""
    return location.rstrip("/").rsplit("/", 1)[-1].lower()


def exists(location: str) -> bool:
    """Whether a file is at *location*."""
    if is_url(location):
        fs, path = _fs(location)
        return bool(fs.exists(path))
    return Path(location).is_file()


@contextlib.contextmanager
def open_read(location: str) -> Iterator[IO[bytes]]:
    """Open *location* for binary reading."""
    if is_url(location):
        fs, path = _fs(location)
        with fs.open(path, "rb") as stream:
            yield stream
    else:
        with Path(location).open("rb") as stream:
            yield stream


def read_bytes(location: str) -> bytes:
    """The whole content of *location*."""
    with open_read(location) as stream:
        return stream.read()


def sha256(location: str) -> str:
    """The SHA-256 of the file at *location*, read in chunks."""
    digest = hashlib.sha256()
    with open_read(location) as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def write_atomic(location: str) -> Iterator[IO[bytes]]:
    """Write *location* so that it is there whole or not at all: locally through
    :func:`purgehist.output.atomic_write`; at a URL, to a temporary name moved in place at the
    end (a rename on file systems, a copy whose object appears whole on object stores)."""
    if not is_url(location):
        with atomic_write(Path(location)) as stream:
            yield stream
        return
    fs, path = _fs(location)
    parent = path.rsplit("/", 1)[0]
    if parent and parent != path:
        fs.makedirs(parent, exist_ok=True)
    part = f"{path}.{uuid.uuid4().hex}.part"
    try:
        with fs.open(part, "wb") as stream:
            yield stream
        fs.mv(part, path)
    except BaseException:
        with contextlib.suppress(Exception):
            fs.rm(part)
        raise
