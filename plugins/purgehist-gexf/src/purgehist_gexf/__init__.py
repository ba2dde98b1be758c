"""purgehist plugin: the dataset as a dynamic GEXF 1.3 network for Gephi.

This module is the plugin's entry point, loaded at every start-up of purgehist: the writer
(and lxml) are imported when a dataset is first written, or a name of theirs first used.
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
    from purgehist_gexf.writer import (
        EDGE_ATTRIBUTES,
        GEXF_NAMESPACE,
        LIST_SEPARATOR,
        NODE_ATTRIBUTES,
        write_gexf,
    )

__all__ = [
    "EDGE_ATTRIBUTES",
    "GEXF_NAMESPACE",
    "LIST_SEPARATOR",
    "NODE_ATTRIBUTES",
    "__version__",
    "register_exporters",
    "write_gexf",
]

__version__ = "0.1.0"

_HOMES: dict[str, str] = {
    "EDGE_ATTRIBUTES": "purgehist_gexf.writer",
    "GEXF_NAMESPACE": "purgehist_gexf.writer",
    "LIST_SEPARATOR": "purgehist_gexf.writer",
    "NODE_ATTRIBUTES": "purgehist_gexf.writer",
    "write_gexf": "purgehist_gexf.writer",
}
"""Where each re-exported name lives; its module is imported on first use."""


__getattr__ = lazy_attributes(__name__, _HOMES, {"writer"})


def _export(
    dataset: Dataset, dest: BinaryIO, options: Mapping[str, object], context: Context
) -> ExportResult:
    from purgehist_gexf.writer import write_gexf

    return write_gexf(dataset, dest, dynamic=bool(options.get("dynamic", True)))


@hookimpl
def register_exporters(register: RegisterExporter) -> None:
    """Register the ``gexf`` output format."""
    register(
        ExporterSpec(
            name="gexf",
            description="GEXF 1.3 network for Gephi: actors, claims, events, sources and ties",
            suffix=".gexf",
            media_type="application/gexf+xml",
            export=_export,
            options=(
                OptionSpec(
                    name="dynamic",
                    help="dated nodes and edges (start/end from EDTF) for Gephi's timeline",
                    default=True,
                ),
            ),
        )
    )
