"""Rebuild a dataset from the rows of the layout's tables, as the binding says: rows in,
records out.

Tables are read one at a time, child tables before the tables of their owners (a claim's
attributions before the claims), so that each record is built as its row is read, with its
children in hand (see :mod:`.row_records`). Nothing of a table is kept once it is read but
the records built, the children waiting for their owner, the ids, and the references that wait
for a table not read yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs
from attrs import frozen

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tabular.binding import Table, children_of
from purgehist.formats.tabular.cells import RowReader
from purgehist.formats.tabular.generated_rows import generated_loop, generic_loop
from purgehist.formats.tabular.layout import TABLE_BY_NAME, TABLES
from purgehist.formats.tabular.references import OpenTable, References, table_place
from purgehist.formats.tabular.row_records import Assembly, TableBuild
from purgehist.model.dataset import COLLECTIONS, Dataset, _vouch_for_references

__all__ = ["READ_ORDER", "Opener", "RawTable", "UnreadableTableError", "rebuild", "table_name"]


@frozen(kw_only=True)
class RawTable:
    """A table as a reader finds it: its header and its rows of cells, unconverted.

    *rows* may be lazy: they are read once, in order. *locate* names a cell for messages:
    ``(row number, 0-based column) → 'claims!B5'`` (or ``'claims.csv:5:text'``).
    """

    header: Sequence[object]
    header_row: int
    rows: Iterable[tuple[int, Sequence[object]]]
    locate: Callable[[int, int], str]
    text_cells: bool = False
    """Every cell is text, or missing at the end of a short row (CSV): the rows can be read
    by a generated reader."""


class UnreadableTableError(Exception):
    """Raised by a table's rows when the rest of the table cannot be read; the reason is
    already reported. References into the table are then not checked."""


Opener = Callable[[Diagnostics], RawTable | None]
"""Opens one table when its turn comes, reporting to the diagnostics it is given; ``None``
when the table cannot be read (the reason reported)."""


def _read_order() -> tuple[Table, ...]:
    order: list[Table] = []

    def visit(table: Table) -> None:
        for _, child in children_of(table):
            if child.table != table.name and TABLE_BY_NAME[child.table] not in order:
                visit(TABLE_BY_NAME[child.table])
        if table not in order:
            order.append(table)

    for table in TABLES:
        if table.single_row:
            visit(table)
    for name in COLLECTIONS:
        visit(TABLE_BY_NAME[name])
    return tuple(order)


READ_ORDER = _read_order()
"""Every table, each after the tables holding its records' children, the record tables in the
model's order (actors first, documents last) so that most references point backwards."""

_ORDER = {table.name: i for i, table in enumerate(TABLES)}


def table_name(name: str) -> str | None:
    """The layout name of a sheet or file stem, ignoring case and spaces; ``None`` when the
    layout has no such table."""
    key = name.strip().lower()
    return key if key in TABLE_BY_NAME else None


def rebuild(
    openers: Mapping[str, Opener],
    found: Diagnostics,
    *,
    unknown: Iterable[tuple[str, str]] = (),
    container: str = "sheet",
    force: bool = False,
    generated: bool = True,
) -> Dataset | None:
    """Rebuild a dataset from the tables *openers* open (by layout name); missing tables count
    as empty.

    Problems are reported to *found*, table by table in workbook order. A missing table that
    other tables refer to is one ``missing-table`` error, in place of a dangling reference for
    every row that points into it; other missing tables are named in one warning.

    :param unknown: ``(location, name)`` of sheets or files that are not part of the layout.
    :param container: ``"sheet"`` (a workbook) or ``"file"`` (a CSV package), for messages.
    :param force: references that do not resolve are warnings and their records are kept.
    :param generated: read rows and build records with functions generated for each table
        (see :mod:`.generated_rows` and :mod:`.builders`); ``False`` runs the generic path
        they must agree with.
    :return: the dataset, or ``None`` when there are errors.
    """
    # the record builders are generated with the validators' switch as it is now; the dates
    # are vouched for only if it was on then and is on still (the switch is process-wide)
    validated = not attrs.validators.get_disabled()
    for where, name in unknown:
        found.warning("unknown-table", f"{name!r} is not part of the layout; ignored", where)
    absent = [t.name for t in TABLES if t.name not in openers]
    if "metadata" in absent:
        where = table_place("metadata", container)
        found.warning("missing-table", f"no metadata {container}; default metadata used", where)
    refs = References(absent, force=force)
    assembly = Assembly(refs)
    for table in READ_ORDER:
        opened = OpenTable(table=table, order=_ORDER[table.name], found=Diagnostics(found.source))
        assembly.opened[table.name] = opened
        building = TableBuild(table, opened, assembly, generated=generated)
        opener = openers.get(table.name)
        raw = opener(opened.found) if opener is not None else None
        if raw is not None:
            opened.locate = raw.locate
            reader = RowReader(opened, raw.header, raw.header_row, refs)
            add = building.adder()
            try:
                if generated and raw.text_cells:
                    generated_loop(reader)(raw.rows, add)  # type: ignore[arg-type]
                else:
                    generic_loop(reader, raw.rows, add)
            except UnreadableTableError:
                refs.unreadable.add(table.name)

        elif opener is not None:
            refs.unreadable.add(table.name)
        building.finish()
        assembly.finish(table)
    refs.resolve()
    for table in TABLES:
        found.extend(assembly.opened[table.name].found)
    refs.report_missing(found, container)
    if found.errors:
        return None
    dataset = Dataset(metadata=assembly.metadata or Dataset().metadata, **assembly.records)
    # Every reference was looked up here: problems() need not look them up again.
    if not refs.clean or refs.unreadable:
        return dataset
    return _vouch_for_references(
        dataset, dates_valid=validated and not attrs.validators.get_disabled()
    )
