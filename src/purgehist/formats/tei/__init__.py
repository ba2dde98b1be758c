"""Built-in format: TEI P5, written valid against tei_all and read back losslessly; other
projects' TEI read as far as it maps."""

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

__all__ = ["register_exporters", "register_parsers"]

_TEI_NS = b"http://www.tei-c.org/ns/1.0"


def _sniff(head: bytes) -> bool:
    return _TEI_NS in head or _TEI_NS.decode().encode("utf-16-le") in head


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``tei`` input format."""
    register(
        ParserSpec(
            name="tei",
            description="TEI P5 XML: persons, organisations, events, bibliographies, claims",
            suffixes=(".tei.xml", ".xml"),
            parse=deferred("purgehist.formats.tei.read:parse_tei"),
            sniff=_sniff,
            options=(
                OptionSpec(
                    name="bibliography",
                    help="TEI bibliographies the notes cite by id or short title "
                    "(several separated by the path separator)",
                    default="",
                ),
            ),
        )
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
            export=deferred("purgehist.formats.tei.write:export_tei"),
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
