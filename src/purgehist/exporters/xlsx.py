"""Built-in plugin: write a dataset as an XLSX workbook for Excel and LibreOffice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist.dataset import Dataset
from purgehist.formats import ExporterSpec, ExportReport, OptionSpec, RegisterExporter
from purgehist.hookspecs import hookimpl
from purgehist.plugins import evidence_grades
from purgehist.tabular.xlsx_writer import HYPERLINK_LIMIT, write_workbook

__all__ = ["register_exporters"]


def _export(dataset: Dataset, dest: BinaryIO, options: Mapping[str, object]) -> ExportReport:
    return write_workbook(
        dataset,
        dest,
        hyperlinks=bool(options.get("hyperlinks", True)),
        grades=sorted(evidence_grades()),
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``xlsx`` output format."""
    register(
        ExporterSpec(
            name="xlsx",
            description="Excel/LibreOffice workbook: an About sheet, then one sheet per table",
            suffix=".xlsx",
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            export=_export,
            options=(
                OptionSpec(
                    name="hyperlinks",
                    help=(
                        "link id cells to the row they name (sheets of up to "
                        f"{HYPERLINK_LIMIT:,} rows)"
                    ),
                    default=True,
                ),
            ),
        )
    )
