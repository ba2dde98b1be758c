"""Guard against zip archives that would unpack to more than the readers accept."""

from __future__ import annotations

import zipfile
from collections.abc import Iterable

__all__ = ["MAX_RATIO", "MAX_UNPACKED", "oversized_members"]

MAX_UNPACKED = 1 << 30
"""Largest size, in bytes, that one member of a zip may declare (1 GiB)."""
MAX_RATIO = 100
"""Most times a member may grow when unpacked, once it is over :data:`RATIO_FROM` bytes: sheets
and CSV files of real data shrink 5 to 30 times; a zip bomb's filler, a thousand times."""
RATIO_FROM = 10 << 20
"""Unpacked size from which :data:`MAX_RATIO` holds (10 MiB): small members may shrink more."""


def _size(n: int) -> str:
    if n >= 1 << 30:
        return f"{n / (1 << 30):.1f} GiB"
    if n >= 1 << 20:
        return f"{n / (1 << 20):.1f} MiB"
    return f"{n:,} bytes"


def oversized_members(infos: Iterable[zipfile.ZipInfo], limit: int | None = None) -> str | None:
    """A message naming the first member whose declared unpacked size is over *limit*, or
    ``None`` when every member fits.

    A member over 10 MiB that would grow more than :data:`MAX_RATIO` times is refused too. The
    declared sizes are checked before anything is unpacked; :mod:`zipfile` never unpacks
    more than a member declares (a member that holds more fails its CRC check), so a zip bomb
    is refused here without being read.
    """
    limit = MAX_UNPACKED if limit is None else limit
    for info in infos:
        packed = f"{info.filename} would unpack to {_size(info.file_size)} "
        packed += f"({_size(info.compress_size)} packed)"
        if info.file_size > limit:
            allowed = f"more than the {_size(limit)} allowed for one file"
            return f"refused: {packed}, {allowed} (a zip bomb?)"
        if info.file_size > RATIO_FROM and info.file_size > MAX_RATIO * info.compress_size:
            times = info.file_size // max(info.compress_size, 1)
            return (
                f"refused: {packed}, {times:,} times its packed size; files of data shrink far "
                f"less (at most {MAX_RATIO} times is accepted; a zip bomb?)"
            )
    return None
