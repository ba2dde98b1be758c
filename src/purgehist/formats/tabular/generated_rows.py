"""Row readers generated for one table's header: a row of text cells in, the row's values out.

:class:`~.cells.RowReader` converts a row cell by cell through its plan, a loop over tuples
with a dispatch per cell. For a CSV table, whose cells are all text, the plan is instead
written out once as the source of one function looping over the table's rows, with the cheap
conversions (text, ids, enumerations) inline and the others calling their converter. That
loop reads rows that are whole and well formed; any other row (short, blank, a cell in
error, a required cell empty) goes to :meth:`.RowReader.read`, which reports each problem at
its cell, so the messages are the generic path's own.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from purgehist.formats.tabular.binding import Column, ColumnKind
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

__all__ = ["generated_loop", "generic_loop"]

_WHOLE = frozenset({ColumnKind.INTEGER, ColumnKind.POSITION})

Adder = Callable[[int, list[Any], bool], None]
"""Takes row *number*'s values, and whether every cell of it was read cleanly."""

RowsReader = Callable[[Iterable[tuple[int, Sequence[str]]], Adder], None]
"""Reads every row given, ``(number, cells)``, handing each one's values to an adder."""

_SLOW = "<to the generic reader>"
"""Where :func:`_source` gives the row to the generic reader: a line that
:func:`generated_loop` replaces with its hand-off (not Python, so one left cannot compile)."""


def generated_loop(reader: RowReader) -> RowsReader:
    """A function reading every row of *reader*'s table, when every cell is text (or missing
    at the end of a short row), and handing the values of each row that is not blank to
    *add*, with whether they were read cleanly, without a call per row. A row it does not
    read cleanly goes to :meth:`.RowReader.read`, as in :func:`generic_loop`."""
    if reader.gaps or not reader.headed:
        # cells under no header: each row is checked for strays
        return functools.partial(generic_loop, reader)
    body, values, constants = _source(reader)
    looped = []
    for line in body:
        if line.strip() == _SLOW:
            indent = line[: len(line) - len(line.lstrip())]
            looped += [f"    {indent}_slow_add(number, cells, add)", f"    {indent}continue"]
        else:
            looped.append(f"    {line}")
    source = [
        "def read_rows(rows, add):",
        "    for number, cells in rows:",
        *looped,
        f"        add(number, {values}, True)",
        "",
    ]
    constants["_slow_add"] = functools.partial(_generic_add, reader)
    read_rows: RowsReader = _made(reader, "\n".join(source), constants, "read_rows")
    return read_rows


def _generic_add(reader: RowReader, number: int, cells: Sequence[str], add: Adder) -> None:
    values = reader.read(number, cells)
    if values is not None:
        add(number, values, reader.ok)


def generic_loop(
    reader: RowReader, rows: Iterable[tuple[int, Sequence[object]]], add: Adder
) -> None:
    """Read every row of *rows* with :meth:`.RowReader.read`, handing the values of each row
    that is not blank to *add*, with whether they were read cleanly."""
    read = reader.read
    for number, cells in rows:
        values = read(number, cells)
        if values is not None:
            add(number, values, reader.ok)


def _made(reader: RowReader, source: str, constants: dict[str, Any], name: str) -> Any:
    """The function *name* defined by *source*, which names *reader*'s parts and *constants*."""
    env: dict[str, Any] = {
        "_open": reader.open,
        "_define": reader.refs.define,
        "_check": reader.refs.check,
        "_ids": reader.refs.ids,
        "_ids_get": reader.refs.ids.get,
        "_ncname": _NCNAME.match,
        "CellError": CellError,
        **constants,
    }
    exec(_compiled(source), env)
    return env.pop(name)  # not kept in its own globals: no reference cycle


@functools.lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    return compile(source, "<purgehist row reader>", "exec")


def _source(reader: RowReader) -> tuple[list[str], str, dict[str, Any]]:
    """The body of the loop reading one row as lines of Python source (a row that is not
    read cleanly given to :data:`_SLOW`), the expression of its values, and the constants
    they name."""
    constants: dict[str, Any] = {}

    def constant(value: Any, name: str) -> str:
        if value is None or isinstance(value, bool | int):
            return repr(value)
        constants[name] = value
        return name

    slow = _SLOW
    cells = ", ".join(f"c{i}" for i in range(reader.width))
    first = f"c{reader.headed[0]}"
    lines = [
        f"    if len(cells) != {reader.width}:",
        f"        {slow}",
        f"    {cells}{',' if reader.width == 1 else ''} = cells",
        f"    if not {first} or {first}.isspace():",
        "        if not any([cell and not cell.isspace() for cell in cells]):",
        f"            {slow}",
        "    try:",
    ]
    checks: list[str] = []
    names: dict[int, str] = {}
    for k, (at, i, convert, empty, check, column) in enumerate(reader.plan):
        v, c = f"v{k}", f"c{i}"
        names[at] = v
        lines += [f"        {line}" for line in _conversion(column, v, c, convert, constant, k)]
        if empty is _MISSING:
            lines += [f"        if {v} is None:", f"            {slow}"]
        elif empty is not None:
            filled = constant(empty, f"empty{k}")
            lines += [f"        if {v} is None:", f"            {v} = {filled}"]
        if check != _NO_CHECK:
            checks += [f"    if {v} is not None:"]
            checks += [f"        {line}" for line in _reference(check, column, v, i, constant, k)]
    lines += ["    except CellError:", f"        {slow}"]
    lines += checks
    values = [
        names[at] if at in names else constant(value, f"template{at}")
        for at, value in enumerate(reader.template)
    ]
    return lines, f"[{', '.join(values)}]", constants


def _conversion(
    column: Column, v: str, c: str, convert: Any, constant: Callable[[Any, str], str], k: int
) -> list[str]:
    """Lines setting *v* to the value of the cell *c*, ``None`` when it is empty; a cell in
    error sends the row to the generic reader."""
    slow = f"    {_SLOW}"
    kind = column.kind
    if kind == ColumnKind.TEXT:
        return [f"{v} = {c} or None"]
    if kind == ColumnKind.ID:
        # a cell the pattern matches whole needs no strip (its `$` also matches before a
        # final line break, hence the test of the last character)
        return [
            f"if not {c}:",
            f"    {v} = None",
            f'elif {c}[-1] != "\\n" and _ncname({c}) is not None:',
            f"    {v} = {c}",
            "else:",
            f"    {v} = {c}.strip() or None",
            f"    if {v} is not None and _ncname({v}) is None:",
            f"    {slow}",
        ]
    if kind == ColumnKind.REF:
        # an id already defined was matched as an NCName by its own column's reader, and
        # is stored stripped: a cell equal to one needs no strip
        test = f"{v} not in _ids and _ncname({v}) is None"
        return [
            f"if not {c}:",
            f"    {v} = None",
            f"elif {c} in _ids:",
            f"    {v} = {c}",
            "else:",
            f"    {v} = {c}.strip() or None",
            f"    if {v} is not None and {test}:",
            f"    {slow}",
        ]
    if kind == ColumnKind.ENUM:
        if column.open_values:
            return [f"{v} = ({c}.strip() or None) if {c} else None"]
        allowed = constant(frozenset(column.values), f"allowed{k}")
        convert_name = constant(convert, f"convert{k}")
        return [
            f"if not {c}:",
            f"    {v} = None",
            f"elif {c} in {allowed}:",
            f"    {v} = {c}",
            "else:",
            f"    {v} = {c}.strip() or None",
            f"    if {v} is not None and {v} not in {allowed}:",
            f"        {v} = {convert_name}({c})",
        ]
    if kind in _WHOLE:
        # int() reads what the converter's int() reads; the rest goes through the converter
        convert_name = constant(convert, f"convert{k}")
        lines = [
            f"if {c}:",
            "    try:",
            f"        {v} = int({c})",
            "    except ValueError:",
            f"        {v} = {convert_name}({c})",
            "else:",
            f"    {v} = None",
        ]
        if kind == ColumnKind.POSITION:
            lines += [f"if {v} is not None and {v} < 1:", slow]
        return lines
    if kind == ColumnKind.BOOLEAN:
        true, false = constant(_TRUE, "true"), constant(_FALSE, "false")
        # the words a writer writes are taken as they are
        return [
            f'if {c} == "false":',
            f"    {v} = False",
            f'elif {c} == "true":',
            f"    {v} = True",
            f"elif not {c}:",
            f"    {v} = None",
            "else:",
            f"    {v} = {c}.strip().lower() or None",
            f"    if {v} is not None:",
            f"        if {v} in {true}:",
            f"            {v} = True",
            f"        elif {v} in {false}:",
            f"            {v} = False",
            "        else:",
            f"        {slow}",
        ]
    if kind == ColumnKind.REFS:
        # ids one per line with no escapes (an escape cannot be part of an id)
        convert_name = constant(convert, f"convert{k}")
        # (a list of ids already defined, stored stripped, needs no strip)
        return [
            f'if {c} and "\\\\" not in {c} and "\\r" not in {c}:',
            f'    {v} = {c}.split("\\n")',
            "    bad = False",
            f"    for item in {v}:",
            "        if item not in _ids:",
            "            bad = True",
            "            break",
            "    if bad:",
            f"        {v} = [item.strip() for item in {v} if item and not item.isspace()]",
            f"        {v} = tuple({v}) or None",
            "        bad = False",
            f"        if {v} is not None:",
            f"            for item in {v}:",
            "                if item not in _ids and _ncname(item) is None:",
            "                    bad = True",
            "                    break",
            "    else:",
            f"        {v} = tuple({v})",
            "    if bad:",  # not inside the loop over the items: the row loop's `continue`
            f"    {slow}",
            "else:",
            f"    {v} = {convert_name}({c}) if {c} else None",
        ]
    convert_name = constant(convert, f"convert{k}")
    return [f"{v} = {convert_name}({c}) if {c} else None"]


def _reference(
    check: int, column: Column, v: str, i: int, constant: Callable[[Any, str], str], k: int
) -> list[str]:
    """Lines recording the id *v*, or checking the reference(s) *v*, in column *i*; an id
    already known in a right table costs a look-up, anything else goes to :class:`.References`."""
    if check == _DEFINES:
        return [
            f"if {v} in _ids:",
            f"    _define(_open, {v}, number, {i})",
            "else:",
            f"    _ids[{v}] = (_open, number, {v})",
        ]
    targets = constant(frozenset(column.refers_to), f"targets{k}")
    given = constant(column.refers_to, f"given{k}")
    if check == _REF:
        # a reference to a known id keeps the id's string rather than an equal copy
        return [
            f"known = _ids_get({v})",
            f"if known is None or known[0].table.name not in {targets}:",
            f"    _check(_open, {v}, {given}, number, {i})",
            "else:",
            f"    {v} = known[2]",
        ]
    return [
        "shared = []",
        f"for item in {v}:",
        "    known = _ids_get(item)",
        f"    if known is None or known[0].table.name not in {targets}:",
        f"        _check(_open, item, {given}, number, {i})",
        "        shared.append(item)",
        "    else:",
        "        shared.append(known[2])",
        f"{v} = tuple(shared)",
    ]
