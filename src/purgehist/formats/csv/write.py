"""Write a dataset as a CSV data package: one CSV file per table of the layout and its
``datapackage.json``, in a zip or a folder."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from purgehist.diagnostics import Diagnostics, Problem
from purgehist.formats.csv import DESCRIPTOR
from purgehist.formats.csv.descriptor import descriptor_bytes
from purgehist.formats.tabular.binding import Table
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
_FORMULA_START = frozenset("=+-@\t\r")
"""What a cell starts with when a spreadsheet program runs it as a formula (OWASP)."""
_MAYBE_FORMULA = re.compile(rb'[,\n](?:"[=+\-@\t\r]|[=+\-@\t])')
"""Written CSV where a cell may start like a formula (or a quoted value holds such text)."""
_NUMBER = re.compile(r"[+-]\d+(?:\.\d*)?")
"""A signed number: a spreadsheet reads it as that number, not as a formula."""
_FORMULAS_SHOWN = 20


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


class _Scan(io.BufferedIOBase):
    """Passes bytes on to *raw*, noting whether a cell may start like a formula: one search
    per buffer written, so a table without such cells costs next to nothing."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._tail = b"\n"
        self.suspect = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any, /) -> int:
        chunk = bytes(data)
        # the last two bytes before: a cell's start split between two buffers is seen
        if not self.suspect and _MAYBE_FORMULA.search(self._tail + chunk):
            self.suspect = True
        self._tail = chunk[-2:] or self._tail
        return self._raw.write(chunk)


def _formula_cells(file: str, table: Table, rows: Iterable[list[Any]]) -> Iterator[Problem]:
    """A warning for each text cell of *rows* that a spreadsheet program would run as a
    formula (OWASP's "CSV injection"), by ``file:line``. Such text is written as it is: the
    package is data, and a quote put before it would be data changed (see the docs)."""
    found = Diagnostics()
    line = 2
    for row in rows:
        breaks = 0
        for name, value in zip(table.names, row, strict=True):
            if type(value) is not str:
                continue
            if value[:1] in _FORMULA_START and not _NUMBER.fullmatch(value):
                yield found.warning(
                    "csv-formula",
                    f"the text in column {name!r} starts with {value[0]!r}: a spreadsheet "
                    "program opening this file would take it for a formula (written as it "
                    "is; open the XLSX export in a spreadsheet instead)",
                    f"{file}:{line}",
                )
            breaks += value.count("\n")
        line += 1 + breaks


def _write_tables(dataset: Dataset, open_file: Callable[[str], IO[bytes]]) -> ExportResult:
    suspects = set()
    for table, rows in dataset_rows(dataset):
        with open_file(f"{table.name}.csv") as raw:
            scan = _Scan(raw)
            text = io.TextIOWrapper(cast(BinaryIO, scan), encoding="utf-8", newline="")
            writer = csv.writer(text)
            writer.writerow(table.names)
            writer.writerows([_cell(v) for v in row] for row in rows)
            text.flush()
            text.detach()
            if scan.suspect:
                suspects.add(table.name)
    found = Diagnostics("csv export")
    more = 0
    if suspects:  # rare: go through the rows again, to name each cell
        for table, rows in dataset_rows(dataset):
            if table.name in suspects:
                for problem in _formula_cells(f"{table.name}.csv", table, rows):
                    if len(found) < _FORMULAS_SHOWN:
                        found.add(problem)
                    else:
                        more += 1
    if more:
        found.warning("csv-formula", f"{more:,} more text cells start like a formula")
    counts = dict(dataset.counts())
    counts.update({f"rows.{name}": n for name, n in table_sizes(dataset).items()})
    return ExportResult(warnings=found.warnings, counts=counts)


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
