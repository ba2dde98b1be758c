"""Built-in plugin: write TEI P5 (valid against tei_all), streaming."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist.dataset import Dataset
from purgehist.formats import ExporterSpec, ExportReport, OptionSpec, RegisterExporter
from purgehist.hookspecs import hookimpl

__all__ = ["register_exporters"]


def _export(dataset: Dataset, dest: BinaryIO, options: Mapping[str, object]) -> ExportReport:
    from purgehist.tei import write_tei

    date = options.get("export_date")
    return write_tei(
        dataset,
        dest,
        export_date=str(date) if date else None,
        pretty=bool(options.get("pretty", True)),
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``tei`` output format."""
    register(
        ExporterSpec(
            name="tei",
            description="TEI P5 XML: header, document bodies and every record in standOff",
            suffix=".tei.xml",
            media_type="application/tei+xml",
            export=_export,
            options=(
                OptionSpec(
                    name="export_date",
                    help="ISO date written as the export date (default: today)",
                    default="",
                ),
                OptionSpec(
                    name="pretty",
                    help="indent element-only content (mixed content is never touched)",
                    default=True,
                ),
            ),
        )
    )
