"""Write a dataset as an XLSX workbook (openpyxl write-only mode): an About sheet, then one
sheet per table of the layout."""

from __future__ import annotations

import io
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.hyperlink import Hyperlink

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tabular.binding import ColumnKind, Table
from purgehist.formats.tabular.describe import column_rows
from purgehist.formats.tabular.flatten import dataset_rows, table_sizes
from purgehist.formats.tabular.layout import FORMAT_VERSION, LIST_RULES, TABLES
from purgehist.formats.xlsx import HYPERLINK_LIMIT
from purgehist.formats.xlsx.ooxml import escape_ooxml, needs_escape, utf16_length
from purgehist.model.dataset import COLLECTIONS, Dataset
from purgehist.plugins.specs import Context, ExportResult

__all__ = [
    "MAX_CELL_CHARS",
    "MAX_ROWS",
    "export_xlsx",
    "write_workbook",
]

MAX_CELL_CHARS = 32_767
MAX_ROWS = 1_048_576

_ABOUT = "About"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="305496")
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_LINK_FONT = Font(color="0563C1", underline="single")
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_EXACT_DIGITS = 10**15
_MAYBE_TOO_LONG = MAX_CELL_CHARS // 2
"""A text this short fits even if every character counts two UTF-16 units."""


def write_workbook(
    dataset: Dataset,
    dest: IO[bytes],
    *,
    hyperlinks: bool = True,
    grades: Collection[str] = (),
) -> ExportResult:
    """Write *dataset* to *dest* as XLSX.

    :param hyperlinks: link reference cells to the row they name (sheets up to
        :data:`HYPERLINK_LIMIT` rows).
    :param grades: evidence grades offered in the drop-down beyond the built-in ones.
    :raises DataError: a sheet would exceed Excel's rows, or a cell its characters; nothing is
        written then.
    """
    sizes = table_sizes(dataset)
    problems = Diagnostics("xlsx export")
    for t in TABLES:
        if sizes[t.name] + 1 > MAX_ROWS:
            problems.error(
                "too-many-rows",
                f"{sizes[t.name]:,} rows do not fit in an Excel sheet "
                f"({MAX_ROWS - 1:,} at most); export to CSV instead",
                f"{t.name}!A{MAX_ROWS + 1}",
            )
    problems.raise_errors()
    wb = Workbook(write_only=True)
    _write_about(wb.create_sheet(_ABOUT), dataset, sizes)
    targets: dict[str, str] = _targets(dataset) if hyperlinks else {}
    for table, rows in dataset_rows(dataset):
        ws = wb.create_sheet(table.name)
        link = hyperlinks and sizes[table.name] <= HYPERLINK_LIMIT
        _write_table(ws, table, rows, sizes[table.name], targets if link else {}, grades, problems)
    if problems.errors:
        wb.save(io.BytesIO())  # closes the sheets' streams; the result is thrown away
        problems.raise_errors()
    wb.save(dest)
    counts = dict(dataset.counts())
    counts.update({f"rows.{name}": n for name, n in sizes.items()})
    return ExportResult(counts=counts)


def _targets(dataset: Dataset) -> dict[str, str]:
    """id → sheet location of its row, for hyperlinks."""
    targets: dict[str, str] = {}
    for name in COLLECTIONS:
        for row, record in enumerate(getattr(dataset, name), 2):
            targets.setdefault(record.id, f"'{name}'!A{row}")
    return targets


def _header_cell(ws: Any, value: str) -> Cell:
    cell = WriteOnlyCell(ws, value=value)
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = _TOP
    return cell


def _write_table(
    ws: Any,
    table: Table,
    rows: Iterator[list[Any]],
    size: int,
    targets: Mapping[str, str],
    grades: Collection[str],
    problems: Diagnostics,
) -> None:
    columns = table.columns
    letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
    for letter, column in zip(letters, columns, strict=True):
        ws.column_dimensions[letter].width = column.width
    ws.freeze_panes = "A2"
    ws.append([_header_cell(ws, column.name) for column in columns])
    wraps = [column.wraps for column in columns]
    linked = [
        bool(targets) and column.kind == ColumnKind.REF and column.name != "provenance_document"
        for column in columns
    ]
    # One styled cell per column, refilled row after row: a row is written out on append.
    wrap_cells = [WriteOnlyCell(ws) for _ in columns]
    link_cells = [WriteOnlyCell(ws) for _ in columns]
    for wrap_cell, link_cell in zip(wrap_cells, link_cells, strict=True):
        wrap_cell.alignment = _WRAP
        link_cell.font = _LINK_FONT
    plain = not any(linked) and not any(wraps)
    name = table.name
    for number, values in enumerate(rows, 2):
        for i, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                if not value:
                    values[i] = None
                    continue
                text = value
                if needs_escape(value):
                    value = values[i] = escape_ooxml(value)
                # the limit holds for the text as written (escaped) and counted in UTF-16
                # units; openpyxl would cut a longer one short without a word
                if len(value) > _MAYBE_TOO_LONG and utf16_length(value) > MAX_CELL_CHARS:
                    problems.error(
                        "cell-too-long",
                        f"{_counted(text, value)} do not fit in an Excel cell "
                        f"({MAX_CELL_CHARS:,} at most); export to CSV instead",
                        f"{name}!{letters[i]}{number}",
                    )
                    values[i] = None
                    continue
                if (value[0] == "=" and len(value) > 1) or value in _ERROR_CODES:
                    values[i] = _text_cell(ws, value, _WRAP if wraps[i] else None)
                elif plain:
                    continue
                elif linked[i] and value in targets:
                    cell = link_cells[i]
                    cell.value = value
                    cell.hyperlink = Hyperlink(ref="", location=targets[value])
                    values[i] = cell
                elif wraps[i] and (len(value) > columns[i].width or "\n" in value):
                    cell = wrap_cells[i]
                    cell.value = value
                    values[i] = cell
            elif kind is int:
                if not -_EXACT_DIGITS < value < _EXACT_DIGITS:
                    values[i] = str(value)
            elif kind is float and float(f"{value:.16g}") != value:
                # openpyxl writes 16 significant digits: keep the exact value as text
                values[i] = repr(value)
        ws.append(values)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{max(size + 1, 2)}"
    for letter, column in zip(letters, columns, strict=True):
        if column.kind == ColumnKind.ENUM:
            values_ = [*column.values, *(g for g in grades if g not in column.values)]
            _validation(ws, f"{letter}2:{letter}{MAX_ROWS}", values_, strict=not column.open_values)
        elif column.kind == ColumnKind.BOOLEAN:
            _validation(ws, f"{letter}2:{letter}{MAX_ROWS}", ["TRUE", "FALSE"], strict=True)


def _text_cell(ws: Any, value: str, alignment: Alignment | None) -> Cell:
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"  # text, never a formula or an error value
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _counted(text: str, written: str) -> str:
    """``40,000 characters``, and how Excel counts them when that differs."""
    units = utf16_length(written)
    if units == len(text):
        return f"{len(text):,} characters"
    return (
        f"{len(text):,} characters ({units:,} as Excel counts them: a control character, "
        "or the _ of a literal _xHHHH_, is written as a 7-character escape; a character "
        "beyond U+FFFF counts two)"
    )


def _shortened(text: str) -> str:
    """*text* cut to fit a cell, marked with ``…`` (only on the About sheet, a guide that is
    not read back: the data sheets refuse a text too long instead)."""
    if utf16_length(text) <= MAX_CELL_CHARS:
        return text
    units = text.encode("utf-16-le", "surrogatepass")[: 2 * (MAX_CELL_CHARS - 1)]
    return units.decode("utf-16-le", "ignore") + "…"


def _validation(ws: Any, ref: str, values: list[str], *, strict: bool) -> None:
    formula = '"' + ",".join(values) + '"'
    if len(formula) > 257:  # Excel's limit for an inline list
        return
    dv = DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        errorTitle="Not in the list",
        error="Pick a value from the list (see the About sheet).",
    )
    dv.add(ref)
    ws.data_validations.append(dv)


def _write_about(ws: Any, dataset: Dataset, sizes: Mapping[str, int]) -> None:
    for letter, width in zip("ABCD", (24, 70, 50, 16), strict=True):
        ws.column_dimensions[letter].width = width

    def row(*values: str | int, font: Font | None = None, wrap: bool = True) -> None:
        cells = []
        for value in values:
            text = value if not isinstance(value, str) else escape_ooxml(value)
            if isinstance(text, str) and len(text) > _MAYBE_TOO_LONG:
                text = _shortened(text)
            cell = WriteOnlyCell(ws, value=text)
            if isinstance(text, str):
                cell.data_type = "s"
            if font is not None:
                cell.font = font
            if wrap:
                cell.alignment = _WRAP
            cells.append(cell)
        ws.append(cells)

    meta = dataset.metadata
    row("purgehist workbook", font=_TITLE_FONT, wrap=False)
    row("Dataset", meta.title, font=None)
    row("Layout version", FORMAT_VERSION)
    row(
        "Editing",
        "Edit the data on the other sheets and read the workbook back with "
        "`purgehist` (format xlsx). The dataset's metadata is on the 'metadata' sheet. "
        "This sheet is only a guide: it is not read back.",
    )
    row()
    row("Conventions", font=_BOLD)
    for rule in LIST_RULES:
        row("", rule)
    row()
    row("Sheet", "What it holds", "Rows", font=_BOLD)
    for table in TABLES:
        row(table.name, table.description, sizes[table.name])
    for table in TABLES:
        row()
        row(f"Sheet '{table.name}'", table.description, font=_BOLD)
        row("Column", "Meaning", "Values", "Required", font=_BOLD)
        for cells in column_rows(table):
            row(*cells)


def export_xlsx(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``xlsx`` output format (option ``hyperlinks``); the grade drop-downs offer the
    grades of *context*."""
    return write_workbook(
        dataset,
        dest,
        hyperlinks=bool(options.get("hyperlinks", True)),
        grades=sorted(context.grades),
    )
