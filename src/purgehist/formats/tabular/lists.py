"""Several items in one cell: one per line, with escapes for what a line cannot hold."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["decode_list", "encode_list"]

_ITEM_ESCAPES = {"\\": "\\", "n": "\n", "r": "\r"}
_ITEM_UNESCAPE = re.compile(r"\\([\\nr])")


def _escape_item(item: str) -> str:
    if not item:
        return "\\e"
    if "\\" in item or "\n" in item or "\r" in item:
        item = item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    return item


def encode_list(items: Sequence[str]) -> str | None:
    """One item per line; ``\\`` → ``\\\\``, line breaks → ``\\n``/``\\r``, ``''`` → ``\\e``.

    An empty sequence is no value (``None``).
    """
    if not items:
        return None
    return "\n".join(_escape_item(item) for item in items)


def decode_list(text: str) -> tuple[str, ...]:
    """The inverse of :func:`encode_list`; empty lines (and Windows line ends) are ignored,
    and a backslash before any other character is kept as typed."""
    items = []
    for line in text.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        if line == "\\e":
            items.append("")
        elif "\\" in line:
            items.append(_ITEM_UNESCAPE.sub(lambda m: _ITEM_ESCAPES[m[1]], line))
        else:
            items.append(line)
    return tuple(items)
