"""Built-in format: purgehist's canonical JSON, described by a published JSON Schema."""

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
    ParseResult,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    input_name,
    open_input,
)

__all__ = ["register_exporters", "register_parsers"]


def _sniff(head: bytes) -> bool:
    return b'"format"' in head and b'"purgehist"' in head


def _parse(source: Input, options: Mapping[str, object], context: Context) -> ParseResult:
    from purgehist.formats.json.codec import loads

    with open_input(source) as stream:
        dataset = loads(stream.read(), source=input_name(source))
    return ParseResult(dataset=dataset, stats=dataset.counts())


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist.formats.json.codec import dumps

    dest.write(dumps(dataset).encode("utf-8"))
    return ExportResult(counts=dataset.counts())


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``json`` input format."""
    register(
        ParserSpec(
            name="json",
            description="purgehist canonical JSON (the project's own format)",
            suffixes=(".json",),
            parse=_parse,
            sniff=_sniff,
        )
    )


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``json`` output format."""
    register(
        ExporterSpec(
            name="json",
            description="purgehist canonical JSON, described by `purgehist schema`",
            suffix=".json",
            media_type="application/json",
            export=_export,
        )
    )
