"""purgehist plugin: argument maps, as AIF JSON (OVA, AIFdb, arguebuf) and as Argdown."""

from __future__ import annotations

from collections.abc import Mapping
from typing import BinaryIO

from purgehist import Dataset
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    OptionSpec,
    RegisterExporter,
    hookimpl,
)
from purgehist_argmap.aif import ILLOCUTIONS, SCHEMES, build_aif, write_aif
from purgehist_argmap.argdown import RELATION_SYMBOLS, write_argdown

__all__ = [
    "ILLOCUTIONS",
    "RELATION_SYMBOLS",
    "SCHEMES",
    "__version__",
    "build_aif",
    "register_exporters",
    "write_aif",
    "write_argdown",
]

__version__ = "0.1.0"


def _export_aif(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    return write_aif(dataset, dest, numeric_ids=bool(options.get("numeric_ids", False)))


def _export_argdown(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    return write_argdown(dataset, dest)


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``aif`` and ``argdown`` output formats."""
    register(
        ExporterSpec(
            name="aif",
            description="AIF JSON argument graph for OVA, AIFdb and arguebuf",
            suffix=".aif.json",
            media_type="application/json",
            export=_export_aif,
            options=(
                OptionSpec(
                    name="numeric_ids",
                    help="number nodes, edges and participants 1, 2, … as AIFdb does",
                    default=False,
                ),
            ),
        )
    )
    register(
        ExporterSpec(
            name="argdown",
            description="Argdown argument map: claims as statements, +> supports, -> contradicts",
            suffix=".argdown",
            media_type="text/plain",
            export=_export_argdown,
        )
    )
