"""Read a workbook in the tabular layout (openpyxl read-only mode) back into a dataset, sheet
by sheet as the rows stream in."""

from __future__ import annotations

import functools
import io
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, Any, NoReturn

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from purgehist.diagnostics import Diagnostics
from purgehist.errors import DataError
from purgehist.formats.tabular.archive import oversized_members
from purgehist.formats.tabular.rebuild import Opener, RawTable, rebuild, table_name
from purgehist.formats.xlsx.ooxml import unescape_ooxml
from purgehist.model.bulk import builds_records
from purgehist.plugins.specs import Context, Input, ParseResult, input_name, open_input

__all__ = ["parse_xlsx", "read_workbook"]

_GUIDE = "about"
# What a damaged part raises from zipfile, zlib and the XML parsers (their errors are
# SyntaxError subclasses, lxml's included).
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, KeyError, OSError)


class _DamagedSheetError(Exception):
    """A sheet's XML turned out damaged while its rows were read."""


def read_workbook(stream: IO[bytes], name: str, *, force: bool = False) -> ParseResult:
    """Read the workbook in *stream* (named *name* in messages); with *force*, references
    that do not resolve are warnings and their records are kept.

    :raises DataError: every problem found, each as ``Sheet!Cell: message``.
    """
    if not stream.seekable():
        stream = io.BytesIO(stream.read())
    _check_container(stream, name)
    try:
        wb = load_workbook(stream, read_only=True, data_only=False)
    except (InvalidFileException, *_DAMAGED, ValueError) as err:
        _refuse(name, f"not a readable XLSX workbook: {err}")
    found = Diagnostics(name)
    try:
        openers: dict[str, Opener] = {}
        unknown = []
        for ws in wb.worksheets:
            layout = table_name(ws.title)
            if layout is not None:
                openers[layout] = functools.partial(_open_sheet, ws)
            elif ws.title.strip().lower() != _GUIDE:
                unknown.append((f"{ws.title}!A1", ws.title))
        try:
            dataset = rebuild(openers, found, unknown=unknown, container="sheet", force=force)
        except _DamagedSheetError as err:
            # Read-only mode parses sheets lazily: a damaged sheet shows up only here.
            _refuse(name, f"not a readable XLSX workbook: a sheet is damaged ({err})")
    finally:
        wb.close()
    if dataset is None:
        raise DataError(found.problems, source=name)
    return ParseResult(
        dataset=dataset,
        problems=found.problems,
        stats={**dataset.counts(), "sheets": len(openers)},
    )


def _refuse(name: str, message: str) -> NoReturn:
    """Raise the one problem that stops *name* from being read at all."""
    found = Diagnostics(name)
    found.error("bad-workbook", message, name)
    raise DataError(found.problems, source=name)


def _check_container(stream: IO[bytes], name: str) -> None:
    """Refuse, with a message that says why, what is not an XLSX zip or would unpack too big."""
    start = stream.tell()
    head = stream.read(4)
    stream.seek(start)
    if not head:
        _refuse(name, "the file is empty; an XLSX workbook is a zip archive")
    if not head.startswith(b"PK"):
        _refuse(name, "not an XLSX workbook: the file is not a zip archive")
    try:
        with zipfile.ZipFile(stream) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        _refuse(
            name, f"not a readable XLSX workbook: the zip archive is damaged or cut short ({err})"
        )
    finally:
        stream.seek(start)
    members = {info.filename for info in infos}
    if "xl/workbook.xml" not in members:
        hint = (
            "it looks like a Word document renamed .xlsx"
            if "word/document.xml" in members
            else "is it another kind of file renamed .xlsx?"
        )
        _refuse(name, f"a zip archive but not an XLSX workbook: no xl/workbook.xml ({hint})")
    too_big = oversized_members(infos)
    if too_big:
        _refuse(name, too_big)


def _open_sheet(ws: Any, found: Diagnostics) -> RawTable:
    """The sheet's header (its first row with a value) and a lazy iterator over the rest."""
    title = ws.title
    quoted = f"'{title}'" if not title.replace("_", "a").isalnum() else title

    def locate(row: int, column: int) -> str:
        return f"{quoted}!{get_column_letter(column + 1)}{row}"

    rows = _rows(ws, locate, found)
    header_row: int = 1
    header: Sequence[object] = ()
    for number, values in rows:
        if any(v is not None and (not isinstance(v, str) or v.strip()) for v in values):
            header_row, header = number, values
            break
    return RawTable(header=header, header_row=header_row, rows=rows, locate=locate)


def _rows(ws: Any, locate: Any, found: Diagnostics) -> Iterator[tuple[int, Sequence[object]]]:
    """Rows as (row number, values); formulas are reported and read as empty cells."""
    cells_of = ws.iter_rows()
    number = 0
    while True:
        try:
            cells = next(cells_of, None)
        except _DAMAGED as err:
            raise _DamagedSheetError(str(err)) from None
        except (ValueError, IndexError, TypeError, OverflowError) as err:
            # a cell openpyxl cannot decode: a shared-string index out of range, a cell
            # reference that is no reference, a value its type cannot hold
            where = locate(number + 1, 0).rsplit("!", 1)[0]
            raise _DamagedSheetError(f"{where}, row {number + 1}: {err}") from None
        if cells is None:
            return
        number += 1
        values: list[object] = []
        for i, cell in enumerate(cells):
            value = cell.value
            kind = cell.data_type
            if kind == "f" or kind == "e":
                code, message = (
                    ("formula", f"a formula ({str(value)[:40]}) is not evaluated; type the value")
                    if kind == "f"
                    else ("error-value", f"the cell holds the error value {value}")
                )
                found.error(code, message, locate(number, i), raw=str(value))
                value = None
            elif isinstance(value, str) and "_x" in value:
                value = unescape_ooxml(value)
            values.append(value)
        yield number, values


@builds_records
def parse_xlsx(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``xlsx`` input format."""
    with open_input(source) as stream:
        return read_workbook(stream, input_name(source), force=context.force)
