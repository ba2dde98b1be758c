"""Canonical JSON read record by record, so that the raw data of the whole file never exists.

The bytes are read through windows of :data:`WINDOW` bytes. The records of a collection are
read a run at a time (up to :data:`RUN` bytes, ending with a record's closing line): orjson
decodes the run, and the run is taken only if orjson writes its values back as exactly the
same bytes, laid out as :mod:`~purgehist.formats.json.stream` writes them. Equal bytes prove
that no key is given twice (orjson keeps one, and writes it once) and that :func:`json.loads`
would read the same values (the bytes are orjson's own writing of them).

From the first run that is not so (another layout, a float written otherwise, a key given
twice ...) the rest of the text is decoded and json's C scanner reads one record at a time,
refusing a key given twice. Each record is built at once, leaving only the records in memory.
What this reader is not sure to read exactly as :func:`json.loads` followed by the converter
would (anything malformed or refused, a key given twice, a possible lone surrogate, a byte
order mark, another encoding, an older format version) makes it give up: the caller then reads
the whole text the old way, which explains what is wrong, with its place.
"""

from __future__ import annotations

import codecs
import json
import json.scanner
import re
import typing
from collections.abc import Callable, Iterator
from typing import Any, AnyStr, BinaryIO

import attrs
import cattrs
import orjson

from purgehist.formats.json.fast import direct_loader
from purgehist.model.dataset import Dataset, Metadata
from purgehist.model.resolution import vouch_if_resolved

__all__ = ["RUN", "WINDOW", "read_dataset"]

WINDOW = 1 << 16
"""Bytes read at a time: many records, and a small fraction of a large file."""

RUN = 1 << 14
"""Bytes of records decoded by one call of orjson (more for a longer record): few calls, and
the raw data of a run small beside the records built."""

_WHITESPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace, as json.decoder skips it
_RAW_WHITESPACE = re.compile(rb"[ \t\n\r]*")
# a surrogate written as an escape (raw ones are not UTF-8: the strict decoder refuses them)
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")

# A record's closing line in the canonical layout: a newline only ever stands between tokens
# (one in a string is escaped), and deeper lines are indented further.
_CLOSE = b"\n    }"
_END = b"\n  ]"  # and a collection's
# A run is written as the array of an object's one field, which puts its records at a
# dataset's depth; this much of orjson's text comes before the first record and after the last.
_BEFORE = len(b'{\n  "": [\n    ')
_AFTER = len(b"\n  ]\n}")

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


def _run(raw: bytes) -> list[Any] | None:
    """The values of *raw*, records laid out as in a canonical file and separated by their
    commas; ``None`` unless orjson writes them back as *raw* exactly."""
    try:
        values: list[Any] = orjson.loads(b"[" + raw + b"]")
        again = orjson.dumps({"": values}, option=orjson.OPT_INDENT_2)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    return values if again[_BEFORE:-_AFTER] == raw else None


class _Text:
    """The unread part of the text, refilled from the windows as the reading needs: raw bytes
    at first, decoded text once :meth:`decode` is called."""

    def __init__(self, windows: Iterator[bytes]) -> None:
        self.raw = b""
        self.buf = ""
        self.pos = 0
        self.decoded = False
        self._windows = windows
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._pieces: Iterator[str] = iter(())

    def decode(self) -> None:
        """Read on as text, from the position."""
        self.buf = self._decoder.decode(self.raw[self.pos :])
        if _SURROGATE_ESCAPE.search(self.buf):
            raise _NotPlainError
        self.raw = b""
        self.pos = 0
        self.decoded = True
        self._pieces = self._decoding(self.buf[-5:])

    def _decoding(self, before: str) -> Iterator[str]:
        """The text of the windows left, refused where it holds a surrogate escape (*before*:
        the text just before, for an escape cut by a window's edge)."""
        final = False
        while not final:
            chunk = next(self._windows, None)
            final = chunk is None
            piece = self._decoder.decode(chunk or b"", final=final)
            if _SURROGATE_ESCAPE.search(before + piece[:5]) or _SURROGATE_ESCAPE.search(piece):
                raise _NotPlainError
            before = (before + piece)[-5:]
            if piece:
                yield piece

    def more(self) -> bool:
        """Read on; ``False`` at the end of the text."""
        if self.decoded:
            self.buf, got = _read_on(self.buf[self.pos :], self._pieces)
        else:
            self.raw, got = _read_on(self.raw[self.pos :], self._windows)
        self.pos = 0
        return got > 0

    def value(self) -> Any:
        """The JSON value after the position and any whitespace, moved past."""
        self.char()
        self.pos -= 1
        if not self.decoded:
            return self._raw_value()
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

    def _raw_value(self) -> Any:
        """:meth:`value` before :meth:`decode`: a key, the header's values, the metadata."""
        size = 256
        while True:
            # whole characters only; bytes that are not UTF-8 raise, and are given up on
            text = codecs.utf_8_decode(self.raw[self.pos : self.pos + size], "strict", False)[0]
            try:
                value, end = _scan_once(text, 0)
            except (StopIteration, ValueError):
                end = len(text)  # cut off by the piece's end; or wrong
            if end < len(text):  # (a number at the end may go on)
                if _SURROGATE_ESCAPE.search(text, 0, end):
                    raise _NotPlainError
                self.pos += len(text[:end].encode())
                return value
            if self.pos + size < len(self.raw):
                size *= 4
            elif not self.more():
                raise _NotPlainError

    def _skip(self) -> bool:
        """Move past whitespace, reading on as needed: whether anything else is left."""
        while True:
            if self.decoded:
                self.pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
                size = len(self.buf)
            else:
                self.pos = _RAW_WHITESPACE.match(self.raw, self.pos).end()  # type: ignore[union-attr]
                size = len(self.raw)
            if self.pos < size:
                return True
            if not self.more():
                return False

    def char(self) -> str:
        """The next character that is not whitespace, moved past."""
        if not self._skip():
            raise _NotPlainError
        self.pos += 1
        return self.buf[self.pos - 1] if self.decoded else chr(self.raw[self.pos - 1])

    def at_end(self) -> bool:
        """Whether only whitespace is left."""
        return not self._skip()


def _read_on(unread: AnyStr, pieces: Iterator[AnyStr]) -> tuple[AnyStr, int]:
    """*unread* and at least as much again from *pieces* (so that a record longer than a
    window is scanned a few times, not once per window), with how much was added."""
    read = [unread]
    wanted = max(WINDOW, len(unread))
    got = 0
    for piece in pieces:
        read.append(piece)
        got += len(piece)
        if got >= wanted:
            break
    return unread[:0].join(read), got


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


def _run_end(raw: bytes, start: int) -> int:
    """Where the last record closing within :data:`RUN` bytes of *start* ends (or the first
    closing after, for a longer record); ``-1`` if none closes in *raw*."""
    end = start + RUN
    while True:  # a search for one byte, many times faster than one for the closing line
        end = raw.rfind(b"}", start, end)
        if end < 0:
            end = raw.find(_CLOSE, start)
            return end + len(_CLOSE) if end >= 0 else -1
        if raw[end - 5 : end] == b"\n    ":
            return end + 1


def _runs(text: _Text, load: Callable[[Any], Any], built: list[Any]) -> bool:
    """Read the records from the position a run at a time, while the runs are canonical:
    ``True`` once the array's ``]`` is read, ``False`` at the first record left to the
    scanner (the position at its start)."""
    while True:
        raw = text.raw
        start = _RAW_WHITESPACE.match(raw, text.pos).end()  # type: ignore[union-attr]
        text.pos = start
        end = _run_end(raw, start)
        if end < 0:
            # No record closes in two windows: another layout, left to the scanner rather
            # than buffered to the end of the file.
            if len(raw) - start < 2 * WINDOW and text.more():
                continue
            return False
        values = _run(raw[start:end])
        if values is None:
            # The run may go on past the collection's end: read up to it (once a collection).
            end = raw.find(_END, start, end)
            values = _run(raw[start:end]) if end > start else None
            if values is None:
                return False
        built += [load(value) for value in values]
        text.pos = end
        separator = text.char()
        if separator == "]":
            return True
        if separator != ",":
            raise _NotPlainError


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
    if not text.decoded:
        if _runs(text, load, built):
            return tuple(built)
        text.decode()
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
    # every record built with the validators on, each collection's asked as it starts
    validated = not attrs.validators.get_disabled()
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
            validated = validated and not attrs.validators.get_disabled()
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
    validated = validated and not attrs.validators.get_disabled()
    return vouch_if_resolved(Dataset(**fields), dates_valid=validated)


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
        windows = _encoded(source)  # a lone surrogate fails to encode: given up
    elif isinstance(source, bytes):
        windows = _windows(_reader(source))
    else:
        windows = _windows(source.read)
    try:
        # Another encoding or a byte order mark is no "{": given up.
        return _dataset(_Text(windows), converter, header_ok)
    except Exception:  # whatever it is, the whole-text path explains it
        return None


def _windows(read: Callable[[int], bytes]) -> Iterator[bytes]:
    while chunk := read(WINDOW):
        yield chunk


def _encoded(text: str) -> Iterator[bytes]:
    """*text*'s UTF-8 bytes, a window of characters at a time."""
    for start in range(0, len(text), WINDOW):
        yield text[start : start + WINDOW].encode()


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
