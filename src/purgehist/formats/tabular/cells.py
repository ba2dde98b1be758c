"""Read the cells of a table's rows: match the header to the layout, convert each cell by its
column's kind, and report every problem at its cell.

Each column gets its converter once, when the header is read; a row then costs one call per
cell, and a cell's location is only spelt out when there is a problem to report.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Any

from purgehist.formats.tabular.binding import Column, ColumnKind
from purgehist.formats.tabular.lists import decode_list
from purgehist.formats.tabular.references import OpenTable, References
from purgehist.model import is_ncname, parse_edtf
from purgehist.model.dates import EdtfError

__all__ = ["CellError", "RowReader", "converter"]

_NCNAME_HINT = "an id is an XML name: a letter or _ first, then letters, digits, _ - ."
_TRUE = frozenset({"true", "yes", "1", "y", "x", "waar", "ja", "wahr"})
_FALSE = frozenset({"false", "no", "0", "n", "onwaar", "nee", "falsch"})
_SCALARS = frozenset(
    {ColumnKind.BOOLEAN, ColumnKind.INTEGER, ColumnKind.NUMBER, ColumnKind.POSITION}
)
_MISSING = object()
"""The value of an empty cell in a required column."""

Converter = Callable[[str], Any]
"""Turns a cell's text into its value; ``None`` when only spaces are left of it."""


class CellError(Exception):
    """A cell that cannot be read: the problem's code and message, and the offending text
    when it is not the whole cell."""

    def __init__(self, code: str, message: str, raw: str | None = None) -> None:
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.raw = raw


def _number_text(value: float) -> str:
    if isinstance(value, int) or value.is_integer():
        return str(int(value))
    return repr(value)


def _ident(text: str) -> str | None:
    value = text.strip()
    if value and not is_ncname(value):
        raise CellError("bad-id", f"{value!r} is not a valid id ({_NCNAME_HINT})")
    return value or None


def _idents(text: str) -> tuple[str, ...] | None:
    value = text.strip()
    if not value:
        return None
    items = tuple(filter(None, [item.strip() for item in decode_list(value)]))
    bad = [item for item in items if not is_ncname(item)]
    if bad:
        raise CellError("bad-id", f"{bad[0]!r} is not a valid id ({_NCNAME_HINT})")
    return items


def _edtf(text: str) -> str | None:
    value = text.strip()
    if value:
        try:
            parse_edtf(value)
        except EdtfError as err:
            raise CellError("invalid-edtf", f"invalid EDTF date {value!r}: {err.reason}") from None
    return value or None


def _path(text: str) -> tuple[int, ...] | None:
    value = text.strip()
    if not value:
        return None
    parts = value.split(".")
    if not all(p.isdigit() and int(p) >= 1 for p in parts):
        raise CellError("bad-path", f"{value!r} is not a division path such as 1, 2 or 2.1")
    return tuple(int(p) for p in parts)


def _enum(column: Column) -> Converter:
    allowed = frozenset(column.values)
    listing = ", ".join(column.values)
    open_values = column.open_values

    def convert(text: str) -> str | None:
        value = text.strip()
        if not value or value in allowed or open_values:
            return value or None
        lowered = value.lower()
        if lowered in allowed:
            return lowered
        raise CellError("bad-value", f"{value!r} is not one of: {listing}", value)

    return convert


def _whole(kind: ColumnKind, number: float | None, raw: object) -> Any:
    """*number*, read from *raw*, as the value of a numeric column of *kind*."""
    if kind == ColumnKind.NUMBER:
        if number is None or not math.isfinite(number):
            raise CellError("bad-number", f"{raw!r} is not a number")
        return float(number)
    if number is None or (isinstance(number, float) and not number.is_integer()):
        raise CellError("bad-number", f"{raw!r} is not a whole number")
    whole = int(number)
    if kind == ColumnKind.POSITION and whole < 1:
        raise CellError("bad-number", f"a position is 1 or more (got {whole})")
    return whole


def _scalar(column: Column) -> Converter:
    kind = column.kind

    def convert(text: str) -> Any:
        value = text.strip()
        if not value:
            return None
        if kind == ColumnKind.BOOLEAN:
            word = value.lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
            raise CellError("bad-value", f"{text!r} is not TRUE or FALSE")
        number: float | None
        try:
            number = int(value) if kind != ColumnKind.NUMBER else float(value)
        except ValueError:
            number = None
            if kind != ColumnKind.NUMBER:
                with contextlib.suppress(ValueError):
                    number = float(value)
        return _whole(kind, number, text)

    return convert


def native_scalar(column: Column, raw: object) -> Any:
    """The value of a numeric or boolean column from a cell that is not text (XLSX)."""
    if column.kind == ColumnKind.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        word = _number_text(raw) if isinstance(raw, float) else str(raw).lower()
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
        raise CellError("bad-value", f"{raw!r} is not TRUE or FALSE")
    number = raw if isinstance(raw, int | float) and not isinstance(raw, bool) else None
    return _whole(column.kind, number, raw)


_BY_KIND: dict[ColumnKind, Converter] = {
    ColumnKind.TEXT: str,
    ColumnKind.LIST: decode_list,
    ColumnKind.ID: _ident,
    ColumnKind.REF: _ident,
    ColumnKind.REFS: _idents,
    ColumnKind.EDTF: _edtf,
    ColumnKind.PATH: _path,
}


def converter(column: Column) -> Converter:
    """The function reading a cell's text in *column*."""
    if column.kind == ColumnKind.ENUM:
        return _enum(column)
    if column.kind in _SCALARS:
        return _scalar(column)
    return _BY_KIND[column.kind]


def _blank(cell: object) -> bool:
    return cell is None or (type(cell) is str and (not cell or cell.isspace()))


_NO_CHECK, _DEFINES, _REF, _REFS = range(4)


class RowReader:
    """Reads one table's rows, cell by cell, after matching its header to the layout.

    :param header: the cells of the header row; columns are matched by their text.
    """

    def __init__(
        self,
        table: OpenTable,
        header: Sequence[object],
        header_row: int,
        refs: References,
    ) -> None:
        self.open = table
        self.found = table.found
        self.locate = table.locate
        self.refs = refs
        self.ok = True
        """Whether the last row read had no cell errors."""
        layout = table.table
        index = self._match(header, header_row)
        table.columns = index
        headed = [i for i, head in enumerate(header) if not _blank(head)]
        self.headed = headed
        self.width = len(header)
        self.gaps = sorted(set(range(len(header))) - set(headed))
        self.template: list[Any] = [None] * len(layout.columns)
        self.plan: list[tuple[int, int, Converter, Any, int, Column]] = []
        grouped = layout.owner_key if len(layout.owner_key) == 1 and not layout.is_tree else ()
        for at, column in enumerate(layout.columns):
            convert = converter(column)
            empty = None if column.default is None else convert(column.default)
            if column.name not in index:
                self.template[at] = empty
                continue
            if empty is None and column.required:
                empty = _MISSING
            check = _NO_CHECK
            if column.kind == ColumnKind.ID:
                check = _DEFINES
            elif column.kind == ColumnKind.REF and column.name not in grouped:
                check = _REF
            elif column.kind == ColumnKind.REFS:
                check = _REFS
            self.plan.append((at, index[column.name], convert, empty, check, column))

    def _match(self, header: Sequence[object], header_row: int) -> dict[str, int]:
        """Header text → column; unknown, doubled and missing columns are reported."""
        layout = self.open.table
        index: dict[str, int] = {}
        for i, head in enumerate(header):
            if head is None:
                continue
            try:
                name = head if type(head) is str else self._text(head, header_row, i)
            except CellError as err:
                where = self.locate(header_row, i)
                self.found.error(err.code, err.message, where, raw=str(head))
                continue
            name = name.strip()
            if not name:
                continue
            where = self.locate(header_row, i)
            if name not in layout:
                self.found.warning(
                    "unknown-column", f"column {name!r} is not part of the layout; ignored", where
                )
            elif name in index:
                self.found.error("duplicate-column", f"column {name!r} appears twice", where)
            else:
                index[name] = i
        for column in layout.columns:
            if column.name not in index and column.required and column.default is None:
                self.found.error(
                    "missing-column",
                    f"the sheet has no column {column.name!r}",
                    self.locate(header_row, 0),
                )
        return index

    def read(self, number: int, cells: Sequence[object]) -> list[Any] | None:
        """The values of row *number* in layout column order, ``None`` for a blank row;
        :attr:`ok` tells whether every cell could be read."""
        size = len(cells)
        if size > self.width or self.gaps:
            self._stray(number, cells)
        for i in self.headed:
            if i >= size:
                return None
            cell = cells[i]
            if cell is not None and (type(cell) is not str or (cell and not cell.isspace())):
                break
        else:
            return None
        values = self.template.copy()
        ok = True
        for at, i, convert, empty, check, column in self.plan:
            raw = cells[i] if i < size else None
            if raw is None or raw == "":
                value = empty
            else:
                try:
                    if type(raw) is str:
                        value = convert(raw)
                    elif column.kind in _SCALARS:
                        value = native_scalar(column, raw)
                    else:
                        value = convert(self._text(raw, number, i))
                except CellError as err:
                    raw_text = err.raw if err.raw is not None else str(raw)
                    self.found.error(err.code, err.message, self.locate(number, i), raw=raw_text)
                    ok = False
                    continue
                if value is None:
                    value = empty
            if value is None:
                continue
            if value is _MISSING:
                where = self.locate(number, i)
                self.found.error("missing-value", f"'{column.name}' needs a value", where)
                ok = False
                continue
            values[at] = value
            if check:
                self._check(check, column, value, number, i)
        self.ok = ok
        return values

    def _check(self, check: int, column: Column, value: Any, number: int, i: int) -> None:
        if check == _DEFINES:
            self.refs.define(self.open, value, number, i)
        elif check == _REF:
            self.refs.check(self.open, value, column.refers_to, number, i)
        else:
            for item in value:
                self.refs.check(self.open, item, column.refers_to, number, i)

    def _text(self, raw: object, number: int, i: int) -> str:
        """A cell that is not text (XLSX), as text; a date cell is read with a warning."""
        if isinstance(raw, bool):
            return "TRUE" if raw else "FALSE"
        if isinstance(raw, int | float):
            return _number_text(raw)
        if isinstance(raw, dt.datetime | dt.date):
            text = raw.isoformat()
            if isinstance(raw, dt.datetime) and raw.time() == dt.time():
                text = raw.date().isoformat()
            self.found.warning(
                "spreadsheet-date",
                f"a spreadsheet date was read as the text {text!r}; type dates as text",
                self.locate(number, i),
                raw=str(raw),
            )
            return text
        if isinstance(raw, dt.time):
            return raw.isoformat()
        raise CellError("bad-cell", f"cannot read a {type(raw).__name__} here")

    def _stray(self, number: int, cells: Sequence[object]) -> None:
        """Warn about values in cells with no header above them."""
        for i in (*self.gaps, *range(self.width, len(cells))):
            if i < len(cells) and not _blank(cells[i]):
                self.found.warning(
                    "extra-cells",
                    "this cell is under no column header, so it is not read; give its column "
                    "a header from the layout, or move the value",
                    self.locate(number, i),
                    raw=str(cells[i]),
                )
