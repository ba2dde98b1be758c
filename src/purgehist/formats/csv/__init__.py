"""Built-in format: a CSV data package (zip or folder) with a Frictionless ``datapackage.json``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from purgehist.model.dataset import Dataset
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    Context,
    ExporterSpec,
    ExportResult,
    Input,
    ParseResult,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    input_name,
)

__all__ = ["DESCRIPTOR", "register_exporters", "register_parsers"]

DESCRIPTOR = "datapackage.json"
"""The name of the package's descriptor file."""


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and DESCRIPTOR.encode() in head


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist.formats.csv.package import read_package

    if isinstance(source, Path) and not source.is_dir():
        with source.open("rb") as stream:
            return read_package(stream, input_name(source))
    return read_package(source, input_name(source))


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist.formats.csv.package import write_package_zip

    return write_package_zip(dataset, dest)


def _export_directory(
    dataset: Dataset, dest: Path, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist.formats.csv.package import write_package_directory

    return write_package_directory(dataset, dest)


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
            parse=_parse,
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
            export=_export,
            export_directory=_export_directory,
            owns_directory=_owns_directory,
        )
    )
