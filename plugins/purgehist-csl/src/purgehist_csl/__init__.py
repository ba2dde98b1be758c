"""purgehist-csl: CSL-JSON (Zotero, citeproc) as a purgehist input and output format.

This module is the plugin's entry point, loaded at every start-up of purgehist: the reader,
writer and mapping are imported when CSL-JSON is first read or written, or a name of theirs
first used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, BinaryIO

from purgehist.lazy import lazy_attributes
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    Input,
    ParseResult,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    hookimpl,
)

if TYPE_CHECKING:
    from purgehist import Dataset
    from purgehist_csl.mapping import csl_to_source, source_to_csl
    from purgehist_csl.reader import parse_csl
    from purgehist_csl.writer import csl_items

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

_HOMES: dict[str, str] = {
    "csl_items": "purgehist_csl.writer",
    "csl_to_source": "purgehist_csl.mapping",
    "parse_csl": "purgehist_csl.reader",
    "source_to_csl": "purgehist_csl.mapping",
}
"""Where each re-exported name lives; its module is imported on first use."""


__getattr__ = lazy_attributes(__name__, _HOMES, {"mapping", "reader", "writer"})


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist_csl.reader import parse_csl

    return parse_csl(source, options, context)


def _sniff(head: bytes) -> bool:
    from purgehist_csl.reader import sniff_csl

    return sniff_csl(head)


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist_csl.writer import export_csl

    return export_csl(dataset, dest, options, context)


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``csl`` input format."""
    register(
        ParserSpec(
            name="csl",
            description="CSL-JSON array of bibliographic items (Zotero, Better BibTeX, pandoc)",
            suffixes=(".csl.json", ".json"),
            parse=_parse,
            sniff=_sniff,
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
            export=_export,
        )
    )
