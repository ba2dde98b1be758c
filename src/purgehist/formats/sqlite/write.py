"""Write a dataset as an SQLite database: the layout's tables, then indexes, full-text search
and views (see :mod:`.schema`)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from purgehist.formats.sqlite.schema import create_statements, finish_statements, quote
from purgehist.formats.tabular.flatten import dataset_rows, table_sizes
from purgehist.model.dataset import Dataset
from purgehist.plugins.specs import Context, ExportResult

__all__ = ["export_sqlite", "fts5_available", "write_database"]


def fts5_available(connection: sqlite3.Connection) -> bool:
    """Whether this SQLite has the FTS5 full-text extension (most builds do)."""
    try:
        connection.execute("CREATE VIRTUAL TABLE temp.probe USING fts5(x)")
    except sqlite3.OperationalError:
        return False
    connection.execute("DROP TABLE temp.probe")
    return True


def write_database(dataset: Dataset, path: Path) -> ExportResult:
    """Write *dataset* into the new database file *path*."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        # Nothing to roll back to in a file being created: no journal, no waits for the disk
        # (the caller writes it under a temporary name and moves it in place when whole).
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        for statement in create_statements():
            connection.execute(statement)
        for table, rows in dataset_rows(dataset):
            marks = ", ".join("?" * len(table.columns))
            connection.executemany(f"INSERT INTO {quote(table.name)} VALUES ({marks})", rows)
        for statement in finish_statements(fts5_available(connection)):
            connection.execute(statement)
        connection.commit()
    counts = dict(dataset.counts())
    counts.update({f"rows.{name}": n for name, n in table_sizes(dataset).items()})
    return ExportResult(counts=counts)


def export_sqlite(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``sqlite`` output format: the database is built in a temporary file (SQLite writes
    files, not streams), then copied to *dest*."""
    with tempfile.TemporaryDirectory(prefix="purgehist-sqlite-") as folder:
        path = Path(folder) / "dataset.db"
        result = write_database(dataset, path)
        with path.open("rb") as built:
            shutil.copyfileobj(built, dest, 1 << 20)
    return result
