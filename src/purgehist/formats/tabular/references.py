"""Ids and the references between tables, checked while the tables are read one by one.

A reference to an id already read is checked at once; only references to ids not read yet
wait until every table has been read (the tables are read in an order that keeps them few).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attrs import define, field

from purgehist.diagnostics import Diagnostics
from purgehist.formats.tabular.binding import Table
from purgehist.formats.tabular.layout import TABLE_BY_NAME

__all__ = ["OpenTable", "References", "table_place"]


def _nowhere(row: int, column: int) -> str:
    return ""


@define(kw_only=True)
class OpenTable:
    """A table being read: its binding, where its problems go and how to name its cells."""

    table: Table
    order: int
    """The table's place in the workbook: problems and references are listed in that order."""
    found: Diagnostics
    locate: Callable[[int, int], str] = _nowhere
    """Names a cell: ``(row number, 0-based column) → 'claims!B5'`` or ``'claims.csv:5:text'``."""
    columns: dict[str, int] = field(factory=dict)
    """The 0-based column of each layout column found in the header."""

    def where(self, row: int, name: str) -> str:
        """The cell of column *name* in *row* (the first cell when the column is missing)."""
        return self.locate(row, self.columns.get(name, 0))


def table_place(table: str, container: str) -> str:
    """How a whole table is named: ``actors`` (a sheet) or ``actors.csv`` (a file)."""
    return f"{table}.csv" if container == "file" else table


def _words(targets: Sequence[str]) -> str:
    return " or ".join(TABLE_BY_NAME[t].word for t in targets)


class References:
    """The ids defined so far, and the references that wait for tables not read yet.

    :param absent: tables that are not there at all, in workbook order.
    :param force: report references that do not resolve as warnings, so that the records
        holding them are kept.
    """

    def __init__(self, absent: Sequence[str], *, force: bool = False) -> None:
        self.absent = tuple(absent)
        self._report = Diagnostics.warning if force else Diagnostics.error
        self.unreadable: set[str] = set()
        """Tables that are there but could not be read (already reported)."""
        self.ids: dict[str, tuple[OpenTable, int, str]] = {}
        """Each id defined so far: the table and the row defining it first, and the id's
        string, for references to share."""
        self._waiting: list[tuple[int, int, int, str, tuple[str, ...], OpenTable]] = []
        self._into: dict[str, tuple[int, str]] = {}
        self.clean = True
        """No reference so far failed to resolve into one of its tables (nor points into a
        table that is missing or could not be read)."""

    def define(self, table: OpenTable, value: str, row: int, column: int) -> None:
        """Record the id *value*, defined at *row* of *table*; a second definition is an error."""
        first = self.ids.get(value)
        if first is None:
            self.ids[value] = (table, row, value)
            return
        origin, at, _ = first
        message = f"duplicate id {value!r} (first at {origin.where(at, 'id')})"
        table.found.error("duplicate-id", message, table.locate(row, column), raw=value)

    def check(
        self, table: OpenTable, value: str, targets: tuple[str, ...], row: int, column: int
    ) -> None:
        """Check that *value*, at *row* and *column* of *table*, is an id in one of *targets*."""
        found = self.ids.get(value)
        if found is None:
            # Unknown so far: it may yet be defined, in one of the targets or (a wrong
            # reference) in a table not read yet.
            self._waiting.append((table.order, row, column, value, targets, table))
        elif found[0].table.name not in targets:
            self._wrong(table, value, targets, found[0], (row, column))

    def _wrong(
        self,
        table: OpenTable,
        value: str,
        targets: tuple[str, ...],
        found: OpenTable,
        cell: tuple[int, int],
    ) -> None:
        self.clean = False
        message = f"{value!r} is a {found.table.word}, expected a {_words(targets)}"
        self._report(table.found, "wrong-reference", message, table.locate(*cell), raw=value)

    def resolve(self) -> None:
        """Check the references that waited, in workbook order, once every table is read.

        A reference to an unknown id that may point into a missing table is counted for
        :meth:`report_missing` instead; into a table that could not be read, it is dropped.
        """
        missing = {*self.absent, *self.unreadable}
        self._waiting.sort(key=lambda waiting: waiting[:3])
        for _, row, column, value, targets, table in self._waiting:
            found = self.ids.get(value)
            if found is not None:
                if found[0].table.name not in targets:
                    self._wrong(table, value, targets, found[0], (row, column))
                continue
            self.clean = False
            into = [t for t in targets if t in missing]
            if not into:
                message = f"no {_words(targets)} with id {value!r}"
                where = table.locate(row, column)
                self._report(table.found, "dangling-reference", message, where, raw=value)
            for target in into:
                count, first = self._into.get(target, (0, ""))
                self._into[target] = (count + 1, first or table.locate(row, column))
        self._waiting.clear()

    def report_missing(self, found: Diagnostics, container: str) -> None:
        """One error for each missing table that references point into, and one warning
        naming the other missing tables (the metadata aside)."""
        for table in self.absent:
            if table not in self._into:
                continue
            count, first = self._into[table]
            what = f"{table}.csv" if container == "file" else f"{table!r} sheet"
            many = "1 reference points" if count == 1 else f"{count} references point"
            self._report(
                found,
                "missing-table",
                f"no {what}, but {many} to {table} (the first at {first})",
                table_place(table, container),
            )
        quiet = [t for t in self.absent if t != "metadata" and t not in self._into]
        if not quiet:
            return
        if container == "file":
            message = f"no {', '.join(f'{t}.csv' for t in quiet)}: read as empty tables"
        else:
            noun = "sheets" if len(quiet) > 1 else "sheet"
            message = f"no {', '.join(repr(t) for t in quiet)} {noun}: read as empty tables"
        found.warning("missing-table", message, found.source)
