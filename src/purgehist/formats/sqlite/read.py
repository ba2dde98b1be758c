"""Read a purgehist SQLite database back into a dataset, table by table, through the same
rebuilding as the workbook and the CSV package (so every problem is named by table and row)."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from purgehist.diagnostics import Diagnostics
from purgehist.errors import DataError
from purgehist.formats.sqlite.schema import quote
from purgehist.formats.tabular.layout import TABLES
from purgehist.formats.tabular.rebuild import Opener, RawTable, rebuild
from purgehist.plugins.specs import Context, Input, ParseResult, input_name

__all__ = ["parse_sqlite", "read_database"]


def _refuse(name: str, message: str) -> DataError:
    found = Diagnostics(name)
    found.error("bad-database", message, name)
    return DataError(found.problems, source=name)


def _opener(connection: sqlite3.Connection, table: str, name: str) -> Opener:
    def open_table(found: Diagnostics) -> RawTable | None:
        try:
            cursor = connection.execute(f"SELECT * FROM {quote(table)} ORDER BY rowid")
        except sqlite3.DatabaseError as err:
            found.error("bad-table", f"cannot read the table: {err}", f"{name}:{table}")
            return None
        header = [d[0] for d in cursor.description]

        def rows() -> Iterator[tuple[int, Sequence[object]]]:
            yield from enumerate(cursor, 1)

        def locate(row: int, column: int) -> str:
            head = header[column] if column < len(header) else column
            return f"{table}:{row}:{head}" if row else f"{table}:{head}"

        return RawTable(header=header, header_row=0, rows=rows(), locate=locate)

    return open_table


def read_database(connection: sqlite3.Connection, name: str) -> ParseResult:
    """Read the dataset in the open database *connection*.

    :raises DataError: not a purgehist database, or every problem of its rows.
    """
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    except sqlite3.DatabaseError as err:
        raise _refuse(name, f"not an SQLite database: {err}") from None
    ours = [t.name for t in TABLES if t.name in tables]
    if not ours:
        raise _refuse(name, "not a purgehist database: none of its tables (metadata, actors…)")
    found = Diagnostics(name)
    openers: Mapping[str, Opener] = {t: _opener(connection, t, name) for t in ours}
    dataset = rebuild(openers, found, container="table")
    if dataset is None:
        raise DataError(found.problems, source=name)
    return ParseResult(dataset=dataset, problems=found.problems, stats={**dataset.counts()})


def parse_sqlite(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    """The ``sqlite`` input format: a database file (opened read-only) or a stream."""
    name = input_name(source)
    connection: Any
    if isinstance(source, Path):
        uri = source.resolve().as_uri() + "?mode=ro"
        try:
            connection = sqlite3.connect(uri, uri=True)
        except sqlite3.DatabaseError as err:
            raise _refuse(name, f"cannot open the database: {err}") from None
    else:
        connection = sqlite3.connect(":memory:")
        try:
            connection.deserialize(source.read())
        except sqlite3.DatabaseError as err:
            connection.close()
            raise _refuse(name, f"not an SQLite database: {err}") from None
    with contextlib.closing(connection):
        return read_database(connection, name)
