"""purgehist-csl: CSL-JSON (Zotero, citeproc) as a purgehist input and output format."""

from __future__ import annotations

from purgehist.plugins.sdk import (
    ExporterSpec,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    hookimpl,
)
from purgehist_csl.mapping import csl_to_source, source_to_csl
from purgehist_csl.reader import parse_csl, sniff_csl
from purgehist_csl.writer import csl_items, export_csl

__all__ = [
    "MEDIA_TYPE",
    "csl_items",
    "csl_to_source",
    "parse_csl",
    "register_exporters",
    "register_parsers",
    "source_to_csl",
]

MEDIA_TYPE = "application/vnd.citationstyles.csl+json"


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``csl`` input format."""
    register(
        ParserSpec(
            name="csl",
            description="CSL-JSON array of bibliographic items (Zotero, Better BibTeX, pandoc)",
            suffixes=(".csl.json", ".json"),
            parse=parse_csl,
            sniff=sniff_csl,
        )
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``csl`` output format."""
    register(
        ExporterSpec(
            name="csl",
            description="the dataset's sources as a CSL-JSON array, for citeproc and Zotero",
            suffix=".csl.json",
            media_type=MEDIA_TYPE,
            export=export_csl,
        )
    )
