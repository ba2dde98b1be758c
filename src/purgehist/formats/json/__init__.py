"""Built-in format: purgehist's canonical JSON, described by a published JSON Schema."""

from __future__ import annotations

from purgehist.plugins.hookspecs import hookimpl
from purgehist.plugins.specs import (
    ExporterSpec,
    ParserSpec,
    RegisterExporter,
    RegisterParser,
    deferred,
)

__all__ = ["register_exporters", "register_parsers"]


def _sniff(head: bytes) -> bool:
    return b'"format"' in head and b'"purgehist"' in head


@hookimpl
def register_parsers(register: RegisterParser) -> None:
    """Register the ``json`` input format."""
    register(
        ParserSpec(
            name="json",
            description="purgehist canonical JSON (the project's own format)",
            suffixes=(".json",),
            parse=deferred("purgehist.formats.json.codec:parse_json"),
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
            export=deferred("purgehist.formats.json.codec:export_json"),
        )
    )
