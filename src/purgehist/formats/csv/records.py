"""The records of one CSV file of the package, with the line each starts on, split as the
file streams in; records longer or shorter than the header are reported with their text,
since the layout only sees the cells under a header."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import IO

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tabular.rebuild import RawTable, UnreadableTableError

__all__ = ["READ_ERRORS", "read_table"]

READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError)
"""What reading a file of the package raises when the file or the zip holding it is damaged."""


def read_table(
    file: str, stream: IO[bytes], reopen: Callable[[], IO[bytes]], found: Diagnostics
) -> RawTable | None:
    """The table in *stream* (the bytes of *file*), or ``None`` after reporting why it cannot
    be read; its rows are split as they are read. *reopen* gives the bytes again, to find the
    line of a byte that is not UTF-8."""
    lines = _Lines(file, stream, reopen)
    reader = csv.reader(lines.feed())
    header: Sequence[str] = ()
    header_row = 1
    try:
        try:
            for values in reader:
                lines.pending = []
                if any(v.strip() for v in values):
                    header = values
                    break
                header_row = reader.line_num + 1
        except csv.Error as err:
            raise _RecordError(str(err), header_row) from None
    except _RecordError as err:
        found.error("bad-csv", f"cannot read the file: {err.reason}", f"{file}:{err.line}")
        return None
    names = [h.strip() for h in header]

    def locate(row: int, column: int) -> str:
        label = names[column] if column < len(names) and names[column] else str(column + 1)
        return f"{file}:{row}:{label}"

    rows = _rows(reader, lines, len(header), file, found)
    return RawTable(header=header, header_row=header_row, rows=rows, locate=locate, text_cells=True)


class _Lines:
    """The lines of a UTF-8 file (a byte order mark dropped), each with its line break, as
    the csv module wants them; remembers whether the last one ended with a break."""

    def __init__(self, file: str, stream: IO[bytes], reopen: Callable[[], IO[bytes]]) -> None:
        self.file = file
        self.reopen = reopen
        self.text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        self.last = ""
        self.pending: list[str] = []

    def feed(self) -> Iterator[str]:
        """The lines, each also added to :attr:`pending`: the lines of the record being
        read."""
        count = 0
        last = ""
        try:
            with self.text:
                for last in self.text:
                    count += 1
                    self.pending.append(last)
                    yield last
            self.last = last
        except UnicodeDecodeError as err:
            try:
                with self.reopen() as again:
                    at, byte = _bad_byte(again)
            except READ_ERRORS:
                at, byte = count + 1, err.object[err.start : err.start + 1]
            reason = f"not UTF-8 (byte {byte!r}); save it as UTF-8"
            raise _RecordError(reason, at) from None
        except READ_ERRORS as err:
            raise _RecordError(str(err), count + 1) from None

    @property
    def cut(self) -> bool:
        """Whether the file ends without a line break (read after the last line)."""
        return bool(self.last) and not self.last.endswith(("\n", "\r"))


def _bad_byte(stream: IO[bytes]) -> tuple[int, bytes]:
    """The line of the first byte of *stream* that is not UTF-8, and that byte."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    while True:
        chunk = stream.read(1 << 20)
        pending = decoder.getstate()[0]
        try:
            decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as err:
            data = pending + chunk
            return line + data.count(b"\n", 0, err.start), data[err.start : err.start + 1]
        if not chunk:
            return line, b""
        line += chunk.count(b"\n")


def _rows(
    reader: Iterator[list[str]], lines: _Lines, width: int, file: str, found: Diagnostics
) -> Iterator[tuple[int, Sequence[str]]]:
    """The records after the header with the lines they start on, each checked against the
    header's width; a record is held until the next one is read, so that the last one is
    checked for a file cut short."""
    start = reader.line_num + 1  # type: ignore[attr-defined]
    held: tuple[int, list[str], list[str]] | None = None
    try:
        try:
            for values in reader:
                if held is not None:
                    number, row, source = held
                    if len(row) != width:
                        row = _fitted(file, number, row, width, source, False, found)
                    yield number, row
                held = (start, values, lines.pending)
                lines.pending = []
                start = reader.line_num + 1  # type: ignore[attr-defined]
        except csv.Error as err:
            raise _RecordError(str(err), start) from None
        if held is not None:
            number, row, source = held
            yield number, _fitted(file, number, row, width, source, lines.cut, found)
    except _RecordError as err:
        found.error("bad-csv", f"cannot read the file: {err.reason}", f"{file}:{err.line}")
        raise UnreadableTableError(file) from None


def _fitted(
    file: str,
    number: int,
    values: list[str],
    width: int,
    source: Sequence[str],
    cut: bool,
    found: Diagnostics,
) -> list[str]:
    """*values*, cut to the header's width, after reporting a record longer or shorter than
    the header, or the last record of a file cut short (*cut*) inside a quoted value."""
    if cut and _joined(source).count('"') % 2:
        found.error(
            "short-row",
            "the file ends inside a quoted value of this record: it was cut short",
            f"{file}:{number}",
            raw=_joined(source),
        )
    elif len(values) > width:
        extra = values[width:]
        if any(extra):
            _long(file, number, len(values), width, extra, found)
        values = values[:width]
    elif len(values) < width and any(v.strip() for v in values):
        _short(file, number, len(values), width, _joined(source), cut, found)
    return values


def _joined(source: Sequence[str]) -> str:
    return "".join(source).rstrip("\r\n")


def _long(
    file: str, number: int, fields: int, width: int, extra: Sequence[str], found: Diagnostics
) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(extra)
    found.warning(
        "extra-cells",
        f"the record has {fields} fields but the header {width}; the last "
        f"{fields - width} are not read (a comma that should be quoted?)",
        f"{file}:{number}",
        raw=out.getvalue(),
    )


def _short(
    file: str, number: int, fields: int, width: int, source: str, cut: bool, found: Diagnostics
) -> None:
    if cut:
        found.error(
            "short-row",
            f"the file ends inside this record ({fields} of the header's {width} "
            "fields): it was cut short",
            f"{file}:{number}",
            raw=source,
        )
    else:
        found.warning(
            "short-row",
            f"the record has {fields} of the header's {width} fields; the missing ones "
            "are read as empty",
            f"{file}:{number}",
            raw=source,
        )


class _RecordError(Exception):
    """A record the csv module cannot split, at the line it starts on."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason, line)
        self.reason = reason
        self.line = line
