"""Canonical JSON read record by record, so that the raw data of the whole file never exists.

The text is read through windows of :data:`WINDOW` bytes; json's C scanner decodes one record
at a time and the record is built at once, leaving only the records in memory. What this
reader is not sure to read exactly as :func:`json.loads` followed by the converter would
(anything malformed or refused, a key given twice, a possible lone surrogate, a byte order
mark, another encoding, an older format version) makes it give up: the caller then reads the
whole text the old way, which explains what is wrong, with its place.
"""

from __future__ import annotations

import codecs
import json
import json.scanner
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO

import attrs
import cattrs

from purgehist.formats.json.fast import direct_loader
from purgehist.model.dataset import Dataset, Metadata

__all__ = ["WINDOW", "read_dataset"]

WINDOW = 1 << 16
"""Bytes read at a time: many records, and a small fraction of a large file."""

_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder skips it
# a surrogate written as an escape (raw ones are not UTF-8: the strict decoder refuses them)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")  # two searches: a third of one alternation

HeaderCheck = Callable[[object, object], bool]


class _NotPlainError(Exception):
    """This reader gives the text up to the whole-text path."""


def _unique(items: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(items)
    if len(found) != len(items):
        raise _NotPlainError  # the whole-text path reports the key with its path
    return found


# json's C scanner: (value, end) of the JSON value at an index; objects made by _unique.
# (typeshed types make_scanner's argument as itself; it takes the decoder's settings.)
_scan_once: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(
    json.JSONDecoder(object_pairs_hook=_unique)  # type: ignore[arg-type]
)


def _utf8_windows(read: Callable[[int], bytes]) -> Iterator[str]:
    """The text of *read*'s bytes, a window at a time (a character cut between two windows is
    decoded whole with the second)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    while True:
        chunk = read(WINDOW)
        if not chunk:
            tail = decoder.decode(b"", final=True)
            if tail:
                yield tail
            return
        yield decoder.decode(chunk)


class _Text:
    """The unread part of the text, refilled from the windows as the scan needs."""

    def __init__(self, first: str, windows: Iterator[str]) -> None:
        self.buf = first
        self.pos = 0
        self._windows = windows

    def more(self) -> bool:
        """Read on, at least as much again as is unread (so that a record longer than a window
        is scanned a few times, not once per window); ``False`` at the end of the text."""
        unread = self.buf[self.pos :]
        pieces = [unread]
        wanted = max(WINDOW, len(unread))
        got = 0
        for piece in self._windows:
            edge = pieces[-1][-5:] + piece[:5]  # for an escape cut by the window's edge
            if _SURROGATE_ESCAPE.search(piece) or _SURROGATE_ESCAPE.search(edge):
                raise _NotPlainError
            pieces.append(piece)
            got += len(piece)
            if got >= wanted:
                break
        self.buf = "".join(pieces)
        self.pos = 0
        return got > 0

    def value(self) -> Any:
        """The JSON value after the position and any whitespace, moved past."""
        self.char()
        self.pos -= 1
        while True:
            try:
                value, end = _scan_once(self.buf, self.pos)
            except (StopIteration, ValueError):
                # cut off by the window's end; or wrong, which the whole-text path explains
                if not self.more():
                    raise _NotPlainError from None
                continue
            if end == len(self.buf) and self.more():
                continue  # a number may go on in the next window
            self.pos = end
            return value

    def char(self) -> str:
        """The next character that is not whitespace, moved past."""
        while True:
            pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if pos < len(self.buf):
                self.pos = pos + 1
                return self.buf[pos]
            self.pos = pos
            if not self.more():
                raise _NotPlainError

    def at_end(self) -> bool:
        """Whether only whitespace is left."""
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return False
            if not self.more():
                return True


def _collections() -> dict[str, type]:
    """The record class of each collection of a dataset, by field name."""
    attrs.resolve_types(Dataset)
    found: dict[str, type] = {}
    for field in attrs.fields(Dataset):
        args = typing.get_args(field.type)
        if field.init and len(args) == 2 and args[1] is Ellipsis:
            found[field.name] = args[0]
    return found


_COLLECTIONS = _collections()


def _records(text: _Text, hook: Callable[[Any, Any], Any], cls: type) -> tuple[Any, ...]:
    """The records of the array whose ``[`` was just read, each built as soon as it is read.

    Whether attrs' validators are off is asked once, here: a ``disabled()`` block another
    thread enters while the array is read does not apply to its records."""
    built: list[Any] = []
    if text.char() == "]":
        return ()
    direct = None if attrs.validators.get_disabled() else direct_loader(hook)
    load: Callable[[Any], Any] = direct if direct is not None else lambda value: hook(value, cls)
    text.pos -= 1
    skip = _WHITESPACE.match
    while True:
        # The usual case inline: a whole record in the window, a comma straight after it.
        buf = text.buf
        start = skip(buf, text.pos).end()  # type: ignore[union-attr]
        try:
            value, end = _scan_once(buf, start)
        except (StopIteration, ValueError):
            end = len(buf)
        if end < len(buf):
            text.pos = end
        else:  # cut off by the window's end, or wrong
            text.pos = start
            value = text.value()
        built.append(load(value))
        if text.buf[text.pos : text.pos + 1] == ",":
            text.pos += 1
            continue
        separator = text.char()
        if separator == "]":
            return tuple(built)
        if separator != ",":
            raise _NotPlainError


def _dataset(text: _Text, converter: cattrs.Converter, header_ok: HeaderCheck) -> Dataset:
    if text.char() != "{":
        raise _NotPlainError
    header: dict[str, Any] = {}
    fields: dict[str, Any] = {}
    while True:
        if text.char() != '"':
            raise _NotPlainError  # an empty object too: it has no header
        text.pos -= 1
        key = text.value()
        if key in header or key in fields or text.char() != ":":
            raise _NotPlainError
        if key in ("format", "version"):
            header[key] = text.value()
        elif key in _COLLECTIONS:
            if text.char() != "[":
                raise _NotPlainError
            cls = _COLLECTIONS[key]
            fields[key] = _records(text, converter.get_structure_hook(cls), cls)
        elif key == "metadata":
            fields[key] = converter.get_structure_hook(Metadata)(text.value(), Metadata)
        else:
            raise _NotPlainError
        separator = text.char()
        if separator == "}":
            break
        if separator != ",":
            raise _NotPlainError
    if not text.at_end() or not header_ok(header.get("format"), header.get("version")):
        raise _NotPlainError
    return Dataset(**fields)


def read_dataset(
    source: str | bytes | BinaryIO, converter: cattrs.Converter, header_ok: HeaderCheck
) -> Dataset | None:
    """The dataset in *source* (JSON text, its UTF-8 bytes, or a binary stream read from its
    position on), built record by record with *converter*'s structure hooks; ``None`` where
    the whole-text path must read it (see the module's docstring).

    :param header_ok: whether the file's ``format`` and ``version`` (``None`` if absent) are
        those this reader builds records for without upgrading them.
    """
    if isinstance(source, str):
        if _SURROGATE.search(source) or _SURROGATE_ESCAPE.search(source):
            return None
        text = _Text(source, iter(()))
    else:
        # Another encoding or a byte order mark fails to decode or is no "{": given up.
        text = _Text(
            "", _utf8_windows(_reader(source) if isinstance(source, bytes) else source.read)
        )
    try:
        return _dataset(text, converter, header_ok)
    except Exception:  # whatever it is, the whole-text path explains it
        return None


def _reader(data: bytes) -> Callable[[int], bytes]:
    """A ``read`` over *data* that copies a window at a time, never the whole."""
    view = memoryview(data)
    offset = 0

    def read(size: int) -> bytes:
        nonlocal offset
        chunk = view[offset : offset + size]
        offset += len(chunk)
        return bytes(chunk)

    return read
