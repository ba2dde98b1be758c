"""Built-in format: an SQLite database, one table per table of the tabular layout, with keys,
indexes, full-text search and views (opens in Datasette, DuckDB, pandas)."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    ExporterSpec,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    deferred,
)

__all__ = ["MAGIC", "register_exporters", "register_parsers"]

MAGIC = b"SQLite format 3\x00"
"""How every SQLite database file begins."""


def _sniff(head: bytes) -> bool:
    return head.startswith(MAGIC)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``sqlite`` input format."""
    register(
        ParserSpec(
            name="sqlite",
            description="SQLite database written by purgehist (one table per record type)",
            suffixes=(".db", ".sqlite", ".sqlite3"),
            parse=deferred("purgehist.formats.sqlite.read:parse_sqlite"),
            sniff=_sniff,
        )
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``sqlite`` output format."""
    register(
        ExporterSpec(
            name="sqlite",
            description="SQLite database: tables with keys and indexes, full-text search, views",
            suffix=".db",
            media_type="application/vnd.sqlite3",
            export=deferred("purgehist.formats.sqlite.write:export_sqlite"),
        )
    )
