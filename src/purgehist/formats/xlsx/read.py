"""Read a workbook in the tabular layout (openpyxl read-only mode) back into a dataset."""

from __future__ import annotations

import io
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from purgehist.diagnostics import Problem, Severity
from purgehist.errors import DataError
from purgehist.formats.tabular.archive import oversized_members
from purgehist.formats.tabular.rows import (
    RawTable,
    build_dataset,
    check_table_names,
    unescape_ooxml,
)
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = [
    "parse_xlsx",
    "read_workbook",
]

_GUIDE = "about"
# What a damaged part raises from zipfile, zlib and the XML parsers (their errors are
# SyntaxError subclasses, lxml's included).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, KeyError, OSError)


def read_workbook(stream: IO[bytes], name: str) -> ParseResult:
    """Read the workbook in *stream* (named *name* in messages).

    :raises DataError: every problem found, each as ``Sheet!Cell: message``.
    """
    if not stream.seekable():
        stream = io.BytesIO(stream.read())
    _check_container(stream, name)
    try:
        wb = load_workbook(stream, read_only=True, data_only=False)
    except (InvalidFileException, *_DAMAGED, ValueError) as err:
        raise _bad(name, f"not a readable XLSX workbook: {err}") from None
    try:
        sheets = {ws.title: ws for ws in wb.worksheets}
        known = check_table_names(sheets)
        formulas: list[Problem] = []
        try:
            tables = {
                layout_name: _raw(sheets[title], layout_name, formulas)
                for layout_name, title in known.items()
            }
        except _DAMAGED as err:
            # Read-only mode parses sheets lazily: a damaged sheet shows up only here.
            raise _bad(name, f"not a readable XLSX workbook: a sheet is damaged ({err})") from None
        unknown = [
            (f"{title}!A1", title)
            for title in sheets
            if title.strip().lower() not in known and title.strip().lower() != _GUIDE
        ]
        dataset, problems = build_dataset(tables, unknown=unknown, container="sheet", source=name)
    finally:
        wb.close()
    problems = formulas + problems
    if dataset is None or any(p.severity == Severity.ERROR for p in problems):
        raise DataError(problems, source=name)
    return ParseResult(
        dataset=dataset,
        problems=problems,
        stats={**dataset.counts(), "sheets": len(tables)},
    )


def _bad(name: str, message: str) -> DataError:
    return DataError([Problem(code="bad-workbook", message=message, location=name)], source=name)


def _check_container(stream: IO[bytes], name: str) -> None:
    """Refuse, with a message that says why, what is not an XLSX zip or would unpack too big."""
    start = stream.tell()
    head = stream.read(4)
    stream.seek(start)
    if not head:
        raise _bad(name, "the file is empty; an XLSX workbook is a zip archive")
    if not head.startswith(b"PK"):
        raise _bad(name, "not an XLSX workbook: the file is not a zip archive")
    try:
        with zipfile.ZipFile(stream) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        raise _bad(
            name, f"not a readable XLSX workbook: the zip archive is damaged or cut short ({err})"
        ) from None
    finally:
        stream.seek(start)
    members = {info.filename for info in infos}
    if "xl/workbook.xml" not in members:
        hint = (
            "it looks like a Word document renamed .xlsx"
            if "word/document.xml" in members
            else "is it another kind of file renamed .xlsx?"
        )
        raise _bad(name, f"a zip archive but not an XLSX workbook: no xl/workbook.xml ({hint})")
    too_big = oversized_members(infos)
    if too_big:
        raise _bad(name, too_big)


def _raw(ws: Any, name: str, formulas: list[Problem]) -> RawTable:
    title = ws.title
    quoted = f"'{title}'" if not title.replace("_", "a").isalnum() else title
    rows = _rows(ws, quoted, formulas)
    header_row: int = 1
    header: Sequence[object] = ()
    for number, values in rows:
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
            header_row, header = number, values
            break

    def locate(row: int, column: int) -> str:
        return f"{quoted}!{get_column_letter(column + 1)}{row}"

    return RawTable(name=name, header=header, header_row=header_row, rows=list(rows), locate=locate)


def _rows(ws: Any, quoted: str, formulas: list[Problem]) -> Iterator[tuple[int, Sequence[object]]]:
    """Rows as (row number, values); formulas are reported and read as empty cells."""
    for number, cells in enumerate(ws.iter_rows(), 1):
        values: list[object] = []
        for i, cell in enumerate(cells):
            value = cell.value
            if cell.data_type == "f":
                formulas.append(
                    Problem(
                        code="formula",
                        message=f"a formula ({str(value)[:40]}) is not evaluated; type the value",
                        location=f"{quoted}!{get_column_letter(i + 1)}{number}",
                        raw=str(value),
                    )
                )
                value = None
            elif cell.data_type == "e":
                formulas.append(
                    Problem(
                        code="error-value",
                        message=f"the cell holds the error value {value}",
                        location=f"{quoted}!{get_column_letter(i + 1)}{number}",
                        raw=str(value),
                    )
                )
                value = None
            elif isinstance(value, str) and "_x" in value:
                value = unescape_ooxml(value)
            values.append(value)
        yield number, values


def parse_xlsx(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``xlsx`` input format."""
    with open_input(source) as stream:
        return read_workbook(stream, input_name(source))
