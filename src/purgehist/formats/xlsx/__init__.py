"""Built-in format: XLSX workbooks for Excel and LibreOffice, written and read back (edited by
people in between)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist.model.dataset import Dataset
from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    Context,
    ExporterSpec,
    ExportResult,
    Input,
    OptionSpec,
    ParseResult,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    input_name,
    open_input,
)

__all__ = ["HYPERLINK_LIMIT", "register_exporters", "register_parsers"]

HYPERLINK_LIMIT = 20_000
"""Sheets with more rows than this get no hyperlinks: Excel slows down with many links."""


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and (b"xl/" in head or b"[Content_Types].xml" in head)


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist.formats.xlsx.read import read_workbook

    with open_input(source) as stream:
        return read_workbook(stream, input_name(source))


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist.formats.xlsx.write import write_workbook

    return write_workbook(
        dataset,
        dest,
        hyperlinks=bool(options.get("hyperlinks", True)),
        grades=sorted(context.grades),
    )


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``xlsx`` input format."""
    register(
        ParserSpec(
            name="xlsx",
            description="Excel/LibreOffice workbook in purgehist's layout (see docs/workbook.md)",
            suffixes=(".xlsx",),
            parse=_parse,
            sniff=_sniff,
        )
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
