"""Built-in format: a CSV data package (zip or folder) with a Frictionless ``datapackage.json``."""

from __future__ import annotations

from pathlib import Path

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    ExporterSpec,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    deferred,
)

__all__ = ["DESCRIPTOR", "register_exporters", "register_parsers"]

DESCRIPTOR = "datapackage.json"
"""The name of the package's descriptor file."""


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and DESCRIPTOR.encode() in head


def _owns_directory(folder: Path) -> bool:
    """A folder holding a data package and nothing else: its descriptor and table files."""
    from purgehist.formats.tabular.layout import TABLES

    own = {DESCRIPTOR} | {f"{table.name}.csv" for table in TABLES}
    names = {entry.name for entry in folder.iterdir()}
    return DESCRIPTOR in names and names <= own and all((folder / name).is_file() for name in names)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``csv`` input format."""
    register(
        ParserSpec(
            name="csv",
            description="CSV data package: a folder or zip of CSV files with datapackage.json",
            suffixes=(".zip",),
            parse=deferred("purgehist.formats.csv.read:parse_csv"),
            sniff=_sniff,
            reads_directories=True,
        )
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``csv`` output format (a zip; a folder when the path has no suffix)."""
    register(
        ExporterSpec(
            name="csv",
            description="CSV data package: one CSV per table and a Frictionless datapackage.json",
            suffix=".zip",
            media_type="application/zip",
            export=deferred("purgehist.formats.csv.write:export_csv"),
            export_directory=deferred("purgehist.formats.csv.write:export_csv_directory"),
            owns_directory=_owns_directory,
        )
    )
