"""The records of one CSV file of the package, with the line each starts on; records longer
or shorter than the header are reported with their text, since the layout only sees the cells
under a header."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tabular.rebuild import RawTable, UnreadableTableError

__all__ = ["read_table"]

_Record = tuple[int, list[str], int]
"""A record: the line it starts on, its fields ('' when empty) and the line it ends on."""


def read_table(file: str, data: bytes, found: Diagnostics) -> RawTable | None:
    """The table in *data* (the bytes of *file*), or ``None`` after reporting why it cannot
    be read; its rows are split as they are read."""
    body = data[len(codecs.BOM_UTF8) :] if data.startswith(codecs.BOM_UTF8) else data
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        line = body.count(b"\n", 0, err.start) + 1
        byte = body[err.start : err.start + 1]
        found.error(
            "bad-csv",
            f"cannot read the file: not UTF-8 (byte {byte!r}); save it as UTF-8",
            f"{file}:{line}",
        )
        return None
    lines = io.StringIO(text, newline="").readlines()
    records = _records(lines)
    try:
        header: Sequence[str] = ()
        header_row = 1
        for number, values, _ in records:
            if any(v.strip() for v in values):
                header, header_row = values, number
                break
    except _RecordError as err:
        found.error("bad-csv", f"cannot read the file: {err.reason}", f"{file}:{err.line}")
        return None
    names = [h.strip() for h in header]

    def locate(row: int, column: int) -> str:
        label = names[column] if column < len(names) and names[column] else str(column + 1)
        return f"{file}:{row}:{label}"

    cut = not text.endswith(("\n", "\r"))
    rows = _checked(records, lines, len(header), cut, file, found)
    return RawTable(header=header, header_row=header_row, rows=rows, locate=locate)


def _checked(
    records: Iterator[_Record],
    lines: Sequence[str],
    width: int,
    cut: bool,
    file: str,
    found: Diagnostics,
) -> Iterator[tuple[int, Sequence[str]]]:
    """The records after the header, each checked against the header's width; the last one
    is checked for a file cut short."""
    try:
        previous = next(records, None)
        while previous is not None:
            following = next(records, None)
            number, values, end = previous
            last = following is None
            if last and cut and _source(lines, number, end).count('"') % 2:
                found.error(
                    "short-row",
                    "the file ends inside a quoted value of this record: it was cut short",
                    f"{file}:{number}",
                    raw=_source(lines, number, end),
                )
            elif len(values) > width:
                extra = values[width:]
                if any(extra):
                    _long(file, number, len(values), width, extra, found)
                values = values[:width]
            elif len(values) < width and any(v.strip() for v in values):
                _short(
                    file,
                    number,
                    len(values),
                    width,
                    _source(lines, number, end),
                    last and cut,
                    found,
                )
            yield number, values
            previous = following
    except _RecordError as err:
        found.error("bad-csv", f"cannot read the file: {err.reason}", f"{file}:{err.line}")
        raise UnreadableTableError(file) from None


def _source(lines: Sequence[str], start: int, end: int) -> str:
    return "".join(lines[start - 1 : end]).rstrip("\r\n")


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


def _records(lines: Sequence[str]) -> Iterator[_Record]:
    """Records with the lines they start and end on."""
    reader = csv.reader(lines)
    start = 1
    try:
        for record in reader:
            end = reader.line_num
            yield start, record, end
            start = end + 1
    except csv.Error as err:
        raise _RecordError(str(err), start) from None


class _RecordError(Exception):
    """A record the csv module cannot split, at the line it starts on."""

    def __init__(self, reason: str, line: int) -> None:
        super().__init__(reason, line)
        self.reason = reason
        self.line = line
