"""Write a dataset as a CSV data package: one CSV file per table of the layout and its
``datapackage.json``, in a zip or a folder."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO

from purgehist.formats.csv import DESCRIPTOR
from purgehist.formats.csv.descriptor import descriptor_bytes
from purgehist.formats.tabular.flatten import dataset_rows, table_sizes
from purgehist.model.dataset import Dataset
from purgehist.plugins.specs import Context, ExportResult

__all__ = [
    "export_csv",
    "export_csv_directory",
    "write_package_directory",
    "write_package_zip",
]

_ZIP64_ROWS = 1_000_000


def _cell(value: Any) -> Any:
    if value is None or type(value) is str:
        return value
    if value is True:
        return "true"
    if value is False:
        return "false"
    if type(value) is float:
        return repr(value)
    return value


def _write_tables(dataset: Dataset, open_file: Callable[[str], IO[bytes]]) -> ExportResult:
    for table, rows in dataset_rows(dataset):
        with open_file(f"{table.name}.csv") as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(table.names)
            writer.writerows([_cell(v) for v in row] for row in rows)
            text.flush()
            text.detach()
    counts = dict(dataset.counts())
    counts.update({f"rows.{name}": n for name, n in table_sizes(dataset).items()})
    return ExportResult(counts=counts)


def write_package_zip(dataset: Dataset, dest: IO[bytes]) -> ExportResult:
    """Write the package as a zip to *dest*; ``datapackage.json`` comes first."""
    big = sum(table_sizes(dataset).values()) > _ZIP64_ROWS
    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DESCRIPTOR, descriptor_bytes(dataset))
        return _write_tables(dataset, lambda name: zf.open(name, "w", force_zip64=big))


def write_package_directory(dataset: Dataset, dest: Path) -> ExportResult:
    """Write the package's files into the folder *dest* (which exists)."""
    (dest / DESCRIPTOR).write_bytes(descriptor_bytes(dataset))
    return _write_tables(dataset, lambda name: (dest / name).open("wb"))


def export_csv(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``csv`` output format, as a zip."""
    return write_package_zip(dataset, dest)


def export_csv_directory(
    dataset: Dataset, dest: Path, options: Mapping[str, object], context: Context
) -> ExportResult:
    """The ``csv`` output format, as a folder."""
    return write_package_directory(dataset, dest)
