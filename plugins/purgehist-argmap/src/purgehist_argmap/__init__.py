"""purgehist plugin: argument maps, as AIF JSON (OVA, AIFdb, arguebuf) and as Argdown.

This module is the plugin's entry point, loaded at every start-up of purgehist: the writers
are imported when a map is first written, or a name of theirs first used.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, BinaryIO

from purgehist.lazy import lazy_attributes
from purgehist.plugins.sdk import (
    Context,
    ExporterSpec,
    ExportResult,
    OptionSpec,
    RegisterExporter,
    hookimpl,
)

if TYPE_CHECKING:
    from purgehist import Dataset
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

_HOMES: dict[str, str] = {
    "ILLOCUTIONS": "purgehist_argmap.aif",
    "RELATION_SYMBOLS": "purgehist_argmap.argdown",
    "SCHEMES": "purgehist_argmap.aif",
    "build_aif": "purgehist_argmap.aif",
    "write_aif": "purgehist_argmap.aif",
    "write_argdown": "purgehist_argmap.argdown",
}
"""Where each re-exported name lives; its module is imported on first use."""


__getattr__ = lazy_attributes(__name__, _HOMES, {"aif", "argdown"})


def _export_aif(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist_argmap.aif import write_aif

    return write_aif(dataset, dest, numeric_ids=bool(options.get("numeric_ids", False)))


def _export_argdown(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist_argmap.argdown import write_argdown

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
