"""Row readers generated for one table's header: a row of text cells in, the row's values out.

:class:`~.cells.RowReader` converts a row cell by cell through its plan, a loop over tuples
with a dispatch per cell. For a CSV table, whose cells are all text, the plan is instead
written out once as the source of one function, with the cheap conversions (text, ids,
enumerations) inline and the others calling their converter. That function reads rows that
are whole and well formed; any other row (short, blank, a cell in error, a required cell
empty) goes to :meth:`.RowReader.read`, which reports each problem at its cell, so the
messages are the generic path's own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from purgehist.formats.tabular.binding import ColumnKind
from purgehist.formats.tabular.cells import (
    _DEFINES,
    _FALSE,
    _MISSING,
    _NO_CHECK,
    _REF,
    _TRUE,
    CellError,
    RowReader,
)
from purgehist.model.ids import _NCNAME

__all__ = ["generated_reader"]

_WHOLE = frozenset({ColumnKind.INTEGER, ColumnKind.POSITION})

TextRowReader = Callable[[int, Sequence[str]], list[Any] | None]
"""Reads row *number* from its cells: its values in layout order, ``None`` for a blank row."""


def generated_reader(reader: RowReader) -> TextRowReader:
    """A function reading the rows of *reader*'s table when every cell is text (or missing
    at the end of a short row); :attr:`.RowReader.ok` is set as by :meth:`.RowReader.read`."""
    if reader.gaps or not reader.headed:
        return reader.read  # cells under no header: each row is checked for strays
    source, constants = _source(reader)
    env: dict[str, Any] = {
        "_slow": reader.read,
        "_reader": reader,
        "_open": reader.open,
        "_define": reader.refs.define,
        "_check": reader.refs.check,
        "_ncname": _NCNAME.match,
        "CellError": CellError,
        **constants,
    }
    exec(_compiled(source), env)
    read: TextRowReader = env["read"]
    return read


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    return compile(source, "<purgehist row reader>", "exec")


def _source(reader: RowReader) -> tuple[str, dict[str, Any]]:
    """The reader's function as Python source, with the constants it names."""
    constants: dict[str, Any] = {}

    def constant(value: Any, name: str) -> str:
        if value is None or isinstance(value, bool | int):
            return repr(value)
        constants[name] = value
        return name

    first = reader.headed[0]
    lines = [
        "def read(number, cells):",
        f"    if len(cells) != {reader.width}:",
        "        return _slow(number, cells)",
        f"    first = cells[{first}]",
        "    if not first or first.isspace():",
        "        return _slow(number, cells)",
        "    try:",
    ]
    checks: list[str] = []
    names: dict[int, str] = {}
    for k, (at, i, convert, empty, check, column) in enumerate(reader.plan):
        v = f"v{k}"
        names[at] = v
        kind = column.kind
        if kind == ColumnKind.TEXT:
            lines.append(f"        {v} = cells[{i}] or None")
        elif kind in (ColumnKind.ID, ColumnKind.REF):
            lines += [
                f"        {v} = cells[{i}].strip() or None",
                f"        if {v} is not None and _ncname({v}) is None:",
                "            return _slow(number, cells)",
            ]
        elif kind == ColumnKind.ENUM:
            lines.append(f"        {v} = cells[{i}].strip() or None")
            if not column.open_values:
                allowed = constant(frozenset(column.values), f"allowed{k}")
                convert_name = constant(convert, f"convert{k}")
                lines += [
                    f"        if {v} is not None and {v} not in {allowed}:",
                    f"            {v} = {convert_name}(cells[{i}])",
                ]
        elif kind in _WHOLE:
            # int() reads what the converter's int() reads; the rest goes through it
            convert_name = constant(convert, f"convert{k}")
            lines += [
                f"        {v} = cells[{i}]",
                f"        if {v}:",
                "            try:",
                f"                {v} = int({v})",
                "            except ValueError:",
                f"                {v} = {convert_name}({v})",
                "        else:",
                f"            {v} = None",
            ]
            if kind == ColumnKind.POSITION:
                lines += [
                    f"        if {v} is not None and {v} < 1:",
                    "            return _slow(number, cells)",
                ]
        elif kind == ColumnKind.BOOLEAN:
            true, false = constant(_TRUE, "true"), constant(_FALSE, "false")
            lines += [
                f"        {v} = cells[{i}].strip().lower() or None",
                f"        if {v} is not None:",
                f"            if {v} in {true}:",
                f"                {v} = True",
                f"            elif {v} in {false}:",
                f"                {v} = False",
                "            else:",
                "                return _slow(number, cells)",
            ]
        else:
            convert_name = constant(convert, f"convert{k}")
            lines.append(f"        {v} = {convert_name}(cells[{i}]) if cells[{i}] else None")
        if empty is _MISSING:
            lines += [f"        if {v} is None:", "            return _slow(number, cells)"]
        elif empty is not None:
            lines += [
                f"        if {v} is None:",
                f"            {v} = {constant(empty, f'empty{k}')}",
            ]
        if check != _NO_CHECK:
            targets = constant(column.refers_to, f"targets{k}")
            if check == _DEFINES:
                call = f"_define(_open, {v}, number, {i})"
            elif check == _REF:
                call = f"_check(_open, {v}, {targets}, number, {i})"
            else:
                call = f"for item in {v}:\n            _check(_open, item, {targets}, number, {i})"
            checks += [f"    if {v} is not None:", f"        {call}"]
    lines += ["    except CellError:", "        return _slow(number, cells)"]
    lines += checks
    values = [
        names[at] if at in names else constant(value, f"template{at}")
        for at, value in enumerate(reader.template)
    ]
    lines += ["    _reader.ok = True", f"    return [{', '.join(values)}]", ""]
    return "\n".join(lines), constants
