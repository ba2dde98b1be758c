"""Built-in plugin: write a dataset as a CSV data package (zip or folder) with a Frictionless
``datapackage.json``."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO

from purgehist.dataset import Dataset
from purgehist.formats import ExporterSpec, ExportReport, RegisterExporter
from purgehist.hookspecs import hookimpl
from purgehist.tabular.csv_package import (
    DESCRIPTOR,
    write_package_directory,
    write_package_zip,
)
from purgehist.tabular.layout import TABLES

__all__ = ["register_exporters"]


def _export(dataset: Dataset, dest: BinaryIO, options: Mapping[str, object]) -> ExportReport:
    return write_package_zip(dataset, dest)


def _owns_directory(folder: Path) -> bool:
    """A folder holding a data package and nothing else: its descriptor and table files."""
    own = {DESCRIPTOR} | {f"{table.name}.csv" for table in TABLES}
    names = {entry.name for entry in folder.iterdir()}
    return DESCRIPTOR in names and names <= own and all((folder / name).is_file() for name in names)


def _export_directory(dataset: Dataset, dest: Path, options: Mapping[str, object]) -> ExportReport:
    return write_package_directory(dataset, dest)


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
