"""Guard against zip archives that would unpack to more than the readers accept."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

__all__ = ["MAX_UNPACKED", "oversized_members"]

MAX_UNPACKED = 1 << 30
"""Largest size, in bytes, that one member of a zip may declare (1 GiB)."""


def _size(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GiB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    return f"{n:,} bytes"


def oversized_members(infos: Iterable[zipfile.ZipInfo], limit: int | None = None) -> str | None:
    """A message naming the first member whose declared unpacked size is over *limit*, or
    ``None`` when every member fits.

    The declared sizes are checked before anything is unpacked; :mod:`zipfile` never unpacks
    more than a member declares (a member that holds more fails its CRC check), so a zip bomb
    is refused here without being read.
    """
    limit = MAX_UNPACKED if limit is None else limit
    for info in infos:
        if info.file_size > limit:
            return (
                f"refused: {info.filename} would unpack to {_size(info.file_size)} "
                f"({_size(info.compress_size)} packed), more than the {_size(limit)} "
                f"allowed for one file (a zip bomb?)"
            )
    return None
