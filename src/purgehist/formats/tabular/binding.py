"""The vocabulary of the layout: tables bound to record classes, columns bound to fields.

A :class:`Table` says which record class (or part of a record: an attribution, a paragraph's
note) each of its rows holds; a :class:`Column` says which field of that record it holds, with
its cell type; a :class:`Part` groups the columns of an object nested in the record (a claim's
quantity, a record's provenance); a :class:`Child` says which field of a record holds the rows
of another table. Flattening, rebuilding, the row counts, the Frictionless schema and the docs'
column tables are all derived from these declarations (see :mod:`.layout`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from enum import StrEnum
from typing import Any

import attrs
from attrs import field, frozen

__all__ = [
    "Child",
    "Column",
    "ColumnKind",
    "Owner",
    "Part",
    "Table",
    "boolean",
    "children_of",
    "edtf",
    "enum",
    "ident",
    "integer",
    "link",
    "listed",
    "number",
    "part",
    "path",
    "position",
    "records",
    "ref",
    "refs",
    "rows_of",
    "text",
]


class ColumnKind(StrEnum):
    """How a column's cells are written and read."""

    TEXT = "text"
    """Free text, kept exactly (spaces, newlines); an empty cell is no value."""
    ID = "id"
    """The record's id: an XML name (letter or ``_`` first, then letters, digits, ``_-.``)."""
    REF = "ref"
    """The id of another record."""
    REFS = "refs"
    """Ids of other records, one per line."""
    LIST = "list"
    """Several texts, one per line (see the list rules)."""
    ENUM = "enum"
    """One of a fixed set of words."""
    EDTF = "edtf"
    """A date in the Extended Date/Time Format, as text: ``1937``, ``1936/1938``, ``1937~``."""
    INTEGER = "integer"
    NUMBER = "number"
    """A decimal number; one Excel cannot hold exactly is written as text."""
    BOOLEAN = "boolean"
    """TRUE or FALSE."""
    POSITION = "position"
    """1, 2, 3…: the order of an item within its record."""
    PATH = "path"
    """Position of a division in its document: ``1``, ``1.2``, ``1.2.3`` (write it as text)."""


_STRIPPED = frozenset(set(ColumnKind) - {ColumnKind.TEXT, ColumnKind.LIST})


@frozen(kw_only=True)
class Column:
    """One column of a table: its header, the field it holds, its kind, meaning and values."""

    name: str
    kind: ColumnKind
    description: str
    field: str | None = None
    """The field of the row's record (or part) the column holds; ``None`` for a column that
    holds no field (the keys of child tables, a part's empty marker, the layout version)."""
    required: bool = False
    """An empty cell is an error (unless *default* fills it)."""
    needed: bool = False
    """Required whenever any other column of its part is filled (a quantity's unit)."""
    values: tuple[str, ...] = ()
    """Allowed values of an ``enum`` column."""
    open_values: bool = False
    """The values are suggestions: others are accepted (evidence grades from plugins)."""
    default: str | None = None
    """What an empty cell means."""
    refers_to: tuple[str, ...] = ()
    """Tables whose ids a ``ref``/``refs`` column holds (``paragraphs`` and ``divisions``
    stand for the ids inside document bodies); filled in by :func:`link` for owner columns and
    by :mod:`.reference_targets` for the model's reference fields."""
    width: int = 14
    """Column width in characters (XLSX)."""
    written: int | None = None
    """What the writer puts in this column when it holds no field (the layout version); a
    reader refuses a larger value."""

    @property
    def stripped(self) -> bool:
        """Leading and trailing spaces are dropped when read (ids, enumerations, numbers)."""
        return self.kind in _STRIPPED

    @property
    def wraps(self) -> bool:
        """Long values are shown wrapped (XLSX)."""
        return self.kind in (ColumnKind.TEXT, ColumnKind.LIST, ColumnKind.REFS) and self.width >= 30


@frozen(kw_only=True)
class Child:
    """A field of a record that holds the rows of another table (a claim's attributions)."""

    field: str
    table: str


@frozen(kw_only=True)
class Owner:
    """A record whose field holds a child table's rows: the table of that record and the
    field, dotted when it is inside a part (``locator.ranges``)."""

    table: str
    field: str


@frozen(kw_only=True)
class Part:
    """An object nested in a record, held in columns of the record's row.

    It is there when any of its columns is filled, its *marker* is TRUE, a part inside it is
    there or a child table has rows for it.
    """

    field: str
    """The record's field that holds it."""
    record: type
    items: tuple[Column | Part, ...]
    anchor: str
    """The column whose cell names problems with the part as a whole."""
    marker: str | None = None
    """The column that marks a part with none of its fields filled in."""
    children: tuple[Child, ...] = ()
    columns: tuple[Column, ...] = attrs.field(init=False)

    @columns.default
    def _columns(self) -> tuple[Column, ...]:
        return tuple(_columns(self.items))


@frozen(kw_only=True)
class Table:
    """A sheet of the workbook, a file of the CSV package: one row per record (or per part of
    a record), one column per field."""

    name: str
    description: str
    record: type
    """The class each row is read into."""
    key: tuple[str, ...]
    """The columns that identify a row (the primary key). In a child table, the owner's key
    and then the row's ``position`` (or ``division`` path) among the owner's rows."""
    items: tuple[Column | Part, ...]
    anchor: str
    """The column whose cell names problems with the record as a whole."""
    children: tuple[Child, ...] = ()
    single_row: bool = False
    owners: tuple[Owner, ...] = ()
    """Records whose fields hold this table's rows (derived by :func:`link`)."""
    columns: tuple[Column, ...] = field(init=False)
    _by_name: dict[str, Column] = field(init=False, repr=False, eq=False)

    @columns.default
    def _columns(self) -> tuple[Column, ...]:
        return tuple(_columns(self.items))

    @_by_name.default
    def _index(self) -> dict[str, Column]:
        return {column.name: column for column in self.columns}

    def column(self, name: str) -> Column:
        """The column called *name*."""
        return self._by_name[name]

    def __contains__(self, name: object) -> bool:
        return name in self._by_name

    @property
    def names(self) -> tuple[str, ...]:
        """The headers, in order."""
        return tuple(c.name for c in self.columns)

    @property
    def is_tree(self) -> bool:
        """Rows nest in rows of the same table, placed by a path (divisions)."""
        return bool(self.owners) and self.column(self.key[-1]).kind == ColumnKind.PATH

    @property
    def owner_key(self) -> tuple[str, ...]:
        """The columns holding the owner's key (empty for tables of records)."""
        return self.key[:-1] if self.owners else ()

    @property
    def word(self) -> str:
        """What one row is, in messages: ``actor``, ``paragraph``."""
        return self.record.__name__.lower()

    def parts(self) -> Iterator[tuple[str, Part]]:
        """Every part with the dotted path of its field (``locator.archival``), outer first."""
        yield from _parts(self.items, "")


def _columns(items: Iterable[Column | Part]) -> Iterator[Column]:
    for item in items:
        if isinstance(item, Part):
            yield from item.columns
        else:
            yield item


def _parts(items: Iterable[Column | Part], prefix: str) -> Iterator[tuple[str, Part]]:
    for item in items:
        if isinstance(item, Part):
            dotted = prefix + item.field
            yield dotted, item
            yield from _parts(item.items, dotted + ".")


# -- declaring columns ----------------------------------------------------------------------


def _values(enum: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in enum)


def _bound(kind: ColumnKind, name: str, description: str, **options: Any) -> Column:
    return Column(name=name, field=name, kind=kind, description=description, **options)


def text(name: str, description: str, **options: Any) -> Column:
    """A text column holding the field *name* (options: those of :class:`Column`)."""
    return _bound(ColumnKind.TEXT, name, description, **options)


def listed(name: str, description: str, *, width: int = 30) -> Column:
    """A column of several texts, one per line."""
    return _bound(ColumnKind.LIST, name, description, width=width)


def ident(description: str, *, required: bool = True) -> Column:
    """The ``id`` column."""
    return _bound(ColumnKind.ID, "id", description, required=required, width=16)


def ref(name: str, description: str, *targets: str, required: bool = False) -> Column:
    """A column holding the id of a record of one of the *targets* tables."""
    return _bound(ColumnKind.REF, name, description, required=required, refers_to=targets, width=16)


def refs(name: str, description: str, *targets: str) -> Column:
    """A column holding ids of records of the *targets* tables, one per line."""
    return _bound(ColumnKind.REFS, name, description, refers_to=targets, width=18)


def enum(
    name: str,
    description: str,
    values: type[StrEnum] | Sequence[str],
    *,
    default: str | None = None,
    required: bool = False,
    **options: Any,
) -> Column:
    """A column of one of *values*; with a *default*, an empty cell means the default."""
    words = _values(values) if isinstance(values, type) else tuple(values)
    options.setdefault("width", max(12, *(len(v) + 4 for v in words)))
    return _bound(
        ColumnKind.ENUM,
        name,
        description,
        values=words,
        default=None if default is None else str(default),
        required=required or default is not None,
        **options,
    )


def edtf(name: str, description: str) -> Column:
    """An EDTF date column."""
    return _bound(ColumnKind.EDTF, name, description)


def integer(name: str, description: str, **options: Any) -> Column:
    """A whole number column."""
    return _bound(ColumnKind.INTEGER, name, description, **options)


def number(name: str, description: str, **options: Any) -> Column:
    """A decimal number column."""
    return _bound(ColumnKind.NUMBER, name, description, **options)


def boolean(name: str, description: str, **options: Any) -> Column:
    """A TRUE/FALSE column (10 characters wide unless given)."""
    options.setdefault("width", 10)
    return _bound(ColumnKind.BOOLEAN, name, description, **options)


def position(description: str = "Order of the item within its record: 1, 2, 3…") -> Column:
    """The ``position`` column of a child table."""
    return Column(
        name="position",
        kind=ColumnKind.POSITION,
        description=description,
        required=True,
        width=9,
    )


def path(name: str, description: str) -> Column:
    """A division path column (``1``, ``1.2``)."""
    return Column(
        name=name,
        kind=ColumnKind.PATH,
        description=description,
        required=True,
        width=10,
    )


def _renamed(item: Column | Part, prefix: str) -> Column | Part:
    if isinstance(item, Part):
        return attrs.evolve(
            item,
            items=tuple(_renamed(i, prefix) for i in item.items),
            anchor=prefix + item.anchor,
            marker=None if item.marker is None else prefix + item.marker,
        )
    return attrs.evolve(item, name=prefix + item.name)


def part(
    name: str,
    record: type,
    *items: Column | Part,
    anchor: str,
    marker: Column | None = None,
    prefix: str | None = None,
    children: tuple[Child, ...] = (),
) -> Part:
    """The part held in the field *name*; its columns are named *prefix* (``name_`` unless
    given) followed by their field, and *anchor* is one of those fields.

    :param marker: a boolean column (bound to no field) marking a part with nothing filled in.
    """
    prefix = f"{name}_" if prefix is None else prefix
    declared = (*items, attrs.evolve(marker, field=None)) if marker is not None else items
    return Part(
        field=name,
        record=record,
        items=tuple(_renamed(item, prefix) for item in declared),
        anchor=prefix + anchor,
        marker=None if marker is None else prefix + marker.name,
        children=children,
    )


# -- declaring tables -----------------------------------------------------------------------


def records(
    name: str,
    record: type,
    description: str,
    *items: Column | Part,
    children: tuple[Child, ...] = (),
    single_row: bool = False,
    anchor: str = "id",
) -> Table:
    """A table with one row per record of the dataset's collection *name* (keyed by ``id``),
    or, with *single_row*, the one row of the dataset's field *name*."""
    return Table(
        name=name,
        description=description,
        record=record,
        key=() if single_row else ("id",),
        items=items,
        anchor=anchor,
        children=children,
        single_row=single_row,
    )


def rows_of(
    name: str,
    record: type,
    description: str,
    *items: Column | Part,
    owner: Column | tuple[Column, ...],
    anchor: str,
    order: Column | None = None,
    children: tuple[Child, ...] = (),
) -> Table:
    """A child table: each row is one item of a record's field named by a :class:`Child`.

    :param owner: the column(s) holding the owner's key (a ``ref``, or the owner's own key).
    :param order: the column placing the row among its owner's (``position`` unless given).
    """
    owned = (owner,) if isinstance(owner, Column) else owner
    keys = tuple(attrs.evolve(column, field=None) for column in owned)
    order = position() if order is None else order
    return Table(
        name=name,
        description=description,
        record=record,
        key=(*(c.name for c in keys), order.name),
        items=(*keys, order, *items),
        anchor=anchor,
        children=children,
    )


def children_of(table: Table) -> Iterator[tuple[str, Child]]:
    """Every child link of *table*'s records, with the dotted field holding it."""
    for child in table.children:
        yield child.field, child
    for dotted, item in table.parts():
        for child in item.children:
            yield f"{dotted}.{child.field}", child


def link(tables: Sequence[Table]) -> tuple[Table, ...]:
    """*tables* with each child table's owners filled in, and a child table's one-column owner
    key referring to its owners' tables."""
    owners: dict[str, list[Owner]] = {t.name: [] for t in tables}
    for table in tables:
        for dotted, child in children_of(table):
            owners[child.table].append(Owner(table=table.name, field=dotted))
    linked = []
    for table in tables:
        found = tuple(owners[table.name])
        if not found:
            linked.append(table)
            continue
        targets = tuple(dict.fromkeys(o.table for o in found if o.table != table.name))
        items: list[Any] = list(table.items)
        if len(table.key) == 2:
            items[0] = attrs.evolve(items[0], refers_to=targets)
        linked.append(attrs.evolve(table, owners=found, items=tuple(items)))
    return tuple(linked)
