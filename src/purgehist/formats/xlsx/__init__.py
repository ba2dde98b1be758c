"""Built-in format: XLSX workbooks for Excel and LibreOffice, written and read back (edited by
people in between)."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    ExporterSpec,
    OptionSpec,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    deferred,
)

__all__ = ["HYPERLINK_LIMIT", "register_exporters", "register_parsers"]

HYPERLINK_LIMIT = 20_000
"""Sheets with more rows than this get no hyperlinks: Excel slows down with many links."""


def _sniff(head: bytes) -> bool:
    return head.startswith(b"PK") and (b"xl/" in head or b"[Content_Types].xml" in head)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``xlsx`` input format."""
    register(
        ParserSpec(
            name="xlsx",
            description="Excel/LibreOffice workbook in purgehist's layout (see docs/workbook.md)",
            suffixes=(".xlsx",),
            parse=deferred("purgehist.formats.xlsx.read:parse_xlsx"),
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
            export=deferred("purgehist.formats.xlsx.write:export_xlsx"),
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
