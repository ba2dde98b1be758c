"""Records built from the converted rows of the layout's tables: each table's rows become
records, or children that wait for their owner's row, and the children are handed over in
position order when it comes."""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs

from purgehist.formats.tabular.binding import Child, Column, ColumnKind, Part, Table, children_of
from purgehist.formats.tabular.builders import Shape, generated_builder
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.references import OpenTable, References
from purgehist.model.dataset import COLLECTIONS

__all__ = ["INVALID", "Assembly", "TableBuild"]


INVALID = object()
"""What a builder returns for a record it could not build (the reason reported)."""
_RECORD = operator.itemgetter(2)
"""The record of a waiting child's entry, ``(position, row, record)``."""


def _shape(
    record: type,
    items: Iterable[Column | Part],
    anchor: str,
    index: Mapping[str, int],
    *,
    marker: str | None = None,
    children: tuple[Child, ...] = (),
) -> Shape:
    no_default = {a.name for a in attrs.fields(record) if a.default is attrs.NOTHING}
    shape = Shape(
        record=record,
        anchor=anchor,
        fields=[],
        blanks=[],
        parts=[],
        children=children,
        marker=None if marker is None else index[marker],
        needed=[],
    )
    for item in items:
        if isinstance(item, Part):
            inner = _shape(
                item.record,
                item.items,
                item.anchor,
                index,
                marker=item.marker,
                children=item.children,
            )
            shape.parts.append((item.field, inner))
        elif item.field is not None:
            at = index[item.name]
            shape.fields.append((at, item.field))
            if item.kind in (ColumnKind.ID, ColumnKind.REF):
                shape.ids[item.field] = at
            elif item.kind == ColumnKind.EDTF:
                shape.dates[item.field] = at
            if item.field in no_default:
                blank = "" if item.kind == ColumnKind.TEXT else None
                shape.blanks.append((at, item.field, blank))
            if item.needed:
                shape.needed.append((at, item.name))
    return shape


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        return ".".join(map(str, value))
    return repr(value) if isinstance(value, str) else str(value)


class Assembly:
    """Builds records from converted rows, holding children until their owner's row comes."""

    def __init__(self, refs: References) -> None:
        self.refs = refs
        self.groups: dict[str, dict[Any, list[tuple[int, int, Any]]]] = {t.name: {} for t in TABLES}
        self.opened: dict[str, OpenTable] = {}
        self.records: dict[str, list[Any]] = {name: [] for name in COLLECTIONS}
        self.metadata: Any = None
        self.seen: dict[str, set[Any]] = {t.name: set() for t in TABLES}
        self.finished: set[str] = set()

    def take(self, child: str, key: Any) -> tuple[Any, ...]:
        """The children of table *child* waiting for the owner *key*, in position order."""
        entries = self.groups[child].pop(key, None)
        if entries is None:
            return ()
        if len(entries) == 1:
            return (entries[0][2],)
        return self.ordered(child, key, entries)

    def ordered(self, child: str, key: Any, entries: list[tuple[int, int, Any]]) -> tuple[Any, ...]:
        """The children in *entries* (of table *child*, for the owner *key*), in position
        order; positions used twice are reported."""
        previous = 0
        for entry in entries:
            if entry[0] <= previous:
                break
            previous = entry[0]
        else:  # rows already in strictly rising positions, as a writer leaves them
            return tuple(map(_RECORD, entries))
        entries.sort()  # by position, then row: two entries never tie
        positions = [entry[0] for entry in entries]
        if len(set(positions)) < len(positions):
            table = self.opened[child]
            for (position, number, _), previous in zip(entries[1:], positions, strict=False):
                if position == previous:
                    table.found.warning(
                        "duplicate-position",
                        f"position {position} is used twice for {key!r}; rows kept in sheet order",
                        table.where(number, table.table.key[-1]),
                    )
        return tuple(map(_RECORD, entries))

    def build(
        self,
        shape: Shape,
        values: list[Any],
        key: Any,
        table: OpenTable,
        number: int,
        *,
        whole: bool = True,
    ) -> Any:
        """The record (or, unless *whole*, the part) in *values*, with the children waiting
        for *key*; ``None`` for a part that is not there; ``INVALID`` after reporting why it
        cannot be built."""
        kw = {}
        for at, name in shape.fields:
            value = values[at]
            if value is not None:
                kw[name] = value
        present = whole or bool(kw) or (shape.marker is not None and bool(values[shape.marker]))
        for name, inner in shape.parts:
            made = self.build(inner, values, key, table, number, whole=False)
            if made is INVALID:
                return INVALID
            if made is not None:
                kw[name] = made
                present = True
        for child in shape.children:
            items = self.take(child.table, key)
            if items:
                kw[child.field] = items
                present = True
        if not present:
            return None
        for at, column in shape.needed:
            if values[at] is None:
                what = shape.record.__name__.lower()
                where = table.where(number, column)
                table.found.error("missing-value", f"a {what} needs '{column}'", where)
                return INVALID
        for at, name, blank in shape.blanks:
            if values[at] is None:
                kw[name] = blank
        try:
            return shape.record(**kw)
        except (ValueError, TypeError) as err:
            table.found.error("invalid-record", str(err), table.where(number, shape.anchor))
            return INVALID

    def finish(self, table: Table) -> None:
        """*table* has been read: children no record of it claimed are reported."""
        self.finished.add(table.name)
        for _, child in children_of(table):
            linked = TABLE_BY_NAME[child.table]
            if all(owner.table in self.finished for owner in linked.owners):
                self._unclaimed(linked)

    def _unclaimed(self, table: Table) -> None:
        groups = self.groups[table.name]
        opened = self.opened.get(table.name)
        if table.is_tree or opened is None:
            groups.clear()
            return
        owner_key = table.owner_key
        if len(owner_key) == 1:
            # The owner column's references, checked here rather than cell by cell.
            column = table.column(owner_key[0])
            at = opened.columns.get(column.name, 0)
            for key, entries in groups.items():
                if key is None:
                    continue  # no owner column: reported with the header
                for _, number, _ in entries:
                    self.refs.check(opened, key, column.refers_to, number, at)
        else:
            seen = self.seen[table.owners[0].table]
            for key, entries in groups.items():
                if key in seen or None in key:
                    continue
                given = ", ".join(
                    f"{name} {_shown(value)}"
                    for name, value in zip(owner_key[:-1], key[:-1], strict=True)
                )
                message = f"{given} has no {owner_key[-1]} {_shown(key[-1])}"
                for _, number, _ in entries:
                    opened.found.error(
                        "missing-parent", message, opened.where(number, owner_key[-1])
                    )
        groups.clear()


def _generic_build(
    assembly: Assembly, opened: OpenTable, shape: Shape, values: list[Any], key: Any, number: int
) -> Any:
    return assembly.build(shape, values, key, opened, number)


def _needed(opened: OpenTable, record: type, number: int, column: str) -> Any:
    what = record.__name__.lower()
    where = opened.where(number, column)
    opened.found.error("missing-value", f"a {what} needs '{column}'", where)
    return INVALID


def _invalid(opened: OpenTable, err: Exception, number: int, anchor: str) -> Any:
    opened.found.error("invalid-record", str(err), opened.where(number, anchor))
    return INVALID


class TableBuild:
    """Turns the rows of one table into records, or into children waiting for their owner."""

    def __init__(
        self, table: Table, opened: OpenTable, assembly: Assembly, *, generated: bool = True
    ) -> None:
        self.table = table
        self.opened = opened
        self.assembly = assembly
        index = {column.name: i for i, column in enumerate(table.columns)}
        self.shape = _shape(table.record, table.items, table.anchor, index, children=table.children)
        # Nothing here refers back to this object (no bound method of it is kept on it), so
        # what a read leaves is freed by reference counting, not by the cyclic collector.
        self.build: Callable[[list[Any], Any, int], Any]
        if generated:
            self.build = generated_builder(
                self.shape,
                len(table.columns),
                assembly.groups,
                assembly.ordered,
                functools.partial(_needed, opened),
                functools.partial(_invalid, opened),
                INVALID,
            )
        else:
            self.build = functools.partial(_generic_build, assembly, opened, self.shape)
        self.key_at = [index[name] for name in table.key]
        self.owner_at = [index[name] for name in table.owner_key]
        self.single_owner = len(self.owner_at) == 1
        self.place_at = self.key_at[-1] if self.key_at else 0
        key_of = operator.itemgetter(*self.key_at or [0])
        self.key_of: Callable[[list[Any]], tuple[Any, ...]] = (
            key_of if len(self.key_at) > 1 else lambda values: (key_of(values),)
        )
        self.group = assembly.groups[table.name]
        self.written = [(index[c.name], c) for c in table.columns if c.written is not None]
        self.held: dict[tuple[str, tuple[int, ...]], tuple[int, list[Any]]] = {}
        self.rows = 0
        self.keeps_keys = any(
            len(TABLE_BY_NAME[child.table].owner_key) > 1 for _, child in children_of(table)
        )

    def adder(self) -> Callable[[int, list[Any], bool], None]:
        """What takes each row's values: a bound method, not kept on the object (a cycle)."""
        if self.table.single_row:
            return self._single
        if not self.table.owners:
            return self._record_adder()
        if self.table.is_tree:
            return self._node
        return self._child_adder()

    def _record_adder(self) -> Callable[[int, list[Any], bool], None]:
        """Builds each row's record and adds it to the table's records, with what that needs
        looked up once (a bound method of this object kept by it would be a cycle)."""
        build, at = self.build, self.key_at[0]
        append = self.assembly.records[self.table.name].append

        def add(number: int, values: list[Any], ok: bool) -> None:
            if ok:
                made = build(values, values[at], number)
                if made is not INVALID:
                    append(made)

        return add

    def _child_adder(self) -> Callable[[int, list[Any], bool], None]:
        """Builds each row's record and leaves it waiting for its owner, with what that needs
        looked up once."""
        build, key_of, group, place_at = self.build, self.key_of, self.group, self.place_at
        unbuilt = self._unbuilt
        seen = self.assembly.seen[self.table.name] if self.keeps_keys else None
        owner_at = self.owner_at[0] if self.single_owner else None

        def add(number: int, values: list[Any], ok: bool) -> None:
            if not ok:
                unbuilt(number, values)
                return
            key = key_of(values)
            if seen is not None:
                seen.add(key)
            made = build(values, key, number)
            if made is INVALID:
                return
            owner = values[owner_at] if owner_at is not None else key[:-1]
            place = values[place_at] or 0  # 0: no position column (reported)
            entries = group.get(owner)
            if entries is None:
                group[owner] = [(place, number, made)]
            else:
                entries.append((place, number, made))

        return add

    def _single(self, number: int, values: list[Any], ok: bool) -> None:
        self.rows += 1
        found = self.opened.found
        if self.rows > 1:
            where = self.opened.where(number, self.table.anchor)
            found.error("extra-row", "the metadata sheet holds one row", where)
            return
        for at, column in self.written:
            version = values[at]
            if isinstance(version, int) and column.written is not None and version > column.written:
                found.error(
                    "format-version",
                    f"written in layout version {version}; this purgehist reads up to "
                    f"{column.written}",
                    self.opened.where(number, column.name),
                )
        if ok:
            made = self.build(values, None, number)
            if made is not INVALID:
                self.assembly.metadata = made

    def _unbuilt(self, number: int, values: list[Any]) -> None:
        """A child row whose record cannot be built: its owner reference is checked all the
        same."""
        if len(self.owner_at) == 1 and values[self.owner_at[0]] is not None:
            column = self.table.column(self.table.owner_key[0])
            at = self.opened.columns[column.name]
            refs = self.assembly.refs
            refs.check(self.opened, values[self.owner_at[0]], column.refers_to, number, at)

    def _node(self, number: int, values: list[Any], ok: bool) -> None:
        if ok:
            self.held[(values[self.key_at[0]], values[self.key_at[1]])] = (number, values)

    def finish(self) -> None:
        """Build the held nodes of a tree, deepest first, each with its nested nodes."""
        if not self.table.is_tree:
            return
        held = self.held
        self.assembly.seen[self.table.name].update(held)
        name = self.table.name
        column = self.table.key[-1]
        for (doc, path), (number, _) in held.items():
            if len(path) > 1 and (doc, path[:-1]) not in held:
                self.opened.found.error(
                    "missing-parent",
                    f"division {_shown(path)} of {doc!r} has no division {_shown(path[:-1])}",
                    self.opened.where(number, column),
                )
        group = self.assembly.groups[name]
        for key in sorted(held, key=lambda key: len(key[1]), reverse=True):
            doc, path = key
            parent: Any = doc if len(path) == 1 else (doc, path[:-1])
            if len(path) > 1 and parent not in held:
                continue
            number, values = held[key]
            made = self.build(values, key, number)
            if made is not INVALID:
                group.setdefault(parent, []).append((path[-1], number, made))
        held.clear()
