"""Flatten a dataset into the rows of the layout's tables, as the binding says.

Each table's row function is generated once from its binding (plain attribute reads, the way
attrs builds its own methods), so that flattening costs no more than hand-written code.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from purgehist.formats.tabular.binding import Column, ColumnKind, Part, Table
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.lists import encode_list
from purgehist.model.dataset import Dataset

__all__ = ["Item", "dataset_rows", "items", "table_sizes"]

Item = tuple[tuple[Any, ...], Any]
"""A row's key (the values of its table's key columns) and the record or part it holds."""


def _field_getter(dotted: str) -> Callable[[Any], Sequence[Any]]:
    """Reads a dotted field (``locator.ranges``); a part that is not there holds nothing."""
    names = dotted.split(".")

    def get(obj: Any) -> Sequence[Any]:
        for name in names:
            if obj is None:
                return ()
            obj = getattr(obj, name)
        return obj  # type: ignore[no-any-return]

    return get


def _walk(nodes: Sequence[Any], field: str, at: tuple[int, ...] = ()) -> Iterator[Any]:
    """Nodes of a tree held in *field* (divisions), depth first, with dotted 1-based paths."""
    for i, node in enumerate(nodes, 1):
        here = (*at, i)
        yield ".".join(map(str, here)), node
        yield from _walk(getattr(node, field), field, here)


def items(table: Table, dataset: Dataset) -> Iterator[Item]:
    """The rows of *table* as (key, record), in the dataset's order, owner by owner."""
    if table.single_row:
        yield (), getattr(dataset, table.name)
        return
    if not table.owners:
        for record in getattr(dataset, table.name):
            yield (record.id,), record
        return
    for owner in table.owners:
        if owner.table == table.name:
            continue  # a tree: its nested rows are walked below
        get = _field_getter(owner.field)
        for key, parent in items(TABLE_BY_NAME[owner.table], dataset):
            if table.is_tree:
                for at, node in _walk(get(parent), owner.field):
                    yield (*key, at), node
            else:
                for i, node in enumerate(get(parent), 1):
                    yield (*key, i), node


def _count(table: Table, dataset: Dataset) -> int:
    if table.single_row:
        return 1
    if not table.owners:
        return len(getattr(dataset, table.name))
    if table.is_tree:
        return sum(1 for _ in items(table, dataset))
    total = 0
    for owner in table.owners:
        get = _field_getter(owner.field)
        total += sum(len(get(parent)) for _, parent in items(TABLE_BY_NAME[owner.table], dataset))
    return total


def table_sizes(dataset: Dataset) -> dict[str, int]:
    """How many rows each table needs, counted without building them."""
    return {table.name: _count(table, dataset) for table in TABLES}


def dataset_rows(dataset: Dataset) -> Iterator[tuple[Table, Iterator[list[Any]]]]:
    """Each table with a lazy iterator over its rows, as lists in column order."""
    for table in TABLES:
        yield table, _row_function(table.name)(items(table, dataset))


# -- generated row functions ---------------------------------------------------------------


def _enum_cell(value: Any) -> Any:
    return value if value is None or type(value) is str else value.value


class _Source:
    """The text of one table's row function, and the values it refers to."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.namespace: dict[str, Any] = {"_list": encode_list, "_enum": _enum_cell}
        self.prelude: list[str] = []
        self.cells: list[str] = []

    def constant(self, value: object) -> str:
        name = f"_c{len(self.namespace)}"
        self.namespace[name] = value
        return name

    def visit(self, items: Iterable[Column | Part], var: str, part: Part | None = None) -> None:
        """Cells of *items*, read from *var*: the row's record, or a *part* of it."""
        optional = var != "o"
        for item in items:
            if isinstance(item, Part):
                inner = f"p{len(self.prelude)}"
                read = f"{var}.{item.field}"
                self.prelude.append(
                    f"{inner} = None if {var} is None else {read}"
                    if optional
                    else f"{inner} = {read}"
                )
                self.visit(item.items, inner, item)
            elif part is not None and item.name == part.marker:
                empty = self.constant(part.record())
                self.cells.append(f"True if {var} == {empty} else None")
            else:
                self.cells.append(self.cell(item, var, optional))

    def cell(self, column: Column, var: str, optional: bool) -> str:
        if column.field is None:
            if column.written is not None:
                return repr(column.written)
            return f"k[{self.table.key.index(column.name)}]"
        value = f"{var}.{column.field}"
        if column.kind in (ColumnKind.LIST, ColumnKind.REFS):
            value = f"_list({value})"
        elif column.kind == ColumnKind.ENUM:
            value = f"_enum({value})"
        return f"None if {var} is None else {value}" if optional else value

    def code(self) -> str:
        self.visit(self.table.items, "o")
        cells = self.cells
        body = [f"        {line}" for line in self.prelude]
        return "\n".join(
            [
                "def rows(items):",
                "    for k, o in items:",
                *body,
                "        yield [",
                *(f"            {cell}," for cell in cells),
                "        ]",
            ]
        )


@functools.cache
def _row_function(name: str) -> Callable[[Iterable[Item]], Iterator[list[Any]]]:
    """The generated function turning (key, record) items of table *name* into rows."""
    source = _Source(TABLE_BY_NAME[name])
    code = compile(source.code(), f"<purgehist rows of {name}>", "exec")
    exec(code, source.namespace)  # the way attrs builds its own methods
    function: Callable[[Iterable[Item]], Iterator[list[Any]]] = source.namespace["rows"]
    return function
